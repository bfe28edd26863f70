"""Validation of a structured suggestion before anything is stored. Pure.

Steps, in order; each finding becomes a notice for the GP instead of being hidden:
schema (a structural failure means ok=False and the caller falls back to the extractive
engine), citations (unknown ids dropped, uncited items flagged), the triage floor, the
answer language, medicines against their cited passages, then safety (allergies, 十八反/十九畏,
herb-drug cautions, pregnancy). Medication items are marked as suggestions, never
prescriptions (ARCHITECTURE rule 3). The input is never mutated.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from jsonschema import Draft202012Validator

from knowledge import safety
from knowledge.schema import LEVELS, MEDICATION_NOTICE, SUGGESTION_SCHEMA

MAX_SCHEMA_NOTICES = 10

_ITEM_FIELDS = ("assessment", "referral")
_ITEM_LISTS = (
    "differential",
    "next_questions",
    "examinations",
    "management",
    "patient_advice",
    "return_precautions",
)

# Dosage forms, strengths and salts that a passage may leave out ("阿莫西林胶囊" is verified by
# a passage on 阿莫西林); stripped only while at least three characters remain.
_ZH_FORMS = (
    "缓释胶囊", "肠溶胶囊", "软胶囊", "胶囊", "缓释片", "控释片", "肠溶片", "分散片", "咀嚼片",
    "泡腾片", "含片", "片剂", "片", "干混悬剂", "混悬液", "口服溶液", "口服液", "颗粒剂", "颗粒",
    "糖浆", "注射液", "注射剂", "滴眼液", "滴鼻液", "滴耳液", "气雾剂", "喷雾剂", "乳膏", "软膏",
    "凝胶", "合剂", "滴丸", "丸", "散", "膏", "酊", "栓", "贴",
)  # fmt: skip
_ZH_SALT_PREFIXES = (
    "注射用", "盐酸", "硫酸", "马来酸", "枸橼酸", "磷酸", "酒石酸", "琥珀酸", "苯磺酸", "甲磺酸",
    "富马酸", "醋酸",
)  # fmt: skip
_ZH_SALT_SUFFIXES = ("钠", "钾", "钙")
_EN_DROP = frozenset((
    "tablet", "tablets", "tab", "tabs", "capsule", "capsules", "cap", "caps", "granules",
    "granule", "oral", "solution", "suspension", "syrup", "injection", "cream", "ointment", "gel",
    "drops", "drop", "dispersible", "sustained", "modified", "extended", "release", "sr", "er",
    "mr", "xl", "hydrochloride", "hcl", "maleate", "besilate", "besylate", "mesilate", "mesylate",
    "tartrate", "succinate", "fumarate",
))  # fmt: skip
_DOSE = re.compile(r"\d+(?:\.\d+)?\s*(?:mg|mcg|μg|ug|g|ml|iu|万单位|单位|毫克|克|毫升|%)", re.I)
_BRACKETS = re.compile(r"[(（\[【]([^)）\]】]*)[)）\]】]")
_COMBINED = re.compile(r"[+＋/、]")


@dataclass(frozen=True)
class Validated:
    """A cleaned suggestion, the notices for the GP, and whether it is structurally usable."""

    payload: dict
    notices: tuple[dict, ...]
    ok: bool


@dataclass(frozen=True)
class _Medication:
    pointer: str
    item_pointer: str
    data: dict


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    Draft202012Validator.check_schema(SUGGESTION_SCHEMA)
    return Draft202012Validator(SUGGESTION_SCHEMA)


def _pointer(parts: Sequence[object]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _notice(code: str, severity: str, path: str, zh: str, en: str, **extra: object) -> dict:
    return {"code": code, "severity": severity, "path": path, "message": {"zh": zh, "en": en}} | (
        extra
    )


def _items(payload: dict) -> Iterator[tuple[str, dict]]:
    for key in _ITEM_FIELDS:
        yield f"/{key}", payload[key]
    for key in _ITEM_LISTS:
        for index, item in enumerate(payload[key]):
            yield f"/{key}/{index}", item
    if isinstance(payload.get("tcm_option"), dict):
        yield "/tcm_option", payload["tcm_option"]


def _medications(payload: dict) -> list[_Medication]:
    meds = []
    for i, item in enumerate(payload["management"]):
        for j, med in enumerate(item.get("medications") or []):
            meds.append(_Medication(f"/management/{i}/medications/{j}", f"/management/{i}", med))
    tcm = payload.get("tcm_option")
    if isinstance(tcm, dict):
        for j, med in enumerate(tcm.get("medicines") or []):
            meds.append(_Medication(f"/tcm_option/medicines/{j}", "/tcm_option", med))
    return meds


# ---------------------------------------------------------------------------------------------
# Steps
# ---------------------------------------------------------------------------------------------


def _schema_notices(payload: object) -> list[dict]:
    errors = sorted(_validator().iter_errors(payload), key=lambda e: list(map(str, e.path)))
    return [
        _notice(
            "schema_invalid",
            "block",
            _pointer(error.absolute_path),
            f"建议的结构不符合格式要求：{error.message}",
            f"The suggestion does not follow the schema: {error.message}",
        )
        for error in errors[:MAX_SCHEMA_NOTICES]
    ]


def _check_citations(payload: dict, passages: Mapping[str, str]) -> list[dict]:
    notices = []
    for path, item in _items(payload):
        cited = list(dict.fromkeys(item.get("citations") or []))
        unknown = [c for c in cited if c not in passages]
        item["citations"] = [c for c in cited if c in passages]
        if unknown:
            ids = ", ".join(unknown)
            notices.append(
                _notice(
                    "unknown_citation",
                    "warn",
                    path,
                    f"引用了未检索到的资料 {ids}，已删除该引用。",
                    f"Cited passage(s) {ids} were not retrieved; the citation was removed.",
                    dropped=unknown,
                )
            )
        if not item["citations"]:
            notices.append(
                _notice(
                    "uncited",
                    "warn",
                    path,
                    "此条没有引用任何检索到的资料，请医生核实。",
                    "This item cites no retrieved passage; the GP should check it.",
                )
            )
    return notices


def _check_triage(payload: dict, floor: str) -> list[dict]:
    if floor not in LEVELS:
        raise ValueError(f"unknown triage level {floor!r}; expected one of {LEVELS}")
    level = payload["triage_level"]
    if LEVELS.index(level) >= LEVELS.index(floor):
        return []
    payload["triage_level"] = floor
    # ARCHITECTURE rule 2: the rules' level is a floor that an AI draft cannot lower.
    return [
        _notice(
            "triage_raised",
            "warn",
            "/triage_level",
            f"AI草稿的分诊级别（{level}）低于规则判定的级别，已提高到{floor}。",
            f"The draft's triage level ({level}) was below the rules' level; raised to {floor}.",
            original=level,
        )
    ]


def _check_language(payload: dict, language: str) -> list[dict]:
    if payload["language"] == language:
        return []
    return [
        _notice(
            "language_mismatch",
            "warn",
            "/language",
            f"建议使用的语言（{payload['language']}）与要求的语言（{language}）不一致。",
            f"The suggestion is in '{payload['language']}' but '{language}' was asked for.",
        )
    ]


def _strip_forms(core: str) -> str:
    changed = True
    while changed:
        changed = False
        for prefix in _ZH_SALT_PREFIXES:
            if core.startswith(prefix) and len(core) - len(prefix) >= 3:
                core, changed = core[len(prefix) :], True
        for suffix in (*_ZH_FORMS, *_ZH_SALT_SUFFIXES):
            if core.endswith(suffix) and len(core) - len(suffix) >= 3:
                core, changed = core[: -len(suffix)], True
    return core


def _term_variants(term: str) -> list[str]:
    """The term, and the term without strength, dosage form or salt."""
    term = _DOSE.sub(" ", unicodedata.normalize("NFKC", term)).strip()
    if not term:
        return []
    if safety.is_latin(term):
        words = [w for w in safety.name_forms(term).words.split() if w not in _EN_DROP]
        return list(dict.fromkeys([term, " ".join(words)] if words else [term]))
    compact = safety.normalise_name(term)
    return list(dict.fromkeys([term, _strip_forms(compact)]))


@lru_cache(maxsize=2048)
def _source_alternatives(name: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Ways a passage can mention a medicine: alternatives, each a list of parts all needed.

    Bracketed text is an alternative name ("阿莫西林（amoxicillin）"); "+", "/" and "、" join
    the parts of a combination, all of which must be mentioned.
    """
    folded = unicodedata.normalize("NFKC", name)
    names = [_BRACKETS.sub(" ", folded), *_BRACKETS.findall(folded)]
    alternatives: list[tuple[tuple[str, ...], ...]] = []
    for candidate in names:
        parts = [p.strip() for p in _COMBINED.split(candidate) if p.strip()]
        if not parts:
            continue
        options = []
        for part in parts:
            variants = []
            for variant in _term_variants(part):
                variants.extend(safety.aliases_of(variant))
                variants.append(variant)
            options.append(tuple(dict.fromkeys(v for v in variants if v.strip())))
        alternatives.append(tuple(options))
    return tuple(alternatives)


def _in_passages(name: str, texts: Sequence[str]) -> bool:
    for alternative in _source_alternatives(name):
        for text in texts:
            if all(any(safety.mentions(text, v) for v in part) for part in alternative):
                return True
    return False


def _check_sources(meds: list[_Medication], passages: Mapping[str, str], items: dict) -> list[dict]:
    notices = []
    for med in meds:
        citations = items[med.item_pointer].get("citations") or []
        texts = [passages[c] for c in citations if c in passages]
        found = bool(texts) and _in_passages(med.data["name"], texts)
        med.data["in_sources"] = found
        if not found:
            name = med.data["name"]
            notices.append(
                _notice(
                    "medication_not_in_sources",
                    "warn",
                    med.pointer,
                    f"药物“{name}”未出现在此条引用的资料中，请医生核实。",
                    f"'{name}' does not appear in the passages this item cites; the GP should "
                    "check it.",
                )
            )
    return notices


def _conflict_notices(
    conflicts: Sequence[safety.Conflict], meds: list[_Medication], *, medicines: int | None = None
) -> list[dict]:
    """One notice per conflict; `medicines`: how many leading conflict items are medicines."""
    notices = []
    for conflict in conflicts:
        names = conflict.items[:medicines]
        paths = list(
            dict.fromkeys(m.pointer for name in names for m in meds if m.data["name"] == name)
        )
        if not paths:
            continue
        level = conflict.severity
        if level == safety.BLOCK:
            for med in meds:
                if med.pointer in paths:
                    med.data["blocked"] = True
        notices.append(
            {
                "code": conflict.code,
                "severity": level,
                "path": paths[0],
                "paths": paths,
                "items": list(conflict.items),
                "message": dict(conflict.message),
                "source": conflict.source,
            }
        )
    return notices


def _pregnancy_unknown(conflicts: Sequence[safety.Conflict]) -> list[safety.Conflict]:
    # Status unknown: only what is contraindicated is worth a question to the GP.
    return [
        safety.Conflict(
            code="pregnancy_status_unknown",
            severity=safety.WARN,
            items=c.items,
            message={
                "zh": c.message["zh"] + "病人是否怀孕未知，请先确认。",
                "en": c.message["en"] + " Whether the patient is pregnant is unknown: ask first.",
            },
            source=c.source,
        )
        for c in conflicts
        if c.code == "pregnancy_contraindicated"
    ]


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def validate_suggestion(
    payload: dict,
    *,
    passages: Mapping[str, str],
    triage_level: str,
    allergies: Sequence[str],
    pregnant: bool | None,
    language: str,
) -> Validated:
    """Validate and clean a structured suggestion; never mutates `payload`."""
    schema_notices = _schema_notices(payload)
    if schema_notices:
        copied = copy.deepcopy(payload) if isinstance(payload, dict) else {}
        return Validated(payload=copied, notices=tuple(schema_notices), ok=False)

    clean = copy.deepcopy(payload)
    notices = _check_citations(clean, passages)
    notices += _check_triage(clean, triage_level)
    notices += _check_language(clean, language)

    meds = _medications(clean)
    for med in meds:
        med.data["is_prescription"] = False
        med.data["blocked"] = False
    items = dict(_items(clean))
    notices += _check_sources(meds, passages, items)

    names = [m.data["name"] for m in meds]
    notices += _conflict_notices(safety.allergy_conflicts(names, allergies), meds, medicines=1)
    notices += _conflict_notices(safety.tcm_incompatibilities(names), meds)
    # Patent medicines turn up in management too, so every medicine is checked on both sides.
    notices += _conflict_notices(safety.herb_drug_cautions(names, names), meds)
    if pregnant is True:
        notices += _conflict_notices(safety.pregnancy_conflicts(names), meds)
    elif pregnant is None:
        unknown = _pregnancy_unknown(safety.pregnancy_conflicts(names))
        notices += _conflict_notices(unknown, meds)

    if meds:
        clean["medication_notice"] = dict(MEDICATION_NOTICE)
    return Validated(payload=clean, notices=tuple(notices), ok=True)
