"""Staff write what they asked and what they were told: "有胸痛吗？没有", "Chest pain? No". A
question alone keeps its concepts uncertain (a suspected danger sign still needs action), but
the answer written right after it decides: no is absent, yes is present. Before, every such
line about a 70-year-old was an emergency. The clauses before the question in the same
sentence ("头晕三天，有没有胸痛？") are stated, not asked."""

import pytest

from triage.rules import Level, PatientContext, assess

OLDER = PatientContext(age_days=70 * 365, sex="male")


@pytest.mark.parametrize(
    "text",
    [
        "有胸痛吗？没有",
        "有没有胸痛？没有",
        "胸痛？无",
        "胸痛？否，头晕两天",
        "Chest pain? No",
        "any chest pain? denies",
        "Chest pain? No, but dizzy for two days",
    ],
)
def test_a_question_answered_no_is_absent(text):
    a = assess([text], OLDER)

    assert dict(a.facts.findings)["chest_pain"] == "absent"
    assert a.level < Level.EMERGENCY


@pytest.mark.parametrize(
    "text", ["有胸痛吗？有", "有没有胸痛？有的，从早上开始", "Chest pain? Yes, since this morning"]
)
def test_a_question_answered_yes_is_present(text):
    a = assess([text], OLDER)

    assert dict(a.facts.findings)["chest_pain"] == "present"
    assert a.level is Level.EMERGENCY


@pytest.mark.parametrize(
    "text",
    ["胸痛吗", "有没有胸痛？", "胸痛？不清楚", "Chest pain? No idea", "胸痛吗？气短吗？没有"],
)
def test_an_unanswered_question_stays_a_suspected_danger_sign(text):
    a = assess([text], OLDER)

    assert dict(a.facts.findings)["chest_pain"] == "uncertain"
    assert a.level is Level.EMERGENCY


def test_the_clauses_before_a_question_are_stated():
    findings = dict(assess(["头晕三天，有没有胸痛？"], OLDER).facts.findings)

    assert findings["dizziness"] == "present"
    assert findings["chest_pain"] == "uncertain"
