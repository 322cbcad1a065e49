import itertools
import random

import pytest

from synopsis.summarize.concepts import CoverageProblem, branch_and_bound, coverage_problem, highs, select


def random_instance(rng: random.Random, sentences: int, names: int, whole: bool):
    """Weights, units, costs, groups, limit and priors; whole-number weights make ties common."""
    concepts = [f"c{k}" for k in range(names)]
    weights = {c: float(rng.randint(1, 4)) if whole else rng.uniform(0.1, 3.0) for c in concepts}
    units = [tuple(rng.sample(concepts, rng.randint(0, min(5, names)))) for _ in range(sentences)]
    costs = [rng.randint(1, 9) for _ in units]
    groups = [rng.randint(0, sentences // 2) for _ in units]
    prior = [rng.choice([0.0, 0.0, 0.5, 1.0]) for _ in units]
    return weights, units, costs, groups, rng.randint(0, 25), prior


def worth(chosen, weights, units, prior) -> float:
    """What a selection earns, counted from scratch: each concept once, and each sentence's prior."""
    return sum(weights[c] for c in {c for i in chosen for c in units[i]} if c in weights) + sum(prior[i] for i in chosen)


def brute_force(weights, units, costs, groups, limit, prior) -> float:
    """The best worth of any feasible selection; a sentence with no concepts is no candidate, as select has it."""
    best = 0.0
    allowed = [i for i, found in enumerate(units) if found]
    for size in range(len(allowed) + 1):
        for subset in itertools.combinations(allowed, size):
            if sum(costs[i] for i in subset) <= limit and len({groups[i] for i in subset}) == size:
                best = max(best, worth(subset, weights, units, prior))
    return best


def feasible(chosen, costs, groups, limit) -> bool:
    return sum(costs[i] for i in chosen) <= limit and len({groups[i] for i in chosen}) == len(chosen)


@pytest.mark.parametrize("whole", [True, False], ids=["ties", "real weights"])
def test_select_matches_brute_force_on_small_random_instances(whole):
    rng = random.Random(11 if whole else 12)
    for _ in range(150):
        weights, units, costs, groups, limit, prior = random_instance(rng, rng.randint(0, 10), rng.randint(1, 10), whole)
        chosen = select(weights, units, costs, groups, limit, prior=prior)
        assert feasible(chosen, costs, groups, limit)
        assert worth(chosen, weights, units, prior) == pytest.approx(brute_force(weights, units, costs, groups, limit, prior), abs=1e-9)


def test_branch_and_bound_matches_highs_on_larger_random_problems():
    rng = random.Random(5)
    for _ in range(25):
        weights, units, costs, groups, _, prior = random_instance(rng, 40, 60, whole=rng.random() < 0.5)
        costs = [rng.randint(8, 40) for _ in units]
        candidates = [i for i, found in enumerate(units) if found]
        problem = coverage_problem(weights, units, costs, groups, candidates, [prior[i] for i in candidates])
        exact = branch_and_bound(problem, 100)
        solved = highs(problem, 100, time_limit=60.0, gap=0.0)
        assert feasible(exact, problem.costs, problem.groups, 100)
        assert problem.value(exact) == pytest.approx(problem.value(solved), abs=1e-9)


def test_one_sentence_per_group_even_when_both_would_fit():
    problem = CoverageProblem(costs=(3, 3, 5), groups=(0, 0, 1), earned=(4.0, 3.0, 1.0), shared={})
    assert sorted(branch_and_bound(problem, 10)) == [0, 2]


def test_a_shared_concept_counts_once():
    # Apart, 0 and 1 each earn most; together they earn the shared concept once, less than 0 with 2.
    problem = CoverageProblem(costs=(2, 2, 2), groups=(0, 1, 2), earned=(1.0, 1.0, 2.5), shared={(0, 1): 3.0})
    assert sorted(branch_and_bound(problem, 4)) == [0, 2]
    assert problem.value([0, 2]) == 6.5


def test_nothing_to_choose():
    assert branch_and_bound(CoverageProblem((), (), (), {}), 100) == []
    assert branch_and_bound(CoverageProblem((5, 6), (0, 1), (1.0, 2.0), {}), 4) == []
    assert branch_and_bound(CoverageProblem((5,), (0,), (0.0,), {}), 10) == []
    assert select({"a": 1.0}, [("a",), ()], [3, 2], [0, 1], 2) == []


def test_a_search_past_its_node_limit_gives_up_and_select_still_finds_the_optimum():
    rng = random.Random(3)
    weights, units, costs, groups, limit, prior = random_instance(rng, 10, 8, whole=False)
    limit = 20
    candidates = [i for i, found in enumerate(units) if found]
    problem = coverage_problem(weights, units, costs, groups, candidates, [prior[i] for i in candidates])
    assert branch_and_bound(problem, limit, max_nodes=1) is None
    best = brute_force(weights, units, costs, groups, limit, prior)
    assert problem.value(highs(problem, limit, time_limit=60.0, gap=0.0)) == pytest.approx(best)
    assert worth(select(weights, units, costs, groups, limit, prior=prior), weights, units, prior) == pytest.approx(best)


def test_highs_stops_at_its_node_limit_with_the_same_selection_every_time():
    # A bound on work, not on seconds: a busy machine must not end the search elsewhere.
    rng = random.Random(29)
    weights, units, costs, groups, _, prior = random_instance(rng, 60, 80, whole=False)
    costs = [rng.randint(8, 40) for _ in units]
    candidates = [i for i, found in enumerate(units) if found]
    problem = coverage_problem(weights, units, costs, groups, candidates, [prior[i] for i in candidates])
    exact = problem.value(branch_and_bound(problem, 150, max_nodes=10**6))
    stopped = highs(problem, 150, time_limit=60.0, gap=0.0, max_nodes=1)
    assert feasible(stopped, problem.costs, problem.groups, 150)
    assert problem.value(stopped) < exact - 1e-6, "one node does not reach the optimum here"
    assert highs(problem, 150, time_limit=60.0, gap=0.0, max_nodes=1) == stopped
    assert problem.value(highs(problem, 150, time_limit=60.0, gap=0.0)) == pytest.approx(exact)


def test_a_selection_too_long_to_search_is_left_to_highs():
    problem = CoverageProblem(costs=(1,) * 1200, groups=tuple(range(1200)), earned=(1.0,) * 1200, shared={})
    assert branch_and_bound(problem, 1100) is None
    assert len(highs(problem, 1100, time_limit=60.0, gap=0.0)) == 1100
    units = [(f"c{i}",) for i in range(1200)]
    assert len(select({c: 1.0 for (c,) in units}, units, [1] * 1200, list(range(1200)), 1100)) == 1100


def test_negative_concept_weights_are_left_to_highs():
    problem = CoverageProblem(costs=(1, 1), groups=(0, 1), earned=(2.0, 2.0), shared={(0, 1): -1.0})
    assert branch_and_bound(problem, 2) is None
    weights, units = {"a": 2.0, "b": 2.0, "x": -1.0}, [("a", "x"), ("b", "x")]
    assert sorted(select(weights, units, [1, 1], [0, 1], 2)) == [0, 1]


def test_a_gap_gives_a_selection_within_it():
    rng = random.Random(9)
    for _ in range(40):
        weights, units, costs, groups, limit, prior = random_instance(rng, 9, 9, whole=False)
        candidates = [i for i, found in enumerate(units) if found]
        problem = coverage_problem(weights, units, costs, groups, candidates, [prior[i] for i in candidates])
        best = brute_force(weights, units, costs, groups, limit, prior)
        chosen = branch_and_bound(problem, limit, gap=0.2)
        assert feasible(chosen, problem.costs, problem.groups, limit)
        assert problem.value(chosen) * 1.2 >= best - 1e-9


def test_the_same_problem_gets_the_same_selection():
    rng = random.Random(4)
    weights, units, costs, groups, limit, prior = random_instance(rng, 30, 20, whole=True)
    assert select(weights, units, costs, groups, 60, prior=prior) == select(weights, units, costs, groups, 60, prior=prior)
