"""Pages: thin views over selectors and services."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from . import selectors, services
from .errors import ServiceError
from .forms import PatientForm
from .models import Consultation, User


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Send each role to its starting page."""
    if request.user.role == User.Role.ADMIN:
        return redirect("admin:index")
    return redirect("patient-list")


@login_required
def patient_list(request: HttpRequest) -> HttpResponse:
    """Visible patients with search, and the new-patient form for staff."""
    query = request.GET.get("q", "")
    form = PatientForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
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
            form.add_error(None, f"{exc.zh} / {exc.en}")
        else:
            return redirect("patient-detail", patient_id=patient.pk)
    patients = selectors.search_patients(request.user, query)[:100]
    return render(
        request, "triage/patient_list.html", {"patients": patients, "query": query, "form": form}
    )


@login_required
def patient_detail(request: HttpRequest, patient_id: int) -> HttpResponse:
    """A patient's record and past visits."""
    patient = selectors.visible_patients(request.user).filter(pk=patient_id).first()
    if patient is None:
        raise Http404
    consultations = selectors.visible_consultations(request.user).filter(patient=patient)
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
        return HttpResponse(f"{exc.zh} / {exc.en}", status=exc.http_status)
    return redirect("consultation-detail", consultation_id=consultation.pk)


@login_required
def consultation_detail(request: HttpRequest, consultation_id: int) -> HttpResponse:
    """The consultation chat page."""
    try:
        consultation = selectors.get_consultation(request.user, consultation_id)
    except Consultation.DoesNotExist:
        raise Http404 from None
    return render(request, "triage/consultation.html", {"consultation": consultation})


@login_required
@require_POST
def consultation_close(request: HttpRequest, consultation_id: int) -> HttpResponse:
    """Close the visit."""
    try:
        services.close_consultation(user=request.user, consultation_id=consultation_id)
    except ServiceError as exc:
        if exc.http_status == 404:
            raise Http404 from None
        return HttpResponse(f"{exc.zh} / {exc.en}", status=exc.http_status)
    return redirect("consultation-detail", consultation_id=consultation_id)
