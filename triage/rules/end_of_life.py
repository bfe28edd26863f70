"""The expected signs of dying under an agreed end-of-life plan (NICE NG31 2015, care of dying
adults; 安宁疗护实践指南(试行) 2017): unresponsiveness, breathing that pauses or stops, a blue or
mottled colour, eating and drinking little, in a person whose plan is comfort care at home or in a
care home (签了不抢救, DNACPR, "wants to die at home"). These are the palliative team's and the
family's, the same day, not an ambulance: the emergencies the rules find from those signs alone
are replaced by one same-day conclusion. Anything else (a fit, a fall, choking, a bleed, pain or
distress, a reversible crisis) keeps its own level."""

from __future__ import annotations

import re

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

# What dying looks like; a measured value (SpO2 82%, SBP 70) is part of the same picture.
DYING_SIGNS = frozenset(
    {
        "unconscious",
        "drowsy",
        "lethargy",
        "apnoea",
        "cyanosis",
        "mottled_skin",
        "cold_hands",
        "poor_feeding",
        "unable_to_drink",
        "reduced_urine",
        "dyspnoea",
        "end_of_life_plan",
    }
)
_VITAL = re.compile(r"[A-Za-z]+ [\d.]+")
# What the plan does not cover: an injury, a fit, distress to treat now.
_NOT_EXPECTED = ("seizure", "head_injury", "fall", "agitation", "choking")


def _dying_sign(trigger: str) -> bool:
    return trigger in DYING_SIGNS or bool(_VITAL.fullmatch(trigger))


def expected_dying(c: Case, hits: list[Hit]) -> list[Hit]:
    """The hits, with the emergencies that only the signs of dying raised replaced by the
    palliative team's same-day conclusion when an end-of-life plan is in place."""
    if not c.has("end_of_life_plan") or c.has(*_NOT_EXPECTED):
        return hits
    emergencies = [h for h in hits if h.level is Level.EMERGENCY]
    if not emergencies or not all(all(map(_dying_sign, h.triggers)) for h in emergencies):
        return hits
    signs = list(dict.fromkeys(t for h in emergencies for t in h.triggers))
    expected = hit(
        Level.URGENT,
        "expected_dying",
        "安宁疗护/不抢救计划中的临终表现（属预期变化：当天联系家庭医生或安宁疗护团队，按计划处理，不必呼叫120）",
        "Signs of dying under an end-of-life plan (expected: the GP or palliative team today, "
        "follow the plan; not an ambulance)",
        ["end_of_life_plan", *[s for s in signs if s != "end_of_life_plan"]],
        S.END_OF_LIFE,
        ("see_doctor_today",),
    )
    return [expected, *(h for h in hits if h.level is not Level.EMERGENCY)]
