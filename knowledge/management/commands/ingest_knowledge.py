"""``manage.py ingest_knowledge [PATH ...]``: load corpus and clinic files into the store."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from knowledge import store
from knowledge.ingestion import IngestReport, ingest


class Command(BaseCommand):
    help = (
        "Ingest Markdown/text/PDF knowledge files (default: the corpus). Only what changed is "
        "embedded; chunks of deleted documents under the given paths are removed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="*", type=Path, help="files or directories")
        parser.add_argument("--json", action="store_true", help="print the summary as JSON")
        parser.add_argument(
            "--rebuild",
            action="store_true",
            help="drop the collection first (after changing the embedding model)",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["rebuild"]:
            store.delete_collection()
        show_bar = not options["no_progress"] and not options["json"]
        report = ingest(options["paths"] or None, progress=_progress_bar() if show_bar else None)
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False))
        else:
            self._write_summary(report)
        if report.documents == 0:
            raise CommandError("nothing was ingested")

    def _write_summary(self, report: IngestReport) -> None:
        self.stdout.write(
            f"documents {report.documents}, chunks {report.chunks}: added {report.added}, "
            f"updated {report.updated}, relabelled {report.relabelled}, "
            f"unchanged {report.unchanged}, removed {report.removed}; "
            f"embedded {report.embedded} in {report.seconds:.1f} s"
        )
        for skipped in report.skipped:
            self.stderr.write(f"skipped {skipped.path}: {skipped.reason}")


def _progress_bar() -> Any:
    """A tqdm bar on stderr, driven by ingest's (done, total) callbacks."""
    from tqdm import tqdm

    bar: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if "bar" not in bar:
            bar["bar"] = tqdm(total=total, unit="chunk", desc="embedding", file=sys.stderr)
        bar["bar"].n = done
        bar["bar"].refresh()
        if done >= total:
            bar["bar"].close()

    return update
