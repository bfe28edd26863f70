"""Softened symptoms: degree words, frequency words and hedges said inside the symptom (头有点晕,
手指头偶尔发麻, "speech slightly slurred", "arm sort of weak-ish") are read as the symptom."""

import pytest

from triage.rules import Level, assess, extract_facts
from triage.rules.hedges import unhedge
from triage.rules.lexicon import CONCEPTS, find_concepts

from .probe_patient import probe_patient


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("头有点晕", "dizziness"),
        ("胸口有时候闷得慌", "chest_tightness"),
        ("手指头偶尔发麻", "limb_numb"),
        ("说话好像有点不利索", "speech_disturbance"),
        ("右手好像有点没劲", "unilateral_weakness"),
        ("气有点不够用", "dyspnoea"),
        ("看东西有点模糊", "vision_disturbance"),
        ("chest kind of tight on and off", "chest_tightness"),
        ("speech slightly slurred maybe", "speech_disturbance"),
        ("a bit dizzy now and then", "dizziness"),
        ("vision a bit blurry off and on", "vision_disturbance"),
        ("a little short of breath at times", "dyspnoea"),
    ],
)
def test_a_softened_symptom_is_read(text, concept):
    assert concept in {c for c, _ in extract_facts(text).findings}


@pytest.mark.parametrize(
    "text",
    ["头也不晕", "脾气也急", "天气有点闷", "not very weak", "头很疼"],
)
def test_words_outside_a_softened_symptom_stay(text):
    assert unhedge(text) == text


def test_the_mild_word_still_qualifies_the_symptom():
    assert "dizziness" in extract_facts("头有点晕").mild


def test_no_lexicon_form_loses_its_concept():
    for code, (zh, _en) in CONCEPTS.items():
        for form in zh.split():
            moved = unhedge(form)
            if moved != form:
                assert code in {m.code for m in find_concepts(moved)}, (code, form)


def test_a_stroke_told_softly_is_an_emergency():
    texts = ["老伴说他说话好像有点不利索", "右手好像有点没劲，一个钟头前开始的"]
    assert assess(texts, probe_patient(70 * 365, "male")).level is Level.EMERGENCY


def test_a_little_ankle_swelling_in_pregnancy_is_not_pre_eclampsia():
    texts = ["怀孕三十二周 产检血压一百四十八 九十六", "脚有点肿"]
    assert assess(texts, probe_patient(28 * 365, "female", pregnant=True)).level is Level.URGENT


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["刚拔了颗牙，打了麻药", "左边嘴唇有点麻，说话稍微有点不利索"], Level.NON_URGENT),
        (
            ["had a filling at the dentist an hour ago", "lip numb, speech a bit slurred"],
            Level.NON_URGENT,
        ),
        (["刚拔了颗牙，打了麻药", "说话不清楚，右手也没劲了"], Level.EMERGENCY),  # a limb: a stroke
        (
            ["had a filling at the dentist", "face droopy and cant see out of left side"],
            Level.EMERGENCY,
        ),
    ],
)
def test_numbness_after_a_dental_injection_is_the_anaesthetic_unless_a_limb_or_sight_goes(
    texts, level
):
    assert assess(texts, probe_patient(40 * 365, "female")).level is level


@pytest.mark.parametrize(
    ("texts", "age_years", "level"),
    [
        # NICE NG84: a quinsy is same day; drooling or stridor with it threatens the airway.
        (["嗓子疼五天，左边更疼，张嘴费劲，说话像嘴里含着东西"], 25, Level.URGENT),
        (["嗓子疼五天，说话像嘴里含着东西，口水咽不下去往外流"], 25, Level.EMERGENCY),
        # GINA 2024: talking in full sentences is not severe; blue lips are.
        (["有哮喘，这两天晚上憋醒", "说话能说整句"], 30, Level.URGENT),
        (["有哮喘，这两天晚上憋醒", "说话能说整句，嘴唇发紫"], 30, Level.EMERGENCY),
        # NICE NG158 (Wells): a swollen calf after an operation with pleuritic pain.
        (["两周前做了手术", "吸气的时候胸口疼", "左小腿肿"], 45, Level.EMERGENCY),
        # ESC 2024 AF: a pulse felt at 110 and irregular.
        (["心慌，摸脉110，不齐"], 66, Level.URGENT),
    ],
)
def test_this_rounds_rules_keep_their_emergencies(texts, age_years, level):
    assert assess(texts, probe_patient(age_years * 365, "female")).level is level


def test_mild_cramps_with_spotting_in_early_pregnancy_are_same_day_but_pain_alone_is_not():
    woman = probe_patient(30 * 365, "female", pregnant=True)
    spotting = [
        "9 weeks pregnant, some spotting since this morning",
        "a little bit crampy, not bad",
    ]
    assert assess(spotting, woman).level is Level.URGENT
    assert assess(["怀孕8周，肚子有点坠胀"], woman).level is Level.EMERGENCY
