"""Clinic isolation (ARCHITECTURE rule 5): a user of clinic A gets 404 for every object of
clinic B through every page and API endpoint; a GP sees only the supervised clinics."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import (
    AdminFactory,
    ConsultationFactory,
    GPFactory,
    MessageFactory,
    PatientSummaryFactory,
    StaffFactory,
)
from triage.models import SmsMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def clinic_b_objects():
    consultation = ConsultationFactory()
    message = MessageFactory(consultation=consultation)
    suggestion = PatientSummaryFactory(consultation=consultation)
    return {
        "patient": consultation.patient,
        "consultation": consultation,
        "message": message,
        "suggestion": suggestion,
    }


def object_urls(objs) -> list[tuple[str, str]]:
    c, p, s = objs["consultation"].pk, objs["patient"].pk, objs["suggestion"].pk
    return [
        ("get", reverse("patient-detail", args=[p])),
        ("post", reverse("consultation-open", args=[p])),
        ("get", reverse("consultation-detail", args=[c])),
        ("post", reverse("consultation-close", args=[c])),
        ("get", reverse("api-patient", args=[p])),
        ("get", reverse("api-consultation", args=[c])),
        ("post", reverse("api-consultation-close", args=[c])),
        ("get", reverse("api-consultation-messages", args=[c])),
        ("get", reverse("api-suggestion", args=[s])),
        ("get", reverse("api-consultation-timeline", args=[c])),
        ("get", reverse("api-consultation-fhir", args=[c])),
        ("post", reverse("api-suggestion-review", args=[s])),
    ]


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("outsider_factory", [StaffFactory, GPFactory], ids=["staff", "gp"])
def test_outsider_gets_404_for_every_object_of_another_clinic(clinic_b_objects, outsider_factory):
    client = logged_in(outsider_factory())
    for method, url in object_urls(clinic_b_objects):
        data = {"action": "approve"} if "review" in url else {}
        response = getattr(client, method)(url, data, content_type="application/json")
        assert response.status_code == 404, (method, url, response.status_code)
    clinic_b_objects["consultation"].refresh_from_db()
    assert clinic_b_objects["consultation"].status == "open"
    assert not SmsMessage.objects.exists()


@pytest.mark.parametrize("outsider_factory", [StaffFactory, GPFactory], ids=["staff", "gp"])
def test_lists_exclude_other_clinics(clinic_b_objects, outsider_factory):
    client = logged_in(outsider_factory())
    for name in ["api-patients", "api-consultations", "api-sms"]:
        assert client.get(reverse(name)).json()["count"] == 0, name
    page = client.get(reverse("patient-list"))
    assert clinic_b_objects["patient"].name not in page.content.decode()


def test_supervising_gp_and_own_staff_see_the_clinic(clinic_b_objects):
    consultation = clinic_b_objects["consultation"]
    gp = GPFactory(clinic=consultation.clinic.supervising_centre)
    for user in (consultation.opened_by, gp, AdminFactory()):
        client = logged_in(user)
        assert client.get(reverse("consultation-detail", args=[consultation.pk])).status_code == 200
        assert client.get(reverse("api-consultation", args=[consultation.pk])).status_code == 200
        assert client.get(reverse("api-consultations")).json()["count"] == 1


def test_anonymous_is_sent_to_login_and_api_refuses(clinic_b_objects):
    client = Client()
    page = client.get(reverse("consultation-detail", args=[clinic_b_objects["consultation"].pk]))
    assert page.status_code == 302 and reverse("login") in page["Location"]
    assert client.get(reverse("api-consultations")).status_code == 403


def test_login_page_is_served_in_both_languages():
    zh = Client(headers={"accept-language": "zh-hans"}).get(reverse("login"))
    en = Client(headers={"accept-language": "en"}).get(reverse("login"))
    assert zh.status_code == en.status_code == 200
    assert "登录" in zh.content.decode()
    assert "Log in" in en.content.decode()


def test_openapi_schema_is_served():
    client = logged_in(StaffFactory())
    response = client.get(reverse("api-schema"))
    assert response.status_code == 200
    assert b"/api/consultations/" in response.content


def test_review_queue_and_timeline_apis_are_filtered_and_gp_views_audited(clinic_b_objects):
    from triage.models import AuditEvent

    consultation = clinic_b_objects["consultation"]
    gp = GPFactory(clinic=consultation.clinic.supervising_centre)
    queue = logged_in(gp).get(reverse("api-review-queue")).json()
    assert [item["id"] for item in queue["results"]] == [clinic_b_objects["suggestion"].pk]
    assert logged_in(GPFactory()).get(reverse("api-review-queue")).json()["count"] == 0
    assert logged_in(consultation.opened_by).get(reverse("api-review-queue")).json()["count"] == 0
    timeline = logged_in(gp).get(reverse("api-consultation-timeline", args=[consultation.pk]))
    assert timeline.status_code == 200
    assert [m["seq"] for m in timeline.json()["messages"]] == [clinic_b_objects["message"].seq]
    assert AuditEvent.objects.filter(verb="patient.viewed_by_gp").count() == 1
    outsider = logged_in(StaffFactory())
    url = reverse("api-consultation-timeline", args=[consultation.pk])
    assert outsider.get(url).status_code == 404
