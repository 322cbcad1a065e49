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

import gc
import inspect
import math
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from functools import partial
from itertools import chain, islice, repeat
from operator import attrgetter, mul

import numpy as np
from scipy import sparse

from synopsis.errors import InputError
from synopsis.events.features import HASH_BITS, Counted, DocumentFrequencies, Vocabulary, Weighed
from synopsis.events.parallel import featurized
from synopsis.machine import usable_cores
from synopsis.model import Article
from synopsis.similarity.duplicates import DuplicateIndex, Signature, Sketch
from synopsis.text.tokens import word_end

MODES = ("tfidf", "embeddings")
# Embeddings add similarity between any two reports of one kind, so that mode needs a higher bar.
THRESHOLDS = {"tfidf": 0.26, "embeddings": 0.28}
# Sizes of a stream's first batches when workers featurize (see `EventClusterer._featurized`).
_RAMP = (8, 16, 32)


@dataclass
class _OpenEvent:
    """The running state of an event that can still take articles."""

    id: str
    language: str
    slot: int  # the event's column in the term sums; it moves when they are settled or the event is pruned
    terms_norm2: float = 0.0  # of the sum of member term vectors, which `_TermSums` holds
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
    weighed: Weighed | None = None  # terms, names and figures as unit TF-IDF vectors
    embedding: np.ndarray | None = None
    years: frozenset[str] = frozenset()


# Sent as arrays for a whole batch; every other field of `_Article` is sent as it is.
_PACKED = ("counts", "sketch", "embedding")
# Weighed only by the process that assigns, with the IDF of the stream so far: empty while a batch travels.
_WEIGHED = ("weighed",)
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
    - max_chars: the start of an article that is read (cut at a space; None
      reads it all): news tells what happened first, and the tail of a long
      report adds background, so one article's cost is bounded.
    - year_factor: what the similarity is multiplied by when the article and the
      event mention years and none in common.
    - batch_size: articles featurized (and embedded) together, and assigned together: assigning holds
      dense products of twice as many rows as the batch by the open events. With workers, a stream's
      first batches are smaller (8, 16, 32 articles), so that both cores are busy within milliseconds.
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
        max_chars: int | None = 4000,
        lead_weight: int = 2,
        year_factor: float = 0.7,
        workers: int | None = None,
    ) -> None:
        self.workers = workers
        self.lead_chars = lead_chars
        self.max_chars = max_chars
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
            events, failure = self._assign_batch(batch)
            yield from zip([article.id for article in batch], events)
            if failure is not None:
                raise failure

    def _featurized(self, articles: Iterator[Article]) -> Iterator[list[_Article]]:
        """The stream's batches, featurized; with workers, the next batches are featurized while this one is assigned."""
        start = list(islice(articles, self.batch_size + 1))
        articles = chain(start, articles)
        # Each process that featurizes keeps its own vocabulary (words to stem buckets), bounded, for the stream.
        workers = self._workers()
        if workers < 1 or len(start) <= self.batch_size:
            # A single batch is not worth starting a process for.
            batches = iter(lambda: list(islice(articles, self.batch_size)), [])
            yield from map(partial(self._featurize, vocabulary=Vocabulary()), batches)
            return
        # The first batches are small, so that the workers start within milliseconds and every core is soon busy;
        # labels do not depend on where batches are cut.
        sizes = chain((min(size, self.batch_size) for size in _RAMP), repeat(self.batch_size))
        batches = iter(lambda: list(islice(articles, next(sizes))), [])
        # A clusterer with the parameters only, cheap to send where processes are not forked: featurizing needs no state.
        featurizer = EventClusterer(**{name: getattr(self, name) for name in inspect.signature(EventClusterer).parameters})
        # Every process embeds its own batches, so each runs MiniLM on one thread.
        featurize = partial(featurizer._featurize, vocabulary=Vocabulary(), shared_cores=True)
        # The first batch is featurized here, so that what it loads (the language model, MiniLM) the workers inherit;
        # it is assigned once the workers have the next batches.
        results = featurized(featurize, batches, workers, ready=[featurize(next(batches))])
        try:
            first = next(results)
            self._unshare()
            yield first
            yield from results
        finally:
            results.close()  # a stream stopped early stops its workers now

    def _unshare(self) -> None:
        """Copy the stream's largest arrays, made before the workers were forked and shared with them until written:
        otherwise this process's first write to each of their pages copies it, a page fault each."""
        self._frequencies.counts = self._frequencies.counts.copy()
        self._sums.unshare()

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
        self._sums = _TermSums()
        self._slots: list[_OpenEvent | None] = []  # the open event in each slot of the term sums
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
        if self.max_chars is not None and self.max_chars < 1:
            raise InputError("max_chars must be 1 or more, or None to read whole articles")
        if not hasattr(self, "_open"):
            self._reset()

    # -- representation -------------------------------------------------------

    def _featurize(self, batch: Sequence[Article], vocabulary: Vocabulary, shared_cores: bool = False) -> list[_Article]:
        """What the assignment needs of each article that does not depend on the stream so far (a pure function).

        shared_cores: other processes embed at the same time, so MiniLM runs on one thread here.
        """
        # Featurizing makes thousands of short-lived lists of words, freed by reference counting: the cyclic collector,
        # run every 700 new objects, would read them through for nothing, and now and then read every object of the
        # process (50-90 ms, in most in-process runs of ECB+), in whichever process featurizes.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._embed(self._count(batch, vocabulary), shared_cores)
        finally:
            if collecting:
                gc.enable()

    def _count(self, batch: Sequence[Article], vocabulary: Vocabulary) -> list[_Article]:
        """Each article's terms, names, figures, copy sketch, language and lead."""
        from synopsis.text.language import detect_language

        texts = [_read_part(_full_text(article), self.max_chars) for article in batch]
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

    # -- assignment -----------------------------------------------------------

    def _assign_batch(self, batch: Sequence[_Article]) -> tuple[list[str], InputError | None]:
        """Each article's event, in order, as assigning them one at a time gives; and the error that stopped the
        batch, if an article could not be taken (a repeated id), after the articles before it were assigned.

        Copies are found first; the others are weighed together, and their term similarities with the events as
        they stood before the batch come from one sparse product; each article then adds those with the batch's
        earlier articles to the events they joined.
        """
        originals, failure = [], None
        for position, article in enumerate(batch):
            try:
                originals.append(self._original(article, self._arrivals + 1 + position))
            except InputError as error:
                batch, failure = batch[:position], error
                break
        fresh = [article for article, original in zip(batch, originals) if original is None]
        for article, weighed in zip(fresh, self._frequencies.weigh([a.counts for a in fresh], self.max_terms)):
            article.weighed = weighed
        dots = _BatchDots(self._sums, [article.weighed for article in fresh], self.lookup_terms)
        events = [self._assign(article, original, dots) for article, original in zip(batch, originals)]
        moved = self._sums.settle_when_due()
        if moved is not None:
            self._slots = [None] * self._sums.slots
            for event in self._open.values():
                event.slot = int(moved[event.slot])
                self._slots[event.slot] = event
        return events, failure

    def _original(self, article: _Article, arrival: int) -> tuple[str, int] | None:
        """The report this article copies, if one is still remembered, and the copy index's generation holding it."""
        if arrival % self.window_articles == 0:
            self._copies = [self._copies[-1], DuplicateIndex(threshold=self.duplicate_threshold)]
        original = self._copies[-1].add(article.id, article.sketch)
        if original is not None:
            return original, -1
        if len(self._copies) > 1:
            original = self._copies[0].query(article.sketch)
            if original is not None:
                return original, 0
        return None

    def _assign(self, article: _Article, original: tuple[str, int] | None, dots: _BatchDots) -> str:
        self._arrivals += 1
        if self._arrivals % self.window_articles == 0:
            self._copy_events = [self._copy_events[-1], {}]
        if article.date is not None and (self._today is None or article.date > self._today):
            self._today = article.date
        self._close_old_events()
        if original is not None:
            # A copy joins its original's event, which every remembered report has.
            event_id = self._copy_events[original[1]].get(original[0]) or self._new_event_id()
            self._copy_events[-1][article.id] = event_id
            self._touch(event_id, article)
            return event_id
        term_dots, head_dots = dots.next(self._sums)
        if not len(article.weighed.terms):
            # Nothing to compare by: the article is an event of its own and is not indexed; its copies join it.
            event_id = self._new_event_id()
            self._copy_events[-1][article.id] = event_id
            return event_id
        event, score, similar = self._best_event(article, term_dots, head_dots)
        threshold = THRESHOLDS[self.mode] if self.threshold is None else self.threshold
        if event is None or score < threshold:
            event, similar = self._open_event(article), (0.0, 0.0, 0.0)
        dots.joined(event.slot)
        self._join(event, article, similar, dots)
        self._copy_events[-1][article.id] = event.id
        return event.id

    def _touch(self, event_id: str, article: _Article) -> None:
        event = self._open.get(event_id)
        if event is not None:
            event.size += 1
            self._note_time(event, article)

    def _best_event(
        self, article: _Article, term_dots: np.ndarray, head_dots: np.ndarray
    ) -> tuple[_OpenEvent | None, float, tuple[float, float, float]]:
        """The most similar open event, its similarity and the article's dot products with its terms, names, figures.

        term_dots and head_dots: by slot, the dot products of the article's terms, and of its heaviest
        `lookup_terms`, with each event's term sums.
        """
        # Candidates are the events that share the article's heaviest terms, ranked by the dot products on those
        # terms; only the best few are compared in full.
        # Methods rather than numpy's functions of the same name: these arrays are small, and the functions' Python
        # wrappers took as long as the work.
        touched = (head_dots * self._sums.live[: len(head_dots)]).nonzero()[0]
        ranked = []
        if len(touched):
            keys = -head_dots[touched] / np.sqrt(self._sums.norm2[touched])
            if len(keys) > self.candidates > 0:
                # The best few and any tied with the last of them; ties go to the smaller id, as sorting pairs does.
                keys, touched = _best_keys(keys, touched, self.candidates)
            slots = touched.tolist()
            ranked = sorted(zip(keys.tolist(), [self._slots[slot].id for slot in slots], slots))
        best, best_score, best_dots = None, -1.0, (0.0, 0.0, 0.0)
        weighed = article.weighed
        for _, _, slot in ranked[: self.candidates]:
            event = self._slots[slot]
            if event.language != article.language or not self._in_window(event, article.date):
                continue
            dots = (float(term_dots[event.slot]), _dot(weighed.names, event.names), _dot(weighed.figures, event.figures))
            score = self._similarity(event, article, dots)
            if score > best_score:
                best, best_score, best_dots = event, score, dots
        return best, best_score, best_dots

    def _similarity(self, event: _OpenEvent, article: _Article, dots: tuple[float, float, float]) -> float:
        term_dot, name_dot, figure_dot = dots
        weighed = article.weighed
        term_score = _cosine(len(weighed.terms), term_dot, event.terms_norm2)
        name_score = _cosine(len(weighed.names), name_dot, event.names_norm2)
        if self.mode == "embeddings":
            norm = float(np.linalg.norm(event.embedding))
            embedding_score = float(article.embedding @ event.embedding) / norm if norm else 0.0
            rest = 1.0 - self.embedding_weight
            score = (1.0 - self.name_weight) * rest * term_score + self.name_weight * rest * name_score
            score += self.embedding_weight * embedding_score
        else:
            score = (1.0 - self.name_weight) * term_score + self.name_weight * name_score
        if weighed.figures and event.figures_norm2 > 0:
            # A report without figures is neither for nor against an event: only shared numbers count.
            figure_score = _cosine(len(weighed.figures), figure_dot, event.figures_norm2)
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
        event = _OpenEvent(id=self._new_event_id(), language=article.language, slot=self._new_slot())
        self._slots[event.slot] = event
        self._open[event.id] = event
        return event

    def _new_slot(self) -> int:
        slot = self._sums.new_slot()
        self._slots.append(None)
        return slot

    def _join(self, event: _OpenEvent, article: _Article, dots: tuple[float, float, float], batch: _BatchDots) -> None:
        """Add the article to the event; `dots` are the article's dot products with the event's sums before it joins."""
        term_dot, name_dot, figure_dot = dots
        weighed = article.weighed
        event.terms_norm2 = _grown_norm2(event.terms_norm2, term_dot, len(weighed.terms))
        event.names_norm2 = _grown_norm2(event.names_norm2, name_dot, len(_add_into(event.names, weighed.names)))
        event.figures_norm2 = _grown_norm2(event.figures_norm2, figure_dot, len(_add_into(event.figures, weighed.figures)))
        self._sums.add(event.slot, weighed.terms, weighed.term_weights, event.terms_norm2)
        if self._sums.size(event.slot) > 2 * self.max_event_terms:
            self._prune(event, batch)
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

    def _prune(self, event: _OpenEvent, batch: _BatchDots) -> None:
        """Keep an event's heaviest terms (ties to the smaller bucket), so a long-running story stays small and
        fast: the kept sums move to a new slot, as the term sums only ever add."""
        buckets, weights = self._sums.terms(event.slot)
        kept = np.argsort(-weights, kind="stable")[: self.max_event_terms]
        buckets, weights = buckets[kept], weights[kept]
        event.terms_norm2 = sum(w * w for w in weights.tolist())
        self._close_slot(event.slot)
        event.slot = self._new_slot()
        self._slots[event.slot] = event
        self._sums.add(event.slot, buckets, weights, event.terms_norm2)
        batch.moved(event.slot, buckets, weights)

    def _close_slot(self, slot: int) -> None:
        self._slots[slot] = None
        self._sums.close(slot)

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
            self._close_slot(event.slot)


# Buckets are the rows of the term sums: a batch's products read only the rows of its buckets.
_BUCKETS = 1 << HASH_BITS
# What is added to the term sums is settled once it reaches this size, or that of the settled sums if larger.
_SETTLE_SIZE = 1 << 16


class _TermSums:
    """The open events' term vectors, each the sum of its articles': a sparse matrix of buckets by slots.

    An event is a slot (a column). Sums are settled in two compressed matrices (by
    bucket, for products with a batch; by slot, for reading an event's terms); what
    joins since is kept as it came. Settling merges the two and drops the slots of
    closed and pruned events; it comes once what was added is as large as what is
    settled, or once dropped slots outnumber the open ones, so that its cost,
    spread over the articles since, stays a few times what adding them did, and
    memory follows the open events, not the stream.
    """

    def __init__(self) -> None:
        self.slots = 0
        self.live = np.zeros(64, dtype=bool)
        self.norm2 = np.zeros(64)  # each slot's squared norm, for ranking candidates all at once
        self._held: dict[int, set[int]] = {}  # each open slot's buckets
        self._by_bucket = sparse.csr_array((0, 0))  # a row for each bucket the settled sums hold, in order
        self._settled_buckets = np.empty(0, dtype=np.int64)
        self._by_slot = sparse.csr_array((0, _BUCKETS))
        self._added: dict[int, list[tuple[np.ndarray, np.ndarray]]] = {}  # since settling, by slot
        self._added_size = 0
        # Each bucket's position among a batch's buckets while its products are made, -1 elsewhere: a lookup, where
        # a binary search of every added bucket in the batch's took most of the products' time.
        self._batch_rows = np.full(_BUCKETS, -1, dtype=np.int32)

    def unshare(self) -> None:
        """Copy the array over every bucket (see `EventClusterer._unshare`)."""
        self._batch_rows = self._batch_rows.copy()

    def new_slot(self) -> int:
        slot, self.slots = self.slots, self.slots + 1
        if slot == len(self.live):
            self.live, self.norm2 = (np.concatenate([a, np.zeros_like(a)]) for a in (self.live, self.norm2))
        self.live[slot] = True
        self._held[slot] = set()
        return slot

    def size(self, slot: int) -> int:
        """The buckets a slot's sums hold."""
        return len(self._held[slot])

    def add(self, slot: int, buckets: np.ndarray, weights: np.ndarray, norm2: float) -> None:
        """Add a vector into a slot's sums; norm2 is the squared norm of the sums it makes."""
        self._added.setdefault(slot, []).append((buckets, weights))
        self._added_size += len(buckets)
        self._held[slot].update(buckets.tolist())
        self.norm2[slot] = norm2

    def close(self, slot: int) -> None:
        self.live[slot] = False
        self.norm2[slot] = 0.0
        del self._held[slot]
        self._added_size -= sum(len(buckets) for buckets, _ in self._added.pop(slot, ()))

    def terms(self, slot: int) -> tuple[np.ndarray, np.ndarray]:
        """A slot's sums: its buckets, in order, and the weight on each."""
        parts = self._added.get(slot, [])
        if slot < self._by_slot.shape[0]:
            row = slice(self._by_slot.indptr[slot], self._by_slot.indptr[slot + 1])
            parts = [(self._by_slot.indices[row], self._by_slot.data[row]), *parts]
        if not parts:
            return np.empty(0, dtype=np.int64), np.empty(0)
        buckets, weights = (np.concatenate(part) for part in zip(*parts))
        unique, positions = np.unique(buckets, return_inverse=True)
        return unique, np.bincount(positions, weights, minlength=len(unique))

    def dots(self, vectors: sparse.csr_array, buckets: np.ndarray, found: np.ndarray) -> None:
        """Dot products of each vector (a row over `buckets`, the batch's buckets in order) with each slot, into
        `found` (a row a vector, a column a slot at least)."""
        if len(self._settled_buckets):
            # Each bucket is read as its row of the settled sums; one they lack takes another's, with weight 0.
            rows = np.searchsorted(self._settled_buckets, buckets).clip(max=len(self._settled_buckets) - 1)
            held = self._settled_buckets[rows] == buckets
            on_rows = sparse.csr_array(
                (vectors.data * held[vectors.indices], rows[vectors.indices], vectors.indptr),
                shape=(vectors.shape[0], len(self._settled_buckets)),
            )
            settled = (on_rows @ self._by_bucket).toarray()
            found[:, : settled.shape[1]] = settled
        if self._added:
            slots, added, weights = self._flat_added()
            self._batch_rows[buckets] = np.arange(len(buckets), dtype=np.int32)
            rows = self._batch_rows[added]
            self._batch_rows[buckets] = -1
            kept = rows >= 0
            rows = rows[kept]
            recent = sparse.csr_array((weights[kept], (rows, slots[kept])), shape=(len(buckets), self.slots))
            found[:, : self.slots] += (vectors @ recent).toarray()

    def _flat_added(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """What was added since settling, as (slot, bucket, weight) arrays; empty ones when nothing was."""
        parts = [(slot, buckets, weights) for slot, chunks in self._added.items() for buckets, weights in chunks]
        slots = np.repeat(np.array([slot for slot, _, _ in parts], dtype=np.int64), [len(b) for _, b, _ in parts])
        buckets = np.concatenate([b for _, b, _ in parts]) if parts else np.empty(0, dtype=np.int64)
        return slots, buckets, np.concatenate([w for _, _, w in parts]) if parts else np.empty(0)

    def settle_when_due(self) -> np.ndarray | None:
        """Settle when due (see the class); then the new slot of each old one (-1 for slots dropped), which callers
        must follow."""
        dropped = self.slots - len(self._held)
        if self._added_size < max(self._by_slot.nnz, _SETTLE_SIZE) and dropped <= max(len(self._held), 64):
            return None
        moved = np.full(self.slots, -1, dtype=np.int64)
        kept = np.flatnonzero(self.live[: self.slots])
        moved[kept] = np.arange(len(kept))
        settled = self._by_slot.tocoo()
        slots, added, weights = self._flat_added()
        slots = np.concatenate([settled.row, slots])
        buckets = np.concatenate([settled.col, added])
        weights = np.concatenate([settled.data, weights])
        alive = moved[slots] >= 0
        self._by_slot = sparse.csr_array((weights[alive], (moved[slots[alive]], buckets[alive])), shape=(len(kept), _BUCKETS))
        self._by_slot.sum_duplicates()
        self._settled_buckets, rows = np.unique(self._by_slot.indices, return_inverse=True)
        self._by_bucket = sparse.csr_array(
            (self._by_slot.data, (rows, np.repeat(np.arange(len(kept)), np.diff(self._by_slot.indptr)))),
            shape=(len(self._settled_buckets), len(kept)),
        )
        self._added, self._added_size = {}, 0
        self.slots = len(kept)
        size = max(64, 2 * len(kept))
        self.live, self.norm2 = (
            np.concatenate([a[kept], np.zeros(size - len(kept), dtype=a.dtype)]) for a in (self.live, self.norm2)
        )
        self._held = {int(moved[slot]): held for slot, held in self._held.items()}
        return moved


class _BatchDots:
    """For a batch's articles, in turn, the dot products of their terms with each event's term sums.

    What the events held before the batch comes from one sparse product for the whole batch; as an article joins
    an event, its products with the batch's articles are added to that event's column.
    """

    def __init__(self, sums: _TermSums, batch: Sequence[Weighed], lookup_terms: int) -> None:
        self._count = len(batch)
        self._next = 0
        if not batch:
            return
        lengths = [len(weighed.terms) for weighed in batch]
        heads = [min(length, lookup_terms) for length in lengths]
        every = np.concatenate([weighed.terms for weighed in batch])
        self._buckets, columns = np.unique(every, return_inverse=True)
        head = np.concatenate([np.arange(length) < lookup_terms for length in lengths])
        weights = np.concatenate([weighed.term_weights for weighed in batch])
        # The articles' vectors, then their heads: rows k and count + k are article k's.
        self._vectors = sparse.csr_array(
            (np.concatenate([weights, weights[head]]), np.concatenate([columns, columns[head]]),
             np.cumsum([0] + lengths + heads)),
            shape=(2 * self._count, len(self._buckets)),
        )
        # Room for the slots the batch can take: an event opened by each article, and one for each pruned.
        self._found = np.zeros((2 * self._count, sums.slots + 2 * self._count))
        sums.dots(self._vectors, self._buckets, self._found)
        self._within = (self._vectors @ self._vectors[: self._count].T).toarray()

    def next(self, sums: _TermSums) -> tuple[np.ndarray, np.ndarray]:
        """The next article's dot products with each slot's sums, of all its terms and of its heaviest ones
        (views, good until an article joins)."""
        self._article, self._next = self._next, self._next + 1
        return self._found[self._article, : sums.slots], self._found[self._count + self._article, : sums.slots]

    def joined(self, slot: int) -> None:
        """The article last given joins the event in `slot`."""
        self._found[:, slot] += self._within[:, self._article]

    def moved(self, slot: int, buckets: np.ndarray, weights: np.ndarray) -> None:
        """An event's sums, pruned, now lie in `slot`."""
        self._found[:, slot] = self._vectors @ _spread(buckets, weights, self._buckets)


def _spread(buckets: np.ndarray, weights: np.ndarray, over: np.ndarray) -> np.ndarray:
    """The weights of a vector on the sorted buckets `over` (0 where it has none)."""
    spread = np.zeros(len(over))
    positions = np.searchsorted(over, buckets).clip(max=len(over) - 1)
    hit = over[positions] == buckets
    spread[positions[hit]] = weights[hit]
    return spread


def _best_keys(keys: np.ndarray, slots: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """The `count` smallest keys and every key equal to the last of them, with their slots."""
    parted = keys.copy()
    parted.partition(count - 1)
    last = parted[count - 1]
    kept = keys <= last
    return keys[kept], slots[kept]


def _read_part(text: str, max_chars: int | None) -> str:
    """The start of the text that clustering reads: up to the first space at or after `max_chars`."""
    return text if max_chars is None or len(text) <= max_chars else text[: word_end(text, max_chars)]


def _full_text(article: Article) -> str:
    # The headline names the event; most readers keep it out of the body.
    if article.title and not article.text.lstrip().startswith(article.title):
        return f"{article.title}\n\n{article.text}"
    return article.text


def _cosine(length: int, dot: float, total_norm2: float) -> float:
    """Cosine of a unit vector (of `length` buckets) with a sum of unit vectors, given their dot product."""
    if not length or total_norm2 <= 0:
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


def _grown_norm2(norm2: float, dot: float, length: int) -> float:
    """The squared norm of a sum of unit vectors once a vector (of `length` buckets, with `dot` against the sum) is added."""
    return norm2 + 2 * dot + (1.0 if length else 0.0)
