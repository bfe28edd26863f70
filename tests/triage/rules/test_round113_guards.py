"""Edges of the readings and rules added after held-out rounds 113-114 (blood, immunity and
cancer care; the heart's rhythm and blood pressure): each is tested on both sides."""

import pytest

from triage.rules import Level, PatientContext, assess

E, U = Level.EMERGENCY, Level.URGENT
ADULT = PatientContext(age_days=45 * 365, sex="male")


def _codes(texts, patient=None):
    return {f.code for f in assess(texts, patient).red_flags}


@pytest.mark.parametrize(
    "texts",
    [
        ["45M asking for a heart check, his dad just had a heart attack at 71", "no chest pain"],
        ["her mum was blue-lighted last night w heart attack", "she's had no chest pain"],
        ["38岁 他爸45岁那年干活时候突然倒下就没了", "他现在没啥不舒服 没晕过"],
    ],
)
def test_a_relatives_heart_attack_or_sudden_death_is_theirs(texts):
    assert assess(texts, ADULT).level is not E


@pytest.mark.parametrize(
    "texts",
    [
        ["his dad was sweating and has chest pain"],  # the father is the patient
        ["her mum was here with him, he has crushing chest pain and sweating"],
    ],
)
def test_a_relative_beside_the_patient_does_not_hide_the_patients_signs(texts):
    assert assess(texts, ADULT).level is E


def test_the_end_of_a_denial_does_not_turn_alert_into_listless():
    texts = ["3岁 脸上有好多小红点", "不发烧 身上腿上都没有 精神好"]
    child = PatientContext(age_days=3 * 365, sex="male")
    assert assess(texts, child).facts.status("lethargy") != "present"
    # 就是 ("only", "just") turns to what there is: 身上也没有 就是头疼 is a headache
    assert assess(["身上也没有 就是头疼"], child).facts.status("headache") == "present"
    assert assess(["不发烧 也没有头疼"], child).facts.status("headache") == "absent"


def test_shivers_after_chemotherapy_are_neutropenic_sepsis_even_once_the_fever_is_down():
    texts = ["on chemo for breast ca, had cycle 3 last wed", "had shivers last night, now 37.2"]
    assert assess(texts, ADULT).level is E
    assert assess(["had shivers last night, now 37.2"], ADULT).level is not E


def test_a_course_of_chemotherapy_finished_years_ago_is_not_immunosuppression():
    texts = ["47M had chemo for Hodgkins, finished 2 yrs ago", "temp 38.1, runny nose"]
    assert "sepsis" not in _codes(texts, ADULT)
    recent = ["had chemo for breast cancer, finished 3 weeks ago", "temp 38.5"]
    assert "sepsis" in _codes(recent, ADULT)


@pytest.mark.parametrize(
    "text", ["hay fever is bad this week, sneezing", "asks about yellow fever jab"]
)
def test_a_name_with_fever_in_it_is_no_fever(text):
    assert assess([text], ADULT).facts.status("fever") is None


def test_a_yellow_fever_jab_does_not_hide_a_real_fever():
    assert (
        assess(["had yellow fever jab 5 days ago, now fever 39"], ADULT).facts.status("fever")
        == "present"
    )


def test_a_bad_headache_with_a_bleeding_tendency_is_an_emergency():
    itp = PatientContext(age_days=15 * 365, sex="female", chronic_conditions=("ITP",))
    texts = ["platelets were 9 at last clinic", "bad headache, worst ever, thrown up twice"]
    assert "headache_bleeding_tendency" in _codes(texts, itp)
    assert "headache_bleeding_tendency" not in _codes(["mild headache since this morning"], itp)


@pytest.mark.parametrize(
    ("texts", "age_days", "level"),
    [
        (["心率220"], 62, E),
        (["我听心跳快得数不过来"], 62, E),
        (["HR 185, sweaty"], 6 * 365, E),
        (["HR 150, crying"], 62, None),  # a crying baby's 150 is not SVT
    ],
)
def test_a_childs_heart_rate_too_fast_is_svt(texts, age_days, level):
    found = "child_tachyarrhythmia" in _codes(texts, PatientContext(age_days=age_days))
    assert found is (level is E)


def test_a_faint_while_running_is_a_high_risk_faint():
    teen = PatientContext(age_days=15 * 365, sex="male")
    assert assess(["打篮球跑着跑着突然倒地", "不到一分钟就醒了"], teen).level is E
    # "no worse when exercising" is not exercise-induced pain
    texts = ["15岁男 胸口痛两天 一按就痛", "运动时候不会更痛"]
    assert assess(texts, teen).level is not E


def test_a_breath_holding_spell_that_ended_is_not_an_emergency():
    toddler = PatientContext(age_days=550, sex="male")
    texts = [
        "cried hard when he fell, held breath, went blue and floppy few secs then came round "
        "and cried",
        "playing normally now",
    ]
    assert assess(texts, toddler).level is not E


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["7岁 镰状细胞病", "昨晚开始两条腿和后背痛 吃了布洛芬还是痛哭"], "sickle_cell_pain"),
        (["9yo with sickle cell, temp 38.9"], "asplenia_fever"),
        (["4岁男孩 前天吃了炒蚕豆", "今天尿是浓茶色的 眼睛有点黄"], None),
        (["淋巴瘤 手上带着PICC管", "今天那只手肿 胳膊比另一只粗 胀痛"], None),
        (["5岁 最近一个月脸越来越白", "身上好多青一块紫一块 家里说没磕着"],
         "unexplained_bruising_bleeding"),
    ],
)  # fmt: skip
def test_same_day_readings_of_the_rounds(texts, code):
    child = PatientContext(age_days=6 * 365, sex="male")
    a = assess(texts, child)
    assert a.level >= U
    if code:
        assert code in {f.code for f in a.red_flags}


@pytest.mark.parametrize(
    "texts",
    [
        ["35+2 wks, midwife got 150/98 then 148/96", "BP was 118/72 at booking"],
        ["孕31周 量血压146/95 歇了十五分钟再量148/96", "之前产检都是110/70左右"],
    ],
)
def test_a_usual_blood_pressure_told_after_todays_is_not_todays(texts):
    pregnant = PatientContext(age_days=30 * 365, sex="female", pregnant=True)
    assert assess(texts, pregnant).facts.vitals.sbp >= 146
    # told as today's, the later reading is the one judged
    assert assess(["BP 150/98, rechecked 132/84"], pregnant).facts.vitals.sbp == 132


def test_an_approximate_pulse_is_read():
    assert assess(["pulse irregular ~116"], ADULT).facts.vitals.hr == 116
    assert "fast_irregular_pulse" in _codes(["pulse irregular ~116"], ADULT)


def test_just_turns_from_a_denial_but_keeps_the_past_the_past():
    assert assess(["以前就是心梗 来开药"], ADULT).facts.status("mi_suspected") == "history"
    assert assess(["以前就是心梗 来开药"], ADULT).level is not E


def test_a_reading_taken_before_coming_is_todays():
    assert assess(["来之前在家量血压200/120"], ADULT).facts.vitals.sbp == 200
