"""Channel-layer events: group names and publishing after the transaction commits, so no
client ever sees something that was rolled back."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
import uuid

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


def _group_send(group: str, event: dict) -> None:
    layer = get_channel_layer()
    loop = _send_loop(layer)
    try:
        current = asyncio.get_running_loop()
    except RuntimeError:
        current = None
    if loop is None or current is loop:
        async_to_sync(layer.group_send)(group, event)
        return
    for attempt in (1, 2):
        future = asyncio.run_coroutine_threadsafe(layer.group_send(group, event), loop)
        try:
            future.result(_SEND_TIMEOUT_SECONDS)
            return
        except TimeoutError:
            future.cancel()
            raise
        except Exception:
            # The loop keeps its connections: after a Redis restart the first send on each
            # fails on a connection the old server closed (the command never reached the new
            # one), and the next send gets a fresh connection. A lost echo is never resent.
            if attempt == 2:
                raise


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
    transaction.on_commit(lambda: _group_send(group, event), robust=True)
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
