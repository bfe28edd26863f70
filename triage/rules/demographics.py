# ruff: noqa: E501  (regular expressions of surface forms are clearer unsplit)
"""Age, sex and gestation from free text ("65岁男性", "3个月大的男婴", "a 72-year-old woman",
"8 months old", "出生10天", "怀孕32周", "28 weeks pregnant").

A bare "3天" or "3个月" is a duration, not an age: months and days count as an age only in an
age phrase (大, 龄, 的宝宝, "old", 出生/生后). "岁" and "years old" are always ages.
"""

from __future__ import annotations

import re

from .numbers import NUM, parse_number

_INFANT_NOUN = (
    r"(?:男婴|女婴|婴儿|宝宝|宝贝|患儿|男孩|女孩|小孩|孩子|男宝|女宝|新生儿|娃|儿子|女儿|男童|女童)"
)
_YEARS_ZH = re.compile(NUM + r"\s*(?:周岁|岁)(半)?(?:\s*" + NUM + r"\s*个?月)?")
_YEARS_EN = re.compile(
    r"(?<![\d.])(\d{1,3})\s*(?:-|\s)?(?:years?|yrs?|yr|y)\s*(?:-|\s)?old|(?<![\d.])(\d{1,3})\s*(?:yo|y/o|y\.o\.)(?![a-z])"
    r"|^(?:pt|patient)?\s*(\d{1,3})\s?[mf](?![a-z])|(?<![a-z])aged?\s*(\d{1,3})(?!\s*(?:months?|mo|weeks?|wk|days?|\d))|(?<![\d.])(\d{1,3})\s*(?:-|\s)?year-old"
    # "sorry I mean 2 years not weeks": an age corrected
    r"|(?<![a-z])i mean[t]?,? (\d{1,3})\s*(?:years?|yrs?)(?![a-z])"
)
_MONTHS_ZH = re.compile(
    r"月龄\s*"
    + NUM
    + r"|(?<!比)"
    + NUM
    + r"\s*个?多?月(?:龄|大(?!一?圈|一点|些|了一)|的(?="
    + _INFANT_NOUN
    + r"))"
    r"|(?<![\u4e00-\u9fff\d])" + NUM + r"\s*个?多?月(?=" + _INFANT_NOUN + r")"
    r"|" + _INFANT_NOUN + r"[\s,，]?" + NUM + r"\s*个多?月(?![了前来余])"
)
_MONTHS_EN = re.compile(
    r"(?<![\d.])(\d{1,2})\s*(?:-|\s)?(?:months?|mos?)\s*(?:-|\s)?old|(?<![\d.])(\d{1,2})-month"
    r"|(?<![\d.])(\d{1,2})\s*(?:m/o|mo/o|mos?/o)(?![a-z])"
    r"|(?<![a-z])aged?\s*(\d{1,2})\s*months?|(?<![\d.])(\d{1,2})\s*(?:months?|mos?)\s+(?:baby|infant|boy|girl|child|son|daughter)"
)
_EN_PERSON = r"(?<![a-z])(?:man|woman|male|female|lady|gentleman|boy|girl|baby|infant|son|daughter|mr|mrs|ms|pt|patient)"
_EN_PERSON_AGE = re.compile(
    _EN_PERSON
    # ("lady 7wks pregnant": her pregnancy's weeks, not her age)
    + r"[\s,:]*(?:aged?\s*)?(\d{1,3})(?!\s*(?:weeks?|wks?|w)\s*(?:pregnant|preg|gestation|pg\b))"
    r"(?:\s*(years?|yrs?|y|months?|mos?|weeks?|wks?|days?|hours?|hrs?)(?![a-z]))?"
    r"(?!\s*(?:%|/|kg|cm|mmhg|°|\.\d))"
)
_EN_UNIT_DAYS = {"y": 365.0, "m": 30.4, "w": 7.0, "d": 1.0, "h": 0.0}
# Not the mother's days since the birth (生完娃三天).
_ZH_INFANT_DAYS = re.compile(
    r"(?<!生完)(?<!生了)(?<!生下)(?<!刚生)"
    + _INFANT_NOUN
    + r"[\s,，]?"
    + NUM
    + r"\s*(天|日|周|个?小时)(?![了前来余])"
)
_WEEKS_ZH = re.compile(
    r"(?:出生|生后|出生后)\s*"
    + NUM
    + r"\s*(?:周|星期)|(?<!比)"
    + NUM
    + r"\s*(?:周|个星期)(?:大(?!一?圈|一点|些|了一)|龄)"
)
_WEEKS_EN = re.compile(
    r"(?<![\d.])(\d{1,2})\s*(?:-|\s)?weeks?\s*(?:-|\s)?old|(?<![\d.])(\d{1,2})-week(?!s? pregnant)"
)
# "一天比一天大" (bigger every day) and "一天大一圈" describe growth, not an age.
_DAYS_ZH = re.compile(
    r"(?:出生|生后|出生后|日龄|新生儿)\s*"
    + NUM
    + r"\s*(?:天|日)"
    # 宝宝第4天, 新生儿出生第3天: the baby's own day of life
    + r"|(?:宝宝|新生儿|婴儿|娃娃?)(?:出生后?)?第\s*"
    + NUM
    + r"\s*天|(?<!比)"
    + NUM
    + r"\s*(?:天|日)(?:大(?!一?圈|一点|些|了一)|龄)"
    # 出水痘第4天的娃, 发烧4天的孩子: the illness's day, not the child's age
    r"|(?:(?<![\u4e00-\u9fff\d])|(?<=[才刚这那个是只]))" + NUM + r"\s*天的(?=" + _INFANT_NOUN + r")"
    # Without 的 only where nothing is told before it: "发烧3天孩子精神差" is a 3-day fever.
    r"|(?<![\u4e00-\u9fff\d])" + NUM + r"\s*天(?=" + _INFANT_NOUN + r")"
)
_DAYS_EN = re.compile(
    r"(?<![\d.])(\d{1,2})\s*(?:-|\s)?days?\s*(?:-|\s)?old|(?<![\d.])(\d{1,2})-day|day\s*(\d{1,2})\s*of life"
)
_NEONATE = re.compile(r"新生儿|刚出生|(?<![a-z])(?:newborn|neonate|neonatal)(?![a-z])")
_INFANT = re.compile(r"婴儿|男婴|女婴|(?<![a-z])(?:infant|baby)(?![a-z])")
_CHILD = re.compile(
    r"小孩|孩子|儿童|患儿|宝宝|男孩|女孩|男童|女童|幼儿|(?<![a-z])(?:child|kid|toddler|boy|girl|son|daughter)(?![a-z])"
)

_MALE = re.compile(
    r"男性|男患者|男孩|男婴|男童|男宝|男子|男士|老汉|大爷|爷爷|老头|先生|大叔|小伙|(?<![a-z])(?:man|male|boy|gentleman|"
    r"husband|father|son|he|his|him)(?![a-z])|(?<![\u4e00-\u9fff])男(?![\u4e00-\u9fff])|男[,，\s]|岁男|(?<=\d)m(?![a-z])"
)
_FEMALE = re.compile(
    r"女性|女患者|女孩|女婴|女童|女宝|妇女|女子|女士|孕妇|产妇|大妈|奶奶|阿姨|老太|姑娘|大娘|大嫂|媳妇|"
    r"(?<![a-z])(?:woman|female|girl|lady|wife|mother|daughter|she|her)(?![a-z])|(?<![\u4e00-\u9fff])女(?![\u4e00-\u9fff])|"
    r"女[,，\s]|岁女|(?<=\d)f(?![a-z])"
)
_GESTATION = re.compile(
    r"(?:怀孕|孕妇|孕|妊娠)\s*"
    + NUM
    + r"\s*(?:\+\d)?\s*(?:周|w)|(?<![\d.])(\d{1,2})\s*(?:\+\d\s*)?(?:weeks?|wks?)\s*(?:pregnant|gestation|of pregnancy)"
    r"|(?:pregnant|gestation)\s*(?:at|of)?\s*(\d{1,2})\s*weeks?"
    # obstetric notation: 24/40, 39+2/40 (weeks of the 40)
    r"|(?<![\d/.])(\d{1,2})\s*(?:\+\d)?\s*/\s*40(?![\d/])"
    # weeks since the last period: LMP 8/52 ago, LMP 7 weeks ago, 停经8周
    # (from 5 weeks: a period 2 weeks ago is a cycle, not a pregnancy)
    r"|(?<![a-z])lmp\s*(?:was\s*)?([5-9]|[1-4]\d)\s*(?:/\s*52|weeks?|wks?)"
    r"|停经\s*" + NUM + r"\s*(?:周|w)"
    # 8 weeks by dates, 怀孕八个礼拜
    r"|(?<![\d.])(\d{1,2})\s*weeks?\s*by\s*(?:dates|lmp|scan|u/?s)"
    r"|(?:怀孕|孕)\s*" + NUM + r"\s*个?(?:礼拜|星期)"
    # 34周的孕妇, 36周孕妇
    r"|(?<![\d.])(\d{1,2})\s*(?:\+\d\s*)?周的?(?:孕妇|身孕)"
    # 头胎 39周, 二胎38周; "primi 39+3", "G4P3 at 34wk", "ANC today 34w", a bare 39+3
    r"|(?:头胎|二胎|三胎|初产妇?|经产妇?)\s*(\d{1,2})\s*(?:\+\d\s*)?周"
    r"|(?<![a-z])(?:primi|multip|g\d\s*p\d)\s*(?:at\s*)?(\d{1,2})\s*(?:\+\d|w|wks?|weeks?)(?![a-z\d])"
    r"|(?<![a-z])(?:anc|antenatal)[^.\d]{0,15}?(\d{1,2})\s*(?:w|wks?|weeks?)(?![a-z])"
    r"|(?<![\d./])([1-3]\d|4[0-2])\+[0-6](?![\d/])"
)
_GESTATION_MONTHS = re.compile(
    r"(?:怀孕|孕)\s*" + NUM + r"\s*个?多?月|(\d{1,2})\s*months? pregnant"
)


def _first_number(m: re.Match[str]) -> float | None:
    for g in m.groups():
        if g and (g[0].isdigit() or g[0] in "零一二两三四五六七八九十百半"):
            value = parse_number(g)
            if value is not None:
                return value
    return None


def parse_age_days(text: str) -> int | None:
    """The patient's age in days if the normalised text states one, else None."""
    candidates: list[tuple[int, int]] = []  # (position, days)
    for m in _YEARS_ZH.finditer(text):
        years = parse_number(m.group(1))
        if years is None:
            continue
        days = years * 365 + (182 if m.group(2) else 0)
        if m.group(3):
            months = parse_number(m.group(3)) or 0
            days += months * 30.4
        candidates.append((m.start(), int(days)))
    for rx, factor in (
        (_YEARS_EN, 365.0),
        (_MONTHS_ZH, 30.4),
        (_MONTHS_EN, 30.4),
        (_WEEKS_ZH, 7.0),
        (_WEEKS_EN, 7.0),
        (_DAYS_ZH, 1.0),
        (_DAYS_EN, 1.0),
    ):
        for m in rx.finditer(text):
            value = _first_number(m)
            if value is not None:
                candidates.append((m.start(), int(value * factor)))
    for m in _EN_PERSON_AGE.finditer(text):
        unit = (m.group(2) or "y")[0]
        value = float(m.group(1))
        candidates.append((m.start(), int(value * _EN_UNIT_DAYS.get(unit, 365.0))))
    for m in _ZH_INFANT_DAYS.finditer(text):
        value = parse_number(m.group(1))
        if value is not None:
            factor = {"天": 1, "日": 1, "周": 7}.get(m.group(2), 0)
            candidates.append((m.start(), int(value * factor)))
    for m in re.finditer(r"(?:出生|生后)\s*" + NUM + r"\s*个?(?:小时|钟头)", text):
        candidates.append((m.start(), 0))
    candidates = [(p, d) for p, d in candidates if 0 <= d <= 120 * 365]
    if not candidates:
        return None
    return min(candidates)[1]  # the first age stated is the patient's


def parse_age_hint(text: str) -> str | None:
    """A coarse age group from words like 新生儿, infant, 孩子 when no number is given."""
    if _NEONATE.search(text):
        return "neonate"
    if _INFANT.search(text):
        return "infant"
    if _CHILD.search(text):
        return "child"
    return None


def parse_sex(text: str) -> str | None:
    """ "male" or "female" from the first sex word in the normalised text."""
    male = _MALE.search(text)
    female = _FEMALE.search(text)
    if male and (not female or male.start() < female.start()):
        return "male"
    if female:
        return "female"
    return None


def parse_gestation_weeks(text: str) -> int | None:
    """Weeks of pregnancy (怀孕32周, 孕28周, "28 weeks pregnant", 怀孕3个月), else None."""
    m = _GESTATION.search(text)
    if m:
        value = _first_number(m)
        if value is not None and 1 <= value <= 44:
            return int(value)
    m = _GESTATION_MONTHS.search(text)
    if m:
        value = _first_number(m)
        if value is not None and 1 <= value <= 10:
            return int(value * 4.3)
    return None
