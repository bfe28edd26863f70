"""Validation of structured suggestions before storage (issue 5 section 3). Pure: no database."""

from __future__ import annotations

import copy

import pytest

from knowledge import safety
from knowledge.schema import MEDICATION_NOTICE
from knowledge.validation import Validated, validate_suggestion

PASSAGES = {
    "P1": "链球菌咽炎：阿莫西林（amoxicillin）成人500 mg每12小时，共10天；"
    "青霉素过敏者用大环内酯类。",
    "P2": "Strep throat: amoxicillin 500 mg every 12 hours; cephalosporins such as cefalexin; "
    "co-trimoxazole (复方新诺明) for urinary infection; ibuprofen or paracetamol for pain.",
    "P3": "中成药：附子理中丸温中健脾；二陈丸燥湿化痰；甘草、甘遂；白附子、半夏；"
    "复方丹参滴丸活血化瘀；牛黄解毒片清热解毒。",
    "P4": "房颤抗凝：华法林（warfarin）需监测INR。",
}


def _suggestion(**overrides: object) -> dict:
    """A small valid suggestion; overrides replace top-level fields."""
    payload = {
        "language": "zh",
        "assessment": {"summary": "咽痛发热两天", "citations": ["P1"]},
        "triage_level": "non_urgent",
        "differential": [
            {
                "condition": "链球菌咽炎",
                "likelihood": "high",
                "supporting_facts": ["发热", "扁桃体渗出"],
                "citations": ["P1"],
            }
        ],
        "next_questions": [{"question": "有没有药物过敏？", "citations": ["P1"]}],
        "examinations": [{"name": "体温", "reason": "评估发热", "citations": ["P1"]}],
        "management": [],
        "tcm_option": None,
        "referral": {"advice": "暂不需要转诊", "citations": ["P1"]},
        "patient_advice": [{"advice": "多饮水，注意休息", "citations": ["P1"]}],
        "return_precautions": [{"advice": "呼吸困难或不能吞咽立即复诊", "citations": ["P1"]}],
    }
    payload.update(overrides)
    return payload


def _management(*names: str, citations: tuple[str, ...] = ("P1", "P2", "P4")) -> list[dict]:
    return [
        {
            "advice": "按指南用药",
            "medications": [{"name": n, "dose": "按说明书"} for n in names],
            "citations": list(citations),
        }
    ]


def _tcm(*names: str, citations: tuple[str, ...] = ("P3",)) -> dict:
    return {
        "pattern": "脾胃虚寒",
        "principle": "温中健脾",
        "medicines": [{"name": n} for n in names],
        "cautions": [],
        "citations": list(citations),
    }


def _validate(payload: dict, **kwargs: object) -> Validated:
    options = {
        "passages": PASSAGES,
        "triage_level": "non_urgent",
        "allergies": [],
        "pregnant": False,
        "language": "zh",
    }
    options.update(kwargs)
    return validate_suggestion(payload, **options)


def _codes(result: Validated) -> list[str]:
    return [n["code"] for n in result.notices]


def _only(result: Validated, code: str) -> dict:
    found = [n for n in result.notices if n["code"] == code]
    assert len(found) == 1, result.notices
    return found[0]


# ---------------------------------------------------------------------------------------------
# Structure and citations
# ---------------------------------------------------------------------------------------------


def test_clean_suggestion_passes_without_notices():
    result = _validate(_suggestion())

    assert result.ok
    assert result.notices == ()
    assert "medication_notice" not in result.payload


def test_structural_failure_is_not_ok_and_names_the_path():
    payload = _suggestion()
    del payload["referral"]
    payload["triage_level"] = "whenever"

    result = _validate(payload)

    assert not result.ok
    assert {n["code"] for n in result.notices} == {"schema_invalid"}
    assert "/triage_level" in {n["path"] for n in result.notices}
    assert all(n["message"]["zh"] and n["message"]["en"] for n in result.notices)


def test_non_object_payload_is_not_ok():
    result = _validate(["not", "a", "suggestion"])

    assert not result.ok
    assert result.payload == {}


def test_unknown_citation_is_dropped_and_flagged():
    payload = _suggestion(assessment={"summary": "咽痛", "citations": ["P1", "P9"]})

    result = _validate(payload)

    assert result.ok
    assert result.payload["assessment"]["citations"] == ["P1"]
    notice = _only(result, "unknown_citation")
    assert notice["path"] == "/assessment"
    assert notice["dropped"] == ["P9"]
    assert "uncited" not in _codes(result)


def test_item_left_without_citations_is_flagged_uncited():
    payload = _suggestion(next_questions=[{"question": "有没有咳嗽？", "citations": ["P7"]}])

    result = _validate(payload)

    assert result.payload["next_questions"][0]["citations"] == []
    assert _only(result, "unknown_citation")["path"] == "/next_questions/0"
    assert _only(result, "uncited")["path"] == "/next_questions/0"


def test_item_with_empty_citations_is_flagged_uncited():
    result = _validate(_suggestion(referral={"advice": "转诊", "citations": []}))

    notice = _only(result, "uncited")
    assert notice["path"] == "/referral"
    assert notice["severity"] == "warn"


# ---------------------------------------------------------------------------------------------
# Triage floor and language
# ---------------------------------------------------------------------------------------------


def test_triage_level_below_the_rules_is_raised_to_the_floor():
    result = _validate(_suggestion(triage_level="self_care"), triage_level="urgent")

    assert result.payload["triage_level"] == "urgent"
    notice = _only(result, "triage_raised")
    assert notice["path"] == "/triage_level"
    assert notice["original"] == "self_care"


def test_triage_level_above_the_floor_is_kept():
    result = _validate(_suggestion(triage_level="emergency"), triage_level="urgent")

    assert result.payload["triage_level"] == "emergency"
    assert "triage_raised" not in _codes(result)


def test_unknown_rules_level_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown triage level"):
        _validate(_suggestion(), triage_level="soon")


def test_answer_in_another_language_is_flagged():
    result = _validate(_suggestion(), language="en")

    assert _only(result, "language_mismatch")["path"] == "/language"


# ---------------------------------------------------------------------------------------------
# Medicines against their cited passages
# ---------------------------------------------------------------------------------------------


def test_medication_missing_from_cited_passages_is_kept_and_marked():
    payload = _suggestion(management=_management("阿莫西林", "阿奇霉素", citations=("P1",)))

    result = _validate(payload)

    meds = result.payload["management"][0]["medications"]
    assert [m["name"] for m in meds] == ["阿莫西林", "阿奇霉素"]
    assert meds[0]["in_sources"] is True
    assert meds[1]["in_sources"] is False
    notice = _only(result, "medication_not_in_sources")
    assert notice["path"] == "/management/0/medications/1"
    assert notice["severity"] == "warn"


def test_medication_found_only_in_an_uncited_passage_is_flagged():
    # Warfarin is in P4, but the item cites only P1.
    payload = _suggestion(management=_management("华法林", citations=("P1",)))

    result = _validate(payload)

    assert _only(result, "medication_not_in_sources")["path"] == "/management/0/medications/0"


@pytest.mark.parametrize(
    "name",
    ["阿莫西林胶囊", "Amoxicillin", "amoxicillin capsules 500 mg", "阿莫西林（amoxicillin）"],
)
def test_medication_source_check_is_alias_aware(name):
    payload = _suggestion(management=_management(name, citations=("P1",)))

    result = _validate(payload)

    assert result.payload["management"][0]["medications"][0]["in_sources"] is True
    assert "medication_not_in_sources" not in _codes(result)


def test_english_name_is_verified_by_a_chinese_only_passage_through_aliases():
    passages = {"P1": "阿莫西林 成人 0.5 g 每日三次"}
    payload = _suggestion(management=_management("amoxicillin", citations=("P1",)))

    result = _validate(payload, passages=passages)

    assert "medication_not_in_sources" not in _codes(result)


# ---------------------------------------------------------------------------------------------
# Allergies
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("medicine", "allergy"),
    [
        ("阿莫西林", "青霉素"),
        ("amoxicillin", "penicillin"),
        ("Amoxicillin", "青霉素"),
        ("阿莫西林", "penicillin allergy"),
        ("阿莫西林", "青霉素过敏"),
    ],
)
def test_penicillin_allergy_blocks_amoxicillin(medicine, allergy):
    payload = _suggestion(management=_management(medicine))

    result = _validate(payload, allergies=[allergy])

    med = result.payload["management"][0]["medications"][0]
    assert med["name"] == medicine  # kept visible for the GP
    assert med["blocked"] is True
    notice = _only(result, "allergy")
    assert notice["severity"] == "block"
    assert notice["path"] == "/management/0/medications/0"
    assert "BNF" in notice["source"]
    assert notice["message"]["zh"] and notice["message"]["en"]


def test_penicillin_allergy_gives_a_cephalosporin_cross_reactivity_caution():
    payload = _suggestion(management=_management("cefalexin", "头孢克肟", citations=("P2",)))

    result = _validate(payload, allergies=["青霉素"])

    notices = [n for n in result.notices if n["code"] == "allergy_cross_reactivity"]
    assert [n["path"] for n in notices] == [
        "/management/0/medications/0",
        "/management/0/medications/1",
    ]
    assert {n["severity"] for n in notices} == {"warn"}
    assert all("抗菌药物临床应用指导原则" in n["source"] for n in notices)
    assert not any(m["blocked"] for m in result.payload["management"][0]["medications"])


def test_cephalosporin_allergy_recorded_as_class_blocks_a_cephalosporin():
    payload = _suggestion(management=_management("头孢克肟"))

    result = _validate(payload, allergies=["头孢"])

    assert _only(result, "allergy")["severity"] == "block"


@pytest.mark.parametrize(
    "medicine", ["复方新诺明", "co-trimoxazole", "SMZ-TMP", "复方磺胺甲噁唑片"]
)
@pytest.mark.parametrize("allergy", ["磺胺类", "磺胺", "sulfa"])
def test_sulfa_allergy_blocks_co_trimoxazole(medicine, allergy):
    payload = _suggestion(management=_management(medicine))

    result = _validate(payload, allergies=[allergy])

    assert _only(result, "allergy")["severity"] == "block"
    assert result.payload["management"][0]["medications"][0]["blocked"] is True


def test_aspirin_allergy_blocks_ibuprofen_but_not_paracetamol():
    payload = _suggestion(management=_management("布洛芬", "对乙酰氨基酚"))

    result = _validate(payload, allergies=["阿司匹林"])

    meds = result.payload["management"][0]["medications"]
    assert [m["blocked"] for m in meds] == [True, False]
    assert _only(result, "allergy")["path"] == "/management/0/medications/0"


def test_allergy_to_a_component_of_a_patent_medicine_is_found():
    conflicts = safety.allergy_conflicts(["维C银翘片"], ["对乙酰氨基酚"])

    assert [(c.code, c.severity) for c in conflicts] == [("allergy", "block")]


@pytest.mark.parametrize(
    ("medicine", "allergy"),
    [("氨酚待因", "对乙酰氨基酚"), ("酚麻美敏片", "扑热息痛"), ("co-codamol", "codeine")],
)
def test_allergy_to_an_ingredient_of_a_combination_product_is_found(medicine, allergy):
    [conflict] = safety.allergy_conflicts([medicine], [allergy])

    assert (conflict.code, conflict.severity) == ("allergy", "block")


@pytest.mark.parametrize(
    ("medicine", "allergy"),
    [
        ("盐酸吗啡片", "吗啡"),
        ("盐酸曲马多缓释片", "曲马多"),
        ("复方磷酸可待因溶液", "可待因"),
        ("氯沙坦钾片", "氯沙坦"),
        ("氯沙坦钾氢氯噻嗪片", "氯沙坦"),
        ("morphine sulfate tablets", "morphine"),
    ],
)
def test_an_allergy_to_a_drug_blocks_it_under_a_salt_or_dosage_form(medicine, allergy):
    # Opioids and sartans only warn within their class: the drug itself must still block.
    [conflict] = safety.allergy_conflicts([medicine], [allergy])

    assert (conflict.code, conflict.severity) == ("allergy", "block")
    assert "is or contains that drug" in conflict.message["en"]


@pytest.mark.parametrize(
    ("medicine", "allergy"),
    [("吗啡", "氢吗啡酮"), ("盐酸氢吗啡酮注射液", "吗啡"), ("缬沙坦", "氯沙坦")],
)
def test_a_relative_of_the_allergy_drug_in_a_warn_class_stays_a_caution(medicine, allergy):
    # 氢吗啡酮 mentions 吗啡 but is another drug of the class.
    [conflict] = safety.allergy_conflicts([medicine], [allergy])

    assert (conflict.code, conflict.severity) == ("allergy", "warn")


def test_unrelated_allergies_raise_nothing():
    # 天花粉 (in 消渴丸) is Trichosanthes root, not pollen.
    payload = _suggestion(
        management=_management("阿莫西林", "布洛芬"), tcm_option=_tcm("天花粉", "消渴丸")
    )

    result = _validate(payload, allergies=["花粉", "海鲜", "无"])

    assert not [c for c in _codes(result) if c.startswith("allergy")]


# ---------------------------------------------------------------------------------------------
# 十八反 / 十九畏, herb-drug cautions, pregnancy
# ---------------------------------------------------------------------------------------------


def test_eighteen_incompatibilities_flag_gancao_with_gansui():
    result = _validate(_suggestion(tcm_option=_tcm("甘草", "甘遂")))

    notice = _only(result, "tcm_incompatibility")
    assert notice["paths"] == ["/tcm_option/medicines/0", "/tcm_option/medicines/1"]
    assert "十八反" in notice["message"]["zh"]
    assert "中药学" in notice["source"]
    assert all(m["blocked"] for m in result.payload["tcm_option"]["medicines"])


def test_eighteen_incompatibilities_are_found_through_patent_medicine_components():
    # 附子理中丸 contains 附子; 二陈丸 contains 半夏 (附子/乌头 反 半夏).
    result = _validate(_suggestion(tcm_option=_tcm("附子理中丸", "二陈丸")))

    notice = _only(result, "tcm_incompatibility")
    assert "附子" in notice["message"]["zh"] and "半夏" in notice["message"]["zh"]
    assert notice["items"] == ["附子理中丸", "二陈丸"]


def test_incompatibility_between_a_western_item_and_a_tcm_item_is_found():
    # 复方甘草片 (a cough tablet in the western plan) contains licorice extract; 海藻 反 甘草.
    payload = _suggestion(
        management=_management("复方甘草片", citations=("P1",)),
        tcm_option=_tcm("海藻"),
    )

    result = _validate(payload)

    assert _only(result, "tcm_incompatibility")["paths"] == [
        "/management/0/medications/0",
        "/tcm_option/medicines/0",
    ]


def test_most_specific_patent_medicine_name_gives_the_components():
    # 人参归脾丸 contains 人参 (人参 畏 五灵脂); 归脾丸 contains 党参 instead.
    assert safety.tcm_incompatibilities(["人参归脾丸", "五灵脂"])
    assert not safety.tcm_incompatibilities(["归脾丸", "五灵脂"])


def test_bai_fuzi_is_not_flagged_as_fuzi():
    result = _validate(_suggestion(tcm_option=_tcm("白附子", "半夏")))

    assert "tcm_incompatibility" not in _codes(result)
    assert not any(m["blocked"] for m in result.payload["tcm_option"]["medicines"])


@pytest.mark.parametrize(
    ("name", "expected"),
    [("附子", True), ("制附子", True), ("fuzi", True), ("白附子", False), ("baifuzi", False)],
)
def test_aconite_names_match_and_typhonium_does_not(name, expected):
    found = safety.tcm_incompatibilities([name, "法半夏"])

    assert bool(found) is expected


def test_normalise_name_drops_case_spaces_and_punctuation():
    assert safety.normalise_name(" Co-Trimoxazole（复方 新诺明） ") == "cotrimoxazole复方新诺明"


@pytest.mark.parametrize(
    ("tcm", "drug"),
    [("丹参", "华法林"), ("复方丹参滴丸", "华法林"), ("复方丹参滴丸", "warfarin")],
)
def test_danshen_with_warfarin_is_a_herb_drug_caution(tcm, drug):
    payload = _suggestion(management=_management(drug, citations=("P4",)), tcm_option=_tcm(tcm))

    result = _validate(payload)

    notice = _only(result, "herb_drug_caution")
    assert notice["severity"] == "warn"
    assert notice["paths"] == ["/tcm_option/medicines/0", "/management/0/medications/0"]
    assert "INR" in notice["message"]["zh"]
    assert notice["source"]


def test_herb_drug_caution_matches_a_drug_by_its_class():
    # The caution lists 头孢菌素类 as a class; 头孢克肟 is not named in it.
    found = safety.herb_drug_cautions(["藿香正气水"], ["头孢克肟"])

    assert [c.code for c in found] == ["herb_drug_caution"]


def test_pregnancy_contraindicated_patent_medicine_is_blocked_when_pregnant():
    result = _validate(_suggestion(tcm_option=_tcm("牛黄解毒片")), pregnant=True)

    notice = _only(result, "pregnancy_contraindicated")
    assert notice["severity"] == "block"
    assert "药典" in notice["source"]
    assert result.payload["tcm_option"]["medicines"][0]["blocked"] is True


def test_pregnancy_is_not_checked_when_not_pregnant():
    result = _validate(_suggestion(tcm_option=_tcm("牛黄解毒片")), pregnant=False)

    assert not [c for c in _codes(result) if c.startswith("pregnancy")]


def test_unknown_pregnancy_status_asks_about_contraindicated_medicines_only():
    result = _validate(_suggestion(tcm_option=_tcm("牛黄解毒片", "附子理中丸")), pregnant=None)

    notice = _only(result, "pregnancy_status_unknown")
    assert notice["severity"] == "warn"
    assert notice["path"] == "/tcm_option/medicines/0"
    assert not result.payload["tcm_option"]["medicines"][0]["blocked"]


def test_patent_medicine_label_prevails_over_its_components_in_pregnancy():
    # 安宫牛黄丸 contains 朱砂 and 雄黄 (禁用) but the Pharmacopoeia lists the product as 慎用.
    [conflict] = safety.pregnancy_conflicts(["安宫牛黄丸"])

    assert (conflict.code, conflict.severity) == ("pregnancy_caution", "warn")


# ---------------------------------------------------------------------------------------------
# Labelling and purity
# ---------------------------------------------------------------------------------------------


def test_medication_is_labelled_a_suggestion_never_a_prescription():
    payload = _suggestion(management=_management("阿莫西林"), tcm_option=_tcm("附子理中丸"))

    result = _validate(payload)

    assert result.payload["medication_notice"] == MEDICATION_NOTICE
    meds = [
        *result.payload["management"][0]["medications"],
        *result.payload["tcm_option"]["medicines"],
    ]
    assert meds
    assert all(m["is_prescription"] is False for m in meds)


def test_input_payload_is_never_mutated():
    payload = _suggestion(
        assessment={"summary": "咽痛", "citations": ["P1", "P9"]},
        triage_level="self_care",
        management=_management("阿莫西林", "华法林", citations=("P1",)),
        tcm_option=_tcm("甘草", "甘遂"),
    )
    before = copy.deepcopy(payload)

    result = _validate(payload, triage_level="urgent", allergies=["青霉素"], pregnant=True)

    assert payload == before
    assert result.payload is not payload
    result.payload["management"][0]["medications"][0]["name"] = "changed"
    assert payload["management"][0]["medications"][0]["name"] == "阿莫西林"


def test_every_notice_has_code_severity_path_and_bilingual_message():
    payload = _suggestion(
        assessment={"summary": "咽痛", "citations": ["P9"]},
        triage_level="self_care",
        management=_management("阿莫西林", "华法林", citations=("P1",)),
        tcm_option=_tcm("复方丹参滴丸", "牛黄解毒片"),
    )

    result = _validate(payload, triage_level="urgent", allergies=["penicillin"], pregnant=True)

    assert len(result.notices) >= 6
    for notice in result.notices:
        assert notice["severity"] in {"block", "warn"}
        assert notice["path"].startswith("/")
        assert set(notice["message"]) == {"zh", "en"}
