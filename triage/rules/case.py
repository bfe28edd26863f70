"""The rules' view of accumulated facts: present/absent tests, age bands, derived vitals."""

from __future__ import annotations

from .lexicon import CONDITIONS
from .values import ABSENT, HISTORY, PRESENT, UNCERTAIN, Facts

# NICE NG143 (2019, updated 2021) table 1 (amber): a child's heart rate above these, by age in
# months, is a fast one.
_FAST_HR_BY_AGE = ((12, 160), (24, 150), (60, 140), (10_000, 130))


class Case:
    """Read-only helpers over Facts used by every rule module."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.v = facts.vitals
        self._status = dict(facts.findings)
        self._durations = dict(facts.durations)
        self._evidence = dict(facts.evidence)

    # --- findings -------------------------------------------------------------------------
    def has(self, *codes: str) -> bool:
        """Any of the concepts is present or suspected (conditions also count when historical)."""
        for c in codes:
            st = self._status.get(c)
            if st in (PRESENT, UNCERTAIN) or (st == HISTORY and c in CONDITIONS):
                return True
        return False

    def which(self, *codes: str) -> list[str]:
        """The concepts among codes that are present or suspected."""
        return [c for c in codes if self.has(c)]

    def told(self, code: str) -> str:
        """The words a message used when it told the concept present or suspected ("" when no
        message did: never mentioned, only denied, or only implied by another concept)."""
        return self._evidence.get(code, "")

    def shock_signs(self) -> list[str]:
        """Signs of shock (WHO ETAT 2016: cold extremities with a fast weak pulse, low blood
        pressure, fainting): mottled skin, a faint, SBP below 90, HR 120 or more."""
        s = self.which("mottled_skin", "syncope")
        if self.v.sbp is not None and self.v.sbp < 90:
            s.append(f"SBP {self.v.sbp}")
        if self.pulse_above(119):
            s.append(f"HR {self.v.hr}")
        return s

    def pulse_above(self, adult_limit: int) -> bool:
        """The heart rate is above the adult limit, or for a child with a known age above NICE
        NG143's fast rate for that age (a toddler's 122 is not a fast pulse)."""
        if self.is_child and self.age_months is not None:
            return self.fast_pulse_for_age()
        return self.v.hr is not None and self.v.hr > adult_limit

    def fast_pulse_for_age(self) -> bool:
        """A child's heart rate above NICE NG143's fast rate for the age (False when the age or
        the rate is not known)."""
        hr, months = self.v.hr, self.age_months
        if hr is None or months is None:
            return False
        return hr > next(limit for below, limit in _FAST_HR_BY_AGE if months < below)

    def shock_index_high(self) -> bool:
        """The pulse above the systolic pressure (shock index over 1; BSG 2019 Acute lower GI
        bleeding: haemodynamically unstable), in an adult, both measured."""
        hr, sbp = self.v.hr, self.v.sbp
        return not self.is_child and hr is not None and bool(sbp) and hr > sbp

    def instability_signs(self) -> list[str]:
        """Signs that the circulation is failing: those of shock, else a pulse above the
        systolic pressure (shock index over 1)."""
        if shock := self.shock_signs():
            return shock
        return [f"HR {self.v.hr} > SBP {self.v.sbp}"] if self.shock_index_high() else []

    def blood_loss_signs(self) -> list[str]:
        """Signs that bleeding is costing blood (NICE CKS GI bleeding, anticoagulation): feeling
        dizzy or faint, pallor, SBP below 100, HR over 100."""
        s = self.which("dizziness", "syncope", "pale")
        if self.v.sbp is not None and self.v.sbp < 100:
            s.append(f"SBP {self.v.sbp}")
        if self.pulse_above(100):
            s.append(f"HR {self.v.hr}")
        return s

    def benign_noises(self) -> set[str]:
        """Breathing signs a benign pattern explains, when nothing else is wrong: a blue spell
        or a pause in a child's breath-holding spell that ended (NICE CKS Breath-holding
        spells), the stridor of laryngomalacia in a thriving baby (RCH 2020 Stridor), the purple of
        chilblains (NICE CKS)."""
        explained: set[str] = set()
        if self.has("q_ongoing") or self.has("chest_indrawing", "severe_dyspnoea", "grunting"):
            return explained
        if self.has("breath_holding_spell") and self.has("q_symptom_free_now"):
            # (told as over: 几秒就缓过来了, "then fine"; a spell may end limp for a few seconds)
            explained |= {"cyanosis", "apnoea", "lethargy"}
        if self.has("stridor_since_birth") and not self.has("cyanosis", "apnoea", "poor_feeding"):
            explained.add("stridor")
        # NICE CKS Croup: stridor only when upset, none at rest, is mild croup
        if self.has("stridor_when_upset") and not self.has("cyanosis", "lethargy", "drowsy"):
            explained.add("stridor")
        # NICE CKS Chilblains: purple, swollen, itchy fingers or toes are the chilblains' own
        # colour, not cyanosis, when the breathing and the saturation are not in question.
        spo2_ok = self.v.spo2 is None or self.v.spo2 >= 94
        if self.has("chilblains") and spo2_ok and not self.has("dyspnoea", "apnoea"):
            explained.add("cyanosis")
        return explained

    def denied(self, code: str) -> bool:
        """The text says the concept is absent."""
        return self._status.get(code) == ABSENT

    def past(self, *codes: str) -> bool:
        """Any of the concepts is told as history only (五年前中过风), not as present."""
        return any(self._status.get(c) == HISTORY for c in codes)

    def known(self, *codes: str) -> bool:
        """The text said something (present, absent, uncertain, past) about any of the concepts."""
        return any(c in self._status for c in codes)

    def severe(self, *codes: str) -> bool:
        """Any of the present concepts was qualified as severe."""
        return any(c in self.facts.severe and self.has(c) for c in codes)

    def mild(self, *codes: str) -> bool:
        """Any of the present concepts was qualified as mild."""
        return any(c in self.facts.mild and self.has(c) for c in codes)

    def sudden(self, *codes: str) -> bool:
        """Any of the present concepts had a sudden onset."""
        return any(c in self.facts.sudden and self.has(c) for c in codes)

    def hours(self, code: str) -> float | None:
        """How long the concept has lasted, in hours, if stated."""
        return self._durations.get(code)

    def present_codes(self) -> list[str]:
        """All concepts present or suspected."""
        return [c for c, s in self.facts.findings if s in (PRESENT, UNCERTAIN)]

    # --- who ------------------------------------------------------------------------------
    @property
    def age_years(self) -> float | None:
        """Age in years from the text or record, None if unknown."""
        if self.facts.age_days is None:
            return None
        return self.facts.age_days / 365.0

    @property
    def age_months(self) -> float | None:
        """Age in months; a neonate without a stated age counts as 0.5 months."""
        if self.facts.age_days is not None:
            return self.facts.age_days / 30.4
        if self.facts.age_hint == "neonate":
            return 0.5
        return None

    @property
    def is_child(self) -> bool:
        """Under 15 (the paediatric rules apply), or called a child/infant without an age."""
        if self.facts.age_days is not None:
            return self.facts.age_days < 15 * 365
        return self.facts.age_hint in ("neonate", "infant", "child")

    @property
    def under5(self) -> bool:
        """Age under 5 years (WHO IMCI), or an infant/neonate without a stated age."""
        if self.facts.age_days is not None:
            return self.facts.age_days < 5 * 365
        return self.facts.age_hint in ("neonate", "infant")

    def months_below(self, months: float) -> bool:
        """Known to be younger than the given number of months."""
        m = self.age_months
        return m is not None and m < months

    @property
    def is_adult(self) -> bool:
        """Not a child (unknown age counts as adult)."""
        return not self.is_child

    @property
    def female(self) -> bool:
        """Sex female (from text or record)."""
        return self.facts.sex == "female"

    @property
    def pregnant(self) -> bool:
        """Pregnant or possibly pregnant; never a male or a child under 10 (a "pregnancy" told
        in their consultation is someone else's: their mother's iron tablets, a sister's)."""
        if self.facts.sex == "male":
            return False
        if self.age_years is not None and self.age_years < 10:
            return False
        # Contractions with the waters gone are labour, whatever the record says (a pregnancy
        # concealed or never known: NICE CKS, RCOG): the pregnancy rules apply.
        return bool(self.facts.pregnant) or (self.has("contractions") and self.has("leaking_fluid"))

    # --- vitals ---------------------------------------------------------------------------
    @property
    def fever(self) -> bool:
        """Fever: measured >= 38.0 °C, or reported fever without a normal reading."""
        t = self.v.temp_c
        if t is not None:
            return t >= 38.0 or (t >= 37.3 and self.has("fever"))
        return self.has("fever")

    @property
    def low_grade_fever(self) -> bool:
        """Fever, or a reading of 37.5 °C or more: the evening low fever of TB (肺结核基层诊疗
        指南 2018: 午后低热) that the fever rules would not count."""
        return self.fever or (self.v.temp_c is not None and self.v.temp_c >= 37.5)

    def fever_trigger(self) -> list[str]:
        """What showed the fever: the word told, else the reading ("T 37.8")."""
        if self.has("fever") or self.v.temp_c is None:
            return ["fever"]
        return [f"T {self.v.temp_c:g}"]

    @property
    def hfmd(self) -> bool:
        """Hand, foot and mouth disease, named or described (rash on hands or feet with mouth
        sores, 手足口病诊疗指南2018 §临床表现)."""
        return self.has("hfmd") or (self.has("hand_foot_rash") and self.has("mouth_ulcer"))

    @property
    def birth_weight_lost_pct(self) -> float | None:
        """Per cent of the birth weight lost by today's weighing, None when not both told."""
        birth, today = self.v.birth_weight_g, self.v.weight_g
        if birth is None or today is None or today >= birth:
            return None
        return (birth - today) * 100 / birth

    @property
    def silica_gel_eaten(self) -> list[str]:
        """A desiccant eaten that was told as silica gel (not toxic, TOXBASE): its triggers."""
        if self.has("silica_eaten"):
            return self.which("silica_eaten")
        return self.which("silica_gel") if self.has("desiccant_eaten") else []

    @property
    def altered_mental(self) -> bool:
        """New confusion, drowsiness, unresponsiveness or GCS below 15."""
        return self.has("confusion", "drowsy", "unconscious") or (
            self.v.gcs is not None and self.v.gcs < 15
        )

    @property
    def bp_high(self) -> tuple[int | None, int | None]:
        """(systolic, diastolic) as stated."""
        return self.v.sbp, self.v.dbp
