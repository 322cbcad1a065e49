import numpy as np
import pytest
from scipy import sparse

from synopsis.model import Budget
from synopsis.summarize import candidates
from synopsis.similarity.units import content_units
from synopsis.summarize.centroid import Centroid, centroid, position_scores
from synopsis.summarize.lead import Lead, round_robin
from synopsis.summarize.lexrank import LexRank, lexrank_scores, power_method, stochastic

FIRST = [
    "Regime forces have seized dozens of towns and villages in northwest Syria from jihadists.",
    "Russian warplanes continued to pummel the province's south, killing nine civilians.",
    "Residents of the southern Idlib town flooded out of the area, fearing further advances.",
]
SECOND = [
    "Clashes in the country's last opposition bastion killed more than 80 on both sides.",
    "The flare-up triggered a wave of displacement from nearby areas, a correspondent said.",
]


def corpus_of(documents):
    return candidates(documents, content_units(documents))[0]


def test_lead_takes_first_sentences_in_turn(report):
    corpus = corpus_of([report("a", FIRST), report("b", SECOND)])
    texts = [corpus.sentences[i].text for i in round_robin(corpus)]
    assert texts == [FIRST[0], SECOND[0], FIRST[1], SECOND[1], FIRST[2]]
    chosen = Lead()(corpus, Budget(sentences=3))
    assert [corpus.sentences[i].text for i in chosen] == [FIRST[0], SECOND[0], FIRST[1]]


def test_lead_skips_a_sentence_that_does_not_fit_and_fills_on(report):
    corpus = corpus_of([report("a", ["One two three four five six seven eight nine ten eleven.", "Short one here."])])
    assert [corpus.sentences[i].text for i in Lead()(corpus, Budget(words=5))] == ["Short one here."]


def test_stochastic_rows_sum_to_one_and_isolated_rows_loop():
    matrix = stochastic(sparse.csr_matrix(np.array([[1.0, 0.5, 0.0], [0.5, 1.0, 0.0], [0.0, 0.0, 0.0]])))
    assert np.asarray(matrix.sum(axis=1)).ravel() == pytest.approx([1.0, 1.0, 1.0])


def test_power_method_finds_the_stationary_distribution():
    rng = np.random.default_rng(3)
    similarity = rng.random((12, 12))
    similarity = (similarity + similarity.T) / 2
    walk = stochastic(sparse.csr_matrix(similarity)).toarray()
    damping = 0.15
    p = power_method(sparse.csr_matrix(walk), damping, 1e-12)
    # The fixed point of the damped walk, solved directly.
    google = damping / 12 + (1 - damping) * walk
    values, vectors = np.linalg.eig(google.T)
    expected = np.real(vectors[:, np.argmax(np.real(values))])
    assert p == pytest.approx(expected / expected.sum(), abs=1e-9)
    assert p.sum() == pytest.approx(1.0)


def test_lexrank_ranks_sentences_by_how_much_the_others_echo_them():
    vectors = sparse.csr_matrix(np.array([[1.0, 0.0, 0.0], [0.8, 0.6, 0.0], [0.8, 0.0, 0.6], [0.0, 0.0, 1.0]]))
    scores = lexrank_scores(vectors)
    # On a symmetric graph the walk settles in proportion to each sentence's total similarity.
    degrees = np.asarray((vectors @ vectors.T).sum(axis=1)).ravel()
    assert np.argsort(scores).tolist() == np.argsort(degrees).tolist()


def test_position_score_falls_from_the_first_sentence(report):
    corpus = corpus_of([report("a", FIRST)])
    scores = position_scores(corpus, np.array([2.0, 4.0, 1.0]))
    # (n - i) / n * C_max with n = 3 and C_max = 4.
    assert scores == pytest.approx([4.0, 8 / 3, 4 / 3])


def test_centroid_keeps_the_heaviest_words():
    counts = sparse.csr_matrix(np.array([[3.0, 1.0, 0.0], [1.0, 0.0, 1.0]]))
    values = centroid(counts, np.array([1.0, 1.0, 2.0]), np.array([0, 1]), words=2)
    # tf averaged over 2 reports: [2, 0.5, 0.5]; times idf: [2, 0.5, 1]; top 2 kept.
    assert values == pytest.approx([2.0, 0.0, 1.0])


@pytest.mark.parametrize("summarizer", [Centroid(), LexRank()])
def test_central_sentence_wins(report, summarizer):
    shared = "Regime forces seized towns in Idlib as civilians fled the bombardment."
    documents = [
        report("a", ["A farmer from the towns near Homs sold his goats at the weekly market.", shared]),
        report("b", ["Regime forces seized more towns in Idlib while civilians fled the bombardment there.", "Football results from the towns came in late."]),
        report("c", ["Civilians fled Idlib as regime forces seized towns after bombardment.", "The weather was mild for December."]),
    ]
    corpus = corpus_of(documents)
    chosen = summarizer(corpus, Budget(sentences=1))
    assert len(chosen) == 1
    assert "Idlib" in corpus.sentences[chosen[0]].text
