"""Chronic disease reviews and TCM wording: each rule of round 25 fires where its guideline
says and not beside it."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient

E, U, N = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT


@pytest.mark.parametrize(
    ("texts", "age_years", "sex", "level"),
    [
        # JBDS-IP 2023: moderate ketones alone are same day; with vomiting, DKA.
        (["type 1, BG 19, blood ketones 2.0, feels ok, not vomiting"], 30, "male", U),
        (["type 1, BG 19, blood ketones 2.0, vomiting since morning"], 30, "male", E),
        # NPSA 2006: methotrexate daily.
        (["been taking her methotrexate every day instead of weekly"], 60, "female", U),
        (
            ["taking methotrexate every day for 10 days, now mouth ulcers and sore throat"],
            60,
            "female",
            E,
        ),
        (["methotrexate 15mg weekly, bloods fine"], 60, "female", N),
        # NICE CG185: a lithium level above range.
        (["lithium level 1.4, feels fine"], 45, "male", U),
        # NICE NG126 §1.4.3: spotting without pain before 6 weeks.
        (["停经5周，尿妊娠阳性，内裤上有一点点褐色分泌物，不痛"], 27, "female", N),
        (["怀孕10周，小腹隐隐作痛，有少量褐色分泌物"], 29, "female", U),
        # NICE NG88: heavy periods with dizziness.
        (["崩漏，一天换七八片卫生巾，头晕"], 48, "female", U),
        # NICE CKS: new jaundice with dark urine.
        (["目黄身黄三天，小便黄如浓茶，没胃口"], 42, "male", U),
        # NICE CG126: a known 胸痹 at its usual exertion, eased by its tablet.
        (["胸痹好多年，胸闷跟平常一样，爬三楼才发作，含药一两分钟就好"], 72, "male", N),
    ],
)
def test_reviews_and_tcm(texts, age_years, sex, level):
    assert assess(texts, probe_patient(age_years * 365, sex)).level is level
