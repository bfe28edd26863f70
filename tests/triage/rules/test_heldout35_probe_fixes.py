# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A thirty-fifth held-out round (2026-12-07, at commit e1fc954: two reviewers, 120 cases on chest
pain, palpitations and breathlessness in adults and older people: acute coronary syndrome told
typically and atypically, episodes now over, crescendo angina, aortic dissection, pulmonary
embolism, pneumothorax, heart failure, new atrial fibrillation, heart block, syncope with
palpitations, severe asthma and COPD, pericarditis; costochondritis, reflux, a known panic attack,
angina unchanged for years and a new exertional angina as look-alikes; 16 emergencies, 24
same-day and 20 look-alikes a set). Before these fixes the rules found 14 of 16 and 13 of 16
emergencies, graded 17 of 24 and 14 of 24 same-day cases exactly, and sent 3 and 4 look-alikes to
emergency.

What changed: an anginal equivalent told as 胃口那不得劲 with sweating, 就是闷, "pressure in middle
of chest", "heavy feeling in jaw and both arms"; "can only say 2-3 words" in asthma; 打球没一会儿
is not a denial; 胸口刺疼, 胸口正中刺着疼; reproducible chest wall pain (按着那个地方就疼, "pressing
gives exact same pain", "point tender"); NICE CG95 §1.1.1.4 in full: an episode 12-72 hours ago,
or within 12 hours with a normal resting ECG, now pain-free, is the same day even with sweating or
nausea ("Sunday night" dates it; "went off by itself" ends it); new rules, each from its
guideline: a pneumothorax (reduced breath sounds with breathlessness; NICE CKS: emergency), a
known panic attack with hyperventilation in a young person with normal oxygen (NICE CG113: a
doctor today, not an ambulance), pericarditis (ESC 2015), heart block (ESC 2021), new atrial
fibrillation within 48 hours at any rate (NICE NG196), suspected stable angina for weeks (NICE
CG95 §1.3: a doctor today), an uncomplicated faint with a clear trigger (NICE CG109: routine);
angina on the record is heart disease; crescendo angina is chest pain; "pulse irregularly
irregular 112" is a pulse of 112. After: 16/16, 16/16; 21/24, 19/24; look-alikes 20/20, 20/20.

Kept deliberately: syncope with palpitations, in heart failure, on exertion with a murmur or with
a long QT stays an emergency (ESC 2018 high-risk features); a suspected pneumothorax stays an
emergency (NICE CKS) although BTS 2023 would allow a same-day X-ray; new orthopnoea and oedema
five weeks after birth stays an emergency (peripartum cardiomyopathy); crescendo angina with its
last pain yesterday evening stays an emergency (the time of its last episode was not read)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "大娘72 糖尿病十几年了 说胃口那不得劲 恶心",
                "一个多钟头了 一直冒汗 浑身没劲",
                "问她胸口疼不 说不疼 就是闷 心率96 血压150/90 血糖11.2",
            ],
            _patient(
                26298,
                "female",
                (
                    "2型糖尿病",
                    "高血压",
                ),
                pregnant=None,
            ),
            id="r35-zh-020",
        ),  # NICE CG95 1.1.2 and 1.1.6 (ongoing symptoms suspicious of ACS, atypical presentation in older women/diabetes: emergency referral); AHA/ACC 2021 Chest Pain Guideline (atypical symptoms in women, elderly, diabetics)
        pytest.param(
            [
                "小伙子20岁 又高又瘦 打球没一会儿突然左边胸口刺疼",
                "气短 话能说 血氧93 心率110 左边呼吸音低",
            ],
            _patient(7305, "male", (), pregnant=None),
            id="r35-zh-027",
        ),  # NICE CKS Pneumothorax (suspected spontaneous pneumothorax: arrange emergency admission); BTS Pleural Disease Guideline 2023
        pytest.param(
            [
                "husband came in for her, she's at home",
                "he says she woke at 4 this morning with pressure in middle of chest and sweating, lasted about 20 min then went",
                "she's 52 with high BP, feels ok now. we dont have ECG here",
            ],
            _patient(18993, "female", ("hypertension",), pregnant=None),
            id="r35-en-002",
        ),  # NICE CG95 1.1.1.3: suspected ACS, now pain-free but chest pain within last 12 h and ECG not available -> emergency referral
        pytest.param(
            [
                "granny 72 came with daughter, says she feels weak and sick since this morning",
                "no real chest pain she says, just heavy feeling in jaw and both arms on and off, bit breathless",
                "shes diabetic. sweaty, BP 150/90 P 104. still has the jaw ache now",
            ],
            _patient(26298, "female", ("type 2 diabetes",), pregnant=False),
            id="r35-en-020",
        ),  # ESC 2023 ACS guideline sec 3 (atypical presentations in women, older people and diabetes: jaw/arm discomfort, dyspnoea, nausea); NICE CG95 1.1.1.3 ongoing symptoms -> emergency
        pytest.param(
            [
                "24F asthma attack, used ventolin about 10 puffs no better",
                "she can only say 2-3 words at a time",
                "SpO2 91% PEF 140 (best 450), HR 128. chest going quiet on R and she looks exhausted",
            ],
            _patient(8766, "female", ("asthma",), pregnant=False),
            id="r35-en-027",
        ),  # BTS/SIGN 158 British Guideline on Asthma sec 8: life-threatening features (SpO2 <92%, PEF <33% best, silent chest, exhaustion) -> immediate hospital transfer
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "66男 糖尿病 说前天晚上胃疼 心口窝那 出了一身汗 吐了一回",
                "一个来钟头自己好了 以为吃坏了",
                "现在没症状 bp 134/78 心率80",
            ],
            _patient(
                24106,
                "male",
                (
                    "2型糖尿病",
                    "高血脂",
                ),
                pregnant=None,
            ),
            id="r35-zh-021",
        ),  # NICE CG95 1.1.3 and 1.1.6 (atypical ACS symptoms in diabetes 12-72 hours ago: same-day hospital assessment)
        pytest.param(
            [
                "70岁女 昨天晚上开始心慌 摸脉不齐",
                "心率108 bp 136/82 胸口不疼 不喘 能走能说",
            ],
            _patient(25568, "female", (), pregnant=None),
            id="r35-zh-023",
        ),  # NICE CKS Atrial fibrillation / NICE NG196 (new-onset AF <48h, haemodynamically stable: same-day assessment, ECG, consider rhythm control); ESC 2020 AF
        pytest.param(
            [
                "闺女陪着来的 说她爸昨晚十点来钟胸口闷了好一会儿 出了点汗",
                "半个多钟头才好 现在下午了 一直没再犯",
                "80岁 现在血压146/80 心率70",
            ],
            _patient(29220, "male", (), pregnant=None),
            id="r35-zh-029",
        ),  # NICE CG95 1.1.3 (suspected ACS, pain 12-72 hours ago and now resolved: same-day hospital assessment)
        pytest.param(
            [
                "小伙30 感冒一周后 胸口正中刺着疼 两天了",
                "躺平更疼 坐起来往前趴着好点 深吸气也疼",
                "体温37.8 心率96 bp 122/78 血氧98",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r35-zh-046",
        ),  # ESC 2015 Pericardial Diseases Guideline / NICE CKS Pericarditis (suspected acute pericarditis: same-day assessment with ECG, no high-risk features)
        pytest.param(
            [
                "59F palpitations since last night about 10pm, heart feels all over the place",
                "pulse irregularly irregular 112, BP 136/82, no chest pain, breathing ok, not dizzy",
                "never had this before",
            ],
            _patient(21549, "female", (), pregnant=False),
            id="r35-en-023",
        ),  # NICE CKS Atrial fibrillation & NICE NG196 1.6: new-onset AF <48 h, haemodynamically stable -> same-day referral for rate/rhythm control
        pytest.param(
            [
                "69F c/o dizzy spells past week, no LOC",
                "ECG today: some P waves not followed by QRS, PR constant before the conducted ones, rate 50",
                "BP 134/70, ok right now",
            ],
            _patient(25202, "female", (), pregnant=False),
            id="r35-en-029",
        ),  # ESC 2021 Cardiac Pacing guideline sec 5.2: symptomatic second-degree Mobitz II AV block (pacing indicated) -> same-day cardiology referral
        pytest.param(
            [
                "55 M chest pressure at 7am this morning for ~10 min while sitting",
                "no pain now",
                "did ECG here, looks normal, sinus 72. BP 138/80",
            ],
            _patient(20088, "male", (), pregnant=None),
            id="r35-en-030",
        ),  # NICE CG95 1.1.1.4: pain-free, chest pain within last 12 h and normal resting ECG -> urgent same-day assessment
        pytest.param(
            [
                "35 y male sharp central chest pain 2 days, worse lying flat, better sitting forward",
                "had a cold last week",
                "T 37.6 HR 92 BP 124/78 SpO2 98%, pain worse on deep breath",
            ],
            _patient(12783, "male", (), pregnant=None),
            id="r35-en-034",
        ),  # ESC 2015 Pericardial Diseases guideline sec 3.1: suspected acute pericarditis needs same-day ECG/echo and exclusion of ACS; low-risk cases then managed as outpatient
        pytest.param(
            [
                "pt 49F, smoker",
                "Sunday night had pain in middle of chest at rest about 30 min, sweaty, went off by itself",
                "today Tues morning, no pain since, BP 132/84 HR 78, no ECG here",
            ],
            _patient(17897, "female", (), pregnant=False),
            id="r35-en-037",
        ),  # NICE CG95 1.1.1.4: suspected ACS with chest pain 12-72 h ago, now pain-free, no complications -> urgent same-day assessment
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "女35 左边胸口疼三四天了 按着那个地方就疼 就一个点",
                "深呼吸 转身疼得厉害点 干活走路没事 不喘",
                "心率76 bp 118/74 血氧99 不发烧",
            ],
            _patient(12784, "female", (), pregnant=None),
            id="r35-zh-003",
        ),  # NICE CG95 1.1 / 1.3 (pain reproduced by palpation, no cardiac features: non-cardiac chest wall pain - analgesia and reassurance)
        pytest.param(
            [
                "女33 中午吃了虾 身上起了一片片风团 痒得很",
                "嘴唇舌头不肿 嗓子不紧 不喘 肚子不疼 bp 122/76 血氧99",
            ],
            _patient(12053, "female", (), pregnant=None),
            id="r35-zh-004",
        ),  # NICE CKS Urticaria (acute urticaria without airway/breathing/circulation involvement - WAO 2020 anaphylaxis criteria not met: non-sedating antihistamine, avoid trigger)
        pytest.param(
            [
                "女45 说心脏偶尔咯噔一下 像停了一下 有一两个礼拜了",
                "喝浓茶咖啡以后明显 不头晕 没晕过 干活不喘",
                "摸脉76 偶尔漏一下 bp 124/78 家里没有猝死的",
            ],
            _patient(16436, "female", (), pregnant=None),
            id="r35-zh-008",
        ),  # NICE CKS Palpitations (ectopic beats, no red flags - no syncope, no exertional symptoms, no family history of sudden death: routine ECG and reassurance)
        pytest.param(
            [
                "男27 感冒发烧38.4 说心跳得快 心慌",
                "心率108 挺齐的 bp 120/76 血氧98 胸口不疼 不喘 水喝得少",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r35-zh-013",
        ),  # NICE CKS Palpitations (sinus tachycardia secondary to fever, no red flags) / NICE CKS Common cold: self-care, fluids, antipyretic
        pytest.param(
            [
                "姑娘26 又犯了 说胸闷喘不上气 手脚发麻 嘴周围也麻",
                "以前这样好几回 去医院查过心电图心脏彩超都正常 说是焦虑",
                "血氧99 心率104 bp 120/78 慢慢喘气十来分钟后好多了",
            ],
            _patient(9496, "female", ("焦虑症",), pregnant=None),
            id="r35-zh-016",
        ),  # NICE CG113 / CKS Panic disorder (recurrent panic with hyperventilation, organic causes previously excluded, settled: routine follow-up)
        pytest.param(
            [
                "慢阻肺老头74 来开药 说还是老样子 走快了喘 歇歇就好",
                "痰白的 不多 没发烧 血氧92 平常也是92 93",
            ],
            _patient(27028, "male", ("慢阻肺",), pregnant=None),
            id="r35-zh-018",
        ),  # NICE NG115 / GOLD 2024 stable COPD (symptoms at baseline, no exacerbation features: routine review)
        pytest.param(
            [
                "79岁奶奶 心衰几年了 来拿药",
                "说平常走一段路有点喘 跟以前一样 晚上能平躺 脚不肿 体重没变",
                "bp 128/74 心率70 血氧96",
            ],
            _patient(28855, "female", ("慢性心衰",), pregnant=None),
            id="r35-zh-025",
        ),  # NICE NG106 Chronic heart failure (stable symptoms, no weight gain or oedema: routine monitoring and repeat prescription)
        pytest.param(
            [
                "小伙24 有哮喘 今天闻了油烟有点喘",
                "喷了两下万托林 十分钟就好了 现在不喘 说话正常",
                "峰流速 平常500 现在470 血氧98",
            ],
            _patient(8766, "male", ("哮喘",), pregnant=None),
            id="r35-zh-026",
        ),  # BTS/SIGN 158 Asthma (mild symptoms, good response to reliever, PEF >75% best: follow personalised action plan at home)
        pytest.param(
            [
                "38 男 吃完饭胸口后头烧得慌 反酸 嘴里发苦",
                "晚上躺下更明显 吃了点胃药好多了",
                "干活爬楼都没事 不出汗 不喘 这样一个多月了 吃饭不噎 体重没掉",
            ],
            _patient(13880, "male", (), pregnant=None),
            id="r35-zh-031",
        ),  # NICE CG184 GORD and dyspepsia / CKS Dyspepsia (under 55, no alarm features: lifestyle advice and antacid/pharmacy PPI)
        pytest.param(
            [
                "72男 冠心病心绞痛好多年 还是老样子 走快了或者爬坡才闷一下",
                "歇一会或者含片硝酸甘油两三分钟就好 次数跟以前差不多",
                "今天来就是开药 硝酸甘油快没了",
            ],
            _patient(
                26298,
                "male",
                (
                    "冠心病",
                    "稳定型心绞痛",
                ),
                pregnant=None,
            ),
            id="r35-zh-032",
        ),  # NICE CG126 Stable angina (unchanged pattern, relieved by rest/GTN: routine review and repeat prescription)
        pytest.param(
            [
                "女30 流鼻涕 嗓子疼 咳嗽两天 有点低烧37.6",
                "不喘 胸口不疼 吃喝都正常 血氧98",
            ],
            _patient(10958, "female", (), pregnant=None),
            id="r35-zh-035",
        ),  # NICE NG120 Cough (acute) / CKS Common cold (self-care, safety-net advice)
        pytest.param(
            [
                "男42 昨天帮人搬家 今天右边胸口连着胳肢窝那块疼",
                "抬胳膊 咳嗽疼 按着也疼 歇着不疼 不出汗 不喘",
                "bp 126/80 心率72",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r35-zh-041",
        ),  # NICE CG95 1.1 (musculoskeletal chest wall pain after strain, reproducible, no cardiac/respiratory features: self-care with simple analgesia)
        pytest.param(
            [
                "大爷70 着凉了 流清鼻涕 干咳三天",
                "不发烧 T36.9 呼吸18 血氧97 心率78 饭量正常 精神头挺好 听肺没啰音",
            ],
            _patient(25568, "male", (), pregnant=None),
            id="r35-zh-042",
        ),  # NICE NG120 Cough (acute) / NICE NG138 (no features of pneumonia: normal RR, SpO2, temperature, no focal chest signs - self-care with safety-net)
        pytest.param(
            [
                "30岁女 以前就有阵发心动过速 查过说是室上速 在排队等手术",
                "今天又犯了 自己憋气弄了一下就停了 前后十分钟",
                "现在心率78 很齐 不胸闷不头晕 bp 112/70",
            ],
            _patient(10958, "female", ("阵发性室上速",), pregnant=None),
            id="r35-zh-044",
        ),  # NICE CKS Supraventricular tachycardia / ESC 2019 SVT (episode terminated by vagal manoeuvre, no adverse features: routine cardiology follow-up)
        pytest.param(
            [
                "40岁女 感冒好了 咳嗽三个礼拜了还没好利索 干咳 夜里多点",
                "不发烧 不喘 没咳血 不抽烟 体重没掉",
            ],
            _patient(14610, "female", (), pregnant=None),
            id="r35-zh-045",
        ),  # NICE NG120 Cough (acute) (post-viral cough commonly lasts 3-4 weeks; no red flags: self-care)
        pytest.param(
            [
                "体检 男23 练长跑的 心率46",
                "没头晕 没晕过 跑步也没不舒服 bp 116/68",
            ],
            _patient(8401, "male", (), pregnant=None),
            id="r35-zh-049",
        ),  # ESC 2021 Cardiac Pacing Guideline / ESC 2020 Sports Cardiology (asymptomatic sinus bradycardia in trained athlete: physiological, no action)
        pytest.param(
            [
                "房颤好几年了 76女 吃着华法林和倍他乐克",
                "今天来测INR 顺手量了下心率 脉不齐 82次 不心慌不喘",
            ],
            _patient(
                27759,
                "female",
                (
                    "永久性房颤",
                    "高血压",
                ),
                pregnant=None,
            ),
            id="r35-zh-055",
        ),  # NICE NG196 Atrial fibrillation (established AF, rate controlled <110, asymptomatic: routine anticoagulation and rate review)
        pytest.param(
            [
                "男60 高血压 药停了一礼拜 今天量170/105",
                "不头疼不头晕 不胸闷 不喘 手脚都好使",
            ],
            _patient(21915, "male", ("高血压",), pregnant=None),
            id="r35-zh-057",
        ),  # NICE NG136 1.5 (BP <180/120 without symptoms or target-organ damage: restart treatment and routine recheck); 中国高血压防治指南(2018)
        pytest.param(
            [
                "抽血的时候小姑娘晕了 20岁",
                "晕之前说眼前发黑 恶心 出汗 躺下几十秒就醒了",
                "现在脸色回来了 bp 108/68 心率72 以前打针也晕过 没心脏病",
            ],
            _patient(7305, "female", (), pregnant=None),
            id="r35-zh-058",
        ),  # NICE CG109 1.1.3 (uncomplicated faint with typical provoking factor and prodrome, full recovery: no further immediate management)
        pytest.param(
            [
                "孕30周 29岁 说胸口烧 一吃完饭就反酸",
                "晚上躺下更明显 血压116/72 不喘 不头疼 看东西清楚 胎动挺好",
            ],
            _patient(10592, "female", (), pregnant=True),
            id="r35-zh-059",
        ),  # NICE NG201 Antenatal care (heartburn in pregnancy: diet/lifestyle advice and antacids; normotensive, no headache/visual symptoms so pre-eclampsia not suggested)
        pytest.param(
            [
                "35F L sided chest pain 3 days, sharp, worse when she twists or lifts her 2yo",
                "point tender at 3rd/4th rib next to sternum, pressing gives exact same pain",
                "BP 118/72 HR 74 SpO2 99, no SOB, no fever",
            ],
            _patient(12783, "female", (), pregnant=False),
            id="r35-en-003",
        ),  # NICE CKS Chest pain (musculoskeletal/costochondritis: reproducible localized tenderness, no red flags) -> analgesia and self-care
        pytest.param(
            [
                "26F sharp stab under L breast lasting few secs, catches her breath, then gone",
                "happens at rest, few times a week, for months",
                "exam normal, vitals normal",
            ],
            _patient(9496, "female", (), pregnant=False),
            id="r35-en-004",
        ),  # NICE CKS Chest pain (non-cardiac: fleeting sharp localized pain lasting seconds, no red flags) -> reassurance and self-care
        pytest.param(
            [
                "40F feels heart skip a beat then a thump, few times a day for 2 weeks, mostly lying in bed at night",
                "no dizziness, no fainting, no chest pain, no family hx sudden death",
                "pulse 72 reg with occasional dropped beat, BP 120/76",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r35-en-008",
        ),  # NICE CKS Palpitations: probable ectopic beats without red flags -> routine 12-lead ECG and reassurance
        pytest.param(
            [
                "78M blocked nose, cough, bit achy 3 days",
                "wife worried as last yr he had pneumonia",
                "T 37.4, RR 16, SpO2 97%, BP 132/76, HR 82, alert, eating ok, chest clear",
            ],
            _patient(28489, "male", (), pregnant=None),
            id="r35-en-013",
        ),  # NICE NG120 Cough (acute) & CKS Common cold: no clinical signs of pneumonia (NG138/CG191) -> self-care with safety-netting
        pytest.param(
            [
                "22F came in panicking, breathing fast, says chest tight and hands tingling",
                "had panic attacks before, big exam tomorrow",
                "SpO2 99% HR 104 BP 126/80. settled after 10 min slow breathing, HR now 84",
            ],
            _patient(8035, "female", ("anxiety",), pregnant=False),
            id="r35-en-016",
        ),  # NICE CG113 / CKS Panic disorder: known panic with hyperventilation, normal oxygenation, resolved -> self-help and reassurance
        pytest.param(
            [
                "28F 30 weeks pregnant, gets breathless going up stairs, bit more past 2 wks",
                "no chest pain, no cough, no calf pain, ok at rest and lying down",
                "SpO2 99, HR 88, BP 112/70, RR 16",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="r35-en-018",
        ),  # NICE NG201 Antenatal care (common symptoms): physiological breathlessness of pregnancy without red flags -> routine antenatal review
        pytest.param(
            [
                "60F known HTN, BP today 166/98",
                "forgot tablets 2 days, no headache, no chest pain, no SOB, no vision change",
                "repeat 162/96",
            ],
            _patient(21915, "female", ("hypertension",), pregnant=False),
            id="r35-en-025",
        ),  # NICE NG136 1.5: BP <180/120 without symptoms or target-organ damage -> routine adherence and treatment review
        pytest.param(
            [
                "50F runny nose sore throat and cough 4 days",
                "chest bit sore from coughing",
                "T 37.5 RR 16 SpO2 98 HR 80, chest clear",
            ],
            _patient(None, "female", (), pregnant=None),
            id="r35-en-026",
        ),  # NICE NG120 Cough (acute) / CKS Common cold: self-limiting URTI, no signs of pneumonia -> self-care
        pytest.param(
            [
                "45 M burning behind breastbone after dinner, esp lying down after eating",
                "sour taste in mouth, had this on and off few months",
                "antacid helps in minutes. no pain on exertion, no weight loss, no trouble swallowing. BP 128/80 HR 72",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r35-en-031",
        ),  # NICE CG184 / CKS Dyspepsia & GORD: typical reflux without alarm features -> lifestyle advice, PPI trial, routine review
        pytest.param(
            [
                "74 M here for his GTN refill",
                "gets chest tightness walking up hill to his field, stops and uses spray, gone in 2 min",
                "same as last 5 yrs, not more often, never at rest. BP 136/78 HR 64",
            ],
            _patient(
                27028,
                "male",
                (
                    "angina",
                    "hypertension",
                ),
                pregnant=None,
            ),
            id="r35-en-032",
        ),  # NICE CG126 Stable angina: unchanged stable symptoms -> routine review and repeat prescription
        pytest.param(
            [
                "75M came for BP check, noticed pulse irregular",
                "no palpitations, no SOB, no dizziness, no chest pain",
                "irregularly irregular 84, BP 138/82. no idea how long",
            ],
            _patient(27393, "male", ("hypertension",), pregnant=None),
            id="r35-en-035",
        ),  # NICE NG196 1.1 & CKS Atrial fibrillation: incidental AF, rate controlled, no emergency features -> ECG and routine stroke-risk/anticoagulation assessment
        pytest.param(
            [
                "28M pain R chest since bench press at gym yesterday",
                "hurts when he moves arm or coughs, tender over the pec muscle",
                "vitals normal, SpO2 99",
            ],
            _patient(10227, "male", (), pregnant=None),
            id="r35-en-041",
        ),  # NICE CKS Chest pain (chest wall muscle strain, no cardiac or respiratory red flags) -> self-care with simple analgesia
        pytest.param(
            [
                "33F itchy red welts on arms and tummy after eating shrimp 1 hr ago",
                "no lip or tongue swelling, breathing fine, no wheeze, not dizzy",
                "BP 118/74 HR 84 SpO2 99",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r35-en-042",
        ),  # Resuscitation Council UK Anaphylaxis 2021 (skin-only features do not meet anaphylaxis criteria) / NICE CKS Urticaria: oral non-sedating antihistamine, self-care
        pytest.param(
            [
                "30M asthmatic, bit wheezy this morning in the cold air",
                "took 2 puffs salbutamol, now fine",
                "PEF 470 (best 500), SpO2 98, talking normally",
            ],
            _patient(10957, "male", ("asthma",), pregnant=None),
            id="r35-en-044",
        ),  # BTS/SIGN 158 sec 8: mild symptoms, PEF >75% best with good response to usual reliever -> follow personal asthma action plan at home
        pytest.param(
            [
                "58M 3 wks tightness in chest walking briskly or uphill",
                "goes with 2-3 min rest, never at rest, not getting worse",
                "last one 5 days ago. BP 144/88 HR 72, smoker",
            ],
            _patient(21184, "male", (), pregnant=None),
            id="r35-en-045",
        ),  # NICE CG95 1.3 (stable chest pain, suspected stable angina, no recent ACS-type episode) -> rapid access chest pain clinic, not emergency/same-day
        pytest.param(
            [
                "33F known SVT, waiting for ablation appt",
                "had an episode this am, did the bearing down trick, stopped in 5 min",
                "now HR 76 reg, BP 112/70, no chest pain or faint, feels fine",
            ],
            _patient(12053, "female", ("SVT",), pregnant=False),
            id="r35-en-049",
        ),  # ESC 2019 SVT guideline: episode terminated with vagal manoeuvres, haemodynamically stable, recurrent SVT -> elective ablation pathway, routine follow-up
        pytest.param(
            [
                "71M COPD for refill of inhalers",
                "breathless walking fast same as always, morning cough with white phlegm",
                "SpO2 94% (his usual), RR 18, T 36.6, nothing changed recently",
            ],
            _patient(25932, "male", ("COPD",), pregnant=None),
            id="r35-en-055",
        ),  # NICE NG115 stable COPD: no exacerbation features -> routine review and repeat prescription
        pytest.param(
            [
                "67F cough 2.5 wks since a cold",
                "getting better slowly, no fever, no blood, non smoker",
                "SpO2 98 RR 16 chest clear",
            ],
            _patient(24471, "female", (), pregnant=False),
            id="r35-en-057",
        ),  # NICE NG120 Cough (acute): post-viral cough lasting up to 3-4 weeks, improving, no red flags -> self-care
        pytest.param(
            [
                "26 M heart racing after 3 energy drinks for night shift",
                "HR 106 reg BP 130/78, no chest pain no faint",
                "40 min later HR 84, feels better",
            ],
            _patient(9496, "male", (), pregnant=None),
            id="r35-en-058",
        ),  # NICE CKS Palpitations: sinus tachycardia due to caffeine, no red flags, resolved -> lifestyle advice
        pytest.param(
            [
                "25F fainted while having blood taken",
                "felt hot, sweaty, sick and went grey first, out few seconds, came round straight away",
                "now fine lying down HR 72 BP 110/70, no chest pain, no palpitations before, no heart hx",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r35-en-059",
        ),  # NICE CG109 1.1.2: uncomplicated faint (posture, provoking factor, prodrome) -> no further immediate management, reassure
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
