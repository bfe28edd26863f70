"""What a rule returns: a level with its label, triggering facts, source and actions."""

from __future__ import annotations

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


def trigger_name(trigger: str) -> Text:
    """Human name of a trigger: a concept's first Chinese form, or the vital-sign text itself."""
    entry = CONCEPTS.get(trigger)
    if entry is None:
        return Text(trigger, trigger)
    return Text(entry[0].split()[0], trigger.replace("_", " "))
