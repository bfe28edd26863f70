"""The Chroma store: an embedded PersistentClient under CHROMA_PATH or a server at CHROMA_URL.

Several processes must never share one embedded Chroma directory (ARCHITECTURE.md): web,
worker and the ingest command each open their own client, so production sets CHROMA_URL.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

# Collection metadata keys: the revision changes whenever ingestion changed anything, so
# retrievers in other processes know to rebuild their lexical index; the embedding model guards
# against mixing vectors of two models in one collection.
REVISION_KEY = "kb_revision"
EMBEDDING_MODEL_KEY = "embedding_model"

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
            client = chromadb.HttpClient(
                host=parts.hostname,
                port=parts.port or (443 if ssl else 8000),
                ssl=ssl,
                settings=chroma_settings,
            )
        else:
            path = settings.CHROMA_PATH
            path.mkdir(parents=True, exist_ok=True)
            client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        _clients[key] = client
        return client


def get_collection() -> Any:
    """The knowledge collection (created on first use, cosine space, our embedding function)."""
    from django.conf import settings

    from knowledge.embeddings import KnowledgeEmbeddingFunction, get_embedder

    model_id = get_embedder().model_id
    collection = get_client().get_or_create_collection(
        name=getattr(settings, "KNOWLEDGE_COLLECTION", "gp_knowledge"),
        embedding_function=KnowledgeEmbeddingFunction(),
        configuration={"hnsw": {"space": "cosine"}},
        metadata={EMBEDDING_MODEL_KEY: model_id, REVISION_KEY: new_revision()},
    )
    stored = (collection.metadata or {}).get(EMBEDDING_MODEL_KEY)
    if stored and stored != model_id:
        raise ImproperlyConfigured(
            f"KNOWLEDGE_COLLECTION {collection.name!r} holds vectors of {stored!r} but the "
            f"configured embedder is {model_id!r}; use another KNOWLEDGE_COLLECTION or "
            "re-ingest with `ingest_knowledge --rebuild`"
        )
    return collection


def delete_collection() -> None:
    """Drop the knowledge collection (used by ``ingest_knowledge --rebuild``)."""
    from django.conf import settings

    name = getattr(settings, "KNOWLEDGE_COLLECTION", "gp_knowledge")
    client = get_client()
    if name in {c.name if hasattr(c, "name") else c for c in client.list_collections()}:
        client.delete_collection(name)


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
