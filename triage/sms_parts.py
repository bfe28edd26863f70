"""Split an SMS body into single-message parts at sentence boundaries. Pure: no Django, no I/O.

A single SMS holds 160 GSM-7 septets, or 70 UCS-2 code units as soon as one character is
outside the GSM-7 alphabet (any Chinese text) (3GPP TS 23.038 §6.2.1; TS 23.040 §9.2.3.24).
Each part returned here is meant to go out as its own standalone SMS, so the single-message
limits apply, not the 153/67 of a concatenated message whose header eats 6 bytes per part.
"""

from __future__ import annotations

import re

GSM7_LIMIT = 160
UCS2_LIMIT = 70

# 3GPP TS 23.038 §6.2.1: the default alphabet, and the extension table reached through an
# escape (each of those costs two septets).
_GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

# A sentence ends after 。！？； (always), after .!?; followed by whitespace (so "38.5" and
# "3.2mmol" stay whole), or at a line break; closing quotes and brackets stay with it.
_SENTENCE_END = re.compile(r"(?:[。！？；!?]+|[.;](?=\s|$))[”’」』）)\]\"']*\s*|\n+")
# Tokens that must not be cut: words, numbers with decimals/ratios/units ("38.5℃", "85/50").
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.,:/'-][A-Za-z0-9]+)*(?:%|℃|°C)?")
_CLAUSE_BREAKS = "，、,：:；;）)"


def is_gsm7(text: str) -> bool:
    """Whether every character of `text` is in the GSM-7 alphabet (with its extension)."""
    return all(ch in _GSM7_BASIC or ch in _GSM7_EXTENSION for ch in text)


def sms_limit(body: str) -> int:
    """Characters one SMS holds for this body: 160 for GSM-7 text, 70 otherwise (UCS-2)."""
    return GSM7_LIMIT if is_gsm7(body) else UCS2_LIMIT


def sms_length(text: str, *, gsm7: bool | None = None) -> int:
    """Length in the units the SMS limit counts: GSM-7 septets or UTF-16 code units."""
    if gsm7 is None:
        gsm7 = is_gsm7(text)
    return sum(_unit(ch, gsm7) for ch in text)


def _unit(ch: str, gsm7: bool) -> int:
    if gsm7:
        return 2 if ch in _GSM7_EXTENSION else 1
    return 2 if ord(ch) > 0xFFFF else 1  # outside the BMP: a UTF-16 surrogate pair


def _sentences(body: str) -> list[str]:
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(body):
        if match.end() > start:
            pieces.append(body[start : match.end()])
            start = match.end()
    if start < len(body):
        pieces.append(body[start:])
    return pieces


def _fits(text: str, budget: int, gsm7: bool) -> bool:
    return sms_length(text.strip(), gsm7=gsm7) <= budget


def _hard_split(sentence: str, budget: int, gsm7: bool) -> list[str]:
    """Cut one over-long sentence into pieces of at most `budget` units."""
    pieces = []
    rest = sentence.strip()
    while sms_length(rest, gsm7=gsm7) > budget:
        used, limit = 0, 0
        for i, ch in enumerate(rest):
            used += _unit(ch, gsm7)
            if used > budget:
                break
            limit = i + 1
        cut = _cut_position(rest, max(limit, 1))
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def _cut_position(text: str, limit: int) -> int:
    """The last index <= limit to cut at: after a comma, else at a space, else anywhere not
    inside a word or number, else at the limit itself."""
    inside = {i for t in _TOKEN.finditer(text) for i in range(t.start() + 1, t.end())}
    floor = max(1, limit // 3)  # a cut earlier than this would waste most of the part
    candidates = [i for i in range(limit, floor - 1, -1) if 0 < i < len(text) and i not in inside]
    for allowed in (
        lambda i: text[i - 1] in _CLAUSE_BREAKS,
        lambda i: text[i - 1].isspace() or text[i].isspace(),
    ):
        for i in candidates:
            if allowed(i):
                return i
    return candidates[0] if candidates else limit


def _pack(sentences: list[str], budget: int, gsm7: bool) -> list[str]:
    parts: list[str] = []
    current = ""
    for sentence in sentences:
        if _fits(current + sentence, budget, gsm7):
            current += sentence
            continue
        if current.strip():
            parts.append(current.strip())
        current = ""
        if _fits(sentence, budget, gsm7):
            current = sentence
        else:
            *whole, last = _hard_split(sentence, budget, gsm7)
            parts.extend(whole)
            current = last + (" " if sentence[-1:].isspace() else "")
    if current.strip():
        parts.append(current.strip())
    return parts


def split_sms(body: str, *, max_chars: int | None = None, numbered: bool = False) -> list[str]:
    """Split `body` into SMS-sized parts at sentence boundaries; `numbered` appends "(1/3)"
    to each part within the same limit. A body that fits is returned whole, unnumbered."""
    body = body.strip()
    if not body:
        return []
    gsm7 = is_gsm7(body)
    limit = max_chars if max_chars is not None else (GSM7_LIMIT if gsm7 else UCS2_LIMIT)
    if limit < 1:
        raise ValueError("max_chars must be at least 1")
    if sms_length(body, gsm7=gsm7) <= limit:
        return [body]
    sentences = _sentences(body)
    if not numbered:
        return _pack(sentences, limit, gsm7)
    # The suffix length depends on the number of parts, which depends on the suffix: widen
    # the reserved digits until the count fits them.
    digits = 1
    while True:
        suffix_len = len(f" ({'9' * digits}/{'9' * digits})")
        if limit - suffix_len < 1:
            raise ValueError(f"max_chars={limit} leaves no room for the part numbers")
        parts = _pack(sentences, limit - suffix_len, gsm7)
        if len(str(len(parts))) <= digits:
            break
        digits = len(str(len(parts)))
    total = len(parts)
    return [f"{part}{' ' if gsm7 else ''}({i}/{total})" for i, part in enumerate(parts, 1)]
