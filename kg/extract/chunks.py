"""Names found by their endings: companies, projects, organizations, sub-county places.

Taggers cut these names apart (臻辉生物技术(河南)有限公司 comes out as 臻/nr 辉/nr
...), so the chunker works from the right: an ending from ``suffixes.tsv``
(有限公司, 项目, 管委会, 街道, 村...) is extended leftwards until a hard stop
(punctuation, digits, the start of the sentence) or a left-context word from
``left_stops.txt`` (走进, 共有, 引进, 和, 、...) or a common verb (了解, 带领). Words in
``protected.txt`` are stepped over whole, so 河南省工业和信息化厅 and
河医健康服务与医疗科创产业园 keep their 和/与. A candidate whose stem is generic
(各社区, 重大产业项目, 农村) is dropped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from kg.extract.words import cut, frequencies, is_word, pos_tag, starts_with_word, tagged_words, word_frequency
from kg.lexicon import ZONE_ENDINGS, Lexicon, Match, Matcher, Suffix, load_lexicon
from kg.text import OTHER_PARTIES, is_cjk

MAX_NAME = 26
STOP_TAGS = ("v", "p")
STOP_VERB_FREQUENCY = 150
WORD_BEFORE_SUFFIX_FREQUENCY = 300
PREDICATE_TAGS = ("v", "d", "a", "ad", "ag", "vd")
LEADING_PREDICATE_TAGS = (
    "v",
    "d",
    "ad",
    "vd",
)  # a project name does not start with one (加快建设); a brand may be an adjective (丰裕)
# stops that end a town's name right before its ending (乐从镇)
INNER_STOPS = frozenset("从")
# single-character stops that also occur inside names (郑州海为电子科技有限公司): they stop
# the scan only after punctuation or as part of a dictionary word (共有, 作为)
WEAK_STOPS = frozenset("为有将本跟")  # 本: this (本项目), but 机械|本地化; 跟 (高跟鞋)
# a conjunction that ends a proper-name word of the dictionary is part of that name
CONJUNCTION_STOPS = frozenset("和与及")
# the peoples an ethnic township is named for, right before 乡 or 镇 (汤旺朝鲜族乡, 荷花傣族佤族乡)
_PEOPLES = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|"
    "东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|"
    "鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺"
)
ETHNIC_STEM_RE = re.compile(f"(?:(?:{_PEOPLES})族)+$")
# adverbs that stop a name unless they open a word of it (就业指导中心, 招生就业处)
WORD_OPENING_STOPS = frozenset("就")
PROPER_NAME_TAGS = frozenset({"ns", "nz", "nr", "nrfg", "nrt"})
# the yearly capacity that starts a project's name (年产10万吨新型建材项目, 年产5000台...)
CAPACITY_VERBS = "(?:年产|年出栏|年存栏|年加工|年处理|年屠宰)"  # 年产10万吨, 年出栏2万头
CAPACITY_BEFORE_RE = re.compile(CAPACITY_VERBS + r"[0-9.]+[万千亿]?(?:GWh|MWh|GW|MW)?$")
CAPACITY_VERB_BEFORE_RE = re.compile(CAPACITY_VERBS + "$")
CAPACITY_UNITS = r"[0-9.]+[万千亿]?(?:[吨台套件辆只个片支株头双箱瓶平方米立方]+|GWh|MWh|GW|MW|吉瓦时|兆瓦时|吉瓦|兆瓦)"
CAPACITY_RE = re.compile(f"(?:{CAPACITY_VERBS}{CAPACITY_UNITS}|{CAPACITY_UNITS}/年)")  # 年产40万吨, 40万吨/年
RATE_BEFORE_RE = re.compile(CAPACITY_UNITS + "/$")  # 40万吨/|年煤制烯烃项目: the scan stopped at the slash
# a capacity and the first of two products before the second (年产12万吨挂面及|速冻食品项目)
PRODUCTS_BEFORE_RE = re.compile(CAPACITY_RE.pattern + "(?:(?!项目|工程|基地)[\u4e00-\u9fffA-Za-z]){1,8}[及和、]$")
# the power of a plant that starts a project's name: 100兆瓦/200兆瓦时储能电站项目
POWER_UNITS = ("兆瓦时", "兆瓦", "千瓦时", "万千瓦", "千瓦", "千伏", "MWh", "MW", "GWh", "GW", "kV")  # longest first
_POWER_UNIT = "(?:" + "|".join(POWER_UNITS) + ")"
POWER_RE = re.compile(rf"(?:[0-9.]+{_POWER_UNIT}/?)+")
YEARLY_POWER_RE = re.compile(CAPACITY_VERBS + POWER_RE.pattern)
POWER_BEFORE_RE = re.compile(rf"(?:[0-9.]+{_POWER_UNIT}/)*[0-9.]+$")
# characters that open a clause and end a name's left context only there (据 of 据介绍,
# which inside a name is 数据; 经 of 经市委常委会研究), unless a word starts with them
# there (经开区, 经费审查委员会)
CLAUSE_OPENERS = frozenset("据经因")
TENSE_CHARS = frozenset("现曾")  # 现任, 曾任 shortened before a post's body (原 marks a post held before)
CLAUSE_OPENER_WORDS = ("经开", "经济", "经贸", "经信")
# a village or community named right after a town (竹林镇|长寿山村, not 竹林镇长 寿山村)
VILLAGE_AFTER_RE = re.compile("[\u4e00-\u9fff]{2,4}(?:村|社区)(?![民委])")
# all the bodies directly under a level, not one body (区直委局, 市直单位), a count of them
# (两大集团, 为两个教育集团, 两家卫生院, 每个卫生院; a village may be 三家村), or a class
# (原阳县乡镇卫生院)
COLLECTIVE_STEM_RE = re.compile("[区市县省]直委?|.?[两二三四五六七八九十几每][大个所]村?|.{0,6}乡镇")
COUNTED_BODIES_RE = re.compile(".?[两二三四五六七八九十几每]家")
EVERY_WORDS = ("每个", "各个", "每一个", "每年", "每家", "每所", "所有")
REPORT_MADE_RE = re.compile("作(?:常务|政府|工作)")  # 作常务委员会工作报告 (not 作家协会)
# one of a kind, unnamed (宝丰县一处住宅小区项目, 一个农业开发公司; not 第一个, 统一)
INDEFINITE_RE = re.compile("(?<![第统])一(?:处|个|座|所|栋|幢)")
LEVEL_OF_BODIES_RE = re.compile("[省市县区乡镇]级")
GENERIC_ROADS = frozenset({"道路", "马路", "公路", "铁路", "线路", "思路", "出路", "大路", "小路", "进路", "门路"})
# common words roads are named after, whose subdistricts are named after the road (健康路街道)
ROAD_NAME_WORDS = frozenset(
    {"健康", "自由", "解放", "人民", "建设", "和平", "胜利", "团结", "文化", "光明", "民主", "新华"}
)
# the same words and more of the collective era, that villages were named with (前进村, 红旗村)
ERA_NAMES = ROAD_NAME_WORDS | {
    "前进",
    "幸福",
    "红旗",
    "东风",
    "友谊",
    "五星",
    "红星",
    "向阳",
    "朝阳",
    "文明",
    "跃进",
    "先锋",
}
ERA_PLACE_ENDINGS = ("街道", "办事处", "社区", "村")  # the places named so (前进街道, 红旗村)
GENERIC_BODY_ENDINGS = frozenset({"学校", "医院", "中心", "单位", "部门", "机构"})
PREPOSITIONS = frozenset("经由向对被把让给跟为")
COUNTED_KINDS_RE = re.compile(".?[两二三四五六七八九十几每][大个家所]")  # 两大|教育集团: a count of a kind
# what makes no project's name before 项目: a count or batch of them (三批重点项目, 十件民生实事项目,
# 听取一次项目, 各类科研项目 cut to 类…, 厚厚一摞项目资料), new ones (新技术新项目), a kind
# (产业化项目), the venue of a ceremony (主会场项目), a place's projects (伊滨区为重点项目)
COUNT_BEFORE_PROJECTS_RE = re.compile("[0-9一二两三四五六七八九十百几多]+[个批项件摞沓份]$")
PROJECT_COUNT_RE = re.compile("^(?:[一二两三四五六七八九十百千几数多各][批件次类摞项种些](?!性)|[批件次类摞种])")
BARE_PARK_KINDS = frozenset({"产业园", "工业园", "物流园", "园区", "基地"})  # 公司在长葛市的|产业园项目
RELATIVE_LEVELS = ("区", "市", "省", "县", "镇", "乡")
HALL_CHARS = frozenset("展餐大客门舞")
MEASURE_WORDS = "家个名位项所座批只支条"
PLACE_STEM_LIMITS = {"村": (2, 4), "社区": (2, 5), "街道": (2, 5), "办事处": (2, 5), "镇": (2, 4), "乡": (2, 4)}
# verbs that name an industry inside the name of a company, project or body (河南华宇机械制造有限公司,
# 智能制造产业园项目, 包装材料, 房地产开发): they do not end the scan of such a name
INDUSTRY_VERBS = frozenset(
    {
        "制造",
        "助力",  # 电动|助力|车有限公司 (a left stop elsewhere: 助力|何洼村)
        "包装",
        "开发",
        "加工",
        "建设",
        "创意",
        "控股",
        "通用",
        "回收",
        "利用",
        "铸造",
        "购销",
        "批发",
        "租赁",
        "发酵",
        "计算",
        "再生",  # 河南豫宏再生金属有限公司
        "担保",  # 周口市汇信融资担保有限公司
        "融资",
        "显示",  # 高端显示模组项目, 新型显示产业园
    }
)
NUMBER_CHARS = frozenset("一二三四五六七八九十百0123456789第")
# what is treated, before 处理 inside a name (污水处理厂, 工业废气处理设备项目; not 现场处理|X公司)
TREATED = ("污水", "垃圾", "废气", "废水", "固废", "危废", "污泥", "尾气", "烟气", "粪污", "餐厨", "废物")
_PLACE_START_RE = re.compile("^([\u4e00-\u9fff]{2,4}?)(镇|乡|村|街道|社区)")


def _stops(word: str, lexicon: Lexicon) -> bool:
    """Does the leftward scan stop at ``word`` (a left stop, or a common verb)?"""
    return word in lexicon.left_stops or word in _stop_verbs()


def _starts_with_place(stem: str, lexicon: Lexicon) -> bool:
    """Does ``stem`` start with a division (光山县城北…) or the name of a town, village,
    subdistrict or community (柳湾镇…; not 新农村…, 美丽乡村…)?"""
    if lexicon.division_at(stem, 0, short=True)[0] is not None:
        return True
    place = _PLACE_START_RE.match(stem)
    if place is not None and _valid(place.group(1), place.group(2), "district", lexicon):
        return True
    street = _STREET_START_RE.match(stem)  # 双龙巷片区老旧小区改造项目, 书店街东侧…
    return street is not None and not _generic(street.group(1), lexicon)


def _starts_with_local_place(stem: str, lexicon: Lexicon) -> bool:
    """Does ``stem`` start with a county or a place below one (钱店镇…), whose works it names?"""
    division = lexicon.division_at(stem, 0, short=True)[0]
    if division is not None:
        return division.level == "county"
    place = _PLACE_START_RE.match(stem)
    return place is not None and _valid(place.group(1), place.group(2), "district", lexicon)


# a street, lane or road a project is named after (大纸坊街, 双龙巷; not 农村公路, 城市道路)
_STREET_START_RE = re.compile("^((?:(?![街路巷])[\u4e00-\u9fff]){2,4}?)(?:街|巷|(?<![道公马铁线管])路)(?![道区])")


# a river, canal, reservoir or road a work is named after (西柳公路改造工程, 竹竿河堤防加固工程,
# 薄山水库灌区续建配套工程, 焦济快速通道沁阳段改建工程; not 农村公路, 河道, 沟渠)
_FEATURE_START_RE = re.compile(
    "^((?:(?![河渠湖库路])[\u4e00-\u9fff]){1,5}?)(?:河(?![道段])|渠|水库|公路|快速通道|大道)"
)
# one-character names of a river that are kinds of one (内河, 运河, 小河)
_FEATURE_KIND_NAMES = frozenset("内运小大支干沟护水")
_FEATURE_KIND_WORDS = ("病险", "小型", "中型", "大型", "县乡", "国省", "干线", "农村", "城区", "乡村", "重点", "骨干")


def _names_a_feature(stem: str, lexicon: Lexicon) -> bool:
    found = _FEATURE_START_RE.match(stem)
    if found is None:
        return False
    name = found.group(1)
    if len(name) == 1:
        return found.group(0).endswith("河") and name not in _FEATURE_KIND_NAMES
    if pos_tag(name)[:1] in ("a", "b", "v") or any(word in name for word in _FEATURE_KIND_WORDS):
        return False  # 小型水库, 灌溉渠, 防洪河堤, 县乡公路, 国省干线公路: kinds of works
    return not _generic(name, lexicon) and not _has_verb(name)


# a zone's name that starts a stem (宝丰经开区…, 经开区…)
_ZONE_START_RE = re.compile("^[\u4e00-\u9fff]{0,6}?(?:" + "|".join(ZONE_ENDINGS) + ")")


def without_places(stem: str, lexicon: Lexicon) -> str:
    """``stem`` without the places it starts with: divisions, zones, towns and villages."""
    while stem:
        division, length = lexicon.division_at(stem, 0, short=True)
        if division is None or stem[:length] in lexicon.ambiguous_places:  # 中原算力枢纽项目
            zone = _ZONE_START_RE.match(stem)
            town = _PLACE_START_RE.match(stem)
            if zone is not None:
                length = zone.end()
            elif town is not None and _valid(town.group(1), town.group(2), "district", lexicon):
                length = town.end()
            else:
                return stem
        stem = stem[length:]
    return stem


# the work a project does, written right before 项目 (老旧小区改造项目, 北校区建设项目)
PROJECT_WORKS = frozenset(
    {
        "建设",
        "改造",
        "提升",
        "改建",
        "扩建",
        "新建",
        "续建",
        "整治",
        "治理",
        "修复",
        "提质",
        "升级",
        "迁建",
        "更新",
        "加固",
        "利用",
    }
)
# what officials do to projects, never part of a project's name
REPORTING_VERBS = ("检查", "督导", "调研", "考察", "视察", "察看", "查看", "观摩", "督查")
# what is done to projects, in no project's name (向刘庄村拨付项目资金, 镇里将用好项目带动,
# 腾出标准化厂房迎模具项目, 比学赶超拼项目)
HANDLING_VERBS = ("拨付", "用好", "腾出", "比学赶超")
# merchants of a province or from abroad: whose projects, no project's name (浙商项目, 外商项目)
MERCHANT_KINDS_RE = re.compile("^[浙豫苏粤闽晋鲁徽湘川渝台港澳侨外客]商$")
# what a project's work is done to when the project has a name of its own without a place
# (豫禾生物发酵产业园扩建项目)
NAMED_WORKS_SITES = ("产业园", "工业园", "物流园", "园区", "基地")
# a residential compound or quarter named before the works (丹桂里小区改造项目, 矿苑小区老旧小区
# 改造项目, 双龙巷片区改造项目), unlike the kinds (老旧小区, 棚户区)
COMPOUND_SITES = ("小区", "片区", "家属院")
COMPOUND_KINDS = (
    "老旧",
    "棚户",
    "城中村",
    "安置",
    "保障性",
    "居民",
    "农村",
    "周边",
    "各",
    "棚改",
    "回迁",
    "还迁",
    "拆迁",
)


def _names_a_compound(stem: str, lexicon: Lexicon) -> bool:
    """Does ``stem`` name a compound before its site (丹桂里小区, 柳庄安置小区: a name before the
    kind), not only a kind of one (老旧小区, 各安置小区)?"""
    for site in COMPOUND_SITES:
        at = stem.find(site)
        name = stem[:at]
        while kind := next((k for k in COMPOUND_KINDS if name.endswith(k)), ""):
            name = name[: len(name) - len(kind)]  # 棚改|安置|小区: kinds, all of them
        if at >= 2 and len(name) >= 2 and not _generic(name, lexicon) and not _has_verb(name):
            return True
    return False


def _has_verb(stem: str) -> bool:
    """Does a verb or adverb of 2+ characters stand in ``stem`` (改造老旧: a work, not a name;
    an adjective may name a compound: 幸福苑)?"""
    return any(len(w) > 1 and pos_tag(w) in ("v", "d", "vd") for w in _words(stem))


# what is written before the work (除险加固, 保护利用, 提质改造)
WORK_MODIFIERS = frozenset({"除险", "保护", "综合", "提质"})


def _work_start(text: str, start: int, limit: int) -> int:
    """Where the work written before a project's ending starts (除险加固|工程: 除险)."""
    work_start = start
    while work_start - 2 >= limit and text[work_start - 2 : work_start] in (
        PROJECT_WORKS if work_start == start else PROJECT_WORKS | WORK_MODIFIERS
    ):
        work_start -= 2
    return work_start


# farming inside the name of a cooperative only (尉氏县梁庄辣椒种植专业合作社; not 红薯种植基地)
FARMING_VERBS = frozenset({"种植", "养殖"})
COOPERATIVE_ENDINGS = ("合作社",)
# of those, the ones that more often start a phrase (加快建设产业园项目): inside a name only
# before the core of a name (华耀建设集团, 中国建设银行, 城市建设管理局, 文化创意产业园) and
# not after a verb or an adverb (推进建设, 大力建设)
CORE_BEFORE_VERBS = frozenset({"建设", "创意"})
NAME_CORES = (
    "集团",
    "投资",
    "银行",
    "管理",
    "工程",
    "发展",
    "有限",
    "股份",
    "产业",
    "公司",
    "科技",
    "设计",
    "监理",
    "局",
    "指挥部",  # 隆回至洞口高速公路建设指挥部
)
ADVERBIAL_NOUNS = frozenset({"大力", "全力", "着力", "重点", "全面", "集中", "高标准", "高质量"})
STANDALONE_OK = {"经开区", "高新区", "航空港区", "区委", "市委", "省委", "县委"}


class Chunk(NamedTuple):
    start: int
    end: int
    type: str
    suffix: str

    @property
    def stem_end(self) -> int:
        return self.end - len(self.suffix)


@functools.lru_cache(maxsize=1)
def _suffix_index() -> dict[str, tuple[Suffix, ...]]:
    """Suffixes by their last character, longest first."""
    index: dict[str, list[Suffix]] = {}
    for suffix in load_lexicon().suffixes:
        index.setdefault(suffix.text[-1], []).append(suffix)
    return {k: tuple(v) for k, v in index.items()}


SuffixMatch = Match[tuple[Suffix, ...]]


def suffix_words() -> list[tuple[str, tuple[Suffix, ...]]]:
    """Each suffix, with the suffixes written that way (in their lexicon order)."""
    by_text: dict[str, list[Suffix]] = {}
    for suffix in load_lexicon().suffixes:
        by_text.setdefault(suffix.text, []).append(suffix)
    for ending in PLACE_ENDINGS:  # for place_ends, should one stop being a suffix
        by_text.setdefault(ending, [])
    return [(text, tuple(group)) for text, group in by_text.items()]


@functools.lru_cache(maxsize=1)
def suffix_matcher() -> Matcher[tuple[Suffix, ...]]:
    """All the name endings."""
    return Matcher(suffix_words())


@functools.lru_cache(maxsize=1)
def _stop_verbs() -> frozenset[str]:
    """The common two-character verbs and prepositions that end a name's left context, but
    not a name's ending the dictionary tags as a verb (支行, 分行: 中国工商银行清丰支行|行长)."""
    endings = {suffix.text for suffix in load_lexicon().suffixes if suffix.type in ("company", "organization")}
    return tagged_words(2, STOP_TAGS, STOP_VERB_FREQUENCY) - endings - NOUNS_TAGGED_AS_VERBS


NOUNS_TAGGED_AS_VERBS = frozenset({"通道"})  # 焦济快速通道|沁阳段改建工程: a road, inside the name


ScanTables = tuple[
    dict[str, tuple[str, ...]],
    frozenset[str],
    dict[str, tuple[int, ...]],
    frozenset[str],
    frozenset[str],
    frozenset[str],
]


@functools.cache
def _scan_tables(lexicon: Lexicon) -> ScanTables:
    """What scan_left looks up: protected words by last character; the characters a left
    stop or a stop verb ends in (elsewhere the scan steps on at once); the lengths of
    the left stops by last character; the left stops; the stop verbs; the stop verbs a
    company or project name can hold (制造, and places read as verbs: 开封)."""
    stop_ends = frozenset(lexicon.left_stop_lengths) | {word[-1] for word in _stop_verbs()}
    shorts = lexicon.divisions_by_short
    places = {w for w in _stop_verbs() if w in shorts and shorts[w].level == "prefecture"}
    industry = INDUSTRY_VERBS | places
    return lexicon.protected_by_last, stop_ends, lexicon.left_stop_lengths, lexicon.left_stops, _stop_verbs(), industry


def _verb_ending_at(text: str, end: int) -> str:
    """A common two-character verb or preposition ending at ``end`` (了解, 带领, 按照).

    Not when it begins a longer word that goes on past ``end`` (度假|区, 控股|集团).
    """
    word = text[end - 2 : end]
    if word not in _stop_verbs():
        return ""
    if any(word_frequency(text[end - 2 : end + k]) > 0 for k in (1, 2) if end + k <= len(text)):
        return ""
    return word


PLACE_END_CHARS = frozenset("道镇乡村区县")


def _place_ends(text: str, end: int, lexicon: Lexicon) -> bool:
    """Does a division's full or short name end at ``end`` (许昌|至扶沟高速公路项目)?"""
    return any(
        text[end - length : end] in lexicon.divisions_by_name or text[end - length : end] in lexicon.divisions_by_short
        for length in (2, 3, 4)
        if end >= length
    )


COMPANY_ENDINGS = ("有限公司", "有限责任公司", "股份有限公司", "集团", "公司")


def _town_before_company(text: str, pos: int, start: int) -> bool:
    """Does a town end at ``pos``, the name of a company (ending at ``start``) after it?"""
    return (text[pos - 1] in "镇乡" or text.endswith("街道", 0, pos)) and text.startswith(COMPANY_ENDINGS, start)


def _starts_higher_place(text: str, pos: int, lexicon: Lexicon, county: bool = False) -> bool:
    """Does a prefecture's or province's name (full or short) start at ``pos``, or with
    ``county`` (after a town) a county's (陆家镇|昆山宏禾精密模具有限公司)?"""
    levels = ("prefecture", "province", "county") if county else ("prefecture", "province")
    for length in (2, 3, 4):
        name = text[pos : pos + length]
        if text.startswith(("路", "街", "大道", "大街"), pos + length):
            continue  # 睢阳区|南京路东段…工程: a road named after the city, inside the name
        short = lexicon.divisions_by_short.get(name)
        if short is not None and short.level in levels:
            return True
        if any(d.level in levels for d in lexicon.divisions_by_name.get(name, ())):
            return True
    return False


# groups whose local branches are named with them first (国网西华县供电公司)
NATIONAL_BRANDS = ("国网", "中国", "中铁", "中建", "中交", "中石化", "中石油", "中国移动", "中国联通", "中国电信")


BRAND_VERB_FREQUENCY = 1000  # a verb rarer than this after a place is a brand (许昌|远航|电力…)


def _verb_brand_start(text: str, name_start: int, floor: int, lexicon: Lexicon) -> int:
    """Where a company's name starts when a rare verb that stopped the scan is its brand, right
    after the place it is named with (许昌远航电力工程有限公司; not 郑州召开|…: a common verb)."""
    verb = text[name_start - 2 : name_start]
    if (
        name_start - 2 <= floor
        or not pos_tag(verb).startswith("v")
        or word_frequency(verb) >= BRAND_VERB_FREQUENCY
        or verb in lexicon.left_stops  # 聊城市共有|…合作社
        or lexicon.division_at(text, name_start, short=True)[0] is not None  # 在杭州拜访|浙江味源…: its own place
    ):
        return name_start
    for at in range(max(floor, name_start - 2 - MAX_PLACE_BEFORE_BRAND), name_start - 3):
        division, length = lexicon.division_at(text, at, longest=name_start - 2 - at, short=True)
        if division is not None and at + length == name_start - 2 and division.level in ("prefecture", "county"):
            return at
    return name_start


MAX_PLACE_BEFORE_BRAND = 6


def _company_place_start(text: str, name_start: int, start: int, lexicon: Lexicon) -> int:
    """Where a company's name starts when its place comes after words that are none of it
    (服务对象|遂平县丰源…, 等方面为|河南同泰…, 工程监理由|河南诚建…, 工单转派|国网西华县…): at a
    province, prefecture or county (or a national group) named after one character, a verb or 为/由."""
    for at in range(name_start + 1, min(start - 2, name_start + 8)):
        if not (
            _starts_higher_place(text, at, lexicon)
            or lexicon.division_at(text, at, longest=4)[0] is not None
            or text.startswith(NATIONAL_BRANDS, at)
        ):
            continue
        if any(k + lexicon.division_at(text, k, longest=6)[1] > at for k in range(max(name_start, at - 4), at)):
            continue  # 清|丰县, 汝|南县: the end of a longer place's name
        before = text[name_start:at]
        # 上官镇|滑县鑫谷…有限公司: a town before a county's company, where it is, not its name's start
        # (上蔡县邵店镇|上蔡县宏兴…厂, though 镇上 is a word)
        town = len(before) >= 3 and before.endswith(("镇", "乡", "街道"))
        if not town and (_common_word(text[at - 1 : at + 1]) or is_word(text[at - 1 : at + 1])):
            continue  # 诚|信阳光, 东|南阳光, 华|兴安防: the place is glued into a brand's word
        words = _words(before)
        verb = pos_tag(words[-1]).startswith("v") and (len(words[-1]) > 1 or len(before) >= 3)
        kind = before.endswith(("公司", "企业", "单位"))  # 物业公司|新乡市恒安物业服务有限公司: its kind, then it
        if len(before) == 1 or before[-1] in "为由" or verb or town or kind:
            return at
    return name_start


def _inside_brand(text: str, at: int, barriers: frozenset[int], lexicon: Lexicon) -> bool:
    """Is the 和 at ``at`` inside a brand (鑫和源), not "and"? Only when what comes before it
    ends no dictionary word (企业和, 学校和) and no name (张庄村和, 郑州市和)."""
    if at < 2 or at in barriers or not is_cjk(text[at - 1]) or not is_cjk(text[at - 2]):
        return False
    if text[at - 1] in _name_end_chars(lexicon):
        return False
    return not any(is_word(text[at - n : at], 5) for n in (2, 3, 4) if at - n >= 0)


@functools.cache
def _name_end_chars(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(s.text[-1] for s in lexicon.suffixes) | frozenset("省市县区镇乡村")


def _inside(text: str, pos: int, limit: int) -> bool:
    """Does the word ending at ``pos`` follow another character of the name (机械|制造,
    （集团）|控股)?"""
    return pos - 2 > limit and (is_cjk(text[pos - 3]) or text[pos - 3] == "）")


WORKS_JOINED = "及与"
PROJECT_NAME_ENDINGS = ("项目", "工程", "基地", "园区", "产业园")  # X项目及|Y项目: two projects
JOINED_LONGEST = 10  # characters of the first of two works joined in one project's name
JOINING_WORD_FREQUENCY = 100  # a word ending in 及 or 与 that common (参与, 以及, 普及) joins nothing


def _joined_works_start(
    text: str, name_start: int, start: int, floor: int, lexicon: Lexicon, barriers: frozenset[int], ending: str
) -> int:
    """Where a project's name starts when 及 or 与 joins two works in it (医用敷料及防护用品生产基地项目,
    艾美康医药中间体及原料药项目), not two projects (X项目及Y项目). Not reached where the scan
    stops inside the second work (灌区续建配套与|节水|改造项目)."""
    before = scan_left(text, name_start - 1, floor, lexicon, barriers, industry=True, project=True)
    first = text[before : name_start - 1]
    if (
        not 2 <= len(first) <= JOINED_LONGEST
        or first.endswith(PROJECT_NAME_ENDINGS)
        or not all(map(is_cjk, first))
        or not _valid(text[before:start], ending, "project", lexicon)
    ):
        return name_start
    return before


def _with_capacity(text: str, name_start: int, floor: int) -> int:
    """Where a project's name starts when a yearly capacity (年产10万吨) comes before what the
    scan found, whose digits stopped it."""
    found = CAPACITY_BEFORE_RE.search(text, max(floor, name_start - 12), name_start)
    if found is not None and CAPACITY_RE.match(text, found.start()):
        return found.start()
    if text.startswith("年", name_start) and (
        rate := RATE_BEFORE_RE.search(text, max(floor, name_start - 12), name_start)
    ):
        return rate.start()  # 40万吨/年煤制烯烃项目
    products = PRODUCTS_BEFORE_RE.search(text, max(floor, name_start - 24), name_start)
    if products is not None:
        return products.start()  # 年产12万吨挂面及|速冻食品项目: both products are the project's
    if text.startswith(POWER_UNITS, name_start):  # 100兆瓦/200兆瓦时储能电站项目
        power = POWER_BEFORE_RE.search(text, max(floor, name_start - 16), name_start)
        if power is not None:  # and the verb of a capacity before it (年产|50万千瓦)
            verb = CAPACITY_VERB_BEFORE_RE.search(text, max(floor, power.start() - 3), power.start())
            return verb.start() if verb is not None else power.start()
    # a power and a short attribute the scan stopped at (200兆瓦/400兆瓦时|独立共享|储能电站项目)
    for power in POWER_RE.finditer(text, max(floor, name_start - 24), name_start):
        gap = text[power.end() : name_start]
        if 0 < len(gap) <= MAX_POWER_GAP and all(map(is_cjk, gap)) and power.group()[0].isdigit():
            return power.start()
    return name_start


PLACES_ONE_GOES_TO = ("幼儿园", "医院", "卫生院", "学校", "小学", "中学")
GOING_CHARS = "上去到进回"
AREA_KINDS = ("城区", "县域", "乡村", "农村", "城乡")
# what is done to projects before they are built, written before a kind of them (申报…项目)
PLANNING_VERBS = ("申报", "申请", "争取", "谋划", "共谋划", "储备", "通报")
MAX_POWER_GAP = 4  # characters between a project's power and what the scan found (独立共享)


def _core_verb_inside(text: str, pos: int, left_stops: frozenset[str]) -> bool:
    """Is the verb ending at ``pos`` (建设) part of the name: a name's core follows it and no
    verb, adverb or left-context word comes right before it?"""
    if not text.startswith(NAME_CORES, pos):
        return False
    before = text[pos - 4 : pos - 2]
    if text[pos - 3 : pos - 2] in left_stops or before in left_stops or before in ADVERBIAL_NOUNS:
        return False
    return pos_tag(before) not in ("v", "d", "ad", "vd", "p", "m", "q", "mq")


def _weak_stop_holds(text: str, pos: int, limit: int) -> bool:
    if text[pos - 1] == "跟":  # with: 已经跟|县住建局沟通, but 高跟鞋, 跟步鞋业
        return text[pos : pos + 1] in RELATIVE_LEVELS
    if pos - 1 <= limit or not is_cjk(text[pos - 2]):
        return True
    if text[pos - 1] in "将为" and (text[pos - 2] in BODY_LAST_CHARS or text[pos - 2] in WEAK_STOPS):
        return True  # 汤阴县交通运输局将|西柳公路改造工程, 许昌学院将为|…: a body does something to it
    if text[pos - 1] == "为" and text[pos - 2] in "段期选聘":
        return True  # 一标段为|辛集乡白庄村至…, 一期为|…: what a section or a phase is; 当选为|前屯村村委会主任
    if text[pos - 2 : pos] == "国有" and text[pos - 3 : pos - 2] in (*PLACE_END_CHARS, "市", "省", "府"):
        return False  # 唐河县|国有|粮食购销有限公司, 漯河市|国有|资产…: state-owned, after its place
    if text[pos - 1] == "有" and (
        text[pos : pos + 1] in RELATIVE_LEVELS or load_lexicon().division_at(text, pos, longest=7)[0] is not None
    ):
        return True  # 背后有|县医院的专家支撑
    if text[pos - 1] == "为" and (
        text.startswith(BODY_OPENINGS, pos)
        or text[pos : pos + 1] in RELATIVE_LEVELS  # 通过远程会诊平台为|县医院提供诊断
        or load_lexicon().division_at(text, pos, longest=7)[0] is not None
    ):
        return True  # 增选甘春雷为|政协潢川县…委员会副主席, 葛昊天为|河南省委组织部选派: a body after 为
    # a verb or a word of its own ending in it (拥有, 成为, 所有), not a noun (资本|投资运营集团, 日本)
    return word_frequency(text[pos - 2 : pos]) >= 50 and pos_tag(text[pos - 2 : pos]) not in ("n", "ns", "nz")


BODY_LAST_CHARS = frozenset("局委府厅司办院校会")
BODY_OPENINGS = ("政协", "中共", "共青团", "全国")  # what starts a body's name, not a brand's


FIELDS_BEFORE_BUREAU = ("财政", "民政", "邮政")


def _glued_to_word(text: str, start: int, suffix: Suffix) -> bool:
    """A one-character ending that forms a common word with the character before it (干部, 布局, 城乡)."""
    if len(suffix.text) != 1 or start == 0:
        return False
    if not _common_word(text[start - 1 : start + 1]):
        return False
    if suffix.text == "局" and text[start - 2 : start] in FIELDS_BEFORE_BUREAU:
        return False  # 县财政局, 民政局: the bureau of a field, not 政局 "the political situation"
    if suffix.text in ("乡", "镇") and (
        _in_town_context(text, start - 2, start + 1)
        or (
            start >= 3
            and text[start - 3] in "于在到赴"
            and text[start + 1 : start + 2] in ("", "，", "。", "、", ",", "的")
        )
    ):
        return False  # 遂平县文城乡魏庄村, 龙安区马家乡, 位于马家乡，: a township, not 城乡 or 家乡
    return not market_town(text, start - 1)


def market_town(text: str, at: int) -> bool:
    """Is the 集 or 市 at ``at`` a market's, after a surname (刘集镇, 王集乡, 张市镇), not a
    word with the town's ending (集镇) or a list of levels (市镇)? Not after a surname that is
    mostly a word of its own (全市镇村干部)."""
    lexicon = load_lexicon()
    return (
        at >= 1
        and text[at] in "集市"
        and text[at - 1] in lexicon.surnames
        and (text[at] == "集" or text[at - 1] not in lexicon.rare_surnames)
    )


@functools.lru_cache(maxsize=1 << 14)
def _common_word(word: str) -> bool:
    return word_frequency(word) >= WORD_BEFORE_SUFFIX_FREQUENCY and pos_tag(word) != "ns"


def _ends_with_name(text: str, end: int) -> bool:
    """Is there a complete entity name (by suffix) ending at ``end``?"""
    last = text[end - 1] if end else ""
    for suffix in _suffix_index().get(last, ()):
        if text.endswith(suffix.text, 0, end) and end - len(suffix.text) > 0:
            return True
    return False


def _verb_stands(text: str, end: int) -> bool:
    """Is the two-character verb ending at ``end`` a word of the text, or does its last
    character belong to the word after it (恒汇集团: 汇|集团, not 汇集|团)?"""
    if not is_cjk(text[end : end + 1]):
        return True
    return _first_word_is_two_long(text[end - 2 : end + 2])


@functools.lru_cache(maxsize=1 << 16)
def _first_word_is_two_long(window: str) -> bool:
    return len(cut(window)[0]) == 2


def _ends_division(text: str, level_at: int, lexicon: Lexicon) -> bool:
    """Does the level character at ``level_at`` end a division's name (新乡市, whose 新乡 reads
    like a township)?"""
    return any(
        text[level_at - length : level_at + 1] in lexicon.divisions_by_name
        and not (length == 1 and conjunction_at(text, level_at - 1))  # 委员和|县人大代表, not 和县
        for length in range(1, min(level_at, 6) + 1)
    )


def conjunction_at(text: str, at: int) -> bool:
    """Is the 和 (与, 及) at ``at``, which starts a county's name (和县, Anhui), the word "and"
    after another word (委员和|县人大代表; but 马鞍山市和县, and 和县 opening a text)?"""
    return text[at] in CONJUNCTION_CHARS and at > 0 and is_cjk(text[at - 1]) and text[at - 1] not in "市省"


CONJUNCTION_CHARS = frozenset("和与及")  # 和县 is a county of Anhui, 和 mostly "and"
LEVEL_NAMES = frozenset(RELATIVE_LEVELS[:4])  # 区 市 省 县, which start relative names (区委)
# relative bodies, which a name does not go on leftwards from unless a division's name ends
# there (洛阳市开元大道|市委组织部; but 洛阳市委组织部, 新乡市委)
RELATIVE_CONGRESS_BODIES = ("县人大", "市人大", "区人大", "县政协", "市政协", "区政协")
# (会议研究|县人大常委会…: a county's congress after a verb)
RELATIVE_BODIES = ("市委", "区委", "县委", "省委", "市政府", "区政府", "县政府", "省政府", *RELATIVE_CONGRESS_BODIES)


# what follows a number that counts or measures (3个项目, 2期, 5万吨), not a grade in a name
COUNTED_CHARS = frozenset("个家项所座条批年月日号万亿千百十元吨台套件辆层期次届名位人户亩米类大栋眼间口处棵株块片道")


# a grade inside a product's name, between two characters of it (尼龙66切片)
GRADE_RE = re.compile(
    f"(?<=[\u4e00-\u9fff])[0-9]{{1,3}}(?=[\u4e00-\u9fff])(?:(?![{''.join(sorted(COUNTED_CHARS))}])|(?=号线))"
)  # and a metro's line (洛阳地铁3号线一期工程)


def scan_left(
    text: str,
    start: int,
    floor: int,
    lexicon: Lexicon,
    barriers: frozenset[int] = frozenset(),
    industry: bool = False,
    project: bool = False,
) -> int:
    """Leftmost start of a name whose ending begins at ``start``; with ``project``, the
    verb right before the ending is the project's work, part of its name (老旧小区改造项目).

    The scan stops at a left stop (走进, 和: the longest ending here, looked up by its
    last character) or a common verb (了解); a weak stop (为, 有) only where it is a
    word of its own; with ``industry`` (names of bodies, companies, projects) not at a word of
    :data:`INDUSTRY_VERBS` that follows another character of the name (机械制造).
    This is the hot loop of the extractor, hence the lookups bound to locals.
    """
    pos = start
    limit = max(floor, start - MAX_NAME)
    work_start = _work_start(text, start, limit) if project else start
    protected_by_last, stop_ends, stop_lengths, left_stops, stop_verbs, industry_verbs = _scan_tables(lexicon)
    while pos > limit and pos not in barriers:
        ch = text[pos - 1]
        if ch == "）" and "（" in text[max(limit, pos - 8) : pos - 1]:
            opening = text.rindex("（", max(limit, pos - 8), pos - 1)
            if "、" in text[opening:pos] or (
                ENUMERATOR_RE.fullmatch(text, opening + 1, pos - 1) and (opening == 0 or not is_cjk(text[opening - 1]))
            ):
                break  # 县（市、区）政府: a list of levels; （二）白果冲水库…: an item's number (not 高一（3）班)
            pos = opening
            continue
        if (project or text.startswith("号线", pos)) and "0" <= ch <= "9" and pos < start:
            run = _digits_start(text, pos, limit)
            if (
                pos - run <= 3
                and run > limit
                and is_cjk(text[run - 1])
                and is_cjk(text[pos])
                and (text[pos] not in COUNTED_CHARS or text.startswith("号线", pos))
                and not pos_tag(text[max(limit, run - 2) : run]).startswith("v")  # 新建|3栋: a count
            ):
                pos = run  # 尼龙66切片项目: a grade inside a product's name (not 建设3个项目)
                continue
        if "0" <= ch <= "9" and pos < start and "A" <= text[pos] <= "Z" and _brand_digits(text, pos, limit):
            pos -= 1  # 云擎5G科技, 3D打印: a digit before a capital is the name's
            continue
        if ch == "·" and project and pos < start and pos >= limit + 2 and is_cjk(text[pos]) and is_cjk(text[pos - 2]):
            pos -= 1  # 郏县锦华·御景苑项目: a developer's brand and the estate's name
            continue
        if not (
            "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff" or "A" <= ch <= "Z"
        ):
            break  # not is_cjk(ch) nor a capital
        if ch in protected_by_last:
            protected = next((w for w in protected_by_last[ch] if text.endswith(w, 0, pos)), "")
            if protected:
                pos -= len(protected)
                continue
        if (
            (pos < start or text.startswith(RELATIVE_BODIES, pos))
            and text[pos] in LEVEL_NAMES
            and (_ends_with_name(text, pos) or text.startswith(RELATIVE_BODIES, pos))
            and not _ends_division(text, pos, lexicon)
            and not (ch in "原现曾" and text.startswith(RELATIVE_CONGRESS_BODIES, pos))  # 原|市人大常委会副主任
            and not (ch == "园" and text[pos] == "区")  # 阜合现代产业园区管委会: 园区, the park's name
            and not text.endswith(OTHER_PARTIES, 0, pos)  # 民建|市委, 共青团|县委: that party's committee
        ):
            break  # 区委|区政府: a second relative name starts here (but 新乡|市 is one name)
        if ch in TENSE_CHARS and pos < start and lexicon.division_at(text, pos, longest=7)[0] is not None:
            break  # 、现|商水县农业农村局: the time of a post, before the place its body has
        if (
            industry
            and ch in PLACE_END_CHARS
            and pos < start
            and _starts_higher_place(text, pos, lexicon, county=_town_before_company(text, pos, start))
        ):
            break  # 十八里河街道|郑州华康医疗器械有限公司: a name starts with its city, not after a town
        if (
            ch in CLAUSE_OPENERS
            and (pos - 1 <= floor or not is_cjk(text[pos - 2]))
            # 经开区, 、经费审查委员会; but 经|信阳市农业农村局研究, though 经信 is a word
            and (
                not (text.startswith(CLAUSE_OPENER_WORDS, pos - 1) or starts_with_word(text, pos - 1))
                or lexicon.division_at(text, pos, longest=7)[0] is not None
            )
        ):
            break  # 据社区党委书记李娟介绍 (but 大数据)
        if ch == "经" and pos < start and text[pos] in LEVEL_NAMES:
            break  # 选手经|市总工会审核: "through" a relative body (no name has 经 before 市, 县)
        if ch == "驻" and not industry and text.startswith(("镇", "乡", "村", "社区", "街道"), start):
            break  # 人民医院驻|付井镇: where one is sent (驻马店 is protected; 驻北京办事处 a body's)
        if ch in stop_ends:
            stop = ""
            for length in stop_lengths.get(ch, ()):
                if length <= pos and text[pos - length : pos] in left_stops:
                    stop = text[pos - length : pos]
                    break
            if (
                not stop
                and text[pos - 2 : pos] in stop_verbs
                and pos - 1 not in barriers  # 汪营镇|上秦屯村: no 镇上
                and _verb_stands(text, pos)
            ):
                stop = _verb_ending_at(text, pos)
            if (
                stop == "等"
                and text[pos - 2 : pos] in ("中等", "高等", "初等")
                and text.startswith(("专业", "职业", "教育", "技术"), pos)
                and text[pos - 3 : pos - 2] not in NUMBER_CHARS  # 郑州二中|等学校: schools listed
            ):
                stop = ""  # 宜兴中等|专业学校, 高等|职业学校: 等 of a word, not "and so on"
            if stop and not industry and text[pos - len(stop) - 2 : pos - len(stop)] in LISTED_AFTER_PLACE:
                stop = ""  # 淖毛湖镇、|下马崖乡: a place's name listed after another, a verb (下马) in it
            if stop == "至" and (text[pos - 2 : pos - 1] in ROUTE_END_CHARS or _place_ends(text, pos - 1, lexicon)):
                stop = ""  # 六塔乡至|仙庄镇公路改建工程: the two ends of a road (but 转移至|五里川镇中心小学)
            if stop == "创新" and text.startswith(("局", "委员会"), start):
                stop = ""  # 科技创新局: a bureau's field (not 创新研发中心, 企业创新研究院)
            if stop and project and pos - len(stop) >= work_start:
                stop = ""  # 改造|项目, 建设|项目, 除险加固|工程: the work a project does
            if (
                stop in ERA_NAMES
                and text.startswith(ERA_PLACE_ENDINGS, pos)
                and (
                    pos - len(stop) <= limit
                    or not is_cjk(text[pos - len(stop) - 1])
                    or any(text[pos - len(stop) - k : pos - len(stop)] in left_stops for k in (1, 2, 3))
                )
            ):
                pos -= len(stop)  # 联合|前进街道办事处: a place named in the collective era, no verb
                continue
            if (
                stop
                and industry
                and stop in industry_verbs
                and (stop not in INDUSTRY_VERBS or _inside(text, pos, limit))
                and (stop not in CORE_BEFORE_VERBS or _core_verb_inside(text, pos, left_stops))
            ):
                stop = ""  # 机械|制造, 华耀|建设集团, 文化|创意产业园: the industry inside a name
            if (
                stop == "老家"
                and industry
                and pos - 3 >= limit
                and is_cjk(text[pos - 3])
                and text[pos - 3] not in HOME_GOING_CHARS
            ):
                stop = ""  # 河南逍遥老家|食品有限公司: a brand's word (not 回到老家|, 我的老家|)
            if stop in ATTRIBUTIVE_VERBS and industry:
                stop = ""  # 年产20万吨休闲|食品加工项目: a kind of product, not a verb
            if stop == "处理" and text.endswith(TREATED, 0, pos - 2) and not text.startswith(("项目", "工程"), pos):
                stop = ""  # 工业废气处理|设备项目, 污水处理|厂 (but 垃圾处理|项目 is a kind)
            if (
                stop in FARMING_VERBS
                and industry
                # the cooperative's name, or a post in it (X种植专业合作社|理事长)
                and (text.startswith(COOPERATIVE_ENDINGS, start) or text.endswith(COOPERATIVE_ENDINGS, 0, start))
                and _inside(text, pos, limit)
            ):
                stop = ""
            if (
                stop in CONJUNCTION_STOPS
                and pos - 1 not in barriers
                and pos_tag(text[pos - 2 : pos]) in PROPER_NAME_TAGS
                and text[pos - 2] not in ADVERB_CHARS  # 公司还和|村…合作社: "also with"
            ):
                pos -= 2  # 泰和, 中和: a place or brand name, not "and" (艺术小学和泰和小学)
                continue
            if stop == "及" and project and _products_after_company(text, pos - 1):
                pos -= 1  # X有限公司精密模具及|汽车冲压件项目: two products of the company's project
                continue
            if (stop in CONJUNCTION_STOPS or stop in WORD_OPENING_STOPS) and _starts_a_word(text, pos - 1):
                pos -= 1  # 金桥路街道|和平社区: 和 of the word 和平, not "and"; 招生就业处: 就业, not 就
                continue
            if (
                stop in INNER_STOPS
                and pos == start
                and text.startswith(("镇", "乡"), start)
                and pos - 2 > limit
                and is_cjk(text[pos - 2])
            ):
                pos -= 1  # 顺德区乐从|镇: the last character of the town's name, not 从 "from"
                continue
            if len(stop) == 1 and _opens_a_village(text, pos - 1, start):
                pos -= 1  # 柳河镇|于楼村: a village named after a family, not 于 "at"
                continue
            if len(stop) == 1 and _opens_a_road(text, pos - 1, start):
                pos -= 1  # 源汇区|受降路小学: a road's name after its district, not 受 "by"
                continue
            if stop == "和" and industry and _inside_brand(text, pos - 1, barriers, lexicon):
                pos -= 1  # 郑州鑫和源食品有限公司: 和 of the brand, with no name or word before it
                continue
            if stop and (stop not in WEAK_STOPS or _weak_stop_holds(text, pos, limit)):
                break
        pos -= 1
    while pos < start and text[pos] in MEASURE_WORDS and pos > 0 and text[pos - 1].isdigit():
        pos += 1
    if (
        pos in barriers
        and pos < start
        and text[pos] in left_stops
        and not _starts_a_word(text, pos)
        and not _opens_a_village(text, pos, start)
    ):
        pos += 1  # 任命刘晓红|为郑州市教育局局长: the name ends at a person's, the stop after it is no part
    return pos


def _products_after_company(text: str, at: int) -> bool:
    """Is the 及 at ``at`` between two products right after a company's registered name
    (昆山恺越精密模具有限公司|精密模具及汽车冲压件项目)?"""
    for length in range(2, 7):
        before = text[at - length : at]
        if text.endswith(FULL_COMPANY_FORMS, 0, at - length) and all(is_cjk(ch) for ch in before):
            return not any(pos_tag(word).startswith("v") for word in _words(before))  # 精密模具, not 生产
    return False


def _kind_of_base(stem: str, lexicon: Lexicon) -> bool:
    """Is a base's stem common words only, with no place, brand or other proper name in it?"""
    if _starts_with_place(stem, lexicon) or without_places(stem, lexicon) != stem:
        return False
    words = _words(stem)
    return all(len(w) > 1 and is_word(w) and pos_tag(w) not in PROPER_NAME_TAGS for w in words)


LINE_ENDINGS = frozenset({"高速公路", "高速铁路", "城际铁路"})
GENERIC_LINE_RE = re.compile("车道|^豫[东南西北中](?:地区)?$|^(?:全[省市县]|县域|市域|省内|境内)|内$|的$")
FULL_COMPANY_FORMS = ("有限公司", "有限责任公司")  # a company's registered name, not 恒达公司
HOME_GOING_CHARS = frozenset("回到在的返里是")  # before 老家 "hometown": 回老家, 在老家, 我的老家
# verbs that name a kind of product or trade inside a name (休闲食品, 速冻食品, 冷藏车)
# the next phase of the company or body named before (公司二期项目), no name of its own
OWN_PHASE_RE = re.compile("(?:公司|企业|集团|园区|基地)[一二三四五六七八九十]期")
# an event of a sports contest (太极拳项目, 男子100米项目, 女子跳远项目)
# (大赛焊工项目, 本届运动会群众项目)
SPORT_EVENT_RE = re.compile("^(?:男子|女子|混合)|(?:拳|剑|棍|刀|枪|跑|跳|泳|操)$|大赛|运动会|锦标赛")
MAX_PROJECT_STEM = 16  # 高强韧铝合金板带材研发及产业化|项目: 15 characters
RUNNING_VERBS = ("经营", "开办", "开设", "创办")  # what one does with a company of a kind
MIN_WORKS_NAME = 3  # characters of a works' name after its place (月山水泥|厂)
ATTRIBUTIVE_VERBS = frozenset({"休闲", "速冻", "冷冻", "保鲜", "冷藏", "定制"})
TECH_TERMS = ("5G", "4G", "3D")  # terms a name may open with (5G智能网联测试场项目)
# one or two digits before a capital inside a name (云擎5G科技, 3D打印), or opening it as a
# term: judged without them
BRAND_DIGITS_RE = re.compile(
    "(?<=[\u4e00-\u9fff])[0-9]{1,2}(?=[A-Z][\u4e00-\u9fff])"
    f"|^(?:{'|'.join(f'{term[0]}(?={term[1]})' for term in TECH_TERMS)})(?=[A-Z][\u4e00-\u9fff])"
)


# function words that start villages' names after their town (柳河镇于楼村, 白河镇向阳村)
FUNCTION_STOPS_IN_VILLAGES = frozenset("于向")  # not 和: 王庄乡和李庄村 is two places


# 两地职业学校, 三县医院 (not 三乡镇, a town; 三国志; 三村联建光伏电站)
SEVERAL_PLACES_RE = re.compile("^[两三四五六七八九十多各]+[地县市区校](?![镇乡村区县市])")


def _group_brand(name: str, lexicon: Lexicon) -> bool:
    """Is ``name`` no group, or a group by its brand (瑞穗集团), not 该集团 or 企业集团?"""
    brand = name.removesuffix("集团")
    return brand == name or (
        len(brand) >= 2
        and not brand.startswith(("该", "这", "那", "本", "其"))
        and brand != "企业"
        and not _generic(brand, lexicon)
    )


def _village_kind(stem: str, lexicon: Lexicon) -> bool:
    """Is ``stem`` + 村 a kind of village (三个城中村, 花卉专业村, 脱贫村), not one by name
    (邹庄移民村, 东岳移民村)? A kind, after nothing, a count, generic words or a common noun."""
    kind = next((k for k in VILLAGE_KINDS if stem.endswith(k)), "")
    if not kind:
        return False
    before = stem[: len(stem) - len(kind)]
    return (
        not before
        or _generic(before, lexicon)
        or COUNT_RE.fullmatch(before) is not None
        or (is_word(before) and pos_tag(before)[:2] not in ("ns", "nr"))
    )


COUNT_RE = re.compile("[0-9一二三四五六七八九十两几多]+[个家]?")


LISTED_AFTER_PLACE = frozenset(f"{level}、" for level in ("镇", "乡", "村"))


def _is_place_alone(text: str, lexicon: Lexicon) -> bool:
    """Is ``text`` nothing but a division's name, full or short (成都, 周口市), or empty?"""
    division, length = lexicon.division_at(text, longest=len(text), short=True)
    return not text or (division is not None and length == len(text))


def _opens_a_village(text: str, at: int, start: int) -> bool:
    """Is the function word at ``at``, right after a town, the first character of the village
    or community whose ending starts at ``start`` (柳河镇|于楼村)?"""
    return (
        text[at] in FUNCTION_STOPS_IN_VILLAGES
        and at >= 1
        and text[at - 1] in "镇乡"
        and text.startswith(("村", "社区"), start)
        and start - at <= 3
    )


def _opens_a_road(text: str, at: int, start: int) -> bool:
    """Does the character at ``at``, right after a district's name, open a road's name that the
    name ending at ``start`` is named after (源汇区|受降路小学)?"""
    road = text.find("路", at + 1, min(start, at + 4))
    return at > 0 and text[at - 1] in "区县市" and road > 0 and road < start


def _starts_a_word(text: str, at: int) -> bool:
    """Does a common word that is no conjunction nor place start at ``at`` (和平, 和谐, 与会; not
    和县, the county of Anhui, nor 和龙, a city of Jilin: 有限公司和|龙塘镇)?"""
    word = text[at : at + 2]
    frequency = word_frequency(word)
    return (
        frequency >= 50
        and pos_tag(word) not in ("c", "p", "ns")
        and word[1] not in "县区市省镇乡村"
        and (frequency >= 1000 or word not in load_lexicon().divisions_by_short)  # 和龙 (市), not 和睦
    )


def _digits_start(text: str, end: int, limit: int) -> int:
    """Where the run of digits ending at ``end`` starts (no further left than ``limit``)."""
    run = end - 1
    while run > limit and "0" <= text[run - 1] <= "9":
        run -= 1
    return run


def _brand_digits(text: str, capital_at: int, limit: int) -> bool:
    """Is the digit before the capital at ``capital_at`` one of one or two that a name holds
    (云擎5G, 3D打印), not the end of a number (2024G)? A name's character comes before them."""
    run = _digits_start(text, capital_at, limit)
    # one capital, then the name goes on (5G科技; not 1GW光伏, a unit of power)
    if not is_cjk(text[capital_at + 1 : capital_at + 2]):
        return False
    if text.startswith(TECH_TERMS, capital_at - 1) and not text[capital_at - 2 : capital_at - 1].isdigit():
        return True  # 5G智能网联测试场项目 opening a line or a cell
    return capital_at - run <= 2 and run > limit and is_cjk(text[run - 1])


@functools.lru_cache(maxsize=1 << 16)
def _generic(stem: str, lexicon: Lexicon, kinds: frozenset[str] = frozenset()) -> bool:
    """Can ``stem`` be read entirely as generic words (各, 重大产业, 传统保留...), or words of
    ``kinds``?"""
    if not stem:
        return True
    reachable = [False] * (len(stem) + 1)
    reachable[0] = True
    for i in range(len(stem)):
        if not reachable[i]:
            continue
        for j in range(i + 1, min(len(stem), i + 6) + 1):
            if stem[i:j] in lexicon.generic_stems or stem[i:j] in kinds:
                reachable[j] = True
    return reachable[len(stem)]


# fields a project is of, which make no name before 项目 (城建项目, 3个农业项目, 重点交通项目,
# 聚力项目建设), though they start a bureau's (城建局, 农业局, 交通局)
PROJECT_FIELDS = frozenset({"城建", "农业", "交通", "基建", "水利", "聚力", "省市", "研学"})  # 研学基地
# fields that make no name before 项目 alone (文旅项目, 国家级非遗项目; 群众项目, 比赛项目: the
# events of a games), but do before a park's ending (惠济数字文旅产业园)
BARE_PROJECT_FIELDS = frozenset(
    {
        "文旅",
        "非遗",
        "文化",
        "旅游",
        "工业",
        "招商",
        "招商引资",
        "食品",
        "新能源",
        "群众",
        "比赛",
        "竞赛",
        "体育",
        "运动会",
        "基础设施",  # 基础设施项目, 民生领域项目, 特色种养项目, 创业项目, 文化惠民项目: kinds
        "民生",
        "领域",
        "种养",
        "特色种养",
        "创业",
        "惠民",
        "科研",  # 重大科研项目, 产学研合作项目, 协作项目, 城市更新项目: kinds
        "产学研",
        "合作",
        "协作",
        "城市更新",
        "乡村振兴",  # 乡村振兴项目, 村级集体经济项目, 产业扶贫项目, 茶园研学项目: kinds
        "村级",
        "集体经济",
        "产业扶贫",
        "扶贫",
        "研学",
        "茶园",
        "融资",  # 签约融资项目46个: loans, no project by name
        "外资",  # 外资项目, 慈善项目, 氢能项目: kinds
        "内资",
        "慈善",
        "氢能",
        "煤化工",  # 煤化工项目是全旗产业转型的“压舱石”
    }
)
ALL_PROJECT_FIELDS = PROJECT_FIELDS | BARE_PROJECT_FIELDS


@functools.lru_cache(maxsize=1 << 16)
def _words(stem: str) -> tuple[str, ...]:
    """Greedy longest-match split of ``stem`` into dictionary words (unknown characters alone)."""
    freq = frequencies()
    words, i = [], 0
    while i < len(stem):
        for length in range(min(4, len(stem) - i), 0, -1):
            if length == 1 or (freq.get(stem[i : i + length]) or 0) > 0:
                words.append(stem[i : i + length])
                i += length
                break
    return tuple(words)


def _has_predicate(stem: str) -> bool:
    """Does a verb, adverb or adjective of 2+ characters stand in ``stem`` (随时找社区)?"""
    return any(len(w) > 1 and pos_tag(w) in PREDICATE_TAGS for w in _words(stem))


# the term a congress or committee is named with (柘城县第十七届人民代表大会)
TERM_END_RE = re.compile("第?[一二三四五六七八九十]+届$")
TERM_BODIES = ("人民代表大会", "人大", "政协", "常委会")


def _power_at_start(stem: str) -> re.Match[str] | None:
    """The power a project's name starts with, after its place if any (100兆瓦…, 槐营镇|50兆瓦…)."""
    if (yearly := YEARLY_POWER_RE.search(stem)) is not None:
        return yearly  # 年产50万千瓦…: a yearly output in units of power
    found = POWER_RE.search(stem)
    if found is None or (found.start() > 0 and stem[found.start() - 1] not in "县市区镇乡村"):
        return None
    return found


ADVERB_CHARS = frozenset("还也又都并再")
LEARNT_ADVERBS = ADVERB_CHARS | frozenset("才就刚已")  # 今天才|学会: "learnt", not a society
VENUE_CENTRES = ("行政", "会议")
CAMPUS_OWNERS = tuple(
    f"{kind}{side}" for kind in ("学", "学校", "党校", "学院") for side in ("", "新", "东", "西", "南", "北")
)
DESCRIBED_WORK = 6  # characters of kinds' words after a place that make one work of that place
LISTS_OF_PROJECTS = ("重点", "重大", "季度", "年度", "批")  # 郸城县第四季度重点项目: the list, no one work
WORKS_OF_PROJECT_RE = re.compile("项目(?:主体|附属|配套|土建|安装)?$")
FARM_ENDINGS = ("合作社", "家庭农场")
FOSTERING_VERBS = (
    "发展",
    "培育",
    "鼓励",
    "扶持",
    "新建",
    "成立",
    "组建",
    "创办",
    "引导",
    "支持",
    "新增",
    "规范",
    "经营",
    "领办",
    "兴办",
    "创建",
    "建设",
    "发起",
    "注册",
)


@functools.lru_cache(maxsize=1 << 16)
def _valid(stem: str, ending: str, type_: str, lexicon: Lexicon, after_place: bool = False) -> bool:
    """Is ``stem`` + ``ending`` a name (of ``type_``)? Pure, so memoised: names recur.

    ``after_place``: the stem follows a place's name (董营乡|下马洼村), so a verb inside it
    (下马) does not make it a phrase; one that is generic but for its verbs and adverbs
    (推进村, 对接各社区) is."""
    if not stem:
        return ending in STANDALONE_OK
    if (
        type_ == "district"
        and ending in ("乡", "镇")
        and (peoples := ETHNIC_STEM_RE.search(stem))
        and peoples.start() >= 2
    ):
        return _valid(stem[: peoples.start()], ending, type_, lexicon, after_place)  # 汤旺|朝鲜族|乡: judged as 汤旺乡
    if ending in FARM_ENDINGS and stem.endswith(FOSTERING_VERBS):
        return False  # 全县发展|合作社, 鼓励发展|家庭农场: the kind fostered, no name
    measured = False  # a capacity or a power names one project of a kind (1GW光伏发电项目)
    if type_ == "project" and (capacity := CAPACITY_RE.search(stem) or _power_at_start(stem)):
        measured = True
        # judged without its capacity (年产10万吨, 100兆瓦/200兆瓦时; 华拓新能源|年产5GWh)
        stem = stem[: capacity.start()] + stem[capacity.end() :]
    if (
        (term := TERM_END_RE.search(stem))
        and term.start() > 0
        and (ending in TERM_BODIES or (ending == "委员会" and stem.startswith("政协")))
    ):
        stem = stem[: term.start()]  # 柘城县第十七届|人民代表大会: judged without its term
    if type_ == "project":
        stem = GRADE_RE.sub("", stem)  # 尼龙66切片: judged without the grade
        if stem.endswith("重点") and ending in ("项目", "工程"):
            return False  # 汝南县第二批重点项目, 市级领导分包重点项目: the key projects of a list, none by name
    if (
        any(ch.isdigit() for ch in BRAND_DIGITS_RE.sub("", stem))
        or stem.endswith("届")
        or COLLECTIVE_STEM_RE.fullmatch(stem)
    ):
        return False
    if type_ != "district" and (COUNTED_BODIES_RE.fullmatch(stem) or COUNTED_KINDS_RE.match(stem)):
        return False
    if stem.startswith("所有") or (
        type_ != "district" and (any(word in stem for word in EVERY_WORDS) or INDEFINITE_RE.search(stem))
    ):
        return False  # 区住建局为每个项目, 襄城县每年培训中小学, 宝丰县一处住宅小区: no one by name
    if type_ == "organization" and ending in GENERIC_BODY_ENDINGS and stem.endswith(tuple(PREPOSITIONS)):
        return False  # 受助学生名单经|学校推荐: through the school; 以凯旋东路社区为|中心: no body
    if type_ in ("company", "organization") and ("某" in stem or LEVEL_OF_BODIES_RE.search(stem)):
        return False  # 许昌某建筑工程有限公司: a name withheld; 南阳市县级医院, 市级中医院: a level's, none by name
    if type_ != "district" and SEVERAL_PLACES_RE.match(stem):
        return False  # 两地职业学校, 三县医院: the bodies of several places, none by name
    if ending == "公司" and stem.endswith("子") and _is_place_alone(stem[:-1], lexicon):
        return False  # 成都子公司: a subsidiary by where it is, no name (but 商城县种子公司)
    if (ending == "政府" and stem.endswith("作")) or REPORT_MADE_RE.match(stem):
        return False  # 向大会作|政府工作报告, 蒯明远作常务委员会工作报告: a report, not a body
    if (ending == "小学" and stem.endswith("中")) or (
        ending in ("学校", "小学", "中学") and stem.endswith(("县城", "城区", "乡村", "农村", "城乡"))
    ):
        return False  # 固始县中小学, 固始县城学校, 乡村学校: the schools of a kind or a place
    if type_ == "organization" and stem[:1] in CONJUNCTION_STOPS and stem[1:] in ("村", "镇", "乡", "社区"):
        return False  # 就和|村党支部书记: "and" before the village's own body, no name
    if ending == "党委" and all(ch in LEVEL_WORD_CHARS for ch in stem):
        return False  # 市县乡党委, 乡镇党委: the committees of levels, none by name
    if ending == "党委" and (place := next((e for e in PARTY_PLACES if stem.endswith(e) and len(stem) > len(e)), "")):
        own = stem[lexicon.division_at(stem, longest=len(stem) - len(place) - 1)[1] : -len(place)]
        return _valid(own, place, "district", lexicon)  # (光山县)凉亭乡党委, 金城社区党委 (not 改造前社区党委)
    if ending == "政府" and stem.endswith(("党委", "党和", "各级")):
        return False  # 送去党委政府的温暖, 党和政府的关怀: the Party and the state, no body
    if type_ == "organization" and stem[:1] == "原" and stem[1:2] in RELATIVE_LEVELS:
        return False  # 原县科学技术局: a post held before names the body (kg.extract.posts), no mention
    if ending == "中心" and (
        lexicon.division_at(stem, longest=len(stem))[1] == len(stem) or stem.endswith(("县城", "城区", "市区", "镇区"))
    ):
        return False  # 郑州市中心, 修武县城中心: the centre of a place, not a body
    if type_ == "organization" and stem.endswith(("期间", "以来", "之际", "前后")):
        return False  # 节日期间|大队启动勤务: a time, then the unit named before
    if ending == "局" and stem[-1:] in NOT_BUREAU_CHARS:
        return False  # 常见骗局, 发展格局, 服务大局, 开好局: a situation or a trick, not a bureau
    if ending == "学会" and stem[-1:] in LEARNT_ADVERBS:
        return False  # 今天才|学会: learnt, no society
    if (
        type_ == "organization"
        and ending.endswith("中心")
        and stem[0] not in RELATIVE_LEVELS
        and (
            (ending == "中心" and not stem.startswith(CENTRE_OWNERS) and not _starts_with_place(stem, lexicon))
            or _generic(stem, lexicon, FACILITY_WORDS)  # 一期游客服务中心 (but 前程卫生服务中心, AI健康管理中心)
        )
    ):
        return False  # 游客集散中心, 冷链仓储中心, 电商供应链中心: a facility of a kind, no body by name
    if ending == "商会" and stem.endswith(("协", "会")):
        return False  # 办理协商会, 防汛会商会: a meeting, no chamber of commerce
    if ending == "公司" and stem.endswith("上市"):
        return False  # 长葛市第三家上市公司, A股上市公司: a listed company, none by name
    if ending.endswith("医院") and stem.endswith("级"):
        return False  # 创成三级医院: a grade of hospitals, no name
    if ending in PLACES_ONE_GOES_TO and stem[-1:] in GOING_CHARS and len(stem) >= 2:
        return False  # 以前孩子上幼儿园, 陪王奶奶去医院: going to one, no name
    if type_ == "organization" and stem.startswith(AREA_KINDS):
        return False  # 城区义务教育学校, 县域医疗次中心: those of an area, none by name
    if ending == "中心" and stem.endswith(VENUE_CENTRES):
        return False  # 平顶山市行政中心, 柘城县会议中心: a building events are held in, no body
    if ending == "校区" and stem.endswith(CAMPUS_OWNERS):
        return False  # 开封市第二十五中学|新校区: the school's campus; the school is the body
    if ending == "厅" and stem[-1] in HALL_CHARS:
        return False  # 产品展厅, 餐厅, 大厅: a hall, not a department (教育厅)
    if type_ == "district":
        low, high = PLACE_STEM_LIMITS.get(ending, (1, 8))
        if not low <= len(stem) <= high or "的" in stem:
            return False
        if after_place and ending == "村" and stem in ERA_NAMES:
            return True  # 钱店镇|前进村, 红旗村: a name of the collective era, after a place
        if (
            ending in ("街道", "办事处", "街道办事处", "社区")
            and stem in ERA_NAMES
            and not (ending == "社区" and stem == "建设")
        ):
            return True  # 前进街道, 胜利社区: a subdistrict or community named so (not 建设|社区食堂)
        if ending in ("街道", "办事处", "社区") and len(stem) >= 3 and stem.endswith(("路", "大街", "大道")):
            road = stem[: -len(next(e for e in ("大街", "大道", "路") if stem.endswith(e)))]
            if road in ROAD_NAME_WORDS or (road[-1:] in "东西南北中" and road[:-1] in ROAD_NAME_WORDS):
                return True  # 健康路街道, 解放路街道, 健康西路社区
            if stem[-2:] in GENERIC_ROADS or _generic(road, lexicon) or _has_predicate(road):
                return False  # 修好道路|街道: a road, no street's name
        if (
            stem.endswith(("回", "返", "下", "驻", "进", "入", "跨") if ending in ("村", "乡") else ("进", "入", "跨"))
            and ending in ("村", "乡", "镇")
            and stem[-2:-1] not in "东西南北前后上中大小"
        ):
            return False  # 等人回村, 引返乡, 郑凯驻村, 辅警进村, 跨镇作业: going to or across, no place (but 北下村)
        if ending in ("村", "乡", "镇") and stem.endswith("去"):
            return False  # 以前去镇上赶集: going to town, no place
        if ending == "社区" and stem.endswith(("进", "入")):
            return False  # 服务进社区: going to the communities, no place
        if ending == "村" and stem.startswith(("拟", "驻")) and not stem.startswith("驻马店"):
            return False  # 拟利用村集体用地, 驻真村 (stationed in)
        if ending in ("村", "镇", "乡", "县") and len(stem) >= 3 and stem.endswith("大") and is_word(stem[:-1]):
            return False  # 产粮大村, 人口大镇, 农业大县: a place big in something, none by name
        if ending in ("村", "镇", "乡") and len(stem) >= 3 and stem.endswith("来") and is_word(stem[:-1]):
            return False  # 孩子来村里, 专家来镇上: coming to one (but 福来村)
        if (
            ending in ("村", "乡", "镇", "县", "市")
            and len(stem) >= 3
            and stem[-1] in SLOGAN_VERBS
            and pos_tag(stem[:-1]) in ("n", "vn")
            and is_word(stem[:-1])
        ):
            return False  # 产业强乡、生态立乡, 文化兴村: a slogan, no place
        if "之" in stem or (ending == "村" and stem.endswith("村")):
            return False  # 柳编之乡 (an epithet), 北寨村|村口
        if ending == "镇" and stem.endswith("古") and len(stem) > 1:
            return False  # 汲水古镇, 白庙古镇: a scenic old town, no township
        if ending == "镇" and stem.endswith(("乡", "苏木")):
            return False  # 全部乡镇, 可乡镇卫生院: 乡镇 (towns and townships), no place
        if (
            all(ch in LEVEL_WORD_CHARS + "村" for ch in stem)
            or (ending in ("镇", "乡") and stem in NO_TOWN_STEMS)
            or (ending == "村" and _village_kind(stem, lexicon))
        ):
            return False  # 县乡镇: levels, no place; 中心镇, 特色小镇: kinds of towns
        if stem[0] in "个名位座处" or stem.startswith(("多名", "多个", "多位")):
            return False  # 各个|临河村组, 20多名|镇村干部: a count, no place
        if "几" in stem or any(ch in "俺咱我你他哪" for ch in stem):
            return False  # 前几年村, 以后俺村, 哪个村: a time or a pronoun (俺村, our village), no place
        if stem.endswith(("着", "了")):
            return False  # 带着村“两委”干部: a verb before 村, no place
        if ending == "村" and len(stem) > 2 and pos_tag(stem[-2:]) == "t":
            return False  # 晚饭后|村里: a time before 村里, no place (but 王后村)
        if after_place:
            rest = "".join(w for w in _words(stem) if pos_tag(w) not in PREDICATE_TAGS)
            return not _generic(rest, lexicon)  # 对接各社区: 各 alone is left
        return not _generic(stem, lexicon) and not _has_predicate(stem)
    if type_ == "project" and ending == "基地" and _kind_of_base(stem, lexicon):
        return False  # 三轮摩托车生产基地, 稻虾共作基地: a kind of base, no place or brand names it
    if type_ == "project" and ending == "项目" and (stem.endswith(("公司", "本", "该", "此")) or "项目" in stem):
        return False  # X有限公司项目: a company's, unnamed; 现将本项目, 项目概况项目: no name
    if (
        type_ == "company"
        and (rest := without_places(stem, lexicon)).startswith(RUNNING_VERBS)
        and _generic(rest[2:], lexicon)
        and not rest[2:].startswith("管理")  # 河南经营管理有限公司: a name
    ):
        return False  # 曾在青岛经营物流公司: running a company of a kind there, none by name
    if ending == "厂":  # 博爱县月山水泥厂, 上蔡县宏兴塑料制品厂: a place's works by name (not 服装厂, 许良镇水厂, 进厂)
        rest = without_places(stem, lexicon)
        return rest != stem and len(rest) >= MIN_WORKS_NAME and not _generic(rest, lexicon) and not _has_verb(rest)
    if type_ == "project" and ending == "项目" and (OWN_PHASE_RE.fullmatch(stem) or SPORT_EVENT_RE.search(stem)):
        return False  # 公司二期项目: the company's next phase, unnamed; 男子传统长拳项目: an event of a contest
    if type_ == "project" and ending in LINE_ENDINGS and GENERIC_LINE_RE.search(stem):
        return False  # 四车道高速公路, 豫南地区高速公路, 县域内高速公路: a kind of road, or the region's
    if type_ == "project":
        if stem.endswith("类") or SCALE_START_RE.match(stem) or stem.startswith(("个", "标段")):
            return False  # 装备制造类项目: a kind; 万头肉牛养殖基地: a scale; 3个标段路基工程: a count, no name
        words = _words(stem)
        work = stem[-2:]
        if (
            (ending.endswith("工程") or (work in PROJECT_WORKS and _stops(work, lexicon)))
            and not measured  # 年产1.5亿平方米绿色包装扩建项目: its capacity makes it one
            and not _starts_with_place(stem, lexicon)
            and not _names_a_feature(stem, lexicon)
            and not (len(stem) >= 7 and stem[:-2].endswith(NAMED_WORKS_SITES))
            and not _names_a_compound(stem, lexicon)
        ):
            return False  # 老旧小区改造项目, 农村公路提质改造工程: a kind of project, not one
        rest = without_places(stem, lexicon)
        own = rest[rest.rfind("公司") + 2 :] if "公司" in rest[:-2] else rest  # X有限公司|智能家居产业园
        if (
            any(site in stem for site in COMPOUND_SITES)
            and not _names_a_compound(stem, lexicon)
            and not _starts_with_local_place(stem, lexicon)  # 钱店镇乡村振兴示范片区建设项目
        ):
            return False  # 各安置小区项目, 全县安置小区项目: a kind of compound, none by name
        if own != rest:
            words = _words(own)  # X有限公司|申报花木产业化项目: what follows the company is judged
        if own.startswith(PLANNING_VERBS):
            return False  # 为X公司申报花木产业化项目, 共谋划重点项目: projects applied for, no name
        if len(own) > MAX_PROJECT_STEM or (
            words
            and not measured  # 200兆瓦|独立共享储能电站项目: what the power's project is like
            and len(words[0]) > 1
            and pos_tag(words[0]) in LEADING_PREDICATE_TAGS
            and not own.startswith(lexicon.protected)  # 预制菜精深加工项目: a noun, not 预制
        ):
            return False
        if any(verb in stem for verb in REPORTING_VERBS + HANDLING_VERBS) or MERCHANT_KINDS_RE.match(rest):
            return False  # 社旗县检查防汛备汛和水利工程: the visit, not the project's name
        if (
            ending == "项目"
            and (
                PROJECT_COUNT_RE.search(rest)  # but 漯河市城区二次供水项目, 长垣市一次性…项目
                or (stem.endswith("新") and not is_word(stem[-2:]))  # not 城市更新项目
                or (rest.endswith("化") and len(rest) <= 3)  # 产业化项目; not 城乡供水一体化项目
                or stem.endswith("会场")
                or COUNT_BEFORE_PROJECTS_RE.search(stem)  # 一天看三个|项目: a count of them
                or (rest.endswith("产业") and not measured)  # 花木产业项目, 食品装备产业项目: a kind
                or re.search("(?<!社)(?:[区县市镇乡]|街道)[为对向把被将给由]", stem)  # not 社区为老服务综合体项目
                or rest in BARE_PARK_KINDS
            )
        ):
            return False
        if ending.endswith("工程") and WORKS_OF_PROJECT_RE.search(stem):
            return False  # 南阳国际陆港多式联运中心项目|主体工程: the works of the project named, no other
        if ending == "基地" and stem.endswith("宅"):
            return False  # 闲置宅基地: no project's name
        # judged without the places it starts with: 辉县市项目, 詹店镇项目, 宝丰经开区重点项目 are a
        # place's projects, not one
        fields = ALL_PROJECT_FIELDS if ending == "项目" else PROJECT_FIELDS
        # but a place's work described at length is one (钱店镇|乡村振兴示范片区建设项目)
        described = (
            len(rest) >= DESCRIBED_WORK
            and _starts_with_local_place(stem, lexicon)
            and not any(word in rest for word in LISTS_OF_PROJECTS)
        )
        return len(rest) > 1 and (measured or described or not _generic(rest, lexicon, fields))
    if len(stem) == 1:
        return stem in RELATIVE_LEVELS and type_ == "organization"
    if stem[0] in RELATIVE_LEVELS and len(stem) > 1 and _generic(stem[1:], lexicon) and type_ == "organization":
        return True
    if type_ == "organization" and _is_city_or_county(stem, lexicon):
        return True  # 新乡学院, 新乡大学: a city's name, though 新 and 乡 are generic stems
    return not _generic(stem, lexicon)


def _is_city_or_county(stem: str, lexicon: Lexicon) -> bool:
    """Is ``stem`` a prefecture's or a county's name, full or short (新乡, 新乡市)?"""
    division, length = lexicon.division_at(stem, longest=len(stem), short=True)
    return (
        division is not None
        and length == len(stem)
        and division.level in ("prefecture", "county")
        and (stem == division.name or stem not in lexicon.ambiguous_places)  # not 新建 (新建区), a verb first
    )


PLACE_ENDINGS = (*ZONE_ENDINGS, "街道", "办事处", "社区", "镇", "乡", "苏木")
LISTED_COMPANIES_RE = re.compile(
    r"((?:[^\s，。；：、“”（）]{2,14}、)*[^\s，。；：、“”（）]{2,14})等(?!方面|地(?!方))[^\s，。；、]{0,10}?(?:企业|公司|药企)"
)
LISTED_TAIL_RE = re.compile(r"等[^\s，。；、]{0,10}?(?:企业|公司|药企)")  # what every match of it ends with


def place_ends(
    text: str, places: list[tuple[int, int]], matches: Sequence[SuffixMatch] | None = None
) -> frozenset[int]:
    """Where a place name ends: a place written after it starts a new name (上街区|峡窝镇).

    ``matches`` are those of :func:`suffix_matcher` in ``text`` when already known.
    """
    ends = {end for _, end in places}
    if matches is None:
        matches = suffix_matcher().find(text)
    ends.update(
        end
        for start, end, suffixes in matches
        if text[start:end] in PLACE_ENDINGS
        # not where the ending goes on into a longer one (首阳山街道|办事处 is one name)
        and all(_ends_a_name(text, end, s) for s in suffixes if s.text == text[start:end])
        and not _doubled_level(text, end)
        # not a level glued into a word (开封城乡|一体化示范区: 城乡, no township)
        and not any(_glued_to_word(text, start, s) for s in suffixes if s.text == text[start:end])
    )
    return frozenset(ends)


def _doubled_level(text: str, end: int) -> bool:
    """Is the level ending at ``end`` doubled, the first of a town's name (新镇|镇，), not a town
    and a word after it (柳塘镇|镇长, 柳塘镇|镇区, 柳塘镇|镇村两级干部)?"""
    return (
        text[end : end + 1] == text[end - 1 : end]
        and text[end - 1] in "镇乡"
        and not is_cjk(text[end + 1 : end + 2])  # 新镇镇，; not 柳塘镇镇长, 马寨镇镇容, 丁营乡乡直单位
    )


def may_list_companies(text: str) -> bool:
    """A quick test that :data:`LISTED_COMPANIES_RE` can match (it is slow where it cannot)."""
    return "等" in text and LISTED_TAIL_RE.search(text) is not None


def find_listed_companies(text: str, floor: int = 0, lexicon: Lexicon | None = None) -> list[Chunk]:
    """Names listed before 等...企业 (吸引赛奥斯博等医药科研企业入驻)."""
    if not may_list_companies(text):
        return []
    lexicon = lexicon or load_lexicon()
    found = []
    for match in LISTED_COMPANIES_RE.finditer(text, floor):
        if any(kind in match.group()[match.end(1) - match.start() :] for kind in KINDS_OF_COMPANIES):
            continue  # 鞋材、鞋机等配套企业: the trades of the companies, not their names
        cursor = match.start(1)
        items = match.group(1).split("、")
        for n, item in enumerate(items):
            start, end = cursor, cursor + len(item)
            cursor = end + 1
            if n == 0:
                start = scan_left(text, end, max(floor, start), lexicon)
            name = text[start:end]
            if (
                2 <= len(name) <= 12
                and not _generic(name, lexicon)
                and not any(c.isdigit() for c in name)
                and not _industry_word(name)
            ):
                found.append(Chunk(start, end, "company", ""))
    return found


KINDS_OF_COMPANIES = ("配套", "上下游", "相关", "同类", "业态")  # 保税研发、融资租赁等新业态企业


def _industry_word(name: str) -> bool:
    """Is ``name`` common nouns only (轴承, 制药: 分布在轴承、制药等企业), an industry, not a brand
    (格力, 海尔, 宇通客车)?"""
    return all(len(w) > 1 and pos_tag(w) in ("n", "vn") and word_frequency(w) >= 100 for w in _words(name))


TOWN_BODIES = ("党委", "政府", "人民政府")
# X局 words that name no bureau (骗局, 格局, 大局, 布局, 结局, 僵局, 开局, 变局, 破局...)
NOT_BUREAU_CHARS = frozenset("骗格大布结僵开变破困迷残败赌饭棋战时乱危终定好")
ENUMERATOR_RE = re.compile("[一二三四五六七八九十0-9]{1,3}")  # the number of an item, as in （二）
ROUTE_END_CHARS = "村乡镇县区市界路街站口"  # what the first end of a route written A至B ends with
CENTRE_OWNERS = ("国家", "中国", "全国", "中央", "国务院")  # centres named by the state (国家反诈中心)
# the words of a centre's kind, what it does (游客集散中心, 冷链仓储中心, 普惠金融服务中心): a centre named
# with these alone is a facility of a kind, no body (but 前程卫生服务中心: 前程 is a subdistrict's name)
FACILITY_WORDS = frozenset(
    {
        "游客",
        "集散",
        "冷链",
        "仓储",
        "供应链",
        "电商",
        "选品",
        "服务",
        "普惠",
        "金融",
        "新建",
        "一期",
        "二期",
        "三期",
        "工程",
        "技术",
        "研究",
        "研发",
        "设计",
        "案件",
        "管理",
        "检察",
        "诉讼",
        "招商",
        "便民",
        "购物",
        "会议",
        "行政",
        "信息化",
        "灌区",
        "康养",
        "山地",
        "会诊",
        "远程",
        "急救",
        "急诊",
        "集配",
        "区域",
        "物流",
        "配送",
        "分拣",
        "展销",
        "家居",
        "产品",
        "喷涂",
        "集控",
        "项目",
        "客服",
        "备件",
        "加工",
        "五轴",
        "综合",
        "养老",
        "直播",
        "孵化",
        "数据",
        "指挥",
        "调度",
        "运营",
        "检测",
    }
)
SLOGAN_VERBS = frozenset("强立兴富美活")  # (产业)强(乡): what a slogan does for a place
PARTY_PLACES = ("社区", "街道", "村", "镇", "乡")  # places whose Party committee is named after them
POST_TIMES = ("时任", "现任", "原任", "曾任", "历任", "前任")
LEVEL_WORD_CHARS = "省市县区乡镇"  # the levels of divisions, as the last character of their names
# a project described by its scale (万头肉牛养殖基地, 千亩设施蔬菜产业园), not named
SCALE_START_RE = re.compile("[十百千万]+[亩头只羽]")
NO_TOWN_STEMS = frozenset({"中心", "特色", "色小", "重点", "偏远", "城乡", "县城", "乡镇", "集镇"})
# kinds of villages, no village's name (三个城中村, 花卉专业村, 脱贫村, 行政村)
VILLAGE_KINDS = (
    "城中",
    "空心",
    "贫困",
    "脱贫",
    "示范",
    "专业",
    "重点",
    "先进",
    "后进",
    "软弱涣散",
    "行政",
    "自然",
    "移民",
    "特色",
    "空壳",  # 空壳村: a village with no collective income
    "村容",  # 村容村貌: the village's look, an idiom
)
# what a township's name may follow when its stem is a word (县|出山镇, 到|逍遥镇, 为|辛集乡)
TOWN_OPENERS = frozenset("县区市到在赴至为、，,：:与和及（(同")  # 同: 县商务局会同|逍遥镇
# what follows a township's name, not a word it may end (城乡|居民, 家乡|的)
TOWN_FOLLOWERS = ("党委", "政府", "人民政府", "乡长", "镇长", "人大", "纪委", "卫生院", "派出所", "司法所", "财政所")


def _in_town_context(text: str, name_start: int, end: int) -> bool:
    """Does the text around ``text[name_start:end]`` (a two-character stem and 乡 or 镇) say it
    is a township: its county right before it, or its village or its body right after? Not
    when the stem is levels or a kind (县城乡镇, 特色小镇, 中心镇)."""
    stem = text[max(name_start, 0) : end - 1]
    if stem in NO_TOWN_STEMS or all(ch in LEVEL_WORD_CHARS + "城" for ch in stem):
        return False
    return (
        (name_start >= 1 and text[name_start - 1] in "县区市")
        or (name_start >= 2 and text[name_start - 1] == "、" and text[name_start - 2] in "镇乡")  # 屯子镇、|新镇镇
        or text.startswith(TOWN_FOLLOWERS, end)
        or (text[end : end + 1] not in LEVEL_WORD_CHARS + "村" and VILLAGE_AFTER_RE.match(text, end) is not None)
    )


def _starts_county(text: str, at: int) -> bool:
    """Does the full name of a county-level division start at ``at``?"""
    division, _ = load_lexicon().division_at(text, at, longest=5)
    return division is not None and division.level == "county"


def _ends_a_name(text: str, end: int, suffix: Suffix) -> bool:
    """Does ``suffix`` end a name at ``end``: not followed by what makes it part of a word
    (镇长, 街道办), unless a village follows a town (竹林镇|长寿山村)?"""
    if suffix.type == "district" and len(suffix.text) == 1 and _starts_county(text, end - 1):
        return False  # 地处镇平县: 镇 starts 镇平县, it ends no town
    if suffix.text == "学校" and text[end - 3 : end - 2] == "大" and text[end : end + 1] in ("地", "企"):
        return False  # 郑州轻工业大学|校地合作: the university, then 校地 (a school and a place)
    if not suffix.not_followed_by or not text.startswith(suffix.not_followed_by, end):
        return True
    if (
        suffix.text in ("乡", "镇")
        and text.startswith(TOWN_BODIES, end)
        and (text[end - 2 : end - 1] not in LEVEL_WORD_CHARS or market_town(text, end - 2))
    ):
        return True  # 尉氏县岗李乡|党委书记: the township, in a post's body (not 市县乡党委), is a place
    return suffix.type == "district" and VILLAGE_AFTER_RE.match(text, end) is not None


ROAD_STREETS = ("路街道", "大街街道", "大道街道", "路办事处")


FACULTY_ENDINGS = ("学院", "研究生院", "研究院")
FACULTY_MAX = 10


JOINED_FACULTY_LONGEST = 6


def _university_start(
    text: str, name_start: int, start: int, floor: int, lexicon: Lexicon, barriers: frozenset[int]
) -> int:
    """Where a faculty named after its university starts when a word of its own name stops
    the scan (中国矿业大学|安全|工程学院, 郑州轻工业大学|食品与|生物工程学院): at the
    university, when the faculty's name alone is none (工程学院); 河南大学与郑州学院 stay two."""
    suffix = text[start : start + 4] if text.startswith("研究生院", start) else text[start : start + 2]
    window = max(floor, start - FACULTY_MAX - 2)
    # 许昌学院|文学与传媒学院: a college is a university too
    at = max(text.rfind("大学", window, name_start), text.rfind("学院", window, name_start))
    joined = (
        at >= 0
        and text[name_start - 1 : name_start] in "与及"
        and 2 <= name_start - 1 - (at + 2) <= JOINED_FACULTY_LONGEST
        and not _names_an_act(text[at + 2 : name_start - 1], lexicon)
    )  # 许昌学院|文学与传媒学院: a faculty of two fields, right after its university
    if at < 0 or (_valid(text[name_start:start], suffix, "organization", lexicon) and not joined):
        return name_start
    faculty = text[at + 2 : start]
    if not all(map(is_cjk, faculty)) or faculty[:1] in "与和及同跟" or _names_an_act(faculty, lexicon):
        return name_start  # 河南大学与郑州学院, 郑州大学举办工程学院…: two bodies, or a verb between
    university = scan_left(text, at, floor, lexicon, barriers, industry=True)
    return (
        university
        if university < at and _valid(text[university:at], text[at : at + 2], "organization", lexicon)
        else name_start
    )


def _names_an_act(text: str, lexicon: Lexicon) -> bool:
    """Does ``text`` hold a common verb or a left stop (举办, 联合)?"""
    return any(text[i : i + 2] in lexicon.left_stops or text[i : i + 2] in _stop_verbs() for i in range(len(text) - 1))


def _road_start(text: str, name_start: int, floor: int) -> int:
    """Where a subdistrict named after a road starts when the road's name stopped the scan as
    a verb (二七区|建设|路街道): right after the place before it, two or three characters back."""
    if not text.startswith(("路", "大街", "大道"), name_start):
        return name_start
    for back in (2, 3):
        at = name_start - back
        if at - 1 >= floor and text[at - 1] in "区县市镇乡" and all(map(is_cjk, text[at:name_start])):
            return at
    return name_start


def _after_a_date(text: str, name_start: int) -> bool:
    """Does the candidate start with the unit of a number before it (2024|年第一季度...)?"""
    return 0 < name_start < len(text) and "0" <= text[name_start - 1] <= "9" and text[name_start] in "年月日号季期届"


def _from_place_before(text: str, name_start: int, start: int, barriers: frozenset[int]) -> int:
    """Where a place's name may start when a word inside it stopped the scan (董营乡|下马洼村,
    whose 下马 is a verb): right after the place before it, if that is near and all that
    lies between is that verb; else ``name_start``."""
    before = max((b for b in barriers if b < name_start and start - b <= 6), default=-1)
    if before < 0 or text[before:name_start] not in _stop_verbs() or not all(is_cjk(ch) for ch in text[before:start]):
        return name_start  # only a verb between the two (到|内乡县 stays cut at 到)
    return before


# a county's industrial cluster zone is named with the county (遂平县产业集聚区,
# 襄城县循环经济产业集聚区), where other zones often go by their own name (郑东新区)
COUNTY_ZONE = "产业集聚区"


def _city_short_form_ends(text: str, name_start: int, end: int, lexicon: Lexicon) -> bool:
    """Does a city's short name (新乡) end a longer span at ``end``? (A county's, 宁乡 or 永宁, is
    the end of many a township's name.)"""
    division = lexicon.divisions_by_short.get(text[end - 2 : end]) if end - name_start > 2 else None
    return division is not None and division.level == "prefecture"


def _second_body_start(text: str, name_start: int, start: int, lexicon: Lexicon) -> int:
    """Where the second of two bodies written together starts (中共宝丰县委|宝丰县人民政府,
    中共商城县委员会|商城县人民代表大会常务委员会, 中共焦作市委老干部局|焦作市人大常委会办公室: a joint
    notice's issuers): a place named right after a committee, a government or a bureau."""
    for at in range(name_start + 2, start):
        if text[at - 1] == "局" and (text.endswith("总局", 0, at) or text.startswith(("分局", "局"), start)):
            continue  # 平顶山市生态环境局|郏县分局, 国家税务总局|禹州市税务局: one body, its branch
        if (
            text[at - 1] in "委府局" or (text.endswith("委员会", 0, at) and text.startswith("中共", name_start))
        ) and lexicon.division_at(text, at)[0] is not None:
            return at
    return name_start


def _with_division_before(text: str, name_start: int, floor: int, lexicon: Lexicon, short: bool = True) -> int:
    """``name_start``, or the start of the city or county named right before it (by its full
    name, or with ``short`` by an unambiguous short one): a county's 产业集聚区 is named with
    the county (遂平县产业集聚区), and so is a zone whose own words are generic (新乡经济技术开发区,
    正阳县先进制造业开发区)."""
    for length in range(min(7, name_start - floor), 1, -1):
        word = text[name_start - length : name_start]
        found = lexicon.divisions_by_name.get(word)
        division = found[0] if found else lexicon.divisions_by_short.get(word) if short else None
        levels = ("prefecture", "county") if short else ("county",)
        if division is not None and division.level in levels and word not in lexicon.ambiguous_places:
            return name_start - length
    return name_start


def find_chunks(
    text: str,
    floor: int = 0,
    barriers: frozenset[int] = frozenset(),
    lexicon: Lexicon | None = None,
    place_barriers: frozenset[int] | Callable[[], frozenset[int]] = frozenset(),
    matches: Sequence[SuffixMatch] | None = None,
) -> list[Chunk]:
    """All name candidates ending in a known suffix, possibly overlapping.

    ``place_barriers`` stop the scan of place names only (经开区|京航办事处), while
    organisations keep the places they start with (金水区纪委监委); a function giving
    them is only called when a place name ends in the text. ``matches`` are those of
    :func:`suffix_matcher` in ``text`` when already known (by end, longest first, as a
    Matcher gives them): at each end the longest suffix that gives a valid name wins.
    """
    lexicon = lexicon or load_lexicon()
    if matches is None:
        matches = suffix_matcher().find(text)
    district_barriers: frozenset[int] | None = None  # barriers | place_barriers, when first needed
    found: list[Chunk] = []
    done = -1  # the last end that gave a name
    for start, end, suffixes in matches:
        if end == done or start < floor:
            continue
        for suffix in suffixes:
            if not _ends_a_name(text, end, suffix):
                continue
            if len(suffix.text) == 1 and _glued_to_word(text, start, suffix):
                continue
            if suffix.type != "district":
                name_start = scan_left(
                    text, start, floor, lexicon, barriers, industry=True, project=suffix.type == "project"
                )
                if suffix.type == "company":
                    name_start = _company_place_start(text, name_start, start, lexicon)
                    name_start = _verb_brand_start(text, name_start, floor, lexicon)
                elif suffix.type == "organization" and (
                    (placed := _company_place_start(text, name_start, start, lexicon)) != name_start
                ):
                    name_start = placed  # 报|许昌市人民检察院: a verb before the body's place
                elif text.startswith(ROAD_STREETS, name_start):
                    name_start = _road_start(text, name_start, floor)  # 二七区|建设路街道党工委
                elif suffix.text in FACULTY_ENDINGS:
                    name_start = _university_start(text, name_start, start, floor, lexicon, barriers)
                if (
                    text[name_start] == "现"
                    and text[name_start - 1 : name_start] in ("（", "(")
                    and start - name_start > 3
                ):
                    name_start += 1  # 焦作矿业学院（现|河南理工大学）: its name now
                if text.startswith(POST_TIMES, name_start) and start - name_start > 3:
                    name_start += 2  # 时任|郑州市金水区发展和改革委员会主任
                elif text.startswith("任", name_start) and lexicon.division_at(text, name_start + 1)[0] is not None:
                    name_start += 1  # 挂职任|伊州区人民医院副院长
                if (
                    text[name_start] == "原"
                    and start - name_start > 3
                    and lexicon.division_at(text, name_start)[0] is None  # 原阳县
                    and _starts_with_place(text[name_start + 1 : start], lexicon)
                ):
                    name_start += 1  # 原|姜店乡第一初级中学: the school by its name before, a place's
                if suffix.type == "project" and (capacity := _with_capacity(text, name_start, floor)) != name_start:
                    # a brand before the capacity is the project's too (华拓新能源年产5GWh储能电池项目)
                    # (not as a project's ending: 建设|年产… is no work of the name's, 恒达公司建设|年产)
                    brand = scan_left(text, capacity, floor, lexicon, barriers, industry=True)
                    keep = (
                        2 <= capacity - brand <= 6
                        and not (brand > floor and text[brand - 1].isdigit())  # 8.2|亿元: a number's unit
                        and not text[brand:capacity].endswith(("公司", "企业", "厂"))
                        and _group_brand(text[brand:capacity], lexicon)  # 瑞穗集团年产…: a group by its short name
                        and not pos_tag(text[brand:capacity]).startswith("v")  # 建设|年产12万吨挂面项目
                        and not _generic(text[brand:capacity], lexicon)  # 新建
                        and _valid(text[brand:start], suffix.text, "project", lexicon)
                    )
                    widened = brand if keep else capacity
                    company = next((c for c in reversed(found) if c.type == "company" and c.end == capacity), None)
                    if company is not None and text[company.start : company.end].endswith(FULL_COMPANY_FORMS):
                        widened = company.start  # 河南锦泓新材料有限公司年产3万吨…项目: the company's, in full
                    if _valid(text[widened:start], suffix.text, "project", lexicon):
                        name_start = widened  # else the name the scan found (not its capacity's phrase)
                if (
                    suffix.text.endswith(("项目", "工程"))
                    and name_start - 1 > floor
                    and text[name_start - 1] in WORKS_JOINED
                    and not is_word(text[name_start - 2 : name_start], JOINING_WORD_FREQUENCY)  # 参与|项目, 普及
                    # 西峡县人民政府与|浙江万丰科技有限公司…项目: two sides, no two works
                    and not any(c.end in (name_start - 1, name_start) or c.start == name_start for c in found)
                ):
                    name_start = _joined_works_start(text, name_start, start, floor, lexicon, barriers, suffix.text)
            else:
                if district_barriers is None:
                    places = place_barriers() if callable(place_barriers) else place_barriers
                    district_barriers = barriers | places if places else barriers
                name_start = scan_left(text, start, floor, lexicon, district_barriers)
                if suffix.text in ("乡", "镇") and (
                    ethnic := ETHNIC_STEM_RE.search(text, max(floor, start - 16), start)
                ):
                    # 汤旺朝鲜族乡, 荷花傣族佤族乡: the peoples are the township's name (朝鲜 no country)
                    name_start = scan_left(text, ethnic.start(), floor, lexicon, district_barriers - {ethnic.start()})
                if suffix.text in ("街道", "办事处"):
                    name_start = _road_start(text, name_start, floor)
                if text.startswith(POST_TIMES, name_start) and start - name_start > 3:
                    name_start += 2  # 时任|云栖镇党委书记
                elif text[name_start] in "原现" and start - name_start > 2:
                    name_start += 1  # 原|黄桥乡党委书记 (曾 is a surname: 曾家庄村)
                link = max(text.rfind("至", name_start, start), text.rfind("到", name_start, start))
                if link >= name_start and start - link > 2 and (link == name_start or text[link - 1] in "村乡镇界"):
                    name_start = link + 1  # 白庄村至|马楼乡河口村, 息县界至|张寨镇: the two ends of a road
                if suffix.text in ("乡", "镇") and _city_short_form_ends(text, name_start, end, lexicon):
                    continue  # 上海新乡商会, 等方面为新乡: the city 新乡, no township
                if suffix.text == COUNTY_ZONE:
                    name_start = _with_division_before(text, name_start, floor, lexicon, short=False)
                elif suffix.text.endswith(ZONE_ENDINGS) and (
                    name_start == start or not _valid(text[name_start:start], suffix.text, "district", lexicon)
                ):  # a zone named with its place: 新乡|经济技术开发区, 新乡|经开区, not 郑东新区
                    named = _with_division_before(text, name_start, floor, lexicon)  # 新乡|经济技术开发区
                    if named < name_start and start - name_start <= 8 and all(map(is_cjk, text[name_start:start])):
                        found.append(Chunk(named, end, suffix.type, suffix.text))
                        done = end
                        break
                if (
                    suffix.text in ("乡", "镇")
                    and start - name_start == 2
                    and not _valid(text[name_start:start], suffix.text, suffix.type, lexicon)
                    and not _generic(text[name_start:start], lexicon)
                    and not all(ch in LEVEL_WORD_CHARS + "村" for ch in text[name_start:start])
                    and text[name_start:start] not in NO_TOWN_STEMS
                    and not (suffix.text == "镇" and text[start - 1] == "乡")  # 可|乡镇卫生院: 乡镇, no town
                    and (name_start == floor or text[name_start - 1] in TOWN_OPENERS)
                    and _in_town_context(text, name_start, end)
                ):  # 西平县出山镇, 到逍遥镇党委: a township named with a verb or an adjective
                    found.append(Chunk(name_start, end, suffix.type, suffix.text))
                    done = end
                    break
                if not _valid(text[name_start:start], suffix.text, suffix.type, lexicon):
                    after = _from_place_before(text, name_start, start, district_barriers)
                    if after != name_start and _valid(text[after:start], suffix.text, suffix.type, lexicon, True):
                        found.append(Chunk(after, end, suffix.type, suffix.text))
                        done = end
                        break
            if _after_a_date(text, name_start):
                continue  # 2024年第一季度重大项目: a date, not a name
            if (
                suffix.type != "district"
                and name_start > 0
                and text[name_start - 1] in "全各"
                and text[name_start] in RELATIVE_LEVELS
            ):
                continue  # 对全县|学校开展检查: every school of the county, no body
            if suffix.type != "district" and name_start > floor and "0" <= text[name_start - 1] <= "9":
                continue  # 一期12|万平方米仓储中心: a number's unit, no name (but ①智能家居产业园项目)
            if suffix.type == "organization":
                name_start = _second_body_start(text, name_start, start, lexicon)  # 中共宝丰县委|宝丰县人民政府
            # a place listed after another (淖毛湖镇、|下马崖乡): a verb inside it is the name's, as after a place
            listed = (
                suffix.type == "district"
                and name_start >= 2
                and text[name_start - 2 : name_start] in LISTED_AFTER_PLACE
            )
            if _valid(text[name_start:start], suffix.text, suffix.type, lexicon) or (
                listed and _valid(text[name_start:start], suffix.text, suffix.type, lexicon, True)
            ):
                found.append(Chunk(name_start, end, suffix.type, suffix.text))
                done = end
                break
    found.sort()  # by start and end, which no two chunks share
    return [_with_phase(text, chunk) for chunk in found]


PHASE_RE = re.compile("[（(][一二三四五六七八九十0-9]{1,2}期(?:工程)?[）)]")


def _with_phase(text: str, chunk: Chunk) -> Chunk:
    """A project with its phase in brackets after it (老旧小区改造项目（二期）): one project's name."""
    if chunk.type != "project" or (phase := PHASE_RE.match(text, chunk.end)) is None:
        return chunk
    return chunk._replace(end=phase.end())
