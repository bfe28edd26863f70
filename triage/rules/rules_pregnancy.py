"""Pregnancy and postpartum danger signs, ectopic pregnancy and pre-eclampsia."""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

E, U, N = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT


def evaluate(c: Case) -> list[Hit]:
    """Ectopic, pre-eclampsia, antenatal and postnatal danger-sign rules."""
    out: list[Hit] = []
    out.extend(_ectopic(c))
    if c.pregnant or c.has("postpartum"):
        out.extend(_pre_eclampsia(c))
        out.extend(_danger_signs(c))
        out.extend(_maternal_sepsis(c))
    if c.pregnant:
        out.extend(_fetal_movements(c))
        out.extend(_hyperemesis(c))
        out.extend(_trauma_in_pregnancy(c))
    if c.has("postpartum"):
        out.extend(_postnatal_wound(c))
    return out


def _trauma_in_pregnancy(c: Case) -> list[Hit]:
    # RCOG GTG22 / ACOG: a fall or blow after 20 weeks: fetal monitoring (and anti-D if
    # RhD-negative) today, even without symptoms (bleeding or pain are the danger signs').
    weeks = c.facts.gestation_weeks
    if not c.has("fall", "major_trauma", "abdominal_trauma") or (weeks is not None and weeks < 20):
        return []
    return [
        hit(
            U,
            "trauma_in_pregnancy",
            "孕中晚期摔倒或腹部受撞（当天胎心监护，Rh阴性者72小时内抗D）",
            "A fall or blow in later pregnancy (fetal monitoring today; anti-D within 72 hours "
            "if RhD-negative)",
            c.which("fall", "major_trauma", "abdominal_trauma"),
            S.TRAUMA_IN_PREGNANCY,
            ("see_doctor_today",),
        )
    ]


def _postnatal_wound(c: Case) -> list[Hit]:
    # NICE NG194: a perineal or caesarean wound red, discharging, open or with pus: today.
    signs = c.which("wound_infection", "wound_dehiscence")
    if not signs:
        return []
    return [
        hit(
            U,
            "postnatal_wound_problem",
            "产后会阴或剖宫产伤口红肿、渗液、裂开或化脓（当天处理）",
            "Perineal or caesarean wound red, discharging, open or with pus after the birth "
            "(review today)",
            ["postpartum", *signs],
            S.POSTNATAL_WOUND,
            ("see_doctor_today",),
        )
    ]


def _hyperemesis(c: Case) -> list[Hit]:
    # RCOG GTG69 2016: vomiting in pregnancy with fluids not kept down, little dark urine or
    # dizziness is hyperemesis with dehydration: same-day assessment for IV fluids.
    vomiting = c.which("repeated_vomiting", "vomit_everything") or (
        ["vomiting"] if c.severe("vomiting") else []
    )
    dry = c.which("reduced_urine", "unable_to_drink", "dizziness", "weight_loss")
    if not vomiting or not dry:
        return []
    return [
        hit(
            U,
            "hyperemesis_dehydration",
            "妊娠剧吐伴脱水",
            "Severe vomiting in pregnancy with dehydration",
            vomiting + dry,
            S.HYPEREMESIS,
            ("see_doctor_today",),
        )
    ]


def _fetal_movements(c: Case) -> list[Hit]:
    # RCOG GTG57 2011 §6 / WHO ANC 2016: from 24 weeks, reduced fetal movements need same-day
    # assessment (fetal heart, CTG) without waiting until the next day; no movement at all is
    # treated as an emergency. Between 20 and 24 weeks the fetal heart is checked (by Doppler);
    # before 20 weeks movements are not yet reliably felt, so their absence means nothing.
    few = c.has("few_movements") and not c.is_child  # 宝宝不太动 said of the baby in the womb
    if not c.has("reduced_fetal_movement") and not few:
        return []
    weeks = c.facts.gestation_weeks
    absent = c.has("absent_fetal_movement")
    if weeks is not None and weeks < 20:
        return []
    before_24 = weeks is not None and weeks < 24
    level = {(False, False): U, (False, True): E, (True, False): N, (True, True): U}[
        (before_24, absent)
    ]
    code, zh, en = (
        ("absent_fetal_movements", "胎动消失", "No fetal movements")
        if absent
        else ("reduced_fetal_movements", "胎动减少", "Reduced fetal movements")
    )
    actions = {
        E: ("call_120", "fetal_movement_measures"),
        U: ("see_doctor_today", "fetal_movement_measures"),
        N: ("fetal_heart_check",),
    }[level]
    trig = c.which("absent_fetal_movement", "reduced_fetal_movement", "few_movements")[:1]
    if weeks is not None:
        trig.append(f"{weeks} weeks")
    return [hit(level, code, zh, en, trig, S.FETAL_MOVEMENTS, actions)]


def _reproductive_female(c: Case) -> bool:
    if c.facts.sex == "male" or c.facts.pregnant is False:
        return False
    age = c.age_years
    return age is None or 12 <= age <= 55


def _abortion_settling(c: Case) -> bool:
    """A medical abortion taking its expected course (WHO Abortion care guideline 2022 §3.5):
    cramps and bleeding heavier than a period, with clots, for some hours after misoprostol,
    without the warning signs (soaking more than two pads an hour, faintness, fever, severe
    pain, shoulder-tip pain). rules_after_treatment reviews it the same day."""
    if not c.has("after_abortion"):
        return False
    pain = c.which("abdominal_pain", "periodic_abdominal_pain", "lower_abdominal_heaviness")
    return not (
        _shock(c)
        or _soaking(c)
        or c.has("syncope", "dizziness", "pale", "shoulder_tip_pain")
        or c.severe(*pain)
        or c.fever
    )


def _soaking(c: Case) -> bool:
    """Heavy bleeding told as such (soaking pads, 血流不止), not only "heavier than a period"."""
    return c.has("heavy_bleeding") and bool(c.told("heavy_bleeding"))


def _ectopic(c: Case) -> list[Hit]:
    # NICE NG126 2019 §1.2: in a woman who may be pregnant (missed period, positive test,
    # early pregnancy), abdominal or pelvic pain, vaginal bleeding, shoulder-tip pain, fainting
    # or dizziness suggest ectopic pregnancy: refer immediately.
    early = (
        c.pregnant and (c.facts.gestation_weeks is None or c.facts.gestation_weeks < 14)
    ) or c.has("missed_period", "positive_pregnancy_test")
    if not early or not _reproductive_female(c) or c.has("postpartum") or _abortion_settling(c):
        return []
    signs = c.which(
        "abdominal_pain",
        "periodic_abdominal_pain",
        "lower_abdominal_heaviness",
        "contractions",
        "shoulder_tip_pain",
        "syncope",
        "vaginal_bleeding",
        "dizziness",
    )
    if not signs:
        return []
    # Bleeding with dizziness may be haemodynamic compromise (NICE NG126 §1.2): refer now. Mild
    # cramps with spotting in a well woman (a threatened miscarriage more often than an
    # ectopic) go to the early pregnancy unit today; pain without bleeding stays an emergency.
    pain = c.which("abdominal_pain", "periodic_abdominal_pain", "lower_abdominal_heaviness")
    mild_cramps = bool(pain) and c.mild(*pain) and not c.severe(*pain) and c.has("vaginal_bleeding")
    # NICE NG126: a miscarriage with faintness, dizziness or pallor is still an emergency.
    seen_in_womb = c.has("intrauterine_confirmed") and not (
        _shock(c) or c.has("syncope", "dizziness", "pale")
    )
    if not seen_in_womb and (
        (pain and not mild_cramps)
        or c.has("contractions")
        or c.has("shoulder_tip_pain", "syncope")
        or _shock(c)
        or c.has("heavy_bleeding")
        or (c.has("vaginal_bleeding", "bleeding") and c.has("dizziness"))
    ):
        return [
            hit(
                E,
                "ectopic_pregnancy",
                "疑似异位妊娠（宫外孕）",
                "Possible ectopic pregnancy",
                c.which("missed_period", "positive_pregnancy_test", "pregnant") + signs + _shock(c),
                S.ECTOPIC,
                ("call_120", "nil_by_mouth"),
            )
        ]
    if c.has("intrauterine_confirmed"):
        # NICE NG126 §1.5: a pregnancy seen in the womb that bleeds with cramps is a
        # miscarriage, threatened or under way: the early pregnancy unit today.
        return [
            hit(
                U,
                "miscarriage",
                "宫内孕已证实，出血伴腹痛（先兆或难免流产，当天早孕门诊）",
                "Bleeding with cramps in a pregnancy seen in the womb (miscarriage; early "
                "pregnancy unit today)",
                ["intrauterine_confirmed", *signs],
                S.MISCARRIAGE,
                ("see_doctor_today",),
            )
        ]
    # NICE NG126 §1.4.3: bleeding without pain under 6 weeks: expectant management, a repeat
    # test in 7-10 days and return advice (not a same-day scan).
    if _early_spotting(c):
        return [
            hit(
                N,
                "early_pregnancy_spotting",
                "孕6周内少量出血、无腹痛（期待观察，7-10天复查妊娠试验；腹痛或出血增多即回诊）",
                "Spotting without pain before 6 weeks (expectant care; return with pain or more "
                "bleeding)",
                signs,
                S.ECTOPIC,
                ("routine_visit",),
            )
        ]
    return [
        hit(
            U,
            "early_pregnancy_bleeding",
            "早孕期阴道出血",
            "Bleeding in early pregnancy",
            signs,
            S.ECTOPIC,
            ("see_doctor_today",),
        )
    ]


def _early_spotting(c: Case) -> bool:
    """Bleeding, and nothing else, before 6 weeks of pregnancy (NICE NG126 §1.4.3)."""
    weeks = c.facts.gestation_weeks
    others = c.which(
        "abdominal_pain", "periodic_abdominal_pain", "lower_abdominal_heaviness", "contractions",
        "shoulder_tip_pain", "syncope", "dizziness", "heavy_bleeding",
    )  # fmt: skip
    return c.has("vaginal_bleeding") and not others and weeks is not None and weeks < 6


def _shock(c: Case) -> list[str]:
    s = []
    if c.v.sbp is not None and c.v.sbp < 90:
        s.append(f"SBP {c.v.sbp}")
    if c.v.hr is not None and c.v.hr > 110:
        s.append(f"HR {c.v.hr}")
    return s + c.which("mottled_skin")


def _pre_eclampsia(c: Case) -> list[Hit]:
    # NICE NG133 2019 §1.4-1.5 / 妊娠期高血压疾病诊治指南2020: BP >=140/90 after 20 weeks (or
    # postpartum) with headache, visual disturbance, epigastric/RUQ pain, vomiting, sudden
    # swelling or breathlessness is pre-eclampsia with severe features; BP >=160/110 is severe
    # hypertension. Both need immediate transfer; a fit is eclampsia.
    sbp, dbp = c.v.sbp, c.v.dbp
    if (
        c.facts.gestation_weeks is not None
        and c.facts.gestation_weeks < 20
        and not c.has("postpartum")
    ):
        return []
    raised = (sbp is not None and sbp >= 140) or (dbp is not None and dbp >= 90)
    severe_bp = (sbp is not None and sbp >= 160) or (dbp is not None and dbp >= 110)
    symptoms = c.which(
        "headache",
        "vision_disturbance",
        "epigastric_pain",
        "ruq_pain",
        "repeated_vomiting",
        "oedema",
        "dyspnoea",
        "confusion",
        "seizure",
    )
    # NICE NG133 lists sudden swelling of the face, hands or feet among the symptoms to report;
    # swelling that came on over days (脚肿得厉害 这几天, "legs and face puffy 1 wk") is not one of
    # its severe features (NG133 §1.5; 妊娠期高血压疾病诊治指南2020 does not count oedema), and
    # a little ankle swelling (脚有点肿) is common in any pregnancy.
    if "oedema" in symptoms and not c.sudden("oedema"):
        symptoms.remove("oedema")
    bp = [f"BP {sbp}/{dbp}" if dbp else f"SBP {sbp}"] if raised else []
    # 抽筋 in pregnancy is usually a leg cramp; it is a fit when BP is raised or with headache,
    # visual disturbance or loss of consciousness (eclampsia, NICE NG133 §1.5).
    fit = c.which("seizure", "eclampsia_named")
    if (
        not fit
        and c.has("fit_colloquial")
        and (raised or c.has("headache", "vision_disturbance", "unconscious", "confusion"))
    ):
        fit = ["fit_colloquial"]
    if fit:
        return [
            hit(
                E,
                "eclampsia",
                "疑似子痫（孕产期抽搐）",
                "Possible eclampsia (fit in pregnancy or after birth)",
                [*fit, *bp],
                S.PRE_ECLAMPSIA,
                ("call_120", "seizure_measures"),
            )
        ]
    if raised and (symptoms or severe_bp):
        return [
            hit(
                E,
                "pre_eclampsia",
                "疑似重度子痫前期",
                "Possible pre-eclampsia with severe features",
                bp + symptoms,
                S.PRE_ECLAMPSIA,
                ("call_120", "lie_left_side"),
            )
        ]
    # NICE NG133 §1.4: pre-eclampsia or gestational hypertension already diagnosed needs
    # same-day review; with any symptom of severe disease, immediate transfer.
    named = c.which("pre_eclampsia_named")
    if named and (symptoms or c.has("abdominal_pain", "unusual_fatigue", "vomiting")):
        return [
            hit(
                E,
                "pre_eclampsia",
                "疑似重度子痫前期",
                "Possible pre-eclampsia with severe features",
                named + bp + (symptoms or c.which("abdominal_pain", "unusual_fatigue", "vomiting")),
                S.PRE_ECLAMPSIA,
                ("call_120", "lie_left_side"),
            )
        ]
    if raised or named:
        return [
            hit(
                U,
                "pregnancy_hypertension",
                "妊娠期血压升高",
                "Raised blood pressure in pregnancy",
                bp + named,
                S.ANTENATAL_BP,
                ("see_doctor_today",),
            )
        ]
    return []


def _danger_signs(c: Case) -> list[Hit]:
    # WHO ANC 2016 / 孕期保健指南2018 danger signs: vaginal bleeding, severe headache with
    # blurred vision, convulsions, fever, severe abdominal pain, fast or difficult breathing,
    # reduced or absent fetal movements, leaking fluid. Postpartum (WHO 2022): heavy bleeding,
    # fever, severe headache, breathlessness, calf swelling, thoughts of self-harm.
    out: list[Hit] = []
    post = c.has("postpartum") and not c.pregnant
    src = S.POSTPARTUM if post else S.PREGNANCY
    # RCOG GTG50 2014: a cord seen or felt after the waters break is an emergency in minutes.
    # After an abortion the bleeding is rules_after_treatment's (WHO 2022 §3.5).
    emerg = [] if c.has("after_abortion") else c.which("heavy_bleeding")
    emerg += c.which(
        "thunderclap_headache",
        "unconscious",
        "severe_dyspnoea",
        "cyanosis",
        "cord_prolapse",
    )
    weeks = c.facts.gestation_weeks
    # WHO postnatal care 2022: after the birth, bleeding like a period (lochia) without pain,
    # fever or faintness is normal; heavy bleeding is the danger sign.
    lochia = (
        c.has("postpartum")
        and (c.mild("vaginal_bleeding", "bleeding") or c.has("lochia_settling"))
        and not c.has("abdominal_pain", "dizziness", "pale", "syncope")
        and not c.fever
    )
    if (
        c.has("vaginal_bleeding", "bleeding")
        and not lochia
        and not c.has("after_abortion")  # the pregnancy has ended: rules_after_treatment's
        and not (weeks is not None and weeks < 14)
        and not (
            c.mild("vaginal_bleeding")
            and not c.has("abdominal_pain")
            and weeks is not None
            and weeks >= 37
        )
    ):
        emerg.append("vaginal_bleeding")
    if c.has("headache") and (c.severe("headache") or c.has("vision_disturbance")):
        emerg += ["headache", *c.which("vision_disturbance")]
    if c.has("abdominal_pain") and c.severe("abdominal_pain", "epigastric_pain"):
        emerg.append("abdominal_pain")
    contracting = c.has("contractions") or (
        c.pregnant
        and not c.has("postpartum")
        and (
            c.has("periodic_abdominal_pain")
            or (c.has("pain_interval") and c.has("abdominal_pain", "lower_abdominal_heaviness"))
        )
    )
    # NICE NG25: regular painful contractions before 37 weeks; irregular tightenings that settle
    # with rest (Braxton Hicks) get same-day advice below. An interval (五分钟一次), severe pain,
    # bleeding or leaking fluid makes them labour whatever else was said.
    braxton_hicks = (
        c.has("contractions_irregular")
        and not c.has("pain_interval", "vaginal_bleeding", "leaking_fluid")
        and not c.severe("contractions", "abdominal_pain")
    )
    if (
        contracting
        and weeks is not None
        and weeks < 37
        and not c.mild("contractions")
        and not braxton_hicks
    ):
        emerg.append("preterm_contractions")
    if c.has("leaking_fluid") and (weeks is None or weeks < 37 or c.fever):
        emerg.append("leaking_fluid")
    if c.fever and (c.v.temp_c or 0) >= 39.0:
        emerg.append("high_fever")
    if emerg:
        code = "postpartum_danger_sign" if post else "pregnancy_danger_sign"
        label = (
            ("产后危险征象", "Postpartum danger sign")
            if post
            else ("孕期危险征象", "Danger sign in pregnancy")
        )
        out.append(hit(E, code, label[0], label[1], emerg, src, ("call_120", "lie_left_side")))
        return out
    urgent = c.which(
        "leaking_fluid",
        "vomit_everything",
        "dyspnoea",
        "vision_disturbance",
        "abdominal_pain",
        "calf_swelling",
        "urinary_symptoms",
        "vaginal_bleeding",
        "itch_palms_soles",  # RCOG GTG43: bile acids and liver tests (cholestasis)
    )
    if _early_spotting(c):  # NICE NG126 §1.4.3: the ectopic rule's expectant care
        urgent.remove("vaginal_bleeding")
    # Irregular painless tightenings that settle with rest are Braxton Hicks: reassurance
    # (NICE NG201 antenatal care), not a same-day review.
    if contracting and not c.mild("contractions") and not braxton_hicks:
        urgent.append("contractions")
    if c.has("headache") and not c.mild("headache"):
        urgent.append("headache")
    if c.fever:
        urgent.append("fever")
    if urgent:
        code = "postpartum_warning" if post else "pregnancy_warning"
        label = (
            ("产后需当天评估的症状", "Postpartum symptom needing same-day review")
            if post
            else ("孕期需当天评估的症状", "Symptom in pregnancy needing same-day review")
        )
        out.append(hit(U, code, label[0], label[1], urgent, src, ("see_doctor_today",)))
    return out


def _maternal_sepsis(c: Case) -> list[Hit]:
    # WHO PNC 2022 / WHO IMPAC 2017: fever after birth with foul-smelling lochia or lower
    # abdominal (uterine) pain is metritis / puerperal sepsis: first antibiotic dose and
    # referral. RCOG GTG64b / NICE NG51 (recently pregnant): fever with a heart rate over 100
    # needs review within the hour. Foul lochia without fever: same-day review.
    post = c.has("postpartum") and not c.pregnant
    if not post:
        return []
    if c.fever:
        signs = c.which("foul_lochia")
        if c.has("abdominal_pain", "periodic_abdominal_pain"):
            signs.append("abdominal_pain")
        if c.v.hr is not None and c.v.hr > 100:
            signs.append(f"HR {c.v.hr}")
        if signs == [f"HR {c.v.hr}"] and c.v.hr < 120 and c.has("mastitis"):
            # NICE NG51 §1.4 (recently pregnant): a pulse of 100-119 is one moderate-to-high
            # risk criterion; with mastitis explaining the fever, it is the same-day mastitis
            # rule's (NICE CKS Mastitis: antibiotics today, admission if systemically unwell)
            signs = []
        if signs:
            return [
                hit(
                    E,
                    "maternal_sepsis",
                    "疑似产褥感染/孕产妇脓毒症",
                    "Possible puerperal or maternal sepsis",
                    ["fever", *signs],
                    S.PUERPERAL_SEPSIS,
                    ("call_120", "rest_monitor"),
                )
            ]
        return []
    if c.has("foul_lochia"):
        return [
            hit(
                U,
                "foul_lochia",
                "产后恶露有臭味",
                "Foul-smelling lochia after birth",
                ["foul_lochia"],
                S.PUERPERAL_SEPSIS,
                ("see_doctor_today",),
            )
        ]
    return []
