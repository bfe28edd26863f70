"""What a rule returns: a level with its label, triggering facts, source and actions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import CONCEPTS
from .values import Level, Text


@dataclass(frozen=True)
class Hit:
    """One rule's conclusion. Red flags are hits at urgent or emergency level."""

    level: Level
    code: str
    label: Text
    triggers: tuple[str, ...]
    source: str
    actions: tuple[str, ...] = ()


def hit(
    level: Level,
    code: str,
    zh: str,
    en: str,
    triggers: list[str] | tuple[str, ...],
    source: str,
    actions: tuple[str, ...] = (),
) -> Hit:
    """Build a Hit (triggers are concept codes or short vital-sign strings)."""
    return Hit(level, code, Text(zh, en), tuple(dict.fromkeys(triggers)), source, actions)


def same_day_hits(rows) -> list[Hit]:
    """A same-day hit for each (fires, code, zh, en, triggers, source) row that fires."""
    return [
        hit(Level.URGENT, code, zh, en, triggers, source, ("see_doctor_today",))
        for fires, code, zh, en, triggers, source in rows
        if fires
    ]


# Triggers that are not concepts, named in both languages (staff read the reasons).
_NAMED = {
    "age>=65": Text("年龄≥65岁", "age 65 or over"),
    "age<1": Text("不满1岁", "under 1 year"),
    "female>=45": Text("女性≥45岁", "woman 45 or over"),
    "altered_mental": Text("意识改变", "altered mental state"),
    "high_fever": Text("高热", "high fever"),
    "preterm_contractions": Text("早产宫缩", "preterm contractions"),
    "antibiotic_course": Text("抗生素疗程中", "antibiotic course under way"),
    "one_leg_weak": Text("一侧下肢新发无力", "one leg newly weak"),
    "posterior_bleed": Text(
        "血向咽部流（后鼻孔出血）", "blood running down the throat (posterior bleed)"
    ),
    "no_complaint": Text("未述不适", "no complaint stated"),
    "age<3 months": Text("不满3月龄", "under 3 months"),
    "chronic lung disease": Text("慢性肺病", "chronic lung disease"),
    "age>=80 with fever": Text("80岁以上发热", "age 80 or over with fever"),
}
_PATTERNS = (
    (re.compile(r"age ([\d.]+) months"), "月龄{}个月"),
    (re.compile(r"fever >=(\d+) days"), "发热≥{}天"),
    (re.compile(r"(\d+) weeks"), "孕{}周"),
    (re.compile(r"glucose ([\d.]+)"), "血糖{} mmol/L"),
    (re.compile(r"K ([\d.]+)"), "血钾{} mmol/L"),
    (re.compile(r"Na ([\d.]+)"), "血钠{} mmol/L"),
    (re.compile(r"Ca ([\d.]+)"), "血钙{} mmol/L"),
    (re.compile(r"Hb (\d+)"), "血红蛋白{} g/L"),
    (re.compile(r"MUAC (\d+) mm"), "上臂围{}毫米"),
    (re.compile(r"PEF (\d+)%"), "呼气峰流速为最佳值的{}%"),
    (re.compile(r"weight loss (\d+)% of birth weight"), "体重较出生时下降{}%"),
    (re.compile(r"T ([\d.]+) at (\d+) months"), "体温{}℃（{}月龄）"),
)


def trigger_name(trigger: str) -> Text:
    """Human name of a trigger: a concept's first Chinese form, a named trigger's names, or
    the vital-sign text itself ("SBP 84", readable in both languages)."""
    entry = CONCEPTS.get(trigger)
    if entry is not None and entry[0]:
        return Text(entry[0].split()[0], trigger.replace("_", " "))
    if trigger in _NAMED:
        return _NAMED[trigger]
    for pattern, zh in _PATTERNS:
        found = pattern.fullmatch(trigger)
        if found:
            return Text(zh.format(*found.groups()), trigger)
    return Text(trigger, trigger)
