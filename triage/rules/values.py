"""Plain value types of the triage engine: levels, bilingual text, facts and the assessment."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

# Finding statuses: what the text says about a concept.
PRESENT = "present"
ABSENT = "absent"
UNCERTAIN = "uncertain"
HISTORY = "history"  # past episode or known condition, not the current complaint


class Level(enum.StrEnum):
    """Urgency level, ordered SELF_CARE < NON_URGENT < URGENT < EMERGENCY."""

    SELF_CARE = "self_care"
    NON_URGENT = "non_urgent"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        """Position in the order, 0 (self care) to 3 (emergency)."""
        return _RANKS[self.value]

    def __lt__(self, other: object) -> bool:
        if isinstance(other, Level):
            return self.rank < other.rank
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, Level):
            return self.rank <= other.rank
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, Level):
            return self.rank > other.rank
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, Level):
            return self.rank >= other.rank
        return NotImplemented


_RANKS = {"self_care": 0, "non_urgent": 1, "urgent": 2, "emergency": 3}


@dataclass(frozen=True)
class Text:
    """A human-readable text in Chinese (Simplified) and English."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        """The text in `lang` ("zh" or "en"), Chinese for anything else."""
        return self.en if lang == "en" else self.zh

    def to_dict(self) -> dict[str, str]:
        """JSON-safe form."""
        return {"zh": self.zh, "en": self.en}


@dataclass(frozen=True)
class PatientContext:
    """What the patient's record says (the text wins where it states age or sex)."""

    age_days: int | None = None
    sex: str | None = None  # "male" | "female" | None
    pregnant: bool | None = None
    chronic_conditions: tuple[str, ...] = ()
    allergies: tuple[str, ...] = ()


@dataclass(frozen=True)
class RedFlag:
    """A danger sign found, with the facts that triggered it and the guideline it comes from."""

    code: str
    label: Text
    level: Level
    triggers: tuple[str, ...]
    source: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "code": self.code,
            "label": self.label.to_dict(),
            "level": self.level.value,
            "triggers": list(self.triggers),
            "source": self.source,
        }


@dataclass(frozen=True)
class Question:
    """A question still worth asking: its answer could change the level."""

    code: str
    text: Text

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {"code": self.code, "text": self.text.to_dict()}


@dataclass(frozen=True)
class Vitals:
    """Vital signs and bedside measurements (None when not stated)."""

    sbp: int | None = None  # mmHg
    dbp: int | None = None  # mmHg
    temp_c: float | None = None
    hr: int | None = None  # beats/min
    rr: int | None = None  # breaths/min
    spo2: int | None = None  # %
    glucose: float | None = None  # mmol/L
    gcs: int | None = None
    potassium: float | None = None  # mmol/L, serum
    inr: float | None = None  # on warfarin
    sodium: int | None = None  # mmol/L, serum
    calcium: float | None = None  # mmol/L, serum total or adjusted (not ionised)
    hb: int | None = None  # g/L
    platelets: int | None = None  # x10^9/L
    creatinine: float | None = None  # serum, as told (umol/L, or mg/dL below 20)
    creatinine_before: float | None = None  # the patient's own earlier or usual value
    iron_tablets: int | None = None  # iron tablets swallowed or missing (a child's ingestion)
    iron_tablet_mg: float | None = None  # the iron salt in one tablet, mg
    muac_mm: int | None = None  # mid-upper arm circumference
    pef_pct: int | None = None  # peak expiratory flow, % of the person's best or predicted
    weight_g: int | None = None  # body weight today, grams
    birth_weight_g: int | None = None  # a baby's birth weight, grams

    def merged_with(self, later: Vitals) -> Vitals:
        """These vitals updated by a later message's (the later value wins)."""
        return Vitals(
            **{
                name: (getattr(later, name) if getattr(later, name) is not None else value)
                for name, value in self.__dict__.items()
            }
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form (only the stated values)."""
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Facts:
    """What was extracted from one message, or accumulated over a conversation."""

    findings: tuple[tuple[str, str], ...] = ()  # (concept code, status), sorted by code
    vitals: Vitals = field(default_factory=Vitals)
    age_days: int | None = None
    age_hint: str | None = None  # "neonate" | "infant" | "child" | "adult" when no number
    sex: str | None = None
    pregnant: bool | None = None
    gestation_weeks: int | None = None
    severe: frozenset[str] = frozenset()  # concepts qualified as severe/intense
    mild: frozenset[str] = frozenset()  # concepts qualified as mild/slight
    sudden: frozenset[str] = frozenset()  # concepts with sudden onset
    durations: tuple[tuple[str, float], ...] = ()  # (concept code, hours)
    burn_percent: int | None = None
    evidence: tuple[tuple[str, str], ...] = ()  # (concept code, surface text)
    # concepts denied only at one site (舌头不肿): not to erase what another message found
    site_denials: frozenset[str] = frozenset()

    def status(self, code: str) -> str | None:
        """The status of a concept, or None when the text never mentioned it."""
        for c, s in self.findings:
            if c == code:
                return s
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "findings": {c: s for c, s in self.findings},
            "vitals": self.vitals.to_dict(),
            "age_days": self.age_days,
            "age_hint": self.age_hint,
            "sex": self.sex,
            "pregnant": self.pregnant,
            "gestation_weeks": self.gestation_weeks,
            "severe": sorted(self.severe),
            "mild": sorted(self.mild),
            "sudden": sorted(self.sudden),
            "durations_hours": {c: h for c, h in self.durations},
            "burn_percent": self.burn_percent,
        }


@dataclass(frozen=True)
class Assessment:
    """The result of triaging a conversation."""

    level: Level
    red_flags: tuple[RedFlag, ...]
    reasons: tuple[Text, ...]
    questions: tuple[Question, ...]
    actions: tuple[Text, ...]
    facts: Facts

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form with stable keys, for storage and WebSocket events."""
        return {
            "level": self.level.value,
            "red_flags": [f.to_dict() for f in self.red_flags],
            "reasons": [r.to_dict() for r in self.reasons],
            "questions": [q.to_dict() for q in self.questions],
            "actions": [a.to_dict() for a in self.actions],
            "facts": self.facts.to_dict(),
        }
