"""Tasks through the real Redis broker, run by a real Celery worker process."""

import contextlib
import os
import sys
from pathlib import Path

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


def _thread_niceness(pid: int) -> dict[int, int]:
    """Thread id -> niceness of every thread of a process (field 19 of /proc/.../stat)."""
    niceness = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(FileNotFoundError):  # a thread that just ended
            stat = (task / "stat").read_text()
            niceness[int(task.name)] = int(stat[stat.rindex(")") + 2 :].split()[16])
    return niceness


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="niceness per thread: Linux")
@pytest.mark.parametrize(
    "worker_process",
    [{"pool": "threads", "concurrency": 3, "env": {"BACKGROUND_NICENESS": "6"}}],
    indirect=True,
)
def test_worker_threads_run_at_background_niceness(worker_process):
    from triage.tasks import escalate_overdue_task

    wait_until(lambda: " ready." in worker_process(), timeout=60, describe=worker_process)
    started = set(_thread_niceness(worker_process.pid))
    for _ in range(3):  # the pool starts its threads as tasks arrive
        escalate_overdue_task.delay()
    wait_until(lambda: worker_process().count("succeeded") >= 3, describe=worker_process)
    niceness = _thread_niceness(worker_process.pid)
    assert set(niceness) - started, "the tasks ran on no new pool thread"
    assert set(niceness.values()) == {max(os.getpriority(os.PRIO_PROCESS, 0), 6)}, niceness
