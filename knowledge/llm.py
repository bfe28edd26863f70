"""The only code that talks to a model server: any OpenAI-compatible chat-completions
endpoint (vLLM in production, llama.cpp's server in tests) through langchain-openai.

Every failure (server down, timeout, HTTP error, dropped stream, empty or invalid output)
becomes `LLMUnavailable` with a short reason code, fast, so that the caller can fall back
to the extractive engine within its 2-second budget. Failures are counted per reason.

Settings (read on every call, all optional except LLM_BASE_URL):
  LLM_BASE_URL                     None means "no model server" (the caller goes extractive)
  LLM_MODEL, LLM_API_KEY
  LLM_TIMEOUT_SECONDS              overall deadline per call (30)
  LLM_FIRST_TOKEN_TIMEOUT_SECONDS  streamed calls: deadline for the first content delta (10)
  LLM_MAX_RETRIES                  retries of 429/502/503/504 before any output (1)
  LLM_STRUCTURED_OUTPUT            json_schema (vLLM) | json_object_schema (llama.cpp) | none
  LLM_TEMPERATURE                  (0.2)

Reason codes: not_configured, connection (refused, reset before any answer), timeout,
first_token_timeout, http_error (with .status), dropped (stream cut off), server_error,
protocol_error, empty_output, invalid_json, schema_mismatch.

The first call in a process builds the HTTP client (a few hundred ms, CA bundle); a worker
calls server_ready() as it starts (answers.warm_up) to take that off the first draft.
"""

from __future__ import annotations

import json
import logging
import queue
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jsonschema
import openai
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from langchain_openai import ChatOpenAI

from gp_assistant.metrics import LLM_FAILURES

logger = logging.getLogger(__name__)

STRUCTURED_OUTPUT_MODES = ("json_schema", "json_object_schema", "none")
# Statuses where another attempt can land on a healthy replica or a freed slot. A 500 is
# a server bug that repeats, and connection refused means the server is down: neither is
# retried, so that the caller's fallback starts at once.
_RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
_RETRY_PAUSE_SECONDS = 0.1
# The model server sits on the clinic network's LAN; a slow connect means it is gone.
_CONNECT_TIMEOUT_SECONDS = 1.0


class LLMUnavailable(Exception):
    """The model server gave no usable answer; `reason` is a short code for counting."""

    def __init__(self, reason: str, detail: str = "", *, status: int | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.status = status


@dataclass(frozen=True)
class Completion:
    """One finished model answer, with what provenance needs."""

    text: str
    data: dict | None  # parsed and schema-valid JSON when a schema was given
    model_id: str  # as reported by the server
    prompt_tokens: int | None  # None when the server did not report usage
    # As reported; for a stream without usage (llama.cpp's server ignores stream_options),
    # the number of content chunks, which such servers send one per token.
    completion_tokens: int | None
    first_token_ms: int | None  # streamed calls only, from the call's start
    total_ms: int


def failure_counts() -> dict[str, int]:
    """A snapshot of this process's failures since it started, by reason code (read from
    the gp_llm_failures_total metric, the one place they are counted)."""
    return {
        sample.labels["reason"]: int(sample.value)
        for metric in LLM_FAILURES.collect()
        for sample in metric.samples
        if sample.name.endswith("_total")
    }


def server_ready(timeout: float = 2.0) -> bool:
    """True when the model server answers GET /models and lists LLM_MODEL."""
    if not getattr(settings, "LLM_BASE_URL", None):
        return False
    try:
        client = _chat_model().root_client.with_options(timeout=timeout, max_retries=0)
        ids = [model.id for model in client.models.list()]
    except openai.OpenAIError as exc:
        logger.info("LLM server not ready: %s", type(exc).__name__)
        return False
    if settings.LLM_MODEL not in ids:
        # vLLM answers 404 to a request for a model it does not serve: not ready for us.
        logger.warning("LLM server serves %s, not LLM_MODEL=%r", ids, settings.LLM_MODEL)
        return False
    return True


def parse_json_object(text: str) -> dict | None:
    """The first JSON object in text (code fences tolerated), or None."""
    stripped = text.strip()
    if stripped.startswith("```"):
        stripped = stripped.split("\n", 1)[1] if "\n" in stripped else ""
        stripped = stripped.rsplit("```", 1)[0]
    start = stripped.find("{")
    if start < 0:
        return None
    try:
        value, _end = json.JSONDecoder().raw_decode(stripped, start)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def complete(
    *,
    system: str,
    user: str,
    schema: dict | None = None,
    on_delta: Callable[[str], None] | None = None,
    max_tokens: int = 800,
    timeout: float | None = None,
) -> Completion:
    """Ask the model server; stream deltas to on_delta if given; raise LLMUnavailable on failure.

    With a schema, the answer must parse as JSON and validate against it, or the call fails
    with reason invalid_json / schema_mismatch (data is never None when a schema was given).
    """
    started = time.monotonic()
    if not getattr(settings, "LLM_BASE_URL", None):
        raise _failure("not_configured", "LLM_BASE_URL is not set", started)
    total = float(timeout if timeout is not None else settings.LLM_TIMEOUT_SECONDS)
    deadline = started + total
    first_token_deadline = started + min(
        total, float(getattr(settings, "LLM_FIRST_TOKEN_TIMEOUT_SECONDS", 10.0))
    )
    extra_body = _extra_body(schema, max_tokens)
    messages = [("system", system), ("human", user)]
    retries = int(getattr(settings, "LLM_MAX_RETRIES", 1))

    for attempt in range(retries + 1):
        state = _Attempt(started, deadline, first_token_deadline, on_delta)
        try:
            state.run(_chat_model(), messages, extra_body)
            break
        except LLMUnavailable as exc:
            retry = (
                attempt < retries
                and not state.text_parts
                and exc.status in _RETRYABLE_STATUSES
                and deadline - time.monotonic() > 2 * _RETRY_PAUSE_SECONDS
            )
            if not retry:
                raise _failure(exc.reason, exc.detail, started, status=exc.status) from exc
            logger.info("LLM attempt %d failed (%s); retrying", attempt + 1, exc)
            time.sleep(_RETRY_PAUSE_SECONDS)

    text = "".join(state.text_parts)
    if not text.strip():
        raise _failure("empty_output", "the server returned no text", started)
    data = None
    if schema is not None:
        data = parse_json_object(text)
        if data is None:
            raise _failure("invalid_json", f"{len(text)} chars, no JSON object", started)
        error = jsonschema.exceptions.best_match(
            jsonschema.validators.validator_for(schema)(schema).iter_errors(data)
        )
        if error is not None:
            path = "/".join(str(p) for p in error.absolute_path)
            raise _failure("schema_mismatch", f"{path or '<root>'}: {error.message}", started)
    return Completion(
        text=text,
        data=data,
        model_id=state.model_id or settings.LLM_MODEL,
        prompt_tokens=state.prompt_tokens,
        completion_tokens=state.completion_tokens
        if state.completion_tokens is not None or on_delta is None
        else state.content_chunks,
        first_token_ms=state.first_token_ms,
        total_ms=_ms_since(started),
    )


# --- internals ---------------------------------------------------------------------------


def _ms_since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def _failure(
    reason: str, detail: str, started: float, *, status: int | None = None
) -> LLMUnavailable:
    LLM_FAILURES.labels(reason=reason).inc()
    logger.warning("LLM call failed after %d ms: %s %s", _ms_since(started), reason, detail)
    return LLMUnavailable(reason, detail, status=status)


def _extra_body(schema: dict | None, max_tokens: int) -> dict[str, Any]:
    # langchain-openai sends max_completion_tokens, which llama.cpp's server ignores; both
    # llama.cpp and vLLM honour max_tokens. response_format also goes in the body directly:
    # given as a model kwarg, langchain-openai routes through the SDK's beta parse helpers,
    # which expect OpenAI's own format.
    body: dict[str, Any] = {"max_tokens": max_tokens}
    if schema is None:
        return body
    mode = getattr(settings, "LLM_STRUCTURED_OUTPUT", "json_schema")
    if mode == "json_schema":
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": schema, "strict": True},
        }
    elif mode == "json_object_schema":
        body["response_format"] = {"type": "json_object", "schema": schema}
    elif mode != "none":
        raise ImproperlyConfigured(
            f"LLM_STRUCTURED_OUTPUT must be one of {', '.join(STRUCTURED_OUTPUT_MODES)}"
        )
    return body


def _chat_model() -> ChatOpenAI:
    return _cached_chat_model(
        settings.LLM_BASE_URL,
        settings.LLM_MODEL,
        settings.LLM_API_KEY,
        float(getattr(settings, "LLM_TEMPERATURE", 0.2)),
    )


@lru_cache(maxsize=1)
def _http_clients() -> tuple[Any, Any]:
    # Building an HTTP client loads the CA bundle (hundreds of ms). langchain-openai builds
    # a new pair per base URL; sharing one pair per process keeps that cost off every call
    # after the first, including the "server down" path that must fail in milliseconds.
    ssl_context = ssl.create_default_context()
    return (
        openai.DefaultHttpxClient(verify=ssl_context),
        openai.DefaultAsyncHttpxClient(verify=ssl_context),
    )


@lru_cache(maxsize=8)
def _cached_chat_model(base_url: str, model: str, api_key: str, temperature: float) -> ChatOpenAI:
    # One client per configuration keeps the HTTP connection pool warm between calls
    # (no TCP handshake before the first token). Retries are ours, not the SDK's: its
    # backoff would turn "connection refused" into a second-long wait.
    http_client, http_async_client = _http_clients()
    return ChatOpenAI(
        base_url=base_url,
        model=model,
        api_key=api_key,
        temperature=temperature,
        max_retries=0,
        stream_usage=True,
        http_client=http_client,
        http_async_client=http_async_client,
    )


class _Attempt:
    """One HTTP request, run on a helper thread so that deadlines hold even while the
    socket read blocks; deltas are delivered on the caller's thread."""

    def __init__(
        self,
        started: float,
        deadline: float,
        first_token_deadline: float,
        on_delta: Callable[[str], None] | None,
    ) -> None:
        self.started = started
        self.deadline = deadline
        self.first_token_deadline = first_token_deadline
        self.on_delta = on_delta
        self.text_parts: list[str] = []
        self.model_id = ""
        self.prompt_tokens: int | None = None
        self.completion_tokens: int | None = None
        self.first_token_ms: int | None = None
        self.received = False
        self.content_chunks = 0

    def run(self, llm, messages: list, extra_body: dict[str, Any]) -> None:
        streaming = self.on_delta is not None
        remaining = max(0.01, self.deadline - time.monotonic())
        # The HTTP read timeout backs up our deadlines so that an abandoned helper thread
        # ends too: for a stream it is the longest silence allowed between chunks.
        read = min(remaining, self.first_token_deadline - self.started) if streaming else remaining
        http_timeout = openai.Timeout(
            remaining, connect=min(remaining, _CONNECT_TIMEOUT_SECONDS), read=read
        )
        events: queue.SimpleQueue = queue.SimpleQueue()
        cancel = threading.Event()

        def request() -> None:
            try:
                if streaming:
                    for chunk in llm.stream(messages, extra_body=extra_body, timeout=http_timeout):
                        if cancel.is_set():
                            break  # closing the generator closes the response
                        events.put(("chunk", chunk))
                else:
                    message = llm.invoke(messages, extra_body=extra_body, timeout=http_timeout)
                    events.put(("chunk", message))
                events.put(("done", None))
            except Exception as exc:
                events.put(("error", exc))

        threading.Thread(target=request, name="llm-request", daemon=True).start()
        try:
            self._consume(events, streaming)
        finally:
            cancel.set()

    def _consume(self, events: queue.SimpleQueue, streaming: bool) -> None:
        while True:
            waiting_first = streaming and self.first_token_ms is None
            limit = (
                min(self.deadline, self.first_token_deadline) if waiting_first else self.deadline
            )
            try:
                kind, value = events.get(timeout=max(0.0, limit - time.monotonic()))
            except queue.Empty:
                if waiting_first and limit < self.deadline:
                    raise LLMUnavailable(
                        "first_token_timeout", f"no token in {limit - self.started:.1f} s"
                    ) from None
                raise LLMUnavailable(
                    "timeout", f"no complete answer in {self.deadline - self.started:.1f} s"
                ) from None
            if kind == "done":
                return
            if kind == "error":
                raise _classify(value, self.received) from value
            self._take(value, streaming)

    def _take(self, message, streaming: bool) -> None:
        self.received = True
        text = message.text
        if text:
            if self.first_token_ms is None and streaming:
                self.first_token_ms = _ms_since(self.started)
            self.text_parts.append(text)
            self.content_chunks += 1
            if self.on_delta is not None:
                self.on_delta(text)
        model_id = (message.response_metadata or {}).get("model_name")
        if model_id:
            self.model_id = model_id
        usage = message.usage_metadata
        if usage:
            self.prompt_tokens = usage.get("input_tokens", self.prompt_tokens)
            self.completion_tokens = usage.get("output_tokens", self.completion_tokens)


def _classify(exc: Exception, received: bool) -> LLMUnavailable:
    """Map what the SDK or langchain raised to a reason code."""
    if isinstance(exc, openai.APITimeoutError):
        return LLMUnavailable("timeout", "HTTP read or connect timeout")
    if isinstance(exc, openai.APIStatusError):
        return LLMUnavailable("http_error", f"HTTP {exc.status_code}", status=exc.status_code)
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__ or exc.__context__
        detail = type(cause).__name__ if cause else str(exc)
        # Once chunks arrived, a transport error means the stream was cut off.
        return LLMUnavailable("dropped" if received else "connection", detail)
    if isinstance(exc, openai.APIError):
        return LLMUnavailable("server_error", str(exc)[:200])
    return LLMUnavailable("protocol_error", f"{type(exc).__name__}: {str(exc)[:200]}")
