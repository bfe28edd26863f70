"""WebSocket echo latency: 200 authenticated clients chatting on loopback through a real
daphne process, once with the in-memory channel layer and once with the Redis layer.

Layout: 100 consultations, each with two sockets (the clinic's staff member and a supervising
GP), so every message is stored once and delivered to two sockets: the sender's echo, which
the consumer sends straight back after the commit, and the partner's copy, which goes through
the channel layer. Both are timed from the send (`p50_ms`... and `partner_p50_ms`...). Each
client sends a few messages at a human pace with jitter and waits for its own echo (matched by
client_id) before the next.

Both headline variants use a scratch PostgreSQL database so their ratio isolates the channel
layer (on the partner's copy): with 200 writers SQLite would measure SQLite's single writer
lock, not the layer.
An optional third variant, "inmemory_sqlite" (`--variants inmemory,redis,inmemory_sqlite`),
runs the embedded default of `make run` for reference.

Run from the repository root: `.venv/bin/python bench/bench_ws_echo.py`. Prints exactly one
JSON object on stdout; progress goes to stderr. Exits non-zero when a variant failed,
a service was unreachable, or any message or connection errored.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import random
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse, urlunparse

REPO = Path(__file__).resolve().parent.parent
APPLICATION = "gp_assistant.asgi:application"
# Another settings module (on PYTHONPATH) to compare a configuration change without editing.
SETTINGS_MODULE = os.environ.get("BENCH_DJANGO_SETTINGS_MODULE", "gp_assistant.settings")
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
# A maintenance database to create and drop the scratch database from.
BENCH_POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
# Keys channels-redis writes (its default prefix); the only keys this benchmark removes.
CHANNELS_REDIS_PREFIX = "asgi"
# The whole run stays under five minutes even when something hangs.
TOTAL_BUDGET_S = 270.0
VILLAGE_CLINICS = 10
# Back-to-back messages from one socket while the others are idle, before the chat.
PROBE_MESSAGES = 10
GPS = 10
# Settings that would switch the server away from what a variant asks for.
SCRUBBED_ENV = (
    "DATABASE_URL",
    "REDIS_URL",
    "CHROMA_URL",
    "LLM_BASE_URL",
    "EMBEDDING_BASE_URL",
    "SMS_BACKEND",
    "SMS_WEBHOOK_URL",
    "VAR_DIR",
)


def log(text: str) -> None:
    """Progress on stderr; stdout carries only the JSON result."""
    print(f"[ws_echo] {text}", file=sys.stderr, flush=True)


class BenchError(Exception):
    """A variant could not run (service unreachable, server did not start, budget spent)."""


class Deadline:
    """The run's remaining time budget, shared by every step."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left, never negative."""
        return max(0.0, self.end - time.monotonic())

    def cap(self, seconds: float) -> float:
        """A step's timeout, shortened to what is left; raises when nothing is left."""
        left = self.remaining()
        if left < 1.0:
            raise BenchError("time budget exhausted")
        return min(seconds, left)


# --- Setup, run in a child process with the variant's environment ----------------------


def setup_database(pairs: int) -> dict:
    """Migrate, create the clinic network, consultations and session ids; return the clients."""
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_assistant.settings")
    import django

    django.setup()
    from datetime import date

    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.db import connection, transaction

    from triage.models import Clinic, Consultation, Patient, User

    call_command("migrate", verbosity=0, interactive=False)
    backend = "django.contrib.auth.backends.ModelBackend"

    def session_for(user: User) -> str:
        # What django.contrib.auth.login stores, without an HTTP round trip.
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = backend
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        return store.session_key

    def new_user(username: str, role: str, clinic: Clinic) -> User:
        user = User(username=username, role=role, clinic=clinic)
        user.set_unusable_password()  # nobody logs in with a password; sessions are forged
        user.save()
        return user

    with transaction.atomic():
        centre = Clinic.objects.create(name="Bench centre", kind=Clinic.Kind.HEALTH_CENTRE)
        clinics = [
            Clinic.objects.create(
                name=f"Bench clinic {i}",
                kind=Clinic.Kind.VILLAGE_CLINIC,
                supervising_centre=centre,
            )
            for i in range(VILLAGE_CLINICS)
        ]
        gps = [new_user(f"bench-gp-{i}", User.Role.GP, centre) for i in range(GPS)]
        gp_sessions = [session_for(gp) for gp in gps]
        clients = []
        for i in range(pairs):
            clinic = clinics[i % VILLAGE_CLINICS]
            staff = new_user(f"bench-staff-{i}", User.Role.CLINIC_STAFF, clinic)
            patient = Patient.objects.create(
                clinic=clinic, name=f"Bench patient {i}", sex="female", birth_date=date(1970, 1, 1)
            )
            consultation = Consultation.objects.create(
                patient=patient, clinic=clinic, opened_by=staff
            )
            clients.append(
                {"consultation": consultation.pk, "role": "staff", "session": session_for(staff)}
            )
            clients.append(
                {"consultation": consultation.pk, "role": "gp", "session": gp_sessions[i % GPS]}
            )
    return {"vendor": connection.vendor, "clients": clients}


# --- Services: scratch PostgreSQL database, Redis db, temp VAR_DIR, daphne --------------


def pg_connect(url: str):
    """An autocommit psycopg connection (CREATE/DROP DATABASE cannot run in a transaction)."""
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=5)


def create_scratch_database(name: str) -> str:
    """Create an empty database and return its URL."""
    try:
        with pg_connect(BENCH_POSTGRES_URL) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # psycopg raises several types for an unreachable server
        raise BenchError(f"PostgreSQL unreachable at {BENCH_POSTGRES_URL}: {exc}") from None
    return urlunparse(urlparse(BENCH_POSTGRES_URL)._replace(path=f"/{name}"))


def drop_scratch_database(name: str) -> None:
    """Drop the scratch database, closing whatever still uses it."""
    try:
        with pg_connect(BENCH_POSTGRES_URL) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except Exception as exc:
        log(f"could not drop database {name}: {exc}")


def clear_channel_keys(url: str) -> int:
    """Delete the channel layer's keys (groups persist for a day) from the bench Redis db."""
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=5)
    try:
        keys = list(client.scan_iter(match=f"{CHANNELS_REDIS_PREFIX}*", count=1000))
        if keys:
            client.delete(*keys)
        return len(keys)
    finally:
        client.close()


def check_redis(url: str) -> None:
    """Raise BenchError when Redis does not answer PING."""
    try:
        clear_channel_keys(url)
    except Exception as exc:
        raise BenchError(f"Redis unreachable at {url}: {exc}") from None


def free_port() -> int:
    """An unused loopback TCP port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(*, var_dir: Path, database_url: str | None, redis_url: str | None) -> dict:
    """The environment shared by the setup child and the server: production-like, quiet."""
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV}
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        VAR_DIR=str(var_dir),
        # DEBUG off: no per-query bookkeeping, as in production.
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(48),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        LOG_LEVEL="WARNING",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def run_setup(env: dict, pairs: int, deadline: Deadline) -> dict:
    """Run this script's setup mode in a child process with the variant's settings."""
    proc = subprocess.run(
        [sys.executable, __file__, "--setup", str(pairs)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=deadline.cap(120),
        check=False,
    )
    if proc.returncode != 0:
        raise BenchError(f"setup failed: {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout)


def start_server(env: dict, port: int, log_path: Path) -> subprocess.Popen:
    """Start daphne (one process, as `make run` does) with the variant's settings."""
    daphne = Path(sys.executable).with_name("daphne")
    with log_path.open("wb") as out:
        return subprocess.Popen(
            [str(daphne), "-v", "0", "-b", "127.0.0.1", "-p", str(port), APPLICATION],
            env=env,
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def wait_until_accepting(proc: subprocess.Popen, port: int, timeout: float, log_path: Path) -> None:
    """Poll the port until the server accepts a TCP connection."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise BenchError(f"daphne exited with {proc.returncode}: {tail(log_path)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise BenchError(f"daphne did not accept connections within {timeout:.0f} s")


def stop_server(proc: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL if daphne has not exited after five seconds."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def tail(path: Path, chars: int = 800) -> str:
    """The end of a log file, for error messages."""
    try:
        return path.read_text(errors="replace")[-chars:].strip()
    except OSError:
        return ""


# --- The clients ------------------------------------------------------------------------


@dataclass
class Pace:
    messages: int
    interval_min: float
    interval_max: float
    echo_timeout: float = 10.0


@dataclass
class ClientStats:
    connected: bool = False
    dropped: bool = False  # the server closed the socket after the hello
    connect_s: float | None = None
    failure: str | None = None
    latencies: list[float] = field(default_factory=list)
    partner_latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    sent: int = 0
    # Own messages the server broadcast, late ones included: the partner gets each of them.
    echoed: set[str] = field(default_factory=set)
    partner_copies: int = 0


class EchoClient:
    """One socket: sends its messages and times each until its own echo comes back."""

    def __init__(
        self, index: int, spec: dict, base_url: str, pace: Pace, run_tag: str, sent_at: dict
    ) -> None:
        self.index = index
        self.sent_at = sent_at  # client_id -> send time, shared by all clients
        self.spec = spec
        self.url = f"{base_url}/ws/consultations/{spec['consultation']}/"
        self.origin = base_url.replace("ws://", "http://")
        self.pace = pace
        self.run_tag = run_tag
        self.stats = ClientStats()
        self.ws = None
        self.pending: dict[str, asyncio.Future] = {}
        self.hello: asyncio.Future | None = None

    async def connect(self, timeout: float, handshakes: asyncio.Semaphore) -> None:
        """Open the socket with the session cookie and wait for the server's hello."""
        from websockets.asyncio.client import connect

        loop = asyncio.get_running_loop()
        self.hello = loop.create_future()
        started = time.perf_counter()
        try:
            async with asyncio.timeout(timeout), handshakes:
                started = time.perf_counter()  # the handshake, not the wait for a slot
                self.ws = await connect(
                    self.url,
                    origin=self.origin,
                    additional_headers={"Cookie": f"sessionid={self.spec['session']}"},
                    # Measure the server, not zlib on a shared two-core machine.
                    compression=None,
                    proxy=None,
                    open_timeout=timeout,
                    ping_interval=None,
                )
                self.reader = asyncio.create_task(self._read())
                await self.hello
        except Exception as exc:
            self.stats.failure = f"{type(exc).__name__}: {exc}"[:200]
            return
        self.stats.connected = True
        self.stats.connect_s = time.perf_counter() - started

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                self._on_frame(json.loads(raw), time.perf_counter())
        except Exception as exc:
            reason = f"{type(exc).__name__}: {exc}"[:200]
            for future in [self.hello, *self.pending.values()]:
                if future is not None and not future.done():
                    future.set_exception(ConnectionError(reason))
            return
        # The server closed the socket: the close code says why (4401, 4404).
        reason = f"closed by server with code {self.ws.close_code}"
        for future in [self.hello, *self.pending.values()]:
            if future is not None and not future.done():
                future.set_exception(ConnectionError(reason))

    def _on_frame(self, frame: dict, received: float) -> None:
        kind = frame.get("type")
        if kind == "hello":
            if not self.hello.done():
                self.hello.set_result(None)
        elif kind == "message":
            client_id = (frame.get("message") or {}).get("client_id")
            future = self.pending.get(client_id)
            if future is not None:
                self.stats.echoed.add(client_id)
                if not future.done():
                    future.set_result(received)
            else:
                self.stats.partner_copies += 1
                if client_id in self.sent_at:
                    self.stats.partner_latencies.append(received - self.sent_at[client_id])
        elif kind == "error":
            future = self.pending.get(frame.get("client_id"))
            error = f"{frame.get('code')}: {frame.get('en') or frame}"[:200]
            if future is not None and not future.done():
                future.set_exception(RuntimeError(error))
            else:
                self.stats.errors.append(error)

    async def send_timed(self, client_id: str, text: str) -> float | None:
        """Send one message and return the seconds until its echo (None: it failed)."""
        future = asyncio.get_running_loop().create_future()
        self.pending[client_id] = future
        sent = self.sent_at[client_id] = time.perf_counter()
        try:
            await self.ws.send(
                json.dumps({"type": "message", "client_id": client_id, "text": text})
            )
            self.stats.sent += 1
            return await asyncio.wait_for(future, self.pace.echo_timeout) - sent
        except Exception as exc:
            self.stats.errors.append(f"{type(exc).__name__}: {exc}"[:200])
            from websockets.exceptions import ConnectionClosed

            if isinstance(exc, ConnectionError | ConnectionClosed):
                self.stats.dropped = True
            return None

    async def chat(self) -> None:
        """Send the messages at a human pace; one outstanding message at a time."""
        rng = random.Random(self.index)
        # Spread the first messages so 200 clients do not start in lockstep.
        await asyncio.sleep(rng.uniform(0, self.pace.interval_max))
        for n in range(self.pace.messages):
            if not self.stats.connected or self.stats.dropped:
                return
            started = time.perf_counter()
            text = f"第{n + 1}条 咳嗽两天，体温37.8℃ / message {n + 1}: cough for two days"
            latency = await self.send_timed(f"{self.run_tag}-{self.index}-{n}", text)
            if latency is not None:
                self.stats.latencies.append(latency)
            wait = rng.uniform(self.pace.interval_min, self.pace.interval_max)
            await asyncio.sleep(max(0.0, wait - (time.perf_counter() - started)))

    async def probe(self, count: int) -> list[float]:
        """Send `count` messages back to back while every other socket is idle: the
        per-message service time that queueing under load adds to."""
        latencies = []
        for n in range(count):
            if self.stats.dropped:
                break
            latency = await self.send_timed(f"{self.run_tag}-{self.index}-probe{n}", "probe")
            if latency is not None:
                latencies.append(latency)
            await asyncio.sleep(0.05)
        return latencies

    async def close(self) -> None:
        """Close the socket and stop the reader."""
        if self.ws is not None:
            # The server may already be gone; there is nothing left to keep.
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.ws.close(), 5)
        reader = getattr(self, "reader", None)
        if reader is not None:
            reader.cancel()


def percentile(sorted_values: list[float], pct: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def stats(values: list[float]) -> dict:
    """n, p50, p95, p99, max and mean of seconds, in milliseconds (the other benchmarks')."""
    if not values:
        return {"n": 0}
    ordered = sorted(values)
    return {
        "n": len(ordered),
        "p50_ms": ms(percentile(ordered, 50)),
        "p95_ms": ms(percentile(ordered, 95)),
        "p99_ms": ms(percentile(ordered, 99)),
        "max_ms": ms(ordered[-1]),
        "mean_ms": ms(statistics.fmean(ordered)),
    }


async def drive_clients(
    specs: list[dict], port: int, pace: Pace, deadline: Deadline, *, handshakes: int
) -> dict:
    """Connect every client, keep all sockets open while they chat, summarise the latencies."""
    base_url = f"ws://127.0.0.1:{port}"
    run_tag = secrets.token_hex(3)
    sent_at: dict[str, float] = {}
    clients = [
        EchoClient(i, spec, base_url, pace, run_tag, sent_at) for i, spec in enumerate(specs)
    ]
    in_flight = asyncio.Semaphore(handshakes or len(clients))
    try:
        connect_started = time.perf_counter()
        timeout = deadline.cap(60)
        await asyncio.gather(*(c.connect(timeout, in_flight) for c in clients))
        connect_phase = time.perf_counter() - connect_started
        connected = sum(c.stats.connected for c in clients)
        log(f"{connected}/{len(clients)} sockets connected in {connect_phase:.1f} s")
        probe = next((c for c in clients if c.stats.connected), None)
        async with asyncio.timeout(deadline.cap(60)):
            idle = sorted(await probe.probe(PROBE_MESSAGES)) if probe else []
        probe_sent = probe.stats.sent if probe else 0
        log("chatting")
        started = time.perf_counter()
        async with asyncio.timeout(deadline.cap(120)):
            await asyncio.gather(*(c.chat() for c in clients))
            # Let the last partner copies arrive before counting them.
            await asyncio.sleep(0.5)
        elapsed = time.perf_counter() - started
    finally:
        await asyncio.gather(*(c.close() for c in clients))

    latencies = sorted(x for c in clients for x in c.stats.latencies)
    partner = sorted(x for c in clients for x in c.stats.partner_latencies)
    connects = sorted(c.stats.connect_s for c in clients if c.stats.connect_s is not None)
    errors = [e for c in clients for e in c.stats.errors]
    failures = [c.stats.failure for c in clients if c.stats.failure]
    by_consultation: dict[int, list[EchoClient]] = {}
    for c in clients:
        by_consultation.setdefault(c.spec["consultation"], []).append(c)
    # Each socket should get a copy of every message the server broadcast for its partner.
    expected_copies = sum(
        len(other.stats.echoed)
        for group in by_consultation.values()
        for c in group
        for other in group
        if other is not c and c.stats.connected
    )
    received_copies = sum(c.stats.partner_copies for c in clients)
    result = {
        "messages": len(latencies),
        "messages_sent": sum(c.stats.sent for c in clients) - probe_sent,
        "clients": len(clients),
        "connected": sum(c.stats.connected for c in clients),
        "connection_failures": len(failures),
        "dropped_by_server": sum(c.stats.dropped for c in clients),
        "errors": len(errors),
        "p50_ms": ms(percentile(latencies, 50)) if latencies else None,
        "p95_ms": ms(percentile(latencies, 95)) if latencies else None,
        "p99_ms": ms(percentile(latencies, 99)) if latencies else None,
        "mean_ms": ms(statistics.fmean(latencies)) if latencies else None,
        "max_ms": ms(latencies[-1]) if latencies else None,
        "partner_p50_ms": ms(percentile(partner, 50)) if partner else None,
        "partner_p95_ms": ms(percentile(partner, 95)) if partner else None,
        "partner_p99_ms": ms(percentile(partner, 99)) if partner else None,
        "idle_p50_ms": ms(percentile(idle, 50)) if idle else None,
        "connect_p50_ms": ms(percentile(connects, 50)) if connects else None,
        "connect_p95_ms": ms(percentile(connects, 95)) if connects else None,
        "connect_phase_s": round(connect_phase, 2),
        "partner_copies_missing": expected_copies - received_copies,
        "chat_duration_s": round(elapsed, 2),
        "throughput_msgs_per_s": round(len(latencies) / elapsed, 1) if elapsed else None,
    }
    if errors:
        result["error_samples"] = sorted(set(errors))[:5]
    if failures:
        result["connection_failure_samples"] = sorted(set(failures))[:5]
    return result


# --- Variants ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    name: str
    postgres: bool
    redis: bool


VARIANTS = {
    "inmemory": Variant("inmemory", postgres=True, redis=False),
    "redis": Variant("redis", postgres=True, redis=True),
    "inmemory_sqlite": Variant("inmemory_sqlite", postgres=False, redis=False),
}


def run_variant(
    variant: Variant, pairs: int, pace: Pace, deadline: Deadline, *, handshakes: int
) -> dict:
    """Set up, serve, measure and clean up one variant; errors become {"error": ...}."""
    var_dir = Path(tempfile.mkdtemp(prefix=f"gp-bench-{variant.name}-"))
    db_name = f"gp_bench_{os.getpid()}_{variant.name}"
    database_url = None
    server = None
    log_path = var_dir / "daphne.log"
    try:
        if variant.redis:
            check_redis(BENCH_REDIS_URL)
        if variant.postgres:
            database_url = create_scratch_database(db_name)
        env = server_env(
            var_dir=var_dir,
            database_url=database_url,
            redis_url=BENCH_REDIS_URL if variant.redis else None,
        )
        log(f"{variant.name}: migrating and creating {pairs} consultations")
        setup = run_setup(env, pairs, deadline)
        port = free_port()
        server = start_server(env, port, log_path)
        wait_until_accepting(server, port, deadline.cap(30), log_path)
        log(f"{variant.name}: daphne on port {port}")
        result = asyncio.run(
            drive_clients(setup["clients"], port, pace, deadline, handshakes=handshakes)
        )
        if server.poll() is not None:
            result["server_exit"] = f"daphne exited with {server.returncode}: {tail(log_path)}"
        elif result["errors"] or result["connection_failures"]:
            result["server_log_tail"] = tail(log_path)
        result["database"] = (
            f"PostgreSQL (scratch database {db_name}, dropped afterwards)"
            if variant.postgres
            else "SQLite in a temporary VAR_DIR (the embedded default)"
        )
        result["channel_layer"] = (
            f"channels_redis.core.RedisChannelLayer ({BENCH_REDIS_URL})"
            if variant.redis
            else "channels.layers.InMemoryChannelLayer"
        )
        return result
    except (BenchError, TimeoutError, subprocess.TimeoutExpired) as exc:
        return {"error": str(exc) or type(exc).__name__}
    except Exception as exc:  # report, clean up, and let the other variants run
        return {"error": f"{type(exc).__name__}: {exc}"[:500]}
    finally:
        if server is not None:
            stop_server(server)
        if database_url:
            drop_scratch_database(db_name)
        if variant.redis:
            try:
                clear_channel_keys(BENCH_REDIS_URL)
            except Exception as exc:
                log(f"could not clear Redis keys: {exc}")
        shutil.rmtree(var_dir, ignore_errors=True)


def ratio(results: dict, key: str) -> float | None:
    """Redis over in-memory for one statistic, when both variants produced it."""
    a = results.get("inmemory", {}).get(key)
    b = results.get("redis", {}).get(key)
    return round(b / a, 2) if a and b else None


def _terminate(signum: int, frame: object) -> None:
    # Turn SIGTERM (the runner's timeout) into an exception so cleanup drops the database.
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Run the variants and print one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--setup", type=int, metavar="PAIRS", help=argparse.SUPPRESS)
    parser.add_argument("--clients", type=int, default=200, help="even number of sockets")
    parser.add_argument("--messages", type=int, default=4, help="messages per client")
    parser.add_argument("--interval-min", type=float, default=8.0, help="seconds between sends")
    parser.add_argument("--interval-max", type=float, default=16.0)
    parser.add_argument(
        "--handshakes",
        type=int,
        default=25,
        help="WebSocket handshakes in flight while connecting (0: all at once)",
    )
    parser.add_argument(
        "--variants",
        default="inmemory,redis",
        help=f"comma-separated subset of {','.join(VARIANTS)} (inmemory_sqlite: make run's)",
    )
    args = parser.parse_args(argv)
    if args.setup is not None:
        print(json.dumps(setup_database(args.setup)))
        return 0
    if args.clients < 2 or args.clients % 2:
        parser.error("--clients must be an even number >= 2")
    names = [n.strip() for n in args.variants.split(",") if n.strip()]
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        parser.error(f"unknown variants: {', '.join(unknown)}")

    signal.signal(signal.SIGTERM, _terminate)
    deadline = Deadline(TOTAL_BUDGET_S)
    pace = Pace(args.messages, args.interval_min, args.interval_max)
    results: dict[str, dict] = {}
    for name in names:
        try:
            results[name] = run_variant(
                VARIANTS[name], args.clients // 2, pace, deadline, handshakes=args.handshakes
            )
        except KeyboardInterrupt:
            results[name] = {"error": "interrupted"}
            break
        log(f"{name}: {json.dumps(results[name])}")

    output = {
        "benchmark": "ws_echo",
        "clients": args.clients,
        "layout": (
            f"{args.clients // 2} consultations x 2 sockets (clinic staff + supervising GP); "
            "each message is stored once and broadcast to both sockets"
        ),
        "messages_per_client": args.messages,
        "pace": (
            f"one outstanding message per client, sent every {args.interval_min}-"
            f"{args.interval_max} s (uniform jitter, random start offset)"
        ),
        "connect": (
            f"all {args.clients} sockets open together for the whole chat; at most "
            f"{args.handshakes or args.clients} handshakes in flight while connecting"
        ),
        "latency": (
            "client send -> own echo received (matched by client_id; sent straight back by "
            "the consumer), and -> the partner socket's copy (partner_*: through the channel "
            "layer), milliseconds"
        ),
        "server": (
            f"one daphne process on 127.0.0.1, DEBUG off, settings {SETTINGS_MODULE}; "
            "clients in the bench process"
        ),
        "database_note": (
            "inmemory and redis both use PostgreSQL so their ratio isolates the channel layer; "
            "200 writers on SQLite would measure SQLite's writer lock, not the layer. "
            "inmemory_sqlite, when run, is the embedded default of make run."
        ),
        "results": results,
        "ratio_redis_over_inmemory_p50": ratio(results, "p50_ms"),
        "ratio_redis_over_inmemory_p95": ratio(results, "p95_ms"),
        "ratio_redis_over_inmemory_partner_p50": ratio(results, "partner_p50_ms"),
        "ratio_redis_over_inmemory_partner_p95": ratio(results, "partner_p95_ms"),
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
    }
    print(json.dumps(output, ensure_ascii=False))
    failed = any(
        "error" in r or r.get("errors") or r.get("connection_failures") for r in results.values()
    )
    return 1 if failed or len(results) < len(names) else 0


if __name__ == "__main__":
    sys.exit(main())
