"""Feeds with gold event labels, for scoring the clusterer (ECB+ and any JSONL alike).

A line is a JSON object with an id (`id` or `doc_id`), a text (`text`, or
`sentences`, a list joined into paragraphs, as in ECB+) and the gold label in a
field the caller names. ECB+'s added documents start with the page's address as
a "sentence"; it is kept as the url, not as text. A line that cannot be used
is skipped with an `InputWarning` naming its line, as the readers do.
"""

from __future__ import annotations

import json
import os
import random
import warnings
from collections.abc import Sequence

from synopsis.errors import InputError, InputWarning, NoArticlesError
from synopsis.model import Article


def read_labelled(path: str | os.PathLike, field: str) -> tuple[list[Article], list[str]]:
    """The articles of a JSONL file and their gold labels from `field`, in file order."""
    articles, labels = [], []
    try:
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                where = f"{os.fspath(path)} line {number}"
                record = _record(line, where)
                article = labelled_article(record, f"{number}", where) if record is not None else None
                if article is None:
                    continue
                if record.get(field) is None:
                    warnings.warn(f"skipped {where}: no gold field {field!r}", InputWarning, stacklevel=2)
                    continue
                articles.append(article)
                labels.append(str(record[field]))
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    if not articles:
        raise NoArticlesError(f"no articles found in {path}")
    return articles, labels


def labelled_article(record: dict, default_id: str, where: str) -> Article | None:
    sentences = record.get("sentences")
    url = record.get("url")
    if isinstance(sentences, list):
        sentences = [str(s) for s in sentences]
        if sentences and sentences[0].startswith("http"):
            url, sentences = sentences[0].replace(" ", ""), sentences[1:]
        text = "\n\n".join(sentences)
    else:
        text = record.get("text")
    if not isinstance(text, str):
        warnings.warn(f'skipped {where}: no "text" or "sentences"', InputWarning, stacklevel=2)
        return None
    return Article(
        id=str(record.get("id") or record.get("doc_id") or default_id),
        text=text,
        title=record.get("title"),
        source=record.get("source"),
        url=url,
        language=record.get("language"),
    )


def shuffled(articles: Sequence, labels: Sequence, seed: int = 0) -> tuple[list, list]:
    """The same articles and labels in one random order, the same for the same seed."""
    order = list(range(len(articles)))
    random.Random(seed).shuffle(order)
    return [articles[i] for i in order], [labels[i] for i in order]


def _record(line: str, where: str) -> dict | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        record = None
    if not isinstance(record, dict):
        warnings.warn(f"skipped {where}: not a JSON object", InputWarning, stacklevel=2)
        return None
    return record
