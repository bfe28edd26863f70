"""Tablets counted in a message, doses taken twice, and desiccant sachets eaten.

"took two 50 mg tablets", "took her BP tablets this morning" and 吃了2片布洛芬 are doses, not
overdoses: they were read as a poisoning emergency at any age. Now an adult's overdose needs an
amount (ten or more, a handful, the whole strip, all of them, 二十片, 一整板); a child who took a
counted few tablets is still a suspected ingestion (one adult tablet can kill a toddler). A
dose repeated by mistake is a same-day question only for a medicine whose excess harms or with
symptoms after it (NICE CKS Poisoning or overdose; TOXBASE). A desiccant of unknown kind is a
poisoning (lime burns, iron powder poisons); one told as silica gel is not toxic."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE
ADULT = probe_patient(40 * 365, "female")
TODDLER = probe_patient(3 * 365, "male")


@pytest.mark.parametrize(
    ("text", "patient", "level"),
    [
        ("took her bp tablets this morning as usual", ADULT, N),
        ("has had her tablets today, headache better", ADULT, N),
        ("took 2 tablets of ibuprofen for period pain", ADULT, N),
        ("吃了2片布洛芬，头痛好点了", ADULT, N),
        ("早上吃了3片降压药，是医生开的量", ADULT, N),
        ("took 30 paracetamol tablets", ADULT, E),
        ("took about 20 of her sleeping tablets", ADULT, E),
        ("swallowed a handful of pills after a row", ADULT, E),
        ("took a handful of her mum's sleeping pills", ADULT, E),
        ("took all of her tablets", ADULT, E),
        ("吃了20片安眠药", ADULT, E),
        ("吃了二十片安眠药", ADULT, E),
        ("3岁孩子吃了2片奶奶的降压药", TODDLER, E),
        ("toddler swallowed 2 of grandads tablets", TODDLER, E),
    ],
)
def test_a_dose_is_not_an_overdose_but_a_childs_ingestion_still_is(text, patient, level):
    assert assess([text], patient).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("took her warfarin twice by mistake yesterday, no bleeding", U),
        ("早上华法林多吃了一次", U),
        ("早上多吃了一次降压药，现在头晕", U),
        ("gave his gliclazide twice by mistake this morning", U),
        ("took her morning metformin twice by mistake, no symptoms", N),
        ("second dose of the vaccine given today", N),
        ("一天吃两次药，按时吃的", N),
    ],
)
def test_a_dose_taken_twice_matters_for_a_narrow_margin_medicine_or_with_symptoms(text, level):
    assert assess([text], ADULT).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子咬破了一包硅胶干燥剂，吃了几粒透明小珠子，没什么不舒服", S),
        ("孩子吃了饼干袋里的干燥剂，看了包装是硅胶的", S),
        ("4 yo ate a silica gel sachet from a shoe box, playing", S),
        ("孩子吃了饼干袋里的干燥剂", E),
        ("宝宝吃了海苔里的干燥剂，是石灰的，嘴巴红", E),
        ("ate a desiccant packet from a food bag", E),
        ("硅胶奶嘴破了，换了一个", N),
    ],
)
def test_silica_gel_is_not_a_poisoning_but_an_unknown_desiccant_is(text, level):
    assert assess([text], TODDLER).level is level
