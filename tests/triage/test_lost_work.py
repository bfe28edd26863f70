"""Work is not lost when Redis (channel layer and broker) fails: a failed live event neither
fails a committed use case nor skips the task enqueued after it, a draft keeps going when
its live frames cannot be sent, and beat enqueues again the work whose task was lost."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ConsultationFactory, MessageFactory, SuggestionFactory
from triage import events, services, tasks
from triage.models import ConsultationStatus, Message, SmsMessage, Suggestion

pytestmark = [pytest.mark.django_db, pytest.mark.realservices]


def _layer_down(group, event):
    raise ConnectionError("Error 111 connecting to redis")


@pytest.fixture
def enqueued(monkeypatch):
    """Record the tasks enqueued (instead of running them), by task name."""
    calls: dict[str, list[int]] = {}
    for task in (
        tasks.draft_suggestion_task,
        tasks.draft_visit_documents_task,
        tasks.deliver_sms_task,
    ):
        monkeypatch.setattr(
            task, "delay", lambda pk, name=task.name: calls.setdefault(name, []).append(pk)
        )
    return calls


def test_message_is_stored_and_its_draft_enqueued_while_the_channel_layer_is_down(
    settings, monkeypatch, enqueued, django_capture_on_commit_callbacks
):
    settings.DRAFT_ON_MESSAGE = True
    consultation = ConsultationFactory()
    monkeypatch.setattr(events, "_group_send", _layer_down)
    with django_capture_on_commit_callbacks(execute=True):
        recorded = services.record_message(
            user=consultation.opened_by,
            consultation_id=consultation.pk,
            client_id="c-1",
            text="胸痛30分钟，大汗",
        )
    assert recorded.created and recorded.message.triage["level"] == "emergency"
    assert enqueued == {"triage.draft_suggestion": [recorded.message.pk]}


def test_message_is_stored_and_answered_while_the_broker_is_down(
    settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.DRAFT_ON_MESSAGE = True
    consultation = ConsultationFactory()

    def broker_down(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to redis")

    monkeypatch.setattr(tasks.draft_suggestion_task, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        recorded = services.record_message(
            user=consultation.opened_by,
            consultation_id=consultation.pk,
            client_id="c-1",
            text="咳嗽三天",
        )
    # The use case succeeds (the beat sweep enqueues the draft later), nothing is half-done.
    assert recorded.created
    assert Message.objects.filter(consultation=consultation, client_id="c-1").count() == 1
    assert not Suggestion.objects.filter(message=recorded.message).exists()


def test_draft_frames_stop_quietly_when_the_channel_layer_fails(monkeypatch):
    sent = []
    streamer = events.DraftStreamer(consultation_id=1, message_seq=1, interval=0)
    monkeypatch.setattr(events, "send_now", lambda group, event: sent.append(event))
    streamer.feed("{")
    monkeypatch.setattr(events, "send_now", _layer_down)
    streamer.feed('"a')  # fails: the streamer gives up on live frames, the draft goes on
    monkeypatch.setattr(events, "send_now", lambda group, event: sent.append(event))
    streamer.feed('": 1}')
    streamer.flush()
    assert [e["frame"]["delta"] for e in sent] == ["{"]
    assert streamer.broken and streamer.frames == 1


def _age(obj, field: str, seconds: float) -> None:
    type(obj).objects.filter(pk=obj.pk).update(
        **{field: timezone.now() - timedelta(seconds=seconds)}
    )


def test_beat_enqueues_again_the_work_whose_task_was_lost(settings, enqueued):
    settings.DRAFT_ON_MESSAGE = True
    settings.TASK_REDRIVE_SECONDS = 60
    consultation = ConsultationFactory()
    lost = MessageFactory(consultation=consultation, seq=1)
    drafted = MessageFactory(consultation=consultation, seq=2)
    SuggestionFactory(consultation=consultation, message=drafted)
    recent = MessageFactory(consultation=consultation, seq=3)  # its task may still be queued
    from_gp = MessageFactory(consultation=consultation, seq=4, author_role=Message.AuthorRole.GP)
    for message in (lost, drafted, from_gp):
        _age(message, "created_at", 120)
    _age(recent, "created_at", 10)

    closed = ConsultationFactory(status=ConsultationStatus.CLOSED)
    _age(closed, "closed_at", 120)
    documented = ConsultationFactory(status=ConsultationStatus.CLOSED)
    _age(documented, "closed_at", 120)
    SuggestionFactory(consultation=documented, kind=Suggestion.Kind.PATIENT_SUMMARY)

    signed = ConsultationFactory(status=ConsultationStatus.SUMMARY_SIGNED)
    summary = SuggestionFactory(consultation=signed, kind=Suggestion.Kind.PATIENT_SUMMARY)
    stuck = SmsMessage.objects.create(
        consultation=signed, suggestion=summary, phone="13800000001", body="x", idempotency_key="k1"
    )
    _age(stuck, "updated_at", 1300)
    waiting = SmsMessage.objects.create(  # a retry waiting out its backoff is left alone
        consultation=documented,
        suggestion=SuggestionFactory(consultation=documented, kind=Suggestion.Kind.VISIT_RECORD),
        phone="13800000002",
        body="y",
        idempotency_key="k2",
    )
    _age(waiting, "updated_at", 300)

    redriven = services.redrive_unfinished_work()

    assert redriven == {"messages": [lost.pk], "visits": [closed.pk], "sms": [stuck.pk]}
    assert enqueued == {
        "triage.draft_suggestion": [lost.pk],
        "triage.draft_visit_documents": [closed.pk],
        "triage.deliver_sms": [stuck.pk],
    }


def test_beat_schedules_the_redrive(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["redrive-unfinished-work"]
    assert entry["task"] == tasks.redrive_unfinished_work_task.name
