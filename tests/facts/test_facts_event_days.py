"""Days of one-time events: a crash dated a day apart by two reports is a disagreement; other events, days of
something else and days far apart are not."""

import datetime as dt

from facts_builders import conflicts, documents

from synopsis.facts.dates import report_dates
from synopsis.facts.event_days import event_days

_OCTOBER = [dt.date(1998, 10, 27), dt.date(1998, 11, 18)]


def _day_conflicts(*texts, dates=_OCTOBER):
    return [sorted(v.value for v in f.values) for f in conflicts(*texts, dates=dates) if f.quantity.startswith("day of")]


def _days(text, date=dt.date(1998, 10, 27)):
    docs = documents(text, dates=[date])
    return [(f.amount.value, f.counted) for f in event_days(docs, report_dates(docs))]


def test_reports_dating_one_crash_a_day_apart_conflict():
    assert _day_conflicts(
        "The plane bound from New York to Geneva crashed Sept. 2 off the coast of Nova Scotia, killing all 229 people.",
        "A woman wrote that her father died in the Sept. 3 crash that took 229 lives.",
    ) == [[2, 3]]
    # the day after the verb past a place, and before the noun with its year
    assert _day_conflicts(
        "Swissair Flight 111 crashed off Nova Scotia on Sept. 2, investigators said.",
        "Relatives gathered to mark the Sept. 3, 1998, crash of Swissair Flight 111.",
    ) == [[2, 3]]


def test_days_of_other_events_things_or_far_apart_do_not_conflict():
    # a day of something else the sentence tells, and events a story tells several of
    assert _days("The plane crashed, investigators said on Sept. 5.") == []
    assert _days("The Sept. 3 bombing killed 12 people.") == []
    assert _days("Police said the Sept. 3 crashes on the highway killed four.") == []
    # a day after the report's own is no happening
    assert _days("Officials fear a repeat of the Nov. 3, 1998, crash.") == []
    # two named things' crashes
    assert not _day_conflicts(
        "The Sept. 2 crash of Swissair Flight 111 killed 229 people.",
        "The Sept. 3 crash of Pakistan Airlines Flight 544 killed 40 people.",
    )
    # days further apart tell two crashes
    assert not _day_conflicts("The plane crashed Sept. 2 off the coast.", "The helicopter crashed on Sept. 9, officials said.")
    # a name after a preposition is where the thing went, not the thing
    assert _days("The airliner flying from New York to Geneva crashed Sept. 2 off the coast.") == [
        (2, "day of September 1998 of the crash")
    ]
