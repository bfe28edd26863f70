"""Splitting patient summaries into SMS-sized parts at sentence boundaries."""

import re

import pytest

from triage.sms_parts import sms_length, sms_limit, split_sms

ZH_SUMMARY = (
    "您今天的检查结果：普通感冒，体温38.5℃，血压130/85 mmHg。"
    "请多喝水，注意休息，按医生批准的方法服药。"
    "如出现呼吸困难、胸痛、意识不清，请立即拨打120或回到卫生室。"
    "三天后（5月3日）请回来复诊。如有疑问请致电村卫生室。"
)
EN_SUMMARY = (
    "Your check today found a common cold. Your temperature was 38.5 C and your blood "
    "pressure 130/85. Drink plenty of water and rest. Take only the medicines your doctor "
    "approved, as directed. If you have trouble breathing, chest pain or confusion, call 120 "
    "at once or come back to the clinic. Please come back for a follow-up visit in 3 days."
)


def test_limit_is_160_for_gsm7_text_and_70_for_chinese():
    assert sms_limit("Drink water and rest.") == 160
    assert sms_limit("多喝水。") == 70
    assert sms_limit("Rest, then call 120. 请休息。") == 70


def test_empty_or_blank_body_has_no_parts():
    assert split_sms("") == []
    assert split_sms("  \n ") == []


def test_short_body_is_one_unnumbered_part():
    assert split_sms("多喝水，休息。", numbered=True) == ["多喝水，休息。"]


def test_chinese_summary_splits_into_70_char_parts_at_full_stops():
    parts = split_sms(ZH_SUMMARY)
    assert len(parts) > 1
    assert all(len(p) <= 70 for p in parts)
    assert all(p.endswith("。") for p in parts)
    assert "".join(parts) == ZH_SUMMARY


def test_english_summary_splits_into_160_char_parts_at_sentence_ends():
    parts = split_sms(EN_SUMMARY)
    assert len(parts) > 1
    assert all(len(p) <= 160 for p in parts)
    assert all(p.endswith(".") for p in parts)
    assert " ".join(parts) == EN_SUMMARY


def test_mixed_text_uses_the_ucs2_limit():
    body = "Rest and drink water. 多喝水，注意休息。" * 4
    parts = split_sms(body)
    assert len(parts) > 1
    assert all(len(p) <= 70 for p in parts)
    assert "".join(parts).replace(" ", "") == body.replace(" ", "")


def test_decimal_numbers_are_not_split():
    body = ("体温38.5℃，血糖3.2mmol/L。" * 6) + "Temperature 38.5 today. " * 3
    parts = split_sms(body)
    assert all(len(p) <= 70 for p in parts)
    joined = "|".join(parts)
    assert "38.|5" not in joined and "38|.5" not in joined
    assert joined.count("38.5") == 9
    assert joined.count("3.2") == 6


def test_over_long_sentence_is_cut_at_a_comma():
    body = "，".join(["头痛伴恶心呕吐" + str(i) for i in range(20)]) + "。"
    parts = split_sms(body)
    assert all(len(p) <= 70 for p in parts)
    assert all(p.endswith(("，", "。")) for p in parts)
    assert "".join(parts) == body


def test_over_long_english_sentence_is_cut_at_a_space_never_inside_a_word():
    words = [f"word{i}" for i in range(60)]
    body = " ".join(words) + "."
    parts = split_sms(body)
    assert all(len(p) <= 160 for p in parts)
    assert " ".join(parts) == body
    for part in parts:
        assert part.split()[0] in words or part.split()[0] == "word59."


def test_unbreakable_text_is_cut_at_the_limit():
    parts = split_sms("咳" * 150)
    assert [len(p) for p in parts] == [70, 70, 10]


def test_numbered_parts_keep_the_limit_including_the_suffix():
    parts = split_sms(ZH_SUMMARY, numbered=True)
    total = len(parts)
    assert total > 1
    for i, part in enumerate(parts, 1):
        assert part.endswith(f"({i}/{total})")
        assert len(part) <= 70
    english = split_sms(EN_SUMMARY * 3, numbered=True)
    assert all(len(p) <= 160 for p in english)
    assert all(re.search(r" \(\d+/\d+\)$", p) for p in english)


def test_numbering_reserves_room_for_two_digit_counts():
    parts = split_sms("多喝水。" * 200, numbered=True)
    assert len(parts) >= 10
    assert all(len(p) <= 70 for p in parts)
    assert parts[-1].endswith(f"({len(parts)}/{len(parts)})")


def test_explicit_max_chars_overrides_the_encoding_limit():
    parts = split_sms(EN_SUMMARY, max_chars=60)
    assert all(len(p) <= 60 for p in parts)
    with pytest.raises(ValueError):
        split_sms(EN_SUMMARY, max_chars=4, numbered=True)


def test_gsm7_extension_characters_count_twice():
    assert sms_length("[a]") == 5
    parts = split_sms("{x} " * 40 + "end.")
    assert all(sms_length(p) <= 160 for p in parts)


def test_newlines_are_boundaries():
    body = "第一行说明\n" + "第二行" * 30 + "\n" + "第三行"
    parts = split_sms(body)
    assert all(len(p) <= 70 for p in parts)
    assert parts[0].startswith("第一行说明")


def test_characters_outside_the_bmp_count_as_two_ucs2_units():
    parts = split_sms("好😀" * 40)
    assert all(sms_length(p) <= 70 for p in parts)
    assert "".join(parts) == "好😀" * 40
