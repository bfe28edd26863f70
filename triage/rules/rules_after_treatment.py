"""Complications of cancer and its treatment, of operations and procedures, and of kidney
failure's treatment: spinal cord compression by a known cancer, superior vena cava
obstruction, chemotherapy diarrhoea, bleeding after a tonsillectomy, a wound come apart,
infection after an abortion or a coil fitting, peritoneal dialysis peritonitis, a clotted
dialysis fistula, fever after
a transplant (a sore throat or fever on an antithyroid drug and liver injury from TB drugs
are rules_medicines's);
and a dental abscess, from the airway-threatening spread under the tongue to a swollen cheek.

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit, same_day_hits
from .values import Level

E, U = Level.EMERGENCY, Level.URGENT

_CORD_SIGNS = (
    "leg_weakness",
    "one_leg_weak",
    "sensory_level",
    "saddle_anaesthesia",
    "urinary_retention",
    "incontinence",
    "cannot_bear_weight",
)


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    for rule in (
        _spinal_metastases,
        _hypercalcaemia_of_cancer,
        _svco,
        _chemotherapy_diarrhoea,
        _post_tonsillectomy_bleed,
        _wound_dehiscence,
        _after_abortion_or_coil,
        _pd_peritonitis,
        _fistula_clotted,
        _transplant_fever,
        _fever_on_immunomodulator,
        _fever_after_procedure,
        _unwell_after_operation,
        _bleeding_in_urine_after_operation,
        _chickenpox_immunosuppressed,
        _dental_infection,
        _hypocalcaemia_after_neck_surgery,
        _neck_haematoma,
        _infection_not_settling,
        _palliative_same_day,
    ):
        out.extend(rule(c))
    return out


def _spinal_metastases(c: Case) -> list[Hit]:
    # NICE NG234 (2023): in a person with cancer, back pain suggestive of spinal metastases
    # (waking at night, worse lying down, band-like, getting worse or severe) needs the MSCC
    # team within 24 hours; with weak legs, numbness below a level, or a bladder or bowel that
    # has stopped working, cord compression: immediately.
    # (a cancer treated years ago counts: NICE NG234 asks for any history of cancer)
    # (the pain may be told as a band round the chest alone, NG234's thoracic pain)
    if not ((c.has("cancer") or c.past("cancer")) and c.has("back_pain", "band_like_pain")):
        return []
    cord = c.which(*_CORD_SIGNS)
    features = c.which("night_pain", "q_worsening", "band_like_pain", "not_improving") + (
        ["q_severe"] if c.severe("back_pain") else []
    )
    if not cord and not features:
        return []  # back pain without those features: the back pain rules' routine visit
    if cord:
        return [
            hit(
                E,
                "spinal_cord_compression",
                "肿瘤患者背痛伴下肢无力/麻木/排尿障碍（疑似脊髓压迫）",
                "Back pain with weak or numb legs or bladder change in cancer (cord compression)",
                ["cancer", *c.which("back_pain", "band_like_pain"), *cord],
                S.SPINAL_METASTASES,
                ("call_120", "lie_flat"),
            )
        ]
    return [
        hit(
            U,
            "possible_spinal_metastases",
            "肿瘤患者新发背痛（疑似脊柱转移，24小时内评估）",
            "New back pain in cancer (possible spinal metastases; assess within 24 hours)",
            ["cancer", *c.which("back_pain", "band_like_pain"), *features],
            S.SPINAL_METASTASES,
            ("see_doctor_today",),
        )
    ]


def _hypercalcaemia_of_cancer(c: Case) -> list[Hit]:
    # NICE CKS Hypercalcaemia / NG12: in cancer, thirst and passing much urine with
    # constipation, nausea, tiredness or confusion is hypercalcaemia until the calcium is
    # known, the same day (a measured calcium is rules_lab_values's); with confusion or
    # drowsiness it is severe: admission now.
    if not c.has("cancer") or not c.has("thirst", "polyuria"):
        return []
    signs = c.which("constipation", "nausea", "vomiting", "fatigue", "confusion", "drowsy")
    if not signs:
        return []
    severe = c.has("confusion", "drowsy")
    return [
        hit(
            E if severe else U,
            "possible_hypercalcaemia",
            "肿瘤患者口渴多尿伴便秘/恶心/乏力（疑高钙血症，当天查血钙）"
            if not severe
            else "肿瘤患者口渴多尿伴意识混乱或嗜睡（疑重度高钙血症，立即送医）",
            "Thirst and passing much urine with constipation or nausea in cancer (calcium today)"
            if not severe
            else "Thirst and passing much urine with confusion or drowsiness in cancer (possible "
            "severe hypercalcaemia: hospital now)",
            ["cancer", *c.which("thirst", "polyuria"), *signs],
            S.HYPERCALCAEMIA_CANCER,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]


def _svco(c: Case) -> list[Hit]:
    # UKONS 24-hour triage tool (2020) / ESMO: a swollen face and neck or distended chest
    # veins in cancer is superior vena cava obstruction: same day; with breathlessness,
    # stridor or confusion, an emergency.
    if not (c.has("svco_signs") and (c.has("cancer") or c.has("smoker"))):
        return []
    severe = c.which("dyspnoea", "stridor", "confusion", "syncope")
    return [
        hit(
            E if severe else U,
            "svc_obstruction",
            "面颈部肿胀/胸壁静脉怒张（疑似上腔静脉阻塞）" + ("伴气促" if severe else ""),
            "Swollen face and neck or distended chest veins (possible SVC obstruction)"
            + (" with breathlessness" if severe else ""),
            ["svco_signs", *c.which("cancer", "smoker"), *severe],
            S.SVCO,
            ("call_120", "sit_up_monitor") if severe else ("see_doctor_today",),
        )
    ]


# UKONS 24-hour triage tool (2020): what anticancer treatment does that needs the same day.
_TOXICITY = (
    "diarrhoea", "repeated_vomiting", "mouth_ulcer", "hand_foot_syndrome", "line_problem",
    "extravasation", "unable_to_drink", "reduced_urine", "transaminases_high", "rash_widespread",
)  # fmt: skip


def _chemotherapy_diarrhoea(c: Case) -> list[Hit]:
    # UKONS 24-hour triage tool (2020): diarrhoea or vomiting during chemotherapy (or
    # capecitabine tablets), mouth ulcers, sore hands and feet, a line in trouble or a drug
    # leaked at the drip site need assessment the same day; with fever the sepsis rule acts.
    # ESMO 2022 / CSCO 2021: an immune checkpoint inhibitor's diarrhoea or raised liver enzymes
    # too; its colitis with blood, a fast pulse or a low or falling pressure is an admission.
    treated = c.which("immunosuppressed", "checkpoint_inhibitor")
    if not treated and not c.has("line_problem", "extravasation"):
        return []
    found = c.which(*_TOXICITY)
    if treated and c.has("vomiting") and not c.denied("unable_to_drink"):
        found.append("vomiting")
    if not found:
        return []
    colitis = c.has("checkpoint_inhibitor") and c.has("diarrhoea")
    # (shock_signs' pulse of 120 and pressure of 90 lie inside the bounds below)
    unwell = c.which("bloody_stool", "orthostatic_symptom", "mottled_skin", "syncope")
    if c.pulse_above(100):
        unwell.append(f"HR {c.v.hr}")
    if c.v.sbp is not None and c.v.sbp < 100:
        unwell.append(f"SBP {c.v.sbp}")
    if colitis and unwell:
        return [
            hit(
                E,
                "immune_colitis_severe",
                "免疫治疗后腹泻伴便血/心率快/血压低（重度免疫相关性结肠炎，立即送医）",
                "Diarrhoea on immunotherapy with blood, a fast pulse or low pressure (severe "
                "immune colitis: hospital now)",
                ["checkpoint_inhibitor", "diarrhoea", *unwell],
                S.CHEMOTHERAPY_TOXICITY,
                ("call_120",),
            )
        ]
    return [
        hit(
            U,
            "chemotherapy_toxicity",
            "抗肿瘤治疗的副作用：腹泻/呕吐/口腔溃疡/手足反应/导管问题等（当天评估）",
            "A side effect of anticancer treatment: diarrhoea, vomiting, mouth ulcers, sore hands "
            "and feet, a line problem (assess today)",
            [*treated, *found],
            S.CHEMOTHERAPY_TOXICITY,
            ("see_doctor_today",),
        )
    ]


def _chickenpox_immunosuppressed(c: Case) -> list[Hit]:
    # NICE CKS Chickenpox (2023): chickenpox in someone immunocompromised (chemotherapy, a
    # child on leukaemia treatment) needs specialist advice and aciclovir the same day.
    return same_day_hits(
        [
            (
                c.has("chickenpox") and c.has("immunosuppressed"),
                "chickenpox_immunosuppressed",
                "免疫抑制/化疗患者出水痘（当天专科评估、抗病毒治疗）",
                "Chickenpox in someone immunosuppressed or on chemotherapy (specialist advice and "
                "aciclovir today)",
                ["chickenpox", "immunosuppressed"],
                S.CHICKENPOX_IMMUNOSUPPRESSED,
            )
        ]
    )


def _post_tonsillectomy_bleed(c: Case) -> list[Hit]:
    # ENT UK: any bleeding from the mouth or throat in the two weeks after a tonsillectomy
    # can become torrential: hospital now.
    if not c.has("post_tonsillectomy"):
        return []
    blood = c.which("blood_from_mouth", "haematemesis", "haemoptysis", "bleeding")
    if not blood:
        return []
    return [
        hit(
            E,
            "post_tonsillectomy_bleed",
            "扁桃体切除术后出血",
            "Bleeding after tonsillectomy",
            ["post_tonsillectomy", *blood],
            S.TONSILLECTOMY_BLEED,
            ("call_120", "sit_up_monitor"),
        )
    ]


def _wound_dehiscence(c: Case) -> list[Hit]:
    # NICE NG125 (2019) surgical site infection: a wound that has come apart needs the
    # surgical team the same day; bowel or organ showing through it is an emergency.
    if not c.has("wound_dehiscence"):
        return []
    out_of_wound = c.which("evisceration")
    return [
        hit(
            E if out_of_wound else U,
            "wound_dehiscence",
            "手术切口裂开" + ("（内脏外露）" if out_of_wound else "（当天外科处理）"),
            "Surgical wound come apart" + (" with bowel showing" if out_of_wound else ""),
            ["wound_dehiscence", *out_of_wound],
            S.WOUND_DEHISCENCE,
            ("call_120",) if out_of_wound else ("see_doctor_today",),
        )
    ]


def _after_abortion_or_coil(c: Case) -> list[Hit]:
    # WHO Abortion care guideline (2022) §3.5 and NICE CKS Pelvic inflammatory disease
    # (2024): after an abortion or a coil fitting, fever, foul discharge, heavier than
    # period bleeding or pelvic pain is infection or retained tissue until seen: same day.
    procedure = c.which("after_abortion", "iud_fitted")
    if not procedure:
        return []
    # WHO 2022 §3.5: soaking more than two pads an hour after an abortion, with faintness,
    # pallor or a fast pulse, is haemorrhage: hospital now.
    loss = c.blood_loss_signs()
    if c.has("after_abortion") and c.has("heavy_bleeding") and loss:
        return [
            hit(
                E,
                "post_abortion_haemorrhage",
                "流产后大出血伴头晕/面色苍白（立即转诊）",
                "Heavy bleeding after an abortion with faintness or pallor (hospital now)",
                ["after_abortion", "heavy_bleeding", *loss],
                S.POST_ABORTION,
                ("call_120",),
            )
        ]
    signs = c.which("foul_lochia", "heavy_bleeding")
    if c.fever:
        signs.append("fever")
    # FSRH Intrauterine contraception (2023): severe pain after a fitting, or threads no longer
    # felt, may be a perforation or an expulsion: seen the same day.
    if c.has("iud_fitted"):
        signs += c.which("threads_missing")
        if c.severe("abdominal_pain", "period_pain"):
            signs += c.which("abdominal_pain", "period_pain")
    if (
        c.has("after_abortion")
        and c.has("abdominal_pain")
        and c.has("bleeding", "vaginal_bleeding")
    ):
        signs += ["abdominal_pain", *c.which("bleeding", "vaginal_bleeding")]
    if not signs:
        return []
    return [
        hit(
            U,
            "post_procedure_pelvic_infection",
            "流产/上环后发热、异味分泌物或出血多（当天评估）",
            "Fever, foul discharge or heavy bleeding after an abortion or coil fitting",
            [*procedure, *signs],
            S.POST_ABORTION,
            ("see_doctor_today",),
        )
    ]


def _pd_peritonitis(c: Case) -> list[Hit]:
    # ISPD peritonitis guideline (2022): cloudy peritoneal dialysis fluid is peritonitis
    # until shown otherwise: antibiotics the same day at the dialysis unit.
    if not (c.has("peritoneal_dialysis") and c.has("cloudy_fluid")):
        return []
    return [
        hit(
            U,
            "pd_peritonitis",
            "腹透液浑浊（疑似腹膜透析相关腹膜炎，当天到透析中心）",
            "Cloudy peritoneal dialysis fluid (possible peritonitis; dialysis unit today)",
            ["peritoneal_dialysis", "cloudy_fluid", *c.which("abdominal_pain")],
            S.PD_PERITONITIS,
            ("see_doctor_today",),
        )
    ]


def _fistula_clotted(c: Case) -> list[Hit]:
    # UKKA 2015 / 血管通路专家共识 2019: a fistula whose thrill or bruit has gone has clotted;
    # declotting works only within hours: the dialysis unit today.
    if not c.has("fistula_no_thrill"):
        return []
    return [
        hit(
            U,
            "fistula_thrombosis",
            "透析内瘘震颤或杂音消失（内瘘血栓，当天联系透析中心）",
            "Dialysis fistula thrill or bruit gone (clotted: the dialysis unit today)",
            ["fistula_no_thrill"],
            S.FISTULA_THROMBOSIS,
            ("see_doctor_today",),
        )
    ]


def _transplant_fever(c: Case) -> list[Hit]:
    # KDIGO 2009 care of kidney transplant recipients §infection and NICE NG51 (2016, 2024)
    # §1.1 (immunosuppression raises the risk and blunts fever): 37.5 °C or more after an
    # organ transplant needs a doctor the same day; signs of sepsis are the sepsis rule's
    # emergency.
    if not (c.has("transplant") and c.low_grade_fever):
        return []
    return [
        hit(
            U,
            "transplant_fever",
            "器官移植后发热（当天评估）",
            "Fever after an organ transplant (assess today)",
            ["transplant", "fever"],
            S.TRANSPLANT_FEVER,
            ("see_doctor_today",),
        )
    ]


def _fever_on_immunomodulator(c: Case) -> list[Hit]:
    # BSR 2017 biologic DMARDs / BSR 2019 JAK inhibitors: a fever or an infection on an anti-TNF,
    # another biologic or a JAK inhibitor is assessed the same day and the next dose held until
    # it is treated (the drug blunts the signs); signs of sepsis are the sepsis rule's.
    if not (c.has("immunomodulator") and c.low_grade_fever):
        return []
    return same_day_hits(
        [
            (
                True,
                "fever_on_immunomodulator",
                "使用生物制剂/JAK抑制剂时发热（当天评估，下一剂暂缓）",
                "Fever on a biologic or JAK inhibitor (assess today; hold the next dose)",
                ["immunomodulator", "fever"],
                S.IMMUNOMODULATOR_INFECTION,
            )
        ]
    )


# Operations and invasive procedures told in the messages.
_PROCEDURES = (
    "sutured_wound", "after_abortion", "iud_fitted", "dental_procedure", "eye_surgery",
    "thyroid_surgery", "biopsy",
)  # fmt: skip


def _hours_since(c: Case, done: list[str]) -> float | None:
    """The hours since the latest of the procedures told with a time, None when none has one."""
    return min((h for h in (c.hours(x) for x in done) if h is not None), default=None)


def _fever_after_procedure(c: Case) -> list[Hit]:
    # NICE NG51 (2016, 2024) §1.1: surgery or an invasive procedure in the last 6 weeks raises
    # the risk of sepsis; NICE NG125 (2019): a fever after an operation is assessed for a
    # surgical site or deep infection the same day. In the first 2 days a fever is usually the
    # body's response to the operation, and the rules of each sign grade it.
    done = c.which(*_PROCEDURES)
    if not done or not c.fever:
        return []
    hours = _hours_since(c, done)
    if hours is not None and not 48 <= hours <= 6 * 7 * 24:
        return []
    return same_day_hits(
        [
            (
                True,
                "fever_after_procedure",
                "手术或有创操作后6周内发热（当天评估切口、深部或盆腔感染）",
                "A fever within 6 weeks of an operation or invasive procedure (assess today for "
                "a wound, deep or pelvic infection)",
                [*done, *c.fever_trigger()],
                S.FEVER_AFTER_PROCEDURE,
            )
        ]
    )


def _operation_in_last_6_weeks(c: Case) -> list[str]:
    """The operation told (sutured_wound), unless it is told as more than 6 weeks ago."""
    done = c.which("sutured_wound")
    hours = _hours_since(c, done)
    return [] if hours is not None and hours > 6 * 7 * 24 else done


def _unwell_after_operation(c: Case) -> list[Hit]:
    # NICE NG51 §1.1 / ASMBS 2019 and 中国减重代谢外科指南: in the weeks after an operation, belly,
    # shoulder-tip or chest pain with signs of shock (a pulse of 120 or more, a low pressure) is a
    # leak, a bleed or an obstruction until shown otherwise: hospital now.
    done = _operation_in_last_6_weeks(c)
    pain = c.which("abdominal_pain", "epigastric_pain", "shoulder_tip_pain", "chest_pain")
    shock = c.shock_signs()
    if not (done and pain and shock):
        return []
    return [
        hit(
            E,
            "unwell_after_operation",
            "术后6周内腹痛/肩尖痛伴休克征象（疑吻合口漏、出血或梗阻，立即送医）",
            "Pain within 6 weeks of an operation with signs of shock (possible leak, bleed or "
            "obstruction: hospital now)",
            [*done, *pain, *shock],
            S.FEVER_AFTER_PROCEDURE,
            ("call_120", "nil_by_mouth"),
        )
    ]


def _bleeding_in_urine_after_operation(c: Case) -> list[Hit]:
    # BAUS patient information (TURP; bladder tumour resection): blood in the urine again in
    # the weeks after an operation, most often days 10-14 when the scab comes away, can form
    # clots that block the bladder: the urology team or a doctor the same day (shock signs
    # are the unstable-bleed rule's emergency).
    done = _operation_in_last_6_weeks(c)
    if not (done and c.has("haematuria")):
        return []
    return same_day_hits(
        [
            (
                True,
                "haematuria_after_operation",
                "术后6周内又出现肉眼血尿（可能继发出血，血块可堵塞膀胱，当天就诊）",
                "Blood in the urine within 6 weeks of an operation (a late bleed; clots can block "
                "the bladder: today)",
                [*done, "haematuria"],
                S.HAEMATURIA_AFTER_OPERATION,
            )
        ]
    )


def _dental_infection(c: Case) -> list[Hit]:
    # SDCEP Emergency Dental Care (2013) / NICE CKS Dental abscess (2023): swelling under the
    # tongue or both sides under the jaw, trismus, drooling or difficulty swallowing with a
    # dental infection threatens the airway (Ludwig's angina): hospital now; a swollen cheek
    # from a bad tooth needs drainage and a dentist the same day.
    floor = c.which("floor_of_mouth_swelling")
    dental = c.which("toothache")
    airway = c.which("muffled_voice", "drooling", "unable_to_drink", "stridor")
    if floor and (dental or airway or c.fever):
        return [
            hit(
                E,
                "deep_neck_infection",
                "口底/颌下肿胀（警惕路德维希咽峡炎，气道危险）",
                "Swelling of the floor of the mouth (Ludwig's angina: airway risk)",
                [*floor, *dental, *airway],
                S.DENTAL_INFECTION,
                ("call_120", "sit_up_monitor"),
            )
        ]
    # After an extraction or other dental work the cheek may swell for 2-3 days; with pus or
    # fever it is infected.
    socket = (
        ["dental_procedure", *c.which("wound_infection")]
        if c.has("dental_procedure") and (c.fever or c.has("wound_infection"))
        else []
    )
    # SDCEP 2013 / NICE CKS Dental abscess: a tooth's swelling that has closed the eye, with a
    # fever, is spreading to the orbit: hospital now.
    if (dental or socket or c.has("cheek_swelling")) and c.has("swelling_to_eye") and c.fever:
        return [
            hit(
                E,
                "dental_infection_orbit",
                "牙源性感染肿胀到眼睛伴发热（向眼眶扩散，立即送医）",
                "A dental infection swollen up to the eye with fever (spreading to the orbit: "
                "hospital now)",
                [*dental, *socket, "swelling_to_eye", "fever"],
                S.DENTAL_INFECTION,
                ("call_120",),
            )
        ]
    if (dental or socket) and c.has("cheek_swelling"):
        return [
            hit(
                U,
                "dental_abscess",
                "牙痛或拔牙后感染伴面颊肿胀（牙源性感染，当天处理）",
                "Toothache or an infected extraction with a swollen cheek (dental abscess; "
                "treat today)",
                [*dental, *socket, "cheek_swelling"],
                S.DENTAL_INFECTION,
                ("see_doctor_today",),
            )
        ]
    return []


def _thyroid_surgery_this_month(c: Case) -> bool:
    """Thyroid or parathyroid surgery told, now or as past (上礼拜刚做了甲状腺全切), no more
    than 30 days ago when its time is told."""
    operated = c.has("thyroid_surgery") or c.past("thyroid_surgery")
    return operated and (c.hours("thyroid_surgery") or 0) <= 30 * 24


def _neck_haematoma(c: Case) -> list[Hit]:
    # DAS / BAETS 2022 Management of haematoma after thyroid surgery: a neck swelling that
    # grows in the days after thyroid or parathyroid surgery is a haematoma that can close the
    # airway within minutes, worse with a changed voice, noisy or hard breathing or not being
    # able to lie flat: emergency transfer (in hospital the wound is opened at once).
    if not _thyroid_surgery_this_month(c) or not c.has("neck_swelling_growing"):
        return []
    return [
        hit(
            E,
            "neck_haematoma_after_surgery",
            "甲状腺/颈部术后脖子越来越肿（疑颈部血肿，可压迫气道，立即打120）",
            "A neck swelling growing after thyroid surgery (possible haematoma that can close "
            "the airway: call 120 now)",
            [
                "thyroid_surgery",
                "neck_swelling_growing",
                *c.which("stridor", "dyspnoea", "hoarse", "choking"),
            ],
            S.NECK_HAEMATOMA,
            ("call_120",),
        )
    ]


def _hypocalcaemia_after_neck_surgery(c: Case) -> list[Hit]:
    # Society for Endocrinology 2016 acute hypocalcaemia: in the weeks after thyroid or
    # parathyroid surgery, tingling around the mouth or in the fingers, or cramps, is a low
    # calcium: a level the same day; hands drawn into claws, stridor or a fit is severe
    # (intravenous calcium now).
    if not _thyroid_surgery_this_month(c):
        return []
    severe = c.which("carpopedal_spasm", "stridor", "seizure")
    mild = c.which("hyperventilation", "numbness", "limb_numb", "muscle_cramp")
    if not severe and not mild:
        return []
    return [
        hit(
            E if severe else U,
            "hypocalcaemia_after_neck_surgery",
            "甲状腺术后口周/手指发麻或抽搐（低钙血症"
            + ("，手足抽搐/喉鸣需立即静脉补钙）" if severe else "，当天查血钙）"),
            "Tingling or cramps after thyroid surgery (low calcium"
            + ("; tetany or stridor: intravenous calcium now)" if severe else "; calcium today)"),
            ["thyroid_surgery", *severe, *mild],
            S.HYPOCALCAEMIA,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]


def _infection_not_settling(c: Case) -> list[Hit]:
    # NICE antimicrobial prescribing guidelines (NG84 sore throat, NG91 otitis media, NG109 UTI,
    # NG138 pneumonia, NG141 cellulitis): on an antibiotic, a fever that goes on, symptoms that
    # get worse, or no improvement after 2-3 days need a doctor's reassessment the same day
    # (another cause, a complication such as an abscess, resistance). Danger signs are the other
    # rules' emergencies.
    if not (c.has("antibiotic_course") or c.past("antibiotic_course")):
        return []  # a course started last week (上周五开了阿莫西林 吃了三天) goes on
    why = c.which("not_improving", "q_worsening")
    if c.fever:
        why.append(f"T {c.v.temp_c}" if c.v.temp_c is not None else "fever")
    return same_day_hits(
        [
            (
                bool(why),
                "infection_not_settling",
                "抗生素治疗中仍发热、加重或不见好转（当天复诊）",
                "Still febrile, worse or not improving on an antibiotic (review today)",
                ["antibiotic_course", *why],
                S.NOT_SETTLING,
            )
        ]
    )


def _palliative_same_day(c: Case) -> list[Hit]:
    # NICE NG31 (2015) and NICE CKS Palliative care (nausea and vomiting, pain): medicines
    # vomited back, a syringe driver that has stopped, or pain the breakthrough doses hardly
    # touch in cancer or under an end-of-life plan need the prescriber the same day (another
    # route, a new dose), at home as the person wishes.
    cancer_or_plan = c.has("cancer", "end_of_life_plan") or c.past("cancer")
    return same_day_hits(
        [
            (
                c.has("meds_vomited") and c.has("vomiting"),
                "medicines_vomited",
                "呕吐以致药物吃不进去（当天改给药途径）",
                "Vomiting up the medicines (another route today)",
                ["meds_vomited", "vomiting"],
                S.PALLIATIVE_SAME_DAY,
            ),
            (
                c.has("syringe_driver_problem"),
                "syringe_driver_problem",
                "皮下泵/注射泵停止或报警（当天由医生处理）",
                "Syringe driver stopped or alarming (the prescriber today)",
                ["syringe_driver_problem"],
                S.PALLIATIVE_SAME_DAY,
            ),
            (
                cancer_or_plan and c.has("pain_uncontrolled"),
                "uncontrolled_cancer_pain",
                "癌痛控制不佳（临时止痛药效果差，当天调整）",
                "Cancer pain not controlled by the breakthrough doses (review today)",
                ["pain_uncontrolled"],
                S.PALLIATIVE_SAME_DAY,
            ),
        ]
    )
