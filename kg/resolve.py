"""Mentions -> entities: canonical names, aliases, merges across articles and files.

Within one type, a name merges into another when it is
* the same name (樊惠林 in 001 and 004),
* the same name without a district prefix (沪华国庆学校 / 二七区沪华国庆学校,
  时事通医疗器械产业园项目 / 二七时事通医疗器械产业园项目),
* a project without its 项目 ending (时事通医疗器械产业园 / ...项目),
* a company short form whose stem appears in exactly one longer company name
  (时事通公司 -> 河南时事通医疗大数据有限公司, 唐久集团 -> 唐久便利集团).
The canonical name is the fullest form.

People are merged on their name only while their posts agree: two 王强 whose posts lie
in different districts are two entities (``official/王强（二七区）`` and
``official/王强（中原区）``), and a bare mention joins the one of its own file. A user
curation file (:mod:`kg.curation`) fixes types, merges, keeps names apart, splits a
name by file and drops non-entities, on every build.
"""

from __future__ import annotations

import functools
import operator
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from kg.curation import Curation
from kg.extract.chunks import market_town
from kg.extract.posts import CENTRAL_BANK, is_work_post
from kg.extract.words import cut, is_word, pos_tag
from kg.facts import GOVERNMENT_ENDINGS, STATE_BRANDS
from kg.lexicon import ZONE_ENDINGS, Division, countries, load_lexicon
from kg.model import Entity, Mention, Post, add_sorted, union_sorted
from kg.text import OTHER_PARTIES, body_words_short

NUMERALS = "第零一二三四五六七八九十百千"
# bodies of the people of one place living in another (苏州市新乡商会)
HOMETOWN_BODIES = ("商会", "同乡会", "联谊会", "企业家协会")
CAPACITY_START = "年产"  # a project named by its yearly output, after the brand that names it in full
# a yearly capacity before a project's name (年产2万吨|高纯钼材料项目, also 高纯钼材料项目)
CAPACITY_HEAD_RE = re.compile(r"(?:年产|年加工|年处理)[0-9.]+[万千亿]?[^\d]{1,3}")
SHORT_COMPANY_MAX = 8  # characters of a company's short form (时事通公司, 华瑞集团)
COMPANY_ENDINGS = ("股份有限公司", "有限责任公司", "有限公司", "公司", "集团", "专业合作社", "合作社")
PLACE_LEVELS = (
    ("街道", "subdistrict"),
    ("办事处", "subdistrict"),
    ("社区", "community"),
    ("村", "village"),
    ("镇", "town"),
    ("乡", "township"),
    ("苏木", "township"),  # of Inner Mongolia
    ("嘎查", "village"),
    *((ending, "zone") for ending in ZONE_ENDINGS),
)
# (kind, type, name) -> the answer a file's resolution got about the build's names
Reads = dict[tuple[str, str, str], object]


@dataclass
class Resolution:
    entities: dict[str, Entity] = field(default_factory=dict)
    entity_of: dict[tuple[str, int, int], str] = field(default_factory=dict)  # (doc, start, end) -> id
    # type -> the canonical names that mentions anywhere in the build resolve to, so that
    # what relating one file decides does not depend on which files came before it
    named: dict[str, frozenset[str]] = field(default_factory=dict)
    # type -> merge key -> canonical name, for names no mention has (the body of a post)
    keyed: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    # (type, file, short form) -> the longer name of that file it stands for (召陵分局), for
    # the file resolved last
    short_forms: dict[tuple[str, str, str], str] = field(default_factory=dict, repr=False)
    # one object for each distinct post: the same post is stated for many officials, in
    # many files, and a large archive's entities held it hundreds of thousands of times
    posts: dict[Post, Post] = field(default_factory=dict, repr=False)
    # a name several divisions bear -> the code of the one the build means, when not the
    # gazetteer's first (鼓楼区 of 南京市 in a build that names 南京)
    homonyms: dict[str, str] = field(default_factory=dict, repr=False)
    # when set, each answer about the names of the whole build is noted here, (kind, type,
    # name) -> answer: what resolving and relating one file learnt of the other files, so
    # that a later build can tell whether that file's result still holds (Resolver.answers)
    reads: Reads | None = field(default=None, repr=False)

    def is_named(self, type_: str, name: str) -> bool:
        found = name in self.named.get(type_, ())
        if self.reads is not None:
            self.reads[("named", type_, name)] = found
        return found

    def full_name(self, type_: str, name: str, doc: str = "") -> str:
        """The canonical name of the entity ``name`` would merge with (金水区人民法院 ->
        郑州市金水区人民法院 where a text names that; 召陵分局 -> 漯河市公安局召陵分局 in a
        file that names it so), else ``name``."""
        if (short := self.short_forms.get((type_, doc, name))) is not None:
            return short
        if self.is_named(type_, name):
            return name
        key = _merge_key(type_, name)
        found = self.keyed.get(type_, {}).get(key)
        if self.reads is not None:
            self.reads[("keyed", type_, key)] = found
        if found is None:
            return name
        return self.short_forms.get((type_, doc, found), found)  # 郏县委 named elsewhere, 郏县县委 here

    def part(self) -> Resolution:
        """What this resolution found in its files alone, without the build's names: to keep
        in the cache and :meth:`merge` into another build's resolution."""
        return Resolution(entities=self.entities)

    def merge(self, other: Resolution) -> None:
        """Add the entities of ``other`` (the files after this one's) as if they had been
        resolved here: counts and sets joined, posts in order of first statement."""
        posts = self.posts
        for eid, theirs in other.entities.items():
            entity = self.entities.get(eid)
            if entity is None:
                self.entities[eid] = theirs
                theirs.posts = [posts.setdefault(post, post) for post in theirs.posts]
                continue
            entity.aliases = union_sorted(entity.aliases, theirs.aliases)
            entity.docs = union_sorted(entity.docs, theirs.docs)
            entity.articles = union_sorted(entity.articles, theirs.articles)
            entity.mentions += theirs.mentions
            entity.posts.extend(posts.setdefault(post, post) for post in theirs.posts if post not in entity.posts)
            entity.evidence.extend(theirs.evidence)


def post_body_type(organization: str) -> str:
    """The entity type of a post's body: a company by its name's ending, else an organization."""
    if CENTRAL_BANK in organization:
        return "organization"  # 中国人民银行西峡县支行: the central bank's branch, a state body
    if organization.endswith(_company_endings()):
        return "company"  # 公司, 集团, and 清丰农商银行六塔支行
    # a cooperative is a company, a supply and marketing cooperative a body (as kg/data/suffixes.tsv has it)
    return "company" if organization.endswith("合作社") and not organization.endswith("供销合作社") else "organization"


@functools.lru_cache(maxsize=1)
def _company_endings() -> tuple[str, ...]:
    """The name endings that make a company (kg/data/suffixes.tsv), but a cooperative's (below)."""
    return tuple(
        sorted(s.text for s in load_lexicon().suffixes if s.type == "company" and not s.text.endswith("合作社"))
    )


def entity_id(type_: str, name: str) -> str:
    return f"{type_}/{name}"


def new_entity(type_: str, name: str, eid: str | None = None) -> Entity:
    """The entity called ``name``, its fields that follow from the name alone filled in
    (a district's code and level): the same whichever file first names it."""
    type_ = sys.intern(type_)  # a mention's, read back from the build's cache: one per entity otherwise
    entity = Entity(id=eid or entity_id(type_, name), type=type_, name=name)
    if type_ == "district":
        division = load_lexicon().divisions_by_name.get(name, (None,))[0] or countries().get(name)
        entity.code = division.code if division else ""
        entity.level = division.level if division else _place_level(name)
    elif type_ == "organization" and (local := _local_name(name)):
        entity.aliases.append(local)
    return entity


# a village's or community's body written after the places above it (槐营镇苇子坑村党支部,
# 华龙区胜利路街道昆吾社区党委): also known by the part from the village on (苇子坑村党支部)
LOCAL_BODY_RE = re.compile(
    r"^.+(?:镇|乡|街道|办事处|县|区|市)(([\u4e00-\u9fff]{2,4}?)(?:村|社区)"
    r"(?:党支部|党总支|党委|村委会|居委会|村民委员会|居民委员会))$"
)


# a township's (or a commune's) body written after its county (商水县芦湾镇政府, 温县祥云公社党委): also
# 芦湾镇政府
TOWN_BODY_RE = re.compile(
    r"^.+(?:县|区|市)(([\u4e00-\u9fff]{1,4}?)(?:镇|乡|街道|公社)"
    r"(?:党委|党工委|政府|人民政府|人大|人大主席团|纪委|办事处))$"
)


# a zone's body by the zone's name (济源产城融合示范区党工委): also by its kind alone (示范区党工委)
ZONE_BODY_RE = re.compile("^[\u4e00-\u9fff]{2,}((?:示范区|开发区|高新区|经开区|新区|综保区|集聚区)(?:党工委|管委会))$")


def _zone_kind_body(name: str) -> str:
    """The body of a zone by the zone's kind alone (示范区党工委 of 济源产城融合示范区党工委), or ""."""
    found = ZONE_BODY_RE.match(name)
    return found.group(1) if found is not None else ""


@functools.lru_cache(maxsize=1 << 16)
def _local_name(name: str) -> str:
    """The name of a village's, community's or township's body without the places written
    before it, or ""."""
    found = LOCAL_BODY_RE.match(name) or TOWN_BODY_RE.match(name)
    if found is None:
        return ""
    stem = found.group(2)
    if any(ch in stem for ch in "镇乡县区市村") and not (len(stem) == 2 and market_town(stem, 1)):
        return ""  # 张市镇党委: a market town's, no place before the body
    return found.group(1)


def _strip_district_prefix(name: str) -> str:
    """二七区沪华国庆学校 -> 沪华国庆学校. Not when the rest names a body relative to the
    place (中原区委 -> 区委 would merge with 二七区委) or another zone's (二七经开区管委会)."""
    lexicon = load_lexicon()
    place, length = lexicon.division_at(name, longest=len(name) - 2, short=True)
    if place is None:
        return name
    rest = name[length:]
    inner, _ = lexicon.division_at(rest, longest=len(rest) - 2, short=True)
    if inner is not None and lexicon.within(inner, place):
        return _strip_district_prefix(rest)  # 郑州市二七区沪华学校: the county's school
    if inner is not None and rest.endswith(HOMETOWN_BODIES):
        return name  # 苏州市新乡商会: 新乡's people in 苏州, no more 新乡's than 上海新乡商会 is
    # 区委, 县政府办公室; 博爱县|委办公室 (the place's committee): never another place's
    relative = (
        rest[:1] in "区市县省镇乡委" or rest.startswith("政府") or len(rest) <= 3 or rest.startswith(ZONE_ENDINGS)
    )
    if relative:
        return name
    if _body_of_place(rest) or _place_company(rest):
        return place.name + rest  # the place's own, by its full name (南阳中心医院 is 南阳市中心医院)
    return rest


BRAND_TAGS = frozenset({"nz", "nr", "nrt", "nrfg"})


@functools.lru_cache(maxsize=1 << 14)
def _place_company(rest: str) -> bool:
    """Is ``rest`` (what follows a place's name) a company's name of common words alone, with
    no brand (城市轨道交通集团有限公司, 交通投资集团有限公司): a company of that place, which
    another place has its own of (洛阳… is not 郑州城市轨道交通集团有限公司)?"""
    stem = _company_stem(rest)  # or a body's or a project's name, whole (会议中心, 城乡供水一体化工程)
    if len(stem) < 2:
        return False
    words = cut(stem)
    return all(len(word) > 1 and is_word(word) and pos_tag(word) not in BRAND_TAGS for word in words)


def _shared_start(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _place_prefix(text: str, longest: int) -> int:
    """The length of the longest division name (full or short), of at most ``longest``
    characters, that starts ``text``; 0 when none does."""
    return load_lexicon().division_at(text, longest=longest, short=True)[1]


def _capacity_after_places(head: str, named: set[str]) -> bool:
    """Is ``head`` a yearly capacity, after places or none (商水县|年产2万吨)?"""
    found = CAPACITY_HEAD_RE.search(head)
    return found is not None and found.end() == len(head) and _places_only(head[: found.start()], named)


def _places_only(head: str, named: set[str]) -> bool:
    """Is ``head`` one or more places, each a division or a place the file names (伊吾县淖毛湖镇,
    新华街道): what a project's name says where it is (淖毛湖镇洛伊农业产业园项目, also 洛伊…)?"""
    while head:
        length = max([len(place) for place in named if head.startswith(place)], default=0)
        length = max(length, _place_prefix(head, len(head)))
        if not length:
            return False
        head = head[length:]
    return True


def _body_of_place(rest: str) -> bool:
    """人大常委会, 纪委监委, 人民医院: a body every district has, so 中牟县人大常委会 is
    not the 人大常委会 of another county."""
    return rest.endswith(GOVERNMENT_ENDINGS) or rest.startswith(("人大", "人民", "政协", "纪委", *EVERY_PLACE_HAS))


# institutions every city or county has one of, named by the place alone (南阳市中心医院 is not
# 商丘市中心医院; 郏县第一高级中学, 鲁山县第一高级中学)
EVERY_PLACE_HAS = (
    "第",
    "中心医院",
    "中医院",
    "中医医院",
    "妇幼保健院",
    "疾病预防控制中心",
    "疾控中心",
    "实验小学",
    "实验中学",
    "实验学校",
    "高级中学",
    "职业技术学校",
    "职业教育中心",
    "图书馆",
    "博物馆",
    "文化馆",
    "体育馆",
    "会展中心",
    "政务服务中心",
    "融媒体中心",
    "殡仪馆",
    "紧密型",  # 紧密型县域医疗卫生共同体: the medical community every county forms
    "县域医疗",
)


# the short forms papers give government bodies and mass organisations, each the same body
# as its formal name (许昌市发改委 is 许昌市发展和改革委员会), longest formal name first
BODY_SHORT_FORMS = (
    ("农业科学院", "农科院"),
    ("发展和改革委员会", "发改委"),
    ("发展改革委", "发改委"),
    ("市场监督管理局", "市场监管局"),
    ("工商业联合会", "工商联"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康委", "卫健委"),
    ("住房和城乡建设局", "住建局"),
    ("人力资源和社会保障局", "人社局"),
    ("文化广电和旅游局", "文广旅局"),
    ("政务服务和大数据管理局", "政数局"),
    ("工业和信息化局", "工信局"),
    ("科学技术局", "科技局"),
    ("教育体育局", "教体局"),
    ("城市管理局", "城管局"),
    ("医疗保障局", "医保局"),
    ("应急管理局", "应急局"),
    ("交通运输局", "交通局"),
    ("退役军人事务局", "退役军人局"),
    ("妇女联合会", "妇联"),
    ("残疾人联合会", "残联"),
    ("科学技术协会", "科协"),
    ("管理委员会", "管委会"),
    ("河长制办公室", "河长办"),
    ("林长制办公室", "林长办"),
    ("委老干部局", "老干部局"),  # 武陟县委老干部局, a Party committee's bureau, is 县老干部局
)


TAX_ADMINISTRATION = "国家税务总局"  # a place's tax bureau's formal name starts with its head office's


# a Party committee by its formal name (中共商城县委员会, 中共郸城县委): the committee of the place
FORMAL_COMMITTEE_RE = re.compile("^中共(.{2,12}?)(?:委员会|委)$")


# another party's committee by its formal name (民建信阳市委员会): 民建信阳市委
PARTY_COMMITTEE_RE = re.compile(f"^({'|'.join(OTHER_PARTIES)})(.{{2,12}}?)委员会$")


def committee_short_name(name: str) -> str:
    """商城县委 for 中共商城县委员会 or 中共商城县委, 民建信阳市委 for 民建信阳市委员会, when what
    is between names a division; else ``name``."""
    if (party := PARTY_COMMITTEE_RE.match(name)) is not None:
        if party.group(2) in load_lexicon().divisions_by_name:
            return party.group(1) + party.group(2) + "委"
        return name
    found = FORMAL_COMMITTEE_RE.match(name)
    if found is None or found.group(1) not in load_lexicon().divisions_by_name:
        return name
    return found.group(1) + "委"


# a Party committee's or a CPPCC's standing committee (内乡县委常委会, 杞县政协常委会): its meetings
# are the committee's, and the papers' posts name the committee (县委常委 of 内乡县委)
STANDING_COMMITTEE_RE = re.compile("^(.{2,12}(?:[省市县区旗]委|党委|党工委|政协))常委会$")


def standing_committee_body(name: str) -> str:
    """内乡县委 for 内乡县委常委会, 杞县政协 for 杞县政协常委会; else ``name``."""
    found = STANDING_COMMITTEE_RE.match(name)
    return found.group(1) if found else name


def level_written_once(name: str) -> str:
    """郏县委 for 郏县县委 (and 郏县委组织部 for 郏县县委组织部): the papers of a county of one
    character write its level again before 委, and its committee is one body either way."""
    if len(name) > 3 and name[2:4] == name[1] + "委" and name[:2] in load_lexicon().divisions_by_name:
        return name[:2] + name[3:]
    return name


# the state banks by the short names the papers give their branches (农行周口分行)
BANK_SHORT_NAMES = (
    ("农发行", "中国农业发展银行"),
    ("农行", "中国农业银行"),
    ("工行", "中国工商银行"),
    ("建行", "中国建设银行"),
    ("中行", "中国银行"),
    ("交行", "交通银行"),
    ("邮储银行", "中国邮政储蓄银行"),
)


def bank_full_name(name: str) -> str:
    """中国农业银行周口分行 for 农行周口分行: a state bank's branch by its bank's full name."""
    for short, full in BANK_SHORT_NAMES:
        if name.startswith(short) and name.endswith(BRANCH_ENDINGS):
            return full + name[len(short) :]
    return name


def _merge_key(type_: str, name: str) -> str:
    if type_ == "company":
        name = bank_full_name(name)
    if type_ in ("organization", "project", "company"):
        if type_ == "organization":
            name = standing_committee_body(level_written_once(committee_short_name(name)))
            # the short form before the place is judged: 鹤壁市农科院 is 鹤壁市农业科学院
            formal, short = next(((f, s) for f, s in BODY_SHORT_FORMS if name.endswith(f)), ("", ""))
            name = name[: len(name) - len(formal)] + short if formal else name
        stripped = _strip_district_prefix(name.removeprefix(TAX_ADMINISTRATION)).replace("总工会", "工会")
        stripped = body_words_short(stripped)
        if type_ == "project" and stripped.endswith("项目") and len(stripped) > 4:
            stripped = stripped[:-2]
        if type_ == "project":  # 200兆瓦独立共享储能电站 is 200兆瓦/400兆瓦时…: its energy left out
            stripped = STORED_ENERGY_RE.sub("", stripped)
            # 煤基高性能碳纤维研发及产业化项目, later 煤基高性能碳纤维项目: the work written or not
            stripped = (
                stripped.removesuffix(DEVELOPED_AND_MADE) if len(stripped) > len(DEVELOPED_AND_MADE) + 2 else stripped
            )
        return stripped
    return name


DEVELOPED_AND_MADE = "研发及产业化"
# the energy a storage plant holds, after its power (200兆瓦|/400兆瓦时)
STORED_ENERGY_RE = re.compile("/[0-9.]+(?:兆瓦时|千瓦时|吉瓦时|MWh|GWh)")


# a group's local subsidiary, its place in brackets (赫尔曼精密机械（开封）有限公司)
SUBSIDIARY_PLACE_RE = re.compile("[（(][\u4e00-\u9fff]{2,4}[）)](?:有限|股份|有限责任)?公司$")


def _company_stem(name: str) -> str:
    for ending in COMPANY_ENDINGS:
        if name.endswith(ending):
            return name[: -len(ending)]
    return name


def _shortens(short: str, full: str) -> bool:
    """Is ``short`` the organization name ``full`` less one part inside it, keeping two or
    more characters at each end (樱桃沟管委会 of 樱桃沟景区管委会)? Not when what comes
    before the part left out is a place alone (郑州博物馆 is not 郑州聚瓷博物馆, nor
    河南大学 河南中医药大学), nor when that part is a number (郑州市第七人民医院 is not
    郑州市人民医院)."""
    if len(short) < 4 or len(full) <= len(short):
        return False
    head = _shared_start(short, full)
    tail = _shared_start(short[::-1], full[::-1])
    if head < 2 or tail < 2 or head + tail < len(short):
        return False
    cut_start = min(head, len(short) - tail)
    if cut_start - _place_prefix(short, cut_start) < 2:
        return False
    left_out = full[cut_start : cut_start + len(full) - len(short)]
    return not any(ch.isdigit() or ch in NUMERALS for ch in left_out)


ZONE_SPELLINGS = (("经开区", "经济技术开发区"), ("高新区", "高新技术产业开发区"))


def spelled_out(zone: str) -> str:
    """济源高新技术产业开发区 for 济源高新区: a zone's name with its kind written in full."""
    for short, full in ZONE_SPELLINGS:
        if zone.endswith(short):
            return zone[: -len(short)] + full
    return zone


def _place_before(short: str, full: str) -> bool:
    """Is ``full`` ``short`` after a place (汝南县|第三实验小学), so that in one file the bare
    name is that place's?"""
    head = len(full) - len(short)
    return len(short) >= 4 and head >= 2 and full.endswith(short) and _place_prefix(full, head) == head


def _ends_named(short: str, full: str) -> bool:
    """Is ``short`` the end of ``full`` and named after a place (召陵分局 of 漯河市公安局召陵分局),
    or a unit of the body before it (丁庄人民法庭 of 魏都区人民法院丁庄人民法庭, 交通管理大队 of
    淇县公安局交通管理大队; 交警支队 of 鹤壁市公安局交通警察支队)?"""
    full = full.replace("交通警察", "交警")
    return (
        len(short) >= 4
        and len(full) > len(short) + 1
        and full.endswith(short)
        and not full[: -len(short)].endswith(OTHER_PARTIES)  # 共青团昆山市委 is not 昆山市委
        and (
            _place_prefix(short, len(short) - 2) >= 2
            or (short.endswith(UNIT_ENDINGS) and full[: -len(short)].endswith(UNIT_PARENT_ENDINGS))
        )
    )


# units named after what they do or where they sit, inside a court, a police bureau or a brigade
UNIT_ENDINGS = ("人民法庭", "支队", "大队", "中队", "派出所", "巡察组")
UNIT_PARENT_ENDINGS = ("法院", "公安局", "分局", "支队", "大队", "委")  # (漯河市委|第一巡察组)


BRANCH_ENDINGS = ("分行", "支行")
COMPANY_FORMS = ("股份有限公司", "有限责任公司", "有限公司")


def _branded_form(name: str, full: str) -> bool:
    """Is ``name`` a company's project by the company's short name or by its products alone, and
    ``full`` the same by the company's registered name (中钰新材料年产5万吨…项目 and 济源市中钰新材料
    科技有限公司年产5万吨…项目; 沁禾电器智能厨电项目 and 河南沁禾电器科技有限公司年产80万台智能厨电
    项目; 汽车冲压件项目 and 昆山恺越精密模具有限公司精密模具及汽车冲压件项目)?"""
    shared = next((k for k in range(len(name) - 3) if full.endswith(name[k:])), -1)
    if shared < 0:
        return False
    brand, head = name[:shared], full[: len(full) - len(name) + shared]
    at = max((head.rfind(form) + len(form) for form in COMPANY_FORMS if form in head), default=-1)
    if at < 0:
        return False
    company, extra = head[:at], head[at:]
    if not brand:
        # 精密模具及|汽车冲压件项目; 年产80万台|智能厨电项目
        return (extra.endswith(("及", "和")) and 2 <= len(extra) <= 8) or extra.startswith(CAPACITY_START)
    return brand in company and (not extra or extra.startswith(CAPACITY_START))


def _state_unit_short(name: str, full: str) -> bool:
    """Is ``name`` a state firm's local unit by its brand (中国移动西平分公司) and ``full`` the same
    by its registered name (中国移动通信集团河南有限公司西平分公司)?"""
    brand = next((b for b in STATE_BRANDS if name.startswith(b) and full.startswith(b)), "")
    rest = name[len(brand) :]
    return bool(brand) and len(rest) >= 4 and full.endswith(rest) and rest.endswith(("分公司", "公司"))


def _abbreviates(name: str, full: str) -> bool:
    """Is ``name`` ``full`` with its trade abbreviated, as papers shorten state groups (驻马店市
    文旅集团 of 驻马店市文化旅游投资集团有限公司: 文旅 the first characters of 文化 and 旅游): the same
    place, then two to four characters found in order in the full trade, from its first one?"""
    stem = _company_stem(name)
    ending = name[len(stem) :]
    if ending not in ("集团", "公司") or ending not in full:
        return False
    full_stem = _company_stem(full)
    place = _place_prefix(stem, len(stem))
    full_place = _place_prefix(full_stem, len(full_stem))
    if place:
        if full_stem[:place] != stem[:place]:
            return False
        full_place = place
    elif stem[:1] in "省市县区" and full_place and full_stem[full_place - 1] == stem[0]:
        place = 1  # 市文旅集团 of 驻马店市…: the paper's city by its level
    else:
        return False
    trade, full_trade = stem[place:], full_stem[full_place:]
    if not 2 <= len(trade) <= 4 or len(full_trade) <= len(trade) or full_trade[0] != trade[0]:
        return False
    rest = iter(full_trade)
    return all(c in rest for c in trade)


def _without_company_form(name: str) -> str:
    """A bank's branch named without its company form (豫汇银行股份有限公司安阳分行 -> 豫汇银行安阳分行)."""
    for form in COMPANY_FORMS:
        at = name.find(form)
        if at > 0 and at + len(form) < len(name):
            return name[:at] + name[at + len(form) :]
    return name


def _names_containing(names: set[str]) -> Callable[[str], list[str]]:
    """A function from a string of two or more characters to the ``names`` that contain
    it, which looks only at the names sharing its rarest pair of characters: comparing
    every name with every other took minutes for the companies of a large archive."""
    by_pair: dict[str, list[str]] = defaultdict(list)
    for name in names:
        for pair in {name[i : i + 2] for i in range(len(name) - 1)}:
            by_pair[pair].append(name)

    def containing(text: str) -> list[str]:
        rarest = min((by_pair.get(text[i : i + 2], []) for i in range(len(text) - 1)), key=len)
        return [name for name in rarest if text in name]

    return containing


def _canonical_map(type_: str, names: Counter[str], curation: Curation) -> dict[str, str]:
    """Each name of one type -> its canonical (fullest) form."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[_merge_key(type_, name)].append(name)
    canonical: dict[str, str] = {}
    for members in (part for group in groups.values() for part in _same_place_parts(group)):
        best = max(members, key=lambda n: (len(n), names[n], n))
        if type_ == "organization":
            # 中共商城县委员会 -> 商城县委, the name its posts use; 商城县委常委会 -> 商城县委
            best = standing_committee_body(committee_short_name(best))
        for name in members:
            canonical[name] = name if curation.apart(name, best) else best
    if type_ == "company":
        stems = {target: _company_stem(target) for target in set(canonical.values())}
        containing = _names_containing(set(stems))
        for name, target in list(canonical.items()):
            stem = stems[target]
            if len(stem) < 2 or stem == target:
                continue
            longer = [f for f in containing(stem) if f != target and len(f) > len(target)]
            if target.endswith("集团"):  # 赫尔曼集团, the group of 赫尔曼精密机械（开封）有限公司: not that
                longer = [f for f in longer if "集团" in f or not SUBSIDIARY_PLACE_RE.search(f)]
            if len(longer) == 1 and not curation.apart(name, longer[0]):
                canonical[name] = longer[0]
        for name, target in list(canonical.items()):
            while canonical.get(target, target) != target:
                target = canonical[target]
            canonical[name] = target
    return canonical


def _same_place_parts(members: list[str]) -> list[list[str]]:
    """``members`` (names of one merge key) split by the places they are named after: names
    after two places neither of which is inside the other are two things (汤阴县丰源面业有限公司,
    武陟县丰源面业有限公司), as a company's name is unique only where it is registered. A name
    after a place that contains those of several parts (河南…), or after none when there are
    several (丰源面业有限公司), is a part of its own: it cannot be told which it is."""
    if len(members) < 2:
        return [members]
    lexicon = load_lexicon()
    placed = {name: _named_after_place(name) for name in members}
    places = {place for place in placed.values() if place is not None}
    leaves = sorted(
        (place for place in places if not any(other != place and lexicon.within(other, place) for other in places)),
        key=lambda place: place.code,
    )
    if len(leaves) < 2:
        return [members]
    parts: dict[str, list[str]] = defaultdict(list)
    for name in members:
        place = placed[name]
        fits = [leaf for leaf in leaves if place is not None and (leaf == place or lexicon.within(leaf, place))]
        parts[fits[0].code if len(fits) == 1 else f"-{name}"].append(name)
    return [parts[key] for key in sorted(parts)]


def _named_after_place(name: str) -> Division | None:
    """The innermost division of the places ``name`` starts with (郑州市二七区… -> 二七区), or None."""
    lexicon = load_lexicon()
    place, length = lexicon.division_at(name, longest=len(name) - 2, short=True)
    while place is not None:
        inner, more = lexicon.division_at(name, start=length, longest=len(name) - length - 2, short=True)
        if inner is None or not lexicon.within(inner, place):
            break
        place, length = inner, length + more
    return place


def _place_level(name: str) -> str:
    for suffix, level in PLACE_LEVELS:
        if name.endswith(suffix):
            return level
    return ""


@functools.cache
def _kinds() -> frozenset[str]:
    """The endings that name a kind of body or project (卫生院, 公安局, 基地), as the suffix table has them."""
    return frozenset(s.text for s in load_lexicon().suffixes if s.type in ("organization", "project"))


def bare_kind(type_: str, name: str) -> bool:
    """Is ``name`` a body's or project's kind alone, with at most the level of an unsaid place
    (镇卫生院, 公安局, 学校, 基地)?"""
    if type_ not in ("organization", "project") or name.endswith("办"):
        return False  # (乡河长办, 镇林长办: offices the relations name in full later)
    return name in _kinds() or (name[:1] in BARE_LEVELS and name[1:] in _kinds())


BARE_LEVELS = frozenset("乡镇村县市区校")


def curate(mention: Mention, curation: Curation) -> Mention | None:
    """The mention as the user's corrections have it (type, canonical name), or None if dropped."""
    if mention.name in curation.types:
        mention = replace(mention, type=curation.types[mention.name])
    if mention.name in curation.merge:
        mention = replace(mention, canonical=curation.merge[mention.name])
    return None if curation.dropped(mention.type, mention.name) else mention


def _curated_name(type_: str, name: str, curation: Curation) -> tuple[str, str] | None:
    """:func:`curate` of a mention's type and name (all it reads)."""
    type_ = curation.types.get(name, type_)
    name = curation.merge.get(name, name)
    return None if curation.dropped(type_, name) else (type_, name)


PEOPLE = ("official", "person")
Posts = dict[tuple[str, int, int], list[Post]]
Signatures = dict[tuple[str, str, str], set[frozenset[str]]]  # (type, name, doc) -> districts of its posts


_MENTION_ORDER = operator.attrgetter("doc", "start", "end", "type")


def _key(mention: Mention) -> tuple[str, int, int]:
    return (mention.doc, mention.start, mention.end)


def _post_districts(mention: Mention, posts: Posts, former: bool = False) -> frozenset[str]:
    """Where the posts stated with a mention are: those held now, or (``former``) before."""
    # a zone by its short name or in full (鹤壁高新区, 鹤壁高新技术产业开发区) is one place
    return frozenset(spelled_out(p.district) for p in posts.get(_key(mention), ()) if p.district and p.former == former)


def _states_posts(mention: Mention, posts: Posts) -> bool:
    return any(p.district for p in posts.get(_key(mention), ()))


ArticleSignatures = dict[tuple[str, str, str, int], frozenset[str]]


def _article_signatures(mentions: Iterable[Mention], posts: Posts) -> ArticleSignatures:
    """The districts of all the posts a name has in one article: one person, whose career
    the article may tell (李振东同志任内乡县委书记…原任南阳市发展和改革委员会主任)."""
    found: dict[tuple[str, str, str, int], frozenset[str]] = {}
    people = [m for m in mentions if m.type in PEOPLE]
    for mention in people:
        if sig := _post_districts(mention, posts):
            key = (mention.type, mention.name, mention.doc, mention.article)
            found[key] = found.get(key, frozenset()) | sig
    # a post held before is a career's past (曾任郾城区副区长的钮嘉伟, now a bureau head of the
    # city), no sign of another person where the file names one holding a post now; the
    # posts held before count only for a name that holds none now in its file
    holding = {key[:3] for key in found}
    for mention in people:
        if (mention.type, mention.name, mention.doc) not in holding and (
            sig := _post_districts(mention, posts, former=True)
        ):
            key = (mention.type, mention.name, mention.doc, mention.article)
            found[key] = found.get(key, frozenset()) | sig
    return found


def _signature(mention: Mention, by_article: ArticleSignatures) -> frozenset[str]:
    return by_article.get((mention.type, mention.name, mention.doc, mention.article), frozenset())


# (type, name, file, districts of the posts stated with it) -> how many mentions
ObservedNames = dict[tuple[str, str, str, frozenset[str]], int]


def _homonyms(names: dict[str, Counter[str]]) -> dict[str, str]:
    """The districts a build names that several divisions bear (鼓楼区 in 南京, 开封, 福州,
    徐州) -> the code of the one whose prefecture and province the build's names start with
    most often (南京市, 南京 or 南京市鼓楼区人民法院), when that is not the gazetteer's first."""
    lexicon = load_lexicon()
    shared = {
        name: candidates
        for name in names.get("district", ())
        if len(candidates := lexicon.divisions_by_name.get(name, ())) > 1
    }
    if not shared:
        return {}
    above: dict[str, list[str]] = {}  # candidate's code -> the names of the places above it
    for candidates in shared.values():
        for division in candidates:
            parent, words = lexicon.parent_of(division), []
            while parent is not None:
                words += [parent.name, parent.short] if parent.short else [parent.name]
                parent = lexicon.parent_of(parent)
            above[division.code] = words
    wanted = {word for words in above.values() for word in words}
    longest = max(map(len, wanted))
    starts: Counter[str] = Counter()
    for counts in names.values():
        for name, count in counts.items():
            for length in range(2, min(longest, len(name)) + 1):
                if name[:length] in wanted:
                    starts[name[:length]] += count
    chosen = {}
    for name, candidates in sorted(shared.items()):
        best = max(candidates, key=lambda d: sum(starts[word] for word in above[d.code]))  # ties: the first
        if best is not candidates[0]:
            chosen[name] = best.code
    return chosen


def observed_names(mentions: Iterable[Mention], posts: Posts) -> ObservedNames:
    """What :meth:`Resolver.observe` needs of a file's mentions, before curation: small
    enough for a worker to send instead of the mentions."""
    counts: Counter[tuple[str, str, str, frozenset[str]]] = Counter()
    mentions = list(mentions)
    by_article = _article_signatures(mentions, posts)
    for mention in mentions:
        sig = _signature(mention, by_article) if _states_posts(mention, posts) else frozenset()
        counts[(mention.type, mention.name, mention.doc, sig)] += 1
    return dict(counts)


def _people_of(signatures: set[frozenset[str]]) -> dict[frozenset[str], str]:
    """The people a name's post districts stand for: signatures that share a district are
    one person's (内乡县 and 内乡县、南阳市: a career), disjoint ones different people's;
    each signature -> its person's districts, joined."""
    groups: list[tuple[set[frozenset[str]], set[str]]] = []
    for sig in sorted(signatures, key=sorted):
        joined = [g for g in groups if g[1] & sig]
        merged: tuple[set[frozenset[str]], set[str]] = ({sig}, set(sig))
        for group in joined:
            merged[0].update(group[0])
            merged[1].update(group[1])
            groups.remove(group)
        groups.append(merged)
    return {sig: "、".join(sorted(districts)) for sigs, districts in groups for sig in sigs}


class Resolver:
    """Resolution in two streaming passes over the documents.

    ``observe`` every document (names and the districts of people's posts: memory grows
    with distinct names, not with the text), ``finish``, then ``resolve`` each document
    in turn into :class:`Resolution` entities.
    """

    def __init__(self, curation: Curation | None = None) -> None:
        self.curation = curation or Curation()
        self.names: dict[str, Counter[str]] = defaultdict(Counter)
        self.signatures: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)
        # (type, name) -> signature -> the person it is, for names borne by several people
        self.people: dict[tuple[str, str], dict[frozenset[str], str]] = {}
        self.canonical: dict[str, dict[str, str]] = {}
        self.homonyms: dict[str, str] = {}
        self.named: dict[str, frozenset[str]] = {}  # type -> every canonical name of the build
        self.keyed: dict[str, dict[str, str]] = {}  # type -> merge key -> canonical name

    def _curated(self, mentions: list[Mention]) -> list[Mention]:
        curation = self.curation
        if not (curation.types or curation.merge or curation.drop):
            return list(mentions)  # nothing to correct
        return [m for m in (curate(m, curation) for m in mentions) if m is not None]

    def observe(self, mentions: list[Mention], posts: Posts) -> None:
        self.observe_names(observed_names(mentions, posts))

    def observe_names(self, observed: ObservedNames) -> None:
        curation = self.curation
        corrected = bool(curation.types or curation.merge or curation.drop)
        for (type_, name, _, sig), count in observed.items():
            if corrected:
                curated = _curated_name(type_, name, curation)
                if curated is None:
                    continue
                type_, name = curated
            self.names[type_][name] += count
            if sig and type_ in PEOPLE:
                self.signatures[(type_, name)].add(sig)

    def finish(self) -> None:
        self.people = {}
        for key, signatures in self.signatures.items():
            if len(signatures) > 1 and len(set((people := _people_of(signatures)).values())) > 1:
                self.people[key] = people
        self.canonical = {
            type_: _canonical_map(type_, names, self.curation) for type_, names in sorted(self.names.items())
        }
        self.homonyms = _homonyms(self.names)
        self.named = {type_: frozenset(names.values()) for type_, names in self.canonical.items()}
        self.keyed = {}
        for type_, names in self.named.items():
            by_key = self.keyed[type_] = {}
            for name in sorted(names):
                by_key.setdefault(_merge_key(type_, name), name)

    def new_resolution(self, reads: Reads | None = None) -> Resolution:
        """An empty :class:`Resolution` that knows every name of the build (after ``finish``);
        with ``reads``, it and :meth:`resolve` note there what they learn of those names."""
        return Resolution(named=self.named, keyed=self.keyed, homonyms=self.homonyms, reads=reads)

    def answer(self, kind: str, type_: str, name: str) -> object:
        """What this build answers to a question a resolution noted in its ``reads``."""
        if kind == "canonical":
            return self.canonical.get(type_, {}).get(name)
        if kind == "people":
            return self.people.get((type_, name))
        if kind == "named":
            return name in self.named.get(type_, ())
        if kind == "keyed":
            return self.keyed.get(type_, {}).get(name)
        raise ValueError(f"unknown kind of read: {kind!r}")

    def answers(self, reads: Reads) -> bool:
        """Whether this build answers every question of ``reads`` as the build that noted
        them did: then resolving and relating that file would give what it gave then."""
        answer = self.answer
        return all(answer(*question) == found for question, found in reads.items())

    def _canonical(self, type_: str, name: str, reads: Reads | None) -> str | None:
        found = self.canonical.get(type_, {}).get(name)
        if reads is not None:
            reads[("canonical", type_, name)] = found
        return found

    def _qualifier(
        self,
        mention: Mention,
        posts: Posts,
        in_file: Signatures,
        by_article: ArticleSignatures,
        reads: Reads | None = None,
    ) -> str:
        """Which person a mention of a shared name is: "" unless the name is split.
        ``in_file``: the districts of the posts each person's name has in each file."""
        if mention.type not in PEOPLE:
            return ""
        if mention.name in self.curation.split_by_file:
            return mention.doc
        people = self.people.get((mention.type, mention.name))
        if reads is not None:
            reads[("people", mention.type, mention.name)] = people
        if people is None:
            return ""
        sig = _signature(mention, by_article) if _states_posts(mention, posts) else frozenset()
        if not sig:
            in_doc = in_file.get((mention.type, mention.name, mention.doc), set())
            sig = next(iter(in_doc)) if len(in_doc) == 1 else frozenset()
        return people.get(sig, "、".join(sorted(sig)))

    def _full_names(
        self, mentions: list[Mention], posts: Posts | None = None, reads: Reads | None = None
    ) -> dict[tuple[str, str, str], str]:
        """(type, doc, short form) -> the one longer name of the same file that it shortens,
        whatever other files name: a company's stem (华瑞公司 -> 河南华瑞新材料有限公司), an
        organization's name less a middle part (樱桃沟管委会 -> 樱桃沟景区管委会), a zone's
        short name (航空港区 -> 郑州航空港经济综合实验区), a project's name from its capacity on
        (年产2万吨锂电负极材料项目 -> 润泽新能源年产2万吨锂电负极材料项目)."""
        by_doc: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # (type, doc) -> name -> canonical
        bodies: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # the same for post bodies
        places: dict[str, set[str]] = defaultdict(set)  # doc -> the places it names
        for mention in mentions:
            if mention.type == "district":
                places[mention.doc].add(mention.name)
            if mention.type in ("company", "organization", "project") or (
                mention.type == "district" and mention.name.endswith(ZONE_ENDINGS)
            ):
                by_doc[(mention.type, mention.doc)][mention.name] = self.canonical[mention.type][mention.name]
            for post in (posts or {}).get(_key(mention), ()):  # the bodies of its posts (望田镇党委书记)
                body_type = post_body_type(post.organization)
                canonical = self._canonical(body_type, post.organization, reads) or post.organization
                bodies[(body_type, mention.doc)].setdefault(post.organization, canonical)
        found: dict[tuple[str, str, str], str] = {}
        for (type_, doc), named in bodies.items():
            for name in named:
                if (once := level_written_once(name)) != name:  # 县委副书记 after 郏县县委书记: as the file writes it
                    found[(type_, doc, once)] = name
        for key, named in bodies.items():  # a body known without its county (望田镇党委), one longer form
            names = by_doc[key]
            candidates = {*names.values(), *named.values()}
            local: dict[str, set[str]] = defaultdict(set)
            for full in candidates:
                if short := _local_name(full) or _zone_kind_body(full):
                    local[short].add(full)
            for name, short in named.items():  # 郸城县委 of a post: 中共郸城县委; 松岭镇X村党支部
                if name in names:
                    continue
                if key[0] == "company":  # 驻马店市文旅集团 of 市文旅集团党委书记: 驻马店市文化旅游投资集团有限公司
                    longer = {full for full in candidates if len(full) > len(name) and _abbreviates(name, full)}
                    if len(longer) == 1 and not self.curation.apart(name, full := next(iter(longer))):
                        found[(key[0], key[1], name)] = full
                    continue
                if key[0] != "organization":
                    continue
                longer = local.get(short, set()) | {
                    full
                    for full in candidates
                    if (full.endswith(short) and _ends_named(short, full))
                    or (full[:2] == short[:2] and full[-2:] == short[-2:] and _shortens(short, full))
                }
                if len(longer) == 1 and not self.curation.apart(name, full := next(iter(longer))):
                    found[(key[0], key[1], name)] = full
            for name, short in names.items():
                # the longest of the forms it is the local name of (黄栌沟村党支部: 松岭镇… and 西峡县松岭镇…)
                longer = {found.get((key[0], key[1], full), full) for full in local.get(short, ())}
                if len(longer) == 1 and not self.curation.apart(name, full := next(iter(longer))):
                    found[(key[0], key[1], name)] = full
        for (type_, doc), names in by_doc.items():
            for name in names:
                if (type_, doc, name) in found:
                    continue
                if type_ == "district":
                    spelled = spelled_out(names[name])  # 徐州经开区 -> 徐州经济技术开发区
                    stem = spelled.removesuffix("区")
                    longer = {
                        full
                        for full in names.values()
                        # 经开区 of 漯河经开区 too: the longer name spelled out as well
                        if len(full) > len(name) and (stem in spelled_out(full)[:-1] or spelled == full)
                    }
                    if len({spelled_out(full) for full in longer}) == 1:  # 济源高新区, 济源高新技术产业开发区
                        longer = {max(longer, key=lambda full: (len(full), full))}
                elif type_ == "company" and (name.endswith(BRANCH_ENDINGS) or name.startswith(STATE_BRANDS)):
                    # 安阳分行, 豫汇银行安阳分行 -> 豫汇银行股份有限公司安阳分行: one bank's branch
                    longer = {
                        full
                        for full in names.values()
                        if len(full) > len(name)
                        and (
                            full.endswith(name) or _without_company_form(full) == name or _state_unit_short(name, full)
                        )
                    }
                    if len({_without_company_form(full) for full in longer}) == 1:
                        longer = {max(longer, key=lambda full: (len(full), full))}
                elif type_ == "company":
                    stem = _company_stem(name)
                    if len(stem) < 2 or stem == name or len(name) > SHORT_COMPANY_MAX:
                        continue
                    longer = {
                        names[n]
                        for n in names
                        if n != name
                        and len(names[n]) > len(name)
                        and (stem in names[n] or _abbreviates(names[name], names[n]))
                    }
                    if name.endswith("集团"):  # 赫尔曼集团, the group of 赫尔曼精密机械（开封）有限公司: not that
                        longer = {full for full in longer if "集团" in full or not SUBSIDIARY_PLACE_RE.search(full)}
                    if len(longer) > 1:  # 源科公司: 河南源科冷链物流有限公司, not 河南盛晟新能源科技...
                        longer = {full for full in longer if full[_place_prefix(full, len(full)) :].startswith(stem)}
                elif type_ == "project":  # 年产2万吨锂电负极材料项目 -> 润泽新能源年产2万吨锂电负极材料项目
                    longer = {
                        full
                        for full in names.values()
                        if len(full) > len(name)
                        and (
                            _branded_form(name, full)  # 中钰新材料年产… -> 济源市中钰新材料科技有限公司年产…
                            or (
                                full.endswith(name)
                                and (
                                    name.startswith(CAPACITY_START)
                                    or _places_only(full[: -len(name)], places[doc])
                                    or _capacity_after_places(full[: -len(name)], places[doc])
                                    # 冷链物流仓储中心项目 -> 鹤壁淇味食品有限公司冷链物流仓储中心项目: its company's
                                    or full[: -len(name)] in by_doc.get(("company", doc), {})
                                )
                            )
                        )
                    }
                else:
                    short = names[name]
                    longer = {
                        full
                        for full in names.values()
                        if _shortens(short, full)
                        or _ends_named(short, full)
                        or _local_name(full) == short
                        or _place_before(short, full)
                    }
                full = next(iter(longer)) if len(longer) == 1 else ""
                if full and not self.curation.apart(name, full):
                    found[(type_, doc, name)] = full
        return found

    def resolve(self, mentions: list[Mention], posts: Posts, result: Resolution) -> None:
        """Add the entities of one document's mentions to ``result``."""
        curated = sorted(self._curated(mentions), key=_MENTION_ORDER)
        reads = result.reads
        full_names = self._full_names(curated, posts, reads)
        result.short_forms = full_names  # this file's, for relating it next
        in_file: Signatures = defaultdict(set)  # what observe saw of these mentions, by file
        by_article = _article_signatures(curated, posts)
        for mention in curated:
            if mention.type in PEOPLE and (sig := _signature(mention, by_article)):
                in_file[(mention.type, mention.name, mention.doc)].add(sig)
        for mention in curated:
            name = self.canonical[mention.type][mention.name]
            if reads is not None:
                reads[("canonical", mention.type, mention.name)] = name
            name = full_names.get((mention.type, mention.doc, mention.name), name)
            if bare_kind(mention.type, name):
                continue  # 镇卫生院, 公安局 left unresolved: no name, and no one thing across files
            qualifier = self._qualifier(mention, posts, in_file, by_article, reads)
            eid = entity_id(mention.type, f"{name}（{qualifier}）" if qualifier else name)
            entity = result.entities.get(eid)
            if entity is None:
                entity = result.entities[eid] = new_entity(mention.type, name, eid)
            for surface in (mention.text, mention.name):
                # 该校材料科学与工程学院, a bare 合作社 or 村里 standing for the one named before: no names
                if surface != name and not surface.startswith("该") and mention.extractor != "bare":
                    add_sorted(entity.aliases, surface)
            add_sorted(entity.docs, mention.doc)
            entity.mentions += 1
            result.entity_of[_key(mention)] = eid
            stated = posts.get(_key(mention), ())
            for post in stated:
                if mention.type == "official" and is_work_post(post, stated):
                    continue  # an official's job (某中学校长) is work, not an office: works_for says it
                body_type = post_body_type(post.organization)
                body = result.full_name(body_type, post.organization, mention.doc)
                if body != post.organization:
                    post = replace(post, organization=body)
                if post not in entity.posts:
                    entity.posts.append(result.posts.setdefault(post, post))


def resolve(mentions: list[Mention], posts: Posts, curation: Curation | None = None) -> Resolution:
    """Group mentions into entities; fill aliases, posts, documents, counts, codes."""
    resolver = Resolver(curation)
    resolver.observe(mentions, posts)
    resolver.finish()
    result = resolver.new_resolution()
    resolver.resolve(mentions, posts, result)
    return result
