"""The Celery app, and the embedded mode's in-process worker threads.

With REDIS_URL set, tasks go to the broker and real worker processes run them. Without it
(the embedded default) Celery is eager, and this module runs each task on a small pool of
worker threads: a draft that takes seconds must not hold Channels' shared database thread,
which every other socket's database work waits on.

A real worker serves its metrics on WORKER_METRICS_PORT (see gp_assistant/metrics.py).
"""

import gc
import logging
import os
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait

from celery import Celery, Task, signals
from celery.contrib.django.task import DjangoTask

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_assistant.settings")

logger = logging.getLogger(__name__)

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()
_pending: set[Future] = set()


def _embedded_pool(threads: int) -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(
                max_workers=threads,
                thread_name_prefix="embedded-task",
                initializer=lower_cpu_priority,
            )
        return _pool


def lower_cpu_priority(*, whole_process: bool = False) -> None:
    """Raise the calling thread's niceness (or every thread's of the process) to at least
    BACKGROUND_NICENESS; threads it starts afterwards inherit it. Linux only: there niceness
    belongs to each thread, so the embedded server's event loop keeps its own."""
    from django.conf import settings

    niceness = settings.BACKGROUND_NICENESS
    if not niceness or not sys.platform.startswith("linux"):
        return
    threads = [int(t) for t in os.listdir("/proc/self/task")] if whole_process else [0]
    for thread in threads:
        try:
            if os.getpriority(os.PRIO_PROCESS, thread) < niceness:
                os.setpriority(os.PRIO_PROCESS, thread, niceness)
        except OSError as error:  # the thread ended meanwhile, or a sandbox forbids it
            logger.warning("could not lower the CPU priority of thread %s: %s", thread, error)


def _run_embedded(task: Task, args: tuple, kwargs: dict, options: dict) -> object:
    from django.db import connections

    try:
        return task.apply(args, kwargs, **options)
    finally:
        connections.close_all()


class EmbeddedThreadTask(DjangoTask):
    """A task that, in eager mode, runs on an in-process worker thread instead of inline."""

    def apply_async(self, args=None, kwargs=None, **options):
        if not self.app.conf.task_always_eager:
            return super().apply_async(args, kwargs, **options)
        from django.conf import settings

        threads = settings.EMBEDDED_TASK_THREADS
        if threads == 0:  # inline: deterministic, for tests that assert on task effects
            return self.apply(args, kwargs, **options)
        future = _embedded_pool(threads).submit(
            _run_embedded, self, args or (), kwargs or {}, options
        )
        with _pool_lock:
            _pending.add(future)
        future.add_done_callback(_forget)
        return future


def _forget(future: Future) -> None:
    with _pool_lock:
        _pending.discard(future)


def wait_for_embedded_tasks(timeout: float = 30.0) -> None:
    """Block until every embedded task submitted so far has finished (tests, shutdown)."""
    with _pool_lock:
        pending = list(_pending)
    _done, not_done = wait(pending, timeout=timeout)
    if not_done:
        raise TimeoutError(f"{len(not_done)} embedded tasks still running after {timeout} s")


app = Celery("gp_assistant", task_cls=EmbeddedThreadTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@signals.worker_init.connect
def _lower_worker_priority(**kwargs) -> None:
    # The main process, before it starts its pool: the pool's processes and threads inherit.
    lower_cpu_priority(whole_process=True)


@signals.worker_init.connect
def _serve_worker_metrics(**kwargs) -> None:
    # The main process, before it forks the pool: one port for the whole worker.
    from django.conf import settings

    if settings.WORKER_METRICS_PORT:
        from gp_assistant import metrics

        metrics.serve_worker_metrics(settings.WORKER_METRICS_PORT)


def _warm_up_in_background() -> None:
    """Warm drafting up on a thread of its own: the worker takes tasks meanwhile (a draft
    that comes first waits for the store's snapshot the warm-up is reading, or reads it).
    Then what the process holds for good (the app, the embedder, the store's snapshot) is
    moved out of the garbage collector's way, as the web process does (see asgi.py): a full
    collection would pause every draft's frames."""
    from knowledge import answers

    def warm_up() -> None:
        answers.warm_up()
        gc.freeze()

    threading.Thread(target=warm_up, name="drafting-warm-up", daemon=True).start()


@signals.worker_process_init.connect
def _warm_up_pool_process(**kwargs) -> None:
    # A prefork pool's process after the fork, or the solo pool's (the worker's own): never
    # the prefork parent, whose warm-up thread would not survive the fork.
    _warm_up_in_background()


@signals.worker_ready.connect
def _warm_up_thread_pool(sender, **kwargs) -> None:
    # The threads pool runs its tasks in the worker's own process, which sends no
    # worker_process_init.
    from celery.concurrency.thread import TaskPool as ThreadTaskPool

    if isinstance(getattr(sender, "pool", None), ThreadTaskPool):
        _warm_up_in_background()


@signals.worker_process_shutdown.connect
def _forget_pool_process(pid: int, **kwargs) -> None:
    from gp_assistant import metrics

    metrics.forget_dead_process(pid)
