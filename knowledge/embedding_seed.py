"""The shipped seed of passage embeddings: the corpus's vectors for the bundled offline model,
keyed by the SHA-256 of the embedded text, so that a fresh machine ingests the corpus in
seconds instead of running the model over every chunk (about 10 CPU-minutes here).

It is a cache, never a source of truth: a text whose digest is not in the seed, or a seed made
by another model, is embedded by the model as usual; a test recomputes samples against it.
Rebuild it after editing the corpus with `python manage.py export_embedding_seed`."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from pathlib import Path

import numpy as np


def digest(text: str) -> str:
    """The key of one embedded text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> tuple[str, dict[str, np.ndarray]]:
    with np.load(path, allow_pickle=False) as data:
        model = str(data["model"])
        vectors = data["vectors"].astype(np.float32)
        return model, dict(zip((str(d) for d in data["digests"]), vectors, strict=True))


def load_seed(path: Path | None, model_id: str) -> dict[str, np.ndarray]:
    """The seed's vectors by digest, or nothing when absent or made by another model."""
    if path is None or not Path(path).is_file():
        return {}
    model, vectors = _load(str(path), Path(path).stat().st_mtime)
    return vectors if model == model_id else {}


def write_seed(path: Path, model_id: str, items: Iterable[tuple[str, np.ndarray]]) -> int:
    """Write (digest, vector) pairs, sorted, as a compressed .npz; returns how many."""
    pairs = sorted(items, key=lambda pair: pair[0])
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        model=np.array(model_id),
        digests=np.array([d for d, _ in pairs]),
        vectors=np.stack([v for _, v in pairs]).astype(np.float32),
    )
    return len(pairs)
