"""Safeguarding rules fire where their guidelines say and not beside them."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE


@pytest.mark.parametrize(
    ("texts", "age_years", "sex", "level"),
    [
        # NICE PH50 / WHO 2013: a threat with a weapon or the abuser nearby is immediate danger.
        (["她男人拿着菜刀在外面找她，说要砍死她"], 35, "female", E),
        (
            ["husband said he'll kill her if she talks, he's sat in the waiting room"],
            41,
            "female",
            E,
        ),
        (["partner said last week he'll kill her, they're at her mum's now"], 26, "female", U),
        # FFLM/IFAS 2023: strangulation with a red sign is an emergency, without one same day.
        (["bf choked her last night, she passed out, voice hoarse"], 34, "female", E),
        (["两天前被丈夫掐过脖子，现在说话吞咽都正常"], 42, "female", U),
        # NICE PH50: injuries from a partner.
        (["说老公喝了酒就打她，胳膊上有淤青"], 35, "female", U),
        # NICE CG89: patterned injuries, disclosures, left alone.
        (["7岁男孩说继父用皮带抽他，背上一条条红印"], 7, "male", U),
        (
            ["school nurse: 8yo says mum leaves him and his sister home alone at night"],
            8,
            "male",
            U,
        ),
        (["5yo rang, mummy went out yesterday and hasn't come back"], 5, "male", E),
        # look-alikes: a toddler's shin bruise, cupping marks, a quarrel
        (["2岁孩子刚学会跑，小腿前面有块淤青，说是磕到茶几"], 2, "male", S),
        (["背上一个个圆的紫印，是昨天拔罐拔的"], 45, "female", N),
        (["夫妻吵了几句嘴，没动手，她心里不痛快"], 40, "female", N),
        # an older person's own account; dementia unsafe
        (["79岁老奶奶，小声说儿媳掐她，不给饭吃"], 79, "female", U),
        (["81F vascular dementia, nobody's been for 3 days, gas hob was left on"], 81, "female", U),
        # a child drunk: same day
        (["14岁男孩喝了不少白酒，吐了几次，叫他能答应"], 14, "male", U),
        (["cut his thumb on a kitchen knife, bleeding stopped"], 35, "male", S),
    ],
)
def test_safeguarding(texts, age_years, sex, level):
    assert assess(texts, probe_patient(age_years * 365, sex)).level is level


def test_a_bruise_is_not_cyanosis():
    texts = ["5 month old, not rolling yet", "small bluish bruise on her cheek", "baby happy"]
    assert assess(texts, probe_patient(150, "female")).level is U
