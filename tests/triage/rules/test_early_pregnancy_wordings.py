"""Ectopic pregnancy (NICE NG126 2019 §1.2: a missed period with abdominal pain, bleeding or
fainting) in the words staff use: a pain with its side between the body part and 疼
(下腹一侧疼) and a period counted late ("period is 3 weeks late"). Both were missed, so the
rule, which was right, never saw its facts. Negated and other-site texts must not trigger."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

WOMAN = PatientContext(age_days=28 * 365, sex="female")


@pytest.mark.parametrize(
    "text",
    [
        "下腹一侧疼，月经推迟3周",
        "小肚子右边有点疼，例假没来",
        "肚子左边痛了一上午，月经过期十天",
        "One-sided lower abdominal pain since this morning, period 3 weeks late",
        "lower abdominal pain, her period is two weeks late",
        "pelvic pain, she hasn't had a period for 7 weeks",
    ],
)
def test_missed_period_with_one_sided_pain_is_a_possible_ectopic(text):
    a = assess([text], WOMAN)

    assert a.level is Level.EMERGENCY
    assert "ectopic_pregnancy" in {f.code for f in a.red_flags}


@pytest.mark.parametrize(
    ("text", "code"),
    [("胸口左边疼半小时", "chest_pain"), ("头一边疼两天", "headache"), ("腰右侧痛", "back_pain")],
)
def test_a_side_between_the_body_part_and_the_pain_is_read(text, code):
    assert dict(extract_facts(text).findings).get(code) == "present"


@pytest.mark.parametrize("text", ["下腹两侧不疼，月经推迟3周", "肚子右边不痛，例假没来"])
def test_a_denied_pain_is_not_read_as_pain(text):
    a = assess([text], WOMAN)

    assert "ectopic_pregnancy" not in {f.code for f in a.red_flags}
    assert dict(a.facts.findings).get("abdominal_pain") != "present"
