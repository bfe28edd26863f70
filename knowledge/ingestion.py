"""Ingestion: load corpus files, chunk them, embed what changed, and sync the Chroma collection.

Sync rule (what a run may delete). Every chunk records the file it came from as a source key:
``corpus:/<relative path>`` for files under KNOWLEDGE_CORPUS_DIR (stable when the checkout moves)
and the absolute path otherwise. A run is given paths (default: the corpus dir); its *scope* is
every stored chunk whose source key lies under one of those paths. After the run, the scope holds
exactly the chunks of the documents read in this run: chunks of deleted files, deleted sections
or shortened sections inside the scope are removed; chunks outside the scope are never touched.
So ``ingest_knowledge`` (the corpus) does not delete a clinic's protocols ingested from
``/srv/clinic/protocols``, and re-ingesting that directory does not delete the corpus.
Two exceptions keep accepted input from being lost: a file that exists but fails to load this
run keeps its previous chunks (it is reported, not emptied), and a document id already owned by
a file outside the scope is reported and skipped, never overwritten.

Change detection: a chunk's content hash covers the text that is embedded (title, section path,
text). Same id and hash -> no embedding; same hash but other metadata (version, path, review date)
-> metadata update only; new or changed hash -> embed and upsert.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from knowledge.chunking import Chunk, chunk_document
from knowledge.documents import DocumentError, is_supported, load_document

T = TypeVar("T")

Progress = Callable[[int, int], None]

EMBED_BATCH = 32
READ_PAGE = 5000


@dataclass(frozen=True)
class SkippedFile:
    """A file that was not ingested, and why."""

    path: str
    reason: str


@dataclass
class IngestReport:
    """What one ingestion run did."""

    documents: int = 0
    chunks: int = 0
    added: int = 0
    updated: int = 0
    relabelled: int = 0
    unchanged: int = 0
    removed: int = 0
    embedded: int = 0
    skipped: list[SkippedFile] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        """True when the collection was modified."""
        return bool(self.added or self.updated or self.relabelled or self.removed)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        return data


def source_key(path: Path, corpus_dir: Path) -> str:
    """The key a file's chunks are stored under (corpus-relative where possible)."""
    resolved = path.resolve()
    try:
        relative = resolved.relative_to(corpus_dir.resolve())
    except ValueError:
        return resolved.as_posix()
    rel = relative.as_posix()
    return "corpus:" if rel == "." else f"corpus:/{rel}"


def in_scope(key: str, scope: Sequence[str]) -> bool:
    """True when a source key lies at or under one of the scope keys."""
    return any(key == root or key.startswith(root.rstrip("/") + "/") for root in scope)


def discover_files(paths: Sequence[Path]) -> tuple[list[Path], list[SkippedFile]]:
    """Supported files under the given paths (sorted), and the paths that cannot be read."""
    files: list[Path] = []
    skipped: list[SkippedFile] = []
    for path in paths:
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.is_file()
                and is_supported(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            files.extend(sorted(found))
        elif path.is_file():
            if is_supported(path):
                files.append(path)
            else:
                skipped.append(SkippedFile(str(path), f"unsupported file type {path.suffix}"))
        else:
            skipped.append(SkippedFile(str(path), "no such file or directory"))
    unique = list(dict.fromkeys(p.resolve() for p in files))
    return unique, skipped


def corpus_chunks(corpus_dir: Path) -> list[tuple[Chunk, dict[str, Any]]]:
    """The chunks `ingest()` stores for the corpus directory, with their stored metadata,
    read from the files alone (no store, no embedder): what retrieval searches by keyword
    when the store is down before a process could read it. Files that fail to load and
    repeated document ids are left out, as ingestion leaves them out."""
    chunks: dict[str, tuple[Chunk, dict[str, Any]]] = {}
    documents: set[str] = set()
    for path in discover_files([corpus_dir])[0]:
        try:
            doc = load_document(path)
        except DocumentError:
            continue
        if doc.id in documents:
            continue
        documents.add(doc.id)
        key = source_key(path, corpus_dir)
        for chunk in chunk_document(doc):
            chunks[chunk.chunk_id] = (chunk, {**chunk.metadata(), "path": key})
    return list(chunks.values())


def ingest(
    paths: Sequence[Path] | None = None, *, progress: Progress | None = None
) -> IngestReport:
    """Ingest files or directories (default: the corpus) into the knowledge collection."""
    from django.conf import settings

    from knowledge import store
    from knowledge.embeddings import get_embedder

    started = time.perf_counter()
    corpus_dir = Path(settings.KNOWLEDGE_CORPUS_DIR)
    roots = [Path(p) for p in paths] if paths else [corpus_dir]
    report = IngestReport()
    files, report.skipped = discover_files(roots)
    scope = [source_key(root, corpus_dir) for root in roots if root.exists()]

    collections = store.language_collections()
    existing = _read_metadata(collections)
    owners: dict[str, str] = {}
    for meta in existing.values():
        owners.setdefault(str(meta.get("document_id")), str(meta.get("path")))

    planned: dict[str, tuple[Chunk, dict[str, Any]]] = {}
    keep_keys: set[str] = set()
    seen_ids: dict[str, str] = {}
    for path in files:
        key = source_key(path, corpus_dir)
        try:
            doc = load_document(path)
        except DocumentError as exc:
            report.skipped.append(SkippedFile(str(path), exc.reason))
            keep_keys.add(key)
            continue
        if doc.id in seen_ids:
            reason = f"duplicate document id {doc.id!r} (also in {seen_ids[doc.id]})"
            report.skipped.append(SkippedFile(str(path), reason))
            keep_keys.add(key)
            continue
        owner = owners.get(doc.id)
        if owner is not None and owner != key and not in_scope(owner, scope):
            reason = f"document id {doc.id!r} is already ingested from {owner}"
            report.skipped.append(SkippedFile(str(path), reason))
            keep_keys.add(key)
            continue
        seen_ids[doc.id] = str(path)
        chunks = chunk_document(doc)
        if not chunks:
            report.skipped.append(SkippedFile(str(path), "no text after the front matter"))
            keep_keys.add(key)
            continue
        report.documents += 1
        for chunk in chunks:
            planned[chunk.chunk_id] = (chunk, {**chunk.metadata(), "path": key})

    to_embed: list[tuple[Chunk, dict[str, Any]]] = []
    relabel: list[tuple[str, dict[str, Any]]] = []
    moved: list[tuple[str, str]] = []  # (chunk id, old language): the document's language changed
    for chunk_id, (chunk, meta) in planned.items():
        old = existing.get(chunk_id)
        if old is None:
            report.added += 1
            to_embed.append((chunk, meta))
        elif old.get("language") != meta.get("language"):
            report.updated += 1
            to_embed.append((chunk, meta))
            moved.append((chunk_id, str(old.get("language"))))
        elif old.get("content_hash") != chunk.content_hash:
            report.updated += 1
            to_embed.append((chunk, meta))
        elif old != meta:
            report.relabelled += 1
            relabel.append((chunk_id, meta))
        else:
            report.unchanged += 1
    report.chunks = len(planned)
    removed = [
        chunk_id
        for chunk_id, meta in existing.items()
        if chunk_id not in planned
        and in_scope(str(meta.get("path", "")), scope)
        and str(meta.get("path")) not in keep_keys
    ]

    embedder = get_embedder()
    changed: dict[str, Any] = {}  # language -> its collection, where something changed

    def collection(language: str) -> Any:
        if language not in changed:
            known = language in collections
            changed[language] = collections[language] if known else store.get_collection(language)
        return changed[language]

    if progress:
        progress(0, len(to_embed))
    for start in range(0, len(to_embed), EMBED_BATCH):
        batch = to_embed[start : start + EMBED_BATCH]
        vectors = embedder.embed_passages([c.embedding_text() for c, _ in batch])
        for language, rows in _by_language(
            list(zip(batch, vectors, strict=True)), lambda r: r[0][1]
        ).items():
            collection(language).upsert(
                ids=[c.chunk_id for (c, _), _ in rows],
                embeddings=[v for _, v in rows],
                documents=[c.text for (c, _), _ in rows],
                metadatas=[m for (_, m), _ in rows],
            )
        report.embedded += len(batch)
        if progress:
            progress(report.embedded, len(to_embed))
    for language, rows in _by_language(relabel, lambda r: r[1]).items():
        for start in range(0, len(rows), READ_PAGE):
            part = rows[start : start + READ_PAGE]
            collection(language).update(ids=[i for i, _ in part], metadatas=[m for _, m in part])
    gone = moved + [(chunk_id, str(existing[chunk_id].get("language"))) for chunk_id in removed]
    for language in {language for _, language in gone}:
        ids = [chunk_id for chunk_id, old in gone if old == language]
        for start in range(0, len(ids), READ_PAGE):
            collection(language).delete(ids=ids[start : start + READ_PAGE])
    report.removed = len(removed)

    if report.changed:
        for language_collection in changed.values():
            store.bump_revision(language_collection)
        from knowledge.retrieval import invalidate_index

        invalidate_index()
    report.seconds = time.perf_counter() - started
    return report


def _by_language(rows: Sequence[T], meta: Callable[[T], dict[str, Any]]) -> dict[str, list[T]]:
    """Rows grouped by their chunk metadata's language (each language has its collection)."""
    grouped: dict[str, list[T]] = {}
    for row in rows:
        grouped.setdefault(str(meta(row).get("language", "")), []).append(row)
    return grouped


def _read_metadata(collections: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """All stored chunk ids with their metadata, read in pages from every language."""
    found: dict[str, dict[str, Any]] = {}
    for collection in collections.values():
        offset = 0
        while True:
            page = collection.get(include=["metadatas"], limit=READ_PAGE, offset=offset)
            ids = page["ids"]
            for chunk_id, meta in zip(ids, page["metadatas"], strict=True):
                found[chunk_id] = dict(meta or {})
            if len(ids) < READ_PAGE:
                break
            offset += READ_PAGE
    return found
