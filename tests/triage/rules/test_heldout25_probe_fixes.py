# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A twenty-fifth held-out round (2026-12-06, at commit 74664ff: two reviewers, 120 cases; one set
in the vocabulary of Traditional Chinese Medicine as village doctors trained in it write (胸痹,
真心痛, 中风, 厥证, 血证, 癃闭, 胎漏, 崩漏, 阳黄, 脉结代, 冷汗淋漓, 脉微欲绝), one on chronic
disease reviews and repeat prescriptions where the danger is in passing or in the numbers
(home readings, results letters, daily weights, a lithium level, methotrexate taken daily,
ketones on a pump); 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes
the rules found 15 of 16 and 14 of 16 emergencies, graded 10 of 24 and 14 of 24 same-day cases
exactly, and sent 1 of 20 and 0 of 20 look-alikes to emergency (a known 胸痹 at its usual
exertion, eased by its tablet).

What changed: TCM words read (咯血满口 and 大半碗 as massive haemoptysis, 腰痛如绞, 癃闭 and
小便点滴不通, 目黄身黄 and 胎黄, 脉结代 and 脉促, 鼻衄, 泄泻, 崩漏, 胸痹 as heart disease, 含药一两分钟就好
as eased, 小腹隐隐作痛), a pulse counted (数了一下大概110次), a fasting glucose, "DM review",
褐色分泌物 as spotting; rules, each with its source: stable angina may be breathless on the
same exertion; new jaundice in an adult with dark urine, nausea or anorexia is same day (NICE
CKS); heavy periods with dizziness or pallor are same day (NICE NG88); spotting without pain
before 6 weeks is expectant care (NICE NG126 §1.4.3); blood ketones of 1.5-2.9 without
vomiting, pain or drowsiness are same day, not DKA (JBDS-IP 2023); weekly methotrexate taken
daily (NPSA 2006, MHRA 2020; with mouth ulcers, a sore throat or fever an emergency) and
neutrophils below 1.0 on it (BSR 2017); a lithium level above range (NICE CG185); sick-day
rules for vomiting and diarrhoea with dizziness or little urine on metformin or an SGLT2
inhibitor (NICE NG148); orthopnoea told as sleeping in a chair; weight up 2.4 kg over 4 days.
After: 16/16, 16/16; 20/24, 22/24; look-alikes 20/20, 20/20.

Left as they are: giant cell arteritis with transient blurred vision stays an emergency (BSR
2020: visual symptoms), as do a 5-day-old jaundiced to the palms and soles (WHO), right lower
pain with rebound (appendicitis), a TIA yesterday whose 20 minutes are read as its time, a
seizure after levetiracetam ran out, and crescendo angina with the last bad episode 2 days ago."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "55岁男，既往肺痨，抗痨治疗过",
                "今天中午咳嗽一阵后咯血满口，鲜红带泡沫，前后吐了大半碗，估计300多毫升",
                "现在还在一口一口往外咯，有点气紧",
            ],
            _patient(20075, "male", ("肺结核病史",), pregnant=False),
            id="p25-zh-006",
        ),  # 中华医学会呼吸病学分会 大咯血诊治专家共识（2020），大咯血定义与急救转运；中医内科常见病诊疗指南 2008，血证·咯血
        pytest.param(
            [
                "HF nurse review due next month - daughter emailing his daily weights",
                "Mon 78.1, Tue 79.6, Wed 81.0, today 82.3 kg",
                "he's been sleeping in the chair as he can't breathe lying down, tonight breathless just sitting and coughing up pinkish frothy stuff",
            ],
            _patient(27740, "male", ("heart failure",), pregnant=False),
            id="p25-en-012",
        ),  # NICE NG106 Chronic heart failure in adults, 2018; NICE CG187 Acute heart failure, 2014 (acute pulmonary oedema)
        pytest.param(
            [
                "Pharmacy query: pt collecting methotrexate 2.5mg tabs says she's been taking 4 tabs EVERY DAY since her new box about 10 days ago, it should be Mondays only",
                "she's got lots of mouth ulcers, sore throat and temp 38.6 today, shivery",
            ],
            _patient(24455, "female", ("rheumatoid arthritis",), pregnant=False),
            id="p25-en-015",
        ),  # MHRA Drug Safety Update 2020 methotrexate once-weekly dosing errors; NICE CKS DMARDs 2023; NICE NG51/CG151 suspected neutropenic sepsis
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "58岁男，三天前上坡挑担子时胸部闷痛，像有东西压着，停下来歇了5分钟好了",
                "以前从来没有过，这几天没再发",
                "现在没不舒服，舌暗苔薄，脉弦，胸痹？",
            ],
            _patient(21170, "male", ("吸烟",), pregnant=False),
            id="p25-zh-017",
        ),  # NICE CG95 Chest pain of recent onset (2010, updated 2016), 1.1.1.2 pain 12–72 h ago → same-day assessment; 中医内科常见病诊疗指南 2008，胸痹心痛
        pytest.param(
            [
                "66岁女性，心悸两天",
                "摸脉促而结代，时快时慢，数了一下大概110次，乱",
                "没有胸痛气短，没晕过，血压128/80，以前没这样",
            ],
            _patient(24090, "female", ("高血压",), pregnant=False),
            id="p25-zh-018",
        ),  # NICE NG196 Atrial fibrillation (2021), 1.1 new AF without haemodynamic instability → prompt (same-day) assessment and rate control; 中医内科常见病诊疗指南 2008，心悸
        pytest.param(
            [
                "42岁男的，近一周没胃口，恶心厌油，乏力",
                "这三天目黄身黄，黄色鲜明，小便黄如浓茶",
                "没发热，神志清楚，中医讲阳黄",
            ],
            _patient(15330, "male", (), pregnant=False),
            id="p25-zh-019",
        ),  # 中国基层诊疗指南：病毒性肝炎相关（急性肝炎需当日肝功、凝血检查排除急性肝衰竭）；国家中医药管理局《中医病证诊断疗效标准》黄疸
        pytest.param(
            [
                "78岁男，前列腺大好几年了，小便一直不畅",
                "昨天晚上到现在小便点滴不通，快10个小时了",
                "小腹胀满疼痛，摸着膨隆，癃闭",
            ],
            _patient(28470, "male", ("前列腺增生",), pregnant=False),
            id="p25-zh-022",
        ),  # EAU Guidelines on Non-neurogenic Male LUTS (2023), acute urinary retention → prompt catheterisation; 中医内科常见病诊疗指南 2008，癃闭
        pytest.param(
            [
                "40岁男性，今天早上突然腰痛如绞，向少腹和会阴部放射",
                "痛得打滚，小便带血，淡红色",
                "不发热，呕吐一次，以前没有结石病史",
            ],
            _patient(14600, "male", (), pregnant=False),
            id="p25-zh-023",
        ),  # NICE NG118 Renal and ureteric stones (2019), 1.1 pain relief and same-day assessment if no fever; 中医内科常见病诊疗指南 2008，淋证·石淋、血证·尿血
        pytest.param(
            [
                "72岁男，吃华法林，房颤",
                "今天鼻衄三次了，每次按压十几分钟能止住",
                "没别的地方出血，精神好，血压140/85，上次查INR是一个月前",
            ],
            _patient(
                26280,
                "male",
                (
                    "心房颤动",
                    "长期口服华法林",
                ),
                pregnant=False,
            ),
            id="p25-zh-025",
        ),  # NICE CKS Epistaxis (2023), anticoagulated patients – check INR same day; 中医内科常见病诊疗指南 2008，血证·鼻衄
        pytest.param(
            [
                "10个月男宝宝，泄泻一天了",
                "大便蛋花样，一天拉8次，吐了两次",
                "尿比平时少，囟门稍微有点凹，精神稍差但逗他会笑，能吃奶",
            ],
            _patient(300, "male", (), pregnant=False),
            id="p25-zh-027",
        ),  # NICE CG84 Diarrhoea and vomiting caused by gastroenteritis in under 5s (2009, updated 2023), clinical dehydration → same-day assessment and ORS; WHO IMCI 2014 some dehydration
        pytest.param(
            [
                "55岁男性，昨天喝酒吃海鲜",
                "半夜右足大趾红肿热痛，痛不可触，被子碰一下都疼",
                "体温37.8度，热痹？以前没这样过",
            ],
            _patient(20075, "male", ("高尿酸血症",), pregnant=False),
            id="p25-zh-028",
        ),  # NICE CKS Gout / BSR guideline; NICE CKS Septic arthritis – acute hot joint with fever requires same-day assessment to exclude infection; 中医内科常见病诊疗指南 2008，痹证·热痹
        pytest.param(
            [
                "孕妇，29岁，怀孕10周",
                "今天小腹隐隐作痛，腰酸，内裤上有少量褐色分泌物",
                "没有大出血，不头晕，胎动不安？",
            ],
            _patient(10585, "female", ("妊娠10周",), pregnant=True),
            id="p25-zh-030",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage (2019, updated 2023), bleeding with pain → early pregnancy assessment service; 中医妇科常见病诊疗指南（2012），胎动不安
        pytest.param(
            [
                "48岁女，月经淋漓不尽二十多天",
                "这两天量又多起来，一天换七八片卫生巾，崩漏",
                "头晕乏力，面色萎黄，心率100，血压105/70，没怀孕",
            ],
            _patient(17520, "female", (), pregnant=False),
            id="p25-zh-038",
        ),  # NICE NG88 Heavy menstrual bleeding (2018, updated 2021); 中华医学会妇产科学分会 异常子宫出血诊断与治疗指南（2022）；中医妇科常见病诊疗指南 2012，崩漏
        pytest.param(
            [
                "question re ramipril side effects",
                "yesterday his lips and one side of his face swelled up for a few hours, went down by itself. no breathing problems or throat tightness",
                "he's taken today's dose this morning, is that ok?",
            ],
            _patient(21170, "male", ("hypertension",), pregnant=False),
            id="p25-en-016",
        ),  # NICE CKS Angio-oedema and anaphylaxis, 2023: ACE-inhibitor angioedema - stop immediately, same-day review; BNF ACE inhibitors
        pytest.param(
            [
                "routine DM review bloods: eGFR 24, was 55 in March. creat 226",
                "he's had D&V for 3 days and kept taking metformin, ramipril, empagliflozin and furosemide",
                "lightheaded on standing, passing less urine than normal",
            ],
            _patient(
                24820,
                "male",
                (
                    "type 2 diabetes",
                    "hypertension",
                ),
                pregnant=False,
            ),
            id="p25-en-025",
        ),  # NICE NG148 Acute kidney injury, 2019; NICE NG203 CKD, 2021; Think Kidneys medicines sick-day guidance
        pytest.param(
            [
                "lithium level 1.4 (target 0.6-0.8), proper 12h sample",
                "he feels fine, no tremor, no D&V. was started on lisinopril by another GP last month",
            ],
            _patient(
                14235,
                "male",
                (
                    "bipolar disorder",
                    "hypertension",
                ),
                pregnant=False,
            ),
            id="p25-en-031",
        ),  # NICE CG185 Bipolar disorder, 2014 (updated 2023) lithium monitoring; BNF lithium interactions (ACE inhibitors)
        pytest.param(
            [
                "BP check booked next week for her HRT review",
                "she mentioned her left calf has been swollen and painful for 2 days, looks bigger than the other one",
                "no chest pain, breathing fine",
            ],
            _patient(16060, "female", ("hypertension",), pregnant=None),
            id="p25-en-034",
        ),  # NICE NG158 Venous thromboembolic diseases, 2020, 1.1: suspected DVT - ultrasound within 4 h or interim anticoagulation
        pytest.param(
            [
                "sending meter readings for her diabetes review",
                "fasting 24.6, 27.1, 26.3 over the last 3 days. very thirsty, up peeing all night, lost some weight",
                "no vomiting, eating and drinking ok, no ketone meter at home",
            ],
            _patient(20805, "female", ("type 2 diabetes",), pregnant=None),
            id="p25-en-035",
        ),  # NICE NG28 Type 2 diabetes, 2022; NICE CKS Diabetes - type 2 (symptomatic hyperglycaemia); JBDS-IP HHS 2022
        pytest.param(
            [
                "DMARD monitoring bloods: WCC 2.6, neuts 0.9, plt 88 (all normal 6 wks ago)",
                "on methotrexate 15mg weekly. pt feels ok, no fever, no sore throat",
            ],
            _patient(21170, "female", ("rheumatoid arthritis",), pregnant=False),
            id="p25-en-045",
        ),  # NICE CKS DMARDs, 2023; BSR guideline for DMARD therapy, 2017: neutrophils <1.6 or platelets <140 - withhold and discuss urgently
        pytest.param(
            [
                "insulin pump user asking for repeat of cannulas and strips",
                "BG running 18-20 since last night, blood ketones 2.0",
                "feels ok, not vomiting, drinking water",
            ],
            _patient(10585, "male", ("type 1 diabetes",), pregnant=False),
            id="p25-en-046",
        ),  # NICE NG17 Type 1 diabetes, 2015 (updated 2022); JBDS/diabetes sick-day rules: ketones 1.5-3.0 high risk of DKA - urgent same-day advice
        pytest.param(
            [
                "HF daily weights: up 2.4 kg over 4 days, ankles more swollen",
                "bit more puffed on stairs than usual but fine sitting, lying flat and sleeping as normal",
            ],
            _patient(29930, "female", ("heart failure",), pregnant=False),
            id="p25-en-054",
        ),  # NICE NG106 Chronic heart failure in adults, 2018, self-monitoring: rapid weight gain/worsening symptoms - same-day review of diuretic
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "45岁女，近两个月神疲乏力，少气懒言",
                "动则汗出，舌淡苔白，脉细弱",
                "吃饭睡觉大小便都正常，没有出血，体重没变，气虚？",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="p25-zh-041",
        ),  # 中医内科常见病诊疗指南 2008，虚劳·气虚；NICE CKS Tiredness/fatigue in adults – routine assessment and bloods
        pytest.param(
            [
                "35岁男，大便溏薄大半年了，一天两次",
                "吃油腻生冷就加重，腹胀，食少",
                "没有便血，体重没掉，不发热，脾虚便溏",
            ],
            _patient(12775, "male", (), pregnant=False),
            id="p25-zh-042",
        ),  # 中医内科常见病诊疗指南 2008，泄泻·脾胃虚弱；NICE CG61 Irritable bowel syndrome in adults (2008, updated 2017)
        pytest.param(
            [
                "38岁女，善太息，老是叹气",
                "胸胁胀闷，心情不好时明显，月经前乳房胀痛",
                "睡眠一般，没有想不开的念头，肝郁",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="p25-zh-043",
        ),  # 中医内科常见病诊疗指南 2008，郁证·肝气郁结；NICE CG90 Depression in adults – routine assessment when no risk
        pytest.param(
            [
                "88岁老太太，膝痹老毛病",
                "这几天天阴下雨，两个膝关节酸痛加重，和往年一样",
                "没有红肿发热，还能拄拐走路",
            ],
            _patient(32120, "female", ("膝骨关节炎",), pregnant=False),
            id="p25-zh-044",
        ),  # 中国基层诊疗指南：骨关节炎（2019）自我管理；中医内科常见病诊疗指南 2008，痹证·风寒湿痹
        pytest.param(
            [
                "52岁女，失眠多梦半年",
                "心悸健忘，纳差，面色少华，舌淡脉细",
                "白天能干活，就是想调一调，心脾两虚",
            ],
            _patient(18980, "female", (), pregnant=False),
            id="p25-zh-045",
        ),  # 中医内科常见病诊疗指南 2008，不寐·心脾两虚；中国基层诊疗指南：失眠症基层诊疗指南（2018）
        pytest.param(
            [
                "25岁女，下午喝了两大杯浓茶后心慌",
                "脉数96次，整齐有力，没有胸痛，没有头晕晕倒",
                "休息半小时已经好多了，心悸吗",
            ],
            _patient(9125, "female", (), pregnant=False),
            id="p25-zh-046",
        ),  # NICE CKS Palpitations (2020) – benign trigger-related palpitations, no red flags; 中医内科常见病诊疗指南 2008，心悸
        pytest.param(
            [
                "72岁男，胸痹好多年了，一直吃药",
                "胸闷憋气跟平常一样，爬到三楼才发作，含药一两分钟就好",
                "频率和程度都没变化，药快吃完了，想来开点药",
            ],
            _patient(
                26280,
                "male",
                (
                    "冠心病",
                    "稳定型心绞痛",
                ),
                pregnant=False,
            ),
            id="p25-zh-047",
        ),  # NICE CG126 Stable angina (2011, updated 2016) routine review; 中国基层诊疗指南：稳定性冠心病基层诊疗指南（2020）
        pytest.param(
            [
                "30岁女，平时血压偏低，95/60",
                "蹲久了猛一站起来眼前发黑头晕，几秒钟就恢复了，眩晕？",
                "没晕倒过，没心慌胸痛",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="p25-zh-048",
        ),  # NICE CKS Blackouts/dizziness – initial orthostatic dizziness with no red flags; 中医内科常见病诊疗指南 2008，眩晕
        pytest.param(
            [
                "40岁男，前天淋雨受凉",
                "头项强痛，恶寒，鼻塞流清涕，体温37.3",
                "能吃能睡，风寒头痛",
            ],
            _patient(14600, "male", (), pregnant=False),
            id="p25-zh-049",
        ),  # NICE CKS Common cold (2022) self-care; 中医内科常见病诊疗指南 2008，感冒·风寒证
        pytest.param(
            [
                "22岁男，感冒咳嗽三天",
                "今天早上用力咳了一阵后痰里带了几丝血丝，就一次",
                "不发热，不气短，不抽烟，以前没有肺病，咯血？",
            ],
            _patient(8030, "male", (), pregnant=False),
            id="p25-zh-050",
        ),  # NICE NG12 Suspected cancer (haemoptysis referral criteria apply ≥40 years); NICE CKS Cough – minor blood streaking with acute infection, routine review
        pytest.param(
            [
                "7岁女孩，天气干燥，喜欢挖鼻子",
                "这周鼻衄两次，都是捏住鼻子5分钟就止了",
                "精神好，身上没有出血点和瘀斑",
            ],
            _patient(2555, "female", (), pregnant=False),
            id="p25-zh-051",
        ),  # NICE CKS Epistaxis (2023), recurrent anterior epistaxis in children – first aid and self-care; 中医儿科 鼻衄
        pytest.param(
            [
                "35岁女，痔疮好多年了",
                "这两天大便干结，便后滴几滴鲜血，痔核脱出能自己回去",
                "没头晕，血不和大便混在一起，便血",
            ],
            _patient(12775, "female", ("痔疮",), pregnant=False),
            id="p25-zh-052",
        ),  # NICE CKS Haemorrhoids (2021) self-care and dietary advice; 中医外科 痔
        pytest.param(
            [
                "55岁女，水肿？",
                "最近久坐后傍晚两条小腿轻度浮肿，按一下有小坑，早上起来就消了",
                "两边一样，不气短，能平卧，小便正常",
            ],
            _patient(20075, "female", (), pregnant=False),
            id="p25-zh-053",
        ),  # NICE CKS Oedema – bilateral dependent oedema without red flags, routine assessment; 中医内科常见病诊疗指南 2008，水肿
        pytest.param(
            [
                "63岁男，消渴病五年，吃二甲双胍",
                "最近空腹血糖7.5左右，没有不舒服",
                "药快吃完了，想来复诊开药",
            ],
            _patient(22995, "male", ("2型糖尿病",), pregnant=False),
            id="p25-zh-054",
        ),  # 国家基层糖尿病防治管理指南（2022）随访管理；中医内科常见病诊疗指南 2008，消渴
        pytest.param(
            [
                "3岁男孩，纳呆不爱吃饭，形体偏瘦",
                "腹胀，晚上睡不安稳，磨牙",
                "精神活泼，能玩，大小便正常，疳积？",
            ],
            _patient(1095, "male", (), pregnant=False),
            id="p25-zh-055",
        ),  # 中医儿科常见病诊疗指南 2012，疳证·疳气；WHO child growth monitoring – routine nutritional assessment
        pytest.param(
            [
                "26岁孕妇，怀孕8周",
                "早上起来恶心呕吐明显，妊娠恶阻？",
                "每天还能吃饭喝水，小便正常，体重没掉，不头晕",
            ],
            _patient(9490, "female", ("妊娠8周",), pregnant=True),
            id="p25-zh-056",
        ),  # RCOG Green-top Guideline 69 Nausea and vomiting of pregnancy (2016, updated 2024), mild NVP – community self-care; 中医妇科常见病诊疗指南 2012，妊娠恶阻
        pytest.param(
            [
                "5岁男孩，昨天高热39度",
                "吃了退烧药降到37.5，现在能玩能吃",
                "有点咽痛，没有皮疹，不气急，尿正常",
            ],
            _patient(1825, "male", (), pregnant=False),
            id="p25-zh-057",
        ),  # NICE NG143 Fever in under 5s (2019), green features → home care with safety-netting
        pytest.param(
            [
                "19岁女，今天抽血时看到血一下昏厥了",
                "平卧一分钟就醒了，没抽搐，没咬舌头",
                "现在一切正常，没有心悸胸痛，以前身体好，厥证？",
            ],
            _patient(6935, "female", (), pregnant=False),
            id="p25-zh-058",
        ),  # NICE CG109 Transient loss of consciousness (2010, updated 2023), uncomplicated faint (vasovagal) – reassure, no further urgent assessment
        pytest.param(
            [
                "90岁老爷子，舌质紫暗有瘀斑，偶尔摸到脉结代",
                "这些都是好多年了，以前查心电图说是偶发早搏",
                "没有胸痛，不头晕，没晕过，吃饭睡觉都正常",
            ],
            _patient(32850, "male", ("偶发室性早搏",), pregnant=False),
            id="p25-zh-059",
        ),  # NICE CKS Palpitations (2020) – known ectopics without red flags, routine review; 中医内科常见病诊疗指南 2008，心悸·瘀阻心脉
        pytest.param(
            [
                "65岁女，三年前脑梗，留下左侧半身痿软",
                "最近没有新变化，没有新的麻木无力，说话正常",
                "想来开中药做针灸调理",
            ],
            _patient(
                23725,
                "female",
                (
                    "脑梗死后遗症",
                    "高血压",
                ),
                pregnant=False,
            ),
            id="p25-zh-060",
        ),  # 中国基层诊疗指南：脑卒中基层诊疗指南（2021）康复与二级预防；中医内科常见病诊疗指南 2008，中风后遗症
        pytest.param(
            [
                "annual kidney bloods letter: eGFR 52 (54 last yr), ACR 2.1",
                "BP at the pharmacy 132/78. he wants to know if he needs to do anything",
            ],
            _patient(
                25915,
                "male",
                (
                    "chronic kidney disease",
                    "hypertension",
                ),
                pregnant=False,
            ),
            id="p25-en-003",
        ),  # NICE NG203 Chronic kidney disease, 2021, 1.3 monitoring (stable CKD G3a A1 - annual review)
        pytest.param(
            [
                "daughter sending his home BP readings: avg 128/76 sitting, 124/74 standing",
                "he's well, no dizziness or falls. does anything need changing?",
            ],
            _patient(33580, "male", ("hypertension",), pregnant=False),
            id="p25-en-007",
        ),  # NICE NG136 Hypertension, 2019 (updated 2023), 1.4 targets (age >=80 home BP <145/85)
        pytest.param(
            [
                "started amlodipine 10mg 6 wks ago, both ankles puffy by evening, goes down overnight",
                "not breathless, sleeps flat on 1 pillow, no calf pain",
            ],
            _patient(24820, "female", ("hypertension",), pregnant=False),
            id="p25-en-008",
        ),  # NICE CKS Hypertension (calcium-channel blocker ankle oedema); BNF amlodipine
        pytest.param(
            [
                "thyroid result on levothyroxine 75: TSH 5.2, fT4 13",
                "she feels fine, occasionally tired",
            ],
            _patient(20805, "female", ("hypothyroidism",), pregnant=False),
            id="p25-en-010",
        ),  # NICE NG145 Thyroid disease, 2019; NICE CKS Hypothyroidism (dose adjustment, recheck in 6-8 wks)
        pytest.param(
            [
                "repeat apixaban please, and she asks if small bruises on her forearms are normal",
                "no nosebleeds, no blood in wee or poo, bruises are where she's knocked herself",
            ],
            _patient(30295, "female", ("atrial fibrillation",), pregnant=False),
            id="p25-en-011",
        ),  # NICE CKS Anticoagulation - oral, 2023 (minor bruising on DOAC); NICE NG196 AF 2021
        pytest.param(
            [
                "on atorvastatin 20 for a year, some mild achy calves after gardening",
                "no weakness, urine normal colour, no new meds, wants to discuss",
            ],
            _patient(23725, "male", ("hyperlipidaemia",), pregnant=False),
            id="p25-en-018",
        ),  # NICE NG238 CVD risk assessment and lipid modification, 2023: statin-associated muscle symptoms - check CK, routine review
        pytest.param(
            [
                "he bought a glucose meter - 9.8 two hours after dinner, 6.4 fasting",
                "HbA1c last month 50, on metformin. is 9.8 bad?",
            ],
            _patient(22995, "male", ("type 2 diabetes",), pregnant=False),
            id="p25-en-023",
        ),  # NICE NG28 Type 2 diabetes, 2015 (updated 2022), 1.6 self-monitoring not routinely needed; HbA1c target 48-53
        pytest.param(
            [
                "annual COPD review + repeat inhalers please",
                "usual breathlessness on hills, no change in sputum, sats 95% on her own machine, no flare-ups this year",
            ],
            _patient(25185, "female", ("COPD",), pregnant=False),
            id="p25-en-024",
        ),  # NICE NG115 COPD in over 16s, 2018 (updated 2019): annual review of stable COPD
        pytest.param(
            [
                "started metformin 500mg 10 days ago, some loose stools and mild tummy ache after taking it",
                "eating and drinking normally, no vomiting, no blood. is this normal?",
            ],
            _patient(18980, "male", ("type 2 diabetes",), pregnant=False),
            id="p25-en-026",
        ),  # NICE CKS Diabetes - type 2 (metformin GI adverse effects: take with food, slow titration, MR if persistent)
        pytest.param(
            [
                "DM review bloods: HbA1c 58 (was 55), BP 134/82, eGFR 84",
                "he's well, no symptoms, asks if he needs more tablets",
            ],
            _patient(20075, "male", ("type 2 diabetes",), pregnant=False),
            id="p25-en-029",
        ),  # NICE NG28 Type 2 diabetes, 2015 (updated 2022), 1.6: intensify treatment if HbA1c rises to 58
        pytest.param(
            [
                "home BP diary for 7 days as asked: average 148/90",
                "no headaches or other symptoms, just wants to know next step",
            ],
            _patient(17155, "female", (), pregnant=None),
            id="p25-en-032",
        ),  # NICE NG136 Hypertension, 2019 (updated 2023), 1.2 diagnosis: HBPM >=135/85 stage 1 - routine assessment
        pytest.param(
            [
                "daily weights this week for HF nurse: 74.2, 74.0, 74.5, 74.3, 74.6, 74.4, 74.7",
                "no extra breathlessness, ankles same as usual, sleeping flat on 2 pillows as always",
            ],
            _patient(29200, "male", ("heart failure",), pregnant=False),
            id="p25-en-033",
        ),  # NICE NG106 Chronic heart failure in adults, 2018 (self-monitoring; stable weight)
        pytest.param(
            [
                "would like to book her annual asthma review + repeat inhaler",
                "uses reliever maybe once a fortnight, no night waking, PEF 450 (best 470)",
            ],
            _patient(9490, "female", ("asthma",), pregnant=None),
            id="p25-en-041",
        ),  # BTS/NICE/SIGN Asthma 2024: annual review of controlled asthma
        pytest.param(
            [
                "on gliclazide 80mg, skipped lunch yesterday on a long walk and felt shaky, BM 3.8, fine after a sandwich",
                "no other lows. he drives - anything he should do?",
            ],
            _patient(24090, "male", ("type 2 diabetes",), pregnant=False),
            id="p25-en-047",
        ),  # NICE CKS Hypoglycaemia; DVLA Assessing fitness to drive 2024 (sulfonylureas); NICE NG28 2022
        pytest.param(
            [
                "2 wk bloods after starting ramipril: eGFR 60 (68 before), creat 112 (was 100), K 4.6",
                "all ok?",
            ],
            _patient(21535, "male", ("hypertension",), pregnant=False),
            id="p25-en-048",
        ),  # NICE NG203 Chronic kidney disease, 2021, 1.6: eGFR fall <25% after starting ACE inhibitor - no change needed
        pytest.param(
            [
                "INR 3.4 today (target 2.5), last one 2.8",
                "no bleeding or bruising, no new meds. dose adjustment?",
            ],
            _patient(28105, "male", ("atrial fibrillation",), pregnant=False),
            id="p25-en-050",
        ),  # NICE CKS Anticoagulation - oral, 2023; BSH 2011 (INR mildly above range without bleeding - dose adjustment)
        pytest.param(
            [
                "re her ramipril - tickly dry cough for 2 months, no fever, not breathless, no weight loss",
                "asks if it's the tablet and can she swap",
            ],
            _patient(22630, "female", ("hypertension",), pregnant=False),
            id="p25-en-053",
        ),  # NICE NG136 Hypertension, 2019 (updated 2023); NICE CKS Hypertension: ACE-inhibitor cough - switch to ARB
        pytest.param(
            [
                "since bisoprolol went up to 5mg, cold fingers and a bit more tired",
                "home pulse 58-62, BP 124/74, no dizziness or faints",
            ],
            _patient(
                26280,
                "female",
                (
                    "hypertension",
                    "atrial fibrillation",
                ),
                pregnant=False,
            ),
            id="p25-en-057",
        ),  # NICE NG196 Atrial fibrillation, 2021 (rate control, beta-blocker adverse effects); BNF bisoprolol
        pytest.param(
            [
                "since starting dapagliflozin she's had itchy white discharge. no fever, no pain down below or in tummy, no vomiting, eating fine",
                "can she get something from the pharmacy?",
            ],
            _patient(17520, "female", ("type 2 diabetes",), pregnant=None),
            id="p25-en-058",
        ),  # NICE CKS Candida - female genital, 2023; MHRA SGLT2 inhibitor genital infection advice
        pytest.param(
            [
                "routine bloods on lisinopril: K 5.3 (was 5.0), creat 88 stable, eGFR 62",
                "she feels well",
            ],
            _patient(
                25550,
                "female",
                (
                    "hypertension",
                    "type 2 diabetes",
                ),
                pregnant=False,
            ),
            id="p25-en-059",
        ),  # NICE NG203 Chronic kidney disease, 2021, 1.6 RAAS antagonists (K <=6.0 continue, recheck); UK Kidney Association 2020
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
