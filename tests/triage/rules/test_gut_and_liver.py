"""Unit guards, in wordings of their own, for what held-out round 68 taught about the gut and the
liver: acute severe colitis, dehydration costing the circulation, overt hepatic encephalopathy, a
food bolus, obstruction in words, and blood-rich food that darkens the stool."""

import pytest

from triage.rules import Level, PatientContext, assess

E = Level.EMERGENCY


def _person(years, sex="male", conditions=()):
    return PatientContext(age_days=int(years * 365), sex=sex, chronic_conditions=conditions)


@pytest.mark.parametrize(
    "texts",
    [
        ["known ulcerative colitis, 8 bloody stools today, HR 104"],
        ["80岁 拉肚子三天 今天头晕 一上午就尿了一点点 血压94/60"],
        ["肝硬化 这两天糊涂 认不得人 手伸平了一抖一抖的"],
        ["a piece of meat stuck in his chest since dinner, drooling, can't swallow saliva"],
        [
            "hasn't opened bowels or passed wind for 3 days, belly distended",
            "vomiting dark green fluid",
        ],
    ],
)
def test_gut_emergencies(texts):
    assert assess(texts, _person(70)).level is E


def test_a_mild_uc_flare_without_fever_or_a_fast_pulse_is_not_an_emergency():
    texts = ["UC flare, 4 stools a day with some blood, T 36.9, HR 78, eating"]
    assert assess(texts, _person(30)).level is not E


def test_black_stool_after_blood_tofu_in_a_well_man_is_not_melaena():
    texts = ["昨晚吃了毛血旺 今天大便发黑", "不头晕 心率70 血压正常"]
    assert assess(texts, _person(45)).level is not E
