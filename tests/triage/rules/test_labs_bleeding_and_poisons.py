"""Unit guards, in wordings of their own, for what held-out rounds 49-50 taught: laboratory
values phoned back (an INR after a word or two, creatinine against the patient's own earlier
value), bleeding on antithrombotics and after a medical abortion, a retained tampon, and
household poisons weighed by what was swallowed or breathed (bleach, chlorine, iron tablets,
paracetamol taken too often)."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

E, U = Level.EMERGENCY, Level.URGENT


def _codes(texts, patient=None):
    return {f.code for f in assess(texts, patient).red_flags}


def _adult(sex="female", years=40, **kw):
    return PatientContext(age_days=years * 365, sex=sex, **kw)


def _child(years, sex="male"):
    return PatientContext(age_days=years * 365, sex=sex)


# --- laboratory values -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "inr"),
    [
        ("化验室打电话 INR结果出来了 9.1", 9.1),
        ("她的INR回来了 6.2", 6.2),
        ("INR came back 7.5 this afternoon", 7.5),
        ("INR back 5.4", 5.4),
    ],
)
def test_an_inr_is_read_after_a_word_or_two(text, inr):
    assert extract_facts(text).vitals.inr == inr


@pytest.mark.parametrize(
    ("texts", "before", "now"),
    [
        (["老李 平时肌酐一直100左右", "这次拉肚子三天 抽血肌酐180"], 100, 180),
        (["复查肌酐176 上次才98"], 98, 176),
        (["creatinine 210 today, baseline 120"], 120, 210),
        (["creat 155, was 90 in the spring"], 90, 155),
    ],
)
def test_creatinine_rising_half_again_over_its_baseline_is_same_day(texts, before, now):
    facts = [extract_facts(t) for t in texts]
    assert facts[-1].vitals.creatinine == now
    assert any(f.vitals.creatinine_before == before for f in facts)
    assert "aki_creatinine" in _codes(texts, _adult("male", 66))


@pytest.mark.parametrize(
    "texts",
    [
        ["慢性肾病 肌酐平时一直150左右 今天抽血160 没有不舒服"],
        ["creat 140, his usual is about 130, feels fine"],
        ["creatinine 2.1 (was 150 last year)"],  # mg/dL against umol/L: not compared
    ],
)
def test_creatinine_near_its_usual_level_is_not_kidney_injury(texts):
    assert "aki_creatinine" not in _codes(texts, _adult("male", 70))


# --- bleeding on antithrombotics -----------------------------------------------------------


def test_bleeding_on_a_p2y12_inhibitor_is_reviewed_the_same_day():
    texts = ["去年放了支架 一直吃替格瑞洛和阿司匹林", "这两天小便是红的 能尿出来"]
    assert assess(texts, _adult("male", 62)).level is U
    assert "antiplatelet_bleeding" in _codes(texts, _adult("male", 62))
    english = ["on clopidogrel since his stent, passing blood in his urine since this morning"]
    assert "antiplatelet_bleeding" in _codes(english, _adult("male", 70))


def test_aspirin_alone_with_a_nosebleed_is_not_the_antiplatelet_rule():
    assert "antiplatelet_bleeding" not in _codes(["takes aspirin 75, had a nosebleed, stopped"])


@pytest.mark.parametrize(
    "texts",
    [
        ["on rivaroxaban, peeing blood with clots, now can't pass urine at all since noon"],
        ["吃华法林 尿里有血块 从早上到现在尿不出来"],
    ],
)
def test_blood_in_the_urine_with_retention_is_clot_retention(texts):
    assert assess(texts, _adult("male", 75)).level is E


@pytest.mark.parametrize(
    "text",
    ["urine has been bright red since yesterday", "noticed pink urine twice", "peeing blood"],
)
def test_visible_blood_in_the_urine_told_plainly(text):
    assert ("haematuria", "present") in extract_facts(text).findings


# --- genital organs ---------------------------------------------------------------------------


def test_a_blackened_crackling_scrotum_with_fever_is_necrotising_infection():
    texts = ["糖尿病 阴囊红肿四天 今天皮肤发黑了", "发烧39度 按着咯吱响"]
    assert "necrotising_soft_tissue_infection" in _codes(texts, _adult("male", 58))
    assert assess(texts, _adult("male", 58)).level is E


def test_a_retained_tampon_is_removed_today_and_toxic_shock_is_an_emergency():
    plain = ["forgot a tampon for 4 days, smelly discharge, feels ok"]
    assert assess(plain, _adult(years=24)).level is U
    shock = ["棉条忘了取 三四天了", "发烧39度 身上起了红疹子 还拉肚子"]
    assert "possible_toxic_shock" in _codes(shock, _adult(years=19))
    assert assess(shock, _adult(years=19)).level is E


def test_a_fear_of_poisoning_is_not_a_poisoning():
    assert ("poisoning", "absent") in extract_facts("没什么不舒服 就是怕中毒").findings


# --- after a medical abortion -----------------------------------------------------------------


def test_soaking_two_pads_an_hour_with_faintness_after_abortion_pills_is_haemorrhage():
    texts = ["took mifepristone and misoprostol at home", "soaking 2 pads an hour, dizzy, pale"]
    patient = _adult(years=25, pregnant=True)
    assert "post_abortion_haemorrhage" in _codes(texts, patient)
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    "texts",
    [
        ["吃了流产药 今天出血比月经多 有血块", "肚子一阵阵疼 吃了布洛芬好些 不发烧 不晕"],
        ["medical abortion, misoprostol today, bleeding with clots and cramps, paracetamol helps"],
    ],
)
def test_a_medical_abortion_taking_its_course_is_not_an_emergency(texts):
    assert assess(texts, _adult(years=29, pregnant=True)).level is not E


def test_a_pad_every_two_hours_is_not_heavy_bleeding():
    findings = dict(extract_facts("soaking a pad every 2 hours").findings)
    assert "heavy_bleeding" not in findings
    assert dict(extract_facts("soaking a pad every hour").findings)["heavy_bleeding"] == "present"


# --- readings that were wrong ---------------------------------------------------------------


def test_a_negative_pregnancy_test_and_a_period_not_late():
    facts = extract_facts("月经没推迟 验孕棒阴性")
    assert ("missed_period", "present") not in facts.findings
    assert not facts.pregnant
    assert not extract_facts("pregnancy test negative").pregnant


def test_a_denied_sudden_onset():
    assert extract_facts("左边睾丸疼 不是一下子疼的 慢慢疼起来的").sudden == frozenset()
    assert "testicular_pain" in extract_facts("睾丸突然疼").sudden


def test_a_blood_pressure_after_a_vomit_is_not_blood_in_the_vomit():
    findings = dict(extract_facts("吐了两回 能喝水 血压120/80").findings)
    assert "haematemesis" not in findings


def test_a_boys_consultation_never_makes_him_pregnant():
    texts = ["4岁男孩 偷吃了他妈的孕妇维生素 不知道多少"]
    assert "pregnancy_warning" not in _codes(texts, _child(4))


@pytest.mark.parametrize(
    ("text", "grams"),
    [("she's 18kg", 18000), ("5岁 19公斤", 19000), ("3 yrs old, 14 kg", 14000)],
)
def test_a_childs_weight_in_kilograms(text, grams):
    assert extract_facts(text).vitals.weight_g == grams


def test_a_cough_that_stopped_is_gone():
    assert ("cough", "absent") in extract_facts("cough stopped after a few minutes").findings


# --- household poisons ------------------------------------------------------------------------


def test_a_sip_of_bleach_without_symptoms_is_advice_today():
    assert assess(["took a sip of diluted bleach by mistake, spat it out, feels fine"]).level is U
    assert assess(["误喝了一小口84 马上漱口了 没有不舒服"], _adult()).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        (["drank some bleach, drooling and can't swallow"], _adult()),
        (["喝了一口漂白水 现在嗓子疼 咽不下去 声音哑了"], _adult()),
        (["孩子喝了消毒水"], _child(3)),  # a child, an amount nobody can tell
    ],
)
def test_bleach_with_a_burn_or_in_a_child_of_unknown_amount_is_an_emergency(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (
            ["mixed bleach with a toilet cleaner, coughed for a minute", "cough settled, fine now"],
            None,
        ),
        (["84和洁厕灵混在一起用了 现在还在咳 胸口发紧"], U),
        (["mixed bleach and toilet cleaner, very short of breath, sats 89"], E),
    ],
)
def test_chlorine_breathed_in_is_graded_by_what_goes_on(texts, level):
    hits = _codes(texts, _adult(years=50))
    got = assess(texts, _adult(years=50)).level
    if level is None:
        assert got < U
    else:
        assert got is level
    assert "acs_chest_pain" not in hits


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # 3 x 200 mg ferrous sulphate in 18 kg: about 11 mg/kg of iron, no treatment
        (["5 yr old ate 3 of mum's ferrous sulphate 200mg tablets, she's 18kg, well"], None),
        # 6 x 0.3 g in 15 kg: about 40 mg/kg, hospital assessment today
        (["3岁 15公斤 偷吃了奶奶的硫酸亚铁 0.3克的 少了6片", "没吐 在玩"], U),
        (["toddler ate some iron tablets, now vomiting and tummy pain"], E),
        (["孩子吃了补铁药 不知道吃了几片 没吐"], E),  # an unknown amount
    ],
)
def test_a_childs_iron_tablets_by_dose_and_symptoms(texts, expected):
    got = assess(texts, _child(3)).level
    if expected is None:
        assert got < U
    else:
        assert got is expected


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["牙疼 吃着泰诺林 又喝了感冒灵", "没有不舒服"], U),
        (["paracetamol 1g every 3 hours for two days for back pain", "now nausea and vomiting"], E),
        (["扑热息痛吃了两天 一天吃五六次 今天右上腹疼"], E),
    ],
)
def test_paracetamol_too_often_or_doubled_is_a_staggered_overdose(texts, level):
    assert assess(texts, _adult("male", 35)).level is level
    assert "paracetamol_staggered_overdose" in _codes(texts, _adult("male", 35))


def test_a_usual_paracetamol_dose_is_not_an_overdose():
    texts = ["took paracetamol 1g this morning for a headache, now better"]
    assert "paracetamol_staggered_overdose" not in _codes(texts, _adult())


def test_a_concept_told_in_chinese_only_never_matches_english_text():
    findings = dict(extract_facts("a runny nose and a cough since Monday").findings)
    assert "heavier_than_period" not in findings
    assert ("heavier_than_period", "present") in extract_facts("出血比月经多").findings
