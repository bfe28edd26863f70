"""Unit guards, in wordings of their own, for what held-out rounds 55-56 taught: a patient back
after a visit (an infection not settling on its antibiotic, an infected stitched wound or tooth
socket, an illness's day that is not the child's age) and numbers as staff type them (the upper
and lower numbers, a pair with a space, voice input's 幺, jin and liang, a creatinine before and
now, peak flow, tablets counted missing, a temperature typed alone)."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

E, U = Level.EMERGENCY, Level.URGENT


def _adult(years=45, sex="male", conditions=()):
    return PatientContext(age_days=years * 365, sex=sex, chronic_conditions=conditions)


def _child(years=3):
    return PatientContext(age_days=years * 365, sex="female")


def _codes(texts, patient=None):
    return {f.code for f in assess(texts, patient).red_flags}


def _vitals(text):
    return extract_facts(text).vitals


# --- an infection on its antibiotic ---


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        (["孩子扁桃体炎 吃阿莫西林第4天了", "还烧到38.7 嗓子更疼了"], _child(6)),
        (["吃头孢三天了 腿上那块红的还在往外跑"], _adult()),
        (["输液两天了 还是烧 没见好"], _adult(60)),
        (["chest infection, day 4 of doxy", "still spiking 38.5, no better"], _adult(58)),
        (["UTI on nitrofurantoin 3 days", "now T 38.2, feels no better"], _adult(35, "female")),
    ],
)
def test_fever_or_no_improvement_on_an_antibiotic_is_seen_today(texts, patient):
    a = assess(texts, patient)
    assert a.level is U
    assert "infection_not_settling" in {f.code for f in a.red_flags}


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        # improving on it, fever gone
        (["day 2 of amox for ear infection", "fever settled, eating well"], _child(4)),
        # an antipyretic's days, not an antibiotic's
        (["吃退烧药三天了", "今天不烧了 精神好"], _child(5)),
        # a course finished and well
        (["吃完了5天的阿莫西林 现在好了 不烧了"], _child(7)),
    ],
)
def test_a_course_that_is_working_is_not_flagged(texts, patient):
    assert "infection_not_settling" not in _codes(texts, patient)


def test_the_day_count_leaves_the_antibiotic_its_own_concept():
    # cipro with a painful heel stays a quinolone's tendon problem
    texts = ["70M on cipro day 3 for a chest infection", "back of heel painful and swollen"]
    assert "quinolone_tendinopathy" in _codes(texts, _adult(70))
    findings = dict(extract_facts("on cipro day 3").findings)
    assert findings.get("fluoroquinolone") == "present"
    assert findings.get("antibiotic_course") == "present"


# --- wounds and a tooth socket ---


def test_an_infected_stitched_wound_is_seen_today():
    texts = ["三天前额头缝了4针", "今天伤口红肿 流脓了"]
    assert "spreading_skin_infection" in _codes(texts, _adult(30))


def test_a_clean_stitched_wound_is_not():
    texts = ["缝了三针的伤口 今天换药", "不红不肿 没有脓 不发烧"]
    assert assess(texts, _adult(30)).level not in (E, U)


def test_pus_after_an_extraction_with_a_swollen_cheek_is_a_dental_infection():
    texts = ["昨天拔了智齿", "今天腮帮子肿了 牙窝里有脓"]
    assert "dental_abscess" in _codes(texts, _adult(25))


def test_swelling_the_day_after_an_extraction_alone_is_expected():
    texts = ["昨天拔了智齿", "今天腮帮子肿了一点 不发烧"]
    assert "dental_abscess" not in _codes(texts, _adult(25))


# --- an illness's day is not an age ---


@pytest.mark.parametrize(
    ("text", "age_days"),
    [
        ("出水痘第3天的娃 今天又烧了", None),
        ("手足口第5天的孩子", None),
        ("才6天的娃 黄得厉害", 6),
        ("这个3天的宝宝 吃奶少", 3),
    ],
)
def test_the_day_of_an_illness_is_not_the_childs_age(text, age_days):
    assert extract_facts(text).age_days == age_days


# --- the saddle ---


def test_numb_inner_thighs_with_back_pain_and_retention_is_cauda_equina():
    texts = ["腰疼一个礼拜了", "这两天大腿内侧发麻 尿不出来"]
    assert "cauda_equina" in _codes(texts, _adult(50))


# --- blood pressure as staff type it ---


@pytest.mark.parametrize(
    ("text", "sbp", "dbp"),
    [
        ("上面一百九 下面一百一十二", 190, 112),
        ("上面 176 下面 104", 176, 104),
        ("量血压 幺七八 幺零六", 178, 106),
        ("复测 一百六十五 九十八", 165, 98),
        ("血压 172 108 头不疼", 172, 108),
    ],
)
def test_blood_pressure_pairs(text, sbp, dbp):
    v = _vitals(text)
    assert (v.sbp, v.dbp) == (sbp, dbp)


@pytest.mark.parametrize(
    "text",
    [
        "量了体重 82 78",  # two weighings, not a pressure
        "量了两次 150 140",  # a count between the cue and the numbers
        "上面写着 下面签字",  # no numbers
    ],
)
def test_no_pair_where_there_is_no_pressure(text):
    v = _vitals(text)
    assert (v.sbp, v.dbp) == (None, None)


def test_the_booking_pressure_is_not_todays():
    v = _vitals("BP 148/96 today, booking BP was 110/68")
    assert (v.sbp, v.dbp) == (148, 96)


# --- laboratory values, weights, counts ---


@pytest.mark.parametrize(("text", "k"), [("血钾 六点八", 6.8), ("钾 七点0", 7.0), ("钾5点9", 5.9)])
def test_potassium_with_a_chinese_decimal(text, k):
    assert _vitals(text).potassium == k


@pytest.mark.parametrize(
    ("text", "now", "before"),
    [
        ("肌酐 上个月 88 今天 190", 190.0, 88.0),
        ("Cr 240 today, baseline 110", 240.0, 110.0),
        ("creatinine last month 95, today 150", 150.0, 95.0),
    ],
)
def test_creatinine_before_and_now(text, now, before):
    v = _vitals(text)
    assert (v.creatinine, v.creatinine_before) == (now, before)


@pytest.mark.parametrize(
    ("text", "grams"),
    [("今天称了六斤二", 3100), ("今天称 刚好7斤", 3500), ("称了5斤9两", 2950)],
)
def test_a_babys_weight_in_jin_and_liang(text, grams):
    assert _vitals(text).weight_g == grams


@pytest.mark.parametrize(
    ("text", "temp"),
    [("still 38.9 this morning", 38.9), ("今早39.1 还在烧", 39.1)],
)
def test_a_temperature_typed_alone(text, temp):
    assert _vitals(text).temp_c == temp


@pytest.mark.parametrize(
    "text", ["体重38.5kg", "孕38.5周", "血细胞比容 38.5%", "肌酐 38.5 umol/L 正常"]
)
def test_a_number_with_its_unit_or_label_is_not_a_temperature(text):
    assert _vitals(text).temp_c is None


def test_tablets_counted_missing_are_an_overdose():
    texts = ["跟男朋友吵架后 药板上空了三十片安眠药", "现在人还清醒"]
    assert assess(texts, _adult(22, "female")).level is E


def test_a_number_in_quotes_is_read():
    texts = ["husband says she took 'maybe 30' of her sertraline an hour ago"]
    assert assess(texts, _adult(40, "female")).level is E


# --- peak flow ---


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["asthma, PEF 40% of best, wheezy"], E),
        (["asthma, peak flow 62% of best, talking in sentences"], U),
        (["哮喘 峰流速只有平时最好的45%"], E),
    ],
)
def test_peak_flow_grades_an_asthma_attack(texts, level):
    assert assess(texts, _adult(30, "female", ("asthma",))).level is level


def test_peak_flow_near_best_is_not_an_attack():
    texts = ["asthma review, peak flow 92% of best, no night waking"]
    assert assess(texts, _adult(30, "female", ("asthma",))).level not in (E, U)


# --- small readings that change a level ---


def test_pain_free_now_two_days_after_chest_pain_is_seen_today():
    texts = ["前天下午胸口压着疼了二十来分钟 出了汗", "现在一点也不疼 血压130/80"]
    assert "chest_pain_resolved" in _codes(texts, _adult(62))
    assert assess(texts, _adult(62)).level is U


def test_a_fast_irregular_pulse_is_not_an_autonomic_sign_of_ischaemia():
    texts = ["72M palpitations since this morning, pulse 128 irregular", "breathless on stairs"]
    assert "acs_atypical" not in _codes(texts, _adult(72))


def test_few_wet_nappies_by_their_count_with_diarrhoea():
    texts = ["一岁娃拉肚子两天 一天六七次", "今天只换了两片湿尿不湿 嘴巴干"]
    assert "child_some_dehydration" in _codes(texts, _child(1))


# --- a denial ends at the space after its word ---


@pytest.mark.parametrize(
    ("text", "code", "status"),
    [
        ("今天没下地 胸口疼", "chest_pain", "present"),
        ("早上没吃饭 发烧39度", "fever", "present"),
        ("这两天没出门 咳嗽得厉害", "cough", "present"),
        ("这两天没出门 喘气正常", "dyspnoea", "absent"),
        ("没吃饭 精神好", "lethargy", "absent"),
        # a cue with only fillers before the space still reaches the word after it
        ("没有 发烧", "fever", "absent"),
        ("没发烧 没咳嗽", "cough", "absent"),
    ],
)
def test_a_denial_ends_at_the_space_after_its_word(text, code, status):
    assert dict(extract_facts(text).findings).get(code) == status


def test_a_symptom_word_holding_a_cue_is_no_denial():
    # 一直没劲 is weakness itself; its 没 denies nothing after the space
    findings = dict(extract_facts("左边手脚一直没劲 说话有点不清").findings)
    assert findings.get("speech_disturbance") == "present"
