"""Reciprocal rank fusion and the query-language preference."""

from __future__ import annotations

import math

import pytest

from knowledge.ranking import prefer_language, reciprocal_rank_fusion


def test_rrf_sums_reciprocal_ranks():
    fused = dict(reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]], k=60))
    assert math.isclose(fused["b"], 1 / 62 + 1 / 61)
    assert math.isclose(fused["a"], 1 / 61)
    assert math.isclose(fused["d"], 1 / 62)
    assert list(dict(reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]]))) == ["b", "a", "d", "c"]


def test_rrf_ties_keep_first_appearance_and_weights_apply():
    assert [i for i, _ in reciprocal_rank_fusion([["a"], ["b"]])] == ["a", "b"]
    weighted = reciprocal_rank_fusion([["a"], ["b"]], weights=[0.5, 1.0])
    assert [i for i, _ in weighted] == ["b", "a"]
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], weights=[1.0, 2.0])


def test_prefer_language_lifts_own_language_but_keeps_clear_winners():
    fused = [("en-1", 0.033), ("zh-1", 0.030), ("en-2", 0.020)]
    languages = {"en-1": "en", "zh-1": "zh", "en-2": "en"}
    order = [i for i, _ in prefer_language(fused, languages, "zh", other_weight=0.75)]
    assert order == ["zh-1", "en-1", "en-2"]
    strong = [("en-1", 0.05), ("zh-1", 0.02)]
    order = [i for i, _ in prefer_language(strong, languages, "zh", other_weight=0.75)]
    assert order == ["en-1", "zh-1"]
