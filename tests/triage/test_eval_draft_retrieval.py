"""`manage.py eval_draft_retrieval`: the passages drafts would cite for the project's
conversation set, through the real chat path (rolled back), against the real corpus."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from knowledge.documents import load_document
from knowledge.evaluation import parse_queries
from tests.knowledge.conftest import REAL_CORPUS, embedding_cache_dir, real_corpus_store  # noqa: F401
from triage.models import AuditEvent, Consultation, Message, Patient, User

CASES = Path(__file__).parent / "conversations" / "retrieval.jsonl"

pytestmark = pytest.mark.django_db


def corpus_ids() -> set[str]:
    return {load_document(path).id for path in REAL_CORPUS.glob("*/*.md")}


@pytest.fixture(scope="module")
def figures(django_db_setup, django_db_blocker, real_corpus_store):  # noqa: F811
    with django_db_blocker.unblock(), override_settings(**real_corpus_store["values"]):
        out = StringIO()
        call_command("eval_draft_retrieval", str(CASES), "--json", "--results", stdout=out)
        return json.loads(out.getvalue())


def test_conversation_set_covers_what_one_line_queries_cannot():
    cases = parse_queries(CASES.read_text(encoding="utf-8").splitlines())
    assert len(cases) >= 60 and len({c.id for c in cases}) == len(cases)
    assert 0.4 <= sum(c.lang == "zh" for c in cases) / len(cases) <= 0.6
    assert sum(len(c.conversation) >= 2 for c in cases) >= 0.6 * len(cases)
    tags = [t for c in cases for t in c.tags]
    assert tags.count("uninformative-latest") >= 20
    assert tags.count("age-from-record") >= 10 and tags.count("red-flag") >= 10
    assert tags.count("tcm") >= 8
    # Ages from the record only: the text must not say them.
    assert all(c.age_days is not None for c in cases if "age-from-record" in c.tags)
    known = corpus_ids()
    assert not {d for c in cases for d in c.relevant_doc_ids} - known


def test_recall_of_the_passages_drafts_cite(figures):
    misses = [(m["id"], m["query"], m["retrieved_doc_ids"][:5]) for m in figures["misses_at_5"]]
    print(json.dumps({k: v for k, v in figures.items() if k != "results"}, ensure_ascii=False))
    assert figures["queries"] >= 60
    assert figures["recall_at_5"] >= 0.90, misses
    assert figures["recall_at_10"] >= figures["recall_at_5"]
    # The topic lives in the earlier messages: the draft's search must still find it.
    assert figures["by_tag"]["uninformative-latest"]["recall_at_5"] >= 0.85, misses
    assert figures["by_tag"]["age-from-record"]["recall_at_5"] >= 0.85, misses
    assert figures["by_tag"]["red-flag"]["recall_at_5"] >= 0.85, misses
    assert len(figures["results"]) == figures["queries"]


def test_evaluation_leaves_no_records(figures):
    assert not Patient.objects.filter(name__startswith="eval ").exists()
    assert not User.objects.filter(username__startswith="eval-staff-").exists()
    assert Consultation.objects.count() == 0 and Message.objects.count() == 0
    assert AuditEvent.objects.count() == 0


def test_bad_case_files_are_reported(tmp_path):
    bad = tmp_path / "bad.jsonl"
    for line, error in [
        ('{"id": "1", "lang": "zh", "relevant_doc_ids": ["d"]}', "line 1: missing query"),
        (
            '{"id": "1", "lang": "zh", "conversation": [], "relevant_doc_ids": ["d"]}',
            "conversation must be a non-empty list",
        ),
        (
            '{"id": "1", "lang": "en", "conversation": ["x"], "relevant_doc_ids": ["d"], '
            '"patient": {"age_days": "two"}}',
            "patient.age_days",
        ),
    ]:
        bad.write_text(line + "\n")
        with pytest.raises(CommandError, match=error):
            call_command("eval_draft_retrieval", str(bad))
    bad.write_text("\n")
    with pytest.raises(CommandError, match="no cases"):
        call_command("eval_draft_retrieval", str(bad))


def test_human_readable_output(tmp_path, settings, real_corpus_store):  # noqa: F811
    for name, value in real_corpus_store["values"].items():
        setattr(settings, name, value)
    one = tmp_path / "one.jsonl"
    case = {
        "id": "child-1",
        "lang": "en",
        "conversation": ["fever since last night, 39.2", "drinking well, no rash, no fits"],
        "patient": {"age_days": 2 * 365, "sex": "female"},
        "relevant_doc_ids": ["gl-fever-children-en", "gl-fever-children-zh"],
        "tags": ["uninformative-latest"],
    }
    one.write_text(json.dumps(case) + "\n")
    out = StringIO()
    call_command("eval_draft_retrieval", str(one), stdout=out)
    text = out.getvalue()
    assert text.startswith("queries 1  recall@5 1.000"), text
    assert "uninformative-latest" in text and "miss@5" not in text
