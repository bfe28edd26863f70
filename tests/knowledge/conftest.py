"""Fixtures for the knowledge tests: temporary Chroma stores, fixture corpora, the real corpus."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from django.test import override_settings

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]
REAL_CORPUS = REPO / "knowledge" / "corpus"


@pytest.fixture(scope="session")
def embedding_cache_dir(request: pytest.FixtureRequest) -> Path:
    """Passage embeddings cached across test sessions in pytest's cache (never in var/)."""
    return Path(request.config.cache.mkdir("knowledge-embeddings"))


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A writable copy of the fixture corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", target)
    return target


@pytest.fixture
def clinic_dir(tmp_path: Path) -> Path:
    """A writable copy of the fixture clinic protocols (outside the corpus dir)."""
    target = tmp_path / "clinic"
    shutil.copytree(FIXTURES / "clinic", target)
    return target


@pytest.fixture
def knowledge_settings(settings, tmp_path: Path, corpus_dir: Path, embedding_cache_dir: Path):
    """Point the knowledge app at a fresh embedded store and the fixture corpus."""
    settings.CHROMA_URL = None
    settings.CHROMA_PATH = tmp_path / "chroma"
    settings.KNOWLEDGE_CORPUS_DIR = corpus_dir
    settings.KNOWLEDGE_COLLECTION = f"test_{uuid.uuid4().hex[:8]}"
    settings.KNOWLEDGE_EMBEDDING_CACHE_DIR = embedding_cache_dir
    settings.EMBEDDING_BASE_URL = None
    settings.KNOWLEDGE_INDEX_CHECK_SECONDS = 0
    return settings


@pytest.fixture(scope="session")
def real_corpus_store(tmp_path_factory: pytest.TempPathFactory, embedding_cache_dir: Path):
    """The real corpus ingested once per session into a temporary store; yields its settings."""
    from knowledge.ingestion import ingest

    values = {
        "CHROMA_URL": None,
        "CHROMA_PATH": tmp_path_factory.mktemp("real-chroma"),
        "KNOWLEDGE_CORPUS_DIR": REAL_CORPUS,
        "KNOWLEDGE_COLLECTION": "gp_knowledge_test",
        "KNOWLEDGE_EMBEDDING_CACHE_DIR": embedding_cache_dir,
        "EMBEDDING_BASE_URL": None,
    }
    # Enabled only while ingesting: a session-wide override would leak into other apps' tests.
    with override_settings(**values):
        report = ingest()
    assert report.documents > 0, report.skipped
    return {"values": values, "report": report}


def make_pdf(path: Path, pages: list[str]) -> Path:
    """Write a minimal valid PDF with one line of Helvetica text per page."""
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    font_id = 3 + 2 * len(pages)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for i, text in enumerate(pages):
        content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(
            b"<< /Length "
            + str(len(content)).encode()
            + b" >>\nstream\n"
            + content
            + b"\nendstream"
        )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    path.write_bytes(bytes(out))
    return path
