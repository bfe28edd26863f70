"""Each rule family: positive, negated, and near-miss cases; general defaults."""

import pytest

from triage.rules import Level, assess

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE


def level(*texts: str) -> Level:
    return assess(list(texts)).level


def flags(*texts: str) -> set[str]:
    return {f.code for f in assess(list(texts)).red_flags}


@pytest.mark.parametrize(
    "text, expected_level, flag",
    [
        # adult
        ("65岁男性，胸口压榨样疼痛40分钟，出冷汗", E, "acs_chest_pain"),
        ("58 yo man, crushing chest pain radiating to left arm, sweating", E, "acs_chest_pain"),
        ("a 72-year-old woman with sudden facial droop and slurred speech", E, "stroke_befast"),
        ("56岁男性，突然左边胳膊腿没劲，左脸发麻", E, "stroke_befast"),
        ("发热39度，意识模糊，呼吸26次/分", E, "sepsis"),
        ("吃了花生后嘴唇肿，喘不上气", E, "anaphylaxis"),
        ("哮喘发作，说话只能一个字一个字，嘴唇发紫", E, "severe_asthma_copd"),
        ("SpO2 86%", E, "hypoxia"),
        ("fever with a stiff neck and a non-blanching rash", E, "meningitis"),
        ("呕血两次，黑便", E, "gi_bleed"),
        ("肚子剧痛，腹肌紧张，板状腹", E, "acute_abdomen"),
        ("30岁女性，停经7周，下腹痛，头晕", E, "ectopic_pregnancy"),
        ("孕34周，血压160/110，头痛，视物模糊", E, "pre_eclampsia"),
        ("BP 210/125 with chest pain", E, "hypertensive_emergency"),
        ("血糖2.1，叫不醒", E, "severe_hypoglycaemia"),
        ("糖尿病，血糖25，呕吐腹痛，呼吸深大", E, "dka"),
        ("头部外伤后昏迷过，呕吐三次", E, "head_injury_red_flags"),
        ("他说想自杀，已经写好遗书", E, "suicide_risk"),
        ("喝了农药敌敌畏", E, "poisoning"),
        ("腰痛，会阴部麻木，尿不出来", E, "cauda_equina"),
        ("15岁男孩，突然睾丸剧痛，呕吐", E, "testicular_torsion"),
        ("Man 80 suddenly confused since this morning, T 38.9", E, "acute_confusion"),
        # paediatric
        ("2岁孩子发烧，不能喝水，精神萎靡", E, "imci_general_danger_sign"),
        ("宝宝发烧后抽搐了一次", E, "imci_general_danger_sign"),
        ("1岁孩子咳嗽，吸气时胸凹陷", E, "child_severe_respiratory"),
        ("2个月大的男婴，体温38.2", E, "febrile_infant_under_3m"),
        ("出生10天的女婴，吃奶差，体温不升", E, "young_infant_danger_sign"),
        ("8个月宝宝咳嗽，呼吸55次/分", U, "fast_breathing"),
        ("3岁孩子咳嗽，呼吸45次/分", U, "fast_breathing"),
        ("9个月女婴，又吐又拉，哭没有眼泪，烦躁不安，皮肤弹性差", U, "child_some_dehydration"),
        # pregnancy
        ("孕28周，阴道出血", E, "pregnancy_danger_sign"),
        ("28 weeks pregnant, baby hasn't moved since last night", E, "absent_fetal_movements"),
        ("孕30周，胎动减少", U, "reduced_fetal_movements"),
        # urgent non-emergencies
        ("BP 190/120, no headache, no chest pain", U, "severe_hypertension"),
        ("被狗咬伤手", U, "animal_bite"),
        ("便血两天，没有头晕", U, "blood_in_stool"),
    ],
)
def test_rule_fires(text, expected_level, flag):
    a = assess([text])
    assert a.level is expected_level, (a.level, [f.code for f in a.red_flags])
    assert flag in {f.code for f in a.red_flags}


@pytest.mark.parametrize(
    "text",
    [
        "否认胸痛，无出汗",
        "no facial droop, no arm weakness, speech normal",
        "无呕血、黑便",
        "denies suicidal thoughts",
        "没有抽搐，精神好",
        "no vaginal bleeding, baby moving normally",
        "no fever, no neck stiffness, no rash",
    ],
)
def test_negated_red_flags_do_not_fire(text):
    assert level(text) < E, flags(text)


@pytest.mark.parametrize(
    "text, ceiling",
    [
        ("25岁男性，搬东西后左边胸口痛，按压痛明显，深呼吸时痛，不出汗，不气短", N),  # chest wall
        ("BP 150/95, feels fine, here for a check-up", N),  # raised, not severe
        ("4岁孩子发烧38.5一天，精神好，能吃能喝", S),  # NICE green
        ("孕24周，血压118/76，胎动好", N),  # pregnant, normal
        ("Woman 50, stiff neck after sleeping awkwardly, no fever, no headache", S),
        ("SpO2 91%, known COPD, usual breathlessness", U),  # COPD target 88-92
        ("血糖3.5，清醒，已经喝了糖水", U),  # level 1 hypoglycaemia, alert
        ("Woman 30 walked into a door frame, bump on forehead, no LOC, no vomiting", S),
    ],
)
def test_near_misses_stay_below_emergency(text, ceiling):
    assert level(text) <= ceiling, flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "感冒3天，流鼻涕，嗓子疼，无发热",
        "sore throat and sneezing for 2 days, eating and drinking well",
        "拉肚子2天，一天4次，无血便，能喝水，尿量正常",
        "ankle sprain, able to walk, mild swelling",
        "手指划伤一个小口子，已止血",
        "25岁男性，腰扭伤，无下肢麻木，大小便正常",
        "Woman 34, period pain day 1, same as usual",
    ],
)
def test_common_minor_presentations_are_self_care(text):
    assert level(text) is S, flags(text)


def test_unrecognised_complaint_defaults_to_routine_visit():
    assert level("膝盖不舒服半年") is N
    assert level("wants to discuss contraception") is N
    assert level("") is N


def test_emergency_carries_actions_in_both_languages():
    a = assess(["65岁男性，胸口压榨样疼痛40分钟，出冷汗"])
    assert a.actions, "an emergency says what to do now"
    assert "120" in a.actions[0].zh and "120" in a.actions[0].en
    joined = " ".join(t.en.lower() for t in a.actions)
    for word in ("aspirin", "mg", "nitroglycerin"):
        assert word not in joined  # the engine never prescribes


def test_red_flags_have_bilingual_labels_sources_and_triggers():
    a = assess(["孕32周，血压165/112，头痛"])
    for f in a.red_flags:
        assert f.label.zh and f.label.en and f.source and f.triggers
        assert f.code.islower() and " " not in f.code
    for r in a.reasons:
        assert r.zh and r.en


def test_every_english_form_is_a_whole_pattern():
    # English forms are split on ";": a ";" inside a character class ("[^.;]") once split a
    # form into two pieces that together matched almost anything. Each form must compile on
    # its own and must not match the empty string.
    import re

    from triage.rules.lexicon import CONCEPTS

    for code, (_zh, en) in CONCEPTS.items():
        for form in filter(None, (f.strip() for f in en.split(";"))):
            pattern = re.compile(form.replace(" ?", r"\s*").replace(" ", r"\s+"))
            assert not pattern.fullmatch(""), (code, form)


def test_no_lexicon_table_repeats_a_key():
    # A repeated key in a dict literal silently replaces the first entry's forms (a concept
    # added twice once lost the earlier forms without any test noticing).
    import ast
    import collections
    from pathlib import Path

    import triage.rules.lexicon as lexicon

    tree = ast.parse(Path(lexicon.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            repeated = [k for k, n in collections.Counter(keys).items() if n > 1]
            assert not repeated, (node.lineno, repeated)
