"""Hybrid retrieval: dense (Chroma) + lexical (BM25), fused by reciprocal rank fusion.

Cross-language: without a ``languages`` filter both languages are searched and passages in the
query's language are preferred (fused score of other-language passages times
KNOWLEDGE_CROSS_LANGUAGE_WEIGHT); so a Chinese question gets Chinese passages when they fit and
English ones when only they fit (the multilingual dense model carries the meaning across).
An explicit ``languages`` filter is a hard filter.

The lexical index is built lazily from the collection's stored documents and rebuilt when the
collection's revision marker (set by ingestion) or its count changed; the marker is read at most
every KNOWLEDGE_INDEX_CHECK_SECONDS, and ingestion in this process invalidates it at once.

When the store cannot be reached (the Chroma server down or not answering within
CHROMA_TIMEOUT_SECONDS), a process that has read it once keeps its snapshot and searches with
BM25 alone, like a search whose query the embeddings server did not embed; it leaves the store
alone for CHROMA_RETRY_SECONDS, then one search tries it again. A process that has never read it
searches the corpus files (KNOWLEDGE_CORPUS_DIR) by BM25 the same way until the store answers.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from knowledge.chunking import embedding_text
from knowledge.lexical import LexicalIndex, detect_language, tokenize
from knowledge.ranking import (
    RRF_K,
    correct_language_bias,
    prefer_language,
    reciprocal_rank_fusion,
)

logger = logging.getLogger(__name__)

READ_PAGE = 5000
MIN_CANDIDATES = 40
# Unfiltered nearest neighbours fetched before the language/kind filters apply.
DENSE_POOL = 200


@dataclass(frozen=True)
class Passage:
    """One retrieved chunk with its provenance and fused score."""

    chunk_id: str
    document_id: str
    topic: str
    version: str
    title: str
    section: str
    language: str
    kind: str
    source: str
    text: str
    score: float


@dataclass
class _Snapshot:
    """The collection's chunks in memory with their lexical index."""

    marker: tuple[tuple[str, str, str, int], ...]
    collections: dict[str, Any]  # language -> its Chroma collection
    ids: list[str]
    metadatas: list[dict[str, Any]]
    texts: list[str]
    index: LexicalIndex
    position: dict[str, int]
    documents: dict[str, list[int]]  # document id -> positions of its chunks
    topic_languages: dict[str, frozenset[str]]  # topic (else document id) -> its languages
    language_codes: np.ndarray
    kind_codes: np.ndarray
    codes: dict[str, dict[str, int]]
    checked_at: float = 0.0
    masks: dict[tuple[Any, ...], np.ndarray | None] = field(default_factory=dict)

    def mask(
        self, languages: Sequence[str] | None, kinds: Sequence[str] | None
    ) -> np.ndarray | None:
        """Boolean mask of chunks passing the filters (None: no filter)."""
        key = (tuple(languages or ()), tuple(kinds or ()))
        if key not in self.masks:
            mask = None
            for values, codes, name in (
                (languages, self.language_codes, "language"),
                (kinds, self.kind_codes, "kind"),
            ):
                if values is None:
                    continue
                wanted = [self.codes[name][v] for v in values if v in self.codes[name]]
                part = np.isin(codes, np.asarray(wanted, dtype=codes.dtype))
                mask = part if mask is None else mask & part
            self.masks[key] = mask
        return self.masks[key]


_snapshots: dict[tuple[str, str], _Snapshot] = {}  # (store, KNOWLEDGE_COLLECTION) -> snapshot
_snapshot_lock = threading.Lock()
# When each store (store.client_key()) last failed a check or a search.
_store_failed_at: dict[str, float] = {}


def _store_resting(store_key: str) -> bool:
    """Whether the store failed less than CHROMA_RETRY_SECONDS ago. Searches leave it alone
    meanwhile: a server that hangs would cost every draft its timeout."""
    from django.conf import settings

    failed = _store_failed_at.get(store_key)
    return failed is not None and time.monotonic() - failed < settings.CHROMA_RETRY_SECONDS


def invalidate_index() -> None:
    """Make the next retrieval re-check the collection (called after ingestion, which has
    just reached the store)."""
    with _snapshot_lock:
        for snapshot in _snapshots.values():
            snapshot.checked_at = 0.0
        _store_failed_at.clear()


@dataclass(frozen=True)
class Search:
    """A search's passages, and whether the dense half ran (False: the query embedding or the
    Chroma search failed, and the passages come from keyword search alone)."""

    passages: list[Passage]
    dense: bool = True


def retrieve(
    query: str,
    *,
    k: int = 8,
    languages: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    dense_query: str | None = None,
) -> list[Passage]:
    """Top ``k`` passages for a query (hybrid dense + BM25, RRF), optionally filtered.

    ``dense_query``, when given, is the text embedded for the dense search instead of the
    query (a shorter text: the embedding's cost grows with its length, BM25's hardly)."""
    return search(query, k=k, languages=languages, kinds=kinds, dense_query=dense_query).passages


def search(
    query: str,
    *,
    k: int = 8,
    languages: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    dense_query: str | None = None,
    embed: bool = True,
) -> Search:
    """``retrieve``, saying whether the dense search ran. When the embeddings server does not
    embed the query or the Chroma search fails, the search goes on with BM25 alone (logged and
    counted); ``embed=False`` skips the dense half (a second search of the same draft after a
    failed one)."""
    from django.conf import settings

    from gp_assistant.metrics import RETRIEVAL_KEYWORD_ONLY
    from knowledge import store
    from knowledge.embeddings import EmbeddingUnavailable, get_embedder

    query = query.strip()
    if not query or k <= 0:
        return Search([], embed)
    snapshot = _get_snapshot()
    if not snapshot.ids:
        return Search([], embed)
    store_key = store.client_key()
    n_candidates = max(k * 5, MIN_CANDIDATES)

    query_language = detect_language(query)
    allowed = [lang for lang in snapshot.codes["language"] if lang] if languages is None else []
    search_languages = list(languages) if languages is not None else allowed

    vector = None
    if embed and _store_resting(store_key):
        # The failure was logged when it happened; each search without the store is counted.
        RETRIEVAL_KEYWORD_ONLY.labels(reason="store").inc()
    elif embed:
        try:
            vector = _query_vector(get_embedder(), (dense_query or "").strip() or query)
        except EmbeddingUnavailable as exc:
            logger.warning("query embedding failed (%s); keyword search only", exc)
            RETRIEVAL_KEYWORD_ONLY.labels(reason="embedding").inc()
    dense = {}
    if vector is not None:
        try:
            dense = _dense_candidates(snapshot, vector, n_candidates, search_languages, kinds)
        except Exception as exc:  # chromadb raises a bare Exception on an HTTP 5xx
            # The store is down or broken: the snapshot still holds every chunk for BM25.
            logger.warning("Chroma search failed (%r); keyword search only", exc, exc_info=True)
            RETRIEVAL_KEYWORD_ONLY.labels(reason="store").inc()
            _store_failed_at[store_key] = time.monotonic()
            vector = None
    bias = float(getattr(settings, "KNOWLEDGE_CROSS_LANGUAGE_BIAS", 0.045))
    corrected = correct_language_bias(dense, query_language, bias)
    dense_ids = sorted(corrected, key=lambda chunk_id: -corrected[chunk_id])[:n_candidates]
    mask = snapshot.mask(languages, kinds)
    lexical_hits = snapshot.index.search(tokenize(query), n_candidates, mask)
    lexical_ids = [snapshot.ids[i] for i, _ in lexical_hits]

    weights = (
        float(getattr(settings, "KNOWLEDGE_DENSE_WEIGHT", 1.0)),
        float(getattr(settings, "KNOWLEDGE_LEXICAL_WEIGHT", 0.5)),
    )
    rrf_k = int(getattr(settings, "KNOWLEDGE_RRF_K", RRF_K))
    fused = reciprocal_rank_fusion([dense_ids, lexical_ids], k=rrf_k, weights=weights)
    records = _records(snapshot, [chunk_id for chunk_id, _ in fused])
    if len(search_languages) > 1:
        other_weight = float(getattr(settings, "KNOWLEDGE_CROSS_LANGUAGE_WEIGHT", 0.75))
        chunk_languages = {cid: str(records[cid][0].get("language")) for cid in records}
        best_own = max(
            (sim for sim, language in dense.values() if language == query_language),
            default=float("-inf"),
        )
        # Other-language passages that fit better than anything in the query's language, of
        # documents the query's language has no version of (a clinic's English-only protocol
        # for a Chinese question). Where both versions exist the query's language is the one
        # to read, and generic sections of the other language (drug lists) would otherwise
        # come first for long queries.
        exempt = {
            cid
            for cid, value in corrected.items()
            if dense[cid][1] != query_language
            and value > best_own
            and cid in records
            and query_language not in snapshot.topic_languages.get(_topic(records[cid][0]), ())
        }
        fused = prefer_language(
            fused, chunk_languages, query_language, other_weight=other_weight, exempt=exempt
        )
    passages = []
    for chunk_id, score in fused:
        if chunk_id not in records:
            continue
        meta, text = records[chunk_id]
        passages.append(_passage(chunk_id, meta, text, score))
        if len(passages) == k:
            break
    return Search(passages, dense=vector is not None)


def _dense_candidates(
    snapshot: _Snapshot,
    vector: np.ndarray,
    n: int,
    languages: Sequence[str],
    kinds: Sequence[str] | None,
) -> dict[str, tuple[float, str]]:
    """Dense candidates per language: chunk id -> (cosine similarity, language).

    Each language has its own collection, searched without a metadata filter (Chroma's filtered
    search is slow on large collections: 100-200 ms at 100k chunks against a few ms
    unfiltered). A kind filter is applied here to a wider pool; only a kind too rare to show up
    in the pool gets Chroma's filtered search, and that is when the filter is selective, which
    is when the filtered search is cheap. The per-language view matters because the embedder's
    same-language bias would otherwise hide a better-fitting passage in the other language.
    """
    if kinds is not None and not kinds:
        return {}
    wanted_kinds = set(kinds) if kinds is not None else None
    dense: dict[str, tuple[float, str]] = {}
    for language in languages:
        collection = snapshot.collections.get(language)
        mask = snapshot.mask([language], kinds)
        available = int(mask.sum()) if mask is not None else len(snapshot.ids)
        if collection is None or not available:
            continue
        pool = n if wanted_kinds is None else max(n * 4, DENSE_POOL)
        hits = _nearest(collection, vector, pool)
        if wanted_kinds is not None:
            kinds_of = {
                cid: str(meta.get("kind", ""))
                for cid, (meta, _) in _records(snapshot, list(hits)).items()
            }
            hits = {cid: sim for cid, sim in hits.items() if kinds_of.get(cid) in wanted_kinds}
            if len(hits) < min(n, available):
                hits = _nearest(collection, vector, n, where={"kind": {"$in": list(kinds)}})
        dense.update((cid, (sim, language)) for cid, sim in hits.items())
    return dense


def _nearest(
    collection: Any, vector: np.ndarray, n: int, where: dict[str, Any] | None = None
) -> dict[str, float]:
    """Chunk id -> cosine similarity of the collection's ``n`` nearest chunks."""
    result = collection.query(
        query_embeddings=[vector], n_results=n, where=where, include=["distances"]
    )
    if not result["ids"]:
        return {}
    return {
        chunk_id: 1.0 - float(distance)
        for chunk_id, distance in zip(result["ids"][0], result["distances"][0], strict=True)
    }


_query_vectors: dict[tuple[int, str], np.ndarray] = {}
_QUERY_CACHE_SIZE = 256


def _query_vector(embedder: Any, query: str) -> np.ndarray:
    """The query's embedding; a drafting round asks for the same query more than once
    (guidelines, then TCM), and the model is most of retrieval's cost."""
    key = (id(embedder), query)
    vector = _query_vectors.get(key)
    if vector is None:
        vector = embedder.embed_query(query)
        with _snapshot_lock:
            if len(_query_vectors) >= _QUERY_CACHE_SIZE:
                _query_vectors.pop(next(iter(_query_vectors)))
            _query_vectors[key] = vector
    return vector


def _records(snapshot: _Snapshot, chunk_ids: list[str]) -> dict[str, tuple[dict[str, Any], str]]:
    """Metadata and text per chunk id, from the snapshot or (chunks newer than it) the store."""
    found: dict[str, tuple[dict[str, Any], str]] = {}
    missing = []
    for chunk_id in chunk_ids:
        position = snapshot.position.get(chunk_id)
        if position is None:
            missing.append(chunk_id)
        else:
            found[chunk_id] = (snapshot.metadatas[position], snapshot.texts[position])
    if missing:
        # Another process ingested since the snapshot; serve them now, rebuild on the next check.
        from knowledge import store

        snapshot.checked_at = 0.0
        page = store.get_chunks(missing)
        for chunk_id, meta, text in zip(
            page["ids"], page["metadatas"], page["documents"], strict=True
        ):
            found[chunk_id] = (dict(meta or {}), text or "")
    return found


def _topic(meta: dict[str, Any]) -> str:
    """What a chunk's document is a version of: its topic, else the document itself."""
    return str(meta.get("topic") or meta.get("document_id", ""))


def _passage(chunk_id: str, meta: dict[str, Any], text: str, score: float) -> Passage:
    return Passage(
        chunk_id=chunk_id,
        document_id=str(meta.get("document_id", "")),
        topic=str(meta.get("topic", "")),
        version=str(meta.get("version", "")),
        title=str(meta.get("title", "")),
        section=str(meta.get("section", "")),
        language=str(meta.get("language", "")),
        kind=str(meta.get("kind", "")),
        source=str(meta.get("source", "")),
        text=text,
        score=round(score, 6),
    )


def _get_snapshot() -> _Snapshot:
    from django.conf import settings

    from knowledge import store

    key = (store.client_key(), settings.KNOWLEDGE_COLLECTION)
    interval = float(getattr(settings, "KNOWLEDGE_INDEX_CHECK_SECONDS", 2.0))

    def current(snapshot: _Snapshot | None) -> bool:
        if snapshot is None:
            return False
        recent = snapshot.checked_at and time.monotonic() - snapshot.checked_at < interval
        return bool(recent) or _store_resting(key[0])

    snapshot = _snapshots.get(key)
    if current(snapshot):
        return snapshot
    with _snapshot_lock:
        snapshot = _snapshots.get(key)
        if current(snapshot):
            return snapshot
        try:
            # The markers are read before the data: a concurrent ingest leaves an older marker
            # behind, so the next check rebuilds rather than keeping a half-updated snapshot.
            collections = store.language_collections()
            marker = tuple(
                (language, str(c.id), store.collection_revision(c), c.count())
                for language, c in collections.items()
            )
            if snapshot is None or snapshot.marker != marker:
                snapshot = build_snapshot(collections, marker)
                _snapshots[key] = snapshot
            _store_failed_at.pop(key[0], None)
        except Exception as exc:  # chromadb raises a bare Exception on an HTTP 5xx
            _store_failed_at[key[0]] = time.monotonic()
            # The store is down: keep searching what it held (BM25 and the documents' other
            # sections need no store), and look again after CHROMA_RETRY_SECONDS. A process
            # that never read it (a worker restarted during the outage) searches the shipped
            # corpus files instead: without a clinic's own documents, but a draft.
            searched = "the last snapshot"
            if snapshot is None:
                snapshot = _corpus_snapshot(Path(settings.KNOWLEDGE_CORPUS_DIR))
                _snapshots[key] = snapshot
                searched = f"the corpus files ({len(snapshot.ids)} chunks)"
            logger.warning(
                "Chroma check failed (%r); searching %s by keyword for %s s",
                exc,
                searched,
                settings.CHROMA_RETRY_SECONDS,
            )
        snapshot.checked_at = time.monotonic()
        return snapshot


def build_snapshot(
    collections: dict[str, Any], marker: tuple[tuple[str, str, str, int], ...]
) -> _Snapshot:
    """Read every chunk of every language and build the lexical index over them."""
    ids: list[str] = []
    metadatas: list[dict[str, Any]] = []
    texts: list[str] = []
    for collection in collections.values():
        offset = 0
        while True:
            page = collection.get(
                include=["metadatas", "documents"], limit=READ_PAGE, offset=offset
            )
            ids.extend(page["ids"])
            metadatas.extend(dict(m or {}) for m in page["metadatas"])
            texts.extend(t or "" for t in page["documents"])
            if len(page["ids"]) < READ_PAGE:
                break
            offset += READ_PAGE
    return _indexed(collections, marker, ids, metadatas, texts)


def _corpus_snapshot(corpus_dir: Path) -> _Snapshot:
    """The corpus files' chunks as ingestion stores them, with no collections (keyword search
    only); its marker matches no store's, so the store's replaces it once it answers."""
    from knowledge.ingestion import corpus_chunks

    chunks = corpus_chunks(corpus_dir)
    marker = (("files", str(corpus_dir), "", len(chunks)),)
    ids = [chunk.chunk_id for chunk, _meta in chunks]
    metadatas = [meta for _chunk, meta in chunks]
    texts = [chunk.text for chunk, _meta in chunks]
    return _indexed({}, marker, ids, metadatas, texts)


def _indexed(
    collections: dict[str, Any],
    marker: tuple[tuple[str, str, str, int], ...],
    ids: list[str],
    metadatas: list[dict[str, Any]],
    texts: list[str],
) -> _Snapshot:
    """A snapshot of these chunks: the lexical index and the filter columns over them."""
    index = LexicalIndex(
        tokenize(embedding_text(str(m.get("title", "")), str(m.get("section", "")), t))
        for m, t in zip(metadatas, texts, strict=True)
    )
    codes: dict[str, dict[str, int]] = {"language": {}, "kind": {}}
    columns = {}
    for name in codes:
        table = codes[name]
        columns[name] = np.fromiter(
            (table.setdefault(str(m.get(name, "")), len(table)) for m in metadatas),
            dtype=np.int16,
            count=len(metadatas),
        )
    documents: dict[str, list[int]] = {}
    topic_languages: dict[str, set[str]] = {}
    for i, meta in enumerate(metadatas):
        documents.setdefault(str(meta.get("document_id", "")), []).append(i)
        topic_languages.setdefault(_topic(meta), set()).add(str(meta.get("language", "")))
    return _Snapshot(
        marker=marker,
        collections=collections,
        ids=ids,
        metadatas=metadatas,
        texts=texts,
        index=index,
        position={chunk_id: i for i, chunk_id in enumerate(ids)},
        documents=documents,
        topic_languages={topic: frozenset(langs) for topic, langs in topic_languages.items()},
        language_codes=columns["language"],
        kind_codes=columns["kind"],
        codes=codes,
    )


class KnowledgeRetriever(BaseRetriever):
    """LangChain retriever over ``retrieve``; Documents carry the passage metadata."""

    k: int = 8
    languages: list[str] | None = None
    kinds: list[str] | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        passages = retrieve(query, k=self.k, languages=self.languages, kinds=self.kinds)
        return [passage_document(p) for p in passages]


def passage_document(passage: Passage) -> Document:
    """A passage as a LangChain Document (text as content, everything else as metadata)."""
    metadata = asdict(passage)
    text = metadata.pop("text")
    return Document(page_content=text, metadata=metadata, id=passage.chunk_id)


def document_passages(document_id: str) -> list[Passage]:
    """Every chunk of one document (score 0) in stored order, for callers that need its other
    sections; served from the in-memory snapshot (a filtered Chroma read costs more than the
    whole hybrid search on a large collection)."""
    snapshot = _get_snapshot()
    positions = snapshot.documents.get(document_id, [])
    return [
        _passage(snapshot.ids[i], snapshot.metadatas[i], snapshot.texts[i], 0.0) for i in positions
    ]
