"""Objects and corrosives swallowed or put in the body: a button battery, magnets, another
battery, a sharp object or a denture, food stuck in the gullet, drain cleaner or another
corrosive, and an object stuck in the rectum.

(A battery or a magnet in the nose or ear, and food stuck with the saliva not going down, are
rules_trauma_mind's ENT emergencies; bleach is rules_toxic_medical's.) Saliva that will not go
down implies drooling and not drinking (lexicon.IMPLIES).

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit, same_day_hits
from .values import Level

E = Level.EMERGENCY

# Signs that a swallowed object is stuck in the gullet or has hurt it (ESGE 2016).
_STUCK = ("cannot_swallow_saliva", "drooling", "unable_to_drink", "haematemesis", "crepitus")


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    for rule in (_batteries, _magnets, _sharp_or_denture, _food_stuck, _corrosive, _rectal):
        out.extend(rule(c))
    return out


def _named_in_passing(c: Case) -> bool:
    """A battery or magnet named in an adult's message with nothing swallowed ("hearing aid
    battery flat"): a child's, or one told as swallowed or missing, is taken in."""
    return c.is_adult and not c.has("swallowed_object", "several_objects", "object_in_mouth")


def _batteries(c: Case) -> list[Hit]:
    # NPIS / RCEM 2022 button battery ingestion and 儿童纽扣电池误食急诊专家共识: a button battery
    # swallowed, or missing where a child was playing, burns through the gullet within two
    # hours, without symptoms at first: X-ray in an emergency department now. Another battery
    # (AA, AAA) is X-rayed the same day.
    if c.has("battery_in_nose_or_ear") or _named_in_passing(c):
        return []
    if c.has("button_battery"):
        return [
            hit(
                E,
                "button_battery_swallowed",
                "纽扣电池误吞或可能误吞（2小时内可烧穿食管，立即送医拍片）",
                "A button battery swallowed or possibly swallowed (it burns through the gullet "
                "within hours: X-ray in hospital now)",
                ["button_battery", *c.which(*_STUCK)],
                S.BUTTON_BATTERY,
                ("call_120",),
            )
        ]
    return same_day_hits(
        [
            (
                c.has("battery_other"),
                "battery_swallowed",
                "误吞普通电池（当天拍片确认位置）",
                "A battery (not a button battery) swallowed (X-ray today)",
                ["battery_other"],
                S.BUTTON_BATTERY,
            )
        ]
    )


def _magnets(c: Case) -> list[Hit]:
    # NASPGHAN 2015 / RCEM: two or more magnets swallowed, or one with belly pain or vomiting,
    # can pinch the bowel between them and perforate it: hospital now. A single magnet in a well
    # child is X-rayed the same day.
    if not c.has("magnet") or c.has("battery_in_nose_or_ear") or _named_in_passing(c):
        return []
    danger = c.which("several_objects", "abdominal_pain", "vomiting", "peritonism")
    if danger:
        return [
            hit(
                E,
                "magnets_swallowed",
                "误吞多颗磁铁或误吞磁铁后腹痛呕吐（可致肠穿孔，立即送医）",
                "Several magnets swallowed, or a magnet with belly pain or vomiting (the bowel "
                "can be pinched and perforated: hospital now)",
                ["magnet", *danger],
                S.MAGNETS,
                ("call_120", "nil_by_mouth"),
            )
        ]
    return same_day_hits(
        [
            (
                True,
                "single_magnet_swallowed",
                "误吞单颗磁铁、无症状（当天拍片，不再接触其他磁铁）",
                "One magnet swallowed, no symptoms (X-ray today; keep other magnets away)",
                ["magnet"],
                S.MAGNETS,
            )
        ]
    )


def _sharp_or_denture(c: Case) -> list[Hit]:
    # ESGE 2016 removal of foreign bodies: a sharp-pointed object or a denture stuck in the gullet
    # (saliva not going down, drooling) or one that has pierced it (fever, chest or back pain,
    # air under the skin, blood vomited) needs emergency endoscopy or surgery; one swallowed
    # without those signs, or a fish bone felt in the throat while swallowing still works, is
    # seen the same day (X-ray, laryngoscopy).
    swallowed = c.which("sharp_swallowed", "denture")
    if not swallowed:
        return []
    pierced = c.which(*_STUCK)
    if c.fever and c.has("chest_pain", "back_pain", "neck_swelling_growing"):
        pierced += ["fever", *c.which("chest_pain", "back_pain")]
    if pierced:
        return [
            hit(
                E,
                "sharp_object_or_denture_stuck",
                "误吞尖锐异物或假牙后咽不下/流涎，或发热胸背痛、皮下气肿（食管嵌顿或穿孔，立即送医）",
                "A sharp object or denture swallowed with saliva not going down, drooling, or "
                "fever with chest or back pain or air under the skin (stuck or pierced gullet: "
                "hospital now)",
                [*swallowed, *pierced],
                S.SHARP_FOREIGN_BODY,
                ("call_120", "nil_by_mouth"),
            )
        ]
    return same_day_hits(
        [
            (
                True,
                "sharp_object_or_denture_swallowed",
                "误吞鱼刺、牙签、别针、假牙等（无梗阻征象，当天检查）",
                "A fish bone, toothpick, pin or denture swallowed, no sign of obstruction "
                "(examined today)",
                swallowed,
                S.SHARP_FOREIGN_BODY,
            )
        ]
    )


def _food_stuck(c: Case) -> list[Hit]:
    # ESGE 2016 / BSG: food stuck with the saliva not going down is complete obstruction
    # (endoscopy within hours: rules_trauma_mind's emergency, which "can't swallow his saliva"
    # reaches through drooling); stuck while saliva and sips still go down, endoscopy within 24
    # hours: the same day.
    if not c.has("food_bolus") or c.has("drooling", "unable_to_drink"):
        return []
    return same_day_hits(
        [
            (
                True,
                "food_bolus_partial",
                "食物卡在食管、口水和少量水能咽下（当天胃镜评估）",
                "Food stuck in the gullet, saliva and sips still going down (endoscopy today)",
                ["food_bolus"],
                S.FOOD_BOLUS,
            )
        ]
    )


def _corrosive(c: Case) -> list[Hit]:
    # NPIS TOXBASE corrosives / 急性中毒诊断与治疗中国专家共识(2016): a corrosive swallowed with
    # drooling, a hoarse or lost voice, stridor, pain on swallowing or vomiting has burnt the
    # gullet or airway: hospital now; any corrosive swallowed is assessed the same day, and a
    # splash on the skin that blisters is a chemical burn seen the same day.
    if not c.has("caustic"):
        return []
    burnt = c.which(
        "drooling", "cannot_swallow_saliva", "unable_to_drink", "stridor", "hoarse", "vomiting",
        "dyspnoea", "mouth_ulcer",
    )  # fmt: skip
    if burnt:
        return [
            hit(
                E,
                "corrosive_swallowed",
                "误服强酸强碱（通下水道剂等）后流涎、声嘶、喉鸣或呕吐（消化道/气道灼伤，立即送医）",
                "A corrosive (drain cleaner) swallowed with drooling, a changed voice, stridor or "
                "vomiting (burnt gullet or airway: hospital now)",
                ["caustic", *burnt],
                S.CORROSIVE,
                ("call_120", "poison_measures"),
            )
        ]
    return same_day_hits(
        [
            (
                True,
                "corrosive_contact",
                "接触或可能误服强酸强碱（冲洗后当天评估）",
                "A corrosive swallowed or splashed (rinse, then assessed today)",
                ["caustic", *c.which("blisters", "burn")],
                S.CORROSIVE,
            )
        ]
    )


def _rectal(c: Case) -> list[Hit]:
    # ASCRS / WSES: an object stuck in the rectum is removed the same day (perforation risk);
    # belly pain, fever or bleeding with it are the acute abdomen and bleeding rules'.
    return same_day_hits(
        [
            (
                c.has("rectal_foreign_body"),
                "rectal_foreign_body",
                "直肠异物取不出（当天外科取出）",
                "An object stuck in the rectum (removed today)",
                ["rectal_foreign_body"],
                S.RECTAL_FOREIGN_BODY,
            )
        ]
    )
