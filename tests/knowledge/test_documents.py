"""Front matter parsing and validation; Markdown, text (sidecar) and PDF loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.documents import (
    DocumentError,
    load_document,
    parse_markdown,
    split_front_matter,
    validate_front_matter,
)
from tests.knowledge.conftest import FIXTURES, make_pdf

VALID_META = {
    "id": "gl-test-en",
    "topic": "gl-test",
    "title": "Test",
    "language": "en",
    "kind": "guideline",
    "source": {"publisher": "WHO", "document": "Doc", "year": 2020, "section": "All"},
    "corpus_version": "2026.1",
    "review_date": "2026-11-22",
}


def test_corpus_markdown_document_parses_with_all_fields():
    doc = load_document(FIXTURES / "corpus" / "guidelines" / "dog-bites.zh.md")
    assert doc.id == "gl-dog-bites-zh"
    assert doc.topic == "gl-dog-bites"
    assert doc.language == "zh"
    assert doc.kind == "guideline"
    assert doc.corpus_version == "test.1"
    assert doc.review_date == "2026-11-22"
    assert doc.source.year == "2023"
    assert "狂犬病暴露预防处置工作规范" in doc.source.citation()
    assert doc.body.lstrip().startswith("# 犬咬伤")


def test_valid_front_matter_has_no_problems():
    assert validate_front_matter(VALID_META) == []


def test_missing_keys_are_all_named():
    meta = {k: v for k, v in VALID_META.items() if k not in ("topic", "review_date")}
    meta["source"] = {"publisher": "WHO", "document": "Doc"}
    problems = "; ".join(validate_front_matter(meta))
    assert "missing keys: topic, review_date" in problems
    assert "missing source keys: year, section" in problems


def test_bad_language_kind_and_id_are_reported():
    meta = {**VALID_META, "language": "fr", "kind": "blog", "id": "has/slash"}
    problems = "; ".join(validate_front_matter(meta))
    assert "language 'fr'" in problems
    assert "kind 'blog'" in problems
    assert "id 'has/slash'" in problems


def test_markdown_without_front_matter_is_rejected():
    with pytest.raises(ValueError, match="missing front matter"):
        parse_markdown("# Title\n\nText")


def test_invalid_yaml_front_matter_is_reported_with_line():
    with pytest.raises(ValueError, match="not valid YAML"):
        split_front_matter("---\nid: [unclosed\n---\nbody")


def test_load_document_names_file_and_missing_keys():
    path = FIXTURES / "bad" / "missing-keys.md"
    with pytest.raises(DocumentError) as info:
        load_document(path)
    assert info.value.path == path
    assert "topic" in info.value.reason and "review_date" in info.value.reason
    assert "source keys: year, section" in info.value.reason


def test_text_file_takes_front_matter_from_sidecar():
    doc = load_document(FIXTURES / "clinic" / "snakebite-notes.txt")
    assert doc.id == "clinic-snakebite-en"
    assert "antivenom" in doc.body


def test_text_file_without_sidecar_is_missing_front_matter():
    with pytest.raises(DocumentError, match="missing front matter"):
        load_document(FIXTURES / "bad" / "orphan.txt")


def test_gb18030_text_is_decoded(tmp_path: Path):
    path = tmp_path / "protocol.txt"
    path.write_bytes("村卫生室高血压随访流程".encode("gb18030"))
    (tmp_path / "protocol.txt.meta.yaml").write_text(
        (FIXTURES / "clinic" / "snakebite-notes.txt.meta.yaml").read_text(), encoding="utf-8"
    )
    assert load_document(path).body == "村卫生室高血压随访流程"


def test_pdf_text_becomes_one_section_per_page(tmp_path: Path):
    path = make_pdf(tmp_path / "protocol.pdf", ["Heat stroke cooling first", "Call 120 early"])
    sidecar = (FIXTURES / "bad" / "broken.pdf.meta.yaml").read_text()
    (tmp_path / "protocol.pdf.meta.yaml").write_text(sidecar, encoding="utf-8")
    doc = load_document(path)
    assert "## Page 1\n\nHeat stroke cooling first" in doc.body
    assert "## Page 2\n\nCall 120 early" in doc.body


def test_unreadable_pdf_is_reported():
    with pytest.raises(DocumentError, match="unreadable PDF"):
        load_document(FIXTURES / "bad" / "broken.pdf")


def test_unsupported_file_type_is_reported(tmp_path: Path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK")
    with pytest.raises(DocumentError, match="unsupported file type"):
        load_document(path)
