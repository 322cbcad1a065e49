"""What the clusterer compares articles by: weighed counts and the postings candidate events are found by."""

import math
import random
import re
from collections import Counter

import numpy as np

from synopsis.events.cluster import _full_text, _Postings
from synopsis.events.features import (
    _CAPITALIZED_RUN,
    Counted,
    DocumentFrequencies,
    Vocabulary,
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


def test_each_part_is_weighed_as_on_its_own():
    parts = [Counter({5: 3, 9: 1, 2: 1, 7: 2}), Counter(), Counter({11: 1, 5: 4})]
    frequencies = DocumentFrequencies()
    frequencies.add(np.array([5, 9, 9]))  # an earlier article
    article = Counted(
        np.array([b for part in parts for b in part], dtype=np.int64),
        1 + np.log(np.array([c for part in parts for c in part.values()], dtype=np.float64)),
        tuple(map(len, parts)),
    )
    frequencies.add(article.buckets)
    weighed = frequencies.weigh(article, keep=3)
    for part, vector in zip(parts, weighed):
        raw = {b: (1 + math.log(c)) * (math.log(3 / (1 + frequencies.counts[b])) + 1) for b, c in part.items()}
        heaviest = sorted(raw, key=lambda b: -raw[b])[:3]
        norm = math.sqrt(sum(raw[b] ** 2 for b in heaviest))
        assert list(vector) == heaviest
        assert all(math.isclose(vector[b], raw[b] / norm) for b in heaviest)
    assert frequencies.counts[[5, 9, 2, 11]].tolist() == [2, 2, 1, 1]  # a bucket counts once an article


def test_postings_hold_each_events_sum_on_each_bucket():
    rng = random.Random(0)
    postings, events = _Postings(), {slot: {} for slot in range(6)}
    for _ in range(300):
        slot = rng.randrange(6)
        if rng.random() < 0.7:
            postings.add(slot, events[slot], {rng.randrange(20): rng.random() for _ in range(4)})
        elif events[slot]:
            bucket = rng.choice(list(events[slot]))
            del events[slot][bucket]
            postings.remove(bucket, slot)
        query = [(bucket, rng.random()) for bucket in rng.sample(range(20), 5)]
        slots, shares, head = postings.lookup(dict(query), 3)
        # Bucket after bucket, each event holding the bucket once, with its sum times the query's weight.
        expected = [
            sorted((slot, weight * terms[bucket]) for slot, terms in events.items() if bucket in terms)
            for bucket, weight in query
        ]
        found, start = [], 0
        for part in expected:
            found.append(sorted(zip(slots[start : start + len(part)].tolist(), shares[start : start + len(part)].tolist())))
            start += len(part)
        assert found == expected and start == len(slots)
        assert head == sum(map(len, expected[:3]))


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
