"""Facts from free text: concept findings with status, qualifiers, durations, vitals, age, sex,
pregnancy. One message is parsed once (cached); a conversation's facts are the messages'
facts merged in order, later statements winning."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from .demographics import parse_age_days, parse_age_hint, parse_gestation_weeks, parse_sex
from .dialect import to_mandarin
from .hedges import unhedge
from .lexicon import CONCEPTS, CONDITIONS, IMPLIES, QUALIFIERS, find_concepts, split_denials
from .negation import ASKER_ZH, EVENTS, FULL_STOP, PERSON_ZH, scope_mentions
from .numbers import parse_number
from .timing import find_durations
from .values import ABSENT, HISTORY, PRESENT, UNCERTAIN, Facts, PatientContext, Vitals
from .vitals import parse_vitals

# Within one message the strongest statement wins (a danger sign mentioned as present anywhere
# in it counts). Across messages the later message wins, except that a mere mention of the past
# never erases a current statement.
_WITHIN = {PRESENT: 3, UNCERTAIN: 2, ABSENT: 1, HISTORY: 0}
_CLAUSE_END = re.compile(r"[,。！？!?;；\n]|" + FULL_STOP)
_BURN_PERCENT = re.compile(
    r"(?:面积|tbsa|bsa|body surface(?: area)?)\D{0,8}?(\d{1,2})\s*%"
    r"|(\d{1,2})\s*%\s*(?:的)?(?:体表)?(?:面积|tbsa|bsa|烧伤|烫伤|burns?|body)"
)
# Palm method (ISBI 2016; 外科学 第9版 烧伤 手掌法): the patient's palm with fingers is about 1%
# of body surface. "五六个手掌那么大" / "about 3 of his palms"; a range counts at its top.
_PALM_NUM = (
    r"(\d{1,2}|[一二两三四五六七八九十]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
)
_PALMS = re.compile(
    rf"{_PALM_NUM}\s*(?:[-~到至或]\s*{_PALM_NUM})?\s*个?(?:手掌|巴掌|掌心)(?:那么|这么|那样|一样|左右|多)*(?:大|宽|面积|的面积)"
    rf"|(?:面积|范围)[^,。;；]{{0,6}}?{_PALM_NUM}\s*(?:[-~到至或]\s*{_PALM_NUM})?\s*个?(?:手掌|巴掌)"
    rf"|(?<![a-z]){_PALM_NUM}(?:\s*(?:-|to|or)\s*{_PALM_NUM})?\s+(?:(?:of\s+)?(?:his|her|their|the\s+\w+'s|the)\s+(?:own\s+)?)?"
    r"(?:palms?|palm[- ]?(?:sizes?|widths?|areas?|prints?)|hand\s*prints?)(?![a-z])"
)
_EN_NUMBERS = {w: i for i, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), start=1
)}  # fmt: skip
_BARE_WEEKS = re.compile(
    r"(?<![\d.])(\d{1,2})\s*(?:\+\d\s*)?(?:weeks?|wks?|周)(?!\s*(?:old|-old|大|龄|ago|前|了))"
)
_CIRCUMSTANCES = frozenset({"exertional", "eases_with_rest"})
# NICE NG128 / CG95: a transient deficit's or a chest pain's minutes ("slurred for about 15
# min, then back to normal", 大概二十分钟 自己好了) are how long the episode lasted, not when it
# began; when it began (前天晚上, "on Sunday") decides how soon it is seen.
_EPISODE_CODES = frozenset(
    {
        "face_droop", "unilateral_weakness", "speech_disturbance", "vision_disturbance",
        "limb_numb", "chest_pain", "chest_tightness",
    }
)  # fmt: skip
_ONSET_SPAN = re.compile(r"前|刚|ago|just now")
# "came round within 15 min", 15分钟内醒过来了: how long recovery took, neither a length nor
# an onset (NICE NG217 times the seizure, not the coming round).
_RECOVERY_BEFORE = re.compile(
    r"(?:(?:came|come|coming|comes) round|woke(?: up)?|recovered|back to (?:normal|baseline))"
    r" (?:within|in|after) (?:about |abt |around |~)?$"
)
_RECOVERY_AFTER = re.compile(r"\s*(?:内|以内|之内)?(?:就|才)?(?:醒过来|醒了|清醒|恢复)")
# "for about 20 mins", 持续了半个钟头: a length however the conversation goes on to tell it.
_LASTED = re.compile(
    r"(?:(?<![a-z])(?:for|lasted|lasting)|持续了?|维持了?)\s*(?:about|abt|around|approx\.?|~|大概|大约|约)?\s*$"
)
_LEADING_WEEKS = re.compile(
    r"\s*(\d{1,2})\s*(?:(?:\+\d\s*)?"
    r"(?:周(?![大龄岁了前])|(?:weeks?|wks?|/40)(?![a-z])(?! (?:of|ago|history|hx)\b))"
    r"|\+\d(?![\d/.]))"
)
_CHILD_WORDS = re.compile(
    r"娃|宝宝|孩子|小孩|婴|儿子|闺女|男孩|女孩|(?<![a-z])(?:baby|infant|child|boy|girl)"
)
_QUALIFIER_SETS = {"q_severe": "severe", "q_mild": "mild", "q_sudden": "sudden"}
# The qualifier words a pain's surface may hold within it (头突然剧痛 is read as one headache):
# the lexicon's own onset and severity words, and the mild adverbs of the pain-site forms.
_PAIN = re.compile("[痛疼]")
_INNER_QUALIFIERS = {
    "sudden": tuple(CONCEPTS["q_sudden"][0].split()),
    "severe": tuple(CONCEPTS["q_severe"][0].split()),
    "mild": ("隐隐", "有点", "有些", "稍微", "轻微"),
}
_SUDDEN_WORD = re.compile(
    "|".join(map(re.escape, _INNER_QUALIFIERS["sudden"])) + r"|(?<![a-z])sudden(?:ly)?(?![a-z])"
)
# Qualifiers that describe the whole presentation and are kept as findings of their own.
_FEATURE_QUALIFIERS = frozenset(
    {
        "q_no_knock",
        "q_musculoskeletal",
        "q_worsening",
        "q_positional",
        "q_baseline",
        "q_symptom_free_now",
        "q_ongoing",
    }
)


# Spaces between Chinese characters ("说话 不清楚", "呼吸 困难"), as some staff type them or
# speech input leaves them: Chinese words are written together.
# A space after a Chinese numeral stays: "血压七十 四十" is two numbers, not 七十四十.
_CJK_SPACE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![零一二两三四五六七八九十百千])[ \t\u3000]+(?=[\u4e00-\u9fff])"
)
# A word denied on its own before a space (没出门 喘气正常, 没下地 胸口疼, 没吃饭 发烧39度): the
# denial ends at the space, which becomes a comma, so that it neither takes the next word ("chest
# pain" read as denied) nor turns a reassuring one ("breathing normal" read as breathlessness). A
# cue with only filler words before the space still reaches on (没有 发烧, 没什么 精神), and a 没
# inside a symptom's words (一直没劲) is no cue. 不 reaches no further than the word it touches
# already (叫不醒, 伸不直 are words of their own).
_DENIED_WORD = re.compile(r"(?:没有|没|无|未)(?P<tail>[\u4e00-\u9fff]{1,6})$")
_NEG_FILLER = re.compile(
    r"(?:有|什么|啥子?|怎么样?|咋|太|很|那么|多少|多大|大|一点儿?|点|再|明显|见|出现|发现|感觉|觉得|说|提|都|也|还|就|真)+"
)


def _cjk_space(m: re.Match[str]) -> str:
    word = re.search(r"[\u4e00-\u9fff]+$", m.string[: m.start()])
    denied = _DENIED_WORD.search(word.group()) if word else None
    if not denied or _NEG_FILLER.fullmatch(denied.group("tail")):
        return ""
    # 一直没劲, 没精神, 没尿: the 没 belongs to a symptom's own words, which deny nothing
    cue = denied.start()
    if any(c.start <= cue < c.end for c in find_concepts(word.group())):
        return ""
    return ","


# "问头疼眼花不 没有": a reported question and the short answer after it are kept apart by
# commas, which joining the spaces between Chinese words would otherwise lose.
_ASKED_ANSWER = re.compile(
    r"(问[^，,。；;？?\n \t\u3000]{1,16}?"
    r"(?:没有|没[\u4e00-\u9fff]{0,2}|吗|么|不[\u4e00-\u9fff]{0,2}))[ \t\u3000]+"
    r"([^ \t\u3000，,。；;？?\n]{1,5})(?=[ \t\u3000]|$)"
)
# "问她嗓子紧不紧 喘不喘 说都没有": several questions told in a row, one denial answering them all.
_ASKED_ITEMS = re.compile(
    r"(?:" + ASKER_ZH + r")"
    r"(?P<items>[^\s，,。；;？?\n]{1,16}(?:[ \t\u3000]+[^\s，,。；;？?\n]{1,16}){1,4}?)"
    r"[ \t\u3000]+" + PERSON_ZH + r"?(?:都说|也说|说|答|都)"
    r"(?:都|也)?(?:没有)+(?=[ \t\u3000，,。；;]|$)"
)
_SPACES = re.compile(r"[ \t\u3000]+")
_ASKED_BEFORE = re.compile(r"^(?:有没有|有无|是否)")  # 有没有想不开
_ASKED_AFTER = re.compile(r"(?:没有?|吗|么|不[\u4e00-\u9fff]?)$")  # 喘不喘, 头晕不, 出汗没
_A_NOT_A = re.compile(r"([\u4e00-\u9fff]{1,2})(?:没|不)\1$")
_ASKER = re.compile(ASKER_ZH)


def _asked_items(m: re.Match[str]) -> str:
    """问她嗓子紧不紧 喘不喘 说都没有 -> 问她嗓子紧不紧,喘不喘,说都没有, when every item is a
    question: the commas the joined spaces would lose, so that negation.py reads one answer to
    a list of questions (as it does when staff type the commas)."""
    for item in m.group("items").split():
        if not (_A_NOT_A.search(item) or _ASKED_BEFORE.search(item) or _ASKED_AFTER.search(item)):
            return m.group(0)  # 问家属 他胸口疼两个小时了 说都没有: not a question
    return _SPACES.sub(",", m.group(0)) + ","


def _asked_answer(m: re.Match[str]) -> str:
    """问X不 答 -> 问X不,答, (ASCII: the text is NFKC by now); an A-not-A question
    (问他胸口疼不疼 说疼) becomes 问他有没有胸口疼? so that its 不 or 没 is not read as a
    denial, or 胸口疼, when the answer repeats it (说疼)."""
    question, answer = m.group(1), m.group(2)
    a_not_a = _A_NOT_A.search(question)
    if a_not_a:
        asker = _ASKER.match(question).end()
        asked = question[asker : a_not_a.start()] + a_not_a.group(1)
        if answer.removeprefix("都").removeprefix("也").removeprefix("说") in (
            a_not_a.group(1),
            a_not_a.group(1)[-1],
            "有",
            "是",
            "对",
        ):
            return asked + ","  # 问他胸口疼不疼 说疼: a yes, the finding told
        return question[:asker] + "有没有" + asked + "?" + answer + ","
    return question + "," + answer + ","


# Voice input's homophones (乎吸 for 呼吸, 婚迷 for 昏迷) and dictation's or a hurried hand's
# misspellings ("chest pian", "unconcious"): each is a sequence no one writes on purpose.
_VOICE_FIXES = {
    "乎吸": "呼吸", "婚迷": "昏迷", "雪压": "血压", "血丫": "血压", "学压": "血压", "额心": "恶心",
    "冷寒": "冷汗", "最歪": "嘴歪", "吐雪": "吐血", "堂尿病": "糖尿病", "头云": "头晕",
    "穿不上气": "喘不上气", "胸口腾": "胸口疼", "心口腾": "心口疼", "肚子腾": "肚子疼",
    "头腾": "头疼", "胸口门": "胸口闷", "发马": "发麻", "不青楚": "不清楚", "谈多": "痰多",
    "传不上气": "喘不上气", "老鼠要": "老鼠药", "被舍咬": "被蛇咬", "流雪": "流血", "吐学": "吐血",
    "云过去": "晕过去", "雪糖": "血糖", "尿腾": "尿疼",
}  # fmt: skip
_VOICE_RE = re.compile("|".join(map(re.escape, _VOICE_FIXES)))
_TYPOS = {
    "pian": "pain", "sweting": "sweating", "swetting": "sweating", "diabetis": "diabetes",
    "unconcious": "unconscious", "unconsious": "unconscious", "siezure": "seizure",
    "siezures": "seizures", "brethe": "breathe", "bruses": "bruises", "dizy": "dizzy",
    "forhead": "forehead", "swolen": "swollen", "outstreched": "outstretched",
    "yestrday": "yesterday", "totaly": "totally", "vomitting": "vomiting", "nausous": "nauseous",
    "stomache": "stomach", "headach": "headache", "breathng": "breathing",
    "burnin": "burning", "wen": "when", "mornin": "morning", "abit": "a bit",
    "crushng": "crushing", "fourty": "forty", "breathles": "breathless", "alot": "a lot",
    "ankel": "ankle", "nappys": "nappies", "wud": "would", "diabeties": "diabetes",
    "brething": "breathing", "vommiting": "vomiting", "feaver": "fever",
    "temprature": "temperature", "abt": "about",
    # text-speak: "rite hand", "since last nite", "had stone b4", "cos of his kids"
    "rite": "right", "nite": "night", "b4": "before", "yest": "yesterday", "sins": "since",
    "cos": "because", "coz": "because", "cuz": "because", "knock out": "knocked out",
    # Scots: "his heid just exploded", "cannae stand the light", "been boakin twice"
    "heid": "head", "cannae": "can't", "canna": "can't", "boakin": "vomiting",
    "boaking": "vomiting", "boaked": "vomited",
}  # fmt: skip
# Words typed without their final g ("pain goin to L arm", "sweatin alot", "baby not movin"): only
# these stems, so that "pain", "skin" or "again" are never touched.
_DROPPED_G_STEMS = [
    "go", "com", "sweat", "walk", "mov", "feel", "talk", "sleep", "eat", "bleed", "dropp",
    "ask", "leak", "tak", "runn", "vomit", "cough", "breath", "shak", "puk", "throw", "hav",
    "gett", "keep", "look", "bring", "cry", "swell", "itch", "pass", "pee", "wheez", "chok",
    "shiver", "fitt", "slurr", "stay", "play", "drink", "feed", "wett", "hurt", "ach",
    "throbb", "spread", "los", "faint", "jerk", "even", "noth", "someth", "turn", "start",
    "work", "gasp", "dribbl", "drool", "limp", "hold", "beat", "hitt", "kick", "pok", "fall",
]  # fmt: skip
_TYPOS.update({f"{stem}in": f"{stem}ing" for stem in _DROPPED_G_STEMS})
_TYPO_RE = re.compile(r"(?<![a-z])(?:" + "|".join(_TYPOS) + r")(?![a-z])")
# A lone "n" or "w" for "and" and "with" ("arm n jaw", "fight w wife"), not a unit after its
# number ("33w", "33 w").
_AND_WITH_RE = re.compile(r"(?<![a-z0-9/&'])(?<!\d )([nw])(?![a-z0-9/&'])")
# Shorthand with a slash: "better off w/o her", "b/c numb feet".
_SLASHED = {"w/o": "without", "b/c": "because"}
_SLASHED_RE = re.compile(r"(?<![a-z/])(?:w/o|b/c)(?![a-z/])")


# Numbers dictated as words: tens and their units anywhere ("rr forty-eight", "sugar twenty
# two"), a hundred and more told as its digits' words ("sodium one twenty one", "bp one
# sixty over ninety"), a decimal told with "point" ("potassium six point eight", "temp
# thirty eight point five"), a smaller count only before its unit ("seven wks", "three days");
# "no one" stays.
_TENS = {
    w: 10 * n
    for n, w in enumerate(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), start=2
    )
}
_UNITS = {
    w: n
    for n, w in enumerate(
        (
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ),
        start=1,
    )
}
_TENS_RE = re.compile(
    r"(?<![a-z])(" + "|".join(_TENS) + r")(?:[- ](" + "|".join(list(_UNITS)[:9]) + r"))?(?![a-z])"
)
_COUNT_RE = re.compile(
    r"(?<![a-z])(" + "|".join(_UNITS) + r")(?=[- ]?(?:wks?|weeks?|days?|hrs?|hours?|mins?|"
    r"minutes?|months?|yrs?|years?|times?|x)(?![a-z]))"
)


_HUNDREDS_RE = re.compile(
    # (not the units of a number already told in words: "ninety-seven ninety-eight" is two)
    r"(?<![a-z])(?<!ty-)(?<!ty )(one|two|three|four|five|six|seven|eight|nine)[ -]("
    + "|".join(_TENS)
    + r")(?:[- ]("
    + "|".join(list(_UNITS)[:9])
    + r"))?(?![a-z])"
)
_DIGIT_WORDS = "|".join(["zero", *list(_UNITS)[:9]])
_POINT_RE = re.compile(
    r"(?<![a-z.])(\d{1,2}|" + _DIGIT_WORDS + r") point (" + _DIGIT_WORDS + r"|\d)(?![a-z\d])"
)


def _digit(word: str) -> str:
    return word if word.isdigit() else str(_UNITS.get(word, 0))


def _hundreds(m: re.Match[str]) -> str:
    return str(100 * _UNITS[m.group(1)] + _TENS[m.group(2)] + _UNITS.get(m.group(3) or "", 0))


def _number_words(text: str) -> str:
    text = _HUNDREDS_RE.sub(_hundreds, text)
    text = _TENS_RE.sub(lambda m: str(_TENS[m.group(1)] + _UNITS.get(m.group(2) or "", 0)), text)
    text = _POINT_RE.sub(lambda m: _digit(m.group(1)) + "." + _digit(m.group(2)), text)
    return _COUNT_RE.sub(lambda m: str(_UNITS[m.group(1)]), text)


# A few words in quotes, as a relative's own ("took 'about 20' of his amlodipine", said "fine"):
# read as the words themselves. An apostrophe inside a word (can't) is not a quote.
_QUOTED = re.compile(r"(?<![a-z0-9])['\"“”]([^'\"“”\n]{1,24}?)['\"“”](?![a-z0-9])")


# A denial told of the other places only (别的地方没烫到, 没有别的地方烫到, "nowhere else burnt"):
# it says nothing of the place already told, so its word is dropped.
_ELSEWHERE_DENIED = re.compile(
    r"(?:(?:别的|其他|其它)(?:地方|部位)|别处)(?:都|也|再)?(?:没有?|无)[\u4e00-\u9fff]{0,3}"
    r"|(?:没有?|无)(?:别的|其他|其它)(?:地方|部位)[\u4e00-\u9fff]{0,3}"
    r"|(?<![a-z])(?:nowhere|not anywhere|no ?where) else(?: \w+)?"
)


def normalise(text: str) -> str:
    """NFKC (full-width to half-width, ℃ to °C), lower case, straight apostrophes, no spaces
    between Chinese characters, voice input's homophones, regional words in Mandarin
    (dialect.py), common misspellings and dictated numbers mended, and softening words moved
    out of a symptom (hedges.py)."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'").replace("‘", "'")
    text = _QUOTED.sub(r"\1", text)
    text = _ASKED_ITEMS.sub(_asked_items, text)
    text = _ASKED_ANSWER.sub(_asked_answer, text)
    text = _CJK_SPACE.sub(_cjk_space, text)
    text = _ELSEWHERE_DENIED.sub("别处没有", text)
    text = to_mandarin(_VOICE_RE.sub(lambda m: _VOICE_FIXES[m.group()], text))
    text = _SLASHED_RE.sub(lambda m: _SLASHED[m.group()], text)
    text = _AND_WITH_RE.sub(lambda m: "and" if m.group(1) == "n" else "with", text)
    return unhedge(_number_words(_TYPO_RE.sub(lambda m: _TYPOS[m.group()], text)))


# An onset denied where it is told (不是一下子疼的, 并不是突然, "not sudden", "wasn't sudden").
_DENIABLE_QUALIFIERS = frozenset({"q_sudden"})
_DENIED_QUALIFIER = re.compile(
    r"(?:不是|并非|并不是|没有|不算)$|(?<![a-z])(?:not|wasn'?t|isn'?t|never) $"
)


@functools.lru_cache(maxsize=8192)
def extract_facts(text: str) -> Facts:
    """The facts stated in one message (cached, so a conversation re-parses only new text)."""
    # 头不疼 -> 不头疼, (a denial inside a symptom's words, lexicon.split_denials)
    norm, split = split_denials(normalise(text))
    mentions = scope_mentions(norm, find_concepts(norm))
    ends = [m.start() for m in _CLAUSE_END.finditer(norm)]

    status: dict[str, str] = {}
    evidence: dict[str, str] = {}
    by_clause: dict[int, list[str]] = {}
    qualifiers: dict[int, set[str]] = {}
    onset_words: list[str] = []
    for m in mentions:
        if m.code in QUALIFIERS:
            if m.code in _DENIABLE_QUALIFIERS and _DENIED_QUALIFIER.search(norm, 0, m.start):
                continue  # 不是一下子疼的, "not sudden": the onset is denied, not told
            qualifiers.setdefault(m.clause, set()).add(m.code)
            if m.code == "q_sudden":
                onset_words.append(m.surface)
            if m.code in _FEATURE_QUALIFIERS:
                status[m.code] = PRESENT  # a feature of the whole presentation
            continue
        if _WITHIN[m.status] > _WITHIN.get(status.get(m.code, HISTORY), -1) or m.code not in status:
            status[m.code] = m.status
        if m.status in (PRESENT, UNCERTAIN):
            evidence.setdefault(m.code, m.surface)
            by_clause.setdefault(m.clause, []).append(m.code)
    for code, st in list(status.items()):
        if st in (PRESENT, UNCERTAIN):
            for implied in IMPLIES.get(code, ()):
                if (
                    _WITHIN[st] > _WITHIN.get(status.get(implied, HISTORY), -1)
                    or implied not in status
                ):
                    status[implied] = st

    marks: dict[str, set[str]] = {"severe": set(), "mild": set(), "sudden": set()}
    for m in mentions:
        # A pain told with its own onset or degree (头突然剧痛, 肚子有点痛, 睾丸剧痛) is qualified
        # by it (黄得厉害 is a form of jaundice, not a degree of it); any sign told with its own
        # onset ("face and hands suddenly swollen") by that onset.
        if m.code in QUALIFIERS or m.status not in (PRESENT, UNCERTAIN):
            continue
        if _PAIN.search(m.surface):
            for mark, words in _INNER_QUALIFIERS.items():
                if any(w in m.surface for w in words):
                    marks[mark].add(m.code)
        elif _SUDDEN_WORD.search(m.surface):
            marks["sudden"].add(m.code)
    for clause, quals in qualifiers.items():
        # "头痛，很厉害": a qualifier in a clause without a concept applies to the previous clause
        target = by_clause.get(clause) or by_clause.get(clause - 1) or []
        for q in quals:
            if q == "q_sudden":
                # "sudden severe dizziness, can't walk straight": onset governs the next clauses too
                for k in (clause, clause + 1, clause + 2):
                    marks["sudden"].update(by_clause.get(k, ()))
                marks["sudden"].update(target)
            elif q in _QUALIFIER_SETS:
                marks[_QUALIFIER_SETS[q]].update(target)
            elif q == "q_worsening":
                marks["severe"].update(c for c in target if c in _WORSENING_IS_SEVERE)
    for code in list(marks["severe"]):
        if code == "headache" and code in marks["sudden"]:
            status.setdefault("thunderclap_headache", status.get("headache", PRESENT))
            # its evidence is the headache and its onset, so that a correction taking back the
            # onset ("correction - not sudden") takes it back too (merge_facts)
            evidence.setdefault(
                "thunderclap_headache", " ".join([evidence.get("headache", ""), *onset_words])
            )

    # A message that opens with a week count in pregnancy's range and names no child ("33周
    # 偶尔肚子发紧") is telling the gestation, not how long the tightenings have lasted.
    leading = _LEADING_WEEKS.match(norm)
    leading_weeks = (
        int(leading.group(1))
        if leading and 12 <= int(leading.group(1)) <= 44 and not _CHILD_WORDS.search(norm)
        else None
    )
    durations: dict[str, float] = {}
    # A time belongs to a symptom, not to the circumstance it came in ("三天前干活时胸口压着疼"),
    # nor to a past illness told beside it (中过风的 昨天下午左手突然没力: yesterday is the hand's).
    current = any(m.status == PRESENT for m in mentions)
    concept_spans = [
        (m.start, m.code, m.clause, m.end)
        for m in mentions
        if m.code not in QUALIFIERS
        and m.code not in _CIRCUMSTANCES
        and not (m.status == HISTORY and current)
    ]
    episode_over = status.get("q_symptom_free_now") == PRESENT
    for start, end, hours in find_durations(norm):
        if leading_weeks is not None and start == leading.start(1):
            continue
        if _RECOVERY_BEFORE.search(norm[max(0, start - 24) : start]) or _RECOVERY_AFTER.match(
            norm, end
        ):
            continue
        told_as_length = episode_over or _LASTED.search(norm[max(0, start - 16) : start])
        length = told_as_length and hours < 1 and not _ONSET_SPAN.search(norm[start:end])
        clause = bisect.bisect_right(ends, start)
        spans = [(s, code) for s, code, c, _e in concept_spans if c == clause] or [
            (s, code) for s, code, c, _e in concept_spans if c == clause - 1
        ]
        # "X后3个月" (阑尾手术后3个月 今天尿红了): the time since X, whatever follows it
        since = [
            code
            for _s, code, _c, e in concept_spans
            if norm[start - 1 : start] == "后" and e in (start, start - 1)
        ]
        if since:
            durations[since[-1]] = max(durations.get(since[-1], 0.0), hours)
        elif spans:
            # nearest first; at the same distance a complaint before a background condition
            # (糖尿病 说前天晚上胃疼: the day before yesterday is the stomach pain's)
            _s, code = min(spans, key=lambda sc: (abs(sc[0] - start), sc[1] in CONDITIONS, sc[1]))
            if length and code in _EPISODE_CODES:
                continue
            durations[code] = max(durations.get(code, 0.0), hours)

    gestation = parse_gestation_weeks(norm) or leading_weeks
    if gestation is None and status.get("pregnant") in (PRESENT, UNCERTAIN):
        # "Second baby, 39 weeks" / "孕妇，32周": a bare week count in a pregnancy context
        m = _BARE_WEEKS.search(norm)
        if m and 4 <= int(m.group(1)) <= 44:
            gestation = int(m.group(1))
    pregnant: bool | None = None
    if status.get("pregnant") == ABSENT and status.get("positive_pregnancy_test") != PRESENT:
        pregnant, gestation = False, None  # 否认怀孕, "UPT negative": not the weeks since LMP
    elif status.get("pregnant") in (PRESENT, UNCERTAIN) or gestation is not None:
        pregnant = True
    burn = _burn_percent(norm)

    return Facts(
        findings=tuple(sorted(status.items())),
        vitals=parse_vitals(norm),
        age_days=parse_age_days(norm),
        age_hint=parse_age_hint(norm),
        sex=parse_sex(norm),
        pregnant=pregnant,
        gestation_weeks=gestation,
        severe=frozenset(marks["severe"]),
        mild=frozenset(marks["mild"]),
        sudden=frozenset(marks["sudden"]),
        durations=tuple(sorted(durations.items())),
        burn_percent=burn,
        evidence=tuple(sorted(evidence.items())),
        site_denials=frozenset(code for code in split if status.get(code) == ABSENT),
    )


# Rule of nines (ISBI 2016; 外科学 第9版 烧伤 中国九分法, rounded up for a child's larger head):
# the body parts a large burn covers, counted only when the text says the area is large
# (一大片, 大面积, 整条腿, "whole chest"): a part named alone may be a small patch of it.
_BURN_LARGE = re.compile(
    r"一大片|大面积|整个|整条|整只|全身|满身|一整片"
    r"|(?<![a-z])(?:whole|entire|all over|large area)(?![a-z])"
)
# These say "large" without a body part; the others (整个, whole) need one.
_BURN_LARGE_ALONE = re.compile(r"大面积|全身|满身|(?<![a-z])(?:all over|large area)(?![a-z])")
_BURN_REGIONS = (  # (pattern, percent of the body surface, parts named)
    (r"两条腿|双腿|两腿|两只脚和腿|(?<![a-z])(?:both|two) legs", 28, 2),
    (r"腿|(?<![a-z])legs?(?![a-z])", 14, 1),
    (r"两只胳膊|两个胳膊|双臂|两条胳膊|两只手臂|(?<![a-z])(?:both|two) arms", 18, 2),
    (r"胳膊|手臂|上肢|(?<![a-z])arms?(?![a-z])", 9, 1),
    (r"后背|背部|背上|(?<![a-z])back(?![a-z])", 18, 1),
    (r"胸口|胸部|前胸|(?<![a-z])chest(?![a-z])", 9, 1),
    (r"肚子|腹部|肚皮|(?<![a-z])(?:belly|abdomen|tummy|stomach)(?![a-z])", 9, 1),
    (r"头面部|头面|脸|面部|头部|(?<![a-z])(?:face|head)(?![a-z])", 9, 1),
    (r"屁股|臀部|(?<![a-z])(?:buttocks?|bottom)(?![a-z])", 5, 1),
)
_BURN_SIZE_DEFAULT = 10  # "大面积" with no part named: a large burn is at least this


def _burn_percent(norm: str) -> int | None:
    """Burned body surface in percent: stated (面积5%), counted in the patient's palms, or, when
    the text calls the area large, the body parts it names by the rule of nines."""
    m = _BURN_PERCENT.search(norm)
    if m:
        return int(m.group(1) or m.group(2))
    counts = []
    for m in _PALMS.finditer(norm):
        for token in m.groups():
            if token:
                value = _EN_NUMBERS.get(token) or parse_number(token)
                if value:
                    counts.append(value)
    if counts:
        return int(max(counts) + 0.5)
    if not _BURN_LARGE.search(norm):
        # Three or more parts listed as burned in one clause (前胸肚子两条胳膊都烫了) are an
        # extensive burn even without a word for large.
        # Two parts blistered ("chest and arm blistered", 胸口和胳膊都起泡了) are partial thickness
        # over both (NICE CKS Burns and scalds 2024).
        listed = [clause for clause in _CLAUSES.split(norm) if _BURNED.search(clause)]
        for clause in listed:
            total, parts = _burn_regions(clause)
            if parts >= 3 or (parts >= 2 and _BLISTERED.search(clause)):
                return min(total, 100)
        return None
    total, _parts = _burn_regions(norm)
    if total:
        return min(total, 100)
    return _BURN_SIZE_DEFAULT if _BURN_LARGE_ALONE.search(norm) else None


# Chinese clauses end at their comma (half-width once normalised); an English list of parts
# runs over commas.
_CLAUSES = re.compile(r"(?<=[\u4e00-\u9fff]),|,(?=\s*[\u4e00-\u9fff])|[。;\n!?]|" + FULL_STOP)
# 烧 as in a burn, not a fever (发烧, 高烧, 退烧) or heartburn (烧心); blisters (起了大泡) in a
# message after the one that names the burn.
_BURNED = re.compile(
    r"烫|(?<![发退低高])烧(?!心)|起了?大?泡|(?<![a-z])(?:burn\w*|scald\w*|blister\w*)(?![a-z])"
)


_BLISTERED = re.compile(r"起了?大?(?:泡|疱)|(?<![a-z])blister\w*")


def _burn_regions(text: str) -> tuple[int, int]:
    """The rule-of-nines share of the body parts named in the text, and how many parts (both
    arms are two)."""
    rest, total, parts = text, 0, 0
    for pattern, share, count in _BURN_REGIONS:
        if re.search(pattern, rest):
            total += share
            parts += count
            rest = re.sub(pattern, " ", rest)  # "两条腿" is not counted again as "腿"
    return total, parts


# Pain that keeps getting worse is treated like severe pain (a surgical or vascular cause).
_WORSENING_IS_SEVERE = frozenset({"abdominal_pain", "headache", "chest_pain", "testicular_pain"})

_CONDITION_WORDS = {
    "hypertension": ("高血压", "hypertension"),
    "diabetes": ("糖尿病", "diabet"),
    "heart_disease": ("冠心病", "心脏病", "心衰", "心绞痛", "heart", "coronary", "angina"),
    "asthma": ("哮喘", "asthma"),
    "copd": ("慢阻肺", "copd", "慢支", "肺气肿"),
    "anticoagulant": ("华法林", "抗凝", "warfarin", "anticoag"),
    "immunosuppressed": ("化疗", "chemo", "免疫抑制", "immunosupp"),
    "epilepsy": ("癫痫", "epilep"),
    "cancer": ("癌", "肿瘤", "cancer"),
    "transplant": ("移植", "transplant"),
    "cirrhosis": ("肝硬化", "cirrho"),
    "ckd": (
        "慢性肾",
        "肾功能不全",
        "肾衰",
        "透析",
        "ckd",
        "chronic kidney",
        "renal failure",
        "dialysis",
    ),
    "solitary_kidney": ("独肾", "孤立肾", "肾切除", "solitary kidney", "nephrectomy"),
    "sickle_cell": ("镰状细胞", "镰刀型", "sickle", "hbss"),
    # a stone former (EAU Urolithiasis 2023): loin pain with a fever is an infected, obstructed
    # kidney until shown otherwise
    "renal_colic": (
        "肾结石",
        "输尿管结石",
        "尿路结石",
        "泌尿系结石",
        "kidney stone",
        "renal stone",
        "ureteric stone",
        "urolithiasis",
        "nephrolithiasis",
    ),
    "lasting_speech_cause": (
        "自闭",
        "孤独症",
        "智力",
        "智障",
        "脑瘫",
        "唐氏",
        "聋哑",
        "失语",
        "autis",
        "learning disab",
        "intellectual disab",
        "cerebral palsy",
        "aphasi",
        "deaf",
    ),
    "down_syndrome": ("唐氏", "down syndrome", "down's", "trisomy 21"),
    "bleeding_disorder": ("血友病", "haemophilia", "hemophilia", "von willebrand"),
    "itp": ("免疫性血小板减少", "血小板减少性紫癜", "immune thrombocytopeni", "itp"),
    "asplenia": ("脾切除", "splenectomy", "asplenia", "no spleen"),
    "fava_g6pd": ("g6pd", "蚕豆病"),
    "cardiac_device": ("pacemaker", "defibrillator", "icd", "起搏器", "除颤器"),
    "prosthetic_valve": (
        "prosthetic",
        "mechanical valve",
        "valve replacement",
        "瓣膜置换",
        "人工瓣膜",
    ),
}


def _record_conditions(patient: PatientContext) -> dict[str, str]:
    found: dict[str, str] = {}
    for raw in patient.chronic_conditions:
        text = normalise(raw)
        for code, words in _CONDITION_WORDS.items():
            if any(w in text for w in words):
                found[code] = HISTORY
    return found


def _names(words: str, surface: str) -> bool:
    """A correction's words name what an earlier message said: Chinese within it (嘴唇发紫 in
    家长说嘴唇发紫), English by its words in any order and any ending ("blue lips" for "lips look
    blue", "sudden" for "came on suddenly")."""
    said = surface.lower()
    if not words.isascii():
        return words in said
    wanted = set(words.split()) - {"the", "a", "an", "my", "his", "her", "their"}
    told = re.findall(r"[a-z']+", said)
    return bool(wanted) and all(any(t.startswith(w) for t in told) for w in wanted)


def merge_facts(
    facts: Iterable[Facts],
    patient: PatientContext | None = None,
    retracted: Sequence[frozenset[str] | None] = (),
) -> Facts:
    """Facts of a conversation: messages oldest first, later values win; the record fills gaps.
    A message that corrects an earlier one (`retracted` not None for it, see corrections.py)
    replaces what was said about each sign it names, even a sign once told as present, and
    takes back an earlier sign whose words it names ("not green", 刚才说嘴唇发紫)."""
    status: dict[str, str] = {}
    evidence: dict[str, str] = {}
    vitals = Vitals()
    age_days = age_hint = sex = pregnant = gestation = burn = None
    severe: set[str] = set()
    mild: set[str] = set()
    sudden: set[str] = set()
    durations: dict[str, float] = {}
    if patient is not None:
        status.update(_record_conditions(patient))
    for k, f in enumerate(facts):
        taken_back = retracted[k] if k < len(retracted) else None
        correcting = taken_back is not None
        if taken_back:
            named = {code for code, _ in f.findings}
            for code, surface in evidence.items():
                if code not in named and any(_names(w, surface) for w in taken_back):
                    status[code] = ABSENT
                    severe.discard(code)
                    sudden.discard(code)
            if any("sudden" in w or "突然" in w for w in taken_back):
                # "correction - not sudden": the onset goes (and, by its words above, what it
                # made of the pain: a thunderclap headache)
                sudden.clear()
        for code, st in f.findings:
            old = status.get(code)
            if old == PRESENT and st == ABSENT and code in EVENTS:
                # it happened: "now pain-free" does not unsay it, even in a correction (only
                # a correction that takes back the sign's own words does, above)
                continue
            if old is not None and code in f.site_denials:
                continue  # 舌头不肿 leaves 上嘴唇肿了 standing (a record's 高血压 too: 血压不高)
            if correcting:
                status[code] = st
                if st != PRESENT:
                    severe.discard(code)
                    sudden.discard(code)
                continue
            if old is not None and st == HISTORY and old != HISTORY:
                continue  # a mention of the past never erases a current statement
            if old == PRESENT and st == UNCERTAIN:
                continue
            status[code] = st
        evidence.update(f.evidence)
        vitals = vitals.merged_with(f.vitals)
        age_days = f.age_days if f.age_days is not None else age_days
        age_hint = f.age_hint or age_hint
        sex = f.sex or sex
        pregnant = f.pregnant if f.pregnant is not None else pregnant
        gestation = f.gestation_weeks if f.gestation_weeks is not None else gestation
        burn = f.burn_percent if f.burn_percent is not None else burn
        severe |= f.severe
        mild |= f.mild
        sudden |= f.sudden
        durations.update(f.durations)
    if patient is not None:
        age_days = age_days if age_days is not None else patient.age_days
        sex = sex or patient.sex
        if pregnant is None:
            pregnant = patient.pregnant
    return Facts(
        findings=tuple(sorted(status.items())),
        vitals=vitals,
        age_days=age_days,
        age_hint=age_hint,
        sex=sex,
        pregnant=pregnant,
        gestation_weeks=gestation,
        severe=frozenset(severe),
        mild=frozenset(mild),
        sudden=frozenset(sudden),
        durations=tuple(sorted(durations.items())),
        burn_percent=burn,
        evidence=tuple(sorted(evidence.items())),
    )
