"""The fact sheet: figures, quotes and dates reconciled across reports about one story.

`fact_sheet(documents)` lists every figure with the reports that give each value
and a verdict (agree / conflict / single), every quote with its speaker, and a
timeline of dated happenings; every item cites spans of the reports' original
text. `check_grounding(brief)` (in `grounding`) tells whether a summary says
anything its cited sources do not.
"""

from __future__ import annotations

from collections.abc import Sequence

from synopsis.model import Document, FactSheet


def fact_sheet(documents: Sequence[Document]) -> FactSheet:
    """Figures, quotes and timeline of reports on one story; empty parts when the reports have none."""
    from synopsis.facts.ages import ages
    from synopsis.facts.dates import report_dates
    from synopsis.facts.durations import durations
    from synopsis.facts.event_days import event_days
    from synopsis.facts import figures as figures_module
    from synopsis.facts import measures as measures_module
    from synopsis.facts import quotes as quotes_module
    from synopsis.facts import speeds as speeds_module
    from synopsis.facts.figures import figures
    from synopsis.facts.parsing import parse
    from synopsis.facts.quotes import quotes
    from synopsis.facts.ranks import ranks
    from synopsis.facts.tallies import tallies
    from synopsis.facts.reconcile import reconcile
    from synopsis.facts.timeline import timeline
    from synopsis.facts.years import event_years

    # syndicated copies stay: each is a place a reader may meet the figure or quote;
    # the patterns and the parser read English, so other languages give no facts
    documents = [d for d in documents if (d.article.language or "en").startswith("en")]
    dates = report_dates(documents)
    # the parser runs only on sentences with figures, and on those whose quotes patterns cannot attribute
    found = figures_module.candidates(documents)
    parses = parse(
        figures_module.sentence_texts(documents, found) + measures_module.sentence_texts(documents)
        + speeds_module.sentence_texts(documents)
    )
    parses |= parse(quotes_module.sentence_texts(documents, parses))
    measured = measures_module.sizes(documents, parses) + measures_module.tremor_measures(documents, parses)
    measured += speeds_module.speeds(documents, parses)
    # ages, ranks, lengths, years, vote tallies and days of events are read by pattern, with no parse
    by_pattern = ages(documents, dates) + ranks(documents) + durations(documents) + event_years(documents) + tallies(documents)
    by_pattern += event_days(documents, dates)
    return FactSheet(
        facts=tuple(reconcile(figures(documents, dates, parses, found) + by_pattern + measured)),
        quotes=tuple(quotes(documents, parses)),
        timeline=tuple(timeline(documents, dates)),
    )
