"""/healthz and /readyz: liveness without I/O; readiness reports every dependency, fails on the
required ones (database, channel layer, broker) and only degrades on the model server and the
knowledge store. Runs in both passes: in the real-services pass the database, channel layer and
broker checks talk to the real PostgreSQL and Redis."""

from __future__ import annotations

import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import connections

from gp_assistant import health
from knowledge import llm  # noqa: F401 - imported up front: the first import takes seconds
from tests.processes import free_port

pytestmark = [pytest.mark.realservices]


@pytest.fixture(autouse=True)
def _fresh_readyz_pool(monkeypatch):
    """Each test gets its own check threads, so no thread keeps a database connection (or an
    in-memory SQLite handle) opened under another test's settings."""
    pool = ThreadPoolExecutor(max_workers=6, thread_name_prefix="readyz-test")
    monkeypatch.setattr(health, "_executor", pool)
    yield
    pool.shutdown(wait=True)


@pytest.fixture
def embedded_store(settings, tmp_path):
    """No optional servers configured; the embedded Chroma directory under tmp_path."""
    settings.CHROMA_URL = None
    settings.CHROMA_PATH = tmp_path / "chroma"
    settings.LLM_BASE_URL = None
    settings.EMBEDDING_BASE_URL = None
    return settings


class FakeOpenAIServer:
    """A local JSON endpoint: /v1/models of an OpenAI-compatible server (vLLM), or a Chroma
    server's heartbeat."""

    def __init__(self, payload: dict, *, expect_key: str = "") -> None:
        self.requests: list[tuple[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                outer.requests.append((self.path, self.headers.get("Authorization", "")))
                if expect_key and self.headers.get("Authorization") != f"Bearer {expect_key}":
                    self.send_response(401)
                    self.end_headers()
                    return
                body = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeOpenAIServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_healthz_answers_without_touching_any_dependency(client, settings):
    # No django_db mark: any database access here would raise.
    settings.REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readyz_is_ready_in_the_configured_mode(client, embedded_store):
    response = client.get("/readyz")
    body = response.json()
    assert response.status_code == 200, body
    assert body["status"] == "ready"
    assert body["degraded"] == []
    assert set(body["checks"]) == {"database", "channel_layer", "broker", "chroma", "model_server"}
    for name, check in body["checks"].items():
        assert check["ok"], (name, check)
        assert isinstance(check["ms"], int)
    assert body["checks"]["model_server"]["detail"] == "extractive engine (no model server)"
    assert (embedded_store.CHROMA_PATH).is_dir()
    if embedded_store.REDIS_URL:  # the real-services pass: real Redis behind both checks
        assert body["checks"]["broker"]["detail"] == "redis: PING ok"
        assert body["checks"]["channel_layer"]["detail"].startswith("RedisChannelLayer")
        assert body["checks"]["database"]["detail"].startswith("postgresql")
    else:
        assert body["checks"]["broker"]["detail"].startswith("embedded")
        assert body["checks"]["channel_layer"]["detail"].startswith("InMemoryChannelLayer")


@contextmanager
def unreachable_database(tmp_path):
    """New connections (a check's thread) fail while this is open; this thread's stays open."""
    db = connections.settings["default"]
    if db["ENGINE"] == "django.db.backends.sqlite3":
        bad = {"NAME": str(tmp_path / "no-such-dir" / "db.sqlite3")}
    else:
        bad = {"HOST": "127.0.0.1", "PORT": str(free_port())}
    saved = {key: db.get(key) for key in bad}
    wrapper = connections["default"]
    pooled = hasattr(wrapper, "close_pool") and db.get("OPTIONS", {}).get("pool")
    db.update(bad)
    if pooled:  # a pooled connection to the good server would hide the outage
        wrapper.close_pool()
    try:
        yield
    finally:
        db.update(saved)
        if pooled:
            wrapper.close_pool()


@pytest.mark.django_db
def test_readyz_is_not_ready_when_the_database_is_unreachable(client, embedded_store, tmp_path):
    with unreachable_database(tmp_path):
        response = client.get("/readyz")
    body = response.json()
    assert response.status_code == 503
    assert body["status"] == "not_ready"
    assert body["checks"]["database"]["ok"] is False
    # Direct connections fail at once; a pool keeps retrying until the check's deadline.
    detail = body["checks"]["database"]["detail"]
    assert "OperationalError" in detail or "timed out" in detail
    assert body["checks"]["channel_layer"]["ok"] is True


@pytest.mark.django_db
def test_readyz_is_not_ready_when_redis_is_unreachable_and_hides_its_password(
    client, embedded_store
):
    embedded_store.REDIS_URL = f"redis://:s3cret-pw@127.0.0.1:{free_port()}/0"
    response = client.get("/readyz")
    body = response.json()
    assert response.status_code == 503
    assert body["status"] == "not_ready"
    assert body["checks"]["broker"]["ok"] is False
    assert body["checks"]["broker"]["required"] is True
    assert "s3cret-pw" not in response.content.decode()


@pytest.mark.django_db
def test_model_server_down_is_degraded_but_ready(client, embedded_store):
    embedded_store.LLM_BASE_URL = f"http://127.0.0.1:{free_port()}/v1"
    response = client.get("/readyz")
    body = response.json()
    assert response.status_code == 200, body
    assert body["status"] == "ready"
    assert body["degraded"] == ["model_server"]
    check = body["checks"]["model_server"]
    assert check["ok"] is False
    assert check["required"] is False
    assert check["detail"].startswith("degraded: no answer from")


@pytest.mark.django_db
def test_strict_readyz_counts_a_degraded_model_server(client, embedded_store):
    embedded_store.LLM_BASE_URL = f"http://127.0.0.1:{free_port()}/v1"
    response = client.get("/readyz?strict=1")
    assert response.status_code == 503
    assert response.json()["status"] == "not_ready"


@pytest.mark.django_db
def test_model_server_is_asked_for_its_models_with_the_api_key(client, embedded_store):
    embedded_store.LLM_MODEL = "Qwen2.5-7B-Instruct"
    embedded_store.LLM_API_KEY = "k-123"
    payload = {"object": "list", "data": [{"id": "Qwen2.5-7B-Instruct", "object": "model"}]}
    with FakeOpenAIServer(payload, expect_key="k-123") as server:
        embedded_store.LLM_BASE_URL = server.url + "/v1"
        response = client.get("/readyz")
    body = response.json()
    assert response.status_code == 200, body
    assert body["checks"]["model_server"] == {
        "ok": True,
        "detail": "serves Qwen2.5-7B-Instruct",
        "ms": body["checks"]["model_server"]["ms"],
        "required": False,
    }
    assert server.requests == [("/v1/models", "Bearer k-123")]


@pytest.mark.django_db
def test_model_server_serving_another_model_is_degraded(client, embedded_store):
    embedded_store.LLM_MODEL = "Qwen2.5-7B-Instruct"
    with FakeOpenAIServer({"data": [{"id": "other-model"}]}) as server:
        embedded_store.LLM_BASE_URL = server.url + "/v1"
        body = client.get("/readyz").json()
    assert body["status"] == "ready"
    assert body["degraded"] == ["model_server"]
    assert "'Qwen2.5-7B-Instruct'" in body["checks"]["model_server"]["detail"]


@pytest.mark.django_db
def test_chroma_server_heartbeat_is_checked(client, embedded_store):
    with FakeOpenAIServer({"nanosecond heartbeat": 1}) as server:
        embedded_store.CHROMA_URL = server.url
        body = client.get("/readyz").json()
    assert body["checks"]["chroma"] == {
        "ok": True,
        "detail": "server: heartbeat ok",
        "ms": body["checks"]["chroma"]["ms"],
        "required": False,
    }
    assert server.requests[0][0] == "/api/v2/heartbeat"


@pytest.mark.django_db
def test_chroma_server_down_is_degraded_but_ready(client, embedded_store):
    embedded_store.CHROMA_URL = f"http://127.0.0.1:{free_port()}"
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["degraded"] == ["chroma"]


@pytest.mark.django_db
def test_a_hung_dependency_times_out_within_the_check_budget(client, embedded_store, monkeypatch):
    monkeypatch.setattr(health, "CHECK_TIMEOUT_SECONDS", 0.5)
    # A socket that listens but never answers: the TCP connect succeeds, the reply never comes.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        embedded_store.CHROMA_URL = f"http://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        body = client.get("/readyz").json()
        elapsed = time.monotonic() - started
    assert elapsed < 3.0
    assert body["status"] == "ready"
    assert "timed out" in body["checks"]["chroma"]["detail"]
