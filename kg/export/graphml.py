"""``graph.graphml`` for Gephi, yEd and networkx (scalar attributes only).

The file is written as a stream, node by node and edge by edge, with the attributes
of :mod:`kg.graph` (lists and objects as JSON strings): building a networkx graph
first and serialising it with lxml cost as much time and memory as the whole build.
``networkx.read_graphml(path, force_multigraph=True)`` reads it back to the graph of
:func:`kg.graph.to_networkx`, except that edge keys are the edge ids, which GraphML
needs unique in the file (Gephi drops an edge whose id it has seen):
``"HEAD RELATION TAIL"``; :func:`kg.load` keys them by relation again.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from kg.export.atomic import open_atomic
from kg.graph import EvidenceList, dumps, post_json
from kg.model import KnowledgeGraph

NODE_KEYS = (
    ("type", "string"),
    ("label", "string"),
    ("aliases", "string"),
    ("posts", "string"),
    ("docs", "string"),
    ("mentions", "long"),
    ("code", "string"),
    ("level", "string"),
    ("evidence", "string"),
)
EDGE_KEYS = (("relation", "string"), ("weight", "long"), ("evidence", "string"), ("attrs", "string"))
EDGE_KEY_ID = {"evidence": "edge_evidence"}  # GraphML key ids are one namespace for nodes and edges

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# a parser turns a raw CR into LF (and, in an attribute, CR, LF and tab into spaces):
# written as character references they survive
# (quotes need no escape in character data: the JSON of evidence keeps its own, a
# quarter of the file's bytes fewer)
_TO_ESCAPE = re.compile("[&<>\r]")
_TO_ESCAPE_IN_ATTRIBUTE = re.compile('[&<>"\r\n\t]')
# either of the above: one search tells that most values are written as they are
_TO_CHANGE = {
    _TO_ESCAPE: re.compile(f"{_XML_INVALID.pattern[:-1]}&<>\r]"),
    _TO_ESCAPE_IN_ATTRIBUTE: re.compile(f'{_XML_INVALID.pattern[:-1]}&<>"\r\n\t]'),
}


def _text(value: object, to_escape: re.Pattern[str] = _TO_ESCAPE) -> str:
    """Character data (or, with ``_TO_ESCAPE_IN_ATTRIBUTE``, an attribute value): markup
    escaped; the characters XML 1.0 cannot hold at all (controls, lone surrogates) become U+FFFD."""
    text = value if type(value) is str else str(value)
    if _TO_CHANGE[to_escape].search(text) is None:
        return text
    if _XML_INVALID.search(text) is not None:
        text = _XML_INVALID.sub("\ufffd", text)
    if to_escape.search(text) is None:
        return text
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    if to_escape is _TO_ESCAPE_IN_ATTRIBUTE:
        text = text.replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    return text


def _attribute(value: object) -> str:
    return _text(value, _TO_ESCAPE_IN_ATTRIBUTE)


def _element(tag: str, attributes: dict[str, str], data: list[tuple[str, object]]) -> str:
    head = " ".join(f'{name}="{_attribute(value)}"' for name, value in attributes.items())
    body = "".join(f'  <data key="{key}">{_text(value)}</data>\n' for key, value in data)
    return f"<{tag} {head}>\n{body}</{tag}>\n"


def iter_graphml(kg: KnowledgeGraph) -> Iterator[str]:
    yield "<?xml version='1.0' encoding='utf-8'?>\n"
    yield (
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    for name, kind in NODE_KEYS:
        yield f'<key id="{name}" for="node" attr.name="{name}" attr.type="{kind}"/>\n'
    for name, kind in EDGE_KEYS:
        yield f'<key id="{EDGE_KEY_ID.get(name, name)}" for="edge" attr.name="{name}" attr.type="{kind}"/>\n'
    yield '<graph edgedefault="directed">\n'
    evidence_text = EvidenceList(_text, streamed=not isinstance(kg.relations, list))
    for entity in sorted(kg.entities.values(), key=lambda e: e.id):
        yield (
            f'<node id="{_attribute(entity.id)}">\n'
            f'  <data key="type">{entity.type}</data>\n'  # a type of kg.model, no markup
            f'  <data key="label">{_text(entity.name)}</data>\n'
            f'  <data key="aliases">{_text(dumps(sorted(entity.aliases)))}</data>\n'
            f'  <data key="posts">{_text(dumps([post_json(p) for p in entity.posts]))}</data>\n'
            f'  <data key="docs">{_text(dumps(sorted(entity.docs)))}</data>\n'
            f'  <data key="mentions">{int(entity.mentions)}</data>\n'
            f'  <data key="code">{_text(entity.code)}</data>\n'
            f'  <data key="level">{_text(entity.level)}</data>\n'
            f'  <data key="evidence">{evidence_text(entity.evidence)}</data>\n'
            "</node>\n"
        )
    for article in sorted(kg.articles.values(), key=lambda a: a.id):
        label = article.headline or f"{article.doc} #{article.index}"
        yield _element(
            "node",
            {"id": article.id},
            [
                ("type", "article"),
                ("label", label),
                ("aliases", "[]"),
                ("posts", "[]"),
                ("docs", dumps([article.doc])),
                ("mentions", 0),
                ("code", ""),
                ("level", ""),
                ("evidence", "[]"),
            ],
        )
    for relation in kg.relations:
        attrs = dumps(relation.attrs) if relation.attrs else "{}"
        key = relation.relation if not relation.attrs else f"{relation.relation}:{attrs}"
        yield (
            f'<edge source="{_attribute(relation.head)}" target="{_attribute(relation.tail)}"'
            f' id="{_attribute(f"{relation.head} {key} {relation.tail}")}">\n'
            f'  <data key="relation">{relation.relation}</data>\n'  # a name of kg.model, no markup
            f'  <data key="weight">{int(relation.weight)}</data>\n'
            f'  <data key="edge_evidence">{evidence_text(relation.evidence)}</data>\n'
            f'  <data key="attrs">{_text(attrs)}</data>\n'
            "</edge>\n"
        )
    yield "</graph>\n</graphml>\n"


def generate(kg: KnowledgeGraph) -> str:
    return "".join(iter_graphml(kg))


def write(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> None:
    with open_atomic(path) as handle:
        handle.writelines(iter_graphml(kg))
