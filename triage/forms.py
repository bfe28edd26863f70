"""Page forms."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Language, Patient, TriageLevel


class PatientForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100)
    sex = forms.ChoiceField(label=_("Sex"), choices=Patient.Sex.choices)
    birth_date = forms.DateField(
        label=_("Birth date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    phone = forms.CharField(label=_("Phone for SMS"), max_length=32, required=False)
    language = forms.ChoiceField(label=_("Preferred language"), choices=Language.choices)
    allergies = forms.CharField(label=_("Allergies (comma-separated)"), required=False)
    chronic_conditions = forms.CharField(
        label=_("Chronic conditions (comma-separated)"), required=False
    )

    def split(self, field: str) -> list[str]:
        """A comma-separated field (, or ，) as a list."""
        return [p for p in self.cleaned_data[field].replace("，", ",").split(",") if p.strip()]


class ReviewDecisionForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("approve", "approve"), ("edit", "edit"), ("reject", "reject")]
    )
    reason = forms.CharField(label=_("Reason"), max_length=2000, required=False)


# --- Editing a structured suggestion in place -----------------------------------------
#
# The review screen shows every text value of the draft's payload as a form field named by
# its path ("management.0.medications.1.dose"); the edited payload is the draft with those
# values replaced, so the structure (and the citations) can never be broken by the form.

FIELD_PREFIX = "p:"
# Provenance and safety flags are the engine's, never the GP's to retype.
_NOT_EDITABLE = {"citations", "language", "is_prescription", "blocked", "in_sources", "code"}
_CHOICES = {
    "triage_level": [(level.value, level.label) for level in TriageLevel],
    "likelihood": [("high", _("high")), ("medium", _("medium")), ("low", _("low"))],
}
# Headings for the payload's keys (knowledge/schema.py), in the page's language.
KEY_LABELS = {
    "assessment": _("Assessment"),
    "summary": _("Summary"),
    "triage_level": _("Triage level"),
    "differential": _("Differential diagnosis"),
    "condition": _("Condition"),
    "likelihood": _("Likelihood"),
    "supporting_facts": _("Supporting facts"),
    "next_questions": _("Questions to ask"),
    "question": _("Question"),
    "examinations": _("Examinations"),
    "name": _("Name"),
    "reason": _("Reason"),
    "management": _("Management"),
    "advice": _("Advice"),
    "medications": _("Medication suggestions (not a prescription)"),
    "dose": _("Dose"),
    "note": _("Note"),
    "tcm_option": _("TCM option"),
    "pattern": _("Pattern"),
    "principle": _("Treatment principle"),
    "medicines": _("Medicines (suggestion, not a prescription)"),
    "cautions": _("Cautions"),
    "referral": _("Referral"),
    "patient_advice": _("Advice for the patient"),
    "return_precautions": _("Return precautions"),
    "text": _("Text"),
    "follow_up_date": _("Follow-up date"),
    "chief_complaint": _("Chief complaint"),
    "history_of_present_illness": _("History of present illness"),
    "past_history": _("Past history"),
    "allergy_history": _("Allergy history"),
    "physical_examination": _("Physical examination"),
    "preliminary_diagnosis": _("Preliminary diagnosis"),
    "tcm": _("TCM"),
    "high": _("high"),
    "medium": _("medium"),
    "low": _("low"),
}


@dataclass(frozen=True)
class PayloadField:
    """One editable value of a suggestion's payload."""

    path: str
    label: str
    value: str
    multiline: bool
    choices: list | None = None

    @property
    def name(self) -> str:
        """The form field's name."""
        return FIELD_PREFIX + self.path

    @property
    def depth(self) -> int:
        """How deeply nested the value is (for indentation)."""
        return self.path.count(".")


def _label(parts: list[str]) -> str:
    words = []
    for part in parts:
        if part.isdigit():
            words.append(str(int(part) + 1))
        else:
            words.append(str(KEY_LABELS.get(part, part.replace("_", " "))))
    return " · ".join(words)


def payload_fields(payload: object, parts: list[str] | None = None) -> list[PayloadField]:
    """The payload's editable text values, in document order."""
    parts = parts or []
    found: list[PayloadField] = []
    if isinstance(payload, dict):
        for key, value in payload.items():
            if key not in _NOT_EDITABLE:
                found.extend(payload_fields(value, [*parts, str(key)]))
    elif isinstance(payload, list):
        for index, value in enumerate(payload):
            found.extend(payload_fields(value, [*parts, str(index)]))
    elif isinstance(payload, str) and parts:
        last = next((p for p in reversed(parts) if not p.isdigit()), "")
        found.append(
            PayloadField(
                path=".".join(parts),
                label=_label(parts),
                value=payload,
                multiline=len(payload) > 60 or last in ("summary", "advice", "text", "note"),
                choices=_CHOICES.get(last),
            )
        )
    return found


def _set_path(payload: object, parts: list[str], value: str) -> None:
    target = payload
    for part in parts[:-1]:
        target = target[int(part)] if isinstance(target, list) else target[part]
    last = parts[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


def edited_payload(original: dict, data: dict) -> dict:
    """The draft with the submitted field values in place; values for paths the draft does
    not have are ignored, and a choice outside its list keeps the draft's value."""
    edited = copy.deepcopy(original)
    for field in payload_fields(original):
        submitted = data.get(field.name)
        if submitted is None:
            continue
        submitted = str(submitted).replace("\r\n", "\n").strip()
        if field.choices and submitted not in {str(c[0]) for c in field.choices}:
            continue
        _set_path(edited, field.path.split("."), submitted)
    return edited
