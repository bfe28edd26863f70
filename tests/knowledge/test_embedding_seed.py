"""The shipped seed of passage embeddings is only a cache of what the model computes: it must
cover the corpus as it is now and agree with the model on recomputed samples."""

from pathlib import Path

import numpy as np
from django.conf import settings

from knowledge.chunking import chunk_document
from knowledge.documents import load_document
from knowledge.embedding_seed import digest, load_seed
from knowledge.embeddings import E5Embedder
from knowledge.ingestion import discover_files


def corpus_texts() -> list[str]:
    files, _ = discover_files([Path(settings.KNOWLEDGE_CORPUS_DIR)])
    return [
        c.embedding_text()
        for f in files
        if f.suffix == ".md"
        for c in chunk_document(load_document(f))
    ]


def test_seed_covers_the_corpus_as_it_is():
    seed = load_seed(Path(settings.KNOWLEDGE_EMBEDDING_SEED), E5Embedder().model_id)
    missing = [t[:40] for t in corpus_texts() if digest(t) not in seed]
    assert not missing, (
        f"{len(missing)} corpus chunks are not in the seed: run "
        f"`python manage.py export_embedding_seed` after editing the corpus ({missing[:3]})"
    )


def test_seed_agrees_with_the_model_on_recomputed_samples():
    embedder = E5Embedder()
    seed = load_seed(Path(settings.KNOWLEDGE_EMBEDDING_SEED), embedder.model_id)
    texts = corpus_texts()
    samples = [texts[0], texts[len(texts) // 2], texts[-1]]
    fresh = embedder.embed_passages(samples)
    for text, vector in zip(samples, fresh, strict=True):
        assert float(np.dot(vector, seed[digest(text)])) > 0.999


def test_seed_of_another_model_is_ignored():
    assert load_seed(Path(settings.KNOWLEDGE_EMBEDDING_SEED), "some-other-model") == {}
    assert load_seed(None, "any") == {}
