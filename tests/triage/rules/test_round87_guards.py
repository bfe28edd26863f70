"""The edges of the eighty-seventh and eighty-eighth rounds' readings
(test_heldout87_probe_fixes.py, test_heldout88_probe_fixes.py): a child's capillary refill and
pulse for age, nasal flaring, croup's stridor, IMCI's lethargy, and the signs of maltreatment,
assault and neglect. Each new reading fires in its place and not in the look-alike beside it."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

from . import readings

E, U, N = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT


def _child(years: float, sex: str = "male") -> PatientContext:
    return PatientContext(age_days=int(years * 365), sex=sex)


# --- a child's circulation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cap refill 4 sec",
        "CRT 3s",
        "capillary refill >3 seconds",
        "毛细血管再充盈时间延长",
        "CRT大概3秒",
    ],
)
def test_a_slow_capillary_refill_is_read(text: str) -> None:
    assert dict(extract_facts(text).findings).get("slow_cap_refill") == "present"


def test_a_refill_of_two_seconds_is_not_slow() -> None:
    assert "slow_cap_refill" not in dict(extract_facts("CRT 2s, alert").findings)


def test_slow_refill_with_cold_hands_or_a_fast_pulse_is_shock_alone_same_day() -> None:
    assert "child_shock" in readings.codes(["4yo cap refill 4 sec, cold hands"], _child(4))
    assert "child_shock" in readings.codes(["4yo CRT 4s, HR 158"], _child(4))
    alone = ["4yo fever 38.5, CRT 3s, warm hands, HR 120, playing"]
    assert "child_slow_cap_refill" in readings.codes(alone, _child(4))
    assert assess(alone, _child(4)).level is U


@pytest.mark.parametrize(
    ("years", "hr", "fast"),
    [
        (0.5, 155, False),
        (0.5, 165, True),
        (1.5, 155, True),
        (3, 122, False),
        (3, 145, True),
        (8, 135, True),
    ],
)
def test_a_childs_fast_pulse_is_judged_by_age(years: float, hr: int, fast: bool) -> None:
    codes = readings.codes([f"bloody diarrhoea 2 days, HR {hr}"], _child(years))
    assert ("gi_bleed" in codes) is fast


def test_a_low_temperature_told_after_liang_le() -> None:
    assert extract_facts("体温反而偏低，量了35.3").vitals.temp_c == 35.3
    assert extract_facts("量了血压130/80").vitals.temp_c is None


def test_a_newborn_not_feeding_and_cold_is_an_emergency() -> None:
    texts = ["10天的女宝宝，这两天不怎么吃奶", "体温反而偏低，量了35.3，手脚冰凉，哭声小"]
    assert assess(texts, PatientContext(age_days=10, sex="female")).level is E


# --- breathing ----------------------------------------------------------------------------------


def test_nasal_flaring_is_amber_and_grunting_red() -> None:
    assert assess(["10 month boy cough, some nasal flaring, SpO2 96"], _child(0.85)).level is U
    assert assess(["10 month boy cough, grunting, SpO2 96"], _child(0.85)).level is E


@pytest.mark.parametrize(
    "texts",
    [
        ["2岁女孩半夜咳嗽像狗叫", "安静时听不到喉鸣，哭的时候有一点，没有胸壁凹陷"],
        [
            "3yo barking cough",
            "no noisy breathing when she's calm, only a bit of stridor when she cries",
        ],
    ],
)
def test_stridor_only_when_upset_is_mild_croup(texts: list[str]) -> None:
    assert assess(texts, _child(2.5)).level is U


def test_stridor_at_rest_stays_an_emergency() -> None:
    assert (
        assess(["3yo barking cough, stridor at rest, pulling in under ribs"], _child(3)).level is E
    )


def test_no_apnoea_is_not_no_breathing() -> None:
    found = dict(extract_facts("没有呻吟，没有呼吸暂停，凹陷不明显").findings)
    assert found.get("apnoea") == "absent"
    assert dict(extract_facts("孩子没有呼吸了").findings).get("apnoea") == "present"


# --- IMCI's lethargy ----------------------------------------------------------------------------


def test_a_child_less_active_but_rousable_is_not_lethargic() -> None:
    texts = ["3岁男孩发烧呕吐一天 T38.9", "比平时蔫，玩得少，能叫醒能说话"]
    assert "imci_general_danger_sign" not in readings.codes(texts, _child(3))
    assert "imci_general_danger_sign" in readings.codes([*texts[:1], "比平时蔫，玩得少"], _child(3))


def test_the_limp_end_of_a_breath_holding_spell_is_not_lethargy() -> None:
    texts = [
        "15mo cries hard, then holds her breath, goes blue round the lips and floppy for 15 sec, "
        "then comes round crying",
        "now playing, SpO2 99%",
    ]
    assert "imci_general_danger_sign" not in readings.codes(texts, _child(1.25))


def test_coughing_fits_are_not_seizures() -> None:
    texts = ["3yo coughing fits for 2 weeks, whoop", "between fits she's completely fine"]
    assert "seizure" not in readings.findings(texts, _child(3))
    assert readings.findings(["3yo had a fit at home, shaking all over"], _child(3)).get("seizure")


@pytest.mark.parametrize(
    "text", ["clean catch urine dip: nitrite pos, leuc ++", "查了尿常规：亚硝酸盐+，白细胞++"]
)
def test_nitrites_in_a_febrile_child_are_a_urinary_infection(text: str) -> None:
    assert "febrile_child_uti" in readings.codes(
        ["10 mth fever 38.7 for 2 days", text], _child(0.85)
    )


# --- maltreatment, assault, neglect -------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["2岁男孩", "左耳廓青紫、脖子侧面和屁股上都有几块淤青,颜色有新有旧"],
        ["3岁男孩右胳膊肿了3天了才带来", "右前臂中间明显肿,一碰就哭"],
        ["6yo girl, discharge culture grew Neisseria gonorrhoeae"],
        ["8yo told her teacher her uncle touches her down there"],
        ["7mo boy not crawling yet, L thigh swollen, no fall known"],
    ],
)
def test_signs_of_maltreatment_are_seen_today(texts: list[str]) -> None:
    age = 0.6 if "7mo" in texts[0] else 3
    assert "child_protection" in readings.codes(texts, _child(age))


def test_a_late_visit_without_an_injury_is_not_a_sign() -> None:
    texts = ["3岁 烧了三天才带来", "精神好"]
    assert "child_protection" not in readings.codes(texts, _child(3))


def test_gonorrhoea_in_an_adult_is_not_child_protection() -> None:
    adult = PatientContext(age_days=25 * 365, sex="female")
    assert "child_protection" not in readings.codes(["culture grew gonorrhoea"], adult)


@pytest.mark.parametrize(
    "text", ["a coworker forced himself on her 4 days ago", "前天晚上被一个男的灌醉后侵犯了"]
)
def test_sexual_assault_told_in_other_words(text: str) -> None:
    assert "sexual_assault" in readings.codes(
        [text], PatientContext(age_days=26 * 365, sex="female")
    )


def test_a_blow_to_the_belly_in_later_pregnancy_is_monitored_today() -> None:
    pregnant = PatientContext(age_days=27 * 365, sex="female", pregnant=True)
    texts = ["孕28周,昨晚被老公推了一下,侧着摔在地上,肚子着地了", "现在肚子不疼,没流血"]
    codes = readings.codes(texts, pregnant)
    assert "trauma_in_pregnancy" in codes
    assert "domestic_abuse" in codes


def test_a_red_line_up_the_arm_is_lymphangitis() -> None:
    texts = ["左手掌前天被铁皮划了一道", "有条红线顺着胳膊往上到了肘部,T 38.2"]
    assert assess(texts, PatientContext(age_days=36 * 365, sex="male")).level is U


@pytest.mark.parametrize(
    "texts",
    [
        ["80岁老太太老年痴呆", "被布条绑在床栏杆上", "瘦了很多"],
        ["79岁老爷子,退休金卡在小儿子手里,利尿药停了两个礼拜了"],
    ],
)
def test_restraint_and_financial_abuse_of_an_older_person(texts: list[str]) -> None:
    old = PatientContext(age_days=80 * 365, sex="female")
    assert "elder_neglect" in readings.codes(texts, old)


def test_a_husband_who_checks_her_phone_is_domestic_abuse() -> None:
    texts = [
        "27F 3 wks after delivery, tearful",
        "husband checks her phone and won't let her see her mum",
    ]
    assert "domestic_abuse" in readings.codes(
        texts, PatientContext(age_days=27 * 365, sex="female")
    )


@pytest.mark.parametrize(
    "text",
    [
        "sometimes she wishes she wasn't here, no plan",
        "she says baby would be better off with someone else",
    ],
)
def test_passive_death_wishes(text: str) -> None:
    assert "suicidal_thoughts" in readings.codes(
        [text], PatientContext(age_days=20 * 365, sex="female")
    )


def test_a_reported_answer_in_the_persons_words() -> None:
    no = "问有没有想死,她说没想过、也没计划"
    yes = "问有没有想死,他说想过"
    assert dict(extract_facts(no).findings).get("suicidal_intent") == "absent"
    assert dict(extract_facts(yes).findings).get("suicidal_intent") == "present"


@pytest.mark.parametrize("text", ["绳子都准备好了,今晚就了结了", "孩子承认吃了差不多20片扑热息痛"])
def test_a_plan_and_an_overdose_in_chinese_are_emergencies(text: str) -> None:
    assert assess([text], PatientContext(age_days=30 * 365, sex="male")).level is E
