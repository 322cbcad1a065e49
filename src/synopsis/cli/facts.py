"""`synopsis facts`: the fact sheet of reports about one story, or a grounding check of a brief."""

from __future__ import annotations

import argparse
import sys

EXAMPLES = """examples:
  synopsis facts examples/idlib
  synopsis facts examples/idlib --format json --out facts.json
  synopsis brief examples/idlib --format json --out brief.json
  synopsis facts examples/idlib --check brief.json

The fact sheet lists every figure with the reports that give each value and a
verdict: conflict (reports give values no single number satisfies), agree, or
single (one report). Quotes carry their speaker, the timeline its dates,
resolved against each report's date ("*" marks a date resting on an inferred
report date). With --check, every number, date and name of each sentence of a
brief (as written by `synopsis brief --format json`) must appear in the reports
the sentence cites; exit code 1 when one does not.

exit codes: 0 success, 1 grounding violations, 2 bad command line, 3 unreadable input, 4 no articles.
"""

FORMATS = ("text", "markdown", "json")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "facts",
        help="figures, quotes and dates reconciled across reports; or check a brief's grounding",
        description="List the figures (with the reports behind each value and where they disagree), "
        "the quotes with their speakers and the dated happenings of reports about one story.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a folder, an article file, a .jsonl file, or - for stdin")
    parser.add_argument("--format", choices=FORMATS, default="text", help="text (default), markdown or json")
    parser.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument(
        "--check", metavar="BRIEF.json",
        help="check a brief's summary against the reports it cites instead of listing facts",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from synopsis import api
    from synopsis.cli.common import check_writable, read_reporting, reported_warnings, write_atomically

    if args.out:
        check_writable(args.out)
    articles = read_reporting(args.paths)
    with reported_warnings():
        documents = api.prepare(articles)
    if args.check:
        output, status = check_output(args.check, documents)
    else:
        from synopsis.facts import fact_sheet
        from synopsis.model import Brief

        brief = Brief(documents=tuple(documents), summary=(), facts=fact_sheet(documents))
        output, status = render(brief, args.format), 0
    if args.out:
        write_atomically(args.out, output)
    else:
        sys.stdout.write(output)
        sys.stdout.flush()
    return status


def render(brief, fmt: str) -> str:
    """The fact sheet alone: JSON keys `facts`, `quotes`, `timeline` (and the `documents` cited)."""
    from synopsis.io import writers

    if fmt == "json":
        import json

        data = writers.to_dict(brief)
        data.pop("summary", None)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    sheet = brief.facts
    if not (sheet.facts or sheet.quotes or sheet.timeline):
        print("synopsis: warning: the reports state no figures, attributed quotes or dates", file=sys.stderr)
    return writers.render(brief, fmt)


def check_output(path: str, documents) -> tuple[str, int]:
    """The grounding violations of a brief read from JSON, one line each, and the exit status."""
    from synopsis.facts.grounding import check_grounding
    from synopsis.model import Brief

    summary = read_summary(path)
    violations = check_grounding(Brief(documents=tuple(documents), summary=summary))
    if not violations:
        return f"grounded: {len(summary)} summary sentences, every number, date and name found in the reports they cite\n", 0
    lines = [f"sentence {v.sentence + 1}: {v.kind} not in its sources: {v.text!r}" for v in violations]
    return "\n".join(lines) + "\n", 1


def read_summary(path: str):
    """The summary sentences of a brief written as JSON by `synopsis brief --format json`."""
    import json

    from synopsis.errors import InputError
    from synopsis.model import Span, SummarySentence

    try:
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
        return tuple(
            SummarySentence(
                text=item["text"],
                sources=tuple(Span(str(s["doc"]), int(s["start"]), int(s["end"])) for s in item["sources"]),
            )
            for item in data["summary"]
        )
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path} is not a brief in JSON (need summary[].text and .sources): {error}") from None
