"""Mentions of the seven entity types in a segmented document.

The dictionaries (post titles, name endings, the gazetteer) are matched in one
Aho-Corasick pass over the whole document; then each sentence with a match is
worked on: people (post -> name) first, since their names and post titles bound
the names around them; then names by suffix (chunks) and the gazetteer. Overlaps
keep the longest span; places inside a longer name are kept as well when they are
county level or below (金水区国基路街道宏康社区日间照料中心 gives the centre and its
three places). A second pass finds later bare mentions of the people confirmed in
the document (樊惠林表示).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from kg.extract.abbreviations import apply_declarations
from kg.extract.chunks import (
    Chunk,
    SuffixMatch,
    conjunction_at,
    find_chunks,
    find_listed_companies,
    may_list_companies,
    place_ends,
    scan_left,
    suffix_matcher,
    suffix_words,
)
from kg.extract.people import (
    APPOINTING_WORDS,
    LABELLED_PEOPLE_RE,
    LISTED_ROW_RE,
    CareerRun,
    PersonMatch,
    TitleMatch,
    find_people,
    list_heading,
    opening_name,
    pronoun_career,
    title_matcher,
    title_words,
)
from kg.extract.places import PlaceMatch, find_places, gone_to, in_henan, place_words, short_form_allowed
from kg.extract.posts import (
    BARE_BODIES,
    CENTRAL_BANK,
    CHIEF_ROLES,
    GOVERNMENT_HEADS,
    INNER_BODIES,
    INSTITUTION_WORDS,
    LEVEL_BODIES,
    LEVEL_CHARS,
    TOWN_HEADS,
    TOWN_OWN_BODIES,
    ZONE_BODIES,
    Context,
    absolute_name,
    department_name,
    leading_district,
    listed_name,
    parse_posts,
    split_post,
    zone_body,
    zone_of_body,
)
from kg.extract.short_forms import company_short_form_mentions, listed_town_mentions, zone_short_form_mentions
from kg.extract.spans import Spans
from kg.lexicon import ZONE_ENDINGS, Division, Matcher, Scan, load_lexicon
from kg.model import Article, CleanDocument, Mention, Post, Sentence
from kg.text import HOME_WORDS, body_words_short, inside_quotes

ENTITY_PRIORITY = {
    "official": 0,
    "person": 1,
    "journalist": 1,
    "company": 2,
    "project": 2,
    "organization": 2,
    "district": 3,
}
PLACE_KIND_BY_SUFFIX = {
    "社区": "社区",
    "村": "村",
    "镇": "镇",
    "乡": "乡",
    "街道": "街道",
    "办事处": "办事处",
    "苏木": "苏木",
    "嘎查": "嘎查",
}
PLACE_KIND_SUFFIXES = tuple(PLACE_KIND_BY_SUFFIX)
NESTED_PLACE_SUFFIXES = ("街道", "办事处", "社区", "村", "镇", "乡")

ExtractedPosts = dict[tuple[str, int, int], list[Post]]


class SentenceMatches(NamedTuple):
    """What the dictionaries match in one sentence: post titles, name endings, places."""

    titles: Sequence[TitleMatch]
    suffixes: Sequence[SuffixMatch]
    places: list[PlaceMatch]  # leftmost-longest (find_places)

    @classmethod
    def of(cls, text: str) -> SentenceMatches:
        """The matches of a sentence on its own."""
        return cls(title_matcher().find(text), suffix_matcher().find(text), find_places(text))


@functools.lru_cache(maxsize=1)
def _sentence_matcher() -> Matcher[Any]:
    """Post titles, name endings and places: one automaton, so one pass over a document."""
    return Matcher(title_words(), suffix_words(), place_words())


def prepare() -> None:
    """Build the matcher and lookup tables now, not on the first document (~0.1 s), e.g. in a worker's warm-up."""
    _sentence_matcher()
    scan_left("", 0, 0, load_lexicon())


TITLE_DICT, SUFFIX_DICT, PLACE_DICT = range(3)  # the dictionaries of _sentence_matcher
NO_MATCHES = SentenceMatches((), (), [])
BY_SPAN = operator.attrgetter("start", "end")


def _county_counts(places: list[list[PlaceMatch]], texts: list[str], full_names: set[str]) -> Counter[str]:
    """How often each county or prefecture is named in full in some sentences (in the order
    first named; ``texts`` the sentences), where it is the place (not 新兴区 in 产业发展新兴区)."""
    counts: Counter[str] = Counter()
    lexicon = load_lexicon()
    for found, text in zip(places, texts):
        for match in found:
            if (
                not match.short
                and match.division.level in ("county", "prefecture")
                and not conjunction_at(text, match.start)
                and short_form_allowed(match, text, full_names, lexicon)
            ):
                counts[match.division.code] += 1
    return counts


def _near_home(counts: Counter[str]) -> Counter[str]:
    """The counts of a page's places an article naming none of its own falls back on: those
    in Henan when it names any (a company's seat in 深圳市南山区 is not what 区经济发展局 of the
    page's other stories is)."""
    lexicon = load_lexicon()
    home = Counter({code: n for code, n in counts.items() if in_henan(lexicon.divisions[code], lexicon)})
    return home or counts


def _article_context(counts: Counter[str], fallback: Context | None, home: Division | None = None) -> Context:
    """The districts an article is about: the county it names most, and its parents."""
    lexicon = load_lexicon()
    ranked = [(code, n) for code, n in counts.most_common() if lexicon.divisions[code].level == "county"][:2]
    if not ranked:
        named = next(iter(counts.most_common(1)), None)
        if named is None or (fallback is not None and fallback.county is not None):
            return fallback or Context()
        prefecture = lexicon.divisions[named[0]]  # an article about a prefecture alone: 市委 is its
        return Context(prefecture=prefecture, province=lexicon.parent_of(prefecture))
    county = lexicon.divisions[ranked[0][0]]
    prefecture = lexicon.parent_of(county)
    province = lexicon.parent_of(prefecture) if prefecture else None
    if prefecture and prefecture.level == "province":
        prefecture, province = None, prefecture
    # 市 is a county-level city only in an article about it more than about any other county
    # (in its prefecture's own paper, more than about all others together: 市领导 visiting
    # 禹州市, 长葛市 and 建安区 are 许昌's), and more than about its prefecture (a city's fair
    # that lists 永城市 projects: 市长 is 商丘's)
    others = [n for code, n in counts.items() if code != county.code and lexicon.divisions[code].level == "county"]
    rivals = sum(others) if home is not None and home == prefecture else max(others, default=0)
    dominant = ranked[0][1] > rivals and ranked[0][1] > counts.get(prefecture.code if prefecture else "", 0)
    return Context(county=county, prefecture=prefecture, province=province, county_dominant=dominant)


# a city paper's name on its masthead (平顶山日报, 许昌晚报)
PAPER_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:日报|晚报)")


def _in_paper_place(found: list[PlaceMatch], paper: Division) -> list[PlaceMatch]:
    """``found`` with a name several divisions bear taken as the one in the paper's city or
    province (江北区 in 重庆日报: Chongqing's, not Ningbo's)."""
    lexicon = load_lexicon()
    out = []
    for match in found:
        alike = lexicon.divisions_by_name.get(match.division.name, ())
        if len(alike) > 1 and not lexicon.within(match.division, paper):
            match = match._replace(division=next((d for d in alike if lexicon.within(d, paper)), match.division))
        out.append(match)
    return out


def _paper_place(clean: CleanDocument) -> Division | None:
    """The province, prefecture or county-level city whose paper the page's masthead names
    (河南日报, 阜阳日报, 昆山日报), if it names one."""
    lexicon = load_lexicon()
    for block in clean.blocks:
        if block.kind == "masthead" and (found := PAPER_RE.match(clean.text, block.start)) is not None:
            division = lexicon.divisions_by_short.get(found.group(1)) or next(
                iter(lexicon.divisions_by_name.get(found.group(1), ())), None
            )
            return division
    return None


# a county paper's name on its masthead (今日渑池, 今日光山)
COUNTY_PAPER_RE = re.compile(r"今日([\u4e00-\u9fff]{2,3}?)(?=[\s　0-9]|$)")


def _home_places(clean: CleanDocument, city: Division | None) -> dict[str, Division]:
    """The places a paper calls its own (我市 in 三门峡日报 is 三门峡市; 我县 in 今日渑池 is 渑池县),
    by the words that name them."""
    homes = [city] if city is not None else []
    lexicon = load_lexicon()
    for block in clean.blocks:
        if block.kind == "masthead" and (found := COUNTY_PAPER_RE.match(clean.text, block.start)) is not None:
            county = lexicon.divisions_by_short.get(found.group(1))
            if county is not None and county.level == "county":
                homes.append(county)
            break
    return {word: home for home in homes for word in HOME_WORDS.get(home.name[-1], ())}


def _home_mentions(articles: list[Article], homes: dict[str, Division], mentions: list[Mention]) -> list[Mention]:
    """我市, 本县 outside quotes, as the paper's own place (副省长郇明远到我市调研: 三门峡市)."""
    if not homes:
        return []
    covered = Spans(mentions)
    found: list[Mention] = []
    for article in articles:
        for sentence in article.sentences:
            text = sentence.text
            for word, home in homes.items():
                at = text.find(word)
                while at >= 0:
                    quoted = inside_quotes(text, at)  # a speaker's 我市 may be another's
                    if not quoted and not covered.overlaps(sentence.start + at, sentence.start + at + len(word)):
                        found.append(_mention(sentence, at, at + len(word), "district", "home", canonical=home.name))
                    at = text.find(word, at + len(word))
    return found


def _names_a_county(counts: Counter[str]) -> bool:
    """Does an article name a county of its own (else its 市 is not the page's county-level city)?"""
    return _county_count(counts) > 0


def _county_count(counts: Counter[str]) -> int:
    """How many counties an article names (several: a tour's, whose paragraphs may move between them)."""
    lexicon = load_lexicon()
    return sum(1 for code in counts if lexicon.divisions[code].level == "county")


def _says_our_city(article: Article) -> bool:
    """Does the article call a city 我市 or 本市 outside quotes (the paper's own city)?"""
    for sentence in article.sentences:
        text = sentence.text
        for word in HOME_WORDS["市"]:
            at = text.find(word)
            if at >= 0 and not inside_quotes(text, at):
                return True
    return False


def _at_home(context: Context, home: Division | None) -> Context:
    """An article of a city's paper about a county in another province (a delegation's trip to
    上海青浦区): its relative 市 bodies (市政府秘书长) are the paper's city's, not the visited one's."""
    if home is None or (context.county is None and context.prefecture is None):
        return context
    lexicon = load_lexicon()
    province = lexicon.parent_of(home)
    if context.county is None:  # an article about a city of another province (许昌's road-show in 深圳)
        if province is None or context.prefecture is None or lexicon.within(context.prefecture, province):
            return context
        return dataclasses.replace(context, prefecture=home, province=province)
    if province is None or lexicon.within(context.county, province):
        return context  # a county of the home province (新郑市, 洛阳市栾川县): its own 市, as written
    return dataclasses.replace(context, prefecture=home, province=province)


def _pick(candidates: list[Mention]) -> list[Mention]:
    """Longest non-overlapping spans; ties go to the more specific type."""
    if len(candidates) < 2:
        return list(candidates)
    ordered = sorted(candidates, key=lambda m: (-(m.end - m.start), ENTITY_PRIORITY[m.type], m.start))
    taken: list[tuple[int, int]] = []
    kept: list[Mention] = []
    for mention in ordered:
        start, end = mention.start, mention.end
        for s, e in taken:
            if start < e and s < end:
                break  # overlaps a longer one
        else:
            taken.append((start, end))
            kept.append(mention)
    return sorted(kept, key=BY_SPAN)


def _mention(
    sentence: Sentence,
    start: int,
    end: int,
    type_: str,
    extractor: str,
    canonical: str = "",
    posts: tuple[str, ...] = (),
) -> Mention:
    base = sentence.start
    return Mention(
        sentence.doc,
        sentence.article,
        sentence.index,
        base + start,
        base + end,
        sentence.text[start:end],
        type_,
        extractor,
        canonical,
        posts,
    )


def _place_canonical(division: Division) -> str:
    return division.name


NO_BARRIERS: frozenset[int] = frozenset()


def extract_sentence(
    sentence: Sentence,
    context: Context,
    full_names: set[str],
    posts_out: ExtractedPosts,
    found_places: list[PlaceMatch] | None = None,
    matches: SentenceMatches | None = None,
    listing: str = "",
) -> list[Mention]:
    """Mentions of one sentence; ``matches`` (else ``found_places``) when already known;
    ``listing``, the list of a congress's decisions (任命, 免去) the sentence goes on."""
    text = sentence.text
    if matches is None:
        matches = SentenceMatches.of(text)
        if found_places is not None:
            matches = SentenceMatches(matches.titles, matches.suffixes, found_places)
    titles, suffixes, found = matches
    if not (titles or suffixes or found) and not may_list_companies(text):
        return []  # nothing for any extractor to start from
    candidates: list[Mention] = []
    barriers = NO_BARRIERS
    people: list[PersonMatch] = []
    # 任命X为源汇区教育局 (局长 cut off by the layout); 来自南京的X (introduced by where from)
    if (
        titles
        or listing
        or APPOINTING_WORDS.search(text)
        or "来自" in text
        or LISTED_ROW_RE.match(text)
        or LABELLED_PEOPLE_RE.search(text)
    ):
        people = find_people(text, title_matches=titles, listing=listing)
        if people:
            candidates.extend(_people_mentions(sentence, people, context, posts_out))
            barriers = frozenset([p.end for p in people])
    places = _allowed_places(text, found, full_names) if found else found
    if suffixes:
        full_places = [(p.start, p.end) for p in places if not p.short]
        chunks = find_chunks(
            text, barriers=barriers, place_barriers=lambda: place_ends(text, full_places, suffixes), matches=suffixes
        )
    else:
        chunks = []
    listed: tuple[int, str, str] = (-1, "", "")  # where the last body ends, its full name, as written
    for chunk in chunks + find_listed_companies(text):
        if _honorary_title(text, chunk.start, chunk.end):
            continue
        name = text[chunk.start : chunk.end]
        if name in INNER_BODIES:
            continue  # 审判委员会 of 中级人民法院副院长、审判委员会委员: the post names whose
        if chunk.type == "organization" and (unit := COMPANY_UNIT_RE.match(name)) is not None:
            # 河南锐晟电子科技有限公司MES智能管控中心, 公司生产部: a unit inside a company, the company's
            if unit.group(1) in (*BARE_COMPANY, "集团公司"):
                continue  # 公司研发中心: the company named before
            chunk = Chunk(chunk.start, chunk.start + len(unit.group(1)), "company", "")
            name = unit.group(1)
        canonical = ""
        if chunk.type == "organization" and name[:1] == "校" and text[chunk.start - 1 : chunk.start] == "该":
            # 该校|材料科学与工程学院: a college of the university named before
            school = context.recent("校")
            if not school:
                continue
            chunk = Chunk(chunk.start - 1, chunk.end, chunk.type, chunk.suffix)
            name, canonical = "该" + name, school + name[1:]
        elif chunk.type == "organization":
            canonical = (
                _doubled_level_body(text, chunk.start, name)
                or _party_body_of(name)
                or department_name(text, chunk.start, name, context)
                or _town_body_after(text, chunk.start, name, chunks)
                or _sentence_place_body(text, chunk.start, name, chunks)
                or _listed_after(text, chunk.start, name, listed)
                or zone_body(absolute_name(name, context), context)
            )
            listed = (chunk.end, canonical or name, name)
        elif name.endswith("街道办事处"):
            canonical = name.removesuffix("办事处")  # the subdistrict by its office: one place
        type_ = "organization" if chunk.type == "company" and CENTRAL_BANK in name else chunk.type  # a state body
        candidates.append(
            _mention(sentence, chunk.start, chunk.end, type_, "suffix", canonical if canonical != name else "")
        )
        if chunk.type == "organization" and (partner := _zone_partner(text, chunk.end, canonical or name)):
            # 济源产城融合示范区党工委、管委会召开: the zone's two bodies, the second written bare
            candidates.append(
                _mention(sentence, chunk.end + 1, chunk.end + 1 + len(ZONE_BODIES[1]), type_, "suffix", partner)
            )
    if people:
        _name_bare_bodies(sentence, people, chunks, posts_out, context)
    candidates.extend(_bare_sides(sentence, context, chunks))
    for place in places:
        canonical = place.division.name if place.short or place.end - place.start != len(place.division.name) else ""
        candidates.append(_mention(sentence, place.start, place.end, "district", "gazetteer", canonical))
    if len(candidates) < 2:
        return candidates  # nothing to choose between
    kept = _pick(candidates)
    nested = _nested(candidates, kept)
    if not nested:
        return kept  # sorted by _pick
    return sorted(kept + _pick(nested), key=BY_SPAN)


def _doubled_level_body(text: str, start: int, name: str) -> str:
    """A relative body written right after its place, the level twice (温县|县委办公室: 温县委办公室),
    by the place's name, or ""."""
    if name[:1] not in LEVEL_CHARS or start < 2 or text[start - 1] != name[0]:
        return ""
    lexicon = load_lexicon()
    for at in range(max(0, start - 6), start - 1):
        division, length = lexicon.division_at(text, at, longest=start - at)
        if division is not None and at + length == start and division.name.endswith(name[0]):
            return division.name + name[1:]
    return ""


def _zone_partner(text: str, end: int, name: str) -> str:
    """The zone's 管委会 written bare right after its 党工委 (X党工委、管委会), by its full name, or ""."""
    party, committee = ZONE_BODIES
    if name.endswith(party) and len(name) > len(party) and text.startswith(("、" + committee, "和" + committee), end):
        return name[: -len(party)] + committee
    return ""


# a side of an agreement written bare, the cooperative or village the article named (合作社与X签订…,
# 村里与X合作社签订…)
BARE_SIDE_RE = re.compile(
    "(?:^|(?<=[，。；“]))(?:现在|目前|如今|今年|去年)?(合作社|村里)(?=[与和同][^，。；]{2,40}?签)"
)
BARE_SIDE_KINDS = {"合作社": ("合作社", "company"), "村里": ("村", "district")}


def _bare_sides(sentence: Sentence, context: Context, chunks: list[Chunk]) -> list[Mention]:
    """Mentions of the cooperative or village a signing's bare side stands for, when named before
    (in the sentence, else in the article)."""
    found = []
    for match in BARE_SIDE_RE.finditer(sentence.text):
        kind, type_ = BARE_SIDE_KINDS[match.group(1)]
        here = [sentence.text[c.start : c.end] for c in chunks if c.end <= match.start() and c.suffix.endswith(kind)]
        if name := (here[-1] if here else context.recent(kind)):
            found.append(_mention(sentence, match.start(1), match.end(1), type_, "bare", name))
    return found


# a unit inside a company (人力资源部, 研发中心, 项目指挥部, 车间): no body of its own
COMPANY_UNIT_RE = re.compile(
    "^(.{2,}?(?:公司|集团))((?:(?!公司|集团).){0,10}?(?:部|研发中心|调度中心|分拣中心|管控中心|指挥部|车间))$"
)
HONOUR_RE = re.compile("命名|授予|评为|获评|荣获|认定为|确定为|誉为|称为")
# a description, not a name: 建成华中地区规模最大的智能起重装备生产基地
SUPERLATIVE_BEFORE_RE = re.compile("最[\u4e00-\u9fff]{1,3}的$")
COUNTED_RE = re.compile("(?:[0-9]+|[一二三四五六七八九十两]+)[个家所批座]$")  # 再添5个“...”


BARE_COMPANY = ("公司", "集团", "企业")
COMPANY_NAME_ENDINGS = ("公司", "集团")
# bodies a bare name stands for when one was named before (商会会长, 合作社理事长)
BARE_NAMED_BODIES = ("商会", "合作社", "协会", "指挥部")  # 指挥部指挥长: the headquarters named last
BARE_PARTY_BODIES = tuple(body for body in INNER_BODIES if body.startswith("党"))
BARE_ORGANIZATIONS = frozenset(BARE_COMPANY + BARE_PARTY_BODIES + BARE_NAMED_BODIES)


def _name_bare_bodies(
    sentence: Sentence, people: list[PersonMatch], chunks: list[Any], posts_out: ExtractedPosts, context: Context
) -> None:
    """Posts in a body named by a bare word, of the body named last before them in the
    sentence: 在郑州宇晟新能源汽车有限公司总装车间，公司总经理魏振华 (the company; with none, the
    company the article named last); 召陵分局立即成立专案组，由党委副书记、副局长韦国栋任组长
    (召陵分局党委, 召陵分局); and a bare title of a company or an institution right after
    one, in the clause before (在园区入驻企业哈密天山润泽农业科技有限公司，总经理马俊介绍)."""
    text = sentence.text
    for person in people:
        key = (sentence.doc, sentence.start + person.start, sentence.start + person.end)
        held = posts_out.get(key)
        bodies = [c for c in chunks if c.type in ("company", "organization") and c.end <= person.post_start]
        if (
            held
            and person.type == "person"
            and any(not post.organization for post in held)
            and bodies
            and text[bodies[-1].end : person.post_start] in LISTED_AFTER
        ):
            named = text[bodies[-1].start : bodies[-1].end]
            posts_out[key] = [dataclasses.replace(p, organization=named) if not p.organization else p for p in held]
            continue
        if held and person.type == "official" and (at := _body_of_the_scene(text, person.post_start, held, bodies)):
            held = posts_out[key] = at  # 在兰考黄河河务局，局长晏春来介绍: the bureau's
        if held and any(_relative_place_level(post) for post in held):
            held = posts_out[key] = _relative_place_posts(text, person.post_start, held, chunks)
        if not held or not any(post.organization in BARE_ORGANIZATIONS for post in held):
            continue
        companies = [c for c in chunks if c.type == "company" and c.end <= person.post_start]
        company = text[companies[-1].start : companies[-1].end] if companies else ""
        body = text[bodies[-1].start : bodies[-1].end] if bodies else ""
        renamed = []
        for post in held:
            if post.organization in BARE_COMPANY:
                # with none in the sentence, the company the article named last (公司, not 企业)
                named = company or (context.recent("公司") if post.organization in ("公司", "集团") else "")
                post = dataclasses.replace(post, organization=named)
            elif post.organization in BARE_NAMED_BODIES:
                # 在上海市河南商会，…与商会会长曲文涛: the chamber named last, in this sentence or before
                same = [text[c.start : c.end] for c in bodies if text[c.start : c.end].endswith(post.organization)]
                named = same[-1] if same else context.recent(post.organization)
                post = dataclasses.replace(post, organization=named or post.organization)
            elif post.organization in BARE_PARTY_BODIES and body:
                bare = post.organization  # 党委副书记 -> 召陵分局党委; 副局长 after it -> 召陵分局
                post = dataclasses.replace(post, organization=body + bare if post.title.startswith(bare) else body)
            renamed.append(post)
        posts_out[key] = renamed


def _body_of_the_scene(text: str, post_start: int, held: list[Post], bodies: list[Chunk]) -> list[Post]:
    """A bare head's title (局长, 院长, 所长) right after the clause that says where the sentence is
    (在兰考黄河河务局，局长晏春来…): the post in that body, or [] when the sentence says no such."""
    if not bodies or len(held) != 1 or held[0].organization:
        return []
    body = text[bodies[-1].start : bodies[-1].end]
    head = HEADS_OF_BODIES.get(held[0].title)
    if head is None or not body.endswith(head) or not SCENE_RE.fullmatch(text, 0, post_start):
        return []
    return [dataclasses.replace(held[0], organization=body)]


# a bare head's title and the ending of the body it heads
HEADS_OF_BODIES = {"局长": "局", "院长": "院", "所长": "所", "站长": "站", "馆长": "馆", "行长": "行"}
# a sentence opening with where it is: 在X，(then the head's title)
SCENE_RE = re.compile("[^，。]{0,12}?在[^，。]{2,30}[，,]")


def _relative_place_level(post: Post) -> str:
    """The level a post's title names its place by (村党支部书记: 村; 乡党委副书记: 乡; 镇长, 副镇长,
    镇级河长: 镇), or ""."""
    title = post.title.removeprefix("副")
    level = next((word for word in RELATIVE_PLACE_WORDS if title.startswith(word)), "")
    if level and _heads_or_chiefs(post):
        return level  # the town's government, or the town itself, whatever place context gave
    return level if level and post.organization and level in post.organization else ""


def _heads_or_chiefs(post: Post) -> bool:
    """Is ``post`` a town's head (镇长, 副乡长) or a river or forest chief (镇级河长)?"""
    return post.title.removeprefix("副") in TOWN_HEADS or post.title.endswith(CHIEF_ROLES)


def _relative_place_posts(text: str, post_start: int, held: list[Post], chunks: list[Chunk]) -> list[Post]:
    """Posts whose title names their place relatively (乡党委副书记, 村党支部书记) after a place of
    that level earlier in the sentence (马市坪乡党委召开…，乡党委副书记占立军主持; 在大路庄村，村党支部
    书记兰春生…): that place's body, whatever place the sentences before named."""
    renamed = []
    for post in held:
        level = _relative_place_level(post)
        if level and _heads_or_chiefs(post):
            written = post.organization.removesuffix("人民政府").removesuffix("政府")
            if len(written) > len(level) and text.find(written, post_start) >= 0:
                renamed.append(post)  # 太康县逊母口镇副镇长: the town its phrase names
                continue
            named = [text[c.start : c.end] for c in chunks if c.type == "district" and c.end <= post_start]
            town = named[-1] if named and named[-1].endswith(level) and len(named[-1]) > len(level) else ""
            if town:  # 在赤眉镇，镇长、镇级河长邴晓燕: the town's government, the town's river
                organization = town if post.title.endswith(CHIEF_ROLES) else town + "政府"
                post = dataclasses.replace(post, organization=organization, district=town)
            renamed.append(post)
            continue
        body = next((b for b in PLACE_OWN_BODIES if post.organization.endswith(b)), "") if level else ""
        places = [
            name
            for c in chunks
            if body and c.type == "district" and c.end <= post_start and (name := text[c.start : c.end]).endswith(level)
        ]
        if places and len(places[-1]) > len(level):
            post = dataclasses.replace(post, organization=places[-1] + body)  # 村党支部 -> 大路庄村党支部
        renamed.append(post)
    return renamed


RELATIVE_PLACE_WORDS = ("社区", "村", "镇", "乡", "街道", "苏木", "嘎查")
# the bodies of a place named after it, longest first (柳林冲村|村委会, 大路庄村|党支部)
PLACE_OWN_BODIES = tuple(sorted({*BARE_BODIES, *TOWN_OWN_BODIES}, key=len, reverse=True))


def _party_body_of(name: str) -> str:
    """The body whose Party committee or group a name is, standing for it as its posts do
    (驻马店市育英高级中学党委, 遂平县住房和城乡建设局党组: the school, the bureau), or ""."""
    for party in ("党委", "党组"):
        body = name.removesuffix(party)
        if body != name and len(body) > 3 and body.endswith((*INSTITUTION_WORDS, "局")):
            return body
    return ""


def _listed_after(text: str, start: int, name: str, listed: tuple[int, str, str]) -> str:
    """A relative body listed right after a named one of its level (郑州市委、市政府: 郑州市政府,
    whatever district the article is about), or a bare bureau after one of a place (区经济发展局、
    科技创新局: the same place's), or ""."""
    end, before, written = listed
    if end != start - 1 or text[end] != "、":
        return ""
    if (
        name.endswith(BUREAU_ENDINGS)
        and name[0] not in LEVEL_CHARS
        and not name.startswith(NATIONAL_STARTS)
        and not _names_a_division(name)
    ):
        own = written[1:] if written[:1] in LEVEL_CHARS else written  # 区|经济发展局: 区 stood for a place
        if before.endswith(own) and len(before) > len(own) + 1:
            return before[: len(before) - len(own)] + name  # the place of the bureau before
    return listed_name(name, leading_district(before))


def _sentence_place_body(text: str, start: int, name: str, chunks: list[Chunk]) -> str:
    """A place's own body written bare after a place of its level earlier in the sentence (在
    王城路街道健康西路社区，…听取街道党工委书记俞海燕的汇报: 王城路街道党工委, whatever place the
    sentences before named), or ""."""
    level = next((word for word in RELATIVE_PLACE_WORDS if name.startswith(word)), "")
    if not level or name[len(level) :] not in PLACE_OWN_BODIES:
        return ""
    places = [
        written
        for c in chunks
        if c.type == "district" and c.end <= start and (written := text[c.start : c.end]).endswith(level)
    ]
    return places[-1] + name[len(level) :] if places and len(places[-1]) > len(level) else ""


def _town_body_after(text: str, start: int, name: str, chunks: list[Chunk]) -> str:
    """A township's body written bare right after another of the same township (凉亭乡党委、乡政府:
    凉亭乡政府), or ""."""
    if name[:1] not in ("镇", "乡") or name[1:] not in TOWN_OWN_BODIES:
        return ""
    for chunk in chunks:
        if (
            chunk.type == "district"
            and text[chunk.end - 1] == name[0]
            and chunk.end < start
            and TOWN_BODY_JOINED_RE.fullmatch(text, chunk.end, start)
        ):
            return text[chunk.start : chunk.end] + name[1:]
    return ""


TOWN_BODY_JOINED_RE = re.compile(f"(?:{'|'.join(TOWN_OWN_BODIES)})[、和及与]")


BUREAU_ENDINGS = ("局", "委", "办")
NATIONAL_STARTS = ("国家", "中国", "中华", "全国", "中共", "中央", "国务院", "省")  # 国家税务总局…, 省农科院


def _names_a_division(name: str) -> bool:
    """Does a division's name stand anywhere in ``name`` (国家税务总局商城县税务局)?"""
    lexicon = load_lexicon()
    return any(lexicon.division_at(name, at, short=True)[0] is not None for at in range(len(name) - 1))


def _honorary_title(text: str, start: int, end: int) -> bool:
    """A quoted name that is conferred, counted or said of a place, not a body: 命名“河南省五星
    规范化司法所”, 荣获“全国文明单位”称号, 再添5个“…”, 长垣是“中国卫生材料生产基地”; and a
    description after a superlative (规模最大的智能起重装备生产基地)."""
    if SUPERLATIVE_BEFORE_RE.search(text, max(0, start - 6), start):
        return True
    if not (text[start - 1 : start] == "“" and text[end : end + 1] == "”"):
        return False
    before = text[max(0, start - 20) : start - 1]
    return (
        before.endswith(("是", "”"))  # 长垣是“中国起重机械之乡”“中国卫生材料生产基地”
        or text.startswith("称号", end + 1)
        or HONOUR_RE.search(before) is not None
        or COUNTED_RE.search(before) is not None
    )


LISTED_AFTER = ("，", "、", ",")  # between one person of a list and the next one's post


def _relative(phrase: str) -> bool:
    """Does a post phrase name a body relative to its district (县委副书记, 县政府副县长), or
    head a government with no district named (县长)?"""
    left, role = split_post(phrase)
    if not left:
        return role.endswith(GOVERNMENT_HEADS)
    return left[0] in LEVEL_CHARS and left[1:].startswith(LEVEL_BODIES)


def _deputy_of(phrase: str, role: str) -> bool:
    """Is a post phrase a bare deputy of ``role`` (副主任 after 主任)?"""
    left, own = split_post(phrase)
    return not left and bool(role) and own != role and own.lstrip("常务副") == role.lstrip("常务副")


HELD_BEFORE_WORDS = ("原任", "曾任", "原系")  # before a post phrase and its holder's name
ELECTION_GOES_ON_RE = re.compile("(?:同志)?为[^，,。；;、]{1,12}[，,]")


def _people_mentions(
    sentence: Sentence, people: list[PersonMatch], context: Context, posts_out: ExtractedPosts
) -> list[Mention]:
    """Mentions of the people of a sentence; their posts go to ``posts_out``."""
    mentions = []
    before = ""  # the body of the last post of the person before, in the sentence
    role = ""  # and its role (主任 of 市人大常委会主任)
    for index, person in enumerate(people):
        between = sentence.text[people[index - 1].end : person.post_start] if index > 0 else ""
        # 选举A为X主席，B为副主席，C为秘书长: an election goes on, in the body of the post before
        listed = index > 0 and (between in LISTED_AFTER or ELECTION_GOES_ON_RE.fullmatch(between) is not None)
        # later in the sentence, the deputy of the role before is held in its body (市人大常委会
        # 主任高建军主持会议，副主任吕卫红、邢国庆出席), and a relative post is of the district
        # named before it (泌阳县委书记刘晓辉出席，县委副书记、县长许红梅)
        if not listed and not (
            person.type == "official"
            and person.posts
            and all(_relative(p) or _deputy_of(p, role) for p in person.posts)
        ):
            before = ""
        written = tuple(_at_local_level(post, context) for post in person.posts) + _chosen_in_association(
            sentence.text, person.end, context
        )
        canonical_posts = parse_posts(written, context, before) if written else []
        if canonical_posts and sentence.text.endswith(HELD_BEFORE_WORDS, 0, person.post_start):
            # 原任商水县政协副主席伍建军涉嫌…: the posts a person held before what is told
            canonical_posts = [dataclasses.replace(p, former=True) for p in canonical_posts]
        if canonical_posts:
            before = canonical_posts[-1].organization
            role = split_post(canonical_posts[-1].title)[1]
        mention = _mention(sentence, person.start, person.end, person.type, "post", posts=person.posts)
        mentions.append(mention)
        if canonical_posts:
            posts_out[(mention.doc, mention.start, mention.end)] = canonical_posts
    return mentions


# chosen as an officer of the chamber or association named last (…董事长林国栋当选会长)
OFFICER = "((?:常务)?副?会长|秘书长|监事长)"
CHOSEN_OFFICER_RE = re.compile(r"(?:等[0-9一二三四五六七八九十]+[人名位])?(?:以[^，。；]{1,8}票)?当选为?" + OFFICER)
# 增补A董事长X、B董事长Y为商会副会长: each listed person is made one
ELECTED_OFFICERS_RE = re.compile(r"(?:、[^，。；、为]{2,30})*为(?:商会|协会)?" + OFFICER)
ELECTING_RE = re.compile("选举|增补|补选|增选")


def _chosen_in_association(text: str, end: int, context: Context) -> tuple[str, ...]:
    """The post a person is chosen to right after the name, in the chamber, association or
    cooperative the article has named most (商会: 禹州市福建商会会长), or ()."""
    chosen = CHOSEN_OFFICER_RE.match(text, end)
    if chosen is None and ELECTING_RE.search(text, 0, end):
        chosen = ELECTED_OFFICERS_RE.match(text, end)
    if chosen is None:
        return ()
    bodies = [name for kind, name in context.recent_places if kind in BARE_NAMED_BODIES]
    if not bodies:
        return ()
    # the one the article names most (its own chamber, not a guest's), the first of a tie
    counts = Counter(bodies)
    body = max(bodies, key=lambda name: counts[name])
    return (body + chosen.group(1),)


BARE_MEMBER_POSTS = frozenset({"政协委员"})  # a proposer's (提案人：A、B), no level written


def _at_local_level(post: str, context: Context) -> str:
    """A member's post written with no level (政协委员) in the CPPCC the article named last, else
    at the level of its most local district (县政协委员 in an article about a county), or ``post``."""
    if post not in BARE_MEMBER_POSTS:
        return post
    if cppcc := context.recent("政协"):
        return cppcc + post.removeprefix("政协")  # the CPPCC the article named last
    local = context.county or context.prefecture
    return local.name[-1] + post if local is not None else post


def _allowed_places(text: str, places: list[PlaceMatch], full_names: set[str]) -> list[PlaceMatch]:
    lexicon = load_lexicon()
    return [p for p in places if short_form_allowed(p, text, full_names, lexicon)]


def _nested(candidates: list[Mention], kept: list[Mention]) -> list[Mention]:
    """The candidates left out by _pick that are kept inside the name that covers them."""
    if len(kept) == len(candidates):
        return []  # all kept
    kept_ids = {id(k) for k in kept}
    kept_spans = {(k.start, k.end) for k in kept}  # a mention equal to a kept one has its span
    nested = []
    for mention in candidates:
        if mention.type not in ("district", "company") or id(mention) in kept_ids:
            continue
        if (mention.start, mention.end) in kept_spans and mention in kept:
            continue
        container = next(
            (k for k in kept if k.start <= mention.start and mention.end <= k.end and k is not mention), None
        )
        if container is None or (container.type == "district" and container.extractor == "gazetteer"):
            continue
        if _nestable(mention, container):
            nested.append(mention)
    return nested


def _nestable(mention: Mention, container: Mention) -> bool:
    """Names worth keeping inside a longer name: counties and the places below them in any
    name; a company that starts a project's name (唐久便利集团|西安物流基地)."""
    if mention.type == "company":
        return (
            container.type == "project" and mention.start == container.start and mention.text.endswith(("公司", "集团"))
        )
    if container.type == "person" or container.type == "official":
        return False
    if mention.extractor == "suffix":
        return mention.text.endswith(NESTED_PLACE_SUFFIXES)
    return any(d.level == "county" for d in load_lexicon().divisions_by_name.get(mention.name, ()))


UNIVERSITIES = ("大学", "学院")
FACULTY_RE = re.compile("大学.+学院$")  # 河南工业大学土木工程学院: a college, not what 该校 stands for


def _recent_places(mentions: Iterable[Mention]) -> list[tuple[str, str]]:
    """(kind, name) of the places among ``mentions`` that a bare 社区 or 村 can stand for, and
    of the bureaus and companies a bare 局 or 公司 can (开封市市场监督管理局…。局党组书记、局长孙立平)."""
    places = []
    for mention in mentions:
        if mention.type == "organization" and mention.name.endswith("局"):
            places.append(("局", mention.name))
        elif mention.type == "organization" and mention.name.endswith("政协"):
            places.append(("政协", mention.name))  # whose member a proposer is (提案人：A、B)
        elif mention.type == "organization" and mention.name.endswith(UNIVERSITIES):
            if not FACULTY_RE.search(mention.name):
                places.append(("校", mention.name))  # what 该校 stands for (该校材料科学与工程学院)
        elif mention.type == "company" and mention.name.endswith(COMPANY_NAME_ENDINGS):
            places.append(("公司", mention.name))  # 公司总经理孙建民, a sentence after the company
        elif mention.name.endswith(BARE_NAMED_BODIES) and len(mention.name) > 3:
            places.append((next(b for b in BARE_NAMED_BODIES if mention.name.endswith(b)), mention.name))
        elif mention.type == "district" and mention.name.endswith(PLACE_KIND_SUFFIXES):
            for suffix, kind in PLACE_KIND_BY_SUFFIX.items():
                if mention.name.endswith(suffix):
                    places.append((kind, mention.name))
        elif mention.type == "district" and mention.name.endswith(ZONE_ENDINGS) and mention.name not in ZONE_ENDINGS:
            places.append(("zone", mention.name))  # what 区 and a bare 管委会 stand for in a zone's article
        elif mention.type == "organization" and (zone := zone_of_body(mention.name)):
            # 洛阳高新区管委会召开…, 洛阳综合保税区管理委员会: the zone of its body
            places.extend((("zone", zone), ("zone body", zone)))
    return places


# adverbs that may follow a name and end it read as a given name (秦朗正带领: 正 "now")
NAME_ADVERBS = "正"
NAME_ADVERB_RE = re.compile(r"[，。；！？”：,\s]|说|表示|介绍|告诉")


def _without_adverb(
    clean: CleanDocument, articles: list[Article], mentions: list[Mention], posts: ExtractedPosts
) -> list[Mention]:
    """Three-character names ending in an adverb (秦朗正), cut to two when their article also
    writes the two alone, before punctuation or a word of speech (“…”秦朗说); the posts move
    with them. A name that ends in 正 everywhere (王守正) stays."""
    spans = {a.index: (a.start, a.end) for a in articles}
    kept = []
    for mention in mentions:
        short = mention.text[:2]
        if (
            mention.type in ("official", "person")
            and len(mention.text) == 3
            and mention.text[-1] in NAME_ADVERBS
            and _written_alone(clean.text, short, *spans.get(mention.article, (0, 0)))
        ):
            key = (mention.doc, mention.start, mention.end)
            mention = dataclasses.replace(mention, end=mention.end - 1, text=short)
            if key in posts:
                posts[(mention.doc, mention.start, mention.end)] = posts.pop(key)
        kept.append(mention)
    return kept


def _written_alone(text: str, name: str, start: int, end: int) -> bool:
    at = text.find(name, start, end)
    while at >= 0:
        if NAME_ADVERB_RE.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1, end)
    return False


def _one_type_per_name(mentions: list[Mention]) -> list[Mention]:
    """An official of an article (第一书记俞晓峰) is one wherever the article names him
    without a post (今年38岁的俞晓峰, introduced as anyone could be)."""
    officials = {(m.article, m.text) for m in mentions if m.type == "official"}
    return [
        dataclasses.replace(m, type="official")
        if m.type == "person" and not m.posts and (m.article, m.text) in officials
        else m
        for m in mentions
    ]


# a park governed by a management committee of its own (阜合现代产业园区管委会): a zone
GOVERNED_PARK_RE = re.compile("^(.{2,}(?:园区|产业园|工业园))(?:管委会|管理委员会|党工委)$")


def _governed_parks(mentions: list[Mention]) -> list[Mention]:
    """A park the document names the management committee or Party working committee of is
    a functional zone, as 经开区 are (阜合现代产业园区, by 阜合现代产业园区管委会), not a project."""
    parks = {found.group(1) for m in mentions if m.type == "organization" and (found := GOVERNED_PARK_RE.match(m.name))}
    if not parks:
        return mentions
    return [dataclasses.replace(m, type="district") if m.type == "project" and m.name in parks else m for m in mentions]


def _propagate(
    clean: CleanDocument, articles: list[Article], mentions: list[Mention], dropped: set[int]
) -> list[Mention]:
    """Later bare mentions of the people found in this document; the ids of the place
    mentions inside them go into ``dropped``."""
    people: dict[str, str] = {}
    for mention in mentions:
        if mention.type in ("official", "person") and mention.extractor == "post":
            people.setdefault(mention.text, mention.type)
    if not people:
        return []
    sentences = [s for a in articles for s in a.sentences]
    texts = [s.text for s in sentences]
    starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
    # a place inside a person's name (韩国 of 韩国栋) gives way to the name
    places = [m for m in mentions if m.type == "district"]
    covered = Spans([m for m in mentions if m.type != "district"])
    extra: list[Mention] = []
    for start, end, name in _occurrences("\n".join(texts), people):
        index = bisect.bisect_right(starts, start) - 1
        base, sentence = starts[index], sentences[index]
        if end - base > len(sentence.text):
            continue  # runs on into the next sentence
        abs_start, abs_end = sentence.start + start - base, sentence.start + end - base
        crossing = [p for p in places if p.start < abs_end and abs_start < p.end]
        if covered.overlaps(abs_start, abs_end) or any(p.start < abs_start or p.end > abs_end for p in crossing):
            continue
        extra.append(_mention(sentence, start - base, end - base, people[name], "propagate"))
        covered.add(abs_start, abs_end)
        dropped.update(id(p) for p in crossing)
    return extra


def _occurrences(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of every occurrence of the words, overlapping ones too, by end and
    longest first: what an Aho-Corasick automaton reports, without building one for a few names."""
    found = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            found.append((start, start + len(word), word))
            start = text.find(word, start + 1)
    found.sort(key=lambda m: (m[1], m[0]))
    return found


TITLES = (
    "书记",
    "副书记",
    "区长",
    "副区长",
    "市长",
    "副市长",
    "县长",
    "镇长",
    "乡长",
    "主任",
    "局长",
    "部长",
    "董事长",
    "总经理",
)
TITLE_ONLY_RE = re.compile(r"([\u4e00-\u9fff])(" + "|".join(TITLES) + ")")
TITLE_RE = re.compile("|".join(TITLES))


def _title_only_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of TITLE_ONLY_RE in ``text``, as finditer gives them.

    Looking for the titles first lets the regex engine skip to their first characters
    instead of trying every title after every character.
    """
    end = 0
    while True:
        match = TITLE_RE.search(text, end + 1)
        while match is not None and not "\u4e00" <= text[match.start() - 1] <= "\u9fff":
            match = TITLE_RE.search(text, match.start() + 1)
        if match is None:
            return
        end = match.end()
        yield match.start() - 1, end


def _title_only(articles: list[Article], mentions: list[Mention], posts: ExtractedPosts) -> list[Mention]:
    """张书记: a surname and a title stand for the one official of the article who has both."""
    if not posts:
        return []  # nobody holds a title
    extra: list[Mention] = []
    covered = Spans(mentions)
    people: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.type in ("official", "person"):
            people[mention.article].append(mention)
    for article in articles:
        holders = _title_holders(people.get(article.index, []), posts)
        if not holders:
            continue
        for sentence in article.sentences:
            text = sentence.text
            for local_start, local_end in _title_only_spans(text):
                names = holders.get((text[local_start], text[local_start + 1 : local_end]), set())
                start, end = sentence.start + local_start, sentence.start + local_end
                if len(names) != 1 or covered.overlaps(start, end):
                    continue
                name = next(iter(names))
                type_ = next(m.type for m in mentions if m.text == name and m.article == article.index)
                extra.append(_mention(sentence, local_start, local_end, type_, "title", canonical=name))
                covered.add(start, end)
    return extra


def _title_holders(mentions: list[Mention], posts: ExtractedPosts) -> dict[tuple[str, str], set[str]]:
    """(surname, title) -> the names of the people of ``mentions`` holding a post with that title."""
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.type in ("official", "person"):
            for post in posts.get((mention.doc, mention.start, mention.end), ()):
                for title in TITLES:
                    if post.title.endswith(title):
                        holders[(mention.text[0], title)].add(mention.text)
    return holders


def _drop_lone_distant_places(text: str, mentions: list[Mention], full_names: set[str]) -> list[Mention]:
    """A short name of a city outside Henan said once (哈密、烟薯 is a sweet potato) is dropped,
    unless it is listed with other places (郑州、武汉、西安等地) or after its province (江苏南京)."""
    lexicon = load_lexicon()
    counts = Counter(m.name for m in mentions if m.type == "district" and m.canonical and m.extractor == "gazetteer")
    place_ends = {m.end for m in mentions if m.type == "district"}
    place_starts = {m.start for m in mentions if m.type == "district"}
    keep = []
    for mention in mentions:
        if (
            mention.type == "district"
            and mention.canonical
            and mention.extractor == "gazetteer"
            and counts[mention.name] < 2
            and mention.name not in full_names
        ):
            division = lexicon.divisions_by_name.get(mention.name, (None,))[0]
            if (
                division is not None
                and division.level != "province"
                and not in_henan(division, lexicon)
                and not _listed_place(text, mention, place_ends, place_starts)
                and mention.start not in place_ends  # 江苏|南京: after its province
                and not gone_to(text, mention.start, lexicon)  # 赴温州考察, 在深圳经商: gone to, or where one is
            ):
                continue
        keep.append(mention)
    return keep


PLACE_LIST_SEPARATORS = frozenset("、和与及")


def _listed_place(text: str, mention: Mention, place_ends: set[int], place_starts: set[int]) -> bool:
    """Is the place one of a list of places (宁德、常州等地), by another place next to it or
    the 等地 that closes the list?"""
    before, after = mention.start - 1, mention.end + 1
    return (
        (text[before : mention.start] in PLACE_LIST_SEPARATORS and before in place_ends)
        or (text[mention.end : after] in PLACE_LIST_SEPARATORS and after in place_starts)
        or text.startswith(("等地", "等城市", "等省市"), mention.end)
    )


def extract_document(clean: CleanDocument, articles: list[Article]) -> tuple[list[Mention], ExtractedPosts]:
    """All mentions of a document (sorted by offset) and the posts stated for people."""
    sentences = [s for a in articles for s in a.sentences]
    scan = _sentence_matcher().scan([s.text for s in sentences])
    places = iter(
        [find_places(s.text, scan.matches(i, PLACE_DICT)) if scan.has(i) else [] for i, s in enumerate(sentences)]
    )
    article_places = [[next(places) for _ in article.sentences] for article in articles]
    full_names = {
        p.division.name for found in article_places for sentence_places in found for p in sentence_places if not p.short
    }
    paper = _paper_place(clean)
    if paper is not None:
        article_places = [[_in_paper_place(found, paper) for found in places] for places in article_places]
        # 阜阳日报, 重庆日报: the city or province its counties (颍州区, 渝北区) are named as of;
        # 昆山日报: the county-level city, named alone as its city's (苏州市) county
        full_names.add(paper.name)
        if paper.level == "county" and (city := load_lexicon().parent_of(paper)) is not None:
            full_names.add(city.name)
    # (a municipality is its own city: 市委 in 重庆日报 is 重庆市委)
    home = paper if paper is not None and (paper.level == "prefecture" or paper.name.endswith("市")) else None
    article_counts = [
        _county_counts(found, [s.text for s in article.sentences], full_names)
        for found, article in zip(article_places, articles)
    ]
    doc_counts: Counter[str] = Counter()
    for counts in article_counts:
        doc_counts.update(counts)  # as counting all sentences in turn
    doc_context = _article_context(_near_home(doc_counts), None)
    mentions: list[Mention] = []
    posts: ExtractedPosts = {}
    first = 0  # the number of the article's first sentence in the scan
    for article, found, counts in zip(articles, article_places, article_counts):
        context = _at_home(_article_context(counts, doc_context, home), home)
        if (
            context.county_dominant
            and home is not None
            and context.prefecture == home
            and (_says_our_city(article) or not _names_a_county(counts))
        ):
            # 柯鸣远在我市调研 in 南阳日报, of 邓州市 mostly: the paper speaks as 南阳, whose 市长 it names;
            # so does an article of 周口日报 naming no county, on a page whose other stories are of 项城市
            context = dataclasses.replace(context, county_dominant=False)
        paragraphs = _paragraph_starts(clean.text, article) if _county_count(counts) > 1 else frozenset()
        mentions.extend(_extract_article(article, found, scan, first, context, full_names, posts, paragraphs))
        first += len(article.sentences)
    mentions = _drop_lone_distant_places(clean.text, mentions, full_names)
    mentions = _without_adverb(clean, articles, mentions, posts)
    dropped: set[int] = set()
    propagated = _propagate(clean, articles, mentions, dropped)
    mentions = _one_type_per_name([m for m in mentions if id(m) not in dropped] + propagated)
    mentions = _governed_parks(mentions)
    mentions.extend(_title_only(articles, mentions, posts))
    mentions.extend(_home_mentions(articles, _home_places(clean, home), mentions))
    mentions.extend(company_short_form_mentions(articles, mentions))
    mentions.extend(zone_short_form_mentions(articles, mentions))
    mentions.extend(listed_town_mentions(articles, mentions))
    _name_bare_units(clean, articles, mentions, posts)
    _name_elected_committee(mentions, posts)
    _carry_bureau(mentions, posts)
    mentions = _name_project_sections(articles, mentions, posts)
    mentions = apply_declarations(clean, articles, mentions, posts)
    mentions.sort(key=operator.attrgetter("start", "end", "type"))
    return mentions, posts


# a body written by its kind alone in the post of one of its people (局党组成员、副局长车晓阳)
BARE_UNITS = frozenset({"局", "中心", "院", "学院", "所", "站", "大队", "支队", "中队", "支行", "分行"})


def _bare_unit(organization: str) -> str:
    """The bare unit a post's body is, with or without its Party group (院, 院党组: 院), or ""."""
    unit = organization.removesuffix("党组").removesuffix("党委")
    return unit if unit in BARE_UNITS else ""


BODY_TYPES = ("organization", "company")
POINTED_WINDOW = 12  # 该支行行长宫志华: 该 and the unit within a few characters before the name


def _name_bare_units(
    clean: CleanDocument, articles: list[Article], mentions: list[Mention], posts: ExtractedPosts
) -> None:
    """A post held in a bare unit (局) is held in the body of that kind the article named
    before the person, when it named one (市文化广电和旅游局召开…，局党组成员、副局长车晓阳主持)."""
    for key, held in posts.items():
        if not any(_bare_unit(post.organization) for post in held):
            continue
        _, start, _ = key
        article = next((a for a in articles if a.start <= start < a.end), None)
        if article is None:
            continue
        before = sorted(
            (m for m in mentions if m.type in BODY_TYPES and article.start <= m.start and m.end <= start),
            key=operator.attrgetter("start"),
        )
        renamed = []
        for post in held:
            unit = _bare_unit(post.organization)
            named = [m.name for m in before if unit and m.name.endswith(unit) and len(m.name) > len(unit)]
            if unit == "院" and any(p.title.endswith("院长") for p in held):
                # 院党组成员、副院长: a court's or a hospital's, whose head is 院长 (a procuratorate's is 检察长)
                named = [n for n in named if not n.endswith("检察院")]
            # one body of that kind named before, or the last with 该 (该支行行长); else which one is
            # unsaid (县公安局联合县林业局…，局党委委员)
            pointed = ("该" + unit) in clean.text[max(article.start, start - POINTED_WINDOW) : start]
            # (柘城县人民法院 and 柘城县法院 are one body)
            if not (unit in BARE_UNITS and named and (pointed or len(set(map(body_words_short, named))) == 1)):
                renamed.append(post)
                continue
            rest = post.title[len(unit) :]
            title = rest if post.title.startswith(unit) and len(rest) > 1 else post.title  # not 支队|长
            renamed.append(dataclasses.replace(post, organization=named[-1], title=title))  # 局|党组成员
        posts[key] = renamed


# a bureau's titles written bare after its head's (县工信局党组书记、局长A主持会议，党组成员、副局长B，
# 副局长C出席): each the same bureau's
BUREAU_TITLES = frozenset({"局长", "副局长", "党组成员", "党组副书记", "党组书记", "一级调研员", "二级调研员"})


def _carry_bureau(mentions: list[Mention], posts: ExtractedPosts) -> None:
    """Bare bureau titles of the people after a bureau's officer in one sentence (党组成员、副局长程凯,
    副局长栗雯雯 after 县工信局党组书记、局长苗振宇): posts in that bureau."""
    last: dict[int, Post] = {}  # sentence -> the last post in a bureau named there
    for mention in sorted((m for m in mentions if m.sentence >= 0), key=operator.attrgetter("start")):
        held = posts.get((mention.doc, mention.start, mention.end))
        if not held:
            continue
        named = next((p for p in reversed(held) if p.organization.endswith("局") and not p.former), None)
        if named is not None:
            last[mention.sentence] = named
            continue
        bureau = last.get(mention.sentence)
        if bureau is None or not all(not p.organization and p.title in BUREAU_TITLES for p in held):
            continue
        posts[(mention.doc, mention.start, mention.end)] = [
            dataclasses.replace(p, organization=bureau.organization, district=bureau.district) for p in held
        ]


# a Party committee of a county or city as named when it elects its leaders
# (中共方城县第十五届委员会常务委员会), not its discipline commission
PARTY_COMMITTEE_RE = re.compile(
    "^(?:中共|中国共产党)?(.{1,8}?[县市区])(?:第[一二三四五六七八九十]+届)?委员会(?:常务委员会)?$"
)
COMMITTEE_TITLES = frozenset({"书记", "副书记", "常委", "委员", "候补委员"})
COMMITTEE_WINDOW = 200  # characters from the committee's name to the last of its list


def _name_elected_committee(mentions: list[Mention], posts: ExtractedPosts) -> None:
    """A bare Party title in a list under a committee's election (全会选举产生了中共方城县第十五届
    委员会常务委员会委员和书记、副书记：书记：韦振霖；常委：…): a post in that committee
    (方城县委)."""
    committees = [m for m in mentions if m.type == "organization" and PARTY_COMMITTEE_RE.match(m.name)]
    if not committees:
        return
    for key, held in posts.items():
        if not any(not post.organization and post.title in COMMITTEE_TITLES for post in held):
            continue
        _, start, _ = key
        named = [m for m in committees if m.end <= start and start - m.end <= COMMITTEE_WINDOW]
        if not named:
            continue
        found = PARTY_COMMITTEE_RE.match(named[-1].name)
        district = found.group(1) if found else ""
        posts[key] = [
            dataclasses.replace(post, organization=f"{district}委", district=district)
            if not post.organization and post.title in COMMITTEE_TITLES
            else post
            for post in held
        ]


# a project's site or section as the body of a post (项目负责人, 二标项目部经理), no body of its own
PROJECT_SECTION_RE = re.compile("^(.*?)(?:[一二三四五六七八九十0-9]+标)?(?:项目部|项目|标段|指挥部)$")
BARE_SECTION_RE = re.compile("^(?:[一二三四五六七八九十0-9]+标)?(?:项目部|标段)")  # 二标项目部桥梁工程师


def _name_project_sections(articles: list[Article], mentions: list[Mention], posts: ExtractedPosts) -> list[Mention]:
    """A post held in a project by a brand (汇鲜冷链项目负责人) is a job in the company of the
    article whose name has that brand (漯河汇鲜冷链食品有限公司); one in a bare 项目 or 项目部 is
    a job in a body unsaid, and has none; a bare 项目部 or 二标项目部 is no body. The mentions
    without those."""
    for key, held in posts.items():
        if any(BARE_SECTION_RE.match(post.title) and not post.organization for post in held):
            posts[key] = held = [
                dataclasses.replace(p, title=BARE_SECTION_RE.sub("", p.title) or p.title) if not p.organization else p
                for p in held
            ]
        if not any(PROJECT_SECTION_RE.match(post.organization) for post in held if post.organization):
            continue
        _, start, _ = key
        article = next((a for a in articles if a.start <= start < a.end), None)
        companies = sorted(
            {
                m.name
                for m in mentions
                if m.type == "company" and article is not None and article.start <= m.start < article.end
            }
        )
        renamed = []
        for post in held:
            section = PROJECT_SECTION_RE.match(post.organization) if post.organization else None
            if section is None or "公司" in post.organization or "集团" in post.organization:
                renamed.append(post)
                continue
            brand = section.group(1)
            owners = [name for name in companies if len(brand) >= 2 and brand in name] if brand else []
            role = post.title[len(post.organization) :] if post.title.startswith(post.organization) else post.title
            if len(owners) == 1:
                renamed.append(dataclasses.replace(post, organization=owners[0], title=role or post.title))
            elif not brand:
                renamed.append(dataclasses.replace(post, organization="", title=role or post.title))
            else:
                renamed.append(post)
        posts[key] = renamed
    return [m for m in mentions if not (m.type == "organization" and BARE_SECTION_RE.fullmatch(m.name))]


def _extract_article(
    article: Article,
    places: list[list[PlaceMatch]],
    scan: Scan[Any],
    first: int,
    base: Context,
    full_names: set[str],
    posts: ExtractedPosts,
    paragraphs: frozenset[int] = frozenset(),
) -> list[Mention]:
    """The byline and sentence mentions of an article whose first sentence is number ``first`` of ``scan``;
    ``paragraphs``, the sentences that start one, when the article names several counties."""
    mentions: list[Mention] = list(article.byline)
    recent = _recent_places(mentions)
    context = dataclasses.replace(base, recent_places=tuple(recent))
    own = base
    heading = ""  # of the list of a congress's decisions the sentences go on (决定任命：A为X；B为Y。)
    career = CareerRun()  # a career told sentence by sentence (…工作；1984年起历任A；1989年任B；…)
    people_at: dict[str, Sentence] = {}  # the first sentence each profiled person opens
    previous: Sentence | None = None  # the sentence before, and what it names: for 他曾任…
    found_before: list[Mention] = []
    for index, (sentence, sentence_places) in enumerate(zip(article.sentences, places), first):
        listing, heading = heading, list_heading(sentence.text, heading)
        if sentence.start in paragraphs and base is not own:
            base = own  # a new paragraph: back to the county the article is about
            context = dataclasses.replace(base, recent_places=tuple(recent))
        if len(context.recent_places) != len(recent):  # places are only ever added
            context = dataclasses.replace(base, recent_places=tuple(recent))
        found: list[Mention] = []
        if scan.has(index):
            matches = SentenceMatches(
                scan.matches(index, TITLE_DICT), scan.matches(index, SUFFIX_DICT), sentence_places
            )
            found = extract_sentence(sentence, context, full_names, posts, matches=matches, listing=listing)
        elif may_list_companies(sentence.text):
            found = extract_sentence(sentence, context, full_names, posts, matches=NO_MATCHES, listing=listing)
        if found:
            mentions.extend(found)
            recent.extend(_recent_places(found))
        name = opening_name(sentence.text)
        if name and (name not in people_at or people_at[name].text == article.headline):
            people_at[name] = sentence  # the profile, not the headline (眭德厚同志逝世), states the career
        for subject, phrases in career.step(sentence.text, name):
            _add_career(mentions, people_at[subject], subject, phrases, context, posts)
        if previous is not None and (phrases := pronoun_career(sentence.text)):
            at = _person_of(previous, found_before, mentions)
            if at >= 0:
                _add_posts(mentions, at, phrases, context, posts)  # 此前，他曾任…: the one person before
        previous, found_before = sentence, found
        if paragraphs and (toured := _county_named(sentence.text, sentence_places, own)) is not None:
            # 社旗县的“赊店老街文旅提升项目”…。县长苑海涛介绍: the rest of the paragraph is that county's
            base = _in_county(own, toured)
            context = dataclasses.replace(base, recent_places=tuple(recent))
    for subject, phrases in career.finish():
        _add_career(mentions, people_at[subject], subject, phrases, context, posts)
    return mentions


def _paragraph_starts(text: str, article: Article) -> frozenset[int]:
    """The clean-text starts of the sentences of ``article`` that open a paragraph."""
    starts = set()
    for before, sentence in zip(article.sentences, article.sentences[1:]):
        if "\n" in text[before.end : sentence.start]:
            starts.add(sentence.start)
    return frozenset(starts)


# what a sentence that opens at a tour's stop starts with (社旗县的…, 在唐河县源潭镇，, 随后，观摩团来到X县)
TOUR_STOP_RE = re.compile(r"(?:(?:随后|接着|之后|最后)[，,]?)?(?:[\u4e00-\u9fff]{0,6}?(?:在|到|来到|走进|深入|赴))?")


def _county_named(text: str, places: list[PlaceMatch], own: Context) -> Division | None:
    """The one county other than the article's that a sentence opening at a tour's stop names
    in full at its start, or None."""
    named = {
        p.division
        for p in places
        if not p.short and p.division.level == "county" and TOUR_STOP_RE.fullmatch(text, 0, p.start) is not None
    }
    if len(named) != 1 or "期间" in text:
        return None  # 在内乡县工作期间: a time of a career, no stop of a tour
    county = next(iter(named))
    return county if county != own.county and load_lexicon().parent_of(county) == own.prefecture else None


def _in_county(context: Context, county: Division) -> Context:
    """``context`` moved to ``county``, a county of its prefecture (a tour's stop): 县长 is its."""
    return dataclasses.replace(context, county=county, county_dominant=False)


def _add_career(
    mentions: list[Mention],
    sentence: Sentence,
    name: str,
    phrases: tuple[str, ...],
    context: Context,
    posts: ExtractedPosts,
) -> None:
    """Give the person ``name`` that ``sentence`` opens with the posts of a career told
    after it: on the mention there, made an official's (added when there is none yet)."""
    at = next(
        (i for i, m in enumerate(mentions) if m.start == sentence.start and m.end == sentence.start + len(name)), -1
    )
    if at < 0:
        mentions.append(_mention(sentence, 0, len(name), "official", "post", posts=phrases))
        at = len(mentions) - 1
    _add_posts(mentions, at, phrases, context, posts)


def _person_of(sentence: Sentence, found: list[Mention], mentions: list[Mention]) -> int:
    """The index in ``mentions`` of the one person ``sentence`` names (found there, or named
    earlier in the article: 上官文博从宜兴市选派到民权县挂职), added when only named earlier;
    -1 when the sentence names none or several."""
    named = {m.text for m in mentions if m.type in ("official", "person")}
    people = {m.text for m in found if m.type in ("official", "person")} | {n for n in named if n in sentence.text}
    if len(people) != 1:
        return -1
    name = people.pop()
    at = next((i for i, m in enumerate(mentions) if m in found and m.text == name), -1)
    if at < 0:
        start = sentence.text.index(name)
        mentions.append(_mention(sentence, start, start + len(name), "official", "post"))
        at = len(mentions) - 1
    return at


def _add_posts(
    mentions: list[Mention], at: int, phrases: tuple[str, ...], context: Context, posts: ExtractedPosts
) -> None:
    """Give the person of ``mentions[at]`` the posts of ``phrases``, made an official's."""
    mention = mentions[at]
    key = (mention.doc, mention.start, mention.end)
    posts[key] = [*posts.get(key, []), *parse_posts(phrases, context)]
    if mention.type != "official":
        mentions[at] = dataclasses.replace(mention, type="official", posts=(*mention.posts, *phrases))
