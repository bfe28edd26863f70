"""Laboratory and bedside values staff relay (INR, sodium, calcium, haemoglobin, MUAC): how each
is read, what is not read as one, and the level each guideline gives it (rules_lab_values.py,
sources in sources.py). The rules were written from the guidelines before these cases."""

import pytest

from triage.rules import assess, extract_facts
from triage.rules.values import PatientContext


def labs(text: str) -> dict:
    values = extract_facts(text).vitals.to_dict()
    return {k: values[k] for k in ("inr", "sodium", "calcium", "hb", "muac_mm") if k in values}


def level(*texts: str, age_days: int | None = None) -> str:
    patient = PatientContext(age_days=age_days) if age_days is not None else None
    return assess(list(texts), patient).level.value


def codes(*texts: str) -> set[str]:
    return {f.code for f in assess(list(texts)).red_flags}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INR 8.6 没出血", {"inr": 8.6}),
        ("国际标准化比值5.2", {"inr": 5.2}),
        ("inr八点六", {"inr": 8.6}),
        ("国际标准化比值6点8", {"inr": 6.8}),
        ("INR>8", {"inr": 8.0}),
        ("血钠121", {"sodium": 121}),
        ("钠一百二十五", {"sodium": 125}),
        ("Na 121", {"sodium": 121}),
        ("Na+ 128, K 3.1", {"sodium": 128}),
        ("sodium 162", {"sodium": 162}),
        ("血钙3.7", {"calcium": 3.7}),
        ("血钙三点七", {"calcium": 3.7}),
        ("校正钙2.9", {"calcium": 2.9}),
        ("Ca 1.72", {"calcium": 1.72}),
        ("corrected calcium 3.6", {"calcium": 3.6}),
        ("血红蛋白62", {"hb": 62}),
        ("血色素6克", {"hb": 60}),  # the old 克 is g/dL
        ("Hb 58 g/L", {"hb": 58}),
        ("hb 6.2 g/dl", {"hb": 62}),
        ("hemoglobin 7.1", {"hb": 71}),
        ("MUAC 10.8cm", {"muac_mm": 108}),
        ("上臂围11厘米", {"muac_mm": 110}),
        ("臂围 108 mm", {"muac_mm": 108}),
        ("muac 112", {"muac_mm": 112}),
    ],
)
def test_laboratory_value_forms(text, expected):
    assert labs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "HbA1c 8.5",
        "糖化血红蛋白8.5",
        "hba1c 7.2%",
        "CA125 35",
        "CA19-9 40",
        "ca 2 years ago, had chemo",
        "钙片2片 每天",
        "补钙1.5克",
        "离子钙1.1",
        "ionised calcium 1.0",
        "0.9%氯化钠 500ml",
        "allergies NA",
        "NA",
    ],
)
def test_what_is_not_a_laboratory_value(text):
    # HbA1c and tumour markers are other tests; supplements and saline are not serum levels;
    # ionised calcium is about half the total, so the total's limits do not fit it.
    assert labs(text) == {}


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # BSH 2011: INR 5-8 without bleeding, withhold doses today; over 8, vitamin K today.
        (["INR 6.2 没有出血"], "urgent"),
        (["INR 8.6, no bleeding"], "urgent"),
        (["INR 3.6"], "non_urgent"),
        # Bleeding with an INR of 8 or more: intravenous vitamin K in hospital.
        (["吃华法林的 INR 9.1 牙龈出血"], "emergency"),
        # ESE 2014 / NICE CKS: below 120, or below 130 with symptoms, is an emergency; below
        # 130 in someone well, the same day.
        (["血钠118"], "emergency"),
        (["血钠121 人挺好 能吃能喝"], "urgent"),
        (["血钠127 精神还行"], "urgent"),
        (["Na 128, vomiting and confused"], "emergency"),
        (["Na 132"], "non_urgent"),
        (["sodium 162"], "emergency"),
        (["Na 153"], "urgent"),
        # NICE CKS hypercalcaemia; Society for Endocrinology 2016 hypocalcaemia.
        (["血钙3.7"], "emergency"),
        (["corrected ca 3.2"], "urgent"),
        (["Ca 3.2", "confused, vomiting"], "emergency"),
        (["ca 2.8"], "non_urgent"),
        (["Ca 1.72"], "emergency"),
        (["ca 2.0 tingling lips and hand cramps"], "emergency"),
        (["血钙2.0 嘴唇发麻 手足痉挛"], "emergency"),
        (["ca 2.0"], "non_urgent"),
        (["adj Ca 2.0", "fingertips tingle now and then, no cramps"], "urgent"),
        (["血钙1.98 手指头发麻 没有抽筋"], "urgent"),
        # WHO 2011/2024, NICE NG24: severe anaemia same day; very low or symptomatic now.
        (["血红蛋白62"], "urgent"),
        (["Hb 45"], "emergency"),
        (["Hb 65", "short of breath at rest"], "emergency"),
        (["hb 105"], "non_urgent"),
        # Dictated numbers.
        (["potassium six point eight just came back"], "emergency"),
        (["sodium one twenty one on routine bloods", "her normal self"], "urgent"),
        (["钾六点一 人没啥不舒服"], "urgent"),
    ],
)
def test_levels_from_the_guidelines(texts, expected):
    assert level(*texts) == expected


@pytest.mark.parametrize(
    ("text", "age_days", "pregnant", "expected"),
    [
        # WHO 2011/2024: severe anaemia is below 80 g/L from 5 years on, below 70 g/L under
        # 5 and in pregnancy.
        ("Hb 75 g/L, heavy periods, tired", 35 * 365, None, "urgent"),
        ("Hb 75 g/L", 2 * 365, None, "non_urgent"),
        ("Hb 75 g/L", 28 * 365, True, "non_urgent"),
        ("Hb 66 g/L", 28 * 365, True, "urgent"),
        ("Hb 85 g/L", 35 * 365, None, "non_urgent"),
    ],
)
def test_severe_anaemia_by_age_and_pregnancy(text, age_days, pregnant, expected):
    patient = PatientContext(age_days=age_days, pregnant=pregnant)
    assert assess([text], patient).level.value == expected


def test_a_high_inr_with_bleeding_is_named_with_the_anticoagulant_bleeding():
    assert {"inr_high_bleeding", "anticoagulant_bleeding"} <= codes("吃华法林的 INR 9.1 牙龈出血")


@pytest.mark.parametrize(
    ("texts", "age_days", "expected"),
    [
        # WHO 2013: MUAC under 115 mm at 6-59 months is severe acute malnutrition.
        (["上臂围11厘米"], 730, "urgent"),
        (["MUAC 10.8cm"], None, "urgent"),  # MUAC is a child's measure: no age told
        (["18个月 MUAC 10.8cm 不想吃东西"], None, "emergency"),  # poor appetite: inpatient
        (["MUAC 12.0 cm"], 730, "non_urgent"),  # moderate
        (["MUAC 10.8cm"], 4 * 30, "non_urgent"),  # under 6 months: not MUAC's cut-off
        (["MUAC 10.8cm"], 30 * 365, "non_urgent"),  # an adult's cut-off is another
    ],
)
def test_muac_in_children_six_to_fifty_nine_months(texts, age_days, expected):
    assert level(*texts, age_days=age_days) == expected


def test_a_lab_value_names_itself_in_both_languages():
    [reason] = assess(["血钠121"]).reasons
    assert reason.zh.endswith("血钠121 mmol/L")
    assert reason.en.endswith("Na 121")


def test_the_visit_record_states_the_relayed_values():
    from triage.visit_documents import build_visit_record

    messages = ["化验：INR 6.2，血钠 121，血红蛋白 62 g/L"]
    triage = assess(messages).to_dict()
    record = build_visit_record(
        staff_messages=messages, triage=triage, patient={}, approved=[], language="zh"
    )
    assert record["physical_examination"] == "INR 6.2，血钠 121mmol/L，血红蛋白 62g/L"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sodium one twenty one", "sodium 121"),
        ("potassium six point eight", "potassium 6.8"),
        ("temp thirty eight point five", "temp 38.5"),
        ("took two 50 mg tablets", "took two 50 mg tablets"),  # a count, not 250
    ],
)
def test_dictated_numbers(text, expected):
    from triage.rules.facts import normalise

    assert normalise(text) == expected
