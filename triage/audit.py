"""The hash-chained audit trail: append an event inside the caller's transaction, verify
the chain. Each event's hash covers its content and the previous event's hash, so altering
or removing any row breaks every later link."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.utils import timezone

from .models import AuditEvent, Consultation, User

GENESIS_HASH = "0" * 64
# Any constant works; it only names the PostgreSQL advisory lock that orders appends.
_CHAIN_LOCK_KEY = 774_411_001


def _digest(
    *,
    prev_hash: str,
    actor_id: int | None,
    verb: str,
    object_type: str,
    object_id: str,
    consultation_id: int | None,
    details: dict,
    created_at: str,
) -> str:
    body = json.dumps(
        [prev_hash, actor_id, verb, object_type, object_id, consultation_id, details, created_at],
        cls=DjangoJSONEncoder,
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode()).hexdigest()


def _lock_chain() -> None:
    # Two transactions appending at once would both link to the same predecessor. SQLite
    # runs in IMMEDIATE mode (writers serialise at BEGIN); PostgreSQL needs a lock.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK_KEY])


def _lock_chain_and_read_head() -> str | None:
    """Take the chain's lock and, on PostgreSQL, read its head in the same round trip: the
    two statements go in one simple query, and under READ COMMITTED the second takes its
    snapshot after the first returned, so it sees the head the lock's previous holder
    committed (one statement would read from a snapshot taken before the wait). None where
    the head is left to the first event (SQLite, whose writers serialise at BEGIN)."""
    if connection.vendor != "postgresql":
        return None
    table = connection.ops.quote_name(AuditEvent._meta.db_table)
    # No parameters (a statement with parameters must be alone): both parts are constants.
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT pg_advisory_xact_lock({int(_CHAIN_LOCK_KEY)}); "  # noqa: S608
            f"SELECT hash FROM {table} ORDER BY id DESC LIMIT 1"
        )
        cursor.nextset()
        row = cursor.fetchone()
    return row[0] if row else GENESIS_HASH


@dataclass
class _ChainState:
    """What an audited transaction knows of the chain while it holds the lock: the hash of
    the event it appended last, and the savepoints open when it did (a rolled-back
    savepoint may have taken that event with it, so the head is re-read then)."""

    head: str | None = None
    savepoints: tuple[str, ...] = ()


@contextmanager
def audited_transaction() -> Iterator[None]:
    """A transaction that appends to the audit chain. It takes the chain's lock first, before
    any row lock: a writer that locked a row and then waited for the chain, while the chain's
    holder waited for that row, deadlocked on PostgreSQL (found by the echo benchmark).

    The outermost one reads the chain's head with the lock and holds the lock until it
    ends, so its events skip both: round trips on the way to the triage frame."""
    if getattr(connection, "audit_chain", None) is not None:
        with transaction.atomic():  # nested: the lock is already held
            yield
        return
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if not outermost:  # inside a plain atomic block: lock and read as every event does
            _lock_chain()
            yield
            return
        connection.audit_chain = _ChainState(
            head=_lock_chain_and_read_head(), savepoints=tuple(connection.savepoint_ids)
        )
        try:
            yield
        finally:
            connection.audit_chain = None


@dataclass(frozen=True)
class AuditEntry:
    """One event to append: who did what to which object, in which consultation."""

    actor: User | None
    verb: str
    obj: object
    consultation: Consultation | None = None
    details: dict | None = None


def record_audit_event(
    *,
    actor: User | None,
    verb: str,
    obj: object,
    consultation: Consultation | None = None,
    details: dict | None = None,
) -> AuditEvent:
    """Append one event to the chain; must run inside the transaction that made the change."""
    entry = AuditEntry(actor=actor, verb=verb, obj=obj, consultation=consultation, details=details)
    return record_audit_events([entry])[0]


def record_audit_events(entries: list[AuditEntry]) -> list[AuditEvent]:
    """Append events to the chain in this order, in one INSERT; must run inside the
    transaction that made the change."""
    if not connection.in_atomic_block:
        raise RuntimeError("audit events are written in the same transaction as the change")
    state = getattr(connection, "audit_chain", None)
    savepoints = tuple(connection.savepoint_ids)
    if state is not None and state.head is not None and state.savepoints == savepoints:
        prev_hash = state.head
    else:
        if state is None:
            _lock_chain()
        last = AuditEvent.objects.order_by("-id").values_list("hash", flat=True).first()
        prev_hash = last or GENESIS_HASH
    created_at = timezone.now()
    events = []
    for entry in entries:
        # Round-trip details through JSON so the stored value hashes the same when re-read.
        details = json.loads(
            json.dumps(entry.details or {}, cls=DjangoJSONEncoder, ensure_ascii=False)
        )
        fields = {
            "actor_id": entry.actor.pk if entry.actor else None,
            "verb": entry.verb,
            "object_type": type(entry.obj).__name__,
            "object_id": str(getattr(entry.obj, "pk", entry.obj)),
            "consultation_id": entry.consultation.pk if entry.consultation else None,
            "details": details,
        }
        digest = _digest(prev_hash=prev_hash, created_at=created_at.isoformat(), **fields)
        events.append(AuditEvent(**fields, created_at=created_at, prev_hash=prev_hash, hash=digest))
        prev_hash = digest
    AuditEvent.objects.bulk_create(events)
    if state is not None:
        state.head, state.savepoints = prev_hash, savepoints
    return events


@dataclass(frozen=True)
class ChainReport:
    events: int
    first_broken_id: int | None
    reason: str

    @property
    def ok(self) -> bool:
        """True when every link holds."""
        return self.first_broken_id is None


def verify_audit_chain() -> ChainReport:
    """Walk the chain in order and report the first event whose link or content fails."""
    prev_hash = GENESIS_HASH
    count = 0
    with transaction.atomic():
        for event in AuditEvent.objects.order_by("id").iterator(chunk_size=2000):
            count += 1
            if event.prev_hash != prev_hash:
                return ChainReport(count, event.pk, "previous-hash link broken (row removed?)")
            expected = _digest(
                prev_hash=event.prev_hash,
                actor_id=event.actor_id,
                verb=event.verb,
                object_type=event.object_type,
                object_id=event.object_id,
                consultation_id=event.consultation_id,
                details=event.details,
                created_at=event.created_at.isoformat(),
            )
            if expected != event.hash:
                return ChainReport(count, event.pk, "content does not match its hash (altered)")
            prev_hash = event.hash
    return ChainReport(count, None, "")
