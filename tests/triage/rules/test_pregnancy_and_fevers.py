# ruff: noqa: E501  (the cases are kept whole, one a line)
"""Guards for rounds 31 and 32's rules: each fires on its guideline's case and stays quiet on the
look-alike beside it."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient", "level"),
    [
        # 流行性感冒诊疗方案 2020: influenza at high risk is same day; in the well, home care
        (["流感 发烧38.6 咳嗽 全身酸痛"], _patient(24820, "female", ("糖尿病",)), U),
        (["flu, fever 38.4, cough, aches all over"], _patient(9125, "male"), Level.SELF_CARE),
        # NICE NG51 moderate risk: an older person's infection with a temperature below 36
        (["86岁 咳嗽三天 体温35.7"], _patient(31390, "female"), U),
        # tick-borne fever (SFTS) and malaria after travel
        (["上山放牛 一周前拔下来一只蜱虫 前天开始发烧38.8"], _patient(22630, "male"), U),
        (["back from Nigeria 2 weeks ago, fever 38.9, headache"], _patient(12045, "male"), U),
        # NICE NG148: vomiting and diarrhoea with dizziness on a diuretic and an ACE inhibitor
        (["on furosemide and ramipril, D&V since yesterday, dizzy when standing"], _patient(27740, "male"), U),
        # RCOG GTG22: a fall at 28 weeks without symptoms is still same day
        (["28 wks, slipped on wet floor, landed on her side, no pain, no bleeding"], _patient(10220, "female", pregnant=True), U),
        # NICE NG194: a perineal wound with pus
        (["day 7 after birth, stitches feel open, pus coming out"], _patient(10220, "female"), U),
        # NICE NG126: bleeding with cramps once the pregnancy was seen in the womb
        (["孕8周 上个月B超看到是宫内的", "今天开始出血 有点小腹坠痛", "不头晕 血压116/72"], _patient(10220, "female", pregnant=True), U),
        # RCOG GTG13: chickenpox at 24 weeks, not immune
        (["孕24周 昨天开始出水痘", "没出过水痘", "体温37.8"], _patient(10220, "female", pregnant=True), U),
        # WHO PNC 2022: lochia settling is normal
        (["PN day 9, still bleeding", "dark red-brown now, less than first week", "no fever, not dizzy"], _patient(10220, "female"), Level.NON_URGENT),
    ],
)  # fmt: skip
def test_rules(texts, patient, level):
    assert assess(texts, patient).level is level


def test_a_miscarriage_with_dizziness_stays_an_emergency():
    texts = ["孕8周 上个月B超看到是宫内的", "今天开始出血 有点小腹坠痛", "头晕 脸发白"]
    assert assess(texts, _patient(10220, "female", pregnant=True)).level is E


def test_a_cord_felt_after_the_waters_break_is_an_emergency():
    texts = ["37 wk, waters went 10 min ago", "something hanging out of vagina, feels like cord"]
    assert assess(texts, _patient(10220, "female", pregnant=True)).level is E
