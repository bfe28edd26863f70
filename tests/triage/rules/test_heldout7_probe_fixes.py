# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventh held-out round (2026-12-06, at commit a354ffe, after the sixth round's fixes: two
reviewers, 200 cases from the guidelines without seeing the rules, the tests or the earlier
rounds; one of Chinese village chats of two to four messages at all ages, one on adults and
pregnancy in English clinic shorthand and Chinglish). Before these fixes the rules found 42 of
50 and 42 of 50 emergencies and sent 4 of 25 and 1 of 25 must-not cases to emergency; the
rules before the sixth round (0a1eea6) found 41 and 42. The cases below are those it missed
and the fixes now pass; each fails without them. Causes: half the visual field lost
(看东西少了一半: a stroke sign of its own), compartment syndrome in a cast (BOAST 10: a new
rule), "K 7.1." and "HR 110." at a sentence's end were not read; village words (后脑壳碰到地上,
想睡瞌睡, 喊不太应, 像撕开一样, 掉到堰塘头了, 嘴巴周围有点乌, 认不到人, 墙上有虫子在爬, 生了十来天, 把一整盒扑热息痛
吃了, 跟以前一样); English ("cannot find right words", "dropped chopsticks from R hand", "abdo
distended", "no pass wind or stool", "day 6 after emergency C-section", "tongue and lips
swelling", "voice change", "took whole box of Panadol", "~24 x 500mg", "pain severe much more
than wound look", "old L arm weakness", "8 weeks by dates", "crackles R base", "knee hot and
swollen", "R ear cannot hear", "stood on rusty nail")."""

import pytest

from triage.rules import Level, PatientContext, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "张婆婆说看东西少了一半",
                "右边的东西看不到，要把脑壳转过去才看得到",
                "一个多钟头前突然这样的，以前没得过",
                "血压一百七十/九十五",
            ],
            _patient(25568, "female", ("高血压",), pregnant=False),
            id="c-E04",
        ),  # 国家卫健委《中国脑卒中防治指导规范（2021年版）》BE-FAST（Eyes：突发视野缺损）
        pytest.param(
            [
                "奶奶在院坝头摔了一跤",
                "后脑壳碰到地上，起了个包",
                "她吃的华法林，有房颤",
                "现在吐了两回，想睡瞌睡，喊她反应慢",
            ],
            _patient(29585, "female", ("房颤",), pregnant=False),
            id="c-E07",
        ),  # NICE NG232 Head injury: assessment and early management, 2023, section 1.4 (anticoagulant therapy, vomiting, reduced GCS)
        pytest.param(
            [
                "老张突然背心痛",
                "说像撕开一样，从胸口一直窜到背上",
                "有高血压，平时药吃得有一顿没一顿",
                "右手量一百九十/一百，左手一百五十/九十",
            ],
            _patient(21184, "male", ("高血压",), pregnant=None),
            id="c-E08",
        ),  # ESC 2014 Guidelines on the diagnosis and treatment of aortic diseases, Section 6 (acute aortic syndrome)
        pytest.param(
            [
                "娃娃掉到堰塘头了",
                "六岁，捞起来泡了有两三分钟",
                "现在自己在出气，一直咳，有点迷糊",
                "嘴巴周围有点乌",
            ],
            _patient(2192, "male", (), pregnant=None),
            id="c-E27",
        ),  # ERC Guidelines 2021, Cardiac arrest in special circumstances: drowning (all symptomatic survivors to hospital)
        pytest.param(
            [
                "有个产妇家属来问",
                "生了十来天，这几天都不睡觉，一个人自言自语",
                "说听到有人喊她，说娃娃是妖怪变的",
                "她老公怕她伤到娃娃",
            ],
            _patient(10227, "female", (), pregnant=False),
            id="c-E45",
        ),  # NICE CG192 Antenatal and postnatal mental health, 2014 (updated 2020), postpartum psychosis; WHO mhGAP IG 2.0, 2016, Psychoses
        pytest.param(
            [
                "有个十六岁女娃娃",
                "跟她妈吵架后把一整盒扑热息痛吃了，说是二十片",
                "现在看起来没啥，说不痛不痒",
                "吃了有两个钟头了",
            ],
            _patient(5844, "female", (), pregnant=False),
            id="c-E47",
        ),  # NICE CKS Poisoning or overdose, 2021 (paracetamol overdose, intentional); WHO mhGAP IG 2.0, 2016, Self-harm
        pytest.param(
            [
                "骑摩托车摔了",
                "四十多岁男的，没戴头盔，脑壳撞到路边",
                "吐了好几回",
                "刚才还能说话，现在喊不太应了",
            ],
            _patient(16071, "male", (), pregnant=None),
            id="c-E48",
        ),  # NICE NG232 Head injury: assessment and early management, 2023, section 1.4 (GCS fall, repeated vomiting)
        pytest.param(
            [
                "老周戒酒第二天",
                "抖得厉害，一身汗",
                "说墙上有虫子在爬，屋头人都认不到了",
                "心跳一百三",
            ],
            _patient(18993, "male", ("酒精依赖",), pregnant=None),
            id="c-E50",
        ),  # WHO mhGAP Intervention Guide 2.0, 2016, Substance use module (alcohol withdrawal delirium)
        pytest.param(
            [
                "67M came for BP check, BP 176/98, no complaint",
                "wife mention since lunch (~1.5h ago) he cannot find right words and dropped chopsticks from R hand twice. she thought he just tired",
            ],
            _patient(24678, "male", ("hypertension", "type 2 diabetes"), pregnant=None),
            id="d-E12",
        ),  # NICE NG128 Stroke and TIA, 2019 (upd. 2022), 1.1.1-1.1.2
        pytest.param(
            [
                "73M CKD4 on ramipril + spironolactone, came to get blood result",
                "lab phoned: K 7.1. pt says legs weak, HR 46 irreg",
            ],
            _patient(
                26676,
                "male",
                ("chronic kidney disease", "hypertension", "type 2 diabetes"),
                pregnant=None,
            ),
            id="d-E20",
        ),  # UK Kidney Association Clinical Practice Guideline: Treatment of acute hyperkalaemia in adults, 2020 (severe K ≥6.5)
        pytest.param(
            [
                "74F abdo distended, vomiting green x5 since yesterday, no pass wind or stool 2 days. bowel surgery 10 yrs ago",
                "now pain constant not crampy anymore, HR 110, T 37.9",
            ],
            _patient(27109, "female", ("hypertension",), pregnant=False),
            id="d-E24",
        ),  # WSES Bologna guidelines for adhesive small bowel obstruction, 2017 update (strangulation signs)
        pytest.param(
            [
                "33F day 6 after emergency C-section. fever 39.2, rigors, HR 128, RR 24, lochia smell bad, wound red. feel very unwell",
            ],
            _patient(12304, "female", (), pregnant=False),
            id="d-E34",
        ),  # RCOG Green-top Guideline 64b Bacterial sepsis following pregnancy, 2012; NICE NG51 2016 (upd. 2024)
        pytest.param(
            [
                "64M on lisinopril 3 yrs. tongue and lips swelling since 1h, difficult to swallow saliva, voice change. no rash no itch",
            ],
            _patient(23678, "male", ("hypertension",), pregnant=None),
            id="d-E37",
        ),  # NICE CKS Angio-oedema and urticaria, 2023 (airway involvement, ACE-inhibitor angio-oedema: emergency admission)
        pytest.param(
            [
                "34F low mood, came for sleep problem",
                "she admit took whole box of Panadol last night ~24 x 500mg around 10pm. feels ok, just bit sick",
            ],
            _patient(12441, "female", ("depression",), pregnant=False),
            id="d-E40",
        ),  # MHRA/CHM Paracetamol overdose treatment guidance, 2012; NICE NG225 Self-harm, 2022, 1.6
        pytest.param(
            [
                "33M tibia #, cast put on yesterday in hospital. pain worse all night, morphine not help, severe pain when we move his toes, toes tingly",
            ],
            _patient(12144, "male", (), pregnant=None),
            id="d-E44",
        ),  # BOA Standards for Trauma (BOAST) Diagnosis and management of compartment syndrome of the limbs, 2016
        pytest.param(
            [
                "62F DM2, small cut on shin 2 days ago, came for dressing",
                "pain severe much more than wound look, skin dusky purple, blisters. HR 122, T 38.6, BP 96/60",
            ],
            _patient(22753, "female", ("type 2 diabetes",), pregnant=False),
            id="d-E45",
        ),  # NICE NG141 Cellulitis and erysipelas, 2019, 1.1 (suspected necrotising fasciitis: urgent admission); IDSA SSTI guideline 2014
    ],
)
def test_emergency_is_found(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "她三年前中过风",
                "现在左手有点没劲，跟以前一样，没有新的变化",
                "今天来开阿司匹林和他汀",
            ],
            _patient(26298, "female", ("脑梗死",), pregnant=False),
            id="c-N05",
        ),  # 中国缺血性卒中和短暂性脑缺血发作二级预防指南2022
        pytest.param(
            [
                "75F stroke in 2019 with old L arm weakness unchanged, wants physio referral. no new symptoms",
            ],
            _patient(27501, "female", ("stroke", "hypertension"), pregnant=False),
            id="d-N15",
        ),  # NICE NG236 Stroke rehabilitation in adults, 2023
    ],
)
def test_look_alike_is_not_an_emergency(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is not E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "怀孕八个礼拜，下面见了点红",
                "就是内裤上一点点，肚子不痛",
                "血压一百一十/七十，心跳八十，不头晕",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="c-U10",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, 2019 (updated 2023), section 1.4 (bleeding ≥6 weeks: early pregnancy assessment)
        pytest.param(
            [
                "糖尿病的老杨脚指头上有个烂疮",
                "这两天周围红了，摸起来烫，有点肿",
                "不发烧，精神还好",
            ],
            _patient(24106, "male", ("糖尿病",), pregnant=None),
            id="c-U11",
        ),  # IWGDF/IDSA Guidelines on the diagnosis and treatment of diabetes-related foot infections, 2023
        pytest.param(
            [
                "两岁的娃娃咳嗽三天",
                "数了出气，一分钟五十次",
                "肋巴骨没往里陷，吃饭喝水都行，没抽过",
            ],
            _patient(730, "female", (), pregnant=None),
            id="c-U13",
        ),  # WHO IMCI Chart Booklet 2014, Cough or difficult breathing: pneumonia (fast breathing, no danger signs)
        pytest.param(
            [
                "娃娃拉肚子",
                "两岁，一天拉了七八回水样的",
                "烦躁得很，给水抢着喝",
                "捏肚皮回去有点慢",
            ],
            _patient(730, "male", (), pregnant=None),
            id="c-U14",
        ),  # WHO IMCI Chart Booklet 2014, Diarrhoea: some dehydration (Plan B)
        pytest.param(
            [
                "45M cough with yellow sputum 4 days, fever 38.2, crackles R base. RR 20, BP 128/80, HR 96, sats 96% RA, alert & orientated, no urea available",
            ],
            _patient(16480, "male", (), pregnant=None),
            id="d-U01",
        ),  # NICE NG138 Pneumonia (community-acquired): antimicrobial prescribing, 2019 (CRB-65 0, home treatment); BTS CAP guideline 2009
        pytest.param(
            [
                "58M L leg red, hot, swollen, now spread past the pen line we drew yesterday. T 37.9, HR 92, BP 134/82. otherwise feels ok",
            ],
            _patient(21310, "male", ("type 2 diabetes",), pregnant=None),
            id="d-U03",
        ),  # NICE NG141 Cellulitis and erysipelas, 2019, 1.1 (Eron class II, reassess)
        pytest.param(
            [
                "66M known gout, R knee hot and swollen since yesterday, T 37.9, hard to walk. HR 90, BP 142/86. he says 'same as before but more fever'",
            ],
            _patient(24273, "male", ("gout", "hypertension"), pregnant=None),
            id="d-U04",
        ),  # NICE NG219 Gout, 2022; BSR/BOA Management of the hot swollen joint in adults, 2006 (exclude septic arthritis same day)
        pytest.param(
            [
                "49F woke up this morning R ear cannot hear, feel blocked. no pain no discharge, no dizzy, no weakness. Weber goes to L",
            ],
            _patient(18021, "female", (), pregnant=False),
            id="d-U11",
        ),  # NICE NG98 Hearing loss in adults, 2018, 1.1.1 (sudden onset within 72 h: immediate referral to ENT, seen within 24 h)
        pytest.param(
            [
                "60M stood on rusty nail in vegetable garden yesterday, deep puncture, soil in it",
                "last tetanus jab 'not remember, maybe never'. no fever, wound not red",
            ],
            _patient(22080, "male", ("type 2 diabetes",), pregnant=None),
            id="d-U12",
        ),  # UKHSA Green Book chapter 30 Tetanus, 2020 (tetanus-prone wound, unknown immunisation: vaccine + immunoglobulin); WHO tetanus vaccine position paper 2017
        pytest.param(
            [
                "30F 8 weeks by dates, light brown spotting since yesterday, no pain, no dizzy",
                "obs normal BP 118/72 HR 76, abdo soft non-tender",
            ],
            _patient(11204, "female", (), pregnant=True),
            id="d-U14",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, 2019 (upd. 2023), 1.3 (bleeding ≥6 weeks: refer to early pregnancy assessment service)
        pytest.param(
            [
                "40F L eye red and aching, light hurts a lot, vision slightly blur 2 days. known AS. pupil small, red ring around cornea",
            ],
            _patient(14896, "female", ("ankylosing spondylitis",), pregnant=False),
            id="d-U23",
        ),  # NICE CKS Red eye, 2022 (suspected anterior uveitis: same-day ophthalmology)
        pytest.param(
            [
                "64M DM2, ulcer under R big toe, now red swelling ~2cm around, pus, foot warm. T 37.2, HR 84, foot pulses palpable",
            ],
            _patient(23703, "male", ("type 2 diabetes", "peripheral neuropathy"), pregnant=None),
            id="d-U24",
        ),  # NICE NG19 Diabetic foot problems, 2015 (upd. 2019), 1.3 (acute diabetic foot problem: refer within 1 working day)
    ],
)
def test_same_day_case_is_urgent(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is U


# --- guards -------------------------------------------------------------------------------

ADULT = PatientContext(age_days=50 * 365, sex="male")


def test_a_value_at_a_sentence_end_is_read():
    facts = assess(["lab phoned: K 7.1. HR 110. sats 91."], ADULT).facts
    assert (facts.vitals.potassium, facts.vitals.hr, facts.vitals.spo2) == (7.1, 110, 91)


def test_pain_in_a_cast_that_settles_is_not_compartment_syndrome():
    codes = {
        f.code
        for f in assess(
            ["wrist in a cast since yesterday, mild ache, painkillers help"], ADULT
        ).red_flags
    }
    assert "compartment_syndrome" not in codes


def test_old_weakness_words_do_not_hide_a_new_stroke():
    assert (
        assess(
            ["old L arm weakness from 2019 stroke, now since 1h cannot speak and face droop"], ADULT
        ).level
        is E
    )
