"""Injuries, bleeds and behavioural emergencies that no other family covers: spinal injury with
neurological symptoms, a nosebleed that first aid does not stop, renal colic (with fever: an
obstructed infected kidney), tetanus, drowning, acute psychosis or threatened violence, and
psychosis around childbirth.

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

E, U = Level.EMERGENCY, Level.URGENT


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    for rule in (
        _ent_emergencies,
        _spinal_injury,
        _epistaxis,
        _renal_colic,
        _tetanus,
        _psychiatric,
        _catatonia,
        _eating_disorder,
        _drowning,
    ):
        out.extend(rule(c))
    return out


def _spinal_injury(c: Case) -> list[Hit]:
    # NICE NG41 2016 §1.1-1.3 / Canadian C-spine rule: neck or back pain after an injury with
    # numbness, tingling or weakness in the limbs is a spinal cord injury until imaged:
    # immobilise and transfer. (A dangerous mechanism alone is the major-trauma rule's.)
    spine = c.which("neck_pain", "back_pain")
    injury = c.which("fall", "major_trauma", "head_injury", "limb_injury")
    neuro = c.which("limb_numb", "leg_weakness", "unilateral_weakness")
    # Both legs weak and numb after a fall (两条腿动不了，也没感觉) is cord injury even when no
    # back pain is told.
    cord = c.has("leg_weakness") and c.has("limb_numb", "incontinence")
    if not (injury and neuro and (spine or cord)):
        return []
    return [
        hit(
            E,
            "spinal_injury",
            "外伤后颈/腰背痛伴肢体麻木无力（疑脊髓损伤）",
            "Neck or back pain after an injury with numb or weak limbs (possible spinal injury)",
            spine + injury + neuro,
            S.SPINAL_INJURY,
            ("call_120", "immobilise"),
        )
    ]


def _ent_emergencies(c: Case) -> list[Hit]:
    # ENT UK / NICE CKS: a button battery or magnets in the nose or ear burn through the tissue
    # within hours (removal now); a blow or wound to the front of the neck with a changed voice,
    # blood coughed up or air under the skin is an airway injury (ATLS, NICE NG39).
    out: list[Hit] = []
    if c.has("battery_in_nose_or_ear"):
        out.append(
            hit(
                E,
                "battery_in_nose_or_ear",
                "纽扣电池或磁铁在鼻腔/耳道内（数小时内烧伤组织，立即取出）",
                "A button battery or magnets in the nose or ear (burns within hours: removal now)",
                ["battery_in_nose_or_ear"],
                S.BATTERY_IN_NOSE_OR_EAR,
                ("call_120",),
            )
        )
    # BSG / NICE CKS Dysphagia: a food bolus with saliva not going down is complete obstruction
    # (endoscopy within hours).
    if c.has("food_bolus") and c.has("drooling", "unable_to_drink"):
        out.append(
            hit(
                E,
                "food_bolus_obstruction",
                "食物嵌顿在食管、口水都咽不下（完全梗阻，立即送医）",
                "Food stuck in the gullet with saliva not going down (complete obstruction: "
                "hospital now)",
                ["food_bolus", *c.which("drooling", "unable_to_drink")],
                S.FOOD_BOLUS,
                ("call_120",),
            )
        )
    airway = c.which("hoarse", "haemoptysis", "surgical_emphysema", "stridor")
    if c.has("neck_trauma") and airway:
        out.append(
            hit(
                E,
                "neck_injury_airway",
                "颈部外伤伴声音改变/咯血/皮下气肿（气道损伤，立即送医）",
                "A neck injury with a changed voice, blood coughed up or air under the skin "
                "(airway injury: hospital now)",
                ["neck_trauma", *airway],
                S.NECK_TRAUMA,
                ("call_120",),
            )
        )
    return out


def _epistaxis(c: Case) -> list[Hit]:
    # NICE CKS Epistaxis 2024: a nosebleed not stopped by 10-15 minutes of firm pinching
    # goes to the emergency department (same day); with signs of shock, call an ambulance.
    # Anticoagulation makes it more likely to continue but is not in itself a referral.
    if not c.has("nosebleed", "nosebleed_persistent"):
        return []
    hours = max(c.hours("nosebleed") or 0, c.hours("nosebleed_persistent") or 0)
    persistent = c.which("nosebleed_persistent")
    # One stopped by pressure (止住了, "stopped after 10 min", which the seizure words read as
    # an episode that ended) is over, however long ago it began.
    stopped = c.has("q_symptom_free_now", "seizure_ended")
    if hours >= 0.25 and not c.mild("nosebleed") and not stopped:
        persistent.append("nosebleed")
    if not persistent:
        return []
    # (blood the nose is costing: dizzy or faint on standing, pale and sweating, SBP under 100)
    shock = c.shock_signs() + c.blood_loss_signs()
    if shock:
        shock = list(dict.fromkeys(shock + c.which("sweating")))
    # NICE CKS Epistaxis: blood running down the back of the throat despite pressure is a
    # posterior bleed, which a clinic cannot pack: hospital now.
    shock += c.which("posterior_epistaxis")
    level = E if shock else U
    return [
        hit(
            level,
            "persistent_epistaxis",
            "鼻出血压迫后不止",
            "Nosebleed not stopped by first aid",
            persistent + c.which("anticoagulant") + shock,
            S.EPISTAXIS,
            ("call_120", "pressure_bleeding")
            if level is E
            else ("see_doctor_today", "pressure_bleeding"),
        )
    ]


def _renal_colic(c: Case) -> list[Hit]:
    # NICE CKS Renal or ureteric colic 2024 / EAU Urolithiasis 2023 §3.4.2: colic with fever
    # or rigors is an obstructed, infected kidney: admit immediately for decompression.
    # Colic without fever needs same-day analgesia and assessment, as does loin or back pain
    # with blood in the urine that is severe, comes in waves, will not let the person keep
    # still, or is in someone known to form stones.
    colic = c.which("renal_colic")
    loin = c.which("back_pain", "flank_pain")
    stones_before = c.known("renal_colic")  # 肾结石病史: a stone former
    like_colic = c.which("colicky", "writhing", "agitation")
    if (
        not colic
        and loin
        and c.has("haematuria")
        and (c.severe(*loin) or stones_before or like_colic)
    ):
        colic = [*loin, "haematuria", *like_colic]
    infection = (["fever"] if c.fever else []) + c.which("rigors")
    if not colic and loin and stones_before and infection:
        colic = list(loin)  # loin pain with a fever in a stone former (EAU 2023 §3.4.2)
    if not colic:
        return []
    if infection:
        return [
            hit(
                E,
                "obstructed_infected_kidney",
                "肾绞痛伴发热（疑梗阻性肾盂肾炎）",
                "Renal colic with fever (possible obstructed infected kidney)",
                colic + infection,
                S.RENAL_COLIC,
                ("call_120",),
            )
        ]
    # NICE CKS: a stone blocking a solitary kidney can stop all urine: admit immediately.
    only_kidney = c.which("solitary_kidney")
    if only_kidney:
        return [
            hit(
                E,
                "colic_solitary_kidney",
                "独肾患者肾绞痛（梗阻可致无尿，立即转诊）",
                "Renal colic in a solitary kidney (obstruction can stop all urine)",
                colic + only_kidney,
                S.RENAL_COLIC,
                ("call_120",),
            )
        ]
    return [
        hit(
            U,
            "renal_colic",
            "疑似肾绞痛/尿路结石（当天止痛及评估）",
            "Possible renal colic (same-day pain relief and assessment)",
            colic + c.which("haematuria"),
            S.RENAL_COLIC,
            ("see_doctor_today",),
        )
    ]


def _tetanus(c: Case) -> list[Hit]:
    # WHO 2017 tetanus: trismus (lockjaw), neck or back stiffness and spasms days to weeks
    # after a wound are tetanus: hospital now (airway, antitoxin). A question about the
    # tetanus jab is prophylaxis (read as ~tetanus_named), not disease.
    signs = c.which("tetanus_signs")
    if c.has("tetanus_named"):
        signs += c.which("neck_stiffness", "unable_to_drink", "muffled_voice", "seizure")
    wound = c.which("minor_wound", "deep_wound", "foot_ulcer", "animal_bite")
    if not signs and wound and c.has("soil_contaminated"):
        # 外伤后破伤风疫苗和被动免疫制剂使用指南(2019): a wound with soil, manure or rust is
        # tetanus-prone: vaccine (and immunoglobulin unless fully immunised) within 24 hours.
        return [
            hit(
                U,
                "tetanus_prone_wound",
                "破伤风易感伤口（泥土/粪便/铁锈污染）：当天清创并评估破伤风免疫",
                "Tetanus-prone wound (soil, manure or rust): clean it and assess tetanus "
                "immunisation today",
                [*wound, "soil_contaminated"],
                S.TETANUS_PRONE,
                ("see_doctor_today", "wash_wound"),
            )
        ]
    if not signs:
        return []
    if (
        c.has("sore_throat")
        and not (wound or c.has("tetanus_named", "neck_stiffness"))
        and set(signs) <= {"tetanus_signs"}
    ):
        # NICE NG84 / CKS Sore throat: a mouth that will not open after days of a worsening sore
        # throat, with no wound, is the trismus of a quinsy (the ENT rules' same day or
        # emergency), not lockjaw.
        return []
    return [
        hit(
            E,
            "tetanus",
            "疑似破伤风（牙关紧闭/颈强直）",
            "Possible tetanus (lockjaw, stiff neck, spasms)",
            c.which("tetanus_named") + signs,
            S.TETANUS,
            ("call_120",),
        )
    ]


def _psychiatric(c: Case) -> list[Hit]:
    # WHO mhGAP 2.0 §PSY / 精神障碍诊疗规范2020 §精神科急诊: threatening others with a weapon
    # or to kill is an emergency (keep others safe, call 120 and the police); new psychotic
    # symptoms (delusions, hallucinations) need same-day assessment.
    # NICE CG192 §1.10: psychotic symptoms after childbirth (or in pregnancy) are postpartum
    # psychosis until assessed, within hours; a mother who speaks of taking her baby with her or
    # harming it is an emergency in any case (WHO mhGAP §SUI).
    perinatal = c.pregnant or c.has("postpartum")
    if c.has("child_harm_intent") or (perinatal and c.has("psychosis")):
        return [
            hit(
                E,
                "perinatal_psychiatric_emergency",
                "产后/孕期精神病性症状或有伤害孩子的言语（精神科急诊，勿让母婴独处）",
                "Psychosis around childbirth or talk of harming the baby (psychiatric emergency; "
                "do not leave mother and baby alone)",
                c.which("child_harm_intent", "psychosis", "postpartum", "pregnant"),
                S.POSTPARTUM_PSYCHOSIS,
                ("call_120",),
            )
        ]
    if c.has("violence_risk"):
        return [
            hit(
                E,
                "violence_risk",
                "暴力/伤人风险（精神科急诊）",
                "Threatened violence (psychiatric emergency)",
                c.which("violence_risk", "psychosis", "confusion"),
                S.PSYCHIATRIC_EMERGENCY,
                ("call_120",),
            )
        ]
    if c.has("psychosis"):
        return [
            hit(
                U,
                "acute_psychosis",
                "精神病性症状（妄想/幻觉，当天评估）",
                "Psychotic symptoms (delusions or hallucinations; same-day assessment)",
                ["psychosis"],
                S.PSYCHIATRIC_EMERGENCY,
                ("see_doctor_today",),
            )
        ]
    return []


def _catatonia(c: Case) -> list[Hit]:
    # BAP 2023: catatonia needs same-day assessment; with fever, a fast pulse or days without
    # drinking (malignant catatonia, dehydration) it is a medical emergency.
    if not c.has("catatonia"):
        return []
    danger = c.which("unable_to_drink", "reduced_urine") + (["fever"] if c.fever else [])
    if c.v.hr is not None and c.v.hr > 100:
        danger.append(f"HR {c.v.hr}")
    return [
        hit(
            E if danger else U,
            "catatonia",
            "木僵/紧张症（不动不语、保持姿势）"
            + ("伴发热、心动过速或不进饮（急诊）" if danger else "（当天评估）"),
            "Catatonia (not moving or speaking, holding postures)"
            + (" with fever, a fast pulse or no drinking (emergency)" if danger else " (same day)"),
            ["catatonia", *danger],
            S.CATATONIA,
            ("call_120",) if danger else ("see_doctor_today",),
        )
    ]


def _eating_disorder(c: Case) -> list[Hit]:
    # NICE NG69 / MEED 2022: restricting or purging with a slow pulse, lost periods, weight
    # loss or cramps needs a same-day physical risk assessment.
    if not c.has("eating_disorder"):
        return []
    risk = c.which("missed_period", "weight_loss", "muscle_cramp", "fatigue", "syncope")
    if c.v.hr is not None and c.v.hr < 60:
        risk.append(f"HR {c.v.hr}")
    if not risk:
        return []
    return [
        hit(
            U,
            "eating_disorder_physical_risk",
            "进食障碍伴躯体风险（心率慢、闭经、体重下降或抽筋，当天评估）",
            "Eating disorder with physical risk (slow pulse, lost periods, weight loss or "
            "cramps; assess today)",
            ["eating_disorder", *risk],
            S.EATING_DISORDER,
            ("see_doctor_today",),
        )
    ]


def _drowning(c: Case) -> list[Hit]:
    # WHO 2023 / ILCOR 2021: after a submersion any cough, breathlessness, blue lips, drowsiness
    # or vomiting needs hospital care at once (lung injury can follow hours later); without
    # symptoms, a same-day assessment and a few hours' observation.
    if not c.has("drowning"):
        return []
    signs = c.which(
        "cough", "dyspnoea", "severe_dyspnoea", "cyanosis", "drowsy", "unconscious", "confusion",
        "vomiting", "apnoea",
    )  # fmt: skip
    return [
        hit(
            E if signs else U,
            "drowning",
            "溺水后"
            + ("出现症状（咳嗽、气促、意识改变等）" if signs else "，暂无症状仍需当天评估"),
            "After a submersion"
            + (
                " with symptoms (cough, breathlessness, drowsiness)"
                if signs
                else ", no symptoms yet: same-day assessment"
            ),
            ["drowning", *signs],
            S.DROWNING,
            ("call_120", "rest_monitor") if signs else ("see_doctor_today",),
        )
    ]
