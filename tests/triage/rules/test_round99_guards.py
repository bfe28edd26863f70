"""Edges of the readings added after held-out rounds 99-102 (pain and its red flags, the first
months of life, two patients or two problems in one message, county-level emergencies): each
is tested on both sides."""

import pytest

from triage.rules import Level, PatientContext, assess

E, U = Level.EMERGENCY, Level.URGENT


def _codes(texts, patient=None):
    return {f.code for f in assess(texts, patient).red_flags}


def test_never_having_headaches_does_not_deny_todays():
    texts = ["39F headache came on suddenly lifting a box", "nothing to worst ever in seconds"]
    assert assess(texts).level is E
    told = ["39F sudden headache, like being hit with a hammer, never gets headaches"]
    assert assess(told).facts.status("headache") == "present"
    assert assess(["39F never gets headaches, here for a smear"]).level is not E


def test_hands_tingly_and_clumsy_after_a_fall_on_the_chin_is_a_cord_injury():
    texts = [
        "81F slipped in the bathroom, hit her chin on the sink",
        "neck very sore",
        "both hands tingly and clumsy",
    ]
    assert "spinal_injury" in _codes(texts)
    panic = ["22F panicking, breathing fast, hands tingling", "had panic attacks before"]
    assert (
        assess(panic, PatientContext(age_days=22 * 365, sex="female")).facts.status("limb_numb")
        is None
    )


def test_cord_compression_told_in_village_words():
    texts = ["55岁女 前年乳腺癌", "背上疼一个多月 躺下更疼", "这两天走路发飘腿软 脚底踩棉花"]
    assert "spinal_cord_compression" in _codes(texts)


def test_a_snake_seen_after_a_bite_with_ptosis_is_an_emergency():
    texts = [
        "半夜被什么咬了一下手指 家属看到一条黑白一圈一圈的小蛇爬走了",
        "眼皮抬不起来 看东西重影",
    ]
    assert assess(texts).level is E
    assert assess(["被蚊子咬了一下 起了个包 痒"]).facts.status("snake_bite") is None


def test_neonatal_seizure_movements():
    texts = ["5 day old, episodes of eyes turning to one side, lips smacking, legs cycling"]
    assert assess(texts, PatientContext(age_days=5, sex="female")).level is E


@pytest.mark.parametrize(
    "texts",
    [
        [
            "mum brought 5 day old for heel prick, can we do mum's BP too",
            "splitting headache, seeing flashing spots",
            "BP 164/110",
        ],
        ["day 6 after her baby, bad headache, seeing flashing lights", "BP 164/112"],
    ],
)
def test_postpartum_pre_eclampsia_in_a_mothers_words(texts):
    assert assess(texts, PatientContext(age_days=33 * 365, sex="female", pregnant=False)).level is E


@pytest.mark.parametrize(
    ("text", "code", "status"),
    [
        (
            "mum asks about the flu jab, he had a fit with a fever when he was 2",
            "seizure",
            "history",
        ),
        ("had crushing chest pain in March, got stents", "chest_pain", "history"),
        ("she had a fit this morning when she was in the bath", "seizure", "present"),
    ],
)
def test_a_time_in_the_past_dates_the_sign(text, code, status):
    assert assess([text]).facts.status(code) == status


def test_meconium_on_day_one_is_not_melaena():
    texts = ["6 wk old, no poo for 5 days, soft yellow when it comes", "passed black poo day 1"]
    assert "gi_bleed" not in _codes(texts)
    assert "gi_bleed" in _codes(["6 wk old, black tarry poo today"])


def test_n_of_the_paracetamol_is_an_overdose():
    texts = ["16yo admits about 20 of the paracetamol 500mg last night after a row"]
    assert assess(texts).level is E
