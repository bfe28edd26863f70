"""Chunking by headings with a size bound and overlap; stable ids and metadata."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from knowledge.chunking import (
    chunk_document,
    content_hash,
    section_slug,
    split_sections,
    split_text,
    text_size,
)
from knowledge.documents import CorpusDocument, SourceRef

SOURCE = SourceRef("中华医学会", "高血压基层诊疗指南（2019年）", "2019", "转诊")


def make_doc(body: str, **changes) -> CorpusDocument:
    doc = CorpusDocument(
        id="gl-hypertension-zh",
        topic="gl-hypertension",
        title="高血压基层诊疗要点",
        language="zh",
        kind="guideline",
        source=SOURCE,
        corpus_version="2026.1",
        review_date="2026-11-22",
        body=body,
    )
    return replace(doc, **changes)


BODY = """# 高血压基层诊疗要点

开头的概述。

## 高血压
总述。

### 转诊指征
血压≥180/110 mmHg 伴胸痛，立即转诊。

## Red flags and referral
Severe headache with confusion: call 120.
"""


def test_sections_follow_heading_paths():
    sections = split_sections(BODY)
    assert [s.path for s in sections] == [
        (),
        ("高血压",),
        ("高血压", "转诊指征"),
        ("Red flags and referral",),
    ]
    assert sections[2].text.startswith("血压≥180/110")


def test_headings_inside_code_fences_do_not_split():
    sections = split_sections("## A\n```\n## not a heading\n```\ntext")
    assert len(sections) == 1 and "## not a heading" in sections[0].text


def test_chunks_carry_metadata_and_section_path():
    chunks = chunk_document(make_doc(BODY))
    by_section = {c.section: c for c in chunks}
    assert set(by_section) == {
        "高血压基层诊疗要点",
        "高血压",
        "高血压 > 转诊指征",
        "Red flags and referral",
    }
    chunk = by_section["高血压 > 转诊指征"]
    assert chunk.chunk_id == "gl-hypertension-zh/高血压--转诊指征/0"
    assert chunk.document_id == "gl-hypertension-zh"
    assert chunk.topic == "gl-hypertension"
    assert chunk.version == "2026.1"
    assert chunk.language == "zh"
    assert chunk.kind == "guideline"
    assert chunk.source == "中华医学会, 高血压基层诊疗指南（2019年） (2019), 转诊"
    meta = chunk.metadata()
    assert meta["section"] == "高血压 > 转诊指征" and meta["content_hash"] == chunk.content_hash
    assert all(isinstance(v, str | int) for v in meta.values())


def test_chunk_ids_are_stable_and_unique():
    body = "## 随访\n每月一次。\n\n## 随访\n第二个同名小节。\n"
    first = chunk_document(make_doc(body))
    second = chunk_document(make_doc(body))
    assert [c.chunk_id for c in first] == [c.chunk_id for c in second]
    assert [c.chunk_id for c in first] == [
        "gl-hypertension-zh/随访/0",
        "gl-hypertension-zh/随访-2/0",
    ]


def test_cjk_characters_count_double():
    assert text_size("abc") == 3
    assert text_size("高血压") == 6
    assert text_size("BP 高") == 5


@pytest.mark.parametrize("language", ["zh", "en"])
def test_long_sections_respect_the_size_bound_and_overlap(language: str):
    if language == "zh":
        sentences = [f"第{i}句：患者血压控制不佳时应复查并调整用药方案。" for i in range(60)]
        text = "".join(sentences)
    else:
        sentences = [f"Sentence {i} says the dose is adjusted at review." for i in range(80)]
        text = " ".join(sentences)
    pieces = split_text(text, 300, 60)
    assert len(pieces) > 3
    assert all(text_size(p) <= 300 for p in pieces)
    # Consecutive chunks share the trailing sentence of the previous one.
    for before, after in itertools.pairwise(pieces):
        last_sentence = before.splitlines()[-1]
        assert after.startswith(last_sentence)
    # Nothing is lost.
    for sentence in sentences:
        assert any(sentence in p for p in pieces)


def test_overlong_sentence_is_cut():
    pieces = split_text("高" * 500, 200, 20)
    assert all(text_size(p) <= 200 for p in pieces)
    assert "".join(pieces).count("高") >= 500


def test_bad_bounds_are_rejected():
    with pytest.raises(ValueError):
        split_text("text", 100, 100)


def test_content_hash_changes_only_with_embedded_text():
    doc = make_doc(BODY)
    relabelled = chunk_document(replace(doc, corpus_version="2026.2"))
    original = chunk_document(doc)
    assert [c.content_hash for c in original] == [c.content_hash for c in relabelled]
    edited = chunk_document(make_doc(BODY.replace("立即转诊", "当天转诊")))
    changed = [
        a.chunk_id
        for a, b in zip(original, edited, strict=True)
        if a.content_hash != b.content_hash
    ]
    assert changed == ["gl-hypertension-zh/高血压--转诊指征/0"]
    assert content_hash("a") != content_hash("b")


def test_section_slug_keeps_chinese_and_drops_punctuation():
    assert section_slug(("Red flags & referral",)) == "red-flags-referral"
    assert section_slug(("高血压", "转诊指征（紧急）")) == "高血压--转诊指征-紧急"
    assert section_slug(()) == "intro"
