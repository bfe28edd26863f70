# ruff: noqa: E501  (regular expressions of surface forms are clearer unsplit)
"""Scope of negation, uncertainty, history and family cues over concept mentions.

A negation cue ("no", 无, 否认, 没有) governs the concepts that follow it in the same clause,
including a list joined by 、/和/及/或/and/or/nor ("无发热、咳嗽" negates both) and, in English,
comma-separated bare items ("denies fever, chills, or sweating"). A contrast word (but, 但, 却)
or new content ends the scope ("no fever but chest pain" keeps chest pain). Chinese commas end a
scope because clinical Chinese lists negated items with 、. Uncertainty cues (可能, 好像,
"possibly", "?") mark a clause's concepts uncertain; the engine treats uncertain danger signs
as present, because a suspected danger sign still needs action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import QUALIFIERS, Match
from .values import ABSENT, HISTORY, PRESENT, UNCERTAIN

# Chinese negation cues with how many non-concept characters may stand between cue and concept.
# 无法 (unable to), 未测 (not measured) and 无明显诱因 (without an obvious cause) are not negations.
_NEG_ZH = [
    (
        r"无明显诱因|无诱因|无明显原因|无原因|无法|无异常|未测|未查|未量|未做|没测|没量|不能排除|不除外",
        None,
    ),
    (r"否认有?|并无|均无|也无|亦无|无明显|没有|未见|未诉|未出现|未再|未有|不伴|不伴有|从未", 6),
    (r"无|未|没", 3),
    (r"不", 0),
]
_NEG_EN = [
    (r"not only|no change|no improvement|not sure|no better|no worse|not improving", None),
    (
        r"no signs? of|no evidence of|no history of|no|not|denies|denied|denying|deny|without|"
        r"negative for|absence of|free of|nil|never|none|doesn'?t have|does not have|did not have|"
        r"didn'?t have|hasn'?t had|has not had|hasn'?t|has not|isn'?t|is not|wasn'?t|was not|neither|nor",
        30,
    ),
]
_UNCERTAIN = re.compile(
    r"可能|好像|似乎|疑似|怀疑|不确定|不清楚|说不清|待排|待查|不排除|不能排除|不除外|是否|有没有|或许|大概|"
    r"估计|像是|(?<![a-z])(?:possibl\w*|maybe|perhaps|probabl\w*|might|may have|suspect\w*|query|"
    r"unclear|not sure|unsure|cannot rule out|can'?t rule out|rule out|r/o|questionable|likely|"
    r"concern(?:ed)? (?:for|about)|worried about|could be)(?![a-z])"
)
_HISTORY = re.compile(
    r"既往|以前|曾经|曾有|曾患|以往|过去有|多年前|去年|[\d一二两三四五六七八九十几]+年前|后遗症|"
    r"(?<![a-z])(?:history of|h/o|known|previous(?:ly)?|prior|pmh|years ago|last year|in the past)(?![a-z])"
)
_HISTORY_SUFFIX = re.compile(r"\s*(?:病史|史)")
_FAMILY = re.compile(r"家族史|家族中|家族有|(?<![a-z])(?:family history|fhx?)(?![a-z])")
_BREAK = re.compile(
    r"但是|但|可是|却|然而|不过|而是|只是|伴有|伴|(?<![a-z])(?:but|however|although|though|yet|"
    r"except|apart from|other than|with|has|have|had|reports?|complains? of|c/o|presents? with|"
    r"now|which|who|so)(?![a-z])"
)
_CONNECTOR = re.compile(
    r"[\s、/及和或与也,:：]|以及|或者|还有|任何|其他|明显的?|的|"
    r"(?<![a-z])(?:and|or|nor|any|other|obvious|significant|recent|and/or)(?![a-z])"
)
_POST_NEG = re.compile(
    r"\s*[:：]?\s*(?:无|没有|否认?|阴性|\(-\)|-|none|no|negative|nil|denied|absent)(?=\s*(?:[,、。;；\n.]|$))"
)
_POST_RESOLVED = re.compile(
    r"(?:已经|已|都|也)?(?:退了|已退|消退了?|消失了?|好了|没了)(?=\s*(?:[,、。;；\n.]|$))"
    r"|\s+(?:has |had |have )?(?:resolved|settled|gone|cleared)(?![a-z])"
)
# Events that matter although they are over: chest pain in the last 12 hours (NICE CG95), a
# deficit that resolved (TIA, NICE NG128), a faint, a fit, a bleed, a pause in breathing, a
# thunderclap headache, a suicide attempt. "胸痛已经好了" or "the weakness has resolved" says
# it happened; for the rest (发烧退了, "the cough has settled") it is gone. A later message
# that denies such an event ("现在不抽了") does not undo it either (facts.merge_facts).
EVENTS = frozenset(
    {
        "chest_pain", "chest_tightness", "radiating_pain", "mi_suspected", "syncope",
        "face_droop", "unilateral_weakness", "speech_disturbance", "vision_disturbance",
        "diplopia", "balance_loss", "stroke_suspected", "seizure", "unconscious", "apnoea",
        "thunderclap_headache", "haematemesis", "melaena", "bloody_stool", "haemoptysis",
        "heavy_bleeding", "vaginal_bleeding", "suicide_attempt",
    }
)  # fmt: skip
_SENTENCE_END = re.compile(r"[。！？!?;；\n]|(?<!\d)\.(?!\d)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _compile_neg() -> re.Pattern[str]:
    parts = []
    for i, (rx, _budget) in enumerate(_NEG_ZH):
        parts.append(f"(?P<z{i}>{rx})")
    for i, (rx, _budget) in enumerate(_NEG_EN):
        parts.append(f"(?<![a-z])(?P<e{i}>{rx})(?![a-z])")
    return re.compile("|".join(parts))


_NEG = _compile_neg()


def _neg_budget(group: str) -> int | None:
    table = _NEG_ZH if group[0] == "z" else _NEG_EN
    return table[int(group[1:])][1]


@dataclass(frozen=True)
class Mention:
    """A concept mention with its status and the clause it belongs to."""

    code: str
    status: str
    start: int
    end: int
    clause: int
    surface: str


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _is_bare(segment: str) -> bool:
    return _CONNECTOR.sub("", segment) == ""


def scope_mentions(text: str, matches: list[Match]) -> list[Mention]:
    """Give each concept match a status (present/absent/uncertain/history) and a clause number."""
    spans = [(m.start, m.end) for m in matches]
    events: list[tuple[int, int, str, object]] = []
    for m in matches:
        events.append((m.start, m.end, "concept", m))
    for m in _NEG.finditer(text):
        if not _overlaps(m.start(), m.end(), spans):
            events.append((m.start(), m.end(), "neg", _neg_budget(m.lastgroup or "z0")))
    for kind, rx in (("unc", _UNCERTAIN), ("hist", _HISTORY), ("fam", _FAMILY), ("brk", _BREAK)):
        for m in rx.finditer(text):
            if not _overlaps(m.start(), m.end(), spans):
                events.append((m.start(), m.end(), kind, None))
    for m in _SENTENCE_END.finditer(text):
        events.append((m.start(), m.end(), "end", m.group()))
    for m in re.finditer(",", text):
        events.append((m.start(), m.end(), "comma", None))
    events.sort(key=lambda e: (e[0], -e[1]))

    out: list[Mention] = []
    neg_budget: int | None = None  # characters left before the first negated concept
    neg_seen = False  # a negated concept was seen: only list continuation keeps the scope
    unc = hist = fam = False
    clause = 0
    cursor = 0
    sentence_questions = _question_sentences(text)
    for start, end, kind, payload in events:
        if start < cursor:
            continue  # a cue inside an earlier event
        gap = text[cursor:start]
        if neg_budget is not None or neg_seen:
            if neg_seen:
                if not _is_bare(gap):
                    neg_budget, neg_seen = None, False
            else:
                used = len(_CONNECTOR.sub("", gap)) if _CJK.search(gap) else len(gap.strip())
                if used > neg_budget:  # type: ignore[operator]
                    neg_budget = None
        cursor = end
        if kind == "concept":
            m: Match = payload  # type: ignore[assignment]
            if m.code in QUALIFIERS:
                out.append(Mention(m.code, PRESENT, m.start, m.end, clause, m.surface))
                continue
            negated = neg_budget is not None or neg_seen
            post = _POST_NEG.match(text, m.end)
            if post:
                negated = True
            else:
                post = _POST_RESOLVED.match(text, m.end)
                negated = negated or (post is not None and m.code not in EVENTS)
            if post:
                cursor = post.end()
            if fam:
                continue
            if m.code.startswith("~"):
                # "not alert" means drowsy; but in a continued list ("no fever, alert") the
                # reassuring form is not itself negated.
                direct = neg_budget is not None and not neg_seen
                code, status = m.code[1:], (PRESENT if direct else ABSENT)
                negated = False
            elif negated:
                code, status = m.code, ABSENT
            elif (question := _question_at(sentence_questions, m.start)) and question[2]:
                code, status = m.code, (ABSENT if question[2] == "no" else PRESENT)
            elif unc or question:
                code, status = m.code, UNCERTAIN
            elif hist or _HISTORY_SUFFIX.match(text, m.end):
                code, status = m.code, HISTORY
            else:
                code, status = m.code, PRESENT
            out.append(Mention(code, status, m.start, m.end, clause, m.surface))
            if negated and not post:
                neg_seen, neg_budget = True, None
        elif kind == "neg":
            if payload is None:
                neg_budget, neg_seen = None, False
            else:
                neg_budget, neg_seen = payload, False  # type: ignore[assignment]
        elif kind == "unc":
            unc = True
        elif kind == "hist":
            hist = True
        elif kind == "fam":
            fam = True
        elif kind == "brk":
            neg_budget, neg_seen, hist = None, False, False
        elif kind == "comma":
            clause += 1
            unc = hist = False
            cjk_near = _CJK.search(text[max(0, start - 1) : start + 2])
            if neg_seen and not cjk_near and _is_bare(_strip_concepts(text, end, matches)):
                continue  # English list item: "denies fever, chills, or sweating"
            neg_budget, neg_seen = None, False
        elif kind == "end":
            clause += 1
            neg_budget, neg_seen = None, False
            unc = hist = fam = False
    return out


def _strip_concepts(text: str, pos: int, matches: list[Match]) -> str:
    """The text from pos to the next comma or sentence end, with concept mentions removed."""
    stop = len(text)
    for m in re.finditer(r"[,。！？!?;；\n]|(?<!\d)\.(?!\d)", text[pos:]):
        stop = pos + m.start()
        break
    pieces = []
    cur = pos
    for m in matches:
        if m.start >= pos and m.end <= stop:
            pieces.append(text[cur : m.start])
            cur = m.end
    pieces.append(text[cur:stop])
    return "".join(pieces)


# The answer written right after a question ("有胸痛吗？没有", "Chest pain? No, ..."): staff
# record what they asked and what they were told.
_ANSWER_NO = re.compile(
    r"\s*(?:答[:：]?\s*|a[:：]\s*)?(?:(?:说|都|也)?(?:没有|没|无|否|不是|不)(?:的|呢)?"
    r"|(?:no|nope|none|denies|denied|negative|nil|not really)(?![a-z]))(?=\s*(?:[,，。.;；!！、]|$))",
    re.IGNORECASE,
)
_ANSWER_YES = re.compile(
    r"\s*(?:答[:：]?\s*|a[:：]\s*)?(?:有的?|是的?|对|嗯|yes|yeah|yep|positive)(?![a-z])"
    r"(?=\s*(?:[,，。.;；!！、]|$))",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r".*[,，;；]", re.DOTALL)


def _question_sentences(text: str) -> list[tuple[int, int, str | None]]:
    """Questions (a sentence's last clause that ends in a question mark or 吗), each with the
    answer written right after it: "no", "yes" or None. Its concepts are asked, not stated,
    unless the answer says which; the clauses before it ("头晕三天，有没有胸痛？") are stated."""
    spans: list[tuple[int, int, str | None]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() in "?？" or text[start : m.start()].rstrip().endswith(("吗", "么")):
            spans.append((_clause_start(text, start, m.start()), m.end(), _answer(text, m.end())))
        start = m.end()
    if text[start:].rstrip().endswith(("吗", "?")):
        spans.append((_clause_start(text, start, len(text)), len(text), None))
    return spans


def _clause_start(text: str, start: int, end: int) -> int:
    last = _CLAUSE_START.match(text, start, end)
    return last.end() if last else start


def _answer(text: str, pos: int) -> str | None:
    if _ANSWER_NO.match(text, pos):
        return "no"
    if _ANSWER_YES.match(text, pos):
        return "yes"
    return None


def _question_at(spans: list[tuple[int, int, str | None]], pos: int) -> tuple | None:
    return next((span for span in spans if span[0] <= pos < span[1]), None)
