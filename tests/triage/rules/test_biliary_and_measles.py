"""Acute cholangitis and cholecystitis (Tokyo Guidelines 2018, NICE CKS gallstone disease) and
measles with eye or mouth complications (WHO IMCI 2014), written from the guidelines before
these cases; look-alikes keep to their old levels."""

import pytest

from triage.rules import assess, extract_facts


def level(*texts: str) -> str:
    return assess(list(texts)).level.value


def codes(*texts: str) -> set[str]:
    return {f.code for f in assess(list(texts)).red_flags}


@pytest.mark.parametrize(
    ("texts", "expected", "code"),
    [
        # Charcot's triad: fever or rigors, jaundice, right upper pain.
        (["右上腹痛 发烧39 眼睛发黄"], "emergency", "cholangitis"),
        (["pain under right ribs, fever 38.6, yellow eyes, shivering"], "emergency", "cholangitis"),
        (["胆结石的人 肚子疼", "打寒战 皮肤发黄"], "emergency", "cholangitis"),
        # Right upper pain for 6 hours or more, or with vomiting: cholecystitis, same day.
        (["右上腹痛8小时 吃了油腻的"], "urgent", "cholecystitis"),
        (["52F RUQ pain 10 hrs after fatty meal"], "urgent", "cholecystitis"),
        (["ruq pain since last night, vomiting"], "urgent", "cholecystitis"),
    ],
)
def test_biliary_infection(texts, expected, code):
    assert level(*texts) == expected
    assert code in codes(*texts)


@pytest.mark.parametrize(
    "texts",
    [
        ["右上腹痛半小时 已经不疼了"],  # a colic that settled
        ["右上腹痛 皮肤发黄 不发烧"],  # painful jaundice: the jaundice rule's same day
        ["8岁 右上腹痛8小时"],  # children are not read by the adult gallstone rule
    ],
)
def test_not_cholangitis_or_cholecystitis(texts):
    assert not {"cholangitis", "cholecystitis"} & codes(*texts)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["3岁 出麻疹第4天 黑眼珠发白"], "emergency"),
        (["measles, cornea looks cloudy"], "emergency"),
        (["孩子出麻疹 眼睛流脓"], "urgent"),
        (["measles day 3, pus draining from both eyes"], "urgent"),
        (["孩子出麻疹 嘴里溃疡"], "urgent"),
    ],
)
def test_measles_complications(texts, expected):
    assert level(*texts) == expected


@pytest.mark.parametrize(
    "text",
    ["荨麻疹 眼睛流脓", "打过麻疹疫苗 眼睛流脓", "mmr done, pus from eye"],
)
def test_hives_or_a_measles_vaccine_is_not_measles(text):
    assert extract_facts(text).status("measles") is None
