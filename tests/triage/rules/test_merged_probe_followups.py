"""Follow-ups the three probe reviews (adult, children and pregnancy, surgical) asked for outside
their own parts of the lexicon: a later denial does not undo an event that happened ("现在不抽了"
after a fit), "can't breathe" and "going blue" in English, colloquial drowsiness, pallor,
nausea, burning urine and not eating, and years-ago events read as history."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

TODDLER = PatientContext(age_days=2 * 365, sex="male")
OLDER = PatientContext(age_days=70 * 365, sex="male")


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        (["孩子发烧39度，刚才抽搐了", "现在不抽了"], TODDLER),
        (["chest pain at 6am, sweaty", "no chest pain now"], OLDER),
    ],
)
def test_a_later_denial_does_not_undo_an_event(texts, patient):
    assert assess(texts, patient).level is Level.EMERGENCY


def test_a_symptom_denied_later_is_still_absent():
    facts = assess(["咳嗽两天", "现在不咳了"], OLDER).facts
    assert dict(facts.findings)["cough"] == "absent"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("3 year old can't breathe", "dyspnoea"),
        ("she is unable to breathe", "dyspnoea"),
        ("his lips are going blue", "cyanosis"),
        ("孩子昏昏沉沉的", "drowsy"),
        ("喊他也不怎么应", "drowsy"),
        ("脸色煞白", "pale"),
        ("feeling a bit sick", "nausea"),
        ("人发飘", "dizziness"),
        ("小便烧", "urinary_symptoms"),
        ("两天不吃饭", "poor_appetite"),
    ],
)
def test_everyday_words_are_read(text, code):
    assert dict(extract_facts(text).findings).get(code) == "present"


def test_an_event_years_ago_is_history():
    facts = extract_facts("三年前中风，今天来开降压药")
    assert dict(facts.findings).get("stroke_suspected") == "history"


def test_burning_urine_with_new_confusion_in_an_older_person_is_sepsis():
    a = assess(["奶奶85岁，人迷迷糊糊的，小便烧"], PatientContext(age_days=85 * 365, sex="female"))
    assert a.level is Level.EMERGENCY


@pytest.mark.parametrize("text", ["孩子吐了两次，拉肚子，精神好", "吐了3次，拉肚子，能喝水"])
def test_counted_vomits_in_a_mild_stomach_bug_stay_self_care(text):
    # The counted-vomit concepts (for head injuries, NICE NG232) are companions of a stomach bug.
    patient = PatientContext(age_days=30 * 365, sex="male")
    assert assess([text], patient).level is Level.SELF_CARE


def test_a_persistent_nosebleed_is_also_a_nosebleed():
    facts = extract_facts("流鼻血半小时止不住")
    assert dict(facts.findings).get("nosebleed") == "present"
