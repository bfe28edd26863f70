"""Run evaluation cases through the real chat path: each case's text becomes a staff message
in a new consultation of a patient whose age and sex are read from the text. Everything runs
in one transaction that is rolled back, so an evaluation leaves no trace."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from . import rules, services
from .evaluation import Case, Prediction
from .models import Clinic, Patient, User

# When a case's text gives no age, the patient is recorded as an adult of this age.
DEFAULT_AGE_DAYS = 30 * 365


class _Rollback(Exception):
    pass


def run_cases(cases: Sequence[Case]) -> list[Prediction]:
    """Triage every case through services.record_message and return the levels."""
    predictions: list[Prediction] = []
    try:
        with transaction.atomic():
            centre = Clinic.objects.create(name="eval centre", kind=Clinic.Kind.HEALTH_CENTRE)
            clinic = Clinic.objects.create(
                name="eval clinic", kind=Clinic.Kind.VILLAGE_CLINIC, supervising_centre=centre
            )
            staff = User.objects.create(
                username="eval-staff-rolled-back", role=User.Role.CLINIC_STAFF, clinic=clinic
            )
            today = timezone.localdate()
            for case in cases:
                facts = rules.extract_facts(case.text)
                patient = Patient.objects.create(
                    clinic=clinic,
                    name=f"eval {case.id}",
                    sex=facts.sex or Patient.Sex.OTHER,
                    birth_date=today - timedelta(days=facts.age_days or DEFAULT_AGE_DAYS),
                )
                consultation = services.open_consultation(user=staff, patient_id=patient.pk)
                recorded = services.record_message(
                    user=staff, consultation_id=consultation.pk, client_id="eval", text=case.text
                )
                triage = recorded.message.triage
                predictions.append(
                    Prediction(
                        id=case.id,
                        level=triage["level"],
                        red_flags=tuple(flag["code"] for flag in triage["red_flags"]),
                    )
                )
            raise _Rollback
    except _Rollback:
        pass
    return predictions
