"""``manage.py eval_retrieval QUERIES.jsonl``: recall@5, recall@10 and MRR of retrieval (each
item's query, or a conversation's messages on one line, searched as it stands)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from knowledge.evaluation import evaluate, parse_queries
from knowledge.retrieval import retrieve


class Command(BaseCommand):
    help = "Evaluate retrieval on a JSON Lines query set (id, lang, query, relevant_doc_ids)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("queries", type=Path, help="JSON Lines file of queries")
        parser.add_argument("--k", type=int, default=10, help="passages retrieved (>= 10)")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--results", action="store_true", help="include per-query results")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["queries"]
        try:
            queries = parse_queries(path.read_text(encoding="utf-8").splitlines())
        except (OSError, ValueError) as exc:
            raise CommandError(f"{path}: {exc}") from exc
        report = evaluate(
            queries,
            lambda text, k: [p.document_id for p in retrieve(text, k=k)],
            k=options["k"],
        )
        if options["json"]:
            data = report.as_dict(with_results=options["results"])
            self.stdout.write(json.dumps(data, ensure_ascii=False))
            return
        self.stdout.write("\n".join(report.summary_lines()))
