"""Turn a post phrase as written (二七区委书记) into a structured post.

A phrase is split into an organisation part and a role: the longest role from the
post lexicon whose left part is empty or ends like an organisation (委, 府, 局,
管委会...). Relative organisations (区委, 区政府, 市委) are made absolute with the
district the article is about; heads of government (区长, 常务副区长) hold their
post in that district's government; 组织/宣传/统战部长 in its Party committee's
department.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.lexicon import ZONE_ENDINGS, Division, load_lexicon
from kg.model import Post
from kg.text import OTHER_PARTIES

ORG_ENDINGS = (
    "委",
    "府",
    "部",
    "局",
    "会",
    "厅",
    "处",
    "办",
    "所",
    "院",
    "司",
    "团",
    "组",
    "联",
    "队",
    "站",
    "室",
    "中心",
    "社区",
    "街道",
    "村",
    "镇",
    "乡",
    "区",
    "市",
    "省",
    "县",
    "协",
    "人大",
    "社",
    "校",
    "馆",
    "台",
    "中学",  # 第二十五中学|校长 (not 教学|副校长)
    "小学",
    "大学",
)
STRONG_ORG_ENDINGS = tuple(e for e in ORG_ENDINGS if e not in ("区", "市", "省", "县", "镇", "乡", "村"))
GOVERNMENT_HEADS = (
    "常务副区长",
    "副区长",
    "代区长",
    "区长",
    "常务副市长",
    "副市长",
    "代市长",
    "市长",
    "常务副县长",
    "副县长",
    "代县长",
    "县长",
    "副省长",
    "省长",
    "常务副旗长",  # a banner (旗) of Inner Mongolia is a county
    "副旗长",
    "旗长",
    "常务副州长",  # an autonomous prefecture (州) or a league (盟) is a prefecture
    "副州长",
    "州长",
    "副盟长",
    "盟长",
    "副镇长",
    "镇长",
    "副乡长",
    "乡长",
)
CENTRAL_BANK = "人民银行"  # 人民银行安阳市分行: the central bank's branches are state bodies, not banks
PARTY_DEPARTMENTS = ("组织", "宣传", "统战")
# a Party committee's commissions, named bare after its standing committee seat (县委常委、政法委书记)
PARTY_COMMISSIONS = ("政法委",)
LEVEL_CHARS = {
    "区": "county",
    "县": "county",
    "旗": "county",
    "市": "prefecture",
    "州": "prefecture",
    "盟": "prefecture",
    "省": "province",
}
LEVEL_BODIES = ("委", "政府", "人大", "政协", "纪委")
BARE_LEVEL_ORGS = (
    "社区",
    "村",
    "镇",
    "乡",
    "街道",
    "办事处",
    "苏木",
    "嘎查",
)  # 苏木, 嘎查: a township, a village of Inner Mongolia
# bodies every zone, town or village has, named after a post of the same place:
# 郑东新区党工委副书记、管委会主任, 庙李村党支部书记、村委会主任 (longest first)
BARE_BODIES = ("党工委", "管委会", "村委会", "居委会", "党支部", "党总支", "党委")
PARK = "园区"  # a park governed as a zone (阜合现代产业园区), its bodies written with 园区 alone
ZONE_BODIES = ("党工委", "管委会")  # a development zone's Party working committee and its management
# bodies of every town and county written bare after a post of the place (镇党委书记、人大主席)
PLACE_BODIES = ("人大", "纪委", "监委", "政协")
# the bodies of a town or township, written bare after another of its own (X乡党委、乡政府)
TOWN_OWN_BODIES = ("党委", "人民政府", "政府", "人大", "纪委")
TOWN_HEADS = ("镇长", "乡长")
# bodies inside a court, procuratorate, company or bureau, named after a post in it:
# 中级人民法院副院长、审判委员会委员; 郑州宇通集团有限公司董事长、党委书记
INNER_BODIES = ("审判委员会", "检察委员会", "党组", "党委", "党总支", "党支部")
# the formal name of a CPPCC committee: 政协周口市第五届委员会 is 周口市政协
CPPCC_FORMAL_RE = re.compile("^政协(.{1,8}?[省市县区])(?:第?[一二三四五六七八九十]+届)?委员会(常务委员会)?$")


def _cppcc_name(found: re.Match[str]) -> str:
    return f"{found.group(1)}政协" + ("常委会" if found.group(2) else "")


def cppcc_short_name(name: str) -> str:
    """鄢陵县政协 for 政协鄢陵县第十届委员会 (its committee's standing committee: 鄢陵县政协常委会);
    else ``name``."""
    return CPPCC_FORMAL_RE.sub(_cppcc_name, name)


# the term of a congress or committee, no part of the body's name (市十六届人大常委会)
TERM_RE = re.compile(
    "第?[一二三四五六七八九十]+届(?:第?[一二三四五六七八九十]+次)?(?=人大|政协|人民代表大会|中国人民政治协商会议|常委会)"
)


@dataclass(frozen=True)
class Context:
    """What an article is about: its districts by level, and the last place of each kind."""

    county: Division | None = None
    prefecture: Division | None = None
    province: Division | None = None
    recent_places: tuple[tuple[str, str], ...] = ()  # (suffix kind, name), most recent last
    county_dominant: bool = True  # named more often than any other county

    def district_for(self, level_char: str) -> Division | None:
        """The district that 区/县/市/省 stand for: 市 is the county itself in an article
        about a county-level city (林州市: 市纪委 is 林州市纪委), else the prefecture."""
        if level_char == "市" and self.county is not None and self.county.name.endswith("市") and self.county_dominant:
            return self.county
        level = LEVEL_CHARS.get(level_char)
        found = {"county": self.county, "prefecture": self.prefecture, "province": self.province}.get(level or "")
        if found is None and level == "prefecture" and self.province is not None and self.province.name.endswith("市"):
            return self.province  # 市委 in an article about 重庆市江北区: a municipality is its own city
        return found

    def recent(self, kind: str) -> str:
        for place_kind, name in reversed(self.recent_places):
            if place_kind == kind:
                return name
        return ""


def zone_of_body(name: str) -> str:
    """The zone whose 管委会, 党工委 or 管理委员会 ``name`` is (洛阳综合保税区), or ""."""
    ending = next((e for e in (*ZONE_BODIES, "管理委员会") if name.endswith(e)), "")
    zone = name[: len(name) - len(ending)] if ending else ""
    return zone if zone.endswith((*ZONE_ENDINGS, PARK)) and zone not in (*ZONE_ENDINGS, PARK) else ""


def is_zone_body(name: str) -> bool:
    """Is ``name`` a zone's body written bare (管委会, 党工委), or a park's (园区党工委)?"""
    return name in ZONE_BODIES or (name.startswith(PARK) and name[len(PARK) :] in ZONE_BODIES)


def zone_body(name: str, context: Context) -> str:
    """A bare 管委会 or 党工委 (管委会副主任逯红梅) as the body of the zone named last, or
    ``name``; not after a subdistrict or township named since (郑东新区龙子湖街道…党工委副书记:
    the subdistrict's)."""
    if not is_zone_body(name):
        return name
    last = next((p for p in reversed(context.recent_places) if p[0] in ("zone", "街道", "办事处", "镇", "乡")), None)
    if last is None or last[0] != "zone":
        return name
    # the zone whose body the article named, over one named since as where it lies (洛阳综合保税区
    # 管理委员会…。洛阳综合保税区位于洛阳高新技术产业开发区…。管委会主任晏立峰: the bonded zone's)
    zone = context.recent("zone body") or last[1]
    if name.startswith(PARK):  # 园区党工委: a park's, when a park is what was named
        return zone + name[len(PARK) :] if zone.endswith(PARK) else name
    return zone + name


def absolute_name(name: str, context: Context) -> str:
    """区委 -> 二七区委, 区发改委 -> 二七区发改委, 省委 -> 河南省委, 惠济区人民政府 -> 惠济区政府
    (the name its posts use), 市十六届人大常委会 -> 郑州市人大常委会, 民建市委 -> 民建信阳市委; others
    unchanged."""
    party = next((p for p in OTHER_PARTIES if name.startswith(p) and name[len(p) : len(p) + 1] in LEVEL_CHARS), "")
    if party:
        return party + absolute_name(name[len(party) :], context)
    name = _without_parent_places(cppcc_short_name(TERM_RE.sub("", name)))
    if len(name) >= 2 and name[0] in LEVEL_CHARS and not name.startswith(("区域", "市场", "省会", "县域", "市民")):
        district = context.district_for(name[0])
        if district is not None:
            return government_name(district.name + name[1:])
        if name[0] == "区" and (zone := context.recent("zone")):
            return zone + name[1:]  # 区经济发展局, in an article about 洛阳高新区 and no county
    name = government_name(name)
    if name in BARE_LEVEL_ORGS:
        return context.recent(name) or name
    kind = next((k for k in BARE_LEVEL_ORGS if name.startswith(k) and name[len(k) :] in BARE_BODIES), "")
    if not kind and name[:1] in ("镇", "乡") and name[1:] in TOWN_OWN_BODIES:
        kind = name[0]  # 乡政府, 镇人大: of the township named last (its government as its posts name it)
        name = name.replace("人民政府", "政府")
    if kind and (place := context.recent(kind)):
        return place + name[len(kind) :]  # 社区党委书记 -> 金城社区党委
    if name.startswith("该局") and (bureau := context.recent("局")):
        return bureau + name[2:]  # 该局国土空间规划科: a section of the bureau named last
    if name.startswith("局") and name[1:] in ("", *INNER_BODIES) and (bureau := context.recent("局")):
        return bureau + name[1:]  # 局党组书记 -> 开封市市场监督管理局党组 (of the bureau named last)
    return name


def _without_parent_places(name: str) -> str:
    """A body's name without the province or city written before its own county or city
    (江苏省徐州市委 -> 徐州市委, 洛阳市涧西区委 -> 涧西区委): those names are the division's
    own; a town's or village's keeps its county (新密市柳泉镇党委), as many share its name."""
    lexicon = load_lexicon()
    while True:
        parent = lexicon.division_at(name)[0]
        if parent is None:
            return name
        rest = name[len(parent.name) :]
        child = lexicon.division_at(rest)[0]
        if child is None or lexicon.parent_of(child) != parent or len(rest) <= len(child.name):
            return name
        name = rest


# formal names of a division's bodies -> the names their posts use
_SHORT_BODY_NAMES = (("人民代表大会常务委员会", "人大常委会"), ("人民代表大会", "人大"), ("人民政府", "政府"))


def government_name(name: str) -> str:
    """X政府 for X人民政府, X人大常委会 for X人民代表大会常务委员会, X人大 for
    X人民代表大会, when X is a division (the people's government of X...)."""
    for formal, short in _SHORT_BODY_NAMES:
        place = name.removesuffix(formal)
        if place != name:
            return f"{place}{short}" if _place_named(place) is not None else name
    if not name.endswith(DISCIPLINE_BODY):
        for ending in DISCIPLINE_ENDINGS:
            place = name.removesuffix(ending)
            if place != name and _place_named(place) is not None:
                return place + DISCIPLINE_BODY
    return name


# a place's discipline commission and supervisory commission are one body with two names
# (合署办公), named so by papers and in kg: 南乐县纪委, 南乐县监委 -> 南乐县纪委监委
DISCIPLINE_BODY = "纪委监委"
DISCIPLINE_ENDINGS = ("纪委", "监委", "纪律检查委员会", "监察委员会")


def _government_of(left: str) -> Division | None:
    """The division whose government ``left`` names (新密市政府, 惠济区人民政府), if any."""
    place = left.removesuffix("政府").removesuffix("人民")
    return _place_named(place) if place != left else None


# the standing committee seat written before a bare department: 县委常委、宣传部部长,
# 湛河区委常委、宣传部部长 (group 1: up to 8 characters of what the committee's name has
# before its level; the search starts as far left as it can)
_COMMITTEE_BEFORE_RE = re.compile("([\u4e00-\u9fff]{0,8})([区市县省])委常委[、，]?$")


def department_name(text: str, start: int, name: str, context: Context) -> str:
    """The full name of a bare Party department (宣传部 -> 博爱县委宣传部): of the committee
    whose standing-committee seat is written just before it, else of the article's county;
    "" when ``name`` is no bare department or no committee is known."""
    if (name[:-1] not in PARTY_DEPARTMENTS or not name.endswith("部")) and name not in PARTY_COMMISSIONS:
        return ""
    seat = _COMMITTEE_BEFORE_RE.search(text, max(0, start - 16), start)
    if seat is None:
        district = context.county
    else:
        written = seat.group(1) + seat.group(2)
        named = (_place_named(written[cut:]) for cut in range(len(written) - 1))  # longest first (老城区, not 城区)
        district = next((d for d in named if d is not None), None) or context.district_for(seat.group(2))
    return f"{district.name}委{name}" if district is not None else ""


# bodies whose posts are jobs, not public offices (校长 of a school, 院长 of a hospital,
# 会长 of a chamber of commerce): an official who also heads a school works for it
INSTITUTION_WORDS = ("医院", "卫生院", "学校", "中学", "小学", "大学", "学院", "幼儿园", "研究院")
PARTY_LED_BODIES = (
    "局",
    "海关",
    "支队",
    "大队",
    "公司",
    "集团",
    "银行",
    "分行",
    "支行",
)  # led from inside by a 党委 that is no body of its own
WORKPLACE_ENDINGS = (*INSTITUTION_WORDS, "卫生室", "商会", "事务所")
PARTY_TITLE_WORDS = ("党", "书记", "纪委", "工会")


def is_work_post(post: Post, stated_with: Iterable[Post] = ()) -> bool:
    """A job held now in a school, hospital or chamber of commerce (市人大代表、某中学校长: the
    校长), unless a Party post in the same body is ``stated_with`` it (县人民医院党委书记、院长:
    both posts of its leadership). A career's former posts stay posts."""
    return (
        not post.former
        and post.organization.endswith(WORKPLACE_ENDINGS)
        and not any(
            word in other.title
            for other in (post, *stated_with)
            if other.organization.startswith(post.organization)
            for word in PARTY_TITLE_WORDS
        )
    )


# a section of a bureau (该局国土空间规划科, 市交通局综合科): the bureau's
BUREAU_SECTION_RE = re.compile("[^，、]*局[\u4e00-\u9fff]{2,10}科")


def split_post(phrase: str) -> tuple[str, str]:
    """(organisation part, role): the shortest known role after an organisation-like part."""
    lexicon = load_lexicon()
    for cut in range(len(phrase) - 1, 1, -1):
        role, left = phrase[cut:], phrase[:cut]
        if role in lexicon.posts and left.endswith(STRONG_ORG_ENDINGS):
            return left, role
    for cut in range(len(phrase)):
        role, left = phrase[cut:], phrase[:cut]
        if role in lexicon.posts and (
            not left or left.endswith(ORG_ENDINGS) or UNIT_RE.match(left) or BUREAU_SECTION_RE.fullmatch(left)
        ):
            return left, role
    for cut in range(2, len(phrase) - 1):  # 云启数智(副)董事长: a company by its brand alone, the longest title
        role, left = phrase[cut:], phrase[:cut]
        if lexicon.posts.get(role) == "enterprise":
            return left, role
    return "", phrase


def leading_district(text: str) -> Division | None:
    """The division whose name starts ``text``, or the one of its children named right
    after it (洛阳市涧西区委: 涧西区)."""
    found, length = load_lexicon().division_at(text, longest=12)
    if found is None:
        return None
    child = leading_district(text[length:]) if len(text) > length + 1 else None
    return child if child is not None and load_lexicon().within(child, found) else found


# what follows a number and starts no body's name (15|号线土建二标; but 段洼村党支部 is one)
SECTION_START = "号"


CURRENT_MARKS = ("现",)


# the last city of a place written before a title (德国黑森州|奥芬巴赫市)
FOREIGN_CITY_RE = re.compile(r"[^国州省市县区]{2,8}(?<!城)(?<!友好)(?<!兄弟)(?<!姊妹)市$")


# bodies that are no place's public office, whose place a bare title after them does not take
NON_PUBLIC_ENDINGS = ("商会", "协会", "学会", "公司", "集团", "合作社", "基金会")
PUBLIC_OFFICE_KINDS = frozenset({"government", "party", "congress", "cppcc", "discipline"})


def _public_office(phrase: str) -> bool:
    """Is ``phrase`` a bare title of a place's public office (副市长, 县委书记), not a
    chamber's or a company's (常务副会长)?"""
    return load_lexicon().posts.get(split_post(phrase)[1], "") in PUBLIC_OFFICE_KINDS


# what 该 stands for before a head's title (该校校长, 该院院长): left for the institution named before
REFERRED_KINDS = frozenset({"校", "院", "园", "馆", "所", "站", "社"})
HONOURS = ("党员", "劳动模范", "先进工作者")  # what an obituary calls one before the posts held


def parse_posts(phrases: tuple[str, ...], context: Context, before: str = "") -> list[Post]:
    """Structured posts of one person from the phrases written before the name; ``before``
    is the body of the post listed just before them, another person's (航空港区党工委书记马健，
    党工委副书记王宏伟: 航空港区党工委)."""
    posts: list[Post] = []
    if before.endswith(NON_PUBLIC_ENDINGS) and phrases and _public_office(phrases[0]):
        before = ""  # 深圳市河南商会会长X，副市长Y: a chamber's place is not the next official's
    previous_org = before
    previous_district: Division | None = leading_district(before) if before else None
    held_before = []
    for written in phrases:
        if written.endswith(HONOURS):
            continue  # 中国共产党优秀党员、焦作市人大常委会原副主任: an honour, no post
        if written.startswith(CURRENT_MARKS):  # 原…书记、现…局长: the post held now
            phrase, former = written[1:], False
        else:
            phrase, former = _without_former(written)
            former = former or (bool(held_before) and held_before[-1])  # 原党组成员、副局长: both held before
        held_before.append(former)
        left, role = split_post(phrase)
        if left in REFERRED_KINDS and role.startswith(left):
            left, phrase = "", role  # 该校|校长, 该院|院长: the institution named before, whose head
        if role.endswith("第一书记") and "驻" in left:
            left = left[left.rindex("驻") + 1 :]  # 周口市财政局驻|刘庄店镇前湾村第一书记: of the village sent to
        if left.startswith(SECTION_START):
            left, phrase = "", role  # 15|号线土建二标项目经理: the scan stopped at a number, the rest is no body
        if not left and role.startswith(PLACE_BODIES) and len(role) > 3:
            left, role = role[:2], role[2:]  # 镇党委书记、人大主席: 主席 of the town's 人大
        place = (_place_named(left) or _government_of(left)) if left else None
        if role.endswith(TOWN_HEADS) and left.endswith(("镇", "乡")) and len(left) > 2 and place is None:
            posts.append(Post(title=role, organization=f"{left}政府", district=left))  # 大金店镇镇长
            previous_org, previous_district = f"{left}政府", None
            continue
        if place is None and (city := FOREIGN_CITY_RE.search(left)) and role.endswith((*GOVERNMENT_HEADS, "议员")):
            # 德国黑森州奥芬巴赫市市长, 奥芬巴赫市议员: a city the gazetteer lacks, its government or council
            org = city.group() + ("议会" if role.endswith("议员") else "政府")
            posts.append(Post(title=role, organization=org, district=city.group()))
            previous_org, previous_district = org, None
            continue
        if not left and role.endswith(TOWN_HEADS) and previous_org.endswith(("乡党委", "镇党委")):
            org = previous_org.removesuffix("党委") + "政府"  # 黄桥乡党委副书记、乡长 (副乡长): 黄桥乡政府
            posts.append(Post(title=role, organization=org, district=previous_org.removesuffix("党委")))
            previous_org = org
            continue
        if role.endswith(GOVERNMENT_HEADS) and (not left or place is not None):
            district = place or _head_district(role, context, previous_district)
            org = f"{district.name}政府" if district else ""
            posts.append(Post(title=role, organization=org, district=district.name if district else ""))
            previous_org, previous_district = org, district
            continue
        if not left and role.endswith(CHIEF_ROLES) and (place_name := _chief_of(role, previous_org, context)):
            posts.append(Post(title=role, district=place_name))  # 县总河长: of the county, no body
            continue
        # (not 组织委员, 宣传委员: the members of a town's committee in charge of them, its posts)
        department = next(
            (d for d in PARTY_DEPARTMENTS if (left or role).startswith(d) and not role.endswith("委员")), ""
        )
        unit = f"{department}部" if department else left if left in PARTY_COMMISSIONS else ""  # 政法委书记
        if unit and (not left or left == unit):
            committee = previous_org if previous_org.endswith("委") else ""
            if not committee and context.county:
                committee = f"{context.county.name}委"
            if committee:
                org = f"{committee}{unit}"
                district = leading_district(org)
                title = phrase if left else role
                posts.append(Post(title=title, organization=org, district=district.name if district else ""))
                previous_org = org
                continue
        org = listed_name(left, previous_district) or absolute_name(left, context) if left else _body_of(previous_org)
        if org in BARE_BODIES + PLACE_BODIES and (place := _place_of(previous_org)):
            org = government_name(place + org)  # 郑东新区党工委副书记、管委会主任: 郑东新区管委会
        if is_zone_body(org):
            org = zone_body(org, context)  # 管委会主任, 园区党工委书记: of the zone or park named last
        elif org in INNER_BODIES and previous_org and not previous_org.endswith(INNER_BODIES):
            org = previous_org + org  # 郑州市中级人民法院副院长、审判委员会委员
        if org.endswith(("审判委员会", "检察委员会")) and len(org) > 7:
            org = org[:-5]  # 市中级人民法院审判委员会委员: a post of the court, whose committee it sits on
        if org.endswith("党组") and len(org) > 4:
            org = org[:-2]  # 源汇区人民法院党组书记: a post of the court (a 党组 leads a state body from inside)
        elif org.endswith("党委") and org[:-2].endswith((*INSTITUTION_WORDS, *PARTY_LED_BODIES)):
            # 宝丰县人民医院党委书记, 鹤壁市公安局党委书记, 支队党委书记, 国网信阳供电公司党委书记:
            # the hospital's, the bureau's, the brigade's, the company's 党委书记
            org, phrase = org[:-2], "党委" + role
        org = FORMER_PLACE_RE.sub("", org)  # 芦集乡原大桥村党支部: the village of that name before a merger
        if (company := _company_of_section(org)) != org:
            org, phrase = company, role  # X有限公司|息淮高速项目经理: the company's, and the title alone
        if (unit := UNIT_RE.match(org)) is not None:
            org = unit.group(1)  # 平顶山市中级人民法院|立案庭庭长, 叶县人民医院|心血管内科主任: the body's
        if role.endswith("第一书记") and org.endswith("村") and len(org) > 2:
            org += "党支部"  # 黄栌沟村第一书记: sent to the village's Party branch
        district = leading_district(org)
        if district is None and left and left[0] in LEVEL_CHARS:
            district = context.district_for(left[0])
        district_name = district.name if district else ""
        if not district_name and left in BARE_LEVEL_ORGS:
            district_name = org if org != left else ""
        zone = "" if district_name else _zone_prefix(org)
        title = _relative_title(phrase.removeprefix("该局"), district, zone)  # 该局|国土空间规划科副科长
        posts.append(Post(title=title, organization=org, district=district_name or zone))
        previous_org = org or previous_org
        previous_district = district or previous_district
    return [
        dataclasses.replace(p, former=True) if former else p
        for p, former in zip(posts, held_before, strict=True)
        if p.organization not in SESSION_ROLE_BODIES
    ]


# a session's own roles (大会执行主席, 大会秘书长): no office of a body the text names
SESSION_ROLE_BODIES = ("大会", "会议")


# the chiefs of the rivers, lakes, forests and roads of a place (县总河长, 镇级河长, 乡级总路长): posts of
# the place itself
CHIEF_ROLES = ("河长", "湖长", "林长", "路长")


def _chief_of(role: str, previous_org: str, context: Context) -> str:
    """The place a river or forest chief is chief of: that of the post before (光山县委书记、
    县总河长; 泼陂河镇党委书记、镇级河长), else the article's district of the role's level."""
    place = _place_of(previous_org)
    if not place and previous_org.endswith("委") and _place_named(previous_org[:-1]) is not None:
        place = previous_org[:-1]
    if place:
        # 西峡县丁河镇 (of 西峡县丁河镇党委): the town, not the county and the town as one place
        county, length = load_lexicon().division_at(place, longest=12)
        rest = place[length:]
        return rest if county is not None and len(rest) > 1 and rest.endswith(BARE_LEVEL_ORGS) else place
    district = context.district_for(role[0]) if role[0] in LEVEL_CHARS else None
    return district.name if district is not None else ""


# a division of a court, bureau, hospital or company written after it (立案庭, 城市建设科,
# 心血管内科, 研发中心): its posts are the body's
UNIT_RE = re.compile("^(.{4,}?(?:法院|检察院|局|医院|公司))(.{1,6}(?:庭|科)|研发中心)$")


def _company_of_section(org: str) -> str:
    """The company whose works or section a post's body names after it (华中交建路桥建设集团
    有限公司息淮高速项目): the company, when what follows it is no body of its own (not its
    党委, 工会, 分公司)."""
    at = org.rfind("公司")
    group = org.rfind("集团")
    if group > at and any(work in org[group + 2 :] for work in WORKS_SECTIONS):
        at = group  # 郑州轨道集团|15号线项目负责人 (but 中国平煤神马集团总医院 is the hospital)
    if at < 0 or at + 2 == len(org):
        return org
    rest = org[at + 2 :]
    if rest.endswith(("党委", "党支部", "党总支", "工会", "委员会", "公司", "团委", "中心", "研究院")):
        return org
    return org[: at + 2]


WORKS_SECTIONS = ("项目", "号线", "标段", "工程")  # a part of the works a company builds
FORMER_PLACE_RE = re.compile("(?<=[乡镇])原(?=[\u4e00-\u9fff]{1,4}[村社])")


LEVEL_BODY_WORDS = ("委", "政府", "人大", "政协", "纪委")  # what follows a level in a relative body (县委)


def _without_former(phrase: str) -> tuple[str, bool]:
    """The phrase without the 原 that marks a post held before, and whether it had one:
    原郑州市城市管理局副局长, 广武镇原党委书记, 郑州市城市管理局原副局长 (not 中原区, 原阳县)."""
    at = phrase.find("原")
    while at >= 0:
        rest = phrase[at + 1 :]
        if at == 0:
            if not phrase.startswith(_places_starting_with_yuan()):
                return rest, True
        elif phrase[:at].endswith(ORG_ENDINGS) and load_lexicon().title_starts_at(rest):
            if rest[:1] == phrase[at - 1] and rest[:1] in LEVEL_CHARS and rest[1:].startswith(LEVEL_BODY_WORDS):
                rest = rest[1:]  # 鄢陵县原县委常委: 鄢陵县委's, the level not written twice (but 原县长)
            return phrase[:at] + rest, True
        at = phrase.find("原", at + 1)
    return phrase, False


@functools.cache
def _places_starting_with_yuan() -> tuple[str, ...]:
    return tuple(name for name in load_lexicon().divisions_by_name if name.startswith("原"))


def listed_name(left: str, listed: Division | None) -> str:
    """A relative body named after the post of a named district of its level (郑州市委书记
    安伟，市委副书记何雄: 郑州市委), or ""."""
    if listed is None or not left or left[0] not in LEVEL_CHARS or not listed.name.endswith(left[0]):
        return ""
    return government_name(listed.name + left[1:])


def _body_of(org: str) -> str:
    """The body a bare role after a Party group's or committee's post belongs to
    (市发改委党组书记、主任: 主任 of 市发改委; 郑州宇通集团有限公司党委书记、董事长)."""
    for party in ("党组", "党委"):
        body = org.removesuffix(party)
        if body != org and len(body) > 2 and not body.endswith(("区", "县", "市", "省", "镇", "乡")):
            return body
    return org


def _place_of(org: str) -> str:
    """The place part of a body's name (郑东新区 of 郑东新区党工委, 庙李村 of 庙李村党支部,
    白沙镇 of 白沙镇政府)."""
    for ending in (*BARE_BODIES, *PLACE_BODIES, DISCIPLINE_BODY, "人民政府", "政府"):
        if org.endswith(ending) and len(org) > len(ending) + 1:
            return org[: -len(ending)]
    if org.endswith("委") and org[:-1].endswith(("县", "市", "区", "省")) and len(org) >= 3:
        place = org[:-1]  # 南乐县委 (县委常委、纪委书记): 南乐县
        return place[:-1] if len(place) == 3 and place[1] == place[2] else place  # 郏县县委: 郏县
    return org if len(org) > 2 and org.endswith(("镇", "乡", "村", "社区", "街道")) else ""  # 白沙镇镇长


def _place_named(text: str) -> Division | None:
    """The division ``text`` names in full (中牟县, 永城市), if any."""
    found = load_lexicon().divisions_by_name.get(text)
    return found[0] if found else None


def _head_district(role: str, context: Context, previous: Division | None) -> Division | None:
    """The district a head of government (县长, 副市长) heads when the phrase names none: that
    of the post before it when its level fits (永城市委副书记、市长), else the article's."""
    level_char = role.lstrip("常务副代")[:1]
    if previous is not None and previous.name.endswith(level_char):
        return previous
    if role.startswith(("区", "副区", "常务副区", "代区", "县", "副县", "常务副县", "代县")) and context.county:
        return context.county
    return context.district_for(level_char)


def _relative_title(phrase: str, district: Division | None, zone: str) -> str:
    """The title as the article's readers name it: 二七区委书记 -> 区委书记, 二七经开区管委会主任 -> 管委会主任."""
    if zone and phrase.startswith(zone):
        return phrase[len(zone) :]
    if district is None or not phrase.startswith(district.name):
        return phrase
    rest = phrase[len(district.name) :]
    for formal, short in _SHORT_BODY_NAMES:  # 人民代表大会常务委员会副主任 -> 人大常委会副主任
        if rest.startswith(formal):
            rest = short + rest[len(formal) :]
            break
    if rest.startswith(LEVEL_BODIES):
        return district.name[-1] + rest
    return rest


def _zone_prefix(org: str) -> str:
    for zone in ZONE_ENDINGS:
        index = org.find(zone)
        if index >= 0:
            return org[: index + len(zone)]
    return ""
