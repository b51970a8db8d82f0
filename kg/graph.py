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
from typing import Any

import networkx as nx

from kg.model import Evidence, KnowledgeGraph, Post


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
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


def post_json(post: Post) -> dict[str, Any]:
    return {"district": post.district, "organization": post.organization, "title": post.title}
