"""knowledge.llm against a real llama.cpp server (SmolLM2-135M-Instruct) and, for the
failures a real server will not produce on demand, against a local fake server that
speaks the same protocol.

Documented behaviour: with a schema, output that does not parse or does not match the
schema raises LLMUnavailable (invalid_json / schema_mismatch); `data` is None only when
no schema was asked for."""

from __future__ import annotations

import time

import jsonschema
import pytest

from knowledge import llm
from knowledge.llm import LLMUnavailable, complete, failure_counts, server_ready
from tests.processes import free_port

# The fixtures (fake_llm, llama_llm) live in modules of their own so that the pipeline
# tests can use them too.
pytest_plugins = ["tests.knowledge.fake_llm_server", "tests.knowledge.llm_server"]

SYSTEM = "You are a careful assistant. Answer briefly."

TRIAGE_SCHEMA = {
    "type": "object",
    "properties": {
        "level": {"type": "string", "enum": ["emergency", "urgent", "non_urgent", "self_care"]},
        "reason": {"type": "string", "maxLength": 200},
    },
    "required": ["level", "reason"],
    "additionalProperties": False,
}

# Deadlines are enforced by the client, so they hold to within scheduling noise.
MARGIN = 0.35


def _fails(reason: str, **kwargs) -> tuple[LLMUnavailable, float]:
    started = time.monotonic()
    with pytest.raises(LLMUnavailable) as caught:
        complete(system=SYSTEM, user="Hello", **kwargs)
    elapsed = time.monotonic() - started
    assert caught.value.reason == reason, caught.value
    return caught.value, elapsed


# --- the real llama.cpp server ----------------------------------------------------------


def test_real_server_streams_deltas_then_a_completion_with_provenance(llama_llm, settings):
    deltas: list[str] = []
    result = complete(
        system=SYSTEM,
        user="Name three common symptoms of a cold.",
        on_delta=deltas.append,
        max_tokens=48,
    )
    assert len(deltas) >= 3
    assert "".join(deltas) == result.text
    assert result.data is None
    assert result.model_id == settings.LLM_MODEL  # the server's --model_alias
    # llama.cpp's server sends no usage in a stream: prompt tokens unknown, completion
    # tokens counted from its one-token chunks.
    assert result.prompt_tokens is None or result.prompt_tokens > 10
    assert result.completion_tokens == len(deltas)
    assert 0 < result.completion_tokens <= 48
    assert result.first_token_ms is not None
    assert 0 <= result.first_token_ms <= result.total_ms


def test_real_server_schema_constrained_output_parses_and_validates(llama_llm, settings):
    result = complete(
        system=SYSTEM,
        user="A patient has a mild runny nose for two days. Give the triage level as JSON.",
        schema=TRIAGE_SCHEMA,
        max_tokens=120,
    )
    assert isinstance(result.data, dict)
    jsonschema.validate(result.data, TRIAGE_SCHEMA)
    assert result.first_token_ms is None  # not streamed
    assert result.model_id == settings.LLM_MODEL
    assert result.prompt_tokens and result.prompt_tokens > 10
    assert result.completion_tokens and result.completion_tokens <= 120


def test_real_server_streams_schema_constrained_output(llama_llm):
    # The response_format travels in the request body, not through langchain-openai's
    # beta stream helper, so a streamed constrained answer arrives whole.
    deltas: list[str] = []
    result = complete(
        system=SYSTEM,
        user="A patient has had a mild cough for three days. Give the triage level as JSON.",
        schema=TRIAGE_SCHEMA,
        on_delta=deltas.append,
        max_tokens=120,
    )
    assert len(deltas) >= 3
    jsonschema.validate(result.data, TRIAGE_SCHEMA)
    assert result.first_token_ms is not None


def test_real_server_is_ready(llama_llm):
    assert server_ready() is True


# --- the protocol, against the fake server ----------------------------------------------


def test_streamed_call_sends_max_tokens_and_reports_usage(fake_llm):
    deltas: list[str] = []
    result = complete(system=SYSTEM, user="Hi", on_delta=deltas.append, max_tokens=64)
    assert deltas == ["Hello ", "from t", "he fak", "e serv", "er."]
    assert result.text == "Hello from the fake server."
    assert (result.model_id, result.prompt_tokens, result.completion_tokens) == (
        "fake-model-1",
        11,
        5,
    )
    body = fake_llm.requests[0]
    assert body["max_tokens"] == 64  # llama.cpp ignores max_completion_tokens
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert body["model"] == "fake-model-1"


def test_system_prompt_is_sent_byte_identical(fake_llm):
    complete(system=SYSTEM, user="first")
    complete(system=SYSTEM, user="second", on_delta=lambda _d: None)
    systems = [r["messages"][0] for r in fake_llm.requests]
    assert systems == [{"role": "system", "content": SYSTEM}] * 2


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (
            "json_schema",
            {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": TRIAGE_SCHEMA, "strict": True},
            },
        ),
        ("json_object_schema", {"type": "json_object", "schema": TRIAGE_SCHEMA}),
        ("none", None),
    ],
)
def test_schema_is_requested_in_the_configured_dialect(fake_llm, settings, mode, expected):
    settings.LLM_STRUCTURED_OUTPUT = mode
    fake_llm.reset(content='{"level": "self_care", "reason": "mild"}')
    result = complete(system=SYSTEM, user="Hi", schema=TRIAGE_SCHEMA)
    assert result.data == {"level": "self_care", "reason": "mild"}
    assert fake_llm.requests[0].get("response_format") == expected


def test_code_fenced_json_is_parsed(fake_llm):
    fake_llm.reset(content='```json\n{"level": "urgent", "reason": "fever"}\n```')
    result = complete(system=SYSTEM, user="Hi", schema=TRIAGE_SCHEMA, on_delta=lambda _d: None)
    assert result.data == {"level": "urgent", "reason": "fever"}


def test_malformed_json_raises_invalid_json(fake_llm):
    fake_llm.reset(content='{"level": "urgent", "reason": ')
    _fails("invalid_json", schema=TRIAGE_SCHEMA, on_delta=lambda _d: None)


def test_json_that_breaks_the_schema_raises_schema_mismatch(fake_llm):
    fake_llm.reset(content='{"level": "whenever", "reason": "x"}')
    error, _ = _fails("schema_mismatch", schema=TRIAGE_SCHEMA)
    assert "level" in error.detail


def test_empty_output_raises(fake_llm):
    fake_llm.reset(content=" ")
    _fails("empty_output")


def test_stalled_server_fails_at_the_overall_deadline(fake_llm):
    fake_llm.reset(mode="hang")
    _, elapsed = _fails("timeout", timeout=1.0)
    assert 0.95 <= elapsed < 1.0 + MARGIN


def test_trickling_stream_fails_at_the_overall_deadline(fake_llm):
    fake_llm.reset(mode="trickle", token_interval=0.05)
    deltas: list[str] = []
    _, elapsed = _fails("timeout", timeout=1.0, on_delta=deltas.append)
    assert len(deltas) > 5
    assert 0.95 <= elapsed < 1.0 + MARGIN


def test_slow_first_token_fails_at_the_first_token_deadline(fake_llm, settings):
    settings.LLM_FIRST_TOKEN_TIMEOUT_SECONDS = 0.5
    fake_llm.reset(first_token_delay=3.0)
    _, elapsed = _fails("first_token_timeout", timeout=5.0, on_delta=lambda _d: None)
    assert 0.45 <= elapsed < 0.5 + MARGIN


def test_slow_first_token_within_the_deadline_is_measured(fake_llm, settings):
    settings.LLM_FIRST_TOKEN_TIMEOUT_SECONDS = 2.0
    fake_llm.reset(first_token_delay=0.4)
    result = complete(system=SYSTEM, user="Hi", on_delta=lambda _d: None)
    assert 400 <= result.first_token_ms < 400 + MARGIN * 1000
    assert result.total_ms >= result.first_token_ms


def test_http_500_fails_fast_without_retry(fake_llm):
    fake_llm.reset(mode="http_error", status=500)
    error, elapsed = _fails("http_error", on_delta=lambda _d: None)
    assert error.status == 500
    assert elapsed < 0.3
    assert len(fake_llm.requests) == 1


def test_http_503_is_retried_once(fake_llm):
    fake_llm.reset(mode="http_error", status=503, fail_times=1)
    result = complete(system=SYSTEM, user="Hi")
    assert result.text == "Hello from the fake server."
    assert len(fake_llm.requests) == 2


def test_persistent_503_gives_up_after_the_bounded_retry(fake_llm):
    fake_llm.reset(mode="http_error", status=503)
    _, elapsed = _fails("http_error")
    assert len(fake_llm.requests) == 2
    assert elapsed < 0.5


def test_connection_dropped_mid_stream(fake_llm):
    fake_llm.reset(mode="drop_mid_stream")
    deltas: list[str] = []
    _fails("dropped", on_delta=deltas.append)
    assert deltas == ["Hello "]


def test_connection_dropped_before_the_response(fake_llm):
    fake_llm.reset(mode="drop_before_response")
    _, elapsed = _fails("connection")
    assert elapsed < 0.5


def test_server_down_fails_in_milliseconds(fake_llm, settings):
    settings.LLM_BASE_URL = f"http://127.0.0.1:{free_port()}/v1"
    for streamed in (None, lambda _d: None):
        _, elapsed = _fails("connection", on_delta=streamed)
        assert elapsed < 0.5


def test_not_configured_raises(settings):
    settings.LLM_BASE_URL = None
    _fails("not_configured")


def test_failures_are_counted_by_reason(fake_llm):
    before = failure_counts()
    fake_llm.reset(mode="http_error", status=500)
    _fails("http_error")
    _fails("http_error")
    fake_llm.reset(content="not json")
    _fails("invalid_json", schema=TRIAGE_SCHEMA)
    after = failure_counts()
    assert after.get("http_error", 0) - before.get("http_error", 0) == 2
    assert after.get("invalid_json", 0) - before.get("invalid_json", 0) == 1


def test_server_ready_checks_the_served_model(fake_llm, settings):
    assert server_ready() is True
    settings.LLM_MODEL = "some-other-model"
    assert server_ready() is False
    settings.LLM_BASE_URL = f"http://127.0.0.1:{free_port()}/v1"
    started = time.monotonic()
    assert server_ready() is False
    assert time.monotonic() - started < 0.5
    settings.LLM_BASE_URL = None
    assert server_ready() is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1}', {"a": 1}),
        ('```json\n{"a": 1}\n```', {"a": 1}),
        ('Sure! {"a": {"b": [1, 2]}} hope this helps', {"a": {"b": [1, 2]}}),
        ("[1, 2]", None),
        ('{"a": ', None),
        ("", None),
    ],
)
def test_parse_json_object_tolerates_wrapping_but_not_garbage(text, expected):
    assert llm.parse_json_object(text) == expected
