# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A thirty-eighth held-out round (2026-12-07, at commit f48608a: two reviewers, 120 cases on the
eyes, ears, nose, throat, mouth and skin: angle-closure glaucoma, chemical, penetrating and blunt
eye injuries, retinal detachment, orbital and periorbital cellulitis, scleritis and uveitis,
shingles of the eye and disseminated shingles, sudden hearing loss, mastoiditis, necrotising
otitis externa, posterior nosebleeds, epiglottitis, quinsy, a fish bone, a knocked-out tooth,
angioedema, SJS, necrotising fasciitis, eczema herpeticum, burns of the face and smoke
inhalation; conjunctivitis, a stye, a subconjunctival haemorrhage, wax, a cold sore, urticaria and
a minor scald as look-alikes; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these
fixes the rules found 14 of 16 and 15 of 16 emergencies, graded 15 of 24 and 15 of 24 same-day
cases exactly, and sent no look-alike to emergency.

What changed: a child drooling with a muffled voice is epiglottitis even when no one says "sore
throat" (NICE CKS: an emergency); singed nasal hair, soot round the mouth, black sputum and a voice
going hoarse after a fire are smoke inhalation (an emergency); a pupil "not round … like a
teardrop" is an open globe; blood settled in the front of the eye (hyphaema) and a corneal foreign
body that irrigation did not shift are eye injuries for today; a red eye worse in bright light, or
severe pain waking her at night (scleritis), is same day, and 红的发紫 is a red eye, not cyanosis;
a red, swollen, tender eyelid is periorbital cellulitis without a fever too; trismus ("cant open
mouth wide", 嘴张不大) is a quinsy sign, not an airway threat; new same-day rules: necrotising
otitis externa (NICE CKS) and a knocked-out permanent tooth (IADT 2020); a band of blisters
(一带水泡) is shingles; "no burn in mouth" no longer denies the burn of the face; 卡了根刺 is a fish
bone. After: 16/16, 16/16; 24/24, 23/24; look-alikes 20/20, 20/20.

Kept deliberately: mastoiditis stays an emergency (NICE NG91: immediate referral)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "3岁女娃 发烧一天 39.8",
                "现在坐着往前趴着，口水一直流 不肯咽",
                "喘气有声音 呼哧呼哧的 说话声音闷",
                "没打过hib",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r38-zh-051",
        ),  # NICE CKS Sore throat – acute: suspected epiglottitis (drooling, stridor, tripod posture, toxic): do not examine throat, immediate emergency admission
        pytest.param(
            [
                "液化气罐着火了 女的45 脸上烧伤",
                "眉毛鼻毛都烧焦了，嘴边黑的",
                "声音开始哑了 咳出来痰是黑的",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r38-zh-056",
        ),  # NICE CKS Burns and scalds – facial burn with suspected inhalation injury (singed nasal hair, soot, hoarseness, carbonaceous sputum): immediate emergency transfer
        pytest.param(
            [
                "pt was hammering metal without goggles, something flew into his R eye",
                "small cut on the white of the eye next to the coloured part, pupil not round, pulled toward the cut like a teardrop",
                "vision blurry. havent put anything in the eye",
            ],
            _patient(10227, "male", (), pregnant=False),
            id="r38-en-021",
        ),  # NICE CKS Corneal superficial injury: high-velocity injury (hammering/grinding metal) or signs of penetration (irregular pupil, corneal/scleral laceration) -> immediate referral to emergency eye service, shield eye, no pressure
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "14岁男孩 打篮球被球砸到右眼",
                "眼睛看着黑眼珠下面有一层红的 像血沉底了",
                "说看东西有点模糊 不恶心不吐",
            ],
            _patient(5114, "male", (), pregnant=None),
            id="r38-zh-001",
        ),  # NICE CKS Red eye – blunt eye trauma with hyphaema and reduced vision: same-day ophthalmology referral
        pytest.param(
            [
                "60岁 男 淋巴瘤在化疗",
                "右边胸背起了一带水泡 疼",
                "今天看 肚子 胳膊 腿上也零零散散冒出来好几个水泡",
                "T37.9",
            ],
            _patient(21915, "male", ("淋巴瘤 化疗中",), pregnant=None),
            id="r38-zh-002",
        ),  # NICE CKS Shingles – immunocompromised patient with disseminated zoster: same-day specialist referral (IV aciclovir)
        pytest.param(
            [
                "62岁 女",
                "昨天晚上突然左眼前面有很多小黑点 像蚊子飞",
                "侧边有时候一闪一闪的",
                "视野没有缺 视力跟以前差不多",
            ],
            _patient(22646, "female", (), pregnant=False),
            id="r38-zh-006",
        ),  # NICE CKS Retinal detachment – sudden new-onset flashes and floaters without field loss (possible PVD/retinal tear): refer to be seen by ophthalmology within 24 hours
        pytest.param(
            [
                "76男 糖尿病十几年",
                "左耳朵疼一个多月 滴了药不见好 最近晚上疼的睡不着",
                "耳朵里流黄水 臭，看着耳道里有肉芽样的东西",
                "这两天说左边脑袋也疼",
            ],
            _patient(27759, "male", ("2型糖尿病",), pregnant=None),
            id="r38-zh-019",
        ),  # NICE CKS Otitis externa – suspected necrotising (malignant) otitis externa (diabetic, severe night pain, granulation tissue, headache): urgent same-day ENT referral
        pytest.param(
            [
                "5岁女孩 左眼皮红肿一天 摸着烫 一碰就喊疼",
                "眼睛不往外鼓 转眼睛不疼 看东西正常",
                "体温37.8 能吃能玩",
                "前两天左眼皮那里被蚊子咬挠破了",
            ],
            _patient(1826, "female", (), pregnant=None),
            id="r38-zh-020",
        ),  # NICE NG141 Cellulitis 1.1.8 – refer to hospital anyone with periorbital cellulitis; RCOphth – preseptal cellulitis in children needs same-day assessment to exclude orbital involvement
        pytest.param(
            [
                "58女 类风湿",
                "左眼红 疼得厉害 钻着疼 晚上疼醒",
                "眼珠子按着就疼 红的发紫",
                "滴了眼药水不管用",
            ],
            _patient(21184, "female", ("类风湿关节炎",), pregnant=False),
            id="r38-zh-030",
        ),  # NICE CKS Scleritis and episcleritis – suspected scleritis (severe boring pain waking at night, tender globe, violaceous hue, RA): same-day ophthalmology referral
        pytest.param(
            [
                "10岁女孩 摔了一跤 门牙整颗掉了",
                "家长把牙捡回来了 拿纸包着",
                "嘴里出点血 没晕 没吐",
            ],
            _patient(3652, "female", (), pregnant=None),
            id="r38-zh-033",
        ),  # IADT 2020 Guidelines for avulsion of permanent teeth – replant immediately or store in milk/saline and obtain dental care immediately (extra-oral dry time <60 min)
        pytest.param(
            [
                "2岁男宝 一直有湿疹",
                "这两天脸上湿疹突然变重 起了好多小水泡 破了像小坑一样 一个个的",
                "有点低烧37.9 比平时闹",
            ],
            _patient(730, "male", ("湿疹",), pregnant=None),
            id="r38-zh-047",
        ),  # NICE CG57 Atopic eczema in under 12s 1.5 / NICE CKS Eczema – suspected eczema herpeticum (punched-out erosions, fever): start aciclovir and same-day specialist referral
        pytest.param(
            [
                "47男 晚上吃鱼卡了根刺",
                "喝醋 吞饭团都试了 还是卡着",
                "吞口水就疼 指的是胸骨上面这块",
                "能喝水 没吐血 不发烧 喘气正常",
            ],
            _patient(17167, "male", (), pregnant=None),
            id="r38-zh-048",
        ),  # 中国上消化道异物内镜处理专家共识意见(2015) – sharp oesophageal foreign body (fish bone): endoscopic removal within 24 h, no swallowing rice/vinegar; same-day referral
        pytest.param(
            [
                "76 M diabetic 20 yrs, R ear pain 3 weeks getting worse, terrible at night",
                "drops from clinic didnt help, smelly discharge, something red and lumpy on the floor of the canal",
                "no fever, face moves ok",
            ],
            _patient(27759, "male", ("type 2 diabetes",), pregnant=False),
            id="r38-en-011",
        ),  # NICE CKS Otitis externa: suspected necrotising (malignant) otitis externa in an older diabetic (severe pain, granulation tissue, failed treatment) -> same-day ENT referral
        pytest.param(
            [
                "riding motorbike no visor, something flew into R eye 2 hr ago",
                "small black dot stuck on the cornea, rinsed with saline still there. vision normal, pupil round",
            ],
            _patient(14610, "male", (), pregnant=False),
            id="r38-en-014",
        ),  # NICE CKS Corneal superficial injury: low-velocity corneal foreign body not removed by irrigation -> same-day referral to eye service for removal
        pytest.param(
            [
                "60 yo M red swollen R lower leg x2 days, spreading, i marked the edge with pen",
                "T 37.3 HR 98 BP 138/84 RR 18 SpO2 97. alert, eating",
                "sorry temp 38.3 not 37.3. sugar 14 today",
            ],
            _patient(21915, "male", ("T2DM",), pregnant=False),
            id="r38-en-020",
        ),  # NICE NG141 Cellulitis and erysipelas rec 1.1 / NICE CKS Cellulitis (Eron class II): systemically unwell or significant comorbidity (diabetes) without sepsis -> same-day assessment, antibiotics, consider hospital referral
        pytest.param(
            [
                "8 yo boy, hot oil from the wok splashed on his L cheek and chin 30 min ago",
                "cooled under the tap 20 min. skin red with blisters, about the size of his palm",
                "eyes ok, no burn in mouth, breathing and voice normal",
            ],
            _patient(2922, "male", (), pregnant=False),
            id="r38-en-029",
        ),  # NICE CKS Burns and scalds: partial-thickness burn to the face (special area) in a child -> same-day referral to specialist burns service; ISBI Practice Guidelines for Burn Care 2016
        pytest.param(
            [
                "19 yo F tonsillitis 4 days, big tonsils with white stuff",
                "since yesterday can't swallow even water, peeing very little",
                "T 38.7 HR 110 BP 105/68 dizzy standing. no drooling, voice normal, mouth opens fine",
            ],
            _patient(6939, "female", (), pregnant=False),
            id="r38-en-033",
        ),  # NICE CKS Sore throat - acute / NICE NG84: unable to take oral fluids with dehydration -> same-day hospital referral for IV fluids
        pytest.param(
            [
                "12y boy hit in the R eye by a badminton shuttle an hour ago",
                "now i can see a blood level at the bottom of the coloured part, about 2mm",
                "vision blurry, no cut on the eye, pupil round",
            ],
            _patient(4383, "male", (), pregnant=False),
            id="r38-en-036",
        ),  # NICE CKS Red eye / RCOphth: blunt ocular trauma with hyphaema -> same-day ophthalmology assessment
        pytest.param(
            [
                "25 yo male sore throat 5 days, last 2 days much worse on R side",
                "cant open mouth wide, voice like hot potato, R tonsil bulging and pushing uvula to the L",
                "T 38.6 HR 100 SpO2 98. breathing fine, can swallow water slowly",
            ],
            _patient(9131, "male", (), pregnant=False),
            id="r38-en-040",
        ),  # NICE NG84 Sore throat (acute) rec 1.1.1: severe suppurative complication such as quinsy (peritonsillar abscess) -> refer to hospital same day for ENT drainage
        pytest.param(
            [
                "34M AS, L eye red and aching 2 days, worse in bright light",
                "redness mostly in a ring around the iris, pupil smaller than the other side, no discharge",
                "vision bit foggy",
            ],
            _patient(12418, "male", ("ankylosing spondylitis",), pregnant=False),
            id="r38-en-053",
        ),  # NICE CKS Uveitis: suspected acute anterior uveitis (photophobia, circumcorneal injection, small pupil, reduced vision) -> same-day ophthalmology referral
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "36岁 女 右眼外侧眼白一小块红",
                "有点不舒服 说不上疼 不怕光",
                "看东西清楚 按着不疼",
                "第二天了",
            ],
            _patient(13149, "female", (), pregnant=False),
            id="r38-zh-005",
        ),  # NICE CKS Scleritis and episcleritis – episcleritis (sectoral redness, mild discomfort, normal vision, non-tender): self-limiting, manage with reassurance/lubricants
        pytest.param(
            [
                "22岁男 右上眼皮边上长了个小包 红 有点疼",
                "两天了 中间有个黄点点",
                "眼睛本身不红 看东西正常 眼皮不肿",
            ],
            _patient(8036, "male", (), pregnant=None),
            id="r38-zh-007",
        ),  # NICE CKS Styes (hordeolum) – self-limiting; warm compresses, no antibiotics
        pytest.param(
            [
                "33岁女 做饭让热油溅到小胳膊上了",
                "红的 硬币大小 有一个小水泡",
                "已经冲了凉水 现在还有点火辣辣的",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r38-zh-008",
        ),  # NICE CKS Burns and scalds – small superficial partial-thickness burn (<1% TBSA) not on face/hands/feet/perineum in adult: first aid and self-care
        pytest.param(
            [
                "眼睛红 两只都红了",
                "早上起来眼屎糊住睁不开 黄的",
                "不疼 就是有点痒 沙沙的 看东西清楚 不怕光",
                "不戴隐形眼镜",
            ],
            _patient(None, None, (), pregnant=None),
            id="r38-zh-009",
        ),  # NICE CKS Conjunctivitis – infective: usually self-limiting; self-care (lid cleaning, hygiene), antibiotic drops not routinely needed; no red flags (pain, photophobia, reduced vision)
        pytest.param(
            [
                "50女 左上牙疼 遇冷热就疼 好几天了",
                "有个大洞 吃了布洛芬能扛住",
                "脸不肿 不发烧 张嘴正常",
            ],
            _patient(18262, "female", (), pregnant=False),
            id="r38-zh-015",
        ),  # SDCEP Emergency Dental Care – toothache controlled with analgesia, no swelling or systemic signs: routine (non-urgent) dental appointment
        pytest.param(
            [
                "55男 今早照镜子发现左眼白一大片鲜红的 吓坏了",
                "昨天咳嗽咳得厉害",
                "不疼不痒 看东西没问题",
                "没吃阿司匹林 华法林 血压量了132/82",
            ],
            _patient(20089, "male", (), pregnant=None),
            id="r38-zh-018",
        ),  # NICE CKS Subconjunctival haemorrhage – painless, normal vision, no trauma, BP normal, not anticoagulated: reassure, resolves in 2–3 weeks
        pytest.param(
            [
                "66男 高血压 吃贝那普利三个月了",
                "一直干咳 嗓子痒 晚上更厉害",
                "不发烧 不喘 嘴唇舌头都不肿 脸也不肿",
                "肺听着干净",
            ],
            _patient(24106, "male", ("高血压",), pregnant=None),
            id="r38-zh-022",
        ),  # NICE CKS Hypertension / BNF ACE inhibitors – persistent dry cough without angio-oedema: routine review and switch to ARB
        pytest.param(
            [
                "35女 嘴唇边上起了一小簇水泡 有点烧 刺痛",
                "以前每年都会起 感冒累了就起",
                "就嘴唇这一块 身上没有 眼睛没事",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r38-zh-023",
        ),  # NICE CKS Herpes simplex – oral (cold sore) in immunocompetent adult: self-limiting, self-care ± OTC aciclovir cream
        pytest.param(
            [
                "26岁女 游泳后右耳朵痒 疼 三四天了",
                "拉耳朵疼 耳道红 有点白渣渣",
                "不发烧 没糖尿病 听力还行",
            ],
            _patient(9496, "female", (), pregnant=False),
            id="r38-zh-025",
        ),  # NICE CKS Otitis externa – uncomplicated acute otitis externa: primary care management with topical acid/antibiotic drops and analgesia
        pytest.param(
            [
                "20岁女 嗓子疼两天 有点咳嗽 流鼻涕",
                "咽东西疼 但能吃能喝 口水咽的下去",
                "T37.6 扁桃体不大 没脓点",
                "说话声音正常 不喘",
            ],
            _patient(7305, "female", (), pregnant=False),
            id="r38-zh-026",
        ),  # NICE NG84 Sore throat (acute) – FeverPAIN 0–1, no red flags: no antibiotic, self-care
        pytest.param(
            [
                "40女 近视600度",
                "说眼前老有黑丝丝飘 好几年了",
                "最近没什么变化 没闪光 没有挡东西",
                "就想问问要不要紧",
            ],
            _patient(14610, "female", ("近视",), pregnant=False),
            id="r38-zh-027",
        ),  # NICE CKS Retinal detachment – long-standing unchanged floaters without flashes or field loss: reassure with safety-netting
        pytest.param(
            [
                "25岁男 嘴里长了两个溃疡 疼的吃饭都难受",
                "一个在舌头边上 一个在下嘴唇里面 米粒大小 白的周边红",
                "长了4天了 以前也老长 一两周自己就好",
                "不抽烟",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r38-zh-028",
        ),  # NICE CKS Aphthous ulcer – recurrent minor aphthous ulcers: self-care; refer only if a single ulcer persists >3 weeks
        pytest.param(
            [
                "4岁男孩 早上起来左眼皮肿了 肿得挺高",
                "昨晚被蚊子咬了 有个小红点 孩子老揉 说痒",
                "不发烧 不疼 眼睛不红 转眼睛没事 精神挺好",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r38-zh-031",
        ),  # NICE CKS Insect bites and stings – local reaction without infection: cold compress, oral antihistamine, self-care
        pytest.param(
            [
                "2岁半女宝 嘴里长了几个小溃疡 手心脚心有小红疹子",
                "烧了一天 37.9 今天不烧了",
                "就是嘴疼吃饭少 但水喝的还行 尿也正常",
                "精神好 不吐 没有抖 睡觉不惊",
            ],
            _patient(913, "female", (), pregnant=None),
            id="r38-zh-037",
        ),  # 手足口病诊疗指南(2018年版) – 普通病例 without neurological or cardiopulmonary danger signs: home isolation and symptomatic care
        pytest.param(
            [
                "40女 吃了螃蟹以后身上起风团 一块一块的 很痒",
                "嘴唇舌头不肿 嗓子不紧",
                "喘气正常 不头晕 血压128/76",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r38-zh-039",
        ),  # NICE CKS Urticaria – acute urticaria without angio-oedema or anaphylaxis: non-sedating antihistamine, self-care
        pytest.param(
            [
                "45男 左小腿前面红了一块 巴掌大 摸着热 有点疼",
                "前几天蹭破了皮",
                "不发烧 精神好 没糖尿病 T36.8 心率76",
                "红的范围昨天到今天没怎么变大",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r38-zh-044",
        ),  # NICE NG141 Cellulitis and erysipelas – systemically well (Eron class I): oral antibiotic in primary care with routine review
        pytest.param(
            [
                "66岁 男 说左耳朵听不清 堵得慌",
                "洗澡进水以后更明显 好几天了 是慢慢的",
                "看了耳道里一大块耵聍 堵满了",
                "不疼 不流水 不晕",
            ],
            _patient(24106, "male", (), pregnant=None),
            id="r38-zh-045",
        ),  # NICE CKS Earwax / NICE NG98 – hearing loss explained by impacted wax: olive oil or sodium bicarbonate drops for 3–5 days, self-care
        pytest.param(
            [
                "72岁男 吃阿司匹林 鼻子出血了",
                "左边 往前流的 嗓子里没血",
                "捏着鼻子前头10分钟止住了",
                "血压138/80 人好好的 没头晕",
            ],
            _patient(26298, "male", ("冠心病",), pregnant=None),
            id="r38-zh-046",
        ),  # NICE CKS Epistaxis – anterior bleed stopped with first aid, haemodynamically stable: self-care advice, no referral; continue antiplatelet
        pytest.param(
            [
                "3岁女孩 昨天晚上喊耳朵疼 哭闹",
                "体温38.2 吃了布洛芬好多了 现在能吃能玩",
                "耳朵后面不红不肿 耳朵不往外翘",
                "看了鼓膜有点红 鼓着",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r38-zh-058",
        ),  # NICE NG91 Otitis media (acute) – systemically well child: no or back-up antibiotic, analgesia; most resolve within 3 days
        pytest.param(
            [
                "5岁男孩 鼻子下面嘴边上起了几个黄痂 流黄水",
                "痒 孩子老抠",
                "不发烧 别的地方没有 精神好",
            ],
            _patient(1826, "male", (), pregnant=None),
            id="r38-zh-060",
        ),  # NICE NG153 Impetigo – localised non-bullous impetigo in a well child: hydrogen peroxide 1% cream or topical antibiotic in primary care
        pytest.param(
            [
                "sore throat 2 days, says its so painful she can barely swallow",
                "but drinking and eating soft food ok, talks normally, no drooling. T 37.6, cough and runny nose",
                "tonsils slightly red, no pus, no swelling on one side",
            ],
            _patient(8400, "female", (), pregnant=None),
            id="r38-en-005",
        ),  # NICE NG84 Sore throat (acute): FeverPAIN 0-1 / Centor 0-2 with no red flags (drooling, stridor, trismus, unilateral swelling) -> no antibiotic, self-care with analgesia
        pytest.param(
            [
                "lump on the edge of R upper eyelid, red and sore, like a pimple with a yellow head",
                "eye itself fine, vision ok, no fever, lid not swollen all over",
            ],
            _patient(8766, "male", (), pregnant=False),
            id="r38-en-007",
        ),  # NICE CKS Stye (hordeolum): self-limiting; warm compresses, no antibiotics; refer only if spreading periorbital cellulitis
        pytest.param(
            [
                "splashed boiling water on her forearm while cooking, area about 3x4cm",
                "cooled under running water 20 min. skin pink red, no blisters, stings a bit",
            ],
            _patient(12783, "female", (), pregnant=None),
            id="r38-en-008",
        ),  # NICE CKS Burns and scalds: small superficial epidermal scald in an adult, not on a special area -> first aid, analgesia, emollient; no referral
        pytest.param(
            [
                "both eyes red and sticky this morning, lashes stuck together with yellow stuff",
                "no pain just gritty, vision fine, no contact lenses, light doesnt bother her",
            ],
            _patient(10957, "female", (), pregnant=None),
            id="r38-en-009",
        ),  # NICE CKS Conjunctivitis - infective: bilateral sticky red eyes without pain, photophobia, reduced vision or contact lens use is self-limiting -> lid hygiene, self-care
        pytest.param(
            [
                "4y boy on amoxicillin for ear infection, day 5 now pink spotty rash on tummy and back",
                "rash fades when pressed, bit itchy. no blisters, mouth and lips normal, eyes not red, playing normally, T 36.9",
            ],
            _patient(1461, "male", (), pregnant=False),
            id="r38-en-015",
        ),  # NICE CG183 Drug allergy / BAD SJS/TEN guideline 2016: maculopapular drug rash without mucosal involvement, blistering, skin pain or systemic features -> stop drug, document, routine review
        pytest.param(
            [
                "woman 66 woke up with the white of her L eye full of blood, bright red, very scared",
                "no pain, vision normal, no injury. bad cough this week",
                "BP 138/82, not on warfarin or aspirin",
            ],
            _patient(24106, "female", ("hypertension",), pregnant=False),
            id="r38-en-018",
        ),  # NICE CKS Subconjunctival haemorrhage: painless, normal vision, no trauma, BP controlled, no anticoagulant -> reassure, resolves in 2-3 weeks
        pytest.param(
            [
                "2y girl eczema flare, cheeks and elbow creases red dry and very itchy, scratching at night",
                "no blisters or punched out sores, no yellow crusts, no fever, eating fine",
            ],
            _patient(730, "female", ("atopic eczema",), pregnant=False),
            id="r38-en-022",
        ),  # NICE CG57 Atopic eczema in under 12s: uncomplicated flare without signs of infection or eczema herpeticum -> emollients and topical corticosteroid in primary care, routine review
        pytest.param(
            [
                "tingling then little blisters on the edge of the upper lip since yesterday, she gets this every winter",
                "otherwise well, no eye problems, no fever",
            ],
            _patient(None, "female", (), pregnant=None),
            id="r38-en-023",
        ),  # NICE CKS Herpes simplex - oral: recurrent herpes labialis in an immunocompetent adult is self-limiting -> OTC aciclovir cream, analgesia; refer only if eye involvement or immunocompromised
        pytest.param(
            [
                "27 F swims every day, L ear itchy then painful 3 days",
                "worse when i pull the ear, canal red and a bit swollen with white discharge, drum looks ok",
                "T 36.8, not diabetic, nothing behind the ear",
            ],
            _patient(9861, "female", (), pregnant=None),
            id="r38-en-025",
        ),  # NICE CKS Otitis externa: uncomplicated acute otitis externa -> primary care topical acetic acid or antibiotic/steroid drops and analgesia; refer only if spreading cellulitis or suspected necrotising OE
        pytest.param(
            [
                "9 yo boy both eyes puffy and itchy since playing in the park, sneezing lots",
                "eyes a little pink and watery, no pus, no fever, moves eyes fine, says he can see ok",
            ],
            _patient(3287, "male", ("allergic rhinitis",), pregnant=False),
            id="r38-en-026",
        ),  # NICE CKS Conjunctivitis - allergic: bilateral itchy swollen eyelids with hay fever, no fever, no pain on eye movement -> oral antihistamine, cold compresses, self-care
        pytest.param(
            [
                "58F short sighted, has had a couple of floaters in R eye for years",
                "today noticed them more looking at a white wall, same ones she always has",
                "no flashes, no shadow or curtain, vision same as usual",
            ],
            _patient(21184, "female", ("myopia",), pregnant=False),
            id="r38-en-027",
        ),  # NICE CKS Retinal detachment (floaters and flashes): long-standing unchanged floaters without flashes, new shower or field loss -> no urgent referral; routine optometry review and safety-net advice
        pytest.param(
            [
                "got 3 painful white ulcers inside lower lip and cheek, small round with red edge",
                "had these on and off since school, usually gone in a week. this lot 4 days. eating ok, no fever",
            ],
            _patient(7305, "male", (), pregnant=False),
            id="r38-en-028",
        ),  # NICE CKS Aphthous ulcer: recurrent minor aphthous ulcers healing within 1-2 weeks -> self-care (benzydamine/chlorhexidine mouthwash); refer only if a single ulcer persists >3 weeks
        pytest.param(
            [
                "toothache lower R back tooth, worse with cold and sweet, big hole in it",
                "no swelling of the face, opens mouth fully, swallowing fine, no fever",
            ],
            _patient(17532, "male", (), pregnant=False),
            id="r38-en-031",
        ),  # SDCEP Management of Acute Dental Problems / NICE CKS Dental abscess: toothache without spreading swelling or systemic signs -> routine dental appointment, analgesia, antibiotics not indicated
        pytest.param(
            [
                "35M band of blisters on L side of chest wrapping round to the back, started 5 days ago",
                "burning pain, sleeping ok with paracetamol. nothing on the face, healthy, no regular meds",
            ],
            _patient(12783, "male", (), pregnant=False),
            id="r38-en-037",
        ),  # NICE CKS Shingles: truncal shingles in an immunocompetent adult under 50, rash >72 h, non-ophthalmic -> antiviral not needed, analgesia and self-care advice
        pytest.param(
            [
                "itchy raised red welts all over arms and body, came up 1 hr after shrimp dinner",
                "lips and tongue normal, voice normal, no wheeze, not dizzy. BP 128/80 HR 84 SpO2 99",
            ],
            _patient(11688, "male", (), pregnant=False),
            id="r38-en-039",
        ),  # NICE CKS Urticaria: acute urticaria without angio-oedema of the airway or systemic features -> non-sedating antihistamine, avoid trigger; Resuscitation Council UK 2021 (skin features alone are not anaphylaxis)
        pytest.param(
            [
                "44F small red warm patch on L shin about 5cm, started 2 days ago after scratching a mozzie bite",
                "T 37.0 HR 76, feels well, no diabetes, not spreading fast",
            ],
            _patient(16071, "female", (), pregnant=False),
            id="r38-en-044",
        ),  # NICE NG141 Cellulitis and erysipelas: Eron class I (no systemic toxicity, no uncontrolled comorbidity) -> manage in primary care with oral antibiotic, mark margin and safety-net
        pytest.param(
            [
                "62M R ear blocked since yesterday after showering, hearing muffled",
                "looked with otoscope, canal full of hard brown wax, cant see the drum",
                "no pain, no dizziness, no discharge",
            ],
            _patient(22645, "male", (), pregnant=False),
            id="r38-en-045",
        ),  # NICE NG98 Hearing loss in adults rec 1.2 / NICE CKS Earwax: hearing loss explained by impacted wax -> softening drops (olive oil) 3-5 days, irrigation only if persists
        pytest.param(
            [
                "28 wks pregnant, nosebleed from R nostril this morning, 2nd time this week",
                "pinched the soft part of nose and leaned forward, stopped after about 10 min",
                "BP 112/70, no headache, no blurred vision, feels fine",
            ],
            _patient(10592, "female", (), pregnant=True),
            id="r38-en-046",
        ),  # NICE CKS Epistaxis: anterior bleed stopped with first aid, haemodynamically stable, no anticoagulant -> advice only; nosebleeds are common in pregnancy
        pytest.param(
            [
                "3 yo girl crying and pulling R ear since last night, had a cold",
                "T 38.2, R drum red and bulging, behind the ear normal not red not swollen, ear not sticking out",
                "drinking ok, playful after paracetamol",
            ],
            _patient(1095, "female", (), pregnant=False),
            id="r38-en-058",
        ),  # NICE NG91 Otitis media (acute): child over 2 with unilateral AOM, not systemically unwell, no mastoid signs -> analgesia, no or back-up antibiotic, self-care
        pytest.param(
            [
                "3y boy few small ulcers in mouth and spots on palms soles and bottom, kindergarten has HFMD cases",
                "T 37.8, eating less but drinking milk and water well, peeing normally",
                "active and playing, no vomiting, no jerking, sleeping normal",
            ],
            _patient(1095, "male", (), pregnant=False),
            id="r38-en-060",
        ),  # China NHC Guideline for diagnosis and treatment of HFMD (2018 edition): common (stage 1) HFMD without warning signs -> home isolation and symptomatic care; NICE CKS Hand, foot and mouth disease
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
