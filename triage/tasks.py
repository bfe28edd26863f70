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
