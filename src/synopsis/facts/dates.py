"""Dates in reports: each report's own date, date expressions resolved against it, time windows.

News writes dates relative to the day of the report ("said Sunday", "since
Thursday", "in April"), so every expression is resolved against the report's
date, which comes from its metadata, a date line in its text, or, when both are
missing, from the dated reports that share its story (then marked inferred).
Resolution is done here rather than with dateparser because dateparser reads
"Sunday" in a Sunday report as the week before and takes seconds to import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from synopsis.facts.numbers import TENS, UNITS, number_value
from synopsis.model import Document

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)
_MONTH_ABBREVIATIONS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30.44, "year": 365.25, "decade": 3652.5}

_WEEKDAY = "|".join(WEEKDAYS)
_MONTH = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|" + "|".join(MONTHS)
_YEAR = r"(?:19|20)\d\d"
_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_COUNT = rf"\d+|(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?|an?|a\s+few|several"
_UNIT = r"hours?|days?|weeks?|months?|years?|decades?"

# A point in time a reader can put on a calendar. Long case-blind alternations run in 60% of the time in the
# `regex` module, with the same matches.
DATE_EXPRESSION = regex.compile(
    rf"\b(?:(?P<weekday>(?:last\s+)?(?:{_WEEKDAY}))(?:\s+(?:night|evening|morning|afternoon))?"
    rf"|(?P<month_day>(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?)"
    rf"|(?P<day_month>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})(?:,?\s+{_YEAR})?)"
    rf"|(?P<month>(?:(?:early|mid|late)[\s-]+)?(?:{_MONTH})(?:\s+{_YEAR})?)"
    rf"|(?P<year>(?<=in\s){_YEAR}|(?<=since\s){_YEAR}|(?<=of\s){_YEAR})"
    rf"|(?P<relative>yesterday|today|last\s+night)"
    rf"|(?P<ago>(?:{_COUNT})\s+(?:{_UNIT})\s+ago))\b",
    regex.IGNORECASE | regex.VERSION0,
)
# An event's day set before its noun, the noun following: "the Aug. 7 bombings", "the Sept. 2, 1998, crash".
DAY_BEFORE_NOUN = re.compile(
    rf"\b(?:the|its|their)\s+(?P<day>(?:{_MONTH})\s+\d{{1,2}}(?:,?\s+{_YEAR})?),?\s+(?:[a-z][\w-]*\s+){{0,2}}$",
    re.IGNORECASE,
)
ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# "date 2019-12-23" or "Published: 23 December 2019" near the top of a report.
DATE_LINE = re.compile(r"^\W*(?:date|published|posted|updated)\s*:?\s*(\S.{0,40})", re.IGNORECASE | re.M)

# Stretches of time a figure is counted over: "since Thursday", "in the past 24 hours" (`regex`, as above).
WINDOW = regex.compile(
    rf"\b(?:(?P<since>since|from)\s+(?:(?:(?:the\s+)?(?:beginning|start|outbreak|eruption)\b[^,.;]{{0,60}}?"
    rf"|it\s+(?:began|started|erupted))\s+(?:in|of)\s+)?"
    rf"(?P<since_date>(?:{_WEEKDAY})(?:\s+night)?|(?:{_MONTH})(?:\s+\d{{1,2}})?(?:,?\s+{_YEAR})?|{_YEAR}|yesterday)"
    rf"|(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?P<past_count>{_COUNT})\s+)?(?P<past_unit>{_UNIT})"
    rf"|(?:in|over|after)\s+(?P<in_count>{_COUNT})\s+(?P<in_unit>{_UNIT})"
    rf"|(?P<span_count>{_COUNT})\s+(?P<span_unit>{_UNIT})\s+of\s+(?:fighting|war|clashes|conflict|violence|bombardment|bombing|strikes|protests)"
    rf"|in\s+recent\s+(?P<recent_unit>days|weeks|months)"
    rf"|(?P<ago_count>{_COUNT})\s+(?P<ago_unit>{_UNIT})\s+ago"
    rf"|(?P<last>last|earlier\s+this|this)\s+(?P<last_unit>week|month|year)"
    rf"|as\s+of\s+(?:(?:early|late|mid-?morning)\s+)?(?P<as_of>{_WEEKDAY})(?:\s+(?:night|evening|morning))?"
    rf"|(?:on\s+)?(?P<on_weekday>{_WEEKDAY})(?:\s+(?:night|evening|morning))?"
    rf"|on\s+(?P<on_date>(?:{_MONTH})\s+\d{{1,2}}(?:,?\s+{_YEAR})?)"
    rf"|(?:in|during)\s+(?P<in_month>(?:{_MONTH})(?:\s+{_YEAR})?)"
    rf"|(?:in|during)\s+(?P<in_year>{_YEAR})"
    # "during his 17-year rule", "under Pinochet's regime": a past era, closed whatever the report's day
    rf"|(?:during|under|throughout)\s+(?:(?:his|her|their|its|the)\s+|[A-Z][\w'’-]+['’]s\s+)(?:[\w-]+[\s-]+)?"
    rf"(?P<era>rule|regime|reign|dictatorship|tenure|term|presidency|occupation)(?![\w-])"
    r"(?!\s+(?!(?:as|in|of|and|when|that|which|who)\b)[a-z]))\b",
    regex.IGNORECASE | regex.VERSION0,
)
# A weekday that only dates the report's own words: "a war monitor said Sunday".
SAID_ON = re.compile(
    rf"\b(?:said|says|reported|announced|estimated|told\s+\w+)\s+(?:on\s+)?(?:{_WEEKDAY})\b", re.IGNORECASE
)


@dataclass(frozen=True)
class ReportDate:
    date: dt.date | None
    inferred: bool = False


@dataclass(frozen=True)
class Window:
    """The stretch of time a figure counts over; `start` None when the report does not say."""

    text: str
    start: dt.date | None
    end: dt.date | None


def month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.index(name) + 1 if name in MONTHS else _MONTH_ABBREVIATIONS[name[:4] if name == "sept" else name[:3]]


def weekday_on_or_before(name: str, base: dt.date) -> dt.date:
    """ "Sunday" in a report dated Monday 23 December is 22 December; in a Sunday report, that day."""
    return base - dt.timedelta(days=(base.weekday() - WEEKDAYS.index(name.lower())) % 7)


def weekday_named(name: str, base: dt.date, *, ahead: bool = True) -> dt.date:
    """The day a bare weekday names: on or before the report's date, but the report's next day
    when it names that day ("to be released Thursday" on a Wednesday; "Monday" in a report from
    Sydney carrying Sunday's US date): a week back it would be "last Monday"."""
    if ahead and WEEKDAYS.index(name.lower()) == (base.weekday() + 1) % 7:
        return base + dt.timedelta(days=1)
    return weekday_on_or_before(name, base)


def _month_on_or_before(month: int, day: int, base: dt.date) -> dt.date:
    year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    return dt.date(year, month, min(day, 28) if month == 2 else day)


def resolve(expression: str, base: dt.date | None, *, ahead: bool = True) -> dt.date | None:
    """The calendar day an expression names, reading it as said on `base`; None if it cannot.
    `ahead`: a bare weekday may name the report's next day (not after "since")."""
    match = DATE_EXPRESSION.fullmatch(expression.strip())
    if re.fullmatch(_YEAR, expression.strip()):
        return dt.date(int(expression.strip()), 1, 1)
    if not match:
        return None
    text = re.sub(r"\s+", " ", match.group().lower())
    year_match = re.search(_YEAR, text)
    year = int(year_match.group()) if year_match else None
    try:
        if match.group("year"):
            return dt.date(year, 1, 1)
        if match.group("month_day") or match.group("day_month"):
            month = month_number(re.search(_MONTH, text, re.I).group())
            day = int(re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", text.replace(str(year or ""), "")).group(1))
            if year:
                return dt.date(year, month, day)
            return _month_on_or_before(month, day, base) if base else None
        if match.group("month"):
            month = month_number(re.search(_MONTH, text.split()[-2] if year else text.split()[-1], re.I).group())
            day = 20 if text.startswith("late") else 10 if text.startswith("mid") else 1
            if year:
                return dt.date(year, month, day)
            return _month_on_or_before(month, 1, base).replace(day=day) if base else None
    except (ValueError, AttributeError, KeyError):
        return None
    if base is None:
        return None
    if match.group("weekday"):
        # The group holds "[last] <weekday>" without a following "evening" or "night".
        words = match.group("weekday").lower().split()
        return weekday_named(words[-1], base, ahead=ahead and words[0] != "last")
    if match.group("relative"):
        return base if text == "today" else base - dt.timedelta(days=1)
    if match.group("ago"):
        parts = re.fullmatch(rf"({_COUNT})\s+({_UNIT})\s+ago", text)
        days = duration_days(parts.group(1), parts.group(2)) if parts else None
        return base - dt.timedelta(days=days) if days else None
    return None


def precision(expression: str) -> str:
    """How finely an expression names its day: "year" ("in 1998", "two years ago"), "month"
    ("in March", "late May 1998", "six months ago") or "day"."""
    text = re.sub(r"\s+", " ", expression.strip().lower())
    # The year group matches after "in", "since" or "of" only; the month needs no preposition either.
    text = re.sub(r"^(?:in|since|of|during) (?=(?:19|20)\d\d$)|^(?:in|during) ", "", text)
    match = DATE_EXPRESSION.fullmatch(text)
    if re.fullmatch(_YEAR, text) or (match and match.group("year")):
        return "year"
    if match and match.group("month"):
        return "month"
    if match and match.group("ago"):
        unit = re.search(rf"({_UNIT})\s+ago", text).group(1)
        return "year" if unit.startswith(("year", "decade")) else "month" if unit.startswith("month") else "day"
    return "day"


MAX_DURATION_DAYS = 1000 * 365.25


def duration_days(count: str | None, unit: str) -> float | None:
    """ "four", "days" -> 4.0; a missing count means one unit ("the past week")."""
    parsed = number_value(count) if count else (1, False)
    unit = unit.lower().rstrip("s")
    if parsed is None or unit not in UNIT_DAYS:
        return None
    days = parsed[0] * UNIT_DAYS[unit]
    # "12,000 years ago" names no calendar day a report's timeline can hold.
    return days if days <= MAX_DURATION_DAYS else None


def window_of(match: re.Match, base: dt.date | None) -> Window:
    """The stretch of time a WINDOW match names, ending on the report's date."""
    text = match.group()
    groups = match.groupdict()
    start = end = None
    if groups["era"]:
        return Window(text=text, start=None, end=None)  # a settled total: no report day makes it newer
    if groups["since_date"]:
        start, end = resolve(groups["since_date"], base, ahead=False), base
    elif base is not None:
        if groups["past_unit"] or groups["in_unit"] or groups["span_unit"]:
            count = groups["past_count"] or groups["in_count"] or groups["span_count"]
            unit = groups["past_unit"] or groups["in_unit"] or groups["span_unit"]
            days = duration_days(count, unit)
            start, end = (base - dt.timedelta(days=days), base) if days else (None, base)
        elif groups["ago_unit"]:
            days = duration_days(groups["ago_count"], groups["ago_unit"])
            start = end = base - dt.timedelta(days=days) if days else None
        elif groups["last_unit"]:
            days = UNIT_DAYS[groups["last_unit"].lower()]
            back = 2 * days if groups["last"].lower() == "last" else days  # "last week": the week before this one
            start, end = base - dt.timedelta(days=back), base - dt.timedelta(days=back - days)
        elif groups["recent_unit"]:
            start, end = base - dt.timedelta(days=7 * UNIT_DAYS[groups["recent_unit"].rstrip("s")]), base
        elif groups["on_date"]:
            start = end = resolve(groups["on_date"], base)
        elif groups["as_of"]:
            # "as of Thursday": a running count told as that day's, like an unstated one in that day's report
            start, end = None, weekday_named(groups["as_of"], base)
        elif groups["on_weekday"]:
            last = re.search(r"\blast\s+$", match.string[max(0, match.start() - 6) : match.start()], re.I)
            start = end = weekday_named(groups["on_weekday"], base, ahead=not last)
        elif groups["in_month"]:
            start = resolve(groups["in_month"], base)
            end = _month_end(start) if start else None
        elif groups["in_year"]:
            start, end = dt.date(int(groups["in_year"]), 1, 1), dt.date(int(groups["in_year"]), 12, 31)
    elif groups["in_year"]:
        start, end = dt.date(int(groups["in_year"]), 1, 1), dt.date(int(groups["in_year"]), 12, 31)
    elif groups["on_date"] or groups["in_month"]:
        # an undated report's "in June 2004" or "on March 23, 2007" still names its days: unresolved, it
        # would be taken for the report's own day and set against that day's counts
        start = resolve(groups["on_date"] or groups["in_month"], None)
        end = start if groups["on_date"] else _month_end(start) if start else None
    return Window(text=text, start=start, end=end)


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return following - dt.timedelta(days=1)


# Days after which a count of one day's happening is settled: "248 killed in the bombing
# on Aug. 7" told on Oct. 2 is the toll that an undated "250 dead" told on Oct. 5 gives.
SETTLED_AFTER = 14
# Days from which a window up to the report's day ("in the past six months", "since March") spans
# the story so far, as an undated running total does.
LONG_WINDOW = 28
# An undated running total counts the story so far: months, not the years since a war began.
STORY_SPAN = 366
# The week, month or year still running on the report's day: its count is that day's running total ("earlier
# this week" is a past stretch of it, settled).
_THIS_SPAN = re.compile(r"(?<!earlier\s)\bthis\s+(?:week|month|year)\b", re.IGNORECASE)
_LOOKING_BACK = re.compile(r"\b(?:past|last|previous|recent)\b", re.IGNORECASE)


def windows_match(a: Window, b: Window) -> bool:
    """Two figures count over the same stretch of time, as far as the reports let us tell.

    Neither start known: both figures are "as of" their reports' dates, which must be
    the same day (a toll told a day later is a new toll). One start known: only a
    single day ("on Thursday": what happened that day) matches an unstated window, when its
    report is from that day or the two after, or from SETTLED_AFTER days on; looking back
    LONG_WINDOW days up to a year ("in the past six months") matches an unstated one told
    the day it ends. A running count
    "as of Thursday" is an unstated window ending that day (see `window_of`): a day later
    the toll is a newer one. Both known: single days must be the same day; longer windows
    may drift by two days or a quarter of the longer window (a report filed a day later
    counts "four days" from a day later).
    """
    if a.start is None and b.start is None:
        return a.end is None or b.end is None or a.end == b.end
    if a.start is None or b.start is None:
        stated, unstated = (a, b) if b.start is None else (b, a)
        if stated.end is None or unstated.end is None:
            return False
        if _LOOKING_BACK.search(stated.text) and LONG_WINDOW <= (stated.end - stated.start).days <= STORY_SPAN:
            # "the 250,000 who fled in the last six months", told the day another report gives an undated
            # total: looking months back from the report's day is the story so far, that day's running total
            # ("since the August ceasefire" starts at an event, and may count a part of the story)
            return stated.end == unstated.end
        if (stated.end - stated.start).days > 1:
            return False
        later = (unstated.end - stated.end).days
        return 0 <= later <= 2 or later >= SETTLED_AFTER
    if a.end is None or b.end is None:
        return a.start == b.start
    if a.end != b.end and any(_THIS_SPAN.search(w.text) for w in (a, b)):
        return False  # "so far this year" on Aug. 3 and on Aug. 7: a growing total, newer each day it is told
    longer = max((a.end - a.start).days, (b.end - b.start).days)
    drift = abs((a.start - b.start).days) + abs((a.end - b.end).days)
    if longer <= 1:
        return drift == 0
    return drift <= max(2, 0.25 * longer)


# A full date on a line of its own under the headline, with its weekday: "Tuesday, July 12, 2005"
_DATE_OWN_LINE = re.compile(
    rf"^[ \t]*(?:{_WEEKDAY}),[ \t]+(?P<date>(?:{_MONTH})[ \t]+\d{{1,2}},[ \t]+(?:19|20)\d\d)[ \t]*$", re.M | re.I
)


def explicit_date(document: Document) -> dt.date | None:
    """The report's date from its metadata or from a date line at the top of its text."""
    if document.article.date:
        return document.article.date
    head = document.article.text[:300]
    line = DATE_LINE.search(head)
    if line:
        iso = ISO_DATE.search(line.group(1))
        if iso:
            return _iso(iso)
        written = DATE_EXPRESSION.match(line.group(1))
        if written and re.search(_YEAR, written.group()):
            return resolve(written.group(), None)
    return None


def header_date(document: Document) -> dt.date | None:
    """The date a page prints on a line of its own under its headline ("London bombing: Police search houses in
    Leeds\n\nTuesday, July 12, 2005\n\n..."). Not a report date: counts' windows are read against metadata and
    date lines; it dates what changes with time alone, a person's age."""
    own_line = _DATE_OWN_LINE.search(document.article.text[:300])
    return resolve(own_line.group("date"), None) if own_line else None


def _iso(match: re.Match) -> dt.date | None:
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def report_dates(documents: Sequence[Document]) -> dict[str, ReportDate]:
    """Each report's date; an undated report takes its date from the dated report sharing most of its words."""
    known = {d.id: explicit_date(d) for d in documents}
    # Shingles only tell an undated report's story apart: most clusters have none.
    needed = not all(known.values()) and any(known.values())
    shingles = {d.id: _shingles(d) for d in documents} if needed else {}
    dates = {}
    for document in documents:
        if known[document.id]:
            dates[document.id] = ReportDate(known[document.id])
            continue
        reference = _closest_dated(document.id, known, shingles)
        if reference is None:
            dates[document.id] = ReportDate(None)
            continue
        dates[document.id] = ReportDate(_own_day(document, reference), inferred=True)
    return dates


def _closest_dated(doc_id: str, known: dict, shingles: dict) -> dt.date | None:
    dated = [(len(shingles[doc_id] & shingles[other]), date) for other, date in known.items() if date]
    if not dated:
        return None
    return max(dated, key=lambda pair: (pair[0], pair[1]))[1]


def _own_day(document: Document, reference: dt.date) -> dt.date:
    """ "said Sunday" in the opening sentences dates the report to that Sunday, on or before the story's date."""
    opening = " ".join(s.text for s in document.sentences[:3])
    said = SAID_ON.search(opening)
    if said:
        return weekday_on_or_before(said.group().split()[-1], reference)
    return reference


def _shingles(document: Document, size: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", " ".join(s.text for s in document.sentences).lower())
    return set(zip(*(words[start:] for start in range(size))))
