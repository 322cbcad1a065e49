"""Syndication: reports that copy another report nearly word for word.

A wire story reaches many outlets with a new headline, a credit line or a
photo caption added; those copies carry nothing new and must count once.
Two reports are near-duplicates when the Jaccard similarity of their sets of
word shingles (runs of `shingle` words) reaches `threshold`; it is estimated
with MinHash and candidates are found with LSH bands, after an exact
match on the normalised text. With 5-word shingles an exact copy scores 1.0, a
copy with a new headline and credit line about 0.95, while a rewrite that
reuses a few paragraphs of the same wire story scores at most 0.22 (the Idlib
reports in examples/), so the default threshold of 0.8 keeps rewrites apart.
On ECB+, every same-topic pair at 0.8 or more is marked and none below 0.7
(benchmarks/syndication.py).

`DuplicateIndex` is incremental, for streams: `add(id, text)` answers the id
of the earlier report the text copies (or None) and indexes it, in well under a
millisecond for a news-length text (see benchmarks/brief_speed.py). Shingles
are hashed and permuted with numpy in one pass; the signatures are split into
bands as datasketch's `MinHashLSH` does, with its choice of bands and rows, but
without importing datasketch, whose package pulls scipy.stats and
scipy.integrate (about a second at start-up).
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from synopsis.errors import InputError
from synopsis.model import Document
from synopsis.text.tokens import ascii_but_punctuation

_WORD = re.compile(r"\w+")
# Fixes the MinHash permutations, so signatures agree between runs and indexes.
_SEED = 1
_PERMUTATIONS_AT_ONCE = 16


def words(text: str) -> list[str]:
    """The text's lower-cased words, the units of shingles and fingerprints."""
    return _WORD.findall(text.lower())


def tokens_are_words(text: str) -> bool:
    """Whether the text's `words` are its `synopsis.text.tokens.words`, so a caller that has those need not split it again.

    They are when the text is ASCII, but for punctuation no word holds (curly quotes, dashes), without underscores:
    then \\w+ and [a-z0-9]+ find the same runs.
    """
    return "_" not in text and ascii_but_punctuation(text)


def fingerprint(words: Sequence[str]) -> str:
    """A digest of the words, blind to case, spacing and punctuation."""
    return hashlib.blake2b(" ".join(words).encode(), digest_size=16).hexdigest()


@functools.cache
def bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """LSH bands and rows for the threshold, as datasketch's MinHashLSH chooses them (equal weights).

    The (b, r) whose band scheme wrongly pairs and wrongly parts the fewest
    pairs: the areas under the chance of a match below the threshold and of a
    miss above it, summed. Cached: the search tries every (b, r).
    """
    # Gauss-Legendre quadrature on [0, 1] (64 nodes; exact enough for these smooth curves), all (b, r) at once.
    nodes, weights = np.polynomial.legendre.leggauss(64)
    b, r = np.array([(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)], dtype=float).T

    def area(low: float, high: float, miss: bool) -> np.ndarray:
        s = (high - low) / 2 * nodes + (high + low) / 2
        match = 1 - (1 - s[None, :] ** r[:, None]) ** b[:, None]  # P(a pair shares a band)
        return (high - low) / 2 * ((1 - match if miss else match) @ weights)

    wrong = area(0.0, threshold, miss=False) + area(threshold, 1.0, miss=True)
    best = int(np.argmin(wrong))  # the first of equal errors, as a scan in (b, r) order keeps
    return int(b[best]), int(r[best])


@functools.cache
def permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The multipliers and offsets of the MinHash permutations, the same for every index; cached, since a stream
    makes an index a batch and seeding numpy's generator costs a millisecond. Read-only, as they are shared."""
    rng = np.random.RandomState(_SEED)
    multipliers = rng.randint(0, 1 << 32, size=num_perm, dtype=np.uint64).astype(np.uint32) | np.uint32(1)
    offsets = rng.randint(0, 1 << 32, size=num_perm, dtype=np.uint64).astype(np.uint32)
    for values in (multipliers, offsets):
        values.flags.writeable = False
    return multipliers, offsets


@dataclass(frozen=True, eq=False)
class Signature:
    """A MinHash signature: each permutation's least shingle hash."""

    hashvalues: np.ndarray

    def jaccard(self, other: "Signature") -> float:
        """The share of permutations whose minima agree: an estimate of the shingle sets' Jaccard similarity."""
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)


class _BandIndex:
    """Locality-sensitive hashing: signatures that agree on a whole band of `rows` values are candidates."""

    def __init__(self, bands: int, rows: int) -> None:
        self.scheme = (bands, rows)
        self.rows = rows
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in range(bands)]

    def keys(self, signatures: np.ndarray) -> list[tuple[bytes, ...]]:
        """Each signature's band keys: a band's `rows` values as bytes; `signatures` has one signature a row."""
        width = len(self._buckets) * self.rows
        bands = np.ascontiguousarray(signatures[:, :width]).view(np.dtype((np.void, 4 * self.rows)))
        return [tuple(row) for row in bands.tolist()]

    def insert(self, id: str, keys: tuple[bytes, ...]) -> None:
        for bucket, key in zip(self._buckets, keys):
            bucket.setdefault(key, []).append(id)

    def query(self, keys: tuple[bytes, ...]) -> set[str]:
        found: set[str] = set()
        for bucket, key in zip(self._buckets, keys):
            found.update(bucket.get(key, ()))
        return found


def word_hash(word: str) -> int:
    """A stable 32-bit hash of a word (crc32; the interpreter's hash() changes between runs)."""
    return zlib.crc32(word.encode())


class Memo(dict):
    """A function's value for each key asked, computed the first time it is asked: `Memo(word_hash)[word]`.

    Its owner bounds it (by clearing it), so a stream can keep one for its words.
    """

    def __init__(self, function) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, key):
        value = self[key] = self.function(key)
        return value


def shingle_hashes(words: Sequence[str], size: int, hashes: dict[str, int] | None = None) -> np.ndarray:
    """Distinct 32-bit hashes of every run of `size` consecutive words (a shorter text is one run).

    `hashes` maps each word to its `word_hash`, when a batch of texts has them already.
    """
    return np.unique(_run_hashes(_word_hashes(words, hashes), size))


def _word_hashes(words: Sequence[str], hashes: dict[str, int] | None = None) -> np.ndarray:
    found = map(word_hash, words) if hashes is None else map(hashes.__getitem__, words)
    return np.fromiter(found, dtype=np.uint64, count=len(words))


def _run_hashes(hashes: np.ndarray, size: int) -> np.ndarray:
    """The hash of each run of `size` consecutive word hashes (a shorter sequence is one run), in order."""
    if not len(hashes):
        return np.zeros(0, dtype=np.uint32)
    size = min(size, len(hashes))
    runs = len(hashes) - size + 1
    combined = np.zeros(runs, dtype=np.uint64)
    for offset in range(size):
        # A polynomial hash of the run, wrapping modulo 2**64, computed for all runs at once.
        combined = combined * np.uint64(1_000_003) + hashes[offset : offset + runs]
    return ((combined >> np.uint64(32)) ^ (combined & np.uint64(0xFFFFFFFF))).astype(np.uint32)


def _batch_shingles(hashes: Sequence[np.ndarray], size: int) -> list[np.ndarray]:
    """The shingle hashes of each text's word hashes, as `shingle_hashes` makes them but not made distinct.

    The runs are hashed over the whole batch at once; a run that crosses from one
    text into the next is dropped. Repeats do not change a MinHash minimum.
    """
    lengths = [len(text) for text in hashes]
    if sum(lengths) < size:
        return [_run_hashes(text, size) for text in hashes]
    folded = _run_hashes(np.concatenate(hashes), size)
    shingles, start = [], 0
    for text, length in zip(hashes, lengths):
        # A text shorter than a shingle is one run of all its words.
        shingles.append(folded[start : start + length - size + 1] if length >= size else _run_hashes(text, size))
        start += length
    return shingles


@dataclass(frozen=True, eq=False)
class Sketch:
    """What the index compares a report by: a digest of its words and the MinHash signature of its shingles.

    `band_keys` are the signature's LSH band keys under the band scheme `scheme`
    (bands, rows), made with the signatures of a batch, so that adding a sketch
    to an index with that scheme only looks them up.
    """

    key: str
    signature: Signature | None
    band_keys: tuple[bytes, ...] = ()
    scheme: tuple[int, int] = (0, 0)


class DuplicateIndex:
    """An incremental index of reports that finds near-identical copies.

    >>> index = DuplicateIndex()
    >>> index.add("a", text)          # None: nothing earlier to copy
    >>> index.add("b", copy_of_text)  # "a"
    >>> index.add("c", copy_of_b)     # "a": copies resolve to the first report

    Parameters, as in datasketch: `threshold` (Jaccard similarity of word
    shingles at which a report is a copy), `num_perm` (MinHash permutations),
    `shingle` (words a shingle). No work is done until the first `add`.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle: int = 5) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self._lsh = None
        self._signatures: dict[str, Signature] = {}
        self._position: dict[str, int] = {}
        self._exact: dict[str, str] = {}
        self._original: dict[str, str | None] = {}

    def __len__(self) -> int:
        return len(self._original)

    def __contains__(self, id: str) -> bool:
        return id in self._original

    def original(self, id: str) -> str | None:
        """The report that `id` was found to copy, or None if it is an original."""
        return self._original[id]

    def minhash(self, words: Sequence[str]) -> Signature | None:
        """The MinHash signature of the words' shingles (None when there are no words)."""
        filled, minima = self._minima([shingle_hashes(words, self.shingle)])
        return Signature(minima[0]) if len(filled) else None

    def sketches(
        self,
        texts: Sequence[str],
        found: Sequence[list[str] | None] | None = None,
        hashes: Memo | None = None,
        found_hashes: Sequence[np.ndarray | None] | None = None,
    ) -> list[Sketch]:
        """The sketch of each text, for `add` and `query`: one numpy pass for the whole batch.

        `found` may give a text's `words` when the caller has them already (None where it has not),
        and `found_hashes` the `word_hash` of each of them, as uint64 (None where it has not);
        `hashes`, a `Memo(word_hash)` the caller keeps from batch to batch, so each word is hashed once.
        """
        if found is None:
            found = [None] * len(texts)
        if found_hashes is None:
            found_hashes = [None] * len(texts)
        found = [words(text) if known is None else known for text, known in zip(texts, found)]
        if hashes is None:
            hashes = Memo(word_hash)
        word_hashes = [_word_hashes(w, hashes) if known is None else known for w, known in zip(found, found_hashes)]
        filled, minima = self._minima(_batch_shingles(word_hashes, self.shingle))
        sketches = [Sketch(fingerprint(w), None) for w in found]
        index = self._index()
        for i, row, keys in zip(filled.tolist(), minima, index.keys(minima)):
            sketches[i] = Sketch(sketches[i].key, Signature(row), keys, index.scheme)
        return sketches

    def _minima(self, shingles: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """The texts that have shingles, and their MinHash signatures, one a row."""
        multipliers, offsets = permutations(self.num_perm)
        sizes = np.fromiter(map(len, shingles), dtype=np.int64, count=len(shingles))
        filled = np.flatnonzero(sizes)
        if not len(filled):
            return filled, np.zeros((0, self.num_perm), dtype=np.uint32)
        hashes = np.concatenate([shingles[i] for i in filled])
        starts = np.concatenate(([0], np.cumsum(sizes[filled])[:-1]))
        minima = np.empty((self.num_perm, len(filled)), dtype=np.uint32)
        # Each permutation h -> a*h + b (mod 2**32, a odd) is a bijection; keep each one's minimum per text.
        # A row per permutation: reducing along rows is many times faster than down columns. Sixteen permutations
        # at a time keep the permuted batch (a megabyte) in cache, which halves the time of all at once; one buffer
        # for all of them, a fifth faster than a new array each time.
        permuted = np.empty((min(_PERMUTATIONS_AT_ONCE, self.num_perm), len(hashes)), dtype=np.uint32)
        for first in range(0, self.num_perm, _PERMUTATIONS_AT_ONCE):
            chosen = slice(first, first + _PERMUTATIONS_AT_ONCE)
            permuted = permuted[: len(multipliers[chosen])]  # the last group may be smaller
            np.multiply(multipliers[chosen, None], hashes[None, :], out=permuted)
            permuted += offsets[chosen, None]
            np.minimum.reduceat(permuted, starts, axis=1, out=minima[chosen])
        return filled, minima.T.copy()

    def query(self, text: str | Sketch) -> str | None:
        """The earliest indexed report that `text` (or its sketch) copies, without indexing it."""
        sketch = text if isinstance(text, Sketch) else self.sketches([text])[0]
        return self._match(sketch)

    def add(self, id: str, text: str | Sketch) -> str | None:
        """Index a report (its text or its sketch); return the id of the earlier report it copies, or None."""
        if id in self._original:
            raise InputError(f"two articles have the same id: {id}")
        sketch = text if isinstance(text, Sketch) else self.sketches([text])[0]
        copied = self._match(sketch)
        self._original[id] = copied
        self._exact.setdefault(sketch.key, id)
        if sketch.signature is not None:
            self._signatures[id] = sketch.signature
            self._position[id] = len(self._position)
            self._index().insert(id, self._band_keys(sketch))
        return copied

    def _index(self):
        if self._lsh is None:
            self._lsh = _BandIndex(*bands(self.threshold, self.num_perm))
        return self._lsh

    def _band_keys(self, sketch: Sketch) -> tuple[bytes, ...]:
        index = self._index()
        if sketch.scheme == index.scheme:
            return sketch.band_keys
        # A sketch made for another band scheme (another threshold or number of permutations).
        return index.keys(sketch.signature.hashvalues[None, :])[0]

    def _match(self, sketch: Sketch) -> str | None:
        signature = sketch.signature
        if signature is None:
            return None
        if sketch.key in self._exact:
            return self._root(self._exact[sketch.key])
        if not self._signatures:
            return None
        scored = [(signature.jaccard(self._signatures[c]), c) for c in self._index().query(self._band_keys(sketch))]
        scored = [(score, c) for score, c in scored if score >= self.threshold]
        if not scored:
            return None
        # The most similar report; among equals the first indexed, which is the original.
        best = min(scored, key=lambda pair: (-pair[0], self._position[pair[1]]))[1]
        return self._root(best)

    def _root(self, id: str) -> str:
        return self._original[id] or id


def mark_duplicates(documents: Sequence[Document], threshold: float = 0.8) -> list[Document]:
    """The documents, in their order, with `duplicate_of` set on every near-identical copy.

    The original is the earlier report: by date when every report has one,
    otherwise by input order. A copy names the first report of its chain.
    """
    documents = list(documents)
    order = list(range(len(documents)))
    if documents and all(d.article.date is not None for d in documents):
        order.sort(key=lambda i: documents[i].article.date)
    index = DuplicateIndex(threshold=threshold)
    copied: dict[int, str | None] = {}
    for i in order:
        copied[i] = index.add(documents[i].id, _kept_text(documents[i]))
    return [
        d if d.duplicate_of == copied[i] else replace(d, duplicate_of=copied[i])
        for i, d in enumerate(documents)
    ]


def _kept_text(document: Document) -> str:
    # Compare what cleaning kept: captions and page furniture differ between outlets.
    if document.sentences:
        return " ".join(s.text for s in document.sentences)
    return document.article.text
