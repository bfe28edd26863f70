# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A third held-out round (2026-12-06: two reviewers, about 200 cases written from the
guidelines without seeing the rules or the tests; one on newborns, children, pregnancy and the
puerperium, one on adults, older people, medicines, poisons and rural hazards). Before these
fixes the rules found 43 of 55 and 41 of 55 emergencies and sent 6 of 25 and 4 of 25 must-not
cases to emergency. Causes: no rules for shock told by the hands and pulse, complicated severe
malnutrition, digoxin or serotonin toxicity, methanol from illicit spirits, electrical injury,
mass stings, acute limb ischaemia, Guillain-Barre syndrome, a potassium far out of range, a
fast irregular pulse, alcohol withdrawal, hyperemesis, a jaundiced baby with pale stools or
mastoiditis; village words and shorthand (吐的都是绿水水, 吸气像公鸡叫, 脉摸不大到, 一分钟六十多下,
肚皮下面往里头吸, 出气又深又快, 手腕割了, 心口下面右边痛, 血一直往外涌, PN day 5, LBP, "FM reduced");
gestation written 24/40 read as an early pregnancy; return precautions written as 如有...立即就诊
or "advised to return if"; a neighbour's or a father's illness; an answer given in the next
message; lochia like a period read as a haemorrhage. The wordings are the reviewers'; the
sources are in each row. Each case fails without its change."""

import pytest

from triage.rules import Level, PatientContext, assess

E, U = Level.EMERGENCY, Level.URGENT


def _patient(age_days: int, sex: str, *, pregnant: bool | None = None) -> PatientContext:
    return PatientContext(age_days=age_days, sex=sex, pregnant=pregnant)


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "八天的奶娃，肚脐眼发红",
                "红的一圈往肚皮上散开了，有一指宽，还有点臭",
                "这两天吃奶也差了",
            ],
            _patient(8, "male", pregnant=None),
            id="kids-E04",
        ),  # WHO IMCI 2014 young infant: umbilical redness extending to skin = PSBI/omphalitis
        pytest.param(
            ["宝宝两个月，这两天吐的都是绿水水，肚子胀得鼓鼓的"],
            _patient(60, "male", pregnant=None),
            id="kids-E12",
        ),  # NICE NG143 / surgical: bilious vomiting in infant = malrotation/volvulus until proven otherwise
        pytest.param(
            ["娃一岁半", "晚上突然喉咙里呼呼响，安安静静坐着也响，吸气像公鸡叫"],
            _patient(548, "male", pregnant=None),
            id="kids-E15",
        ),  # WHO IMCI 2014: stridor in calm child = severe pneumonia/very severe disease
        pytest.param(
            [
                "两岁男娃屙稀两天",
                "一天屙十几次水样便",
                "眼窝深陷，捏起肚皮半天回不去，人软软的不想喝水",
            ],
            _patient(730, "male", pregnant=None),
            id="kids-E16",
        ),  # WHO IMCI 2014: severe dehydration (2 of lethargic, sunken eyes, not able to drink, skin pinch very slow)
        pytest.param(
            ["2y F, both feet pitting oedema, very thin, hair thin and pale, not eating"],
            _patient(730, "female", pregnant=None),
            id="kids-E17",
        ),  # WHO IMCI 2014: oedema of both feet = complicated severe acute malnutrition, urgent referral
        pytest.param(
            ["娃屙稀，手脚冰凉，脉摸不大到，嘴巴干，两个钟头没尿了"],
            _patient(730, "male", pregnant=None),
            id="kids-E29",
        ),  # WHO IMCI / ETAT: cold hands, weak fast pulse = shock
        pytest.param(
            ["娃娃十一个月，发烧三十九度，喘气好快，一分钟六十多下，肚皮下面往里头吸"],
            _patient(330, "female", pregnant=None),
            id="kids-E32",
        ),  # WHO IMCI 2014: chest indrawing in infant (2014 revision treats indrawing alone as pneumonia, but fast RR + indrawing + high fever in infant -> refer); NICE NG143 red: RR>60
        pytest.param(
            [
                "十二岁女娃最近老喝水老尿尿，瘦了好几斤",
                "今天肚子痛，吐了好几次，出气又深又快，嘴里有股烂苹果味",
            ],
            _patient(4380, "female", pregnant=None),
            id="kids-E36",
        ),  # NICE NG18 DKA; 中国儿童青少年糖尿病酮症酸中毒诊治指南
        pytest.param(
            ["14yo girl, 手腕割了好几道，说今晚要去死"],
            _patient(5110, "female", pregnant=None),
            id="kids-E40",
        ),  # NICE NG225: self-harm with active suicidal intent -> immediate
        pytest.param(
            ["孕妇三十八周", "说心口下面右边痛，痛得出不了气", "血压一百五十八/一百零五，有点恶心"],
            _patient(9125, "female", pregnant=True),
            id="kids-E53",
        ),  # NICE NG133: epigastric/RUQ pain with hypertension = severe pre-eclampsia/HELLP
        pytest.param(
            ["生完娃一个钟头", "下面血一直往外涌，垫了三块垫子都湿透了", "人发晕，脸煞白"],
            _patient(9125, "female", pregnant=False),
            id="kids-E55",
        ),  # WHO PPH 2012; 中国产后出血预防与处理指南2014
        pytest.param(
            ["PN day 5, severe headache, BP 170/112, seeing spots"],
            _patient(9125, "female", pregnant=False),
            id="kids-E57",
        ),  # NICE NG133 postnatal pre-eclampsia
        pytest.param(
            [
                "我爸七十三了，心衰好几年了",
                "这两天晚上躺不下去，要坐起来才喘得过气，脚肿到膝盖了",
                "刚才咳出来的痰是粉红色泡沫样的",
            ],
            _patient(26645, "male", pregnant=None),
            id="adults-E01",
        ),  # NICE NG106; 中国心力衰竭诊断和治疗指南2018 / 慢性心力衰竭基层诊疗指南
        pytest.param(
            [
                "CKD stage 4 on spironolactone + ramipril. Today K 7.1, generalised muscle weakness, HR 42, feels faint"
            ],
            _patient(24090, "male", pregnant=None),
            id="adults-E09",
        ),  # UK Kidney Association hyperkalaemia guideline 2020; KDIGO
        pytest.param(
            ["心衰吃地高辛好多年了，这几天恶心吐，吃不下饭，看东西发黄，摸脉搏一分钟才四十几下"],
            _patient(28835, "female", pregnant=None),
            id="adults-E13",
        ),  # ESC HF 2021; 急性中毒诊断与治疗中国专家共识2016 (digoxin)
        pytest.param(
            [
                "52F on sertraline 100 mg, started tramadol for back pain 2 days ago. Now agitated, sweating, T 39.2, tremor, jerking legs, inducible clonus"
            ],
            _patient(18980, "female", pregnant=False),
            id="adults-E15",
        ),  # Hunter serotonin toxicity criteria; Boyer & Shannon NEJM 2005
        pytest.param(
            [
                "两条腿发软三天了，从脚往上走",
                "今天两只手也没劲了，拿不住碗，喘气有点费劲",
                "两个礼拜前拉过几天肚子",
            ],
            _patient(13870, "male", pregnant=None),
            id="adults-E23",
        ),  # 中国吉兰-巴雷综合征诊治指南2019
        pytest.param(
            ["肺癌骨转移的病人，背痛一个多月了", "这两天两条腿突然没劲，走不了路，小便也解不出来"],
            _patient(22995, "male", pregnant=None),
            id="adults-E24",
        ),  # NICE NG234 metastatic spinal cord compression
        pytest.param(
            ["被马蜂（黄蜂）蛰了二十几下，头上脸上都是", "现在头晕想吐，尿的颜色像酱油"],
            _patient(21900, "female", pregnant=None),
            id="adults-E29",
        ),  # 胡蜂蜇伤规范化诊治中国专家共识2018
        pytest.param(
            ["电工检修时被三百八的电打了，当时倒在地上", "手上有个烧焦的口子，现在说心慌"],
            _patient(13140, "male", pregnant=None),
            id="adults-E30",
        ),  # 电击伤 expert consensus / ERC 2021 electrical injury
        pytest.param(
            [
                "前天几个人一起喝了村里小作坊打的散装白酒",
                "今天好几个人都说眼睛看不清，像蒙了一层雾，肚子痛，有个还喘得厉害",
            ],
            _patient(18250, "male", pregnant=None),
            id="adults-E34",
        ),  # 急性甲醇中毒诊治专家共识 / WHO methanol poisoning
        pytest.param(
            ["他这几天都不睡觉，说有人要害他，拿着菜刀在院子里乱挥，谁都不让靠近"],
            _patient(11680, "male", pregnant=None),
            id="adults-E38",
        ),  # WHO mhGAP psychosis; 精神障碍诊疗规范2020
        pytest.param(
            ["老肺结核病人，今天咯血，一口一口的鲜血，已经咯了小半碗"],
            _patient(20805, "male", pregnant=None),
            id="adults-E44",
        ),  # 咯血诊治专家共识2020
        pytest.param(
            [
                "pt on insulin glargine + aspart",
                "出冷汗手抖, BG 2.3, 喂糖水喂不进去, 人已经不太清醒了",
            ],
            _patient(23360, "male", pregnant=None),
            id="adults-E46",
        ),  # ADA Standards of Care 2024 §6 (level 3 hypoglycaemia)
        pytest.param(
            [
                "AF, not anticoagulated. Right leg suddenly cold, pale, very painful, no foot pulses, numb toes, 3 h"
            ],
            _patient(27010, "male", pregnant=None),
            id="adults-E50",
        ),  # ESC 2024 PAD / ESVS acute limb ischaemia 2020
        pytest.param(
            ["老人肚子胀得像鼓，痛，好几天没拉屎也没放屁了，吐出来的东西像粪水"],
            _patient(29565, "male", pregnant=None),
            id="adults-E52",
        ),  # WSES bowel obstruction guidelines 2017
    ],
)
def test_missed_emergency_is_found(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "G2 24/40, occasional painless tightenings, settle with rest, FM normal, no bleeding or leaking"
            ],
            _patient(9125, "female", pregnant=True),
            id="kids-N16",
        ),  # NICE CG62/WHO ANC: Braxton Hicks
        pytest.param(
            ["产后第三天，下面流的血跟来月经差不多，暗红色，没有发烧，肚子不痛"],
            _patient(9125, "female", pregnant=False),
            id="kids-N17",
        ),  # WHO postnatal care 2022: normal lochia
        pytest.param(
            ["孕妇二十六周", "问她有没有头痛眼花、肚子痛、下面出血", "都说没有，就是腰有点酸"],
            _patient(9125, "female", pregnant=True),
            id="kids-N19",
        ),  # WHO ANC 2016: low back pain common
        pytest.param(
            [
                "pt is 39/40 G1, mucus show this morning, irregular mild tightenings, FM good, no leaking"
            ],
            _patient(9125, "female", pregnant=True),
            id="kids-N27",
        ),  # NICE NG235 intrapartum care: latent phase at term, advise when to come in
        pytest.param(
            [
                "宣教记录：孕期如有阴道流血、流水、剧烈头痛、胎动减少，需立即就诊",
                "孕妇今天无不适，孕24周常规产检",
            ],
            _patient(9125, "female", pregnant=True),
            id="kids-N29",
        ),  # 国家基本公卫规范 孕产妇健康管理: health education
        pytest.param(
            [
                "Sore throat 2 days, afebrile, eating and drinking. Advised to return or call 120 if difficulty breathing, drooling, or unable to swallow."
            ],
            _patient(12045, "female", pregnant=False),
            id="adults-N05",
        ),  # NICE NG84 sore throat
        pytest.param(
            [
                "上周 note: 如有黑便、呕血立即拨打120",
                "Today f/u: 胃口好了, 大便黄色, 没有黑便, 不头晕",
            ],
            _patient(20440, "male", pregnant=None),
            id="adults-N25",
        ),  # NICE CG141
        pytest.param(
            ["45M, 父亲五十岁心梗去世, wants lipid check, 没有胸痛, no SOB"],
            _patient(16425, "male", pregnant=None),
            id="adults-N28",
        ),  # 中国成人血脂异常防治指南2023
    ],
)
def test_look_alike_is_not_an_emergency(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is not E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            ["怀孕十周，吐得厉害，一天吐十几次，两天吃不进东西，尿很少颜色深"],
            _patient(9125, "female", pregnant=True),
            id="kids-U01",
        ),  # RCOG GTG69 hyperemesis: ketosis/dehydration -> same-day ambulatory IV fluids
        pytest.param(
            ["30/40, FM reduced since this morning, still feels some kicks"],
            _patient(9125, "female", pregnant=True),
            id="kids-U02",
        ),  # RCOG GTG57: reduced FM -> same-day CTG assessment
        pytest.param(
            ["PN day 10, painful swollen red wedge L breast, T 38.3, feeding ok"],
            _patient(9125, "female", pregnant=False),
            id="kids-U09",
        ),  # NICE CKS mastitis: antibiotics same day
        pytest.param(
            [
                "3yo hot tea spilled on R hand, blisters over palm, ~1% TBSA, crying but otherwise well"
            ],
            _patient(1095, "female", pregnant=None),
            id="kids-U13",
        ),  # NICE CKS burns: partial thickness burn to hand in child -> refer to burns service
        pytest.param(
            ["一岁娃，尿尿的时候哭", "发烧三十八度五，尿有股臭味"],
            _patient(365, "female", pregnant=None),
            id="kids-U14",
        ),  # NICE NG224 UTI under 16: infant >3m with fever -> urine test and antibiotics same day
        pytest.param(
            ["四周大的宝宝还是黄，大便颜色淡，发白像陶土"],
            _patient(28, "male", pregnant=None),
            id="kids-U18",
        ),  # NICE CG98: prolonged jaundice + pale stools -> urgent referral (biliary atresia)
        pytest.param(
            ["老头子七十八岁，前列腺增生，一天多没尿出来了", "小肚子胀得鼓鼓的，很痛，不发烧"],
            _patient(28470, "male", pregnant=None),
            id="adults-U01",
        ),  # NICE CKS acute urinary retention; EAU
        pytest.param(
            ["小腿上红肿热痛一大片，两天了，比昨天大，不发烧，精神还好"],
            _patient(22265, "female", pregnant=None),
            id="adults-U05",
        ),  # NICE NG141 cellulitis
        pytest.param(
            ["新发心慌 2 days, 脉搏不齐 HR 116, BP 132/80, 没有胸痛气短, no syncope"],
            _patient(23725, "female", pregnant=None),
            id="adults-U09",
        ),  # ESC 2020/2024 AF
        pytest.param(
            [
                "Stopped drinking yesterday. Shaky hands, anxious, sweating, HR 104, no hallucinations, no previous fits"
            ],
            _patient(18250, "male", pregnant=None),
            id="adults-U15",
        ),  # NICE CG100 alcohol withdrawal
        pytest.param(
            ["Routine bloods: K 6.2, CKD 3b, no symptoms, HR 78 regular"],
            _patient(25550, "male", pregnant=None),
            id="adults-U17",
        ),  # UK Kidney Association hyperkalaemia 2020
        pytest.param(
            ["腰部一阵一阵绞痛，痛到小肚子，尿有点红", "没有发烧，能喝水"],
            _patient(14235, "male", pregnant=None),
            id="adults-U19",
        ),  # NICE NG118 renal colic
    ],
)
def test_same_day_case_is_urgent(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient", "code"),
    [
        (
            ["心衰吃地高辛，今天来复查，没有恶心，脉搏72"],
            _patient(28000, "female"),
            "digoxin_toxicity",
        ),
        (
            ["喝了散装白酒，有点头晕，想睡觉前来量血压"],
            _patient(20000, "male"),
            "possible_methanol_poisoning",
        ),
        (["Routine bloods: K 5.2, CKD 3b, well"], _patient(25000, "male"), "hyperkalaemia"),
        (
            ["stopped drinking last week, feels fine, no tremor, no sweating"],
            _patient(18000, "male"),
            "alcohol_withdrawal",
        ),
        (
            ["both feet swollen by evening, BP 150/90"],
            _patient(25000, "female"),
            "complicated_severe_malnutrition",
        ),
        (["脉搏不齐，HR 80，没有不舒服"], _patient(25000, "female"), "fast_irregular_pulse"),
        (["被蜜蜂蛰了一下手背，有点肿"], _patient(13000, "female"), "mass_stings"),
        (
            ["on sertraline, feels anxious and shaky before exams"],
            _patient(8000, "female"),
            "serotonin_toxicity",
        ),
        (["两条腿发软，从脚往上走，两只手也没劲"], _patient(14000, "male"), None),
    ],
)
def test_the_new_rules_do_not_fire_on_look_alikes(
    texts: list[str], patient: PatientContext, code: str | None
) -> None:
    assessment = assess(texts, patient)
    codes = {flag.code for flag in assessment.red_flags}
    if code is None:  # Guillain-Barre without breathing or swallowing trouble: same day
        assert assessment.level is U
        assert "possible_guillain_barre" in codes
    else:
        assert code not in codes
