"""Load on the multi-process cluster: 500 clinic WebSockets across the web processes send
messages at a clinic's pace while GPs review. One JSON object on stdout.

The cluster is tests/cluster/harness.py's, as in production on one machine: 2 daphne web
processes, 2 Celery workers (solo pool), its own Redis, a scratch PostgreSQL database, a
Chroma server with the corpus, the fake OpenAI-protocol model server (answering a valid
draft) and the webhook SMS gateway. Everything runs on loopback and stops by itself.

- 500 consultations (one clinic, 50 staff accounts), one staff socket each, spread round-robin
  over the web processes, opened with at most 25 handshakes in flight.
- Each socket sends a staff message (texts from tests/triage/cases/cases.jsonl) every 20-40 s
  (uniform, random start offset) for `--duration` seconds and waits for its `triage` frame:
  the triage-event latency is that wait. Every message also starts a drafting task.
- 5 GPs hold a live queue socket (/ws/review/) on alternating web processes and approve
  items from it through the REST API, each about one every 4 s.
- Reported: messages per second accepted, triage latency p50/p95/p99, errors (error frames,
  dropped sockets, triage frames missing after 30 s, failed approvals: must be 0), RSS per
  web process (peak of samples every 5 s), drafts stored and GP approvals during the run.

Run from the repository root: .venv/bin/python bench/bench_cluster_load.py
  [--sockets 500] [--duration 120] [--webs 2] [--workers 2]
Exits non-zero when the cluster cannot start or any error was counted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench_ws_echo import stats  # noqa: E402

from tests.cluster.harness import Cluster, Socket  # noqa: E402
from tests.cluster.test_cluster import MODEL_CONTENT  # noqa: E402

CASES = REPO / "tests" / "triage" / "cases" / "cases.jsonl"
HANDSHAKES_IN_FLIGHT = 25
TRIAGE_TIMEOUT = 30.0
GPS = 5
GP_REVIEW_EVERY = 4.0
STAFF_ACCOUNTS = 50


def log(text: str) -> None:
    print(f"[cluster_load] {text}", file=sys.stderr, flush=True)


class Run:
    """Counters shared by every client of the run."""

    def __init__(self) -> None:
        self.triage: list[float] = []
        self.sent = 0
        self.accepted = 0
        self.approved = 0
        self.errors: dict[str, int] = {}
        self.examples: list[str] = []

    def error(self, kind: str, detail: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1
        if len(self.examples) < 10:
            self.examples.append(f"{kind}: {detail[:300]}")


async def open_sockets(cluster: Cluster, targets: list[tuple[int, str, str]], run: Run):
    """Connect (web, path, session) sockets, at most HANDSHAKES_IN_FLIGHT at once."""
    gate = asyncio.Semaphore(HANDSHAKES_IN_FLIGHT)

    async def one(web: int, path: str, session: str) -> Socket | None:
        async with gate:
            sock = cluster.socket(web, path, session)
            try:
                return await sock.connect(timeout=30)
            except Exception as exc:
                run.error("connect", repr(exc))
                return None

    return await asyncio.gather(*(one(*target) for target in targets))


async def staff_client(sock: Socket, texts: list[str], until: float, run: Run) -> None:
    """Send a message every 20-40 s until `until`; time each one's triage frame."""
    rng = random.Random(id(sock))
    await asyncio.sleep(rng.uniform(0, 30))
    n = 0
    while time.monotonic() < until and not sock.closed.is_set():
        n += 1
        client_id = f"load-{id(sock)}-{n}"
        since = len(sock.frames)
        started = time.monotonic()
        try:
            await sock.send({"type": "message", "client_id": client_id, "text": rng.choice(texts)})
            run.sent += 1
            await sock.wait_for(
                lambda f, cid=client_id: (
                    f.get("type") == "message" and f["message"].get("client_id") == cid
                ),
                timeout=TRIAGE_TIMEOUT,
                since=since,
            )
            run.accepted += 1
            await sock.wait_for(
                lambda f: f.get("type") == "triage", timeout=TRIAGE_TIMEOUT, since=since
            )
            run.triage.append(time.monotonic() - started)
        except TimeoutError as exc:
            run.error("timeout", str(exc))
        except ConnectionError as exc:
            run.error("socket_closed", str(exc))
            return
        errors = [f for f in sock.frames[since:] if f.get("type") == "error"]
        for frame in errors:
            run.error("error_frame", json.dumps(frame, ensure_ascii=False))
        await asyncio.sleep(min(rng.uniform(20, 40), max(0.0, until - time.monotonic())))


async def gp_client(cluster: Cluster, web: int, sock: Socket, session: str, until: float, run):
    """Approve one queue item about every GP_REVIEW_EVERY seconds (REST, session auth)."""
    rng = random.Random(session)
    seen = 0
    pending: list[int] = []
    while time.monotonic() < until and not sock.closed.is_set():
        await asyncio.sleep(rng.uniform(0.5, 1.5) * GP_REVIEW_EVERY)
        for frame in sock.frames[seen:]:
            item = frame.get("item") if frame.get("type") == "queue.item" else None
            if item and item.get("status") == "pending_review":
                pending.append(item["id"])
        seen = len(sock.frames)
        while pending:
            suggestion = pending.pop(0)
            status, body = await asyncio.to_thread(
                cluster.http,
                web,
                "POST",
                f"/api/suggestions/{suggestion}/review/",
                session=session,
                body={"action": "approve"},
            )
            if status == 201:
                run.approved += 1
                break
            if status != 409:  # 409: another GP took it first, which is normal
                run.error("approve", f"{status} {body}")


async def sample_rss(cluster: Cluster, until: float, peaks: list[int]) -> None:
    while time.monotonic() < until:
        for i, rss in enumerate(cluster.web_rss_bytes()):
            peaks[i] = max(peaks[i], rss or 0)
        await asyncio.sleep(5)


async def drive(cluster: Cluster, args: argparse.Namespace) -> dict:
    texts = [json.loads(line)["text"] for line in CASES.read_text().splitlines() if line.strip()]
    log(f"seeding {args.sockets} consultations")
    net = cluster.create_network(
        consultations=args.sockets, gps=GPS, staff=min(STAFF_ACCOUNTS, args.sockets)
    )
    run = Run()
    webs = len(cluster.web_urls)
    started = time.monotonic()
    staff_targets = [
        (i % webs, f"/ws/consultations/{c}/", net.staff[i % len(net.staff)].session)
        for i, c in enumerate(net.consultations)
    ]
    gp_targets = [(i % webs, "/ws/review/", gp.session) for i, gp in enumerate(net.gps)]
    log(f"opening {len(staff_targets)} staff and {len(gp_targets)} GP sockets")
    staff = await open_sockets(cluster, staff_targets, run)
    gps = await open_sockets(cluster, gp_targets, run)
    connect_s = time.monotonic() - started
    opened = [s for s in staff if s is not None]
    log(f"{len(opened)} staff sockets open in {connect_s:.1f} s; sending for {args.duration} s")
    rss_before = cluster.web_rss_bytes()
    until = time.monotonic() + args.duration
    peaks = [0] * webs
    window_started = time.monotonic()
    tasks = [staff_client(sock, texts, until, run) for sock in opened]
    tasks += [
        gp_client(cluster, web, sock, gp.session, until, run)
        for (web, _, _), sock, gp in zip(gp_targets, gps, net.gps, strict=True)
        if sock is not None
    ]
    await asyncio.gather(*tasks, sample_rss(cluster, until, peaks))
    window = time.monotonic() - window_started
    dropped = sum(1 for s in opened if s.closed.is_set())
    if dropped:
        run.error("socket_closed", f"{dropped} staff sockets closed during the run")
    drafts = cluster.query(
        "SELECT count(*) FROM triage_suggestion WHERE created_at >= now() - %s::interval",
        (f"{int(window + connect_s + 60)} seconds",),
    )[0][0]
    for sock in [*opened, *(g for g in gps if g is not None)]:
        await sock.close()
    return {
        "sockets": {"staff": len(opened), "gp": sum(1 for g in gps if g is not None)},
        "connect_s": round(connect_s, 1),
        "window_s": round(window, 1),
        "messages_sent": run.sent,
        "messages_accepted": run.accepted,
        "messages_per_s": round(run.accepted / window, 2),
        "triage_event_ms": stats(run.triage),
        "errors": sum(run.errors.values()),
        "errors_by_kind": run.errors,
        "error_examples": run.examples,
        "drafts_stored": drafts,
        "gp_approvals": run.approved,
        "web_rss_mb": {
            "before_load": [round((r or 0) / 2**20, 1) for r in rss_before],
            "peak": [round(p / 2**20, 1) for p in peaks],
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sockets", type=int, default=500)
    parser.add_argument("--duration", type=float, default=120.0)
    parser.add_argument("--webs", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    output: dict = {
        "benchmark": "cluster_load",
        "machine": {"cpus": os.cpu_count(), "load_avg_1m_at_start": os.getloadavg()[0]},
        "setup": (
            f"{args.webs} daphne + {args.workers} celery (solo) + redis + postgresql + chroma "
            "server + fake model server, loopback; one staff socket per consultation, a "
            "message every 20-40 s each; 5 GPs approving from their live queues"
        ),
    }
    started = time.monotonic()
    with Cluster(webs=args.webs, workers=args.workers) as cluster:
        cluster.llm.reset(content=MODEL_CONTENT, deltas=8, model_id="fake-model-1")
        output["cluster_start_s"] = round(cluster.startup_seconds, 1)
        output.update(asyncio.run(drive(cluster, args)))
    output["load_avg_1m_at_end"] = os.getloadavg()[0]
    output["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(output, ensure_ascii=False))
    return 1 if output["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
