"""The packaged dictionaries (``kg/data``), loaded once per process."""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    short: str
    level: str  # province | prefecture | county
    parent: str  # parent code, "" for provinces


@dataclass(frozen=True)
class Suffix:
    text: str
    type: str
    not_followed_by: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
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
    ambiguous_places: frozenset[str]
    ocr_fixes: dict[str, str]

    def parent_of(self, division: Division) -> Division | None:
        return self.divisions.get(division.parent) if division.parent else None


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
def load_lexicon() -> Lexicon:
    divisions = _divisions()
    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, Division] = {}
    for division in divisions:
        by_name.setdefault(division.name, []).append(division)
        if division.short:
            by_short.setdefault(division.short, division)
    suffixes = [
        Suffix(row[0], row[1], tuple(row[2].split("|")) if len(row) > 2 and row[2] else ())
        for row in _tsv("suffixes.tsv")
    ]
    suffixes.sort(key=lambda s: -len(s.text))
    return Lexicon(
        surnames=frozenset(_lines("surnames.txt")),
        rare_surnames=frozenset(_lines("surnames_rare.txt")),
        posts={row[0]: row[1] if len(row) > 1 else "" for row in _tsv("posts.tsv") if row[0] != "title"},
        divisions={d.code: d for d in divisions},
        divisions_by_name={name: tuple(items) for name, items in by_name.items()},
        divisions_by_short=by_short,
        suffixes=tuple(suffixes),
        left_stops=frozenset(_lines("left_stops.txt")),
        protected=tuple(sorted(_lines("protected.txt"), key=len, reverse=True)),
        generic_stems=frozenset(_lines("generic_stems.txt")),
        name_followers=frozenset(_lines("name_followers.txt")),
        ambiguous_places=frozenset(_lines("ambiguous_places.txt")),
        ocr_fixes={row[0]: row[1] for row in _tsv("ocr_fixes.tsv") if len(row[0]) == len(row[1])},
    )
