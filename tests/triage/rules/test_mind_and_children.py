"""Guards for rounds 29 and 30's readings and rules: a reassuring form after a cue that had its
own symptom, "never had", what a parent took it for, catatonia, eating disorders, croup without
stridor at rest, a newborn's blue hands, a child's asthma pulse and limp."""

import pytest

from triage.rules import Level, assess
from triage.rules.facts import extract_facts

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


def _status(text: str, code: str) -> str | None:
    return extract_facts(text).status(code)


@pytest.mark.parametrize(
    ("text", "code", "status"),
    [
        ("没拉肚子没吐 走路稳 精神好", "balance_loss", "absent"),
        ("没拉肚子没吐 走路稳 精神好", "lethargy", "absent"),
        ("没摔过 精神好 吃饭正常", "lethargy", "absent"),
        # the cue before the reassuring form itself still turns it round
        ("孩子不活泼", "lethargy", "present"),
        ("never had shakes or fits when he stops", "seizure", "absent"),
        ("家长以为是抽筋 但孩子一直清醒", "fit_colloquial", "absent"),
        ("儿子已经把家里农药都拿走锁起来了", "pesticide", None),
        ("upset because a man in her village drank pesticide last week", "pesticide", None),
        ("她弟弟半年前自杀了 她说起来还是很难过", "suicidal_intent", None),
        ("says he doesn't want to die", "suicidal_intent", "absent"),
    ],
)
def test_readings(text, code, status):
    assert _status(text, code) == status


def test_a_temperature_before_the_day_of_illness_is_not_a_duration():
    facts = extract_facts("fever 38.2 day 1")
    assert dict(facts.durations).get("fever", 0) < 24 * 30


def test_catatonia_with_fever_or_no_drinking_is_an_emergency():
    adult = _patient(15330, "male")
    still = ["barely moved from bed for 4 days and not said a word", "arm stays where I put it"]
    assert assess(still, adult).level is U
    assert assess([*still, "nothing to drink for 3 days, T 38.2"], adult).level is E


def test_an_eating_disorder_with_a_slow_pulse_is_same_day():
    texts = ["19F anorexia, eats one meal a day", "HR 52, BP 98/62, no fainting"]
    assert assess(texts, _patient(6935, "female")).level is U


def test_a_barking_cough_is_croup_not_stridor_at_rest():
    child = _patient(900, "female")
    mild = ["barking cough since last night, hoarse", "noisy breathing only when she cries"]
    assert assess(mild, child).level is U
    assert assess(["barking cough, stridor at rest, sucking in at the ribs"], child).level is E


def test_a_newborns_blue_hands_with_pink_lips_are_not_cyanosis():
    texts = ["new baby day 5 - hands and feet look bluish", "lips and tongue pink, feeding well"]
    assert assess(texts, _patient(5, "male")).level is not E
    assert assess(["new baby day 5, lips look blue"], _patient(5, "male")).level is E


def test_a_young_childs_asthma_pulse_is_judged_for_age():
    texts = ["known asthma, wheezy with a cold", "full sentences, sats 95%, HR 125"]
    assert assess(texts, _patient(1530, "female", ("asthma",))).level is U
    assert assess(texts, _patient(12775, "female", ("asthma",))).level is E


def test_a_limp_under_three_is_same_day_and_at_ten_without_pain_is_not():
    assert assess(["两岁 今天走路一瘸一拐的 没发烧"], _patient(730, "male")).level is U
    assert assess(["10岁 走路有点瘸 昨天踢球崴了一下 不疼"], _patient(3650, "male")).level is not U
