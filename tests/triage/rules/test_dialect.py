"""Regional spoken Chinese (dialect.py): Cantonese, Southwestern, Northeastern, Wu and Min
words read as Mandarin, negations first, without breaking what the lexicon already reads."""

import pytest

from triage.rules import assess, extract_facts
from triage.rules.dialect import to_mandarin
from triage.rules.lexicon import CONCEPTS, find_concepts


def level(*texts: str) -> str:
    return assess(list(texts)).level.value


@pytest.mark.parametrize(
    ("text", "mandarin"),
    [
        ("佢冇发烧，唔系好痛", "他没发烧，不是好痛"),
        ("讲嘢唔清楚，晕低咗", "说话不清楚，晕倒了"),
        ("心口翳咗成半个钟，出晒冷汗", "胸口闷了成半个钟，出了冷汗"),
        ("莫得发烧，不得吐，出气不赢", "没有发烧，不吐，喘不上气"),
        ("13个月bb", "13个月宝宝"),
        ("bbq", "bbq"),  # not the baby
        ("头先着地", "头先着地"),  # the lexicon's own form stays
        ("唔该医生", "谢谢医生"),  # thanks, not a negation
    ],
)
def test_regional_words_become_mandarin(text, mandarin):
    assert to_mandarin(text) == mandarin


def test_no_lexicon_form_loses_its_concept():
    for code, (zh, _en) in CONCEPTS.items():
        for form in zh.split():
            mandarin = to_mandarin(form)
            if mandarin != form:
                assert code in {m.code for m in find_concepts(mandarin)}, (code, form)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("冇出汗，冇气促", "sweating"),
        ("佢冇发烧", "fever"),
        ("莫得发烧", "fever"),
        ("勿发烧", "fever"),
    ],
)
def test_dialect_negations_deny(text, absent):
    assert extract_facts(text).status(absent) == "absent"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            [
                "阿婆70岁，食早餐嗰阵突然讲嘢唔清楚",
                "右手拎唔稳碗，右边面好似歪咗少少",
                "大概一个钟前开始",
            ],
            "emergency",
        ),
        (["有个阿伯62岁，话心口翳咗成半个钟，好似有嘢压住", "出晒冷汗，面都青埋"], "emergency"),
    ],
)
def test_cantonese_conversations(texts, expected):
    assert level(*texts) == expected


def test_chest_wall_pain_with_its_negations_in_cantonese_is_not_an_emergency():
    texts = ["30岁男人话心口痛，按落去一个位先痛", "琴日搬屋，扭身会痛多啲", "冇出汗，冇气促"]
    assert level(*texts) != "emergency"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # A question asked in Cantonese and answered by the next message (negation.carry_answers).
        (["问佢有冇心口痛", "有，痛咗半个钟"], "emergency"),
        (["问佢有冇心口痛", "冇，就系有啲咳"], "self_care"),
    ],
)
def test_a_cantonese_question_takes_its_answer(texts, expected):
    assert level(*texts) == expected
