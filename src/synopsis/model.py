"""The shared vocabulary: small frozen records that every stage reads and writes.

Every record that says something about the reports carries `Span`s, character
offsets into an article's original text, so a reader can always go back to the
words a report used: ``article.text[span.start:span.end]``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A stretch of one article's original text."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One news report as read: `text` is the original, every offset points into it."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None  # the outlet
    date: dt.date | None = None
    url: str | None = None
    path: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence kept after cleaning, as a view into its article's original text."""

    doc: str
    start: int
    end: int
    text: str  # == article.text[start:end]
    index: int  # position among the article's kept sentences, from 0
    paragraph: int = 0  # position of its paragraph among the kept paragraphs, from 0

    @property
    def span(self) -> Span:
        return Span(self.doc, self.start, self.end)


@dataclass(frozen=True)
class Document:
    """An article with its kept sentences; `duplicate_of` names the report it copies."""

    article: Article
    sentences: tuple[Sentence, ...]
    duplicate_of: str | None = None

    @property
    def id(self) -> str:
        return self.article.id


@dataclass(frozen=True)
class Cluster:
    """Reports on one story, with reference summaries when it comes from a benchmark."""

    id: str
    articles: tuple[Article, ...]
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Budget:
    """How long a summary may be; whole sentences only. Exactly one limit is usually set."""

    words: int | None = None
    chars: int | None = None
    sentences: int | None = None


@dataclass(frozen=True)
class SummarySentence:
    """A selected sentence and every report that carries its content.

    `sources[0]` is the sentence whose wording is shown; the others are the
    spans where other reports say the same thing in their own words.
    """

    text: str
    sources: tuple[Span, ...]

    @property
    def support(self) -> int:
        return len({s.doc for s in self.sources})


@dataclass(frozen=True)
class FigureValue:
    """One value of a quantity, as the reports that give it wrote it."""

    value: float
    text: str
    sources: tuple[Span, ...]


@dataclass(frozen=True)
class Fact:
    """A quantity the reports speak of; `verdict` is "agree", "conflict" or "single"."""

    quantity: str
    verdict: str
    values: tuple[FigureValue, ...]


@dataclass(frozen=True)
class Quote:
    speaker: str
    text: str
    sources: tuple[Span, ...]

    @property
    def support(self) -> int:
        return len({s.doc for s in self.sources})


@dataclass(frozen=True)
class TimelineEntry:
    date: dt.date  # the first day of the month or year when only that is named
    inferred: bool  # the date rests on an inferred report date
    text: str
    sources: tuple[Span, ...]
    precision: str = "day"  # "day", "month" ("in March") or "year" ("in 1998")

    @property
    def when(self) -> str:
        """The date as finely as the reports name it: 1998-03-10, 1998-03 or 1998."""
        return self.date.isoformat()[: {"day": 10, "month": 7, "year": 4}[self.precision]]


@dataclass(frozen=True)
class FactSheet:
    facts: tuple[Fact, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()


@dataclass(frozen=True)
class Brief:
    """What the reader gets: the attributed summary and the fact sheet."""

    documents: tuple[Document, ...]
    summary: tuple[SummarySentence, ...]
    facts: FactSheet = field(default_factory=FactSheet)


@dataclass(frozen=True)
class Event:
    """One real-world happening found in a feed: the articles that report it."""

    id: str
    article_ids: tuple[str, ...]
