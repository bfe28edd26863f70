"""Weights read from a message, and the limits of this session's same-day rules (each fires
where its guideline says and not beside it)."""

import pytest

from triage.rules import Level, assess
from triage.rules.facts import normalise
from triage.rules.vitals import parse_vitals

from .probe_patient import probe_patient

E, U, N = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT


@pytest.mark.parametrize(
    ("text", "today", "birth"),
    [
        ("出生3.2公斤，今天称2.84", 2840, 3200),
        ("weighed today 3.02kg, birth wt 3.40kg", 3020, 3400),
        ("出生体重3200克，现在体重2850克", 2850, 3200),
        ("出生6斤，今天称5.4斤", 2700, 3000),
        ("体重60公斤", 60000, None),
        ("he weighs 70 kg", 70000, None),
        ("患者称头痛3天", None, None),  # 称 is "says" here
        ("生下来5天的女娃", None, None),  # a count of days, not a weight
    ],
)
def test_weights_in_grams(text, today, birth):
    v = parse_vitals(normalise(text))
    assert (v.weight_g, v.birth_weight_g) == (today, birth)


@pytest.mark.parametrize(
    ("texts", "age_days", "level"),
    [
        (["5天的宝宝，出生3.2公斤，今天称2.84，吃奶还行"], 5, U),  # 11% (NICE NG194)
        (["5 day old, birth wt 3.40kg, weighed today 3.15kg, feeding well"], 5, N),  # 7%
        (["出生3.2公斤", "今天称2.84"], 5, U),  # the two weights in two messages
        (["3个月宝宝，出生3.2公斤，今天称2.84"], 90, N),  # not a newborn's first weeks
    ],
)
def test_newborn_weight_loss_from_ten_per_cent(texts, age_days, level):
    assert assess(texts, probe_patient(age_days, "female")).level is level


@pytest.mark.parametrize(
    ("texts", "age_days", "level"),
    [
        (["这两天不对劲，话少了，老睡觉，饭也不怎么吃"], 85 * 365, U),
        (["这两天不对劲，话少了，老睡觉，饭也不怎么吃"], 40 * 365, N),  # not an older person
        (["5周宝宝吃完奶就往外喷，喷老远，尿布还湿"], 35, U),
        (["2岁孩子吐了一次，喷出来老远，现在玩得好"], 730, N),  # not a young infant
        (["74M long term catheter, temp 38.2, alert"], 74 * 365, U),
        (["74M long term catheter, due a change, no fever"], 74 * 365, N),
        (["27岁，一拳打人嘴上，右手指关节破了个口子"], 27 * 365, U),
        (["10 y/o nose bleed this morning, stopped after 10 min squeeze, well"], 3650, N),
    ],
)
def test_same_day_rules_fire_only_where_their_guideline_says(texts, age_days, level):
    assert assess(texts, probe_patient(age_days, None)).level is level


@pytest.mark.parametrize(
    "text", ["5周宝宝吃完奶喷射性呕吐三天", "5 wk old, projectile vomiting after feeds"]
)
def test_projectile_vomiting_in_its_commonest_words_is_read_as_such(text):
    # NICE NG1: the pyloric stenosis rule; the words also stay repeated vomiting
    a = assess([text], probe_patient(35, "male"))
    assert {"pyloric_stenosis"} <= {f.code for f in a.red_flags}
    assert dict(a.facts.findings).get("repeated_vomiting") == "present"


def test_tea_coloured_urine_is_dark_urine_not_jaundice_by_itself():
    findings = dict(assess(["小便黄如浓茶"], probe_patient(40 * 365, "male")).facts.findings)
    assert findings.get("dark_urine") == "present" and "jaundice" not in findings
