"""The knowledge graph as a ``networkx.MultiDiGraph`` (and back).

Nodes are entities and articles; edges are relations keyed by relation name.
Attributes are scalars so the graph writes to GraphML as it is: lists and objects
(aliases, posts, documents, evidence) are JSON strings.

Node attributes: ``type``, ``label``, ``aliases``, ``posts``, ``docs``, ``mentions``,
``code``, ``level``, ``evidence``. Edge attributes: ``relation``, ``weight``,
``evidence``, ``attrs``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import encode_basestring as _json_string  # json.dumps's, with ensure_ascii=False
from typing import TYPE_CHECKING, Any

from kg.model import Evidence, KnowledgeGraph, Post

if TYPE_CHECKING:
    import networkx as nx


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    import networkx as nx  # only here: the exports write their files without it

    graph = nx.MultiDiGraph()
    for entity in sorted(kg.entities.values(), key=lambda e: e.id):
        graph.add_node(
            entity.id,
            type=entity.type,
            label=entity.name,
            aliases=dumps(sorted(entity.aliases)),
            posts=dumps([post_json(p) for p in entity.posts]),
            docs=dumps(sorted(entity.docs)),
            mentions=entity.mentions,
            code=entity.code,
            level=entity.level,
            evidence=dumps([evidence_json(e) for e in entity.evidence]),
        )
    for article in sorted(kg.articles.values(), key=lambda a: a.id):
        graph.add_node(
            article.id,
            type="article",
            label=article.headline or f"{article.doc} #{article.index}",
            aliases="[]",
            posts="[]",
            docs=dumps([article.doc]),
            mentions=0,
            code="",
            level="",
            evidence="[]",
        )
    for relation in kg.relations:
        graph.add_edge(
            relation.head,
            relation.tail,
            key=relation.relation if not relation.attrs else f"{relation.relation}:{dumps(relation.attrs)}",
            relation=relation.relation,
            weight=relation.weight,
            evidence=dumps([evidence_json(e) for e in relation.evidence]),
            attrs=dumps(relation.attrs),
        )
    return graph


def evidence_json(evidence: Evidence) -> dict[str, Any]:
    """``dataclasses.asdict(evidence)``, without its deep copies (hot when exporting)."""
    return {
        "article": evidence.article,
        "doc": evidence.doc,
        "end": evidence.end,
        "headline": evidence.headline,
        "sentence": evidence.sentence,
        "start": evidence.start,
    }


def evidence_dumps(evidence: Evidence) -> str:
    """``dumps(evidence_json(evidence))``, written directly (hot when exporting)."""
    numbers, texts = (
        (evidence.article, evidence.start, evidence.end),
        (evidence.doc, evidence.headline, evidence.sentence),
    )
    if not all(type(v) is int for v in numbers) or not all(type(v) is str for v in texts):
        return dumps(evidence_json(evidence))
    return (
        f'{{"article":{evidence.article},"doc":{_json_string(evidence.doc)},"end":{evidence.end},'
        f'"headline":{_json_string(evidence.headline)},"sentence":{_json_string(evidence.sentence)},'
        f'"start":{evidence.start}}}'
    )


class EvidenceList:
    """``dumps([evidence_json(e) for e in evidence])`` of one export's evidence lists.

    One sentence supports many relations, so each piece of evidence is serialised once
    (and passed through ``transform``, which must work character by character, as
    escaping does, so that the items can be joined after it). Pieces are known by
    identity, and the memo keeps them alive; it is emptied past ``MEMO_SIZE`` pieces, since
    a large graph's relations are read as a stream, each piece used near the last. Read
    back from disk (``streamed``), relations share pieces only within one pickle of
    :data:`kg.relation_runs.CHUNK` relations: a larger memo would only hold dead ones.
    """

    MEMO_SIZE = 200_000
    STREAMED_MEMO_SIZE = 4_096

    def __init__(self, transform: Callable[[str], str] | None = None, *, streamed: bool = False) -> None:
        self._transform = transform
        self._done: dict[int, tuple[Evidence, str]] = {}
        self._size = self.STREAMED_MEMO_SIZE if streamed else self.MEMO_SIZE

    def __call__(self, evidence: list[Evidence]) -> str:
        done = self._done
        if len(done) > self._size:
            done.clear()
        parts = []
        for item in evidence:
            entry = done.get(id(item))
            if entry is None or entry[0] is not item:
                text = evidence_dumps(item)
                entry = done[id(item)] = (item, self._transform(text) if self._transform else text)
            parts.append(entry[1])
        return f"[{','.join(parts)}]"


def post_json(post: Post) -> dict[str, Any]:
    found = {"district": post.district, "organization": post.organization, "title": post.title}
    if post.former:
        found["former"] = True
    return found
