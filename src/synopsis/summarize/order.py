"""Ordering: the summary tells the story in the order it happened and was told.

Each content unit is placed by its earliest mention: the earliest date of a
report that carries it, then how early in that report it comes (its position
as a fraction of the report, so long and short reports compare), then report
and sentence order to break ties. A unit carried only by undated reports is
placed as if it came from the newest dated report; with no dates at all the
order is by position alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from synopsis.model import Document, Sentence

Mention = tuple[dt.date, float, int, int]


def mention(sentence: Sentence, documents: dict[str, tuple[int, Document]], undated: dt.date) -> Mention:
    """When and where a report says it: (date, relative position, report rank, sentence index)."""
    rank, document = documents[sentence.doc]
    date = document.article.date or undated
    return (date, sentence.index / max(1, len(document.sentences)), rank, sentence.index)


def chronological(units: Sequence[Sequence[Sentence]], documents: Sequence[Document]) -> list[int]:
    """The order in which to tell the units: indices into `units`, earliest mention first."""
    by_id = {d.id: (rank, d) for rank, d in enumerate(documents)}
    dates = [d.article.date for d in documents if d.article.date is not None]
    undated = max(dates) if dates else dt.date.max
    earliest = [min(mention(s, by_id, undated) for s in members) for members in units]
    return sorted(range(len(units)), key=lambda k: (earliest[k], k))
