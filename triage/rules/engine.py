"""assess(): run every rule family over a conversation's facts and combine the results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from . import (
    rules_adult,
    rules_after_care,
    rules_after_treatment,
    rules_blood,
    rules_cannot_tell,
    rules_child,
    rules_common,
    rules_eye_skin_limb,
    rules_injuries_at_work,
    rules_lab_values,
    rules_medicines,
    rules_news2,
    rules_older_people,
    rules_pregnancy,
    rules_safeguarding,
    rules_swallowed,
    rules_toxic_medical,
    rules_trauma_mind,
    rules_womens_health,
    rules_zoonoses,
)
from .actions import actions_for
from .case import Case
from .corrections import apply_corrections
from .end_of_life import expected_dying
from .facts import extract_facts, merge_facts
from .hits import Hit, trigger_name
from .negation import carry_answers
from .questions import questions_for
from .values import PRESENT, UNCERTAIN, Assessment, Facts, Level, PatientContext, RedFlag, Text

_FAMILIES = (
    rules_adult,
    rules_child,
    rules_pregnancy,
    rules_eye_skin_limb,
    rules_injuries_at_work,
    rules_trauma_mind,
    rules_toxic_medical,
    rules_lab_values,
    rules_medicines,
    rules_news2,
    rules_older_people,
    rules_zoonoses,
    rules_swallowed,
    rules_blood,
    rules_cannot_tell,
    rules_womens_health,
    rules_safeguarding,
    rules_after_treatment,
    rules_after_care,
    rules_common,
)


def find_hits(facts: Facts) -> list[Hit]:
    """Every rule conclusion for the facts, highest level first."""
    case = Case(facts)
    hits: list[Hit] = []
    for family in _FAMILIES:
        hits.extend(family.evaluate(case))
    hits = expected_dying(case, hits)
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
    """Triage a conversation: all staff messages so far, oldest first.

    An age or sex the messages state wins over the record's, but it may be someone else's
    ("孙子10岁陪奶奶来" for a 70-year-old, "Husband says his wife ..."): when the two differ,
    the conversation is assessed both ways and the higher level is kept, saying why."""
    if isinstance(texts, str):
        texts = [texts]
    texts, retracted = apply_corrections(texts)
    facts = merge_facts((extract_facts(t) for t in carry_answers(texts)), patient, retracted)
    assessment = assess_facts(facts)
    on_record = _on_record(facts, patient)
    if on_record is None:
        return assessment
    by_record = assess_facts(on_record)
    if _mothers_baby_age(facts, patient):
        return by_record  # "breastfeeding, baby 5 wks": the age is the baby's, not the mother's
    if by_record.level is assessment.level:
        return assessment
    higher = by_record if by_record.level > assessment.level else assessment
    return replace(higher, reasons=(*higher.reasons, _disagreement(facts, on_record)))


def _mothers_baby_age(facts: Facts, patient: PatientContext | None) -> bool:
    """A baby's age told in a mother's own consultation: the record is a woman of 12 or over,
    the messages state an age under one year and speak of her after the birth (postpartum,
    breastfeeding, mastitis)."""
    if patient is None or patient.age_days is None or facts.age_days is None:
        return False
    mother = patient.sex == "female" and patient.age_days >= 12 * 365
    after_birth = any(
        facts.status(code) in (PRESENT, UNCERTAIN) for code in ("postpartum", "mastitis")
    )
    return mother and facts.age_days < 365 and after_birth


def _on_record(facts: Facts, patient: PatientContext | None) -> Facts | None:
    """The facts with the record's age and sex, when the messages state others; else None."""
    if patient is None:
        return None
    changes: dict[str, object] = {}
    if patient.age_days is not None and facts.age_days != patient.age_days:
        changes["age_days"] = patient.age_days
    if patient.sex is not None and facts.sex != patient.sex:
        changes["sex"] = patient.sex
    return replace(facts, **changes) if changes else None


def _age(days: int | None) -> Text:
    if days is None:
        return Text("未知", "unknown")
    if days >= 2 * 365:
        return Text(f"{days // 365}岁", f"{days // 365} years")
    if days >= 60:
        return Text(f"{round(days / 30.4)}个月", f"{round(days / 30.4)} months")
    return Text(f"{days}天", f"{days} days")


_SEX = {"male": Text("男", "male"), "female": Text("女", "female"), None: Text("未知", "unknown")}


def _disagreement(stated: Facts, record: Facts) -> Text:
    said = (
        [(_age(stated.age_days), _age(record.age_days))]
        if stated.age_days != record.age_days
        else []
    )
    if stated.sex != record.sex:
        said.append((_SEX.get(stated.sex, _SEX[None]), _SEX.get(record.sex, _SEX[None])))
    return Text(
        "消息中的年龄或性别与档案不同（消息："
        + "、".join(s.zh for s, _r in said)
        + "；档案："
        + "、".join(r.zh for _s, r in said)
        + "，可能说的是陪同者）：两者分诊级别不同，按较高级别处理，请核对病人身份",
        "The age or sex in the messages differs from the record (messages: "
        + ", ".join(s.en for s, _r in said)
        + "; record: "
        + ", ".join(r.en for _s, r in said)
        + "; perhaps a companion's): the two give different levels, the higher is kept; "
        "check who the patient is",
    )
