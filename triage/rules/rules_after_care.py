"""Problems from care given at the clinic itself, as staff meet them the same day or the next:
a drip that leaked into the tissue, a vein inflamed along a cannula, an arm swollen around a
PICC or port, a gastrostomy tube come out, bleeding after a tooth was taken out, a needlestick
to a health worker, HIV post-exposure prophylaxis asked for after a sexual exposure, and a
fever the day after a young infant's vaccines. (Anaphylaxis to an injection or drip is the
anaphylaxis rule's; a medicine's side effects are rules_medicines's.)

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

U = Level.URGENT

# What an extravasation has already done to the tissue (RCN 2016).
_TISSUE_INJURY = ("blisters", "pale", "skin_necrosis", "limb_numb", "pain_out_of_proportion")


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    rules = (
        _extravasation, _phlebitis, _line_arm_swelling, _feeding_tube_out, _dental_bleeding,
        _needlestick, _pep,
    )  # fmt: skip
    for rule in rules:
        out.extend(rule(c))
    return out


def _extravasation(c: Case) -> list[Hit]:
    # RCN 2016 / WS/T 433-2023: a drip that leaked into the tissue: stop it, elevate, and a
    # same-day assessment (calcium, potassium and iron burn the tissue).
    if not c.has("extravasation"):
        return []
    return [
        hit(
            U,
            "extravasation",
            "输液外渗（停输、抬高，当天评估组织损伤）",
            "A drip leaked into the tissue (stop it, elevate; assess the tissue today)",
            ["extravasation", *c.which(*_TISSUE_INJURY)],
            S.EXTRAVASATION,
            ("see_doctor_today",),
        )
    ]


def _phlebitis(c: Case) -> list[Hit]:
    # RCN 2016: a red, hard, tender vein along a cannula is phlebitis: the cannula comes out
    # and it is seen today; pus or fever is a line infection (sepsis is the sepsis rule's).
    if not c.has("phlebitis"):
        return []
    return [
        hit(
            U,
            "phlebitis",
            "留置针/输液处静脉炎（拔针，当天评估；化脓或发热提示感染）",
            "Phlebitis along a cannula (remove it; review today)",
            ["phlebitis", *(["fever"] if c.fever else [])],
            S.PHLEBITIS,
            ("see_doctor_today",),
        )
    ]


def _line_arm_swelling(c: Case) -> list[Hit]:
    # NICE NG158: a whole arm swollen around a PICC, port or central line is an upper-limb DVT
    # until imaged, the same day.
    if not (c.has("venous_line") and c.has("limb_swelling_arm")):
        return []
    return [
        hit(
            U,
            "line_arm_dvt",
            "置管侧手臂肿胀（疑上肢深静脉血栓，当天评估）",
            "Arm swollen around a PICC or port (possible upper-limb DVT; assess today)",
            ["venous_line", "limb_swelling_arm"],
            S.LINE_DVT,
            ("see_doctor_today",),
        )
    ]


def _feeding_tube_out(c: Case) -> list[Hit]:
    # NNNG 2020 / NICE CG32: the tract of a gastrostomy tube that came out closes within hours.
    if not c.has("feeding_tube_out"):
        return []
    return [
        hit(
            U,
            "feeding_tube_out",
            "胃造瘘管脱出（窦道数小时内会收缩，盖好造口，当天重新置管）",
            "Gastrostomy tube come out (the tract closes within hours: cover it, replace today)",
            ["feeding_tube_out"],
            S.FEEDING_TUBE_OUT,
            ("see_doctor_today",),
        )
    ]


def _dental_bleeding(c: Case) -> list[Hit]:
    # SDCEP 2022: bleeding from an extraction socket that pressure does not stop needs
    # same-day care (more so on an anticoagulant); with faintness, the bleeding rules decide.
    if not (c.has("dental_procedure") and c.has("bleeding", "gum_bleeding")):
        return []
    if c.has("q_symptom_free_now"):
        return []
    return [
        hit(
            U,
            "dental_extraction_bleeding",
            "拔牙后出血压迫不止（当天处理）",
            "Bleeding after a tooth extraction that pressure does not stop (same day)",
            ["dental_procedure", *c.which("bleeding", "gum_bleeding", "anticoagulant")],
            S.DENTAL_BLEEDING,
            ("see_doctor_today", "pressure_bleeding"),
        )
    ]


def _needlestick(c: Case) -> list[Hit]:
    # WHO 2014 / BHIVA 2021: after a needlestick from a source with HIV or hepatitis B or C (or
    # an unknown source), post-exposure prophylaxis starts as soon as possible: the same day.
    if not c.has("needlestick"):
        return []
    return [
        hit(
            U,
            "needlestick",
            "针刺伤（尽快评估暴露后预防用药，当天）",
            "Needlestick injury (post-exposure prophylaxis as soon as possible, today)",
            ["needlestick", *c.which("blood_borne_source")],
            S.NEEDLESTICK,
            ("see_doctor_today", "wash_wound"),
        )
    ]


def _pep(c: Case) -> list[Hit]:
    # WHO 2014 / BHIVA 2021: HIV post-exposure prophylaxis after a sexual exposure works only
    # if started within 72 hours, the sooner the better: the same day. (A needlestick has its
    # own rule above; an assault has the sexual-assault rule.)
    if not c.has("hiv_pep") or c.has("needlestick", "sexual_assault"):
        return []
    return [
        hit(
            U,
            "hiv_post_exposure",
            "可能的HIV暴露，询问阻断药（72小时内开始，越早越好，当天评估）",
            "Possible HIV exposure, asking for PEP (start within 72 hours, the sooner the "
            "better: assess today)",
            ["hiv_pep", *c.which("blood_borne_source")],
            S.HIV_PEP,
            ("see_doctor_today",),
        )
    ]
