"""``entities.csv`` and ``relations.csv``.

Cells that a spreadsheet would read as a formula (leading ``=``, ``+``, ``-``, ``@``)
are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import os

from kg.export.atomic import write_text
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
    return f"{post.title}（{post.organization}）" if post.organization else post.title


def _csv(rows: list[list[object]], header: tuple[str, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    starts = _FORMULA_START_SET
    # safe_cell, inlined: it is called for every cell
    writer.writerows([("'" + t) if (t := str(v))[:1] in starts else t for v in row] for row in rows)
    return buffer.getvalue()


def entities_csv(kg: KnowledgeGraph) -> str:
    rows: list[list[object]] = [
        [
            e.id,
            e.type,
            e.name,
            "|".join(sorted(e.aliases)),
            "|".join(post_label(p) for p in e.posts),
            "|".join(sorted(e.docs)),
            e.mentions,
        ]
        for e in sorted(kg.entities.values(), key=lambda e: e.id)
    ]
    return _csv(rows, ENTITY_COLUMNS)


def relations_csv(kg: KnowledgeGraph) -> str:
    rows: list[list[object]] = [
        [r.head, r.relation, r.tail, r.weight, r.evidence[0].sentence if r.evidence else ""] for r in kg.relations
    ]
    return _csv(rows, RELATION_COLUMNS)


def write(kg: KnowledgeGraph, folder: str | os.PathLike[str]) -> None:
    write_text(os.path.join(folder, "entities.csv"), entities_csv(kg))
    write_text(os.path.join(folder, "relations.csv"), relations_csv(kg))
