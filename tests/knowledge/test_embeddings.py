"""Embedding backends: offline e5 with prefixes, an OpenAI-compatible server, the adapters."""

from __future__ import annotations

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from knowledge.embeddings import (
    E5Embedder,
    KnowledgeEmbeddingFunction,
    KnowledgeEmbeddings,
    OpenAICompatibleEmbedder,
    get_embedder,
)


def test_e5_vectors_are_normalised_and_prefix_aware():
    embedder = E5Embedder()
    passages = embedder.embed_passages(["高血压首选氨氯地平", "rabies vaccine on days 0, 3, 7"])
    query = embedder.embed_query("rabies vaccine on days 0, 3, 7")
    assert passages.shape == (2, 384) and passages.dtype == np.float32
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-4)
    # "query: " and "passage: " prefixes give different vectors for the same text.
    assert not np.allclose(query, passages[1])
    assert float(passages[1] @ query) > float(passages[0] @ query)


def test_langchain_and_chroma_adapters_use_the_same_embedder():
    embedder = E5Embedder()
    lc = KnowledgeEmbeddings(embedder)
    ef = KnowledgeEmbeddingFunction(embedder)
    doc = lc.embed_documents(["狂犬病疫苗"])[0]
    assert np.allclose(doc, ef(["狂犬病疫苗"])[0], atol=1e-6)
    assert np.allclose(lc.embed_query("狂犬病"), ef.embed_query(["狂犬病"])[0], atol=1e-6)
    assert ef.name() == "gp_assistant_knowledge"
    assert ef.get_config() == {"model_id": embedder.model_id}
    assert not ef.is_legacy()


def test_an_embedding_alone_takes_its_threads_otherwise_one(monkeypatch):
    from knowledge import e5, embeddings

    model = e5.bundled_model()
    seen = []

    class WatchedModel:
        # The real model; the threads each call was given are noted.
        def embed(self, texts, threads=1):
            seen.append(threads)
            return model.embed(texts, threads=threads)

    monkeypatch.setattr(e5, "bundled_model", lambda: WatchedModel())
    embedder = E5Embedder(threads=2)

    def one_query(elsewhere: bool, idle_cores: int = 1) -> int:
        monkeypatch.setattr(embeddings, "_idle_cores", lambda: idle_cores)
        done, release = threading.Event(), threading.Event()

        def other_draft():
            with embeddings.in_progress():
                done.set()
                release.wait()

        other = threading.Thread(target=other_draft)
        if elsewhere:
            other.start()
            done.wait()
        vector = embedder.embed_query("胸痛伴大汗")
        release.set()
        if elsewhere:
            other.join()
        assert vector.shape == (384,) and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-4
        return seen.pop()

    # Another draft in progress; nothing else but no idle core; nothing else and an idle core.
    assert one_query(True) == 1
    assert one_query(False, idle_cores=0) == 1
    assert one_query(False) == 2
    E5Embedder(threads=1).embed_passages(["狂犬病疫苗"])
    assert seen.pop() == 1
    # Each thread count has its own session, and the vectors do not depend on it.
    assert model.session(2).get_session_options().intra_op_num_threads == 2
    assert model.session(1).get_session_options().intra_op_num_threads == 1
    one, two = (model.embed(["query: 胸痛伴大汗"], threads=t)[0] for t in (1, 2))
    assert float(one @ two) > 0.99999


def test_encoder_threads_sleep_after_a_two_thread_query_instead_of_spinning():
    import subprocess
    import sys

    # ONNX Runtime's pool threads spin after each run by default (46 ms of CPU in a 0.5 s
    # sleep after five two-thread queries, 2026-12-07): the sessions turn spinning off, so
    # the helper thread sleeps and the cores go to the web process.
    code = """
import time
from knowledge import e5
model = e5.bundled_model()
for _ in range(5):
    model.embed(["query: 胸痛伴大汗，左臂放射痛，持续半小时"], threads=2)
before = time.process_time()
time.sleep(0.5)
print(round((time.process_time() - before) * 1000))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    cpu_ms = int(result.stdout.split()[-1])
    assert cpu_ms < 30, f"{cpu_ms} ms of CPU while idle after the queries"


class _FakeEmbeddingServer(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "body": body})
        data = [
            {"object": "embedding", "index": i, "embedding": [3.0, 4.0, float(len(text))]}
            for i, text in enumerate(body["input"])
        ]
        payload = json.dumps({"object": "list", "data": data, "model": body["model"]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def embedding_server():
    _FakeEmbeddingServer.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeEmbeddingServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1", _FakeEmbeddingServer.requests
    server.shutdown()
    server.server_close()


def test_openai_compatible_server_gets_plain_prefixed_strings(embedding_server):
    url, requests = embedding_server
    embedder = OpenAICompatibleEmbedder(
        base_url=url, model="bge-m3", api_key="k", query_prefix="q: ", passage_prefix="p: "
    )
    vectors = embedder.embed_passages(["abc", "高血压"])
    query = embedder.embed_query("xy")
    assert requests[0]["path"] == "/v1/embeddings"
    assert requests[0]["body"]["input"] == ["p: abc", "p: 高血压"]
    assert requests[1]["body"]["input"] == ["q: xy"]
    assert requests[0]["body"]["model"] == "bge-m3"
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert np.allclose(np.linalg.norm(query), 1.0)
    assert embedder.model_id == "openai:bge-m3"


def test_settings_select_the_backend(settings, embedding_server):
    settings.EMBEDDING_BASE_URL = None
    settings.KNOWLEDGE_EMBEDDING_CACHE_DIR = None
    assert isinstance(get_embedder(), E5Embedder)
    settings.EMBEDDING_BASE_URL = embedding_server[0]
    settings.EMBEDDING_MODEL = "bge-m3"
    assert get_embedder().model_id == "openai:bge-m3"


def test_cache_serves_repeated_passages_without_the_model(settings, tmp_path):
    settings.EMBEDDING_BASE_URL = None
    settings.KNOWLEDGE_EMBEDDING_CACHE_DIR = tmp_path / "cache"
    embedder = get_embedder()
    first = embedder.embed_passages(["缓存测试一", "缓存测试二"])
    calls = []
    embedder.inner.embed_passages = lambda texts: calls.append(texts) or np.zeros((0, 384))
    again = embedder.embed_passages(["缓存测试二", "缓存测试一"])
    assert calls == []
    assert np.allclose(again[0], first[1]) and np.allclose(again[1], first[0])


def test_a_query_the_server_refuses_or_leaves_unanswered_is_reported_within_the_timeout():
    import socket
    import time

    from knowledge.embeddings import QUERY_TIMEOUT_SECONDS, EmbeddingUnavailable

    refused = OpenAICompatibleEmbedder(base_url="http://127.0.0.1:9/v1", model="m", api_key="k")
    with pytest.raises(EmbeddingUnavailable, match="APIConnectionError"):
        refused.embed_query("胸痛")
    # A server that takes the connection and never answers: given up on, not retried.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/v1"
        hanging = OpenAICompatibleEmbedder(base_url=url, model="m", api_key="k")
        started = time.monotonic()
        with pytest.raises(EmbeddingUnavailable, match="APITimeoutError"):
            hanging.embed_query("胸痛")
        assert time.monotonic() - started < QUERY_TIMEOUT_SECONDS + 1.0


def test_idle_cores_follow_the_last_minutes_load(monkeypatch):
    from knowledge import embeddings

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    for load, idle in [(0.1, 2), (0.7, 1), (1.4, 1), (1.6, 0), (3.9, 0)]:
        monkeypatch.setattr(os, "getloadavg", lambda load=load: (load, 0.0, 0.0))
        assert embeddings._idle_cores() == idle, load
