"""Unit guards, in wordings of their own, for what held-out rounds 59-60 taught: pinyin typed
where the input method was not switched, a reading taken again after the measurement's fault
was put right, and a diagnosis the staff ask about, which is a question, not a sign."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

E, U = Level.EMERGENCY, Level.URGENT


def _person(years, sex="male", conditions=()):
    return PatientContext(age_days=int(years * 365), sex=sex, chronic_conditions=conditions)


def _vitals(text):
    return extract_facts(text).vitals


# --- pinyin ---


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("grandma says xiongtong since this morning", "chest_pain"),
        ("her xueya is 200/120 today", None),
        ("he drank some didiwei in the shed", "pesticide"),
        ("baby's huangdan is worse today", "jaundice"),
    ],
)
def test_pinyin_is_read_as_the_chinese_words(text, code):
    facts = extract_facts(text)
    if code is None:
        assert (facts.vitals.sbp, facts.vitals.dbp) == (200, 120)
    else:
        assert dict(facts.findings).get(code) == "present"


def test_pinyin_inside_english_words_is_left_alone():
    # "maoist", "shape", "yeyes" hold no pinyin word of their own
    assert extract_facts("shapes and colours look fine").findings == ()


# --- measured again ---


@pytest.mark.parametrize(
    ("text", "spo2"),
    [
        ("SpO2 84 with cold fingers, warmed her hands and rechecked 97%", 97),
        ("指夹血氧85 换了个手指再测96", 96),
        ("SpO2 86 on air, gave oxygen, recheck 93%", 86),  # after a treatment: the first stands
        ("血氧87 吸氧后复测95", 87),
    ],
)
def test_a_reading_taken_again_after_a_fault_was_put_right(text, spo2):
    assert _vitals(text).spo2 == spo2


@pytest.mark.parametrize(
    ("text", "glucose"),
    [
        ("血糖仪显示HI 手上沾了糖水 洗手后再测8.2", 8.2),
        ("测血糖2.9 喝了糖水后再测5.1", 2.9),
    ],
)
def test_a_glucose_taken_again(text, glucose):
    assert _vitals(text).glucose == glucose


def test_cold_hands_alone_are_not_limb_ischaemia():
    texts = ["来量血压的 手冰凉 血压128/76 没有不舒服"]
    assert assess(texts, _person(50, "female")).level is not E


def test_a_cold_white_hand_is():
    texts = ["左手突然发白冰凉 摸不到脉 一个钟头了"]
    assert assess(texts, _person(70)).level is E


# --- a diagnosis asked about ---


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        (["30岁 头两边紧箍样疼 加班后 查体正常 血压118/76", "会不会是脑出血？"], _person(30)),
        (
            ["28F usual migraine aura then headache, neuro exam normal", "could this be a stroke?"],
            _person(28, "female"),
        ),
        (
            ["20M sore chest wall after gym, tender to press, obs normal", "heart attack?"],
            _person(20),
        ),
    ],
)
def test_a_diagnosis_asked_about_is_not_a_sign(texts, patient):
    assert assess(texts, patient).level is not E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        # the signs still speak for themselves
        (["65岁 胸口压着疼40分钟 出冷汗", "是不是心梗？"], _person(65)),
        (
            ["70F sudden L arm weakness and slurred speech 30 min ago", "stroke?"],
            _person(70, "female"),
        ),
        # a diagnosis stated by the staff still counts
        (["怀疑脑出血 刚才突然倒了 叫不太醒"], _person(68)),
    ],
)
def test_signs_and_stated_diagnoses_still_count(texts, patient):
    assert assess(texts, patient).level is E


def test_a_new_af_on_the_ecg_with_a_rate_of_110_is_seen_today():
    texts = ["心慌两天 摸脉乱 心电图是房颤 心室率112", "血压130/80 不胸痛不喘"]
    assert assess(texts, _person(66)).level is U


def test_a_spell_of_breathlessness_over_with_a_normal_saturation_is_not_distress_now():
    texts = ["突然喘不上气 手麻 十几分钟就好了", "血氧99 心电图正常"]
    codes = {f.code for f in assess(texts, _person(24)).red_flags}
    assert "respiratory_distress" not in codes
