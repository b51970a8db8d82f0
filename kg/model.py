"""Plain dataclasses passed between pipeline stages.

Offsets: ``Sentence.start/end`` and ``Mention.start/end`` index the *clean* text of
their document (``CleanDocument.text``); ``CleanDocument.to_original`` maps them back
to the decoded source file, which is what :class:`Evidence` stores.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.relation_runs import StoredRelations

ENTITY_TYPES: tuple[str, ...] = (
    "official",
    "district",
    "company",
    "project",
    "organization",
    "journalist",
    "person",
)

RELATION_TYPES: tuple[str, ...] = (
    "holds_post",
    "held_post",
    "part_of",
    "located_in",
    "visited",
    "signed",
    "signed_with",
    "chaired",
    "attended",
    "works_for",
    "reported",
    "about",
    "co_mentioned",
    "co_occurs",
)


def _pickled_as_values(cls):  # type: ignore[no-untyped-def]
    """Pickle a slotted dataclass as its constructor arguments: the ``__getstate__`` that
    dataclasses give frozen ones calls ``fields()`` for every object (a third of the cost
    of handing a file's mentions between processes), and the default one of the others
    builds a dictionary per object."""
    values = operator.attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (cls, values(self))

    cls.__reduce__ = __reduce__
    return cls


@dataclass(frozen=True)
class Document:
    """A decoded input file."""

    path: str  # as shown to users and stored in evidence (relative to the input root)
    text: str
    encoding: str


BLOCK_KINDS: tuple[str, ...] = ("headline", "subhead", "lead", "text", "byline", "masthead")


@dataclass(frozen=True)
class Block:
    """A repaired paragraph of the page: its kind and clean-text span."""

    kind: str  # one of BLOCK_KINDS
    start: int
    end: int


@dataclass(frozen=True)
class CleanDocument:
    """Layout-repaired text plus a map back into ``Document.text``.

    ``offsets[i]`` is the index in the original text of clean character ``i``;
    ``offsets[len(text)]`` is the end of the original text. ``text`` is the blocks
    joined by newlines.
    """

    path: str
    text: str
    offsets: Sequence[int]  # an array('q') from kg.layout
    original: str
    blocks: tuple[Block, ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean ``[start, end)`` span to the original text."""
        if start >= end:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@_pickled_as_values
@dataclass(frozen=True, slots=True)
class Sentence:
    doc: str
    article: int
    index: int  # position within the document
    start: int  # clean-text offsets
    end: int
    text: str


@_pickled_as_values
@dataclass(frozen=True, slots=True)
class Article:
    doc: str
    index: int  # position within the document
    headline: str
    start: int  # clean-text offsets of the whole article (headline included)
    end: int
    sentences: tuple[Sentence, ...]
    subheadlines: tuple[str, ...] = ()
    dateline: str = ""
    byline: tuple[Mention, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.doc}#{self.index}"


@_pickled_as_values
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of clean text recognised as an entity of ``type``."""

    doc: str
    article: int
    sentence: int  # Sentence.index, or -1 for headlines and bylines
    start: int
    end: int
    text: str
    type: str
    extractor: str
    canonical: str = ""  # the full form when ``text`` is a short form (二七 -> 二七区)
    posts: tuple[str, ...] = ()  # post titles stated next to an official or person
    role: str = ""  # e.g. "记者" / "通讯员" for bylines

    @property
    def name(self) -> str:
        return self.canonical or self.text


@_pickled_as_values
@dataclass(frozen=True, slots=True)
class Post:
    """A post held by an official: the title as written and where it is held."""

    title: str  # e.g. 区委书记
    organization: str = ""  # e.g. 二七区委
    district: str = ""  # e.g. 二七区
    former: bool = False  # written as held before (原党委书记), not now

    @property
    def label(self) -> str:
        label = (
            f"{self.district}{self.title}" if self.district and not self.title.startswith(self.district) else self.title
        )
        return f"原{label}" if self.former else label


@_pickled_as_values
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact is stated: file, article, sentence, offsets into the original file."""

    doc: str
    article: int
    headline: str
    sentence: str
    start: int
    end: int

    def sort_key(self) -> tuple[str, int, int, int]:
        return (self.doc, self.article, self.start, self.end)


def add_sorted(items: list[str], item: str) -> None:
    """Add ``item`` to ``items``, a sorted list of distinct strings, unless it is there:
    in constant time when it sorts last, as files and their articles mostly come in order."""
    if not items or items[-1] < item:
        items.append(item)
    elif items[-1] != item:
        index = bisect.bisect_left(items, item)
        if items[index] != item:
            items.insert(index, item)


def union_sorted(items: list[str], other: list[str]) -> list[str]:
    """The sorted distinct strings of both sorted lists."""
    if not other:
        return items
    if not items or items[-1] < other[0]:
        return items + other
    return sorted(set(items).union(other))


@_pickled_as_values
@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    # aliases, docs and articles: sorted lists of distinct strings (add with add_sorted;
    # a set costs about four times the memory, and an archive has millions of these)
    aliases: list[str] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)  # the files naming it
    mentions: int = 0
    articles: list[str] = field(default_factory=list)  # ids of the articles whose sentences name it
    code: str = ""  # administrative division code, districts only
    level: str = ""  # province / prefecture / county / town / community / village / zone
    evidence: list[Evidence] = field(default_factory=list)


@_pickled_as_values
@dataclass(slots=True)
class Relation:
    head: str
    relation: str
    tail: str
    weight: int = 0
    evidence: list[Evidence] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
        return (self.head, self.relation, self.tail, tuple(sorted(self.attrs.items())))


@_pickled_as_values
@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """An article as a node of the graph (target of ``reported``)."""

    id: str
    doc: str
    index: int
    headline: str
    start: int
    end: int


@dataclass
class KnowledgeGraph:
    entities: dict[str, Entity] = field(default_factory=dict)
    # a list, or StoredRelations (kg.relation_runs) when the build wrote them to disk:
    # iterate and len() them, do not index them
    relations: list[Relation] | StoredRelations = field(default_factory=list)
    articles: dict[str, ArticleRecord] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
