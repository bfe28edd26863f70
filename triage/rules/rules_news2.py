"""The National Early Warning Score 2 of an adult's measured vital signs.

Each rule cites the guideline it comes from (see sources.py for the full reference).

Single extreme values have their own rules (rules_adult, rules_lab_values); NEWS2 adds the
sum: several values each only a little off (a breathing rate of 26, a saturation of 90, a
pulse of 118) make an adult as ill as one extreme value. Only the signs measured are scored,
so the score is a floor. Not for pregnancy (obstetric early-warning charts apply) or under 16s.
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

E, U = Level.EMERGENCY, Level.URGENT

# (upper bound inclusive, points), first match wins: NEWS2 chart 1.
_RR = ((8, 3), (11, 1), (20, 0), (24, 2), (999, 3))
_SPO2_SCALE1 = ((91, 3), (93, 2), (95, 1), (100, 0))
# Scale 2 (a target of 88-92%, as in COPD with hypercapnia), breathing air.
_SPO2_SCALE2 = ((83, 3), (85, 2), (87, 1), (100, 0))
_SBP = ((90, 3), (100, 2), (110, 1), (219, 0), (999, 3))
_HR = ((40, 3), (50, 1), (90, 0), (110, 1), (130, 2), (999, 3))
_TEMP = ((35.0, 3), (36.0, 1), (38.0, 0), (39.0, 1), (99.0, 2))


def _points(value: float, bands: tuple[tuple[float, int], ...]) -> int:
    return next(p for upper, p in bands if value <= upper)


def score(c: Case) -> tuple[int, list[str]]:
    """NEWS2 of the measured signs, and the signs that scored (e.g. "RR 26")."""
    v = c.v
    spo2_bands = _SPO2_SCALE2 if c.has("copd") else _SPO2_SCALE1
    parts = [
        (v.rr, _RR, "RR {}"),
        (None if c.has("high_altitude") else v.spo2, spo2_bands, "SpO2 {}%"),
        (v.sbp, _SBP, "BP {}"),
        (v.hr, _HR, "HR {}"),
        (v.temp_c, _TEMP, "T {}"),
    ]
    total, scored = 0, []
    for value, bands, label in parts:
        if value is not None and (p := _points(value, bands)):
            total += p
            scored.append(label.format(value))
    if c.altered_mental:
        total += 3
        scored.append("altered_mental")
    return total, scored


def evaluate(c: Case) -> list[Hit]:
    """NEWS2 7 or more: emergency; 5 or 6: the same day."""
    if c.is_child or c.pregnant or (c.age_years is not None and c.age_years < 16):
        return []
    total, scored = score(c)
    if total >= 7:
        return [
            hit(
                E,
                "news2_high",
                f"早期预警评分(NEWS2) {total}分，病情危重",
                f"NEWS2 score {total}: critically ill",
                scored,
                S.NEWS2,
                ("call_120", "rest_monitor"),
            )
        ]
    if total >= 5:
        return [
            hit(
                U,
                "news2_medium",
                f"早期预警评分(NEWS2) {total}分",
                f"NEWS2 score {total}",
                scored,
                S.NEWS2,
                ("see_doctor_today",),
            )
        ]
    return []
