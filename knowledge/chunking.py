"""Split corpus documents into retrievable chunks (pure: no Django, no I/O).

A chunk never crosses a ``##``/``###`` heading; long sections are packed from paragraphs and
sentences up to a size bound, with a small overlap between consecutive chunks of a section.
Size is counted in characters with a CJK character counting as two, because a Chinese character
carries about as much meaning (and as many model tokens) as two to four Latin letters; the default
bound keeps a chunk inside multilingual-e5-small's 512-token window in both languages.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from knowledge.documents import CorpusDocument

DEFAULT_MAX_SIZE = 900
DEFAULT_OVERLAP = 120
SECTION_SEPARATOR = " > "

_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
_FENCE_RE = re.compile(r"^\s*(```|~~~)")
# Sentence ends: Chinese full-width stops (no space follows them) or Latin stops before a space.
_SENTENCE_RE = re.compile(r"(?<=[。！？；!?])|(?<=[.;:])(?=\s)")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_SLUG_DROP_RE = re.compile(r"[^\w\u3400-\u9fff]+")


@dataclass(frozen=True)
class Section:
    """A run of body text under one heading path (empty path: text before the first heading)."""

    path: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Chunk:
    """One retrievable unit of a document, with the metadata stored beside its vector."""

    chunk_id: str
    document_id: str
    topic: str
    version: str
    title: str
    section: str
    language: str
    kind: str
    source: str
    review_date: str
    ordinal: int
    text: str
    content_hash: str

    def embedding_text(self) -> str:
        """The text that is embedded and indexed: title and section give the chunk its context."""
        return embedding_text(self.title, self.section, self.text)

    def metadata(self) -> dict[str, str | int]:
        """Chroma metadata for this chunk (scalar values only)."""
        return {
            "document_id": self.document_id,
            "topic": self.topic,
            "version": self.version,
            "title": self.title,
            "section": self.section,
            "language": self.language,
            "kind": self.kind,
            "source": self.source,
            "review_date": self.review_date,
            "ordinal": self.ordinal,
            "content_hash": self.content_hash,
        }


def embedding_text(title: str, section: str, text: str) -> str:
    """Title, section path and text as one string for embedding and lexical indexing."""
    head = f"{title}{SECTION_SEPARATOR}{section}" if section and section != title else title
    return f"{head}\n{text}"


def text_size(text: str) -> int:
    """Size of a text in characters, a CJK character counting as two."""
    return len(text) + len(_CJK_RE.findall(text))


def split_sections(markdown: str) -> list[Section]:
    """Split a Markdown body on ``##`` and ``###`` headings into sections with heading paths.

    The ``#`` title heading is dropped (the title is document metadata); deeper headings
    (``####`` and below) stay inside their section's text.
    """
    sections: list[Section] = []
    path: tuple[str, ...] = ()
    lines: list[str] = []
    in_fence = False

    def flush() -> None:
        text = "\n".join(lines).strip()
        if text:
            sections.append(Section(path, text))
        lines.clear()

    for line in markdown.splitlines():
        if _FENCE_RE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING_RE.match(line)
        if match and len(match.group(1)) <= 3:
            flush()
            level, heading = len(match.group(1)), _clean_heading(match.group(2))
            if level == 1:
                path = ()
            elif level == 2:
                path = (heading,)
            else:
                path = (path[0], heading) if path else (heading,)
        else:
            lines.append(line)
    flush()
    return sections


def split_text(text: str, max_size: int, overlap: int) -> list[str]:
    """Pack paragraphs and sentences into pieces of at most ``max_size``, overlapping by up to
    ``overlap`` (whole trailing sentences where they fit)."""
    if max_size <= 0 or overlap < 0 or overlap >= max_size:
        raise ValueError("need 0 <= overlap < max_size")
    units = _units(text, max_size)
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for unit in units:
        unit_size = text_size(unit) + 1
        if current and size + unit_size > max_size:
            chunks.append(_join(current))
            current = _tail(current, overlap, max_size - unit_size)
            size = sum(text_size(u) + 1 for u in current)
        current.append(unit)
        size += unit_size
    if current:
        chunks.append(_join(current))
    return chunks


def chunk_document(
    doc: CorpusDocument,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    overlap: int = DEFAULT_OVERLAP,
) -> list[Chunk]:
    """Chunk a document by headings with a size bound and overlap; chunk ids are stable."""
    chunks: list[Chunk] = []
    used_slugs: dict[str, int] = {}
    source = doc.source.citation()
    for section in split_sections(doc.body):
        section_path = SECTION_SEPARATOR.join(section.path) if section.path else doc.title
        slug = section_slug(section.path)
        # Two sections with the same heading path (it happens in long protocols) stay distinct.
        used_slugs[slug] = used_slugs.get(slug, 0) + 1
        if used_slugs[slug] > 1:
            slug = f"{slug}-{used_slugs[slug]}"
        for ordinal, text in enumerate(split_text(section.text, max_size, overlap)):
            body = embedding_text(doc.title, section_path, text)
            chunks.append(
                Chunk(
                    chunk_id=f"{doc.id}/{slug}/{ordinal}",
                    document_id=doc.id,
                    topic=doc.topic,
                    version=doc.corpus_version,
                    title=doc.title,
                    section=section_path,
                    language=doc.language,
                    kind=doc.kind,
                    source=source,
                    review_date=doc.review_date,
                    ordinal=ordinal,
                    text=text,
                    content_hash=content_hash(body),
                )
            )
    return chunks


def section_slug(path: tuple[str, ...]) -> str:
    """A compact, stable id part for a heading path (CJK kept, punctuation dropped)."""
    if not path:
        return "intro"
    parts = [_SLUG_DROP_RE.sub("-", part.lower()).strip("-_") for part in path]
    return "--".join(part or "section" for part in parts)


def content_hash(text: str) -> str:
    """SHA-256 of the text that gets embedded; equal hashes mean the vector can be kept."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _clean_heading(heading: str) -> str:
    return re.sub(r"\s+", " ", heading.replace("*", "").replace("`", "")).strip()


def _units(text: str, max_size: int) -> list[str]:
    """Paragraph-sized units; oversize paragraphs split into sentences, oversize sentences cut."""
    units: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if text_size(paragraph) <= max_size // 2:
            units.append(paragraph)
            continue
        # Lines (list items, table rows) first, then sentences within a long line.
        for line in paragraph.splitlines():
            line = line.rstrip()
            if not line.strip():
                continue
            if text_size(line) <= max_size // 2:
                units.append(line)
                continue
            for sentence in _SENTENCE_RE.split(line):
                if sentence.strip():
                    units.extend(_hard_cut(sentence.strip(), max_size // 2))
    return units


def _hard_cut(sentence: str, limit: int) -> list[str]:
    """Cut a sentence longer than ``limit`` at spaces where possible (English), else anywhere."""
    pieces: list[str] = []
    while text_size(sentence) > limit:
        cut = _prefix_len(sentence, limit)
        space = sentence.rfind(" ", 0, cut)
        if space > cut // 2:
            cut = space
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    if sentence:
        pieces.append(sentence)
    return pieces


def _prefix_len(text: str, limit: int) -> int:
    size = 0
    for index, char in enumerate(text):
        size += 2 if _CJK_RE.match(char) else 1
        if size > limit:
            return max(index, 1)
    return len(text)


def _tail(units: list[str], overlap: int, room: int) -> list[str]:
    """Trailing units of the previous chunk that fit in the overlap (and next to the new unit)."""
    budget = min(overlap, room)
    tail: list[str] = []
    size = 0
    for unit in reversed(units):
        unit_size = text_size(unit) + 1
        if size + unit_size > budget:
            break
        tail.insert(0, unit)
        size += unit_size
    if not tail and budget > 20 and units:
        # No whole unit fits: carry the last sentence of the previous unit if it is short enough.
        last = [s for s in _SENTENCE_RE.split(units[-1]) if s.strip()]
        if last and text_size(last[-1].strip()) + 1 <= budget:
            tail = [last[-1].strip()]
    return tail


def _join(units: list[str]) -> str:
    return "\n".join(units).strip()
