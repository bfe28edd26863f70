# ruff: noqa: E501  (bilingual question tables: one question per line reads better than split strings)
"""Questions still worth asking: facts not yet known that could change the level."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .case import Case
from .values import Level, Question, Text


@dataclass(frozen=True)
class _Ask:
    code: str
    zh: str
    en: str
    known: Callable[[Case], bool]
    at_emergency: bool = False  # still useful after an emergency is declared (handover)


def _k(*codes: str) -> Callable[[Case], bool]:
    return lambda c: c.known(*codes)


def _age(c: Case) -> bool:
    return c.facts.age_days is not None


_ONSET = _Ask(
    "onset",
    "什么时候开始的？是突然发生的吗？",
    "When did it start? Was the onset sudden?",
    lambda c: bool(c.facts.sudden) or bool(c.facts.durations),
    True,
)
_AGE = _Ask("age", "患者多大年龄？", "How old is the patient?", _age)

# Topic -> (is the topic active, questions in priority order).
_TOPICS: list[tuple[Callable[[Case], bool], list[_Ask]]] = [
    (
        lambda c: c.has("chest_pain", "chest_tightness"),
        [
            _ONSET,
            _Ask(
                "radiation",
                "疼痛是否放射到左肩、左臂、下颌或背部？",
                "Does the pain spread to the left shoulder, arm, jaw or back?",
                _k("radiating_pain"),
            ),
            _Ask(
                "sweating",
                "是否伴有出汗、恶心或呼吸困难？",
                "Any sweating, nausea or breathlessness with it?",
                _k("sweating", "nausea", "dyspnoea"),
            ),
            _Ask(
                "heart_history",
                "有无冠心病、高血压、糖尿病或吸烟史？",
                "Known heart disease, hypertension, diabetes or smoking?",
                _k("heart_disease", "hypertension", "diabetes", "smoker"),
            ),
            _Ask(
                "bp_hr",
                "请测量血压和心率。",
                "Please measure blood pressure and heart rate.",
                lambda c: c.v.sbp is not None and c.v.hr is not None,
            ),
            _AGE,
        ],
    ),
    (
        lambda c: c.has(
            "face_droop", "unilateral_weakness", "speech_disturbance", "stroke_suspected"
        ),
        [
            _Ask(
                "last_known_well",
                "最后一次正常是什么时间？",
                "When was the patient last seen well?",
                lambda c: bool(c.facts.durations),
                True,
            ),
            _Ask(
                "glucose",
                "请测指尖血糖。",
                "Please check the finger-prick glucose.",
                lambda c: c.v.glucose is not None,
                True,
            ),
        ],
    ),
    (
        lambda c: c.is_child and c.fever,
        [
            _Ask("child_age", "孩子几个月/几岁？", "How old is the child in months?", _age),
            _Ask(
                "temp", "体温多少度？", "What is the temperature?", lambda c: c.v.temp_c is not None
            ),
            _Ask(
                "feeding",
                "能不能吃奶/喝水？",
                "Is the child able to drink or breastfeed?",
                _k("unable_to_drink", "poor_feeding"),
            ),
            _Ask(
                "lethargy",
                "精神怎么样，是否嗜睡、难叫醒？",
                "Is the child lethargic or hard to wake?",
                _k("lethargy", "drowsy", "unconscious"),
            ),
            _Ask(
                "convulsion",
                "这次生病有没有抽搐？",
                "Any convulsions during this illness?",
                _k("seizure"),
            ),
            _Ask(
                "breathing_rate",
                "请数1分钟呼吸次数，看有无胸凹陷。",
                "Count breaths for one minute and look for chest indrawing.",
                lambda c: c.v.rr is not None or c.known("chest_indrawing"),
            ),
            _Ask(
                "rash",
                "有无压之不褪色的皮疹？",
                "Any rash that does not fade under pressure?",
                _k("rash_nonblanching", "rash"),
            ),
            _Ask(
                "fever_days",
                "发热几天了？",
                "How many days of fever?",
                lambda c: c.hours("fever") is not None,
            ),
        ],
    ),
    (
        lambda c: c.is_adult and c.fever,
        [
            _Ask(
                "temp", "体温多少度？", "What is the temperature?", lambda c: c.v.temp_c is not None
            ),
            _Ask(
                "mentation",
                "意识是否清楚？",
                "Is the patient alert and oriented?",
                _k("confusion", "drowsy", "unconscious"),
            ),
            _Ask(
                "rr_bp",
                "请测呼吸频率和血压。",
                "Please measure breathing rate and blood pressure.",
                lambda c: c.v.rr is not None and c.v.sbp is not None,
            ),
            _Ask(
                "fever_days",
                "发热几天了？",
                "How many days of fever?",
                lambda c: c.hours("fever") is not None,
            ),
        ],
    ),
    (
        lambda c: c.has("headache"),
        [
            _ONSET,
            _Ask(
                "worst_headache",
                "是不是一生中最剧烈的头痛？",
                "Is it the worst headache ever?",
                lambda c: (
                    c.known("thunderclap_headache") or bool(c.facts.severe) or bool(c.facts.mild)
                ),
            ),
            _Ask(
                "neuro",
                "有无口角歪斜、肢体无力或说话不清？",
                "Any facial droop, limb weakness or slurred speech?",
                _k("face_droop", "unilateral_weakness", "speech_disturbance"),
            ),
            _Ask(
                "neck",
                "有无发热、颈部僵硬？",
                "Any fever or neck stiffness?",
                _k("fever", "neck_stiffness"),
            ),
            _Ask(
                "bp", "请测血压。", "Please measure blood pressure.", lambda c: c.v.sbp is not None
            ),
        ],
    ),
    (
        lambda c: c.has("abdominal_pain"),
        [
            _Ask(
                "abdo_severity",
                "腹痛部位和程度？按压是否加重、肚子是否发硬？",
                "Where is the pain and how bad? Is the belly tender or rigid?",
                lambda c: (
                    c.known("peritonism", "rlq_pain", "ruq_pain", "epigastric_pain")
                    or bool(c.facts.severe)
                    or bool(c.facts.mild)
                ),
            ),
            _Ask(
                "stool_blood",
                "有无呕血、黑便或便血？",
                "Any vomiting of blood, black or bloody stools?",
                _k("haematemesis", "melaena", "bloody_stool"),
            ),
            _Ask(
                "possible_pregnancy",
                "有无停经或怀孕可能？",
                "Could she be pregnant (missed period)?",
                lambda c: (
                    not (c.female and not c.is_child)
                    or c.known("pregnant", "missed_period", "positive_pregnancy_test")
                    or c.facts.pregnant is not None
                ),
            ),
            _Ask(
                "vomit_fever",
                "是否伴呕吐、发热？",
                "Any vomiting or fever?",
                _k("vomiting", "fever"),
            ),
        ],
    ),
    (
        lambda c: c.has("dyspnoea", "wheeze"),
        [
            _Ask(
                "spo2",
                "请测血氧饱和度和呼吸频率。",
                "Please measure SpO2 and breathing rate.",
                lambda c: c.v.spo2 is not None,
            ),
            _Ask(
                "sentences",
                "能否说完整的句子？嘴唇是否发紫？",
                "Can the patient speak in full sentences? Blue lips?",
                _k("severe_dyspnoea", "cyanosis"),
            ),
            _Ask(
                "lung_history",
                "有无哮喘或慢阻肺病史？",
                "History of asthma or COPD?",
                _k("asthma", "copd"),
            ),
        ],
    ),
    (
        lambda c: c.has("diarrhoea", "vomiting"),
        [
            _Ask(
                "drink",
                "能否喝水，尿量有无减少？",
                "Can the patient drink? Is urine output reduced?",
                lambda c: c.is_child or c.known("unable_to_drink", "reduced_urine"),
            ),
            _Ask(
                "blood_stool",
                "大便是否带血？",
                "Any blood in the stool?",
                _k("bloody_stool", "melaena"),
            ),
            _Ask(
                "dehydration_signs",
                "有无眼窝凹陷、皮肤弹性差、精神差？",
                "Sunken eyes, slow skin pinch or lethargy?",
                lambda c: c.is_child or c.known("sunken_eyes", "skin_pinch_slow", "lethargy"),
            ),
        ],
    ),
    (
        lambda c: c.has("head_injury"),
        [
            _Ask(
                "loc",
                "受伤后是否昏迷过、呕吐过？",
                "Any loss of consciousness or vomiting since the injury?",
                _k("unconscious", "syncope", "vomiting"),
            ),
            _Ask(
                "anticoag",
                "是否服用抗凝药（如华法林）？",
                "Is the patient on anticoagulants (e.g. warfarin)?",
                _k("anticoagulant"),
            ),
            _AGE,
        ],
    ),
    (
        lambda c: c.pregnant,
        [
            _Ask(
                "gestation",
                "怀孕多少周了？",
                "How many weeks pregnant?",
                lambda c: c.facts.gestation_weeks is not None,
                True,
            ),
            _Ask(
                "preg_bleeding",
                "有无阴道出血或流液？",
                "Any vaginal bleeding or leaking fluid?",
                _k("vaginal_bleeding", "leaking_fluid"),
            ),
            _Ask(
                "preg_bp",
                "请测血压；有无头痛、视物模糊？",
                "Please measure BP; any headache or blurred vision?",
                lambda c: c.v.sbp is not None,
            ),
            _Ask(
                "fetal_movements",
                "胎动是否正常？",
                "Are fetal movements normal?",
                lambda c: (
                    c.known("reduced_fetal_movement", "absent_fetal_movement")
                    or (c.facts.gestation_weeks or 40) < 24
                ),
            ),
        ],
    ),
    (
        lambda c: c.has("back_pain"),
        [
            _Ask(
                "ces",
                "有无会阴部麻木、大小便失禁或排尿困难？",
                "Any saddle numbness, incontinence or trouble passing urine?",
                _k("saddle_anaesthesia", "incontinence", "urinary_retention"),
            ),
            _Ask(
                "legs",
                "双下肢有无无力或麻木？",
                "Any weakness or numbness in both legs?",
                _k("leg_weakness"),
            ),
            _Ask(
                "back_flags",
                "有无发热、肿瘤病史或外伤？",
                "Any fever, history of cancer or trauma?",
                _k("fever", "cancer", "major_trauma", "fall"),
            ),
        ],
    ),
    (
        lambda c: c.has("allergic_reaction", "sting", "hives", "angioedema"),
        [
            _Ask(
                "allergy_airway",
                "有无呼吸困难、喉咙发紧或嘴唇舌头肿胀？",
                "Any breathing difficulty, throat tightness or lip/tongue swelling?",
                _k("dyspnoea", "airway_swelling", "angioedema", "wheeze"),
            ),
            _Ask(
                "allergy_circulation",
                "有无头晕、晕厥？请测血压。",
                "Any dizziness or fainting? Please measure BP.",
                lambda c: c.v.sbp is not None or c.known("dizziness", "syncope"),
            ),
        ],
    ),
    (
        lambda c: c.has("syncope"),
        [
            _Ask(
                "syncope_context",
                "晕倒前有无胸痛、心慌或活动中发生？",
                "Chest pain, palpitations or exertion before fainting?",
                _k("chest_pain", "palpitations", "exertional"),
            ),
        ],
    ),
    (lambda c: c.has("testicular_pain"), [_ONSET]),
    # NICE NG128 / BE-FAST: vertigo with ataxia, diplopia or dysarthria is a stroke.
    (
        lambda c: c.has("vertigo", "dizziness", "balance_loss"),
        [
            _ONSET,
            _Ask(
                "walk_unaided",
                "能否自己走直线？走路是否往一边倒？",
                "Can the patient walk unaided in a straight line, or do they veer or fall to one side?",
                _k("balance_loss"),
            ),
            _Ask(
                "double_vision",
                "看东西有没有重影？",
                "Any double vision?",
                _k("diplopia"),
            ),
            _Ask(
                "vertigo_neuro",
                "有无说话不清、口角歪斜、一侧肢体无力或麻木？",
                "Any slurred speech, facial droop, or weakness or numbness on one side?",
                _k("speech_disturbance", "face_droop", "unilateral_weakness"),
            ),
            _Ask(
                "positional",
                "是否只在翻身、起床或转头时发作，每次持续几秒到1分钟？",
                "Does it come only on turning in bed, getting up or moving the head, lasting seconds?",
                _k("q_positional"),
            ),
        ],
    ),
    # WHO IMCI 2014: the dehydration signs that decide between Plan A, B and C.
    (
        lambda c: c.is_child and c.has("diarrhoea", "vomiting"),
        [
            _Ask(
                "lethargy",
                "精神怎么样，是否嗜睡、难叫醒？",
                "Is the child lethargic or hard to wake?",
                _k("lethargy", "drowsy", "unconscious"),
            ),
            _Ask(
                "child_drinking",
                "给水时孩子是抢着喝、正常喝，还是喝得很差或喝不下？",
                "When offered a drink, does the child drink eagerly, normally, poorly or not at all?",
                _k("thirst", "drinks_poorly", "unable_to_drink"),
            ),
            _Ask(
                "tears",
                "哭的时候有没有眼泪？嘴巴干不干？",
                "Are there tears when crying? Is the mouth dry?",
                _k("no_tears", "dry_mouth"),
            ),
            _Ask(
                "sunken_eyes",
                "眼窝有没有凹陷？",
                "Are the eyes sunken?",
                _k("sunken_eyes"),
            ),
            _Ask(
                "skin_pinch",
                "捏起腹部皮肤松开后，回缩慢吗？是否超过2秒？",
                "Pinch the skin of the abdomen: does it go back slowly, or very slowly (over 2 seconds)?",
                _k("skin_pinch_slow", "skin_pinch_very_slow"),
            ),
        ],
    ),
    # RCOG GTG57: gestation and the movements felt recently decide the urgency.
    (
        lambda c: c.has("reduced_fetal_movement"),
        [
            _Ask(
                "movements_last_2h",
                "最近2小时内感觉到几次胎动？以前有没有胎动减少过？",
                "How many movements in the last 2 hours? Any earlier episodes of reduced movements?",
                lambda c: c.has("absent_fetal_movement"),
                True,
            ),
        ],
    ),
    # ESC 2023 §3.1: ACS without chest pain in older people, women and diabetes.
    (
        lambda c: (
            c.is_adult
            and not c.has("chest_pain", "chest_tightness")
            and (
                c.has("epigastric_pain", "heartburn", "unusual_fatigue")
                or (c.has("dyspnoea") and c.has("exertional"))
            )
            and (c.age_years is None or c.age_years >= 45 or c.has("diabetes"))
        ),
        [
            _Ask(
                "autonomic",
                "是否伴出冷汗、恶心或呕吐？",
                "Any sweating, clamminess, nausea or vomiting with it?",
                _k("sweating", "nausea", "vomiting"),
            ),
            _Ask(
                "cardiac_risk",
                "有无糖尿病、冠心病、高血压？",
                "Diabetes, heart disease or high blood pressure?",
                _k("diabetes", "heart_disease", "hypertension"),
            ),
            _Ask(
                "hr_ecg",
                "请测心率、血压，有条件时做心电图。",
                "Please measure heart rate and blood pressure, and record an ECG if available.",
                lambda c: c.v.hr is not None,
            ),
            _AGE,
        ],
    ),
    # NICE CKS shingles 2023: the eye is what makes shingles urgent.
    (
        lambda c: c.has("shingles"),
        [
            _Ask(
                "zoster_site",
                "疱疹是否长在额头、眼周或鼻尖？有无眼红、眼痛或视力下降？",
                "Is the rash on the forehead, around the eye or on the tip of the nose? Any red or painful eye or change in vision?",
                _k("zoster_eye", "red_eye", "eye_pain", "vision_disturbance"),
            ),
        ],
    ),
    # NICE NG141 2019: fever, pulse and spread grade cellulitis.
    (
        lambda c: c.has("wound_infection"),
        [
            _Ask(
                "skin_temp_hr",
                "请测体温和心率；红肿范围是否在扩大？",
                "Please measure temperature and pulse; is the redness spreading?",
                lambda c: c.v.temp_c is not None and c.v.hr is not None,
            ),
            _Ask(
                "skin_diabetes",
                "有无糖尿病？感染部位是否在脚上？",
                "Does the patient have diabetes? Is it on the foot?",
                _k("diabetes", "foot_ulcer"),
            ),
        ],
    ),
    # NICE NG19 2019: gangrene, ischaemia or sepsis make a diabetic foot an emergency.
    (
        lambda c: c.has("foot_ulcer") and c.has("diabetes"),
        [
            _Ask(
                "foot_black",
                "脚趾或伤口周围有没有发黑？脚是否冰凉、发白？",
                "Any black skin on the toes or round the wound? Is the foot cold or pale?",
                _k("gangrene", "limb_ischaemia"),
                True,
            ),
            _Ask(
                "foot_infection",
                "伤口周围有无红肿、流脓？请测体温和心率。",
                "Any redness, swelling or pus round the wound? Please measure temperature and pulse.",
                lambda c: c.known("wound_infection") and c.v.temp_c is not None,
            ),
        ],
    ),
    # NICE NG38 2016 / Ottawa rules: weight bearing, deformity and circulation after an injury.
    (
        lambda c: (
            c.has(
                "fracture",
                "dislocation",
                "limb_deformity",
                "sprain",
                "bony_tenderness",
                "cannot_bear_weight",
                "limb_injury",
            )
            or (c.has("fall") and not c.has("head_injury"))
        ),
        [
            _Ask(
                "bear_weight",
                "受伤后能否负重、自己走4步？",
                "Can the patient bear weight and take four steps?",
                _k("cannot_bear_weight", "fracture"),
            ),
            _Ask(
                "deformity_open",
                "有无明显变形、骨头外露或伤口？骨头上有无压痛？",
                "Any deformity, bone showing through the skin, or tenderness over the bone?",
                _k("limb_deformity", "open_fracture", "bony_tenderness", "deep_wound"),
            ),
            _Ask(
                "distal_circulation",
                "受伤远端的手指/脚趾颜色、温度、感觉是否正常？",
                "Are the fingers or toes beyond the injury pink, warm and with normal feeling?",
                _k("limb_ischaemia", "limb_numb"),
                True,
            ),
        ],
    ),
    # NICE CKS red eye / eye trauma 2022: mechanism, chemicals and vision decide the urgency.
    (
        lambda c: c.has("eye_injury", "red_eye", "eye_pain"),
        [
            _Ask(
                "eye_mechanism",
                "受伤时是否在打磨、敲打金属，或有化学物质（如石灰）溅入眼内？",
                "Was the injury from grinding or hammering metal, or a chemical (e.g. lime) splash?",
                lambda c: not c.has("eye_injury") or c.known("hv_mechanism", "chemical_eye"),
            ),
            _Ask(
                "eye_vision",
                "视力有没有下降？怕不怕光？",
                "Is vision reduced? Is there pain on looking at light?",
                _k("vision_disturbance", "photophobia"),
                True,
            ),
            _Ask(
                "contact_lens",
                "是否戴隐形眼镜？",
                "Does the patient wear contact lenses?",
                lambda c: c.has("eye_injury") or c.known("contact_lens"),
            ),
        ],
    ),
]

_MAIN = _Ask(
    "main_complaint",
    "患者主要哪里不舒服？持续多久了？",
    "What is the main complaint and how long has it lasted?",
    lambda c: False,
)


def questions_for(c: Case, level: Level, limit: int = 6) -> tuple[Question, ...]:
    """Up to `limit` unanswered questions for the active topics (handover ones at emergency)."""
    out: dict[str, Question] = {}
    active = False
    for is_active, asks in _TOPICS:
        if not is_active(c):
            continue
        active = True
        for ask in asks:
            if ask.code in out or ask.known(c):
                continue
            if level is Level.EMERGENCY and not ask.at_emergency:
                continue
            out[ask.code] = Question(ask.code, Text(ask.zh, ask.en))
    if not active and not c.present_codes():
        out[_MAIN.code] = Question(_MAIN.code, Text(_MAIN.zh, _MAIN.en))
    return tuple(list(out.values())[:limit])
