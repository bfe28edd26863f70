"""Medical and toxic emergencies no other family covers: shock told by the hands and pulse,
complicated severe acute malnutrition, digoxin toxicity,
serotonin toxicity, methanol from illicit spirits, electrical injury, mass stings, acute limb
ischaemia, Guillain-Barre syndrome, a fast irregular pulse, alcohol withdrawal, pulmonary
embolism, poisoning by a toxic herb, missed dialysis, covert hepatic encephalopathy in
cirrhosis, stimulant toxicity, frostbite, a myasthenic crisis and bruising with bleeding that
will not stop.

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

import re

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

E, U = Level.EMERGENCY, Level.URGENT


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    for rule in (
        _shock,
        _malnutrition,
        _digoxin,
        _serotonin,
        _neuroleptic_malignant,
        _methanol,
        _tetrodotoxin,
        _electrical,
        _stings,
        _limb_ischaemia,
        _guillain_barre,
        _fast_irregular_pulse,
        _heart_block,
        _alcohol_withdrawal,
        _pulmonary_embolism,
        _toxic_herb,
        _missed_dialysis,
        _covert_encephalopathy,
        _acute_liver_failure,
        _cirrhosis_peritonitis,
        _stimulants,
        _anticoagulant_bleeding,
        _adrenal_crisis,
        _rabies,
        _long_lie,
        _kcl_bolus,
        _dengue,
        _ovarian_torsion,
        _frostbite,
        _myasthenic_crisis,
        _bleeding_tendency,
        _favism,
        _wernicke,
        _bleach_swallowed,
        _irritant_gas,
    ):
        out.extend(rule(c))
    return out


def _shock(c: Case) -> list[Hit]:
    # WHO ETAT 2016: cold hands and feet with a weak, fast pulse is shock, at any age.
    if not (c.has("mottled_skin") and c.has("weak_pulse")):
        return []
    return [
        hit(
            E,
            "shock_cold_weak_pulse",
            "休克征象（手脚冰凉、脉搏细弱）",
            "Signs of shock (cold hands and feet, weak pulse)",
            ["mottled_skin", "weak_pulse"],
            S.SHOCK,
            ("call_120", "rest_monitor"),
        )
    ]


def _malnutrition(c: Case) -> list[Hit]:
    # WHO IMCI 2014: oedema of both feet in a child under five is complicated severe acute
    # malnutrition: refer urgently (IMCI's pink row).
    if not c.is_child or not c.under5 or not c.has("bilateral_foot_oedema"):
        return []
    return [
        hit(
            E,
            "complicated_severe_malnutrition",
            "复杂性重度急性营养不良（双足水肿）",
            "Complicated severe acute malnutrition (oedema of both feet)",
            ["bilateral_foot_oedema", *c.which("weight_loss", "unable_to_drink", "lethargy")],
            S.SAM,
            ("call_120",),
        )
    ]


def _digoxin(c: Case) -> list[Hit]:
    # ESC 2021 HF / NICE CKS Atrial fibrillation (digoxin): on digoxin, yellow vision, or a
    # pulse under 50, or confusion or a faint with nausea, vomiting or poor appetite, is
    # toxicity: hospital now. Those gut symptoms alone (or diarrhoea and vomiting that dry the
    # kidneys out), or a pulse of 50-59, need a digoxin level, potassium and creatinine the
    # same day.
    if not c.has("digoxin"):
        return []
    gut = c.which("nausea", "vomiting", "poor_appetite", "diarrhoea")
    hr = c.v.hr
    severe = c.which("xanthopsia", "confusion", "syncope") + (
        [f"HR {hr}"] if hr is not None and hr < 50 else []
    )
    if not severe:
        slow = [f"HR {hr}"] if hr is not None and hr < 60 else []
        if not (gut or slow):
            return []
        return [
            hit(
                U,
                "possible_digoxin_toxicity",
                "服地高辛期间恶心、呕吐、纳差或脉搏偏慢（当天查血药浓度、血钾、肾功能）",
                "Nausea, vomiting, poor appetite or a slowish pulse on digoxin (level, potassium "
                "and kidney function today)",
                ["digoxin", *gut, *slow],
                S.DIGOXIN,
                ("see_doctor_today",),
            )
        ]
    if not (gut or c.has("xanthopsia")) and not (hr is not None and hr < 50):
        return []  # confusion or a faint alone: the confusion and syncope rules decide
    return [
        hit(
            E,
            "digoxin_toxicity",
            "疑似地高辛中毒（恶心呕吐、黄视、心动过缓）",
            "Possible digoxin toxicity (nausea, yellow vision, slow pulse)",
            ["digoxin", *severe, *gut],
            S.DIGOXIN,
            ("call_120",),
        )
    ]


def _neuroleptic_malignant(c: Case) -> list[Hit]:
    # Maudsley Prescribing Guidelines / BNF: on an antipsychotic or metoclopramide, rigidity
    # with a fever, sweating, a fast pulse or a change in consciousness is neuroleptic malignant
    # syndrome until shown otherwise: hospital now.
    # (Parkinson's medicines stopped suddenly, 帕金森药停了两天, cause the same crisis:
    # parkinsonism-hyperpyrexia syndrome, NICE NG71 §1.9)
    cause = c.which("dopamine_blocker")
    if c.has("parkinsons") and (c.has("meds_stopped") or c.past("meds_stopped")):
        cause = ["parkinsons", "meds_stopped"]
    if not cause or not c.has("rigidity"):
        return []
    signs = (["fever"] if c.fever else []) + c.which(
        "sweating", "confusion", "drowsy", "dark_urine", "pigmented_urine"
    )
    if c.v.hr is not None and c.v.hr > 110:
        signs.append(f"HR {c.v.hr}")
    if not signs:
        return []
    return [
        hit(
            E,
            "neuroleptic_malignant_syndrome",
            "服抗精神病药后肌肉僵硬伴发热/出汗/心率快（疑恶性综合征，立即转诊）",
            "Rigidity with fever, sweating or a fast pulse on an antipsychotic (possible "
            "neuroleptic malignant syndrome: hospital now)",
            [*cause, "rigidity", *signs],
            S.NMS,
            ("call_120",),
        )
    ]


def _serotonin(c: Case) -> list[Hit]:
    # Hunter criteria: on a serotonergic drug, clonus with agitation, sweating, tremor or a
    # temperature over 38 is serotonin toxicity. Without clonus, two or more of tremor,
    # sweating, agitation, diarrhoea or a pulse over 100 on such a drug is mild toxicity:
    # stop the newly added drug, review today.
    if not c.has("serotonergic_drug"):
        return []
    if not c.has("clonus"):
        mild = c.which("tremor", "startle_jerks", "sweating", "agitation", "diarrhoea") + (
            [f"HR {c.v.hr}"] if c.v.hr is not None and c.v.hr > 100 else []
        )
        if len(mild) < 2:
            return []
        return [
            hit(
                U,
                "possible_mild_serotonin_toxicity",
                "服5-羟色胺能药物期间手抖、出汗、烦躁或心率快（疑似轻度5-羟色胺综合征，当天评估）",
                "Tremor, sweating, agitation or a fast pulse on a serotonergic drug (possible "
                "mild serotonin toxicity; review today)",
                ["serotonergic_drug", *mild],
                S.SEROTONIN,
                ("see_doctor_today",),
            )
        ]
    hot = ["fever"] if c.fever else []
    features = c.which("agitation", "sweating", "tremor") + hot
    if not features:
        return []
    return [
        hit(
            E,
            "serotonin_toxicity",
            "疑似5-羟色胺综合征（用药后阵挛、出汗、发热）",
            "Possible serotonin toxicity (clonus on a serotonergic drug)",
            ["serotonergic_drug", "clonus", *features],
            S.SEROTONIN,
            ("call_120",),
        )
    ]


def _methanol(c: Case) -> list[Hit]:
    # WHO 2014: after unlicensed or home-made spirits, blurred vision, breathlessness (acidosis),
    # a fit or coma is methanol poisoning until shown otherwise; drowsiness alone is the
    # ethanol's.
    if not c.has("illicit_alcohol"):
        return []
    signs = c.which("vision_disturbance", "dyspnoea", "unconscious", "seizure")
    if not signs:
        return []
    return [
        hit(
            E,
            "possible_methanol_poisoning",
            "疑似甲醇中毒（散装酒/假酒后视物模糊等）",
            "Possible methanol poisoning (illicit spirits, then blurred vision)",
            ["illicit_alcohol", *signs],
            S.METHANOL,
            ("call_120", "poison_measures"),
        )
    ]


def _tetrodotoxin(c: Case) -> list[Hit]:
    # WHO IPCS (tetrodotoxin) / 河鲀毒素中毒诊治: numb lips, tongue or fingers, weakness,
    # vomiting or breathlessness within hours of eating pufferfish is tetrodotoxin poisoning,
    # which paralyses the breathing within hours: hospital now, with the others who ate it.
    if not c.has("pufferfish"):
        return []
    signs = c.which(
        "numbness", "limb_numb", "cheek_numb", "leg_weakness", "arm_weakness_both",
        "ascending_weakness", "dyspnoea", "vomiting", "nausea", "dizziness", "speech_disturbance",
        "ptosis",
    )  # fmt: skip
    if not signs:
        return []
    return [
        hit(
            E,
            "possible_tetrodotoxin_poisoning",
            "吃河鲀后口唇/舌/手指发麻或无力（疑河鲀毒素中毒，可致呼吸麻痹，立即打120）",
            "Numbness or weakness after eating pufferfish (possible tetrodotoxin poisoning, "
            "which can stop the breathing: call 120)",
            ["pufferfish", *signs],
            S.TETRODOTOXIN,
            ("call_120", "poison_measures"),
        )
    ]


def _electrical(c: Case) -> list[Hit]:
    # ERC 2021: after an electric shock, a collapse, a burn, palpitations or chest pain need
    # ECG monitoring in hospital; otherwise an ECG the same day. A lightning strike is
    # always the hospital's (ERC 2021: delayed arrhythmia).
    if not c.has("electrical_injury"):
        return []
    serious = c.which(
        "syncope",
        "unconscious",
        "burn",
        "palpitations",
        "irregular_pulse",
        "chest_pain",
        "dyspnoea",
        "confusion",
        "fall",
    )
    lightning = c.which("lightning")
    if lightning:
        zh, en = "雷击伤", "Lightning strike"
    elif serious:
        zh, en = "电击伤伴晕倒/烧伤/心慌", "Electrical injury with collapse, burn or palpitations"
    else:
        zh, en = "电击伤（当天做心电图）", "Electrical injury"
    serious += lightning
    return [
        hit(
            E if serious else U,
            "electrical_injury",
            zh,
            en,
            ["electrical_injury", *serious],
            S.ELECTRICAL,
            ("call_120", "rest_monitor") if serious else ("see_doctor_today",),
        )
    ]


def _stings(c: Case) -> list[Hit]:
    # 胡蜂蜇伤共识 2018: more than 10 stings, or dark urine after stings: hospital now.
    if not c.has("many_stings", "sting"):
        return []
    signs = c.which("many_stings") + (c.which("pigmented_urine") if c.has("sting") else [])
    if not signs:
        return []
    return [
        hit(
            E,
            "mass_stings",
            "多处蜂蜇伤或蜇后尿色发深",
            "Many stings, or dark urine after stings",
            signs,
            S.STINGS,
            ("call_120",),
        )
    ]


_ISCHAEMIC_WORDS = re.compile(r"白|紫|青|脉|pale|white|blue|dusky|mottl|puls")


def _limb_ischaemia(c: Case) -> list[Hit]:
    # ESVS 2020: a limb that turns cold, pale, painful, pulseless or numb without an injury is
    # acute limb ischaemia (the injury rules cover a limb beyond a fracture).
    if not c.has("limb_ischaemia") or c.has("fracture", "dislocation", "limb_injury", "fall"):
        return []
    # A hand told only as cold (手冰凉, "cold hands") is not ischaemia by itself: pallor, a blue or
    # dusky colour, a lost pulse or numbness must go with it.
    told = c.told("limb_ischaemia")
    if not _ISCHAEMIC_WORDS.search(told) and not c.has("limb_numb", "pale"):
        return []
    return [
        hit(
            E,
            "acute_limb_ischaemia",
            "疑似急性肢体缺血（肢体发凉、苍白、无脉）",
            "Possible acute limb ischaemia (cold, pale, pulseless limb)",
            ["limb_ischaemia", *c.which("limb_numb")],
            S.LIMB_ISCHAEMIA,
            ("call_120",),
        )
    ]


def _guillain_barre(c: Case) -> list[Hit]:
    # 吉兰-巴雷综合征诊治指南 2019: weakness of both legs climbing to the arms; with breathing or
    # swallowing difficulty an emergency, otherwise admission the same day.
    # EAN/PNS 2023: tingling feet and hands, then weak legs, over days after an infection, or
    # with the reflexes gone, is the same picture before it has climbed.
    spread = c.which("arm_weakness_both", "ascending_weakness")
    numb = c.which("limb_numb")
    weak = c.which("leg_weakness")
    clue = c.which("recent_infection", "absent_reflexes", "diarrhoea", "common_cold")
    if c.past("recent_infection") and "recent_infection" not in clue:
        clue.append("recent_infection")  # 两个礼拜前拉过肚子: told as over, which it is
    if numb and clue and not spread and _weeks_at_most(c, 4, "limb_numb", "leg_weakness"):
        spread = numb + clue
    if not spread or not (weak or c.has("absent_reflexes")):
        return []
    bulbar = c.which("dyspnoea", "unable_to_drink", "speech_disturbance")
    return [
        hit(
            E if bulbar else U,
            "possible_guillain_barre",
            "疑似吉兰-巴雷综合征（上行性无力）",
            "Possible Guillain-Barre syndrome (ascending weakness)",
            [*weak, *spread, *bulbar],
            S.GBS,
            ("call_120",) if bulbar else ("see_doctor_today",),
        )
    ]


def _weeks_at_most(c: Case, weeks: float, *codes: str) -> bool:
    """No stated duration of the concepts is longer than the weeks given (a new complaint)."""
    return all((c.hours(code) or 0) <= weeks * 7 * 24 for code in codes)


def _fast_irregular_pulse(c: Case) -> list[Hit]:
    # ESC 2024 AF: a new irregular pulse of 110 or more needs an ECG and rate control the same day;
    # with a faint, chest pain, breathlessness, low blood pressure or a rate over 150, at once.
    hr = c.v.hr
    if c.has("irregular_pulse") and (hr is None or hr < 110) and _new_within_48h(c):
        # NICE NG196 §1.6: a new irregular pulse with palpitations that began within 48 hours
        # can still be cardioverted without weeks of anticoagulation: the same day.
        return [
            hit(
                U,
                "new_af_within_48h",
                "新出现的心慌伴脉搏不齐（48小时内，疑新发房颤，当天心电图评估）",
                "New palpitations with an irregular pulse within 48 hours (possible new atrial "
                "fibrillation; ECG today)",
                ["irregular_pulse", "palpitations"],
                S.NEW_AF,
                ("see_doctor_today",),
            )
        ]
    if not c.has("irregular_pulse") or hr is None or hr < 110:
        return []
    # (the rate itself is judged below: the shock signs' fast pulse is AF's own)
    unstable = c.which("syncope", "chest_pain") + [
        s for s in c.shock_signs() if not s.startswith("HR ")
    ]
    if c.has("dyspnoea") and not c.mild("dyspnoea"):  # mild breathlessness on stairs is not
        unstable.append("dyspnoea")
    if hr > 150:
        unstable.append(f"HR {hr}")
    return [
        hit(
            E if unstable else U,
            "fast_irregular_pulse",
            "脉搏不齐且快（疑似快速房颤）",
            "Fast irregular pulse (possible atrial fibrillation)",
            ["irregular_pulse", f"HR {hr}", *unstable],
            S.AF,
            ("call_120",) if unstable else ("see_doctor_today",),
        )
    ]


def _new_within_48h(c: Case) -> bool:
    """Palpitations told with a start in the last 48 hours (昨天晚上开始心慌)."""
    hours = c.hours("palpitations")
    return c.has("palpitations") and hours is not None and hours <= 48


def _heart_block(c: Case) -> list[Hit]:
    # ESC 2021 cardiac pacing §5: Mobitz II or complete heart block needs pacing assessment the
    # same day; with a faint, a rate below 40 or shock, at once.
    if not c.has("heart_block"):
        return []
    unstable = c.which("syncope") + c.shock_signs()
    if c.v.hr is not None and c.v.hr < 40 and f"HR {c.v.hr}" not in unstable:
        unstable.append(f"HR {c.v.hr}")
    return [
        hit(
            E if unstable else U,
            "heart_block",
            "心电图示二度/三度房室传导阻滞"
            + ("伴晕厥或心率过慢" if unstable else "（当天评估起搏）"),
            "Second- or third-degree heart block"
            + (" with a faint or a very slow rate" if unstable else " (pacing assessment today)"),
            ["heart_block", *unstable],
            S.HEART_BLOCK,
            ("call_120",) if unstable else ("see_doctor_today",),
        )
    ]


def _alcohol_withdrawal(c: Case) -> list[Hit]:
    # NICE CG100: after stopping heavy drinking, tremor, sweating or a fast pulse need
    # assessment today; hallucinations, confusion or a fit are delirium tremens, an emergency.
    if not c.has("alcohol_stopped"):
        return []
    severe = c.which("psychosis", "confusion", "seizure")
    mild = c.which("tremor", "sweating", "agitation", "palpitations")
    if c.v.hr is not None and c.v.hr > 100:
        mild.append(f"HR {c.v.hr}")
    if not severe and not mild:
        return []
    return [
        hit(
            E if severe else U,
            "alcohol_withdrawal",
            "酒精戒断" + ("（幻觉/意识混乱/抽搐）" if severe else "（手抖出汗，当天评估）"),
            "Alcohol withdrawal" + (" with hallucinations, confusion or a fit" if severe else ""),
            ["alcohol_stopped", *severe, *mild],
            S.ALCOHOL_WITHDRAWAL,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]


def _pulmonary_embolism(c: Case) -> list[Hit]:
    # NICE NG158: sudden breathlessness or pleuritic chest pain, with a fast pulse or low
    # oxygen, in someone at risk of a clot (the pill, a long journey, surgery, a plaster cast,
    # pregnancy or the weeks after birth, a swollen calf) is a pulmonary embolism until shown
    # otherwise.
    symptoms = c.which("pleuritic") + (["dyspnoea"] if c.sudden("dyspnoea") else [])
    risk = c.which("vte_risk", "calf_swelling", "postpartum") + (["pregnant"] if c.pregnant else [])
    signs = []
    if c.v.hr is not None and c.v.hr > 100:
        signs.append(f"HR {c.v.hr}")
    if c.v.spo2 is not None and c.v.spo2 < 94:
        signs.append(f"SpO2 {c.v.spo2}%")
    # Wells (NG158): signs of a DVT (3) with surgery, immobility, pregnancy or the weeks after
    # birth (1.5) already make a PE likely, whatever the pulse.
    if not signs and c.has("calf_swelling") and (c.has("vte_risk", "postpartum") or c.pregnant):
        signs.append("calf_swelling")
    if not symptoms or not risk or not signs:
        return []
    return [
        hit(
            E,
            "possible_pulmonary_embolism",
            "疑似肺栓塞（突发气短/吸气痛，心率快或血氧低，有血栓危险因素）",
            "Possible pulmonary embolism (sudden breathlessness or pleuritic pain, risk factor)",
            list(dict.fromkeys(symptoms + signs + risk)),
            S.PE,
            ("call_120", "sit_up_monitor"),
        )
    ]


def _toxic_herb(c: Case) -> list[Hit]:
    # 药典 2020 / 急性中毒共识 2016: after a herb with 大毒 (附子, 川乌, 草乌, 马钱子,
    # 雷公藤), numbness of the mouth or limbs, palpitations or an irregular pulse (aconitine),
    # stiffness or fits (strychnine), vomiting, bloody stool or little urine (tripterygium).
    if not c.has("toxic_herb"):
        return []
    signs = (
        c.which(
            "numbness",
            "limb_numb",
            "palpitations",
            "irregular_pulse",
            "seizure",
            "neck_stiffness",
            "rigidity",
            "trismus",
            "vomiting",
            "bloody_stool",
            "reduced_urine",
            "confusion",
            "dyspnoea",
            "syncope",
        )
        + c.shock_signs()
    )
    if not signs:
        return []
    return [
        hit(
            E,
            "herbal_poisoning",
            "疑似有毒中药中毒（附子/川乌/草乌/马钱子/雷公藤等）",
            "Possible poisoning by a toxic herb (aconite, strychnos, tripterygium)",
            ["toxic_herb", *signs],
            S.TOXIC_HERBS,
            ("call_120", "poison_measures"),
        )
    ]


def _missed_dialysis(c: Case) -> list[Hit]:
    # KDIGO 2012: a dialysis patient who missed sessions, with weakness, palpitations,
    # breathlessness or a slow pulse, may have a dangerous potassium or fluid overload in the
    # lungs; puffy ankles with easy breathing are dialysed today.
    if not c.has("missed_dialysis"):
        return []
    signs = [
        s
        for s in c.which("fatigue", "leg_weakness", "palpitations", "dyspnoea", "syncope")
        if not c.mild(s)  # 水肿不明显: not a sign
    ]
    if c.v.hr is not None and c.v.hr < 50:
        signs.append(f"HR {c.v.hr}")
    return [
        hit(
            E if signs else U,
            "missed_dialysis",
            "漏透析" + ("伴乏力/心慌/气短（警惕高钾、心衰）" if signs else "（今天安排透析）"),
            "Missed dialysis" + (" with weakness, palpitations or breathlessness" if signs else ""),
            ["missed_dialysis", *signs],
            S.DIALYSIS,
            ("call_120",) if signs else ("see_doctor_today",),
        )
    ]


def _covert_encephalopathy(c: Case) -> list[Hit]:
    # EASL 2022 / 肝硬化肝性脑病诊疗指南 2018: in cirrhosis, sleep turned round, slowed thinking
    # or confusion (grades 1-2) needs the trigger found today; drowsiness or coma is the
    # reduced-consciousness rules' emergency.
    if not c.has("cirrhosis"):
        return []
    signs = c.which("sleep_reversal", "slowed_thinking", "confusion")
    if c.has("asterixis"):
        # EASL 2022: asterixis with confusion is overt encephalopathy (grade 2 and above): admit
        return [
            hit(
                E,
                "overt_hepatic_encephalopathy",
                "肝硬化患者扑翼样震颤伴意识改变（显性肝性脑病，立即送医）",
                "Flapping hands with confusion in cirrhosis (overt hepatic encephalopathy: "
                "hospital now)",
                ["cirrhosis", "asterixis", *signs],
                S.HEPATIC_ENCEPHALOPATHY,
                ("call_120",),
            )
        ]
    if not signs:
        return []
    return [
        hit(
            U,
            "covert_hepatic_encephalopathy",
            "肝硬化患者昼夜颠倒、反应变慢或糊涂（肝性脑病可能，当天查找诱因）",
            "Sleep turned round, slowed thinking or confusion in cirrhosis (possible hepatic "
            "encephalopathy; find the trigger today)",
            ["cirrhosis", *signs],
            S.HEPATIC_ENCEPHALOPATHY,
            ("see_doctor_today",),
        )
    ]


def _acute_liver_failure(c: Case) -> list[Hit]:
    # EASL 2017 (acute liver failure) / 中国药物性肝损伤诊治指南 2023: jaundice with confusion,
    # drowsiness or a flapping tremor, or with an INR of 1.5 or more not explained by warfarin,
    # is acute liver failure (a baby's jaundice has its own rules).
    if not c.has("jaundice") or c.months_below(12) or c.has("cirrhosis"):
        return []
    signs = c.which("asterixis", "confusion", "drowsy", "unconscious")
    inr = c.v.inr
    if inr is not None and inr >= 1.5 and not c.has("anticoagulant"):
        signs.append(f"INR {inr}")
    if not signs:
        return []
    return [
        hit(
            E,
            "acute_liver_failure",
            "黄疸伴意识改变或凝血异常（急性肝衰竭可能，立即转上级医院）",
            "Jaundice with confusion, drowsiness, a flapping tremor or a raised INR (possible "
            "acute liver failure: hospital now)",
            ["jaundice", *signs],
            S.ACUTE_LIVER_FAILURE,
            ("call_120",),
        )
    ]


def _cirrhosis_peritonitis(c: Case) -> list[Hit]:
    # EASL 2018 decompensated cirrhosis / 肝硬化腹水诊疗指南 2023: in cirrhosis, a fever or new
    # abdominal pain is spontaneous bacterial peritonitis until a tap says otherwise: admission
    # the same day (shock or confusion are the sepsis and consciousness rules' emergency).
    if not c.has("cirrhosis"):
        return []
    signs = c.which("abdominal_pain") + (["fever"] if c.fever else [])
    if not signs:
        return []
    return [
        hit(
            U,
            "possible_spontaneous_bacterial_peritonitis",
            "肝硬化患者发热或腹痛（疑自发性细菌性腹膜炎，当天住院穿刺）",
            "Fever or abdominal pain in cirrhosis (possible spontaneous bacterial peritonitis; "
            "admission and a tap today)",
            ["cirrhosis", *signs],
            S.SBP,
            ("see_doctor_today",),
        )
    ]


def _stimulants(c: Case) -> list[Hit]:
    # WHO mhGAP SUB: after methamphetamine or cocaine, chest pain, overheating, agitation,
    # psychosis or confusion is stimulant toxicity: an emergency (ACS and hyperthermia risk).
    if not c.has("stimulant_use"):
        return []
    hot = ["fever"] if c.fever else []
    signs = c.which("chest_pain", "agitation", "psychosis", "confusion", "seizure", "palpitations")
    signs += hot
    if not signs:
        return []
    return [
        hit(
            E,
            "stimulant_toxicity",
            "疑似兴奋剂（冰毒等）中毒",
            "Possible stimulant toxicity (methamphetamine, cocaine)",
            ["stimulant_use", *signs],
            S.STIMULANTS,
            ("call_120",),
        )
    ]


# Bleeding on an anticoagulant that no injury explains (also read by rules_lab_values).
SPONTANEOUS_BLEEDING = (
    "bloody_stool",
    "melaena",
    "haematemesis",
    "haematuria",
    "nosebleed",
    "nosebleed_persistent",
    "gum_bleeding",
    "bruise",
    "haemoptysis",
    "rapid_joint_swelling",  # a joint that swelled up with no injury: a bleed into it
)


_INJURY = (
    "fall",
    "head_injury",
    "minor_wound",
    "limb_injury",
    "major_trauma",
    "fracture",
    "sprain",
)


def _anticoagulant_bleeding(c: Case) -> list[Hit]:
    # NICE CKS Anticoagulation - oral 2023: bleeding on warfarin or a DOAC with dizziness, a
    # faint, low blood pressure or a fast pulse, or that will not stop, is major bleeding
    # (emergency admission for reversal); minor bleeding (gums, bruising) needs the INR checked
    # the same day. A cut while cooking is not spontaneous bleeding: only these sites count.
    if not c.has("anticoagulant"):
        return _antiplatelet_bleeding(c)
    bleeding = c.which(*SPONTANEOUS_BLEEDING)
    if c.has(*_INJURY, "knee_injury"):
        # a bruise where it was struck, a knee that swelled after the twist
        bleeding = [b for b in bleeding if b not in ("bruise", "rapid_joint_swelling")]
    if not bleeding:
        return []
    compromise = c.blood_loss_signs() + c.which("heavy_bleeding")
    if compromise:
        return [
            hit(
                E,
                "anticoagulant_major_bleeding",
                "抗凝药物治疗中出血伴头晕/血压下降等（大出血）",
                "Bleeding on an anticoagulant with dizziness, low blood pressure or not stopping "
                "(major bleeding)",
                ["anticoagulant", *bleeding, *compromise],
                S.ANTICOAGULANT_BLEEDING,
                ("call_120",),
            )
        ]
    return [
        hit(
            U,
            "anticoagulant_bleeding",
            "抗凝药物治疗中出血（当天查凝血/INR）",
            "Bleeding on an anticoagulant (check the INR today)",
            ["anticoagulant", *bleeding],
            S.ANTICOAGULANT_BLEEDING,
            ("see_doctor_today",),
        )
    ]


def _antiplatelet_bleeding(c: Case) -> list[Hit]:
    # NICE CKS Antiplatelet treatment 2023 / ESC 2017 DAPT update: bleeding on clopidogrel,
    # ticagrelor or prasugrel (with or without aspirin: dual therapy after a stent) needs a
    # review the same day, and the patient must not stop it on their own (stent thrombosis).
    # Bleeding with signs of blood loss is the bleeding rules' emergency.
    if not c.has("p2y12_inhibitor"):
        return []
    bleeding = [b for b in c.which(*SPONTANEOUS_BLEEDING) if b != "bruise"]
    if not bleeding:
        return []
    return [
        hit(
            U,
            "antiplatelet_bleeding",
            "服氯吡格雷/替格瑞洛（双抗）期间出血（当天评估，不要自行停药）",
            "Bleeding on clopidogrel or ticagrelor (dual antiplatelets): review today, do not "
            "stop it without advice",
            ["p2y12_inhibitor", *bleeding],
            S.ANTIPLATELET_BLEEDING,
            ("see_doctor_today",),
        )
    ]


def _adrenal_crisis(c: Case) -> list[Hit]:
    # Society for Endocrinology 2020: on long-term steroids (or just stopped), vomiting,
    # abdominal pain, low blood pressure, drowsiness or confusion is adrenal crisis.
    if not c.has("long_term_steroid"):
        return []
    signs = c.which("vomiting", "abdominal_pain", "confusion", "drowsy", "lethargy", "syncope")
    if c.v.sbp is not None and c.v.sbp < 90:
        signs.append(f"SBP {c.v.sbp}")
    if len(signs) < 2:
        return []
    return [
        hit(
            E,
            "adrenal_crisis",
            "长期服用激素者出现呕吐/腹痛/低血压（疑似肾上腺危象）",
            "Vomiting, abdominal pain or low blood pressure on long-term steroids (possible "
            "adrenal crisis)",
            ["long_term_steroid", *signs],
            S.ADRENAL_CRISIS,
            ("call_120",),
        )
    ]


def _rabies(c: Case) -> list[Hit]:
    # WHO 2018 / 狂犬病暴露预防处置工作规范 2023: fear of water or drafts after an animal bite.
    if not c.has("hydrophobia") or not (c.known("animal_bite") or c.has("agitation")):
        return []
    return [
        hit(
            E,
            "possible_rabies",
            "动物咬伤后怕水/怕风（疑似狂犬病）",
            "Fear of water or drafts after an animal bite (possible rabies)",
            ["hydrophobia", *c.which("animal_bite", "agitation", "irritable")],
            S.RABIES,
            ("call_120",),
        )
    ]


def _kcl_bolus(c: Case) -> list[Hit]:
    # WHO Medication Without Harm (2017) / 国家卫健委 高警示药品: concentrated potassium chloride
    # pushed into a vein can stop the heart: monitoring and treatment now.
    if not c.has("kcl_bolus"):
        return []
    return [
        hit(
            E,
            "kcl_bolus_error",
            "浓氯化钾误静推（可致心脏骤停，立即心电监护并转诊）",
            "Concentrated potassium chloride pushed into a vein (cardiac arrest risk: now)",
            ["kcl_bolus", *c.which("palpitations", "irregular_pulse", "chest_pain")],
            S.KCL_ERROR,
            ("call_120",),
        )
    ]


def _long_lie(c: Case) -> list[Hit]:
    # NICE CG161 2013: after a long lie, dark urine (rhabdomyolysis), confusion or not being
    # able to get up needs hospital now; otherwise a same-day assessment.
    if not c.has("long_lie"):
        return []
    serious = c.which("pigmented_urine", "confusion", "drowsy", "cannot_bear_weight", "hypothermia")
    return [
        hit(
            E if serious else U,
            "long_lie" if serious else "long_lie_assessment",
            "老人长时间卧地（横纹肌溶解/低体温风险）" if serious else "长时间卧地后：当天评估",
            "Long lie on the floor (rhabdomyolysis, hypothermia)"
            if serious
            else "After a long lie on the floor: assess today",
            ["long_lie", *serious],
            S.LONG_LIE,
            ("call_120",) if serious else ("see_doctor_today",),
        )
    ]


def _dengue(c: Case) -> list[Hit]:
    # WHO 2009 dengue warning signs: abdominal pain, persistent vomiting, mucosal bleeding,
    # lethargy or restlessness: hospital. Fever with pain behind the eyes and a rash or aching
    # bones and muscles is a suspected case (WHO 2009 case definition) where dengue occurs.
    clinical = c.fever and c.has("retro_orbital_pain") and c.has("rash", "body_aches", "joint_pain")
    if not (c.has("dengue") or clinical):
        return []
    warning = c.which(
        "abdominal_pain", "repeated_vomiting", "gum_bleeding", "nosebleed", "bleeding",
        "lethargy", "drowsy", "irritable",
    )  # fmt: skip
    if not warning:
        # 登革热诊疗指南 2014: a suspected case without warning signs: blood count and report
        # the same day
        if not c.fever:
            return []
        return [
            hit(
                U,
                "suspected_dengue",
                "疑似登革热（无预警征象，当天查血常规并报告）",
                "Suspected dengue without warning signs (blood count and report today)",
                [*c.which("dengue", "retro_orbital_pain"), "fever"],
                S.DENGUE,
                ("see_doctor_today",),
            )
        ]
    return [
        hit(
            E,
            "dengue_warning_signs",
            "登革热预警征象（腹痛、持续呕吐、黏膜出血、精神差）",
            "Dengue with warning signs (abdominal pain, vomiting, bleeding, lethargy)",
            [*c.which("dengue", "retro_orbital_pain"), *warning],
            S.DENGUE,
            ("call_120",),
        )
    ]


def _ovarian_torsion(c: Case) -> list[Hit]:
    # RCOG GTG62 / NICE CKS: sudden or severe lower abdominal pain with a known ovarian cyst.
    known_cyst = c.has("ovarian_cyst") or c.past("ovarian_cyst")
    if not (known_cyst and c.has("abdominal_pain", "rlq_pain")):
        return []
    if not (c.severe("abdominal_pain", "rlq_pain") or c.sudden("abdominal_pain", "rlq_pain")):
        return []
    return [
        hit(
            E,
            "possible_ovarian_torsion",
            "卵巢囊肿伴突发剧烈下腹痛（疑似卵巢扭转）",
            "Sudden severe lower abdominal pain with an ovarian cyst (possible torsion)",
            ["ovarian_cyst", *c.which("abdominal_pain", "rlq_pain", "vomiting")],
            S.OVARIAN_TORSION,
            ("call_120", "nil_by_mouth"),
        )
    ]


def _frostbite(c: Case) -> list[Hit]:
    # Wilderness Medical Society frostbite guideline (2019 update): frostbite needs a doctor
    # the same day (blisters after rewarming mean deeper injury; tetanus cover, no refreezing);
    # a cold, confused or drowsy person is the hypothermia rules' emergency.
    if not c.has("frostbite"):
        return []
    return [
        hit(
            U,
            "frostbite",
            "冻伤（当天处理，勿再受冻、勿搓揉）",
            "Frostbite (treat today; no rubbing, no refreezing)",
            ["frostbite", *c.which("blisters")],
            S.FROSTBITE,
            ("see_doctor_today", "keep_warm"),
        )
    ]


def _myasthenic_crisis(c: Case) -> list[Hit]:
    # 中国重症肌无力诊断和治疗指南(2020) and ABN myasthenia guidance (2015): drooping eyelids or
    # known myasthenia with weak swallowing or speech and breathlessness is a myasthenic crisis
    # (respiratory failure): hospital now.
    if not c.has("myasthenia", "ptosis"):
        return []
    bulbar = c.which("unable_to_drink", "speech_disturbance", "choking")
    breathing = c.which("dyspnoea", "severe_dyspnoea", "slow_breathing")
    if c.v.rr is not None and c.v.rr >= 25:
        breathing.append(f"RR {c.v.rr}")
    if not (bulbar and breathing):
        return []
    return [
        hit(
            E,
            "myasthenic_crisis",
            "眼睑下垂/重症肌无力伴吞咽说话无力和呼吸费力（疑似肌无力危象）",
            "Drooping eyelids or myasthenia with weak swallowing or speech and breathlessness "
            "(possible myasthenic crisis)",
            [*c.which("myasthenia", "ptosis"), *bulbar, *breathing],
            S.MYASTHENIA,
            ("call_120", "sit_up_monitor"),
        )
    ]


def _bleeding_tendency(c: Case) -> list[Hit]:
    # NICE NG12 (2015, updated 2023) §1.11 and NICE CKS Bruising: unexplained petechiae or
    # widespread bruising with bleeding that will not stop, or with pallor or tiredness, may be
    # leukaemia or a platelet failure: immediate referral.
    spots = c.which("rash_nonblanching", "bruise")
    bleeding = c.which(
        "gum_bleeding", "nosebleed", "nosebleed_persistent", "haematuria", "heavy_bleeding"
    )
    unexplained = c.has("unexplained_bruising") or (c.has("bruise") and c.has("q_no_knock"))
    pale = c.which("pale")
    if unexplained and (bleeding or pale) and not c.has("rash_nonblanching"):
        # NICE NG12 §1.11.3 / NICE CKS Bruising: unexplained bruising with bleeding gums or
        # nose, or with pallor (leukaemia), needs a blood count the same day (NG12: a very
        # urgent full blood count; a platelet or clotting failure).
        return [
            hit(
                U,
                "unexplained_bruising_bleeding",
                "无外伤的青紫瘀斑伴牙龈/鼻出血或面色苍白（当天查血常规和凝血）",
                "Unexplained bruises with bleeding gums or nose, or pallor (blood count and "
                "clotting today)",
                ["unexplained_bruising", *bleeding, *pale],
                S.BLEEDING_TENDENCY,
                ("see_doctor_today",),
            )
        ]
    if not (c.has("rash_nonblanching") and spots and bleeding):
        return []
    unwell = c.which("pale", "lethargy", "fatigue", "heavy_bleeding", "nosebleed_persistent")
    if not unwell:
        return []
    if c.is_adult and not c.has("lethargy", "heavy_bleeding", "nosebleed_persistent"):
        # NICE NG12 §1.11.2: in an adult, petechiae with bleeding gums and tiredness or pallor
        # ask for a very urgent blood count (within 48 hours): a doctor today, not 120 (the
        # immediate referral is for children and young people, §1.11.1).
        return [
            hit(
                U,
                "petechiae_bleeding_adult",
                "成人出血点/瘀斑伴牙龈或鼻出血、乏力或苍白（当天查血常规，排查白血病/血小板减少）",
                "Petechiae or bruising with bleeding and tiredness or pallor in an adult (blood "
                "count today: leukaemia, low platelets)",
                [*spots, *bleeding, *unwell],
                S.BLEEDING_TENDENCY,
                ("see_doctor_today",),
            )
        ]
    return [
        hit(
            E,
            "bleeding_tendency",
            "皮肤出血点/瘀斑伴出血不止或面色苍白（疑似血小板减少/白血病）",
            "Petechiae or bruising with bleeding that will not stop or pallor (possible "
            "low platelets or leukaemia)",
            [*spots, *bleeding, *unwell],
            S.BLEEDING_TENDENCY,
            ("call_120",),
        )
    ]


def _favism(c: Case) -> list[Hit]:
    # G6PD 专家共识 2017 / WHO 1989: after broad beans in G6PD deficiency, yellow eyes or dark
    # urine is acute haemolysis (blood count the same day); with breathlessness, a fast pulse,
    # drowsiness or little urine it is severe (transfusion): hospital now.
    if not c.has("fava_g6pd"):
        return []
    haemolysis = c.which("jaundice", "pigmented_urine", "dark_urine")
    if not haemolysis and c.has("naphthalene"):
        # WHO 1989: mothballs (naphthalene) in G6PD deficiency: the haemolysis can follow over
        # one to three days, so a blood count the same day.
        return [
            hit(
                U,
                "g6pd_oxidant_exposure",
                "G6PD缺乏（蚕豆病）接触樟脑丸（1-3天内可能溶血，当天查血常规）",
                "Mothballs (naphthalene) in G6PD deficiency (haemolysis may follow over 1-3 "
                "days: blood count today)",
                ["fava_g6pd", "naphthalene"],
                S.FAVISM,
                ("see_doctor_today",),
            )
        ]
    if not haemolysis:
        return []
    severe = c.which("dyspnoea", "drowsy", "lethargy", "reduced_urine", "syncope")
    if c.v.hr is not None and c.v.hr > (140 if c.under5 else 120 if c.is_child else 110):
        severe.append(f"HR {c.v.hr}")
    return [
        hit(
            E if severe else U,
            "favism_haemolysis",
            "蚕豆病溶血（G6PD缺乏，吃蚕豆后黄疸/尿色深）" + ("，重度" if severe else ""),
            "Haemolysis after broad beans (G6PD deficiency)" + (", severe" if severe else ""),
            ["fava_g6pd", *haemolysis, *severe],
            S.FAVISM,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]


def _wernicke(c: Case) -> list[Hit]:
    # NICE CG100: in a heavy drinker, two of confusion, unsteadiness and eye signs (nystagmus,
    # double vision) is Wernicke's encephalopathy until shown otherwise: thiamine, hospital.
    if not c.has("alcohol", "heavy_drinker"):
        return []
    features = [
        group[0]
        for group in (
            c.which("confusion"),
            c.which("balance_loss"),
            c.which("nystagmus", "diplopia"),
        )
        if group
    ]
    if len(features) < 2:
        return []
    return [
        hit(
            E,
            "wernicke_encephalopathy",
            "疑似韦尼克脑病（长期饮酒，意识混乱/走路不稳/眼球震颤或复视）",
            "Possible Wernicke's encephalopathy (heavy drinker with confusion, unsteadiness or "
            "eye signs)",
            [*c.which("alcohol", "heavy_drinker"), *features],
            S.WERNICKE,
            ("call_120",),
        )
    ]


# What a swallowed irritant or corrosive has done to the mouth, gullet and airway (TOXBASE).
_CORROSIVE_SIGNS = (
    "drooling",
    "unable_to_drink",
    "hoarse",
    "stridor",
    "haematemesis",
    "repeated_vomiting",
    "chest_pain",
    "abdominal_pain",
    "dyspnoea",
)


# A small amount told in the words of the swallowing itself (误喝了一小口84, "a sip of bleach").
_SMALL_AMOUNT = re.compile(r"sip|taste|lick|mouthful|一小口|一口|舔|尝|抿")


def _bleach_swallowed(c: Case) -> list[Hit]:
    # TOXBASE sodium hypochlorite (household bleach, 84消毒液): a sip of household-strength
    # bleach irritates; drooling, pain or difficulty swallowing, a hoarse voice or stridor,
    # blood in the vomit, repeated vomiting, chest or abdominal pain or breathing difficulty
    # mean a burn of the gullet or airway: hospital now. Without them: rinse the mouth, a drink
    # of water, poisons advice the same day and come back with any of them. A child who
    # swallowed an amount nobody can tell (孩子误吃了消毒液) goes to hospital. (Acid toilet
    # cleaners, drain cleaners and caustic soda are corrosives: the poisoning rule's.)
    if not c.has("bleach_swallowed") or c.has("poisoning", "pesticide", "overdose"):
        return []
    signs = c.which(*_CORROSIVE_SIGNS)
    told = c.told("bleach_swallowed")
    if c.is_child and not (c.has("small_sip") or _SMALL_AMOUNT.search(told)):
        signs.append("child, amount unknown")
    if signs:
        return [
            hit(
                E,
                "poisoning",
                "误服消毒液（84/漂白水）后流口水、吞咽痛、声音嘶哑、呕血或气促，或儿童误服量不明（立即送医）",
                "Bleach swallowed, with drooling, painful swallowing, hoarseness, blood or "
                "breathing difficulty, or by a child in an unknown amount (hospital now)",
                ["bleach_swallowed", *signs],
                S.BLEACH,
                ("call_120", "poison_measures"),
            )
        ]
    return [
        hit(
            U,
            "bleach_ingestion",
            "误服少量家用消毒液（漱口、喝水，当天咨询中毒中心；出现流口水、吞咽痛、呕吐即送医）",
            "A sip of household bleach swallowed (rinse the mouth, drink water, poisons advice "
            "today; drooling, painful swallowing or vomiting means hospital)",
            ["bleach_swallowed"],
            S.BLEACH,
            ("see_doctor_today",),
        )
    ]


# Chlorine's effect on the airway now: irritation that lasts (same day) or that has reached
# the lungs (emergency).
_GAS_IRRITATION = ("cough", "chest_tightness", "wheeze", "dyspnoea", "chest_pain", "sore_throat")
_GAS_SEVERE = ("severe_dyspnoea", "stridor", "cyanosis", "confusion", "drowsy", "unconscious")


def _irritant_gas(c: Case) -> list[Hit]:
    # UKHSA Chlorine: incident management (2019) / TOXBASE chlorine: after breathing chlorine
    # (bleach mixed with an acid cleaner), symptoms that settled within minutes in fresh air
    # need nothing more; a cough, chest tightness or wheeze that goes on needs assessment and
    # observation the same day (pulmonary oedema can follow hours later); severe
    # breathlessness, stridor, a low oxygen saturation or confusion is an emergency.
    if not c.has("irritant_gas"):
        return []
    severe = c.which(*_GAS_SEVERE)
    if c.v.spo2 is not None and c.v.spo2 < 94:
        severe.append(f"SpO2 {c.v.spo2}")
    if severe:
        return [
            hit(
                E,
                "irritant_gas_severe",
                "吸入氯气（84与洁厕灵混用等）后严重气促/喘鸣/低氧或意识改变",
                "Chlorine breathed in (bleach mixed with a cleaner) with severe breathlessness, "
                "stridor, low oxygen or confusion",
                ["irritant_gas", *severe],
                S.IRRITANT_GAS,
                ("call_120",),
            )
        ]
    ongoing = c.which(*_GAS_IRRITATION)
    if not ongoing:
        return []
    return [
        hit(
            U,
            "irritant_gas",
            "吸入氯气（84与洁厕灵混用等）后持续咳嗽、胸闷或喘（当天评估并观察）",
            "Chlorine breathed in (bleach mixed with a cleaner) with a cough, chest tightness or "
            "wheeze that goes on (assessment and observation today)",
            ["irritant_gas", *ongoing],
            S.IRRITANT_GAS,
            ("see_doctor_today",),
        )
    ]
