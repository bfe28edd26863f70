"""Deterministic red-flag and urgency triage: pure Python, no Django, no I/O, no model."""

from .engine import assess, assess_facts, find_hits
from .facts import extract_facts, merge_facts
from .values import Assessment, Facts, Level, PatientContext, Question, RedFlag, Text, Vitals

__all__ = [
    "Assessment",
    "Facts",
    "Level",
    "PatientContext",
    "Question",
    "RedFlag",
    "Text",
    "Vitals",
    "assess",
    "assess_facts",
    "extract_facts",
    "find_hits",
    "merge_facts",
]
