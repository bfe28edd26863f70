"""Edges of the readings and rules added after held-out rounds 103-106 (cases told in tiny or
run-on messages, regional wordings, TCM procedures and herbs, weight and nutrition): each is
tested on both sides."""

import pytest

from triage.rules import Level, PatientContext, assess

E, U = Level.EMERGENCY, Level.URGENT


def _codes(texts, patient=None):
    return {f.code for f in assess(texts, patient).red_flags}


def test_a_heavy_chest_told_in_tiny_messages_is_acs():
    assert assess(["58M", "chest feels heavy", "since about 1h", "sweaty and grey"]).level is E


def test_a_late_period_with_pain_and_a_faint_is_an_ectopic():
    texts = ["24F", "period 7 wks late", "sharp low belly R", "fainted, pale, clammy"]
    assert assess(texts).level is E
    assert assess(["lower abdomen soft, non tender"]).facts.status("abdominal_pain") is None


@pytest.mark.parametrize(
    "texts",
    [
        [
            "44M says his heid just exploded at the gym, worst he's ever had",
            "cannae stand the light",
        ],
        ["老汉锄草 一下子额颅后头疼得很 像拿棒槌砸了一样", "一辈子没这么疼过 脖项硬"],
        [
            "58M, heaviness in chest like someone sitting on it, going to left hand and jaw",
            "sweating too much",
        ],
        ["kuya 63, mouth is tabingi and he is talking like drunk", "cant hold the pen with R hand"],
    ],
)
def test_regional_wordings_of_emergencies(texts):
    assert assess(texts).level is E


def test_an_irish_child_roasting_with_a_non_blanching_rash():
    texts = [
        "mam says the young lad is sick 3 times and he's roasting",
        "very dozy, little purple spots on his legs that don't go away with a glass",
    ]
    assert assess(texts, PatientContext(age_days=6 * 365, sex="male")).level is E


def test_a_village_organophosphate_told_in_dialect():
    texts = ["细伢子拿了个瓶子喝", "流口水 出好多汗 身上一股大蒜气", "瞳仁细得像针眼"]
    assert "organophosphate_poisoning" in _codes(texts, PatientContext(age_days=4 * 365))


def test_strychnine_spasms_after_ma_qian_zi():
    texts = [
        "took herbal pills, box says 马钱子, double dose",
        "jaw tight, back keeps going stiff in spasms",
    ]
    assert "herbal_poisoning" in _codes(texts)


def test_a_cupping_fire_with_singed_brows_and_black_sputum():
    texts = ["在家拔火罐 酒精棉着了 火掉到她脸上", "眉毛头发烧焦了 说话声音哑 痰里有黑的"]
    assert assess(texts).level is E


@pytest.mark.parametrize(
    "texts",
    [
        [
            "56M drinks half a bottle of vodka a day",
            "confused since yesterday",
            "can't walk straight, eyes flicking side to side",
        ],
        ["男 52岁 常年喝白酒", "今天开始说胡话", "走路东倒西歪 眼睛往两边看的时候一直抖"],
    ],
)
def test_wernicke_told_in_everyday_words(texts):
    assert "wernicke_encephalopathy" in _codes(texts)


def test_pancreatitis_with_a_pulse_above_the_pressure():
    texts = ["女 35岁", "上腹痛得直不起腰，痛到后背，吐了好几次", "心率118 血压90/58"]
    assert "pancreatitis_with_shock" in _codes(texts)
    calm = ["女 35岁", "上腹痛，痛到后背，吐了两次", "心率88 血压120/78"]
    assert "possible_pancreatitis" in _codes(calm)
    assert assess(calm).level is U


def test_pain_with_a_racing_pulse_days_after_bariatric_surgery():
    texts = [
        "38F stomach stapled 5 days ago",
        "left shoulder tip and upper belly pain",
        "HR 128, RR 26",
    ]
    assert "unwell_after_operation" in _codes(texts)
    late = ["38F gastric bypass 3 yrs ago", "upper belly pain", "HR 128"]
    assert "unwell_after_operation" not in _codes(late)


# --- rounds 107-110 -------------------------------------------------------------------------


def test_a_neighbours_stroke_is_not_the_patients():
    assert assess(["52F checking BP after her neighbour had a stroke, 152/94"]).level is not E
    assert (
        assess(["her husband had a stroke last year; she has sudden L arm weakness now"]).level is E
    )


def test_a_fit_last_winter_is_history():
    assert (
        assess(["2yo had a fit with a fever last winter", "cold now, T 38.4, alert"]).level is not E
    )


@pytest.mark.parametrize(
    ("text", "pef"),
    [
        ("peak flow 130 ish, her best is around four-fifty", 29),
        ("PEF 230 平时 390", 59),
        ("PEF 60% of best", 60),
    ],
)
def test_a_peak_flow_beside_the_best_is_a_per_cent(text, pef):
    from triage.rules.facts import normalise
    from triage.rules.vitals import parse_vitals

    assert parse_vitals(normalise(text)).pef_pct == pef


@pytest.mark.parametrize(
    ("text", "spo2"), [("sats ninety-seven ninety-eight", 97), ("sats ninety-one on air", 91)]
)
def test_numbers_in_words_stay_apart(text, spo2):
    assert assess([text]).facts.vitals.spo2 == spo2


def test_heavy_squeezing_in_the_middle_of_the_chest():
    texts = [
        "52M 'indigestion' 40 min",
        "heavy, squeezing in middle of chest, into left arm",
        "sweating",
    ]
    assert assess(texts).level is E


def test_bilious_vomit_told_as_dark_green():
    texts = ["4个月男孩 今天吐了4次", "吐的是深绿色的 像菠菜水", "肚子有点鼓"]
    assert assess(texts).level is E
