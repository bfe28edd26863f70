"""assess(): run every rule family over a conversation's facts and combine the results."""

from __future__ import annotations

from collections.abc import Sequence

from . import rules_adult, rules_child, rules_common, rules_eye_skin_limb, rules_pregnancy
from .actions import actions_for
from .case import Case
from .facts import extract_facts, merge_facts
from .hits import Hit, trigger_name
from .questions import questions_for
from .values import Assessment, Facts, Level, PatientContext, RedFlag, Text

_FAMILIES = (rules_adult, rules_child, rules_pregnancy, rules_eye_skin_limb, rules_common)


def find_hits(facts: Facts) -> list[Hit]:
    """Every rule conclusion for the facts, highest level first."""
    case = Case(facts)
    hits: list[Hit] = []
    for family in _FAMILIES:
        hits.extend(family.evaluate(case))
    hits.sort(key=lambda h: -h.level.rank)
    return hits


def _reason(h: Hit) -> Text:
    names = [trigger_name(t) for t in h.triggers]
    zh = "、".join(n.zh for n in names)
    en = ", ".join(n.en for n in names)
    return Text(
        f"{h.label.zh}：{zh}" if zh else h.label.zh, f"{h.label.en}: {en}" if en else h.label.en
    )


def assess_facts(facts: Facts) -> Assessment:
    """Triage already-merged facts."""
    hits = find_hits(facts)
    # With no rule firing at all, an unrecognised complaint gets a routine visit, not an alarm.
    level = hits[0].level if hits else Level.NON_URGENT
    red_flags = tuple(
        RedFlag(h.code, h.label, h.level, h.triggers, h.source)
        for h in hits
        if h.level >= Level.URGENT
    )
    # The reasons for the level: every red flag, and the conclusions at the level itself.
    reasons = tuple(
        dict.fromkeys(_reason(h) for h in hits if h.level >= Level.URGENT or h.level is level)
    ) or (Text("未发现危险征象，建议门诊评估", "No red flag found; routine clinic assessment"),)
    action_codes = [a for h in hits if h.level is level for a in h.actions]
    return Assessment(
        level=level,
        red_flags=red_flags,
        reasons=reasons,
        questions=questions_for(Case(facts), level),
        actions=actions_for(level, action_codes),
        facts=facts,
    )


def assess(texts: Sequence[str], patient: PatientContext | None = None) -> Assessment:
    """Triage a conversation: all staff messages so far, oldest first."""
    if isinstance(texts, str):
        texts = [texts]
    facts = merge_facts((extract_facts(t) for t in texts), patient)
    return assess_facts(facts)
