"""/metrics: the instruments move when the real code paths run (chat over the real consumer,
drafting with the model server down or answering, SMS through a gateway that fails once), the
database-backed state is the deployment's truth, the token is enforced, a dead database costs
only its own metrics, and multiprocess mode adds up the values of several processes.

Instruments are process-global and other tests move them too: assertions are on deltas."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from gp_assistant import health, metrics
from knowledge import answers
from knowledge.extractive import build_suggestion
from tests.conftest import wait_until
from tests.factories import (
    ConsultationFactory,
    GPFactory,
    PatientSummaryFactory,
    SuggestionFactory,
)
from tests.knowledge.conftest import embedding_cache_dir, real_corpus_store  # noqa: F401
from tests.knowledge.fake_llm_server import fake_llm, fake_llm_server_module  # noqa: F401
from tests.processes import free_port
from tests.test_health import unreachable_database
from tests.triage.wsclient import connect
from triage import services, sms
from triage.models import ConsultationStatus, SmsMessage, Suggestion, TriageLevel

ROOT = Path(__file__).resolve().parent.parent

FAMILIES = {
    "gp_http_requests",
    "gp_websocket_connections",
    "gp_websocket_closes",
    "gp_websocket_open_connections",
    "gp_websocket_frames_received",
    "gp_triage_seconds",
    "gp_suggestion_draft_seconds",
    "gp_suggestion_first_token_seconds",
    "gp_llm_failures",
    "gp_suggestion_fallbacks",
    "gp_retrieval_keyword_only",
    "gp_sms_outcomes",
    "gp_metrics_collector_errors",
}
DATABASE_FAMILIES = {
    "gp_review_queue_depth",
    "gp_review_oldest_pending_seconds",
    "gp_review_escalated_unreviewed",
    "gp_sms_messages",
}


@pytest.fixture(autouse=True)
def _fresh_pool(monkeypatch):
    """Own threads for the database reads, so none keeps a connection across tests."""
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="metrics-test")
    monkeypatch.setattr(health, "_executor", pool)
    yield
    pool.shutdown(wait=True)


def value(name: str, **labels: str) -> float:
    """This process's current value of one sample (0 when it was never observed)."""
    return REGISTRY.get_sample_value(name, labels) or 0.0


def total(counter) -> float:
    """The sum of a labelled counter over all its label values."""
    return sum(s.value for m in counter.collect() for s in m.samples if s.name.endswith("_total"))


def parse(text: str) -> dict[str, dict[tuple, float]]:
    """Exposition text -> {family: {(sample name, sorted labels): value}}."""
    return {
        family.name: {(s.name, tuple(sorted(s.labels.items()))): s.value for s in family.samples}
        for family in text_string_to_metric_families(text)
    }


def scrape(client, **headers) -> dict[str, dict[tuple, float]]:
    response = client.get("/metrics", **headers)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("text/plain")
    assert response["Cache-Control"] == "no-store"
    return parse(response.content.decode())


# --- Chat: the real consumer and service -------------------------------------------------


@pytest.mark.realservices
@pytest.mark.django_db(transaction=True)
async def test_staff_message_over_the_socket_is_triaged_once_and_the_socket_counted():
    consultation = await database_sync_to_async(ConsultationFactory)()
    consumer = {"consumer": "ConsultationConsumer"}
    before = {
        "triage": value("gp_triage_seconds_count"),
        "opened": value("gp_websocket_connections_total", **consumer),
        "frames": value("gp_websocket_frames_received_total", **consumer),
        "open": value("gp_websocket_open_connections", **consumer),
        "closed": value("gp_websocket_closes_total", code="1000", **consumer),
    }
    socket, ok, _ = await connect(f"/ws/consultations/{consultation.pk}/", consultation.opened_by)
    try:
        assert ok
        assert value("gp_websocket_open_connections", **consumer) == before["open"] + 1
        await socket.send_json_to({"type": "message", "client_id": "m1", "text": "胸痛，出冷汗"})
        while (await socket.receive_json_from(timeout=10))["type"] != "triage":
            pass
    finally:
        await socket.disconnect(code=1000)
    assert value("gp_triage_seconds_count") == before["triage"] + 1
    assert value("gp_triage_seconds_sum") > 0
    assert value("gp_websocket_connections_total", **consumer) == before["opened"] + 1
    assert value("gp_websocket_frames_received_total", **consumer) == before["frames"] + 1
    assert value("gp_websocket_open_connections", **consumer) == before["open"]
    assert value("gp_websocket_closes_total", code="1000", **consumer) == before["closed"] + 1


@pytest.mark.realservices
@pytest.mark.django_db(transaction=True)
async def test_a_refused_socket_is_counted_by_the_servers_close_code():
    labels = {"consumer": "ReviewQueueConsumer", "code": "4401"}
    before = value("gp_websocket_closes_total", **labels)
    socket, ok, code = await connect("/ws/review/")  # not signed in
    await socket.disconnect(code=1006)  # what Daphne delivers after the server's close
    assert not ok and code == 4401
    assert value("gp_websocket_closes_total", **labels) == before + 1


# --- The /metrics page -----------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_metrics_page_parses_with_every_family_and_counts_requests_by_route_name(client):
    labels = {"method": "GET", "status": "2xx"}
    before = value("gp_http_requests_total", route="healthz", **labels)
    unmatched = value("gp_http_requests_total", method="GET", route="unmatched", status="4xx")
    client.get("/healthz")
    client.get("/no/such/page/12345")
    families = scrape(client)
    assert set(families) >= FAMILIES | DATABASE_FAMILIES
    assert value("gp_http_requests_total", route="healthz", **labels) == before + 1
    assert value("gp_http_requests_total", method="GET", route="unmatched", status="4xx") == (
        unmatched + 1
    )
    # Routes are URL names, never raw paths with ids in them.
    routes = {dict(key[1]).get("route") for key in families["gp_http_requests"]}
    assert not any("/" in route for route in routes if route)


async def test_requests_are_counted_on_the_async_path_too(async_client):
    # Under Daphne the middleware chain is async; the test Client above runs it sync.
    labels = {"method": "GET", "route": "healthz", "status": "2xx"}
    before = value("gp_http_requests_total", **labels)
    assert (await async_client.get("/healthz")).status_code == 200
    assert value("gp_http_requests_total", **labels) == before + 1


@pytest.mark.realservices
@pytest.mark.django_db(transaction=True)
def test_queue_depth_and_oldest_wait_come_from_the_database(client):
    emergency = ConsultationFactory(triage_level=TriageLevel.EMERGENCY)
    waiting = SuggestionFactory.create_batch(3, consultation=emergency)
    SuggestionFactory(consultation=emergency, status=Suggestion.Status.APPROVED)
    SuggestionFactory(consultation=ConsultationFactory(triage_level=TriageLevel.SELF_CARE))
    Suggestion.objects.filter(pk=waiting[0].pk).update(
        created_at=timezone.now() - timedelta(seconds=600), escalated_at=timezone.now()
    )
    families = scrape(client)
    depth = {dict(k[1])["triage_level"]: v for k, v in families["gp_review_queue_depth"].items()}
    assert depth == {"emergency": 3, "urgent": 0, "non_urgent": 0, "self_care": 1, "none": 0}
    oldest = {
        dict(k[1])["triage_level"]: v
        for k, v in families["gp_review_oldest_pending_seconds"].items()
    }
    assert 600 <= oldest["emergency"] < 660
    assert 0 <= oldest["self_care"] < 60 and oldest["urgent"] == 0
    assert list(families["gp_review_escalated_unreviewed"].values()) == [1]


@pytest.mark.django_db
def test_database_down_still_answers_without_its_metrics(client, tmp_path):
    before = value("gp_metrics_collector_errors_total", collector="database")
    with unreachable_database(tmp_path):
        families = scrape(client)
    assert set(families) >= FAMILIES
    assert not DATABASE_FAMILIES & set(families)
    assert value("gp_metrics_collector_errors_total", collector="database") == before + 1


def test_metrics_token_is_required_when_set(client, settings):
    settings.METRICS_TOKEN = "s3cret-token"
    assert client.get("/metrics").status_code == 401
    wrong = client.get("/metrics", HTTP_AUTHORIZATION="Bearer nope")
    assert wrong.status_code == 401 and wrong["WWW-Authenticate"] == "Bearer"
    assert client.post("/metrics", HTTP_AUTHORIZATION="Bearer s3cret-token").status_code == 405
    families = scrape(client, HTTP_AUTHORIZATION="Bearer s3cret-token")
    assert "gp_http_requests" in families
    settings.METRICS_TOKEN = ""  # unset: served to anyone who reaches it (nginx restricts)
    assert client.get("/metrics").status_code == 200


# --- SMS outcomes -------------------------------------------------------------------------


class FlakyGateway:
    """An SMS gateway hook that answers 503 to the first request and 200 after."""

    def __init__(self) -> None:
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers["Content-Length"]))
                outer.requests += 1
                ok = outer.requests > 1
                body = json.dumps({"id": f"sms-{outer.requests}"}).encode() if ok else b""
                self.send_response(200 if ok else 503)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sms"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.realservices
@pytest.mark.django_db
def test_sms_outcomes_count_a_transient_failure_then_the_send(settings):
    gateway = FlakyGateway()
    settings.SMS_BACKEND = "webhook"
    settings.SMS_WEBHOOK_URL = gateway.url
    settings.SMS_WEBHOOK_SECRET = "hook-secret"
    consultation = ConsultationFactory(status=ConsultationStatus.CLOSED)
    summary = PatientSummaryFactory(consultation=consultation)
    gp = GPFactory(clinic=consultation.clinic.supervising_centre)
    services.review_suggestion(gp=gp, suggestion_id=summary.pk, action="approve")
    outbox = SmsMessage.objects.get(suggestion=summary)  # queued; on_commit never ran here
    before = {o: value("gp_sms_outcomes_total", outcome=o) for o in ("transient_error", "sent")}
    try:
        with pytest.raises(sms.TransientSmsError):
            services.deliver_sms(sms_id=outbox.pk)
        assert value("gp_sms_outcomes_total", outcome="transient_error") == (
            before["transient_error"] + 1
        )
        assert value("gp_sms_outcomes_total", outcome="sent") == before["sent"]
        assert services.deliver_sms(sms_id=outbox.pk).status == SmsMessage.Status.SENT
    finally:
        gateway.close()
    assert value("gp_sms_outcomes_total", outcome="sent") == before["sent"] + 1
    assert value("gp_sms_outcomes_total", outcome="transient_error") == (
        before["transient_error"] + 1
    )


# --- Drafting: model server down, and answering --------------------------------------------


@pytest.fixture
def corpus(real_corpus_store, settings):  # noqa: F811
    for name, setting in real_corpus_store["values"].items():
        setattr(settings, name, setting)
    return settings


def staff_message(text: str):
    consultation = ConsultationFactory()
    return services.record_message(
        user=consultation.opened_by, consultation_id=consultation.pk, client_id="d1", text=text
    ).message


@pytest.mark.realservices
@pytest.mark.django_db(transaction=True)
def test_model_server_down_counts_the_failure_the_fallback_and_the_draft_time(corpus):
    corpus.LLM_BASE_URL = f"http://127.0.0.1:{free_port()}/v1"
    corpus.DRAFT_ON_MESSAGE = True  # the real path: message -> triage -> task -> draft
    engine = {"engine": "extractive-fallback"}
    before = {
        "failures": value("gp_llm_failures_total", reason="connection"),
        "fallbacks": value("gp_suggestion_fallbacks_total", reason="connection"),
        "drafts": value("gp_suggestion_draft_seconds_count", **engine),
        "first_tokens": value("gp_suggestion_first_token_seconds_count"),
    }
    message = staff_message("咳嗽三天，发烧38.5度")
    assert Suggestion.objects.get(message=message).engine == "extractive-fallback"
    assert value("gp_llm_failures_total", reason="connection") == before["failures"] + 1
    assert value("gp_suggestion_fallbacks_total", reason="connection") == before["fallbacks"] + 1
    assert value("gp_suggestion_draft_seconds_count", **engine) == before["drafts"] + 1
    assert value("gp_suggestion_first_token_seconds_count") == before["first_tokens"]


@pytest.mark.django_db(transaction=True)
def test_a_streamed_model_draft_observes_time_to_first_token(corpus, fake_llm):  # noqa: F811
    message = staff_message("咳嗽三天，发烧38.5度")
    request = services.draft_request(message.consultation, message)
    valid = build_suggestion(
        triage=request.triage,
        passages=answers.gather_passages(request),
        language=request.language,
    )
    fake_llm.reset(content=json.dumps(valid, ensure_ascii=False), deltas=8)
    before = {
        "drafts": value("gp_suggestion_draft_seconds_count", engine="llm"),
        "first_tokens": value("gp_suggestion_first_token_seconds_count"),
        "fallbacks": total(metrics.SUGGESTION_FALLBACKS),
    }
    suggestion = services.draft_suggestion(message_id=message.pk)
    assert suggestion.engine == "llm" and suggestion.first_token_ms is not None
    assert value("gp_suggestion_draft_seconds_count", engine="llm") == before["drafts"] + 1
    assert value("gp_suggestion_first_token_seconds_count") == before["first_tokens"] + 1
    assert value("gp_suggestion_first_token_seconds_sum") > 0
    assert total(metrics.SUGGESTION_FALLBACKS) == before["fallbacks"]


# --- Multiprocess mode: several processes, one sum ----------------------------------------

CHILD = """
import os, django
django.setup()
from gp_assistant import metrics
metrics.SMS_OUTCOMES.labels(outcome="sent").inc()
metrics.WEBSOCKET_OPEN.labels(consumer="ConsultationConsumer").inc()
print(os.getpid())
"""


@pytest.fixture
def two_processes_wrote(tmp_path, settings) -> list[int]:
    """Two separate processes counted one SMS and one open socket each, in multiprocess mode;
    this test process then reads that directory (it is not in multiprocess mode itself)."""
    directory = tmp_path / "prometheus"
    directory.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "gp_assistant.settings",
        "PROMETHEUS_MULTIPROC_DIR": str(directory),
    }
    pids = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", CHILD],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        pids.append(int(done.stdout.split()[-1]))
    settings.PROMETHEUS_MULTIPROC_DIR = str(directory)
    return pids


def test_multiprocess_mode_adds_up_the_processes_and_forgets_dead_ones(client, two_processes_wrote):
    families = scrape(client)  # (no database in this test: the queue metrics are left out)
    sent = ("gp_sms_outcomes_total", (("outcome", "sent"),))
    open_sockets = ("gp_websocket_open_connections", (("consumer", "ConsultationConsumer"),))
    assert families["gp_sms_outcomes"][sent] == 2
    assert families["gp_websocket_open_connections"][open_sockets] == 2
    metrics.forget_dead_process(two_processes_wrote[0])
    families = scrape(client)
    assert families["gp_websocket_open_connections"][open_sockets] == 1  # a live gauge
    assert families["gp_sms_outcomes"][sent] == 2  # a total stays


def test_worker_port_serves_the_sum_and_honours_the_token(settings, two_processes_wrote):
    settings.METRICS_TOKEN = "worker-token"
    server = metrics.serve_worker_metrics(0, addr="127.0.0.1")
    url = f"http://127.0.0.1:{server.server_port}/metrics"
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url, timeout=5)
        assert refused.value.code == 401
        request = urllib.request.Request(url, headers={"Authorization": "Bearer worker-token"})
        with urllib.request.urlopen(request, timeout=5) as response:
            families = parse(response.read().decode())
    finally:
        server.shutdown()
        server.server_close()
    assert families["gp_sms_outcomes"][("gp_sms_outcomes_total", (("outcome", "sent"),))] == 2


def test_an_empty_multiproc_dir_variable_leaves_multiprocess_mode_off():
    code = (
        "import django; django.setup(); from prometheus_client import values; "
        "print(values.ValueClass.__name__)"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "gp_assistant.settings",
        "PROMETHEUS_MULTIPROC_DIR": "",
    }
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "MutexValue"


@pytest.fixture
def worker_metrics(tmp_path, monkeypatch) -> str:
    """The metrics variables for a worker process started after this fixture; its URL."""
    directory = tmp_path / "worker-metrics"
    directory.mkdir()
    port = free_port()
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(directory))
    monkeypatch.setenv("WORKER_METRICS_PORT", str(port))
    return f"http://127.0.0.1:{port}/metrics"


@pytest.mark.services_only
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("worker_process", [{"pool": "prefork", "concurrency": 2}], indirect=True)
def test_a_prefork_worker_serves_what_its_pool_processes_counted(worker_metrics, worker_process):
    consultation = ConsultationFactory(status=ConsultationStatus.CLOSED)
    summary = PatientSummaryFactory(consultation=consultation)
    gp = GPFactory(clinic=consultation.clinic.supervising_centre)
    services.review_suggestion(gp=gp, suggestion_id=summary.pk, action="approve")
    wait_until(
        lambda: SmsMessage.objects.filter(suggestion=summary, status="sent").exists(),
        timeout=60,
        describe=worker_process,
    )

    def scraped():
        try:
            with urllib.request.urlopen(worker_metrics, timeout=5) as response:
                return parse(response.read().decode())
        except OSError:
            return None

    families = wait_until(scraped, timeout=30, describe=worker_process)
    # A pool child sent it; the main process, which never runs a task, serves the count.
    assert families["gp_sms_outcomes"] == {("gp_sms_outcomes_total", (("outcome", "sent"),)): 1}
    assert "ForkPoolWorker" in worker_process()
