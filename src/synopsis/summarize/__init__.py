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
`benchmark_summary` alone, for benchmark scorers, follows the DUC convention
instead: the same whole sentences, then one more cut at the word limit.

Algorithms are registered in `METHODS` by name and imported only when used.
"""

from __future__ import annotations

import importlib
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
    selection = select(documents, budget, summarizer(method))
    if selection is None:
        return []
    members = selection.units.members()
    return [attribute(selection.position[i], selection.units, members) for i in selection.told()]


def benchmark_summary(
    documents: Sequence[Document],
    budget: Budget,
    method: str = "default",
    whole_sentences: bool = False,
    narrow: bool = True,
) -> list[str]:
    """The summary as a benchmark scorer reads it: the DUC convention, a summary cut at the word limit.

    The whole sentences `summarize` selects, in story order, then (unless
    `whole_sentences`) one further sentence cut where the word budget ends
    (`cut_at_limit`). With `narrow` (the default), for the concept methods,
    the selected sentences are first narrowed to their news spans and the
    words that frees are filled (`narrowed_and_refilled`): +0.3 R-1 and +0.2
    R-2 cross-validated on DUC 2003 (`benchmarks/tune_compression.py`).
    Briefs never do this.
    """
    selection = select(documents, budget, summarizer(method))
    if selection is None:
        return []
    if whole_sentences:
        return selection.texts()
    return cut_at_limit(narrowed_and_refilled(selection) if narrow else selection)


def narrowed_and_refilled(selection: Selection) -> Selection:
    """A concept selection in words with every sentence narrowed to its news span, and further sentences in the freed words.

    Selection itself weighs whole sentences: offered as alternatives, the
    narrower spans let the solver trade a whole selection for another that
    ROUGE rewards less (`benchmarks/tune_compression.py`). Once chosen, a
    sentence loses its opening connective and closing attribution
    (`compress.narrowed`, still one span of its report), and the freed words
    go to further narrowed sentences, each the one adding most concept weight
    not yet covered among those that fit. Other selections are returned as they are.
    """
    from synopsis.summarize.base import cost, unit
    from synopsis.summarize.compress import narrowed
    from synopsis.summarize.concepts import is_candidate

    name, limit = unit(selection.budget)
    if selection.coverage is None or name != "words":
        return selection
    corpus, algorithm = selection.corpus, selection.algorithm
    units, weights = selection.coverage
    shorter = tuple(narrowed(s) for s in corpus.sentences)
    units = [
        found if s is whole else algorithm.covered_by(s.text)
        for found, s, whole in zip(units, shorter, corpus.sentences)
    ]
    selection = replace(selection, corpus=replace(corpus, sentences=shorter), coverage=(units, weights))
    covered = set().union(*(units[i] for i in selection.chosen))
    left = limit - sum(cost(shorter[i].text, selection.budget) for i in selection.chosen)
    while left > 0:
        # Summed in the sentence's own order, so the same reports give the same sums in every process.
        gains = {
            i: sum(weights.get(c, 0.0) for c in units[i] if c not in covered)
            for i, s in enumerate(shorter)
            if cost(s.text, selection.budget) <= left and is_candidate(s, algorithm.min_words, algorithm.quotes)
        }
        ranked = sorted((i for i in gains if gains[i] > 0), key=lambda i: (-gains[i], i))
        further = next((i for i in ranked if selection.may_follow(i)), None)
        if further is None:
            break
        selection = replace(selection, chosen=[*selection.chosen, further])
        covered.update(units[further])
        left -= cost(shorter[further].text, selection.budget)
    return selection


def cut_at_limit(selection: Selection) -> list[str]:
    """The selection's sentences in story order, then the best further sentence cut at the word limit.

    The summary then holds exactly the budget's words when the reports have
    them. For the concept methods the further sentence is the one whose words
    up to the limit add the most concept weight not yet covered; for the
    others, the next sentence the algorithm itself ranks. Budgets in
    characters or sentences keep whole sentences.
    """
    from synopsis.summarize.base import unit

    texts = selection.texts()
    name, limit = unit(selection.budget)
    left = limit - sum(len(text.split()) for text in texts)
    if name != "words" or left <= 0:
        return texts
    further = tail(selection, left)
    if further is not None:
        texts.append(" ".join(selection.corpus.sentences[further].text.split()[:left]))
    return texts


@dataclass(frozen=True)
class Selection:
    """What an algorithm chose for one story (indices into `corpus`), with what it was chosen from."""

    algorithm: Summarizer
    documents: tuple[Document, ...]
    units: ContentUnits
    corpus: Corpus
    position: list[int]
    chosen: list[int]
    budget: Budget
    coverage: tuple[list[tuple[str, ...]], dict[str, float]] | None = None  # a concept method's concepts and weights

    def told(self) -> list[int]:
        """The chosen sentences in story order (`order.chronological`)."""
        from synopsis.summarize.order import chronological

        members = self.units.members()
        told = [[self.units.sentences[j] for j in members[self.units.groups[self.position[i]]]] for i in self.chosen]
        return [self.chosen[k] for k in chronological(told, self.documents)]

    def texts(self) -> list[str]:
        """The chosen sentences in story order, each on one line."""
        return [" ".join(self.corpus.sentences[i].text.split()) for i in self.told()]

    def may_follow(self, i: int) -> bool:
        """Whether sentence i tells something no chosen sentence does."""
        if self.corpus.groups[i] in {self.corpus.groups[k] for k in self.chosen}:
            return False
        return not any(self.units.say_the_same(self.position[i], self.position[k]) for k in self.chosen)


def select(
    documents: Sequence[Document], budget: Budget, algorithm: Summarizer, units: ContentUnits | None = None
) -> Selection | None:
    """The algorithm's choice of whole sentences, kept to the invariants; None for a story with no candidates.

    `units`, if given, are the documents' content units, already found.
    """
    from synopsis.similarity.units import content_units

    documents = tuple(documents)
    if units is None:
        units = content_units(documents)
    corpus, position = candidates(documents, units)
    if not corpus.sentences:
        return None
    coverage = None
    if hasattr(algorithm, "concepts_and_weights"):
        # Kept for the sentence cut at the limit, which weighs what is left by the same concepts.
        coverage = algorithm.concepts_and_weights(corpus)
        picked = algorithm.choose(corpus, budget, *coverage)
    else:
        picked = algorithm(corpus, budget)
    chosen = guarded(picked, corpus, units, position, budget)
    return Selection(algorithm, documents, units, corpus, position, chosen, budget, coverage)


def tail(selection: Selection, left: int) -> int | None:
    """The sentence to follow the selection, cut to its first `left` words; None if every sentence is told."""
    if selection.coverage is not None:
        return concept_tail(selection, left)
    return next_ranked(selection)


def next_ranked(selection: Selection) -> int | None:
    """The algorithm's next choice: what it takes first, given room for every sentence, among those not told."""
    corpus = selection.corpus
    room = Budget(words=sum(len(s.text.split()) for s in corpus.sentences))
    return next((i for i in selection.algorithm(corpus, room) if selection.may_follow(i)), None)


def concept_tail(selection: Selection, left: int) -> int | None:
    """The sentence whose first `left` words add the most concept weight the selection does not cover.

    Sentences the algorithm would not let stand (too short, quotes, questions)
    follow only when no other can; among equals the earliest sentence follows.
    """
    from synopsis.summarize.concepts import is_candidate

    algorithm, corpus = selection.algorithm, selection.corpus
    units, weights = selection.coverage
    covered = set().union(*(units[i] for i in selection.chosen))

    def gained(i: int) -> float:
        kept = " ".join(corpus.sentences[i].text.split()[:left])  # what the scorer reads of it
        # Summed in the sentence's own order: a set's order, and so the float sum, changes from run to run.
        return sum(weights.get(c, 0.0) for c in algorithm.covered_by(kept) if c not in covered)

    gains = [gained(i) for i in range(len(corpus.sentences))]
    # Best first; whether a sentence repeats the selection is the costly test, so it is asked in that order.
    ranked = sorted(range(len(gains)), key=lambda i: (-gains[i], i))
    standing = [i for i in ranked if is_candidate(corpus.sentences[i], algorithm.min_words, algorithm.quotes)]
    for pool in (standing, ranked):
        best = next((i for i in pool if selection.may_follow(i)), None)
        if best is not None:
            return best
    return None


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
