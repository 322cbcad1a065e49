"""Small builders for the fact sheet's tests."""

import datetime as dt

from synopsis import api
from synopsis.model import Article


def documents(*texts: str, dates=()):
    """Prepared documents made from texts, one report each, dated when `dates` says so."""
    dates = list(dates) + [None] * (len(texts) - len(dates))
    return api.prepare(
        [Article(id=f"r{i}", text=text, date=date) for i, (text, date) in enumerate(zip(texts, dates))]
    )


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def conflicts(*texts: str, dates=()):
    """The facts the fact sheet of these reports (dated as `documents` says) calls conflicts."""
    from synopsis.facts import fact_sheet

    return [f for f in fact_sheet(documents(*texts, dates=dates)).facts if f.verdict == "conflict"]


def conflict_values(*texts: str, dates=()):
    """The values of each conflict of these reports, sorted."""
    return [sorted(v.value for v in f.values) for f in conflicts(*texts, dates=dates)]
