"""Lead: the reports' first sentences, taken in turn from each report.

News puts its main facts first, which makes the lead a strong baseline: the
first sentence of every report, then the second of every report, and so on,
until the budget is spent.
"""

from __future__ import annotations

from dataclasses import dataclass

from synopsis.model import Budget
from synopsis.summarize.base import Corpus, fill


def round_robin(corpus: Corpus) -> list[int]:
    """Sentence indices ordered by position in their report, reports in turn at each position."""
    rank = {d.id: r for r, d in enumerate(corpus.documents)}
    order = sorted(
        range(len(corpus.sentences)),
        key=lambda i: (corpus.sentences[i].index, rank.get(corpus.sentences[i].doc, len(rank)), i),
    )
    return order


@dataclass(frozen=True)
class Lead:
    name: str = "lead"

    def __call__(self, corpus: Corpus, budget: Budget) -> list[int]:
        return fill(round_robin(corpus), corpus, budget)
