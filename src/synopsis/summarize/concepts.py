"""Concept coverage: the sentences that together cover the most important concepts.

Concepts are stemmed word bigrams (Gillick & Favre 2009) and, with less
weight, content-word stems. A concept's weight is the probability that a human
summary has it, told by a logistic regression over how the reports use it: how
many reports carry it, how often and how early, whether it names someone or
gives a figure (trained on DUC 2003 by benchmarks/tune_concepts.py; the
coefficients ship in concept_model.json). Concepts only one report carries
are left out (Boudin, Mougard & Favre 2015 prune by report count). A report's
first sentences also earn a little by themselves, since news is told first.

Selection maximises the total weight covered within the budget, at most one
sentence per content unit, solved exactly by branch and bound (a few
milliseconds for 100 words; HiGHS takes over a search that grows too large,
as one for 250 words often does, and stops after a number of nodes, never of
seconds, so a busy machine gives the same summary as an idle one); a concept
counts once however many selected sentences repeat it, so redundancy costs
budget and earns nothing. `weighting="support"` gives the classic unlearned
variant: a concept weighs the number of reports that carry it.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from synopsis.model import Budget, Sentence
from synopsis.summarize.base import Corpus, capacity, cost
from synopsis.summarize.compress import QUOTE
from synopsis.text.tokens import STOPWORDS, content_stems, stem, words


def unigrams(text: str) -> tuple[str, ...]:
    """The sentence's content-word stems: the concepts ROUGE-1 rewards."""
    return tuple(content_stems(text))


@functools.lru_cache(maxsize=1 << 14)
def concepts(text: str) -> tuple[str, ...]:
    """The sentence's stemmed bigrams, in order, leaving out those made only of stopwords.

    Cached by sentence: the method, then the sentence that follows the summary, read the same sentences.
    """
    tokens = words(text)
    stems = list(map(stem, tokens))
    stop = list(map(STOPWORDS.__contains__, tokens))
    return tuple([f"{a} {b}" for a, b, x, y in zip(stems, stems[1:], stop, stop[1:]) if not (x and y)])


def is_candidate(sentence: Sentence, min_words: int, quotes: bool) -> bool:
    """Whether a sentence may stand in a summary: long enough, not a question, quotes only if allowed."""
    text = sentence.text.strip()
    if len(text.split()) < min_words or text.endswith("?"):
        return False
    return quotes or not QUOTE.search(text)


@dataclass
class Occurrences:
    """How the reports use one concept: what its weight is learned from."""

    support: int = 0  # reports that carry it
    count: int = 0  # times it occurs
    first: int = 1 << 30  # earliest sentence index, in any report
    early: float = 0.0  # sum over reports of 1 / (1 + index of its first sentence there)
    lead: int = 0  # reports that carry it in their first sentence


def occurrences(corpus: Corpus, units: Sequence[tuple[str, ...]], min_support: int = 1) -> dict[str, Occurrences]:
    """How the reports use each concept that at least `min_support` reports carry, in order of first mention."""
    in_report: dict[str, set[str]] = {}
    for sentence, found in zip(corpus.sentences, units):
        in_report.setdefault(sentence.doc, set()).update(found)
    support: Counter[str] = Counter()
    for found in in_report.values():
        support.update(found)
    # Most concepts are in one report only: only those kept are followed sentence by sentence.
    kept = {c for c, n in support.items() if n >= min_support}
    count = Counter(chain.from_iterable(units))
    first: dict[str, int] = {}
    early: dict[str, float] = {}
    lead: dict[str, int] = {}
    told: dict[str, set[str]] = {}
    for sentence, found in zip(corpus.sentences, units):
        present = kept.intersection(found)
        if not present:
            continue
        index = sentence.index
        for c in present:
            if index < first.get(c, 1 << 30):
                first[c] = index
        said = told.setdefault(sentence.doc, set())
        new = present - said
        said |= new
        # A report tells its main news first: early mentions weigh more.
        bonus = 1.0 / (1 + index)
        for c in new:
            early[c] = early.get(c, 0.0) + bonus
            lead[c] = lead.get(c, 0) + (index == 0)
    return {c: Occurrences(support[c], n, first[c], early[c], lead[c]) for c, n in count.items() if c in kept}


def concept_weights(
    corpus: Corpus, units: Sequence[tuple[str, ...]], min_support: int, position_bonus: float
) -> dict[str, float]:
    """Each concept's weight: the reports that carry it, each counting more if it says so early."""
    reports = len({s.doc for s in corpus.sentences})
    seen = occurrences(corpus, units, min(min_support, reports))
    return {c: o.support + position_bonus * o.early for c, o in seen.items()}


FEATURES = ("share", "support", "frequency", "early", "first", "lead", "stopword", "proper", "number")
_CAPITALIZED = re.compile(r"(?<=\s)[A-Z][^\W_]*")


@functools.cache
def _stopword_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in STOPWORDS)


def proper_stems(corpus: Corpus) -> frozenset[str]:
    """Stems of the words the reports capitalize inside a sentence more often than not: names."""
    # One text for all: NUL is neither a space nor part of a word, so it keeps sentences apart.
    return _proper_stems("\0".join(s.text for s in corpus.sentences))


@functools.lru_cache(maxsize=4)
def _proper_stems(text: str) -> frozenset[str]:
    # Cached by text: bigram and content-word weights, then the sentence that follows the summary, ask in turn.
    upper = Counter(map(str.lower, _CAPITALIZED.findall(text)))
    # `every` counts every occurrence, capitalized or not.
    every = Counter(words(text))
    return frozenset(stem(w) for w, n in upper.items() if 2 * n > every[w])


def features(concept: str, o: Occurrences, reports: int, proper: frozenset[str]) -> list[float]:
    """What a concept's importance is learned from, in the order of FEATURES."""
    stems = concept.split(" ")
    stopwords = _stopword_stems()
    return [
        o.support / reports,
        math.log(o.support),
        math.log(o.count),
        o.early / reports,
        1.0 / (1 + o.first),
        o.lead / reports,
        float(sum(map(stopwords.__contains__, stems))),
        sum(map(proper.__contains__, stems)) / len(stems),
        float(any(map(str.isdigit, concept))),
    ]


@dataclass(frozen=True)
class ConceptModel:
    """A logistic regression that tells how likely a concept is to appear in a human summary."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def probability(self, row: Sequence[float]) -> float:
        return float(self.probabilities(np.array([row], dtype=float))[0])

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """One probability per row of features."""
        z = self.intercept + ((rows - np.array(self.mean)) / np.array(self.scale)) @ np.array(self.coef)
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "mean": self.mean, "scale": self.scale, "coef": self.coef, "intercept": self.intercept}

    @classmethod
    def from_json(cls, data: Mapping) -> ConceptModel:
        if list(data["features"]) != list(FEATURES):
            raise ValueError("the concept model was trained on other features")
        return cls(tuple(data["mean"]), tuple(data["scale"]), tuple(data["coef"]), float(data["intercept"]))


MODEL_FILE = "concept_model.json"


@functools.cache
def trained_model(kind: str = "bigram") -> ConceptModel:
    """The model of one kind of concept ("bigram" or "unigram") shipped with the package.

    benchmarks/tune_concepts.py trains it.
    """
    from importlib.resources import files

    return ConceptModel.from_json(json.loads(files("synopsis.summarize").joinpath(MODEL_FILE).read_text())[kind])


def learned_weights(
    corpus: Corpus, units: Sequence[tuple[str, ...]], model: ConceptModel, min_support: int, min_probability: float
) -> dict[str, float]:
    """Each concept's probability of appearing in a human summary, for concepts shared widely enough."""
    reports = len({s.doc for s in corpus.sentences})
    kept = list(occurrences(corpus, units, min(min_support, reports)).items())
    if not kept:
        return {}
    proper = proper_stems(corpus)
    rows = np.array([features(c, o, reports, proper) for c, o in kept], dtype=float)
    return {c: float(p) for (c, _), p in zip(kept, model.probabilities(rows)) if p >= min_probability}


def select(
    weights: Mapping[str, float],
    units: Sequence[tuple[str, ...]],
    costs: Sequence[int],
    groups: Sequence[int],
    limit: int,
    time_limit: float = 30.0,
    gap: float = 0.0,
    max_candidates: int | None = None,
    prior: Sequence[float] | None = None,
) -> list[int]:
    """The sentences whose concepts weigh most in total, within `limit`, at most one per group.

    `prior[i]`, if given, is what sentence i earns by itself besides its concepts.

    Solved exactly by branch and bound over the `max_candidates` sentences of
    most concept weight per unit of cost, to within a relative `gap`; a search
    that grows past `MAX_NODES` is handed to HiGHS, which stops after
    `HIGHS_NODES` nodes (or, as a guard only, `time_limit` seconds), and if
    HiGHS returns no solution, a greedy choice by weight gained per unit of
    cost takes over.
    """
    candidates = densest(weights, units, costs, limit, max_candidates, prior)
    if not candidates:
        return []
    problem = coverage_problem(weights, units, costs, groups, candidates, [prior[i] if prior else 0.0 for i in candidates])
    chosen = branch_and_bound(problem, limit, gap)
    if chosen is None:
        chosen = highs(problem, limit, time_limit, gap)
    if chosen is None:
        return sorted(greedy(weights, units, costs, groups, limit, candidates, prior))
    return sorted(candidates[j] for j in chosen)


def densest(
    weights: Mapping[str, float],
    units: Sequence[tuple[str, ...]],
    costs: Sequence[int],
    limit: int,
    max_candidates: int | None = None,
    prior: Sequence[float] | None = None,
) -> list[int]:
    """The `max_candidates` sentences that fit and earn most per unit of cost, in sentence order."""
    value = {
        i: (sum(weights.get(c, 0.0) for c in dict.fromkeys(found)) + (prior[i] if prior else 0.0)) / costs[i]
        for i, found in enumerate(units)
        if 0 < costs[i] <= limit
    }
    candidates = sorted((i for i, v in value.items() if v > 0 and units[i]), key=lambda i: (-value[i], i))
    # A dense sentence is what a covering within budget is made of; the rest only slow the solver.
    return sorted(candidates[:max_candidates])


@dataclass(frozen=True)
class CoverageProblem:
    """Selection over the candidates, with concepts folded into what the solvers need.

    `earned[j]` is what candidate j earns by itself: its prior and the concepts
    no other candidate carries. Each shared concept is a tuple of the
    candidates that carry it, with its weight; concepts carried by exactly the
    same candidates stand or fall together, so they are one, weighing their sum.
    """

    costs: tuple[int, ...]
    groups: tuple[int, ...]
    earned: tuple[float, ...]
    shared: dict[tuple[int, ...], float]

    def value(self, chosen: Sequence[int]) -> float:
        """The objective: what the chosen candidates earn, each shared concept counted once."""
        picked = set(chosen)
        return sum(self.earned[j] for j in picked) + sum(
            w for carriers, w in self.shared.items() if not picked.isdisjoint(carriers)
        )


def coverage_problem(
    weights: Mapping[str, float],
    units: Sequence[tuple[str, ...]],
    costs: Sequence[int],
    groups: Sequence[int],
    candidates: Sequence[int],
    earned: Sequence[float],
) -> CoverageProblem:
    """The problem over `candidates` (indices into `units`), candidate j earning `earned[j]` besides its concepts."""
    carriers: dict[str, list[int]] = {}
    for j, i in enumerate(candidates):
        for c in dict.fromkeys(units[i]):
            if c in weights:
                carriers.setdefault(c, []).append(j)
    earned = list(earned)
    shared: dict[tuple[int, ...], float] = {}
    for c, js in carriers.items():
        if len(js) == 1:
            earned[js[0]] += weights[c]
        else:
            shared[tuple(js)] = shared.get(tuple(js), 0.0) + weights[c]
    return CoverageProblem(
        tuple(costs[i] for i in candidates), tuple(groups[i] for i in candidates), tuple(earned), shared
    )


# Past this many nodes a search hands the problem to HiGHS: 100-word DUC summaries need a few hundred
# at most, and on 250-word ones a search that grows further tends to take longer than HiGHS.
MAX_NODES = 5_000
# Selections that may hold more sentences than this go to HiGHS: a search goes one call deeper a sentence.
MAX_DEPTH = 500


def branch_and_bound(problem: CoverageProblem, limit: int, gap: float = 0.0, max_nodes: int = MAX_NODES) -> list[int] | None:
    """An optimal selection (candidate positions) within `limit`, at most one per group; None past `max_nodes`.

    Depth first, the sentence of most gain per unit of cost first, so the first
    descent is the greedy choice. A branch is cut when what it has plus a
    fractional knapsack of each open sentence's marginal gain cannot beat the
    best found: since coverage is submodular, the gains of several sentences
    together overstate what they add, so the knapsack bounds every completion.
    Within a node, the branches in turn take sentence k and leave out those
    before it, so the bound of the rest only falls and the first cut ends the node.
    """
    if any(w < 0 for w in problem.shared.values()):
        return None  # a concept that costs weight when covered makes gains grow: the bound would not hold
    costs, groups = problem.costs, problem.groups
    n = len(costs)
    if n and min(n, limit // max(1, min(costs))) > MAX_DEPTH:
        return None  # a selection this long would search deeper than Python's recursion allows
    held: list[list[int]] = [[] for _ in range(n)]  # shared concepts each candidate carries
    carriers = list(problem.shared)
    weight = list(problem.shared.values())
    for k, js in enumerate(carriers):
        for j in js:
            held[j].append(k)
    gains = [problem.earned[j] + sum(weight[k] for k in held[j]) for j in range(n)]
    # Rounding in the running sums is far below this; a branch must beat the best by more to be searched.
    tolerance = 1e-12 * max(1.0, sum(gains))
    covered = [0] * len(weight)  # how many chosen candidates carry each shared concept
    chosen: list[int] = []
    best: list[int] = []
    best_value = 0.0
    nodes = 0

    def search(open_: list[int], gain: list[float], value: float, room: int) -> bool:
        """Every selection that adds to `chosen` from `open_`; False once past `max_nodes`."""
        nonlocal best, best_value, nodes
        nodes += 1
        if nodes > max_nodes:
            return False
        order = sorted(open_, key=lambda j: -gain[j] / costs[j])
        # The fractional knapsack of order[k:]: order[k:end] whole, then part of order[end].
        end, spent, whole = 0, 0, 0.0
        for k, j in enumerate(order):
            while end < len(order) and spent + costs[order[end]] <= room:
                spent += costs[order[end]]
                whole += gain[order[end]]
                end += 1
            bound = whole + (gain[order[end]] * (room - spent) / costs[order[end]] if end < len(order) else 0.0)
            if value + bound <= best_value * (1 + gap) + tolerance:
                return True
            taken = value + gain[j]
            rest = room - costs[j]
            after = gain[:]
            for c in held[j]:
                if not covered[c]:
                    for t in carriers[c]:
                        after[t] -= weight[c]
                covered[c] += 1
            chosen.append(j)
            if taken > best_value + tolerance:
                best, best_value = list(chosen), taken
            # A sentence that adds nothing cannot improve a selection: leave it out.
            following = [t for t in order[k + 1 :] if costs[t] <= rest and groups[t] != groups[j] and after[t] > tolerance]
            finished = not following or search(following, after, taken, rest)
            chosen.pop()
            for c in held[j]:
                covered[c] -= 1
            if not finished:
                return False
            # Later branches leave order[k] out.
            spent -= costs[j]
            whole -= gain[j]
        return True

    start = [j for j in range(n) if costs[j] <= limit and gains[j] > 0]
    if not search(start, gains, 0.0, limit):
        return None
    return best


# HiGHS stops after this many nodes. The 250-word selections of the development sets take at most 175, and
# in seconds up to 2 on a busy machine: a limit on work, unlike one on time, ends every run at the same selection.
HIGHS_NODES = 1_000


def highs(
    problem: CoverageProblem, limit: int, time_limit: float, gap: float, max_nodes: int = HIGHS_NODES
) -> list[int] | None:
    """The selection (candidate positions) as an integer linear program solved by HiGHS; None if it finds none.

    The search ends at `max_nodes` nodes or `time_limit` seconds, whichever comes first, with the best selection found.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_array

    costs, shared = problem.costs, problem.shared
    n_s, n_c = len(costs), len(shared)
    rows, cols, vals, upper = [], [], [], []

    def constraint(entries: list[tuple[int, float]], bound: float) -> None:
        for col, val in entries:
            rows.append(len(upper))
            cols.append(col)
            vals.append(val)
        upper.append(bound)

    constraint([(j, float(c)) for j, c in enumerate(costs)], float(limit))
    for k, js in enumerate(shared):
        # A concept counts only if some selected sentence carries it.
        constraint([(n_s + k, 1.0)] + [(j, -1.0) for j in js], 0.0)
    by_group: dict[int, list[int]] = {}
    for j, g in enumerate(problem.groups):
        by_group.setdefault(g, []).append(j)
    for js in by_group.values():
        if len(js) > 1:
            constraint([(j, 1.0) for j in js], 1.0)

    objective = -np.concatenate([np.array(problem.earned, dtype=float), np.fromiter(shared.values(), float, n_c)])
    matrix = coo_array((vals, (rows, cols)), shape=(len(upper), n_s + n_c)).tocsr()
    result = milp(
        objective,
        constraints=LinearConstraint(matrix, -np.inf, np.array(upper)),
        integrality=np.concatenate([np.ones(n_s), np.zeros(n_c)]),
        bounds=Bounds(0, 1),
        # Presolve costs more than it saves on these small, sparse programs.
        options={"time_limit": time_limit, "node_limit": max_nodes, "disp": False, "mip_rel_gap": gap, "presolve": False},
    )
    if result.x is None:
        return None
    chosen = [j for j in range(n_s) if result.x[j] > 0.5]
    if sum(costs[j] for j in chosen) > limit:
        return None
    return chosen


def greedy(weights, units, costs, groups, limit, candidates, prior=None) -> list[int]:
    """Repeatedly add the sentence that gains most new concept weight per unit of cost."""
    chosen: list[int] = []
    covered: set[str] = set()
    used_groups: set[int] = set()
    spent = 0
    pool = list(candidates)
    while pool:
        def gain(i: int) -> float:
            return (sum(weights.get(c, 0.0) for c in dict.fromkeys(units[i]) if c not in covered) + (prior[i] if prior else 0.0)) / costs[i]

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
    """Select the sentences that cover the most important concepts within the budget.

    `weighting`: "learned" weighs a concept by its probability of appearing in
    a human summary (`model`, by default the one shipped with the package);
    "support" by the reports that carry it, plus `position_bonus` for each
    report that gives it in its first sentence (less in later ones).
    `min_support`: reports that must share a concept for it to count.
    `min_probability`: learned weights below this are left out.
    `unigram_weight`: with learned weights, content words count too, their
    probability times this (`unigram_model`, by default the shipped one).
    `lead_bonus`: what a report's first sentence earns by itself (the
    second half as much, and so on), besides its concepts.
    `min_words`, `quotes`: which sentences may stand in a summary.
    """

    name: str = "concepts"
    weighting: str = "learned"
    model: ConceptModel | None = None
    unigram_model: ConceptModel | None = None
    unigram_weight: float = 0.5
    min_support: int = 2
    min_probability: float = 0.0
    position_bonus: float = 1.0
    min_words: int = 8
    quotes: bool = False
    time_limit: float = 30.0  # a guard against a runaway search: HIGHS_NODES is what ends one
    gap: float = 0.0
    max_candidates: int | None = 50
    lead_bonus: float = 0.4

    def weights(self, corpus: Corpus, units: Sequence[tuple[str, ...]]) -> dict[str, float]:
        if self.weighting == "support":
            return concept_weights(corpus, units, self.min_support, self.position_bonus)
        model = self.model or trained_model("bigram")
        return learned_weights(corpus, units, model, self.min_support, self.min_probability)

    def concepts_and_weights(self, corpus: Corpus) -> tuple[list[tuple[str, ...]], dict[str, float]]:
        """What selection covers: each sentence's concepts (bigrams, and content words if they count) and their weights."""
        units = [concepts(s.text) for s in corpus.sentences]
        weights = self.weights(corpus, units)
        if self.unigram_weight and self.weighting == "learned":
            words_of = [unigrams(s.text) for s in corpus.sentences]
            model = self.unigram_model or trained_model("unigram")
            content = learned_weights(corpus, words_of, model, self.min_support, self.min_probability)
            # A bigram has a space and a stem none, so the two kinds never collide.
            weights.update({c: self.unigram_weight * w for c, w in content.items()})
            units = [b + u for b, u in zip(units, words_of)]
        return units, weights

    def covered_by(self, text: str) -> tuple[str, ...]:
        """The concepts a text covers, in `concepts_and_weights`'s terms: bigrams, then content words if they count."""
        found = concepts(text)
        if self.unigram_weight and self.weighting == "learned":
            found = found + unigrams(text)
        # In the text's own order, so sums over them are the same in every process.
        return tuple(dict.fromkeys(found))

    def __call__(self, corpus: Corpus, budget: Budget) -> list[int]:
        return self.choose(corpus, budget, *self.concepts_and_weights(corpus))

    def choose(
        self, corpus: Corpus, budget: Budget, units: Sequence[tuple[str, ...]], weights: Mapping[str, float]
    ) -> list[int]:
        """The selection, given what `concepts_and_weights` says of the corpus."""
        costs = [cost(s.text, budget) for s in corpus.sentences]
        # A report's first sentences carry its news: what they earn by themselves.
        prior = [self.lead_bonus / (1 + s.index) for s in corpus.sentences]
        for min_words, quotes in ((self.min_words, self.quotes), (1, True)):
            # Short or quoted sentences stand in only when nothing else can: a brief of quotes beats none.
            allowed = [is_candidate(s, min_words, quotes) for s in corpus.sentences]
            chosen = select(
                weights,
                [found if ok else () for found, ok in zip(units, allowed)],
                costs,
                corpus.groups,
                capacity(budget),
                self.time_limit,
                self.gap,
                self.max_candidates,
                prior,
            )
            if chosen:
                break
        return chosen
