"""In the embedded mode tasks run on in-process worker threads, never on the caller's
thread (Channels' shared database thread must not be held by a draft)."""

import threading

import pytest
from celery import shared_task

from gp_assistant.celery import wait_for_embedded_tasks

seen: list[str] = []


@shared_task(name="tests.record_thread")
def record_thread() -> None:
    seen.append(threading.current_thread().name)


def test_eager_task_runs_on_an_embedded_worker_thread(settings):
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        pytest.skip("the real-services pass uses a broker, not embedded threads")
    settings.EMBEDDED_TASK_THREADS = 2
    seen.clear()
    record_thread.delay()
    wait_for_embedded_tasks()
    assert len(seen) == 1 and seen[0].startswith("embedded-task")
    assert seen[0] != threading.current_thread().name
