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
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .dialect import to_mandarin
from .lexicon import QUALIFIERS, Match
from .transcripts import rewrite_transcript
from .values import ABSENT, HISTORY, PRESENT, UNCERTAIN

# Chinese negation cues with how many non-concept characters may stand between cue and concept.
# 无法 (unable to), 未测 (not measured) and 无明显诱因 (without an obvious cause) are not negations.
_NEG_ZH = [
    (
        r"无明显诱因|无诱因|无明显原因|无原因|无法|无异常|未测|未查|未量|未做|没测|没量|不能排除|不除外|"
        # 打球没一会儿 (soon after), 没多久: time, not a denial
        r"没一会儿?|没多久|没过多久|没几分钟|没多大一会儿?|"
        # 喷了三次都没用 嘴唇发紫: a treatment that did not help, not a denial
        r"(?<=[都也还药了])没(?:啥|什么)?用(?![过着了上药])|没啥用|没什么用|没(?:有)?效果|不管用|不见效|"
        r"没见效|没见好",
        None,
    ),
    # 也没说不想活, 没提过要自杀: a wish to die not voiced is denied (before 没有, which it
    # contains); 没说胡话, 没有说话含糊 keep 没's own reading
    (r"没(?:有)?(?:说|提|讲)过?(?=不想|想|要)", 2),
    (r"否认有?|并无|均无|也无|亦无|无明显|没有|未见|未诉|未出现|未再|未有|不伴|不伴有|从未", 6),
    (r"无|未|没", 3),
    # 非 in records, before a word or a quoted phrase (非突发起病, 非“一生中最剧烈的头痛”); not
    # 非常, 除非, 是非, 非甾体 or 非典, nor the end of a medicine's name (西地那非, 他达拉非)
    (r"(?<![是除那拉])非(?!常|洲|典|要|得|法|但|处方|正式|甾|凡|议|礼)", 10),
    # "不是胸痛，是胃胀": not that concept. 是不是 asks, and 不是很痛 denies a degree (qualifiers).
    # 不是那种上腹部剧痛: not that kind of pain
    (r"(?<!是)不是(?:那种|这种|那样的?|这样的?)", 1),
    (r"(?<!是)不是", 1),
    # a question about preventing it (想问问怎么防煤气中毒): not the patient's
    # (预防接种, 预防针 are vaccinations: "预防接种后发烧" is a fever)
    (r"预防(?!接种|针|注射|用药|性)|防止|怎么防|如何防|怎样防", 4),
    # 家长以为是抽筋 但孩子一直清醒: what they took it for, not what it was
    (r"以为(?:是|他是|她是)?", 2),
    # 担心是不是出血: a worry asked about, told beside what was seen
    (r"(?:担心|害怕|怕)(?:是不是|会不会)", 2),
    # 他妈问是不是喉头水肿: a relative's question, what they fear, not what was found
    (r"(?:妈|爸|家属|家长|老伴|爷爷|奶奶|姥姥|外婆)问(?:是不是|会不会)", 2),
    # 万一大出血怎么办: a what-if asked about, not a finding
    (r"万一|假如", 6),
    # 进山前问被蛇咬了该咋办: asking what to do if it happens (someone bitten tells it first:
    # 被蛇咬了 问咋办)
    (r"问(?:一下|下|问)?(?=被)", 4),
    # 怕是心脏病, 担心得了冠心病: a fear of heart disease, not a history of it
    (r"(?:担心|害怕|怕)(?:是|得了|有)(?=心脏病|冠心病|心脏有问题)", 1),
    # 担心自己也中风: a fear told, not a finding
    (r"(?:担心|害怕|怕)自己(?:也会|也|会)?(?:得了?|是|有)?", 1),
    # 就是怕中毒, 担心中毒了: a fear named, nothing found (a poisoning told is 中毒了 alone)
    (r"(?:担心|害怕|怕)(?=中毒)", 2),
    (r"不", 0),
]
_NEG_EN = [
    (r"not only|no change|no improvement|not sure|no better|no worse|not improving", None),
    (
        r"no signs? of|no evidence of|no history of|no|not|denies|denied|denying|deny|without|"
        r"negative for|absence of|free of|nil|never|none|doesn'?t have|does not have|did not have|"
        r"didn'?t have|hasn'?t had|has not had|hasn'?t|has not|isn'?t|is not|wasn'?t|was not|neither|nor|"
        r"didn'?t|did not",
        30,
    ),
]
_UNCERTAIN = re.compile(
    r"可能|好像|似乎|疑似|怀疑|不确定|不清楚|说不清|待排|待查|不排除|不能排除|不除外|是否|有没有|或许|大概|"
    r"估计|像是|(?<![a-z])(?:possibl\w*|maybe|perhaps|probabl\w*|might|may have|suspect\w*|query|"
    r"unclear|not sure|unsure|cannot rule out|can'?t rule out|rule out|r/o|questionable|likely|"
    r"concern(?:ed)? (?:for|about)|worried about|could be|worried(?= (?:[\w-]+ ){0,2}(?:swallowed|ate|took|drank|may|might|has|had)))(?![a-z])"
)
_HISTORY = re.compile(
    r"既往|以前|曾经|曾有|曾患|以往|过去有|多年前|去年|前年|[\d一二两三四五六七八九十几]+年前|后遗症|"
    r"前几年|前些年|早几年|早些年|"
    # a year alone (2018年中风过); a full date (2026年12月6日) is more often today's
    r"(?<!\d)(?:19|20)\d{2}年(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)"
    r"(?![^，,。；;]*?(?:开始|起|以来|到现在|至今|一直|反复|加重|又))|"
    # Last month is past (NICE CG95: chest pain more than 72 hours ago is not an acute
    # presentation), unless what it says began then goes on (上个月开始咳嗽, 三个月前起).
    r"(?:上个?月|上礼拜|上个?星期|上周|[\d一二两三四五六七八九十几半]+个月前|半年前)(?![^，,。；;]*?(?:开始|起|以来|到现在|至今|一直|反复|加重|又|查出|诊断|确诊|发现))|"
    r"(?<![a-z])(?:history of|h/o|known|previous(?:ly)?|prior|pmh|(?:years|yrs) ago|last (?:year|yr)|in the past|"
    # "discharged from hospital 3 days ago after a paracetamol overdose": treated, over
    r"discharged (?:from (?:the )?hospital )?(?:\d+|a|one|two|three|four|five|six|a few|few|several) "
    r"(?:days?|wks?|weeks?) ago after)(?![a-z])"
)
_HISTORY_SUFFIX = re.compile(r"\s*(?:病史|史|(?:后)?(?:放过|放了|装过|做过|放)支架|搭过桥)")
# A past episode dated after it in the same clause ("had a stroke 2 years ago"), unless it
# began then and goes on ("chest pain that started 2 months ago").
_HISTORY_AFTER = re.compile(
    # ("had chemo for Hodgkins, finished 2 yrs ago": the course ended then)
    r"(?P<gap>[^,，.。;；\n]{0,30}?(?:,\s*(?:finished|completed|ended|stopped)(?: it| them| treatment)?\s*)?)"
    r"(?<![a-z])(?:(?:\d+|an?|one|two|three|four|five|six|several|many|"
    r"a few|few|some)\s+(?:years?|yrs?|months?|mths?)\s+ago|last (?:year|yr|month)|"
    r"at (?:the )?(?:age of )?\d+\s*(?:months?|mths?|years?|yrs?)(?:\s*old)?|as a (?:child|baby|toddler)|"
    # "had a fit with a fever when he was 2", "crushing chest pain in March"
    r"when (?:he|she|they) (?:was|were) (?:\d+|a baby|little|small|young)|"
    r"in (?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z])|"
    r"last (?:winter|summer|spring|autumn|christmas|new year|spring festival)|"
    r"(?:in )?(?<![/.\-\d])(?:19|20)\d{2}(?![\d/.\-:]))(?![a-z])"
)
_ONGOING = re.compile(
    r"(?<![a-z])(?:start\w*|began|begun|since|onset|first|worse\w*|now|still|on and off)(?![a-z])"
)


# A two-digit year right before the illness, as Chinese staff abbreviate it (15年心梗放了支架,
# 18年脑梗): that year's event. Only the concept it touches: "10年高血压 胸口痛" keeps the pain.
_YEAR_BEFORE = re.compile(r"(?<![\d.])(?:0\d|1\d|2[0-6])年$")


def _dated_in_past(text: str, end: int) -> bool:
    after = _HISTORY_AFTER.match(text, end)
    return after is not None and not _ONGOING.search(after.group("gap"))


# Diagnoses named by their name, which staff ask about as often as they report them, and the
# words that pose one as a possibility without a question mark (来问会不会中毒, 是不是心梗了).
ASKED_DIAGNOSES = frozenset({"mi_suspected", "stroke_suspected", "poisoning"})
_POSED = re.compile(r"(?:会不会|是不是|是否)(?:是|得了|有|也)?$")


_RELATIVES_ZH = (
    "父亲|母亲|爸爸|妈妈|爸|妈|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|姥姥|姥爷|老伴|丈夫|妻子"
)
_RELATIVE_EN = (
    "(?:dad|father|mum|mom|mother|brother|sister|grandfather|grandmother|grandpa|grandma|"
    "granddad|grandad|uncle|aunt|aunty|cousin|husband|wife|son|daughter|"
    # (someone else the patient knows: "after her neighbour had a stroke")
    "neighbou?r|friend|colleague|flatmate|room-?mate|classmate|boss)"
)
# A family history, or the patient's relative who had or died of it ("her dad had a stroke
# last yr", "他爸爸得过脑梗", "父亲五十岁心梗去世"): what follows in the clause is theirs. A relative
# named without "his" or "her" may be the patient, told by the family ("我爸吃了农药"), and is
# left alone unless the text says they died; so is anyone else (邻居, 朋友), who may be the
# patient staff know by name: reading the patient's sign as someone else's would be the
# worse mistake.
_FAMILY = re.compile(
    r"家族史|家族中|家族有|"
    rf"(?:他|她|患者|病人|孩子|娃)的?(?:{_RELATIVES_ZH})(?:也|以前|之前)?(?:有|得过|患过|死于|因|(?=中过))|"
    rf"(?:{_RELATIVES_ZH}|邻居|隔壁|朋友|同事)(?=[^，,。；;]{{0,12}}?(?:去世|过世|病逝|死于|(?:心梗|中风|脑梗|脑出血|车祸|中毒)(?:走了|死了)))|"
    rf"(?:他|她|患者|病人)的?(?:{_RELATIVES_ZH}|老汉|老头)(?=[^，,。；;]{{0,12}}?(?:死的|走的))|"
    r"(?<![a-z])(?:family history|fhx?|(?:her|his|pt'?s|patient'?s|their) "
    + _RELATIVE_EN
    # "his dad just had a heart attack", "her mum was blue-lighted last night w heart attack"
    + r" (?:(?:just|also|recently|once) )?(?:had|has|died (?:of|from)|with|passed away (?:of|from|with)|"
    r"was (?:blue-?lighted|admitted|rushed|taken|diagnosed|in hospital)))(?![a-z])|"
    # 他爸45岁那年突然倒下就没了: a relative's illness dated by their age or a year of theirs
    rf"(?:他|她|患者|病人|孩子|娃)的?(?:{_RELATIVES_ZH})"
    r"(?=[\d一二两三四五六七八九十几]+岁(?:那年|时|的时候)|那年|当年|年轻时|年轻的时候)|"
    # 他老婆去年中风了: the patient's spouse or child, with the illness close behind
    rf"(?:他|她|患者|病人)的?(?:老婆|媳妇|老公|爱人|儿子|女儿|孙子|孙女|{_RELATIVES_ZH})"
    r"(?=[^，,。；;]{0,6}?(?:中风|脑梗|脑出血|心梗|心脏病|癌|去世|走了|得过|有过|自杀))|"
    # 隔壁村有个产妇大出血: someone else in the village
    r"(?:隔壁村|邻村|别的村|隔壁|村里)有个|"
    # "a man in her village drank pesticide": someone else the patient knows of
    r"(?<![a-z])(?:a|an|another) (?:man|woman|boy|girl|child|neighbou?r|friend|colleague|person)"
    r" (?:in|from) (?:her|his|their|the|our) (?:village|street|building|class|school|ward|block)(?![a-z])|"
    # "dad died of a heart attack at 50", "uncle had a stroke at 60": a relative who died,
    # or whose illness is dated by an age, is not the patient telling their own
    r"(?<![a-z])" + _RELATIVE_EN + r" (?:died|passed away) (?:of|from|with|after|at|aged)(?![a-z])|"
    r"(?<![a-z])"
    + _RELATIVE_EN
    + r"(?= (?:had|has|got) [^.;,\n]{2,30}? (?:at|aged) \d{2}(?![\d%]))"
)
# The patient again after a relative (她妈妈有高血压 她自己今天胸痛): the family cue ends.
_SELF = re.compile(r"自己|本人|(?<![a-z])(?:himself|herself)(?![a-z])")
# Return precautions staff write down ("如果出现胸痛、喘不上气就赶紧打120", "if any chest pain
# or SOB call 120"): the signs are what to watch for, not what the patient has.
_SAFETY_NET = re.compile(
    # the instruction may follow a comma only when it opens the next clause ("…，需立即就诊");
    # "要是走路就胸痛，今天来就诊" tells a symptom and a visit
    r"(?:(?:如果|如|若|万一|一旦|假如)(?:再|还)?(?:出现|有|发生|感到|觉得|发现)|要是)[^。；;\n,，]{0,40}?"
    r"(?:[,，]\s*(?=需|要|请|须|应|马上|立即|立刻|赶紧|赶快|及时|尽快))?"
    r"(?:就|要|请|须|需|应)?(?:马上|立即|立刻|赶紧|赶快|及时|尽快)?(?:拨打|打|叫)?(?:120|回来|复诊|就诊|来诊|去医院|到医院|急诊|送来|送过来|送医院|来医院)"
    r"|(?<![a-z])if (?:any|there is|there are|there's|she|he|they|you|pt|patient)(?![a-z])[^.;\n]{0,60}?"
    r"(?:call (?:120|999|911|an ambulance)|come back|return|re-?attend|seek (?:urgent )?(?:help|care|advice)|"
    r"go to (?:a&e|ed|the ed|hospital|the hospital))"
    r"|(?<![a-z])(?:advised|told|educated|safety[- ]?net(?:ted|ting)?)(?![a-z])[^.;\n]{0,40}?"
    r"(?:return|come back|re-?attend|call (?:120|999|911|an ambulance)|seek (?:help|care))[^.;\n]{0,20}? if [^.;\n]{0,100}"
)
_BREAK = re.compile(
    # A new time told (这三天, 现在, 今天) starts a new statement: "上周拉过肚子 这三天腿越来越没劲"
    # is last week's diarrhoea and this week's weakness, once the space between them is gone.
    r"这[一二两三四五六七八九十几\d]+天|这几天|这两天|这阵子|现在|今天|目前|这次|这回|这一次|"
    r"但是|但|可是|却|然而|不过|而是|只是|伴有|伴|(?<![a-z])(?:but|however|although|though|yet|"
    r"except|apart from|other than|with|(?<!never )(?<!not )(?<!ever )(?:has|have|had)|reports?|complains? of|c/o|presents? with|"
    r"now|which|who|so)(?![a-z])"
)
# 就是 ("only", "just") turns from a denial to what there is (身上也没有 就是头疼), but leaves a
# past told before it the past (以前就是心梗).
_TURN = re.compile(r"就是")
_CONNECTOR = re.compile(
    r"[\s、/及和或与也,:：]|以及|或者|还有|任何|其他|明显的?|的|"
    r"(?<![a-z])(?:and|or|nor|any|other|obvious|significant|recent|and/or)(?![a-z])"
)
_POST_NEG = re.compile(
    # a result told negative right after it (尿hcg阴性不发烧: the spaces are gone by now)
    r"(?:阴性|\(-\))|"
    r"\s*(?:[:：]|\s[-–]\s?|[,，]\s*(?=阴性|negative|neg\b|-ve))?\s*(?:无|没有|否认?|阴性|\(-\)|-|none|no|negative|neg|-ve|nil|denied|absent|ruled out|excluded|(?:已经?)?排除了?)(?=\s*(?:[,、。;；\n.]|$))"
    # 抽筋没有 皮疹也没有 (the spaces gone by now): answers in a row, each after its sign
    r"|(?:也|都)?没有(?=[\u4e00-\u9fff]{1,8}?(?:也|都)没有)"
    # 皮疹也没有 (not 也没有缓解: the pain has not eased either)
    r"|(?:也|都)没有(?!缓|减|好|改|变|消|退|停|止)"
)
_POST_RESOLVED = re.compile(
    r"(?:已经|已|都|也)?(?:退了|已退|消退了?|消失了?|好了|没了)(?=\s*(?:[,、。;；\n.]|$))"
    r"|\s+(?:has |had |have )?(?:resolved|settled|gone|cleared|went away"
    # ("T2DM stopped her metformin": a person stopped something, the condition did not)
    r"|stopped(?!\s+(?:her|his|their|my|the|taking|using|all|its)(?![a-z])))(?![a-z])"
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
        "heavy_bleeding", "vaginal_bleeding", "suicide_attempt", "poisoning",
    }
)  # fmt: skip
# A full stop ends a sentence unless it is a decimal point (37.5); after a number it ends one
# when a space follows ("at 50. now").
FULL_STOP = r"(?<!\d)\.(?!\d)|(?<=\d)\.(?=\s)"
_SENTENCE_END = re.compile(r"[。！？!?;；\n]|" + FULL_STOP)
_CLAUSE_END = re.compile(r"[,。！？!?;；\n]|" + FULL_STOP)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A symptom of its own between a cue and a reassuring form: 没吐 走路稳, 没摔过 精神好.
_OWN_OBJECT = re.compile(
    r"吐|拉|烧|咳|喘|晕|疼|痛|抽|摔|跌|肿|哭|闹|出血|流血|血|凹|陷|掉|瘦|干|推迟|延迟|推后"
)
# A Chinese form that states a lack itself (屁也不放, 不能喝水, 尿不出来) is not taken back by a
# negation told earlier in the list: in "没发烧 不能喝水" or "两天没解大便 屁也不放" the 没
# belongs to the fever or the stool, and reading it into the form would turn "cannot drink"
# into "drinks". A cue right before the form still negates it (没有肢体无力, 腿不麻不无力), and so
# does one whose list the form continues after 、 (无肢体无力、言语不清).
_NEG_CHARS = "不没无未"
# ... and so is an English one that opens with its own negation ("not helped by ibuprofen,
# can't feel threads": the threads are not felt).
_EN_LACK = re.compile(r"(?:can'?t|cannot|unable to|not able to)\s")


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
    cues = (
        ("unc", _UNCERTAIN),
        ("hist", _HISTORY),
        ("fam", _FAMILY),
        ("brk", _BREAK),
        ("turn", _TURN),
        ("self", _SELF),
    )
    for kind, rx in cues:
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
    neg_end = -1  # where the latest negation cue ended
    neg_closes = False  # the latest cue closed what came before it (身上腿上都没有)
    unc = hist = fam = False
    clause = 0
    cursor = 0
    sentence_questions = _question_sentences(text)
    safety_net = [m.span() for m in _SAFETY_NET.finditer(text)]
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
            states_lack = (
                (any(ch in m.surface for ch in _NEG_CHARS) or _EN_LACK.match(m.surface))
                and not m.code.startswith("~")
                and not (m.start > 0 and text[m.start - 1] in _NEG_CHARS)
                # 、 joins one list under one cue: 无肢体无力、言语不清 denies both
                and not (m.start > 0 and text[m.start - 1] == "、")
                and text[neg_end : m.start].strip() != ""
            )
            negated = (neg_budget is not None or neg_seen) and not states_lack
            post = _POST_NEG.match(text, m.end)
            if post:
                negated = True
            else:
                post = _POST_RESOLVED.match(text, m.end)
                negated = negated or (post is not None and m.code not in EVENTS)
            if post:
                cursor = post.end()
            if fam or _overlaps(m.start, m.end, safety_net):
                continue
            if m.code.startswith("~"):
                # "not alert" means drowsy; but in a continued list ("no fever, alert") the
                # reassuring form is not itself negated.
                # "没吐 走路稳", "没摔过 精神好" (the spaces gone): the 没 had its own symptom;
                # the reassuring form stands ("没什么精神" still means listless).
                own_object = _OWN_OBJECT.search(text, neg_end, m.start)
                # "身上腿上都没有 精神好" (the spaces gone): 都没有 ends the denial of what came
                # before it; the reassuring form after it stands
                direct = (
                    neg_budget is not None and not neg_seen and not own_object and not neg_closes
                )
                code, status = m.code[1:], (PRESENT if direct else ABSENT)
                negated = False
            elif negated:
                code, status = m.code, ABSENT
            elif (question := _question_at(sentence_questions, m.start)) and question[2]:
                code, status = m.code, (ABSENT if question[2] == "no" else PRESENT)
            elif m.code in ASKED_DIAGNOSES and (question or _POSED.search(text, 0, m.start)):
                # 是不是心梗？ "could this be a stroke?": a diagnosis the staff ask about is a
                # question to answer from the signs told, not a sign itself
                continue
            elif unc or question:
                code, status = m.code, UNCERTAIN
            elif (
                hist
                or _HISTORY_SUFFIX.match(text, m.end)
                or _dated_in_past(text, m.end)
                or _YEAR_BEFORE.search(text, max(0, m.start - 4), m.start)
                or m.surface == "中过风"  # had a stroke once
            ):
                code, status = m.code, HISTORY
            else:
                code, status = m.code, PRESENT
            out.append(Mention(code, status, m.start, m.end, clause, m.surface))
            if negated and not post:
                neg_seen, neg_budget = True, None
        elif kind == "neg":
            neg_end = end
            neg_closes = start > 0 and text[start - 1] in "都也" and text[start] in "没无"
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
        elif kind == "self":
            fam = False
        elif kind == "brk":
            neg_budget, neg_seen, hist = None, False, False
        elif kind == "turn":
            neg_budget, neg_seen = None, False
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
    for m in _CLAUSE_END.finditer(text[pos:]):
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
    r"\s*(?:[-–—]+\s*)?(?:答[:：]?\s*|a[:：]\s*)?(?:(?:她|他|患者|病人|孩子|本人)?(?:都说|也说|说|都|也)?"
    # (她说没想过: the asked person's no, in their words)
    r"(?:(?:没有)+|没(?:想过|有过|打算过?)?|无|否|不是|不)(?:的|呢)?"
    # 不疼, 不晕, 不吐: a denial naming what was asked; 不知道 is not one.
    r"|(?:说)?不(?!知道|清楚|确定|记得|好说)[\u4e00-\u9fff]{1,2}"
    # 清楚着呢, 好着呢, 正常: "no problem" answers.
    r"|(?:说)?(?:清楚|清醒|好好的|好着|正常|没事)(?:着呢|呢|的)?"
    # A head shaken is a no from someone who answers without words (NICE NG11: ask in the
    # way the person communicates).
    r"|(?:直|就)?(?:摇头|摇摇头|摇了摇头|摆手)"
    r"|(?:shakes|shook|shaking) (?:his |her |their )?head"
    r"|(?:all|both) (?:no|negative|denied|nil)"
    r"|(?:no|nope|none|denies|denied|negative|nil|not really)"
    r"(?: both| all| any| it| this| these| to (?:all|both|any|either)| of (?:these|them|those|the above)"
    r"|,? none)?(?![a-z]))"
    r"(?=\s*(?:[,，。.;；!！、]|$))",
    re.IGNORECASE,
)
_ANSWER_YES = re.compile(
    r"\s*(?:[-–—]+\s*)?(?:答[:：]?\s*|a[:：]\s*)?(?:(?:她|他|患者|病人|孩子|本人)?说?(?:想过|有过)"
    r"|有的?|是的?|对|嗯|yes|yeah|yep|positive)(?![a-z])"
    r"(?=\s*(?:[,，。.;；!！、]|$))",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r".*[,，;；]", re.DOTALL)
# "any chest pain, breathlessness or coughing blood?": a question opened by "any" asks every
# item from there, not only its last clause.
_ASKED_IN = re.compile(r"(?<![a-z])(?:asked|any(?= ))(?![a-z])|问了?|询问", re.IGNORECASE)
# An answer that names what it denies ("? no numbness around bottom, peeing normally").
_ANSWER_NAMES_NO = re.compile(
    r"\s*(?:no|denies|denied|nil)\s+(?!but |however |idea|clue|answer|response|reply|one )"
    r"([a-z][\w-]*)",
    re.IGNORECASE,
)


# A question told as such, its answer in the next clause ("问了有没有胸痛，说没有", "asked about
# chest pain, says no").
# Staff telling that they asked (问了有没有, 问他是否有), the opening of both question forms below.
# Staff saying they asked someone (问他, 问了一下家属), the opening of every Chinese question form.
# Who is asked and who answers (问他, 家属说).
PERSON_ZH = r"(?:他|她|病人|患者|家属|孩子|老人)"
ASKER_ZH = r"(?:问|询问)(?:了|过)?(?:一下)?" + PERSON_ZH + "?"
_ASKED_ZH = ASKER_ZH + r"(?:有没有|有无|是否有?)"
# The end of an English reported question: a separator, then who answered and how ("asked
# about chest pain, says no"; "asked re sob - no").
_SAYS_EN = (
    # (a dash between spaces, not the hyphen inside "self-harm" or "x-ray")
    r"(?:(?:[,，:]|\s[\-–]|[\-–](?=\s))\s*(?:(?:he|she|they|pt|patient) )?"
    r"(?:says?|said|answers?|answered|replie[sd])?"
    # ... or the next sentence, opening with who answered ("asked about a plan or self-harm.
    # Daughter says no plan")
    r"|\.\s+(?:the |her |his |their )?(?:he|she|they|pt|patient|daughter|son|wife|husband|mum|"
    r"mom|mother|dad|father|carer|family|relative|partner)s? (?:says?|said|answers?|answered|"
    r"replie[sd]))(?: that)?"
)
_REPORTED_QUESTION = re.compile(
    _ASKED_ZH + r"[^，,。；;？?\n]*"
    r"[，,]\s*" + PERSON_ZH + r"?(?:说|答|回答|讲|表示)?"
    # 问他出汗没 说没有 / 问她头晕不，说不晕: the question's own 没, 吗 or 不 ends it.
    r"|" + ASKER_ZH + r"[^，,。；;？?\n]{1,16}?"
    r"(?:没有?|吗|么|不[\u4e00-\u9fff]?|了没)"
    r"[\s，,]*" + PERSON_ZH + r"?(?:说|答|回答|讲|表示)?"
    r"|(?<![a-z])asked (?:directly |specifically )?(?:about |re |regarding |if |whether |for )?[^,，.;；?？\n]*?"
    + _SAYS_EN,
    re.IGNORECASE,
)
# Where an English reported question may end: at each comma, colon or dash after "asked".
_REPORTED_QUESTION_END = re.compile(_SAYS_EN, re.IGNORECASE)
# Where a Chinese question of several items ends: the one who answers (问她嗓子紧不紧 喘不喘 说都没有).
_REPORTED_QUESTION_END_ZH = re.compile(
    r"[\s，,、]+" + PERSON_ZH + r"?(?:都|也)?(?:说|答|回答|讲|表示)"
)


def _plain(text: str) -> str:
    """A message as the question and answer patterns read it: NFKC, lower case, regional words
    in Mandarin (问佢有冇心口痛 is 问他有没有心口痛)."""
    return to_mandarin(unicodedata.normalize("NFKC", text).lower())


def carry_answers(texts: Sequence[str]) -> list[str]:
    """The messages, with a question told in one ("问她有没有头痛眼花、肚子痛") given the answer
    the next message opens with ("都说没有，就是腰有点酸"), so that the question reads as
    answered; a message of its own is extracted alone, and the answer would be lost."""
    out = [rewrite_transcript(_plain(text)) for text in texts]
    for i in range(len(out) - 1):
        can = _OPEN_CAN_QUESTION.search(out[i])
        if can is not None:
            # 问他能一口气说完一句话不 / 不能: the answer says what he can or cannot do.
            following = out[i + 1]
            reply = _CAN_ANSWER.match(following)
            if reply is not None:
                ability = ("不能" if reply.group("no") else "能") + can.group("x")
                out[i] = out[i][: can.start()] + ability
                out[i + 1] = following[reply.end() :].lstrip("。.;；，,、 ")
                continue
        question = _OPEN_QUESTION.search(out[i])
        if question is None or _answer(out[i], question.end()) is not None:
            continue
        following = out[i + 1]
        answer = _LEADING_ANSWER.match(following)
        if answer is not None:
            out[i] = out[i].rstrip("。.;；，, ") + "，" + answer.group(0).strip()
            # The answer belongs to the question: left in place, "没有 能喝水" would read as
            # "could not drink" once the space between Chinese words is gone.
            out[i + 1] = following[answer.end() :].lstrip("。.;；，,、 ")
    return out


# A question told, ending its message (问她有没有头痛眼花、肚子痛、下面出血; asked about chest pain).
_OPEN_QUESTION = re.compile(
    _ASKED_ZH + r"[^。；;？?\n]*[。.]?\s*$"
    r"|(?<![a-z])asked (?:about|re|regarding|if|whether|for)[^.;?\n]*[.]?\s*$",
    re.IGNORECASE,
)
# A question of what the patient can do, ending its message (问他能一口气说完一句话不, 问她能不能下地走),
# and the answer the next message opens with (不能 / 能).
_OPEN_CAN_QUESTION = re.compile(
    ASKER_ZH + r"(?:能不能|能)"
    r"(?P<x>[^，,。；;？?\n]{2,16}?)(?:不|吗|么|没)?[？?]?\s*$"
)
_CAN_ANSWER = re.compile(
    r"\s*(?:说|都说)?(?:(?P<no>不能|不行|不会|说不了|做不到)|(?P<yes>能|可以|行))"
    r"(?=\s*(?:[,，。.;；!！、]|$)|\s)"
)
# The answer a message opens with (都说没有, "denies all", "no to all").
_LEADING_ANSWER = re.compile(
    r"\s*(?:(?:都说|也说|说|都|也|均)?(?:没有|没|无|否认)(?:的|呢)?"
    r"|(?:all |says |said )?(?:no|none|denies|denied|negative)(?: to all| all)?)(?=\s*(?:[,，。.;；!！、]|$)|\s)",
    re.IGNORECASE,
)


def _question_sentences(text: str) -> list[tuple[int, int, str | None]]:
    """Questions (a sentence's last clause that ends in a question mark or 吗, or a question
    told as asked), each with the answer written right after it: "no", "yes" or None. Its
    concepts are asked, not stated, unless the answer says which; the clauses before it
    ("头晕三天，有没有胸痛？") are stated."""
    spans: list[tuple[int, int, str | None]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() in "?？" or text[start : m.start()].rstrip().endswith(("吗", "么")):
            # A question told as asked lists everything asked ("asked chest pain, headache,
            # confusion? - none"); otherwise only its last clause is the question.
            asked = [a.start() for a in _ASKED_IN.finditer(text, start, m.start())]
            first = asked[-1] if asked else _clause_start(text, start, m.start())
            spans.append((first, m.end(), _answer(text, m.end(), names_no=m.group() in "?？")))
        start = m.end()
    if text[start:].rstrip().endswith(("吗", "?")):
        spans.append((_clause_start(text, start, len(text)), len(text), None))
    for m in _REPORTED_QUESTION.finditer(text):
        end, answer = m.end(), _answer(text, m.end())
        if answer is None:
            # "asked about headache, vomiting, fever - denies all", 问他有没有想不开 有没有不想活的念头
            # 说没有: the answer follows a later separator of the same sentence.
            english = m.group().lower().startswith("asked")
            ends = _REPORTED_QUESTION_END if english else _REPORTED_QUESTION_END_ZH
            stop = next((e.start() for e in _SENTENCE_END.finditer(text, m.end())), len(text))
            for later in ends.finditer(text, m.end(), stop):
                answer = _answer(text, later.end())
                if answer is not None:
                    end = later.end()
                    break
        if answer is None and m.group().lower().startswith("asked"):
            answer = _denies_what_was_asked(text, m)
        if answer is not None:
            spans.append((m.start(), end, answer))
    return spans


def _denies_what_was_asked(text: str, question: re.Match[str]) -> str | None:
    """ "asked about a plan or self-harm. Daughter says no plan": an answer that denies a word
    of the question by name answers it; "asked about chest pain, says no radiation" names
    something else and does not."""
    named = _ANSWER_NAMES_NO.match(text, question.end())
    asked = set(re.findall(r"[a-z][\w-]*", question.group().lower()))
    return "no" if named and named.group(1).lower() in asked else None


def _clause_start(text: str, start: int, end: int) -> int:
    last = _CLAUSE_START.match(text, start, end)
    return last.end() if last else start


def _answer(text: str, pos: int, *, names_no: bool = False) -> str | None:
    if _ANSWER_NO.match(text, pos) or (names_no and _ANSWER_NAMES_NO.match(text, pos)):
        return "no"
    if _ANSWER_YES.match(text, pos):
        return "yes"
    return None


def _question_at(spans: list[tuple[int, int, str | None]], pos: int) -> tuple | None:
    return next((span for span in spans if span[0] <= pos < span[1]), None)
