"""The one small interface every summarization algorithm implements.

An algorithm sees a `Corpus` (the candidate sentences of one story and which of
them say the same thing) and a `Budget`, and returns the indices of the
sentences it selects. Attribution, ordering and rendering happen elsewhere, the
same for every algorithm, so algorithms can be compared on equal terms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from synopsis.model import Budget, Document, Sentence


@dataclass(frozen=True)
class Corpus:
    """The candidates of one story.

    `sentences` are the kept sentences of every report that is not a duplicate
    of another, in report order; `groups[i]` is the content unit of
    `sentences[i]`: sentences with the same group id say the same thing, and
    `support[i]` counts the independent reports that carry it (a syndicated
    copy counts with its original, since it adds no independent witness).
    """

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]
    groups: tuple[int, ...]
    support: tuple[int, ...]


class Summarizer(Protocol):
    name: str

    def __call__(self, corpus: Corpus, budget: Budget) -> list[int]:
        """Indices into `corpus.sentences`, at most one per group, within the budget."""
        ...


def unit(budget: Budget) -> tuple[str, int]:
    """The budget's unit and size; a budget with no limit set allows 100 words."""
    for name in ("words", "chars", "sentences"):
        limit = getattr(budget, name)
        if limit is not None:
            return name, limit
    return "words", 100


def cost(text: str, budget: Budget) -> int:
    """What one sentence spends of the budget, in the budget's own unit."""
    name, _ = unit(budget)
    if name == "words":
        return len(text.split())
    if name == "chars":
        return len(text)
    return 1


def capacity(budget: Budget) -> int:
    return unit(budget)[1]


def within(texts: Sequence[str], budget: Budget) -> bool:
    return sum(cost(text, budget) for text in texts) <= capacity(budget)


def fill(
    ranking: Iterable[int],
    corpus: Corpus,
    budget: Budget,
    redundant: Callable[[int, Sequence[int]], bool] | None = None,
) -> list[int]:
    """Walk down a ranking of sentences, keeping each that fits what is left of the budget.

    A sentence is passed over when its content unit is already in, when it does
    not fit, or when `redundant(i, chosen)` says it repeats a chosen one;
    shorter sentences further down may still fill the remaining budget.
    """
    limit = capacity(budget)
    chosen: list[int] = []
    units: set[int] = set()
    spent = 0
    for i in ranking:
        price = cost(corpus.sentences[i].text, budget)
        if corpus.groups[i] in units or price == 0 or spent + price > limit:
            continue
        if redundant is not None and redundant(i, chosen):
            continue
        chosen.append(i)
        units.add(corpus.groups[i])
        spent += price
        if spent >= limit:
            break
    return chosen
