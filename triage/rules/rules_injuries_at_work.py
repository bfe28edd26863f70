"""Injuries of farm and workshop work: a part cut off, a limb crushed under a weight, grease or
paint injected under pressure, a person collapsed in a cellar, silo or pit, a torn nail bed and
an acupuncture needle broken under the skin.

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

E, U = Level.EMERGENCY, Level.URGENT

# A crushed limb with signs of crush syndrome or compartment syndrome (ERC 2021).
_CRUSH_SIGNS = ("pigmented_urine", "dark_urine", "compartment_pain", "limb_numb", "numbness")
# A fingertip problem and the guidance for it.
_FINGERTIP_SOURCES = {"nail_bed_injury": S.NAIL_BED, "retained_needle": S.RETAINED_NEEDLE}
# A person found collapsed where gas or a lack of oxygen may have felled them.
_COLLAPSED = ("unconscious", "syncope", "confusion", "drowsy", "dyspnoea", "seizure")


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    for rule in (
        _amputation,
        _crush,
        _hydrofluoric_acid,
        _high_pressure_injection,
        _confined_space,
        _fingertip,
    ):
        out.extend(rule(c))
    return out


def _amputation(c: Case) -> list[Hit]:
    # BSSH 2021: a part cut off goes with the patient to a replantation centre now.
    if not c.has("amputation"):
        return []
    return [
        hit(
            E,
            "traumatic_amputation",
            "外伤性离断（断指/断肢，带上断下的部分立即转诊再植）",
            "Traumatic amputation (take the part; replantation centre now)",
            ["amputation"],
            S.AMPUTATION,
            ("call_120", "pressure_bleeding"),
        )
    ]


def _hydrofluoric_acid(c: Case) -> list[Hit]:
    # UKHSA / TOXBASE 2023: a hydrofluoric acid burn goes deep and takes the blood's calcium,
    # whatever the skin looks like: calcium gluconate, hospital now.
    if not c.has("hydrofluoric_acid"):
        return []
    return [
        hit(
            E,
            "hydrofluoric_acid_burn",
            "氢氟酸灼伤（外表轻、深部重，可致低钙：葡萄糖酸钙，打120）",
            "Hydrofluoric acid burn (deeper than it looks, can lower the calcium: call 120)",
            ["hydrofluoric_acid", *c.which("chemical_burn", "pain_out_of_proportion")],
            S.HYDROFLUORIC_ACID,
            ("call_120",),
        )
    ]


def _crush(c: Case) -> list[Hit]:
    # ERC 2021 / 挤压综合征共识 2017: trapped an hour or more, dark urine, numbness or pain on
    # stretching is crush or compartment syndrome: hospital now; otherwise the same day.
    if not c.has("crush_injury"):
        return []
    signs = c.which(*_CRUSH_SIGNS)
    if (c.hours("crush_injury") or 0) >= 1:
        signs.append("crush_injury")
    return [
        hit(
            E if signs else U,
            "crush_injury",
            "挤压伤" + ("（警惕挤压综合征/骨筋膜室综合征）" if signs else "（当天评估）"),
            "Crush injury" + (" (crush or compartment syndrome)" if signs else " (assess today)"),
            ["crush_injury", *signs],
            S.CRUSH_INJURY,
            ("call_120",) if signs else ("see_doctor_today",),
        )
    ]


def _high_pressure_injection(c: Case) -> list[Hit]:
    # BSSH 2021: grease or paint injected under pressure is a surgical emergency, however
    # small the hole.
    if not c.has("high_pressure_injection"):
        return []
    return [
        hit(
            E,
            "high_pressure_injection",
            "高压注射伤（黄油枪/喷漆枪，伤口再小也需急诊手术）",
            "High-pressure injection injury (surgical emergency, however small the wound)",
            ["high_pressure_injection"],
            S.HIGH_PRESSURE_INJECTION,
            ("call_120",),
        )
    ]


def _confined_space(c: Case) -> list[Hit]:
    # GBZ/T 205 / WHO-ILO: collapsed in a cellar, silo or pit: gas or no oxygen; call 120 and
    # do not go in without protection.
    if not (c.has("confined_space") and c.has(*_COLLAPSED)):
        return []
    return [
        hit(
            E,
            "confined_space_collapse",
            "地窖/沼气池/粮仓内晕倒（缺氧或有毒气体，施救者勿贸然下去）",
            "Collapsed in a cellar, silo or pit (gas or no oxygen; rescuers must not go in "
            "unprotected)",
            ["confined_space", *c.which(*_COLLAPSED)],
            S.CONFINED_SPACE,
            ("call_120",),
        )
    ]


def _fingertip(c: Case) -> list[Hit]:
    # BSSH 2021 / WHO acupuncture safety 1999: a torn nail bed needs repair within a day; a
    # needle broken under the skin needs surgical removal.
    signs = c.which(*_FINGERTIP_SOURCES)
    if not signs:
        return []
    return [
        hit(
            U,
            "nail_bed_or_retained_needle",
            "甲床损伤/断针残留（当天处理）",
            "Nail bed injury or a broken needle under the skin (treat today)",
            signs,
            "; ".join(_FINGERTIP_SOURCES[s] for s in signs),
            ("see_doctor_today",),
        )
    ]
