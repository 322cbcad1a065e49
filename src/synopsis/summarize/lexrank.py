"""LexRank: Erkan & Radev (2004), "LexRank: Graph-based lexical centrality as
salience in text summarization", continuous LexRank.

Sentences are nodes; every pair is joined by its idf-modified cosine (the
cosine of TF-IDF vectors). Each row is divided by its sum, and the stationary
distribution of the random walk with damping `d`,

    p(u) = d / N + (1 - d) * sum_v cos(u, v) / sum_z cos(z, v) * p(v),

is found by power iteration until it moves less than `tolerance`; each step
is two sparse products with the TF-IDF matrix, so the n x n similarity matrix
is never built and large clusters stay linear in their words. Sentences
are taken by that centrality, with MEAD's length cutoff and reranker as in the
paper's DUC runs (see `centroid`). Idf is taken over the cluster's sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from synopsis.model import Budget
from synopsis.similarity.tfidf import tfidf
from synopsis.summarize.base import Corpus, fill
from synopsis.summarize.centroid import long_enough, not_redundant_with, ranking, sentence_terms


def walk(vectors: sparse.csr_matrix) -> Callable[[np.ndarray], np.ndarray]:
    """p -> M^T p, for M the cosine matrix of the rows with each row divided by its sum.

    M^T p = S D^-1 p with S = X X^T symmetric and D its row sums, so each step
    costs two sparse products with X and the n x n matrix is never formed;
    a row without terms links only to itself.
    """
    transposed = sparse.csr_matrix(vectors.T)
    degree = vectors @ (transposed @ np.ones(vectors.shape[0]))
    lonely = degree <= 0
    degree[lonely] = 1.0

    def step(p: np.ndarray) -> np.ndarray:
        moved = vectors @ (transposed @ (p / degree))
        moved[lonely] += p[lonely]
        return moved

    return step


def power_method(
    step: Callable[[np.ndarray], np.ndarray], n: int, damping: float, tolerance: float, max_steps: int = 1000
) -> np.ndarray:
    """The stationary distribution of the damped walk whose undamped step is `step`."""
    p = np.full(n, 1.0 / n)
    for _ in range(max_steps):
        following = damping / n + (1.0 - damping) * step(p)
        if np.abs(following - p).sum() < tolerance:
            return following
        p = following
    return p


def lexrank_scores(vectors: sparse.csr_matrix, damping: float = 0.15, tolerance: float = 1e-6) -> np.ndarray:
    """Continuous LexRank centrality of each row (unit-length TF-IDF vectors)."""
    n = vectors.shape[0]
    if n == 0:
        return np.zeros(0)
    return power_method(walk(sparse.csr_matrix(vectors)), n, damping, tolerance)


@dataclass(frozen=True)
class LexRank:
    name: str = "lexrank"
    damping: float = 0.15
    tolerance: float = 1e-6
    min_words: int = 9
    redundancy: float = 0.7

    def __call__(self, corpus: Corpus, budget: Budget) -> list[int]:
        if not corpus.sentences:
            return []
        vectors = tfidf(sentence_terms(corpus)).matrix
        scores = lexrank_scores(vectors, self.damping, self.tolerance)
        eligible = long_enough(corpus, self.min_words)
        return fill(ranking(scores, eligible), corpus, budget, not_redundant_with(vectors, self.redundancy))
