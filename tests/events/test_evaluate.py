"""BCubed and adjusted Rand on examples small enough to check by hand."""

import pytest

from synopsis.events.evaluate import adjusted_rand, bcubed, score


def test_bcubed_by_hand():
    # Cluster a holds two x; cluster b holds one x and one y.
    # Precision per item: 1, 1, 1/2, 1/2 -> 3/4. Recall: 2/3, 2/3, 1/3, 1 -> 2/3.
    precision, recall, f1 = bcubed(["a", "a", "b", "b"], ["x", "x", "x", "y"])
    assert precision == pytest.approx(0.75)
    assert recall == pytest.approx(2 / 3)
    assert f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_bcubed_extremes():
    gold = ["x", "x", "y", "y"]
    assert bcubed(["p", "p", "q", "q"], gold) == (1.0, 1.0, 1.0)
    assert bcubed(["1", "2", "3", "4"], gold)[:2] == (1.0, 0.5)  # all singletons: perfect precision
    assert bcubed(["all"] * 4, gold)[:2] == (0.5, 1.0)  # one cluster: perfect recall


def test_labels_need_not_match_names():
    assert bcubed([7, 7, 3], ["b", "b", "a"]) == (1.0, 1.0, 1.0)


def test_adjusted_rand_by_hand():
    assert adjusted_rand(["a", "a", "b", "b"], ["x", "x", "y", "y"]) == pytest.approx(1.0)
    # Pairs: same-same 1 (items 1,2); the index for this split is -0.5 (worse than chance).
    assert adjusted_rand(["a", "b", "a", "b"], ["x", "x", "y", "y"]) == pytest.approx(-0.5)


def test_score_counts_events():
    result = score(["e1", "e1", "e2"], ["x", "y", "y"])
    assert (result.events, result.gold_events) == (2, 2)


def test_mismatched_lengths_are_refused():
    with pytest.raises(ValueError):
        bcubed(["a"], ["x", "y"])
    with pytest.raises(ValueError):
        score([], [])
