import numpy as np
import pytest
from scipy import sparse

from synopsis.similarity.tfidf import normalize_rows, similar_pairs, term_counts, tfidf


def test_rows_have_unit_length_and_empty_rows_stay_empty():
    matrix = tfidf([["idlib", "flee", "flee"], [], ["un", "idlib"]]).matrix
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    assert norms == pytest.approx([1.0, 0.0, 1.0])


def test_counts_and_vocabulary_in_order_of_first_use():
    counts, vocabulary = term_counts([["b", "a", "b"], ["c"]])
    assert vocabulary == {"b": 0, "a": 1, "c": 2}
    assert counts.toarray().tolist() == [[2, 1, 0], [0, 0, 1]]


def test_rarer_terms_weigh_more():
    model = tfidf([["idlib", "said"], ["aleppo", "said"], ["homs", "said"]])
    row = model.matrix[0].toarray().ravel()
    assert row[model.vocabulary["idlib"]] > row[model.vocabulary["said"]]


@pytest.mark.parametrize("seed", range(12))
def test_similar_pairs_finds_exactly_the_pairs_above_the_threshold(seed):
    rng = np.random.default_rng(seed)
    matrix = sparse.random(150, 40, density=0.1, random_state=seed, format="csr")
    matrix.data = rng.random(matrix.nnz)
    matrix = normalize_rows(matrix)
    threshold = float(rng.uniform(0.2, 0.9))
    rows, cols, scores, shared = similar_pairs(matrix, threshold)
    dense = (matrix @ matrix.T).toarray()
    expected = {(i, j) for i in range(150) for j in range(i + 1, 150) if dense[i, j] >= threshold}
    assert set(zip(rows.tolist(), cols.tolist())) == expected
    assert scores == pytest.approx(dense[rows, cols])
    present = (matrix > 0).astype(int).toarray()
    assert shared.tolist() == [int(present[i] @ present[j]) for i, j in zip(rows, cols)]


def test_similar_pairs_of_nothing():
    rows, cols, scores, shared = similar_pairs(sparse.csr_matrix((1, 3)), 0.5)
    assert len(rows) == len(cols) == len(scores) == len(shared) == 0
