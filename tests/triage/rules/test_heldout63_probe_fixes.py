# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixty-third held-out round (2026-12-07, at commit ee88fa5: two reviewers, 120 cases on palliative care,
the end of life and frail people with advanced illness at home or in care homes: the crises that still need an
ambulance (cord compression, neutropenic sepsis, hypercalcaemia with confusion, choking), the problems that
need a clinician today (a stopped syringe driver, vomited medicines, pain the breakthrough doses do not
touch, a blocked catheter, reversible delirium), and the expected signs of dying under an agreed plan; 16
emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules found 15 of 16 and 14 of 16
emergencies (cord compression told as a band of pain round the chest with numbness from the navel or waist
down, and as legs that keep buckling with a bowel accident), graded 10 of 24 and 8 of 24 same-day cases
exactly, and sent 4 and 4 look-alikes to emergency: a peaceful expected death at home, mottled knees, a death
rattle in a person dying as she chose, and "wants to die at home" read as suicidal.

What changed: end_of_life.py: under an end-of-life plan (签了不抢救, 安宁疗护, 想在家走, DNACPR, "EOL pathway", "wants
to die at home", "just in case meds"), emergencies raised only by the signs of dying (unresponsive, breathing
that stops, a blue or mottled colour, drinking little) become one same-day conclusion for the GP or
palliative team (NICE NG31); a fit, a fall, choking or agitation keep their level; "wants to die at home" is a
preferred place of death, not suicidal intent; 万一大出血怎么办 is a what-if. Cord compression by a band of
pain (NICE NG234), 肚脐往下两条腿都麻, "legs keep buckling", "bowel accident"; vomited medicines, a stopped or
alarming syringe driver and pain the breakthrough doses barely touch are same-day (NICE CKS palliative care);
a suprapubic catheter not draining; a bladder told as 小肚子鼓鼓的硬; faeculent vomit told as 有臭味像大便 or "brown
smelly vomits"; calcium 2.6-3.0 with sickness, thirst or tiredness (NICE CKS). After: 16/16, 16/16; 15/24,
15/24; look-alikes 20/20, 19/20.

Kept deliberately: malignant bowel obstruction stays an emergency even when surgery is declined (r63-zh-044), as
do new confusion with a fever at 90 (r63-zh-023, r63-en-035: NICE NG51), morphine toxicity with twitching in
kidney failure (r63-zh-036, r63-en-012) and end-stage COPD at SpO2 86 (r63-zh-005, r63-en-050). A look-alike
still sent to emergency: "husband asks is she choking" beside a death rattle (r63-en-024: a sign asked
about, not told)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "李阿姨55，乳腺癌转移到骨头，在县医院化疗",
                "这几天胸口背后像绑了根带子一样痛",
                "今天肚脐往下两条腿都麻了，一上午没解小便，也不想解",
            ],
            _patient(20089, "female", ("乳腺癌", "骨转移"), pregnant=False),
            id="r63-zh-003",
        ),  # NICE NG234 Spinal metastases and MSCC, 1.3 (contact MSCC coordinator immediately for neurological symptoms); back pain with new leg weakness/numbness or sphincter change in known cancer on active treatment needs emergency transfer for imaging and treatment.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "58F breast ca, known spine mets, still on treatment",
                "band of pain round her chest for few days",
                "now both legs numb from the waist down and she hasn't passed urine since this morning, doesn't feel the need",
            ],
            _patient(21184, "female", ("breast cancer", "spinal metastases"), pregnant=False),
            id="r63-en-033",
        ),  # NICE NG234 Spinal metastases and MSCC, 1.3 (contact MSCC coordinator immediately for neurological symptoms); back pain with new leg weakness/numbness or sphincter change in known cancer on active treatment needs emergency transfer for imaging and treatment.
        pytest.param(
            [
                "66 yo man lung ca, mid cycle of chemo",
                "since last night legs keep buckling, fell twice in the bathroom",
                "had a bowel accident this morning without knowing, never happened before. mid back pain worse lying flat",
            ],
            _patient(24106, "male", ("lung cancer",), pregnant=None),
            id="r63-en-037",
        ),  # NICE NG234 Spinal metastases and MSCC, 1.3 (contact MSCC coordinator immediately for neurological symptoms); back pain with new leg weakness/numbness or sphincter change in known cancer on active treatment needs emergency transfer for imaging and treatment.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "养老院90岁奶奶，膀胱造瘘管，身体弱但不是临终",
                "中午到现在一点尿都没引出来，她一直哼哼不舒服",
                "挤了管子也不通",
            ],
            _patient(32872, "female", ("衰弱", "膀胱造瘘"), pregnant=False),
            id="r63-zh-004",
        ),  # NICE CKS Urinary catheters (blocked catheter) / NICE CG139; a blocked catheter with retention pain needs a nurse/clinician to change it today.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "73岁肝癌大爷在家安宁疗护",
                "从昨天起吐了六七次，药都吃不进去，止痛药也吐了",
                "大便昨天解过，肚子软，有放屁",
            ],
            _patient(26663, "male", ("肝癌",), pregnant=None),
            id="r63-zh-018",
        ),  # NICE CKS Palliative care - nausea and vomiting; vomiting that stops oral analgesia being absorbed needs same-day review to change antiemetic and switch to subcutaneous route.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "76岁前列腺癌在家临终关怀，用的皮下镇痛泵",
                "泵一直报警显示堵塞，肚子上扎针的地方又红又硬",
                "老人开始烦躁皱眉头，像是疼",
            ],
            _patient(27759, "male", ("前列腺癌",), pregnant=None),
            id="r63-zh-029",
        ),  # NICE NG31 Care of dying adults 1.6 (anticipatory prescribing, subcutaneous infusions) / NG142; a failed or blocked syringe driver with returning symptoms needs a nurse/prescriber today to resite and review doses.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "敬老院孙奶奶80岁肺癌骨转移，签了不抢救，想在院里走",
                "这两天左边大腿根疼，一翻身就叫，临时加的止痛药只管一个小时",
                "卧床一个月了，没摔过",
            ],
            _patient(29220, "female", ("肺癌", "骨转移"), pregnant=False),
            id="r63-zh-049",
        ),  # NICE CKS Palliative cancer care - pain (opioid titration) / WHO palliative care (pain relief); pain uncontrolled despite repeated breakthrough doses needs a clinician to review and titrate the same day, not an ambulance.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "养老院88岁陈大爷，痴呆加前列腺增生",
                "下午开始特别烦躁，老想爬起来",
                "从早上7点到现在尿不湿是干的，小肚子鼓鼓的硬",
            ],
            _patient(32142, "male", ("阿尔茨海默病", "前列腺增生"), pregnant=None),
            id="r63-zh-060",
        ),  # NICE CG103 Delirium / NICE CKS Palliative care - delirium; new confusion or agitation with a likely reversible cause (constipation, retention, infection, drugs) needs same-day clinical assessment and treatment of the cause.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "66F myeloma, yesterday's bloods back, adj Ca 2.95",
                "feels sick, more tired, drinking lots",
                "orientated, walking about",
            ],
            _patient(24106, "female", ("multiple myeloma",), pregnant=False),
            id="r63-en-003",
        ),  # NICE CKS Palliative cancer care - hypercalcaemia; raised calcium in an alert person without confusion needs same-day discussion and arrangement of IV treatment, not an ambulance.
        pytest.param(
            [
                "Care home, Mrs Ahmed 79, breast ca with bone mets, DNACPR, wants to stay here",
                "new pain L hip last 2 days, cries out when turned, PRN morphine only helps an hour",
                "bedbound for 3 weeks, no fall",
            ],
            _patient(28855, "female", ("breast cancer", "bone metastases"), pregnant=False),
            id="r63-en-013",
        ),  # NICE CKS Palliative cancer care - pain (opioid titration) / WHO palliative care (pain relief); pain uncontrolled despite repeated breakthrough doses needs a clinician to review and titrate the same day, not an ambulance.
        pytest.param(
            [
                "68M pancreatic ca at home on MST 30mg bd",
                "pain 8/10 upper tummy and back since last night, had 3 doses oramorph, barely touched it",
                "obs fine, wants to stay home. can someone review today?",
            ],
            _patient(24837, "male", ("pancreatic cancer",), pregnant=None),
            id="r63-en-016",
        ),  # NICE CKS Palliative cancer care - pain (opioid titration) / WHO palliative care (pain relief); pain uncontrolled despite repeated breakthrough doses needs a clinician to review and titrate the same day, not an ambulance.
        pytest.param(
            [
                "DN here, 77M prostate ca on syringe driver at home, EOL plan",
                "driver alarming occlusion, site on his tummy red and hard",
                "he's getting restless and grimacing, need prescriber to review doses today",
            ],
            _patient(28124, "male", ("prostate cancer",), pregnant=None),
            id="r63-en-017",
        ),  # NICE NG31 Care of dying adults 1.6 (anticipatory prescribing, subcutaneous infusions) / NG142; a failed or blocked syringe driver with returning symptoms needs a nurse/prescriber today to resite and review doses.
        pytest.param(
            [
                "92F in care home with SPC, frail but not dying",
                "SPC not draining since lunch, she's uncomfortable and moaning",
                "milked the tubing, still nothing",
            ],
            _patient(33603, "female", ("frailty", "suprapubic catheter"), pregnant=False),
            id="r63-en-025",
        ),  # NICE CKS Urinary catheters (blocked catheter) / NICE CG139; a blocked catheter with retention pain needs a nurse/clinician to change it today.
        pytest.param(
            [
                "Care home, Mr Brown 86, dementia and prostate ca",
                "very restless and agitated since this afternoon, keeps trying to get up",
                "pad dry since 7am, lower tummy swollen and firm",
            ],
            _patient(31412, "male", ("dementia", "prostate cancer"), pregnant=None),
            id="r63-en-043",
        ),  # NICE CG103 Delirium / NICE CKS Palliative care - delirium; new confusion or agitation with a likely reversible cause (constipation, retention, infection, drugs) needs same-day clinical assessment and treatment of the cause.
        pytest.param(
            [
                "71M stomach ca, palliative, at home",
                "vomiting since yesterday 6-7 times, can't keep his tablets down incl morphine",
                "bowels opened yesterday, tummy soft, passing wind, obs ok",
            ],
            _patient(25933, "male", ("stomach cancer",), pregnant=None),
            id="r63-en-059",
        ),  # NICE CKS Palliative care - nausea and vomiting; vomiting that stops oral analgesia being absorbed needs same-day review to change antiemetic and switch to subcutaneous route.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "94岁奶奶痴呆晚期，大部分时间躺床上",
                "护工发现尾骨那里有一块发红，按一下会变白，皮没破",
                "不像疼，吃饭跟平时一样，问要怎么弄",
            ],
            _patient(34334, "female", ("痴呆晚期",), pregnant=False),
            id="r63-zh-001",
        ),  # NICE CG179 Pressure ulcers 1.1-1.3 (risk assessment, repositioning); blanching redness with intact skin is a prevention issue for routine repositioning and skin care.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "新来的护工问：86岁周大爷痴呆晚期，不说话，要喂饭",
                "护理记录写着一年来都这样，生命体征正常，饭量跟平时一样",
                "要不要报告医生",
            ],
            _patient(31412, "male", ("痴呆晚期",), pregnant=None),
            id="r63-zh-006",
        ),  # NICE NG97 Dementia 1.10 (palliative care) ; behaviour documented as the person's long-standing baseline with normal observations is not an acute change and needs routine care.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "87岁胃癌奶奶，说好在家走，签了不抢救",
                "这三天只喝几口米汤",
                "女儿问要不要去挂水或者插胃管",
            ],
            _patient(31777, "female", ("胃癌",), pregnant=False),
            id="r63-zh-009",
        ),  # NICE NG31 Care of dying adults 1.5 (maintaining hydration) / 1.2; reduced intake is expected when dying with an agreed plan, and the family need discussion rather than urgent action.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "83岁心衰，爬一层楼就喘，一年了都这样",
                "体重没变，脚肿跟平时一样，晚上垫两个枕头",
                "问平时要注意点啥",
            ],
            _patient(30316, "female", ("心力衰竭",), pregnant=False),
            id="r63-zh-011",
        ),  # NICE NG106 Chronic heart failure (self-management, cardiac rehab); stable exertional breathlessness at baseline needs self-management advice only.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "78岁心衰晚期，现在情况稳定",
                "他说以后不想再插管进ICU，想在家走",
                "能不能约医生好好谈谈，把意愿写下来",
            ],
            _patient(28490, "male", ("心力衰竭终末期",), pregnant=None),
            id="r63-zh-014",
        ),  # NICE NG142 End of life care 1.1-1.2 (advance care planning) ; planning preferred place of death in a stable patient is a routine appointment.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "50岁男的，母亲上个月去世",
                "老想当时是不是该送医院，心里很内疚",
                "上班睡觉基本正常，想知道怎么调整",
            ],
            _patient(18262, "male", (), pregnant=None),
            id="r63-zh-016",
        ),  # NICE NG142 End of life care 1.5 (support for carers, bereavement) / WHO palliative care (bereavement support); normal grief without risk needs information and routine support.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "66岁喉癌，肿瘤靠近脖子大血管，在家安宁疗护，不抢救，想在家走",
                "老伴问万一大出血怎么办",
                "目前一点没出过血",
            ],
            _patient(24106, "male", ("喉癌",), pregnant=None),
            id="r63-zh-020",
        ),  # NICE CKS Palliative care - haemorrhage (planning for terminal bleed) / NG31; advance planning (dark towels, crisis medicine) in someone with no bleeding is routine.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "79岁肺癌在家临终，家属不想送医院，备用药在家",
                "喉咙里一直呼噜呼噜响，人已经叫不醒了，脸上很平静",
                "老伴问是不是痰堵住了，要不要吸",
            ],
            _patient(28855, "male", ("肺癌",), pregnant=None),
            id="r63-zh-021",
        ),  # NICE NG31 Care of dying adults 1.8 (noisy respiratory secretions); rattly breathing in an unconscious dying person with anticipatory medicines available is expected and mainly needs explanation to family.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "敬老院81岁奶奶老年痴呆，每天傍晚都喊'回家回家'",
                "几个月了都这样，放点老歌就好了",
                "女儿第一次晚上来看，心里难受，问是不是哪里不舒服",
            ],
            _patient(29585, "female", ("阿尔茨海默病",), pregnant=False),
            id="r63-zh-022",
        ),  # NICE NG97 Dementia 1.10 (palliative care) ; behaviour documented as the person's long-standing baseline with normal observations is not an acute change and needs routine care.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "75岁食管癌，现在还能下地走",
                "家属问上次医生说的'备用药'是啥，什么时候用",
            ],
            _patient(27394, "male", ("食管癌",), pregnant=None),
            id="r63-zh-024",
        ),  # NICE NG31 Care of dying adults 1.6 (anticipatory prescribing); questions about just-in-case medicines in a stable patient are routine planning.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "84岁奶奶肝癌，在家安宁疗护，家属签了不抢救，只要舒服",
                "今天膝盖和脚底发花发紫，一块一块的",
                "人很安静不痛苦，儿子问是不是快了，接下来会怎样",
            ],
            _patient(30681, "female", ("肝癌",), pregnant=False),
            id="r63-zh-025",
        ),  # NICE NG31 Care of dying adults 1.1 (recognising dying) and 1.2 (communication); this is an expected sign of dying in someone with an agreed end-of-life plan, needing explanation and support, not an ambulance.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "村医问：89岁老太太慢阻肺末期，签了不抢救，这礼拜挺稳定",
                "国庆放假前能不能先把临终备用药开好放家里",
            ],
            _patient(32507, "female", ("慢阻肺",), pregnant=False),
            id="r63-zh-031",
        ),  # NICE NG31 Care of dying adults 1.6 (anticipatory prescribing); questions about just-in-case medicines in a stable patient are routine planning.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "82岁痴呆晚期，现在是临终照护",
                "药片咽不下去了，家属问降压药、降脂药还要不要吃",
            ],
            _patient(29950, "female", ("痴呆晚期", "高血压", "高脂血症"), pregnant=False),
            id="r63-zh-033",
        ),  # NICE NG31 Care of dying adults 1.6 (review of medicines) ; stopping non-essential preventive drugs when dying is a routine decision with the GP.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "88岁肺癌大爷在家安宁疗护，签了不抢救，说好在家走",
                "老伴打电话说他二十分钟前没气了，走得很安详",
                "她不想叫救护车，问接下来怎么办",
            ],
            _patient(32142, "male", ("肺癌",), pregnant=None),
            id="r63-zh-039",
        ),  # NICE NG31 / NG142 and RCN/Hospice UK verification of expected death guidance; an expected death at home with DNACPR and agreed plan needs routine verification by a nurse or GP, not emergency services.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "72岁老慢支肺气肿，走到院子就喘，半年来一直这样",
                "血氧90跟平时一样，痰没变，不发烧",
                "问有没有啥办法让他喘得舒服点",
            ],
            _patient(26298, "male", ("慢阻肺",), pregnant=None),
            id="r63-zh-043",
        ),  # NICE CKS Palliative care - dyspnoea / NICE NG115 COPD 1.2 (breathlessness management); stable breathlessness at baseline can be helped with a hand-held fan, pacing and breathing techniques.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "敬老院92岁爷爷，衰弱加痴呆，家属要求临终只做舒适护理",
                "从昨晚开始喘一阵停一阵，停十几秒又喘",
                "看着不难受，护工吓坏了，问要不要打120",
            ],
            _patient(33603, "male", ("衰弱", "痴呆"), pregnant=None),
            id="r63-zh-045",
        ),  # NICE NG31 Care of dying adults 1.1 (recognising dying) and 1.2 (communication); this is an expected sign of dying in someone with an agreed end-of-life plan, needing explanation and support, not an ambulance.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "78岁奶奶，老伴三周前在家走了",
                "老是哭，睡不好，吃饭不香",
                "没有不想活的念头，女儿陪着，问这样正常吗",
            ],
            _patient(28490, "female", ("糖尿病",), pregnant=False),
            id="r63-zh-046",
        ),  # NICE NG142 End of life care 1.5 (support for carers, bereavement) / WHO palliative care (bereavement support); normal grief without risk needs information and routine support.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "88岁奶奶老年痴呆，这几个月吃饭越来越慢",
                "体重没掉，吃饭喝水不呛不咳，肺里干净",
                "家属问要不要改吃软饭、糊糊",
            ],
            _patient(32142, "female", ("阿尔茨海默病",), pregnant=False),
            id="r63-zh-048",
        ),  # NICE NG97 Dementia 1.10 / NG31; gradual slowing of eating with stable weight and no aspiration signs needs routine review (texture, SLT) not urgent care.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "76岁奶奶卵巢癌临终阶段，张着嘴呼吸，嘴唇干裂",
                "已经咽不下东西了，家属问嘴巴怎么护理",
            ],
            _patient(27759, "female", ("卵巢癌",), pregnant=False),
            id="r63-zh-055",
        ),  # NICE NG31 Care of dying adults 1.5 (mouth care) / CKS palliative care - mouth care; dry mouth in dying can be managed by family with simple mouth care.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "71岁肺癌，上礼拜开始吃吗啡缓释片，现在疼好多了",
                "昨天大便解了，正常",
                "老伴问吃吗啡怎么防便秘",
            ],
            _patient(25933, "male", ("肺癌",), pregnant=None),
            id="r63-zh-056",
        ),  # NICE CKS Palliative care - constipation (prophylaxis with opioids); preventing opioid constipation in a stable patient is managed with regular laxatives and fluids.；参照《安宁疗护实践指南（试行）》(2017) 相应章节
        pytest.param(
            [
                "84F heart failure, puffed after one flight of stairs, been like that a year",
                "weight stable, ankles as usual, 2 pillows as always",
                "wants to know how to pace herself",
            ],
            _patient(30681, "female", ("heart failure",), pregnant=False),
            id="r63-en-005",
        ),  # NICE NG106 Chronic heart failure (self-management, cardiac rehab); stable exertional breathlessness at baseline needs self-management advice only.
        pytest.param(
            [
                "80F, husband died 3 weeks ago in hospice",
                "crying a lot, not sleeping well, forgetting lunch",
                "no thoughts of harming herself, daughter staying with her, asks if this is normal",
            ],
            _patient(29220, "female", ("hypertension",), pregnant=False),
            id="r63-en-009",
        ),  # NICE NG142 End of life care 1.5 (support for carers, bereavement) / WHO palliative care (bereavement support); normal grief without risk needs information and routine support.
        pytest.param(
            [
                "68M throat ca, tumour close to big vessel in neck, at home, DNACPR, wants to die at home",
                "wife asks what to do if there's ever a big bleed",
                "no bleeding at all so far",
            ],
            _patient(24837, "male", ("head and neck cancer",), pregnant=None),
            id="r63-en-010",
        ),  # NICE CKS Palliative care - haemorrhage (planning for terminal bleed) / NG31; advance planning (dark towels, crisis medicine) in someone with no bleeding is routine.
        pytest.param(
            [
                "agency nurse asking: Mr Khan 87 advanced dementia, doesn't speak, needs full help to eat",
                "care plan says this has been his baseline for a year, obs normal, eating his usual",
                "is that ok or should I escalate?",
            ],
            _patient(31777, "male", ("advanced dementia",), pregnant=None),
            id="r63-en-011",
        ),  # NICE NG97 Dementia 1.10 (palliative care) ; behaviour documented as the person's long-standing baseline with normal observations is not an acute change and needs routine care.
        pytest.param(
            [
                "88M prostate ca, EOL at home, DNACPR",
                "only sips of water and a spoon of yogurt last 3 days",
                "son asking should he have a drip or feeding tube",
            ],
            _patient(32142, "male", ("prostate cancer",), pregnant=None),
            id="r63-en-023",
        ),  # NICE NG31 Care of dying adults 1.5 (maintaining hydration) / 1.2; reduced intake is expected when dying with an agreed plan, and the family need discussion rather than urgent action.
        pytest.param(
            [
                "82F Alzheimer's in our home, calls out 'help me' most evenings around 5",
                "been like this for months, in her care plan, settles with music and a cuppa",
                "daughter visited in the evening for the first time and got upset, asking if something is wrong",
            ],
            _patient(29950, "female", ("Alzheimer's disease",), pregnant=False),
            id="r63-en-026",
        ),  # NICE NG97 Dementia 1.10 (palliative care) ; behaviour documented as the person's long-standing baseline with normal observations is not an acute change and needs routine care.
        pytest.param(
            [
                "85F advanced dementia, eating slower at meals over last few months",
                "weight stable, no coughing or choking with food or drinks, chest clear",
                "family asking if she should go on soft food",
            ],
            _patient(31046, "female", ("advanced dementia",), pregnant=False),
            id="r63-en-029",
        ),  # NICE NG97 Dementia 1.10 / NG31; gradual slowing of eating with stable weight and no aspiration signs needs routine review (texture, SLT) not urgent care.
        pytest.param(
            [
                "93F frailty and dementia in our home, mostly in bed",
                "carer noticed pink patch on her sacrum, goes white when pressed, skin intact",
                "no pain signs, eating as usual. what should we do?",
            ],
            _patient(33968, "female", ("frailty", "dementia"), pregnant=False),
            id="r63-en-032",
        ),  # NICE CG179 Pressure ulcers 1.1-1.3 (risk assessment, repositioning); blanching redness with intact skin is a prevention issue for routine repositioning and skin care.
        pytest.param(
            [
                "81F advanced dementia, now on EOL plan",
                "struggling to swallow tablets, family asking does she still need her statin and BP pills",
            ],
            _patient(29585, "female", ("advanced dementia", "heart failure"), pregnant=False),
            id="r63-en-036",
        ),  # NICE NG31 Care of dying adults 1.6 (review of medicines) ; stopping non-essential preventive drugs when dying is a routine decision with the GP.
        pytest.param(
            [
                "76M liver ca, still up and about",
                "family asking about the 'just in case' box the hospice mentioned - what's in it and when would the nurse use it",
            ],
            _patient(27759, "male", ("liver cancer",), pregnant=None),
            id="r63-en-038",
        ),  # NICE NG31 Care of dying adults 1.6 (anticipatory prescribing); questions about just-in-case medicines in a stable patient are routine planning.
        pytest.param(
            [
                "Care home, Mr Green 91, advanced dementia, on end of life care plan, DNACPR",
                "breathing stops for about 20 sec then starts again, since last night",
                "looks comfortable. new carer worried, what do we tell his son",
            ],
            _patient(33238, "male", ("advanced dementia",), pregnant=None),
            id="r63-en-044",
        ),  # NICE NG31 Care of dying adults 1.1 (recognising dying) and 1.2 (communication); this is an expected sign of dying in someone with an agreed end-of-life plan, needing explanation and support, not an ambulance.
        pytest.param(
            [
                "54M, mum died at home last month",
                "keeps going over whether we did the right thing with the syringe driver, feels guilty",
                "working, sleeping mostly ok, wants to know about bereavement support",
            ],
            _patient(19724, "male", (), pregnant=None),
            id="r63-en-046",
        ),  # NICE NG142 End of life care 1.5 (support for carers, bereavement) / WHO palliative care (bereavement support); normal grief without risk needs information and routine support.
        pytest.param(
            [
                "77M end stage COPD, stable",
                "wants to talk about not going back into hospital and dying at home when the time comes",
                "can GP book a longer appt for advance care plan",
            ],
            _patient(28124, "male", ("COPD",), pregnant=None),
            id="r63-en-047",
        ),  # NICE NG142 End of life care 1.1-1.2 (advance care planning) ; planning preferred place of death in a stable patient is a routine appointment.
        pytest.param(
            [
                "71M severe COPD, breathless walking to the kitchen, same as last 6 months",
                "sats 90% his usual, no change in sputum, no fever",
                "asks for tips for the breathlessness, heard a fan helps?",
            ],
            _patient(25933, "male", ("COPD",), pregnant=None),
            id="r63-en-048",
        ),  # NICE CKS Palliative care - dyspnoea / NICE NG115 COPD 1.2 (breathlessness management); stable breathlessness at baseline can be helped with a hand-held fan, pacing and breathing techniques.
        pytest.param(
            [
                "83F lung ca at home, EOL plan, DNACPR, wants to die at home, just in case meds in the house",
                "daughter rang, knees and feet gone blotchy purple since this morning",
                "mum peaceful, no pain. daughter asking is this the end and what to expect",
            ],
            _patient(30316, "female", ("lung cancer",), pregnant=False),
            id="r63-en-049",
        ),  # NICE NG31 Care of dying adults 1.1 (recognising dying) and 1.2 (communication); this is an expected sign of dying in someone with an agreed end-of-life plan, needing explanation and support, not an ambulance.
        pytest.param(
            [
                "73M prostate ca, started on MST last week, pain much better",
                "bowels opened yesterday, normal",
                "wife asks how to stop him getting constipated on the morphine",
            ],
            _patient(26663, "male", ("prostate cancer",), pregnant=None),
            id="r63-en-051",
        ),  # NICE CKS Palliative care - constipation (prophylaxis with opioids); preventing opioid constipation in a stable patient is managed with regular laxatives and fluids.
        pytest.param(
            [
                "86M pancreatic ca at home on EOL pathway, DNACPR in the house, wanted to die at home",
                "wife rang, he stopped breathing about 20 min ago, very peaceful",
                "she doesn't want an ambulance, asks what happens now",
            ],
            _patient(31412, "male", ("pancreatic cancer",), pregnant=None),
            id="r63-en-052",
        ),  # NICE NG31 / NG142 and RCN/Hospice UK verification of expected death guidance; an expected death at home with DNACPR and agreed plan needs routine verification by a nurse or GP, not emergency services.
        pytest.param(
            [
                "74F MND, end of life, mouth breathing, lips cracked and dry",
                "hardly swallowing now, husband asks how to keep her mouth comfortable",
            ],
            _patient(27028, "female", ("motor neurone disease",), pregnant=False),
            id="r63-en-057",
        ),  # NICE NG31 Care of dying adults 1.5 (mouth care) / CKS palliative care - mouth care; dry mouth in dying can be managed by family with simple mouth care.
        pytest.param(
            [
                "Care home manager: Mrs Cole 90, end stage COPD, DNACPR, stable this week",
                "can GP prescribe anticipatory meds at next visit so we have them over the bank holiday",
            ],
            _patient(32872, "female", ("COPD",), pregnant=False),
            id="r63-en-060",
        ),  # NICE NG31 Care of dying adults 1.6 (anticipatory prescribing); questions about just-in-case medicines in a stable patient are routine planning.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
