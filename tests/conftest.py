"""Shared fixtures. The second test pass (`make test-services`) sets REDIS_URL and
DATABASE_URL; there, unreachable servers fail every test under CI=true and skip (with the
reason shown) elsewhere. Nothing real-service-shaped is skipped silently."""

from __future__ import annotations

import os
import socket
from urllib.parse import urlparse

import pytest
from django.conf import settings

from tests.processes import stop_process

IN_CI = os.environ.get("CI", "").lower() == "true"


def _reachable(url: str, default_port: int) -> str | None:
    parsed = urlparse(url)
    host, port = parsed.hostname or "127.0.0.1", parsed.port or default_port
    try:
        with socket.create_connection((host, port), timeout=2):
            return None
    except OSError as exc:
        return f"{parsed.scheme} server at {host}:{port} unreachable: {exc}"


def require_real_services() -> None:
    """Fail (CI) or skip (elsewhere) unless Redis and PostgreSQL are configured and up."""
    problems = []
    if not settings.REDIS_URL:
        problems.append("REDIS_URL is not set (run `make test-services`)")
    else:
        problems.append(_reachable(settings.REDIS_URL, 6379))
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        problems.append("DATABASE_URL does not point at PostgreSQL")
    else:
        db = settings.DATABASES["default"]
        problems.append(_reachable(f"postgres://{db['HOST']}:{db['PORT'] or 5432}", 5432))
    problems = [p for p in problems if p]
    if problems:
        message = "; ".join(problems)
        if IN_CI:
            pytest.fail(f"real services required under CI=true: {message}", pytrace=False)
        pytest.skip(message)


@pytest.fixture(autouse=True)
def _real_services_gate(request):
    """In the real-services pass, or for services_only tests, insist on the real servers."""
    if request.node.get_closest_marker("services_only") or settings.REDIS_URL:
        require_real_services()


@pytest.fixture(autouse=True)
def _tasks_eager_unless_worker_test(request):
    """Outside the real-worker tests, tasks run in-process even when a broker is configured:
    the second pass uses PostgreSQL semantics for service tests, and real workers only where
    a test starts one."""
    from gp_assistant.celery import app

    saved = app.conf.task_always_eager
    app.conf.task_always_eager = not request.node.get_closest_marker("services_only")
    yield
    app.conf.task_always_eager = saved


@pytest.fixture(autouse=True)
def _fast_test_settings(settings):
    """Run embedded tasks inline so tests see their effects deterministically; hash test
    passwords cheaply."""
    settings.EMBEDDED_TASK_THREADS = 0
    # Chat tests test the chat; the suggestion pipeline's tests switch drafting on.
    settings.DRAFT_ON_MESSAGE = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _isolated_redis_layer(settings):
    """Flush the test Redis database between tests so channel groups do not leak, and give
    every test a fresh channel layer: each test runs on its own event loop, and a
    channels-redis layer kept from an earlier test can hold an asyncio lock bound to that
    test's closed loop ("... is bound to a different event loop" in every later test)."""
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    if settings.REDIS_URL:
        import redis

        redis.Redis.from_url(settings.REDIS_URL).flushdb()
    yield
    channel_layers.backends.clear()


@pytest.fixture
def worker_process(request, settings):
    """A real Celery worker process on the Redis broker and this test's PostgreSQL database;
    yields a function returning its output so far, and stops it at the end. Parametrized
    indirectly, a dict may choose the "pool" (solo), its "concurrency" (1) and add "env".
    The function's `pid` is the worker's main process."""
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from django.db import connection

    require_real_services()
    db = connection.settings_dict
    database_url = (
        f"postgres://{db['USER'] or 'postgres'}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"
    )
    log = tempfile.NamedTemporaryFile(mode="w+", suffix=".log", delete=False)  # noqa: SIM115
    options = getattr(request, "param", {})
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": settings.REDIS_URL,
        **options.get("env", {}),
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "gp_assistant",
            "worker",
            f"--pool={options.get('pool', 'solo')}",
            f"--concurrency={options.get('concurrency', 1)}",
            "--without-gossip",
            "--without-mingle",
            "--loglevel=INFO",
        ],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    def output() -> str:
        return Path(log.name).read_text(errors="replace")

    output.pid = process.pid
    try:
        yield output
    finally:
        stop_process(process)
        Path(log.name).unlink(missing_ok=True)


def wait_until(predicate, *, timeout: float = 30.0, interval: float = 0.2, describe=None):
    """Poll `predicate` until it returns something truthy; fail after `timeout` seconds
    (with `describe()`'s text, e.g. a worker's log, in the failure)."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    detail = f"\n{describe()}" if describe else ""
    pytest.fail(f"condition not met within {timeout} s{detail}")
