"""The parts of a digest: events from labels, their ranking, their headlines.

This is how news aggregators lay out a day (Google News, WCEP, Event Registry):
group the feed into events, then say briefly what each event is, how many
reports carry it, which outlets, and over which dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from synopsis.model import Article, Brief, Event

# A headline made from a summary sentence is cut at about this many characters.
TITLE_CHARS = 90


@dataclass(frozen=True)
class EventBrief:
    """One event of a digest: its articles, its title, and the brief of its reports."""

    event: Event
    title: str
    articles: tuple[Article, ...]
    brief: Brief

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.source for a in self.articles if a.source))

    @property
    def first_date(self) -> dt.date | None:
        return min((a.date for a in self.articles if a.date), default=None)

    @property
    def last_date(self) -> dt.date | None:
        return max((a.date for a in self.articles if a.date), default=None)


def events(articles: Sequence[Article], labels: Sequence[str]) -> list[Event]:
    """The events the labels name, each with its articles in feed order, in order of first report."""
    members: dict[str, list[str]] = {}
    for article, label in zip(articles, labels, strict=True):
        members.setdefault(label, []).append(article.id)
    return [Event(id=label, article_ids=tuple(ids)) for label, ids in members.items()]


def ranked(found: Sequence[Event], articles: Sequence[Article]) -> list[Event]:
    """Biggest first; among equals the newest (latest report date), then the first reported."""
    by_id = {a.id: a for a in articles}
    position = {event.id: number for number, event in enumerate(found)}

    def key(event: Event):
        newest = max((by_id[i].date for i in event.article_ids if by_id[i].date), default=dt.date.min)
        return (-len(event.article_ids), -newest.toordinal(), position[event.id])

    return sorted(found, key=key)


def headline(articles: Sequence[Article], summary: Brief) -> str:
    """The first report's own headline; failing that, the brief's first sentence, shortened."""
    for article in sorted(articles, key=lambda a: a.date or dt.date.max):
        if article.title:
            return article.title
    text = summary.summary[0].text if summary.summary else articles[0].text
    text = " ".join(text.split())
    if len(text) <= TITLE_CHARS:
        return text
    return text[:TITLE_CHARS].rsplit(" ", 1)[0] + "\u2026"
