# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A thirty-fourth held-out round (2026-12-07, at commit 3cf06ba: two reviewers, 120 cases on
headache, dizziness, weakness and nerves in adults and older people: subarachnoid haemorrhage,
meningitis, giant cell arteritis, carbon monoxide from a coal stove, cerebral venous thrombosis,
stroke and TIA, central and peripheral vertigo, cauda equina, spinal metastases, Guillain-Barre,
myasthenia, Bell's palsy and Ramsay Hunt, first seizure, angle-closure glaucoma, optic neuritis,
head injury on anticoagulants, a chronic subdural after a fall; migraine, tension headache, BPPV
and sciatica as look-alikes; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these
fixes the rules found 15 of 16 and 15 of 16 emergencies, graded 8 of 24 and 10 of 24 same-day
cases exactly, and sent one look-alike in each language to emergency (a TIA ten days ago; BPPV
with a positive Hallpike test).

What changed: a painful third nerve palsy (a drooping lid with double vision, or unequal pupils,
with a headache: an emergency, AHA/ASA 2015); Guillain-Barre before it has climbed (tingling feet
and hands with weak legs or lost reflexes after an infection: same day, with breathlessness or
"can't count to 15 in one breath" an emergency; EAN/PNS 2023); a headache worse on waking or on
coughing with vomiting, or new or different on an anticoagulant or over 50 (NICE CKS, SNNOOP10);
optic neuritis (NICE CKS); a headache, unsteadiness or slowed thinking days to weeks after a fall
at 65 or over (NICE NG232: chronic subdural); a foot drop building over days with sciatica is a
nerve root, not a stroke (NICE CKS sciatica); Bell's palsy told as 额头没皱纹 and Ramsay Hunt's
blisters in the ear are a lower motor neurone palsy; a positive Hallpike explains its nystagmus;
十来天前 is ten days; "for abt 20 mins" is how long a deficit lasted however the conversation goes
on; a TIA told with double vision, "couldnt walk straight" and "words came out funny", over
yesterday, is same day; 额头碰到门框 and "bumped forehead" are head injuries; a band-like or
night-waking back pain in cancer is possible spinal metastases. After: 16/16, 16/16; 18/24, 19/24;
look-alikes 20/20, 20/20.

Kept deliberately: a head injury on an anticoagulant stays an emergency (NICE NG232: refer to the
emergency department); exertional syncope with a brother's sudden death, syncope in heart failure
(ESC 2018 high-risk features), a first seizure that has recovered, new confusion with a urine
infection at 84, a TIA after neck manipulation (possible dissection), a headache with BP 150/98 at
30 weeks (pre-eclampsia) and carbon monoxide from a coal stove stay emergencies."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "50岁女 两天前开始右边眼眶后面痛 头痛",
                "今天右眼皮耷拉下来睁不开 扒开看东西是重影",
                "右边瞳孔比左边大",
            ],
            _patient(18512, "female", (), pregnant=False),
            id="r34-zh-020",
        ),  # Royal College of Ophthalmologists / AHA-ASA unruptured aneurysm guidance – painful pupil-involving third nerve palsy: suspected expanding posterior communicating aneurysm, emergency neuroimaging
        pytest.param(
            [
                "40 yr male, diarrhoea 2 wks ago",
                "3 days tingling feet, then legs getting weak, today cant climb stairs, arms weak now too",
                "says short of breath lying flat, cant count to 15 in one breath. SpO2 94% RR 26",
            ],
            _patient(14610, "male", (), pregnant=False),
            id="r34-en-050",
        ),  # EAN/PNS 2023 guideline on Guillain-Barre syndrome; Leonhard et al. Nat Rev Neurol 2019 10-step GBS guidance: rapidly progressive weakness with respiratory compromise -> emergency admission with ICU/ventilation capability
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "38岁女 今早起床照镜子发现嘴歪了 左边",
                "左眼闭不紧 抬眉毛左边额头没皱纹 喝水漏",
                "手脚都好好的 说话清楚 昨天开始左耳后面有点痛",
            ],
            _patient(13899, "female", (), pregnant=False),
            id="r34-zh-002",
        ),  # NICE CKS Bell's palsy – assess same day to exclude other causes; oral prednisolone within 72 hours of onset, eye protection
        pytest.param(
            [
                "75岁 女 换瓣以后一直吃华法林",
                "两天前开始头痛 跟平时的不一样 一直痛 没磕过碰过",
                "精神还行 手脚能动 bp 140/80 最近一次inr不知道",
            ],
            _patient(27443, "female", ("心脏瓣膜置换术后",), pregnant=False),
            id="r34-zh-010",
        ),  # SNNOOP10 secondary headache red flags (Do et al., Neurology 2019) – new headache pattern age >50 on anticoagulation: same-day assessment and CT
        pytest.param(
            [
                "70岁大爷 今天早上左眼突然黑了 像拉了一块帘子 五分钟左右又看见了",
                "现在看得清 不痛不红",
            ],
            _patient(
                25877,
                "male",
                (
                    "高血压",
                    "高血脂",
                ),
                pregnant=None,
            ),
            id="r34-zh-024",
        ),  # NICE NG128 – transient monocular visual loss (amaurosis fugax) is a suspected TIA: specialist assessment within 24 hours
        pytest.param(
            [
                "30岁女 右眼看东西越来越模糊 两三天了 颜色发灰",
                "眼睛转的时候眼球后面痛",
            ],
            _patient(11257, "female", (), pregnant=False),
            id="r34-zh-027",
        ),  # NICE CKS Optic neuritis – suspected optic neuritis (subacute visual loss, pain on eye movement): urgent same-day ophthalmology referral
        pytest.param(
            [
                "63岁女 乳腺癌术后5年 最近一个月背痛 胸椎那一块",
                "晚上躺下痛得更狠 睡不着 咳嗽也痛 像一圈带子勒着",
                "腿有劲 走路正常 大小便正常",
            ],
            _patient(23050, "female", ("乳腺癌术后",), pregnant=False),
            id="r34-zh-028",
        ),  # NICE NG234 Spinal metastases and MSCC – cancer history with thoracic/nocturnal/band-like pain but no neurological deficit: contact MSCC coordinator within 24 hours
        pytest.param(
            [
                "82岁大爷 半个月前摔过一跤 当时没什么事",
                "这几天老说头痛 走路比以前晃 女儿说他反应慢了 话说来说去",
                "自己能走进来 问话都答得上 bp 146/82",
            ],
            _patient(29965, "male", (), pregnant=None),
            id="r34-zh-033",
        ),  # NICE NG232 Head injury – delayed new headache, gait change and cognitive decline in older person after fall (suspected chronic subdural haematoma): same-day CT
        pytest.param(
            [
                "26岁女 头痛一个礼拜了 一天比一天重",
                "早上起来最痛 咳嗽用力更痛 吐过两次",
                "吃避孕药半年了 没发烧 手脚能动 bp 122/78",
            ],
            _patient(9511, "female", (), pregnant=False),
            id="r34-zh-035",
        ),  # ESO 2017 CVT guideline; NICE CKS Headache assessment red flags (progressive headache, worse on coughing, vomiting) – suspected cerebral venous thrombosis on combined pill: same-day imaging
        pytest.param(
            [
                "60岁男 右耳朵痛了三天 今天右边脸歪了",
                "耳朵眼里和耳廓上有一串小水泡 右耳听不太清",
            ],
            _patient(22045, "male", (), pregnant=None),
            id="r34-zh-040",
        ),  # NICE CKS Bell's palsy (differential: Ramsay Hunt syndrome) – facial palsy with ear vesicles: same-day ENT referral, antiviral plus steroid
        pytest.param(
            [
                "42岁男 两个礼拜前拉过肚子 这三四天脚底麻 像踩棉花",
                "今天说腿有点软 上楼要扶栏杆 手指头也麻了",
                "喘气正常 说话吃东西都没问题 hr 88 spo2 98",
            ],
            _patient(15590, "male", (), pregnant=None),
            id="r34-zh-045",
        ),  # 中国吉兰-巴雷综合征诊治指南2019 / Leonhard et al. 2019 – suspected GBS (ascending weakness after infection) without respiratory/bulbar compromise: same-day hospital assessment
        pytest.param(
            [
                "48岁男 腰腿痛两个礼拜 右腿痛到脚背",
                "这三天右脚抬不起来 走路拖脚 越来越明显",
                "大小便正常 屁股不麻",
            ],
            _patient(17692, "male", (), pregnant=None),
            id="r34-zh-046",
        ),  # NICE CKS Sciatica / NICE NG59 – progressive or severe motor deficit (foot drop) without cauda equina features: urgent same-day specialist referral
        pytest.param(
            [
                "66M, yesterday afternoon his L arm went weak and speech slurred for abt 20 mins",
                "now completely back to normal, walked in himself",
                "BP 152/88 HR 76 reg. smoker. not on blood thinners",
            ],
            _patient(24106, "male", ("type 2 diabetes",), pregnant=False),
            id="r34-en-007",
        ),  # NICE NG128 (2019) 1.1.3-1.1.4: suspected TIA within the last 7 days, now resolved -> aspirin 300 mg and specialist assessment within 24 hours
        pytest.param(
            [
                "63F yesterday sudden double vision and couldnt walk straight, words came out funny",
                "all gone in 15 min or so",
                "today totally normal, BP 160/92. she's worried",
            ],
            _patient(23010, "female", ("hypertension",), pregnant=False),
            id="r34-en-009",
        ),  # NICE NG128 1.1.3: suspected TIA (posterior circulation symptoms, fully resolved) within 7 days -> aspirin and specialist assessment within 24 hours
        pytest.param(
            [
                "38 yo female tingling both feet and hands since 2 days",
                "legs feel heavy on stairs today, had flu like illness 2 wks ago",
                "walking ok, breathing fine, swallowing fine. cant get her knee reflexes",
            ],
            _patient(13879, "female", (), pregnant=False),
            id="r34-en-010",
        ),  # EAN/PNS 2023 guideline on Guillain-Barre syndrome: suspected GBS (ascending paraesthesia, weakness, areflexia after infection) -> same-day hospital assessment and monitoring; no respiratory/bulbar compromise yet
        pytest.param(
            [
                "daughter brought her mum 59. on monday mum suddenly couldnt find her words, talking rubbish for abt half hour",
                "R hand felt weak too",
                "today is wed, mum totally normal now. BP 158/90, pulse irregular",
            ],
            _patient(21549, "female", (), pregnant=False),
            id="r34-en-013",
        ),  # NICE NG128 1.1.3: suspected TIA within 7 days -> specialist assessment within 24 hours (new irregular pulse needs ECG as part of assessment)
        pytest.param(
            [
                "45M woke up yesterday, L ear blocked and can hardly hear",
                "mild spinning dizziness, ringing in that ear",
                "no ear pain, no discharge, no cold. whisper test L failed, R ok",
            ],
            _patient(16436, "male", (), pregnant=False),
            id="r34-en-018",
        ),  # NICE CKS Hearing loss in adults: sudden sensorineural hearing loss within the last 30 days -> urgent referral to be seen within 24 hours; Chinese guideline on sudden hearing loss 2015
        pytest.param(
            [
                "31F blurred vision R eye 2 days, colours look washed out",
                "pain behind the eye when she moves it",
                "no headache no weakness. VA R 6/24 L 6/6",
            ],
            _patient(11322, "female", (), pregnant=False),
            id="r34-en-019",
        ),  # NICE CKS Optic neuritis: suspected optic neuritis -> same-day referral to ophthalmology
        pytest.param(
            [
                "69 yr man R sided headache 10 days, temple tender to touch",
                "tired, lost some weight, nite sweats",
                "ESR 78 at township hosp yesterday. eyes fine",
            ],
            _patient(25202, "male", (), pregnant=False),
            id="r34-en-022",
        ),  # NICE CKS Giant cell arteritis; BSR 2020 GCA guideline: new headache >50 y with temporal tenderness, systemic features, raised ESR -> same-day glucocorticoid and urgent specialist referral
        pytest.param(
            [
                "61F breast cancer treated 3 yrs ago",
                "new upper back pain 2 wks, keeps her awake at night, worse with coughing",
                "legs strong, walking fine, no numbness, bladder normal",
            ],
            _patient(22280, "female", ("breast cancer",), pregnant=False),
            id="r34-en-032",
        ),  # NICE NG234 (2023) 1.2: pain suggestive of spinal metastases without neurological symptoms -> contact MSCC coordinator urgently (within 24 h), MRI within 1 week
        pytest.param(
            [
                "52F R ear pain 3 days, now blisters in the ear canal",
                "today R face weak, cant close eye, hearing worse that side and a bit dizzy",
            ],
            _patient(18993, "female", (), pregnant=False),
            id="r34-en-060",
        ),  # NICE CKS Bell's palsy - Ramsay Hunt syndrome: facial palsy with vesicles in ear -> same-day urgent ENT referral, antiviral plus steroid
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "45岁男 搬货闪了腰 腰痛一个礼拜 左腿后面放射到小腿",
                "腿有劲 大小便正常 屁股会阴不麻 不发烧",
            ],
            _patient(16516, "male", (), pregnant=None),
            id="r34-zh-003",
        ),  # NICE NG59 Low back pain and sciatica / NICE CKS Sciatica – no red flags: self-management, stay active, analgesia
        pytest.param(
            [
                "52岁女 右手大拇指食指中指麻 晚上麻醒 甩甩手就好",
                "一个多月了 白天织毛衣也麻 手没什么没力 嘴不歪说话正常",
            ],
            _patient(19293, "female", (), pregnant=False),
            id="r34-zh-005",
        ),  # NICE CKS Carpal tunnel syndrome – typical nocturnal median nerve symptoms without severe motor loss: conservative management (splint), routine
        pytest.param(
            [
                "33岁男 早上起来脖子扭不动 左边酸痛 头也跟着痛",
                "昨晚空调对着吹 枕头又高",
                "没发烧 36.6 低头能低下去 就是往左转痛 精神好",
            ],
            _patient(12073, "male", (), pregnant=None),
            id="r34-zh-006",
        ),  # NICE CKS Neck pain – acute torticollis (no fever, no neurological signs): self-care, analgesia, keep moving
        pytest.param(
            [
                "32岁男 癫痫好多年了 一直吃丙戊酸钠",
                "今天早上在家抽了一次 老婆说一分钟左右 跟以前发作一样",
                "现在已经完全醒了 没摔伤 这两天熬夜 还漏吃了一顿药",
            ],
            _patient(11828, "male", ("癫痫",), pregnant=None),
            id="r34-zh-009",
        ),  # NICE NG217 Epilepsies / NICE CKS Epilepsy – known epilepsy, single typical seizure with full recovery and clear trigger: no emergency care, routine review of adherence and triggers
        pytest.param(
            [
                "35岁女 会计 这几天天天加班 头两边像箍着一样紧",
                "下午更厉害 不恶心 不怕光 睡一觉好点",
            ],
            _patient(12983, "female", (), pregnant=False),
            id="r34-zh-012",
        ),  # NICE CG150 Headaches 1.3 – tension-type headache: self-care with simple analgesia, no red flags
        pytest.param(
            [
                "29岁女 老偏头痛了 今天又犯了",
                "先是眼前闪锯齿一样的光 二十来分钟没了 然后左边头一跳一跳痛 有点恶心",
                "她说跟以前每次都一样 手脚不麻 说话正常 平时吃布洛芬管用",
            ],
            _patient(10637, "female", ("偏头痛",), pregnant=False),
            id="r34-zh-015",
        ),  # NICE CG150 Headaches / NICE CKS Migraine – recurrent migraine with typical visual aura (<60 min) identical to previous attacks: self-management with NSAID/triptan
        pytest.param(
            [
                "40岁男 前几天感冒 昨天开始一直晕 天旋地转 吐了几次",
                "耳朵听得清 没耳鸣 不头痛 平时没高血压糖尿病",
                "看东西不重影 说话清楚 手脚有劲 扶着墙自己能走 能喝水了",
            ],
            _patient(14630, "male", (), pregnant=None),
            id="r34-zh-016",
        ),  # NICE CKS Vertigo – vestibular neuritis without hearing loss or central features, able to tolerate fluids: manage in primary care (short course vestibular suppressant), routine review
        pytest.param(
            [
                "孕10周 28岁 这几天老是头痛 前额",
                "bp 112/70 晚上睡不好 水喝得少 不吐 看东西清楚",
                "以前也有这种头痛 不算特别重",
            ],
            _patient(10407, "female", (), pregnant=True),
            id="r34-zh-017",
        ),  # NICE CKS Headache – tension-type; pre-eclampsia not a concern before 20 weeks (NICE NG133): self-care with paracetamol, rest, fluids
        pytest.param(
            [
                "41岁男 感冒一个礼拜 额头和两边脸颊胀痛 低头更重",
                "鼻塞 流黄鼻涕 t 37.6 眼睛不肿 看东西正常",
            ],
            _patient(15065, "male", (), pregnant=None),
            id="r34-zh-018",
        ),  # NICE NG79 Sinusitis (acute) – symptoms ≤10 days without red flags (periorbital swelling, visual change, severe frontal headache): self-care
        pytest.param(
            [
                "70岁阿姨 在厨房站起来头撞到吊柜门角上",
                "没晕 事情都记得 没吐 头上一个小包 有点痛",
                "不吃阿司匹林 也不吃抗凝的 走路说话都正常",
            ],
            _patient(25687, "female", (), pregnant=False),
            id="r34-zh-022",
        ),  # NICE NG232 Head injury (2023) – adult ≥65 without loss of consciousness, amnesia, vomiting, anticoagulation or GCS drop: no CT indicated, discharge with head injury advice
        pytest.param(
            [
                "63岁女 右边脸一阵阵像电打一样痛 几秒钟",
                "洗脸刷牙吃饭碰到就痛 两个礼拜了 痛过去就没事",
                "太阳穴不痛 嚼东西下巴不酸 看东西正常 脸不歪",
            ],
            _patient(23340, "female", (), pregnant=False),
            id="r34-zh-025",
        ),  # NICE CKS Trigeminal neuralgia – typical paroxysmal triggered facial pain without neurological deficit: carbamazepine in primary care, routine
        pytest.param(
            [
                "22岁姑娘 早上抽血的时候晕过去了",
                "先说眼前发黑 出汗 恶心 然后软下去 几秒就醒 醒了人清楚",
                "她说以前打针见血也这样晕过 现在坐着喝了糖水 bp 108/68 hr 72",
            ],
            _patient(8135, "female", (), pregnant=False),
            id="r34-zh-029",
        ),  # NICE CG109 Transient loss of consciousness 1.1 – uncomplicated faint with typical trigger and prodrome, full recovery: no further assessment, reassurance and advice
        pytest.param(
            [
                "26岁女 发烧两天 38.5 头痛 全身骨头痛",
                "嗓子痛 咳嗽 流鼻涕 单位好几个都这样",
                "脖子能转能低头 没出疹子 人清醒 吃了退烧药好多了 能吃能喝",
            ],
            _patient(9746, "female", (), pregnant=False),
            id="r34-zh-031",
        ),  # NICE CKS Influenza – seasonal: healthy adult without complications or meningism: self-care (rest, fluids, antipyretics)
        pytest.param(
            [
                "76岁大爷 最近一个月一站起来就头晕眼发黑 扶一下就好",
                "上个月降压药加了一种 坐着bp 124/72 站起来量100/62",
                "没晕倒过 没胸痛心慌 说话走路都正常",
            ],
            _patient(27819, "male", ("高血压",), pregnant=None),
            id="r34-zh-039",
        ),  # NICE NG136 Hypertension 1.2 / NICE CKS Hypertension – symptomatic postural hypotension after antihypertensive change: routine medication review
        pytest.param(
            [
                "55岁男 高血压 药停了三四天 今天头有点胀",
                "bp 176/104 刚才袖带没绑好 休息了再量一次162/98",
                "不恶心 看东西清楚 手脚好的",
            ],
            _patient(20258, "male", ("高血压",), pregnant=None),
            id="r34-zh-042",
        ),  # NICE NG136 / 中国高血压防治指南2018 – BP below 180/110 without symptoms of target organ damage: restart treatment, routine follow-up
        pytest.param(
            [
                "62岁阿姨 早上躺床上一翻身就天旋地转 十几秒就好",
                "抬头晾衣服也转 不转的时候好好的",
                "不头痛 耳朵听得清 说话走路都正常",
            ],
            _patient(22795, "female", (), pregnant=False),
            id="r34-zh-048",
        ),  # NICE CKS Vertigo – BPPV (brief positional vertigo, no other neurological features): Dix-Hallpike and Epley manoeuvre in primary care, routine
        pytest.param(
            [
                "48岁女 天天头痛 快半年了",
                "每天都吃去痛片 有时一天两三片 不吃就痛",
                "没吐过 手脚不麻 痛的样子一直差不多",
            ],
            _patient(17542, "female", (), pregnant=False),
            id="r34-zh-050",
        ),  # NICE CG150 Headaches 1.4 – medication-overuse headache: routine management, withdraw overused analgesics, review in 4–8 weeks
        pytest.param(
            [
                "78岁奶奶 头晕大半年了 走路觉得飘 不转",
                "没摔过 也没加重 没新的不舒服 吃着好几种药",
                "儿子想问要不要紧",
            ],
            _patient(28689, "female", (), pregnant=False),
            id="r34-zh-055",
        ),  # NICE CG161 Falls in older people / NICE CKS Falls – chronic unchanged non-vertiginous unsteadiness: routine multifactorial falls risk assessment and medication review
        pytest.param(
            [
                "50岁男 脖子痛两个礼拜 右胳膊外侧麻 一直到大拇指",
                "低头玩手机久了更重 手有劲 拿筷子正常 走路稳 大小便正常",
            ],
            _patient(18322, "male", (), pregnant=None),
            id="r34-zh-057",
        ),  # NICE CKS Neck pain – cervical radiculopathy without myelopathy or progressive weakness: primary care management, routine referral if not improving after 4–6 weeks
        pytest.param(
            [
                "59男 说十来天前右手麻了半个钟头 自己好了 当时没当回事",
                "这些天都没再犯 现在都正常 bp 138/84",
            ],
            _patient(21779, "male", (), pregnant=None),
            id="r34-zh-058",
        ),  # NICE NG128 1.1.3 – suspected TIA more than 1 week previously: specialist assessment as soon as possible within 7 days (not same day)
        pytest.param(
            [
                "55M came for headache, mild, back of head 2 days, slept badly",
                "BP 172/104, repeat 168/102 after rest",
                "no chest pain no SOB, vision normal, no weakness. never checked BP before",
            ],
            _patient(20088, "male", (), pregnant=False),
            id="r34-en-001",
        ),  # NICE NG136 1.1/1.5.1: BP below 180/120 without symptoms or signs of target organ damage -> confirm with ABPM/HBPM and routine follow-up; 2018 Chinese Guidelines for Management of Hypertension
        pytest.param(
            [
                "67M DM 15 yrs, feet numb and burning at nite, slowly worse over last year",
                "says socks feel bunched up",
                "walking normal, no weakness, no bladder problem. BG 9.8",
            ],
            _patient(24471, "male", ("type 2 diabetes",), pregnant=False),
            id="r34-en-004",
        ),  # NICE NG19 Diabetic foot problems and NICE CG173 Neuropathic pain: chronic symmetrical distal sensory neuropathy -> routine foot protection, neuropathic pain treatment, routine review
        pytest.param(
            [
                "58F hit her head on kitchen cupboard door yesterday",
                "no blackout, remembers everything, no vomiting",
                "small bump on forehead a bit sore. not on blood thinners, no bleeding problems, alert and chatting",
            ],
            _patient(21184, "female", (), pregnant=False),
            id="r34-en-005",
        ),  # NICE NG232 (2023) Head injury 1.1: no risk factors for brain injury (no LOC, amnesia, vomiting, anticoagulant, clotting disorder, GCS 15) -> home care with written head injury advice
        pytest.param(
            [
                "33M woke up with stiff neck, cant turn head to L, sore on one side",
                "slept on the sofa last nite",
                "no fever, no headache, no rash, no arm numbness, T 36.6",
            ],
            _patient(12053, "male", (), pregnant=False),
            id="r34-en-012",
        ),  # NICE CKS Neck pain - acute torticollis: no red flags -> self-care with analgesia and gentle movement, resolves within days
        pytest.param(
            [
                "47F headache nearly every day 4 months",
                "takes paracetamol codeine pills most days, sometimes twice a day",
                "dull headache, no change in pattern lately, no vision problem, no weakness",
            ],
            _patient(17166, "female", ("migraine",), pregnant=False),
            id="r34-en-015",
        ),  # NICE CG150 1.4 Medication overuse headache: explain diagnosis, withdraw overused analgesics, review in 4-8 weeks
        pytest.param(
            [
                "59F sharp electric shocks L cheek and jaw, few secs each, when brushing teeth or wind blows",
                "several times a day for 3 wks",
                "between attacks no pain, face feeling normal, no weakness, hearing ok",
            ],
            _patient(21549, "female", (), pregnant=False),
            id="r34-en-020",
        ),  # NICE CKS Trigeminal neuralgia: typical features without red flags (no sensory loss, age >40) -> carbamazepine in primary care, routine referral if needed
        pytest.param(
            [
                "40M headache both sides like tight band round head, 3 days",
                "long hours at work, sleeping bad, neck tight from computer",
                "no fever no vomit, no vision problem, not worse lying down. BP 128/82",
            ],
            _patient(14610, "male", (), pregnant=False),
            id="r34-en-024",
        ),  # NICE CG150 1.2 and NICE CKS Tension-type headache: bilateral pressing headache without red flags -> self-care, simple analgesia, lifestyle advice
        pytest.param(
            [
                "30F known migraine since teens",
                "this afternoon zigzag lights both eyes 20 min, then throbbing L headache and nausea",
                "exactly like her usual attacks, took her usual ibuprofen. no weakness, speech normal. BP 118/72",
            ],
            _patient(10957, "female", ("migraine",), pregnant=False),
            id="r34-en-025",
        ),  # NICE CG150 Headaches in over 12s 1.3 and NICE CKS Migraine: typical fully reversible visual aura <60 min in established migraine -> acute treatment and self-management
        pytest.param(
            [
                "22F lightheaded when she stands up fast, lasts few secs then fine",
                "hot weather, not drinking much, on her period",
                "no fainting, no palpitations, no chest pain. BP sitting 108/68 standing 102/66 HR 80",
            ],
            _patient(None, "female", (), pregnant=False),
            id="r34-en-027",
        ),  # NICE CKS / NICE CG109: brief orthostatic lightheadedness without syncope or red flags -> fluids, rise slowly, self-care
        pytest.param(
            [
                "62F dizzy, room spins when she turns over in bed or looks up to hang clothes",
                "lasts 20-30 sec then stops, 1 wk now",
                "no hearing change, no headache, walking fine between attacks. Hallpike R positive with torsional nystagmus",
            ],
            _patient(22645, "female", (), pregnant=False),
            id="r34-en-030",
        ),  # NICE CKS Vertigo - BPPV: brief positional vertigo with positive Dix-Hallpike -> Epley manoeuvre or Brandt-Daroff exercises, review in 4 weeks; no referral if typical
        pytest.param(
            [
                "35F woke up with pins n needles and numb R hand after sleeping on her arm",
                "shook it and it was gone in 5 min",
                "now strength normal, feeling normal, speech normal, face normal",
            ],
            _patient(12783, "female", (), pregnant=False),
            id="r34-en-031",
        ),  # NICE CKS Stroke and TIA - differential diagnosis: transient positional (compression) paraesthesia fully resolving is not a TIA -> reassurance, no referral
        pytest.param(
            [
                "44M known cluster headache, his season started again",
                "last nite woke at 2am terrible pain behind R eye, eye watering, nose running, pacing round the room, 45 min",
                "same as previous bouts, used his oxygen and sumatriptan inj, worked. now fine",
            ],
            _patient(16071, "male", ("cluster headache",), pregnant=False),
            id="r34-en-034",
        ),  # NICE CG150 1.5 Cluster headache: known diagnosis, typical attack -> acute oxygen/sc triptan; consider verapamil prophylaxis at routine review
        pytest.param(
            [
                "38M lifted a sack of rice 4 days ago, now low back pain shooting down back of L leg to calf",
                "worse sitting, can walk",
                "no numbness around bottom, pee and poo normal, legs strong",
            ],
            _patient(13879, "male", (), pregnant=False),
            id="r34-en-035",
        ),  # NICE NG59 Low back pain and sciatica; NICE CKS Sciatica: no red flags (no sphincter change, no saddle anaesthesia, no motor deficit) -> self-management, stay active, analgesia
        pytest.param(
            [
                "19F passed out during blood test this morning",
                "felt hot, sweaty and vision went grey before, out for few seconds",
                "came round straight away, not confused, happened before with needles. BP 110/70 HR 72 lying, ECG normal",
            ],
            _patient(6939, "female", (), pregnant=False),
            id="r34-en-041",
        ),  # NICE CG109 1.2: uncomplicated faint (posture/needle trigger, typical prodrome, full recovery, normal ECG) -> no further immediate assessment, reassure and advise
        pytest.param(
            [
                "45 yo man, had a cold last wk, since yesterday morning constant spinning",
                "worse moving his head, vomited twice but drinking ok. hearing normal both ears",
                "no double vision, speech fine, no limb weakness, can walk by himself tho wobbly",
                "head impulse abnormal to the R, nystagmus one direction only horizontal. no HTN no DM, BP 126/78",
            ],
            _patient(16436, "male", (), pregnant=False),
            id="r34-en-048",
        ),  # NICE CKS Vertigo - vestibular neuronitis: acute peripheral vertigo without central signs (HINTS peripheral, can walk, no hearing loss) -> primary care management with short course vestibular suppressant, review within 1 week
        pytest.param(
            [
                "26M known epilepsy on valproate, forgot his pills 2 days",
                "had one of his usual fits at home abt 1 min, brother watched",
                "now back to himself, fully awake, bit tired, bit his tongue. didnt hit his head",
            ],
            _patient(9496, "male", ("epilepsy",), pregnant=False),
            id="r34-en-049",
        ),  # NICE NG217 Epilepsies and NICE CKS Epilepsy: known epilepsy, single typical seizure with full recovery and no injury -> no emergency transfer needed; routine review of adherence
        pytest.param(
            [
                "50F tingling thumb, index and middle finger R hand at nite, wakes her, shakes hand to get relief",
                "2 months, she works sewing",
                "no neck pain, grip ok, no wasting of thumb muscles",
            ],
            _patient(18262, "female", (), pregnant=False),
            id="r34-en-051",
        ),  # NICE CKS Carpal tunnel syndrome: mild-moderate symptoms without wasting -> wrist splint, routine follow-up/referral if persistent
        pytest.param(
            [
                "36F cold for 6 days, now pressure over cheeks and forehead, worse bending forward",
                "blocked nose, yellow snot, T 37.6",
                "no neck stiffness, no rash, no swelling round eyes, vision normal",
            ],
            _patient(13149, "female", (), pregnant=False),
            id="r34-en-053",
        ),  # NICE NG79 Sinusitis (acute): symptoms <10 days without red flags (no periorbital/neurological signs) -> self-care, analgesia, no antibiotic
        pytest.param(
            [
                "26F 10 wks pregnant, mild headache on and off past week",
                "tired, not sleeping well, drinking less cos of morning sickness",
                "BP 110/70, no vision problem, no fever, headache goes with rest",
            ],
            _patient(9496, "female", (), pregnant=True),
            id="r34-en-055",
        ),  # NICE NG201 Antenatal care and NICE CKS Headache - pregnancy: mild tension-type headache before 20 weeks with normal BP -> paracetamol, rest, hydration (pre-eclampsia not relevant before 20 weeks)
        pytest.param(
            [
                "25F felt dizzy, tingling round lips and both hands, heart pounding",
                "after argument with boyfriend, breathing fast",
                "has had panic attacks before, same feeling. now calmer, SpO2 99% HR 96 BP 122/78",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r34-en-057",
        ),  # NICE CG113 Generalised anxiety and panic disorder; NICE CKS Panic disorder: recognised panic attack with hyperventilation and full resolution -> self-help and routine follow-up
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
