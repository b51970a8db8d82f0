"""Administrative divisions from the packaged gazetteer (province, prefecture, county).

Full names (郑州市, 二七区) are matched everywhere. Short forms are riskier:
province and prefecture short forms (河南, 郑州, 西安) are matched unless listed as
ambiguous (安康 is also 'safe and sound'); county short forms (二七, 兰考) only when
the full form appears elsewhere in the same document and the short form is not
glued to a following word that makes it something else (二七塔).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from kg.extract.words import pos_tag, word_frequency
from kg.lexicon import HENAN, Division, Lexicon, Match, Matcher, countries, load_lexicon
from kg.text import is_cjk


class PlaceMatch(NamedTuple):
    start: int
    end: int
    division: Division
    short: bool


PlaceWordMatch = Match[tuple[Division, bool]]


def place_words() -> list[tuple[str, tuple[Division, bool]]]:
    """Full names and allowed short forms, as (division, short); of two divisions named alike
    (鼓楼区), the one :func:`kg.lexicon.load_lexicon` lists first, as entities have it."""
    lexicon = load_lexicon()
    words = [(name, (named[0], False)) for name, named in lexicon.divisions_by_name.items()]
    words += [(name, (division, False)) for name, division in common_names(lexicon).items()]
    words += [(name, (division, False)) for name, division in countries().items()]
    for short, division in lexicon.divisions_by_short.items():
        if short not in lexicon.divisions_by_name and short not in lexicon.ambiguous_places:
            words.append((short, (division, True)))
    return words


def common_names(lexicon: Lexicon) -> dict[str, Division]:
    """The names an autonomous division goes by in the news: its short form and its level
    (管城区 for 管城回族区, 孟村县 for 孟村回族自治县), where no division has that name."""
    names: dict[str, Division] = {}
    for division in lexicon.divisions.values():
        if "族" in division.name and division.short and division.name[-1] in "区县旗":
            name = division.short + division.name[-1]
            if name not in lexicon.divisions_by_name and name not in lexicon.divisions_by_short:
                names.setdefault(name, division)
    return names


@functools.lru_cache(maxsize=1)
def place_matcher() -> Matcher[tuple[Division, bool]]:
    """The gazetteer: full names and allowed short forms."""
    return Matcher(place_words())


def _leftmost_longest(matches: list[PlaceMatch]) -> list[PlaceMatch]:
    matches.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[PlaceMatch] = []
    last_end = -1
    for match in matches:
        if match.start >= last_end:
            kept.append(match)
            last_end = match.end
    return kept


def find_places(text: str, matches: Sequence[PlaceWordMatch] | None = None) -> list[PlaceMatch]:
    """Every gazetteer match in ``text``, leftmost-longest, short forms unchecked.

    ``matches`` are those of :func:`place_matcher` in ``text`` when already known.
    """
    if matches is None:
        matches = place_matcher().find(text)
    found = [PlaceMatch(start, end, division, short) for start, end, (division, short) in matches]
    if len(found) < 2:
        return found
    kept = _leftmost_longest(found)
    lexicon = load_lexicon()
    for index in range(1, len(kept)):
        match, before = kept[index], kept[index - 1]
        if before.end == match.start and len(named := lexicon.divisions_by_name.get(match.division.name, ())) > 1:
            # 深圳市南山区: the 南山区 of 深圳, not of 鹤岗
            inside = next((d for d in named if lexicon.within(d, before.division)), match.division)
            kept[index] = match._replace(division=inside)
    return kept


COUNTY_SHORT_FOLLOWERS = ("建设", "发展", "新征程", "更多", "的", "实践", "人", "大地")


# the pests and weeds local news fights, named after a country (美国白蛾, 加拿大一枝黄花)
COUNTRY_NAMED_SPECIES = ("美国白蛾", "加拿大一枝黄花")
NAME_AFTER = frozenset("、，,。；;等同在为说是和与及")  # what follows a person's name in a list


def _country_allowed(match: PlaceMatch, text: str, lexicon: Lexicon) -> bool:
    """Is a country's name here the country: not the start of a word (荷兰豆, 蒙古族, 印度洋, 苏丹红),
    a species (美国白蛾), the end of a person's name (王德国) or its start (韩国强、), nor words
    crossing it (豫南|非遗)?"""
    start, end, name = match.start, match.end, match.division.name
    if any(word_frequency(text[start : end + k]) > 0 for k in (1, 2, 3) if end + k <= len(text)):
        return False
    if text.startswith(COUNTRY_NAMED_SPECIES, start):
        return False
    if start > 0 and text[start - 1] in lexicon.surnames and text[start - 1] not in lexicon.rare_surnames:
        return False  # 王德国, 李美国: a person
    if (
        len(name) == 2
        and name[0] in lexicon.surnames
        and end < len(text)
        and is_cjk(text[end])
        and (end + 1 == len(text) or text[end + 1] in NAME_AFTER or not is_cjk(text[end + 1]))
    ):
        return False  # 韩国强、李明: a person
    return not (
        start > 0 and word_frequency(text[start - 1 : start + 1]) > 0 and word_frequency(text[end - 1 : end + 1]) > 0
    )


def short_form_allowed(match: PlaceMatch, text: str, full_names_in_doc: set[str], lexicon: Lexicon) -> bool:
    if match.division.level == "country":
        return _country_allowed(match, text, lexicon)
    if not match.short:
        if match.division.name in lexicon.ambiguous_places:
            return _after_parent(match, text, lexicon)
        if match.division.level == "county" and not in_henan(match.division, lexicon):
            return any(  # any of the counties of that name (南山区 of 深圳 or of 鹤岗)
                _after_parent(alike, text, lexicon) or _parent_in(alike, full_names_in_doc, lexicon)
                for alike in (match._replace(division=d) for d in lexicon.divisions_by_name[match.division.name])
            )
        before = text[match.start - 1 : match.start + 1] if match.start else ""
        return not (len(match.division.name) == 2 and word_frequency(before) >= 300)
    return _short_allowed(match, text, full_names_in_doc, lexicon)


def _after_parent(match: PlaceMatch, text: str, lexicon: Lexicon) -> bool:
    """Is the place written right after its parent, or its parent's parent (陕西省周至县)?"""
    before = text[: match.start]
    parent = lexicon.parent_of(match.division)
    for _ in range(2):
        if parent is None:
            return False
        if before.endswith(parent.name) or (bool(parent.short) and before.endswith(parent.short)):
            return True
        parent = lexicon.parent_of(parent)
    return False


def _parent_in(match: PlaceMatch, names: set[str], lexicon: Lexicon) -> bool:
    parent = lexicon.parent_of(match.division)
    return parent is not None and parent.name in names


def _short_allowed(match: PlaceMatch, text: str, full_names_in_doc: set[str], lexicon: Lexicon) -> bool:
    if match.division.level in ("province", "prefecture"):
        return (
            in_henan(match.division, lexicon) or _free_standing(text, match.end) or gone_to(text, match.start, lexicon)
        )
    if match.division.name not in full_names_in_doc:
        return False
    following = text[match.end : match.end + 3]
    if not following or not is_cjk(following[0]):
        return True
    return following.startswith(COUNTY_SHORT_FOLLOWERS)


BOUNDARY_CHARS = set("等和与及的")


def _free_standing(text: str, end: int) -> bool:
    """Is a short place name followed by a boundary, a verb or another place (成都开展, 成都崇州)?"""
    following = text[end : end + 1]
    if not following or not is_cjk(following) or following in BOUNDARY_CHARS:
        return True
    for length in (2, 3):
        word = text[end : end + length]
        if pos_tag(word) in ("v", "p", "ns", "nrt") and word_frequency(word) > 0:  # (重庆|通过)
            return True
    return False


# what a place is gone to or is where one is after (赴温州考察, 在深圳经商, 来自宁波, 在浙江温州)
GONE_TO_WORDS = ("赴", "到", "在", "前往", "来自")  # 赴 ends 远赴, 飞赴 too


def gone_to(text: str, start: int, lexicon: Lexicon | None = None) -> bool:
    """Is the place at ``start`` written after a word of going or being there, or after such a
    word and its province (在浙江|温州)?"""
    before = text[max(0, start - 4) : start]
    if before.endswith(GONE_TO_WORDS):
        return True
    lexicon = lexicon or load_lexicon()
    for length in (2, 3):  # 在浙江|温州, 在广东省|深圳
        province = text[max(0, start - length) : start]
        found = lexicon.divisions_by_short.get(province) or next(
            iter(lexicon.divisions_by_name.get(province, ())), None
        )
        if found is not None and found.level == "province":
            return text[max(0, start - length - 2) : start - length].endswith(GONE_TO_WORDS)
    return False


def in_henan(division: Division, lexicon: Lexicon) -> bool:
    while division is not None:
        if division.code == HENAN:
            return True
        division = lexicon.parent_of(division)
    return False
