"""TF-IDF vectors of short texts and the pairs of them that are alike.

Rows are texts (sentences, as a rule) given as token lists, usually
`synopsis.text.tokens.content_stems`; every row has unit length, so a dot
product is a cosine. `similar_pairs` finds every pair above a cosine threshold
without comparing all pairs: it uses prefix filtering (Bayardo, Ma & Srikant
2007, "Scaling up all pairs similarity search"), which is exact.

The arithmetic is numpy's, on CSR arrays (`Rows`): a summary never imports
scipy, whose sparse module alone costs 0.2 s of start-up. scipy matrices are
taken and given at the edges (`Rows.of`, `Rows.sparse`, `term_counts`,
`normalize_rows`), with the very numbers scipy's own operations give.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy import sparse


@dataclass(frozen=True)
class Rows:
    """Sparse rows in scipy's CSR layout: row i has columns `indices[indptr[i]:indptr[i + 1]]`, ascending, and their `data`."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    width: int

    @classmethod
    def of(cls, matrix) -> Rows:
        """The rows of a scipy sparse matrix, repeated entries summed."""
        from scipy import sparse

        matrix = sparse.csr_matrix(matrix)
        matrix.sum_duplicates()
        return cls(matrix.indptr.astype(np.int64), matrix.indices.astype(np.int64), matrix.data, matrix.shape[1])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.indptr) - 1, self.width

    @property
    def nnz(self) -> int:
        return len(self.data)

    def row_of_entries(self) -> np.ndarray:
        """The row of each stored entry."""
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def take(self, rows: np.ndarray) -> Rows:
        """The given rows, in the given order (repeats allowed)."""
        rows = np.asarray(rows, dtype=np.int64)
        sizes = np.diff(self.indptr)[rows]
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(sizes, out=indptr[1:])
        at = _ranges(self.indptr[rows], sizes)
        return Rows(indptr, self.indices[at], self.data[at], self.width)

    def sparse(self) -> sparse.csr_matrix:
        """The rows as a scipy matrix (scipy is imported here, and only here)."""
        from scipy import sparse

        return sparse.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)


@dataclass(frozen=True)
class TermMatrix:
    """Unit-length TF-IDF rows, one per text; `vocabulary` maps a term to its column."""

    rows: Rows
    vocabulary: dict[str, int]
    idf: np.ndarray

    @functools.cached_property
    def matrix(self) -> sparse.csr_matrix:
        """The rows as a scipy matrix, built on first use and read-only, as the rows it shares are."""
        matrix = self.rows.sparse()
        for array in (matrix.data, matrix.indices, matrix.indptr):
            array.flags.writeable = False
        return matrix


def count_rows(texts: Sequence[Sequence[str]]) -> tuple[Rows, dict[str, int]]:
    """How often each term occurs in each text, with the vocabulary in order of first use."""
    flat = [t for tokens in texts for t in tokens]
    vocabulary = {t: i for i, t in enumerate(dict.fromkeys(flat))}
    width = len(vocabulary)
    # Looked up with map() rather than a loop of setdefault: the loop was most of the time.
    columns = np.fromiter(map(vocabulary.__getitem__, flat), dtype=np.int64, count=len(flat))
    row_of = np.repeat(np.arange(len(texts)), [len(tokens) for tokens in texts])
    # One key a (row, column): sorted and counted, they are the rows in CSR order.
    keys, counts = np.unique(row_of * max(width, 1) + columns, return_counts=True)
    indptr = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys // max(width, 1), minlength=len(texts)), out=indptr[1:])
    return Rows(indptr, keys % max(width, 1), counts.astype(np.float64), width), vocabulary


def term_counts(texts: Sequence[Sequence[str]]) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """`count_rows` as a scipy matrix."""
    rows, vocabulary = count_rows(texts)
    return rows.sparse(), vocabulary


def inverse_document_frequency(counts: Rows | sparse.csr_matrix) -> np.ndarray:
    """Smoothed idf, log((1 + n) / (1 + df)) + 1: a term in every text still weighs a little."""
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return np.log((1.0 + n) / (1.0 + df)) + 1.0


def unit_rows(rows: Rows) -> Rows:
    """Each row scaled to unit length; empty rows stay empty."""
    data = rows.data
    # Summed as scipy sums a row (one reduceat over the row's squares), so the norms are scipy's to the bit.
    squares = np.zeros(rows.shape[0])
    filled = np.flatnonzero(np.diff(rows.indptr))
    if len(filled):
        squares[filled] = np.add.reduceat(data * data, rows.indptr[filled])
    norms = np.sqrt(squares)
    norms[norms == 0] = 1.0
    return _nonzero(Rows(rows.indptr, rows.indices, (1.0 / norms)[rows.row_of_entries()] * data, rows.width))


def normalize_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each row of a scipy matrix scaled to unit length; empty rows stay empty."""
    return unit_rows(Rows.of(matrix)).sparse()


def tfidf(texts: Sequence[Sequence[str]], idf: np.ndarray | None = None) -> TermMatrix:
    """Unit-length TF-IDF rows; the idf is taken from the texts themselves unless given."""
    counts, vocabulary = count_rows(texts)
    weights = inverse_document_frequency(counts) if idf is None else idf
    return TermMatrix(unit_rows(_nonzero(counts, weights)), vocabulary, weights)


def similar_pairs(
    matrix: Rows | sparse.csr_matrix, threshold: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every pair i < j of unit-length, positive rows with cosine >= threshold: (i, j, cosine, shared).

    `shared` counts the terms both rows have.

    A row's prefix is its rarest terms, as many as needed for the rest of the
    row to have norm below `threshold`; a pair that reaches the threshold must
    share a prefix term of either row, so only those pairs are scored.
    """
    rows = matrix if isinstance(matrix, Rows) else Rows.of(matrix)
    empty = np.zeros(0, dtype=np.int64)
    if rows.shape[0] < 2 or rows.nnz == 0:
        return empty, empty, np.zeros(0), empty
    row_of = rows.row_of_entries()
    # A pair above the threshold shares a prefix term of each row, so one triangle finds it:
    # every row j > i that has a term of row i's prefix.
    prefix = _prefix(rows, row_of, threshold)
    by_column = np.argsort(rows.indices, kind="stable")
    column_start = np.zeros(rows.width + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows.indices, minlength=rows.width), out=column_start[1:])
    terms = rows.indices[prefix]
    holders = column_start[terms + 1] - column_start[terms]
    first = np.repeat(row_of[prefix], holders)
    second = row_of[by_column[_ranges(column_start[terms], holders)]]
    n = rows.shape[0]
    pairs = _distinct(first[first < second] * n + second[first < second])
    first, second = pairs // n, pairs % n
    # Each pair's products over the terms both rows have, in column order, summed per pair as scipy does.
    sizes = np.diff(rows.indptr)[first]
    mine = _ranges(rows.indptr[first], sizes)
    keys = row_of * rows.width + rows.indices  # ascending: rows in order, columns sorted within
    wanted = np.repeat(second, sizes) * rows.width + rows.indices[mine]
    theirs = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    both = keys[theirs] == wanted
    products = rows.data[mine[both]] * rows.data[theirs[both]]
    pair = np.repeat(np.arange(len(pairs)), sizes)[both][products != 0]
    products = products[products != 0]
    shared = np.bincount(pair, minlength=len(pairs))
    scores = np.zeros(len(pairs))
    filled = np.flatnonzero(shared)
    if len(filled):
        scores[filled] = np.add.reduceat(products, np.concatenate([[0], np.cumsum(shared)[:-1]])[filled])
    keep = scores >= threshold - 1e-12
    return first[keep], second[keep], scores[keep], shared[keep]


def _prefix(rows: Rows, row_of: np.ndarray, threshold: float) -> np.ndarray:
    """Which entries are in their row's prefix: its rarest terms, up to where the rest can no longer reach the threshold."""
    df = np.bincount(rows.indices, minlength=rows.width)
    # Within each row, rarest term first (ties by column, so the order is the same everywhere).
    order = np.lexsort((rows.indices, df[rows.indices], row_of))
    squares = rows.data[order] ** 2
    # Squared norm of the row's entries after each position.
    total = np.zeros(rows.shape[0])
    np.add.at(total, row_of, rows.data**2)
    before = np.cumsum(squares) - squares
    row_start_cum = np.concatenate([[0.0], np.cumsum(squares)])[rows.indptr[:-1]]
    after = total[row_of] - (before - row_start_cum[row_of]) - squares
    # Keep an entry while the norm of what follows it (and it) can still reach the threshold.
    in_prefix = np.zeros(rows.nnz, dtype=bool)
    in_prefix[order[(after + squares) >= threshold**2 - 1e-12]] = True
    return in_prefix


def _nonzero(rows: Rows, weights: np.ndarray | None = None) -> Rows:
    """The rows without stored zeros (as scipy's products leave none), after weighting if weights are given."""
    data = rows.data if weights is None else rows.data * weights[rows.indices]
    kept = data != 0
    if kept.all():
        return Rows(rows.indptr, rows.indices, data, rows.width)
    indptr = np.zeros_like(rows.indptr)
    np.cumsum(np.bincount(rows.row_of_entries()[kept], minlength=rows.shape[0]), out=indptr[1:])
    return Rows(indptr, rows.indices[kept], data[kept], rows.width)


def _distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values: np.unique without its check for masked arrays, which imports numpy.ma (40 ms)."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if len(values) else values


def _ranges(starts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """start, start + 1, ..., start + size - 1 for every (start, size), one after the other."""
    ends = np.cumsum(sizes)
    return np.repeat(starts - ends + sizes, sizes) + np.arange(ends[-1] if len(ends) else 0)
