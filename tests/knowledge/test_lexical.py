"""Tokenisation of Chinese, English and mixed text; the BM25 inverted index."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from knowledge.lexical import LexicalIndex, detect_language, tokenize


def test_chinese_is_segmented_with_search_mode_words():
    tokens = tokenize("老人血压高头晕吃什么药")
    assert "血压" in tokens and "头晕" in tokens and "老人" in tokens
    assert "什么" not in tokens  # function words are dropped


def test_english_is_lowercased_with_plural_fold_and_stopwords():
    assert tokenize("The Tablets for Injuries") == ["tablet", "injury"]
    assert tokenize("Diabetes status") == ["diabetes", "status"]


def test_mixed_text_keeps_both_scripts_and_numbers():
    tokens = tokenize("COPD急性加重用沙丁胺醇 salbutamol 2.5 mg")
    assert "copd" in tokens and "salbutamol" in tokens and "2" in tokens and "mg" in tokens
    assert "急性" in tokens and "沙丁胺醇" in tokens


def test_language_detection_counts_characters():
    assert detect_language("被狗咬了要打几针") == "zh"
    assert detect_language("COPD 急性加重怎么办") == "zh"
    assert detect_language("wind-heat cold patent medicine") == "en"
    assert detect_language("Lianhua Qingwen 连花") == "en"


DOCS = [
    "高血压 首选 氨氯地平 降压",
    "腹泻 口服补液盐 补锌",
    "hypertension amlodipine first line",
    "diarrhoea oral rehydration zinc zinc",
    "狂犬病 疫苗 五针法",
]


def test_bm25_ranks_the_matching_document_first():
    index = LexicalIndex(tokenize(d) for d in DOCS)
    assert index.search(tokenize("高血压吃什么药 氨氯地平"), 3)[0][0] == 0
    assert index.search(tokenize("zinc for diarrhoea"), 3)[0][0] == 3
    assert index.search(tokenize("nothing matches"), 3) == []


def test_bm25_scores_match_the_formula():
    docs = [tokenize(d) for d in DOCS]
    index = LexicalIndex(docs, k1=1.2, b=0.75)
    query = ["zinc", "diarrhoea"]
    avg = sum(len(d) for d in docs) / len(docs)
    expected = {}
    for i, doc in enumerate(docs):
        counts = Counter(doc)
        score = 0.0
        for term in query:
            df = sum(1 for d in docs if term in d)
            if counts[term]:
                idf = math.log1p((len(docs) - df + 0.5) / (df + 0.5))
                tf = counts[term]
                score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len(doc) / avg))
        if score:
            expected[i] = score
    got = dict(index.search(query, 10))
    assert got.keys() == expected.keys()
    for i, score in expected.items():
        assert math.isclose(got[i], score, rel_tol=1e-5)


def test_allowed_mask_filters_documents():
    index = LexicalIndex(tokenize(d) for d in DOCS)
    allowed = np.array([False, True, True, True, True])
    assert [i for i, _ in index.search(tokenize("高血压 hypertension"), 5, allowed)] == [2]


def test_empty_index_searches_to_nothing():
    index = LexicalIndex([])
    assert index.search(["anything"], 5) == []
