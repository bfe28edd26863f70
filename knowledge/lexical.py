"""BM25 over mixed Chinese/English text (pure: no Django, no I/O).

Chinese runs are segmented with jieba (search mode, which also emits the shorter words inside
long ones, so "血压高" matches "血压"); Latin runs become lowercase word tokens with a light plural
fold. The index is an inverted file in numpy arrays (postings sorted by term, BM25 weights
precomputed), so a query touches only the postings of its own terms: on 100,000 chunks a query
costs well under a millisecond, where rank-bm25 scores every document in Python.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

_CJK_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_CJK_CHAR_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[α-ω]+")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z]")

# Function words only: clinical words ("pain", "疼") carry meaning even when frequent.
EN_STOPWORDS = frozenset(
    """
    a an and are as at be been but by can could do does for from had has have how i if in into
    is it its may me my no not of on or our should so than that the their them then there these
    they this to was we were what when where which while who why will with would you your s t
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
ZH_STOPWORDS = frozenset(
    """
    的 了 是 在 和 与 或 及 等 也 都 就 还 吗 呢 吧 啊 呀 么 着 过 把 被
    让 给 对 从 向 这 那 个 之 其 而 以 为 于 上 下 中 有 无 不 要 会 能
    可 可以 什么 怎么 怎么办 怎样 如何 哪些 一下 我 你 他 她 它 我们 他们 请问
    一个 这个 那个 应该 需要 时候 情况
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# Drug, formula and clinical words jieba's general dictionary splits into single characters
# (with its HMM off); as whole words they match exactly and score by their real rarity.
MEDICAL_WORDS = tuple(
    """
    沙丁胺醇 氨氯地平 硝苯地平 依那普利 卡托普利 缬沙坦 氯沙坦 厄贝沙坦 氢氯噻嗪
    吲达帕胺 美托洛尔 比索洛尔 二甲双胍 格列美脲 格列齐特 阿卡波糖 胰岛素 阿托伐他汀
    瑞舒伐他汀 辛伐他汀 阿司匹林 氯吡格雷 华法林 利伐沙班 达比加群 地高辛 呋塞米 螺内酯
    硝酸甘油 奥美拉唑 雷贝拉唑 泮托拉唑 铝碳酸镁 阿莫西林 克拉维酸 克拉霉素 阿奇霉素
    甲硝唑 左氧氟沙星 呋喃妥因 磷霉素 头孢 头孢呋辛 头孢克肟 头孢曲松 布地奈德 福莫特罗
    噻托溴铵 异丙托溴铵 泼尼松 布洛芬 对乙酰氨基酚 双氯芬酸 秋水仙碱 别嘌醇 非布司他
    硫酸亚铁 叶酸 口服补液盐 肾上腺素 破伤风 狂犬病 免疫球蛋白 奥司他韦 异烟肼 利福平
    吡嗪酰胺 乙胺丁醇 氟西汀 舍曲林 艾司西酞普兰 左炔诺孕酮 硫酸镁 阿托品 解磷定
    氯雷他定 西替利嗪 氢化可的松 莫匹罗星 炉甘石 蒙脱石散 连花清瘟 藿香正气 板蓝根
    感冒清热颗粒 银翘解毒 双黄连 正柴胡饮 荆防败毒散 桑菊饮 银翘散 复方丹参滴丸
    速效救心丸 麝香保心丸 香砂养胃丸 逍遥丸 归脾丸 六味地黄丸 天王补心丹 补中益气丸
    麻子仁丸 附子理中丸 参苓白术散 葛根芩连 天麻钩藤 半夏白术天麻汤 独活寄生 甘草 附子
    半夏 乌头 人参 藜芦 黄连 大黄 麻黄 细辛 巴豆 牵牛 丁香 郁金 芒硝 三棱 莪术
    舌苔 舌质 脉象 腻苔 幽门螺杆菌 拉肚子 血压高 血糖高 流鼻涕 清鼻涕 手足口病
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

_jieba_lock = threading.Lock()
_jieba_ready = False


def _segment(text: str) -> list[str]:
    global _jieba_ready
    import jieba

    if not _jieba_ready:
        with _jieba_lock:
            if not _jieba_ready:
                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                for word in MEDICAL_WORDS:
                    jieba.add_word(word)
                _jieba_ready = True
    # HMM off: new-word guessing makes odd tokens ("冷流") and differs between query and text.
    return jieba.lcut_for_search(text, HMM=False)


def tokenize(text: str) -> list[str]:
    """Tokens of a mixed Chinese/English text: jieba words for Chinese, lowercase words else."""
    tokens: list[str] = []
    position = 0
    for match in _CJK_RUN_RE.finditer(text):
        tokens.extend(_latin_tokens(text[position : match.start()]))
        tokens.extend(t for t in _segment(match.group()) if t not in ZH_STOPWORDS)
        position = match.end()
    tokens.extend(_latin_tokens(text[position:]))
    return tokens


def _latin_tokens(text: str) -> list[str]:
    if not text:
        return []
    words = _LATIN_RE.findall(text.lower())
    return [_fold_plural(w) for w in words if w not in EN_STOPWORDS]


# Singular words that look plural; folding them would only make the index harder to read.
_NOT_PLURAL = frozenset(
    ["diabetes", "rabies", "herpes", "measles", "mumps", "scabies", "series", "species"]
)


def _fold_plural(word: str) -> str:
    """A tiny English plural fold (tablets -> tablet, injuries -> injury); no full stemmer."""
    if word in _NOT_PLURAL:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        return word[:-1]
    return word


def detect_language(text: str) -> str:
    """ "zh" when the text is mostly Chinese (by characters), else "en"."""
    cjk = len(_CJK_CHAR_RE.findall(text))
    latin = len(_LATIN_LETTER_RE.findall(text))
    # A Chinese character carries about as much as a short English word; drug names and
    # abbreviations in a Chinese question ("COPD 急性加重") must not flip it to English.
    return "zh" if cjk and cjk * 3 >= latin else "en"


class LexicalIndex:
    """An immutable BM25 index over token lists, searched by term postings."""

    def __init__(
        self, documents: Iterable[Sequence[str]], *, k1: float = 1.2, b: float = 0.75
    ) -> None:
        vocabulary: dict[str, int] = {}
        term_ids: list[np.ndarray] = []
        term_freqs: list[np.ndarray] = []
        lengths: list[int] = []
        for tokens in documents:
            counts = Counter(tokens)
            ids = np.fromiter(
                (vocabulary.setdefault(t, len(vocabulary)) for t in counts),
                dtype=np.int32,
                count=len(counts),
            )
            term_ids.append(ids)
            term_freqs.append(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
            lengths.append(len(tokens))
        self.vocabulary = vocabulary
        self.size = len(lengths)
        doc_len = np.asarray(lengths, dtype=np.float32)
        per_doc = np.fromiter((len(ids) for ids in term_ids), dtype=np.int64, count=self.size)
        all_terms = np.concatenate(term_ids) if term_ids else np.zeros(0, np.int32)
        all_tf = np.concatenate(term_freqs) if term_freqs else np.zeros(0, np.float32)
        all_docs = np.repeat(np.arange(self.size, dtype=np.int32), per_doc)
        # Postings sorted by term; a term's postings are one contiguous slice.
        order = np.argsort(all_terms, kind="stable")
        self._docs = all_docs[order]
        counts_per_term = np.bincount(all_terms, minlength=len(vocabulary))
        self._offsets = np.zeros(len(vocabulary) + 1, dtype=np.int64)
        self._offsets[1:] = np.cumsum(counts_per_term)
        df = counts_per_term.astype(np.float32)
        avg_len = float(doc_len.mean()) if self.size else 0.0
        idf = np.log1p((self.size - df + 0.5) / (df + 0.5)).astype(np.float32)
        tf = all_tf[order]
        norm = k1 * (1.0 - b + b * doc_len[self._docs] / max(avg_len, 1e-9))
        self._weights = (idf[all_terms[order]] * tf * (k1 + 1.0) / (tf + norm)).astype(np.float32)

    def search(
        self, tokens: Sequence[str], k: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """Top ``k`` (document index, BM25 score) for query tokens; ``allowed`` is a bool mask."""
        slices = []
        for term, count in Counter(tokens).items():
            term_id = self.vocabulary.get(term)
            if term_id is not None:
                slices.append((self._offsets[term_id], self._offsets[term_id + 1], count))
        if not slices or k <= 0:
            return []
        docs = np.concatenate([self._docs[s:e] for s, e, _ in slices])
        weights = np.concatenate([self._weights[s:e] * c for s, e, c in slices])
        # Dense accumulation is O(documents + postings) with no sort; on 100k chunks it beats
        # np.unique over the postings of common words.
        scores = np.bincount(docs, weights=weights, minlength=self.size)
        if allowed is not None:
            scores[~allowed] = 0.0
        candidates = np.flatnonzero(scores)
        if not len(candidates):
            return []
        if len(candidates) > k:
            top = candidates[np.argpartition(-scores[candidates], k - 1)[:k]]
        else:
            top = candidates
        top = top[np.lexsort((top, -scores[top]))]
        return [(int(i), float(scores[i])) for i in top]

    @property
    def postings(self) -> int:
        """Number of (term, document) postings, a proxy for the index's memory."""
        return len(self._docs)

    def nbytes(self) -> int:
        """Bytes held by the posting arrays."""
        return self._docs.nbytes + self._weights.nbytes + self._offsets.nbytes
