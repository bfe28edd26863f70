"""Guards for the readings and rules added after rounds 41 and 42 (babies under one year; older
people at home): each reading stays narrow, and each same-day rule leaves its emergency neighbour
an emergency."""

from triage.rules import Level, PatientContext, assess

E, U = Level.EMERGENCY, Level.URGENT


def _days(days: int, sex: str = "female") -> PatientContext:
    return PatientContext(age_days=days, sex=sex)


def test_an_axillary_temperature_in_a_newborn():
    texts = ["19 day old girl, mum says she feels hot", "axillary 38.4, rechecked 38.3"]
    assert assess(texts, _days(19)).level is E


def test_a_rash_that_does_not_fade_under_a_glass():
    texts = ["7个月女孩发烧38.7", "腿上冒出好多小红点 紫红色的", "用杯子压着看了 不退色"]
    assert assess(texts, _days(210)).level is E


def test_infantile_spasms_are_same_day():
    assert assess(["6个月 一睡醒就点头 两手往上一扬 一次连着十来下"], _days(185)).level is U


def test_unconscious_under_a_palliative_plan_is_expected():
    plan = ["lady 89 end stage dementia on palliative plan at home", "today she's unconscious"]
    assert assess(plan, _days(89 * 365)).level is U
    assert assess([plan[1]], _days(89 * 365)).level is E


def test_a_stroke_years_ago_is_not_a_new_one():
    old = ["老爷子脑梗三年了 喝稀水偶尔呛一下 一直都这样"]
    assert assess(old, _days(80 * 365, "male")).level is not E
    assert assess(["老爷子今天早上脑梗了 说话不清"], _days(80 * 365, "male")).level is E


def test_groin_pain_after_a_fall_in_an_older_person():
    texts = ["前天在院子里滑了一下 坐地上了", "这两天右边大腿根疼 走路一瘸一拐"]
    assert assess(texts, _days(82 * 365)).level is U


def test_a_long_lie_with_dark_urine():
    texts = [
        "neighbour found 80 yr old lady on floor, thinks she was there since yesterday evening",
        "cant get up, peeing small amounts dark like cola",
    ]
    assert assess(texts, _days(80 * 365)).level is E


def test_a_denial_with_its_own_object_leaves_the_reassurance_standing():
    child = _days(920)
    texts = ["2岁半 拉肚子两个多星期了 一天三四次", "没有血 能吃能喝", "眼睛不凹 体重没掉 精神正常"]
    assert assess(texts, child).level is not E


def test_a_coughing_fit_is_not_a_seizure():
    texts = ["3y girl vomited once after a coughing fit this morning", "no fever, playing"]
    assert assess(texts, _days(1180)).level is not E


def test_smoke_inhalation_without_a_skin_burn():
    fire = ["pt pulled out of house fire 30 min ago", "voice hoarse, black sooty sputum"]
    assert assess(fire, _days(45 * 365, "male")).level is E
    smoke = ["kitchen fire, she was inside in the smoke for 5 min", "coughing, bit of headache"]
    assert assess(smoke, _days(38 * 365)).level is U


def test_a_corrosive_drunk_by_a_child():
    texts = ["dad found 3yr old son drinking from bottle of toilet cleaner", "drooling lots"]
    assert assess(texts, _days(1095, "male")).level is E
