"""Unit guards, in wordings of their own, for what held-out rounds 51-52 taught: fevers and
infections in adults (travel, dengue, chickenpox, floods, a large haemoptysis, a necrotising
infection) and chronic disease follow-up visits (values told with a phrase, denials in English,
the eye, the diabetic foot, unexplained bruising, an opioid's drowsiness)."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

E, U = Level.EMERGENCY, Level.URGENT


def _adult(years=45, sex="male", conditions=()):
    return PatientContext(age_days=years * 365, sex=sex, chronic_conditions=conditions)


def _codes(texts, patient=None):
    return {f.code for f in assess(texts, patient).red_flags}


def _findings(text):
    return dict(extract_facts(text).findings)


# --- fevers and infections --------------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["肺结核病人 刚才咳血 咳了半碗 还在咳"],
        ["coughing up blood, about a mugful so far"],
    ],
)
def test_a_large_haemoptysis_is_an_emergency(texts):
    assert assess(texts, _adult(50)).level is E


def test_a_cupful_of_something_else_is_not_blood():
    assert "massive_haemoptysis" not in _findings("drank a cupful of water, then coughed")


def test_pain_out_of_proportion_with_purple_blisters_and_fever_is_necrotising():
    texts = [
        "scraped his knee on a rock yesterday, redness spreading fast up the thigh",
        "screaming in pain but the leg doesn't look that bad, dark blisters, T 38.9",
    ]
    assert "necrotising_soft_tissue_infection" in _codes(texts, _adult(60))


@pytest.mark.parametrize(
    "texts",
    [
        ["came home from Nigeria 2 weeks ago, fever and headache since yesterday, T 38.7"],
        ["在非洲干活 上个月回来的 这两天发烧 39度"],
    ],
)
def test_fever_after_the_tropics_is_tested_the_same_day(texts):
    assert assess(texts, _adult(40)).level is U


def test_fever_with_pain_behind_the_eyes_and_aching_bones_is_suspected_dengue():
    texts = ["发烧两天39度 眼眶后面疼 浑身骨头痛", "没出血 肚子不疼 能吃能喝"]
    assert "suspected_dengue" in _codes(texts, _adult(30, "female"))


def test_blisters_in_an_adult_who_never_had_chickenpox():
    texts = ["35岁 身上起了好多水泡 痒", "小时候没出过水痘"]
    assert "chickenpox_at_risk" in _codes(texts, _adult(35))
    contact = ["30F blisters all over since this morning, her son had chickenpox last week"]
    assert "chickenpox_at_risk" in _codes(contact, _adult(30, "female"))


def test_flood_work_with_fever_and_calf_pain_is_leptospirosis():
    texts = ["前几天抗洪 一直泡在水里", "今天发烧39 小腿肚子疼得厉害"]
    assert "leptospirosis" in _codes(texts, _adult(42))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("全身痛 发烧", "body_aches"),
        ("it stings when she passes urine", "urinary_symptoms"),
        ("a line of blisters came up in a band round his side", "shingles"),
        ("he can't close his left eye properly", "face_droop"),
        ("forehead doesn't wrinkle on that side", "forehead_weakness"),
    ],
)
def test_words_that_were_not_read(text, code):
    assert _findings(text).get(code) == "present"


def test_a_bitten_tongue_is_not_an_animal_bite():
    assert "animal_bite" not in _findings("had a fit, bitten her tongue")
    assert _findings("bitten by a neighbour's dog")["animal_bite"] == "present"


# --- values told with a phrase --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("potassium on this morning's sample is 6.9", "potassium", 6.9),
        ("吃华法林的 凝血指标出来6.1", "inr", 6.1),
        ("今天肌酐230 上个月才120", "creatinine_before", 120.0),
    ],
)
def test_a_value_told_with_a_phrase(text, field, value):
    assert getattr(extract_facts(text).vitals, field) == value


def test_tarry_stool_on_an_anticoagulant_with_a_low_pressure_is_major_bleeding():
    texts = ["吃利伐沙班的 拉黑大便 像柏油似的", "血压84/50 心率120"]
    assert assess(texts, _adult(72)).level is E


# --- denials -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("slipped off the bed, didn't hit her head", "head_injury"),
        ("had a fit but didnt hurt himself", "suicidal_intent"),
        ("没打人 也没说不想活", "suicidal_intent"),
        ("没提过要自杀", "suicidal_intent"),
    ],
)
def test_what_was_not_done_or_said_is_denied(text, code):
    assert _findings(text).get(code) == "absent"


@pytest.mark.parametrize(
    ("text", "code"),
    [("没说几句 就喘", "dyspnoea"), ("没有说话含糊", "speech_disturbance")],
)
def test_not_saying_something_else_keeps_its_own_reading(text, code):
    findings = _findings(text)
    if code == "dyspnoea":
        assert findings.get(code) == "present"  # breathless after a few words
    else:
        assert findings.get(code) == "absent"  # 没有 still denies the slurred speech


# --- the eye, the foot, bruising, opioids ---------------------------------------------------------


def test_floaters_and_a_curtain_in_one_eye_are_not_a_stroke():
    texts = ["右眼突然看不清 眼前好多黑点飘 像拉了个帘子", "不疼"]
    codes = _codes(texts, _adult(60))
    assert "stroke_befast" not in codes
    assert "possible_retinal_detachment" in codes


def test_a_diabetic_foot_ulcer_told_after_the_part_of_the_foot():
    assert _findings("左脚后跟有个溃疡 流水")["foot_ulcer"] == "present"


def test_a_foot_warmer_than_the_other_in_diabetes_is_a_possible_charcot_foot():
    texts = ["右脚肿了 摸着比左脚烫 没破"]
    assert "possible_charcot_foot" in _codes(texts, _adult(66, conditions=("糖尿病",)))


def test_unexplained_bruises_with_bleeding_gums_need_a_blood_count_today():
    texts = ["腿上好多青一块紫一块 没磕碰 刷牙牙龈出血"]
    assert assess(texts, _adult(50, "female")).level is U


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["oxycodone dose went up on monday, now drowsy, pupils pinpoint, RR 12"], U),
        (["吃吗啡的 今天一直想睡 呼吸一分钟8次"], E),
        # breathing not counted: drowsiness stays the delirium rule's emergency
        (["oxycodone went up, now very sleepy"], E),
    ],
)
def test_drowsiness_on_a_strong_opioid(texts, level):
    assert assess(texts, _adult(80, "female")).level is level
