"""Harms of long-term medicines, herbal remedies and of stopping them, as a village clinic
meets them: agranulocytosis on an antithyroid drug, clozapine or tripterygium, clozapine's
constipation that turns to ileus, lithium, an NSAID in kidney disease, a diuretic in the heat,
insulin given twice or the wrong one, another medicine taken twice by mistake, hives or a
rash after a medicine (and the drugs whose rash may be SJS or DRESS), alcohol on a
cephalosporin or metronidazole, an alpha-blocker's first-dose faint, tendon pain on a
fluoroquinolone, a statin's myopathy, weekly methotrexate taken daily, a benzodiazepine,
antiseizure medicine or steroids stopped, an acute dystonia after metoclopramide or an
antipsychotic, diabetes sick days, liver injury from TB drugs, and the liver, kidney and
heavy-metal harms of herbal and folk remedies.

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit, same_day_hits
from .values import Level

E, U = Level.EMERGENCY, Level.URGENT

_DRY = ("dizziness", "syncope", "dry_mouth", "reduced_urine", "dark_urine", "thirst")


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    for rule in (
        _agranulocytosis,
        _clozapine_bowel,
        _clozapine_missed,
        _antiplatelet_stopped,
        _lithium,
        _nsaid_kidneys,
        _diuretic_dehydration,
        _insulin_error,
        _extra_dose,
        _paracetamol_excess,
        _opioid_toxicity,
        _methotrexate_daily,
        _drug_skin_reaction,
        _disulfiram_reaction,
        _alpha_blocker_hypotension,
        _new_bp_medicine_postural,
        _quinolone_tendon,
        _statin_myopathy,
        _benzodiazepine_withdrawal,
        _epilepsy_medicine_stopped,
        _steroid_stopped,
        _dystonia,
        _diabetes_sick_day,
        _kidney_sick_day,
        _tb_drug_liver,
        _ethambutol_eyes,
        _herbal_liver,
        _aristolochic_kidney,
        _heavy_metal_remedy,
        _toxicity_signs_of_a_medicine,
    ):
        out.extend(rule(c))
    return out


# Medicines that can stop the marrow making white cells, with the guidance that says so.
_MARROW_DRUGS = {
    "antithyroid_drug": S.ANTITHYROID,
    "clozapine": S.CLOZAPINE,
    "tripterygium": S.TRIPTERYGIUM_MARROW,
    "methotrexate": S.METHOTREXATE,
}


def _agranulocytosis(c: Case) -> list[Hit]:
    # MHRA 2019 (carbimazole, methimazole, propylthiouracil), clozapine SmPC / NICE CG178 and
    # the tripterygium label: a sore throat, mouth ulcers, fever, bleeding gums or bruising
    # may be agranulocytosis or a low platelet count: stop and check a blood count the same
    # day; with rigors it may already be neutropenic sepsis (NICE CG151): hospital now.
    drugs = c.which(*_MARROW_DRUGS)
    if not drugs:
        return []
    septic = c.which("rigors")
    # NICE NG151 (2020) / NG51: a fever with a neutrophil count below 1, or with a racing pulse,
    # low blood pressure or a change in alertness, is neutropenic sepsis: hospital now.
    if c.fever:
        septic += c.which("neutropenia")
        if c.v.hr is not None and c.v.hr >= 110:
            septic.append(f"HR {c.v.hr}")
        if c.v.sbp is not None and c.v.sbp < 100:
            septic.append(f"SBP {c.v.sbp}")
        septic += c.which("confusion", "drowsy")
    signs = c.which("sore_throat", "mouth_ulcer", "gum_bleeding", "neutropenia")
    signs += ["fever"] if c.fever else []
    if c.has("bruise") and not c.has("fall", "head_injury", "limb_injury"):
        signs.append("bruise")
    if not signs and not septic:
        return []
    drug = "antithyroid" if drugs == ["antithyroid_drug"] else "drug"
    zh, en = (
        (
            "服可致粒细胞缺乏的药物期间寒战（警惕粒细胞缺乏伴感染）",
            "Rigors on a medicine that can stop the marrow (possible agranulocytosis with "
            "infection)",
        )
        if septic
        else (
            "服可致粒细胞缺乏的药物期间咽痛/发热/出血（当天查血常规）",
            "Sore throat, fever or bleeding on a medicine that can stop the marrow "
            "(blood count today)",
        )
    )
    return [
        hit(
            E if septic else U,
            f"{drug}_agranulocytosis" + ("_rigors" if septic else ""),
            zh,
            en,
            [*drugs, *signs, *septic],
            "; ".join(
                [*(_MARROW_DRUGS[d] for d in drugs), *([S.NEUTROPENIC_SEPSIS] if septic else [])]
            ),
            ("call_120",) if septic else ("see_doctor_today",),
        )
    ]


def _clozapine_missed(c: Case) -> list[Hit]:
    # BNF / Maudsley: after 48 hours without clozapine it is re-titrated, not restarted at the
    # usual dose: the prescriber today.
    return _medicine_harm(
        c,
        "clozapine",
        ("meds_stopped",),
        "clozapine_missed",
        "氯氮平停服（超过48小时须从小剂量重新滴定，当天联系处方医生）",
        "Clozapine missed (after 48 hours it is re-titrated: the prescriber today)",
        S.CLOZAPINE_RESTART,
    )


def _clozapine_bowel(c: Case) -> list[Hit]:
    # MHRA 2017/2020: constipation on clozapine can become ileus: act on it the same day; with
    # vomiting, a swollen belly or abdominal pain, hospital now.
    if not (c.has("clozapine") and c.has("constipation", "no_flatus", "distension")):
        return []
    severe = c.which("vomiting", "no_flatus", "peritonism")
    if c.severe("abdominal_pain") or (c.has("distension") and c.has("abdominal_pain")):
        severe += c.which("distension", "abdominal_pain")
    return [
        hit(
            E if severe else U,
            "clozapine_hypomotility",
            "服氯氮平便秘" + ("伴呕吐/腹胀（警惕肠梗阻）" if severe else "（当天处理）"),
            "Constipation on clozapine"
            + (" with vomiting or a swollen belly (possible ileus)" if severe else ""),
            ["clozapine", *c.which("constipation"), *severe],
            S.CLOZAPINE,
            ("call_120", "nil_by_mouth") if severe else ("see_doctor_today",),
        )
    ]


def _lithium(c: Case) -> list[Hit]:
    # NICE CG185: on lithium, diarrhoea or vomiting, a worse tremor, or a new NSAID, ACE
    # inhibitor, ARB or diuretic needs a level the same day; confusion, unsteadiness or
    # drowsiness is toxicity.
    if not c.has("lithium"):
        return []
    severe = c.which("confusion", "drowsy", "balance_loss", "seizure", "unconscious")
    signs = c.which("lithium_high", "diarrhoea", "vomiting", "tremor", "nsaid", "diuretic")
    if not severe and not signs:
        return []
    zh, en = (
        (
            "服碳酸锂出现意识混乱/走路不稳（疑似锂中毒）",
            "Confusion or unsteadiness on lithium (possible toxicity)",
        )
        if severe
        else (
            "服碳酸锂期间腹泻/手抖加重（当天查血锂）",
            "Diarrhoea, vomiting or a worse tremor on lithium (lithium level today)",
        )
    )
    return [
        hit(
            E if severe else U,
            "lithium_toxicity",
            zh,
            en,
            ["lithium", *severe, *signs],
            S.LITHIUM,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]


def _nsaid_kidneys(c: Case) -> list[Hit]:
    # NICE NG148 / KDIGO 2012: after an NSAID in chronic kidney disease, less urine, new
    # oedema or tiredness may be acute kidney injury: creatinine and potassium today.
    if not (c.has("nsaid") and c.has("ckd")):
        return []
    signs = c.which("reduced_urine", "oedema", "fatigue")
    if not signs:
        return []
    return [
        hit(
            U,
            "nsaid_acute_kidney_injury",
            "慢性肾病服止痛药后尿少/水肿（警惕急性肾损伤）",
            "Less urine or oedema after an NSAID in kidney disease (possible acute kidney injury)",
            ["nsaid", "ckd", *signs],
            S.NSAID_AKI,
            ("see_doctor_today",),
        )
    ]


def _diuretic_dehydration(c: Case) -> list[Hit]:
    # NICE NG148 / CKS: on a diuretic, dizziness on standing with a dry mouth or little dark
    # urine is volume depletion: assess the same day.
    if not c.has("diuretic"):
        return []
    signs = c.which(*_DRY)
    if len(signs) < 2:
        return []
    return [
        hit(
            U,
            "diuretic_volume_depletion",
            "服利尿药后头晕/口干/尿少（脱水）",
            "Dizziness, dry mouth or little urine on a diuretic (volume depletion)",
            ["diuretic", *signs],
            S.DIURETIC_DEHYDRATION,
            ("see_doctor_today",),
        )
    ]


def _insulin_error(c: Case) -> list[Hit]:
    # JBDS 2023 / ADA 2024: insulin given twice or the wrong insulin needs glucose checks and a
    # plan today; a rapid-acting insulin given by mistake is a hypoglycaemia emergency.
    if not (c.has("insulin_error") and c.has("glucose_lowering_drug", "rapid_insulin", "diabetes")):
        return []
    rapid = c.which("rapid_insulin")
    return [
        hit(
            E if rapid else U,
            "insulin_error",
            "胰岛素重复注射/打错" + ("（速效胰岛素，低血糖急症）" if rapid else "（当天监测血糖）"),
            "Insulin given twice or the wrong insulin"
            + (" (rapid-acting: hypoglycaemia emergency)" if rapid else " (glucose checks today)"),
            ["insulin_error", *rapid],
            S.INSULIN_ERROR,
            ("call_120", "hypo_measures") if rapid else ("see_doctor_today",),
        )
    ]


def _extra_dose(c: Case) -> list[Hit]:
    # NICE CKS Poisoning or overdose: a dose repeated or doubled by mistake is a therapeutic
    # excess. Most need no treatment (a second metformin); one of the medicines whose excess
    # harms (an anticoagulant, a sulfonylurea or insulin, lithium, digoxin, a benzodiazepine)
    # or symptoms after it need checks today. Drowsiness or confusion is the
    # altered-consciousness rules' emergency; insulin has its own rule above.
    if not c.has("extra_dose"):
        return []
    found = c.which(*_NARROW_MARGIN_DRUGS) + c.which(*_EXCESS_SIGNS)
    if not found:
        return []
    return [
        hit(
            U,
            "extra_dose",
            "药物误服重复/加倍剂量（当天咨询中毒咨询或医生）",
            "A medicine taken twice or at a double dose by mistake (advice today)",
            ["extra_dose", *found],
            S.EXTRA_DOSE,
            ("see_doctor_today",),
        )
    ]


def _paracetamol_excess(c: Case) -> list[Hit]:
    # TOXBASE paracetamol / NICE CKS Poisoning or overdose: paracetamol taken too often or
    # with another product that holds it (a cold and flu remedy) is a staggered overdose once
    # it passes 75 mg/kg in 24 hours: hospital assessment and acetylcysteine whatever the
    # blood level. Nausea, vomiting, pain under the right ribs or yellow eyes mean the liver
    # is already injured: hospital now. (A counted overdose is the poisoning rule's.)
    if not c.has("paracetamol") or not c.has("dose_too_often", "combined_paracetamol"):
        return []
    how = c.which("dose_too_often", "combined_paracetamol")
    liver = c.which("nausea", "vomiting", "ruq_pain", "abdominal_pain", "jaundice")
    return [
        hit(
            E if liver else U,
            "paracetamol_staggered_overdose",
            "扑热息痛服用过频或与含扑热息痛的感冒药同服（分次过量）"
            + ("，已有恶心/右上腹痛/黄疸" if liver else "，当天评估"),
            "Paracetamol taken too often or with a cold remedy that also holds it (staggered "
            + ("overdose), with nausea, right upper pain or jaundice" if liver else "overdose)"),
            ["paracetamol", *how, *liver],
            S.PARACETAMOL_STAGGERED,
            ("call_120",) if liver else ("see_doctor_today",),
        )
    ]


def _opioid_toxicity(c: Case) -> list[Hit]:
    # NICE CG140 (2012, opioids in palliative care) / BNF: on a strong opioid, new drowsiness or
    # pinpoint pupils (often after a dose increase or as the kidneys fail) is toxicity: review
    # the dose the same day; breathing slower than 10 a minute, not rousing or a blue tinge is
    # an emergency (naloxone).
    if not c.has("opioid"):
        return []
    signs = c.which("drowsy", "pinpoint_pupils", "confusion")
    if not signs:
        return []
    severe = c.which("unconscious", "cyanosis")
    if c.v.rr is not None and c.v.rr < 10:
        severe.append(f"RR {c.v.rr}")
    if c.v.spo2 is not None and c.v.spo2 < 90:
        severe.append(f"SpO2 {c.v.spo2}")
    return [
        hit(
            E if severe else U,
            "opioid_toxicity",
            "服阿片类止痛药后嗜睡/瞳孔针尖样"
            + ("伴呼吸慢或叫不醒（阿片中毒）" if severe else "（当天调整剂量）"),
            "Drowsiness or pinpoint pupils on a strong opioid"
            + (
                " with slow breathing or not rousing (opioid toxicity)"
                if severe
                else " (review the dose today)"
            ),
            ["opioid", *signs, *severe],
            S.OPIOID_TOXICITY,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]


_NARROW_MARGIN_DRUGS = (
    "anticoagulant",
    "glucose_lowering_drug",
    "lithium",
    "digoxin",
    "benzodiazepine",
)
_EXCESS_SIGNS = ("dizziness", "syncope", "vomiting", "palpitations", "bleeding", "drowsy")


def _methotrexate_daily(c: Case) -> list[Hit]:
    # NPSA 2006 / MHRA 2020: weekly methotrexate taken daily is an overdose; with mouth ulcers,
    # a sore throat, fever or bleeding the marrow is failing: hospital now.
    daily = c.has("methotrexate_daily") or (c.has("methotrexate") and c.has("weekly_taken_daily"))
    if not daily:
        return []
    toxic = c.which("mouth_ulcer", "sore_throat", "gum_bleeding", "bruise", "vomiting")
    toxic += ["fever"] if c.fever else []
    return [
        hit(
            E if toxic else U,
            "methotrexate_daily",
            "每周一次的甲氨蝶呤被每天服用"
            + ("（已有口腔溃疡/咽痛/发热，骨髓抑制）" if toxic else ""),
            "Weekly methotrexate taken daily"
            + (" (with mouth ulcers, sore throat or fever)" if toxic else ""),
            [*c.which("methotrexate_daily", "methotrexate", "weekly_taken_daily"), *toxic],
            S.METHOTREXATE,
            ("call_120",) if toxic else ("see_doctor_today",),
        )
    ]


def _drug_skin_reaction(c: Case) -> list[Hit]:
    # NICE CG183: hives or an itchy rash soon after a medicine, injection or drip, without an
    # airway, breathing or circulation problem (that is the anaphylaxis rule's emergency):
    # stop it and review today. MHRA: a new rash on allopurinol, lamotrigine, carbamazepine or
    # phenytoin may be the start of SJS/TEN or DRESS: the same.
    skin = c.which("hives", "itch_generalised", "rash_generalised", "rash")
    given = c.which("drug_taken", "given_at_clinic", "disulfiram_drug", "sjs_drug")
    if not skin or not given:
        return []
    risky = c.which("sjs_drug")
    # (a local rash after any medicine is not a drug reaction by itself; one that starts
    # during a drip given here is: 中药注射剂临床使用基本原则 2008, stop it, assess, watch)
    during_drip = "given_at_clinic" in given
    if not (risky or during_drip) and not c.has("hives", "itch_generalised", "rash_generalised"):
        return []
    return [
        hit(
            U,
            "drug_skin_reaction",
            "用药/输液/注射后出现风团或皮疹（停药，当天评估）",
            "Hives or a rash after a medicine, injection or drip (stop it; review today)",
            [*given, *skin],
            S.SCAR_RISK_DRUGS if risky else S.DRUG_ALLERGY,
            ("see_doctor_today",),
        )
    ]


def _disulfiram_reaction(c: Case) -> list[Hit]:
    # Alcohol on a cephalosporin or metronidazole (头孢配酒): flushing, headache, nausea and a
    # fast pulse; low blood pressure, chest pain or breathlessness make it an emergency, which
    # the shock, chest pain and breathing rules catch.
    if not (c.has("disulfiram_drug") and c.has("alcohol")):
        return []
    signs = c.which("headache", "nausea", "vomiting", "palpitations", "dizziness", "flushing")
    if not signs:
        return []
    return [
        hit(
            U,
            "disulfiram_reaction",
            "服头孢/甲硝唑后饮酒（双硫仑样反应，当天观察处理）",
            "Alcohol on a cephalosporin or metronidazole (disulfiram-like reaction; observe today)",
            ["disulfiram_drug", "alcohol", *signs],
            S.DISULFIRAM_REACTION,
            ("see_doctor_today",),
        )
    ]


def _alpha_blocker_hypotension(c: Case) -> list[Hit]:
    # BNF: an alpha-blocker's first doses drop the pressure on standing (a faint, dizziness);
    # a faint with a low pressure is the syncope rule's emergency.
    return _medicine_harm(
        c,
        "alpha_blocker",
        ("dizziness", "syncope", "vision_disturbance"),
        "alpha_blocker_hypotension",
        "服α受体阻滞剂后站立头晕/晕厥（体位性低血压，当天评估）",
        "Dizziness or a faint on standing after starting an alpha-blocker (review today)",
        S.ALPHA_BLOCKER,
    )


def _quinolone_tendon(c: Case) -> list[Hit]:
    # MHRA 2019/2023: tendon pain on a fluoroquinolone (worse over 60 or with steroids): stop
    # it and review today (tendon rupture).
    if not (c.has("fluoroquinolone") and c.has("tendon_pain")):
        return []
    return [
        hit(
            U,
            "quinolone_tendinopathy",
            "服喹诺酮类抗生素后跟腱/肌腱疼痛（停药，当天评估）",
            "Tendon pain on a fluoroquinolone (stop it; review today)",
            ["fluoroquinolone", "tendon_pain", *c.which("long_term_steroid")],
            S.QUINOLONE_TENDON,
            ("see_doctor_today",),
        )
    ]


def _statin_myopathy(c: Case) -> list[Hit]:
    # MHRA 2012: muscle pain or weakness on a statin with clarithromycin, or with dark urine,
    # is myopathy or rhabdomyolysis until the CK is known: the same day.
    if not (c.has("statin") and c.has("muscle_pain", "leg_weakness", "fatigue")):
        return []
    reasons = c.which("macrolide", "pigmented_urine")
    if not reasons:
        return []
    return [
        hit(
            U,
            "statin_myopathy",
            "服他汀后肌肉痛/无力伴药物相互作用或深色尿（疑横纹肌溶解，当天查CK）",
            "Muscle pain or weakness on a statin with an interacting drug or dark urine",
            ["statin", *c.which("muscle_pain", "leg_weakness", "fatigue"), *reasons],
            S.STATIN_MYOPATHY,
            ("see_doctor_today",),
        )
    ]


def _benzodiazepine_withdrawal(c: Case) -> list[Hit]:
    # NICE CKS: a long-taken benzodiazepine stopped abruptly, with anxiety, tremor, sweating,
    # palpitations or sleeplessness: restart and plan a taper today (a seizure is the seizure
    # rule's emergency).
    if not (c.has("benzodiazepine") and c.has("meds_stopped")):
        return []
    signs = c.which("tremor", "sweating", "palpitations", "agitation", "insomnia")
    if not signs:
        return []
    return [
        hit(
            U,
            "benzodiazepine_withdrawal",
            "突然停用安定类药物后戒断症状（当天评估）",
            "Benzodiazepine withdrawal after stopping suddenly (assess today)",
            ["benzodiazepine", "meds_stopped", *signs],
            S.BENZODIAZEPINE_WITHDRAWAL,
            ("see_doctor_today",),
        )
    ]


def _epilepsy_medicine_stopped(c: Case) -> list[Hit]:
    # NICE NG217: antiseizure medicine stopped or run out risks seizures and status
    # epilepticus: restart today.
    if not (c.has("epilepsy") and c.has("meds_stopped")):
        return []
    return [
        hit(
            U,
            "epilepsy_medicine_stopped",
            "癫痫患者断药（当天恢复用药）",
            "Antiseizure medicine stopped or run out (restart today)",
            ["epilepsy", "meds_stopped"],
            S.EPILEPSY_MEDS,
            ("see_doctor_today",),
        )
    ]


def _steroid_stopped(c: Case) -> list[Hit]:
    # SfE 2020: tiredness, nausea or poor appetite after long-term steroids stopped or missed
    # may be adrenal insufficiency: restart and review today (a crisis is rules_toxic_medical's).
    # SfE 2020 / NHS Steroid Emergency Card: vomiting or diarrhoea on long-term steroids
    # ("sick day") risks an adrenal crisis even with every dose taken: review today.
    if not c.has("long_term_steroid"):
        return []
    sick_day = c.which("vomiting", "diarrhoea")
    if c.fever and c.has("dizziness", "fatigue", "lethargy"):
        sick_day.append("fever")  # a feverish illness that already tires or dizzies (SfE 2020)
    if sick_day and not c.has("meds_stopped"):
        return [
            hit(
                U,
                "steroid_sick_day",
                "长期用激素者发热、呕吐或腹泻（病假规则，警惕肾上腺危象）",
                "Fever, vomiting or diarrhoea on long-term steroids (sick-day rules; adrenal "
                "crisis risk)",
                ["long_term_steroid", *sick_day],
                S.STEROID_WITHDRAWAL,
                ("see_doctor_today",),
            )
        ]
    signs = c.which("fatigue", "nausea", "poor_appetite", "abdominal_pain", "dizziness", "lethargy")
    stopped = c.has("meds_stopped") or c.past("meds_stopped")  # 上礼拜…自己停了
    if not (stopped and signs):
        return []
    return [
        hit(
            U,
            "steroid_withdrawal",
            "长期激素停用/漏服后乏力恶心（警惕肾上腺皮质功能不全）",
            "Tiredness or nausea after long-term steroids stopped (possible adrenal insufficiency)",
            ["long_term_steroid", "meds_stopped", *signs],
            S.STEROID_WITHDRAWAL,
            ("see_doctor_today",),
        )
    ]


def _dystonia(c: Case) -> list[Hit]:
    # MHRA 2013 / BNF: a twisted neck, eyes fixed upwards or a protruding tongue after
    # metoclopramide or an antipsychotic is an acute dystonia: treat today.
    if not c.has("dystonia"):
        return []
    return [
        hit(
            U,
            "acute_dystonia",
            "急性肌张力障碍（颈扭转/眼上翻/伸舌，多与胃复安或抗精神病药有关）",
            "Acute dystonia (twisted neck, eyes fixed upwards, tongue protruding; "
            "metoclopramide or an antipsychotic)",
            ["dystonia", *c.which("dopamine_blocker")],
            S.DYSTONIA,
            ("see_doctor_today",),
        )
    ]


def _kidney_sick_day(c: Case) -> list[Hit]:
    # NICE NG148: vomiting or diarrhoea with dizziness or less urine on an ACE inhibitor, an
    # ARB or a diuretic: review and pause them today.
    drugs = c.which("acei_arb", "diuretic")
    dry = c.which("dizziness", "reduced_urine", "dry_mouth")
    if not (drugs and c.has("vomiting", "diarrhoea") and dry):
        return []
    return [
        hit(
            U,
            "kidney_sick_day",
            "服降压利尿药者吐泻伴头晕或尿少（急性肾损伤风险，当天调整用药）",
            "Vomiting or diarrhoea with dizziness or less urine on an ACE inhibitor, ARB or "
            "diuretic (kidney injury risk; review today)",
            [*drugs, *c.which("vomiting", "diarrhoea"), *dry],
            S.KIDNEY_SICK_DAY,
            ("see_doctor_today",),
        )
    ]


def _diabetes_sick_day(c: Case) -> list[Hit]:
    # NICE NG28 / ADA 2024 sick-day rules: on diabetes medicines, vomiting again and again (or
    # only sips kept down) means metformin, SGLT2 inhibitors and doses need review today, and
    # dehydration and ketoacidosis watching (DKA itself is rules_adult's emergency).
    # (or vomiting and diarrhoea with signs of drying out: NICE NG148's sick-day rules for
    # metformin, SGLT2 inhibitors, ACE inhibitors and diuretics, to spare the kidneys)
    if c.has("sglt2") and c.has("nausea", "vomiting", "abdominal_pain"):
        # MHRA 2016/2020: unwell with nausea, vomiting or abdominal pain on an SGLT2 inhibitor
        # may be ketoacidosis at a near-normal glucose: ketones checked and the drug stopped
        # the same day.
        return [
            hit(
                U,
                "sglt2_unwell",
                "服SGLT2抑制剂者恶心呕吐或腹痛（警惕血糖不高的酮症酸中毒，当天查血酮并停药）",
                "Nausea, vomiting or abdominal pain on an SGLT2 inhibitor (ketoacidosis with a "
                "near-normal glucose? ketones today, stop the drug)",
                ["sglt2", *c.which("nausea", "vomiting", "abdominal_pain")],
                S.SGLT2_KETOACIDOSIS,
                ("see_doctor_today",),
            )
        ]
    dry = c.has("vomiting", "diarrhoea") and c.has("dizziness", "reduced_urine", "dry_mouth")
    if not c.has("glucose_lowering_drug", "metformin", "sglt2") or not (
        c.has("repeated_vomiting") or dry
    ):
        return []
    return [
        hit(
            U,
            "diabetes_sick_day",
            "糖尿病用药者反复呕吐（按“生病日”原则当天调整用药）",
            "Repeated vomiting on diabetes medicines (sick-day review today)",
            [
                *c.which("glucose_lowering_drug", "metformin", "sglt2"),
                *c.which(
                    "repeated_vomiting", "vomiting", "diarrhoea", "dizziness", "reduced_urine"
                ),
            ],
            S.SICK_DAY,
            ("see_doctor_today",),
        )
    ]


def _new_bp_medicine_postural(c: Case) -> list[Hit]:
    # NICE NG136 (2019, updated 2023) §1.4 / 中国高血压防治指南(2018) §老年高血压: dizziness,
    # dimming sight or a near-fall on standing in the weeks after a blood-pressure medicine is
    # started or increased is postural hypotension: the dose is reviewed the same day (falls).
    # (told as last week's change, it is still the cause: history counts)
    new = c.has("bp_medicine_new") or c.past("bp_medicine_new")
    started = (
        ["bp_medicine_new"]
        if new
        else [m for m in c.which("acei_arb", "diuretic") if (c.hours(m) or 1e9) <= 28 * 24]
    )
    if not started or not c.has("orthostatic_symptom"):
        return []
    return [
        hit(
            U,
            "new_bp_medicine_postural",
            "新加/加量降压药后站起来头晕、眼前发黑或差点摔倒（体位性低血压，当天调整用药）",
            "Dizzy or nearly falling on standing after a blood-pressure medicine was started "
            "or increased (postural hypotension; review the dose today)",
            [*started, "orthostatic_symptom", *c.which("fall", "vision_disturbance")],
            S.POSTURAL_HYPOTENSION_NEW_DRUG,
            ("see_doctor_today",),
        )
    ]


def _antiplatelet_stopped(c: Case) -> list[Hit]:
    # ESC 2023 ACS §8: stopping the P2Y12 inhibitor (ticagrelor, clopidogrel, prasugrel) in the
    # first months after a stent is the strongest cause of stent thrombosis: restart it today
    # (chest pain with it is the ACS rule's emergency).
    return _medicine_harm(
        c,
        "p2y12_inhibitor",
        ("meds_stopped",),
        "antiplatelet_stopped",
        "停用了替格瑞洛/氯吡格雷等抗血小板药（支架后早期停药易致支架血栓，当天恢复用药）",
        "A P2Y12 antiplatelet stopped (early after a stent it risks stent thrombosis: restart "
        "it today)",
        S.ANTIPLATELET_STOPPED,
    )


def _medicine_harm(
    c: Case, medicine: str, signs: tuple[str, ...], code: str, zh: str, en: str, source: str
) -> list[Hit]:
    """A same-day hit when the medicine or remedy and any of its harm's signs are present."""
    found = c.which(*signs)
    if not c.has(medicine) or not found:
        return []
    return [hit(U, code, zh, en, [medicine, *found], source, ("see_doctor_today",))]


def _tb_drug_liver(c: Case) -> list[Hit]:
    # 抗结核药物性肝损伤诊治指南 2019 / ATS 2006: on TB drugs, jaundice, or nausea, vomiting
    # or loss of appetite, needs the drugs stopped and liver tests the same day.
    return _medicine_harm(
        c,
        "tb_treatment",
        ("jaundice", "nausea", "vomiting", "poor_appetite", "pigmented_urine"),
        "tb_drug_liver_injury",
        "抗结核治疗中黄疸/恶心纳差（警惕药物性肝损伤，当天查肝功能）",
        "Jaundice, nausea or poor appetite on TB drugs "
        "(possible drug-induced liver injury; liver tests today)",
        S.TB_DRUG_LIVER,
    )


def _ethambutol_eyes(c: Case) -> list[Hit]:
    # WHO TB Module 4 (2022) / BNF: blurred sight or red-green colours lost on ethambutol is
    # optic neuritis: stop it and have the eyes checked the same day.
    return _medicine_harm(
        c,
        "ethambutol",
        ("vision_disturbance",),
        "ethambutol_optic_neuritis",
        "服乙胺丁醇后视物模糊或红绿色分不清（视神经炎，停药并当天查眼）",
        "Blurred sight or red-green colours lost on ethambutol (optic neuritis: stop it, "
        "eyes checked today)",
        S.ETHAMBUTOL_EYES,
    )


def _herbal_liver(c: Case) -> list[Hit]:
    # 国家药监局 2014 (何首乌) / HSOS 共识 2017 (土三七): jaundice, dark urine, nausea, poor
    # appetite or a swelling belly: drug-induced liver injury, liver tests today.
    signs = ("jaundice", "pigmented_urine", "dark_urine", "nausea", "poor_appetite", "distension")
    return _medicine_harm(
        c,
        "hepatotoxic_herb",
        signs,
        "herbal_liver_injury",
        "服何首乌/土三七后黄疸、尿黄、纳差或腹胀（警惕药物性肝损伤）",
        "Jaundice, dark urine, nausea or a swelling belly on a liver-toxic herb",
        S.HERBAL_LIVER,
    )


def _aristolochic_kidney(c: Case) -> list[Hit]:
    # IARC 100A / 国家药监局 2003-2004: oedema, nausea or less urine after aristolochic acid:
    # kidney tests today.
    return _medicine_harm(
        c,
        "aristolochic_herb",
        ("oedema", "reduced_urine", "nausea", "fatigue"),
        "aristolochic_kidney_injury",
        "服含马兜铃酸中药后水肿/尿少/恶心（警惕肾损害）",
        "Oedema, less urine or nausea after a remedy with aristolochic acid",
        S.ARISTOLOCHIC,
    )


def _heavy_metal_remedy(c: Case) -> list[Hit]:
    # WHO 2017 / 中毒共识 2016: cinnabar or realgar with drooling, tremor, irritability,
    # abdominal pain or vomiting: heavy-metal poisoning, assess today.
    return _medicine_harm(
        c,
        "heavy_metal_remedy",
        ("drooling", "tremor", "irritable", "abdominal_pain", "vomiting", "startle_jerks"),
        "heavy_metal_remedy",
        "服朱砂/雄黄等含重金属药物后流涎、手抖、烦躁或腹痛（警惕重金属中毒）",
        "Drooling, tremor, irritability or abdominal pain after cinnabar or realgar",
        S.HEAVY_METAL_REMEDY,
    )


def _toxicity_signs_of_a_medicine(c: Case) -> list[Hit]:
    # The first signs of toxicity of a long-term medicine, the same day (a level, a blood test,
    # the medicine stopped): colchicine's diarrhoea or vomiting (MHRA 2023; with a macrolide
    # even at usual doses), phenytoin's double vision, nystagmus or unsteadiness (BNF: a level
    # today), and jaundice or dark urine on an antithyroid drug (MHRA 2019: propylthiouracil's
    # liver injury).
    phenytoin = any(w in c.told("sjs_drug") for w in ("苯妥英", "phenytoin"))
    return same_day_hits(
        [
            (
                c.has("colchicine") and c.has("diarrhoea", "vomiting"),
                "colchicine_toxicity",
                "服秋水仙碱期间腹泻/呕吐（疑中毒，当天停药评估）",
                "Diarrhoea or vomiting on colchicine (possible toxicity: stop it, review today)",
                ["colchicine", *c.which("diarrhoea", "vomiting", "macrolide")],
                S.COLCHICINE,
            ),
            (
                phenytoin and c.has("diplopia", "nystagmus", "balance_loss"),
                "phenytoin_toxicity",
                "服苯妥英期间复视/眼震/走路不稳（疑中毒，当天查血药浓度）",
                "Double vision, nystagmus or unsteadiness on phenytoin (level today)",
                ["sjs_drug", *c.which("diplopia", "nystagmus", "balance_loss")],
                S.PHENYTOIN,
            ),
            (
                c.has("antithyroid_drug") and c.has("jaundice", "dark_urine"),
                "antithyroid_liver_injury",
                "服抗甲状腺药期间黄疸/尿色深（疑肝损伤，当天查肝功能）",
                "Jaundice or dark urine on an antithyroid drug (liver tests today)",
                ["antithyroid_drug", *c.which("jaundice", "dark_urine")],
                S.ANTITHYROID,
            ),
        ]
    )
