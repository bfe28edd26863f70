"""Women's health outside pregnancy: heavy menstrual bleeding with a faint or a fast pulse,
pelvic inflammatory disease, a Bartholin's abscess, and care after a sexual assault (pregnancy
and its complications are rules_pregnancy's).

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit
from .values import Level

E, U = Level.EMERGENCY, Level.URGENT


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    rules = (
        _bleeding_compromise,
        _sexual_assault,
        _emergency_contraception,
        _pid,
        _bartholin,
        _retained_tampon,
    )
    for rule in rules:
        out.extend(rule(c))
    return out


def _compromise(c: Case) -> list[str]:
    """The signs that bleeding is costing blood (Case.blood_loss_signs: a faint, SBP below 100,
    HR over 100) less dizziness and pallor, which are common with heavy periods alone."""
    return [s for s in c.blood_loss_signs() if s not in ("dizziness", "pale")]


def _bleeding_compromise(c: Case) -> list[Hit]:
    # NICE NG88 / CKS menorrhagia: acute heavy vaginal bleeding with a faint, a fast pulse or
    # low blood pressure needs emergency admission.
    if c.pregnant or not c.has("vaginal_bleeding"):
        return []
    signs = _compromise(c)
    if not signs:
        # NICE NG88: heavy periods with dizziness or pallor: a blood count the same day
        heavy = c.which("heavy_period", "heavy_bleeding")
        anaemic = c.which("dizziness", "pale", "syncope")
        if heavy and anaemic:
            return [
                hit(
                    U,
                    "heavy_bleeding_anaemia",
                    "月经量多伴头晕/面色苍白（当天查血常规）",
                    "Heavy periods with dizziness or pallor (blood count today)",
                    [*heavy, *anaemic],
                    S.HEAVY_MENSTRUAL,
                    ("see_doctor_today",),
                )
            ]
        return []
    return [
        hit(
            E,
            "vaginal_bleeding_compromise",
            "阴道大量出血伴晕厥/心率快/血压低",
            "Heavy vaginal bleeding with a faint, fast pulse or low blood pressure",
            ["vaginal_bleeding", *c.which("heavy_period", "heavy_bleeding"), *signs],
            S.HEAVY_MENSTRUAL,
            ("call_120", "lie_flat"),
        )
    ]


def _sexual_assault(c: Case) -> list[Hit]:
    # WHO 2020: after a sexual assault, emergency contraception (120 h) and HIV PEP (72 h)
    # make care the same day; heavy bleeding or a faint comes first.
    if not c.has("sexual_assault"):
        return []
    urgent_first = c.which("heavy_bleeding", "heavy_period") + _compromise(c)
    if c.has("vaginal_bleeding") and c.severe("vaginal_bleeding"):
        urgent_first.append("vaginal_bleeding")
    return [
        hit(
            E if urgent_first else U,
            "sexual_assault",
            "性侵害后（当天：紧急避孕、HIV暴露后预防、取证）"
            + ("，伴大量出血" if urgent_first else ""),
            "After a sexual assault (same day: emergency contraception, HIV PEP, evidence)"
            + (", with heavy bleeding" if urgent_first else ""),
            ["sexual_assault", *urgent_first],
            S.SEXUAL_ASSAULT,
            ("call_120",) if urgent_first else ("see_doctor_today",),
        )
    ]


def _emergency_contraception(c: Case) -> list[Hit]:
    # FSRH 2017: emergency contraception works best the sooner it is taken (levonorgestrel
    # within 72 hours, ulipristal or a copper IUD within 120): the same day. (After an assault
    # the sexual-assault rule says so; a girl under 14 is the safeguarding rules' too.)
    if c.facts.sex == "male" or not c.has("emergency_contraception") or c.has("sexual_assault"):
        return []
    since = c.hours("emergency_contraception")
    if since is not None and since > 120:
        return []  # "unprotected sex 3 weeks ago": past every method's window, a pregnancy test
    return [
        hit(
            U,
            "emergency_contraception",
            "需要紧急避孕（越早越好：左炔诺孕酮72小时内，当天处理）",
            "Emergency contraception needed (the sooner the better: levonorgestrel within 72 "
            "hours; today)",
            ["emergency_contraception"],
            S.EMERGENCY_CONTRACEPTION,
            ("see_doctor_today",),
        )
    ]


def _pid(c: Case) -> list[Hit]:
    # BASHH 2019 / NICE CKS: lower abdominal pain with abnormal discharge or pain on
    # intercourse, in a woman who is not pregnant, is PID until shown otherwise: treat the
    # same day.
    if c.facts.sex == "male" or c.pregnant or not c.has("abdominal_pain", "period_pain"):
        return []
    signs = c.which("vaginal_discharge", "dyspareunia")
    if not signs:
        return []
    return [
        hit(
            U,
            "pelvic_inflammatory_disease",
            "疑似盆腔炎（下腹痛伴白带异常/同房痛）",
            "Possible pelvic inflammatory disease (lower abdominal pain with discharge or pain on "
            "intercourse)",
            ["abdominal_pain", *signs, *(["fever"] if c.fever else [])],
            S.PID,
            ("see_doctor_today",),
        )
    ]


def _bartholin(c: Case) -> list[Hit]:
    # NICE CKS Bartholin's cyst: a painful swollen gland, one she cannot sit on, or one with
    # fever is an abscess: same-day referral for drainage. A painless cyst is routine.
    if c.facts.sex == "male" or not c.has("bartholin_lump"):
        return []
    signs = c.which("cannot_sit", "abscess", "large_swelling", "fluctuant") + (
        ["fever"] if c.fever else []
    )
    if not signs:
        return []
    return [
        hit(
            U,
            "bartholin_abscess",
            "疑似前庭大腺脓肿",
            "Possible Bartholin's abscess",
            ["bartholin_lump", *signs],
            S.BARTHOLIN,
            ("see_doctor_today",),
        )
    ]


def _retained_tampon(c: Case) -> list[Hit]:
    # NICE CKS Vaginal discharge (2023): a retained tampon is removed the same day (a foul
    # discharge is its usual sign). Fever with a rash, low blood pressure, vomiting or
    # diarrhoea, or confusion is toxic shock syndrome until shown otherwise (CDC case
    # definition 2011; UKHSA): hospital now.
    if c.facts.sex == "male" or not c.has("retained_tampon"):
        return []
    shock = c.which("rash", "vomiting", "diarrhoea", "confusion", "drowsy", "syncope")
    if c.v.sbp is not None and c.v.sbp < 90:
        shock.append(f"SBP {c.v.sbp}")
    if c.fever and shock:
        return [
            hit(
                E,
                "possible_toxic_shock",
                "棉条留置后发热伴皮疹/低血压/吐泻（疑似中毒性休克综合征）",
                "Fever with a rash, low blood pressure, vomiting or diarrhoea after a retained "
                "tampon (possible toxic shock syndrome)",
                ["retained_tampon", "fever", *shock],
                S.RETAINED_TAMPON,
                ("call_120",),
            )
        ]
    return [
        hit(
            U,
            "retained_tampon",
            "棉条/异物留在阴道内（当天取出，观察有无发热皮疹）",
            "A tampon or object left in the vagina (remove it today; watch for fever or rash)",
            ["retained_tampon", *c.which("vaginal_discharge"), *(["fever"] if c.fever else [])],
            S.RETAINED_TAMPON,
            ("see_doctor_today",),
        )
    ]
