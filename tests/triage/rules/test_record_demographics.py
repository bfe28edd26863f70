"""The record's age and sex against the ones the messages state. The text wins where it states
them (the record may be out of date), but the person it describes may not be the patient: a
grandchild who came along, a husband speaking for his wife, or the wrong record open. When the
two give different levels, the higher is kept and the reasons say so, in both languages."""

import pytest

from triage.rules import Level, PatientContext, assess

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE

GRANDMOTHER = PatientContext(age_days=70 * 365, sex="female")
YOUNG_WOMAN = PatientContext(age_days=28 * 365, sex="female")


def _disagreement(assessment) -> list:
    return [r for r in assessment.reasons if "档案" in r.zh and "record" in r.en]


@pytest.mark.parametrize(
    "text",
    [
        "孙子10岁陪奶奶来的，奶奶胸口压榨样疼痛半小时，出冷汗",
        "Brought in by her 12-year-old grandson, crushing chest pain for 30 minutes, sweaty",
    ],
)
def test_a_companions_age_does_not_lower_a_heart_attack(text):
    # Assessed as the 10- or 12-year-old the text names, this was urgent chest pain in a child.
    a = assess([text], GRANDMOTHER)

    assert a.level is E
    assert "acs_chest_pain" in {f.code for f in a.red_flags}
    [reason] = _disagreement(a)
    assert "70岁" in reason.zh and "70 years" in reason.en


def test_a_husband_speaking_for_his_wife_does_not_hide_an_ectopic_pregnancy():
    # "his" made the text's sex male, and the ectopic pregnancy rule needs a woman.
    text = "Husband says his wife missed her period and has one-sided lower abdominal pain"

    a = assess([text], YOUNG_WOMAN)

    assert a.level is E
    assert "ectopic_pregnancy" in {f.code for f in a.red_flags}
    [reason] = _disagreement(a)
    assert "female" in reason.en and "女" in reason.zh


def test_the_text_stands_when_both_give_the_same_level():
    a = assess(["75岁，咳嗽两天，流鼻涕"], GRANDMOTHER)

    assert a.facts.age_days == 75 * 365
    assert _disagreement(a) == []


def test_a_higher_level_from_the_texts_person_is_kept_too():
    # The mother's record is open, the baby in the text is the patient: any fever under three
    # months of age is a red flag (NICE NG143), a fever of 38.2 in a young woman is not.
    a = assess(["2个月宝宝发烧38.2度，吃奶还行"], YOUNG_WOMAN)

    assert a.level > N
    assert a.facts.age_days < 90
    assert len(_disagreement(a)) == 1


def test_no_record_or_no_stated_age_assesses_once():
    assert _disagreement(assess(["孙子10岁陪奶奶来的，奶奶胸口压榨样疼痛半小时"])) == []
    assert _disagreement(assess(["胸口压榨样疼痛半小时"], GRANDMOTHER)) == []
