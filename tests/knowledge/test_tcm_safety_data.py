"""The TCM safety data (knowledge/corpus/safety/tcm_safety.yaml) as the validator reads it.

Pure: no database. One test per problem fixed from the data review (herb-drug cautions,
十八反/十九畏 aliases and patent-medicine components, pregnancy entries), parametrised over the
review's inputs, plus tests that look-alike names do not raise false alarms.
"""

from __future__ import annotations

import pytest

from knowledge import safety


def _herb_drug(*names: str) -> list[tuple[str, str]]:
    # The validator passes every suggested name as both a TCM name and a drug name.
    return [(c.code, c.severity) for c in safety.herb_drug_cautions(list(names), list(names))]


def _incompatible(*names: str) -> list[tuple[str, str]]:
    return [(c.code, c.severity) for c in safety.tcm_incompatibilities(list(names))]


def _pregnancy(name: str) -> list[tuple[str, str]]:
    return [(c.code, c.severity) for c in safety.pregnancy_conflicts([name])]


HERB_DRUG = [("herb_drug_caution", "warn")]
INCOMPATIBLE = ("tcm_incompatibility", "block")
PREGNANCY_BLOCK = [("pregnancy_contraindicated", "block")]
PREGNANCY_WARN = [("pregnancy_caution", "warn")]


# ---------------------------------------------------------------------------------------------
# Herb-drug cautions
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "names",
    [
        ("连花清瘟胶囊", "厄贝沙坦"),
        ("连花清瘟胶囊", "贝那普利"),
        ("连花清瘟胶囊", "氯沙坦钾"),
        ("麻黄", "尼群地平"),
        ("麻黄", "比索洛尔"),
        ("麻黄", "氢氯噻嗪"),
        ("麻黄", "复方利血平氨苯蝶啶片"),
        ("ephedra", "irbesartan"),
    ],
)
def test_ephedra_caution_reaches_every_antihypertensive(names):
    assert _herb_drug(*names) == HERB_DRUG


@pytest.mark.parametrize(
    "names",
    [
        ("甘草", "地塞米松"),
        ("甘草", "甲泼尼龙"),
        ("甘草", "氢化可的松"),
        ("甘草", "布美他尼"),
        ("甘草", "复方利血平氨苯蝶啶片"),
        ("甘草", "去乙酰毛花苷"),
    ],
)
def test_licorice_caution_reaches_corticosteroids_diuretics_and_cardiac_glycosides(names):
    assert _herb_drug(*names) == HERB_DRUG


@pytest.mark.parametrize(
    "names",
    [
        ("消渴丸", "格列喹酮"),
        ("消渴丸", "瑞格列奈"),
        ("消渴丸", "阿卡波糖"),
        ("消渴丸", "二甲双胍"),
        ("人参", "格列吡嗪"),
        ("鹿茸", "瑞格列奈"),
    ],
)
def test_glucose_lowering_cautions_reach_every_glucose_lowering_drug(names):
    assert _herb_drug(*names) == HERB_DRUG


@pytest.mark.parametrize(
    "names", [("藿香正气水", "呋喃唑酮"), ("十滴水", "头孢克肟"), ("十滴水", "甲硝唑")]
)
def test_alcohol_caution_covers_furazolidone_and_shidi_shui(names):
    assert _herb_drug(*names) == HERB_DRUG


def test_tianwang_buxin_wan_is_known_to_contain_cinnabar_and_the_shen_herbs():
    assert _herb_drug("天王补心丸", "碘化钾") == HERB_DRUG
    # 丹参, 党参 and 玄参 each 反 藜芦: one finding per pair.
    assert _incompatible("天王补心丸", "藜芦") == [INCOMPATIBLE] * 3
    assert _pregnancy("天王补心丸") == PREGNANCY_BLOCK


@pytest.mark.parametrize(
    "names",
    [
        ("丹参", "阿哌沙班"),
        ("银杏叶片", "西洛他唑"),
        ("银杏叶片", "双嘧达莫"),
        ("三七", "吲哚布芬"),
        ("三七", "艾多沙班"),
        ("三七", "依诺肝素"),
    ],
)
def test_bleeding_cautions_list_the_newer_anticoagulants_and_antiplatelets(names):
    assert _herb_drug(*names) == HERB_DRUG


# ---------------------------------------------------------------------------------------------
# 十八反 / 十九畏
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("names", [("附片", "法半夏"), ("黑附片", "半夏"), ("熟附片", "川贝母")])
def test_fupian_is_aconite_in_the_eighteen_incompatibilities(names):
    assert _incompatible(*names) == [INCOMPATIBLE]


@pytest.mark.parametrize("name", ["附片", "黑附片", "熟附片"])
def test_fupian_is_aconite_in_pregnancy(name):
    assert _pregnancy(name) == PREGNANCY_WARN


def test_wutou_is_contraindicated_in_pregnancy_and_antagonises_buffalo_horn():
    assert _pregnancy("乌头") == PREGNANCY_BLOCK
    assert _pregnancy("乌头汤") == PREGNANCY_BLOCK
    assert _incompatible("乌头", "水牛角") == [INCOMPATIBLE]


@pytest.mark.parametrize(
    "names",
    [
        ("金匮肾气丸", "法半夏"),
        ("参附注射液", "川贝母"),
        ("养阴清肺丸", "小活络丸"),
        ("百合固金丸", "附子理中丸"),
        ("清气化痰丸", "附子理中丸"),
        ("橘红丸", "附子理中丸"),
        ("二母宁嗽丸", "制附子"),
        ("藿香正气滴丸", "附子"),
        ("失笑散", "人参归脾丸"),
        ("少腹逐瘀汤", "人参"),
        ("膈下逐瘀汤", "红参"),
        ("四逆汤", "半夏"),
        ("温脾汤", "川贝母"),
        ("柏子养心丸", "附子"),
        ("追风透骨丸", "半夏"),
        ("fuzi", "Chuanbei Pipa Gao"),
    ],
)
def test_hidden_herbs_of_patent_medicines_and_formulas_are_found(names):
    conflicts = _incompatible(*names)
    assert conflicts and set(conflicts) == {INCOMPATIBLE}


def test_qingqi_huatan_wan_contains_gualou_and_banxia_but_no_beimu():
    messages = [c.message["zh"] for c in safety.tcm_incompatibilities(["清气化痰丸", "附子"])]
    assert any("瓜蒌" in m for m in messages) and any("半夏" in m for m in messages)
    assert not any("贝母" in m for m in messages)


@pytest.mark.parametrize(
    "names",
    [
        ("香附子", "半夏"),
        ("香附片", "半夏"),
        ("月腺大戟", "甘草"),
        ("狼毒大戟", "甘草"),
        ("水半夏", "附子"),
        ("郁金香", "丁香"),
        ("当归四逆汤", "半夏"),
        ("四逆散", "半夏"),
        ("白附子", "半夏"),
    ],
)
def test_look_alike_names_are_not_incompatible(names):
    assert _incompatible(*names) == []


def test_zhike_juhong_wan_is_not_said_to_contain_beimu():
    # "橘红丸" is inside "止咳橘红丸", a different formula without 贝母.
    messages = [c.message["zh"] for c in safety.tcm_incompatibilities(["止咳橘红丸", "附子"])]
    assert messages and not any("贝母" in m for m in messages)


def test_the_lang_du_pair_still_names_yuexian_daji():
    assert _incompatible("月腺大戟", "密陀僧") == [INCOMPATIBLE]


# ---------------------------------------------------------------------------------------------
# Pregnancy
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("通窍活血汤", PREGNANCY_BLOCK),  # 麝香
        ("麻子仁丸", PREGNANCY_BLOCK),  # = 麻仁丸
        ("少腹逐瘀汤", PREGNANCY_WARN),
        ("血府逐瘀汤", PREGNANCY_WARN),
        ("膈下逐瘀汤", PREGNANCY_WARN),
        ("失笑散", PREGNANCY_WARN),
        ("大承气汤", PREGNANCY_WARN),
        ("桃红四物汤", PREGNANCY_WARN),
        ("温脾汤", PREGNANCY_WARN),
        ("四逆汤", PREGNANCY_WARN),
    ],
)
def test_classical_formulas_carry_the_pregnancy_flag_of_their_herbs(name, expected):
    assert _pregnancy(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("强力枇杷露", PREGNANCY_BLOCK),
        ("罂粟壳", PREGNANCY_BLOCK),
        ("紫雪散", PREGNANCY_BLOCK),
        ("柏子养心丸", PREGNANCY_BLOCK),
        ("金匮肾气丸", PREGNANCY_BLOCK),
        ("追风透骨丸", PREGNANCY_BLOCK),
        ("洋金花", PREGNANCY_BLOCK),
        ("猪牙皂", PREGNANCY_BLOCK),
        ("丁公藤", PREGNANCY_BLOCK),
        ("两头尖", PREGNANCY_BLOCK),
        ("黑种草子", PREGNANCY_BLOCK),
        ("硫黄", PREGNANCY_WARN),
        ("白附子", PREGNANCY_WARN),
        ("虎杖", PREGNANCY_WARN),
        ("漏芦", PREGNANCY_WARN),
    ],
)
def test_pharmacopoeia_and_label_pregnancy_entries_are_present(name, expected):
    assert _pregnancy(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Yunnan Baiyao", PREGNANCY_BLOCK),
        ("Yimucao Keli", PREGNANCY_BLOCK),
        ("Suxiao Jiuxin Wan", PREGNANCY_BLOCK),  # the product's own 禁用, not 冰片's 慎用
        ("musk", PREGNANCY_BLOCK),
        ("leech", PREGNANCY_BLOCK),
        ("Chuanwu", PREGNANCY_BLOCK),
        ("aconite", PREGNANCY_BLOCK),
        ("Motherwort", PREGNANCY_WARN),
        ("safflower", PREGNANCY_WARN),
        ("rhubarb", PREGNANCY_WARN),
    ],
)
def test_pregnancy_entries_match_pinyin_and_english_names(name, expected):
    assert _pregnancy(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("香附子", []),  # 香附, not 附子
        ("香附", []),
        ("aconite lateral root", PREGNANCY_WARN),  # 附子 (慎用), not 川乌 (禁用)
        ("Angong Niuhuang Wan", PREGNANCY_WARN),  # the label's 慎用 prevails over 朱砂, 麝香
        ("当归四逆汤", []),
    ],
)
def test_pregnancy_flags_do_not_overreach(name, expected):
    assert _pregnancy(name) == expected


# ---------------------------------------------------------------------------------------------
# Additions that must not raise false alarms
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "names",
    [
        ("麻黄", "阿莫西林"),
        ("甘草", "布洛芬"),
        ("消渴丸", "阿托伐他汀"),
        ("十滴水", "阿莫西林"),
        ("丹参", "奥美拉唑"),
    ],
)
def test_new_drug_names_do_not_catch_unrelated_drugs(names):
    assert _herb_drug(*names) == []
