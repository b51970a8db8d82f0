"""A synthetic corpus of local-government news pages, with its gold annotation.

    python benchmarks/make_corpus.py OUT --mb 10 --seed 1

writes ``OUT/pages/NNN/pNNNNNN.txt`` (pages of 5-30 KB in the style of ``seeds/``, 500 per
folder), one gold JSON per page in ``OUT/gold/`` (the format of
``tests/fixtures/gold/README.md``; ``"file"`` is the page's path relative to ``OUT/pages``,
as ``kg`` names it) and ``OUT/manifest.json`` (parameters and counts). Score a build with
``kg eval OUT/gold --input OUT/pages``.

How the text is made:

* a *world* drawn from the packaged lexicons (``kg/data``): every county-level division
  of Henan in ``divisions.csv`` (a few whose names read as ordinary words, 老城区, 解放区,
  or are two characters long, 滑县, are left out) has office holders for the posts of
  ``posts.tsv`` (县委书记, 县委副书记、县长, 县人大常委会主任...), towns and villages
  (stem + 镇/乡, stem + 村), companies (stem + 有限公司/集团) and projects (stem +
  产业园项目/基地项目); prefectures have a secretary, a mayor and a vice-mayor. Every
  ``EPOCH_PAGES`` pages some posts change hands and new companies and projects appear,
  so the number of distinct entities grows with the corpus;
* names are new: surname (``surnames.txt``, the rare ones excluded) + 1-2 given
  characters, minted through a seeded bijection so that no two people share a name,
  skipping names that are dictionary words (高峰) so a reader takes them as names;
* articles are recombined from templates that carry typed facts (an official 调研 a
  project and visits a company; a signing with 签订《X合作协议》; a meeting that one
  official 主持 and others 出席; a village feature; a groundbreaking with 落地/位于/在),
  with filler sentences in the register of the seeds, bylines in the lead
  (本报讯（记者 X 通讯员 Y）) or at the end (记者 X), kicker lines over headlines;
* print-layout noise with seeded probabilities: narrow columns that break lines inside
  words, blank lines inside sentences, stray spaces, half-width punctuation.

The gold of a page lists what its text states: entities with their posts and aliases,
holds_post, visited, signed, located_in (the most specific place stated, the places written
before it in the same chain optional (v4); else the article's county for the companies and
projects of an article about one county, as the seed gold does), part_of
(town -> county, village -> town), chaired, attended, works_for and reported. A
prefecture named only inside a post (开封市委书记) or a company's name is ``optional``;
a party to an agreement lies in the city its name starts with (v3; the pages are those
of v2), and so does a company of an article about one county that names its city (v6, the
county optional; the pages are those of v5).

Same seed and size give byte-identical files: every random choice comes from
``random.Random`` seeded with strings, nothing iterates over a set, and pages are
written one at a time (memory stays flat; the only state that grows is a counter per
name space).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import math
import random
import shutil
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "data"
MB = 1_000_000  # sizes are in decimal megabytes of page text (UTF-8)
GENERATOR_VERSION = 6
PAGES_PER_FOLDER = 500
EPOCH_PAGES = 200  # pages between changes of office holders
PAGE_MIN, PAGE_MODE, PAGE_MAX = 5_000, 11_000, 30_000  # bytes

# ---------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    short: str  # 开封市 -> 开封 ("" when none)
    level: str  # prefecture | county
    parent: str  # the prefecture's name for a county

    @property
    def level_char(self) -> str:
        return self.name[-1]

    @property
    def relative_ok(self) -> bool:
        """Can its bodies be named relatively (县委, 区发改委)? Not for county-level cities,
        whose 市委 a reader of a prefecture paper takes for the prefecture's."""
        return self.level == "county" and self.level_char in "区县"


# county names that read as ordinary words, and 济源 (a county-level city under the province)
EXCLUDED_COUNTIES = frozenset({"老城区", "解放区", "商城县", "红旗区", "济源市"})

COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤樊屈景牛葛耿焦岳"
)
GIVEN_FIRST = "建国志明文晓海永春秀玉金德红立俊宏伟卫光振天子学世家思雅嘉佳欣雨浩泽昊博晨铭梓云少万洪瑞书庆丽爱艳彦冠"
GIVEN_SECOND = (
    "华明军强平峰涛斌杰亮辉刚勇波磊鹏飞龙超林森轩然武彬鑫娟娜敏静芳燕霞梅艳玲萍婷颖慧琳洁莉倩雪蕾瑶璐丹怡悦琪"
)
GIVEN_SINGLE = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏华飞鑫波宇浩凯健俊帆琳晶颖璐蕾哲垚祎瑶岚"

BRAND_FIRST = "华宇鑫瑞泰恒博润康源鼎盛汇嘉锦昊晟豫天正海佳信隆辰诺亿立誉弘凯祥宏丰腾卓远裕美中金永启翔星"
BRAND_SECOND = "宇鑫瑞泰恒达博润康源鼎盛汇通嘉锦昊晟丰腾卓远裕诚安邦力创航科瀚泓森禾硕泽峰辉煌"
INDUSTRIES = (
    "医疗科技",
    "生物科技",
    "新材料",
    "智能装备",
    "农业科技",
    "食品",
    "电子科技",
    "新能源科技",
    "环保科技",
    "汽车零部件",
    "纺织",
    "信息技术",
    "机械制造",
    "农牧",
    "电气",
    "精密制造",
    "包装材料",
    "冷链物流",
)
PROJECT_THEMES = (
    "智能制造",
    "新材料",
    "生物医药",
    "电子信息",
    "现代农业",
    "食品加工",
    "冷链物流",
    "新能源",
    "高端装备",
    "汽车零部件",
    "绿色建材",
    "数字经济",
    "文化旅游",
    "健康养老",
)
PROJECT_KINDS = ("产业园项目", "产业园项目", "基地项目", "产业园")
TOWN_ENDINGS = "集庄寨营店桥岗楼湾屯铺河口坡"
VILLAGE_ENDINGS = "庄寨营楼岗湾屯沟坡洼"
VILLAGE_PREFIXES = "东西南北前后上下大小"
RURAL_INDUSTRIES = (
    "红薯",
    "食用菌",
    "蔬菜",
    "中药材",
    "花生",
    "艾草",
    "软籽石榴",
    "小杂粮",
    "葡萄",
    "草莓",
    "金银花",
    "山药",
)


def _data_lines(name: str) -> list[str]:
    return [
        line.strip()
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


@dataclass(frozen=True)
class Lexicons:
    counties: tuple[Division, ...]
    prefectures: dict[str, Division]
    place_strings: frozenset[str]  # every division name and short form (all of China)
    surnames: tuple[str, ...]
    posts: frozenset[str]
    left_stops: frozenset[str]
    generic_stems: frozenset[str]
    words: dict[str, int]  # jieba's dictionary: word -> frequency


def _jieba_words() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.initialize()
    return jieba.dt.FREQ


_LEXICONS: Lexicons | None = None


def lexicons() -> Lexicons:
    global _LEXICONS
    if _LEXICONS is None:
        _LEXICONS = _load_lexicons()
    return _LEXICONS


def _load_lexicons() -> Lexicons:
    body = "\n".join(
        line for line in (DATA / "divisions.csv").read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )
    rows = list(csv.DictReader(io.StringIO(body)))
    by_code = {row["code"]: row for row in rows}
    place_strings = {row["name"] for row in rows} | {row["short"] for row in rows if row["short"]}
    prefectures: dict[str, Division] = {}
    counties: list[Division] = []
    for row in rows:
        if not row["code"].startswith("41"):
            continue
        if row["level"] == "prefecture":
            prefectures[row["name"]] = Division(row["code"], row["name"], row["short"], "prefecture", "河南省")
        elif row["level"] == "county" and len(row["name"]) > 2 and row["name"] not in EXCLUDED_COUNTIES:
            parent = by_code.get(row["parent"])
            if parent is not None and parent["level"] == "prefecture":
                counties.append(Division(row["code"], row["name"], row["short"], "county", parent["name"]))
    rare = set(_data_lines("surnames_rare.txt"))
    known = set(_data_lines("surnames.txt"))
    surnames = tuple(s for s in COMMON_SURNAMES if s in known and s not in rare)
    posts = frozenset(line.split("\t")[0] for line in _data_lines("posts.tsv"))
    return Lexicons(
        counties=tuple(counties),
        prefectures=prefectures,
        place_strings=frozenset(place_strings),
        surnames=surnames,
        posts=posts,
        left_stops=frozenset(_data_lines("left_stops.txt")),
        generic_stems=frozenset(_data_lines("generic_stems.txt")),
        words=_jieba_words(),
    )


def _contains_place(text: str, lex: Lexicons) -> bool:
    return any(text[i : i + n] in lex.place_strings for n in (2, 3, 4) for i in range(len(text) - n + 1))


def _contains_stop(text: str, lex: Lexicons) -> bool:
    return any(text[i : i + n] in lex.left_stops for n in (1, 2) for i in range(len(text) - n + 1))


# ---------------------------------------------------------------------------
# Unique names: a seeded bijection of a mixed-radix space, walked by a counter


class NameSpace:
    """Distinct tuples from ``radices`` (one alphabet per position), in a seeded order.

    Counter ``i`` maps to an affine permutation ``(a*i + b) mod N`` of the space, decoded
    digit by digit, so two counters never give the same tuple; tuples the ``accept``
    test rejects are skipped. Only when the whole space has been used does it start a
    new cycle (another permutation), so names repeat only after that.
    """

    def __init__(self, radices: Sequence[Sequence[str]], key: str, accept: Callable[[tuple[str, ...]], bool]) -> None:
        self.radices = [tuple(r) for r in radices]
        self.size = math.prod(len(r) for r in self.radices)
        self.key = key
        self.accept = accept
        self.cycle = 0
        self.counter = 0
        self.issued = 0
        self._permute()

    def _permute(self) -> None:
        rng = random.Random(f"{self.key}/{self.cycle}")
        a = rng.randrange(1, self.size)
        while math.gcd(a, self.size) != 1:
            a = rng.randrange(1, self.size)
        self.a, self.b = a, rng.randrange(self.size)

    def next(self) -> tuple[str, ...]:
        for _ in range(2 * self.size):
            if self.counter == self.size:
                self.cycle, self.counter = self.cycle + 1, 0
                self._permute()
            p = (self.a * self.counter + self.b) % self.size
            self.counter += 1
            parts: list[str] = []
            for radix in reversed(self.radices):
                p, digit = divmod(p, len(radix))
                parts.append(radix[digit])
            candidate = tuple(reversed(parts))
            if self.accept(candidate):
                self.issued += 1
                return candidate
        raise RuntimeError(f"{self.key}: no acceptable name in the space")


class Minter:
    """People's names (2 or 3 characters) and company and project names."""

    def __init__(self, seed: str, lex: Lexicons) -> None:
        self.lex = lex
        self.rng = random.Random(f"{seed}/names")
        surnames = lex.surnames
        self.three = NameSpace([surnames, GIVEN_FIRST, GIVEN_SECOND], f"{seed}/three", self._person_ok)
        self.two = NameSpace([surnames, GIVEN_SINGLE], f"{seed}/two", self._person_ok)
        self.companies = NameSpace([BRAND_FIRST, BRAND_SECOND, INDUSTRIES], f"{seed}/companies", self._brand_ok)
        self.projects = NameSpace([BRAND_FIRST, BRAND_SECOND, PROJECT_THEMES], f"{seed}/projects", self._brand_ok)

    def _person_ok(self, parts: tuple[str, ...]) -> bool:
        name, given = "".join(parts), "".join(parts[1:])
        words = self.lex.words
        if name in words or (len(given) == 2 and words.get(given, 0) >= 300):
            return False
        return not _contains_place(name, self.lex) and not _contains_stop(given, self.lex)

    def _brand_ok(self, parts: tuple[str, ...]) -> bool:
        brand = parts[0] + parts[1]
        return (
            parts[0] != parts[1]
            and self.lex.words.get(brand, 0) < 30
            and not _contains_place(brand + parts[2][:1], self.lex)
            and not _contains_stop(brand, self.lex)
            and brand not in self.lex.generic_stems
        )

    def person(self) -> str:
        """A new name; two-character names (1 in 5) until their small space is used up."""
        if self.rng.random() < 0.2 and self.two.cycle == 0:
            name = "".join(self.two.next())
            if self.two.cycle == 0:
                return name
        return "".join(self.three.next())

    def company(self) -> tuple[str, str]:
        """(brand, industry): 华瑞, 智能装备."""
        first, second, industry = self.companies.next()
        return first + second, industry

    def project(self) -> tuple[str, str]:
        """(brand, theme): 鼎盛, 生物医药."""
        first, second, theme = self.projects.next()
        return first + second, theme

    @property
    def people(self) -> int:
        return self.three.issued + self.two.issued


# ---------------------------------------------------------------------------
# The world


@dataclass(frozen=True)
class Post:
    title: str  # as the gold writes it: 县委书记, 县长, 组织部部长
    organization: str  # 中牟县委, 中牟县政府
    district: str


@dataclass(frozen=True)
class SlotSpec:
    """A post (or a pair held together) of a county or prefecture."""

    key: str
    posts: tuple[tuple[str, str], ...]  # (title template, organisation template) with {L} and {N}
    full: str  # the phrase with the division's name: {N}委副书记、{L}长
    relative: str  # the phrase as a local paper writes it: {L}委副书记、{L}长


COUNTY_SLOTS = (
    SlotSpec("secretary", (("{L}委书记", "{N}委"),), "{N}委书记", "{L}委书记"),
    SlotSpec("head", (("{L}委副书记", "{N}委"), ("{L}长", "{N}政府")), "{N}委副书记、{L}长", "{L}委副书记、{L}长"),
    SlotSpec(
        "executive",
        (("{L}委常委", "{N}委"), ("常务副{L}长", "{N}政府")),
        "{N}委常委、常务副{L}长",
        "{L}委常委、常务副{L}长",
    ),
    SlotSpec("congress", (("{L}人大常委会主任", "{N}人大常委会"),), "{N}人大常委会主任", "{L}人大常委会主任"),
    SlotSpec("cppcc", (("{L}政协主席", "{N}政协"),), "{N}政协主席", "{L}政协主席"),
    SlotSpec(
        "discipline",
        (("{L}委常委", "{N}委"), ("{L}纪委书记", "{N}纪委监委")),  # one body with the 监委 (v5)
        "{N}委常委、{L}纪委书记",
        "{L}委常委、{L}纪委书记",
    ),
    SlotSpec(
        "organization",
        (("{L}委常委", "{N}委"), ("组织部部长", "{N}委组织部")),
        "{N}委常委、组织部部长",
        "{L}委常委、组织部部长",
    ),
    SlotSpec(
        "propaganda",
        (("{L}委常委", "{N}委"), ("宣传部部长", "{N}委宣传部")),
        "{N}委常委、宣传部部长",
        "{L}委常委、宣传部部长",
    ),
    SlotSpec("deputy", (("副{L}长", "{N}政府"),), "{N}副{L}长", "副{L}长"),
    SlotSpec("deputy2", (("副{L}长", "{N}政府"),), "{N}副{L}长", "副{L}长"),
    SlotSpec("party_group", (("{L}政府党组成员", "{N}政府"),), "{N}政府党组成员", "{L}政府党组成员"),
)
PREFECTURE_SLOTS = (
    SlotSpec("secretary", (("市委书记", "{N}委"),), "{N}委书记", ""),
    SlotSpec("head", (("市委副书记", "{N}委"), ("市长", "{N}政府")), "{N}委副书记、市长", ""),
    SlotSpec("deputy", (("副市长", "{N}政府"),), "{N}副市长", ""),
)
# the same posts as some slots above, written the other common way (组织部长 for 组织部部长)
SLOT_VARIANTS = {
    "organization": SlotSpec(
        "organization",
        (("{L}委常委", "{N}委"), ("组织部长", "{N}委组织部")),
        "{N}委常委、组织部长",
        "{L}委常委、组织部长",
    ),
    "propaganda": SlotSpec(
        "propaganda",
        (("{L}委常委", "{N}委"), ("宣传部长", "{N}委宣传部")),
        "{N}委常委、宣传部长",
        "{L}委常委、宣传部长",
    ),
}
SENIOR = ("secretary", "head")
TOWN_SECRETARY = SlotSpec("town", (("{L}党委书记", "{N}党委"),), "{N}党委书记", "{L}党委书记")
VILLAGE_SECRETARY = SlotSpec("village", (("村党支部书记", "{N}党支部"),), "{N}党支部书记", "村党支部书记")


def _fill(template: str, division_name: str, level_char: str) -> str:
    return template.replace("{N}", division_name).replace("{L}", level_char)


def _check_posts(lex: Lexicons) -> None:
    """Every title the generator writes is one of posts.tsv."""
    for spec in (*COUNTY_SLOTS, *SLOT_VARIANTS.values(), *PREFECTURE_SLOTS, TOWN_SECRETARY, VILLAGE_SECRETARY):
        for level_char in ("区", "县", "市", "镇", "乡"):
            for title, _ in spec.posts:
                filled = _fill(title, "", level_char)
                if "{L}" in title and (level_char in "镇乡") != (spec is TOWN_SECRETARY):
                    continue
                if filled not in lex.posts:
                    raise ValueError(f"post {filled!r} is not in kg/data/posts.tsv")


@dataclass(frozen=True)
class Official:
    name: str
    slot: SlotSpec
    division: str  # 中牟县, 开封市, 刘集镇, 大王庄村
    level_char: str

    def posts(self) -> list[Post]:
        return [
            Post(
                _fill(title, self.division, self.level_char), _fill(org, self.division, self.level_char), self.division
            )
            for title, org in self.slot.posts
        ]

    def phrase(self, relative: bool) -> str:
        template = self.slot.relative if relative and self.slot.relative else self.slot.full
        return _fill(template, self.division, self.level_char)


@dataclass(frozen=True)
class Company:
    name: str
    alias: str
    chairman: str
    manager: str
    city: str = ""  # the prefecture its name starts with (焦作市 of 焦作辰通智能装备有限公司), if any


@dataclass(frozen=True)
class Town:
    name: str
    villages: tuple[str, ...]


@dataclass(frozen=True)
class Project:
    name: str
    company: Company
    town: Town
    investment: str
    theme: str


@dataclass
class CountyState:
    division: Division
    officials: dict[str, Official] = field(default_factory=dict)
    towns: list[Town] = field(default_factory=list)
    town_secretaries: dict[str, Official] = field(default_factory=dict)
    village_secretaries: dict[str, Official] = field(default_factory=dict)
    companies: deque[Company] = field(default_factory=lambda: deque(maxlen=8))
    projects: deque[Project] = field(default_factory=lambda: deque(maxlen=8))
    epoch: int = -1


class World:
    """Office holders, places, companies and projects, made lazily and changed per epoch."""

    def __init__(self, seed: str, lex: Lexicons) -> None:
        self.seed = seed
        self.lex = lex
        self.minter = Minter(seed, lex)
        self.counties: dict[str, CountyState] = {}
        self.prefectures: dict[str, tuple[int, dict[str, Official]]] = {}
        self.reporters = [self.minter.person() for _ in range(30)]
        self.correspondents = [self.minter.person() for _ in range(120)]
        self.by_prefecture: dict[str, list[Division]] = {}
        for county in lex.counties:
            self.by_prefecture.setdefault(county.parent, []).append(county)

    def county(self, division: Division, epoch: int) -> CountyState:
        state = self.counties.get(division.code)
        if state is None:
            state = CountyState(division)
            self.counties[division.code] = state
        while state.epoch < epoch:
            state.epoch += 1
            self._advance(state)
        return state

    def prefecture(self, name: str, epoch: int) -> dict[str, Official]:
        known_epoch, officials = self.prefectures.get(name, (-1, {}))
        while known_epoch < epoch:
            known_epoch += 1
            rng = random.Random(f"{self.seed}/prefecture/{name}/{known_epoch}")
            for spec in PREFECTURE_SLOTS:
                if spec.key not in officials or rng.random() < 0.3:
                    officials[spec.key] = Official(self.minter.person(), spec, name, "市")
        self.prefectures[name] = (known_epoch, officials)
        return officials

    def _advance(self, state: CountyState) -> None:
        rng = random.Random(f"{self.seed}/county/{state.division.code}/{state.epoch}")
        division = state.division
        for spec in COUNTY_SLOTS:
            if spec.key not in state.officials or rng.random() < 0.3:
                if spec.key in SLOT_VARIANTS and rng.random() < 0.5:
                    spec = SLOT_VARIANTS[spec.key]
                state.officials[spec.key] = Official(self.minter.person(), spec, division.name, division.level_char)
        if not state.towns:
            state.towns = self._towns(rng)
        for town in state.towns:
            if town.name not in state.town_secretaries or rng.random() < 0.3:
                state.town_secretaries[town.name] = Official(
                    self.minter.person(), TOWN_SECRETARY, town.name, town.name[-1]
                )
            for village in town.villages:
                if village not in state.village_secretaries or rng.random() < 0.2:
                    state.village_secretaries[village] = Official(
                        self.minter.person(), VILLAGE_SECRETARY, village, "村"
                    )
        prefecture = self.lex.prefectures[division.parent]
        for _ in range(3 if state.epoch == 0 else 2):
            state.companies.append(self._company(rng, prefecture.short, prefecture.name))
        for _ in range(3 if state.epoch == 0 else 2):
            state.projects.append(self._project(rng, state))

    def _stem_ok(self, stem: str) -> bool:
        lex = self.lex
        return (
            not _contains_place(stem, lex)
            and not _contains_stop(stem, lex)
            and stem not in lex.generic_stems
            and stem not in lex.words
        )

    def _towns(self, rng: random.Random) -> list[Town]:
        towns: list[Town] = []
        used: set[str] = set()
        while len(towns) < rng.randint(3, 5):
            stem = rng.choice(self.lex.surnames) + rng.choice(TOWN_ENDINGS)
            if stem in used or not self._stem_ok(stem):
                continue
            used.add(stem)
            villages: list[str] = []
            while len(villages) < rng.randint(3, 4):
                if rng.random() < 0.3:
                    village = rng.choice(VILLAGE_PREFIXES) + rng.choice(self.lex.surnames) + rng.choice(VILLAGE_ENDINGS)
                else:
                    village = rng.choice(self.lex.surnames) + rng.choice(VILLAGE_ENDINGS)
                if village in used or not self._stem_ok(village):
                    continue
                used.add(village)
                villages.append(village + "村")
            towns.append(Town(stem + ("镇" if rng.random() < 0.7 else "乡"), tuple(villages)))
        return towns

    def _company(self, rng: random.Random, city: str, city_name: str) -> Company:
        """A company of the county: its name starts with 河南, its city (``city``, the short
        form of ``city_name``) or nothing."""
        brand, industry = self.minter.company()
        prefix = rng.choice(("河南", "河南", city, "", ""))
        form = rng.random()
        if form < 0.6:
            name, alias = f"{prefix}{brand}{industry}有限公司", f"{brand}公司"
        elif form < 0.7:
            name, alias = f"{prefix}{brand}{industry}股份有限公司", f"{brand}公司"
        elif form < 0.85:
            name, alias = f"{prefix}{brand}集团有限公司", f"{brand}集团"
        else:
            name, alias = f"{brand}{industry}集团", f"{brand}集团"
        return Company(
            name, alias, self.minter.person(), self.minter.person(), city_name if prefix and prefix == city else ""
        )

    def _project(self, rng: random.Random, state: CountyState) -> Project:
        brand, theme = self.minter.project()
        kind = rng.choice(PROJECT_KINDS)
        company = rng.choice(list(state.companies))
        town = rng.choice(state.towns)
        investment = f"{rng.choice((1.2, 2, 3.5, 5, 6.8, 8, 10, 12, 15, 20, 26, 30, 45))}亿元"
        return Project(f"{brand}{theme}{kind}", company, town, investment, theme)


# ---------------------------------------------------------------------------
# Gold of one page


class Gold:
    """Entities (by type and name) and relations of one page, in the order first stated."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.articles: list[dict[str, object]] = []
        self.entities: dict[tuple[str, str], dict[str, object]] = {}
        self.relations: dict[tuple[str, str, str], dict[str, str]] = {}

    def entity(self, type_: str, name: str, *, alias: str = "", optional: bool = False, **extra: str) -> None:
        key = (type_, name)
        entity = self.entities.get(key)
        if entity is None:
            entity = {"type": type_, "name": name, "aliases": []}
            if type_ == "official":
                entity["posts"] = []
            entity.update(extra)
            if optional:
                entity["optional"] = True
            self.entities[key] = entity
        elif not optional:
            entity.pop("optional", None)
        aliases = entity["aliases"]
        assert isinstance(aliases, list)
        if alias and alias != name and alias not in aliases:
            aliases.append(alias)

    def post(self, name: str, post: Post) -> None:
        posts = self.entities[("official", name)]["posts"]
        assert isinstance(posts, list)
        item = {"title": post.title, "organization": post.organization, "district": post.district}
        if item not in posts:
            posts.append(item)

    def relation(self, head: str, relation: str, tail: str, **attrs: str | bool) -> None:
        key = (head, relation, tail)
        if key not in self.relations:
            self.relations[key] = {"head": head, "relation": relation, "tail": tail, **attrs}

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "generator": f"benchmarks/make_corpus.py v{GENERATOR_VERSION}",
            "articles": self.articles,
            "entities": list(self.entities.values()),
            "relations": list(self.relations.values()),
        }


# ---------------------------------------------------------------------------
# Writing one article: every name goes through a method that also records it


@dataclass
class Draft:
    kicker: str = ""
    headline: str = ""
    paragraphs: list[str] = field(default_factory=list)  # the first is the lead, without 本报讯
    lead_byline: str = ""  # （记者 X 通讯员 Y）
    trailing_byline: str = ""  # 记者 X
    trailing_inline: bool = False


class Writer:
    """Names of one article, each recorded in the page's gold as it is written."""

    def __init__(self, gold: Gold, rng: random.Random, state: CountyState, world: World, epoch: int) -> None:
        self.gold, self.rng, self.state, self.world, self.epoch = gold, rng, state, world, epoch
        self.county = state.division
        self.located: set[str] = set()
        self.unplaced: list[str] = []  # companies and projects, in order of first mention
        self.registered: dict[str, str] = {}  # company -> the city its name starts with

    # places
    def county_name(self) -> str:
        self.gold.entity("district", self.county.name, parent=self.county.parent)
        return self.county.name

    def prefecture_name(self, optional: bool = False) -> str:
        name = self.county.parent
        self.gold.entity("district", name, optional=optional, parent="河南省")
        return name

    def town(self, town: Town, with_county: bool = False) -> str:
        prefix = self.county_name() if with_county else ""
        self.gold.entity("district", town.name, parent=self.county.name)
        self.gold.relation(town.name, "part_of", self.county.name)
        return prefix + town.name

    def village(self, town: Town, village: str) -> str:
        """县 + 镇 + 村 as one chain (中牟县刘集镇大王庄村)."""
        chain = self.town(town, with_county=True)
        self.gold.entity("district", village, parent=town.name)
        self.gold.relation(village, "part_of", town.name)
        return chain + village

    # people
    def official(self, official: Official, form: str = "full") -> str:
        """``form``: full (中牟县委书记X), relative (县委书记X), bare (X)."""
        if form == "relative" and not (
            official.slot.relative and (self.county.relative_ok or official.level_char in "镇乡村")
        ):
            form = "full"
        self.gold.entity("official", official.name)
        if form == "bare":
            return official.name
        for post in official.posts():
            self.gold.post(official.name, post)
            self.gold.entity("organization", post.organization)
            self.gold.relation(official.name, "holds_post", post.organization, post=post.title)
        if official.division in self.world.lex.prefectures:
            self.prefecture_name(optional=True)
        return official.phrase(form == "relative") + official.name

    def officials_list(self, officials: Sequence[Official], form: str) -> str:
        return "、".join(self.official(o, form) for o in officials)

    def person(self, name: str) -> str:
        self.gold.entity("person", name)
        return name

    def executive(self, company: Company, role: str, with_company: bool = True) -> str:
        name = company.chairman if role == "董事长" else company.manager
        self.gold.entity("person", name)
        self.gold.relation(name, "works_for", company.name, role=role)
        return (self.company(company) if with_company else "") + role + name

    # bodies
    def company(self, company: Company, short: bool = False) -> str:
        self.gold.entity("company", company.name, alias=company.alias if short else "")
        if company.name not in self.unplaced:
            self.unplaced.append(company.name)
        if company.city:
            self.registered[company.name] = company.city
        return company.alias if short else company.name

    def project(self, project: Project) -> str:
        self.gold.entity("project", project.name)
        if project.name not in self.unplaced:
            self.unplaced.append(project.name)
        return project.name

    def located_in(self, item: str, *places: str) -> None:
        """``item`` lies in the last of ``places``, written as one chain (位于中牟县官渡镇): the
        most specific place, as the seed gold has it; the places before it are optional."""
        for place in places[:-1]:
            self.gold.relation(item, "located_in", place, optional=True)
        self.gold.relation(item, "located_in", places[-1])
        self.located.add(item)

    def body(self, suffix: str, relative: bool) -> str:
        """A county body: 县发改委 (alias of 中牟县发改委) or 中牟县发改委."""
        full = self.county.name + suffix
        if relative and self.county.relative_ok:
            short = self.county.level_char + suffix
            self.gold.entity("organization", full, alias=short)
            return short
        self.gold.entity("organization", full)
        return full

    def finish(self) -> None:
        """Companies and projects of an article about one county lie in it (seed gold); a
        company named after its city lies where its name says (v6), the county optional."""
        for item in self.unplaced:
            if item in self.located:
                continue
            if city := self.registered.get(item):
                self.gold.entity("district", city, optional=True, parent="河南省")
                self.gold.relation(item, "located_in", city, basis="name")
                self.gold.relation(item, "located_in", self.county.name, basis="article", optional=True)
            else:
                self.gold.relation(item, "located_in", self.county.name, basis="article")

    # people of the world
    def leader(self, key: str) -> Official:
        return self.state.officials[key]

    def others(self, count: int, exclude: Sequence[str] = ()) -> list[Official]:
        keys = [k for k in self.state.officials if k not in exclude]
        return [self.state.officials[k] for k in self.rng.sample(keys, count)]


# ---------------------------------------------------------------------------
# Phrases

DAYS = ("上午", "下午", "")
SLOGANS = (
    "聚焦项目建设 推动高质量发展",
    "抢抓机遇促发展 凝心聚力谱新篇",
    "优化营商环境 激发市场活力",
    "招大引强促发展 项目建设再提速",
    "多措并举 促进乡村产业兴旺",
    "党建引领聚合力 乡村振兴添动能",
    "真抓实干 奋勇争先",
    "稳中求进 拼出发展新局面",
)
VILLAGE_SLOGANS = (
    "小{crop}长成富民大产业",
    "{crop}飘香 日子红火",
    "发展特色种植 铺就致富新路",
    "多品种结合 种出好“钱”景",
    "{crop}种植带动群众增收",
)
MEETING_TOPICS = (
    "重点项目建设推进会",
    "优化营商环境工作会议",
    "乡村振兴工作推进会",
    "安全生产工作会议",
    "招商引资工作推进会",
    "经济运行分析会",
    "一季度经济运行分析会",
    "防汛工作部署会",
    "民生实事推进会",
)
OPENERS = ("近年来，", "今年以来，", "据了解，", "与此同时，", "目前，", "此外，", "在此基础上，", "今年，")
ACTIONS = (
    "坚持以高质量党建引领高质量发展",
    "持续优化营商环境",
    "聚焦主导产业延链补链强链",
    "全力抓好项目建设",
    "扎实推进乡村振兴",
    "不断完善基层治理体系",
    "大力实施创新驱动发展战略",
    "统筹推进城市更新和民生改善",
    "着力构建现代化产业体系",
    "持续深化“放管服”改革",
    "坚持项目为王、招商为要",
    "锚定年度目标任务不放松",
    "把项目建设作为稳增长的重要抓手",
    "积极盘活闲置土地资源",
    "深入推进“万人助万企”活动",
)
RESULTS = (
    "为经济社会高质量发展提供了有力支撑",
    "各项工作取得明显成效",
    "群众的获得感、幸福感、安全感不断增强",
    "综合实力稳步提升",
    "发展后劲持续增强",
    "一批好项目、大项目相继落地",
    "营商环境持续向好",
    "主要经济指标保持稳中有进的良好态势",
)
MUSTS = (
    "要提高政治站位，切实增强责任感和紧迫感",
    "要强化要素保障，全力破解用地、资金等难题",
    "要压实工作责任，倒排工期、挂图作战",
    "要坚持问题导向，及时协调解决推进中遇到的困难和问题",
    "要优化服务保障，当好服务企业的“店小二”",
    "要加强统筹协调，形成工作合力",
    "要严格落实安全生产责任，牢牢守住安全底线",
    "要抢抓政策机遇，积极争取上级资金支持",
    "要转变工作作风，以钉钉子精神抓好落实",
    "要坚持高标准规划、高质量建设，努力打造精品工程",
    "要聚焦群众急难愁盼，把好事办实、把实事办好",
)
SPEECH_VERBS = ("强调", "指出", "要求", "表示")
VISIT_SCENES = (
    "实地查看项目建设进度、规划布局等情况",
    "详细了解项目建设进展和下一步工作安排",
    "现场查看施工进度，询问存在的困难和问题",
)
COMPANY_SCENES = (
    "走进生产车间，详细了解企业生产经营、研发创新和市场开拓等情况",
    "与企业负责人深入交流，详细了解企业发展中遇到的困难和问题",
    "实地察看生产线运行情况，听取企业发展规划汇报",
)
PROJECT_PLANS = (
    "主要建设标准化厂房、研发中心及配套设施",
    "主要建设智能化生产线、仓储设施及配套工程",
    "规划建设生产、研发、展示等功能区",
    "主要建设生产车间、办公楼及配套设施",
)
VILLAGE_SCENES = (
    "一排排大棚整齐排列，村民们正忙着采摘、分拣、装箱，处处呈现出一派繁忙景象",
    "田间地头一派生机勃勃的景象，村民们忙着管护、浇水，脸上洋溢着丰收的喜悦",
    "种植户们正在田间忙着起垄、覆膜、栽苗，机械轰鸣，热火朝天",
)
QUOTES = (
    "以前在外打工顾不上家，现在在家门口就能挣钱，还能照顾老人孩子，心里踏实多了。",
    "今年行情好，一亩地能多挣两三千元，日子越过越有奔头。",
    "村里请来技术员手把手教，俺们种得放心，卖得也顺心。",
)


def _date(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(("近日", "日前", "连日来"))
    return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日{rng.choice(DAYS)}"


def _filler(rng: random.Random, subject: str, count: int) -> str:
    sentences = []
    for _ in range(count):
        opener = rng.choice(OPENERS)
        first, second = rng.sample(ACTIONS, 2)
        sentences.append(f"{opener}{subject}{first}，{second}，{rng.choice(RESULTS)}。")
    return "".join(sentences)


def _speech(rng: random.Random, name: str) -> str:
    musts = rng.sample(MUSTS, rng.randint(2, 4))
    return f"{name}{rng.choice(SPEECH_VERBS)}，{'；'.join(musts)}。"


def _byline(rng: random.Random, world: World, draft: Draft, writer: Writer, article: int) -> None:
    reporters = rng.sample(world.reporters, 2 if rng.random() < 0.2 else 1)
    correspondents = rng.sample(world.correspondents, rng.choice((0, 1, 1, 2)))
    for name in (*reporters, *correspondents):
        writer.gold.entity("journalist", name)
        writer.gold.relation(name, "reported", f"article:{article}")
    text = "记者 " + " ".join(reporters) + ("" if not correspondents else " 通讯员 " + " ".join(correspondents))
    where = rng.random()
    if where < 0.55:
        draft.lead_byline = f"（{text}{' 文/图' if rng.random() < 0.1 else ''}）"
    elif where < 0.95:
        draft.trailing_byline = text
        draft.trailing_inline = rng.random() < 0.25  # not in narrow columns: see render
    else:
        draft.trailing_byline = " ".join((*reporters, *correspondents))  # bare names on the last line


# ---------------------------------------------------------------------------
# Article templates


def _visit(w: Writer, draft: Draft) -> None:
    rng = w.rng
    projects = list(w.state.projects)
    project = rng.choice(projects)
    company = rng.choice([c for c in w.state.companies if c is not project.company] or [project.company])
    by_prefecture = rng.random() < 0.2
    if by_prefecture:
        visitor = rng.choice(list(w.world.prefecture(w.county.parent, w.epoch).values()))
        visitor_phrase = w.official(visitor, "full")
        verb = rng.choice(("到", "赴"))
        lead = f"{_date(rng)}，{visitor_phrase}{verb}{w.county_name()}调研项目建设工作，实地调研{w.project(project)}。"
        w.gold.relation(visitor.name, "visited", w.county.name)
        draft.headline = f"{visitor.name}到{w.county.name}调研项目建设"
    else:
        visitor = w.leader(rng.choice(SENIOR))
        relative = rng.random() < 0.7
        bodies = "、".join(
            w.body(s, relative) for s in rng.sample(("发改委", "商务局", "自然资源局", "住建局", "工信局"), 2)
        )
        lead = f"{_date(rng)}，{w.official(visitor, 'full')}带领{bodies}等单位负责人，实地调研{w.project(project)}并召开座谈会。"
        draft.headline = rng.choice((f"{w.county.name}领导实地调研{project.name}", f"{visitor.name}调研{project.name}"))
    w.gold.relation(visitor.name, "visited", project.name)
    draft.kicker = rng.choice(SLOGANS) if rng.random() < 0.4 else ""
    draft.paragraphs.append(lead)
    site = (
        f"{visitor.name}一行首先来到{project.name}建设现场，{rng.choice(VISIT_SCENES)}。"
        f"{project.name}位于{w.town(project.town, with_county=True)}，由{w.company(project.company)}投资建设，"
        f"总投资约{project.investment}，{rng.choice(PROJECT_PLANS)}。"
    )
    w.located_in(project.name, w.county.name, project.town.name)
    draft.paragraphs.append(site)
    draft.paragraphs.append(f"随后，{visitor.name}来到{w.company(company)}，{rng.choice(COMPANY_SCENES)}。")
    w.gold.relation(visitor.name, "visited", company.name)
    draft.paragraphs.append(f"在随后召开的座谈会上，{visitor.name}听取了相关情况汇报。{_speech(rng, visitor.name)}")
    if rng.random() < 0.7:
        companions = w.others(rng.randint(1, 2), exclude=SENIOR)
        if rng.random() < 0.5:
            draft.paragraphs[-1] += f"{w.county.level_char}领导{w.officials_list(companions, 'bare')}参加调研。"
        else:
            draft.paragraphs[-1] += f"{w.officials_list(companions, 'relative')}参加调研。"
    draft.paragraphs.append(_filler(rng, w.county_name(), rng.randint(1, 3)))


def _signing(w: Writer, draft: Draft) -> None:
    rng = w.rng
    project = rng.choice(list(w.state.projects))
    company = project.company
    signer = w.leader(rng.choice(("executive", "deputy", "deputy2", "party_group")))
    guests = w.others(rng.randint(1, 2), exclude=(signer.slot.key,))
    draft.headline = rng.choice((f"{project.name}成功签约", f"{w.county.name}举行{project.name}签约仪式"))
    draft.kicker = "招大引强促发展" if rng.random() < 0.3 else ""
    lead = (
        f"{_date(rng)}，{w.county_name()}举行{w.project(project)}签约仪式。{w.official(signer, 'full')}作为甲方代表，"
        f"与乙方代表{w.executive(company, '董事长')}共同签订了《{project.name}合作协议》。"
    )
    for party in (signer.name, company.chairman, company.name):
        w.gold.relation(party, "signed", project.name)
    w.located.add(company.name)  # a party to a signing is not placed by the article (as in the seed gold)
    guest_text = w.officials_list(guests, rng.choice(("full", "relative")))
    lead += f"{guest_text}出席签约仪式。"
    for guest in guests:
        w.gold.relation(guest.name, "attended", w.county.name)
    draft.paragraphs.append(lead)
    draft.paragraphs.append(
        f"根据协议，{project.name}总投资约{project.investment}，选址位于{w.town(project.town)}，{rng.choice(PROJECT_PLANS)}。"
        f"项目建成后，预计年产值可达{rng.randint(3, 40)}亿元，新增就业岗位{rng.randint(2, 30) * 50}个。"
    )
    w.located_in(project.name, project.town.name)
    host = w.leader(rng.choice(SENIOR))
    draft.paragraphs.append(
        f"签约仪式结束后，{w.official(host, 'relative')}会见了{w.executive(company, '董事长')}和{w.executive(company, '总经理', False)}一行，"
        f"对项目成功签约表示祝贺，希望{w.company(company, short=True)}发挥自身优势，推动项目早日开工、早日投产、早日见效。"
    )
    draft.paragraphs.append(_filler(rng, w.county_name(), rng.randint(1, 2)))


def _meeting(w: Writer, draft: Draft) -> None:
    rng = w.rng
    topic = rng.choice(MEETING_TOPICS)
    speaker = w.leader("secretary")
    chair = w.leader("head")
    draft.headline = f"{w.county.name}召开{topic}"
    draft.kicker = rng.choice(SLOGANS) if rng.random() < 0.3 else ""
    relative = rng.random() < 0.6
    lead = (
        f"{_date(rng)}，{w.county_name()}召开{topic}，总结前一阶段工作，安排部署下一阶段重点任务。"
        f"{w.official(speaker, 'relative' if relative else 'full')}出席会议并讲话，{w.official(chair, 'relative')}主持会议。"
    )
    w.gold.relation(speaker.name, "attended", w.county.name)
    w.gold.relation(chair.name, "chaired", w.county.name)
    draft.paragraphs.append(lead)
    towns = rng.sample(w.state.towns, 2)
    report = f"会上，{w.body('发改委', True)}汇报了前一阶段工作推进情况，{w.town(towns[0])}、{w.town(towns[1])}等单位依次作了交流发言。"
    draft.paragraphs.append(report)
    draft.paragraphs.append(_speech(rng, speaker.name) + _speech(rng, speaker.name))
    attendees = w.others(rng.randint(2, 3), exclude=SENIOR)
    if rng.random() < 0.5:
        draft.paragraphs.append(f"出席会议的有{w.officials_list(attendees, 'relative')}等。")
    else:
        draft.paragraphs.append(f"{w.county.level_char}领导{w.officials_list(attendees, 'bare')}出席会议。")
    for attendee in attendees:
        w.gold.relation(attendee.name, "attended", w.county.name)
    if rng.random() < 0.6:
        draft.paragraphs.append(_filler(rng, w.county_name(), rng.randint(1, 2)))


def _village(w: Writer, draft: Draft) -> None:
    rng = w.rng
    town = rng.choice(w.state.towns)
    village = rng.choice(town.villages)
    crop = rng.choice(RURAL_INDUSTRIES)
    secretary = w.state.village_secretaries[village]
    chain = w.village(town, village)
    draft.headline = f"{chain}： {rng.choice(VILLAGE_SLOGANS).format(crop=crop)}"
    lead = f"{_date(rng)}，在{chain}，{rng.choice(VILLAGE_SCENES)}。"
    draft.paragraphs.append(lead)
    draft.paragraphs.append(
        f"近年来，{village}立足资源禀赋，大力发展{crop}种植，种植面积达{rng.randint(2, 30) * 50}亩，"
        f"采用“党支部+合作社+农户”模式，带动周边群众{rng.randint(2, 30) * 10}余户增收致富。"
    )
    official = w.official(secretary, "full")
    draft.paragraphs.append(f"“下一步，我们将继续扩大种植规模，延长产业链条，让群众的腰包更鼓。”{official}介绍。")
    if rng.random() < 0.6:
        resident = w.world.minter.person()
        draft.paragraphs.append(f"村民{w.person(resident)}高兴地说：“{rng.choice(QUOTES)}”")
    if rng.random() < 0.5:
        project = rng.choice(list(w.state.projects))
        draft.paragraphs.append(
            f"与此同时，{w.project(project)}落户{village}，由{w.company(project.company)}投资建设，"
            f"将为村集体经济发展注入新动能。"
        )
        w.located_in(project.name, village)
    if rng.random() < 0.5:
        town_secretary = w.state.town_secretaries[town.name]
        draft.paragraphs.append(
            f"{w.official(town_secretary, 'full')}表示，{town.name}将以此为契机，持续做好“土特产”文章，推动乡村产业提质增效。"
        )
    draft.paragraphs.append(_filler(rng, w.county_name(), 1))


def _groundbreaking(w: Writer, draft: Draft) -> None:
    rng = w.rng
    project = rng.choice(list(w.state.projects))
    company = project.company
    draft.headline = rng.choice((f"{project.name}开工建设", f"{w.county.name}：{rng.choice(SLOGANS)}"))
    lead = f"{_date(rng)}，{w.project(project)}在{w.town(project.town, with_county=True)}开工建设。"
    w.located_in(project.name, w.county.name, project.town.name)
    draft.paragraphs.append(lead)
    draft.paragraphs.append(
        f"{rng.choice(('该项目由{}投资建设', '项目由{}投资建设', '项目投资方为{}')).format(w.company(company))}，"
        f"总投资约{project.investment}，{rng.choice(PROJECT_PLANS)}。"
        f"{w.company(company, short=True)}是一家集研发、生产、销售于一体的现代化企业，产品畅销全国20多个省份。"
    )
    starter = w.leader(rng.choice(SENIOR))
    draft.paragraphs.append(
        f"开工仪式上，{w.official(starter, 'full')}宣布项目开工，{w.executive(company, '董事长')}介绍了项目规划建设情况。"
    )
    draft.paragraphs.append(_speech(rng, starter.name))
    draft.paragraphs.append(_filler(rng, w.county_name(), rng.randint(1, 3)))


AGREEMENT_FIELDS = ("新能源", "城市更新", "智能制造", "现代物流", "数字经济", "乡村振兴", "文化旅游", "生物医药")


def _agreement(w: Writer, draft: Draft) -> None:
    """A county government and a company sign a framework agreement; the article declares
    the company's short form (以下简称“华瑞公司”) and uses it after."""
    rng = w.rng
    company = rng.choice(list(w.state.companies))
    government = f"{w.county.name}政府"
    w.gold.entity("organization", government, alias=f"{w.county.name}人民政府")
    w.gold.entity("company", company.name, alias=company.alias)
    w.gold.relation(government, "signed_with", company.name)
    w.gold.relation(w.county_name(), "signed_with", company.name)  # as the headline says it
    w.located.add(company.name)  # a party to an agreement is not placed by the article,
    if company.city:  # only by its name: the city it is registered in (named only in the name)
        w.gold.relation(company.name, "located_in", w.prefecture_name(optional=True))
    draft.headline = f"{w.county.name}与{company.alias}签署战略合作协议"
    fields = "、".join(rng.sample(AGREEMENT_FIELDS, 2))
    draft.paragraphs.append(
        f"{_date(rng)}，{w.county.name}人民政府与{company.name}（以下简称“{company.alias}”）签署战略合作框架协议，"
        f"双方将在{fields}等领域开展深度合作。"
    )
    host = w.leader(rng.choice(SENIOR))
    chairman = w.executive(company, "董事长", with_company=False)
    draft.paragraphs.append(f"{w.official(host, 'full')}，{company.alias}{chairman}出席签约仪式并致辞。")
    draft.paragraphs.append(f"根据协议，{company.alias}将发挥自身优势，助力产业转型升级。{_speech(rng, host.name)}")
    draft.paragraphs.append(_filler(rng, w.county_name(), rng.randint(1, 2)))


BUREAUS = (
    ("教育局", "局长"),
    ("财政局", "局长"),
    ("民政局", "局长"),
    ("交通运输局", "局长"),
    ("审计局", "局长"),
    ("统计局", "局长"),
)


def _bureau_head(w: Writer, bureau: str, title: str, relation: str) -> tuple[str, str]:
    """A new person who holds (or, removed, held) the county bureau's head post, recorded in
    the gold: (name, the post as the session's decision writes it)."""
    name = w.world.minter.person()
    post = Post(bureau + title, w.county.name + bureau, w.county.name)
    w.gold.entity("official", name)
    w.gold.post(name, post)
    w.gold.entity("organization", post.organization)
    w.gold.relation(name, relation, post.organization, post=post.title)
    return name, f"{w.county.name}{bureau}{title}"


def _appointments(w: Writer, draft: Draft) -> None:
    """A session of the county congress's standing committee appoints some and removes one."""
    rng = w.rng
    congress = w.leader("congress")
    session = rng.randint(2, 30)
    draft.headline = f"{w.county.name}人大常委会召开第{session}次会议"
    draft.paragraphs.append(
        f"{_date(rng)}，{w.county.name}人大常委会召开第{session}次会议。{w.official(congress, 'full')}出席会议。"
    )
    w.gold.relation(congress.name, "attended", f"{w.county.name}人大常委会")
    bureaus = rng.sample(BUREAUS, 3)
    appointed = "，".join("任命{}为{}".format(*_bureau_head(w, *bureau, "holds_post")) for bureau in bureaus[:2])
    removed, post = _bureau_head(w, *bureaus[2], "held_post")
    draft.paragraphs.append(f"会议表决通过了有关人事任免事项，决定{appointed}；决定免去{removed}的{post}职务。")
    draft.paragraphs.append(_filler(rng, w.county_name(), rng.randint(1, 2)))


TEMPLATES: tuple[tuple[Callable[[Writer, Draft], None], float], ...] = (
    (_visit, 0.27),
    (_signing, 0.13),
    (_meeting, 0.18),
    (_village, 0.18),
    (_groundbreaking, 0.13),
    (_agreement, 0.06),
    (_appointments, 0.05),
)


# ---------------------------------------------------------------------------
# Layout and noise


@dataclass(frozen=True)
class PageStyle:
    column: int  # 0: one line per paragraph, else the column width in characters
    halfwidth: bool  # , ( ) : in the body, as in seeds 000 and 002
    blank_line_gap: bool  # blank lines between headline lines and paragraphs
    break_rate: float  # per paragraph: a blank line inside a sentence
    space_rate: float  # per paragraph: a stray space


def _page_style(rng: random.Random) -> PageStyle:
    column = rng.randint(12, 26) if rng.random() < 0.35 else 0
    return PageStyle(
        column=column,
        halfwidth=rng.random() < 0.25,
        blank_line_gap=column == 0 or rng.random() < 0.5,
        break_rate=rng.choice((0.0, 0.05, 0.15, 0.3)),
        space_rate=rng.choice((0.0, 0.05, 0.2)),
    )


_HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":"})


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _add_space(text: str, rng: random.Random) -> str:
    """A stray space between two Chinese characters, before a comma or before a number."""
    floor = 4 if text.startswith("本报讯") else 1  # the lead marker itself stays whole
    for _ in range(8):
        i = rng.randrange(floor, len(text))
        before, after = text[i - 1], text[i]
        if _is_cjk(before) and (_is_cjk(after) or after in "，。,." or after.isdigit()):
            return text[:i] + " " + text[i:]
    return text


NO_LINE_START = "，。、；：？！”）》,.;:?!)"


def _wrap(text: str, width: int, rng: random.Random, break_rate: float) -> str:
    """Lines of ``width`` characters, cut wherever the column ends (inside words too); a
    space where a line ends is taken by the break, as in print. Now and then a blank line
    inside the paragraph (a column or page break), never after its first line."""
    lines: list[str] = []
    start = 0
    while start < len(text):
        end = start + width
        while end < len(text) and text[end] in NO_LINE_START:
            end += 1  # a comma or closing mark never starts a printed line
        lines.append(text[start:end].rstrip(" "))
        start = end
        while start < len(text) and text[start] == " ":
            start += 1
    out = []
    for n, line in enumerate(lines):
        out.append(line)
        if n < len(lines) - 1:
            out.append("\n\n" if n > 0 and rng.random() < break_rate / 3 else "\n")
    return "".join(out)


SENTENCE_ENDS = "。！？；”）"


def _noisy(text: str, style: PageStyle, rng: random.Random) -> str:
    if style.space_rate and rng.random() < style.space_rate:
        text = _add_space(text, rng)
    if style.column:
        return _wrap(text, style.column, rng, style.break_rate)
    if style.break_rate and rng.random() < style.break_rate and len(text) > 40:
        # a blank line inside a sentence, where a long printed line ended (seed 000: 由\n\n最初)
        cut = rng.randrange(24, len(text) - 3)
        while cut < len(text) - 3 and (text[cut - 1] in SENTENCE_ENDS or text[cut] in SENTENCE_ENDS):
            cut += 1
        text = text[:cut] + "\n\n" + text[cut:]
    return text


def render(drafts: list[Draft], style: PageStyle, rng: random.Random, gold: Gold) -> str:
    gap = "\n\n" if style.blank_line_gap else "\n"
    parts: list[str] = ["\n" * rng.choice((0, 2, 4))]
    for draft in drafts:
        lines = [draft.kicker, draft.headline] if draft.kicker else [draft.headline]
        parts.append(gap.join(lines) + gap)
        body = []
        for n, paragraph in enumerate(draft.paragraphs):
            if n == 0:
                paragraph = "本报讯" + (draft.lead_byline or " ") + paragraph
            if style.halfwidth:
                paragraph = paragraph.translate(_HALF)
            if n == 0:
                lead = paragraph.replace(" ", "")[:16]
            paragraph = _noisy(paragraph, style, rng)
            inline = draft.trailing_inline and not style.column
            if n == len(draft.paragraphs) - 1 and draft.trailing_byline and inline:
                paragraph += draft.trailing_byline  # 记者 X right after the last sentence (seed 001)
            body.append(paragraph)
        if draft.trailing_byline and not (draft.trailing_inline and not style.column):
            body.append(draft.trailing_byline)
        parts.append("\n\n".join(body) + "\n\n")
        gold.articles.append(
            {"headline": draft.headline, "subheadlines": [draft.kicker] if draft.kicker else [], "lead": lead}
        )
    return "".join(parts).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------
# Pages and the corpus


def make_page(world: World, index: int, target: int, file: str) -> tuple[str, Gold]:
    """Page ``index`` of about ``target`` bytes and its gold."""
    rng = random.Random(f"{world.seed}/page/{index}")
    epoch = index // EPOCH_PAGES
    home = rng.choice(world.lex.counties)
    neighbours = world.by_prefecture[home.parent]
    style = _page_style(rng)
    gold = Gold(file)
    drafts: list[Draft] = []
    size = 0
    templates = [t for t, _ in TEMPLATES]
    weights = [p for _, p in TEMPLATES]
    while size < target:
        county = home if rng.random() < 0.7 else rng.choice(neighbours)
        writer = Writer(gold, rng, world.county(county, epoch), world, epoch)
        draft = Draft()
        rng.choices(templates, weights)[0](writer, draft)
        _byline(rng, world, draft, writer, len(drafts))
        writer.finish()
        drafts.append(draft)
        size += len("".join(draft.paragraphs).encode()) + 200
    return render(drafts, style, rng, gold), gold


def _page_target(rng: random.Random, remaining: int) -> int:
    """Target size of the next page: 5-30 KB (mode 11 KB), the last one taking the rest."""
    size = int(rng.triangular(PAGE_MIN, PAGE_MAX, PAGE_MODE))
    return max(PAGE_MIN, remaining) if remaining - size < PAGE_MIN else size


def _gold_json(gold: Gold) -> str:
    """The gold file, one article, entity or relation per line."""
    data = gold.as_dict()
    lines = ["{"]
    for n, (key, value) in enumerate(data.items()):
        comma = "," if n < len(data) - 1 else ""
        if isinstance(value, list):
            items = [json.dumps(item, ensure_ascii=False) for item in value]
            body = ",\n".join(f"  {item}" for item in items)
            lines.append(f' "{key}": [\n{body}\n ]{comma}' if items else f' "{key}": []{comma}')
        else:
            lines.append(f' "{key}": {json.dumps(value, ensure_ascii=False)}{comma}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _prepare(out: Path) -> tuple[Path, Path]:
    pages, gold = out / "pages", out / "gold"
    manifest = out / "manifest.json"
    for folder in (pages, gold):
        if folder.exists() and any(folder.iterdir()):
            if not manifest.exists():
                raise SystemExit(
                    f"{folder} is not empty and not a generated corpus (no {manifest}); not overwriting it"
                )
            shutil.rmtree(folder)
    manifest.unlink(missing_ok=True)
    pages.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    return pages, gold


def make_corpus(out_dir: str | Path, size_mb: float, seed: int | str = 1, progress: bool = False) -> dict[str, object]:
    """Write a corpus of about ``size_mb`` MB (10**6 bytes) of pages into ``out_dir``.

    Returns the statistics also written to ``out_dir/manifest.json``.
    """
    if not 0 < size_mb <= 4000:
        raise ValueError("size_mb must be in (0, 4000]")
    started = time.perf_counter()
    out = Path(out_dir)
    pages_dir, gold_dir = _prepare(out)
    lex = lexicons()
    _check_posts(lex)
    seed_key = f"kg-corpus/{seed}"
    world = World(seed_key, lex)
    total = int(size_mb * MB)
    written = 0
    pages = 0
    articles = 0
    entities: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    sizes = random.Random(f"{seed_key}/sizes")
    while written < total:
        target = _page_target(sizes, total - written)
        folder = f"{pages // PAGES_PER_FOLDER:03d}"
        name = f"p{pages:06d}.txt"
        text, gold = make_page(world, pages, target, f"{folder}/{name}")
        data = text.encode("utf-8")
        (pages_dir / folder).mkdir(exist_ok=True)
        (pages_dir / folder / name).write_bytes(data)
        (gold_dir / f"{folder}_{name[:-4]}.json").write_text(_gold_json(gold), encoding="utf-8")
        written += len(data)
        pages += 1
        articles += len(gold.articles)
        entities.update(str(e["type"]) for e in gold.entities.values() if not e.get("optional"))
        relations.update(r["relation"] for r in gold.relations.values())
        if progress and pages % 1000 == 0:
            print(f"  {pages} pages, {written / MB:.1f} MB", file=sys.stderr)
    stats: dict[str, object] = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "size_mb": size_mb,
        "bytes": written,
        "pages": pages,
        "articles": articles,
        "entities": dict(sorted(entities.items())),
        "relations": dict(sorted(relations.items())),
        "people_minted": world.minter.people,
        "companies_minted": world.minter.companies.issued,
        "projects_minted": world.minter.projects.issued,
    }
    (out / "manifest.json").write_text(json.dumps(stats, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    stats["seconds"] = round(time.perf_counter() - started, 2)
    return stats


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", metavar="OUT", help="output folder (pages/, gold/, manifest.json)")
    parser.add_argument("--mb", type=float, default=10.0, help="size of the pages in MB of 10**6 bytes (default: 10)")
    parser.add_argument("--seed", default="1", help="random seed (default: 1)")
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    stats = make_corpus(args.out, args.mb, args.seed, progress=not args.quiet)
    if not args.quiet:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
