"""Numbers written with digits or Chinese numerals (三, 十五, 两, 半)."""

from __future__ import annotations

import re

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
    # Colloquial hundreds drop the tens word: 一百六 is 160, 二百二 is 220 (一百零六 is 106).
    if len(token) == 3 and token[1] == "百" and token[0] in _DIGITS and token[2] in _DIGITS:
        return float(_DIGITS[token[0]] * 100 + _DIGITS[token[2]] * 10)
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


# A Chinese numeral as staff write a vital sign: 一百六, 八十五, 三十八度五, 二点八, 二百多.
_CN = "[零一二两三四五六七八九十百]"
CN_NUMBER = re.compile(f"({_CN}+)(?:点({_CN}+))?(多|来)?")


def cn_to_digits(text: str) -> str:
    """The digits for a Chinese numeral as staff write a vital sign (一百六 -> 160, 二点八 -> 2.8,
    二百多 -> 200, the lower bound), or the text itself when it is not one."""
    m = CN_NUMBER.fullmatch(text)
    whole = parse_number(m.group(1)) if m else None
    if whole is None:
        return text
    digits = str(int(whole))
    if m.group(2):
        frac = "".join(str(_DIGITS[ch]) for ch in m.group(2) if ch in _DIGITS)
        if frac:
            digits += "." + frac
    return digits
