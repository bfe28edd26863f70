"""What the rules read from a conversation, for the guard tests: the findings (concept ->
status) and the red-flag codes."""

from triage.rules import PatientContext, assess


def findings(texts: list[str], patient: PatientContext | None = None) -> dict[str, str]:
    return dict(assess(texts, patient).facts.findings)


def codes(texts: list[str], patient: PatientContext | None = None) -> set[str]:
    return {f.code for f in assess(texts, patient).red_flags}
