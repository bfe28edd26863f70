"""The JSON frames the WebSocket routes send, built in one place for services and consumers."""

from __future__ import annotations

from .models import Consultation, Message


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
