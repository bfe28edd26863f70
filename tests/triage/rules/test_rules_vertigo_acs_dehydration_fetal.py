"""Posterior-circulation stroke, atypical ACS, IMCI child dehydration and fetal movements:
positive, negated and near-miss cases for each family."""

import pytest

from triage.rules import Level, assess

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE


def _check(text: str, expected: Level, flag: str | None) -> None:
    a = assess([text])
    codes = {f.code for f in a.red_flags}
    assert a.level is expected, (a.level, codes)
    if flag:
        assert flag in codes, codes


# --- posterior circulation stroke (NICE NG128; BE-FAST "B" and "E") -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "60岁男性，突然天旋地转，走路往一边倒",
        "58 yo man, sudden room spinning, can't walk straight, keeps veering to the left",
        "70岁女性，头晕，看东西重影",
        "Man 62, vertigo since this morning and double vision",
        "55岁男，眩晕伴说话不清",
        "Woman 66 with vertigo, staggering, falling to one side",
    ],
)
def test_vertigo_with_ataxia_diplopia_or_dysarthria_is_posterior_stroke(text):
    _check(text, E, "posterior_circulation_stroke")


@pytest.mark.parametrize(
    "text",
    [
        "65岁男性，头晕，无复视，走路稳，说话清楚",
        "Man 70, dizzy, no double vision, no slurred speech, walking normally",
        "45岁女性，起床翻身时天旋地转，持续不到1分钟，走路正常，无复视",
        "Woman 40, brief vertigo when turning in bed, walks normally, no double vision",
    ],
)
def test_vertigo_without_neurological_signs_stays_routine(text):
    a = assess([text])
    assert a.level <= N, [f.code for f in a.red_flags]


def test_long_standing_unsteadiness_or_drunkenness_is_not_posterior_stroke():
    assert "posterior_circulation_stroke" not in {
        f.code for f in assess(["50岁男性，头晕，走路不稳三年了"]).red_flags
    }
    assert assess(["喝醉了，头晕，走路不稳"]).level is not E


def test_vertigo_questions_ask_for_gait_diplopia_and_speech():
    asked = {q.code for q in assess(["50岁女性，天旋地转"]).questions}
    assert {"walk_unaided", "double_vision", "vertigo_neuro"} <= asked
    asked = {q.code for q in assess(["50岁女性，天旋地转，走路正常，无复视"]).questions}
    assert "walk_unaided" not in asked
    assert "double_vision" not in asked


# --- atypical ACS (ESC 2023 §3.1; NICE CG95) ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "72岁女性，糖尿病，今天走几步就喘，出冷汗，恶心",
        "75 yo woman with diabetes, new breathlessness on minimal exertion, clammy and nauseous",
        "68岁男性，上腹部不适像消化不良，出汗，恶心",
        "Woman 70, indigestion-like discomfort, sweaty, HR 110",
        "80岁老人，突然没力气，就是感觉不对劲，出冷汗",
    ],
)
def test_at_risk_person_without_chest_pain_but_autonomic_features_is_acs(text):
    _check(text, E, "acs_atypical")


@pytest.mark.parametrize(
    "text",
    [
        "25岁男性，吃辣后胃部烧灼感，无出汗无恶心",
        "25 yo man, burning in upper stomach after spicy food, no sweating, no nausea",
        "72岁男，糖尿病，走几步就喘，否认出汗、恶心",
        "70岁男性，拉肚子，上腹部不适，恶心，发烧38.5",
        "Woman 30 with nausea and epigastric pain after a big meal",
        "75岁，反酸烧心两个月了，有点恶心",
    ],
)
def test_acs_atypical_near_misses_do_not_fire(text):
    assert "acs_atypical" not in {f.code for f in assess([text]).red_flags}


# --- child dehydration (WHO IMCI 2014) ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "2岁男孩拉肚子三天，烦躁哭闹不安，眼窝凹陷，抢着喝水",
        "18-month-old boy with diarrhoea, irritable and fussy, sunken eyes, drinking eagerly",
        "1岁女孩腹泻，嘴干，哭时眼泪少，喝水很急",
        "2 year old girl with diarrhoea, very thirsty, no tears, dry mouth",
        "3岁孩子拉稀，口渴，皮肤回弹慢",
    ],
)
def test_two_imci_signs_are_some_dehydration(text):
    _check(text, U, "child_some_dehydration")


@pytest.mark.parametrize(
    "text",
    [
        "3岁孩子拉稀，精神萎靡，眼窝凹陷，喝水很差",
        "2 year old with watery diarrhoea, sunken eyes, skin pinch goes back very slowly",
        "1岁孩子腹泻，眼窝凹陷，皮肤回缩很慢",
    ],
)
def test_two_severe_signs_are_severe_dehydration(text):
    _check(text, E, "child_severe_dehydration")


@pytest.mark.parametrize(
    "text",
    [
        "2岁孩子拉肚子两次，精神好，能喝水，有眼泪",
        "Boy 18 months, diarrhoea, not irritable, eyes not sunken, drinks normally, has tears",
        "2岁孩子拉肚子，口渴",
    ],
)
def test_no_or_one_sign_is_not_dehydration(text):
    assert assess([text]).level is S


def test_child_diarrhoea_questions_ask_imci_signs():
    asked = {q.code for q in assess(["2岁孩子拉肚子"]).questions}
    assert {"child_drinking", "tears", "sunken_eyes", "skin_pinch"} <= asked


# --- fetal movements (RCOG GTG57 2011) ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "孕32周，胎动少了",
        "32 weeks pregnant, baby moving less since yesterday",
        "她说胎动不如以前多",
        "Woman 30, 34 weeks, kicking less than usual today",
    ],
)
def test_reduced_fetal_movements_after_24_weeks_are_urgent(text):
    _check(text, U, "reduced_fetal_movements")


@pytest.mark.parametrize(
    "text", ["孕36周，从昨晚开始感觉不到胎动了", "30 weeks, hasn't felt the baby move today"]
)
def test_absent_fetal_movements_are_an_emergency(text):
    _check(text, E, "absent_fetal_movements")


@pytest.mark.parametrize(
    "text", ["孕32周，胎动正常", "30 weeks pregnant, baby moving normally, no bleeding"]
)
def test_normal_fetal_movements_raise_nothing(text):
    assert assess([text]).level <= N


def test_fetal_movements_before_24_weeks_are_not_urgent():
    assert assess(["孕16周，还感觉不到胎动"]).level <= N
    assert assess(["孕22周，胎动减少"]).level is N


def test_reduced_movements_ask_for_gestation_and_recent_count():
    asked = {q.code for q in assess(["胎动减少"]).questions}
    assert {"gestation", "movements_last_2h"} <= asked
