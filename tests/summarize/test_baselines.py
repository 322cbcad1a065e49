import numpy as np
import pytest
from scipy import sparse

from synopsis.model import Budget
from synopsis.similarity.tfidf import normalize_rows
from synopsis.similarity.units import content_units
from synopsis.summarize import candidates
from synopsis.summarize.centroid import Centroid, centroid, position_scores
from synopsis.summarize.lead import Lead, round_robin
from synopsis.summarize.lexrank import LexRank, lexrank_scores

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


def dense_lexrank(vectors: np.ndarray, damping: float) -> np.ndarray:
    """The paper's continuous LexRank, built as a dense matrix and solved as an eigenproblem."""
    similarity = vectors @ vectors.T
    sums = similarity.sum(axis=1)
    for i in np.flatnonzero(sums == 0):
        similarity[i, i], sums[i] = 1.0, 1.0
    walk = similarity / sums[:, None]
    n = len(vectors)
    google = damping / n + (1 - damping) * walk
    values, eigenvectors = np.linalg.eig(google.T)
    stationary = np.real(eigenvectors[:, np.argmax(np.real(values))])
    return stationary / stationary.sum()


@pytest.mark.parametrize("seed", range(4))
def test_lexrank_is_the_stationary_distribution_of_the_damped_walk(seed):
    rng = np.random.default_rng(seed)
    vectors = rng.random((15, 8)) * (rng.random((15, 8)) < 0.4)
    vectors[3] = 0.0  # a sentence without terms
    vectors = normalize_rows(sparse.csr_matrix(vectors))
    scores = lexrank_scores(vectors, damping=0.15, tolerance=1e-13)
    assert scores == pytest.approx(dense_lexrank(vectors.toarray(), 0.15), abs=1e-9)
    assert scores.sum() == pytest.approx(1.0)


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
