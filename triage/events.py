"""Channel-layer events: group names and publishing after the transaction commits, so no
client ever sees something that was rolled back."""

from __future__ import annotations

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction


def consultation_group(consultation_id: int) -> str:
    """The group every socket open on one consultation joins."""
    return f"consultation.{consultation_id}"


def review_group(centre_id: int) -> str:
    """The group of the GPs of one township health centre (their live review queue)."""
    return f"review.{centre_id}"


def publish(group: str, event: dict) -> None:
    """Send `event` (a dict with a "type" handled by the consumers) once the commit is done."""

    def send() -> None:
        async_to_sync(get_channel_layer().group_send)(group, event)

    transaction.on_commit(send)
