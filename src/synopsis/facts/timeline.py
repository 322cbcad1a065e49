"""The timeline: dated happenings, resolved against each report's own date, merged across reports."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from synopsis.facts.dates import DATE_EXPRESSION, ReportDate, precision, resolve
from synopsis.model import Document, Sentence, TimelineEntry

_STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or but as is was were are be been has have had it its "
    "that this which who said says told since after before their his her they he she".split()
)
_FORWARD = re.compile(r"\b(?:from|until|till|by|next|starting)\s+$", re.IGNORECASE)
SAME_HAPPENING = 0.5  # word overlap (Jaccard) above which two dated sentences tell one happening


@dataclass(frozen=True)
class DatedSentence:
    date: dt.date
    inferred: bool
    sentence: Sentence
    precision: str = "day"


def dated_sentences(document: Document, report_date: ReportDate) -> list[DatedSentence]:
    """Each kept sentence with each past day it names, read against the report's date."""
    found = []
    for sentence in document.sentences:
        days = set()
        for match in DATE_EXPRESSION.finditer(sentence.text):
            if not _capitalized(match.group()) or _FORWARD.search(sentence.text[: match.start()]):
                continue  # "may", "march" as verbs; "from January", a plan
            day = resolve(match.group(), report_date.date)
            if day is None or (report_date.date and day > report_date.date) or day in days:
                continue  # a plan or a forecast is not a happening
            days.add(day)
            has_year = re.search(r"\b(?:19|20)\d\d\b", match.group()) is not None
            found.append(DatedSentence(day, report_date.inferred and not has_year, sentence, precision(match.group())))
    return found


def _capitalized(expression: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", expression) if w.lower() not in ("early", "mid", "late", "night", "evening", "morning", "afternoon", "ago", "last", "st", "nd", "rd", "th")]
    named = [w for w in words if w.lower() not in ("yesterday", "today") and not w.isdigit()]
    units = re.search(r"\b(?:hours?|days?|weeks?|months?|years?|decades?)\b", expression, re.I)
    return units is not None or all(w[0].isupper() for w in named)


def timeline(documents: Sequence[Document], dates: dict[str, ReportDate]) -> list[TimelineEntry]:
    """Dated happenings in date order; reports telling the same happening share one entry."""
    groups: list[list[DatedSentence]] = []
    for document in documents:
        for dated in dated_sentences(document, dates.get(document.id, ReportDate(None))):
            words = _words(dated.sentence.text)
            home = next(
                (g for g in groups if (g[0].date, g[0].precision) == (dated.date, dated.precision) and _jaccard(words, _words(g[0].sentence.text)) >= SAME_HAPPENING),
                None,
            )
            if home is None:
                groups.append([dated])
            elif all(d.sentence.doc != dated.sentence.doc or d.sentence != dated.sentence for d in home):
                home.append(dated)
    entries = [
        TimelineEntry(
            date=group[0].date,
            inferred=all(d.inferred for d in group),
            text=group[0].sentence.text,
            sources=tuple(d.sentence.span for d in group),
            precision=group[0].precision,
        )
        for group in groups
    ]
    return sorted(entries, key=lambda e: (e.date, -len({s.doc for s in e.sources})))


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOPWORDS)


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
