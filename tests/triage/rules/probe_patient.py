"""The patient record of a held-out probe case, as the probe files write it (age in days, sex,
chronic conditions, pregnancy), shared by the probe-fix test files."""

from triage.rules import PatientContext


def probe_patient(
    age_days: int | None, sex: str | None, conditions: tuple[str, ...] = (), *, pregnant=None
) -> PatientContext:
    return PatientContext(
        age_days=age_days, sex=sex, chronic_conditions=conditions, pregnant=pregnant
    )
