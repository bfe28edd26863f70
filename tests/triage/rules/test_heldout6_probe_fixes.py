# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixth held-out round (2026-12-06, at commit 0a1eea6: two reviewers, 200 cases from the
guidelines without seeing the rules, the tests or the earlier rounds; one on adults and older
people in Chinese village wording, one on children, pregnancy, trauma, poisoning and mental
health in English clinic shorthand and mixed Chinese-English). Before these fixes the rules
found 38 of 50 and 40 of 50 emergencies and sent 3 of 25 and 3 of 25 must-not cases to
emergency. The cases below are those it missed and the fixes now pass; each fails without
them. Causes: a pulse counted by staff (数脉搏一分钟一百八十多, 数了一分钟 36 下); village words
(突然倒了, 筷子掉了, 嘴巴有点歪, 讲话含含糊糊, 疼得要命, 屙了三回血, 后脑壳磕到地上, 有点想睡, 山上采的菌子,
捏着也止不住, 中过风); English shorthand ("stool with blood and mucus", "vomiting dark green bile",
"a short febrile fit", "R arm and face twitching", "swelling R side of head", "前囟 feels full",
"found with empty ... bottle", "maybe 10 tabs", "took ~20 of her mum's amitriptyline", "wanted
to die", "possessed by a demon", "carrying a kitchen knife", "d+v", "血 in stool", "LMP 8/52");
no rules for bleeding on an anticoagulant, a bulging fontanelle without fever, a bruise on a
baby not yet mobile, or SJS told by the culprit drug; and look-alikes read as emergencies: a
stroke's old deficit, stable angina unchanged for years, black stool on iron, Braxton Hicks
tightenings, a battery later found, a teething baby's drooling."""

import pytest

from triage.rules import Level, PatientContext, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "心慌得很，一下子开始的，数脉搏一分钟一百八十多，头晕眼花，要人扶着才站得住",
            ],
            _patient(20544, "male", (), pregnant=None),
            id="a-E07",
        ),  # ESC 2019 室上性心动过速指南，血流动力学不稳定的快速心律失常需紧急处理
        pytest.param(
            [
                "刚才在院坝里突然倒了，几秒钟自己醒过来的",
                "倒之前说心慌，前年心梗过，没有抽",
            ],
            _patient(24139, "male", ("冠心病",), pregnant=None),
            id="a-E08",
        ),  # ESC 2018 晕厥诊治指南，高危特征（晕厥前心悸、已知严重结构性/冠状动脉心脏病）需急诊处理
        pytest.param(
            [
                "他屋里人说吃饭的时候筷子掉了两回，讲话含含糊糊的，嘴巴有点歪，大概一个钟头前开始的",
            ],
            _patient(22430, "male", ("高血压",), pregnant=None),
            id="a-E09",
        ),  # 中华医学会神经病学分会《中国急性缺血性脑卒中诊治指南2018》及"中风120"识别，发病时间窗内立即转诊
        pytest.param(
            [
                "房颤的老太说肚子疼得要命，在床上打滚，可摸她肚子是软的，不怎么压痛",
            ],
            _patient(29319, "female", ("心房颤动", "高血压"), pregnant=False),
            id="a-E25",
        ),  # ESVS 2017 急性肠系膜缺血指南，房颤患者腹痛与体征不符
        pytest.param(
            [
                "吃别嘌醇快三个礼拜了，这两天全身起红疹子，中间起水泡，嘴巴里烂了，眼睛也红",
            ],
            _patient(21779, "male", ("痛风", "高血压"), pregnant=None),
            id="a-E26",
        ),  # 中华医学会内分泌学分会《中国高尿酸血症与痛风诊疗指南》2019 别嘌醇超敏反应；British Association of Dermatologists SJS/TEN guideline 2016
        pytest.param(
            [
                "吃了几天复方新诺明，嘴里面全是溃疡吃不下东西，嘴唇起血痂，手心脚心有水泡",
            ],
            _patient(16451, "female", (), pregnant=False),
            id="a-E28",
        ),  # BAD SJS/TEN guideline 2016；《中华人民共和国药典临床用药须知》磺胺类药物严重皮肤反应
        pytest.param(
            [
                "吃华法林的，今天屙了三回血，鲜红的一坨一坨，头晕，BP 96/60",
            ],
            _patient(26843, "male", ("心房颤动",), pregnant=None),
            id="a-E31",
        ),  # 华法林抗凝治疗的中国专家共识 2013，严重出血处理
        pytest.param(
            [
                "八十多的奶奶在屋头摔了一跤，后脑壳磕到地上",
                "她吃利伐沙班的",
                "现在有点想睡，吐了一回",
            ],
            _patient(30701, "female", ("心房颤动", "高血压"), pregnant=False),
            id="a-E32",
        ),  # NICE NG232 Head injury 2023，抗凝治疗、伤后呕吐：需紧急CT
        pytest.param(
            [
                "一家人昨晚吃了山上采的菌子",
                "今天早上开始上吐下泻，屙水一样，离吃的时候十来个钟头了，老汉现在没力气",
            ],
            _patient(22045, "male", (), pregnant=None),
            id="a-E35",
        ),  # 中国医师协会急诊医师分会《中国蘑菇中毒诊治临床专家共识》2019，潜伏期>6小时提示致死性肝损害型
        pytest.param(
            [
                "流鼻血一个多钟头了，捏着也止不住，塞了纱条还往嘴里流，吃华法林的，BP 176/98",
            ],
            _patient(28819, "male", ("心房颤动", "高血压"), pregnant=None),
            id="a-E39",
        ),  # NICE CKS Epistaxis 2019，压迫后仍出血、抗凝治疗：急诊转诊
        pytest.param(
            [
                "老太太脉搏慢，数了一分钟 36 下，头晕，今天晕过去一回",
            ],
            _patient(28639, "female", ("高血压",), pregnant=False),
            id="a-E50",
        ),  # ESC 2021 心脏起搏与再同步治疗指南，症状性高度房室传导阻滞/严重心动过缓
        pytest.param(
            [
                "11/12 boy episodic screaming, drawing legs up q15-20min since last night, pale and quiet between episodes, vomited x3",
                "just passed stool with blood and mucus like 红果酱",
            ],
            _patient(330, "male", (), pregnant=None),
            id="b-E11",
        ),  # WHO Pocket Book of Hospital Care for Children, 2nd ed 2013, ch 9 common surgical problems: intussusception
        pytest.param(
            [
                "NB day 3 girl, vomiting dark green bile after every feed since this am, tummy looking bloated",
            ],
            _patient(3, "female", (), pregnant=None),
            id="b-E12",
        ),  # WHO Pocket Book of Hospital Care for Children, 2nd ed 2013, ch 3 newborn and ch 9 surgical problems: bowel obstruction (bile-stained vomiting)
        pytest.param(
            [
                "14mo boy, fever 2/7, had a short febrile fit this am ~2 min, fully recovered after",
                "now another fit in clinic, only R arm and face twitching, still going",
            ],
            _patient(425, "male", (), pregnant=None),
            id="b-E16",
        ),  # NICE NG143 Fever in under 5s, 2019 (updated 2021), traffic-light table: red - focal seizures; NICE CKS Febrile seizure, 2023
        pytest.param(
            [
                "8mo girl, mum says fell off bed this morning, not sure how high. large boggy swelling R side of head ~6cm, baby quieter than usual",
            ],
            _patient(245, "female", (), pregnant=None),
            id="b-E18",
        ),  # NICE NG232 Head injury: assessment and early management, 2023, 1.4 (<1 year: swelling >5 cm on head); NICE CG89 Child maltreatment, 2009 (updated 2017)
        pytest.param(
            [
                "2/12 baby boy, small bruise on L cheek and L ear, parents not sure how it happened",
                "today vomiting x3, crying high-pitched, 前囟 feels full and tense",
            ],
            _patient(65, "male", (), pregnant=None),
            id="b-E19",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), 1.2 bruising in a non-mobile child; NICE NG232 Head injury: assessment and early management, 2023
        pytest.param(
            [
                "2yo F found with empty paracetamol syrup bottle (120mg/5ml, 100ml) - mum says it was nearly full this morning. wt 12kg. no sx yet",
            ],
            _patient(740, "female", (), pregnant=None),
            id="b-E24",
        ),  # WHO Pocket Book of Hospital Care for Children, 2nd ed 2013, 1.10 poisoning: paracetamol
        pytest.param(
            [
                "3岁 ate mum's 铁片 (ferrous sulfate, ~65mg elemental iron each), maybe 10 tabs ~1h ago, wt 14kg",
                "now 呕吐 x3 and diarrhoea, one vomit looked blood-tinged",
            ],
            _patient(1120, "male", (), pregnant=None),
            id="b-E25",
        ),  # WHO Pocket Book of Hospital Care for Children, 2nd ed 2013, 1.10 poisoning: iron
        pytest.param(
            [
                "16yo F brought by friend, seems low, not talking much",
                "friend says she took ~20 of her mum's amitriptyline about 1h ago, said she wanted to die. HR 128",
            ],
            _patient(5900, "female", (), pregnant=False),
            id="b-E27",
        ),  # NICE NG225 Self-harm: assessment, management and preventing recurrence, 2022; WHO mhGAP Intervention Guide 2.0, 2016, SUI module: medically serious act of self-harm
        pytest.param(
            [
                "产后 10 days mum, 家人说 she hasn't slept for 3 nights, talking very fast",
                "says the baby is possessed by a demon and won't let anyone touch him",
            ],
            _patient(9125, "female", (), pregnant=False),
            id="b-E40",
        ),  # NICE CG192 Antenatal and postnatal mental health, 2014 (updated 2020), postpartum psychosis; WHO mhGAP Intervention Guide 2.0, 2016, PSY module
        pytest.param(
            [
                "19岁 男, 家人说 hearing voices telling him to kill his father, very agitated, carrying a kitchen knife, not slept 4 days",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="b-E42",
        ),  # WHO mhGAP Intervention Guide 2.0, 2016, PSY module: psychosis with risk of harm to others
    ],
)
def test_emergency_is_found(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "五年前中过风，左手还有点不灵活，老样子，来拿阿司匹林和阿托伐他汀，BP 132/80",
            ],
            _patient(26668, "male", ("脑卒中后遗症", "高血压"), pregnant=None),
            id="a-N05",
        ),  # 中华医学会神经病学分会《中国缺血性卒中和短暂性脑缺血发作二级预防指南》2022
        pytest.param(
            [
                "冠心病老病号，爬到三楼才会胸口闷，歇两三分钟就好，这几年一直这样，次数没变多，来开单硝酸异山梨酯",
            ],
            _patient(25382, "male", ("冠心病",), pregnant=None),
            id="a-N06",
        ),  # 中华医学会全科医学分会《稳定性冠心病基层诊疗指南》2020，稳定型心绞痛的长期管理
        pytest.param(
            [
                "大便黑了",
                "她在吃硫酸亚铁，大便成形的，不是稀的柏油样，没头晕，心率 78",
            ],
            _patient(17702, "female", ("缺铁性贫血",), pregnant=False),
            id="a-N12",
        ),  # 《中华人民共和国药典临床用药须知》硫酸亚铁：服药期间大便可呈黑色
        pytest.param(
            [
                "36周 孕妇 c/o tightenings on and off since yesterday",
                "irregular, not painful, settle when she rests, baby moving normally, no bleeding no leaking, BP 112/70",
            ],
            _patient(10950, "female", (), pregnant=True),
            id="b-N03",
        ),  # NICE NG201 Antenatal care, 2021
        pytest.param(
            [
                "2岁 maybe swallowed a 纽扣电池 from a toy?",
                "found the battery under the sofa, toy only takes one and it's accounted for, child well, eating, no drooling",
            ],
            _patient(730, "male", (), pregnant=None),
            id="b-N12",
        ),  # National Capital Poison Center Button Battery Ingestion Triage and Treatment Guideline, 2018
        pytest.param(
            [
                "8mo drooling, chewing everything, gums swollen, T 37.6, feeding fine, sleeping a bit worse",
            ],
            _patient(245, "male", (), pregnant=None),
            id="b-N14",
        ),  # NICE CKS Teething, 2021
    ],
)
def test_look_alike_is_not_an_emergency(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is not E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "LMP 8/52 ago, UPT +, light spotting since this morning, no pain at all",
                "BP 118/72 HR 78, not dizzy, only 1 pad the whole morning",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="b-U02",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, 2019 (updated 2023), 1.2-1.3 bleeding in early pregnancy without pain, refer to early pregnancy assessment service
        pytest.param(
            [
                "2岁 d+v 2 days, 烦躁, eyes 凹陷, 很想喝水 drinks eagerly, skin pinch goes back slowly ~1s, alert, no blood in stool",
            ],
            _patient(730, "female", (), pregnant=None),
            id="b-U06",
        ),  # WHO IMCI Chart Booklet 2014, diarrhoea: some dehydration (Plan B)
        pytest.param(
            [
                "3岁 diarrhoea with 血 in stool x2 days, T 38.0, drinking well, eyes not sunken, 精神还好",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="b-U24",
        ),  # WHO IMCI Chart Booklet 2014, diarrhoea: dysentery
    ],
)
def test_same_day_case_is_urgent(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is U


# --- same day: the round's urgent cases graded routine, and the rules added for them --------
# (sudden hearing loss, an asthma attack, fever with cough and pleuritic pain, a hot joint with
# fever, a tetanus-prone wound, an abscess to drain, a feverish child's limp, one swollen calf,
# spreading redness past the line drawn round it, a fragment that flew into one eye)


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "咳嗽发烧三天，T 38.6，咳黄痰，右边胸口咳的时候扯着疼，呼吸 20，SpO2 96，BP 125/80，人清醒吃得下",
            ],
            _patient(14985, "male", (), pregnant=None),
            id="a-U01",
        ),  # 中华医学会全科医学分会《社区获得性肺炎基层诊疗指南》2018，CURB-65 0分门诊治疗
        pytest.param(
            [
                "小腿红肿发烫，昨天用笔画了圈，今天红的边超出圈好几指了，T 37.9，人精神还好",
            ],
            _patient(23110, "male", ("糖尿病",), pregnant=None),
            id="a-U02",
        ),  # NICE NG141 Cellulitis and erysipelas 2019
        pytest.param(
            [
                "痛风又犯了，右脚大拇指红肿，被子碰到都疼",
                "这回还发烧 T 38.2，以前犯的时候没烧过",
            ],
            _patient(20484, "male", ("痛风",), pregnant=None),
            id="a-U04",
        ),  # 中华医学会全科医学分会《痛风及高尿酸血症基层诊疗指南》2019；需当日排除化脓性关节炎
        pytest.param(
            [
                "挖地的时候锄头把脚背划了个口子，口子里有泥巴",
                "记不得打没打过破伤风针，现在不怎么流血了",
            ],
            _patient(19153, "male", (), pregnant=None),
            id="a-U07",
        ),  # 国家卫健委《外伤后破伤风疫苗和被动免疫制剂使用指南(2019年版)》，破伤风易感伤口
        pytest.param(
            [
                "打磨铁件的时候有东西飞进右眼，磨得疼流眼泪，看东西还清楚",
            ],
            _patient(14179, "male", (), pregnant=None),
            id="a-U15",
        ),  # NICE CKS Corneal superficial injury 2022，角膜异物当日处理
        pytest.param(
            [
                "哮喘的姑娘今天犯了，喷沙丁胺醇两回好些了，能说完整的话，SpO2 95，心率 100",
            ],
            _patient(10327, "female", ("支气管哮喘",), pregnant=False),
            id="a-U19",
        ),  # 中华医学会全科医学分会《支气管哮喘基层诊疗指南》2018；GINA 2024 轻中度急性发作
        pytest.param(
            [
                "屁股上长了个疮，红肿有鸡蛋大，中间有脓头，疼，T 37.6",
            ],
            _patient(16941, "male", (), pregnant=None),
            id="a-U20",
        ),  # NICE CKS Boils, carbuncles, and staphylococcal carriage 2023，脓肿需切开引流
        pytest.param(
            [
                "左边耳朵昨天早上突然听不见了，耳朵里闷闷的，没感冒没流脓",
            ],
            _patient(17246, "male", (), pregnant=None),
            id="a-U22",
        ),  # NICE NG98 Hearing loss in adults 2018，突发性耳聋24小时内转诊；中华医学会耳鼻咽喉头颈外科分会《突发性聋诊断和治疗指南》2015
        pytest.param(
            [
                "左边小腿肿两天了，比右边粗，捏着疼",
                "不喘，没胸口疼，前几天坐了一天一夜的车",
            ],
            _patient(21879, "female", (), pregnant=False),
            id="a-U23",
        ),  # NICE NG158 Venous thromboembolic diseases 2020，疑似DVT当日评估
        pytest.param(
            [
                "6yo limping since yesterday, not keen to put wt on R leg, T 38.4, no injury per mum",
                "otherwise alert, drinking, can move hip a bit but cries at the extremes",
            ],
            _patient(2200, "male", (), pregnant=None),
            id="b-U01",
        ),  # NICE CKS Acute childhood limp, 2022 (fever with limp: same-day assessment)
    ],
)
def test_same_day_presentation_is_urgent(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["耳朵闷，听不太清，感冒一个星期了"], "sudden_hearing_loss"),
        (["感冒咳嗽一天，发烧38.2，不胸痛"], "possible_pneumonia"),
        (["切菜时手指划了个小口子，已经不流血了"], "tetanus_prone_wound"),
        (["脸上长了个小疖子，不发烧"], "abscess_to_drain"),
        (["膝盖红肿，不发烧，打球扭的"], "hot_joint_with_fever"),
    ],
)
def test_same_day_rules_keep_to_their_signs(texts, code):
    assert code not in _codes(texts)


def test_a_limp_after_a_fall_is_the_injury_rules():
    child = PatientContext(age_days=6 * 365, sex="male")
    assert "febrile_limp" not in _codes(["6岁，从树上摔下来后走路一瘸一拐，发烧38.5"], child)


# --- guards: the new readings and rules do not hide a real sign -----------------------------

ADULT = PatientContext(age_days=50 * 365, sex="male")
OLD = PatientContext(age_days=75 * 365, sex="female")


def _level(texts: list[str], patient: PatientContext | None = None) -> Level:
    return assess(texts, patient or ADULT).level


def _codes(texts: list[str], patient: PatientContext | None = None) -> set[str]:
    return {f.code for f in assess(texts, patient or ADULT).red_flags}


def test_no_blisters_does_not_take_back_a_rash():
    # "没起水泡" denies blisters, not the rash told in the message before (a-U21).
    facts = assess(
        ["吃了三天阿莫西林，身上起些红疹子，痒", "嘴里眼睛都没事，没起水泡"], ADULT
    ).facts
    assert facts.status("rash") == "present"


@pytest.mark.parametrize(
    "texts",
    [
        ["冠心病，这两天走路就胸闷，歇一会就好"],  # began days ago: new angina
        ["冠心病十年，一直这样，歇一会就好，今天胸口闷还出冷汗"],  # sweating
        ["冠心病，爬楼胸闷，歇几分钟就好，老样子，但是这几天越来越频繁"],  # worsening
    ],
)
def test_angina_that_changed_is_still_acs(texts):
    assert _level(texts, OLD) is E


@pytest.mark.parametrize(
    "texts",
    [
        ["以前中过风，左手一直不灵活，老样子，今天早上又说话不清了"],
        ["五年前中过风，老样子，刚才突然右手没力了"],
    ],
)
def test_a_new_deficit_after_an_old_stroke_is_a_stroke(texts):
    assert _level(texts, OLD) is E


def test_black_stool_on_iron_with_dizziness_is_a_bleed():
    assert _level(["吃硫酸亚铁，大便黑，头晕眼花"], OLD) is E


def test_bleeding_on_an_anticoagulant():
    assert _level(["吃华法林的，这几天刷牙牙龈出血"], OLD) is U
    assert "anticoagulant_bleeding" in _codes(["吃华法林的，这几天刷牙牙龈出血"], OLD)
    # a bruise where a fall struck is not spontaneous bleeding
    assert not _codes(["on warfarin, tripped and fell, small bruise on knee"], OLD) & {
        "anticoagulant_bleeding",
        "anticoagulant_major_bleeding",
    }


def test_a_swallowed_battery_stays_swallowed():
    # Only a suspicion is taken back by "found the battery"; a swallowing told as fact is not.
    child = PatientContext(age_days=2 * 365, sex="male")
    assert (
        _level(["2yo swallowed a button battery 20 min ago", "found the battery packet"], child)
        is E
    )
    assert _level(["孩子吞了一颗纽扣电池", "电池找到了包装"], child) is E


def test_drooling_with_a_sore_throat_is_still_quinsy():
    assert _level(["sore throat 3 days, drooling, can't open mouth properly, T 39"]) is E


@pytest.mark.parametrize(
    "texts",
    [
        ["孕34周，肚子一阵一阵发紧，5分钟一次，很规律"],
        ["33 weeks, tightenings irregular but now some bleeding"],
        ["孕34周，一开始发紧不规律，现在五分钟一次"],
    ],
)
def test_preterm_labour_is_still_an_emergency(texts):
    assert _level(texts, PatientContext(age_days=28 * 365, sex="female", pregnant=True)) is E


def test_bulging_fontanelle_and_bruised_baby():
    baby = PatientContext(age_days=120, sex="female")
    assert _level(["4 month old, vomiting x2, fontanelle bulging, no fever"], baby) is E
    assert _level(["宝宝4个月，脸上有块淤青，家长说不清怎么弄的，吃奶好"], baby) is U


def test_breathless_like_this_for_two_days_is_not_a_copd_baseline():
    # "一直这样" alone says how long, not that it is usual: two days of it is an exacerbation.
    copd = PatientContext(age_days=70 * 365, sex="male", chronic_conditions=("慢阻肺",))
    assert "q_baseline" not in dict(
        assess(["慢阻肺，这两天一直这样喘，走几步就喘"], copd).facts.findings
    )


def test_no_stroke_ever_is_not_an_old_stroke():
    # "从没中过风" is not a past stroke: a weak arm told as unchanged is still a stroke sign.
    assert _level(["从没中过风，左手没力，老样子"], OLD) is E


def test_a_father_who_had_a_stroke_is_family_history():
    assert _level(["他爸爸中过风，他自己头晕两天"]) is not E


@pytest.mark.parametrize(
    ("text", "hr"),
    [
        ("数脉搏一分钟一百八十多，心慌", 180),
        ("脉搏慢，数了一分钟 36 下", 36),
        ("摸脉一分钟有 52 次", 52),
    ],
)
def test_a_pulse_staff_counted(text, hr):
    assert assess([text], ADULT).facts.vitals.hr == hr


@pytest.mark.parametrize("text", ["脉搏正常，输液每分钟40滴", "静脉滴注，每分钟40滴"])
def test_a_drip_rate_is_not_a_pulse(text):
    assert assess([text], ADULT).facts.vitals.hr is None


@pytest.mark.parametrize(
    ("text", "weeks"),
    [("LMP 8/52 ago, UPT +", 8), ("停经7周，少量出血", 7), ("36周孕妇，发紧", 36)],
)
def test_weeks_since_the_last_period(text, weeks):
    pregnant = PatientContext(age_days=28 * 365, sex="female", pregnant=True)
    assert assess([text], pregnant).facts.gestation_weeks == weeks
