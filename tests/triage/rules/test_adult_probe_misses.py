"""Adult emergencies the probe campaign showed were missed: aortic dissection, acute pulmonary
oedema, atypical ACS in village words, stroke deficits with filler words, poisoning without the
word 农药 (spraying, 喝药 with a garlic smell, drink with slow breathing, a coal stove),
hypo- and hyperglycaemia not named, vital signs in Chinese numerals or an unlabelled BP, heat
stroke not named, and suicide intent or self-harm in everyday words. Each positive text is
paired with a negated or look-alike text that must not trigger the same flag."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE

YOUNG = PatientContext(age_days=28 * 365, sex="female")
TEEN = PatientContext(age_days=17 * 365, sex="female")
MAN = PatientContext(age_days=45 * 365, sex="male")
WOMAN = PatientContext(age_days=58 * 365, sex="female")
OLDER = PatientContext(age_days=70 * 365, sex="male")
ELDERLY_WOMAN = PatientContext(age_days=72 * 365, sex="female")


def _codes(texts: list[str], patient: PatientContext) -> set[str]:
    return {f.code for f in assess(texts, patient).red_flags}


def _assert_emergency(texts: list[str], patient: PatientContext, code: str) -> None:
    a = assess(texts, patient)
    assert a.level is E, (texts, a.level, [f.code for f in a.red_flags])
    assert code in {f.code for f in a.red_flags}, (texts, [f.code for f in a.red_flags])


# --- aortic dissection (ESC 2014 aortic diseases; 主动脉夹层中国专家共识2017) ------------------


@pytest.mark.parametrize(
    "text, lookalike",
    [
        ("突然胸背部撕裂样疼痛，血压190/110，大汗", "腰部刀割样疼痛，尿里有血"),
        ("后背像刀割一样痛，突然的，两边胳膊量的血压不一样", "后背酸痛好几年了，干活累了就疼"),
        ("胸口撕裂一样的疼，一直窜到后背", "手上被纸划了一道口子"),
        (
            "sudden tearing pain in his back between the shoulder blades, BP 200/100",
            "back ache after lifting boxes",
        ),
        (
            "chest pain, and the blood pressure is different in the two arms",
            "blood pressure 130/80 in both arms",
        ),
    ],
)
def test_tearing_chest_or_back_pain_is_aortic_dissection(text, lookalike):
    _assert_emergency([text], OLDER, "aortic_dissection")
    assert "aortic_dissection" not in _codes([lookalike], OLDER)


# --- acute pulmonary oedema (ESC 2021 HF §11) ----------------------------------------------


@pytest.mark.parametrize(
    "text, lookalike",
    [
        ("晚上躺不平，要坐起来喘气，腿肿，咳粉红色泡沫痰", "腰疼得躺不平，翻身困难"),
        ("夜里憋醒好几次，喘得躺不下", "半夜被尿憋醒，去了趟厕所"),
        ("coughing up pink frothy sputum, legs swollen", "coughing up white phlegm for a week"),
        (
            "he has to sit up to breathe at night and wakes up gasping",
            "he sits up in bed to read at night",
        ),
    ],
)
def test_orthopnoea_and_pink_frothy_sputum_are_respiratory_distress(text, lookalike):
    _assert_emergency([text], OLDER, "respiratory_distress")
    assert "respiratory_distress" not in _codes([lookalike], OLDER)


# --- atypical ACS in village words (ESC 2023 §3.1; NICE CG95 §1.1) ---------------------------


@pytest.mark.parametrize(
    "texts, patient, code",
    [
        (["72岁老太太，说心口不舒服", "刚才吐了一次，身上湿冷"], ELDERLY_WOMAN, "acs_chest_pain"),
        (["68岁男，心口不舒服两个钟头了，出冷汗"], OLDER, "acs_chest_pain"),
        (["心口堵得慌 喘不上来 老爷子75了"], OLDER, "acs_chest_pain"),
        (["67岁老太太，糖尿病，这两天走到厕所就喘，恶心"], ELDERLY_WOMAN, "acs_atypical"),
        (
            [
                "Woman 70, diabetic, short of breath walking to the toilet since this morning, "
                "nauseous"
            ],
            ELDERLY_WOMAN,
            "acs_atypical",
        ),
        (
            [
                "Woman 58, feeling tired since this morning",
                "Now she says her jaw aches and she is clammy",
            ],
            WOMAN,
            "acs_chest_pain",
        ),
    ],
)
def test_atypical_acs_in_everyday_words(texts, patient, code):
    _assert_emergency(texts, patient, code)


def test_young_woman_with_stomach_ache_and_sweat_is_not_acs():
    # NICE CKS dyspepsia: epigastric pain with sweating at 28 without risk factors is not ACS.
    assert "acs_chest_pain" not in _codes(["28岁女，胃疼，疼得出汗，中午吃了麻辣烫"], YOUNG)
    assert "acs_chest_pain" in _codes(
        ["58岁男，胃疼，疼得出汗"], PatientContext(age_days=58 * 365, sex="male")
    )


# --- stroke deficits with filler words (BE-FAST; 中国卒中指南2023) -------------------------------


@pytest.mark.parametrize(
    "text, lookalike",
    [
        ("右手突然不好使了，话也说不利索", "电话不清楚，信号不好"),
        ("说话有点不清，左边手脚使不上劲", "说话清楚，手脚有劲"),
        ("老头半边身子发木，舌头大", "腿抽筋了一下，现在好了"),
        ("右手拿不住碗了", "碗太烫了拿不住"),
    ],
)
def test_stroke_deficits_with_filler_words(text, lookalike):
    _assert_emergency([text], OLDER, "stroke_befast")
    assert "stroke_befast" not in _codes([lookalike], OLDER)


# --- poisoning described, not named -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, lookalike",
    [
        (
            "在地里打了一上午药，回来头晕、恶心、流口水、出汗多",
            "今天在地里打了一上午药，没什么不舒服",
        ),
        ("她喝药了，嘴里一股大蒜味", "中午吃了大蒜，嘴里一股大蒜味"),
        ("喝了药水，瞳孔小，口水直流", "孩子发烧，喝了药，还是烧"),
        (
            "sprayed the cotton fields all morning, now pinpoint pupils and sweating",
            "sprayed the roses with water",
        ),
    ],
)
def test_organophosphate_poisoning_without_the_word_pesticide(text, lookalike):
    _assert_emergency([text], MAN, "organophosphate_poisoning")
    assert "organophosphate_poisoning" not in _codes([lookalike], MAN)


@pytest.mark.parametrize(
    "text, lookalike",
    [
        ("喝了一斤多白酒，现在呼吸很慢，人很迷糊", "水喝多了，肚子胀"),
        (
            "drank a whole bottle of vodka, breathing is slow and shallow, very drowsy",
            "drank a lot of water, breathing normally",
        ),
    ],
)
def test_drink_with_slow_breathing_is_respiratory_depression(text, lookalike):
    _assert_emergency([text], MAN, "respiratory_distress")
    assert "respiratory_distress" not in _codes([lookalike], MAN)


def test_coal_stove_lit_in_the_room_is_carbon_monoxide():
    _assert_emergency(["一家三口早上头晕恶心，晚上屋里生了炉子"], MAN, "carbon_monoxide")
    assert "carbon_monoxide" not in _codes(["早上头晕恶心，晚上在院子里烤了会儿太阳"], MAN)


# --- glucose (ADA 2024 §6, §16) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("糖尿病人，早上没吃饭打了胰岛素，说胡话，出一身汗", "diabetic_altered_consciousness"),
        (
            "takes gliclazide, skipped lunch, now confused and sweaty",
            "diabetic_altered_consciousness",
        ),
        ("血糖测了高，仪器显示HI，口干多尿，人没精神，呼吸深快", "hyperglycaemic_crisis"),
        ("glucose meter reads HI, very thirsty", "hyperglycaemic_crisis"),
    ],
)
def test_hypo_or_hyperglycaemia_not_named_or_measured(text, code):
    _assert_emergency([text], OLDER, code)


@pytest.mark.parametrize(
    "text, field, value, lookalike",
    [
        ("心跳一百六，心慌得厉害", "hr", 160, "心跳快了一会儿，一分钟就好了"),
        ("脉搏一百五十多，出虚汗", "hr", 150, "脉搏摸着有力，一百多斤的人"),
        ("血氧八十五，喘", "spo2", 85, "八十五岁，血氧正常"),
        ("血压高到二百多", "sbp", 200, "血压药吃了二十多年"),
        ("体温三十八度五", "temp_c", 38.5, "三度烧伤"),
        ("烧到四十度", "temp_c", 40.0, "烧了十几天"),
        ("血糖二点八", "glucose", 2.8, "血糖没测"),
        ("量了下压 200/120，头疼得厉害", "sbp", 200, "2023/12/25 复诊"),
        ("头疼得厉害，量了一下200/120，吐了", "dbp", 120, "PHQ-9 15/27"),
        ("fever 38.6, cough", "temp_c", 38.6, "fever for 10 days"),
        ("fever of 39.2 since yesterday", "temp_c", 39.2, "fever 38 hours ago"),
    ],
)
def test_vital_signs_in_chinese_numerals_unlabelled_bp_and_fever_temperature(
    text, field, value, lookalike
):
    assert getattr(extract_facts(text).vitals, field) == value
    assert getattr(extract_facts(lookalike).vitals, field) is None


@pytest.mark.parametrize(
    "text, code",
    [
        ("心跳一百六，心慌得厉害", "extreme_heart_rate"),
        ("血氧八十五，喘", "hypoxia"),
        ("量了下压 200/120，头疼得厉害，恶心", "hypertensive_emergency"),
        ("血压高到二百多，头晕得站不住，说话有点不清", "stroke_befast"),
    ],
)
def test_vital_signs_in_words_reach_emergency(text, code):
    _assert_emergency([text], OLDER, code)


# --- heat stroke (中国热射病专家共识2019) --------------------------------------------------------


@pytest.mark.parametrize(
    "text, lookalike",
    [
        ("在大棚里干活晕倒了，身上滚烫，不出汗", "在大棚里干活，有点累，出了很多汗"),
        (
            "collapsed while working in the heat, hot dry skin, not sweating",
            "worked in the heat, a bit thirsty",
        ),
    ],
)
def test_heat_stroke_not_named(text, lookalike):
    _assert_emergency([text], WOMAN, "heat_stroke")
    assert assess([lookalike], WOMAN).level is not E


# --- suicide and self-harm (WHO mhGAP 2016 §SUI; NICE NG225) -------------------------------


@pytest.mark.parametrize(
    "text, patient, lookalike",
    [
        ("想喝药死了算了", MAN, "累死了，想歇会儿"),
        ("用刀割了自己的手腕", MAN, "切菜的时候不小心用刀划破了手"),
        ("病人说活着没意思，想一了百了", MAN, "这个病一了解就明白了"),
        ("手腕上有好几道口子，说是自己拿刀片划的", TEEN, "自己用刀划开了快递盒"),
        (
            "he says he wants to end it all, has a rope in the shed",
            MAN,
            "he tied the goat with a rope",
        ),
        ("活着没意思，攒了安眠药", MAN, "睡不着，医生开了安眠药"),
        ("she has been cutting herself on her arms", TEEN, "she cut her finger on a tin can"),
    ],
)
def test_suicide_intent_and_self_harm_in_everyday_words(text, patient, lookalike):
    _assert_emergency([text], patient, "suicide_risk")
    assert "suicide_risk" not in _codes([lookalike], patient)
