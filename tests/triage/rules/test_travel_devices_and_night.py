"""Guards, in our own words, for the readings and rules of held-out rounds 72-74 (altitude, travel
and migrant work; heart devices, rhythm and blood pressure at home; the night and sleep). Each
case is written from the guideline the rule cites, not from a reviewer's case."""

import pytest

from triage.rules import Level, assess, extract_facts

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT
ADULT = _patient(18250, "male")


def _level(texts, patient=ADULT):
    return assess(texts, patient).level


def _codes(texts, patient=ADULT):
    return {f.code for f in assess(texts, patient).red_flags}


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["ICD fired twice this afternoon, he says he's fine now"], E),
        (["got one shock from his defib this morning, felt a thump, fine since, no chest pain"], U),
        (["他的除颤器上午放电了两次，现在说没事"], E),
        (["除颤器放电了一次，之后胸口一直闷"], E),
    ],
)
def test_shocks_from_an_implanted_defibrillator(texts, level):
    # ESC 2021 pacing / EHRA: two or more in a day, or one with symptoms, is an emergency.
    assert _level(texts) is level
    assert "icd_shock" in _codes(texts)


def test_hydrofluoric_acid_is_an_emergency_whatever_the_skin_shows():
    # UKHSA / TOXBASE 2023.
    assert (
        _level(["splashed hydrofluoric acid rust remover on two fingers, skin looks normal"]) is E
    )
    assert _level(["玻璃厂的，手上沾了氢氟酸，冲过水了，现在越来越痛"]) is E


def test_saturation_high_up():
    # WMS 2019/2024: 85-90% at rest is usual high up in a well person.
    assert "hypoxia" not in _codes(["在拉萨旅游第二天，没啥不舒服，指脉氧88"])
    assert "hypoxia" not in _codes(
        ["working at 4,200 m on the railway, feels well, sats 87% at rest"]
    )
    assert _level(["在拉萨，气喘得厉害，躺不平，指脉氧76"]) is E
    # at sea level the same 88 is still an emergency (BTS 2017)
    assert "hypoxia" in _codes(["没啥不舒服，指脉氧88"])


@pytest.mark.parametrize(
    "texts",
    [
        ["28F 2 wks post c-section, sudden SOB and stabbing pain when she breathes in, HR 112"],
        [
            "flew back from Australia 2 days ago",
            "sharp pain R chest when he breathes in, HR 110, sats 93%",
        ],
    ],
)
def test_a_pulmonary_embolism_told_in_new_words(texts):
    # NICE NG158: pleuritic pain with a fast pulse or low oxygen and a risk of clots.
    assert "possible_pulmonary_embolism" in _codes(texts, _patient(10220, "female"))


def test_readings_of_these_rounds():
    assert extract_facts("脉32，很慢").vitals.hr == 32
    assert extract_facts("动脉32").vitals.hr is None
    assert extract_facts("roofer acting weird since lunch").status("confusion") == "present"
    assert extract_facts("fainted walking up the hill").status("exertional") == "present"
    assert extract_facts("床头一个空的安眠药瓶子").status("overdose") == "present"
    assert (
        extract_facts("he's been keeping them 'for when I've had enough'").status("suicidal_intent")
        == "present"
    )
    assert extract_facts("右手食指压断了，前面一节掉了").status("amputation") == "present"
    assert extract_facts("腿发凉发白，摸不着脚背的脉").status("limb_ischaemia") == "present"


def test_a_faint_on_a_hill_with_a_tight_valve():
    # ESC 2018 syncope: a faint on exertion with aortic stenosis is high risk.
    assert _level(["80M with aortic stenosis fainted walking up the hill, fine now"]) is E


def test_a_crush_held_for_hours_with_dark_urine():
    # 挤压综合征共识 2017.
    texts = ["水泥板压住了左大腿，压了两个钟才搬开", "今天尿是酱油色的"]
    assert _level(texts) is E


@pytest.mark.parametrize(
    "texts",
    [
        ["起搏器装了两年，那个盒子上面的皮越来越薄，发亮"],
        ["pacemaker fitted last week, his belly twitching in time with his pulse"],
        ["her ICD keeps beeping since this morning, no shocks, feels fine"],
    ],
)
def test_a_pacemaker_or_defibrillator_problem_is_seen_the_same_day(texts):
    # ESC 2021 pacing: the device team the same day.
    assert "cardiac_device_problem" in _codes(texts)
    assert _level(texts) is U


def test_a_red_wound_without_a_device_is_not_a_device_problem():
    assert "device_problem" not in dict(extract_facts("手术伤口那块发红发热").findings)


@pytest.mark.parametrize(
    "texts",
    [
        ["back from Lagos 10 days ago, fever 38.6 since yesterday, otherwise well"],
        ["在坦桑尼亚工地干了半年，回来一周了，今天发烧38度6"],
    ],
)
def test_fever_after_a_malaria_country(texts):
    # WHO 2023: a malaria test the same day.
    assert "possible_malaria" in _codes(texts)


def test_words_of_work_and_travel_injuries():
    assert extract_facts("fever and shivering fits since last night").status("seizure") is None
    assert extract_facts("清洗剂溅到眼睛里了，冲过了还是红").status("chemical_eye") == "present"
    assert (
        extract_facts("nail black, blood under more than half the nail").status("nail_bed_injury")
        == "present"
    )
    cut = extract_facts("角磨机把手掌划了一道口子，无名指弯下去伸不直了")
    assert cut.status("tendon_nerve_injury") == "present"
    # without a cut, a finger that clicks straight is a trigger finger (NICE CKS)
    trigger = extract_facts("右手中指早上弯下去伸不直，掰一下咔哒就开了")
    assert trigger.status("tendon_nerve_injury") is None
    assert (
        extract_facts("monkey jumped on her at the temple and bit her").status("animal_bite")
        == "present"
    )


def test_words_of_the_night():
    assert extract_facts("说有时想睡过去不醒也好").status("passive_death_wish") == "present"
    assert (
        extract_facts("胳膊上好几道划痕，说难受的时候划一下好受点").status("self_harm_act")
        == "present"
    )
    assert extract_facts("四五天没咋睡，说要开公司").status("mania") == "present"
    assert extract_facts("太阳穴这边痛了一个礼拜").status("headache") == "present"
    assert extract_facts("pulse irreg 118 at rest").vitals.hr == 118
    assert extract_facts("摸脉不齐，数下来120左右").vitals.hr == 120


def test_a_hypo_on_a_sulfonylurea_put_right_is_still_seen_today():
    # JBDS-IP 2023: it comes back for a day or more.
    texts = ["吃格列齐特的，昨晚测了血糖3.4，喝了糖水好了", "今天早上血糖8.1，人清楚"]
    assert "sulfonylurea_hypo_corrected" in _codes(texts)
    assert _level(texts) is U
    # on metformin alone a corrected mild hypo is a routine review (ADA 2024)
    other = ["吃二甲双胍的，昨晚测了血糖3.6，喝了糖水好了", "今天早上血糖7.9，人清楚"]
    assert "sulfonylurea_hypo_corrected" not in _codes(other)


def test_a_limp_after_a_fall_in_an_older_person_is_x_rayed_today():
    # NICE CG124: an impacted hip fracture can still bear weight.
    texts = ["82F fell in the bathroom last night", "walking with a frame but limping"]
    assert "suspected_fracture" in _codes(texts, _patient(29930, "female"))
    wrist = ["75岁，晚上起夜绊了一跤，手撑地", "手腕肿了，有点歪"]
    assert "suspected_fracture" in _codes(wrist, _patient(27375, "female"))


def test_sleepy_at_a_time_of_day_is_not_reduced_consciousness():
    # NICE NG202 / WHO travel health: daytime sleepiness (apnoea, jet lag) is not drowsiness.
    assert _level(["back from London 3 days, can't sleep at night, sleepy by 3pm"]) is not E
    assert _level(["he snores and stops breathing at night, sleepy during the day"]) is not E


def test_one_shock_told_after_the_device():
    assert "icd_shock" in _codes(["w ICD had 1 shock this morning, feels fine since"])
    assert "icd_shock" not in _codes(["he had a shock from the electric fence"])
