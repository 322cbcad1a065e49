"""What an article is represented by when events are found: weighted terms, named entities and figures.

Both are hashed into a fixed space, so a stream needs no fitted vocabulary and
the document frequencies behind the IDF are counted online in bounded memory.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import NamedTuple

import numpy as np

from synopsis.similarity.duplicates import DuplicateIndex, Memo, Sketch, tokens_are_words, word_hash
from synopsis.text.language import token_words
from synopsis.text.tokens import STOPWORDS, stems, word_end, words

# 2**20 buckets: collisions among a news vocabulary are rare and the counts take 8 MB.
HASH_BITS = 20
_MASK = (1 << HASH_BITS) - 1
# Runs of capitalised words ("Lindsay Lohan", "Betty Ford Center"): cheap named entities.
# The word boundary before the first capital is looked behind it: a pattern that starts with a character class
# lets the regex engine skip to the next capital in C, twice as fast as testing a boundary at every character.
_CAPITALIZED_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*)*")
# In ASCII text \w is [A-Za-z0-9_] and \d is [0-9]: spelled out, the engine tests them as ranges, in 60-70% of the time.
_ASCII_CAPITALIZED_RUN = re.compile(r"[A-Z](?<![A-Za-z0-9_][A-Z])[A-Za-z0-9_'.&-]*(?:[ \t]+[A-Z][A-Za-z0-9_'.&-]*)*")
# Years date an event: two storms of one kind are told apart by when they struck.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Numbers a report gives (tolls, magnitudes, amounts, dates): two events of one kind differ in them.
_FIGURE = re.compile(r"\d(?<!\w\d)[\d,.]*\b")  # \b\d[\d,.]*\b, with the first boundary looked behind, likewise
_ASCII_FIGURE = r"[0-9](?<![A-Za-z0-9_][0-9])[0-9,.]*\b"
_ENTITY_PREFIX = "\x00"  # entities and terms share the hashed space without colliding by name
_FIGURE_PREFIX = "\x01"


def feature(name: str) -> int:
    """The bucket of a term or entity; crc32 is stable across runs, unlike hash()."""
    return zlib.crc32(name.encode()) & _MASK


def terms(text: str) -> Counter[int]:
    """Counts of the text's content stems, by bucket."""
    return Counter(term_buckets([text])[0])


def entities(text: str) -> Counter[int]:
    """Counts of the names in the text: each capitalised run and each of its content words.

    Counting the words as well lets "Lohan" match "Lindsay Lohan"; stopwords drop
    the capitals that only start a sentence ("The", "He").
    """
    return Counter(name_buckets([text])[0])


def term_buckets(texts: Sequence[str]) -> list[list[int]]:
    """The bucket of each content stem of each text, in text order."""
    return Vocabulary().buckets([words(text) for text in texts])


class Vocabulary:
    """What featurizing works out per word, name or number, remembered for those of the last batches.

    Each word a stream meets is given a row, the first time, in which its stem's
    bucket (-1 for a stopword) and its hash for copy sketches are kept; a text's
    words are then looked up once, as rows, and everything else is done by numpy
    on those. The name buckets of each capitalised run and the bucket of each
    number are remembered likewise. At most `size` words, runs and numbers are
    remembered (then they start afresh, before a batch), so memory stays flat
    however many new words a stream brings.
    """

    def __init__(self, size: int = 1 << 15) -> None:
        self.size = size
        self._rows = Memo(self._new_row)
        self._stem_buckets = np.empty(1024, dtype=np.int64)
        self._hashes = np.empty(1024, dtype=np.uint64)
        # `token_words`, what telling the language reads in the word, as one number: words << 32 | English words,
        # so that a text's sums are one running sum (a text holds far fewer than 2**32 words).
        self._read = np.empty(1024, dtype=np.int64)
        self.word_hashes = Memo(word_hash)  # for `DuplicateIndex.sketches`, of the words a text is not split into here
        self._run_names = Memo(_run_names)
        self._figure_buckets = Memo(_figure_bucket)
        self._new_words: list[str] = []  # given rows by the lookups under way, not yet filled

    def _new_row(self, word: str) -> int:
        # A row only: the words a batch meets for the first time are stemmed together once it is looked up.
        self._new_words.append(word)
        return len(self._rows)  # the word is not in yet

    def _fill_rows(self) -> None:
        """Fill the rows of the words met for the first time since the last call; the stemmer takes them in one call,
        at half the cost of a call a word."""
        new = self._new_words
        end = len(self._rows)
        start = end - len(new)
        while len(self._hashes) < end:
            self._stem_buckets = np.concatenate([self._stem_buckets, np.empty_like(self._stem_buckets)])
            self._hashes = np.concatenate([self._hashes, np.empty_like(self._hashes)])
            self._read = np.concatenate([self._read, np.empty_like(self._read)])
        self._stem_buckets[start:end] = [-1 if word in STOPWORDS else feature(stem) for word, stem in zip(new, stems(new))]
        self._hashes[start:end] = list(map(word_hash, new))
        self._read[start:end] = [read << 32 | english for read, english in map(token_words, new)]
        # Only once they are filled: rows an interrupted fill left empty must not be taken for filled ones.
        self._new_words = []

    def _start_batch(self) -> None:
        self._fill_rows()  # any a batch cut short left empty
        for memo in (self._rows, self.word_hashes, self._run_names, self._figure_buckets):
            if len(memo) > self.size:
                memo.clear()

    def buckets(self, found: Sequence[list[str]]) -> list[list[int]]:
        """The bucket of each content word of each word list, in order."""
        self._start_batch()
        row = self._rows.__getitem__
        rows = [list(map(row, text_words)) for text_words in found]
        self._fill_rows()
        return [[b for b in self._stem_buckets[text_rows].tolist() if b >= 0] for text_rows in rows]

    def _hashes_and_read(self, rows: np.ndarray, text_lengths: np.ndarray) -> tuple[list[np.ndarray], list[tuple[int, int]]]:
        """The word hashes of each text and what telling its language reads in it, from its words' rows, one text
        after another."""
        ends = np.cumsum(text_lengths)
        # A text's sum is the difference of the running sum at its ends: no gather of rows, and 0 for no words.
        running = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(self._read[rows])])
        read = running[ends] - running[ends - text_lengths]
        hashes = [found for (found,) in _pieces((self._hashes[rows],), text_lengths)]
        return hashes, list(zip((read >> 32).tolist(), (read & 0xFFFFFFFF).tolist()))

    def featurize(self, texts: Sequence[str], lead_chars: int, lead_times: int, copies: DuplicateIndex) -> Featurized:
        """What clustering events needs of each text that depends on the text alone (see `Featurized`).

        A text's lead runs to the first space at or after `lead_chars`; its terms, names and figures are counted
        as `Counter`s of the lead's buckets `lead_times` times and then the rest's would count them, in the order
        each bucket is first met. The words, names and figures of the whole batch are counted in one numpy pass.
        """
        self._start_batch()
        cuts = [word_end(text, lead_chars) for text in texts]
        parts = [piece for text, cut in zip(texts, cuts) for piece in (text[:cut], text[cut:])]  # lead, rest, ...
        found_words, rows = [], []
        row = self._rows.__getitem__
        for part in parts:
            # Looked up at once, while the new strings are in cache; a list takes them faster than an array("q").
            found_words.append(words(part))
            rows += map(row, found_words[-1])
        rows = np.fromiter(rows, dtype=np.int64, count=len(rows))
        self._fill_rows()
        run_names = self._run_names.__getitem__
        # The names of all parts in one list, and how many each part has.
        names, name_counts = [], []
        for part in parts:
            before = len(names)
            names += chain.from_iterable(map(run_names, capitalized_runs(part)))
            name_counts.append(len(names) - before)
        numbers = list(map(figure_strings, parts))
        # Rows: terms, names, figures; columns: each text's lead and rest.
        lengths = np.array([list(map(len, found_words)), name_counts, list(map(len, numbers))], dtype=np.int64)
        buckets = np.concatenate(
            [
                self._stem_buckets[rows],
                np.array(names, dtype=np.int64),
                np.fromiter(
                    map(self._figure_buckets.__getitem__, chain.from_iterable(numbers)), dtype=np.int64, count=lengths[2].sum()
                ),
            ]
        )
        # Each bucket found belongs to a text's terms, names or figures (3 * text + kind) and weighs as its part.
        groups = 3 * (np.arange(len(parts), dtype=np.int64) // 2) + np.arange(3, dtype=np.int64)[:, None]
        weights = np.tile(np.array([lead_times, 1], dtype=np.float64), (3, len(texts)))
        content = buckets >= 0  # stopwords have no bucket
        unique, totals = _tallied(
            (np.repeat(groups.ravel(), lengths.ravel()) << HASH_BITS | buckets)[content],
            np.repeat(weights.ravel(), lengths.ravel())[content],
        )
        sizes = np.bincount(unique >> HASH_BITS, minlength=3 * len(texts)).reshape(-1, 3)
        counts = Counted.cut(unique & _MASK, 1.0 + np.log(totals), sizes)
        hashes, read = self._hashes_and_read(rows, lengths[0].reshape(-1, 2).sum(axis=1))
        # The cut is at a space, so the words of the whole text are the lead's and then the rest's.
        text_words = [
            lead + rest if tokens_are_words(text) else None
            for text, lead, rest in zip(texts, found_words[::2], found_words[1::2])
        ]
        return Featurized(
            parts[::2],
            counts,
            copies.sketches(texts, text_words, self.word_hashes, [None if w is None else h for w, h in zip(text_words, hashes)]),
            read,
            [years_of_figures(lead + rest) for lead, rest in zip(numbers[::2], numbers[1::2])],
        )


class Featurized(NamedTuple):
    """What `Vocabulary.featurize` gives for each text of a batch: a list each, in the texts' order."""

    leads: list[str]  # headline and lead
    counts: list[Counted]  # terms, names and figures
    sketches: list[Sketch]  # what copies are found by
    read: list[tuple[int, int]]  # `words_read` of its words, for `detect_language`
    years: list[frozenset[str]]


def _tallied(keys: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct key (a group above `HASH_BITS`, a bucket below) with the sum of its weights: by group, and within
    a group in the order the keys are first met, as a `Counter` of each group's keys would hold them."""
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    # Sums of small counts, exact in floats.
    totals = np.bincount(inverse.ravel(), weights=weights, minlength=len(unique))
    # Groups in text order and, within one, its keys in the order first met, as a Counter holds them.
    order = np.lexsort((first, unique >> HASH_BITS))
    return unique[order], totals[order]


def _pieces(arrays: tuple[np.ndarray, ...], sizes: np.ndarray) -> list[tuple[np.ndarray, ...]]:
    """The arrays cut into consecutive pieces of the sizes, as views; slicing is several times faster than np.split."""
    ends = np.cumsum(sizes).tolist()
    return [tuple(array[start:end] for array in arrays) for start, end in zip([0] + ends[:-1], ends)]


def name_buckets(texts: Sequence[str]) -> list[list[int]]:
    """The bucket of each name (see `entities`) of each text, in text order; a batch's runs are read once."""
    names = Memo(_run_names)
    return [[bucket for run in capitalized_runs(text) for bucket in names[run]] for text in texts]


def capitalized_runs(text: str) -> list[str]:
    """The runs of capitalised words in the text ("Lindsay Lohan", "Betty Ford Center"), in order."""
    return (_ASCII_CAPITALIZED_RUN if text.isascii() else _CAPITALIZED_RUN).findall(text)


def _run_names(run: str) -> list[int]:
    names = [w for w in run.lower().replace("’", "'").split() if w.strip(".'&-") not in STOPWORDS]
    if len(names) > 1:
        names.append(" ".join(names))
    return [feature(_ENTITY_PREFIX + name) for name in names]


def figures(text: str) -> Counter[int]:
    """Counts of the numbers in the text ("5.6", "2013", "85"), by bucket.

    The word counts split "5.6" and lose it among hundreds of words; as an event's
    own signature, a figure says which of two quakes or two heists a report is about.
    """
    return Counter(figure_buckets([text])[0])


def figure_buckets(texts: Sequence[str]) -> list[list[int]]:
    """The bucket of each number (see `figures`) of each text, in text order."""
    return [list(map(_figure_bucket, figure_strings(text))) for text in texts]


def figure_strings(text: str) -> list[str]:
    """The numbers of the text as written ("5.6", "2,013.", "85"), in order."""
    return (_ascii_figure() if text.isascii() else _FIGURE).findall(text)


@functools.cache
def _ascii_figure():
    # The `regex` module finds this pattern three times as fast as `re` (0.005 against 0.015 ms an ECB+ article): the
    # same numbers in ASCII text, whereas their Unicode classes differ here and there, so other texts keep `re`.
    import regex

    return regex.compile(_ASCII_FIGURE)


def _figure_bucket(number: str) -> int:
    return feature(_FIGURE_PREFIX + number.strip(".,"))


def years(text: str) -> frozenset[str]:
    """The years the text mentions: when no date is given, they say when its event happened."""
    return frozenset(_YEAR.findall(text))


def years_of_figures(numbers: Sequence[str]) -> frozenset[str]:
    """`years` of a text from its `figure_strings`, without reading the text again.

    A year is digits with a word boundary either side, so it lies within a number
    as `figure_strings` finds them; joined by spaces, those keep the boundaries the
    text had around them.
    """
    return frozenset(_YEAR.findall(" ".join(numbers)))


@dataclass(frozen=True, eq=False)
class Counted:
    """An article's counts, ready to weigh: its term, name and figure buckets, one after another.

    Made where the article is featurized (in a worker process by default), so that
    what depends on the article alone, the sublinear term frequency, is not
    computed by the process that assigns articles to events.
    """

    buckets: np.ndarray  # int64, in counting order within each part
    tf: np.ndarray  # 1 + log(count), the sublinear term frequency of each bucket
    sizes: tuple[int, ...]  # buckets of each part: terms, names, figures

    @classmethod
    def cut(cls, buckets: np.ndarray, tf: np.ndarray, sizes: Sequence[Sequence[int]] | np.ndarray) -> list[Counted]:
        """The `Counted` of each article from a batch's buckets and term frequencies, one article after another,
        with the sizes of each article's parts."""
        found, start = [], 0
        for size in map(tuple, np.asarray(sizes, dtype=np.int64).tolist()):
            end = start + sum(size)
            found.append(cls(buckets[start:end], tf[start:end], size))
            start = end
        return found


class Weighed(NamedTuple):
    """An article's unit-length sublinear TF-IDF vectors: each part's heaviest buckets, heaviest first."""

    terms: np.ndarray  # int64 buckets
    term_weights: np.ndarray
    names: dict[int, float]
    figures: dict[int, float]


class DocumentFrequencies:
    """How many articles seen so far hold each bucket, for an IDF that learns as the stream goes."""

    def __init__(self) -> None:
        self.articles = 0
        self.counts = np.zeros(1 << HASH_BITS, dtype=np.int64)

    def weigh(self, batch: Sequence[Counted], keep: int) -> list[Weighed]:
        """Count each article in turn, then weigh it: its IDF counts the articles before it and itself, so a term
        seen once so far weighs the most. A bucket an article lists twice counts once. Each part keeps its `keep`
        heaviest buckets (ties in counting order), as unit vectors.

        The whole batch is done in a few numpy passes, with the weights a loop over the articles would give.
        """
        if not batch:
            return []
        sizes = np.array([counted.sizes for counted in batch], dtype=np.int64)
        buckets = np.concatenate([counted.buckets for counted in batch])
        tf = np.concatenate([counted.tf for counted in batch])
        article = np.repeat(np.arange(len(batch)), sizes.sum(axis=1))
        # Each (article, bucket) pair once; among a bucket's pairs, in article order, the k-th is the k-th of the
        # batch's articles to hold it.
        pairs, pair_of = np.unique(article << HASH_BITS | buckets, return_inverse=True)
        pair_buckets, pair_articles = pairs & _MASK, pairs >> HASH_BITS
        by_bucket = np.argsort(pair_buckets, kind="stable")  # the pairs are in article order: stable keeps it
        sorted_buckets = pair_buckets[by_bucket]
        firsts = np.flatnonzero(np.diff(sorted_buckets, prepend=-1))  # where each bucket's pairs start
        held = np.empty(len(pairs), dtype=np.int64)
        held[by_bucket] = np.arange(1, len(pairs) + 1) - np.repeat(firsts, np.diff(np.r_[firsts, len(pairs)]))
        frequency = self.counts[pair_buckets] + held
        total = self.articles + pair_articles + 2  # the articles counted so far, this one among them, plus one
        weights = tf * (np.log(total / (1 + frequency)) + 1.0)[pair_of]
        self.counts[sorted_buckets[firsts]] += np.diff(np.r_[firsts, len(pairs)])
        self.articles += len(batch)
        # Heaviest first within each part of each article, ties in counting order: parts lie one after another,
        # so one stable sort by part, then weight, leaves each part where it was.
        part = np.repeat(np.arange(sizes.size), sizes.ravel())
        # Part numbers that fit 16 bits are sorted by radix, in linear time.
        order = np.lexsort((-weights, part.astype(np.uint16) if sizes.size <= 1 << 16 else part))
        rank = np.arange(len(order)) - np.repeat(np.cumsum(sizes.ravel()) - sizes.ravel(), sizes.ravel())
        kept = order[rank < keep]
        kept_parts = part[kept]
        kept_weights = weights[kept]
        # bincount adds in order, as a loop does: each norm is the same to the last bit.
        norms = np.sqrt(np.bincount(kept_parts, kept_weights * kept_weights, minlength=sizes.size))
        kept_weights = kept_weights / norms[kept_parts]
        kept_buckets = buckets[kept]
        kept_sizes = np.minimum(sizes.ravel(), keep)
        ends = np.cumsum(kept_sizes).tolist()
        # Names and figures become dicts, terms stay arrays: only names and figures are made Python numbers.
        kept_sizes[::3] = 0
        listed = kept_parts % 3 != 0
        bucket_list, weight_list = kept_buckets[listed].tolist(), kept_weights[listed].tolist()
        listed_ends = np.cumsum(kept_sizes).tolist()
        weighed = []
        for row in range(len(batch)):
            term_start = ends[3 * row - 1] if row else 0
            name = slice(listed_ends[3 * row], listed_ends[3 * row + 1])
            figure = slice(listed_ends[3 * row + 1], listed_ends[3 * row + 2])
            weighed.append(
                Weighed(
                    kept_buckets[term_start : ends[3 * row]],
                    kept_weights[term_start : ends[3 * row]],
                    dict(zip(bucket_list[name], weight_list[name])),
                    dict(zip(bucket_list[figure], weight_list[figure])),
                )
            )
        return weighed
