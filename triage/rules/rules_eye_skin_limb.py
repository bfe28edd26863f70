"""Eye, skin and limb problems at any age: eye injuries and the red eye, acute angle-closure
glaucoma, retinal detachment, herpes zoster ophthalmicus, cellulitis, necrotising soft-tissue
infection, Stevens-Johnson syndrome/toxic epidermal necrolysis, suspected fractures and
dislocations, the diabetic foot, and measles with eye or mouth complications.

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit, same_day_hits
from .values import Level

E, U, N = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT

_EYE_INVOLVED = ("eye_injury", "eye_pain", "red_eye", "vision_disturbance")
_TRAUMA = (
    "fall",
    "sprain",
    "bruise",
    "minor_wound",
    "limb_injury",
    "major_trauma",
    "fracture",
    "dislocation",
    "deep_wound",
    "limb_hurt",
    "knee_injury",
    "assault",
)


def evaluate(c: Case) -> list[Hit]:
    """All eye, skin and limb rules that fire for this case."""
    out: list[Hit] = []
    for rule in (
        _eye,
        _measles,
        _retinal_detachment,
        _optic_neuritis,
        _skin_same_day,
        _hot_diabetic_foot,
        _zoster_eye,
        _diabetic_foot,
        _skin_infection,
        _human_bite,
        _flexor_sheath_infection,
        _abscess,
        _mastitis,
        _necrotising_infection,
        _sjs_ten,
        _limb_injury,
        _knee_and_tendon_injury,
        _face_injury,
        _rib_fracture,
        _compartment_syndrome,
        _endophthalmitis,
    ):
        out.extend(rule(c))
    return out


def _eye(c: Case) -> list[Hit]:
    out: list[Hit] = []
    # NICE CKS Retinal detachment 2022 / Sudden loss of vision: a shadow, curtain or missing
    # part of the sight that is new is seen by an eye doctor the same day (a sudden loss with
    # other stroke signs is the stroke rules' emergency).
    if c.has("visual_field_loss"):
        out.append(
            hit(
                U,
                "visual_field_loss",
                "一只眼视野突然缺损/黑影遮挡（视网膜脱离或血管阻塞可能，当天眼科）",
                "A shadow or missing part of the sight of an eye (possible retinal detachment or "
                "vessel occlusion; eye doctor today)",
                ["visual_field_loss"],
                S.VISUAL_FIELD_LOSS,
                ("see_doctor_today",),
            )
        )
    # RCOphth / NICE CKS eye trauma 2022: a chemical in the eye (alkali such as lime or cement
    # worst) is irrigated at once, for at least 15-20 minutes, before and during transfer.
    if c.has("chemical_eye"):
        out.append(
            hit(
                E,
                "chemical_eye_injury",
                "化学物质溅入眼内（立即冲洗）",
                "Chemical in the eye (irrigate now)",
                ["chemical_eye"],
                S.EYE,
                ("eye_irrigation", "call_120"),
            )
        )
        return out
    # NICE CKS / RCOphth: a swollen eye pushed forward, or painful or limited eye movement,
    # is orbital cellulitis: hospital now.
    if c.has("orbital_signs"):
        out.append(
            hit(
                E,
                "orbital_cellulitis",
                "疑似眼眶蜂窝织炎（眼球突出、眼球运动受限或转动痛）",
                "Possible orbital cellulitis (eye pushed forward, painful or limited movement)",
                ["orbital_signs", *c.which("fever", "vision_disturbance")],
                S.ORBITAL_CELLULITIS,
                ("call_120",),
            )
        )
        return out
    # NICE CKS eye trauma 2022: a penetrating injury, or a high-velocity foreign body (grinding,
    # hammering or drilling metal) that may have entered the globe, needs same-day eye
    # casualty; so does any eye injury with reduced vision or severe pain. An open globe told
    # by its signs (a wound in the cornea, a pear-shaped pupil, clear fluid from the eye) is
    # referred immediately (NICE CKS; RCOphth): a shield, nothing by mouth, transfer now.
    eye = c.which(*_EYE_INVOLVED)
    penetrating = c.which("penetrating_eye")
    if c.has("open_globe"):
        out.append(
            hit(
                E,
                "open_globe_injury",
                "眼球穿通伤/眼球破裂征象（立即转诊，护眼罩，禁食）",
                "Signs of an open globe injury (transfer now: eye shield, nothing by mouth)",
                ["open_globe", *c.which("hv_mechanism"), *eye],
                S.EYE,
                ("call_120", "eye_shield"),
            )
        )
        return out
    if penetrating or (c.has("hv_mechanism") and eye):
        out.append(
            hit(
                U,
                "penetrating_or_high_velocity_eye_injury",
                "眼球穿通伤或高速异物入眼（当天眼科）",
                "Penetrating or high-velocity eye injury (eye casualty today)",
                penetrating + c.which("hv_mechanism") + eye,
                S.EYE,
                ("see_doctor_today", "eye_shield"),
            )
        )
        return out
    if c.has("corneal_abrasion") and not c.has("eye_injury"):
        # NICE CKS corneal superficial injury 2022: removal and review within 24 hours.
        out.append(
            hit(
                U,
                "corneal_abrasion",
                "角膜擦伤/角膜异物（当天处理）",
                "Corneal abrasion or foreign body (treat today)",
                ["corneal_abrasion", *eye],
                S.CORNEAL_ABRASION,
                ("see_doctor_today",),
            )
        )
        return out
    # RCOphth / NICE CKS eye trauma: blood in the front of the eye with vomiting, a headache or
    # sight getting worse is a pressure rising or a rebleed: eye casualty now.
    pressure = c.which("vomiting", "headache", "q_worsening") if c.has("hyphaema") else []
    if pressure:
        out.append(
            hit(
                E,
                "hyphaema_raised_pressure",
                "眼外伤前房积血伴呕吐/头痛/视力变差（眼压升高或再出血，立即转诊）",
                "Blood in the front of the eye with vomiting, headache or worsening sight "
                "(pressure or rebleed: eye casualty now)",
                ["hyphaema", *pressure, *c.which("vision_disturbance")],
                S.EYE,
                ("call_120", "eye_shield"),
            )
        )
        return out
    if c.has("eye_injury") and (
        c.has("vision_disturbance", "photophobia", "corneal_abrasion", "hyphaema", "fb_not_removed")
        or c.severe("eye_pain", "eye_injury")
    ):
        out.append(
            hit(
                U,
                "eye_injury_red_flags",
                "眼外伤伴视力下降或剧痛",
                "Eye injury with reduced vision or severe pain",
                [
                    "eye_injury",
                    *c.which(
                        "vision_disturbance",
                        "photophobia",
                        "eye_pain",
                        "corneal_abrasion",
                        "hyphaema",
                        "fb_not_removed",
                    ),
                ],
                S.EYE,
                ("see_doctor_today", "eye_shield"),
            )
        )
        return out
    # NICE CKS red eye 2022 / glaucoma: a painful red eye with blurred vision or halos and
    # headache, nausea or vomiting is acute angle-closure glaucoma: immediate referral. Halos
    # round lights with a hazy cornea and a headache or vomiting are the same crisis told
    # without the eye's own words.
    if (
        c.has("halos")
        and c.has("corneal_clouding")
        and c.has("headache", "vomiting", "nausea")
        and not c.has("red_eye", "eye_pain")
    ):
        out.append(
            hit(
                E,
                "acute_angle_closure_glaucoma",
                "疑似急性闭角型青光眼",
                "Possible acute angle-closure glaucoma",
                c.which("halos", "corneal_clouding", "headache", "nausea", "vomiting"),
                S.EYE,
                ("call_120",),
            )
        )
        return out
    if c.has("red_eye", "eye_pain") and c.has("vision_disturbance"):
        systemic = c.which("headache", "vomiting", "nausea")
        if systemic:
            out.append(
                hit(
                    E,
                    "acute_angle_closure_glaucoma",
                    "疑似急性闭角型青光眼",
                    "Possible acute angle-closure glaucoma",
                    c.which("red_eye", "eye_pain", "vision_disturbance", "halos") + systemic,
                    S.EYE,
                    ("call_120",),
                )
            )
            return out
    # NICE CKS Glaucoma / Red eye 2022: a red, painful eye with nausea or vomiting is acute
    # angle-closure glaucoma even when the message says nothing about vision (adults; in a
    # child the picture is more often migraine or infection).
    if c.has("red_eye") and c.has("eye_pain") and c.has("nausea", "vomiting") and c.is_adult:
        out.append(
            hit(
                E,
                "acute_angle_closure_glaucoma",
                "疑似急性闭角型青光眼",
                "Possible acute angle-closure glaucoma",
                c.which("red_eye", "eye_pain", "headache", "nausea", "vomiting"),
                S.EYE,
                ("call_120",),
            )
        )
        return out
    # NICE CKS Conjunctivitis - infective (2022): a sticky red eye in the first 28 days of life is
    # ophthalmia neonatorum (gonococcal or chlamydial): swabs and treatment the same day.
    if c.has("red_eye") and c.months_below(1):
        out.append(
            hit(
                U,
                "neonatal_conjunctivitis",
                "新生儿眼部脓性分泌物/红眼（新生儿眼炎，当天处理）",
                "A red sticky eye in the first month of life (ophthalmia neonatorum; today)",
                ["red_eye"],
                S.EYE,
                ("see_doctor_today",),
            )
        )
        return out
    # NICE CKS red eye 2022: a red or painful eye with reduced vision, photophobia, severe pain
    # or in a contact-lens wearer (keratitis, acute glaucoma, uveitis) needs same-day
    # ophthalmology. Sticky discharge with normal vision is conjunctivitis (self-care).
    if c.has("red_eye", "eye_pain"):
        flags = c.which("vision_disturbance", "photophobia", "contact_lens")
        if c.severe("eye_pain", "red_painful_eye") or c.has("night_pain"):
            flags.append("eye_pain")  # severe, or waking her at night (NICE CKS: scleritis)
        if flags:
            out.append(
                hit(
                    U,
                    "red_eye_red_flags",
                    "红眼/眼痛伴危险征象（当天眼科）",
                    "Red or painful eye with warning features (ophthalmology today)",
                    c.which("red_eye", "eye_pain") + flags,
                    S.EYE,
                    ("see_doctor_today",),
                )
            )
    return out


def _measles(c: Case) -> list[Hit]:
    # WHO IMCI 2014: measles with a clouding cornea or deep or extensive mouth ulcers is severe
    # complicated measles (vitamin A, refer urgently); with pus from the eye or mouth ulcers it
    # needs treatment and review the same day. IMCI's general danger signs are the children's
    # rules'. The cornea is as much at risk in an adult.
    # (described as well as named: fever with a cough, runny nose or red eyes and a rash that
    # began at the hairline or behind the ears, WHO measles case definition)
    described = (
        c.has("measles_rash_onset")
        and c.fever
        and c.has("cough", "runny_nose", "red_eye", "conjunctivitis")
    )
    if not (c.has("measles") or described):
        return []
    if c.has("corneal_clouding") or c.severe("mouth_ulcer"):
        return [
            hit(
                E,
                "measles_severe_complicated",
                "重症麻疹（角膜混浊或严重口腔溃疡）",
                "Severe complicated measles (clouding cornea or deep mouth ulcers)",
                [
                    *c.which("measles", "measles_rash_onset"),
                    *c.which("corneal_clouding", "mouth_ulcer"),
                ],
                S.MEASLES,
                ("call_120",),
            )
        ]
    signs = c.which("eye_pus", "mouth_ulcer")
    if not signs:
        # 麻疹诊疗方案 2024 / 传染病防治法: a suspected case is reported within 24 hours and
        # kept from infants and pregnant women; WHO: vitamin A. The same day.
        return [
            hit(
                U,
                "suspected_measles",
                "疑似麻疹（24小时内报告，隔离，补充维生素A）",
                "Suspected measles (report within 24 hours, isolate, vitamin A)",
                c.which("measles", "measles_rash_onset", "fever", "cough", "red_eye"),
                S.MEASLES,
                ("see_doctor_today",),
            )
        ]
    return [
        hit(
            U,
            "measles_eye_mouth",
            "麻疹伴眼部/口腔并发症",
            "Measles with eye or mouth complications",
            [*c.which("measles", "measles_rash_onset"), *signs],
            S.MEASLES,
            ("see_doctor_today",),
        )
    ]


def _retinal_detachment(c: Case) -> list[Hit]:
    # NICE CKS Retinal detachment 2022: new floaters, flashes of light or a curtain or shadow
    # over the vision need same-day ophthalmology. Floaters known for months are routine.
    if not c.has("floaters_flashes"):
        return []
    if (c.hours("floaters_flashes") or 0) >= 30 * 24:
        return []
    return [
        hit(
            U,
            "possible_retinal_detachment",
            "新发飞蚊/闪光感/幕状遮挡（疑视网膜脱离，当天眼科）",
            "New floaters, flashes or a curtain over the vision (possible retinal detachment)",
            ["floaters_flashes", *c.which("vision_disturbance")],
            S.RETINAL_DETACHMENT,
            ("see_doctor_today",),
        )
    ]


def _optic_neuritis(c: Case) -> list[Hit]:
    # NICE CKS Optic neuritis 2023: vision blurring or greying over days with pain on moving
    # the eye needs same-day ophthalmology (sudden loss of vision is the stroke rule's).
    if not c.has("pain_on_eye_movement", "colour_desaturation") or not c.has("vision_disturbance"):
        return []
    # (colours washed out alone are an optic nerve sign too: EUGOGO 2021's dysthyroid optic
    # neuropathy, NICE CKS; both the same day)
    return [
        hit(
            U,
            "possible_optic_neuritis",
            "视物模糊伴眼球转动痛或看颜色发灰（疑视神经病变，当天眼科）",
            "Blurred vision with pain on moving the eye or colours washed out (possible optic "
            "nerve disease; same day)",
            ["vision_disturbance", *c.which("pain_on_eye_movement", "colour_desaturation")],
            S.OPTIC_NEURITIS,
            ("see_doctor_today",),
        )
    ]


def _zoster_eye(c: Case) -> list[Hit]:
    # NICE CKS shingles 2023: a rash on the forehead, around the eye or on the tip of the nose
    # (Hutchinson's sign), or shingles with a red eye, eye pain or visual change, is herpes
    # zoster ophthalmicus: same-day ophthalmology. Immunocompromised: same-day advice.
    if not c.has("shingles"):
        return []
    eye = c.which("zoster_eye", "red_eye", "eye_pain", "vision_disturbance", "photophobia")
    if eye:
        return [
            hit(
                U,
                "zoster_ophthalmicus",
                "疑似眼部带状疱疹（当天眼科）",
                "Possible herpes zoster ophthalmicus (ophthalmology today)",
                ["shingles", *eye],
                S.ZOSTER_EYE,
                ("see_doctor_today",),
            )
        ]
    recent = (c.hours("shingles") or 1e9) <= 72
    weak_defences = c.which("immunosuppressed", "immunomodulator")
    if recent and c.age_years is not None and c.age_years >= 50 and not weak_defences:
        # NICE CKS shingles 2023: over 50, an antiviral within 72 hours of the rash
        return [
            hit(
                U,
                "shingles_over_50",
                "50岁以上带状疱疹（72小时内抗病毒，当天就诊）",
                "Shingles over 50 (antiviral within 72 hours; today)",
                ["shingles"],
                S.SHINGLES_OVER_50,
                ("see_doctor_today",),
            )
        ]
    if weak_defences:
        return [
            hit(
                U,
                "shingles_immunocompromised",
                "免疫抑制者带状疱疹",
                "Shingles in an immunocompromised person",
                ["shingles", *weak_defences],
                S.ZOSTER_EYE,
                ("see_doctor_today",),
            )
        ]
    return []


def _skin_same_day(c: Case) -> list[Hit]:
    """Skin, ear and mouth problems a clinician sees the same day, each from its guideline."""
    ear_risk = c.has("diabetes", "immunosuppressed") or (
        c.age_years is not None and c.age_years >= 65
    )
    found = [
        # NICE CKS otitis externa: an older or diabetic person's ear with granulation in the
        # canal: necrotising otitis externa until imaged, the same day.
        # (or, in diabetes, ear pain with discharge or pain at night that goes on)
        (ear_risk and (c.has("ear_granulation") or (
            c.has("diabetes") and c.has("ear_pain") and c.has("ear_discharge", "night_pain"))),
         "possible_necrotising_otitis_externa",
         "糖尿病/老人耳痛伴耳道肉芽（疑坏死性外耳道炎，当天耳鼻喉）",
         "Ear pain with granulation in the canal in diabetes or old age (possible necrotising "
         "otitis externa; ENT today)",
         [*c.which("ear_granulation", "ear_pain", "ear_discharge", "night_pain", "diabetes",
                   "immunosuppressed")],
         S.NECROTISING_OTITIS),
        # IADT 2020: a permanent tooth knocked out is replanted within the hour, or kept in
        # milk and taken to a dentist at once.
        (c.has("tooth_avulsed") and (c.age_years is None or c.age_years >= 6), "avulsed_tooth",
         "恒牙整颗脱落（泡在牛奶里立即看牙医，1小时内再植最好）",
         "A permanent tooth knocked out (keep it in milk and see a dentist now; replant within "
         "the hour)",
         ["tooth_avulsed"], S.TOOTH_AVULSION),
        (c.has("foreign_body_nose_ear") and not c.has("battery_in_nose_or_ear"),
         "foreign_body_nose_ear", "鼻腔/耳道异物（无气道症状，当天取出）",
         "A foreign body in the nose or ear without airway signs (removal today)",
         ["foreign_body_nose_ear"], S.NOSE_EAR_FOREIGN_BODY),
        # NICE CKS / RCN: maggots in a wound or an ulcer (myiasis) are removed and the wound
        # and the person's care at home assessed the same day.
        (c.has("maggots"), "wound_maggots",
         "伤口或溃疡里长蛆（当天清创，评估感染和居家照护）",
         "Maggots in a wound or ulcer (clean today; assess infection and care at home)",
         ["maggots", *c.which("wound_infection", "neglect_signs")], S.MAGGOTS),
    ]  # fmt: skip
    return same_day_hits(found)


def _hot_diabetic_foot(c: Case) -> list[Hit]:
    # NICE NG19 2019 §1.3.3 and §1.5: in diabetes, a red, hot, swollen foot with the skin intact
    # is an acute Charcot foot (or an infection) until shown otherwise: the foot team within one
    # working day, offloading until then.
    if not c.has("diabetes") or not c.has("hot_swollen_foot") or c.has("foot_ulcer", "gangrene"):
        return []
    return [
        hit(
            U,
            "possible_charcot_foot",
            "糖尿病患者一侧脚红肿发热（疑夏科足或感染，当天/一个工作日内足病专科）",
            "A red, hot, swollen foot in diabetes (possible Charcot foot or infection; foot "
            "team within one working day)",
            ["diabetes", "hot_swollen_foot"],
            S.CHARCOT_FOOT,
            ("see_doctor_today",),
        )
    ]


def _diabetic_foot(c: Case) -> list[Hit]:
    # NICE NG19 2019 §1.3: refer immediately for gangrene, limb ischaemia or ulceration with
    # signs of sepsis; refer within 1 working day for any other active diabetic foot problem.
    # IWGDF/IDSA 2023: infection with two or more SIRS criteria is severe.
    if not c.has("foot_ulcer", "gangrene"):
        return []
    if not c.has("diabetes"):
        if c.has("gangrene"):
            # NICE CG147 (2012, updated 2020): critical limb ischaemia: urgent vascular referral.
            return [
                hit(
                    U,
                    "gangrene",
                    "肢端坏疽/发黑",
                    "Gangrene or blackened skin on a limb",
                    ["gangrene"],
                    S.DIABETIC_FOOT,
                    ("see_doctor_today",),
                )
            ]
        return []
    sirs = []
    if c.fever or (c.v.temp_c is not None and c.v.temp_c < 36.0):
        sirs.append("fever" if c.fever else f"T {c.v.temp_c}")
    if c.v.hr is not None and c.v.hr > 90:
        sirs.append(f"HR {c.v.hr}")
    if c.v.rr is not None and c.v.rr > 20:
        sirs.append(f"RR {c.v.rr}")
    # NICE NG19 §1.3.1: a deep-seated abscess is referred immediately too
    severe = c.which("gangrene", "limb_ischaemia", "mottled_skin", "confusion", "drowsy", "abscess")
    if c.v.sbp is not None and c.v.sbp <= 90:
        severe.append(f"SBP {c.v.sbp}")
    if len(sirs) >= 2:
        severe += sirs
    if severe:
        return [
            hit(
                E,
                "diabetic_foot_severe",
                "糖尿病足重度感染/坏疽/缺血",
                "Diabetic foot with gangrene, ischaemia or severe infection",
                ["diabetes", *c.which("foot_ulcer"), *severe],
                S.DIABETIC_FOOT,
                ("call_120", "diabetic_foot_measures"),
            )
        ]
    infection = c.which("wound_infection", "oedema", "q_worsening") + sirs
    code, zh, en = (
        ("diabetic_foot_infection", "糖尿病足感染", "Diabetic foot infection")
        if infection
        else ("diabetic_foot_ulcer", "糖尿病足溃疡/伤口", "Diabetic foot ulcer or wound")
    )
    return [
        hit(
            U,
            code,
            zh,
            en,
            ["diabetes", "foot_ulcer", *infection],
            S.DIABETIC_FOOT,
            ("see_doctor_today", "diabetic_foot_measures"),
        )
    ]


def _human_bite(c: Case) -> list[Hit]:
    # NICE NG184 2020: a human bite that broke the skin needs antibiotics, and a punch on
    # someone's teeth that cut the knuckle (a clenched-fist injury) can reach the joint or
    # tendon: same-day assessment.
    if not c.has("fight_bite"):
        return []
    return [
        hit(
            U,
            "human_bite",
            "人咬伤/拳击牙齿致指关节破损（当天处理，抗生素）",
            "Human bite or a knuckle cut on teeth (same-day care and antibiotics)",
            ["fight_bite", *c.which("minor_wound", "deep_wound", "bleeding")],
            S.HUMAN_BITE,
            ("see_doctor_today", "wash_wound"),
        )
    ]


def _flexor_sheath_infection(c: Case) -> list[Hit]:
    # BSSH hand infection guidance (Kanavel's signs): after a prick, cut or bite, a finger
    # swollen like a sausage, held bent and hurting when straightened is an infected flexor
    # sheath, which can destroy the tendon within a day: a hand surgeon the same day.
    if not c.has("flexor_sheath_signs"):
        return []
    wound = c.which("minor_wound", "deep_wound", "wound_infection", "animal_bite", "fight_bite")
    if not wound:
        return []
    return [
        hit(
            U,
            "flexor_sheath_infection",
            "手指刺伤/伤口后整指肿胀、屈曲、伸直剧痛（腱鞘感染可能，当天手外科）",
            "A finger swollen like a sausage, held bent and painful to straighten after a wound "
            "(possible flexor sheath infection; hand surgeon today)",
            ["flexor_sheath_signs", *wound],
            S.FLEXOR_SHEATH,
            ("see_doctor_today",),
        )
    ]


def _abscess(c: Case) -> list[Hit]:
    # NICE CKS Boils and abscesses 2023: a large, pointing abscess, or one with fever or in a
    # person with diabetes, needs incision and drainage the same day.
    # (a red, tender swelling that is fluctuant is one, named or not)
    if not c.has("abscess") and not (
        c.has("fluctuant") and c.has("wound_infection", "large_swelling")
    ):
        return []
    reasons = c.which("large_swelling", "diabetes", "q_worsening", "fluctuant")
    reasons += ["fever"] if c.fever else []
    if c.severe("abscess"):
        reasons.append("q_severe")
    if not reasons:
        return []
    return [
        hit(
            U,
            "abscess_to_drain",
            "脓肿（较大/发热/糖尿病）：当天切开引流评估",
            "Abscess (large, with fever or diabetes): assess for drainage today",
            [*c.which("abscess", "wound_infection"), *reasons],
            S.ABSCESS,
            ("see_doctor_today",),
        )
    ]


def _mastitis(c: Case) -> list[Hit]:
    # NICE CKS Mastitis and breast abscess (2021): mastitis with fever, or a fluctuant breast
    # lump (possible abscess), needs a doctor the same day (antibiotics; ultrasound and
    # drainage for an abscess). A painless lump without fever is a routine breast referral.
    breast = c.which("mastitis", "breast_lump")
    if not breast:
        return []
    reasons = c.which("fluctuant") + (["fever"] if c.fever else [])
    if not reasons:
        return []
    return [
        hit(
            U,
            "mastitis_or_breast_abscess",
            "乳房红肿热痛伴发热或波动感（乳腺炎/乳腺脓肿，当天处理）",
            "Red painful breast with fever or fluctuance (mastitis or abscess; treat today)",
            [*breast, *reasons],
            S.MASTITIS,
            ("see_doctor_today",),
        )
    ]


def _skin_infection(c: Case) -> list[Hit]:
    # NICE NG141 2019 §1.1 (Eron classification): cellulitis with fever or a fast pulse
    # (class II) or spreading quickly needs same-day treatment; signs of sepsis (class III-IV)
    # are caught by the sepsis rule. Localised redness without systemic signs: routine visit.
    if not c.has("wound_infection") or (c.has("diabetes") and c.has("foot_ulcer")):
        return []
    systemic = ["fever"] if c.fever else []
    systemic += c.which("rigors")
    if c.v.hr is not None and c.v.hr > 100:
        systemic.append(f"HR {c.v.hr}")
    # NICE NG125 (2019, updated 2020): an infected stitched or surgical wound is opened, drained
    # or treated by a clinician; not left to the next routine visit.
    stitched = c.which("sutured_wound")
    if not systemic and not c.has("q_worsening") and not stitched:
        return []
    return [
        hit(
            U,
            "spreading_skin_infection",
            "皮肤软组织感染伴发热/扩散（蜂窝织炎），或缝合/手术伤口感染",
            "Skin infection with fever or spreading (cellulitis), or an infected stitched wound",
            ["wound_infection", *systemic, *c.which("q_worsening"), *stitched],
            S.SURGICAL_SITE_INFECTION if stitched else S.CELLULITIS,
            ("see_doctor_today", "mark_redness"),
        )
    ]


def _necrotising_infection(c: Case) -> list[Hit]:
    # NICE NG141 2019 §1.1: suspected necrotising fasciitis (pain out of proportion to what
    # is seen, skin turning dusky or black, with fever or systemic illness) needs emergency
    # hospital admission; of the scrotum and perineum it is Fournier's gangrene (EAU urological
    # infections guideline 2024), often in diabetes.
    skin = c.which(
        "wound_infection",
        "gangrene",
        "skin_necrosis",
        "minor_wound",
        "deep_wound",
        "foot_ulcer",
        "abscess",
        "spreading_redness",
        "testicular_pain",
    )
    # (the systemic toxicity may show as a racing pulse or shock before a fever: NICE NG141)
    toxic = c.fever or c.has("rigors") or (c.v.hr or 0) > 100 or bool(c.shock_signs())
    if not skin or not toxic:
        return []
    if c.has("diabetes") and c.has("foot_ulcer"):
        return []  # the diabetic foot rule (NICE NG19) covers it
    signs = c.which("gangrene", "skin_necrosis", "crepitus", "pain_out_of_proportion")
    if not signs:
        return []
    return [
        hit(
            E,
            "necrotising_soft_tissue_infection",
            "疑似坏死性软组织感染（剧痛/皮肤发黑伴发热）",
            "Possible necrotising soft-tissue infection (severe pain or blackened skin with fever)",
            skin + signs + ["fever"],
            S.NECROTISING_FASCIITIS,
            ("call_120",),
        )
    ]


def _sjs_ten(c: Case) -> list[Hit]:
    # BAD 2016 UK guidelines for SJS/TEN: widespread blistering or skin peeling off, with
    # the mouth, eyes or genitals involved, is a severe cutaneous adverse
    # reaction: stop the suspected drug and admit as an emergency. In an adult, a rash with
    # eroded lips or mouth and fever is treated the same way until seen.
    # Blisters all over with a few mouth ulcers and fever is chickenpox; SJS/TEN erodes the
    # lips and mouth (嘴唇溃烂) or involves the eyes.
    blisters = c.which("skin_blistering_widespread")
    mucosa = c.which("mucosal_erosion", "red_eye", "eye_pain")
    fever = ["fever"] if c.fever else []
    if blisters and mucosa:
        triggers = blisters + mucosa + fever
    elif (
        c.is_adult
        and c.has("mucosal_erosion")
        and c.has("rash", "blisters")
        and (fever or blisters or c.has("sjs_drug"))
    ):
        triggers = [*c.which("rash", "blisters"), "mucosal_erosion", *fever, *c.which("sjs_drug")]
    else:
        return []
    return [
        hit(
            E,
            "possible_sjs_ten",
            "疑似重症药疹（SJS/TEN：大疱/脱皮伴黏膜溃烂）",
            "Possible Stevens-Johnson syndrome/toxic epidermal necrolysis",
            triggers,
            S.SJS_TEN,
            ("call_120",),
        )
    ]


def _endophthalmitis(c: Case) -> list[Hit]:
    # RCOphth 2022 / NICE CKS Red eye: pain getting worse, sight falling or pus in the front
    # of the eye (hypopyon) in the days or weeks after eye surgery or an injection into the
    # eye is endophthalmitis until shown otherwise: eye emergency now (sight is lost in hours).
    # A red or gritty eye alone after surgery is seen by the eye service the same day.
    if not c.has("eye_surgery"):
        return []
    signs = c.which("hypopyon", "vision_disturbance") + (
        ["eye_pain"] if c.has("eye_pain") and (c.has("q_worsening") or c.severe("eye_pain")) else []
    )
    if signs:
        return [
            hit(
                E,
                "possible_endophthalmitis",
                "眼部手术/眼内注射后眼痛加重、视力下降或前房积脓（疑眼内炎，立即眼科急诊）",
                "Worsening pain, falling sight or pus in the eye after eye surgery or an "
                "injection (possible endophthalmitis: eye emergency now)",
                ["eye_surgery", *signs],
                S.ENDOPHTHALMITIS,
                ("call_120",),
            )
        ]
    return same_day_hits(
        [
            (
                c.has("red_eye", "eye_pain"),
                "red_eye_after_eye_surgery",
                "眼部手术后眼红或眼痛（当天眼科复查）",
                "A red or painful eye after eye surgery (eye service today)",
                ["eye_surgery", *c.which("red_eye", "eye_pain")],
                S.ENDOPHTHALMITIS,
            )
        ]
    )


def _compartment_syndrome(c: Case) -> list[Hit]:
    # BOAST 10 2014 / NICE NG37: after a fracture or in a cast, pain not eased by strong
    # analgesia or on passive stretch of the toes or fingers is compartment syndrome until
    # excluded: loosen or split the cast and send to hospital now (muscle dies within hours).
    # (also after a crush, or a bleed into the muscle on an anticoagulant, with the limb tense
    # and hard: BOAST 10, NICE CKS Anticoagulation - oral)
    context = c.which("cast", "fracture", "crush_injury", "anticoagulant", "tense_limb")
    if not (c.has("compartment_pain") and context):
        return []
    return [
        hit(
            E,
            "compartment_syndrome",
            "疑似骨筋膜室综合征（石膏/骨折后剧痛、止痛无效或被动活动剧痛）",
            "Possible compartment syndrome (pain in a cast or after a fracture, not eased by "
            "analgesia or on passive stretch)",
            [*context, "compartment_pain", *c.which("limb_numb")],
            S.COMPARTMENT,
            ("call_120",),
        )
    ]


def _limb_injury(c: Case) -> list[Hit]:
    # NICE NG38 2016 §1.1 / Ottawa rules: deformity, inability to bear weight or bony
    # tenderness after an injury needs a same-day X-ray. NICE NG37 2016 §1.1: an open fracture
    # or a pale, cold, pulseless or numb limb beyond the injury needs hospital now. A dangerous
    # mechanism is handled by the major-trauma rule.
    out: list[Hit] = []
    if c.has("major_trauma"):
        return out
    trauma = c.has(*_TRAUMA)
    suspected = c.which("fracture", "dislocation", "patellar_dislocation")
    if trauma:
        # (Ottawa ankle, foot and knee rules: the named bony points; a squared-off shoulder)
        suspected += c.which(
            "limb_deformity",
            "cannot_bear_weight",
            "bony_tenderness",
            "ottawa_tenderness",
            "shoulder_dislocation_sign",
            "wrist_swelling",
        )
    neurovascular = c.which("limb_ischaemia", "limb_numb")
    # NICE CG124 2011/2023: an older person who cannot bear weight after a fall, or whose leg
    # is shortened and turned out, has a hip fracture until shown otherwise: hospital now.
    older = c.age_years is not None and c.age_years >= 60
    hip = c.which("hip_fracture_sign") if trauma or older else []
    # (tenderness at an Ottawa point of the ankle, foot or knee places the injury there: the
    # inability to bear weight is that fracture's, X-rayed the same day)
    if older and c.has("fall") and c.has("cannot_bear_weight") and not c.has("ottawa_tenderness"):
        hip += ["fall", "cannot_bear_weight"]
    if older and c.has("fall") and c.has("groin_pain", "limp") and not hip:
        # NICE CG124: an impacted hip fracture can still bear weight: groin pain or a new limp
        # after a fall is an X-ray the same day
        suspected += ["fall", *c.which("groin_pain", "limp")]
    if hip and not c.has("open_fracture"):
        out.append(
            hit(
                E,
                "possible_hip_fracture",
                "疑似髋部骨折（老人摔倒后不能负重/患肢缩短外旋）",
                "Possible hip fracture (cannot bear weight after a fall, or leg short, turned out)",
                hip + neurovascular,
                S.HIP_FRACTURE,
                ("call_120", "immobilise"),
            )
        )
        return out
    if c.has("open_fracture"):
        out.append(
            hit(
                E,
                "open_fracture",
                "开放性骨折（骨外露）",
                "Open fracture (bone through the skin)",
                ["open_fracture", *neurovascular],
                S.FRACTURE,
                ("call_120", "open_fracture_measures"),
            )
        )
    elif suspected and neurovascular:
        out.append(
            hit(
                E,
                "fracture_neurovascular",
                "骨折/脱位伴肢体远端缺血或麻木",
                "Fracture or dislocation with a pale, cold or numb limb",
                suspected + neurovascular,
                S.FRACTURE,
                ("call_120", "check_circulation"),
            )
        )
    elif suspected:
        out.append(
            hit(
                U,
                "suspected_fracture",
                "疑似骨折/脱位（当天拍片）",
                "Suspected fracture or dislocation (X-ray today)",
                suspected,
                S.FRACTURE,
                ("see_doctor_today", "immobilise"),
            )
        )
    if c.has("deep_wound") and not c.has("open_fracture"):
        out.append(
            hit(
                U,
                "deep_wound",
                "深伤口（需当天清创缝合）",
                "Deep wound (same-day cleaning and closure)",
                ["deep_wound"],
                S.MINOR_INJURY,
                ("see_doctor_today", "pressure_bleeding"),
            )
        )
    return out


def _knee_and_tendon_injury(c: Case) -> list[Hit]:
    # NICE CKS Knee pain - assessment (2022): a knee that swells within a few hours of a twist
    # or a pop (a haemarthrosis: cruciate tear, fracture) or that is locked (cannot be
    # straightened, a displaced meniscal tear) needs same-day assessment. NICE CKS Achilles
    # tendinopathy (2020): a suspected rupture (a gap, a 'kick' in the back of the heel) is
    # referred the same day.
    out: list[Hit] = []
    knee = c.which("knee_injury", "joint_pop")
    if c.has("rapid_joint_swelling") and knee:
        out.append(
            hit(
                U,
                "knee_haemarthrosis",
                "膝关节扭伤后几小时内迅速肿胀（关节积血，疑韧带断裂/骨折，当天骨科）",
                "Knee swelling within hours of a twisting injury (haemarthrosis: possible "
                "ligament tear or fracture; orthopaedics today)",
                ["rapid_joint_swelling", *knee],
                S.KNEE_INJURY,
                ("see_doctor_today", "immobilise"),
            )
        )
    elif c.has("locked_knee") and (knee or c.has(*_TRAUMA)):
        out.append(
            hit(
                U,
                "locked_knee",
                "膝关节交锁（伸不直，疑半月板撕裂，当天骨科）",
                "Locked knee that cannot be straightened (possible meniscal tear; "
                "orthopaedics today)",
                ["locked_knee", *(knee or c.which(*_TRAUMA))],
                S.KNEE_INJURY,
                ("see_doctor_today", "immobilise"),
            )
        )
    if c.has("achilles_rupture"):
        out.append(
            hit(
                U,
                "achilles_rupture",
                "疑似跟腱断裂（跟腱处凹陷/像被人踢了一脚，当天骨科）",
                "Suspected Achilles tendon rupture (a gap, or a kick felt in the heel; "
                "orthopaedics today)",
                ["achilles_rupture", *c.which("limp", "cannot_bear_weight")],
                S.ACHILLES_RUPTURE,
                ("see_doctor_today", "immobilise"),
            )
        )
    return out


def _face_injury(c: Case) -> list[Hit]:
    # ENT UK / NICE CKS: a septal haematoma after a blow to the nose (both sides blocked, a soft
    # swelling of the septum) is drained by ENT the same day. BAOMS: a jaw dislocated open
    # (the mouth stuck open) is reduced the same day; teeth that no longer meet after a blow
    # are a mandibular fracture (same-day maxillofacial). RCOphth / BAOMS: an orbital floor
    # fracture (double vision looking up or down, a numb cheek, an eye that cannot look up)
    # after a blow is seen the same day; trapped muscle with the oculocardiac reflex
    # (vomiting, a slow pulse), the child's 'white-eyed' trapdoor fracture, is an emergency.
    out: list[Hit] = []
    blow = c.which(*_TRAUMA, "nose_injury", "eye_injury", "head_injury")
    septal = c.which("septal_haematoma")
    if not septal and c.has("nasal_bulge") and c.has("nose_injury"):
        septal = ["nasal_bulge", "nose_injury"]
    if septal:
        out.append(
            hit(
                U,
                "septal_haematoma",
                "疑似鼻中隔血肿（鼻外伤后双侧鼻塞、鼻中隔软性膨隆，当天耳鼻喉科引流）",
                "Possible septal haematoma (soft swelling of the septum after a blow to the "
                "nose; ENT drainage today)",
                septal,
                S.SEPTAL_HAEMATOMA,
                ("see_doctor_today",),
            )
        )
    if c.has("jaw_dislocation"):
        out.append(
            hit(
                U,
                "jaw_dislocation",
                "下颌关节脱位（嘴合不上，当天复位）",
                "Dislocated jaw (mouth stuck open; reduction today)",
                ["jaw_dislocation", *c.which("drooling", "speech_disturbance")],
                S.JAW_INJURY,
                ("see_doctor_today",),
            )
        )
    elif c.has("malocclusion") and blow:
        out.append(
            hit(
                U,
                "mandible_fracture",
                "疑似下颌骨骨折（外伤后上下牙咬合不上，当天颌面外科）",
                "Suspected mandibular fracture (teeth no longer meet after a blow; "
                "maxillofacial surgery today)",
                ["malocclusion", *blow[:1], *c.which("numbness", "bleeding")],
                S.JAW_INJURY,
                ("see_doctor_today",),
            )
        )
    orbit = c.which("gaze_diplopia", "restricted_upgaze", "cheek_numb")
    if c.has("eye_injury") and c.has("diplopia"):
        orbit.append("diplopia")
    if orbit and blow:
        entrapment = c.which("restricted_upgaze", "gaze_diplopia")
        reflex = c.which("vomiting")
        if c.v.hr is not None and c.v.hr < 60:
            reflex.append(f"HR {c.v.hr}")
        if entrapment and reflex:
            out.append(
                hit(
                    E,
                    "orbital_fracture_entrapment",
                    "眼眶骨折眼肌嵌顿伴眼心反射（眼球上转受限伴呕吐/心动过缓，立即转诊手术）",
                    "Orbital fracture with a trapped eye muscle and the oculocardiac reflex "
                    "(eye cannot look up, with vomiting or a slow pulse; transfer now)",
                    [*blow[:1], *orbit, *reflex],
                    S.ORBITAL_FRACTURE,
                    ("call_120",),
                )
            )
        else:
            out.append(
                hit(
                    U,
                    "orbital_blowout_fracture",
                    "疑似眼眶底骨折（眼外伤后上下看重影/脸颊麻木，当天颌面外科和眼科）",
                    "Suspected orbital floor (blow-out) fracture (double vision looking up or "
                    "down, or a numb cheek after a blow; maxillofacial and eye today)",
                    [*blow[:1], *orbit],
                    S.ORBITAL_FRACTURE,
                    ("see_doctor_today",),
                )
            )
    return out


def _rib_fracture(c: Case) -> list[Hit]:
    # NICE NG39 (2016) §1.4 / RCEM blunt chest wall trauma (STUMBL): rib fractures with
    # hypoxia (SpO2 < 94%), a respiratory rate of 25 or more (an adult) or a flail segment need
    # hospital now; in an older person, with chronic lung disease or on an anticoagulant
    # (pneumonia and respiratory failure follow) they are assessed the same day.
    rib = c.which("rib_fracture")
    if c.has("rib_pain") and c.has(*_TRAUMA, "head_injury"):
        rib += ["rib_pain", *c.which(*_TRAUMA)[:1]]
    if not rib:
        return []
    severe = c.which("flail_chest")
    if c.v.spo2 is not None and c.v.spo2 < 94:
        severe.append(f"SpO2 {c.v.spo2}%")
    if c.v.rr is not None and c.v.rr >= 25 and not c.is_child:
        severe.append(f"RR {c.v.rr}")
    if severe:
        return [
            hit(
                E,
                "rib_fractures_respiratory_compromise",
                "肋骨骨折伴缺氧、呼吸急促或连枷胸（立即转院）",
                "Rib fractures with low oxygen, fast breathing or a flail segment (hospital now)",
                rib + severe,
                S.RIB_FRACTURE,
                ("call_120",),
            )
        ]
    risk = c.which("copd", "asthma", "anticoagulant")
    if c.age_years is not None and c.age_years >= 65:
        risk.append("age>=65")
    if not risk:
        return []
    return [
        hit(
            U,
            "rib_fractures_high_risk",
            "高危患者肋骨骨折（老年/慢性肺病/抗凝，当天评估止痛和肺部情况）",
            "Rib fractures in someone at high risk (older, lung disease or anticoagulated; "
            "assess pain relief and breathing today)",
            rib + risk,
            S.RIB_FRACTURE,
            ("see_doctor_today",),
        )
    ]
