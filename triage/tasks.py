"""Celery tasks: ids in, re-fetch, call one service. Idempotent; retry policy declared."""

from celery import shared_task

from . import services
from .sms import TransientSmsError


@shared_task(
    name="triage.deliver_sms",
    acks_late=True,
    autoretry_for=(TransientSmsError,),
    retry_backoff=5,
    retry_backoff_max=600,
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
