"""The edges of the eightieth round's readings (test_heldout80_probe_fixes.py): each new wording
is read in its place and not in the look-alike beside it."""

import pytest

from triage.rules import Level, PatientContext, assess

from . import readings

ADULT = PatientContext(age_days=40 * 365, sex="female")
MAN = PatientContext(age_days=50 * 365, sex="male")


def test_an_overdose_told_with_abt_and_a_wish_to_sleep_forever() -> None:
    texts = ["19F took abt 30 paracetamol last night 'to sleep forever', feels sick"]
    assert {"poisoning", "suicide_risk"} <= readings.codes(texts, ADULT)


@pytest.mark.parametrize(
    ("texts", "poisoning"),
    [
        (["心情不好两个月 说想过死 家里有农药"], False),
        (["dad says there is weedkiller in the shed, she has been low, no plan"], False),
        (["早上喝了农药 家里人发现的"], True),
    ],
)
def test_pesticide_kept_at_home_is_a_means_not_a_poisoning(
    texts: list[str], poisoning: bool
) -> None:
    assert ("poisoning" in readings.codes(texts, ADULT)) is poisoning


@pytest.mark.parametrize(
    ("texts", "missed"),
    [
        (["小肚子疼", "问了月经，说快两个月没来了"], True),
        (["问了月经，说月经正常，上礼拜刚来过"], False),
    ],
)
def test_a_missed_period_told_in_months_after_the_question(texts: list[str], missed: bool) -> None:
    assert (readings.findings(texts, ADULT).get("missed_period") == "present") is missed


def test_a_faint_in_the_toilet_with_a_missed_period_and_pain_is_an_ectopic() -> None:
    texts = ["小肚子疼，拉肚子", "刚才在厕所晕了一下，脸很白", "问了月经，说快两个月没来了"]
    assert "ectopic_pregnancy" in readings.codes(texts, ADULT)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("刚才在厕所晕了一下", "syncope"),
        ("早上起来头晕了一下，一会儿就好了", "dizziness"),
    ],
)
def test_fainting_told_as_yun_le_yi_xia_but_not_a_dizzy_moment(text: str, code: str) -> None:
    findings = readings.findings([text], ADULT)
    assert findings.get(code) == "present"
    if code == "dizziness":
        assert findings.get("syncope") != "present"


def test_a_quiet_baby_is_reduced_movements_only_in_a_pregnancy() -> None:
    pregnant = PatientContext(age_days=31 * 365, sex="female", pregnant=True)
    assert "reduced_fetal_movements" in readings.codes(
        ["31F 30 wks pregnant, says baby much quieter than usual since last night"], pregnant
    )
    baby = PatientContext(age_days=240, sex="female")
    assert (
        readings.findings(["8mo fell off the bed, baby quieter than usual"], baby).get(
            "reduced_fetal_movement"
        )
        is None
    )


def test_blood_seen_on_the_underwear_in_early_pregnancy_is_same_day() -> None:
    pregnant = PatientContext(age_days=31 * 365, sex="female", pregnant=True)
    texts = ["怀孕7周，今天内裤上见了点血", "小肚子有点隐隐的坠，不厉害，还没做过B超"]
    assert assess(texts, pregnant).level is Level.URGENT


@pytest.mark.parametrize(
    ("texts", "finding", "status"),
    [
        (["33M cold, non smoker"], "smoker", "absent"),
        (["不抽烟 不喝酒"], "smoker", "absent"),
        (["smokes 20 a day"], "smoker", "present"),
        (["3岁 手足口 喘气心跳正常"], "dyspnoea", "absent"),
        (["2岁 数了呼吸52次 吸气时胸口没有凹进去"], "chest_indrawing", "absent"),
        (["2岁 吸气时胸口凹进去"], "chest_indrawing", "present"),
        (["小伙子胸口疼 怕是心脏病"], "heart_disease", "absent"),
        (["胸口疼 他有心脏病 放过支架"], "heart_disease", "present"),
        (["胸口疼 干活爬坡没事"], "exertional", "absent"),
        (["胸口闷 一爬坡就闷"], "exertional", "present"),
        (["胸口疼 按着那一块就疼 转身也疼"], "q_musculoskeletal", "present"),
    ],
)
def test_new_readings(texts: list[str], finding: str, status: str | None) -> None:
    assert readings.findings(texts, MAN).get(finding) == status


@pytest.mark.parametrize(
    "texts",
    [
        ["woke with L ear blocked, cant hear phone on that side, canal clear, Weber goes to R"],
        ["左边耳朵早上起来突然听不见了 没有耳屎"],
    ],
)
def test_sudden_hearing_loss_is_same_day(texts: list[str]) -> None:
    assert "sudden_hearing_loss" in readings.codes(texts, ADULT)


def test_blisters_on_the_tip_of_the_nose_with_shingles_are_the_eye_at_risk() -> None:
    texts = ["左边脑门上起了一片水泡 疼得钻心 带状疱疹", "鼻子尖上也冒了几个水泡"]
    assert "zoster_ophthalmicus" in readings.codes(texts, ADULT)


def test_a_deep_cut_showing_fat_is_a_deep_wound() -> None:
    assert assess(["镰刀把小腿拉了个口子 能看到黄的油 血止住了"], ADULT).level is Level.URGENT


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (
            ["心口疼 烧得慌 往嗓子眼冒酸水", "吃完饭躺下更厉害 这毛病好几年了 干活爬坡没事"],
            Level.NON_URGENT,
        ),
        (
            ["心口疼 烧得慌 往嗓子眼冒酸水", "这毛病好几年了 今天出了一身冷汗"],
            Level.EMERGENCY,
        ),
        (
            ["心口疼 反酸 这毛病好几年了", "今天一爬坡就疼 歇一会才好"],
            Level.EMERGENCY,
        ),
    ],
)
def test_long_standing_reflux_and_what_turns_it_back_into_a_heart_question(
    texts: list[str], level: Level
) -> None:
    assert assess(texts, MAN).level is level


def test_long_standing_reflux_with_a_cardiac_risk_factor_stays_on_the_heart_path() -> None:
    patient = PatientContext(age_days=60 * 365, sex="male", chronic_conditions=("hypertension",))
    assert assess(["心口疼 反酸 这毛病好几年了"], patient).level is Level.EMERGENCY
