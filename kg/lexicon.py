"""The packaged dictionaries (``kg/data``), loaded once per process."""

from __future__ import annotations

import bisect
import csv
import functools
import io
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Generic, TypeVar

import ahocorasick

V = TypeVar("V")


# endings of functional zones, kept apart from legal districts (level "zone"); a zone's
# name ends with one (郑东新区, 二七经开区, 郑州航空港经济综合实验区)
ZONE_ENDINGS = (
    "经开区",
    "高新区",
    "航空港区",
    "综合实验区",
    "新区",
    "开发区",
    "商务区",
    "产业集聚区",
    "产城融合示范区",
    "综合保税区",
    "一体化示范区",
)


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    short: str
    level: str  # province | prefecture | county; country for the countries outside China
    parent: str  # parent code, "" for provinces


@dataclass(frozen=True)
class Suffix:
    text: str
    type: str
    not_followed_by: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The dictionaries, and lookup tables derived from them.

    Compared and hashed by identity, so that memoised functions can take it as an argument.
    """

    surnames: frozenset[str]
    rare_surnames: frozenset[str]
    posts: dict[str, str]  # title -> kind
    divisions: dict[str, Division]  # by code
    divisions_by_name: dict[str, tuple[Division, ...]]
    divisions_by_short: dict[str, Division]
    suffixes: tuple[Suffix, ...]  # longest first
    left_stops: frozenset[str]
    protected: tuple[str, ...]
    generic_stems: frozenset[str]
    name_followers: frozenset[str]
    name_parts: frozenset[str]  # of names with no surname (扎西, 次仁: 扎西次仁)
    ambiguous_places: frozenset[str]
    ocr_fixes: dict[str, str]
    # derived at load for the leftward scan of names (kg.extract.chunks.scan_left)
    left_stop_lengths: dict[str, tuple[int, ...]]  # last character -> lengths of the stops, longest first
    protected_by_last: dict[str, tuple[str, ...]]  # last character -> protected words, longest first

    def parent_of(self, division: Division) -> Division | None:
        return self.divisions.get(division.parent) if division.parent else None

    def within(self, place: Division, ancestor: Division) -> bool:
        """Is ``place`` inside ``ancestor`` (二七区 in 郑州市, in 河南省)?"""
        parent = self.parent_of(place)
        while parent is not None:
            if parent == ancestor:
                return True
            parent = self.parent_of(parent)
        return False

    def division_at(
        self, text: str, start: int = 0, longest: int = 10, short: bool = False
    ) -> tuple[Division | None, int]:
        """The division whose full name (or short name, with ``short``), of at most ``longest``
        characters, starts ``text`` at ``start``, longest first, and its length; (None, 0)
        when none does."""
        for length in range(min(longest, len(text) - start), 1, -1):
            word = text[start : start + length]
            found = self.divisions_by_name.get(word)
            if found:
                return found[0], length
            if short and word in self.divisions_by_short:
                return self.divisions_by_short[word], length
        return None, 0

    def title_ends_at(self, text: str, end: int, longest: int = 10) -> bool:
        """Does a post title of at most ``longest`` characters end at ``end`` of ``text``?"""
        return any(text[end - n : end] in self.posts for n in range(2, min(longest, end) + 1))

    def title_starts_at(self, text: str, start: int = 0, longest: int = 12) -> bool:
        """Does a post title of at most ``longest`` characters start at ``start`` of ``text``?"""
        return any(text[start : start + n] in self.posts for n in range(2, min(longest, len(text) - start) + 1))


def _data_text(name: str) -> str:
    return resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    rows = []
    for line in _data_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line)
    return rows


def _tsv(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


def _divisions() -> list[Division]:
    body = "\n".join(line for line in _data_text("divisions.csv").splitlines() if not line.startswith("#"))
    return [
        Division(row["code"], row["name"], row["short"], row["level"], row["parent"])
        for row in csv.DictReader(io.StringIO(body))
    ]


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Division]:
    """The countries outside China (``countries.tsv``) by name, the common one (哈萨克斯坦) and
    the official one (哈萨克斯坦共和国), as divisions of level ``country`` coded ``ISO-`` and
    their ISO 3166-1 code. Kept apart from the division table: a name that starts with one
    (韩国栋) is no place of China's."""
    found: dict[str, Division] = {}
    for row in _tsv("countries.tsv"):
        country = Division(f"ISO-{row[0]}", row[1], "", "country", "")
        found[row[1]] = country
        if len(row) > 2 and row[2]:
            found[row[2]] = country
    return found


HENAN = "410000"  # the province of the papers kg is made for


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    divisions = _divisions()
    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, Division] = {}
    for division in divisions:
        by_name.setdefault(division.name, []).append(division)
        if division.short:
            by_short.setdefault(division.short, division)
    for named in by_name.values():  # of divisions named alike (鼓楼区: 南京, 开封...), Henan's first
        named.sort(key=lambda d: not d.code.startswith(HENAN[:2]))
    suffixes = [
        Suffix(row[0], row[1], tuple(row[2].split("|")) if len(row) > 2 and row[2] else ())
        for row in _tsv("suffixes.tsv")
    ]
    suffixes.sort(key=lambda s: -len(s.text))
    left_stops = frozenset(_lines("left_stops.txt"))
    protected = tuple(sorted(_lines("protected.txt"), key=len, reverse=True))
    return Lexicon(
        surnames=frozenset(_lines("surnames.txt")),
        rare_surnames=frozenset(_lines("surnames_rare.txt")),
        posts={row[0]: row[1] if len(row) > 1 else "" for row in _tsv("posts.tsv") if row[0] != "title"},
        divisions={d.code: d for d in divisions},
        divisions_by_name={name: tuple(items) for name, items in by_name.items()},
        divisions_by_short=by_short,
        suffixes=tuple(suffixes),
        left_stops=left_stops,
        protected=protected,
        generic_stems=frozenset(_lines("generic_stems.txt")),
        name_followers=frozenset(_lines("name_followers.txt")),
        name_parts=frozenset(_lines("name_parts.txt")),
        ambiguous_places=frozenset(_lines("ambiguous_places.txt")),
        ocr_fixes={row[0]: row[1] for row in _tsv("ocr_fixes.tsv") if len(row[0]) == len(row[1])},
        left_stop_lengths=_lengths_by_last(left_stops, MAX_STOP_LENGTH),
        protected_by_last=_by_last(protected),
    )


MAX_STOP_LENGTH = 6  # longer left stops are never looked for


def _lengths_by_last(words: Iterable[str], longest: int) -> dict[str, tuple[int, ...]]:
    """The lengths (up to ``longest``) of the words ending in each character, longest first."""
    lengths: dict[str, set[int]] = {}
    for word in words:
        if word and len(word) <= longest:
            lengths.setdefault(word[-1], set()).add(len(word))
    return {last: tuple(sorted(found, reverse=True)) for last, found in lengths.items()}


def _by_last(words: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The words ending in each character, in their order in ``words``."""
    grouped: dict[str, list[str]] = {}
    for word in words:
        if word:
            grouped.setdefault(word[-1], []).append(word)
    return {last: tuple(group) for last, group in grouped.items()}


Match = tuple[int, int, V]  # start, end (character offsets), value


class Scan(Generic[V]):
    """The matches of a :class:`Matcher` in a list of texts, by text and dictionary.

    Kept flat (start, end and value after one another, in one list a dictionary) with
    no object for a match: the (start, end, value) tuples of a text are only made when
    asked for, while its sentence is worked on, and die young. Made for a whole
    document at once, they grew old together and the garbage collector went over them
    again and again on long documents.
    """

    def __init__(self, flat: list[list[Any]], firsts: list[tuple[int, tuple[int, ...]]]) -> None:
        """``firsts``: (text, where its matches begin in each list) for each text with matches, in order."""
        self._flat = flat
        self._bounds: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        totals = tuple(map(len, flat))
        for (text, low), (_, high) in zip(firsts, [*firsts[1:], (-1, totals)]):
            self._bounds[text] = (low, high)

    def has(self, text: int) -> bool:
        """Does anything match in text number ``text``?"""
        return text in self._bounds

    def matches(self, text: int, dictionary: int = 0) -> list[Match[V]]:
        """(start, end, value) of the words of a dictionary in text number ``text``, by end, longest first."""
        bounds = self._bounds.get(text)
        if bounds is None or bounds[0][dictionary] == bounds[1][dictionary]:
            return []
        items = iter(self._flat[dictionary][bounds[0][dictionary] : bounds[1][dictionary]])
        return list(zip(items, items, items))


class Matcher(Generic[V]):
    """Every occurrence of the words of one or more dictionaries, by Aho-Corasick over UTF-8.

    pyahocorasick looks a character up among a trie node's children one by one, so a
    ``str`` automaton whose root holds the ~1,500 first characters of the gazetteer
    spends most of its time there. Over UTF-8 bytes (as latin-1 characters) no node
    has more than 64 children and the scan is several times faster. A UTF-8 word only
    matches at a character boundary, so the matches are exactly those of a ``str``
    automaton, in the same order (by end, longest first); offsets are mapped back by
    decoding the bytes between consecutive match ends. Several dictionaries share one
    automaton, so that a text is scanned once for all of them.

    A word given twice in a dictionary keeps its last value, as with ``Automaton.add_word``.
    """

    SEPARATOR = "\n"  # joins the texts of :meth:`scan`; no word may contain it
    _SHARED = -1  # the slot of a word of several dictionaries; its value is ((slot, value), ...)

    def __init__(self, *dictionaries: Iterable[tuple[str, V]]) -> None:
        self._count = len(dictionaries)
        entries: dict[str, dict[int, V]] = {}
        for slot, words in enumerate(dictionaries):
            for word, value in words:
                if not word or self.SEPARATOR in word:
                    raise ValueError(f"cannot match {word!r}")
                entries.setdefault(word, {})[slot] = value
        self._automaton = ahocorasick.Automaton()
        for word in sorted(entries):  # trie nodes made in order lie closer in memory: a faster scan
            values = entries[word]
            if len(values) == 1:
                ((slot, value),) = values.items()
                self._automaton.add_word(word.encode("utf-8").decode("latin-1"), (len(word), slot, value))
            else:
                self._automaton.add_word(
                    word.encode("utf-8").decode("latin-1"), (len(word), self._SHARED, tuple(values.items()))
                )
        self._automaton.make_automaton()
        self._empty = not entries

    def find(self, text: str, dictionary: int = 0) -> list[Match[V]]:
        """(start, end, value) of every occurrence of a word in ``text``, by end, longest first."""
        return self.scan((text,)).matches(0, dictionary)

    def scan(self, texts: Sequence[str]) -> Scan[V]:
        """The matches in each text, in one pass over all of them."""
        flat: list[list[Any]] = [[] for _ in range(self._count)]
        firsts: list[tuple[int, tuple[int, ...]]] = []
        if self._empty or not texts:
            return Scan(flat, firsts)
        data = self.SEPARATOR.join(texts).encode("utf-8", "surrogatepass")
        offsets = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
        byte_end = char_end = 0
        base = following = -1  # the current text's offset, and the next one's
        shared = self._SHARED
        for last, (length, slot, value) in self._automaton.iter(data.decode("latin-1")):
            if last >= byte_end:  # a match ending further on (several can end at one byte)
                char_end += len(data[byte_end : last + 1].decode("utf-8", "surrogatepass"))
                byte_end = last + 1
            start = char_end - length
            if start >= following:  # the first match of another text
                index = bisect.bisect_right(offsets, start) - 1
                base, following = offsets[index], offsets[index + 1]
                firsts.append((index, tuple(map(len, flat))))
            if slot != shared:
                flat[slot].extend((start - base, char_end - base, value))
            else:
                for shared_slot, shared_value in value:
                    flat[shared_slot].extend((start - base, char_end - base, shared_value))
        return Scan(flat, firsts)
