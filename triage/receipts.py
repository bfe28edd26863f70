"""SMS delivery receipts from the gateway: check the signature, move the outbox row forward.

The gateway signs a receipt the way we sign a send (triage.sms.sign: HMAC-SHA256 over
"<timestamp>.<body>", headers X-GP-Timestamp and X-GP-Signature). A receipt only ever moves
an SMS forward; a duplicate or late receipt changes nothing."""

from __future__ import annotations

import hmac
import json
import time

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status as http
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from .audit import audited_transaction, record_audit_event
from .errors import InvalidInput, ServiceError, not_found
from .models import SmsMessage
from .sms import sign

# What the gateway reports, and the outbox status it means.
GATEWAY_STATUSES: dict[str, str] = {
    "delivered": SmsMessage.Status.DELIVERED,
    "failed": SmsMessage.Status.FAILED,
    "undeliverable": SmsMessage.Status.FAILED,
    "expired": SmsMessage.Status.FAILED,
}
_TERMINAL = frozenset({SmsMessage.Status.DELIVERED, SmsMessage.Status.FAILED})


def verify_receipt(
    *,
    secret: str,
    timestamp: str,
    signature: str,
    body: bytes,
    now: float,
    tolerance_s: int = 300,
) -> bool:
    """Whether the receipt is signed with `secret` and its timestamp is within `tolerance_s`
    of `now` (a replayed old receipt fails even with a valid signature)."""
    if not secret or not signature or not timestamp or not timestamp.isascii():
        return False
    if not timestamp.isdigit():
        return False
    if abs(now - int(timestamp)) > tolerance_s:
        return False
    expected = sign(secret, timestamp, body).encode()
    return hmac.compare_digest(expected, signature.strip().lower().encode("utf-8", "replace"))


def _may_move(message: SmsMessage, new: str) -> bool:
    current = message.status
    if current == new or current == SmsMessage.Status.DELIVERED:
        return False  # a duplicate, or a late failure after delivery: delivered stays
    if current == SmsMessage.Status.FAILED:
        # Our side gave up (timeouts) but the gateway got it through: the patient has the
        # message, so the clinic must not see "failed" and resend. A row we refused to send
        # (attempts == 0) can never have been delivered.
        return new == SmsMessage.Status.DELIVERED and message.attempts > 0
    return True  # queued or sent -> delivered or failed


def apply_receipt(
    *, provider_id: str | None, idempotency_key: str | None, status: str, error: str = ""
) -> SmsMessage:
    """Record a gateway delivery receipt on its SMS (found by idempotency key, else provider
    id), moving it forward only; audited as "sms.receipt". A duplicate receipt is a no-op."""
    gateway_status = status.strip().lower() if isinstance(status, str) else ""
    if gateway_status not in GATEWAY_STATUSES:
        raise InvalidInput(
            "bad_status",
            zh="回执状态无效。",
            en=f"Unknown receipt status; expected one of {', '.join(GATEWAY_STATUSES)}.",
        )
    idempotency_key = (idempotency_key or "").strip()
    provider_id = (provider_id or "").strip()
    if not idempotency_key and not provider_id:
        raise InvalidInput(
            "missing_id",
            zh="回执缺少短信编号。",
            en="The receipt names no idempotency_key or provider_id.",
        )
    new = GATEWAY_STATUSES[gateway_status]
    with audited_transaction():
        rows = SmsMessage.objects.select_for_update(of=("self",)).select_related("consultation")
        if idempotency_key:
            message = rows.filter(idempotency_key=idempotency_key).first()
            # Both given but naming different rows: apply to neither.
            if message is not None and provider_id and message.provider_id not in ("", provider_id):
                message = None
        else:
            message = rows.filter(provider_id=provider_id).order_by("-pk").first()
        if message is None:
            raise not_found()
        if not _may_move(message, new):
            return message
        previous = message.status
        message.status = new
        fields = ["status", "updated_at"]
        if new == SmsMessage.Status.FAILED:
            reason = f"gateway: {gateway_status}" + (f": {error.strip()}" if error.strip() else "")
            message.last_error = reason[:500]
            fields.append("last_error")
        message.save(update_fields=fields)
        record_audit_event(
            actor=None,
            verb="sms.receipt",
            obj=message,
            consultation=message.consultation,
            details={
                "from": previous,
                "to": new,
                "gateway_status": gateway_status,
                "error": error.strip()[:500],
            },
        )
    return message


class SmsReceiptApi(APIView):
    """The SMS gateway's delivery-receipt hook. Authenticated by its HMAC signature, not a
    session, so no session auth (and hence no CSRF check) applies."""

    authentication_classes: list = []
    permission_classes = [AllowAny]

    @extend_schema(
        request=OpenApiTypes.OBJECT,
        responses={
            200: OpenApiTypes.OBJECT,
            400: OpenApiResponse(description="Malformed JSON, unknown status or no id"),
            401: OpenApiResponse(description="Bad or stale signature"),
            404: OpenApiResponse(description="No such SMS"),
        },
    )
    def post(self, request: Request) -> Response:
        """Apply a signed delivery receipt: {"idempotency_key"|"provider_id", "status", "error"}."""
        body = request.body
        if not verify_receipt(
            secret=settings.SMS_WEBHOOK_SECRET,
            timestamp=request.headers.get("X-GP-Timestamp", ""),
            signature=request.headers.get("X-GP-Signature", ""),
            body=body,
            now=time.time(),
        ):
            return Response(
                {
                    "code": "bad_signature",
                    "message": {"zh": "签名无效或已过期。", "en": "Bad or stale signature."},
                },
                status=http.HTTP_401_UNAUTHORIZED,
            )
        try:
            data = json.loads(body)
            if not isinstance(data, dict):
                raise ValueError("not an object")
            message = apply_receipt(
                provider_id=_text(data.get("provider_id", data.get("id"))),
                idempotency_key=_text(data.get("idempotency_key")),
                status=_text(data.get("status")),
                error=_text(data.get("error")),
            )
        except ValueError:
            return Response(
                {
                    "code": "bad_json",
                    "message": {
                        "zh": "回执不是有效的 JSON 对象。",
                        "en": "The receipt is not a JSON object.",
                    },
                },
                status=http.HTTP_400_BAD_REQUEST,
            )
        except ServiceError as exc:
            return Response(exc.as_dict(), status=exc.http_status)
        return Response({"status": message.status})


def _text(value: object) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)
