"""Infections caught from animals, fields and water that China's primary care still sees:
cutaneous anthrax and scrub typhus (an eschar), avian influenza after live poultry,
leptospirosis after paddy or flood water, and acute schistosomiasis after lake water.

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

E, U = Level.EMERGENCY, Level.URGENT

# Leptospirosis gone severe (Weil's disease, pulmonary haemorrhage): WHO 2003.
_WEIL = ("jaundice", "reduced_urine", "haemoptysis", "bleeding", "dyspnoea", "confusion")
# Acute schistosomiasis after lake water: the fever comes with these (WS 261-2006).
_KATAYAMA = ("hives", "itch", "rash", "cough", "diarrhoea", "ruq_pain", "abdominal_pain")


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    rules = (_eschar, _avian_influenza, _leptospirosis, _schistosomiasis, _tick_fever, _malaria)
    for rule in rules:
        out.extend(rule(c))
    return out


def _eschar(c: Case) -> list[Hit]:
    # 炭疽诊疗方案 2023: a black eschar after sick or dead livestock is cutaneous anthrax
    # (same day: isolate, report, antibiotics); with fever or spreading oedema it is severe.
    # 恙虫病防治技术指南 / WHO SEARO 2019: an eschar with fever is scrub typhus (doxycycline
    # the same day).
    if not c.has("eschar"):
        return []
    if c.has("livestock_exposure"):
        severe = (["fever"] if c.fever else []) + c.which("large_swelling", "oedema")
        return [
            hit(
                E if severe else U,
                "cutaneous_anthrax",
                "疑似皮肤炭疽（接触病死牲畜后黑色焦痂）" + ("，伴发热/广泛水肿" if severe else ""),
                "Possible cutaneous anthrax (black eschar after sick or dead livestock)"
                + (", with fever or spreading oedema" if severe else ""),
                ["eschar", "livestock_exposure", *severe],
                S.ANTHRAX,
                ("call_120",) if severe else ("see_doctor_today",),
            )
        ]
    if not c.fever:
        return []
    return [
        hit(
            U,
            "scrub_typhus",
            "疑似恙虫病（发热伴焦痂）",
            "Possible scrub typhus (fever with an eschar)",
            ["eschar", "fever"],
            S.SCRUB_TYPHUS,
            ("see_doctor_today",),
        )
    ]


def _avian_influenza(c: Case) -> list[Hit]:
    # 人感染H7N9禽流感诊疗方案 2017: a fever (an influenza-like illness) within 10 days of live
    # poultry is a suspected case (report and refer the same day); breathlessness or cyanosis
    # is severe. A cough without fever is not a suspected case.
    if not (c.has("poultry_exposure") and c.fever):
        return []
    severe = c.which("dyspnoea", "severe_dyspnoea", "cyanosis")
    if c.v.spo2 is not None and c.v.spo2 < 94:
        severe.append(f"SpO2 {c.v.spo2}%")
    return [
        hit(
            E if severe else U,
            "avian_influenza",
            "疑似人感染禽流感（接触活禽后发热/咳嗽）" + ("，伴呼吸困难" if severe else ""),
            "Possible avian influenza (fever or cough after live poultry)"
            + (", with breathlessness" if severe else ""),
            ["poultry_exposure", *c.which("fever", "cough", "sore_throat"), *severe],
            S.AVIAN_FLU,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]


def _leptospirosis(c: Case) -> list[Hit]:
    # WHO 2003: fever with calf pain or red eyes after paddy or flood water is leptospirosis
    # (antibiotics the same day); jaundice, little urine, bleeding, blood in the sputum or
    # breathlessness is severe disease.
    if not (c.has("paddy_exposure") and c.fever and c.has("calf_pain", "red_eye")):
        return []
    severe = c.which(*_WEIL)
    return [
        hit(
            E if severe else U,
            "leptospirosis",
            "疑似钩端螺旋体病（下田/洪水后发热伴小腿痛/眼红）" + ("，重症" if severe else ""),
            "Possible leptospirosis (fever with calf pain or red eyes after paddy or flood water)"
            + (", severe" if severe else ""),
            ["paddy_exposure", "fever", *c.which("calf_pain", "red_eye"), *severe],
            S.LEPTOSPIROSIS,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]


def _schistosomiasis(c: Case) -> list[Hit]:
    # WS 261-2006: lake or marsh water, then fever with hives, cough, diarrhoea or a tender
    # liver, is acute schistosomiasis: assessment the same day.
    if not (c.has("lake_exposure") and c.fever):
        return []
    signs = c.which(*_KATAYAMA)
    if not signs:
        return []
    return [
        hit(
            U,
            "acute_schistosomiasis",
            "疑似急性血吸虫病（接触疫水后发热）",
            "Possible acute schistosomiasis (fever after lake water)",
            ["lake_exposure", "fever", *signs],
            S.SCHISTOSOMIASIS,
            ("see_doctor_today",),
        )
    ]


def _tick_fever(c: Case) -> list[Hit]:
    # 发热伴血小板减少综合征诊疗方案 2023: fever after a tick bite is suspected SFTS (blood count
    # and report today); bleeding, drowsiness or confusion is severe.
    if not (c.has("tick_bite") and c.fever) or c.has("eschar"):
        return []
    severe = c.which("bleeding", "gum_bleeding", "drowsy", "confusion", "unconscious")
    return [
        hit(
            E if severe else U,
            "tick_borne_fever",
            "蜱虫叮咬后发热（疑似发热伴血小板减少综合征，当天查血常规并报告）"
            + ("，伴出血或意识改变" if severe else ""),
            "Fever after a tick bite (possible SFTS; blood count and report today)"
            + (", with bleeding or drowsiness" if severe else ""),
            ["tick_bite", "fever", *severe],
            S.SFTS,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]


def _malaria(c: Case) -> list[Hit]:
    # WHO 2023: fever after a malaria-endemic country is tested the same day; confusion,
    # jaundice, breathlessness or bleeding is severe malaria.
    if not (c.has("malaria_travel") and c.fever):
        return []
    severe = c.which("confusion", "drowsy", "unconscious", "jaundice", "dyspnoea", "bleeding")
    return [
        hit(
            E if severe else U,
            "possible_malaria",
            "疟疾流行区回来后发热（当天查疟原虫）" + ("，伴重症表现" if severe else ""),
            "Fever after a malaria-endemic country (malaria test today)"
            + (", with signs of severe malaria" if severe else ""),
            ["malaria_travel", "fever", *severe],
            S.MALARIA_TRAVEL,
            ("call_120",) if severe else ("see_doctor_today",),
        )
    ]
