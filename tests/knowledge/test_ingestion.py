"""Ingestion: idempotent re-runs, changed chunks only, deletions, bad files, source scopes."""

from __future__ import annotations

import shutil
from pathlib import Path

from knowledge import store
from knowledge.ingestion import corpus_chunks, in_scope, ingest, source_key
from knowledge.store import get_chunks
from tests.knowledge.conftest import FIXTURES


def stored(where: dict | None = None) -> dict[str, dict]:
    page = get_chunks(where=where)
    return dict(zip(page["ids"], page["metadatas"], strict=True))


def test_first_run_adds_everything_and_rerun_adds_nothing(knowledge_settings):
    first = ingest()
    assert first.documents == 3 and first.skipped == []
    assert first.added == first.chunks == first.embedded == len(stored()) > 0
    second = ingest()
    assert (second.added, second.updated, second.relabelled, second.removed) == (0, 0, 0, 0)
    assert second.embedded == 0 and second.unchanged == first.chunks


def test_edit_reembeds_only_the_changed_chunks(knowledge_settings, corpus_dir: Path):
    ingest()
    before = stored()
    path = corpus_dir / "guidelines" / "dog-bites.en.md"
    path.write_text(path.read_text().replace("15 minutes", "at least 15 minutes"))
    report = ingest()
    assert (report.added, report.updated, report.removed, report.embedded) == (0, 1, 0, 1)
    after = stored()
    changed = [i for i in after if after[i]["content_hash"] != before[i]["content_hash"]]
    assert changed == ["gl-dog-bites-en/wound-care/0"]


def test_version_bump_relabels_without_embedding(knowledge_settings, corpus_dir: Path):
    ingest()
    path = corpus_dir / "tcm" / "wind-cold.zh.md"
    path.write_text(path.read_text().replace('"test.1"', '"test.2"'))
    report = ingest()
    assert report.embedded == 0 and report.relabelled == 3
    versions = {m["version"] for m in stored({"document_id": "tcm-wind-cold-zh"}).values()}
    assert versions == {"test.2"}


def test_deleted_section_and_deleted_file_are_removed(knowledge_settings, corpus_dir: Path):
    ingest()
    path = corpus_dir / "tcm" / "wind-cold.zh.md"
    text = path.read_text()
    path.write_text(text[: text.index("## 注意事项")])
    report = ingest()
    assert report.removed == 1
    assert "tcm-wind-cold-zh/注意事项/0" not in stored()
    (corpus_dir / "guidelines" / "dog-bites.en.md").unlink()
    report = ingest()
    assert report.removed == 3 and report.documents == 2
    assert not stored({"document_id": "gl-dog-bites-en"})


def test_bad_files_are_named_and_skipped_and_the_rest_ingested(knowledge_settings, corpus_dir):
    for bad in (FIXTURES / "bad").iterdir():
        shutil.copy(bad, corpus_dir / bad.name)
    report = ingest()
    assert report.documents == 3
    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    assert set(reasons) == {"no-front-matter.md", "missing-keys.md", "broken.pdf", "orphan.txt"}
    assert reasons["no-front-matter.md"] == "missing front matter"
    assert "missing keys: topic, review_date" in reasons["missing-keys.md"]
    assert reasons["broken.pdf"].startswith("unreadable PDF")
    assert reasons["orphan.txt"].startswith("missing front matter")


def test_corpus_chunks_are_what_ingestion_stores(knowledge_settings, corpus_dir: Path):
    """Retrieval's stand-in while the store is down (no process snapshot): the same ids,
    texts and metadata from the files alone; bad files left out as ingestion leaves them."""
    for bad in (FIXTURES / "bad").iterdir():
        shutil.copy(bad, corpus_dir / bad.name)
    ingest()
    chunks = corpus_chunks(corpus_dir)
    everything = get_chunks()
    assert {c.chunk_id: (c.text, meta) for c, meta in chunks} == {
        i: (t, m)
        for i, t, m in zip(
            everything["ids"], everything["documents"], everything["metadatas"], strict=True
        )
    }


def test_a_file_that_turns_bad_keeps_its_previous_chunks(knowledge_settings, corpus_dir: Path):
    ingest()
    path = corpus_dir / "guidelines" / "dog-bites.zh.md"
    path.write_text("no front matter any more")
    report = ingest()
    assert report.removed == 0 and [Path(s.path).name for s in report.skipped] == [
        "dog-bites.zh.md"
    ]
    assert stored({"document_id": "gl-dog-bites-zh"})


def test_corpus_run_does_not_remove_separately_ingested_clinic_files(
    knowledge_settings, clinic_dir: Path
):
    clinic = ingest([clinic_dir])
    assert clinic.documents == 2
    ingest()
    assert stored({"document_id": "clinic-heatstroke-en"})
    # Re-ingesting the clinic directory after a protocol is withdrawn removes only that one.
    (clinic_dir / "snakebite-notes.txt").unlink()
    report = ingest([clinic_dir])
    assert report.removed == 1
    assert stored({"document_id": "gl-dog-bites-en"})
    assert not stored({"document_id": "clinic-snakebite-en"})


def test_a_document_id_owned_by_another_source_is_not_overwritten(
    knowledge_settings, clinic_dir: Path, corpus_dir: Path
):
    ingest()
    copy = clinic_dir / "dog-bites-copy.en.md"
    shutil.copy(corpus_dir / "guidelines" / "dog-bites.en.md", copy)
    report = ingest([clinic_dir])
    assert any(
        s.path == str(copy) and "already ingested from corpus:/" in s.reason for s in report.skipped
    )
    paths = {m["path"] for m in stored({"document_id": "gl-dog-bites-en"}).values()}
    assert paths == {"corpus:/guidelines/dog-bites.en.md"}


def test_missing_path_is_reported(knowledge_settings, tmp_path: Path):
    report = ingest([tmp_path / "nowhere"])
    assert report.documents == 0
    assert report.skipped[0].reason == "no such file or directory"


def test_source_keys_are_corpus_relative_and_scoped(tmp_path: Path):
    corpus = tmp_path / "corpus"
    assert source_key(corpus / "tcm" / "a.md", corpus) == "corpus:/tcm/a.md"
    assert source_key(corpus, corpus) == "corpus:"
    assert source_key(tmp_path / "clinic" / "b.md", corpus) == f"{tmp_path}/clinic/b.md"
    assert in_scope("corpus:/tcm/a.md", ["corpus:"])
    assert in_scope("corpus:/tcm/a.md", ["corpus:/tcm"])
    assert not in_scope("corpus:/tcm-extra/a.md", ["corpus:/tcm"])
    assert not in_scope("/srv/clinic/b.md", ["corpus:"])


def test_each_language_has_its_own_collection(knowledge_settings):
    ingest()
    collections = store.language_collections()
    assert set(collections) == {"en", "zh"}
    for language, collection in collections.items():
        page = collection.get(include=["metadatas"])
        assert page["ids"] and {m["language"] for m in page["metadatas"]} == {language}


def test_a_document_whose_language_changes_moves_collection(knowledge_settings, corpus_dir):
    ingest()
    path = corpus_dir / "guidelines" / "dog-bites.en.md"
    path.write_text(path.read_text().replace("language: en", "language: zh"))
    report = ingest()
    assert report.updated == report.embedded == 3 and report.removed == 0
    ids = store.language_collections()["en"].get()["ids"]
    assert not [i for i in ids if i.startswith("gl-dog-bites-en/")]
    moved = stored({"document_id": "gl-dog-bites-en"})
    assert len(moved) == 3 and {m["language"] for m in moved.values()} == {"zh"}


def test_rebuild_drops_only_this_knowledge_base(knowledge_settings, settings):
    ingest()
    own = settings.KNOWLEDGE_COLLECTION
    settings.KNOWLEDGE_COLLECTION = f"{own}_other"  # shares the prefix, is another base
    other = store.get_collection("en")
    other.add(ids=["x"], embeddings=[[0.0] * 383 + [1.0]], metadatas=[{"language": "en"}])
    settings.KNOWLEDGE_COLLECTION = own
    store.delete_collection()
    assert store.language_collections() == {}
    settings.KNOWLEDGE_COLLECTION = f"{own}_other"
    assert store.language_collections()["en"].count() == 1
