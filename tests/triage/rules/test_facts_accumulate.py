"""Facts accumulate over a conversation; later statements win; the record fills gaps."""

import json

from triage.rules import Level, PatientContext, assess, extract_facts


def test_later_vital_sign_corrects_earlier():
    a = assess(["血压150/90", "复测血压190/125，头痛剧烈，呕吐"])
    assert a.facts.vitals.sbp == 190
    assert a.level is Level.EMERGENCY


def test_symptom_added_in_a_later_message_raises_the_level():
    first = assess(["咳嗽流涕2天"])
    assert first.level is Level.SELF_CARE
    later = assess(["咳嗽流涕2天", "现在喘不上气，嘴唇发紫"])
    assert later.level is Level.EMERGENCY


def test_later_denial_corrects_a_finding():
    a = assess(["fever?", "checked: no fever, T 36.9"])
    assert dict(a.facts.findings)["fever"] == "absent"


def test_patient_record_fills_age_and_sex_only_when_text_is_silent():
    record = PatientContext(age_days=70 * 365, sex="male")
    a = assess(["胸痛半小时"], record)
    assert a.facts.age_days == 70 * 365
    # The same level either way: the age and sex the text states stand.
    b = assess(["25岁女性，咳嗽两天，流鼻涕"], record)
    assert b.facts.age_days == 25 * 365
    assert b.facts.sex == "female"
    # Different levels: the higher is kept (tests/triage/rules/test_record_demographics.py).
    c = assess(["25岁女性，胸痛"], record)
    assert c.level is Level.EMERGENCY and c.facts.age_days == 70 * 365


def test_record_pregnancy_and_conditions_are_used():
    record = PatientContext(
        sex="female", age_days=30 * 365, pregnant=True, chronic_conditions=("哮喘",)
    )
    a = assess(["血压150/100，头痛，看东西模糊"], record)
    assert a.level is Level.EMERGENCY
    assert any(f.code == "pre_eclampsia" for f in a.red_flags)


def test_extract_facts_is_cached():
    extract_facts.cache_clear()
    assess(["a", "b", "c"])
    assess(["a", "b", "c", "d"])
    info = extract_facts.cache_info()
    assert info.misses == 4
    assert info.hits == 3


def test_to_dict_is_json_round_trippable_with_stable_keys():
    a = assess(["65岁男性，突然胸口痛2小时，伴大汗，血压150/90"])
    d = a.to_dict()
    assert set(d) == {"level", "red_flags", "reasons", "questions", "actions", "facts"}
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d
    flag = d["red_flags"][0]
    assert set(flag) == {"code", "label", "level", "triggers", "source"}
    assert set(flag["label"]) == {"zh", "en"}


def test_level_order_and_rank():
    assert Level.SELF_CARE < Level.NON_URGENT < Level.URGENT < Level.EMERGENCY
    assert [lv.rank for lv in Level] == [0, 1, 2, 3]
    assert Level("emergency") is Level.EMERGENCY
