"""The hash-chained audit trail detects altered and removed rows."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from tests.factories import ConsultationFactory
from triage import services
from triage.audit import record_audit_event, verify_audit_chain
from triage.models import AuditEvent, RecordsAreNeverDeleted

pytestmark = [pytest.mark.django_db, pytest.mark.realservices]


@pytest.fixture
def chain():
    consultation = ConsultationFactory()
    for n in range(5):
        services.record_message(
            user=consultation.opened_by,
            consultation_id=consultation.pk,
            client_id=f"m{n}",
            text=f"message {n}",
        )
    return list(AuditEvent.objects.order_by("id"))


def test_intact_chain_verifies(chain):
    report = verify_audit_chain()
    # Each message writes two events: the message and its triage result.
    assert report.ok and report.events == len(chain) == 10


def test_altered_row_is_detected(chain):
    AuditEvent.objects.filter(pk=chain[2].pk).update(details={"seq": 99, "chars": 1})
    report = verify_audit_chain()
    assert not report.ok and report.first_broken_id == chain[2].pk
    assert "altered" in report.reason


def test_removed_row_is_detected(chain):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM triage_auditevent WHERE id = %s", [chain[1].pk])
    report = verify_audit_chain()
    assert report.first_broken_id == chain[2].pk


def test_verify_audit_command_fails_on_tampering(chain, capsys):
    call_command("verify_audit")
    assert f"{len(chain)} events" in capsys.readouterr().out
    AuditEvent.objects.filter(pk=chain[0].pk).update(verb="message.forged")
    with pytest.raises(CommandError, match=str(chain[0].pk)):
        call_command("verify_audit")


def test_events_are_append_only(chain):
    event = chain[0]
    event.verb = "changed"
    with pytest.raises(RecordsAreNeverDeleted):
        event.save()
    with pytest.raises(RecordsAreNeverDeleted):
        event.delete()


@pytest.mark.django_db(transaction=True)
def test_audit_event_outside_a_transaction_is_refused():
    consultation = ConsultationFactory()
    with pytest.raises(RuntimeError):
        record_audit_event(actor=None, verb="x", obj=consultation)
    with transaction.atomic():
        assert record_audit_event(actor=None, verb="x", obj=consultation).pk
