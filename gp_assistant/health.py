"""Probes for load balancers and orchestrators: /healthz (the process answers) and /readyz
(each dependency answers, each reported with its latency).

Both views are async: under Daphne a sync view runs on Channels' one shared thread, which every
socket's database work also waits on, so a probe stuck on a dead dependency would stall chat.
Blocking checks run on this module's own small thread pool, each bounded by a timeout.

Readiness means "this web process can take traffic". Red-flag triage never depends on the
model server or the knowledge store (ARCHITECTURE.md, rule 2), so those two are reported but
do not make the process unready: suggestions fall back to the extractive engine. They show up
under "degraded" instead. ``/readyz?strict=1`` counts them too (for smoke tests after an
upgrade, not for probes).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from django.http import HttpRequest, JsonResponse

# Each check gets this long; the checks run concurrently, so /readyz answers within about
# this time even when every dependency hangs (probe timeouts in deploy/ are 5 s).
CHECK_TIMEOUT_SECONDS = 2.0
DETAIL_MAX_CHARS = 200

# Bounded on purpose: a hung dependency can hold at most this many threads, and later checks
# then time out instead of piling up threads.
_executor = ThreadPoolExecutor(max_workers=6, thread_name_prefix="readyz")

T = TypeVar("T")


class CheckFailed(Exception):
    """A dependency answered, but not as expected."""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one dependency check."""

    ok: bool
    detail: str
    ms: int
    required: bool

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of one check."""
        return {"ok": self.ok, "detail": self.detail, "ms": self.ms, "required": self.required}


async def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness: the process answers HTTP. No I/O, so a slow dependency never restarts it."""
    return _no_store(JsonResponse({"status": "ok"}))


async def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness: every required dependency answers; 503 with each check's detail otherwise."""
    checks = await run_checks()
    strict = request.GET.get("strict", "").lower() in ("1", "true", "yes")
    failing = [name for name, check in checks.items() if not check.ok]
    blocking = [n for n in failing if strict or checks[n].required]
    body = {
        "status": "not_ready" if blocking else "ready",
        "checks": {name: check.as_dict() for name, check in checks.items()},
        "degraded": [n for n in failing if not checks[n].required],
    }
    response = JsonResponse(body, status=503 if blocking else 200)
    return _no_store(response)


async def run_checks() -> dict[str, CheckResult]:
    """Run every dependency check concurrently, each within CHECK_TIMEOUT_SECONDS."""
    plan: dict[str, tuple[Callable[[], Awaitable[str]], bool]] = {
        "database": (_in_thread(check_database), True),
        "channel_layer": (check_channel_layer, True),
        "broker": (_in_thread(check_broker), True),
        "chroma": (_in_thread(check_chroma), False),
        "model_server": (_in_thread(check_model_server), False),
    }
    names = list(plan)
    results = await asyncio.gather(*(_timed(*plan[name]) for name in names))
    return dict(zip(names, results, strict=True))


# --- The checks: each returns a short detail on success and raises on failure -----------


def check_database() -> str:
    """SELECT 1 on the default database, on a connection of this thread (closed after)."""
    from django.db import connections

    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            row = cursor.fetchone()
    finally:
        # This runs on a readyz pool thread: never leave a connection open on it.
        connections.close_all()
    if not row or row[0] != 1:
        raise CheckFailed(f"SELECT 1 returned {row!r}")
    return f"{connection.vendor}: SELECT 1 ok"


async def check_channel_layer() -> str:
    """Send a message to a fresh channel on the configured layer and receive it back."""
    from channels.layers import get_channel_layer

    layer = get_channel_layer()
    if layer is None:
        raise CheckFailed("no channel layer configured")
    # A plain (not process-specific "!") name: the Redis layer reads it with a direct BRPOP,
    # and a message left behind by a timed-out probe expires with the layer's expiry.
    channel = f"readyz.{uuid.uuid4().hex}"
    nonce = uuid.uuid4().hex
    await layer.send(channel, {"type": "readyz.ping", "nonce": nonce})
    message = await layer.receive(channel)
    if message.get("nonce") != nonce:
        raise CheckFailed("received a different message than sent")
    return f"{type(layer).__name__}: send/receive round trip ok"


def check_broker() -> str:
    """Ping the Celery broker (Redis) when REDIS_URL is set; embedded mode needs none."""
    from django.conf import settings

    if not settings.REDIS_URL:
        return "embedded (in-process task threads, no broker)"
    import redis

    client = redis.Redis.from_url(
        settings.REDIS_URL,
        socket_connect_timeout=CHECK_TIMEOUT_SECONDS,
        socket_timeout=CHECK_TIMEOUT_SECONDS,
    )
    try:
        if not client.ping():
            raise CheckFailed("PING did not answer PONG")
    finally:
        client.close()
    return "redis: PING ok"


def check_chroma() -> str:
    """The Chroma server's heartbeat (CHROMA_URL), or the embedded store's directory."""
    from django.conf import settings

    if settings.CHROMA_URL:
        # The endpoint chromadb.HttpClient.heartbeat() calls; plain HTTP keeps the probe free
        # of chromadb's import (seconds) and under our own timeout.
        data = _get_json(settings.CHROMA_URL.rstrip("/") + "/api/v2/heartbeat")
        if "nanosecond heartbeat" not in data:
            raise CheckFailed("heartbeat answer has no 'nanosecond heartbeat'")
        return "server: heartbeat ok"
    path = settings.CHROMA_PATH
    path.mkdir(parents=True, exist_ok=True)
    probe = path / f".readyz-{uuid.uuid4().hex}"
    probe.write_bytes(b"")
    probe.unlink()
    if "chromadb" not in sys.modules:
        # Importing chromadb takes seconds; the store opens it on first use, not the probe.
        return f"embedded: {path} writable (client not opened yet)"
    from knowledge import store

    store.get_client().heartbeat()
    return f"embedded: {path} writable, heartbeat ok"


def check_model_server() -> str:
    """Ask knowledge.llm (the only code that talks to the model server) whether it is ready."""
    from django.conf import settings

    if not settings.LLM_BASE_URL:
        return "extractive engine (no model server)"
    # Imported here: langchain takes seconds to import, and only this check needs it in a web
    # process (a first probe may time out while it loads; the check is not a required one).
    from knowledge import llm

    if not llm.server_ready(timeout=CHECK_TIMEOUT_SECONDS):
        raise CheckFailed(
            f"no answer from {settings.LLM_BASE_URL}/models listing {settings.LLM_MODEL!r} "
            "(reason in the log); suggestions use the extractive engine"
        )
    return f"serves {settings.LLM_MODEL}"


# --- Plumbing ---------------------------------------------------------------------------


def _get_json(url: str) -> dict[str, Any]:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310 - URL from validated settings
    with urllib.request.urlopen(request, timeout=CHECK_TIMEOUT_SECONDS) as response:  # noqa: S310
        data = json.loads(response.read(65536) or b"{}")
    if not isinstance(data, dict):
        raise CheckFailed("answer is not a JSON object")
    return data


async def run_blocking(call: Callable[[], T], *, timeout: float = CHECK_TIMEOUT_SECONDS) -> T:
    """Run a blocking call on this module's bounded thread pool (never on Channels' shared
    database thread); TimeoutError after `timeout` seconds. /metrics reads the database so."""
    loop = asyncio.get_running_loop()
    return await asyncio.wait_for(loop.run_in_executor(_executor, call), timeout=timeout)


def _in_thread(check: Callable[[], str]) -> Callable[[], Awaitable[str]]:
    async def run() -> str:
        return await run_blocking(check)

    return run


async def _timed(check: Callable[[], Awaitable[str]], required: bool) -> CheckResult:
    started = time.perf_counter()
    try:
        detail = await asyncio.wait_for(check(), timeout=CHECK_TIMEOUT_SECONDS)
        ok = True
    except TimeoutError:
        ok, detail = False, f"timed out after {CHECK_TIMEOUT_SECONDS:g} s"
    except Exception as exc:  # any failure of a dependency is a report, never a 500
        ok, detail = False, _describe(exc)
    ms = round((time.perf_counter() - started) * 1000)
    if not ok and not required:
        detail = f"degraded: {detail}"
    return CheckResult(ok=ok, detail=detail[:DETAIL_MAX_CHARS], ms=ms, required=required)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, CheckFailed):
        return str(exc)
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code}"
    if isinstance(exc, urllib.error.URLError):
        return f"unreachable: {exc.reason}"
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _no_store(response: JsonResponse) -> JsonResponse:
    response["Cache-Control"] = "no-store"
    return response
