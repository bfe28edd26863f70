"""Questions still worth asking: missing facts that could change the level."""

from triage.rules import assess


def codes(*texts: str) -> list[str]:
    return [q.code for q in assess(list(texts)).questions]


def test_chest_pain_asks_for_missing_features_only():
    asked = codes("30岁男性，胸口有点痛，按压痛")
    assert "radiation" in asked
    assert "heart_history" in asked
    asked = codes("30岁男性，胸口有点痛，按压痛，无放射痛，无冠心病、高血压、糖尿病，不吸烟")
    assert "radiation" not in asked
    assert "heart_history" not in asked


def test_febrile_child_questions_skip_what_is_known():
    asked = codes("孩子发烧")
    assert {"child_age", "temp", "feeding", "lethargy"} <= set(asked)
    asked = codes("2岁孩子发烧38.5，能吃能喝，精神好")
    assert "child_age" not in asked
    assert "temp" not in asked
    assert "feeding" not in asked
    assert "lethargy" not in asked


def test_questions_are_bilingual():
    for q in assess(["headache"]).questions:
        assert q.text.zh and q.text.en


def test_emergency_keeps_only_handover_questions():
    asked = codes("口角歪斜，说话不清")
    assert "last_known_well" in asked
    assert "glucose" in asked
    assert "radiation" not in asked


def test_empty_conversation_asks_for_the_main_complaint():
    assert codes("") == ["main_complaint"]
