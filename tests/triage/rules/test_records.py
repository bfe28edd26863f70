"""Records and notes, not chat: denied lists, 非, a negative pregnancy test, the slash shorthand
for durations, and what a record's vital signs say about a fast AF."""

import pytest

from triage.rules import Level, assess, extract_facts

from .probe_patient import probe_patient


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("无腹泻，无尿频尿急尿痛", {"urinary_symptoms", "diarrhoea"}, set()),
        ("已经无尿一天", set(), {"reduced_urine"}),
        ("无肢体无力、言语不清", {"unilateral_weakness", "speech_disturbance"}, set()),
        ("没发烧 不能喝水", {"fever"}, {"unable_to_drink"}),
        ("非突发起病，非“一生中最剧烈的头痛”", {"headache"}, set()),
        ("头痛非常厉害", set(), {"headache"}),
        ("UPT neg, walking ok", {"pregnant"}, set()),
        ("妊娠试验阴性", {"pregnant"}, set()),
        ("UPT positive", set(), {"pregnant"}),
    ],
)
def test_what_a_record_denies_and_states(text, absent, present):
    findings = dict(extract_facts(text).findings)
    assert {c for c in absent if findings.get(c) == "absent"} == absent
    assert {c for c in present if findings.get(c) == "present"} == present


@pytest.mark.parametrize(
    ("text", "hours"),
    [("fever daily for 5/7", 120.0), ("cough 3/52", 504.0), ("back pain 2/12", 1460.0)],
)
def test_slash_shorthand_durations(text, hours):
    assert max(h for _, h in extract_facts(text).durations) == hours


def test_blood_pressure_is_not_a_duration():
    assert extract_facts("BP 120/70, headache").durations == ()


def test_a_period_two_weeks_ago_is_not_a_pregnancy_but_eight_weeks_late_may_be():
    assert extract_facts("LMP 2/52").pregnant is None
    assert extract_facts("LMP 8/52 ago").gestation_weeks == 8


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (
            [
                "palpitations 6h, mild breathlessness on stairs",
                "pulse 132 irregularly irregular, BP 134/82",
            ],
            Level.URGENT,
        ),
        (["palpitations 6h, chest pain. pulse 132 irregularly irregular"], Level.EMERGENCY),
        (["palpitations, pulse 160 irregular"], Level.EMERGENCY),
    ],
)
def test_a_fast_af_is_an_emergency_when_unstable_not_for_its_rate_alone(texts, level):
    assert assess(texts, probe_patient(67 * 365, "male")).level is level


@pytest.mark.parametrize(
    ("texts", "age_years", "level"),
    [
        # NICE NG156: flank or back pain at 50 or over with a faint: a ruptured aneurysm.
        (
            ["sudden left side pain into his back, she thinks a kidney stone", "nearly passed out"],
            76,
            Level.EMERGENCY,
        ),
        (["left side pain into his back since yesterday, well otherwise"], 40, Level.NON_URGENT),
        # NICE NG59: back pain with fever and weak legs.
        (["back pain for a week, temp 38.6, his legs have gone weak today"], 49, Level.EMERGENCY),
        (["back pain for a week after lifting, no fever, legs fine"], 49, Level.SELF_CARE),
        # a serviced boiler and a quiet alarm are not an exposure
        (
            ["family all have flu and headaches, boiler serviced, CO alarm quiet"],
            40,
            Level.SELF_CARE,
        ),
    ],
)
def test_round26_guards(texts, age_years, level):
    assert assess(texts, probe_patient(age_years * 365, "male")).level is level


def test_a_negative_result_after_a_comma_denies_it():
    assert extract_facts("刚测了尿妊娠，阴性").pregnant is False
    assert dict(extract_facts("咳嗽，无痰").findings).get("cough") == "present"
