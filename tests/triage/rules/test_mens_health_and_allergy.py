"""Guards, in our own words, for the readings and rules of held-out rounds 75 and 76 (men's health
and the male urinary and genital tract; allergy and the reactions that reach a clinic). Each case
is written from the guideline the rule cites, not from a reviewer's case."""

import pytest

from triage.rules import Level, assess, extract_facts

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT
MAN = _patient(20075, "male")
BOY = _patient(4745, "male")


def _level(texts, patient=MAN):
    return assess(texts, patient).level


def _codes(texts, patient=MAN):
    return {f.code for f in assess(texts, patient).red_flags}


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        (["13岁男孩肚子疼了两个钟头，吐了一次", "一看左边蛋蛋比右边高一点，一碰就叫"], BOY),
        (["16M sickle cell, erection since 4am that won't go down, very sore"], BOY),
        (["58M did his alprostadil injection at 7am, still hard and painful at noon"], MAN),
        (["昨晚同房的时候咔的一声就软了，现在又肿又紫"], MAN),
        (["35M heard a pop during sex and lost his erection, now swollen and bent"], MAN),
        (
            ["4mo boy lump in R groin, usually pops back in but not today, vomiting"],
            _patient(120, "male"),
        ),
        (
            [
                "on apixaban, blood clots in his urine since last night",
                "only dribbling now, bladder full and sore",
            ],
            MAN,
        ),
        (
            [
                "lifted a wardrobe, back pain 3 days",
                "now numb round his bum and hasn't peed since this morning",
            ],
            MAN,
        ),
        (["以前有肾结石，今天右边腰疼又犯了", "打寒战，烧到39度"], MAN),
        (
            ["70M first ever 'kidney stone' pain, left side and back", "pale, BP 95/60"],
            _patient(25550, "male"),
        ),
    ],
)
def test_emergencies_of_the_male_genital_and_urinary_tract(texts, patient):
    # NICE CKS scrotal pain, EAU 2023 priapism, trauma and urolithiasis, NICE CKS renal colic
    # (a first colic over 60 may be an aneurysm), GIRFT cauda equina.
    assert _level(texts, patient) is E


def test_paraphimosis_is_an_emergency():
    # NICE CKS / EAU 2023: reduce at once; refer immediately when it cannot be reduced.
    assert _level(["包皮翻上去回不去了，头子肿得发亮"], BOY) is E
    assert _level(["81M foreskin pulled back at his catheter change and now won't go forward"]) is E


@pytest.mark.parametrize(
    "texts",
    [
        ["stung by a wasp 20 min ago, hives all over, vomiting again and again, cramping tummy"],
        ["peanut allergy, lips swelled, she used her EpiPen 10 min ago and feels fine now"],
        ["被蜜蜂蜇了，浑身起风团，吐了好几回，肚子绞着疼"],
    ],
)
def test_anaphylaxis_told_by_the_gut_or_by_adrenaline_already_given(texts):
    # WAO 2020 criterion 2; RCUK 2021: anyone given adrenaline goes to hospital.
    assert "anaphylaxis" in _codes(texts, _patient(9125, "female"))


def test_hives_after_a_sting_or_a_medicine_are_watched_today():
    # RCUK 2021 / NICE CG134.
    assert _level(["stung by a bee 30 min ago, now hives all over, breathing fine"]) is U
    assert _level(["输液十来分钟，胳膊上起了几块风团，痒，不喘"]) is U
    # bees' hives are not urticaria
    assert "hives_after_exposure" not in _codes(
        ["stung on the hand while checking the hives, red bump"]
    )


def test_words_of_these_rounds():
    assert (
        extract_facts("condom split last night, she is HIV positive").status("hiv_pep") == "present"
    )
    assert (
        extract_facts("a red line going up his leg from the sting").status("spreading_redness")
        == "present"
    )
    assert extract_facts("mouth full of sores, can't eat").status("mucosal_erosion") == "present"
    assert (
        extract_facts("burning peeing 2/7, going every hour").status("urinary_symptoms")
        == "present"
    )
