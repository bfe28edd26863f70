"""Bleeding and the blood: a bleed in someone with haemophilia or von Willebrand disease, a
fever without a working spleen, blood blisters in the mouth (very low platelets), and bleeding
inside the abdomen told by shoulder-tip pain and blood loss.

Each rule cites the guideline it comes from (see sources.py for the full reference).
"""

from __future__ import annotations

from . import sources as S
from .case import Case
from .hits import Hit, hit, same_day_hits
from .values import Level

E, U = Level.EMERGENCY, Level.URGENT

# WFH 2020 §7: the bleeds that threaten life or a limb in haemophilia.
_CRITICAL_BLEED = (
    "head_injury", "headache", "unable_to_drink", "dyspnoea", "stridor", "abdominal_pain",
    "groin_pain", "haematemesis", "melaena",
)  # fmt: skip
# WFH 2020 §7: a joint or muscle bleed, or bleeding that goes on.
_OTHER_BLEED = (
    "joint_pain", "hot_swollen_joint", "rapid_joint_swelling", "bleeding", "nosebleed",
    "haematuria", "bruise", "heavy_period", "vaginal_bleeding",
)  # fmt: skip


def evaluate(c: Case) -> list[Hit]:
    """All rules of this family that fire for this case."""
    out: list[Hit] = []
    for rule in (
        _bleeding_disorder, _asplenia_fever, _sickle_pain, _wet_purpura, _haemoperitoneum,
        _blasts_on_film, _unstable_bleed,
    ):  # fmt: skip
        out.extend(rule(c))
    return out


def _bleeding_disorder(c: Case) -> list[Hit]:
    if not c.has("bleeding_disorder"):
        return []
    critical = c.which(*_CRITICAL_BLEED)
    lost = c.blood_loss_signs()
    other = c.which(*_OTHER_BLEED)
    if critical or (lost and other):
        return [
            hit(
                E,
                "bleeding_disorder_critical_bleed",
                "血友病/血管性血友病：头部外伤、颈咽、腹部或腹股沟出血，或出血伴失血表现（立即补因子，打120）",
                "Haemophilia or von Willebrand disease with a head injury, a bleed in the neck, "
                "abdomen or groin, or bleeding with signs of blood loss (factor now, call 120)",
                ["bleeding_disorder", *critical, *other, *lost],
                S.HAEMOPHILIA_BLEED,
                ("call_120",),
            )
        ]
    if other:
        return [
            hit(
                U,
                "bleeding_disorder_bleed",
                "血友病/血管性血友病关节、肌肉或其他出血（2小时内补因子，当天到血友病中心）",
                "Joint, muscle or other bleed in haemophilia or von Willebrand disease (factor "
                "within 2 hours; same day)",
                ["bleeding_disorder", *other],
                S.HAEMOPHILIA_BLEED,
                ("see_doctor_today",),
            )
        ]
    return []


def _asplenia_fever(c: Case) -> list[Hit]:
    # BSH 2011: sickle cell disease leaves no working spleen (NICE CG143: a fever in sickle
    # cell disease is assessed at once).
    spleen = c.which("asplenia", "sickle_cell")
    if not spleen or not c.fever:
        return []
    return [
        hit(
            E,
            "asplenia_fever",
            "脾切除/无脾者（含镰状细胞病）发热（警惕凶险感染，立即用抗生素，打120）",
            "Fever without a working spleen, sickle cell disease included (possible "
            "overwhelming infection: call 120)",
            [*spleen, "fever"],
            S.ASPLENIA_FEVER,
            ("call_120",),
        )
    ]


_SICKLE_PAIN = (
    "back_pain", "muscle_pain", "joint_pain", "chest_pain", "abdominal_pain", "calf_pain",
    "rib_pain", "pain_uncontrolled", "pain_behaviour",
)  # fmt: skip


def _sickle_pain(c: Case) -> list[Hit]:
    # NICE CG143 (2012) Sickle cell disease, acute painful episode: pain that the person's
    # usual home analgesia does not control needs hospital assessment and analgesia within
    # 30 minutes of arriving: the same day, now (chest pain with fever or breathlessness is
    # acute chest syndrome, the emergency rules').
    if not c.has("sickle_cell"):
        return []
    pain = c.which(*_SICKLE_PAIN)
    if not pain:
        return []
    return [
        hit(
            U,
            "sickle_cell_pain",
            "镰状细胞病疼痛发作（家中止痛不缓解：立即去医院止痛评估）",
            "Sickle cell painful episode (not controlled at home: hospital analgesia and "
            "assessment now)",
            ["sickle_cell", *pain],
            S.SICKLE_PAIN,
            ("see_doctor_today",),
        )
    ]


def _wet_purpura(c: Case) -> list[Hit]:
    if not c.has("wet_purpura"):
        return []
    going_on = c.which("nosebleed", "gum_bleeding", "bleeding", "headache", "haematuria", "melaena")
    return [
        hit(
            E if going_on else U,
            "wet_purpura",
            "口腔血泡（血小板极低）"
            + ("伴出血不止或头痛（打120）" if going_on else "（当天查血常规）"),
            "Blood blisters in the mouth (very low platelets)"
            + (
                " with bleeding that goes on or a headache (call 120)"
                if going_on
                else " (blood count today)"
            ),
            ["wet_purpura", *going_on],
            S.WET_PURPURA,
            ("call_120",) if going_on else ("see_doctor_today",),
        )
    ]


def _haemoperitoneum(c: Case) -> list[Hit]:
    pain = c.which("abdominal_pain", "epigastric_pain", "rlq_pain")
    lost = c.blood_loss_signs()
    if not pain or not c.has("shoulder_tip_pain") or len(lost) < 2:
        return []
    return [
        hit(
            E,
            "bleeding_into_abdomen",
            "腹痛伴肩尖痛和失血表现（疑腹腔内出血：脾破裂或宫外孕破裂，打120）",
            "Abdominal pain with shoulder-tip pain and signs of blood loss (possible bleeding "
            "inside the abdomen: call 120)",
            [*pain, "shoulder_tip_pain", *lost],
            S.HAEMOPERITONEUM,
            ("call_120", "nil_by_mouth"),
        )
    ]


# Bleeding told as going on now, from wherever it comes.
_ACTIVE_BLEED = (
    "bloody_stool", "haematuria", "vaginal_bleeding", "heavy_bleeding", "bleeding", "nosebleed",
    "heavy_period",
)  # fmt: skip


def _unstable_bleed(c: Case) -> list[Hit]:
    # BSG 2019 Acute lower GI bleeding / NICE NG39 (shock): bleeding with signs of shock, or
    # with a pulse above the systolic pressure (shock index over 1), is haemodynamically
    # unstable: resuscitate and transfer, whatever the source (after a polypectomy, a TURP, a
    # miscarriage).
    bleed = c.which(*_ACTIVE_BLEED)
    unstable = c.instability_signs()
    if not bleed or not unstable:
        return []
    return [
        hit(
            E,
            "bleeding_with_instability",
            "出血伴休克征象或心率高于收缩压（休克指数>1，血流动力学不稳定，打120）",
            "Bleeding with signs of shock or a pulse above the systolic pressure (shock index "
            "over 1: unstable, call 120)",
            [*bleed, *unstable],
            S.UNSTABLE_BLEED,
            ("call_120",),
        )
    ]


def _blasts_on_film(c: Case) -> list[Hit]:
    # NICE NG12 §1.11: a count or film suggesting acute leukaemia: specialist assessment today
    # (bleeding, sepsis or breathlessness with it are their own rules' emergencies).
    return same_day_hits(
        [
            (
                c.has("blasts_on_film"),
                "suspected_acute_leukaemia",
                "血涂片见幼稚/原始细胞（疑急性白血病，当天转血液科）",
                "Blast cells on the blood film (suspected acute leukaemia: haematology today)",
                ["blasts_on_film", *c.which("gum_bleeding", "bruise", "fever", "fatigue")],
                S.ACUTE_LEUKAEMIA,
            )
        ]
    )
