"""Exports: byte-identical to the committed ones, parseable, round-tripping, traceable."""

from __future__ import annotations

import csv
import difflib
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph

from kg.export.rdf import PREFIXES, _Described, _TurtleTerms, write_rdf
from kg.graph import to_networkx
from kg.model import ENTITY_TYPES, Evidence, KnowledgeGraph
from kg.read import read_inputs
from kg.text import is_cjk

from .conftest import EXPORTS, SEEDS

EXPORT_FILES = ("graph.ttl", "graph.nt", "graph.graphml", "graph.html", "entities.csv", "relations.csv")


@pytest.mark.parametrize("name", EXPORT_FILES)
def test_committed_exports_match_a_fresh_build(seed_exports: Path, name: str, request: pytest.FixtureRequest) -> None:
    fresh = (seed_exports / name).read_bytes()
    committed_path = EXPORTS / name
    if request.config.getoption("--update-golden"):
        shutil.copyfile(seed_exports / name, committed_path)
        return
    committed = committed_path.read_bytes() if committed_path.exists() else b""
    if fresh != committed:
        diff = difflib.unified_diff(
            committed.decode("utf-8", "replace").splitlines(),
            fresh.decode("utf-8", "replace").splitlines(),
            "committed",
            "fresh",
            lineterm="",
            n=1,
        )
        pytest.fail(
            f"exports/{name} differs from a fresh build (run pytest --update-golden to refresh on purpose):\n"
            + "\n".join(list(diff)[:40])
        )


def test_turtle_and_ntriples_hold_the_same_triples(seed_exports: Path) -> None:
    turtle = Graph().parse(seed_exports / "graph.ttl", format="turtle")
    ntriples = Graph().parse(seed_exports / "graph.nt", format="nt")
    assert len(turtle) == len(ntriples) > 1000
    assert set(turtle) == set(ntriples)


def test_graphml_reads_back(seed_exports: Path, seed_graph: KnowledgeGraph) -> None:
    original = to_networkx(seed_graph)
    loaded = nx.read_graphml(seed_exports / "graph.graphml", force_multigraph=True)
    assert loaded.number_of_nodes() == original.number_of_nodes()
    assert loaded.number_of_edges() == original.number_of_edges()
    node = loaded.nodes["official/樊惠林"]
    assert node["type"] == "official" and node["label"] == "樊惠林"


def test_html_is_offline(seed_exports: Path) -> None:
    page = (seed_exports / "graph.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page
    assert "樊惠林" in page


def test_csv_columns_and_references(seed_exports: Path) -> None:
    with (seed_exports / "entities.csv").open(encoding="utf-8") as handle:
        entities = list(csv.DictReader(handle))
    assert list(entities[0]) == ["id", "type", "name", "aliases", "posts", "docs", "mentions"]
    assert {e["type"] for e in entities} <= set(ENTITY_TYPES)
    ids = {e["id"] for e in entities}
    with (seed_exports / "relations.csv").open(encoding="utf-8") as handle:
        relations = list(csv.DictReader(handle))
    assert list(relations[0]) == ["head", "relation", "tail", "weight", "evidence"]
    for relation in relations:
        assert relation["head"] in ids or relation["head"].startswith("article/")
        assert relation["tail"] in ids or relation["tail"].startswith("article/")
        assert int(relation["weight"]) >= 1 and relation["evidence"]


def test_every_relation_has_evidence_pointing_into_its_file(seed_graph: KnowledgeGraph) -> None:
    originals = {doc.path: doc.text for doc in read_inputs([str(SEEDS)])}
    for relation in seed_graph.relations:
        assert relation.evidence, relation
        assert relation.weight == len(relation.evidence)
        for evidence in relation.evidence:
            if evidence.doc not in originals:
                assert evidence.doc == "kg/data/divisions.csv"
                continue
            source = originals[evidence.doc][evidence.start : evidence.end]
            assert [c for c in source if is_cjk(c)] == [c for c in evidence.sentence if is_cjk(c)], evidence


def test_build_is_deterministic(seed_graph: KnowledgeGraph) -> None:
    from kg.export.rdf import ntriples_lines
    from kg.pipeline import build

    again = build([str(SEEDS)])
    assert ntriples_lines(again) == ntriples_lines(seed_graph)


@pytest.mark.parametrize("jobs", [2, 3])
def test_exports_written_by_several_processes_are_the_same(
    seed_graph: KnowledgeGraph, seed_exports: Path, tmp_path: Path, jobs: int
) -> None:
    from kg.export import export

    written = export(seed_graph, tmp_path / "out", jobs=jobs)
    assert [path.name for path in written] == list(EXPORT_FILES)
    for path in written:
        assert path.read_bytes() == (seed_exports / path.name).read_bytes(), path.name


def test_a_failing_export_process_leaves_the_previous_exports(
    seed_graph: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.export
    from kg.errors import ExportError

    out = tmp_path / "out"
    kg.export.export(seed_graph, out)
    before = {path.name: path.read_bytes() for path in out.iterdir()}

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.export, "_write_rdf", disk_full)  # the RDF files are written by a child
    with pytest.raises(ExportError, match="No space left on device"):
        kg.export.export(seed_graph, out, jobs=2)
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_an_export_worker_that_ignores_termination_is_killed(
    seed_graph: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure in the parent ends the export though a child is stuck where its SIGTERM
    handler cannot run: it is killed after a grace period, not waited for."""
    import os
    import signal
    import time

    import kg.export
    from kg.errors import ExportError

    parent = os.getpid()
    finished = tmp_path / "child-finished"

    def stuck_or_failing(*args: object) -> None:
        if os.getpid() == parent:
            time.sleep(0.5)  # let the child start on its unit
            raise OSError(28, "No space left on device")
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        time.sleep(30)
        finished.touch()

    monkeypatch.setattr(kg.export, "_write_formats", stuck_or_failing)
    monkeypatch.setattr(kg.export, "TERMINATE_GRACE", 0.5, raising=False)
    with pytest.raises(ExportError, match="No space left on device"):
        kg.export.export(seed_graph, tmp_path / "out", jobs=2)
    assert not finished.exists()


def _shortened_by_scanning(term: str) -> str:
    """The Turtle form of an IRI as the longest vocabulary namespace it starts with gives it."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if term.startswith("<" + namespace):
            local = term[len(namespace) + 1 : -1]
            return f"{prefix}:{local}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", local) else term
    return term


def test_turtle_shortens_iris_as_a_scan_of_the_namespaces_would() -> None:
    assert all(namespace.endswith(("/", "#")) for namespace in PREFIXES.values())
    terms = [
        f"<{namespace}{local}>" for namespace in PREFIXES.values() for local in ("holdsPost", "a/b", "x#y", "", "9x")
    ]
    terms += [
        "<https://example.org/kg/entity/official/樊惠林>",
        "<https://example.org/kg/article/000/p1.txt#0>",
        "<https://example.org/kg/ns#sub/part>",
        "<http://xmlns.com/foaf/0.1/name>",
        "<urn:x>",
    ]
    shorten = _TurtleTerms()
    for term in terms:
        assert shorten(term) == _shortened_by_scanning(term), term


@pytest.mark.parametrize("base_iri", ["http://www.w3.org/ns/", "http://xmlns.com/foaf/0.1/kg#"])
def test_turtle_and_ntriples_agree_under_a_base_iri_beside_the_vocabulary(
    seed_graph: KnowledgeGraph, tmp_path: Path, base_iri: str
) -> None:
    write_rdf(seed_graph, tmp_path / "graph.ttl", tmp_path / "graph.nt", base_iri=base_iri)
    turtle = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    ntriples = Graph().parse(tmp_path / "graph.nt", format="nt")
    assert len(turtle) == len(ntriples) > 1000
    assert set(turtle) == set(ntriples)


def test_each_evidence_node_is_described_once() -> None:
    described = _Described()
    found = [
        (Evidence("a.txt", 0, "", "句子", 5, 9), "s1"),
        (Evidence("a.txt", 0, "", "句子长", 5, 10), "s2"),  # same start, another span
        (Evidence("b.txt", 1, "", "句子", 5, 9), "s3"),  # same span, another file
        (Evidence("a.txt", 0, "", "前", 0, 1), "s4"),  # before the others
        (Evidence("kg/data/divisions.csv", -1, "", "二七区 410103 ⊂ 郑州市 410100", -1, -1), "g1"),
    ]
    assert [described.first(evidence, node) for evidence, node in found] == [True] * 5
    assert [described.first(evidence, node) for evidence, node in found] == [False] * 5


# characters around each rule: quotes, backslashes, controls, line separators, surrogates,
# XML's forbidden characters, markup, CJK
_TRICKY = st.text(
    alphabet=st.sampled_from('"\\\n\r\t\x00\x08\x0b\x1f\x7f\x85\u2028\u2029\ud800\udfff\ufffe&<>a 郑州　'),
    max_size=12,
)


@given(_TRICKY)
def test_literal_escaping_shortcut_agrees_with_the_full_escape(text: str) -> None:
    from kg.export.rdf import _NEEDS_ESCAPE, _escape_char, nt_string

    assert nt_string(text) == _NEEDS_ESCAPE.sub(_escape_char, text)


@given(_TRICKY)
def test_graphml_escaping_shortcut_agrees_with_the_full_escape(text: str) -> None:
    from kg.export.graphml import _TO_ESCAPE, _TO_ESCAPE_IN_ATTRIBUTE, _XML_INVALID, _text

    for pattern in (_TO_ESCAPE, _TO_ESCAPE_IN_ATTRIBUTE):
        slow = _XML_INVALID.sub("\ufffd", text)
        slow = slow.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
        if pattern is _TO_ESCAPE_IN_ATTRIBUTE:
            slow = slow.replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
        assert _text(text, pattern) == slow
