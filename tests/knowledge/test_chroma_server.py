"""Ingestion and retrieval against a real Chroma server (`chroma run` on a free loopback port).

Under CI=true a server that cannot start fails the test; elsewhere it skips with the reason.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import httpx
import pytest

from knowledge import answers, retrieval, store
from knowledge.ingestion import ingest
from knowledge.retrieval import retrieve
from tests.processes import free_port, stop_process

IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMA = Path(sys.executable).parent / "chroma"


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"Chroma server test cannot run under CI: {reason}")
    pytest.skip(reason)


class ChromaServer:
    """`chroma run` on one loopback port and data directory; it can be stopped, started again
    and paused (SIGSTOP: it keeps accepting connections and answers none)."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        log_path = self.tmp_path / "chroma.log"
        with log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    *(str(CHROMA), "run", "--path", str(self.tmp_path / "server-data")),
                    *("--host", "127.0.0.1", "--port", str(self.port)),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                tail = log_path.read_text(errors="replace")[-2000:]
                _unavailable(f"`chroma run` did not come up on {self.url}: {tail}")
            time.sleep(0.25)

    def stop(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGCONT)
            stop_process(self.process)
            self.process = None


@pytest.fixture
def chroma(tmp_path: Path):
    if not CHROMA.exists():
        _unavailable(f"{CHROMA} not found (chromadb is not installed in this venv)")
    server = ChromaServer(tmp_path)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        store.reset_clients()


@pytest.fixture
def chroma_server(chroma: ChromaServer) -> str:
    return chroma.url


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


def keyword_only(reason: str) -> float:
    from prometheus_client import REGISTRY

    return REGISTRY.get_sample_value("gp_retrieval_keyword_only_total", {"reason": reason}) or 0.0


DOG_BITE = "被狗咬了要打几针"


def test_with_the_chroma_server_down_a_draft_rests_on_keyword_search_until_it_is_back(
    knowledge_settings, chroma
):
    knowledge_settings.CHROMA_URL = chroma.url
    knowledge_settings.CHROMA_RETRY_SECONDS = 600.0
    ingest()
    assert retrieval.search(DOG_BITE, k=3).dense  # this process has read the store once

    chroma.stop()
    before = keyword_only("store")
    found = retrieval.search(DOG_BITE, k=3)
    assert not found.dense
    assert found.passages[0].document_id == "gl-dog-bites-zh"
    assert keyword_only("store") == before + 1

    request = answers.DraftRequest(
        conversation=(DOG_BITE,), triage={"level": "routine", "red_flags": []}, language="zh"
    )
    draft = answers.draft(request)
    assert draft.notices[0] == answers.KEYWORD_ONLY_NOTICE
    assert "gl-dog-bites-zh" in {p["document_id"] for p in draft.passages}
    # One failed Chroma search per draft: its TCM search does not try the store again.
    assert keyword_only("store") == before + 2

    chroma.start()  # same port and data
    # Within CHROMA_RETRY_SECONDS of the failure the store is left alone; then tried again.
    assert not retrieval.search(DOG_BITE, k=3).dense
    knowledge_settings.CHROMA_RETRY_SECONDS = 0.0  # the period is over
    assert retrieval.search(DOG_BITE, k=3).dense


def test_a_process_that_never_read_the_store_searches_the_corpus_files_while_it_is_down(
    knowledge_settings, chroma, clinic_dir
):
    """A worker restarted during a Chroma outage has no snapshot: it searches the shipped
    corpus by keyword (a clinic's own documents are only in the store), with the notice, and
    the store's snapshot replaces the files' once it answers."""
    knowledge_settings.CHROMA_URL = chroma.url
    knowledge_settings.CHROMA_RETRY_SECONDS = 600.0
    ingest()
    ingest([clinic_dir])
    chroma.stop()
    retrieval._snapshots.clear()  # as in a process that starts now
    retrieval._store_failed_at.clear()

    before = keyword_only("store")
    found = retrieval.search(DOG_BITE, k=3)
    assert not found.dense
    assert found.passages[0].document_id == "gl-dog-bites-zh"
    assert found.passages[0].source and found.passages[0].version
    assert keyword_only("store") == before + 1
    # Only the corpus: the clinic's heatstroke protocol is not among the files.
    assert "clinic-heatstroke-en" not in {
        p.document_id for p in retrieval.retrieve("农民中暑晕倒怎么降温", k=8)
    }
    request = answers.DraftRequest(
        conversation=(DOG_BITE,), triage={"level": "routine", "red_flags": []}, language="zh"
    )
    draft = answers.draft(request)
    assert draft.notices[0] == answers.KEYWORD_ONLY_NOTICE
    assert "gl-dog-bites-zh" in {p["document_id"] for p in draft.passages}

    chroma.start()
    knowledge_settings.CHROMA_RETRY_SECONDS = 0.0  # the period is over
    back = retrieval.search(DOG_BITE, k=3)
    assert back.dense and back.passages[0].document_id == "gl-dog-bites-zh"
    # The files gave the chunks the ids and texts ingestion stored (provenance holds).
    stored = store.get_chunks([p.chunk_id for p in found.passages])
    assert dict(zip(stored["ids"], stored["documents"], strict=True)) == {
        p.chunk_id: p.text for p in found.passages
    }
    cited = {p["chunk_id"] for p in draft.passages}
    assert set(store.get_chunks(list(cited))["ids"]) == cited
    top = retrieval.retrieve("农民中暑晕倒怎么降温", k=1)
    assert top[0].document_id == "clinic-heatstroke-en"


def test_a_chroma_server_that_stops_answering_costs_a_search_its_timeout_not_forever(
    knowledge_settings, chroma
):
    knowledge_settings.CHROMA_URL = chroma.url
    ingest()
    knowledge_settings.CHROMA_TIMEOUT_SECONDS = 1.0
    store.reset_clients()
    assert retrieval.search(DOG_BITE, k=3).dense  # the client now has the 1 s timeout

    chroma.process.send_signal(signal.SIGSTOP)  # connections still open, nothing answers
    started = time.monotonic()
    found = retrieval.search(DOG_BITE, k=3)
    elapsed = time.monotonic() - started
    assert not found.dense and found.passages[0].document_id == "gl-dog-bites-zh"
    # The store check gives up after 1 s, and the dense search does not try the store again.
    assert elapsed < 2.5, elapsed
    # Nor do the searches after it, for CHROMA_RETRY_SECONDS (30 by default).
    started = time.monotonic()
    for _ in range(3):
        assert not retrieval.search(DOG_BITE, k=3).dense
    assert time.monotonic() - started < 0.5

    # A process that opens its client now gives up on the heartbeat, not on the first request.
    store.reset_clients()
    started = time.monotonic()
    with pytest.raises(httpx.TimeoutException):
        store.get_client()
    assert time.monotonic() - started < 2.5


@pytest.fixture
def warm_worker_env(knowledge_settings, chroma, monkeypatch, tmp_path):
    """The fixture corpus in the Chroma server, and a worker's environment pointing at it
    (requested before `worker_process`, which starts the worker with this environment)."""
    knowledge_settings.CHROMA_URL = chroma.url
    ingest()
    monkeypatch.setenv("CHROMA_URL", chroma.url)
    monkeypatch.setenv("CHROMA_TIMEOUT_SECONDS", "2")
    monkeypatch.setenv("KNOWLEDGE_COLLECTION", knowledge_settings.KNOWLEDGE_COLLECTION)
    monkeypatch.setenv("VAR_DIR", str(tmp_path / "worker-var"))
    return chroma


@pytest.mark.services_only
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "worker_process",
    [{"pool": "solo"}, {"pool": "threads", "concurrency": 2}, {"pool": "prefork"}],
    ids=["solo", "threads", "prefork"],
    indirect=True,
)
def test_a_worker_warmed_up_at_start_drafts_while_the_chroma_server_is_down(
    warm_worker_env, worker_process, settings
):
    """A worker reads the store's snapshot as it starts (in the process that runs its tasks,
    whatever the pool): when the Chroma server is down by its first draft, the draft rests
    on keyword search with a notice, over every document the store held (without the
    warm-up it would have only the corpus files)."""
    from tests.conftest import wait_until
    from tests.factories import ConsultationFactory
    from triage import services
    from triage.models import Suggestion

    wait_until(lambda: "drafting warm-up" in worker_process(), timeout=90, describe=worker_process)
    assert "search" in worker_process() and "keyword search only" not in worker_process()
    warm_worker_env.stop()

    settings.DRAFT_ON_MESSAGE = True
    consultation = ConsultationFactory()
    message = services.record_message(
        user=consultation.opened_by,
        consultation_id=consultation.pk,
        client_id="warm-1",
        text=DOG_BITE,
    ).message
    suggestion = wait_until(
        lambda: Suggestion.objects.filter(message=message).first(),
        timeout=60,
        describe=worker_process,
    )
    assert suggestion.notices[0]["code"] == answers.KEYWORD_ONLY_NOTICE["code"]
    assert "gl-dog-bites-zh" in {p["document_id"] for p in suggestion.retrieved_passages}
