# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A forty-eighth held-out round (2026-12-07, at commit cb25c6d: two reviewers, 120 cases of
conversations that change on the way, at all ages: a red flag told only in the last message, a
corrected number or age, a relative's history, a question the staff asked and the family's
answer, a denial taken back, vital signs given later, a photo described; look-alikes in which an
alarming word belongs to someone else, to the past, to a question, or is denied; 16 emergencies,
24 same-day and 20 look-alikes a set). Before these fixes the rules found 16 of 16 and 16 of 16
emergencies, graded 15 of 24 and 20 of 24 same-day cases exactly, and sent 4 and 2 look-alikes to
emergency.

What changed: several questions told in a row and one denial for all (问她嗓子紧不紧 喘不喘 说都没有,
问他有没有想不开 有没有不想活的念头 说没有没有) deny every item asked; an A-not-A question answered
with its own word (问他胸口疼不疼 说疼) is a yes; the comma put between a question and its answer is
now one the clause splitter knows, so 问他发烧不 说没有 就是胸口疼 no longer denies the chest pain (it
did before); "asked about ... - all no" denies each; a relative's question (他妈问是不是喉头水肿) is
not a finding; a usual blood pressure told after today's (以前都110/70左右, 平时130/80, "usually
130/80") no longer replaces it (a pregnant woman's 148/96 was lost); 腋下39.2 is a temperature;
"sorry I mean 2 years" corrects an age; red jelly sweets are not redcurrant stool; 听不到呼呼声 is a
dialysis fistula's only beside 内瘘; 吸气胸口疼 is pleuritic. After: 16/16, 16/16; 19/24, 23/24;
look-alikes 19/20, 20/20.

Kept deliberately: current thoughts of death, a 35-week leak of clear fluid, postpartum fever with
foul lochia and acute angle-closure glaucoma stay emergencies. Left: "吐血了 - 哦不是 是鼻子出血"
(a correction that retracts the last message), chest pain whose day is corrected in a later
message, 问了 头不疼 眼不花 (answers after 问了 are read as unanswered questions)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "4个月宝宝 发烧",
                "刚量的 腋下39.2",
                "奶吃得差不多 有点闹 哄得好",
                "没起疹子 囟门不鼓",
            ],
            _patient(121, "female", (), pregnant=None),
            id="r48-zh-022",
        ),  # NICE NG143 traffic-light table: age 3–6 months with temperature ≥39°C = amber → same-day clinical assessment
        pytest.param(
            [
                "45岁男 咳嗽发烧三天",
                "咳黄痰 右边吸气胸口疼",
                "体温38.6 呼吸22 血压128/80 心率100 指脉氧95",
                "人清楚 自己走进来的",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r48-zh-025",
        ),  # NICE NG138 community-acquired pneumonia: suspected pneumonia, CRB65 = 0 → clinician assessment and antibiotics within 4 hours of diagnosis (same day, home-managed)
        pytest.param(
            [
                "70岁男 从昨晚到现在没尿出来",
                "小肚子胀 憋得难受",
                "前列腺增生好多年了 前天感冒吃了个感冒药",
                "摸着小肚子鼓鼓的",
            ],
            _patient(25568, "male", ("前列腺增生",), pregnant=None),
            id="r48-zh-035",
        ),  # NICE CKS LUTS in men: acute urinary retention → immediate (same-day) catheterisation/urology referral
        pytest.param(
            [
                "孕34周 来产检",
                "血压148/96 歇十分钟再量146/95",
                "以前都110/70左右",
                "问了 头不疼 眼不花 肚子不疼 胎动好",
            ],
            _patient(10958, "female", (), pregnant=True),
            id="r48-zh-054",
        ),  # NICE NG133 hypertension in pregnancy; 妊娠期高血压疾病诊治指南(2020): new hypertension 140/90–159/109 after 20 weeks → referral for secondary-care assessment within 24 hours
        pytest.param(
            [
                "10 weeks pregnant, vomiting all day for 3 days",
                "cant keep even water down since yesterday, took the metoclopramide we gave, didnt help",
                "urine ketones 3+, HR 106, BP 108/68, lost 3kg",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="r48-en-001",
        ),  # RCOG GTG 69 nausea and vomiting of pregnancy and hyperemesis gravidarum: unable to keep down fluids/antiemetics with ketonuria -> ambulatory day care or admission today
        pytest.param(
            [
                "48M woke up 2 days ago with right ear blocked, cant hear on that side",
                "no pain, no discharge, canal looks clear",
                "some ringing, no dizziness",
            ],
            _patient(17532, "male", (), pregnant=False),
            id="r48-en-009",
        ),  # NICE CKS hearing loss: sudden sensorineural hearing loss within 30 days -> urgent ENT assessment within 24 hours; Chinese sudden deafness guideline 2015
        pytest.param(
            [
                "60M right calf swollen and painful, 2 weeks after knee replacement",
                "R calf 4cm bigger than L",
                "asked about breathlessness, chest pain, coughing blood - all no. SpO2 98 HR 80",
            ],
            _patient(21915, "male", ("knee replacement",), pregnant=False),
            id="r48-en-020",
        ),  # NICE NG158 VTE 1.1: DVT likely (Wells) -> proximal leg vein ultrasound within 4 hours or interim anticoagulation, same day
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "38岁男 睡不着 半个月了",
                "问他有没有想不开 有没有不想活的念头 说没有没有 就是公司裁员压力大",
                "白天还能上班 吃饭还行 心情说一般",
                "想开点安眠药",
            ],
            _patient(13880, "male", (), pregnant=None),
            id="r48-zh-001",
        ),  # NICE CKS insomnia: short-term insomnia without suicidal ideation → sleep hygiene, routine consultation
        pytest.param(
            [
                "他爷爷上礼拜心梗 在县医院住着 放了支架",
                "今天带来的是孙子 8岁 骑车摔了",
                "膝盖擦破一块皮 半个巴掌大 渗点血 沙子冲干净了",
                "走路没事 疫苗都按时打的",
            ],
            _patient(2922, "male", (), pregnant=None),
            id="r48-zh-002",
        ),  # NICE CKS / WHO basic wound care: superficial clean abrasion, fully immunised → home wound care
        pytest.param(
            [
                "50岁男 来量血压 180/100",
                "等一下 刚才袖带绑在衣服外面 人也没坐好",
                "让他坐了五分钟重新量 142/88 再量138/86",
                "不头疼不头晕 不胸闷 以前没查过血压",
            ],
            _patient(18262, "male", (), pregnant=None),
            id="r48-zh-003",
        ),  # NICE NG136 hypertension: clinic BP 140/90–179/119 without symptoms → confirm with ABPM/HBPM, routine assessment
        pytest.param(
            [
                "70岁男 来开降压药",
                "前年脑梗过 左手到现在还有点不得劲 一直这样",
                "这回没新的不舒服 血压136/82",
                "药快吃完了 想多开点",
            ],
            _patient(
                25568,
                "male",
                (
                    "高血压",
                    "陈旧性脑梗死",
                ),
                pregnant=None,
            ),
            id="r48-zh-008",
        ),  # 中国缺血性卒中和短暂性脑缺血发作二级预防指南(2022): stable old stroke deficit, no new symptoms → routine secondary-prevention follow-up
        pytest.param(
            [
                "25岁男 胸口疼",
                "他爸三年前心梗 放过支架 他有点怕",
                "昨天帮人搬家 搬了一天柜子",
                "按着左边肋骨那块就疼 一扭身更疼 不闷 不出汗 不喘",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r48-zh-011",
        ),  # NICE CKS chest pain / costochondritis: reproducible chest wall pain after exertion in young adult without cardiac features → self-care analgesia and advice
        pytest.param(
            [
                "孕30周 脚肿",
                "下午肿得明显 早上起来就消 两只脚都肿",
                "血压118/74 尿蛋白阴性",
                "问了 头不疼 眼不花 肚子不疼",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="r48-zh-012",
        ),  # NICE NG201 antenatal care: dependent oedema with normal BP and no proteinuria → self-care advice
        pytest.param(
            [
                "42岁男 搬水泥闪了腰 昨天",
                "腰下面疼 弯不下去",
                "问了 大小便正常 屁股周围不麻 腿不麻不疼 没发烧",
                "以前没啥病 没肿瘤",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r48-zh-016",
        ),  # NICE NG59 low back pain: no red flags (no cauda equina symptoms) → self-management, stay active, analgesia
        pytest.param(
            [
                "孩子可能吞了个硬币 2岁",
                "等会 家长说找着了 在沙发缝里",
                "问了 孩子不咳 不流口水 吃东西正常 一直在玩",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r48-zh-019",
        ),  # ESPGHAN/NASPGHAN 2021 paediatric foreign body ingestion position paper: ingestion excluded, asymptomatic child → home with advice
        pytest.param(
            [
                "35岁女 头疼 下午开始",
                "我问是不是突然一下炸开那种 她说不是 慢慢疼起来的 两边太阳穴紧绷绷",
                "这几天加班 睡得少",
                "不发烧 脖子不硬 手脚没事 看东西清楚 血压122/78",
            ],
            _patient(12784, "female", (), pregnant=None),
            id="r48-zh-020",
        ),  # NICE CG150 headaches / CKS tension-type headache: no red flags (not thunderclap) → self-care analgesia and advice
        pytest.param(
            [
                "30岁男 大便带血 两天了",
                "鲜红的 在纸上和大便表面 拉完就没了",
                "这几天便秘 使劲拉 肛门口疼",
                "问了 没黑便 不头晕 体重没掉",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r48-zh-029",
        ),  # NICE CKS haemorrhoids / anal fissure; NICE NG12 (no suspected-cancer criteria): bright red outlet bleeding in young adult without red flags → routine primary-care assessment
        pytest.param(
            [
                "55岁女 头晕 早上翻身的时候天旋地转",
                "就几十秒 坐起来不动就好了 躺下一扭头又晕",
                "问了 说话清楚 手脚有劲 不头疼 走路稳",
                "以前犯过一回 说是耳石症",
            ],
            _patient(20089, "female", (), pregnant=None),
            id="r48-zh-036",
        ),  # NICE CKS vertigo: typical BPPV without neurological signs → Dix–Hallpike/Epley at routine appointment
        pytest.param(
            [
                "2岁男孩 晚上咳得跟狗叫一样 空空的",
                "他妈问是不是喉头水肿 要不要上大医院",
                "现在安静的时候听不到呼呼声 不憋 嘴唇红的 能吃能喝",
                "低烧37.8",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r48-zh-038",
        ),  # NICE CKS croup: mild croup (no stridor at rest, no recession) → home care with safety-net advice
        pytest.param(
            [
                "3岁女孩 发烧一天 38.5",
                "去年发烧的时候抽过一回 医院说热性惊厥",
                "这回没抽 吃了退烧药37.6 在家蹦蹦跳跳",
                "吃喝都行 尿正常 没起疹子",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r48-zh-042",
        ),  # NICE NG143 (green features only) and NICE CKS febrile seizure: past febrile seizure does not change management → home care with safety-net advice
        pytest.param(
            [
                "宝宝2个月 发烧38.1",
                "不好意思打错了 是2岁2个月",
                "昨天开始流鼻涕 今天低烧 精神好 吃饭喝水正常 尿也多",
                "没起疹子 不喘",
            ],
            _patient(791, "male", (), pregnant=None),
            id="r48-zh-045",
        ),  # NICE NG143: child over 6 months with green features only (URTI) → home care with safety-net advice
        pytest.param(
            [
                "孕9周 吐得厉害 早上起来就恶心",
                "问她吐的里面有没有血 说没有 就清水和早饭",
                "能吃点饼干 水喝得下 尿颜色正常",
                "不发烧 肚子不疼 没见红",
            ],
            _patient(9862, "female", (), pregnant=True),
            id="r48-zh-049",
        ),  # NICE CKS nausea/vomiting in pregnancy: mild NVP, tolerating fluids, no dehydration → self-care (small frequent meals, ginger)
        pytest.param(
            [
                "60岁男 糖尿病 吃格列美脲加二甲双胍",
                "上午干活心慌手抖出汗 测血糖3.6",
                "吃了两块糖 喝半瓶可乐 十五分钟测6.8 现在没事了",
                "早饭没怎么吃 人清楚 说话正常",
            ],
            _patient(21915, "male", ("2型糖尿病",), pregnant=None),
            id="r48-zh-050",
        ),  # ADA Standards of Care 2024 §6 and 中国2型糖尿病防治指南(2020): level 1 hypoglycaemia self-treated and resolved → routine review of sulfonylurea dose
        pytest.param(
            [
                "21岁女 胳膊被虫子咬了 肿一块",
                "发了张照片 一个红包 鸡蛋黄那么大 中间一个小点",
                "问她嗓子紧不紧 喘不喘 说都没有 就是痒",
                "嘴唇眼睛没肿 身上别处没起疙瘩",
            ],
            _patient(7670, "female", (), pregnant=None),
            id="r48-zh-053",
        ),  # NICE CKS insect bites and stings: local reaction without systemic features → self-care (cold compress, oral antihistamine)
        pytest.param(
            [
                "10个月男孩 昨晚烧到38.3",
                "今天早上37.2 一上午没烧",
                "吃奶吃饭跟平时一样 玩得挺好 尿不湿正常",
                "就流点清鼻涕",
            ],
            _patient(303, "male", (), pregnant=None),
            id="r48-zh-056",
        ),  # NICE NG143 green features only → home care with safety-net advice
        pytest.param(
            [
                "孕24周 大便发黑 她吓坏了",
                "问了 上礼拜产检说贫血 开了多糖铁复合物 一直在吃",
                "大便成形 黑绿色 不是柏油那样粘的",
                "不头晕 心率80 不肚子疼",
            ],
            _patient(11323, "female", (), pregnant=True),
            id="r48-zh-057",
        ),  # NICE CKS anaemia – iron deficiency: dark formed stools are an expected effect of oral iron; no GI bleed features → reassurance
        pytest.param(
            [
                "45F numbness in right hand, thumb and first fingers",
                "wakes her at night, she shakes the hand and it gets better",
                "asked about face droop, arm weakness or speech problems - none. been 2 months",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r48-en-003",
        ),  # NICE CKS carpal tunnel syndrome: routine conservative management
        pytest.param(
            [
                "33M says he 'cant breathe' at night",
                "ok clarified: nose totally blocked, green mucus, face pressure, 5 days after a cold",
                "breathing fine otherwise, SpO2 99, T 37.5",
            ],
            _patient(12053, "male", (), pregnant=False),
            id="r48-en-006",
        ),  # NICE NG79 sinusitis (acute): symptoms <10 days -> self-care
        pytest.param(
            [
                "3yo fever 3 days up to 39.5",
                "fever gone this morning and now pink rash on body",
                "glass test: rash fades. shes more lively now, eating",
            ],
            _patient(1096, "female", (), pregnant=False),
            id="r48-en-007",
        ),  # NICE CKS roseola infantum / NICE NG143: blanching rash after fever settles, well child -> self-care
        pytest.param(
            [
                "28F headache again today, both sides, like a tight band",
                "asked: sudden worst ever? no. fever? no. stiff neck? no. vision ok",
                "gets these when working late, paracetamol usually helps",
            ],
            _patient(10227, "female", (), pregnant=False),
            id="r48-en-010",
        ),  # NICE CG150 headaches / NICE CKS tension-type headache: no red flags -> reassurance and simple analgesia
        pytest.param(
            [
                "grandpa had a faint last week and stayed in county hospital, hes home now and ok",
                "but today asking about the grandson 5 yo: lots of itchy red bumps on legs after playing in the fields",
                "no fever, no face swelling, no breathing problem, bumps look like mosquito bites",
            ],
            _patient(1826, "male", (), pregnant=False),
            id="r48-en-012",
        ),  # NICE CKS insect bites and stings: local reaction -> self-care; faint belongs to grandfather
        pytest.param(
            [
                "6yo girl hit forehead on table corner 3 hours ago",
                "cried straight away, didnt pass out - i asked twice",
                "small bump, no vomiting, acting normal, not on any meds",
            ],
            _patient(2192, "female", (), pregnant=False),
            id="r48-en-014",
        ),  # NICE NG232 head injury 2023: no risk factors for brain injury -> home with written advice
        pytest.param(
            [
                "24M chest pain left side since yesterday after helping move furniture",
                "hurts when he twists or when I press on the ribs, sharp",
                "no SOB, HR 72 BP 118/76 SpO2 99, no fever",
            ],
            _patient(8766, "male", (), pregnant=False),
            id="r48-en-017",
        ),  # NICE CKS chest pain / costochondritis: reproducible musculoskeletal chest wall pain in low-risk young adult -> analgesia and self-care
        pytest.param(
            [
                "50F dizzy, room spinning when she turns over in bed or looks up",
                "less than a minute each time, started 3 days ago",
                "no headache, no hearing loss, walks normal, speech normal, BP 126/80",
            ],
            _patient(18262, "female", (), pregnant=False),
            id="r48-en-018",
        ),  # NICE CKS vertigo: benign paroxysmal positional vertigo -> Epley manoeuvre, routine care
        pytest.param(
            [
                "6yo boy cough and runny nose 3 days",
                "I asked about breathing difficulty or chest pain - mum says no, only coughs at night",
                "T 37.8 RR 22 SpO2 98, playing on the phone",
            ],
            _patient(2192, "male", (), pregnant=False),
            id="r48-en-022",
        ),  # NICE NG143 green features / NICE NG120 cough (acute): self-care with safety-net advice
        pytest.param(
            [
                "30M bright red blood on tissue after stool, a few drops, 3 days",
                "constipated, straining. diagnosed piles last year, same thing",
                "no weight loss, no change in bowel habit, not dizzy, no black stools",
            ],
            _patient(10958, "male", ("haemorrhoids",), pregnant=False),
            id="r48-en-024",
        ),  # NICE CKS haemorrhoids; NICE NG12 (under 50, no other features, no suspected-cancer pathway): routine management
        pytest.param(
            [
                "8yo stung by a wasp on the arm 1 hour ago",
                "mum sent photo: swelling around it about 4cm, red, itchy",
                "we asked about lips, tongue, breathing, dizziness, rash elsewhere - all no",
            ],
            _patient(2922, "female", (), pregnant=False),
            id="r48-en-031",
        ),  # NICE CKS insect bites and stings: local reaction without systemic features -> self-care; anaphylaxis criteria (Resuscitation Council UK 2021) not met
        pytest.param(
            [
                "4yo vomited once, mum says there was red in it",
                "then she says he ate lots of watermelon and red jelly sweets just before",
                "no more vomiting, playing now, no fever, no diarrhoea",
            ],
            _patient(1461, "male", (), pregnant=False),
            id="r48-en-032",
        ),  # NICE CG84 diarrhoea and vomiting in children: single vomit, no dehydration or red flags -> home care; red colour from food
        pytest.param(
            [
                "72M had a stroke 3 yrs ago, left arm still weaker since then, no change",
                "here for monthly refill amlodipine + aspirin + atorvastatin",
                "BP 138/84, no new symptoms",
            ],
            _patient(
                26298,
                "male",
                (
                    "hypertension",
                    "old stroke",
                ),
                pregnant=False,
            ),
            id="r48-en-034",
        ),  # Chinese guideline for secondary prevention of ischaemic stroke 2022 / NICE CG181: stable residual deficit, routine secondary prevention follow-up
        pytest.param(
            [
                "3yo boy seen yesterday for HFMD, mouth ulcers, spots on hands",
                "today fever lower 37.9, eating a bit of congee",
                "mum asked about jerks in sleep or vomiting - none, not sleepy, breathing normal, HR 110",
            ],
            _patient(1096, "male", (), pregnant=False),
            id="r48-en-041",
        ),  # China NHC HFMD diagnosis and treatment guideline 2018: ordinary case without severe warning signs -> home isolation and symptomatic care
        pytest.param(
            [
                "2yo girl fever 38.5 since this morning, runny nose",
                "mum very scared because she had a febrile fit last year",
                "no fit this time, alert and playing, drinking well, no rash",
            ],
            _patient(730, "female", (), pregnant=False),
            id="r48-en-043",
        ),  # NICE NG143 green features and NICE CKS febrile seizure: home care with antipyretic and safety-net advice; seizure is past history
        pytest.param(
            [
                "4 month old had DTaP and polio vaccine this morning here",
                "now temp 38.2 and fussy",
                "feeding ok, wet nappies, leg a little red at injection site",
            ],
            _patient(122, "female", (), pregnant=False),
            id="r48-en-048",
        ),  # NICE CKS immunisations / China NIP AEFI guidance: fever and local reaction within 48 h of vaccination in well infant -> home care; NICE NG143 (3-6 months, temp <39)
        pytest.param(
            [
                "baby 2 weeks fever 38",
                "sorry I mean 2 YEARS not weeks. runny nose, coughing a bit",
                "eating less but drinking ok, playing, no rash",
            ],
            _patient(730, "male", (), pregnant=False),
            id="r48-en-049",
        ),  # NICE NG143 fever in under 5s: green features -> home care with safety-net advice
        pytest.param(
            [
                "28 wks antenatal check, BP 158/96",
                "sorry typo!! 128/76. urine protein neg",
                "no headache, no swelling, baby moving well",
            ],
            _patient(9496, "female", (), pregnant=True),
            id="r48-en-051",
        ),  # NICE NG201 antenatal care: normal BP and no proteinuria -> routine antenatal schedule
        pytest.param(
            [
                "35F runny nose and sore throat 2 days",
                "shes worried because her father had a heart attack last year and she read colds can affect the heart",
                "no chest pain, no SOB, T 37.4, eating ok",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r48-en-052",
        ),  # NICE CKS common cold: self-care and symptomatic relief; heart attack history belongs to father
        pytest.param(
            [
                "20 wks pregnant, heartburn after meals, worse lying down",
                "in her last pregnancy she bled at 12 weeks and miscarried, this one is fine so far",
                "no bleeding, no pain, BP 112/70",
            ],
            _patient(10958, "female", (), pregnant=True),
            id="r48-en-054",
        ),  # NICE CKS dyspepsia in pregnancy: lifestyle advice and antacids; bleeding refers to previous pregnancy
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
