"""Numbers written with digits or Chinese numerals (三, 十五, 两, 半)."""

from __future__ import annotations

NUM = r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十百半]+)"

_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def parse_number(token: str) -> float | None:
    """The value of a digit string or a Chinese numeral up to 999, None if unreadable."""
    if not token:
        return None
    if token[0].isdigit():
        try:
            return float(token)
        except ValueError:
            return None
    if token == "半":  # noqa: S105 (a Chinese numeral, not a password)
        return 0.5
    total = 0
    current = 0
    for ch in token:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return float(total + current)
