"""``manage.py eval_draft_retrieval CASES.jsonl``: recall@5, recall@10 and MRR of the passages
a draft would cite, each conversation recorded through the real chat path (rolled back)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from knowledge.evaluation import parse_queries, score
from triage.triage_eval import draft_documents


class Command(BaseCommand):
    help = (
        "Evaluate the passages drafts cite on a JSON Lines file of conversations (id, lang, "
        "conversation or query, relevant_doc_ids, [patient: age_days, sex], [tags])."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("cases", type=Path, help="JSON Lines file of conversations")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--results", action="store_true", help="include per-case results")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["cases"]
        try:
            queries = parse_queries(path.read_text(encoding="utf-8").splitlines())
        except (OSError, ValueError) as exc:
            raise CommandError(f"{path}: {exc}") from exc
        if not queries:
            raise CommandError(f"{path}: no cases")
        report = score(queries, draft_documents(queries))
        if options["json"]:
            data = report.as_dict(with_results=options["results"])
            self.stdout.write(json.dumps(data, ensure_ascii=False))
            return
        self.stdout.write("\n".join(report.summary_lines()))
