"""GP review queue update latency: 50 village clinics producing suggestions through the real
pipeline while the supervising GPs watch /ws/review/, with the in-memory channel layer and
with the Redis layer. Prints one JSON object.

Layout: 5 township health centres x 10 village clinics = 50 clinics; one clinic staff socket
per clinic (on one open consultation) and 2 GP sockets per centre on /ws/review/. Each staff
socket sends 2 staff messages, the first after a random 0-25 s, the next 25-40 s later (about
1.5 suggestions per second in total, several times a busy day's peak); every message is
triaged and drafted by the extractive engine (retrieval from the ingested corpus, no model),
stored as a Suggestion and published to its centre's GPs as a `queue.item` frame.

Latency: from the Suggestion's `created_at` (set on insert, just before its audit event and
the commit that publishes the frame) to the `queue.item` frame at each GP socket of the
centre (wall clock; server and clients share the machine's clock). Also reported: staff
message sent -> `queue.item` (the whole pipeline), and frames that never arrived.

Variants, both on a scratch PostgreSQL database (created and dropped) so that their ratio
isolates the channel layer and the worker topology:
- inmemory: one daphne process; tasks on its in-process worker threads (the embedded mode).
- redis: REDIS_URL (channel layer, Celery broker, cache); one daphne process and one Celery
  worker process (threads pool, 4 threads: one process may open the embedded Chroma).

Services: Redis at BENCH_REDIS_URL (default redis://127.0.0.1:6379/11; flushed afterwards
only if it was empty before, otherwise only the keys this benchmark's parts write are
removed) and PostgreSQL at BENCH_POSTGRES_URL (as bench_ws_echo.py). Bounded (280 s).

Run from the repository root: `.venv/bin/python bench/bench_review_queue.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bench_ws_echo import (
    BENCH_POSTGRES_URL,
    BenchError,
    Deadline,
    create_scratch_database,
    drop_scratch_database,
    free_port,
    server_env,
    start_server,
    stats,
    stop_server,
    tail,
    wait_until_accepting,
)

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "tests" / "triage" / "cases" / "cases.jsonl"
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/11")
TOTAL_BUDGET_S = 280.0
CENTRES = 5
CLINICS_PER_CENTRE = 10
GPS_PER_CENTRE = 2
MESSAGES_PER_CLINIC = 2
FIRST_MESSAGE_WITHIN_S = 25.0
INTERVAL_S = (25.0, 40.0)
WORKER_THREADS = 4
# Keys the redis variant writes: channels-redis, Celery/kombu, Django's cache (review locks).
REDIS_PREFIXES = ("asgi*", "celery*", "_kombu*", "unacked*", ":1:*")


def log(text: str) -> None:
    """Progress on stderr; stdout carries only the JSON result."""
    print(f"[review_queue] {text}", file=sys.stderr, flush=True)


# --- Setup, in a child process with the variant's environment -------------------------


def setup_database(ingest: bool) -> dict:
    """Migrate (and ingest the corpus once), create the network and the session ids."""
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_assistant.settings")
    import django

    django.setup()
    from datetime import date

    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.db import transaction

    from triage.models import Clinic, Consultation, Patient, User

    call_command("migrate", verbosity=0, interactive=False)
    if ingest:
        from knowledge.ingestion import ingest as ingest_corpus

        ingest_corpus()

    def session_for(user: User) -> str:
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        return store.session_key

    def new_user(username: str, role: str, clinic: Clinic) -> User:
        user = User(username=username, role=role, clinic=clinic)
        user.set_unusable_password()
        user.save()
        return user

    gps, clinics = [], []
    with transaction.atomic():
        for c in range(CENTRES):
            centre = Clinic.objects.create(name=f"Bench centre {c}", kind=Clinic.Kind.HEALTH_CENTRE)
            for g in range(GPS_PER_CENTRE):
                gp = new_user(f"bench-gp-{c}-{g}", User.Role.GP, centre)
                gps.append({"centre": centre.pk, "session": session_for(gp)})
            for v in range(CLINICS_PER_CENTRE):
                clinic = Clinic.objects.create(
                    name=f"Bench clinic {c}-{v}",
                    kind=Clinic.Kind.VILLAGE_CLINIC,
                    supervising_centre=centre,
                )
                staff = new_user(f"bench-staff-{c}-{v}", User.Role.CLINIC_STAFF, clinic)
                patient = Patient.objects.create(
                    clinic=clinic,
                    name=f"Bench patient {c}-{v}",
                    sex="female" if v % 2 else "male",
                    birth_date=date(1975, 1, 1),
                )
                consultation = Consultation.objects.create(
                    patient=patient, clinic=clinic, opened_by=staff
                )
                clinics.append(
                    {
                        "centre": centre.pk,
                        "consultation": consultation.pk,
                        "session": session_for(staff),
                    }
                )
    return {"gps": gps, "clinics": clinics}


def run_setup(env: dict, ingest: bool, deadline: Deadline) -> dict:
    """This script's setup mode in a child process with the variant's settings."""
    args = [sys.executable, __file__, "--setup"] + (["--ingest"] if ingest else [])
    proc = subprocess.run(
        args,
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=deadline.cap(150),
        check=False,
    )
    if proc.returncode != 0:
        raise BenchError(f"setup failed: {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- Redis ------------------------------------------------------------------------------


def redis_client():
    """A client on the bench Redis database."""
    import redis

    return redis.Redis.from_url(BENCH_REDIS_URL, socket_connect_timeout=5)


def redis_was_empty() -> bool:
    """Whether the bench Redis database held no keys (raises BenchError if unreachable)."""
    try:
        client = redis_client()
        try:
            return client.dbsize() == 0
        finally:
            client.close()
    except Exception as exc:
        raise BenchError(f"Redis unreachable at {BENCH_REDIS_URL}: {exc}") from None


def clean_redis(was_empty: bool) -> None:
    """Flush the bench database if it was empty before, else delete this benchmark's keys."""
    client = redis_client()
    try:
        if was_empty:
            client.flushdb()
            return
        for pattern in REDIS_PREFIXES:
            keys = list(client.scan_iter(match=pattern, count=1000))
            if keys:
                client.delete(*keys)
    finally:
        client.close()


def start_worker(env: dict, log_path: Path) -> subprocess.Popen:
    """One Celery worker process on the Redis broker (threads pool)."""
    with log_path.open("wb") as out:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "gp_assistant",
                "worker",
                "--pool=threads",
                f"--concurrency={WORKER_THREADS}",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "--loglevel=WARNING",
            ],
            env=env,
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


# --- Clients ----------------------------------------------------------------------------


def open_socket(url: str, session: str, timeout: float):
    """Connect with the session cookie and an Origin header."""
    from websockets.asyncio.client import connect

    return connect(
        url,
        origin="http://" + url.split("://", 1)[1].split("/", 1)[0],
        additional_headers={"Cookie": f"sessionid={session}"},
        compression=None,
        proxy=None,
        open_timeout=timeout,
        ping_interval=None,
        max_size=None,
    )


@dataclass
class GpSocket:
    """A GP's /ws/review/ socket: when each queue.item arrived, by suggestion id."""

    centre: int
    session: str
    items: dict[int, tuple[float, float, str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    async def connect(self, base_url: str, timeout: float) -> None:
        """Open the socket and wait for the queue snapshot."""
        self.ws = await open_socket(f"{base_url}/ws/review/", self.session, timeout)
        snapshot = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
        if snapshot.get("type") != "queue":
            raise BenchError(f"unexpected first frame on /ws/review/: {snapshot.get('type')}")
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                wall, mono = time.time(), time.perf_counter()
                frame = json.loads(raw)
                if frame.get("type") == "queue.item":
                    item = frame["item"]
                    self.items.setdefault(item["id"], (wall, mono, item["created_at"]))
        except Exception as exc:
            self.errors.append(f"{type(exc).__name__}: {exc}"[:200])

    async def close(self) -> None:
        """Close the socket and stop the reader."""
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.ws.close(), 5)
        with contextlib.suppress(Exception):
            self.reader.cancel()


@dataclass
class StaffSocket:
    """A clinic's chat socket: when each message was sent, and its suggestion's id."""

    centre: int
    consultation: int
    session: str
    sent: dict[str, float] = field(default_factory=dict)
    seq_sent: dict[int, float] = field(default_factory=dict)
    suggestions: dict[int, float] = field(default_factory=dict)  # id -> message sent at
    errors: list[str] = field(default_factory=list)

    async def connect(self, base_url: str, timeout: float) -> None:
        """Open the socket and wait for the hello."""
        url = f"{base_url}/ws/consultations/{self.consultation}/"
        self.ws = await open_socket(url, self.session, timeout)
        hello = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
        if hello.get("type") != "hello":
            raise BenchError(f"unexpected first frame on the chat: {hello.get('type')}")
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                frame = json.loads(raw)
                kind = frame.get("type")
                if kind == "message":
                    message = frame["message"]
                    if message.get("client_id") in self.sent:
                        self.seq_sent[message["seq"]] = self.sent[message["client_id"]]
                elif kind == "suggestion" and frame.get("message_seq") in self.seq_sent:
                    self.suggestions[frame["id"]] = self.seq_sent[frame["message_seq"]]
                elif kind == "error":
                    self.errors.append(f"{frame.get('code')}"[:200])
        except Exception as exc:
            self.errors.append(f"{type(exc).__name__}: {exc}"[:200])

    async def send(self, client_id: str, text: str) -> None:
        """Send one staff message."""
        self.sent[client_id] = time.perf_counter()
        await self.ws.send(json.dumps({"type": "message", "client_id": client_id, "text": text}))

    async def close(self) -> None:
        """Close the socket and stop the reader."""
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.ws.close(), 5)
        with contextlib.suppress(Exception):
            self.reader.cancel()


def staff_texts() -> list[str]:
    """Chinese staff messages from the triage case file."""
    cases = [json.loads(line) for line in CASES.read_text().splitlines() if line.strip()]
    return [c["text"] for c in cases if c["lang"] == "zh"]


async def wait_for(predicate, timeout: float) -> bool:
    """Poll until predicate() is true or the timeout passes."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return predicate()


async def drive(setup: dict, port: int, deadline: Deadline) -> dict:
    """Connect everyone, warm the drafting process, run the clinics' chat, summarise."""
    base_url = f"ws://127.0.0.1:{port}"
    gps = [GpSocket(g["centre"], g["session"]) for g in setup["gps"]]
    staff = [StaffSocket(c["centre"], c["consultation"], c["session"]) for c in setup["clinics"]]
    texts = staff_texts()
    try:
        timeout = deadline.cap(30)
        for sock in [*gps, *staff]:  # one handshake at a time: no burst to measure
            await sock.connect(base_url, timeout)
        log(f"{len(gps)} GP sockets and {len(staff)} clinic sockets connected")
        # Warm the drafting process (embedding model, Chroma, first queries) before timing.
        for n, sock in enumerate(staff[:2]):
            await sock.send(f"warm-{n}", texts[n])
            if not await wait_for(lambda s=sock: s.suggestions, deadline.cap(90)):
                raise BenchError("no suggestion came back during the warm-up")
        warm_ids = {i for sock in staff for i in sock.suggestions}
        await asyncio.sleep(0.5)

        async def clinic(index: int, sock: StaffSocket) -> None:
            local = random.Random(index)
            await asyncio.sleep(local.uniform(0, FIRST_MESSAGE_WITHIN_S))
            for n in range(MESSAGES_PER_CLINIC):
                await sock.send(f"q-{index}-{n}", local.choice(texts))
                if n + 1 < MESSAGES_PER_CLINIC:
                    await asyncio.sleep(local.uniform(*INTERVAL_S))

        started = time.perf_counter()
        async with asyncio.timeout(deadline.cap(120)):
            await asyncio.gather(*(clinic(i, s) for i, s in enumerate(staff)))
        sending = time.perf_counter() - started
        expected = len(staff) * MESSAGES_PER_CLINIC + len(warm_ids)

        def all_arrived() -> bool:
            made = {i for s in staff for i in s.suggestions}
            return len(made) >= expected and all(
                i in g.items
                for s in staff
                for i in s.suggestions
                for g in gps
                if g.centre == s.centre
            )

        await wait_for(all_arrived, deadline.cap(60))
        elapsed = time.perf_counter() - started
    finally:
        await asyncio.gather(*(s.close() for s in [*gps, *staff]))

    latencies, end_to_end, missing = [], [], 0
    made = 0
    for sock in staff:
        for suggestion_id, sent_at in sock.suggestions.items():
            if suggestion_id in warm_ids:
                continue
            made += 1
            for gp in gps:
                if gp.centre != sock.centre:
                    continue
                if suggestion_id not in gp.items:
                    missing += 1
                    continue
                wall, mono, created_at = gp.items[suggestion_id]
                latencies.append(wall - datetime.fromisoformat(created_at).timestamp())
                end_to_end.append(mono - sent_at)
    foreign = sum(
        1
        for gp in gps
        for suggestion_id in gp.items
        for sock in staff
        if suggestion_id in sock.suggestions and sock.centre != gp.centre
    )
    errors = [e for s in [*gps, *staff] for e in s.errors]
    result = {
        "suggestions": made,
        "messages_sent": len(staff) * MESSAGES_PER_CLINIC,
        "queue_updates": len(latencies),
        "created_to_gp_frame": stats(latencies),
        "message_to_gp_frame": stats(end_to_end),
        "missing_queue_items": missing + GPS_PER_CENTRE * (len(staff) * MESSAGES_PER_CLINIC - made),
        "items_at_wrong_centre": foreign,
        "errors": len(errors),
        "sending_s": round(sending, 1),
        "duration_s": round(elapsed, 1),
        "suggestions_per_s": round(made / sending, 2) if sending else None,
    }
    if errors:
        result["error_samples"] = sorted(set(errors))[:5]
    return result


# --- Variants ---------------------------------------------------------------------------


def run_variant(name: str, var_dir: Path, ingest: bool, deadline: Deadline) -> dict:
    """Set up, serve, measure and clean up one variant; errors become {"error": ...}."""
    db_name = f"gp_bench_rq_{os.getpid()}_{name}"
    redis = name == "redis"
    database_url = None
    server = worker = None
    was_empty = None
    log_path = var_dir / f"daphne-{name}.log"
    worker_log = var_dir / f"worker-{name}.log"
    try:
        if redis:
            was_empty = redis_was_empty()
        database_url = create_scratch_database(db_name)
        env = server_env(
            var_dir=var_dir,
            database_url=database_url,
            redis_url=BENCH_REDIS_URL if redis else None,
        )
        log(f"{name}: migrating{' and ingesting the corpus' if ingest else ''}")
        setup = run_setup(env, ingest, deadline)
        if redis:
            worker = start_worker(env, worker_log)
        port = free_port()
        server = start_server(env, port, log_path)
        wait_until_accepting(server, port, deadline.cap(30), log_path)
        log(f"{name}: daphne on port {port}")
        result = asyncio.run(drive(setup, port, deadline))
        for proc, path, what in ((server, log_path, "daphne"), (worker, worker_log, "worker")):
            if proc is not None and proc.poll() is not None:
                result[f"{what}_exit"] = f"exited with {proc.returncode}: {tail(path)}"
        result["channel_layer"] = (
            f"channels_redis.core.RedisChannelLayer ({BENCH_REDIS_URL})"
            if redis
            else "channels.layers.InMemoryChannelLayer"
        )
        result["drafting"] = (
            f"one Celery worker process (threads pool, {WORKER_THREADS} threads) on the Redis "
            "broker"
            if redis
            else "in-process worker threads of the daphne process (EMBEDDED_TASK_THREADS=2)"
        )
        result["database"] = f"PostgreSQL (scratch database {db_name}, dropped afterwards)"
        return result
    except (BenchError, TimeoutError, subprocess.TimeoutExpired) as exc:
        result = {"error": str(exc) or type(exc).__name__}
    except Exception as exc:  # report, clean up, let the other variant run
        result = {"error": f"{type(exc).__name__}: {exc}"[:500]}
    finally:
        if server is not None:
            stop_server(server)
        if worker is not None:
            stop_server(worker)
        if database_url:
            drop_scratch_database(db_name)
        if redis and was_empty is not None:
            try:
                clean_redis(was_empty)
            except Exception as exc:
                log(f"could not clean Redis: {exc}")
    for path in (log_path, worker_log):
        if path.exists():
            result.setdefault("log_tail", tail(path))
    return result


def ratio(results: dict, key: str) -> float | None:
    """Redis over in-memory for one statistic, when both variants produced it."""
    a = results.get("inmemory", {}).get("created_to_gp_frame", {}).get(key)
    b = results.get("redis", {}).get("created_to_gp_frame", {}).get(key)
    return round(b / a, 2) if a and b else None


def _terminate(signum: int, frame: object) -> None:
    # Turn SIGTERM (the runner's timeout) into an exception so cleanup drops the database.
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Run the variants and print one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--setup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ingest", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--variants", default="inmemory,redis", help="inmemory,redis")
    args = parser.parse_args(argv)
    if args.setup:
        print(json.dumps(setup_database(args.ingest)))
        return 0
    names = [n.strip() for n in args.variants.split(",") if n.strip()]
    unknown = [n for n in names if n not in ("inmemory", "redis")]
    if unknown:
        parser.error(f"unknown variants: {', '.join(unknown)}")

    signal.signal(signal.SIGTERM, _terminate)
    deadline = Deadline(TOTAL_BUDGET_S)
    loadavg_at_start = [round(x, 2) for x in os.getloadavg()]
    # One VAR_DIR: the corpus is ingested once into its embedded Chroma; only one process
    # (daphne's threads, or the worker) opens it at a time.
    var_dir = Path(tempfile.mkdtemp(prefix="gp-bench-review-queue-"))
    results: dict[str, dict] = {}
    try:
        for n, name in enumerate(names):
            results[name] = run_variant(name, var_dir, n == 0, deadline)
            log(f"{name}: {json.dumps(results[name])[:600]}")
    except KeyboardInterrupt:
        results.setdefault("interrupted", {"error": "interrupted"})
    finally:
        shutil.rmtree(var_dir, ignore_errors=True)
    output = {
        "benchmark": "review_queue",
        "layout": (
            f"{CENTRES} health centres x {CLINICS_PER_CENTRE} village clinics = "
            f"{CENTRES * CLINICS_PER_CENTRE} clinics, one chat socket each; {GPS_PER_CENTRE} GP "
            "sockets per centre on /ws/review/"
        ),
        "load": (
            f"{MESSAGES_PER_CLINIC} staff messages per clinic (first within "
            f"{FIRST_MESSAGE_WITHIN_S:.0f} s, then {INTERVAL_S[0]:.0f}-{INTERVAL_S[1]:.0f} s "
            "apart); each is triaged and drafted by the extractive engine (real retrieval)"
        ),
        "latency": (
            "Suggestion.created_at (on insert, before its audit event and commit) -> queue.item "
            "frame at each GP socket of the centre, wall clock, milliseconds"
        ),
        "results": results,
        "ratio_redis_over_inmemory_p50": ratio(results, "p50_ms"),
        "ratio_redis_over_inmemory_p95": ratio(results, "p95_ms"),
        "services": {"redis": BENCH_REDIS_URL, "postgres": BENCH_POSTGRES_URL},
        "loadavg_at_start": loadavg_at_start,
        "loadavg_at_end": [round(x, 2) for x in os.getloadavg()],
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "elapsed_s": round(TOTAL_BUDGET_S - deadline.remaining(), 1),
    }
    print(json.dumps(output, ensure_ascii=False))
    failed = any(
        "error" in r or r.get("errors") or r.get("missing_queue_items") for r in results.values()
    )
    return 1 if failed or len(results) < len(names) else 0


if __name__ == "__main__":
    sys.exit(main())
