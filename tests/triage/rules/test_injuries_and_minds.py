"""Guards for the readings and rules added after rounds 45 and 46 (injuries; mental health and
substances): each reading stays narrow, and each emergency reading stands."""

from triage.rules import Level, PatientContext, assess, extract_facts

E = Level.EMERGENCY


def _adult(age: int, sex: str = "male") -> PatientContext:
    return PatientContext(age_days=age * 365, sex=sex)


def test_a_mouth_open_in_sleep_is_not_a_gaping_wound():
    assert extract_facts("晚上鼻子堵 张着嘴睡觉").status("deep_wound") is None
    assert extract_facts("头上划了个口子 4公分左右 张着嘴").status("deep_wound") == "present"


def test_suicide_told_by_its_preparations():
    prep = [
        "他老婆打电话来的 说她男人这几天不对劲",
        "把存折 手机密码都写给她了 还说以后孩子就靠你了",
    ]
    assert assess(prep, _adult(42)).level is E
    charcoal = ["brother found receipt in his car for charcoal and tape"]
    assert assess(charcoal, _adult(42)).level is E


def test_a_suicide_question_answered_no():
    texts = ["45M stressed about debts", "asked about suicide - 'no, never, I just need to stop'"]
    assert assess(texts, _adult(45)).level is not E


def test_neuroleptic_malignant_syndrome():
    nms = [
        "40M schizophrenia, haloperidol increased last week",
        "stiff like a board, T 39.8 HR 122",
    ]
    assert assess(nms, _adult(40)).level is E
    assert assess(["40M on haloperidol, arms a bit stiff, no fever"], _adult(40)).level is not E


def test_a_pedestrian_hit_and_shocked():
    texts = ["68岁女的过马路被小车撞了", "屁股跟大腿根疼 站不起来", "HR 118 BP 95/60 手脚冰凉"]
    assert assess(texts, _adult(68, "female")).level is E
