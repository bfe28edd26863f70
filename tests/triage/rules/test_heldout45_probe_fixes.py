# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A forty-fifth held-out round (2026-12-07, at commit 712f8de: two reviewers, 120 cases on injuries
in adults and older people: road traffic collisions, stab wounds and assaults, falls, head
injuries on and off anticoagulants, rib and chest injuries, abdominal and pelvic trauma, open
fractures, dislocations, hand, tendon, nail bed and fingertip injuries, amputated fingers, deep
lacerations, burns, eye and dental trauma, spinal injury and compartment syndrome; sprains that
bear weight, grazes, bruises and small clean cuts as look-alikes; 16 emergencies, 24 same-day and 20
look-alikes a set). Before these fixes the rules found 13 of 16 and 11 of 16 emergencies, graded 8
of 24 and 12 of 24 same-day cases exactly, and sent no look-alike to emergency.

What changed, all readings feeding rules that existed: a pedestrian 被小车撞了 or "hit by a van"
with shock; a tricycle 翻沟里 or a fall "about 3 metres off scaffolding" with neck pain and numb
hands (numb hands now count among major trauma's serious signs); a stab into the trunk or fat
"poking out" (penetrating trauma, an emergency); a calf 被水泥板压了 an hour and toes that hurt more
when bent (crush and compartment syndrome), a cast on since yesterday with pain on straightening
the fingers; fingers "cut off at the middle joint"; then the same day: the snuffbox told as 手腕大拇指
那边的小窝, a wound "gaping" or 口子…张着嘴, 能看见白骨头, 走不了路, 脑门碰墙上, a tooth 整个掉出来了,
an elbow 伸不直 一伸就疼, a nail "half torn off" or 指甲翘起来了, 打到人家嘴上, a shoulder 看着方方的,
"bruise on her forehead", "can't remember the fall", hot oil on a palm, a shock from a socket,
"peeing pink/red". After: 16/16, 16/16; 15/24, 15/24; look-alikes 20/20, 20/20.

Kept deliberately: a head injury on an anticoagulant, a fall with loss of consciousness at 69, an
older woman who cannot walk after a fall, a handlebar blow with upper abdominal tenderness and an
electrical injury with a tingling arm stay emergencies. Left: a septal haematoma, a knee that
swelled within the hour, rib injuries at 72 and 73, a blow-out fracture, a spinal compression
fracture at 75, kidney trauma with haematuria."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "68岁女的过马路被小车撞了",
                "说屁股跟大腿根疼 站不起来 一挪就叫唤",
                "HR 118 BP 95/60 手脚冰凉",
            ],
            _patient(24837, "female", (), pregnant=False),
            id="r45-zh-005",
        ),  # ATLS 10th ed. / NICE NG39 Major trauma 1.2 (pelvic binder): suspected pelvic fracture after high-energy pedestrian impact with shock -> immediate transfer
        pytest.param(
            [
                "他老婆打电话来 三轮车翻沟里了 开车的男的45",
                "说脖子后面疼 两只手发麻 跟过电一样",
                "腿抬不起来了 我们还没敢挪他 人还在沟边",
            ],
            _patient(16436, "male", (), pregnant=False),
            id="r45-zh-020",
        ),  # NICE NG41 Spinal injury assessment 1.2: neck pain with new neurological deficit after dangerous mechanism -> full in-line spinal immobilisation and ambulance transfer to major trauma centre
        pytest.param(
            [
                "工地上的男的 小腿被水泥板压了一个来钟头才弄出来",
                "现在小腿肿得硬邦邦 打了止痛针还是疼得喊",
                "掰他脚趾头疼得更厉害 脚背有点麻",
            ],
            _patient(13879, "male", (), pregnant=False),
            id="r45-zh-050",
        ),  # BOAST 10 Diagnosis and management of compartment syndrome / NICE NG37: pain out of proportion, pain on passive stretch, tense swelling after crush -> surgical emergency, immediate transfer for fasciotomy
        pytest.param(
            [
                "stabbed in the belly with a fruit knife",
                "wound L side abdomen, something yellow fatty poking out of it",
                "HR 108 BP 118/76",
            ],
            _patient(11323, "male", (), pregnant=None),
            id="r45-en-007",
        ),  # NICE NG39 Major trauma / ATLS: penetrating abdominal wound with evisceration -> immediate transfer for laparotomy
        pytest.param(
            [
                "man fell about 3 metres off scaffolding at the building site",
                "lying on the ground, says his neck really hurts, we told him not to move",
                "now says both hands numb and tingling and grip weak",
            ],
            _patient(18993, "male", (), pregnant=None),
            id="r45-en-020",
        ),  # NICE NG41 Spinal injury: assessment and initial management 1.1/1.2: dangerous mechanism + neck pain + new neurological symptoms -> full in-line spinal immobilisation and immediate transfer to major trauma centre
        pytest.param(
            [
                "pedestrian hit by a van on the county road, 62 y/o lady",
                "pain in groin and low back, can't move her legs for the pain, no open wounds",
                "BP 88/50 pulse 118, getting paler",
            ],
            _patient(22646, "female", (), pregnant=False),
            id="r45-en-046",
        ),  # NICE NG37 Fractures (complex) 1.2 pelvic fractures + NICE NG39: suspected pelvic fracture with haemodynamic instability -> pelvic binder and immediate transfer to major trauma centre
        pytest.param(
            [
                "19yo with broken forearm, plaster put on yesterday at county hosp",
                "says pain much worse overnight, ibuprofen + paracetamol doing nothing",
                "fingers swollen and tingly, he screams when I gently straighten his fingers",
            ],
            _patient(6940, "male", (), pregnant=None),
            id="r45-en-052",
        ),  # BOA BOAST 10 Diagnosis and management of compartment syndrome of the limbs: pain out of proportion and pain on passive stretch -> surgical emergency, split cast to skin and immediate transfer
        pytest.param(
            [
                "her hand got caught in the straw chopper",
                "index and middle fingers cut off at the middle joint, we have the fingers",
                "bleeding controlled w pressure now. what to do w the fingers",
            ],
            _patient(18262, "female", (), pregnant=False),
            id="r45-en-055",
        ),  # BSSH / BOA standards for hand trauma: traumatic digit amputation -> immediate transfer to replantation centre, parts in moist gauze in sealed bag on ice
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "昨天玩滑板摔了 左手撑地",
                "手腕大拇指那边的小窝按着疼",
                "能动 就是使劲握不住 男 20",
            ],
            _patient(7305, "male", (), pregnant=False),
            id="r45-zh-002",
        ),  # NICE NG38 Fractures (non-complex) 1.3: suspected scaphoid fracture (anatomical snuffbox tenderness) -> immobilise and same-day imaging
        pytest.param(
            [
                "头上让柜门角划了个口子 4公分左右 张着嘴",
                "没晕过 没吐 人清楚",
                "按了一会血少了 还在慢慢渗 女 31",
            ],
            _patient(11322, "female", (), pregnant=False),
            id="r45-zh-036",
        ),  # NICE CKS Lacerations / NICE NG232 (no CT criteria): gaping 4 cm scalp laceration needs closure (suture/staples) same day
        pytest.param(
            [
                "摔了一跤 门牙整个掉出来了 是恒牙",
                "牙捡回来了 现在泡牛奶里",
                "男 23 半小时前的事",
            ],
            _patient(8400, "male", (), pregnant=False),
            id="r45-zh-038",
        ),  # IADT Guidelines 2020 (avulsion of permanent teeth): store in milk, replant as soon as possible -> immediate same-day dental care
        pytest.param(
            [
                "摔倒的时候胳膊肘先着地 右肘",
                "肿了 伸不直 一伸就疼",
                "女 61",
            ],
            _patient(22280, "female", (), pregnant=False),
            id="r45-zh-040",
        ),  # Elbow extension test (Appelboam, BMJ 2008) / NICE NG38: unable to fully extend elbow after trauma -> same-day X-ray
        pytest.param(
            [
                "手指头让车门夹了 中指 指甲翘起来了",
                "指甲下面裂一道口子 还在渗血",
                "女 45",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r45-zh-042",
        ),  # BSSH Fingertip and nail bed injuries: nail plate avulsion with nail bed laceration -> same-day repair and X-ray for tuft fracture
        pytest.param(
            [
                "打架打到人家嘴上 右手指关节那破了个小口",
                "今早起来关节又红又肿 握拳疼",
                "男 19",
            ],
            _patient(6939, "male", (), pregnant=False),
            id="r45-zh-044",
        ),  # NICE CKS Human and animal bites: clenched-fist (fight bite) injury over MCP joint with signs of infection -> same-day referral for hand surgical assessment/washout
        pytest.param(
            [
                "打篮球摔了 左肩膀一下就动不了了",
                "肩膀那看着方方的 他拿右手托着左胳膊",
                "手指头能动 上臂外边有点木",
                "男 24",
            ],
            _patient(8766, "male", (), pregnant=False),
            id="r45-zh-056",
        ),  # NICE CKS Shoulder pain / BESS guidance: suspected anterior shoulder dislocation -> same-day X-ray and reduction (neurovascular check)
        pytest.param(
            [
                "76yo lady fell at the market, bruise on her forehead",
                "GCS 15 now, no vomiting, not on blood thinners",
                "but she cant remember the fall or walking home",
            ],
            _patient(
                27759,
                "female",
                (
                    "hypertension",
                    "type 2 diabetes",
                ),
                pregnant=False,
            ),
            id="r45-en-013",
        ),  # NICE NG232 Head injury 1.1/1.4: amnesia after head injury in age >=65 -> refer to ED, CT within 8 hours
        pytest.param(
            [
                "fell through a glass door, cut on forearm",
                "about 6cm, gaping, can see yellow fat, edges wont stay together with strips",
                "bleeding controlled now, fingers move and feel ok",
            ],
            _patient(10227, "male", (), pregnant=None),
            id="r45-en-042",
        ),  # WHO Emergency surgical care / wound management guidance: deep gaping laceration needing suture closure, neurovascularly intact -> same-day closure (within hours)
        pytest.param(
            [
                "40yo shut his finger in the car door",
                "nail half torn off, nail bed underneath cut and bleeding",
                "tip looks a bit squashed, we have no xray",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r45-en-056",
        ),  # BSSH hand trauma standards: nail avulsion with nail bed laceration and possible tuft fracture (open fracture) -> same-day repair, antibiotics
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "摔了一跤 门牙磕掉个小角",
                "不疼 不松 没出血 喝凉水也不酸",
                "女 27",
            ],
            _patient(9861, "female", (), pregnant=False),
            id="r45-zh-001",
        ),  # IADT Guidelines 2020 (fractures of permanent teeth): enamel-only fracture -> routine dental restoration
        pytest.param(
            [
                "电动车慢慢倒了 膝盖磕一下 破了点皮",
                "能走 膝盖能弯过90度 髌骨按着不疼",
                "女 36",
            ],
            _patient(13149, "female", (), pregnant=False),
            id="r45-zh-008",
        ),  # Ottawa knee rules negative: no X-ray needed; minor abrasion -> self-care
        pytest.param(
            [
                "5天前脑袋磕了一下 当时在医院做了CT 没事",
                "这几天还有点头疼 容易累 注意力不集中",
                "没吐 没越来越重 没抽过 吃布洛芬能好点",
                "男 37",
            ],
            _patient(13514, "male", (), pregnant=False),
            id="r45-zh-011",
        ),  # NICE NG232 Head injury (discharge advice / post-concussion symptoms): persistent but non-worsening symptoms -> routine GP review
        pytest.param(
            [
                "两个礼拜前崴的脚 现在还有点肿",
                "能正常走路了 比前几天好多了",
                "就是走多了脚踝那有点酸 女 40",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r45-zh-015",
        ),  # NICE CKS Sprains and strains: improving ankle sprain at 2 weeks, weight bearing -> continue self-care, review only if not improving
        pytest.param(
            [
                "小伙子24 站起来脑袋撞柜门上了",
                "没晕 没吐 头没越来越疼 说话走路都正常",
                "有个小包 不吃啥药",
            ],
            _patient(8766, "male", (), pregnant=False),
            id="r45-zh-016",
        ),  # NICE NG232 Head injury 1.3/1.4: no CT criteria met, GCS 15, no risk factors -> home with written head injury advice
        pytest.param(
            [
                "大脚趾甲黑了一块 上礼拜让砖头砸的",
                "现在不疼了 指甲没裂 也没松动",
                "男 55",
            ],
            _patient(20088, "male", (), pregnant=False),
            id="r45-zh-017",
        ),  # BSSH / Emergency Medicine Journal BestBET subungual haematoma: painless haematoma with intact nail, days old -> no intervention, self-care
        pytest.param(
            [
                "小脚趾踢床腿上了 青了有点肿",
                "能穿鞋走路 就是有点疼",
                "女 33",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r45-zh-019",
        ),  # Lesser toe injury management (AAFP Toe fractures): lesser toe injury with weight bearing -> buddy strapping and self-care, no X-ray needed
        pytest.param(
            [
                "煮饭掀锅盖 蒸汽烫了右手腕一下",
                "红了一小块 一块钱硬币那么大 没起泡",
                "凉水冲过了 女 29",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r45-zh-021",
        ),  # NICE CKS Burns and scalds: small superficial epidermal burn, no blistering -> self-care
        pytest.param(
            [
                "骑电瓶车摔了 手掌跟膝盖擦破皮",
                "都是表皮 没有深口子 生理盐水冲干净了",
                "今年5月打过破伤风 男 34 别的没哪不舒服",
            ],
            _patient(12418, "male", (), pregnant=False),
            id="r45-zh-022",
        ),  # NICE CKS Lacerations/abrasions & 外伤后破伤风疫苗和被动免疫制剂使用指南(2019): clean superficial abrasion, tetanus within 5 years -> home wound care
        pytest.param(
            [
                "昨天等红灯让后面车轻轻追尾了",
                "今天脖子两边发紧 头左右都能转过去",
                "脖子后正中骨头按着不疼 手脚不麻 出事后自己下车走的",
                "女 40",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r45-zh-023",
        ),  # Canadian C-spine rule / NICE NG41 1.2: simple rear-end collision, ambulatory, no midline tenderness, can rotate 45 deg -> no imaging, self-care
        pytest.param(
            [
                "男 42 搬化肥袋子腰闪了一下",
                "腰两边疼 弯腰疼 腿不麻不疼",
                "大小便都正常 以前没这毛病",
            ],
            _patient(15340, "male", (), pregnant=False),
            id="r45-zh-025",
        ),  # NICE NG59 Low back pain: acute mechanical back pain without red flags -> self-management, stay active, analgesia
        pytest.param(
            [
                "大腿外边磕三轮车上了 青了一大块",
                "走路正常 骨头按着不疼 就是肉疼",
                "男 45 没吃啥药",
            ],
            _patient(16436, "male", (), pregnant=False),
            id="r45-zh-026",
        ),  # NICE CKS Sprains and strains (soft tissue injury): contusion without bony tenderness, full weight bearing, no anticoagulant -> self-care
        pytest.param(
            [
                "80岁老太 胳膊蹭门框上 皮掀起来一小片",
                "我们把皮片复位了 拿胶布贴好 血止了",
                "她吃华法林 上礼拜INR 2.5",
                "没碰着头 就是胳膊",
            ],
            _patient(
                29220,
                "female",
                (
                    "房颤",
                    "服用华法林",
                ),
                pregnant=False,
            ),
            id="r45-zh-027",
        ),  # ISTAP Best practice recommendations for skin tears: flap repositioned, bleeding controlled -> routine dressing review in a few days
        pytest.param(
            [
                "村里的狗舔了她手一下",
                "手上没破皮 没伤口 仔细看过了",
                "问要不要打狂犬疫苗 女 60",
            ],
            _patient(21915, "female", (), pregnant=False),
            id="r45-zh-029",
        ),  # 狂犬病暴露预防处置工作规范(2023版): I级暴露 (完好皮肤被舔) -> 无需处置, 无需疫苗
        pytest.param(
            [
                "崴脚了 左脚 女 22",
                "自己走进来的 有点瘸 能走",
                "外踝前边肿 骨头那按着不疼 第五跖骨底也不疼",
            ],
            _patient(8035, "female", (), pregnant=False),
            id="r45-zh-035",
        ),  # Ottawa ankle rules negative (NICE CKS Sprains and strains): no X-ray, PRICE self-care and analgesia
        pytest.param(
            [
                "男 30 昨天搬东西胸口撞桌角上了",
                "左胸前一小块按着疼 深吸气有点疼",
                "呼吸16 氧饱和99 走路说话正常 没咯血",
            ],
            _patient(10957, "male", (), pregnant=False),
            id="r45-zh-051",
        ),  # 肋骨骨折诊治专家共识(2021) / NICE CKS Chest pain (musculoskeletal): isolated chest wall contusion in young adult without respiratory compromise -> analgesia and self-care
        pytest.param(
            [
                "切菜切到左手大拇指 口子1公分 不深",
                "压了5分钟血止了 拇指活动正常 感觉也正常",
                "我们拿免缝胶布贴上了",
            ],
            _patient(13879, "female", (), pregnant=False),
            id="r45-zh-053",
        ),  # NICE CKS Lacerations: small clean superficial wound, function intact, closed with adhesive strips -> home care
        pytest.param(
            [
                "老头76 今年第二回摔了 这回在院里绊了一下",
                "屁股着地 起来自己走回屋的 现在走路跟平时一样",
                "没磕到头 屁股有点疼 按着不厉害",
                "家属问要不要紧",
            ],
            _patient(27759, "male", (), pregnant=False),
            id="r45-zh-054",
        ),  # NICE NG249 / CG161 Falls in older people & 中国老年人跌倒风险评估专家共识: recurrent falls without injury -> routine multifactorial falls risk assessment
        pytest.param(
            [
                "骑车眼睛里进沙子了",
                "拿清水冲出来了 现在有点涩",
                "看东西清楚 不怕光 眼也不怎么红 男 33",
            ],
            _patient(12053, "male", (), pregnant=False),
            id="r45-zh-057",
        ),  # NICE CKS Corneal superficial injury / foreign body: low-velocity foreign body irrigated out, normal vision, minimal symptoms -> self-care
        pytest.param(
            [
                "小伙子让篮球砸了鼻子 流了会鼻血",
                "捏了10分钟就止住了",
                "鼻子不歪 两边都通气 里面看着没鼓包",
                "男 19",
            ],
            _patient(6939, "male", (), pregnant=False),
            id="r45-zh-060",
        ),  # ENT UK Nasal injury / NICE CKS Epistaxis: resolved epistaxis, no deformity, no septal haematoma -> self-care, review only if deformity after swelling settles
        pytest.param(
            [
                "fell and chipped her front tooth",
                "only the corner of the enamel broken, tooth not loose, no pink showing",
                "no pain w cold water, lip fine",
            ],
            _patient(7305, "female", (), pregnant=None),
            id="r45-en-001",
        ),  # IADT 2020 dental trauma guidelines: uncomplicated enamel fracture, no mobility or pulp exposure -> routine dental review
        pytest.param(
            [
                "elbowed in the nose playing basketball yesterday",
                "nose a bit bent to the left, swollen, nosebleed stopped after 10 min",
                "breathing through both sides, no swelling on the septum that I can see, no clear drip",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r45-en-008",
        ),  # ENT UK nasal injury guidance: nasal deformity without septal haematoma, CSF leak or uncontrolled epistaxis -> ENT clinic in 5-7 days
        pytest.param(
            [
                "basketball hit the end of his finger yesterday",
                "fingertip droops, cant straighten the end joint, skin intact",
                "little swelling, not much pain",
            ],
            _patient(11688, "male", (), pregnant=None),
            id="r45-en-011",
        ),  # BSSH guidance: closed mallet finger -> extension splint and hand clinic review within 1 week
        pytest.param(
            [
                "hit his thumb w a hammer this morning putting up a shelf",
                "small dark blood spot under the nail, about a quarter of the nail",
                "nail intact and edges fine, throbbing better with ice",
            ],
            _patient(17532, "male", (), pregnant=None),
            id="r45-en-015",
        ),  # BSSH hand trauma guidance: small subungual haematoma with intact nail and nail folds -> no nail removal, trephination only if tense/painful; self-care
        pytest.param(
            [
                "23yo hit his head on a low beam in the storeroom",
                "small lump on forehead, not knocked out, no vomiting",
                "remembers everything, walking fine, no meds, GCS 15",
            ],
            _patient(8401, "male", (), pregnant=None),
            id="r45-en-016",
        ),  # NICE NG232 Head injury 1.1: no community referral criteria present -> home with written head injury advice and responsible adult
        pytest.param(
            [
                "she was feeding a stray dog and it licked her hand",
                "no bite no scratch, I checked the skin carefully, no cuts",
                "worried about rabies",
            ],
            _patient(20089, "female", (), pregnant=None),
            id="r45-en-017",
        ),  # China NHC Rabies exposure prophylaxis and management guideline (2023): category I exposure (licking intact skin) -> no post-exposure prophylaxis
        pytest.param(
            [
                "seen last week after bike accident, CT head normal at county hosp",
                "still gets headaches and cant concentrate at work",
                "no vomiting no weakness, headache not getting worse",
            ],
            _patient(12784, "female", (), pregnant=None),
            id="r45-en-019",
        ),  # NICE NG232 Head injury (discharge advice): persisting post-concussion symptoms without red flags -> routine GP follow-up
        pytest.param(
            [
                "boiling water splashed on his thigh 2 hrs ago",
                "couple of blisters, area about the size of 2 coins",
                "cooled 20 min. not on hands face or joints, 45yo otherwise well",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r45-en-021",
        ),  # NICE CKS Burns and scalds: small superficial partial-thickness burn, not in special area, can be managed in primary care with dressing and review in 24-48 hours
        pytest.param(
            [
                "fell off e-bike at low speed, slid along the road",
                "grazes on L elbow and knee, bit dirty, we cleaned them up",
                "nothing else hurts, walked in, had tetanus jab 2 yrs ago at work",
            ],
            _patient(9496, "male", (), pregnant=None),
            id="r45-en-022",
        ),  # Superficial abrasion wound care (NICE CKS / WHO wound management) + China 2019 tetanus guideline (immunised within 5 years, no booster): clean, dress, home care
        pytest.param(
            [
                "sprained his ankle 3 weeks ago, still swelling a bit by evening",
                "walking ok but stiff, not much better this last week",
                "no bony pain, wants it checked and asking about physio",
            ],
            _patient(18262, "male", (), pregnant=None),
            id="r45-en-023",
        ),  # NICE CKS Sprains and strains: sprain not improving as expected after weeks, no red flags -> routine review/physiotherapy referral
        pytest.param(
            [
                "80yo man slipped getting out of bed last night",
                "got straight back up himself, didnt hit his head, no pain anywhere, walking normally",
                "2nd fall this year, son worried. not on blood thinners",
            ],
            _patient(29220, "male", ("hypertension",), pregnant=None),
            id="r45-en-025",
        ),  # NICE NG249 Falls: assessment and prevention (2025): older person with recurrent falls but no injury -> routine multifactorial falls risk assessment
        pytest.param(
            [
                "big bruise on her outer thigh, walked into the corner of the table 2 days ago",
                "purple, about palm size, sore to touch",
                "walks normally, no pain on the bone, not on blood thinners",
            ],
            _patient(21184, "female", (), pregnant=False),
            id="r45-en-026",
        ),  # Soft tissue contusion without bony tenderness, fully weight-bearing, no anticoagulant (NICE CKS Sprains and strains soft-tissue advice) -> self-care
        pytest.param(
            [
                "hurt his low back lifting rice sacks this morning",
                "pain and spasm in the muscles, walking stiffly",
                "no fall, legs strong, no numbness, peeing normally",
            ],
            _patient(16071, "male", (), pregnant=None),
            id="r45-en-027",
        ),  # NICE NG59 Low back pain and sciatica / NICE CKS: non-specific low back pain without red flags -> self-management, stay active, analgesia
        pytest.param(
            [
                "touched the edge of the hot rice cooker",
                "red patch on forearm about 3cm, no blisters",
                "cooled under running water already",
            ],
            _patient(11323, "female", (), pregnant=None),
            id="r45-en-029",
        ),  # NICE CKS Burns and scalds: small superficial epidermal burn without blisters -> self-care
        pytest.param(
            [
                "rolled her ankle stepping off the bus, family said she couldnt walk",
                "correction - she walked into the clinic herself, was just scared",
                "bit of swelling in front of the outer ankle, no pain when I press on the bones",
            ],
            _patient(12418, "female", (), pregnant=None),
            id="r45-en-035",
        ),  # NICE CKS Sprains and strains + Ottawa ankle rules negative (weight-bearing, no malleolar/midfoot bony tenderness) -> no X-ray, self-care (PRICE, analgesia)
        pytest.param(
            [
                "car got hit from behind at the traffic lights yesterday, he was driving",
                "walking around straight after, neck got stiff this morning",
                "no tenderness down the middle of the spine, turns head >45 both ways, no numbness",
            ],
            _patient(14245, "male", (), pregnant=None),
            id="r45-en-051",
        ),  # NICE NG41 Spinal injury 1.2 (Canadian C-spine rule): simple rear-end collision, ambulatory, delayed onset, no midline tenderness, can rotate 45 degrees -> no imaging, self-care advice
        pytest.param(
            [
                "cut thumb on a tin can lid, 1cm, on the side",
                "edges come together nicely, closed it with steri strips",
                "bends and straightens fine, feeling normal, tetanus done last yr",
            ],
            _patient(14975, "female", (), pregnant=None),
            id="r45-en-053",
        ),  # Minor wound management (NICE CKS / WHO): small clean laceration closed with adhesive strips, no tendon or nerve involvement, tetanus up to date -> self-care
        pytest.param(
            [
                "slipped in the shower, side hit the sink",
                "sore R ribs when pressing and on deep breath",
                "not SOB. RR 14 sats 99% HR 76. 27yo no lung problems",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r45-en-054",
        ),  # STUMBL score / BTS-endorsed chest wall injury guidance: isolated blunt chest wall injury, age <65, no lung disease, normal SpO2, no anticoagulant -> home analgesia with safety-net advice
        pytest.param(
            [
                "bright red patch on the white of his eye since this morning",
                "had a bad coughing fit last night, nothing hit the eye",
                "vision fine no pain, BP 128/78, not on warfarin",
            ],
            _patient(22280, "male", (), pregnant=None),
            id="r45-en-057",
        ),  # NICE CKS Subconjunctival haemorrhage: non-traumatic, normal vision, BP normal, no anticoagulant -> reassurance, resolves on its own
        pytest.param(
            [
                "stung by a bee on the forearm at the orchard",
                "swelling about 7cm, red and itchy",
                "no breathing problem, no swelling of lips or face, no rash anywhere else",
            ],
            _patient(14245, "female", (), pregnant=None),
            id="r45-en-060",
        ),  # NICE CKS Insect bites and stings: large local reaction without systemic features -> self-care (cold compress, oral antihistamine)
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
