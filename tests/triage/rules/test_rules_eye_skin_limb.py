"""Eye injuries and red eye, herpes zoster ophthalmicus, cellulitis, fractures and the diabetic
foot: positive, negated and near-miss cases for each family."""

import pytest

from triage.rules import Level, assess

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE


def _codes(text: str) -> set[str]:
    return {f.code for f in assess([text]).red_flags}


@pytest.mark.parametrize(
    "text, expected, flag",
    [
        # eye (NICE CKS red eye / eye trauma 2022; RCOphth)
        ("30岁男性，石灰溅到眼睛里", E, "chemical_eye_injury"),
        ("Man 28, chemical splash in the eye at work", E, "chemical_eye_injury"),
        (
            "35岁男性，打磨金属时有东西崩到眼睛里，眼睛痛",
            U,
            "penetrating_or_high_velocity_eye_injury",
        ),
        (
            "Man 40, was hammering metal and something flew into his eye",
            U,
            "penetrating_or_high_velocity_eye_injury",
        ),
        ("被树枝扎进眼睛", U, "penetrating_or_high_velocity_eye_injury"),
        ("45岁女性，右眼红痛，视力下降", U, "red_eye_red_flags"),
        (
            "Woman 30, red painful eye, wears contact lenses, light hurts her eyes",
            U,
            "red_eye_red_flags",
        ),
        (
            "Man 62, painful red eye, blurred vision, halos round lights, vomiting",
            E,
            "acute_angle_closure_glaucoma",
        ),
        # herpes zoster ophthalmicus (NICE CKS shingles 2023)
        ("70岁男性，右侧额头和眼睛周围起了成簇水疱，疼痛", U, "zoster_ophthalmicus"),
        (
            "Woman 70, cluster of blisters around the left eye and on the tip of the nose",
            U,
            "zoster_ophthalmicus",
        ),
        ("65岁女性，带状疱疹，右眼红痛，看东西模糊", U, "zoster_ophthalmicus"),
        ("Man 68 with shingles on the forehead", U, "zoster_ophthalmicus"),
        # cellulitis (NICE NG141 2019, Eron)
        ("50岁男性，小腿红肿热痛，越来越大，体温38.6", U, "spreading_skin_infection"),
        ("Woman 45, red hot swollen leg, HR 108", U, "spreading_skin_infection"),
        ("Man 55, cellulitis on his shin, temp 39, BP 85/50, confused", E, "sepsis"),
        # fracture / dislocation (NICE NG38, NG37 2016; Ottawa)
        ("30岁男性，摔倒后手腕明显变形", U, "suspected_fracture"),
        ("Man 30 fell and his forearm is at an odd angle", U, "suspected_fracture"),
        (
            "Woman 50 twisted her ankle, can't walk on it, bony tenderness over the malleolus",
            U,
            "suspected_fracture",
        ),
        ("摔倒后肩关节脱位", U, "suspected_fracture"),
        ("40岁女性，摔了一跤，小腿骨头露出来了", E, "open_fracture"),
        (
            "Man 25 fell off his bike, arm looks bent, fingers cold and numb",
            E,
            "fracture_neurovascular",
        ),
        # diabetic foot (NICE NG19 2019; IWGDF 2023)
        ("65岁男性，糖尿病，脚底溃疡，周围红肿流脓", U, "diabetic_foot_infection"),
        (
            "Man 60 with diabetes, foot ulcer with spreading redness, temp 38.5",
            U,
            "diabetic_foot_infection",
        ),
        ("70岁女性，糖尿病，脚趾发黑", E, "diabetic_foot_severe"),
        ("Man 58 with type 2 diabetes, black toe, foot ulcer", E, "diabetic_foot_severe"),
        ("糖尿病，脚上溃疡，体温38.8，心率110", E, "diabetic_foot_severe"),
    ],
)
def test_rule_fires(text, expected, flag):
    a = assess([text])
    codes = {f.code for f in a.red_flags}
    assert a.level is expected, (a.level, codes)
    assert flag in codes


@pytest.mark.parametrize(
    "text",
    [
        "5岁孩子，眼睛红，有眼屎，视力正常",
        "Man 30, conjunctivitis, sticky discharge, no pain, vision normal",
        "右眼红，不痛，视力正常，不戴隐形眼镜",
        "Man 25 twisted his ankle, can walk, no bony tenderness",
    ],
)
def test_simple_presentations_stay_self_care(text):
    assert assess([text]).level is S, _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "72岁男性，腰部带状疱疹，未累及眼部，视力正常",
        "Man 50 with shingles on his chest, eyes normal",
        "小腿红肿热痛，不发烧，心率80",
        "手上伤口有点红，无发热",
        "摔倒后手腕疼，没有变形，手指温暖，感觉正常",
        "眼睛进了沙子，已经冲出来了，不痛，视力正常",
        "Man 45 doing grinding at work, no eye symptoms, cut on his hand",
        "关节痛，无外伤",
    ],
)
def test_near_misses_and_negations_are_not_red_flags(text):
    assert assess([text]).level <= N, _codes(text)


def test_diabetic_foot_wound_without_infection_is_seen_within_a_working_day():
    a = assess(["糖尿病患者，脚底有个伤口，不红不肿，不发烧"])
    assert a.level is U
    assert "diabetic_foot_ulcer" in {f.code for f in a.red_flags}


def test_gangrene_without_diabetes_is_urgent_not_emergency():
    assert assess(["80岁男性，脚趾发黑，没有糖尿病"]).level is U


def test_chemical_eye_action_is_irrigation_first():
    a = assess(["Man 28, lime splashed into both eyes"])
    assert a.level is E
    assert "irrigate" in a.actions[0].en.lower()


def test_actions_are_bilingual_and_name_no_medicine():
    for text in (
        "Man 40, was hammering metal and something flew into his eye",
        "70岁女性，糖尿病，脚趾发黑",
        "40岁女性，摔了一跤，小腿骨头露出来了",
        "50岁男性，小腿红肿热痛，越来越大，体温38.6",
    ):
        for action in assess([text]).actions:
            assert action.zh and action.en
            assert "mg" not in action.en and "毫克" not in action.zh


def test_new_families_ask_what_would_change_the_level():
    assert "zoster_site" in {q.code for q in assess(["带状疱疹"]).questions}
    asked = {q.code for q in assess(["摔倒后脚踝肿痛"]).questions}
    assert {"bear_weight", "deformity_open", "distal_circulation"} <= asked
    asked = {q.code for q in assess(["眼睛受伤了"]).questions}
    assert {"eye_mechanism", "eye_vision"} <= asked
    asked = {q.code for q in assess(["糖尿病，脚上溃疡"]).questions}
    assert "foot_black" in asked
