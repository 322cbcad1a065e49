"""The clusterer's invariants on a hand-made feed of three events."""

import dataclasses
import multiprocessing
import datetime as dt
import inspect
import pickle
import random

import numpy as np
import pytest

from synopsis.errors import InputError
from synopsis.events import EventClusterer
from synopsis.events.evaluate import score
from synopsis.events.features import Vocabulary, figures
from synopsis.model import Article


def test_the_three_events_are_found(feed):
    articles, gold = feed
    labels = EventClusterer().fit_predict(articles)
    assert score(labels, gold).f1 == 1.0
    assert labels[:3] == ["e1", "e2", "e3"]  # ids in order of first report


def test_every_article_gets_exactly_one_event(feed):
    articles, _ = feed
    labels = EventClusterer().fit_predict(articles)
    assert len(labels) == len(articles)
    assert all(isinstance(label, str) and label for label in labels)


def test_same_order_same_events(feed):
    articles, _ = feed
    assert EventClusterer().fit_predict(articles) == EventClusterer().fit_predict(articles)


def test_fit_starts_afresh(feed):
    articles, _ = feed
    clusterer = EventClusterer()
    assert clusterer.fit_predict(articles) == clusterer.fit_predict(articles)


@pytest.mark.parametrize("pieces", [[1] * 9, [4, 5], [2, 3, 4]])
def test_partial_fit_in_pieces_equals_one_fit(feed, pieces):
    articles, _ = feed
    whole = EventClusterer(batch_size=3).fit_predict(articles)
    clusterer, labels, start = EventClusterer(batch_size=3), [], 0
    for size in pieces:
        labels += clusterer.partial_fit(articles[start : start + size]).labels_
        start += size
    assert labels == whole


@pytest.mark.parametrize("batch_size", [1, 2, 4])
def test_a_worker_process_gives_the_same_events(feed, batch_size):
    articles, _ = feed
    french = Article(id="fr", text="Un séisme de magnitude 7,1 a frappé le nord du Chili près d'Iquique mardi.")
    stream = articles + [french, dataclasses.replace(articles[4], id="copy")]
    alone = EventClusterer(batch_size=batch_size, workers=0).fit_predict(stream)
    assert EventClusterer(batch_size=batch_size, workers=1).fit_predict(stream) == alone
    assert EventClusterer(batch_size=batch_size, workers=2).fit_predict(stream) == alone
    assert alone[-1] == alone[4]


@pytest.mark.parametrize("batch_size", [64, 80, 81])
def test_the_first_batches_cut_small_for_the_workers_give_the_same_events(feed, batch_size):
    # With workers, a stream longer than a batch starts with batches of 8, 16 and 32 articles; 81 articles make one
    # batch of 81, or a first batch too small to fill one of 80.
    articles, _ = feed
    stream = [dataclasses.replace(a, id=f"{a.id}-{n}", text=f"{a.text} Update {n}.") for n in range(9) for a in articles]
    alone = EventClusterer(batch_size=batch_size, workers=0).fit_predict(stream)
    assert len(alone) == len(stream)
    assert EventClusterer(batch_size=batch_size, workers=1).fit_predict(stream) == alone


def test_a_stream_left_early_stops_its_worker(feed):
    articles, _ = feed
    stream = EventClusterer(batch_size=8, workers=1).stream(articles * 3)
    next(stream)
    stream.close()
    assert not multiprocessing.active_children()


def test_stream_yields_ids_in_order(feed):
    articles, _ = feed
    pairs = list(EventClusterer().stream(iter(articles)))
    assert [id for id, _ in pairs] == [a.id for a in articles]
    assert [event for _, event in pairs] == EventClusterer().fit_predict(articles)


def test_copies_join_their_originals_event(feed):
    articles, _ = feed
    original = articles[1]
    exact = dataclasses.replace(original, id="copy")
    credited = dataclasses.replace(original, id="credited", text=original.text + "\n\n(Reuters)")
    labels = EventClusterer().fit_predict(articles + [exact, credited])
    assert labels[-1] == labels[-2] == labels[1]


def test_copies_are_caught_after_the_copy_index_turns_over(feed):
    articles, _ = feed
    # The copy index keeps two generations of window_articles arrivals each.
    copy = dataclasses.replace(articles[0], id="copy")
    labels = EventClusterer(window_articles=4).fit_predict(articles[:5] + [copy])
    assert labels[-1] == labels[0]


def test_an_event_closes_after_window_articles_arrivals(feed):
    articles, _ = feed
    quake = [a for a in articles if a.id.startswith("quake")]
    others = [a for a in articles if not a.id.startswith("quake")]
    clusterer = EventClusterer(window_articles=3)
    labels = clusterer.fit_predict([quake[0]] + others[:4] + [quake[1]])
    assert labels[-1] != labels[0]  # the first quake event had closed
    assert clusterer.n_open_events_ <= 3


def test_an_event_closes_after_window_days(dated_feed):
    articles, _ = dated_feed
    late = dataclasses.replace(articles[3], id="late", date=articles[0].date + dt.timedelta(days=30))
    soon = dataclasses.replace(articles[3], id="soon", date=articles[0].date + dt.timedelta(days=2))
    assert EventClusterer(window=7).fit_predict([articles[0], soon])[1] == "e1"
    labels = EventClusterer(window=7).fit_predict([articles[0], late])
    assert labels == ["e1", "e2"]


def test_open_events_stay_bounded_on_a_long_stream():
    clusterer = EventClusterer(window_articles=50)
    stream = (Article(id=str(i), text=f"Story number{i} about topic{i % 997} and place{i % 89}.") for i in range(600))
    for _ in clusterer.stream(stream):
        assert clusterer.n_open_events_ <= 51


def test_batches_give_the_events_of_one_article_at_a_time(monkeypatch):
    # Events' sums are pruned often and settled often, so every path of the batch products is taken.
    monkeypatch.setattr("synopsis.events.cluster._SETTLE_SIZE", 64)
    rng = random.Random(3)
    topics = [[f"topic{t}word{w}" for w in range(12)] for t in range(8)]
    stream = [
        Article(id=str(i), text=" ".join(rng.choice(topics[i % 8] if rng.random() < 0.7 else topics[rng.randrange(8)]) for _ in range(25)))
        for i in range(240)
    ]
    one_by_one = EventClusterer(batch_size=1, max_event_terms=6, workers=0).fit_predict(stream)
    clusterer = EventClusterer(batch_size=32, max_event_terms=6, workers=0)
    assert clusterer.fit_predict(stream) == one_by_one
    assert len(set(one_by_one)) < len(stream) / 4  # articles do join events
    sums = clusterer._sums
    assert sums._by_slot.nnz > 0  # settled at least once
    assert all(len(sums.terms(event.slot)[0]) <= 12 for event in clusterer._open.values())  # pruned


def test_the_term_sums_stay_bounded_when_events_close_young():
    # Events close after 20 arrivals, long before their terms would make the sums settle on size alone.
    clusterer = EventClusterer(window_articles=20, batch_size=16, workers=0)

    def word(number: int) -> str:  # letters only, a word of its own for each number
        return "".join(chr(ord("a") + int(digit)) for digit in f"{number:06d}")

    stream = (Article(id=str(i), text=" ".join(word(5 * i + k) for k in range(5))) for i in range(3000))
    for _ in clusterer.stream(stream):
        assert clusterer._sums.slots <= 2 * max(clusterer.n_open_events_, 64) + 2 * 16 + 1


def test_a_repeated_id_stops_the_stream_after_the_articles_before_it(feed):
    articles, _ = feed
    clusterer, got = EventClusterer(batch_size=8, workers=0), []
    with pytest.raises(InputError, match="same id"):
        for pair in clusterer.stream(articles[:2] + [dataclasses.replace(articles[2], id=articles[0].id)]):
            got.append(pair)
    assert [id for id, _ in got] == [articles[0].id, articles[1].id]
    # What was assigned stays: a copy of the first article joins its event.
    assert clusterer.partial_fit([dataclasses.replace(articles[0], id="copy")]).labels_ == [got[0][1]]


def test_undated_articles_follow_arrival_order(dated_feed):
    articles, gold = dated_feed
    undated = [dataclasses.replace(a, date=None) if i % 2 else a for i, a in enumerate(articles)]
    assert score(EventClusterer().fit_predict(undated), gold).f1 == 1.0


def test_other_languages_are_kept_apart(feed):
    articles, _ = feed
    french = Article(
        id="fr",
        text="Un séisme de magnitude 7,1 a frappé le nord du Chili près d'Iquique mardi, faisant six morts; "
        "une alerte au tsunami a été lancée et les habitants de Tarapaca ont fui la côte.",
    )
    labels = EventClusterer().fit_predict(articles + [french])
    assert labels[-1] not in labels[:-1]


def test_an_empty_text_is_an_event_of_its_own(feed):
    articles, _ = feed
    empty = [Article(id="blank", text="   "), Article(id="blank2", text="")]
    labels = EventClusterer().fit_predict(articles[:2] + empty + articles[2:])
    assert labels[2] != labels[3]
    assert labels.count(labels[2]) == 1 and labels.count(labels[3]) == 1


def test_a_copy_of_an_article_without_content_words_joins_it():
    words = [Article(id="a", text="It was what it is."), Article(id="b", text="It was what it is.")]
    assert EventClusterer().fit_predict(words) == ["e1", "e1"]


def test_only_the_start_of_a_long_article_is_read(feed):
    articles, _ = feed
    # Each report on the quake grows a long tail about the football final: what lies past max_chars changes nothing.
    tail = " ".join(a.text for a in articles if a.id.startswith("final")) * 3
    grown = [dataclasses.replace(a, text=f"{a.text} {tail}") if a.id.startswith("quake") else a for a in articles]
    cut = min(len(a.text) for a in articles if a.id.startswith("quake"))  # within every quake report
    read = [dataclasses.replace(a, text=a.text[: a.text.find(" ", cut)]) if a.id.startswith("quake") else a for a in grown]
    assert EventClusterer(max_chars=cut).fit_predict(grown) == EventClusterer(max_chars=None).fit_predict(read)
    assert EventClusterer(max_chars=None).fit_predict(grown) != EventClusterer(max_chars=None).fit_predict(read)


def test_titles_count_as_text():
    first = Article(id="a", text="The company said on Monday it would close the plant.", title="Volvo shuts Ghent truck plant")
    second = Article(id="b", text="Volvo will shut its Ghent truck plant, the company said.")
    assert EventClusterer(threshold=0.2).fit_predict([first, second]) == ["e1", "e1"]


@pytest.mark.parametrize(
    "params",
    [
        {"mode": "bert"},
        {"window": 0},
        {"window_articles": 0},
        {"workers": -1},
        {"batch_size": 0},
        {"candidates": 0},
        {"lookup_terms": 0},
        {"max_chars": 0},
    ],
)
def test_bad_parameters_are_input_errors(feed, params):
    with pytest.raises(InputError):
        EventClusterer(**params).fit_predict(feed[0])


def test_constructor_only_stores_its_parameters():
    clusterer = EventClusterer(mode="embeddings", threshold=0.4)
    assert set(vars(clusterer)) == set(inspect.signature(EventClusterer).parameters)
    assert clusterer.n_open_events_ == 0


def test_embeddings_mode_finds_the_events(feed):
    articles, gold = feed
    assert score(EventClusterer(mode="embeddings").fit_predict(articles), gold).f1 == 1.0


def test_workers_embed_the_batches_they_featurize(feed):
    # Each process embeds its own batches (on one thread): the same vectors, so the same events, as one process.
    articles, gold = feed
    alone = EventClusterer(mode="embeddings", batch_size=2, workers=0).fit_predict(articles)
    assert EventClusterer(mode="embeddings", batch_size=2, workers=1).fit_predict(articles) == alone
    assert EventClusterer(mode="embeddings", batch_size=2, workers=2).fit_predict(articles) == alone
    assert score(alone, gold).f1 == 1.0


def test_default_workers_follow_the_mode_and_the_cores(feed, monkeypatch):
    # Embedding is most of an article's work, so every core embeds; in tfidf mode this process assigns full time.
    articles, _ = feed
    alone = EventClusterer(mode="embeddings", batch_size=2, workers=0).fit_predict(articles)
    assert EventClusterer(mode="embeddings", batch_size=2).fit_predict(articles) == alone
    for cores, tfidf, embeddings in ((1, 0, 0), (2, 1, 2), (8, 4, 4)):
        monkeypatch.setattr("os.sched_getaffinity", lambda pid, cores=cores: set(range(cores)))
        assert (EventClusterer("tfidf")._workers(), EventClusterer("embeddings")._workers()) == (tfidf, embeddings)
    assert EventClusterer("embeddings", workers=0)._workers() == 0


def test_figures_are_the_numbers_reported():
    counted = figures("A 5.6 quake on May 2, 2013 killed 37; 37 were hurt.")
    assert sorted(counted.values()) == [1, 1, 1, 2]
    assert figures("No numbers here.") == {}
    assert figures("5.6") == figures("magnitude 5.6.")  # a full stop ends the number, not its value


def test_a_featurized_batch_comes_back_from_a_worker_whole(feed):
    # Every field of every article, as a worker's pipe carries the batch.
    articles, _ = feed
    clusterer = EventClusterer()
    batch = clusterer._count(articles, Vocabulary())
    for position, article in enumerate(batch):
        article.embedding = np.full(3, float(position))
    for sent, received in zip(batch, pickle.loads(pickle.dumps(batch))):
        for field in dataclasses.fields(sent):
            value, copy = getattr(sent, field.name), getattr(received, field.name)
            if field.name == "counts":
                assert (value.buckets.tolist(), value.tf.tolist(), value.sizes) == (
                    copy.buckets.tolist(), copy.tf.tolist(), copy.sizes
                )
            elif field.name == "sketch":
                assert (value.key, value.band_keys, value.scheme) == (copy.key, copy.band_keys, copy.scheme)
                assert value.signature.hashvalues.tolist() == copy.signature.hashvalues.tolist()
            elif isinstance(value, np.ndarray):
                assert value.tolist() == copy.tolist()
            else:
                assert value == copy, field.name
