"""The edges of the eighty-ninth and ninetieth rounds' readings (test_heldout89_probe_fixes.py,
test_heldout90_probe_fixes.py): anticancer treatment's toxicities and emergencies, and text-speak.
Each new reading fires in its place and not in the look-alike beside it."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts
from triage.rules.facts import normalise

from . import readings

E, U = Level.EMERGENCY, Level.URGENT
ADULT = PatientContext(age_days=60 * 365, sex="female")


# --- cancer and its treatment -------------------------------------------------------------------


def test_a_febrile_child_on_chemotherapy_is_neutropenic_sepsis() -> None:
    child = PatientContext(age_days=6 * 365, sex="male")
    texts = ["孩子白血病在化疗，身上有输液港", "有点热，量了38.5，还在玩，精神还行"]
    assert "febrile_child_immunosuppressed" in readings.codes(texts, child)
    assert assess(texts, child).level is E
    assert assess(["6岁 发烧38.5 还在玩 精神好"], child).level is not E


@pytest.mark.parametrize(
    "texts",
    [
        ["67F colon ca on capecitabine, loose stools 5-6 times a day, no blood, drinking ok"],
        ["52M on FOLFOX, mouth very sore, few ulcers inside cheeks, drinking ok"],
        ["吃卡培他滨的，手掌脚底红肿，疼，拿筷子都有点费劲"],
        ["宝宝胸口那根管子（希克曼管）外面那段裂了，在漏水", "精神好，不烧"],
        ["在打卡瑞利珠单抗，这4天大便比平时多4-5次，稀的，没血"],
        ["routine bloods for 63F on pembrolizumab: ALT 168, AST 140, she feels fine"],
    ],
)
def test_anticancer_toxicities_are_seen_today(texts: list[str]) -> None:
    assert assess(texts, ADULT).level is U


def test_immune_colitis_with_blood_or_a_low_pressure_is_an_emergency() -> None:
    texts = ["58M on ipilimumab + nivolumab", "diarrhoea 4 days, some blood, BP 92/58, HR 112"]
    assert "immune_colitis_severe" in readings.codes(texts, ADULT)
    assert assess(texts, ADULT).level is E


def test_a_normal_alt_is_not_raised() -> None:
    assert "transaminases_high" not in readings.findings(["on pembrolizumab, ALT 32"], ADULT)


def test_chemotherapy_finished_long_ago_is_not_immunosuppression() -> None:
    texts = ["27岁，霍奇金淋巴瘤两年前化疗结束，一直缓解", "流鼻涕、嗓子疼，T 38.1，能吃能喝"]
    assert readings.findings(texts, ADULT).get("immunosuppressed") != "present"
    assert assess(texts, ADULT).level is not E
    on_chemo = ["淋巴瘤正在化疗", "流鼻涕、嗓子疼，T 38.1"]
    assert assess(on_chemo, ADULT).level is E


def test_oxaliplatins_cold_tight_throat_is_not_anaphylaxis() -> None:
    texts = ["奥沙利铂打完第2天，一碰凉水手指就麻，喝冷水嗓子发紧", "不碰凉的就没事，喘气正常"]
    assert "anaphylaxis" not in readings.codes(texts, ADULT)


@pytest.mark.parametrize(
    "texts",
    [
        ["前列腺癌骨转移", "这半个月背上疼，这两天腿没劲，尿不太出来"],
        [
            "prostate cancer spread to the bones",
            "back has been sore 2 wks, legs heavy, hasn't passed water since this morning",
        ],
        ["肺癌，脸和脖子越来越肿，今天喘不上气，脖子上的静脉鼓着"],
        ["老爷子肺癌，在咳血，一口一口的，已经吐了小半碗了"],
    ],
)
def test_oncological_emergencies_told_plainly(texts: list[str]) -> None:
    assert assess(texts, PatientContext(age_days=68 * 365, sex="male")).level is E


# --- text-speak ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("pain goin to L arm n jaw, sweatin alot", "sweating"),
        ("baby not movin much since yesterday", "few_movements"),
        ("cant hold cup in rite hand keep droppin", "unilateral_weakness"),
        ("was knock out maybe a minute", "syncope"),
    ],
)
def test_text_speak_is_read(text: str, code: str) -> None:
    assert dict(extract_facts(text).findings).get(code) == "present"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("pain in the skin again", "pain in the skin again"),
        ("the brain scan", "brain"),
        ("33w pregnant", "33w"),
        ("33 w pregnant", "33 w"),
    ],
)
def test_text_speak_leaves_real_words(text: str, kept: str) -> None:
    assert kept in normalise(text)


def test_text_speak_is_rewritten() -> None:
    assert (
        normalise("arm n jaw, sweatin alot, fight w wife")
        == "arm and jaw, sweating a lot, fight with wife"
    )


def test_pinyin_initials_of_bp_and_glucose() -> None:
    facts = extract_facts("xy 150/95 xt 22.6")
    assert (facts.vitals.sbp, facts.vitals.dbp, facts.vitals.glucose) == (150, 95, 22.6)


def test_a_negative_test_told_before_the_next_word() -> None:
    found = dict(extract_facts("尿hcg阴性 不发烧 没吐").findings)
    assert found.get("pregnant") == "absent"


def test_means_locked_away_is_not_a_poisoning() -> None:
    texts = [
        "41m low 2 months, sometimes thinks family better off w/o him, no plan",
        "pesticide at home they lock it away",
    ]
    assert "poisoning" not in readings.codes(texts, ADULT)


def test_two_boxes_taken_is_an_overdose_but_two_boxes_bought_is_not() -> None:
    took = "he took a few of his mum's sleeping pills and paracetamol, brother thinks like 2 boxes"
    assert dict(extract_facts(took).findings).get("overdose") == "present"
    assert "overdose" not in dict(extract_facts("bought 2 boxes of tissues").findings)


def test_chickenpox_in_someone_immunosuppressed_is_same_day() -> None:
    child = PatientContext(age_days=7 * 365, sex="male")
    texts = [
        "7yo son with leukaemia on maintenance tablets",
        "spots look like chickenpox, no fever",
    ]
    assert "chickenpox_immunosuppressed" in readings.codes(texts, child)
    assert "chickenpox_immunosuppressed" not in readings.codes(["7yo chickenpox, no fever"], child)


def test_a_widespread_rash_on_immunotherapy_is_same_day() -> None:
    texts = ["打帕博利珠单抗的，身上起红疹，前胸后背肚子胳膊都是", "很痒，不发烧"]
    assert "chemotherapy_toxicity" in readings.codes(texts, ADULT)
    assert "chemotherapy_toxicity" not in readings.codes(
        ["身上起红疹，前胸后背肚子胳膊都是"], ADULT
    )
