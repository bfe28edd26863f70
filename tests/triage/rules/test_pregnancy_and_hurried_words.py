"""Unit guards, in wordings of their own, for what held-out rounds 53-54 taught: pregnancy and
the weeks after birth (the gestation told in notation, postpartum days, a cord, a hard bump,
Braxton Hicks, settling lochia) and messages typed in a hurry (voice-input homophones, regional
words, typos and shorthand, a treatment that "did not help")."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

E, U = Level.EMERGENCY, Level.URGENT


def _woman(years=28, pregnant=True):
    return PatientContext(age_days=years * 365, sex="female", pregnant=pregnant)


def _findings(text):
    return dict(extract_facts(text).findings)


# --- pregnancy and after the birth ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("二胎 37周 见红了", 37),
        ("primi 40+2, waters gone", 40),
        ("G2P1 at 32wk, tightenings", 32),
        ("antenatal check today 28w, BP fine", 28),
        ("38+4 and contracting", 38),
    ],
)
def test_the_gestation_told_in_notation(text, weeks):
    assert extract_facts(text).gestation_weeks == weeks


def test_days_after_the_birth_are_postpartum():
    assert _findings("生完孩子第十天 头疼")["postpartum"] == "present"
    texts = ["生完第5天", "头痛得厉害 看东西模糊", "血压168/112"]
    assert assess(texts, _woman(pregnant=False)).level is E


def test_a_cord_at_the_vulva_is_an_emergency():
    texts = ["在家破水了 摸到一根软软的东西掉出来 还在跳"]
    assert assess(texts, _woman()).level is E


def test_a_hard_bump_after_a_fall_in_late_pregnancy_is_an_emergency():
    texts = [
        "32 weeks, slipped on the stairs onto her tummy",
        "tummy hurts and is hard like a board",
    ]
    assert assess(texts, _woman()).level is E


@pytest.mark.parametrize(
    "texts",
    [
        ["29 weeks, contractions every 4 min since this morning, strong"],
        ["33 weeks, she says she needs to push"],
    ],
)
def test_preterm_labour_told_by_its_rhythm_or_the_urge_to_push(texts):
    assert assess(texts, _woman()).level is E


def test_braxton_hicks_are_reassurance():
    texts = ["孕31周 肚子有时候发紧 一天两三回 不疼 不规律 歇一会就好 胎动好 没出血没流水"]
    assert assess(texts, _woman()).level < U


def test_settling_lochia_is_not_a_danger_sign():
    texts = ["day 6 after birth, bleeding now brownish, less than first days, no smell, T 36.8"]
    assert assess(texts, _woman(pregnant=False)).level is not E


def test_a_fundus_that_fits_dates_is_not_a_fit():
    assert "seizure" not in _findings("fundus fits dates, fetal heart 140")


def test_a_blood_pressure_at_the_last_visit_is_not_todays():
    facts = extract_facts("BP today 152/100, last visit BP was 118/76")
    assert (facts.vitals.sbp, facts.vitals.dbp) == (152, 100)


def test_reduced_movements_told_plainly():
    assert _findings("35周 今天一上午都没怎么感觉到胎动")["reduced_fetal_movement"] == "present"


# --- typed in a hurry -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("老头兄口疼 出冷汗", "chest_pain"),
        ("昨天开始发骚 三十九度", "fever"),
        ("欧吐了好几回", "vomiting"),
        ("我爸嘴巴突然歪起了", "face_droop"),
        ("说话嘟嘟囔囔的听不清楚", "speech_disturbance"),
        ("左手端碗端不稳", "unilateral_weakness"),
        ("胸口像压了块石头", "chest_pain"),
        ("阿爷嘴唇紫紫哋", "cyanosis"),
    ],
)
def test_voice_input_and_regional_words(text, code):
    assert _findings(text).get(code) == "present"


def test_xy_before_a_number_is_blood_pressure_and_oxygen_is_still_oxygen():
    assert extract_facts("xy 170/110").vitals.sbp == 170
    assert extract_facts("oxygen 96 on air").vitals.sbp is None


def test_a_treatment_that_did_not_help_does_not_deny_what_follows():
    assert _findings("喷了两次都没用 嘴唇发紫")["cyanosis"] == "present"
    assert _findings("吃了药也不管用 还是胸口疼")["chest_pain"] == "present"
    assert _findings("没用过抗凝药")["anticoagulant"] == "absent"


def test_a_glucose_read_off_the_meter():
    assert extract_facts("checked her sugar and the meter says 2.2").vitals.glucose == 2.2


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("twisted her ankel, cant weight bear", "cannot_bear_weight"),
        ("only 1 wet nappys today", "reduced_urine"),
        ("says family wud be better off w/o him", "passive_death_wish"),
        ("burning wee since monday", "urinary_symptoms"),
        ("cut on his palm gaping open", "deep_wound"),
    ],
)
def test_english_typos_and_shorthand(text, code):
    assert _findings(text).get(code) == "present"


def test_hypoglycaemia_told_by_a_relative_is_an_emergency():
    texts = [
        "his wife cant wake him properly, on gliclazide",
        "she checked his sugar and it says 2.0",
    ]
    assert assess(texts, PatientContext(age_days=70 * 365, sex="male")).level is E


def test_a_mothers_mastitis_is_read_with_her_babys_age_as_the_babys():
    texts = ["breastfeeding mum, baby 10 days, right breast has a red hot sore patch", "T 38.3"]
    codes = {f.code for f in assess(texts, _woman(pregnant=False)).red_flags}
    assert "febrile_infant_under_3m" not in codes
    assert assess(texts, _woman(pregnant=False)).level is U


def test_itching_of_the_palms_and_soles_in_pregnancy_is_same_day():
    texts = ["孕34周 手心脚心痒 抓得睡不好 没起疹子"]
    assert assess(texts, _woman()).level is U


def test_a_passive_wish_to_die_after_the_birth_is_same_day():
    texts = ["产后一个月 老哭", "说觉得自己不在了对大家都好 没想过怎么做"]
    assert assess(texts, _woman(pregnant=False)).level is U
