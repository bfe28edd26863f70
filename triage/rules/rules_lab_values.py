"""Laboratory and bedside values relayed from a slip, a township hospital's report or a
point-of-care device (see vitals.py for how they are read): potassium, the INR on warfarin,
sodium, calcium, haemoglobin, creatinine against the patient's own earlier value, and a child's
mid-upper arm circumference (MUAC).

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .rules_toxic_medical import SPONTANEOUS_BLEEDING
from .values import Level

E, U = Level.EMERGENCY, Level.URGENT

# Bleeding on warfarin where the INR is high (BSH 2011: intravenous vitamin K).
_BLEEDING = (*SPONTANEOUS_BLEEDING, "bleeding", "heavy_bleeding", "vaginal_bleeding")
# Hyponatraemia's and hypercalcaemia's symptoms that make a moderate value an emergency.
_BRAIN_OR_GUT = ("confusion", "drowsy", "unconscious", "seizure", "vomiting", "repeated_vomiting")
# Anaemia costing the heart: symptoms at a low haemoglobin that need a transfusion now.
_ANAEMIA_DECOMPENSATED = ("dyspnoea", "severe_dyspnoea", "chest_pain", "syncope", "confusion")


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    for rule in (
        _potassium, _inr, _sodium, _calcium, _haemoglobin, _platelets, _creatinine, _muac,
    ):  # fmt: skip
        out.extend(rule(c))
    return out


def _potassium(c: Case) -> list[Hit]:
    # UKKA 2020: potassium 6.5 or more (or below 2.5) is an emergency (arrhythmia); 6.0-6.4
    # (or 2.5-2.9) needs an ECG and a repeat test the same day.
    k = c.v.potassium
    if k is None or 3.0 <= k < 6.0:
        return []
    severe = k >= 6.5 or k < 2.5
    high = k >= 6.0
    unwell = c.which(
        "syncope", "palpitations", "leg_weakness", "fatigue", "ckd", "missed_dialysis",
        "peritoneal_dialysis",
    )  # fmt: skip
    if high and c.has("haemolysed_sample") and not unwell:
        # UKKA 2020: a haemolysed or delayed sample in a well person without kidney disease
        # is repeated the same day before anything is treated
        return [
            hit(
                U,
                "hyperkalaemia_haemolysed_sample",
                "标本溶血/放置过久的高钾、无症状无肾病（当天复查血钾和心电图）",
                "High potassium in a haemolysed or delayed sample, well, no kidney disease "
                "(repeat the potassium and an ECG today)",
                [f"K {k}", "haemolysed_sample"],
                S.PSEUDOHYPERKALAEMIA,
                ("see_doctor_today",),
            )
        ]
    return [
        hit(
            E if severe else U,
            "hyperkalaemia" if high else "hypokalaemia",
            ("高钾血症" if high else "低钾血症") + ("（危急值）" if severe else "（当天复查）"),
            ("Hyperkalaemia" if high else "Hypokalaemia") + (", severe" if severe else ""),
            [f"K {k}", *c.which("syncope", "palpitations")],
            S.POTASSIUM,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]


def _inr(c: Case) -> list[Hit]:
    # 华法林抗凝治疗的中国专家共识 2013 / ACCP 2012 (BSH 2011 from 5): an INR of 4.5 or more
    # needs warfarin withheld and the dose reviewed today (above 8, oral vitamin K); bleeding
    # with an INR of 8 or more needs intravenous vitamin K, in hospital. Bleeding at a lower
    # INR is the anticoagulant bleeding rule's (rules_toxic_medical).
    inr = c.v.inr
    if inr is not None and inr < 2.0 and _mechanical_valve(c):
        # ESC/EACTS 2021 valvular heart disease §11 / BSH 2011: a mechanical valve's INR below
        # its range (2.5-3.5 for most) risks valve thrombosis and a stroke: the dose and bridging
        # with heparin are decided today.
        return [
            hit(
                U,
                "mechanical_valve_inr_low",
                "机械瓣膜INR低于目标范围（当天评估调整华法林、是否肝素桥接）",
                "INR below range with a mechanical heart valve (warfarin and heparin bridging "
                "decided today)",
                ["prosthetic_valve", f"INR {inr:g}"],
                S.MECHANICAL_VALVE_INR,
                ("see_doctor_today",),
            )
        ]
    if inr is None or inr < 4.5:
        return []
    bleeding = c.which(*_BLEEDING)
    if inr >= 8.0 and bleeding:
        return [
            hit(
                E,
                "inr_high_bleeding",
                "INR≥8伴出血（需静脉维生素K）",
                "INR 8 or more with bleeding (needs intravenous vitamin K)",
                [f"INR {inr:g}", *bleeding],
                S.INR,
                ("call_120",),
            )
        ]
    return [
        hit(
            U,
            "inr_high",
            "INR过高（今天停用华法林并调整剂量，由医生决定）",
            "INR too high (warfarin to be withheld and the dose reviewed by a doctor today)",
            [f"INR {inr:g}", *bleeding],
            S.INR,
            ("see_doctor_today",),
        )
    ]


def _mechanical_valve(c: Case) -> bool:
    """A replaced heart valve that needs lifelong warfarin: not a tissue (bioprosthetic) one."""
    told = c.told("prosthetic_valve")
    return c.has("prosthetic_valve") and not any(w in told for w in ("生物", "tissue", "bio"))


def _sodium(c: Case) -> list[Hit]:
    # ESE 2014 / NICE CKS: hyponatraemia with vomiting, confusion, drowsiness or a seizure is an
    # emergency at any value below 130; so is a sodium below 120. Below 130 in someone well
    # (most are chronic and well) needs assessment the same day: below 125 is severe, and
    # primary-care pathways send 120-124 to same-day emergency care, not admission.
    # Hypernatraemia (Adrogue & Madias 2000): 160 or more is severe; 150-159 the same day.
    na = c.v.sodium
    if na is None or 130 <= na < 150:
        return []
    trigger = f"Na {na}"
    if na >= 150:
        severe = na >= 160
        return [
            hit(
                E if severe else U,
                "hypernatraemia",
                "高钠血症" + ("（危急值）" if severe else "（当天就诊）"),
                "Hypernatraemia" + (", severe" if severe else ""),
                [trigger, *c.which(*_BRAIN_OR_GUT)],
                S.SODIUM,
                ("call_120",) if severe else ("see_doctor_today",),
            )
        ]
    symptoms = c.which(*_BRAIN_OR_GUT)
    severe = na < 120 or bool(symptoms)
    return [
        hit(
            E if severe else U,
            "hyponatraemia",
            "低钠血症" + ("（极重度或有症状）" if severe else "（当天就诊）"),
            "Hyponatraemia" + (", very low or with symptoms" if severe else ""),
            [trigger, *symptoms],
            S.SODIUM,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]


def _calcium(c: Case) -> list[Hit]:
    # NICE CKS hypercalcaemia: adjusted calcium above 3.5, or above 3.0 with confusion,
    # vomiting or drowsiness, is an emergency; 3.0-3.5 urgent (same day). Society for
    # Endocrinology 2016: below 1.9, or below 2.1 with tetany (cramps, carpopedal spasm) or a
    # seizure, needs intravenous calcium; tingling alone (mouth, fingers) at 1.9-2.1 needs a
    # doctor the same day.
    ca = c.v.calcium
    if ca is None or 2.1 <= ca < 2.6:
        return []
    trigger = f"Ca {ca:g}"
    if 2.6 <= ca < 3.0:
        # NICE CKS hypercalcaemia: 2.6-3.0 with symptoms (sickness, thirst, tiredness,
        # constipation) is investigated and treated the same day; without them, routinely.
        mild = c.which("nausea", "vomiting", "thirst", "polyuria", "fatigue", "constipation")
        return (
            [
                hit(
                    U,
                    "hypercalcaemia",
                    "高钙血症伴症状（恶心、口渴、乏力：当天就诊）",
                    "Hypercalcaemia with symptoms (sickness, thirst, tiredness: today)",
                    [trigger, *mild],
                    S.CALCIUM,
                    ("see_doctor_today",),
                )
            ]
            if mild
            else []
        )
    if ca >= 3.0:
        symptoms = c.which(*_BRAIN_OR_GUT)
        severe = ca > 3.5 or bool(symptoms)
        return [
            hit(
                E if severe else U,
                "hypercalcaemia",
                "高钙血症" + ("（重度或有症状）" if severe else "（当天就诊）"),
                "Hypercalcaemia" + (", severe or with symptoms" if severe else ""),
                [trigger, *symptoms],
                S.CALCIUM,
                ("call_120",) if severe else ("see_doctor_today",),
            )
        ]
    tetany = c.which("muscle_cramp", "seizure")
    tingling = c.which("numbness", "limb_numb")
    if ca < 1.9 or tetany:
        return [
            hit(
                E,
                "hypocalcaemia",
                "低钙血症（重度或有手足痉挛/抽搐）",
                "Hypocalcaemia, severe or with tetany",
                [trigger, *tetany, *tingling],
                S.CALCIUM,
                ("call_120",),
            )
        ]
    if not tingling:
        return []
    return [
        hit(
            U,
            "hypocalcaemia_tingling",
            "低钙血症伴口周/手指发麻（当天就诊）",
            "Hypocalcaemia with tingling of the mouth or fingers",
            [trigger, *tingling],
            S.CALCIUM,
            ("see_doctor_today",),
        )
    ]


def _haemoglobin(c: Case) -> list[Hit]:
    # WHO 2011/2024: severe anaemia is haemoglobin below 70 g/L in children under 5 and in
    # pregnancy, below 80 g/L from 5 years on (men and non-pregnant women): assessment the same
    # day for its cause and a transfusion (NICE NG24's threshold is 70). Below 50 g/L, or
    # severe anaemia with breathlessness, chest pain, a faint or confusion, is an emergency.
    hb = c.v.hb
    severe_below = 70 if c.under5 or c.pregnant else 80
    if hb is None or hb >= severe_below:
        return []
    symptoms = c.which(*_ANAEMIA_DECOMPENSATED)
    if c.has("exertional") and not c.has("severe_dyspnoea"):  # breathless on exertion only
        symptoms = [s for s in symptoms if s != "dyspnoea"]
    critical = hb < 50 or bool(symptoms)
    return [
        hit(
            E if critical else U,
            "severe_anaemia",
            "重度贫血" + ("（极重度或伴气促/胸痛/晕厥）" if critical else "（当天就诊）"),
            "Severe anaemia" + (", very low or with symptoms" if critical else ""),
            [f"Hb {hb}", *symptoms],
            S.HAEMOGLOBIN,
            ("call_120",) if critical else ("see_doctor_today",),
        )
    ]


def _platelets(c: Case) -> list[Hit]:
    # ASH 2019 immune thrombocytopenia §1 / 成人原发免疫性血小板减少症诊断与治疗中国指南(2020):
    # a platelet count below 20 x10^9/L needs a doctor today (ASH: admission for a new finding,
    # even without bleeding); with bleeding from the nose, gums, gut or urine, or blood
    # blisters in the mouth, it is an emergency (platelets and treatment in hospital).
    plt = c.v.platelets
    if plt is None or plt >= 20:
        return []
    # (bruises and skin spots are what a low count shows, not the bleeding that makes it an
    # emergency; ASH 2019: known ITP with skin bleeding only follows its haematology plan)
    bleeding = [b for b in c.which(*_BLEEDING, "wet_purpura") if b != "bruise"]
    if not bleeding and (c.has("itp") or c.past("itp")):
        return []
    return [
        hit(
            E if bleeding else U,
            "platelets_very_low",
            "血小板极低（<20×10⁹/L）" + ("伴出血（打120）" if bleeding else "（当天就诊）"),
            "Platelets very low (below 20 x10^9/L)"
            + (" with bleeding (call 120)" if bleeding else " (see a doctor today)"),
            [f"PLT {plt}", *bleeding],
            S.PLATELETS_LOW,
            ("call_120",) if bleeding else ("see_doctor_today",),
        )
    ]


def _creatinine(c: Case) -> list[Hit]:
    # KDIGO 2012 AKI guideline §2.1 / NICE NG148 (2019) §1.2-1.3: a creatinine 1.5 times or
    # more the patient's own earlier value is acute kidney injury: find and treat the cause
    # (dehydration, an NSAID, an ACE inhibitor or diuretic while ill, a blocked catheter) and
    # review the medicines the same day. Both values must be in the same units.
    # NICE NG136 (2019) §1.4 / NICE CKS ACE inhibitors: after starting or raising an ACE
    # inhibitor or ARB, a rise of 30% or more is stopped and reviewed the same day.
    now, before = c.v.creatinine, c.v.creatinine_before
    if now is None or before is None or (now < 20) != (before < 20):
        return []
    if now < (1.3 if c.has("acei_arb") else 1.5) * before:
        return []
    return [
        hit(
            U,
            "aki_creatinine",
            "肌酐比本人以往升高到1.5倍以上（急性肾损伤，当天评估病因并调整用药）",
            "Creatinine 1.5 times or more the patient's earlier value (acute kidney injury; "
            "find the cause and review medicines today)",
            [f"creatinine {now:g} (was {before:g})"],
            S.AKI_CREATININE,
            ("see_doctor_today",),
        )
    ]


def _muac(c: Case) -> list[Hit]:
    # WHO 2013: MUAC below 115 mm in a child of 6-59 months is severe acute malnutrition:
    # refer for therapeutic feeding the same day; with poor appetite (a failed appetite test)
    # it is complicated and needs inpatient care now. Oedema of both feet is
    # rules_toxic_medical's; IMCI's danger signs are the children's rules'. MUAC's cut-off is
    # not for a known age below 6 months or of 5 years and over; a MUAC with no age told is a
    # child's (it is measured in children).
    muac = c.v.muac_mm
    months = c.age_months
    if muac is None or muac >= 115 or c.facts.age_hint == "adult":
        return []
    if months is not None and not 6 <= months < 60:
        return []
    appetite = c.which("poor_appetite", "poor_feeding", "unable_to_drink")
    label = "Severe acute malnutrition (MUAC under 115 mm)"
    return [
        hit(
            E if appetite else U,
            "severe_acute_malnutrition_muac",
            "重度急性营养不良（上臂围<115毫米）" + ("，食欲差" if appetite else ""),
            label + (", poor appetite" if appetite else ""),
            [f"MUAC {muac} mm", *appetite],
            S.MUAC,
            ("child_transfer_measures", "call_120") if appetite else ("see_doctor_today",),
        )
    ]
