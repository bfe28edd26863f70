"""The GP's live review queue: ordering, live updates, advisory locks, escalation."""

from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from tests.factories import (
    ConsultationFactory,
    GPFactory,
    StaffFactory,
    SuggestionFactory,
)
from tests.triage.wsclient import connect
from triage import selectors, services
from triage.models import AuditEvent, Suggestion

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.realservices]


def pending(consultation, level, minutes_ago=0):
    consultation.triage_level = level
    consultation.save()
    suggestion = SuggestionFactory(consultation=consultation)
    Suggestion.objects.filter(pk=suggestion.pk).update(
        created_at=timezone.now() - timedelta(minutes=minutes_ago)
    )
    return suggestion


@pytest.fixture
def centre_setup():
    first = ConsultationFactory()
    centre = first.clinic.supervising_centre
    second = ConsultationFactory(patient__clinic__supervising_centre=centre)
    third = ConsultationFactory(patient__clinic__supervising_centre=centre)
    return centre, [first, second, third]


def test_queue_puts_emergencies_first_then_longest_waiting(centre_setup):
    centre, (a, b, c) = centre_setup
    old_routine = pending(a, "non_urgent", minutes_ago=30)
    new_emergency = pending(b, "emergency", minutes_ago=1)
    older_emergency = pending(c, "emergency", minutes_ago=3)
    other_centre = pending(ConsultationFactory(), "emergency", minutes_ago=60)
    gp = GPFactory(clinic=centre)
    queue = list(selectors.review_queue(gp))
    assert queue == [older_emergency, new_emergency, old_routine]
    assert other_centre not in queue


async def test_gp_socket_gets_snapshot_then_live_items_and_removals(centre_setup):
    centre, (a, b, _) = centre_setup
    first = await database_sync_to_async(pending)(a, "urgent")
    gp = await database_sync_to_async(GPFactory)(clinic=centre)
    socket, ok, _ = await connect("/ws/review/", gp)
    try:
        assert ok
        snapshot = socket.first
        assert snapshot["type"] == "queue"
        assert [item["id"] for item in snapshot["items"]] == [first.pk]
        assert snapshot["items"][0]["clinic"] == a.clinic.name
        second = await database_sync_to_async(pending)(b, "emergency")
        await database_sync_to_async(services.publish_queue_item)(second)
        item = await socket.receive_json_from(timeout=5)
        assert item["type"] == "queue.item" and item["item"]["triage_level"] == "emergency"
        await database_sync_to_async(services.review_suggestion)(
            gp=gp, suggestion_id=first.pk, action="approve"
        )
        removed = await socket.receive_json_from(timeout=5)
        assert removed == {"type": "queue.removed", "id": first.pk, "status": "approved"}
    finally:
        await socket.disconnect()


async def test_second_gp_sees_the_lock_of_the_first(centre_setup):
    centre, (a, _, _) = centre_setup
    suggestion = await database_sync_to_async(pending)(a, "urgent")
    gp1 = await database_sync_to_async(GPFactory)(clinic=centre, first_name="One")
    gp2 = await database_sync_to_async(GPFactory)(clinic=centre, first_name="Two")
    s1, _, _ = await connect("/ws/review/", gp1)
    s2, _, _ = await connect("/ws/review/", gp2)
    try:
        await s1.send_json_to({"type": "open", "suggestion": suggestion.pk})
        lock = await s2.receive_json_from(timeout=5)
        assert lock["type"] == "queue.lock" and lock["locked_by"]["gp"] == gp1.pk
        await s2.send_json_to({"type": "open", "suggestion": suggestion.pk})
        reply = await s2.receive_json_from(timeout=5)
        while reply["type"] != "opened":
            reply = await s2.receive_json_from(timeout=5)
        assert reply["locked_by"]["gp"] == gp1.pk
        await s1.disconnect()  # leaving releases the lock
        unlock = await s2.receive_json_from(timeout=5)
        assert unlock == {"type": "queue.lock", "id": suggestion.pk, "locked_by": None}
    finally:
        await s2.disconnect()


async def test_staff_and_anonymous_cannot_open_the_review_queue():
    staff = await database_sync_to_async(StaffFactory)()
    socket, ok, code = await connect("/ws/review/", staff)
    assert not ok and code == 4403
    await socket.disconnect()
    socket, ok, code = await connect("/ws/review/", None)
    assert not ok and code == 4401
    await socket.disconnect()


async def test_gp_cannot_lock_another_centres_suggestion(centre_setup):
    foreign = await database_sync_to_async(lambda: pending(ConsultationFactory(), "urgent"))()
    gp = await database_sync_to_async(GPFactory)(clinic=centre_setup[0])
    socket, _, _ = await connect("/ws/review/", gp)
    try:
        for frame in (
            {"type": "open", "suggestion": foreign.pk},
            {"type": "open", "suggestion": "1"},
        ):
            await socket.send_json_to(frame)
            reply = await socket.receive_json_from(timeout=5)
            assert reply["type"] == "error"
    finally:
        await socket.disconnect()


def test_overdue_emergency_escalates_once_with_alarm_audit_and_page(centre_setup, settings, capsys):
    centre, (a, b, _) = centre_setup
    GPFactory(clinic=centre, is_on_call=True, phone="13912345678")
    overdue = pending(a, "emergency", minutes_ago=6)
    pending(b, "emergency", minutes_ago=2)  # not yet overdue
    assert services.escalate_overdue_emergencies() == [overdue.pk]
    assert services.escalate_overdue_emergencies() == []
    overdue.refresh_from_db()
    assert overdue.escalated_at is not None
    assert (
        AuditEvent.objects.filter(verb="suggestion.escalated", object_id=str(overdue.pk)).count()
        == 1
    )
    assert "13912345678" in capsys.readouterr().out


def test_escalation_time_is_configurable(centre_setup, settings):
    settings.REVIEW_ESCALATION_MINUTES = 1
    pending(centre_setup[1][0], "emergency", minutes_ago=2)
    assert len(services.escalate_overdue_emergencies()) == 1
