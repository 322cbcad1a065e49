"""Content units: the sentences, across reports, that say the same thing.

Reports on one story retell the same facts, often in the same wire sentence
lightly edited ("Regime forces have seized dozens of towns..." / "Syria regime
forces have seized dozens of towns..."; "The UN has called for..." / "The world
body has called for..."). Two sentences are alike when the cosine of their
TF-IDF vectors of content-word stems is high, or fairly high while most of the
shorter sentence's stems appear in the longer one (one sentence extends the
other); either way they must share at least three content words, since two
short sentences that share one or two say different things. Figures are left
out of the vectors: "29 towns" and "25 towns" are the same content unit told
with different numbers; the fact sheet reports that disagreement, and
attribution cites only the reports whose figures agree.

Units are formed by complete linkage: two units merge only if every pair of
their sentences is alike, so a chain of loosely related sentences never
becomes one unit. Identical sentences (a syndicated copy) share a unit at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from synopsis.model import Document, Sentence
from synopsis.similarity.tfidf import Rows, similar_pairs, tfidf

if TYPE_CHECKING:
    from scipy import sparse

# Cosine at which two sentences say the same thing outright.
SAME = 0.5
# A lower cosine suffices when the shorter sentence is mostly contained in the longer.
NEAR = 0.4
CONTAINED = 0.65
# Two short sentences sharing a word or two ("worse", "year") say different things.
SHARED = 3


@dataclass(frozen=True)
class ContentUnits:
    """Every sentence of every report, in report order, with its content unit.

    `groups[i]` is the unit of `sentences[i]` (units numbered in order of first
    appearance); `support[i]` counts the independent reports that carry that
    unit: a syndicated copy counts with its original. `rows` holds the
    sentences' unit-length TF-IDF rows, in the same order.
    """

    sentences: tuple[Sentence, ...]
    groups: tuple[int, ...]
    support: tuple[int, ...]
    rows: Rows

    @property
    def vectors(self) -> sparse.csr_matrix:
        """`rows` as a scipy matrix."""
        return self.rows.sparse()

    def compare(self, i: int, j: int) -> tuple[float, int, int, int]:
        """Cosine of sentences i and j, the terms they share, and each one's number of terms."""
        indptr, indices, data = self.rows.indptr, self.rows.indices, self.rows.data
        a, b = slice(indptr[i], indptr[i + 1]), slice(indptr[j], indptr[j + 1])
        _, in_a, in_b = np.intersect1d(indices[a], indices[b], assume_unique=True, return_indices=True)
        cosine = float(data[a][in_a] @ data[b][in_b])
        return cosine, len(in_a), a.stop - a.start, b.stop - b.start

    def cosine(self, i: int, j: int) -> float:
        return self.compare(i, j)[0]

    def say_the_same(self, i: int, j: int) -> bool:
        """Whether sentences i and j are alike, whatever units they ended up in."""
        cosine, shared, size_a, size_b = self.compare(i, j)
        return bool(alike(np.array([cosine]), np.array([shared]), np.array([size_a]), np.array([size_b]))[0])

    def members(self) -> dict[int, list[int]]:
        """Each unit's sentences, as indices into `sentences`, in report order."""
        found: dict[int, list[int]] = {}
        for i, group in enumerate(self.groups):
            found.setdefault(group, []).append(i)
        return found


def unit_terms(text: str) -> list[str]:
    """What a sentence is compared on: its content-word stems, figures left out."""
    from synopsis.text.tokens import content_stems

    return [t for t in content_stems(text) if not t.isdigit()]


def content_units(documents: Sequence[Document]) -> ContentUnits:
    """Group the sentences of all reports (duplicates included) into content units."""
    sentences = tuple(s for d in documents for s in d.sentences)
    terms = [unit_terms(s.text) for s in sentences]
    # Identical wordings are one node: syndicated copies cost nothing more.
    # A sentence without content words is alike to nothing, not even another such.
    node_of: dict[tuple, int] = {}
    keys = [tuple(t) if t else ("", i) for i, t in enumerate(terms)]
    nodes = [node_of.setdefault(key, len(node_of)) for key in keys]
    distinct = [list(key) if key and key[0] != "" else [] for key in node_of]
    vectors = tfidf(distinct).rows
    node_group = _complete_link(vectors)
    groups = _renumber([node_group[n] for n in nodes])
    root = {d.id: d.duplicate_of or d.id for d in documents}
    reports: dict[int, set[str]] = {}
    for sentence, group in zip(sentences, groups):
        reports.setdefault(group, set()).add(root.get(sentence.doc, sentence.doc))
    support = tuple(len(reports[g]) for g in groups)
    return ContentUnits(sentences, tuple(groups), support, vectors.take(nodes))


def alike(cosine: np.ndarray, shared: np.ndarray, size_a: np.ndarray, size_b: np.ndarray) -> np.ndarray:
    """Whether sentence pairs say the same thing, from their cosine and the terms they share.

    `shared` counts the distinct terms both have, `size_a` and `size_b` each one's.
    """
    smaller = np.minimum(size_a, size_b)
    contained = np.divide(shared, smaller, out=np.zeros(len(shared)), where=smaller > 0)
    enough = shared >= np.minimum(SHARED, np.maximum(size_a, size_b))
    return enough & ((cosine >= SAME) | ((cosine >= NEAR) & (contained >= CONTAINED)))


def alike_pairs(vectors: Rows) -> list[tuple[float, int, int]]:
    """The alike pairs (cosine, i, j), i < j, most alike first."""
    rows, cols, cosine, shared = similar_pairs(vectors, NEAR)
    sizes = np.diff(vectors.indptr)
    keep = alike(cosine, shared, sizes[rows], sizes[cols])
    pairs = zip(cosine[keep].tolist(), rows[keep].tolist(), cols[keep].tolist())
    return sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))


def _complete_link(vectors: Rows) -> list[int]:
    """A unit id for each row: merge along alike pairs, most alike first, while every pair stays alike."""
    pairs = alike_pairs(vectors)
    linked = {(i, j) for _, i, j in pairs}
    unit = list(range(vectors.shape[0]))
    members = {i: [i] for i in unit}
    for _, i, j in pairs:
        a, b = unit[i], unit[j]
        if a == b:
            continue
        if all((min(x, y), max(x, y)) in linked for x in members[a] for y in members[b]):
            if len(members[a]) < len(members[b]):
                a, b = b, a
            for y in members.pop(b):
                unit[y] = a
                members[a].append(y)
    return unit


def _renumber(groups: Sequence[int]) -> list[int]:
    """Unit ids 0, 1, 2... in order of first appearance, so results never depend on merge order."""
    number: dict[int, int] = {}
    return [number.setdefault(g, len(number)) for g in groups]
