"""The extractive engine: builds the structured suggestion from the rules' triage result and
the retrieved passages, deterministically, with no model. Pure.

It never invents content: every line is taken from a cited passage or from the triage rules
(which cite their own guidelines), and it labels itself in the assessment."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .schema import NumberedPassage

ENGINE = "extractive"

# Section headings of the corpus (and of most clinical protocols), by what they hold.
_SECTION_KINDS = {
    "check": (
        "村卫生室检查",
        "检查",
        "what to check",
        "assessment",
        "examination",
        "辨证要点",
        "key signs",
    ),
    "red_flags": ("转诊", "red flag", "referral", "危险"),
    "management": (
        "初始处理",
        "处理",
        "治疗",
        "management",
        "treatment",
        "治法",
        "代表方剂",
        "常用中成药",
        "patent medicine",
        "formula",
    ),
    "principle": ("治法", "treatment principle", "principle"),
    "advice": ("健康教育", "patient advice", "advice", "宣教"),
    "cautions": ("注意事项", "caution"),
}

_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.、)]|（\d+）)\s*")
_MARKUP = re.compile(r"[*_`#>]+")
# Each corpus document says once that the GP decides on medicines; not a line to quote.
_DISCLAIMER = re.compile(r"不开具?处方|不开处方|never prescribes|does not prescribe", re.I)

_LABELS = {
    "zh": {
        "engine": "（抽取式引擎：未使用大模型，内容摘自检索到的指南段落和分诊规则）",
        "level": {
            "emergency": "危急",
            "urgent": "紧急（当天就诊）",
            "non_urgent": "非紧急",
            "self_care": "居家护理",
        },
        "summary": "规则分诊：{level}。{reasons}",
        "topics": "相关指南主题：{topics}。",
        "refer_if": "出现以下情况需转诊：{line}",
        "self_care": "居家护理，症状加重或出现危险信号时及时复诊。",
    },
    "en": {
        "engine": "(Extractive engine: no language model; content is taken from the retrieved "
        "guideline passages and the triage rules.)",
        "level": {
            "emergency": "emergency",
            "urgent": "urgent (same day)",
            "non_urgent": "non-urgent",
            "self_care": "self-care",
        },
        "summary": "Rules triage: {level}. {reasons}",
        "topics": "Related guideline topics: {topics}.",
        "refer_if": "Refer if: {line}",
        "self_care": "Home care; come back if symptoms worsen or a danger sign appears.",
    },
}


def _section_kind(section: str) -> set[str]:
    lowered = section.lower()
    return {kind for kind, words in _SECTION_KINDS.items() if any(w in lowered for w in words)}


def _lines(text: str, limit: int) -> list[str]:
    """Bullet items (or sentences when there are none), cleaned and bounded."""
    rows = [r for r in text.splitlines() if r.strip()]
    bullets = [_BULLET.sub("", r).strip() for r in rows if _BULLET.match(r)]
    if not bullets:
        bullets = [s.strip() for s in re.split(r"(?<=[。！？.!?])\s*", " ".join(rows)) if s.strip()]
    cleaned = [_MARKUP.sub("", b).strip() for b in bullets]
    return [c[:300] for c in cleaned if len(c) > 3 and not _DISCLAIMER.search(c)][:limit]


def _text(value: dict, language: str) -> str:
    return value.get(language) or value.get("en") or ""


def build_suggestion(*, triage: dict, passages: Sequence[NumberedPassage], language: str) -> dict:
    """The structured suggestion (knowledge.schema) from triage + passages, deterministically."""
    labels = _LABELS[language]
    level = triage.get("level") or "non_urgent"
    by_kind: dict[str, list[NumberedPassage]] = {}
    for passage in passages:
        for kind in _section_kind(passage.section):
            by_kind.setdefault(kind, []).append(passage)
    guideline = [p for p in passages if p.kind != "tcm"]
    primary = guideline[0].document_id if guideline else None

    def pick(kind: str, *, tcm: bool = False) -> list[NumberedPassage]:
        chosen = [p for p in by_kind.get(kind, []) if (p.kind == "tcm") == tcm]
        # Prefer the primary topic's own section.
        return sorted(chosen, key=lambda p: p.document_id != primary and not tcm)

    def items(kind: str, field: str, limit: int) -> list[dict]:
        out = []
        for passage in pick(kind)[:2]:
            for line in _lines(passage.text, limit - len(out)):
                out.append({field: line, "citations": [passage.short_id]})
        return out[:limit]

    reasons = "；".join(_text(r, language) for r in triage.get("reasons", [])[:3])
    topics = list(dict.fromkeys(p.title for p in guideline))[:3]
    summary = labels["summary"].format(level=labels["level"].get(level, level), reasons=reasons)
    if topics:
        summary += " " + labels["topics"].format(topics="；".join(topics))
    check = pick("check")[:1]
    red_flags = pick("red_flags")[:1]
    actions = [_text(a, language) for a in triage.get("actions", [])]

    management = items("management", "advice", 4)
    if level in ("emergency", "urgent") and actions:
        cite = [red_flags[0].short_id] if red_flags else []
        management = [{"advice": a, "citations": cite} for a in actions[:3]] + management[:2]
    for item in management:
        item["medications"] = []

    referral_line = actions[0] if level in ("emergency", "urgent") and actions else ""
    if not referral_line and red_flags:
        first = _lines(red_flags[0].text, 1)
        referral_line = labels["refer_if"].format(line=first[0]) if first else ""
    return_precautions = items("red_flags", "advice", 3)
    if level == "self_care":
        return_precautions.insert(0, {"advice": labels["self_care"], "citations": []})

    return {
        "language": language,
        "assessment": {
            "summary": f"{summary} {labels['engine']}"[:600],
            "citations": [p.short_id for p in passages[:2]],
        },
        "triage_level": level,
        "differential": [
            {
                "condition": title[:120],
                "likelihood": "medium" if index == 0 else "low",
                "supporting_facts": [
                    _text(f.get("label", {}), language) for f in triage.get("red_flags", [])[:3]
                ]
                if index == 0
                else [],
                "citations": [next(p.short_id for p in guideline if p.title == title)],
            }
            for index, title in enumerate(topics)
        ],
        "next_questions": [
            {
                "question": _text(q.get("text", {}), language)[:600],
                "citations": [check[0].short_id] if check else [],
            }
            for q in triage.get("questions", [])[:6]
        ],
        "examinations": [
            {"name": line[:120], "reason": "", "citations": [check[0].short_id]}
            for line in (_lines(check[0].text, 4) if check else [])
        ],
        "management": management[:6],
        "tcm_option": _tcm_option(passages, level),
        "referral": {
            "advice": referral_line[:600],
            "citations": [red_flags[0].short_id] if red_flags else [],
        },
        "patient_advice": items("advice", "advice", 3),
        "return_precautions": return_precautions[:6],
    }


def _tcm_option(passages: Sequence[NumberedPassage], level: str) -> dict | None:
    # TCM is offered only where the knowledge base supports it, and never for an emergency.
    tcm = [p for p in passages if p.kind == "tcm"]
    if level == "emergency" or not tcm:
        return None
    first = tcm[0]
    same_topic = [p for p in tcm if p.document_id == first.document_id]
    # Only a treatment-principle section states the principle; without one, the pattern's
    # title stands in (quoting another section's first line read as a principle it is not).
    principle_src = next((p for p in same_topic if "principle" in _section_kind(p.section)), None)
    caution_src = next((p for p in same_topic if "cautions" in _section_kind(p.section)), None)
    principle = _lines(principle_src.text, 1) if principle_src else []
    cited = [first, *(p for p in (principle_src, caution_src) if p is not None)]
    return {
        "pattern": first.title[:120],
        "principle": (principle[0] if principle else first.title)[:120],
        "medicines": [],
        "cautions": _lines(caution_src.text, 2) if caution_src else [],
        "citations": list(dict.fromkeys(p.short_id for p in cited)),
    }
