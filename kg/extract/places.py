"""Administrative divisions from the packaged gazetteer (province, prefecture, county).

Full names (郑州市, 二七区) are matched everywhere. Short forms are riskier:
province and prefecture short forms (河南, 郑州, 西安) are matched unless listed as
ambiguous (安康 is also 'safe and sound'); county short forms (二七, 兰考) only when
the full form appears elsewhere in the same document and the short form is not
glued to a following word that makes it something else (二七塔).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import ahocorasick

from kg.lexicon import Division, Lexicon, load_lexicon
from kg.text import is_cjk


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    division: Division
    short: bool


@functools.lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    lexicon = load_lexicon()
    automaton = ahocorasick.Automaton()
    for division in lexicon.divisions.values():
        automaton.add_word(division.name, (division.name, division.code, False))
    for short, division in lexicon.divisions_by_short.items():
        if short not in lexicon.divisions_by_name and short not in lexicon.ambiguous_places:
            automaton.add_word(short, (short, division.code, True))
    automaton.make_automaton()
    return automaton


def _leftmost_longest(matches: list[PlaceMatch]) -> list[PlaceMatch]:
    matches.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[PlaceMatch] = []
    last_end = -1
    for match in matches:
        if match.start >= last_end:
            kept.append(match)
            last_end = match.end
    return kept


def find_places(text: str) -> list[PlaceMatch]:
    """Every gazetteer match in ``text``, leftmost-longest, short forms unchecked."""
    lexicon = load_lexicon()
    found = []
    for end, (key, code, short) in _automaton().iter(text):
        found.append(PlaceMatch(end - len(key) + 1, end + 1, lexicon.divisions[code], short))
    return _leftmost_longest(found)


COUNTY_SHORT_FOLLOWERS = ("建设", "发展", "新征程", "更多", "的", "实践", "人", "大地")


def short_form_allowed(match: PlaceMatch, text: str, full_names_in_doc: set[str], lexicon: Lexicon) -> bool:
    if not match.short:
        return True
    if match.division.level in ("province", "prefecture"):
        return True
    if match.division.name not in full_names_in_doc:
        return False
    following = text[match.end : match.end + 3]
    if not following or not is_cjk(following[0]):
        return True
    return following.startswith(COUNTY_SHORT_FOLLOWERS)
