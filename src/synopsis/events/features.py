"""What an article is represented by when events are found: weighted terms, named entities and figures.

Both are hashed into a fixed space, so a stream needs no fitted vocabulary and
the document frequencies behind the IDF are counted online in bounded memory.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections import Counter

import numpy as np

from synopsis.text.tokens import STOPWORDS, content_stems

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


@functools.lru_cache(maxsize=1 << 18)
def feature(name: str) -> int:
    """The bucket of a term or entity; crc32 is stable across runs, unlike hash()."""
    return zlib.crc32(name.encode()) & _MASK


def terms(text: str) -> Counter[int]:
    """Counts of the text's content stems, by bucket."""
    return Counter(map(feature, content_stems(text)))


def entities(text: str) -> Counter[int]:
    """Counts of the names in the text: each capitalised run and each of its content words.

    Counting the words as well lets "Lohan" match "Lindsay Lohan"; stopwords drop
    the capitals that only start a sentence ("The", "He").
    """
    found: list[str] = []
    for run in _CAPITALIZED_RUN.findall(text):
        names = [w for w in run.lower().replace("’", "'").split() if w.strip(".'&-") not in STOPWORDS]
        found.extend(names)
        if len(names) > 1:
            found.append(" ".join(names))
    return Counter(feature(_ENTITY_PREFIX + name) for name in found)


def figures(text: str) -> Counter[int]:
    """Counts of the numbers in the text ("5.6", "2013", "85"), by bucket.

    The word counts split "5.6" and lose it among hundreds of words; as an event's
    own signature, a figure says which of two quakes or two heists a report is about.
    """
    return Counter(feature(_FIGURE_PREFIX + number.strip(".,")) for number in _FIGURE.findall(text))


def years(text: str) -> frozenset[str]:
    """The years the text mentions: when no date is given, they say when its event happened."""
    return frozenset(_YEAR.findall(text))


class DocumentFrequencies:
    """How many articles seen so far hold each bucket, for an IDF that learns as the stream goes."""

    def __init__(self) -> None:
        self.articles = 0
        self.counts = np.zeros(1 << HASH_BITS, dtype=np.int64)

    def add(self, buckets) -> None:
        self.articles += 1
        self.counts[list(buckets)] += 1

    def weigh(self, counts: Counter[int], keep: int) -> dict[int, float]:
        """Unit-length sublinear TF-IDF of the counts: the `keep` heaviest buckets, heaviest first."""
        if not counts:
            return {}
        buckets = list(counts)
        frequencies = self.counts[buckets].tolist()
        total = self.articles + 1
        weights = {
            bucket: (1.0 + math.log(count)) * (math.log(total / (1 + df)) + 1.0)
            for bucket, count, df in zip(buckets, counts.values(), frequencies)
        }
        # Heaviest first: the first few are what candidate events are looked up by.
        heaviest = sorted(weights.items(), key=lambda item: -item[1])[:keep]
        norm = math.sqrt(sum(w * w for _, w in heaviest))
        return {bucket: w / norm for bucket, w in heaviest}
