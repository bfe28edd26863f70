"""Django admin for the clinic network admin: clinics, staff, GPs, patients, and read-only
views of consultations and the audit trail. Nothing can be deleted here (rule 6)."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import (
    AuditEvent,
    Clinic,
    Consultation,
    Message,
    Patient,
    Review,
    SmsMessage,
    Suggestion,
    User,
)


class NoDeleteAdmin(admin.ModelAdmin):
    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(NoDeleteAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Clinic)
class ClinicAdmin(NoDeleteAdmin):
    list_display = ["name", "kind", "supervising_centre", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "get_full_name", "role", "clinic", "is_active"]
    list_filter = ["role", "is_active", "clinic"]
    fieldsets = [
        *BaseUserAdmin.fieldsets,
        (_("Role"), {"fields": ["role", "clinic", "language", "phone", "is_on_call"]}),
    ]
    add_fieldsets = [
        *BaseUserAdmin.add_fieldsets,
        (_("Role"), {"fields": ["role", "clinic", "language"]}),
    ]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Patient)
class PatientAdmin(NoDeleteAdmin):
    list_display = ["name", "sex", "birth_date", "clinic", "language"]
    list_filter = ["clinic", "sex", "language"]
    search_fields = ["name", "phone"]


class MessageInline(admin.TabularInline):
    model = Message
    fields = ["seq", "author_role", "author", "text", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class AuditInline(admin.TabularInline):
    model = AuditEvent
    fields = ["id", "created_at", "actor", "verb", "object_type", "object_id", "hash"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("audit trail")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Consultation)
class ConsultationAdmin(ReadOnlyAdmin):
    list_display = ["id", "patient", "clinic", "status", "triage_level", "opened_at"]
    list_filter = ["status", "triage_level", "clinic"]
    inlines = [MessageInline, AuditInline]


@admin.register(Suggestion)
class SuggestionAdmin(ReadOnlyAdmin):
    list_display = ["id", "consultation", "kind", "status", "engine", "model_id", "created_at"]
    list_filter = ["kind", "status", "engine"]


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdmin):
    list_display = ["id", "suggestion", "gp", "action", "created_at"]
    list_filter = ["action"]


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ["id", "created_at", "actor", "verb", "object_type", "object_id", "consultation"]
    list_filter = ["verb"]
    search_fields = ["object_id", "verb"]


@admin.register(SmsMessage)
class SmsMessageAdmin(ReadOnlyAdmin):
    list_display = ["id", "consultation", "phone", "status", "attempts", "sent_at"]
    list_filter = ["status"]
