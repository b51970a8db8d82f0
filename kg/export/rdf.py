"""``graph.ttl`` and ``graph.nt``: the graph in RDF, vocabulary in ``kg/data/ontology.ttl``.

* entities: a ``kg:Official`` (etc.), ``rdfs:label`` in ``@zh``, ``skos:altLabel`` for
  aliases; districts carry ``kg:adminCode`` and ``kg:level``;
* posts: W3C ORG, ``official org:holds post``, ``post org:postIn organisation``;
* relations: a direct triple ``head kg:visited tail`` for easy SPARQL, plus a
  ``rdf:Statement`` node (``kg:weight``, ``kg:post`` or ``kg:role``) that is
  ``prov:wasDerivedFrom`` each supporting ``kg:Sentence`` (text and offsets into the
  source file), itself ``dcterms:isPartOf`` its ``schema:NewsArticle``.

IRIs are stable: they are built from type and name (entities), file and index
(articles), file and offsets (sentences), and a hash of the statement.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Iterator

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SKOS

from kg.export.atomic import open_atomic, write_text
from kg.graph import dumps
from kg.model import Entity, Evidence, KnowledgeGraph, Post, Relation

DEFAULT_BASE_IRI = "https://example.org/kg/"
KG = Namespace("https://example.org/kg/ns#")
SCHEMA = Namespace("https://schema.org/")

CLASSES = {
    "official": (KG.Official, FOAF.Person, SCHEMA.Person),
    "person": (KG.Person, FOAF.Person, SCHEMA.Person),
    "journalist": (KG.Journalist, FOAF.Person, SCHEMA.Person),
    "district": (KG.District, SCHEMA.AdministrativeArea),
    "company": (KG.Company, ORG.Organization, SCHEMA.Corporation),
    "organization": (KG.Organization, ORG.Organization),
    "project": (KG.Project, SCHEMA.Project),
}
PROPERTIES = {
    "holds_post": KG.holdsPost,
    "part_of": KG.partOf,
    "located_in": KG.locatedIn,
    "visited": KG.visited,
    "signed": KG.signed,
    "chaired": KG.chaired,
    "attended": KG.attended,
    "works_for": KG.worksFor,
    "reported": KG.reported,
    "about": KG.about,
    "co_mentioned": KG.coMentioned,
    "co_occurs": KG.coOccurs,
}
_IRI_UNSAFE = set(' <>"{}|\\^`%#?/[]@!$&\'()*+,;=') | {chr(c) for c in range(0x20)} | {"\x7f"}


def _iri_unsafe(ch: str) -> bool:
    return ch in _IRI_UNSAFE or ch.isspace() or unicodedata.category(ch)[0] in "CZ"


def iri_part(text: str) -> str:
    """Percent-encode what an IRI path segment cannot hold (reserved characters, spaces,
    controls, separators); keep Chinese and other letters as they are."""
    return "".join("".join(f"%{b:02X}" for b in ch.encode("utf-8")) if _iri_unsafe(ch) else ch for ch in text)


class IriMaker:
    def __init__(self, base: str = DEFAULT_BASE_IRI) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def node(self, node_id: str) -> URIRef:
        if node_id.startswith("article/"):
            doc, _, index = node_id[len("article/") :].rpartition("#")
            return self.article(doc, int(index))
        type_, _, name = node_id.partition("/")
        return URIRef(f"{self.base}entity/{type_}/{iri_part(name)}")

    def article(self, doc: str, index: int) -> URIRef:
        return URIRef(f"{self.base}article/{iri_part(doc)}/{index}")

    def sentence(self, evidence: Evidence) -> URIRef:
        if evidence.article < 0:
            digest = hashlib.sha1(evidence.sentence.encode("utf-8")).hexdigest()[:16]
            return URIRef(f"{self.base}source/{iri_part(evidence.doc)}/{digest}")
        return URIRef(f"{self.base}sentence/{iri_part(evidence.doc)}/{evidence.start}-{evidence.end}")

    def post(self, holder: str, post: Post) -> URIRef:
        digest = hashlib.sha1(dumps([holder, post.title, post.organization, post.district]).encode("utf-8")).hexdigest()[:16]
        return URIRef(f"{self.base}post/{digest}")

    def statement(self, relation: Relation) -> URIRef:
        digest = hashlib.sha1(dumps([relation.head, relation.relation, relation.tail, relation.attrs]).encode("utf-8")).hexdigest()[:16]
        return URIRef(f"{self.base}statement/{digest}")


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def _entity_triples(entity: Entity, iris: IriMaker, places: dict[str, str]) -> Iterator[tuple]:
    """Triples of one entity; ``places`` maps organisation and district names to node ids."""
    subject = iris.node(entity.id)
    for cls in CLASSES[entity.type]:
        yield subject, RDF.type, cls
    yield subject, RDFS.label, _zh(entity.name)
    yield subject, KG.entityType, Literal(entity.type)
    yield subject, KG.mentionCount, _integer(entity.mentions)
    for alias in sorted(entity.aliases):
        yield subject, SKOS.altLabel, _zh(alias)
    for doc in sorted(entity.docs):
        yield subject, KG.sourceFile, Literal(doc)
    if entity.code:
        yield subject, KG.adminCode, Literal(entity.code)
    if entity.level:
        yield subject, KG.level, Literal(entity.level)
    for post in entity.posts:
        post_iri = iris.post(entity.id, post)
        yield post_iri, RDF.type, ORG.Post
        yield post_iri, RDFS.label, _zh(post.title)
        yield post_iri, ORG.heldBy, subject
        yield subject, ORG.holds, post_iri
        if post.organization:
            if post.organization in places:
                yield post_iri, ORG.postIn, iris.node(places[post.organization])
            yield post_iri, KG.organizationName, _zh(post.organization)
        if post.district:
            yield post_iri, KG.districtName, _zh(post.district)
            if post.district in places:
                yield post_iri, KG.postDistrict, iris.node(places[post.district])


def _evidence_triples(evidence: Evidence, iris: IriMaker) -> Iterator[tuple]:
    node = iris.sentence(evidence)
    if evidence.article < 0:
        yield node, RDF.type, PROV.Entity
        yield node, RDFS.label, _zh(evidence.sentence)
        yield node, KG.sourceFile, Literal(evidence.doc)
        return
    yield node, RDF.type, KG.Sentence
    yield node, KG.text, _zh(evidence.sentence)
    yield node, KG.sourceFile, Literal(evidence.doc)
    yield node, KG.startOffset, _integer(evidence.start)
    yield node, KG.endOffset, _integer(evidence.end)
    yield node, DCTERMS.isPartOf, iris.article(evidence.doc, evidence.article)


def triples(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[tuple]:
    """Every triple of the graph once, entities first, in a stable order."""
    iris = IriMaker(base_iri)
    described: set[URIRef] = set()  # evidence nodes already written
    linked: set[tuple[URIRef, URIRef, URIRef]] = set()
    places: dict[str, str] = {}
    for entity in sorted(kg.entities.values(), key=lambda e: e.id):
        if entity.type in ("organization", "company", "district"):
            places.setdefault(entity.name, entity.id)
    for entity in sorted(kg.entities.values(), key=lambda e: e.id):
        yield from _entity_triples(entity, iris, places)
    for article in sorted(kg.articles.values(), key=lambda a: a.id):
        subject = iris.article(article.doc, article.index)
        yield subject, RDF.type, SCHEMA.NewsArticle
        if article.headline:
            yield subject, SCHEMA.headline, _zh(article.headline)
        yield subject, RDFS.label, _zh(article.headline or f"{article.doc} #{article.index}")
        yield subject, KG.sourceFile, Literal(article.doc)
        yield subject, KG.articleIndex, _integer(article.index)
        yield subject, KG.startOffset, _integer(article.start)
        yield subject, KG.endOffset, _integer(article.end)
    for relation in kg.relations:
        head, tail = iris.node(relation.head), iris.node(relation.tail)
        predicate = PROPERTIES[relation.relation]
        if (head, predicate, tail) not in linked:  # two posts in one body: one direct triple
            linked.add((head, predicate, tail))
            yield head, predicate, tail
        statement = iris.statement(relation)
        yield statement, RDF.type, RDF.Statement
        yield statement, RDF.subject, head
        yield statement, RDF.predicate, predicate
        yield statement, RDF.object, tail
        yield statement, KG.weight, _integer(relation.weight)
        if "post" in relation.attrs:
            yield statement, KG.post, _zh(relation.attrs["post"])
        if "role" in relation.attrs:
            yield statement, KG.role, _zh(relation.attrs["role"])
        if "basis" in relation.attrs:
            yield statement, KG.basis, Literal(relation.attrs["basis"])
        for evidence in relation.evidence:
            node = iris.sentence(evidence)
            yield statement, PROV.wasDerivedFrom, node
            if node not in described:
                described.add(node)
                yield from _evidence_triples(evidence, iris)


def to_rdflib(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    graph = Graph()
    for prefix, namespace in (("kg", KG), ("schema", SCHEMA), ("org", ORG), ("prov", PROV), ("skos", SKOS), ("foaf", FOAF), ("dcterms", DCTERMS)):
        graph.bind(prefix, namespace)
    graph.bind("data", Namespace(IriMaker(base_iri).base))
    for triple in triples(kg, base_iri):
        graph.add(triple)
    return graph


_NT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NT_IRI_UNSAFE = set('<>"{}|^`\\ ') | {chr(c) for c in range(0x21)}


def _nt_string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _NT_ESCAPES:
            out.append(_NT_ESCAPES[ch])
        elif ord(ch) < 0x20 or ch in "\x7f\x85\u2028\u2029" or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)


def nt_term(term: URIRef | Literal) -> str:
    """One N-Triples term, escaped as the W3C grammar requires (newlines, quotes...)."""
    if isinstance(term, Literal):
        text = f'"{_nt_string(str(term))}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype:
            return f"{text}^^{nt_term(URIRef(term.datatype))}"
        return text
    iri = "".join(f"\\u{ord(c):04X}" if c in _NT_IRI_UNSAFE else c for c in str(term))
    return f"<{iri}>"


def iter_ntriples(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[str]:
    """N-Triples lines in the stable order of :func:`triples`, one at a time (a stream
    ready for a bulk load into a triple store)."""
    for s, p, o in triples(kg, base_iri):
        yield f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n"


def ntriples_lines(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> list[str]:
    return list(iter_ntriples(kg, base_iri))


def write_turtle(kg: KnowledgeGraph, path: str | os.PathLike[str], base_iri: str = DEFAULT_BASE_IRI) -> None:
    write_text(path, to_rdflib(kg, base_iri).serialize(format="turtle"))


def write_ntriples(kg: KnowledgeGraph, path: str | os.PathLike[str], base_iri: str = DEFAULT_BASE_IRI) -> None:
    with open_atomic(path) as handle:
        handle.writelines(iter_ntriples(kg, base_iri))
