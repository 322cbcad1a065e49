"""The int8 rewrite on small hand-built graphs: what it cannot rewrite it leaves as it was, and the graph still runs."""

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from synopsis.similarity.embeddings import integer_graph, session

WIDTH = 8


def _graph(nodes, initializers, outputs):
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3, WIDTH])
    # Every output is a product of x's shape but the float weights, whose shape is the matrix's.
    shapes = {name: [WIDTH, WIDTH] if name.startswith("w") else [2, 3, WIDTH] for name in outputs}
    ys = [helper.make_tensor_value_info(name, TensorProto.FLOAT, shapes[name]) for name in outputs]
    graph = helper.make_graph(nodes, "small", [x], ys, initializer=initializers)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)


def _int8(name, seed):
    # Seven bits: AVX2's uint8 x int8 products add in pairs to int16, which random full-range values overflow.
    values = np.random.default_rng(seed).integers(-63, 64, size=(WIDTH, WIDTH), dtype=np.int8)
    return numpy_helper.from_array(values, name)


def _scales(name, shape, seed):
    values = np.random.default_rng(seed).uniform(0.002, 0.02, size=shape).astype(np.float32)
    return numpy_helper.from_array(values, name)


def _dequantized(weights, scales, output):
    # Cast then Mul by the scales: how the packaged model stores its weight matrices.
    return [
        helper.make_node("Cast", [weights], [weights + "_float"], to=TensorProto.FLOAT),
        helper.make_node("Mul", [weights + "_float", scales], [output]),
    ]


def _run(model: onnx.ModelProto | bytes, outputs, x):
    serialized = model if isinstance(model, bytes) else model.SerializeToString()
    return session(serialized, threads=1).run(outputs, {"x": x})


def _rewritten(model, tmp_path):
    path = tmp_path / "small.onnx"
    onnx.save(model, str(path))
    rewritten = integer_graph(path)
    onnx.checker.check_model(onnx.load_from_string(rewritten))
    return rewritten


def _kinds(rewritten: bytes) -> list[str]:
    return [node.op_type for node in onnx.load_from_string(rewritten).graph.node]


@pytest.fixture
def x():
    return np.random.default_rng(0).normal(size=(2, 3, WIDTH)).astype(np.float32)


def _close(expected, found):
    for want, got in zip(expected, found):
        # Activations are quantized to 8 bits a tensor at a time: close, not equal.
        assert np.abs(got - want).max() < 0.05 * np.abs(want).max()


def test_a_scale_tensor_shared_by_two_products(x, tmp_path):
    nodes = [
        *_dequantized("w1", "scales", "w1_dequantized"),
        helper.make_node("MatMul", ["x", "w1_dequantized"], ["y1_product"]),
        helper.make_node("Add", ["y1_product", "bias"], ["y1"]),
        *_dequantized("w2", "scales", "w2_dequantized"),
        helper.make_node("MatMul", ["y1", "w2_dequantized"], ["y2"]),
    ]
    bias = numpy_helper.from_array(np.linspace(-1, 1, WIDTH, dtype=np.float32), "bias")
    model = _graph(nodes, [_int8("w1", 1), _int8("w2", 2), _scales("scales", [WIDTH], 3), bias], ["y1", "y2"])
    rewritten = _rewritten(model, tmp_path)
    assert _kinds(rewritten) == ["DynamicQuantizeMatMul", "DynamicQuantizeMatMul"]
    _close(_run(model, ["y1", "y2"], x), _run(rewritten, ["y1", "y2"], x))


def test_a_cast_read_by_two_scalings_and_a_scaling_read_by_two_products(x, tmp_path):
    nodes = [
        helper.make_node("Cast", ["w"], ["w_float"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["w_float", "scales_a"], ["w_a"]),
        helper.make_node("Mul", ["scales_b", "w_float"], ["w_b"]),
        helper.make_node("MatMul", ["x", "w_a"], ["ya"]),
        helper.make_node("MatMul", ["x", "w_b"], ["yb"]),
        helper.make_node("MatMul", ["ya", "w_b"], ["yab"]),
    ]
    scales = [_scales("scales_a", [1, WIDTH], 4), _scales("scales_b", [WIDTH], 5)]
    outputs = ["ya", "yb", "yab", "w_float"]
    model = _graph(nodes, [_int8("w", 6), *scales], outputs)
    rewritten = _rewritten(model, tmp_path)
    # The Cast is an output of the graph as well, so it stays; the scalings are no longer read.
    assert sorted(_kinds(rewritten)) == ["Cast"] + ["DynamicQuantizeMatMul"] * 3
    _close(_run(model, outputs, x), _run(rewritten, outputs, x))


def test_what_is_not_a_column_scaling_stays_a_float_product(x, tmp_path):
    nodes = [
        # A scale a row of a square matrix has as many values as a scale a column.
        *_dequantized("w_rows", "row_scales", "w_rows_dequantized"),
        helper.make_node("MatMul", ["x", "w_rows_dequantized"], ["y_rows"]),
        # A scaled product whose bias Add has another reader keeps the Add.
        *_dequantized("w", "scales", "w_dequantized"),
        helper.make_node("MatMul", ["x", "w_dequantized"], ["y_product"]),
        helper.make_node("Add", ["y_product", "bias"], ["y"]),
        helper.make_node("Relu", ["y_product"], ["y_relu"]),
    ]
    bias = numpy_helper.from_array(np.ones(WIDTH, dtype=np.float32), "bias")
    initializers = [_int8("w_rows", 7), _scales("row_scales", [WIDTH, 1], 8), _int8("w", 9), _scales("scales", [WIDTH], 10)]
    outputs = ["y_rows", "y", "y_relu"]
    model = _graph(nodes, [*initializers, bias], outputs)
    rewritten = _rewritten(model, tmp_path)
    assert sorted(_kinds(rewritten)) == ["Add", "Cast", "DynamicQuantizeMatMul", "MatMul", "Mul", "Relu"]
    _close(_run(model, outputs, x), _run(rewritten, outputs, x))
