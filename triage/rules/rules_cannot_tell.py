"""People who cannot tell their symptoms (a learning disability, autism, cerebral palsy, Down
syndrome, dementia): pain shown by a new behaviour instead of told.

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

U = Level.URGENT


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    return _pain_shown(c)


def _pain_shown(c: Case) -> list[Hit]:
    # NICE NG11 §1.7 / NG97 §1.8: refusing to walk or to let a limb be moved, guarding or
    # hitting one part, crying when it is touched: a physical cause until a doctor has looked.
    if not c.has("lasting_speech_cause", "down_syndrome", "dementia"):
        return []
    shown = c.which("pain_behaviour", "limp", "cannot_bear_weight")
    if not shown:
        return []
    return [
        hit(
            U,
            "pain_shown_by_behaviour",
            "不能表达的人出现新的疼痛行为（不肯走、护着或拍打某处、一碰就哭）：当天请医生查找原因",
            "A new way of showing pain in someone who cannot say where it hurts (refusing to "
            "walk, guarding or hitting one part, crying when touched): a doctor looks for the "
            "cause today",
            [*c.which("lasting_speech_cause", "down_syndrome", "dementia"), *shown],
            S.PAIN_SHOWN,
            ("see_doctor_today",),
        )
    ]
