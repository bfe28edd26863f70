"""The clinic side's data: clinics, users, patients, consultations, messages, suggestions,
reviews, the audit trail and the SMS outbox. Workflows live in services.py.

Records are never hard-deleted (consultation records are kept at least 15 years,
transcripts at least 3 years): every model here refuses delete(), and foreign keys PROTECT.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class RecordsAreNeverDeleted(Exception):
    """Raised when code tries to hard-delete a record the law says we must keep."""


class NeverDeletedQuerySet(models.QuerySet):
    def delete(self):
        raise RecordsAreNeverDeleted(f"{self.model.__name__} records are never deleted")


class NeverDeletedModel(models.Model):
    """Base for every record: deletion raises instead of removing rows."""

    objects = NeverDeletedQuerySet.as_manager()

    class Meta:
        abstract = True

    def delete(self, *args, **kwargs):
        raise RecordsAreNeverDeleted(f"{type(self).__name__} records are never deleted")


class TriageLevel(models.TextChoices):
    """The four urgency levels, lowest first; see triage.rules.Level."""

    SELF_CARE = "self_care", _("Self-care")
    NON_URGENT = "non_urgent", _("Non-urgent")
    URGENT = "urgent", _("Urgent")
    EMERGENCY = "emergency", _("Emergency")


TRIAGE_RANK = {level.value: rank for rank, level in enumerate(TriageLevel)}


class Language(models.TextChoices):
    ZH = "zh", "中文"
    EN = "en", "English"


class Clinic(NeverDeletedModel):
    class Kind(models.TextChoices):
        VILLAGE_CLINIC = "village_clinic", _("Village clinic")
        HEALTH_CENTRE = "health_centre", _("Township health centre")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    supervising_centre = models.ForeignKey(
        "self",
        verbose_name=_("supervising health centre"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="supervised_clinics",
        limit_choices_to={"kind": "health_centre"},
    )
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("clinic")
        verbose_name_plural = _("clinics")

    def __str__(self) -> str:
        return self.name


class UserNeverDeletedManager(UserManager.from_queryset(NeverDeletedQuerySet)):
    pass


class User(AbstractUser):
    """A person who signs in, with exactly one role."""

    class Role(models.TextChoices):
        CLINIC_STAFF = "staff", _("Clinic staff")
        GP = "gp", _("Supervising GP")
        ADMIN = "admin", _("Clinic network admin")

    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    # Staff: the clinic they work in. GP: the health centre whose clinics they supervise.
    clinic = models.ForeignKey(
        Clinic,
        verbose_name=_("clinic"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
    )
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.ZH
    )
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    is_on_call = models.BooleanField(_("on call"), default=False)

    objects = UserNeverDeletedManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=Q(role="admin") | Q(clinic__isnull=False),
                name="user_non_admin_has_clinic",
            ),
        ]

    def delete(self, *args, **kwargs):
        raise RecordsAreNeverDeleted("users are deactivated, never deleted")

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        super().clean()
        if self.role != self.Role.ADMIN and self.clinic_id is None:
            raise ValidationError({"clinic": _("Clinic staff and GPs need a clinic.")})
        if self.role == self.Role.GP and self.clinic.kind != Clinic.Kind.HEALTH_CENTRE:
            raise ValidationError({"clinic": _("A GP belongs to a township health centre.")})


class Patient(NeverDeletedModel):
    class Sex(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        OTHER = "other", _("Other")

    clinic = models.ForeignKey(
        Clinic, verbose_name=_("clinic"), on_delete=models.PROTECT, related_name="patients"
    )
    name = models.CharField(_("name"), max_length=100)
    sex = models.CharField(_("sex"), max_length=10, choices=Sex.choices)
    birth_date = models.DateField(_("birth date"))
    phone = models.CharField(_("phone for SMS"), max_length=32, blank=True)
    language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.ZH
    )
    allergies = models.JSONField(_("allergies"), default=list, blank=True)
    chronic_conditions = models.JSONField(_("chronic conditions"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("patient")
        verbose_name_plural = _("patients")

    def __str__(self) -> str:
        return self.name


class ConsultationStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    SUMMARY_SIGNED = "summary_signed", _("Summary signed")


# The visit's life: staff close it, may reopen it to add something, and it ends when a GP
# signs the patient summary. A signed visit is final; corrections are new reviewed versions.
CONSULTATION_TRANSITIONS: dict[str, frozenset[str]] = {
    ConsultationStatus.OPEN: frozenset({ConsultationStatus.CLOSED}),
    ConsultationStatus.CLOSED: frozenset(
        {ConsultationStatus.OPEN, ConsultationStatus.SUMMARY_SIGNED}
    ),
    ConsultationStatus.SUMMARY_SIGNED: frozenset(),
}


class Consultation(NeverDeletedModel):
    patient = models.ForeignKey(
        Patient, verbose_name=_("patient"), on_delete=models.PROTECT, related_name="consultations"
    )
    clinic = models.ForeignKey(
        Clinic, verbose_name=_("clinic"), on_delete=models.PROTECT, related_name="consultations"
    )
    opened_by = models.ForeignKey(
        User, verbose_name=_("opened by"), on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ConsultationStatus.choices,
        default=ConsultationStatus.OPEN,
    )
    triage_level = models.CharField(
        _("triage level"), max_length=12, choices=TriageLevel.choices, blank=True
    )
    red_flags = models.JSONField(_("red flags"), default=list, blank=True)
    triage = models.JSONField(_("latest triage assessment"), default=dict, blank=True)
    last_message_seq = models.PositiveIntegerField(default=0)
    opened_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    signed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at"]
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        indexes = [models.Index(fields=["clinic", "status"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.patient}"

    def can_transition_to(self, status: str) -> bool:
        """Whether the status table allows moving from the current status to `status`."""
        return status in CONSULTATION_TRANSITIONS[self.status]


class Message(NeverDeletedModel):
    class AuthorRole(models.TextChoices):
        STAFF = "staff", _("Clinic staff")
        ASSISTANT = "assistant", _("Assistant")
        GP = "gp", _("GP")
        SYSTEM = "system", _("System")

    consultation = models.ForeignKey(
        Consultation, on_delete=models.PROTECT, related_name="messages"
    )
    seq = models.PositiveIntegerField()
    author = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    author_role = models.CharField(max_length=10, choices=AuthorRole.choices)
    text = models.TextField()
    # The browser's id for the message: a resent message (reconnect, retry) is stored once.
    client_id = models.CharField(max_length=64, blank=True)
    triage = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["consultation", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["consultation", "seq"], name="message_seq_unique"),
            models.UniqueConstraint(
                fields=["consultation", "client_id"],
                condition=~Q(client_id=""),
                name="message_client_id_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.consultation_id}:{self.seq}"


class Suggestion(NeverDeletedModel):
    class Kind(models.TextChoices):
        REPLY = "reply", _("Reply")
        VISIT_RECORD = "visit_record", _("Visit record")
        PATIENT_SUMMARY = "patient_summary", _("Patient summary")

    class Status(models.TextChoices):
        PENDING_REVIEW = "pending_review", _("Pending GP review")
        APPROVED = "approved", _("Approved")
        EDITED = "edited", _("Edited and approved")
        REJECTED = "rejected", _("Rejected")

    consultation = models.ForeignKey(
        Consultation, on_delete=models.PROTECT, related_name="suggestions"
    )
    message = models.ForeignKey(
        Message, on_delete=models.PROTECT, null=True, blank=True, related_name="suggestions"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING_REVIEW)
    payload = models.JSONField(default=dict)
    citations = models.JSONField(default=list, blank=True)
    notices = models.JSONField(default=list, blank=True)
    # A correction of an already reviewed suggestion is a new suggestion pointing back.
    supersedes = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="corrections"
    )
    # Provenance (ARCHITECTURE rule 4).
    engine = models.CharField(max_length=40, blank=True)
    model_id = models.CharField(max_length=200, blank=True)
    prompt_version = models.CharField(max_length=40, blank=True)
    retrieved_passages = models.JSONField(default=list, blank=True)
    prompt_tokens = models.PositiveIntegerField(null=True, blank=True)
    completion_tokens = models.PositiveIntegerField(null=True, blank=True)
    first_token_ms = models.PositiveIntegerField(null=True, blank=True)
    latency_ms = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    # Set when an emergency waited past REVIEW_ESCALATION_MINUTES and the alarm was raised.
    escalated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            # A redelivered drafting task finds the suggestion it already made.
            models.UniqueConstraint(
                fields=["message", "kind"],
                condition=Q(message__isnull=False),
                name="suggestion_once_per_message_kind",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def is_reviewed(self) -> bool:
        """Reviewed suggestions are immutable."""
        return self.status != self.Status.PENDING_REVIEW


class Review(NeverDeletedModel):
    class Action(models.TextChoices):
        APPROVE = "approve", _("Approve")
        EDIT = "edit", _("Edit and approve")
        REJECT = "reject", _("Reject")

    suggestion = models.OneToOneField(Suggestion, on_delete=models.PROTECT, related_name="review")
    gp = models.ForeignKey(User, on_delete=models.PROTECT, related_name="reviews")
    action = models.CharField(max_length=10, choices=Action.choices)
    edited_payload = models.JSONField(null=True, blank=True)
    diff = models.JSONField(default=list, blank=True)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.get_action_display()} #{self.suggestion_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise RecordsAreNeverDeleted("a review is immutable once written")
        super().save(*args, **kwargs)


class AuditEvent(NeverDeletedModel):
    """Append-only, hash-chained record of who did what (ARCHITECTURE rule 4)."""

    actor = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    verb = models.CharField(max_length=60)
    object_type = models.CharField(max_length=60)
    object_id = models.CharField(max_length=64)
    consultation = models.ForeignKey(
        Consultation, on_delete=models.PROTECT, null=True, blank=True, related_name="audit"
    )
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField()
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.verb} {self.object_type}:{self.object_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise RecordsAreNeverDeleted("audit events are append-only")
        super().save(*args, **kwargs)


class SmsMessage(NeverDeletedModel):
    """The outbox: a row per approved patient summary, delivered by a Celery task."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    consultation = models.ForeignKey(
        Consultation, on_delete=models.PROTECT, related_name="sms_messages"
    )
    # One SMS per signed summary: the database refuses a second.
    suggestion = models.OneToOneField(
        Suggestion, on_delete=models.PROTECT, related_name="sms_message"
    )
    phone = models.CharField(max_length=32)
    body = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveIntegerField(default=0)
    idempotency_key = models.CharField(max_length=64, unique=True)
    provider_id = models.CharField(max_length=128, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # The outbox sweep (queued and stale) and the metrics' count by status.
        indexes = [models.Index(fields=["status", "updated_at"])]

    def __str__(self) -> str:
        return f"SMS #{self.pk} {self.status}"
