# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A thirtieth held-out round (2026-12-07, at commit 5fb2c63: two reviewers, 120 cases on children
where the choice is ambulance, doctor today or home: NICE NG143 traffic lights, bronchiolitis,
croup, dehydration, febrile seizures, limp, rashes, head injury, ingestions (button batteries,
magnets, a grandparent's tablets) and green look-alikes (breath-holding, teething, a well child
with a high fever); 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the
rules found 13 of 16 and 11 of 16 emergencies, graded 10 of 24 and 13 of 24 same-day cases
exactly, and sent 4 of 20 and 5 of 20 look-alikes to emergency.

What changed: swallowed magnets are an ingestion (吞了磁力珠, "swallowed 2 maybe 3 … magnets";
ESPGHAN 2015), and so is a button battery "in his mouth" that cannot be found; a toddler "found
with nainai's BP tablets, 3 missing from the blister" took tablets (a blister pack is not a
blister); a fontanelle told as "soft spot on top of head bulging"; 叫她半天才睁下眼 又睡过去 is
reduced consciousness; 哼哼声 is grunting, 我数了一分钟72次 a breathing rate and 血氧测了89 a
saturation; "fever 38.2 day 1" is a temperature, not 38 days; 用杯子压 is the test, not a
non-blanching rash, and 会褪色 is not one; a barking cough is croup, not stridor, and stridor
only when the child cries is not stridor at rest (NICE CKS croup: same day); blue hands and feet
with pink lips in a newborn are acrocyanosis; a severe asthma attack's pulse is over 140 at 2-5
and over 125 at 5-12 (BTS/SIGN 158); new same-day rules: a limp under 3, not bearing weight, or
at 9-16 with hip or knee pain (NICE CKS acute childhood limp), scarlet fever (sandpaper rash,
strawberry tongue), a red swollen eyelid with fever (periorbital cellulitis) and a pulled elbow;
wordings for a child's urinary symptoms (尿尿说疼, 尿特别臭), vomiting everything (喝一口水吐一口),
blood in the stool (大便里有血). After: 16/16, 15/16; 18/24, 21/24; look-alikes 18/20, 17/20.

Kept deliberately: a suspected button battery that is later found stays an emergency (a reported
ingestion is an event a later message does not undo); a child refusing to drink because of mouth
ulcers is IMCI's "not able to drink"; a febrile child with a hot swollen knee who will not walk is
same day (NICE CKS febrile limp), not the ambulance the reviewer asked for. Left: breath-holding
spells read as apnoea and cyanosis, a recurrent simple febrile seizure that has recovered, a
laryngomalacia stridor since birth, and the same-day half's measles, whooping cough, a swallowed
coin or single magnet, chickenpox with a spreading skin infection and a bronchiolitis feeding
two-thirds."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "三岁 吞了磁力珠",
                "他哥哥说吞了好几颗 大概三四颗",
                "现在说肚子有点不舒服",
            ],
            _patient(1150, "male", (), pregnant=False),
            id="r30-zh-039",
        ),  # NASPGHAN 2015 magnet ingestion algorithm: multiple magnets (with symptoms) – immediate surgical/endoscopic assessment
        pytest.param(
            [
                "一岁一个月 拉肚子吐了两天",
                "今天尿很少 上午到现在没尿",
                "手脚冰凉 皮肤花花的",
                "叫她半天才睁下眼 又睡过去",
            ],
            _patient(400, "female", (), pregnant=False),
            id="r30-zh-051",
        ),  # NICE CG84 1.2 table: clinical shock (decreased consciousness, cold extremities, mottled skin) – immediate transfer
        pytest.param(
            [
                "一个半月的 咳嗽三天 喘",
                "呼吸很快 我数了一分钟72次",
                "每次呼气都有哼哼声",
                "血氧测了89",
            ],
            _patient(42, "female", (), pregnant=False),
            id="r30-zh-060",
        ),  # NICE NG9 1.3.1: grunting, RR >70, SpO2 <92% – refer immediately/emergency
        pytest.param(
            [
                "3yo swallowed 2 maybe 3 of those tiny shiny ball magnets from his brother's desk toy",
                "about 1 hr ago, mum saw him put them in his mouth",
                "seems ok, tummy not sore, no vomiting",
            ],
            _patient(1100, "male", (), pregnant=None),
            id="r30-en-009",
        ),  # NASPGHAN 2015 / BSPGHAN magnet ingestion guidance: multiple magnets - immediate hospital X-ray and surgical review (risk of bowel perforation)
        pytest.param(
            [
                "5mo girl fever 38.9, vomited x3",
                "very irritable, cry is high pitched, can't settle her",
                "soft spot on top of head bulging even when she's upright and calm",
            ],
            _patient(160, "female", (), pregnant=None),
            id="r30-en-019",
        ),  # NICE NG143 traffic-light red: bulging fontanelle, weak/high-pitched continuous cry; NICE NG240 suspected bacterial meningitis - immediate transfer
        pytest.param(
            [
                "found her with nainai's BP tablets about 30 min ago",
                "amlodipine 10mg, 3 missing from the blister, nainai not sure if she took them this morning",
                "2.5 yo, playing at the moment, no symptoms yet",
            ],
            _patient(913, "female", (), pregnant=None),
            id="r30-en-022",
        ),  # NPIS/TOXBASE: calcium-channel blocker ingestion in a toddler ('one pill can kill') - immediate hospital referral and prolonged monitoring
        pytest.param(
            [
                "yeye says the little boy had the flat round battery from the TV remote in his mouth",
                "now can't find it anywhere, remote cover open",
                "silver coin size ~2cm",
                "no cough, drooling a bit more than usual, 2 yrs old",
            ],
            _patient(800, "male", (), pregnant=None),
            id="r30-en-055",
        ),  # NHS/RCEM button battery ingestion guidance; NASPGHAN 2015: suspected button battery ingestion - immediate transfer for X-ray, oesophageal battery removal within 2 h
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "4岁女孩 这两天尿尿说疼 一会儿就要尿",
                "今天发烧38.4 说腰这边疼",
                "能吃能喝 精神还行",
            ],
            _patient(1460, "female", (), pregnant=False),
            id="r30-zh-020",
        ),  # NICE NG224 1.1: suspected acute pyelonephritis (fever ≥38°C, loin pain) in child ≥3 months – same-day assessment and antibiotics
        pytest.param(
            [
                "三岁 滑滑梯下来腿扭了一下",
                "现在右腿不肯踩地 一踩就哭",
                "小腿不肿不变形 不发烧",
                "其他都好 能吃能玩",
            ],
            _patient(1100, "male", (), pregnant=False),
            id="r30-zh-023",
        ),  # NICE CKS Acute childhood limp: non-weight-bearing after minor injury (possible toddler's fracture) – same-day assessment/X-ray
        pytest.param(
            [
                "两岁的男孩 今天走路一瘸一拐的",
                "没看到摔跤 不发烧",
                "能站能走 就是瘸 问他哪疼也说不清",
            ],
            _patient(None, "male", (), pregnant=False),
            id="r30-zh-033",
        ),  # NICE CKS Acute childhood limp: child under 3 years with limp – same-day assessment
        pytest.param(
            [
                "两岁 昨晚开始咳嗽像狗叫一样 声音哑",
                "哭的时候有点吸气的响声 安静下来就没有了",
                "呼吸不费力 胸口不凹 嘴唇红润",
                "能喝水 能玩",
            ],
            _patient(740, "female", (), pregnant=False),
            id="r30-zh-037",
        ),  # NICE CKS Croup: mild croup (no stridor/recession at rest) – single dose oral dexamethasone, home care
        pytest.param(
            [
                "10个月 发烧38.8 咳嗽",
                "呼吸一分钟54次 鼻翼一扇一扇的",
                "血氧95",
                "没有哼哼声 胸口凹陷不明显 能吃奶 精神可以",
            ],
            _patient(310, "male", (), pregnant=False),
            id="r30-zh-038",
        ),  # NICE NG143 table 1 amber: nasal flaring, RR >50 (6–12 months), SpO2 ≤95%
        pytest.param(
            [
                "三岁 拉肚子两天 今天大便里有血 有黏液",
                "发烧38.3",
                "精神还可以 尿也有 能喝水",
            ],
            _patient(1150, "female", (), pregnant=False),
            id="r30-zh-048",
        ),  # WHO IMCI 2014 chart: dysentery (blood in stool) – antibiotic; NICE CG84 1.1 blood in stool
        pytest.param(
            [
                "9个月女孩 发烧两天 39度左右",
                "没咳嗽没流涕 嗓子也不红",
                "尿特别臭 颜色有点浑",
                "吃奶还行 精神可以",
            ],
            _patient(270, "female", (), pregnant=False),
            id="r30-zh-049",
        ),  # NICE NG224 / NICE NG143 1.4: fever without focus, suspected UTI in infant ≥3 months – same-day urine test and treatment
        pytest.param(
            [
                "5岁女孩 喉咙痛发烧 38.6",
                "今天身上出了红疹子 摸上去像砂纸一样 压了会褪色",
                "舌头红红的 一颗一颗的",
                "能吃能喝 精神还行",
            ],
            _patient(1900, "female", (), pregnant=False),
            id="r30-zh-050",
        ),  # NICE CKS Scarlet fever: clinical diagnosis and antibiotic treatment (notifiable)
        pytest.param(
            [
                "sore throat, fever 38.5 yesterday",
                "today fine red rash on chest and neck, feels rough like sandpaper",
                "tongue red and bumpy like strawberry",
                "drinking, alert, 4yo",
            ],
            _patient(1480, "male", (), pregnant=None),
            id="r30-en-001",
        ),  # NICE CKS Scarlet fever: clinical diagnosis - phenoxymethylpenicillin 10 days, notify; same-day assessment
        pytest.param(
            [
                "L eyelid swollen and red since yesterday, fever 38.3",
                "she can open the eye, eye moves normally all directions, no pain moving it",
                "can see fine, no bulging, 5 yo",
            ],
            _patient(1830, "female", (), pregnant=None),
            id="r30-en-006",
        ),  # NICE CKS Cellulitis - acute: periorbital (preseptal) cellulitis in a child - same-day hospital referral; no orbital signs
        pytest.param(
            [
                "dad swung her round by the arms, she cried",
                "now holding right arm still by her side, won't reach for things with it",
                "no swelling, no bruise, no fever, otherwise happy, 2 yo",
            ],
            _patient(740, "female", (), pregnant=None),
            id="r30-en-011",
        ),  # RCH Melbourne Clinical Practice Guideline: pulled elbow - same-day clinical assessment and reduction; NICE NG143 amber: not using an extremity
        pytest.param(
            [
                "limping since she woke up this morning, mum didn't see any fall",
                "temp normal, eating, happy sitting and playing",
                "weight bearing but favouring left leg",
                "she's 2 and a bit",
            ],
            _patient(795, "female", (), pregnant=None),
            id="r30-en-021",
        ),  # NICE CKS Acute childhood limp: child under 3 years with unexplained limp - same-day assessment
        pytest.param(
            [
                "fell off the slide yesterday and twisted his leg",
                "won't stand on right leg today, crawling instead",
                "no swelling we can see, no fever, 20 months",
            ],
            _patient(610, "male", (), pregnant=None),
            id="r30-en-032",
        ),  # NICE NG143 amber: non-weight bearing limb; NICE CKS Acute childhood limp: refusal to weight bear - same-day assessment/X-ray (toddler's fracture)
        pytest.param(
            [
                "11yo boy limping for 3 weeks",
                "pain in left knee and front of thigh, no injury",
                "can walk, no fever, hip stiff when I try to turn it in",
                "he is quite overweight",
            ],
            _patient(4100, "male", ("obesity",), pregnant=None),
            id="r30-en-039",
        ),  # NICE CKS Acute childhood limp: suspected slipped capital femoral epiphysis - same-day orthopaedic referral
        pytest.param(
            [
                "known asthma, wheezy since yesterday with a cold",
                "salbutamol 4 puffs via spacer helps for ~3 hrs then back",
                "talking in full sentences, RR 34, sats 95%, HR 125, no recession",
            ],
            _patient(1530, "female", ("asthma",), pregnant=None),
            id="r30-en-043",
        ),  # BTS/SIGN 158 acute asthma in children 2-5 y: moderate (SpO2 >=92%, no severe features) - treat in primary care same day with bronchodilator and oral prednisolone
        pytest.param(
            [
                "barking cough since last night, hoarse voice, low fever",
                "noisy breathing only when she cries or gets upset",
                "when calm breathing quiet, no sucking in at ribs or neck",
                "drinking and playing, 2.5 yrs",
            ],
            _patient(912, "female", (), pregnant=None),
            id="r30-en-051",
        ),  # NICE CKS Croup: mild croup (stridor only when upset, no recession at rest) - single dose oral dexamethasone 0.15 mg/kg same day, home care
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "他姐姐昨天确诊猩红热了 在吃阿莫西林",
                "这个弟弟6岁 现在没发烧 嗓子不痛 身上没疹子",
                "家长想问弟弟需不需要也去医院",
            ],
            _patient(2300, "male", (), pregnant=False),
            id="r30-zh-003",
        ),  # NICE CKS Scarlet fever: asymptomatic household contacts – no antibiotics, seek care if symptoms develop
        pytest.param(
            [
                "两岁女孩 幼儿园好几个手足口",
                "她手心脚底有小红疹子 嘴里两个小溃疡",
                "烧了一天 最高38.3 今天37.5",
                "没有惊跳 没有手脚抖 不吐 精神好 能喝水",
            ],
            _patient(680, "female", (), pregnant=False),
            id="r30-zh-014",
        ),  # 《手足口病诊疗指南(2018年版)》普通型：无重症危险信号 – 居家隔离治疗
        pytest.param(
            [
                "3岁 上个月得过喉炎 犬吠样咳嗽 当时去急诊打了针",
                "这次就是流清鼻涕 打喷嚏",
                "不咳嗽 声音不哑 晚上睡觉呼吸很安静 没有喉咙响",
            ],
            _patient(None, "female", (), pregnant=False),
            id="r30-zh-017",
        ),  # NICE CKS Common cold in children: self-care; NICE CKS Croup (no current croup features)
        pytest.param(
            [
                "3岁 15公斤 刚才自己拿了两片布洛芬吃了 每片200毫克的",
                "就两片 瓶子里数过了",
                "现在没什么不舒服 跟平时一样",
            ],
            _patient(None, None, (), pregnant=False),
            id="r30-zh-019",
        ),  # NPIS TOXBASE ibuprofen: <100 mg/kg (here ~27 mg/kg) in an asymptomatic child – no treatment required
        pytest.param(
            [
                "奶奶说看到孙女拿着爷爷的降压药瓶子在玩",
                "瓶子盖是拧紧的 孩子没打开",
                "药片数了一下 跟昨天记的数一样 一片不少",
                "孩子嘴里也没有药味 现在很正常",
            ],
            _patient(760, "female", (), pregnant=False),
            id="r30-zh-021",
        ),  # NPIS TOXBASE: no exposure (closed container, tablets all accounted for) – no treatment, prevention advice
        pytest.param(
            [
                "3岁 发烧39.8 家长很紧张 说烧这么高会不会烧坏脑子",
                "昨天开始流鼻涕 今天烧的",
                "吃了退烧药以后在玩 会笑 会说话",
                "水喝得挺多 尿也正常 没皮疹 呼吸不快",
            ],
            _patient(1180, "female", (), pregnant=False),
            id="r30-zh-022",
        ),  # NICE NG143 1.5 & table 1 green: height of fever alone not a risk feature over 6 months; all green – home care
        pytest.param(
            [
                "1岁 前天打了疫苗",
                "今天有点低烧 37.9",
                "打针的地方有点红 硬币大小",
                "精神好 吃奶吃饭都正常",
            ],
            _patient(370, "male", (), pregnant=False),
            id="r30-zh-025",
        ),  # 国家《预防接种工作规范》疑似预防接种异常反应：一般反应（低热、局部红肿<2.5cm）– 无需特殊处理
        pytest.param(
            [
                "11个月 前三天烧到39多 昨天退烧了",
                "今天身上出了好多粉红色的小疹子 脖子后背肚子都有",
                "用杯子压了 会褪色",
                "精神比发烧那几天好多了 吃奶也好",
            ],
            _patient(330, "female", (), pregnant=False),
            id="r30-zh-028",
        ),  # NICE NG143 green (afebrile, blanching rash, normal behaviour); roseola infantum – self-limiting
        pytest.param(
            [
                "这孩子去年发烧抽过一次 叫了120",
                "这次又发烧了 38.5 家长特别怕",
                "这次没抽 精神挺好 在吃东西",
                "流鼻涕 嗓子有点红",
            ],
            _patient(600, "male", ("热性惊厥史",), pregnant=False),
            id="r30-zh-029",
        ),  # NICE CKS Febrile seizure (antipyretics do not prevent recurrence); NICE NG143 green features – home care
        pytest.param(
            [
                "5岁 今天早上起来右腿走路有点瘸",
                "上周感冒了",
                "不发烧 能走能跑 就是有点瘸 说大腿根有点酸",
                "没摔过 精神好 吃饭正常",
            ],
            _patient(1830, "male", (), pregnant=False),
            id="r30-zh-030",
        ),  # NICE CKS Acute childhood limp: age 3–9, afebrile, well, weight-bearing, <48 h – likely transient synovitis, analgesia and review
        pytest.param(
            [
                "两岁 在家里跑 摔了一跤 额头磕到茶几角",
                "当场就大哭了 没晕 没吐",
                "起了个包 鸽子蛋那么大 没出血",
                "现在已经在玩了 跟平时一样",
            ],
            _patient(770, "male", (), pregnant=False),
            id="r30-zh-032",
        ),  # NICE NG232 1.1/1.2: head injury with no risk factors – home care with written advice
        pytest.param(
            [
                "5岁 发烧39.2 刚才浑身发抖 牙齿打颤",
                "家长以为是抽筋 但孩子一直清醒 能说话 说冷",
                "抖了几分钟盖上被子就好了",
                "没有翻白眼 没有叫不应",
            ],
            _patient(1850, "male", (), pregnant=False),
            id="r30-zh-034",
        ),  # NICE NG143 table 1 amber: rigors (not a seizure) – face-to-face assessment
        pytest.param(
            [
                "8个月 最近老流口水 啃手指 牙龈有点肿",
                "晚上闹觉",
                "体温37.6",
                "吃奶正常 大便正常",
            ],
            _patient(250, "male", (), pregnant=False),
            id="r30-zh-044",
        ),  # NICE CKS Teething: self-care; teething does not cause high fever
        pytest.param(
            [
                "3岁 拉肚子一天 拉了四次 稀的",
                "吐了一次",
                "尿正常 嘴巴湿润 眼睛不凹 活蹦乱跳的",
                "想问要不要去医院",
            ],
            _patient(1090, "male", (), pregnant=False),
            id="r30-zh-046",
        ),  # NICE CG84 1.2/1.3: no clinical dehydration – ORS/fluids at home
        pytest.param(
            [
                "两岁 拿着遥控器的5号电池在嘴里啃",
                "电池是那种长条的大电池 被我们拿出来了 完好的 没破",
                "遥控器里就两节 两节都找到了",
                "嘴里没有红 不流口水 吃东西正常",
            ],
            _patient(785, "female", (), pregnant=False),
            id="r30-zh-053",
        ),  # NPIS TOXBASE: intact cylindrical battery mouthed, not swallowed – no treatment (button battery pathway not applicable)
        pytest.param(
            [
                "9个月 咳嗽流鼻涕三天 有点喘 诊断毛支",
                "吃奶跟平时差不多 尿布也正常湿",
                "呼吸一分钟40次 没有停顿 没有哼哼 嘴唇不紫",
                "血氧97",
            ],
            _patient(275, "male", (), pregnant=False),
            id="r30-zh-054",
        ),  # NICE NG9 1.3 & 1.4: no referral features – home care with safety-netting
        pytest.param(
            [
                "4岁 晚上吃了好多烧烤 刚才吐了一次",
                "吐完就好了 说不难受了",
                "不发烧 肚子不痛 精神挺好 在看电视",
            ],
            _patient(1520, "male", (), pregnant=False),
            id="r30-zh-057",
        ),  # NICE CG84 1.3: no clinical dehydration – home management
        pytest.param(
            [
                "6岁男孩 两条小腿和屁股上出了好多紫红色的点 有些连成片 压了不褪色",
                "不发烧 精神很好 照样跑跳",
                "脚踝有点肿痛 肚子偶尔疼一下 不厉害",
                "一周前感冒过",
            ],
            _patient(2200, "male", (), pregnant=False),
            id="r30-zh-058",
        ),  # NICE CKS Henoch-Schönlein purpura (IgA vasculitis): well afebrile child, typical distribution – same-day assessment, urinalysis and BP
        pytest.param(
            [
                "woke up with a stiff neck, can't turn head to the left",
                "no fever, no headache, no rash, chin to chest fine, no light sensitivity",
                "8 yr old girl",
            ],
            _patient(2920, "female", (), pregnant=None),
            id="r30-en-002",
        ),  # NICE CKS Neck pain - acute torticollis: self-care; no meningism features
        pytest.param(
            [
                "bronchiolitis day 2, runny nose, cough",
                "feeding 90% of normal, wet nappies ok",
                "no pauses in breathing, no grunting, RR 44, sats 97%, 7mo",
            ],
            _patient(213, "female", (), pregnant=None),
            id="r30-en-005",
        ),  # NICE NG9 1.3: mild bronchiolitis with adequate feeding, no apnoea, no red flags - home care with safety-netting
        pytest.param(
            [
                "temp 39.8!! mum very worried, says fever is too high",
                "but he's running around, chatting, drinking juice, peeing normally",
                "colour normal, no rash, breathing normal, fever 1 day, 3 yr old",
            ],
            _patient(1200, "male", (), pregnant=None),
            id="r30-en-013",
        ),  # NICE NG143 traffic-light green (height of fever alone not a red feature over 6 months) - home care with safety-netting
        pytest.param(
            [
                "fell off the sofa onto the carpet ~40 cm",
                "cried straight away, not knocked out",
                "egg-size lump on forehead, no vomiting, playing and walking normally",
                "no bleeding problems, 2yo",
            ],
            _patient(750, "male", (), pregnant=None),
            id="r30-en-016",
        ),  # NICE NG232 1.1.3: no criteria for ED referral after head injury - home with head injury advice
        pytest.param(
            [
                "grandad's tablet box was open on the floor next to the little one",
                "grandad counted everything: all tablets there, blister packs sealed, nothing missing",
                "no symptoms, 2 yo",
            ],
            _patient(715, "male", (), pregnant=None),
            id="r30-en-023",
        ),  # NPIS/TOXBASE: no ingestion occurred - no treatment or referral needed
        pytest.param(
            [
                "new baby - hands and feet look bluish",
                "lips and tongue pink, feeding well, chest warm",
                "no breathing difficulty, day 5",
            ],
            _patient(5, "male", (), pregnant=None),
            id="r30-en-025",
        ),  # NICE CG37/NG194 postnatal care: peripheral acrocyanosis with pink lips/tongue is normal in newborns - reassurance
        pytest.param(
            [
                "mum says newborn stops breathing when asleep!",
                "pauses ~5-8 sec then a few quick breaths, never goes blue or floppy, pink throughout",
                "feeding well, gaining weight, no fever, 3 weeks old",
            ],
            _patient(21, "female", (), pregnant=None),
            id="r30-en-029",
        ),  # AAP 2016 BRUE guideline: normal periodic breathing of newborns (pauses <20 s, no colour change) is not apnoea - reassurance, routine review
        pytest.param(
            [
                "3 yr old swallowed a 1 yuan coin 2 days ago",
                "no choking, no drooling, eating normally",
                "found the coin in her poo this morning",
            ],
            _patient(None, "female", (), pregnant=None),
            id="r30-en-033",
        ),  # RCEM / NASPGHAN 2015 foreign body ingestion: coin passed, asymptomatic - no further action
        pytest.param(
            [
                "vomited once after dinner",
                "since then drinking water and kept it down, playing",
                "no fever, no diarrhoea, tummy soft, 2 yo",
            ],
            _patient(720, "female", (), pregnant=None),
            id="r30-en-034",
        ),  # NICE CG84 1.1-1.2: single vomit, no dehydration or red flags - home care, fluids, safety-netting
        pytest.param(
            [
                "drooling loads, chewing everything, grumpy, red cheek",
                "temp 37.6, feeding fine, nappies normal",
                "8 month old girl",
            ],
            _patient(243, "female", (), pregnant=None),
            id="r30-en-037",
        ),  # NICE CKS Teething: symptomatic self-care; teething does not cause temp >=38C
        pytest.param(
            [
                "his sister was admitted to hospital with dehydration last month so mum panicking",
                "he's had 3 loose poos today, no vomiting",
                "drinking well, peeing normally, no blood, playing, 4 yo",
            ],
            _patient(1470, "male", (), pregnant=None),
            id="r30-en-038",
        ),  # NICE CG84 1.2-1.3: no clinical dehydration, no red flags - home care with fluids and safety-netting
        pytest.param(
            [
                "shou zu kou outbreak at kindergarten",
                "spots on hands and feet, ulcers in mouth, fever 38.2 day 1",
                "drinking milk and water ok, active, no jerks, no vomiting, not sleepy, 3 yo",
            ],
            _patient(1140, "female", (), pregnant=None),
            id="r30-en-044",
        ),  # China NHC 手足口病诊疗指南(2018版): common (普通型) HFMD without neurological signs - home isolation and symptomatic care
        pytest.param(
            [
                "seen on Monday for croup, had dexamethasone",
                "barky cough much better, no stridor at all now even when crying",
                "sleeping and eating ok, 3yo",
            ],
            _patient(1130, "male", (), pregnant=None),
            id="r30-en-046",
        ),  # NICE CKS Croup: resolving mild croup after dexamethasone, no stridor - home care
        pytest.param(
            [
                "had a febrile fit last year",
                "now fever 38.5 since this morning with a cold",
                "no fit this time, alert, drinking, laughing",
            ],
            _patient(1010, "female", ("febrile seizure (2023)",), pregnant=None),
            id="r30-en-047",
        ),  # NICE NG143 traffic-light green; NICE CKS Febrile seizure: history alone does not change management, antipyretics do not prevent seizures - home care with safety-netting
        pytest.param(
            [
                "fever 3 days up to 39.5, settled yesterday",
                "now pink spotty rash on body, blanches with the glass",
                "happy, feeding well, 11 mo",
            ],
            _patient(340, "male", (), pregnant=None),
            id="r30-en-050",
        ),  # NICE NG143 traffic-light green; roseola infantum: blanching rash after fever resolves in well child - home care
        pytest.param(
            [
                "5 yr old limping yesterday evening after trampoline park",
                "today running around normally, no pain, no fever, no swelling",
            ],
            _patient(None, "male", (), pregnant=None),
            id="r30-en-057",
        ),  # NICE CKS Acute childhood limp: resolved minor-trauma limp, no red flags - self-care
        pytest.param(
            [
                "purple spots on the back of his legs and bum, they don't fade with the glass",
                "no fever at all, well, running around",
                "sore ankles, had a cold last week, 6yo",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="r30-en-058",
        ),  # NICE CKS Henoch-Schonlein purpura (IgA vasculitis): afebrile well child with typical rash - same-day assessment with BP and urinalysis; not meningococcal picture
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
