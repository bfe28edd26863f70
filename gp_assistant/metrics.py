"""Prometheus metrics: the instruments the code observes, the state read from the database at
scrape time, and their exposition at /metrics (web) and on the Celery worker's port.

Instruments count what their own process did. A web process (Daphne) is one process and uses
prometheus_client's default registry. A Celery prefork worker drafts and sends SMS in its pool
children: with PROMETHEUS_MULTIPROC_DIR set, every process writes its values to files there,
and the worker's main process serves their sum on WORKER_METRICS_PORT. The embedded mode (no
variables) runs tasks on threads of the web process, so the default registry holds everything.

The review queue and the SMS outbox are read from the database on every scrape (aggregates, on
a bounded thread with a timeout), so each web process reports the whole deployment's truth.
If the database does not answer, the scrape still succeeds without them and
gp_metrics_collector_errors_total goes up.
"""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from asgiref.sync import iscoroutinefunction
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.decorators import sync_and_async_middleware
from django.views.decorators.http import require_GET
from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    make_wsgi_app,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import ThreadingWSGIServer, choose_encoder
from prometheus_client.registry import Collector

from gp_assistant import health

if TYPE_CHECKING:
    from triage.selectors import OperationsSnapshot

logger = logging.getLogger(__name__)

# --- Instruments (process-local) ---------------------------------------------------------

HTTP_REQUESTS = Counter(
    "gp_http_requests",
    "HTTP requests answered, by method, route name (not the path) and status class.",
    ["method", "route", "status"],
)
WEBSOCKET_CONNECTIONS = Counter(
    "gp_websocket_connections",
    "WebSocket connections accepted, by consumer (refused ones show in the close codes).",
    ["consumer"],
)
WEBSOCKET_CLOSES = Counter(
    "gp_websocket_closes",
    "WebSocket connections ended, by consumer and close code (the server's if it closed).",
    ["consumer", "code"],
)
WEBSOCKET_OPEN = Gauge(
    "gp_websocket_open_connections",
    "WebSocket connections open now, by consumer.",
    ["consumer"],
    multiprocess_mode="livesum",
)
WEBSOCKET_FRAMES = Counter(
    "gp_websocket_frames_received",
    "WebSocket frames received from clients, by consumer.",
    ["consumer"],
)
TRIAGE_SECONDS = Histogram(
    "gp_triage_seconds",
    "Time to triage one staff message: rules, stored result, audit event, published frame.",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0),
)
SUGGESTION_SECONDS = Histogram(
    "gp_suggestion_draft_seconds",
    "Time to draft one suggestion (retrieval, model or extractive engine, validation), by engine.",
    ["engine"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 60.0),
)
SUGGESTION_FIRST_TOKEN_SECONDS = Histogram(
    "gp_suggestion_first_token_seconds",
    "Time from the start of a streamed model call to its first token.",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0),
)
LLM_FAILURES = Counter(
    "gp_llm_failures",
    "Model server calls without a usable answer, by reason code (see knowledge/llm.py).",
    ["reason"],
)
SUGGESTION_FALLBACKS = Counter(
    "gp_suggestion_fallbacks",
    "Suggestions drafted by the extractive engine because the model failed, by reason.",
    ["reason"],
)
RETRIEVAL_KEYWORD_ONLY = Counter(
    "gp_retrieval_keyword_only",
    "Searches that used keyword search alone, by reason: embedding (the embeddings server did "
    "not embed the query) or store (the Chroma server failed, now or less than "
    "CHROMA_RETRY_SECONDS ago).",
    ["reason"],
)
SMS_OUTCOMES = Counter(
    "gp_sms_outcomes",
    "SMS delivery attempts by outcome: sent, transient_error (retried), exhausted (no tries left), "
    "permanent_error, refused (summary not signed).",
    ["outcome"],
)
COLLECTOR_ERRORS = Counter(
    "gp_metrics_collector_errors",
    "Scrapes that left out the database-backed metrics because the database did not answer.",
    ["collector"],
)

# Methods outside this set are counted as "other": a client must not create label values.
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def _count_request(request: HttpRequest, response: HttpResponse) -> None:
    match = request.resolver_match  # None when no URL pattern matched (404) or before routing
    HTTP_REQUESTS.labels(
        method=request.method if request.method in _METHODS else "other",
        route=match.view_name if match else "unmatched",
        status=f"{response.status_code // 100}xx",
    ).inc()


@sync_and_async_middleware
def request_metrics_middleware(get_response: Callable) -> Callable:
    """Count every answered request (first in MIDDLEWARE, so it sees the final response).
    Async under Daphne, so async views stay off the shared sync thread."""
    if iscoroutinefunction(get_response):

        async def middleware(request: HttpRequest) -> HttpResponse:
            response = await get_response(request)
            _count_request(request, response)
            return response

    else:

        def middleware(request: HttpRequest) -> HttpResponse:
            response = get_response(request)
            _count_request(request, response)
            return response

    return middleware


# --- State read from the database at scrape time -----------------------------------------


class OperationsCollector:
    """The review queue and the SMS outbox of one snapshot (triage.selectors) as gauges."""

    def __init__(self, snapshot: OperationsSnapshot, now: datetime) -> None:
        self.snapshot = snapshot
        self.now = now

    def collect(self) -> Iterator[Metric]:
        """Yield the gauge families."""
        snapshot = self.snapshot
        depth = GaugeMetricFamily(
            "gp_review_queue_depth",
            "Suggestions waiting for GP review, by the consultation's triage level.",
            labels=["triage_level"],
        )
        oldest = GaugeMetricFamily(
            "gp_review_oldest_pending_seconds",
            "Age of the oldest suggestion waiting for GP review, by triage level (0: none).",
            labels=["triage_level"],
        )
        for level, count in snapshot.pending_by_level.items():
            depth.add_metric([level], count)
            created = snapshot.oldest_pending_by_level.get(level)
            age = (self.now - created).total_seconds() if created else 0.0
            oldest.add_metric([level], max(0.0, age))
        yield depth
        yield oldest
        yield GaugeMetricFamily(
            "gp_review_escalated_unreviewed",
            "Emergency suggestions whose overdue alarm was raised and that are still unreviewed.",
            value=snapshot.escalated_pending,
        )
        sms = GaugeMetricFamily(
            "gp_sms_messages", "SMS outbox messages by status.", labels=["status"]
        )
        for status, count in snapshot.sms_by_status.items():
            sms.add_metric([status], count)
        yield sms


def read_operations_snapshot() -> OperationsSnapshot:
    """The database-backed state, on the calling thread's own connection (closed after)."""
    from django.db import connections

    from triage import selectors

    try:
        return selectors.operations_snapshot()
    finally:
        connections.close_all()  # runs on a pool thread: leave no connection open on it


# --- Exposition ----------------------------------------------------------------------------


class _Together:
    """Several collectors as one, for the encoders (which only call collect())."""

    def __init__(self, collectors: Iterable[Collector]) -> None:
        self.collectors = list(collectors)

    def collect(self) -> Iterator[Metric]:
        for collector in self.collectors:
            yield from collector.collect()


def process_registry() -> Collector:
    """This process's instruments, or in multiprocess mode those of every process sharing
    PROMETHEUS_MULTIPROC_DIR (read from their files on each collect)."""
    if not settings.PROMETHEUS_MULTIPROC_DIR:
        return REGISTRY
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=settings.PROMETHEUS_MULTIPROC_DIR)
    return registry


def token_accepted(authorization: str) -> bool:
    """True when METRICS_TOKEN is unset, or the Authorization header carries it as Bearer."""
    token = settings.METRICS_TOKEN
    if not token:
        return True
    return hmac.compare_digest(authorization.encode(), f"Bearer {token}".encode())


@require_GET
async def metrics_view(request: HttpRequest) -> HttpResponse:
    """GET /metrics: the instruments and the database-backed state, in Prometheus's format."""
    if not token_accepted(request.headers.get("Authorization", "")):
        response = HttpResponse("unauthorized\n", status=401, content_type="text/plain")
        response["WWW-Authenticate"] = "Bearer"
        return response
    collectors = [process_registry()]
    try:
        snapshot = await health.run_blocking(read_operations_snapshot)
    except Exception as exc:  # a dead database costs these metrics, never the scrape
        logger.warning("metrics: database-backed state left out: %r", exc)
        COLLECTOR_ERRORS.labels(collector="database").inc()
    else:
        collectors.append(OperationsCollector(snapshot, timezone.now()))
    encode, content_type = choose_encoder(request.headers.get("Accept", ""))
    response = HttpResponse(encode(_Together(collectors)), content_type=content_type)
    response["Cache-Control"] = "no-store"
    return response


# --- The Celery worker's metrics port -------------------------------------------------------


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Scrapes every few seconds would flood the worker's log."""


def _bearer_protected(app: Callable) -> Callable:
    def protected(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if token_accepted(environ.get("HTTP_AUTHORIZATION", "")):
            return app(environ, start_response)
        start_response(
            "401 Unauthorized", [("Content-Type", "text/plain"), ("WWW-Authenticate", "Bearer")]
        )
        return [b"unauthorized\n"]

    return protected


def serve_worker_metrics(port: int, addr: str = "0.0.0.0") -> WSGIServer:  # noqa: S104
    """Serve process_registry() over HTTP on a daemon thread (the worker's main process; the
    pool children it forks write to PROMETHEUS_MULTIPROC_DIR). Stop it with .shutdown()."""
    app = _bearer_protected(make_wsgi_app(process_registry()))
    server = make_server(addr, port, app, ThreadingWSGIServer, handler_class=_QuietHandler)
    threading.Thread(target=server.serve_forever, name="worker-metrics", daemon=True).start()
    logger.info("worker metrics on http://%s:%d/metrics", addr, port)
    return server


def forget_dead_process(pid: int) -> None:
    """Drop a finished pool process's live gauges from the multiprocess files (its counters
    stay: they are totals)."""
    if settings.PROMETHEUS_MULTIPROC_DIR:
        multiprocess.mark_process_dead(pid, settings.PROMETHEUS_MULTIPROC_DIR)
