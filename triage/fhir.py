"""FHIR R4 export of a signed visit: one Bundle of type "collection".

Why "collection" and not "document": a FHIR document is an attested, immutable composition
whose first entry must be a Composition (bdl-11) authored and signed as a whole. What the GP
signs here is the patient summary, not a clinical document of the whole visit; the export is
a set of resources with their own Provenance, which is exactly what a collection is for.

Ids are uuid5s of our primary keys (stable across exports, so a receiver can deduplicate),
and every reference is the urn:uuid fullUrl of an entry in the same Bundle.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from . import selectors
from .audit import audited_transaction, record_audit_event
from .errors import Conflict, ServiceError, not_found
from .models import (
    Clinic,
    Consultation,
    ConsultationStatus,
    Message,
    Patient,
    SmsMessage,
    Suggestion,
    User,
)

FHIR_VERSION = "4.0.1"
# Our own identifier and code systems. A clinic network that has an OID or URL of its own
# for these should replace the base (receivers match on system + value).
SYSTEM_BASE = "urn:gp-assistant:"

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ACT_PRIORITY = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
PARTICIPATION_MODE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"
PROVENANCE_AGENT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
BCP47 = "urn:ietf:bcp:47"

LANGUAGE_TAGS = {"zh": ("zh-CN", "Chinese (China)"), "en": ("en", "English")}

# Our triage levels as encounter priorities (HL7 v3 ActPriority).
ENCOUNTER_PRIORITY = {
    "emergency": ("EM", "emergency"),
    "urgent": ("UR", "urgent"),
    "non_urgent": ("R", "routine"),
    "self_care": ("R", "routine"),
}


def _qty(value, unit: str, code: str) -> dict:
    return {"value": value, "unit": unit, "system": UCUM, "code": code}


# One observation per measured vital: (LOINC codings, category, UCUM unit and code).
# LOINC 59408-5 is pulse oximetry; 2708-6 (arterial O2 saturation) is what the base
# vital-signs profile asks for, so both are given. 15074-8 is blood glucose in mmol/L
# (2339-0 is mass per volume, mg/dL, not what Chinese meters report).
VITAL_OBSERVATIONS = {
    "temp_c": ([("8310-5", "Body temperature")], "vital-signs", ("Cel", "Cel")),
    "hr": ([("8867-4", "Heart rate")], "vital-signs", ("/min", "/min")),
    "rr": ([("9279-1", "Respiratory rate")], "vital-signs", ("/min", "/min")),
    "spo2": (
        [
            ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"),
            ("2708-6", "Oxygen saturation in Arterial blood"),
        ],
        "vital-signs",
        ("%", "%"),
    ),
    "glucose": (
        [("15074-8", "Glucose [Moles/volume] in Blood")],
        "laboratory",
        ("mmol/L", "mmol/L"),
    ),
    "gcs": ([("9269-2", "Glasgow coma score total")], "exam", ("{score}", "{score}")),
    "potassium": (
        [("6298-4", "Potassium [Moles/volume] in Blood")],
        "laboratory",
        ("mmol/L", "mmol/L"),
    ),
    "inr": (
        [("6301-6", "INR in Platelet poor plasma by Coagulation assay")],
        "laboratory",
        ("{INR}", "{INR}"),
    ),
    "sodium": (
        [("2951-2", "Sodium [Moles/volume] in Serum or Plasma")],
        "laboratory",
        ("mmol/L", "mmol/L"),
    ),
    "calcium": (
        [("2000-8", "Calcium [Moles/volume] in Serum or Plasma")],
        "laboratory",
        ("mmol/L", "mmol/L"),
    ),
    "hb": ([("718-7", "Hemoglobin [Mass/volume] in Blood")], "laboratory", ("g/L", "g/L")),
    "platelets": (
        [("777-3", "Platelets [#/volume] in Blood by Automated count")],
        "laboratory",
        ("10*9/L", "10*9/L"),
    ),
    "muac_mm": ([("56072-2", "Circumference Mid upper arm")], "exam", ("mm", "mm")),
    "weight_g": ([("29463-7", "Body weight")], "vital-signs", ("g", "g")),
    "birth_weight_g": ([("8339-4", "Birth weight Measured")], "vital-signs", ("g", "g")),
}
BP_PANEL = ("85354-9", "Blood pressure panel with all children optional")
BP_COMPONENTS = {
    "sbp": ("8480-6", "Systolic blood pressure"),
    "dbp": ("8462-4", "Diastolic blood pressure"),
}
# The prefixes of the triage rules' trigger strings ("SBP 85", "SpO2 89%") and the vital
# each one names, so a red flag can point at the observation that raised it.
_TRIGGER_VITAL = {
    "SBP": "bp",
    "DBP": "bp",
    "HR": "hr",
    "RR": "rr",
    "SpO2": "spo2",
    "T": "temp_c",
    "glucose": "glucose",
    "GCS": "gcs",
    "K": "potassium",
    "INR": "inr",
    "Na": "sodium",
    "Ca": "calcium",
    "Hb": "hb",
    "PLT": "platelets",
    "MUAC": "muac_mm",
    "weight": "weight_g",
}


def _id(*parts: object) -> str:
    # Two deployments share primary keys (Patient 1 exists in both); an optional per-network
    # FHIR_ID_NAMESPACE keeps their resource ids apart when a receiver merges their exports.
    network = getattr(settings, "FHIR_ID_NAMESPACE", "") or "urn:gp-assistant:fhir"
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, network)
    return str(uuid.uuid5(namespace, "/".join(str(p) for p in parts)))


def _ref(resource: dict, display: str | None = None) -> dict:
    ref = {"reference": f"urn:uuid:{resource['id']}"}
    if display:
        ref["display"] = display
    return ref


def _time(value: datetime | None) -> str | None:
    if value is None:
        return None
    return timezone.localtime(value).isoformat(timespec="seconds")


def _concept(system: str, code: str, display: str | None = None, text: str | None = None):
    coding = {"system": system, "code": code}
    if display:
        coding["display"] = display
    concept = {"coding": [coding]}
    if text:
        concept["text"] = text
    return concept


def _identifier(kind: str, value: object) -> list[dict]:
    return [{"system": f"{SYSTEM_BASE}{kind}", "value": str(value)}]


def _drop_empty(resource: dict) -> dict:
    return {k: v for k, v in resource.items() if v not in (None, "", [], {})}


class _Builder:
    """Collects the Bundle's resources once each, keyed by their stable id."""

    def __init__(self, consultation: Consultation) -> None:
        self.consultation = consultation
        self.language = consultation.patient.language
        self.resources: dict[str, dict] = {}

    def add(self, resource: dict) -> dict:
        resource = _drop_empty(resource)
        self.resources.setdefault(resource["id"], resource)
        return self.resources[resource["id"]]

    def text(self, label: dict | str) -> str:
        if isinstance(label, dict):
            return label.get(self.language) or label.get("zh") or label.get("en") or ""
        return str(label)

    # --- who and where ------------------------------------------------------------------

    def organization(self, clinic: Clinic) -> dict:
        part_of = (
            self.organization(clinic.supervising_centre) if clinic.supervising_centre else None
        )
        return self.add(
            {
                "resourceType": "Organization",
                "id": _id("Organization", clinic.pk),
                "identifier": _identifier("clinic", clinic.pk),
                "active": clinic.is_active,
                "type": [
                    _concept(
                        ORGANIZATION_TYPE,
                        "prov",
                        "Healthcare Provider",
                        text=clinic.get_kind_display(),
                    )
                ],
                "name": clinic.name,
                "telecom": [{"system": "phone", "value": clinic.phone}] if clinic.phone else [],
                "partOf": _ref(part_of, part_of["name"]) if part_of else None,
            }
        )

    def practitioner(self, user: User) -> dict:
        name = user.get_full_name() or user.username
        return self.add(
            {
                "resourceType": "Practitioner",
                "id": _id("Practitioner", user.pk),
                "identifier": _identifier("user", user.pk),
                "active": user.is_active,
                "name": [{"text": name}],
                "telecom": [{"system": "phone", "value": user.phone, "use": "work"}]
                if user.phone
                else [],
            }
        )

    def patient(self, patient: Patient) -> dict:
        tag, display = LANGUAGE_TAGS.get(patient.language, (patient.language, None))
        return self.add(
            {
                "resourceType": "Patient",
                "id": _id("Patient", patient.pk),
                "identifier": _identifier("patient", patient.pk),
                "active": True,
                "name": [{"use": "official", "text": patient.name}],
                "telecom": [{"system": "phone", "value": patient.phone, "use": "mobile"}]
                if patient.phone
                else [],
                "gender": patient.sex if patient.sex in ("female", "male", "other") else "unknown",
                "birthDate": patient.birth_date.isoformat(),
                "communication": [
                    {"language": _concept(BCP47, tag, display, text=display), "preferred": True}
                ],
                "managingOrganization": _ref(
                    self.organization(patient.clinic), patient.clinic.name
                ),
            }
        )

    def device(self, suggestion: Suggestion) -> dict:
        engine = suggestion.engine or "unknown"
        return self.add(
            {
                "resourceType": "Device",
                "id": _id("Device", engine, suggestion.model_id, suggestion.prompt_version),
                "status": "active",
                "deviceName": [
                    {
                        "name": f"GP Assistant suggestion engine: {engine}",
                        "type": "user-friendly-name",
                    },
                    *(
                        [{"name": suggestion.model_id, "type": "model-name"}]
                        if suggestion.model_id
                        else []
                    ),
                ],
                "type": {"text": "AI clinical suggestion engine (draft for GP review)"},
                "version": [
                    {"type": {"text": "engine"}, "value": engine},
                    *(
                        [{"type": {"text": "prompt version"}, "value": suggestion.prompt_version}]
                        if suggestion.prompt_version
                        else []
                    ),
                ],
            }
        )

    def rules_device(self) -> dict:
        return self.add(
            {
                "resourceType": "Device",
                "id": _id("Device", "triage-rules"),
                "status": "active",
                "deviceName": [
                    {"name": "GP Assistant red-flag triage rules", "type": "user-friendly-name"}
                ],
                "type": {"text": "Deterministic red-flag triage rules (no AI)"},
            }
        )


def _signing_summary(consultation: Consultation) -> Suggestion:
    summary = (
        consultation.suggestions.filter(
            kind=Suggestion.Kind.PATIENT_SUMMARY,
            status__in=(Suggestion.Status.APPROVED, Suggestion.Status.EDITED),
            review__isnull=False,
        )
        .select_related("review__gp__clinic")
        .order_by("-reviewed_at", "-pk")
        .first()
    )
    if summary is None:
        raise Conflict(
            "no_signed_summary",
            zh="该问诊没有医生签署的患者小结。",
            en="This visit has no GP-signed patient summary.",
        )
    return summary


def _approved_visit_record(consultation: Consultation) -> Suggestion | None:
    return (
        consultation.suggestions.filter(
            kind=Suggestion.Kind.VISIT_RECORD,
            status__in=(Suggestion.Status.APPROVED, Suggestion.Status.EDITED),
            review__isnull=False,
        )
        .select_related("review__gp__clinic")
        .order_by("-reviewed_at", "-pk")
        .first()
    )


def _approved_payload(suggestion: Suggestion) -> dict:
    review = suggestion.review
    payload = review.edited_payload if review.edited_payload is not None else suggestion.payload
    return payload if isinstance(payload, dict) else {}


def _diagnoses(payload: dict) -> list[dict]:
    """The visit record's diagnoses as [{"text", "icd10"?}], from `diagnoses` (a list of
    strings or {"text"/"name", "icd10"/"code"}) or the outpatient record's 初步诊断."""
    raw = payload.get("diagnoses")
    if raw is None:
        raw = payload.get("初步诊断", payload.get("preliminary_diagnosis"))
    if isinstance(raw, (str, dict)):
        raw = [raw]
    found = []
    for item in raw or []:
        if isinstance(item, str) and item.strip():
            found.append({"text": item.strip()})
        elif isinstance(item, dict):
            text = str(item.get("text") or item.get("name") or "").strip()
            code = str(item.get("icd10") or item.get("code") or "").strip()
            if text or code:
                found.append({"text": text or code, "icd10": code})
    return found


def _latest_vitals(messages: list[Message]) -> dict[str, tuple[object, Message]]:
    """Each vital's latest value in the conversation and the message that stated it. The
    rules store accumulated facts per message, so a value belongs to the message where it
    first took its final value."""
    latest: dict[str, tuple[object, Message]] = {}
    for message in messages:
        vitals = ((message.triage or {}).get("facts") or {}).get("vitals") or {}
        for name, value in vitals.items():
            if value is None:
                continue
            if name not in latest or latest[name][0] != value:
                latest[name] = (value, message)
    return latest


def _observations(b: _Builder, encounter: dict, patient: dict) -> dict[str, dict]:
    consultation = b.consultation
    messages = list(
        consultation.messages.filter(author_role=Message.AuthorRole.STAFF)
        .select_related("author")
        .order_by("seq")
    )
    latest = _latest_vitals(messages)

    def base(key: str, message: Message, category: str, code: dict) -> dict:
        performer = b.practitioner(message.author) if message.author else None
        return {
            "resourceType": "Observation",
            "id": _id("Observation", consultation.pk, key),
            "identifier": _identifier("observation", f"{consultation.pk}-{key}"),
            "status": "final",
            "category": [
                _concept(OBSERVATION_CATEGORY, category, category.replace("-", " ").title())
            ],
            "code": code,
            "subject": _ref(patient),
            "encounter": _ref(encounter),
            "effectiveDateTime": _time(message.created_at),
            "performer": [_ref(performer)] if performer else [],
        }

    observations: dict[str, dict] = {}
    if "sbp" in latest or "dbp" in latest:
        stated = [latest[k][1] for k in ("sbp", "dbp") if k in latest]
        message = max(stated, key=lambda m: m.seq)
        resource = base(
            "bp",
            message,
            "vital-signs",
            _concept(LOINC, BP_PANEL[0], BP_PANEL[1], text="Blood pressure / 血压"),
        )
        resource["component"] = [
            {
                "code": _concept(LOINC, code, display),
                "valueQuantity": _qty(latest[key][0], "mmHg", "mm[Hg]"),
            }
            for key, (code, display) in BP_COMPONENTS.items()
            if key in latest
        ]
        observations["bp"] = b.add(resource)
    for key, (codings, category, (unit, ucum)) in VITAL_OBSERVATIONS.items():
        if key not in latest:
            continue
        value, message = latest[key]
        code = {
            "coding": [{"system": LOINC, "code": c, "display": d} for c, d in codings],
            "text": codings[0][1],
        }
        resource = base(key, message, category, code)
        resource["valueQuantity"] = _qty(value, unit, ucum)
        observations[key] = b.add(resource)
    return observations


def _condition(
    b: _Builder,
    *,
    key: str,
    code: dict,
    encounter: dict,
    patient: dict,
    note: str = "",
    evidence: list[dict] | None = None,
) -> dict:
    return b.add(
        {
            "resourceType": "Condition",
            "id": _id("Condition", b.consultation.pk, key),
            "clinicalStatus": _concept(CONDITION_CLINICAL, "active", "Active"),
            # Red flags are screening signals and 初步诊断 is a preliminary diagnosis.
            "verificationStatus": _concept(CONDITION_VERIFICATION, "provisional", "Provisional"),
            "category": [
                _concept(CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis")
            ],
            "code": code,
            "subject": _ref(patient),
            "encounter": _ref(encounter),
            "note": [{"text": note}] if note else [],
            "evidence": evidence or [],
        }
    )


def _red_flag_conditions(
    b: _Builder, encounter: dict, patient: dict, observations: dict[str, dict]
) -> list[dict]:
    conditions = []
    for flag in b.consultation.red_flags or []:
        label = flag.get("label") or {}
        triggers = [str(t) for t in flag.get("triggers", [])]
        details = []
        for trigger in triggers:
            vital = _TRIGGER_VITAL.get(trigger.split(" ", 1)[0])
            if vital in observations and _ref(observations[vital]) not in details:
                details.append(_ref(observations[vital]))
        evidence = [{"code": [{"text": "; ".join(triggers)}]}] if triggers else []
        if details:
            evidence = evidence or [{}]
            evidence[0]["detail"] = details
        note = f"Triage level: {flag.get('level', '')}. Source: {flag.get('source', '')}"
        conditions.append(
            _condition(
                b,
                key=f"red-flag/{flag['code']}",
                code={
                    "coding": [
                        {
                            "system": f"{SYSTEM_BASE}red-flag",
                            "code": flag["code"],
                            "display": label.get("en") or flag["code"],
                        }
                    ],
                    "text": b.text(label) or flag["code"],
                },
                encounter=encounter,
                patient=patient,
                note=note,
                evidence=evidence,
            )
        )
    return conditions


def _diagnosis_conditions(
    b: _Builder, visit_record: Suggestion, encounter: dict, patient: dict
) -> list[dict]:
    conditions = []
    for index, diagnosis in enumerate(_diagnoses(_approved_payload(visit_record))):
        coding = [{"system": ICD10, "code": diagnosis["icd10"]}] if diagnosis.get("icd10") else []
        code = {"text": diagnosis["text"]}
        if coding:
            code = {"coding": coding, **code}
        conditions.append(
            _condition(
                b,
                key=f"diagnosis/{visit_record.pk}/{index}",
                code=code,
                encounter=encounter,
                patient=patient,
                note="初步诊断 (preliminary diagnosis) from the GP-approved visit record",
            )
        )
    return conditions


_SMS_TO_COMMUNICATION = {
    SmsMessage.Status.QUEUED: "in-progress",
    SmsMessage.Status.SENT: "completed",
    SmsMessage.Status.DELIVERED: "completed",
    SmsMessage.Status.FAILED: "not-done",
}


def _summary_communication(
    b: _Builder, summary: Suggestion, encounter: dict, patient: dict, about: list[dict]
) -> dict:
    text = str(_approved_payload(summary).get("text", "")).strip()
    sms = SmsMessage.objects.filter(suggestion=summary).first()
    status = _SMS_TO_COMMUNICATION[sms.status] if sms else "not-done"
    reason = None
    if sms is None:
        reason = {"text": "No SMS sent (no phone number or empty summary)"}
    elif sms.status == SmsMessage.Status.FAILED:
        reason = {"text": sms.last_error or "SMS delivery failed"}
    tag, _ = LANGUAGE_TAGS.get(b.language, (b.language, None))
    return b.add(
        {
            "resourceType": "Communication",
            "id": _id("Communication", summary.pk),
            "identifier": _identifier("suggestion", summary.pk),
            "language": tag,
            "status": status,
            "statusReason": reason,
            "category": [{"text": "Patient visit summary / 患者就诊小结"}],
            "medium": [_concept(PARTICIPATION_MODE, "SMSWRIT", "SMS written")],
            "subject": _ref(patient),
            "encounter": _ref(encounter),
            "about": [_ref(c) for c in about],
            "sent": _time(sms.sent_at) if sms else None,
            "recipient": [_ref(patient)],
            "sender": _ref(b.organization(b.consultation.clinic)),
            "payload": [{"contentString": text}],
        }
    )


def _review_provenance(b: _Builder, suggestion: Suggestion, targets: list[dict]) -> dict:
    review = suggestion.review
    gp = review.gp
    # The GP who approved verified the AI's draft; a GP who edited it authored what is sent.
    gp_role = ("author", "Author") if review.action == "edit" else ("verifier", "Verifier")
    gp_agent = {
        "type": _concept(PROVENANCE_AGENT, *gp_role),
        "who": _ref(b.practitioner(gp), gp.get_full_name() or gp.username),
    }
    if gp.clinic_id:
        gp_agent["onBehalfOf"] = _ref(b.organization(gp.clinic), gp.clinic.name)
    device = b.device(suggestion)
    entities = [
        {
            "role": "source",
            "what": {
                "identifier": {
                    "system": f"{SYSTEM_BASE}guideline-passage",
                    "value": str(p.get("chunk_id", "")),
                },
                "display": " / ".join(
                    str(p[k]) for k in ("document_id", "version", "section") if p.get(k)
                ),
            },
        }
        for p in suggestion.citations or []
        if isinstance(p, dict) and p.get("chunk_id")
    ]
    return b.add(
        {
            "resourceType": "Provenance",
            "id": _id("Provenance", "suggestion", suggestion.pk),
            "target": [_ref(t) for t in targets],
            "recorded": _time(review.created_at),
            "reason": [{"text": f"GP review ({review.action}) of AI draft #{suggestion.pk}"}],
            "agent": [
                {
                    "type": _concept(PROVENANCE_AGENT, "assembler", "Assembler"),
                    "who": _ref(device, device["deviceName"][0]["name"]),
                },
                gp_agent,
            ],
            "entity": entities,
        }
    )


def _rules_provenance(b: _Builder, targets: list[dict]) -> dict:
    last_triage = (
        b.consultation.messages.filter(author_role=Message.AuthorRole.STAFF)
        .order_by("-seq")
        .values_list("created_at", flat=True)
        .first()
    )
    device = b.rules_device()
    return b.add(
        {
            "resourceType": "Provenance",
            "id": _id("Provenance", "red-flags", b.consultation.pk),
            "target": [_ref(t) for t in targets],
            "recorded": _time(last_triage or b.consultation.signed_at),
            "reason": [{"text": "Deterministic red-flag triage of the clinic's messages"}],
            "agent": [
                {
                    "type": _concept(PROVENANCE_AGENT, "author", "Author"),
                    "who": _ref(device, device["deviceName"][0]["name"]),
                }
            ],
        }
    )


def consultation_bundle(consultation: Consultation, *, now: datetime | None = None) -> dict:
    """The signed visit as a FHIR R4 collection Bundle (JSON-ready dict); Conflict if the
    summary is not signed yet."""
    if consultation.status != ConsultationStatus.SUMMARY_SIGNED:
        raise Conflict(
            "not_signed",
            zh="只有医生已签署小结的问诊才能导出。",
            en="Only a visit whose summary a GP signed can be exported.",
        )
    summary = _signing_summary(consultation)
    visit_record = _approved_visit_record(consultation)
    b = _Builder(consultation)
    patient = b.patient(consultation.patient)
    clinic = b.organization(consultation.clinic)
    staff = b.practitioner(consultation.opened_by)
    priority = ENCOUNTER_PRIORITY.get(consultation.triage_level)
    encounter = b.add(
        {
            "resourceType": "Encounter",
            "id": _id("Encounter", consultation.pk),
            "identifier": _identifier("consultation", consultation.pk),
            "status": "finished",
            "class": {"system": ACT_CODE, "code": "AMB", "display": "ambulatory"},
            "priority": _concept(ACT_PRIORITY, *priority) if priority else None,
            "subject": _ref(patient, consultation.patient.name),
            "participant": [
                {
                    "type": [_concept(PARTICIPATION_TYPE, "ATND", "attender")],
                    "individual": _ref(staff),
                }
            ],
            "period": {
                "start": _time(consultation.opened_at),
                "end": _time(consultation.closed_at or consultation.signed_at),
            },
            "serviceProvider": _ref(clinic, consultation.clinic.name),
        }
    )
    observations = _observations(b, encounter, patient)
    red_flags = _red_flag_conditions(b, encounter, patient, observations)
    diagnoses = _diagnosis_conditions(b, visit_record, encounter, patient) if visit_record else []
    encounter["diagnosis"] = [
        {"condition": _ref(c), "rank": rank} for rank, c in enumerate([*diagnoses, *red_flags], 1)
    ]
    if not encounter["diagnosis"]:
        del encounter["diagnosis"]
    communication = _summary_communication(b, summary, encounter, patient, [*diagnoses, *red_flags])
    _review_provenance(b, summary, [communication])
    if visit_record and diagnoses:
        _review_provenance(b, visit_record, diagnoses)
    if red_flags:
        _rules_provenance(b, red_flags)
    return {
        "resourceType": "Bundle",
        "id": _id("Bundle", consultation.pk),
        "meta": {"lastUpdated": _time(now or timezone.now())},
        "identifier": {"system": f"{SYSTEM_BASE}fhir-export", "value": str(consultation.pk)},
        "type": "collection",
        "timestamp": _time(now or timezone.now()),
        "entry": [
            {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}
            for resource in b.resources.values()
        ],
    }


def export_consultation(*, user: User, consultation_id: int) -> dict:
    """The FHIR Bundle of a signed visit the user may see, audited as
    "consultation.exported"; NotFound when not theirs, Conflict when not signed."""
    consultation = (
        selectors.visible_consultations(user)
        .select_related(
            "patient__clinic__supervising_centre", "clinic__supervising_centre", "opened_by"
        )
        .filter(pk=consultation_id)
        .first()
    )
    if consultation is None:
        raise not_found()
    with audited_transaction():
        bundle = consultation_bundle(consultation)
        record_audit_event(
            actor=user,
            verb="consultation.exported",
            obj=consultation,
            consultation=consultation,
            details={
                "format": f"FHIR {FHIR_VERSION} Bundle/{bundle['type']}",
                "bundle": bundle["id"],
                "resources": len(bundle["entry"]),
            },
        )
    return bundle


class FhirJsonRenderer(JSONRenderer):
    media_type = "application/fhir+json"
    format = "fhir"


class ConsultationFhirApi(APIView):
    """GET a signed visit as a FHIR R4 Bundle (application/fhir+json)."""

    renderer_classes = [FhirJsonRenderer, JSONRenderer]

    @extend_schema(
        responses={
            200: OpenApiTypes.OBJECT,
            404: OpenApiResponse(description="No such consultation (for you)"),
            409: OpenApiResponse(description="The summary is not signed yet"),
        },
    )
    def get(self, request: Request, pk: int) -> Response:
        """The signed visit as a FHIR R4 collection Bundle."""
        try:
            bundle = export_consultation(user=request.user, consultation_id=pk)
        except ServiceError as exc:
            return Response(exc.as_dict(), status=exc.http_status)
        return Response(bundle)
