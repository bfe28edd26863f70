# ruff: noqa: E501  (regular expressions of surface forms are clearer unsplit)
"""Durations and onset: "3天", "2小时", "for 3 days", "since this morning", 昨晚, 刚才."""

from __future__ import annotations

import re

from .numbers import NUM, parse_number

_UNIT_HOURS = {
    "分钟": 1 / 60, "分": 1 / 60, "min": 1 / 60, "mins": 1 / 60, "minute": 1 / 60, "minutes": 1 / 60,
    "小时": 1, "个小时": 1, "钟头": 1, "个钟头": 1, "h": 1, "hr": 1, "hrs": 1, "hour": 1, "hours": 1,
    "天": 24, "日": 24, "day": 24, "days": 24,
    "周": 168, "星期": 168, "个星期": 168, "礼拜": 168, "个礼拜": 168, "week": 168, "weeks": 168, "wk": 168, "wks": 168,
    "月": 730, "个月": 730, "month": 730, "months": 730,
    "年": 8760, "year": 8760, "years": 8760,
}  # fmt: skip
_DURATION = re.compile(
    NUM
    + r"\s*(?:多|余|来)?\s*(?:个多(?=小时|钟头|星期|礼拜|月))?(个小时|个钟头|个星期|个礼拜|个月|分钟|小时|钟头|星期|礼拜|天|日|周|年|月"
    r"|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?)(?![a-z])(?!\s*(?:大|龄|old|-old))"
)
# Gestational weeks, an age (出生10天, 2岁3个月) or an infant's age (三个月宝宝) is not a duration.
_NOT_DURATION_BEFORE = ("孕", "怀孕", "妊娠", "出生", "生后", "日龄", "新生儿", "岁", "月龄")
_NOT_DURATION_AFTER = (
    "pregnant", "gestation", "的宝宝", "宝宝", "婴儿", "男婴", "女婴", "患儿", "的婴儿", "的孩子", "孩子",
    "old", "-old", "男孩", "女孩", "的男婴", "的女婴", "的娃", "男娃", "女娃", "的闺女",
    "的女娃", "的男娃", "的女孩", "的男孩", "的小孩", "的小子", "的丫头",
)  # fmt: skip
# Clinic shorthand opens with a baby's age in months ("4个月 鼻子堵", "十个月男娃 今天发烧"); a
# symptom's duration in months follows the symptom ("咳嗽4个月") or says so ("3个月来").
_LEADING_AGE = re.compile(NUM + r"\s*个月(?:大)?(?![来了前内后以左多余的里中时])")
_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff]")
_RELATIVE = [
    (
        re.compile(
            r"刚才|刚刚|刚|半小时前|(?<![a-z])(?:just now|minutes ago|an hour ago|half an hour ago)(?![a-z])"
        ),
        0.5,
    ),
    (
        re.compile(
            r"今天|今早|今晨|(?<![昨前]天)(?:早上|上午|中午|下午)|今晚|(?<![a-z])(?:this (?:morning|afternoon|evening)|today|tonight)(?![a-z])"
        ),
        6.0,
    ),
    (re.compile(r"昨天|昨晚|昨日|(?<![a-z])(?:yesterday|last night|overnight)(?![a-z])"), 24.0),
    (re.compile(r"(?<!大)前天|(?<![a-z])(?:the day before yesterday)(?![a-z])"), 48.0),
    # "on Sunday evening": a day of the week named for the onset is at least yesterday.
    (
        re.compile(
            r"(?<![a-z])(?:(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|morning|afternoon|evening))(?![a-z])"
        ),
        24.0,
    ),
    (re.compile(r"大前天"), 72.0),
    (re.compile(r"好几周|几个星期|(?<![a-z])for (?:several |a few )?weeks(?![a-z])"), 336.0),
    (
        re.compile(
            r"好几个月|几个月了|好多年|多年|(?<![a-z])(?:for (?:several |a few )?(?:months|years)|for ages)(?![a-z])"
        ),
        2190.0,
    ),
]


# Clinical notes' shorthand: 4/7 is four days, 3/52 three weeks, 2/12 two months.
_SLASH_DURATION = re.compile(r"(?<![\d/.])(\d{1,2})\s*/\s*(7|52|12)(?![\d/])")
_SLASH_HOURS = {"7": 24.0, "52": 168.0, "12": 730.0}


# The day of an illness: "day 5 of fever", 发烧第5天 (N days so far).
_DAY_OF = re.compile(
    r"(?<![a-z])day\s*(\d{1,2})\s+of\s+(?:the\s+|his\s+|her\s+)?(?:fever|illness|symptoms|cough|diarrho?ea|vomiting)(?![a-z])"
    r"|(?:烧|发烧|发热|咳嗽|拉肚子|腹泻)(?:到|的)?第\s*" + NUM + r"\s*天"
)


def find_durations(text: str) -> list[tuple[int, int, float]]:
    """(start, end, hours) for every duration or relative onset in the normalised text."""
    out = []
    for m in _DURATION.finditer(text):
        value = parse_number(m.group(1))
        unit = m.group(2)
        if value is None or unit not in _UNIT_HOURS:
            continue
        # "岁" ages and gestational "孕32周" are not durations
        before = text[max(0, m.start() - 3) : m.start()]
        after = text[m.end() : m.end() + 12].lstrip()
        if before.endswith(_NOT_DURATION_BEFORE):
            continue
        # "3天的宝宝" is an age; so is "3天宝宝" opening a message, but "发烧3天 孩子精神差" is a
        # 3-day fever (spaces between Chinese words are gone by now).
        told_before = m.start() > 0 and _CJK_BEFORE.match(text[m.start() - 1])
        if after.startswith(_NOT_DURATION_AFTER) and (after.startswith("的") or not told_before):
            continue
        if "." in m.group(1) and 35 <= value <= 43 and _UNIT_HOURS[unit] == 24:
            continue  # "fever 38.2 day 1": a temperature, then the day of the illness
        if _LEADING_AGE.match(text, m.start()) and not text[: m.start()].strip():
            continue  # "十个月 拉稀两天": a baby's age opening the message, not how long
        out.append((m.start(), m.end(), value * _UNIT_HOURS[unit]))
    for rx, hours in _RELATIVE:
        for m in rx.finditer(text):
            out.append((m.start(), m.end(), hours))
    for m in _DAY_OF.finditer(text):
        value = parse_number(m.group(1) or m.group(2))
        if value is not None:
            out.append((m.start(), m.end(), value * 24.0))
    for m in _SLASH_DURATION.finditer(text):
        out.append((m.start(), m.end(), int(m.group(1)) * _SLASH_HOURS[m.group(2)]))
    return out
