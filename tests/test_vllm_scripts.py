"""deploy/vllm's serve scripts refuse to start without their key or staged weights, and run
`vllm serve` offline with the flags the README documents (a stand-in `vllm` on PATH records
its arguments: no GPU here)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

VLLM = Path(__file__).resolve().parent.parent / "deploy" / "vllm"
FAKE_VLLM = (
    '#!/bin/sh\necho "HF_HUB_OFFLINE=$HF_HUB_OFFLINE VLLM_API_KEY=$VLLM_API_KEY"\necho "$@"\n'
)


def run(script: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "vllm").write_text(FAKE_VLLM)
    (bin_dir / "vllm").chmod(0o755)
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("VLLM_", "LLM_", "EMB"))}
    return subprocess.run(
        ["bash", str(VLLM / script)],
        env={**clean, "PATH": f"{bin_dir}:{os.environ['PATH']}", **env},
        capture_output=True,
        text=True,
        timeout=30,
    )


def staged(tmp_path: Path) -> str:
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "config.json").write_text("{}")
    return str(tmp_path / "model")


@pytest.mark.parametrize("script", ["serve.sh", "serve-embeddings.sh"])
def test_script_refuses_without_the_api_key_or_the_weights(script, tmp_path):
    no_key = run(script, tmp_path)
    assert no_key.returncode != 0 and "VLLM_API_KEY" in no_key.stderr
    no_weights = run(script, tmp_path, VLLM_API_KEY="k", VLLM_MODEL_DIR=str(tmp_path / "none"))
    assert no_weights.returncode != 0 and "stage the weights" in no_weights.stderr


def test_suggestion_model_is_served_offline_with_prefix_caching_and_structured_output(tmp_path):
    result = run("serve.sh", tmp_path, VLLM_API_KEY="k", VLLM_MODEL_DIR=staged(tmp_path))
    assert result.returncode == 0, result.stderr
    env_line, args = result.stdout.splitlines()
    assert env_line == "HF_HUB_OFFLINE=1 VLLM_API_KEY=k"
    assert args.startswith(f"serve {tmp_path / 'model'} --served-model-name Qwen2.5-7B-Instruct ")
    for flag in ("--enable-prefix-caching", "--structured-outputs-config.backend xgrammar"):
        assert flag in args


def test_embedding_model_is_served_offline_as_a_pooling_model_beside_it(tmp_path):
    result = run("serve-embeddings.sh", tmp_path, VLLM_API_KEY="k", VLLM_MODEL_DIR=staged(tmp_path))
    assert result.returncode == 0, result.stderr
    env_line, args = result.stdout.splitlines()
    assert env_line == "HF_HUB_OFFLINE=1 VLLM_API_KEY=k"
    assert args.startswith(
        f"serve {tmp_path / 'model'} --served-model-name bge-m3 --runner pooling"
    )
    assert "--port 8002" in args and "--gpu-memory-utilization 0.08" in args
