"""Connect Channels' WebsocketCommunicator to the real ASGI application as a signed-in user."""

from __future__ import annotations

import json

from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from gp_assistant.asgi import application

ORIGIN = b"http://127.0.0.1:8000"


@sync_to_async
def session_cookie(user) -> str:
    """A session id for `user`, as the browser would hold after logging in."""
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


async def connect(
    path: str, user=None, *, origin: bytes = ORIGIN
) -> tuple[WebsocketCommunicator, bool, int | None]:
    """Open a socket; returns (communicator, accepted, close code if it was refused). The
    server's first frame ("hello", or the queue snapshot) is kept as `communicator.first`."""
    headers = [(b"origin", origin), (b"host", b"127.0.0.1:8000")]
    if user is not None:
        headers.append((b"cookie", f"sessionid={await session_cookie(user)}".encode()))
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, _ = await communicator.connect(timeout=5)
    if not connected:
        return communicator, False, None
    first = await communicator.receive_output(timeout=5)
    if first["type"] == "websocket.close":
        return communicator, False, first.get("code")
    assert first["type"] == "websocket.send"
    communicator.first = json.loads(first["text"])
    return communicator, True, None
