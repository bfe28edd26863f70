"""A tiny threaded HTTP server that speaks the OpenAI chat-completions protocol, with
misbehaviour a test chooses: slow first token, a stall, a trickle, malformed JSON, HTTP
errors, a dropped connection. The real-model tests use llama.cpp's server instead; this
one exists for the failures a real server will not produce on demand."""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

# A complete draft in the schema of knowledge/schema.py for a chest-pain emergency, citing the
# first retrieved passage (always present): what the fake server streams in end-to-end tests.
CHEST_PAIN_DRAFT = {
    "language": "zh",
    "assessment": {
        "summary": "胸痛伴大汗、低血压，考虑急性冠脉综合征，属危急情况。",
        "citations": ["P1"],
    },
    "triage_level": "emergency",
    "differential": [
        {
            "condition": "急性冠脉综合征",
            "likelihood": "high",
            "supporting_facts": ["胸痛30分钟", "大汗"],
            "citations": ["P1"],
        }
    ],
    "next_questions": [{"question": "疼痛是否放射到左臂或下颌？", "citations": ["P1"]}],
    "examinations": [{"name": "心电图", "reason": "尽快排查心肌梗死", "citations": ["P1"]}],
    "management": [
        {"advice": "立即呼叫120，保持患者安静平卧，监测生命体征。", "citations": ["P1"]}
    ],
    "tcm_option": None,
    "referral": {"advice": "立即转上级医院胸痛中心。", "citations": ["P1"]},
    "patient_advice": [{"advice": "不要自行走动，等待急救。", "citations": ["P1"]}],
    "return_precautions": [{"advice": "出现意识不清立即呼叫120。", "citations": ["P1"]}],
}


@dataclass
class Behaviour:
    """What the server does with the next chat-completions request."""

    # ok | http_error | hang | trickle | drop_before_response | drop_mid_stream
    mode: str = "ok"
    content: str = "Hello from the fake server."
    deltas: int = 5  # streamed replies split content into this many pieces
    first_token_delay: float = 0.0  # seconds before the first content delta (or the body)
    token_interval: float = 0.0  # seconds between later deltas (trickle uses this)
    status: int = 500  # for http_error
    fail_times: int | None = None  # http_error only for the first N requests, then ok
    model_id: str = "fake-model-1"
    send_usage: bool = True


@dataclass
class FakeLLMServer:
    """Handle the tests hold: base_url, the behaviour to set, and the requests it saw."""

    base_url: str
    port: int
    behaviour: Behaviour = field(default_factory=Behaviour)
    requests: list[dict[str, Any]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self, **changes: Any) -> Behaviour:
        """Replace the behaviour (defaults plus changes) and forget recorded requests."""
        with self.lock:
            self.behaviour = Behaviour(**changes)
            self.requests.clear()
            return self.behaviour


def _split(text: str, pieces: int) -> list[str]:
    pieces = max(1, min(pieces, len(text)))
    size = -(-len(text) // pieces)
    return [text[i : i + size] for i in range(0, len(text), size)]


def _handler_for(server: FakeLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in separate writes; without this, Nagle's algorithm
            # and delayed ACKs add ~40 ms to every non-streamed reply.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep pytest output clean

        # --- helpers ---------------------------------------------------------------
        def _send_json(self, status: int, body: dict[str, Any]) -> None:
            raw = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def _chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

        def _sse(self, payload: dict[str, Any] | str) -> None:
            text = payload if isinstance(payload, str) else json.dumps(payload)
            self._chunk(f"data: {text}\n\n".encode())

        def _wait(self, seconds: float) -> bool:
            """Sleep, but wake when the server stops; True if the server is stopping."""
            return server.stop.wait(seconds) if seconds > 0 else server.stop.is_set()

        def _drop(self) -> None:
            # Close without finishing the response, as a crashed server or a proxy that
            # gives up does. A FIN, not a RST: a RST would discard the chunks already sent
            # from the client's receive buffer and make the test depend on timing.
            self.connection.shutdown(socket.SHUT_RDWR)
            self.connection.close()
            self.close_connection = True

        # --- endpoints -------------------------------------------------------------
        def do_GET(self) -> None:
            if self.path.rstrip("/").endswith("/models"):
                b = server.behaviour
                self._send_json(
                    200, {"object": "list", "data": [{"id": b.model_id, "object": "model"}]}
                )
            else:
                self._send_json(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            with server.lock:
                server.requests.append(body)
                b = server.behaviour
                seen = len(server.requests)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send_json(404, {"error": {"message": "not found"}})
                return
            mode = b.mode
            if mode == "http_error" and b.fail_times is not None and seen > b.fail_times:
                mode = "ok"
            if mode == "http_error":
                self._send_json(
                    b.status, {"error": {"message": "fake failure", "type": "server_error"}}
                )
                return
            if mode == "drop_before_response":
                self._drop()
                return
            if mode == "hang":
                self._wait(3600)
                self.close_connection = True
                return
            if body.get("stream"):
                self._stream(b, mode, body)
            else:
                if self._wait(b.first_token_delay):
                    return
                self._send_json(200, self._completion(b))

        def _completion(self, b: Behaviour) -> dict[str, Any]:
            return {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": b.model_id,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": b.content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
            }

        def _stream(self, b: Behaviour, mode: str, body: dict[str, Any]) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            base = {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": b.model_id,
            }
            # vLLM opens with a role-only delta; a first-token deadline must not count it.
            self._sse(
                {
                    **base,
                    "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}],
                }
            )
            if self._wait(b.first_token_delay):
                return
            pieces = _split(b.content, b.deltas)
            for number, piece in enumerate(pieces):
                if number and self._wait(b.token_interval):
                    return
                if mode == "drop_mid_stream" and number == 1:
                    self._drop()
                    return
                self._sse({**base, "choices": [{"index": 0, "delta": {"content": piece}}]})
            if mode == "trickle":
                while not self._wait(b.token_interval):
                    self._sse({**base, "choices": [{"index": 0, "delta": {"content": "."}}]})
                return
            self._sse({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            include_usage = (body.get("stream_options") or {}).get("include_usage")
            if b.send_usage and include_usage:
                usage = {"prompt_tokens": 11, "completion_tokens": len(pieces), "total_tokens": 0}
                usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
                self._sse({**base, "choices": [], "usage": usage})
            self._sse("[DONE]")
            self._chunk(b"")

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 drops connections when a dozen drafts connect at
    # once, and the client's SYN retry comes after its connect timeout; vLLM's is 2048.
    request_queue_size = 128

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.open_sockets: set[socket.socket] = set()
        self.open_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.open_lock:
            self.open_sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.open_lock:
            self.open_sockets.discard(request)
        super().shutdown_request(request)

    def drop_open_connections(self) -> None:
        """Cut kept-alive connections too: a stopped server must not answer on them."""
        with self.open_lock:
            sockets = list(self.open_sockets)
        for sock in sockets:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up (a closed stream, a cancelled request) are part of the tests.
        if not isinstance(sys.exc_info()[1], (ConnectionError, OSError)):
            super().handle_error(request, client_address)


def start_fake_llm_server(
    fake: FakeLLMServer | None = None,
) -> tuple[FakeLLMServer, Callable[[], None]]:
    """Serve `fake` on its port again (a restart; its behaviour and requests are kept), or a
    new fake on a free port; returns it and a function that stops it (connections cut, hung
    handlers woken), after which the port refuses connections as a crashed server's does."""
    httpd = _QuietServer(("127.0.0.1", fake.port if fake else 0), BaseHTTPRequestHandler)
    if fake is None:
        port = httpd.server_address[1]
        fake = FakeLLMServer(base_url=f"http://127.0.0.1:{port}/v1", port=port)
    fake.stop.clear()
    httpd.RequestHandlerClass = _handler_for(fake)
    thread = threading.Thread(
        target=httpd.serve_forever,
        kwargs={"poll_interval": 0.05},
        name="fake-llm-server",
        daemon=True,
    )
    thread.start()

    def stop() -> None:
        fake.stop.set()
        httpd.shutdown()
        httpd.server_close()
        httpd.drop_open_connections()
        thread.join(timeout=5)

    return fake, stop


@contextmanager
def running_fake_llm_server() -> Iterator[FakeLLMServer]:
    """Start the fake server on a free local port; stop it (and wake hung handlers) after."""
    fake, stop = start_fake_llm_server()
    try:
        yield fake
    finally:
        stop()


@pytest.fixture(scope="module")
def fake_llm_server_module() -> Iterator[FakeLLMServer]:
    """One fake server per test module."""
    with running_fake_llm_server() as fake:
        yield fake


@pytest.fixture
def fake_llm(fake_llm_server_module: FakeLLMServer, settings) -> FakeLLMServer:
    """The fake server, reset to good behaviour, with the LLM settings pointing at it."""
    fake_llm_server_module.reset()
    settings.LLM_BASE_URL = fake_llm_server_module.base_url
    settings.LLM_MODEL = "fake-model-1"
    settings.LLM_API_KEY = "test-key"
    settings.LLM_TIMEOUT_SECONDS = 5.0
    settings.LLM_FIRST_TOKEN_TIMEOUT_SECONDS = 5.0
    settings.LLM_STRUCTURED_OUTPUT = "json_schema"
    return fake_llm_server_module
