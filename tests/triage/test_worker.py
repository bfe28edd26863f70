"""Tasks through the real Redis broker, run by a real Celery worker process."""

import pytest

from tests.conftest import wait_until
from tests.factories import ConsultationFactory, GPFactory, PatientSummaryFactory
from triage import services
from triage.models import ConsultationStatus, SmsMessage

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services_only]


def test_approved_summary_sms_is_delivered_by_a_worker_process_exactly_once(worker_process):
    consultation = ConsultationFactory(status=ConsultationStatus.CLOSED)
    summary = PatientSummaryFactory(consultation=consultation)
    gp = GPFactory(clinic=consultation.clinic.supervising_centre)

    services.review_suggestion(gp=gp, suggestion_id=summary.pk, action="approve")

    def sent():
        sms = SmsMessage.objects.get(suggestion=summary)
        return sms if sms.status == SmsMessage.Status.SENT else None

    sms = wait_until(sent, timeout=60, describe=worker_process)
    assert sms.attempts == 1
    wait_until(lambda: summary.payload["text"] in worker_process(), timeout=10)
    # A redelivered task (the broker may deliver twice) sends nothing more.
    from triage.tasks import deliver_sms_task

    deliver_sms_task.delay(sms.pk)
    wait_until(lambda: worker_process().count("succeeded") >= 2, timeout=30)
    sms.refresh_from_db()
    assert sms.attempts == 1
    assert worker_process().count(summary.payload["text"]) == 1
