# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventy-seventh held-out round (2026-12-07, at commit fc759b2: two reviewers, 120 cases on wounds,
ulcers and the skin over time: the diabetic foot, pressure sores, leg ulcers, burns healing badly,
wound infections, tetanus-prone wounds, gas gangrene and necrotising infection, cellulitis and
abscesses, bites days later, maggots in a wound; 16 emergencies, 24 same-day and 20 look-alikes a
set). Before these fixes the rules found 11 of 16 and 11 of 16 emergencies (a diabetic toe gone
black with no pulses; a sudden cold white foot in AF told as 白得吓人 or "suddenly cold and white";
gas gangrene told by crackling skin and a pulse of 120 without a fever; tetanus told as "jaw
tight, can hardly open his mouth"; orbital cellulitis told as 眼珠子往前鼓; a varicose ulcer
spurting blood (往外喷血, read as projectile vomiting) on warfarin; a deep diabetic foot abscess;
Fournier's gangrene with "a black patch"), graded 8 of 24 and 8 of 24 same-day cases exactly, and
sent one look-alike to emergency (chilblains' purple read as cyanosis).

What changed: those wordings are read; a necrotising infection shows by a racing pulse or shock as
well as a fever (NICE NG141); a deep abscess in a diabetic foot is referred immediately (NICE NG19
§1.3.1); maggots in a wound are cleaned and the care at home assessed the same day; a fluctuant
lump is an abscess; the purple of chilblains is not cyanosis when the breathing is not in question;
a muddy wound (带着泥, 猪圈) is tetanus-prone and a punch on someone's mouth is a fight bite. After:
16/16, 16/16; 14/24, 14/24; look-alikes 20/20, 20/20.

Left: critical limb ischaemia with rest pain (r77-zh-040, r77-en-039) stays an emergency;
cellulitis told as 红肿一大片 摸着烫 with a low fever, a garden fork through a welly, an infected
burn, a full-thickness burn ("white and leathery"), a paronychia, a new diabetic
ulcer told in other words and infected wounds after operations are not yet same day."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "小伙子34 前天工地上被钢管砸了小腿 口子挺深有泥 我们清了清缝了几针",
                "今天说伤口胀痛得受不了 缝线那里冒出褐色稀水 有股怪甜的臭味",
                "摸着周围皮肤咯吱咯吱的像捏雪 颜色发青发铜色 脉搏120",
            ],
            _patient(12418, "male", (), pregnant=None),
            id="r77-zh-004",
        ),  # WHO 基本急诊与外科处理(IMEESC) / 基层诊疗指南：深部污染挤压伤后剧痛、捻发音、恶臭浆液性渗出提示气性坏疽，须立即急诊清创。
        pytest.param(
            [
                "6岁男孩 前几天左眼角被蚊子咬了挠破了",
                "现在左眼整个肿得睁不开 眼珠子往前鼓 他说转眼睛疼 看东西重影",
                "烧38度7",
            ],
            _patient(2192, "male", (), pregnant=None),
            id="r77-zh-021",
        ),  # NICE NG141 / NICE CKS 眶周及眼眶蜂窝织炎：眼球突出、眼动痛、复视提示眼眶蜂窝织炎，可致失明和颅内感染，须立即急诊。
        pytest.param(
            [
                "王阿姨72 糖尿病 打胰岛素的",
                "她说前几天剪趾甲剪破了 现在左脚二脚趾头整个发黑 边上一圈红肿 往脚背上走 有股臭味",
                "脚背摸着凉 足背动脉我摸不到 她说晚上疼得睡不着 体温37度8",
            ],
            _patient(26298, "female", ("diabetes",), pregnant=None),
            id="r77-zh-022",
        ),  # NICE NG19 1.3节 / 中国糖尿病足防治指南2019：糖尿病足坏疽伴感染扩散和肢体缺血属威胁肢体的问题，须立即转急诊或血管外科。
        pytest.param(
            [
                "刘大爷78 有房颤 药有一顿没一顿的 左小腿外侧有个老溃疡我们一直在换药",
                "今天换药发现左脚连小腿下半截白得吓人 冰凉 他说中午开始突然疼得厉害 脚趾头动不太了 发麻",
                "右脚是暖的",
            ],
            _patient(
                28490, "male", ("atrial fibrillation", "peripheral arterial disease"), pregnant=None
            ),
            id="r77-zh-044",
        ),  # NICE CG147 / ESC 2017外周动脉疾病指南：突发患肢苍白、冰冷、剧痛、麻木无力为急性肢体缺血，需数小时内血运重建，应立即呼叫120。
        pytest.param(
            [
                "81岁老太太 静脉曲张 腿上老烂疮 吃着华法林",
                "刚才家属打电话说小腿烂疮那块突然往外喷血 地上一大摊 拿毛巾捂着还往外渗",
                "老太太脸煞白 说头晕 想躺下",
            ],
            _patient(29585, "female", ("varicose veins", "atrial fibrillation"), pregnant=None),
            id="r77-zh-050",
        ),  # SIGN 120 / NICE CKS 静脉曲张：静脉曲张溃疡处破裂大出血伴苍白头晕，应平卧抬高患肢直接压迫止血并立即呼叫120。
        pytest.param(
            [
                "72M diabetic, daughter noticed 2nd toe L foot gone black at the tip this week",
                "he can't feel much in his feet so no pain. no temp. foot cool, can't find pulses",
            ],
            _patient(26298, "male", ("diabetes", "diabetic neuropathy"), pregnant=None),
            id="r77-en-007",
        ),  # NICE NG19 1.3.1: new gangrene of a toe in a diabetic foot with ischaemia is limb-threatening and needs immediate referral to acute services, even without pain.
        pytest.param(
            [
                "53M stepped on a nail in the cowshed ~10 days ago, didn't come in",
                "now says jaw tight, can hardly open mouth or swallow, neck stiff, back arches in spasms when the door bangs",
                "never had any jabs he knows of",
            ],
            _patient(19358, "male", (), pregnant=None),
            id="r77-en-010",
        ),  # WHO tetanus guidance (2017 position paper / clinical management): trismus, dysphagia and reflex spasms after a wound are generalised tetanus and need emergency hospital/ICU care.
        pytest.param(
            [
                "58F diabetic, ulcer under ball of L foot, today top of the foot puffy too and pus pours out when i press the sole",
                "no temp, obs ok, sugar 19. she only wants a dressing",
            ],
            _patient(21184, "female", ("diabetes",), pregnant=None),
            id="r77-en-017",
        ),  # NICE NG19 1.3.1 and IWGDF 2019: a deep-seated foot abscess is limb-threatening even without fever and needs immediate acute referral for surgical drainage.
        pytest.param(
            [
                "81F, DN visit for her leg ulcer R lower leg",
                "R foot suddenly cold and white since this morning, she says 'it's gone dead, can't feel my toes', v painful",
                "has AF, stopped her blood thinner months ago",
            ],
            _patient(
                29585,
                "female",
                ("atrial fibrillation", "peripheral arterial disease"),
                pregnant=None,
            ),
            id="r77-en-031",
        ),  # ESC 2017 PAD guideline / NICE CG147: a sudden pale, cold, painful, numb foot is acute limb ischaemia and needs emergency vascular assessment within hours.
        pytest.param(
            [
                "62M diabetic, pain and swelling 'down below', scrotum v red and swollen since yest",
                "wife says there's a black patch now and it smells bad. sweating, T 38.5 HR 116",
            ],
            _patient(22646, "male", ("diabetes", "obesity"), pregnant=None),
            id="r77-en-057",
        ),  # NICE NG141 1.1.14 / EAU guidelines: a painful necrotic perineal-scrotal infection in a diabetic is Fournier's gangrene, a surgical emergency.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "68岁老太太 今早在猪圈被铁丝扎了脚底 挺深 带着泥",
                "问了说这辈子没打过破伤风针",
                "口子不大 血不多 我们这没有破伤风免疫球蛋白",
            ],
            _patient(24837, "female", (), pregnant=None),
            id="r77-zh-011",
        ),  # WHO 破伤风立场文件2017 / 外伤后破伤风疫苗和被动免疫制剂使用指南2019：未免疫者深部污染伤须当日清创并注射被动免疫制剂和疫苗，应今天转诊。
        pytest.param(
            [
                "76岁光棍一个人住 侄子来看说屋里臭",
                "左小腿一个烂疮拿破布缠着 揭开有几条小白虫在里面动 周围有点红",
                "人清醒 能走 说话清楚 36度9 血压130/80 说不怎么疼",
            ],
            _patient(27759, "male", (), pregnant=None),
            id="r77-zh-014",
        ),  # SIGN 120 / NICE CG179：生蛆的慢性伤口需当日清创、评估感染和破伤风免疫状态，并评估独居者的照护与安全。
        pytest.param(
            [
                "27岁小伙 屁股上长个疙瘩一周了 越长越大",
                "现在有鸡蛋大 红 摸着软乎乎的有波动 疼得坐不下",
                "不发烧 没有糖尿病",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r77-zh-016",
        ),  # NICE CKS 疖与痈 / 基层诊疗指南皮肤软组织感染：有波动感的较大脓肿需当日切开引流，单靠口服药无效。
        pytest.param(
            [
                "81岁 糖尿病 老年痴呆 这阵子老躺着",
                "今天给她洗脚发现右脚后跟一个水泡破了 底下红红的 有点渗水",
                "没发黑 不发烧",
            ],
            _patient(29585, "female", ("diabetes", "dementia"), pregnant=None),
            id="r77-zh-018",
        ),  # NICE NG19 1.3节：糖尿病患者新发足跟溃疡需1个工作日内由足病多学科团队评估，并立即足跟减压。
        pytest.param(
            [
                "59岁 糖尿病8年 前脚掌底下磨出个口子 黄豆大 三四天了",
                "周围一圈红 大概1公分 没流脓 不发烧 她说不怎么疼 脚有点麻",
                "空腹血糖9点几",
            ],
            _patient(21550, "female", ("diabetes", "hypertension"), pregnant=None),
            id="r77-zh-029",
        ),  # NICE NG19 1.3节 / 中国糖尿病足防治指南2019：新发糖尿病足溃疡伴轻度感染需当日评估、开始口服抗生素，并1个工作日内转足病多学科团队。
        pytest.param(
            [
                "22岁 前天晚上喝酒跟人打架 一拳打在对方嘴上 右手指关节破了个口",
                "现在关节那肿 握拳疼 口子边上有点发红",
                "他说没事 他妈非让来看看",
            ],
            _patient(8036, "male", (), pregnant=None),
            id="r77-zh-043",
        ),  # NICE NG184 / NICE CKS 咬伤：拳击牙齿所致掌指关节伤口可累及关节和肌腱，须当日外科评估并使用抗生素。
        pytest.param(
            [
                "35F splashed hot oil on back of hand 5/7 ago, dressing it herself",
                "now more painful not less, red spreading up to wrist, green-yellow goo, smells. T 37.5",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r77-en-002",
        ),  # NICE CKS Burns and scalds: signs of infection in a burn need same-day assessment, swab and antibiotics, and consideration of burns service referral.
        pytest.param(
            [
                "33F cut finger on tin 3 days ago, now red streak going up inside of arm to elbow",
                "T 37.9, feels ok, finger swollen",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r77-en-034",
        ),  # NICE NG141 / NICE CKS: lymphangitis from an infected finger cut needs oral antibiotics and review today.
        pytest.param(
            [
                "79F lives alone, neighbour brought her in, bandage on leg not changed for weeks",
                "took it off - maggots in the ulcer, smells bad. she's alert, chatting, T 36.8 HR 84 BP 138/76",
            ],
            _patient(28855, "female", ("venous insufficiency",), pregnant=None),
            id="r77-en-043",
        ),  # NICE CKS Leg ulcer - venous: maggots in a neglected ulcer in a well, alert patient need same-day cleaning, infection check and a safeguarding/social referral, not an ambulance.
        pytest.param(
            [
                "71M diabetic, ulcer on side of little toe for a month, DN dressing",
                "today skin red ~1cm round it, bit warm, some cloudy fluid, no temp, feels well",
            ],
            _patient(25933, "male", ("diabetes", "chronic kidney disease"), pregnant=None),
            id="r77-en-052",
        ),  # NICE NG19 1.6 and 1.3.2: a mild diabetic foot infection needs oral antibiotics today and referral to the foot service within 1 working day.
        pytest.param(
            [
                "24F painful lump on buttock 4 days, now size of a golf ball, soft in the middle",
                "'feels like it's gonna burst'. no fever, otherwise well",
            ],
            _patient(8766, "female", (), pregnant=False),
            id="r77-en-058",
        ),  # NICE CKS Boils, carbuncles and staphylococcal carriage: a large fluctuant abscess needs incision and drainage the same day.
        pytest.param(
            [
                "64F T2DM here for bloods, mentions a 'blister that burst' under L big toe 1 wk ago",
                "now 1cm open sore, pink base, no redness round it, no smell, feels fine, pulses present",
            ],
            _patient(23376, "female", ("diabetes",), pregnant=None),
            id="r77-en-059",
        ),  # NICE NG19 1.3.2: a new diabetic foot ulcer without sepsis or ischaemia should be referred to the foot service within 1 working day.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "23岁女 去年阑尾手术 刀口那鼓起一条红疙瘩 比原来刀口还宽",
                "有点痒 不疼 没破没流水",
                "问是不是长了啥不好的东西",
            ],
            _patient(8401, "female", (), pregnant=False),
            id="r77-zh-002",
        ),  # 中国瘢痕疙瘩临床治疗推荐指南 / NICE CKS：术后增生性瘢痕或瘢痕疙瘩为良性，可择期门诊皮肤科或整形科处理。
        pytest.param(
            [
                "25岁 一周前额头磕破缝了4针 今天来拆线",
                "针眼那几个小点有点红 别的地方不红不肿 没脓",
                "他问是不是发炎了",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r77-zh-003",
        ),  # NICE NG125 / 伤口护理规范：拆线时针眼处轻微发红是缝线反应，无红肿扩散和脓性分泌物不属感染，拆线后观察即可。
        pytest.param(
            [
                "9岁女孩 这几天手指头脚趾头又红又肿 发紫 晚上一烤火就痒得很",
                "每年冬天都这样 没破 也没有水疱",
            ],
            _patient(3287, "female", (), pregnant=None),
            id="r77-zh-008",
        ),  # NICE CKS 冻疮 / 中医外科冻疮诊疗指南：未破溃的冻疮注意保暖、避免骤然烤火，外用冻疮膏居家护理。
        pytest.param(
            [
                "31岁 剖腹产术后12天 刀口拆线了",
                "她说刀口痒 边上有点粉红 摸着底下一条硬硬的",
                "没渗液 不发烧 不疼 问要不要再吃消炎药",
            ],
            _patient(11323, "female", (), pregnant=False),
            id="r77-zh-010",
        ),  # NICE NG125 / 伤口护理规范：愈合期切口瘙痒、淡粉色和皮下硬结是正常愈合表现，无感染征象，居家护理即可。
        pytest.param(
            [
                "12岁男孩 三周前被邻居家狗咬了小腿 当天就去防疫站冲洗打了狂犬疫苗 一直按时打着",
                "伤口结痂快掉了 底下新肉粉粉的 不红不肿 孩子没啥不舒服",
                "家长问后面的针还要不要接着打",
            ],
            _patient(4383, "male", (), pregnant=None),
            id="r77-zh-012",
        ),  # 狂犬病暴露预防处置工作规范2023：已规范处置并按程序接种、伤口正常愈合者，只需按时完成剩余剂次，常规处理即可。
        pytest.param(
            [
                "10岁女孩 切水果划破左手食指 一厘米左右 浅浅的",
                "压了一会儿血止了 干净的水果刀",
                "疫苗都按时打的 家长问要不要打破伤风",
            ],
            _patient(3652, "female", (), pregnant=None),
            id="r77-zh-019",
        ),  # WHO 破伤风立场文件2017 / 外伤后破伤风疫苗和被动免疫制剂使用指南2019：全程免疫儿童的清洁小伤口无需破伤风疫苗或免疫球蛋白，清洗包扎居家护理。
        pytest.param(
            [
                "66岁 没有糖尿病 前脚掌长了块老茧 走路硌得慌",
                "黄黄的硬皮 没破 没流血 不红不肿",
                "问能不能自己修",
            ],
            _patient(24106, "female", (), pregnant=None),
            id="r77-zh-023",
        ),  # NICE CKS 鸡眼与胼胝：非糖尿病者无破溃的胼胝可温水泡软后用浮石打磨、换合脚的鞋，自我护理即可。
        pytest.param(
            [
                "75岁阿姨 腿上静脉溃疡 每周二来换药",
                "今天揭开纱布有点味 渗液跟上周差不多 创面红红的肉芽 边比上个月缩小了",
                "周围不红不肿 不发烧 她说不咋疼",
            ],
            _patient(27394, "female", ("varicose veins",), pregnant=None),
            id="r77-zh-024",
        ),  # SIGN 120：溃疡面积缩小、无蜂窝织炎征象时，揭开敷料的轻微异味不等于感染，继续压迫治疗和常规换药。
        pytest.param(
            [
                "69岁 冬天脚后跟裂口子 一道一道的",
                "有一道裂得深 走路疼 出过一点血丝 不红不肿没脓",
                "没有糖尿病 血糖查过正常",
            ],
            _patient(25202, "female", ("hypertension",), pregnant=None),
            id="r77-zh-028",
        ),  # NICE CKS 干燥皮肤 / 中医外科皲裂疮诊疗：非糖尿病者足跟皲裂无感染，泡脚后涂尿素软膏或润肤剂居家护理即可。
        pytest.param(
            [
                "4岁 三天前摔了膝盖擦破皮 今天结了黄黄的痂",
                "家长说'痂是黄的 是不是化脓了'",
                "周围不红不肿 孩子跑着玩 不发烧",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r77-zh-033",
        ),  # NICE CKS 伤口与擦伤护理：擦伤后淡黄色痂皮是渗出物干燥形成，无红肿热痛扩散不是感染，保持清洁即可。
        pytest.param(
            [
                "19岁 胳膊上长了个疖子 黄豆大 顶上一个白头",
                "有点疼 周围不怎么红 不发烧 头一回长",
            ],
            _patient(6940, "male", (), pregnant=None),
            id="r77-zh-036",
        ),  # NICE CKS 疖与痈：单个小疖无全身症状，热敷待其自行破溃、不挤压，自我护理即可。
        pytest.param(
            [
                "62岁 糖尿病 脚底溃疡在县医院足病门诊看着 让我们隔天换药",
                "今天换药 创面粉红 比上回小了点 渗液少",
                "周围不红不肿不烫 没味 不发烧 血糖7点多",
            ],
            _patient(22646, "male", ("diabetes",), pregnant=None),
            id="r77-zh-037",
        ),  # NICE NG19 1.3节：专科管理下正在愈合的糖尿病足溃疡无感染或恶化迹象，按计划换药复诊即可。
        pytest.param(
            [
                "40岁 一个月前做饭烫了手腕 当时起泡 在卫生院换过几次药",
                "现在长好了 新皮粉红发亮 特别痒 有点干",
                "不红肿 没渗液 问要不要再抹药",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r77-zh-039",
        ),  # NICE CKS 烧伤与烫伤：已上皮化的烧伤创面瘙痒干燥为正常愈合过程，保湿、防晒即可。
        pytest.param(
            [
                "88岁 卧床 家里人给翻身",
                "今天看屁股尖那块皮发红 手指一压就变白 松开又红回来 皮没破 没起泡",
                "问是不是要长褥疮了",
            ],
            _patient(32142, "female", ("bed-bound", "dementia"), pregnant=None),
            id="r77-zh-046",
        ),  # NICE CG179 / NPIAP 压力性损伤指南2019：指压可褪色的红斑不属压疮，加强翻身减压和皮肤护理即可。
        pytest.param(
            [
                "58岁 糖尿病 大脚趾根底下一块老茧 挺厚",
                "仔细看了没破皮 茧底下没有发黑发紫的血点 脚摸着暖 足背动脉能摸到",
                "他想知道要不要紧",
            ],
            _patient(21184, "male", ("diabetes",), pregnant=None),
            id="r77-zh-047",
        ),  # NICE NG19 1.3节：糖尿病足仅有胼胝、无溃疡、感染或缺血属中度风险，常规转足病护理修茧和足部教育，无需当日处理。
        pytest.param(
            [
                "44岁 前天倒开水洒到小臂上 红了一片 没起泡",
                "当时冲了凉水 现在还有点红 不怎么疼了",
                "问要不要打消炎针",
            ],
            _patient(16071, "male", (), pregnant=None),
            id="r77-zh-051",
        ),  # NICE CKS 烧伤与烫伤：无水疱的小面积浅表烧伤可居家护理，保湿止痛即可，无需抗生素。
        pytest.param(
            [
                "72岁 小腿下头静脉曲张那块皮发褐 起皮 痒 抓得有点渗水",
                "没有烂口子 不肿不烫 两年都这样 冬天重点",
            ],
            _patient(26298, "female", ("varicose veins",), pregnant=None),
            id="r77-zh-053",
        ),  # NICE CKS 静脉性湿疹 / SIGN 120：无溃疡无感染的静脉淤积性湿疹用润肤剂和外用激素，常规门诊并考虑压力袜。
        pytest.param(
            [
                "48岁 上个月背上脓包切开后 每天来换药",
                "家属说'伤口里面红通通一颗颗的 像生肉 是不是烂得更厉害了'",
                "我看了 鲜红颗粒状 碰一下容易出点血 伤口在变浅 周围皮不红 没脓没臭",
            ],
            _patient(17532, "male", (), pregnant=None),
            id="r77-zh-055",
        ),  # SIGN 120 / 伤口护理规范：鲜红颗粒状肉芽组织是健康愈合表现，继续常规换药即可。
        pytest.param(
            [
                "5岁 鼻孔下面抓破了 起了几个小疱 破了结黄痂 跟蜂蜜似的",
                "就一小块 硬币大 孩子不发烧 吃玩都正常",
            ],
            _patient(1826, "male", (), pregnant=None),
            id="r77-zh-057",
        ),  # NICE NG153 脓疱疮：局限的非大疱性脓疱疮无全身症状，外用过氧化氢乳膏或抗生素软膏，常规门诊处理。
        pytest.param(
            [
                "30岁 搬砖砸了右脚大脚趾 两周了 趾甲黑了一大块",
                "不疼了 趾头不肿 肉的颜色正常 就趾甲底下黑",
                "他说网上看'黑脚趾要截肢'吓坏了 没有糖尿病",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r77-zh-060",
        ),  # NICE CKS 甲下血肿：外伤后甲下积血变黑、无疼痛肿胀和感染，会随指甲长出消退，自我观察即可。
        pytest.param(
            [
                "34F cut finger on clean kitchen knife chopping veg, 1cm, edges together, bleeding stopped",
                "asks if she needs tetanus jab, had full course as child + booster at 14",
            ],
            _patient(12418, "female", (), pregnant=False),
            id="r77-en-001",
        ),  # UKHSA Green Book ch 30 / WHO: a clean minor wound in a fully immunised person needs no tetanus vaccine or immunoglobulin.
        pytest.param(
            [
                "63F toes purple-red, itchy and burning after the cold, happens every winter",
                "not diabetic, pulses present, no wounds, colour comes back when warm",
            ],
            _patient(23011, "female", (), pregnant=None),
            id="r77-en-004",
        ),  # NICE CKS Chilblains: recurrent itchy chilblains with normal pulses are managed at home by keeping feet warm.
        pytest.param(
            [
                "66M diabetic, hard skin on ball of foot, wants it looked at",
                "skin intact, no blood under it, no redness, pulses fine, feels monofilament ok",
            ],
            _patient(24106, "male", ("diabetes",), pregnant=None),
            id="r77-en-005",
        ),  # NICE NG19 1.3.4-1.3.6: callus with intact skin, normal sensation and pulses is low risk and managed by routine podiatry and annual review.
        pytest.param(
            [
                "41M day 5 after abscess drained in armpit, here for packing change",
                "less discharge, no spreading redness, no fever, cavity smaller",
            ],
            _patient(14975, "male", (), pregnant=None),
            id="r77-en-009",
        ),  # NICE CKS Boils and abscesses: a drained abscess that is improving continues routine nurse packing.
        pytest.param(
            [
                "68M TKR 12 days ago, bruising down shin and ankle yellow-green, getting less",
                "wound dry, no fever, calf soft not swollen, walking w frame",
            ],
            _patient(24837, "male", ("osteoarthritis",), pregnant=None),
            id="r77-en-011",
        ),  # NICE NG125: fading yellow-green bruising with a dry wound and no fever is expected after knee replacement.
        pytest.param(
            [
                "carer: 90F in bed most of day, red patch on R heel",
                "goes white when i press and comes back, skin not broken, eating ok",
            ],
            _patient(32872, "female", ("osteoarthritis",), pregnant=None),
            id="r77-en-015",
        ),  # NICE CG179: blanching redness on intact skin is not a pressure ulcer; manage with repositioning and heel offloading.
        pytest.param(
            [
                "mum asking about 7yo's grazed knee from fall 4 days ago",
                "has a yellow film on it, no pus, no spreading red, not hot, he's running about",
            ],
            _patient(2557, "male", (), pregnant=None),
            id="r77-en-019",
        ),  # NICE CKS: a yellow fibrin layer on a healing graze with no redness or heat is normal healing, not infection.
        pytest.param(
            [
                "67F asking about brown staining both lower legs, slowly darker over years",
                "varicose veins, no wounds, no pain, legs not hot",
            ],
            _patient(24472, "female", ("varicose veins",), pregnant=None),
            id="r77-en-023",
        ),  # NICE CG168 and SIGN 120: haemosiderin skin changes from venous disease warrant routine vascular referral, not urgent care.
        pytest.param(
            [
                "grandma asking: neighbour's dog licked her 3yo's hand, no bite, no scratch, skin not broken",
                "dog is a local pet, vaccinated",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r77-en-025",
        ),  # WHO rabies position paper 2018: a lick on intact skin is a category I exposure and needs no post-exposure prophylaxis.
        pytest.param(
            [
                "26M splashed boiling water on forearm from kettle yest",
                "area about 2cm, one small blister, pink, sore to touch, rest fine, tetanus up to date",
            ],
            _patient(9496, "male", (), pregnant=None),
            id="r77-en-029",
        ),  # NICE CKS Burns and scalds: a small superficial partial-thickness burn in a healthy adult can be managed at home with simple dressings.
        pytest.param(
            [
                "8yo boy scald on leg 4 wks ago, now healed, new skin pink, itchy and dry",
                "mum asks if normal, no open areas",
            ],
            _patient(2922, "male", (), pregnant=None),
            id="r77-en-032",
        ),  # NICE CKS Burns and scalds: itch and dryness of a healed burn are normal; moisturise and protect from sun at home.
        pytest.param(
            [
                "72F heels cracked and dry, bit sore walking barefoot",
                "no bleeding, no redness, not diabetic",
            ],
            _patient(26298, "female", ("hypothyroidism",), pregnant=None),
            id="r77-en-036",
        ),  # NICE CKS Dry skin/emollients: dry heel fissures without infection in a non-diabetic are treated at home with urea emollient.
        pytest.param(
            [
                "16M red sore shoulders after beach yest, no blisters",
                "drinking ok, no fever, no vomiting",
            ],
            _patient(5844, "male", (), pregnant=None),
            id="r77-en-037",
        ),  # NICE CKS Sunburn: superficial sunburn without blisters or systemic upset is managed at home.
        pytest.param(
            [
                "DN weekly dressing 80F venous ulcer L gaiter area",
                "3.2x2.5cm (last wk 3.5x2.8), granulating, clear exudate, no smell, skin round ok, compression on",
            ],
            _patient(29220, "female", ("venous insufficiency", "hypertension"), pregnant=None),
            id="r77-en-044",
        ),  # SIGN 120: a shrinking, granulating venous ulcer without infection signs continues routine compression and dressings.
        pytest.param(
            [
                "58F lap hernia repair 10/7 ago, wound a bit pink along the line and itchy",
                "no ooze, no fever, edges closed. asks 'is it infected?'",
            ],
            _patient(21184, "female", (), pregnant=None),
            id="r77-en-045",
        ),  # NICE NG125: a dry, closed wound with mild pinkness and itch at day 10 is normal healing with no sign of infection.
        pytest.param(
            [
                "37F c-section 7 months ago, scar raised, itchy, bit red-purple",
                "no pain, no discharge, fully healed",
            ],
            _patient(13514, "female", (), pregnant=False),
            id="r77-en-046",
        ),  # NICE CKS Keloid scars: a raised itchy healed scar months after surgery is a hypertrophic/keloid scar for routine management.
        pytest.param(
            [
                "28F black big toenail after running marathon last wk",
                "painless now, skin of toe pink and warm, not diabetic",
            ],
            _patient(10227, "female", (), pregnant=False),
            id="r77-en-048",
        ),  # NICE CKS: a painless subungual haematoma after running in a non-diabetic with a well-perfused toe needs no treatment.
        pytest.param(
            [
                "29F bitten by something on calf at BBQ 2 days ago, area about 6cm red itchy swollen",
                "no fever, not spreading since yest, no breathing problems",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r77-en-054",
        ),  # NICE CKS Insect bites and stings: a large local reaction peaking at 48 h is treated at home with cold compress and antihistamine.
        pytest.param(
            [
                "DN: 86M bedbound, grade 2 sore on L hip, routine dressing",
                "smaller than last wk, pink base, no smell, no slough, skin round ok, on air mattress",
            ],
            _patient(31412, "male", ("parkinson's disease",), pregnant=None),
            id="r77-en-055",
        ),  # NICE CG179: a healing category 2 pressure ulcer without infection continues routine dressings and pressure relief.
        pytest.param(
            [
                "45M healing wound on shin after fall 3 wks ago, now shiny red bumpy tissue raised above the skin",
                "bleeds a little at dressing change, no smell, no spreading red, no fever",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r77-en-060",
        ),  # NICE CKS / wound care practice: overgranulation without infection signs is managed by the practice nurse routinely.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
