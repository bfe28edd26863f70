"""Unit guards for rounds 47-48: questions told in a row and their one answer, a usual blood
pressure beside today's, corrections, and the women's and sexual health rules these rounds
added (test_heldout47/48_probe_fixes.py hold the reviewers' cases)."""

import pytest

from triage.rules import Level, PatientContext, assess
from triage.rules.facts import extract_facts

E, U = Level.EMERGENCY, Level.URGENT


def _found(text: str, *codes: str) -> dict[str, str | None]:
    found = dict(extract_facts(text).findings)
    return {code: found.get(code) for code in codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One denial answers every question asked before it.
        (
            "问她嗓子紧不紧 喘不喘 说都没有 就是痒",
            {"airway_swelling": "absent", "dyspnoea": "absent", "itch": "present"},
        ),
        ("问他有没有想不开 有没有不想活的念头 说没有没有", {"suicidal_intent": "absent"}),
        # The same with commas: the answer after the last question answers them all (the
        # A-not-A items were read as present before round 48).
        (
            "问他胸口疼不疼，喘不喘，出汗没，他说都没有",
            {"chest_pain": "absent", "dyspnoea": "absent", "sweating": "absent"},
        ),
        ("问他有没有胸口疼，有没有气短，说没有", {"chest_pain": "absent", "dyspnoea": "absent"}),
        # The answer ends at its comma: what follows is stated (it was denied before round 48).
        ("问他发烧不 说没有 就是胸口疼", {"fever": "absent", "chest_pain": "present"}),
        # An A-not-A question answered with its own word is a yes; with 不 a no.
        ("问他胸口疼不疼 说疼", {"chest_pain": "present"}),
        ("问她头晕不晕 说不晕", {"dizziness": "absent"}),
        # Items that are not questions are left as told.
        ("问家属 他胸口疼两个小时了 说都没有", {"chest_pain": "present"}),
        # A relative's question is what they fear, not a finding.
        ("他妈问是不是喉头水肿", {"airway_swelling": "absent"}),
        # 听不到呼呼声 is a fistula's silence only beside the fistula.
        ("现在安静的时候听不到呼呼声", {"fistula_no_thrill": None}),
        ("内瘘今天听不到呼呼声了", {"fistula_no_thrill": "present"}),
        ("ate lots of red jelly sweets", {"redcurrant_stool": None}),
        ("stools like red jelly", {"redcurrant_stool": "present"}),
        ("有个包 越来越大 按着软软的", {"fluctuant": "present", "q_worsening": "present"}),
        ("咳黄痰 右边吸气胸口疼", {"pleuritic": "present"}),
    ],
)
def test_answers_and_readings(text: str, expected: dict[str, str | None]) -> None:
    assert _found(text, *expected) == expected


@pytest.mark.parametrize(
    ("text", "bp"),
    [
        ("以前都110/70左右", (None, None)),
        ("今天180/110 平时130/80", (180, 110)),
        ("BP 182/104, usually 130/80", (182, 104)),
        ("血压以前150/90 现在100/60", (100, 60)),
        # Not a usual value: 半小时以前 dates today's reading, 过去 is "went over".
        ("半小时以前血压80/50", (80, 50)),
        ("我们过去量了血压86/50", (86, 50)),
    ],
)
def test_a_usual_blood_pressure_is_not_todays(text: str, bp: tuple[int | None, int | None]) -> None:
    vitals = extract_facts(text).vitals
    assert (vitals.sbp, vitals.dbp) == bp


def test_axillary_temperature_and_an_age_corrected() -> None:
    assert extract_facts("量了腋下39.2").vitals.temp_c == 39.2
    assert extract_facts("sorry I mean 2 years not weeks").age_days == 730


def test_raised_blood_pressure_in_pregnancy_is_kept_beside_the_usual_one() -> None:
    texts = ["孕34周 来产检", "血压148/96", "以前都110/70左右"]
    patient = PatientContext(age_days=30 * 365, sex="female", pregnant=True)
    assert assess(texts, patient).level is U


def test_pep_and_emergency_contraception() -> None:
    pep = assess(["28岁男 昨晚无套 对方hiv阳性", "想问能不能吃阻断药"])
    assert pep.level is U and "hiv_post_exposure" in [f.code for f in pep.red_flags]
    assert assess(["男 35 套子破了"]).level is not U  # emergency contraception is not a man's
    assert assess(["24F new partner, unprotected sex ~3 wks ago"]).level is not U  # past 120 h
    ec = assess(["24F unprotected sex last night, wants the morning after pill"])
    assert [f.code for f in ec.red_flags] == ["emergency_contraception"]


def test_bartholin_and_necrotising_infection() -> None:
    woman = PatientContext(age_days=30 * 365, sex="female")
    assert assess(["下面左边长个包 鸡蛋那么大", "痛得坐都坐不下去"], woman).level is U
    spreading = [
        "58岁 糖尿病",
        "外阴长个疖子 越来越大",
        "今天红肿一直蔓延到大腿根 有的地方发黑了",
        "T39.2 P120",
    ]
    codes = [f.code for f in assess(spreading, woman).red_flags]
    assert "necrotising_soft_tissue_infection" in codes


def test_a_babys_age_in_a_mothers_consultation_is_not_hers() -> None:
    # The record is the mother's: "baby 5 wks" must not make her a febrile young infant.
    mother = PatientContext(age_days=30 * 365, sex="female")
    texts = ["breastfeeding, baby 5 wks", "R breast red, hot and painful, T 38.5"]
    assessment = assess(texts, mother)
    assert assessment.level is U
    assert [f.code for f in assessment.red_flags] == ["mastitis_or_breast_abscess"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A denial inside a symptom's words (read as nothing before).
        (
            "问了 头不疼 眼不花 肚子不疼",
            {"headache": "absent", "vision_disturbance": "absent", "abdominal_pain": "absent"},
        ),
        ("发烧 头不疼 咳嗽", {"fever": "present", "headache": "absent", "cough": "present"}),
        ("肚子不痛了 就是胸口闷", {"abdominal_pain": "absent", "chest_tightness": "present"}),
        # Not a denial of a symptom: a bone's end, a slow stream, an appetite, a question.
        ("按骨头不痛", {"headache": None}),
        ("尿尿不痛快好几年了", {"urinary_symptoms": None}),
        ("胃口不好", {"unable_to_drink": None}),
        ("头不疼了吗", {"headache": None}),
        ("走路不稳", {"balance_loss": "present"}),
    ],
)
def test_a_denial_inside_a_symptoms_words(text: str, expected: dict[str, str | None]) -> None:
    assert _found(text, *expected) == expected


def test_a_sites_denial_does_not_erase_another_sites_finding() -> None:
    # 舌头不肿 after 上嘴唇肿了 on an ACE inhibitor: the lip's angio-oedema stands.
    patient = PatientContext(age_days=57 * 365, sex="female")
    texts = ["吃卡托普利的 今早起来上嘴唇肿了", "舌头不肿 说话吞东西都没问题 不喘"]
    assert "angioedema" in [f.code for f in assess(texts, patient).red_flags]
    assert assess(texts, patient).level is U
