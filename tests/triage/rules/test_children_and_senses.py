"""Guards for the readings and rules added after rounds 37 and 38 (school-age children and
adolescents; eyes, ears, nose, throat, mouth and skin): each same-day rule leaves its emergency
neighbour an emergency, and each reading stays narrow."""

from triage.rules import Level, PatientContext, assess, extract_facts

E, U = Level.EMERGENCY, Level.URGENT


def _person(age: int, sex: str = "female", **kw) -> PatientContext:
    return PatientContext(age_days=age * 365, sex=sex, **kw)


def _codes(texts: list[str], patient: PatientContext) -> set[str]:
    return {flag.code for flag in assess(texts, patient).red_flags}


def test_typed_wrong_is_not_an_insulin_error():
    assert extract_facts("不好意思打错了 是18.6").status("insulin_error") is None
    assert extract_facts("胰岛素打错了 多打了10个单位").status("insulin_error") == "present"


def test_drooling_needs_a_muffled_voice_or_stridor_for_epiglottitis():
    assert assess(["3岁 发烧 口水一直流 说话声音闷"], _person(3)).level is E
    assert "throat_airway_threat" not in _codes(["1岁 长牙 口水一直流"], _person(1))


def test_trismus_is_quinsy_and_drooling_the_airway():
    quinsy = ["25M sore throat 5 days, cant open mouth wide, R tonsil bulging", "breathing fine"]
    assert assess(quinsy, _person(25, "male")).level is U
    assert assess([*quinsy, "now drooling, cant swallow spit"], _person(25, "male")).level is E


def test_a_sore_throat_too_painful_to_drink_is_same_day_not_an_ambulance():
    texts = ["19F tonsillitis 4 days", "since yesterday can't swallow even water", "voice normal"]
    assert "sore_throat_cannot_drink" in _codes(texts, _person(19))
    assert "throat_airway_threat" not in _codes(texts, _person(19))


def test_usual_period_pain_is_not_an_acute_abdomen_but_a_first_one_may_be():
    usual = ["14岁女 来月经第一天 肚子痛得在床上打滚 吐了一次", "每次来例假都这样 吃了布洛芬好多了"]
    assert assess(usual, _person(14)).level is not E
    assert assess([usual[0]], _person(14)).level is E


def test_a_dive_into_shallow_water():
    dive = ["16 yr old dived into river at a shallow spot", "neck pain, both hands numb and tingly"]
    assert assess(dive, _person(16, "male")).level is E
    assert "possible_spinal_injury" not in _codes(
        ["no neck injury, fell on her bottom"], _person(30)
    )


def test_a_girl_under_14_pregnant_is_child_protection():
    texts = ["女孩 例假3个多月没来 尿检两道杠"]
    assert "child_protection" in _codes(texts, _person(13, pregnant=True))
    assert "child_protection" not in _codes(texts, _person(17, pregnant=True))


def test_emergency_contraception_is_same_day():
    assert (
        assess(["23F condom broke last night, wants the morning after pill"], _person(23)).level
        is U
    )


def test_no_burn_in_the_mouth_keeps_the_burn_of_the_face():
    texts = [
        "8 yo boy, hot oil splashed on his L cheek",
        "skin red with blisters",
        "no burn in mouth",
    ]
    assert assess(texts, _person(8, "male")).level is U


def test_denying_self_harm_and_death_wishes_together():
    texts = ["14岁女 最近不爱说话", "问了 没伤害过自己 没想过死 吃饭睡觉还行"]
    assert "suicide_risk" not in _codes(texts, _person(14))


def test_a_red_eye_not_cyanosis():
    facts = extract_facts("左眼红 眼珠子按着就疼 红的发紫")
    assert facts.status("cyanosis") is None
    assert facts.status("red_eye") == "present"


def test_a_breath_holding_spell_that_ended_is_routine_but_not_one_still_blue():
    toddler = _person(1, "male")
    over = ["1岁多 一哭就憋气 嘴唇发紫 几秒就缓过来了 以前也这样好几次"]
    assert assess(over, toddler).level is Level.NON_URGENT
    assert assess(["1岁 一哭就憋气 嘴唇发紫 现在还是紫的"], toddler).level is E


def test_laryngomalacia_in_a_thriving_baby_but_not_with_indrawing():
    baby = PatientContext(age_days=90, sex="male")
    thriving = ["宝宝生下来就有喉鸣 吸气时有声音 吃奶好 长得好 哭的时候明显"]
    assert assess(thriving, baby).level is Level.NON_URGENT
    assert assess(["宝宝生下来就有喉鸣 这两天吃奶费劲 胸凹陷"], baby).level is E


def test_whooping_cough_same_day_and_in_a_young_baby_an_emergency():
    bouts = ["孩子咳嗽两周了 一阵一阵的咳 咳完吸气有鸡鸣样的声音 咳完吐"]
    assert assess(bouts, PatientContext(age_days=1500)).level is U
    assert assess(["3个月宝宝 咳嗽 一阵一阵 鸡鸣样"], PatientContext(age_days=90)).level is E


def test_a_headache_after_a_spinal_is_same_day():
    texts = ["做完腰麻手术第二天 头痛 坐起来就痛 躺下就好"]
    assert "post_dural_puncture_headache" in _codes(texts, _person(33))


def test_suspected_measles_is_reported_the_same_day_but_a_vaccine_is_not_measles():
    assert assess(["孩子出疹子 发烧4天 咳嗽流鼻涕眼睛红 麻疹"], _person(3)).level is U
    assert assess(["打过麻疹疫苗 今天来复查"], _person(3)).level is not U


def test_the_minutes_to_come_round_are_not_the_seizure_s_length():
    usual = [
        "known epileptic, usual seizure this morning, came round within 15 min, back to normal"
    ]
    assert assess(usual, _person(30, "male")).level is Level.NON_URGENT
    long = ["known epileptic, seizure lasting 10 min this morning, now stopped"]
    assert assess(long, _person(30, "male")).level is E
