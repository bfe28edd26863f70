"""Unit guards, in wordings of their own, for what held-out rounds 57-58 taught: the first, short
message (a scald over two body parts, tablets counted missing, stridor only when upset, a wrist
after a fall) and the back, joints and limbs."""

import pytest

from triage.rules import Level, PatientContext, assess

E, U = Level.EMERGENCY, Level.URGENT


def _person(years, sex="male", conditions=()):
    return PatientContext(age_days=int(years * 365), sex=sex, chronic_conditions=conditions)


def _codes(texts, patient):
    return {f.code for f in assess(texts, patient).red_flags}


# --- the first, short message ---


def test_a_toddlers_scald_blistering_two_body_parts_is_a_major_burn():
    assert (
        assess(["hot tea tipped over her, tummy and leg blistered"], _person(2, "female")).level
        is E
    )


def test_one_small_blister_on_a_finger_is_not():
    level = assess(["touched the kettle, small blister on one finger"], _person(30)).level
    assert level is not E


def test_a_toddler_with_tablets_counted_missing_is_an_emergency():
    assert assess(["3yo into grandad's heart pills, 2 tablets missing"], _person(3)).level is E


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("2yo barking cough, stridor only when crying, settles when calm", U),
        ("2yo barking cough, stridor at rest, pulling in under ribs", E),
    ],
)
def test_stridor_only_when_upset_is_not_stridor_at_rest(text, level):
    assert assess([text], _person(2)).level is level


def test_a_swollen_wrist_after_a_fall_on_the_hand_is_xrayed_today():
    texts = ["骑车摔了 手撑地", "右手腕肿痛 还能动手指"]
    assert "suspected_fracture" in _codes(texts, _person(40, "female"))


def test_blisters_on_one_side_of_the_forehead_are_ophthalmic_shingles():
    texts = ["右边额头起了一片水泡 疼了两天"]
    assert assess(texts, _person(66)).level is U


def test_painful_breathing_in_with_fever_and_cough_is_a_possible_pneumonia():
    texts = ["咳嗽三天 发烧38.6 左胸吸气疼"]
    assert "possible_pneumonia" in _codes(texts, _person(50))


# --- the back, joints and limbs ---


@pytest.mark.parametrize(
    ("texts", "patient", "code", "level"),
    [
        (
            ["肺癌化疗中 背心痛两个礼拜 晚上痛醒", "今天两条腿发软 站不稳"],
            _person(66),
            "spinal_cord_compression",
            E,
        ),
        (
            ["bowel ca 5 yrs ago, new back pain 4 wks, not settling"],
            _person(70, "female"),
            "possible_spinal_metastases",
            U,
        ),
        (["腰痛两个月 越来越重 瘦了十几斤"], _person(66), "back_pain_red_flags", U),
        (["low back pain 2 wks, uses IV drugs, no fever"], _person(30), "back_pain_red_flags", U),
        (
            ["腰椎间盘突出 坐骨神经痛", "这两天右脚尖抬不起来 走路脚拖地"],
            _person(45),
            "back_pain_red_flags",
            U,
        ),
        (
            ["boil on his back last week, now back pain and T 38.7", "new weakness in his L leg"],
            _person(60, "male", ("diabetes",)),
            "spinal_infection",
            E,
        ),
    ],
)
def test_back_pain_with_its_red_flags(texts, patient, code, level):
    a = assess(texts, patient)
    assert a.level is level
    assert code in {f.code for f in a.red_flags}


def test_mechanical_back_pain_years_after_a_cancer_stays_routine():
    texts = ["乳腺癌八年前做过手术 昨天搬米闪了腰 腰疼 腿不麻"]
    assert assess(texts, _person(58, "female")).level not in (E, U)


def test_a_foot_drop_is_not_both_legs_weak():
    texts = ["sciatica R leg, now R foot slapping when he walks", "bladder and bowels normal"]
    codes = _codes(texts, _person(50))
    assert "cauda_equina" not in codes
    assert "back_pain_red_flags" in codes


@pytest.mark.parametrize(
    "texts",
    [
        ["左小腿被倒下来的木头压住半个钟头", "今天小腿肿得硬邦邦 扳他脚趾头痛得叫"],
        [
            "on warfarin, no injury, calf swollen tense and hard",
            "pain worse when I stretch his toes",
        ],
    ],
)
def test_compartment_syndrome_beyond_a_cast(texts):
    assert "compartment_syndrome" in _codes(texts, _person(45))


def test_calf_pain_after_hard_work_with_cola_urine_and_little_of_it_is_rhabdomyolysis():
    texts = ["昨天在地里干了一整天活", "两条小腿痛得走不了 尿是酱油色的 今天就解了一点点"]
    assert assess(texts, _person(30)).level is E


def test_an_unstable_slipped_epiphysis():
    texts = ["12yo sudden groin pain, can't put any weight on it, leg lying turned out"]
    assert assess(texts, _person(12)).level is E


def test_a_knee_that_swells_up_on_an_anticoagulant_is_a_bleed():
    texts = ["吃利伐沙班的 没摔没碰 左膝盖一下子肿得老大"]
    patient = _person(75, "female", ("房颤",))
    assert "anticoagulant_bleeding" in _codes(texts, patient)


def test_a_knee_that_swelled_after_a_twist_on_an_anticoagulant_is_the_knee_rules():
    texts = ["on apixaban, twisted his knee playing football, swelled up overnight"]
    assert "anticoagulant_bleeding" not in _codes(texts, _person(40))


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["5yo limping since this morning, temp 37.7, no injury"], U),
        (["9 month old fever 38.9, won't move her right leg"], U),
    ],
)
def test_a_limp_or_a_limb_not_used_with_a_raised_temperature(texts, level):
    years = 5 if texts[0].startswith("5yo") else 0.75
    assert assess(texts, _person(years)).level is level


def test_unexplained_bruises_with_pallor_need_a_blood_count_today():
    texts = ["7yo very pale lately, bruises on his shins mum can't explain"]
    assert "unexplained_bruising_bleeding" in _codes(texts, _person(7))
