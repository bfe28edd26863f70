"""Data rules: nothing is hard-deleted; the status table; per-consultation uniqueness."""

import pytest
from django.db import IntegrityError

from tests.factories import ConsultationFactory, MessageFactory, PatientFactory, StaffFactory
from triage.models import Consultation, Patient, RecordsAreNeverDeleted

pytestmark = pytest.mark.django_db


def test_records_refuse_hard_delete():
    consultation = ConsultationFactory()
    with pytest.raises(RecordsAreNeverDeleted):
        consultation.delete()
    with pytest.raises(RecordsAreNeverDeleted):
        Patient.objects.all().delete()
    with pytest.raises(RecordsAreNeverDeleted):
        StaffFactory().delete()
    assert Consultation.objects.filter(pk=consultation.pk).exists()


@pytest.mark.parametrize(
    ("start", "allowed", "refused"),
    [
        ("open", ["closed"], ["summary_signed", "open"]),
        ("closed", ["open", "summary_signed"], ["closed"]),
        ("summary_signed", [], ["open", "closed"]),
    ],
)
def test_consultation_transitions(start, allowed, refused):
    consultation = Consultation(status=start)
    assert all(consultation.can_transition_to(s) for s in allowed)
    assert not any(consultation.can_transition_to(s) for s in refused)


def test_client_id_unique_per_consultation_only():
    message = MessageFactory(client_id="dup")
    with pytest.raises(IntegrityError):
        MessageFactory(consultation=message.consultation, client_id="dup", seq=99)


def test_same_client_id_allowed_in_another_consultation():
    MessageFactory(client_id="dup")
    assert MessageFactory(client_id="dup").pk


def test_staff_and_gp_need_a_clinic():
    from triage.models import User

    with pytest.raises(IntegrityError):
        User.objects.create(username="nobody", role=User.Role.CLINIC_STAFF)


def test_patient_factory_defaults_make_sense():
    assert PatientFactory().clinic.supervising_centre is not None
