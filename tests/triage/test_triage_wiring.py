"""Every staff message is triaged synchronously, stored, floored, audited and pushed as a
`triage` event before any AI work; emergencies move up the GP queue."""

from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from tests.factories import ConsultationFactory, GPFactory
from tests.triage.wsclient import connect
from triage import services
from triage.errors import InvalidInput, NotFound
from triage.models import AuditEvent

pytestmark = [pytest.mark.django_db, pytest.mark.realservices]


@pytest.fixture
def consultation():
    return ConsultationFactory(patient__birth_date=timezone.localdate() - timedelta(days=65 * 365))


def say(consultation, text, n=[0]):  # noqa: B006 - a counter for unique client ids
    n[0] += 1
    return services.record_message(
        user=consultation.opened_by,
        consultation_id=consultation.pk,
        client_id=f"t{n[0]}",
        text=text,
    ).message


def test_red_flag_message_is_triaged_stored_and_audited(consultation):
    message = say(consultation, "胸口压榨样疼痛40分钟，出冷汗")
    consultation.refresh_from_db()
    assert message.triage["level"] == "emergency"
    assert consultation.triage_level == "emergency"
    assert [flag["code"] for flag in consultation.red_flags] == ["acs_chest_pain"]
    assert consultation.triage["actions"][0]["zh"] and consultation.triage["actions"][0]["en"]
    event = AuditEvent.objects.get(verb="triage.assessed")
    assert event.details["level"] == "emergency"


def test_benign_message_gets_a_low_level_with_questions(consultation):
    say(consultation, "流清鼻涕，打喷嚏两天，不发烧，精神好")
    consultation.refresh_from_db()
    assert consultation.triage_level in ("self_care", "non_urgent")
    assert consultation.red_flags == []


def test_level_never_drops_within_the_visit_without_a_gp(consultation):
    say(consultation, "BP 200/130, severe headache and blurred vision")
    say(consultation, "Rechecked BP 128/82 after rest, no headache, vision normal now")
    consultation.refresh_from_db()
    assert consultation.triage_level == "emergency"
    assert consultation.triage["floored"] is True
    assert consultation.triage["assessed_level"] != "emergency"
    assert "120" in consultation.triage["actions"][0]["zh"]


def test_a_later_message_corrects_a_vital_sign(consultation):
    say(consultation, "头晕，血压150/90")
    consultation.refresh_from_db()
    assert consultation.triage_level != "emergency"
    say(consultation, "复测血压190/125，剧烈头痛，看东西模糊")
    consultation.refresh_from_db()
    assert consultation.triage_level == "emergency"


def test_supervising_gp_can_lower_the_level_with_a_reason(consultation):
    say(consultation, "BP 200/130, severe headache")
    gp = GPFactory(clinic=consultation.clinic.supervising_centre)
    with pytest.raises(InvalidInput):
        services.set_triage_level(gp=gp, consultation_id=consultation.pk, level="urgent", reason="")
    with pytest.raises(NotFound):
        services.set_triage_level(
            gp=GPFactory(), consultation_id=consultation.pk, level="urgent", reason="x"
        )
    services.set_triage_level(
        gp=gp, consultation_id=consultation.pk, level="urgent", reason="复测正常 rechecked"
    )
    consultation.refresh_from_db()
    assert consultation.triage_level == "urgent"
    assert AuditEvent.objects.filter(verb="triage.set_by_gp").count() == 1


def test_gp_messages_are_not_triaged(consultation):
    gp = GPFactory(clinic=consultation.clinic.supervising_centre)
    message = services.record_message(
        user=gp, consultation_id=consultation.pk, client_id="g1", text="请测血压，胸痛？"
    ).message
    assert message.triage == {}
    consultation.refresh_from_db()
    assert consultation.triage_level == ""


def test_patient_record_age_counts_when_the_text_gives_none():
    infant = ConsultationFactory(patient__birth_date=timezone.localdate() - timedelta(days=40))
    say(infant, "发烧38.5度，吃奶少")
    infant.refresh_from_db()
    assert infant.triage_level in ("urgent", "emergency")
    assert infant.red_flags


@pytest.mark.django_db(transaction=True)
async def test_triage_event_follows_the_message_and_reaches_the_gp_queue(consultation):
    gp = await database_sync_to_async(GPFactory)(clinic=consultation.clinic.supervising_centre)
    chat, _, _ = await connect(f"/ws/consultations/{consultation.pk}/", consultation.opened_by)
    queue, _, _ = await connect("/ws/review/", gp)
    try:
        await chat.send_json_to(
            {"type": "message", "client_id": "rf", "text": "突然一侧手脚无力，说话不清，口角歪斜"}
        )
        first = await chat.receive_json_from(timeout=5)
        second = await chat.receive_json_from(timeout=5)
        assert first["type"] == "message" and second["type"] == "triage"
        assessment = second["assessment"]
        assert assessment["level"] == "emergency"
        assert assessment["level_label"]["zh"] and assessment["level_label"]["en"]
        assert any(flag["code"].startswith("stroke") for flag in assessment["red_flags"])
        moved = await queue.receive_json_from(timeout=5)
        assert moved["type"] == "queue.consultation" and moved["triage_level"] == "emergency"
    finally:
        await chat.disconnect()
        await queue.disconnect()
