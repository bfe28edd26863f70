"""In the embedded mode tasks run on in-process worker threads, never on the caller's
thread (Channels' shared database thread must not be held by a draft)."""

import os
import sys
import threading

import pytest
from celery import shared_task

from gp_assistant import celery as celery_module
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


@shared_task(name="tests.record_niceness")
def record_niceness() -> None:
    seen.append(str(os.getpriority(os.PRIO_PROCESS, 0)))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="niceness per thread: Linux")
def test_embedded_task_threads_run_at_background_niceness_and_the_caller_keeps_its_own(
    settings, monkeypatch
):
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        pytest.skip("the real-services pass uses a broker, not embedded threads")
    settings.EMBEDDED_TASK_THREADS = 2
    settings.BACKGROUND_NICENESS = 7
    caller = os.getpriority(os.PRIO_PROCESS, 0)
    monkeypatch.setattr(celery_module, "_pool", None)  # new threads, started with the setting
    seen.clear()
    try:
        record_niceness.delay()
        wait_for_embedded_tasks()
    finally:
        celery_module._pool.shutdown(wait=True)
    assert seen == [str(max(caller, 7))]
    assert os.getpriority(os.PRIO_PROCESS, 0) == caller
