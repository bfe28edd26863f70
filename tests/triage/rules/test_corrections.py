"""Corrections told in a later message (triage/rules/corrections.py): a number typed wrong, a
sign taken back, a detail misheard. Without a correction, a sign once told stays."""

import pytest

from triage.rules import Level, PatientContext, assess
from triage.rules.corrections import apply_corrections, is_correction

from . import readings

ADULT = PatientContext(age_days=45 * 365, sex="female")
CHILD = PatientContext(age_days=3 * 365, sex="male")


@pytest.mark.parametrize(
    ("text", "correcting"),
    [
        ("打错了，是38度5不是35度8", True),
        ("刚才写成23了，是32", True),
        ("问清楚了，不是咳出来的", True),
        ("刚才血氧测得不准，再测是94", True),
        ("sorry typo - sats 97 not 79", True),
        ("correction - arm is fine, I misheard", True),
        ("ignore the blue lips, it was blackberry juice", True),
        ("sorry to bother you, he also has chest pain", False),
        ("sorry forgot to say, no chest pain now", False),
        ("发烧三天，咳嗽", False),
    ],
)
def test_what_says_a_message_corrects(text: str, correcting: bool) -> None:
    assert is_correction(text) is correcting


@pytest.mark.parametrize(
    ("texts", "fixed"),
    [
        (["血糖13.5", "打错了，是23.5，少按了个2"], "血糖23.5"),
        (["44F asthma, sats 79% ??", "typo sorry - 97%"], "sats 97%"),
        (["呼吸每分钟23次", "刚才写成23了，是32"], "呼吸每分钟32次"),
        (["慢阻肺 血氧85", "刚才血氧测得不准，换个指头再测是94"], "血氧94"),
    ],
)
def test_a_number_put_right_replaces_the_slip(texts: list[str], fixed: str) -> None:
    out, _ = apply_corrections(texts)
    assert fixed in out[0]


def test_the_wrong_value_a_correction_names_is_not_read() -> None:
    assert (
        assess(["38岁男的 发烧 体温35度8", "打错了，是38度5不是35度8"]).facts.vitals.temp_c == 38.5
    )
    assert assess(["BP 190/60", "sorry typo, BP 90/60 not 190/60"]).facts.vitals.sbp == 90


def test_a_number_that_is_no_slip_is_left_alone() -> None:
    out, _ = apply_corrections(["HR 59, sats 98", "sorry typo - temp 38.2"])
    assert out[0] == "HR 59, sats 98"


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (
            [
                "2yo girl lips look blue!! cough 3 days",
                "ignore the blue lips, it was blackberry juice",
            ],
            "cyanosis",
        ),
        (["3岁男孩 咳嗽 家长说嘴唇发紫", "刚才说嘴唇发紫，开灯一看是吃了桑葚"], "cyanosis"),
        (["3mo vomiting green", "sorry not green, mum says white milky"], "bilious_vomiting"),
        (
            ["38M back pain, can't pass urine", "sorry my typo - CAN pass urine fine"],
            "urinary_retention",
        ),
        (
            ["72F sudden worst ever headache", "correction - not sudden, came on over 2 wks"],
            "thunderclap_headache",
        ),
        (
            ["44M face drooping, arm weak?", "correction - arm is fine, I misheard"],
            "unilateral_weakness",
        ),
    ],
)
def test_a_sign_taken_back(texts: list[str], code: str) -> None:
    assert (
        readings.findings(texts, CHILD if "yo" in texts[0] or "岁" in texts[0] else ADULT).get(code)
        != "present"
    )


def test_without_a_correction_an_event_stays() -> None:
    texts = ["chest pain this morning with sweating", "now pain free, no chest pain"]
    assert readings.findings(texts, ADULT).get("chest_pain") == "present"


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["44F asthma, sats 79% ??", "typo sorry - 97%, PEF 420, annual review"], Level.NON_URGENT),
        (["33岁男 咳嗽3天 血氧89", "不对，是98，刚才两个数字打反了。不喘"], None),
        (["52岁糖尿病 血糖13.5 口干", "打错了，是23.5 人清醒 尿酮阴性"], Level.URGENT),
        (
            [
                "2yo lips blue, cough",
                "ignore the blue lips, it was blackberry juice, sats 98, playing",
            ],
            None,
        ),
    ],
)
def test_the_level_follows_the_corrected_facts(texts: list[str], level: Level | None) -> None:
    found = assess(texts, ADULT).level
    assert found is level if level else found not in (Level.URGENT, Level.EMERGENCY)


def test_a_correction_moving_the_event_to_last_month_reads_then_as_last_month() -> None:
    texts = [
        "1岁半女孩，发烧抽了一次，家长问能不能打疫苗",
        "不是今天抽的，是上个月的事了，当时38度9抽了不到2分钟，之后就好了。现在不发烧",
    ]
    child = PatientContext(age_days=540, sex="female")
    assert readings.findings(texts, child).get("seizure") == "history"
    assert assess(texts[:1], child).level is Level.EMERGENCY


def test_a_sign_moved_to_another_person_stays_it_may_be_the_patient() -> None:
    # The husband with the chest pain is the patient of this consultation.
    texts = [
        "pt 55F c/o chest pain 20 min, central, sweaty",
        "correction - it's her husband with the chest pain not her. he's 58, pain crushing",
    ]
    man = PatientContext(age_days=58 * 365, sex="male")
    assert assess(texts, man).level is Level.EMERGENCY


@pytest.mark.parametrize(
    "texts",
    [
        ["胸口压着疼半小时，出冷汗", "问清楚了，现在不疼了"],
        ["chest pain 40 min, sweaty", "correction - pain free now, BP 130/80"],
    ],
)
def test_a_correction_saying_an_event_is_over_does_not_unsay_it(texts: list[str]) -> None:
    man = PatientContext(age_days=60 * 365, sex="male")
    assert readings.findings(texts, man).get("chest_pain") == "present"


@pytest.mark.parametrize("text", ["人感觉不对，喘得厉害", "他说话不对劲", "我觉得不对，血压太低"])
def test_not_right_inside_a_message_is_not_a_correction(text: str) -> None:
    assert not is_correction(text)
