"""Names found by their endings: companies, projects, organizations, sub-county places.

Taggers cut these names apart (臻辉生物技术(河南)有限公司 comes out as 臻/nr 辉/nr
...), so the chunker works from the right: an ending from ``suffixes.tsv``
(有限公司, 项目, 管委会, 街道, 村...) is extended leftwards until a hard stop
(punctuation, digits, the start of the sentence) or a left-context word from
``left_stops.txt`` (走进, 共有, 引进, 、...). The conjunctions 与/和/及 stop the scan
only when the text before them is itself a complete name, so 河南省工业和信息化厅
and 河医健康服务与医疗科创产业园 stay whole. A candidate whose stem is generic
(各社区, 重大产业项目, 农村) is dropped.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kg.lexicon import Lexicon, Suffix, load_lexicon
from kg.text import is_cjk

MAX_NAME = 26
SOFT_STOPS = ("与", "和", "及")
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
        if not is_cjk(ch):
            break
        protected = next((w for w in lexicon.protected if text.endswith(w, 0, pos)), "")
        if protected:
            pos -= len(protected)
            continue
        stop = _ending_at(text, pos, lexicon.left_stops)
        if stop:
            if stop in SOFT_STOPS and not _ends_with_name(text, pos - len(stop)) and pos - len(stop) > limit:
                pos -= len(stop)
                continue
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


def _valid(stem: str, suffix: Suffix, lexicon: Lexicon) -> bool:
    if not stem:
        return suffix.text in STANDALONE_OK
    if any(ch.isdigit() for ch in stem):
        return False
    if suffix.type == "district":
        low, high = PLACE_STEM_LIMITS.get(suffix.text, (1, 8))
        if not low <= len(stem) <= high or "的" in stem:
            return False
        return not _generic(stem, lexicon)
    if len(stem) == 1:
        return stem in RELATIVE_LEVELS and suffix.type == "organization"
    if stem[0] in RELATIVE_LEVELS and len(stem) > 1 and _generic(stem[1:], lexicon) and suffix.type == "organization":
        return True
    return not _generic(stem, lexicon)


def find_chunks(text: str, floor: int = 0, barriers: frozenset[int] = frozenset(), lexicon: Lexicon | None = None) -> list[Chunk]:
    """All name candidates ending in a known suffix, possibly overlapping."""
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
            name_start = scan_left(text, start, floor, lexicon, barriers)
            stem = text[name_start:start]
            if not _valid(stem, suffix, lexicon):
                continue
            key = (name_start, end)
            if key not in found or len(found[key].suffix) < len(suffix.text):
                found[key] = Chunk(name_start, end, suffix.type, suffix.text)
            break
    return sorted(found.values(), key=lambda c: (c.start, c.end))
