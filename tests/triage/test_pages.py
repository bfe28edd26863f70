"""The staff and GP pages through Django's test client: search, the new-patient form, the
review screen's access rules, approve / edit / reject by POST, and the history."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import (
    ConsultationFactory,
    GPFactory,
    PatientFactory,
    StaffFactory,
    SuggestionFactory,
)
from triage.models import Patient, Review, Suggestion

pytestmark = pytest.mark.django_db

PAYLOAD = {
    "language": "zh",
    "assessment": {"summary": "上呼吸道感染可能", "citations": ["P1"]},
    "triage_level": "self_care",
    "differential": [
        {"condition": "普通感冒", "likelihood": "high", "supporting_facts": [], "citations": []}
    ],
    "management": [
        {
            "advice": "多喝水，休息",
            "medications": [{"name": "对乙酰氨基酚", "dose": "0.5 g", "is_prescription": False}],
            "citations": ["P1"],
        }
    ],
}


def logged_in(user, language: str = "en") -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user)
    client.cookies["django_language"] = language
    return client


@pytest.fixture
def staff():
    return StaffFactory()


@pytest.fixture
def suggestion(staff):
    consultation = ConsultationFactory(patient=PatientFactory(clinic=staff.clinic))
    return SuggestionFactory(consultation=consultation, payload=PAYLOAD)


@pytest.fixture
def gp(staff):
    return GPFactory(clinic=staff.clinic.supervising_centre)


# --- Staff pages ------------------------------------------------------------------------


def test_patient_search_finds_by_name_phone_and_id_in_own_clinic_only(staff):
    mine = PatientFactory(clinic=staff.clinic, name="赵大爷", phone="13811112222")
    PatientFactory(clinic=staff.clinic, name="钱阿姨", phone="13933334444")
    PatientFactory(name="赵大爷外院", phone="13811119999")  # another clinic
    client = logged_in(staff)
    for query in ("赵大", "1111222"):
        page = client.get(reverse("patient-list"), {"q": query}).content.decode()
        assert "赵大爷" in page, query
        assert "钱阿姨" not in page
        assert "赵大爷外院" not in page
    by_id = client.get(reverse("patient-list"), {"q": str(mine.pk)})
    assert mine in by_id.context["patients"]


def test_new_patient_form_shows_errors_and_creates_nothing(staff):
    client = logged_in(staff)
    response = client.post(
        reverse("patient-list"),
        {"name": "", "sex": "female", "birth_date": "not a date", "language": "zh"},
    )
    assert response.status_code == 400
    assert response.context["form"].errors.keys() >= {"name", "birth_date"}
    assert 'role="alert"' in response.content.decode()
    response = client.post(
        reverse("patient-list"),
        {"name": "未来人", "sex": "female", "birth_date": "2999-01-01", "language": "zh"},
    )
    assert response.status_code == 400
    assert "Birth date cannot be in the future." in response.content.decode()
    assert not Patient.objects.exists()


def test_new_patient_form_registers_and_goes_to_the_patient(staff):
    response = logged_in(staff).post(
        reverse("patient-list"),
        {
            "name": "孙大妈",
            "sex": "female",
            "birth_date": "1950-02-03",
            "language": "zh",
            "allergies": "青霉素，磺胺",
        },
    )
    patient = Patient.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("patient-detail", args=[patient.pk])
    assert patient.allergies == ["青霉素", "磺胺"]


def test_chat_page_carries_existing_suggestions_labelled_as_drafts(staff, suggestion):
    response = logged_in(staff).get(
        reverse("consultation-detail", args=[suggestion.consultation_id])
    )
    assert response.status_code == 200
    state = response.context["suggestions"][0]
    assert state["id"] == suggestion.pk
    assert state["label"]["en"] == "AI draft, pending GP review"
    assert "reviewed" not in state


def test_login_applies_the_users_language(staff):
    staff.set_password("pw-for-tests-only-2")
    staff.language = "en"
    staff.save()
    response = Client().post(
        reverse("login"), {"username": staff.username, "password": "pw-for-tests-only-2"}
    )
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "en"


def test_pages_render_in_chinese_by_default(staff):
    client = Client()
    client.force_login(staff)
    page = client.get(reverse("patient-list")).content.decode()
    assert '<html lang="zh-hans">' in page
    assert "患者" in page


# --- GP pages ---------------------------------------------------------------------------


def test_review_pages_are_for_gps_only(staff, suggestion):
    client = logged_in(staff)
    for name, args in [
        ("review-queue", []),
        ("review-history", []),
        ("review-detail", [suggestion.pk]),
    ]:
        assert client.get(reverse(name, args=args)).status_code == 403
    response = client.post(reverse("review-decide", args=[suggestion.pk]), {"action": "approve"})
    assert response.status_code == 403
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.PENDING_REVIEW


def test_review_screen_is_404_for_a_gp_of_another_centre(suggestion):
    client = logged_in(GPFactory())
    assert client.get(reverse("review-detail", args=[suggestion.pk])).status_code == 404
    response = client.post(reverse("review-decide", args=[suggestion.pk]), {"action": "approve"})
    assert response.status_code == 404
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.PENDING_REVIEW


def test_queue_and_review_screen_show_the_draft_and_its_fields(gp, suggestion):
    client = logged_in(gp)
    queue = client.get(reverse("review-queue"))
    assert [item["id"] for item in queue.context["items"]] == [suggestion.pk]
    page = client.get(reverse("review-detail", args=[suggestion.pk]))
    assert page.status_code == 200
    names = [f.name for f in page.context["fields"]]
    assert "p:assessment.summary" in names
    assert "p:management.0.medications.0.dose" in names
    assert not any("citations" in n or "is_prescription" in n for n in names)
    body = page.content.decode()
    assert "AI draft, pending GP review" in body
    assert 'aria-keyshortcuts="a"' in body


def test_approve_by_post(gp, suggestion):
    response = logged_in(gp).post(
        reverse("review-decide", args=[suggestion.pk]), {"action": "approve"}
    )
    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.APPROVED
    assert suggestion.review.gp == gp


def test_edit_by_post_stores_the_changed_fields_only(gp, suggestion):
    response = logged_in(gp).post(
        reverse("review-decide", args=[suggestion.pk]),
        {
            "action": "edit",
            "p:assessment.summary": "急性上呼吸道感染",
            "p:management.0.medications.0.dose": "0.5 g，必要时",
            "p:triage_level": "not-a-level",  # ignored: outside the choices
            "p:nonexistent.path": "ignored",
        },
    )
    assert response.status_code == 302
    review = Review.objects.get(suggestion=suggestion)
    assert review.action == Review.Action.EDIT
    edited = review.edited_payload
    assert edited["assessment"] == {"summary": "急性上呼吸道感染", "citations": ["P1"]}
    assert edited["management"][0]["medications"][0]["dose"] == "0.5 g，必要时"
    assert edited["management"][0]["medications"][0]["is_prescription"] is False
    assert edited["triage_level"] == "self_care"
    assert "nonexistent" not in edited


def test_edit_without_a_change_is_refused_and_changes_nothing(gp, suggestion):
    response = logged_in(gp).post(
        reverse("review-decide", args=[suggestion.pk]),
        {"action": "edit", "p:assessment.summary": "上呼吸道感染可能"},
    )
    assert response.status_code == 400
    assert "Nothing was changed" in response.content.decode()
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.PENDING_REVIEW


def test_reject_needs_a_reason(gp, suggestion):
    client = logged_in(gp)
    url = reverse("review-decide", args=[suggestion.pk])
    response = client.post(url, {"action": "reject", "reason": "  "})
    assert response.status_code == 400
    assert "A rejection needs a reason." in response.content.decode()
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.PENDING_REVIEW
    assert client.post(url, {"action": "reject", "reason": "诊断依据不足"}).status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.REJECTED
    assert suggestion.review.reason == "诊断依据不足"


def test_a_second_decision_is_refused(gp, suggestion):
    client = logged_in(gp)
    url = reverse("review-decide", args=[suggestion.pk])
    assert client.post(url, {"action": "approve"}).status_code == 302
    response = client.post(url, {"action": "reject", "reason": "太晚了"})
    assert response.status_code == 409
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.APPROVED


def test_unknown_action_is_a_clear_error(gp, suggestion):
    response = logged_in(gp).post(
        reverse("review-decide", args=[suggestion.pk]), {"action": "delete"}
    )
    assert response.status_code == 400
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.PENDING_REVIEW


def test_history_lists_reviewed_items_of_own_clinics_only(gp, suggestion):
    client = logged_in(gp)
    client.post(reverse("review-decide", args=[suggestion.pk]), {"action": "approve"})
    other = SuggestionFactory(payload=PAYLOAD)  # another centre's clinic
    Review.objects.create(suggestion=other, gp=GPFactory(), action="approve")
    other.status = Suggestion.Status.APPROVED
    other.save()
    response = client.get(reverse("review-history"))
    assert [s.pk for s in response.context["reviewed"]] == [suggestion.pk]
    # A reviewed suggestion opens read-only, with the decision shown.
    page = client.get(reverse("review-detail", args=[suggestion.pk])).content.decode()
    assert 'id="decision"' in page
    assert 'id="approve-form"' not in page


def test_home_sends_gps_to_their_queue(gp):
    assert logged_in(gp).get(reverse("home")).url == reverse("review-queue")


@pytest.mark.django_db
def test_language_switch_is_saved_on_the_user_and_audited():
    from django.test import Client

    from tests.factories import StaffFactory
    from triage.models import AuditEvent

    staff = StaffFactory(language="zh")
    client = Client()
    client.force_login(staff)
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/patients/"})
    assert response.status_code == 302
    staff.refresh_from_db()
    assert staff.language == "en"
    assert AuditEvent.objects.filter(verb="user.language_set").count() == 1
    assert "Patients" in client.get("/patients/").content.decode()
