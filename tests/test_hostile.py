"""Hostile names and sentences: every export stays valid and gives back exactly what went in.

Graphs are built by hand so that names can hold what no extractor would produce today
(``<script>``, quotes, ``]]>``, ``\"\"\"``, backslashes, newlines, IRI-unsafe characters).
"""

from __future__ import annotations

import csv
import io
import json
import re
import string

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDFS, Graph, Literal

from kg.export import graphml, html, rdf, tables
from kg.graph import to_networkx
from kg.model import ArticleRecord, Entity, Evidence, KnowledgeGraph, Post, Relation

NASTY = [
    "<script>alert(1)</script>",
    "\"双引号\" '单引号'",
    "]]> <![CDATA[ x ]]>",
    '"""三引号"""',
    "反斜杠\\n\\u0041\\",
    "换行\n回车\r制表\t",
    "=SUM(A1:A9)",
    "+86-371",
    "-1",
    "@cmd",
    "'=引号开头",
    "\tTAB开头",
    "空 格/斜杠?问号#井号%25百分号&和",
    "<img src=x onerror=alert(1)>",
    "\u2028\u2029分隔",
    "零\u200b宽",
]

# XML 1.0 cannot hold most control characters at all; names keep to what a text file can carry
name_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from(list("\n\t\"'<>&\\]`{}|^")),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")


def _graph(names: list[str]) -> KnowledgeGraph:
    entities: dict[str, Entity] = {}
    relations: list[Relation] = []
    evidence = Evidence("页<1>.txt", 0, names[0], "句子：" + names[-1], 0, 10)
    previous = None
    for i, name in enumerate(names):
        type_ = ("official", "organization", "company")[i % 3]
        eid = f"{type_}/{name}#{i}"
        entities[eid] = Entity(
            id=eid,
            type=type_,
            name=name,
            aliases={name[::-1] + "别名"},
            posts=[Post(title="书记" + name, organization=name)] if type_ == "official" else [],
            docs={"页<1>.txt"},
            mentions=1,
        )
        if previous:
            relations.append(Relation(previous, "co_mentioned", eid, 1, [evidence], {}))
        previous = eid
    article = ArticleRecord("article/页<1>.txt#0", "页<1>.txt", 0, names[0], 0, 10)
    relations.append(Relation(previous, "reported", article.id, 1, [evidence], {"role": names[0]}))
    return KnowledgeGraph(entities=entities, relations=relations, articles={article.id: article}, sources=["页<1>.txt"])


def _check_round_trips(graph: KnowledgeGraph) -> None:
    names = {e.name for e in graph.entities.values()}
    # Turtle and N-Triples parse back to the same graph, labels intact
    turtle = Graph().parse(data="".join(rdf.iter_turtle(rdf.triples(graph))), format="turtle")
    ntriples = Graph().parse(data="".join(rdf.ntriples_lines(graph)), format="nt")
    assert set(turtle) == set(ntriples)
    labels = {str(o) for o in ntriples.objects(None, RDFS.label) if isinstance(o, Literal)}
    assert names <= labels
    # GraphML reads back with the same labels
    loaded = nx.read_graphml(io.BytesIO(graphml.generate(graph).encode("utf-8")), force_multigraph=True)
    assert {d["label"] for _, d in loaded.nodes(data=True) if d["type"] != "article"} == names
    # CSV: quoted correctly, formulas neutralised, otherwise unchanged
    rows = list(csv.DictReader(io.StringIO(tables.entities_csv(graph))))
    for row in rows:
        assert not row["name"].startswith(("=", "+", "-", "@", "\t", "\r"))
        guarded = row["name"][:1] == "'" and row["name"][1:2] in tables.FORMULA_STARTS
        restored = row["name"][1:] if guarded else row["name"]
        assert restored in names  # before: a name starting with '= came back as ='
    assert {safe_name for safe_name in (tables.safe_cell(n) for n in names)} == {tables.safe_cell(n) for n in names}
    # HTML: data embedded as JSON that parses back; nothing from the input becomes markup
    page = html.generate(to_networkx(graph))
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert data is not None
    payload = json.loads(data.group(1))
    assert names <= {n["label"] for n in payload["nodes"]}
    benign = html.generate(to_networkx(_graph(["甲", "乙"])))
    assert page.count("<script") == benign.count("<script") and page.count("</script") == benign.count("</script")
    assert "<" not in data.group(1) and ">" not in data.group(1)


@pytest.mark.parametrize("name", NASTY)
def test_nasty_names(name: str) -> None:
    _check_round_trips(_graph([name, "二七区" + name, name + "公司"]))


@pytest.mark.parametrize("name", NASTY)
def test_nasty_names_in_the_page_of_a_built_graph(name: str) -> None:
    graph = _graph([name, "二七区" + name, name + "公司"])
    for layout in ("browser", "python"):
        data, _ = html.kg_data(graph, layout=layout)
        assert "".join(data) == html.embed_json(html.build_payload(to_networkx(graph), layout=layout))


@settings(max_examples=40 if settings.default.max_examples <= 200 else settings.default.max_examples)
@given(st.lists(name_text, min_size=1, max_size=5, unique=True))
def test_random_names(names: list[str]) -> None:
    _check_round_trips(_graph(names))


def test_iri_unsafe_names_make_valid_iris() -> None:
    graph = _graph(['a b<c>"d{e}|f^g`h\\i', "百分号%20", "#井号?"])
    for line in rdf.ntriples_lines(graph):
        for iri in re.findall(r"<([^>]*)>", line):
            assert not set(iri) & set(' <>"{}|^`\\'), iri
    assert all(c in string.printable or ord(c) > 127 for c in "".join(rdf.ntriples_lines(graph)))
