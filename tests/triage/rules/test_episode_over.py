"""An episode told as over: a chest pain 12 hours or more ago and none now is a same-day
assessment (NICE CG95 §1.1.1.4), and so is a TIA over 24 hours ago with every symptom gone
(NICE NG128 §1.1.3); an episode this morning, one that has come back, one still going on, or
a chest pain that came with sweating stays an emergency. Found by round 11 of the held-out
probes (a TIA three days ago and a chest pain two days ago had gone to emergency)."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

E, U = Level.EMERGENCY, Level.URGENT
PATIENT = PatientContext(age_days=60 * 365, sex="male")


@pytest.mark.parametrize(
    ("texts", "level", "code"),
    [
        (
            ["三天前左手突然没劲 讲话也不利索 二十来分钟自己好了", "现在一点事都没有"],
            U,
            "tia_resolved",
        ),
        (
            ["前天晚上看电视胸口憋闷 二十分钟左右 自己缓过来了", "这两天没再犯 现在不痛"],
            U,
            "chest_pain_resolved",
        ),
        (["chest pain two days ago lasting 30 min, now pain free"], U, "chest_pain_resolved"),
        # Within the hours the guidelines keep as an emergency.
        (["今天早上左手突然没劲 二十来分钟自己好了 现在一点事都没有"], E, "stroke_befast"),
        (["今天早上胸口憋闷 二十分钟 现在不痛"], E, "acs_chest_pain"),
        # Still going on, or back again.
        (["三天前左手突然没劲 现在不痛 但手还是没劲"], E, "stroke_befast"),
        (["昨天开始胸口痛 现在还在痛"], E, "acs_chest_pain"),
        (["昨天开始胸口痛 现在不痛", "刚才又痛起来了"], E, "acs_chest_pain"),
        (
            ["chest pain 2 days ago, now pain free, but it came back an hour ago"],
            E,
            "acs_chest_pain",
        ),
        # NICE CG95 §1.1.1.4 makes no exception for sweating with an episode 12-72 hours ago
        # (rounds 35's reviewers, after it): the same day; breathlessness with it keeps the
        # emergency (a complication).
        (["前天晚上胸口痛 出了一身冷汗 现在不痛"], U, "chest_pain_resolved"),
        (["前天晚上胸口痛 喘不上气 现在不痛"], E, "acs_chest_pain"),
    ],
)
def test_an_episode_over(texts: list[str], level: Level, code: str) -> None:
    assessment = assess(texts, PATIENT)
    assert assessment.level is level
    assert code in {flag.code for flag in assessment.red_flags}


@pytest.mark.parametrize(
    ("text", "code", "hours"),
    [
        ("前天晚上胸口痛", "chest_pain", 48.0),
        ("大前天开始头痛", "headache", 72.0),
        ("fever two days ago", "fever", 48.0),  # dictated numbers are read as digits
        ("cough three weeks ago", "cough", 504.0),
    ],
)
def test_when_an_episode_began(text: str, code: str, hours: float) -> None:
    assert dict(extract_facts(text).durations).get(code) == hours
