"""The edges of the eighty-first round's readings (test_heldout81_probe_fixes.py): each new wording
is read in its place and not in the look-alike beside it."""

import pytest

from triage.rules import Level, PatientContext, assess

from . import readings

ADULT = PatientContext(age_days=40 * 365, sex="female")
CHILD = PatientContext(age_days=5 * 365, sex="female")


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["wife found texts he sent his brother saying sorry and goodbye"], "suicide_risk"),
        (
            ["he has been saving his tablets, she found a bag of them in the car"],
            "suicide_means_gathered",
        ),
        (["攒了一瓶安眠药 藏在柜子里"], "suicide_means_gathered"),
    ],
)
def test_goodbye_messages_and_gathered_means(texts: list[str], code: str) -> None:
    assert code in readings.codes(texts, ADULT)


def test_gathered_means_while_drinking_is_an_emergency() -> None:
    texts = ["he has been saving his tablets", "he is drinking in the garage right now"]
    assert assess(texts, ADULT).level is Level.EMERGENCY
    assert assess(texts[:1], ADULT).level is Level.URGENT


@pytest.mark.parametrize(
    "texts",
    [
        ["I asked about a plan or self-harm. Daughter says no plan"],
        ["asked about self-harm - no"],
    ],
)
def test_a_question_about_self_harm_answered_no(texts: list[str]) -> None:
    assert readings.findings(texts, ADULT).get("suicidal_intent") == "absent"


def test_a_question_about_self_harm_answered_by_an_act_stays_a_risk() -> None:
    texts = ["asked about self-harm, says she cut her arm last week"]
    assert assess(texts, ADULT).level in (Level.URGENT, Level.EMERGENCY)


def test_a_denial_names_the_asked_word_only() -> None:
    findings = readings.findings(["asked about chest pain, says no radiation"], ADULT)
    assert findings.get("chest_pain") != "absent"


def test_a_hyphen_inside_a_word_does_not_end_the_question() -> None:
    assert (
        readings.findings(["asked about self-harm. Mum says no"], ADULT).get("suicidal_intent")
        == "absent"
    )


@pytest.mark.parametrize(
    ("texts", "missed"),
    [
        (["我问月经情况，她说这个月推迟快两周了"], True),
        (["月经这个月推迟了5天"], True),
        (["月经正常，上周刚来完"], False),
    ],
)
def test_a_period_late_by_days_or_weeks(texts: list[str], missed: bool) -> None:
    assert (readings.findings(texts, ADULT).get("missed_period") == "present") is missed


def test_an_ectopic_told_by_a_roommate_is_an_emergency() -> None:
    texts = [
        "她肚子右下边突然疼得厉害，刚才上厕所晕倒了一下",
        "我问月经情况，她说这个月推迟快两周了，这两天有一点点褐色的血",
    ]
    assert "ectopic_pregnancy" in readings.codes(texts, ADULT)
    assert dict(assess(texts[:1], ADULT).facts.findings).get("rlq_pain") == "present"


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (
            [
                "big red patch on his shin, hot to touch, redness has spread a few cm since "
                "yesterday, temp 37.9"
            ],
            Level.URGENT,
        ),
        (["cellulitis on her leg, spreading past the pen line we drew"], Level.URGENT),
        (["small red patch round a midge bite, not spreading, no fever"], None),
    ],
)
def test_spreading_redness_in_english(texts: list[str], level: Level | None) -> None:
    found = assess(texts, ADULT).level
    assert found is level if level else found not in (Level.URGENT, Level.EMERGENCY)


def test_kicking_not_felt_since_the_morning_at_30_weeks() -> None:
    pregnant = PatientContext(age_days=30 * 365, sex="female", pregnant=True)
    texts = ["30 weeks pregnant", "she hasn't felt much kicking since breakfast, now 4pm"]
    assert "reduced_fetal_movements" in readings.codes(texts, pregnant)


@pytest.mark.parametrize(
    ("texts", "fires"),
    [
        (["5yo going to the toilet every half hour, crying when she pees, 38.5"], True),
        (["5岁女孩 发烧38.6 一尿尿就哭 老往厕所跑"], True),
        (["5yo wees a lot when she drinks a lot of juice, no fever"], False),
    ],
)
def test_a_feverish_childs_urinary_symptoms_told_as_seen(texts: list[str], fires: bool) -> None:
    assert ("febrile_child_uti" in readings.codes(texts, CHILD)) is fires


@pytest.mark.parametrize(
    "texts",
    [
        ["19yo says the neighbours put cameras in the walls"],
        ["says they talk about him through the TV"],
    ],
)
def test_new_delusions_are_psychosis(texts: list[str]) -> None:
    assert "acute_psychosis" in readings.codes(texts, ADULT)


@pytest.mark.parametrize(
    ("texts", "fires"),
    [
        (["4yo chickenpox day 5, one spot now a hot red area getting bigger"], True),
        (["chickenpox 5 days, spots crusting, fever gone 2 days but came back today 38.8"], True),
        (["chickenpox day 2, T 38.2, itchy, drinking well"], False),
    ],
)
def test_chickenpox_with_a_secondary_infection(texts: list[str], fires: bool) -> None:
    child = PatientContext(age_days=4 * 365, sex="male")
    assert ("chickenpox_secondary_infection" in readings.codes(texts, child)) is fires


@pytest.mark.parametrize(
    ("texts", "finding"),
    [
        (["右眼又红又疼 怕光", "我问戴不戴隐形眼镜，她说戴的，前天戴着睡了一晚"], "contact_lens"),
        (["孩子在工地玩 一根锈钉子扎进脚底板了 挺深的"], "deep_wound"),
        (["闺女把一枚一块钱的硬币吞下去了 不咳不喘"], "household_ingestion"),
    ],
)
def test_new_chinese_readings(texts: list[str], finding: str) -> None:
    assert readings.findings(texts, CHILD).get(finding) == "present"


def test_a_relatives_fear_of_stroke_with_fast_negative_is_not_a_stroke() -> None:
    texts = [
        "husband called: her hand goes numb and tingly, I'm worried she's having a stroke",
        "thumb, index and middle finger, wakes her at night, 6 weeks. No face droop, no speech "
        "problems, no arm or leg weakness",
    ]
    assert "stroke_befast" not in readings.codes(texts, ADULT)
    assert "stroke_befast" in readings.codes(
        ["husband worried she's having a stroke, her hand is numb"], ADULT
    )


def test_moderate_asthma_speaking_in_sentences_is_same_day() -> None:
    texts = [
        "哮喘 这两天又喘上了 晚上憋醒两回 沙丁胺醇三四个小时就得喷一次",
        "我问能不能说整句话，她说“能说，就是走快了喘”",
    ]
    patient = PatientContext(age_days=45 * 365, sex="female", chronic_conditions=("asthma",))
    assert assess(texts, patient).level is Level.URGENT


def test_lochia_dark_in_colour_is_not_a_sight_problem() -> None:
    findings = readings.findings(["产后第六天 恶露有股臭味 颜色发暗"], ADULT)
    assert findings.get("vision_disturbance") != "present"
    assert (
        readings.findings(["右眼看颜色发灰 转眼睛疼"], ADULT).get("colour_desaturation")
        == "present"
    )
