"""The consultation chat over WebSockets, against the real ASGI stack (session auth, origin
check, routing). Runs in both passes: in-memory layer + SQLite, and channels-redis +
PostgreSQL."""

import json

import pytest
from channels.db import database_sync_to_async

from tests.factories import ConsultationFactory, GPFactory, StaffFactory
from tests.triage.wsclient import connect
from triage.models import Message

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.realservices]


@pytest.fixture
def consultation(db):
    return ConsultationFactory()


def path(consultation) -> str:
    return f"/ws/consultations/{consultation.pk}/"


async def test_staff_message_is_stored_and_echoed_to_everyone(consultation):
    staff = consultation.opened_by
    gp = await database_sync_to_async(GPFactory)(clinic=consultation.clinic.supervising_centre)
    alice, ok1, _ = await connect(path(consultation), staff)
    bob, ok2, _ = await connect(path(consultation), gp)
    try:
        assert ok1 and ok2
        await alice.send_json_to({"type": "message", "client_id": "m-1", "text": "头痛三天"})
        for socket in (alice, bob):
            frame = await socket.receive_json_from(timeout=5)
            assert frame["type"] == "message"
            assert frame["message"]["seq"] == 1
            assert frame["message"]["text"] == "头痛三天"
            assert frame["message"]["author_role"] == "staff"
        stored = await database_sync_to_async(Message.objects.get)(consultation=consultation)
        assert stored.client_id == "m-1"
    finally:
        await alice.disconnect()
        await bob.disconnect()


async def test_sender_gets_its_echo_and_triage_once_and_others_through_the_group(
    consultation,
):
    """The sender's consumer sends the echo and the triage frame itself after the commit and
    skips the group's copies; every other socket gets them through the layer."""
    staff = consultation.opened_by
    gp = await database_sync_to_async(GPFactory)(clinic=consultation.clinic.supervising_centre)
    alice, _, _ = await connect(path(consultation), staff)
    bob, _, _ = await connect(path(consultation), gp)
    try:
        for n, text in enumerate(("胸痛半小时，出冷汗", "Chest pain spreading to the left arm"), 1):
            await alice.send_json_to({"type": "message", "client_id": f"d{n}", "text": text})
            for socket in (alice, bob):
                echo = await socket.receive_json_from(timeout=5)
                triage = await socket.receive_json_from(timeout=5)
                assert (echo["type"], echo["message"]["seq"]) == ("message", n)
                assert (triage["type"], triage["assessment"]["seq"]) == ("triage", n)
                assert triage["assessment"]["level"] == "emergency"
        # The group's copies reached alice's consumer too, and were not sent again.
        assert await alice.receive_nothing(timeout=0.5)
        assert await bob.receive_nothing(timeout=0.1)
    finally:
        await alice.disconnect()
        await bob.disconnect()


async def test_sender_does_not_wait_for_the_other_sockets_copies(consultation):
    """The group's copies are handed to the sending loop without waiting: a slow layer delays
    the other sockets (which still get the echo before the triage frame), not the sender."""
    import asyncio

    from channels.layers import get_channel_layer

    layer = get_channel_layer()
    gp = await database_sync_to_async(GPFactory)(clinic=consultation.clinic.supervising_centre)
    alice, _, _ = await connect(path(consultation), consultation.opened_by)
    bob, _, _ = await connect(path(consultation), gp)
    real = layer.group_send

    async def slow(group: str, event: dict) -> None:
        await asyncio.sleep(2)
        await real(group, event)

    layer.group_send = slow
    try:
        await alice.send_json_to({"type": "message", "client_id": "slow", "text": "腹痛一天"})
        assert (await alice.receive_json_from(timeout=1.5))["type"] == "message"
        assert (await alice.receive_json_from(timeout=0.5))["type"] == "triage"
        assert await bob.receive_nothing(timeout=0.5)
        assert (await bob.receive_json_from(timeout=10))["type"] == "message"
        assert (await bob.receive_json_from(timeout=10))["type"] == "triage"
    finally:
        layer.group_send = real
        await alice.disconnect()
        await bob.disconnect()


@pytest.mark.parametrize("broker", ["slow", "down"])
async def test_sender_does_not_wait_for_the_drafts_task_to_reach_the_broker(
    consultation, settings, monkeypatch, caplog, broker
):
    """With a real broker the draft's task is enqueued once the echo and the triage frame
    are on their way: a slow broker delays the draft, not the triage frame, and a broker
    that is down is logged (the beat sweep enqueues the draft again later)."""
    import threading
    import time

    from gp_assistant.celery import app
    from triage import tasks

    settings.DRAFT_ON_MESSAGE = True
    app.conf.task_always_eager = False  # a real broker (the autouse fixture restores it)
    enqueued = threading.Event()
    calls = []

    def delay(message_id: int) -> None:
        time.sleep(2)
        calls.append(message_id)
        enqueued.set()
        if broker == "down":
            raise ConnectionError("Error 111 connecting to redis")

    monkeypatch.setattr(tasks.draft_suggestion_task, "delay", delay)
    socket, _, _ = await connect(path(consultation), consultation.opened_by)
    try:
        await socket.send_json_to({"type": "message", "client_id": "b1", "text": "发热咳嗽两天"})
        assert (await socket.receive_json_from(timeout=1.5))["type"] == "message"
        assert (await socket.receive_json_from(timeout=0.5))["type"] == "triage"
        assert not calls
        assert await database_sync_to_async(enqueued.wait)(10)
        stored = await database_sync_to_async(Message.objects.get)(consultation=consultation)
        assert calls == [stored.pk]
    finally:
        await socket.disconnect()
    failed = [r for r in caplog.records if "redrive sweep" in r.getMessage()]
    assert len(failed) == (1 if broker == "down" else 0)


async def test_sender_gets_its_echo_and_triage_while_the_layer_is_down(consultation, caplog):
    """A channel layer that fails (Redis restarting) loses nothing for the sender: the message
    is stored and its echo and triage come straight back; others catch up by resuming. The
    failed sends are logged."""
    import asyncio

    from channels.layers import get_channel_layer

    layer = get_channel_layer()
    socket, _, _ = await connect(path(consultation), consultation.opened_by)

    async def refuse(group: str, event: dict) -> None:
        raise ConnectionError("layer down")

    real = layer.group_send
    layer.group_send = refuse
    try:
        await socket.send_json_to({"type": "message", "client_id": "down", "text": "发热两天"})
        echo = await socket.receive_json_from(timeout=5)
        triage = await socket.receive_json_from(timeout=5)
        assert echo["type"] == "message" and echo["message"]["client_id"] == "down"
        assert triage["type"] == "triage" and triage["assessment"]["seq"] == 1
        for _ in range(50):  # the sending loop logs each failed send (echo, triage) once
            failed = [r for r in caplog.records if "channel layer send to" in r.getMessage()]
            if len(failed) >= 2:
                break
            await asyncio.sleep(0.05)
        assert len(failed) >= 2, [r.getMessage() for r in caplog.records]
    finally:
        layer.group_send = real
        await socket.disconnect()
    stored = await database_sync_to_async(Message.objects.get)(consultation=consultation)
    assert stored.triage["level"]


async def test_a_triage_frame_older_than_the_one_shown_is_not_sent(consultation):
    """Frames of two messages can arrive out of commit order (one straight back, the other
    through the layer): the page must never fall back to an older assessment. A GP's change
    to the current one (same sequence number) still arrives."""
    import asyncio

    from triage import events

    group = events.consultation_group(consultation.pk)
    socket, _, _ = await connect(path(consultation), consultation.opened_by)
    try:
        for n in (1, 2):
            await socket.send_json_to({"type": "message", "client_id": f"o{n}", "text": "头晕"})
            await socket.receive_json_from(timeout=5)
            assert (await socket.receive_json_from(timeout=5))["assessment"]["seq"] == n

        def late(seq: int, level: str) -> dict:
            frame = {"type": "triage", "assessment": {"seq": seq, "level": level}}
            events.send_now(group, {"type": "frame.send", "frame": frame})
            return frame

        await asyncio.to_thread(late, 1, "urgent")
        assert await socket.receive_nothing(timeout=0.5)
        current = await asyncio.to_thread(late, 2, "emergency")
        assert await socket.receive_json_from(timeout=5) == current
    finally:
        await socket.disconnect()


async def test_group_events_are_forwarded_without_a_hop_to_the_database_thread(
    consultation, monkeypatch
):
    """Channels' dispatch runs close_old_connections on the one database thread before every
    handler; a draft's frames (about 20 a second each) must not queue there with the staff
    messages' triage. A client frame still goes through it."""
    import asyncio

    import channels.consumer

    from triage import events

    hops = []
    real = channels.consumer.aclose_old_connections

    async def counted():
        hops.append(1)
        await real()

    monkeypatch.setattr(channels.consumer, "aclose_old_connections", counted)
    group = events.consultation_group(consultation.pk)
    socket, _, _ = await connect(path(consultation), consultation.opened_by)
    assert hops == [1]  # the connect went through Channels' dispatch
    hops.clear()
    try:
        frames = [{"type": "draft", "message_seq": 1, "offset": n, "delta": "字"} for n in range(5)]
        for frame in frames:
            await asyncio.to_thread(events.send_now, group, {"type": "frame.send", "frame": frame})
        assert [await socket.receive_json_from(timeout=5) for _ in frames] == frames
        assert hops == []
        await socket.send_json_to({"type": "ping"})
        assert (await socket.receive_json_from(timeout=5))["type"] == "pong"
        assert hops == [1]
    finally:
        await socket.disconnect()


async def test_resent_message_is_stored_once_and_confirmed(consultation):
    socket, ok, _ = await connect(path(consultation), consultation.opened_by)
    try:
        assert ok
        frame = {"type": "message", "client_id": "again", "text": "咳嗽"}
        await socket.send_json_to(frame)
        first = await socket.receive_json_from(timeout=5)
        assert (await socket.receive_json_from(timeout=5))["type"] == "triage"
        await socket.send_json_to(frame)
        second = await socket.receive_json_from(timeout=5)
        assert second["duplicate"] is True
        assert second["message"]["seq"] == first["message"]["seq"] == 1
        count = await database_sync_to_async(
            Message.objects.filter(consultation=consultation).count
        )()
        assert count == 1
    finally:
        await socket.disconnect()


async def test_reconnecting_client_resumes_after_sequence_number(consultation):
    socket, _, _ = await connect(path(consultation), consultation.opened_by)
    for n in range(1, 6):
        await socket.send_json_to({"type": "message", "client_id": f"k{n}", "text": f"第{n}条"})
        await socket.receive_json_from(timeout=5)
    await socket.disconnect()
    again, ok, _ = await connect(path(consultation), consultation.opened_by)
    try:
        assert ok
        await again.send_json_to({"type": "resume", "after": 3})
        history = await again.receive_json_from(timeout=5)
        assert history["type"] == "history"
        assert [m["seq"] for m in history["messages"]] == [4, 5]
        assert history["consultation"]["last_seq"] == 5
        assert history["has_more"] is False
    finally:
        await again.disconnect()


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("not json", "bad_frame"),
        ("[1, 2]", "bad_frame"),
        ('{"no": "type"}', "bad_frame"),
        ('{"type": "dance"}', "unknown_type"),
        ('{"type": "message", "text": "no id"}', "bad_client_id"),
        ('{"type": "message", "client_id": "x"}', "empty_text"),
        ('{"type": "message", "client_id": "x", "text": ""}', "empty_text"),
        ('{"type": "message", "client_id": "x", "text": 42}', "empty_text"),
        (json.dumps({"type": "message", "client_id": "x", "text": "z" * 4001}), "text_too_long"),
        ('{"type": "resume", "after": -1}', "bad_after"),
        ('{"type": "resume", "after": "3"}', "bad_after"),
    ],
)
async def test_malformed_frame_gets_error_and_stores_nothing(consultation, raw, code):
    socket, ok, _ = await connect(path(consultation), consultation.opened_by)
    try:
        assert ok
        await socket.send_to(text_data=raw)
        frame = await socket.receive_json_from(timeout=5)
        assert frame["type"] == "error" and frame["code"] == code
        assert frame["message"]["zh"] and frame["message"]["en"]
        # The socket stays usable after a bad frame.
        await socket.send_json_to({"type": "ping"})
        assert (await socket.receive_json_from(timeout=5))["type"] == "pong"
        count = await database_sync_to_async(Message.objects.count)()
        assert count == 0
    finally:
        await socket.disconnect()


async def test_anonymous_user_is_refused_with_4401(consultation):
    socket, ok, code = await connect(path(consultation), None)
    assert not ok and code == 4401
    await socket.disconnect()


async def test_staff_of_another_clinic_is_refused_with_4404(consultation):
    outsider = await database_sync_to_async(StaffFactory)()
    socket, ok, code = await connect(path(consultation), outsider)
    assert not ok and code == 4404
    await socket.disconnect()


async def test_gp_of_another_centre_is_refused_with_4404(consultation):
    outsider = await database_sync_to_async(GPFactory)()
    socket, ok, code = await connect(path(consultation), outsider)
    assert not ok and code == 4404
    await socket.disconnect()


async def test_unknown_consultation_is_refused_with_4404(consultation):
    socket, ok, code = await connect("/ws/consultations/999999/", consultation.opened_by)
    assert not ok and code == 4404
    await socket.disconnect()


async def test_foreign_origin_is_refused(consultation):
    socket, ok, _ = await connect(
        path(consultation), consultation.opened_by, origin=b"http://evil.example"
    )
    assert not ok
    await socket.disconnect()


async def test_group_does_not_leak_between_consultations(consultation):
    other = await database_sync_to_async(ConsultationFactory)()
    mine, _, _ = await connect(path(consultation), consultation.opened_by)
    theirs, _, _ = await connect(path(other), other.opened_by)
    try:
        await mine.send_json_to({"type": "message", "client_id": "a", "text": "只给本问诊"})
        assert (await mine.receive_json_from(timeout=5))["type"] == "message"
        assert await theirs.receive_nothing(timeout=0.5)
    finally:
        await mine.disconnect()
        await theirs.disconnect()


async def test_frames_published_from_an_embedded_worker_thread_reach_the_socket(consultation):
    """In the embedded mode tasks run on plain worker threads; their frames must still arrive
    (the in-memory layer's queues live on the server's event loop)."""
    import threading

    from triage import events

    socket, ok, _ = await connect(path(consultation), consultation.opened_by)
    try:
        assert ok
        worker = threading.Thread(
            target=events.send_now,
            args=(
                events.consultation_group(consultation.pk),
                {"type": "frame.send", "frame": {"type": "draft", "delta": "from a thread"}},
            ),
        )
        worker.start()
        # Promptly: without the server loop's wake-up, delivery waited for an unrelated event.
        frame = await socket.receive_json_from(timeout=1)
        worker.join(timeout=5)
        assert frame == {"type": "draft", "delta": "from a thread"}
    finally:
        await socket.disconnect()


async def test_draft_frames_from_worker_threads_arrive_in_order_on_few_connections(
    consultation, settings
):
    """A Celery worker thread has no event loop: its sends run on one long-lived loop of the
    process, so 30 streamed frames open at most one Redis connection (async_to_sync opened
    a loop, and channels-redis a connection, for every frame)."""
    import asyncio
    import threading

    from triage import events

    def connections_received() -> int:
        if not settings.REDIS_URL:
            return 0
        import redis

        return redis.Redis.from_url(settings.REDIS_URL).info("stats")["total_connections_received"]

    socket, ok, _ = await connect(path(consultation), consultation.opened_by)
    try:
        assert ok
        before = await asyncio.to_thread(connections_received)

        def stream() -> None:
            streamer = events.DraftStreamer(consultation.pk, message_seq=1, interval=0)
            for n in range(30):
                streamer.feed(f"{n},")

        worker = threading.Thread(target=stream)
        worker.start()
        text = ""
        for _ in range(30):
            frame = await socket.receive_json_from(timeout=5)
            assert frame["type"] == "draft" and frame["offset"] == len(text)
            text += frame["delta"]
        await asyncio.to_thread(worker.join, 5)
        assert text == "".join(f"{n}," for n in range(30))
        # One for the sends, one for this check's own client.
        assert await asyncio.to_thread(connections_received) - before <= 2
    finally:
        await socket.disconnect()


@pytest.mark.services_only
async def test_a_frame_sent_after_redis_dropped_the_senders_connection_still_arrives(
    consultation, settings
):
    """The sending loop keeps its Redis connections; after a restart (here: the server closing
    them) the next send must still arrive, or a stored message's echo is lost for good."""
    import asyncio
    import threading

    import redis

    from triage import events

    admin = redis.Redis.from_url(settings.REDIS_URL)
    group = events.consultation_group(consultation.pk)

    def send(text: str) -> None:
        worker = threading.Thread(
            target=events.send_now,
            args=(group, {"type": "frame.send", "frame": {"type": "draft", "delta": text}}),
        )
        worker.start()
        worker.join(5)

    socket, ok, _ = await connect(path(consultation), consultation.opened_by)
    try:
        assert ok
        before = {c["id"] for c in await asyncio.to_thread(admin.client_list)}
        await asyncio.to_thread(send, "one")
        assert (await socket.receive_json_from(timeout=5))["delta"] == "one"
        after = await asyncio.to_thread(admin.client_list)
        senders = [c["id"] for c in after if c["id"] not in before and c["cmd"] != "client|list"]
        assert senders
        for client_id in senders:
            await asyncio.to_thread(admin.client_kill_filter, _id=client_id)
        await asyncio.to_thread(send, "two")
        assert (await socket.receive_json_from(timeout=5))["delta"] == "two"
    finally:
        await socket.disconnect()
        admin.close()
