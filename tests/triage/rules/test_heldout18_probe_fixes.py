# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eighteenth held-out round (2026-12-06, at commit 4fce0a0: two reviewers, 100 cases on the
harms of traditional and folk treatments (pneumothorax after acupuncture, moxibustion burns,
infection after cupping, herbal liver and kidney injury, tripterygium, aconite, cocklebur,
cinnabar and realgar, herb-warfarin interactions, toad-venom pills in a child) and on farm and
workshop injuries (machines, amputations, chainsaws, falls, crush, silo and cellar gas,
pneumoconiosis, pesticide spraying, farmer's lung, grinder eye injuries, high-pressure
injection)). Before these fixes the rules found 12 of 18 and 14 of 18 emergencies, graded 3 of
20 and 8 of 20 same-day cases exactly, and sent no look-alike to emergency.

New rules, each from its guideline (sources.py): a traumatic amputation, a crush injury with
signs of crush or compartment syndrome, a high-pressure injection injury, a collapse in a
cellar, silo or pit, a torn nail bed or a broken acupuncture needle (rules_injuries_at_work.py);
a corneal abrasion; liver injury from Polygonum multiflorum or Gynura, kidney harm from
aristolochic acid, heavy metals in folk remedies, and tripterygium joining the medicines that
can stop the marrow (one agranulocytosis rule for antithyroid drugs, clozapine and
tripterygium, in rules_medicines.py). Readings: 铡掉了, "cut off through", "mangled", 喊也不应,
黑眼仁也不圆了, 脚踩不了地, "very tender over the end of the radius", 有点弯, 弯不下去, 能看见一点骨头,
辛硫磷 and "dimethoate", 嘴唇舌头有点发麻, "INR today 6.4", 吃不下饭, 尿跟浓茶似的, 眼珠子发黄.
Kept on purpose: symptoms after spraying an organophosphate go to emergency (中国急性有机磷农药
中毒诊治专家共识: mild poisoning is still treated in hospital), a fingertip crush with bone showing
is an open fracture, and fever with chest tightness and breathlessness after mouldy hay or grain
dust stays an emergency."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "问个事，老太太中午炖了附子羊肉汤，喝了一大碗",
                "附子是她自己在集上买的生的，炖了也就半个来小时",
                "别的倒没啥，就说嘴唇舌头有点发麻，刺刺挠挠的",
            ],
            _patient(24820, "female", pregnant=False),
            id="p18-zh-006",
        ),  # 急性中毒诊断与治疗中国专家共识（2016）；中国药典2020年版 附子（有毒，宜先煎、久煎）
        pytest.param(
            [
                "铡草的时候把左手食指铡掉了",
                "从第二个指节那齐刷刷断的，断下来的那截找着了",
                "现在拿布按着呢，下一步咋弄",
            ],
            _patient(18980, "male", pregnant=None),
            id="p18-zh-008",
        ),  # BSSH Standards of Care in Hand Trauma (2021), amputation/replantation
        pytest.param(
            [
                "出事了出事了",
                "他下红薯窖拿红薯，半天没上来，喊也不应",
                "趴窖口一看人趴在底下不动，他儿子要下去拉",
            ],
            _patient(None, "male", pregnant=None),
            id="p18-zh-013",
        ),  # GBZ/T 205-2007 密闭空间作业职业危害防护规范；国家卫健委防范地窖窒息健康提示
        pytest.param(
            [
                "砸钢筋的时候崩起来个铁渣子进眼睛里了",
                "右眼，现在看东西模糊一大片",
                "眼珠上能看见个小口子，黑眼仁也不圆了，往一边歪",
            ],
            _patient(14600, "male", pregnant=None),
            id="p18-zh-016",
        ),  # NICE CKS Corneal superficial injury (2022), when to refer: suspected penetrating eye injury
        pytest.param(
            [
                "修水渠的时候预制板塌了，把他腿压底下了",
                "压了两个多钟头才撬开",
                "腿肿得发亮",
                "刚才尿了一回，是酱油色的",
            ],
            _patient(16790, "male", pregnant=None),
            id="p18-zh-044",
        ),  # ISN Renal Disaster Relief Task Force: Recommendations for the management of crush victims in mass disasters (2012)
        pytest.param(
            [
                "在修理铺帮忙，用黄油枪打黄油",
                "枪头一滑扎到右手食指肚上了",
                "就针眼那么大个小口，也不咋出血",
                "就是手指头现在胀得发白，越来越疼",
            ],
            _patient(12045, "male", pregnant=None),
            id="p18-zh-045",
        ),  # BSSH Standards of Care in Hand Trauma (2021), high-pressure injection injuries
        pytest.param(
            [
                "URGENT farmer 45M R arm caught in tractor PTO shaft, neighbours freed him",
                "arm mangled below elbow, blood soaking through the cloth",
                "pale sweaty, HR 130",
            ],
            _patient(16425, "male", pregnant=None),
            id="p18-en-007",
        ),  # NICE NG39 Major trauma: assessment and initial management 2016, 1.2 haemorrhage control; ERC Guidelines 2021 First Aid (life-threatening bleeding)
        pytest.param(
            [
                "39M chaff cutter accident 30 min ago",
                "L index finger cut off through the middle phalanx, we have the piece",
                "bleeding controlled w/ pressure. what do we do with the part?",
            ],
            _patient(14235, "male", pregnant=None),
            id="p18-en-008",
        ),  # BSSH Standards of Care in Hand Trauma, digital amputation/replantation; ERC Guidelines 2021 First Aid
        pytest.param(
            [
                "60M leg trapped under overturned walking tractor ~3h, freed now",
                "R lower leg swollen + tense, pain severe esp when we stretch his toes, foot numb",
                "just passed a small amount of dark cola-coloured urine",
            ],
            _patient(21900, "male", pregnant=None),
            id="p18-en-013",
        ),  # BOAST: Diagnosis and management of compartment syndrome of the limbs 2016; NICE NG39 Major trauma 2016
        pytest.param(
            [
                "33M at the tractor repair shop, grease gun went off into his L index fingertip",
                "only a tiny pinhole, not bleeding",
                "2h later finger painful and swelling up. he just wants to go home",
            ],
            _patient(12045, "male", pregnant=None),
            id="p18-en-016",
        ),  # BSSH Standards of Care in Hand Trauma, high-pressure injection injuries
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "他早些年常年吃老版的龙胆泻肝丸，说是降火，吃了好些年",
                "最近老恶心不想吃饭，脸发白，晚上起夜三四回",
                "今天量血压170/100，脚脖子也肿了",
            ],
            _patient(22995, "male", pregnant=None),
            id="p18-zh-005",
        ),  # NICE NG203 Chronic kidney disease (2021)；国家药监局2003年取消关木通药用标准通知
        pytest.param(
            [
                "从树上往下跳，崴了脚",
                "外脚踝肿老高，脚踩不了地，一步都走不了",
                "一按外踝骨头后边那就疼得叫唤",
            ],
            _patient(10220, "male", pregnant=None),
            id="p18-zh-007",
        ),  # NICE CKS Sprains and strains (2020), Ottawa ankle rules
        pytest.param(
            [
                "有个类风湿的大姐在吃雷公藤多苷片，吃了两个多月",
                "最近嘴里老起溃疡，刷牙牙龈出血",
                "今天看她胳膊腿上好多青紫块，也不知道在哪磕的",
            ],
            _patient(17520, "female", pregnant=False),
            id="p18-zh-011",
        ),  # 雷公藤多苷片说明书（国家药监局修订，不良反应：骨髓抑制）；BSR/BHPR guideline for non-biologic DMARD monitoring (2017)
        pytest.param(
            [
                "有个病人下午在村里扎针，扎的大腿",
                "起针的时候断了一截在肉里，外边看不见针尾",
                "现在让她腿别动，怕针往里跑",
            ],
            _patient(20075, "female", pregnant=False),
            id="p18-zh-020",
        ),  # 针灸技术操作规范 GB/T 21709 系列（毫针刺法，针刺异常情况处理：断针）；WHO Guidelines on basic training and safety in acupuncture (1999)
        pytest.param(
            [
                "孩子两岁，晚上老哭闹，老人给喂朱砂说是安神",
                "喂了差不多一个月了，每天一点点",
                "现在孩子口水特别多，牙床子红肿，脾气大，拿东西手还抖",
            ],
            _patient(730, "female", pregnant=None),
            id="p18-zh-029",
        ),  # WHO Mercury and health fact sheet (2017)；中国药典2020年版 朱砂（有毒，不宜大量久服）
        pytest.param(
            [
                "爬梯子摘柿子摔下来了，手撑的地",
                "右手腕子肿了，一动就疼，看着那块有点弯",
                "手指头能动，不麻，颜色也正常",
            ],
            _patient(22995, "female", pregnant=False),
            id="p18-zh-031",
        ),  # NICE NG38 Fractures (non-complex): assessment and management (2016)
        pytest.param(
            [
                "有人问个事，他一直拿何首乌泡水喝，说能黑头发",
                "喝了一个多月了",
                "这几天没劲，吃不下饭，尿跟浓茶似的",
                "今天他媳妇说他眼珠子发黄",
            ],
            _patient(16060, "male", pregnant=None),
            id="p18-zh-032",
        ),  # 中华医学会肝病学分会 药物性肝损伤诊治指南（2015，2023年版更新）；国家药监局何首乌制剂肝损伤风险提示
        pytest.param(
            [
                "锯树的时候油锯反弹，把左大腿外侧拉了个口子",
                "口子十来公分长，挺深，能看见里头黄的白的",
                "按了一阵血止住了",
                "他打没打过破伤风针谁也说不清",
            ],
            _patient(15330, "male", pregnant=None),
            id="p18-zh-037",
        ),  # 外伤后破伤风疫苗和被动免疫制剂使用指南（2019）；非新生儿破伤风诊疗规范（国家卫健委，2019）
        pytest.param(
            [
                "有个老糖尿病，在家用艾灸盒灸脚底板",
                "他脚底下本来就没啥知觉，烫了也没觉出来",
                "现在脚心起了个鸡蛋大的水泡，破了，底下发红",
            ],
            _patient(24090, "male", pregnant=None),
            id="p18-zh-038",
        ),  # NICE CKS Burns and scalds (2020), referral criteria (diabetes, feet)；中国糖尿病足防治指南（2019）
        pytest.param(
            [
                "割麦子的时候镰刀划了右手",
                "在手心里，口子两三公分，血不多了，已经包上了",
                "就是中指现在弯不下去，能伸直",
            ],
            _patient(18250, "male", pregnant=None),
            id="p18-zh-039",
        ),  # BSSH Standards of Care in Hand Trauma (2021), open hand injuries and flexor tendon injuries
        pytest.param(
            [
                "用角磨机切铁，没戴眼镜",
                "左眼进东西了，磨得疼，一直淌眼泪",
                "看东西跟平时差不多",
                "拿手电照能看见黑眼珠上有个小黑点",
            ],
            _patient(13140, "male", pregnant=None),
            id="p18-zh-043",
        ),  # NICE CKS Corneal superficial injury (2022), when to refer (high-velocity injury, embedded foreign body)
        pytest.param(
            [
                "村里老人膝盖疼，泡了土三七酒，天天晚上喝一盅",
                "喝了俩月了",
                "这阵子肚子越来越大，胀得难受，腿也肿，眼睛有点黄",
            ],
            _patient(25550, "female", pregnant=False),
            id="p18-zh-046",
        ),  # 吡咯生物碱相关肝窦阻塞综合征诊断和治疗专家共识意见（2017，南京）
        pytest.param(
            [
                "pt 47M had wet cupping (bloodletting) on back 3/7 ago at a market stall",
                "c/o one cup site hot swollen red, patch ~8cm and getting bigger",
                "T 38.1, HR 96, BP 130/80, alert, not diabetic",
            ],
            _patient(17155, "male", pregnant=None),
            id="p18-en-020",
        ),  # NICE NG141 Cellulitis and erysipelas: antimicrobial prescribing 2019, 1.1
        pytest.param(
            [
                "52F c/o tired + no appetite 1 wk",
                "husband says her eyes have been yellow 2 days, urine dark like tea",
                "been taking he shou wu powder daily for 2 months for grey hair. no confusion, no bleeding",
            ],
            _patient(18980, "female", pregnant=None),
            id="p18-en-021",
        ),  # Chinese Society of Hepatology Guideline for drug-induced liver injury 2023; EASL Clinical Practice Guidelines: DILI 2019
        pytest.param(
            [
                "58F drinking a herbal 'slimming' tea from the market ~6 months",
                "label lists guang fang ji",
                "c/o nausea, puffy ankles, passing less urine. bloods today creat 310 (78 last yr), K 5.3",
            ],
            _patient(21170, "female", pregnant=None),
            id="p18-en-022",
        ),  # NICE NG148 Acute kidney injury 2019, 1.2-1.3; IARC Monograph 100A aristolochic acid
        pytest.param(
            [
                "61F on lei gong teng tablets (tripterygium glycosides) from local doctor for RA x3 months",
                "c/o sore throat + mouth ulcers 3/7",
                "T 37.2, eating ok. no blood tests done since starting",
            ],
            _patient(22265, "female", pregnant=None),
            id="p18-en-023",
        ),  # BSR/BHPR guideline for non-biologic DMARD prescribing and monitoring 2017 (sore throat/mouth ulcers → urgent FBC)
        pytest.param(
            [
                "13yo boy fell ~2m out of persimmon tree onto outstretched hand",
                "L wrist swollen and very tender over the end of the radius, no obvious deformity",
                "skin intact, fingers pink, moving them ok. no head injury",
            ],
            _patient(4745, "male", pregnant=None),
            id="p18-en-027",
        ),  # NICE NG38 Fractures (non-complex): assessment and management 2016, 1.1-1.2
        pytest.param(
            [
                "pt 44M using angle grinder yesterday, no goggles",
                "gritty R eye since, watery, red",
                "VA 6/6 both eyes. small brown speck on the cornea, won't come off with irrigation",
            ],
            _patient(16060, "male", pregnant=None),
            id="p18-en-028",
        ),  # NICE CKS Corneal superficial injury (foreign body, rust ring); RCOphth Emergency eye care 2020
        pytest.param(
            [
                "pt 38M R ring finger caught between the rollers of a rice mill",
                "fingertip swollen, nail half lifted off, cut through the nail bed",
                "bleeding stopped, finger pink, can bend it",
            ],
            _patient(13870, "male", pregnant=None),
            id="p18-en-033",
        ),  # BSSH Standards of Care in Hand Trauma, fingertip and nail bed injuries
        pytest.param(
            [
                "40F harvesting, a rice stalk poked L eye this morning",
                "very painful, watering, can't open it in the light",
                "VA L 6/9 (R 6/6), fluorescein shows corneal abrasion",
            ],
            _patient(14600, "female", pregnant=False),
            id="p18-en-037",
        ),  # NICE CKS Corneal superficial injury, referral criteria; RCOphth Emergency eye care 2020
        pytest.param(
            [
                "75M on warfarin for DVT",
                "son bought him ginkgo tablets, taking for 3 wks",
                "INR today 6.4 (target 2-3). no bleeding at all, feels fine",
            ],
            _patient(27375, "male", pregnant=None),
            id="p18-en-038",
        ),  # NICE CKS Anticoagulation - oral, warfarin: high INR without bleeding
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "她昨天后背扎了针，今天扎针那几个地方酸疼",
                "我专门问了，喘气正常，不胸闷，上楼也不喘",
                "血氧98，就是一碰那块肉发酸",
            ],
            _patient(18250, "female", pregnant=False),
            id="p18-zh-015",
        ),  # BTS Guideline for Pleural Disease 2023 (pneumothorax presentation)；WHO Guidelines on basic training and safety in acupuncture (1999)
        pytest.param(
            [
                "在大棚里干了一上午活，腿肚子抽筋了",
                "出来在阴凉地歇着，喝了淡盐水，现在不抽了",
                "人清醒，说话利索，就是出汗多，有点累",
            ],
            _patient(16425, "female", pregnant=False),
            id="p18-zh-017",
        ),  # GBZ 41-2019 职业性中暑的诊断；WHO Heat and health fact sheet (2018)
        pytest.param(
            [
                "孩子奶奶给孩子刮了痧，说是受凉了",
                "后背一道一道紫红的，还有好多小红点点，看着吓人",
                "孩子已经不烧了，吃饭玩都正常，按着也不咋疼",
            ],
            _patient(2555, "male", pregnant=None),
            id="p18-zh-019",
        ),  # 针灸技术操作规范 第22部分 刮痧 GB/T 21709.22-2013
        pytest.param(
            [
                "我对象昨天去拔了火罐",
                "今天后背一个圈一个圈的，黑紫黑紫的",
                "不疼不痒，没起泡，这个要紧不",
            ],
            _patient(12775, "female", pregnant=False),
            id="p18-zh-021",
        ),  # 针灸技术操作规范 第5部分 拔罐 GB/T 21709.5-2008
        pytest.param(
            [
                "吃华法林的老太太想炖当归汤喝，问行不行",
                "她现在啥事没有，不出血，也没青紫",
                "上礼拜刚查的INR是2.3",
            ],
            _patient(26645, "female", pregnant=False),
            id="p18-zh-023",
        ),  # 华法林抗凝治疗的中国专家共识（2013）；NICE CKS Anticoagulation - oral (2023)
        pytest.param(
            [
                "拿镰刀割草，划了手背一下",
                "浅浅一道，一厘米多，早不流血了",
                "去年秋天刚打过破伤风针，全程打完的",
                "手指头活动都好",
            ],
            _patient(13870, "female", pregnant=False),
            id="p18-zh-030",
        ),  # 外伤后破伤风疫苗和被动免疫制剂使用指南（2019）
        pytest.param(
            [
                "孩子从草垛上出溜下来了，也就一米来高",
                "后脑勺磕地上起了个小包，当时就哭了",
                "哭完接着玩，不吐，吃东西正常，说话跟平时一样",
            ],
            _patient(1460, "female", pregnant=None),
            id="p18-zh-033",
        ),  # NICE NG232 Head injury (2023), criteria for CT and safety-netting
        pytest.param(
            [
                "今天打的是菊酯类的药，风大，刮脸上了",
                "脸上火辣辣的，跟针扎似的，有点麻",
                "别的没啥，不头晕不恶心，已经拿肥皂水洗了",
            ],
            _patient(14600, "male", pregnant=None),
            id="p18-zh-035",
        ),  # WHO/IPCS Environmental Health Criteria 82: Cypermethrin (1989), effects on humans (transient facial paraesthesia)
        pytest.param(
            [
                "我妈在吃何首乌片治白头发，吃了一个来月",
                "听说这个伤肝，她现在啥感觉没有",
                "能吃能睡，皮肤眼睛都不黄，要不要去查查",
            ],
            _patient(20440, "female", pregnant=False),
            id="p18-zh-040",
        ),  # 中华医学会肝病学分会 药物性肝损伤诊治指南（2015，2023年版更新）；国家药监局何首乌制剂肝损伤风险提示
        pytest.param(
            [
                "扬场扬了一下午，鼻子痒，老打喷嚏，流清鼻涕",
                "眼睛也有点痒",
                "不咳嗽不喘，也不发烧",
            ],
            _patient(17520, "male", pregnant=None),
            id="p18-zh-041",
        ),  # NICE CKS Allergic rhinitis (2023), self-care and trigger avoidance；NIOSH Alert 94-102 (1994)
        pytest.param(
            [
                "艾灸肚子起了个小水泡",
                "黄豆粒大，没破",
                "人挺好的，二十多岁小伙子，没啥病",
            ],
            _patient(9490, "male", pregnant=None),
            id="p18-zh-042",
        ),  # 针灸技术操作规范 第1部分 艾灸 GB/T 21709.1-2008；NICE CKS Burns and scalds (2020)
        pytest.param(
            [
                "有个人看电视说龙胆泻肝丸伤肾",
                "他前几年上火吃过两盒，现在没啥不舒服",
                "吃饭睡觉解小便都正常，问要不要赶紧上县医院",
            ],
            _patient(18980, "male", pregnant=None),
            id="p18-zh-048",
        ),  # 国家药监局2003年取消关木通药用标准通知；NICE NG203 Chronic kidney disease (2021), testing
        pytest.param(
            [
                "pt 58F did moxa at home on her tummy",
                "one small blister about 1cm, intact, skin around not red",
                "not diabetic, feels fine. asks what to do",
            ],
            _patient(21170, "female", pregnant=None),
            id="p18-en-039",
        ),  # NICE CKS Burns and scalds, self-care for minor burns
        pytest.param(
            [
                "35M worried, wife did gua sha on his back yday for feeling heat-struck (zhong shu)",
                "now back covered with red-purple streaks and dots",
                "feels well, no fever, no bleeding gums, no bruises anywhere else",
            ],
            _patient(12775, "male", pregnant=None),
            id="p18-en-040",
        ),  # Nielsen et al. gua sha transitory therapeutic petechiae (Explore 2007); NICE NG12 petechiae criteria not met (explained, localised)
        pytest.param(
            [
                "son says dad 66M had fire cupping 2 days ago",
                "now round dark purple circles all over his back, son thinks it's bleeding inside",
                "not painful, no blisters, skin intact, not on blood thinners",
            ],
            _patient(24090, "male", pregnant=None),
            id="p18-en-041",
        ),  # NHS Cupping therapy information; WHO Benchmarks for training in traditional/complementary medicine (cupping)
        pytest.param(
            [
                "29F had acupuncture to upper back + neck this am",
                "now achy at the needle points, sore turning her neck",
                "no SOB, no chest pain, breathing normal, SpO2 99%, RR 14",
            ],
            _patient(10585, "female", pregnant=False),
            id="p18-en-042",
        ),  # WHO Basic guidelines on training and safety in acupuncture 1999; BTS Guideline for Pleural Disease 2023
        pytest.param(
            [
                "routine bloods for 48F: ALT 85 (ULN 40), bilirubin normal",
                "on he shou wu capsules 1 month for her hair",
                "no symptoms, not yellow, urine normal colour",
            ],
            _patient(17520, "female", pregnant=False),
            id="p18-en-043",
        ),  # EASL Clinical Practice Guidelines: DILI 2019; Chinese Society of Hepatology DILI Guideline 2023
        pytest.param(
            [
                "56M saw on TV that old long dan xie gan wan could have aristolochic acid",
                "took it on and off for years for 'liver fire'. no symptoms",
                "BP ok, no swelling, urine looks normal. very anxious he'll get kidney failure",
            ],
            _patient(20440, "male", pregnant=None),
            id="p18-en-044",
        ),  # IARC Monograph 100A aristolochic acid; KDIGO CKD guideline 2012 (evaluation)
        pytest.param(
            [
                "67M known silicosis from the mine, on disability",
                "came in because neighbour told him his lungs will 'turn to stone' fast",
                "breathing same as past year, walks to the field ok, no fever, cough no different, no weight loss, SpO2 95%",
            ],
            _patient(24455, "male", pregnant=None),
            id="p18-en-045",
        ),  # Chinese expert consensus on pneumoconiosis treatment 2018; GBZ 70-2015 diagnosis of occupational pneumoconiosis
        pytest.param(
            [
                "17yo girl got a wheat husk in R eye threshing",
                "mum flushed it with clean water and the husk came out",
                "30 min later eye feels normal, no pain, sees fine, eye white",
            ],
            _patient(6205, "female", pregnant=False),
            id="p18-en-046",
        ),  # NICE CKS Corneal superficial injury (foreign body removed, no red flags)
        pytest.param(
            [
                "23M nicked L thumb w/ sickle cutting grass",
                "1cm shallow cut, edges lie together, bleeding stopped",
                "full movement and feeling, tetanus booster last yr in the army",
            ],
            _patient(8395, "male", pregnant=None),
            id="p18-en-047",
        ),  # NICE CKS Lacerations; UKHSA Green Book chapter 30 Tetanus
        pytest.param(
            [
                "48M uses chainsaw + brush cutter for years",
                "fingers go white then blue on cold mornings, tingly, back to normal after warming ~20 min",
                "no ulcers, no pain now, fingers normal colour at rest",
            ],
            _patient(17520, "male", pregnant=None),
            id="p18-en-048",
        ),  # HSE L140 Hand-arm vibration at work 2019; NICE CKS Raynaud's phenomenon
        pytest.param(
            [
                "34F sprayed cypermethrin on cabbages this am, some drifted onto her face",
                "now burning tingling of cheeks and lips, no rash",
                "no vomiting, no twitching, no SOB, pupils normal. washed face already",
            ],
            _patient(12410, "female", pregnant=False),
            id="p18-en-049",
        ),  # GBZ 43-2002 Diagnostic criteria of occupational acute pyrethroid poisoning; WHO IPCS pyrethroid information
        pytest.param(
            [
                "52M working in a plastic greenhouse, felt dizzy, sweaty, sick ~1h ago",
                "moved to shade, loosened clothes, drank ORS",
                "now 40 min later feels normal, fully alert, T 37.1, passed urine",
            ],
            _patient(18980, "male", pregnant=None),
            id="p18-en-050",
        ),  # NHS Heat exhaustion and heatstroke guidance; WHO Heat and health guidance 2018
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
