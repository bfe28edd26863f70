"""Guards, in our own words, for the readings and rules of held-out rounds 77 and 78 (wounds,
ulcers and the skin over time; infections of children at kindergarten and school). Each case is
written from the guideline the rule cites, not from a reviewer's case."""

import pytest

from triage.rules import Level, assess, extract_facts

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT
ADULT = _patient(21900, "male")


def _level(texts, patient=ADULT):
    return assess(texts, patient).level


def _codes(texts, patient=ADULT):
    return {f.code for f in assess(texts, patient).red_flags}


@pytest.mark.parametrize(
    "texts",
    [
        ["糖尿病十年，右脚大脚趾头整个发黑了，足背动脉我摸不到"],
        ["diabetic, little toe gone black at the tip this week, can't find pulses"],
        ["diabetic, ulcer under the big toe, pus pours out when I press the sole"],
        ["房颤没吃抗凝药，今天左脚白得吓人，冰凉，突然疼得厉害"],
        ["81F AF, R foot suddenly cold and white since this morning, can't feel her toes"],
        ["stepped on a nail 10 days ago, now jaw tight, can hardly open his mouth"],
        ["钢管砸伤小腿缝了针，今天伤口周围咯吱咯吱的，发青发铜色，脉搏118"],
        ["diabetic 60M, scrotum very red and swollen, a black patch now, T 38.4"],
        ["静脉曲张的烂疮突然往外喷血，地上一大摊，吃着华法林，脸煞白头晕"],
    ],
)
def test_limb_and_life_threatening_wounds(texts):
    # NICE NG19 §1.3.1, ESVS 2020, WHO tetanus, NICE NG141, NICE CKS anticoagulation.
    assert _level(texts) is E


def test_an_orbital_cellulitis_and_a_varicella_pneumonia():
    orbit = ["6岁，眼角蚊子咬的挠破了，现在眼皮肿得睁不开，眼珠子往前鼓，烧38度6"]
    assert _level(orbit, _patient(2190, "male")) is E
    # NICE CKS Chickenpox: an adult with chickenpox and breathlessness or low oxygen
    pox = ["chickenpox spots 3 days, now short of breath, sats 91%"]
    assert _level(pox, _patient(12775, "male")) is E


def test_a_weak_leg_in_hand_foot_and_mouth_disease():
    # 手足口病诊疗指南2018: limb weakness is nervous-system involvement.
    texts = ["2岁手足口第三天", "今天左腿站不住，走路不稳"]
    assert _level(texts, _patient(730, "female")) is E


@pytest.mark.parametrize(
    "texts",
    [
        ["糖尿病，脚后跟一个水泡破了，底下红红的"],
        ["diabetic, blister that burst under the big toe a week ago, now an open sore"],
        ["75F living alone, leg ulcer not dressed for weeks, maggots in it, she's well"],
        ["屁股上长个疙瘩一周了，现在鸡蛋大，摸着软乎乎的有波动"],
    ],
)
def test_same_day_wounds(texts):
    # NICE NG19 (a new diabetic foot ulcer), NICE CKS (maggots, an abscess to drain).
    assert _level(texts) is U


def test_words_of_these_rounds():
    assert (
        extract_facts("a red streak going up the inside of her arm").status("spreading_redness")
        == "present"
    )
    assert (
        extract_facts("烫伤起了泡，自己挑破了，今天有黄脓").status("wound_infection") == "present"
    )
    # a child's fever felt by touch is not a wound
    assert extract_facts("今天摸着烫，量了38度3").status("wound_infection") is None
    # "a faint pink rash" is a colour, not a collapse
    assert extract_facts("faint pink rash on his tummy").status("syncope") is None
    assert (
        extract_facts("shaking all over, teeth chattering, talking to me").status("seizure") is None
    )


def test_the_purple_of_chilblains_is_not_cyanosis():
    # NICE CKS Chilblains.
    texts = ["10岁，每年冬天手指头又红又肿，发紫，一烤火就痒"]
    assert _level(texts, _patient(3650, "female")) is not E
    # with breathlessness the colour is not explained away
    assert _level(["手指头又红又肿，发紫，喘不上气"], _patient(3650, "female")) is E


def test_a_muddy_puncture_and_a_fight_bite_are_seen_today():
    # 外伤后破伤风疫苗和被动免疫制剂使用指南(2019); NICE NG184 (a clenched-fist injury).
    assert "tetanus_prone_wound" in _codes(["在猪圈被钉子扎了脚，挺深，带着泥"])
    assert "human_bite" in _codes(["打架一拳打在对方嘴上，指关节破了个口"])
