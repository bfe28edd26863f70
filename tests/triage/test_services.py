"""The clinic side's use cases: chat, visit status, review, SMS outbox."""

import pytest
from django.db import transaction

from tests.factories import (
    AdminFactory,
    ConsultationFactory,
    GPFactory,
    PatientFactory,
    PatientSummaryFactory,
    StaffFactory,
    SuggestionFactory,
)
from triage import services
from triage.errors import Conflict, InvalidInput, NotAllowed, NotFound
from triage.models import AuditEvent, ConsultationStatus, Message, Review, SmsMessage, Suggestion

pytestmark = [pytest.mark.django_db, pytest.mark.realservices]


@pytest.fixture
def consultation():
    return ConsultationFactory()


@pytest.fixture
def staff(consultation):
    return consultation.opened_by


@pytest.fixture
def gp(consultation):
    return GPFactory(clinic=consultation.clinic.supervising_centre)


def post(user, consultation, text="发热两天 fever for 2 days", client_id="c-1"):
    return services.record_message(
        user=user, consultation_id=consultation.pk, client_id=client_id, text=text
    )


def test_message_gets_next_sequence_number_and_is_audited(staff, consultation):
    first = post(staff, consultation, client_id="a")
    second = post(staff, consultation, client_id="b")
    assert (first.message.seq, second.message.seq) == (1, 2)
    assert first.message.author_role == Message.AuthorRole.STAFF
    assert AuditEvent.objects.filter(verb="message.recorded").count() == 2


def test_resent_client_id_is_stored_once(staff, consultation):
    first = post(staff, consultation, client_id="same")
    again = post(staff, consultation, text="different text", client_id="same")
    assert first.created and not again.created
    assert again.message.pk == first.message.pk
    assert consultation.messages.count() == 1


@pytest.mark.parametrize(
    ("text", "client_id", "code"),
    [
        ("", "ok", "empty_text"),
        ("   ", "ok", "empty_text"),
        ("x" * 4001, "ok", "text_too_long"),
        (None, "ok", "empty_text"),
        ("fine", "", "bad_client_id"),
        ("fine", "has space", "bad_client_id"),
        ("fine", "x" * 65, "bad_client_id"),
    ],
)
def test_bad_message_is_refused_and_changes_nothing(staff, consultation, text, client_id, code):
    before = AuditEvent.objects.count()
    with pytest.raises(InvalidInput) as err:
        post(staff, consultation, text=text, client_id=client_id)
    assert err.value.code == code
    assert err.value.zh and err.value.en
    assert consultation.messages.count() == 0
    assert AuditEvent.objects.count() == before


def test_message_at_the_limit_is_accepted(staff, consultation):
    assert post(staff, consultation, text="y" * 4000).created


def test_staff_of_another_clinic_cannot_post(consultation):
    outsider = StaffFactory()
    with pytest.raises(NotFound):
        post(outsider, consultation)
    assert consultation.messages.count() == 0


def test_supervising_gp_posts_as_gp_and_admin_is_read_only(gp, consultation):
    assert post(gp, consultation).message.author_role == Message.AuthorRole.GP
    with pytest.raises(NotAllowed):
        post(AdminFactory(), consultation, client_id="adm")


def test_closed_consultation_refuses_messages(staff, consultation):
    services.close_consultation(user=staff, consultation_id=consultation.pk)
    with pytest.raises(Conflict) as err:
        post(staff, consultation)
    assert err.value.code == "consultation_closed"


def test_visit_can_be_closed_and_reopened_but_not_closed_twice(staff, consultation):
    closed = services.close_consultation(user=staff, consultation_id=consultation.pk)
    assert closed.status == ConsultationStatus.CLOSED and closed.closed_at
    with pytest.raises(Conflict):
        services.close_consultation(user=staff, consultation_id=consultation.pk)
    assert (
        services.reopen_consultation(user=staff, consultation_id=consultation.pk).status == "open"
    )


def test_open_consultation_only_for_own_clinic_patients(staff):
    own = PatientFactory(clinic=staff.clinic)
    other = PatientFactory()
    assert services.open_consultation(user=staff, patient_id=own.pk).clinic == staff.clinic
    with pytest.raises(NotFound):
        services.open_consultation(user=staff, patient_id=other.pk)


def test_register_patient_goes_to_own_clinic(staff):
    from datetime import date

    patient = services.register_patient(
        user=staff,
        name=" 孙某 ",
        sex="male",
        birth_date=date(1980, 1, 1),
        allergies=["青霉素", " "],
    )
    assert patient.clinic == staff.clinic and patient.name == "孙某"
    assert patient.allergies == ["青霉素"]


# --- Review and the SMS outbox ---------------------------------------------------------


def closed_summary(consultation):
    consultation.status = ConsultationStatus.CLOSED
    consultation.save()
    return PatientSummaryFactory(consultation=consultation)


def test_approving_summary_signs_visit_and_sends_one_sms(
    gp, consultation, capsys, django_capture_on_commit_callbacks
):
    summary = closed_summary(consultation)
    with django_capture_on_commit_callbacks(execute=True):
        services.review_suggestion(gp=gp, suggestion_id=summary.pk, action="approve")
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.SUMMARY_SIGNED
    sms = SmsMessage.objects.get(suggestion=summary)
    assert sms.status == SmsMessage.Status.SENT and sms.attempts == 1
    assert summary.payload["text"] in capsys.readouterr().out
    # A duplicate delivery of the task is a no-op.
    services.deliver_sms(sms_id=sms.pk)
    sms.refresh_from_db()
    assert sms.attempts == 1


def test_rejected_summary_sends_nothing(gp, consultation):
    summary = closed_summary(consultation)
    with pytest.raises(InvalidInput):
        services.review_suggestion(gp=gp, suggestion_id=summary.pk, action="reject")
    services.review_suggestion(gp=gp, suggestion_id=summary.pk, action="reject", reason="不准确")
    assert not SmsMessage.objects.exists()
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.CLOSED


def test_edit_stores_diff_and_sms_carries_the_edit(gp, consultation):
    summary = closed_summary(consultation)
    edited = {"text": "GP 修改后的总结：三天后复诊。"}
    review = services.review_suggestion(
        gp=gp, suggestion_id=summary.pk, action="edit", edited_payload=edited
    )
    assert review.diff == [
        {
            "path": "/text",
            "op": "replace",
            "before": summary.payload["text"],
            "after": edited["text"],
        }
    ]
    assert SmsMessage.objects.get().body == edited["text"]


def test_reviewed_suggestion_is_immutable(gp, consultation):
    suggestion = SuggestionFactory(consultation=consultation)
    services.review_suggestion(gp=gp, suggestion_id=suggestion.pk, action="approve")
    with pytest.raises(Conflict):
        services.review_suggestion(gp=gp, suggestion_id=suggestion.pk, action="reject", reason="x")
    review = Review.objects.get()
    review.reason = "tampered"
    with pytest.raises(Exception, match="immutable"):
        review.save()


def test_gp_of_another_centre_cannot_review(consultation):
    summary = closed_summary(consultation)
    with pytest.raises(NotFound):
        services.review_suggestion(gp=GPFactory(), suggestion_id=summary.pk, action="approve")
    summary.refresh_from_db()
    assert summary.status == Suggestion.Status.PENDING_REVIEW
    assert not SmsMessage.objects.exists()


def test_summary_of_open_visit_cannot_be_signed(gp, consultation):
    summary = PatientSummaryFactory(consultation=consultation)
    with pytest.raises(Conflict):
        services.review_suggestion(gp=gp, suggestion_id=summary.pk, action="approve")
    summary.refresh_from_db()
    assert summary.status == Suggestion.Status.PENDING_REVIEW
    assert not SmsMessage.objects.exists()


def test_unsigned_outbox_row_is_refused_at_delivery(consultation, capsys):
    summary = PatientSummaryFactory(consultation=consultation)
    with transaction.atomic():
        sms = SmsMessage.objects.create(
            consultation=consultation, suggestion=summary, phone="1", body="x", idempotency_key="k"
        )
    services.deliver_sms(sms_id=sms.pk)
    sms.refresh_from_db()
    assert sms.status == SmsMessage.Status.FAILED and sms.attempts == 0
    assert "[SMS" not in capsys.readouterr().out
