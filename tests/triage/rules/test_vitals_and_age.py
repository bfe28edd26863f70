"""Vital signs and age in every common written form; numbers that are not vitals or ages."""

import pytest

from triage.rules import extract_facts


def vitals(text: str) -> dict:
    return extract_facts(text).vitals.to_dict()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("血压190/120", {"sbp": 190, "dbp": 120}),
        ("BP 190/120 mmHg", {"sbp": 190, "dbp": 120}),
        ("190/120mmHg", {"sbp": 190, "dbp": 120}),
        ("高压190低压110", {"sbp": 190, "dbp": 110}),
        ("体温39.5", {"temp_c": 39.5}),
        ("T 39.5℃", {"temp_c": 39.5}),
        ("发烧38度5", {"temp_c": 38.5}),
        ("temp 102F", {"temp_c": 38.9}),
        ("心率120", {"hr": 120}),
        ("脉搏 120次/分", {"hr": 120}),
        ("HR 120", {"hr": 120}),
        ("呼吸 40次/分", {"rr": 40}),
        ("RR 40", {"rr": 40}),
        ("SpO2 88%", {"spo2": 88}),
        ("血氧88", {"spo2": 88}),
        ("sats 91% on air", {"spo2": 91}),
        ("血糖 2.8 mmol/L", {"glucose": 2.8}),
        ("glucose 50 mg/dl", {"glucose": 2.8}),
        ("GCS 13", {"gcs": 13}),
    ],
)
def test_vital_sign_forms(text, expected):
    assert vitals(text) == expected


def test_full_set_in_one_line():
    v = vitals("男，65岁，血压160/95，P 88, R 20, T 36.8, SpO2 97%")
    assert v == {"sbp": 160, "dbp": 95, "hr": 88, "rr": 20, "temp_c": 36.8, "spo2": 97}


def test_blood_pressure_is_not_an_age_and_words_are_not_vitals():
    f = extract_facts("血压150/90，呼吸困难")
    assert f.age_days is None
    assert f.vitals.rr is None


@pytest.mark.parametrize(
    "text, days",
    [
        ("65岁男性", 65 * 365),
        ("3个月大的男婴", 91),
        ("a 72-year-old woman", 72 * 365),
        ("8 months old", 243),
        ("出生10天", 10),
        ("10天大", 10),
        ("女婴45天，体温38度", 45),
        ("Woman 54, known diabetic", 54 * 365),
        ("Boy 15 months, temp 38.6", 456),
        ("6-week-old baby", 42),
        ("一岁半", 547),
        ("2岁3个月", 821),
    ],
)
def test_age_forms(text, days):
    assert extract_facts(text).age_days == days


@pytest.mark.parametrize("text", ["咳嗽3天", "咳嗽3个月", "fever for 8 days", "怀孕32周"])
def test_durations_and_gestation_are_not_ages(text):
    assert extract_facts(text).age_days is None


def test_duration_is_linked_to_its_symptom():
    f = extract_facts("咳嗽3周，发热2天")
    d = dict(f.durations)
    assert d["cough"] == 21 * 24
    assert d["fever"] == 48


def test_sex_and_pregnancy():
    f = extract_facts("孕32周，26岁")
    assert f.pregnant is True
    assert f.gestation_weeks == 32
    assert f.sex == "female" or f.sex is None
    assert extract_facts("28 weeks pregnant").gestation_weeks == 28
    assert extract_facts("65岁男性").sex == "male"
    assert extract_facts("a 72-year-old woman").sex == "female"
    assert extract_facts("not pregnant").pregnant is False


def test_sudden_onset_and_severity():
    f = extract_facts("突然头痛，非常严重")
    assert "headache" in f.sudden
    assert "headache" in f.severe
