import json

from synopsis.facts import fact_sheet
from synopsis.model import Brief
from synopsis.facts.dates import report_dates
from synopsis.facts.timeline import timeline

from facts_builders import day, documents


def test_the_example_timeline_is_ordered_dated_and_attributed(example_sheet):
    entries = example_sheet.timeline
    assert [e.date for e in entries] == sorted(e.date for e in entries)
    december16 = [e for e in entries if e.date == day("2019-12-16")]
    assert any(len({s.doc for s in e.sources}) >= 3 for e in december16)
    thursday = next(e for e in entries if e.date == day("2019-12-19") and "29 towns" in e.text)
    assert not thursday.inferred  # one of its reports, seed 003, is dated
    sunday = next(e for e in entries if e.date == day("2019-12-22"))
    assert sunday.inferred  # only undated reports, dated by the story they share
    assert max(e.date for e in entries) <= day("2019-12-23")  # nothing after the latest report


def test_relative_dates_resolve_against_the_report_date():
    docs = documents(
        "Floods hit the town on Sunday. The dam broke in March. Aid will arrive from January.",
        dates=[day("2021-04-07")],
    )
    entries = timeline(docs, report_dates(docs))
    assert [(str(e.date), e.inferred) for e in entries] == [("2021-03-01", False), ("2021-04-04", False)]


def test_a_month_or_a_year_is_not_shown_as_its_first_day():
    docs = documents(
        "The dam was built in 1998. Floods hit the town on Sunday. The levee broke in March. "
        "The mayor resigned two years ago.",
        dates=[day("2021-04-07")],
    )
    entries = timeline(docs, report_dates(docs))
    assert [(e.when, e.precision) for e in entries] == [
        ("1998", "year"), ("2019", "year"), ("2021-03", "month"), ("2021-04-04", "day")
    ]
    assert entries[0].date == day("1998-01-01")  # the JSON date stays a full ISO day


def test_the_json_timeline_says_how_precise_each_date_is():
    from synopsis.io.writers import render

    docs = documents("The dam was built in 1998. Floods hit the town on Sunday.", dates=[day("2021-04-07")])
    brief = Brief(documents=tuple(docs), summary=(), facts=fact_sheet(docs))
    rows = json.loads(render(brief, "json"))["timeline"]
    assert "- **1998**: The dam" in render(brief, "markdown") and "1998-01-01" not in render(brief, "text")
    assert [(r["date"], r["precision"]) for r in rows] == [("1998-01-01", "year"), ("2021-04-04", "day")]


def test_an_undated_report_keeps_only_dates_with_a_year():
    docs = documents("The war began in 2011. Fighting resumed on Sunday.")
    assert [str(e.date) for e in timeline(docs, report_dates(docs))] == ["2011-01-01"]


def test_reports_without_numbers_quotes_or_dates_give_an_empty_sheet():
    sheet = fact_sheet(documents("The talks went on. Nobody knows what comes next."))
    assert sheet.facts == () and sheet.quotes == () and sheet.timeline == ()
    assert fact_sheet([]) == fact_sheet(documents())


def test_reports_in_other_languages_give_no_facts_rather_than_wrong_ones():
    from synopsis.model import Article
    from synopsis import api

    french = Article(id="fr", text="Les inondations ont tué 12 personnes dimanche, selon la police.", language="fr")
    assert fact_sheet(api.prepare([french])) == fact_sheet([])


def test_precision_reads_an_expression_as_a_report_writes_it():
    from synopsis.facts.dates import precision

    cases = ["in 1998", "since 2011", "in March", "late May 1998", "two years ago", "six months ago", "Sunday"]
    assert [precision(c) for c in cases] == ["year", "year", "month", "month", "year", "month", "day"]
