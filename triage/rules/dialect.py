# ruff: noqa: E501  (a word table reads best one region per line)
"""Regional spoken Chinese turned into the Mandarin the lexicon reads, before anything else is
read. Staff in Guangdong and Guangxi type written Cantonese (佢冇发烧, 讲嘢唔清楚, 晕低), staff in
Sichuan, Chongqing and Guizhou Southwestern Mandarin (莫得, 出气不赢, 脚杆), others their own
words (不得劲, 嫑, 阿拉, 勿, 毋). A negation missed is a danger sign read as present (冇出汗 as
sweating), so the negations come first. Only words no Mandarin writer uses, or whole phrases,
are replaced: 食, 饮, 面, 伊 and 系 stay as they are except inside the phrases listed, and no
key may appear inside a form the lexicon already reads (头先着地, 个钟头, 没得尿, 屋头人, 作呕,
不得劲 are the lexicon's; a test checks)."""

from __future__ import annotations

import re

DIALECT_TO_MANDARIN = {
    # Cantonese (粤语口语字)
    "有冇": "有没有", "冇": "没", "唔识郁": "不会动", "郁唔到": "动不了", "唔识": "不会", "唔够气": "喘不上气", "唔该": "谢谢", "系唔系": "是不是", "唔系": "不是", "唔": "不",
    "咗": "了", "佢哋": "他们", "佢": "他", "嘅": "的", "喺": "在", "啲": "些", "係": "是",
    "讲嘢": "说话", "睇嘢朦": "看东西模糊", "睇嘢": "看东西", "食嘢": "吃东西", "饮嘢": "喝东西", "嘢": "东西",
    "睇": "看", "瞓唔着": "睡不着", "好眼瞓": "嗜睡", "眼瞓": "嗜睡", "瞓": "睡",
    "嗌佢都唔系点醒": "叫他都叫不醒", "嗌唔应": "叫不应", "嗌": "叫", "晕低": "晕倒",
    "心口翳": "胸口闷", "翳住": "闷住", "细路仔": "小孩", "细路": "小孩",
    "琴日": "昨天", "尋日": "昨天", "今朝": "今天早上", "朝早": "早上", "下昼": "下午", "而家": "现在",
    "啱啱": "刚刚", "成日": "总是", "好似": "好像", "嗰阵": "的时候", "嗰": "那",
    "呢个": "这个", "呢排": "最近", "乜": "什么",
    "食咗": "吃了", "食完": "吃完", "食唔落": "吃不下", "食得少": "吃得少", "食开": "在吃", "食奶": "吃奶",
    "食药": "吃药", "食饭": "吃饭", "唔肯食": "不肯吃", "饮水": "喝水", "饮奶": "喝奶", "唔肯饮": "不肯喝",
    "饮到": "喝得下", "肚屙": "拉肚子", "屙稀": "拉稀", "屙屎": "大便", "屙尿": "小便",
    "呕晒": "吐了", "出晒": "出了", "肿晒": "肿了", "凹晒": "凹了", "湿晒": "湿透", "红晒": "红了",
    "凹入去": "凹进去", "压落去": "压下去", "面青": "脸发青", "青埋": "发青", "面白": "脸色苍白",
    "风癞": "风团", "跌亲": "摔倒", "撞亲": "撞到", "整亲": "弄伤", "整过自己": "伤害过自己", "拎": "拿",
    "眼朦": "眼花", "扭身": "转身", "个钟前": "个小时前", "成十个钟": "十个小时", "成排": "一整板", "细点": "小点",
    "痛到想死": "痛得厉害", "痛得想死": "痛得厉害", "疼得想死": "疼得厉害", "疼到想死": "疼得厉害",
    # Southwestern Mandarin (四川, 重庆, 贵州, 云南)
    "莫得": "没有", "不得吐": "不吐", "不得痛": "不痛", "不得疼": "不疼", "不得昏": "不昏",
    "不得咳": "不咳", "不得烧": "不烧", "不得发烧": "不发烧", "不得喘": "不喘", "出气不赢": "喘不上气",
    "肚儿痛": "肚子痛", "腰杆": "腰", "脚杆": "腿", "脑壳痛": "头痛", "脑壳疼": "头疼", "啥子": "什么", "嘴皮有点乌": "嘴唇发乌",
    "嘴皮乌": "嘴唇发乌", "嘴皮发乌": "嘴唇发乌", "敲起更痛": "叩痛", "敲起痛": "叩痛",
    # Northeastern, Northwestern and Central Plains
    "贼疼": "特别疼", "贼痛": "特别痛", "咋整": "怎么办", "嘎哈": "干什么",
    "额爸": "我爸", "额妈": "我妈", "额娃": "我孩子", "嫑": "不要", "咋咧": "怎么了",
    # Wu and Min speakers writing Mandarin
    "阿拉": "我们", "侬": "你", "伊讲": "她说", "伊是": "她是", "勿": "不", "交关": "很", "老痛": "很痛",
    "物事": "东西", "额角头": "额头", "鼻头尖": "鼻尖", "人蛮清爽": "人很清醒", "毋": "不",
    "昨暗": "昨晚", "较厉害": "比较厉害",
    # Voice input and hurried typing (a homophone for the word meant)
    "兄口": "胸口", "凶口": "胸口", "血牙": "血压", "发骚": "发烧", "欧吐": "呕吐", "抽疯": "抽风",
    "歪起了": "歪了", "紫紫哋": "发紫", "透唔到气": "喘不上气", "讲唔到成句": "说不了整句话",
}  # fmt: skip

_DIALECT_RE = re.compile(
    "|".join(map(re.escape, sorted(DIALECT_TO_MANDARIN, key=len, reverse=True)))
)


# Pinyin typed where the input method was not switched ("she says xinkou tong", "xuetang 1.9",
# "drank baicaoku"): the words clinic staff most often type so, each as a word of its own, in
# characters. Syllables may be run together or spaced.
PINYIN_TO_HANZI = {
    "xiong tong": "胸痛", "xinkou tong": "心口痛", "xiong men": "胸闷", "tou yun": "头晕",
    "tou tong": "头痛", "fa shao": "发烧", "ke sou": "咳嗽", "fu xie": "腹泻", "ou xue": "呕血",
    "tu xue": "吐血", "bian xue": "便血", "huang dan": "黄疸", "xue tang": "血糖", "xue ya": "血压",
    "an mian yao": "安眠药", "bai cao ku": "百草枯", "nong yao": "农药", "di di wei": "敌敌畏",
    "mei tan lu": "煤炭炉", "mei qi": "煤气", "zhong feng": "中风", "dan wan": "睾丸",
    "lao ren": "老人", "hai zi": "孩子", "nai nai": "奶奶", "ye ye": "爷爷", "huai yun": "怀孕",
    "po shui": "破水", "dai zhuang pao zhen": "带状疱疹", "hou long tong": "喉咙痛",
    "da bian": "大便", "xiao bian": "小便", "xiao fu": "小腹", "jiao di": "脚底",
    "sheng huo mei yi si": "活着没意思", "hu tu": "糊涂", "chuan bu shang qi": "喘不上气",
}  # fmt: skip
_PINYIN_RE = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(k.replace(" ", r"\s?") for k in sorted(PINYIN_TO_HANZI, key=len, reverse=True))
    + r")(?![a-z])"
)


_PINYIN_KEYS = {k.replace(" ", ""): k for k in PINYIN_TO_HANZI}

# "BB" for a baby, as a word of its own (not in "bbq"); "xy" typed for 血压 (xue ya) before a
# number (not in "oxygen").
_BB = re.compile(r"(?<![a-z])bb(?![a-z])")
_XY = re.compile(r"(?<![a-z])xy(?![a-z])(?=\s*[\d一二三四五六七八九十百])")


def to_mandarin(text: str) -> str:
    """The text with the regional words above in Mandarin (longest phrase first)."""
    text = _DIALECT_RE.sub(lambda m: DIALECT_TO_MANDARIN[m.group()], text)
    text = _PINYIN_RE.sub(
        lambda m: PINYIN_TO_HANZI[_PINYIN_KEYS[re.sub(r"\s", "", m.group())]], text
    )
    return _XY.sub("血压", _BB.sub("宝宝", text))
