"""Surgical, trauma, eye, skin, bite and behavioural emergencies that a probe campaign found
missed: words between the parts of a fixed form (疝气鼓出来回不去, 吐的是鲜红的血, "vomited a
cup of bright red blood"), everyday and dialect names (长虫, 烙铁头, 小肠气, 卵蛋子, 撒不出尿,
屁也不放), obstruction without the word 痛, counted vomits and a brief loss of consciousness
after a head injury, and rules that did not exist (SJS/TEN, necrotising infection, tetanus,
threatened violence, persistent nosebleed, spinal injury, renal colic with fever, retinal
detachment, angle-closure glaucoma without vision words). Each has wordings in both languages,
plus negated and look-alike texts that must not trigger."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts
from triage.rules.demographics import parse_age_days

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE

CHILD = PatientContext(age_days=6 * 365, sex="male")
TEEN = PatientContext(age_days=14 * 365, sex="male")
ADULT = PatientContext(age_days=45 * 365, sex="male")
WOMAN = PatientContext(age_days=40 * 365, sex="female")
OLDER = PatientContext(age_days=70 * 365, sex="male")


def _codes(texts: list[str], patient: PatientContext | None = None) -> set[str]:
    return {f.code for f in assess(texts, patient).red_flags}


def _assert_level(texts: list[str], patient: PatientContext, level: Level, code: str) -> None:
    a = assess(texts, patient)
    assert a.level is level, (a.level, [f.code for f in a.red_flags])
    assert code in {f.code for f in a.red_flags}


# --- bleeding that pressure does not stop (NICE NG39 §1.2; WHO BEC 2018) ------------------


@pytest.mark.parametrize(
    "text",
    [
        "切菜时割到手腕，血一直往外冒，按了好几分钟还在冒",
        "镰刀砍到大腿了，血喷出来",
        "摔了一跤，流了好多血",
        "deep cut from a chainsaw, blood pouring out",
        "cut his leg on a sheet of metal, blood gushing",
    ],
)
def test_uncontrolled_bleeding_is_an_emergency(text):
    _assert_level([text], ADULT, E, "major_haemorrhage")


@pytest.mark.parametrize("text", ["擦破皮了，按了一下就不流了", "出了一点血", "按摩了一下还流眼泪"])
def test_minor_bleeding_is_not_a_haemorrhage(text):
    assert "major_haemorrhage" not in _codes([text], ADULT)


# --- GI bleeding and obstruction (NICE CG141; BSG 2019; WSES 2017) --------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["喝酒后吐了几次", "后来吐的是鲜红的血"],
        ["今天早上大便是黑色的"],
        ["胃痛几天了，拉的屎是黑乎乎的"],
        ["Vomited a cup of bright red blood an hour ago"],
        ["Passing black sticky poo since yesterday"],
    ],
)
def test_upper_gi_bleed_in_other_words(texts):
    _assert_level(texts, ADULT, E, "gi_bleed")


def test_heavy_rectal_bleeding_with_a_fast_pulse():
    _assert_level(["拉了好多血，马桶里一滩血，头晕，心跳120"], OLDER, E, "gi_bleed")


@pytest.mark.parametrize(
    "text",
    ["吐了，没有血", "吐的东西没有血", "大便不是黑色的，是黄的", "鼻屎是黑的", "拉肚子没有血"],
)
def test_no_bleed_said_is_not_a_bleed(text):
    assert "gi_bleed" not in _codes([text], ADULT)


@pytest.mark.parametrize(
    "text",
    [
        "肚子胀，不排气不排便，吐了三次",
        "两天没解大便，屁也不放，吐了黄水",
        "belly swollen, no bowel movement or wind for 3 days, vomiting green stuff",
    ],
)
def test_obstruction_without_the_word_pain(text):
    _assert_level([text], OLDER, E, "acute_abdomen")


def test_bloating_with_wind_is_not_obstruction():
    assert assess(["肚子胀，排气正常，没吐"], ADULT).level < U


@pytest.mark.parametrize(
    "text",
    [
        "肚子痛得厉害，腹部像木板一样硬",
        "大腿根那个疝气鼓出来回不去了，很痛",
        "小肠气掉下来推不上去了",
    ],
)
def test_peritonism_and_incarcerated_hernia_in_everyday_words(text):
    assert assess([text], ADULT).level is E


def test_reducible_hernia_is_not_incarcerated():
    assert "incarcerated_hernia" not in _codes(["疝气能推回去，不痛"], OLDER)


def test_right_lower_pain_for_months_is_routine():
    assert assess(["右下腹隐隐作痛好几个月了，大便正常，不发烧"], WOMAN).level is N


# --- urology (NICE CKS scrotal pain 2022, renal colic 2024, LUTS) --------------------------


@pytest.mark.parametrize(
    "text",
    ["下面卵蛋子疼了两个钟头", "sudden pain in his left ball and groin"],
)
def test_testicular_pain_in_everyday_words(text):
    _assert_level([text], TEEN, E, "testicular_torsion")


def test_testicular_pain_still_read_once_the_bare_word_is_not():
    _assert_level(["睡觉时突然左边蛋蛋剧痛"], TEEN, E, "testicular_torsion")


@pytest.mark.parametrize("text", ["蛋蛋上长了几个小疙瘩，痒，不痛", "pain in the ball of his foot"])
def test_testis_named_without_pain_is_not_torsion(text):
    assert "testicular_torsion" not in _codes([text], TEEN)


@pytest.mark.parametrize(
    "text",
    [
        "腰部绞痛一阵一阵的，往大腿根窜，发烧39度，发冷",
        "Kidney stone pain, rolling around in agony, fever 39 and shivering",
    ],
)
def test_renal_colic_with_fever_is_an_emergency(text):
    _assert_level([text], ADULT, E, "obstructed_infected_kidney")


@pytest.mark.parametrize(
    "text", ["肾结石病史，今天左边腰疼得打滚，尿里有血", "renal colic since this morning, no fever"]
)
def test_renal_colic_without_fever_is_urgent(text):
    _assert_level([text], ADULT, U, "renal_colic")


def test_back_pain_with_a_trace_of_blood_is_not_colic():
    assert "renal_colic" not in _codes(["腰疼，尿里有点血"], ADULT)


def test_urinary_retention_with_everyday_verbs():
    _assert_level(["前列腺增生，一整天撒不出尿，小肚子胀"], OLDER, U, "urinary_retention")


# --- head and spine (NICE NG232; NICE NG41) -----------------------------------------------


@pytest.mark.parametrize(
    "texts, patient",
    [
        (["孩子从床上摔下来撞到头，之后吐了两三次"], CHILD),
        (["a 70 year old man fell and hit his head, vomited twice since"], OLDER),
        (["撞到头，当时晕了几秒钟，现在醒了，说头痛"], ADULT),
    ],
)
def test_head_injury_with_counted_vomits_or_a_brief_loss_of_consciousness(texts, patient):
    assert assess(texts, patient).level is E


def test_one_vomit_or_dizziness_after_a_bump_is_not_an_emergency():
    assert assess(["撞到头，吐了一次"], ADULT).level is U
    assert assess(["摔了一跤，当时晕了一下"], ADULT).level < E


@pytest.mark.parametrize(
    "text",
    [
        "从三米高的架子上摔下来，脖子疼，手脚发麻",
        "fell off a ladder, now neck pain and tingling in both arms",
        "摔了一跤，脖子疼，手指发麻",
    ],
)
def test_neck_pain_after_a_fall_with_numb_limbs(text):
    assert assess([text], ADULT).level is E


def test_motorbike_fall_with_neck_pain():
    _assert_level(["骑摩托摔了，脖子疼不敢动"], ADULT, E, "major_trauma")


@pytest.mark.parametrize("text", ["从床上摔下来，哭了一会儿", "骑自行车摔了，膝盖擦破皮"])
def test_low_falls_are_not_major_trauma(text):
    assert "major_trauma" not in _codes([text], CHILD)


# --- fractures and limbs (NICE NG37, NG38, NG158) ------------------------------------------


def test_open_fracture_described():
    _assert_level(["腿摔断了，能看到骨头"], ADULT, E, "open_fracture")


def test_deformed_arm_with_a_cold_white_hand():
    _assert_level(["孩子手臂摔了以后歪了，手指发凉发白"], CHILD, E, "fracture_neurovascular")


@pytest.mark.parametrize(
    "text", ["左腿比右腿粗了一圈，小腿按着疼", "Swollen painful right calf after a long flight"]
)
def test_one_swollen_leg_is_a_possible_dvt(text):
    _assert_level([text], WOMAN, U, "possible_dvt")


# --- bites (WHO snakebite 2016) ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "在地里被长虫咬了一口",
        "上山被烙铁头咬伤了手",
        "Bitten by a krait while sleeping on the floor",
    ],
)
def test_snakebite_by_local_name(text):
    _assert_level([text], ADULT, E, "snake_bite")


@pytest.mark.parametrize(
    "text", ["看到一条毒蛇，没被咬，就是吓着了", "蛇没咬到他", "喝了点竹叶青酒"]
)
def test_a_snake_seen_or_a_drink_is_not_a_bite(text):
    assert "snake_bite" not in _codes([text], ADULT)


# --- eye (NICE CKS red eye, glaucoma, retinal detachment; RCOphth) --------------------------


@pytest.mark.parametrize(
    "text", ["眼睛胀得厉害，半边头疼，恶心吐了，眼睛红", "眼睛胀痛，眼睛红，头痛，吐了"]
)
def test_red_painful_eye_with_vomiting_is_angle_closure(text):
    _assert_level([text], WOMAN, E, "acute_angle_closure_glaucoma")


def test_tired_eyes_and_conjunctivitis_are_not_glaucoma():
    assert assess(["眼睛有点胀，看手机看久了"], WOMAN).level < U
    assert "acute_angle_closure_glaucoma" not in _codes(["眼睛红，有眼屎，有点头痛"], WOMAN)


@pytest.mark.parametrize(
    "text",
    ["铁丝扎到眼睛里了", "鞭炮炸到眼睛，眼睛流血", "眼睛被烟花炸伤了"],
)
def test_sharp_or_blast_eye_injury(text):
    _assert_level([text], CHILD, U, "penetrating_or_high_velocity_eye_injury")


@pytest.mark.parametrize(
    "text",
    ["一只眼前好多黑点飘，还有闪光，像拉了个帘子", "new floaters and flashes in the right eye"],
)
def test_floaters_flashes_curtain(text):
    _assert_level([text], ADULT, U, "possible_retinal_detachment")


def test_floaters_for_years_are_routine():
    assert "possible_retinal_detachment" not in _codes(["飞蚊症好多年了"], ADULT)


# --- skin (BAD 2016 SJS/TEN; NICE NG141) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "吃了卡马西平一周后全身起大疱，嘴巴烂了，眼睛红",
        "全身起红疹子，还起水疱，嘴唇也溃烂了，发烧",
        "Skin peeling off in sheets, blisters all over, mouth and eyes sore",
    ],
)
def test_blistering_rash_with_eroded_mouth_is_sjs_ten(text):
    _assert_level([text], WOMAN, E, "possible_sjs_ten")


def test_chickenpox_is_not_sjs():
    assert "possible_sjs_ten" not in _codes(["出水痘，全身起水疱，嘴里也有几个溃疡，发烧"], CHILD)


def test_blackened_wound_with_fever_is_necrotising_infection():
    _assert_level(
        ["腿上伤口周围发黑，疼得要命，比看上去重得多，高烧"],
        OLDER,
        E,
        "necrotising_soft_tissue_infection",
    )


def test_red_hot_spreading_leg_with_rigors_is_cellulitis_not_a_newborn():
    a = assess(["小腿红肿发烫，肿得一天比一天大，发烧38度5"], ADULT)
    assert a.level is U
    assert "spreading_skin_infection" in {f.code for f in a.red_flags}
    assert "spreading_skin_infection" in _codes(["腿上红了一大片，摸着烫，发冷发热"], ADULT)


@pytest.mark.parametrize(
    "text, days",
    [
        ("肿得一天比一天大", None),
        ("肚子一天大一圈", None),
        ("包一个月比一个月大", None),
        ("宝宝3天大了", 3),
        ("8个月大", 243),
    ],
)
def test_growing_day_by_day_is_not_an_age(text, days):
    assert parse_age_days(text) == days


# --- tetanus (WHO 2017) --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "脚被锈钉子扎了一周，现在张不开嘴，脖子发硬，怀疑破伤风",
        "stepped on a nail last week, now lockjaw",
    ],
)
def test_tetanus_signs(text):
    _assert_level([text], ADULT, E, "tetanus")


@pytest.mark.parametrize(
    "text", ["要不要打破伤风针", "破伤风疫苗打过了", "Man 35 cut his thumb, tetanus up to date"]
)
def test_a_tetanus_jab_is_not_tetanus_nor_a_cold(text):
    f = dict(extract_facts(text).findings)
    assert "common_cold" not in f
    assert "tetanus" not in _codes([text], ADULT)


# --- nosebleed (NICE CKS Epistaxis 2024) --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "流鼻血半个小时了止不住，吃阿司匹林",
        "流鼻血止不住",
        "Nosebleed for an hour, still bleeding despite pinching, on warfarin",
    ],
)
def test_nosebleed_that_first_aid_does_not_stop(text):
    _assert_level([text], OLDER, U, "persistent_epistaxis")


def test_nosebleed_that_stopped_is_self_care():
    assert assess(["流鼻血，按了5分钟就止住了"], CHILD).level is S


# --- behavioural emergencies (WHO mhGAP 2.0 §PSY) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "儿子在家拿刀要砍人，说有人要害他，几天没睡觉",
        "Man is agitated, hearing voices, threatening the neighbours with an axe",
    ],
)
def test_threatened_violence_is_an_emergency(text):
    _assert_level([text], ADULT, E, "violence_risk")


@pytest.mark.parametrize(
    "text", ["孩子在学校打人", "拿刀切菜切到手了", "he is paranoid about germs"]
)
def test_everyday_knives_and_words_are_not_violence_or_psychosis(text):
    codes = _codes([text], ADULT)
    assert "violence_risk" not in codes and "acute_psychosis" not in codes
