"""Retrieval evaluation: recall@k and MRR over a query set (pure: no Django, no I/O).

A query set is JSON Lines. Each item has an id, the staff's language, the ids of the documents
that answer it, optional tags, and either a one-line ``query`` or a ``conversation`` (the staff
messages, oldest first) with an optional ``patient`` (what the record says: ``age_days``,
``sex``). A conversation is what a draft retrieves for (triage's draft-level evaluation); a
query is searched as it stands."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

REQUIRED_QUERY_KEYS = ("id", "lang", "relevant_doc_ids")
SEXES = ("male", "female")


@dataclass(frozen=True)
class EvalQuery:
    """One evaluation query with the document ids that answer it. ``conversation`` holds the
    staff messages (a one-line query is a conversation of one message); ``query`` shows them
    on one line."""

    id: str
    lang: str
    query: str
    relevant_doc_ids: tuple[str, ...]
    tags: tuple[str, ...] = ()
    conversation: tuple[str, ...] = ()
    age_days: int | None = None
    sex: str | None = None


@dataclass(frozen=True)
class QueryResult:
    """Where the first relevant document came (1-based rank, None when not retrieved)."""

    id: str
    lang: str
    query: str
    first_hit_rank: int | None
    retrieved_doc_ids: tuple[str, ...]


@dataclass
class EvalReport:
    """Aggregate figures and the per-query results."""

    queries: int
    recall_at_5: float
    recall_at_10: float
    mrr: float
    k: int
    by_lang: dict[str, dict[str, float]] = field(default_factory=dict)
    by_tag: dict[str, dict[str, float]] = field(default_factory=dict)
    results: list[QueryResult] = field(default_factory=list)

    def misses(self, at: int = 5) -> list[QueryResult]:
        """Queries with no relevant document in the top ``at``."""
        return [r for r in self.results if r.first_hit_rank is None or r.first_hit_rank > at]

    def as_dict(self, *, with_results: bool = False) -> dict[str, Any]:
        """JSON-ready summary (misses at 5 always included)."""
        data = {
            "queries": self.queries,
            "k": self.k,
            "recall_at_5": round(self.recall_at_5, 4),
            "recall_at_10": round(self.recall_at_10, 4),
            "mrr": round(self.mrr, 4),
            "by_lang": self.by_lang,
            "by_tag": self.by_tag,
            "misses_at_5": [asdict(r) for r in self.misses(5)],
        }
        if with_results:
            data["results"] = [asdict(r) for r in self.results]
        return data

    def summary_lines(self) -> list[str]:
        """The figures overall, by language and by tag, and the misses at 5, as text lines."""
        lines = [
            f"queries {self.queries}  recall@5 {self.recall_at_5:.3f}  "
            f"recall@10 {self.recall_at_10:.3f}  MRR {self.mrr:.3f}"
        ]
        for name, figures in [*self.by_lang.items(), *self.by_tag.items()]:
            lines.append(
                f"  {name:<20} recall@5 {figures['recall_at_5']:.3f}  "
                f"recall@10 {figures['recall_at_10']:.3f}  MRR {figures['mrr']:.3f}"
            )
        for miss in self.misses(5):
            got = ", ".join(dict.fromkeys(miss.retrieved_doc_ids[:5]))
            lines.append(f"  miss@5 {miss.id} {miss.query!r} -> {got}")
        return lines


def parse_queries(lines: Iterable[str]) -> list[EvalQuery]:
    """Parse JSON Lines queries; ValueError names the line that is wrong."""
    queries = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number}: not JSON ({exc.msg})") from exc
        try:
            queries.append(_query(item))
        except ValueError as exc:
            raise ValueError(f"line {number}: {exc}") from None
    return queries


def _query(item: Any) -> EvalQuery:
    if not isinstance(item, dict):
        raise ValueError("not a JSON object")
    missing = [key for key in REQUIRED_QUERY_KEYS if key not in item]
    if "query" not in item and "conversation" not in item:
        missing.append("query (or conversation)")
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    if "query" in item and "conversation" in item:
        raise ValueError("give a query or a conversation, not both")
    relevant = item["relevant_doc_ids"]
    if not isinstance(relevant, list) or not relevant:
        raise ValueError("relevant_doc_ids must be a non-empty list")
    if "query" in item:
        if not isinstance(item["query"], str) or not item["query"].strip():
            raise ValueError("query must be non-empty text")
        conversation = [item["query"]]
    else:
        conversation = item["conversation"]
        if (
            not isinstance(conversation, list)
            or not conversation
            or not all(isinstance(text, str) and text.strip() for text in conversation)
        ):
            raise ValueError("conversation must be a non-empty list of messages")
    patient = item.get("patient") or {}
    if not isinstance(patient, dict):
        raise ValueError("patient must be an object (age_days, sex)")
    age_days, sex = patient.get("age_days"), patient.get("sex")
    if age_days is not None and (type(age_days) is not int or not 0 <= age_days <= 130 * 365):
        raise ValueError("patient.age_days must be a whole number of days (0 to 130 years)")
    if sex is not None and sex not in SEXES:
        raise ValueError(f"patient.sex must be one of {', '.join(SEXES)}")
    return EvalQuery(
        id=str(item["id"]),
        lang=str(item["lang"]),
        query=" | ".join(conversation),
        relevant_doc_ids=tuple(str(d) for d in relevant),
        tags=tuple(str(t) for t in item.get("tags", ())),
        conversation=tuple(conversation),
        age_days=age_days,
        sex=sex,
    )


def first_hit_rank(retrieved_doc_ids: Sequence[str], relevant: Iterable[str]) -> int | None:
    """1-based rank of the first retrieved passage whose document is relevant."""
    wanted = set(relevant)
    for rank, doc_id in enumerate(retrieved_doc_ids, start=1):
        if doc_id in wanted:
            return rank
    return None


def evaluate(
    queries: Sequence[EvalQuery],
    search: Callable[[str, int], Sequence[str]],
    *,
    k: int = 10,
) -> EvalReport:
    """Run ``search(query, k) -> document ids of the ranked passages`` over the queries."""
    k = max(k, 10)
    return score(queries, [search(query.query, k) for query in queries], k=k)


def score(
    queries: Sequence[EvalQuery], retrieved: Sequence[Sequence[str]], *, k: int = 10
) -> EvalReport:
    """The figures for each query's ranked document ids (``retrieved``, in the same order)."""
    k = max(k, 10)
    results = []
    for query, found in zip(queries, retrieved, strict=True):
        doc_ids = tuple(found)[:k]
        results.append(
            QueryResult(
                id=query.id,
                lang=query.lang,
                query=query.query,
                first_hit_rank=first_hit_rank(doc_ids, query.relevant_doc_ids),
                retrieved_doc_ids=doc_ids,
            )
        )
    report = EvalReport(queries=len(results), k=k, results=results, **_figures(results))
    for lang in sorted({q.lang for q in queries}):
        report.by_lang[lang] = _rounded(_figures([r for r in results if r.lang == lang]))
    tags = sorted({t for q in queries for t in q.tags})
    for tag in tags:
        ids = {q.id for q in queries if tag in q.tags}
        report.by_tag[tag] = _rounded(_figures([r for r in results if r.id in ids]))
    return report


def _figures(results: Sequence[QueryResult]) -> dict[str, float]:
    n = len(results) or 1
    ranks = [r.first_hit_rank for r in results]
    return {
        "recall_at_5": sum(1 for r in ranks if r is not None and r <= 5) / n,
        "recall_at_10": sum(1 for r in ranks if r is not None and r <= 10) / n,
        "mrr": sum(1.0 / r for r in ranks if r is not None) / n,
    }


def _rounded(figures: dict[str, float]) -> dict[str, float]:
    return {key: round(value, 4) for key, value in figures.items()}
