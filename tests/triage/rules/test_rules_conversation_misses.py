"""Danger signs that the retrieval conversation set showed were missed: fast breathing counted
by staff, chest indrawing and nasal flaring in everyday words, severe hand, foot and mouth
disease described rather than named, a burn sized in palms, a child who got into an adult's
medicines, a resolved arm or speech deficit (TIA), carbon monoxide from a charcoal or coal
heater, and cauda equina syndrome. Each has its own wordings here, in both languages, plus
negated and look-alike texts that must not trigger."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE

TODDLER = PatientContext(age_days=2 * 365 + 100, sex="female")
PRESCHOOL = PatientContext(age_days=4 * 365, sex="male")
ADULT = PatientContext(age_days=50 * 365, sex="male")
OLDER = PatientContext(age_days=70 * 365, sex="female")


def _codes(texts: list[str], patient: PatientContext | None = None) -> set[str]:
    return {f.code for f in assess(texts, patient).red_flags}


def _assert_emergency(texts: list[str], patient: PatientContext, code: str) -> None:
    a = assess(texts, patient)
    assert a.level is E
    assert code in {f.code for f in a.red_flags}


# --- breathing: counted rate, chest indrawing, nasal flaring (WHO IMCI 2014) ----------------


@pytest.mark.parametrize(
    "text, rr",
    [
        ("安静的时候数了呼吸，一分钟52次", 52),
        ("每分钟呼吸48次", 48),
        ("一分钟内数了呼吸有44次", 44),
        ("呼吸频率：50次/分", 50),
        ("I counted his breathing at 55 times a minute", 55),
        ("respirations 48 per minute", 48),
    ],
)
def test_counted_breathing_rate_is_read(text, rr):
    assert extract_facts(text).vitals.rr == rr


@pytest.mark.parametrize(
    "text",
    ["呼吸困难两天，吐了10次", "呼吸还行，一天拉了12次", "breathing ok, vomited 12 times today"],
)
def test_other_counts_near_breathing_are_not_a_rate(text):
    assert extract_facts(text).vitals.rr is None


def test_fast_breathing_for_age_counted_by_staff():
    assert "fast_breathing" in _codes(["咳嗽发烧，数了一下呼吸，一分钟45次"], TODDLER)
    assert "fast_breathing" not in _codes(["咳嗽发烧，数了一下呼吸，一分钟30次"], TODDLER)


@pytest.mark.parametrize(
    "text",
    [
        "喘的时候肋骨底下一下一下往里瘪",
        "吸气时胸口凹进去",
        "肋间往里凹，呼吸很费劲",
        "the skin under his ribs is sucking in with each breath",
        "her lower chest keeps pulling in when she breathes",
    ],
)
def test_chest_indrawing_in_a_child_is_an_emergency(text):
    _assert_emergency(["2岁孩子咳嗽发烧", text], TODDLER, "child_severe_respiratory")


@pytest.mark.parametrize(
    "text", ["鼻翼一扇一扇的", "鼻翼煽动明显", "nostrils flaring as he breathes"]
)
def test_nasal_flaring_in_a_child_is_read_and_seen_today(text):
    # NICE NG143 table 1: nasal flaring is amber (grunting and chest indrawing are red); it was
    # graded an emergency until round 87's reviewers cited the table (2026-12-07)
    a = assess(["2岁孩子咳嗽发烧", text], TODDLER)
    assert "child_nasal_flaring" in {f.code for f in a.red_flags}
    assert a.level is Level.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "没有胸凹陷，没有鼻翼扇动",
        "no chest indrawing, no nasal flaring",
        "胸口有点凹，是天生的漏斗胸",
        "she sucked in her cheeks and flared her nostrils to make a funny face",
    ],
)
def test_denied_or_unrelated_chest_and_nose_words_do_not_trigger(text):
    assert "child_severe_respiratory" not in _codes(["2岁孩子咳嗽", text], TODDLER)


# --- hand, foot and mouth disease (手足口病诊疗指南2018 重症早期预警) --------------------------


def test_described_hfmd_without_warning_signs_stays_home_care():
    a = assess(["手上脚上长了些小水疱，嘴巴里也有溃疡，精神还可以"], PRESCHOOL)
    assert a.level is S
    a = assess(["small blisters on his palms and soles, sores in his mouth, playing"], PRESCHOOL)
    assert a.level is S


@pytest.mark.parametrize(
    "texts",
    [
        ["脚底和手心长了红疹子，舌头上有几个疱疹", "这两天精神特别不好，睡觉总是一惊一跳的"],
        ["手掌起了疹子，嘴里长了溃疡", "胳膊老是发抖"],
        [
            "spots on her hands and feet, ulcers in her mouth",
            "she keeps startling and her legs are twitching",
        ],
        ["手足口病第二天", "精神越来越差"],
    ],
)
def test_hfmd_with_early_severe_signs_is_an_emergency(texts):
    _assert_emergency(texts, PRESCHOOL, "severe_hfmd_signs")


@pytest.mark.parametrize(
    "text",
    [
        "精神很差",
        "精神非常不好",
        "精神有点萎靡",
    ],
)
def test_intensified_poor_spirit_is_lethargy_in_a_young_child(text):
    assert "imci_general_danger_sign" in _codes(["发烧一天", text], PRESCHOOL)


@pytest.mark.parametrize(
    "text",
    ["精神很好，能吃能玩", "发烧，冷得手脚发抖", "没有易惊，没有肢体抖动，精神好"],
)
def test_good_spirit_shivering_and_denied_startle_do_not_trigger(text):
    assert not _codes(["手足口病", text], PRESCHOOL) & {
        "severe_hfmd_signs",
        "imci_general_danger_sign",
    }


def test_mouth_ulcer_alone_is_not_hfmd():
    assert "hfmd" not in {h for f in assess(["嘴里有个溃疡"], ADULT).red_flags for h in f.triggers}


# --- burns: area in palms, colloquial scalds (ISBI 2016; 外科学 手掌法) ---------------------


@pytest.mark.parametrize(
    "text, pct",
    [
        ("烫伤的面积有三四个巴掌大", 4),
        ("大概七八个手掌那么大", 8),
        ("面积约2个手掌", 2),
        ("the burn is about 4 of his palms", 4),
        ("roughly two to three palm-sizes in total", 3),
        ("面积大约12%", 12),
    ],
)
def test_burn_area_in_palms_is_read_as_percent(text, pct):
    assert extract_facts(text).burn_percent == pct


@pytest.mark.parametrize(
    "text",
    ["整个手掌手背起水泡", "手掌上擦破了皮", "a cut on his palm", "两个手掌都脱皮"],
)
def test_a_palm_as_body_site_is_not_an_area(text):
    assert extract_facts(text).burn_percent is None


@pytest.mark.parametrize(
    "text",
    ["暖水瓶倒了，开水烫着他的腿", "一锅热汤洒了，烫在孩子背上"],
)
def test_colloquial_scald_is_a_burn(text):
    assert dict(extract_facts(text).findings).get("burn") == "present"


def test_fever_heat_words_are_not_burns():
    assert "burn" not in dict(extract_facts("额头烫，身上发烫，摸着烫手").findings)


def test_child_scald_sized_in_palms_over_threshold():
    _assert_emergency(
        ["热油溅出来烫在胳膊和胸口", "面积有十一二个手掌那么大"], TODDLER, "major_burn"
    )
    a = assess(["开水烫着腿，起了大水疱", "面积有六个手掌大"], TODDLER)
    assert a.level is U
    assert "TBSA 6%" in next(f for f in a.red_flags if f.code == "burn_needs_review").triggers


# --- a child and an adult's medicines (WHO poison control; AAPCC CCB guideline) ------------


@pytest.mark.parametrize(
    "text",
    [
        "He got into his grandpa's heart tablets this afternoon",
        "the blister pack was chewed and two capsules are unaccounted for",
        "a couple of pills are missing from the dosette box",
        "奶奶的药瓶被拧开了，不知道吃没吃",
        "孩子偷吃了爷爷的降压药",
        "药板上少了两片",
    ],
)
def test_child_with_access_to_adult_medicines_is_an_emergency(text):
    _assert_emergency(
        [text, "现在看着挺好 / looks well right now"], TODDLER, "child_medicine_ingestion"
    )


@pytest.mark.parametrize(
    "text",
    [
        "no tablets missing, the pill box was still shut",
        "孩子感冒了，在家吃了点退烧药",
        "给孩子吃了家里的感冒药，还在咳",
    ],
)
def test_checked_medicines_and_given_doses_do_not_trigger(text):
    assert "child_medicine_ingestion" not in _codes([text], TODDLER)


def test_medicine_access_alone_does_not_flag_an_adult():
    assert "child_medicine_ingestion" not in _codes(["Some of his tablets are missing"], ADULT)


# --- TIA / stroke: verb forms, resolved deficits (NICE NG128; BE-FAST) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "his left hand suddenly went floppy for ten minutes",
        "her leg became useless for a while",
        "one side of his body went numb after breakfast",
        "she lost the use of her right hand at lunch",
        "his words came out all jumbled",
        "her speech sounded slurred on the phone",
        "右胳膊一下子没劲了",
        "左手突然就不听使唤",
        "说话口齿含糊，舌头不利索",
    ],
)
def test_stroke_deficit_in_verb_form_is_an_emergency(text):
    _assert_emergency([text], OLDER, "stroke_befast")


@pytest.mark.parametrize(
    "texts",
    [
        ["Her left arm went weak at breakfast", "Completely back to normal now, all resolved"],
        ["早上右手突然没劲，说话含糊不清", "现在都好了，跟平时一样"],
    ],
)
def test_resolved_deficit_still_flags_tia(texts):
    _assert_emergency(texts, OLDER, "stroke_befast")


@pytest.mark.parametrize(
    "text",
    [
        "no arm weakness, speech normal",
        "her arm is not weak and her speech was clear",
        "my arm went dead after I slept on it",
        "his hand feels numb at night when he types",
        "没有说话含糊，肢体活动正常",
    ],
)
def test_denied_deficits_and_look_alikes_do_not_flag_stroke(text):
    assert "stroke_befast" not in _codes([text], OLDER)


# --- carbon monoxide (一氧化碳中毒临床治疗指南; NICE CG150) ----------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        [
            "They lit a coal stove in the tent overnight",
            "both woke up with a pounding headache and felt sick",
        ],
        ["burning charcoal indoors to keep warm", "the kids are drowsy and dizzy"],
        ["昨晚屋里生了个炭盆，门窗关着", "今早老两口都头晕、想吐"],
        ["关着窗户烤火", "孩子头疼，迷迷糊糊的，叫着才醒"],
    ],
)
def test_symptoms_after_indoor_charcoal_or_coal_heating_are_co_poisoning(texts):
    _assert_emergency(texts, ADULT, "carbon_monoxide")


@pytest.mark.parametrize(
    "texts",
    [
        ["We heat the house with a coal stove", "he has a rash on his arm"],
        ["cooking on a gas stove", "mild headache after a long day at work"],
        ["家里烧蜂窝煤做饭", "膝盖疼了一个月"],
        # Tiredness is too common to count: a coal-heated village home is not an alarm.
        ["冬天家里一直烧煤炉取暖", "最近地里活多，人有点累"],
    ],
)
def test_co_source_without_co_symptoms_or_a_stove_alone_does_not_trigger(texts):
    assert "carbon_monoxide" not in _codes(texts, ADULT)


# --- snake bite (WHO snakebite guidelines 2016: every bite is venomous until observed) -------


@pytest.mark.parametrize(
    "text",
    ["Bitten on the calf by a snake while cutting grass", "she was bitten by a brown snake"],
)
def test_snake_bite_with_the_place_between_is_a_snake_bite(text):
    assert assess([text], ADULT).level == E
    assert "snake_bite" in _codes([text], ADULT)


def test_a_dog_bite_is_not_a_snake_bite():
    assert "snake_bite" not in _codes(["bitten on the hand by a neighbour's dog"], ADULT)


# --- cauda equina (NICE CKS sciatica 2023; GIRFT 2023) -------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["Back pain since Monday", "now the pain is radiating down both legs"],
        [
            "lower back pain",
            "tingling around her back passage and she can't feel the paper when she wipes",
        ],
        ["sore back after digging", "he has not been able to pee since this morning"],
        ["腰痛五天", "现在疼得放射到两条腿"],
        ["腰疼", "两条腿都窜着疼，今天一直尿解不出"],
    ],
)
def test_back_pain_with_cauda_equina_features_is_an_emergency(texts):
    _assert_emergency(texts, ADULT, "cauda_equina")


@pytest.mark.parametrize(
    "texts",
    [
        [
            "low back pain, sciatica down the left leg",
            "no numbness around the bottom, passing urine normally",
        ],
        ["腰痛，右腿放射痛", "大小便正常，没有会阴麻木"],
        ["back ache", "pain when passing urine, burning"],
    ],
)
def test_one_sided_sciatica_and_dysuria_are_not_cauda_equina(texts):
    assert "cauda_equina" not in _codes(texts, ADULT)


# --- found by the held-out retrieval conversations (tests/triage/conversations/heldout.jsonl) --


def test_hfmd_rash_on_several_sites_and_mouth_blisters_with_warning_signs():
    texts = [
        "脚底、手掌还有屁股上出了好多小红疹子，嘴巴里也起了几个泡泡",
        "今天老是一惊一惊的，精神很差",
    ]
    _assert_emergency(texts, PRESCHOOL, "severe_hfmd_signs")


@pytest.mark.parametrize(
    "text",
    ["隔壁的狗把孩子手咬破了", "被邻居家的猫在胳膊上挠了两道", "那只猴子把他脸抓伤了"],
)
def test_animal_bite_with_the_person_between_animal_and_verb(text):
    assert "animal_bite" in _codes([text], PRESCHOOL)


@pytest.mark.parametrize("text", ["狗把骨头咬碎了", "猫把毛线团抓乱了，家里人都好"])
def test_an_animal_biting_a_thing_is_not_a_bite(text):
    assert "animal_bite" not in _codes([text], ADULT)


@pytest.mark.parametrize(
    "text",
    [
        "She was bitten on the foot near the pond, thinks it was a snake",
        "Two fang marks above the ankle, swelling spreading",
    ],
)
def test_snake_bite_told_around_the_word_snake_or_by_its_fang_marks(text):
    assert "snake_bite" in _codes([text], ADULT)


@pytest.mark.parametrize(
    "text",
    ["PHQ-9 total 14, item 9 scored 2", "PHQ-9 is 11; question 9: 1", "PHQ-9 评分16分，第九题2分"],
)
def test_a_positive_phq9_item_9_asks_for_a_same_day_risk_assessment(text):
    assert assess([text], ADULT).level >= U


@pytest.mark.parametrize("text", ["PHQ-9 total 8, item 9 scored 0", "PHQ-9 9分，第9题0分"])
def test_phq9_item_9_scored_zero_raises_nothing(text):
    assert assess([text], ADULT).level < U


# --- rhabdomyolysis (NICE CKS Statins 2023; 中国血脂管理指南2023) -------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        [
            "On atorvastatin, started erythromycin last week",
            "muscles ache all over, urine looks like coke",
        ],
        ["吃着辛伐他汀，前几天又开了克拉霉素", "这两天全身肌肉酸痛，小便像浓茶"],
        ["Ran a marathon yesterday, calves hurt badly today and his urine is brown"],
    ],
)
def test_muscle_pain_with_cola_or_tea_coloured_urine_is_possible_rhabdomyolysis(texts):
    a = assess(texts, ADULT)
    assert "rhabdomyolysis" in {f.code for f in a.red_flags}
    assert a.level >= U


@pytest.mark.parametrize(
    "texts",
    [
        ["flu for two days, muscle aches, drinking little, urine is dark yellow"],
        ["感冒了全身肌肉酸痛，尿有点黄"],
        ["urine looks like tea", "no pain anywhere, eyes a bit yellow"],
    ],
)
def test_flu_aches_with_concentrated_urine_or_tea_urine_alone_are_not_rhabdomyolysis(texts):
    assert "rhabdomyolysis" not in _codes(texts, ADULT)
