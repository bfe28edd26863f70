"""Paediatric red flags: WHO IMCI general danger signs, fast breathing by age, chest indrawing,
fever in young infants (NICE NG143 traffic light), dehydration, neonatal danger signs."""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit, same_day_hits
from .values import Level

E, U, N = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT


def evaluate(c: Case) -> list[Hit]:
    """All paediatric rules that fire (only for children)."""
    if not c.is_child:
        return []
    out: list[Hit] = []
    for rule in (
        _danger_signs,
        _shock,
        _child_tachyarrhythmia,
        _vaccine_reactions_and_checks,
        _young_infant,
        _breathing,
        _fever,
        _febrile_red,
        _bilious,
        _dehydration,
        _hfmd,
        _medicine_ingestion,
        _same_day_child,
        _limp,
        _same_day_signs,
        _benign_breathing_patterns,
        _infant_pertussis,
        _infantile_spasms,
        _fontanelle_bruising,
    ):
        out.extend(rule(c))
    return out


def _fontanelle_bruising(c: Case) -> list[Hit]:
    """A bulging fontanelle without fever is still raised pressure in the skull (meningitis,
    bleeding: NICE NG240, NG232): hospital now. A bruise on a baby who cannot yet move about
    (under 6 months) has no innocent explanation until assessed (NICE CG89): same day."""
    out: list[Hit] = []
    if c.has("bulging_fontanelle") and c.months_below(24) and not c.fever:
        out.append(
            hit(
                E,
                "bulging_fontanelle",
                "婴儿囟门膨隆（颅内压增高可能：脑膜炎、颅内出血）",
                "Bulging fontanelle in a baby (raised pressure: meningitis or bleeding)",
                c.which("bulging_fontanelle", "vomiting", "high_pitched_cry", "drowsy", "bruise"),
                S.INFANT_FONTANELLE,
                ("call_120",),
            )
        )
    if c.has("bruise") and c.months_below(6):
        out.append(
            hit(
                U,
                "bruise_non_mobile_infant",
                "不会爬行的婴儿身上有淤青：当天儿科评估（需排除虐待）",
                "Bruise on a baby not yet mobile: same-day paediatric assessment (consider "
                "maltreatment)",
                ["bruise"],
                S.MALTREATMENT,
                ("see_doctor_today",),
            )
        )
    return out


def _limp(c: Case) -> list[Hit]:
    # NICE CKS Acute childhood limp 2023: under 3 with a limp, any child who will not bear
    # weight, and 9-16 with hip, thigh or knee pain (slipped upper femoral epiphysis): the same
    # day. (With fever it is the febrile limp of _same_day_child.)
    if c.fever or not c.has("limp", "cannot_bear_weight"):
        return []
    young = c.age_years is not None and c.age_years < 3
    sufe = c.age_years is not None and 9 <= c.age_years < 16 and c.has("joint_pain")
    # (a raised temperature below 38 beside a limp: septic arthritis is not excluded at home)
    warm = c.v.temp_c is not None and c.v.temp_c >= 37.5
    if not (young or sufe or warm or c.has("cannot_bear_weight")):
        return []
    if (
        c.age_years is not None
        and 8 <= c.age_years < 16
        and c.has("cannot_bear_weight")
        and c.has("hip_fracture_sign")
    ):
        # NICE CKS Acute childhood limp (2023): an unstable slipped upper femoral epiphysis (no
        # weight at all, the leg turned out) goes to hospital now, lying down.
        return [
            hit(
                E,
                "unstable_sufe",
                "儿童完全不能负重、患肢外旋（疑不稳定型股骨头骺滑脱，立即送医）",
                "A child who cannot bear weight at all with the leg turned out (possible unstable "
                "slipped upper femoral epiphysis: hospital now)",
                c.which("cannot_bear_weight", "hip_fracture_sign", "joint_pain"),
                S.CHILD_LIMP_AFEBRILE,
                ("call_120", "immobilise"),
            )
        ]
    return [
        hit(
            U,
            "child_limp",
            "儿童跛行或不肯负重（当天评估；9-16岁伴髋膝痛警惕股骨头骺滑脱）",
            "A child's limp or refusal to bear weight (same day; at 9-16 with hip or knee pain, "
            "think of a slipped upper femoral epiphysis)",
            c.which("limp", "cannot_bear_weight", "joint_pain"),
            S.CHILD_LIMP_AFEBRILE,
            ("see_doctor_today",),
        )
    ]


def _infantile_spasms(c: Case) -> list[Hit]:
    # NICE NG217 2022: suspected infantile spasms need a paediatric neurologist urgently (an
    # EEG within days; the same-day discussion).
    if not c.has("infantile_spasms"):
        return []
    return [
        hit(
            U,
            "possible_infantile_spasms",
            "疑似婴儿痉挛症（成串点头/抽动，当天联系儿科神经）",
            "Possible infantile spasms (clusters of jerks or nods; paediatric neurology today)",
            ["infantile_spasms"],
            S.INFANTILE_SPASMS,
            ("see_doctor_today",),
        )
    ]


def _infant_pertussis(c: Case) -> list[Hit]:
    # NICE CKS Whooping cough: a baby under 6 months with suspected pertussis is admitted
    # (coughing bouts can stop the breathing).
    if not c.has("pertussis") or c.age_months is None or c.age_months >= 6:
        return []
    return [
        hit(
            E,
            "infant_pertussis",
            "6个月以下婴儿疑似百日咳（可致呼吸暂停，立即转诊住院）",
            "Suspected whooping cough under 6 months (apnoea risk: admit now)",
            ["pertussis"],
            S.PERTUSSIS,
            ("call_120", "child_transfer_measures"),
        )
    ]


def _benign_breathing_patterns(c: Case) -> list[Hit]:
    # NICE CKS Breath-holding spells: a child who goes blue or stops breathing for seconds when
    # crying or upset and comes round at once needs reassurance and a routine check (iron
    # deficiency, an ECG if atypical). RCH 2020 Stridor: laryngomalacia, a soft stridor from
    # birth that is worse when crying or feeding in a baby who feeds and grows well, is an
    # outpatient ENT referral.
    explained = c.benign_noises()
    found = []
    if c.has("breath_holding_spell") and explained:
        found.append(
            (
                "breath_holding_spell",
                "屏气发作（哭闹时发紫、很快恢复）：门诊评估",
                "Breath-holding spell (blue when crying, recovered at once): routine review",
                S.BREATH_HOLDING,
            )
        )
    if c.has("stridor_since_birth") and "stridor" in explained:
        found.append(
            (
                "laryngomalacia",
                "出生就有的轻度喉鸣、吃奶和生长好（喉软化可能）：门诊耳鼻喉科",
                "Soft stridor since birth in a thriving baby (likely laryngomalacia): "
                "outpatient ENT",
                S.LARYNGOMALACIA,
            )
        )
    return [
        hit(N, code, zh, en, [code], source, ("routine_visit",)) for code, zh, en, source in found
    ]


def _same_day_signs(c: Case) -> list[Hit]:
    """Scarlet fever (NICE CKS 2023), a red swollen eyelid with fever or tender (NICE CKS
    periorbital cellulitis) and a pulled elbow (RCH 2021): a clinician the same day."""
    found = [
        (c.has("sandpaper_rash", "strawberry_tongue") and (c.fever or c.has("sore_throat")),
         "scarlet_fever", "疑似猩红热（砂纸样皮疹/杨梅舌，当天就诊用抗生素）",
         "Possible scarlet fever (sandpaper rash or strawberry tongue; antibiotics today)",
         c.which("sandpaper_rash", "strawberry_tongue", "sore_throat"), S.SCARLET_FEVER),
        (c.has("eyelid_swelling") and (c.fever or c.has("warm_tender")), "periorbital_cellulitis",
         "发热伴眼睑红肿（眶周蜂窝织炎，当天就诊；眼球突出、转动痛或视力下降即急诊）",
         "Red swollen eyelid with fever (periorbital cellulitis; same day; a bulging or "
         "painful eye or poor vision is an emergency)",
         ["eyelid_swelling", "fever"], S.PERIORBITAL_CELLULITIS),
        (c.has("pulled_elbow"), "pulled_elbow", "牵拉肘（胳膊被拽后不肯用，当天复位）",
         "Pulled elbow (arm not used after a pull; reduce today)", ["pulled_elbow"],
         S.PULLED_ELBOW),
    ]  # fmt: skip
    return same_day_hits(found)


def _same_day_child(c: Case) -> list[Hit]:
    """Child presentations needing a clinician the same day: a feverish child with urinary
    symptoms (NICE NG224 2022: urine test and antibiotics today), a jaundiced baby with pale
    stools (NICE CG98: biliary atresia, outcome depends on early surgery), swelling behind
    the ear pushing it forward (NICE CKS otitis media: mastoiditis, admit), a feverish
    child's limp with no injury (NICE CKS acute childhood limp: septic arthritis until
    excluded), a newborn who has lost over 10% of the birth weight (NICE NG194) and a young
    infant's projectile vomiting (NICE NG1: pyloric stenosis)."""
    out: list[Hit] = []
    if c.fever and c.has("urinary_symptoms") and c.is_child:
        out.append(
            hit(
                U,
                "febrile_child_uti",
                "发热儿童伴排尿异常（疑似尿路感染）",
                "Feverish child with urinary symptoms (possible urine infection)",
                ["fever", "urinary_symptoms"],
                S.URINARY,
                ("see_doctor_today",),
            )
        )
    if (
        c.fever
        and c.has("limp", "cannot_bear_weight", "limb_not_used")
        and not c.has("fall", "limb_injury", "major_trauma", "fracture", "sprain")
    ):
        # NICE NG143 (2021): a febrile child not using a limb or not bearing weight is amber,
        # seen face to face the same day (septic arthritis, osteomyelitis); red features are the
        # fever rules' emergencies.
        out.append(
            hit(
                U,
                "febrile_limp",
                "发热儿童跛行/不肯负重或不动肢体（排除化脓性关节炎、骨髓炎）",
                "Feverish child with a limp, not bearing weight or not moving a limb (exclude "
                "septic arthritis)",
                ["fever", *c.which("limp", "cannot_bear_weight", "limb_not_used")],
                S.CHILD_LIMP,
                ("see_doctor_today",),
            )
        )
    # NICE NG18 §1.1.1: thirst and passing much urine with weight loss or new bedwetting may be
    # new type 1 diabetes: the same day (vomiting, fast breathing or drowsiness are DKA's).
    if c.is_child and c.has("polyuria") and c.has("thirst", "weight_loss"):
        out.append(
            hit(
                U,
                "possible_new_type1_diabetes",
                "儿童多饮多尿伴消瘦/新发尿床（疑1型糖尿病，当天转诊）",
                "A child thirsty and passing much urine, losing weight (possible type 1 diabetes)",
                ["polyuria", *c.which("thirst", "weight_loss")],
                S.NEW_T1DM_CHILD,
                ("see_doctor_today",),
            )
        )
    # NICE NG194: a newborn who has lost more than 10% of the birth weight needs feeding,
    # dehydration and jaundice checked the same day.
    lost = c.birth_weight_lost_pct
    newborn = c.facts.age_days is not None and c.facts.age_days <= 28
    if lost is not None and lost >= 10 and (newborn or c.facts.age_hint == "neonate"):
        out.append(
            hit(
                U,
                "newborn_weight_loss",
                "新生儿体重较出生时下降超过10%（当天评估喂养与脱水）",
                "Newborn has lost over 10% of birth weight (feeding and hydration today)",
                [f"weight loss {lost:.0f}% of birth weight"],
                S.NEWBORN_WEIGHT_LOSS,
                ("see_doctor_today",),
            )
        )
    # NICE NG1 red flags: forceful (projectile) vomiting in a young infant is pyloric stenosis
    # until shown otherwise: same-day paediatric assessment (dehydration or lethargy with it
    # are the dehydration and danger-sign rules' emergencies).
    if c.has("projectile_vomiting") and (
        c.months_below(6) or c.facts.age_hint in ("neonate", "infant")
    ):
        out.append(
            hit(
                U,
                "pyloric_stenosis",
                "小婴儿喷射性呕吐（疑幽门狭窄，当天儿科评估）",
                "Projectile vomiting in a young infant (possible pyloric stenosis; see today)",
                ["projectile_vomiting"],
                S.PYLORIC_STENOSIS,
                ("see_doctor_today",),
            )
        )
    # NICE NG12 (2015, updated 2023) §1.11.1, §1.13: in a child, a big spleen or liver is an
    # immediate specialist assessment (leukaemia), an abdominal mass or a node that keeps
    # growing a very urgent one (neuroblastoma, Wilms' tumour, lymphoma): a doctor today.
    if c.is_child and c.has("mass_growing"):
        out.append(
            hit(
                U,
                "child_mass_or_organ",
                "儿童腹部包块、肝脾肿大或淋巴结进行性增大（当天就诊，排查白血病/肿瘤）",
                "A child with an abdominal mass, a big spleen or liver, or a growing lymph node "
                "(see a doctor today: leukaemia or a tumour)",
                ["mass_growing", *c.which("pale", "bruise", "rash_nonblanching", "fatigue")],
                S.CHILD_CANCER_SIGNS,
                ("see_doctor_today",),
            )
        )
    if c.has("jaundice") and c.has("pale_stools"):
        out.append(
            hit(
                U,
                "jaundice_pale_stools",
                "婴儿黄疸伴陶土样大便（排查胆道闭锁）",
                "Jaundice with pale stools (check for biliary atresia)",
                ["jaundice", "pale_stools", *c.which("pigmented_urine")],
                S.NEONATE,
                ("see_doctor_today",),
            )
        )
    if c.has("mastoid_swelling"):
        out.append(
            hit(
                E,
                "possible_mastoiditis",
                "疑似乳突炎（耳后红肿、耳廓前移）",
                "Possible mastoiditis (swelling behind the ear)",
                ["mastoid_swelling", *(["fever"] if c.fever else [])],
                S.MASTOIDITIS,
                ("call_120",),
            )
        )
    return out


def fit(c: Case) -> list[str]:
    """A fit: named, or called 抽筋 in a child under 5 or a febrile child (the village word for
    a child's convulsion; in older children and adults 抽筋 is usually a cramp)."""
    if c.has("seizure"):
        return ["seizure"]
    if c.has("fit_colloquial") and c.is_child and (c.under5 or c.fever):
        return ["fit_colloquial"]
    return []


def _danger_signs(c: Case) -> list[Hit]:
    # WHO IMCI 2014 general danger signs (2 months-5 years, used here for all children):
    # not able to drink or breastfeed, vomits everything, convulsions, lethargic/unconscious.
    signs = c.which("unable_to_drink", "vomit_everything", "unconscious", "drowsy") + fit(c)
    # (IMCI's lethargy is a child not awake and alert; 比平时蔫 told with 能叫醒能说话 or
    # 逗了会笑 is less active, NICE NG143's amber, and a breath-holding spell's limp end is not)
    listless = c.has("lethargy") and not c.has("rousable") and "lethargy" not in c.benign_noises()
    if listless and (c.under5 or c.fever or c.has("vomiting", "diarrhoea", "dyspnoea")):
        signs.append("lethargy")
    if c.v.gcs is not None and c.v.gcs < 15:
        signs.append(f"GCS {c.v.gcs}")
    if not signs:
        return []
    return [
        hit(
            E,
            "imci_general_danger_sign",
            "儿童一般危险征象（IMCI）",
            "IMCI general danger sign in a child",
            signs,
            S.IMCI,
            ("call_120", "child_transfer_measures"),
        )
    ]


def _child_tachyarrhythmia(c: Case) -> list[Hit]:
    # RCUK Paediatric Life Support (2021) and APLS: a heart rate of 220 or more in an infant,
    # or 180 or more in an older child, or one too fast to count, is a supraventricular
    # tachycardia until an ECG shows otherwise; an infant goes into heart failure within hours
    # (poor feeding, sweating, fast breathing, grey colour): hospital now.
    if not c.is_child or c.age_months is None:
        return []
    fast = []
    if c.v.hr is not None and c.v.hr >= (220 if c.age_months < 12 else 180):
        fast.append(f"HR {c.v.hr}")
    fast += c.which("hr_uncountable")
    if not fast:
        return []
    return [
        hit(
            E,
            "child_tachyarrhythmia",
            "儿童心率极快（婴儿≥220、儿童≥180或快得数不清：疑室上速，立即送医）",
            "A child's heart rate too fast (220+ in an infant, 180+ in a child, or too fast to "
            "count: possible SVT; hospital now)",
            [*fast, *c.which("poor_feeding", "sweating", "dyspnoea", "pale")],
            S.CHILD_TACHYARRHYTHMIA,
            ("call_120", "child_transfer_measures"),
        )
    ]


def _shock(c: Case) -> list[Hit]:
    # WHO ETAT 2016: cold hands with a capillary refill over 3 seconds and a fast weak pulse is
    # shock; NICE NG143: a refill of 3 seconds or more alone is amber (the same day), with pale,
    # mottled or ashen skin red.
    if not c.has("slow_cap_refill"):
        return []
    signs = c.which("cold_hands", "mottled_skin", "pale", "weak_pulse")
    if c.fast_pulse_for_age():
        signs.append(f"HR {c.v.hr}")
    if signs:
        return [
            hit(
                E,
                "child_shock",
                "儿童休克征象（毛细血管再充盈延长伴手脚冰凉/面色苍白/心率快）",
                "Signs of shock in a child (slow capillary refill with cold hands, pallor or a "
                "fast pulse)",
                ["slow_cap_refill", *signs],
                S.SHOCK,
                ("call_120", "child_transfer_measures"),
            )
        ]
    return [
        hit(
            U,
            "child_slow_cap_refill",
            "儿童毛细血管再充盈≥3秒（当天评估）",
            "Capillary refill of 3 seconds or more in a child (assess today)",
            ["slow_cap_refill"],
            S.FEVER_CHILD,
            ("see_doctor_today",),
        )
    ]


def _young_infant(c: Case) -> list[Hit]:
    # WHO IMCI 2014 sick young infant (<2 months) / WHO PSBI 2015: not feeding well,
    # convulsions, RR >=60, severe chest indrawing, temp >=37.5 or <35.5, movement only when
    # stimulated: possible serious bacterial infection, refer urgently. Newborn danger signs
    # (WHO postnatal care 2013): jaundice in the first day or on palms/soles, umbilical pus.
    m = c.age_months
    if m is None or m >= 2:
        if c.has("jaundice_severe") and (m is None or m < 3):
            return [
                hit(
                    E,
                    "neonatal_jaundice",
                    "新生儿重度黄疸（手心脚心发黄）",
                    "Severe newborn jaundice (palms/soles)",
                    ["jaundice_severe"],
                    S.NEONATE,
                    ("call_120",),
                )
            ]
        return []
    signs = c.which(
        "poor_feeding",
        "unable_to_drink",
        "few_movements",
        "grunting",
        "chest_indrawing",
        "high_pitched_cry",
        "bulging_fontanelle",
        "hypothermia",
        "cyanosis",
        "lethargy",
    )
    t = c.v.temp_c
    if _vaccine_fever(c):
        pass  # an otherwise well infant's fever after vaccines: _fever's same-day review
    elif t is not None and (t >= 37.5 or t < 35.5):
        signs.append(f"T {t}")
    elif t is None and c.has("fever"):
        signs.append("fever")
    if c.v.rr is not None and c.v.rr >= 60:
        signs.append(f"RR {c.v.rr}")
    out: list[Hit] = []
    if signs:
        out.append(
            hit(
                E,
                "young_infant_danger_sign",
                "小婴儿（<2月龄）危险征象",
                "Danger sign in a young infant (<2 months)",
                signs,
                S.YOUNG_INFANT,
                ("call_120", "child_transfer_measures"),
            )
        )
    if c.has("jaundice"):
        early = c.facts.age_days is not None and c.facts.age_days <= 1
        lvl = E if early or c.severe("jaundice") or c.has("jaundice_severe") or signs else U
        out.append(
            hit(
                lvl,
                "neonatal_jaundice",
                "新生儿黄疸",
                "Newborn jaundice",
                ["jaundice"],
                S.NEONATE,
                ("call_120",) if lvl is E else ("see_doctor_today",),
            )
        )
    # WHO IMCI 2014 young infant: umbilicus red or draining pus is a local bacterial infection
    # (treat and follow up in 2 days); WHO pocket book 2013 §3.1: redness extending to the skin
    # around it (periumbilical cellulitis) is a serious infection needing referral.
    if c.has("umbilical_infection", "umbilical_spreading"):
        spread = c.which("umbilical_spreading", "wound_infection") + (["fever"] if c.fever else [])
        lvl = E if spread or signs else U
        out.append(
            hit(
                lvl,
                "umbilical_infection",
                "新生儿脐部感染" + ("（红肿蔓延到周围皮肤）" if spread else ""),
                "Umbilical infection in a young infant"
                + (" (redness spreading to the skin)" if spread else ""),
                c.which("umbilical_infection", "umbilical_spreading") + spread,
                S.UMBILICAL,
                ("call_120", "child_transfer_measures") if lvl is E else ("see_doctor_today",),
            )
        )
    elif c.has("wound_infection", "infection_reported") and m < 1:
        out.append(
            hit(
                U,
                "neonatal_local_infection",
                "新生儿局部感染（脐部/皮肤）",
                "Local infection in a newborn",
                c.which("wound_infection", "infection_reported"),
                S.NEONATE,
                ("see_doctor_today",),
            )
        )
    return out


def _breathing(c: Case) -> list[Hit]:
    # WHO IMCI 2014 fast breathing: <2 months >=60, 2-12 months >=50, 1-5 years >=40
    # (WHO pocket book: >5 years >=30). Chest indrawing, stridor at rest, grunting, cyanosis:
    # severe pneumonia / severe respiratory distress (WHO pocket book 2013 §4).
    out: list[Hit] = []
    severe = c.which(
        "chest_indrawing", "stridor", "grunting", "cyanosis", "apnoea", "severe_dyspnoea"
    )
    severe = [x for x in severe if x not in c.benign_noises()]
    if severe and not (c.months_below(2) and not c.has("stridor", "apnoea", "cyanosis")):
        out.append(
            hit(
                E,
                "child_severe_respiratory",
                "儿童重度呼吸困难（胸凹陷/喘鸣/发绀）",
                "Severe breathing problem in a child (indrawing, stridor, cyanosis)",
                severe,
                S.PAEDIATRIC_RESP,
                ("call_120", "child_transfer_measures"),
            )
        )
    rr = c.v.rr
    m = c.age_months
    if rr is not None and m is None:
        # Age not stated: use the infant band for a baby, the 1-5 year band otherwise (IMCI).
        m = 6.0 if c.facts.age_hint in ("infant", "neonate") else 24.0
    if rr is not None and m is not None:
        limit = 60 if m < 2 else 50 if m < 12 else 40 if m < 60 else 30
        if rr >= limit + 20 and m >= 2:
            out.append(
                hit(
                    E,
                    "child_very_fast_breathing",
                    "儿童呼吸极快",
                    "Very fast breathing in a child",
                    [f"RR {rr}"],
                    S.PAEDIATRIC_RESP,
                    ("call_120",),
                )
            )
        elif rr >= limit and m >= 2:
            out.append(
                hit(
                    U,
                    "fast_breathing",
                    "呼吸增快（按年龄）",
                    "Fast breathing for age",
                    [f"RR {rr} (≥{limit})"],
                    S.IMCI,
                    ("see_doctor_today",),
                )
            )
    elif rr is None and c.has("dyspnoea") and not out:
        out.append(
            hit(
                U,
                "child_breathing_difficulty",
                "儿童呼吸困难",
                "Breathing difficulty in a child",
                ["dyspnoea"],
                S.IMCI,
                ("see_doctor_today",),
            )
        )
    if c.has("nasal_flaring") and not out:
        # NICE NG143 table 1: nasal flaring is amber (grunting, red, is severe above)
        out.append(
            hit(
                U,
                "child_nasal_flaring",
                "儿童鼻翼扇动（当天评估）",
                "Nasal flaring in a child (assess today)",
                ["nasal_flaring"],
                S.FEVER_CHILD,
                ("see_doctor_today",),
            )
        )
    if c.has("wheeze") and not out:
        out.append(
            hit(
                U,
                "child_wheeze",
                "儿童喘息",
                "Wheeze in a child",
                ["wheeze"],
                S.PAEDIATRIC_RESP,
                ("see_doctor_today",),
            )
        )
    return out


def _fever(c: Case) -> list[Hit]:
    # NICE NG143 traffic light: age <3 months with temp >=38 °C is red (high risk);
    # 3-6 months >=39 °C, fever >=5 days, rigors, poor feeding and decreased activity are amber
    # (same-day review).
    if not c.fever:
        return []
    m = c.age_months
    t = c.v.temp_c
    trig = ["fever"] + ([f"T {t}"] if t is not None else [])
    if c.has("immunosuppressed"):
        # NICE CG151 (children and young people too): a fever during chemotherapy is
        # neutropenic sepsis until shown otherwise, however well the child looks: hospital now
        return [
            hit(
                E,
                "febrile_child_immunosuppressed",
                "化疗/免疫抑制的儿童发热（疑中性粒细胞减少性脓毒症，立即送医）",
                "Fever in a child on chemotherapy or immunosuppressed (possible neutropenic "
                "sepsis: hospital now)",
                [*trig, "immunosuppressed"],
                S.NEUTROPENIC_SEPSIS,
                ("call_120", "child_transfer_measures"),
            )
        ]
    if m is not None and m < 3 and _vaccine_fever(c):
        return [
            hit(
                U,
                "vaccine_fever_young_infant",
                "小婴儿今天接种疫苗后发热、一般情况好（疫苗反应，当天评估）",
                "Fever after today's vaccines in a well young infant (assess today)",
                [*trig, "vaccinated"],
                S.VACCINE_FEVER,
                ("see_doctor_today",),
            )
        ]
    if m is not None and m < 3:
        return [
            hit(
                E,
                "febrile_infant_under_3m",
                "3月龄以下婴儿发热",
                "Fever in an infant under 3 months",
                [*trig, f"age {m:.1f} months"],
                S.FEVER_CHILD,
                ("call_120", "child_transfer_measures"),
            )
        ]
    amber = []
    if m is not None and m < 6 and t is not None and t >= 39.0:
        amber.append(f"T {t} at {m:.0f} months")
    hours = c.hours("fever")
    if hours is not None and hours >= 5 * 24:
        amber.append("fever >=5 days")
    if c.has("rigors", "poor_feeding", "reduced_urine", "irritable", "high_pitched_cry"):
        amber += c.which("rigors", "poor_feeding", "reduced_urine", "high_pitched_cry")
    amber += c.which("less_active")
    if (
        c.v.hr is not None
        and m is not None
        and c.v.hr > (160 if m < 12 else 150 if m < 24 else 140)
    ):
        amber.append(f"HR {c.v.hr}")
    if t is not None and t >= 40.0:
        amber.append(f"T {t}")
    if amber:
        return [
            hit(
                U,
                "febrile_child_amber",
                "儿童发热伴中危特征",
                "Fever in a child with amber features",
                trig + amber,
                S.FEVER_CHILD,
                ("see_doctor_today",),
            )
        ]
    return []


def _vaccine_fever(c: Case) -> bool:
    """A young infant's fever after vaccines told as today's (打了疫苗, "had jabs this morning";
    a vaccination told as past is history), under 39 °C, with nothing else wrong (UKHSA Green
    Book ch.22, NICE NG143): an expected reaction, reviewed the same day; any other sign
    keeps the infant's fever a red feature. (The baby's age in weeks is often the only time
    told, so the 48 hours are not checked.)"""
    if not (c.has("vaccinated") and c.fever):
        return False
    if c.v.temp_c is not None and c.v.temp_c >= 39.0:
        return False
    others = (
        "poor_feeding", "unable_to_drink", "few_movements", "grunting", "chest_indrawing",
        "high_pitched_cry", "bulging_fontanelle", "cyanosis", "lethargy", "drowsy",
        "unconscious", "seizure", "rash", "vomiting", "mottled_skin", "pale", "irritable",
        "less_active", "reduced_urine",
    )  # fmt: skip
    return not c.has(*others)


def _febrile_red(c: Case) -> list[Hit]:
    # NICE NG143 traffic light, red (high risk of serious illness) in a febrile child under 5:
    # pale/mottled/ashen/blue skin; no response to social cues, does not wake or stay awake;
    # weak, high-pitched or continuous cry; grunting; RR >60; moderate or severe chest
    # indrawing; reduced skin turgor; non-blanching rash; bulging fontanelle; neck stiffness.
    # Any red feature: face-to-face assessment by a paediatric specialist now.
    if not c.fever or c.months_below(3):
        return []  # under 3 months with fever is already red (_fever)
    if c.age_years is not None and c.age_years >= 5:
        return []
    red = c.which(
        "mottled_skin",
        "pale",
        "cyanosis",
        "unconscious",
        "drowsy",
        "high_pitched_cry",
        "grunting",
        "chest_indrawing",
        "skin_pinch_slow",
        "bulging_fontanelle",
        "rash_nonblanching",
        "neck_stiffness",
    )
    if c.v.rr is not None and c.v.rr > 60:
        red.append(f"RR {c.v.rr}")
    if not red:
        return []
    return [
        hit(
            E,
            "febrile_child_red",
            "儿童发热伴高危（红色）征象",
            "Fever in a child with a red (high-risk) feature",
            ["fever", *red],
            S.FEVER_CHILD_RED,
            ("call_120", "child_transfer_measures"),
        )
    ]


def _dehydration(c: Case) -> list[Hit]:
    # WHO IMCI 2014: severe dehydration = two of lethargic/unconscious, sunken eyes, not able
    # to drink or drinking poorly, skin pinch goes back very slowly (Plan C: refer now). Some
    # dehydration = two of restless/irritable, sunken eyes, drinks eagerly/thirsty, skin pinch
    # goes back slowly (Plan B: ORS in the clinic today). Dry mouth, few or no tears, little
    # urine and a sunken fontanelle support the classification (NICE CG84 2009 §1.2).
    # Each sign counts once, however many words describe it.
    if not c.has("diarrhoea", "vomiting"):
        return []
    severe = [
        g[0]
        for g in (
            c.which("lethargy", "unconscious", "drowsy"),
            c.which("sunken_eyes"),
            c.which("unable_to_drink", "drinks_poorly"),
            c.which("skin_pinch_very_slow"),
            c.which("sunken_fontanelle"),
        )
        if g
    ]
    pinch = c.has("skin_pinch_slow")
    if pinch and c.severe("skin_pinch_slow") and "skin_pinch_very_slow" not in severe:
        severe.append("skin_pinch_slow")
    some = c.which("irritable", "sunken_eyes", "thirst", "skin_pinch_slow")
    supporting = c.which("reduced_urine", "no_tears", "dry_mouth", "sunken_fontanelle")
    out: list[Hit] = []
    if len(severe) >= 2 or (
        c.has("sunken_eyes") and pinch and c.has("lethargy", "unable_to_drink", "drinks_poorly")
    ):
        out.append(
            hit(
                E,
                "child_severe_dehydration",
                "儿童重度脱水",
                "Severe dehydration in a child",
                severe,
                S.DEHYDRATION,
                ("call_120", "ors_if_able"),
            )
        )
    elif len(some) + len(supporting) >= 2:
        out.append(
            hit(
                U,
                "child_some_dehydration",
                "儿童轻中度脱水",
                "Some dehydration in a child",
                some + supporting,
                S.DEHYDRATION,
                ("see_doctor_today", "ors_if_able"),
            )
        )
    if c.has("bloody_stool") and c.has("diarrhoea"):
        out.append(
            hit(
                U,
                "dysentery",
                "痢疾（血便腹泻）",
                "Dysentery (bloody diarrhoea)",
                ["bloody_stool"],
                S.DEHYDRATION,
                ("see_doctor_today",),
            )
        )
    hours = c.hours("diarrhoea")
    if hours is not None and hours >= 14 * 24:
        out.append(
            hit(
                N,
                "persistent_diarrhoea",
                "迁延性腹泻（≥14天）",
                "Persistent diarrhoea (>=14 days)",
                ["diarrhoea"],
                S.DEHYDRATION,
            )
        )
    if c.months_below(6) and c.has("diarrhoea", "repeated_vomiting") and not out:
        out.append(
            hit(
                U,
                "infant_gi_loss",
                "6月龄以下婴儿腹泻/反复呕吐",
                "Diarrhoea or repeated vomiting under 6 months",
                c.which("diarrhoea", "repeated_vomiting"),
                S.DEHYDRATION,
                ("see_doctor_today", "ors_if_able"),
            )
        )
    return out


def _hfmd(c: Case) -> list[Hit]:
    # 手足口病诊疗指南2018: early signs of severe HFMD (persistent high fever, lethargy,
    # vomiting, startle/myoclonic jerks, limb tremor, fast breathing or heart rate, cold
    # limbs; a weak limb or an unsteady walk, the nervous system involved): refer. The disease
    # counts when described (hand/foot rash with mouth sores).
    if not c.hfmd:
        return []
    warn = c.which(
        "lethargy",
        "drowsy",
        "startle_jerks",
        "repeated_vomiting",
        "vomiting",
        "dyspnoea",
        "mottled_skin",
        "seizure",
        "leg_weakness",
        "unilateral_weakness",
        "balance_loss",
    )
    if c.v.temp_c is not None and c.v.temp_c >= 39.0:
        warn.append(f"T {c.v.temp_c}")
    hours = c.hours("fever")
    if hours is not None and hours >= 72:
        warn.append("fever >=3 days")
    if warn:
        return [
            hit(
                E,
                "severe_hfmd_signs",
                "手足口病重症早期表现",
                "Early signs of severe hand, foot and mouth disease",
                [*c.which("hfmd", "hand_foot_rash", "mouth_ulcer"), *warn],
                S.HFMD,
                ("call_120",),
            )
        ]
    return [
        hit(
            Level.SELF_CARE,
            "hfmd",
            "手足口病（普通型）",
            "Hand, foot and mouth disease (uncomplicated)",
            c.which("hfmd", "hand_foot_rash", "mouth_ulcer"),
            S.HFMD,
            ("isolate_home_care",),
        )
    ]


def _medicine_ingestion(c: Case) -> list[Hit]:
    # WHO Guidelines for poison control (1997) and poisons-centre practice: a child who got
    # into an adult's medicines (open pill box, tablets missing) has ingested an unknown amount
    # until proven otherwise. One adult tablet of a calcium-channel blocker, beta-blocker or
    # sulfonylurea can be fatal to a toddler, and toxicity can be delayed by hours, so a well
    # child still needs hospital assessment now (AAPCC out-of-hospital guideline, calcium
    # channel blocker ingestion, Olson et al. 2005).
    out = _household_ingestion(c)
    iron = _iron_ingestion(c)
    if iron is not None:
        return [*out, *iron]
    taken = c.which("medicine_access", "took_tablets")
    if not taken:
        return out
    symptoms = c.which("vomiting", "drowsy", "lethargy", "unconscious", "seizure", "dyspnoea")
    if c.has("low_toxicity_medicine") and not c.has("iron_or_bismuth") and not symptoms:
        # NPIS/TOXBASE: calcium, vitamins without iron, the contraceptive pill or probiotics
        # are of low toxicity in a child: poisons advice and watching the same day, not an
        # ambulance (vitamins with iron, or any symptom, are not this).
        return [
            *out,
            hit(
                U,
                "low_toxicity_ingestion",
                "儿童误服低毒药物（钙片/维生素/避孕药等，当天咨询中毒中心并观察）",
                "A child swallowed a low-toxicity medicine (calcium, vitamins, the pill; poisons "
                "advice and watching today)",
                [*taken, "low_toxicity_medicine"],
                S.CHILD_INGESTION,
                ("see_doctor_today",),
            ),
        ]
    return [
        *out,
        hit(
            E,
            "child_medicine_ingestion",
            "疑似药物中毒：儿童可能误服了大人的药",
            "Suspected poisoning: a child may have taken an adult's medicines",
            taken,
            S.CHILD_INGESTION,
            ("call_120", "poison_measures"),
        ),
    ]


# The iron in a tablet of ferrous sulphate, fumarate or succinate is a third of the salt or less
# (200 mg dried ferrous sulphate holds 65 mg; 300 mg of the hydrated salt 60 mg): a third
# never underestimates it. Gluconate holds less.
_IRON_FRACTION = 1 / 3
# What iron does to the gut, then the circulation (TOXBASE iron).
_IRON_TOXICITY = (
    "vomiting",
    "diarrhoea",
    "abdominal_pain",
    "haematemesis",
    "bloody_stool",
    "melaena",
    "drowsy",
    "lethargy",
    "unconscious",
)


def _iron_ingestion(c: Case) -> list[Hit] | None:
    # TOXBASE iron (2024): a child who swallowed iron tablets and vomits, has diarrhoea,
    # abdominal pain, blood in the vomit or stool, or is drowsy is poisoned: hospital now.
    # Without symptoms the dose of elemental iron decides: under 20 mg/kg needs no treatment
    # (advice at home), 20-60 mg/kg a hospital assessment the same day, more than 60 mg/kg (or
    # an unknown amount) is treated as serious. None when this is not a child's iron ingestion.
    if not (c.is_child and c.has("iron_or_bismuth")):
        return None
    taken = c.which("medicine_access", "took_tablets")
    count, salt_mg, weight = c.v.iron_tablets, c.v.iron_tablet_mg, c.v.weight_g
    if not (taken or count):
        return None
    symptoms = c.which(*_IRON_TOXICITY)
    if symptoms:
        return [
            hit(
                E,
                "iron_poisoning",
                "儿童误服铁剂后呕吐/腹泻/腹痛/便血或嗜睡（铁中毒，立即送医）",
                "A child who swallowed iron tablets is vomiting, has diarrhoea, abdominal pain, "
                "blood or drowsiness (iron poisoning: hospital now)",
                ["iron_or_bismuth", *taken, *symptoms],
                S.IRON_POISONING,
                ("call_120", "poison_measures"),
            )
        ]
    if not (count and salt_mg and weight):
        return None  # an unknown amount: the medicine-ingestion rule's emergency
    per_kg = count * salt_mg * _IRON_FRACTION / (weight / 1000)
    if per_kg > 60:
        return None
    if per_kg < 20:
        return []  # TOXBASE: no treatment; advice and watching at home
    return [
        hit(
            U,
            "iron_ingestion",
            f"儿童误服铁剂约{per_kg:.0f}mg/kg元素铁（20-60mg/kg，当天医院评估）",
            f"A child swallowed about {per_kg:.0f} mg/kg of elemental iron (20-60 mg/kg: "
            "hospital assessment today)",
            ["iron_or_bismuth", f"{count} x {salt_mg:g} mg", f"{weight / 1000:g} kg"],
            S.IRON_POISONING,
            ("see_doctor_today",),
        )
    ]


def _household_ingestion(c: Case) -> list[Hit]:
    # Poisons-centre practice (WHO Guidelines for poison control 1997; AAPCC/NPIS advice): a
    # child who swallowed a non-corrosive household product (laundry liquid, washing-up
    # liquid, toilet water, alcohol, a coin) needs same-day advice and observation; coughing,
    # choking, vomiting, breathing difficulty or drowsiness after it (aspiration, alcohol) is
    # an emergency. Corrosives, laundry pods, button batteries and magnets are `poisoning`.
    if not c.has("household_ingestion"):
        return []
    symptoms = c.which(
        "cough", "choking", "vomiting", "dyspnoea", "drowsy", "unconscious", "lethargy", "stridor"
    )
    if symptoms:
        return [
            hit(
                E,
                "child_household_ingestion",
                "儿童误食家用化学品并出现症状",
                "A child swallowed a household product and has symptoms",
                ["household_ingestion", *symptoms],
                S.CHILD_INGESTION,
                ("call_120", "poison_measures"),
            )
        ]
    return [
        hit(
            U,
            "child_household_ingestion",
            "儿童误食家用化学品（需当天评估）",
            "A child swallowed a household product (same-day assessment)",
            ["household_ingestion"],
            S.CHILD_INGESTION,
            ("see_doctor_today", "poison_measures"),
        )
    ]


def _bilious(c: Case) -> list[Hit]:
    # NICE CG84 §1.1 / APLS: green (bilious) vomit in a child, or redcurrant-jelly stool, is a
    # surgical emergency (malrotation with volvulus, obstruction, intussusception).
    signs = c.which("bilious_vomiting", "redcurrant_stool")
    if not signs:
        return []
    return [
        hit(
            E,
            "child_surgical_abdomen",
            "儿童呕吐绿色胆汁样物或果酱样大便（疑肠梗阻/肠套叠）",
            "Green (bilious) vomit or redcurrant-jelly stool in a child (possible obstruction or "
            "intussusception)",
            signs,
            S.BILIOUS_VOMITING,
            ("call_120", "nil_by_mouth"),
        )
    ]


def _vaccine_reactions_and_checks(c: Case) -> list[Hit]:
    # WHO AEFI causality and surveillance (2019) / 预防接种异常反应监测方案: an abscess where the
    # vaccine went in (or a BCG node gone soft) and crying for three hours or more after a
    # vaccine are seen and reported the same day. NICE NG12 §1.13: a white pupil or an absent
    # red reflex is an eye specialist's the same day in our scale (urgent referral).
    return same_day_hits(
        [
            (
                c.has("injection_site_abscess"),
                "injection_site_abscess",
                "接种部位脓肿/卡介苗淋巴结化脓（当天处理并报告）",
                "An abscess at a vaccine site or a BCG node gone soft (today; report)",
                ["injection_site_abscess"],
                S.AEFI,
            ),
            (
                c.has("crying_3_hours"),
                "persistent_crying_after_vaccine",
                "接种后持续哭闹3小时以上（当天评估并报告）",
                "Crying for three hours or more after a vaccine (seen today; report)",
                ["crying_3_hours"],
                S.AEFI,
            ),
            (
                c.has("white_pupil"),
                "white_pupil",
                "瞳孔发白/红光反射消失（疑视网膜母细胞瘤，尽快眼科）",
                "A white pupil or absent red reflex (possible retinoblastoma: eye specialist)",
                ["white_pupil"],
                S.WHITE_PUPIL,
            ),
        ]
    )
