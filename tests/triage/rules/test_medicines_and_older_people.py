"""Guards for the rules of rules_medicines.py, rules_older_people.py and the seizure exemption
for known epilepsy: each new reading stays narrow, and the emergency beside it stays."""

import pytest

from triage.rules import assess


def level(*texts: str) -> str:
    return assess(list(texts)).level.value


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # NICE NG217: the usual seizure of known epilepsy, over and recovered from: routine.
        (
            ["epileptic, had his usual fit, stopped after 1 min, now back to his normal self"],
            "non_urgent",
        ),
        # ...but a long one, an injury, confusion after it, pregnancy or a first seizure is not.
        (["癫痫病人 刚才抽了十分钟 现在醒了"], "emergency"),
        (
            ["known epilepsy, usual seizure, fitting for 8 min, now back to her normal self"],
            "emergency",
        ),
        (["癫痫病人 刚才抽了一回 跟平时犯病一样 现在醒了 摔了一跤 头磕破了"], "emergency"),
        (["癫痫 怀孕5个月 抽了一回 现在醒了"], "emergency"),
        (["刚才抽了一回 不到一分钟就停了 现在醒了"], "emergency"),  # no known epilepsy
        # Medicine stopped: same day.
        (["30F epilepsy on carbamazepine, ran out 3 days ago, no seizures"], "urgent"),
    ],
)
def test_seizures(texts, expected):
    assert level(*texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["on clozapine, no BM for 4 days, still passing wind, not vomiting"], "urgent"),
        (["on clozapine, no BM x6 days, tummy swollen and painful, vomiting"], "emergency"),
        (["33F on clozapine, sore throat since this morning, T 37.4"], "urgent"),
        (["28M on clozapine, fever 39.4, shaking chills"], "emergency"),
        (["on clozapine for years, here for a repeat prescription, well"], "non_urgent"),
        (["pt on lithium, loose stools 2 days, hands more shaky"], "urgent"),
        (["on lithium, confused and unsteady today"], "emergency"),
        (["T1DM, injected his glargine twice tonight, sugar 8.1, feels ok"], "urgent"),
        (["injected his Novorapid pen 30u by mistake at bedtime, no food"], "emergency"),
    ],
)
def test_medicine_harms(texts, expected):
    assert level(*texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # NICE CG100: two of confusion, ataxia, eye signs in a heavy drinker.
        (["heavy drinker, confused, can't walk straight, eyes keep flicking"], "emergency"),
        (["heavy drinker, here for his blood pressure, walks fine"], "non_urgent"),
        # Chronic retention (painless) same day; painful acute retention an emergency.
        (["74M dribbling urine day and night, bladder palpable, no pain"], "urgent"),
        (
            [
                "78M can't pass urine since last night",
                "lower tummy very painful, can feel it bulging",
            ],
            "emergency",
        ),
    ],
)
def test_alcohol_and_retention(texts, expected):
    assert level(*texts) == expected


def test_a_stroke_in_the_past_is_not_a_new_one():
    flags = {
        f.code for f in assess(["bedbound granny 90F after stroke, sore on her bottom"]).red_flags
    }
    assert "stroke_befast" not in flags
