"""The clinic side's use cases. Each owns its transaction, writes its audit event in it,
publishes channel-layer events after commit and enqueues tasks with delay_on_commit."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import events, frames, selectors, sms
from .audit import record_audit_event
from .diffing import diff_payloads
from .errors import Conflict, InvalidInput, NotAllowed, not_found
from .models import (
    Consultation,
    ConsultationStatus,
    Language,
    Message,
    Patient,
    Review,
    SmsMessage,
    Suggestion,
    User,
)

CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


# --- Patients ---------------------------------------------------------------------------


def register_patient(
    *,
    user: User,
    name: str,
    sex: str,
    birth_date: date,
    phone: str = "",
    language: str = Language.ZH,
    allergies: list[str] | None = None,
    chronic_conditions: list[str] | None = None,
) -> Patient:
    """Register a patient in the staff member's own clinic."""
    if user.role != User.Role.CLINIC_STAFF:
        raise NotAllowed(zh="只有村医可以登记患者。", en="Only clinic staff register patients.")
    name = name.strip()
    if not name or len(name) > 100:
        raise InvalidInput(zh="请填写患者姓名。", en="Enter the patient's name.")
    if sex not in Patient.Sex.values:
        raise InvalidInput(zh="性别无效。", en="Invalid sex.")
    if birth_date > timezone.localdate():
        raise InvalidInput(zh="出生日期不能晚于今天。", en="Birth date cannot be in the future.")
    if language not in Language.values:
        raise InvalidInput(zh="语言无效。", en="Invalid language.")
    with transaction.atomic():
        patient = Patient.objects.create(
            clinic_id=user.clinic_id,
            name=name,
            sex=sex,
            birth_date=birth_date,
            phone=phone.strip(),
            language=language,
            allergies=[a.strip() for a in allergies or [] if a.strip()],
            chronic_conditions=[c.strip() for c in chronic_conditions or [] if c.strip()],
        )
        record_audit_event(actor=user, verb="patient.registered", obj=patient)
    return patient


# --- Consultations ----------------------------------------------------------------------


def open_consultation(*, user: User, patient_id: int) -> Consultation:
    """Open a visit for a patient of the staff member's clinic."""
    patient = selectors.visible_patients(user).filter(pk=patient_id).first()
    if patient is None:
        raise not_found()
    if user.role != User.Role.CLINIC_STAFF:
        raise NotAllowed(zh="只有村医可以开始问诊。", en="Only clinic staff open consultations.")
    with transaction.atomic():
        consultation = Consultation.objects.create(
            patient=patient, clinic_id=patient.clinic_id, opened_by=user
        )
        record_audit_event(
            actor=user, verb="consultation.opened", obj=consultation, consultation=consultation
        )
    return consultation


def _transition(consultation: Consultation, status: str) -> None:
    if not consultation.can_transition_to(status):
        raise Conflict(
            "invalid_transition",
            zh=f"问诊当前状态为“{consultation.get_status_display()}”，不能执行此操作。",
            en=f"The consultation is {consultation.status}; it cannot become {status}.",
        )
    consultation.status = status
    now = timezone.now()
    if status == ConsultationStatus.CLOSED:
        consultation.closed_at = now
    elif status == ConsultationStatus.SUMMARY_SIGNED:
        consultation.signed_at = now
    elif status == ConsultationStatus.OPEN:
        consultation.closed_at = None


def _set_consultation_status(*, user: User, consultation_id: int, status: str) -> Consultation:
    if not selectors.visible_consultations(user).filter(pk=consultation_id).exists():
        raise not_found()
    if user.role != User.Role.CLINIC_STAFF:
        raise NotAllowed(zh="只有村医可以结束或重开问诊。", en="Only clinic staff close visits.")
    with transaction.atomic():
        consultation = Consultation.objects.select_for_update().get(pk=consultation_id)
        _transition(consultation, status)
        consultation.save(update_fields=["status", "closed_at", "signed_at", "updated_at"])
        record_audit_event(
            actor=user,
            verb=f"consultation.{'closed' if status == ConsultationStatus.CLOSED else 'reopened'}",
            obj=consultation,
            consultation=consultation,
        )
        events.publish(
            events.consultation_group(consultation.pk),
            {
                "type": "frame.send",
                "frame": {"type": "consultation", **frames.consultation_frame(consultation)},
            },
        )
    return consultation


def close_consultation(*, user: User, consultation_id: int) -> Consultation:
    """Close a visit (staff); the visit record and patient summary are drafted from here."""
    return _set_consultation_status(
        user=user, consultation_id=consultation_id, status=ConsultationStatus.CLOSED
    )


def reopen_consultation(*, user: User, consultation_id: int) -> Consultation:
    """Reopen a closed visit whose summary is not signed yet."""
    return _set_consultation_status(
        user=user, consultation_id=consultation_id, status=ConsultationStatus.OPEN
    )


# --- Chat -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedMessage:
    message: Message
    created: bool


def _author_role(user: User, consultation: Consultation) -> str:
    if user.role == User.Role.CLINIC_STAFF:
        return Message.AuthorRole.STAFF
    if selectors.can_review(user, consultation):
        return Message.AuthorRole.GP
    raise NotAllowed(
        "read_only", zh="您只能查看此问诊，不能发送消息。", en="You can read but not post here."
    )


def validate_message_text(text: object) -> str:
    """Return the cleaned message text or raise InvalidInput with the documented limit."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("empty_text", zh="消息内容不能为空。", en="The message text is empty.")
    limit = settings.CHAT_MESSAGE_MAX_CHARS
    if len(text) > limit:
        raise InvalidInput(
            "text_too_long",
            zh=f"消息过长：最多 {limit} 个字符。",
            en=f"The message is too long: at most {limit} characters.",
        )
    return text.strip()


def validate_client_id(client_id: object) -> str:
    """Return the client's message id or raise InvalidInput."""
    if not isinstance(client_id, str) or not CLIENT_ID_RE.match(client_id):
        raise InvalidInput(
            "bad_client_id",
            zh="消息编号无效（1-64 个字母、数字或 _.:-）。",
            en="Invalid client message id (1-64 letters, digits or _.:-).",
        )
    return client_id


def record_message(
    *, user: User, consultation_id: int, client_id: str, text: str
) -> RecordedMessage:
    """Store a chat message once per client id, audit it and echo it to the consultation."""
    client_id = validate_client_id(client_id)
    text = validate_message_text(text)
    consultation = selectors.visible_consultations(user).filter(pk=consultation_id).first()
    if consultation is None:
        raise not_found()
    author_role = _author_role(user, consultation)
    try:
        with transaction.atomic():
            consultation = Consultation.objects.select_for_update().get(pk=consultation_id)
            existing = consultation.messages.filter(client_id=client_id).first()
            if existing is not None:
                return RecordedMessage(existing, created=False)
            if consultation.status != ConsultationStatus.OPEN:
                raise Conflict(
                    "consultation_closed",
                    zh="问诊已结束，不能再发送消息。",
                    en="The consultation is closed; no more messages.",
                )
            consultation.last_message_seq += 1
            consultation.save(update_fields=["last_message_seq", "updated_at"])
            message = Message.objects.create(
                consultation=consultation,
                seq=consultation.last_message_seq,
                author=user,
                author_role=author_role,
                text=text,
                client_id=client_id,
            )
            record_audit_event(
                actor=user,
                verb="message.recorded",
                obj=message,
                consultation=consultation,
                details={"seq": message.seq, "chars": len(text)},
            )
            events.publish(
                events.consultation_group(consultation.pk),
                {
                    "type": "frame.send",
                    "frame": {"type": "message", "message": frames.message_frame(message)},
                },
            )
    except IntegrityError:
        # Two sockets resent the same client id at once: the other insert won.
        existing = Message.objects.filter(
            consultation_id=consultation_id, client_id=client_id
        ).first()
        if existing is None:
            raise
        return RecordedMessage(existing, created=False)
    return RecordedMessage(message, created=True)


# --- Review -----------------------------------------------------------------------------


def review_suggestion(
    *,
    gp: User,
    suggestion_id: int,
    action: str,
    edited_payload: dict | None = None,
    reason: str = "",
) -> Review:
    """Approve, edit or reject a pending suggestion; an approved patient summary signs the
    visit and puts its SMS in the outbox in the same transaction (ARCHITECTURE rule 1)."""
    if action not in Review.Action.values:
        raise InvalidInput("bad_action", zh="审核操作无效。", en="Invalid review action.")
    reason = (reason or "").strip()
    if action == Review.Action.REJECT and not reason:
        raise InvalidInput(
            "reason_required", zh="驳回需要填写理由。", en="A rejection needs a reason."
        )
    if action == Review.Action.EDIT and not isinstance(edited_payload, dict):
        raise InvalidInput(
            "payload_required", zh="请提交修改后的内容。", en="Send the edited content."
        )
    with transaction.atomic():
        suggestion = (
            Suggestion.objects.select_for_update(of=("self",))
            .select_related("consultation__patient")
            .filter(pk=suggestion_id)
            .first()
        )
        if suggestion is None or not selectors.can_review(gp, suggestion.consultation):
            raise not_found()
        if suggestion.is_reviewed:
            raise Conflict(
                "already_reviewed",
                zh="该建议已审核，不能再修改；如需更正请新建版本。",
                en="This suggestion was already reviewed; a correction is a new version.",
            )
        diff = (
            diff_payloads(suggestion.payload, edited_payload)
            if action == Review.Action.EDIT
            else []
        )
        if action == Review.Action.EDIT and not diff:
            raise InvalidInput(
                "no_change",
                zh="内容没有修改；请直接批准。",
                en="Nothing was changed; approve instead.",
            )
        review = Review.objects.create(
            suggestion=suggestion,
            gp=gp,
            action=action,
            edited_payload=edited_payload if action == Review.Action.EDIT else None,
            diff=diff,
            reason=reason,
        )
        suggestion.status = {
            Review.Action.APPROVE: Suggestion.Status.APPROVED,
            Review.Action.EDIT: Suggestion.Status.EDITED,
            Review.Action.REJECT: Suggestion.Status.REJECTED,
        }[action]
        suggestion.reviewed_at = review.created_at
        suggestion.save(update_fields=["status", "reviewed_at"])
        consultation = suggestion.consultation
        record_audit_event(
            actor=gp,
            verb=f"suggestion.{suggestion.status}",
            obj=suggestion,
            consultation=consultation,
            details={"review": review.pk, "reason": reason, "diff": diff},
        )
        if suggestion.kind == Suggestion.Kind.PATIENT_SUMMARY and action != Review.Action.REJECT:
            _sign_summary(gp=gp, suggestion=suggestion, review=review)
        events.publish(
            events.consultation_group(consultation.pk),
            {
                "type": "frame.send",
                "frame": {
                    "type": "reviewed",
                    "suggestion": suggestion.pk,
                    "kind": suggestion.kind,
                    "status": suggestion.status,
                    "payload": edited_payload
                    if action == Review.Action.EDIT
                    else suggestion.payload,
                    "reason": reason,
                    "gp": gp.get_full_name() or gp.username,
                },
            },
        )
    return review


def _sign_summary(*, gp: User, suggestion: Suggestion, review: Review) -> None:
    consultation = Consultation.objects.select_for_update().get(pk=suggestion.consultation_id)
    _transition(consultation, ConsultationStatus.SUMMARY_SIGNED)
    consultation.save(update_fields=["status", "signed_at", "updated_at"])
    record_audit_event(actor=gp, verb="summary.signed", obj=consultation, consultation=consultation)
    payload = review.edited_payload or suggestion.payload
    body = str(payload.get("text", "")).strip()
    phone = consultation.patient.phone
    if not body or not phone:
        record_audit_event(
            actor=gp,
            verb="sms.not_queued",
            obj=suggestion,
            consultation=consultation,
            details={"reason": "no phone number" if body else "empty summary"},
        )
        return
    message = SmsMessage.objects.create(
        consultation=consultation,
        suggestion=suggestion,
        phone=phone,
        body=body,
        idempotency_key=uuid.uuid4().hex,
    )
    record_audit_event(actor=gp, verb="sms.queued", obj=message, consultation=consultation)
    from .tasks import deliver_sms_task

    deliver_sms_task.delay_on_commit(message.pk)


# --- SMS --------------------------------------------------------------------------------


def deliver_sms(*, sms_id: int) -> SmsMessage:
    """Send one queued SMS through the configured transport, exactly once.

    The row stays locked during the send, so a duplicate task waits and then finds it sent;
    a crash after the gateway accepted is retried with the same idempotency key."""
    with transaction.atomic():
        message = (
            SmsMessage.objects.select_for_update(of=("self",))
            .select_related("suggestion__review", "consultation")
            .get(pk=sms_id)
        )
        if message.status != SmsMessage.Status.QUEUED:
            return message
        suggestion = message.suggestion
        signed = (
            suggestion.kind == Suggestion.Kind.PATIENT_SUMMARY
            and suggestion.status in (Suggestion.Status.APPROVED, Suggestion.Status.EDITED)
            and hasattr(suggestion, "review")
            and message.consultation.status == ConsultationStatus.SUMMARY_SIGNED
        )
        if not signed:  # rule 1: no code path sends an unsigned draft
            message.status = SmsMessage.Status.FAILED
            message.last_error = "refused: summary not signed by a GP"
            message.save(update_fields=["status", "last_error", "updated_at"])
            record_audit_event(
                actor=None, verb="sms.refused", obj=message, consultation=message.consultation
            )
            return message
        message.attempts += 1
        try:
            result = sms.get_transport().send(
                phone=message.phone, body=message.body, idempotency_key=message.idempotency_key
            )
        except (sms.TransientSmsError, sms.PermanentSmsError) as exc:
            permanent = isinstance(exc, sms.PermanentSmsError)
            exhausted = message.attempts >= settings.SMS_MAX_ATTEMPTS
            if permanent or exhausted:
                message.status = SmsMessage.Status.FAILED
            message.last_error = str(exc)[:500]
            message.save(update_fields=["status", "attempts", "last_error", "updated_at"])
            record_audit_event(
                actor=None,
                verb="sms.failed" if message.status == SmsMessage.Status.FAILED else "sms.retrying",
                obj=message,
                consultation=message.consultation,
                details={"error": message.last_error, "attempt": message.attempts},
            )
            if message.status == SmsMessage.Status.FAILED:
                return message
            failure = exc
        else:
            failure = None
            message.status = SmsMessage.Status.SENT
            message.provider_id = result.provider_id
            message.sent_at = timezone.now()
            message.save(
                update_fields=["status", "attempts", "provider_id", "sent_at", "updated_at"]
            )
            record_audit_event(
                actor=None,
                verb="sms.sent",
                obj=message,
                consultation=message.consultation,
                details={"transport": result.transport, "parts": result.parts},
            )
    if failure is not None:  # after commit, so the attempt is counted; the task retries
        raise failure
    return message
