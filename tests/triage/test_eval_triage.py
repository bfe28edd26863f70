"""`manage.py eval_triage` on the project's own case set meets the issue's targets, through
the real chat service path, and leaves nothing behind."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from triage.models import AuditEvent, Consultation, Patient

CASES = Path(__file__).parent / "cases" / "cases.jsonl"

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def figures(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from io import StringIO

        out = StringIO()
        call_command("eval_triage", str(CASES), "--json", stdout=out)
        return json.loads(out.getvalue())


def test_case_set_is_big_and_bilingual():
    rows = [json.loads(line) for line in CASES.read_text().splitlines() if line.strip()]
    assert len(rows) >= 200
    zh = sum(row["lang"] == "zh" for row in rows)
    assert 0.4 <= zh / len(rows) <= 0.6


def test_targets_on_the_project_case_set(figures):
    assert figures["cases"] >= 200
    assert figures["emergency_sensitivity"] >= 0.98, figures["missed_emergencies"]
    assert figures["accuracy"] >= 0.85
    assert figures["self_care_to_emergency_rate"] <= 0.03
    assert len(figures["predictions"]) == figures["cases"]
    assert {"id", "level", "red_flags"} <= set(figures["predictions"][0])


def test_evaluation_leaves_no_records(figures):
    assert not Patient.objects.filter(name__startswith="eval ").exists()
    assert Consultation.objects.count() == 0 and AuditEvent.objects.count() == 0


def test_bad_case_file_is_reported(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "lang": "zh", "text": "x", "gold_triage": "soon"}\n')
    with pytest.raises(CommandError, match="line 1"):
        call_command("eval_triage", str(bad))


def test_human_readable_output(tmp_path, capsys):
    one = tmp_path / "one.jsonl"
    one.write_text(
        json.dumps(
            {
                "id": "a",
                "lang": "en",
                "text": "45-year-old man, crushing chest pain, sweaty",
                "gold_triage": "emergency",
            }
        )
        + "\n"
    )
    call_command("eval_triage", str(one))
    out = capsys.readouterr().out
    assert "emergency_sensitivity        100.0%" in out and "confusion" in out
