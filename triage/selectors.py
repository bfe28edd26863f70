"""Reads, always filtered by what the user may see (ARCHITECTURE rule 5):
staff see their own clinic, a GP the clinics their health centre supervises, admins all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Case, Count, IntegerField, Min, Q, QuerySet, Value, When

from .models import (
    TRIAGE_RANK,
    Clinic,
    Consultation,
    Message,
    Patient,
    SmsMessage,
    Suggestion,
    TriageLevel,
    User,
)


def visible_clinics(user: User) -> QuerySet[Clinic]:
    """The clinics whose records `user` may read."""
    if not user.is_authenticated or not user.is_active:
        return Clinic.objects.none()
    if user.role == User.Role.ADMIN:
        return Clinic.objects.all()
    if user.role == User.Role.GP:
        return Clinic.objects.filter(Q(supervising_centre_id=user.clinic_id) | Q(pk=user.clinic_id))
    if user.role == User.Role.CLINIC_STAFF:
        return Clinic.objects.filter(pk=user.clinic_id)
    return Clinic.objects.none()


def visible_patients(user: User) -> QuerySet[Patient]:
    """Patients of the clinics `user` may read."""
    return Patient.objects.filter(clinic__in=visible_clinics(user)).select_related("clinic")


def search_patients(user: User, query: str) -> QuerySet[Patient]:
    """Visible patients matching a name, phone or id fragment."""
    patients = visible_patients(user)
    query = query.strip()
    if not query:
        return patients
    match = Q(name__icontains=query) | Q(phone__icontains=query)
    if query.isdigit():
        match |= Q(pk=int(query))
    return patients.filter(match)


def visible_consultations(user: User) -> QuerySet[Consultation]:
    """Consultations of the clinics `user` may read."""
    return Consultation.objects.filter(clinic__in=visible_clinics(user)).select_related(
        "patient", "clinic"
    )


def get_consultation(user: User, consultation_id: int) -> Consultation:
    """One visible consultation; raises Consultation.DoesNotExist for anything else."""
    return visible_consultations(user).get(pk=consultation_id)


def consultation_messages(consultation: Consultation, *, after_seq: int = 0) -> QuerySet[Message]:
    """The conversation after sequence number `after_seq`, oldest first."""
    return consultation.messages.filter(seq__gt=after_seq).select_related("author").order_by("seq")


def visible_suggestions(user: User) -> QuerySet[Suggestion]:
    """Suggestions of the consultations `user` may read."""
    return Suggestion.objects.filter(consultation__clinic__in=visible_clinics(user))


def visible_sms_messages(user: User) -> QuerySet[SmsMessage]:
    """SMS outbox rows of the consultations `user` may read."""
    return SmsMessage.objects.filter(consultation__clinic__in=visible_clinics(user))


def can_review(user: User, consultation: Consultation) -> bool:
    """Only a GP supervising the consultation's clinic may review its suggestions."""
    return (
        user.is_authenticated
        and user.is_active
        and user.role == User.Role.GP
        and visible_clinics(user).filter(pk=consultation.clinic_id).exists()
    )


def supervising_centre_id(clinic: Clinic) -> int:
    """The health centre whose GPs review this clinic's suggestions (a centre reviews itself)."""
    return clinic.supervising_centre_id or clinic.pk


def review_queue(gp: User) -> QuerySet[Suggestion]:
    """Pending suggestions of the GP's supervised clinics: emergencies first, then the
    longest waiting."""
    urgency = Case(
        *(
            When(consultation__triage_level=level, then=Value(rank))
            for level, rank in TRIAGE_RANK.items()
        ),
        default=Value(-1),
        output_field=IntegerField(),
    )
    return (
        visible_suggestions(gp)
        .filter(status=Suggestion.Status.PENDING_REVIEW)
        .select_related("consultation__patient", "consultation__clinic")
        .annotate(urgency=urgency)
        .order_by("-urgency", "created_at")
    )


def reviewed_history(gp: User) -> QuerySet[Suggestion]:
    """Suggestions already reviewed in the GP's clinics, newest first."""
    return (
        visible_suggestions(gp)
        .exclude(status=Suggestion.Status.PENDING_REVIEW)
        .select_related("consultation__patient", "consultation__clinic", "review__gp")
        .order_by("-reviewed_at")
    )


# --- Monitoring: aggregates over every clinic, for /metrics (counts only, no patient data) ---

NO_TRIAGE_LEVEL = "none"


@dataclass(frozen=True)
class OperationsSnapshot:
    """The review queue and the SMS outbox across the whole deployment, at one moment."""

    pending_by_level: dict[str, int]  # every triage level (and "none"), zero when empty
    oldest_pending_by_level: dict[str, datetime]  # only levels with something pending
    escalated_pending: int  # alarm raised, still not reviewed
    sms_by_status: dict[str, int]  # every status, zero when empty


def operations_snapshot() -> OperationsSnapshot:
    """Pending reviews by the consultation's triage level and SMS by status: two aggregate
    queries, no rows in Python, each served by a (status, ...) index."""
    pending = (
        Suggestion.objects.filter(status=Suggestion.Status.PENDING_REVIEW)
        .values("consultation__triage_level")
        .annotate(
            count=Count("pk"),
            oldest=Min("created_at"),
            escalated=Count("pk", filter=Q(escalated_at__isnull=False)),
        )
        .order_by()  # no default ordering in the GROUP BY
    )
    by_level = {level: 0 for level in [*TriageLevel.values, NO_TRIAGE_LEVEL]}
    oldest: dict[str, datetime] = {}
    escalated = 0
    for row in pending:
        level = row["consultation__triage_level"] or NO_TRIAGE_LEVEL
        by_level[level] = by_level.get(level, 0) + row["count"]
        oldest[level] = min(row["oldest"], oldest.get(level, row["oldest"]))
        escalated += row["escalated"]
    sms = {status: 0 for status in SmsMessage.Status.values}
    for row in SmsMessage.objects.values("status").annotate(count=Count("pk")).order_by():
        sms[row["status"]] = row["count"]
    return OperationsSnapshot(
        pending_by_level=by_level,
        oldest_pending_by_level=oldest,
        escalated_pending=escalated,
        sms_by_status=sms,
    )
