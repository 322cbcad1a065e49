import pytest

from synopsis.summarize.base import Corpus
from synopsis.summarize.concepts import Occurrences, concepts, occurrences, proper_stems


@pytest.fixture
def corpus_from(report):
    def make(*reports: list[str]) -> Corpus:
        documents = tuple(report(f"r{k}", sentences) for k, sentences in enumerate(reports))
        sentences = tuple(s for d in documents for s in d.sentences)
        return Corpus(documents, sentences, tuple(range(len(sentences))), tuple(1 for _ in sentences))

    return make


def test_occurrences_count_reports_mentions_and_how_early(corpus_from):
    corpus = corpus_from(
        ["Aid workers fled north.", "Rebels shelled the town.", "Rebels shelled it again, rebels shelled."],
        ["Rebels shelled the city at dawn."],
        ["Aid workers stayed."],
    )
    seen = occurrences(corpus, [concepts(s.text) for s in corpus.sentences])
    # Twice in one sentence and once more in the first report, once in the second: two reports, four mentions.
    assert seen["rebel shell"] == Occurrences(support=2, count=4, first=0, early=1 / 2 + 1.0, lead=1)
    assert seen["aid worker"] == Occurrences(support=2, count=2, first=0, early=2.0, lead=2)
    assert seen["the citi"] == Occurrences(support=1, count=1, first=0, early=1.0, lead=1)


def test_min_support_keeps_the_shared_concepts_in_order_of_first_mention(corpus_from):
    corpus = corpus_from(
        ["Rebels shelled the town on Monday.", "Aid workers fled north."],
        ["Aid workers fled the town.", "Rebels shelled the city."],
        ["Rebels shelled a village."],
    )
    units = [concepts(s.text) for s in corpus.sentences]
    every = occurrences(corpus, units)
    shared = occurrences(corpus, units, min_support=2)
    assert list(shared) == [c for c, o in every.items() if o.support >= 2]
    assert list(shared) == ["rebel shell", "shell the", "the town", "aid worker", "worker fled"]
    assert all(shared[c] == every[c] for c in shared)
    assert list(occurrences(corpus, units, min_support=3)) == ["rebel shell"]


def test_names_are_words_capitalized_inside_sentences_more_often_than_not(corpus_from):
    corpus = corpus_from(
        ["Troops loyal to Assad shelled Idlib.", "Aid stopped when Assad spoke."],
        ["Aid trucks reached Idlib again.", "They said aid would come back."],
    )
    # Assad and Idlib are capitalized inside sentences; "Aid" only where sentences start, and lower case elsewhere.
    assert proper_stems(corpus) == frozenset({"assad", "idlib"})


def test_a_word_capitalized_as_often_as_not_is_no_name(corpus_from):
    corpus = corpus_from(["Rebels in White Helmets met white flags.", "The White house was white."])
    assert proper_stems(corpus) == frozenset({"helmet"})
