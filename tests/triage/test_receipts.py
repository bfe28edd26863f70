"""Signed SMS delivery receipts: verification, forward-only status, audit, the hook's API."""

import json
import time
import uuid

import pytest

from tests.factories import ConsultationFactory, PatientSummaryFactory
from triage.errors import InvalidInput, NotFound
from triage.models import AuditEvent, SmsMessage
from triage.receipts import apply_receipt, verify_receipt
from triage.sms import sign

SECRET = "receipt-test-secret"
URL = "/api/sms/receipts/"

pytestmark = [pytest.mark.django_db, pytest.mark.realservices]


@pytest.fixture(autouse=True)
def _secret(settings):
    settings.SMS_WEBHOOK_SECRET = SECRET


@pytest.fixture
def sms():
    consultation = ConsultationFactory()
    return SmsMessage.objects.create(
        consultation=consultation,
        suggestion=PatientSummaryFactory(consultation=consultation),
        phone="13900000000",
        body="多喝水，休息。",
        status=SmsMessage.Status.SENT,
        attempts=1,
        provider_id="gw-123",
        idempotency_key=uuid.uuid4().hex,
    )


def post_receipt(client, payload, *, secret=SECRET, timestamp=None, signature=None):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    timestamp = timestamp or str(int(time.time()))
    return client.post(
        URL,
        data=body,
        content_type="application/json",
        headers={
            "X-GP-Timestamp": timestamp,
            "X-GP-Signature": signature or sign(secret, timestamp, body),
        },
    )


def receipts_audited():
    return AuditEvent.objects.filter(verb="sms.receipt").count()


# --- verify_receipt -----------------------------------------------------------------------


def test_verify_accepts_a_fresh_correct_signature():
    body = b'{"status":"delivered"}'
    signature = sign(SECRET, "1700000000", body)
    assert verify_receipt(
        secret=SECRET, timestamp="1700000000", signature=signature, body=body, now=1_700_000_010
    )


NOW = 1_700_000_000
TS = str(NOW)


@pytest.mark.parametrize(
    ("secret", "timestamp", "signature", "body", "now"),
    [
        (SECRET, TS, sign("other-secret", TS, b"x"), b"x", NOW),
        (SECRET, TS, sign(SECRET, TS, b"x"), b"tampered", NOW),
        (SECRET, TS, sign(SECRET, TS, b"x"), b"x", NOW + 301),
        (SECRET, TS, sign(SECRET, TS, b"x"), b"x", NOW - 1000),
        (SECRET, "17e8", sign(SECRET, "17e8", b"x"), b"x", NOW),
        (SECRET, TS, "", b"x", NOW),
        ("", TS, sign("", TS, b"x"), b"x", NOW),
    ],
    ids=[
        "wrong-secret",
        "body-changed",
        "stale",
        "future",
        "bad-timestamp",
        "unsigned",
        "no-secret",
    ],
)
def test_verify_rejects_bad_stale_or_unsigned_receipts(secret, timestamp, signature, body, now):
    assert not verify_receipt(
        secret=secret, timestamp=timestamp, signature=signature, body=body, now=now
    )


def test_verify_rejects_a_non_ascii_signature_without_crashing():
    assert not verify_receipt(
        secret=SECRET, timestamp="1700000000", signature="签名", body=b"x", now=1_700_000_000
    )


# --- apply_receipt ------------------------------------------------------------------------


def test_delivered_receipt_by_idempotency_key_updates_status_and_audits(sms):
    updated = apply_receipt(
        provider_id=None, idempotency_key=sms.idempotency_key, status="delivered"
    )
    assert updated.status == SmsMessage.Status.DELIVERED
    event = AuditEvent.objects.get(verb="sms.receipt")
    assert event.object_id == str(sms.pk)
    assert event.consultation_id == sms.consultation_id
    assert event.details["from"] == "sent" and event.details["to"] == "delivered"


@pytest.mark.parametrize("gateway_status", ["failed", "undeliverable", "expired", "EXPIRED "])
def test_failure_receipts_mark_failed_with_the_reason(sms, gateway_status):
    updated = apply_receipt(
        provider_id="gw-123", idempotency_key=None, status=gateway_status, error="handset off"
    )
    assert updated.status == SmsMessage.Status.FAILED
    assert gateway_status.strip().lower() in updated.last_error
    assert "handset off" in updated.last_error


def test_duplicate_receipt_is_a_no_op(sms):
    apply_receipt(provider_id="gw-123", idempotency_key=None, status="delivered")
    before = receipts_audited()
    again = apply_receipt(provider_id="gw-123", idempotency_key=None, status="delivered")
    assert again.status == SmsMessage.Status.DELIVERED
    assert receipts_audited() == before


def test_status_never_moves_back_from_delivered(sms):
    apply_receipt(provider_id="gw-123", idempotency_key=None, status="delivered")
    late = apply_receipt(provider_id="gw-123", idempotency_key=None, status="expired")
    sms.refresh_from_db()
    assert late.status == sms.status == SmsMessage.Status.DELIVERED
    assert sms.last_error == ""
    assert receipts_audited() == 1


def test_delivery_after_our_side_gave_up_wins(sms):
    SmsMessage.objects.filter(pk=sms.pk).update(
        status=SmsMessage.Status.FAILED, last_error="gateway unreachable: timed out"
    )
    updated = apply_receipt(provider_id="gw-123", idempotency_key=None, status="delivered")
    assert updated.status == SmsMessage.Status.DELIVERED


def test_a_refused_sms_never_becomes_delivered(sms):
    SmsMessage.objects.filter(pk=sms.pk).update(
        status=SmsMessage.Status.FAILED, attempts=0, last_error="refused: summary not signed"
    )
    updated = apply_receipt(provider_id="gw-123", idempotency_key=None, status="delivered")
    assert updated.status == SmsMessage.Status.FAILED
    assert receipts_audited() == 0


def test_unknown_id_is_not_found(sms):
    with pytest.raises(NotFound):
        apply_receipt(provider_id="nope", idempotency_key=None, status="delivered")
    with pytest.raises(NotFound):
        apply_receipt(provider_id=None, idempotency_key="nope", status="delivered")


def test_key_and_provider_id_of_different_messages_match_nothing(sms):
    with pytest.raises(NotFound):
        apply_receipt(
            provider_id="gw-other", idempotency_key=sms.idempotency_key, status="delivered"
        )
    sms.refresh_from_db()
    assert sms.status == SmsMessage.Status.SENT


@pytest.mark.parametrize(
    ("status", "key"), [("read", "k"), ("", "k"), ("delivered", None)], ids=str
)
def test_unknown_status_or_missing_id_is_invalid_and_changes_nothing(sms, status, key):
    with pytest.raises(InvalidInput):
        apply_receipt(provider_id=None, idempotency_key=key, status=status)
    sms.refresh_from_db()
    assert sms.status == SmsMessage.Status.SENT
    assert receipts_audited() == 0


# --- the hook ---------------------------------------------------------------------------


def test_signed_receipt_updates_status(client, sms):
    response = post_receipt(client, {"idempotency_key": sms.idempotency_key, "status": "delivered"})
    assert response.status_code == 200
    assert response.json() == {"status": "delivered"}
    sms.refresh_from_db()
    assert sms.status == SmsMessage.Status.DELIVERED
    assert receipts_audited() == 1


def test_receipt_by_gateway_id_field(client, sms):
    response = post_receipt(client, {"id": "gw-123", "status": "undeliverable"})
    assert response.status_code == 200
    assert response.json() == {"status": "failed"}


def test_bad_signature_is_401_and_changes_nothing(client, sms):
    response = post_receipt(
        client, {"provider_id": "gw-123", "status": "delivered"}, secret="wrong"
    )
    assert response.status_code == 401
    sms.refresh_from_db()
    assert sms.status == SmsMessage.Status.SENT
    assert receipts_audited() == 0


def test_missing_signature_headers_are_401(client, sms):
    response = client.post(
        URL, data={"provider_id": "gw-123", "status": "delivered"}, content_type="application/json"
    )
    assert response.status_code == 401


def test_stale_receipt_is_rejected(client, sms):
    stale = str(int(time.time()) - 3600)
    response = post_receipt(
        client, {"provider_id": "gw-123", "status": "delivered"}, timestamp=stale
    )
    assert response.status_code == 401
    sms.refresh_from_db()
    assert sms.status == SmsMessage.Status.SENT


def test_duplicate_receipt_over_http_is_a_no_op(client, sms):
    payload = {"provider_id": "gw-123", "status": "delivered"}
    assert post_receipt(client, payload).status_code == 200
    again = post_receipt(client, payload)
    assert again.status_code == 200
    assert again.json() == {"status": "delivered"}
    assert receipts_audited() == 1


def test_late_failure_over_http_does_not_undo_delivery(client, sms):
    post_receipt(client, {"provider_id": "gw-123", "status": "delivered"})
    response = post_receipt(client, {"provider_id": "gw-123", "status": "failed"})
    assert response.status_code == 200
    assert response.json() == {"status": "delivered"}


def test_unknown_message_is_404(client, sms):
    response = post_receipt(client, {"provider_id": "no-such", "status": "delivered"})
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1, 2]", b"\xff\xfe", json.dumps({"provider_id": "gw-123", "status": "x"})],
    ids=["garbage", "array", "bad-utf8", "bad-status"],
)
def test_malformed_receipt_is_400_and_changes_nothing(client, sms, body):
    payload = body if isinstance(body, bytes) else body.encode()
    response = post_receipt(client, payload)
    assert response.status_code == 400
    sms.refresh_from_db()
    assert sms.status == SmsMessage.Status.SENT


def test_hook_needs_no_session_or_csrf_token(sms):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    response = post_receipt(csrf_client, {"provider_id": "gw-123", "status": "delivered"})
    assert response.status_code == 200
