"""Edges of the readings and rules added after held-out rounds 111-112 (skin, rashes, bites and
wounds; men's health, the urinary tract and sexual health): each is tested on both sides."""

import pytest

from triage.rules import Level, PatientContext, assess

E, U = Level.EMERGENCY, Level.URGENT
ADULT_MAN = PatientContext(age_days=45 * 365, sex="male")


def _codes(texts, patient=None):
    return {f.code for f in assess(texts, patient).red_flags}


def test_a_medicine_whose_name_ends_in_fei_denies_nothing():
    # 非 is a negation (非突发起病) but also the end of 西地那非 and 他达拉非
    # (sildenafil, tadalafil).
    texts = ["前天晚上吃了他达拉非 中途胸口压着疼 出汗"]
    assert assess(texts, ADULT_MAN).facts.status("chest_pain") == "present"
    assert assess(["非突发起病 胸口隐隐不适"], ADULT_MAN).facts.status("chest_pain") != "present"


def test_this_time_ends_the_past_that_came_before_it():
    texts = ["45岁男 以前有肾结石 这次右腰疼两天了", "今天发烧39.5 冷得直抖"]
    assert "obstructed_infected_kidney" in _codes(texts, ADULT_MAN)
    # without 这次 the pain in the same breath as 以前 stays the past
    assert assess(["以前有肾结石 右腰疼过"], ADULT_MAN).facts.status("back_pain") == "history"


def test_a_stone_former_in_the_record_with_loin_pain_and_rigors_is_an_infected_kidney():
    record = PatientContext(age_days=45 * 365, sex="male", chronic_conditions=("kidney stones",))
    texts = ["R loin pain since sat", "shivering uncontrollably, temp 39.1"]
    assert assess(texts, record).level is E
    # loin pain and a fever without stones: pyelonephritis
    assert assess(texts, ADULT_MAN).level is U


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["老李他爸前几年被五步蛇咬过 差点没命"], "history"),
        (["下个月要进山干活 问被蛇咬了该咋办"], "absent"),
        (["刚才被蛇咬了 问咋办"], "present"),
    ],
)
def test_a_relatives_old_bite_and_a_question_about_one_are_not_a_bite(texts, expected):
    assert assess(texts, ADULT_MAN).facts.status("snake_bite") == expected


def test_testicular_pain_that_has_passed_is_seen_today_not_by_ambulance():
    boy = PatientContext(age_days=13 * 365, sex="male")
    passed = [
        "on sunday he had sudden sharp pain in his right testicle, lasted about 15 mins then went "
        "completely",
        "no pain now, looks normal",
    ]
    assert assess(passed, boy).level is U
    ongoing = ["sudden sharp pain in his right testicle since an hour, vomited"]
    assert assess(ongoing, boy).level is E


@pytest.mark.parametrize(
    ("texts", "years"),
    [
        (["18mo pulled kettle cord, hot water all down his front",
          "chest and tummy red with big blisters and down his right arm"], 1.5),
        (["两岁男孩 打翻了刚烧开的水壶", "胸口 肚子整片 右胳膊也全烫了 起大泡"], 2),
        (["small fire in her kitchen",
          "black stuff round her nostrils, eyebrows singed, voice getting hoarse"], 80),
        (["resident's foreskin like a tight ring behind it, tip going dusky purple"], 79),
        (["during sex last night heard a crack and it went soft straight away, now swollen"], 29),
        (["bad back flared up 3 days ago", "cant pee properly, numb down below when he wipes"], 52),
        (["腰疼半个月了", "屁股和大腿根那块发麻 裤子湿了才知道"], 52),
    ],
)  # fmt: skip
def test_the_rounds_emergencies_are_found(texts, years):
    assert assess(texts, PatientContext(age_days=int(years * 365), sex="male")).level is E


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["前天右手食指被刺扎了", "整个指头肿得像根香肠 一掰直就疼"],
         "flexor_sheath_infection"),
        (["外阴长了几个小水泡 很疼 以前没长过"], "genital_blisters"),
        (["very painful sores down below, little blisters and ulcers"], "genital_blisters"),
        (["前天吃了西地那非 昨天早上起来右眼下半边黑了一块"], "visual_field_loss"),
        (["the bottom half of her vision has gone dark since this morning"], "visual_field_loss"),
        (["前列腺电切术后10天", "今天尿又红了 有小血块"], "haematuria_after_operation"),
        (["TURP 10 days ago, urine red again today"], "haematuria_after_operation"),
        (["7yo, wee looks like cola", "puffy round the eyes in the mornings"],
         "possible_acute_nephritis"),
        (["started amoxicillin 3 days ago", "itchy raised red rash on arms and body"],
         "hives_after_exposure"),
    ],
)  # fmt: skip
def test_same_day_readings_of_the_rounds(texts, code):
    assert code in _codes(texts, ADULT_MAN)
    assert assess(texts, ADULT_MAN).level is U


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        # no wound: not an infection told
        (["手指肿得像根香肠", "类风湿好多年了"], "flexor_sheath_infection"),
        (["以前外阴长过疱疹 现在好了 来复查"], "genital_blisters"),  # the past
        (["右脚底下面起了个水泡 走路疼"], "genital_blisters"),  # the foot's
        (["膝关节置换术后10天 尿有点黄"], "haematuria_after_operation"),  # no blood
        (["阑尾手术后3个月 今天尿红了"], "haematuria_after_operation"),  # beyond 6 weeks
        (["看东西有点模糊 几年了 老花眼"], "visual_field_loss"),
    ],
)  # fmt: skip
def test_and_their_edges(texts, code):
    assert code not in _codes(texts, ADULT_MAN)


def test_stool_like_wash_water_is_still_not_blood_in_the_urine():
    assert assess(["拉肚子 大便像洗肉水"], ADULT_MAN).facts.status("haematuria") is None
