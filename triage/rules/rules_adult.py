"""Adult red flags, and the all-age emergencies (stroke, anaphylaxis, poisoning, hypoxia).

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

import re

from . import sources as S
from .case import Case
from .hits import Hit, hit, same_day_hits
from .values import Level

E, U, N = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT


def evaluate(c: Case) -> list[Hit]:
    """All adult and all-age red-flag rules that fire for this case."""
    out: list[Hit] = []
    for rule in _RULES:
        out.extend(rule(c))
    return out


def _chest_pain(c: Case) -> list[Hit]:
    # ESC 2023 ACS §3 / 胸痛基层诊疗指南2019: chest pain suggestive of ACS needs immediate
    # transfer with ECG; associated features and cardiovascular risk raise the likelihood.
    if c.has("aortic_pain"):
        return []  # tearing chest or back pain: _aortic_dissection (no antithrombotics)
    if c.is_adult and c.has("st_elevation"):
        # ESC 2023 §3.2: an ECG with ST elevation is a STEMI whatever the pain is called
        # ("不是胸口痛，就是胃这里胀闷")
        told = c.which("chest_pain", "chest_tightness", "epigastric_pain", "sweating", "nausea")
        return [
            hit(
                E,
                "st_elevation_ecg",
                "心电图ST段抬高，疑似急性心肌梗死",
                "ST elevation on the ECG: possible myocardial infarction",
                ["st_elevation", *told],
                S.ACS,
                ("call_120", "rest_monitor", "acs_measures"),
            )
        ]
    pain = c.which("chest_pain", "chest_tightness")
    # A heart attack named with a week or more since it ("after heart attack, home 3 wks",
    # 心梗出院一个月) is the past: only pain told now counts, not the pain the name implies.
    old_mi = (c.hours("mi_suspected") or 0) >= 7 * 24
    if old_mi:
        pain = [p for p in pain if c.told(p)]
    if not pain:
        atypical_acs = _acs_atypical(c)
        if atypical_acs:
            return atypical_acs
    # Atypical presentations (women, diabetes, elderly): epigastric pain or arm heaviness
    # with sweating, nausea or breathlessness. ESC 2023 §3.1: jaw or arm pain with sweating is
    # an anginal equivalent at any adult age. Epigastric pain with sweating counts from middle
    # age (40; women 45, as in _acs_atypical) or with a cardiovascular risk factor; in a young
    # person without one it is dyspepsia or gastritis until shown otherwise (NICE CKS).
    age = c.age_years
    at_risk = (
        age is None
        or age >= (45 if c.female else 40)
        or c.has("heart_disease", "hypertension", "diabetes", "smoker")
    )
    # The age gate is for the epigastric branch only: jaw or arm pain with sweating is specific
    # enough to be an anginal equivalent at any adult age.
    atypical = (
        at_risk and c.has("epigastric_pain") and c.has("sweating", "dyspnoea", "radiating_pain")
    ) or (c.has("radiating_pain") and c.has("sweating"))
    if not pain and not atypical:
        return []
    if atypical and not pain:
        pain = c.which("epigastric_pain", "radiating_pain")
    features = c.which(
        "radiating_pain",
        "sweating",
        "dyspnoea",
        "nausea",
        "vomiting",
        "syncope",
        "exertional",
        *([] if old_mi else ["mi_suspected"]),
        "palpitations",
        "pale",
        "dizziness",
    )
    risk = c.which("heart_disease", "hypertension", "diabetes", "smoker")
    vital = []
    if c.v.sbp is not None and c.v.sbp < 90:
        vital.append(f"SBP {c.v.sbp}")
    if c.v.hr is not None and (c.v.hr > 120 or c.v.hr < 50):
        vital.append(f"HR {c.v.hr}")
    if c.v.spo2 is not None and c.v.spo2 < 94:
        vital.append(f"SpO2 {c.v.spo2}%")
    qualities = [q for q in pain if c.severe(q) or c.sudden(q)]
    age = c.age_years
    if c.is_child:
        if features or vital:
            return [
                hit(
                    U,
                    "chest_pain_child",
                    "儿童胸痛伴其他症状",
                    "Chest pain in a child with associated symptoms",
                    pain + features + vital,
                    S.ACS,
                    ("see_doctor_today",),
                )
            ]
        return [
            hit(
                N,
                "chest_pain_child_simple",
                "儿童胸痛（无危险征象）",
                "Chest pain in a child, no danger signs",
                pain,
                S.ACS,
            )
        ]
    # (another cause told first: a young person's pain after acupuncture or with pneumonia is
    # that cause's, not "low risk")
    other = _other_chest_pain(c, pain, features, vital, risk)
    if other:
        return other
    low_risk = (
        age is not None and age < 35 and not features and not risk and not vital and not qualities
    )
    musculoskeletal = c.has("q_musculoskeletal") and not features and not vital
    if low_risk or (musculoskeletal and (age is None or age < 50) and not risk):
        level = N if c.has("q_musculoskeletal") or c.mild(*pain) else U
        return [
            hit(
                level,
                "chest_pain_low_risk",
                "胸痛（低风险特征）",
                "Chest pain with low-risk features",
                pain,
                S.ACS,
                ("see_doctor_today",) if level is U else (),
            )
        ]
    if c.mild(*pain) and not features and not vital and not risk and age is not None and age < 40:
        return [
            hit(
                U,
                "chest_pain_low_risk",
                "胸痛（低风险特征）",
                "Chest pain with low-risk features",
                pain,
                S.ACS,
                ("see_doctor_today",),
            )
        ]
    if _long_standing_reflux(c, features, vital, risk, qualities):
        return [
            hit(
                N,
                "long_standing_reflux",
                "多年反复的烧心反酸样胸口痛、与活动无关、无心脏警示征象（按胃食管反流门诊处理；活动时胸痛、出汗、气短或性质改变即打120）",
                "Heartburn-type chest pain for years, not on exertion, no cardiac features "
                "(reflux: routine care; pain on exertion, sweating, breathlessness or a change "
                "means calling 120)",
                pain + c.which("heartburn", "q_baseline"),
                S.GORD,
            )
        ]
    if _suspected_stable_angina(c, features, vital, qualities):
        return [
            hit(
                U,
                "suspected_stable_angina",
                "数周来劳力时胸闷、休息几分钟缓解、无加重（疑稳定型心绞痛）：当天请医生评估；静息时发作或加重即打120",
                "Exertional chest tightness for weeks, eased by a few minutes' rest and not "
                "getting worse (suspected stable angina): a doctor today; pain at rest or "
                "worsening means calling 120",
                pain + c.which("exertional", "eases_with_rest", "q_baseline"),
                S.STABLE_ANGINA,
                ("see_doctor_today",),
            )
        ]
    if _stable_angina(c, features, vital, qualities):
        return [
            hit(
                N,
                "stable_angina_pattern",
                "劳力性胸痛/胸闷、休息缓解、自述无变化（稳定型心绞痛可能）：门诊随访，新发、加重或静息时胸痛即打120",
                "Exertional chest pain eased by rest and said to be unchanged (likely stable "
                "angina): routine review; new, worse or rest pain means calling 120",
                pain + c.which("exertional", "eases_with_rest", "q_baseline"),
                S.STABLE_ANGINA,
            )
        ]
    # NICE CG95 §1.1.1.4: pain 12-72 hours ago and none now is a same-day assessment; what
    # the pain was like (on exertion, spreading) does not change that, sweating, breathlessness
    # or a faint with it keeps the emergency.
    episode = set(features) <= _EPISODE_FEATURES
    settled = _episode_over(c, pain, 12) or (c.has("ecg_normal") and _episode_over(c, pain, 0))
    if settled and episode and not vital and not qualities:
        return [
            hit(
                U,
                "chest_pain_resolved",
                "胸痛发作在12小时以前、现已缓解（当天评估心电图和肌钙蛋白；再发即打120）",
                "Chest pain 12 hours or more ago, now pain-free (same-day ECG and troponin; "
                "call 120 if it returns)",
                pain + features + risk,
                S.ACS_RESOLVED,
                ("see_doctor_today",),
            )
        ]
    return [
        hit(
            E,
            "acs_chest_pain",
            "疑似急性冠脉综合征",
            "Possible acute coronary syndrome",
            pain + features + risk + vital + qualities,
            S.ACS,
            ("call_120", "rest_monitor", "acs_measures"),
        )
    ]


# NICE CG95 §1.1.1.4: an episode 12-72 hours ago, or within 12 hours with a normal resting ECG,
# now pain-free, is a same-day assessment whatever came with it (spreading, sweating, feeling
# sick); breathlessness, a faint or palpitations with it keep the emergency.
_EPISODE_FEATURES = frozenset({"exertional", "radiating_pain", "sweating", "nausea", "vomiting"})


def _long_standing_reflux(
    c: Case, features: list[str], vital: list[str], risk: list[str], qualities: list[str]
) -> bool:
    """胃食管反流病基层诊疗指南(2019) / NICE CG184: heartburn or acid coming up, told as the same
    for years, not brought on by exertion, with no cardiac feature, risk factor or abnormal
    vital sign, is reflux (ESC 2023's ACS needs one of those to be suspected)."""
    return (
        c.has("heartburn")
        and c.has("q_baseline")
        and not c.has("exertional")
        and not (features or vital or risk or qualities)
    )


def _other_chest_pain(
    c: Case, pain: list[str], features: list[str], vital: list[str], risk: list[str]
) -> list[Hit]:
    """Chest pain with the signs of another cause than the heart: a pneumothorax (emergency),
    pericarditis or a young person's known panic with hyperventilation (same day)."""
    if c.has("reduced_breath_sounds") and c.has("dyspnoea"):
        return [
            hit(
                E,
                "possible_pneumothorax",
                "胸痛气短伴一侧呼吸音减低（疑气胸）",
                "Chest pain and breathlessness with reduced breath sounds (possible pneumothorax)",
                [*pain, "dyspnoea", "reduced_breath_sounds", *vital],
                S.PNEUMOTHORAX,
                ("call_120", "sit_up_monitor"),
            )
        ]
    cardiac = vital or c.has("sweating", "radiating_pain", "syncope", "exertional")
    if c.has("shingles") and not cardiac:
        # NICE CKS Shingles (2023): the pain comes days before a band of blisters on one side;
        # the shingles rules grade it
        return [
            hit(
                N,
                "chest_pain_shingles",
                "胸痛伴单侧带状分布的水疱（带状疱疹，按带状疱疹处理）",
                "Chest pain with a one-sided band of blisters (shingles)",
                [*pain, "shingles"],
                S.SHINGLES_OVER_50,
            )
        ]
    if c.is_adult and c.has("pleuritic") and not cardiac:
        if c.has("acupuncture"):
            # a needle over the chest wall: a small pneumothorax until an X-ray says not (the
            # breathless, low-oxygen one is the emergency above, NEWS2's or the oxygen rules')
            return [
                hit(
                    U,
                    "pneumothorax_after_needling",
                    "针灸后胸痛、吸气时加重（疑针刺后气胸，当天拍胸片；气短加重即打120）",
                    "Chest pain worse on breathing in after acupuncture (possible pneumothorax: "
                    "chest X-ray today; call 120 if breathless)",
                    [*pain, "pleuritic", "acupuncture"],
                    S.PNEUMOTHORAX_AFTER_NEEDLING,
                    ("see_doctor_today",),
                )
            ]
        if c.fever and c.has("cough", "sputum"):
            return [
                hit(
                    U,
                    "pleuritic_pain_with_infection",
                    "发热咳嗽伴咳嗽或吸气时胸痛（肺炎/胸膜炎可能，当天评估）",
                    "Fever and cough with pain on coughing or breathing in (pneumonia or "
                    "pleurisy: same-day assessment)",
                    [*pain, "pleuritic", "fever", *c.which("cough", "sputum")],
                    S.PLEURITIC_INFECTION,
                    ("see_doctor_today",),
                )
            ]
    if c.has("irritant_gas") and c.has("cough", "wheeze") and not cardiac:
        # UKHSA chlorine (2019): a tight chest with a cough or wheeze after breathing chlorine is
        # the airway's irritation; rules_toxic_medical grades it.
        return [
            hit(
                N,
                "chest_tightness_irritant_gas",
                "吸入氯气后胸闷伴咳嗽/喘（气道刺激，见氯气吸入规则）",
                "A tight chest with a cough or wheeze after breathing chlorine (airway irritation)",
                [*pain, "irritant_gas"],
                S.IRRITANT_GAS,
            )
        ]
    if c.has("pericarditic_pain") and not cardiac:
        return [
            hit(
                U,
                "possible_pericarditis",
                "胸痛前倾坐位减轻（疑急性心包炎，当天心电图评估）",
                "Chest pain eased by sitting forward (possible pericarditis; ECG today)",
                [*pain, "pericarditic_pain"],
                S.PERICARDITIS,
                ("see_doctor_today",),
            )
        ]
    young = c.age_years is not None and c.age_years < 40
    calm_spo2 = c.v.spo2 is None or c.v.spo2 >= 95
    if (
        young
        and c.has("hyperventilation")
        and (c.has("low_mood") or c.past("low_mood"))
        and calm_spo2
        and not cardiac
        and not risk
        and set(features) <= {"dyspnoea", "palpitations"}
    ):
        return [
            hit(
                U,
                "panic_with_hyperventilation",
                "年轻人惊恐发作伴过度通气（手脚/口周发麻，血氧正常）：当天由医生评估，不需急救",
                "A young person's panic attack with hyperventilation (tingling hands or lips, "
                "normal oxygen): a doctor today, not an ambulance",
                [*pain, "hyperventilation", "low_mood"],
                S.HYPERVENTILATION,
                ("see_doctor_today",),
            )
        ]
    return []


_AIRWAY_THREAT = ("unable_to_drink", "drooling", "stridor")


def _episode_over(c: Case, codes: list[str], min_hours: float) -> bool:
    """The symptoms are told as over (现在一点事都没有, "now pain-free"), none as still going on,
    and every one of them with a stated time began at least min_hours ago (三天前, 前天晚上); at
    least one has a time. An episode of minutes told without when it began does not count."""
    if not c.has("q_symptom_free_now") or c.has("q_ongoing"):
        return False
    hours = [c.hours(code) for code in codes]
    known = [h for h in hours if h is not None]
    return bool(known) and min(known) >= min_hours


def _stable_angina(c: Case, features: list[str], vital: list[str], qualities: list[str]) -> bool:
    """NICE CG126: known coronary disease with pain brought on by exertion, eased by rest within
    minutes and said to be unchanged (这几年一直这样, 次数没变多). Any other feature, an abnormal
    vital sign, severe or sudden pain, worsening or a start within the last month keeps it an
    ACS (a new or changing pattern is unstable angina)."""
    if not (c.has("heart_disease") and c.has("q_baseline") and c.has("eases_with_rest")):
        return False
    return (
        set(features) <= {"exertional", "dyspnoea"}  # breathless on the same exertion
        and not vital
        and not qualities
        and not c.has("q_worsening")
        and not any(_began_within_month(c, x) for x in ("chest_pain", "chest_tightness"))
    )


def _suspected_stable_angina(
    c: Case, features: list[str], vital: list[str], qualities: list[str]
) -> bool:
    """NICE CG95 §1.3: chest pain on exertion only, for two weeks or more, eased by rest within
    minutes and said not to be getting worse, not yet diagnosed: stable chest pain, assessed
    soon (not an acute coronary syndrome)."""
    pain = c.which("chest_pain", "chest_tightness")
    weeks = min((c.hours(x) or 0) for x in pain) >= 14 * 24 if pain else False
    return (
        weeks
        and c.has("eases_with_rest")
        and c.has("q_baseline")
        and not c.has("q_worsening", "crescendo_angina", "heart_disease")
        and set(features) <= {"exertional"}
        and not vital
        and not qualities
    )


def _began_within_month(c: Case, code: str) -> bool:
    """The concept's stated duration is an hour to a month (an episode of minutes is not when
    it began)."""
    hours = c.hours(code)
    return hours is not None and 1 <= hours <= 30 * 24


def _acs_atypical(c: Case) -> list[Hit]:
    # ESC 2023 ACS §3.1 / NICE CG95 §1.1: older people, women and people with diabetes often
    # have ACS without chest pain: new breathlessness on minimal exertion, epigastric discomfort
    # or "indigestion", or unusual fatigue, with an autonomic feature (sweating, clammy, nausea,
    # vomiting) or a fast pulse. Women count from 45 (mostly after the menopause) so that young
    # women with gastritis and nausea are not sent to hospital. A GI infection (diarrhoea,
    # fever) or a complaint lasting a week or more is not this presentation.
    if c.is_child or c.has("diarrhoea", "q_musculoskeletal") or c.fever:
        return []
    age = c.age_years
    risk = []
    if age is not None and age >= 65:
        risk.append("age>=65")
    if c.has("diabetes") and (age is None or age >= 30):
        risk.append("diabetes")
    if c.has("heart_disease"):
        risk.append("heart_disease")
    if c.female and age is not None and age >= 45:
        risk.append("female>=45")
    if not risk:
        return []
    anchor = []
    # Breathlessness counts when it came on with exertion or suddenly, or comes with both
    # sweating and nausea (ESC 2023 §3.1: dyspnoea with diaphoresis and nausea as an anginal
    # equivalent in the elderly and in diabetes).
    if c.has("dyspnoea") and (
        c.has("exertional")
        or c.sudden("dyspnoea")
        or (c.has("sweating") and c.has("nausea", "vomiting"))
    ):
        anchor += ["dyspnoea", *c.which("exertional")]
    anchor += c.which("epigastric_pain", "heartburn", "unusual_fatigue")
    if c.sudden("fatigue"):
        anchor.append("fatigue")
    anchor = [a for a in anchor if (c.hours(a) or 0) < 7 * 24]
    autonomic = c.which("sweating", "nausea", "vomiting")
    # A fast pulse that is itself the complaint (palpitations, an irregular pulse: the arrhythmia
    # rules grade it) is not an autonomic sign of ischaemia.
    if c.v.hr is not None and c.v.hr > 100 and not c.has("palpitations", "irregular_pulse"):
        autonomic.append(f"HR {c.v.hr}")
    if not (anchor and autonomic):
        return []
    # (one episode: its time may be told with the nausea, "last night had nausea and upper
    # tummy discomfort")
    if _episode_over(c, anchor + autonomic, 12) and not c.has("dyspnoea", "syncope"):
        # NICE CG95 §1.1.1.4: the same presentation 12-72 hours ago, now over: same day
        return [
            hit(
                U,
                "chest_pain_resolved",
                "疑似心绞痛等同症状发作在12小时以前、现已缓解（当天评估心电图和肌钙蛋白；再发即打120）",
                "A possible anginal equivalent 12 hours or more ago, now over (same-day ECG and "
                "troponin; call 120 if it returns)",
                anchor + autonomic + risk,
                S.ACS_RESOLVED,
                ("see_doctor_today",),
            )
        ]
    return [
        hit(
            E,
            "acs_atypical",
            "疑似急性冠脉综合征（不典型表现，无胸痛）",
            "Possible acute coronary syndrome without chest pain (atypical presentation)",
            anchor + autonomic + risk,
            S.ACS_ATYPICAL,
            ("call_120", "rest_monitor", "acs_measures"),
        )
    ]


def _aortic_dissection(c: Case) -> list[Hit]:
    # ESC 2014 aortic diseases §6.2 (ADD risk score) / 主动脉夹层诊断与治疗规范中国专家共识
    # (2017): abrupt, severe or tearing (撕裂样, 刀割样) chest, back or abdominal pain, or chest or
    # back pain with a blood pressure difference between the arms, is aortic dissection until
    # imaging excludes it: call 120, keep still, no antiplatelet or anticoagulant.
    if c.is_child:
        return []
    signs = c.which("aortic_pain")
    pain = c.which("chest_pain", "chest_tightness", "back_pain", "abdominal_pain")
    if c.has("arm_bp_difference") and (signs or pain):
        signs += ["arm_bp_difference", *pain]
    if not signs:
        return []
    if c.v.sbp is not None:
        signs.append(f"BP {c.v.sbp}/{c.v.dbp}" if c.v.dbp else f"SBP {c.v.sbp}")
    return [
        hit(
            E,
            "aortic_dissection",
            "疑似主动脉夹层（撕裂样胸背痛/双臂血压不等）",
            "Possible aortic dissection (tearing chest or back pain, arm BP difference)",
            signs + c.which("sweating", "syncope", "hypertension"),
            S.AORTIC_DISSECTION,
            ("call_120", "rest_monitor"),
        )
    ]


def _ruptured_aaa(c: Case) -> list[Hit]:
    # NICE NG156 2020 §1.1.1: in someone at risk (here: 50 or over), abdominal or back pain
    # with cardiovascular collapse or a faint is a ruptured abdominal aortic aneurysm until
    # shown otherwise: immediate transfer to a vascular unit.
    age = c.age_years
    if age is None or age < 50 or c.has("aortic_pain"):
        return []  # tearing pain: _aortic_dissection
    pain = [
        p
        for p in c.which("abdominal_pain", "back_pain", "flank_pain")
        if c.severe(p) or c.sudden(p)
    ]
    # NICE CKS Renal colic (2024): over 60, a first "kidney stone" may be a leaking aneurysm.
    pain += c.which("renal_colic") if age >= 60 else []
    # ... or with a pulsatile mass felt in the abdomen or a faint (then any such pain will do).
    if not pain and c.has("pulsatile_mass", "syncope"):
        pain = c.which("abdominal_pain", "back_pain", "flank_pain")
    collapse = c.shock_signs() + c.which("syncope", "pale", "pulsatile_mass")
    if c.v.sbp is not None and c.v.sbp < 100 and f"SBP {c.v.sbp}" not in collapse:
        collapse.append(f"SBP {c.v.sbp}")
    if not pain or not collapse or c.fever:
        return []
    return [
        hit(
            E,
            "possible_ruptured_aaa",
            "疑似腹主动脉瘤破裂（腹痛或腰背痛伴休克/晕厥）",
            "Possible ruptured abdominal aortic aneurysm (abdominal or back pain with collapse)",
            pain + collapse,
            S.AAA,
            ("call_120", "rest_monitor"),
        )
    ]


def _giant_cell_arteritis(c: Case) -> list[Hit]:
    # BSR 2020 / NICE CKS 2024: over 50, a new headache with jaw claudication or a tender scalp
    # or temple is giant cell arteritis until shown otherwise: glucocorticoids the same day;
    # with a visual symptom, at once (sight can be lost within days).
    if c.age_years is None or c.age_years < 50 or not c.has("headache"):
        return []
    signs = c.which("jaw_claudication", "scalp_tenderness")
    if not signs:
        return []
    vision = c.which("vision_disturbance", "diplopia")
    return [
        hit(
            E if vision else U,
            "possible_giant_cell_arteritis",
            "疑似巨细胞动脉炎（50岁以上新发头痛伴咀嚼痛/头皮压痛）",
            "Possible giant cell arteritis (new headache over 50, jaw or scalp pain)",
            ["headache", *signs, *vision],
            S.GCA,
            ("call_120",) if vision else ("see_doctor_today",),
        )
    ]


def _posterior_stroke(c: Case) -> list[Hit]:
    # NICE NG128 2019/2022 §1.1 and AHA/ASA 2019 (BE-FAST "B" balance and "E" eyes): FAST
    # misses posterior circulation stroke. Acute vertigo with ataxia (cannot walk straight,
    # falls to one side), double vision or slurred speech is a stroke until proven otherwise.
    # Brief positional vertigo without these signs is usually BPPV (NICE CKS vertigo 2023).
    if not c.has("vertigo", "dizziness") or c.has("head_injury"):
        return []
    signs = c.which("balance_loss", "diplopia", "speech_disturbance", "nystagmus")
    spinning = c.has("vertigo") or c.sudden("dizziness", "balance_loss", "diplopia")
    if "nystagmus" in signs and c.has("hallpike_positive"):
        signs.remove("nystagmus")  # the test's own nystagmus: benign positional vertigo
    if "balance_loss" in signs and (not spinning or c.has("alcohol")):
        signs.remove("balance_loss")  # long-standing unsteadiness, or drunk: not this rule
    lasting = max((c.hours(x) or 0) for x in ("vertigo", "dizziness", "balance_loss", "diplopia"))
    if signs and lasting < 7 * 24:
        return [
            hit(
                E,
                "posterior_circulation_stroke",
                "疑似后循环卒中（眩晕伴共济失调/复视/构音障碍）",
                "Possible posterior circulation stroke (vertigo with ataxia, diplopia, dysarthria)",
                c.which("vertigo", "dizziness") + signs,
                S.POSTERIOR_STROKE,
                ("call_120", "stroke_measures"),
            )
        ]
    if signs:
        return [
            hit(
                U,
                "vertigo_neuro_signs",
                "眩晕伴神经系统体征（非急性）",
                "Vertigo with neurological signs (not acute)",
                c.which("vertigo", "dizziness") + signs,
                S.POSTERIOR_STROKE,
                ("see_doctor_today",),
            )
        ]
    if c.has("vertigo"):
        return [
            hit(
                N,
                "isolated_vertigo",
                "单纯眩晕（无神经系统体征）",
                "Vertigo without neurological signs",
                ["vertigo", *c.which("q_positional")],
                S.VERTIGO,
                ("vertigo_safety",),
            )
        ]
    return []


# Sight lost, not blurred (一只眼突然看不见了, "can't see out of it").
_SIGHT_LOST = re.compile(
    r"看不见|看不到|失明|瞎|什么都看不|blind|can'?t see|cannot see|no vision"
    r"|lost (?:the |her |his )?(?:sight|vision)"
)


def _varicella_pneumonia(c: Case) -> list[Hit]:
    # NICE CKS Chickenpox (2023): chickenpox in an adult with breathlessness, a fast breathing
    # rate or low oxygen is varicella pneumonia: admission now.
    if not _chickenpox(c) or c.age_years is None or c.age_years < 14:
        return []
    signs = c.which("dyspnoea", "severe_dyspnoea", "pleuritic", "haemoptysis")
    if c.v.spo2 is not None and c.v.spo2 < 94:
        signs.append(f"SpO2 {c.v.spo2}%")
    if c.v.rr is not None and c.v.rr >= 25:
        signs.append(f"RR {c.v.rr}")
    if not signs:
        return []
    return [
        hit(
            E,
            "varicella_pneumonia",
            "成人水痘伴气短/呼吸快/低氧（疑水痘肺炎，立即送医）",
            "Chickenpox in an adult with breathlessness, fast breathing or low oxygen (possible "
            "varicella pneumonia: hospital now)",
            ["chickenpox", *signs],
            S.CHICKENPOX,
            ("call_120",),
        )
    ]


def _chickenpox(c: Case) -> bool:
    """Chickenpox named, or blisters or spots coming out in someone who never had it or was
    exposed to it (NICE CKS Chickenpox 2023: the diagnosis is clinical)."""
    return c.has("chickenpox") or (
        c.has("blisters", "skin_blistering_widespread", "rash")
        and c.has("varicella_non_immune", "chickenpox_contact")
    )


def _stroke(c: Case) -> list[Hit]:
    # BE-FAST: Balance, Eyes, Face, Arm, Speech, Time (AHA/ASA 2019; 中国卒中指南2023).
    # Face, arm or speech deficit or a lost half of the visual field alone is enough; balance
    # or blurred vision counts when sudden.
    core = c.which("face_droop", "unilateral_weakness", "speech_disturbance", "hemianopia")
    sudden_other = [x for x in ("balance_loss", "vision_disturbance") if c.sudden(x)]
    # (a stroke named with years since it, 脑梗三年了, is the past: its deficits are judged
    # by their own timing)
    named = [x for x in c.which("stroke_suspected") if (c.hours(x) or 0) < 7 * 24]
    # (a relative's fear of a stroke, or the TCM 中风先兆, counts as one suspected, unless two of
    # BE-FAST's balance, eyes, face, arm and speech were asked about and found normal, nothing
    # sudden)
    asked = sum(
        c.denied(x)
        for x in (
            "face_droop", "unilateral_weakness", "speech_disturbance", "balance_loss", "diplopia",
            "vision_disturbance",
        )
    )  # fmt: skip
    if c.has("stroke_feared") and (asked < 2 or sudden_other):
        named.append("stroke_feared")
    if sudden_other == ["vision_disturbance"] and c.has(
        "eye_injury", "eye_pain", "red_eye", "chemical_eye"
    ):
        sudden_other = []  # a local eye cause (injury, red painful eye): the eye rules decide
    seen = c.told("vision_disturbance")
    if (
        sudden_other == ["vision_disturbance"]
        and c.has("floaters_flashes")
        and not _SIGHT_LOST.search(seen)
    ):
        # RCOphth 2019 / NICE CKS Retinal detachment: blurred sight with floaters, flashes or a
        # curtain in one eye is the retina's (same-day eye assessment), not a stroke's field
        # loss; sight lost altogether may be a retinal artery occlusion, an eye stroke (AHA 2021)
        sudden_other = []
    if not (core or sudden_other or named):
        return []
    if c.has("head_injury") and not core:
        return []
    if core == ["unilateral_weakness"] and c.has("pulled_elbow") and not (sudden_other or named):
        return []  # NICE CKS Pulled elbow: a child's arm held still after a pull is the elbow
    if (
        core == ["speech_disturbance"]
        and (c.has("choking", "angioedema") or (c.has("sore_throat") and c.has("muffled_voice")))
        and not (sudden_other or named)
    ):
        return []  # a blocked, swollen or sore throat, not a stroke: the airway rules decide
    if core == ["speech_disturbance"] and c.has("jaw_dislocation") and not (sudden_other or named):
        return []  # BAOMS: a mouth stuck open after a yawn slurs the words: a dislocated jaw
    if (
        core
        and set(core) <= {"face_droop", "speech_disturbance"}
        and c.has("dental_procedure")
        and not (sudden_other or named)
        and not c.has("vision_disturbance", "balance_loss", "confusion", "headache")
    ):
        # SDCEP 2016 / BNF: a numb, drooping lip and slurred words within hours of a dental
        # injection are the local anaesthetic, which wears off; a weak limb is not.
        return [
            hit(
                N,
                "dental_anaesthetic_numbness",
                "牙科局麻后嘴唇麻木、口角下垂或说话含糊（麻药作用，数小时消退）",
                "Numb or drooping lip or slurred words after a dental injection (wears off)",
                [*core, "dental_procedure"],
                S.DENTAL_ANAESTHESIA,
                ("dental_numbness_watch",),
            )
        ]
    lower_motor = c.which("forehead_weakness", "ear_vesicles")  # ear blisters: Ramsay Hunt
    if core == ["face_droop"] and lower_motor and not (sudden_other or named):
        # NICE CKS Bell's palsy (2024): a one-sided facial weakness that takes in the forehead,
        # with arms, legs and speech normal, is a lower motor neurone palsy; a stroke spares the
        # forehead. Prednisolone within 72 hours: same day.
        return [
            hit(
                U,
                "possible_bells_palsy",
                "一侧面瘫连额头也不能皱（周围性面瘫可能，当天就诊；肢体无力或说话不清即打120）",
                "One-sided facial weakness including the forehead (likely Bell's palsy; same day; "
                "call 120 if a limb or speech is affected)",
                ["face_droop", *lower_motor],
                S.BELLS_PALSY,
                ("see_doctor_today",),
            )
        ]
    if core == ["unilateral_weakness"] and _radicular_weakness(c) and not (sudden_other or named):
        return [
            hit(
                U,
                "sciatica_motor_deficit",
                "腰腿痛后一侧腿脚逐渐无力（神经根受压，当天专科评估；突然出现或伴说话不清即打120）",
                "Leg weakness coming on over days with sciatica (nerve root compression; same-day "
                "specialist; call 120 if it was sudden or speech is affected)",
                ["unilateral_weakness", "back_pain"],
                S.SCIATICA_MOTOR,
                ("see_doctor_today",),
            )
        ]
    if _residual_deficit(c, core, sudden_other, named):
        return [
            hit(
                U,
                "stroke_residual_deficit",
                "既往卒中后遗症，自述无变化：当天请医生确认没有新的神经症状",
                "Residual deficit of a past stroke, said to be unchanged: a doctor confirms today "
                "that there is no new deficit",
                [*core, "q_baseline"],
                S.STROKE,
                ("see_doctor_today",),
            )
        ]
    if _lasting_speech_loss(c, core, sudden_other, named):
        return []
    told = core + sudden_other + c.which("diplopia", "balance_loss", "vision_disturbance")
    if _episode_over(c, list(dict.fromkeys(told)), 24):
        return [
            hit(
                U,
                "tia_resolved",
                "一过性脑缺血发作（症状已完全消失、发作在24小时以前）：当天专科评估；再发即打120",
                "Transient ischaemic attack over 24 hours ago, now symptom-free: specialist "
                "assessment today; call 120 if it returns",
                core + sudden_other + named,
                S.TIA_RESOLVED,
                ("see_doctor_today", "stroke_measures"),
            )
        ]
    return [
        hit(
            E,
            "stroke_befast",
            "疑似脑卒中（BE-FAST阳性）",
            "Possible stroke (BE-FAST positive)",
            core + sudden_other + named,
            S.STROKE,
            ("call_120", "stroke_measures"),
        )
    ]


def _radicular_weakness(c: Case) -> bool:
    """A weak leg or foot in someone with back pain or sciatica, not sudden, that has been
    building for a day or more (这三天右脚抬不起来): a nerve root, not a stroke."""
    if not c.has("back_pain") or c.sudden("unilateral_weakness"):
        return False
    return (c.hours("unilateral_weakness") or 0) >= 24 and not c.has("face_droop")


def _residual_deficit(c: Case, core: list[str], sudden_other: list[str], named: list[str]) -> bool:
    """A deficit left by a past stroke (五年前中过风，左手还有点不灵活，老样子): the stroke is
    history, the deficit is said to be unchanged, and nothing is sudden or began in the last
    month (今天又说话不清了 is a new stroke)."""
    if named or sudden_other or not core or not c.has("q_baseline"):
        return False
    # (the stroke told as history, 中风后, or named with a week or more since it: 脑梗出院一个月)
    past = c.past("stroke_suspected") or c.has("stroke_history") or c.past("stroke_history")
    if not (past or (c.hours("stroke_suspected") or 0) >= 7 * 24):
        return False
    if any(c.sudden(x) for x in core):
        return False
    return not any(_began_within_month(c, x) or (c.hours(x) or 1e9) < 1 for x in core)


# The words of speech that is not there, as opposed to speech that went wrong or went ("不会说话了",
# "突然说不出话", "slurred" are changes and keep their reading).
_NO_SPEECH = re.compile(r"^(?:不会说话|说不出话|失语|aphasi\w*|can'?t speak|unable to speak)$")


def _lasting_speech_loss(
    c: Case, core: list[str], sudden_other: list[str], named: list[str]
) -> bool:
    """NICE NG11 / NG54 / NG236: the only deficit told is speech that is not there, in someone
    who has never spoken (autism, a learning disability, cerebral palsy, Down syndrome) or whose
    aphasia a past stroke left (中风后失语的老头, "aphasic since stroke 6 mths ago"): that is the
    person's usual state, not a stroke sign. Sudden, worse, new (不会说话了) or a stroke of this
    month is a stroke's; any other deficit keeps the rule."""
    if core != ["speech_disturbance"] or sudden_other or named:
        return False
    if c.sudden("speech_disturbance") or c.has("q_worsening"):
        return False
    if not _NO_SPEECH.match(c.told("speech_disturbance")):
        return False
    if c.has("lasting_speech_cause", "down_syndrome"):
        return True
    after_stroke = c.has("stroke_history") or c.past("stroke_history")
    return after_stroke and not _began_within_month(c, "speech_disturbance")


def _sepsis(c: Case) -> list[Hit]:
    # Sepsis-3 qSOFA (RR>=22, altered mentation, SBP<=100) with suspected infection;
    # NICE NG51 high-risk: RR>=25, SBP<=90, HR>130, mottled/ashen skin, non-blanching rash.
    if c.is_child and c.under5:
        return []
    infection = (
        c.fever
        or c.has(
            "rigors",
            "infection_reported",
            "pneumonia",
            "urinary_symptoms",
            "wound_infection",
            "sputum",
        )
        or (c.v.temp_c is not None and c.v.temp_c < 36)
    )
    if not infection:
        return []
    q = []
    if c.v.rr is not None and c.v.rr >= 22:
        q.append(f"RR {c.v.rr}")
    if c.altered_mental:
        q.extend(c.which("confusion", "drowsy", "unconscious") or [f"GCS {c.v.gcs}"])
    if c.v.sbp is not None and c.v.sbp <= 100:
        q.append(f"SBP {c.v.sbp}")
    high = []
    if c.v.rr is not None and c.v.rr >= 25:
        high.append(f"RR {c.v.rr}")
    if c.v.sbp is not None and c.v.sbp <= 90:
        high.append(f"SBP {c.v.sbp}")
    if c.v.hr is not None and c.v.hr > 130:
        high.append(f"HR {c.v.hr}")
    # NICE NG51 §1.4: objective evidence of new altered mental state is high risk on its
    # own (older people are often afebrile), not only a qSOFA point.
    high += c.which("mottled_skin", "rash_nonblanching", "unconscious", "confusion", "drowsy")
    if c.has("reduced_urine") and c.severe("reduced_urine"):
        high.append("reduced_urine")
    # NICE CG151: after anticancer treatment (or other immunosuppression), a fever or rigors
    # may be neutropenic sepsis: refer immediately.
    immuno = c.which("immunosuppressed")
    if immuno and c.has("rigors"):
        immuno.append("rigors")
    if len(q) >= 2 or high or (immuno and (c.fever or c.has("rigors"))):
        return [
            hit(
                E,
                "sepsis",
                "疑似脓毒症（感染伴器官功能障碍征象）",
                "Possible sepsis (infection with organ dysfunction signs)",
                ["fever", *q, *high, *immuno],
                f"{S.SEPSIS}; {S.NEUTROPENIC_SEPSIS}" if immuno else S.SEPSIS,
                ("call_120", "rest_monitor"),
            )
        ]
    moderate = list(q)
    if c.v.hr is not None and c.v.hr > 100:
        moderate.append(f"HR {c.v.hr}")
    if c.v.temp_c is not None and c.v.temp_c >= 39.5:
        moderate.append(f"T {c.v.temp_c}")
    if c.has("rigors") and c.fever:
        moderate.append("rigors")
    if moderate:
        return [
            hit(
                U,
                "infection_warning_signs",
                "感染伴预警体征",
                "Infection with warning signs",
                ["fever", *moderate],
                S.SEPSIS,
                ("see_doctor_today",),
            )
        ]
    return []


def _anaphylaxis(c: Case) -> list[Hit]:
    # RCUK 2021 / WAO 2020: sudden airway, breathing or circulation problem after an allergen
    # or with skin/mucosal features is anaphylaxis; throat swelling alone is an airway threat.
    trigger = c.which("allergic_reaction", "sting", "hives", "angioedema")
    abc = c.which(
        "dyspnoea",
        "wheeze",
        "stridor",
        "airway_swelling",
        "cyanosis",
        "syncope",
        "unconscious",
        "confusion",
        "severe_dyspnoea",
        "hoarse",
        "bp_unrecordable",
    )
    if c.v.sbp is not None and c.v.sbp < 90:
        abc.append(f"SBP {c.v.sbp}")
    if c.v.spo2 is not None and c.v.spo2 < 94:
        abc.append(f"SpO2 {c.v.spo2}%")
    # WAO 2020 / NIAID 2006 criterion 2: minutes to hours after a likely allergen (a medicine
    # just taken, not called an allergy), two or more of: skin or mucosa, breathing, low blood
    # pressure or collapse, persistent gut symptoms.
    if not trigger and c.has("drug_taken", "given_at_clinic"):
        systems = [
            c.which("hives", "angioedema", "rash_generalised", "itch_generalised"),
            c.which("dyspnoea", "wheeze", "stridor", "severe_dyspnoea", "hoarse", "cyanosis"),
            # reduced blood pressure or its end-organ signs: collapse, pallor, slowed responses
            # (a baby gone floppy), a pressure that cannot be measured
            c.which("syncope", "unconscious", "pale", "drowsy", "confusion", "lethargy")
            + c.which("bp_unrecordable")
            + [a for a in abc if a.startswith("SBP")],
            c.which("vomiting", "abdominal_pain"),
        ]
        if sum(1 for found in systems if found) >= 2:
            trigger = c.which("drug_taken", "given_at_clinic")
            abc = [code for found in systems for code in found]
    # WAO 2020 criterion 2: after a sting or a known allergen, skin signs with persistent gut
    # symptoms (repeated vomiting, cramping pain) are anaphylaxis too.
    if trigger and not abc and c.has("hives", "angioedema") and c.has("sting", "allergic_reaction"):
        gut = c.which("repeated_vomiting")
        if c.has("vomiting") and c.has("abdominal_pain"):
            gut = [*gut, "vomiting", "abdominal_pain"]
        abc = list(dict.fromkeys(gut))
    # RCUK 2021: anyone given adrenaline for a reaction goes to hospital, however well now.
    if c.has("adrenaline_given"):
        trigger, abc = trigger or ["adrenaline_given"], [*abc, "adrenaline_given"]
    if (trigger and abc) or c.has("airway_swelling"):
        return [
            hit(
                E,
                "anaphylaxis",
                "疑似严重过敏反应（过敏性休克）",
                "Possible anaphylaxis",
                trigger + abc,
                S.ANAPHYLAXIS,
                ("call_120", "anaphylaxis_measures"),
            )
        ]
    # RCUK 2021: a swollen tongue or face with difficulty speaking, swallowing or breathing
    # threatens the airway, whatever the cause (an ACE inhibitor's angioedema too).
    airway = c.which("speech_disturbance", "unable_to_drink", "hoarse", "stridor", "drooling")
    if c.has("angioedema") and airway:
        return [
            hit(
                E,
                "angioedema_airway",
                "面舌肿胀影响气道",
                "Swelling of the tongue or face threatening the airway",
                ["angioedema", *airway],
                S.ANAPHYLAXIS,
                ("call_120", "watch_airway"),
            )
        ]
    if c.has("angioedema") or (trigger and c.has("vomiting", "abdominal_pain") and c.has("hives")):
        return [
            hit(
                U,
                "angioedema",
                "面唇舌肿胀（血管性水肿）",
                "Swelling of lips, tongue or face (angioedema)",
                trigger,
                S.ANAPHYLAXIS,
                ("see_doctor_today", "watch_airway"),
            )
        ]
    # RCUK 2021 / NICE CG134: hives after a sting or a medicine, with nothing else yet, can go
    # on to anaphylaxis: watched and assessed the same day.
    # (an antibiotic course is a medicine taken: NICE CG183 suspected drug allergy)
    exposed = c.which("sting", "given_at_clinic", "drug_taken", "antibiotic_course")
    # (and hives back after a treated reaction: RCUK 2021's biphasic reactions come within 72
    # hours, most within 12)
    back = c.which("reaction_back", "q_ongoing")
    if c.has("hives") and back and (c.has("allergy_treated") or c.past("allergy_treated")):
        exposed += ["allergy_treated", *back]
    if c.has("hives") and exposed:
        return [
            hit(
                U,
                "hives_after_exposure",
                "蜇伤或用药后起风团（可能进展为严重过敏，观察并当天评估）",
                "Hives after a sting or a medicine (it can progress: watch and assess today)",
                ["hives", *exposed],
                S.ANAPHYLAXIS,
                ("see_doctor_today", "watch_airway"),
            )
        ]
    return []


def _copd_at_baseline(c: Case) -> bool:
    """GOLD 2024: a COPD exacerbation is breathlessness, cough or sputum worse than usual; the
    breathlessness of a known COPD patient told as no worse than usual, not sudden, not severe,
    is their baseline (asthma has no such baseline: GINA 2024)."""
    return (
        c.has("copd")
        and c.has("q_baseline")
        and not c.has("asthma", "q_worsening")
        and not c.sudden("dyspnoea")
        and not c.severe("dyspnoea")
    )


def _breathing(c: Case) -> list[Hit]:
    # BTS 2017 oxygen: SpO2 <90% is an emergency; 90-93% needs same-day assessment except in
    # COPD (target 88-92%). WHO ETAT 2016: cyanosis, apnoea, stridor, severe distress.
    out: list[Hit] = []
    spo2 = c.v.spo2
    copd = c.has("copd")
    if spo2 is not None:
        limit_e = 88 if copd else (92 if c.is_child else 90)
        limit_u = 88 if copd else (96 if c.is_child else 94)
        if c.has("high_altitude") and not copd:
            # WMS 2019/2024: high up, a resting SpO2 of 85-90% is usual in a well person; the
            # emergencies there are a lower reading, or the breathlessness, confusion and
            # unsteadiness of high-altitude oedema (weighed below and by their own rules).
            limit_e, limit_u = 80, 85
        if spo2 < limit_e:
            out.append(
                hit(
                    E,
                    "hypoxia",
                    "低氧血症",
                    "Low oxygen saturation",
                    [f"SpO2 {spo2}%"],
                    S.OXYGEN,
                    ("call_120", "sit_up_monitor"),
                )
            )
        elif spo2 < limit_u:
            out.append(
                hit(
                    U,
                    "low_spo2",
                    "血氧饱和度偏低",
                    "Oxygen saturation below target",
                    [f"SpO2 {spo2}%"],
                    S.OXYGEN,
                    ("see_doctor_today",),
                )
            )
    # ESC 2021 HF §11 / 中国心力衰竭指南2018: pink frothy sputum is acute pulmonary oedema.
    severe = c.which(
        "apnoea", "cyanosis", "severe_dyspnoea", "stridor", "grunting", "frothy_sputum"
    )
    # WHO ETAT 2016: slow or shallow breathing with reduced consciousness, drink or drugs is
    # respiratory depression (急性酒精中毒诊治共识2014).
    if c.has("slow_breathing") and (c.altered_mental or c.has("alcohol", "overdose")):
        severe.append("slow_breathing")
    if c.is_adult and c.has("chest_indrawing"):
        severe.append("chest_indrawing")
    if c.is_adult and c.v.rr is not None and (c.v.rr >= 30 or c.v.rr <= 8):
        severe.append(f"RR {c.v.rr}")
    # (a sudden spell of breathlessness told as over, with a normal saturation measured since,
    # is not distress now: the breathlessness rules see it the same day)
    settled = c.has("q_symptom_free_now") and c.v.spo2 is not None and c.v.spo2 >= 95
    if c.has("dyspnoea") and (c.severe("dyspnoea") or c.sudden("dyspnoea")) and not settled:
        severe.append("dyspnoea")
    severe = [x for x in severe if x not in c.benign_noises()]
    if c.has("speaks_sentences"):  # GINA 2024: talking in sentences is not a severe attack
        severe = [x for x in severe if x not in ("severe_dyspnoea", "dyspnoea")]
    if severe:
        out.append(
            hit(
                E,
                "respiratory_distress",
                "严重呼吸窘迫",
                "Severe respiratory distress",
                severe,
                S.RESP_DISTRESS,
                ("call_120", "sit_up_monitor"),
            )
        )
    # GINA 2024 / GOLD 2024: an exacerbation with dyspnoea or wheeze needs same-day review;
    # severe features (talks in words, RR>30, HR>120, SpO2<90, drowsy) need transfer.
    airway = c.which("asthma", "copd")
    # GINA 2024 / BTS/SIGN 2019: needing the reliever more often is an exacerbation too.
    reliever = c.which("reliever_overuse") if airway else []
    baseline = _copd_at_baseline(c)
    # BTS/SIGN 158 (2019): peak flow 50-75% of best is a moderate attack, under 50% acute severe.
    pef = c.v.pef_pct if c.has("asthma") else None
    if airway and (c.has("dyspnoea", "wheeze", "cough") or reliever or pef is not None):
        sev = [f"PEF {pef}%"] if pef is not None and pef < 50 else []
        # BTS/SIGN 158: a severe attack's pulse is over 140 at 2-5, over 125 at 5-12
        fast = 140 if c.under5 else 125 if c.is_child else 120
        if c.v.hr is not None and c.v.hr > fast:
            sev.append(f"HR {c.v.hr}")
        if c.altered_mental:
            sev.append("altered_mental")
        if c.has("asthma") and c.v.spo2 is not None and c.v.spo2 < 92:
            sev.append(f"SpO2 {c.v.spo2}%")
        breathless = (c.has("severe_dyspnoea") or c.severe("dyspnoea", "wheeze")) and not c.has(
            "speaks_sentences"
        )
        if breathless or c.has("cyanosis"):
            sev += c.which("severe_dyspnoea", "cyanosis", "dyspnoea", "wheeze")
        if sev:
            out.append(
                hit(
                    E,
                    "severe_asthma_copd",
                    "重度哮喘/慢阻肺急性加重",
                    "Severe asthma or COPD exacerbation",
                    airway + sev,
                    S.ASTHMA,
                    ("call_120", "sit_up_monitor"),
                )
            )
        elif (
            (c.has("dyspnoea", "wheeze") and not baseline)
            or reliever
            or (pef is not None and pef <= 75)
        ):
            out.append(
                hit(
                    U,
                    "asthma_copd_exacerbation",
                    "哮喘/慢阻肺急性加重",
                    "Asthma or COPD exacerbation",
                    airway
                    + c.which("dyspnoea", "wheeze")
                    + reliever
                    + ([f"PEF {pef}%"] if pef is not None and pef <= 75 else []),
                    S.ASTHMA,
                    ("see_doctor_today",),
                )
            )
    if c.is_adult and c.has("dyspnoea") and not out and not baseline:
        trig = ["dyspnoea"]
        if c.v.rr is not None and c.v.rr >= 21:
            trig.append(f"RR {c.v.rr}")
        out.append(
            hit(
                U,
                "breathlessness",
                "呼吸困难",
                "Breathlessness",
                trig,
                S.RESP_DISTRESS,
                ("see_doctor_today",),
            )
        )
    if c.is_adult and c.v.rr is not None and 21 <= c.v.rr < 30 and not out:
        out.append(
            hit(
                U,
                "raised_rr",
                "呼吸频率增快",
                "Raised breathing rate",
                [f"RR {c.v.rr}"],
                S.VITALS,
                ("see_doctor_today",),
            )
        )
    return out


def _meningitis_headache(c: Case) -> list[Hit]:
    out: list[Hit] = []
    # NICE NG240 2024: fever with neck stiffness, non-blanching rash or altered consciousness.
    signs = c.which("neck_stiffness", "rash_nonblanching", "bulging_fontanelle")
    if c.fever and (
        signs
        or (c.altered_mental and c.has("headache"))
        or (c.has("photophobia") and c.has("headache"))
    ):
        out.append(
            hit(
                E,
                "meningitis",
                "疑似脑膜炎/脑膜炎球菌病",
                "Possible meningitis or meningococcal disease",
                ["fever", *signs, *c.which("photophobia", "confusion", "drowsy", "unconscious")],
                S.MENINGITIS,
                ("call_120", "rest_monitor"),
            )
        )
    elif c.has("rash_nonblanching"):
        out.append(
            hit(
                U,
                "nonblanching_rash",
                "压之不褪色皮疹（瘀点瘀斑）",
                "Non-blanching rash",
                ["rash_nonblanching"],
                S.MENINGITIS,
                ("see_doctor_today",),
            )
        )
    # NICE CG150: thunderclap (worst, sudden severe) headache is subarachnoid haemorrhage until
    # proven otherwise; headache with neck stiffness likewise.
    if (
        c.has("thunderclap_headache")
        or (c.sudden("headache") and c.severe("headache"))
        or (c.has("headache") and c.has("neck_stiffness") and not c.fever)
    ):
        out.append(
            hit(
                E,
                "thunderclap_headache",
                "突发剧烈头痛（警惕蛛网膜下腔出血）",
                "Sudden severe headache (possible subarachnoid haemorrhage)",
                c.which("thunderclap_headache", "headache", "neck_stiffness", "vomiting"),
                S.HEADACHE,
                ("call_120", "rest_monitor"),
            )
        )
    elif c.has("headache") and _third_nerve_palsy(c):
        out.append(
            hit(
                E,
                "painful_third_nerve_palsy",
                "头痛伴眼睑下垂/复视/瞳孔散大（动眼神经麻痹，警惕动脉瘤）",
                "Headache with a drooping lid, double vision or a dilated pupil (third nerve "
                "palsy: possible aneurysm)",
                ["headache", *_third_nerve_palsy(c)],
                S.THIRD_NERVE,
                ("call_120", "rest_monitor"),
            )
        )
    elif (
        c.has("headache")
        and (bleeds := _bleeds_easily(c))
        and (c.severe("headache") or c.has("vomiting", "repeated_vomiting", "vomited_twice"))
    ):
        # NICE CG150 / ASH 2019 ITP / NICE CKS Anticoagulation: a severe headache or one with
        # vomiting in someone who bleeds easily (very low platelets, haemophilia, an
        # anticoagulant) is an intracranial bleed until a scan says not: hospital now.
        out.append(
            hit(
                E,
                "headache_bleeding_tendency",
                "易出血者剧烈头痛或头痛伴呕吐（警惕颅内出血，立即送医）",
                "Severe headache, or headache with vomiting, in someone who bleeds easily "
                "(possible bleed in the head: hospital now)",
                ["headache", *bleeds, *c.which("vomiting", "repeated_vomiting")],
                S.HEADACHE_BLEEDING,
                ("call_120", "rest_monitor"),
            )
        )
    elif c.has("headache") and (
        c.has("repeated_vomiting") or c.severe("headache") or c.has("vision_disturbance")
    ):
        out.append(
            hit(
                U,
                "headache_red_flags",
                "头痛伴危险征象",
                "Headache with warning features",
                c.which("headache", "repeated_vomiting", "vision_disturbance"),
                S.HEADACHE,
                ("see_doctor_today",),
            )
        )
    elif c.has("headache") and _secondary_headache(c):
        out.append(
            hit(
                U,
                "secondary_headache_features",
                "头痛有继发性头痛特征（晨起或咳嗽用力加重伴呕吐、抗凝或50岁以上新发/性质改变）：当天评估",
                "Headache with features of a secondary cause (worse on waking or straining with "
                "vomiting; new or different on anticoagulants or over 50): same-day assessment",
                ["headache", *_secondary_headache(c)],
                S.HEADACHE_SECONDARY,
                ("see_doctor_today",),
            )
        )
    return out


def _third_nerve_palsy(c: Case) -> list[str]:
    """A drooping lid or a larger pupil on one side, with double vision or each other: the
    third nerve (a drooping lid alone is myasthenia's or the eyelid's)."""
    signs = c.which("ptosis", "unequal_pupils", "diplopia")
    if "unequal_pupils" in signs or {"ptosis", "diplopia"} <= set(signs):
        return signs
    return []


def _secondary_headache(c: Case) -> list[str]:
    """NICE CKS / SNNOOP10 features that make a headache secondary until shown otherwise."""
    found = []
    # (a headache with pain that wakes at night, 半夜痛醒, wakes from sleep)
    raised = c.which("headache_raised_pressure", "night_pain")
    if raised and (c.has("vomiting") or c.has("q_worsening")):
        found += [*raised, *c.which("vomiting", "q_worsening")]
    changed = c.which("headache_changed")
    new = not c.past("headache") and (c.hours("headache") or 0) <= 30 * 24
    if c.has("anticoagulant") and (changed or new):
        found += ["anticoagulant", *changed]
    elif changed and c.age_years is not None and c.age_years >= 50:
        found += changed
    return list(dict.fromkeys(found))


def _usual_period_pain(c: Case, shock: list[str]) -> bool:
    """Period pain told as her usual pattern (每次来例假都这样), without fever, shock or a
    pregnancy: primary dysmenorrhoea (NICE CKS), not an acute abdomen."""
    return (
        c.has("period_pain")
        and c.has("q_baseline")
        and not (c.fever or shock or c.pregnant or c.has("positive_pregnancy_test"))
    )


def _black_stool_on_iron(c: Case, shock: list[str]) -> bool:
    """Iron and bismuth, or food made of blood (鸭血, 猪血), turn the stool black (NICE CKS): with
    no sign of blood loss (dizziness, a faint, pallor, a fast pulse, low pressure) and no other
    bleeding, not an emergency."""
    if not c.has("iron_or_bismuth", "blood_food") or shock or c.blood_loss_signs():
        return False
    return not c.has("haematemesis", "heavy_bleeding", "abdominal_pain")


def _acute_severe_colitis(c: Case) -> list[Hit]:
    # BSG 2019 IBD guideline (Truelove and Witts): an IBD flare with bloody stools and a fever or
    # a pulse over 90 is acute severe colitis: admission now.
    severe_colitis = (c.fever or (c.v.hr is not None and c.v.hr > 90)) and c.has("bloody_stool")
    if not ((c.has("ibd") or c.past("ibd")) and severe_colitis):
        return []
    return [
        hit(
            E,
            "acute_severe_colitis",
            "炎症性肠病发作伴便血和发热/心率快（急性重症结肠炎，立即住院）",
            "An IBD flare with bloody stools and a fever or fast pulse (acute severe colitis: "
            "admission now)",
            [
                "ibd",
                "bloody_stool",
                *(["fever"] if c.fever else []),
                *([f"HR {c.v.hr}"] if c.v.hr else []),
            ],
            S.SEVERE_COLITIS,
            ("call_120",),
        )
    ]


def _gi_bleed_abdomen(c: Case) -> list[Hit]:
    out: list[Hit] = []
    shock = c.shock_signs()
    # NICE CG141 2012: haematemesis or melaena is an upper GI bleed: transfer.
    upper = c.which("haematemesis", "melaena")
    if upper == ["melaena"] and c.facts.age_days is not None and c.facts.age_days <= 5:
        upper = []  # a newborn's first black-green stools are meconium (NICE NG194 §1.4)
    if upper == ["melaena"] and _black_stool_on_iron(c, shock):
        out.append(
            hit(
                N,
                "black_stool_on_iron",
                "服铁剂/铋剂时大便发黑（药物所致可能）：门诊复查；柏油样、黏、臭或头晕时按消化道出血处理",
                "Black stool on iron or bismuth (likely the medicine): routine review; tarry, "
                "sticky or foul stool, or dizziness, is a GI bleed",
                ["melaena", *c.which("iron_or_bismuth", "blood_food")],
                S.GI_BLEED,
            )
        )
    elif upper:
        out.append(
            hit(
                E,
                "gi_bleed",
                "消化道出血（呕血/黑便）",
                "Gastrointestinal bleeding (haematemesis/melaena)",
                upper + shock,
                S.GI_BLEED,
                ("call_120", "nil_by_mouth"),
            )
        )
    elif c.has("bloody_stool"):
        if shock or c.has("heavy_bleeding"):
            out.append(
                hit(
                    E,
                    "gi_bleed",
                    "消化道出血伴休克征象",
                    "GI bleeding with signs of shock",
                    ["bloody_stool", *shock],
                    S.GI_BLEED,
                    ("call_120", "nil_by_mouth"),
                )
            )
        else:
            out.append(
                hit(
                    U,
                    "blood_in_stool",
                    "便血",
                    "Blood in stool",
                    ["bloody_stool"],
                    S.GI_BLEED,
                    ("see_doctor_today",),
                )
            )
    # Acute abdomen: peritonism, obstruction (vomiting + no flatus), or severe pain with shock.
    if c.has("incarcerated_hernia"):
        out.append(
            hit(
                E,
                "incarcerated_hernia",
                "嵌顿疝",
                "Incarcerated hernia",
                ["incarcerated_hernia"],
                S.ABDOMEN,
                ("call_120", "nil_by_mouth"),
            )
        )
    # WSES 2017 adhesive small bowel obstruction: no flatus or stool with vomiting or a
    # distended abdomen is obstruction whether or not the message says 痛 (肚子胀，不排气，吐了).
    if (
        c.has("no_flatus")
        and c.has("vomiting", "distension")
        and not (c.has("abdominal_pain") or c.has("peritonism"))
    ):
        out.append(
            hit(
                E,
                "acute_abdomen",
                "急腹症征象",
                "Signs of an acute abdomen",
                ["no_flatus", *c.which("vomiting", "repeated_vomiting", "distension")],
                S.ABDOMEN,
                ("call_120", "nil_by_mouth"),
            )
        )
    if c.has("abdominal_pain") or c.has("peritonism"):
        # (rebound "not very marked", 反跳痛不太明显, is not peritonism: WSES 2020 grades it)
        peritonism = [x for x in c.which("peritonism", "incarcerated_hernia") if not c.mild(x)]
        obstruction = c.which("no_flatus") if c.has("vomiting", "distension") else []
        if (
            c.has("repeated_vomiting", "vomiting")
            and c.has("distension")
            and not c.has("diarrhoea")
        ):
            obstruction.append("distension")
        # Right lower pain with fever or vomiting: appendicitis until proven otherwise;
        # severe pain at 65 or over: vascular or surgical cause (mesenteric ischaemia, AAA).
        # (Pain running down to the right lower belly from a stone's colic is not that: the
        # renal colic rule grades it.)
        if c.has("rlq_pain") and (c.fever or c.has("vomiting")) and not c.has("renal_colic"):
            peritonism.append("rlq_pain")
        if c.severe("abdominal_pain") and c.age_years is not None and c.age_years >= 65:
            peritonism.append("age>=65")
        severe = c.severe("abdominal_pain", "epigastric_pain", "rlq_pain", "ruq_pain")
        if _usual_period_pain(c, shock):
            severe = False  # NICE CKS dysmenorrhoea: her usual pattern, however strong
        # Right lower pain for 2 weeks or more, not severe, without fever or vomiting, is not
        # appendicitis (WSES 2020: onset over hours to days): a routine visit.
        settled_rlq = (c.hours("rlq_pain") or 0) >= 14 * 24 and not severe and not c.has("vomiting")
        if (
            peritonism
            or obstruction
            or (severe and (shock or c.has("vomiting") or c.fever or c.sudden("abdominal_pain")))
            or (c.has("abdominal_pain") and shock)
        ):
            out.append(
                hit(
                    E,
                    "acute_abdomen",
                    "急腹症征象",
                    "Signs of an acute abdomen",
                    ["abdominal_pain"]
                    + peritonism
                    + obstruction
                    + shock
                    + (["q_severe"] if severe else []),
                    S.ABDOMEN,
                    ("call_120", "nil_by_mouth"),
                )
            )
        elif (
            severe
            or (c.has("rlq_pain") and not settled_rlq)
            or (c.fever and c.has("abdominal_pain") and not c.has("diarrhoea"))
            or (c.has("repeated_vomiting") and c.has("abdominal_pain"))
            or (
                c.age_years is not None
                and c.age_years >= 65
                and c.has("abdominal_pain")
                and not c.mild("abdominal_pain")
            )
        ):
            out.append(
                hit(
                    U,
                    "abdominal_pain_warning",
                    "腹痛伴预警特征",
                    "Abdominal pain with warning features",
                    c.which("abdominal_pain", "rlq_pain", "repeated_vomiting", "fever"),
                    S.ABDOMEN,
                    ("see_doctor_today", "nil_by_mouth"),
                )
            )
    return out


def _blood_pressure(c: Case) -> list[Hit]:
    # 中国高血压防治指南2018 / ESH 2023: >=180/120 with acute target-organ damage is a
    # hypertensive emergency; without it, urgent (same-day) review. Pregnancy: rules_pregnancy.
    sbp, dbp = c.v.sbp, c.v.dbp
    out: list[Hit] = []
    if sbp is None and dbp is None:
        return out
    if (sbp is not None and sbp >= 180) or (dbp is not None and dbp >= 120):
        organ = c.which(
            "chest_pain",
            "chest_tightness",
            "dyspnoea",
            "headache",
            "confusion",
            "vision_disturbance",
            "face_droop",
            "unilateral_weakness",
            "speech_disturbance",
            "seizure",
            "drowsy",
            "unconscious",
            "repeated_vomiting",
            "haematuria",
            "oedema",
            "aortic_pain",
            "arm_bp_difference",
            "frothy_sputum",
        )
        # 中国高血压防治指南2018: aortic dissection is a hypertensive emergency; a sudden or
        # severe back pain with BP >=180/120 is treated as one.
        if c.sudden("back_pain") or c.severe("back_pain"):
            organ.append("back_pain")
        bp = f"BP {sbp}/{dbp}" if dbp else f"SBP {sbp}"
        if c.has("headache") and not (
            c.severe("headache") or c.has("vomiting", "nausea", "vision_disturbance", "confusion")
        ):
            organ.remove("headache")
        if organ:
            out.append(
                hit(
                    E,
                    "hypertensive_emergency",
                    "高血压急症（血压≥180/120伴靶器官症状）",
                    "Hypertensive emergency (BP >=180/120 with target-organ symptoms)",
                    [bp, *organ],
                    S.HYPERTENSION,
                    ("call_120", "rest_monitor"),
                )
            )
        else:
            out.append(
                hit(
                    U,
                    "severe_hypertension",
                    "重度高血压（无急性靶器官症状）",
                    "Severe hypertension without acute target-organ symptoms",
                    [bp, *c.which("headache", "dizziness")],
                    S.HYPERTENSION,
                    ("see_doctor_today",),
                )
            )
    elif sbp is not None and sbp < 90:
        sym = c.which(
            "lethargy",
            "reduced_urine",
            "dizziness",
            "syncope",
            "confusion",
            "drowsy",
            "mottled_skin",
            "sweating",
            "pale",
            "dyspnoea",
            "severe_dyspnoea",
            "cyanosis",
            "chest_pain",
        )
        level = E if sym or (sbp < 80) else U
        out.append(
            hit(
                level,
                "hypotension",
                "低血压",
                "Low blood pressure",
                [f"SBP {sbp}", *sym],
                S.SHOCK,
                ("call_120", "lie_flat") if level is E else ("see_doctor_today",),
            )
        )
    return out


def _hypo_treated(c: Case) -> bool:
    """ADA 2024 §6: a level 1 hypo (3.0-3.9) that sugar put right, nothing still going on, not
    on a sulfonylurea (whose hypos come back for a day or more: JBDS-IP 2023)."""
    return c.has("q_symptom_free_now") and not c.has("sulfonylurea", "q_ongoing", "q_worsening")


def _treated_hypo(triggers: list[str]) -> Hit:
    return hit(
        N,
        "hypoglycaemia_treated",
        "轻度低血糖已用糖纠正（非磺脲类）：门诊调整降糖方案；再次发作或意识改变即就医",
        "A mild hypo put right with sugar (not on a sulfonylurea): review the treatment at a "
        "routine visit; a repeat or any confusion needs a doctor",
        triggers,
        S.HYPOGLYCAEMIA,
        ("hypo_measures",),
    )


def _glucose(c: Case) -> list[Hit]:
    g = c.v.glucose
    out: list[Hit] = []
    # ADA 2024 §6: level 2 (<3.0 mmol/L) or any hypoglycaemia with altered mentation is
    # serious; level 1 (<3.9) needs treatment and review.
    if g is not None and g < 3.9:
        if c.altered_mental or c.has("seizure") or g < 2.2:
            out.append(
                hit(
                    E,
                    "severe_hypoglycaemia",
                    "严重低血糖",
                    "Severe hypoglycaemia",
                    [f"glucose {g}", *c.which("confusion", "drowsy", "unconscious", "seizure")],
                    S.HYPOGLYCAEMIA,
                    ("call_120", "hypo_measures"),
                )
            )
        elif g >= 3.0 and _hypo_treated(c):
            out.append(_treated_hypo([f"glucose {g}"]))
        else:
            out.append(
                hit(
                    U,
                    "hypoglycaemia",
                    "低血糖",
                    "Hypoglycaemia",
                    [f"glucose {g}"],
                    S.HYPOGLYCAEMIA,
                    ("hypo_measures", "see_doctor_today"),
                )
            )
    elif g is not None and c.has("hypo_reported") and c.has("sulfonylurea"):
        # JBDS-IP 2023: a hypo on a sulfonylurea comes back for a day or more, even once sugar
        # has put the reading right: reviewed the same day.
        out.append(
            hit(
                U,
                "sulfonylurea_hypo_corrected",
                "服磺脲类药物者低血糖，虽已纠正（可反复发作，当天就诊调整用药）",
                "A hypo on a sulfonylurea, now put right (it can come back: a doctor today)",
                ["hypo_reported", "sulfonylurea", f"glucose {g}"],
                S.HYPOGLYCAEMIA,
                ("hypo_measures", "see_doctor_today"),
            )
        )
    elif (
        g is None
        and c.has("hypo_reported")
        and (c.has("diabetes", "glucose_lowering_drug") or c.past("diabetes"))
    ):
        if c.altered_mental or c.has("seizure"):
            out.append(
                hit(
                    E,
                    "severe_hypoglycaemia",
                    "疑似严重低血糖",
                    "Suspected severe hypoglycaemia",
                    ["hypo_reported", *c.which("confusion", "drowsy", "unconscious", "seizure")],
                    S.HYPOGLYCAEMIA,
                    ("call_120", "hypo_measures"),
                )
            )
        elif _hypo_treated(c):
            out.append(_treated_hypo(["hypo_reported"]))
        else:
            out.append(
                hit(
                    U,
                    "hypoglycaemia",
                    "疑似低血糖",
                    "Suspected hypoglycaemia",
                    ["hypo_reported"],
                    S.HYPOGLYCAEMIA,
                    ("hypo_measures", "see_doctor_today"),
                )
            )
    # ADA 2024 §6: someone on insulin or a sulfonylurea, or a person with diabetes, who is
    # confused, drowsy, unresponsive or fitting has hypoglycaemia until a glucose reading says
    # otherwise: check it now, sugar by mouth only if able to swallow, call 120.
    elif (
        g is None
        and c.has("glucose_lowering_drug", "diabetes")
        and (c.altered_mental or c.has("seizure"))
    ):
        out.append(
            hit(
                E,
                "diabetic_altered_consciousness",
                "糖尿病患者意识改变（立即测血糖，警惕严重低血糖）",
                "Diabetes with altered consciousness (check glucose now: severe hypoglycaemia?)",
                c.which("diabetes", "glucose_lowering_drug", "confusion", "drowsy", "unconscious")
                + c.which("seizure", "sweating"),
                S.HYPOGLYCAEMIA,
                ("call_120", "hypo_measures"),
            )
        )
    # ADA 2024 §16 / 中国2型糖尿病指南2020: glucose >=16.7 with ketones or DKA features, or
    # >=33.3 (hyperosmolar), is an emergency.
    high = (
        (g is not None and g >= 13.9)
        or c.has("hyperglycaemia_reported")
        or (c.has("diabetes") and c.has("polyuria"))
    )
    # NICE NG18 2015/2023: thirst and passing much urine with ketotic breath or deep breathing
    # is DKA in a child or adult not yet known to have diabetes too.
    features = c.which(
        "vomiting", "abdominal_pain", "drowsy", "confusion", "unconscious", "dyspnoea"
    )
    if c.denied("unable_to_drink") and not c.has("repeated_vomiting", "vomit_everything"):
        # (Diabetes UK / JBDS sick-day rules: vomiting that lets fluids stay down, "threw up
        # once, drinking ok now", is not what makes high sugars a crisis)
        features = [f for f in features if f != "vomiting"]
    # JBDS-IP 2023: ketones of 1.5-2.9 are DKA only with its symptoms
    ketones = c.which("ketones") + (c.which("ketones_moderate") if features else [])
    dka = ketones if (high or c.has("diabetes", "polyuria")) else []
    # (a ketone measured below 1.5 with only vomiting or pain is not DKA: JBDS-IP 2023's
    # sick-day rules, the same day below)
    low = c.has("ketones_low") and set(features) <= {"vomiting", "abdominal_pain"}
    if g is not None and g >= 33.3:
        out.append(
            hit(
                E,
                "hyperglycaemic_crisis",
                "高血糖危象（血糖≥33.3）",
                "Hyperglycaemic crisis (glucose >=33.3)",
                [f"glucose {g}", *features],
                S.DKA,
                ("call_120",),
            )
        )
    elif dka or (
        high and (c.has("diabetes") or (g is not None and g >= 16.7)) and features and not low
    ):
        out.append(
            hit(
                E,
                "dka",
                "疑似糖尿病酮症酸中毒",
                "Possible diabetic ketoacidosis",
                ([f"glucose {g}"] if g else []) + dka + features,
                S.DKA,
                ("call_120",),
            )
        )
    elif c.has("ketones_moderate"):
        out.append(
            hit(
                U,
                "ketones_at_risk",
                "血酮1.5-2.9、无呕吐腹痛嗜睡（酮症风险：加用胰岛素，2小时复查，当天咨询）",
                "Blood ketones 1.5-2.9 without vomiting, pain or drowsiness (at risk of DKA)",
                ["ketones_moderate", *([f"glucose {g}"] if g else [])],
                S.KETONES_AT_RISK,
                ("see_doctor_today",),
            )
        )
    elif (g is not None and g >= 16.7) or (
        c.has("hyperglycaemia_reported")
        and c.has("diabetes", "glucose_lowering_drug")
        and (c.fever or c.has("poor_appetite"))
    ):
        # (and JBDS-IP 2022 HHS: high sugars told in someone on treatment with an infection
        # or eating and drinking little: the same day, before a hyperosmolar state)
        out.append(
            hit(
                U,
                "marked_hyperglycaemia",
                "血糖明显升高",
                "Markedly raised blood glucose",
                [f"glucose {g}"] if g is not None else ["hyperglycaemia_reported"],
                S.DKA,
                ("see_doctor_today",),
            )
        )
    return out


def _adult_dehydration(c: Case) -> list[Hit]:
    # WHO 2005 / NICE CKS gastroenteritis: fluid loss with shock, confusion or no urine is
    # severe dehydration; dry mouth with little urine is moderate.
    if c.is_child or not c.has("diarrhoea", "vomiting", "heat_illness"):
        return []
    severe = c.shock_signs() + c.which("confusion", "drowsy", "unconscious")
    if c.has("unable_to_drink", "vomit_everything") and c.has("diarrhoea"):
        severe += c.which("unable_to_drink", "vomit_everything")
    if c.severe("reduced_urine"):
        severe.append("reduced_urine")
    # (dizzy, passing little urine and a systolic under 100: the circulation is failing)
    if c.v.sbp is not None and c.v.sbp < 100 and c.has("reduced_urine") and c.has("dizziness"):
        severe += [f"SBP {c.v.sbp}", "reduced_urine", "dizziness"]
    if severe:
        return [
            hit(
                E,
                "severe_dehydration",
                "重度脱水",
                "Severe dehydration",
                severe,
                S.DEHYDRATION,
                ("call_120", "ors_if_able"),
            )
        ]
    some = c.which(
        "reduced_urine", "thirst", "dry_mouth", "dizziness", "sunken_eyes", "vomit_everything"
    )
    if c.v.hr is not None and c.v.hr > 100:
        some.append(f"HR {c.v.hr}")
    if len(some) >= 2 or c.has("vomit_everything", "unable_to_drink"):
        return [
            hit(
                U,
                "dehydration",
                "中度脱水征象",
                "Signs of dehydration",
                some,
                S.DEHYDRATION,
                ("see_doctor_today", "ors_if_able"),
            )
        ]
    return []


def _biliary(c: Case) -> list[Hit]:
    # TG18 / 中国急性胆道感染指南 2021: fever or rigors with jaundice and right upper or
    # abdominal pain is cholangitis until proven otherwise: an emergency. NICE CKS gallstones:
    # right upper pain lasting 6 hours or more, or with vomiting, is acute cholecystitis, not a
    # colic that settles: hospital assessment the same day.
    if not c.is_adult or not c.has("ruq_pain", "abdominal_pain", "epigastric_pain"):
        return []
    infection = c.which("rigors") + (["fever"] if c.fever else [])
    if c.has("jaundice") and infection:
        return [
            hit(
                E,
                "cholangitis",
                "急性胆管炎征象（发热/寒战、黄疸、右上腹痛）",
                "Signs of acute cholangitis (fever or rigors, jaundice, upper abdominal pain)",
                ["jaundice", *infection, *c.which("ruq_pain", "abdominal_pain", "epigastric_pain")],
                S.BILIARY,
                ("call_120", "nil_by_mouth"),
            )
        ]
    lasting = (c.hours("ruq_pain") or 0) >= 6
    if not c.has("ruq_pain") or not (lasting or c.has("vomiting")):
        return []
    return [
        hit(
            U,
            "cholecystitis",
            "疑似急性胆囊炎（右上腹痛≥6小时或伴呕吐）",
            "Possible acute cholecystitis (right upper pain 6 hours or more, or with vomiting)",
            ["ruq_pain", *c.which("vomiting")],
            S.BILIARY,
            ("see_doctor_today", "nil_by_mouth"),
        )
    ]


def _pancreatitis(c: Case) -> list[Hit]:
    # 中国急性胰腺炎诊治指南 (2021) / ACG 2024: upper abdominal pain boring through to the back
    # with vomiting is acute pancreatitis until the amylase or lipase says otherwise: hospital
    # the same day (shock or a rigid abdomen are the acute-abdomen rules' emergency).
    if not c.is_adult or not c.has("epigastric_pain", "abdominal_pain", "ruq_pain"):
        return []
    if not c.has("pain_through_to_back") or not c.has("vomiting", "nausea"):
        return []
    # (with signs of shock or a pulse above the systolic pressure it is severe: hospital now)
    strained = c.instability_signs()
    if strained:
        return [
            hit(
                E,
                "pancreatitis_with_shock",
                "疑急性胰腺炎伴休克征象或心率高于收缩压（重症可能，立即送医）",
                "Possible acute pancreatitis with signs of shock or a pulse above the systolic "
                "pressure (possibly severe: hospital now)",
                [*c.which("epigastric_pain", "abdominal_pain"), "pain_through_to_back", *strained],
                S.PANCREATITIS,
                ("call_120", "nil_by_mouth"),
            )
        ]
    return [
        hit(
            U,
            "possible_pancreatitis",
            "上腹痛向后背放射伴呕吐（疑急性胰腺炎，当天查淀粉酶/脂肪酶）",
            "Upper abdominal pain through to the back with vomiting (possible acute "
            "pancreatitis; amylase or lipase today)",
            [
                *c.which("epigastric_pain", "abdominal_pain"),
                "pain_through_to_back",
                *c.which("vomiting", "nausea"),
            ],
            S.PANCREATITIS,
            ("see_doctor_today", "nil_by_mouth"),
        )
    ]


def _lupus_nephritis(c: Case) -> list[Hit]:
    # EULAR 2023 / KDIGO 2024: in lupus, new oedema, frothy urine or protein in it, blood in
    # the urine or a blood pressure of 160/100 or more may be nephritis: assess the same day.
    if not c.has("lupus"):
        return []
    signs = c.which("oedema", "frothy_urine", "haematuria")
    if c.v.sbp is not None and (c.v.sbp >= 160 or (c.v.dbp or 0) >= 100):
        signs.append(f"SBP {c.v.sbp}")
    if not signs:
        return []
    return [
        hit(
            U,
            "lupus_nephritis",
            "红斑狼疮患者水肿/泡沫尿/血压高（警惕狼疮肾炎）",
            "Lupus with oedema, frothy urine or high blood pressure (possible nephritis)",
            ["lupus", *signs],
            S.LUPUS_NEPHRITIS,
            ("see_doctor_today",),
        )
    ]


def _usual_seizure_over(c: Case) -> bool:
    """Known epilepsy, a seizure told as over and recovered from, not told as 5 minutes or
    longer, with no injury, no confusion and no pregnancy (NICE NG217's reasons to call an
    ambulance)."""
    return (
        c.has("epilepsy")
        and c.has("seizure_ended")
        and not c.has(
            "seizure_long", "q_ongoing", "unconscious", "head_injury", "fall", "confusion"
        )
        and not c.pregnant
        and (c.hours("seizure_ended") or 0) < 5 / 60
    )


def _icd_shock(c: Case) -> list[Hit]:
    # ESC 2021 pacing / EHRA: two or more shocks in a day, or one with symptoms, is the
    # hospital now; one shock in someone who feels well, the device clinic today.
    if not c.has("icd_shock"):
        return []
    serious = c.which(
        "icd_shock_repeated", "chest_pain", "chest_tightness", "dyspnoea", "syncope",
        "dizziness", "palpitations", "confusion",
    )  # fmt: skip
    return [
        hit(
            E if serious else U,
            "icd_shock",
            "植入式除颤器放电"
            + ("（多次或伴症状：打120）" if serious else "（一次且无不适：当天联系起搏器门诊）"),
            "Shock from an implanted defibrillator"
            + (
                " (more than one, or with symptoms: call 120)"
                if serious
                else " (one, feels well: device clinic today)"
            ),
            ["icd_shock", *serious],
            S.ICD_SHOCK,
            ("call_120",) if serious else ("see_doctor_today",),
        )
    ]


def _down_syndrome_neck(c: Case) -> list[Hit]:
    # DSMIG 2017 / NICE CKS Down syndrome: the top of the neck can be unstable; neck pain or a
    # tilted head with a change in walking, new incontinence, or clumsy or weak hands is the
    # cord pressed: keep the neck still, hospital now. Pain or a tilt alone: same day.
    if not c.has("down_syndrome") or not c.has("neck_pain", "head_tilt"):
        return []
    cord = c.which(
        "balance_loss", "incontinence", "clumsy_hands", "arm_weakness_both", "leg_weakness",
        "unilateral_weakness", "limb_numb", "numbness",
    )  # fmt: skip
    return [
        hit(
            E if cord else U,
            "down_syndrome_neck",
            "唐氏综合征颈痛或歪头"
            + (
                "伴走路不稳、新出现尿失禁或手笨无力（疑寰枢椎不稳压迫脊髓，固定颈部，打120）"
                if cord
                else "（当天评估寰枢椎）"
            ),
            "Neck pain or head tilt in Down syndrome"
            + (
                " with unsteady walking, new incontinence or clumsy or weak hands (possible "
                "atlanto-axial instability pressing the cord: keep the neck still, call 120)"
                if cord
                else " (same-day assessment of the upper neck)"
            ),
            ["down_syndrome", *c.which("neck_pain", "head_tilt"), *cord],
            S.DOWN_NECK,
            ("call_120",) if cord else ("see_doctor_today",),
        )
    ]


def _neck_injury(c: Case) -> list[Hit]:
    # NICE NG41 2016 §1.2: a dive into shallow water or a blow to the neck, with neck pain or
    # any numbness, tingling or weakness, is a spinal injury until imaged: keep the neck still,
    # ambulance.
    if not c.has("neck_injury"):
        return []
    signs = c.which("neck_pain", "limb_numb", "numbness", "leg_weakness", "arm_weakness_both")
    signs += c.which("unilateral_weakness") if signs else []
    return [
        hit(
            E if signs else U,
            "possible_spinal_injury",
            "跳水/颈部外伤后颈痛或手脚麻木无力（疑颈椎损伤，固定颈部，打120）"
            if signs
            else "跳水/颈部外伤（当天评估颈椎）",
            "Neck pain, numbness or weakness after a dive or neck injury (possible spinal "
            "injury: keep the neck still, call 120)"
            if signs
            else "A dive or neck injury (assess the neck today)",
            ["neck_injury", *signs],
            S.SPINAL_INJURY,
            ("call_120", "immobilise") if signs else ("see_doctor_today",),
        )
    ]


def _head_injury(c: Case) -> list[Hit]:
    # NICE NG232 2023 §1.2/§1.4: after a head injury refer to the emergency department for
    # loss of consciousness, GCS <15, seizure, focal deficit, skull-fracture signs, vomiting,
    # amnesia, anticoagulation, age >=65, dangerous mechanism or persistent headache.
    # NG232 §1.2: signs of a basal skull fracture (panda eyes, clear fluid from the nose or
    # ear) after a crash, a fall or a blow to the face are a head injury however it is told.
    injury = c.which("head_injury")
    if not injury and c.has("skull_fracture_sign"):
        injury = c.which("major_trauma", "fall", "assault", "nose_injury", "eye_injury")[:1]
    if not injury:
        return []
    major = c.which(
        "unconscious",
        "syncope",
        "seizure",
        "confusion",
        "drowsy",
        "repeated_vomiting",
        "skull_fracture_sign",
        "face_droop",
        "unilateral_weakness",
        "speech_disturbance",
        "vision_disturbance",
        "balance_loss",
    )
    if c.v.gcs is not None and c.v.gcs < 15:
        major.append(f"GCS {c.v.gcs}")
    # A loss of consciousness at the time (当时晕了几秒), however brief; vomiting more than
    # once in an adult, three times or more in a child (吐了两三次, "vomited twice").
    major += c.which("loc_after_injury")
    major += c.which("vomited_3plus") or (c.which("vomited_twice") if c.is_adult else [])
    if c.severe("headache") or c.has("thunderclap_headache"):
        major.append("headache")
    # NG232 §1.2: on an anticoagulant (not aspirin alone), any head injury goes to the
    # emergency department (a CT within 8 hours), however well the patient looks.
    if c.has("anticoagulant"):
        major.append("anticoagulant")
    if major:
        return [
            hit(
                E,
                "head_injury_red_flags",
                "头部外伤伴危险征象",
                "Head injury with red flags",
                [*injury, *major],
                S.HEAD_INJURY,
                (
                    "call_120",
                    *(("head_ct_anticoagulant",) if c.has("anticoagulant") else ()),
                    "head_injury_measures",
                ),
            )
        ]
    minor = c.which("vomiting", "amnesia", "anticoagulant", "headache", "major_trauma", "alcohol")
    if c.age_years is not None and c.age_years >= 65:
        minor.append("age>=65")
    if c.is_child and c.months_below(12):
        minor.append("age<1")
    if minor:
        # NICE NG232 2023: on an anticoagulant, a head CT within 8 hours of the injury,
        # which a township health centre often cannot do.
        ct = ("head_ct_anticoagulant",) if c.has("anticoagulant") else ()
        return [
            hit(
                U,
                "head_injury_risk",
                "头部外伤伴风险因素",
                "Head injury with risk factors",
                [*injury, *minor],
                S.HEAD_INJURY,
                ("see_doctor_today", *ct, "head_injury_measures"),
            )
        ]
    if (
        c.denied("unconscious")
        or c.denied("syncope")
        or c.denied("vomiting")
        or c.denied("lethargy")
    ):
        return [
            hit(
                Level.SELF_CARE,
                "head_injury_minor",
                "轻微头部外伤（无危险征象）",
                "Minor head injury, no red flags",
                injury,
                S.HEAD_INJURY,
                ("head_injury_measures",),
            )
        ]
    return [
        hit(
            N,
            "head_injury_minor",
            "轻微头部外伤（需评估）",
            "Minor head injury, assess",
            injury,
            S.HEAD_INJURY,
            ("head_injury_measures",),
        )
    ]


def _mental_health(c: Case) -> list[Hit]:
    # WHO mhGAP 2016 §SUI: an act of self-harm, or current thoughts or plan of suicide, is
    # imminent risk: do not leave alone, urgent referral. Passive wishes: same-day review.
    if c.has("suicide_attempt") or c.has("suicidal_intent"):
        return [
            hit(
                E,
                "suicide_risk",
                "自杀/自伤风险",
                "Risk of suicide or self-harm",
                c.which("suicide_attempt", "suicidal_intent"),
                S.SUICIDE,
                ("call_120", "suicide_measures"),
            )
        ]
    # NICE NG225 §1.3 / mhGAP: a death wish with access to means or a plan (a rope, stored
    # tablets), or with a drink of 药, is treated as intent.
    if c.has("passive_death_wish") and c.has("suicide_means", "drank_medicine", "overdose"):
        return [
            hit(
                E,
                "suicide_risk",
                "自杀/自伤风险（消极观念伴自杀手段或计划）",
                "Risk of suicide (death wish with means or a plan)",
                ["passive_death_wish", *c.which("suicide_means", "drank_medicine", "overdose")],
                S.SUICIDE,
                ("call_120", "suicide_measures"),
            )
        ]
    # NICE NG225 §1.3 / WHO mhGAP §SUI: means gathered (stockpiled tablets, a rope) are a plan
    # in the making: with alcohol on board an emergency, otherwise a risk assessment today.
    if c.has("suicide_means"):
        drunk = c.which("alcohol")
        if drunk:
            level, told, actions = (
                E,
                (
                    "，且正在饮酒（打120，勿留其独处）",
                    " while drinking (call 120; do not leave alone)",
                ),
                ("call_120", "suicide_measures"),
            )
        else:
            level, told, actions = (
                U,
                (
                    "（当天评估自杀风险，移除手段）",
                    " (suicide risk assessment today; remove the means)",
                ),
                ("see_doctor_today", "suicide_measures"),
            )
        return [
            hit(
                level,
                "suicide_means_gathered",
                "攒药/备绳等自杀手段" + told[0],
                "Means of suicide gathered (stockpiled tablets, a rope)" + told[1],
                ["suicide_means", *drunk],
                S.SUICIDE,
                actions,
            )
        ]
    # NICE NG225 (2022) §1.4: self-harm without suicidal intent still needs a psychosocial
    # assessment: an urgent (same-day) mental health referral.
    if c.has("self_harm_act", "self_harm_thoughts") and not c.has("passive_death_wish"):
        return [
            hit(
                U,
                "self_harm",
                "自伤行为或自伤念头（无自杀意图，当天心理/精神科评估）",
                "Self-harm, or thoughts of it, without suicidal intent (mental health assessment "
                "today)",
                c.which("self_harm_act", "self_harm_thoughts"),
                S.SELF_HARM,
                ("see_doctor_today", "suicide_measures"),
            )
        ]
    if c.has("passive_death_wish"):
        return [
            hit(
                U,
                "suicidal_thoughts",
                "消极观念（需当天评估自杀风险）",
                "Thoughts that life is not worth living",
                ["passive_death_wish"],
                S.SUICIDE,
                ("see_doctor_today", "suicide_measures"),
            )
        ]
    return []


def _poisoning_bites_burns(c: Case) -> list[Hit]:
    out: list[Hit] = []
    # Any ingestion of pesticide, poison or a medicine overdose: transfer with the container.
    # An adult who took a whole strip or bottle (一整板安眠药) took an overdose; a child's
    # ingestion is the children's rule's.
    tox = c.which("pesticide", "poisoning", "overdose")
    if not c.is_child:
        tox += c.which("medicine_amount")
    # A desiccant sachet eaten: lime burns the mouth and iron powder poisons, so one of unknown
    # kind is a poisoning; silica gel is not toxic (rules_common's self-care).
    if c.has("desiccant_eaten") and not c.silica_gel_eaten:
        tox += ["desiccant_eaten"]
    if tox:
        out.append(
            hit(
                E,
                "poisoning",
                "中毒/药物过量（含农药）",
                "Poisoning or overdose (incl. pesticide)",
                tox,
                S.POISONING,
                ("call_120", "poison_measures"),
            )
        )
    # 急性有机磷农药中毒诊治临床专家共识(2016): spraying (打药, 喷药) or a drink of "药" with
    # muscarinic or nicotinic signs (salivation, small pupils, sweating, twitching, a garlic
    # smell) or the symptoms of mild poisoning (dizziness, headache, nausea, vomiting, blurred
    # vision) is organophosphate poisoning: decontaminate, transfer with the container.
    if not tox and c.has("pesticide_exposure", "drank_medicine"):
        cholinergic = c.which("cholinergic_signs", "pinpoint_pupils", "drooling")
        symptoms = c.which(
            "dizziness",
            "headache",
            "nausea",
            "vomiting",
            "sweating",
            "vision_disturbance",
            "dyspnoea",
            "abdominal_pain",
            "confusion",
            "drowsy",
            "unconscious",
            "seizure",
        )
        if c.has("pesticide_exposure"):
            exposure = ["pesticide_exposure"]
            found = cholinergic + symptoms
        else:  # 喝药 is also "took a medicine": only with poisoning signs
            exposure = ["drank_medicine"]
            found = cholinergic + c.which("confusion", "drowsy", "unconscious", "seizure")
            if cholinergic:
                found += symptoms
        if found:
            out.append(
                hit(
                    E,
                    "organophosphate_poisoning",
                    "疑似有机磷农药中毒",
                    "Suspected organophosphate (pesticide) poisoning",
                    exposure + list(dict.fromkeys(found)),
                    S.POISONING,
                    ("call_120", "poison_measures"),
                )
            )
    # 一氧化碳中毒临床治疗指南 / NICE CG150: headache, dizziness, nausea, drowsiness or
    # collapse in someone heated by charcoal or coal in a closed room (often the whole family)
    # is carbon monoxide poisoning: fresh air, high-flow oxygen, hospital. A normal pulse
    # oximeter reading does not exclude it (carboxyhaemoglobin reads as oxygenated).
    if c.has("co_exposure"):
        symptoms = c.which(
            "headache",
            "dizziness",
            "nausea",
            "vomiting",
            "confusion",
            "drowsy",
            "unconscious",
            "syncope",
            "seizure",
            "dyspnoea",
            "chest_pain",
            "chest_tightness",
            "palpitations",
            "balance_loss",
            "vision_disturbance",
            "lethargy",
        )
        if symptoms:
            out.append(
                hit(
                    E,
                    "carbon_monoxide",
                    "疑似一氧化碳中毒",
                    "Suspected carbon monoxide poisoning",
                    ["co_exposure", *symptoms],
                    S.CARBON_MONOXIDE,
                    ("call_120", "poison_measures"),
                )
            )
    # NICE CKS Statins 2023 / 中国血脂管理指南2023: muscle pain or weakness with urine the colour
    # of cola or tea, or a CK in the thousands, is rhabdomyolysis until proven otherwise (a
    # statin with clarithromycin, heat, heavy exertion, a crush): CK and kidney function the
    # same day; with little urine or a potassium of 6 or more (KDIGO 2012: AKI), now.
    muscles = c.which(
        "muscle_pain", "calf_pain", "body_aches", "fatigue", "leg_weakness", "heat_exposure"
    )
    rhabdo = c.which("rhabdo_signs") + (c.which("pigmented_urine") if muscles else [])
    if rhabdo and not c.has("long_lie"):  # (a long lie is its own rule's)
        kidney = c.which("reduced_urine") + (
            [f"K {c.v.potassium}"] if c.v.potassium is not None and c.v.potassium >= 6 else []
        )
        out.append(
            hit(
                E if kidney else U,
                "rhabdomyolysis",
                "疑似横纹肌溶解（肌肉痛伴酱油色/浓茶色尿或肌酸激酶很高）",
                "Possible rhabdomyolysis (muscle pain with cola- or tea-coloured urine, or a very "
                "high CK)",
                [*rhabdo, *muscles, *kidney],
                S.RHABDO,
                ("call_120",) if kidney else ("see_doctor_today",),
            )
        )
    # WHO snakebite 2016: every bite is treated as venomous until observed in hospital; a bite
    # a day or more ago with no swelling, bleeding or weakness since is a dry bite (wound care).
    if c.has("snake_bite") and _dry_bite(c):
        out.append(
            hit(
                U,
                "snake_bite_dry",
                "蛇咬伤已超过24小时、无肿胀出血或无力（干咬可能：当天伤口处理及破伤风评估）",
                "A snake bite over 24 hours ago with no swelling, bleeding or weakness (likely "
                "dry: wound care and tetanus today)",
                ["snake_bite"],
                S.SNAKE,
                ("see_doctor_today",),
            )
        )
    elif c.has("snake_bite"):
        out.append(
            hit(
                E,
                "snake_bite",
                "蛇咬伤",
                "Snake bite",
                ["snake_bite"],
                S.SNAKE,
                ("call_120", "snake_measures"),
            )
        )
    # 狂犬病暴露预防处置工作规范: wash the wound and start post-exposure prophylaxis the same day.
    if c.has("animal_bite") and not c.has("snake_bite", "insect_bite"):
        out.append(
            hit(
                U,
                "animal_bite",
                "动物咬伤/抓伤（需当天处置及狂犬病暴露评估）",
                "Animal bite or scratch (same-day wound care and rabies assessment)",
                ["animal_bite"],
                S.RABIES,
                ("see_doctor_today", "wash_wound"),
            )
        )
    # ISBI 2016: inhalation injury, >10% TBSA in a child or >15% in an adult: burn centre;
    # burns of face, hands, genitals, electrical or chemical burns, or infants: same day.
    if c.has("burn"):
        pct = c.facts.burn_percent
        big = pct is not None and pct >= (10 if c.is_child else 15)
        # (a child's scald with shock: pale or cold and listless: an emergency whatever its size)
        shocked = (
            c.is_child
            and c.has("mottled_skin", "cold_hands", "pale")
            and c.has("lethargy", "drowsy", "less_active", "mottled_skin")
        )
        if (
            c.has("smoke_inhalation", "stridor", "hoarse")
            or big
            or c.has("airway_swelling")
            or shocked
            # (a child's scald with blisters over a wide area: likely 10% or more)
            or (c.is_child and c.has("skin_blistering_widespread"))
        ):
            out.append(
                hit(
                    E,
                    "major_burn",
                    "严重烧伤/吸入性损伤",
                    "Major burn or inhalation injury",
                    ["burn"]
                    + ([f"TBSA {pct}%"] if pct else [])
                    + c.which("smoke_inhalation", "hoarse"),
                    S.BURNS,
                    ("call_120", "burn_measures"),
                )
            )
        elif (
            c.severe("burn")
            # partial thickness (NICE CKS Burns and scalds 2024); a small superficial burn
            # with a blister is dressed at home
            or (c.has("blisters") and not c.mild("burn"))
            or c.has("burn_full_thickness")
            or (pct is not None and pct >= 5)
            or c.months_below(12)
            or (c.is_child and not c.mild("burn"))
        ):
            out.append(
                hit(
                    U,
                    "burn_needs_review",
                    "烧烫伤需当天处理",
                    "Burn needing same-day care",
                    ["burn", *c.which("burn_full_thickness")] + ([f"TBSA {pct}%"] if pct else []),
                    S.BURNS,
                    ("see_doctor_today", "burn_measures"),
                )
            )
    return out


def _back_and_genital(c: Case) -> list[Hit]:
    out: list[Hit] = []
    # GIRFT 2023 cauda equina pathway: back pain or sciatica with saddle numbness, bladder or
    # bowel disturbance or bilateral leg symptoms: emergency MRI.
    # NICE CKS sciatica (2023): bilateral sciatica is one of those red flags.
    ces = c.which(
        "saddle_anaesthesia",
        "urinary_retention",
        "incontinence",
        "leg_weakness",
        "bilateral_sciatica",
    )
    if c.has("back_pain") and ces:
        out.append(
            hit(
                E,
                "cauda_equina",
                "疑似马尾综合征",
                "Possible cauda equina syndrome",
                ["back_pain", *ces],
                S.CAUDA_EQUINA,
                ("call_120",),
            )
        )
    elif c.has("saddle_anaesthesia"):
        out.append(
            hit(
                E,
                "cauda_equina",
                "疑似马尾综合征",
                "Possible cauda equina syndrome",
                ["saddle_anaesthesia"],
                S.CAUDA_EQUINA,
                ("call_120",),
            )
        )
    elif c.has("back_pain"):
        # NICE NG59: fever, cancer history, weight loss, trauma or new neurology need assessment.
        warn = c.which("cancer", "weight_loss", "major_trauma", "fall", "immunosuppressed")
        # NICE CKS Low back pain without radiculopathy (2024): weight loss, immunosuppression,
        # long-term steroids (an osteoporotic collapse) or injecting drugs (spinal infection)
        # beside back pain, and a foot drop or a leg newly weak (CKS Sciatica 2023), need
        # assessment the same day (a cancer's back pain is the spinal metastases rule's, by
        # its features).
        serious = c.which(
            "weight_loss",
            "immunosuppressed",
            "long_term_steroid",
            "injects_drugs",
            "foot_drop",
            "one_leg_weak",
        )
        warn += [s for s in serious if s not in warn]
        if c.fever:
            warn.append("fever")
        # NICE NG59 / CKS: back pain with fever and new weak legs or retention is a spinal
        # epidural abscess until imaged: hospital now.
        neuro = (
            c.which("leg_weakness", "one_leg_weak", "limb_numb", "urinary_retention")
            if c.fever
            else []
        )
        if neuro:
            out.append(
                hit(
                    E,
                    "spinal_infection",
                    "腰背痛伴发热和下肢无力/麻木/尿潴留（疑硬膜外脓肿）",
                    "Back pain with fever and weak legs or retention (possible spinal abscess)",
                    ["back_pain", "fever", *neuro],
                    S.BACK_PAIN,
                    ("call_120",),
                )
            )
        elif warn:
            level = U if (c.fever or c.has("major_trauma") or serious) else N
            out.append(
                hit(
                    level,
                    "back_pain_red_flags",
                    "腰背痛伴警示特征",
                    "Back pain with warning features",
                    ["back_pain", *warn],
                    S.BACK_PAIN,
                    ("see_doctor_today",) if level is U else (),
                )
            )
    # NICE CKS LUTS in men: painful inability to pass urine, or a bladder bulging, is acute
    # retention: a catheter now, which a village clinic often cannot place. With blood in the
    # urine it is clot retention (BAUS / EAU non-muscle-invasive bladder cancer guideline on
    # haematuria): a three-way catheter and bladder washout in hospital.
    if c.has("urinary_retention") and not out:
        painful = (
            c.which("abdominal_pain", "palpable_bladder")
            if c.severe("abdominal_pain") or c.has("palpable_bladder")
            else []
        )
        painful += c.which("haematuria")
        out.append(
            hit(
                E if painful else U,
                "urinary_retention",
                "尿潴留" + ("（急性，下腹胀痛或血块堵塞）" if painful else ""),
                "Urinary retention" + (", acute: painful or with clots" if painful else ""),
                ["urinary_retention", *painful],
                S.CHRONIC_RETENTION,
                ("call_120",) if painful else ("see_doctor_today",),
            )
        )
    # NICE CKS scrotal pain 2022: sudden or severe testicular pain, especially under 25, is
    # torsion until proven otherwise: refer immediately (testis viable for about 6 hours).
    if c.has("testicular_pain") and _epididymo_orchitis(c):
        out.append(
            hit(
                U,
                "possible_epididymo_orchitis",
                "阴囊痛几天内逐渐加重伴尿路症状或发热（附睾睾丸炎可能，当天就诊）",
                "Scrotal pain building over days with urinary symptoms or fever (likely "
                "epididymo-orchitis; same day)",
                ["testicular_pain", *c.which("urinary_symptoms"), *(["fever"] if c.fever else [])],
                S.EPIDIDYMO,
                ("see_doctor_today",),
            )
        )
    elif c.has("testicular_pain"):
        young = c.age_years is None or c.age_years < 25
        # An ache on and off for weeks is not an acute scrotum (NICE CKS: chronic scrotal pain).
        chronic = (c.hours("testicular_pain") or 0) > 7 * 24
        # Sudden pain that went away by itself and has not come back may be an intermittent
        # torsion (EAU Paediatric Urology 2023, acute scrotum): seen today, and back at once if
        # it returns; not an ambulance while the scrotum is painless.
        passed = c.has("q_symptom_free_now") and not c.has("q_ongoing", "vomiting", "nausea")
        if passed:
            out.append(
                hit(
                    U,
                    "scrotal_pain_passed",
                    "突发睾丸痛已自行缓解（间歇性扭转可能：当天就诊，再痛立即急诊）",
                    "Sudden testicular pain that has passed (possible intermittent torsion: "
                    "see a doctor today, emergency at once if it returns)",
                    ["testicular_pain", "q_symptom_free_now"],
                    S.TORSION,
                    ("see_doctor_today",),
                )
            )
        elif (
            c.sudden("testicular_pain")
            or c.severe("testicular_pain")
            or c.has("vomiting", "nausea")
            or (young and not chronic and not c.fever and not c.has("urinary_symptoms"))
        ):
            out.append(
                hit(
                    E,
                    "testicular_torsion",
                    "疑似睾丸扭转",
                    "Possible testicular torsion",
                    c.which("testicular_pain", "vomiting", "nausea"),
                    S.TORSION,
                    ("call_120", "nil_by_mouth"),
                )
            )
        else:
            out.append(
                hit(
                    U,
                    "scrotal_pain",
                    "阴囊/睾丸疼痛",
                    "Scrotal or testicular pain",
                    ["testicular_pain"],
                    S.TORSION,
                    ("see_doctor_today",),
                )
            )
    out += _genital_and_anal(c)
    return out


def _bleeds_easily(c: Case) -> list[str]:
    """Immune thrombocytopenia, a bleeding disorder or an anticoagulant, told now or known."""
    return [x for x in ("itp", "bleeding_disorder", "anticoagulant") if c.has(x) or c.past(x)]


def _epididymo_orchitis(c: Case) -> bool:
    """NICE CKS scrotal pain: pain that came on over a day or more, with urinary symptoms or a
    fever, not sudden and without vomiting, is epididymo-orchitis rather than torsion."""
    return (
        (c.hours("testicular_pain") or 0) >= 24
        and (c.has("urinary_symptoms") or c.fever)
        and not c.sudden("testicular_pain")
        and not c.has("vomiting", "nausea")
    )


def _genital_and_anal(c: Case) -> list[Hit]:
    out: list[Hit] = []
    # EAU 2023: an erection that will not go down is ischaemic priapism until shown otherwise.
    if c.has("priapism"):
        out.append(
            hit(
                E,
                "priapism",
                "阴茎异常勃起不消（缺血性，需急诊处理）",
                "Priapism (an erection that will not go down: emergency)",
                ["priapism"],
                S.PRIAPISM,
                ("call_120",),
            )
        )
    # EAU 2023: a foreskin stuck behind a swelling glans is reduced the same day.
    if c.has("penile_fracture"):
        out.append(
            hit(
                E,
                "penile_fracture",
                "疑似阴茎折断（同房时折断声后立即疲软、肿胀青紫弯曲：急诊手术）",
                "Possible penile fracture (a crack during sex, then swelling, bruising and a bend: "
                "surgery now)",
                ["penile_fracture", *c.which("haematuria")],
                S.PENILE_FRACTURE,
                ("call_120",),
            )
        )
    if c.has("genital_blisters") and not c.past("genital_blisters"):
        # BASHH 2014: a first episode (or one in pregnancy) is seen the same day for an
        # antiviral within 5 days, and for the obstetric plan in late pregnancy.
        out.append(
            hit(
                U,
                "genital_blisters",
                "外阴/生殖器疼痛性水疱或溃疡（疑似生殖器疱疹，当天就诊抗病毒；孕妇当天产科）",
                "Painful genital blisters or sores (possible genital herpes: antiviral today; "
                "pregnant: obstetric team today)",
                ["genital_blisters", *c.which("urinary_symptoms", "fever")],
                S.GENITAL_HERPES,
                ("see_doctor_today",),
            )
        )
    if c.has("paraphimosis"):
        # NICE CKS / EAU 2023: immediate referral; the swelling grows until the glans is lost.
        out.append(
            hit(
                E,
                "paraphimosis",
                "包皮嵌顿（立即复位，本处不能复位即送急诊）",
                "Paraphimosis (reduce now; hospital now if it cannot be reduced here)",
                ["paraphimosis"],
                S.PARAPHIMOSIS,
                ("call_120",),
            )
        )
    # ASCRS 2016 / NICE CKS: a painful lump beside the anus (an abscess, or a thrombosed pile
    # within days) is drained or excised the same day.
    if c.has("perianal_lump"):
        signs = c.which("fluctuant", "cannot_sit", "q_worsening") + (["fever"] if c.fever else [])
        if c.severe("perianal_lump") or c.has("abscess"):
            signs.append("q_severe" if c.severe("perianal_lump") else "abscess")
        if signs:
            out.append(
                hit(
                    U,
                    "perianal_abscess_or_thrombosis",
                    "肛门旁疼痛肿块（肛周脓肿或血栓性外痔，当天处理）",
                    "Painful lump beside the anus (abscess or thrombosed pile; same day)",
                    ["perianal_lump", *signs],
                    S.PERIANAL,
                    ("see_doctor_today",),
                )
            )
    # NICE CG139 / RCN 2021: a catheter that has stopped draining is changed the same day.
    if c.has("catheter_blocked"):
        out.append(
            hit(
                U,
                "blocked_catheter",
                "导尿管不引流（当天更换）",
                "Urinary catheter not draining (change it today)",
                ["catheter_blocked", *c.which("distension", "abdominal_pain")],
                S.CATHETER_BLOCKED,
                ("see_doctor_today",),
            )
        )
    return out


def _neuro_general(c: Case) -> list[Hit]:
    out: list[Hit] = []
    # WHO ETAT 2016: coma or convulsions are emergency signs at any age (under an end-of-life
    # plan, end_of_life.py makes the expected signs of dying the palliative team's).
    if c.has("unconscious") or (c.v.gcs is not None and c.v.gcs <= 12):
        out.append(
            hit(
                E,
                "unconscious",
                "意识丧失/昏迷",
                "Unconscious or unresponsive",
                c.which("unconscious") or [f"GCS {c.v.gcs}"],
                S.VITALS,
                ("call_120", "recovery_position"),
            )
        )
    if c.has("seizure") and not c.is_child and _usual_seizure_over(c):
        # NICE NG217: known epilepsy, the usual seizure, over within 5 minutes and recovered
        # from, unhurt: no ambulance; a stopped medicine is the medicines rule's same day.
        if not c.has("meds_stopped"):
            out.append(
                hit(
                    N,
                    "usual_seizure_recovered",
                    "已知癫痫的平常发作，已停止并恢复（常规随诊）",
                    "Usual seizure in known epilepsy, over and recovered (routine review)",
                    ["epilepsy", "seizure", "seizure_ended"],
                    S.EPILEPSY_MEDS,
                )
            )
    elif c.has("seizure") and not c.is_child:
        out.append(
            hit(
                E,
                "seizure",
                "抽搐发作",
                "Seizure",
                ["seizure"],
                S.VITALS,
                ("call_120", "seizure_measures"),
            )
        )
    # NICE CG103: new confusion is delirium until proven otherwise: look for a cause today;
    # with fever, abnormal vitals or sudden onset, transfer.
    if c.is_adult and c.has("confusion", "drowsy") and not c.has("unconscious"):
        abnormal = []
        if c.fever:
            abnormal.append("fever")
        if c.v.spo2 is not None and c.v.spo2 < 94:
            abnormal.append(f"SpO2 {c.v.spo2}%")
        if c.v.sbp is not None and (c.v.sbp < 100 or c.v.sbp >= 180):
            abnormal.append(f"SBP {c.v.sbp}")
        if c.v.hr is not None and (c.v.hr > 120 or c.v.hr < 50):
            abnormal.append(f"HR {c.v.hr}")
        if c.v.glucose is not None and (c.v.glucose < 3.9 or c.v.glucose > 16.7):
            abnormal.append(f"glucose {c.v.glucose}")
        if c.v.gcs is not None and c.v.gcs < 15:
            abnormal.append(f"GCS {c.v.gcs}")
        # Drowsiness alone on a prescribed strong opioid, breathing counted at 10 or more and
        # no other vital sign abnormal, is the opioid's toxicity (rules_medicines: same day).
        breathing_counted = c.v.rr is not None and c.v.rr >= 10
        opioid_drowsy = (
            c.has("opioid") and breathing_counted and not c.has("confusion") and not abnormal
        )
        # NICE NG217: sleepy while coming round from the person's usual seizure, with nothing
        # else wrong, is the recovery the care plan expects.
        postictal = _usual_seizure_over(c) and not abnormal and not c.has("confusion")
        explained = opioid_drowsy or postictal
        if not explained and (abnormal or c.sudden("confusion", "drowsy") or c.has("drowsy")):
            out.append(
                hit(
                    E,
                    "acute_confusion",
                    "急性意识改变",
                    "Acute confusion or drowsiness",
                    c.which("confusion", "drowsy") + abnormal,
                    S.DELIRIUM,
                    ("call_120", "rest_monitor"),
                )
            )
        elif not explained:
            out.append(
                hit(
                    U,
                    "confusion",
                    "新发意识混乱（谵妄）",
                    "New confusion (delirium)",
                    c.which("confusion"),
                    S.DELIRIUM,
                    ("see_doctor_today",),
                )
            )
    # NICE CG109: collapse with chest pain, breathlessness, palpitations, on exertion, or with
    # abnormal vitals is high-risk; otherwise same-day assessment.
    if c.has("syncope") and not c.has("head_injury"):
        high = c.which(
            "chest_pain",
            "chest_tightness",
            "dyspnoea",
            "palpitations",
            "exertional",
            "heart_disease",
        )
        if c.v.hr is not None and (c.v.hr < 40 or c.v.hr > 150):
            high.append(f"HR {c.v.hr}")
        if c.v.sbp is not None and c.v.sbp < 90:
            high.append(f"SBP {c.v.sbp}")
        if high or c.pregnant:
            out.append(
                hit(
                    E,
                    "high_risk_syncope",
                    "高危晕厥",
                    "High-risk syncope",
                    ["syncope", *high],
                    S.SYNCOPE,
                    ("call_120", "lie_flat"),
                )
            )
        elif _uncomplicated_faint(c):
            out.append(
                hit(
                    N,
                    "uncomplicated_faint",
                    "有明确诱因的单纯性晕厥（晕针/晕血/久站，很快清醒）：门诊随访；再发、活动时晕倒或伴胸痛心慌即就医",
                    "Uncomplicated faint with a clear trigger (a needle, blood, standing long; "
                    "quick recovery): routine; a faint on exertion or with chest pain or "
                    "palpitations needs a doctor",
                    ["syncope", "faint_trigger"],
                    S.UNCOMPLICATED_FAINT,
                    ("lie_flat",),
                )
            )
        else:
            out.append(
                hit(
                    U,
                    "syncope",
                    "晕厥",
                    "Fainting",
                    ["syncope"],
                    S.SYNCOPE,
                    ("see_doctor_today", "lie_flat"),
                )
            )
    return out


def _uncomplicated_faint(c: Case) -> bool:
    """NICE CG109 §1.1.3: a faint with a provoking factor in someone under 65, with no injury
    and no seizure, who came round quickly."""
    young = c.age_years is not None and c.age_years < 65
    return young and c.has("faint_trigger") and not c.has("seizure", "limb_injury", "confusion")


def _dry_bite(c: Case) -> bool:
    """WHO SEARO 2016: after 24 hours without local or systemic envenoming, a bite was dry."""
    signs = (
        "large_swelling", "oedema", "bleeding", "gum_bleeding", "ptosis", "diplopia",
        "unable_to_drink", "dyspnoea", "vomiting", "syncope",
    )  # fmt: skip
    return (c.hours("snake_bite") or 0) >= 24 and not c.has(*signs) and not c.shock_signs()


def _vitals_and_misc(c: Case) -> list[Hit]:
    out: list[Hit] = []
    # NEWS2 / WHO ETAT: extreme heart rate or temperature.
    if c.is_adult and c.v.hr is not None:
        if c.v.hr >= 150 or c.v.hr <= 40:
            out.append(
                hit(
                    E,
                    "extreme_heart_rate",
                    "心率极度异常",
                    "Extreme heart rate",
                    [f"HR {c.v.hr}"],
                    S.VITALS,
                    ("call_120", "rest_monitor"),
                )
            )
        elif c.v.hr >= 130 or c.v.hr < 50:
            out.append(
                hit(
                    U,
                    "abnormal_heart_rate",
                    "心率明显异常",
                    "Markedly abnormal heart rate",
                    [f"HR {c.v.hr}"],
                    S.VITALS,
                    ("see_doctor_today",),
                )
            )
    t = c.v.temp_c
    if t is not None and c.is_adult:
        if t >= 41.0 or (c.has("heat_illness") and c.altered_mental):
            out.append(
                hit(
                    E,
                    "hyperthermia",
                    "超高热/热射病",
                    "Hyperpyrexia or heat stroke",
                    [f"T {t}"],
                    S.HEAT,
                    ("call_120", "cool_patient"),
                )
            )
        elif t < 35.0:
            out.append(
                hit(
                    E,
                    "hypothermia",
                    "低体温",
                    "Hypothermia",
                    [f"T {t}"],
                    S.VITALS,
                    ("call_120", "keep_warm"),
                )
            )
        elif t >= 39.5:
            out.append(
                hit(
                    U,
                    "high_fever",
                    "高热",
                    "High fever",
                    [f"T {t}"],
                    S.SEPSIS,
                    ("see_doctor_today",),
                )
            )
    # 中国热射病诊断与治疗专家共识(2019): heat exposure (work in a greenhouse or the sun, a
    # heatwave) with collapse, confusion or a fit, or with hot dry skin or T >=40, is heat
    # stroke: cool at once and call 120.
    if (
        c.is_adult
        and c.has("heat_exposure", "heat_illness")
        and not any(h.code == "hyperthermia" for h in out)
    ):
        older = c.age_years is not None and c.age_years >= 65
        cns = c.which("syncope", "confusion", "drowsy", "unconscious", "seizure", "balance_loss")
        hot = c.which("hot_dry_skin")
        if t is not None and t >= 40.0:
            hot.append(f"T {t}")
        elif c.fever and c.has("heat_exposure"):
            hot.append("fever")
        if cns and (hot or c.has("heat_illness") or set(cns) - {"syncope", "balance_loss"}):
            out.append(
                hit(
                    E,
                    "heat_stroke",
                    "疑似热射病（高温暴露伴晕倒/意识改变）",
                    "Possible heat stroke (heat exposure with collapse or altered consciousness)",
                    c.which("heat_exposure", "heat_illness") + cns + hot,
                    S.HEAT,
                    ("call_120", "cool_patient"),
                )
            )
        elif (
            c.has("vomiting", "unable_to_drink")
            and (c.has("heat_illness") or older or c.has("dizziness", "fatigue"))
        ) or (older and c.has("reduced_urine", "dry_mouth") and c.has("dizziness", "fatigue")):
            # (热衰竭: heat exhaustion that cannot be rehydrated by mouth, or at 65 or over,
            # needs intravenous fluids the same day)
            out.append(
                hit(
                    U,
                    "heat_exhaustion",
                    "热衰竭（高温暴露后呕吐、喝不进水，当天补液）",
                    "Heat exhaustion (vomiting or unable to drink after heat; fluids today)",
                    c.which(
                        "heat_exposure",
                        "heat_illness",
                        "vomiting",
                        "unable_to_drink",
                        "reduced_urine",
                        "dry_mouth",
                    ),
                    S.HEAT,
                    ("see_doctor_today", "cool_patient"),
                )
            )
    # NICE CKS burns / ABA: smoke inhalation with a hoarse voice, stridor, soot or low oxygen is
    # an airway burn even without a skin burn: hospital now; coughing after smoke, the same day
    # (carbon monoxide and cyanide are the poisoning rules').
    if c.has("smoke_inhalation") and not c.has("burn"):
        airway = c.which("hoarse", "stridor", "dyspnoea", "severe_dyspnoea")
        if c.v.spo2 is not None and c.v.spo2 < 95:
            airway.append(f"SpO2 {c.v.spo2}%")
        symptomatic = airway or c.has("cough", "headache", "nausea", "dizziness")
        if symptomatic:
            out.append(
                hit(
                    E if airway else U,
                    "smoke_inhalation",
                    "吸入烟雾"
                    + (
                        "伴声音嘶哑/喉鸣/气促（气道烧伤可能）"
                        if airway
                        else "后咳嗽/头痛（当天评估）"
                    ),
                    "Smoke inhalation"
                    + (
                        " with a hoarse voice, stridor or breathlessness"
                        if airway
                        else " (assess today)"
                    ),
                    ["smoke_inhalation", *airway, *c.which("cough", "headache")],
                    S.BURNS,
                    ("call_120",) if airway else ("see_doctor_today",),
                )
            )
    if c.has("heavy_bleeding") and not c.pregnant and not c.has("postpartum"):
        out.append(
            hit(
                E,
                "major_haemorrhage",
                "大出血",
                "Major bleeding",
                ["heavy_bleeding", *c.shock_signs()],
                S.TRAUMA,
                ("call_120", "pressure_bleeding"),
            )
        )
    if c.has("haemoptysis"):
        # (and blood coughed up with a fast pulse, a low pressure or pallor: BTS / 咯血诊治专家共识)
        lvl = (
            E
            if c.severe("haemoptysis")
            or c.has("heavy_bleeding", "dyspnoea", "massive_haemoptysis")
            or (c.v.hr is not None and c.v.hr > 110)
            or (c.v.sbp is not None and c.v.sbp < 90)
            else U
        )
        out.append(
            hit(
                lvl,
                "haemoptysis",
                "咯血",
                "Coughing up blood",
                ["haemoptysis"],
                S.TB,
                ("call_120",) if lvl is E else ("see_doctor_today",),
            )
        )
    # NICE NG39 major trauma: dangerous mechanism needs hospital assessment.
    if c.has("major_trauma"):
        serious = c.which(
            "dyspnoea",
            "abdominal_pain",
            "chest_pain",
            "heavy_bleeding",
            "unconscious",
            "fracture",
            "back_pain",
            "neck_pain",
            "leg_weakness",
            "limb_numb",
            "penetrating_trauma",
        )
        lvl = E if serious or c.shock_signs() else U
        out.append(
            hit(
                lvl,
                "major_trauma",
                "严重创伤机制",
                "Dangerous injury mechanism",
                ["major_trauma", *serious],
                S.TRAUMA,
                ("call_120", "trauma_measures") if lvl is E else ("see_doctor_today",),
            )
        )
    # NICE NG84 §1.1: sore throat with drooling, inability to swallow or stridor threatens the
    # airway (epiglottitis, or a quinsy that blocks it): admit now; trismus or a muffled voice
    # without them is a quinsy to drain in hospital today.
    # (NICE CKS: not able to swallow fluids without drooling, stridor or a muffled voice is
    # dehydration to admit the same day, not an airway threat; IMCI's "not able to drink" in
    # a child under 5 is the children's rules' danger sign)
    quinsy = c.which("muffled_voice", "trismus", "peritonsillar_bulge")
    drinks_only = c.which(*_AIRWAY_THREAT) == ["unable_to_drink"] and not quinsy
    if c.has("sore_throat") and drinks_only and not (c.is_child and c.under5):
        out.append(
            hit(
                U,
                "sore_throat_cannot_drink",
                "咽痛到喝不下水（无流涎/喉鸣/含物音：当天住院补液）",
                "Sore throat too painful to drink (no drooling, stridor or muffled voice: "
                "admission for fluids today)",
                ["sore_throat", "unable_to_drink"],
                S.SORE_THROAT_FLUIDS,
                ("see_doctor_today",),
            )
        )
    elif c.has("sore_throat") and quinsy and not c.has(*_AIRWAY_THREAT):
        out.append(
            hit(
                U,
                "possible_quinsy",
                "咽痛偏一侧伴张口困难或含物音（疑扁桃体周围脓肿，当天转诊）",
                "Sore throat with trismus or a muffled voice (possible quinsy; hospital today)",
                ["sore_throat", *quinsy],
                S.SORE_THROAT,
                ("see_doctor_today",),
            )
        )
    elif (c.has("sore_throat") and c.has(*_AIRWAY_THREAT)) or (
        # (NICE CKS: drooling with a muffled voice or stridor is epiglottitis even when no one
        # has said "sore throat"; drooling alone is a teething baby's)
        c.has("drooling") and c.has("muffled_voice", "stridor")
    ):
        out.append(
            hit(
                E,
                "throat_airway_threat",
                "咽痛伴吞咽困难/流涎（警惕会厌炎、扁桃体周围脓肿）",
                "Sore throat with drooling or inability to swallow (epiglottitis/quinsy)",
                [
                    "sore_throat",
                    *c.which("unable_to_drink", "drooling", "muffled_voice", "stridor"),
                ],
                S.SORE_THROAT,
                ("call_120", "sit_up_monitor"),
            )
        )
    # (NICE NG158 §1.1: calf pain with a risk such as a long flight or an operation is assessed
    # for a DVT too)
    if c.has("calf_swelling") or (c.has("calf_pain") and c.has("vte_risk")):
        out.append(
            hit(
                U,
                "possible_dvt",
                "疑似深静脉血栓（单侧小腿肿痛）",
                "Possible deep vein thrombosis",
                c.which("calf_swelling", "calf_pain", "vte_risk"),
                S.DVT,
                ("see_doctor_today",),
            )
        )
    if c.has("heat_illness") and not out and not c.altered_mental:
        out.append(
            hit(
                U,
                "heat_exhaustion",
                "中暑",
                "Heat illness",
                ["heat_illness"],
                S.HEAT,
                ("see_doctor_today", "cool_patient"),
            )
        )
    if c.has("jaundice") and c.is_adult:
        # (new jaundice with dark urine, nausea or anorexia: hepatitis or obstruction, bloods
        # today, NICE CKS Jaundice in adults)
        unwell = c.has("abdominal_pain", "dark_urine", "pigmented_urine", "nausea", "poor_appetite")
        out.append(
            hit(
                U if unwell or c.fever else N,
                "jaundice",
                "黄疸",
                "Jaundice",
                ["jaundice"],
                S.ROUTINE,
            )
        )
    # NICE NG110: perineal pain with urinary symptoms or fever in a man is acute prostatitis.
    if c.is_adult and c.facts.sex != "female" and c.has("perineal_pain"):
        signs = c.which("urinary_symptoms", "urinary_retention") + (["fever"] if c.fever else [])
        if signs:
            out.append(
                hit(
                    U,
                    "acute_prostatitis",
                    "会阴痛伴排尿症状或发热（疑急性前列腺炎，当天治疗）",
                    "Perineal pain with urinary symptoms or fever (possible acute prostatitis)",
                    ["perineal_pain", *signs],
                    S.PROSTATITIS,
                    ("see_doctor_today",),
                )
            )
    # NICE NG113: fever in someone with a urinary catheter is a catheter-associated UTI.
    if c.has("urinary_catheter") and (c.fever or c.has("rigors")):
        out.append(
            hit(
                U,
                "catheter_uti",
                "留置导尿管伴发热（导尿管相关尿路感染，当天处理）",
                "Fever with a urinary catheter (catheter-associated UTI; treat today)",
                ["urinary_catheter", *(["fever"] if c.fever else []), *c.which("rigors")],
                S.CATHETER_UTI,
                ("see_doctor_today",),
            )
        )
    # (NICE NG224 2022: in a child over 3 months, a fever with loin pain and urinary symptoms
    # is an upper urinary infection too: same-day assessment)
    child_upper = c.is_child and not c.months_below(3) and c.fever and c.has("flank_pain")
    if (c.is_adult or child_upper) and c.has("urinary_symptoms", "flank_pain", "haematuria"):
        upper = c.which("flank_pain", "rigors", "vomiting")
        if c.fever:
            upper.append("fever")
        if upper and c.has("urinary_symptoms", "flank_pain"):
            out.append(
                hit(
                    U,
                    "pyelonephritis",
                    "疑似肾盂肾炎/复杂尿路感染",
                    "Possible upper urinary tract infection",
                    c.which("urinary_symptoms", "flank_pain") + upper,
                    S.URINARY,
                    ("see_doctor_today",),
                )
            )
    return out


def _same_day_misc(c: Case) -> list[Hit]:
    """Presentations a doctor sees the same day, at any age: sudden hearing loss (NICE CKS:
    ENT within 24 hours), an asthma attack without severe features (GINA 2024: review today;
    severe ones are the breathing rule's emergencies), fever with cough and pleuritic pain or
    crackles in an adult (NICE NG138: possible pneumonia), and a hot swollen joint with fever
    (NICE CKS: septic arthritis until excluded; without fever too), rapid weight gain in
    heart disease (ESC 2021), a COPD exacerbation (NICE NG115), croup (NICE CKS), snuffbox
    tenderness (NICE NG38), possible mania (NICE CG185) and punched-out sores (NICE CKS
    eczema herpeticum), a fever with a prosthetic valve (ESC 2023 / NICE CG64: endocarditis
    until blood cultures say otherwise) and a pacemaker or defibrillator problem (ESC 2021
    pacing: a device's pocket, skin, twitching, alarm or a pulse below the set rate; a shock is
    _icd_shock's)."""
    device = c.which("device_problem", "wound_infection", "limb_swelling_arm")
    if c.v.hr is not None and c.v.hr < 50:
        device.append(f"HR {c.v.hr}")
    found = [
        (c.has("sudden_hearing_loss"), "sudden_hearing_loss", "突发性耳聋（24小时内耳鼻喉科）",
         "Sudden hearing loss (ENT within 24 hours)", ["sudden_hearing_loss"], S.HEARING_LOSS),
        (c.has("asthma_flare"), "asthma_attack", "哮喘发作（无重度征象，当天复诊）",
         "Asthma attack without severe features (review today)", ["asthma_flare"], S.ASTHMA),
        (c.is_adult and c.fever and c.has("cough") and c.has("pleuritic", "crackles"),
         "possible_pneumonia", "发热、咳嗽伴胸膜性胸痛或湿啰音（疑似肺炎，当天评估）",
         "Fever and cough with pleuritic pain or crackles (possible pneumonia; assess today)",
         ["fever", "cough", *c.which("pleuritic", "crackles")], S.PNEUMONIA),
        (c.fever and c.has("hot_swollen_joint"), "hot_joint_with_fever",
         "关节红肿热痛伴发热（排除化脓性关节炎）",
         "Hot swollen joint with fever (exclude septic arthritis)",
         ["hot_swollen_joint", "fever"], S.SEPTIC_JOINT),
        (not c.fever and c.has("hot_swollen_joint"), "hot_swollen_joint",
         "急性关节红肿热痛（当天评估，排除化脓性关节炎）",
         "Acutely hot swollen joint (assess today; exclude septic arthritis)",
         ["hot_swollen_joint"], S.SEPTIC_JOINT),
        (c.has("heart_disease") and c.has("weight_gain_rapid"), "heart_failure_weight_gain",
         "心脏病/心衰患者几天内体重明显增加（液体潴留，当天调整治疗）",
         "Rapid weight gain in heart disease or failure (fluid build-up; review today)",
         ["heart_disease", "weight_gain_rapid", *c.which("oedema")], S.HF_WEIGHT_GAIN),
        (c.has("copd") and c.has("dyspnoea", "exertional") and c.has("sputum"),
         "copd_exacerbation",
         "慢阻肺急性加重（气促加重伴痰多或脓痰，当天评估）",
         "COPD exacerbation (more breathless with more or purulent sputum; assess today)",
         ["copd", *c.which("dyspnoea", "exertional"), "sputum"], S.COPD_EXACERBATION),
        (c.is_child and c.has("croup"), "croup",
         "儿童犬吠样咳嗽（喉炎，当天评估并给予激素）",
         "Croup in a child (assess today for a dose of dexamethasone)",
         ["croup"], S.CROUP),
        (c.has("tendon_nerve_injury"), "hand_tendon_nerve_injury",
         "手部伤口后手指不能弯曲或指尖麻木（疑似肌腱/神经损伤，当天手外科）",
         "A finger that cannot bend or a numb fingertip after a hand wound (tendon or nerve "
         "injury; hand surgery today)",
         ["tendon_nerve_injury"], S.HAND_TENDON),
        (c.has("snuffbox_tenderness"), "possible_scaphoid_fracture",
         "鼻烟窝压痛（疑似舟骨骨折，当天固定并拍片）",
         "Snuffbox tenderness (possible scaphoid fracture; splint and X-ray today)",
         ["snuffbox_tenderness"], S.SCAPHOID),
        (c.has("mania"), "possible_mania",
         "疑似躁狂发作（当天精神科评估）",
         "Possible mania (mental health assessment today)",
         ["mania"], S.MANIA),
        (_influenza_high_risk(c), "influenza_high_risk",
         "高危人群流感样疾病（48小时内抗病毒，当天就诊）",
         "Influenza-like illness in someone at high risk (antiviral within 48 hours; today)",
         ["influenza" if c.has("influenza") else "fever", *_high_risk(c)], S.INFLUENZA_HIGH_RISK),
        (_chickenpox(c) and (c.pregnant or c.has("immunosuppressed", "long_term_steroid")
                             or c.months_below(1)
                             or (c.age_years is not None and c.age_years >= 14)),
         "chickenpox_at_risk", "成人、孕妇、新生儿或免疫抑制者出水痘（24小时内抗病毒）",
         "Chickenpox in an adult, a pregnant woman, a newborn or the immunocompromised "
         "(antiviral within 24 hours)", [*c.which("chickenpox", "blisters",
                                "skin_blistering_widespread", "varicella_non_immune",
                                "chickenpox_contact", "pregnant", "immunosuppressed",
                                "long_term_steroid")], S.CHICKENPOX),
        (c.has("nitrous_oxide") and c.has("limb_numb", "leg_weakness", "balance_loss"),
         "nitrous_oxide_neuropathy", "长期吸笑气后手脚麻木/走路不稳（B12失活性神经损害，当天评估）",
         "Numbness or unsteadiness after regular nitrous oxide (B12 inactivation; today)",
         ["nitrous_oxide", *c.which("limb_numb", "leg_weakness", "balance_loss")],
         S.NITROUS_OXIDE),
        (c.has("isotretinoin") and (c.pregnant or c.has("positive_pregnancy_test")),
         "isotretinoin_pregnancy", "服异维A酸期间怀孕（立即停药，当天转诊）",
         "Pregnant on isotretinoin (stop it, refer today)",
         ["isotretinoin", *c.which("positive_pregnancy_test", "pregnant")], S.ISOTRETINOIN),
        (c.has("meningococcal_contact"), "meningococcal_contact",
         "流脑密切接触者（24小时内预防性服药）",
         "Close contact of meningococcal disease (prophylaxis within 24 hours)",
         ["meningococcal_contact"], S.MENINGOCOCCAL_CONTACT),

        (c.pregnant and c.has("chickenpox_contact") and not c.has("chickenpox"),
         "chickenpox_contact_pregnancy", "孕妇接触水痘（当天评估免疫状态及预防）",
         "Pregnant woman exposed to chickenpox (immunity and prevention today)",
         ["chickenpox_contact", "pregnant"], S.CHICKENPOX),
        (c.has("hsp") and c.has("abdominal_pain", "periodic_abdominal_pain", "haematuria",
                                 "heavy_proteinuria", "oedema"),
         "hsp_complication", "过敏性紫癜伴腹痛、血尿/蛋白尿或水肿（当天儿科评估）",
         "IgA vasculitis (HSP) with abdominal pain, blood or protein in the urine or swelling "
         "(assess today)",
         ["hsp", *c.which("abdominal_pain", "periodic_abdominal_pain", "haematuria",
                          "heavy_proteinuria", "oedema")], S.HSP),
        (c.has("oedema") and c.has("heavy_proteinuria", "frothy_urine")
         and not c.has("hsp", "lupus"),
         "possible_nephrotic_syndrome", "水肿伴大量蛋白尿/泡沫尿（疑肾病综合征，当天评估）",
         "Swelling with heavy protein or frothy urine (possible nephrotic syndrome; today)",
         ["oedema", *c.which("heavy_proteinuria", "frothy_urine")], S.NEPHROTIC),
        # NICE CKS Whooping cough: an antibiotic within 21 days of onset and notification
        # (a notifiable disease in China); under 6 months, admission (apnoea).
        (c.has("pertussis") and not (c.age_months is not None and c.age_months < 6),
         "suspected_pertussis", "疑似百日咳（阵发性痉咳伴鸡鸣样回声，当天就诊报告并用药）",
         "Suspected whooping cough (bouts with a whoop; antibiotic and notification today)",
         ["pertussis"], S.PERTUSSIS),
        # OAA/AAGBI 2018: a headache after a spinal, an epidural or a lumbar puncture, worse
        # sitting up, is a post-dural puncture headache: back to the anaesthetist the same day.
        (c.has("headache") and c.has("neuraxial_procedure")
         and (c.hours("neuraxial_procedure") or 0) <= 14 * 24,
         "post_dural_puncture_headache", "腰麻/硬膜外/腰穿后头痛（当天联系麻醉科）",
         "Headache after a spinal, epidural or lumbar puncture (anaesthetist today)",
         ["headache", "neuraxial_procedure"], S.PDPH),
        (c.has("punched_out_sores"), "possible_eczema_herpeticum",
         "湿疹基础上出现凿孔样糜烂（疑似疱疹性湿疹，当天就诊）",
         "Punched-out sores on eczema (possible eczema herpeticum; today)",
         ["punched_out_sores"], S.ECZEMA_HERPETICUM),
        # NICE CKS Chickenpox (2024): a fever back after it had settled, or a spot gone red,
        # hot and spreading, is a secondary bacterial infection (invasive group A strep):
        # seen the same day.
        (c.has("chickenpox") and (
            c.has("wound_infection", "spreading_redness")
            or (c.fever and c.has("q_ongoing") and (c.hours("chickenpox") or 0) >= 72)),
         "chickenpox_secondary_infection",
         "水痘后再次发热或疱疹周围红肿热痛扩大（继发细菌感染，当天就诊）",
         "Chickenpox with the fever back or a spot gone red, hot and spreading (secondary "
         "infection; seen today)",
         [*c.which("chickenpox", "wound_infection", "spreading_redness", "fever", "q_ongoing")],
         S.CHICKENPOX),
        # EuroSCAR / BAD: many small pustules on red skin with a fever are AGEP until shown
        # otherwise: the likely drug stopped and a doctor today (blood count, kidneys, liver).
        (c.has("pustular_rash") and c.fever, "possible_agep",
         "发热伴大片红斑上密集针尖样小脓疱（疑急性泛发性发疹性脓疱病，停可疑药，当天就诊）",
         "Fever with many small pustules on red skin (possible AGEP: stop the likely drug; "
         "a doctor today)", ["pustular_rash", "fever"], S.AGEP),
        # NICE CKS Haematuria (2024) / KDIGO 2021 glomerular diseases: cola-coloured or bloody
        # urine with puffy eyes or swelling (acute nephritis, often 1-3 weeks after a sore
        # throat or impetigo): urine, blood pressure and kidney tests today.
        (c.has("pigmented_urine", "haematuria")
         and c.has("oedema", "eyelid_swelling", "angioedema") and not c.has("hsp"),
         "possible_acute_nephritis",
         "茶色/洗肉水样尿伴眼睑或身上浮肿（疑急性肾小球肾炎，当天查尿、血压和肾功能）",
         "Cola-coloured or bloody urine with puffy eyes or swelling (possible acute nephritis; "
         "urine, blood pressure and kidney tests today)",
         [*c.which("pigmented_urine", "haematuria", "oedema", "eyelid_swelling", "angioedema",
                   "reduced_urine", "sore_throat")], S.ACUTE_NEPHRITIS),
        # WHO consolidated TB guidelines (2021), NICE NG12 §1.10 (lymphoma) and ESC 2023
        # endocarditis: fever with night sweats and weight loss (TB, lymphoma, endocarditis,
        # HIV): a doctor today.
        (c.low_grade_fever and c.has("night_sweats") and c.has("weight_loss")
         and not (c.hours("cough") or 0) >= 14 * 24, "fever_sweats_weight_loss",
         "发热、盗汗伴体重下降（排查结核、淋巴瘤、心内膜炎等，当天就诊）",
         "Fever with night sweats and weight loss (TB, lymphoma, endocarditis: a doctor today)",
         [*c.fever_trigger(), "night_sweats", "weight_loss"], S.FEVER_SWEATS_WEIGHT_LOSS),
        (c.has("prosthetic_valve") and c.fever, "possible_endocarditis",
         "人工心脏瓣膜者发热（警惕感染性心内膜炎，当天就诊，用抗生素前先抽血培养）",
         "Fever with a prosthetic heart valve (possible endocarditis: a doctor today, blood "
         "cultures before any antibiotic)",
         ["prosthetic_valve", "fever"], S.ENDOCARDITIS),
        (c.has("cardiac_device") and bool(device), "cardiac_device_problem",
         "起搏器/除颤器问题（囊袋红肿渗液、皮肤变薄、随心跳抽动、报警或心率低于设定：当天联系器械门诊）",
         "A pacemaker or defibrillator problem (pocket, skin, twitching, alarm or a slow "
         "pulse: device team today)",
         ["cardiac_device", *device], S.DEVICE_PROBLEM),
    ]  # fmt: skip
    return same_day_hits(found)


def _high_risk(c: Case) -> list[str]:
    """What puts an influenza-like illness at high risk (流行性感冒诊疗方案 2020)."""
    risks = c.which(
        "pregnant", "diabetes", "copd", "asthma", "heart_disease", "ckd", "cirrhosis",
        "immunosuppressed", "transplant", "cancer",
    )  # fmt: skip
    if c.age_years is not None and c.age_years >= 65:
        risks.append("age>=65")
    return risks


def _influenza_high_risk(c: Case) -> bool:
    """Influenza or COVID-19 named, or fever with cough and aches, in someone at high risk."""
    ili = c.has("influenza") or (c.fever and c.has("cough") and c.has("body_aches"))
    ill_now = c.fever or c.has("cough", "body_aches", "sore_throat")
    return bool(ili and ill_now and _high_risk(c))


_RULES = (
    _chest_pain, _aortic_dissection, _ruptured_aaa, _giant_cell_arteritis, _stroke,
    _posterior_stroke, _sepsis, _anaphylaxis, _breathing,
    _meningitis_headache, _gi_bleed_abdomen, _acute_severe_colitis, _blood_pressure,
    _glucose, _adult_dehydration,
    _head_injury, _neck_injury, _down_syndrome_neck, _icd_shock, _varicella_pneumonia,
    _biliary, _pancreatitis, _lupus_nephritis,
    _mental_health, _poisoning_bites_burns, _back_and_genital, _neuro_general, _vitals_and_misc,
    _same_day_misc,
)  # fmt: skip
