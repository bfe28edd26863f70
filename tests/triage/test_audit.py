"""The hash-chained audit trail detects altered and removed rows."""

import itertools

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from tests.factories import ConsultationFactory
from triage import services
from triage.audit import audited_transaction, record_audit_event, verify_audit_chain
from triage.models import AuditEvent, RecordsAreNeverDeleted

pytestmark = [pytest.mark.django_db, pytest.mark.realservices]


def post_messages(count: int) -> list[AuditEvent]:
    """`count` staff messages in one new consultation; the whole chain afterwards."""
    consultation = ConsultationFactory()
    for n in range(count):
        services.record_message(
            user=consultation.opened_by,
            consultation_id=consultation.pk,
            client_id=f"m{n}",
            text=f"message {n}: 胸口压榨样疼痛40分钟，出冷汗",
        )
    return list(AuditEvent.objects.order_by("id"))


@pytest.fixture
def chain():
    return post_messages(5)


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


@pytest.mark.django_db(transaction=True)
def test_chain_holds_when_an_outermost_transaction_appends_several_events():
    """Outside a test transaction the service's transaction is outermost: its events reuse
    the head it appended last instead of re-reading it."""
    events = post_messages(3)
    assert [e.verb for e in events[-2:]] == ["message.recorded", "triage.assessed"]
    assert all(later.prev_hash == earlier.hash for earlier, later in itertools.pairwise(events))
    assert verify_audit_chain().ok


@pytest.mark.django_db(transaction=True)
def test_chain_holds_when_a_savepoint_with_an_event_rolls_back():
    consultation = ConsultationFactory()
    with audited_transaction():
        record_audit_event(actor=None, verb="first", obj=consultation)
        with pytest.raises(ValueError), audited_transaction():
            record_audit_event(actor=None, verb="rolled.back", obj=consultation)
            raise ValueError
        with pytest.raises(ValueError), transaction.atomic():
            record_audit_event(actor=None, verb="rolled.back.too", obj=consultation)
            raise ValueError
        record_audit_event(actor=None, verb="after", obj=consultation)
    assert list(AuditEvent.objects.values_list("verb", flat=True)) == ["first", "after"]
    assert verify_audit_chain().ok


@pytest.mark.django_db(transaction=True)
def test_a_staff_message_costs_few_database_round_trips():
    """Every round trip is on the path to the triage frame (fourteen before this was counted:
    a separate access check, a re-read of the chain's head and lock per event, the message
    and the visit saved twice; nine until the chain's head came with its lock, the duplicate
    check with the conversation and the two events in one INSERT)."""
    from django.test.utils import CaptureQueriesContext

    consultation = ConsultationFactory()
    with CaptureQueriesContext(connection) as queries:
        services.record_message(
            user=consultation.opened_by,
            consultation_id=consultation.pk,
            client_id="m1",
            text="发热两天",
        )
    statements = [q["sql"] for q in queries.captured_queries]
    # The chain's lock with its head (on SQLite, whose writers serialise at BEGIN IMMEDIATE,
    # the head alone), the visit, the duplicate check with the conversation so far, the
    # message, the visit's update, both events; BEGIN and COMMIT.
    work = [s for s in statements if not s.startswith("BEGIN") and s != "COMMIT"]
    assert len(work) <= 6, statements


@pytest.mark.services_only  # PostgreSQL's lock: SQLite serialises writers at BEGIN IMMEDIATE
@pytest.mark.django_db(transaction=True)
def test_chain_holds_when_messages_are_recorded_concurrently():
    """Writers on several connections at once: each outermost transaction reads the chain's
    head together with the lock (PostgreSQL), and must see the head the lock's previous
    holder committed while it waited, or two events would link to the same predecessor."""
    import threading

    from django.db import connections

    consultations = [ConsultationFactory() for _ in range(4)]
    start = threading.Barrier(len(consultations))
    failures = []

    def post(consultation) -> None:
        try:
            start.wait(10)
            for n in range(10):
                services.record_message(
                    user=consultation.opened_by,
                    consultation_id=consultation.pk,
                    client_id=f"c{n}",
                    text=f"第{n}条：胸口压榨样疼痛40分钟，出冷汗",
                )
        except Exception as exc:  # reported below, with the thread's consultation
            failures.append((consultation.pk, repr(exc)))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post, args=(c,)) for c in consultations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not failures
    events = list(AuditEvent.objects.order_by("id"))
    assert len(events) == 4 * 10 * 2
    assert len({e.prev_hash for e in events}) == len(events)  # no fork in the chain
    assert verify_audit_chain().ok
