"""The edges of the eighty-fifth and eighty-sixth rounds' readings (test_heldout85_probe_fixes.py,
test_heldout86_probe_fixes.py): which saturation is judged, the history in "for angina", mastitis
beside puerperal sepsis, surgical wounds, the day of an illness, an INR's label, a passive death
wish. Each new reading fires in its place and not in the look-alike beside it."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

from . import readings

E, U = Level.EMERGENCY, Level.URGENT
ADULT = PatientContext(age_days=48 * 365, sex="male")
COPD = PatientContext(age_days=76 * 365, sex="female", chronic_conditions=("copd",))
TODDLER = PatientContext(age_days=2 * 365, sex="male")


@pytest.mark.parametrize(
    ("text", "spo2"),
    [
        ("sats 86% when we checked off the oxygen, 90% back on her usual 2 L", 90),
        ("血氧86%，吸着平时的2升氧气91%", 91),
        # on air first, then on oxygen given now: the air reading is the one that matters
        ("SpO2 88% on air, 94% on 2L", 88),
        ("夹手指测SpO2 88%，他手冰凉，换个捂热的手指复测96%", 96),
        ("SpO2 88%，复测还是88%", 88),
    ],
)
def test_the_saturation_judged(text: str, spo2: int) -> None:
    assert extract_facts(text).vitals.spo2 == spo2


def test_a_medicine_for_angina_is_its_history_not_chest_pain_now() -> None:
    texts = ["73F on bisoprolol 5 mg for angina, pulse 54", "feels fine, no chest pain lately"]
    assert readings.findings(texts, ADULT).get("chest_pain") != "present"
    assert assess(texts, ADULT).level is not E
    assert assess(["angina pain now for 20 min, sweaty"], ADULT).level is E


def test_mastitis_with_a_pulse_of_100_to_119_is_same_day() -> None:
    mother = PatientContext(age_days=29 * 365, sex="female", pregnant=False)
    texts = [
        "产后3周 母乳喂养",
        "左边乳房外上方红肿热痛两天",
        "T 38.6 HR 102 BP 118/74，没有波动感",
    ]
    assert assess(texts, mother).level is U
    assert "mastitis_or_breast_abscess" in readings.codes(texts, mother)
    # a pulse of 120, or foul lochia, keeps the puerperal sepsis emergency
    assert assess([*texts[:2], "T 38.6 HR 124"], mother).level is E
    assert assess(["产后第5天 T 38.6 HR 102 恶露有臭味"], mother).level is E


@pytest.mark.parametrize(
    "texts",
    [
        [
            "48M had his appendix out 7 days ago",
            "wound red about 2 cm around, bit of pus coming out",
        ],
        ["60岁男，疝气手术后第8天", "切口红了，挤一下有点脓，T 37.9"],
    ],
)
def test_an_infected_surgical_wound_is_seen_today(texts: list[str]) -> None:
    assert assess(texts, ADULT).level is U


def test_no_pus_is_not_pus() -> None:
    found = readings.findings(["缝了三针的伤口 今天换药", "不红不肿 没有脓 没有波动感"], ADULT)
    assert found.get("wound_infection") != "present"
    assert found.get("fluctuant") != "present"


def test_dehydration_on_a_diuretic_words() -> None:
    texts = ["82F diarrhoea 3 days, on furosemide", "tongue dry, says she's hardly passing water"]
    found = readings.findings(texts, ADULT)
    assert found.get("dry_mouth") == "present"
    assert found.get("reduced_urine") == "present"


@pytest.mark.parametrize("text", ["that's day 5 of fever now", "发烧第5天了"])
def test_the_day_of_an_illness_is_its_duration(text: str) -> None:
    assert dict(extract_facts(text).durations).get("fever") == 120.0


def test_fever_for_five_days_in_a_toddler_is_same_day() -> None:
    texts = ["2yo seen Tue with cold and fever", "fever still 39 today, that's day 5 of fever now"]
    assert assess(texts, TODDLER).level is U
    assert assess(["2yo fever since this morning, playing"], TODDLER).level is not U


def test_an_inr_label_may_name_the_patient_and_last_is_not_today() -> None:
    assert extract_facts("INR result back for Mrs Sun 76 (AF, warfarin 5mg): 8.6").vitals.inr == 8.6
    assert extract_facts("last INR 2.7 three wks ago").vitals.inr is None
    assert extract_facts("上次INR 2.5").vitals.inr is None
    texts = ["INR result back for Mrs Sun 76 (AF, warfarin 5mg): 8.6", "last INR 2.7 three wks ago"]
    assert "inr_high" in readings.codes(texts, ADULT)


def test_a_calf_measured_bigger_is_a_possible_dvt() -> None:
    texts = ["32F baby 2 wks old (CS)", "calf now swollen, L 4cm bigger than R, tender"]
    mother = PatientContext(age_days=32 * 365, sex="female", pregnant=False)
    assert "possible_dvt" in readings.codes(texts, mother)


def test_a_grown_urine_culture_in_a_febrile_toddler_is_a_urinary_infection() -> None:
    texts = ["urine culture back for 14mo girl, fever 38.9", "E. coli >10^5", "drinking ok"]
    assert "febrile_child_uti" in readings.codes(texts, TODDLER)
    assert "febrile_child_uti" not in readings.codes(["14mo fever 38.9, uti ruled out"], TODDLER)


def test_not_wanting_to_be_alive_is_a_passive_death_wish() -> None:
    texts = ["22M on fluoxetine 10 days, thoughts of not wanting to be alive, no plan"]
    assert "suicidal_thoughts" in readings.codes(texts, ADULT)
    assert assess(texts, ADULT).level is U
    assert assess(["22M wants to kill himself tonight"], ADULT).level is E


def test_a_quinsy_told_in_chinese_is_not_tetanus() -> None:
    texts = [
        "2天前扁桃体炎开了青霉素",
        "右边嗓子越来越疼，嘴张不开，说话像含着东西",
        "呼吸没问题 T 38.3",
    ]
    codes = readings.codes(texts, ADULT)
    assert "tetanus" not in codes
    assert "possible_quinsy" in codes
    # a mouth that will not open after a wound, without a sore throat, stays tetanus
    assert "tetanus" in readings.codes(["一周前脚被钉子扎了", "今天嘴张不开 脖子发硬"], ADULT)


def test_an_antibiotic_taken_for_three_full_days_without_improvement() -> None:
    child = PatientContext(age_days=4 * 365, sex="female")
    texts = ["3天前看的中耳炎小孩，阿莫西林吃满3天了", "今天还烧39，耳朵疼得更厉害"]
    assert "infection_not_settling" in readings.codes(texts, child)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("uti ruled out", "urinary_symptoms"),
        ("pneumonia excluded", "pneumonia"),
        ("肺炎已排除", "pneumonia"),
    ],
)
def test_a_diagnosis_ruled_out_is_denied(text: str, code: str) -> None:
    assert dict(extract_facts(text).findings).get(code) == "absent"
