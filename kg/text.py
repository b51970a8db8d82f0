"""Character classes shared by the stages."""

from __future__ import annotations

import re

CJK_PUNCT = "，。、；：！？“”‘’（）《》〈〉【】「」『』…—～·"
SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)》"


# the characters of :func:`is_cjk`, as the inside of a regular-expression character class
CJK_CLASS = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff"


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def is_cjk_punct(ch: str) -> bool:
    return ch in CJK_PUNCT


HAN = r"\u4e00-\u9fff"
HAN_RE = re.compile(f"[{HAN}]")


def cjk_count(text: str) -> int:
    return len(HAN_RE.findall(text))


# the profile that opens each entry of an appointment notice (任前公示): 刘建军，男，汉族，
# 1975年8月生，…，现任中牟县委常委、组织部部长; group 1 is the name
PROFILE_RE = re.compile(r"([\u4e00-\u9fff]{2,4})[，,](?:男|女)[，,（(]")


# the middle dots between the parts of a minority or foreign person's name (艾力·吐尔逊)
NAME_DOTS = "·•・"


# a row of a list of people, the name first, then the post or the workplace, set apart by
# full-width spaces or a bar (丁书亮　舞钢市青石岭乡党委书记; 许国强丨平顶山市公安局…所长), numbered
# or not (1.鄂雪梅　汝南县高级中学)
# the number of a row of a list (1., 2．, 3、)
ROW_NUMBER = "(?:\\d{1,3}[.．、]|[\u2460-\u2473])"  # 1. 2、 or ① (circled one to twenty)
ROW_NUMBER_RE = re.compile(ROW_NUMBER + r"\s*")  # the number of a row, and the spaces after it
# the words a paper calls its own place by, after the level of that place (我市 in 三门峡日报)
HOME_WORDS = {"市": ("我市", "本市"), "县": ("我县", "本县"), "区": ("我区", "本区")}
NAME_ROW_RE = re.compile(
    f"^(?:{ROW_NUMBER}\\s*)?([\u4e00-\u9fff]{{2,3}})(?:\u3000+|[ \t]{{2,}}|[ \t\u3000]*[丨|][ \t\u3000]*)"
    f"([\u4e00-\u9fff][^。！？，,；;]{{3,40}})[；;。]?$"
)

# …。（记者 宁思远）, …。（本报记者 岳晗 摄）: a brief's byline, in brackets or not, after its last sentence
TRAILING_BYLINE_RE = re.compile(
    r"(?:^|(?<=[。！？”]))\s*[（(]?(?:本报)?((?:郑报全媒体记者|记者|通讯员)[\s\u4e00-\u9fff/]{2,40})[）)]?$"
)


# words of a body's name written in full or short anywhere in it (金水区法院, 县医院, 交警支队)
BODY_WORD_FORMS = (("人民法院", "法院"), ("人民检察院", "检察院"), ("县人民医院", "县医院"), ("交通警察", "交警"))


def body_words_short(name: str) -> str:
    """``name`` with the words of :data:`BODY_WORD_FORMS` written short (柘城县人民法院 -> 柘城县法院)."""
    for formal, short in BODY_WORD_FORMS:
        name = name.replace(formal, short)
    return name


# an amount of money as the last cell of a table of investments (18.5亿元, 6000万元)
AMOUNT_RE = re.compile("[0-9]+(?:[.][0-9]+)?(?:亿|万)?(?:元|美元)")


def inside_quotes(text: str, at: int) -> bool:
    """Is ``at`` inside “…” of ``text`` (a speaker's words)?"""
    return text.count("“", 0, at) > text.count("”", 0, at)


# the Youth League and the other parties, whose committees bear a place's committee's name
# (共青团昆山市委, 民建市委: not the place's Party committee)
OTHER_PARTIES = ("共青团", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")
# the medium a byline line names before the role (新重庆-重庆日报记者 向南帆, 大河报记者 X)
MEDIUM_RE = re.compile(
    r"[\u4e00-\u9fff]{1,6}[-－—·]?[\u4e00-\u9fff]{0,6}?(?:日报|晚报|报|电视台|融媒体中心)\s*(?=记者|通讯员)"
)

# the bullets that open the items of a list (◆P　签约方：A、B); not ■ and □, blots and byline marks,
# nor ○, a zero in dates (二○二五)
ITEM_BULLETS = "◆◇●▲★☆•"
