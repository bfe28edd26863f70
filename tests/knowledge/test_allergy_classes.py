"""Drug allergy classes of allergy_classes.yaml (safety review, section A). Pure: no database.

Each test names the gap it closes; the inputs are the reviewer's probes. Chinese names match as
substrings, so every new class or stem also has a test that a look-alike does not fire.
"""

from __future__ import annotations

import pytest

from knowledge import safety


def _found(allergy: str, medicine: str) -> list[tuple[str, str]]:
    return [(c.code, c.severity) for c in safety.allergy_conflicts([medicine], [allergy])]


BLOCK = [("allergy", "block")]
WARN = [("allergy", "warn")]
CROSS_WARN = [("allergy_cross_reactivity", "warn")]


# ---------------------------------------------------------------------------------------------
# Item 2: classes that were missing
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [
        ("链霉素", "庆大霉素"),
        ("庆大霉素", "硫酸阿米卡星注射液"),
        ("氨基糖苷类", "硫酸依替米星注射液"),
        ("gentamicin", "tobramycin"),
    ],
)
def test_an_aminoglycoside_allergy_blocks_the_other_aminoglycosides(allergy, medicine):
    assert _found(allergy, medicine) == BLOCK


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [("林可霉素", "克林霉素磷酸酯"), ("克林霉素", "盐酸林可霉素注射液")],
)
def test_lincomycin_and_clindamycin_allergies_cross(allergy, medicine):
    assert _found(allergy, medicine) == BLOCK


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [
        ("阿司匹林", "安乃近"),
        ("去痛片", "安乃近"),
        ("阿司匹林", "去痛片"),
        ("安乃近", "布洛芬"),
        ("布洛芬", "散利痛"),
    ],
)
def test_pyrazolones_count_as_nsaids(allergy, medicine):
    # 安乃近 label: cross-allergy with aspirin; 去痛片 contains 氨基比林, 散利痛 异丙安替比林.
    assert _found(allergy, medicine) == BLOCK


def test_a_nitrofuran_allergy_blocks_the_other_nitrofurans():
    assert _found("呋喃唑酮", "呋喃妥因") == BLOCK


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [
        ("破伤风抗毒素", "马抗狂犬病血清"),
        ("TAT", "抗蝮蛇毒血清"),
        ("马血清", "破伤风抗毒素"),
    ],
)
def test_a_horse_serum_reaction_is_flagged_for_the_next_horse_serum(allergy, medicine):
    assert _found(allergy, medicine) == WARN


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [
        ("破伤风抗毒素", "人破伤风免疫球蛋白"),
        ("马抗狂犬病血清", "人狂犬病免疫球蛋白"),
        ("呋喃唑酮", "呋塞米"),
        ("庆大霉素", "阿奇霉素"),
        ("gentamicin", "fidaxomicin"),
        ("红霉素", "克林霉素"),
    ],
)
def test_the_new_classes_leave_look_alikes_alone(allergy, medicine):
    # Human immunoglobulins are the alternative to horse serum; furosemide is no nitrofuran.
    assert _found(allergy, medicine) == []


# ---------------------------------------------------------------------------------------------
# Item 3: NSAID members and the fenamate stem
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [
        ("阿司匹林", "甲芬那酸"),
        ("布洛芬", "酮咯酸氨丁三醇"),
        ("布洛芬", "萘丁美酮"),
        ("吲哚美辛", "阿西美辛"),
        ("阿司匹林", "贝诺酯"),
        ("对乙酰氨基酚", "贝诺酯"),
        ("aspirin", "mefenamic acid"),
    ],
)
def test_nsaid_members_that_were_missed(allergy, medicine):
    assert _found(allergy, medicine) == BLOCK


# ---------------------------------------------------------------------------------------------
# Item 4: paracetamol combinations without "氨酚" in the name
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [
        ("对乙酰氨基酚", "氨咖黄敏胶囊"),
        ("扑热息痛", "速效伤风胶囊"),
        ("对乙酰氨基酚", "氨麻美敏片"),
        ("对乙酰氨基酚", "美扑伪麻片"),
        ("马来酸氯苯那敏", "氨咖黄敏胶囊"),
    ],
)
def test_paracetamol_combinations_are_broken_into_their_ingredients(allergy, medicine):
    assert _found(allergy, medicine) == BLOCK


def test_a_paracetamol_combination_triggers_the_duplicate_paracetamol_caution():
    conflicts = safety.herb_drug_cautions(["维C银翘片"], ["氨咖黄敏胶囊"])

    assert [(c.code, c.items) for c in conflicts] == [
        ("herb_drug_caution", ("维C银翘片", "氨咖黄敏胶囊"))
    ]


def test_a_paracetamol_combination_is_not_an_nsaid():
    assert _found("布洛芬", "氨咖黄敏胶囊") == []


# ---------------------------------------------------------------------------------------------
# Item 5: the 麦迪霉素 family of macrolides
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [("阿奇霉素", "麦迪霉素"), ("红霉素", "乙酰麦迪霉素"), ("大环内酯类", "吉他霉素")],
)
def test_midecamycin_and_kitasamycin_are_macrolides(allergy, medicine):
    assert _found(allergy, medicine) == BLOCK


# ---------------------------------------------------------------------------------------------
# Item 6: non-antibacterial sulfonamides and the reserpine combinations
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("medicine", ["格列喹酮", "布美他尼", "氯噻酮", "复方利血平氨苯蝶啶片"])
def test_a_sulfa_allergy_cautions_the_missed_sulfonamide_drugs(medicine):
    assert _found("磺胺", medicine) == CROSS_WARN


@pytest.mark.parametrize("medicine", ["复方利血平片", "复方利血平氨苯蝶啶片", "北京降压0号"])
def test_the_reserpine_combinations_contain_hydrochlorothiazide(medicine):
    assert "氢氯噻嗪" in safety.components_of(medicine)
    assert _found("氢氯噻嗪", medicine) == BLOCK


# ---------------------------------------------------------------------------------------------
# Item 7: carbapenem cross-reactivity in both directions
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [("美罗培南", "阿莫西林"), ("亚胺培南", "头孢曲松"), ("青霉素", "美罗培南")],
)
def test_carbapenem_and_other_beta_lactam_allergies_cross_both_ways(allergy, medicine):
    assert _found(allergy, medicine) == CROSS_WARN


# ---------------------------------------------------------------------------------------------
# Item 8: iodine antiseptics are their own class; contrast media are not "碘"
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [
        ("碘", "聚维酮碘溶液"),
        ("碘伏", "聚维酮碘"),
        ("碘过敏", "碘酊"),
        ("碘", "碘伏"),
    ],
)
def test_an_iodine_allergy_blocks_iodine_antiseptics(allergy, medicine):
    assert _found(allergy, medicine) == BLOCK


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [
        ("碘伏", "碘海醇"),
        ("碘酒", "碘海醇"),
        ("碘", "碘海醇"),
        ("碘海醇", "聚维酮碘"),
        ("含碘造影剂", "碘伏"),
        ("胺碘酮", "碘伏"),
    ],
)
def test_iodine_antiseptics_and_contrast_media_do_not_flag_each_other(allergy, medicine):
    assert _found(allergy, medicine) == []


def test_a_contrast_reaction_still_blocks_another_contrast_medium():
    assert _found("碘海醇", "碘帕醇") == BLOCK
    assert _found("造影剂", "碘克沙醇注射液") == BLOCK


def test_iodide_drugs_do_not_reach_an_allergy_class():
    # "碘化物" in the cinnabar caution must not bridge to an iodine class.
    assert safety.classes_of_medicine("碘化钾") == frozenset()
    assert safety.classes_of_allergy("碘化钾") == frozenset()


# ---------------------------------------------------------------------------------------------
# Item 9: English stems and the PCN abbreviation
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("allergy", "medicine", "expected"),
    [
        ("levofloxacin", "enoxacin", BLOCK),
        ("levofloxacin", "fleroxacin", BLOCK),
        ("penicillin", "pivmecillinam", BLOCK),
        ("PCN", "阿莫西林", BLOCK),
        ("fentanyl", "sufentanil", WARN),
        ("morphine", "remifentanil", WARN),
    ],
)
def test_english_stems_catch_the_whole_class(allergy, medicine, expected):
    assert _found(allergy, medicine) == expected


# ---------------------------------------------------------------------------------------------
# Item 10 and other substring false alarms
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [("卡托普利", "依普利酮"), ("青霉素", "呋喃西林"), ("penicillin", "nitrofurazone")],
)
def test_look_alike_names_raise_no_class_allergy(allergy, medicine):
    # 依普利酮 (eplerenone) is no ACE inhibitor; 呋喃西林 (nitrofurazone) is no penicillin.
    assert _found(allergy, medicine) == []


def test_eplerenone_leaves_the_ace_inhibitor_class_intact():
    assert _found("卡托普利", "依那普利") == BLOCK


# ---------------------------------------------------------------------------------------------
# Products in the allergy list, and products that hide an opioid
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("allergy", "medicine"),
    [("散利痛", "对乙酰氨基酚"), ("速效伤风胶囊", "扑热息痛"), ("散利痛", "安乃近")],
)
def test_a_product_in_the_allergy_list_stands_for_its_ingredients(allergy, medicine):
    assert _found(allergy, medicine) == BLOCK


@pytest.mark.parametrize(
    ("allergy", "medicine", "expected"),
    [
        ("可待因", "洛芬待因缓释片", BLOCK),
        ("布洛芬", "洛芬待因片", BLOCK),
        ("可待因", "强力枇杷露", WARN),
    ],
)
def test_products_that_contain_an_opioid_are_seen(allergy, medicine, expected):
    # 洛芬待因 is ibuprofen with codeine; 强力枇杷露 contains 罂粟壳 (morphine, codeine).
    assert _found(allergy, medicine) == expected
