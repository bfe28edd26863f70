"""Question-and-answer transcripts typed into the chat ("问:胸闷 喘吗 答:都没有。", "Q: fits?
A: no").

Staff often record what they asked and what they were told, pair by pair. Each pair is
rewritten as the plain statement it amounts to before the message is read, so that the
question's words are never taken for a finding:

- a bare no (没有, 都没有, 不, 不会, 不能, 不是) denies every item asked: 没有胸闷,没有喘; asked
  whether something is new (是新的吗), it says the thing was there before;
- a no in the answer's own words (不麻, 没吐, 不痛了) stands as it is;
- a bare yes (有, 是, 会, 对, 嗯, 有点, 偶尔, or the question's own word: 痛) states them;
- not knowing (不知道, 没注意, 说不清) leaves them uncertain: 不清楚有没有抽搐;
- any other answer follows what was asked, as its topic (问:晕之前 答:看到血就头晕出汗恶心 ->
  晕之前,看到血就头晕出汗恶心; 问:眼睛红吗 答:左眼有点红 -> 眼睛红,左眼有点红), except that
  the answer to an either-or question (是A还是B) stands alone.

Whatever follows a bare answer after a comma is kept (答:没有,说还要带孙子), and an answer
ends at a full stop, where the staff's own notes go on (答:没有。P 72 BP 118/74)."""

from __future__ import annotations

import re

# 问:... 答:... (the text is NFKC by now: full-width colons are ASCII).
_PAIR = re.compile(
    r"问\s*:\s*(?P<q>[^。;\n]*?)\s*答\s*:\s*(?P<a>[^。;\n]*?)(?=\s*问\s*:|[。;\n]|$)"
)
# A yes-no question's own words around what it asks (有没有胸痛, 出汗吗, 喘不喘, 好点了没).
_ASK_HEAD = re.compile(r"^(?:有没有|有无|是否有?|还有没有|会不会|是不是)")
_ASK_TAIL = re.compile(r"(?:了没有|了吗|了没|没有|吗|么|呢|嘛|没)$")
_A_NOT_A = re.compile(r"([\u4e00-\u9fff]{1,2})(?:没|不)\1$")
_ITEM_SPLIT = re.compile(r"[\s、/,，]+|(?<=[\u4e00-\u9fff])(?:和|或者|或|还是)(?=[\u4e00-\u9fff])")
# The answer's first clause (up to a comma) and what follows it.
_CLAUSE = re.compile(r"^(?P<head>[^,，]*)(?:[,，]\s*(?P<rest>.*))?$")
# Who answered, when the staff write it (老伴说, 她都说).
_PERSON = r"(?:她|他|病人|患者|本人|孩子|家属|家里人?|老伴|妻子|丈夫|女儿|儿子|妈妈|爸爸)"
_WHO = _PERSON + r"?(?:都|也)?说?"
_NO = re.compile(_WHO + r"(?:都|也)?(?:没有|没|无|否|不是|不会|不能|不)(?:的|呢|啊)?")
_NO_NAMED = re.compile(_WHO + r"(?:都|也)?(?:没|不)(?P<word>[\u4e00-\u9fff]{1,2})(?:的|呢|啊)?")
_YES = re.compile(
    _WHO + r"(?:有的?|是的?|对|嗯|会|有点儿?|有一点点?|一点点|偶尔|有时候有?|有过)(?:啊|呢)?"
)
_NEW = "是新的"
_UNSURE = re.compile(_WHO + r"(?:不知道|不清楚|说不清楚?|说不上来|没注意到?|不确定|没留意)")


def _items(question: str) -> list[str] | None:
    """The things a yes-no question asks about, or None for an open question (问:吃饭)."""
    q = question.strip(" ?？")
    a_not_a = _A_NOT_A.search(q)
    if a_not_a:
        q = q[: a_not_a.start()] + a_not_a.group(1)
    elif _ASK_TAIL.search(q):
        q = _ASK_TAIL.sub("", q)
    elif not _ASK_HEAD.match(q):
        return None
    q = _ASK_HEAD.sub("", q)
    items = [_ASK_TAIL.sub("", i) for i in _ITEM_SPLIT.split(q)]
    return [i for i in items if i] or None


def _names_asked(word: str, items: list[str]) -> bool:
    """不麻 answers 屁股周围麻吗; 没吐 answers 吐了吗: the answer repeats a word asked."""
    return any(ch in item for item in items for ch in word)


def _rewrite(m: re.Match[str]) -> str:
    question, answer = m.group("q").strip(" ?？"), m.group("a").strip()
    clause = _CLAUSE.match(answer)
    head, rest = clause.group("head").strip(), clause.group("rest")
    tail = "," + rest if rest else ""
    if "还是" in question:
        return answer  # 是发亮像柏油还是成形黑绿的: the answer says which
    bare = _NO.fullmatch(head) or _YES.fullmatch(head) or _UNSURE.fullmatch(head)
    # 问:胸痛心慌 答:没有: a bare yes or no makes a question of a list without its 吗
    items = _items(question) or ([i for i in _ITEM_SPLIT.split(question) if i] if bare else None)
    if items is None:
        return f"{question},{answer}" if question else answer
    named_no = _NO_NAMED.fullmatch(head)
    if named_no and not _NO.fullmatch(head) and _names_asked(named_no.group("word"), items):
        return answer  # 问:现在还痛吗 答:不痛了: the answer says it in its own words
    if _NO.fullmatch(head):
        new = [i.removesuffix(_NEW) for i in items if i.endswith(_NEW)]
        if new:  # 问:左手没劲是新的吗 答:不是: it was there before
            return ",".join("以前就有" + i for i in new) + tail
        return ",".join(("不" + i) if i.startswith("能") else ("没有" + i) for i in items) + tail
    if _YES.fullmatch(head) or (len(head) <= 2 and _names_asked(head, items)):
        return ",".join(items) + tail
    if _UNSURE.fullmatch(head):
        return ",".join("不清楚有没有" + i for i in items) + tail
    return "、".join(items) + "," + answer  # 问:眼睛红吗 答:左眼有点红,怕光


# "q: keeping fluids down? a: no, nothing stays down" (the text is lower case by now): a bare
# yes or no is told as the statement; any other answer is left for the reader as it is.
_PAIR_EN = re.compile(
    r"(?<![a-z])q\s*:\s*(?P<q>[^?:]{2,80}?)\?\s*a\s*:\s*"
    r"(?P<a>(?:no|nope|none|yes|yeah|yep)(?![a-z]))(?P<rest>[^.;?]*)"
)


def _rewrite_en(m: re.Match[str]) -> str:
    question = m.group("q").strip()
    question = re.sub(
        r"^(?:any|is (?:she|he|it)|are (?:you|they)|does (?:she|he)|did (?:she|he))\s+",
        "",
        question,
    )
    if m.group("a") in ("yes", "yeah", "yep"):
        return question + m.group("rest")
    if re.search(r"(?<![a-z])(?:can'?t|cannot|unable|not|no)(?![a-z])", question):
        return m.group(0)  # "drooling or can't open mouth? no": the reader weighs each item
    first = question.split(" ", 1)[0]
    # (a question of what the person does, "keeping fluids down?", is denied with "not")
    return ("not " if first.endswith("ing") else "no ") + question + m.group("rest")


def rewrite_transcript(text: str) -> str:
    """The message with each 问:...答:... or "q: ... a: ..." pair told as a plain statement."""
    if "答" in text:
        text = _PAIR.sub(_rewrite, text)
    if "a:" in text or "a :" in text:
        text = _PAIR_EN.sub(_rewrite_en, text)
    return text
