"""The public API: pure functions over the data model, composed from the stages."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from synopsis.errors import NoArticlesError
from synopsis.model import Article, Brief, Budget, Document, Event, FactSheet

if TYPE_CHECKING:
    from synopsis.events.digest import EventBrief

PathLike = str | os.PathLike


def read(*paths: PathLike) -> list[Article]:
    """Read articles from folders, files (.txt .md .html .json .jsonl) or "-" for stdin."""
    from synopsis.io.readers import read_articles

    return read_articles(paths)


def prepare(articles: Iterable[Article]) -> list[Document]:
    """Clean and split each article, then mark the reports that copy another."""
    from synopsis.similarity.duplicates import mark_duplicates
    from synopsis.text import prepare as prepare_article

    return mark_duplicates([prepare_article(article) for article in articles])


def brief(
    articles: Sequence[Article] | Sequence[Document],
    words: int | None = None,
    *,
    chars: int | None = None,
    sentences: int | None = None,
    method: str = "default",
    facts: bool = True,
) -> Brief:
    """An attributed summary of reports about one story, with its fact sheet.

    The budget is one of `words`, `chars` or `sentences`; with none given, 100 words.
    """
    if sum(limit is not None for limit in (words, chars, sentences)) > 1:
        raise ValueError("give one budget: words, chars or sentences")
    from synopsis.summarize import summarize

    documents = _documents(articles)
    budget = Budget(words=words, chars=chars, sentences=sentences)
    summary = summarize(documents, budget, method=method)
    sheet = FactSheet()
    if facts:
        from synopsis.facts import fact_sheet

        sheet = fact_sheet(documents)
    return Brief(documents=tuple(documents), summary=tuple(summary), facts=sheet)


def _documents(items: Sequence[Article] | Sequence[Document]) -> list[Document]:
    items = list(items)
    if not items:
        raise NoArticlesError("no articles to summarize")
    if all(isinstance(item, Document) for item in items):
        return items
    return prepare(items)


def _languages_told(articles: list[Article]) -> list[Article]:
    """The articles, each untitled one with its language told once, for the clusterer and `prepare` to share.

    The clusterer tells a titled report's language from its headline and text together and `prepare`
    from its text alone, so those two answers may differ and both are still told where they are needed.
    """
    from synopsis.text import with_language

    return [article if article.title else with_language(article) for article in articles]


def cluster(articles: Sequence[Article], mode: str = "tfidf", **params) -> list[Event]:
    """Group a feed into events, in arrival order, each article in exactly one event."""
    from synopsis.events.cluster import EventClusterer
    from synopsis.events.digest import events

    articles = list(articles)
    labels = EventClusterer(mode, **params).fit_predict(articles)
    return events(articles, labels)


def digest(
    articles: Sequence[Article],
    words: int = 60,
    *,
    clusterer=None,
    min_articles: int = 1,
    top: int | None = None,
    method: str = "default",
    facts: bool = True,
) -> list[EventBrief]:
    """One brief per event of the feed, biggest and newest first.

    `clusterer` is an `EventClusterer` (the default one when None); events with
    fewer than `min_articles` reports are left out, and at most `top` are kept.
    """
    from synopsis.events.cluster import EventClusterer
    from synopsis.events.digest import EventBrief, events, headline, ranked

    articles = list(articles)
    if not articles:
        raise NoArticlesError("no articles to make a digest of")
    articles = _languages_told(articles)
    labels = (clusterer or EventClusterer()).fit_predict(articles)
    by_id = {a.id: a for a in articles}
    chosen = [e for e in ranked(events(articles, labels), articles) if len(e.article_ids) >= min_articles]
    result = []
    for event in chosen[:top]:
        members = tuple(by_id[i] for i in event.article_ids)
        summary = brief(members, words, method=method, facts=facts)
        result.append(EventBrief(event=event, title=headline(members, summary), articles=members, brief=summary))
    return result
