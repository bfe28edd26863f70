"""Celery tasks: ids in, re-fetch, call one service. Idempotent; retry policy declared."""

from celery import shared_task
from django.db import OperationalError

from . import services
from .sms import TransientSmsError


@shared_task(
    name="triage.deliver_sms",
    acks_late=True,
    autoretry_for=(TransientSmsError,),
    retry_backoff=5,
    # Below CELERY_VISIBILITY_TIMEOUT_SECONDS' default: a retry waiting longer than it would be
    # handed out a second time (harmless, delivery is idempotent, but wasteful).
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=8,
)
def deliver_sms_task(sms_id: int) -> str:
    """Deliver one outbox SMS (a no-op when it was already sent or failed for good)."""
    return services.deliver_sms(sms_id=sms_id).status


@shared_task(name="triage.escalate_overdue", acks_late=True, ignore_result=True)
def escalate_overdue_task() -> list[int]:
    """Periodic (Celery beat): raise alarms for emergencies waiting too long for review."""
    return services.escalate_overdue_emergencies()


@shared_task(name="triage.redrive_unfinished_work", acks_late=True, ignore_result=True)
def redrive_unfinished_work_task() -> dict[str, list[int]]:
    """Periodic (Celery beat): enqueue again the work whose task was lost."""
    return services.redrive_unfinished_work()


@shared_task(
    name="triage.page_on_call",
    acks_late=True,
    autoretry_for=(TransientSmsError,),
    retry_backoff=5,
    retry_backoff_max=300,
    max_retries=5,
)
def page_on_call_task(suggestion_id: int) -> int:
    """Page the on-call GPs about one escalated emergency."""
    return services.page_on_call_gps(suggestion_id=suggestion_id)


@shared_task(
    name="triage.draft_suggestion",
    acks_late=True,
    autoretry_for=(OperationalError,),
    retry_backoff=2,
    max_retries=3,
)
def draft_suggestion_task(message_id: int) -> int | None:
    """Draft the suggestion for one staff message (a redelivery finds the one made)."""
    suggestion = services.draft_suggestion(message_id=message_id)
    return suggestion.pk if suggestion else None


@shared_task(
    name="triage.draft_visit_documents",
    acks_late=True,
    autoretry_for=(OperationalError,),
    retry_backoff=2,
    max_retries=3,
)
def draft_visit_documents_task(consultation_id: int) -> list[int]:
    """Draft the visit record and patient summary of a closed visit (once per closing)."""
    return [s.pk for s in services.draft_visit_documents(consultation_id=consultation_id)]
