"""Common presentations that need no hospital: self-care (with return precautions) and
routine (non-urgent) visits, so that the engine does not send everyone to hospital."""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .lexicon import CONDITIONS, QUALIFIERS
from .values import Level

SC, N = Level.SELF_CARE, Level.NON_URGENT
E, U = Level.EMERGENCY, Level.URGENT

_COLD = (
    "common_cold",
    "influenza",
    "runny_nose",
    "blocked_nose",
    "sneezing",
    "sore_throat",
    "cough",
    "hoarse",
    "sputum",
)
_GI = ("diarrhoea", "vomiting", "nausea", "gastroenteritis")
_INJURY = ("minor_wound", "bruise", "sprain")
_MINOR = (
    "insect_bite",
    "itch",
    "constipation",
    "heartburn",
    "nosebleed",
    "toothache",
    "neck_pain",
    "red_eye",
    "mouth_ulcer",
    "period_pain",
    "sting",
    "nausea",
    "distension",
)
# Concepts that can accompany a self-care presentation without making it a doctor's visit.
_COMPANIONS = frozenset(
    ("body_aches", "fatigue", "poor_appetite", "headache", "fever", "abdominal_pain", "thirst",
     "dry_mouth", "dark_urine", "bleeding", "fall", "limb_injury", "foot_ulcer",
     "back_pain", "rigors", "dizziness", "vomited_twice", "vomited_3plus",
     # how a minor injury happened (a twisted knee, a fight, no helmet) and rib pain
     "knee_injury", "limb_hurt", "assault", "nose_injury", "no_helmet", "joint_pop", "rib_pain",
     # hay fever named (allergic rhinitis: NICE CKS, self-care), a yellow fever jab asked about,
     # a carbon monoxide alarm, and chemotherapy that ended years ago
     "fever_in_a_name", "co_alarm", "chemo_years_ago")
)  # fmt: skip


def evaluate(c: Case) -> list[Hit]:
    """Self-care and routine-visit classifications for the complaints present."""
    out: list[Hit] = _choking(c)
    selfcare_codes: set[str] = set()
    blockers = _blockers(c)

    # NICE CKS common cold 2022 / 急性上呼吸道感染基层诊疗指南2018: self-limiting, home care.
    cold = c.which(*_COLD)
    if cold:
        cough_h = c.hours("cough") or 0
        adult_fever_ok = not c.fever or (
            c.is_adult
            and (c.v.temp_c is None or c.v.temp_c < 39.0)
            and (c.hours("fever") or 0) < 72
        )
        child_fever_ok = not c.fever or (
            c.is_child and not c.months_below(3) and (c.hours("fever") or 0) < 72
        )
        throat_ok = not (c.severe("sore_throat") or c.has("unable_to_drink"))
        if cough_h >= 14 * 24 and c.low_grade_fever and c.has("night_sweats", "weight_loss"):
            # 肺结核基层诊疗指南(2018) / WHO consolidated TB guidelines module 2 (2021): a cough
            # of two weeks or more with fever and night sweats or weight loss is presumptive
            # TB: a doctor today (sputum tests, chest X-ray, referral; mask and ventilate).
            out.append(
                hit(
                    U,
                    "presumptive_tb",
                    "咳嗽≥2周伴发热、盗汗或消瘦（疑似肺结核，当天就诊）",
                    "Cough for 2 weeks or more with fever and night sweats or weight loss "
                    "(presumptive TB; see a doctor today)",
                    ["cough", *c.fever_trigger(), *c.which("night_sweats", "weight_loss")],
                    S.TB_PRESUMPTIVE,
                    ("see_doctor_today",),
                )
            )
        elif cough_h >= 14 * 24:
            out.append(
                hit(
                    N,
                    "prolonged_cough",
                    "咳嗽≥2周（需排查结核等）",
                    "Cough for 2 weeks or more (screen for TB)",
                    ["cough"],
                    S.TB,
                )
            )
        elif (adult_fever_ok or child_fever_ok) and throat_ok:
            out.append(
                hit(
                    SC,
                    "common_cold",
                    "普通感冒/上呼吸道感染",
                    "Common cold / upper respiratory infection",
                    cold,
                    S.COLD,
                    ("home_care_cold",),
                )
            )
            selfcare_codes.update(cold)
            if c.has("sore_throat"):
                selfcare_codes.add("sore_throat")
    # NICE CKS gastroenteritis / WHO IMCI Plan A: no dehydration, no blood: home fluids.
    gi = c.which(*_GI)
    if gi:
        days = max(c.hours("diarrhoea") or 0, c.hours("vomiting") or 0) / 24
        ok = (
            days < 7
            and not c.has("bloody_stool", "melaena", "repeated_vomiting", "vomit_everything")
            and not c.months_below(6)
            and not c.severe("diarrhoea", "abdominal_pain")
            and (not c.fever or (c.v.temp_c is None or c.v.temp_c < 39.0))
        )
        if ok:
            out.append(
                hit(
                    SC,
                    "mild_gastroenteritis",
                    "轻症腹泻/胃肠炎（无脱水）",
                    "Mild diarrhoea or vomiting without dehydration",
                    gi,
                    S.DIARRHOEA,
                    ("home_care_diarrhoea",),
                )
            )
            selfcare_codes.update(gi)
        elif days >= 14:
            out.append(
                hit(
                    N,
                    "persistent_diarrhoea_adult",
                    "腹泻超过2周",
                    "Diarrhoea for more than 2 weeks",
                    gi,
                    S.DIARRHOEA,
                )
            )
    # NICE CKS sprains and strains / minor wounds: home care unless deep, dirty or deformed.
    injury = c.which(*_INJURY)
    if injury and not c.has(
        "fracture",
        "deep_wound",
        "heavy_bleeding",
        "major_trauma",
        "animal_bite",
        "dislocation",
        "limb_deformity",
        "cannot_bear_weight",
        "bony_tenderness",
    ):
        out.append(
            hit(
                SC,
                "minor_injury",
                "轻微外伤（擦伤/扭伤/淤青）",
                "Minor injury (graze, sprain, bruise)",
                injury,
                S.MINOR_INJURY,
                ("home_care_injury",),
            )
        )
        selfcare_codes.update(injury)
    # Small superficial burn: cool running water, cover, watch for infection.
    if (
        c.has("burn")
        and not c.severe("burn")
        and c.is_adult
        and c.facts.burn_percent is None
        and not c.has("smoke_inhalation")
    ):
        out.append(
            hit(
                SC,
                "minor_burn",
                "小面积轻度烫伤",
                "Small superficial burn",
                ["burn"],
                S.BURNS,
                ("burn_measures",),
            )
        )
        selfcare_codes.add("burn")
    # TOXBASE: silica gel is not toxic; a drink of water and watching for choking are enough.
    silica = c.silica_gel_eaten
    if silica:
        out.append(
            hit(
                SC,
                "silica_gel",
                "误食硅胶干燥剂（无毒，喝口水、观察有无呛咳）",
                "Silica-gel desiccant swallowed (not toxic: a drink of water, watch for choking)",
                silica,
                S.SILICA_GEL,
                ("home_care_general",),
            )
        )
        selfcare_codes.update(["silica_eaten", "silica_gel", "desiccant_eaten"])
    # NICE NG59: non-specific low back pain without red flags: stay active, simple measures.
    if c.has("back_pain") and not (c.age_years is not None and c.age_years >= 55):
        out.append(
            hit(
                SC,
                "simple_back_pain",
                "单纯腰背痛（无危险征象）",
                "Simple back pain without red flags",
                ["back_pain"],
                S.BACK_PAIN,
                ("home_care_back",),
            )
        )
        selfcare_codes.add("back_pain")
    minor = c.which(*_MINOR)
    if c.has("neck_stiffness") and not c.fever and not c.has("headache"):
        minor.append("neck_stiffness")  # a stiff neck without fever or headache is musculoskeletal
    if c.has("sting") and c.has("allergic_reaction", "hives", "angioedema"):
        minor.remove("sting")
    # A complaint that has lasted 2 weeks or more needs a clinician (NICE CKS dyspepsia, eczema).
    long = [x for x in minor if (c.hours(x) or 0) >= 14 * 24]
    if long:
        out.append(
            hit(
                N,
                "persistent_minor_complaint",
                "症状持续≥2周",
                "Symptom lasting 2 weeks or more",
                long,
                S.ROUTINE,
            )
        )
        minor = [x for x in minor if x not in long]
    if minor and not (c.severe(*minor)):
        out.append(
            hit(
                SC,
                "minor_complaint",
                "轻微不适，可居家处理",
                "Minor complaint suitable for home care",
                minor,
                S.ROUTINE,
                ("home_care_general",),
            )
        )
        selfcare_codes.update(minor)
    # A mild or tension-type headache without red flags is a self-care complaint (NICE CG150
    # §1.3); a new headache after 50 needs a clinician.
    young = c.age_years is None or c.age_years < 50
    if (
        c.has("headache")
        and (c.mild("headache") or cold or young)
        and not c.severe("headache")
        and not c.sudden("headache")
        and not c.has("thunderclap_headache")
    ):
        selfcare_codes.add("headache")
        if not out:
            out.append(
                hit(
                    SC,
                    "mild_headache",
                    "轻度头痛",
                    "Mild headache",
                    ["headache"],
                    S.HEADACHE,
                    ("home_care_general",),
                )
            )

    # NICE NG143 green: a febrile child over 3 months, alert and drinking, with no amber or red
    # feature, is cared for at home with safety-netting advice.
    if (
        c.is_child
        and c.fever
        and not c.months_below(3)
        and (c.denied("lethargy") or c.denied("unable_to_drink"))
    ) and (c.hours("fever") or 0) < 5 * 24:
        out.append(
            hit(
                SC,
                "febrile_child_green",
                "儿童发热（低危）",
                "Fever in a child, low risk (green)",
                ["fever"],
                S.FEVER_CHILD,
                ("home_care_fever_child",),
            )
        )
        selfcare_codes.add("fever")
    if c.hfmd and not c.has("lethargy", "drowsy", "startle_jerks", "vomiting"):
        selfcare_codes.update(
            ["hfmd", "hand_foot_rash", "rash", "mouth_ulcer", "fever", "sore_throat"]
        )
    if ((c.has("head_injury") and c.is_adult) or (c.has("head_injury") and c.is_child)) and (
        c.denied("unconscious")
        or c.denied("syncope")
        or c.denied("vomiting")
        or c.denied("lethargy")
    ):
        selfcare_codes.update(["head_injury", "bruise", "minor_wound"])
    # A mildly painful, soft, bloated abdomen with wind or diarrhoea (NICE CKS dyspepsia/IBS).
    if (
        c.has("abdominal_pain")
        and (c.mild("abdominal_pain") or c.has("period_pain"))
        and not c.fever
        and not c.has("repeated_vomiting", "peritonism", "bloody_stool", "melaena")
    ):
        selfcare_codes.add("abdominal_pain")
        if not out:
            out.append(
                hit(
                    SC,
                    "mild_abdominal_pain",
                    "轻度腹部不适",
                    "Mild abdominal discomfort",
                    ["abdominal_pain"],
                    S.ROUTINE,
                    ("home_care_general",),
                )
            )
    complaints = [
        code for code in c.present_codes()
        if code not in CONDITIONS and code not in QUALIFIERS and code != "follow_up"
    ]  # fmt: skip
    if selfcare_codes:
        selfcare_codes |= {x for x in complaints if x in _COMPANIONS and _companion_ok(c, x)}
    others = [x for x in complaints if x not in selfcare_codes]
    if others or blockers or c.has("follow_up") or not (complaints or selfcare_codes):
        reason = others or blockers or (["follow_up"] if c.has("follow_up") else ["no_complaint"])
        out.append(
            hit(
                N,
                "routine_assessment",
                "需要门诊评估（无危险征象）",
                "Needs a routine clinic assessment (no red flag)",
                reason,
                S.ROUTINE,
                ("routine_visit",),
            )
        )
    bp = _bp_routine(c)
    if bp:
        out.append(bp)
    return out


def _companion_ok(c: Case, code: str) -> bool:
    if code == "fever":
        if c.is_child:
            return (
                not c.months_below(3)
                and (c.v.temp_c is None or c.v.temp_c < 39.0)
                and (c.hours("fever") or 0) < 72
            )
        return (c.v.temp_c is None or c.v.temp_c < 39.0) and (c.hours("fever") or 0) < 72
    if code == "abdominal_pain":
        return c.has("diarrhoea", "vomiting", "nausea") and not c.severe("abdominal_pain")
    if code in ("headache", "body_aches", "back_pain"):
        return not c.severe(code)
    if code == "dizziness":
        return c.mild("dizziness")
    if code == "fall":
        return c.has(*_INJURY) and not (c.age_years is not None and c.age_years >= 65)
    if code in ("limb_injury", "knee_injury", "limb_hurt", "assault", "nose_injury", "joint_pop"):
        return c.has(*_INJURY)
    if code == "foot_ulcer":
        return c.has("minor_wound") and not c.has("diabetes")
    return True


def _blockers(c: Case) -> list[str]:
    # Young infants, pregnancy and immunosuppression always see a clinician (NICE NG143;
    # WHO ANC 2016 medicines in pregnancy; NICE CG151).
    b = []
    if c.months_below(3) and c.fever:
        b.append("age<3 months")
    if c.has("copd", "asthma") and c.has("cough", "sputum", "wheeze", "dyspnoea"):
        b.append("chronic lung disease")
    if c.has("immunosuppressed"):
        b.append("immunosuppressed")
    if c.age_years is not None and c.age_years >= 80 and c.fever:
        b.append("age>=80 with fever")
    return b


def _bp_routine(c: Case) -> Hit | None:
    # 国家基层高血压防治管理指南2020: 140-179/90-109 without symptoms: confirm and follow up.
    sbp, dbp = c.v.sbp, c.v.dbp
    if sbp is None:
        return None
    if sbp >= 180 or (dbp is not None and dbp >= 120):
        return None
    if 140 <= sbp < 180 or (dbp is not None and 90 <= dbp < 120):
        return hit(
            N,
            "raised_bp",
            "血压升高（需复测与随访）",
            "Raised blood pressure (recheck and follow up)",
            [f"BP {sbp}/{dbp}" if dbp else f"SBP {sbp}"],
            S.HYPERTENSION,
            ("routine_visit",),
        )
    return None


def _choking(c: Case) -> list[Hit]:
    # ERC 2021 / AHA 2020 foreign-body airway obstruction (all ages): a choking person who
    # cannot breathe, speak, cry or cough effectively, is going blue, has stridor or is losing
    # consciousness has a severe obstruction: back blows and chest/abdominal thrusts now, call
    # 120. A choking episode that has settled with a persistent cough, or a fish bone stuck in
    # the throat, is a suspected airway or pharyngeal foreign body: same-day assessment
    # (bronchoscopy or ENT), and back at once if breathing gets worse.
    if not c.has("choking"):
        return []
    severe = c.which(
        "choking_severe",
        "dyspnoea",
        "severe_dyspnoea",
        "cyanosis",
        "stridor",
        "apnoea",
        "unconscious",
        "speech_disturbance",
    )
    if severe:
        return [
            hit(
                E,
                "airway_obstruction",
                "气道异物梗阻：立即拍背/胸部或腹部冲击（海姆立克法）并拨打120",
                "Choking with a blocked airway: back blows and chest or abdominal thrusts now, "
                "call 120",
                ["choking", *severe],
                S.CHOKING,
                ("call_120",),
            )
        ]
    return [
        hit(
            U,
            "airway_foreign_body",
            "疑似气道/咽部异物（呛噎后），需当天评估；出现呼吸困难立即拨打120",
            "Suspected airway or throat foreign body after choking: same-day assessment",
            ["choking"],
            S.CHOKING,
            ("see_doctor_today", "watch_airway"),
        )
    ]
