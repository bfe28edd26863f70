"""Retrieval quality on the project's query set against the real corpus."""

from __future__ import annotations

from pathlib import Path

from knowledge.evaluation import evaluate, parse_queries
from knowledge.retrieval import retrieve

QUERIES = Path(__file__).parent / "queries.jsonl"


def test_query_set_is_large_bilingual_and_colloquial():
    queries = parse_queries(QUERIES.read_text(encoding="utf-8").splitlines())
    assert len(queries) >= 130
    assert sum(q.lang == "zh" for q in queries) * 2 >= len(queries)
    assert len({q.id for q in queries}) == len(queries)
    tags = [t for q in queries for t in q.tags]
    assert tags.count("colloquial") >= 20 and tags.count("cross-language") >= 5
    assert tags.count("tcm") >= 30


def test_recall_at_5_on_the_real_corpus(settings, real_corpus_store):
    for name, value in real_corpus_store["values"].items():
        setattr(settings, name, value)
    queries = parse_queries(QUERIES.read_text(encoding="utf-8").splitlines())
    report = evaluate(queries, lambda text, k: [p.document_id for p in retrieve(text, k=k)], k=10)
    misses = [(m.id, m.query, m.retrieved_doc_ids[:5]) for m in report.misses(5)]
    print(report.as_dict())
    assert report.recall_at_5 >= 0.90, misses
    assert report.recall_at_10 >= report.recall_at_5
