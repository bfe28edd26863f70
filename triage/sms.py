"""SMS transports behind one interface, chosen by SMS_BACKEND.

`webhook` POSTs JSON to SMS_WEBHOOK_URL, signed with HMAC-SHA256 over "<timestamp>.<body>"
(headers X-GP-Timestamp, X-GP-Signature) and carrying an Idempotency-Key, so a retried
delivery is never sent twice by the gateway."""

from __future__ import annotations

import hashlib
import hmac
import json
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings

from .sms_parts import split_sms


class TransientSmsError(Exception):
    """The gateway may accept a retry (timeout, connection refused, 5xx)."""


class PermanentSmsError(Exception):
    """The gateway refused the message (4xx); retrying will not help."""


@dataclass(frozen=True)
class SendResult:
    transport: str
    provider_id: str
    parts: int


class SmsTransport(Protocol):
    def send(self, *, phone: str, body: str, idempotency_key: str) -> SendResult:
        """Hand one message to the gateway; raise Transient/PermanentSmsError on failure."""


class ConsoleTransport:
    """The embedded default: prints the SMS to the server's console."""

    name = "console"

    def send(self, *, phone: str, body: str, idempotency_key: str) -> SendResult:
        """Print the message; the idempotency key is its provider id."""
        parts = split_sms(body, numbered=True)
        text = "\n".join(parts)
        print(f"[SMS to {phone}] ({idempotency_key})\n{text}\n[/SMS]", file=sys.stdout, flush=True)
        return SendResult(
            transport=self.name, provider_id=f"console-{idempotency_key}", parts=len(parts)
        )


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 hex signature over "<timestamp>.<body>"."""
    return hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


class WebhookTransport:
    """POSTs the message as signed JSON to the clinic network's SMS gateway hook."""

    name = "webhook"

    def __init__(self, url: str, secret: str, timeout: float = 10.0) -> None:
        self.url, self.secret, self.timeout = url, secret, timeout

    def send(self, *, phone: str, body: str, idempotency_key: str) -> SendResult:
        """POST once; classify failures as transient or permanent."""
        # One message per summary: a gateway that sends long messages uses body, one that
        # cannot sends the SMS-sized parts in order (70 chars in Chinese, 160 in GSM-7 text).
        parts = split_sms(body, numbered=True)
        payload = json.dumps(
            {"to": phone, "body": body, "parts": parts, "idempotency_key": idempotency_key},
            ensure_ascii=False,
        ).encode()
        timestamp = str(int(time.time()))
        request = urllib.request.Request(  # noqa: S310 - URL is operator-configured http(s)
            self.url,
            data=payload,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Idempotency-Key": idempotency_key,
                "X-GP-Timestamp": timestamp,
                "X-GP-Signature": sign(self.secret, timestamp, payload),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                reply = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            if 400 <= exc.code < 500 and exc.code not in (408, 429):
                raise PermanentSmsError(f"gateway refused: HTTP {exc.code}") from None
            raise TransientSmsError(f"gateway error: HTTP {exc.code}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            raise TransientSmsError(f"gateway unreachable: {exc}") from None
        except ValueError:
            reply = {}
        return SendResult(
            transport=self.name,
            provider_id=str(reply.get("id", "")),
            parts=int(reply.get("parts", len(parts)) or len(parts)),
        )


def get_transport() -> SmsTransport:
    """The configured transport (read at call time, so tests can switch it)."""
    if settings.SMS_BACKEND == "webhook":
        return WebhookTransport(settings.SMS_WEBHOOK_URL, settings.SMS_WEBHOOK_SECRET)
    return ConsoleTransport()
