"""The edges of the seventy-ninth round's same-day rules (test_heldout79_probe_fixes.py): each
rule fires on its finding in both languages and stays quiet on the look-alike next to it."""

import pytest

from triage.rules import Level, PatientContext, assess
from triage.rules.vitals import parse_vitals

from . import readings

ADULT = PatientContext(age_days=50 * 365, sex="female")
MAN = PatientContext(age_days=70 * 365, sex="male")
CHILD = PatientContext(age_days=5 * 365, sex="male")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("血小板18×10^9/L", 18),
        ("plt 14 on yesterday's bloods", 14),
        ("platelets came back 22", 22),
        ("血常规：血小板计数 9", 9),
        ("血小板减少，正在复查", None),
        ("生化钠128 钾5.6", None),  # a sodium, not platelets
    ],
)
def test_platelet_count_is_read(text: str, value: int | None) -> None:
    assert parse_vitals(text.lower()).platelets == value


def test_sodium_after_a_biochemistry_word_is_read_but_not_saline() -> None:
    assert parse_vitals("生化钠128").sodium == 128
    assert parse_vitals("0.9%氯化钠 100ml").sodium is None


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["化验回来血小板15，没出血，没有瘀斑"], Level.URGENT),
        (
            ["plt 12 on today's FBC, nosebleed this morning that took 30 min to stop"],
            Level.EMERGENCY,
        ),
        (["血小板 35，牙龈偶尔出点血"], None),  # not below 20: not this rule
    ],
)
def test_very_low_platelets(texts: list[str], level: Level | None) -> None:
    hits = [f for f in assess(texts, ADULT).red_flags if f.code == "platelets_very_low"]
    assert (hits[0].level if hits else None) == level


def test_known_itp_with_bruises_only_follows_its_plan() -> None:
    patient = PatientContext(age_days=8 * 365, sex="male", chronic_conditions=("ITP",))
    assert "platelets_very_low" not in readings.codes(
        ["plts 16 last week, a few new bruises, well"], patient
    )


@pytest.mark.parametrize(
    ("texts", "fires"),
    [
        (["机械瓣换了5年，吃华法林，今天INR 1.6"], True),
        (["mechanical aortic valve on warfarin, INR 1.5 today"], True),
        (["生物瓣置换术后，吃华法林3个月，INR 1.6"], False),  # a tissue valve
        (["AF on warfarin, INR 1.6 today"], False),  # no valve: below range, not same day
        (["mechanical mitral valve, INR 2.9 today"], False),
    ],
)
def test_mechanical_valve_low_inr(texts: list[str], fires: bool) -> None:
    assert ("mechanical_valve_inr_low" in readings.codes(texts, MAN)) is fires


def test_adult_petechiae_with_gum_bleeding_is_same_day_but_heavy_bleeding_is_not() -> None:
    calm = ["unexplained bruises and petechiae on her legs, gums bleed, very tired, obs normal"]
    assert assess(calm, ADULT).level is Level.URGENT
    child = PatientContext(age_days=6 * 365, sex="female")
    assert assess(["身上出血点 压不褪色 牙龈出血 没精神"], child).level is Level.EMERGENCY


@pytest.mark.parametrize(
    ("texts", "fires"),
    [
        (["4岁男孩 脸色苍白 肚子里摸到个包 越来越大"], True),
        (["his mum can feel a lump in his tummy, pale and tired for weeks"], True),
        (["5岁 脖子上的疙瘩越来越大 不痛 两个礼拜了"], True),
        (["lymph node in his neck keeps getting bigger, 3 weeks, no fever"], True),
        (["5岁 被蚊子咬的包越来越大 痒"], False),
        (["swollen glands in his neck with a cold, going down now"], False),
    ],
)
def test_child_mass_or_growing_node(texts: list[str], fires: bool) -> None:
    assert ("child_mass_or_organ" in readings.codes(texts, CHILD)) is fires


@pytest.mark.parametrize(
    "texts",
    [
        ["on apixaban for AF, urine pinkish today, no clots, feels fine"],
        ["吃利伐沙班，今天尿像洗肉水，没血块"],
    ],
)
def test_pink_urine_on_a_doac_is_bleeding_on_an_anticoagulant(texts: list[str]) -> None:
    assert "anticoagulant_bleeding" in readings.codes(texts, MAN)


def test_wash_water_stool_is_not_blood_in_the_urine() -> None:
    assert "anticoagulant_bleeding" not in readings.codes(["吃利伐沙班，拉肚子，大便像洗肉水"], MAN)


@pytest.mark.parametrize(
    ("texts", "psychosis"),
    [
        (["low for months, now says the neighbours are putting poison in our water"], True),
        (["她说听到有人讲她是罪人，两个月不吃不睡"], True),
        (["2yo may have drunk some of the weed killer the neighbours put in the shed"], False),
    ],
)
def test_delusions_of_poison_are_psychosis_not_a_poisoning(
    texts: list[str], psychosis: bool
) -> None:
    codes = readings.codes(texts, ADULT)
    assert ("acute_psychosis" in codes) is psychosis
    if psychosis:
        assert assess(texts, ADULT).level is Level.URGENT


@pytest.mark.parametrize(
    ("texts", "fires"),
    [
        (["headaches for 3 weeks, waking her at night, vomiting most mornings"], True),
        (["头痛半个月 半夜痛醒 早上吐"], True),
        (["headache worse when she coughs or bends, vomited twice"], True),
        (["headache since yesterday with a cold, worse when she coughs, no vomiting"], False),
    ],
)
def test_raised_pressure_headache(texts: list[str], fires: bool) -> None:
    assert ("secondary_headache_features" in readings.codes(texts, ADULT)) is fires


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (
            ["cough 4 weeks, sweats at night soaking the sheets, T 37.9, lost 4 kg"],
            "presumptive_tb",
        ),
        (["咳嗽一个多月 下午低烧37.8 晚上出汗把枕巾都湿透 瘦了五斤"], "presumptive_tb"),
        (
            ["fevers to 38.2, night sweats and lost 6 kg over 2 months, no cough"],
            "fever_sweats_weight_loss",
        ),
    ],
)
def test_fever_night_sweats_and_weight_loss(texts: list[str], code: str) -> None:
    assert code in readings.codes(texts, ADULT)


def test_a_long_cough_without_fever_or_weight_loss_is_routine() -> None:
    assert assess(["cough 3 weeks since a cold, no fever, weight steady"]).level is Level.NON_URGENT


def test_menopausal_night_sweats_without_fever_are_not_same_day() -> None:
    assert assess(
        ["52F hot flushes and night sweats since her periods stopped"], ADULT
    ).level not in (
        Level.URGENT,
        Level.EMERGENCY,
    )


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["熨斗烫到手背 一块硬币大 发白发硬 针扎不痛"], Level.URGENT),
        (
            ["burn on her shin from the exhaust, white and leathery, doesn't hurt when touched"],
            Level.URGENT,
        ),
        (["touched the iron yesterday, small red patch on her finger, no blister"], None),
    ],
)
def test_full_thickness_burn(texts: list[str], level: Level | None) -> None:
    found = assess(texts, ADULT).level
    assert found is level if level else found in (Level.SELF_CARE, Level.NON_URGENT)


@pytest.mark.parametrize(
    ("texts", "fires"),
    [
        (["76岁 上礼拜加了个降压药 一站起来就眼前发黑 差点摔了"], True),
        (["started ramipril 5 days ago, dizzy every time he stands"], True),
        (["on ramipril for 3 years, dizzy when he stands up too quickly"], False),
        (["刚加了降压药 血压130/80 没什么不舒服"], False),
    ],
)
def test_new_bp_medicine_and_dizziness_on_standing(texts: list[str], fires: bool) -> None:
    assert ("new_bp_medicine_postural" in readings.codes(texts, MAN)) is fires


def test_dizziness_on_standing_is_still_dizziness() -> None:
    assert dict(assess(["一站起来就晕"], ADULT).facts.findings).get("dizziness") == "present"


@pytest.mark.parametrize(
    ("texts", "fires"),
    [
        (
            [
                "seen last night for hives after cashews, got chlorphenamine and pred",
                "hives came back this afternoon, no swelling, breathing fine",
            ],
            True,
        ),
        (["上午过敏在这打了地塞米松 好了 下午又起一身风团 不喘"], True),
        (["hives on and off for 3 months, cetirizine helps"], False),
    ],
)
def test_hives_back_after_a_treated_reaction(texts: list[str], fires: bool) -> None:
    assert ("hives_after_exposure" in readings.codes(texts, ADULT)) is fires


def test_a_rash_during_a_drip_given_here_is_a_drug_reaction() -> None:
    assert "drug_skin_reaction" in readings.codes(
        ["在我们这输液，输了一半，胳膊上起红疹子，痒"], ADULT
    )
    assert "drug_skin_reaction" not in readings.codes(["胳膊上起红疹子，痒，没用什么药"], ADULT)


@pytest.mark.parametrize(
    ("texts", "code", "fires"),
    [
        (["吃阿莫西林第二天 身上大片红 密密麻麻小脓点 发烧38.4"], "possible_agep", True),
        (
            ["tiny pustules all over red skin since starting an antibiotic, T 38.6"],
            "possible_agep",
            True,
        ),
        (["a few pustules on his chin, teenager, no fever"], "possible_agep", False),
        (["7岁 嗓子痛两周后 眼皮肿 尿像浓茶 尿少"], "possible_acute_nephritis", True),
        (
            ["puffy eyes in the mornings and cola-coloured urine, sore throat 2 weeks ago"],
            "possible_acute_nephritis",
            True,
        ),
        (["dark urine, hasn't drunk much today, no swelling"], "possible_acute_nephritis", False),
    ],
)
def test_pustules_with_fever_and_cola_urine_with_swelling(
    texts: list[str], code: str, fires: bool
) -> None:
    assert (code in readings.codes(texts, CHILD)) is fires


def test_a_rash_dusky_in_the_middle_is_not_cyanosis() -> None:
    facts = dict(assess(["身上起一圈圈的红斑 中间发紫 嘴唇不紫"], CHILD).facts.findings)
    assert facts.get("cyanosis") != "present"
    assert assess(["嘴唇发紫 喘得厉害"], CHILD).level is Level.EMERGENCY


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["55M, cellulitis shin, T 37.9, redness past the line we drew yesterday"], Level.URGENT),
        (["小腿红肿一大片 摸着烫 昨天画的边 今天又往上多出两指"], Level.URGENT),
        (["diabetic, new sore on the ball of his left foot, 1 cm, no redness"], Level.URGENT),
        (["踩到木板上的钉子 扎穿了鞋 脚底红肿"], Level.URGENT),
    ],
)
def test_wounds_that_need_a_clinician_today(texts: list[str], level: Level) -> None:
    patient = PatientContext(age_days=60 * 365, sex="male", chronic_conditions=("diabetes",))
    assert assess(texts, patient).level is level
