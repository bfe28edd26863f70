# ruff: noqa: E501  (regular expressions of surface forms are clearer unsplit)
"""Vital signs from free text: blood pressure, temperature, heart and breathing rate, SpO2,
glucose and GCS, in the ways clinic staff write them (血压190/120, BP 190/120 mmHg, T 39.5℃,
38度5, 脉搏120, RR 40, 血氧88, 血糖 2.8 mmol/L, GCS 13), and the laboratory values staff relay
from a slip or a point-of-care device (血钾6.8, INR 8.6, 血钠121, 血钙3.7, 血红蛋白62, MUAC 10.8cm).
Each value is range-checked so that a stray number is not read as a vital sign."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .numbers import CN_NUMBER, cn_to_digits
from .values import Vitals

_GAP = r"[\s:：=为是约达到高至了仅只有大概约(（~～≈]{0,6}?"
# (xy, xt: pinyin initials of 血压 and 血糖, as village staff type them)
_BP_LABEL = r"(?:血压|bp|b/p|nibp|blood pressure|(?<![a-z])xy(?![a-z]))"
_BP = re.compile(_BP_LABEL + r"\D{0,8}?(\d{2,3})\s*[/／]\s*(\d{2,3})")
_BP_BARE = re.compile(r"(?<![\d/.])(\d{2,3})\s*/\s*(\d{2,3})\s*(?:mm\s*hg|毫米汞柱)")
# NEWS2 / BTS 2017 / 中国高血压防治指南2018: a measured pair written without a label
# (量了一下200/120): systolic 70-260 over diastolic 40-160, not part of a date or a score.
_BP_UNLABELLED = re.compile(
    r"(?<![\d/.\-年月日:：])(\d{2,3})\s*[/／]\s*(\d{2,3})(?![\d/.\-]|\s*(?:分|%|次|岁|年|月|日|天|个|片|粒|ml|mg|g|kg|cm))"
)
# 高压180低压110, and as staff say it, 上面210 下面125 (the upper and lower numbers of the cuff).
_BP_HIGH_LOW = re.compile(
    r"(?:高压|上面|上边|上头)\D{0,4}?(\d{2,3})\D{0,6}?(?:低压|下面|下边|下头)\D{0,4}?(\d{2,3})"
)
_SBP_ONLY = re.compile(r"(?:收缩压|血压|bp|高压|systolic)\D{0,6}?(\d{2,3})(?!\s*[/／\d])")
_TEMP = re.compile(
    r"(?:体温|腋温|腋下|耳温|肛温|口温|温度|发烧|发热|高烧|低烧|高热|烧到|烧|temperature|temp|tmax|axillary|axilla|rectal|tympanic|(?<![a-z])t)"
    r"[\s:：=为是约达到高至了最]{0,6}?(\d{2,3}(?:\.\d{1,2})?)\s*(度\s*(\d)(?!\d)|度|°\s*c|°c|℃|c(?![a-z])|°\s*f|f(?![a-z])|°)?"
)
# An English temperature after the word fever: "fever 38.6", "fever of 39.2", "fever up to 39".
_TEMP_FEVER_EN = re.compile(
    r"(?<![a-z])(?:fevers?|pyrexia|febrile)(?:\s+(?:of|was|is|up to|to|at|reaching|around|about|spiking to|spiked to|peaked at|max|maximum|with a temperature of))*"
    r"\s*[:=]?\s*(\d{2,3}(?:\.\d{1,2})?)\s*(°\s*c|°c|℃|c(?![a-z])|°\s*f|f(?![a-z])|°)?()"
    r"(?!\s*(?:h(?:ou)?rs?|days?|d(?![a-z])|weeks?|wks?|min\w*|times|x(?![a-z])|/))"
)
_TEMP_BARE = re.compile(r"(?<![\d.])(\d{2,3}(?:\.\d{1,2})?)\s*(度\s*(\d)(?!\d)|°\s*c|℃|°\s*f|度)")
# A temperature typed alone with its decimal ("still 38.4", 今天早上38.6): in a clinic's chat a
# number of 36.0-42.9 with one decimal and no unit is the thermometer's (not a weight, a week of
# pregnancy, a percentage or a laboratory value, which carry their unit or label).
_TEMP_LONE = re.compile(
    r"(?<![\d./:\-a-z])(3[6-9]\.\d|4[0-2]\.\d)(?![\d.]|\s*(?:%|周|w|kg|公斤|斤|g|岁|y|cm|厘米|mmol|umol|μmol|mg|ml|/|天|d(?![a-z])|小时|h|min|分|个|次))()()"
)
# A reading told after 量了 or 测了 (体温反而偏低，量了35.3): low ones too, which _TEMP_LONE leaves.
_TEMP_MEASURED = re.compile(
    r"(?:量了|测了)(?:一下)?(?:体温)?\s*(3[0-9]\.\d|4[0-2]\.\d)(?![\d.]|\s*(?:kg|公斤|斤|cm|%|mmol|周))()()"
)
_HR = re.compile(
    r"(?:数下来|心率|心室率|脉搏|脉率|心跳|摸脉|号脉|(?<![动静])脉(?=\s*\d{2,3}(?!\d))|(?<![a-z])hr|(?<![a-z])pulse(?: rate)?(?: (?:is )?(?:irregularly irregular|irregular|irreg|regular|reg|weak|thready|fast|slow))?(?: (?:about|around|approx|roughly|today))?(?: (?:on|from|by) (?:the |her |his )?(?:bp |blood pressure )?(?:machine|monitor|cuff|oximeter|watch)(?: (?:is|was|says|said|read))?)?|heart rate|(?<![a-z0-9])p(?=\s*[:=]?\s*\d{2,3}(?!\d)))"
    + _GAP
    + r"(\d{2,3})(?!\d|\.\d)"
)
# A pulse staff counted themselves: 数脉搏一分钟一百八十多 / 脉搏慢，数了一分钟 36 下. Across a comma
# the count needs its unit (次, 下): "脉搏正常，输液每分钟40滴" is a drip rate.
_HR_LABEL = r"(?:脉搏|心跳|摸脉|号脉)"
_HR_MINUTE = r"(?:一|每|1)分钟内?(?:数了?|数出来?|有|跳了?|是|才|只有|就)*[\s，,:：]{0,2}(\d{2,3})(?:多|来)?\s*"
_HR_COUNTED = re.compile(
    # 摸脉促而结代，数了一下大概110次: a count after the label, in the same sentence
    _HR_LABEL
    + r"[^。；;\d]{0,12}?数了?(?:一下)?(?:大概|约|有)?(\d{2,3})\s*(?:次|下)|"
    + _HR_LABEL
    + r"[^。；;\d，,]{0,8}?"
    + _HR_MINUTE
    + r"(?:次|下)?(?!\s*滴)"
    r"|" + _HR_LABEL + r"[^。；;\d]{0,8}?" + _HR_MINUTE + r"(?:次|下)"
)
_HR_BPM = re.compile(r"(?<![\d.])(\d{2,3})\s*(?:bpm|beats? per min\w*|beats?/min)")
_RR = re.compile(
    r"(?:呼吸频率|呼吸|(?<![a-z])rr|(?<![a-z])resp(?:iratory)?(?: rate)?|respirations|breathing rate|(?<![a-z0-9])r(?=\s*[:=]?\s*\d{2}(?!\d)))"
    r"[\s:：=为是约达到了频率]{0,6}?(?:(?:一|每|1)分钟[\s:：=为是约达到了有]{0,3})?"
    r"(?:(?:counted|measured|was|is|at|about|around)\s+)*(\d{1,3})(?!\d|\.\d)"
)
# A count staff made themselves: 数了一分钟呼吸，46次 / 每分钟呼吸46次 / breathing 46 times a minute.
_RR_COUNTED = re.compile(
    r"(?:呼吸|喘气|出气)(?:频率)?[，,\s:：]{0,2}(?:一分钟|每分钟|1分钟)?(?:数了?|数出来?|有|是|为|约|大概|达到?)*[，,\s:：]{0,2}(\d{1,3})\s*(?:次|下)"
    r"|(?:一分钟|每分钟|1分钟)内?(?:数了?|数出)?(?:呼吸|喘气|出气)了?[，,\s:：]{0,2}(?:有|是|为|约|大概)*(\d{1,3})\s*(?:次|下)"
    # 呼吸很快 我数了一分钟72次: the count told after the breathing
    r"|(?:呼吸|喘气|出气)[^。；;\d]{0,6}?数了?(?:一分钟|每分钟|1分钟)[，,\s:：]{0,2}(?:有|是|为|约|大概)*(\d{1,3})\s*(?:次|下)"
    r"|(?:breathing|breathes|breaths|respirations?)\s*(?:rate\s*)?(?:(?:is|was|at|of|about|around|counted)\s*)*(\d{1,3})\s*(?:times\s*)?(?:a|per|/|in\s*(?:a|one|1))\s*min"
)
_RR_BREATHS = re.compile(r"(?<![\d.])(\d{1,3})\s*(?:breaths?(?: per min\w*|/min)?|次呼吸)")
# A value measured again after a fault of the measurement was put right (换了别的手指再测 98%,
# 搓热手后复测97, 洗手后再测 7.8, "warmed her hands, rechecked 96%"): the first reading was the
# device's error. A reading again after a treatment (吸氧后, 喝糖水后, "after O2") is not this:
# the first one stands.
_ARTEFACT_FIXED = re.compile(
    r"换了?(?:一?个|别的|另一?个?)?手指|搓热|暖(?:一下|和了?)|洗(?:了|完|干净)?手|擦掉?(?:了)?指甲油|指甲油|重新夹|夹好"
    r"|warm(?:ed|ing)? (?:up )?(?:her |his |the )?(?:hands?|fingers?)|washed (?:her |his |their )?hands"
    r"|(?:different|another|other) finger|nail (?:polish|varnish)|probe (?:re)?positioned"
    r"|换个[^，,。；;\d]{0,5}手指|捂热"
)
_REMEASURED = r"(?:(?:再|复|重新?)\s*(?:测|量)(?:了|一下|一次)?|re-?check(?:ed)?|repeat(?:ed)?(?: reading)?)[^\d，,。；;]{0,6}?"
_SPO2_AGAIN = re.compile(_REMEASURED + r"(\d{2,3})\s*%?(?![\d.])")
_GLUCOSE_AGAIN = re.compile(_REMEASURED + r"(\d{1,2}\.\d)(?![\d.%])")
# Peak expiratory flow as a share of the person's best or predicted (BTS/SIGN 158 2019: 50-75%
# moderate, 33-50% acute severe, below 33% life-threatening): "PEF 55% of best", 峰流速是平时的60%.
_PEF = re.compile(
    r"(?:(?<![a-z])(?:pef|pefr|peak flow|peak expiratory flow)|峰流速|呼气峰流速|峰值流速)[^%\d。；;]{0,16}?(\d{1,3})\s*%"
    r"|(?<![\d.])(\d{1,3})\s*% (?:of )?(?:(?:his|her|their) )?(?:best|predicted)(?![a-z])"
)
_SPO2 = re.compile(
    r"(?:spo2|sp02|sao2|spo₂|血氧饱和度|氧饱和度|血氧|指脉氧|氧饱|o2 sat\w*|sats?|oxygen sat\w*|saturations?|saturating)"
    r"[\s:：=为是约仅只有了下降到降至测得at of only]{0,10}?(\d{2,3})(?!\d|\.\d)\s*%?"
)
_GLUCOSE = re.compile(
    r"(?:随机血糖|空腹血糖|指尖血糖|末梢血糖|血糖|(?<![a-z])xt(?![a-z])|(?<![a-z])bg|(?<![a-z])bs|(?<![a-z])bm|cbg|glucose|blood sugars?|sugars?|glu|finger ?(?:stick|prick)|dextro|fasting(?= \d{1,2}\.\d))"
    # "she checked his sugar and it says 1.9", "bm reading was 2.1"
    r"(?:\s+(?:and\s+)?(?:it|the meter|the machine|reading)\s+(?:says|said|reads|read|showed|shows|was|is))?"
    # ("fasting sugar today 22.4", 血糖今天22.4)
    r"(?:\s*(?:today|now|this (?:morning|am|evening)|tonight|今天|今早|早上|现在)(?![a-z]))?"
    r"[\s:：=为是约仅只有了测得降到升到高达only of at]{0,10}?(\d{1,3}(?:\.\d+)?)\s*(mmol/l|mmol|mg/dl)?"
)
# Readings told one after another through a day (血糖 早上空腹14.2 中午17.8 晚饭前19.6): the
# latest is today's state.
_SERIES_TIMES = (
    r"(?:早上|上午|中午|下午|晚上|傍晚|[早午晚]饭[前后]|饭[前后]|睡前|半夜|夜里|凌晨|今天|今早|昨天|刚才|"
    r"现在|这次|上次|复测|空腹|餐后|then|now|today|later|tonight|this (?:morning|afternoon|evening)|"
    r"before (?:breakfast|lunch|dinner|tea|bed)|after (?:breakfast|lunch|dinner|tea))"
)
_GLUCOSE_SERIES = re.compile(
    r"(?:血糖|glucose|blood sugars?|sugars?|(?<![a-z])bg|(?<![a-z])bm|(?<![a-z])xt)[^\d。；;\n]{0,6}?"
    r"(?:" + _SERIES_TIMES + r"[^\d，,。；;\n]{0,4}?\d{1,2}(?:\.\d)?(?![\d/])[\s,，、]*){2,}"
)
# A meter that reads HI is above its range (about 33.3 mmol/L); LO is below it (ADA 2024 §6, §16).
_GLUCOSE_HI = re.compile(
    r"(?:血糖|血糖仪|glucose|glucometer|meter|blood sugar|sugar|(?<![a-z])bm)[^。；;\n]{0,12}?"
    r"(?:(?<![a-z])hi(?![a-z])|爆表|超出(?:测量)?范围|超量程|超过量程|测不出(?:来)?了?[，,]?(?:太高|偏高|高)|高得测不出|高到测不出|显示高)"
)
_GLUCOSE_LO = re.compile(
    r"(?:血糖|血糖仪|glucose|glucometer|meter|blood sugar|sugar|(?<![a-z])bm)[^。；;\n]{0,12}?"
    r"(?:(?<![a-z])lo(?![a-z])|低得测不出|低到测不出|测不出(?:来)?了?[，,]?(?:太低|偏低|低))"
)
# Vital signs in Chinese numerals after their label (心跳一百六, 血氧八十五, 血压二百多, 烧到四十度).
_CN_VITAL = re.compile(
    r"((?:(?:脉搏|心跳)(?:一|每|1)分钟内?(?:数了?|有|跳了?)?|心率|脉搏|脉率|心跳|血氧饱和度|氧饱和度|血氧|指脉氧|血压|高压|低压|收缩压|舒张压|体温|腋温|发烧|发热|高烧|烧到|烧得|血糖|血钾|(?<![化补服])钾|inr|国际标准化比值|血钠|(?<![化补])钠|血钙|血红蛋白|血色素|上臂围|臂围|呼吸(?:(?:一|每|1)分钟)?|(?:一|每|1)分钟(?:内)?(?:呼吸|喘气)?(?:数了?|有)?)"
    r"[\s:：=为是约达到高至了仅只有大概测得量得就都还跳有]{0,4}?)"
    + CN_NUMBER.pattern
    # 血糖一直20多, 心率一般: 一 of a word, not a value
    + r"(?![直般点下会样阵些共起边])"
)
_CN_PAIR = re.compile(r"(\d{2,3})\s*[/／]\s*" + CN_NUMBER.pattern)
_SPOKEN_DIGITS = dict(zip("零幺一二三四五六七八九", "01123456789", strict=True))
_CN_WORD = "[零一二两三四五六七八九十百]{2,6}"  # a numeral of a reading (八十五, 一百一, 二百一十)
# The upper and lower numbers in Chinese numerals (上面二百一 下面一百二十五).
_CN_UPPER_LOWER = re.compile(
    r"((?:上面|上边|上头)[\s:：是为]{0,2})("
    + _CN_WORD
    + r")(\s*[，,]?\s*(?:下面|下边|下头)[\s:：是为]{0,2})("
    + _CN_WORD
    + r")"
)
# A reading told as two numbers with a space, after the cuff was put on (量血压 185 110, 再量
# 一百八 一百一): systolic then diastolic, read as a pair only where it is a plausible one.
_SPACED_PAIR = re.compile(
    r"((?:血压|bp|再量|复测|又量|量了|测了|量)(?:一下)?[\s:：=为是了得]{0,3})("
    + _CN_WORD
    + r"|\d{2,3})\s+("
    + _CN_WORD
    + r"|\d{2,3})(?![\d.零一二两三四五六七八九十百点度斤次下])"
)
_CN_DEGREES = re.compile(
    r"(?<![\d零一二两三四五六七八九十百])([三四]十[一二三四五六七八九]?)度(?:([一二三四五六七八九])(?![十百]))?"
)


def _cn_numerals(text: str) -> str:
    """The text with vital-sign values written in Chinese numerals turned into digits."""

    def upper_lower(m: re.Match[str]) -> str:
        return m.group(1) + cn_to_digits(m.group(2)) + m.group(3) + cn_to_digits(m.group(4))

    def spaced_pair(m: re.Match[str]) -> str:
        high, low = cn_to_digits(m.group(2)), cn_to_digits(m.group(3))
        if (
            high.isdigit()
            and low.isdigit()
            and 70 <= int(high) <= 260
            and 40 <= int(low) < int(high)
        ):
            return m.group(1) + high + "/" + low
        return m.group()

    # Numbers read digit by digit, as voice input writes 1 (幺八二 is 182, 幺幺二 is 112).
    text = re.sub(
        "[幺零一二三四五六七八九]{2,3}",
        lambda m: (
            "".join(_SPOKEN_DIGITS[ch] for ch in m.group()) if "幺" in m.group() else m.group()
        ),
        text,
    )
    text = _CN_UPPER_LOWER.sub(upper_lower, text)
    # A weight in jin and liang as a baby's is told (出生六斤八 is 6.8 jin, 3.4 kg; 七斤二两).
    text = re.sub(
        r"(?<![\d零一二两三四五六七八九十百.])(\d{1,3}|[一二两三四五六七八九十]{1,3})斤"
        r"(?:(\d|[一二三四五六七八九])(?![\d十百])两?)?",
        lambda m: (
            cn_to_digits(m.group(1)) + ("." + cn_to_digits(m.group(2)) if m.group(2) else "") + "斤"
        ),
        text,
    )
    text = _SPACED_PAIR.sub(spaced_pair, text)

    def after_group_1(m: re.Match[str]) -> str:  # the label or systolic, then the numeral
        return m.group(1) + cn_to_digits(m.string[m.start(2) : m.end()])

    def degrees(m: re.Match[str]) -> str:
        return cn_to_digits(m.group(1)) + "度" + (cn_to_digits(m.group(2)) if m.group(2) else "")

    # A decimal told with 点 after a laboratory label (钾7点1, 血糖6点2, inr八点六, 血钙三点七).
    text = re.sub(
        r"((?:钾|血糖|糖|钙|inr|比值|血红蛋白|血色素|臂围)[\s:：=为是约了测得高达只有]{0,6}?)"
        r"(\d{1,2}|[一二两三四五六七八九十]{1,3})点(\d|[零一二两三四五六七八九])(?![\d十百])",
        lambda m: m.group(1) + cn_to_digits(m.group(2)) + "." + cn_to_digits(m.group(3)),
        text,
    )
    text = _CN_VITAL.sub(after_group_1, text)
    text = _CN_PAIR.sub(
        lambda m: m.group(1) + "/" + cn_to_digits(m.string[m.start(2) : m.end()]), text
    )
    text = _CN_DEGREES.sub(degrees, text)
    return re.sub(
        r"(\d)度([一二三四五六七八九])(?![十百\d])",
        lambda m: m.group(1) + "度" + cn_to_digits(m.group(2)),
        text,
    )


# Serum potassium (血钾7.1, K 6.2, "potassium 7.1"), mmol/L (UK Kidney Association 2020).
_POTASSIUM = re.compile(
    r"(?:血钾|钾离子|(?<![化补服])钾(?=[\s:：=为是]{0,3}\d)|(?<![a-z])k\+?|potassium"
    # "potassium from yesterday's bloods is 7.1"
    r"(?:\s+(?:from|on|in|of)\s+[a-z' ]{1,25}?\s+(?:is|was|came back(?: at)?|back at)|\s+came back(?: at| as)?|\s+(?:is |was )?back at)?)"
    r"[\s:：=为是约了测得高达只有]{0,6}?(\d(?:\.\d{1,2})?)(?!\d|\.\d)\s*(?:mmol)?"
)
# What may stand between a laboratory label and its value (钠 121, INR: 8.6, 血钙高达3.7, "Na >160").
_LAB_GAP = r"[\s:：=为是约了测得高达只有仅才到>＞<＜≥≤大于小于超过低至]{0,6}?"
# INR on warfarin (INR 8.6, 国际标准化比值 5.2); BSH 2011 warfarin guideline.
# A word or two may stand between the label and the value ("INR today 6.4", "INR came back 8",
# "INR back 9.4", INR结果出来了 11.2, INR回来8.6).
_LAB_WORDS = (
    r"(?:\s*(?:today|now|was|is|this morning|this am|came back|back|result|level|checked)\b"
    r"|\s*(?:结果出来了?|结果|出来了?|回来了?|复查|今天|查的|测的))*"
)
_INR = re.compile(
    # (凝血指标 is the INR only where warfarin is named with it: 华法林那个凝血指标 5.8)
    # (not the earlier one told beside it: "last INR 2.7 three wks ago", 上次INR 2.5)
    r"(?<!last )(?<!previous )(?<!prev )(?<!上次)(?<!以前)"
    r"(?:(?<![a-z])inr|国际标准化比值?|华法林[^，,。；;\d]{0,6}?凝血(?:指标|值))"
    + _LAB_WORDS
    # ("INR result back for Mrs Sun 76 (AF, warfarin 5mg): 8.6")
    + r"(?:\s+for\s+[^:：\n。；;]{1,40}?[:：])?"
    + _LAB_GAP
    + r"(\d{1,2}(?:\.\d{1,2})?)(?!\d|\.\d)"
)
# Serum sodium (血钠121, 钠125, Na 121, Na+ 128, sodium 162), mmol/L; not saline (氯化钠) or a
# supplement, and not "NA" for not applicable (a value of 95-185 must follow).
_SODIUM = re.compile(
    r"(?:血钠|钠离子|(?<!氯化)(?<![补服])钠(?="
    + _LAB_GAP
    + r"\d)|(?<![a-z])na\+?(?![a-z])|sodium)"
    + _LAB_GAP
    + r"(\d{2,3}(?:\.\d)?)(?!\d|\.\d)"
)
# Serum calcium, total or adjusted (血钙3.7, 校正钙2.9, Ca 1.72, corrected calcium 3.6), mmol/L,
# always with a decimal: "ca" is also cancer ("ca 2 years ago") and a tumour marker (CA125,
# CA19-9). Ionised calcium (离子钙, 钙离子, iCa, ionised: about half the total) is not read.
_CALCIUM = re.compile(
    r"(?:血钙|总钙|校正钙|(?<![化补服吃子])钙(?!离子|片|剂|尔奇|镁)(?=" + _LAB_GAP + r"\d)|"
    r"(?<![a-z])(?<!ionised )(?<!ionized )(?:(?:corrected|adjusted|total|serum)\s+)?(?:ca(?:\+\+|2\+)?|calcium)(?![a-z]))"
    + _LAB_GAP
    + r"(\d\.\d{1,2})(?!\d|\.\d)"
)
# Serum creatinine (肌酐215, 血肌酐 190, "creat 168", creatinine 246), and the patient's own
# earlier or usual value told with it (平时肌酐一直130上下, 去年体检才95, "his usual is around 95",
# "was 118 six months ago"): KDIGO 2012 and NICE NG148 read acute kidney injury as a rise
# against the patient's baseline, not as a value above a range.
_CREATININE_LABEL = r"(?:血肌酐|肌酐|(?<![a-z])creat(?:inine)?(?![a-z])|(?<![a-z])cr(?=\s*[:：=]?\s*[\d上平以之原去年lbpu]))"
# The words that tell the patient's earlier or usual value.
_CREATININE_EARLIER = (
    # (之前 with a habit word, 之前产检都是110/70: 来之前在家量的200/120 is today's)
    r"(?:(?<![钟时天])以前|之前(?:产检|体检|检查|量)?(?:都|一直|一般)|平时|平常|平素|一直|原来|之前|上次|上回|上个?月|去年|前年|年初|半年前|几个月前|基线|"
    r"春天|夏天|秋天|冬天|usual(?:ly)?|baseline|normally|previously|(?<![a-z])was|last (?:year|time|month|check))"
)
# ... or after it ("creatinine today 210 (82 in spring)")
_CREATININE_WAS_AFTER = re.compile(
    r"[(（]\s*(\d{1,4}(?:\.\d{1,2})?)\s*(?:umol/l\s*|μmol/l\s*)?(?:in|last|back in|at) (?:the )?"
    r"(?:spring|summer|autumn|fall|winter|year|month|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{4})"
)
_CREATININE = re.compile(
    _CREATININE_LABEL
    + _LAB_WORDS
    + r"(?:\s*(?P<usual>一直|一般|都是|都在|总是|always|usually|normally))?"
    + _LAB_GAP
    + r"(?P<value>\d{1,4}(?:\.\d{1,2})?)(?!\d|\.\d)"
)
_CREATININE_WAS = re.compile(
    _CREATININE_EARLIER + r"[^，,。；;\d]{0,12}?(\d{1,4}(?:\.\d{1,2})?)(?!\d|\.\d)"
)
_CREATININE_WORDS = re.compile(
    r"(?:平时|平常|平素|以前|原来|之前|上次|去年|usual(?:ly)?|baseline)[^，,。；;\d]{0,4}$"
)


# The earlier value told first, then today's (肌酐 上个月 90 今天 215, "creatinine last month 90,
# today 215").
_CREATININE_THEN_NOW = re.compile(
    _CREATININE_LABEL
    + r"\s*[:：]?\s*"
    + _CREATININE_EARLIER
    + r"[^，,。；;\d]{0,4}?(\d{1,4}(?:\.\d{1,2})?)\s*[，,、]?\s*(?:今天|现在|这次|复查|today|now)[^，,。；;\d]{0,4}?"
    r"(\d{1,4}(?:\.\d{1,2})?)(?!\d|\.\d)"
)


def _creatinine(text: str) -> tuple[float | None, float | None]:
    """Today's creatinine and the earlier or usual one told with it (None when not told)."""
    then_now = _last(_CREATININE_THEN_NOW, text)
    if then_now and all(0.3 <= float(v) <= 2000 for v in then_now.groups()):
        return float(then_now.group(2)), float(then_now.group(1))
    today = before = None
    for m in _CREATININE.finditer(text):
        value = float(m.group("value"))
        if not (0.3 <= value <= 2000):
            continue
        if m.group("usual") or _CREATININE_WORDS.search(text, max(0, m.start() - 8), m.start()):
            before = value
            continue
        today = value
        was = _CREATININE_WAS.search(text, m.end(), m.end() + 40) or _CREATININE_WAS_AFTER.search(
            text, m.end(), m.end() + 40
        )
        if was and 0.3 <= float(was.group(1)) <= 2000:
            before = float(was.group(1))
    return today, before


# Iron tablets a child swallowed: how many (少了3片, 吃了两片, "about 10 missing", "8 gone",
# "swallowed 2 of her mum's iron tablets") and the salt in one (硫酸亚铁 0.3克, "ferrous
# sulphate 200mg"), for the dose per kilogram (TOXBASE iron).
_IRON_SALT = re.compile(
    r"(?:ferrous (?:sulph|sulf|fumar|glucon|succin)\w*|硫酸亚铁|富马酸亚铁|葡萄糖酸亚铁|琥珀酸亚铁)"
    r"[^,.;，。；]{0,12}?(\d{1,3}(?:\.\d{1,2})?)\s*(mg|毫克|g|克)(?![a-z])"
)
_COUNT = r"(\d{1,2}|[一二两三四五六七八九十]{1,3})"
_TABLETS_TAKEN = [
    re.compile(
        r"(?:about |around |~|maybe |approx\.? )?(\d{1,2}) (?:tablets? |tabs? |pills? )?"
        r"(?:are |were |is |was )?(?:missing|gone|swallowed|eaten)(?![a-z])"
    ),
    re.compile(
        r"(?:swallowed|ate|eaten|took|taken|had) (?:about |around |~)?(\d{1,2}) (?:of|x)(?![a-z])"
    ),
    re.compile(r"(?:少了|吃了|吞了|吃掉了?|偷吃了)" + _COUNT + r"(?:片|粒|颗)"),
    re.compile(_COUNT + r"(?:片|粒|颗)(?:不见了|没了|找不到了)"),
]


def _iron_tablets(text: str) -> tuple[int | None, float | None]:
    """(iron tablets taken, mg of iron salt in one), each None when not told."""
    mg = None
    salt = _last(_IRON_SALT, text)
    if salt:
        value = float(salt.group(1))
        mg = value * 1000 if salt.group(2) in ("g", "克") else value
        mg = mg if 20 <= mg <= 1000 else None
    count = None
    for rx in _TABLETS_TAKEN:
        m = _last(rx, text)
        if m:
            digits = cn_to_digits(m.group(1))
            count = int(digits) if digits.isdigit() and 0 < int(digits) <= 99 else None
            break
    return count, mg


# Haemoglobin (血红蛋白62, 血色素6克, Hb 58 g/L, Hb 6.2 g/dL); not HbA1c (糖化血红蛋白, HbA1c).
_HB = re.compile(
    r"(?:(?<!糖化)血红蛋白|血色素|(?<![a-z])hb(?![a-z0-9])|(?<![a-z])hgb(?![a-z])|ha?emoglobin(?!\s*a1c))"
    + _LAB_GAP
    + r"(\d{1,3}(?:\.\d)?)(?!\d|\.\d|\s*%)\s*(g\s*/\s*dl|g\s*/\s*l|克|g(?![a-z]))?"
)
# Platelet count, x10^9/L (血小板 18, PLT 14, "plts 9", "platelets came back 22").
_PLATELETS = re.compile(
    r"(?:血小板(?:计数)?|(?<![a-z])plts?(?![a-z])|platelets?(?: count)?)"
    + _LAB_WORDS
    + _LAB_GAP
    + r"(\d{1,4})(?!\d|\.\d|\s*%)"
)
# Mid-upper arm circumference (MUAC 10.8cm, 上臂围11厘米, 臂围 108 mm).
_MUAC = re.compile(
    r"(?:muac|上臂中?围|臂围)"
    + _LAB_GAP
    + r"(\d{1,3}(?:\.\d)?)(?!\d|\.\d)\s*(mm|毫米|cm|厘米|公分)?"
)
_GCS = re.compile(
    r"(?:gcs|格拉斯哥昏迷评分|格拉斯哥评分|昏迷评分)[\s:：=为是分]{0,4}(\d{1,2})(?!\d)"
)


# Weights: a baby's birth weight (出生3.2公斤, 出生体重3200克, "birth wt 3.40kg") and today's
# (今天称2.84, 体重60公斤, "weighed today 3.02kg"); a bare number is kilograms below 10 and
# grams from 1000 to 6000 (a newborn's), 斤 is half a kilogram; a bare whole number below 10
# is not a weight.
_WEIGHT_VALUE = r"(?:[\s:：=为是了约]|刚好|正好|只有|才){0,3}(\d{1,4}(?:\.\d{1,3})?)\s*(公斤|千克|kg|斤|克|g|grams?)?(?![a-z\d])"
_BIRTH_WEIGHT = re.compile(
    r"(?:(?:出生|生下来)(?:时|的时候)?(?:体重)?|birth ?(?:wt|weight)(?:\s*(?:was|is|of))?"
    r"|(?<![a-z])born(?:\s*(?:at|weighing))?(?=\s*\d\.\d{1,3}\s*kg))" + _WEIGHT_VALUE
)
_WEIGHT = re.compile(
    r"(?:称了?|体重|weigh(?:s|ed|t|ing)?|wt)(?:\s*(?:today|now|was|is|at|this morning))*"
    + _WEIGHT_VALUE
)


# A child's weight told as "she's 22kg", "he's about 14 kg", or right after the age (8岁 25公斤,
# "4yo 16kg"): a unit is needed, since "she's 4" is an age.
_WEIGHT_KG = re.compile(
    r"(?:(?<![a-z])(?:he|she)(?:'?s| is)(?: about| around| roughly| approx\.?| only)?|"
    r"(?:岁|岁半|个月|months? old|y(?:ea)?rs? old|yo|y/o)[\s,，]*)"
    r"\s*(\d{1,3}(?:\.\d)?)\s*(kg|公斤|千克)(?![a-z])"
)


_WEIGHT_TODAY = re.compile(
    r"(?:今天|现在|今|today|now)(?:\s*(?:is|was|weighs?|weighed))?\s*[:：]?\s*"
    r"(\d\.\d{1,3})\s*(kg|公斤|千克)?(?![\d.])"
)


def _grams(m: re.Match[str] | None) -> int | None:
    if not m:
        return None
    value = float(m.group(1))
    unit = (m.group(2) or "").replace(" ", "")
    if not unit and "." not in m.group(1) and value < 10:
        return None  # 生下来5天: a count, not a weight
    if unit in ("公斤", "千克", "kg") or (not unit and value < 10):
        grams = value * 1000
    elif unit == "斤":
        grams = value * 500
    elif unit in ("克", "g", "gram", "grams") or (not unit and 1000 <= value <= 6000):
        grams = value
    else:
        return None
    return round(grams) if 300 <= grams <= 300_000 else None


def _weights(text: str) -> tuple[int | None, int | None]:
    """(today's weight, birth weight) in grams; the birth weight's words are not today's. After
    a birth weight, a weight told with only its day (出生体重3.4 今天3.0, "born 3.4kg, today 3.0")
    is today's."""
    birth = _last(_BIRTH_WEIGHT, text)
    if birth:
        text = text[: birth.start()] + " " * (birth.end() - birth.start()) + text[birth.end() :]
    today = _last(_WEIGHT, text) or _last(_WEIGHT_KG, text)
    if birth and not today:
        today = _WEIGHT_TODAY.search(text, birth.end())
    return _grams(today), _grams(birth)


# A peak flow told with the person's best beside it ("peak flow 130, her best is 450",
# 峰流速230 平时390): the per cent of best (BTS/SIGN 158).
_PEF_OF_BEST = re.compile(
    r"(?:(?<![a-z])(?:pef|pefr|peak flow)|峰流速|呼气峰流速)\s*[:：]?\s*(\d{2,3})(?!\s*%)"
    r"[^。；;%]{0,40}?(?:best|平时|最好)[^\d。；;]{0,16}?(\d{2,3})(?!\d)"
)


def _pef(text: str) -> int | None:
    m = _last(_PEF, text)
    value = int(m.group(1) or m.group(2)) if m else None
    if value is None and (told := _last(_PEF_OF_BEST, text)):
        now, best = int(told.group(1)), int(told.group(2))
        value = round(100 * now / best) if 50 <= best <= 900 and now <= 900 else None
    return value if value is not None and 5 <= value <= 150 else None


# BTS 2017 §6: with home oxygen the saturation that matters is the one on the usual oxygen
# ("86% when we checked off the oxygen, 90% back on her usual 2 L").
_SPO2_ON_USUAL_O2 = re.compile(
    r"(?<![\d.])(\d{2,3})\s*%\s*(?:back |again )?on (?:her |his |their |the )?(?:usual|home|prescribed|"
    r"long-?term|normal)\s*(?:\d+(?:\.\d)?\s*(?:l|litres?|liters?)(?:/min)?|oxygen|o2)(?![a-z])"
)
_SPO2_ON_USUAL_O2_ZH = re.compile(
    r"(?:吸着|在吸)(?:平时的?|家里的?)(?:\d+(?:\.\d)?升)?(?:的)?氧(?:气)?(?:的时候|时)?[^\d，,。；;]{0,4}?(\d{2,3})\s*%"
)


def _spo2(text: str) -> re.Match[str] | None:
    """The saturation to judge: on the usual home oxygen when told after a reading off it."""
    m = _latest(_SPO2, _SPO2_AGAIN, text)
    on_o2 = _last(_SPO2_ON_USUAL_O2, text) or _last(_SPO2_ON_USUAL_O2_ZH, text)
    return on_o2 if on_o2 and (m is None or on_o2.start() >= m.start()) else m


def _latest(first: re.Pattern[str], again: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last reading of a value: its measured-again match when a fault of the measurement
    was put right before it and it comes later (血氧86 搓热手后复测97: 97), else the first
    pattern's."""
    m, m_again = _last(first, text), _last(again, text)
    fixed = m_again is not None and _ARTEFACT_FIXED.search(text, 0, m_again.start())
    return m_again if fixed and (m is None or m_again.start() > m.start()) else m


def _last(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for m in rx.finditer(text):
        found = m
    return found


# A usual value told beside today's (以前都110/70左右, 平时血压130/80, "usually 130/80"): not a
# reading of this visit. (半小时以前 dates a reading of today; 我们过去量了 is "went over".)
_BASELINE = re.compile(
    # (之前 with a habit word, 之前产检都是110/70: 来之前在家量的200/120 is today's)
    r"(?:(?<![钟时天])以前|之前(?:产检|体检|检查|量)?(?:都|一直|一般)|平时|平常|平素|往常|上次|上回|建档时|建卡时|usually|normally|baseline|usual(?: bp)?|normal for (?:him|her) is"
    r"|booking(?: bp| blood pressure)?(?: was| of)?"
    r"|(?:at )?(?:her |his |the )?(?:last|previous) (?:visit|time|check|appointment|review)(?: bp| blood pressure)?(?: was| of)?)"
    r"[^，,。；;\d]{0,6}$"
)


# ... or told after the reading ("BP was 118/72 at booking", "120/80 at her last visit").
_BASELINE_AFTER = re.compile(
    r"\s*(?:at (?:booking|(?:her |his |the )?(?:last|previous|first|booking) (?:visit|check|"
    r"appointment|review))|(?:is |was )?(?:her|his) (?:usual|normal)|before (?:she|he) was pregnant|"
    r"pre-?pregnancy|建档时|建卡时|是平时的|是以前的)"
)


def _today(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The pattern's matches in the text, less those told as the usual value."""
    return [
        m
        for m in rx.finditer(text)
        if not _BASELINE.search(text, 0, m.start(1)) and not _BASELINE_AFTER.match(text, m.end())
    ]


def _in_range(
    rx: re.Pattern[str], text: str, low: float, high: float, cast: Callable[[float], Any] = float
) -> Any:
    """The last value the pattern reads (its first group), cast, when it lies in the range."""
    return _in(_last(rx, text), low, high, cast)


def _in(
    m: re.Match[str] | None, low: float, high: float, cast: Callable[[float], Any] = float
) -> Any:
    """The match's value (its first group), cast, when it lies in the range."""
    return cast(float(m.group(1))) if m and low <= float(m.group(1)) <= high else None


def _in_units(
    rx: re.Pattern[str],
    text: str,
    tenths: tuple[str, ...],
    units: tuple[str, ...],
    bare_tenths_up_to: float,
    low: float,
    high: float,
) -> int | None:
    """The last value the pattern reads (group 1, its unit group 2) in the field's unit, when
    it lies in the range: a value in a unit ten times the field's (g/dL for g/L, cm for mm),
    or a bare value no larger than `bare_tenths_up_to`, is multiplied by ten."""
    m = _last(rx, text)
    if not m:
        return None
    value = float(m.group(1))
    unit = (m.group(2) or "").replace(" ", "")
    if unit in tenths or (unit not in units and value <= bare_tenths_up_to):
        value *= 10
    return round(value) if low <= value <= high else None


def _temp_value(m: re.Match[str]) -> float | None:
    value = float(m.group(1))
    unit = (m.group(2) or "").replace(" ", "")
    if m.group(3):  # 38度5 means 38.5
        value = float(int(value)) + int(m.group(3)) / 10
    if unit in ("°f", "f") or (not unit and 93 <= value <= 110):
        value = round((value - 32) * 5 / 9, 1)
    if 30.0 <= value <= 45.0:
        return value
    return None


_BP_FORMS = (_BP_HIGH_LOW, _BP_BARE, _BP)
# A standing reading told after a lying one (a postural drop is judged by its own rules).
_POSTURAL = re.compile(r"(?:standing|stood|on standing|站起来?|站立|站着)[^，,。；;]{0,12}$")


def parse_vitals(text: str) -> Vitals:
    """The vital signs stated in one normalised message (the last value of each wins)."""
    text = _cn_numerals(text)
    sbp = dbp = None
    for rx in _BP_FORMS:
        found = _today(rx, text)
        if found:
            m = found[-1]
            s, d = int(m.group(1)), int(m.group(2))
            if 50 <= s <= 300 and 20 <= d <= 200 and s > d:
                sbp, dbp = s, d
                break
    if sbp is None:
        m = next(reversed(_today(_SBP_ONLY, text)), None)
        if m and 50 <= int(m.group(1)) <= 300:
            sbp = int(m.group(1))
    # (a reading told later without its label, 今天142/92 复测145/94, is the latest)
    last_labelled = max((m.start() for rx in _BP_FORMS for m in _today(rx, text)), default=-1)
    for m in _today(_BP_UNLABELLED, text):
        s, d = int(m.group(1)), int(m.group(2))
        # (lying 112/64, standing 88/54: the lying one stays)
        postural = sbp is not None and _POSTURAL.search(text, max(0, m.start() - 16), m.start())
        if m.start() > last_labelled and 70 <= s <= 260 and 40 <= d <= 160 and s > d:
            sbp, dbp = (sbp, dbp) if postural else (s, d)

    # (the latest reading told, whatever its form: 体温37.8 下午38.6 is 38.6 now)
    temps = [
        (m.start(1), value)
        for rx in (_TEMP, _TEMP_FEVER_EN, _TEMP_BARE, _TEMP_MEASURED, _TEMP_LONE)
        for m in rx.finditer(text)
        if (value := _temp_value(m)) is not None
    ]
    temp = max(temps)[1] if temps else None

    hr = None
    for rx in (_HR, _HR_COUNTED, _HR_BPM):
        m = _last(rx, text)
        value = next((g for g in m.groups() if g), None) if m else None
        if value and 20 <= int(value) <= 300:
            hr = int(value)
            break

    rr = None
    for rx in (_RR, _RR_COUNTED, _RR_BREATHS):
        m = _last(rx, text)
        value = next((g for g in m.groups() if g), None) if m else None
        if value and 4 <= int(value) <= 120:
            rr = int(value)
            break

    glucose = None
    m = _last(_GLUCOSE, text)
    if m:
        value = float(m.group(1))
        unit = m.group(2) or ""
        if unit == "mg/dl" or (not unit.startswith("mmol") and value > 45):
            value = round(value / 18.0, 1)
        if 0.5 <= value <= 60:
            glucose = value
    if _last(_GLUCOSE_HI, text):
        glucose = 33.4
    elif _last(_GLUCOSE_LO, text):
        glucose = 1.1
    series = _last(_GLUCOSE_SERIES, text)
    if series and (m is None or series.end() > m.end()):
        value = float(re.findall(r"\d{1,2}(?:\.\d)?", series.group())[-1])
        glucose = value if 0.5 <= value <= 60 else glucose
    latest = _latest(_GLUCOSE, _GLUCOSE_AGAIN, text)
    if latest is not None and latest.re is _GLUCOSE_AGAIN:
        # the meter's error put right (手上有糖 洗手后再测 7.8)
        glucose = _in(latest, 1.0, 30.0) or glucose

    weight_g, birth_weight_g = _weights(text)
    creatinine, creatinine_before = _creatinine(text)
    iron_tablets, iron_tablet_mg = _iron_tablets(text)
    return Vitals(
        sbp=sbp,
        dbp=dbp,
        temp_c=temp,
        hr=hr,
        rr=rr,
        spo2=_in(_spo2(text), 40, 100, round),
        glucose=glucose,
        gcs=_in_range(_GCS, text, 3, 15, round),
        potassium=_in_range(_POTASSIUM, text, 1.5, 9.9),
        inr=_in_range(_INR, text, 0.5, 20),
        sodium=_in_range(_SODIUM, text, 95, 185, round),
        calcium=_in_range(_CALCIUM, text, 1.0, 5.0),
        # 血色素6克 is the old 6 g/dL; a bare Hb of 25 or less is in g/dL too.
        hb=_in_units(_HB, text, ("g/dl", "克"), ("g/l",), 25, 20, 250),
        platelets=_in_range(_PLATELETS, text, 1, 2000, round),
        pef_pct=_pef(text),
        muac_mm=_in_units(_MUAC, text, ("cm", "厘米", "公分"), ("mm", "毫米"), 30, 60, 300),
        weight_g=weight_g,
        birth_weight_g=birth_weight_g,
        creatinine=creatinine,
        creatinine_before=creatinine_before,
        iron_tablets=iron_tablets,
        iron_tablet_mg=iron_tablet_mg,
    )
