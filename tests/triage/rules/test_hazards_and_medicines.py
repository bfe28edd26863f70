"""Guards for the readings and rules added after rounds 39 and 40 (rural, occupational and
environmental hazards; medicines): each same-day reading leaves its emergency neighbour an
emergency."""

from triage.rules import Level, PatientContext, assess, extract_facts

E, U = Level.EMERGENCY, Level.URGENT


def _person(age: int, sex: str = "male") -> PatientContext:
    return PatientContext(age_days=age * 365, sex=sex)


def test_mei_jin_is_tiredness_not_a_denial():
    facts = extract_facts("头晕 没劲 吐了两回 喝水就吐")
    assert facts.status("vomiting") == "present"
    assert facts.status("fatigue") == "present"


def test_a_dry_snake_bite_after_a_day_and_a_fresh_one():
    assert assess(["前天傍晚被蛇咬了下小腿 到现在不肿不疼"], _person(58, "female")).level is U
    assert assess(["刚才在地里被蛇咬了下小腿"], _person(58, "female")).level is E
    assert assess(["前天被蛇咬了 现在腿肿到膝盖"], _person(58, "female")).level is E


def test_stings_counted_and_dark_urine():
    assert assess(["捅了马蜂窝 数了有三十多个包"], _person(66)).level is E
    assert assess(["被蜜蜂蛰了一下 手背肿了一点"], _person(30)).level is not E


def test_a_crushed_limb_and_potassium_pushed_into_a_vein():
    assert assess(["拖拉机翻了 把他左腿压住了 压了快三个钟头"], _person(48)).level is E
    kcl = ["new nurse pushed 10ml of 10% KCl straight into the cannula"]
    assert assess(kcl, _person(55, "female")).level is E


def test_a_child_and_a_low_toxicity_medicine():
    toddler = PatientContext(age_days=730, sex="female")
    well = ["2yo girl swallowed 3 of her birth control pills 30 min ago", "child fine, playing"]
    assert assess(well, toddler).level is U
    assert assess([*well, "now vomiting and sleepy"], toddler).level is E
    assert assess(["2yo swallowed 3 of grandad's heart tablets, fine now"], toddler).level is E


def test_heat_exhaustion_and_heat_stroke():
    exhausted = [
        "70岁老太 在场院晒玉米晒了一上午",
        "头晕 没劲 吐了两回 喝水就吐",
        "人清楚 问话都对",
    ]
    assert assess(exhausted, _person(70, "female")).level is U
    stroke = ["70岁老太 在场院晒玉米晒了一上午", "叫不醒了 体温40.5"]
    assert assess(stroke, _person(70, "female")).level is E


def test_methotrexate_taken_daily_told_in_another_message():
    texts = [
        "pt 61F RA, newly prescribed methotrexate 2.5mg x 4 tabs",
        "she's been taking the 4 tabs EVERY DAY since Monday not once a week",
    ]
    assert assess(texts, _person(61, "female")).level is U
    assert assess([*texts, "now mouth ulcers and fever 38.4"], _person(61, "female")).level is E
