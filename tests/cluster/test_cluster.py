"""The whole system as it runs in production, on one machine, with faults: two daphne web
processes, two Celery workers, Redis, PostgreSQL, a Chroma server, a model server and an SMS
gateway (tests/cluster/harness.py). Real WebSocket clients and REST calls; outcomes are read
from the database and the gateway."""

from __future__ import annotations

import asyncio
import json

import pytest

from tests.knowledge.fake_llm_server import CHEST_PAIN_DRAFT

pytestmark = pytest.mark.cluster

MODEL_CONTENT = json.dumps(CHEST_PAIN_DRAFT, ensure_ascii=False)
CHEST_PAIN = "男，66岁，胸痛30分钟，大汗，血压90/60"


@pytest.fixture(scope="module")
def network(cluster):
    """One clinic with one staff member, one supervising GP and a consultation per scenario."""
    return cluster.create_network(consultations=8, gps=1, staff=1)


@pytest.fixture
def model(cluster):
    """The model server up and answering CHEST_PAIN_DRAFT quickly; left that way after the test."""
    cluster.start_model_server()
    cluster.llm.reset(content=MODEL_CONTENT, deltas=8, model_id="fake-model-1")
    yield cluster.llm
    cluster.start_model_server()
    cluster.llm.reset(content=MODEL_CONTENT, deltas=8, model_id="fake-model-1")


def suggestions_of(cluster, consultation: int) -> list[tuple]:
    """(id, message seq, kind, status, engine, model_id) of a consultation's suggestions."""
    return cluster.query(
        "SELECT s.id, m.seq, s.kind, s.status, s.engine, s.model_id FROM triage_suggestion s "
        "LEFT JOIN triage_message m ON m.id = s.message_id WHERE s.consultation_id = %s "
        "ORDER BY s.id",
        (consultation,),
    )


def is_message(client_id: str):
    return lambda f: f.get("type") == "message" and f["message"]["client_id"] == client_id


def queue_item_of(consultation: int, kind: str = "reply"):
    return lambda f: (
        f.get("type") == "queue.item"
        and f["item"]["consultation"] == consultation
        and f["item"]["kind"] == kind
    )


async def test_staff_message_on_web1_reaches_the_gp_on_web2_and_the_review_comes_back(
    cluster, network, model
):
    consultation = network.consultations[0]
    staff, gp = network.staff[0].session, network.gps[0].session
    chat = f"/ws/consultations/{consultation}/"
    async with (
        cluster.socket(0, chat, staff) as staff_ws,
        cluster.socket(1, "/ws/review/", gp) as queue_ws,
        cluster.socket(1, chat, gp) as gp_ws,
    ):
        await staff_ws.send({"type": "message", "client_id": "s1-1", "text": CHEST_PAIN})
        echo = await staff_ws.wait_for(is_message("s1-1"))
        copy = await gp_ws.wait_for(is_message("s1-1"))
        assert echo["message"]["seq"] == copy["message"]["seq"] == 1
        triage = await gp_ws.wait_for(lambda f: f.get("type") == "triage")
        assert triage["assessment"]["level"] == "emergency"
        # The worker's draft reaches the GP's live queue on the other web process.
        item = await queue_ws.wait_for(queue_item_of(consultation), timeout=60)
        suggestion = item["item"]["id"]
        status, body = await asyncio.to_thread(
            cluster.http,
            1,
            "POST",
            f"/api/suggestions/{suggestion}/review/",
            session=gp,
            body={"action": "approve"},
        )
        assert status == 201, body
        reviewed = await staff_ws.wait_for(
            lambda f: f.get("type") == "reviewed" and f["suggestion"] == suggestion
        )
        assert reviewed["status"] == "approved"
        await queue_ws.wait_for(
            lambda f: f.get("type") == "queue.removed" and f["id"] == suggestion
        )
        # And a GP's message written on web 2 reaches the staff member on web 1.
        await gp_ws.send({"type": "message", "client_id": "g1-1", "text": "请立即呼叫120。"})
        reply = await staff_ws.wait_for(is_message("g1-1"))
        assert reply["message"]["author_role"] == "gp" and reply["message"]["seq"] == 2
    rows = suggestions_of(cluster, consultation)
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [(1, "reply", "approved", "llm")]


async def test_model_server_down_falls_back_to_extractive_and_the_model_is_used_again(
    cluster, network, model
):
    consultation = network.consultations[1]
    staff, gp = network.staff[0].session, network.gps[0].session
    async with (
        cluster.socket(0, f"/ws/consultations/{consultation}/", staff) as staff_ws,
        cluster.socket(1, "/ws/review/", gp) as queue_ws,
    ):
        cluster.stop_model_server()
        status, body = await asyncio.to_thread(cluster.readyz, 0, strict=False)
        assert status == 200 and body["degraded"] == ["model_server"]
        await staff_ws.send({"type": "message", "client_id": "m-1", "text": CHEST_PAIN})
        down = await staff_ws.wait_for(lambda f: f.get("type") == "suggestion", timeout=60)
        assert down["message_seq"] == 1 and down["engine"] == "extractive-fallback"
        assert down["notices"][0]["code"] == "model_fallback"
        # The queue keeps flowing: the GP gets the fallback draft to review.
        first = await queue_ws.wait_for(queue_item_of(consultation), timeout=30)
        assert first["item"]["id"] == down["id"]

        cluster.start_model_server()
        await staff_ws.send({"type": "message", "client_id": "m-2", "text": "疼痛放射到左臂"})
        back = await staff_ws.wait_for(
            lambda f: f.get("type") == "suggestion" and f["message_seq"] == 2, timeout=60
        )
        assert back["engine"] == "llm" and back["model_id"] == "fake-model-1"
        await queue_ws.wait_for(
            lambda f: queue_item_of(consultation)(f) and f["item"]["id"] == back["id"]
        )
    rows = suggestions_of(cluster, consultation)
    assert [(r[1], r[4], r[5]) for r in rows] == [
        (1, "extractive-fallback", ""),
        (2, "llm", "fake-model-1"),
    ]


async def test_worker_killed_mid_draft_the_task_is_redelivered_and_one_suggestion_results(
    cluster, network, model
):
    consultation = network.consultations[2]
    staff = network.staff[0].session
    # A slow stream (about 6 s) so that the draft is certainly in progress at the kill.
    model.reset(content=MODEL_CONTENT, deltas=60, token_interval=0.1)
    async with cluster.socket(0, f"/ws/consultations/{consultation}/", staff) as staff_ws:
        await staff_ws.send({"type": "message", "client_id": "k-1", "text": CHEST_PAIN})
        first_draft = await staff_ws.wait_for(lambda f: f.get("type") == "draft", timeout=60)
        assert first_draft["message_seq"] == 1 and first_draft["offset"] == 0
        running = cluster.tasks_in_progress("triage.draft_suggestion")
        assert len(running) == 1, running
        ((victim, task_ids),) = running.items()
        cluster.kill_worker(victim)
        try:
            assert suggestions_of(cluster, consultation) == []  # killed before it stored one
            requests_at_kill = len(model.requests)
            since = len(staff_ws.frames)
            # The other worker gets the task back after the visibility timeout and drafts it
            # again from the start.
            suggestion = await staff_ws.wait_for(
                lambda f: f.get("type") == "suggestion",
                timeout=cluster.visibility_timeout + 45,
                since=since,
            )
            redrafted = [f for f in staff_ws.frames[since:] if f.get("type") == "draft"]
            assert redrafted and redrafted[0]["offset"] == 0
            assert suggestion["engine"] == "llm" and suggestion["message_seq"] == 1
            survivor = 1 - victim
            assert f"triage.draft_suggestion[{task_ids[0]}] received" in (
                cluster.workers[survivor].output()
            )
            assert len(model.requests) == requests_at_kill + 1
            await asyncio.sleep(2)  # a duplicate would be stored within this
        finally:
            await asyncio.to_thread(cluster.start_worker, victim)
    rows = suggestions_of(cluster, consultation)
    assert [(r[1], r[2], r[4]) for r in rows] == [(1, "reply", "llm")]


def sms_rows(cluster, consultations: list[int]) -> list[tuple]:
    """(consultation, status, attempts, idempotency key) of the consultations' SMS."""
    return cluster.query(
        "SELECT consultation_id, status, attempts, idempotency_key FROM triage_smsmessage "
        "WHERE consultation_id = ANY(%s) ORDER BY consultation_id",
        (consultations,),
    )


async def test_sms_gateway_failing_then_recovering_delivers_each_signed_summary_once(
    cluster, network, model
):
    consultations = network.consultations[3:5]
    staff, gp = network.staff[0].session, network.gps[0].session
    failures = 3
    async with cluster.socket(1, "/ws/review/", gp) as queue_ws:
        for n, consultation in enumerate(consultations):
            async with cluster.socket(0, f"/ws/consultations/{consultation}/", staff) as ws:
                text = "咳嗽三天，有痰，无发热，精神可"
                await ws.send({"type": "message", "client_id": f"sms-{n}", "text": text})
                await ws.wait_for(is_message(f"sms-{n}"))
            status, body = await asyncio.to_thread(
                cluster.http, 0, "POST", f"/api/consultations/{consultation}/close/", session=staff
            )
            assert status == 200, body
        cluster.sms.fail_next(failures)
        for consultation in consultations:
            item = await queue_ws.wait_for(
                queue_item_of(consultation, "patient_summary"), timeout=60
            )
            status, body = await asyncio.to_thread(
                cluster.http,
                1,
                "POST",
                f"/api/suggestions/{item['item']['id']}/review/",
                session=gp,
                body={"action": "approve"},
            )
            assert status == 201, body

    async def all_sent() -> list[tuple]:
        while True:
            rows = await asyncio.to_thread(sms_rows, cluster, consultations)
            if len(rows) == len(consultations) and all(r[1] == "sent" for r in rows):
                return rows
            await asyncio.sleep(0.5)

    # Retries back off exponentially with jitter (up to 5 s, then 10 s, then 20 s).
    rows = await asyncio.wait_for(all_sent(), timeout=90)
    await asyncio.sleep(2)  # a duplicate send would arrive within this
    accepted = cluster.sms.accepted()
    for _consultation, _status, attempts, key in rows:
        calls = cluster.sms.calls_for(key)
        assert accepted[key] == 1, calls
        assert [c.status for c in calls] == [500] * (attempts - 1) + [200]
        assert all(c.signature_ok for c in calls)
    keys = {r[3] for r in rows}
    failed_calls = [c for c in cluster.sms.calls if c.idempotency_key in keys and c.status == 500]
    assert len(failed_calls) == failures
    assert sms_rows(cluster, consultations) == rows  # nothing changed after "sent"


def messages_of(cluster, consultation: int) -> list[tuple]:
    return cluster.query(
        "SELECT seq, client_id FROM triage_message WHERE consultation_id = %s ORDER BY seq",
        (consultation,),
    )


@pytest.fixture
def beat(cluster):
    """Celery beat running for one test (its redrive of lost work would blur the others)."""
    cluster.start_beat()
    yield
    cluster.stop_beat()


async def test_redis_restart_during_chat_clients_reconnect_and_no_accepted_message_is_lost(
    cluster, network, model, beat
):
    consultation = network.consultations[5]
    staff = cluster.chat_client(0, consultation, network.staff[0].session, name="staff")
    gp = cluster.chat_client(1, consultation, network.gps[0].session, name="gp")
    staff.start()
    gp.start()
    try:
        await staff.wait_until(lambda: staff.connects and gp.connects, timeout=20)
        sent: list[str] = []

        async def chat(count: int) -> None:
            for i in range(count):
                sent.append(await staff.send(f"第{len(sent) + 1}条：咳嗽两天，无发热"))
                if i % 4 == 3:
                    sent.append(await gp.send(f"收到第{len(sent)}条"))
                await asyncio.sleep(0.1)

        await chat(8)
        chatting = asyncio.create_task(chat(16))
        await asyncio.to_thread(cluster.restart_redis, 1.0)
        await chatting
        for client in (staff, gp):
            await client.wait_until(lambda c=client: not c.outbox, timeout=60)
        stored = messages_of(cluster, consultation)
        seqs = [seq for seq, _ in stored]
        assert seqs == list(range(1, len(stored) + 1))  # no gaps
        assert sorted(client_id for _, client_id in stored) == sorted(sent)  # once each
        for client in (staff, gp):
            await client.wait_until(
                lambda c=client: c.last_contiguous_seq == len(stored), timeout=30
            )
            assert {s: m["client_id"] for s, m in client.messages.items()} == dict(stored)
            assert client.connects >= 2  # the restart did drop the sockets
    finally:
        await staff.stop()
        await gp.stop()
    for web in (0, 1):
        status, body = await asyncio.to_thread(cluster.readyz, web)
        assert status == 200, body
    # Drafts whose task was lost with Redis (queued, being enqueued, or running) are enqueued
    # again by beat once overdue: every staff message gets exactly one suggestion.
    staff_seqs = {seq for seq, client_id in stored if client_id.startswith("staff-")}

    async def all_drafted() -> list[tuple]:
        while True:
            rows = await asyncio.to_thread(suggestions_of, cluster, consultation)
            if {r[1] for r in rows} >= staff_seqs:
                return rows
            await asyncio.sleep(0.5)

    rows = await asyncio.wait_for(all_drafted(), timeout=cluster.redrive_seconds + 45)
    assert sorted(r[1] for r in rows) == sorted(staff_seqs)
