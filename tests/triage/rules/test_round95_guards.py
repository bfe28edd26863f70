"""Edges of the readings and rules added after held-out rounds 95-98 (swallowed and inserted
objects, numbers told as trends, disabilities and devices, sport): each is tested on both
sides, so that it neither misses what it is for nor reaches what it is not."""

import pytest

from triage.rules import Level, PatientContext, assess
from triage.rules.facts import normalise
from triage.rules.vitals import parse_vitals

E, U = Level.EMERGENCY, Level.URGENT
TODDLER = PatientContext(age_days=700, sex="female")


def _codes(texts, patient=None):
    return {f.code for f in assess(texts, patient).red_flags}


# --- swallowed and inserted objects -------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["20mo, remote found with the back off, one of the small flat round silver batteries gone"],
        ["2岁女孩 在玩遥控器 后盖开着 里面那颗圆的扁电池不见了", "孩子现在不哭不闹 能喝水"],
    ],
)
def test_a_button_battery_missing_near_a_toddler_is_an_emergency(texts):
    assert "button_battery_swallowed" in _codes(texts, TODDLER)
    assert assess(texts, TODDLER).level is E


def test_a_battery_found_again_is_not_swallowed():
    texts = [
        "2yo got the back off the kitchen scales, the little round battery was gone",
        "she's now found it under the fridge",
    ]
    assert "button_battery_swallowed" not in _codes(texts, TODDLER)


def test_a_cylindrical_battery_is_xrayed_today():
    texts = ["3yo, one of the thin long batteries from the torch is missing", "no pain, eating"]
    assert "battery_swallowed" in _codes(texts, TODDLER)
    assert assess(texts, TODDLER).level is U


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["6岁男孩 说吞了玩具里的小磁力珠 好几颗", "今天肚子疼 吐了两回"], E),
        (["7yo swallowed a few of those tiny silver balls from the magnet set"], E),
        (["9岁女孩 把冰箱贴后面掉下来的小磁铁吞了 就一颗", "现在不疼 不吐 吃了饭"], U),
    ],
)
def test_magnets_by_number_and_symptoms(texts, level):
    assert assess(texts).level is level


def test_magnets_in_the_nose_stay_the_ent_emergency():
    texts = ["9yo, two magnetic balls in his nose, one each side, stuck together"]
    assert "battery_in_nose_or_ear" in _codes(texts)
    assert "magnets_swallowed" not in _codes(texts)


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["55岁女 3天前吃鱼卡了根刺", "胸口后面疼 背上也疼", "今天烧到38.9 脖子按上去咯吱咯吱"], E),
        (["81M, his partial denture with metal clips missing", "drooling, won't eat or drink"], E),
        (["4yo, mum thinks he swallowed an open safety pin", "no pain, eating and drinking ok"], U),
        (
            ["38F fish bone feeling right side of throat", "getting water and food down, no fever"],
            U,
        ),
    ],
)
def test_sharp_objects_and_dentures_by_their_signs(texts, level):
    assert assess(texts).level is level


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (
            [
                "58M steak stuck behind breastbone since 1pm",
                "cant get even water down, spitting saliva",
            ],
            E,
        ),
        (["60岁男 吃馒头 觉得卡在胸口下不去 4个小时了", "口水能咽 喝水慢慢能下去"], U),
    ],
)
def test_food_stuck_by_whether_saliva_goes_down(texts, level):
    assert assess(texts).level is level


def test_a_corrosive_by_its_signs():
    burnt = [
        "1岁半男孩 喝了一口通下水道的那个水",
        "一直流口水 哭不出声来",
        "吸气时候喉咙里有呼呼的响声",
    ]
    assert assess(burnt, TODDLER).level is E
    splash = [
        "47M splashed pipe unblocker on his forearm, washed 5 min",
        "patch starting to blister",
    ]
    assert "corrosive_contact" in _codes(splash)
    assert assess(splash).level is U


def test_an_object_stuck_in_the_rectum_is_removed_today():
    assert assess(["52M says a bottle is stuck in his back passage since this morning"]).level is U


def test_long_months_are_not_several_objects():
    assert assess(["右下腹隐隐作痛好几个月了"]).facts.status("several_objects") is None


# --- numbers told as a series ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("今天早上体温37.8 下午38.6", "temp_c", 38.6),
        ("T 38.5, 37.2 after paracetamol", "temp_c", 37.2),
        ("今天血糖 早上空腹14.2 中午17.8 晚饭前19.6", "glucose", 19.6),
        ("血糖 上次8.2 这次15.1", "glucose", 15.1),
        ("之前产检血压都是110/70左右 今天142/92 复测145/94", "sbp", 145),
        ("lying BP 112/64 HR 78, standing 1 min 88/54", "sbp", 112),
        ("bg 5.6 bp 120/80", "glucose", 5.6),
    ],
)
def test_the_latest_reading_of_a_series_is_today(text, field, value):
    assert getattr(parse_vitals(normalise(text)), field) == value


def test_a_newborns_weight_told_by_its_day():
    texts = ["宝宝第4天 出生体重3.4 今天3.0", "吃奶 一天8次"]
    assert assess(texts).facts.age_days == 4
    assert "newborn_weight_loss" in _codes(texts)
    assert "newborn_weight_loss" not in _codes(["宝宝第3天 出生3.4 今天3.2"])


def test_meconium_is_not_melaena_in_the_first_days():
    assert assess(["宝宝第3天 大便从黑色变成墨绿色 吃奶好"]).level is not E
    assert assess(["10天宝宝 拉黑便 柏油样"]).level is E


def test_calf_pain_after_a_long_flight_is_assessed_for_dvt():
    texts = ["48F R calf sore since flying back from Europe 4 days ago", "not breathless"]
    assert "possible_dvt" in _codes(texts)
    assert "possible_dvt" not in _codes(["48F calves sore after a 10k run yesterday"])


# --- medicines stopped, devices and sport ---------------------------------------------------


def test_parkinsons_medicines_stopped_with_rigidity_and_fever_is_an_emergency():
    texts = ["帕金森老太太 咽不下药 药停了两天了", "今天全身硬得像木头", "体温39.2 心率122"]
    assert "neuroleptic_malignant_syndrome" in _codes(texts)
    assert "neuroleptic_malignant_syndrome" not in _codes(["帕金森 按时吃药", "体温38.5 咳嗽"])


def test_a_reduced_knee_dislocation_with_a_pulseless_foot_is_an_emergency():
    texts = [
        "踢球时被人铲倒，膝盖当时明显歪了，后来自己弹回去了",
        "脚背都摸不到跳，这只脚比另一只凉",
    ]
    assert "fracture_neurovascular" in _codes(texts)


def test_exertional_compartment_syndrome():
    texts = [
        "24M leg day then a 10k",
        "front of the shin tense like a board, screams when I move his toes",
    ]
    assert "compartment_syndrome" in _codes(texts)
    stiff = ["40M on haloperidol", "stiff like a board, T 39.8 HR 122"]
    assert "neuroleptic_malignant_syndrome" in _codes(stiff)


def test_a_chest_blow_with_collapse_and_an_irregular_pulse():
    texts = [
        "12yo hit in the middle of the chest by the ball",
        "went straight down for half a minute, now grey and sweaty",
        "pulse very fast and all over the place, says his heart is thumping",
    ]
    assert assess(texts).level is E


def test_constipation_told_in_days_is_not_obstruction_by_itself():
    texts = ["38M LD, no bowels open 4 days", "eating less, no vomiting, passing wind, T 36.8"]
    assert "acute_abdomen" not in _codes(texts)


@pytest.mark.parametrize(
    ("texts", "chest_pain"),
    [
        (["44F CP, baclofen pump dose put up last Monday, legs floppier"], None),
        (["58M CP since 7am, sweaty"], "present"),
        (["44F CP, wheelchair user, chest pain since 1h, sweaty"], "present"),
    ],
)
def test_cp_is_cerebral_palsy_only_beside_its_care(texts, chest_pain):
    assert assess(texts).facts.status("chest_pain") == chest_pain


def test_an_arm_hanging_still_is_weakness_unless_a_pull_explains_it():
    assert assess(["70岁男 突然左边胳膊垂着不动"]).level is E
    pulled = ["3岁 奶奶拉了一下胳膊", "右胳膊垂着不动"]
    assert "pulled_elbow" in _codes(pulled, TODDLER)
    assert assess(pulled, TODDLER).level is not E


@pytest.mark.parametrize(
    ("texts", "code", "fires"),
    [
        (["changed her hearing aid battery, ear still blocked"], "button_battery_swallowed", False),
        (
            ["confused, swallowed two of her hearing aid batteries"],
            "button_battery_swallowed",
            True,
        ),
        (["bp monitor battery flat, will bring it next week"], "battery_swallowed", False),
        (["fridge magnet fell on her foot"], "single_magnet_swallowed", False),
        (["假牙戴着不舒服 牙龈痛"], "sharp_object_or_denture_swallowed", False),
    ],
)
def test_an_object_named_in_passing_is_not_swallowed(texts, code, fires):
    adult = PatientContext(age_days=70 * 365, sex="female")
    assert (code in _codes(texts, adult)) is fires
