"""Edges of the readings and rules added after held-out rounds 91-94 (households and seasons,
after discharge or a procedure, question-and-answer transcripts, newer medicines): each new
reading is tested on both sides, so that it neither misses what it is for nor reaches what it
is not."""

import pytest

from triage.rules import Level, PatientContext, assess
from triage.rules.transcripts import rewrite_transcript

E, U = Level.EMERGENCY, Level.URGENT


def _codes(texts, patient=None):
    return {f.code for f in assess(texts, patient).red_flags}


# --- question-and-answer transcripts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("问:头痛头晕吗 答:没有", "没有头痛头晕"),
        ("问:胸闷 喘吗 答:都没有。p 72", "没有胸闷,没有喘。p 72"),
        ("问:胸痛心慌 答:没有", "没有胸痛心慌"),  # a list without its 吗, answered no
        ("问:现在还痛吗 答:不痛了,之后没再痛过", "不痛了,之后没再痛过"),
        ("问:肚子痛吗 答:痛,摸着发热", "肚子痛,摸着发热"),
        ("问:能喝下水吗 答:能,吃点饼干也行", "能喝下水,吃点饼干也行"),
        ("问:能喝水吗 答:不能", "不能喝水"),
        ("问:抽搐吗 答:不知道", "不清楚有没有抽搐"),
        ("问:左手没劲是新的吗 答:不是,三年前就这样", "以前就有左手没劲,三年前就这样"),
        ("问:是柏油样还是成形的 答:成形的,黑绿色", "成形的,黑绿色"),
        ("问:晕之前 答:看到血就头晕", "晕之前,看到血就头晕"),
        ("问:眼睛红吗 答:左眼有点红,怕光", "眼睛红,左眼有点红,怕光"),
        ("没有问答的一句话", "没有问答的一句话"),
    ],
)
def test_transcript_pairs_are_told_as_statements(text, expected):
    assert rewrite_transcript(text) == expected


def test_a_denied_question_is_not_a_finding():
    texts = ["60岁女 高血压 药吃完了三天", "问:头痛头晕吗 答:没有。问:胸闷 眼睛看不清吗 答:都没有"]
    assert assess(texts).level is not E
    assert assess(["60岁女", "问:胸口痛吗 答:痛,压着痛 出冷汗"]).level is E


def test_a_confirmed_answer_keeps_the_danger():
    texts = ["70岁男 糖尿病", "问:说话清楚吗 答:不清楚。问:哪边没劲 答:右手右脚突然没劲"]
    assert assess(texts).level is E


def test_old_weakness_after_a_transcript_is_history():
    texts = ["76岁男 来开药", "问:左手左脚没劲是新的吗 答:不是,三年前中风后就这样"]
    assert assess(texts).level is not E
    new = ["76岁男 来开药", "问:左手左脚没劲是新的吗 答:是,今天早上突然的"]
    assert assess(new).level is E


# --- a denial of the other places --------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["3岁男孩 开水烫到右手 手掌手背起了水泡", "别的地方没烫到"],
        ["3岁男孩 开水烫到右手 手掌手背起了水泡", "没有别的地方烫到"],
        ["3 yr old scald to right hand, blisters over palm and back of hand, nowhere else burnt"],
    ],
)
def test_a_burn_denied_elsewhere_stays_a_burn(texts):
    assert assess(texts).facts.status("burn") == "present"


def test_a_burn_denied_outright_is_denied():
    assert assess(["3岁男孩 手上红了一点 没烫到"]).facts.status("burn") != "present"


# --- bleeding with instability -------------------------------------------------------------


def test_bleeding_with_pulse_above_systolic_is_an_emergency():
    texts = ["肠镜切息肉后第2天 解暗红色血便4次", "p 118 bp 90/58"]
    assert "bleeding_with_instability" in _codes(texts)
    assert assess(texts).level is E


def test_bleeding_with_a_pulse_below_systolic_is_not_this_rule():
    texts = ["肠镜切息肉后第5天 大便带鲜血2次 量不多", "p 78 bp 126/78 不头晕"]
    assert "bleeding_with_instability" not in _codes(texts)
    assert assess(texts).level is not E


def test_a_fast_pulse_without_bleeding_is_not_this_rule():
    assert "bleeding_with_instability" not in _codes(["fever 38.9, HR 112, BP 108/70, cough"])


# --- after eye surgery -------------------------------------------------------------------------


def test_worsening_pain_after_cataract_surgery_is_an_emergency():
    texts = ["右眼白内障手术第3天", "眼睛越来越疼 右眼只能看到手在晃"]
    assert "possible_endophthalmitis" in _codes(texts)
    assert assess(texts).level is E


def test_a_red_eye_after_eye_surgery_is_seen_today():
    texts = ["cataract surgery 5 days ago", "right eye a bit red, sight as good as before, no pain"]
    assert "red_eye_after_eye_surgery" in _codes(texts)
    assert assess(texts).level is U


def test_eye_pain_without_surgery_is_not_endophthalmitis():
    assert "possible_endophthalmitis" not in _codes(["眼睛越来越疼 红"])


# --- after thyroid surgery ---------------------------------------------------------------------


def test_a_growing_neck_after_thyroid_surgery_is_an_emergency():
    texts = ["甲状腺手术后第2天 刚出院", "刀口下面脖子越来越鼓 说话声音变了"]
    assert "neck_haematoma_after_surgery" in _codes(texts)
    assert assess(texts).level is E


def test_a_flat_wound_after_thyroid_surgery_is_not_a_haematoma():
    texts = [
        "thyroid op 3 days ago",
        "pins and needles round lips, neck wound flat, breathing fine",
    ]
    assert "neck_haematoma_after_surgery" not in _codes(texts)
    assert assess(texts).level is U  # a low calcium: the same day


# --- poisons of the table and the field ------------------------------------------------------


def test_numb_lips_after_pufferfish_is_an_emergency():
    texts = [
        "ate pufferfish his cousin caught, 40 min ago",
        "lips and tongue numb, fingers tingling",
    ]
    assert "possible_tetrodotoxin_poisoning" in _codes(texts)
    assert assess(["吃了自己钓的河豚 半小时后嘴唇发麻 手指发麻"]).level is E


def test_pufferfish_eaten_without_symptoms_is_not_this_rule():
    texts = ["ate pufferfish at a licensed restaurant last week, came for a blood pressure check"]
    assert "possible_tetrodotoxin_poisoning" not in _codes(texts)


def test_sprayed_greens_with_pinpoint_pupils_is_organophosphate_poisoning():
    texts = [
        "6yo, family ate greens from the neighbour's plot, it was sprayed a few days ago",
        "drooling, sweating, pupils tiny like pinpoints, small twitches in his arms",
    ]
    assert "organophosphate_poisoning" in _codes(texts)


def test_home_brewed_liquor_then_blurred_sight_is_methanol():
    texts = ["drank home-brewed sorghum liquor yesterday", "now everything looks blurry"]
    assert "possible_methanol_poisoning" in _codes(texts)


# --- past events -------------------------------------------------------------------------------


def test_a_heart_attack_weeks_ago_is_not_todays_pain():
    texts = ["60M after heart attack, home 3 wks, started on ramipril", "tickly dry cough"]
    assert assess(texts).level is not E
    assert assess(["60M heart attack 3 weeks ago, now chest pain again, sweaty"]).level is E


@pytest.mark.parametrize(
    "texts",
    [
        ["脑梗出院不到一个月，右手还没劲，跟出院时一样"],
        ["中风后右手没劲 跟平时一样"],
    ],
)
def test_an_unchanged_deficit_after_a_stroke_is_residual(texts):
    assert "stroke_residual_deficit" in _codes(texts)
    assert assess(texts).level is U


@pytest.mark.parametrize(
    "texts",
    [
        ["中风后右手没劲 今天突然加重"],
        ["脑梗出院一个月 今天右手突然没劲了"],
        ["右手没劲 跟平时一样"],  # no stroke told: not a residual deficit
    ],
)
def test_a_new_or_unexplained_deficit_stays_a_stroke(texts):
    assert assess(texts).level is E


def test_an_anginal_equivalent_over_since_last_night_is_same_day():
    texts = [
        "62F",
        "last night had nausea and upper tummy discomfort for about an hour, gone now",
    ]
    assert assess(texts, PatientContext(age_days=62 * 365, sex="female")).level is U
    now = ["62F", "nausea and upper tummy discomfort for an hour, still there, sweaty"]
    assert assess(now, PatientContext(age_days=62 * 365, sex="female")).level is E
