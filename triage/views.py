"""Pages: thin views over selectors and services."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from . import frames, selectors, services
from .errors import ServiceError
from .forms import KEY_LABELS, PatientForm, ReviewDecisionForm, edited_payload, payload_fields
from .models import Consultation, Suggestion, User

logger = logging.getLogger(__name__)

# The user's stored language (triage.models.Language) as a Django language code.
USER_LANGUAGE_CODES = {"zh": "zh-hans", "en": "en"}
PASSAGE_EXCERPT_CHARS = 600


class LoginView(auth_views.LoginView):
    """Log in, then show the pages in the language stored on the user."""

    template_name = "triage/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form):
        """Set the language cookie from the user's preference."""
        response = super().form_valid(form)
        code = USER_LANGUAGE_CODES.get(form.get_user().language)
        if code:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                code,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite="Lax",
            )
        return response


def _page_lang() -> str:
    return "zh" if (get_language() or "").startswith("zh") else "en"


def _require_gp(user: User) -> None:
    if user.role != User.Role.GP:
        raise PermissionDenied


def _error_text(exc: ServiceError) -> str:
    return exc.zh if _page_lang() == "zh" else exc.en


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Send each role to its starting page."""
    if request.user.role == User.Role.ADMIN:
        return redirect("admin:index")
    if request.user.role == User.Role.GP:
        return redirect("review-queue")
    return redirect("patient-list")


@login_required
def patient_list(request: HttpRequest) -> HttpResponse:
    """Visible patients with search, and the new-patient form for staff."""
    query = request.GET.get("q", "")
    form = PatientForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                patient = services.register_patient(
                    user=request.user,
                    name=form.cleaned_data["name"],
                    sex=form.cleaned_data["sex"],
                    birth_date=form.cleaned_data["birth_date"],
                    phone=form.cleaned_data["phone"],
                    language=form.cleaned_data["language"],
                    allergies=form.split("allergies"),
                    chronic_conditions=form.split("chronic_conditions"),
                )
            except ServiceError as exc:
                form.add_error(None, _error_text(exc))
            else:
                return redirect("patient-detail", patient_id=patient.pk)
        status = 400
    patients = selectors.search_patients(request.user, query)[:100]
    return render(
        request,
        "triage/patient_list.html",
        {"patients": patients, "query": query, "form": form},
        status=status,
    )


@login_required
def patient_detail(request: HttpRequest, patient_id: int) -> HttpResponse:
    """A patient's record and past visits."""
    patient = selectors.visible_patients(request.user).filter(pk=patient_id).first()
    if patient is None:
        raise Http404
    consultations = selectors.visible_consultations(request.user).filter(patient=patient)
    services.record_view_of_patient(user=request.user, patient=patient)
    return render(
        request,
        "triage/patient_detail.html",
        {"patient": patient, "consultations": consultations},
    )


@login_required
@require_POST
def consultation_open(request: HttpRequest, patient_id: int) -> HttpResponse:
    """Open a visit and go to its chat."""
    try:
        consultation = services.open_consultation(user=request.user, patient_id=patient_id)
    except ServiceError as exc:
        if exc.http_status == 404:
            raise Http404 from None
        return HttpResponse(_error_text(exc), status=exc.http_status)
    return redirect("consultation-detail", consultation_id=consultation.pk)


def _suggestion_state(suggestion: Suggestion) -> dict:
    """A suggestion as the chat page's script receives it live (a suggestion frame, plus
    the GP's decision once reviewed)."""
    state = frames.suggestion_frame(suggestion)
    review = getattr(suggestion, "review", None) if suggestion.is_reviewed else None
    if review is not None:
        state["reviewed"] = {
            "type": "reviewed",
            "suggestion": suggestion.pk,
            "kind": suggestion.kind,
            "status": suggestion.status,
            "payload": review.edited_payload or suggestion.payload,
            "reason": review.reason,
            "gp": review.gp.get_full_name() or review.gp.username,
        }
    return state


def chat_strings() -> dict[str, str]:
    """The chat script's words, in the page's language."""
    return {
        "online": _("Online"),
        "offline": _("Offline: messages will be sent when the connection returns"),
        "reconnecting": _("Reconnecting…"),
        "pending": _("waiting to send…"),
        "writing": _("AI draft being written…"),
        "approved": _("Approved by the GP"),
        "edited": _("Edited and approved by the GP"),
        "rejected": _("Rejected by the GP"),
        "by": _("GP"),
        "reason": _("Reason"),
        "sources": _("Sources"),
        "notices": _("Checks"),
        "closed_4404": _("This consultation is not available to you."),
        "closed_4401": _("Your session has ended: log in again."),
        "status_open": _("Open"),
        "status_closed": _("Closed"),
        "status_summary_signed": _("Summary signed"),
        "kind_reply": _("Suggestion"),
        "kind_visit_record": _("Visit record"),
        "kind_patient_summary": _("Patient summary (SMS)"),
        "not_prescription": _("suggestion for the GP, not a prescription"),
        "blocked": _("blocked by safety checks"),
        "ask": _("Ask"),
    }


@login_required
def consultation_detail(request: HttpRequest, consultation_id: int) -> HttpResponse:
    """The consultation chat page."""
    try:
        consultation = selectors.get_consultation(request.user, consultation_id)
    except Consultation.DoesNotExist:
        raise Http404 from None
    services.record_view_of_patient(user=request.user, patient=consultation.patient)
    suggestions = (
        selectors.visible_suggestions(request.user)
        .filter(consultation=consultation)
        .select_related("message", "review__gp")
        .order_by("created_at")
    )
    return render(
        request,
        "triage/consultation.html",
        {
            "consultation": consultation,
            "suggestions": [_suggestion_state(s) for s in suggestions],
            "strings": chat_strings(),
            "field_labels": _field_labels(),
        },
    )


@login_required
@require_POST
def consultation_close(request: HttpRequest, consultation_id: int) -> HttpResponse:
    """Close the visit."""
    try:
        services.close_consultation(user=request.user, consultation_id=consultation_id)
    except ServiceError as exc:
        if exc.http_status == 404:
            raise Http404 from None
        return HttpResponse(_error_text(exc), status=exc.http_status)
    return redirect("consultation-detail", consultation_id=consultation_id)


def _field_labels() -> dict[str, str]:
    return {key: str(label) for key, label in KEY_LABELS.items()}


# --- GP pages ---------------------------------------------------------------------------


def queue_strings() -> dict[str, str]:
    """The queue script's words, in the page's language."""
    return {
        "online": _("Live"),
        "offline": _("Offline: reconnecting…"),
        "opened_by": _("Opened by %(name)s"),
        "you": _("you"),
        "taken": _("Another GP already reviewed this item."),
        "locked_here": _("%(name)s has this item open; you can still review it."),
        "empty": _("Nothing waits for review."),
        "alarm": _("Overdue emergency"),
        "waiting": _("waiting"),
        "kind_reply": _("Suggestion"),
        "kind_visit_record": _("Visit record"),
        "kind_patient_summary": _("Patient summary (SMS)"),
        "level_none": _("Not triaged"),
        "level_emergency": _("Emergency"),
        "level_urgent": _("Urgent"),
        "level_non_urgent": _("Non-urgent"),
        "level_self_care": _("Self-care"),
    }


@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    """The GP's live review queue (the page renders it; /ws/review/ keeps it live)."""
    _require_gp(request.user)
    items = [frames.queue_item_frame(s) for s in selectors.review_queue(request.user)[:200]]
    locks = services.review_locks([item["id"] for item in items])
    for item in items:
        item["locked_by"] = locks.get(item["id"])
        item["kind_label"] = Suggestion.Kind(item["kind"]).label
    return render(
        request,
        "triage/review_queue.html",
        {"items": items, "strings": queue_strings(), "me": request.user.pk},
    )


def _reviewable_suggestion(user: User, suggestion_id: int) -> Suggestion:
    suggestion = (
        selectors.visible_suggestions(user)
        .select_related("consultation__patient", "consultation__clinic", "message")
        .filter(pk=suggestion_id)
        .first()
    )
    if suggestion is None or not selectors.can_review(user, suggestion.consultation):
        raise Http404
    return suggestion


def passage_texts(chunk_ids: list[str]) -> dict[str, str]:
    """The stored text of knowledge chunks by id; empty when the store is unreachable (the
    review still works, the excerpts are missing)."""
    if not chunk_ids:
        return {}
    try:
        from knowledge import store

        page = store.get_chunks(list(chunk_ids))
    except Exception:  # the knowledge store is optional for reviewing
        logger.warning("knowledge store unavailable for passage excerpts", exc_info=True)
        return {}
    return dict(zip(page["ids"], page["documents"] or [], strict=False))


def _cited_passages(suggestion: Suggestion) -> list[dict]:
    passages = suggestion.citations or suggestion.retrieved_passages or []
    texts = passage_texts([p["chunk_id"] for p in passages if p.get("chunk_id")])
    shown = []
    for passage in passages:
        text = texts.get(passage.get("chunk_id"), "") or ""
        if len(text) > PASSAGE_EXCERPT_CHARS:
            text = text[:PASSAGE_EXCERPT_CHARS].rstrip() + "…"
        shown.append({**passage, "text": text})
    return shown


def _review_page(
    request: HttpRequest, suggestion: Suggestion, *, error: str = "", status: int = 200
) -> HttpResponse:
    consultation = suggestion.consultation
    lang = _page_lang()
    triage = consultation.triage or {}
    next_item = (
        selectors.review_queue(request.user)
        .exclude(pk=suggestion.pk)
        .values_list("pk", flat=True)
        .first()
    )
    return render(
        request,
        "triage/review.html",
        {
            "suggestion": suggestion,
            "consultation": consultation,
            "messages_list": selectors.consultation_messages(consultation),
            "triage": triage,
            "level_label": frames.LEVEL_LABELS.get(triage.get("level"), {}).get(lang, ""),
            "lang": lang,
            "state": _suggestion_state(suggestion),
            "fields": payload_fields(suggestion.payload),
            "passages": _cited_passages(suggestion),
            "next_id": next_item,
            "review": getattr(suggestion, "review", None) if suggestion.is_reviewed else None,
            "error": error,
            "strings": chat_strings(),
            "queue_strings": queue_strings(),
            "field_labels": _field_labels(),
        },
        status=status,
    )


@login_required
def review_detail(request: HttpRequest, suggestion_id: int) -> HttpResponse:
    """The review screen: conversation and triage beside the AI draft and its sources."""
    _require_gp(request.user)
    return _review_page(request, _reviewable_suggestion(request.user, suggestion_id))


@login_required
@require_POST
def review_decide(request: HttpRequest, suggestion_id: int) -> HttpResponse:
    """Approve, edit or reject; then go to the next item waiting."""
    _require_gp(request.user)
    suggestion = _reviewable_suggestion(request.user, suggestion_id)
    form = ReviewDecisionForm(request.POST)
    if not form.is_valid():
        return _review_page(request, suggestion, error=_("Choose an action."), status=400)
    action = form.cleaned_data["action"]
    try:
        services.review_suggestion(
            gp=request.user,
            suggestion_id=suggestion.pk,
            action=action,
            edited_payload=edited_payload(suggestion.payload, request.POST)
            if action == "edit"
            else None,
            reason=form.cleaned_data["reason"],
        )
    except ServiceError as exc:
        if exc.http_status == 404:
            raise Http404 from None
        suggestion.refresh_from_db()
        return _review_page(request, suggestion, error=_error_text(exc), status=exc.http_status)
    next_id = (
        selectors.review_queue(request.user).exclude(pk=suggestion.pk).values_list("pk", flat=True)
    ).first()
    if next_id and request.POST.get("then") == "next":
        return redirect("review-detail", suggestion_id=next_id)
    return redirect("review-queue")


@login_required
def review_history(request: HttpRequest) -> HttpResponse:
    """Suggestions already reviewed in the GP's clinics, newest first."""
    _require_gp(request.user)
    reviewed = selectors.reviewed_history(request.user)[:200]
    return render(request, "triage/review_history.html", {"reviewed": reviewed})


@require_POST
def switch_language(request: HttpRequest) -> HttpResponse:
    """Django's language switch, also saved on the signed-in user for their next login."""
    response = set_language(request)
    code = request.POST.get("language", "")
    language = next((key for key, value in USER_LANGUAGE_CODES.items() if value == code), None)
    if request.user.is_authenticated and language:
        services.set_user_language(user=request.user, language=language)
    return response
