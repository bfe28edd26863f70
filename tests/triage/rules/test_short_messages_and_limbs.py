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
