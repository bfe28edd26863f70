"""Readings round 27 and 28 added, each with the sign it must not hide: whose illness it is, when
an episode began, what a quoted question's answer denies, and which words are a fear, a year or
an inhaler rather than a finding."""

import pytest

from triage.rules import Level, assess
from triage.rules.facts import extract_facts

from .probe_patient import probe_patient as _patient


def _status(text: str, code: str) -> str | None:
    return extract_facts(text).status(code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("dad died of a heart attack at 50, uncle had a stroke at 60", "mi_suspected"),
        ("dad died of a heart attack at 50, uncle had a stroke at 60", "stroke_suspected"),
        ("他老婆去年中风了 半边不能动 他在家照顾", "stroke_suspected"),
    ],
)
def test_a_relatives_illness_is_not_the_patients(text, code):
    assert _status(text, code) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the patient again after the relative: 自己 ends the family cue
        ("她妈妈有高血压 她自己今天胸口痛", "chest_pain"),
        # a relative's death told without "of" is grief, not a family history
        ("since his wife died says life isn't worth living", "passive_death_wish"),
        # a relative's illness in one sentence does not take the next one's sign
        ("dad died of a heart attack at 50. now he has chest pain", "chest_pain"),
    ],
)
def test_the_patients_own_sign_beside_a_relative_stays(text, code):
    assert _status(text, code) == "present"


def test_a_two_digit_year_dates_only_the_illness_it_touches():
    assert _status("病史一大堆 15年心梗放了支架 18年脑梗", "stroke_suspected") == "history"
    assert _status("10年高血压 胸口痛半小时", "chest_pain") == "present"


def test_a_fear_is_not_a_finding():
    assert _status("他说担心自己也中风", "stroke_suspected") == "absent"


@pytest.mark.parametrize(
    ("text", "code", "status"),
    [
        ("> any chest pain, breathlessness? no chest pain. no SOB", "chest_pain", "absent"),
        ("> any chest pain, breathlessness? no chest pain. no SOB", "dyspnoea", "absent"),
        ("any saddle numbness? no numbness around bottom", "saddle_anaesthesia", "absent"),
        # an unanswered question still counts the danger sign; "no idea" answers nothing
        ("any chest pain? no idea", "chest_pain", "uncertain"),
    ],
)  # fmt: skip
def test_a_quoted_question_and_its_answer(text, code, status):
    assert _status(text, code) == status


@pytest.mark.parametrize(
    ("text", "code", "status"),
    [
        ("抽筋没有 皮疹也没有 哭声挺响的", "fit_colloquial", "absent"),
        ("抽筋没有 皮疹也没有 哭声挺响的", "rash", "absent"),
        ("胸口痛也没有缓解", "chest_pain", "present"),
    ],
)
def test_answers_in_a_row(text, code, status):
    assert _status(text, code) == status


def test_an_episodes_minutes_are_its_length_not_its_onset():
    over = extract_facts("前天晚上九点多胸口中间闷痛 大概二十分钟 自己好了")
    assert dict(over.durations)["chest_pain"] == 48.0
    going_on = extract_facts("胸口中间闷痛二十分钟了")
    assert dict(going_on.durations)["chest_pain"] < 1


def test_yesterday_afternoon_is_yesterday():
    facts = extract_facts("昨天下午左手突然麻木没力")
    assert dict(facts.durations)["unilateral_weakness"] == 24.0


def test_a_transient_deficit_days_ago_is_same_day_and_an_hour_ago_an_emergency():
    patient = _patient(24090, "female")
    days_ago = ["66岁女 前天下午左手没力气 说话也不利索", "大概十来分钟就好了", "现在都正常"]
    assert assess(days_ago, patient).level is Level.URGENT
    just_now = ["66岁女 刚才左手没力气 说话也不利索", "大概十来分钟就好了", "现在都正常"]
    assert assess(just_now, patient).level is Level.EMERGENCY


def test_denied_blisters_do_not_take_back_a_drug_rash():
    texts = [
        "started carbamazepine 3 wks ago",
        "2 days itchy red rash trunk and arms",
        "no blisters",
    ]
    assert assess(texts, _patient(12410, "female")).level is Level.URGENT


@pytest.mark.parametrize(
    "texts",
    [
        ["癫痫的，卡马西平吃了两个多礼拜，这两天身上起红疹子", "没起水疱，嘴里也没破，不发烧"],
        ["on carbamazepine 3 weeks, new rash on trunk", "no vesicles, mouth ok, afebrile"],
    ],
)
def test_denied_vesicles_do_not_take_back_a_drug_rash(texts):
    # 水疱 and "vesicles" were forms of the rash itself, so denying them denied the rash
    # (r64-zh-014); they are blisters now, like 水泡 and "blisters".
    assert assess(texts, _patient(12410, "female")).level is Level.URGENT


def test_an_inhaler_is_not_a_pesticide():
    assert _status("喷药之后能缓一阵", "pesticide_exposure") is None
    assert _status("今天在地里喷药 回来就头晕流口水", "pesticide_exposure") == "present"


def test_a_small_burn_with_a_small_blister_is_dressed_at_home():
    small = assess(["29M, small burn on forearm from hot oil, red with a small blister"])
    assert small.level is not Level.URGENT
    larger = assess(["29M, burn on forearm from hot oil, palm-sized, blisters"])
    assert larger.level is Level.URGENT
