# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fourth held-out round (2026-12-06, at commit 2f8f0a2: two reviewers, about 210 cases from
the guidelines without seeing the rules or the tests; one in Chinese village wording, one in
English clinic shorthand and mixed Chinese-English). Before these fixes the rules found 45 of
54 and 40 of 53 emergencies and sent 7 of 28 and 4 of 26 must-not cases to emergency. The
cases below are those it missed and the fixes now pass; each fails without them. Causes:
Chinese typed with spaces between words ("说话 不清楚", "呼吸 困难"), village words (脑壳像炸开,
心口压到痛, 按到不褪色, 颈子硬, 抽起了, 喊不答应, 没得尿, 嘴巴是歪的, 右手举不起来, 出气很深很快),
shorthand ("tearing CP", "haloes", "soaked 2 pads", "cold white L leg"), a low ketone reading
read as ketosis, a year or a stent placed read as today (2018年, "in 2010", 心梗放过支架), return
precautions opened by 要是, "不是真想死", and no rules for a cord prolapse, a pulsatile abdominal
mass or a pulmonary embolism."""

import pytest

from triage.rules import Level, PatientContext, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            ["王老汉58岁 刚才挑粪的时候突然脑壳像炸开了一样痛 说这辈子没这么痛过 吐了两回"],
            _patient(21170, "male", (), pregnant=None),
            id="zh-E01",
        ),  # 国家基层诊疗指南(头痛); NICE CG150 thunderclap headache
        pytest.param(
            ["男的五十五 心口压到痛 有半个钟头了 一身冷汗 左手杆发麻"],
            _patient(20075, "male", (), pregnant=None),
            id="zh-E03",
        ),  # 急性冠脉综合征基层诊疗指南(2019)
        pytest.param(
            ["娃儿一岁半 屙稀一天十几回 眼眶凹进去了 半天没得尿 软趴趴的 喂水都不喝"],
            _patient(540, "male", (), pregnant=None),
            id="zh-E16",
        ),  # WHO IMCI 重度脱水
        pytest.param(
            ["娃儿五岁 发高烧 身上起紫红色的点点 按到不褪色 颈子硬"],
            _patient(1825, "male", (), pregnant=None),
            id="zh-E18",
        ),  # NICE NG240 脑膜炎/脑膜炎球菌病; IMCI
        pytest.param(
            ["七十岁老汉 肚子和腰杆突然痛得很 刚才晕过去一下 肚子里摸到一个跳的包"],
            _patient(25550, "male", (), pregnant=None),
            id="zh-E34",
        ),  # ESC 主动脉疾病指南 AAA破裂
        pytest.param(
            ["娃儿发烧三天了", "一岁", "现在抽起了 喊不答应"],
            _patient(365, "female", (), pregnant=None),
            id="zh-E39",
        ),  # WHO IMCI 惊厥/意识障碍
        pytest.param(
            ["娃儿十岁 最近喝水多 屙尿多 瘦了好多", "今天吐 肚子痛", "出气很深很快 有点迷糊"],
            _patient(3650, "male", (), pregnant=None),
            id="zh-E43",
        ),  # ISPAD 儿童DKA
        pytest.param(
            [
                "刚才有个孕妇打电话",
                "怀孕三十七周 说下面突然流水 流了好多",
                "摸到有个东西掉出来 像是脐带",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="zh-E52",
        ),  # RCOG 脐带脱垂; 国家基本公卫 孕产妇
        pytest.param(
            ["婆婆说头昏 想吃点药", "我让她笑一下 嘴巴是歪的", "举手 右手举不起来"],
            _patient(25185, "female", (), pregnant=None),
            id="zh-E53",
        ),  # BE-FAST; 脑卒中基层诊疗指南
        pytest.param(
            ["58 M sudden tearing CP going thru to back, BP 180/100 R arm 140/80 L arm"],
            _patient(21170, "male", ("hypertension",), pregnant=None),
            id="en-E03-dissection",
        ),  # ESC 2014 aortic disease guideline
        pytest.param(
            [
                "34yo F c/o SOB since this am",
                "sudden onset, pleuritic CP R side, on COCP, long haul flight 3/7 ago",
                "obs HR 118 sats 90% RA",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="en-E04-pe",
        ),  # NICE NG158 VTE
        pytest.param(
            ["gave birth 3 days ago, now passing large clots, soaked 2 pads in an hour, dizzy"],
            _patient(12045, "female", (), pregnant=False),
            id="en-E21-pph",
        ),  # NICE NG194 postnatal care (secondary PPH)
        pytest.param(
            [
                "35M low mood for weeks, not eating",
                "says he has written a note and bought rope, plans to do it tonight",
            ],
            _patient(12775, "male", ("depression",), pregnant=None),
            id="en-E23-suicide-plan",
        ),  # NICE NG225 self-harm; NICE CG90 depression
        pytest.param(
            ["2yo swallowed button battery about 1 hr ago, seems ok"],
            _patient(730, "female", (), pregnant=None),
            id="en-E25-button-battery",
        ),  # NPIS/TOXBASE; RCEM button battery safety alert
        pytest.param(
            ["65 F red painful R eye, blurred vision, haloes round lights, headache and vomiting"],
            _patient(23725, "female", (), pregnant=None),
            id="en-E30-aacg",
        ),  # NICE CKS glaucoma / red eye
        pytest.param(
            ["baby 20 hrs old, looks yellow"],
            _patient(1, "male", (), pregnant=None),
            id="en-E38-neonatal-jaundice",
        ),  # NICE CG98 neonatal jaundice
        pytest.param(
            [
                "pt 24yo brought by mum",
                "not sleeping, thinks neighbours are spying on him",
                "says voices tell him to hurt his mum and he has a knife in his room",
            ],
            _patient(8760, "male", (), pregnant=None),
            id="en-E41-psychosis-risk",
        ),  # NICE CG178 psychosis; MHA crisis pathways
        pytest.param(
            ["cold white painful L leg since 2 hrs, cant feel pulses, hx AF not anticoagulated"],
            _patient(28105, "female", ("atrial fibrillation",), pregnant=None),
            id="en-E42-limb-ischaemia",
        ),  # NICE CG147 peripheral arterial disease; ESVS acute limb ischaemia
        pytest.param(
            ["老人家 突然 说话 不清楚, 右边 手脚 没力, 半小时 前 开始"],
            _patient(28835, "female", (), pregnant=None),
            id="en-ZE03-stroke",
        ),  # NICE NG128
        pytest.param(
            ["吃了 花生 之后 嘴唇 肿, 喉咙 紧, 呼吸 困难"],
            _patient(4380, "female", (), pregnant=None),
            id="en-ZE09-anaphylaxis",
        ),  # RCUK anaphylaxis 2021
        pytest.param(
            ["T1DM 病人 呕吐 不停, 血糖 very high, 酮体 3.8, 呼吸 很深 很快"],
            _patient(8395, "female", ("type 1 diabetes",), pregnant=None),
            id="en-ZE10-dka",
        ),  # NICE NG17; JBDS
    ],
)
def test_missed_emergency_is_found(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            ["他老汉是心梗死的 他自己想来查一下 没得啥子不舒服"],
            _patient(16425, "male", (), pregnant=None),
            id="zh-N07",
        ),  # 心血管病一级预防中国指南
        pytest.param(
            [
                "已经跟他讲了 要是胸口痛 气紧 或者抽搐 马上打120",
                "今天来复查 血压一百二十六/八十 没得不舒服",
            ],
            _patient(20075, "male", ("高血压",), pregnant=None),
            id="zh-N08",
        ),  # 国家基本公共卫生服务规范
        pytest.param(
            ["心梗放过支架 两年了 来拿阿司匹林和他汀", "最近没有胸口痛 走路爬坡都可以"],
            _patient(22995, "male", ("冠心病",), pregnant=None),
            id="zh-N23",
        ),  # 稳定性冠心病基层诊疗指南(2020)
        pytest.param(
            ["跟家属交代了 娃儿要是抽筋 叫不醒 不吃奶 就马上送来", "现在娃儿吃奶好 体温37度2"],
            _patient(120, "female", (), pregnant=None),
            id="zh-N26",
        ),  # WHO IMCI 返诊指导
        pytest.param(
            ["老汉说腰杆痛得要死了 问了 不是真想死 就是老毛病腰肌劳损", "屙尿正常 脚不麻"],
            _patient(21900, "male", (), pregnant=None),
            id="zh-N27",
        ),  # NICE NG59; mhGAP
        pytest.param(
            ["pt had one seizure in 2010, none since, off meds, wants letter for DVLA"],
            _patient(13870, "male", (), pregnant=None),
            id="en-N08-old-seizure",
        ),  # NICE NG217; DVLA guidance
        pytest.param(
            [
                "hx overdose 2018, under CMHT then, discharged, currently well, no thoughts of self harm"
            ],
            _patient(10220, "female", ("depression",), pregnant=None),
            id="en-N18-old-od",
        ),  # NICE NG225
        pytest.param(
            ["爸爸 2018年 中风 过, 现在 稳定, 来 开药"],
            _patient(27010, "male", ("previous stroke",), pregnant=None),
            id="en-ZN03-old-stroke",
        ),  # NICE NG128 secondary prevention
    ],
)
def test_look_alike_is_not_an_emergency(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is not E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            ["脚杆上红肿一大片 热乎乎的 痛 发烧37度9 三天了"],
            _patient(21900, "male", (), pregnant=None),
            id="zh-U06",
        ),  # NICE NG141 蜂窝织炎
        pytest.param(
            ["腰杆突然绞痛 一阵一阵的 痛到下面去 屙尿有点红", "不发烧 没吐 以前查出来有结石"],
            _patient(15330, "male", (), pregnant=None),
            id="zh-U11",
        ),  # EAU/中国泌尿结石诊疗指南 肾绞痛
        pytest.param(
            ["老汉咳嗽", "咳了一个多月了", "最近痰里头有血丝 晚上出汗 瘦了十来斤"],
            _patient(21900, "male", (), pregnant=None),
            id="zh-U16",
        ),  # 中国结核病预防控制工作技术规范(2020) 可疑者转诊
        pytest.param(
            ["婆婆七十 最近两个礼拜太阳穴痛 梳头都痛 嚼东西下巴酸", "眼睛还看得清"],
            _patient(25550, "female", (), pregnant=None),
            id="zh-U26",
        ),  # NICE CKS 巨细胞动脉炎; BSR GCA
        pytest.param(
            [
                "pt 58 M palpitations",
                "irregular pulse since yesterday (~30 hrs), no CP no SOB no dizziness, BP 130/80 HR 110",
            ],
            _patient(21170, "male", (), pregnant=None),
            id="en-U06-af-new",
        ),  # NICE NG196 atrial fibrillation
        pytest.param(
            ["pt 70 vesicular rash on R forehead and tip of nose, R eye red and gritty"],
            _patient(25550, "female", (), pregnant=None),
            id="en-U08-hzo",
        ),  # NICE CKS shingles (Hutchinson's sign)
        pytest.param(
            [
                "pt 22 M abdo pain since yesterday",
                "started round umbilicus now moved to RIF, off food, T 37.8, obs normal",
            ],
            _patient(8030, "male", (), pregnant=None),
            id="en-U13-appendicitis",
        ),  # NICE CKS / RCS acute abdomen
        pytest.param(
            [
                "FOOSH on the ice this am, wrist sore, tender anatomical snuffbox, no deformity, NV intact"
            ],
            _patient(11315, "female", (), pregnant=None),
            id="en-U14-scaphoid",
        ),  # NICE NG38 fractures (non-complex)
        pytest.param(
            ["T2DM BM 22 today, thirsty, passing urine ++, ketones 0.4, alert and eating"],
            _patient(20075, "male", ("type 2 diabetes",), pregnant=None),
            id="en-U18-hyperglycaemia",
        ),  # NICE NG28; TREND sick day guidance
        pytest.param(
            [
                "contact lens wearer, painful red L eye since yesterday, photophobia, vision a bit blurry"
            ],
            _patient(9490, "female", (), pregnant=None),
            id="en-U25-keratitis",
        ),  # NICE CKS red eye / contact lens keratitis
        pytest.param(
            ["孕 30周, 打电话 问", "今天 胎动 明显 减少, 比 平时 少 很多"],
            _patient(10585, "female", (), pregnant=True),
            id="en-ZU03-rfm",
        ),  # RCOG GTG 57 reduced fetal movements
    ],
)
def test_same_day_case_is_urgent(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        # return precautions need a "come back" or "call 120": a condition alone is a symptom
        (["他说要是走快了就胸痛，今天坐着也痛"], "acs_chest_pain"),
        # ... and the visit after a comma is today's, not an instruction
        (["要是走路就胸痛，今天来就诊"], "acs_chest_pain"),
        # a year with the event going on since is not history
        (["2018年开始胸痛，今天早上又痛得厉害，出冷汗"], "acs_chest_pain"),
        # a relative named without his or her may be the patient, told by the family
        (["我爸吃了农药，现在口吐白沫"], "poisoning"),
        # a full date is more often today's than a past year's
        (["2026年12月6日 上午胸痛2小时，出冷汗"], "acs_chest_pain"),
        (["chest pain since 06/12/2026 08:00, sweaty"], "acs_chest_pain"),
    ],
)
def test_the_new_readings_keep_a_present_sign(texts: list[str], code: str) -> None:
    assessment = assess(texts, _patient(70 * 365, "male"))
    assert assessment.level is E
    assert code in {flag.code for flag in assessment.red_flags}


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["他在抽烟，咳嗽两天"], "seizure"),
        (["pleuritic chest pain after a cold, HR 88, sats 98%"], "possible_pulmonary_embolism"),
        (["T2DM BM 22 today, ketones 0.4, alert and eating"], "dka"),
    ],
)
def test_look_alikes_do_not_raise_the_new_flags(texts: list[str], code: str) -> None:
    assessment = assess(texts, _patient(40 * 365, "male"))
    assert code not in {flag.code for flag in assessment.red_flags}
