"""Corpus documents: front matter parsing, validation, and loading Markdown, text and PDF files.

Corpus files are Markdown with YAML front matter (README.md, "Knowledge base"). A clinic network
may add its own protocols as Markdown (front matter inline), plain text or PDF; the latter two take
their front matter from a sidecar ``<file>.meta.yaml`` with the same keys.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REQUIRED_KEYS = (
    "id",
    "topic",
    "title",
    "language",
    "kind",
    "source",
    "corpus_version",
    "review_date",
)
REQUIRED_SOURCE_KEYS = ("publisher", "document", "year", "section")
LANGUAGES = ("zh", "en")
KINDS = ("guideline", "tcm", "drug")
MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)
PDF_SUFFIXES = (".pdf",)
SUPPORTED_SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES + PDF_SUFFIXES
SIDECAR_SUFFIX = ".meta.yaml"

# Ids end up inside chunk ids ("<doc id>/<section>/<n>"), so no slashes or spaces.
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


class DocumentError(Exception):
    """A corpus file that cannot be ingested; ``reason`` says why in one line."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class SourceRef:
    """Where a document's facts come from."""

    publisher: str
    document: str
    year: str
    section: str

    def citation(self) -> str:
        """One-line citation: publisher, document (year), section."""
        return f"{self.publisher}, {self.document} ({self.year}), {self.section}"


@dataclass(frozen=True)
class CorpusDocument:
    """One parsed document: validated front matter plus a Markdown body."""

    id: str
    topic: str
    title: str
    language: str
    kind: str
    source: SourceRef
    corpus_version: str
    review_date: str
    body: str
    path: Path | None = None


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str]:
    """Split ``---``-delimited YAML front matter from a Markdown text; None when there is none."""
    match = _FRONT_MATTER_RE.match(text)
    if not match:
        return None, text
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise ValueError(f"front matter is not valid YAML ({_yaml_problem(exc)})") from exc
    if not isinstance(meta, dict):
        raise ValueError("front matter is not a mapping")
    return meta, text[match.end() :]


def validate_front_matter(meta: dict[str, Any]) -> list[str]:
    """Return the problems with a front matter mapping (empty when it is valid)."""
    problems: list[str] = []
    missing = [key for key in REQUIRED_KEYS if _blank(meta.get(key))]
    if missing:
        problems.append("missing keys: " + ", ".join(missing))
    source = meta.get("source")
    if not _blank(source):
        if not isinstance(source, dict):
            problems.append("source must be a mapping (publisher, document, year, section)")
        else:
            missing_src = [key for key in REQUIRED_SOURCE_KEYS if _blank(source.get(key))]
            if missing_src:
                problems.append("missing source keys: " + ", ".join(missing_src))
    doc_id = meta.get("id")
    if not _blank(doc_id) and not _ID_RE.match(str(doc_id)):
        problems.append(f"id {doc_id!r} may hold only letters, digits, '.', '_' and '-'")
    language = meta.get("language")
    if not _blank(language) and language not in LANGUAGES:
        problems.append(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
    kind = meta.get("kind")
    if not _blank(kind) and kind not in KINDS:
        problems.append(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    return problems


def build_document(meta: dict[str, Any], body: str, path: Path | None = None) -> CorpusDocument:
    """Build a document from front matter and body; ValueError lists what is wrong."""
    problems = validate_front_matter(meta)
    if problems:
        raise ValueError("; ".join(problems))
    source = meta["source"]
    return CorpusDocument(
        id=str(meta["id"]),
        topic=str(meta["topic"]),
        title=str(meta["title"]).strip(),
        language=str(meta["language"]),
        kind=str(meta["kind"]),
        source=SourceRef(
            publisher=str(source["publisher"]).strip(),
            document=str(source["document"]).strip(),
            year=str(source["year"]).strip(),
            section=str(source["section"]).strip(),
        ),
        corpus_version=str(meta["corpus_version"]),
        review_date=_date_text(meta["review_date"]),
        body=body,
        path=path,
    )


def parse_markdown(text: str, path: Path | None = None) -> CorpusDocument:
    """Parse a Markdown document with front matter; ValueError says what is wrong."""
    meta, body = split_front_matter(text)
    if meta is None:
        raise ValueError("missing front matter")
    return build_document(meta, body, path)


def sidecar_path(path: Path) -> Path:
    """The ``<file>.meta.yaml`` that holds the front matter of a text or PDF file."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def is_supported(path: Path) -> bool:
    """True for the file types ingestion reads (Markdown, text, PDF)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith(".")


def load_document(path: Path) -> CorpusDocument:
    """Read and validate one corpus file; DocumentError names the file and the reason."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(path, f"unsupported file type {suffix or '(none)'}")
    try:
        if suffix in MARKDOWN_SUFFIXES:
            return parse_markdown(_read_text(path), path)
        meta = _read_sidecar(path)
        if suffix in TEXT_SUFFIXES:
            body = _read_text(path)
        else:
            body = _pdf_markdown(path, str(meta.get("language", "en")))
        return build_document(meta, body, path)
    except DocumentError:
        raise
    except (OSError, ValueError) as exc:
        raise DocumentError(path, str(exc)) from exc


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Clinic files written on Chinese Windows are often GB18030 (a superset of GBK).
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise ValueError("not UTF-8 or GB18030 text") from exc


def _read_sidecar(path: Path) -> dict[str, Any]:
    sidecar = sidecar_path(path)
    if not sidecar.exists():
        raise ValueError(f"missing front matter (no sidecar {sidecar.name})")
    try:
        meta = yaml.safe_load(_read_text(sidecar))
    except yaml.YAMLError as exc:
        raise ValueError(
            f"sidecar {sidecar.name} is not valid YAML ({_yaml_problem(exc)})"
        ) from exc
    if not isinstance(meta, dict):
        raise ValueError(f"sidecar {sidecar.name} is not a mapping")
    return meta


def _pdf_markdown(path: Path, language: str) -> str:
    """PDF text as Markdown with one ``##`` section per page, so citations can name the page."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise ValueError("unreadable PDF (encrypted)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ValueError:
        raise
    except (PyPdfError, OSError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"unreadable PDF ({type(exc).__name__}: {exc})") from exc
    parts = []
    for number, text in enumerate(pages, start=1):
        text = text.strip()
        if text:
            label = f"第 {number} 页" if language == "zh" else f"Page {number}"
            parts.append(f"## {label}\n\n{text}")
    if not parts:
        raise ValueError("unreadable PDF (no extractable text; scanned images need OCR first)")
    return "\n\n".join(parts)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _date_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or "syntax error"
    return f"{problem} at line {mark.line + 1}" if mark is not None else str(problem)
