"""Summarize: from the prepared reports of one story to an attributed, ordered summary.

`summarize(documents, budget, method)` groups every sentence of every report
into content units (`synopsis.similarity.units`), gives the sentences of the
reports that copy no other to the named algorithm, then makes sure of what
every algorithm must respect, whatever it returns: whole sentences, within the
budget, at most one sentence per content unit and never two that say the same
thing. Each selected sentence is attributed to every report that carries its
content (the sentence's own span first, then the closest wording in each other
report, leaving out reports whose figures differ), and the summary is ordered
by `order.chronological`.

The budget is a hard limit on whole sentences: a budget smaller than every
sentence gives an empty summary rather than a cut or overlong one.

Algorithms are registered in `METHODS` by name and imported only when used.
"""

from __future__ import annotations

import importlib
import operator
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from synopsis.errors import SynopsisError
from synopsis.model import Budget, Document, SummarySentence

if TYPE_CHECKING:  # numpy and scipy load only when a summary is made
    from synopsis.similarity.units import ContentUnits
    from synopsis.summarize.base import Corpus, Summarizer

# name -> "module:factory"; a factory takes no arguments and returns a Summarizer.
METHODS: dict[str, str] = {
    "default": "synopsis.summarize.concepts:ConceptCoverage",
    "lead": "synopsis.summarize.lead:Lead",
    "centroid": "synopsis.summarize.centroid:Centroid",
    "lexrank": "synopsis.summarize.lexrank:LexRank",
    "concepts": "synopsis.summarize.concepts:ConceptCoverage",
}

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def summarizer(method: str) -> Summarizer:
    """The registered algorithm called `method`."""
    if method not in METHODS:
        raise SynopsisError(f"unknown method {method!r}; choose from: {', '.join(METHODS)}")
    module, factory = METHODS[method].split(":")
    return getattr(importlib.import_module(module), factory)()


def summarize(documents: Sequence[Document], budget: Budget, method: str = "default") -> list[SummarySentence]:
    """An attributed summary of the reports within the budget, in story order."""
    from synopsis.similarity.units import content_units
    from synopsis.summarize.order import chronological

    algorithm = summarizer(method)
    documents = list(documents)
    units = content_units(documents)
    corpus, position = candidates(documents, units)
    if not corpus.sentences:
        return []
    chosen = [position[i] for i in guarded(algorithm(corpus, budget), corpus, units, position, budget)]
    members = units.members()
    told = [[units.sentences[j] for j in members[units.groups[i]]] for i in chosen]
    return [attribute(chosen[k], units, members) for k in chronological(told, documents)]


def candidates(documents: Sequence[Document], units: ContentUnits) -> tuple[Corpus, list[int]]:
    """The corpus an algorithm sees (reports that copy no other) and where its sentences sit in `units`."""
    from synopsis.summarize.base import Corpus

    originals = tuple(d for d in documents if d.duplicate_of is None)
    keep = {d.id for d in originals}
    position = [i for i, s in enumerate(units.sentences) if s.doc in keep]
    corpus = Corpus(
        documents=originals,
        sentences=tuple(units.sentences[i] for i in position),
        groups=tuple(units.groups[i] for i in position),
        support=tuple(units.support[i] for i in position),
    )
    return corpus, position


def guarded(
    chosen: Sequence[int], corpus: Corpus, units: ContentUnits, position: Sequence[int], budget: Budget
) -> list[int]:
    """The algorithm's choice, in its order, cut to what keeps every invariant."""
    from synopsis.summarize.base import capacity, cost

    kept: list[int] = []
    groups: set[int] = set()
    spent = 0
    for i in chosen:
        try:
            i = operator.index(i)
        except TypeError:
            continue
        if not 0 <= i < len(corpus.sentences) or corpus.groups[i] in groups:
            continue
        price = cost(corpus.sentences[i].text, budget)
        if spent + price > capacity(budget):
            continue
        if any(units.say_the_same(position[i], position[k]) for k in kept):
            continue
        kept.append(i)
        groups.add(corpus.groups[i])
        spent += price
    return kept


def figures(text: str) -> frozenset[str]:
    """The numbers a sentence gives, written without thousands separators."""
    return frozenset(f.replace(",", "") for f in _FIGURE.findall(text))


def attribute(i: int, units: ContentUnits, members: dict[int, list[int]]) -> SummarySentence:
    """Sentence i with its own span first, then each other report's closest wording of it."""
    shown = units.sentences[i]
    numbers = figures(shown.text)
    best: dict[str, tuple[float, int]] = {}
    for j in members[units.groups[i]]:
        other = units.sentences[j]
        if other.doc == shown.doc:
            continue
        theirs = figures(other.text)
        # A report that gives other figures does not carry this sentence's claim.
        if numbers and theirs and numbers != theirs:
            continue
        closeness = units.cosine(i, j)
        if other.doc not in best or closeness > best[other.doc][0]:
            best[other.doc] = (closeness, j)
    sources = [shown.span] + [units.sentences[j].span for _, j in best.values()]
    return SummarySentence(text=" ".join(shown.text.split()), sources=tuple(sources))
