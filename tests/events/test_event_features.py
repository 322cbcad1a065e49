"""What the clusterer compares articles by: weighed counts and the term sums candidate events are found by."""

import math
import random
import re
from collections import Counter

import numpy as np
import pytest
from scipy.sparse import csr_array

from synopsis.events.cluster import _BatchDots, _full_text, _TermSums
from synopsis.events.features import (
    _CAPITALIZED_RUN,
    Counted,
    DocumentFrequencies,
    Vocabulary,
    Weighed,
    capitalized_runs,
    feature,
    figure_buckets,
    figure_strings,
    name_buckets,
    term_buckets,
    years,
    years_of_figures,
)
from synopsis.model import Article
from synopsis.similarity.duplicates import DuplicateIndex
from synopsis.text.language import detect_language, token_words, words_read
from synopsis.text.tokens import STOPWORDS, stem, word_end, words


def _counted(parts: list[Counter]) -> Counted:
    return Counted(
        np.array([b for part in parts for b in part], dtype=np.int64),
        1 + np.log(np.array([c for part in parts for c in part.values()], dtype=np.float64)),
        tuple(map(len, parts)),
    )


def test_each_part_is_weighed_as_on_its_own():
    parts = [Counter({5: 3, 9: 1, 2: 1, 7: 2}), Counter(), Counter({11: 1, 5: 4})]
    frequencies = DocumentFrequencies()
    earlier = Counted(np.array([5, 9, 9]), np.ones(3), (3, 0, 0))
    _, weighed = frequencies.weigh([earlier, _counted(parts)], keep=3)
    vectors = [dict(zip(weighed.terms.tolist(), weighed.term_weights.tolist())), weighed.names, weighed.figures]
    for part, vector in zip(parts, vectors):
        raw = {b: (1 + math.log(c)) * (math.log(3 / (1 + frequencies.counts[b])) + 1) for b, c in part.items()}
        heaviest = sorted(raw, key=lambda b: -raw[b])[:3]
        norm = math.sqrt(sum(raw[b] ** 2 for b in heaviest))
        assert list(vector) == heaviest
        assert all(math.isclose(vector[b], raw[b] / norm) for b in heaviest)
    assert frequencies.counts[[5, 9, 2, 11]].tolist() == [2, 2, 1, 1]  # a bucket counts once an article


def test_a_batch_is_weighed_as_its_articles_one_at_a_time():
    rng = random.Random(0)
    batch = [
        _counted([Counter({rng.randrange(12): rng.randrange(1, 4) for _ in range(rng.randrange(0, 8))}) for _ in range(3)])
        for _ in range(9)
    ]
    together, alone = DocumentFrequencies(), DocumentFrequencies()
    at_once = together.weigh(batch[:2], keep=4) + together.weigh(batch[2:], keep=4)
    in_turn = [alone.weigh([counted], keep=4)[0] for counted in batch]
    for one, other in zip(at_once, in_turn):
        assert one.terms.tolist() == other.terms.tolist() and one.term_weights.tolist() == other.term_weights.tolist()
        assert list(one.names.items()) == list(other.names.items())
        assert list(one.figures.items()) == list(other.figures.items())
    assert together.counts.tolist() == alone.counts.tolist() and together.articles == alone.articles == 9


def test_term_sums_give_each_events_dot_products(monkeypatch):
    monkeypatch.setattr("synopsis.events.cluster._SETTLE_SIZE", 12)  # settle often
    rng = random.Random(1)
    sums, events = _TermSums(), {}
    for step in range(400):
        if not events or rng.random() < 0.1:
            events[sums.new_slot()] = Counter()
        slot = rng.choice(list(events))
        if rng.random() < 0.05 and len(events) > 1:
            sums.close(slot)
            del events[slot]
        else:
            buckets = np.array(sorted(rng.sample(range(30), 4)), dtype=np.int64)
            weights = np.array([rng.random() for _ in buckets])
            events[slot].update(dict(zip(buckets.tolist(), weights.tolist())))
            sums.add(slot, buckets, weights, sum(w * w for w in events[slot].values()))
        if step % 7 == 0:
            moved = sums.settle_when_due()
            if moved is not None:
                events = {int(moved[slot]): terms for slot, terms in events.items()}
        query = dict(zip(rng.sample(range(30), 5), (rng.random() for _ in range(5))))
        over = np.array(sorted(query), dtype=np.int64)
        vector = csr_array((np.array([query[b] for b in over.tolist()]), np.arange(len(over)), [0, len(over)]), shape=(1, len(over)))
        found = np.zeros((1, sums.slots))
        sums.dots(vector, over, found)
        found = found[0]
        for slot, terms in events.items():
            assert math.isclose(found[slot], sum(w * terms.get(b, 0.0) for b, w in query.items()), abs_tol=1e-12)
            buckets, weights = sums.terms(slot)
            assert dict(zip(buckets.tolist(), weights.tolist())) == pytest.approx(dict(terms))
        assert set(np.flatnonzero(sums.live[: sums.slots]).tolist()) == set(events)


def test_a_batch_adds_what_its_earlier_articles_joined():
    sums = _TermSums()
    first = sums.new_slot()
    sums.add(first, np.array([1, 2]), np.array([0.6, 0.8]), 1.0)
    batch = [
        Weighed(np.array([2, 3]), np.array([0.8, 0.6]), {}, {}),
        Weighed(np.array([3, 1]), np.array([0.6, 0.8]), {}, {}),
    ]
    dots = _BatchDots(sums, batch, lookup_terms=1)
    terms, head = dots.next(sums)
    assert terms.tolist() == pytest.approx([0.64]) and head.tolist() == pytest.approx([0.64])
    dots.joined(first)
    sums.add(first, batch[0].terms, batch[0].term_weights, 2 + 2 * 0.64)
    terms, head = dots.next(sums)
    # 3 from the batch's first article, 1 from what the event held before; the head is bucket 3 alone.
    assert terms.tolist() == pytest.approx([0.36 + 0.48]) and head.tolist() == pytest.approx([0.36])


def test_a_vocabulary_gives_each_batch_the_buckets_it_would_get_alone():
    batches = [["The quake struck Chile", "Quakes struck again"], ["Chile lifted the warning", "warnings lifted"], ["A new word"]]
    vocabulary = Vocabulary(size=8)  # small: it starts afresh within the stream
    for batch in batches:
        found = [words(text) for text in batch]
        assert vocabulary.buckets(found) == term_buckets(batch)
        assert DuplicateIndex().sketches(batch, found, vocabulary.word_hashes)[0].signature.hashvalues.tolist() == (
            DuplicateIndex().sketches(batch)[0].signature.hashvalues.tolist()
        )
    assert len(vocabulary._rows) <= 8 + len(set().union(*found))


def test_the_language_is_told_the_same_from_the_words_a_caller_has():
    texts = [
        "The quake struck Chile on Sunday, officials said.",
        "Le séisme a frappé le Chili dimanche.",
        "Der Zug war 2der3 spat und die Leute warteten am Bahnhof",
        "La pluie tombe sur la ville depuis trois jours et les rivières débordent",
        "el3 the4 x 2013 abc123def la casa de la moneda",
        "the3 the4 x 2013 abc123def la casa de la moneda",
        "and" * 3000,
        "",
        "1999 2000",
        "“La pluie tombe” — sur la ville depuis trois jours… et les rivières’ eaux",
        "“La pluie tombe” — sur la ville depuis trois jours… et les rivieres’ eaux",
        "The quake’s toll — 85 — rose, “officials” said\u00a0on Sunday…",
    ]
    for text in texts:
        assert detect_language(text, words(text)) == detect_language(text)
        # What is read in a text is the sum of what is read in each of its words.
        read = tuple(map(sum, zip((0, 0), *map(token_words, words(text)))))
        assert read == words_read(words(text)) and detect_language(text, read=read) == detect_language(text)


def test_years_are_read_from_the_figures():
    for text in ["In 2013, 1,2013 and 2013.5 and 19999 or 1999s; (2001)", "2,013. 1984-2020 20_19 x2019", "1999,2000"]:
        assert years_of_figures(figure_strings(text)) == years(text)


def test_names_and_figures_start_at_a_word_boundary():
    text = "McDonald's iPhone 3M _Abc x_Y ÉTAT Bob Lee. A a1 1a 1 2,3. 4.5x _6 é7 7é x2019 (2001) 20_19 1,2013 Ève"
    assert _CAPITALIZED_RUN.findall(text) == re.findall(r"\b[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*)*", text)
    assert figure_strings(text) == re.findall(r"\b\d[\d,.]*\b", text)
    # Nothing starts inside a word ("iPhone", "3M", "x_Y", "x2019", "20_19"): what is found is whole words.
    assert _CAPITALIZED_RUN.findall(text) == ["McDonald's", "Bob Lee. A"]
    assert figure_strings(text) == ["1", "2,3", "4.", "2001", "1,2013"]


def test_ascii_text_gives_the_names_and_figures_the_unicode_patterns_find():
    # Every ASCII character before, inside and after capitalised words and numbers.
    text = "".join(f"{chr(code)}Ab{chr(code)}C 1{chr(code)}2 X{chr(code)}9{chr(code)}Y z" for code in range(128))
    assert text.isascii()
    assert capitalized_runs(text) == _CAPITALIZED_RUN.findall(text)
    assert figure_strings(text) == re.findall(r"\d(?<!\w\d)[\d,.]*\b", text)
    assert capitalized_runs("Bob’s Café") == ["Bob’s Café"]  # other texts by the Unicode pattern


def test_featurizing_a_batch_gives_what_each_text_alone_gives(feed):
    articles, _ = feed
    articles = articles + [
        Article(id="copy", text=articles[0].text + " Reuters"),  # a syndicated copy
        Article(id="fr", text="Le séisme de magnitude 7,1 a frappé le Chili, selon l’Institut géologique."),
        Article(id="marks", text="“The quake’s toll — 85 — rose,” officials said\u00a0on Sunday… in Iquique_2"),
        Article(id="titled", title="Quake in Chile", text="Six died in 2014 when the 7.1 quake struck Iquique."),
        Article(id="empty", text=""),
        Article(id="stopwords", text="The of and, or but. " * 40),
    ]
    lead_chars, lead_times = 60, 3  # leads end early, so the rest counts too
    vocabulary = Vocabulary(size=16)  # small: it starts afresh between batches
    for start in range(0, len(articles), 5):
        texts = [_full_text(article) for article in articles[start : start + 5]]
        found = vocabulary.featurize(texts, lead_chars, lead_times, DuplicateIndex())
        assert len(found.leads) == len(texts)
        for text, lead, counts, sketch, read, found_years in zip(texts, *found):
            # Each text alone, by the functions that read one kind of feature of one text.
            assert lead == text[: word_end(text, lead_chars)]
            rest = text[len(lead) :]
            parts = [
                Counter(buckets([lead])[0] * lead_times + buckets([rest])[0])
                for buckets in (term_buckets, name_buckets, figure_buckets)
            ]
            # The terms are the stems of the words that are not stopwords, each stemmed alone.
            assert list(parts[0]) == list(Counter(
                feature(stem(word)) for word in words(lead) * lead_times + words(rest) if word not in STOPWORDS
            ))
            assert counts.sizes == tuple(map(len, parts))
            assert counts.buckets.tolist() == [b for part in parts for b in part]
            assert counts.tf.tolist() == [1 + math.log(c) for part in parts for c in part.values()]
            alone = DuplicateIndex().sketches([text])[0]
            assert (sketch.key, sketch.band_keys, sketch.scheme) == (alone.key, alone.band_keys, alone.scheme)
            assert (sketch.signature is None) == (alone.signature is None)
            if sketch.signature is not None:
                assert sketch.signature.hashvalues.tolist() == alone.signature.hashvalues.tolist()
            assert read == words_read(words(text))
            assert found_years == years(text)
