# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A twenty-seventh held-out round (2026-12-06, at commit 7592302: two reviewers, 120 cases told as
conversations, not single statements: other people's illnesses beside the patient's ("dad died of
a heart attack at 50", 他老婆去年中风了), corrections ("不对…不是胃那里 是胸口正中间"), a red flag
in a late message, episodes that resolved hours or days ago, answers to the assistant's questions
quoted in the message ("> any chest pain…? no chest pain. no SOB"), numbers in words and ranges,
and long lists of old, stable diagnoses; 16 emergencies, 24 same-day and 20 look-alikes a set).
Before these fixes the rules found 15 of 16 and 12 of 16 emergencies, graded 17 of 24 and 17 of
24 same-day cases exactly, and sent 3 of 20 and 5 of 20 look-alikes to emergency.

What changed: a chest pain told with its place (胸口正中间压着疼), running to the left arm
(往左边胳膊上窜) and 一头的汗; a testis told as "the pain is actually in his left testicle",
"testis high and very tender"; a post-partum bleed told as "soaking a big pad every 20-30 min,
clots the size of an egg" after "delivery 6 days ago"; "took about 20 paracetamol"; an inhaler
"not working" and "only 2-3 words at a time" (SpO2 below 92% in asthma is then life-threatening,
BTS/SIGN 158); a relative who died of an illness or whose illness is dated by an age, and 他老婆
or 她儿子 with an illness close behind, are family history; 担心自己也中风 is a fear, not a
finding; a two-digit year right before an illness (18年脑梗) dates it; "seen in stroke clinic" is
follow-up; a question opened by "any" asks every item, and an answer that names what it denies
("? no numbness around bottom") answers it; a transient deficit's or a chest pain's minutes are
how long it lasted, not when it began, so 前天…大概二十分钟 自己好了 and "on Sunday evening…
for about 15 min" are episodes more than a day ago (NICE NG128: same day; NICE CG95); 昨天下午 is
yesterday; a Bell's palsy told with its side (额头右边也皱不起来); "抽筋没有 皮疹也没有"; 四个月的女娃
is an age; 喷药之后能缓一阵 is an inhaler, not a pesticide; pleuritic pain told as "only when she
breathes in deeply"; a DVT told as "calf sore and swollen… 3 cm bigger"; a keratitis's red eye,
a zoster rash on the forehead with blisters on the nose tip, redness past the pen line; "temp on
and off 38.5 to 39 for five days" in a toddler (NICE NG143). After: 16/16, 16/16; 21/24, 24/24;
look-alikes 20/20, 20/20.

Kept deliberately: a 75-year-old on rivaroxaban who hit his head stays an emergency (NICE NG232:
CT within 8 hours, which a village clinic reaches only by transfer); a postpartum fever with foul
lochia stays an emergency (WHO IMPAC: first antibiotic dose and referral); appendicitis with
rebound tenderness in a 12-year-old stays an emergency (same-day surgery, by transfer)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "58岁男的 说胃不舒服来的",
                "他爸五十岁就心梗走了 他自己一直担心",
                "不对 我再问了下 不是胃那里 是胸口正中间压着疼 往左边胳膊上窜",
                "半个钟头前开始的 到现在还在疼 一头的汗",
            ],
            _patient(
                21210,
                "male",
                (
                    "高血压",
                    "2型糖尿病",
                ),
                pregnant=None,
            ),
            id="r27-zh-033",
        ),  # NICE CG95 section 1.1 (suspected ACS with current chest pain: emergency referral)
        pytest.param(
            [
                "19F asthma, says blue inhaler not working today",
                "used it like 10 puffs in the last hour",
                "> can she talk in full sentences? no, only 2-3 words at a time",
                "SpO2 90% on air, PEF 150, her best is 450",
            ],
            _patient(7085, "female", ("asthma",), pregnant=None),
            id="r27-en-001",
        ),  # BTS/SIGN SIGN158 acute asthma: life-threatening features (SpO2 <92%, PEF <33%)
        pytest.param(
            [
                "31F, vaginal delivery 6 days ago at county hospital, went home day 3",
                "bleeding heavier since last night",
                "soaking a big pad every 20-30 min, clots the size of an egg",
                "dizzy, HR 124, BP 94/60",
            ],
            _patient(11335, "female", (), pregnant=False),
            id="r27-en-012",
        ),  # WHO recommendations for prevention and treatment of PPH 2012; NICE NG194 1.2 (sudden/profuse postnatal bleeding -> emergency)
        pytest.param(
            [
                "17yo girl brought by mum for low mood",
                "she doesn't want to talk much",
                "on her own she tells me she took about 20 paracetamol 500mg around 3 hours ago after an argument",
                "feels fine now, no vomiting, weighs ~50kg",
            ],
            _patient(None, "female", (), pregnant=None),
            id="r27-en-046",
        ),  # NICE CKS Poisoning or overdose / TOXBASE paracetamol (deliberate overdose >=75 mg/kg: immediate referral to ED); NICE NG225 1.4
        pytest.param(
            [
                "14yo boy tummy ache + vomited once",
                "on asking properly, the pain is actually in his left testicle, he was too shy to say",
                "came on suddenly 2 hrs ago during football",
                "testis high and very tender",
            ],
            _patient(5210, "male", (), pregnant=None),
            id="r27-en-055",
        ),  # NICE CKS Scrotal pain and swelling: suspected testicular torsion -> immediate emergency referral
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "四个月的女娃 发烧",
                "量了三十九度二 腋下的",
                "吃奶比平时少点 但还吃",
                "抽筋没有 皮疹也没有 哭声挺响的",
            ],
            _patient(122, "female", (), pregnant=None),
            id="r27-zh-029",
        ),  # NICE NG143 traffic light table (age 3–6 months with temperature ≥39°C = amber: same-day assessment)
        pytest.param(
            [
                "35岁男 哮喘 这两天感冒后喘得厉害点",
                "峰流速平时四百五 今天二百七",
                "说话能说整句 血氧九十六 心率一百",
                "喷药之后能缓一阵",
            ],
            _patient(13075, "male", ("哮喘",), pregnant=None),
            id="r27-zh-034",
        ),  # BTS/SIGN 158 acute asthma in adults (PEF 50–75% best, no severe features = moderate exacerbation: same-day treatment and review)
        pytest.param(
            [
                "60岁男 来问问",
                "前天晚上九点多胸口中间闷痛 大概二十分钟 自己好了",
                "到现在没再疼过",
                "问了 现在不胸闷 不喘 没出汗 血压一百三十八 八十六 心率七十八",
            ],
            _patient(
                21915,
                "male",
                (
                    "高血压",
                    "高脂血症",
                ),
                pregnant=None,
            ),
            id="r27-zh-052",
        ),  # NICE CG95 section 1.1 (suspected ACS, last pain 12–72 hours ago, now pain-free: urgent same-day assessment)
        pytest.param(
            [
                "66岁女 前天下午左手没力气 说话也不利索",
                "大概十来分钟就好了",
                "现在手有劲 说话也正常 嘴不歪",
                "一直没去医院看过",
            ],
            _patient(24270, "female", ("高血压",), pregnant=False),
            id="r27-zh-057",
        ),  # NICE NG128 1.1.3 (suspected TIA, resolved, within last 7 days: specialist assessment within 24 hours)
        pytest.param(
            [
                "44F right calf sore and swollen 2 days",
                "long bus trip back from Guangzhou last week, ~20 hrs",
                "right calf 3 cm bigger than left, tender along the back",
                "no chest pain, no SOB, SpO2 98, HR 80",
            ],
            _patient(16360, "female", ("on combined pill",), pregnant=False),
            id="r27-en-014",
        ),  # NICE NG158 1.1 (suspected DVT without PE features: Wells score and ultrasound within 4 h / same day)
        pytest.param(
            [
                "20 month boy",
                "temp on and off 38.5 to 39 for five days now",
                "eating less, drinking ok, wet nappies normal",
                "no rash, alert and playing between fevers, eyes not red, lips normal",
            ],
            _patient(600, "male", (), pregnant=None),
            id="r27-en-029",
        ),  # NICE NG143 1.2 traffic light: amber (fever >= 5 days) -> same-day face-to-face assessment
        pytest.param(
            [
                "45F cough with green sputum 5 days, fevers",
                "now chest pain on the right only when she breathes in deeply",
                "RR 22, BP 126/80, HR 94, not confused, SpO2 95%, crackles right base",
            ],
            _patient(16645, "female", (), pregnant=None),
            id="r27-en-035",
        ),  # NICE NG138 1.1 (community-acquired pneumonia CRB65 = 0: same-day antibiotics, home treatment)
        pytest.param(
            [
                "23F red right eye since yesterday",
                "she slept in her contact lenses 2 nights",
                "painful, light hurts, vision a bit blurred on that side",
            ],
            _patient(8410, "female", ("wears soft contact lenses",), pregnant=None),
            id="r27-en-043",
        ),  # NICE CKS Red eye (contact lens wearer with painful red eye/possible microbial keratitis: same-day ophthalmology)
        pytest.param(
            [
                "71F painful rash on left forehead 2 days, little blisters",
                "also a few on the tip of her nose",
                "left eye slightly red and gritty, vision ok",
            ],
            _patient(25935, "female", (), pregnant=None),
            id="r27-en-047",
        ),  # NICE CKS Shingles (herpes zoster ophthalmicus / Hutchinson's sign: same-day ophthalmology)
        pytest.param(
            [
                "55M left shin red and swollen",
                "started after a scratch 3 days ago, redness past the pen line I drew yesterday",
                "temp 37.6, HR 88, BP 132/80, no confusion, feels ok in himself",
            ],
            _patient(20255, "male", (), pregnant=None),
            id="r27-en-050",
        ),  # NICE NG141 1.1 (cellulitis without systemic features: start antibiotics same day)
        pytest.param(
            [
                "66M here for BP review, BP 152/88",
                "wife mentions on Sunday evening his face drooped and speech slurred for about 15 min, then completely back to normal",
                "today is Wednesday. no weakness, speech normal, face symmetrical, FAST negative now",
            ],
            _patient(24135, "male", ("hypertension",), pregnant=None),
            id="r27-en-052",
        ),  # NICE NG128 1.1.3 (suspected TIA, symptoms resolved, within last 7 days: specialist assessment within 24 h)
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "七岁女孩 说被狗咬了",
                "仔细看了 没咬破 就是狗舔了她手背",
                "手上皮肤好好的 没伤口",
                "自己家养的狗 打过疫苗",
            ],
            _patient(2585, "female", (), pregnant=None),
            id="r27-zh-004",
        ),  # 狂犬病暴露预防处置工作规范(2023年版) (I级暴露: 完好皮肤被舔, 无需处置)
        pytest.param(
            [
                "38岁男 说胸口疼",
                "是两个礼拜前搬水泥以后开始的 左边肋骨那里",
                "一按就疼 扭身子也疼 现在基本好了",
                "问了 不是压着疼 没出汗 没喘",
            ],
            _patient(13940, "male", (), pregnant=None),
            id="r27-zh-005",
        ),  # NICE CG95 section 1.1 (chest pain more than 72 hours ago, reproducible chest wall pain: routine assessment)
        pytest.param(
            [
                "62岁女 便秘一个礼拜",
                "病史说一下 前年冬天煤气中毒昏迷过一回 抢救过来了 没留啥毛病",
                "这次就是大便干 三四天一次 肚子不疼 不吐 能放屁",
                "没便血",
            ],
            _patient(22640, "female", ("一氧化碳中毒史",), pregnant=False),
            id="r27-zh-006",
        ),  # NICE CKS Constipation (short-term constipation without red flags: self-care)
        pytest.param(
            [
                "带孩子来的 三岁女孩 流鼻涕 咳嗽两天",
                "不发烧 吃饭玩耍都正常",
                "她妈说她自己有癫痫 前几年抽得厉害 这两年吃药没犯过",
                "她妈问孩子会不会也抽",
            ],
            _patient(1295, "female", (), pregnant=None),
            id="r27-zh-010",
        ),  # NICE NG120 section 1.1 (acute cough with common cold, no fever or red flags: self-care)
        pytest.param(
            [
                "45岁女 早上起来右边脸歪了",
                "右眼闭不严 喝水从嘴角漏",
                "额头右边也皱不起来",
                "手脚都有劲 说话清楚 没有头痛 也没有哪里麻",
            ],
            _patient(16565, "female", (), pregnant=False),
            id="r27-zh-011",
        ),  # NICE CKS Bell's palsy (forehead involved, no other neurological signs: prednisolone within 72 hours)
        pytest.param(
            [
                "69岁男 来开药的",
                "病史一大堆 15年心梗放了支架 18年脑梗 12年结肠癌开过刀",
                "这几年都稳定 没有胸痛 走路说话都正常",
                "就是降压药和阿司匹林吃完了",
            ],
            _patient(
                25485,
                "male",
                (
                    "冠心病支架术后",
                    "陈旧性脑梗死",
                    "结肠癌术后",
                    "高血压",
                ),
                pregnant=None,
            ),
            id="r27-zh-013",
        ),  # NICE NG185 section 1.3 (secondary prevention after MI: routine primary care follow-up)
        pytest.param(
            [
                "32岁女 胸痛",
                "不是胸痛 我打错了 是胃那里 心口窝下面 烧得慌",
                "吃完饭躺下就反酸 有两个礼拜了",
                "没吐血 大便不黑 体重没掉 吃饭咽得下",
            ],
            _patient(11690, "female", (), pregnant=False),
            id="r27-zh-015",
        ),  # NICE CG184 section 1.2 (uninvestigated dyspepsia without alarm features: routine management)
        pytest.param(
            [
                "70岁男",
                "他说三个礼拜前有一回右边手脚发麻 说话不清楚 十几分钟就好了",
                "当时没看 之后没再犯过",
                "现在手脚有劲 说话正常 嘴不歪",
            ],
            _patient(25730, "male", ("高血压",), pregnant=None),
            id="r27-zh-017",
        ),  # NICE NG128 1.1.3 (suspected TIA more than 1 week ago: specialist assessment within 7 days)
        pytest.param(
            [
                "36岁女 头疼",
                "两边太阳穴发紧 像箍着 三四天了 下午重",
                "问了 不是突然炸开那种 不发烧 不吐 脖子不硬 手脚不麻",
                "最近加班 睡得少",
            ],
            _patient(13400, "female", (), pregnant=False),
            id="r27-zh-020",
        ),  # NICE CG150 section 1.3 (tension-type headache without red flags: self-care)
        pytest.param(
            [
                "一岁八个月男孩",
                "去年发烧抽过一次 热性惊厥 住过院",
                "今天有点发烧 三十八度三 流鼻涕",
                "现在没抽 在地上跑着玩 喝水正常 尿也有",
            ],
            _patient(608, "male", ("热性惊厥史",), pregnant=None),
            id="r27-zh-023",
        ),  # NICE NG143 traffic light table (all green features: home care with safety-netting)
        pytest.param(
            [
                "57岁女 打胰岛素的",
                "上午干活没吃早饭 心慌手抖出汗 测了血糖三点一",
                "喝了半杯糖水 吃了两块饼干 十五分钟后复测六点二",
                "现在没事了 人清醒 就想问以后怎么办",
            ],
            _patient(
                20890,
                "female",
                (
                    "2型糖尿病",
                    "胰岛素治疗",
                ),
                pregnant=False,
            ),
            id="r27-zh-027",
        ),  # 中国2型糖尿病防治指南(2020年版) 低血糖 (轻度低血糖自救后恢复: 常规调整方案)
        pytest.param(
            [
                "四岁男孩 昨晚开始咳嗽 像狗叫一样",
                "嗓子有点哑 低烧三十七度八",
                "问了 安静的时候没有呼呼声 不费劲 嘴唇不紫",
                "精神好 能喝水",
            ],
            _patient(1560, "male", (), pregnant=None),
            id="r27-zh-030",
        ),  # NICE CKS Croup (mild croup, no stridor at rest: home care)
        pytest.param(
            [
                "25岁 怀孕九周",
                "早上恶心 吐了一两次",
                "问了 没有出血 肚子不疼",
                "能吃能喝 尿正常 体重没掉",
            ],
            _patient(9425, "female", (), pregnant=True),
            id="r27-zh-032",
        ),  # NICE CKS Nausea/vomiting in pregnancy (mild, tolerating fluids: self-care)
        pytest.param(
            [
                "42岁男 想查查血脂",
                "他爸五十岁心梗去世的 他哥前年也放了支架",
                "问了 他自己没有胸痛 没胸闷 爬楼也不喘",
                "血压一百二十八 八十二",
            ],
            _patient(15363, "male", (), pregnant=None),
            id="r27-zh-041",
        ),  # NICE NG238 section 1.1 (CVD risk assessment in family history of premature CVD: routine)
        pytest.param(
            [
                "16岁女孩 流鼻血",
                "左边鼻孔 捏着鼻子压了十分钟就止住了",
                "没吃什么抗凝药 也没磕碰",
                "以前天干的时候也流过 现在不流了 精神好",
            ],
            _patient(5890, "female", (), pregnant=False),
            id="r27-zh-042",
        ),  # NICE CKS Epistaxis (bleeding stopped with first aid, no risk factors: self-care)
        pytest.param(
            [
                "两岁多男孩 从沙发上掉下来 头磕到地板了",
                "沙发不高 大概四十公分",
                "马上就哭了 没晕 没吐",
                "现在在玩 跟平常一样 额头有个小包",
            ],
            _patient(790, "male", (), pregnant=None),
            id="r27-zh-044",
        ),  # NICE NG232 section 1.1 (head injury without risk factors: home care with advice)
        pytest.param(
            [
                "30岁男 说尿是红的 大便也发红 吓坏了",
                "问了下 昨天晚上吃了两个红心火龙果",
                "不疼 不发烧 没有尿频尿急",
                "以前没这样过",
            ],
            _patient(None, "male", (), pregnant=None),
            id="r27-zh-049",
        ),  # NICE CKS Haematuria (exclude dietary causes of red urine such as beetroot pigments: no referral)
        pytest.param(
            [
                "19岁女学生 抽血的时候晕倒了",
                "站着抽的 看见血就脸发白 一下子软下去 几秒钟就醒了",
                "没抽搐 没咬舌头 醒了就清楚",
                "躺了一会 喝了水 现在好了 以前也这样",
            ],
            _patient(6955, "female", (), pregnant=False),
            id="r27-zh-053",
        ),  # NICE CG109 section 1.1 (uncomplicated faint: no further assessment needed)
        pytest.param(
            [
                "五岁男孩 发烧三十九度",
                "哦不对 说错了 烧是上礼拜的事 烧了两天就退了",
                "这礼拜就是还有点咳 晚上咳几声",
                "精神好 吃饭正常 呼吸不快",
            ],
            _patient(1945, "male", (), pregnant=None),
            id="r27-zh-058",
        ),  # NICE NG120 section 1.1 (acute cough after viral illness, no red flags: self-care)
        pytest.param(
            [
                "66岁男 嗓子疼两天 有点流鼻涕",
                "他老婆去年中风了 半边不能动 他在家照顾",
                "他说担心自己也中风 不过手脚都好 说话清楚",
                "不发烧",
            ],
            _patient(24140, "male", ("高血压",), pregnant=None),
            id="r27-zh-060",
        ),  # NICE NG84 section 1.1 (sore throat, low FeverPAIN: self-care)
        pytest.param(
            [
                "70M had a TIA last month",
                "seen in stroke clinic the next day, MRI done, on clopidogrel and atorvastatin",
                "no new symptoms since, no weakness, speech fine",
                "came for BP check, 136/80",
            ],
            _patient(25850, "male", ("TIA 5 weeks ago",), pregnant=None),
            id="r27-en-004",
        ),  # NICE NG128 secondary prevention after TIA (already assessed, routine follow-up)
        pytest.param(
            [
                "24M known epilepsy, had a seizure",
                "it was Saturday, 2 days ago, his usual type, about 1 min, back to normal in 20 min",
                "no injury, no new symptoms, admits he missed 2 doses",
            ],
            _patient(8820, "male", ("epilepsy on levetiracetam",), pregnant=None),
            id="r27-en-005",
        ),  # NICE NG217 (established epilepsy, typical seizure with full recovery: routine review of adherence)
        pytest.param(
            [
                "32F follow-up bloods",
                "Hb was 5.8 last year from heavy periods, had 2 units blood and IV iron then",
                "today Hb 12.1",
                "feels well, periods much lighter now",
            ],
            _patient(11770, "female", ("menorrhagia, Mirena fitted",), pregnant=None),
            id="r27-en-006",
        ),  # NICE CKS Anaemia - iron deficiency (routine follow-up after correction)
        pytest.param(
            [
                "34M chest pain",
                "sorry colleague typed that wrong - not chest. it's burning in the upper stomach after meals, on and off for months",
                "no weight loss, no trouble swallowing, no vomiting, no black stools",
            ],
            _patient(12550, "male", (), pregnant=None),
            id="r27-en-010",
        ),  # NICE CG184 1.2 (uninvestigated dyspepsia without alarm features: routine primary care management)
        pytest.param(
            [
                "45M bee sting on right forearm yesterday",
                "forearm swollen about 10 cm, red, itchy",
                "no lip or tongue swelling, no wheeze, no dizziness, no rash elsewhere",
            ],
            _patient(16455, "male", (), pregnant=None),
            id="r27-en-011",
        ),  # NICE CKS Insect bites and stings (large local reaction, no systemic features: self-care)
        pytest.param(
            [
                "5yo boy, mum says fever up to 39 for 2 days",
                "no wait - that was last week. no fever for 5 days now",
                "now just a bit of cough at night, eating well, running around",
            ],
            _patient(2025, "male", (), pregnant=None),
            id="r27-en-013",
        ),  # NICE NG120 (post-viral cough, no fever) / NICE NG143 green
        pytest.param(
            [
                "76M here for his monthly med refill",
                "no new symptoms, no chest pain, no weakness",
                "BP 134/78, HR 72, INR 2.4",
            ],
            _patient(
                27940,
                "male",
                (
                    "MI 2012, stented",
                    "ischaemic stroke 2019, no residual deficit",
                    "AF on warfarin",
                    "CKD stage 3",
                ),
                pregnant=None,
            ),
            id="r27-en-015",
        ),  # NICE NG185 / NICE NG128 secondary prevention (stable, routine review)
        pytest.param(
            [
                "19F fainted while having blood taken",
                "out maybe 10 sec, felt hot and sweaty and sick before, saw the needle",
                "now sitting up chatting, BP 112/70, HR 72, no chest pain, no palpitations, no injury",
            ],
            _patient(7035, "female", (), pregnant=None),
            id="r27-en-017",
        ),  # NICE CG109 1.1.3 (uncomplicated vasovagal faint: no further immediate assessment)
        pytest.param(
            [
                "25M chest pain left side 3 days",
                "started after moving furniture",
                "sharp, worse when I press on the rib and when he twists",
                "no SOB, no sweating, obs normal, SpO2 99%",
            ],
            _patient(9275, "male", (), pregnant=None),
            id="r27-en-020",
        ),  # NICE CKS Costochondritis / Chest pain (reproducible musculoskeletal chest wall pain: self-care)
        pytest.param(
            [
                "27F LMP 5 weeks ago, test positive",
                "light brown spotting since yesterday",
                "> any pain? no pain at all, not dizzy, no shoulder pain",
            ],
            _patient(10085, "female", (), pregnant=True),
            id="r27-en-023",
        ),  # NICE NG126 1.3 (bleeding without pain, pregnancy <6 weeks: expectant management, repeat test in 7-10 days)
        pytest.param(
            [
                "33F headache most days for 2 weeks, like a tight band both sides",
                "worse with stress at work",
                "her mum died of a brain haemorrhage at 60 so she's scared",
                "not sudden, not worst ever, no vomiting, no weakness, BP 118/76",
            ],
            _patient(12125, "female", (), pregnant=None),
            id="r27-en-027",
        ),  # NICE CG150 1.1 / 1.3 (tension-type headache, no red flags: analgesia and self-care)
        pytest.param(
            [
                "47M low back pain after lifting, shooting down left leg",
                "> any saddle numbness or bladder/bowel change? no numbness around bottom, peeing normally, bowels normal",
                "no leg weakness, no fever, no cancer history",
            ],
            _patient(17265, "male", (), pregnant=None),
            id="r27-en-030",
        ),  # NICE NG59 1.2 (low back pain with sciatica, no red flags: self-management)
        pytest.param(
            [
                "35F bumped her head on the cupboard door 3 hrs ago",
                "vomited once straight after, none since",
                "no LOC, remembers everything, only a bruise, GCS 15, not on anticoagulants",
            ],
            _patient(12815, "female", (), pregnant=None),
            id="r27-en-032",
        ),  # NICE NG232 1.4 (adult head injury: CT only if >1 vomiting episode or other criteria; head injury advice)
        pytest.param(
            [
                "40M wants a heart check",
                "dad died of a heart attack at 50, uncle had a stroke at 60",
                "he has no chest pain, no SOB, no palpitations, just worried",
                "BP 128/80, BMI 27, smokes 10/day",
            ],
            _patient(14650, "male", (), pregnant=None),
            id="r27-en-041",
        ),  # NICE NG238 1.1 (cardiovascular risk assessment, routine) / NICE CG71 familial hypercholesterolaemia
        pytest.param(
            [
                "42F black stools",
                "started a week after she started the iron tablets",
                "stool formed, not sticky or tarry, no vomiting blood, no dizziness, HR 74",
            ],
            _patient(
                15390, "female", ("iron deficiency anaemia on ferrous sulfate",), pregnant=None
            ),
            id="r27-en-042",
        ),  # BNF ferrous sulfate side effects (dark stools expected); no features of GI bleeding
        pytest.param(
            [
                "50M nosebleed this morning, left side",
                "stopped after 10 min pressing",
                "not on blood thinners, BP 130/82, no bleeding since",
            ],
            _patient(18270, "male", (), pregnant=None),
            id="r27-en-044",
        ),  # NICE CKS Epistaxis (anterior bleed stopped with first aid: self-care advice)
        pytest.param(
            [
                "3yo boy temp 38.3 today with runny nose",
                "no fit this time, mum worried because he had one before",
                "playing, drinking, responsive, no rash",
            ],
            _patient(1205, "male", ("febrile convulsion age 18 months",), pregnant=None),
            id="r27-en-049",
        ),  # NICE NG143 1.2 traffic light: green / NICE CKS Febrile seizure (history only)
        pytest.param(
            [
                "22M T1DM, roommate found him sweaty and confused this morning",
                "gave him juice, came round within 10 min, ate breakfast",
                "now BG 7.8, fully alert and normal",
                "had a late night drinking",
            ],
            _patient(8040, "male", ("type 1 diabetes",), pregnant=None),
            id="r27-en-053",
        ),  # NICE NG17 1.6 (hypoglycaemia treated and fully recovered: review insulin/alcohol education routinely)
        pytest.param(
            [
                "28F cough 4 days with cold",
                "> any chest pain, breathlessness or coughing blood? no chest pain. no SOB. no blood",
                "temp 37.4, RR 16, SpO2 99%",
            ],
            _patient(10230, "female", (), pregnant=None),
            id="r27-en-058",
        ),  # NICE NG120 1.1 (acute cough, no red flags: self-care)
        pytest.param(
            [
                "2yo runny nose and cough 2 days",
                "temp 37.9 this morning",
                "mum is scared because her niece had meningitis last year",
                "no rash, playing, eating and drinking, wet nappies normal, alert",
            ],
            _patient(830, "female", (), pregnant=None),
            id="r27-en-060",
        ),  # NICE NG143 1.2 traffic light: green -> home care with safety netting
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
