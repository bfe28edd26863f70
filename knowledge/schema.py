"""The one JSON schema of a structured suggestion: used for the model's constrained output,
for validating whatever came back, and by the extractive engine. Pure data.

Every item carries `citations`: the short ids ("P1", "P2", ...) of the retrieved passages it
rests on, as numbered in the prompt; provenance maps them back to chunk ids and versions.
"""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ["self_care", "non_urgent", "urgent", "emergency"]

_CITATIONS = {
    "type": "array",
    "items": {"type": "string", "pattern": "^P[0-9]{1,2}$"},
    "maxItems": 6,
}


def _item(properties: dict, required: list[str]) -> dict:
    return {
        "type": "object",
        "properties": {**properties, "citations": _CITATIONS},
        "required": [*required, "citations"],
        "additionalProperties": False,
    }


_TEXT = {"type": "string", "maxLength": 600}
_SHORT = {"type": "string", "maxLength": 120}
_MEDICATION = {
    "type": "object",
    "properties": {"name": _SHORT, "dose": _SHORT, "note": _TEXT},
    "required": ["name"],
    "additionalProperties": False,
}

SUGGESTION_SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "GP Assistant suggestion",
    "type": "object",
    "properties": {
        "language": {"enum": ["zh", "en"]},
        "assessment": _item({"summary": _TEXT}, ["summary"]),
        "triage_level": {"enum": LEVELS},
        "differential": {
            "type": "array",
            "maxItems": 5,
            "items": _item(
                {
                    "condition": _SHORT,
                    "likelihood": {"enum": ["high", "medium", "low"]},
                    "supporting_facts": {"type": "array", "items": _SHORT, "maxItems": 6},
                },
                ["condition", "likelihood"],
            ),
        },
        "next_questions": {
            "type": "array",
            "maxItems": 6,
            "items": _item({"question": _TEXT}, ["question"]),
        },
        "examinations": {
            "type": "array",
            "maxItems": 6,
            "items": _item({"name": _SHORT, "reason": _TEXT}, ["name"]),
        },
        "management": {
            "type": "array",
            "maxItems": 6,
            "items": _item(
                {
                    "advice": _TEXT,
                    "medications": {"type": "array", "items": _MEDICATION, "maxItems": 4},
                },
                ["advice"],
            ),
        },
        "tcm_option": {
            "anyOf": [
                {"type": "null"},
                _item(
                    {
                        "pattern": _SHORT,
                        "principle": _SHORT,
                        "medicines": {"type": "array", "items": _MEDICATION, "maxItems": 3},
                        "cautions": {"type": "array", "items": _TEXT, "maxItems": 4},
                    },
                    ["pattern", "principle"],
                ),
            ]
        },
        "referral": _item({"advice": _TEXT}, ["advice"]),
        "patient_advice": {
            "type": "array",
            "maxItems": 6,
            "items": _item({"advice": _TEXT}, ["advice"]),
        },
        "return_precautions": {
            "type": "array",
            "maxItems": 6,
            "items": _item({"advice": _TEXT}, ["advice"]),
        },
    },
    "required": [
        "language",
        "assessment",
        "triage_level",
        "differential",
        "next_questions",
        "examinations",
        "management",
        "tcm_option",
        "referral",
        "patient_advice",
        "return_precautions",
    ],
    "additionalProperties": False,
}

# Shown with every medication in a suggestion (ARCHITECTURE rule 3).
MEDICATION_NOTICE = {
    "zh": "用药内容仅为供上级医生参考的建议，不是处方；须由医生决定。",
    "en": "Medication content is a suggestion for the GP, not a prescription; the GP decides.",
}


@dataclass(frozen=True)
class NumberedPassage:
    """A retrieved passage as the prompt and the suggestion cite it ("P1", "P2", ...)."""

    short_id: str
    chunk_id: str
    document_id: str
    version: str
    title: str
    section: str
    kind: str
    language: str
    text: str
    score: float = 0.0
