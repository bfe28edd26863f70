# ruff: noqa: E501  (word lists read best unsplit)
"""Degree words, frequency words and hedges said inside a symptom, moved out of its way.

People soften what they tell: 头有点晕, 胸口有时候闷, 手指头偶尔发麻, 说话好像有点不利索; "chest kind of
tight", "speech slightly slurred", "arm a bit weak-ish". The lexicon reads the symptom's words
side by side (头晕, 胸口闷, "speech slurred"), so a word said between them hid the symptom, and a
stroke told softly was missed. Here the softening words move after the symptom, inside the
same clause, so the qualifier and uncertainty cues they carry (有点 and "a bit" are mild, 好像
and "maybe" uncertain) still apply to it; "kind of", "sort of", "-ish" and a "maybe" between a vital
sign and its number ("temp maybe 38.3") are dropped. A
softened danger sign is still a danger sign: the rules treat an uncertain one as present.
Only a body part (or speech, breathing, vision) followed directly by such words and a symptom
word is rewritten: 头也不晕 and "not very weak" are left alone, and pain, whose sites read
their adverbs already (lexicon._ADVERBS), keeps 很疼 and 特别痛 as they are."""

from __future__ import annotations

import re

_ZH_BODY = (
    "头|脑袋|胸口|胸部|胸|心口|心里|肚子|小肚子|腹部|胃|手指头|手指|手|脚|腿|胳膊|腰|后背|背|嗓子|喉咙|"
    "眼睛|眼前|耳朵|嘴唇周围|嘴唇|嘴巴周围|嘴周|嘴巴|嘴角|嘴|舌头|脸色|脸|半边脸|身上|声音|说话|讲话|呼吸|看东西|手脚|心跳|心|尿|眼窝|囟门|"
    "(?<![脾生天力口运福勇客空香暖煤毒怒闷])气"  # breath, not 脾气 (temper) or 天气 (weather)
)
_ZH_SOFT = "有点儿?|有些|一点|偶尔|有时候?|时不时(?:地|的)?|经常|老是|总是|一直|也|又|稍微|稍稍|略微|好像|似乎|感觉|可能|挺|很|特别|比较"
_ZH_SYMPTOM = (
    "喘不上来|喘不上气|喘不过气|喘不过来|上不来|喘不动|"  # the longer ones first
    "晕|昏|闷|憋|麻|发麻|胀|发胀|酸|痒|发痒|没劲|没力气?|无力|发紧|紧|发黑|发花|花|模糊|肿|"
    "歪|不利索|不清楚?|含糊|不够用?|短|急|费劲|喘|发木|发僵|僵|哑|发青|发紫|发乌|发白|发凉|快|慌|乱|少|干|凹"  # pain: lexicon._ADVERBS
)
_ZH = re.compile(f"({_ZH_BODY})((?:{_ZH_SOFT})+)({_ZH_SYMPTOM})")

_EN_SYMPTOM = (
    "tight|weak|numb|tingly|tingling|slurred|slurry|blurry|blurred|droopy|drooping|dizzy|lightheaded|"
    "light-headed|confused|muddled|drowsy|sleepy|floppy|pale|grey|gray|blue|swollen|sore|painful|"
    "tender|breathless|wheezy|heavy|unsteady|wobbly|faint|sweaty|clammy|stiff|crooked|uneven|"
    "yellow|short of breath|sob"
)
# Not "very" or "really": the lexicon's forms read them already ("very tender", "knee very
# swollen"), and a severe sign must keep its word.
_EN_SOFT = "a bit|a little bit|a little|a tad|slightly|somewhat|mildly|abit|maybe|possibly|probably|perhaps"
_EN_SOFTENED = re.compile(
    rf"(?<![a-z])(?<!not )(?<!n't )((?:(?:{_EN_SOFT}) )+)({_EN_SYMPTOM})(?![a-z])"
)
_EN_HEDGE = re.compile(r"(?<![a-z])(?:kind of|sort of|kinda|sorta) ")
_EN_VITAL_HEDGE = re.compile(
    r"(?<![a-z])(temp|temperature|fever|pulse|sats|spo2|sugar|glucose) (?:maybe|possibly|about|around) (?=\d)"
)
_EN_ISH = re.compile(rf"(?<![a-z])({_EN_SYMPTOM})-?ish(?![a-z])")


def unhedge(text: str) -> str:
    """The normalised text with softening words moved after the symptom they were inside."""
    if not text.isascii():
        text = _ZH.sub(lambda m: m.group(1) + m.group(3) + m.group(2), text)
    text = _EN_VITAL_HEDGE.sub(r"\1 ", _EN_HEDGE.sub("", text))
    text = _EN_ISH.sub(r"\1", text)
    return _EN_SOFTENED.sub(lambda m: m.group(2) + " " + m.group(1).strip(), text)
