"""Online event clustering: each article, in arrival order, joins the event it reports or starts one.

This is single-pass clustering as news desks and the TDT systems do it (Allan et
al. 1998): an article is compared with the centroids of the events still open,
joins the most similar when the similarity reaches `threshold`, and starts a new
event otherwise. An event closes when it has had no article for `window` days of
stream time, or for `window_articles` arrivals, so memory holds only the open
events, whatever the length of the stream.

Similarity mixes the cosine of sublinear TF-IDF vectors of content stems (IDF
learned online), the cosine of capitalised-name vectors and of the figures
reported (tolls, magnitudes, amounts, dates), which tell apart two events of
one kind (two earthquakes, two rehab check-ins), and, in the "embeddings" mode,
the cosine of MiniLM embeddings of the article's lead.
Syndicated copies are caught first and join their original's event.
"""

from __future__ import annotations

import heapq
import inspect
import math
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from functools import partial
from itertools import chain, islice, repeat
from operator import attrgetter, mul

import numpy as np

from synopsis.errors import InputError
from synopsis.events.features import Counted, DocumentFrequencies, Vocabulary
from synopsis.events.parallel import featurized
from synopsis.machine import usable_cores
from synopsis.model import Article
from synopsis.similarity.duplicates import DuplicateIndex, Signature, Sketch

MODES = ("tfidf", "embeddings")
# Embeddings add similarity between any two reports of one kind, so that mode needs a higher bar.
THRESHOLDS = {"tfidf": 0.26, "embeddings": 0.28}


@dataclass
class _OpenEvent:
    """The running state of an event that can still take articles."""

    id: str
    language: str
    slot: int  # the event's row in the clusterer's arrays, reused once it closes
    terms: dict[int, float] = field(default_factory=dict)  # sum of member vectors
    terms_norm2: float = 0.0
    names: dict[int, float] = field(default_factory=dict)
    names_norm2: float = 0.0
    figures: dict[int, float] = field(default_factory=dict)
    figures_norm2: float = 0.0
    embedding: np.ndarray | None = None  # sum of member embeddings
    years: set[str] = field(default_factory=set)
    size: int = 0
    first_date: date | None = None
    last_date: date | None = None
    last_arrival: int = 0


@dataclass
class _Article:
    """An article as the clusterer sees it."""

    id: str
    language: str
    date: date | None
    lead: str  # headline and lead: what is embedded
    counts: Counted | None = None  # terms, names and figures; the lead counted 1 + lead_weight times
    sketch: Sketch | None = None  # what copies are found by
    terms: dict[int, float] = field(default_factory=dict)
    names: dict[int, float] = field(default_factory=dict)
    figures: dict[int, float] = field(default_factory=dict)
    embedding: np.ndarray | None = None
    years: frozenset[str] = frozenset()


# Sent as arrays for a whole batch; every other field of `_Article` is sent as it is.
_PACKED = ("counts", "sketch", "embedding")
# Weighed only by the process that assigns, with the IDF of the stream so far: empty while a batch travels.
_WEIGHED = ("terms", "names", "figures")
_SENT = tuple(f.name for f in fields(_Article) if f.name not in _PACKED + _WEIGHED)


class _Batch(list):
    """Featurized articles, in order. Between processes a batch travels as a few arrays for all its articles
    rather than a few for each: reading a worker's batch back costs the assigning process half as much."""

    def __reduce__(self):
        signatures = [article.sketch.signature for article in self]
        signed = [signature.hashvalues for signature in signatures if signature is not None]
        embedded = [article.embedding for article in self if article.embedding is not None]
        sent = attrgetter(*_SENT)
        return _unpacked, (
            [
                (*sent(a), a.counts.sizes, a.sketch.key, a.sketch.band_keys, a.sketch.scheme)
                for a in self
            ],
            np.concatenate([article.counts.buckets for article in self]),
            np.concatenate([article.counts.tf for article in self]),
            [signature is not None for signature in signatures],
            np.stack(signed) if signed else None,
            np.stack(embedded) if len(embedded) == len(self) else None,
        )


def _unpacked(rows, buckets, tf, signed, signatures, embeddings) -> _Batch:
    """The batch `_Batch.__reduce__` packed; each article's arrays are views of the batch's."""
    batch, start = _Batch(), 0
    signature_rows = iter([] if signatures is None else signatures)
    for position, row in enumerate(rows):
        sizes, key, band_keys, scheme = row[len(_SENT) :]
        end = start + sum(sizes)
        signature = Signature(next(signature_rows)) if signed[position] else None
        batch.append(
            _Article(
                **dict(zip(_SENT, row)),
                counts=Counted(buckets[start:end], tf[start:end], sizes),
                sketch=Sketch(key, signature, band_keys, scheme),
                embedding=None if embeddings is None else embeddings[position],
            )
        )
        start = end
    return batch


class EventClusterer:
    """Group a stream of articles into events, one pass, in arrival order.

    >>> clusterer = EventClusterer(mode="tfidf")
    >>> labels = clusterer.fit_predict(articles)       # one event id per article
    >>> clusterer.partial_fit(more_articles).labels_   # the stream goes on

    Parameters, as in scikit-learn, are only stored by the constructor:

    - mode: "tfidf" (fast) or "embeddings" (adds MiniLM embeddings of the lead).
    - threshold: similarity at which an article joins an event; None takes the
      mode's, chosen on ECB+ (0.26 for "tfidf", 0.28 for "embeddings").
    - name_weight: share of the similarity given to capitalised names.
    - figure_weight: share given to the numbers reported, when the article and
      the event both report some.
    - embedding_weight: share given to embeddings in the "embeddings" mode.
    - embedding_tokens: word pieces of the lead that are embedded (the headline,
      or the first words of the lead, at the default; time grows with it).
    - window: days without an article after which an event closes (dated articles).
    - window_articles: arrivals without an article after which an event closes;
      this alone bounds memory when articles have no dates.
    - duplicate_threshold: shingle Jaccard similarity at which an article is a copy.
    - max_terms: heaviest terms kept per article; max_event_terms: per event.
    - lookup_terms: an article's heaviest terms, by which candidate events are found.
    - candidates: events, by similarity on those terms, that are fully compared.
    - lead_chars: the start of an article (headline and lead) that is embedded
      and whose words count `lead_weight` times more.
    - year_factor: what the similarity is multiplied by when the article and the
      event mention years and none in common.
    - batch_size: articles featurized (and embedded) together.
    - workers: processes that featurize the next batches (words, stems, names,
      copy signatures, language and, in the "embeddings" mode, MiniLM embeddings)
      while this one assigns articles to events, in order; this one featurizes a
      batch too whenever the workers fall behind.
      0 does everything here; None (the default) takes the mode's need: one
      fewer than the cores in the "tfidf" mode, where this process assigns full
      time, and as many as the cores in the "embeddings" mode, where assigning is
      a small share of an article's work (at most 4, none on one core).
      Labels are the same either way; a stream of one batch never starts a process.
    """

    def __init__(
        self,
        mode: str = "tfidf",
        *,
        threshold: float | None = None,
        name_weight: float = 0.5,
        figure_weight: float = 0.3,
        embedding_weight: float = 0.15,
        embedding_tokens: int = 16,
        window: float = 7,
        window_articles: int = 10_000,
        duplicate_threshold: float = 0.8,
        max_terms: int = 100,
        max_event_terms: int = 400,
        candidates: int = 5,
        lookup_terms: int = 20,
        batch_size: int = 64,
        lead_chars: int = 600,
        lead_weight: int = 2,
        year_factor: float = 0.7,
        workers: int | None = None,
    ) -> None:
        self.workers = workers
        self.lead_chars = lead_chars
        self.lead_weight = lead_weight
        self.year_factor = year_factor
        self.mode = mode
        self.threshold = threshold
        self.name_weight = name_weight
        self.figure_weight = figure_weight
        self.embedding_weight = embedding_weight
        self.embedding_tokens = embedding_tokens
        self.window = window
        self.window_articles = window_articles
        self.duplicate_threshold = duplicate_threshold
        self.max_terms = max_terms
        self.max_event_terms = max_event_terms
        self.candidates = candidates
        self.lookup_terms = lookup_terms
        self.batch_size = batch_size

    # -- scikit-learn surface -------------------------------------------------

    def fit(self, articles: Iterable[Article], y=None) -> EventClusterer:
        self._reset()
        return self.partial_fit(articles)

    def fit_predict(self, articles: Iterable[Article], y=None) -> list[str]:
        return self.fit(articles).labels_

    def partial_fit(self, articles: Iterable[Article], y=None) -> EventClusterer:
        """Assign the next articles of the stream; `labels_` holds their event ids, in order."""
        self.labels_ = [event for _, event in self.stream(articles)]
        return self

    @property
    def n_open_events_(self) -> int:
        """Events that can still take articles: what the clusterer holds in memory."""
        return len(self._open) if hasattr(self, "_open") else 0

    # -- streaming ------------------------------------------------------------

    def stream(self, articles: Iterable[Article]) -> Iterator[tuple[str, str]]:
        """(article id, event id) for each article, in order, holding only a few batches at a time."""
        self._check_params()
        for batch in self._featurized(iter(articles)):
            for article in batch:
                yield article.id, self._assign(article)

    def _featurized(self, articles: Iterator[Article]) -> Iterator[list[_Article]]:
        """The stream's batches, featurized; with workers, the next batches are featurized while this one is assigned."""
        batches = iter(lambda: list(islice(articles, self.batch_size)), [])
        ahead = list(islice(batches, 2))
        # Each process that featurizes keeps its own vocabulary (words to stem buckets), bounded, for the stream.
        workers = self._workers()
        if workers < 1 or len(ahead) < 2:
            # A single batch is not worth starting a process for.
            yield from map(partial(self._featurize, vocabulary=Vocabulary()), chain(ahead, batches))
            return
        # A clusterer with the parameters only, cheap to send where processes are not forked: featurizing needs no state.
        featurizer = EventClusterer(**{name: getattr(self, name) for name in inspect.signature(EventClusterer).parameters})
        # Every process embeds its own batches, so each runs MiniLM on one thread.
        featurize = partial(featurizer._featurize, vocabulary=Vocabulary(), shared_cores=True)
        # The first batch is featurized here, so that what it loads (the language model, MiniLM) the workers inherit;
        # it is assigned once the workers have the next batches.
        yield from featurized(featurize, chain(ahead[1:], batches), workers, ready=[featurize(ahead[0])])

    def _workers(self) -> int:
        """Featurizing processes besides this one: the parameter, or the mode's need on this machine's cores."""
        if self.workers is not None:
            return self.workers
        cores = usable_cores()
        if cores < 2:
            return 0
        return min(4, cores if self.mode == "embeddings" else cores - 1)

    def _reset(self) -> None:
        self._frequencies = DocumentFrequencies()
        self._open: OrderedDict[str, _OpenEvent] = OrderedDict()  # by last arrival, oldest first
        self._postings = _Postings()
        self._slots: list[_OpenEvent | None] = []
        self._free_slots: list[int] = []
        self._terms_norm2 = np.zeros(64)  # by slot, for ranking candidates all at once
        self._arrivals = 0
        self._events_started = 0
        self._today: date | None = None
        # Two generations of the copy index, each spanning `window_articles` arrivals:
        # the older one is dropped whole, which bounds memory without deleting entries.
        self._copies = [DuplicateIndex(threshold=self.duplicate_threshold)]
        self._copy_events: list[dict[str, str]] = [{}]

    def _check_params(self) -> None:
        if self.mode not in MODES:
            raise InputError(f"unknown clustering mode {self.mode!r}: use one of {', '.join(MODES)}")
        if self.window <= 0 or self.window_articles <= 0:
            raise InputError("the window must be positive")
        if self.workers is not None and self.workers < 0:
            raise InputError("workers must be 0 or more")
        if min(self.batch_size, self.candidates, self.lookup_terms) < 1:
            raise InputError("batch_size, candidates and lookup_terms must be 1 or more")
        if not hasattr(self, "_open"):
            self._reset()

    # -- representation -------------------------------------------------------

    def _featurize(self, batch: Sequence[Article], vocabulary: Vocabulary, shared_cores: bool = False) -> list[_Article]:
        """What the assignment needs of each article that does not depend on the stream so far (a pure function).

        shared_cores: other processes embed at the same time, so MiniLM runs on one thread here.
        """
        return self._embed(self._count(batch, vocabulary), shared_cores)

    def _count(self, batch: Sequence[Article], vocabulary: Vocabulary) -> list[_Article]:
        """Each article's terms, names, figures, copy sketch, language and lead."""
        from synopsis.text.language import detect_language

        texts = [_full_text(article) for article in batch]
        copies = DuplicateIndex(threshold=self.duplicate_threshold)
        # Words of the headline and lead count `lead_weight` times more: they say what happened.
        found = vocabulary.featurize(texts, self.lead_chars, 1 + self.lead_weight, copies)
        return _Batch(
            _Article(
                id=article.id,
                language=article.language or detect_language(text, read=language_read),
                date=article.date,
                lead=lead,
                counts=counted,
                sketch=sketch,
                years=years,
            )
            for article, text, lead, counted, sketch, language_read, years in zip(batch, texts, *found)
        )

    def _embed(self, seen: list[_Article], shared_cores: bool = False) -> list[_Article]:
        """In the "embeddings" mode, each article's MiniLM embedding of its lead."""
        if self.mode == "embeddings":
            from synopsis.similarity.embeddings import encode

            # One ONNX Runtime thread each where processes embed side by side: two sessions that each split a
            # product over both cores wait on each other's busy core; and a session with no threads of its own
            # is whole in a worker forked after it loaded.
            leads = [article.lead for article in seen]
            vectors = encode(leads, max_tokens=self.embedding_tokens, threads=1 if shared_cores else None)
            for article, vector in zip(seen, vectors):
                article.embedding = vector
        return seen

    def _weigh(self, article: _Article) -> None:
        # The IDF counts this article too, so a term seen once so far weighs the most.
        self._frequencies.add(article.counts.buckets)
        article.terms, article.names, article.figures = self._frequencies.weigh(article.counts, self.max_terms)

    # -- assignment -----------------------------------------------------------

    def _assign(self, article: _Article) -> str:
        self._arrivals += 1
        if article.date is not None and (self._today is None or article.date > self._today):
            self._today = article.date
        self._close_old_events()
        copied = self._copied_event(article)
        if copied is not None:
            self._touch(copied, article)
            return copied
        self._weigh(article)
        if not article.terms:
            # Nothing to compare by: the article is an event of its own and is not indexed; its copies join it.
            event_id = self._new_event_id()
            self._copy_events[-1][article.id] = event_id
            return event_id
        event, score, dots = self._best_event(article)
        threshold = THRESHOLDS[self.mode] if self.threshold is None else self.threshold
        if event is None or score < threshold:
            event, dots = self._open_event(article), (0.0, 0.0, 0.0)
        self._join(event, article, dots)
        self._copy_events[-1][article.id] = event.id
        return event.id

    def _copied_event(self, article: _Article) -> str | None:
        """The event of the report this article copies, if it copies one still remembered."""
        if self._arrivals % self.window_articles == 0:
            self._copies = [self._copies[-1], DuplicateIndex(threshold=self.duplicate_threshold)]
            self._copy_events = [self._copy_events[-1], {}]
        original = self._copies[-1].add(article.id, article.sketch)
        generation = -1
        if original is None and len(self._copies) > 1:
            original, generation = self._copies[0].query(article.sketch), 0
        if original is None:
            return None
        event = self._copy_events[generation].get(original)
        if event is not None:
            self._copy_events[-1][article.id] = event
        return event

    def _touch(self, event_id: str, article: _Article) -> None:
        event = self._open.get(event_id)
        if event is not None:
            event.size += 1
            self._note_time(event, article)

    def _best_event(self, article: _Article) -> tuple[_OpenEvent | None, float, tuple[float, float, float]]:
        """The most similar open event, its similarity and the article's dot products with its terms, names, figures."""
        # Candidates are the events that share the article's heaviest terms (they come first),
        # ranked by that partial score; only the best few are compared in full.
        slots, shares, head = self._postings.lookup(article.terms, self.lookup_terms)
        ranked = []
        if head:
            # bincount adds in bucket order, so each partial score is the sum a loop over the buckets makes.
            partial = np.bincount(slots[:head], shares[:head])
            touched = np.flatnonzero(np.bincount(slots[:head]))
            keys = -partial[touched] / np.sqrt(self._terms_norm2[touched])
            if len(keys) > self.candidates > 0:
                # The best few and any tied with the last of them; ties go to the smaller id, as sorting pairs does.
                keys, touched = _best_keys(keys, touched, self.candidates)
            ranked = heapq.nsmallest(
                self.candidates, zip(keys.tolist(), (self._slots[slot].id for slot in touched.tolist()))
            )
            # Over all the article's terms, each event's sum is its dot product with the article's terms,
            # added in the article's order as a loop over its terms adds it (buckets an event lacks add nothing).
            term_dots = np.bincount(slots, shares)
        best, best_score, best_dots = None, -1.0, (0.0, 0.0, 0.0)
        for _, event_id in ranked:
            event = self._open[event_id]
            if event.language != article.language or not self._in_window(event, article.date):
                continue
            dots = (float(term_dots[event.slot]), _dot(article.names, event.names), _dot(article.figures, event.figures))
            score = self._similarity(event, article, dots)
            if score > best_score:
                best, best_score, best_dots = event, score, dots
        return best, best_score, best_dots

    def _similarity(self, event: _OpenEvent, article: _Article, dots: tuple[float, float, float]) -> float:
        term_dot, name_dot, figure_dot = dots
        term_score = _cosine(article.terms, term_dot, event.terms_norm2)
        name_score = _cosine(article.names, name_dot, event.names_norm2)
        weights = [1.0 - self.name_weight, self.name_weight]
        scores = [term_score, name_score]
        if self.mode == "embeddings":
            norm = float(np.linalg.norm(event.embedding))
            scores.append(float(article.embedding @ event.embedding) / norm if norm else 0.0)
            weights = [w * (1.0 - self.embedding_weight) for w in weights] + [self.embedding_weight]
        score = sum(w * s for w, s in zip(weights, scores))
        if article.figures and event.figures_norm2 > 0:
            # A report without figures is neither for nor against an event: only shared numbers count.
            figure_score = _cosine(article.figures, figure_dot, event.figures_norm2)
            score = (1.0 - self.figure_weight) * score + self.figure_weight * figure_score
        if article.years and event.years and article.years.isdisjoint(event.years):
            # Stories of one kind from different years are different events.
            score *= self.year_factor
        return score

    def _in_window(self, event: _OpenEvent, day: date | None) -> bool:
        if day is None or event.last_date is None:
            return True
        return (day - event.last_date).days <= self.window and (event.first_date - day).days <= self.window

    def _new_event_id(self) -> str:
        self._events_started += 1
        return f"e{self._events_started}"

    def _open_event(self, article: _Article) -> _OpenEvent:
        if self._free_slots:
            slot = self._free_slots.pop()
        else:
            slot = len(self._slots)
            self._slots.append(None)
            if slot == len(self._terms_norm2):
                self._terms_norm2 = np.concatenate([self._terms_norm2, np.zeros(slot)])
        event = _OpenEvent(id=self._new_event_id(), language=article.language, slot=slot)
        self._slots[slot] = event
        self._open[event.id] = event
        return event

    def _join(self, event: _OpenEvent, article: _Article, dots: tuple[float, float, float]) -> None:
        """Add the article to the event; `dots` are the article's dot products with the event's sums before it joins."""
        term_dot, name_dot, figure_dot = dots
        slot = event.slot
        self._postings.add(slot, event.terms, article.terms)
        event.terms_norm2 = _grown_norm2(event.terms_norm2, term_dot, article.terms)
        event.names_norm2 = _grown_norm2(event.names_norm2, name_dot, _add_into(event.names, article.names))
        event.figures_norm2 = _grown_norm2(event.figures_norm2, figure_dot, _add_into(event.figures, article.figures))
        self._terms_norm2[slot] = event.terms_norm2
        if len(event.terms) > 2 * self.max_event_terms:
            self._prune(event)
        if article.embedding is not None:
            event.embedding = article.embedding.copy() if event.embedding is None else event.embedding + article.embedding
        event.years.update(article.years)
        event.size += 1
        self._note_time(event, article)

    def _note_time(self, event: _OpenEvent, article: _Article) -> None:
        event.last_arrival = self._arrivals
        self._open.move_to_end(event.id)
        if article.date is not None:
            event.first_date = min(filter(None, (event.first_date, article.date)))
            event.last_date = max(filter(None, (event.last_date, article.date)))

    def _prune(self, event: _OpenEvent) -> None:
        """Keep an event's heaviest terms, so a long-running story stays small and fast."""
        kept = dict(sorted(event.terms.items(), key=lambda item: -item[1])[: self.max_event_terms])
        for bucket in event.terms.keys() - kept.keys():
            self._postings.remove(bucket, event.slot)
        event.terms = kept
        event.terms_norm2 = sum(w * w for w in kept.values())
        self._terms_norm2[event.slot] = event.terms_norm2

    def _close_old_events(self) -> None:
        while self._open:
            event = next(iter(self._open.values()))
            stale = self._arrivals - event.last_arrival > self.window_articles
            old = self._today is not None and event.last_date is not None and (
                (self._today - event.last_date).days > self.window
            )
            if not (stale or old):
                return
            del self._open[event.id]
            for bucket in event.terms:
                self._postings.remove(bucket, event.slot)
            self._slots[event.slot] = None
            self._free_slots.append(event.slot)


class _Postings:
    """Bucket -> the open events holding it and their weights on it: what candidate events are looked up by.

    Events are rows ("slots") of the clusterer's arrays. A bucket's slots and
    weights are kept in two arrays, with each slot's position in them, so that a
    lookup joins the arrays' bytes in C rather than walking the events in Python.
    """

    def __init__(self) -> None:
        self._buckets: dict[int, tuple[dict[int, int], array, array]] = {}

    def add(self, slot: int, terms: dict[int, float], vector: dict[int, float]) -> None:
        """Add a vector into an event's term sums, in place, and post the new sums under the event's slot."""
        buckets = self._buckets
        for bucket, weight in vector.items():
            old = terms.get(bucket)
            if old is None:
                terms[bucket] = weight
                posted = buckets.get(bucket)
                if posted is None:
                    buckets[bucket] = ({slot: 0}, array("q", (slot,)), array("d", (weight,)))
                else:
                    positions, slots, weights = posted
                    positions[slot] = len(slots)
                    slots.append(slot)
                    weights.append(weight)
            else:
                terms[bucket] = total = old + weight
                positions, _, weights = buckets[bucket]
                weights[positions[slot]] = total

    def remove(self, bucket: int, slot: int) -> None:
        """The event in `slot` no longer holds the bucket: the last entry takes its place."""
        positions, slots, weights = self._buckets[bucket]
        position = positions.pop(slot)
        last, last_weight = slots.pop(), weights.pop()
        if position < len(slots):
            slots[position], weights[position] = last, last_weight
            positions[last] = position
        elif not slots:
            del self._buckets[bucket]

    def lookup(self, vector: dict[int, float], first: int) -> tuple[np.ndarray, np.ndarray, int]:
        """The slots posted under each bucket of the vector, bucket after bucket, and each one's weight times the vector's.

        The third value is how many of them the vector's `first` buckets hold: they come first.
        """
        slot_parts, weight_parts, lengths, factors = [], [], [], []
        buckets = self._buckets
        head = None
        for position, (bucket, weight) in enumerate(vector.items()):
            if position == first:
                head = sum(lengths)
            posted = buckets.get(bucket)
            if posted is not None:
                slot_parts.append(posted[1])
                weight_parts.append(posted[2])
                lengths.append(len(posted[1]))
                factors.append(weight)
        slots = np.frombuffer(b"".join(slot_parts), dtype=np.int64)
        # Each share is the product a loop over the postings makes, so sums of them are the same to the bit.
        shares = np.frombuffer(b"".join(weight_parts), dtype=np.float64) * np.repeat(factors, lengths)
        return slots, shares, len(slots) if head is None else head


def _best_keys(keys: np.ndarray, slots: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """The `count` smallest keys and every key equal to the last of them, with their slots."""
    last = np.partition(keys, count - 1)[count - 1]
    kept = keys <= last
    return keys[kept], slots[kept]


def _full_text(article: Article) -> str:
    # The headline names the event; most readers keep it out of the body.
    if article.title and not article.text.lstrip().startswith(article.title):
        return f"{article.title}\n\n{article.text}"
    return article.text


def _cosine(vector: dict[int, float], dot: float, total_norm2: float) -> float:
    """Cosine of a unit vector with a sum of unit vectors, given their dot product."""
    if not vector or total_norm2 <= 0:
        return 0.0
    return dot / math.sqrt(total_norm2)


def _dot(vector: dict[int, float], total: dict[int, float]) -> float:
    # map() keeps the loop in C: this is the innermost loop of clustering.
    return sum(map(mul, vector.values(), map(total.get, vector, repeat(0.0))))


def _add_into(total: dict[int, float], vector: dict[int, float]) -> dict[int, float]:
    """Add a unit vector into a running sum in place; return the vector."""
    for bucket, weight in vector.items():
        total[bucket] = total.get(bucket, 0.0) + weight
    return vector


def _grown_norm2(norm2: float, dot: float, vector: dict[int, float]) -> float:
    """The squared norm of a sum of unit vectors once `vector` (with `dot` against the sum) is added."""
    return norm2 + 2 * dot + (1.0 if vector else 0.0)
