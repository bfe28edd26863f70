"""Unit guards, in wordings of their own, for what held-out rounds 65-67 taught: the vaccination
clinic and child checks (an unwell baby with a sign of maltreatment, vaccine reactions seen the
same day, a white pupil), the eyes (chemicals, an open globe, a hyphaema with raised pressure,
angle closure told without the eye's own words, an eye's symptoms beside left or right), and the
ears, nose, throat and neck (a battery or magnets, a neck injury, a nosebleed costing blood)."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

E, U = Level.EMERGENCY, Level.URGENT


def _person(years, sex="male", pregnant=None):
    return PatientContext(age_days=int(years * 365), sex=sex, pregnant=pregnant)


def _codes(texts, patient):
    return {f.code for f in assess(texts, patient).red_flags}


# --- children ---


def test_an_irritable_baby_with_a_torn_frenulum_is_an_emergency():
    texts = ["3个月宝宝还不会翻身 上唇系带破了", "一直哭 抱起来就尖叫 吐了一次"]
    assert assess(texts, _person(0.25)).level is E


def test_a_torn_frenulum_in_a_settled_toddler_is_same_day():
    texts = ["3yo fell on the slide, torn frenulum, playing happily, story fits"]
    assert assess(texts, _person(3)).level is not E


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["5个月 打针的地方红肿 中间软有波动感"], "injection_site_abscess"),
        (["4mo, BCG at birth, lump in left armpit gone soft"], "injection_site_abscess"),
        (
            ["2mo after jabs screamed non stop for over 3 hours, fine now"],
            "persistent_crying_after_vaccine",
        ),
        (["18mo, white pupil in flash photos, red reflex absent on the right"], "white_pupil"),
    ],
)
def test_vaccine_reactions_and_check_findings_seen_today(texts, code):
    assert code in _codes(texts, _person(1))


def test_a_pregnancys_weeks_are_not_her_age():
    assert extract_facts("lady 9wks pregnant, some nausea").age_days is None


def test_a_missing_button_battery_with_a_toddler_who_mouths_things():
    texts = ["遥控器里的纽扣电池不见了", "2岁孩子刚才在玩 往嘴里塞过东西"]
    assert assess(texts, _person(2)).level is E


# --- eyes ---


@pytest.mark.parametrize(
    "texts",
    [
        ["bricklayer, mortar splashed into his R eye, stinging, vision blurred"],
        ["搅拌石灰 一阵风吹到两只眼睛里 眼睛红痛"],
        ["hammering a nail, something flew into his L eye, pupil not round now"],
        ["blunt injury L eye, hyphaema, now vomiting and vision getting worse"],
        ["老太太头痛呕吐 看灯周围有一圈彩虹", "黑眼珠雾蒙蒙的"],
    ],
)
def test_eye_emergencies(texts):
    assert assess(texts, _person(60)).level is E


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["打篮球被撞了眼 黑眼珠下缘有一条细细的血线", "视力还行 不吐不头痛"], U),
        (["52F R eye red and aching 2 days, VA R 6/36, L 6/6"], U),
        (["3周的宝宝 右眼眼屎多 黄绿色 眼白有点红"], U),
    ],
)
def test_eye_problems_seen_today(texts, level):
    years = 0.06 if "宝宝" in texts[0] else 50
    assert assess(texts, _person(years)).level is level


def test_sticky_red_eyes_in_an_older_child_stay_routine():
    texts = ["5岁 两只眼睛红 眼屎多 视力正常 不痛"]
    assert assess(texts, _person(5)).level not in (E, U)


def test_the_worst_headache_ever_is_not_history():
    status = dict(extract_facts("头痛得很 以前从来没这么痛过").findings).get("thunderclap_headache")
    assert status == "present"


# --- ears, nose, throat and neck (round 67) ---


@pytest.mark.parametrize(
    "texts",
    [
        ["4yo pushed a button battery up her nostril an hour ago"],
        ["9yo, two magnetic balls in his nose, one each side, stuck together"],
        ["kicked in the front of the neck at football, hoarse since, crackling under the skin"],
        ["牙疼一周 今天脸肿到眼睛 眼睛睁不开 发烧38.8"],
        ["nosebleed 40 min, pressure not working, dizzy when he stands, pale and sweaty"],
    ],
)
def test_ent_emergencies(texts):
    assert assess(texts, _person(30)).level is E


def test_a_nosebleed_that_stopped_with_pressure_stays_routine():
    texts = ["nosebleed 10 min, stopped with pressure, feels fine"]
    assert assess(texts, _person(30)).level not in (E, U)


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["3yo pushed a dried pea up her left nostril, breathing fine"], "foreign_body_nose_ear"),
        (
            ["22F sore throat, soft palate bulging on the left, uvula pushed right"],
            "possible_quinsy",
        ),
        (["50M woke up with his left ear blocked and muffled, no pain"], "sudden_hearing_loss"),
        (["12yo fell, adult front tooth came out completely 20 min ago"], "avulsed_tooth"),
    ],
)
def test_ent_problems_seen_today(texts, code):
    assert code in _codes(texts, _person(30))
