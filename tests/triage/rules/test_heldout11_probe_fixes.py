# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eleventh held-out round (2026-12-06, at commit b36c870: two reviewers, 120 cases from the
guidelines, weighted to same-day cases: 20 emergencies, 25 same-day and 15 look-alikes a set;
Chinese: adults' heart, lung, brain, infection and chronic disease problems; English: children
1-12, mental health, bones and joints, skin, eyes and ENT). Before these fixes the rules found
18 of 20 and 18 of 20 emergencies, graded 7 of 25 and 8 of 25 same-day cases exactly, and sent
1 of 15 and 0 of 15 look-alikes to emergency. The cases below are those it missed and the fixes
now pass; each fails without them.

Emergencies: massive haemoptysis told around the cough (咳嗽咳出来一大口一大口鲜红的血), potassium
told with 点 (钾7点1), a suicide plan with saved pills, sudden monocular blindness ("L eye
suddenly went nearly totally dark"). Same day, with their sources: a hot swollen joint without
fever (NICE CKS septic arthritis), rapid weight gain in heart failure (ESC 2021), a COPD
exacerbation (NICE NG115), croup (NICE CKS), snuffbox tenderness (NICE NG38), mania (NICE
CG185), eczema herpeticum (NICE CKS), a blistered burn, giant cell arteritis, new flashes and
floaters, shingles on the tip of the nose, a toddler's urine infection and a death wish told
as not wanting to wake up. Wrong readings fixed: "pain fits how it looks" was a seizure,
"喘气平稳" was breathlessness, "no other burns" took back the burn, "咳起来右边胸口痛" was an ACS
chest pain (it is pleuritic), and chest-wall pain pressed out by a hand (手一按那块就痛) went to
emergency."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT
ADULT = PatientContext(age_days=60 * 365, sex="male")


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "57岁男 以前得过肺结核",
                "刚刚咳嗽咳出来一大口一大口鲜红的血 差不多小半碗了 还在往外咳",
                "脸发白 脉110 血压100/65",
            ],
            _patient(20805, "male", ("previous tuberculosis",), pregnant=None),
            id="z11-E12",
        ),  # 中国咯血诊治专家共识 (大咯血); BTS haemoptysis guidance (massive haemoptysis)
        pytest.param(
            [
                "69岁 肾衰 还没开始透析",
                "抽血结果钾7点1 人软得站不起来",
                "摸脉很慢 四十来下 还不太齐",
            ],
            _patient(25185, "male", ("chronic kidney disease",), pregnant=None),
            id="z11-E20",
        ),  # UK Kidney Association 2020 hyperkalaemia guideline (K ≥6.5 severe: emergency)
        pytest.param(
            [
                "45F low since husband passed away 6 months ago, today told me she has saved around 60 sleeping pills",
                "plans to swallow them tonight when kids are out, already wrote a letter",
                "flat, tearful, will not agree to keep herself safe",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="e11-E08",
        ),  # NICE NG225 Self-harm + NICE CKS Suicide risk: immediate risk - arrange emergency assessment
        pytest.param(
            [
                "70M fine when woke up, at 8am L eye suddenly went nearly totally dark, no pain",
                "L eye can only see hand moving now, R eye normal",
                "HTN, had a mini stroke 2 yrs ago, BP 168/94",
            ],
            _patient(25550, "male", ("hypertension", "previous stroke"), pregnant=None),
            id="e11-E18",
        ),  # RCOphth / AHA Scientific Statement 2021 on central retinal artery occlusion: treat as acute stroke
    ],
)
def test_round11_emergencies_found(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "73岁 心衰一直在吃药 这三天称体重涨了两斤 不对 是两公斤",
                "脚脖子比前几天肿 晚上要多垫个枕头",
                "坐着讲话不喘 血氧95 心率86",
            ],
            _patient(26645, "male", ("heart failure",), pregnant=None),
            id="z11-U04",
        ),  # ESC 2021 heart failure guideline (self-care: weight gain >2 kg in 3 days); NICE NG106
        pytest.param(
            [
                "69岁 慢阻肺 这三天痰变黄变多 走几步就喘",
                "坐着不喘 能聊天 意识清醒",
                "指脉氧92 平常也就93 体温37度6",
            ],
            _patient(25185, "male", ("COPD",), pregnant=None),
            id="z11-U09",
        ),  # GOLD 2024 report, management of exacerbations (moderate, outpatient)
        pytest.param(
            [
                "70岁阿姨 咳嗽发烧三天 吐黄脓痰 咳起来右边胸口痛",
                "体温38度4 呼吸22 血压128/76 SpO2 94",
                "头脑清醒 稀饭能喝一碗 自己走进来的",
            ],
            _patient(25550, "female", (), pregnant=False),
            id="z11-U10",
        ),  # NICE NG138 pneumonia (CRB65 score 1: same-day clinical assessment, consider hospital assessment); 中国成人社区获得性肺炎诊治指南2016
        pytest.param(
            [
                "74岁老太太 这一礼拜右边太阳穴痛 梳头碰着都痛",
                "嚼东西嚼久了腮帮子酸 浑身没劲",
                "眼睛还看得清 没有重影",
            ],
            _patient(27010, "female", (), pregnant=False),
            id="z11-U15",
        ),  # NICE CKS Giant cell arteritis; BSR 2020 GCA guideline (start glucocorticoids immediately, urgent specialist review)
        pytest.param(
            [
                "60岁 二型糖尿病 吃二甲双胍 这一礼拜口干得厉害 老想喝水 夜里起来好几趟",
                "今天指尖血糖二十二点几",
                "不吐不肚子痛 人明白 喘气平稳",
            ],
            _patient(21900, "male", ("type 2 diabetes",), pregnant=None),
            id="z11-U18",
        ),  # ADA Standards of Care 2024; 中国2型糖尿病防治指南2020 (symptomatic hyperglycaemia without crisis)
        pytest.param(
            [
                "77岁 吃格列本脲的 中午没吃饭 下午手抖出虚汗",
                "测血糖2点8 喝了糖水吃了几块饼干 现在5点6 能认人了",
                "他自己讲没事了要回家",
            ],
            _patient(28105, "male", ("type 2 diabetes",), pregnant=None),
            id="z11-U19",
        ),  # JBDS hypoglycaemia guideline (sulfonylurea-induced hypoglycaemia may recur for 24–36 h: monitoring and medication review); 中国2型糖尿病防治指南2020
        pytest.param(
            [
                "67岁女 肾不好 今天化验单出来钾6点2",
                "人没啥不舒服 能走能吃 心率78 整齐",
                "最近一直在吃厄贝沙坦",
            ],
            _patient(24455, "female", ("chronic kidney disease",), pregnant=False),
            id="z11-U20",
        ),  # UK Kidney Association 2020 hyperkalaemia guideline (K 6.0–6.4: same-day clinical assessment, ECG and repeat)
        pytest.param(
            [
                "62岁男 右膝盖两天前开始红肿发热 今天一碰就叫 下不了地",
                "从来没痛风过 就这一个关节",
                "体温38度6 脉92 血压132/84 说话清清楚楚",
            ],
            _patient(22630, "male", (), pregnant=None),
            id="z11-U21",
        ),  # BSR/BOA guideline on the acutely hot swollen joint; NICE CKS Gout (suspected septic arthritis: same-day hospital assessment and aspiration)
        pytest.param(
            [
                "2yo girl fever up to 39.0 on and off 2 days, no cough no snot",
                "cries when passing urine, wee smells very strong, vomited once this am",
                "alert, still drinking ok, HR 124",
            ],
            _patient(730, "female", (), pregnant=None),
            id="e11-U02",
        ),  # NICE NG224 Urinary tract infection in under 16s + NICE NG143 (test urine in febrile child)
        pytest.param(
            [
                "3yo girl seal bark cough started tonight, voice hoarse",
                "noisy breath only when crying, quiet when calm, no chest pulling in",
                "sats 97% RA, T 37.9, watching cartoons on mum phone",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="e11-U06",
        ),  # NICE CKS Croup: mild croup - single dose oral dexamethasone in primary care
        pytest.param(
            [
                "33M wife says no sleep 4 nights but full of energy, talks nonstop, jumps topic to topic",
                "says he is going to be a famous tycoon, many big plans, a bit irritable",
                "no wild spending, not driving, no aggression, no self harm thoughts, no drugs, obs ok",
            ],
            _patient(12045, "male", (), pregnant=None),
            id="e11-U11",
        ),  # NICE CG185 Bipolar disorder: suspected mania - urgent referral to secondary mental health care
        pytest.param(
            [
                "38F low mood 2 months, hardly eating, lost 5kg, wakes 3am cant sleep again",
                "stopped work, says sometimes she wishes she just wouldnt wake up",
                "no plan, no intention, says she wont act cos of her daughter, no previous attempts",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="e11-U12",
        ),  # NICE NG222 Depression in adults + NICE CKS Suicide risk: assess risk, urgent mental health review
        pytest.param(
            [
                "58M R knee suddenly hot, swollen, red since yesterday, hard to bend",
                "no injury, no gout before, no new meds",
                "T 37.4, HR 84, BP 132/80, walks with difficulty",
            ],
            _patient(21170, "male", (), pregnant=None),
            id="e11-U15",
        ),  # NICE CKS Hot swollen joint / BSR guidance: suspected septic arthritis - same-day specialist assessment and aspiration
        pytest.param(
            [
                "19yo fell on outstretched hand playing basketball 2 days ago",
                "wrist pain thumb side, tender in snuffbox, grip hurts",
                "no deformity, fingers pink, feeling normal",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="e11-U16",
        ),  # NICE NG38 Fractures (non-complex): suspected scaphoid fracture - immobilise and same-day imaging
        pytest.param(
            [
                "55M DM, L lower leg red hot swollen spreading x2 days from a scratch",
                "T 37.9, HR 92, BP 138/84, alert",
                "drew pen line on edge, no blisters, no black skin, pain fits how it looks",
            ],
            _patient(20075, "male", ("diabetes",), pregnant=None),
            id="e11-U18",
        ),  # NICE NG141 Cellulitis and erysipelas: antimicrobial prescribing (non-severe, oral antibiotics)
        pytest.param(
            [
                "72F burning pain L forehead 3 days, now blisters on L forehead and the tip of her nose",
                "L eye a bit watery, she says vision ok",
                "not confused, obs normal",
            ],
            _patient(26280, "female", (), pregnant=False),
            id="e11-U19",
        ),  # NICE CKS Shingles: herpes zoster ophthalmicus / Hutchinson's sign - same-day ophthalmology
        pytest.param(
            [
                "4yo known eczema since baby, face rash suddenly much worse 2 days",
                "many small punched out sores, some crusted, painful",
                "T 38.2, eating less but alert and playing, eyes not involved",
            ],
            _patient(1460, "female", ("eczema",), pregnant=None),
            id="e11-U20",
        ),  # NICE CG57 Atopic eczema in under 12s: suspected eczema herpeticum - start aciclovir immediately and same-day specialist advice
        pytest.param(
            [
                "58M very shortsighted, since this morning new black spots floating in R eye and flashing lights at the side",
                "no shadow or curtain, reading vision same",
                "no injury, no pain",
            ],
            _patient(21170, "male", ("myopia",), pregnant=None),
            id="e11-U22",
        ),  # RCOphth guidance + NICE CKS Retinal detachment: new flashes/floaters - same-day (within 24 h) ophthalmology
    ],
)
def test_round11_same_day_cases_graded_urgent(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "42岁男 昨天帮人抬水泥 今天左边胸口痛",
                "手一按那块就痛 转身扭腰更痛 深吸气倒没啥",
                "血压126/80 脉72 平时身体棒",
            ],
            _patient(15330, "male", (), pregnant=None),
            id="z11-N01",
        ),  # NICE CG95 / CKS Chest pain (reproducible musculoskeletal chest wall pain without ACS features)
    ],
)
def test_round11_look_alikes_not_sent_to_emergency(
    texts: list[str], patient: PatientContext
) -> None:
    assert assess(texts, patient).level is not E


@pytest.mark.parametrize(
    ("text", "code", "status"),
    [
        ("pain fits how it looks, no blisters", "seizure", None),
        ("had a fit this morning", "seizure", "present"),
        ("hot cooking oil on back of R hand, blisters, no other burns", "burn", "present"),
        ("不吐不肚子痛 人明白 喘气平稳", "dyspnoea", "absent"),
        ("喝了小半碗粥", "haemoptysis", None),
        ("咳出来的痰带点血丝", "massive_haemoptysis", None),
    ],
)
def test_readings_fixed_in_round_11(text: str, code: str, status: str | None) -> None:
    assert dict(extract_facts(text).findings).get(code) == status


@pytest.mark.parametrize(
    ("text", "potassium", "glucose"),
    [
        ("抽血结果钾7点1", 7.1, None),
        ("血糖6点2", None, 6.2),
        # Potassium chloride given, or potassium supplements: not a serum potassium.
        ("口服氯化钾10ml", None, None),
        ("补钾 3天", None, None),
    ],
)
def test_a_decimal_told_with_dian_after_potassium_or_glucose(
    text: str, potassium: float | None, glucose: float | None
) -> None:
    vitals = extract_facts(text).vitals
    assert (vitals.potassium, vitals.glucose) == (potassium, glucose)


@pytest.mark.parametrize(
    "texts",
    [
        ["心衰 这半年体重涨了两斤"],
        ["HF, gained 3 kg over 6 months, feels well"],
    ],
)
def test_weight_gain_over_months_is_not_fluid_overload(texts: list[str]) -> None:
    flags = {flag.code for flag in assess(texts, ADULT).red_flags}
    assert "heart_failure_weight_gain" not in flags


def test_a_barking_cough_with_stridor_at_rest_stays_an_emergency() -> None:
    texts = ["2岁 犬吠样咳嗽 安静的时候也有喉鸣 吸气时锁骨上窝凹进去"]
    assert assess(texts, PatientContext(age_days=2 * 365)).level is E
