"""Concept coverage: the sentences that together cover the most weighted concepts.

Concepts are stemmed word bigrams; a concept's weight is how many reports carry
it (Gillick & Favre 2009), with concepts that few reports share pruned
(Boudin, Mougard & Favre 2015). Selection maximises the total weight of the
concepts covered under the budget, solved exactly as an integer linear program
with HiGHS; a concept counts once however many selected sentences repeat it,
so redundancy costs budget and earns nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from synopsis.model import Budget, Sentence
from synopsis.summarize.base import Corpus, capacity, cost
from synopsis.text.tokens import STOPWORDS, stem, words

# Straight, curly and guillemet quotes, and the DUC wire's `` and '' pairs.
_QUOTE = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]|``|''")


def concepts(text: str) -> tuple[str, ...]:
    """The sentence's stemmed bigrams, in order, leaving out those made only of stopwords."""
    tokens = words(text)
    stems = [stem(t) for t in tokens]
    return tuple(
        f"{stems[i]} {stems[i + 1]}"
        for i in range(len(tokens) - 1)
        if not (tokens[i] in STOPWORDS and tokens[i + 1] in STOPWORDS)
    )


def is_candidate(sentence: Sentence, min_words: int, quotes: bool) -> bool:
    """Whether a sentence may stand in a summary: long enough, not a question, quotes only if allowed."""
    text = sentence.text.strip()
    if len(text.split()) < min_words or text.endswith("?"):
        return False
    return quotes or not _QUOTE.search(text)


def concept_weights(
    corpus: Corpus, units: Sequence[tuple[str, ...]], min_support: int, position_bonus: float
) -> dict[str, float]:
    """Each concept's weight: the reports that carry it, each counting more if it says so early."""
    first: dict[str, dict[str, int]] = {}
    for sentence, found in zip(corpus.sentences, units):
        seen = first.setdefault(sentence.doc, {})
        for concept in found:
            seen.setdefault(concept, sentence.index)
    weights: dict[str, float] = {}
    support: dict[str, int] = {}
    for seen in first.values():
        for concept, index in seen.items():
            support[concept] = support.get(concept, 0) + 1
            # A report tells its main news first: early mentions weigh more.
            weights[concept] = weights.get(concept, 0.0) + 1.0 + position_bonus / (1 + index)
    needed = min(min_support, len(first))
    return {c: w for c, w in weights.items() if support[c] >= needed}


def select(
    weights: Mapping[str, float],
    units: Sequence[tuple[str, ...]],
    costs: Sequence[int],
    groups: Sequence[int],
    limit: int,
    time_limit: float = 2.0,
) -> list[int]:
    """The sentences whose concepts weigh most in total, within `limit`, at most one per group.

    Solved exactly with HiGHS; if the solver returns no solution in time, a
    greedy choice by weight gained per unit of cost takes over.
    """
    candidates = [
        i for i, found in enumerate(units) if 0 < costs[i] <= limit and any(c in weights for c in found)
    ]
    if not candidates:
        return []
    chosen = _solve(weights, units, costs, groups, limit, candidates, time_limit)
    if chosen is None:
        chosen = greedy(weights, units, costs, groups, limit, candidates)
    return sorted(chosen)


def _solve(weights, units, costs, groups, limit, candidates, time_limit) -> list[int] | None:
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_array

    # Concepts carried by exactly the same sentences stand or fall together: one variable each.
    carriers: dict[str, list[int]] = {}
    for j, i in enumerate(candidates):
        for c in set(units[i]):
            if c in weights:
                carriers.setdefault(c, []).append(j)
    merged: dict[tuple[int, ...], float] = {}
    for c, js in carriers.items():
        merged[tuple(js)] = merged.get(tuple(js), 0.0) + weights[c]
    n_s, n_c = len(candidates), len(merged)
    rows, cols, vals, upper = [], [], [], []

    def constraint(entries: list[tuple[int, float]], bound: float) -> None:
        for col, val in entries:
            rows.append(len(upper))
            cols.append(col)
            vals.append(val)
        upper.append(bound)

    constraint([(j, float(costs[i])) for j, i in enumerate(candidates)], float(limit))
    for k, js in enumerate(merged):
        # A concept counts only if some selected sentence carries it.
        constraint([(n_s + k, 1.0)] + [(j, -1.0) for j in js], 0.0)
    by_group: dict[int, list[int]] = {}
    for j, i in enumerate(candidates):
        by_group.setdefault(groups[i], []).append(j)
    for js in by_group.values():
        if len(js) > 1:
            constraint([(j, 1.0) for j in js], 1.0)

    objective = np.concatenate([np.zeros(n_s), -np.fromiter(merged.values(), float, n_c)])
    matrix = coo_array((vals, (rows, cols)), shape=(len(upper), n_s + n_c)).tocsr()
    result = milp(
        objective,
        constraints=LinearConstraint(matrix, -np.inf, np.array(upper)),
        integrality=np.concatenate([np.ones(n_s), np.zeros(n_c)]),
        bounds=Bounds(0, 1),
        options={"time_limit": time_limit, "disp": False},
    )
    if result.x is None:
        return None
    chosen = [candidates[j] for j in range(n_s) if result.x[j] > 0.5]
    if sum(costs[i] for i in chosen) > limit:
        return None
    return chosen


def greedy(weights, units, costs, groups, limit, candidates) -> list[int]:
    """Repeatedly add the sentence that gains most new concept weight per unit of cost."""
    chosen: list[int] = []
    covered: set[str] = set()
    used_groups: set[int] = set()
    spent = 0
    pool = list(candidates)
    while pool:
        def gain(i: int) -> float:
            return sum(weights.get(c, 0.0) for c in set(units[i]) - covered) / costs[i]

        best = max(pool, key=lambda i: (gain(i), -i))
        if gain(best) <= 0:
            break
        chosen.append(best)
        covered.update(units[best])
        used_groups.add(groups[best])
        spent += costs[best]
        pool = [i for i in pool if i != best and groups[i] not in used_groups and spent + costs[i] <= limit]
    return chosen


@dataclass(frozen=True)
class ConceptCoverage:
    """Select the sentences that cover the most report-shared concepts within the budget.

    `min_support`: reports that must share a concept for it to count.
    `position_bonus`: extra weight of a concept a report gives in its first sentence.
    `min_words`, `quotes`: which sentences may stand in a summary.
    """

    name: str = "concepts"
    min_support: int = 3
    position_bonus: float = 1.0
    min_words: int = 8
    quotes: bool = False
    time_limit: float = 2.0

    def __call__(self, corpus: Corpus, budget: Budget) -> list[int]:
        units = [concepts(s.text) for s in corpus.sentences]
        weights = concept_weights(corpus, units, self.min_support, self.position_bonus)
        allowed = [is_candidate(s, self.min_words, self.quotes) for s in corpus.sentences]
        units = [found if ok else () for found, ok in zip(units, allowed)]
        costs = [cost(s.text, budget) for s in corpus.sentences]
        return select(weights, units, costs, corpus.groups, capacity(budget), self.time_limit)
