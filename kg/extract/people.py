"""People named next to a post or title: officials, executives, scholars, residents.

The pattern that works on this genre (see DESIGN.md: POS tags alone find 10 of 15
officials and glue 李晓雷作 together) is *post -> surname + 1-2 characters -> a
boundary*. The boundary is punctuation, a word from ``name_followers.txt``
(表示, 出席, 带领...) or any dictionary word starting right after the name; the
three-character reading is tried first (樊惠林|带领 rather than 樊惠|林带).
Enumerations after a post or group title (区领导虎荣鑫、王泽文、李卓瑜) give one
person per name.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from kg.extract.abbreviations import DECLARATION_BRACKET
from kg.extract.chunks import TENSE_CHARS, _stop_verbs, scan_left
from kg.extract.posts import INSTITUTION_WORDS, PARTY_TITLE_WORDS
from kg.extract.words import frequencies, is_word, pos_tag, starts_with_word, word_frequency
from kg.lexicon import Lexicon, Match, Matcher, countries, load_lexicon
from kg.text import NAME_DOTS, PROFILE_RE, ROW_NUMBER, ROW_NUMBER_RE, is_cjk

PERSON_KINDS = ("enterprise", "academic", "association")
STATE_KINDS = ("party", "government", "congress", "cppcc", "discipline", "zone", "street", "community")
# in a post phrase, what makes the holder of an institution's title (院长, 所长) an official
STATE_BODY_MARKS = ("法院", "检察院", "党组", "公安", "政府", "政协")
# titles many hold at once, so that each name of a list after one holds it (市政协副主席
# 李喜安、张俊峰; 区委常委王凯、陈晓); a list after 书记 or 区长 may be of other posts
SHARED_TITLE_ENDINGS = ("常委", "委员", "成员", "代表")
HEAD_ENDINGS = ("长", "主任", "书记", "主席")
LIST_SEPARATORS = "、"
POST_SEPARATORS = ("、", "兼")
# words that introduce a resident or other private person by description
PERSON_INTRODUCERS = (
    "老人",
    "居民",
    "村民",
    "市民",
    "老党员",
    "党员",
    "志愿者",
    "歌手",
    "演员",
    "专家",
    "教授",
    "学者",
    "游客",
    "患者",
    "职工",
    "大学生",
    "家长",
    "青年",
    "种植户",
    "养殖户",
    "种粮大户",
    "脱贫户",
    "经营户",
    "茶农",
    "果农",
    "菜农",
    "退役军人",
    "选手",
    "农户",
    "务工人员",
    "员工",
    "工人",
    "业主",
    "商户",
    "柜员",
    "家庭医生",
    "农场主",
    "机手",
    "农民",
    "民宿管家",
    "主播",
    "村医",
    "摊主",
    "研究生",
    "护路员",
    "管护员",
    "网格员",
    "保洁员",
    "骑手",  # 外卖骑手包小川
    "种粮户",
    "新兵",  # 新兵殷浩然作为代表发言; 女兵阮若溪; 抗美援朝老兵韦德厚; 新人付明轩
    "女兵",
    "老兵",
    "新人",
    "当事人",
    "完成人",  # 主要完成人：庹海明、伍佳琪 (a list of an award's winners)
    "快递员",
    "护理员",
    "护工",
    "厨师",
    "店主",
    "顾客",  # 老顾客常守义; 马拉松跑者冀保国; 种茶能手仇德顺 (WEAK_INTRODUCERS)
    "跑者",
    "能手",
    "儿子",  # kin (他和儿子尹家明): WEAK_INTRODUCERS
    "女儿",
    "爷爷",
    "奶奶",
    "母亲",
    "父亲",
    "毕业生",
    "丈夫",
    "妻子",
    # a school's pupil (方城县第一高级中学学生巩天宇), not any 学生 (学生宿舍楼)
    "中学学生",
    "小学学生",
    "学校学生",
    "学院学生",
    "大学学生",
    "高一学生",
    "高二学生",
    "高三学生",
    "初一学生",
    "初二学生",
    "初三学生",
    "大一学生",
    "大二学生",
    "大三学生",
    "大四学生",
    "年级学生",  # 五年级学生柴一诺
    "岁的",  # 24岁的刘思雨从…毕业: an age before a name (WEAK_INTRODUCERS)
    "本名",  # 网络达人“伏牛山妹”（本名邱紫涵）: in brackets only (该村原名王家庄 is a place's)
    "原名",
    # a representative of people who hold no office, not a congress deputy (代表)
    "业主代表",
    "职工代表",
    "群众代表",
    "村民代表",
    "居民代表",
    "家长代表",
    "学生代表",
    "企业代表",
    "患者代表",
    "教师代表",  # 获奖教师代表楚亚楠作了发言
    "医生代表",
    "医护代表",
    "党员代表",
    "青年代表",
    "志愿者代表",
    "农民代表",
    "乡贤代表",
)
# introducers any noun may follow (5岁的孙子, 茶农钱袋子, 果农高兴地说): the name after one must be
# no word and no place (WEAK_INTRODUCERS before a 2-character dictionary word is none)
KIN_INTRODUCERS = frozenset({"儿子", "女儿", "爷爷", "奶奶", "母亲", "父亲"})
FULL_NAME = 3
WORD_OPENING_NO_NAME = 1000  # a word this common opening three characters after an introducer: no name
KIN_NAME_NOT_LAST = frozenset("去来到说是在把被给让要想")
WEAK_INTRODUCERS = frozenset(
    {"岁的", "年级学生", "脱贫户", "经营户", "茶农", "果农", "菜农", "退役军人", "选手", "能手", *KIN_INTRODUCERS}
)
PRONOUNS = frozenset("你您我他她它")
# characters that follow a name far more often than they end one
PLACE_LAST_CHARS = frozenset("村镇乡县省")  # no given name ends with them, places do
# 作: X作报告; 率: X率代表团; 以: 荆建伟以…为例; 带: 仲德山带记者走进…
FUNCTION_CHARS = frozenset("到赴在对向为和与是被把从给说将也就又等的了及并作率以每带已")
KINSHIP = (
    "奶奶",
    "爷爷",
    "大爷",
    "大妈",
    "大娘",
    "阿姨",
    "叔叔",
    "大叔",
    "师傅",
    "老师",
    "女士",
    "先生",
    "同志",
    "老人",
    "姐",
    "哥",
    "嫂",
)
ACADEMIC_AFTER = ("教授", "研究员", "博士", "院士", "主任医师", "老师")


class PersonMatch(NamedTuple):
    start: int
    end: int
    type: str  # official | person
    posts: tuple[str, ...]  # post phrases as written (二七区委书记)
    post_start: int  # where the post phrase begins (== start when none)


TitleMatch = Match[tuple[str, str]]


def title_words() -> list[tuple[str, tuple[str, str]]]:
    """Post titles and person introducers, as (title, kind); an introducer wins over a post."""
    words = [(title, (title, kind)) for title, kind in load_lexicon().posts.items()]
    return words + [(word, (word, "introducer")) for word in PERSON_INTRODUCERS]


@functools.lru_cache(maxsize=1)
def title_matcher() -> Matcher[tuple[str, str]]:
    """Post titles and person introducers."""
    return Matcher(title_words())


def find_titles(text: str, matches: Sequence[TitleMatch] | None = None) -> list[tuple[int, int, str, str]]:
    """Post titles in ``text``: (start, end, title, kind), leftmost-longest.

    ``matches`` are those of :func:`title_matcher` in ``text`` when already known.
    """
    if matches is None:
        matches = title_matcher().find(text)
    found = [
        (start, end, t, k)
        for start, end, (t, k) in matches
        if not _inside_longer_word(text, start, end)
        and not (t.endswith("工") and word_frequency(text[end - 1 : end + 1]) >= 500)  # 汽车维修|工程, 电|工作
    ]
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str, str]] = []
    last_end = -1
    for match in found:
        if match[0] >= last_end:
            kept.append(match)
            last_end = match[1]
    # a longer title ending at the same place wins (区委书记 over 书记)
    by_end: dict[int, tuple[int, int, str, str]] = {}
    for match in kept:
        if match[1] not in by_end or match[0] < by_end[match[1]][0]:
            by_end[match[1]] = match
    return sorted(by_end.values())


def _inside_longer_word(text: str, start: int, end: int) -> bool:
    """居民|楼: the title is the start of a longer dictionary word, not a title; so is a title
    whose last two characters start one (县领导|班子: 领导班子), and one that words cross at
    both ends (集成办|理事|项达到)."""
    freq = frequencies()
    for inner in (start, end - 2) if end - start > 2 else (start,):
        for extra in (1, 2):
            if end + extra <= len(text) and (freq.get(text[inner : end + extra]) or 0) >= 5:
                return True
    # 办|理事|项: a word ends in its first character and another starts at its last (办理事项)
    return (
        start > 0
        and end < len(text)
        and (freq.get(text[start - 1 : start + 1]) or 0) >= 5
        and (freq.get(text[end - 1 : end + 1]) or 0) >= 1
    )  # (乡|村民|宿: 民宿, a rarer word)


def _surname_length(text: str, start: int, lexicon: Lexicon) -> int:
    if text[start : start + 2] in lexicon.surnames:
        return 2
    if text[start : start + 1] in lexicon.surnames:
        return 1
    return 0


SERVED_TITLE_WITHIN = 6  # characters after 任 a title may start at (任|淇河|县级河长)
# adverbs a name is followed by before its verb (廉国栋|正盯着, 王强|也表示)
NAME_ADVERBS = frozenset("正也还又都已曾再才刚")


@functools.cache
def _longest_follower(lexicon: Lexicon) -> int:
    return max(map(len, lexicon.name_followers), default=0)


def _follower_at(text: str, at: int, lexicon: Lexicon, shortest: int = 2) -> bool:
    """Does a word of ``name_followers.txt`` of ``shortest`` characters or more start at ``at``
    (表示, 第一时间; with ``shortest`` 1 also 说)?"""
    return any(text[at : at + n] in lexicon.name_followers for n in range(shortest, _longest_follower(lexicon) + 1))


SERVING_VERBS = ("挂职任", "担任", "兼任", "任")
TASK_FORCE_HEADS = ("组长", "指挥长")


def _served_title(
    text: str, name_end: int, titles: list[tuple[int, int, str, str]]
) -> tuple[int, int, str, str] | None:
    """The title right after 任 (担任, 兼任, 挂职任) after a name, or None; a title after a body
    (挂职任伊州区郑哈实验学校副校长) with the body, as (start, end, phrase, kind)."""
    verb = next((v for v in SERVING_VERBS if text.startswith(v, name_end)), "")
    if not verb:
        return None
    at = name_end + len(verb)
    title = next((t for t in titles if t[0] == at), None)
    if title is not None or verb == "任":
        return title
    body = next((t for t in titles if at < t[0] <= at + SERVED_BODY_LONGEST), None)
    between = text[at : body[0]] if body is not None else ""
    if len(between) < SERVED_BODY_SHORTEST or any(not is_cjk(ch) or ch in FUNCTION_CHARS for ch in between):
        return None  # 兼任集团|总校长: a body named before, by its kind
    return (at, body[1], text[at : body[1]], body[3])


SERVED_BODY_LONGEST = 16  # characters of a body between 担任 and its title
SERVED_BODY_SHORTEST = 4


def _serves_as(text: str, pos: int, before: str, titles_at: set[int]) -> bool:
    """Is ``pos`` ``before`` + 任 with a title soon after (龚立新|任县委组织部部长)?"""
    return text.startswith(before + "任", pos) and any(
        pos + len(before) + k in titles_at for k in range(1, SERVED_TITLE_WITHIN)
    )


def _boundary(text: str, pos: int, lexicon: Lexicon, titles_at: set[int]) -> bool:
    if pos >= len(text):
        return True
    ch = text[pos]
    if not is_cjk(ch):
        return True
    if pos in titles_at or ch in FUNCTION_CHARS:
        return True
    if _serves_as(text, pos, "", titles_at):
        return True  # 种植能手孙德旺|任理事长, 潘秀英|任淇河县级河长: serving as, a post after it
    if ch in NAME_ADVERBS and (
        (pos_tag(text[pos + 1 : pos + 3]) or pos_tag(text[pos + 1 : pos + 2])).startswith("v")
        or _follower_at(text, pos + 1, lexicon, 1)
    ):
        return True  # 董事长廉国栋|正盯着新上的生产线
    if _follower_at(text, pos, lexicon, 1):
        return True
    if text[pos + 1 : pos + 2] in ASPECT_MARKS and pos_tag(ch).startswith("v"):
        return True  # 老顾客常守义|端着碗: a verb with its aspect follows
    if pos_tag(text[pos : pos + 2]) == "v" and not is_word(text[pos - 1 : pos + 1], 1):
        return True  # 副主席米红霞|揭牌, 教授邝丽珺|聊起: a rarer verb, which the name's end does not start
    return starts_with_word(text, pos)


ASPECT_MARKS = frozenset("着了过")


CLAUSE_MARKS = ("，", "。", "；", "、", ",", ";")
DETERMINERS = frozenset("各每该此")  # 委员和各参加单位: 和各 is no name


def _plausible(name: str, lexicon: Lexicon, rare_two_ok: bool = False, closed: bool = False) -> bool:
    """Can ``name`` be a person's name? A two-character one with a rare surname (于, 安, 常)
    only when ``rare_two_ok`` (the text around it says so, see :func:`_rare_two_ok`); a
    longer one whose given name or first two characters are a word (满|红军, 文书|瀚) only when
    ``closed`` (punctuation or a follower ends it: 局长满红军介绍) and the surname is no function word."""
    if (
        not all(is_cjk(c) for c in name)
        or any(c in PRONOUNS or c in DETERMINERS for c in name)
        or name[-1] in "的了着说用"
    ):
        return False  # 由她担任理事长: 由她 is no name; 李强用|实际行动: 用 "with" follows the name
    if name in lexicon.divisions_by_name and name[-1] in "省市县区":
        return False  # 郝立群代表|周口市人民政府所作的报告: 代表 (on behalf of) before a place, no name
    tag = pos_tag(name)
    if tag and not tag.startswith("nr") and is_word(name, 50):
        return False
    if (
        name[0] in lexicon.rare_surnames
        and name[:2] not in lexicon.surnames
        and (  # 司马振华: a compound surname
            not rare_two_ok
            if len(name) == 2
            else (
                (is_word(name[1:], 100) and not _given_name_word(name))
                or is_word(name[:2], 20)  # 要求|各, 揣测|群众
                or name[1] in "着了过"  # 员工揣着梦想
            )
            and not (closed and _word_in_name_ok(name))
        )
    ):
        return False
    if name[0] in "万千百" and name[1] in "余多":
        return False  # 高三学生|万余人参加: a count, no name
    if len(name) == 3 and name[1] in "一二三四五六七八九十两几" and name[2] in "成倍个项次":
        return False  # 老人|占四成: a share, no name
    if name[1] in "吃喝":
        return False  # 老人|爱吃软的: what one likes to eat, no name
    if len(name) == 2 and name[0] in "来去":
        return False  # 市领导|来渑调研: coming to a place, no name
    if len(name) == 3 and not closed and word_frequency(name[:2]) >= 5000:
        return False  # 大四学生|毕业季招聘会: a very common word, no surname and given name
    if name.endswith(KINSHIP) or name[-1] in PLACE_LAST_CHARS or name.endswith(("某", "们")):  # 宋某: withheld
        return False  # 竹林镇长|寿山村: a place after 镇, not 镇长 寿山村
    return not any(name.endswith(f) or name[1:].startswith(f) for f in ("书记", "主任", "区长", "领导"))


# tags of words that are given names as well (谈|国庆, 都|红旗; not places: 由|河南), unlike the verbs and
# nouns after a function word read as a surname (将|推进, 全|市场)
GIVEN_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "nz", "t"})


# rare surnames that are function words far more often (和|智慧, 要|力争, 于|日前, 但|如今)
OPENING_MARKS = frozenset('“‘《「『"')
FUNCTION_SURNAMES = frozenset("和要于但都将由从向对为把被与及并也就又等过通那来有在是")


def _word_in_name_ok(name: str) -> bool:
    """May a name a follower closes hold a word (满|红军, 文书|瀚)? Not after a function word (要),
    nor when the word is an adverb or a verb (能|随口说) or a very common word (党员干部要)."""
    given_tag = pos_tag(name[1:])
    return (
        name[0] not in FUNCTION_SURNAMES
        and not is_word(name, 5)
        and given_tag[:1] not in ("v", "d", "a", "c", "p")
        and word_frequency(name[:2]) < 5000
    )


def _given_name_word(name: str) -> bool:
    """Is ``name`` a rare surname that is no function word, then a word that is also a given
    name (谈|国庆, 全|海鹰)?"""
    given = name[1:]
    return (
        name[0] not in FUNCTION_SURNAMES
        and pos_tag(given) in GIVEN_NAME_TAGS
        and given[-1] not in "年月日天午晚季节期前后时"  # 于|今年, 时|目前
    )


def _crosses_word(text: str, start: int, end: int) -> bool:
    """Does a dictionary word of 3+ characters start inside the name and run past it (齐聚|一堂)?"""
    freq = frequencies()
    for inner in range(start, end):
        for length, minimum in ((4, 1), (3, 5)):
            if (
                inner + length > end
                and inner + length <= len(text)
                and (freq.get(text[inner : inner + length]) or 0) >= minimum
            ):
                return True
    return False


# a name of a minority or foreign person written with a middle dot (阿不都热合曼·艾买提):
# its first part, up to the dot
FOREIGN_NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})
NAME_DOTS_RE = re.compile(f"[{NAME_DOTS}]")
DOTTED_FIRST_RE = re.compile(f"[\u4e00-\u9fff]{{2,6}}(?=[{NAME_DOTS}][\u4e00-\u9fff]{{2}})")
DOTTED_NAME_ENDS = "以获夺一"  # what a foreign name is followed by more than it ends with (…吐尔逊|一家)
DOTTED_VERB_FREQUENCY = 100  # a verb at least this common ends a dotted name (…·毕力格|汇报)
DOTTED_TIME_ENDS = ("今年", "去年", "此前", "曾经", "已经")
DOTTED_USUAL = 6
DOTTED_LAST = 8  # characters of the part after the dot, at most


# what a person does, never what "and" joins to a name (主任单景和|主持会议)
ACTS_AFTER_HE = (
    "主持",
    "出席",
    "讲话",
    "表示",
    "指出",
    "强调",
    "宣布",
    "致辞",
    "介绍",
    "要求",
    "带领",
    "现场",  # 县级林长蔺春和现场观摩
    "建议",  # 董事长暴庆和建议, 局长苗景和先后3次到 (but 镇长李强|和第一个报名的村民握手)
    "先后",
    "说",  # 党委书记谢春和说: no one is joined to 说 (but 王军和|参加活动的企业家, 李强和|陪同人员)
)


def _at_place(text: str, end: int) -> bool:
    """Does 在 after a name ending in 和 say where the person was (县长阮清和|在县行政服务中心会见),
    not join to the name the people at a place (王强和|在场群众: 在场 is a word)?"""
    return text.startswith("在", end) and not is_word(text[end : end + 2], 20)


def name_at(text: str, start: int, lexicon: Lexicon, titles_at: set[int]) -> int:
    """End of a person's name starting at ``start``, or -1 when there is none."""
    if (dotted := _dotted_name_at(text, start, lexicon, titles_at)) > 0:
        return dotted
    if (parted := _parted_name_at(text, start, lexicon, titles_at)) > 0:
        return parted
    surname = _surname_length(text, start, lexicon)
    if not surname:
        return -1
    for given in (2, 1):
        end = start + surname + given
        if end > len(text):
            continue
        name = text[start:end]
        if (
            _boundary(text, end, lexicon, titles_at)
            and _plausible(
                name,
                lexicon,
                given == 1 and _rare_two_ok(text, start, end, lexicon),
                given == 2 and _closely_followed(text, end, lexicon),
            )
            and not _crosses_word(text, start, end)
            and (
                surname == 2
                or text[start] not in FUNCTION_SURNAMES
                # 书记要当好“第一责任人”: an object opens after it, a verb's (要 "must"), no name's
                or (_closely_followed(text, end, lexicon) and text[end : end + 1] not in OPENING_MARKS)
            )
        ):
            if (
                given == 2
                and starts_with_word(text, end - 1)
                and not _boundary(text, end, lexicon, set())
                and not _serves_as(text, end - 1, "新", titles_at)
            ):
                continue  # 王强|到西流湖街道 (but 龚立新|任县委组织部部长: 新任 after a name is rare)
            if (
                given == 2
                and text[end - 1] in FUNCTION_CHARS
                and not (
                    text[end - 1] == "和"
                    and (text.startswith((*CLAUSE_MARKS, *ACTS_AFTER_HE), end) or _at_place(text, end))
                )
                and not (text[end - 1] in "以每带" and _closely_followed(text, end, lexicon))  # 李金带说
            ):
                continue  # 王强|到西流湖街道, not 王强到 (but 主任苏景和，, 单景和主持: a name ends in 和)
            if given == 2 and _follower_cut(text, end, lexicon):
                continue  # 方芳|作为, not 方芳作|为; 杨涛|带领, not 杨涛带|领
            return end
    return -1


def _parted_name_at(text: str, start: int, lexicon: Lexicon, titles_at: set[int]) -> int:
    """End of a name of no surname made of the parts of ``name_parts.txt`` starting at ``start``,
    or -1: two parts where a name may end (县长扎西次仁|表示), one where punctuation, a function
    character or a follower ends it (乡长格桑|说; not 格桑花)."""
    if text[start : start + 2] not in lexicon.name_parts:
        return -1
    two = start + 4
    if text[start + 2 : two] in lexicon.name_parts and _boundary(text, two, lexicon, titles_at):
        return two
    one = start + 2
    if _closely_followed(text, one, lexicon) and not _crosses_word(text, start, one):
        return one
    return -1


def _dotted_name_at(text: str, start: int, lexicon: Lexicon, titles_at: set[int]) -> int:
    """End of a name with a middle dot starting at ``start`` (市长阿不都热合曼·艾买提，), or -1:
    the shortest last part that punctuation, a function character, a follower word or a
    title ends (校长努尔古丽·阿不力孜|说)."""
    first = DOTTED_FIRST_RE.match(text, start)
    if first is None or (
        is_word(first.group())
        and pos_tag(first.group()) not in FOREIGN_NAME_TAGS
        and starts_with_word(text, first.end() + 1)
    ):
        return -1  # 热线·民生关注: words, no name (but 菲利克斯·施瓦茨, a first name of the dictionary;
        # 宝音·德力格尔, whose part after the dot starts no word)
    dot = first.end()
    for end in range(dot + 3, min(dot + 1 + DOTTED_LAST, len(text)) + 1):
        if end - dot - 1 > DOTTED_USUAL and end < len(text) and is_cjk(text[end]):
            continue  # 阿斯兰·别克穆哈梅多夫, (7 after the dot) only where punctuation ends it
        if (
            end == len(text)
            or not is_cjk(text[end])
            or end in titles_at
            # 托马斯·克莱因；: 因 (because) that ends the clause is the name's
            or (text[end] in FUNCTION_CHARS and not (text[end] == "因" and _ends_clause(text, end + 1)))
            or (text[end] in lexicon.name_followers and not (text[end] == "因" and _ends_clause(text, end + 1)))
            or text[end] in DOTTED_NAME_ENDS  # 埃文斯·基普罗诺|以1小时03分夺冠
            or text.startswith(DOTTED_TIME_ENDS, end)  # 伊万·彼得罗夫|今年32岁
            or _follower_at(text, end, lexicon)
            or (pos_tag(text[end : end + 2]) == "v" and is_word(text[end : end + 2], DOTTED_VERB_FREQUENCY))
        ):
            return end  # (…·毕力格|汇报说, …·阿不力孜|推介: a common verb follows)
    return -1


def _closely_followed(text: str, end: int, lexicon: Lexicon) -> bool:
    """Is a name ended by punctuation, a function character or a follower word? What a name
    whose surname is mostly a function word needs (村民于凤兰被, 向满仓说; not 第一书记|要扑下|身子,
    河长|和护河|志愿者)."""
    return _ends_clause(text, end) or text[end] in FUNCTION_CHARS or _follower_at(text, end, lexicon, 1)


def _ends_clause(text: str, pos: int) -> bool:
    return pos >= len(text) or not is_cjk(text[pos])


VERB_COMPLEMENTS = frozenset("上下来去起出进回过开着住到")


def _rare_two_ok(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A two-character name with a rare surname, after a title, stands when it is no word,
    its second character starts none, and a function character, a follower word or a
    comma comes next (市委书记安伟的陪同下, 郑州市委书记安伟，市长何雄; not 书记于近日, 书记要求)."""
    if is_word(text[start:end]) or starts_with_word(text, end - 1, minimum=1) or text[end - 1] in VERB_COMPLEMENTS:
        return False  # 农民揣上了钱袋子: a verb and its complement, no name
    following = text[end : end + 1]
    return following in FUNCTION_CHARS or (following != "" and following in "，、,") or _follower_at(text, end, lexicon)


def _follower_cut(text: str, end: int, lexicon: Lexicon) -> bool:
    """Does a follower word start at the name's last character (方芳作|为, 杨涛带|领), with no
    follower right after the name? A three-character follower wins (秦朗|正带领: 正 an adverb)."""
    if text[end - 1 : end + 2] in lexicon.name_followers:
        return True
    if _follower_at(text, end, lexicon):
        return False
    return _follower_at(text, end - 1, lexicon)


def _may_name(text: str, end: int, title: str, lexicon: Lexicon) -> bool:
    """Can a title give a person: a surname after it, or a name before an academic title?"""
    return (
        bool(_surname_length(text, end, lexicon))
        or title in ACADEMIC_AFTER
        or bool(DOTTED_FIRST_RE.match(text, end))
        or text[end : end + 2] in lexicon.name_parts  # 县长扎西次仁: a name of no surname
    )


ONE_CHAR_BODIES = frozenset("会组委局办所队站院部")


def _post_phrase(
    text: str, title_start: int, floor: int, lexicon: Lexicon, title_ends: dict[int, int], barriers: frozenset[int]
) -> int:
    """Start of the post phrase whose last title starts at ``title_start``.

    The phrase extends left over organisation words and earlier titles joined by
    、 (郑州市总工会党组成员、副主席), and stops at punctuation or a left-context word.
    """
    start = _declared_body_start(text, title_start, floor, lexicon, barriers)
    while start - 1 > floor:
        separator = start - 1
        if text[separator] in TENSE_CHARS and separator - 1 > floor:
            separator -= 1  # 原黄桥乡党委书记、现|商水县农业农村局局长
        if text[separator] not in POST_SEPARATORS or separator not in title_ends:
            break
        start = _declared_body_start(text, title_ends[separator], floor, lexicon, barriers)
    if (
        text[start] in CONJUNCTIONS
        and text[start + 1 : start + 2] in RELATIVE_LEVEL_CHARS
        and text[start : start + 2] not in lexicon.divisions_by_name  # 安徽省和县县委书记: the county 和县
    ):
        return start + 1  # 就和|村党支部书记: "and" the village's secretary, no village 和村
    return start


CONJUNCTIONS = "和与及同跟"
RELATIVE_LEVEL_CHARS = "村镇乡县区市"


def _former_body_start(text: str, start: int, floor: int, lexicon: Lexicon) -> int:
    """Where a post phrase starts when 原 comes between its place and its title (鄢陵县|原|县委常委):
    at the place, so that kg.extract.posts reads both the place and the post held before."""
    if start - 1 <= floor or text[start - 1] != "原":
        return start
    for length in range(min(7, start - 1 - floor), 1, -1):
        if text[start - 1 - length : start - 1] in lexicon.divisions_by_name:
            return start - 1 - length
    return start


def _declared_body_start(text: str, title_at: int, floor: int, lexicon: Lexicon, barriers: frozenset[int]) -> int:
    """:func:`_body_start`, past a short form declared right before the title or its body
    (郑煤机（以下简称“郑煤机”）董事长; 温县先进制造业开发区（以下简称“温县开发区”）党工委副书记)."""
    start = title_at
    while (declared := DECLARED_BEFORE_RE.search(text, max(floor, start - 30), start)) is not None:
        start = declared.start()
    start = _body_start(text, start, floor, lexicon, barriers)
    while (declared := DECLARED_BEFORE_RE.search(text, max(floor, start - 30), start)) is not None:
        start = _body_start(text, declared.start(), floor, lexicon, barriers)
    start = _former_body_start(text, start, floor, lexicon)
    if text.startswith("标", start) and start > floor and text[start - 1].isascii() and text[start - 1].isalnum():
        return start + 1  # ZFZQ-3标|项目经理: a section by its code, no body
    if start - 2 >= floor and text[start - 1] == text[start] and text[start - 2 : start] in lexicon.divisions_by_name:
        return start - 2  # 滑县|县委书记: a county of one character before a title of its level
    return start


def _body_start(text: str, title_at: int, floor: int, lexicon: Lexicon, barriers: frozenset[int]) -> int:
    """Where the body of a title starting at ``title_at`` starts (:func:`scan_left`), past a
    word that stopped the scan when it leaves one character of the body (工商业联合|会副主席,
    审计|组组长: the word is the body's own)."""
    start = scan_left(text, title_at, floor, lexicon, barriers, industry=True)
    if start < len(text) and text[start] in ONE_CHAR_BODIES and lexicon.title_starts_at(text, start + 1):
        stops = lexicon.left_stops | _stop_verbs()
        stop = next((text[start - k : start] for k in (4, 3, 2) if text[start - k : start] in stops), "")
        if stop and start - len(stop) > floor:
            start = scan_left(text, start - len(stop), floor, lexicon, barriers, industry=True)
    return start


def find_people(
    text: str, floor: int = 0, title_matches: Sequence[TitleMatch] | None = None, listing: str = ""
) -> list[PersonMatch]:
    """People introduced by a post, a group title or a description in ``text``.

    ``title_matches`` are those of :func:`title_matcher` in ``text`` when already known;
    ``listing`` the list of a congress's decisions ``text`` goes on (:func:`list_heading`).
    """
    lexicon = load_lexicon()
    profiled = find_profiled(text, lexicon) or find_appositive(text, lexicon)
    stated = [profiled] if profiled is not None else []
    if APPOINTING_WORDS.search(text) or listing:
        stated.extend(find_appointed(text, lexicon, listing))
    if (row := find_listed(text, lexicon)) is not None:
        stated.append(row)
    if "：" in text or ":" in text:
        stated.extend(find_post_row(text, lexicon))
    if "来自" in text:
        stated.extend(find_from(text, lexicon))
    stated.extend(find_labelled(text, lexicon))
    if title_matches is not None and not any(
        _may_name(text, end + _note_length(text, end), title, lexicon) for _, end, (title, _) in title_matches
    ):
        return _with_bracketed_posts(text, stated, lexicon)
    return _with_bracketed_posts(
        text, _with_stated(_titled_people(text, floor, title_matches, lexicon), stated), lexicon
    )


# a person's posts in brackets after the name (县人大代表宁德顺（泼陂河镇黄湾村党支部书记）：)
BRACKETED_POSTS_RE = re.compile(r"[（(]([\u4e00-\u9fff][^（）()。；;：:]{2,40})[）)]")
NAME_OPENERS = frozenset("，,。；;：:、！？“”\n ")


def _with_bracketed_posts(text: str, people: list[PersonMatch], lexicon: Lexicon) -> list[PersonMatch]:
    """``people``, each with the posts a bracket right after the name gives it too, and the
    people such a bracket introduces after punctuation (张明（黄湾村党支部书记）说)."""
    if "（" not in text and "(" not in text:
        return people
    found = list(people)
    for bracket in BRACKETED_POSTS_RE.finditer(text):
        phrase = bracket.group(1)
        if not lexicon.title_ends_at(phrase, len(phrase)):
            continue
        # 蓝秀芝（市政协委员，新乡医学院第一附属医院主任医师）: commas part posts in a bracket
        posts = tuple(p for p in re.split("[、，,兼]", phrase) if p and lexicon.title_ends_at(p, len(p)))
        at = next((i for i, p in enumerate(found) if p.end == bracket.start()), None)
        if at is not None:
            person = found[at]
            kind = "official" if person.type == "official" or _state_posts(posts, lexicon) else person.type
            found[at] = person._replace(type=kind, posts=(*person.posts, *posts))
            continue
        for length in (3, 2):
            start = bracket.start() - length
            opened = start == 0 or (start > 0 and text[start - 1] in NAME_OPENERS)
            if opened and _stated_name(text, start, bracket.start(), lexicon):
                kind = "official" if _state_posts(posts, lexicon) else "person"
                found.append(PersonMatch(start, bracket.start(), kind, posts, start))
                break
    return sorted(found)


def _state_posts_before(text: str, start: int, title_ends: dict[int, int], lexicon: Lexicon) -> tuple[str, ...]:
    """The memberships of the state or the Party (政协委员, 人大代表) listed, with 、, before the body
    an introducer follows (市政协委员、|新乡学院教授): ("市政协委员",); else ()."""
    separator = text.rfind("、", max(0, start - INTRODUCER_BODY_LONGEST), start)
    if separator < 0 or separator not in title_ends:
        return ()
    phrase = text[title_ends[separator] : separator]
    posts = _split_posts(phrase)
    members = posts and all(p.endswith(MEMBERSHIPS) for p in posts)
    same_clause = not any(mark in text[separator + 1 : start] for mark in CLAUSE_MARKS)
    return posts if members and same_clause else ()


MEMBERSHIPS = ("政协委员", "政协常委", "人大代表", "党代表")  # not 学员代表
INTRODUCER_BODY_LONGEST = 16  # characters of the body between 、 and an introducer (新乡学院)


def _state_posts(posts: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Is one of ``posts`` an office of the state or the Party (党支部书记, not 董事长)?"""
    return any(_title_kind(post, lexicon) not in PERSON_KINDS for post in posts)


def find_labelled(text: str, lexicon: Lexicon) -> list[PersonMatch]:
    """People listed after the label of what they are in a record (主要完成人：庹海明、伍佳琪;
    当事人岳长河和岳长林)."""
    found = []
    for match in LABELLED_PEOPLE_RE.finditer(text):
        person_type, posts = LABELLED_POSTS.get(match.group(1), ("person", ()))
        cursor = match.start(2)
        for written in re.split("[、，,和]", match.group(2)):
            start, cursor = cursor, cursor + len(written) + 1
            end = start + len(written)
            if _stated_name(text, start, end, lexicon):
                # 提案人：蓝秀芝（市政协委员，…）: the bracket says what the proposer is
                stated = () if text[end : end + 1] in ("（", "(") else posts
                found.append(PersonMatch(start, end, person_type, stated, start))
    return found


BRACKETED_INTRODUCERS = ("本名", "原名")  # a person's name only in brackets after another they go by

# a note on a post between it and the name (副县长（挂职）, 局长（兼）)
POST_NOTE_RE = re.compile(r"[（(](?:挂职|兼|兼任|代理|主持工作|正处级|副处级|正科级|副科级)[）)]")


def _note_length(text: str, end: int) -> int:
    note = POST_NOTE_RE.match(text, end)
    return note.end() - end if note is not None else 0


def _with_stated(found: list[PersonMatch], stated: list[PersonMatch]) -> list[PersonMatch]:
    """The people a sentence pattern states (profiles, appointments), and those its titles
    give that none of them covers."""
    if not stated:
        return found
    kept = [p for p in found if not any(s.start < p.end and p.start < s.end for s in stated)]
    return sorted(stated + kept)


def _titled_people(
    text: str, floor: int, title_matches: Sequence[TitleMatch] | None, lexicon: Lexicon
) -> list[PersonMatch]:
    """People named after a post, a group title or a description."""
    titles = find_titles(text, title_matches)
    titles_at = {t[0] for t in titles}
    title_spans = {(t[0], t[1]) for t in titles}
    title_ends = {t[1]: t[0] for t in titles}
    found: list[PersonMatch] = []
    taken: set[int] = set()
    # where each title's name starts: right after it, or after a note on the post (副县长（挂职）上官文博)
    name_starts = {end: end + _note_length(text, end) for _, end, _, _ in titles}
    names = {
        end: name_at(text, at, lexicon, titles_at - {end}) if _may_name(text, at, "", lexicon) else -1
        for end, at in name_starts.items()
    }
    for title_end, name_end in list(names.items()):
        if name_end > 0 and (
            _starts_company(text, name_starts[title_end], name_end, lexicon)
            or text.startswith(STREET_ENDINGS, name_end)  # 淇滨区长|江路街道: a street, no 区长 江路
        ):
            names[title_end] = -1
    barriers = frozenset(e for e in names.values() if e > 0)
    for start, end, title, kind in titles:
        if start < floor or (title in BRACKETED_INTRODUCERS and text[start - 1 : start] not in ("（", "(")):
            continue  # 该村原名王家庄: a place's former name (but 伏牛山妹（本名邱紫涵）)
        name_end = names[end]
        if (
            name_end > 0
            and title in WEAK_INTRODUCERS
            and (
                not _weakly_introduced(text[name_starts[end] : name_end], lexicon)
                # kin say more often what they do than who they are (母亲常说): a full name only
                or (
                    title in KIN_INTRODUCERS
                    and (name_end - name_starts[end] < FULL_NAME or text[name_end - 1] in KIN_NAME_NOT_LAST)
                )  # 女儿李想去|大城市: a verb, no name's end
            )
        ):
            name_end = -1
        if (
            name_end - name_starts[end] == FULL_NAME
            and kind == "introducer"
            and word_frequency(text[name_starts[end] : name_starts[end] + 2]) >= WORD_OPENING_NO_NAME
        ):
            name_end = -1  # 熟练工人|招聘难: a common word opens it, no name
        if name_end < 0:
            if title in ACADEMIC_AFTER:
                found.extend(_name_before(text, start, lexicon, titles_at, title, floor))
            continue
        phrase_start = (
            start
            if kind in ("introducer", "group")
            else _post_phrase(text, start, floor, lexicon, title_ends, barriers)
        )
        posts = () if kind in ("introducer", "group") else _split_posts(DECLARED_IN_RE.sub("", text[phrase_start:end]))
        if posts and kind not in PERSON_KINDS and kind not in ("introducer", "group"):
            kind = _title_kind(posts[-1], lexicon) or kind  # 镇平县人民医院消化内科主任: academic
        person_type = "person" if kind in PERSON_KINDS or kind == "introducer" else "official"
        if kind == "introducer" and (held := _state_posts_before(text, start, title_ends, lexicon)):
            posts, person_type = held, "official"  # 市政协委员、新乡学院教授邝丽珺: a member who teaches
        served = _served_title(text, name_end, titles)
        if kind == "introducer" and served is not None:
            # 种植能手孙德旺任理事长: what the person serves as is their post
            posts, person_type = (served[2],), "person" if served[3] in PERSON_KINDS else "official"
        elif (
            served is not None
            and person_type == "official"
            and served[3] not in PERSON_KINDS
            and not served[2].endswith(TASK_FORCE_HEADS)  # 由副局长韦国栋任组长: of a task force
            and (served[0], served[1]) in title_spans  # a post of the lexicon (not 担任赛事仲裁委员会主任)
        ):
            posts = (*posts, served[2])  # 县委常委龚立新任县委组织部部长: the post taken too
        elif served is not None and person_type == "person" and served[3] in PERSON_KINDS:
            posts = (*posts, served[2])  # 援疆教师闫思蕊挂职任X学校副校长: the post taken too
        if kind in PERSON_KINDS and (
            any(mark in text[phrase_start:end] for mark in STATE_BODY_MARKS)
            or any(_title_kind(post, lexicon) in STATE_KINDS for post in posts)
        ):
            # 金水区人民法院党组书记、院长: a court's president is an official; so is a company's
            # chairman who is a deputy (市人大代表、某公司董事长)
            person_type = "official"
        found.append(PersonMatch(name_starts[end], name_end, person_type, posts, phrase_start))
        taken.add(end)
        cursor = name_end
        while cursor < len(text) and text[cursor] in LIST_SEPARATORS:
            nxt = name_at(text, cursor + 1, lexicon, titles_at)
            if nxt < 0:
                nxt = _listed_between_names(text, cursor + 1, lexicon, titles_at)
            if (
                nxt < 0
                or cursor + 1 in titles_at
                or _division_at(text, cursor + 1, lexicon)
                or _starts_company(text, cursor + 1, nxt, lexicon)  # 、华鼎|银行许昌分行行长: a bank's
            ):
                break  # 、林州市副市长余永慧: a post of the next person, not a name
            shared = posts if kind == "group" or _shared_title(title, kind) else ()
            found.append(PersonMatch(cursor + 1, nxt, person_type, shared, cursor + 1))
            cursor = nxt
    return found


# a short form declared between a body and a title: 郑州煤矿机械集团股份有限公司（以下简称“郑煤机”）董事长
DECLARED_IN_RE = re.compile(DECLARATION_BRACKET)
DECLARED_BEFORE_RE = re.compile(DECLARATION_BRACKET + "$")
# the posts held now; 拟任 (to be appointed) and 曾任 (held before) are not held
CURRENT_POSTS_RE = re.compile(r"现任([^，,。；;：:]+)")
LISTED_POSTS_RE = re.compile(r"[，,]([^，,。；;：:]+)[，,]拟任")


CAREER_WORDS = "曾任|曾先后|先后任|先后担任|历任|原任|拟任|拟提名"
# a row of a list of people as kg.layout reads it: the name, ，, then the posts or the work
LISTED_ROW_RE = re.compile(
    f"^(?:{ROW_NUMBER}\\s*)?([\u4e00-\u9fff]{{2,3}})，(?!{CAREER_WORDS})([\u4e00-\u9fff][^，,。；;：:]{{3,40}})[；;。]?$"
)  # not 宿建国，曾任…: a career, read with the posts it held before


ROW_WORKPLACES = ("公司", "中心", "中心校", "合作社", "支行")  # 10.濮红梅，汝南县职业教育中心


def find_listed(text: str, lexicon: Lexicon) -> PersonMatch | None:
    """The person of a row of a list (丁书亮，舞钢市青石岭乡党委书记; 郭丰收，叶县槐湾镇石碾村村民),
    with the posts the row gives; None when ``text`` is no such row."""
    found = LISTED_ROW_RE.match(text)
    if found is None or not _stated_name(text, found.start(1), found.end(1), lexicon):
        return None
    at = found.start(1)  # after the row's number, if any
    phrase = found.group(2)
    posts = tuple(p for p in _split_posts(phrase) if lexicon.title_ends_at(p, len(p)))
    if phrase.endswith(PERSON_INTRODUCERS):  # 郏县金岭镇田湾村农民、…合作社理事长; 叶县…村村民
        return PersonMatch(at, found.end(1), "person", posts, at)
    if not posts and phrase.endswith((*INSTITUTION_WORDS, *ROW_WORKPLACES)):
        # 1.鄂雪梅，汝南县高级中学; 于雯（王庄镇前屯小学）, a row of a list (kg.layout): a person and
        # the workplace
        return PersonMatch(at, found.end(1), "person", (), at)
    if not posts or not lexicon.title_ends_at(phrase, len(phrase)):
        return None
    kinds = [_title_kind(post, lexicon) for post in posts]
    # a company's own posts are jobs there, whatever the title (综采一队队长)
    kinds = [
        "enterprise" if "公司" in post and not any(w in post for w in PARTY_TITLE_WORDS) else kind
        for post, kind in zip(posts, kinds, strict=True)
    ]
    person_type = "person" if all(kind in PERSON_KINDS for kind in kinds) else "official"
    return PersonMatch(at, found.end(1), person_type, posts, at)


# a row of a list of people by post (潢川县人民政府副县长：滕慧芳（女）、葛昊天)
POST_ROW_RE = re.compile(
    r"^([\u4e00-\u9fff]{2,30})[：:]([\u4e00-\u9fff]{2,4}(?:[（(][^（）()]{1,20}[）)])?"
    r"(?:[、，,][\u4e00-\u9fff]{2,4}(?:[（(][^（）()]{1,20}[）)])?)*)$"
)
POST_ROW_NAME_RE = re.compile(r"([\u4e00-\u9fff]{2,4})(?:[（(][^（）()]{1,20}[）)])?")


def find_post_row(text: str, lexicon: Lexicon) -> list[PersonMatch]:
    """The people of a row of a list by post, each with that post; [] when ``text`` is none."""
    found = POST_ROW_RE.match(text)
    if found is None or not lexicon.title_ends_at(found.group(1), len(found.group(1)), longest=8):
        return []
    posts = (found.group(1),)
    people = []
    for name in POST_ROW_NAME_RE.finditer(text, found.start(2)):
        if _stated_name(text, name.start(1), name.end(1), lexicon):
            people.append(PersonMatch(name.start(1), name.end(1), _holder_type(posts, lexicon), posts, 0))
    return people


# 来自江苏南京的陶书恒, 来自肯尼亚的埃文斯·基普罗诺: a person introduced by where they come from
FROM_RE = re.compile("来自([\u4e00-\u9fff]{2,12}?)的")


def find_from(text: str, lexicon: Lexicon) -> list[PersonMatch]:
    """The people a sentence introduces by the place they come from (来自PLACE的NAME)."""
    found = []
    titles = find_titles(text)
    titles_at = {t[0] for t in titles}
    for match in FROM_RE.finditer(text):
        place = match.group(1)
        if lexicon.division_at(place, 0, short=True)[0] is None and not any(
            place.startswith(country) for country in countries()
        ):
            continue
        # 来自巴西圣保罗的选手|卡洛斯·席尔瓦: what they are, then the name
        start = next((t[1] for t in titles if t[0] == match.end() and t[3] in ("academic", "introducer")), match.end())
        end = name_at(text, start, lexicon, titles_at)
        if end < 0 or is_word(text[start:end]) or text[end - 1] in "队部局委组团社会院站所":
            continue  # 来自佛山市南海区的龙舟队: a team, no person
        if not (
            _closely_followed(text, end, lexicon)
            or end in titles_at
            or text[end] in DOTTED_NAME_ENDS
            or (NAME_DOTS_RE.search(text, start, end) and text.startswith(DOTTED_TIME_ENDS, end))
        ):
            continue  # 来自兰考的焦桐|树苗, 来自洛阳的孟津梨|深受: a thing, no name
        if NAME_DOTS_RE.search(text, start, end) or _stated_name(text, start, end, lexicon):
            found.append(PersonMatch(start, end, "person", (), match.end()))
    return found


def _opens_profile(text: str, start: int, openers: str) -> bool:
    """Does a profile start at ``start``: at the start of the text, after one of ``openers``, or
    after the number of a row (1.司马骏，男，…: a pre-appointment notice)?"""
    return start == 0 or text[start - 1] in openers or ROW_NUMBER_RE.fullmatch(text, 0, start) is not None


# a name that opens a sentence, then its posts set off by commas (闫书瑶，郏县人民法院党组成员、
# 民二庭庭长，一级法官。); a quote the sentence before closed, or a row's number (1.郑国立，稍岗镇原
# 副镇长，违规…), may come first
APPOSITIVE_RE = re.compile(
    rf"^(?:{ROW_NUMBER}\s*)?[”’\"]?([\u4e00-\u9fff]{{2,4}}?)[，,](?:现任|系)?([^，,。；;：:\s“”（）()]{{3,40}}?)(?=[，,。；;]|$)"
)


def find_appositive(text: str, lexicon: Lexicon) -> PersonMatch | None:
    """The person a sentence opens with when posts follow the name, set off by commas."""
    found = APPOSITIVE_RE.match(text)
    if found is None or not _stated_name(text, *found.span(1), lexicon):
        return None
    posts = _split_posts(found.group(2))
    if not all(lexicon.title_ends_at(post, len(post)) for post in posts):
        return None  # 王强，张伟，李明: names; 郑州，这座城市: no post
    start, end = found.span(1)
    return PersonMatch(start, end, _holder_type(posts, lexicon), posts, found.start(2))


def find_profiled(text: str, lexicon: Lexicon) -> PersonMatch | None:
    """The person a profile sentence is about (刘建军，男，...), with the posts after 现任."""
    found = next((m for m in PROFILE_RE.finditer(text) if _opens_profile(text, m.start(), "：:\n")), None)
    if found is None:
        return None
    start, end = found.span(1)
    if not _stated_name(text, start, end, lexicon):
        return None
    current = CURRENT_POSTS_RE.search(text, found.end())
    if current is not None:
        posts = _split_posts(current.group(1))
        return PersonMatch(start, end, _holder_type(posts, lexicon), posts, current.start(1))
    # a notice in columns (姓名，性别，民族，出生年月，学历，现任职务，拟任职务) has no 现任:
    # the posts are the field before 拟任, when it ends with a title
    field = LISTED_POSTS_RE.search(text, found.end())
    if field is not None and lexicon.title_ends_at(field.group(1), len(field.group(1))):
        posts = _split_posts(field.group(1))
        return PersonMatch(start, end, _holder_type(posts, lexicon), posts, field.start(1))
    # a row of an honours list (庹晓燕（女，许昌市发展和改革委员会副主任）): the posts after the sex
    after = GENDER_FIELD_RE.match(text, found.end(1))
    if (
        after is not None
        and (posts := _split_posts(after.group(1)))
        and all(lexicon.title_ends_at(p, len(p)) for p in posts)
    ):
        return PersonMatch(start, end, _holder_type(posts, lexicon), posts, after.start(1))
    return PersonMatch(start, end, "person", (), start)


GENDER_FIELD_RE = re.compile(r"[，,][男女][，,]([^，,。；;：:（）()]{3,40})(?:[，,。；;]|$)")


APPOINTING_WORDS = re.compile("任命|免去|担任|(?<![主责信])任(?![务何性期])|选举|补选|增选|增补|辞去|当选|原是|原系")
# 会议决定任命王新伟为郑州市发展和改革委员会主任; 免去张国强的郑州市教育局局长职务
# the posts of one person, up to the next person of the decision (任命A为X、B为Y: X alone)
_POSTS_UP_TO_NEXT = r"((?:(?![、，,][\u4e00-\u9fff]{2,4}(?:同志)?为)[^，,。；;\s])+)"
APPOINTED_RE = re.compile(r"任命([\u4e00-\u9fff]{2,4}?)(?:同志)?为" + _POSTS_UP_TO_NEXT)
REMOVED_RE = re.compile(r"免去([\u4e00-\u9fff]{2,4}?)(?:同志)?的([^，,。；;\s]+?)(?:职务|资格)")
# a list under 任命： or 免去： (决定任命：A为X；B为Y。), one entry after each ： or ；
APPOINTED_LIST_RE = re.compile(r"(?:^|(?<=[：:；;]))([\u4e00-\u9fff]{2,4}?)(?:同志)?为([^，,。；;\s]+)")
REMOVED_LIST_RE = re.compile(r"(?:^|(?<=[：:；;]))([\u4e00-\u9fff]{2,4}?)(?:同志)?的([^，,。；;\s]+?)(?:职务|资格)")
APPOINTING_LIST_RE = re.compile("任命[：:]")
REMOVING_LIST_RE = re.compile("免去[：:]")
# 经省委研究决定：李振东同志任内乡县委委员、常委、书记; 补选高文斌为柘城县人民政府县长
# (邢海峰任卢氏县委书记: an announcement's clause, with or without 同志)
NAMED_TO_RE = re.compile(
    r"(?:^|(?<=[：:，,。；;]))([\u4e00-\u9fff]{2,4}?)(?:同志)?(?<![现兼调升曾拟改继历担出原])任([^，,。；;\s]+)"
)  # not 李强兼任, 张三现任, 王刚调任: their verbs end in 任
ELECTED_RE = re.compile(r"(?:选举|补选|增选|增补)([\u4e00-\u9fff]{2,4}?)为(?!、)([^，,。；;\s]+)")
# 选举滕慧芳、葛昊天为潢川县人民政府副县长: several people to one post each
ELECTED_SEVERAL_RE = re.compile(
    r"(?:选举|补选|增选|增补)((?:[\u4e00-\u9fff]{2,4}?(?:同志)?、)+[\u4e00-\u9fff]{2,4}?)(?:同志)?为(?!、)([^，,。；;\s]+)"
)
# people listed after the label of what they are in a record (主要完成人：庹海明、伍佳琪; 当事人岳长河和岳长林)
LABELLED_PEOPLE_RE = re.compile(
    r"(主要完成人|完成人|当事人|申请人|被申请人|获奖者|提案人)[：:]?((?:[\u4e00-\u9fff]{2,3}[、，,和])*[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])"
)
# a proposal (提案) is a CPPCC member's: its proposers hold that post
LABELLED_POSTS = {"提案人": ("official", ("政协委员",))}
# the votes one is chosen by (谷长青以587票当选为…, 全票当选)
VOTES = r"(?:以[0-9一二三四五六七八九十百千万]+票|以全票|全票|高票)?"
# 王建峰当选郏县人民代表大会常务委员会副主任 (not 新当选的同志)
CHOSEN_RE = re.compile(
    r"(?:^|(?<=[：:，,。；;]))([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:也|还|又|曾)?(?:先后|多次)?"
    + VOTES
    + r"当选(?!的)为?([^，,。；;\s]+)"
)
# 尚文渊、柏钰当选为县纪委副书记: several people chosen for one post each
CHOSEN_SEVERAL_RE = re.compile(
    r"(?:^|(?<=[：:，,。；;]))((?:[\u4e00-\u9fff]{2,4}?(?:同志)?、)+[\u4e00-\u9fff]{2,4}?)(?:同志)?"
    + VOTES
    + r"当选(?!的)为?([^，,。；;\s]+)"
)
# 李振东同志原任南阳市发展和改革委员会主任; 接受陶立伟辞去柘城县人民政府县长职务的请求;
# 贾志诚不再担任卢氏县委书记; 邢海峰此前任陕州区委副书记、区长
# (接受田志勇因工作变动辞去…职务: a reason may come between)
HELD_BEFORE_RE = re.compile(
    r"([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:因[^，,。；;]{1,10}?)?(?:原任|原是|原系|辞去|此前任|曾任|历任|不再担任)([^，,。；;\s]+?)(?:职务|$|(?=[，,。；;]))"
)
# 栾德胜在担任芦集乡原大桥村党支部书记期间，…: a post held at the time of what is told
HELD_DURING_RE = re.compile(r"(?:^|(?<=[，,。；;]))([\u4e00-\u9fff]{2,4}?)在(?:担任|任)([^，,。；;\s]+?)期间")
# 靳守业利用担任望田镇党委书记、县发改委主任等职务上的便利: the posts a verdict says were abused
ABUSED_POSTS_RE = re.compile(
    r"(?:^|(?<=[：:，,。；;]))(?:被告人)?([\u4e00-\u9fff]{2,4}?)(?:先后)?利用(?:其)?(?:先后)?(?:担任|任)([^，,。；;\s]+?)等?的?职务(?:上)?(?:的)?(?:便利|之便)"
)
# 曾任郾城区副区长的钮嘉伟: a post held before, then the name
HELD_BEFORE_NAMED_RE = re.compile(r"(?:曾任|原任|时任)([^，,。；;的]{2,20})的([\u4e00-\u9fff]{2,4})")
# a career its clause opens, after the sentence's subject (今年54岁的穆宏昌，1994年…毕业，
# 曾任芦湾镇副镇长，…): the subject opens the sentence or follows 的, then a comma
CAREER_RE = re.compile(r"(?<=[，,])(?:曾任|历任|先后任|先后担任|曾先后任|曾担任)([^，,。；;\s]+)")
SUBJECT_RE = re.compile(r"(?:^|(?<=的))([\u4e00-\u9fff]{2,4}?)(?:同志)?[，,]|^([\u4e00-\u9fff]{2,4}?)同志")
# a career told year by year (1984年起历任A，B；1989年任C；…；2010年10月退休): each post held
# before but the last, which is held now when 至今 follows it, before when 退休 or 逝世 does
YEAR_TAKING = r"\d{4}年(?:\d{1,2}月)?(?:起|后|底)?(?:先后|又)?(?:历任|调任|任|担任)"  # 1984年起历任
DATED_POST_RE = re.compile(rf"(?<=[；;，,]){YEAR_TAKING}([^，,。；;\s]+)")
RETIRED_WORDS = "退休|逝世|去世|病故|离休"
RETIRED_RE = re.compile(RETIRED_WORDS)
PLACE_NAME_ENDS = frozenset("庄村屯营寨店集湾沟岗坡镇乡")
KIN_RE = re.compile("丈夫|妻子|爱人|老伴|儿子|女儿|父亲|母亲|哥哥|弟弟|姐姐|妹妹|孙子|孙女|儿媳|女婿")
# 在外经商多年的杨国华回村担任村党支部书记, 由种植大户熊秀兰担任理事长, 由在外闯荡多年的青年涂振宇
# 担任理事长: a name in a clause (after who it is), then the post it takes
SERVING_RE = re.compile(
    r"(?:^|(?<=[的，,。；;]))(?:由[\u4e00-\u9fff]{0,6}?|(?<=的)[\u4e00-\u9fff]{0,4}?)?([\u4e00-\u9fff]{2,4}?)(?:回村|返乡|回乡|同志)?(?:担任|出任)([^，,。；;\s]+)"
)


def list_heading(text: str, current: str = "") -> str:
    """Which list of a congress's decisions the sentences after ``text`` go on (任命 or 免去;
    ``current``, the list ``text`` is in): a list ends with its sentence's 。."""
    headings = [(m.start(), "任命") for m in APPOINTING_LIST_RE.finditer(text)]
    headings += [(m.start(), "免去") for m in REMOVING_LIST_RE.finditer(text)]
    heading = max(headings)[1] if headings else current
    return heading if text.rstrip().endswith(("；", ";", "：", ":")) else ""


def find_appointed(text: str, lexicon: Lexicon, listing: str = "") -> list[PersonMatch]:
    """The people a congress or committee appoints (任命X为Y: the posts Y) or removes (免去X的Y
    职务: Y, held before), or who take a post (X担任Y), in ``text``; ``listing`` the list
    (任命 or 免去) ``text`` goes on, when an earlier sentence heads it."""
    found = []
    listed = []
    if (appointing := APPOINTING_LIST_RE.search(text)) is not None or listing == "任命":
        listed.append((APPOINTED_LIST_RE, False, appointing.end() if appointing else 0))
    if (removing := REMOVING_LIST_RE.search(text)) is not None or listing == "免去":
        listed.append((REMOVED_LIST_RE, True, removing.end() if removing else 0))
    for pattern, former, after in (
        *listed,
        (APPOINTED_RE, False, 0),
        (REMOVED_RE, True, 0),
        (SERVING_RE, False, 0),
        (NAMED_TO_RE, False, 0),
        (ELECTED_RE, False, 0),
        (CHOSEN_RE, False, 0),
        (HELD_BEFORE_RE, True, 0),
        (HELD_DURING_RE, True, 0),
        (ABUSED_POSTS_RE, True, 0),
    ):
        for match in _with_more(pattern, text, after):
            start, end = match.span(1)
            # the pattern may start early (接受陶立伟辞去): the name is the longest valid end
            start = next(
                (
                    s
                    for s in range(start, end - 1)
                    if _stated_name(text, s, end, lexicon)
                    # 由返乡青|年李明担任: the first character ends the word before (青年), no surname
                    and not (pattern is SERVING_RE and s > match.start() and is_word(text[s - 1 : s + 1]))
                ),
                -1,
            )
            if start < 0 or (start > 0 and text[start - 1].isdigit()):
                continue  # 1984|年起历任: a date, no name
            if "历任" in match.group() and text[end - 1] in PLACE_NAME_ENDS:
                continue  # 王庄历任村干部: the village's cadres over the years
            written = match.group(2)
            if pattern is HELD_BEFORE_RE and ("曾任" in match.group() or "历任" in match.group()):
                written += _more_posts(text, match.end(2), lexicon)  # 曾任A，B、C，D
            # a phrase that ends with no title (源汇区教育局, its 局长 cut off by the layout) is no post
            posts = tuple(p for p in _split_posts(written) if lexicon.title_ends_at(p, len(p)))
            if former:
                posts = tuple(f"原{p}" for p in posts)  # read as 原… by kg.extract.posts: held before
            found.append(PersonMatch(start, end, _holder_type(posts, lexicon), posts, start))
    for match in (*ELECTED_SEVERAL_RE.finditer(text), *CHOSEN_SEVERAL_RE.finditer(text)):
        found.extend(_elected(text, match, lexicon))
    for match in (*ELECTED_RE.finditer(text), *ELECTED_SEVERAL_RE.finditer(text)):
        found.extend(_elected_after(text, match.end(), lexicon))
    found.extend(_career(text, lexicon))
    for match in HELD_BEFORE_NAMED_RE.finditer(text):  # 曾任郾城区副区长的钮嘉伟
        start, end = match.span(2)
        posts = tuple(f"原{p}" for p in _split_posts(match.group(1)) if lexicon.title_ends_at(p, len(p)))
        if posts and (now := _titled_after(text, start, lexicon)) is not None:
            # 曾任泌阳县交通运输局副局长的马谷田镇党委书记黎少东: the post held now, then the name
            name_start, name_end, held = now
            found.append(PersonMatch(name_start, name_end, "official", (*posts, *held), start))
            continue
        end = next((e for e in range(end, start + 1, -1) if _stated_name(text, start, e, lexicon)), -1)
        if end > 0 and posts:
            found.append(PersonMatch(start, end, _holder_type(posts, lexicon), posts, match.start(1)))
    return sorted(found)


def _titled_after(text: str, start: int, lexicon: Lexicon) -> tuple[int, int, tuple[str, ...]] | None:
    """A post phrase at ``start`` and the name right after it (马谷田镇党委书记|黎少东): the name's
    span and the posts; None when ``start`` opens no place or post (钮嘉伟, a name)."""
    if not (_division_at(text, start, lexicon) or PLACE_NAME_RE.match(text, start)):
        return None
    titles = [t for t in find_titles(text) if start < t[1] <= start + TITLED_AFTER_LONGEST]
    for _, title_end, _, _ in titles:
        name_end = name_at(text, title_end, lexicon, {t[0] for t in titles})
        if name_end > 0:
            return title_end, name_end, tuple(f"现{p}" for p in _split_posts(text[start:title_end]))  # held now
    return None


TITLED_AFTER_LONGEST = 20  # characters of a post phrase between 的 and the name
PLACE_NAME_RE = re.compile("[\u4e00-\u9fff]{1,4}[镇乡村](?:党委|政府|人民政府|党支部|村委会)")


# the people an election goes on to name after a comma, with no verb (选举A为X主席，B、C为副主席)
ELECTED_MORE_RE = re.compile(
    r"[，,]((?:[\u4e00-\u9fff]{2,4}?(?:同志)?、)*[\u4e00-\u9fff]{2,4}?)(?:同志)?为(?!、)([^，,。；;\s]+)"
)


def _elected_after(text: str, end: int, lexicon: Lexicon) -> list[PersonMatch]:
    """The people elected in the clauses after ``end`` that an election goes on in (，B、C为副主席，
    D为秘书长): their posts are of the body of the post before, as written."""
    found = []
    while (match := ELECTED_MORE_RE.match(text, end)) is not None:
        found.extend(_elected(text, match, lexicon))
        end = match.end()
    return found


def _elected(text: str, match: re.Match[str], lexicon: Lexicon) -> list[PersonMatch]:
    """The people of an election's ``match``: its names (group 1, 、 between them) to its posts
    (group 2): 选举滕慧芳同志、葛昊天同志为…."""
    posts = tuple(p for p in _split_posts(match.group(2)) if lexicon.title_ends_at(p, len(p)))
    found = []
    cursor = match.start(1)
    for written in match.group(1).split("、"):
        start, cursor = cursor, cursor + len(written) + 1
        name = written.removesuffix("同志")
        if posts and _stated_name(text, start, start + len(name), lexicon):
            found.append(PersonMatch(start, start + len(name), _holder_type(posts, lexicon), posts, start))
    return found


# the next of a decision's people after a comma (任命A为X，B为Y; 免去C的X职务，D的Y职务)
APPOINTED_MORE_RE = re.compile(r"[，,、]([\u4e00-\u9fff]{2,4}?)(?:同志)?为" + _POSTS_UP_TO_NEXT)
REMOVED_MORE_RE = re.compile(r"[，,]([\u4e00-\u9fff]{2,4}?)(?:同志)?的([^，,。；;\s]+?)(?:职务|资格)")
MORE_OF = {APPOINTED_RE: APPOINTED_MORE_RE, REMOVED_RE: REMOVED_MORE_RE}


def _with_more(pattern: re.Pattern[str], text: str, after: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` from ``after``, each with the people the same
    decision goes on to name after a comma (决定任命昝红旗为水利局局长，禚佳琪为…局长)."""
    more = MORE_OF.get(pattern)
    for match in pattern.finditer(text, after):
        yield match
        while more is not None and (match := more.match(text, match.end())) is not None:
            yield match


# a career told of 他 or 她, the person of the sentence before (此前，他曾任A、B)
PRONOUN_CAREER_RE = re.compile(
    r"(?:^|(?<=[，,。]))(?:此前|之前|早年)?[，,]?[他她](?:曾任|曾先后任|先后任|历任|曾担任)([^，,。；;\s]+)"
)


def pronoun_career(text: str) -> tuple[str, ...]:
    """The posts held before that ``text`` tells of 他 or 她 (原…), or ()."""
    found = PRONOUN_CAREER_RE.search(text)
    if found is None:
        return ()
    lexicon = load_lexicon()
    written = found.group(1) + _more_posts(text, found.end(1), lexicon)
    return tuple(f"原{p}" for p in _split_posts(written) if lexicon.title_ends_at(p, len(p)))


def _career(text: str, lexicon: Lexicon) -> list[PersonMatch]:
    """The posts held before that a clause of ``text`` lists after the sentence's subject
    (:data:`CAREER_RE`; a career told year by year, :data:`DATED_POST_RE`), with the
    subject's name."""
    career = CAREER_RE.search(text)
    dated = list(DATED_POST_RE.finditer(text))
    first = min((m.start() for m in (career, *dated) if m is not None), default=-1)
    if first < 0:
        return []
    subjects = [
        (start, end)
        for m in SUBJECT_RE.finditer(text, 0, first)
        for group in (1, 2)
        if m.group(group)
        for start, end in [m.span(group)]
        if _stated_name(text, start, end, lexicon)
    ]
    if not subjects or KIN_RE.search(text, subjects[-1][1], first):
        return []  # …，丈夫李国强，2001年任…: a relative's career, not the subject's
    subject = subjects[-1]
    posts: list[str] = []
    if career is not None:
        written = career.group(1) + _more_posts(text, career.end(1), lexicon)
        posts += [f"原{p}" for p in _split_posts(written) if lexicon.title_ends_at(p, len(p))]
    for n, match in enumerate(dated):
        written = match.group(1).removesuffix("至今")
        now = match.group(1).endswith("至今")
        last = n == len(dated) - 1
        if last and not now and not RETIRED_RE.search(text, match.end()):
            continue  # the last post of a career may be held now: said so by 至今
        written += _more_posts(text, match.end(1), lexicon)
        mark = "现" if now else "原"  # 现: held now, after posts held before (kg.extract.posts)
        posts += [f"{mark}{p}" for p in _split_posts(written) if lexicon.title_ends_at(p, len(p))]
    if not posts:
        return []
    start, end = subject
    return [PersonMatch(start, end, _holder_type(tuple(posts), lexicon), tuple(posts), first)]


# a sentence of a career that goes on from the sentence before (…工作；1984年起历任A，B；1989年任C；
# 2010年10月退休。): the year, then the post taken
CAREER_STEP_RE = re.compile(rf"^(?:{YEAR_TAKING}|(?P<before>曾任|曾先后任|先后任|历任))([^，,。；;\s]+)")
RETIRING_RE = re.compile(rf"^(?:\d{{4}}年(?:\d{{1,2}}月)?)?(?:{RETIRED_WORDS})")


COMRADE_RE = re.compile(r"^([\u4e00-\u9fff]{2,4}?)同志")


def opening_name(text: str) -> str:
    """The name a profile sentence opens with (刘建军，男，… or 祁振邦同志…), or ""."""
    lexicon = load_lexicon()
    # 刘建军，男，…; 滕国梁简历：滕国梁，男，…
    profile = next((m for m in PROFILE_RE.finditer(text) if _opens_profile(text, m.start(), "：:")), None)
    for found in (profile, COMRADE_RE.match(text)):
        if found is not None and _stated_name(text, found.start(1), found.end(1), lexicon):
            return found.group(1)
    return ""


@dataclasses.dataclass
class CareerRun:
    """The posts of a career told over several sentences (a profile's ；-separated steps),
    for the person the sentence before them opens with: :meth:`step` each sentence of an
    article in order, then :meth:`finish`. Every step but the last is a post held before;
    the last is held now when 至今 follows it, before when the run ends with 退休 or 逝世,
    and left out otherwise (it may be either)."""

    subject: str = ""  # the name the last sentence opened with
    steps: list[tuple[tuple[str, ...], bool]] = dataclasses.field(default_factory=list)  # posts, 至今
    held_before: list[str] = dataclasses.field(default_factory=list)  # posts after 曾任
    retired: bool = False

    def step(self, text: str, opening_name: str) -> list[tuple[str, tuple[str, ...]]]:
        """Read one sentence (``opening_name``: the person it opens with, or ""); the posts
        of a run it ends, as (name, post phrases) (held before: 原…)."""
        lexicon = load_lexicon()
        step = CAREER_STEP_RE.match(text)
        if step is not None and self.subject and not opening_name:
            now = step.group(2).endswith("至今")
            written = step.group(2).removesuffix("至今") + _more_posts(text, step.end(2), lexicon)
            posts = tuple(p for p in _split_posts(written) if lexicon.title_ends_at(p, len(p)))
            if step.group("before"):  # 曾任A，B: held before, wherever it stands in the run
                self.held_before.extend(posts)
            else:
                self.steps.append((posts, now))
            return []
        if RETIRING_RE.match(text) and (self.steps or self.held_before):
            self.retired = True
            return self.finish()
        done = self.finish()
        self.subject = opening_name or (self.subject if self.subject and text.startswith(self.subject) else "")
        return done

    def finish(self) -> list[tuple[str, tuple[str, ...]]]:
        steps, self.steps = self.steps, []
        phrases = [f"原{p}" for p in self.held_before]
        self.held_before = []
        if steps:
            *before, (last, now) = steps
            phrases += [f"原{p}" for posts, _ in before for p in posts]
            if now:
                phrases += [f"现{p}" for p in last]
            elif self.retired:
                phrases += [f"原{p}" for p in last]
        self.retired = False
        return [(self.subject, tuple(phrases))] if phrases else []


TAKING_RE = re.compile("(?<!主)任")  # 2019年起任…: a post taken, not 主任


def _more_posts(text: str, end: int, lexicon: Lexicon) -> str:
    """The posts a career goes on to list after the first, clause by clause (曾任芦湾镇副镇长，
    黄桥乡党委副书记、乡长，双庙乡党委书记，2019年起任…: up to the clause that is no post)."""
    more = ""
    while text.startswith(("，", ","), end):
        clause_end = min((i for i in (text.find(c, end + 1) for c in "，,。；;") if i >= 0), default=len(text))
        clause = text[end + 1 : clause_end]
        if (
            not clause
            or not is_cjk(clause[0])
            or TAKING_RE.search(clause)
            or not lexicon.title_ends_at(clause, len(clause))
        ):
            break
        more += "、" + clause
        end = clause_end
    return more


def _holder_type(posts: tuple[str, ...], lexicon: Lexicon) -> str:
    """ "person" when every post ends with a title of a company, an association or a
    profession (由种植能手冯桂香担任理事长), else "official"."""
    kinds = [_title_kind(post, lexicon) for post in posts]
    return "person" if kinds and all(kind in PERSON_KINDS for kind in kinds) else "official"


def _weakly_introduced(name: str, lexicon: Lexicon) -> bool:
    """Can ``name``, after an introducer any noun may follow (WEAK_INTRODUCERS), be a name: not a
    word (孙子, 齐声), not opening with one (钱袋|子, 高兴|地, 金秋|时), not a place (周口), not a
    time (候场时)?"""
    return not (
        is_word(name, 20)
        or is_word(name[:2], 20)
        or name[-1] in "年月日天午晚季节期前后时"
        or lexicon.division_at(name, short=True)[0] is not None
    )


def _title_kind(post: str, lexicon: Lexicon) -> str:
    """The kind of the longest title that ends ``post``, or "": "academic" for a head or a
    department head of a hospital or a school that is no Party post (镇平县人民医院消化内科主任;
    not 县人民医院党委书记)."""
    # 签约企业代表: a company's representative, no congress deputy (代表), when the introducer is
    # longer than any title it ends with (but 河南农业大学教授: the title 教授)
    introducer = (
        max(len(word) for word in PERSON_INTRODUCERS if post.endswith(word)) if post.endswith(PERSON_INTRODUCERS) else 0
    )
    for length in range(min(len(post), 12), 1, -1):
        if length < introducer:
            return "introducer"
        if (kind := lexicon.posts.get(post[-length:])) is not None:
            if (
                kind not in PERSON_KINDS
                and any(word in post for word in INSTITUTION_WORDS)
                and not any(word in post for word in PARTY_TITLE_WORDS)
            ):
                return "academic"
            if (
                kind not in PERSON_KINDS
                and any(word in post[:-length] for word in COMPANY_UNIT_WORDS)
                and not any(word in post for word in PARTY_TITLE_WORDS)
            ):
                return "enterprise"  # 国网罗山县供电公司彭新供电所所长: the head of a company's unit
            if kind not in PERSON_KINDS and any(word in post[:-length] for word in ASSOCIATION_WORDS):
                return "association"  # 许昌市浙江商会秘书长: a chamber's officer, no official
            return kind
    return ""


def _stated_name(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Is ``text[start:end]``, which the sentence's pattern gives as a name, one (surname + 1-2)?"""
    surname = _surname_length(text, start, lexicon)
    closed = text[end : end + 1] in ("，", ",", "、")  # 2.时文娟，漯河市实验幼儿园: the row's cell ends it
    return bool(surname) and end - start - surname in (1, 2) and _plausible(text[start:end], lexicon, True, closed)


LISTED_ITEM_RE = re.compile("[\u4e00-\u9fff]{2,4}(?=、)")


def _listed_between_names(text: str, start: int, lexicon: Lexicon, titles_at: set[int]) -> int:
    """End of a name with no known surname listed between two names (副旗长乔美荣、|朝鲁门|、邵建军: a
    Mongolian name), or -1: no word, place or title, and a name of a known surname next."""
    item = LISTED_ITEM_RE.match(text, start)
    if item is None:
        return -1
    end = item.end()
    name = item.group()
    if (
        is_word(name, 1)
        or _division_at(text, start, lexicon)
        or any(start <= at < end for at in titles_at)
        or any(ch in FUNCTION_CHARS for ch in name)
    ):
        return -1
    return end if name_at(text, end + 1, lexicon, titles_at) > 0 else -1


def _shared_title(title: str, kind: str) -> bool:
    """Does a title before a list of names go with every name of it (市委常委A、B; 博士A、B, an
    occupation many share), not with the first only (院长A、B: a body has one head)?"""
    return (
        ("副" in title and "常务" not in title)
        or title.endswith(SHARED_TITLE_ENDINGS)
        or (kind == "academic" and not title.endswith(HEAD_ENDINGS))
    )


def _division_at(text: str, start: int, lexicon: Lexicon) -> bool:
    """Does a division's full name (林州市, whose 林 is a surname) start at ``start``?"""
    return lexicon.division_at(text, start, longest=7)[0] is not None


COMPANY_UNIT_WORDS = ("公司", "集团", "事务所")
ASSOCIATION_WORDS = (
    "商会",
    "协会",
    "学会",
    "基金会",
)  # a post in a company (or a unit of one) is a job there, no office
STREET_ENDINGS = ("街道", "社区", "办事处", "大街", "大道")
COMPANY_END_RE = re.compile("公司|集团|药业|实业|控股|银行")
COMPANY_GAP = 12  # characters between a name and a company ending that can make one name
ACTS_ON_A_BODY = frozenset("任为到在向与和赴")  # what a person does to the company named next


def _starts_company(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """乙方代表卓恒医疗科技有限公司: the "name" starts a company's name (a brand with a surname's character)."""
    if text[end : end + 1] in ACTS_ON_A_BODY:
        return False  # 校长苗振川任集团执行校长, 卓怀远为集团揭牌: the person acts on the company
    found = COMPANY_END_RE.search(text, end, end + COMPANY_GAP)
    return found is not None and scan_left(text, found.start(), start, lexicon, industry=True) == start


def _name_before(
    text: str, title_start: int, lexicon: Lexicon, titles_at: set[int], title: str, floor: int
) -> list[PersonMatch]:
    """郑州大学辛世俊教授: a name right before an academic title."""
    for length in (3, 2):
        start = title_start - length
        if start < floor:
            continue
        name = text[start:title_start]
        if start > floor and is_word(text[start - 1 : start + 1]) and word_frequency(name[1:]) >= 1000:
            continue  # 机械工|程专业|博士: the surname ends a word, the given name is one (工程, 专业)
        if _surname_length(text, start, lexicon) and _plausible(name, lexicon):
            return [PersonMatch(start, title_start, "person", (title,), start)]
    return []


def _split_posts(phrase: str) -> tuple[str, ...]:
    parts = re.split("|".join(POST_SEPARATORS), phrase)
    return tuple(p for p in parts if p)
