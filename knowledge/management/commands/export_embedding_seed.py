import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from knowledge.chunking import chunk_document
from knowledge.documents import load_document
from knowledge.embedding_seed import digest, write_seed
from knowledge.embeddings import get_embedder
from knowledge.ingestion import discover_files


class Command(BaseCommand):
    help = (
        "Write the shipped seed of the corpus's passage embeddings for the offline model "
        "(run after editing knowledge/corpus/)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=None)

    def handle(self, *args, **options):
        if settings.EMBEDDING_BASE_URL:
            raise CommandError("the seed is for the offline model: unset EMBEDDING_BASE_URL")
        files, _skipped = discover_files([Path(settings.KNOWLEDGE_CORPUS_DIR)])
        texts = [
            chunk.embedding_text()
            for path in files
            if path.suffix == ".md"
            for chunk in chunk_document(load_document(path))
        ]
        texts = list(dict.fromkeys(texts))
        embedder = get_embedder()
        vectors = embedder.embed_passages(texts)
        output = options["output"] or Path(settings.KNOWLEDGE_EMBEDDING_SEED)
        count = write_seed(output, embedder.model_id, zip(map(digest, texts), vectors, strict=True))
        self.stdout.write(json.dumps({"seed": str(output), "passages": count}))
