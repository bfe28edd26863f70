"""Corrections told in a later message: a number typed wrong ("打错了，是38度5不是35度8", "typo
sorry - 97%"), a sign taken back ("ignore the blue lips, it was blackberry juice", "刚才说嘴唇发紫，
开灯一看是吃了桑葚"), a detail misheard ("correction - arm is fine, only face").

Staff put a slip right in the next message, as people do in chat. Without this, the wrong value
stayed (a saturation of 79 typed for 97 kept a well asthmatic an emergency) and a taken-back
sign stayed too, because a sign once told is kept when a later message says it has gone (an
event stays: NICE CG95's 12 hours, NG128's TIA). A message that says it corrects is different:
what it says about a sign replaces what was said before (engine.assess, facts.merge_facts;
an event told as over still stays), an
earlier sign whose words it takes back is set absent, the wrong value it names ("不是35度8",
"not 79") is not read as a value, and a bare number it gives ("是23.5", "- 97%") replaces the
earlier number it is a slip of (the same digits in another order, or one digit changed) or the
value told after the same label. A sign moved to another person is left as told: "it's her
husband with the chest pain" may mean the patient is the husband, whose pain it is."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# What says a message corrects an earlier one.
_CORRECTION = re.compile(
    r"打错了?|写错了?|说错了?|看错了?|听错了?|搞错了?|弄错了?|记错了?|按错了?|"
    r"(?:写|打|看|按|听|记)成了?[^，。,;；]{0,6}?了|更正|纠正一下|刚才(?:说|写)的?不对|(?:^\s*|说的|写的)不对[，,]|问清楚了|"
    r"(?:测|量)(?:得|的)?不准|没(?:测|量)准|(?:测|量)错了|"
    r"刚才(?:说|写)的?[^。；;]{1,16}?[，,](?:开灯|仔细|再|凑近)?(?:一看|看清|其实|原来|问了)|"
    # 不是全吃了，只少了1片 / 不是今天抽的，是上个月的事: not that, but this
    r"(?<![是还])不是[^，。,;；]{1,8}[，,]\s*(?:而)?(?:是|就|[^，。,;；]{0,8}?(?:只|才))|"
    r"(?<![a-z])(?:typo|correction|corrected|scratch that|misheard|misread|misunderstood|"
    r"my mistake|my bad|i meant|meant to (?:say|type|write)|should (?:say|read|have said)|"
    r"ignore (?:the|that|my|what i)|wrong (?:number|person|patient|baby|child|reading|one)|"
    r"sorry,? (?:not|wrong|i meant|my typo|typo|misread|misheard)|sorry\s*[-–—:])(?![a-z])",
    re.IGNORECASE,
)
# The wrong value a correction names, not to be read as a value: 不是35度8, 刚才写成23了,
# "not 79%", "not 190/60".
_VALUE = (
    r"\d{1,3}(?:[.,]\d{1,2})?(?:\s*/\s*\d{2,3})?"
    r"(?:\s*(?:度\d?|%|次|mmol\S*|kg|公斤|岁|个月|周|mg|毫克))?"
)
_WRONG_VALUE = re.compile(
    r"(?:而?不是|并不是|(?:写|打|看|按|听|记)成了?|(?<![a-z])(?:not|instead of|rather than))\s*"
    + _VALUE,
    re.IGNORECASE,
)
# A number told bare, the value of what came before (是23.5, 再测是94, "- 97%", "it's 98").
_BARE_NUMBER = re.compile(
    r"(?:^|[，,：:=\-–]|是|为|(?<![a-z])(?:is|was|it'?s|be|meant))\s*(\d{2,3}(?:\.\d)?)(?![\d./])"
)
_NUMBER = re.compile(r"(?<![\d.])\d{2,3}(?:\.\d)?(?![\d])")
# What a correction takes back by naming it: "not green", "ignore the blue lips", 刚才说嘴唇发紫,
# 不是黄色 (merge_facts sets the earlier sign whose words these are to absent).
_RETRACTED = re.compile(
    r"(?:(?<![a-z])(?:not|ignore(?: the| that| my)?|isn'?t|wasn'?t))\s+"
    r"([a-z][a-z' ]{1,25}?)(?=\s*(?:[,.;:!?]|\s[-–]|$))"
    r"|(?:刚才说的?|不是)([\u4e00-\u9fff]{2,8}?)(?=[，,。；;]|不对|$)"
    r"|(?<![a-z])(?:the |his |her )?([a-z]+) (?:is|are|was|were) (?:fine|normal|ok|okay)(?![a-z])",
    re.IGNORECASE,
)
# The past a correction moves an event to (是上个月的事, 是去年的事).
_PAST_TIME = re.compile(
    r"是((?:上个?月|去年|前年|上周|上礼拜|上星期|上次|半年前|几个月前|几年前|\d+个?(?:月|年|周)前))的事"
)
# A vital sign's label, for a bare corrected value (刚才血氧测得不准 ... 再测是94).
_LABELS = (
    r"血氧|氧饱和度?|(?<![a-z])(?:sats|spo2|o2 sats?)(?![a-z])",
    r"血糖|(?<![a-z])(?:bm|glucose|sugar|cbg)(?![a-z])",
    r"体温|(?<![a-z])(?:temp|temperature)(?![a-z])",
    r"心率|脉搏|(?<![a-z])(?:hr|pulse|heart rate)(?![a-z])",
    r"呼吸|(?<![a-z])(?:rr|resp rate|respiratory rate)(?![a-z])",
)


def is_correction(text: str) -> bool:
    """The message says it corrects something said before."""
    return bool(_CORRECTION.search(unicodedata.normalize("NFKC", text)))


def apply_corrections(
    texts: Sequence[str],
) -> tuple[list[str], list[frozenset[str] | None]]:
    """The messages with each correction's wrong values taken out and the earlier numbers it
    puts right replaced; and for each message, None, or (a correction) the words of the signs
    it takes back."""
    out = [unicodedata.normalize("NFKC", t) for t in texts]
    retracted: list[frozenset[str] | None] = []
    for i, text in enumerate(out):
        if not _CORRECTION.search(text):  # (already NFKC)
            retracted.append(None)
            continue
        retracted.append(
            frozenset(
                next(g for g in m.groups() if g).strip().lower() for m in _RETRACTED.finditer(text)
            )
        )
        # The sign taken back is not read again from the correction's own words (刚才说嘴唇发紫,
        # "ignore the blue lips"); merge_facts takes it back by its words.
        text = _RETRACTED.sub(" ", _WRONG_VALUE.sub(" ", text))
        # 不是今天抽的，是上个月的事了，当时抽了不到2分钟: "then" is the time the correction names
        past = _PAST_TIME.search(text)
        if past:
            text = text.replace("当时", past.group(1))
        out[i] = text
        for m in _BARE_NUMBER.finditer(text):
            value = m.group(1)
            if not _replace_slip(out, i, value):
                label = _label_before(text, m.start(1))
                if label is not None:
                    _replace_labelled(out, i, label, value)
    return out, retracted


def _label_before(text: str, at: int) -> str | None:
    """The vital sign's label told nearest before a bare value, within 40 characters."""
    best: tuple[int, str] | None = None
    for rx in _LABELS:
        for m in re.finditer(rx, text[max(0, at - 40) : at], re.IGNORECASE):
            if best is None or m.start() >= best[0]:
                best = (m.start(), rx)
    return best[1] if best else None


def _replace_slip(out: list[str], i: int, right: str) -> bool:
    """Put `right` in place of the latest earlier number it is a slip of."""
    for j in range(i - 1, -1, -1):
        slips = [m for m in _NUMBER.finditer(out[j]) if _is_slip(m.group(), right)]
        if slips:
            m = slips[-1]
            out[j] = out[j][: m.start()] + right + out[j][m.end() :]
            return True
    return False


def _replace_labelled(out: list[str], i: int, label: str, right: str) -> None:
    """Put `right` in place of the latest earlier value told after the same label (血氧85 ->
    血氧94 when the correction says 血氧测得不准 ... 再测是94)."""
    rx = re.compile(r"(?:" + label + r")[^\d，。,;；]{0,6}?(\d{2,3}(?:\.\d)?)", re.IGNORECASE)
    for j in range(i - 1, -1, -1):
        found = list(rx.finditer(out[j]))
        if found:
            m = found[-1]
            out[j] = out[j][: m.start(1)] + right + out[j][m.end(1) :]
            return


def _is_slip(typed: str, right: str) -> bool:
    """Two numbers of the same shape, one a slip of the other: the digits in another order, or
    one digit different (13.5 for 23.5, 89 for 98, 79 for 97)."""
    if typed == right or len(typed) != len(right) or typed.find(".") != right.find("."):
        return False
    a, b = typed.replace(".", ""), right.replace(".", "")
    return sorted(a) == sorted(b) or sum(x != y for x, y in zip(a, b, strict=True)) == 1
