"""Danger signs two held-out probe sets (written from the guidelines by reviewers who had not
seen the rules or the earlier probes) showed were missed: abbreviations and typos ("L sided
weakness", "slured speach", "6 m/o", "tabs", "R arm was weak"), a denied severity ("不是很痛",
"not severe"), village words (黑屎, 屙稀, 脑壳疼, 喝不进去, 没觉到胎动, 松手更疼), 老毛病 wiping the
flare that follows it, a mother's days since the birth read as a baby's age, and two
presentations with no rule: drowning, and bilious vomit or redcurrant-jelly stool in a child."""

import pytest

from triage.rules import Level, PatientContext, assess
from triage.rules.demographics import parse_age_days

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE
ADULT = PatientContext(age_days=60 * 365, sex="male")
MOTHER = PatientContext(age_days=28 * 365, sex="female")
TODDLER = PatientContext(age_days=2 * 365, sex="male")
INFANT = PatientContext(age_days=200, sex="female")


@pytest.mark.parametrize(
    ("texts", "patient", "code"),
    [
        (["L sided weakness + slured speach"], ADULT, "stroke_befast"),
        (["face looked droopy, R arm was weak"], ADULT, "stroke_befast"),
        (["took 30 paracetamol tabs"], ADULT, None),
        (["屙黑屎跟柏油一样，站起来就晕，心跳一百一"], ADULT, None),
        (["哮喘老毛病，喘得说不出整句话"], ADULT, None),
        (["被刀捅了肚子，血一直流不止"], ADULT, None),
        (["生完娃三天，一直流血，头晕"], MOTHER, None),
        (
            ["孕36周，今天一天没觉到胎动"],
            PatientContext(age_days=28 * 365, sex="female", pregnant=True),
            None,
        ),
        (["6 m/o vomiting green fluid, drawing legs up"], None, "child_surgical_abdomen"),
        (["宝宝吐绿水，拉果酱样大便"], INFANT, "child_surgical_abdomen"),
        (["娃掉水塘里捞上来了，现在有气，一直在咳"], TODDLER, "drowning"),
        (["toddler pulled out of the pond, coughing and sleepy"], TODDLER, "drowning"),
    ],
)
def test_missed_emergencies_are_found(texts, patient, code):
    a = assess(texts, patient)

    assert a.level is E
    if code:
        assert code in {f.code for f in a.red_flags}


def test_a_child_pulled_from_water_without_symptoms_is_seen_today():
    a = assess(["孩子掉进水里马上捞上来了，没呛着，玩得好好的"], TODDLER)

    assert a.level is U


@pytest.mark.parametrize("text", ["6 m/o", "6 mo/o"])
def test_months_old_abbreviations_are_months(text):
    assert parse_age_days(text) == 182


def test_a_mothers_days_since_the_birth_are_not_a_babys_age():
    assert parse_age_days("生完娃三天") is None
    assert parse_age_days("娃三天") == 3


@pytest.mark.parametrize(
    "text", ["头痛，不是很痛", "headache, not severe", "not very bad headache"]
)
def test_a_denied_severity_is_not_severe(text):
    facts = assess([text], ADULT).facts

    assert "headache" not in facts.severe


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("屙稀三次", "diarrhoea"),
        ("脑壳疼", "headache"),
        ("啥都喝不进去", "unable_to_drink"),
        ("喂啥吐啥", "vomit_everything"),
        ("按下去松手更疼", "peritonism"),
        ("疼痛跑到右下边了", "rlq_pain"),
        ("看灯有彩色圈圈", "halos"),
        ("belly rigid like a board", "peritonism"),
    ],
)
def test_village_words_are_read(text, code):
    assert dict(assess([text], ADULT).facts.findings).get(code) == "present"


@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        ("3岁娃被开水烫了 胸口和肚子 一大片起泡 哭得厉害", 18),
        ("toddler pulled hot soup onto himself, blisters over whole chest, belly and R arm", 27),
        ("小孩被开水烫了，两条腿都起泡了，大面积", 28),
        ("孩子被开水烫伤，大面积起泡", 10),
    ],
)
def test_a_large_burn_is_sized_from_the_body_parts_named(text, at_least):
    # Rule of nines (ISBI 2016): over 10% in a child is a major burn.
    a = assess([text], TODDLER)

    assert a.facts.burn_percent >= at_least
    assert "major_burn" in {f.code for f in a.red_flags}


@pytest.mark.parametrize(
    "text", ["手背烫了一小块，起了个泡", "胸口烫了一下，红了一点", "整个手掌手背起水泡"]
)
def test_a_body_part_named_without_a_large_area_is_not_sized(text):
    assert assess([text], TODDLER).facts.burn_percent is None


def test_low_blood_pressure_with_breathlessness_is_an_emergency():
    # A first dose of amoxicillin, a rash, breathlessness and SBP 80: shock with respiratory
    # compromise whatever its cause (RCUK ABCDE; NICE NG51 SBP <= 90).
    texts = ["took amoxicillin first dose about 20 mins ago", "now rash all over and SOB, BP 80/50"]

    assert assess(texts, MOTHER).level is E
    assert assess(["BP 85/50, feels fine, always low"], MOTHER).level is U


@pytest.mark.parametrize(
    "text", ["下巴疼，左胳膊也疼，出了一身冷汗", "jaw aches and left arm pain, clammy and sweaty"]
)
def test_jaw_or_arm_pain_with_sweating_is_acs_at_any_adult_age(text):
    # ESC 2023 §3.1: an anginal equivalent; the age gate is only for epigastric pain.
    a = assess([text], MOTHER)

    assert "acs_chest_pain" in {f.code for f in a.red_flags}


def test_epigastric_pain_with_sweating_in_a_young_woman_is_not_acs():
    a = assess(["胃疼，疼得出汗，中午吃了麻辣烫"], MOTHER)

    assert "acs_chest_pain" not in {f.code for f in a.red_flags}


def test_a_childs_ingestion_told_with_ba_is_an_emergency():
    assert assess(["娃把奶奶的降压药吃了，不晓得吃了几片"], TODDLER).level is E
    assert assess(["把药吃了没有？吃了"], TODDLER).level is not E


@pytest.mark.parametrize(
    "text",
    [
        "产后两个礼拜 几天不睡觉 说听到有人叫她 说要带孩子一起走",
        "postnatal 2 weeks, not sleeping, hearing voices",
        "孕30周，最近幻听",
        "她说要和孩子一起死",
        "she talks about dying with the baby",
    ],
)
def test_psychosis_around_childbirth_or_talk_of_harming_the_baby_is_an_emergency(text):
    # NICE CG192 §1.10; WHO mhGAP §SUI.
    a = assess([text], MOTHER)

    assert "perinatal_psychiatric_emergency" in {f.code for f in a.red_flags}


@pytest.mark.parametrize(
    "text",
    ["产后一周，带孩子一起来复查", "我们带孩子一起走回家", "we will go with the baby tomorrow"],
)
def test_taking_the_baby_along_is_not_a_threat(text):
    assert assess([text], MOTHER).level is not E


def test_psychosis_outside_childbirth_stays_a_same_day_assessment():
    a = assess(["男，40岁，幻听，说有人要害他"], ADULT)

    assert a.level is U
