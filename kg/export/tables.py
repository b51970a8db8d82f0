"""``entities.csv`` and ``relations.csv``.

Cells that a spreadsheet would read as a formula (leading ``=``, ``+``, ``-``, ``@``)
are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
from collections.abc import Iterable, Iterator
from typing import IO

from kg.export.atomic import open_atomic
from kg.model import KnowledgeGraph, Post

ENTITY_COLUMNS = ("id", "type", "name", "aliases", "posts", "docs", "mentions")
RELATION_COLUMNS = ("head", "relation", "tail", "weight", "evidence")


# what makes a spreadsheet read a cell as a formula (OWASP: = + - @ tab CR), and the
# quote itself, so that a guarded cell and a name that starts with a quote stay apart
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
_FORMULA_START_SET = frozenset(FORMULA_STARTS)


def safe_cell(value: object) -> str:
    """The cell as a spreadsheet shows it as text: a leading ' where one of
    :data:`FORMULA_STARTS` begins it (``kg.load`` takes it off again)."""
    text = str(value)
    return "'" + text if text[:1] in FORMULA_STARTS else text


def post_label(post: Post) -> str:
    title = f"原{post.title}" if post.former else post.title
    return f"{title}（{post.organization}）" if post.organization else title


def _write_csv(handle: IO[str], rows: Iterable[Iterable[object]], header: tuple[str, ...]) -> None:
    """Rows written as they come (a relations table can be larger than the graph's evidence)."""
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(header)
    starts = _FORMULA_START_SET
    for batch in _batched(rows, 2048):
        # safe_cell, inlined: it is called for every cell
        writer.writerows([("'" + t) if (t := str(v))[:1] in starts else t for v in row] for row in batch)


def _batched(rows: Iterable[Iterable[object]], size: int) -> Iterator[list[Iterable[object]]]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _entity_rows(kg: KnowledgeGraph) -> Iterator[list[object]]:
    for e in sorted(kg.entities.values(), key=lambda e: e.id):
        yield [
            e.id,
            e.type,
            e.name,
            "|".join(sorted(e.aliases)),
            "|".join(post_label(p) for p in e.posts),
            "|".join(sorted(e.docs)),
            e.mentions,
        ]


def _relation_rows(kg: KnowledgeGraph) -> Iterator[list[object]]:
    for r in kg.relations:
        yield [r.head, r.relation, r.tail, r.weight, r.evidence[0].sentence if r.evidence else ""]


def entities_csv(kg: KnowledgeGraph) -> str:
    buffer = io.StringIO()
    _write_csv(buffer, _entity_rows(kg), ENTITY_COLUMNS)
    return buffer.getvalue()


def write(kg: KnowledgeGraph, folder: str | os.PathLike[str]) -> None:
    with open_atomic(os.path.join(folder, "entities.csv")) as handle:
        _write_csv(handle, _entity_rows(kg), ENTITY_COLUMNS)
    with open_atomic(os.path.join(folder, "relations.csv")) as handle:
        _write_csv(handle, _relation_rows(kg), RELATION_COLUMNS)
