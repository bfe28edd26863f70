"""The clinic side's use cases. Each owns its transaction, writes its audit event in it,
publishes channel-layer events after commit and enqueues tasks after commit."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from gp_assistant import metrics
from knowledge import answers

from . import events, frames, rules, selectors, sms, visit_documents
from .audit import AuditEntry, audited_transaction, record_audit_event, record_audit_events
from .diffing import diff_payloads
from .errors import Conflict, InvalidInput, NotAllowed, not_found
from .models import (
    TRIAGE_RANK,
    Consultation,
    ConsultationStatus,
    Language,
    Message,
    Patient,
    Review,
    SmsMessage,
    Suggestion,
    TriageLevel,
    User,
)

CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
logger = logging.getLogger(__name__)


# --- Tasks ------------------------------------------------------------------------------


def enqueue_on_commit(task: Any, *args: Any) -> None:
    """Enqueue a task once the transaction commits. A broker that is down does not fail the
    use case whose change is already saved: the error is logged, and the beat sweep
    (`redrive_unfinished_work`) enqueues the work again later. Within `enqueues_held`, and
    with a real broker, the enqueue is held for the caller to run instead."""

    def enqueue() -> None:
        task.delay(*args)

    enqueue.__qualname__ = f"enqueue {task.name}{args}"  # what the logged error names
    held = _held_enqueues.get()
    if held is not None and not task.app.conf.task_always_eager:
        transaction.on_commit(lambda: held.append(enqueue))
    else:
        transaction.on_commit(enqueue, robust=True)


_held_enqueues: ContextVar[list[Callable[[], None]] | None] = ContextVar(
    "held_enqueues", default=None
)


@contextmanager
def enqueues_held() -> Iterator[list[Callable[[], None]]]:
    """Within this block, a task enqueued on commit (with a real broker) is not sent yet: it
    goes into the list this yields, for the caller to run (`run_enqueues`) once it has
    replied. For a consumer storing its own socket's message: the broker's round trip (a
    Redis write, 2-3 ms, far more under load) is not on the way to the triage frame (rule 2)."""
    held: list[Callable[[], None]] = []
    token = _held_enqueues.set(held)
    try:
        yield held
    finally:
        _held_enqueues.reset(token)


def run_enqueues(held: list[Callable[[], None]]) -> None:
    """Run enqueues held by `enqueues_held`, each failure logged (the beat sweep enqueues
    the work again later)."""
    for enqueue in held:
        try:
            enqueue()
        except Exception:
            logger.exception("%s failed; the redrive sweep enqueues it again", enqueue.__qualname__)


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
    with audited_transaction():
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


def set_user_language(*, user: User, language: str) -> None:
    """Remember the language a user chose for the pages (applied at their next login)."""
    if language not in Language.values:
        raise InvalidInput("bad_language", zh="语言无效。", en="Invalid language.")
    if user.language == language:
        return
    with audited_transaction():
        User.objects.filter(pk=user.pk).update(language=language)
        user.language = language
        record_audit_event(
            actor=user, verb="user.language_set", obj=user, details={"language": language}
        )


def record_view_of_patient(*, user: User, patient: Patient) -> None:
    """Audit a GP's view of a patient's record (staff of the patient's own clinic are not
    audited per view; their clinic holds the record)."""
    if user.role != User.Role.GP:
        return
    with audited_transaction():
        record_audit_event(actor=user, verb="patient.viewed_by_gp", obj=patient)


# --- Consultations ----------------------------------------------------------------------


def open_consultation(*, user: User, patient_id: int) -> Consultation:
    """Open a visit for a patient of the staff member's clinic."""
    patient = selectors.visible_patients(user).filter(pk=patient_id).first()
    if patient is None:
        raise not_found()
    if user.role != User.Role.CLINIC_STAFF:
        raise NotAllowed(zh="只有村医可以开始问诊。", en="Only clinic staff open consultations.")
    with audited_transaction():
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
    with audited_transaction():
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
    """Close a visit (staff); the visit record and patient summary are drafted for the GP."""
    from .tasks import draft_visit_documents_task

    with audited_transaction():
        consultation = _set_consultation_status(
            user=user, consultation_id=consultation_id, status=ConsultationStatus.CLOSED
        )
        enqueue_on_commit(draft_visit_documents_task, consultation.pk)
    return consultation


def draft_visit_documents(*, consultation_id: int) -> list[Suggestion]:
    """Draft the visit record and the patient summary of a closed visit, once per closing,
    and put both in the GPs' queue. The summary carries only GP-approved content."""
    with audited_transaction():
        consultation = (
            Consultation.objects.select_for_update(of=("self",))
            .select_related("patient", "clinic")
            .get(pk=consultation_id)
        )
        if consultation.status != ConsultationStatus.CLOSED:
            return []
        kinds = (Suggestion.Kind.VISIT_RECORD, Suggestion.Kind.PATIENT_SUMMARY)
        existing = list(
            consultation.suggestions.filter(kind__in=kinds, created_at__gte=consultation.closed_at)
        )
        if existing:  # a redelivered task, or the same closing drafted already
            return existing
        staff_messages = list(
            consultation.messages.filter(author_role=Message.AuthorRole.STAFF)
            .order_by("seq")
            .values_list("text", flat=True)
        )
        latest = consultation.messages.exclude(triage={}).order_by("-seq").first()
        triage = {**consultation.triage, "facts": latest.triage.get("facts", {}) if latest else {}}
        approved = [
            (s.review.edited_payload or s.payload)
            for s in consultation.suggestions.filter(
                kind=Suggestion.Kind.REPLY,
                status__in=(Suggestion.Status.APPROVED, Suggestion.Status.EDITED),
            ).select_related("review")
        ]
        patient = consultation.patient
        record = visit_documents.build_visit_record(
            staff_messages=staff_messages,
            triage=triage,
            patient={
                "allergies": patient.allergies,
                "chronic_conditions": patient.chronic_conditions,
            },
            approved=approved,
            language=consultation.opened_by.language,
        )
        summary = visit_documents.build_patient_summary(
            triage=triage,
            record=record,
            approved=approved,
            language=patient.language,
            today=timezone.localdate(),
        )
        created = []
        for kind, payload in (
            (Suggestion.Kind.VISIT_RECORD, record),
            (Suggestion.Kind.PATIENT_SUMMARY, summary),
        ):
            suggestion = Suggestion.objects.create(
                consultation=consultation,
                kind=kind,
                payload=payload,
                engine="visit-documents",
                prompt_version=visit_documents.VERSION,
            )
            record_audit_event(
                actor=None, verb=f"{kind}.drafted", obj=suggestion, consultation=consultation
            )
            events.publish(
                events.consultation_group(consultation.pk),
                {"type": "frame.send", "frame": frames.suggestion_frame(suggestion)},
            )
            publish_queue_item(suggestion)
            created.append(suggestion)
    return created


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
    # The consultation-group events this call published (the echo, then the triage frame):
    # the sender's consumer delivers them itself once record_message has returned.
    published: tuple[dict, ...] = ()


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
    """Store a chat message once per client id, audit it and echo it to the consultation;
    a staff message is triaged in the same transaction (ARCHITECTURE rule 2)."""
    client_id = validate_client_id(client_id)
    text = validate_message_text(text)
    try:
        with audited_transaction():
            # One locked read checks access and loads what triage needs: every round trip
            # here is on the path to the triage frame.
            consultation = (
                selectors.visible_consultations(user)
                .select_for_update(of=("self",))
                .filter(pk=consultation_id)
                .first()
            )
            if consultation is None:
                raise not_found()
            author_role = _author_role(user, consultation)
            # One read for both: a resend of this client id and, for staff, the staff
            # messages so far that triage assesses again with the new one.
            wanted = Q(client_id=client_id)
            if author_role == Message.AuthorRole.STAFF:
                wanted |= Q(author_role=Message.AuthorRole.STAFF)
            earlier = list(
                consultation.messages.filter(wanted)
                .order_by("seq")
                .values_list("pk", "client_id", "text")
            )
            resent = next((pk for pk, sent_as, _text in earlier if sent_as == client_id), None)
            if resent is not None:
                return RecordedMessage(Message.objects.get(pk=resent), created=False)
            if consultation.status != ConsultationStatus.OPEN:
                raise Conflict(
                    "consultation_closed",
                    zh="问诊已结束，不能再发送消息。",
                    en="The consultation is closed; no more messages.",
                )
            consultation.last_message_seq += 1
            message = Message(
                consultation=consultation,
                seq=consultation.last_message_seq,
                author=user,
                author_role=author_role,
                text=text,
                client_id=client_id,
            )
            if author_role == Message.AuthorRole.STAFF:
                # Rule 2: deterministic, synchronous, published before any AI work starts.
                with metrics.TRIAGE_SECONDS.time():
                    published = _triage_message(
                        consultation, message, [text for _pk, _id, text in earlier]
                    )
                if settings.DRAFT_ON_MESSAGE:
                    from .tasks import draft_suggestion_task

                    enqueue_on_commit(draft_suggestion_task, message.pk)
            else:
                published = (_store_message(consultation, message),)
    except IntegrityError:
        # Two sockets resent the same client id at once: the other insert won.
        existing = Message.objects.filter(
            consultation_id=consultation_id, client_id=client_id
        ).first()
        if existing is None:
            raise
        return RecordedMessage(existing, created=False)
    return RecordedMessage(message, created=True, published=published)


def _store_message(
    consultation: Consultation,
    message: Message,
    *,
    fields: tuple[str, ...] = (),
    audit: tuple[AuditEntry, ...] = (),
) -> dict:
    """Insert the message, save the consultation's sequence number (and `fields`), audit it
    (with the further `audit` events, in the same round trip) and echo it to the
    consultation once committed; returns the echo's event."""
    message.save()
    consultation.save(update_fields=["last_message_seq", *fields, "updated_at"])
    recorded = AuditEntry(
        actor=message.author,
        verb="message.recorded",
        obj=message,
        consultation=consultation,
        details={"seq": message.seq, "chars": len(message.text)},
    )
    record_audit_events([recorded, *audit])
    return events.publish(
        events.consultation_group(consultation.pk),
        {
            "type": "frame.send",
            "frame": {"type": "message", "message": frames.message_frame(message)},
        },
    )


# --- Triage ---------------------------------------------------------------------------


def patient_context(patient: Patient) -> rules.PatientContext:
    """What the patient's record tells the triage rules."""
    today = timezone.localdate()
    sex = patient.sex if patient.sex in (Patient.Sex.FEMALE, Patient.Sex.MALE) else None
    return rules.PatientContext(
        age_days=(today - patient.birth_date).days,
        sex=sex,
        chronic_conditions=tuple(patient.chronic_conditions),
        allergies=tuple(patient.allergies),
    )


def _merge_red_flags(seen: list[dict], new: list[dict]) -> list[dict]:
    by_code = {flag["code"]: flag for flag in seen}
    by_code.update({flag["code"]: flag for flag in new})
    return sorted(by_code.values(), key=lambda f: -TRIAGE_RANK[f["level"]])


def _triage_message(
    consultation: Consultation, message: Message, earlier_texts: list[str]
) -> tuple[dict, dict]:
    """Assess the staff messages so far (`earlier_texts`, oldest first) with the new one,
    store both, audit, publish; returns the consultation-group events (the echo, then the
    triage frame)."""
    started = time.perf_counter()
    texts = [*earlier_texts, message.text]
    assessment = rules.assess(texts, patient_context(consultation.patient))
    result = assessment.to_dict()
    result["elapsed_ms"] = round((time.perf_counter() - started) * 1000, 2)
    message.triage = result

    # The visit's level never drops below the highest seen without a GP's action.
    previous = consultation.triage_level
    assessed = result["level"]
    floored = bool(previous) and TRIAGE_RANK[previous] > TRIAGE_RANK[assessed]
    level = previous if floored else assessed
    consultation.triage_level = level
    consultation.red_flags = _merge_red_flags(consultation.red_flags, result["red_flags"])
    consultation.triage = {
        "level": level,
        "assessed_level": assessed,
        "floored": floored,
        "seq": message.seq,
        "red_flags": consultation.red_flags,
        "reasons": result["reasons"],
        "questions": result["questions"],
        # Keep the first measures of the higher level while the floor holds.
        "actions": consultation.triage.get("actions", []) if floored else result["actions"],
        "elapsed_ms": result["elapsed_ms"],
    }
    assessed_event = AuditEntry(
        actor=None,
        verb="triage.assessed",
        obj=message,
        consultation=consultation,
        details={
            "level": level,
            "assessed_level": assessed,
            "red_flags": [flag["code"] for flag in result["red_flags"]],
        },
    )
    echo = _store_message(
        consultation,
        message,
        fields=("triage_level", "red_flags", "triage"),
        audit=(assessed_event,),
    )
    triage = events.publish(
        events.consultation_group(consultation.pk),
        {"type": "frame.send", "frame": frames.triage_frame(consultation)},
    )
    if level != previous:
        # An emergency moves this consultation to the top of its GPs' queue.
        _publish_to_queue(consultation, frames.queue_consultation_frame(consultation))
    return echo, triage


def set_triage_level(*, gp: User, consultation_id: int, level: str, reason: str) -> Consultation:
    """A supervising GP sets the visit's level (the only way it may go down), with a reason."""
    if level not in TriageLevel.values:
        raise InvalidInput("bad_level", zh="分诊级别无效。", en="Invalid triage level.")
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("reason_required", zh="请填写理由。", en="A reason is required.")
    with audited_transaction():
        consultation = (
            Consultation.objects.select_for_update(of=("self",))
            .select_related("clinic")
            .filter(pk=consultation_id)
            .first()
        )
        if consultation is None or not selectors.can_review(gp, consultation):
            raise not_found()
        previous = consultation.triage_level
        consultation.triage_level = level
        consultation.triage = {
            **consultation.triage,
            "level": level,
            "floored": False,
            "set_by_gp": {"gp": gp.pk, "name": gp.get_full_name() or gp.username, "reason": reason},
        }
        consultation.save(update_fields=["triage_level", "triage", "updated_at"])
        record_audit_event(
            actor=gp,
            verb="triage.set_by_gp",
            obj=consultation,
            consultation=consultation,
            details={"from": previous, "to": level, "reason": reason},
        )
        events.publish(
            events.consultation_group(consultation.pk),
            {"type": "frame.send", "frame": frames.triage_frame(consultation)},
        )
        _publish_to_queue(consultation, frames.queue_consultation_frame(consultation))
    return consultation


# --- Suggestions ------------------------------------------------------------------------


def draft_request(consultation: Consultation, message: Message) -> answers.DraftRequest:
    """What a draft for `message` knows: the staff messages up to it, the consultation's
    triage, the staff member's language and the patient's record and stated facts."""
    staff_texts = consultation.messages.filter(
        author_role=Message.AuthorRole.STAFF, seq__lte=message.seq
    ).order_by("seq")
    facts = message.triage.get("facts", {})
    patient = consultation.patient
    context = patient_context(patient)
    return answers.DraftRequest(
        conversation=tuple(staff_texts.values_list("text", flat=True)),
        triage=consultation.triage or message.triage,
        language=message.author.language if message.author else patient.language,
        age_days=facts.get("age_days") or context.age_days,
        sex=facts.get("sex") or context.sex,
        allergies=context.allergies,
        chronic_conditions=context.chronic_conditions,
        pregnant=facts.get("pregnant"),
    )


def _release_database_connection() -> None:
    """Give this thread's database connection back before a call that takes seconds (the
    model writing a draft). With PostgreSQL it returns to the process's pool: a worker with
    more threads than the pool has connections (a threads pool, the embedded worker threads)
    would otherwise hold one per waiting draft, and the drafts beyond the pool's size would
    wait for a connection instead of streaming. The next query takes one again."""
    if not connection.in_atomic_block:
        connection.close()


def draft_suggestion(*, message_id: int) -> Suggestion | None:
    """Draft the AI suggestion for one staff message and put it in the GPs' queue.

    Idempotent on the message: a redelivered task returns the suggestion already made.
    The draft streams to the consultation as coalesced `draft` frames while it is written."""
    # The clinic too: the queue item names it, and reading it there was a round trip while
    # this draft holds the audit chain's lock, which every staff message's triage waits for.
    message = Message.objects.select_related(
        "consultation__patient", "consultation__clinic", "author"
    ).get(pk=message_id)
    existing = Suggestion.objects.filter(message=message, kind=Suggestion.Kind.REPLY).first()
    if existing is not None:
        return existing
    consultation = message.consultation
    if message.author_role != Message.AuthorRole.STAFF:
        return None
    streamer = events.DraftStreamer(consultation.pk, message.seq)
    request = draft_request(consultation, message)
    _release_database_connection()
    result = answers.draft(request, on_delta=streamer.feed)
    streamer.flush()
    metrics.SUGGESTION_SECONDS.labels(engine=result.engine).observe(result.latency_ms / 1000)
    if result.first_token_ms is not None:
        metrics.SUGGESTION_FIRST_TOKEN_SECONDS.observe(result.first_token_ms / 1000)
    try:
        with audited_transaction():
            suggestion = Suggestion.objects.create(
                consultation=consultation,
                message=message,
                kind=Suggestion.Kind.REPLY,
                payload=result.payload,
                citations=answers.cited_passages(result),
                notices=list(result.notices),
                engine=result.engine,
                model_id=result.model_id,
                prompt_version=result.prompt_version,
                retrieved_passages=list(result.passages),
                prompt_tokens=result.prompt_tokens,
                completion_tokens=result.completion_tokens,
                first_token_ms=result.first_token_ms,
                latency_ms=result.latency_ms,
            )
            record_audit_event(
                actor=None,
                verb="suggestion.drafted",
                obj=suggestion,
                consultation=consultation,
                details={
                    "engine": result.engine,
                    "model_id": result.model_id,
                    "prompt_version": result.prompt_version,
                    "passages": [p["chunk_id"] for p in result.passages],
                    "notices": [n["code"] for n in result.notices],
                    "latency_ms": result.latency_ms,
                    "retrieval_ms": result.timings.get("retrieval_ms"),
                    "draft_frames": streamer.frames,
                },
            )
            events.publish(
                events.consultation_group(consultation.pk),
                {"type": "frame.send", "frame": frames.suggestion_frame(suggestion)},
            )
            publish_queue_item(suggestion)
    except IntegrityError:  # a concurrent delivery of the same task stored it first
        return Suggestion.objects.get(message=message, kind=Suggestion.Kind.REPLY)
    return suggestion


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
    with audited_transaction():
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
        _publish_to_queue(
            consultation,
            {"type": "queue.removed", "id": suggestion.pk, "status": suggestion.status},
        )
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

    enqueue_on_commit(deliver_sms_task, message.pk)


# --- SMS --------------------------------------------------------------------------------


def deliver_sms(*, sms_id: int) -> SmsMessage:
    """Send one queued SMS through the configured transport, exactly once.

    The row stays locked during the send, so a duplicate task waits and then finds it sent;
    a crash after the gateway accepted is retried with the same idempotency key."""
    with audited_transaction():
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
            metrics.SMS_OUTCOMES.labels(outcome="refused").inc()
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
            outcome = (
                "permanent_error" if permanent else "exhausted" if exhausted else "transient_error"
            )
            metrics.SMS_OUTCOMES.labels(outcome=outcome).inc()
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
            metrics.SMS_OUTCOMES.labels(outcome="sent").inc()
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


# --- Review queue: live updates, advisory locks, escalation ----------------------------


def _publish_to_queue(consultation: Consultation, frame: dict) -> None:
    centre_id = selectors.supervising_centre_id(consultation.clinic)
    events.publish(events.review_group(centre_id), {"type": "frame.send", "frame": frame})


def publish_queue_item(suggestion: Suggestion) -> None:
    """Put a new or changed pending suggestion in its GPs' live queues (after commit)."""
    _publish_to_queue(
        suggestion.consultation,
        {"type": "queue.item", "item": frames.queue_item_frame(suggestion)},
    )


def _lock_key(suggestion_id: int) -> str:
    return f"review-lock:{suggestion_id}"


def open_for_review(*, gp: User, suggestion_id: int) -> dict:
    """Mark a pending suggestion as open by this GP (an advisory lock other GPs see);
    returns who holds the lock, which is another GP when they opened it first."""
    suggestion = selectors.review_queue(gp).filter(pk=suggestion_id).first()
    if suggestion is None or not selectors.can_review(gp, suggestion.consultation):
        raise not_found()
    holder = {"gp": gp.pk, "name": gp.get_full_name() or gp.username}
    key, timeout = _lock_key(suggestion_id), settings.REVIEW_LOCK_SECONDS
    if not cache.add(key, holder, timeout):
        current = cache.get(key)
        if current and current["gp"] != gp.pk:
            return {"suggestion": suggestion_id, "locked_by": current}
        cache.set(key, holder, timeout)  # our own lock (or it just expired): refresh it
    _publish_to_queue(
        suggestion.consultation, {"type": "queue.lock", "id": suggestion_id, "locked_by": holder}
    )
    return {"suggestion": suggestion_id, "locked_by": holder}


def release_review_lock(*, gp: User, suggestion_id: int) -> None:
    """Drop this GP's lock on a suggestion, if they hold it."""
    key = _lock_key(suggestion_id)
    current = cache.get(key)
    if not current or current["gp"] != gp.pk:
        return
    cache.delete(key)
    suggestion = selectors.visible_suggestions(gp).select_related("consultation__clinic")
    suggestion = suggestion.filter(pk=suggestion_id).first()
    if suggestion is not None:
        _publish_to_queue(
            suggestion.consultation, {"type": "queue.lock", "id": suggestion_id, "locked_by": None}
        )


def review_locks(suggestion_ids: list[int]) -> dict[int, dict]:
    """Current lock holders of the given suggestions."""
    found = cache.get_many([_lock_key(i) for i in suggestion_ids])
    return {int(key.rsplit(":", 1)[1]): holder for key, holder in found.items()}


def escalate_overdue_emergencies(*, now: datetime | None = None) -> list[int]:
    """Raise the alarm for emergency suggestions left unreviewed past the configured time:
    a queue alarm, an audit event, and a page to the centre's on-call GPs. Once each."""
    now = now or timezone.now()
    cutoff = now - timedelta(minutes=settings.REVIEW_ESCALATION_MINUTES)
    escalated = []
    with audited_transaction():
        overdue = (
            Suggestion.objects.select_for_update(of=("self",), skip_locked=True)
            .filter(
                status=Suggestion.Status.PENDING_REVIEW,
                escalated_at__isnull=True,
                consultation__triage_level=TriageLevel.EMERGENCY,
                created_at__lte=cutoff,
            )
            .select_related("consultation__clinic", "consultation__patient")
        )
        for suggestion in overdue:
            suggestion.escalated_at = now
            suggestion.save(update_fields=["escalated_at"])
            waited = int((now - suggestion.created_at).total_seconds())
            record_audit_event(
                actor=None,
                verb="suggestion.escalated",
                obj=suggestion,
                consultation=suggestion.consultation,
                details={"waited_seconds": waited},
            )
            _publish_to_queue(
                suggestion.consultation,
                {
                    "type": "queue.alarm",
                    "item": frames.queue_item_frame(suggestion),
                    "waited_seconds": waited,
                },
            )
            from .tasks import page_on_call_task

            enqueue_on_commit(page_on_call_task, suggestion.pk)
            escalated.append(suggestion.pk)
    return escalated


# Queued SMS are re-sent only after this long without an attempt: longer than the delivery
# task's longest retry backoff (600 s), so a retry that is merely waiting is left alone.
SMS_REDRIVE_MIN_SECONDS = 1200
# Older work is left to people (and shows in the admin); the sweep stays a cheap query.
REDRIVE_LOOKBACK = timedelta(days=1)


def redrive_unfinished_work(*, now: datetime | None = None) -> dict[str, list[int]]:
    """Enqueue again the work whose task never finished: staff messages of open visits
    without their suggestion, closed visits without their documents, queued SMS left
    without an attempt. Every task is idempotent, so a task that was only slow is harmless."""
    from .tasks import deliver_sms_task, draft_suggestion_task, draft_visit_documents_task

    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.TASK_REDRIVE_SECONDS)
    oldest = now - REDRIVE_LOOKBACK
    messages: list[int] = []
    if settings.DRAFT_ON_MESSAGE:
        messages = list(
            Message.objects.filter(
                author_role=Message.AuthorRole.STAFF,
                consultation__status=ConsultationStatus.OPEN,
                created_at__lte=cutoff,
                created_at__gte=oldest,
            )
            .exclude(
                Exists(
                    Suggestion.objects.filter(message=OuterRef("pk"), kind=Suggestion.Kind.REPLY)
                )
            )
            .order_by("pk")
            .values_list("pk", flat=True)
        )
    documents = list(
        Consultation.objects.filter(
            status=ConsultationStatus.CLOSED, closed_at__lte=cutoff, closed_at__gte=oldest
        )
        .exclude(
            Exists(
                Suggestion.objects.filter(
                    consultation=OuterRef("pk"),
                    kind=Suggestion.Kind.PATIENT_SUMMARY,
                    created_at__gte=OuterRef("closed_at"),
                )
            )
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    sms_cutoff = now - timedelta(
        seconds=max(settings.TASK_REDRIVE_SECONDS, SMS_REDRIVE_MIN_SECONDS)
    )
    outbox = list(
        SmsMessage.objects.filter(
            status=SmsMessage.Status.QUEUED, updated_at__lte=sms_cutoff, created_at__gte=oldest
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for message_id in messages:
        draft_suggestion_task.delay(message_id)
    for consultation_id in documents:
        draft_visit_documents_task.delay(consultation_id)
    for sms_id in outbox:
        deliver_sms_task.delay(sms_id)
    redriven = {"messages": messages, "visits": documents, "sms": outbox}
    if messages or documents or outbox:
        logger.warning("enqueued lost work again: %s", redriven)
    return redriven


def page_on_call_gps(*, suggestion_id: int) -> int:
    """Send the escalation SMS to the on-call GPs of the suggestion's health centre; returns
    how many were paged. The idempotency key makes a retried page a no-op at the gateway."""
    suggestion = Suggestion.objects.select_related(
        "consultation__clinic", "consultation__patient"
    ).get(pk=suggestion_id)
    if suggestion.status != Suggestion.Status.PENDING_REVIEW:
        return 0
    consultation = suggestion.consultation
    centre_id = selectors.supervising_centre_id(consultation.clinic)
    on_call = User.objects.filter(
        role=User.Role.GP, clinic_id=centre_id, is_on_call=True, is_active=True
    ).exclude(phone="")
    where = f"{consultation.clinic.name} #{consultation.pk}"
    body = f"【全科助手】危急病例待审核：{where}。 Emergency awaiting GP review: {where}."
    transport = sms.get_transport()
    paged = 0
    for gp in on_call:
        transport.send(
            phone=gp.phone, body=body, idempotency_key=f"escalation-{suggestion.pk}-{gp.pk}"
        )
        paged += 1
    with audited_transaction():
        record_audit_event(
            actor=None,
            verb="suggestion.on_call_paged",
            obj=suggestion,
            consultation=consultation,
            details={"gps": [gp.pk for gp in on_call]},
        )
    return paged
