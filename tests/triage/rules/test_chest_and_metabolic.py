"""Guards for the readings and rules added after rounds 35 and 36 (chest pain, palpitations and
breathlessness; diabetes, endocrine, kidney and electrolytes): each same-day rule leaves its
emergency neighbour an emergency, and each reading stays narrow."""

from triage.rules import Level, PatientContext, assess, extract_facts

E, U, N = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT


def _adult(age: int, sex: str = "male") -> PatientContext:
    return PatientContext(age_days=age * 365, sex=sex)


def _codes(texts: list[str], patient: PatientContext) -> set[str]:
    return {flag.code for flag in assess(texts, patient).red_flags}


def test_a_word_with_yi_is_not_a_glucose_of_one():
    assert extract_facts("血糖一直20多 今早24.5").vitals.glucose is None
    assert extract_facts("血糖二十点五").vitals.glucose == 20.5


def test_not_worse_lying_down_keeps_its_denials():
    facts = extract_facts("no fever, not worse lying down or coughing")
    assert facts.status("cough") != "present"


def test_nice_cg95_resolved_episode():
    over = ["55 M chest pressure at 7am this morning for ~10 min while sitting", "no pain now"]
    assert assess(over, _adult(55)).level is E  # within 12 hours, no ECG: emergency
    assert assess([*over, "did ECG here, looks normal"], _adult(55)).level is U
    sweaty = ["前天晚上胸口痛 出了一身冷汗 现在不痛"]
    assert assess(sweaty, _adult(60)).level is U  # 12-72 hours ago: same day


def test_pericarditis_needs_a_pain_without_cardiac_features():
    peri = ["35 y male sharp central chest pain 2 days, worse lying flat, better sitting forward"]
    assert assess(peri, _adult(35)).level is U
    assert assess([*peri, "sweaty and pain goes to left arm"], _adult(35)).level is E


def test_panic_with_hyperventilation_only_when_young_and_known():
    panic = [
        "22F came in panicking, breathing fast, says chest tight and hands tingling",
        "had panic attacks before",
        "SpO2 99% HR 104",
    ]
    assert assess(panic, _adult(22, "female")).level is U
    assert assess(panic, _adult(52, "female")).level is E
    assert assess([panic[0], panic[2]], _adult(22, "female")).level is E


def test_suspected_stable_angina_is_same_day_unless_it_is_worse():
    stable = [
        "58M 3 wks tightness in chest walking briskly or uphill",
        "goes with 2-3 min rest, never at rest, not getting worse",
    ]
    assert assess(stable, _adult(58)).level is U
    worse = [stable[0], "goes with 2-3 min rest, getting worse this week"]
    assert assess(worse, _adult(58)).level is E


def test_an_uncomplicated_faint_only_under_65_with_a_trigger():
    faint = ["看到针头就晕了一下 倒下去几秒钟就醒了 现在没事了"]
    assert assess(faint, _adult(20, "female")).level is N
    assert assess(faint, _adult(70, "female")).level is U
    assert assess([*faint, "之前心慌"], _adult(20, "female")).level is E


def test_new_atrial_fibrillation_within_48_hours():
    af = ["59F palpitations since last night, pulse irregular 96, no chest pain, not dizzy"]
    assert "new_af_within_48h" in _codes(af, _adult(59, "female"))
    old = ["59F palpitations for 3 weeks, pulse irregular 96"]
    assert "new_af_within_48h" not in _codes(old, _adult(59, "female"))


def test_heart_block_with_a_faint_is_an_emergency():
    block = ["69F dizzy spells, ECG: second degree heart block mobitz ii, rate 50"]
    assert assess(block, _adult(69, "female")).level is U
    assert assess([*block, "fainted this morning"], _adult(69, "female")).level is E


def test_hypocalcaemia_after_thyroid_surgery():
    tingling = ["F 50, thyroidectomy 5 days ago", "tingling around lips and fingertips"]
    assert assess(tingling, _adult(50, "female")).level is U
    claws = ["lady 45, thyroid op 3 days ago", "hands cramping into claws"]
    assert assess(claws, _adult(45, "female")).level is E
    assert "hypocalcaemia_after_neck_surgery" not in _codes([tingling[1]], _adult(50, "female"))


def test_sglt2_with_vomiting_is_same_day():
    texts = ["女52 2型 吃恩格列净", "昨天开始恶心 吐了两回", "血糖8.9 不高"]
    assert "sglt2_unwell" in _codes(texts, _adult(52, "female"))


def test_urine_ketones_one_plus_are_not_ketoacidosis():
    texts = [
        "23M thirsty, lost 6kg in a month",
        "random glucose 22.4, urine ketone +, blood ketone 0.9",
    ]
    assert assess(texts, _adult(23)).level is U
    assert assess(["23M glucose 22.4, urine ketones 3+, vomiting"], _adult(23)).level is E


def test_a_hot_swollen_diabetic_foot():
    foot = ["57M T2DM with neuropathy, R foot swollen hot red for 1 wk", "skin intact no wound"]
    assert "possible_charcot_foot" in _codes(foot, _adult(57))
    assert "possible_charcot_foot" not in _codes(
        ["57M R foot swollen hot red for 1 wk"], _adult(57)
    )


def test_a_treated_mild_hypo_is_routine_but_not_on_a_sulfonylurea():
    insulin = ["打胰岛素的 昨晚运动后有点心慌出汗 测了3.5", "吃了几块糖十分钟后5.6 后面都好"]
    diabetes = PatientContext(age_days=60 * 365, sex="male", chronic_conditions=("2型糖尿病",))
    assert assess(insulin, diabetes).level is N
    sulfonylurea = ["吃格列美脲的 昨晚心慌出汗 测了3.5", "吃了几块糖十分钟后5.6 后面都好"]
    assert assess(sulfonylurea, diabetes).level is U
    assert assess(["打胰岛素的 测了3.5 还在出汗"], diabetes).level is U
