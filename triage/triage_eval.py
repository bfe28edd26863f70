"""Run evaluation cases through the real chat path, in one transaction that is rolled back, so
an evaluation leaves no trace.

- Triage (`run_cases`): each case's text becomes a staff message in a new consultation of a
  patient whose age and sex are read from the text.
- Draft retrieval (`draft_documents`): each conversation's messages are recorded one by one in
  a new consultation of a patient with the record the case gives; the passages a draft of the
  last message would cite come from `answers.gather_passages`, as in the drafting task."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from knowledge import answers
from knowledge.evaluation import EvalQuery

from . import rules, services
from .evaluation import Case, Prediction
from .models import Clinic, Consultation, Patient, User

# When a case gives no age, the patient is recorded as an adult of this age.
DEFAULT_AGE_DAYS = 30 * 365


class _Rollback(Exception):
    pass


@contextlib.contextmanager
def _rolled_back_clinic() -> Iterator[Clinic]:
    """A village clinic (and its health centre) that exists only until the block ends."""
    try:
        with transaction.atomic():
            centre = Clinic.objects.create(name="eval centre", kind=Clinic.Kind.HEALTH_CENTRE)
            yield Clinic.objects.create(
                name="eval clinic", kind=Clinic.Kind.VILLAGE_CLINIC, supervising_centre=centre
            )
            raise _Rollback
    except _Rollback:
        pass


def _consultation(staff: User, name: str, age_days: int | None, sex: str | None) -> Consultation:
    patient = Patient.objects.create(
        clinic=staff.clinic,
        name=name,
        sex=sex or Patient.Sex.OTHER,
        birth_date=timezone.localdate() - timedelta(days=age_days or DEFAULT_AGE_DAYS),
    )
    return services.open_consultation(user=staff, patient_id=patient.pk)


def run_cases(cases: Sequence[Case]) -> list[Prediction]:
    """Triage every case through services.record_message and return the levels."""
    predictions: list[Prediction] = []
    with _rolled_back_clinic() as clinic:
        staff = User.objects.create(
            username="eval-staff-rolled-back", role=User.Role.CLINIC_STAFF, clinic=clinic
        )
        for case in cases:
            facts = rules.extract_facts(case.text)
            consultation = _consultation(staff, f"eval {case.id}", facts.age_days, facts.sex)
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
    return predictions


def draft_documents(queries: Sequence[EvalQuery]) -> list[list[str]]:
    """For each conversation, the document ids of the passages a draft of its last message
    would cite, in the order the prompt numbers them (best first)."""
    documents: list[list[str]] = []
    with _rolled_back_clinic() as clinic:
        staff = {
            language: User.objects.create(
                username=f"eval-staff-{language}-rolled-back",
                role=User.Role.CLINIC_STAFF,
                clinic=clinic,
                language=language,
            )
            for language in sorted({query.lang for query in queries})
        }
        for query in queries:
            author = staff[query.lang]
            consultation = _consultation(author, f"eval {query.id}", query.age_days, query.sex)
            for number, text in enumerate(query.conversation):
                recorded = services.record_message(
                    user=author,
                    consultation_id=consultation.pk,
                    client_id=f"eval-{number}",
                    text=text,
                )
            consultation.refresh_from_db()
            request = services.draft_request(consultation, recorded.message)
            documents.append([p.document_id for p in answers.gather_passages(request)])
    return documents
