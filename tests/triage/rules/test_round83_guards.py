"""The edges of the eighty-third and eighty-fourth rounds' readings (test_heldout83_probe_fixes.py,
test_heldout84_probe_fixes.py): the NEWS2 sum, ECG ST elevation, acute liver failure, ketones by
their level, a stroke feared, pleuritic pain, the laboratory's caveats. Each new reading fires in
its place and not in the look-alike beside it."""

import pytest

from triage.rules import Level, PatientContext, assess
from triage.rules.case import Case
from triage.rules.rules_news2 import score

from . import readings

E, U, N = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT
ADULT = PatientContext(age_days=50 * 365, sex="male")
WOMAN = PatientContext(age_days=30 * 365, sex="female", pregnant=False)
CHILD = PatientContext(age_days=8 * 365, sex="female")
COPD = PatientContext(age_days=70 * 365, sex="male", chronic_conditions=("copd",))
T1 = PatientContext(age_days=24 * 365, sex="male", chronic_conditions=("type 1 diabetes",))


def _news2(texts: list[str], patient: PatientContext) -> int:
    return score(Case(assess(texts, patient).facts))[0]


# --- NEWS2 (RCP 2017) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("RR 26, SpO2 90%, HR 118", 3 + 3 + 2),
        ("RR 22, HR 102, SpO2 95%, T 38.9, BP 124/80", 2 + 1 + 1 + 1),
        ("RR 18, HR 88, SpO2 97%, T 37.0, BP 128/80", 0),
        ("BP 88/50 HR 135", 3 + 3),
        ("T 35.0 HR 45", 3 + 1),
    ],
)
def test_news2_adds_the_measured_signs(text: str, points: int) -> None:
    assert _news2([text], ADULT) == points


def test_news2_levels() -> None:
    assert "news2_high" in readings.codes(["RR 26, SpO2 90%, HR 118"], ADULT)
    assert assess(["RR 26, SpO2 90%, HR 118"], ADULT).level is E
    # 6: the same day
    assert "news2_medium" in readings.codes(["RR 22, HR 115, T 38.5"], ADULT)
    # 4: no NEWS2 flag
    codes = readings.codes(["RR 22, HR 95, T 38.5"], ADULT)
    assert not {"news2_high", "news2_medium"} & codes


def test_news2_uses_scale_2_for_copd() -> None:
    # SpO2 89% scores 3 on scale 1 and 0 on scale 2 (a COPD target of 88-92%)
    assert _news2(["SpO2 89%"], ADULT) == 3
    assert _news2(["SpO2 89%"], COPD) == 0
    assert _news2(["SpO2 85%"], COPD) == 2


def test_news2_is_not_for_children_or_pregnancy() -> None:
    texts = ["RR 26, SpO2 95%, HR 125"]
    assert "news2_high" not in readings.codes(texts, CHILD)
    pregnant = PatientContext(age_days=28 * 365, sex="female", pregnant=True)
    assert not {"news2_high", "news2_medium"} & readings.codes(texts, pregnant)


# --- chest pain ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["王阿姨68岁 胃脘部闷痛1个钟", "心电图 II III aVF ST抬高", "她说不是胸口痛"],
        ["ECG shows ST elevation in V2-V4, she says it is just indigestion"],
    ],
)
def test_st_elevation_on_an_ecg_is_a_stemi(texts: list[str]) -> None:
    assert "st_elevation_ecg" in readings.codes(texts, ADULT)
    assert assess(texts, ADULT).level is E


def test_no_st_elevation_is_denied() -> None:
    assert "st_elevation_ecg" not in readings.codes(["ECG normal, no ST elevation"], ADULT)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("heavy pressing behind sternum going to L arm and jaw", "chest_pain"),
        ("chest oppression since this morning", "chest_tightness"),
        ("he's in a cold sweat", "sweating"),
    ],
)
def test_english_acs_words(text: str, code: str) -> None:
    assert readings.findings([text], ADULT).get(code) == "present"


def test_a_cold_sweat_is_not_a_cold_nor_heartburn_an_acs() -> None:
    assert "common_cold" not in readings.findings(["he's in a cold sweat"], ADULT)
    burning = ["45M burning behind breastbone after dinner, antacid helps in minutes"]
    assert "chest_pain" not in readings.findings(burning, ADULT)


def test_pleuritic_pain_after_acupuncture_is_a_same_day_pneumothorax_question() -> None:
    texts = ["上午在肩胛区针灸 回家后右边胸口有点闷 深吸气有点痛", "R 16 HR 84 SpO2 97%"]
    assert "pneumothorax_after_needling" in readings.codes(texts, WOMAN)
    assert assess(texts, WOMAN).level is U
    # breathless with low oxygen after the needles: the emergency
    worse = [
        "had acupuncture at GB21 an hour ago, sharp pain R chest, worse breathing in, "
        "can't get a full breath. RR 28, SpO2 90% on air, HR 118"
    ]
    assert assess(worse, WOMAN).level is E


def test_pleuritic_pain_with_a_chest_infection_is_not_an_acs() -> None:
    texts = ["发烧咳嗽4天 咳铁锈色痰 咳嗽时右边胸口痛", "T 38.9 R 22 HR 102 SpO2 95%"]
    assert "acs_chest_pain" not in readings.codes(texts, WOMAN)
    assert assess(texts, WOMAN).level is U
    older = PatientContext(age_days=47 * 365, sex="female", pregnant=False)
    assert "pleuritic_pain_with_infection" in readings.codes(["右边胸口痛", *texts], older)
    # with sweating or spreading, the heart keeps the case
    sweaty = [*texts, "出冷汗 痛到左胳膊"]
    assert assess(sweaty, WOMAN).level is E


def test_chest_pain_with_a_band_of_blisters_is_shingles() -> None:
    texts = [
        "66M burning stabbing pain L chest round to his back 3 days",
        "today small blisters came out in a band along L ribs. not breathless, HR 76",
    ]
    assert "acs_chest_pain" not in readings.codes(texts, ADULT)
    assert "acs_chest_pain" in readings.codes(texts[:1], ADULT)


def test_stable_angina_eased_when_he_stops() -> None:
    texts = [
        "64M chest tightness only when walking fast uphill, goes in 2-3 min when he stops. "
        "same pattern for 3 months, not more often",
        "never at rest, no pain now",
    ]
    old = PatientContext(age_days=64 * 365, sex="male", chronic_conditions=("angina",))
    assert readings.findings(texts, old).get("eases_with_rest") == "present"
    assert assess(texts, old).level is not E


# --- liver, kidneys, blood ----------------------------------------------------------------------


def test_jaundice_with_encephalopathy_or_a_high_inr_is_acute_liver_failure() -> None:
    confused = ["吃何首乌粉3个月 眼睛皮肤都很黄", "说话颠三倒四 手一抖一抖的"]
    assert "acute_liver_failure" in readings.codes(confused, WOMAN)
    assert "acute_liver_failure" in readings.codes(["yellow eyes for a week, INR 2.1"], WOMAN)
    # on warfarin the INR is the tablets'; jaundice alone is not failure
    warfarin = PatientContext(age_days=60 * 365, sex="male", chronic_conditions=("warfarin",))
    assert "acute_liver_failure" not in readings.codes(["yellow eyes, INR 2.1"], warfarin)
    assert "acute_liver_failure" not in readings.codes(["yellow eyes for a week"], WOMAN)


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        # JBDS-IP 2023: ketones 3 or more with a high glucose is DKA
        (["glucose 17.4, blood ketones 3.2, alert"], E),
        # 1.5-2.9 without DKA's symptoms: at risk, the same day
        (["glucose 17.4, blood ketones 1.8, alert, walking around"], U),
        (["血糖19.4 尿酮++ 没吐 肚子不痛 呼吸正常"], U),
        (["血糖19.4 尿酮+++ 没吐 肚子不痛"], E),
        (["血糖13.2 血酮1.8", "今天吐了3次 吃不进东西 肚子不太舒服"], E),
        # a vomit with fluids kept down is not a crisis feature
        (
            ["flu since yesterday, threw up once this morning but drinking ok now", "glucose 17.4"],
            U,
        ),
    ],
)
def test_ketones_by_level(texts: list[str], level: Level) -> None:
    assert assess(texts, T1).level is level


@pytest.mark.parametrize("text", ["random glucose 21.3, ketones 1.0", "glucose 9.8, ketones 0.3"])
def test_low_ketones_are_not_read_as_ketones(text: str) -> None:
    found = readings.findings([text], T1)
    assert found.get("ketones") is None
    assert found.get("ketones_moderate") is None


def test_haemolysed_potassium_in_a_well_person_is_repeated_today() -> None:
    texts = ["体检抽血结果：钾6.8", "化验室备注标本溶血，他没有肾病，人好好的，没心慌没乏力"]
    assert assess(texts, ADULT).level is U
    assert "hyperkalaemia_haemolysed_sample" in readings.codes(texts, ADULT)
    # without the lab's caveat, or with kidney disease, 6.8 is the emergency
    assert assess(texts[:1], ADULT).level is E
    ckd = PatientContext(age_days=60 * 365, sex="male", chronic_conditions=("ckd",))
    assert assess(["钾6.8", "化验室备注标本溶血 人好好的"], ckd).level is E


def test_blasts_on_the_film_are_suspected_leukaemia() -> None:
    texts = ["lab phoned: WCC 48, Hb 89, plt 31, film shows blasts", "T 37.2, walking about"]
    assert "suspected_acute_leukaemia" in readings.codes(texts, ADULT)
    assert assess(texts, ADULT).level is U


@pytest.mark.parametrize(("inr", "flagged"), [("4.8", True), ("4.5", True), ("4.2", False)])
def test_an_inr_of_4_5_is_reviewed_today(inr: str, flagged: bool) -> None:
    texts = [f"吃华法林 今天测INR {inr} 没有黑便 没有血尿"]
    assert ("inr_high" in readings.codes(texts, ADULT)) is flagged


def test_creatinine_earlier_value_after_it() -> None:
    texts = ["creatinine today 210 umol/L (82 in spring), K 5.3"]
    assert "aki_creatinine" in readings.codes(texts, ADULT)


# --- stroke feared, blood pressure, pregnancy ---------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["两只手指头麻了3个月 怕是中风先兆", "两手握力一样 走路稳 说话清楚"],
        [
            "room spins when she rolls over, under a minute. scared it's 中风先兆",
            "no double vision, speech and walking normal",
        ],
    ],
)
def test_a_feared_stroke_with_be_fast_normal_is_not_one(texts: list[str]) -> None:
    assert "stroke_befast" not in readings.codes(texts, WOMAN)


def test_a_feared_stroke_without_be_fast_asked_still_counts() -> None:
    assert "stroke_befast" in readings.codes(["手指头麻 怕是中风先兆"], WOMAN)


def test_cva_tenderness_is_not_a_stroke() -> None:
    texts = ["burning when peeing 3 days, fever 38.6, R loin pain", "R CVA tender"]
    assert "stroke_suspected" not in readings.findings(texts, WOMAN)
    assert "stroke_suspected" in readings.findings(["hx of CVA 2019"], WOMAN)


def test_bells_palsy_with_the_forehead_also_weak() -> None:
    texts = ["今天早上起来左边嘴歪 左眼闭不严", "抬眉毛左边额头也皱不起来 手脚都好 说话清楚"]
    assert "possible_bells_palsy" in readings.codes(texts, WOMAN)


def test_very_high_bp_with_dizziness_is_same_day_but_with_vomiting_an_emergency() -> None:
    hyper = PatientContext(age_days=64 * 365, sex="male", chronic_conditions=("hypertension",))
    texts = [
        "这两天头晕头胀",
        "今天BP 186/112 休息后 182/110",
        "没有胸痛 说话清楚 看东西不模糊 不吐",
    ]
    assert assess(texts, hyper).level is U
    assert assess([*texts[:2], "吐了两次"], hyper).level is E


def test_pre_eclampsia_swelling_over_days_is_same_day_sudden_swelling_an_emergency() -> None:
    pregnant = PatientContext(age_days=29 * 365, sex="female", pregnant=True)
    texts = ["孕33周 这几天脚肿得厉害", "BP 150/100 复测 152/98 尿蛋白 +", "没有头痛 看东西不花"]
    assert assess(texts, pregnant).level is U
    sudden = ["32 wks, face and hands suddenly swollen since this morning", "BP 150/100"]
    assert assess(sudden, pregnant).level is E


def test_a_correction_taking_back_the_onset_takes_back_the_thunderclap() -> None:
    texts = ["72F headache came on suddenly, very severe", "correction - not sudden, over 2 wks"]
    assert readings.findings(texts[:1], WOMAN).get("thunderclap_headache") == "present"
    assert readings.findings(texts, WOMAN).get("thunderclap_headache") != "present"
