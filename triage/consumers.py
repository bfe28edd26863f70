"""WebSocket adapters: parse a frame, call one service or selector, shape the reply.

Frames from the client (JSON objects):
  {"type": "message", "client_id": "<1-64 chars>", "text": "..."}   store and echo a message
  {"type": "resume", "after": <seq>}                                  messages after seq N
  {"type": "ping"}
Frames to the client: "hello", "message", "history", "consultation", "error", "pong", and
whatever the services publish to the consultation's group ("triage", "draft", "reviewed").
"""

from __future__ import annotations

import asyncio
import json
from collections import deque

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings

from gp_assistant import metrics

from . import events, frames, selectors, services
from .errors import InvalidInput, ServiceError
from .models import Consultation

# Application close codes (4000-4999): the client shows why it was refused.
CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_NOT_FOUND = 4404

# A frame bigger than the longest allowed message plus its JSON envelope is refused unread.
_FRAME_OVERHEAD = 1024
# How many directly delivered events a socket remembers until the group's copies arrive (a
# copy that never comes, the layer being down, is forgotten after this many).
_DELIVERED_MEMORY = 64


def _error(exc: ServiceError, **extra: object) -> dict:
    return {"type": "error", **exc.as_dict(), **extra}


def _parse_frame(text_data: str | None, *, limit: int) -> dict | InvalidInput:
    """A JSON object with a string "type", or the InvalidInput to report."""
    if text_data is None or len(text_data) > limit:
        return InvalidInput("bad_frame", zh="帧无效或过大。", en="Frame is not text or too large.")
    try:
        content = json.loads(text_data)
    except ValueError:
        content = None
    if not isinstance(content, dict) or not isinstance(content.get("type"), str):
        return InvalidInput(
            "bad_frame",
            zh="帧必须是带 type 的 JSON 对象。",
            en="A frame is a JSON object with a type.",
        )
    return content


def _unknown_type() -> InvalidInput:
    return InvalidInput("unknown_type", zh="未知的帧类型。", en="Unknown frame type.")


def _bad_id() -> InvalidInput:
    return InvalidInput("bad_id", zh="编号必须是整数。", en="The id must be an integer.")


@database_sync_to_async
def _load_consultation(user, consultation_id: int) -> Consultation | None:
    try:
        return selectors.get_consultation(user, consultation_id)
    except Consultation.DoesNotExist:
        return None


@database_sync_to_async
def _history(consultation_id: int, after: int) -> dict:
    consultation = Consultation.objects.get(pk=consultation_id)
    page = settings.CHAT_HISTORY_PAGE
    messages = list(selectors.consultation_messages(consultation, after_seq=after)[: page + 1])
    return {
        "type": "history",
        "after": after,
        "messages": [frames.message_frame(m) for m in messages[:page]],
        "has_more": len(messages) > page,
        "consultation": frames.consultation_frame(consultation),
        "triage": frames.triage_frame(consultation)["assessment"] if consultation.triage else None,
    }


@database_sync_to_async
def _record(user, consultation_id: int, content: dict) -> tuple[tuple[dict, ...], list]:
    """Store the message; returns the events for the sender's own socket (a new message's
    echo and triage frame, which the group gets too, or a resend's confirmation, which the
    group has had) and the task enqueues held until they are sent."""
    with events.in_background(), services.enqueues_held() as held:
        recorded = services.record_message(
            user=user,
            consultation_id=consultation_id,
            client_id=content.get("client_id"),
            text=content.get("text"),
        )
    if recorded.created:
        return recorded.published, held
    confirmation = {"type": "message", "duplicate": True}
    confirmation["message"] = frames.message_frame(recorded.message)
    return ({"type": "frame.send", "frame": confirmation},), held


# Close codes counted by their number; any other code a client sends is counted as "other".
_COUNTED_CLOSE_CODES = frozenset(
    {1000, 1001, 1005, 1006, 1011, 1012, CLOSE_UNAUTHENTICATED, CLOSE_FORBIDDEN, CLOSE_NOT_FOUND}
)


class MeteredConsumer(AsyncJsonWebsocketConsumer):
    """Counts connections, frames and close codes (gp_websocket_* metrics) per consumer."""

    async def websocket_connect(self, message: dict) -> None:
        """Count the socket as open before the consumer decides to keep or refuse it."""
        name = type(self).__name__
        metrics.WEBSOCKET_CONNECTIONS.labels(consumer=name).inc()
        metrics.WEBSOCKET_OPEN.labels(consumer=name).inc()
        await super().websocket_connect(message)

    async def websocket_receive(self, message: dict) -> None:
        """Count the frame, then handle it."""
        metrics.WEBSOCKET_FRAMES.labels(consumer=type(self).__name__).inc()
        await super().websocket_receive(message)

    async def dispatch(self, message: dict) -> None:
        """Forward the services' events (``frame.send``) without Channels' detour: its
        dispatch first runs ``close_old_connections`` on the one thread that runs every
        socket's database work, for every event. With 20 drafts streaming that was about 200
        hops a second, 14% of the web process's CPU (median 0.315 -> 0.27 cores, eight paired
        benchmark runs, 2026-12-06). Forwarding touches no database; the handlers that do use
        ``database_sync_to_async``, which closes old connections itself before and after."""
        if message["type"] == "frame.send":
            await self.frame_send(message)
            return
        await super().dispatch(message)

    async def frame_send(self, event: dict) -> None:
        """Forward a frame the services published to this socket's group."""
        raise NotImplementedError

    async def close(self, code: int | bool | None = None, reason: str | None = None) -> None:
        """Remember our own close code: the disconnect that follows carries the peer's."""
        if code is not True:  # True: Channels' "close normally"
            self.server_close_code = code
        await super().close(code=code, reason=reason)

    async def websocket_disconnect(self, message: dict) -> None:
        """Count the close (ours if we closed, else the client's code), then leave."""
        name = type(self).__name__
        code = getattr(self, "server_close_code", None) or message.get("code")
        metrics.WEBSOCKET_CLOSES.labels(
            consumer=name, code=str(code) if code in _COUNTED_CLOSE_CODES else "other"
        ).inc()
        metrics.WEBSOCKET_OPEN.labels(consumer=name).dec()
        await super().websocket_disconnect(message)


class ConsultationConsumer(MeteredConsumer):
    """The chat of one consultation, at /ws/consultations/<id>/."""

    async def connect(self) -> None:
        """Accept only a signed-in user who may see the consultation."""
        events.bind_server_loop()
        user = self.scope["user"]
        self.consultation_id = int(self.scope["url_route"]["kwargs"]["consultation_id"])
        self.group = events.consultation_group(self.consultation_id)
        await self.accept()
        if not user.is_authenticated:
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        if await _load_consultation(user, self.consultation_id) is None:
            await self.close(code=CLOSE_NOT_FOUND)
            return
        # Ids of events this socket already got straight from its own message (see _post).
        self.delivered: deque[str] = deque(maxlen=_DELIVERED_MEMORY)
        # The newest triage this socket was sent: an older one arriving late is not shown.
        self.triage_seq = 0
        await self.channel_layer.group_add(self.group, self.channel_name)
        self.joined = True
        await self.send_json({"type": "hello", "consultation": self.consultation_id})

    async def disconnect(self, code: int) -> None:
        """Leave the group."""
        if getattr(self, "joined", False):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        """Parse the frame ourselves so bad JSON gets an error frame, not a dropped socket."""
        content = _parse_frame(
            text_data, limit=settings.CHAT_MESSAGE_MAX_CHARS * 4 + _FRAME_OVERHEAD
        )
        if isinstance(content, InvalidInput):
            await self.send_json(_error(content))
            return
        await self.receive_json(content)

    async def receive_json(self, content: dict, **kwargs) -> None:
        """Dispatch on the frame's type."""
        kind = content["type"]
        if kind == "message":
            await self._post(content)
        elif kind == "resume":
            after = content.get("after", 0)
            if not isinstance(after, int) or isinstance(after, bool) or after < 0:
                await self.send_json(
                    _error(
                        InvalidInput(
                            "bad_after",
                            zh="after 必须是非负整数。",
                            en="after must be a non-negative integer.",
                        )
                    )
                )
                return
            history = await _history(self.consultation_id, after)
            if history["triage"]:
                self.triage_seq = max(self.triage_seq, history["triage"].get("seq") or 0)
            await self.send_json(history)
        elif kind == "ping":
            await self.send_json({"type": "pong"})
        else:
            await self.send_json(_error(_unknown_type(), frame_type=kind[:40]))

    async def _post(self, content: dict) -> None:
        """Store a message and send its echo and triage frame straight back once committed:
        rule 2's triage frame should not wait for a round trip through the channel layer
        (under load most of its latency), nor for the draft's task to reach the broker, and
        the sender still gets both when the layer is down. The group's copies of those
        events are skipped by id when they arrive."""
        try:
            replies, held = await _record(self.scope["user"], self.consultation_id, content)
        except ServiceError as exc:
            client_id = content.get("client_id")
            await self.send_json(
                _error(exc, client_id=client_id if isinstance(client_id, str) else None)
            )
            return
        try:
            for event in replies:
                if "id" in event:
                    self.delivered.append(event["id"])
                await self._forward(event["frame"])
        finally:
            if held:  # the draft's task, to the broker once the triage frame is on its way
                loop = asyncio.get_running_loop()
                await loop.run_in_executor(None, services.run_enqueues, held)

    async def frame_send(self, event: dict) -> None:
        """Forward a frame the services published to this consultation's group."""
        if event.get("id") in self.delivered:
            self.delivered.remove(event["id"])
            return
        await self._forward(event["frame"])

    async def _forward(self, frame: dict) -> None:
        """Send a frame, except a triage frame older than one already sent: events from
        different messages can arrive out of commit order (one came straight back, another
        through the layer), and the page must never fall back to a stale assessment."""
        if frame["type"] == "triage":
            seq = frame["assessment"].get("seq") or 0
            if seq < self.triage_seq:
                return
            self.triage_seq = seq
        await self.send_json(frame)


@database_sync_to_async
def _queue_snapshot(gp) -> dict:
    items = [frames.queue_item_frame(s) for s in selectors.review_queue(gp)[:200]]
    locks = services.review_locks([item["id"] for item in items])
    for item in items:
        item["locked_by"] = locks.get(item["id"])
    return {"type": "queue", "items": items}


class ReviewQueueConsumer(MeteredConsumer):
    """A supervising GP's live review queue, at /ws/review/.

    Client frames: {"type": "open", "suggestion": id} (advisory lock other GPs see),
    {"type": "release", "suggestion": id}, {"type": "refresh"}, {"type": "ping"}.
    Server frames: "queue" (snapshot), "queue.item", "queue.removed", "queue.lock",
    "queue.alarm", "opened", "error", "pong"."""

    # Without a beat process (the embedded mode) a watching GP's socket checks for overdue
    # emergencies this often; in production Celery beat does it regardless.
    escalation_check_seconds = 30

    async def connect(self) -> None:
        """Accept signed-in GPs only, and join their health centre's queue group."""
        events.bind_server_loop()
        user = self.scope["user"]
        await self.accept()
        if not user.is_authenticated:
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        if user.role != user.Role.GP:
            await self.close(code=CLOSE_FORBIDDEN)
            return
        self.group = events.review_group(user.clinic_id)
        self.opened: set[int] = set()
        await self.channel_layer.group_add(self.group, self.channel_name)
        self.joined = True
        await self.send_json(await _queue_snapshot(user))
        if settings.CELERY_TASK_ALWAYS_EAGER:
            self.ticker = asyncio.ensure_future(self._check_escalations())

    async def disconnect(self, code: int) -> None:
        """Release this socket's locks and leave the group."""
        if hasattr(self, "ticker"):
            self.ticker.cancel()
        if getattr(self, "joined", False):
            for suggestion_id in self.opened:
                await database_sync_to_async(services.release_review_lock)(
                    gp=self.scope["user"], suggestion_id=suggestion_id
                )
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        """Parse frames; malformed ones get an error frame."""
        content = _parse_frame(text_data, limit=_FRAME_OVERHEAD)
        if isinstance(content, InvalidInput):
            await self.send_json(_error(content))
            return
        kind, suggestion_id = content["type"], content.get("suggestion")
        if kind == "ping":
            await self.send_json({"type": "pong"})
        elif kind == "refresh":
            await self.send_json(await _queue_snapshot(self.scope["user"]))
        elif kind in ("open", "release"):
            if not isinstance(suggestion_id, int) or isinstance(suggestion_id, bool):
                await self.send_json(_error(_bad_id()))
                return
            await self._lock(kind, suggestion_id)
        else:
            await self.send_json(_error(_unknown_type(), frame_type=kind[:40]))

    async def _lock(self, kind: str, suggestion_id: int) -> None:
        user = self.scope["user"]
        if kind == "release":
            await database_sync_to_async(services.release_review_lock)(
                gp=user, suggestion_id=suggestion_id
            )
            self.opened.discard(suggestion_id)
            return
        try:
            result = await database_sync_to_async(services.open_for_review)(
                gp=user, suggestion_id=suggestion_id
            )
        except ServiceError as exc:
            await self.send_json(_error(exc))
            return
        if result["locked_by"]["gp"] == user.pk:
            self.opened.add(suggestion_id)
        await self.send_json({"type": "opened", **result})

    async def _check_escalations(self) -> None:
        while True:
            await asyncio.sleep(self.escalation_check_seconds)
            await database_sync_to_async(services.escalate_overdue_emergencies)()

    async def frame_send(self, event: dict) -> None:
        """Forward a queue event published by the services."""
        await self.send_json(event["frame"])
