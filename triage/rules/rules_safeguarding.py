"""Safeguarding told through a medical visit: a threat to kill with a weapon or an abuser
nearby, strangulation by a partner, domestic abuse, signs that a child is being hurt or
neglected, a parent who cannot cope, forced marriage and exploitation, an intoxicated child,
a person with dementia unsafe at home, and the abuse or neglect of an older person. A clinic
that sees the injury is often the only service that will: what it does today matters.

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

E, U = Level.EMERGENCY, Level.URGENT

# Signs that strangulation hurt the airway, the vessels or the brain (FFLM/IFAS 2023).
_STRANGULATION_RED = (
    "syncope", "unconscious", "hoarse", "unable_to_drink", "dyspnoea", "stridor",
    "vision_disturbance", "incontinence", "confusion", "seizure",
)  # fmt: skip


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    for rule in (
        _immediate_danger,
        _strangulation,
        _domestic_abuse,
        _child_protection,
        _parent_not_coping,
        _forced_marriage_or_exploitation,
        _intoxicated_child,
        _dementia_unsafe,
    ):
        out.extend(rule(c))
    return out


def _immediate_danger(c: Case) -> list[Hit]:
    # NICE PH50 / WHO 2013 / 反家庭暴力法: a threat to kill with a weapon at hand, an abuser
    # present or on the way, or a young child alone with no adult coming back: police and
    # ambulance now.
    threat = c.which("threat_to_kill")
    danger = c.which("weapon", "attacker_present")
    abandoned = c.is_child and c.has("abandonment")
    if not ((threat and danger) or abandoned):
        return []
    return [
        hit(
            E,
            "immediate_danger",
            "有人持械威胁杀人/施暴者就在附近（立即报警并呼叫120）",
            "Threat to kill with a weapon or the abuser nearby (police and ambulance now)",
            [*threat, *danger, *c.which("child_left_alone", "abandonment")],
            S.IMMEDIATE_DANGER,
            ("call_police", "call_120"),
        )
    ]


def _strangulation(c: Case) -> list[Hit]:
    # FFLM/IFAS 2023: strangulation with a faint, a changed voice, painful swallowing,
    # breathlessness, seeing stars or in pregnancy: emergency department now; otherwise the
    # same day (and the safety assessment that goes with domestic abuse).
    if not c.has("strangulation"):
        return []
    red = c.which(*_STRANGULATION_RED) + (["pregnant"] if c.pregnant else [])
    return [
        hit(
            E if red else U,
            "strangulation",
            "被掐脖子/勒颈"
            + ("（伴晕厥、声音改变、吞咽痛或气促，急诊评估）" if red else "（当天评估）"),
            "Strangled by someone"
            + (
                " (with a faint, voice change, painful swallowing or breathlessness: emergency)"
                if red
                else " (assess today)"
            ),
            ["strangulation", *red],
            S.STRANGULATION,
            ("call_120",) if red else ("see_doctor_today", "safeguarding_today"),
        )
    ]


def _domestic_abuse(c: Case) -> list[Hit]:
    # NICE PH50 / WHO 2013: injuries from a partner, or a threat to kill, need a same-day
    # safety assessment, documented injuries and a referral.
    signs = c.which("partner_violence", "threat_to_kill")
    # WHO elder abuse 2022 / NICE NG189: an older or dependent adult afraid of the person who
    # cares for them, or with grip marks, is abused until shown otherwise
    if c.is_adult and c.has("afraid_of_carer"):
        signs += c.which("afraid_of_carer", "grip_marks", "burn", "neglect_signs")
    if not signs:
        return []
    return [
        hit(
            U,
            "domestic_abuse",
            "家庭暴力/亲密伴侣暴力（当天评估安全、记录伤情并转介）",
            "Domestic abuse (same-day safety assessment, injuries documented, referral)",
            [*signs, *c.which("pregnant", "bruise")],
            S.DOMESTIC_ABUSE,
            ("see_doctor_today", "safeguarding_today"),
        )
    ]


def _child_protection(c: Case) -> list[Hit]:
    # NICE CG89: injuries without a suitable explanation, patterned burns or bruises, bite
    # marks, a torn frenulum, a child's disclosure, a child left alone, neglect or
    # exploitation: same-day paediatric assessment and a referral to children's social care.
    # A baby not yet mobile with a swollen limb may have a fracture.
    if not c.is_child and not (c.age_years is not None and c.age_years < 18):
        return []
    signs = c.which(
        "child_abuse_sign",
        "abuse_disclosure",
        "child_left_alone",
        "exploitation",
        "neglect_signs",
        "grip_marks",
    )
    # PRC Criminal Law art. 236 and the 2020 mandatory-reporting opinion: a girl under 14 who
    # is pregnant or needs emergency contraception has been sexually abused in law: report.
    if c.age_years is not None and c.age_years < 14 and c.female:
        signs += c.which("pregnant", "positive_pregnancy_test", "emergency_contraception")
    swollen = ("limb_swelling_arm", "limb_swelling_leg", "limb_injury", "large_swelling")
    if c.months_below(12) and c.has(*swollen):
        signs += c.which(*swollen)
    # NICE CG89 §1.2: an injury brought late without a reason that fits, and a sexually
    # transmitted infection in a child under 13
    injury = c.which(*swollen, "bruise", "burn", "fracture")
    if c.has("delayed_presentation") and injury:
        signs += ["delayed_presentation", *injury]
    if c.age_years is not None and c.age_years < 13:
        signs += c.which("sti_found")
    if not signs:
        return []
    # NICE CG89 / NG232 (2023): a baby with a sign of maltreatment who is irritable, vomiting,
    # drowsy or fitting may have a head injury or fractures: hospital now.
    unwell = c.which("irritable", "vomiting", "drowsy", "seizure", "unconscious")
    if c.months_below(12) and unwell:
        return [
            hit(
                E,
                "child_protection_infant_unwell",
                "婴儿疑似受虐且烦躁/呕吐/嗜睡（可能颅脑损伤或骨折，立即送医）",
                "A baby with a sign of maltreatment who is irritable, vomiting or drowsy (possible "
                "head injury or fractures: hospital now)",
                [*signs, *unwell],
                S.CHILD_PROTECTION,
                ("call_120", "safeguarding_today"),
            )
        ]
    return [
        hit(
            U,
            "child_protection",
            "疑似儿童受虐/被忽视（当天儿科评估并报告）",
            "Suspected child maltreatment or neglect (same-day paediatric assessment and report)",
            signs,
            S.CHILD_PROTECTION,
            ("see_doctor_today", "safeguarding_today"),
        )
    ]


def _parent_not_coping(c: Case) -> list[Hit]:
    # NICE CG192 / ICON: a parent who fears shaking or harming the baby but has not, and
    # says so, needs help and a safety plan today (an intent to harm is the perinatal
    # mental health rule's emergency).
    if not c.has("carer_not_coping") or c.has("child_harm_intent"):
        return []
    return [
        hit(
            U,
            "parent_not_coping",
            "照护者说撑不住、怕伤到孩子（当天支持与安全计划）",
            "A parent or carer who cannot cope and fears hurting the baby (help today)",
            ["carer_not_coping", *c.which("postpartum")],
            S.PARENT_NOT_COPING,
            ("see_doctor_today",),
        )
    ]


def _forced_marriage_or_exploitation(c: Case) -> list[Hit]:
    # Forced marriage guidance 2023 ("one chance"), UNODC: a private, same-day safety plan;
    # to be taken away with the family waiting outside is immediate danger.
    signs = c.which("forced_marriage", "exploitation")
    if not signs:
        return []
    now = c.which("attacker_present")
    return [
        hit(
            E if now else U,
            "forced_marriage_or_exploitation",
            "疑似被逼婚/被拐卖/被剥削"
            + ("（家人就在外面，立即报警）" if now else "（单独询问，当天转介）"),
            "Possible forced marriage, trafficking or exploitation"
            + (" (family waiting outside: police now)" if now else " (see alone, refer today)"),
            [*signs, *now],
            S.FORCED_MARRIAGE,
            ("call_police",) if now else ("see_doctor_today", "safeguarding_today"),
        )
    ]


def _intoxicated_child(c: Case) -> list[Hit]:
    # NICE CKS / RCPCH: a child (under 18) drunk or on an unknown substance: same-day
    # assessment and safeguarding (reduced consciousness is the alcohol rules' emergency).
    if c.age_years is None or c.age_years >= 18 or c.age_years < 8:
        return []
    found = c.which("alcohol", "stimulant_use", "illicit_alcohol", "unknown_substance")
    if not found:
        return []
    return [
        hit(
            U,
            "intoxicated_child",
            "未成年人醉酒/吸入不明物质（当天评估并关注保护）",
            "A child drunk or on an unknown substance (assess today; safeguarding)",
            found,
            S.INTOXICATED_MINOR,
            ("see_doctor_today",),
        )
    ]


def _dementia_unsafe(c: Case) -> list[Hit]:
    # NICE NG97: a person with dementia left alone, wandering or unsafe (gas left on), or a
    # carer at breaking point: a same-day review of care.
    dementia = c.has("dementia") or c.which("dementia_unsafe")
    signs = c.which("dementia_unsafe", "child_left_alone", "carer_not_coping", "neglect_signs")
    if not dementia or not signs or (c.age_years is not None and c.age_years < 60):
        return []
    return [
        hit(
            U,
            "dementia_unsafe",
            "痴呆老人独处/走失/居家不安全（当天安排照护）",
            "A person with dementia alone, wandering or unsafe at home (review care today)",
            signs,
            S.DEMENTIA_UNSAFE,
            ("see_doctor_today",),
        )
    ]
