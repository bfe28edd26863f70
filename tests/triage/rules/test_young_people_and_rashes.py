"""Unit guards, in wordings of their own, for what held-out rounds 61-62 taught: young people
(intent told in other words, self-harm, a concealed labour, nitrous oxide, isotretinoin, a
meningococcal contact) and rashes (skin that comes off, the glass test, scarlet fever, measles
described, chickenpox in those at risk, chilblains)."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

E, U = Level.EMERGENCY, Level.URGENT


def _person(years, sex="female", conditions=(), pregnant=None):
    return PatientContext(
        age_days=int(years * 365), sex=sex, chronic_conditions=conditions, pregnant=pregnant
    )


def _codes(texts, patient):
    return {f.code for f in assess(texts, patient).red_flags}


# --- young people ---


def test_a_plan_told_as_what_he_has_decided_is_suicidal_intent():
    texts = ["17岁男孩 最近把自己的东西都送给同学了", "说想好了今晚从楼顶跳下去 不想再活了"]
    assert assess(texts, _person(17, "male")).level is E


@pytest.mark.parametrize(
    "texts",
    [
        ["14F, teacher saw fresh cuts on her forearms, says it helps her cope"],
        ["15M says he keeps thinking about hurting himself, no plan"],
    ],
)
def test_self_harm_in_a_young_person_is_seen_today(texts):
    assert "self_harm" in _codes(texts, _person(15))


def test_contractions_with_the_waters_gone_are_labour_even_unknown_to_the_record():
    texts = [
        "17F tummy pains every 3 minutes, water gushed out at school",
        "says she needs to push",
    ]
    assert assess(texts, _person(17, pregnant=False)).level is E


def test_a_delusion_of_being_poisoned_is_psychosis_not_poisoning():
    texts = ["22M convinced his family are poisoning his drink, hearing voices, not aggressive"]
    codes = _codes(texts, _person(22, "male"))
    assert "poisoning" not in codes
    assert "acute_psychosis" in codes


def test_a_poisoning_posed_as_a_question_is_not_one():
    texts = ["吃了两片感冒药 过了两小时又吃了一片", "来问会不会中毒 没有不舒服"]
    assert assess(texts, _person(30)).level is not E


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["20M uses laughing gas every weekend, numb feet, unsteady"], "nitrous_oxide_neuropathy"),
        (["吃异维A酸半年 今天验孕阳性"], "isotretinoin_pregnancy"),
        (
            ["18M, his roommate was admitted with meningococcal sepsis, he's well"],
            "meningococcal_contact",
        ),
        (["19F missed 2 pills in the first week, UPSI last night"], "emergency_contraception"),
    ],
)
def test_time_bound_matters_for_young_people_are_seen_today(texts, code):
    assert code in _codes(texts, _person(19))


# --- rashes ---


def test_skin_that_comes_off_with_sore_mouth_after_a_new_drug_is_an_emergency():
    texts = ["吃卡马西平三周 全身发红起疱", "皮一碰就掉 嘴里溃烂"]
    assert assess(texts, _person(40)).level is E


def test_the_glass_test_told_in_words():
    texts = ["2yo fever 39.2, spots on legs, did the glass test and they don't fade"]
    assert assess(texts, _person(2)).level is E


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["6岁 发烧38.7 嗓子疼 嘴巴周围一圈发白 身上疹子摸着像砂纸"], "scarlet_fever"),
        (
            ["2yo unvaccinated, fever 4 days, cough and red eyes, rash started behind the ears"],
            "suspected_measles",
        ),
        (
            ["3 week old, mum has chickenpox, baby has a few small blisters now"],
            "chickenpox_at_risk",
        ),
    ],
)
def test_rashes_seen_the_same_day(texts, code):
    assert code in _codes(texts, _person(3))


def test_chilblains_are_not_cyanosis_or_fever():
    texts = ["每年冬天脚趾头红肿发紫 痒 烧得慌", "没破"]
    assert assess(texts, _person(50)).level is not E
    assert dict(extract_facts("每年冬天脚趾头红肿发紫 烧得慌").findings).get("fever") is None
