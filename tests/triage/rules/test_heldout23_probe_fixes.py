# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A twenty-third held-out round (2026-12-06, at commit 52a8d47: two reviewers, 120 cases on
what no earlier round took: reactions during and after care given at the clinic: an infusion
reaction, anaphylaxis to an injection, a drip or a vaccine, alcohol on a cephalosporin or
metronidazole (头孢配酒), vaccine reactions in babies, a drip that leaked into the tissue, a vein
inflamed along a cannula, an arm swollen around a PICC, bleeding after a tooth extraction, pain
after a coil fitting, a needlestick, and a new medicine's side effects (a rash on allopurinol or
lamotrigine, an alpha-blocker's faint, tendon pain on a quinolone, a statin with
clarithromycin); 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the
rules found 14 of 16 and 14 of 16 emergencies, graded 11 of 24 and 11 of 24 same-day cases
exactly, and sent 0 of 20 and 1 of 20 look-alikes to emergency.

What changed: a vaccine, injection or drip given at the clinic is the likely allergen of an
anaphylaxis (RCUK 2021), whose circulation signs include a baby gone pale and floppy and a
pressure that cannot be measured (血压量不出来), and a swollen tongue with drooling threatens the
airway; new triage/rules/rules_after_care.py: extravasation (RCN 2016), phlebitis along a
cannula, an arm swollen around a line (NICE NG158), bleeding after an extraction that pressure
does not stop (SDCEP 2022), a needlestick (WHO, BHIVA 2021); in rules_medicines: hives or a rash
after a medicine (NICE CG183; allopurinol, lamotrigine, carbamazepine, phenytoin per the MHRA),
a disulfiram-like reaction, an alpha-blocker's first-dose faint, tendon pain on a
fluoroquinolone, a statin's myopathy; a young infant's fever after today's vaccines with
nothing else wrong is reviewed the same day (UKHSA Green Book, NICE NG143); severe pain or
missing threads after a coil fitting (FSRH 2023); a fluctuant red swelling is an abscess;
spreading redness (红的范围比昨天大) is a wound infection getting worse; "can't feel threads"
after a denied item stays present. After: 16/16, 16/16; 22/24, 21/24; look-alikes 20/20,
20/20.

Left as they are: a 2-month-old crying inconsolably and high-pitched after vaccines with a
temperature of 37.6 stays an emergency (WHO: a young infant's temperature of 37.5 or more and a
high-pitched cry), as do a baby pale and unresponsive for 10 minutes after jabs, now recovered
(a hypotonic-hyporesponsive episode cannot be told from worse by text), an 82-year-old newly
delirious on levofloxacin with pneumonia (NICE NG51), a faint with a standing pressure of 84/52
on doxazosin, and repeated vomiting with a pulse of 120 after alcohol on cefoperazone (the
dehydration rule)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "宝宝6个月刚打完疫苗在留观区",
                "大概10分钟吧，脸上身上冒出好多风团，吐了一口奶",
                "现在脸发白，软软的不怎么哭，抱着没力气",
            ],
            _patient(180, "female", (), pregnant=None),
            id="p23-zh-006",
        ),  # 国家卫健委《全国疑似预防接种异常反应监测方案》临床诊断与处理; 《预防接种工作规范》2023年版 接种后留观与异常反应处置; WHO AEFI anaphylaxis management; 《严重过敏反应诊断和临床管理专家共识》2019, 诊断标准与肾上腺素肌注; Resuscitation Council UK Emergency treatment of anaphylaxis 2021
        pytest.param(
            [
                "40岁男的手被铁皮划了，缝了5针，完了给他打了破伤风抗毒素",
                "十分钟不到说浑身痒，喘不上气，嗓子里呼呼响",
                "血压量不出来",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="p23-zh-016",
        ),  # 《严重过敏反应诊断和临床管理专家共识》2019, 诊断标准与肾上腺素肌注; Resuscitation Council UK Emergency treatment of anaphylaxis 2021; 破伤风抗毒素说明书 过敏性休克
        pytest.param(
            [
                "IV co-amoxiclav running for her leg cellulitis, started 15 min ago",
                "she say voice going hoarse and hard to swallow, face red blotchy, sats dropped to 91%",
            ],
            _patient(21170, "female", ("asthma",), pregnant=False),
            id="p23-en-003",
        ),  # Resuscitation Council UK, Emergency treatment of anaphylaxis 2021, recognition and IM adrenaline; BNF co-amoxiclav hypersensitivity
        pytest.param(
            [
                "pt 67M started ramipril 2 wks ago",
                "tongue very swollen now, drooling, speech funny, some noisy breathing",
            ],
            _patient(24455, "male", ("hypertension",), pregnant=None),
            id="p23-en-008",
        ),  # NICE CKS Angio-oedema and anaphylaxis 2023, airway involvement; BNF ACE inhibitors
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "昨天在我们这输完了三天头孢的那个姑娘，29岁",
                "今天早上身上起了好多风团，很痒，一片一片的",
                "问了没有嘴唇肿，不喘不胸闷，也没肚子疼",
            ],
            _patient(10585, "female", (), pregnant=False),
            id="p23-zh-018",
        ),  # NICE CKS Urticaria (acute, drug-induced); Resuscitation Council UK 2021 (non-anaphylaxis allergic reaction)
        pytest.param(
            [
                "80岁老太太低钙，推葡萄糖酸钙的时候漏到血管外面去了",
                "现在手背肿得老高，皮肤发白，还起了几个小水泡",
                "她说火辣辣地疼",
            ],
            _patient(29200, "female", (), pregnant=None),
            id="p23-zh-019",
        ),  # WS/T 433-2013《静脉治疗护理技术操作规范》静脉炎/药物渗出与外渗/输液反应处理 药物外渗(刺激性/发疱性药物)
        pytest.param(
            [
                "66岁大爷，三天前在左手臂扎的留置针输液",
                "现在那根血管一条红线硬硬的，针眼那里挤出来一点脓",
                "今天烧到38.5",
            ],
            _patient(24090, "male", ("2型糖尿病",), pregnant=None),
            id="p23-zh-020",
        ),  # WS/T 433-2013《静脉治疗护理技术操作规范》静脉炎/药物渗出与外渗/输液反应处理 静脉炎(化脓性)
        pytest.param(
            [
                "问个事，40岁男的在吃头孢克肟，晚上应酬喝了几杯啤酒",
                "现在脸红脖子红，头痛，有点恶心心慌",
                "血压130/85，心率100，不胸痛不喘，人清醒",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="p23-zh-024",
        ),  # 头孢菌素类药品说明书 双硫仑样反应: 停止饮酒、及时就医观察
        pytest.param(
            [
                "76岁老爷子前列腺增生，昨天开始吃特拉唑嗪",
                "今早起床上厕所，站起来眼前一黑差点摔倒，扶着墙没倒",
                "现在坐着血压105/65，站起来量90/55，还晕",
            ],
            _patient(
                27740,
                "male",
                (
                    "前列腺增生",
                    "高血压",
                ),
                pregnant=None,
            ),
            id="p23-zh-025",
        ),  # 特拉唑嗪说明书 首剂效应/体位性低血压; NICE CG161 Falls
        pytest.param(
            [
                "62岁痛风的，三周前开始吃别嘌醇",
                "这两天身上起了红疹子，从胸口背上开始，现在胳膊腿上也有了，很痒",
                "暂时没发烧，嘴里眼睛都没事，没起水泡",
            ],
            _patient(
                22630,
                "male",
                (
                    "痛风",
                    "慢性肾病",
                ),
                pregnant=None,
            ),
            id="p23-zh-026",
        ),  # 别嘌醇片说明书 皮疹即停药(SJS/TEN/DRESS风险); MHRA allopurinol hypersensitivity
        pytest.param(
            [
                "45岁女的，上午拔的智齿",
                "回家一直在渗血，咬棉球咬了半个多小时，拿开还在慢慢冒",
                "没吃抗凝药，人没事，不头晕",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="p23-zh-027",
        ),  # SDCEP Management of post-extraction bleeding 2015; 拔牙术后出血处理
        pytest.param(
            [
                "小伙子24岁，三天前在我们这缝的小腿伤口",
                "今天伤口周围红肿发烫，红的范围比昨天大，拆了一针有脓出来",
                "体温37.9",
            ],
            _patient(8760, "male", (), pregnant=None),
            id="p23-zh-030",
        ),  # NICE NG125 Surgical site infections 2019; NICE NG141 Cellulitis 2019
        pytest.param(
            [
                "两岁孩子手背上输液补钾，家长没看住，鼓了好大一个包才发现",
                "肿到手腕了，皮肤发白发亮，摸着凉，手指头不太愿意动",
                "针已经拔了",
            ],
            _patient(730, "male", (), pregnant=None),
            id="p23-zh-032",
        ),  # WS/T 433-2013《静脉治疗护理技术操作规范》静脉炎/药物渗出与外渗/输液反应处理 药物外渗(高渗/刺激性), 肢端血运评估
        pytest.param(
            [
                "70岁阿姨在我们诊所门口台阶滑倒，右手撑了一下地",
                "手腕肿起来了，形状有点歪，一碰就疼",
                "手指能动，有感觉，不麻，没磕着头",
            ],
            _patient(25550, "female", ("骨质疏松",), pregnant=None),
            id="p23-zh-033",
        ),  # NICE NG38 Fractures (non-complex) 2016, suspected distal radius fracture
        pytest.param(
            [
                "50岁男的，一周前在我们这屁股上打了几天针",
                "现在左边屁股打针的地方又红又肿又疼，摸着有一块软软的，有波动感",
                "体温37.8",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="p23-zh-036",
        ),  # NICE CKS Skin abscess (incision and drainage); 肌内注射并发症-注射部位脓肿
        pytest.param(
            [
                "cannula L hand since yday for IV abx",
                "now red line going up forearm, vein hard n tender, warm",
                "temp 38.1, BP 132/80, otherwise ok",
            ],
            _patient(24090, "male", (), pregnant=None),
            id="p23-en-017",
        ),  # RCN Standards for infusion therapy 2016, phlebitis (VIP score); NICE CG139 Infection prevention 2012 (updated 2017)
        pytest.param(
            [
                "during iron drip she said arm burning",
                "site swollen, skin pale n tight, we stopped the drip, now brownish colour around it",
            ],
            _patient(13140, "female", ("iron deficiency anaemia",), pregnant=False),
            id="p23-en-018",
        ),  # MHRA Drug Safety Update, IV iron extravasation and skin staining; RCN Standards for infusion therapy 2016, extravasation
        pytest.param(
            [
                "pt has PICC for chemo",
                "whole R arm swollen since yesterday, heavy ache, veins showing on chest",
            ],
            _patient(21535, "female", ("breast cancer",), pregnant=False),
            id="p23-en-019",
        ),  # NICE NG158 Venous thromboembolic diseases 2020; RCN infusion standards 2016
        pytest.param(
            [
                "IV ceftriaxone started, after 5 min itchy hives on arms n chest",
                "stopped drip. no lip swelling, breathing fine, BP 124/80 sats 98",
            ],
            _patient(16060, "female", (), pregnant=False),
            id="p23-en-021",
        ),  # Resuscitation Council UK anaphylaxis 2021 (skin-only reactions: observe, seek senior review); NICE CG183 Drug allergy 2014
        pytest.param(
            [
                "74M on cipro day 4 for uti, also on pred",
                "back of heel very painful n swollen, hard to walk",
            ],
            _patient(27010, "male", ("COPD",), pregnant=None),
            id="p23-en-024",
        ),  # MHRA Drug Safety Update 2019 fluoroquinolones, stop at first sign of tendinitis; BNF ciprofloxacin
        pytest.param(
            [
                "tooth pulled 4 hr ago at dentist, still bleeding",
                "bit on gauze 20 min x2, mouth keep filling with blood, he on apixaban",
                "alert, pulse 88 BP 138/82",
            ],
            _patient(25550, "male", ("atrial fibrillation",), pregnant=None),
            id="p23-en-026",
        ),  # SDCEP Management of dental patients taking anticoagulants or antiplatelet drugs 2022, post-operative bleeding
        pytest.param(
            [
                "mirena put in this morning, she 4 mo postpartum breastfeeding",
                "pain got worse since, now 8/10 not helped by ibuprofen, cant feel threads",
            ],
            _patient(11680, "female", ("breastfeeding",), pregnant=False),
            id="p23-en-028",
        ),  # FSRH Intrauterine contraception 2023, suspected uterine perforation
        pytest.param(
            [
                "27F started lamotrigine 2 wk ago",
                "new red rash chest n arms since yday, no mouth sores, no fever",
            ],
            _patient(9855, "female", ("epilepsy",), pregnant=False),
            id="p23-en-036",
        ),  # BNF lamotrigine, serious skin reactions (rash in first 8 weeks needs urgent assessment)
        pytest.param(
            [
                "dr gave clarithromycin 4 days ago for chest, he is on simva 40",
                "now legs very achy n weak, urine dark like cola",
            ],
            _patient(25185, "male", ("hypercholesterolaemia",), pregnant=None),
            id="p23-en-038",
        ),  # MHRA Drug Safety Update 2012 simvastatin interactions; BNF simvastatin (myopathy/rhabdomyolysis)
        pytest.param(
            [
                "our nurse got needlestick with used needle after taking blood from pt who is HIV+ (viral load not known)",
                "30 min ago, she washed it already",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="p23-en-040",
        ),  # BHIVA/BASHH UK guideline for HIV post-exposure prophylaxis (PEP) 2021, start as soon as possible
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "8个月宝宝昨天打的疫苗",
                "打针的地方有点红肿，大概一个硬币那么大，今天有点低烧37.8",
                "吃奶玩耍都正常，要紧吗",
            ],
            _patient(240, "male", (), pregnant=None),
            id="p23-zh-041",
        ),  # 国家卫健委《全国疑似预防接种异常反应监测方案》临床诊断与处理; 《预防接种工作规范》2023年版 接种后留观与异常反应处置 一般反应(局部红肿<2.5cm、低热)
        pytest.param(
            [
                "15岁女孩打HPV疫苗，打完坐着说眼前发黑头晕",
                "我们马上让她躺下，不到一分钟就缓过来了，没摔着",
                "现在脸色回来了，血压105/70，说没事了",
            ],
            _patient(5475, "female", (), pregnant=False),
            id="p23-zh-042",
        ),  # WHO Immunization stress-related responses 2019; 国家卫健委《全国疑似预防接种异常反应监测方案》临床诊断与处理; 《预防接种工作规范》2023年版 接种后留观与异常反应处置 晕厥处理
        pytest.param(
            [
                "昨天输完液拔针，今天手背针眼那里青了一块，大概两厘米",
                "不肿不怎么疼，就是看着吓人",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="p23-zh-043",
        ),  # WS/T 433-2013《静脉治疗护理技术操作规范》静脉炎/药物渗出与外渗/输液反应处理 穿刺点皮下淤血
        pytest.param(
            [
                "给48岁阿姨慢慢推葡萄糖酸钙，她说全身发热，脸也红了",
                "停了一下，几分钟就好了",
                "没皮疹不憋气，血压心率都正常",
            ],
            _patient(17520, "female", (), pregnant=False),
            id="p23-zh-044",
        ),  # 葡萄糖酸钙注射液说明书 静注时全身发热感(推注宜缓慢)
        pytest.param(
            [
                "63岁阿姨上个月换了贝那普利",
                "这两周一直干咳，嗓子痒，晚上咳得多",
                "不发烧不喘，嘴唇舌头都没肿，血压控制得挺好",
            ],
            _patient(22995, "female", ("高血压",), pregnant=None),
            id="p23-zh-045",
        ),  # 贝那普利说明书 干咳; NICE NG136 Hypertension 2019 (ACEi intolerance→ARB)
        pytest.param(
            [
                "69岁大爷吃氨氯地平一个多月了",
                "这几天发现两个脚踝有点肿，下午明显，早上起来就消了",
                "不喘不胸闷，晚上能平躺",
            ],
            _patient(25185, "male", ("高血压",), pregnant=None),
            id="p23-zh-046",
        ),  # 氨氯地平说明书 外周水肿
        pytest.param(
            [
                "52岁阿姨刚开始吃二甲双胍三天",
                "说肚子有点胀，大便稀了两次，有点没胃口",
                "不吐，不发烧，能吃东西",
            ],
            _patient(18980, "female", ("2型糖尿病",), pregnant=None),
            id="p23-zh-047",
        ),  # 二甲双胍说明书 胃肠道反应(随餐服用、逐渐加量); 《中国2型糖尿病防治指南(2020年版)》
        pytest.param(
            [
                "前天输液的地方，沿着血管有一小段红，大概三四公分，按着有点疼",
                "不肿，没有硬条，不发烧",
            ],
            _patient(14965, "female", (), pregnant=False),
            id="p23-zh-048",
        ),  # WS/T 433-2013《静脉治疗护理技术操作规范》静脉炎/药物渗出与外渗/输液反应处理 静脉炎(1级)局部处理
        pytest.param(
            [
                "输生理盐水的时候鼓了个包，手背有点肿",
                "已经拔了换了另一只手，现在肿消了一大半，不白不凉，也不怎么疼",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="p23-zh-049",
        ),  # WS/T 433-2013《静脉治疗护理技术操作规范》静脉炎/药物渗出与外渗/输液反应处理 非刺激性药物渗出
        pytest.param(
            [
                "3个月宝宝一周前打的百白破",
                "大腿打针的地方摸着有个小硬疙瘩，黄豆那么大",
                "不红不热，宝宝也不闹",
            ],
            _patient(100, "female", (), pregnant=None),
            id="p23-zh-050",
        ),  # 国家卫健委《全国疑似预防接种异常反应监测方案》临床诊断与处理; 《预防接种工作规范》2023年版 接种后留观与异常反应处置 一般反应(局部硬结)
        pytest.param(
            [
                "宝宝出生时打的卡介苗，现在快两个月了",
                "胳膊上打针那里先是个小红疙瘩，后来化脓了，现在破了流点水",
                "腋下摸着没有疙瘩，孩子不发烧",
            ],
            _patient(58, "male", (), pregnant=None),
            id="p23-zh-051",
        ),  # WHO BCG vaccine information sheet (normal local reaction); 国家卫健委《全国疑似预防接种异常反应监测方案》临床诊断与处理; 《预防接种工作规范》2023年版 接种后留观与异常反应处置
        pytest.param(
            [
                "小伙子今天下午拔的牙",
                "吐口水还带点血丝，咬着棉球就不怎么出了",
                "问要不要紧",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="p23-zh-052",
        ),  # SDCEP post-extraction advice; 拔牙术后医嘱
        pytest.param(
            [
                "30岁女的，三天前上的环",
                "这几天有一点点点滴出血，肚子有点坠坠的隐痛",
                "不发烧，出血量很少，用护垫就够",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="p23-zh-053",
        ),  # FSRH Intrauterine Contraception 2019, expected bleeding/cramping after insertion
        pytest.param(
            [
                "19岁男孩五天前手指割伤在我们这缝了三针",
                "针眼周围有点点红，范围不大，不流脓，不怎么疼，不发烧",
                "问什么时候拆线",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="p23-zh-054",
        ),  # NICE CKS Lacerations; 外科缝合伤口拆线时间
        pytest.param(
            [
                "36岁女的在吃甲硝唑治阴道炎",
                "说嘴里一股金属味，尿颜色有点深",
                "没别的不舒服，也没喝酒",
            ],
            _patient(13140, "female", (), pregnant=False),
            id="p23-zh-055",
        ),  # 甲硝唑片说明书 口中金属味、尿液深红色
        pytest.param(
            [
                "44岁男的，昨天背上疖子切开引流了",
                "今天说伤口有点疼，纱布上有些淡红的渗液",
                "周围不红不肿，不发烧，明天还要来换药吗",
            ],
            _patient(16060, "male", (), pregnant=None),
            id="p23-zh-056",
        ),  # NICE CKS Skin abscess (post-drainage care, follow-up dressing)
        pytest.param(
            [
                "57岁阿姨前天开始吃硝苯地平控释片",
                "说这两天有点头胀，脸有点发热发红",
                "血压量了135/85，不胸痛不心慌，没有肢体麻木",
            ],
            _patient(20805, "female", ("高血压",), pregnant=None),
            id="p23-zh-057",
        ),  # 硝苯地平控释片说明书 头痛、面部潮红(多见于初始用药)
        pytest.param(
            [
                "90岁老太太昨天打了流感疫苗",
                "今天说胳膊酸，抬起来有点疼，人有点乏",
                "体温37.3，吃饭精神跟平时差不多",
            ],
            _patient(32850, "female", ("高血压",), pregnant=None),
            id="p23-zh-058",
        ),  # 流感疫苗说明书 一般反应; 国家卫健委《全国疑似预防接种异常反应监测方案》临床诊断与处理; 《预防接种工作规范》2023年版 接种后留观与异常反应处置
        pytest.param(
            [
                "66岁男的，上周开始吃缬沙坦",
                "说有时候蹲下站起来太快会有一点点晕，站一会就好",
                "没晕倒过，血压125/75",
            ],
            _patient(24090, "male", ("高血压",), pregnant=None),
            id="p23-zh-059",
        ),  # 缬沙坦说明书 头晕/体位性低血压; NICE NG136 Hypertension 2019 review
        pytest.param(
            [
                "4岁小孩在我们诊所里跑着玩滑了一跤，额头磕到椅子上",
                "当时马上就哭了，没晕，起了个小包",
                "现在半个小时了又在玩了，没吐，说话走路都正常",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="p23-zh-060",
        ),  # NICE NG232 Head injury 2023 (no risk factors: home advice)
        pytest.param(
            [
                "had flu jab yday",
                "arm sore, small red patch ~3cm, temp 37.9, bit achy",
            ],
            _patient(24090, "female", (), pregnant=None),
            id="p23-en-041",
        ),  # UKHSA Green Book Chapter 19 Influenza, expected local and mild systemic reactions
        pytest.param(
            [
                "baby 8 wk had jabs incl MenB this morning",
                "temp 38.1, mum gave 2nd paracetamol dose as advised",
                "feeding ok alert, wet nappies normal",
            ],
            _patient(58, "female", (), pregnant=None),
            id="p23-en-042",
        ),  # UKHSA Green Book Chapter 22 Meningococcal (fever after MenB expected, prophylactic paracetamol)
        pytest.param(
            [
                "child had preschool booster yesterday",
                "upper arm swollen n red from shoulder nearly to elbow, bit warm",
                "playing normal, no fever, moves arm fine",
            ],
            _patient(1220, "male", (), pregnant=None),
            id="p23-en-043",
        ),  # UKHSA Green Book Chapter 8, Vaccine safety and management of adverse events following immunisation, extensive limb swelling after booster doses
        pytest.param(
            [
                "13yo girl had HPV jab, fainted when stood up, out few sec",
                "lay her down legs up, now pink n talking fine, BP 108/68",
            ],
            _patient(4745, "female", (), pregnant=None),
            id="p23-en-044",
        ),  # UKHSA Green Book Chapter 8, Vaccine safety and management of adverse events following immunisation, vasovagal syncope after vaccination
        pytest.param(
            [
                "pt had bloods + cannula yday",
                "purple bruise ~2cm at elbow, not swollen, not much pain, arm otherwise normal",
                "he on aspirin",
            ],
            _patient(28105, "male", ("ischaemic heart disease",), pregnant=None),
            id="p23-en-045",
        ),  # RCN Standards for infusion therapy 2016, minor haematoma at venepuncture site
        pytest.param(
            [
                "during ferinject she got mild flushing n warm face",
                "BP same, sats 99, no wheeze no rash, paused 5 min settled fully",
                "restarted slower, fine",
            ],
            _patient(18250, "female", ("iron deficiency anaemia",), pregnant=False),
            id="p23-en-046",
        ),  # BSG Guidelines for iron deficiency anaemia 2021 / MHRA 2013 IV iron (minor infusion reactions, Fishbane)
        pytest.param(
            [
                "had iv iron day before yesterday",
                "now mild aching joints n headache, temp 37.6, no rash, breathing fine",
            ],
            _patient(14235, "female", ("iron deficiency anaemia",), pregnant=False),
            id="p23-en-047",
        ),  # BNF ferric carboxymaltose, common delayed side effects
        pytest.param(
            [
                "copper coil inserted yesterday",
                "period type cramps n light spotting, paracetamol helps, no fever",
            ],
            _patient(12775, "female", ("copper IUD",), pregnant=False),
            id="p23-en-048",
        ),  # FSRH Intrauterine contraception 2023, expected post-insertion cramping and bleeding
        pytest.param(
            [
                "pt coil 6 month ago, cant feel threads on self check",
                "no pain, bleeding same as usual, LMP 2 wk ago normal",
            ],
            _patient(10220, "female", ("copper IUD",), pregnant=False),
            id="p23-en-049",
        ),  # FSRH Intrauterine contraception 2023, non-palpable threads (additional contraception, routine review)
        pytest.param(
            [
                "wisdom tooth out 3 days ago",
                "now bad throbbing pain in socket, bad taste, no face swelling, no fever",
            ],
            _patient(15330, "male", (), pregnant=None),
            id="p23-en-050",
        ),  # SDCEP Management of acute dental problems 2013, dry socket
        pytest.param(
            [
                "froze wart on his finger 2 days ago",
                "now big blister clear fluid, bit sore",
                "no spreading red, no fever",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="p23-en-051",
        ),  # NICE CKS Warts and verrucae 2024, cryotherapy blistering expected
        pytest.param(
            [
                "steroid inj to shoulder yday",
                "now more pain than before inj, no fever, not red or hot, can move it",
            ],
            _patient(22995, "female", ("frozen shoulder",), pregnant=None),
            id="p23-en-052",
        ),  # BNF corticosteroids intra-articular (post-injection flare 24-48 h)
        pytest.param(
            [
                "on ramipril 1 month",
                "dry tickly cough, no SOB, no fever, no lip swelling",
            ],
            _patient(21170, "male", ("hypertension",), pregnant=None),
            id="p23-en-053",
        ),  # NICE NG136 Hypertension 2019 (updated 2023); BNF ACE inhibitors cough (consider ARB)
        pytest.param(
            [
                "started amlodipine 5mg last wk",
                "bit lightheaded when stand up fast, no falls no faint",
                "BP 134/78 sitting 128/76 standing",
            ],
            _patient(25550, "female", ("hypertension",), pregnant=None),
            id="p23-en-054",
        ),  # NICE NG136 Hypertension 2019; BNF amlodipine side effects
        pytest.param(
            [
                "on metronidazole for BV, forgot n had small glass wine",
                "face flushing n warm ~20 min, now gone. no vomit, feels fine",
            ],
            _patient(10585, "female", ("bacterial vaginosis",), pregnant=False),
            id="p23-en-055",
        ),  # BNF metronidazole, avoid alcohol (mild disulfiram-like reaction)
        pytest.param(
            [
                "boy on amoxil day 6 for ear infection",
                "pink spotty rash on body, not much itchy, no lip/eye swelling, no blisters",
                "eating n playing fine",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="p23-en-056",
        ),  # NICE CG183 Drug allergy 2014; NICE CKS Drug allergy
        pytest.param(
            [
                "had MMR 8 days ago",
                "temp 38.2 and faint pink rash, still drinking, playing in between",
                "no purple spots",
            ],
            _patient(372, "female", (), pregnant=None),
            id="p23-en-057",
        ),  # UKHSA Green Book Chapter 21 MMR, fever and rash 6-11 days after vaccine
        pytest.param(
            [
                "BCG given 5 wk ago L upper arm",
                "small blister broke, little ooze, baby well no fever, no big lump in armpit",
            ],
            _patient(70, "male", (), pregnant=None),
            id="p23-en-058",
        ),  # UKHSA Green Book Chapter 32 Tuberculosis, expected BCG site reaction
        pytest.param(
            [
                "baby had 16wk jabs today",
                "crying on n off all afternoon, settles when cuddled n fed",
                "temp 37.8, thigh bit red at jab site",
            ],
            _patient(120, "female", (), pregnant=None),
            id="p23-en-059",
        ),  # UKHSA Green Book Chapter 8, Vaccine safety and management of adverse events following immunisation, common reactions (irritability, crying, local redness)
        pytest.param(
            [
                "92F sutures on shin skin tear 4 days ago",
                "edges bit pink, some clear ooze, no pus no spreading red, no fever",
            ],
            _patient(33580, "female", ("osteoarthritis",), pregnant=None),
            id="p23-en-060",
        ),  # NICE NG125 Surgical site infections 2019, wound review
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
