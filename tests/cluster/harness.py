"""A real multi-process GP Assistant on one machine, for the cluster tests and benchmarks.

`Cluster` starts, in its own temporary directory and on free loopback ports:

- its own `redis-server` (never the machine's shared Redis on 6379),
- a scratch PostgreSQL database `gp_cluster_<pid>_<n>` on the machine's server (created from
  CLUSTER_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test; migrated; dropped),
- a Chroma server with the knowledge corpus ingested,
- the fake OpenAI-compatible model server (tests/knowledge/fake_llm_server.py, threads of this
  process) and a webhook SMS gateway (a thread of this process),
- N `daphne` web processes and M `celery worker` processes (and optionally beat), all with
  the same production-like environment (DEBUG off, DATABASE_URL, REDIS_URL, CHROMA_URL,
  LLM_BASE_URL, SMS_BACKEND=webhook),

and always stops everything: every child runs in its own process group, which is terminated
(then killed) on exit, on a failed start, and at interpreter exit. Each process logs to
`<tmp>/logs/<name>.log`; the logs are copied to artefacts/cluster/ when the cluster stops.

    with Cluster(webs=2, workers=2) as cluster:
        net = cluster.create_network(consultations=2)
        async with cluster.socket(0, f"/ws/consultations/{net.consultations[0]}/",
                                  net.staff[0].session) as staff: ...

A program or server that is missing raises `ClusterUnavailable` from `Cluster.__enter__`
(the tests turn it into a failure under CI=true and a skip elsewhere).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import hashlib
import hmac
import itertools
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

from tests.knowledge.fake_llm_server import FakeLLMServer, start_fake_llm_server
from tests.processes import free_port

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
ARTEFACTS = REPO / "artefacts" / "cluster"
POSTGRES_URL = os.environ.get("CLUSTER_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")
MODEL_ID = "fake-model-1"
# Long enough for any task of the tests (a slow streamed draft, an SMS retry countdown), short
# enough that a killed worker's task comes back within the test's patience.
VISIBILITY_TIMEOUT_SECONDS = 15
# The environment a developer may have set for `make run`; the cluster sets its own.
_ENV_EXAMPLE = REPO / ".env.example"


class ClusterUnavailable(Exception):
    """A program or server the cluster needs is missing or unreachable."""


class ClusterError(Exception):
    """A cluster process failed to start or to become ready (the message has log tails)."""


def _tail(path: Path, chars: int) -> str:
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - chars))
            return handle.read().decode(errors="replace")
    except OSError:
        return ""


def _wait(predicate: Callable[[], Any], *, timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise ClusterError(f"{what}: not within {timeout:.0f} s")
        time.sleep(interval)


# --- Processes -------------------------------------------------------------------------

# Every started process, so that an interpreter exit stops what a crash left running.
_live: set[Process] = set()


@atexit.register
def _stop_leftovers() -> None:
    for process in list(_live):
        process.stop(timeout=3)


@dataclass(eq=False)
class Process:
    """One child process in its own process group, logging to a file."""

    name: str
    argv: list[str]
    env: dict[str, str]
    log: Path
    popen: subprocess.Popen | None = None
    log_offset: int = 0  # where the current run's output starts in the (appended) log

    def start(self) -> None:
        """Start (or restart) the process; its output is appended to the log."""
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self.log_offset = self.log.stat().st_size if self.log.exists() else 0
        with self.log.open("ab") as out:
            out.write(f"\n=== {time.strftime('%H:%M:%S')} start: {' '.join(self.argv)}\n".encode())
            out.flush()
            self.log_offset = out.tell()
            self.popen = subprocess.Popen(
                self.argv,
                cwd=REPO,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        _live.add(self)

    @property
    def pid(self) -> int | None:
        return self.popen.pid if self.popen else None

    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def _signal_group(self, sig: int) -> None:
        if self.popen is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, sig)

    def kill(self) -> None:
        """SIGKILL the whole group at once (no shutdown handlers run) and reap it."""
        self._signal_group(signal.SIGKILL)
        if self.popen is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(timeout=10)

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the group, then SIGKILL what is left after `timeout` seconds."""
        if self.popen is None:
            return
        self._signal_group(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.popen.wait(timeout=timeout)
        # Children (a prefork pool) may outlive the leader: kill whatever is left.
        self._signal_group(signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.popen.wait(timeout=5)
        _live.discard(self)

    def output(self) -> str:
        """What the current run printed so far."""
        try:
            with self.log.open("rb") as handle:
                handle.seek(self.log_offset)
                return handle.read().decode(errors="replace")
        except OSError:
            return ""

    def tail(self, chars: int = 3000) -> str:
        return _tail(self.log, chars)

    def rss_bytes(self) -> int | None:
        """Resident set size of the group leader (None when it is not running)."""
        if not self.alive():
            return None
        try:
            status = Path(f"/proc/{self.popen.pid}/status").read_text()
        except OSError:
            return None
        match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.M)
        return int(match.group(1)) * 1024 if match else None


# --- The SMS gateway -------------------------------------------------------------------


@dataclass(frozen=True)
class GatewayCall:
    """One POST the gateway received and what it answered."""

    idempotency_key: str
    payload: dict
    signature_ok: bool
    status: int
    at: float


class SmsGateway:
    """A webhook SMS gateway (triage/sms.py's contract) that can answer 5xx on demand.

    Like a real gateway it honours Idempotency-Key: a key it already accepted is answered
    200 with the first message id and not "sent" again."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.calls: list[GatewayCall] = []
        self.lock = threading.Lock()
        self._fail_next = 0
        self._fail_status = 500
        self._ids = itertools.count(1)
        self._accepted: dict[str, str] = {}
        self.httpd: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None
        self.url = ""

    def start(self) -> None:
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, reply = gateway._handle(raw, self.headers)
                body = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/sms"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.thread.join(timeout=5)
            self.httpd = None

    def _handle(self, raw: bytes, headers: Any) -> tuple[int, dict]:
        timestamp = headers.get("X-GP-Timestamp", "")
        expected = hmac.new(
            self.secret.encode(), timestamp.encode() + b"." + raw, hashlib.sha256
        ).hexdigest()
        signature_ok = hmac.compare_digest(expected, headers.get("X-GP-Signature", ""))
        try:
            payload = json.loads(raw)
        except ValueError:
            payload = {}
        key = headers.get("Idempotency-Key", "")
        with self.lock:
            if not signature_ok:
                status, reply = 401, {"error": "bad signature"}
            elif self._fail_next > 0:
                self._fail_next -= 1
                status, reply = self._fail_status, {"error": "gateway failure (test)"}
            else:
                message_id = self._accepted.setdefault(key, f"gw-{next(self._ids)}")
                status, reply = 200, {"id": message_id, "parts": len(payload.get("parts", []))}
            self.calls.append(GatewayCall(key, payload, signature_ok, status, time.time()))
        return status, reply

    def fail_next(self, times: int, status: int = 500) -> None:
        """Answer the next `times` requests with `status` (5xx: the sender retries)."""
        with self.lock:
            self._fail_next, self._fail_status = times, status

    def accepted(self) -> dict[str, int]:
        """Idempotency key -> number of 200 answers (a correct sender needs exactly one)."""
        counts: dict[str, int] = {}
        with self.lock:
            for call in self.calls:
                if call.status == 200:
                    counts[call.idempotency_key] = counts.get(call.idempotency_key, 0) + 1
        return counts

    def calls_for(self, key: str) -> list[GatewayCall]:
        with self.lock:
            return [c for c in self.calls if c.idempotency_key == key]


# --- Seeded accounts -------------------------------------------------------------------


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    session: str  # a forged session id (what django.contrib.auth.login stores)


@dataclass(frozen=True)
class Network:
    """A health centre, one village clinic, its accounts, patients and open consultations."""

    centre: int
    clinic: int
    gps: list[Account]
    staff: list[Account]
    patients: list[int]
    consultations: list[int]  # consultation i: patients[i], opened by staff[i % len(staff)]


_SEED = """
import json, secrets
from datetime import date
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db import transaction
from triage.models import Clinic, Consultation, Patient, User

spec = json.loads({spec!r})
tag = secrets.token_hex(3)

def session_for(user):
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return {{"id": user.pk, "username": user.username, "session": store.session_key}}

def new_user(name, role, clinic, phone=""):
    user = User(username=f"{{name}}-{{tag}}", role=role, clinic=clinic, language="zh",
                first_name=name, phone=phone)
    user.set_unusable_password()
    user.save()
    return user

with transaction.atomic():
    centre = Clinic.objects.create(name=f"Cluster centre {{tag}}", kind="health_centre")
    clinic = Clinic.objects.create(name=f"Cluster clinic {{tag}}", kind="village_clinic",
                                   supervising_centre=centre)
    gps = [new_user(f"gp{{i}}", "gp", centre, f"1390000{{i:04d}}") for i in range(spec["gps"])]
    staff = [new_user(f"staff{{i}}", "staff", clinic) for i in range(spec["staff"])]
    patients, consultations = [], []
    for i in range(spec["consultations"]):
        patient = Patient.objects.create(
            clinic=clinic, name=f"Patient {{i}}", sex="male", birth_date=date(1958, 5, 1),
            phone=f"1380000{{i:04d}}", language="zh")
        opener = staff[i % len(staff)]
        consultation = Consultation.objects.create(patient=patient, clinic=clinic,
                                                   opened_by=opener)
        patients.append(patient.pk)
        consultations.append(consultation.pk)
    print("SEED " + json.dumps({{
        "centre": centre.pk, "clinic": clinic.pk, "patients": patients,
        "consultations": consultations,
        "gps": [session_for(u) for u in gps], "staff": [session_for(u) for u in staff],
    }}))
"""


# --- WebSocket clients -----------------------------------------------------------------


class Socket:
    """One WebSocket to a cluster web process, with the session cookie and an allowed origin.
    Every frame received is kept in `frames`, in order; `wait_for` finds one."""

    def __init__(self, url: str, session: str | None, origin: str) -> None:
        self.url, self.session, self.origin = url, session, origin
        self.frames: list[dict] = []
        self.ws: Any = None
        self.reader: asyncio.Task | None = None
        self.closed = asyncio.Event()
        self.close_code: int | None = None
        self._arrived = asyncio.Event()

    async def connect(self, timeout: float = 10.0) -> Socket:
        """Open the socket and wait for the server's first frame (hello / queue snapshot)."""
        from websockets.asyncio.client import connect

        headers = {"Cookie": f"sessionid={self.session}"} if self.session else {}
        self.ws = await connect(
            self.url,
            origin=self.origin,
            additional_headers=headers,
            compression=None,
            proxy=None,
            open_timeout=timeout,
            ping_interval=None,
            max_size=2**22,
        )
        self.reader = asyncio.create_task(self._read())
        await self.wait_for(lambda f: True, timeout=timeout)
        return self

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                self.frames.append(json.loads(raw))
                self._arrived.set()
        except Exception:  # the connection broke: the close code says how
            pass
        finally:
            self.close_code = self.ws.close_code
            self.closed.set()
            self._arrived.set()

    async def send(self, frame: dict) -> None:
        await self.ws.send(json.dumps(frame, ensure_ascii=False))

    async def wait_for(
        self, predicate: Callable[[dict], bool], *, timeout: float = 20.0, since: int = 0
    ) -> dict:
        """The first frame from index `since` on that matches; TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        checked = since
        while True:
            while checked < len(self.frames):
                frame = self.frames[checked]
                checked += 1
                if predicate(frame):
                    return frame
            if self.closed.is_set():
                raise ConnectionError(f"socket closed ({self.close_code}) before the frame came")
            left = deadline - time.monotonic()
            if left <= 0:
                kinds = [f.get("type") for f in self.frames[since:]][-20:]
                raise TimeoutError(f"no matching frame within {timeout} s (saw {kinds})")
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), left)

    async def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.ws.close(), 5)
        if self.reader is not None:
            self.reader.cancel()
            with contextlib.suppress(BaseException):
                await self.reader

    async def __aenter__(self) -> Socket:
        return await self.connect()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class ChatClient:
    """A consultation chat client that behaves like the page: reconnects with backoff after
    a dropped socket, fetches what it missed by sequence number (`resume`), and resends every
    message not yet confirmed with the same client id (stored once by the server)."""

    def __init__(self, url: str, session: str, origin: str, *, name: str) -> None:
        self.url, self.session, self.origin, self.name = url, session, origin, name
        self.messages: dict[int, dict] = {}  # seq -> message frame, live and resumed
        self.confirmed: dict[str, int] = {}  # own client id -> seq the server gave it
        self.outbox: dict[str, str] = {}  # own client id -> text, not confirmed yet
        self.errors: list[dict] = []
        self.connects = 0
        self.sock: Socket | None = None
        self._ids = itertools.count(1)
        self._task: asyncio.Task | None = None
        self._stopping = False
        self._online = asyncio.Event()
        self._changed = asyncio.Event()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        self._stopping = True
        if self.sock is not None:
            await self.sock.close()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(BaseException):
                await self._task

    @property
    def last_contiguous_seq(self) -> int:
        seq = 0
        while seq + 1 in self.messages:
            seq += 1
        return seq

    async def _run(self) -> None:
        backoff = 0.2
        while not self._stopping:
            sock = Socket(self.url, self.session, self.origin)
            try:
                await sock.connect(timeout=5)
                self.sock = sock
                self.connects += 1
                await sock.send({"type": "resume", "after": self.last_contiguous_seq})
                for client_id, text in list(self.outbox.items()):
                    await sock.send({"type": "message", "client_id": client_id, "text": text})
                self._online.set()
                backoff = 0.2
                seen = 0
                while True:
                    await sock.wait_for(lambda f: True, timeout=3600, since=seen)
                    while seen < len(sock.frames):
                        await self._on_frame(sock, sock.frames[seen])
                        seen += 1
            except (OSError, ConnectionError, TimeoutError):
                pass
            except Exception as exc:  # websockets' handshake errors (e.g. a 5xx while down)
                if type(exc).__module__.split(".")[0] != "websockets":
                    raise
            self._online.clear()
            await sock.close()
            if self._stopping:
                return
            await asyncio.sleep(backoff * (0.5 + random.random()))
            backoff = min(backoff * 2, 2.0)

    async def _on_frame(self, sock: Socket, frame: dict) -> None:
        kind = frame.get("type")
        if kind == "message":
            self._take(frame["message"])
        elif kind == "history":
            for message in frame["messages"]:
                self._take(message)
            if frame.get("has_more"):
                await sock.send({"type": "resume", "after": self.last_contiguous_seq})
        elif kind == "error":
            self.errors.append(frame)
        self._changed.set()

    def _take(self, message: dict) -> None:
        self.messages[message["seq"]] = message
        client_id = message.get("client_id")
        if client_id in self.outbox:
            self.outbox.pop(client_id)
            self.confirmed[client_id] = message["seq"]

    async def send(self, text: str) -> str:
        """Queue a message (sent now when online, else on reconnect); returns its client id."""
        client_id = f"{self.name}-{next(self._ids)}"
        self.outbox[client_id] = text
        if self._online.is_set() and self.sock is not None:
            with contextlib.suppress(Exception):
                await self.sock.send({"type": "message", "client_id": client_id, "text": text})
        return client_id

    async def wait_until(self, predicate: Callable[[], bool], *, timeout: float) -> None:
        """Wait until predicate() holds, re-checked after each frame."""
        deadline = time.monotonic() + timeout
        while not predicate():
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(
                    f"{self.name}: condition not met within {timeout} s "
                    f"(outbox {list(self.outbox)}, seqs {sorted(self.messages)[-5:]})"
                )
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(left, 0.5))


# --- The cluster -----------------------------------------------------------------------


def _documented_env_names() -> set[str]:
    return set(re.findall(r"^([A-Z_]+)=", _ENV_EXAMPLE.read_text(), re.M))


def check_prerequisites() -> None:
    """Raise ClusterUnavailable naming what is missing."""
    missing = []
    if not shutil.which("redis-server"):
        missing.append("redis-server (apt-get install redis-server)")
    for program in ("chroma", "daphne", "celery"):
        if not (BIN / program).exists():
            missing.append(f"{BIN / program} (pip install -r requirements.txt)")
    parsed = urlparse(POSTGRES_URL)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 5432), timeout=2):
            pass
    except OSError as exc:
        missing.append(f"PostgreSQL at {parsed.hostname}:{parsed.port or 5432} ({exc})")
    if missing:
        raise ClusterUnavailable("the cluster needs " + "; ".join(missing))


_cluster_numbers = itertools.count(1)


class Cluster:
    """Start everything on enter, stop everything on exit (see the module docstring).

    Options: `webs`, `workers` (processes of each), `beat` (start Celery beat with the rest;
    else `start_beat()` when a test wants it), `visibility_timeout` (seconds before a killed
    worker's task is handed out again), `redrive_seconds` (TASK_REDRIVE_SECONDS), `worker_pool`
    and `worker_concurrency` (solo/1: one process per worker, which SIGKILL kills outright),
    `extra_env` (overrides, e.g. {"LLM_BASE_URL": ""} for the extractive engine), `log_level`
    (the app's LOG_LEVEL; the workers always log at INFO, which readiness needs).

    Attributes once entered: `web_urls` (http://127.0.0.1:<port> per web process),
    `env` (the environment every process got), `llm` (the FakeLLMServer: `reset(...)` its
    behaviour, `requests` it saw), `sms` (the SmsGateway), `redis_url`, `database_url`,
    `chroma_url`, `webs` and `workers` (Process objects), `tmp` (the scratch directory),
    `startup_seconds`."""

    def __init__(
        self,
        *,
        webs: int = 2,
        workers: int = 2,
        beat: bool = False,
        visibility_timeout: int = VISIBILITY_TIMEOUT_SECONDS,
        redrive_seconds: float = 10.0,
        worker_pool: str = "solo",
        worker_concurrency: int = 1,
        extra_env: dict[str, str] | None = None,
        log_level: str = "INFO",
    ) -> None:
        self.n_webs, self.n_workers, self.with_beat = webs, workers, beat
        self.visibility_timeout = visibility_timeout
        self.redrive_seconds = redrive_seconds
        self.worker_pool = worker_pool
        self.worker_concurrency = worker_concurrency
        self.extra_env = extra_env or {}
        self.log_level = log_level
        self.tmp = Path(tempfile.mkdtemp(prefix="gp-cluster-"))
        self.logs = self.tmp / "logs"
        self.db_name = f"gp_cluster_{os.getpid()}_{next(_cluster_numbers)}"
        self.processes: list[Process] = []
        self.webs: list[Process] = []
        self.workers: list[Process] = []
        self.beat: Process | None = None
        self.redis: Process | None = None
        self.chroma: Process | None = None
        self.llm: FakeLLMServer | None = None
        self._stop_llm: Callable[[], None] | None = None
        self.sms = SmsGateway(secrets.token_hex(16))
        self.database_created = False
        self.web_urls: list[str] = []
        self.env: dict[str, str] = {}

    # --- start and stop ------------------------------------------------------------------

    def __enter__(self) -> Cluster:
        try:
            check_prerequisites()
            self._start()
        except BaseException as exc:
            detail = self.tails() if isinstance(exc, ClusterError) else ""
            self.stop()
            if detail:
                raise ClusterError(f"{exc}\n{detail}") from None
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _start(self) -> None:
        started = time.monotonic()
        redis_port, chroma_port = free_port(), free_port()
        self.redis_url = f"redis://127.0.0.1:{redis_port}/0"
        self.redis = self._process(
            "redis",
            [
                shutil.which("redis-server"),
                "--port",
                str(redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.tmp),
            ],
            env=dict(os.environ),
        )
        self.redis.start()
        self.chroma_url = f"http://127.0.0.1:{chroma_port}"
        self.chroma = self._process(
            "chroma",
            [
                str(BIN / "chroma"),
                "run",
                "--path",
                str(self.tmp / "chroma"),
                "--host",
                "127.0.0.1",
                "--port",
                str(chroma_port),
            ],
            env=dict(os.environ),
        )
        self.chroma.start()
        self.llm, self._stop_llm = start_fake_llm_server()
        self.sms.start()
        self.database_url = self._create_database()
        self.env = self._environment()
        self._manage("migrate", "--noinput", "-v0", timeout=180)
        self.wait_redis()
        _wait(self._chroma_up, timeout=60, what="chroma heartbeat", interval=0.25)
        self._manage("ingest_knowledge", "--json", "--no-progress", timeout=240)
        for i in range(self.n_webs):
            port = free_port()
            self.web_urls.append(f"http://127.0.0.1:{port}")
            web = self._process(
                f"web{i + 1}",
                [
                    str(BIN / "daphne"),
                    "-b",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "gp_assistant.asgi:application",
                ],
            )
            self.webs.append(web)
        for i in range(self.n_workers):
            # As deploy/ runs them: one embedder thread per worker process.
            worker_env = {**self.env, "EMBEDDING_THREADS": "1"}
            self.workers.append(
                self._process(f"worker{i + 1}", self._worker_argv(i), env=worker_env)
            )
        self.beat = self._process(
            "beat",
            [
                str(BIN / "celery"),
                "-A",
                "gp_assistant",
                "beat",
                "-s",
                str(self.tmp / "beat-schedule"),
                "--loglevel=INFO",
            ],
        )
        for process in [*self.webs, *self.workers, *([self.beat] if self.with_beat else [])]:
            process.start()
        for i in range(self.n_workers):
            self.wait_worker_ready(i)
        for i in range(self.n_webs):
            self.wait_web_ready(i)
        self.startup_seconds = time.monotonic() - started

    def stop(self) -> None:
        """Stop every process (web and workers first), the threads, drop the database."""
        order = [*self.webs, *self.workers, *([self.beat] if self.beat else [])]
        order += [p for p in (self.chroma, self.redis) if p is not None]
        for process in order:
            with contextlib.suppress(Exception):
                process.stop(timeout=10)
        if self._stop_llm is not None:
            self._stop_llm()
            self._stop_llm = None
        self.sms.stop()
        if self.database_created:
            with contextlib.suppress(Exception):
                self._admin_sql(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')
            self.database_created = False
        if self.logs.is_dir():
            with contextlib.suppress(OSError):
                shutil.rmtree(ARTEFACTS, ignore_errors=True)
                shutil.copytree(self.logs, ARTEFACTS)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _process(self, name: str, argv: list[str], env: dict | None = None) -> Process:
        process = Process(
            name, argv, env if env is not None else self.env, self.logs / f"{name}.log"
        )
        self.processes.append(process)
        return process

    def _worker_argv(self, i: int) -> list[str]:
        return [
            str(BIN / "celery"),
            "-A",
            "gp_assistant",
            "worker",
            f"--pool={self.worker_pool}",
            f"--concurrency={self.worker_concurrency}",
            "-n",
            f"cluster-w{i + 1}@%h",
            "--without-gossip",
            "--without-mingle",
            # INFO always: readiness and tasks_in_progress() read the worker's log.
            "--loglevel=INFO",
        ]

    def _environment(self) -> dict[str, str]:
        scrub = _documented_env_names() | {"DJANGO_SETTINGS_MODULE"}
        env = {k: v for k, v in os.environ.items() if k not in scrub}
        env.update(
            DJANGO_SETTINGS_MODULE="gp_assistant.settings",
            PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
            PYTHONUNBUFFERED="1",
            DEBUG="false",
            SECRET_KEY=secrets.token_urlsafe(48),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            LOG_LEVEL=self.log_level,
            VAR_DIR=str(self.tmp / "var"),
            DATABASE_URL=self.database_url,
            REDIS_URL=self.redis_url,
            CELERY_VISIBILITY_TIMEOUT_SECONDS=str(self.visibility_timeout),
            TASK_REDRIVE_SECONDS=str(self.redrive_seconds),
            CHROMA_URL=self.chroma_url,
            LLM_BASE_URL=self.llm.base_url,
            LLM_MODEL=MODEL_ID,
            LLM_API_KEY="cluster-test",
            LLM_STRUCTURED_OUTPUT="json_schema",
            LLM_TIMEOUT_SECONDS="30",
            LLM_FIRST_TOKEN_TIMEOUT_SECONDS="10",
            SMS_BACKEND="webhook",
            SMS_WEBHOOK_URL=self.sms.url,
            SMS_WEBHOOK_SECRET=self.sms.secret,
        )
        env.update(self.extra_env)
        return env

    # --- PostgreSQL ------------------------------------------------------------------------

    def _admin_sql(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql)

    def _create_database(self) -> str:
        try:
            self._admin_sql(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')
            self._admin_sql(f'CREATE DATABASE "{self.db_name}"')
        except Exception as exc:  # psycopg raises several types for an unreachable server
            raise ClusterUnavailable(f"PostgreSQL at {POSTGRES_URL}: {exc}") from None
        self.database_created = True
        url = urlparse(POSTGRES_URL)._replace(path=f"/{self.db_name}", query="connect_timeout=5")
        return urlunparse(url)

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Run one read query on the cluster's database (from this process, with psycopg)."""
        import psycopg

        with psycopg.connect(self.database_url, autocommit=True) as conn:
            return conn.execute(sql, params).fetchall()

    # --- Django management and seeding -------------------------------------------------

    def _manage(self, *args: str, timeout: float = 120) -> str:
        result = subprocess.run(
            [sys.executable, str(REPO / "manage.py"), *args],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0:
            raise ClusterError(
                f"manage.py {args[0]} failed ({result.returncode}):\n{result.stderr[-3000:]}"
            )
        return result.stdout

    def django(self, code: str, timeout: float = 120) -> str:
        """Run Python code with Django set up for the cluster (`manage.py shell -c`)."""
        return self._manage("shell", "-c", code, timeout=timeout)

    def create_network(self, *, consultations: int = 1, gps: int = 1, staff: int = 1) -> Network:
        """A health centre, one village clinic with `staff` staff and `consultations` open
        consultations (a patient with a phone each), and `gps` GPs; with forged sessions."""
        spec = json.dumps({"consultations": consultations, "gps": gps, "staff": max(1, staff)})
        output = self.django(_SEED.format(spec=spec))
        line = next(x for x in output.splitlines() if x.startswith("SEED "))
        data = json.loads(line[5:])
        return Network(
            centre=data["centre"],
            clinic=data["clinic"],
            gps=[Account(**a) for a in data["gps"]],
            staff=[Account(**a) for a in data["staff"]],
            patients=data["patients"],
            consultations=data["consultations"],
        )

    # --- HTTP and WebSocket clients ------------------------------------------------------

    def ws_url(self, web: int, path: str) -> str:
        return self.web_urls[web].replace("http://", "ws://") + path

    def socket(self, web: int, path: str, session: str | None) -> Socket:
        """A WebSocket to web process `web` (0-based); `async with` connects and closes it."""
        return Socket(self.ws_url(web, path), session, self.web_urls[web])

    def chat_client(self, web: int, consultation: int, session: str, *, name: str) -> ChatClient:
        """A reconnecting chat client (not started: call .start())."""
        return ChatClient(
            self.ws_url(web, f"/ws/consultations/{consultation}/"),
            session,
            self.web_urls[web],
            name=name,
        )

    def http(
        self,
        web: int,
        method: str,
        path: str,
        *,
        session: str | None = None,
        body: dict | None = None,
        timeout: float = 10.0,
    ) -> tuple[int, Any]:
        """One HTTP request to web process `web`; returns (status, parsed JSON or text).
        Session-authenticated POSTs carry a CSRF cookie and the matching header."""
        csrf = secrets.token_hex(16)  # 32 characters: a valid unmasked CSRF secret
        cookies = [f"csrftoken={csrf}"] + ([f"sessionid={session}"] if session else [])
        headers = {"Cookie": "; ".join(cookies), "X-CSRFToken": csrf, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(
            self.web_urls[web] + path, data=data, method=method, headers=headers
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as reply:
                status, raw = reply.status, reply.read()
        except urllib.error.HTTPError as exc:
            status, raw = exc.code, exc.read()
        try:
            return status, json.loads(raw)
        except ValueError:
            return status, raw.decode(errors="replace")

    # --- Readiness -----------------------------------------------------------------------

    def _chroma_up(self) -> bool:
        if not self.chroma.alive():
            raise ClusterError(f"chroma exited:\n{self.chroma.tail()}")
        try:
            with urllib.request.urlopen(f"{self.chroma_url}/api/v2/heartbeat", timeout=2) as reply:
                return reply.status == 200
        except OSError:
            return False

    def _redis_client(self):
        import redis

        return redis.Redis.from_url(self.redis_url, socket_connect_timeout=1, socket_timeout=2)

    def wait_redis(self, timeout: float = 20) -> None:
        def up() -> bool:
            if not self.redis.alive():
                raise ClusterError(f"redis-server exited:\n{self.redis.tail()}")
            try:
                client = self._redis_client()
                try:
                    return bool(client.ping())
                finally:
                    client.close()
            except Exception:
                return False

        _wait(up, timeout=timeout, what="redis PING")

    def readyz(self, web: int, *, strict: bool = True) -> tuple[int, Any]:
        return self.http(web, "GET", "/readyz" + ("?strict=1" if strict else ""), timeout=5)

    def wait_web_ready(self, i: int, timeout: float = 60) -> None:
        """Until /readyz?strict=1 answers 200 on web process i."""
        web = self.webs[i]
        last: list[Any] = [None]

        def ready() -> bool:
            if not web.alive():
                raise ClusterError(f"{web.name} exited:\n{web.tail()}")
            try:
                status, body = self.readyz(i)
            except OSError as exc:
                last[0] = exc
                return False
            last[0] = body
            return status == 200

        try:
            _wait(ready, timeout=timeout, what=f"{web.name} /readyz?strict=1", interval=0.25)
        except ClusterError as exc:
            raise ClusterError(f"{exc}; last answer: {last[0]}") from None

    def wait_worker_ready(self, i: int, timeout: float = 60) -> None:
        """Until worker i logged that it is ready to take tasks."""
        worker = self.workers[i]

        def ready() -> bool:
            if not worker.alive():
                raise ClusterError(f"{worker.name} exited:\n{worker.tail()}")
            return " ready." in worker.output()

        _wait(ready, timeout=timeout, what=f"{worker.name} ready", interval=0.2)

    # --- Faults --------------------------------------------------------------------------

    def kill_worker(self, i: int) -> None:
        """SIGKILL worker i (its unacknowledged task stays with the broker)."""
        self.workers[i].kill()

    def start_worker(self, i: int) -> None:
        """Start worker i again (after kill_worker) and wait until it is ready."""
        if self.workers[i].alive():
            return
        self.workers[i].start()
        self.wait_worker_ready(i)

    def start_beat(self) -> None:
        """Start Celery beat (the periodic tasks: escalation, redrive of lost work)."""
        if not self.beat.alive():
            self.beat.start()
            _wait(
                lambda: "beat: Starting..." in self.beat.output(),
                timeout=30,
                what="beat started",
            )

    def stop_beat(self) -> None:
        self.beat.stop()

    def restart_redis(self, down_seconds: float = 1.0) -> None:
        """Stop redis-server (SIGTERM; nothing is saved) and start it again on the same port."""
        self.redis.stop(timeout=10)
        time.sleep(down_seconds)
        self.redis.start()
        self.wait_redis()

    def stop_model_server(self) -> None:
        """Stop the model server: new connections are refused, open ones are cut."""
        if self._stop_llm is not None:
            self._stop_llm()
            self._stop_llm = None

    def start_model_server(self) -> None:
        """Start the model server again on the same port, with the same behaviour."""
        if self._stop_llm is None:
            _fake, self._stop_llm = start_fake_llm_server(self.llm)

    # --- Observation ---------------------------------------------------------------------

    def web_rss_bytes(self) -> list[int | None]:
        """Resident set size of each web process."""
        return [web.rss_bytes() for web in self.webs]

    def tasks_in_progress(self, task_name: str) -> dict[int, list[str]]:
        """Worker index -> ids of `task_name` tasks it received and has not finished, from the
        workers' logs (INFO level)."""
        pattern = re.compile(
            rf"Task {re.escape(task_name)}\[([0-9a-f-]+)\] (received|succeeded|failed|retry)"
        )
        running: dict[int, list[str]] = {}
        for i, worker in enumerate(self.workers):
            open_ids: dict[str, None] = {}
            for task_id, event in pattern.findall(worker.output()):
                if event == "received":
                    open_ids[task_id] = None
                else:
                    open_ids.pop(task_id, None)
            if open_ids:
                running[i] = list(open_ids)
        return running

    def tails(self, chars: int = 2500) -> str:
        """The end of every process's log, for a failure report."""
        parts = []
        for process in self.processes:
            parts.append(
                f"----- {process.name} (pid {process.pid}, "
                f"{'running' if process.alive() else 'stopped'}) -----\n{process.tail(chars)}"
            )
        return "\n".join(parts)
