# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A forty-third held-out round (2026-12-07, at commit b849384: two reviewers, 120 cases on cough,
breathlessness and the lungs in adults: life-threatening asthma, COPD on home oxygen, pneumonia by
CRB-65, pulmonary embolism, pneumothorax, haemoptysis from a streak to massive, tuberculosis, lung
cancer, heart failure, influenza and COVID-19 in the vulnerable, an inhaled peanut, smoke and
chemical inhalation; a post-viral cough, a cold, controlled asthma, stable COPD, hay fever and an
ACE-inhibitor cough as look-alikes; 16 emergencies, 24 same-day and 20 look-alikes a set). Before
these fixes the rules found 15 of 16 and 14 of 16 emergencies, graded 18 of 24 and 20 of 24
same-day cases exactly, and sent 1 and 1 look-alikes to emergency.

What changed: smoke inhalation without a skin burn is now graded (a hoarse voice, stridor,
breathlessness or SpO2 below 95 after a fire: an emergency; a cough or headache after smoke: the
same day; NICE CKS, American Burn Association), with "pulled out of house fire", 邻居家着火了,
声音变哑了 and 吸气的时候嗓子有响声 read; haemoptysis with a pulse over 110 or a systolic below 90,
or "a bowl full, maybe 200 ml", is an emergency (咯血诊治专家共识 2020); 咳了几口血 and 痰里都是血 are
haemoptysis (on warfarin, the anticoagulant-bleeding rule's); 转身的时候疼 按那块也疼 is chest wall
pain; a reliever needed every two hours is an exacerbation; 突然呛了一下 is choking. After: 16/16,
16/16; 21/24, 20/24; look-alikes 20/20, 19/20.

Kept deliberately: suspected pulmonary embolism (after a long journey, in cancer) stays an
emergency, as do a minimally symptomatic pneumothorax (NICE CKS) and chest tightness after choking
at 55. Left: chlorine fumes from mixed cleaners that settled with fresh air (a look-alike to
emergency)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "邻居家着火了 救出来一个男的 四十多岁",
                "脸上有黑灰 鼻毛烧焦了 吐的痰是黑的",
                "声音变哑了 吸气的时候嗓子有响声",
            ],
            _patient(None, "male", (), pregnant=False),
            id="r43-zh-013",
        ),  # 吸入性损伤临床诊疗全国专家共识(2018) / American Burn Association & ATLS: smoke inhalation with hoarseness, stridor, carbonaceous sputum, singed nasal hair -> risk of upper airway oedema, immediate transfer
        pytest.param(
            [
                "pt pulled out of house fire 30 min ago, man about 45",
                "voice hoarse, black sooty sputum, nose hairs burnt",
                "now noisy breathing on breathing in. spo2 94",
            ],
            _patient(None, "male", (), pregnant=None),
            id="r43-en-021",
        ),  # ATLS / American Burn Association inhalation injury: hoarseness, carbonaceous sputum, singed nasal hair and stridor indicate airway burn -> immediate transfer for airway management (SpO2 unreliable with CO)
        pytest.param(
            [
                "66M old TB, coughing up blood",
                "about a bowl full, maybe 200ml in last hour, still coming. pale, BP 100/60 HR 118",
            ],
            _patient(24106, "male", ("previous pulmonary tuberculosis",), pregnant=False),
            id="r43-en-029",
        ),  # Chinese expert consensus on diagnosis and treatment of haemoptysis: massive haemoptysis (>=100 ml single episode or >=500 ml/24h) is life-threatening -> airway protection and emergency transfer
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "55岁 男 今天上午咳了几口血 鲜红的",
                "加起来大概有小半杯 五十毫升左右吧",
                "现在不咳了 不喘 血压心率都正常 spo2 97",
            ],
            _patient(20108, "male", (), pregnant=False),
            id="r43-zh-019",
        ),  # 咯血诊治专家共识(2020): frank haemoptysis (non-massive) requires prompt hospital evaluation (imaging, cause); NICE CKS Haemoptysis: frank haemoptysis in a stable adult >40 -> same-day assessment, not massive
        pytest.param(
            [
                "72岁男 房颤 吃华法林的",
                "今天咳了好几回 痰里都是血 不是一点点血丝",
                "不喘 血压128/76 心率88 不齐",
            ],
            _patient(26388, "male", ("房颤",), pregnant=False),
            id="r43-zh-036",
        ),  # NICE CKS Anticoagulation – oral (warfarin), bleeding: clinically relevant bleeding on warfarin -> same-day INR and medical review; NICE CKS Haemoptysis
        pytest.param(
            [
                "我是她闺女 我妈50岁 哮喘好多年了",
                "这两天那个蓝色喷雾不咋管用了 差不多两个钟头就得喷一回",
                "她说话还行 就是胸口紧 晚上睡不好",
            ],
            _patient(18262, "female", ("哮喘",), pregnant=None),
            id="r43-zh-045",
        ),  # BTS/SIGN 158 / GINA 2023: worsening asthma with reliever needed every 2-4 h, no severe/life-threatening features -> same-day review and oral corticosteroids
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "孕32周 30岁 最近上楼有点气短 歇会儿就好",
                "不胸痛 没咳嗽 腿不肿 晚上能平躺睡",
                "hr 88 spo2 98 bp 112/70",
            ],
            _patient(11207, "female", (), pregnant=True),
            id="r43-zh-007",
        ),  # NICE NG201 Antenatal care / RCOG: gradual exertional breathlessness of late pregnancy without chest pain, tachycardia, hypoxia or leg swelling is physiological -> discuss at routine antenatal appointment
        pytest.param(
            [
                "26岁男 昨天开始发烧38.5 浑身酸疼 头疼 咳嗽",
                "身体一直挺好 没啥病",
                "不喘 spo2 98 能吃能喝",
            ],
            _patient(9596, "male", (), pregnant=False),
            id="r43-zh-012",
        ),  # 流行性感冒诊疗方案(2020年版) / WHO influenza guidelines 2022: uncomplicated influenza in a non-high-risk adult -> home care, symptomatic treatment, return if danger signs
        pytest.param(
            [
                "38岁男 咳嗽5天 黄痰",
                "前两天有点低烧 现在不烧了",
                "rr 16 spo2 98 hr 80 两肺呼吸音清 没啰音",
            ],
            _patient(13969, "male", (), pregnant=False),
            id="r43-zh-014",
        ),  # NICE NG120 Cough (acute): acute bronchitis in a non-high-risk adult (coloured sputum alone is not an indication for antibiotics) -> self-care; NICE CG191 no signs of pneumonia
        pytest.param(
            [
                "34岁女 每年春天这时候就犯",
                "打喷嚏 流清鼻涕 眼睛痒 嗓子痒老想咳",
                "听诊两肺清楚 没哮鸣音 spo2 99 不喘",
            ],
            _patient(12518, "female", (), pregnant=False),
            id="r43-zh-016",
        ),  # NICE CKS Allergic rhinitis / ARIA: seasonal allergic rhinitis without asthma features -> self-care with oral antihistamine and intranasal corticosteroid
        pytest.param(
            [
                "58岁女 上个月肺炎住的院 出院两个礼拜了",
                "现在还有点咳 没劲 但是一天比一天好",
                "不烧 不喘 spo2 97 她问是不是肺炎没好利索",
            ],
            _patient(21334, "female", (), pregnant=False),
            id="r43-zh-018",
        ),  # NICE CG191 1.4: after pneumonia, cough may persist up to 6 weeks and fatigue up to 6 months; improving patient -> routine follow-up (clinical review/CXR at 6 weeks if persistent)
        pytest.param(
            [
                "72岁 老慢支 家里有制氧机",
                "今天来开药 说还那样 上楼喘 平地走还行",
                "不吸氧氧饱和90 跟以前一样 痰白的 量也没变 不烧",
            ],
            _patient(
                26598,
                "male",
                (
                    "慢阻肺",
                    "家庭氧疗",
                ),
                pregnant=False,
            ),
            id="r43-zh-021",
        ),  # NICE NG115 / GOLD 2024: stable COPD at baseline (no change in breathlessness, sputum volume or colour) -> routine review and repeat prescription
        pytest.param(
            [
                "66岁女 喝水呛着了 咳得满脸通红 家里人吓坏了",
                "咳了一两分钟就过去了 现在说话正常 不咳了 喘气也正常",
                "就是喝水 没吃东西",
            ],
            _patient(24156, "female", (), pregnant=False),
            id="r43-zh-022",
        ),  # AHA 2020 / ERC 2021 choking: mild obstruction cleared by effective cough, no solid foreign body, symptom-free -> no further treatment, advise to seek care if cough/wheeze persists
        pytest.param(
            [
                "45岁男 感冒咳了一个礼拜",
                "这两天左边胸口疼 咳嗽跟转身的时候疼 按那块也疼",
                "不喘 spo2 98 hr 76 T 36.8 肺清楚",
            ],
            _patient(16736, "male", (), pregnant=False),
            id="r43-zh-024",
        ),  # NICE CKS Chest pain / costochondritis and NICE NG120: musculoskeletal chest wall pain reproducible on palpation after coughing, normal vital signs -> self-care analgesia and safety-netting
        pytest.param(
            [
                "48岁男 咳嗽两个多月了 主要是晚上躺下跟吃完饭以后",
                "老反酸 烧心 嗓子有时候哑",
                "不抽烟 没发烧 没咳血 体重没变 上个月胸片正常",
            ],
            _patient(17592, "male", (), pregnant=False),
            id="r43-zh-027",
        ),  # 咳嗽的诊断与治疗指南(2021) 胃食管反流性咳嗽 / NICE CKS GORD: chronic cough with reflux symptoms, normal CXR, no red flags -> routine management (PPI trial) and follow-up
        pytest.param(
            [
                "40岁 女 她老公上礼拜查出肺结核 在定点医院治着",
                "她自己不咳嗽 不发烧 不出汗 吃饭正常",
                "来问要不要检查",
            ],
            _patient(14640, "female", (), pregnant=False),
            id="r43-zh-028",
        ),  # 中国结核病预防控制工作技术规范(2020年版) 密切接触者筛查 / WHO TB guidelines Module 2 contact investigation: asymptomatic household contact -> arrange screening (symptoms, CXR, TST/IGRA) at the designated clinic as a routine appointment
        pytest.param(
            [
                "55岁男 单位体检 胸片报告写 左上肺陈旧性病灶 钙化",
                "他慌了 问是不是肺结核 是不是肺癌",
                "不咳嗽 不发烧 体重正常 说年轻时候得过结核治好了",
            ],
            _patient(20268, "male", (), pregnant=False),
            id="r43-zh-032",
        ),  # 中国结核病预防控制工作技术规范(2020年版) / radiology practice: asymptomatic calcified old TB lesion -> routine review, compare with previous films; no urgent referral
        pytest.param(
            [
                "25岁男 轻度哮喘 平时基本不用药",
                "今天早上跑完步喘了一阵 胸口紧 喷了两下万托林就好了",
                "现在没事了 说话正常 spo2 98 一个月也就喷一两回",
            ],
            _patient(9131, "male", ("哮喘",), pregnant=False),
            id="r43-zh-040",
        ),  # BTS/SIGN 158 / GINA 2023: well-controlled asthma with exercise-induced symptoms relieved by SABA -> routine asthma review (inhaler technique, pre-exercise plan), no acute features
        pytest.param(
            [
                "30岁女 刚才炒菜锅烧干了 厨房全是烟 呛得咳了一阵",
                "开窗出来十来分钟就好了 现在不咳了",
                "说话声音正常 不头疼 不喘 spo2 99",
            ],
            _patient(10977, "female", (), pregnant=False),
            id="r43-zh-043",
        ),  # 吸入性损伤临床诊疗全国专家共识(2018) / ABA: brief domestic smoke exposure with no hoarseness, soot, stridor, hypoxia or CO symptoms -> home care with advice to return if symptoms develop
        pytest.param(
            [
                "36岁女 感冒好了 就剩咳嗽 三个礼拜了",
                "干咳 嗓子痒 晚上咳得多点",
                "不烧 不喘 痰里没血 不抽烟 精神胃口都好",
            ],
            _patient(13159, "female", (), pregnant=False),
            id="r43-zh-048",
        ),  # NICE NG120 Cough (acute) / NICE CKS Cough: post-viral cough lasting 3-4 weeks without red flags is self-limiting -> self-care advice; 咳嗽的诊断与治疗指南(2021) 感染后咳嗽
        pytest.param(
            [
                "28岁男 早上吐痰发现有血丝 吓坏了",
                "问了一下 昨晚流鼻血流了挺久 今早擤鼻子也带血",
                "不咳嗽 不发烧 不抽烟 就这一次",
            ],
            _patient(10377, "male", (), pregnant=False),
            id="r43-zh-049",
        ),  # NICE CKS Haemoptysis: exclude pseudo-haemoptysis from nasal/nasopharyngeal bleeding; NICE CKS Epistaxis: resolved anterior nosebleed -> self-care advice
        pytest.param(
            [
                "30岁 女 流鼻涕打喷嚏 嗓子有点疼 偶尔咳两声",
                "昨天开始的 体温37.5 吃喝都正常",
            ],
            _patient(11157, "female", (), pregnant=False),
            id="r43-zh-053",
        ),  # NICE CKS Common cold: uncomplicated URTI in a healthy adult -> self-care (fluids, analgesia), seek help if red flags
        pytest.param(
            [
                "32岁女 抗原两道杠",
                "嗓子疼得跟刀割一样 37.8 有点咳",
                "没有基础病 没怀孕 不喘",
            ],
            _patient(11758, "female", (), pregnant=False),
            id="r43-zh-054",
        ),  # 新型冠状病毒感染诊疗方案(试行第十版) 轻型, no high-risk factors -> home isolation and symptomatic care; WHO COVID-19 clinical management: mild disease home care
        pytest.param(
            [
                "27岁 女 吃短效避孕药半年了",
                "这几天晚上睡觉小腿抽筋 抽完有点酸",
                "两条腿一样粗 不红不肿 按着不疼 也不喘 不胸痛",
            ],
            _patient(9871, "female", (), pregnant=False),
            id="r43-zh-055",
        ),  # NICE CKS Leg cramps: nocturnal cramps without DVT signs -> self-care (stretching); NICE NG158 no clinical features of DVT/PE
        pytest.param(
            [
                "62岁男 抽了四十年烟",
                "最近一个多月咳嗽跟以前不一样 咳得更勤了 胃口也差点",
                "没咳血 不喘 不烧 生命体征都正常 体重没怎么掉",
            ],
            _patient(22675, "male", (), pregnant=False),
            id="r43-zh-056",
        ),  # NICE NG12 Suspected cancer 1.1.2: aged >=40 ever-smoker with unexplained cough/appetite loss -> chest X-ray within 2 weeks (not same day); no haemoptysis, stridor or SVCO signs
        pytest.param(
            [
                "62岁女 高血压 两个月前换成依那普利了",
                "打那以后就一直干咳 嗓子痒 夜里也咳",
                "不烧不喘 血压130/80 肺听着没事",
            ],
            _patient(22845, "female", ("高血压",), pregnant=False),
            id="r43-zh-058",
        ),  # NICE NG136 Hypertension / NICE CKS: ACE-inhibitor-induced dry cough -> routine review and switch to an ARB; 咳嗽的诊断与治疗指南(2021)
        pytest.param(
            [
                "70m copd for yrs, here for his usual meds",
                "same cough every morning with white phlegm, breathless on stairs like always, spo2 93 which is his normal. no change",
            ],
            _patient(25567, "male", ("COPD",), pregnant=False),
            id="r43-en-002",
        ),  # GOLD 2024 / Chinese COPD diagnosis and management guideline (2021 revision): stable COPD at baseline -> routine follow-up
        pytest.param(
            [
                "52 M, dry cough for 2 months mostly after dinner and when lying down",
                "has heartburn, sour taste in mouth. non smoker, no weight loss, swallowing fine, chest clear, CXR at health check 3 months ago normal",
            ],
            _patient(18993, "male", (), pregnant=False),
            id="r43-en-005",
        ),  # Chinese guidelines for diagnosis and treatment of cough (2021) / CHEST chronic cough: GORD-related cough without alarm features -> routine management, PPI trial
        pytest.param(
            [
                "28 yo guy runny nose, sneezing, sore throat and little cough 2 days",
                "T 37.5, chest clear, spo2 99",
            ],
            _patient(10227, "male", (), pregnant=False),
            id="r43-en-008",
        ),  # NICE CKS common cold: self-limiting viral URTI -> self-care
        pytest.param(
            [
                "63F dry tickly cough for 5 weeks, no fever no sob, chest clear",
                "oh and she started enalapril for BP about 2 months ago",
            ],
            _patient(23010, "female", ("hypertension",), pregnant=False),
            id="r43-en-010",
        ),  # Chinese hypertension prevention and treatment guideline (2018) / NICE NG136: ACE-inhibitor cough -> routine medication review, switch to ARB
        pytest.param(
            [
                "woman 39 back from 11 hr flight yesterday, both calves achy",
                "no swelling, both legs same size, no redness, no breathlessness, no chest pain. not on pill",
            ],
            _patient(None, "female", (), pregnant=False),
            id="r43-en-015",
        ),  # NICE NG158 / NICE CKS DVT: symmetrical bilateral calf ache after flight without swelling or breathlessness does not suggest DVT/PE -> self-care, return if unilateral swelling or breathlessness
        pytest.param(
            [
                "health check CXR report says 'calcified nodule R upper lobe, old lesion'",
                "61 yo man, no cough, no weight loss, feels fine. hes worried its cancer",
            ],
            _patient(22280, "male", (), pregnant=False),
            id="r43-en-016",
        ),  # Fleischner Society 2017: nodule with benign calcification pattern needs no follow-up -> routine explanation
        pytest.param(
            [
                "55 yo man, smoker 30 yrs, always had a morning cough, same as usual for years",
                "came in wanting help to quit smoking. no blood, no weight loss, no chest pain, no hoarseness",
            ],
            _patient(20088, "male", (), pregnant=False),
            id="r43-en-017",
        ),  # NICE NG12 1.1.3 (chest X-ray within 2 weeks for smoker >=40 with cough) / China clinical smoking cessation guideline: routine cessation support, no same-day red flags
        pytest.param(
            [
                "pt 35, cough about 2 and a half weeks since a cold, dry, worse at night",
                "no fever now, no SOB, no blood, non smoker, eating fine, getting a bit better each week",
            ],
            _patient(12783, None, (), pregnant=None),
            id="r43-en-018",
        ),  # NICE NG120 cough (acute): post-viral cough may last 3-4 weeks; self-care (honey, fluids), no antibiotic, return if worsening or >3-4 weeks
        pytest.param(
            [
                "66M finished antibiotics for pneumonia 10 days ago, feels much better",
                "still a little cough and tires easily, no fever, spo2 97. asking does he need another x-ray",
            ],
            _patient(24106, "male", (), pregnant=False),
            id="r43-en-020",
        ),  # NICE NG138 / BTS CAP guideline 2009: symptoms may take up to 6 weeks to resolve; follow-up CXR at ~6 weeks if persistent symptoms or malignancy risk -> routine
        pytest.param(
            [
                "24 yo woman, suddenly felt she couldnt get enough air in the shop, hands tingling round mouth, very scared",
                "had the same twice before, panic attacks. no chest pain, no leg swelling, not on pill, no recent op or travel, no blood coughed",
                "now 20 min later: HR 92, RR 22, spo2 99, settling when talking to her",
            ],
            _patient(8766, "female", ("panic disorder",), pregnant=False),
            id="r43-en-034",
        ),  # PERC rule (ACEP clinical policy on suspected PE): all criteria negative; NICE CG113 panic disorder -> routine GP follow-up
        pytest.param(
            [
                "57F non-smoker, low-dose CT at health check showed 4mm solid nodule L lung",
                "no symptoms at all. report suggests annual follow up",
            ],
            _patient(20819, "female", (), pregnant=False),
            id="r43-en-038",
        ),  # Chinese expert consensus on pulmonary nodule diagnosis and management (2018) / Fleischner 2017: solid nodule <6 mm low risk -> routine (annual) follow-up
        pytest.param(
            [
                "48M, put on 15kg last 2 yrs, gets puffed out climbing 3 floors",
                "no chest pain, no ankle swelling, sleeps flat on 1 pillow, no cough. BP 138/86, HR 80, spo2 98",
            ],
            _patient(17532, "male", (), pregnant=False),
            id="r43-en-041",
        ),  # NICE NG106: no symptoms/signs of heart failure (orthopnoea, oedema); exertional breathlessness with weight gain -> routine assessment (NICE CG189 obesity)
        pytest.param(
            [
                "30M has a bad cold, blew his nose hard this morning then saw a bit of blood in his spit once",
                "nose was bleeding a bit earlier. no more since. not a smoker, no fever, chest clear",
            ],
            _patient(10957, "male", (), pregnant=False),
            id="r43-en-046",
        ),  # NICE NG12 1.1 (haemoptysis referral criterion is age >=40, unexplained) / NICE CKS epistaxis: blood from minor nosebleed in young non-smoker with cold -> self-care
        pytest.param(
            [
                "29 yo man covid positive, sore throat like knives, fever 38.4, aching",
                "no sob, spo2 98, no medical problems, vaccinated",
            ],
            _patient(10592, "male", (), pregnant=False),
            id="r43-en-049",
        ),  # WHO COVID-19 clinical management: mild disease without risk factors -> home care; China COVID-19 protocol (10th ed.) home isolation and symptomatic treatment
        pytest.param(
            [
                "45M, coughing with a cold for 10 days, now pain in L lower ribs when he coughs or twists",
                "sore when I press on it. breathing fine, spo2 98, temp normal, no blood",
            ],
            _patient(16436, "male", (), pregnant=False),
            id="r43-en-051",
        ),  # NICE NG120 acute cough / NICE CKS chest pain: reproducible chest wall pain from coughing, no red flags -> self-care with analgesia
        pytest.param(
            [
                "60F drank water too fast, went down the wrong way, coughed hard for a minute",
                "fine now, talking normally, no cough, no wheeze, no noisy breathing",
            ],
            _patient(21915, "female", (), pregnant=False),
            id="r43-en-052",
        ),  # Resuscitation Council UK / AHA 2020 FBAO: mild obstruction with effective cough, fully resolved -> no further treatment needed
        pytest.param(
            [
                "40F asthma on budesonide/formoterol, needs a refill",
                "used it extra maybe twice this week going out in cold air, settles quickly. sleeps fine, PEF 410 best 420",
            ],
            _patient(14610, "female", ("asthma",), pregnant=False),
            id="r43-en-053",
        ),  # BTS/SIGN 158 / GINA 2024: well-controlled asthma -> routine review and repeat prescription
        pytest.param(
            [
                "neighbour got diagnosed TB last week, this lady 45 visits them often",
                "she has no cough, no fever, no weight loss, feels well. wants to get checked",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r43-en-057",
        ),  # WHO consolidated guidelines on TB Module 2 (screening): asymptomatic contact -> scheduled screening (symptom screen, CXR, TB infection test) at TB clinic
        pytest.param(
            [
                "25 yo female, every spring sneezing, itchy eyes, blocked nose and tickly cough at night",
                "no wheeze, no sob, no fever, chest clear",
            ],
            _patient(9131, "female", (), pregnant=None),
            id="r43-en-058",
        ),  # NICE CKS allergic rhinitis: seasonal allergic rhinitis -> self-care with antihistamine/intranasal steroid
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
