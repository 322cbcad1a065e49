"""TermMatrix.matrix: the scipy form of the rows, built once and left read-only."""

import numpy as np
import pytest

from synopsis.similarity.tfidf import tfidf

TEXTS = [["idlib", "flee", "flee"], [], ["un", "idlib"], ["aleppo", "said"]]


def test_matrix_is_built_once_and_is_the_rows():
    model = tfidf(TEXTS)
    assert model.matrix is model.matrix
    assert (model.matrix != model.rows.sparse()).nnz == 0
    assert np.allclose((model.matrix @ model.matrix.T).diagonal(), [1.0, 0.0, 1.0, 1.0])


def test_matrix_cannot_be_changed_under_its_rows():
    model = tfidf(TEXTS)
    with pytest.raises(ValueError):
        model.matrix.data[0] = 5.0
    with pytest.raises(AttributeError):
        model.rows = None  # still a frozen dataclass
