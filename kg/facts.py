"""Typed facts that a sentence states: visited, signed, located_in, chaired, attended, works_for.

Each rule reads one sentence with its resolved mentions (offsets into the sentence)
and the article around it, and yields ``(head, relation, tail, attrs)``:

* ``visited``: a person before 调研/考察/视察/走访/实地查看/参观/来到/赴, the places,
  projects and bodies after it in the same clause (or the X of 对X...调研). Group
  subjects (小分队, 一行) stand for the official who led them (樊惠林带领招商小分队);
* ``signed``: every party (person, company, body) of a sentence with 签约/签订/签署
  -> the project it names; ``signed_with``: the parties of an agreement with each other
  (A与B签署战略合作框架协议: A -> B);
* ``located_in``: X 落地/落户/位于/坐落于/在 DISTRICT; DISTRICT 共有/拥有/辖区的/依托辖区的
  X、Y、Z; marked ``basis=name``, a name that starts with its district (二七区淮河东路小学); and, marked
  ``basis=article``, the projects, companies and institutions of an article about one
  district that names no place outside it. Government bodies govern a district rather
  than stand in it, so they get no ``located_in``;
* ``chaired`` (主持) and ``attended`` (出席, 参加, 到会, 列席): the people -> the body or
  district that called the meeting, read from 'X召开/举行/举办' in the article's lead;
* ``works_for``: a body written right before a person (郑州大学辛世俊教授).
"""

from __future__ import annotations

import collections
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from kg.lexicon import load_lexicon
from kg.model import Entity, Post
from kg.text import AMOUNT_RE, HOME_WORDS, ITEM_BULLETS, ROW_NUMBER_RE, is_cjk

VISIT_TRIGGERS = (
    "实地查看",
    "实地调研",
    "实地走访",
    "调研",
    "考察",
    "视察",
    "走访",
    "参观",
    "察看",
    "观摩",
    "来到",
    "走进",
    "赴",
    "拜访",
)
# visits only when the places are gone to (邢振东带队到唐河县、社旗县检查): alone they name
# the checking of things more often than a visit (检查组, 检查防汛物资)
GONE_TRIGGERS = ("检查", "督导", "督查", "暗访", "看望", "慰问", "巡河", "巡林", "查看", "了解", "监督")
# whose visitor is named in the same clause (委员们先后走进X; not 樊丽娜…欢迎游客走进栾川)
CLAUSE_BOUND_TRIGGERS = ("走进",)
INVITING_WORDS = ("邀请", "欢迎", "希望", "吸引", "推动", "鼓励", "带动", "让", "请")
SIGN_TRIGGERS = ("签约", "签订", "签署", "会签", "签了")
# the labelled cells of a list of projects (1.P，签约企业：C，落户地：许昌经济技术开发区): the place
# of the project, never of a company in another cell
LABEL_TRIGGERS = tuple(label + colon for label in ("落户地", "落地地点", "建设地点", "项目地点") for colon in "：:")
PLACE_TRIGGERS = (
    "落地",
    "落户",
    "位于",
    "坐落于",
    "坐落在",
    "建在",
    "设在",
    "建设地点为",
    "选址于",
    "选址在",
    *LABEL_TRIGGERS,
)
SETTLE_TRIGGERS = ("入驻", "落户")
# 走访了位于宝安区的X和Y: the place describes what follows it, not the sentence's subject
ATTRIBUTIVE_TRIGGERS = ("位于", "坐落于", "坐落在")
AT_TRIGGER_RE = re.compile(r"在$")
HOLDING_TRIGGERS = ("共有", "拥有", "辖区的", "依托辖区的", "辖区内的", "域内的")
CHAIR_TRIGGERS = ("主持",)
# 出席会议的有A、B、C等, 出席开幕式的有：A，B: the people listed after it attended
ATTENDEE_LIST_RE = re.compile(
    r"(?:出席|参加)(?:[\u4e00-\u9fff]{0,4}(?:会议|活动|仪式|大会|开幕式|闭幕式|典礼|座谈会))?的(?:领导|人员)?(?:还)?有"
)
ATTEND_TRIGGERS = ("出席", "参加", "到会", "列席")
SPEECH_WORDS = ("作", "讲话", "致辞", "表示", "指出", "强调", "要求")
CALL_RE = re.compile(r"(?:组织)?(?:召开|举行|举办|开展)")
GROUP_SUBJECTS = (
    "小分队",
    "一行",
    "调研组",
    "考察组",
    "招商组",
    "代表团",
    "督导组",
    "督办组",
    "检查组",
    "督查组",
    "视察组",
    "工作组",
    "观摩团",
    "观摩组",
    "考察团",
    "指导组",
    "验收组",
    "暗访组",
    "专家团",
    "专家组",
    "排查组",
    "监督组",
    "服务团",
    "慰问团",  # 班振国率焦作市慰问团…。慰问团先后来到X
    "慰问组",
    "参访团",
    "访问团",
    "委员们",
    "代表们",
)
# members, who stand for the group only as a clause's subject (not 参会企业代表们)
MEMBERS = ("委员们", "代表们")


def _group_clause(clause: str) -> bool:
    """Does ``clause`` (up to a trigger) have a group as its subject?"""
    return any(g in clause for g in GROUP_SUBJECTS if g not in MEMBERS) or clause.startswith(MEMBERS)


LEAD_WORDS = ("带领", "带队", "率领", "率")
SUBJECT_WINDOW = 8  # a body named in the first characters of a sentence is its subject
GOVERNMENT_ENDINGS = (
    "委",
    "委员会",
    "政府",
    "局",
    "厅",
    "部",
    "办",
    "管委会",
    "政协",
    "常委会",
    "指挥部",
    "领导小组",
    "纪检监察组",
    "巡察组",
    "海关",
    "交易所",  # 深圳证券交易所: a national market, not placed by the story it is named in
    "工会",
    "工商联",
    "工商业联合会",  # and the other mass organisations of a district (妇联, 残联, 科协)
    "妇联",
    "妇女联合会",
    "残联",
    "残疾人联合会",
    "科协",
    "科学技术协会",
    "党组",
    "监委",
    "人大",
    # courts and procuratorates are the state's in a district, as its government is (a 司法所
    # or 派出所 stands in a place, as the seed gold has it)
    "法院",
    "人民法庭",  # a court's tribunal in a township (丁庄人民法庭)
    "检察院",
    "投资促进中心",  # agencies of a government under a centre's name (许昌市投资促进中心)
    "乡村振兴服务中心",
    "就业创业服务中心",
    "大队",  # 消防救援大队, 交通管理大队: the state's forces of a district
    "支队",
    "中队",
)
CLAUSE_END = "，。；！？"
PEOPLE = ("official", "person")
VISITABLE = ("project", "company", "organization", "district")
LOCATABLE = ("project", "company", "organization")
CITY_LEVELS = ("province", "prefecture", "county")  # divisions a town or a body's name lies below

Fact = tuple[str, str, str, dict[str, str]]


class Placed(NamedTuple):
    """A resolved mention inside a sentence: entity and span relative to the sentence
    (a tuple: one is made for every mention of every sentence related)."""

    entity: Entity
    start: int
    end: int


@dataclass(frozen=True)
class SentenceView:
    text: str
    mentions: tuple[Placed, ...]  # sorted by start
    # entity id -> the posts its file states for it: what a rule may know of a person's posts
    # (never those of other files, which the build gives it in an order of its own)
    posts_here: Mapping[str, Sequence[Post]] = field(default_factory=dict)

    def between(self, start: int, end: int, types: tuple[str, ...]) -> list[Placed]:
        return [m for m in self.mentions if start <= m.start and m.end <= end and m.entity.type in types]


def _clause_end(text: str, start: int) -> int:
    positions = [text.find(p, start) for p in CLAUSE_END]
    found = [p for p in positions if p >= 0]
    return min(found) if found else len(text)


def _clause_start(text: str, end: int) -> int:
    return max(text.rfind(p, 0, end) for p in CLAUSE_END) + 1


@functools.lru_cache(maxsize=64)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)))


def _triggers(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    if _any_of(words).search(text) is None:  # most sentences have none: one scan instead of one per word
        return []
    found: list[tuple[int, int]] = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            span = (start, start + len(word))
            if not any(s < span[1] and span[0] < e for s, e in found):  # 管委会签订: 签订, not 会签
                found.append(span)
            start = text.find(word, start + 1)
    return sorted(found)


def leaders(view: SentenceView) -> tuple[Entity, ...]:
    """The people who lead a group in this sentence (樊惠林带领招商小分队; 县委书记王海涛，
    县委副书记、县长张明远率领代表团: both), or none."""
    officials = [m for m in view.mentions if m.entity.type in PEOPLE]  # 董事长陈爱莲率领的考察团 too
    for index, placed in enumerate(officials):
        if view.text.startswith(LEAD_WORDS, placed.end):
            found = [placed]
            for before in reversed(officials[:index]):  # the officials listed before, posts between
                if not _listed_gap(view.text[before.end : found[0].start]):
                    break
                found.insert(0, before)
            return tuple({m.entity.id: m.entity for m in found}.values())
    return ()


def _listed_people(view: SentenceView, people: list[Placed]) -> tuple[Entity, ...]:
    """The first of ``people`` and the officials listed right after it, posts between (市委书记
    顾怀瑾，市委副书记、市长窦明哲一行先后来到: both)."""
    found = [people[0]]
    for after in people[1:]:
        # 霍建民、柯雅琴一行走访: people of one kind listed together; an official after a
        # person only when the list is of officials (董事长X陪同…: no list)
        kind_fits = after.entity.type == "official" or after.entity.type == people[0].entity.type
        if not kind_fits or not _listed_gap(view.text[found[-1].end : after.start]):
            break
        found.append(after)
    return tuple({m.entity.id: m.entity for m in found}.values())


def _listed_gap(gap: str) -> bool:
    """Is ``gap``, between two people, what lists them (，县委副书记、县长): a separator, then
    posts only (no verb making the first one someone else: 会见了, 主持召开, 在…陪同下)?"""
    return (
        0 < len(gap) <= 20
        and gap[0] in "，、,"
        and not any(ch in gap for ch in NOT_A_LIST)
        and not any(word in gap for word in NOT_A_LIST_WORDS)
    )


NOT_A_LIST = frozenset("在陪与和同对向为由据的了。；")
NOT_A_LIST_WORDS = ("会见", "主持", "召开", "出席", "强调", "指出", "表示", "邀请")
ADVERBS = ("先后", "首先", "随后", "实地", "并")


def _without(text: str, words: tuple[str, ...]) -> str:
    for word in words:
        text = text.replace(word, "")
    return text


THIRD_PERSON = ("他", "她")


def _subjects(
    view: SentenceView, trigger_start: int, article_leaders: Sequence[Entity], referent: Entity | None = None
) -> Sequence[Entity]:
    """Who does what the trigger at ``trigger_start`` says: the people before it, else the
    article's leaders for a group, else ``referent`` (the one person of the sentence before)
    for 他 or 她, else a body named just before."""
    people = view.between(0, trigger_start, PEOPLE)
    if people:
        return _listed_people(view, people)
    clause = view.text[_clause_start(view.text, trigger_start) : trigger_start]
    if referent is not None and _without(clause, ADVERBS) in THIRD_PERSON:
        return (referent,)  # 庞书瑜是…科长。当天上午，她首先来到X
    if article_leaders and (_group_clause(clause) or not _without(clause, ADVERBS)):
        return article_leaders
    bodies = view.between(0, trigger_start, ("organization",))
    if bodies and (trigger_start - bodies[0].end < 12 or bodies[0].start <= SUBJECT_WINDOW):
        return (bodies[0].entity,)
    return ()


def referent(view: SentenceView) -> Entity | None:
    """The one person a sentence names, whom 他 or 她 in the next stands for, or None: none
    when the sentence has a pronoun of its own (局长王刚对她赞不绝口: 她 is someone else)."""
    if any(pronoun in view.text for pronoun in THIRD_PERSON):
        return None
    people = {m.entity.id: m.entity for m in view.mentions if m.entity.type in PEOPLE}
    return next(iter(people.values())) if len(people) == 1 else None


def visited(
    view: SentenceView, article_leaders: Sequence[Entity] = (), previous: Entity | None = None
) -> Iterator[Fact]:
    """Visits the sentence states; ``previous``: the one person of the sentence before."""
    for start, end in _triggers(view.text, VISIT_TRIGGERS):
        floor = _clause_start(view.text, start)
        # 来到库庄镇，走进X: a clause that opens with the trigger goes on from the one before
        if view.text.startswith(CLAUSE_BOUND_TRIGGERS, start) and (
            floor == 0 or _without(view.text[floor:start], ADVERBS)
        ):
            people = [
                m  # 邀请游客走进西峡县: the visitors are others
                for m in view.between(floor, start, PEOPLE)
                if not any(word in view.text[m.end : start] for word in INVITING_WORDS)
            ]
            clause = view.text[floor:start]
            grouped = article_leaders if _group_clause(clause) else ()
            if not grouped and floor > 0 and not _without(clause, ADVERBS):
                # 邰振国带领企业服务专班，走进X: who led the group in, named before it
                grouped = tuple(
                    e for e in leaders(view) if any(m.entity.id == e.id and m.end <= floor for m in view.mentions)
                )
            subjects: Sequence[Entity] = (people[0].entity,) if people else grouped
        elif view.text.startswith(CLAUSE_BOUND_TRIGGERS, start):
            # the one who came to the place in the clause before (俎志刚来到库庄镇，走进X), not someone
            # met or heard there (会见了张志远，随后走进X; 在赵磊的陪同下来到…，走进X: 赵磊 accompanies)
            subjects = _came_before(view, floor) or [
                e for e in leaders(view) if any(m.entity.id == e.id and m.end <= floor for m in view.mentions)
            ]  # 邰振国带领企业服务专班，走进X: who led the group in
        else:
            subjects = _subjects(view, start, article_leaders, previous)
        if not subjects:
            continue
        targets = view.between(end, _clause_end(view.text, end), VISITABLE)
        if view.text.startswith("拜访", start):
            targets = [t for t in targets if t.entity.type != "district"]  # 拜访…许昌籍企业家: whom, not where
        if view.text.startswith("观摩", start):
            if _remote_or_study(view.text, start, end):
                continue  # 通过视频连线观摩, 观摩学习…经验: not there
            targets = [t for t in targets if t.entity.type in ("project", "company")]  # not a drill's hosts
        before = view.text[:start]
        if "对" in before[_clause_start(view.text, start) - 1 :]:
            pivot = before.rfind("对")
            targets += view.between(pivot, start, VISITABLE)
        targets += _places_gone_to(view, start)
        floor = _clause_start(view.text, start)
        if floor > 0 and not _without(view.text[floor:start], ADVERBS):
            targets += _places_gone_to(view, floor - 1)  # 带队到金湾街道，实地查看…: gone to, then looked
        # the place inside a name visited only says where it is (南曹乡金鼎智能装备产业园项目);
        # a company inside one is visited (唐久便利集团西安物流基地)
        outer = _outermost(targets)
        starts = {t.start for t in targets}
        for target in (
            t
            for t in targets
            if (t in outer or t.entity.type != "district")
            and not _describes(view, t)
            and not _builds_what_follows(view, t)
            and not (t.entity.level in ("province", "prefecture") and t.end in starts)  # 广东省|深圳市: the city
            and not _body_of_persons_post(view, t)
            and not OTHER_ACT_RE.search(view.text[end : t.start])  # 走访企业、推介|阜阳: another act's
        ):
            for subject in subjects:
                if target.entity.id != subject.id and not subject.name.startswith(target.entity.name):
                    yield subject.id, "visited", target.entity.id, {}
    for start, end in _triggers(view.text, ("深入",)):
        # 检查组先后深入睢县实验小学、柳园镇中心学校和X公司: the places it goes into (not 深入推进,
        # nor an instruction: 各督导组要深入…, 李强指出，要深入…)
        if view.text.endswith(INSTRUCTING, 0, start) or any(
            word in view.text[_clause_start(view.text, start) : start] for word in ("要求", "指出", "强调")
        ):
            continue
        targets = _listed_from(view, end, VISITABLE)
        subjects = _subjects(view, start, article_leaders) if targets else ()
        for target in targets:
            for subject in subjects:
                if target.entity.id != subject.id and not subject.name.startswith(target.entity.name):
                    yield subject.id, "visited", target.entity.id, {}
    for start, _ in _triggers(view.text, GONE_TRIGGERS):
        for target in _places_gone_to(view, start):
            for subject in _subjects(view, start, article_leaders):
                if target.entity.id != subject.id and not subject.name.startswith(target.entity.name):
                    yield subject.id, "visited", target.entity.id, {}
    yield from _visited_at(view, article_leaders)


def _body_of_persons_post(view: SentenceView, placed: Placed) -> bool:
    """Is ``placed`` a body written in the post of the person right after it (来到市委原书记齐怀德
    家中): whom one visits, not the body?"""
    if placed.entity.type != "organization":
        return False
    return any(
        m.entity.type in PEOPLE
        and placed.end <= m.start <= placed.end + POST_AFTER_BODY
        and all(map(is_cjk, view.text[placed.end : m.start]))
        for m in view.mentions
    )


# another act listed after the visit, whose object a place is (走访企业、洽谈项目、推介阜阳)
OTHER_ACT_RE = re.compile("、(?:推介|洽谈|宣传|对接|邀请|推荐)$")
POST_AFTER_BODY = 6  # characters of a title between a body and its holder's name (原副主席)


INSTRUCTING = ("要", "将", "应", "须", "需", "要求", "继续")  # before 深入: what is to be done


def _remote_or_study(text: str, start: int, end: int) -> bool:
    """Is the 观摩 at ``start:end`` watched from afar or a lesson (视频连线观摩, 观摩学习)?"""
    clause = text[_clause_start(text, start) : start]
    return any(word in clause for word in ("视频", "连线", "线上", "网上", "直播")) or text.startswith("学习", end)


def _describes(view: SentenceView, placed: Placed) -> bool:
    """Is ``placed`` a place written before 的 and what lies there (走访了位于宝安区的X,
    来到项城市的X): where the thing visited is, not a place visited?"""
    if placed.entity.type != "district":
        return False
    places = [m for m in view.mentions if m.entity.type == "district"]
    start, end = placed.start, placed.end
    while (before := next((m for m in places if m.end == start), None)) is not None:
        start = before.start  # 位于深圳市|龙岗区
    while (after := next((m for m in places if m.start == end), None)) is not None:
        end = after.end
    if not view.text.startswith("的", end):
        return False
    # 走访了位于宝安区的X; 来到项城市的X: where X is
    return view.text.endswith(ATTRIBUTIVE_TRIGGERS, 0, start) or any(
        m.start == end + 1 and m.entity.type in LOCATABLE for m in view.mentions
    )


# what lies between an investor (or its place) and the project it builds: 投资6.5亿元建设的
BUILT_RE = re.compile(r"(?:投资|出资)[^，、和及到]{0,12}?(?:建设|实施|打造|承建)的")
BUILT_AT_RE = re.compile(r"在[^，、和及到]{1,12}?(?:投资|出资)[^，、和及到]{0,12}?(?:建设|实施|打造|承建)的")


def _builds_what_follows(view: SentenceView, placed: Placed) -> bool:
    """Is ``placed`` the investor or the place in a description of the project after it
    (观摩了X公司在宜沟镇投资6.5亿元建设的P项目: P is what is visited)?"""
    if placed.entity.type not in ("company", "district", "organization"):
        return False
    end = _clause_end(view.text, placed.end)
    project = next((m for m in view.mentions if placed.end <= m.start < end and m.entity.type == "project"), None)
    if project is None:
        return False
    between = view.text[placed.end : project.start]
    if placed.entity.type == "district":  # X公司在宜沟镇|投资6.5亿元建设的P
        return view.text.endswith("在", 0, placed.start) and BUILT_RE.fullmatch(between) is not None
    return BUILT_RE.fullmatch(between) is not None or BUILT_AT_RE.fullmatch(between) is not None


COMING_RE = re.compile(r"(?:一行)?(?:先后|随后|首先|又|专程)?(?:来到|到|前往|深入)")
# X实地查看Y，走进Z: the one who looks at one thing, then walks into the next
LOOKING_RE = re.compile(r"(?:一行)?(?:先后|随后|首先|又|实地)*(?:查看|察看|调研|考察|视察|参观|观摩)")


def _came_before(view: SentenceView, floor: int) -> list[Entity]:
    """The person who, in the clause ending at ``floor`` - 1, comes to a place (X来到P, X一行到P)."""
    if floor == 0:
        return []
    before = _clause_start(view.text, floor - 1)
    clause = view.text[before : floor - 1]
    if "陪同" in clause:
        return []
    for placed in view.between(before, floor - 1, PEOPLE):
        coming = COMING_RE.match(view.text, placed.end)
        if coming is not None and view.between(coming.end(), floor - 1, ("district",)):
            return [placed.entity]
        if LOOKING_RE.match(view.text, placed.end):
            return [placed.entity]
    return []


# 在许昌恒泰新材料化工有限公司，督导组深入罐区: where a group or person is, named first
AT_PLACE_RE = re.compile(r"^(?:随后|当天|之后|接着)?[，,]?在")


def _visited_at(view: SentenceView, article_leaders: Sequence[Entity]) -> Iterator[Fact]:
    """The place a sentence opens with (在X，…) visited by the group or person of the clause
    after it, when the sentence goes on to look at something (查看, 检查, 了解, 深入)."""
    opened = _opening_places(view)
    if opened is None:
        return
    first_end, places = opened
    second = view.text[first_end + 1 : _clause_end(view.text, first_end + 1)]
    # 在年产2万吨生物基丁二酸项目施工现场，塔吊林立: a tour's leaders at the site of what they tour
    at_site = (
        bool(article_leaders)
        and view.text.endswith(SITE_WORDS, 0, first_end)
        and all(m.entity.type in ("project", "company") for m in places)
    )
    toured = _toured_sites(view, first_end, places, article_leaders)
    if toured and not view.between(first_end + 1, first_end + 1 + len(second), PEOPLE):
        # 在夏邑县会亭镇，X项目一期厂房已经封顶: a tour's stop, the town and the work it is shown
        for placed in (places[-1], *toured):
            for subject in article_leaders:
                yield subject.id, "visited", placed.entity.id, {}
        return
    # 在X，邢振东通过视频调度系统，查看了…: the looking may come clauses later
    # words of going and visiting look only in the clause of the subject (在张庄村，村民X告诉记者，
    # 县里领导经常来到村里走访: not X's visit)
    if not (
        at_site
        or any(word in view.text[first_end + 1 :] for word in LOOKING_WORDS)
        or any(word in second for word in CLAUSE_LOOKING_WORDS)
    ):
        return
    people = view.between(first_end + 1, first_end + 1 + len(second), PEOPLE)
    subjects: Sequence[Entity] = ()
    if people and people[0].start - first_end <= 8 and people[0].entity.type == "official":
        subjects = (people[0].entity,)  # an official; a resident is at home
    elif _group_clause(second[:8]) or at_site:
        subjects = article_leaders
    if at_site and subjects == article_leaders:
        for placed in places:  # 在X公司Y项目现场: the company and its project
            for subject in subjects:
                yield subject.id, "visited", placed.entity.id, {}
        return
    place = places[-1].entity
    for subject in subjects:
        # 在安良镇，安良镇党委书记王俊峰带领…: the town's own secretary is at home, no visitor
        posts = view.posts_here.get(subject.id, ())
        if not any(post.organization.startswith((place.name, *LOCAL_BODY_STARTS)) for post in posts):
            yield subject.id, "visited", place.id, {}  # (村党支部书记: a body of the place, at home)


def _toured_sites(
    view: SentenceView, first_end: int, places: list[Placed], article_leaders: Sequence[Entity]
) -> list[Placed]:
    """In an article of a tour (its leaders found), the projects and companies the clause after
    a town or village the sentence opens with starts with (在唐河县源潭镇，X项目车间内，…), or []."""
    if (
        not article_leaders
        or places[-1].entity.type != "district"
        or places[-1].entity.level not in TOUR_STOPS
        or places[-1].end != first_end  # 在留固镇东孔村的麦田里，: a scene, no stop
    ):
        return []
    after = _outermost(view.between(first_end + 1, _clause_end(view.text, first_end + 1), ("project", "company")))
    return after[:1] if after and after[0].start == first_end + 1 else []


TOUR_STOPS = ("town", "township", "subdistrict", "village", "zone")


def _opening_places(view: SentenceView) -> tuple[int, list[Placed]] | None:
    """Where the clause a sentence opens with saying where it is (在X，…) ends, and the places
    it names; or None."""
    opening = AT_PLACE_RE.match(view.text)
    if opening is None:
        return None
    first_end = _clause_end(view.text, opening.end())
    # not the ends of a road named (在双桥镇大刘庄村至S223连接线施工现场: 双桥镇)
    places = [
        m for m in _outermost(view.between(opening.end(), first_end, VISITABLE)) if view.text[m.end : m.end + 1] != "至"
    ]
    if not places or first_end >= len(view.text) or view.text[first_end - 1] in "上下":
        return None  # 在市委、市政府的正确领导下, 在县委常委会上: under their lead, at their meeting
    return first_end, places


def scene(view: SentenceView) -> Entity | None:
    """The place a sentence that names no one sets the scene in (在邓州市桑庄镇丁营村，金黄的麦田
    一望无际…), for the person the next sentence opens with; or None."""
    if any(m.entity.type in PEOPLE for m in view.mentions):
        return None
    opened = _opening_places(view)
    if opened is not None:
        return opened[1][-1].entity
    # 鄢陵县陈化店镇花溪村是远近闻名的花木专业村: a sentence about a village or town, opening with it
    places = _outermost(view.between(0, len(view.text), ("district",)))
    chain = []
    for place in places:
        if place.start != (chain[-1].end if chain else 0):
            break
        chain.append(place)
    if chain and chain[-1].entity.level in (*TOWN_LEVELS, "village") and view.text.startswith("是", chain[-1].end):
        return chain[-1].entity
    return None


def visited_in_scene(view: SentenceView, place: Entity) -> Iterator[Fact]:
    """The official a sentence opens with, looking at something in ``place``, the scene the
    sentence before set (…一气呵成。柯鸣远走进麦田，察看小麦籽粒饱满程度): a visit to it."""
    first = next((m for m in view.mentions if m.start == 0 and m.entity.type == "official"), None)
    if first is None:
        return
    clause = view.text[first.end : _clause_end(view.text, first.end)]
    if not any(word in view.text for word in LOOKING_WORDS) and not clause.startswith(("走进", "来到")):
        return
    # 褚云峰、阚立新走进田间: the officials listed first, each
    for person in _listed_people(view, [m for m in view.mentions if m.entity.type in PEOPLE]):
        posts = view.posts_here.get(person.id, ())
        if person.type == "official" and not any(
            post.organization.startswith((place.name, *LOCAL_BODY_STARTS)) for post in posts
        ):
            yield person.id, "visited", place.id, {}


SITE_WORDS = ("现场", "车间", "展厅", "厂区", "工地")  # 在P(施工)现场，…: at the site of P
LOOKING_WORDS = (
    "查看",
    "检查",
    "了解",
    "深入",
    "察看",
    "调研",
    "听取",
    "参观",
    "询问",
)
CLAUSE_LOOKING_WORDS = ("观摩", "来到", "走访", "看望", "慰问")
LOCAL_BODY_STARTS = ("村", "社区", "镇", "乡", "该")


GOING_RE = re.compile(
    r"(?:一行|带队|率队)?(?:先后|分别|又|还|再次|专程)?(?:[0-9一二三四五六七八九十两多]+次)?(?:到|赴|深入|前往)$"
)  # 桓志明先后到A、B走访, 先后4次到后楼村走访
ACCOMPANIED_RE = re.compile(r"的陪同下[，,]?$")
VISIT_LINKS = ("", "开展", "进行", "实地")
# the places counted after them (在许昌、漯河两市调研), between them and the trigger
COUNTED_PLACES_RE = re.compile("[两三四五六七八九十多]+[个]?[市县区地镇乡村](?:开展|进行|实地)?")
# 省长阚立新在许昌、漯河两市调研: where a person named right before is (not 在…的陪同下)
BEING_AT_RE = re.compile("(?:先后|分别|专程)?在$")


def _places_gone_to(view: SentenceView, trigger_start: int) -> list[Placed]:
    """江敏到修武县调研, 一行深入马寨镇开展调研: the places between a person's 到 and the trigger."""
    text = view.text
    floor = _clause_start(text, trigger_start)
    before = [m for m in view.mentions if floor <= m.start and m.end <= trigger_start]
    places: list[Placed] = []
    for mention in reversed(before):
        if places and mention.end > places[0].start:
            continue  # 郸城县 inside 郸城县鲜丰农业发展有限公司: where the company is, not gone to
        gap = text[mention.end : places[0].start if places else trigger_start]
        allowed = ("", "、") if places else VISIT_LINKS  # 马寨镇、侯寨乡 | 马寨镇开展调研
        counted = not places and COUNTED_PLACES_RE.fullmatch(gap) is not None  # 漯河|两市调研
        if mention.entity.type not in VISITABLE or (gap not in allowed and not counted):
            break
        places.insert(0, mention)
    going = GOING_RE.search(text, 0, places[0].start) if places else None
    if going is None:
        being = BEING_AT_RE.search(text, 0, places[0].start) if places else None
        # 省委书记褚云峰，省长阚立新在许昌、漯河两市调研: the people right before 在 were there
        if being is not None and any(m.end == being.start() and m.entity.type in PEOPLE for m in before):
            return places
        return []
    gone = any(m.end == going.start() and m.entity.type in PEOPLE for m in before) or any(
        m.entity.type in PEOPLE and text.startswith(LEAD_WORDS, m.end) for m in before
    )  # 伍志强带领县农业农村局负责同志先后到老店镇、白道口镇
    accompanied = ACCOMPANIED_RE.search(text, 0, going.start()) is not None  # X在Y的陪同下，到Z调研
    # X带领…负责人，深入Y调研; …带领观摩团，先后深入Y、Z
    opens_clause = not _without(text[floor : going.start()], ADVERBS)
    subject = text[floor : going.start()]  # 随后，观摩组到金城乡，走访X (not 各督导组要深入X: told to)
    group = _group_clause(subject) and not any(word in subject for word in INSTRUCTING)
    return places if gone or accompanied or opens_clause or group else []


# a table of projects (序号，项目名称，签约企业，投资额（亿元），落地县区; each row a sentence,
# its cells set apart by ，, see kg.layout): the header names what each column holds
TABLE_ROW_RE = re.compile(r"^\d{1,3}，")
SIGNING_COLUMNS = ("签约企业", "签约单位", "签约方", "投资方", "投资企业", "企业名称")
PLACE_COLUMNS = ("落地", "县区", "所在", "建设地点", "实施地", "项目地点")
LENDER_COLUMNS = ("授信银行", "贷款银行", "签约银行")  # a table of credit agreements: the bank's
# the column a row is about: a project (项目名称), else a company (企业名称, in a table of companies)
SUBJECT_COLUMNS = ("项目名称", "企业名称", "公司名称")


def table_header(text: str) -> tuple[str, ...] | None:
    """The columns of a table header row of projects or companies, or None."""
    cells = tuple(text.split("，"))
    return cells if len(cells) >= 3 and any(word in cell for cell in cells for word in SUBJECT_COLUMNS) else None


def is_table_row(text: str, header: tuple[str, ...] = ()) -> bool:
    """Is ``text`` a row of a table: numbered (1，…), or, under ``header``, as many cells as it
    has columns and no sentence's marks (鄢陵农商银行，河南花都园林工程有限公司，8000万元)?"""
    if TABLE_ROW_RE.match(text) is not None:
        return True
    return bool(header) and text.count("，") == len(header) - 1 and not any(mark in text for mark in "。；！？：")


def table_row(view: SentenceView, header: tuple[str, ...]) -> Iterator[Fact]:
    """A row under ``header``: its company signed for its project (a 签约企业 column), and the
    project lies in its county (a 落地县区 column); in a table of companies, the company lies
    in its town (a 所在镇 column)."""
    starts = [0]
    for at, ch in enumerate(view.text):
        if ch == "，":
            starts.append(at + 1)
    ends = [start - 1 for start in starts[1:]] + [len(view.text)]

    def cell(words: tuple[str, ...], types: tuple[str, ...]) -> list[Placed]:
        column = next((i for i, name in enumerate(header) if any(w in name for w in words)), None)
        if column is None or column >= len(starts):
            return []
        return _outermost(view.between(starts[column], ends[column], types))

    projects = cell(("项目名称",), ("project",))
    if projects:
        subject = projects[0].entity
        for company in cell(SIGNING_COLUMNS, ("company", "organization")):
            yield company.entity.id, "signed", subject.id, {}
    elif any("项目名称" in name for name in header) or not (companies := cell(SUBJECT_COLUMNS[1:], ("company",))):
        return
    else:
        subject = companies[0].entity  # a table of companies and where each is (企业名称，所在镇(街道))
        for lender in cell(LENDER_COLUMNS, ("company",)):  # 授信银行，企业名称: a credit agreement signed
            yield lender.entity.id, "signed_with", subject.id, {}
    for place in cell(PLACE_COLUMNS, ("district",)):
        yield subject.id, "located_in", place.entity.id, {}


def signed_with_row(signer: Entity, row: list[Fact]) -> list[Fact]:
    """What a table row says of the body that signed with every row's company (鹤壁高新区管委会
    与8家投资方分别签订项目投资协议。签约项目如下：|table): it signed the row's project with its company."""
    facts: list[Fact] = []
    for head, relation, tail, _ in row:
        if relation == "signed" and head != signer.id:
            facts += [(signer.id, "signed", tail, {}), (signer.id, "signed_with", head, {})]
    return facts


# a place alone on a line over rows, the group they are of (部分签约项目如下：|沈丘县)
GROUP_PLACE_RE = re.compile("(?:^|[：:])([^，。；：:]{2,16})$")


def group_place(view: SentenceView) -> Entity | None:
    """The place a sentence is no more than, or ends with after a colon (部分签约项目如下：沈丘县):
    the heading of the rows of a table under it."""
    found = GROUP_PLACE_RE.search(view.text)
    if found is None:
        return None
    place = next((m for m in view.mentions if m.start == found.start(1) and m.end == found.end(1)), None)
    return place.entity if place is not None and place.entity.type == "district" else None


def amount_row(view: SentenceView, place: Entity | None) -> list[Fact] | None:
    """A row of a table of signed investments with no header, its cells a project, its
    investor, maybe the place it goes to, and an amount last (P，C，18.5亿元; 1.P，阜阳经济技术
    开发区，C，25亿元): C signed P; the row's place, else a ``place`` heading the rows of one
    county, is where P lies and signed P with C. None when the sentence is no such row."""
    number = BRACKET_ROW_RE.match(view.text)
    offset = number.end() if number is not None else 0
    cells = view.text[offset:].split("，")
    if len(cells) < 3 or AMOUNT_RE.fullmatch(cells[-1]) is None:
        return None
    whole: dict[str, list[Entity]] = {"project": [], "company": [], "district": []}
    for cell in cells[:-1]:
        inside = _outermost(view.between(offset, offset + len(cell), ("project", "company", "district")))
        # a place fills its cell (not the 上海 of 上海禾味食品集团有限公司 alone)
        if len(inside) == 1 and (inside[0].entity.type != "district" or inside[0].end - inside[0].start == len(cell)):
            whole[inside[0].entity.type].append(inside[0].entity)
        offset += len(cell) + 1
    if len(whole["project"]) != 1 or len(whole["company"]) != 1 or len(whole["district"]) > 1:
        return None
    project, company = whole["project"][0], whole["company"][0]
    facts: list[Fact] = [(company.id, "signed", project.id, {})]
    place = whole["district"][0] if whole["district"] else place
    if place is not None:
        facts += [
            (project.id, "located_in", place.id, {}),
            (place.id, "signed", project.id, {}),
            (place.id, "signed_with", company.id, {}),
        ]
    return facts


# a numbered item of a list of signed projects, its investor in brackets (1.年产5GWh储能电池项目（深圳市
# 锐川新能源科技有限公司）)
BRACKET_ROW_RE = re.compile(r"^\s*\d{1,3}[.．、]\s*")


def bracket_row(view: SentenceView, place: Entity | None) -> list[Fact] | None:
    """A numbered row P（C） of a list of signed projects: C signed P; under a ``place`` heading
    the rows of one county, P lies there. None when the sentence is no such row."""
    opening = BRACKET_ROW_RE.match(view.text)
    if opening is None:
        return None
    bodies = _outermost(view.between(opening.end(), len(view.text), ("project", "company")))
    if len(bodies) != 2 or bodies[0].start != opening.end():
        return None
    project, company = bodies
    if (
        project.entity.type != "project"
        or company.entity.type != "company"
        or view.text[project.end : company.start] not in ("（", "(")
        or view.text[company.end :].strip() not in ("）", ")", "）。", ")。")
    ):
        return None
    facts: list[Fact] = [(company.entity.id, "signed", project.entity.id, {})]
    if place is not None:
        facts.append((project.entity.id, "located_in", place.id, {}))
    return facts


def signed(view: SentenceView) -> Iterator[Fact]:
    """Every party of a signing -> the project it names. With one signing in the sentence,
    every person and company of it, and the bodies and places that are a side of the
    agreement (睢县人民政府与X签订了P) or named as 甲方/乙方; with several (A与B签订了P，与C签订了Q),
    each project takes the parties of the signing before it, and a clause that opens with 与
    the first side of the first signing too."""
    # 签约活动次日, 出席签约仪式: the event, not a signing (but A与B…签约仪式举行 is one)
    triggers = [t for t in _triggers(view.text, SIGN_TRIGGERS) if not _signing_event(view.text, *t)]
    if not triggers:
        return
    projects = [
        m
        for m in view.mentions
        if m.entity.type == "project"
        # 落户|宜民合作产业园: where the project lands, a park (but 签约，落地|年产5万吨新型建材项目)
        and not (view.text.endswith(LANDING_WORDS, 0, m.start) and m.entity.name.endswith(PARK_ENDINGS))
        # 贷款…其中1.2亿元用于|P建设: what the money is for, not what was signed
        and not view.text.endswith(PURPOSE_WORDS, 0, m.start)
    ]
    if not projects:
        return
    # not those of a clause after the signing's and its projects' (…签订了P合作协议，X受聘为…)
    last = max(_clause_end(view.text, triggers[-1][0]), _clause_end(view.text, projects[-1].start))
    parties = [m for m in view.mentions if m.entity.type in ("official", "person", "company") and m.start < last]
    all_sides = [_agreement_sides(view, trigger) for trigger, _ in triggers]
    for sides in all_sides:
        if sides is not None:
            parties.extend(m for side in sides for m in side if m.entity.type in ("organization", "district"))
    bodies = _outermost([m for m in view.mentions if m.entity.type in ("organization", "district")])
    parties.extend(m for m in bodies if PARTY_NAMED_RE.search(view.text, 0, m.start))
    if (sides_at := view.text.find("代表双方")) >= 0:  # A管委会主任X与B公司总经理Y分别代表双方签订
        # the bodies they stand for, in that clause (not a witness: 在X主任张某的见证下，…)
        clause = max(view.text.rfind("，", 0, sides_at - 6), view.text.rfind("见证下", 0, sides_at))
        people = [m for m in parties if m.entity.type in PEOPLE and m.start > clause]
        parties.extend(
            m
            for m in bodies
            if m.entity.type == "organization" and m.start > clause and any(0 <= p.start - m.end <= 6 for p in people)
        )
    if len(triggers) == 1:
        pairs = {(party.entity.id, project.entity.id) for party in parties for project in projects}
    else:
        pairs = set()
        for project in projects:
            at = max((i for i, (start, _) in enumerate(triggers) if start < project.start), default=0)
            signers = [q for q in parties if _signing_of(q, triggers) == at]
            # the first signing with its sides (签约仪式上 before it is the event, no signing)
            first = next((sides for sides in all_sides[:at] if sides is not None), None)
            if (
                at > 0
                and first is not None
                and view.text.startswith(ELIDED_SUBJECT, _clause_start(view.text, triggers[at][0]))
            ):
                signers.extend(first[0])
            pairs.update((q.entity.id, project.entity.id) for q in signers)
    for head, tail in sorted(pairs):
        if head != tail:
            yield head, "signed", tail, {}


# the projects of a signing told before with its sides only (A分别与B、C签约。此次签约的P、Q…)
SIGNED_BEFORE_RE = re.compile("(?:此次|本次|这次|当天|现场)签约的")


def signed_later(view: SentenceView, signers: Sequence[Entity]) -> Iterator[Fact]:
    """The projects a sentence says were signed (此次签约的P、Q), signed by ``signers``, the sides
    of the signing told before with no project: each company the project its trade names
    (河南驰远国际物流有限公司 -> 驰远国际保税分拨中心项目), or the one project; each body all."""
    found = SIGNED_BEFORE_RE.search(view.text)
    if found is None or not signers:
        return
    projects = [m.entity for m in view.mentions if m.entity.type == "project" and m.start >= found.end()]
    for signer in signers:
        own = projects
        if signer.type == "company" and len(projects) > 1:
            trade = _trade(signer.name)
            own = [p for p in projects if len(trade) >= 2 and trade[:2] in p.name]
        for project in own:
            yield signer.id, "signed", project.id, {}


def _trade(company: str) -> str:
    """A company's name less the places it opens with and its legal form (驰远国际物流 of
    河南驰远国际物流有限公司)."""
    lexicon, at = load_lexicon(), 0
    while (found := lexicon.division_at(company, at, short=True))[0] is not None:
        at += found[1]
    return re.sub("(?:股份有限公司|有限责任公司|有限公司|集团|公司)$", "", company[at:])


PURPOSE_WORDS = ("用于", "投向", "投入")
SIGNING_EVENTS = ("活动", "仪式", "大会", "现场")
EVENT_TIMES = ("次日", "后", "前", "结束")
EVENT_GUESTS = ("出席", "参加", "观摩", "见证")


def _signing_event(text: str, start: int, end: int) -> bool:
    """Does the trigger at ``start:end`` name a signing event someone attends or that dates
    something (出席签约仪式, 签约活动次日), rather than a signing?"""
    event = next((e for e in SIGNING_EVENTS if text.startswith(e, end)), "")
    if not event:
        return False
    after = end + len(event)
    return text.startswith(EVENT_TIMES, after) or any(
        guest in text[_clause_start(text, start) : start] for guest in EVENT_GUESTS
    )


# a party named with its side of the agreement (代表甲方郸城县人民政府, 乙方深圳市…公司, 甲方：X)
PARTY_NAMED_RE = re.compile("[甲乙]方[：:]?$")


def named_sides(view: SentenceView) -> list[Entity]:
    """The parties a sentence names as 甲方 or 乙方 (甲方：河南瑞丰发制品有限公司；乙方：…), in order."""
    return [
        m.entity
        for m in _outermost([m for m in view.mentions if m.entity.type in SIGNING_PARTIES])
        if PARTY_NAMED_RE.search(view.text, max(0, m.start - 3), m.start)
    ]


# 双方签约P: both sides, named as 甲方 and 乙方 in the sentences before
BOTH_SIDES_RE = re.compile("双方(?:还|也|又|并)?(?:正式|共同|现场)?$")


def signed_by_both(view: SentenceView, sides: Sequence[Entity]) -> Iterator[Fact]:
    """A signing by 双方 with no party in its clause: ``sides`` (named as 甲方 and 乙方
    before) signed the sentence's projects, the first side with the second."""
    if len(sides) < 2:
        return
    projects = [m.entity for m in view.mentions if m.entity.type == "project"]
    for start, _ in _triggers(view.text, SIGN_TRIGGERS):
        clause = (_clause_start(view.text, start), _clause_end(view.text, start))
        named = _outermost(view.between(*clause, (*SIGNING_PARTIES, *PEOPLE, "project")))
        if not BOTH_SIDES_RE.search(view.text, clause[0], start) or any(m.entity.type != "project" for m in named):
            continue  # (郏县 inside 郏县卒中急救中心建设项目 is no party)
        for side in sides:
            for project in projects:
                yield side.id, "signed", project.id, {}
        yield sides[0].id, "signed_with", sides[1].id, {}
        return


# a later signing whose first side is left out, being the first one's (…，与C签订了Q)
ELIDED_SUBJECT = ("与", "同", "并与", "还与", "又与")
ELIDED_CLAUSES = 2  # clauses back to the one whose subject signs


def _signing_of(party: Placed, triggers: list[tuple[int, int]]) -> int:
    """The signing a party takes part in: the first one after it (or the last one)."""
    return next((i for i, (start, _) in enumerate(triggers) if start >= party.end), len(triggers) - 1)


SIGNING_PARTIES = ("company", "organization", "district")
# what joins the two sides of an agreement: 与, 同, 和, after a count of the first side
# (比亚迪股份有限公司、…等12家企业与航空港区签约)
# A等12家企业, B等11家县级医院, C等10对学校
COUNTED_REST = r"(?:等[0-9一二三四五六七八九十两]+[家个所对][\u4e00-\u9fff]{0,6}?)?"
BRACKET = r"[（(][^）)]{0,24}[）)]"  # a short form declared after a party's name (以下简称“启储能源”)
SIDES_JOINED_RE = re.compile(
    f"(?:{BRACKET})?" + COUNTED_REST + r"[，,]?(?:已|还|也|并|又|均|分别){0,3}[与同和](?:乙方)?"
)  # (A(以下简称宏源银行)与B)
SAME_SIDE = ("、", "和", "及", "以及")
# between the second side and the signing: a bracket (以下简称“河南电建”) and a few words (正式, 共同)
# or the venue and the event the signing is of (A与B在市行政中心举行P签约仪式)
BEFORE_SIGNING_RE = re.compile(
    f"(?:{BRACKET})?" + COUNTED_REST + r"(?:[\u4e00-\u9fff]{0,10}|(?:在[^，。；]{2,16}?)?(?:举行|举办)[^，。；]{0,40})"
)


def _agreement_sides(view: SentenceView, trigger: int) -> tuple[list[Placed], list[Placed]] | None:
    """The two sides of the agreement signed at ``trigger``: A与B签署 (上街区人民政府与中国电建集团
    河南工程有限公司签署战略合作框架协议), or None."""
    start = _clause_start(view.text, trigger)
    if start > 0 and view.text.startswith(ELIDED_SUBJECT, start):
        own = _outermost(view.between(start, trigger, SIGNING_PARTIES))
        earlier = [at for at, _ in _triggers(view.text, SIGN_TRIGGERS) if at < start]
        if own and earlier and BEFORE_SIGNING_RE.fullmatch(view.text, own[-1].end, trigger):
            sides = _agreement_sides(view, max(earlier))
            if sides is not None:  # A与B签订P，与C签订Q: A's second agreement, with C
                return sides[0], _side(view.text, own)
        start = _clause_start(view.text, start - 1)  # 代表甲方A，与乙方B签订: A's clause too
        for _ in range(ELIDED_CLAUSES):  # X今年已开展…服务，与B签订: the clause that opens with its subject
            if start == 0 or any(m.start == start for m in view.between(start, trigger, SIGNING_PARTIES)):
                break
            start = _clause_start(view.text, start - 1)
    parties = _outermost(view.between(start, trigger, SIGNING_PARTIES))
    # a place written before the one it holds is no party of its own (浙江|新昌县: 新昌县); nor the
    # short form declared right after a party's name (A（以下简称“启储能源”）)
    joined: list[Placed] = []
    for party in parties:
        last = joined[-1] if joined else None
        if last is not None and last.entity.id == party.entity.id:
            continue
        if last is not None and last.end == party.start and last.entity.type == party.entity.type == "district":
            joined[-1] = party._replace(start=last.start)
        else:
            joined.append(party)
    parties = joined
    for join in range(1, len(parties)):
        if not SIDES_JOINED_RE.fullmatch(view.text, parties[join - 1].end, parties[join].start):
            continue
        first = _side(view.text, parties[:join][::-1])
        second = _side(view.text, parties[join:])
        if (
            not BEFORE_SIGNING_RE.fullmatch(view.text, second[-1].end, trigger)
            or "与" in view.text[second[-1].end : trigger]
        ):
            # 和 joins the first side (A和B与C签署): the sides split at a later 与; or both are of
            # one side, signing with another no name gives (A、B和C分别与客商代表签约)
            continue
        return first, second
    return None


# 淇滨区人民政府与来自广东、浙江等地的8家企业隔屏签约: one side signs with a count of companies
COUNTED_SIDE_RE = re.compile(
    r"与[^，。；]{0,24}?([0-9一二三四五六七八九十两]+)[家个](?:企业|公司|单位|银行|金融机构|投资方|项目方|客商)[\u4e00-\u9fff]{0,8}$"
)
COUNTS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# an item of a list of signed projects (——P，投资方为C；一、P，签约企业：C)
LIST_ITEM_RE = re.compile(
    rf"(?:^|(?<=[：:]))(?:——|[一二三四五六七八九十]+、|[0-9]{{1,2}}[、.．](?![0-9])|[\u2460-\u2473]|[{ITEM_BULLETS}])"
)  # not 总投资：3.5亿元; a bullet (◆P　签约方：A、B)
INVESTOR_WORDS = ("投资方为", "投资方：", "投资方是", "签约企业为", "签约企业：", "签约方为", "投资企业为")


def counted_signing(view: SentenceView) -> tuple[Entity, int] | None:
    """The body that signs with a number of companies in a sentence that names no project
    (A与8家企业签约; the projects follow as a list), and that number (0 when unsaid), or None."""
    if any(m.entity.type == "project" for m in view.mentions):
        return None
    for start, _ in _triggers(view.text, SIGN_TRIGGERS):
        floor = _clause_start(view.text, start)
        if (counted := COUNTED_SIDE_RE.search(view.text, floor, start)) is None:
            continue
        link = view.text.rfind("与", floor, start)
        bodies = _outermost(view.between(floor, link, ("organization", "company")))
        if bodies:
            number = counted.group(1)
            return bodies[-1].entity, int(number) if number.isdigit() else COUNTS.get(number, 0)
    return None


def counted_sides(view: SentenceView, signer: Entity, count: int) -> Iterator[Fact]:
    """The companies named in the sentence after one where ``signer`` signed with ``count`` of
    them, when it names that many and no project (与在许5家银行…签约。根据协议，A、B、C、D和E将…):
    the other sides."""
    companies = _outermost([m for m in view.mentions if m.entity.type == "company"])
    if (
        count < 2
        or len({m.entity.id for m in companies}) != count
        or any(m.entity.type == "project" for m in view.mentions)
    ):
        return
    for company in dict.fromkeys(m.entity.id for m in companies):
        yield signer.id, "signed_with", company, {}


# the heading of a list of signed projects (其中重点签约项目有：, 签约项目如下：)
SIGNING_LIST_RE = re.compile(r"签约[^。；：:]{0,24}(?:如下|有|为|是)[：:]")  # 共签约项目6个，总投资58.6亿元，分别是：


def opens_signing_list(view: SentenceView) -> bool:
    """Does the sentence head a list of signed projects (共签约项目6个，…，分别是：), not one of
    projects seen after a signing (签约仪式结束后，与会人员观摩了在建项目，分别是：)?"""
    found = SIGNING_LIST_RE.search(view.text)
    return found is not None and "项目" in found.group() and not any(v in found.group() for v in VIEWING_WORDS)


VIEWING_WORDS = ("观摩", "参观", "考察", "调研", "视察")
LANDING_WORDS = (*SETTLE_TRIGGERS, *ATTRIBUTIVE_TRIGGERS)  # where a project goes
PARK_ENDINGS = ("产业园", "园区", "工业园", "开发区", "基地", "集聚区")


def is_list_item(view: SentenceView) -> bool:
    return LIST_ITEM_RE.search(view.text) is not None


def listed_signing(view: SentenceView, signer: Entity | None, signing_list: bool = False) -> Iterator[Fact]:
    """An item of a list of signed projects: its investor (投资方为C; in a list under a
    heading of signed projects, ``signing_list``, also 由C投资建设) signed its project, and
    so did ``signer``, the side that signed with all the investors, with each of them."""
    item = LIST_ITEM_RE.search(view.text)
    if item is None:
        return
    listed = [m for m in view.mentions if m.start >= item.end()]  # 如下：——P…: after the heading
    projects = [m for m in listed if m.entity.type == "project"][:1]
    investors = [
        m.entity
        for m in _outermost(listed)
        if m.entity.type == "company"
        and (
            view.text.endswith(INVESTOR_WORDS, 0, m.start)
            or (signing_list and view.text.endswith("由", 0, m.start) and view.text.startswith("投资", m.end))
        )
    ]
    if projects and (sides := _labelled_sides(view, listed)):  # 签约双方：A—B
        first, second = sides
        yield first.id, "signed", projects[0].entity.id, {}
        yield second.id, "signed", projects[0].entity.id, {}
        yield first.id, "signed_with", second.id, {}
        return
    if not projects or not investors:
        return
    project = projects[0].entity
    for investor in investors:
        yield investor.id, "signed", project.id, {}
        if signer is not None:
            yield signer.id, "signed_with", investor.id, {}
    if signer is not None:
        yield signer.id, "signed", project.id, {}


SIDES_LABEL_RE = re.compile("(?:签约双方|签约单位|签约主体|签约方)[：:]")


def _labelled_sides(view: SentenceView, listed: list[Placed]) -> tuple[Entity, Entity] | None:
    """The two parties an item's label names, joined by a dash (签约双方：清丰县人民政府—深圳市
    博远新能源科技有限公司), or None."""
    label = SIDES_LABEL_RE.search(view.text)
    if label is None:
        return None
    parties = [m for m in _outermost(listed) if m.start >= label.end() and m.entity.type in ("organization", "company")]
    if len(parties) < 2 or view.text[parties[0].end : parties[1].start] not in ("—", "——", "-", "－", "、", "与", "和"):
        return None
    return parties[0].entity, parties[1].entity


# a party's representative named after it, and the side they sign for (叶县人民政府副县长栾志刚
# 代表甲方; 平顶山高新区管委会主任温景澄（甲方）)
REPRESENTED_SIDE_RE = re.compile(r"[\u4e00-\u9fff·]{0,12}?(?:代表([甲乙])方|[（(]([甲乙])方[）)])")


def _represented_sides(view: SentenceView, trigger: int) -> tuple[list[Placed], list[Placed]] | None:
    """The two sides of a signing whose parties are named with their representatives, each
    with the side it signs for (A副县长X代表甲方，B董事长Y代表乙方签订…; A主任X（甲方）与B总经理Y（乙方）
    签约), in the part of the sentence before ``trigger`` since its last ；."""
    floor = max(view.text.rfind(mark, 0, trigger) for mark in "；;。") + 1
    sides: dict[str, list[Placed]] = {}
    # (not a place: 辉县市副市长X代表甲方 is its government's, named where it signed)
    parties = _outermost(view.between(floor, trigger, ("organization", "company")))
    for party in parties:
        found = REPRESENTED_SIDE_RE.match(view.text, party.end, trigger)
        if found is not None:
            sides.setdefault(found.group(1) or found.group(2), []).append(party)
    first, second = sides.get("甲", []), sides.get("乙", [])
    if first and second:
        return first[:1], second[:1]
    if "代表双方" not in view.text[floor:trigger]:
        return None
    # A院长X与B院长Y代表双方签订, A董事长X与B总经理Y分别代表双方签署: each body before its representative
    people = view.between(floor, trigger, PEOPLE)
    represented = [party for party in parties if any(0 <= person.start - party.end <= 12 for person in people)]
    # two representatives, each for a body (not 县长X与A副校长Y、B副校长Z: the county's side is unnamed)
    return ([represented[0]], [represented[1]]) if len(represented) == 2 and len(people) == 2 else None


def elided_signing(view: SentenceView, signer: Entity | None) -> Iterator[Fact]:
    """A sentence that opens with 与 after one whose first side signed (A与B签约P；与C签约Q):
    ``signer`` signs with C, and signs Q; a body or place of C's side signs Q too (C's
    companies sign it by :func:`signed`)."""
    if signer is None or not view.text.startswith(ELIDED_SUBJECT):
        return
    triggers = [at for at, _ in _triggers(view.text, SIGN_TRIGGERS) if not _signing_event(view.text, at, at + 2)]
    if not triggers or _clause_start(view.text, triggers[0]) > 0:
        return
    parties = _outermost(view.between(0, triggers[0], SIGNING_PARTIES))
    opening = max((word for word in ELIDED_SUBJECT if view.text.startswith(word)), key=len)
    if not parties or parties[0].start != len(opening):
        return  # the party right after 与 (not 与会…, 与此同时…)
    side = [m for m in _side(view.text, parties) if m.entity.id != signer.id]
    projects = [m for m in view.mentions if m.entity.type == "project" and m.start > triggers[0]][:1]
    for party in side:
        yield signer.id, "signed_with", party.entity.id, {}
        if party.entity.type != "company":
            yield from ((party.entity.id, "signed", project.entity.id, {}) for project in projects)
    yield from ((signer.id, "signed", project.entity.id, {}) for project in projects)


def signed_with(view: SentenceView) -> Iterator[Fact]:
    """Parties of an agreement with each other: the first side -> the second."""
    for trigger, _ in _triggers(view.text, SIGN_TRIGGERS):
        sides = _agreement_sides(view, trigger) or _represented_sides(view, trigger)
        if sides is None:
            continue
        if len(sides[0]) == len(sides[1]) > 1 and "分别" in view.text[sides[0][-1].end : sides[1][0].start]:
            # A、B分别与C、D签订: A with C, B with D
            in_order = [sorted(side, key=lambda m: m.start) for side in sides]
            for head, tail in zip(*in_order, strict=True):
                yield head.entity.id, "signed_with", tail.entity.id, {}
            continue
        for head in sides[0]:
            for tail in sides[1]:
                if head.entity.id != tail.entity.id:
                    yield head.entity.id, "signed_with", tail.entity.id, {}


def _outermost(placed: list[Placed]) -> list[Placed]:
    """The mentions not inside another one (上街区人民政府, not its 上街区)."""
    return [m for m in placed if not any(o is not m and o.start <= m.start and m.end <= o.end for o in placed)]


DECLARED_SHORT_RE = re.compile("^" + BRACKET)


def _side(text: str, parties: list[Placed]) -> list[Placed]:
    """The parties listed together from the first of ``parties`` on (either direction)."""
    side = [parties[0]]
    for party in parties[1:]:
        low, high = sorted((side[-1], party), key=lambda m: m.start)
        if DECLARED_SHORT_RE.sub("", text[low.end : high.start]) not in SAME_SIDE:
            break  # (A（以下简称“启储能源”）、B: one side still)
        side.append(party)
    return side


# a clause whose subject is the article's project or projects (项目位于X, 该项目落户X, 上述项目均将落户X)
PROJECT_SUBJECT_RE = re.compile(r"(?:(该|这个|此)|(上述|以上|这些|签约|各))?项目(?:均|都|将|均将|计划|拟)?$")


QUOTED_PART_RE = re.compile(r"[“\"][^”\"，。]{1,12}[”\"]")


def _bracketed_after(view: SentenceView, district: Placed) -> Placed | None:
    """The company or project a place is bracketed after (睢县鸿途制鞋有限公司（蓼堤镇）): it lies
    there."""
    text = view.text
    if text[district.start - 1 : district.start] not in ("（", "(") or text[district.end : district.end + 1] not in (
        "）",
        ")",
    ):
        return None
    return next(
        (
            m
            for m in view.mentions
            if m.end == district.start - 1 and m.entity.type in ("company", "project") and m.start < m.end
        ),
        None,
    )


TOWN_LEVELS = ("town", "township", "subdistrict")


# a place the gazetteer lacks written after a known one (德国|斯图加特的): a few characters, no word
UNKNOWN_PLACE_RE = re.compile("[\u4e00-\u9fff]{0,5}?的")


def _attributive_of(text: str, end: int) -> int:
    """Where the 的 is that makes the place ending at ``end`` describe what follows it (位于宝安区的X;
    总部位于德国斯图加特的X, a city the gazetteer lacks between), or -1."""
    found = UNKNOWN_PLACE_RE.match(text, end)
    return found.end() - 1 if found is not None else -1


def located_in(view: SentenceView, article_projects: Sequence[str] = ()) -> Iterator[Fact]:
    """``article_projects``: the projects the article named before this sentence, in order, for
    a clause whose subject is 项目 / 该项目 (the last of them, or the last one of this sentence)
    or 上述项目 (all of them)."""
    text = view.text
    districts = _outermost([m for m in view.mentions if m.entity.type == "district"])  # not 郸城县 of 郸城县产业集聚区
    previous_end = -1
    chain: tuple[Placed, str] | None = None  # the first place after a trigger, and the trigger's text
    starts = {d.start for d in districts}
    for district in districts:
        if (bracketed := _bracketed_after(view, district)) is not None:
            yield bracketed.entity.id, "located_in", district.entity.id, {}
            continue
        before = text[max(0, district.start - 5) : district.start]
        if before.endswith(PLACE_TRIGGERS) or AT_TRIGGER_RE.search(before):
            chain = (district, before)
        elif previous_end != district.start:
            chain = None  # 位于修武县莫营镇: X is where the last place of the chain is (莫营镇)
        previous_end = district.end
        if chain is not None and district.end in starts:
            continue  # 修武县|莫营镇: the most specific place is given, as the gold has it
        if chain is None and district.entity.level in TOWN_LEVELS:
            # 上官镇|滑县鑫谷粮食烘干有限公司的院子里: a town written right before a company of its county
            owned = max(
                (m for m in view.mentions if m.start == district.end and m.entity.type == "company"),
                key=lambda m: m.end,
                default=None,
            )
            if owned is not None:
                yield owned.entity.id, "located_in", district.entity.id, {}
        if chain is None and district.end not in starts and text.startswith("的", district.end):
            # 唐河县桐岭镇的南阳宛香黄牛养殖有限公司: where the company is
            # the longest mention there (胡襄镇的|柘城县椒农乐辣椒种植专业合作社, not its 柘城县)
            owned = max((m for m in view.mentions if m.start == district.end + 1), key=lambda m: m.end, default=None)
            if owned is not None and owned.entity.type in ("company", "project"):
                yield owned.entity.id, "located_in", district.entity.id, {}
        if chain is not None:
            head, before = chain
            of = _attributive_of(text, district.end) if before.endswith(ATTRIBUTIVE_TRIGGERS) else -1
            described = _listed_from(view, of + 1) if of >= 0 else []
            if described:
                for item in described:
                    if not is_government_body(item.entity):
                        yield item.entity.id, "located_in", district.entity.id, {}
                continue
            floor = 0 if before.endswith(PLACE_TRIGGERS) else _clause_start(text, head.start)
            trigger_at = head.start - next(len(t) for t in (*PLACE_TRIGGERS, "在") if before.endswith(t))
            subject_words = PROJECT_SUBJECT_RE.search(text, _clause_start(text, trigger_at), trigger_at)
            if subject_words is not None and not any(
                m.start < trigger_at and m.end > subject_words.start() and m.entity.type in LOCATABLE
                for m in view.mentions
            ):  # a bare 项目, not the end of a project's name (启博新能源产业园项目位于…)
                # 由…公司投资建设，项目位于泌阳县羊册镇: the project, not the company named last
                projects = [m.entity.id for m in view.between(0, subject_words.start(), ("project",))]
                if subject_words.group(2):  # 上述项目: every project of the article so far
                    named = list(dict.fromkeys([*article_projects, *projects]))
                else:  # 项目, 该项目: the one named last, in this sentence or before
                    named = (projects or list(article_projects))[-1:]
                for eid in named:
                    yield eid, "located_in", district.entity.id, {}
                continue
            subjects = view.between(floor, head.start, LOCATABLE)[-1:]
            if AT_TRIGGER_RE.search(before) and _starts_a_venue(view, head):
                # …授牌仪式在|汝南县人民医院举行, A将在|B医院设立…: at a body named after the place,
                # which is where the body is, not the one before
                subjects = []
            if before.endswith(LABEL_TRIGGERS):  # the item's project, or the sentence's first
                item = _last(LIST_ITEM_RE.finditer(text, 0, head.start))
                subjects = view.between(item.end() if item else 0, head.start, ("project",))[:1]
            elif (item := _last(LIST_ITEM_RE.finditer(text, 0, head.start))) is not None:
                # ——P，投资方为C，…，落户金湾街道: the item's project, not its investor
                subjects = view.between(item.end(), head.start, ("project",))[:1] or subjects
            elif subjects and subjects[0].entity.type == "company" and text.endswith("由", 0, subjects[0].start):
                # P由C投资22亿元建设，位于马家乡: the project C builds, not C
                built = [m for m in view.between(0, subjects[0].start, ("project",)) if m.end == subjects[0].start - 1]
                subjects = built or subjects
            for subject in subjects:
                # 汝南县中医院“中医馆”落户三桥镇: a part of the body the quote names settles there, not the body
                part = QUOTED_PART_RE.match(text, subject.end, trigger_at)
                if subject.entity.type == "company" and not before.endswith(PLACE_TRIGGERS):
                    continue  # 豫通燃气还在冢头镇建成…调压站, 鼎晟新材将在辉县市投资建设P: what it builds is there
                if not is_government_body(subject.entity) and part is None:
                    yield subject.entity.id, "located_in", district.entity.id, {}
            if AT_TRIGGER_RE.search(before):
                # the outermost: 在柘城县|X有限公司年产…项目现场, the project (the company inside it is its name's)
                subjects = _outermost(view.between(district.end, _clause_end(text, district.end), LOCATABLE))[:1]
                if subjects and (
                    _describes_someone_else(text[district.end : subjects[0].start])
                    or _describes_a_person(view, district.end, subjects[0].start)
                ):
                    subjects = []  # 在浙江温州经商多年的获嘉籍企业家、温州瑞泰鞋业有限公司董事长: a person's past
                if not subjects and head.start == 1 and text.startswith(("，", ","), district.end):
                    # 在双河铺镇，P由C投资…建设: the project the next clause opens with
                    subjects = [m for m in view.mentions if m.start == district.end + 1 and m.entity.type == "project"]
                for subject in subjects:
                    if not is_government_body(subject.entity):  # 在光山县…、县委办公室工作
                        yield subject.entity.id, "located_in", district.entity.id, {}
        if text.startswith(HOLDING_TRIGGERS, district.end) or _lists_right_after(view, district):
            for item in _list_after(view, district):
                if not is_government_body(item.entity):
                    yield item.entity.id, "located_in", district.entity.id, {}
    yield from _located_at_scene(view)


def _describes_someone_else(between: str) -> bool:
    """Is ``between`` (from 在X to a thing after it) a 的-phrase about something else, which
    the thing only follows in a list (在温州经商多年的|企业家、)? Not 在X投资建设的|P, nor
    在X注册设立的|全资子公司P: P itself."""
    at = between.find("的")
    return at >= 0 and "、" in between[at:]


def with_project_companies(view: SentenceView, visits: Iterable[Fact]) -> list[Fact]:
    """``visits``, and for a visit to a company's project named after it in full (柘城县金穗生物
    科技有限公司年产10万吨食品级淀粉糖项目现场), one to the company too."""
    found = list(visits)
    for head, relation, tail, attrs in list(found):
        for project in (m for m in view.mentions if m.entity.id == tail and m.entity.type == "project"):
            company = next(
                (
                    m
                    for m in view.mentions
                    if m.start == project.start and m.end < project.end and m.entity.type == "company"
                ),
                None,
            )
            if company is not None and (head, relation, company.entity.id, attrs) not in found:
                found.append((head, relation, company.entity.id, attrs))
    return found


def _describes_a_person(view: SentenceView, start: int, end: int) -> bool:
    """Does a 的-phrase between ``start`` and ``end`` end at a person (在福建晋江打拼十余年的|甄启航
    回到家乡睢县创办踏峰鞋业): 在X says where the person was, not the thing after?"""
    at = view.text.find("的", start, end)
    return at >= 0 and any(m.start == at + 1 and m.entity.type in ("person", "official") for m in view.mentions)


def _starts_a_venue(view: SentenceView, place: Placed) -> bool:
    """Does ``place`` start the name of a body or company written right after 在 (在汝南县人民医院)?"""
    return any(
        m.start == place.start and m.end > place.end and m.entity.type in ("organization", "company")
        for m in view.mentions
    )


# what a sentence looks at once it is somewhere (在丹水镇，代表团走进X; 到八里湾镇，走访X和Y)
GROUP_NOUN_CHARS = frozenset("组团队")
SCENE_LOOK_TRIGGERS = ("来到", "走进", "察看", "查看", "走访", "参观", "观摩", "调研", "考察", "深入")
SCENE_OPENING_RE = re.compile(r"^(?:随后|当天|之后|接着|同日)?[，,]?在")


def _scene_place(view: SentenceView, comma: int) -> Placed | None:
    """The place the clause ending at ``comma`` says the sentence is in: 在 + places opening
    the sentence (在西峡县丹水镇，), or places gone to (先后到八里湾镇，): the last of one
    chain (西峡县|丹水镇), none when several are listed (到善堂镇、屯子镇，)."""
    text = view.text
    floor = _clause_start(text, comma)
    places = _outermost([m for m in view.mentions if floor <= m.start and m.end <= comma])
    if not places or places[-1].end != comma or places[-1].entity.type != "district":
        return None
    chain = [places[-1]]
    for placed in reversed(places[:-1]):
        if placed.end != chain[0].start or placed.entity.type != "district":
            break
        chain.insert(0, placed)
    # 在邵原镇，…；在王屋镇，…: the scene set at the sentence's start or after a semicolon
    opening = SCENE_OPENING_RE.match(text, floor) if floor == 0 or text[floor - 1] in "；;" else None
    if opening is not None and opening.end() == chain[0].start:
        return chain[-1]
    going = GOING_RE.search(text, floor, chain[0].start)
    if going is not None and going.end() == chain[0].start:
        return chain[-1]
    return None


def _located_at_scene(view: SentenceView) -> Iterator[Fact]:
    """Companies, projects and institutions a sentence looks at in the clause after the one
    saying where it is (在三门峡经济开发区，郇明远首先来到X; 来到渠口乡，察看X) lie there."""
    text = view.text
    for start, end in _triggers(text, SCENE_LOOK_TRIGGERS):
        floor = _clause_start(text, start)
        if (
            floor == 0
            or text[end : end + 1] in GROUP_NOUN_CHARS
            or view.between(floor, start, ("district", *LOCATABLE))
        ):
            continue  # 调研组, 考察团: a group, no looking
        place = _scene_place(view, floor - 1)
        if place is None:
            continue
        cursor = end + 1 if text.startswith("了", end) else end
        places = [m for m in view.mentions if m.entity.type == "district"]
        # what is looked at, listed right after the verb (走进X和Y; not 由X投资建设的Y, 与X座谈)
        for target in _listed_from(view, cursor, VISITABLE):
            if (
                target.entity.type == "district"
                or is_government_body(target.entity)
                # 来到车站镇李庄村食用菌产业园: its name says where it is, more closely than the scene
                or any(p.start == target.start and p.entity.level not in CITY_LEVELS for p in places)
            ):
                continue
            yield target.entity.id, "located_in", place.entity.id, {}


def _last(found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    return next(iter(collections.deque(found, maxlen=1)), None)


def settling(view: SentenceView) -> Iterator[str]:
    """Companies before 入驻/落户 with no place after it: they move into the article's place."""
    for start, end in _triggers(view.text, SETTLE_TRIGGERS):
        if view.between(end, _clause_end(view.text, end), ("district",)):
            continue
        for placed in view.between(0, start, ("company",)):
            yield placed.entity.id


def _lists_right_after(view: SentenceView, district: Placed) -> bool:
    following = [m for m in view.mentions if m.start >= district.end]
    return bool(following) and following[0].start == district.end and following[0].entity.type in LOCATABLE


def _listed_from(view: SentenceView, cursor: int, types: tuple[str, ...] = LOCATABLE) -> list[Placed]:
    """The things (of ``types``) listed from ``cursor`` on: X、Y和Z, each right after the one before."""
    items: list[Placed] = []
    while True:
        # the outermost mention there (叶县鑫源…有限公司, not its 叶县)
        placed = max((m for m in view.mentions if m.start == cursor), key=lambda m: m.end, default=None)
        if placed is None or placed.entity.type not in types:
            return items
        items.append(placed)
        cursor = placed.end
        cursor += next((len(joiner) for joiner in SAME_SIDE if view.text.startswith(joiner, cursor)), 0)


def _list_after(view: SentenceView, district: Placed) -> list[Placed]:
    """X、Y、Z after a district, possibly after 共有/拥有/辖区的."""
    cursor = district.end
    cursor += next((len(word) for word in HOLDING_TRIGGERS if view.text.startswith(word, cursor)), 0)
    return _listed_from(view, cursor)


# what an article about one place makes local: its projects and companies, but not a
# contractor, which builds where it is hired (由河南中豫路桥工程有限公司施工); its venues
# (司法所, 博物馆, 卫生院, 小学), but not other bodies, which an article names standing
# elsewhere (国家反诈中心, 某大学食品科学技术学院) or nowhere (案件管理中心)
CONTRACTOR_WORDS = (
    "建设工程",
    "工程建设",
    "工程有限",
    "工程集团",
    "建设集团",
    "建设有限",
    "建工",
    "路桥",
    "市政工程",
    "工程咨询",
    "咨询有限",
    "监理",
    "勘察",
    "设计院",
)
NOT_CONTRACTORS = ("生物工程", "工程机械", "城市建设投资")  # makers and a city's investment company
VENUE_ENDINGS = (
    "所",
    "馆",
    "医院",
    "卫生院",
    "研究院",
    "研究中心",
    "小学",
    "中学",
    "学校",
    "幼儿园",
    "养老院",
    "敬老院",
    "福利院",
    "幸福院",
)


def placed_by_article(entity: Entity) -> bool:
    """May ``entity`` be placed in the place its article is about, when no sentence places it?"""
    if entity.type == "project":
        return True
    if entity.type == "company":
        return any(word in entity.name for word in NOT_CONTRACTORS) or not any(
            word in entity.name for word in CONTRACTOR_WORDS
        )
    return entity.type == "organization" and entity.name.endswith(VENUE_ENDINGS) and not is_government_body(entity)


def is_government_body(entity: Entity) -> bool:
    """Bodies of a district govern it rather than stand in it; no located_in for them; nor
    for a unit inside one (光山县委|办公室, 鲁山县交通运输局|公路养护中心)."""
    if entity.type != "organization":
        return False
    name = entity.name
    if name.endswith(GOVERNMENT_ENDINGS):
        return True
    if name.endswith("办公室") and not any(word in name for word in COMPANY_WORDS):
        return True  # 光山县河长制办公室, 县乡村振兴办公室: offices of a district's government
    return name.endswith(GOVERNMENT_UNITS) and any(
        name[:i].endswith(("委", "局", "政府", "管委会")) for i in range(4, len(name) - 1)
    )


COMPANY_WORDS = ("公司", "集团", "银行")
GOVERNMENT_UNITS = ("办公室", "中心", "站", "大队", "中队", "所")


PlaceLookup = Callable[[str], "Entity | None"]


def _county_after(rest: str, city: Entity, place: PlaceLookup) -> Entity | None:
    """A county of ``city`` that the rest of a name starts with (郑州|二七医疗...: 二七区)."""
    if city.level != "prefecture":
        return None
    divisions = load_lexicon().divisions
    for length in range(min(len(rest) - 2, 8), 1, -1):
        county = place(rest[:length])
        if county is not None and county.level == "county":
            division = divisions.get(county.code)
            return county if division is not None and division.parent == city.code else None
    return None


TOWN_ENDINGS = ("镇", "乡", "街道", "村", "社区")
# the cities at the level of a province (北京, 天津, 上海, 重庆): a name starting with one is a city's
MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})


def _town_after(rest: str, place: PlaceLookup) -> Entity | None:
    """The town, subdistrict or village the build names that the rest of a name starts with,
    the last of a chain of them (国基路街道宏康社区日间照料中心: 宏康社区)."""
    for length in range(min(len(rest) - 2, 8), 1, -1):
        town = place(rest[:length]) if rest[:length].endswith(TOWN_ENDINGS) else None
        if town is not None and town.level not in CITY_LEVELS:  # 新乡 is a city
            return _town_after(rest[length:], place) or town
    return None


def stem_place(entity: Entity, places: Mapping[str, Entity]) -> Entity | None:
    """尉氏县梁庄辣椒种植专业合作社 -> 梁庄村: the town or village of the article (``places``,
    by name) whose name less its ending (梁庄) a company or project is named with, first
    or after the places its name starts with."""
    if entity.type not in ("company", "project"):
        return None
    name = entity.name
    # after the places the name starts with; first only for a cooperative (太平洋保险 is no 太平村's)
    starts = [
        *([0] if name.endswith("合作社") else []),
        *(i for i in range(3, min(len(name) - 4, 9) + 1) if name[i - 1] in "省市县区镇乡"),
    ]
    for start in starts:
        for length in (3, 2):
            stem = name[start : start + length]
            for ending in ("村", "镇", "乡", "社区"):
                place = places.get(stem + ending)
                if place is not None and place.level not in CITY_LEVELS:
                    return place
    return None


BRANCH_WORDS = ("分行", "支行", "分公司")
# state firms whose local units are named brand + place (国网南阳供电公司, 中国石化郑州石油分公司)
STATE_BRANDS = ("国网", "国家电网", "中国移动", "中国联通", "中国电信", "中国铁塔", "中国邮政", "中国石化", "中国石油")


def _state_unit_place(name: str, place: PlaceLookup) -> Entity | None:
    """The place right after a state firm's brand (国网|南阳|供电公司 -> 南阳市)."""
    brand = next((b for b in STATE_BRANDS if name.startswith(b)), "")
    if not brand:
        return None
    rest = name[len(brand) :]
    for length in range(min(6, len(rest) - 2), 1, -1):
        if (where := place(rest[:length])) is not None:
            return where
    return None


def _branch_place(name: str, place: PlaceLookup) -> Entity | None:
    """The place written right before a branch word that ends ``name`` (中国工商银行许昌分行:
    许昌市), after the name of the bank or company it is a branch of."""
    word = next((w for w in BRANCH_WORDS if name.endswith(w)), "")
    if not word:
        return None
    body = name[: -len(word)]
    for length in range(min(6, len(body) - 2), 1, -1):
        if body[-length - 1] in "行司团" and (where := place(body[-length:])) is not None:
            # 许昌农商银行|朝阳支行: a bank named with its city has its branches in that city
            owner = next((p for k in range(min(6, len(body) - 2), 1, -1) if (p := place(body[:k])) is not None), None)
            if owner is not None and owner.id != where.id and not _within(where, owner) and not _one_of_name(where):
                return None  # (but 宁波博睿服饰有限公司|鲁山分公司: a county of that name alone)
            return where
    return None


def _one_of_name(place: Entity) -> bool:
    """Is ``place`` a county whose short name no other city, county or district bears (鲁山县,
    not 朝阳, a city in Liaoning and districts of Beijing and Changchun)?"""
    lexicon = load_lexicon()
    division = lexicon.divisions.get(place.code or "")
    if division is None or division.level != "county" or not division.short:
        return False
    return sum(len(lexicon.divisions_by_name.get(division.short + level, ())) for level in "市县区旗") == 1


def _within(inner: Entity, outer: Entity) -> bool:
    lexicon = load_lexicon()
    a, b = lexicon.divisions.get(inner.code or ""), lexicon.divisions.get(outer.code or "")
    return a is not None and b is not None and lexicon.within(a, b)


def name_located_in(entity: Entity, place: PlaceLookup, registered: bool = False) -> Entity | None:
    """二七区淮河东路小学 -> 二七区: the longest district name that starts the name (a city
    only for institutions and projects: 郑州市第七人民医院, not 郑州海为电子科技有限公司,
    whose city says where it was registered, unless ``registered``: the place to give
    when the article gives none more specific)."""
    if entity.type not in LOCATABLE or is_government_body(entity):
        return None
    if (where := _branch_place(entity.name, place) or _state_unit_place(entity.name, place)) is not None:
        return where  # 中国工商银行许昌分行 -> 许昌市: a branch lies where its name says
    for length in range(min(len(entity.name) - 2, 12), 1, -1):
        district = place(entity.name[:length])
        if (
            district is not None
            and entity.type == "project"
            and district.name != entity.name[:length]
            and entity.name.startswith(FEATURES, length)
        ):
            return None  # 铜山湖康养度假区项目, 青龙渠提灌工程: a lake or a canal named like a place, not the place
        if district is not None:  # the longest place that starts the name (三门峡, not 三门)
            county = _county_after(entity.name[length:], district, place)
            rest = entity.name[length:]
            if county is not None:  # past the county as written (二七 or 二七区)
                written = (k for k in range(len(rest), 1, -1) if getattr(place(rest[:k]), "id", None) == county.id)
                rest = rest[next(written, 0) :]
            town = _town_after(rest, place)
            if town is not None:
                return town  # 开封市朱仙镇木版年画研究所 -> 朱仙镇
            if county is not None:
                return county  # 郑州二七医疗器械产业园项目 -> 二七区
            city = district.level == "prefecture" or district.code in MUNICIPALITIES
            if district.level not in ("province", "prefecture") or ((registered or entity.type != "company") and city):
                return district
            return None
    return _bracket_place(entity.name, place) if registered and entity.type == "company" else None


BRACKET_PLACE_RE = re.compile(r"[（(]([^（）()]{2,6})[）)]")


def _bracket_place(name: str, place: PlaceLookup) -> Entity | None:
    """The city in brackets inside a company's name (中汽智联（天津）检测技术有限公司: 天津市),
    where it is registered (a province, as in 臻辉生物技术（河南）有限公司, says too little)."""
    found = BRACKET_PLACE_RE.search(name)
    where = place(found.group(1)) if found is not None else None
    return where if where is not None and (where.level != "province" or where.code in MUNICIPALITIES) else None


# natural features and works a place's short name may start (铜山湖, 青龙渠, 淇河)
FEATURES = ("湖", "河", "渠", "山", "水库", "江", "溪", "湾", "岭", "峡", "沟")


def zone_county(zone: Entity, place: PlaceLookup) -> Entity | None:
    """二七经开区 -> 二七区: a development zone named after its county lies in it (or after its
    city: 三门峡经济开发区 is 三门峡市's, not 三门县's, whose short name starts it too)."""
    for length in range(min(len(zone.name) - 2, 6), 1, -1):
        named = place(zone.name[:length])
        if named is not None:
            return named if named.level in ("county", "prefecture") else None
    return None


def co_callers(lead: SentenceView, caller: Entity) -> list[Entity]:
    """The bodies listed after ``caller`` as calling the meeting with it (中共平顶山市委、平顶山市
    人民政府召开: 平顶山市人民政府)."""
    bodies = _outermost([m for m in lead.mentions if m.entity.type in ("organization", "district")])
    first = next((m for m in bodies if m.entity.id == caller.id), None)
    if first is None or (found := CALL_AT_VENUE_RE.match(lead.text, first.end)) is None:
        return []
    listed = [m for m in bodies if first.end <= m.start and m.end <= found.end()]
    joined = []
    for placed in listed:
        if lead.text[(joined[-1].end if joined else first.end) : placed.start] not in (
            "",  # 市政协市政府联合召开 (a headline's)
            "、",
            "和",
            "与",
            "联合",
            "会同",
        ):
            break
        joined.append(placed)
    return [m.entity for m in joined if m.entity.type == "organization"]


def organizer(lead: SentenceView) -> Entity | None:
    """The body or district that called the meeting of an article (二七区工会第五次代表大会举行;
    中牟县第十七届人大常委会第十九次会议召开: the body, not the district its name starts with)."""
    places = [m for m in lead.mentions if m.entity.type == "district"]
    for placed in _outermost([m for m in lead.mentions if m.entity.type in ("organization", "district")]):
        start = placed.start
        while (before := next((m for m in places if m.end == start), None)) is not None:
            start = before.start  # 在邓州市|穰丰镇|丁营村举行
        listed = start
        while (
            earlier := next((m for m in places if m.end == listed - 1 and lead.text[m.end] in "、和"), None)
        ) is not None:
            listed = earlier.start  # 赴上海、|苏州开展招商活动: gone to as well
        gone_to = placed.entity.type == "district" and lead.text.endswith(("到", "赴"), 0, listed)
        if lead.text.endswith(("在", "于"), 0, start) or gone_to or lead.text[start : placed.end] in HOME_NAMES:
            # the venue (在县政务服务中心举办) or the place gone to (到罗山县开展), not the caller; nor
            # 我市 (举行…活动), whose body is unsaid
            continue
        rest = INNER_OR_WHEN_RE.sub("", lead.text[placed.end : placed.end + 30], count=1)
        if (
            CALL_RE.match(rest)
            or CALL_AT_VENUE_RE.match(rest)
            or NAMED_MEETING_CALLED_RE.match(rest)
            or re.match(r"第[一二三四五六七八九十\d]+[次届]", rest)
            or (placed.entity.name.endswith(FEEDBACK_GROUPS) and FEEDBACK_RE.match(rest))
        ):
            return placed.entity
    return None


# an inspection group's feedback meeting (县委第二巡察组向槐屯乡党委反馈巡察情况): the group calls it
FEEDBACK_GROUPS = ("巡察组", "巡视组", "督察组", "督导组", "检查组")
FEEDBACK_RE = re.compile(r"向[^，。；]{2,20}?反馈")


# between a caller and its call: the Party group inside it (柘城县人民法院|党组|召开会议), or when
# (光山县委组织部|当天|召开…座谈会)
INNER_OR_WHEN_RE = re.compile(r"^(?:党组|党委)?(?:当天|近日|日前|今天|昨天|上午|下午)?(?=召开|举行|举办)")
HOME_NAMES = frozenset(word for words in HOME_WORDS.values() for word in words)


# the caller, then the venue or the other callers (西华县人民政府|在县政务服务中心举办;
# 安阳市委|、市政府召开; 市政协|市政府联合召开)
CALL_AT_VENUE_RE = re.compile(
    r"(?:(?:、|联合|会同)[^，。；、]{0,8}?(?:委|政府|局|会|院|部|办)|[市县区][委政][府协]?)*"
    r"(?:在[^，。；]{2,20}?)?(?:联合)?(?:召开|举行|举办)"
    r"|(?:在|到|赴)[^，。；]{2,16}?开展"  # 民建信阳市委员会在新县…开展“同心助学”活动  # 市政协到罗山县开展专项民主监督: the body that goes there
)  # (中共郸城县委|、郸城县人民政府在青石岗镇举行: both; 襄城县人武部|联合县教育局、…召开)


# the body's meeting named, then called (中共宝丰县委|经济工作会议召开)
NAMED_MEETING_CALLED_RE = re.compile(
    r"[\u4e00-\u9fff（）()]{0,16}?(?:会议|大会|全会|推进会|座谈会|协商会)(?:召开|举行)"
)  # 中共延津县委|十四届五次全体（扩大）会议召开


# a district calling the meeting of one of its bodies (二七区举办工商联十届二次主席会议)
BODY_MEETING_RE = re.compile(
    r"(?:组织)?(?:召开|举行|举办)(工商联|人大常委会|政协|总工会|工会|妇联|团委|科协|侨联|残联|文联|纪委监委|纪委)"
)


# the meeting of a district's Party committee or government, named relatively in a lead
# about that district (李振东主持召开县委常委会会议; 县政府召开常务会议)
RELATIVE_MEETING_RE = re.compile(r"召开(?:了)?([区县市])(委|政府)(?:常委会|常务会议|常务会|全体会议|全会|扩大会议)")


def convening_body(lead: SentenceView, convener: Entity) -> str:
    """The name of the district's body whose meeting the district called (二七区工商联,
    内乡县委 for 召开县委常委会会议), or ""."""
    if convener.type != "district":
        return ""
    for placed in lead.mentions:
        if placed.entity is convener and (found := BODY_MEETING_RE.match(lead.text, placed.end)):
            return convener.name + found.group(1)
        if placed.entity is convener and lead.text.endswith(("中国共产党", "中共"), 0, placed.start):
            return convener.name + "委"  # 中国共产党方城县第十五次代表大会, …第十五届委员会第一次全体会议
    relative = RELATIVE_MEETING_RE.search(lead.text)
    if relative is not None and convener.name.endswith(relative.group(1)):
        return convener.name + relative.group(2)
    return ""


# an item of a digest of leaders' doings, opening with its date (12月2日，…; 12月2日下午，…)
DATED_ITEM_RE = re.compile("^(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:上午|下午|晚上|晚)?[，,]")


def meetings(view: SentenceView, conveners: Sequence[Entity]) -> Iterator[Fact]:
    """Who chaired (主持) or attended (出席, 参加…) the meeting of an article, called or
    hosted by ``conveners``."""
    if not conveners:
        return
    separators = _triggers(view.text, CHAIR_TRIGGERS + ATTEND_TRIGGERS + SPEECH_WORDS)
    for words, relation in ((CHAIR_TRIGGERS, "chaired"), (ATTEND_TRIGGERS, "attended")):
        for start, _ in _triggers(view.text, words):
            since = max((e for s, e in separators if e <= start), default=0)
            if relation == "chaired":  # one chairs: the clause of 主持 (X推介…，县长Y主持), not a list
                since = max(since, _clause_start(view.text, start))
            for person in view.between(since, start, PEOPLE):
                for convener in conveners:
                    yield person.entity.id, relation, convener.id, {}
    for found in ATTENDEE_LIST_RE.finditer(view.text):
        end = next((i for i in range(found.end(), len(view.text)) if view.text[i] in "。；！？"), len(view.text))
        for person in view.between(found.end(), end, PEOPLE):
            for convener in conveners:
                yield person.entity.id, "attended", convener.id, {}


HOST_WORDS = ("主办", "联合主办", "共同主办", "联合举办", "共同举办", "举办", "联合召开")


def hosts(view: SentenceView) -> list[Entity]:
    """The bodies an event is hosted by (由洛阳市文化广电和旅游局、栾川县人民政府主办): those
    listed right before 主办; not those that organise it for them (承办, 协办)."""
    bodies = [m for m in _outermost(list(view.mentions)) if m.entity.type in ("organization", "company", "district")]
    for index, body in enumerate(bodies):
        host = next((w for w in HOST_WORDS if view.text.startswith(w, body.end)), "")
        if not host or view.text.startswith("的《", body.end + len(host)):
            continue  # 由县委宣传部主办的《光山报》: a paper's publisher
        if body.entity.type == "district" and host == "举办" and "由" not in view.text[: body.start]:
            continue  # 商水县举办…报告会: the district of the event, the caller's place (kg.facts.organizer)
        listed = [body]
        for before in reversed(bodies[:index]):
            if view.text[before.end : listed[0].start] not in ("、", "和", "与"):
                break
            listed.insert(0, before)
        return [placed.entity for placed in listed]
    return []


def works_for(view: SentenceView, staff_list: bool = False) -> Iterator[Fact]:
    """A person written right after a body (郑州大学辛世俊教授), or after a body and what they
    are there (洛阳市豫剧院演员王红霞, 食品科学技术学院教授何静); with ``staff_list`` (the rows
    are of a list of teachers, doctors, workers), a numbered row of a person and a body."""
    yield from _is_staff_of(view)
    employer: Placed | None = None  # of the person before, for the next one listed with a role
    for body, person in zip(view.mentions, view.mentions[1:]):
        if person.entity.type == "official" and view.text[body.end : person.start] in WORK_ROLES:
            # 市政协委员、新乡学院教授邝丽珺: an official's work besides the office
            yield person.entity.id, "works_for", body.entity.id, {"role": view.text[body.end : person.start]}
        if person.entity.type != "person":
            employer = None
            continue
        if body.entity.type == "person" and employer is not None:
            listed = LISTED_WORKER_RE.fullmatch(view.text, body.end, person.start)
            if listed is not None:  # 心血管内科主任医师岳彦明、神经内科主任医师计雪琴: the same hospital's
                yield person.entity.id, "works_for", employer.entity.id, {"role": listed.group(1)}
                continue
        employer = None
        if body.entity.type not in ("organization", "company"):
            continue
        if person.start < body.end:
            continue  # a person inside the body's name
        between = view.text[body.end : person.start]
        section = SECTION_ROLE_RE.fullmatch(between)
        occupation = OCCUPATION_RE.fullmatch(between)
        if between and between not in WORK_ROLES and section is None and occupation is None:
            continue
        role = section.group(1) if section else between or _role_after(view.text, person.end)
        employer = body if occupation is not None else None
        yield person.entity.id, "works_for", body.entity.id, {"role": role} if role else {}
    if not staff_list:
        return
    outer = [
        m for m in view.mentions if not any(o is not m and o.start <= m.start and m.end <= o.end for o in view.mentions)
    ]
    if len(outer) == 2:  # a row of a list of people and their workplaces (1.鄂雪梅，汝南县高级中学;
        person, body = outer  # 于雯（王庄镇前屯小学）, its bracket a ， since kg.layout)
        if (
            person.entity.type == "person"
            and body.entity.type in ("organization", "company")
            and (person.start == 0 or ROW_NUMBER_RE.fullmatch(view.text[: person.start]))
            and view.text[person.end : body.start] in ("，", ",")
            and not view.text[body.end :].strip("。；; ")
        ):
            yield person.entity.id, "works_for", body.entity.id, {}


def is_person_row(view: SentenceView) -> bool:
    """Is the sentence a row of a list of people, a name then what or where they are
    (于雯，王庄镇前屯小学: kg.layout turned the bracket into ，), not a list's title?"""
    first = view.mentions[0] if view.mentions else None
    return (
        first is not None
        and first.start == 0
        and first.entity.type in PEOPLE
        and view.text.startswith(("，", ","), first.end)
        and not any(mark in view.text[first.end + 1 :].rstrip("。；;") for mark in "，,。；;：:")
    )


# the people a list's title says its rows are: staff of the body in each row (not 学生)
STAFF_WORDS = ("教师", "老师", "医生", "医师", "护士", "职工", "员工", "干部", "民警", "工作者", "工匠", "校长")


# what a person is at the body written before them (演员, 教授): not posts, which kg.extract reads
WORK_ROLES = frozenset(
    {"演员", "教授", "副教授", "专家", "研究员", "医生", "家庭医生", "教师", "老师", "员工", "职工", "柜员"}
)


# a tender's result: the company that won an item, and the staff it names for the works
BIDDER_LABEL_RE = re.compile("(?:中标单位|中标人|成交单位|成交供应商|中标供应商)[：:]")
BIDDER_STAFF_RE = re.compile("(项目经理|项目负责人|总监理工程师|技术负责人)[：:]")


def winning_bidder(view: SentenceView) -> Entity | None:
    """The company a tender's item says won it (中标单位：河南建宏市政工程有限公司), or None."""
    found = BIDDER_LABEL_RE.search(view.text)
    if found is None:
        return None
    won = next((m for m in _outermost(list(view.mentions)) if m.start == found.end()), None)
    return won.entity if won is not None and won.entity.type == "company" else None


def bidders_staff(view: SentenceView, bidder: Entity) -> Iterator[Fact]:
    """The people an item of a tender names for the works (项目经理：芦德胜): the winner's staff."""
    for found in BIDDER_STAFF_RE.finditer(view.text):
        person = next((m for m in view.mentions if m.start == found.end() and m.entity.type in PEOPLE), None)
        if person is not None:
            yield person.entity.id, "works_for", bidder.id, {"role": found.group(1)}


def _is_staff_of(view: SentenceView) -> Iterator[Fact]:
    """A person said to be a company's or a cooperative's head (戚雅琴是郸城县汲冢镇红辣椒种植专业合作社
    理事长): works for it, in that role."""
    if "是" not in view.text:
        return  # most sentences: no need to look at their mentions again
    posts = load_lexicon().posts
    outer = _outermost(list(view.mentions))  # not the county starting the cooperative's name
    for person, body in pairwise(outer):
        if (
            person.entity.type not in PEOPLE
            or body.entity.type != "company"
            or view.text[person.end : body.start] != "是"
        ):
            continue
        role = next(
            (
                view.text[body.end : body.end + n]
                for n in range(6, 1, -1)
                if posts.get(view.text[body.end : body.end + n]) in PERSON_TITLE_KINDS
            ),
            "",
        )
        if role:
            yield person.entity.id, "works_for", body.entity.id, {"role": role}


PERSON_TITLE_KINDS = ("enterprise", "association")


# an occupation at the body written before, maybe in one of its departments (钳工, 食品检验员,
# 心血管内科主任医师, 电子商务专业教师): the work of a person, not a post
OCCUPATION = "(?:[\u4e00-\u9fff]{1,8}?(?:科|部|室|车间|专业|学院))?[\u4e00-\u9fff]{0,4}?(?:工|员|医师|医生|护士|教师|工程师|技师)"
OCCUPATION_RE = re.compile(OCCUPATION)
LISTED_WORKER_RE = re.compile(f"(?:[、，,和及]|以及)({OCCUPATION})")


# a company, the part of the works it has, then the person leading it there
# (中铁三十一局集团有限公司15号线土建二标项目经理秦朗)
SECTION_ROLE_RE = re.compile(r"[0-9][0-9A-Za-z\u4e00-\u9fff]{1,12}?(项目经理|项目负责人|总工程师|项目总工|负责人)")


def _role_after(text: str, end: int) -> str:
    for role in ("教授", "研究员", "博士", "院长", "校长", "主任", "董事长", "总经理"):
        if text.startswith(role, end):
            return role
    return ""
