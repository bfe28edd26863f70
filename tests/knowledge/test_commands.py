"""The ingest_knowledge and eval_retrieval management commands."""

from __future__ import annotations

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.knowledge.conftest import FIXTURES


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_ingest_prints_a_summary_and_names_bad_files(knowledge_settings, corpus_dir: Path):
    shutil.copy(FIXTURES / "bad" / "no-front-matter.md", corpus_dir)
    out, err = run("ingest_knowledge", "--no-progress")
    assert "documents 3" in out and "added" in out and "removed 0" in out
    assert "no-front-matter.md: missing front matter" in err


def test_ingest_json_summary_and_paths(knowledge_settings, clinic_dir: Path):
    out, _ = run("ingest_knowledge", str(clinic_dir), "--json")
    summary = json.loads(out)
    assert summary["documents"] == 2 and summary["added"] == summary["chunks"] > 0
    assert summary["skipped"] == []
    again = json.loads(run("ingest_knowledge", str(clinic_dir), "--json")[0])
    assert again["added"] == 0 and again["unchanged"] == summary["chunks"]


def test_ingest_fails_when_nothing_could_be_ingested(knowledge_settings):
    with pytest.raises(CommandError, match="nothing was ingested"):
        run("ingest_knowledge", str(FIXTURES / "bad"), "--no-progress")


def test_eval_retrieval_prints_recall_and_mrr(knowledge_settings, tmp_path: Path):
    run("ingest_knowledge", "--no-progress")
    queries = tmp_path / "q.jsonl"
    lines = [
        {
            "id": "1",
            "lang": "zh",
            "query": "被狗咬了要打几针",
            "relevant_doc_ids": ["gl-dog-bites-zh"],
        },
        {
            "id": "2",
            "lang": "en",
            "query": "rabies vaccine days",
            "relevant_doc_ids": ["gl-dog-bites-en"],
        },
        {
            "id": "3",
            "lang": "en",
            "query": "knee pain",
            "relevant_doc_ids": ["gl-osteoarthritis-en"],
        },
    ]
    queries.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    data = json.loads(run("eval_retrieval", str(queries), "--json")[0])
    assert data["queries"] == 3
    assert data["recall_at_5"] == pytest.approx(2 / 3, abs=1e-3)
    assert data["recall_at_10"] == pytest.approx(2 / 3, abs=1e-3)
    assert data["mrr"] == pytest.approx(2 / 3, abs=1e-3)
    assert [m["id"] for m in data["misses_at_5"]] == ["3"]
    text = run("eval_retrieval", str(queries))[0]
    assert "recall@5 0.667" in text and "MRR 0.667" in text


def test_eval_retrieval_rejects_bad_query_files(knowledge_settings, tmp_path: Path):
    queries = tmp_path / "q.jsonl"
    queries.write_text('{"id": "1", "query": "x"}\n')
    with pytest.raises(CommandError, match="line 1: missing lang, relevant_doc_ids"):
        run("eval_retrieval", str(queries))
