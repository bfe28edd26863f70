"""Unit guards, in wordings of their own, for what held-out rounds 63-64 taught: the expected
signs of dying under an agreed plan (the palliative team's, not an ambulance) beside the crises
that still need one, palliative same-day problems, and the toxicity of long-term medicines."""

import pytest

from triage.rules import Level, PatientContext, assess

E, U = Level.EMERGENCY, Level.URGENT


def _person(years, sex="female", conditions=()):
    return PatientContext(age_days=int(years * 365), sex=sex, chronic_conditions=conditions)


def _codes(texts, patient):
    return {f.code for f in assess(texts, patient).red_flags}


# --- the end of life ---


@pytest.mark.parametrize(
    "texts",
    [
        ["胃癌晚期 在家安宁疗护 签了不抢救", "今天叫不醒了 手脚发紫发凉 很安静"],
        [
            "82M bowel ca, DNACPR, wants to die at home",
            "not breathing for 20 seconds at a time, then again, peaceful",
        ],
        ["肺癌晚期在家临终 想在家走", "老伴说他刚才没气了 走得很安详 不想叫救护车"],
    ],
)
def test_the_expected_signs_of_dying_under_a_plan_are_the_palliative_teams(texts):
    a = assess(texts, _person(82, "male"))
    assert a.level is U
    assert "expected_dying" in {f.code for f in a.red_flags}


@pytest.mark.parametrize(
    "texts",
    [
        # a crisis the plan does not cover
        ["肝癌晚期 签了不抢救", "刚才抽搐了五分钟还没停"],
        ["lung ca, DNACPR, at home", "choking on a piece of meat, can't speak"],
        # no plan: unresponsive is an emergency
        ["85岁 肺癌 今天突然叫不醒"],
    ],
)
def test_crises_and_the_unplanned_stay_emergencies(texts):
    assert assess(texts, _person(80, "male")).level is E


def test_wanting_to_die_at_home_is_not_suicidal():
    texts = ["78F heart failure, wants to die at home, asks about just in case meds"]
    assert "suicide_risk" not in _codes(texts, _person(78))


def test_a_what_if_is_not_a_bleed():
    texts = ["喉癌 在家安宁疗护", "家属问万一大出血怎么办 现在没出过血"]
    assert assess(texts, _person(66, "male")).level is not E


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["乳腺癌骨转移 吃吗啡的", "这两天吐得厉害 药都吃不进去"], "medicines_vomited"),
        (
            ["DN visit, syringe driver alarming occlusion, he is grimacing"],
            "syringe_driver_problem",
        ),
        (
            ["prostate ca with bone mets, oramorph only helps for an hour"],
            "uncontrolled_cancer_pain",
        ),
    ],
)
def test_palliative_problems_for_the_prescriber_today(texts, code):
    assert code in _codes(texts, _person(75, "male"))


def test_cord_compression_told_as_a_band_of_pain():
    texts = [
        "lung ca on chemo, band of pain round her chest",
        "legs numb from the waist down today",
    ]
    assert assess(texts, _person(60)).level is E


# --- long-term medicines ---


def test_neutropenic_sepsis_on_a_marrow_drug():
    texts = ["吃甲巯咪唑三个月", "发烧38.9 嗓子疼 中性粒细胞0.3 心率116"]
    assert assess(texts, _person(40)).level is E


def test_a_sore_throat_on_a_marrow_drug_while_well_is_same_day():
    texts = ["on carbimazole, sore throat since yesterday, T 37.4, feels ok"]
    assert assess(texts, _person(40)).level is U


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["痛风吃秋水仙碱 又开了红霉素", "今天拉了五次稀水"], "colchicine_toxicity"),
        (["phenytoin for epilepsy, now seeing double and unsteady"], "phenytoin_toxicity"),
        (["on PTU, eyes yellow this week, dark urine"], "antithyroid_liver_injury"),
        (["ramipril started 2 weeks ago, creatinine 130, was 95"], "aki_creatinine"),
    ],
)
def test_first_signs_of_a_medicines_toxicity_are_seen_today(texts, code):
    assert code in _codes(texts, _person(60))


def test_a_small_creatinine_rise_without_an_ace_inhibitor_is_not_aki():
    texts = ["creatinine 110, was 95 last year, no new medicines"]
    assert "aki_creatinine" not in _codes(texts, _person(60))


def test_a_tongue_that_started_swelling_on_an_ace_inhibitor():
    texts = ["on lisinopril, tongue started swelling 30 min ago, drooling"]
    assert assess(texts, _person(65, "male")).level is E
