"""Ingestion and retrieval against a real Chroma server (`chroma run` on a free loopback port).

Under CI=true a server that cannot start fails the test; elsewhere it skips with the reason.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from knowledge import store
from knowledge.ingestion import ingest
from knowledge.retrieval import retrieve
from tests.processes import free_port, stop_process

IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMA = Path(sys.executable).parent / "chroma"


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"Chroma server test cannot run under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def chroma_server(tmp_path: Path):
    if not CHROMA.exists():
        _unavailable(f"{CHROMA} not found (chromadb is not installed in this venv)")
    port = free_port()
    log = (tmp_path / "chroma.log").open("wb")
    process = subprocess.Popen(
        [
            str(CHROMA),
            "run",
            "--path",
            str(tmp_path / "server-data"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                tail = (tmp_path / "chroma.log").read_text(errors="replace")[-2000:]
                _unavailable(f"`chroma run` did not come up on {url}: {tail}")
            time.sleep(0.25)
        yield url
    finally:
        stop_process(process)
        log.close()
        store.reset_clients()


def test_ingest_and_retrieve_through_a_chroma_server(knowledge_settings, chroma_server, clinic_dir):
    knowledge_settings.CHROMA_URL = chroma_server
    report = ingest()
    assert report.documents == 3 and report.added == report.chunks > 0
    assert ingest().added == 0
    assert ingest([clinic_dir]).documents == 2
    assert store.client_key() == chroma_server
    # Nothing was written to the embedded store's directory.
    assert not Path(knowledge_settings.CHROMA_PATH).exists()
    top = retrieve("被狗咬了要打几针", k=3)
    assert top[0].document_id == "gl-dog-bites-zh"
    assert retrieve("农民中暑晕倒怎么降温", k=1)[0].document_id == "clinic-heatstroke-en"
    only_tcm = retrieve("怕冷流清鼻涕", k=5, kinds=["tcm"])
    assert only_tcm and {p.kind for p in only_tcm} == {"tcm"}
