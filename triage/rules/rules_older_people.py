"""Problems of older and bed-bound people that a village clinic is asked about: a pressure
ulcer that has deepened or is infected, faecal impaction told as diarrhoea, chronic urinary
retention, neglect or abuse, and hypoactive delirium told as "not herself".

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

U = Level.URGENT

# A pressure ulcer that has got worse: deeper, smelling, dead tissue, spreading redness.
_ULCER_WORSE = ("wound_infection", "skin_necrosis", "deep_wound", "fever", "gangrene")


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    for rule in (
        _pressure_ulcer,
        _faecal_impaction,
        _chronic_retention,
        _neglect,
        _hypoactive_delirium,
        _infection_moderate_risk,
        _after_a_fall,
    ):
        out.extend(rule(c))
    return out


def _pressure_ulcer(c: Case) -> list[Hit]:
    # NICE CG179 / CKS: a pressure ulcer that has deepened, smells, has dead tissue or
    # spreading redness: assess the same day (sepsis is the sepsis rule's).
    if not c.has("pressure_ulcer"):
        return []
    signs = c.which(*_ULCER_WORSE)
    if not signs:
        return []
    return [
        hit(
            U,
            "pressure_ulcer_worse",
            "褥疮加深/感染（当天评估）",
            "Pressure ulcer deeper or infected (assess today)",
            ["pressure_ulcer", *signs],
            S.PRESSURE_ULCER,
            ("see_doctor_today",),
        )
    ]


def _faecal_impaction(c: Case) -> list[Hit]:
    # NICE CKS constipation: in an older person, soiling or 'diarrhoea' after days without a
    # formed stool is overflow from faecal impaction: treat today, not with antidiarrhoeals.
    if c.age_years is None or c.age_years < 65 or not c.has("constipation"):
        return []
    overflow = c.which("diarrhoea", "incontinence")
    if not overflow:
        return []
    return [
        hit(
            U,
            "faecal_impaction_overflow",
            "老人便秘伴溢出性腹泻（粪便嵌塞，当天处理）",
            "Constipation with overflow soiling in an older person (faecal impaction)",
            ["constipation", *overflow],
            S.FAECAL_IMPACTION,
            ("see_doctor_today",),
        )
    ]


def _chronic_retention(c: Case) -> list[Hit]:
    # NICE CKS LUTS: a painless palpable bladder, often with overflow dribbling, is chronic
    # retention: kidney function the same day (painful retention is rules_adult's).
    if not c.has("palpable_bladder") or c.has("urinary_retention"):
        return []
    return [
        hit(
            U,
            "chronic_urinary_retention",
            "慢性尿潴留（膀胱充盈、滴沥，当天查肾功能）",
            "Chronic urinary retention (palpable bladder, dribbling; kidney function today)",
            ["palpable_bladder", *c.which("incontinence")],
            S.CHRONIC_RETENTION,
            ("see_doctor_today",),
        )
    ]


def _neglect(c: Case) -> list[Hit]:
    # WHO 2024 / NICE NG189: an older person with signs of neglect and bruises or weight loss:
    # assess and raise a safeguarding concern the same day.
    if c.age_years is not None and c.age_years < 60:
        return []
    if not c.has("neglect_signs", "elder_abuse", "grip_marks"):
        return []
    signs = c.which("bruise", "weight_loss", "poor_appetite", "pressure_ulcer", "dry_mouth")
    signs += c.which("elder_abuse", "grip_marks")  # told by them, or a grip's bruises: enough
    if not signs:
        return []
    return [
        hit(
            U,
            "elder_neglect",
            "老人疑似被忽视/虐待（当天评估并报告）",
            "Possible neglect or abuse of an older person (assess and report today)",
            [*c.which("neglect_signs"), *signs],
            S.ELDER_ABUSE,
            ("see_doctor_today",),
        )
    ]


def _hypoactive_delirium(c: Case) -> list[Hit]:
    # NICE CG103 §1.2: an older person who has become quieter, slower or withdrawn, sleeping
    # more or eating less, over hours or days, may have hypoactive delirium: assess the same
    # day for its cause (infection, medicines, retention, dehydration). New confusion and
    # drowsiness are the confusion rules'.
    if c.age_years is None or c.age_years < 65 or not c.has("not_themselves"):
        return []
    signs = c.which("lethargy", "poor_appetite", "drinks_poorly")
    if not signs:
        return []
    return [
        hit(
            U,
            "hypoactive_delirium",
            "老人近期变得少言、嗜睡、少食（疑低活动型谵妄，当天评估病因）",
            "Older person newly quiet, sleepy or off food (possible hypoactive delirium)",
            ["not_themselves", *signs],
            S.DELIRIUM,
            ("see_doctor_today",),
        )
    ]


def _infection_moderate_risk(c: Case) -> list[Hit]:
    # NICE NG51 §1.4: with a suspected infection, an acute loss of function or a temperature
    # below 36 °C in an older person is moderate-to-high risk: a clinician today (the sepsis
    # rule takes the high-risk signs).
    if c.age_years is None or c.age_years < 65:
        return []
    infection = c.fever or c.has("cough", "urinary_symptoms", "wound_infection", "diarrhoea")
    signs = c.which("functional_decline")
    if c.v.temp_c is not None and c.v.temp_c < 36:
        signs.append(f"T {c.v.temp_c}")
    if not (infection and signs):
        return []
    return [
        hit(
            U,
            "older_infection_moderate_risk",
            "老年人感染伴活动能力骤降或体温低于36℃（脓毒症中危，当天评估）",
            "Infection in an older person with a sudden loss of function or a temperature below "
            "36 °C (moderate sepsis risk; assess today)",
            signs,
            S.SEPSIS_MODERATE,
            ("see_doctor_today",),
        )
    ]


def _after_a_fall(c: Case) -> list[Hit]:
    # NICE NG232 2023 / CKS head injury: days to weeks after a fall, an older person's new
    # headache, unsteadiness, slowed thinking or confusion is a chronic subdural haematoma until
    # a scan says otherwise: the same day (a head injury told as such is the head-injury rule's).
    fell = c.has("fall") or c.past("fall")
    if c.age_years is None or c.age_years < 65 or not fell or c.has("head_injury"):
        return []
    if (c.hours("fall") or 0) < 48:
        return []
    signs = c.which("headache", "balance_loss", "slowed_thinking", "confusion", "drowsy")
    if not signs:
        return []
    return [
        hit(
            U,
            "possible_chronic_subdural",
            "老人摔倒几天至几周后新发头痛、走路不稳或反应变慢（警惕慢性硬膜下血肿，当天就诊）",
            "New headache, unsteadiness or slowed thinking days to weeks after a fall in an older "
            "person (possible chronic subdural haematoma; same day)",
            ["fall", *signs],
            S.CHRONIC_SUBDURAL,
            ("see_doctor_today",),
        )
    ]
