"""TF-IDF vectors of short texts and the pairs of them that are alike.

Rows are texts (sentences, as a rule) given as token lists, usually
`synopsis.text.tokens.content_stems`; every row has unit length, so a dot
product is a cosine. `similar_pairs` finds every pair above a cosine threshold
without comparing all pairs: it uses prefix filtering (Bayardo, Ma & Srikant
2007, "Scaling up all pairs similarity search"), which is exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse


@dataclass(frozen=True)
class TermMatrix:
    """Unit-length TF-IDF rows, one per text; `vocabulary` maps a term to its column."""

    matrix: sparse.csr_matrix
    vocabulary: dict[str, int]
    idf: np.ndarray


def term_counts(texts: Sequence[Sequence[str]]) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """How often each term occurs in each text, with the vocabulary in order of first use."""
    flat = [t for tokens in texts for t in tokens]
    vocabulary = {t: i for i, t in enumerate(dict.fromkeys(flat))}
    # Looked up with map() rather than a loop of setdefault: the loop was most of the time.
    columns = np.fromiter(map(vocabulary.__getitem__, flat), dtype=np.int64, count=len(flat))
    indptr = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum([len(tokens) for tokens in texts], out=indptr[1:])
    data = np.ones(len(columns), dtype=np.float64)
    counts = sparse.csr_matrix((data, columns, indptr), shape=(len(texts), len(vocabulary)))
    counts.sum_duplicates()
    return counts, vocabulary


def inverse_document_frequency(counts: sparse.csr_matrix) -> np.ndarray:
    """Smoothed idf, log((1 + n) / (1 + df)) + 1: a term in every text still weighs a little."""
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return np.log((1.0 + n) / (1.0 + df)) + 1.0


def normalize_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each row scaled to unit length; empty rows stay empty."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def tfidf(texts: Sequence[Sequence[str]], idf: np.ndarray | None = None) -> TermMatrix:
    """Unit-length TF-IDF rows; the idf is taken from the texts themselves unless given."""
    counts, vocabulary = term_counts(texts)
    weights = inverse_document_frequency(counts) if idf is None else idf
    return TermMatrix(normalize_rows(sparse.csr_matrix(counts @ sparse.diags(weights))), vocabulary, weights)


def similar_pairs(
    matrix: sparse.csr_matrix, threshold: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every pair i < j of unit-length, positive rows with cosine >= threshold: (i, j, cosine, shared).

    `shared` counts the terms both rows have.

    A row's prefix is its rarest terms, as many as needed for the rest of the
    row to have norm below `threshold`; a pair that reaches the threshold must
    share a prefix term of either row, so only those pairs are scored.
    """
    matrix = sparse.csr_matrix(matrix)
    empty = np.zeros(0, dtype=np.int64)
    if matrix.shape[0] < 2 or matrix.nnz == 0:
        return empty, empty, np.zeros(0), empty
    prefix = _prefixes(matrix, threshold)
    present = matrix.copy()
    present.data[:] = 1.0
    # A pair above the threshold shares a prefix term of each row, so one triangle finds it.
    candidates = sparse.triu(prefix @ present.T, k=1).tocoo()
    rows, cols = candidates.row.astype(np.int64), candidates.col.astype(np.int64)
    products = sparse.csr_matrix(matrix[rows].multiply(matrix[cols]))
    scores = np.asarray(products.sum(axis=1)).ravel()
    shared = np.diff(products.indptr)
    keep = scores >= threshold - 1e-12
    return rows[keep], cols[keep], scores[keep], shared[keep]


def _prefixes(matrix: sparse.csr_matrix, threshold: float) -> sparse.csr_matrix:
    """Each row's rarest terms, up to where the remaining weight can no longer reach the threshold."""
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    row_of = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    # Within each row, rarest term first (ties by column, so the order is the same everywhere).
    order = np.lexsort((matrix.indices, df[matrix.indices], row_of))
    squares = matrix.data[order] ** 2
    # Squared norm of the row's entries after each position.
    total = np.zeros(matrix.shape[0])
    np.add.at(total, row_of, matrix.data**2)
    before = np.cumsum(squares) - squares
    row_start_cum = np.concatenate([[0.0], np.cumsum(squares)])[matrix.indptr[:-1]]
    after = total[row_of] - (before - row_start_cum[row_of]) - squares
    # Keep an entry while the norm of what follows it (and it) can still reach the threshold.
    in_prefix = (after + squares) >= threshold**2 - 1e-12
    keep = order[in_prefix]
    data = np.zeros(matrix.nnz)
    data[keep] = 1.0
    prefix = sparse.csr_matrix((data, matrix.indices.copy(), matrix.indptr.copy()), shape=matrix.shape)
    prefix.eliminate_zeros()
    return prefix
