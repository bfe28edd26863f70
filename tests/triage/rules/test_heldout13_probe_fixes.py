# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A thirteenth held-out round (2026-12-06, at commit 7203b4e: two reviewers, 120 cases across
primary care written as staff really type: a third by voice input or dictation with its
homophones and typos (胸口腾, 乎吸, 婚迷, "chest pian", "unconcious"), a third as chats whose key
fact is a one-word answer to a question ("问他出汗没 说没有", "asked re chest pain or sob - no
none", "问他能一口气说完一句话不" / "不能") or a later correction, a third very terse ("女 80 /
突然不会说话 / 右手抬不起")). Before these fixes the rules found 20 of 30 and 23 of 30 emergencies,
graded 10 of 15 and 8 of 15 same-day cases exactly, and sent 1 of 15 and 3 of 15 look-alikes to
emergency. The cases below are those it missed and the fixes now pass; each fails without
them.

What changed: voice input's homophones and common misspellings are mended before reading
(facts.normalise); a reported question is answered where the answer follows its own 没, 不 or
吗 ("问他出汗没 说没有") or a dash ("- no none", "- none of these"), an English "asked ...?" lists
everything asked, an answer opening the next message is moved to its question (so "没有 能喝水"
is no longer "could not drink"), and "能…不" / "不能" reads as what the patient cannot do; a new
time told (这三天, 现在, 今天) ends a history ("上周拉过肚子 这三天腿越来越没劲" is this week's
weakness); new emergency rules for a myasthenic crisis (中国重症肌无力指南 2020) and petechiae
or bruising with bleeding that will not stop (NICE NG12); and the vocabulary of the misses."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "女 80",
                "突然不会说话",
                "右手抬不起",
                "刚发生",
            ],
            _patient(29200, "female", (), pregnant=False),
            id="z13-E06",
        ),  # 中国急性缺血性脑卒中诊治指南2018; NICE NG128 1.1
        pytest.param(
            [
                "四十五岁女的 解大便的时候头突然炸开一样疼 说这辈子没这么疼过",
                "吐了两回 脖子发硬 有点额心",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="z13-E07",
        ),  # 中国蛛网膜下腔出血诊治指南2019; NICE CKS Headache-assessment red flags (thunderclap headache)
        pytest.param(
            [
                "小孩4岁 发烧三十九度五 精神不太好",
                "身上起了些紫红小点 腿上多",
                "拿玻璃杯压了压 问褪色吗",
                "不褪",
            ],
            _patient(1460, "male", (), pregnant=False),
            id="z13-E08",
        ),  # NICE NG240 meningitis and meningococcal disease (fever with non-blanching rash); NICE NG143 red features
        pytest.param(
            [
                "哮喘老病号 40岁 今晚喘得厉害 沙丁胺醇喷了好几下没缓解",
                "问他能一口气说完一句话不",
                "不能",
            ],
            _patient(14600, "male", ("asthma",), pregnant=False),
            id="z13-E15",
        ),  # 支气管哮喘防治指南(2020) 急性发作重度/危重; BTS/SIGN 158 acute asthma; GINA 2023
        pytest.param(
            [
                "男68 房颤",
                "左腿突然疼",
                "冰凉发白",
                "足背脉摸不到",
            ],
            _patient(24820, "male", ("atrial fibrillation",), pregnant=False),
            id="z13-E17",
        ),  # NICE CG147 peripheral arterial disease (acute limb ischaemia: immediate referral); ESVS 2020 acute limb ischaemia
        pytest.param(
            [
                "男35 上周拉过肚子 这三天腿越来越没劲",
                "从脚往上走 现在大腿也软了 上楼要扶",
                "问他喘气费不费劲",
                "说有点费劲",
            ],
            _patient(12775, "male", (), pregnant=False),
            id="z13-E18",
        ),  # 中国吉兰-巴雷综合征诊治指南2019; NICE CKS suspected GBS (admit urgently)
        pytest.param(
            [
                "五十岁女的 这几天眼皮耷拉下来睁不开 喝水老呛 饭咽不下去",
                "说话越来越没声 现在乎吸也费劲 躺不平",
            ],
            _patient(18250, "female", (), pregnant=False),
            id="z13-E19",
        ),  # 中国重症肌无力诊断和治疗指南(2020) 肌无力危象; NICE CKS myasthenia gravis
        pytest.param(
            [
                "女38",
                "月经量特别大",
                "一小时湿透一片",
                "刚晕倒了",
            ],
            _patient(13870, "female", (), pregnant=None),
            id="z13-E21",
        ),  # NICE NG88 heavy menstrual bleeding (acute bleeding with haemodynamic compromise); 排卵障碍性异常子宫出血诊治指南
        pytest.param(
            [
                "男的45 抑郁症 今天来说活着没意思",
                "问他想没想过怎么弄 说攒了一瓶安眠药 打算今晚吃",
                "家里现在没人",
            ],
            _patient(16425, "male", ("depression",), pregnant=False),
            id="z13-E24",
        ),  # WHO mhGAP Intervention Guide 2.0 SUI (imminent risk); NICE NG225 self-harm
        pytest.param(
            [
                "宝宝8个月 拉稀两天 一天十几回 水样的",
                "问尿量 说从昨晚到现在没尿过",
                "眼窝陷下去了 老睡 喂水也不怎么喝",
            ],
            _patient(240, "male", (), pregnant=False),
            id="z13-E27",
        ),  # WHO IMCI diarrhoea: severe dehydration (lethargic, sunken eyes, drinks poorly); NICE CG84
        pytest.param(
            [
                "m 58 chest pian since 1 hr, goin to left arm n jaw",
                "sweting alot, looks grey, hx diabetis",
            ],
            _patient(21170, "male", ("diabetes",), pregnant=False),
            id="e13-E01",
        ),  # NICE CG95 Chest pain of recent onset 1.1.1 (suspected ACS with current pain: emergency referral)
        pytest.param(
            [
                "f 28 pain lower belly right side since morning",
                "asked last period - about 7 wks ago, no contraception",
                "she fainted in toilet just now, very pale",
            ],
            _patient(10220, "female", (), pregnant=None),
            id="e13-E06",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage 1.3 (refer immediately if haemodynamically unstable / collapse)
        pytest.param(
            [
                "f 40 known myasthenia",
                "choking on saliva, voice v weak",
                "breathing shallow, rr 28",
            ],
            _patient(14600, "female", ("myasthenia gravis",), pregnant=False),
            id="e13-E10",
        ),  # Association of British Neurologists Myasthenia gravis guidelines 2015 (crisis with bulbar/respiratory weakness)
        pytest.param(
            [
                "boy 6 bruses all over body n tiny red spots on legs",
                "gums bleeding since mornin wont stop, very pale n tired",
            ],
            _patient(2190, "male", (), pregnant=False),
            id="e13-E11",
        ),  # NICE NG12 Suspected cancer 1.11.2 (child with unexplained petechiae: immediate specialist assessment)
        pytest.param(
            [
                "f 26 birth 2 days ago",
                "bleeding heavy, big clots",
                "hr 120, dizzy standing",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="e13-E13",
        ),  # WHO recommendations on postpartum haemorrhage 2012/2023; RCOG Green-top 52
        pytest.param(
            [
                "m 45 came w low mood 2 months, not sleeping",
                "asked if any thoughts to end life - yes",
                "says bought rope already, plan tonight when wife away",
            ],
            _patient(16425, "male", (), pregnant=False),
            id="e13-E19",
        ),  # NICE NG225 Self-harm / NICE CG90 Depression 1.3.4 (immediate risk: emergency mental health referral)
        pytest.param(
            [
                "snake bit her foot in rice field 1 hr ago, leg swelling fast up to knee",
                "gums bleeding a bit, pee looks dark, feels dizy",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="e13-E30",
        ),  # WHO Guidelines for the management of snakebites (SE Asia, 2016) - systemic envenoming
    ],
)
def test_round13_emergencies_found(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "男58",
                "小腿红肿发热",
                "一天比一天大",
                "38度 血压心率正常",
            ],
            _patient(21170, "male", (), pregnant=False),
            id="z13-U03",
        ),  # NICE NG141 cellulitis and erysipelas (Eron class I-II); 皮肤软组织感染诊治专家共识
        pytest.param(
            [
                "孩子3岁 咳嗽发烧两天",
                "数了一分钟呼吸 45次",
                "问有没有胸凹陷",
                "没有 能喝水 精神还行",
            ],
            _patient(1095, "female", (), pregnant=False),
            id="z13-U04",
        ),  # WHO IMCI cough or difficult breathing: pneumonia (fast breathing >=40/min, age 1-5y, no chest indrawing or danger signs)
        pytest.param(
            [
                "男66",
                "左额头起疱",
                "鼻尖也有",
                "眼睛红疼",
            ],
            _patient(24090, "male", (), pregnant=False),
            id="z13-U05",
        ),  # NICE CKS shingles (herpes zoster ophthalmicus with Hutchinson sign: same-day ophthalmology)
        pytest.param(
            [
                "男63 糖尿病",
                "脚趾破了",
                "周围红肿",
                "不发烧",
            ],
            _patient(22995, "male", ("diabetes",), pregnant=False),
            id="z13-U07",
        ),  # NICE NG19 diabetic foot 1.3 (acute diabetic foot problem, refer within 1 working day); 中国糖尿病足防治指南(2019)
        pytest.param(
            [
                "f 30 burnin wen pee 3 days, now fever 38.6 n pain in rt side of back",
                "no vomit, eating drinking ok, bp 122/78 hr 92",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="e13-U01",
        ),  # NICE NG111 Pyelonephritis (acute): antibiotic prescribing; no sepsis features
        pytest.param(
            [
                "m 66 yestrday his left arm went weak and numb for about 15 min then came back totaly",
                "now normal, bp 150/90, hx diabetis",
            ],
            _patient(24090, "male", ("diabetes",), pregnant=False),
            id="e13-U04",
        ),  # NICE NG128 Stroke and TIA 1.1.3 (suspected TIA in last 7 days: specialist assessment within 24h)
        pytest.param(
            [
                "m 48 left calf swollen and sore since 2 days",
                "asked re chest pain or sob - no none",
                "long bus trip 4 days ago, calf 3.5cm bigger than other",
            ],
            _patient(17520, "male", (), pregnant=False),
            id="e13-U08",
        ),  # NICE NG158 VTE 1.1 (DVT likely: proximal leg vein ultrasound within 4 hours or interim anticoagulation)
        pytest.param(
            [
                "granny 79 摔倒 on ice, fell on outstreched hand",
                "wrist swolen n bent like fork, fingers warm pink can move, no head hit",
            ],
            _patient(28835, "female", ("osteoporosis",), pregnant=False),
            id="e13-U13",
        ),  # NICE NG38 Fractures (non-complex): suspected distal radius fracture, same-day assessment
    ],
)
def test_round13_same_day_cases_graded_urgent(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "小伙28 胸口左边疼 昨天帮人搬家",
                "问他出汗没 说没有",
                "一按那块就疼 转身更疼 心率七十八",
            ],
            _patient(10220, "male", (), pregnant=False),
            id="z13-N01",
        ),  # NICE CG95 (chest pain reproducible on palpation, low risk); 基层胸痛诊疗指南 肌肉骨骼性胸痛
        pytest.param(
            [
                "m 60 routine check bp 182/112",
                "asked chest pain, headache, blurry vision, confusion? - none of these",
                "repeat after 10 min 178/110, off his tablets 2 wks",
            ],
            _patient(21900, "male", ("hypertension",), pregnant=False),
            id="e13-N05",
        ),  # NICE NG136 Hypertension in adults 1.5.4 (>=180/120 without retinal haemorrhage, papilloedema or life-threatening symptoms: not same-day specialist referral)
        pytest.param(
            [
                "m 33 腰痛 since lifting sack of rice yesterday",
                "asked re numbness in saddle area or pee/poo problems - no, peeing normal",
                "pain goes down right buttock, can walk, no fever",
            ],
            _patient(12045, "male", (), pregnant=False),
            id="e13-N08",
        ),  # NICE NG59 Low back pain and sciatica (no red flags: self-management)
    ],
)
def test_round13_look_alikes_not_sent_to_emergency(
    texts: list[str], patient: PatientContext
) -> None:
    assert assess(texts, patient).level is not E


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("问他出汗没 说没有", {"sweating": "absent"}),
        ("问他出汗没 说出了", {"sweating": "present"}),
        ("asked re chest pain or sob - no none", {"chest_pain": "absent", "dyspnoea": "absent"}),
        (
            "asked chest pain, headache, blurry vision? - none of these",
            {"chest_pain": "absent", "headache": "absent", "vision_disturbance": "absent"},
        ),
        (
            "asked about headache, vomiting, fever - denies all",
            {"headache": "absent", "vomiting": "absent", "fever": "absent"},
        ),
        # A symptom told before the question stays told.
        ("胸痛，问了有没有出汗？有", {"chest_pain": "present", "sweating": "present"}),
        (
            "m 60, chest pain, asked re sweating - no",
            {"chest_pain": "present", "sweating": "absent"},
        ),
        # Voice input and misspellings.
        ("乎吸也费劲 有点额心", {"dyspnoea": "present", "nausea": "present"}),
        ("chest pian, sweting alot", {"chest_pain": "present", "sweating": "present"}),
        # A new time told ends a history.
        ("上周拉过肚子 这三天腿越来越没劲", {"leg_weakness": "present"}),
        ("以前从没抽过风 今天上午突然倒地抽了一两分钟", {"seizure": "present"}),
    ],
)
def test_readings_fixed_in_round_13(text: str, findings: dict[str, str]) -> None:
    found = dict(extract_facts(text).findings)
    assert {code: found.get(code) for code in findings} == findings


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        # The answer opening the next message belongs to the question, and the rest is read alone.
        (
            [
                "孩子3岁 咳嗽发烧两天",
                "数了一分钟呼吸 45次",
                "问有没有胸凹陷",
                "没有 能喝水 精神还行",
            ],
            U,
        ),
        (["哮喘 40岁 今晚喘得厉害 喷了好几下没缓解", "问他能一口气说完一句话不", "不能"], E),
        (["哮喘 40岁 今晚喘得厉害 喷了两下好点了", "问他能一口气说完一句话不", "能"], U),
    ],
)
def test_answers_in_the_next_message(texts: list[str], level: Level) -> None:
    patient = PatientContext(age_days=3 * 365) if texts[0].startswith("孩子") else None
    assert assess(texts, patient).level is level


def test_a_brief_faint_at_a_blood_test_is_not_unconsciousness() -> None:
    texts = [
        "m 19 fainted while blood taken, was unconcious for few secs",
        "woke up quick, now fine sitting, bp 118/70 hr 70",
    ]
    assert assess(texts).level is not E


def test_myasthenia_without_bulbar_or_breathing_signs_is_not_a_crisis() -> None:
    flags = {
        f.code
        for f in assess(
            ["known myasthenia, eyelids droopy this evening, swallowing ok, breathing fine"]
        ).red_flags
    }
    assert "myasthenic_crisis" not in flags
