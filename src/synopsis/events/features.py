"""What an article is represented by when events are found: weighted terms, named entities and figures.

Both are hashed into a fixed space, so a stream needs no fitted vocabulary and
the document frequencies behind the IDF are counted online in bounded memory.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from operator import mul

import numpy as np

from synopsis.similarity.duplicates import Memo, word_hash
from synopsis.text.tokens import STOPWORDS, stems, words

# 2**20 buckets: collisions among a news vocabulary are rare and the counts take 8 MB.
HASH_BITS = 20
_MASK = (1 << HASH_BITS) - 1
# Runs of capitalised words ("Lindsay Lohan", "Betty Ford Center"): cheap named entities.
_CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*)*")
# Years date an event: two storms of one kind are told apart by when they struck.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Numbers a report gives (tolls, magnitudes, amounts, dates): two events of one kind differ in them.
_FIGURE = re.compile(r"\b\d[\d,.]*\b")
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
    """What featurizing works out per word or name, remembered for the words and names of the last batches.

    The bucket of each word's stem (none for a stopword), each word's hash for copy
    sketches and the name buckets of each capitalised run are computed the first
    time a stream meets them. At most `size` of each are remembered (then they
    start afresh, before a batch), so memory stays flat however many new words a
    stream brings.
    """

    def __init__(self, size: int = 1 << 15) -> None:
        self.size = size
        self._known = Memo(_stem_bucket)
        self.word_hashes = Memo(word_hash)  # for `DuplicateIndex.sketches`
        self._run_names = Memo(_run_names)

    def buckets(self, found: Sequence[list[str]]) -> list[list[int]]:
        """The bucket of each content word of each word list, in order."""
        for memo in (self._known, self.word_hashes, self._run_names):
            if len(memo) > self.size:
                memo.clear()
        bucket = self._known.__getitem__
        return [[b for b in map(bucket, text_words) if b is not None] for text_words in found]

    def names(self, texts: Sequence[str]) -> list[list[int]]:
        """`name_buckets` of the texts, each run's names remembered."""
        return _names_of_runs(texts, self._run_names)


def _stem_bucket(word: str) -> int | None:
    return None if word in STOPWORDS else feature(stems([word])[0])


def name_buckets(texts: Sequence[str]) -> list[list[int]]:
    """The bucket of each name (see `entities`) of each text, in text order; a batch's runs are read once."""
    return _names_of_runs(texts, Memo(_run_names))


def _names_of_runs(texts: Sequence[str], names: Memo) -> list[list[int]]:
    runs = [_CAPITALIZED_RUN.findall(text) for text in texts]
    return [[bucket for run in text_runs for bucket in names[run]] for text_runs in runs]


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
    return numbers_buckets([figure_strings(text) for text in texts])


def figure_strings(text: str) -> list[str]:
    """The numbers of the text as written ("5.6", "2,013.", "85"), in order."""
    return _FIGURE.findall(text)


def numbers_buckets(found: Sequence[list[str]]) -> list[list[int]]:
    """The bucket of each number of each list of `figure_strings`; a batch's numbers are hashed once."""
    bucket_of = {number: feature(_FIGURE_PREFIX + number.strip(".,")) for number in set().union(*found)}
    return [list(map(bucket_of.__getitem__, numbers)) for numbers in found]


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
    def from_counters(cls, batch: Sequence[Sequence[Counter[int]]]) -> list[Counted]:
        """The `Counted` of each article from its counters (terms, names, figures); one numpy pass for a batch."""
        sizes = [tuple(map(len, counters)) for counters in batch]
        total = sum(map(sum, sizes))
        chained = [counter for counters in batch for counter in counters]
        buckets = np.fromiter(chain.from_iterable(chained), dtype=np.int64, count=total)
        counts = np.fromiter(chain.from_iterable(c.values() for c in chained), dtype=np.float64, count=total)
        tf = 1.0 + np.log(counts)
        found, start = [], 0
        for size in sizes:
            end = start + sum(size)
            found.append(cls(buckets[start:end], tf[start:end], size))
            start = end
        return found


class DocumentFrequencies:
    """How many articles seen so far hold each bucket, for an IDF that learns as the stream goes."""

    def __init__(self) -> None:
        self.articles = 0
        self.counts = np.zeros(1 << HASH_BITS, dtype=np.int64)

    def add(self, buckets: np.ndarray) -> None:
        """Count an article holding the buckets; a bucket listed twice counts once."""
        self.articles += 1
        self.counts[buckets] += 1

    def weigh(self, article: Counted, keep: int) -> list[dict[int, float]]:
        """Unit-length sublinear TF-IDF of each part of the counts: its `keep` heaviest buckets, heaviest first."""
        total = self.articles + 1
        weights = article.tf * (np.log(total / (1 + self.counts[article.buckets])) + 1.0)
        # Heaviest first within each part (ties in counting order): the first few are what candidate events are
        # looked up by. One stable sort by part, then weight, does the three parts at once.
        order = np.lexsort((-weights, np.repeat(np.arange(len(article.sizes)), article.sizes)))
        kept_sizes = [min(size, keep) for size in article.sizes]
        if sum(kept_sizes) < len(order):
            starts = np.cumsum((0,) + article.sizes[:-1])
            order = np.concatenate([order[start : start + size] for start, size in zip(starts.tolist(), kept_sizes)])
        kept = weights[order].tolist()
        buckets = article.buckets[order].tolist()
        vectors, start = [], 0
        for size in kept_sizes:
            part = kept[start : start + size]
            # Summed in order, as Python's sum() does, so a weight is the same to the last bit whatever numpy does.
            norm = math.sqrt(sum(map(mul, part, part)))
            vectors.append(dict(zip(buckets[start : start + size], [weight / norm for weight in part])))
            start += size
        return vectors
