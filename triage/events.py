"""Channel-layer events: group names and publishing after the transaction commits, so no
client ever sees something that was rolled back."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from asgiref.sync import async_to_sync
from channels.layers import InMemoryChannelLayer, get_channel_layer
from django.db import transaction

logger = logging.getLogger(__name__)

# The embedded mode's in-memory layer keeps its queues on the server's event loop; a send
# from an embedded worker thread must run there, or the waiting consumers never wake.
_server_loop: asyncio.AbstractEventLoop | None = None
# How long a send from sync code may wait for the layer (Redis restarting, say).
_SEND_TIMEOUT_SECONDS = 5.0
# This process's own event loop for sends from threads that have none (Celery worker
# threads): async_to_sync would start a new loop on a new thread for every call, and
# channels-redis opens a connection pool per loop, so every streamed draft frame paid for a
# thread, a loop and a Redis connection (most of a worker's CPU with 20 drafts streaming).
_sender: tuple[int, asyncio.AbstractEventLoop] | None = None
_sender_lock = threading.Lock()


def bind_server_loop() -> None:
    """Remember the ASGI server's event loop (called by consumers as they connect)."""
    global _server_loop
    _server_loop = asyncio.get_running_loop()


def _sender_loop() -> asyncio.AbstractEventLoop:
    global _sender
    with _sender_lock:
        # After a fork (Celery's prefork pool) the parent's loop thread did not come along.
        if _sender is None or _sender[0] != os.getpid():
            loop = asyncio.new_event_loop()
            threading.Thread(
                target=loop.run_forever, name="channel-layer-sends", daemon=True
            ).start()
            _sender = (os.getpid(), loop)
        return _sender[1]


def _send_loop(layer: object) -> asyncio.AbstractEventLoop | None:
    """The loop a send from sync code runs on; None means async_to_sync's own."""
    if isinstance(layer, InMemoryChannelLayer):
        # The in-memory layer keeps its queues on the server's event loop.
        loop = _server_loop
        return loop if loop is not None and loop.is_running() else None
    return _sender_loop()


# Set while a consumer stores its own socket's message (see in_background).
_in_background: ContextVar[bool] = ContextVar("channel_layer_sends_in_background", default=False)


@contextmanager
def in_background() -> Iterator[None]:
    """Within this block, what `publish` sends after the commit is handed to the sending loop
    without waiting for the layer. For a consumer storing its own socket's message: it sends
    the echo and the triage frame to that socket itself, and should not wait for the other
    sockets' copies to be sent first (rule 2: the triage frame comes first)."""
    token = _in_background.set(True)
    try:
        yield
    finally:
        _in_background.reset(token)


async def _send_retrying(layer: object, group: str, event: dict) -> None:
    """group_send, once more after a failure, within the send timeout. The sending loop keeps
    its connections: after a Redis restart the first send on each fails on a connection the
    old server closed (the command never reached the new one, so the retry cannot duplicate
    it), and the next send gets a fresh connection. A lost frame is not sent again: the
    sockets it was for would miss a message until they reconnect and resume.

    `asyncio.timeout`, not `wait_for`: Python 3.11's `wait_for` swallows a cancellation that
    arrives as the send completes, and the sending loop's drain task then waited for the next
    send forever; a test session hung at its event loop's close (CI, 2026-12-06)."""
    async with asyncio.timeout(_SEND_TIMEOUT_SECONDS):
        try:
            await layer.group_send(group, event)
        except Exception:
            await layer.group_send(group, event)


class _OrderedSends:
    """Sends handed over from other threads without waiting, run one at a time on one loop
    in the order they were handed over (a message's echo before its triage frame)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.queue: asyncio.Queue | None = None

    def put(self, layer: object, group: str, event: dict) -> None:
        self.loop.call_soon_threadsafe(self._put, layer, group, event)

    def _put(self, layer: object, group: str, event: dict) -> None:
        if self.queue is None:
            self.queue = asyncio.Queue()
            self.drain = self.loop.create_task(self._drain())
        self.queue.put_nowait((layer, group, event))

    async def _drain(self) -> None:
        while True:
            layer, group, event = await self.queue.get()
            try:
                await _send_retrying(layer, group, event)
            except Exception as exc:  # committed data: the other sockets catch up on resume
                logger.warning("channel layer send to %s failed: %r", group, exc)


# One per sending loop (the process's, or the embedded server's).
_ordered: dict[asyncio.AbstractEventLoop, _OrderedSends] = {}


def _group_send(group: str, event: dict, *, wait: bool = True) -> None:
    layer = get_channel_layer()
    loop = _send_loop(layer)
    try:
        current = asyncio.get_running_loop()
    except RuntimeError:
        current = None
    if loop is None or current is loop:
        async_to_sync(layer.group_send)(group, event)
        return
    if wait:
        future = asyncio.run_coroutine_threadsafe(_send_retrying(layer, group, event), loop)
        future.result(_SEND_TIMEOUT_SECONDS + 1)  # the coroutine times out first
        return
    with _sender_lock:
        for closed in [other for other in _ordered if other.is_closed()]:
            del _ordered[closed]
        ordered = _ordered.setdefault(loop, _OrderedSends(loop))
    ordered.put(layer, group, event)


def consultation_group(consultation_id: int) -> str:
    """The group every socket open on one consultation joins."""
    return f"consultation.{consultation_id}"


def review_group(centre_id: int) -> str:
    """The group of the GPs of one township health centre (their live review queue)."""
    return f"review.{centre_id}"


def publish(group: str, event: dict) -> dict:
    """Send `event` (a dict with a "type" handled by the consumers) once the commit is done.

    Robust: the data is committed and clients catch up by sequence number, so a channel
    layer that is down (Redis restarting) must neither fail the use case nor skip the
    commit hooks after this one (the task that drafts the suggestion).

    Returns the event as it will be sent, with a unique "id": the consumer whose socket
    caused it sends its frame straight back after the commit and skips the group's copy
    (the sender's echo and triage frame do not wait for a round trip through the layer)."""
    event = {**event, "id": uuid.uuid4().hex}
    wait = not _in_background.get()
    transaction.on_commit(lambda: _group_send(group, event, wait=wait), robust=True)
    return event


def send_now(group: str, event: dict) -> None:
    """Send immediately, outside any transaction (streaming draft frames)."""
    _group_send(group, event)


class DraftStreamer:
    """Coalesces a model's text deltas into one `draft` frame about every `interval` seconds,
    instead of a frame per token."""

    def __init__(self, consultation_id: int, message_seq: int, interval: float = 0.05) -> None:
        self.group = consultation_group(consultation_id)
        self.message_seq = message_seq
        self.interval = interval
        self.pending: list[str] = []
        self.sent_chars = 0
        self.frames = 0
        self.last_flush = 0.0
        self.broken = False

    def feed(self, delta: str) -> None:
        """Take one delta; flush when the interval has passed."""
        self.pending.append(delta)
        now = time.monotonic()
        if now - self.last_flush >= self.interval:
            self.flush(now)

    def flush(self, now: float | None = None) -> None:
        """Send what is pending as one frame."""
        if not self.pending:
            return
        text = "".join(self.pending)
        self.pending.clear()
        if self.broken:
            return
        try:
            send_now(
                self.group,
                {
                    "type": "frame.send",
                    "frame": {
                        "type": "draft",
                        "message_seq": self.message_seq,
                        "offset": self.sent_chars,
                        "delta": text,
                    },
                },
            )
        except Exception as exc:  # channels-redis raises redis' and OS errors
            # The live preview is a courtesy; the stored suggestion is what matters. Stop
            # streaming this draft rather than fail it (Redis restarting, say).
            logger.warning("draft frames stopped: channel layer failed (%r)", exc)
            self.broken = True
            return
        self.sent_chars += len(text)
        self.frames += 1
        self.last_flush = now if now is not None else time.monotonic()
