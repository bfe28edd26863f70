"""Emergencies in children and pregnancy that a probe campaign showed were missed: a fit called
抽了/一抽一抽/抽筋, choking, a febrile under-5 with mottled or pale skin, a bulging fontanelle,
petechiae and severe dehydration in everyday words, a child who drank an adult's medicine or a
household product, heavy bleeding after birth or in early pregnancy, a missed period with
pain, foul lochia with fever, preterm labour and waters in plain words, pre-eclampsia named,
umbilical infection and yellow palms. Each has its wordings in both languages, plus negated and
look-alike texts that must not trigger (a leg cramp, 抽血, a globus feeling, 恶露不臭)."""

import pytest

from triage.rules import Level, PatientContext, assess

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE

TODDLER = PatientContext(age_days=2 * 365, sex="male")
PRESCHOOL = PatientContext(age_days=3 * 365, sex="female")
INFANT = PatientContext(age_days=210, sex="male")
NEWBORN = PatientContext(age_days=10, sex="female")
SCHOOL = PatientContext(age_days=9 * 365, sex="male")
WOMAN = PatientContext(age_days=26 * 365, sex="female")
PREGNANT = PatientContext(age_days=28 * 365, sex="female", pregnant=True)
ADULT = PatientContext(age_days=45 * 365, sex="male")


def _result(texts: list[str], patient: PatientContext) -> tuple[Level, set[str]]:
    a = assess(texts, patient)
    return a.level, {f.code for f in a.red_flags}


def _assert(texts: list[str], patient: PatientContext, level: Level, code: str) -> None:
    got, codes = _result(texts, patient)
    assert got is level, (texts, got, codes)
    assert code in codes, (texts, codes)


# --- a fit in colloquial words (WHO IMCI 2014 convulsions; NICE NG133 eclampsia) ------------


@pytest.mark.parametrize(
    "text",
    [
        "孩子发烧39度，刚才抽了一下",
        "娃发烧抽筋了，眼睛往上翻",
        "孩子刚才发烧抽了，大约一分钟，现在好了",
        "高烧40度，刚才手脚一抽一抽的",
        "孩子两眼发直，牙关紧闭",
        "his eyes rolled back and he went stiff",
    ],
)
def test_a_childs_fit_in_everyday_words_is_a_danger_sign(text):
    _assert([text], TODDLER, E, "imci_general_danger_sign")


def test_a_fit_after_birth_is_eclampsia():
    _assert(["产后3天，抽了一次"], WOMAN, E, "eclampsia")


@pytest.mark.parametrize(
    "text, patient",
    [
        ("3岁孩子来抽血复查血常规", PRESCHOOL),
        ("昨天抽了血，今天来看结果", ADULT),
        ("孩子刚才抽了一下鼻子", TODDLER),
        ("孩子晚上睡觉腿抽筋", TODDLER),
        ("孩子踢球的时候腿抽筋了", SCHOOL),
        ("9岁孩子游泳抽筋了", SCHOOL),
        ("孕28周，晚上老是抽筋", PREGNANT),
        ("孕28周，晚上腿又抽筋了", PREGNANT),
        ("眼皮一抽一抽的", ADULT),
        ("肚子一抽一抽地疼", ADULT),
    ],
)
def test_blood_tests_cramps_and_twitches_are_not_fits(text, patient):
    _level, codes = _result([text], patient)
    assert not codes & {"imci_general_danger_sign", "seizure", "eclampsia"}, codes


# --- choking (ERC 2021 / AHA 2020 foreign-body airway obstruction) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "孩子吃果冻噎住了，脸憋红了",
        "孩子吃花生米呛到了，现在咳不出来，脸憋得发紫",
        "toddler choking on a grape, can't breathe, going blue",
        "he choked on a sweet and cannot cough",
    ],
)
def test_choking_with_a_blocked_airway_is_an_emergency(text):
    _assert([text], TODDLER, E, "airway_obstruction")


@pytest.mark.parametrize(
    "text, patient",
    [
        ("孩子玩的时候把一颗小珠子吸进去了，呛咳了一阵，现在还时不时咳", PRESCHOOL),
        ("孩子3岁，吃东西噎着了，现在咳嗽，能说话", PRESCHOOL),
        ("child choked on a peanut, still coughing a lot, can talk", PRESCHOOL),
        ("孩子吃鱼被鱼刺卡了，喉咙疼，能吃东西", SCHOOL),
    ],
)
def test_a_choking_episode_that_settled_needs_same_day_review(text, patient):
    _assert([text], patient, U, "airway_foreign_body")


@pytest.mark.parametrize(
    "text",
    [
        "孩子喝水呛了一下，咳了几声就好了",
        "我有点紧张，喉咙有种被噎住的感觉",
        "I have a choking feeling in my throat when anxious",
    ],
)
def test_a_sip_gone_the_wrong_way_or_a_globus_feeling_is_not_choking(text):
    _level, codes = _result([text], ADULT if "紧张" in text or "anxious" in text else TODDLER)
    assert not codes & {"airway_obstruction", "airway_foreign_body"}, codes


# --- febrile under-5 with a NICE NG143 red feature ------------------------------------------


@pytest.mark.parametrize(
    "text, patient",
    [
        ("孩子发高烧，手脚冰凉，身上发花", TODDLER),
        ("孩子发烧，脸色苍白", TODDLER),
        ("宝宝7个月 发烧 前囟鼓起来了 一直哭", INFANT),
        ("baby has a fever and the soft spot on his head is bulging", INFANT),
        ("2 yo with fever and pin-prick spots on the tummy", TODDLER),
    ],
)
def test_fever_with_a_red_feature_in_an_under_5_is_an_emergency(text, patient):
    _assert([text], patient, E, "febrile_child_red")


@pytest.mark.parametrize(
    "text",
    ["5 yo with fever and tiny purple spots on the legs", "fever and spots that don't fade"],
)
def test_petechiae_in_plain_english_with_fever(text):
    _assert([text], PatientContext(age_days=5 * 365, sex="female"), E, "meningitis")


@pytest.mark.parametrize(
    "text", ["孩子发烧，精神好，能吃能喝", "孩子1岁半，发烧，脸上起了些红点，压一下就褪了，精神好"]
)
def test_fever_without_a_red_feature_is_not_red(text):
    assert "febrile_child_red" not in _result([text], TODDLER)[1]


def test_a_bump_on_the_head_is_not_a_bulging_fontanelle():
    assert "febrile_child_red" not in _result(["孩子发烧，头顶鼓了个包"], TODDLER)[1]


# --- severe dehydration in dialect words (WHO IMCI 2014) ----------------------------------


def test_severe_dehydration_in_dialect_words():
    _assert(
        ["娃娃拉稀，眼窝陷下去了，皮肤捏起来半天才回去，喂水不喝"],
        PatientContext(age_days=365, sex="male"),
        E,
        "child_severe_dehydration",
    )


def test_a_skin_pinch_that_goes_straight_back_is_not_dehydration():
    _level, codes = _result(["孩子拉肚子，皮肤捏起来马上就回去了，精神好"], TODDLER)
    assert not codes & {"child_severe_dehydration", "child_some_dehydration"}


# --- medicines and household products swallowed by a child ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "3岁娃吃了爷爷的降压药，吃了几片不知道",
        "孩子吃了一颗奶奶的降糖药",
        "小孩喝了大人的止咳糖浆，大半瓶",
        "孩子吃了半瓶钙片",
    ],
)
def test_a_child_who_took_an_adults_medicine_is_an_emergency(text):
    _assert([text], PRESCHOOL, E, "child_medicine_ingestion")


@pytest.mark.parametrize(
    "text",
    [
        "孩子把洗衣凝珠咬破了，嘴里都是，一直咳",
        "孩子误吃了消毒液",
        "两岁孩子吞了一块磁铁",
        "toddler swallowed a laundry pod",
    ],
)
def test_corrosives_pods_and_magnets_are_poisoning(text):
    _assert([text], TODDLER, E, "poisoning")


def test_a_mouthful_of_laundry_liquid_needs_same_day_advice():
    _assert(["孩子喝了一口洗衣液"], TODDLER, U, "child_household_ingestion")
    _assert(["孩子喝了一口洗衣液，吐了一次"], TODDLER, E, "child_household_ingestion")


@pytest.mark.parametrize("text", ["孩子吃了妈妈做的饭", "孩子吃了爷爷给的糖"])
def test_eating_what_grandparents_gave_is_not_an_ingestion(text):
    assert _result([text], TODDLER)[0] in (N, S)


# --- bleeding, missed period, sepsis, labour, pre-eclampsia ----------------------------------


def test_heavy_bleeding_after_birth_in_everyday_words():
    _assert(["顺产后10天，突然下面出了一大摊血，头晕"], WOMAN, E, "postpartum_danger_sign")


def test_early_pregnancy_bleeding_heavier_than_a_period_with_dizziness():
    _assert(["孕8周，下面出血比月经还多，头晕"], PREGNANT, E, "ectopic_pregnancy")


@pytest.mark.parametrize(
    "texts",
    [["女，25岁", "下腹痛，月经过了两周没来"], ["大姨妈晚了十来天，肚子有点坠胀，验了两道杠"]],
)
def test_pain_with_a_missed_period_in_everyday_words_is_possible_ectopic(texts):
    _assert(texts, WOMAN, E, "ectopic_pregnancy")


def test_a_period_that_came_is_not_missed():
    assert _result(["月经来了，没有推迟，肚子有点痛"], WOMAN)[1] == set()


@pytest.mark.parametrize(
    "text",
    [
        "产后一周 发烧38度5 恶露发臭 下腹痛",
        "产后第5天 恶露有臭味 发烧",
        "gave birth 5 days ago, fever and smelly vaginal discharge, lower tummy pain",
    ],
)
def test_fever_with_foul_lochia_is_puerperal_sepsis(text):
    _assert([text], WOMAN, E, "maternal_sepsis")


@pytest.mark.parametrize("text", ["产后一周 恶露没有臭味 不发烧", "产后10天，恶露不臭，正常"])
def test_lochia_that_does_not_smell_is_not_foul(text):
    _level, codes = _result([text], WOMAN)
    assert not codes & {"maternal_sepsis", "foul_lochia"}


@pytest.mark.parametrize(
    "text",
    [
        "孕35周 肚子一阵一阵疼 五分钟一次",
        "30 weeks pregnant, period-like cramps coming every 10 minutes",
        "孕32周 下面湿了一大片 不是尿",
    ],
)
def test_preterm_labour_and_waters_in_everyday_words(text):
    _assert([text], PREGNANT, E, "pregnancy_danger_sign")


def test_an_interval_that_is_not_a_pain_is_not_labour():
    _level, codes = _result(["孕12周，每5分钟一次恶心"], PREGNANT)
    assert not codes & {"pregnancy_danger_sign", "ectopic_pregnancy"}


@pytest.mark.parametrize(
    "text",
    [
        "孕34周，上周查出子痫前期",
        "孕33周 妊高症 血压没量",
        "pregnant 34 weeks, diagnosed pre-eclampsia last week",
    ],
)
def test_named_pre_eclampsia_needs_same_day_review(text):
    _assert([text], PREGNANT, U, "pregnancy_hypertension")


def test_named_pre_eclampsia_with_a_symptom_or_eclampsia_is_an_emergency():
    _assert(["孕34周，子痫前期，今天头痛"], PREGNANT, E, "pre_eclampsia")
    _assert(["孕32周，突然子痫发作"], PREGNANT, E, "eclampsia")
    _assert(["孕34周 眼睛看东西模模糊糊 血压145/95"], PREGNANT, E, "pre_eclampsia")


def test_a_screening_result_is_not_pre_eclampsia():
    _level, codes = _result(["孕20周，子痫前期筛查低风险"], PREGNANT)
    assert not codes & {"pregnancy_hypertension", "eclampsia", "pre_eclampsia"}


def test_reduced_fetal_movements_in_everyday_words():
    _assert(["孕36周，宝宝这两天不太动了"], PREGNANT, U, "reduced_fetal_movements")


# --- newborn: umbilical infection, jaundice (WHO IMCI 2014 young infant; NICE CG98) ----------


@pytest.mark.parametrize(
    "text",
    [
        "新生儿10天 脐部红肿 周围皮肤也红了",
        "10 day old baby, red skin around the belly button spreading",
    ],
)
def test_umbilical_redness_spreading_to_the_skin_is_an_emergency(text):
    _assert([text], NEWBORN, E, "umbilical_infection")


@pytest.mark.parametrize("text", ["宝宝3周，肚脐周围红了一圈", "宝宝20天 肚脐有分泌物 有点臭"])
def test_a_red_or_smelly_umbilicus_needs_same_day_review(text):
    _assert([text], NEWBORN, U, "umbilical_infection")


@pytest.mark.parametrize(
    "text", ["宝宝20天，肚脐已经干了，没有红肿", "宝宝20天，肚脐没有分泌物，不红"]
)
def test_a_clean_umbilicus_is_not_infected(text):
    assert "umbilical_infection" not in _result([text], NEWBORN)[1]


def test_yellow_palms_and_a_very_yellow_newborn():
    _assert(["Baby 3 weeks old with yellow skin and yellow palms"], NEWBORN, E, "neonatal_jaundice")
    _assert(["宝宝出生2天，黄得厉害"], PatientContext(2, "male"), U, "neonatal_jaundice")


def test_yellow_mucus_is_not_jaundice():
    assert "neonatal_jaundice" not in _result(["宝宝流鼻涕，鼻涕黄得厉害"], NEWBORN)[1]
