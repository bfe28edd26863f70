# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fifth held-out round (2026-12-06, at commit 3f6003a: two reviewers, about 200 cases from
the guidelines without seeing the rules or the tests; one on adults and older people in
Chinese village wording with herbal and rural harms, one on children, pregnancy and mental
health in Chinese, English and mixed wording). Before these fixes the rules found 38 of 50 and
37 of 50 emergencies and sent 3 of 25 and 3 of 27 must-not cases to emergency. The cases below
are those it missed and the fixes now pass; each fails without them. Causes: no rules for
poisoning by a toxic herb (附子, 川乌, 草乌, 马钱子, 雷公藤), missed dialysis or stimulant
toxicity (溜冰); wordings (胸口像压了块大石头, 一句话要分好几口气说, 把一瓶安眠药全吃了, 这辈子最疼,
硬邦邦的像木板, 雾蒙蒙, 被电了一下, 压上去也不褪色, 不喘气了, 脸都发青, 昨天在屋里生的, 血流个不停,
一点都没动, 把孩子处理掉, 往房梁上挂绳子, 声音叫他去死, 拿头往墙上撞, cut wrist, "going to jump from
the roof with the baby", 吐出来的是 green 绿色的, 掉进塘里); blisters counted for a burn's size in a
later message; a prevention question (怎么防煤气中毒); a neighbour who died of a heart attack;
"asked directly about ...: denies both"."""

import pytest

from triage.rules import Level, PatientContext, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            ["大爷六十八了，刚才在地里干活突然胸口像压了块大石头，疼了快半个钟头了，一身冷汗"],
            _patient(24820, "male", ("高血压",), pregnant=None),
            id="zh-E01",
        ),  # 国家基层胸痛/急性冠脉综合征基层诊疗指南(2019); ESC 2023 ACS
        pytest.param(
            ["自己泡的附子酒喝了二两，现在嘴巴舌头发麻，手脚也麻，心里慌得很，心跳乱跳"],
            _patient(20075, "male", (), pregnant=None),
            id="zh-E03",
        ),  # 中国药典2020 附子/川乌/草乌 有大毒 注意事项; 急性中毒诊断与治疗中国专家共识
        pytest.param(
            ["听人说马钱子能治腰腿痛，自己磨粉吃了，现在脖子发硬，一碰就抽，身子往后弓"],
            _patient(18250, "male", (), pregnant=None),
            id="zh-E05",
        ),  # 中国药典2020 附子/川乌/草乌 有大毒 注意事项; 急性中毒诊断与治疗中国专家共识; 中国药典 马钱子 有大毒
        pytest.param(
            [
                "类风湿吃雷公藤，乡下郎中开的生药自己熬，这次一次熬了一大把喝了，吐了一天，拉肚子带血，今天一天没什么尿"
            ],
            _patient(17520, "female", ("类风湿关节炎",), pregnant=False),
            id="zh-E06",
        ),  # 中国药典 雷公藤 有大毒; 雷公藤多苷片说明书; 急性中毒诊断与治疗中国专家共识(2016)
        pytest.param(
            ["哮喘犯了，喷了好几下沙丁胺醇一点用没有，喘得一句话要分好几口气说"],
            _patient(13870, "female", ("支气管哮喘",), pregnant=False),
            id="zh-E21",
        ),  # 支气管哮喘基层诊疗指南(2018); GINA 2023
        pytest.param(
            ["老伴刚才把一瓶安眠药全吃了，艾司唑仑，大概三十多片，现在还醒着"],
            _patient(24455, "female", ("抑郁症",), pregnant=None),
            id="zh-E29",
        ),  # 急性中毒诊断与治疗中国专家共识(2016); WHO mhGAP Intervention Guide 2.0 (自伤/自杀); 抑郁症基层诊疗指南(2021)
        pytest.param(
            ["干活时突然头像被人用棍子打了一下，这辈子最疼的一次，吐了，脖子硬"],
            _patient(17885, "female", ("高血压",), pregnant=False),
            id="zh-E36",
        ),  # 脑卒中基层诊疗指南(2021); 中国急性缺血性脑卒中诊治指南2018 (BE-FAST); 中国蛛网膜下腔出血诊治指南2019
        pytest.param(
            ["做透析的，这礼拜家里有事漏了两次", "今天全身没劲，心慌，腿都抬不起来", "有点喘"],
            _patient(21170, "male", ("慢性肾脏病", "尿毒症"), pregnant=None),
            id="zh-E38",
        ),  # KDIGO; 高钾血症诊治中国专家共识(2020)
        pytest.param(
            ["胃病多年，刚才突然上腹像刀扎一样疼，全肚子都痛，摸着硬邦邦的像木板"],
            _patient(18980, "male", ("消化性溃疡",), pregnant=None),
            id="zh-E40",
        ),  # 急腹症; 消化性溃疡诊疗指南
        pytest.param(
            ["在小卖部买的散装白酒喝完第二天，眼睛看东西雾蒙蒙的，肚子痛，喘气又深又快"],
            _patient(18615, "male", (), pregnant=None),
            id="zh-E43",
        ),  # 急性中毒诊断与治疗中国专家共识(2016) (甲醇中毒)
        pytest.param(
            ["隔壁老李拉电线被电了一下，摔下来，现在说心口慌，脉搏不齐"],
            _patient(17155, "male", (), pregnant=None),
            id="zh-E45",
        ),  # 电击伤诊治专家共识
        pytest.param(
            ["喝了川乌泡的药酒擦腿，结果当酒喝了一杯，现在恶心吐，四肢发麻，心跳一会快一会停"],
            _patient(25550, "male", ("风湿性关节炎",), pregnant=None),
            id="zh-E48",
        ),  # 中国药典2020 附子/川乌/草乌 有大毒 注意事项; 急性中毒诊断与治疗中国专家共识
        pytest.param(
            [
                "baby 6 weeks old, 最近吐奶有点多",
                "今天吐出来的是 green 绿色的, 肚子胀得鼓鼓的, 不肯吃",
            ],
            _patient(42, "male", (), pregnant=None),
            id="mix-mix-E05",
        ),  # NICE NG143 / NICE NG1: bilious (green) vomiting in infant = surgical emergency (malrotation/volvulus)
        pytest.param(
            [
                "崽崽发烧一天了，三十九度",
                "刚才洗澡看到身上腿上有些紫红色的小点点，用杯子压上去也不褪色",
            ],
            _patient(730, "female", (), pregnant=None),
            id="mix-zh-E06",
        ),  # NICE NG143 red / NICE NG240: fever + non-blanching rash (meningococcal)
        pytest.param(
            ["孩子被开水烫了，刚用凉水冲了", "胸口肚子还有两只胳膊都起了大泡，一碰皮就掉"],
            _patient(1095, "female", (), pregnant=None),
            id="mix-zh-E11",
        ),  # WHO burns / 中国 烧伤急救: child partial-thickness burn >10% TBSA needs transfer
        pytest.param(
            ["小孩掉进塘里了，被邻居捞上来", "现在咳得厉害，喘气很急，人有点迷迷糊糊的"],
            _patient(2190, "male", (), pregnant=None),
            id="mix-zh-E13",
        ),  # WHO drowning: post-immersion respiratory distress/altered consciousness -> hospital
        pytest.param(
            [
                "四个月的毛毛，这两天有点咳嗽",
                "今天喂奶的时候突然不喘气了，停了十几秒，脸都发青了，拍了拍才缓过来",
            ],
            _patient(120, "female", (), pregnant=None),
            id="mix-zh-E22",
        ),  # NICE NG9 bronchiolitis / NG143: apnoea with cyanosis -> emergency
        pytest.param(
            [
                "我堂客昨天在屋里生的，生得蛮顺",
                "今天下面血流个不停，一会儿就湿透一片卫生巾，人头晕，脸色发白",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="mix-zh-E26",
        ),  # WHO PPH 2012; RCOG GTG52: secondary PPH with haemodynamic symptoms
        pytest.param(
            ["pregnant 32 weeks, 昨天开始宝宝动得少", "今天一整天都 no movement, 一点都没动"],
            _patient(10950, "female", (), pregnant=True),
            id="mix-mix-E29",
        ),  # RCOG GTG57: absent fetal movements -> immediate assessment
        pytest.param(
            [
                "产后两个星期，我媳妇这几天都不睡觉",
                "说话颠三倒四，说孩子是魔鬼变的，要把孩子处理掉",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="mix-zh-E33",
        ),  # NICE CG192: postpartum psychosis with risk to infant -> same-hour secondary care
        pytest.param(
            ["老公刚才把自己关在屋里，不开门", "我从门缝看到他往房梁上挂绳子"],
            _patient(16425, "male", (), pregnant=None),
            id="mix-zh-E44",
        ),  # WHO mhGAP SUI: act in progress
        pytest.param(
            ["孩子 12 岁, 用刀片 cut wrist, 伤口很深, bleeding 止不住"],
            _patient(4380, "female", (), pregnant=None),
            id="mix-mix-E46",
        ),  # NICE NG225 self-harm with uncontrolled bleeding
        pytest.param(
            ["我表弟刚才溜了冰", "现在说胸口痛，浑身发烫，乱跑乱叫，谁都不认识"],
            _patient(8030, "male", (), pregnant=None),
            id="mix-zh-E47",
        ),  # WHO mhGAP SUB: stimulant (methamphetamine, slang 溜冰) toxicity with chest pain, hyperthermia, delirium
        pytest.param(
            [
                "postnatal 3/52, partner reports she said she's going to jump from the roof with the baby tonight"
            ],
            _patient(10220, "female", (), pregnant=False),
            id="mix-en-E48",
        ),  # NICE CG192; mhGAP: suicidal plan + infanticide risk
        pytest.param(
            [
                "我哥以前就有精神病，最近自己把药停了",
                "这两天说听到有声音叫他去死，今天拿头往墙上撞",
            ],
            _patient(11680, "male", ("精神分裂症",), pregnant=None),
            id="mix-zh-E50",
        ),  # WHO mhGAP PSY: command hallucinations + active self-injury
    ],
)
def test_missed_emergency_is_found(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            ["邻居老王心梗走了，他吓得不行，他自己没有胸痛胸闷，就想查个血脂血糖"],
            _patient(20075, "male", (), pregnant=None),
            id="zh-N09",
        ),  # 国家基层胸痛/急性冠脉综合征基层诊疗指南(2019); ESC 2023 ACS
        pytest.param(
            ["冬天快到了，家里装了煤炉", "想问问怎么防煤气中毒，烟囱已经装好了"],
            _patient(21900, "male", (), pregnant=None),
            id="zh-N19",
        ),  # 一氧化碳中毒临床治疗指南/急性一氧化碳中毒诊治专家共识
        pytest.param(
            [
                "14yo, asked directly about self-harm and suicidal thoughts: denies both. Stressed about exams, sleeping ok, good support from parents"
            ],
            _patient(5110, "male", (), pregnant=None),
            id="mix-en-N12",
        ),  # NICE NG225 / mhGAP: asked and denied
    ],
)
def test_look_alike_is_not_an_emergency(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is not E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "我老公这个星期几乎没睡觉，话特别多，到处借钱买东西，说自己是皇帝派来的，不打人也不骂人"
            ],
            _patient(12775, "male", (), pregnant=None),
            id="mix-zh-U14",
        ),  # WHO mhGAP PSY (bipolar mania) without violence -> urgent psychiatric
    ],
)
def test_same_day_case_is_urgent(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["吃附子理中丸调理脾胃，没有不舒服"], "herbal_poisoning"),
        (["做透析的，这礼拜按时透了，今天来拿药"], "missed_dialysis"),
        (["邻居发现他中风了，说话不清，右手没劲"], None),
        (["预防中暑要注意什么，今天没有不舒服"], "heat_stroke"),
    ],
)
def test_the_round_five_rules_and_readings_on_look_alikes(texts: list[str], code: str | None):
    assessment = assess(texts, _patient(60 * 365, "male"))
    codes = {flag.code for flag in assessment.red_flags}
    if code is None:  # a neighbour who found the patient: the stroke is the patient's
        assert "stroke_befast" in codes
    else:
        assert code not in codes


@pytest.mark.parametrize("text", ["宝宝2个月，预防接种后发烧38.5", "打了预防针后发烧39度"])
def test_a_fever_after_a_vaccination_is_not_a_prevention_question(text: str) -> None:
    # 预防接种 and 预防针 are vaccinations, not "how to prevent": the fever stays (NICE NG143).
    assessment = assess([text], _patient(60, "male"))
    assert assessment.level is E
    assert "febrile_infant_under_3m" in {flag.code for flag in assessment.red_flags}
