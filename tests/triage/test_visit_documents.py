"""Closing a visit drafts the outpatient record and the patient summary for the GP; an SMS
goes out only for a summary a supervising GP approved, exactly once, over every path."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ConsultationFactory, GPFactory, SuggestionFactory
from triage import services
from triage.errors import Conflict, NotFound
from triage.models import AuditEvent, ConsultationStatus, SmsMessage, Suggestion

pytestmark = [pytest.mark.django_db, pytest.mark.realservices]


@pytest.fixture
def visit(django_capture_on_commit_callbacks):
    consultation = ConsultationFactory(
        patient__birth_date=timezone.localdate() - timedelta(days=50 * 365),
        patient__allergies=["青霉素"],
        patient__chronic_conditions=["高血压"],
    )
    staff = consultation.opened_by
    for n, text in enumerate(["咳嗽三天，黄痰。", "体温38.6度，脉搏96，血压135/85，血氧96%"]):
        services.record_message(
            user=staff, consultation_id=consultation.pk, client_id=f"v{n}", text=text
        )
    gp = GPFactory(clinic=consultation.clinic.supervising_centre)
    return consultation, staff, gp


def close(consultation, staff, capture):
    with capture(execute=True):
        services.close_consultation(user=staff, consultation_id=consultation.pk)
    return {
        s.kind: s
        for s in Suggestion.objects.filter(
            consultation=consultation, kind__in=["visit_record", "patient_summary"]
        ).order_by("created_at")
    }


def approved_reply(consultation, gp, medication):
    payload = {
        "management": [{"advice": "多饮水休息", "medications": [medication], "citations": []}],
        "differential": [{"condition": "急性支气管炎", "likelihood": "high", "citations": []}],
        "patient_advice": [{"advice": "多喝水，注意休息", "citations": []}],
    }
    suggestion = SuggestionFactory(consultation=consultation, payload=payload)
    services.review_suggestion(gp=gp, suggestion_id=suggestion.pk, action="approve")
    return suggestion


def test_closing_drafts_the_record_and_summary_for_review(
    visit, django_capture_on_commit_callbacks
):
    consultation, staff, gp = visit
    docs = close(consultation, staff, django_capture_on_commit_callbacks)
    record = docs["visit_record"].payload
    assert record["chief_complaint"].startswith("咳嗽三天")
    assert "体温 38.6℃" in record["physical_examination"]
    assert "血压 135/85 mmHg" in record["physical_examination"]
    assert record["allergy_history"] == "青霉素" and record["past_history"] == "高血压"
    summary = docs["patient_summary"]
    assert summary.status == "pending_review" and summary.payload["text"]
    assert {s.pk for s in services.selectors.review_queue(gp)} >= {s.pk for s in docs.values()}
    assert AuditEvent.objects.filter(verb="patient_summary.drafted").count() == 1


def test_summary_carries_only_gp_approved_medicines(visit, django_capture_on_commit_callbacks):
    consultation, staff, gp = visit
    approved_reply(consultation, gp, {"name": "氨溴索", "dose": "30 mg tid"})
    SuggestionFactory(
        consultation=consultation,
        payload={"management": [{"advice": "x", "medications": [{"name": "左氧氟沙星"}]}]},
    )  # pending: never reaches the patient
    blocked = {"name": "阿莫西林", "blocked": True}
    approved_reply(consultation, gp, blocked)
    text = close(consultation, staff, django_capture_on_commit_callbacks)[
        "patient_summary"
    ].payload["text"]
    assert "氨溴索 30 mg tid" in text
    assert "左氧氟沙星" not in text and "阿莫西林" not in text
    assert "急性支气管炎" in text


def test_redelivered_drafting_task_adds_nothing(visit, django_capture_on_commit_callbacks):
    consultation, staff, _ = visit
    docs = close(consultation, staff, django_capture_on_commit_callbacks)
    again = services.draft_visit_documents(consultation_id=consultation.pk)
    assert {s.pk for s in again} == {s.pk for s in docs.values()}


def test_approved_summary_sends_one_sms_and_every_other_path_sends_none(
    visit, django_capture_on_commit_callbacks, capsys
):
    consultation, staff, gp = visit
    summary = close(consultation, staff, django_capture_on_commit_callbacks)["patient_summary"]
    with pytest.raises(NotFound):  # a GP of another health centre
        services.review_suggestion(gp=GPFactory(), suggestion_id=summary.pk, action="approve")
    assert not SmsMessage.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        services.review_suggestion(gp=gp, suggestion_id=summary.pk, action="approve")
    sms = SmsMessage.objects.get()
    assert sms.status == "sent" and sms.body == summary.payload["text"]
    assert capsys.readouterr().out.count("[SMS to") == 1
    with pytest.raises(Conflict):  # approving twice
        services.review_suggestion(gp=gp, suggestion_id=summary.pk, action="approve")
    services.deliver_sms(sms_id=sms.pk)  # duplicate task delivery
    assert SmsMessage.objects.count() == 1 and capsys.readouterr().out.count("[SMS to") == 0


def test_closed_then_reopened_visit_still_sends_exactly_once(
    visit, django_capture_on_commit_callbacks, capsys
):
    consultation, staff, gp = visit
    first = close(consultation, staff, django_capture_on_commit_callbacks)["patient_summary"]
    services.reopen_consultation(user=staff, consultation_id=consultation.pk)
    with pytest.raises(Conflict):  # an open visit cannot be signed
        services.review_suggestion(gp=gp, suggestion_id=first.pk, action="approve")
    services.record_message(
        user=staff, consultation_id=consultation.pk, client_id="late", text="补充：无胸痛"
    )
    second = close(consultation, staff, django_capture_on_commit_callbacks)["patient_summary"]
    assert second.pk != first.pk
    with django_capture_on_commit_callbacks(execute=True):
        services.review_suggestion(gp=gp, suggestion_id=second.pk, action="approve")
    with pytest.raises(Conflict):  # the visit is signed: the stale draft cannot sign it again
        services.review_suggestion(gp=gp, suggestion_id=first.pk, action="approve")
    assert SmsMessage.objects.count() == 1
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.SUMMARY_SIGNED


def test_rejected_summary_sends_nothing_and_edited_one_sends_the_edit(
    visit, django_capture_on_commit_callbacks
):
    consultation, staff, gp = visit
    summary = close(consultation, staff, django_capture_on_commit_callbacks)["patient_summary"]
    services.review_suggestion(gp=gp, suggestion_id=summary.pk, action="reject", reason="不准确")
    assert not SmsMessage.objects.exists()
    services.reopen_consultation(user=staff, consultation_id=consultation.pk)
    summary = close(consultation, staff, django_capture_on_commit_callbacks)["patient_summary"]
    edited = {**summary.payload, "text": "医生修改：三天后复诊。如呼吸困难请拨打120。"}
    with django_capture_on_commit_callbacks(execute=True):
        services.review_suggestion(
            gp=gp, suggestion_id=summary.pk, action="edit", edited_payload=edited
        )
    assert SmsMessage.objects.get().body == edited["text"]


def test_long_chinese_summary_is_sent_in_sms_sized_parts(
    visit, django_capture_on_commit_callbacks, capsys
):
    consultation, staff, gp = visit
    summary = close(consultation, staff, django_capture_on_commit_callbacks)["patient_summary"]
    long_text = "今天的检查结果提示急性支气管炎。" * 8
    with django_capture_on_commit_callbacks(execute=True):
        services.review_suggestion(
            gp=gp, suggestion_id=summary.pk, action="edit", edited_payload={"text": long_text}
        )
    out = capsys.readouterr().out
    body = out.split("\n", 1)[1].split("[/SMS]")[0].strip().splitlines()
    assert len(body) > 1 and all(len(part) <= 70 for part in body)
    sent = AuditEvent.objects.get(verb="sms.sent")
    assert sent.details["parts"] == len(body)
