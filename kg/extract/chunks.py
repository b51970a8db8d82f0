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
from dataclasses import dataclass

from kg.extract.words import pos_tag, word_frequency
from kg.lexicon import Lexicon, Suffix, load_lexicon
from kg.text import is_cjk

MAX_NAME = 26
STOP_TAGS = ("v", "p")
STOP_VERB_FREQUENCY = 150
WORD_BEFORE_SUFFIX_FREQUENCY = 300
PREDICATE_TAGS = ("v", "d", "a", "ad", "ag", "vd")
# single-character stops that also occur inside names (郑州海为电子科技有限公司): they stop
# the scan only after punctuation or as part of a dictionary word (共有, 作为)
WEAK_STOPS = frozenset("为有将由")
RELATIVE_LEVELS = ("区", "市", "省", "县", "镇", "乡")
MEASURE_WORDS = "家个名位项所座批只支条"
PLACE_STEM_LIMITS = {"村": (2, 4), "社区": (2, 5), "街道": (2, 5), "办事处": (2, 5), "镇": (2, 4), "乡": (2, 4)}
STANDALONE_OK = {"经开区", "高新区", "航空港区", "区委", "市委", "省委", "县委"}


@dataclass(frozen=True)
class Chunk:
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


@functools.lru_cache(maxsize=1)
def _stop_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in load_lexicon().left_stops}, reverse=True))


def _ending_at(text: str, end: int, words: frozenset[str] | tuple[str, ...]) -> str:
    for length in range(min(6, end), 0, -1):
        piece = text[end - length : end]
        if piece in words:
            return piece
    return ""


def _verb_ending_at(text: str, end: int) -> str:
    """A common two-character verb or preposition ending at ``end`` (了解, 带领, 按照).

    Not when it begins a longer word that goes on past ``end`` (度假|区, 控股|集团).
    """
    word = text[end - 2 : end]
    if len(word) != 2 or pos_tag(word) not in STOP_TAGS or word_frequency(word) < STOP_VERB_FREQUENCY:
        return ""
    if any(word_frequency(text[end - 2 : end + k]) > 0 for k in (1, 2) if end + k <= len(text)):
        return ""
    return word


def _weak_stop_holds(text: str, pos: int, limit: int) -> bool:
    if pos - 1 <= limit or not is_cjk(text[pos - 2]):
        return True
    return word_frequency(text[pos - 2 : pos]) >= 50


def _glued_to_word(text: str, start: int, suffix: Suffix) -> bool:
    """A one-character ending that forms a common word with the character before it (干部, 布局, 城乡)."""
    if len(suffix.text) != 1 or start == 0:
        return False
    word = text[start - 1 : start + 1]
    return word_frequency(word) >= WORD_BEFORE_SUFFIX_FREQUENCY and pos_tag(word) != "ns"


def _ends_with_name(text: str, end: int) -> bool:
    """Is there a complete entity name (by suffix) ending at ``end``?"""
    last = text[end - 1] if end else ""
    for suffix in _suffix_index().get(last, ()):
        if text.endswith(suffix.text, 0, end) and end - len(suffix.text) > 0:
            return True
    return False


def scan_left(text: str, start: int, floor: int, lexicon: Lexicon, barriers: frozenset[int] = frozenset()) -> int:
    """Leftmost start of a name whose ending begins at ``start``."""
    pos = start
    limit = max(floor, start - MAX_NAME)
    while pos > limit and pos not in barriers:
        ch = text[pos - 1]
        if ch == "）" and "（" in text[max(limit, pos - 8) : pos - 1]:
            pos = text.rindex("（", max(limit, pos - 8), pos - 1)
            continue
        if not (is_cjk(ch) or "A" <= ch <= "Z"):
            break
        protected = next((w for w in lexicon.protected if text.endswith(w, 0, pos)), "")
        if protected:
            pos -= len(protected)
            continue
        if pos < start and text[pos] in RELATIVE_LEVELS[:4] and _ends_with_name(text, pos):
            break  # 区委|区政府: a second relative name starts here
        stop = _ending_at(text, pos, lexicon.left_stops) or _verb_ending_at(text, pos)
        if stop in WEAK_STOPS and not _weak_stop_holds(text, pos, limit):
            pos -= 1
            continue
        if stop:
            break
        pos -= 1
    while pos < start and text[pos] in MEASURE_WORDS and pos > 0 and text[pos - 1].isdigit():
        pos += 1
    return pos


def _generic(stem: str, lexicon: Lexicon) -> bool:
    """Can ``stem`` be read entirely as generic words (各, 重大产业, 传统保留...)?"""
    if not stem:
        return True
    reachable = [False] * (len(stem) + 1)
    reachable[0] = True
    for i in range(len(stem)):
        if not reachable[i]:
            continue
        for j in range(i + 1, min(len(stem), i + 6) + 1):
            if stem[i:j] in lexicon.generic_stems:
                reachable[j] = True
    return reachable[len(stem)]


def _words(stem: str) -> list[str]:
    """Greedy longest-match split of ``stem`` into dictionary words (unknown characters alone)."""
    words, i = [], 0
    while i < len(stem):
        for length in range(min(4, len(stem) - i), 0, -1):
            if length == 1 or word_frequency(stem[i : i + length]) > 0:
                words.append(stem[i : i + length])
                i += length
                break
    return words


def _has_predicate(stem: str) -> bool:
    """Does a verb, adverb or adjective of 2+ characters stand in ``stem`` (随时找社区)?"""
    return any(len(w) > 1 and pos_tag(w) in PREDICATE_TAGS for w in _words(stem))


def _without_district(stem: str, lexicon: Lexicon) -> str:
    for length in range(min(len(stem) - 1, 10), 1, -1):
        if stem[:length] in lexicon.divisions_by_name:
            return stem[length:]
    return stem


def _valid(stem: str, suffix: Suffix, lexicon: Lexicon) -> bool:
    if not stem:
        return suffix.text in STANDALONE_OK
    if any(ch.isdigit() for ch in stem) or stem.endswith("届"):
        return False
    if suffix.type == "district":
        low, high = PLACE_STEM_LIMITS.get(suffix.text, (1, 8))
        if not low <= len(stem) <= high or "的" in stem:
            return False
        return not _generic(stem, lexicon) and not _has_predicate(stem)
    if suffix.type == "project":
        words = _words(stem)
        if len(stem) > 14 or (words and len(words[0]) > 1 and pos_tag(words[0]) in PREDICATE_TAGS):
            return False
        stem = _without_district(stem, lexicon)
    if len(stem) == 1:
        return stem in RELATIVE_LEVELS and suffix.type == "organization"
    if stem[0] in RELATIVE_LEVELS and len(stem) > 1 and _generic(stem[1:], lexicon) and suffix.type == "organization":
        return True
    return not _generic(stem, lexicon)


PLACE_ENDINGS = ("经开区", "高新区", "航空港区", "新区", "街道", "办事处", "社区", "镇", "乡")
LISTED_COMPANIES_RE = re.compile(r"((?:[^\s，。；：、“”（）]{2,14}、)*[^\s，。；：、“”（）]{2,14})等[^\s，。；、]{0,10}?(?:企业|公司|药企)")


def place_ends(text: str, places: list[tuple[int, int]]) -> frozenset[int]:
    """Where a place name ends: a place written after it starts a new name (上街区|峡窝镇)."""
    ends = {end for _, end in places}
    for ending in PLACE_ENDINGS:
        start = text.find(ending)
        while start >= 0:
            ends.add(start + len(ending))
            start = text.find(ending, start + 1)
    return frozenset(ends)


def find_listed_companies(text: str, floor: int = 0, lexicon: Lexicon | None = None) -> list[Chunk]:
    """Names listed before 等...企业 (吸引赛奥斯博等医药科研企业入驻)."""
    lexicon = lexicon or load_lexicon()
    found = []
    for match in LISTED_COMPANIES_RE.finditer(text, floor):
        cursor = match.start(1)
        items = match.group(1).split("、")
        for n, item in enumerate(items):
            start, end = cursor, cursor + len(item)
            cursor = end + 1
            if n == 0:
                start = scan_left(text, end, max(floor, start), lexicon)
            name = text[start:end]
            if 2 <= len(name) <= 12 and not _generic(name, lexicon) and not any(c.isdigit() for c in name):
                found.append(Chunk(start, end, "company", ""))
    return found


def find_chunks(
    text: str,
    floor: int = 0,
    barriers: frozenset[int] = frozenset(),
    lexicon: Lexicon | None = None,
    place_barriers: frozenset[int] = frozenset(),
) -> list[Chunk]:
    """All name candidates ending in a known suffix, possibly overlapping.

    ``place_barriers`` stop the scan of place names only (经开区|京航办事处), while
    organisations keep the places they start with (金水区纪委监委).
    """
    lexicon = lexicon or load_lexicon()
    index = _suffix_index()
    found: dict[tuple[int, int], Chunk] = {}
    for end in range(1, len(text) + 1):
        for suffix in index.get(text[end - 1], ()):
            start = end - len(suffix.text)
            if start < floor or not text.startswith(suffix.text, start):
                continue
            if suffix.not_followed_by and text.startswith(suffix.not_followed_by, end):
                continue
            if _glued_to_word(text, start, suffix):
                continue
            name_start = scan_left(text, start, floor, lexicon, barriers | place_barriers if suffix.type == "district" else barriers)
            stem = text[name_start:start]
            if not _valid(stem, suffix, lexicon):
                continue
            key = (name_start, end)
            if key not in found or len(found[key].suffix) < len(suffix.text):
                found[key] = Chunk(name_start, end, suffix.type, suffix.text)
            break
    return sorted(found.values(), key=lambda c: (c.start, c.end))
