"""Scoring a triage run against gold levels. Pure: plain values in, figures out.

Definitions (what the README and the issue's targets mean):
- accuracy: predicted level equals the gold level or is one of the case's acceptable levels;
- emergency sensitivity: of the gold-emergency cases, the share predicted emergency (strict:
  an acceptable lower level does not count as detected);
- under-triage: predicted below gold and not acceptable; over-triage: above gold and not
  acceptable (both as shares of all cases);
- self-care to emergency: of the gold self-care cases, the share predicted emergency.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

LEVELS = ("self_care", "non_urgent", "urgent", "emergency")
RANK = {level: rank for rank, level in enumerate(LEVELS)}


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    text: str
    gold: str
    acceptable: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prediction:
    id: str
    level: str
    red_flags: tuple[str, ...] = field(default_factory=tuple)


class BadCaseFile(ValueError):
    """A case file line that cannot be used; the message names the line."""


def parse_cases(lines: Iterable[str]) -> list[Case]:
    """Read JSONL cases (id, lang, text, gold_triage, optional acceptable_triage)."""
    cases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            gold = row["gold_triage"]
            acceptable = tuple(row.get("acceptable_triage") or ())
            case = Case(
                id=str(row["id"]),
                lang=row["lang"],
                text=row["text"],
                gold=gold,
                acceptable=acceptable,
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise BadCaseFile(f"line {number}: {exc}") from None
        unknown = {gold, *acceptable} - set(LEVELS)
        if unknown or case.lang not in ("zh", "en") or not isinstance(case.text, str):
            raise BadCaseFile(f"line {number}: bad level, lang or text ({sorted(unknown)})")
        cases.append(case)
    return cases


def score(cases: Sequence[Case], predictions: Sequence[Prediction]) -> dict:
    """Accuracy, emergency sensitivity, under/over-triage and the confusion matrix."""
    by_id = {p.id: p for p in predictions}
    confusion = {gold: dict.fromkeys(LEVELS, 0) for gold in LEVELS}
    right = under = over = 0
    emergencies = detected = self_care = self_care_to_emergency = 0
    missed: list[str] = []
    for case in cases:
        level = by_id[case.id].level
        confusion[case.gold][level] += 1
        ok = level == case.gold or level in case.acceptable
        right += ok
        if not ok and RANK[level] < RANK[case.gold]:
            under += 1
        if not ok and RANK[level] > RANK[case.gold]:
            over += 1
        if case.gold == "emergency":
            emergencies += 1
            detected += level == "emergency"
            if level != "emergency":
                missed.append(case.id)
        if case.gold == "self_care":
            self_care += 1
            self_care_to_emergency += level == "emergency"
    total = len(cases)

    def share(part: int, whole: int) -> float | None:
        return round(part / whole, 4) if whole else None

    return {
        "cases": total,
        "accuracy": share(right, total),
        "emergency_sensitivity": share(detected, emergencies),
        "under_triage_rate": share(under, total),
        "over_triage_rate": share(over, total),
        "self_care_to_emergency_rate": share(self_care_to_emergency, self_care),
        "missed_emergencies": missed,
        "confusion_matrix": {"rows_gold_columns_predicted": list(LEVELS), **confusion},
    }
