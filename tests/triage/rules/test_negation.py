"""Negation, uncertainty and history scoping over concept mentions."""

import pytest

from triage.rules import extract_facts


def statuses(text: str) -> dict[str, str]:
    return dict(extract_facts(text).findings)


@pytest.mark.parametrize(
    "text, code",
    [
        ("no fever", "fever"),
        ("无发热", "fever"),
        ("否认胸痛", "chest_pain"),
        ("没有呕吐", "vomiting"),
        ("denies chest pain", "chest_pain"),
        ("不发烧", "fever"),
        ("没有明显的胸痛", "chest_pain"),
        ("发热：无", "fever"),
        ("patient is without headache", "headache"),
    ],
)
def test_negation_cue_negates_the_following_concept(text, code):
    assert statuses(text)[code] == "absent"


def test_chinese_enumeration_comma_extends_negation_over_the_list():
    s = statuses("无发热、咳嗽、呕吐")
    assert s["fever"] == s["cough"] == s["vomiting"] == "absent"


def test_english_list_of_bare_items_is_negated_together():
    s = statuses("denies chest pain, shortness of breath, or sweating")
    assert s["chest_pain"] == s["dyspnoea"] == s["sweating"] == "absent"


def test_contrast_word_ends_negation_scope():
    s = statuses("no fever but chest pain")
    assert s["fever"] == "absent"
    assert s["chest_pain"] == "present"
    s = statuses("没有发烧，但是胸口痛")
    assert s["fever"] == "absent"
    assert s["chest_pain"] == "present"


def test_new_content_after_comma_is_not_negated():
    s = statuses("no fever, cough for 3 days")
    assert s["fever"] == "absent"
    assert s["cough"] == "present"
    s = statuses("没有呕吐，腹泻3天")
    assert s["diarrhoea"] == "present"


def test_unable_to_is_not_a_negation():
    assert statuses("不能喝水")["unable_to_drink"] == "present"
    assert statuses("无法进食")["unable_to_drink"] == "present"
    assert statuses("can't drink")["unable_to_drink"] == "present"


def test_without_obvious_cause_is_not_a_negation():
    assert statuses("无明显诱因出现胸痛")["chest_pain"] == "present"


def test_uncertainty_marks_concepts_uncertain():
    assert statuses("好像有点发烧")["fever"] == "uncertain"
    assert statuses("fever?")["fever"] == "uncertain"
    assert statuses("可能是中风")["stroke_suspected"] == "uncertain"
    assert statuses("possibly had a seizure")["seizure"] == "uncertain"


def test_history_and_family_history_are_not_current_complaints():
    assert statuses("既往癫痫")["epilepsy"] == "history"
    assert "mi_suspected" not in statuses("家族史：父亲心梗")


def test_reassuring_forms_state_absence():
    s = statuses("精神好，吃喝正常")
    assert s["lethargy"] == "absent"
    assert s["unable_to_drink"] == "absent"
    # a reassuring item inside a negated list is not flipped
    s = statuses("no photophobia, alert")
    assert s["lethargy"] == "absent"


def test_not_breathing_fast_is_not_apnoea():
    s = statuses("cough, not breathing fast (RR 34)")
    assert "apnoea" not in s


def test_resolved_symptom_is_absent():
    assert statuses("黄疸已经退了")["jaundice"] == "absent"
