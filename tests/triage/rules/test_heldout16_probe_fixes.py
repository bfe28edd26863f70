# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixteenth held-out round (2026-12-06, at commit 2c613c6: two reviewers, 120 cases where
no earlier round had gone: rural and notifiable infections (haemorrhagic fever, scrub typhus,
leptospirosis, brucellosis, Japanese encephalitis, imported malaria, avian influenza, anthrax,
TB, schistosomiasis, HFMD, rabies exposure), women's health outside pregnancy (PID, ovarian
torsion, heavy menstrual bleeding, postmenopausal bleeding, Bartholin's abscess, STIs, sexual
assault) and endocrine, blood and rheumatology emergencies (thyroid storm, myxoedema, adrenal
crisis, HHS, neutropenic fever, favism, giant cell arteritis, lupus, gout)). Before these fixes
the rules found 19 of 25 and 19 of 25 emergencies, graded 10 of 20 and 7 of 20 same-day cases
exactly, and sent no look-alike to emergency.

New rules, each from its guideline (sources.py): cutaneous anthrax and scrub typhus by an eschar,
avian influenza after live poultry, leptospirosis and its severe form, acute schistosomiasis
(rules_zoonoses.py); heavy vaginal bleeding with a faint or a fast pulse, care after a sexual
assault, PID and a Bartholin's abscess (rules_womens_health.py); haemolysis after broad beans in
G6PD deficiency; liver injury on TB drugs; lupus nephritis; rigors after chemotherapy or on an
antithyroid drug as possible neutropenic sepsis (NICE CG151). Readings: 咳了小半碗血, "a cupful of
blood", 嘴皮子有点紫, 寒颤, "shivery", "scared of water", "scratched by a stray cat", "eyes yellow",
"known SLE" (a condition counts when historical), 喘气还行 (breathing fine). Deliberately kept:
p16-zh-012, HFMD with a fever of 39.4 that antipyretics do not bring down and a child less lively
than yesterday, stays an emergency (手足口病诊疗指南 2018: persistent high fever is an early sign of
severe disease; the reviewer said same day)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "50岁男 五天前帮人剥了头病死的牛",
                "胳膊上起了个黑疤 不痛",
                "现在一整条胳膊连着脖子都肿了 发烧39 心慌",
            ],
            _patient(18250, "male", pregnant=None),
            id="p16-zh-003",
        ),  # 国家卫健委《炭疽诊疗方案（2023年版）》皮肤炭疽 重症
        pytest.param(
            [
                "62岁女的 上礼拜在集上买了只活鸡 回家自己杀的",
                "发烧三天 39度 咳嗽",
                "今天气短 走两步就喘 嘴皮子有点紫",
            ],
            _patient(22630, "female", pregnant=False),
            id="p16-zh-005",
        ),  # 国家卫计委《人感染H7N9禽流感诊疗方案（2017年第一版）》 重症病例
        pytest.param(
            [
                "36岁女 甲亢在吃甲巯咪唑 一个多月了",
                "昨天嗓子痛 今天烧到39.5 打寒颤",
                "浑身软 嘴里也烂了",
            ],
            _patient(13140, "female", pregnant=False),
            id="p16-zh-015",
        ),  # ATA 2016 Guidelines for hyperthyroidism, agranulocytosis with antithyroid drugs
        pytest.param(
            [
                "44岁 这次月经多得吓人 一个钟头就湿透一片夜用的",
                "已经这样大半天了",
                "刚才上厕所晕倒了 脸白得跟纸一样 心跳好快",
            ],
            _patient(16060, "female", pregnant=False),
            id="p16-zh-022",
        ),  # NICE NG88 Heavy menstrual bleeding (2018, updated 2021)；FIGO 急性异常子宫出血
        pytest.param(
            [
                "55岁男 去年查出来肺结核 药吃了几个月自己停了",
                "刚才一下咳了小半碗血 鲜红的 还在咳",
                "脸煞白 一身冷汗",
            ],
            _patient(20075, "male", pregnant=None),
            id="p16-zh-026",
        ),  # WS 288-2017 肺结核诊断；中华医学会呼吸病学分会 咯血诊治专家共识 大咯血处理
        pytest.param(
            [
                "17岁女娃 她妈带来的 说昨晚被人强奸了",
                "下身一直在流血 裤子都湿了",
                "孩子吓得一句话不说 浑身发抖",
            ],
            _patient(6205, "female", pregnant=False),
            id="p16-zh-048",
        ),  # WHO Clinical management of rape and intimate partner violence survivors 2020；BASHH UK national guidelines on sexual assault 2011
        pytest.param(
            [
                "M 38 been transplanting rice in flooded paddies 2 wks",
                "fever, calves v sore, red eyes",
                "today yellow skin, coughing blood-stained sputum, hardly peed since am",
            ],
            _patient(13870, "male", pregnant=False),
            id="p16-en-003",
        ),  # WHO Human leptospirosis: guidance for diagnosis, surveillance and control 2003, severe leptospirosis
        pytest.param(
            [
                "pt M 67 on TB tx 2 months",
                "this am coughed up about a cupful of bright red blood, still coughing blood now",
                "pale, frightened, HR 112",
            ],
            _patient(24455, "male", pregnant=False),
            id="p16-en-007",
        ),  # WHO consolidated guidelines on tuberculosis 2022; NICE CKS Haemoptysis, massive haemoptysis
        pytest.param(
            [
                "M 50 bitten on leg by village dog ~2 months ago, no vaccine given",
                "2/7 tingling at the bite, now agitated, scared of water, throat spasms when tries to drink",
                "wife says he's seeing things",
            ],
            _patient(18250, "male", pregnant=False),
            id="p16-en-010",
        ),  # WHO Rabies vaccines position paper 2018 & WHO Expert Consultation on Rabies TRS 1012 (2018), clinical rabies
        pytest.param(
            [
                "cousin brought in F 19, says she was raped by 2 men last night",
                "bleeding a lot from vagina, trousers soaked",
                "also bruising on neck, says one of them strangled her till she nearly passed out",
            ],
            _patient(6935, "female", pregnant=None),
            id="p16-en-015",
        ),  # WHO Clinical management of rape and intimate partner violence survivors 2020, first-line care of injuries
        pytest.param(
            [
                "M 58 had chemo for lymphoma 9 days ago",
                "temp 38.4 now, shivering",
                "says otherwise ok, no cough",
            ],
            _patient(21170, "male", pregnant=False),
            id="p16-en-020",
        ),  # NICE CG151 Neutropenic sepsis 2012, 1.1 & 1.3; NICE NG51 Sepsis 2024
        pytest.param(
            [
                "F 49 breast ca, chemo 1 week ago",
                "temp 37.3 but says she feels terrible, shivery, v weak",
                "took paracetamol about 2 hrs ago",
            ],
            _patient(17885, "female", pregnant=None),
            id="p16-en-021",
        ),  # NICE CG151 Neutropenic sepsis 2012, 1.1.1 suspect in patients having anticancer treatment who become unwell
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "55岁男 半个月前上山砍柴割草",
                "发烧四天了 38度多 脑壳痛",
                "大腿根有个黑痂 周围一圈红 旁边淋巴结肿 人清醒 能吃饭",
            ],
            _patient(20075, "male", pregnant=None),
            id="p16-zh-002",
        ),  # 中国疾控中心《恙虫病预防控制技术指南（试行）》2009，临床表现与治疗
        pytest.param(
            [
                "45岁男 一个礼拜前宰了只病羊 肉都卖了",
                "手背上先起个小红疙瘩 痒 现在中间变黑了 周围一圈小水泡",
                "不怎么痛 不发烧",
            ],
            _patient(16425, "male", pregnant=None),
            id="p16-zh-009",
        ),  # 国家卫健委《炭疽诊疗方案（2023年版）》皮肤炭疽
        pytest.param(
            [
                "30岁男 上个月在湖里摸鱼 腿上起过一片红疹子 痒",
                "这个礼拜天天下午发烧 咳嗽 拉肚子",
                "肝那块胀痛",
            ],
            _patient(10950, "male", pregnant=None),
            id="p16-zh-010",
        ),  # WS 261-2006 血吸虫病诊断；《传染病学》第9版 日本血吸虫病 急性血吸虫病
        pytest.param(
            [
                "24岁女 下肚子两边隐隐痛了一个礼拜",
                "白带多 有点黄 同房的时候痛",
                "体温37.8 能走能吃 查了没怀孕",
            ],
            _patient(8760, "female", pregnant=False),
            id="p16-zh-017",
        ),  # NICE CKS Pelvic inflammatory disease；BASHH UK national guideline for PID 2019
        pytest.param(
            [
                "6岁男孩 以前查出来是蚕豆病",
                "前天在亲戚家吃了几颗蚕豆",
                "今天眼白有点黄 尿像浓茶 精神还行 能玩",
            ],
            _patient(2190, "male", pregnant=None),
            id="p16-zh-018",
        ),  # 《儿科学》第9版 红细胞G6PD缺乏症（蚕豆病）
        pytest.param(
            [
                "28岁女 下面阴道口左边长了个包 鸡蛋那么大",
                "红肿 痛得坐都坐不下 走路也痛",
                "两天了 越长越大",
            ],
            _patient(10220, "female", pregnant=False),
            id="p16-zh-031",
        ),  # NHS GGC Gynaecology guideline 066 Management of Bartholin's cyst and abscess；《妇产科学》第9版 前庭大腺脓肿
        pytest.param(
            [
                "22岁女 前天晚上被人强迫发生了关系",
                "没受伤 不想报警 就想问会不会怀上会不会得病",
                "对方没戴套",
            ],
            _patient(8030, "female", pregnant=False),
            id="p16-zh-035",
        ),  # BASHH/BHIVA UK guideline for PEP following sexual exposure (PEPSE) 2021；WHO Clinical management of rape 2020
        pytest.param(
            [
                "71岁老太 最近两个礼拜右边太阳穴痛 以前从来不头痛",
                "摸着那根血管硬硬的 一按就痛",
                "嚼东西久了下巴酸 眼睛看东西没问题",
            ],
            _patient(25915, "female", pregnant=False),
            id="p16-zh-051",
        ),  # BSR Guideline on the diagnosis and treatment of giant cell arteritis 2020
        pytest.param(
            [
                "42岁 前几天在田里插秧 田里老鼠多",
                "昨天开始烧39度 浑身痛 小腿肚子最痛",
                "眼睛有点红 不咳嗽 尿也正常",
            ],
            _patient(15330, "male", pregnant=None),
            id="p16-zh-056",
        ),  # WS 290-2008 钩端螺旋体病诊断；《传染病学》第9版 钩端螺旋体病 临床分型
        pytest.param(
            [
                "M 52 cutting grass on the hills last wk",
                "fever 38.9 x3/7, headache, body aches",
                "small painless black crust in his groin, swollen node next to it. alert, BP 126/80",
            ],
            _patient(18980, "male", pregnant=False),
            id="p16-en-026",
        ),  # China MOH Scrub typhus prevention and control technical guideline 2009, diagnosis and treatment
        pytest.param(
            [
                "F 45 rice planting, flooding after heavy rain ~10 days ago",
                "fever 3/7, calves really painful, red eyes",
                "not yellow, peeing normally, BP 118/76",
            ],
            _patient(16425, "female", pregnant=None),
            id="p16-en-027",
        ),  # WHO Human leptospirosis: guidance for diagnosis, surveillance and control 2003, treatment of mild disease
        pytest.param(
            [
                "F 61 bought a live chicken 5 days ago, killed it at home, bird looked sick",
                "fever 38.5, cough, sore throat since yesterday",
                "breathing ok, SpO2 97%",
            ],
            _patient(22265, "female", pregnant=False),
            id="p16-en-030",
        ),  # China NHC H7N9 avian influenza diagnosis and treatment protocol 2017, suspected case and early antiviral; WHO guidance
        pytest.param(
            [
                "M 39 cattle farmer, a cow died suddenly last wk and they skinned it",
                "painless black scab on forearm with little blisters round it and lots of swelling",
                "temp 37.9, otherwise well",
            ],
            _patient(14235, "male", pregnant=False),
            id="p16-en-031",
        ),  # WHO Anthrax in humans and animals 2008, cutaneous anthrax treatment
        pytest.param(
            [
                "boy 8yo scratched by stray cat on his arm this morning",
                "red scratch, no bleeding",
                "mum asks does he need injections",
            ],
            _patient(2920, "male", pregnant=False),
            id="p16-en-033",
        ),  # WHO Rabies vaccines position paper 2018, category II exposure
        pytest.param(
            [
                "M 26 swam + fished in a lake in Hunan ~6 wks ago",
                "fever every afternoon 1 wk, itchy hives, dry cough, loose stools",
                "alert, no bleeding",
            ],
            _patient(9490, "male", pregnant=False),
            id="p16-en-034",
        ),  # WHO guideline on control and elimination of human schistosomiasis 2022; China schistosomiasis diagnostic criteria WS 261-2006
        pytest.param(
            [
                "F 23 lower abdo pain both sides 3/7, smelly discharge",
                "pain during sex, temp 37.8",
                "not v unwell, walking ok, UPT neg",
            ],
            _patient(8395, "female", pregnant=False),
            id="p16-en-035",
        ),  # NICE CKS Pelvic inflammatory disease 2024, management; BASHH UK national guideline PID 2019
        pytest.param(
            [
                "F 31 painful lump at vaginal opening L side x3 days",
                "now size of an egg, red and hot, can't sit or walk properly",
                "temp 37.6",
            ],
            _patient(11315, "female", pregnant=None),
            id="p16-en-036",
        ),  # BASHH UK national guideline on the management of vulval conditions 2014; RCOG gynaecology practice
        pytest.param(
            [
                "F 22 came in quietly, says she was sexually assaulted last night around midnight",
                "no injuries she can see, no bleeding",
                "no condom, worried about pregnancy and HIV",
            ],
            _patient(8030, "female", pregnant=None),
            id="p16-en-037",
        ),  # BASHH UK guideline for use of HIV post-exposure prophylaxis 2021; WHO Clinical management of rape 2020
        pytest.param(
            [
                "F 44 heavy periods for months, flooding",
                "breathless going upstairs now, heart pounding",
                "Hb 78 on lab today, not bleeding heavily now, BP 116/72 HR 96",
            ],
            _patient(16060, "female", pregnant=False),
            id="p16-en-038",
        ),  # NICE NG88 Heavy menstrual bleeding 2018, 1.2 & FBC; symptomatic anaemia
        pytest.param(
            [
                "F 32 known SLE",
                "ankles swollen 1 wk, urine v frothy",
                "BP 168/102, dipstick protein 3+ blood 2+",
            ],
            _patient(11680, "female", pregnant=None),
            id="p16-en-040",
        ),  # EULAR recommendations for management of SLE 2023; EULAR/ERA-EDTA lupus nephritis recommendations 2019
        pytest.param(
            [
                "girl 7yo known G6PD def, ate broad beans at grandma's 2 days ago",
                "eyes a bit yellow, more tired than usual",
                "urine a bit darker, still playing, breathing normal",
            ],
            _patient(2555, "female", pregnant=False),
            id="p16-en-043",
        ),  # WHO Working Group on G6PD deficiency (Bull WHO 1989); standard paediatric guidance on favism
        pytest.param(
            [
                "M 55 on TB drugs 5 wks",
                "nausea, off food, eyes yellow 2 days",
                "no vomiting blood, alert",
            ],
            _patient(20075, "male", pregnant=False),
            id="p16-en-045",
        ),  # ATS/CDC/IDSA Treatment of drug-susceptible TB 2016, hepatotoxicity; WHO consolidated TB guidelines 2022
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "58岁 绝经七八年了",
                "这两天内裤上见了点淡红的 就一点点",
                "不痛 不晕 别的都好",
            ],
            _patient(21170, "female", pregnant=False),
            id="p16-zh-004",
        ),  # NICE NG12 Suspected cancer: recognition and referral (2015, updated), endometrial cancer
        pytest.param(
            [
                "45岁女 艾迪生病 每天吃氢化可的松",
                "这两天感冒 流鼻涕 体温37.9",
                "能吃能喝 没吐没拉 要不要紧",
            ],
            _patient(16425, "female", pregnant=False),
            id="p16-zh-013",
        ),  # Society for Endocrinology: Steroid sick day rules / Adrenal crisis emergency guidance 2016
        pytest.param(
            [
                "45岁男 昨天插了一整天秧",
                "今天两条小腿酸痛 腰也酸",
                "不发烧 眼睛不红 吃饭睡觉都正常 他怕是钩体病",
            ],
            _patient(16425, "male", pregnant=None),
            id="p16-zh-019",
        ),  # WS 290-2008 钩端螺旋体病诊断；《传染病学》第9版 钩端螺旋体病 临床分型
        pytest.param(
            [
                "62岁男 痛风好多年了",
                "昨晚喝了酒 今天大脚趾又红又肿 痛得要命 跟以前发作一样",
                "不发烧 家里有上回开的秋水仙碱",
            ],
            _patient(22630, "male", pregnant=None),
            id="p16-zh-020",
        ),  # NICE NG219 Gout: diagnosis and management 2022；EULAR 2016 gout recommendations
        pytest.param(
            [
                "40岁男 昨天下湖打草 今天两条腿起了好多小红点",
                "痒得很 别的没啥",
                "听说湖里有血吸虫 吓死了",
            ],
            _patient(14600, "male", pregnant=None),
            id="p16-zh-025",
        ),  # WS 261-2006 血吸虫病诊断；《传染病学》第9版 日本血吸虫病
        pytest.param(
            [
                "56岁男 肺结核 刚开始吃抗痨药一个礼拜",
                "今天发现尿是红的 橘红色 眼泪好像也有点红",
                "没别的不舒服 人吓坏了",
            ],
            _patient(20440, "male", pregnant=None),
            id="p16-zh-034",
        ),  # WHO consolidated guidelines on tuberculosis Module 4: treatment 2022；《中国结核病预防控制工作技术规范（2020年版）》抗结核药物不良反应
        pytest.param(
            [
                "33岁女 前天上山采茶",
                "腿上被虫子叮了好几个红包 痒得很",
                "不发烧 没有黑痂 人好好的",
            ],
            _patient(12045, "female", pregnant=False),
            id="p16-zh-036",
        ),  # 中国疾控中心《恙虫病预防控制技术指南（试行）》2009，临床表现与治疗
        pytest.param(
            [
                "5岁男娃 手心脚心起了些小红疹子 嘴里两个小泡",
                "昨天烧到38度 今天不烧了",
                "能吃能玩 精神挺好 家里人问要不要送县医院",
            ],
            _patient(1825, "male", pregnant=None),
            id="p16-zh-037",
        ),  # 国家卫健委《手足口病诊疗指南（2018年版）》普通病例处理
        pytest.param(
            [
                "邻居家前两天死了几只鸡",
                "俺昨天帮着埋的 没戴手套",
                "现在啥感觉都没有 用不用去打针",
            ],
            _patient(18250, "male", pregnant=None),
            id="p16-zh-039",
        ),  # 国家卫计委《人感染H7N9禽流感诊疗方案（2017年第一版）》 接触者医学观察
        pytest.param(
            [
                "28岁男 解小便刺痛 尿道口流黄脓",
                "一个礼拜前在外面有过不安全的性生活",
                "不发烧 蛋蛋不痛",
            ],
            _patient(10220, "male", pregnant=None),
            id="p16-zh-044",
        ),  # 中国疾控中心性病控制中心《梅毒、淋病和生殖道沙眼衣原体感染诊疗指南（2020年）》；BASHH UK national guidelines (gonorrhoea 2019)
        pytest.param(
            [
                "31岁女 体检B超说左边卵巢有个囊肿 3公分 单纯性的",
                "一点不痛 月经正常",
                "是不是要赶紧做手术",
            ],
            _patient(11315, "female", pregnant=False),
            id="p16-zh-045",
        ),  # RCOG Green-top Guideline No.62 (2011) Management of suspected ovarian masses in premenopausal women
        pytest.param(
            [
                "38岁女 这一年月经一直多 每次要用两包卫生巾",
                "有时候有血块 人容易累",
                "不头晕 不心慌 这次已经干净了",
            ],
            _patient(13870, "female", pregnant=False),
            id="p16-zh-046",
        ),  # NICE NG88 Heavy menstrual bleeding (2018, updated 2021)
        pytest.param(
            [
                "邻居家狗舔了我孙子的手",
                "手上没伤口 皮是好好的",
                "要不要去打狂犬疫苗",
            ],
            _patient(1825, "male", pregnant=None),
            id="p16-zh-050",
        ),  # 国家疾控局/国家卫健委《狂犬病暴露预防处置工作规范（2023年版）》暴露分级与处置 Ⅰ级暴露
        pytest.param(
            [
                "男的 33岁 在外头打工回来",
                "鸡鸡上长了个溃疡 硬硬的 一点都不痛",
                "两个礼拜左右了 他怕是梅毒 不好意思说",
            ],
            _patient(12045, "male", pregnant=None),
            id="p16-zh-052",
        ),  # 中国疾控中心性病控制中心《梅毒、淋病和生殖道沙眼衣原体感染诊疗指南（2020年）》；BASHH UK national guidelines (syphilis 2015)
        pytest.param(
            [
                "72岁老太 糖尿病好几年了",
                "今天早上空腹测了一下15.2 平时都是八九",
                "不口干 人好好的 能吃能睡",
            ],
            _patient(26280, "female", pregnant=False),
            id="p16-zh-058",
        ),  # ADA Standards of Care in Diabetes 2024；中国2型糖尿病防治指南（2020年版）
        pytest.param(
            [
                "3yo boy, spots on hands and feet + ulcers in mouth, nursery has cases",
                "fever 38.2 yesterday, normal today",
                "drinking ok, peeing, playing. no jerks no vomiting",
            ],
            _patient(1095, "male", pregnant=False),
            id="p16-en-046",
        ),  # China NHC HFMD diagnosis and treatment guideline 2018, common (stage 1) cases; WHO HFMD guidance
        pytest.param(
            [
                "F 36 fed a stray dog yesterday, it licked her hands",
                "skin not broken, no scratch",
                "worried, wants rabies vaccine",
            ],
            _patient(13140, "female", pregnant=None),
            id="p16-en-047",
        ),  # WHO Rabies vaccines position paper 2018, category I exposure
        pytest.param(
            [
                "M 58 found lots of mouse droppings in the rice store",
                "worried about 'mouse fever' neighbour had",
                "he's well, no fever",
            ],
            _patient(21170, "male", pregnant=False),
            id="p16-en-048",
        ),  # China CDC HFRS prevention guidance; WHO hantavirus fact sheet, prevention
        pytest.param(
            [
                "M 54 known gout, big toe red & swollen again since last night",
                "same as his usual attacks, no fever",
                "has colchicine at home",
            ],
            _patient(19710, "male", pregnant=False),
            id="p16-en-049",
        ),  # NICE NG219 Gout 2022, 1.3 managing flares; EULAR gout recommendations 2016
        pytest.param(
            [
                "F 38 Addison's on hydrocortisone",
                "caught a cold, temp 38.0, runny nose",
                "not vomiting, eating fine, asks what to do",
            ],
            _patient(13870, "female", pregnant=None),
            id="p16-en-050",
        ),  # Society for Endocrinology Adrenal crisis information / sick day rules 2020
        pytest.param(
            [
                "F 60, periods stopped 9 yrs ago",
                "noticed small spot of blood on pants twice this wk",
                "no pain, feels well, not dizzy",
            ],
            _patient(21900, "female", pregnant=False),
            id="p16-en-051",
        ),  # NICE NG12 Suspected cancer 2015 (updated), 1.5 gynaecological cancers: endometrial
        pytest.param(
            [
                "M 33 painless sore on penis 1 wk, clean base, firm edge",
                "no pain no discharge, feels well",
                "new partner, unprotected sex ~3 wks ago",
            ],
            _patient(12045, "male", pregnant=False),
            id="p16-en-052",
        ),  # BASHH UK national guidelines on the management of syphilis 2015; WHO STI guidelines syphilis 2016
        pytest.param(
            [
                "F 26 mild ache L lower abdomen mid-cycle, LMP 14 days ago",
                "gets this most months, lasts about a day",
                "no vomiting no fever, walking fine",
            ],
            _patient(9490, "female", pregnant=False),
            id="p16-en-053",
        ),  # RCOG/NICE CKS general gynaecology: ovulation pain; differential of pelvic pain
        pytest.param(
            [
                "F 39 heavy periods 1 yr, 7 days long, changes pad every 3h on heavy days",
                "a bit tired",
                "no dizziness, not breathless, not bleeding now",
            ],
            _patient(14235, "female", pregnant=False),
            id="p16-en-054",
        ),  # NICE NG88 Heavy menstrual bleeding 2018, 1.2 assessment and investigations
        pytest.param(
            [
                "M 30 brother dx smear positive TB last wk, they share a room",
                "he's well, no cough, no fever, no weight loss",
                "asks if needs to come in",
            ],
            _patient(10950, "male", pregnant=False),
            id="p16-en-055",
        ),  # WHO consolidated guidelines on TB Module 2 systematic screening 2021; NICE NG33 TB contact tracing
        pytest.param(
            [
                "F 52 hypothyroid on levothyroxine 75mcg, ran out 5 days ago",
                "feels fine, no symptoms",
                "wants repeat prescription",
            ],
            _patient(18980, "female", pregnant=False),
            id="p16-en-056",
        ),  # NICE NG145 Thyroid disease 2019; NICE CKS Hypothyroidism
        pytest.param(
            [
                "F 45 ate chicken soup at a restaurant, news says bird flu in the province",
                "no fever no cough, feels well",
                "v worried",
            ],
            _patient(16425, "female", pregnant=None),
            id="p16-en-057",
        ),  # WHO Avian influenza fact sheet 2024, food safety
        pytest.param(
            [
                "mum asking: baby 9 months, neighbour's boy got JE last summer",
                "baby well, wants to know about the vaccine",
            ],
            _patient(270, "female", pregnant=False),
            id="p16-en-058",
        ),  # China National Immunization Program schedule 2021; WHO JE vaccines position paper 2015
        pytest.param(
            [
                "M 45 health check: uric acid 510 umol/L",
                "never had joint pain or swelling",
                "asks if needs medicine",
            ],
            _patient(16425, "male", pregnant=False),
            id="p16-en-059",
        ),  # EULAR gout recommendations 2016; NICE NG219 Gout 2022
        pytest.param(
            [
                "F 50 weeding in the field yesterday, some small itchy red bites round ankles",
                "no fever, no black scab, feels well",
            ],
            _patient(18250, "female", pregnant=None),
            id="p16-en-060",
        ),  # NICE CKS Insect bites and stings; China scrub typhus guideline 2009 (eschar + fever as warning)
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E


def test_a_cough_without_fever_after_poultry_is_not_a_suspected_avian_influenza():
    # H7N9 诊疗方案 2017: a suspected case has a fever (an influenza-like illness).
    flags = {f.code for f in assess(["卖活鸡的 咳嗽两天 不发烧"]).red_flags}
    assert "avian_influenza" not in flags
    flags = {f.code for f in assess(["卖活鸡的 发烧38.6 咳嗽"]).red_flags}
    assert "avian_influenza" in flags
