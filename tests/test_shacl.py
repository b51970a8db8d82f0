"""The exports satisfy kg/data/shapes.ttl; a relation stripped of its evidence is caught."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from rdflib import RDF, Graph
from rdflib.namespace import DCTERMS, PROV

from kg.export.rdf import PROPERTIES

pyshacl = pytest.importorskip("pyshacl")


def _shapes() -> tuple[Graph, Graph]:
    data = resources.files("kg.data")
    shapes = Graph().parse(data=data.joinpath("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    ontology = Graph().parse(data=data.joinpath("ontology.ttl").read_text(encoding="utf-8"), format="turtle")
    return shapes, ontology


def _validate(graph: Graph) -> tuple[bool, str]:
    shapes, ontology = _shapes()
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology, advanced=True, inference="none")
    return conforms, text


def test_ontology_documents_every_term_in_both_languages() -> None:
    _, ontology = _shapes()
    from rdflib import RDFS, Namespace

    kg = Namespace("https://example.org/kg/ns#")
    terms = {s for s in ontology.subjects() if str(s).startswith(str(kg)) and s != kg[""]}
    assert len(terms) > 30
    for term in terms:
        labels = {label.language for label in ontology.objects(term, RDFS.label)}
        comments = {c.language for c in ontology.objects(term, RDFS.comment)}
        assert {"en", "zh"} <= labels and {"en", "zh"} <= comments, term


def test_seed_export_conforms(seed_exports: Path) -> None:
    conforms, text = _validate(Graph().parse(seed_exports / "graph.ttl"))
    assert conforms, text[:2000]


def test_relation_without_evidence_is_caught(seed_exports: Path) -> None:
    full = Graph().parse(seed_exports / "graph.nt", format="nt")
    statement = sorted(full.subjects(RDF.type, RDF.Statement))[0]
    subject = full.value(statement, RDF.subject)
    keep = Graph()
    for triple in full.triples((subject, None, None)):
        keep.add(triple)
    for st in full.subjects(RDF.subject, subject):
        for triple in full.triples((st, None, None)):
            keep.add(triple)
        for evidence in full.objects(st, PROV.wasDerivedFrom):
            for triple in full.triples((evidence, None, None)):
                keep.add(triple)
            for article in full.objects(evidence, DCTERMS.isPartOf):
                for triple in full.triples((article, None, None)):
                    if f"<{triple[1]}>" not in PROPERTIES.values():
                        keep.add(triple)
    conforms, text = _validate(keep)
    assert conforms, text[:2000]
    keep.remove((statement, PROV.wasDerivedFrom, None))
    conforms, text = _validate(keep)
    assert not conforms
    assert "every relation has evidence" in text
