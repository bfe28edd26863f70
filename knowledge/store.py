"""The Chroma store: an embedded PersistentClient under CHROMA_PATH or a server at CHROMA_URL,
one collection per language.

Several processes must never share one embedded Chroma directory (ARCHITECTURE.md): web,
worker and the ingest command each open their own client, so production sets CHROMA_URL.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import httpx
from django.core.exceptions import ImproperlyConfigured

# Collection metadata keys: the revision changes whenever ingestion changed anything, so
# retrievers in other processes know to rebuild their lexical index; the embedding model guards
# against mixing vectors of two models in one collection.
REVISION_KEY = "kb_revision"
EMBEDDING_MODEL_KEY = "embedding_model"
LANGUAGE_KEY = "language"
# A refused or unroutable server is known within this; a slow answer gets CHROMA_TIMEOUT_SECONDS.
CONNECT_TIMEOUT_SECONDS = 2.0
_NAME_UNSAFE = re.compile(r"[^a-z0-9._-]+")

_clients: dict[str, Any] = {}
_clients_lock = threading.Lock()


def client_key() -> str:
    """Identifies the configured store ("http://host:port" or "path:/abs/dir")."""
    from django.conf import settings

    url = getattr(settings, "CHROMA_URL", None)
    if url:
        return url.rstrip("/")
    return f"path:{settings.CHROMA_PATH}"


def get_client() -> Any:
    """The Chroma client for the current settings (one per store, telemetry off)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from django.conf import settings

    key = client_key()
    with _clients_lock:
        client = _clients.get(key)
        if client is not None:
            return client
        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        url = getattr(settings, "CHROMA_URL", None)
        if url:
            parts = urlsplit(url)
            if not parts.hostname:
                raise ImproperlyConfigured(f"CHROMA_URL has no host: {url!r}")
            ssl = parts.scheme == "https"
            timeout = _http_timeout()
            # The client's first request (its tenant check) has no timeout yet: a server that
            # does not answer a heartbeat in time is not asked.
            httpx.get(f"{url.rstrip('/')}/api/v2/heartbeat", timeout=timeout).raise_for_status()
            client = chromadb.HttpClient(
                host=parts.hostname,
                port=parts.port or (443 if ssl else 8000),
                ssl=ssl,
                settings=chroma_settings,
            )
            _session(client).timeout = timeout
        else:
            path = settings.CHROMA_PATH
            path.mkdir(parents=True, exist_ok=True)
            client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        _clients[key] = client
        return client


def _http_timeout() -> httpx.Timeout:
    from django.conf import settings

    seconds = float(settings.CHROMA_TIMEOUT_SECONDS)
    return httpx.Timeout(seconds, connect=min(seconds, CONNECT_TIMEOUT_SECONDS))


def _session(client: Any) -> httpx.Client:
    """The HTTP session of a chromadb HttpClient. chromadb (1.5) gives it no timeout, so a
    server that accepts a connection and never answers would hang a draft for good; there is no
    setting for it, so the timeout is set on the session itself."""
    session = getattr(getattr(client, "_server", None), "_session", None)
    if not isinstance(session, httpx.Client):
        raise ImproperlyConfigured(
            "this chromadb version's HttpClient has no httpx session at _server._session; "
            "knowledge.store must set the Chroma request timeout another way"
        )
    return session


def collection_name(language: str) -> str:
    """The collection holding one language's chunks: ``<KNOWLEDGE_COLLECTION>_<language>``.

    One collection per language so that each language is searched without a metadata filter:
    Chroma's filtered search costs 100-200 ms at 100k chunks against a few ms unfiltered, and
    retrieval looks at every language separately anyway (the multilingual model's
    same-language bias would otherwise hide a better passage in the other language).
    """
    from django.conf import settings

    cleaned = _NAME_UNSAFE.sub("-", language.strip().lower()).strip("-._") or "und"
    return f"{settings.KNOWLEDGE_COLLECTION}_{cleaned}"


def get_collection(language: str) -> Any:
    """One language's collection (created on first use, cosine space, our embedding function)."""
    from knowledge.embeddings import KnowledgeEmbeddingFunction, get_embedder

    model_id = get_embedder().model_id
    collection = get_client().get_or_create_collection(
        name=collection_name(language),
        embedding_function=KnowledgeEmbeddingFunction(),
        configuration={"hnsw": {"space": "cosine"}},
        metadata={
            EMBEDDING_MODEL_KEY: model_id,
            REVISION_KEY: new_revision(),
            LANGUAGE_KEY: language,
        },
    )
    stored = (collection.metadata or {}).get(EMBEDDING_MODEL_KEY)
    if stored and stored != model_id:
        raise ImproperlyConfigured(
            f"Chroma collection {collection.name!r} holds vectors of {stored!r} but the "
            f"configured embedder is {model_id!r}; use another KNOWLEDGE_COLLECTION or "
            "re-ingest with `ingest_knowledge --rebuild`"
        )
    return collection


def language_collections() -> dict[str, Any]:
    """Every language's collection that exists, by language, in a stable order."""
    return {language: get_collection(language) for language in sorted(_own_collections())}


def get_chunks(ids: Sequence[str] | None = None, *, where: dict | None = None) -> dict[str, Any]:
    """Chunks of every language collection as one Chroma ``get`` result (ids, documents,
    metadatas), for callers that look chunks up by id or metadata rather than by meaning."""
    merged: dict[str, list[Any]] = {"ids": [], "documents": [], "metadatas": []}
    if ids is not None and not ids:
        return merged
    for collection in language_collections().values():
        page = collection.get(
            ids=list(ids) if ids is not None else None,
            where=where,
            include=["documents", "metadatas"],
        )
        for key in merged:
            merged[key].extend(page[key] or [])
    return merged


def delete_collection() -> None:
    """Drop every language's collection (used by ``ingest_knowledge --rebuild``)."""
    for name in _own_collections().values():
        get_client().delete_collection(name)


def _own_collections() -> dict[str, str]:
    """Language -> collection name of the configured knowledge base's collections (another
    KNOWLEDGE_COLLECTION that merely shares the prefix is not ours)."""
    found = {}
    for collection in get_client().list_collections():
        language = str((collection.metadata or {}).get(LANGUAGE_KEY, ""))
        if language and collection_name(language) == collection.name:
            found[language] = collection.name
    return found


def collection_revision(collection: Any) -> str:
    """The revision marker stored on the collection (fresh read, not the cached object)."""
    fresh = get_client().get_collection(collection.name, embedding_function=None)
    return str((fresh.metadata or {}).get(REVISION_KEY, ""))


def bump_revision(collection: Any) -> str:
    """Store a new revision marker on the collection and return it."""
    revision = new_revision()
    metadata = dict(collection.metadata or {})
    metadata[REVISION_KEY] = revision
    metadata.pop("hnsw:space", None)
    collection.modify(metadata=metadata)
    return revision


def new_revision() -> str:
    """A fresh, unique revision marker."""
    return uuid.uuid4().hex


def reset_clients() -> None:
    """Forget cached clients (tests that delete a temporary store directory)."""
    with _clients_lock:
        _clients.clear()
