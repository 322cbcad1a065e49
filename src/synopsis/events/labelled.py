"""Feeds with gold event labels, for scoring the clusterer (ECB+ and any JSONL alike).

A line is what the JSONL reader reads (ECB+'s `doc_id` and `sentences` as well)
with the gold label in a field the caller names. A line that cannot be used is
skipped with an `InputWarning` naming its line, as the readers do.
"""

from __future__ import annotations

import os
import random
from collections.abc import Sequence

from synopsis.errors import InputError, NoArticlesError
from synopsis.io.readers import LINE_WARNINGS, first_problems, from_record, parse_json, warn
from synopsis.model import Article


def read_labelled(path: str | os.PathLike, field: str) -> tuple[list[Article], list[str]]:
    """The articles of a JSONL file and their gold labels from `field`, in file order."""
    articles, labels, unlabelled = [], [], []
    # As the reader does: the first problems a line each, the rest counted.
    note, untold = first_problems(LINE_WARNINGS)
    try:
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                where = f"{os.fspath(path)} line {number}"
                record = parse_json(line)
                article = from_record(record, f"{number}", os.fspath(path), where, note)
                if article is None:
                    continue
                if record.get(field) is None:
                    unlabelled.append(where)
                    continue
                articles.append(article)
                labels.append(str(record[field]))
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    if not articles and unlabelled:
        raise NoArticlesError(f"no line of {path} has the gold field {field!r}")
    # Told after the read, so a feed with no labels at all is one line, not one a line.
    for where in unlabelled:
        note(f"skipped {where}: no gold field {field!r}")
    if untold():
        warn(f"{path}: {untold()} more lines with problems (skipped lines, dates left empty)")
    if not articles:
        raise NoArticlesError(f"no articles found in {path}")
    return articles, labels


def shuffled(articles: Sequence, labels: Sequence, seed: int = 0) -> tuple[list, list]:
    """The same articles and labels in one random order, the same for the same seed."""
    order = list(range(len(articles)))
    random.Random(seed).shuffle(order)
    return [articles[i] for i in order], [labels[i] for i in order]

