"""Retrieval latency (query embedding + hybrid search + fusion) on the real corpus and on a
synthetic corpus of 100,000 chunks, plus the memory of the 100k index. Prints one JSON object.

Run from the repo root: .venv/bin/python bench/bench_retrieval.py [--synthetic N] [--rounds R]

Everything is written under a temporary directory. The real corpus's passage embeddings are
cached in the system temp dir (gp_assistant_bench_embeddings), so a second run does not pay for
the model again. The synthetic chunks are recombined corpus sentences; embedding 100k passages
with the offline e5 on 2 cores would take hours, so the synthetic dense vectors are real passage
vectors (of the same language) plus Gaussian noise, renormalised; the JSON says so and gives the
measured passage embedding rate and the time a real embedding would have taken.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_assistant.settings")

SENTENCE_RE = re.compile(r"(?<=[。！？；])|(?<=[.!?;])\s+")


def rss_mb() -> float:
    """Current resident set size in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50/p95/max in milliseconds."""
    array = np.asarray(samples) * 1000
    return {
        "p50_ms": round(float(np.percentile(array, 50)), 2),
        "p95_ms": round(float(np.percentile(array, 95)), 2),
        "max_ms": round(float(array.max()), 2),
        "n": len(samples),
    }


def time_queries(queries: list[str], rounds: int) -> dict[str, object]:
    """Latency of retrieve() and, separately, of the query embedding alone."""
    from knowledge import retrieval
    from knowledge.embeddings import get_embedder
    from knowledge.retrieval import retrieve

    for query in queries[:5]:
        retrieve(query)  # warm: model, snapshot, Chroma segments
    total, embed = [], []
    embedder = get_embedder()
    for _ in range(rounds):
        for query in queries:
            started = time.perf_counter()
            embedder.embed_query(query)
            embed.append(time.perf_counter() - started)
            retrieval._query_vectors.clear()  # every timed call embeds its query
            started = time.perf_counter()
            retrieve(query, k=8)
            total.append(time.perf_counter() - started)
    search = [t - e for t, e in zip(total, embed, strict=True)]
    return {
        "retrieve": percentiles(total),
        "query_embedding_only": percentiles(embed),
        "retrieve_minus_embedding": percentiles(search),
    }


def bench_real(queries: list[str], rounds: int, workdir: Path) -> tuple[dict, list]:
    """Ingest the real corpus and time retrieval over it."""
    from django.test import override_settings

    from knowledge.ingestion import ingest
    from knowledge.store import language_collections

    cache = Path(tempfile.gettempdir()) / "gp_assistant_bench_embeddings"
    with override_settings(
        CHROMA_URL=None,
        CHROMA_PATH=workdir / "real",
        KNOWLEDGE_COLLECTION="bench_real",
        KNOWLEDGE_EMBEDDING_CACHE_DIR=cache,
        EMBEDDING_BASE_URL=None,
    ):
        report = ingest()
        result = {"chunks": report.chunks, "documents": report.documents}
        result.update(time_queries(queries, rounds))
        pool = []
        for collection in language_collections().values():
            page = collection.get(include=["embeddings", "documents", "metadatas"])
            pool.extend(zip(page["embeddings"], page["documents"], page["metadatas"], strict=True))
    return result, pool


def synthetic_chunks(pool: list, n: int, seed: int = 7) -> list[tuple[str, dict, np.ndarray]]:
    """Recombine corpus sentences (same language) into n chunks with perturbed real vectors."""
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    by_language: dict[str, list[tuple[np.ndarray, list[str], dict]]] = {}
    for vector, text, meta in pool:
        sentences = [s.strip() for s in SENTENCE_RE.split(text) if len(s.strip()) > 8]
        if sentences:
            entry = (np.asarray(vector, dtype=np.float32), sentences, meta)
            by_language.setdefault(meta["language"], []).append(entry)
    languages = sorted(by_language)
    chunks = []
    for i in range(n):
        language = languages[i % len(languages)]
        base_vector, base_sentences, meta = rng.choice(by_language[language])
        # Start from one real chunk (its vector stays meaningful), add sentences from others.
        sentences = rng.sample(base_sentences, min(len(base_sentences), rng.randint(2, 4)))
        for _ in range(rng.randint(1, 3)):
            sentences.append(rng.choice(rng.choice(by_language[language])[1]))
        joiner = "" if language == "zh" else " "
        text = joiner.join(sentences)
        noise = np_rng.normal(0.0, 0.02, size=base_vector.shape).astype(np.float32)
        vector = base_vector + noise
        vector /= np.linalg.norm(vector)
        doc_id = f"syn-{i // 8:05d}-{language}"
        chunk_meta = {
            **{k: meta.get(k, "") for k in ("topic", "version", "title", "kind", "source")},
            "document_id": doc_id,
            "section": meta.get("section", ""),
            "language": language,
            "ordinal": i % 8,
            "content_hash": f"{i:064x}",
            "path": f"synthetic:/{doc_id}",
        }
        chunks.append((text, chunk_meta, vector))
    return chunks


def passage_rate(texts: list[str]) -> float:
    """Measured offline e5 passage embedding rate (passages per second)."""
    from knowledge.embeddings import E5Embedder

    embedder = E5Embedder()
    started = time.perf_counter()
    embedder.embed_passages(texts)
    return len(texts) / (time.perf_counter() - started)


def bench_synthetic(pool: list, n: int, queries: list[str], rounds: int, workdir: Path) -> dict:
    """Load n synthetic chunks into an embedded store and time retrieval over them."""
    from django.test import override_settings

    from knowledge import retrieval, store

    started = time.perf_counter()
    chunks = synthetic_chunks(pool, n)
    generate_s = time.perf_counter() - started
    rate = passage_rate([text for text, _, _ in chunks[:48]])
    result: dict[str, object] = {
        "chunks": n,
        "dense_vectors": (
            "perturbed real passage embeddings: a random real chunk vector of the same language "
            "plus N(0, 0.02) per dimension, renormalised (not re-embedded)"
        ),
        "texts": "recombined corpus sentences (2-4 from one chunk, 1-3 from others)",
        "e5_passage_rate_per_s": round(rate, 1),
        "estimated_real_embedding_hours": round(n / rate / 3600, 2),
        "generate_s": round(generate_s, 1),
    }
    with override_settings(
        CHROMA_URL=None,
        CHROMA_PATH=workdir / "synthetic",
        KNOWLEDGE_COLLECTION="bench_synthetic",
        EMBEDDING_BASE_URL=None,
        KNOWLEDGE_EMBEDDING_CACHE_DIR=None,
        KNOWLEDGE_INDEX_CHECK_SECONDS=3600,
    ):
        batch = min(5000, store.get_client().get_max_batch_size())
        started = time.perf_counter()
        for language in sorted({m["language"] for _, m, _ in chunks}):
            collection = store.get_collection(language)
            rows = [chunk for chunk in chunks if chunk[1]["language"] == language]
            for start in range(0, len(rows), batch):
                part = rows[start : start + batch]
                collection.add(
                    ids=[f"{m['document_id']}/s/{m['ordinal']}" for _, m, _ in part],
                    documents=[t for t, _, _ in part],
                    metadatas=[m for _, m, _ in part],
                    embeddings=np.stack([v for _, _, v in part]),
                )
            store.bump_revision(collection)
        result["chroma_add_s"] = round(time.perf_counter() - started, 1)
        del chunks, rows
        rss_before_index = rss_mb()
        started = time.perf_counter()
        retrieval.retrieve("warm up 预热")
        result["lexical_index_build_s"] = round(time.perf_counter() - started, 1)
        snapshot = retrieval._snapshots[(store.client_key(), "bench_synthetic")]
        result["lexical_postings"] = snapshot.index.postings
        result["lexical_index_mb"] = round(snapshot.index.nbytes() / 2**20, 1)
        result["rss_before_lexical_index_mb"] = round(rss_before_index, 1)
        result["rss_after_index_mb"] = round(rss_mb(), 1)
        result.update(time_queries(queries, rounds))
        result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return result


def main() -> None:
    """Run both benchmarks and print one JSON object."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    import django

    django.setup()
    import logging

    logging.disable(logging.WARNING)
    lines = (REPO / "tests" / "knowledge" / "queries.jsonl").read_text(encoding="utf-8")
    queries = [json.loads(line)["query"] for line in lines.splitlines() if line.strip()]
    started = time.perf_counter()
    output: dict[str, object] = {
        "benchmark": "retrieval",
        "machine": {"cpus": os.cpu_count(), "load_avg_1m_at_start": os.getloadavg()[0]},
        "target_p95_ms": 30,
    }
    with tempfile.TemporaryDirectory(prefix="bench_retrieval_") as tmp:
        workdir = Path(tmp)
        real, pool = bench_real(queries, args.rounds, workdir)
        output["real_corpus"] = real
        output["rss_after_real_mb"] = round(rss_mb(), 1)
        output["synthetic"] = bench_synthetic(pool, args.synthetic, queries, args.rounds, workdir)
    output["load_avg_1m_at_end"] = os.getloadavg()[0]
    output["p95_within_target"] = {
        "real": output["real_corpus"]["retrieve"]["p95_ms"] <= 30,
        "synthetic": output["synthetic"]["retrieve"]["p95_ms"] <= 30,
    }
    output["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(output, ensure_ascii=False))


if __name__ == "__main__":
    main()
