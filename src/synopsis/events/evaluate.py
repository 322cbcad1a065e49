"""How well found events match gold events: BCubed precision, recall, F1 and adjusted Rand index."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from typing import NamedTuple


class ClusteringScore(NamedTuple):
    precision: float
    recall: float
    f1: float
    ari: float
    events: int  # events found
    gold_events: int


def bcubed(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """BCubed (Bagga & Baldwin 1998): per-item precision and recall of its cluster, averaged.

    An item's precision is the share of its predicted cluster that shares its gold
    label; its recall is the share of its gold class that shares its predicted cluster.
    """
    _check(predicted, gold)
    pairs = Counter(zip(predicted, gold))
    cluster_sizes = Counter(predicted)
    class_sizes = Counter(gold)
    # Every item in cell (c, g) has the same precision n_cg/|c| and recall n_cg/|g|.
    precision = sum(n * n / cluster_sizes[c] for (c, g), n in pairs.items()) / len(gold)
    recall = sum(n * n / class_sizes[g] for (c, g), n in pairs.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def adjusted_rand(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> float:
    """Adjusted Rand index (Hubert & Arabie 1985): pair agreement corrected for chance."""
    _check(predicted, gold)
    from sklearn.metrics import adjusted_rand_score

    return float(adjusted_rand_score(_codes(gold), _codes(predicted)))


def score(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> ClusteringScore:
    precision, recall, f1 = bcubed(predicted, gold)
    return ClusteringScore(
        precision, recall, f1, adjusted_rand(predicted, gold), len(set(predicted)), len(set(gold))
    )


def _codes(labels: Sequence[Hashable]) -> list[int]:
    # sklearn wants comparable labels; mixed types (None and str) are not.
    seen: dict[Hashable, int] = {}
    return [seen.setdefault(label, len(seen)) for label in labels]


def _check(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> None:
    if len(predicted) != len(gold):
        raise ValueError(f"{len(predicted)} predicted labels for {len(gold)} gold labels")
    if not gold:
        raise ValueError("no labels to score")
