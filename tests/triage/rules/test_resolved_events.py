"""An event that is over still happened: chest pain in the last 12 hours (NICE CG95), a deficit
that resolved (a TIA, NICE NG128), a fit that stopped, a faint, a bleed. "胸痛已经好了" or
"the chest pain has resolved" used to read as "no chest pain", and a later message saying so
erased the earlier one, so the conversation dropped to non-urgent. A symptom that is simply
gone (发烧退了, "the cough has settled") still reads as absent."""

import pytest

from triage.rules import Level, PatientContext, assess

OLDER = PatientContext(age_days=65 * 365, sex="male")
TODDLER = PatientContext(age_days=2 * 365, sex="female")


@pytest.mark.parametrize(
    ("texts", "patient", "code"),
    [
        (["早上胸痛二十分钟，出了一身汗", "现在胸痛已经好了"], OLDER, "acs_chest_pain"),
        (
            ["chest pain this morning with sweating", "the chest pain has resolved now"],
            OLDER,
            "acs_chest_pain",
        ),
        (["吃了速效救心丸，胸痛没了"], OLDER, "acs_chest_pain"),
        (["刚才嘴歪了", "嘴歪已经好了"], OLDER, "stroke_befast"),
        (["孩子发烧39度，抽搐已经好了"], TODDLER, None),
    ],
)
def test_an_event_that_is_over_keeps_its_level(texts, patient, code):
    a = assess(texts, patient)

    assert a.level is Level.EMERGENCY
    if code:
        assert code in {f.code for f in a.red_flags}


@pytest.mark.parametrize(
    ("text", "code"), [("发烧已经退了，还有点咳嗽", "fever"), ("the cough has settled", "cough")]
)
def test_a_symptom_that_is_gone_reads_as_absent(text, code):
    assert dict(assess([text], OLDER).facts.findings)[code] == "absent"
