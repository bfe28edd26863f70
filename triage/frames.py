"""The JSON frames the WebSocket routes send, built in one place for services and consumers."""

from __future__ import annotations

from .models import Consultation, Message, Suggestion


def message_frame(message: Message) -> dict:
    """A stored chat message as clients see it."""
    author = message.author
    return {
        "id": message.pk,
        "seq": message.seq,
        "author_role": message.author_role,
        "author": (author.get_full_name() or author.username) if author else "",
        "text": message.text,
        "client_id": message.client_id,
        "created_at": message.created_at.isoformat(),
    }


def consultation_frame(consultation: Consultation) -> dict:
    """The consultation's state as clients see it."""
    return {
        "id": consultation.pk,
        "status": consultation.status,
        "triage_level": consultation.triage_level,
        "red_flags": consultation.red_flags,
        "last_seq": consultation.last_message_seq,
    }


def queue_item_frame(suggestion: Suggestion) -> dict:
    """One entry of a GP's review queue."""
    consultation = suggestion.consultation
    return {
        "id": suggestion.pk,
        "kind": suggestion.kind,
        "status": suggestion.status,
        "consultation": consultation.pk,
        "clinic": consultation.clinic.name,
        "patient": consultation.patient.name,
        "triage_level": consultation.triage_level,
        "red_flags": consultation.red_flags,
        "created_at": suggestion.created_at.isoformat(),
        "escalated": suggestion.escalated_at is not None,
    }


# What the banner says for each level, in both languages (the page picks the user's).
LEVEL_LABELS = {
    "emergency": {"zh": "危急：立即呼叫120或转诊", "en": "Emergency: call 120 / transfer now"},
    "urgent": {"zh": "紧急：今天就诊（当日转诊）", "en": "Urgent: see a doctor today"},
    "non_urgent": {"zh": "非紧急：数日内门诊就诊", "en": "Non-urgent: routine visit within days"},
    "self_care": {
        "zh": "居家护理：注意返诊信号",
        "en": "Self-care at home, with return precautions",
    },
}


def triage_frame(consultation: Consultation) -> dict:
    """The visit's current triage as the consultation page shows it."""
    triage = consultation.triage
    return {
        "type": "triage",
        "assessment": {**triage, "level_label": LEVEL_LABELS.get(triage.get("level"), {})},
    }


def queue_consultation_frame(consultation: Consultation) -> dict:
    """A consultation's level changed: the GP queue re-sorts its items."""
    return {
        "type": "queue.consultation",
        "consultation": consultation.pk,
        "triage_level": consultation.triage_level,
        "red_flags": consultation.red_flags,
    }


# Every AI draft says what it is, in both languages (the page shows the staff's).
DRAFT_LABEL = {"zh": "AI 草稿，待上级医生审核", "en": "AI draft, pending GP review"}


def suggestion_frame(suggestion: Suggestion) -> dict:
    """A stored suggestion as the consultation page shows it."""
    return {
        "type": "suggestion",
        "id": suggestion.pk,
        "kind": suggestion.kind,
        "status": suggestion.status,
        "message_seq": suggestion.message.seq if suggestion.message_id else None,
        "label": DRAFT_LABEL,
        "payload": suggestion.payload,
        "notices": suggestion.notices,
        "passages": suggestion.retrieved_passages,
        "engine": suggestion.engine,
        "model_id": suggestion.model_id,
    }
