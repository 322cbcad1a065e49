"""LexRank: Erkan & Radev (2004), "LexRank: Graph-based lexical centrality as
salience in text summarization", continuous LexRank.

Sentences are nodes; every pair is joined by its idf-modified cosine (the
cosine of TF-IDF vectors). Each row is divided by its sum, and the stationary
distribution of the random walk with damping `d`,

    p(u) = d / N + (1 - d) * sum_v cos(u, v) / sum_z cos(z, v) * p(v),

is found by power iteration until it moves less than `tolerance`. Sentences
are taken by that centrality, with MEAD's length cutoff and reranker as in the
paper's DUC runs (see `centroid`). Idf is taken over the cluster's sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from synopsis.model import Budget
from synopsis.similarity.tfidf import tfidf
from synopsis.summarize.base import Corpus, fill
from synopsis.summarize.centroid import long_enough, not_redundant_with, ranking, sentence_terms


def stochastic(similarity: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each row divided by its sum (a sentence with no words links to itself)."""
    similarity = sparse.csr_matrix(similarity)
    sums = np.asarray(similarity.sum(axis=1)).ravel()
    lonely = sums == 0
    if lonely.any():
        similarity = similarity + sparse.diags(lonely.astype(np.float64))
        sums[lonely] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / sums) @ similarity)


def power_method(matrix: sparse.csr_matrix, damping: float, tolerance: float, max_steps: int = 1000) -> np.ndarray:
    """The stationary distribution of the damped walk on a row-stochastic matrix."""
    n = matrix.shape[0]
    p = np.full(n, 1.0 / n)
    transposed = matrix.T.tocsr()
    for _ in range(max_steps):
        following = damping / n + (1.0 - damping) * (transposed @ p)
        if np.abs(following - p).sum() < tolerance:
            return following
        p = following
    return p


def lexrank_scores(vectors: sparse.csr_matrix, damping: float = 0.15, tolerance: float = 1e-6) -> np.ndarray:
    """Continuous LexRank centrality of each row (unit-length TF-IDF vectors)."""
    if vectors.shape[0] == 0:
        return np.zeros(0)
    return power_method(stochastic(vectors @ vectors.T), damping, tolerance)


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
