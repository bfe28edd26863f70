# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixty-second held-out round (2026-12-07, at commit 5e8da20: two reviewers, 120 cases of rashes and skin
signs at all ages: non-blanching rashes, SJS/TEN, eczema herpeticum, severe HFMD, measles, anaphylaxis, toxic
shock, scalded skin, Kawasaki, scarlet fever, chickenpox in those at risk, HSP and ITP, impetigo, scabies,
erythema migrans, and the rashes that only look alarming; 16 emergencies, 24 same-day and 20 look-alikes a
set). Before these fixes the rules found 15 of 16 emergencies in each language (SJS after allopurinol told as
皮一擦就掉 with 嘴里溃烂; a toddler's "little red dots" that "don't fade" after the glass test), graded 14 of 24
and 12 of 24 same-day cases exactly, and sent one look-alike to emergency (chilblains: 红肿发紫 read as
cyanosis and 烧得慌 as a fever).

What changed: 皮一擦就掉 (Nikolsky) is skin coming off, 嘴里溃烂 a mucosal erosion; the glass test told in
words; chickenpox in a newborn, or in a child on long-term steroids, or spots in a contact of chickenpox
(NICE CKS); scarlet fever by its signs (a pale ring round the mouth, lines in the skin folds, a sandpaper
rash) with a fever or sore throat: antibiotics the same day (UKHSA); measles described (a rash beginning at
the hairline or behind the ears with fever, cough or red eyes: WHO case definition); HFMD told as
手脚嘴巴都长了疱疹 and a fever antipyretics hardly touch (手足口病诊疗指南 2018); petechiae told as "tiny pinprick
red spots"; cellulitis bigger than the line drawn in the morning; a cat bite; chilblains. After: 16/16,
16/16; 20/24, 18/24; look-alikes 20/20, 20/20.

Kept deliberately: HFMD with a fever of 39.3 for three days stays an emergency (r62-zh-049: 持续高热 is an
early sign of severe HFMD in the 2018 guideline). Left: widespread impetigo (r62-zh-032, r62-en-040),
crusted scabies (r62-zh-051, r62-en-053), erythema migrans (r62-zh-054, r62-en-051), a rash on
amoxicillin without mucosal signs (r62-en-020), infected eczema (r62-en-042), preseptal cellulitis at 37.8
(r62-en-049)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "72岁老爷子，痛风，上个月县医院开了别嘌醇",
                "这几天全身发红，背上皮一擦就掉，一大片一大片的",
                "嘴里溃烂吃不下饭，眼睛也红，血压95/60",
            ],
            _patient(26298, "male", ("痛风", "慢性肾脏病"), pregnant=None),
            id="r62-zh-028",
        ),  # BAD SJS/TEN指南(2016): 服别嘌醇后表皮大片剥脱伴黏膜受累和低血压属皮肤衰竭，须急诊转烧伤/重症单元。
        pytest.param(
            [
                "18 month old boy, fever since last night, 39.6 this morning, grizzly",
                "mum noticed little red dots on his tummy and legs this morning, more of them now",
                "did the glass test - they don't fade",
                "hands and feet cold, not interested in drinking",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r62-en-010",
        ),  # NICE NG240 Bacterial meningitis and meningococcal disease, recognition and pre-hospital management, symptoms and signs: fever with a non-blanching petechial rash in a child means suspected meningococcal disease needing immediate transfer and parenteral antibiotics.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "48岁男，脚气抓破了，小腿红肿热痛两天",
                "红的范围比早上画的线又大了",
                "体温37.9，血压心率都正常，能走路",
            ],
            _patient(17532, "male", ("足癣",), pregnant=None),
            id="r62-zh-014",
        ),  # NICE NG141 Cellulitis and erysipelas: 无全身不稳定的下肢蜂窝织炎在扩展，需当天口服抗生素并复查。
        pytest.param(
            [
                "8岁男孩，肾病综合征，一直在吃泼尼松",
                "班上有出水痘的，今天他身上也冒了几个水疱",
                "不发烧，精神好",
            ],
            _patient(2922, "male", ("肾病综合征（长期激素）",), pregnant=None),
            id="r62-zh-019",
        ),  # NICE CKS Chickenpox: 免疫抑制者患水痘须当天专科评估抗病毒治疗；目前一般情况好故非急诊。
        pytest.param(
            [
                "2岁半，湿疹老毛病",
                "这两天脸上出了一簇簇小水疱，有的破了成小坑，跟平时湿疹不一样，喊疼",
                "不发烧，能吃能玩",
            ],
            _patient(913, "female", ("特应性皮炎（湿疹）",), pregnant=None),
            id="r62-zh-023",
        ),  # NICE CG57 Atopic eczema in under 12s: 疑似疱疹样湿疹应立即开始全身抗病毒并当天皮肤科会诊；全身情况好故非急诊。
        pytest.param(
            [
                "5岁男娃，幼儿园这周好几个这样的",
                "脸通红，嘴巴周围一圈发白，胳肢窝和肘窝的疹子成一条条的线",
                "烧38.5，吃饭还行",
            ],
            _patient(1826, "male", (), pregnant=None),
            id="r62-zh-038",
        ),  # NICE CKS Scarlet fever: 典型体征(口周苍白、帕氏线)的患儿需当天抗生素治疗、隔离并报告疫情。
        pytest.param(
            [
                "1岁半男娃，爸妈外出打工，疫苗没按时打，麻疹疫苗也没打",
                "发烧4天，咳嗽流鼻涕眼睛红，今天耳朵后面和脸上开始出疹",
                "呼吸平稳，精神可，能喝水",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r62-zh-048",
        ),  # 国家卫健委 麻疹诊疗方案 / NICE CKS Measles: 未接种儿童疑似麻疹须当天诊治、隔离并网络直报；无并发症故非急诊。
        pytest.param(
            [
                "出生20天的女宝，妈妈5天前出水痘",
                "宝宝今天胸口背上出了几个小水疱",
                "不发烧，吃奶正常",
            ],
            _patient(20, "female", (), pregnant=None),
            id="r62-zh-055",
        ),  # NICE CKS Chickenpox: 新生儿水痘有重症风险，须当天请专科评估抗病毒治疗。
        pytest.param(
            [
                "38M, small red dots on his shins this week and gums bleed when brushing",
                "dots don't fade with glass",
                "no fever, feels fine, no regular meds",
            ],
            _patient(13880, "male", (), pregnant=None),
            id="r62-en-014",
        ),  # NICE NG12 Suspected cancer: unexplained petechiae or bleeding in an adult needs a very urgent FBC; with gum bleeding arrange bloods the same day.
        pytest.param(
            [
                "18 day old boy, big brother has chickenpox this week",
                "baby now has 3 or 4 small fluid-filled spots on his chest",
                "temp 37.2, feeding well",
            ],
            _patient(18, "male", (), pregnant=None),
            id="r62-en-021",
        ),  # NICE CKS Chickenpox, management: neonates with chickenpox are at high risk of severe disease and need same-day specialist advice for antiviral treatment.
        pytest.param(
            [
                "3yo, family declined vaccines",
                "fever 4 days, cough, runny nose, red watery eyes",
                "red blotchy rash started at the hairline today",
                "breathing normal, drinking okay, alert",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r62-en-023",
        ),  # NICE CKS Measles / UKHSA: suspected measles in an unvaccinated child needs same-day clinical assessment, isolation and notification; no complications so not an emergency.
        pytest.param(
            [
                "8F, vomiting and sore throat since yesterday",
                "flushed cheeks with a pale ring round her mouth, rough red rash worse in armpits and elbow creases",
                "temp 38.6, alert, drinking",
            ],
            _patient(2922, "female", (), pregnant=None),
            id="r62-en-032",
        ),  # NICE CKS Scarlet fever: classic signs in a well child warrant same-day antibiotic treatment, exclusion from school and notification.
        pytest.param(
            [
                "35F, her cat bit her right hand yesterday",
                "now hand swollen, red and hot, redness tracking up the wrist",
                "can move fingers fine, temp 37.6",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r62-en-034",
        ),  # NICE NG184 Human and animal bites: an infected cat bite to the hand needs same-day antibiotics and review; no systemic compromise so not an emergency.
        pytest.param(
            [
                "4yo girl, had a cold 2 weeks ago",
                "today mum noticed tiny pinprick red spots all over and a few bruises on her legs",
                "no fever, playing, no nose or gum bleeding",
            ],
            _patient(1461, "female", (), pregnant=None),
            id="r62-en-048",
        ),  # NICE NG12 Suspected cancer (unexplained petechiae in children: immediate specialist assessment) / CKS: well afebrile child with widespread petechiae needs same-day FBC to exclude ITP or leukaemia.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "黑龙江这边，50岁女，每年冬天脚趾手指头红肿发紫，痒",
                "一暖和更痒，烧得慌",
                "没破溃",
            ],
            _patient(18262, "female", (), pregnant=False),
            id="r62-zh-001",
        ),  # NICE CKS Chilblains: 冻疮以保暖、避免骤然复温等自我护理为主，无溃疡无需就医。
        pytest.param(
            [
                "17岁女，脸上额头长痘痘，黑头白头都有，有几个红的",
                "好一年了，想弄点药",
            ],
            _patient(6209, "female", (), pregnant=False),
            id="r62-zh-002",
        ),  # NICE NG198 Acne vulgaris / 中国痤疮治疗指南(2019): 轻中度痤疮常规门诊外用药治疗。
        pytest.param(
            [
                "10个月男宝，高烧了3天，昨天烧退了",
                "今天身上出了一片片粉红色小疹子，压了会褪",
                "精神好得很，吃奶正常",
            ],
            _patient(304, "male", (), pregnant=None),
            id="r62-zh-003",
        ),  # NICE CKS / DermNet 幼儿急疹: 退热后出疹、一般情况好的婴儿属自限性疾病，只需安抚观察。
        pytest.param(
            [
                "4岁娃儿，手心脚心长了几个小疱疹，嘴里两个溃疡",
                "昨天37.8，今天不烧了",
                "吃饭喝水正常，精神好，不吐不抖",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r62-zh-006",
        ),  # 国家卫健委 手足口病诊疗指南(2018版), 临床分期及重症危险信号: 普通型(第1期)手足口病一般情况好者居家隔离对症治疗，告知危险信号即可。
        pytest.param(
            [
                "生下来3天的男宝，身上出了红斑，中间有小白点",
                "今天这儿明天那儿的",
                "吃奶好，体温36.9，精神好",
            ],
            _patient(3, "male", (), pregnant=None),
            id="r62-zh-011",
        ),  # NICE CKS / DermNet 新生儿毒性红斑: 一般情况好、不发热的新生儿常见良性皮疹，只需安抚。
        pytest.param(
            [
                "5岁男娃，感冒咳嗽，昨晚咳得厉害还吐了一回",
                "今天眼皮和眼睛周围出了些小红点，身上腿上都看了没有",
                "不发烧，精神好，吃饭正常",
            ],
            _patient(1826, "male", (), pregnant=None),
            id="r62-zh-012",
        ),  # NICE NG240 Bacterial meningitis and meningococcal disease, recognition and pre-hospital management / NICE NG143: 剧烈咳嗽或呕吐后仅限面部的瘀点、不发热且一般情况好的儿童不太可能是脑膜炎球菌病；交代出现发热或皮疹扩散即复诊。
        pytest.param(
            [
                "7个月女宝，屁屁红了，尿不湿包着的地方",
                "皮肤褶子里倒不怎么红，这几天拉肚子",
                "不发烧，吃奶好",
            ],
            _patient(213, "female", (), pregnant=None),
            id="r62-zh-016",
        ),  # NICE CKS Nappy rash: 刺激性尿布皮炎勤换尿布、晾屁股、涂护臀膏即可。
        pytest.param(
            [
                "60岁老汉，腰疼贴了膏药，两天后贴的地方又红又痒起小疹子",
                "形状跟膏药一样方方正正的",
                "别的地方没有，不发烧",
            ],
            _patient(21915, "male", ("腰椎间盘突出",), pregnant=None),
            id="r62-zh-018",
        ),  # NICE CKS Dermatitis - contact: 局限于接触部位的接触性皮炎，去除致敏物并外用激素即可。
        pytest.param(
            [
                "6岁男孩，湿疹老病号，天冷了又犯",
                "胳膊肘窝腿弯干燥起皮很痒，晚上挠",
                "没渗液没黄痂没水疱，不发烧",
            ],
            _patient(2192, "male", ("特应性皮炎（湿疹）",), pregnant=None),
            id="r62-zh-021",
        ),  # NICE CG57 / 中国特应性皮炎诊疗指南(2020): 无感染的湿疹加重用润肤剂和外用糖皮质激素，常规复诊即可。
        pytest.param(
            [
                "40岁男，腰上一个圆圈样的红斑，边上起皮，中间好一些，痒",
                "越来越大，一个多月了",
                "家里养了狗",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r62-zh-024",
        ),  # NICE CKS Fungal skin infection - body and groin: 体癣外用抗真菌药常规处理即可。
        pytest.param(
            [
                "25岁男，半个月前胸口先出一块椭圆形红斑，有细皮屑",
                "这几天背上肚子上出了好多小的，顺着皮纹一条条",
                "有点痒，人没事",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r62-zh-026",
        ),  # NICE CKS Pityriasis rosea: 一般情况好的成人玫瑰糠疹为自限性，安抚和对症止痒即可。
        pytest.param(
            [
                "4岁男娃，肚皮和胳肢窝长了十来个小珍珠样的疙瘩，中间有个小凹",
                "两个月了，不痛不痒",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r62-zh-033",
        ),  # NICE CKS Molluscum contagiosum: 健康儿童传染性软疣为自限性，通常无需治疗。
        pytest.param(
            [
                "22岁男，昨天去海边玩了一天没擦防晒，肩膀后背通红，疼",
                "没起大疱，不发烧，不头晕，喝水正常",
            ],
            _patient(8036, "male", (), pregnant=None),
            id="r62-zh-036",
        ),  # NICE CKS / NHS Sunburn: 无水疱、无全身症状的轻度晒伤以降温、补水、止痛自我护理为主。
        pytest.param(
            [
                "20岁女学生，宿舍开灯飞进来好多小虫子",
                "今早脖子上一条红的，像被烫了，有小脓疱，火辣辣的",
                "别的地方没有，不发烧",
            ],
            _patient(7305, "female", (), pregnant=False),
            id="r62-zh-037",
        ),  # DermNet Paederus dermatitis / NICE CKS Insect bites and stings: 隐翅虫皮炎为局部刺激性皮炎，清洗加外用激素即可，无需急诊。
        pytest.param(
            [
                "3岁女娃，感冒两天，低烧37.8",
                "今天身上出了些红疹子，用玻璃杯压能褪掉",
                "能吃能玩",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r62-zh-040",
        ),  # NICE NG143 Fever in under 5s 交通灯系统: 一般情况好、皮疹压之褪色且无黄/红色征象的儿童可居家护理并告知复诊指征。
        pytest.param(
            [
                "24岁男，吃了芒果，嘴巴周围和脖子上起了几块风团，痒",
                "嘴唇舌头不肿，不喘，不头晕",
            ],
            _patient(8766, "male", (), pregnant=None),
            id="r62-zh-041",
        ),  # NICE CKS Urticaria: 无血管性水肿和过敏反应表现的急性荨麻疹用非镇静抗组胺药并避免诱因即可。
        pytest.param(
            [
                "2个月宝宝，头顶上一层黄色油腻的痂",
                "不痒，吃奶睡觉都好",
            ],
            _patient(61, "female", (), pregnant=None),
            id="r62-zh-045",
        ),  # NICE CKS Seborrhoeic dermatitis (infantile): 婴儿脂溢性皮炎(奶痂)用润肤油软化后轻洗即可。
        pytest.param(
            [
                "三伏天，4个月的囡囡，奶奶给捂得严严实实",
                "脖子、后背、胸口一片针尖大小的小红疹子",
                "不发烧，吃奶好，脱了衣服凉快了好多了",
            ],
            _patient(122, "female", (), pregnant=None),
            id="r62-zh-047",
        ),  # NICE CKS / DermNet 痱子(粟粒疹): 一般情况好、不发热的婴儿，降温减衣即可自愈。
        pytest.param(
            [
                "9岁男孩，昨天骑车摔了，膝盖下面一块青紫",
                "按着疼，走路正常",
                "别的地方没有青，不流鼻血",
            ],
            _patient(3287, "male", (), pregnant=None),
            id="r62-zh-050",
        ),  # NICE CKS Bruising: 有明确外伤原因的单处瘀青、无其他出血表现，可居家冷敷观察。
        pytest.param(
            [
                "30岁女，上火了，嘴角起了一簇小水疱，以前也长过",
                "别的没事，眼睛不红",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r62-zh-060",
        ),  # NICE CKS Herpes simplex - oral: 健康成人复发性口唇疱疹为自限性，自我护理即可。
        pytest.param(
            [
                "10yo back from camping, lots of itchy red bumps on ankles and legs",
                "some have a little central dot",
                "no fever, no spreading redness, feels fine",
            ],
            _patient(3652, "female", (), pregnant=None),
            id="r62-en-001",
        ),  # NICE CKS Insect bites and stings: local reactions are managed with self-care; seek help only if spreading infection or systemic symptoms.
        pytest.param(
            [
                "6yo boy, bright red cheeks yesterday, now a lacy rash on his arms",
                "had a mild cold last week, now well",
                "no pregnant women at home",
            ],
            _patient(2192, "male", (), pregnant=None),
            id="r62-en-003",
        ),  # NICE CKS Parvovirus B19 infection: slapped cheek in a well child is self-limiting; only pregnant or immunocompromised contacts need advice.
        pytest.param(
            [
                "35M, tingling then small blisters on the edge of his lip, gets them every winter",
                "otherwise well, no eye symptoms",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r62-en-008",
        ),  # NICE CKS Herpes simplex - oral: recurrent cold sores in a healthy adult are self-limiting and managed with self-care.
        pytest.param(
            [
                "13 month old girl, high temps up to 39.5 for 3 days, gone since yesterday",
                "today a pink spotty rash on chest and back, fades when pressed",
                "happy, feeding well",
            ],
            _patient(396, "female", (), pregnant=None),
            id="r62-en-009",
        ),  # NICE CKS / DermNet Roseola infantum: rash appearing as the fever settles in a well infant is self-limiting and needs reassurance only.
        pytest.param(
            [
                "3yo girl, few small blisters on palms and soles, couple of mouth ulcers",
                "temp 37.8 yesterday, none today",
                "eating soft food, drinking well, alert, no jerks or vomiting",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r62-en-011",
        ),  # China 手足口病诊疗指南(2018版), clinical staging and severe-case warning signs / NICE CKS Hand, foot and mouth disease: uncomplicated disease in a well child is self-limiting and managed at home with isolation and danger-sign advice.
        pytest.param(
            [
                "22F, one oval scaly pink patch on her chest 10 days ago, now lots of smaller ones on her back",
                "mildly itchy, feels well",
                "not pregnant, no new meds",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r62-en-016",
        ),  # NICE CKS Pityriasis rosea: self-limiting rash in a well non-pregnant adult needs reassurance and symptom relief.
        pytest.param(
            [
                "30F, round scaly itchy patch on forearm with clearer middle, slowly growing over 3 weeks",
                "got a new kitten",
                "otherwise well",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r62-en-019",
        ),  # NICE CKS Fungal skin infection - body and groin: tinea corporis is treated with an over-the-counter topical antifungal.
        pytest.param(
            [
                "5 mo baby, tiny red pinpoint bumps on neck, chest and back",
                "mum had him wrapped in 2 blankets in this heat",
                "no fever, feeding fine, rash better after undressing",
            ],
            _patient(152, "male", (), pregnant=None),
            id="r62-en-022",
        ),  # NICE CKS / DermNet Miliaria (heat rash): in a well afebrile infant it settles with cooling and lighter clothing.
        pytest.param(
            [
                "2yo boy, runny nose and temp 37.9 for 2 days",
                "pink blotchy rash on his trunk today",
                "glass test: fades completely",
                "eating, drinking, playing",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r62-en-024",
        ),  # NICE NG143 Fever in under 5s, traffic light system: a well child with a blanching rash and no amber/red features is green and can be cared for at home with safety-netting.
        pytest.param(
            [
                "70F, itchy purplish-red swollen spots on her toes since the cold weather",
                "burning when she warms up",
                "foot pulses fine, no ulcers",
            ],
            _patient(25568, "female", ("hypertension",), pregnant=False),
            id="r62-en-028",
        ),  # NICE CKS Chilblains: managed with self-care (keeping warm, avoiding rapid rewarming); no ulceration or ischaemia.
        pytest.param(
            [
                "3 day old baby girl, blotchy red patches with little yellow-white pimples on chest and back",
                "feeding well, temp 36.8, alert",
                "spots move around, some gone by the afternoon",
            ],
            _patient(3, "female", (), pregnant=None),
            id="r62-en-030",
        ),  # NICE CKS / DermNet Erythema toxicum neonatorum: common benign newborn rash in a well, afebrile baby needing reassurance only.
        pytest.param(
            [
                "9mo, red sore skin in the nappy area, the creases are spared",
                "had diarrhoea last week",
                "no spots elsewhere, no fever, feeding fine",
            ],
            _patient(274, "female", (), pregnant=None),
            id="r62-en-033",
        ),  # NICE CKS Nappy rash: irritant nappy dermatitis in a well baby is managed with frequent changes, nappy-free time and barrier cream.
        pytest.param(
            [
                "4 mo baby, East Asian family, slate-blue flat patches over lower back and bottom",
                "mum says they've been there since birth, not changing",
                "baby well, no other marks",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r62-en-036",
        ),  # NICE CG89 Child maltreatment / DermNet congenital dermal melanocytosis: birthmarks present since birth and unchanged should be documented and not mistaken for bruising.
        pytest.param(
            [
                "30F, itchy raised welts on arms and tummy since this morning, they come and go",
                "started a new washing powder",
                "no lip or tongue swelling, breathing fine, no dizziness",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r62-en-041",
        ),  # NICE CKS Urticaria: acute urticaria without angioedema or anaphylaxis features is managed with a non-sedating antihistamine and trigger avoidance.
        pytest.param(
            [
                "10 yo boy, got kicked in the shin at football yesterday",
                "bluish bruise about 4 cm, tender",
                "no other bruises, no nosebleeds, walking fine",
            ],
            _patient(3652, "male", (), pregnant=None),
            id="r62-en-044",
        ),  # NICE CKS Bruising / NICE CG89 child maltreatment: a single bruise on a shin with a clear consistent cause in a mobile child needs simple self-care.
        pytest.param(
            [
                "16M, spots and blackheads on face and upper back for a year, getting him down",
                "no fever, no scarring yet",
            ],
            _patient(5844, "male", (), pregnant=None),
            id="r62-en-052",
        ),  # NICE NG198 Acne vulgaris: mild to moderate acne is managed with routine primary care topical treatment.
        pytest.param(
            [
                "6yo girl had a vomiting bug yesterday, retched hard lots of times",
                "today a few tiny red dots around her eyes and on the eyelids only",
                "checked the whole body - nothing on trunk or legs",
                "no fever, bright, eating",
            ],
            _patient(2192, "female", (), pregnant=None),
            id="r62-en-054",
        ),  # NICE NG240 Bacterial meningitis and meningococcal disease, recognition and pre-hospital management / NICE NG143: petechiae confined to the face after forceful vomiting in an afebrile, well child are unlikely to be meningococcal; safety-net to return if fever, spread or illness.
        pytest.param(
            [
                "4 yo, lots of small pearly bumps with a dimple in the middle on tummy and arm",
                "been there 2 months, not bothering him",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r62-en-057",
        ),  # NICE CKS Molluscum contagiosum: self-limiting in healthy children; no treatment needed.
        pytest.param(
            [
                "82M, purple blotches on backs of forearms, come and go for months",
                "skin very thin, bumps his arms on things",
                "not on blood thinners, no gum bleeding, feels well",
            ],
            _patient(29950, "male", ("osteoarthritis",), pregnant=None),
            id="r62-en-059",
        ),  # DermNet / BAD patient information, actinic (senile) purpura: purpura on sun-damaged forearms of an elderly person from minor trauma is benign; routine review only.
        pytest.param(
            [
                "8 yo with eczema, dry itchy patches in elbow and knee creases, worse since the weather turned cold",
                "no weeping, no crusts, no blisters",
                "her skin is dark brown so it looks greyish-purple rather than red",
                "sleeping poorly due to itch",
            ],
            _patient(2922, "female", ("atopic eczema",), pregnant=None),
            id="r62-en-060",
        ),  # NICE CG57 Atopic eczema in under 12s: an uninfected flare is treated with emollients and topical corticosteroid with routine review.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
