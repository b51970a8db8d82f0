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

Both files are written as a stream of terms already in N-Triples syntax, without an
in-memory RDF graph: at a few million triples rdflib's graph and Turtle serializer
took most of a build's time and memory. Turtle groups the consecutive triples of a
subject and abbreviates the vocabulary with prefixes; data IRIs are written in full.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.export.atomic import open_atomic
from kg.graph import dumps
from kg.model import Entity, Evidence, KnowledgeGraph, Post, Relation

if TYPE_CHECKING:
    from rdflib import Graph

DEFAULT_BASE_IRI = "https://example.org/kg/"

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
KG_NS = "https://example.org/kg/ns#"
SCHEMA_NS = "https://schema.org/"
ORG_NS = "http://www.w3.org/ns/org#"
PROV_NS = "http://www.w3.org/ns/prov#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
FOAF_NS = "http://xmlns.com/foaf/0.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
PREFIXES: dict[str, str] = {
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "xsd": XSD_NS,
    "kg": KG_NS,
    "schema": SCHEMA_NS,
    "org": ORG_NS,
    "prov": PROV_NS,
    "skos": SKOS_NS,
    "foaf": FOAF_NS,
    "dcterms": DCTERMS_NS,
}


def _iri(namespace: str, local: str) -> str:
    return f"<{namespace}{local}>"


A = _iri(RDF_NS, "type")
LABEL = _iri(RDFS_NS, "label")
XSD_INTEGER = f"{XSD_NS}integer"


def kg(local: str) -> str:
    return _iri(KG_NS, local)


CLASSES = {
    "official": (kg("Official"), _iri(FOAF_NS, "Person"), _iri(SCHEMA_NS, "Person")),
    "person": (kg("Person"), _iri(FOAF_NS, "Person"), _iri(SCHEMA_NS, "Person")),
    "journalist": (kg("Journalist"), _iri(FOAF_NS, "Person"), _iri(SCHEMA_NS, "Person")),
    "district": (kg("District"), _iri(SCHEMA_NS, "AdministrativeArea")),
    "company": (kg("Company"), _iri(ORG_NS, "Organization"), _iri(SCHEMA_NS, "Corporation")),
    "organization": (kg("Organization"), _iri(ORG_NS, "Organization")),
    "project": (kg("Project"), _iri(SCHEMA_NS, "Project")),
}
PROPERTIES = {
    "holds_post": kg("holdsPost"),
    "part_of": kg("partOf"),
    "located_in": kg("locatedIn"),
    "visited": kg("visited"),
    "signed": kg("signed"),
    "chaired": kg("chaired"),
    "attended": kg("attended"),
    "works_for": kg("worksFor"),
    "reported": kg("reported"),
    "about": kg("about"),
    "co_mentioned": kg("coMentioned"),
    "co_occurs": kg("coOccurs"),
}
ALT_LABEL = _iri(SKOS_NS, "altLabel")
ORG_POST, ORG_HOLDS, ORG_HELD_BY, ORG_POST_IN = (_iri(ORG_NS, n) for n in ("Post", "holds", "heldBy", "postIn"))
PROV_ENTITY, PROV_DERIVED = _iri(PROV_NS, "Entity"), _iri(PROV_NS, "wasDerivedFrom")
RDF_STATEMENT, RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = (
    _iri(RDF_NS, n) for n in ("Statement", "subject", "predicate", "object")
)
IS_PART_OF = _iri(DCTERMS_NS, "isPartOf")
NEWS_ARTICLE, HEADLINE = _iri(SCHEMA_NS, "NewsArticle"), _iri(SCHEMA_NS, "headline")

_IRI_UNSAFE = set(" <>\"{}|\\^`%#?/[]@!$&'()*+,;=") | {chr(c) for c in range(0x20)} | {"\x7f"}


def _iri_unsafe(ch: str) -> bool:
    return ch in _IRI_UNSAFE or ch.isspace() or unicodedata.category(ch)[0] in "CZ"


@functools.lru_cache(maxsize=65536)  # file names come back with every sentence
def iri_part(text: str) -> str:
    """Percent-encode what an IRI path segment cannot hold (reserved characters, spaces,
    controls, separators); keep Chinese and other letters as they are."""
    return "".join("".join(f"%{b:02X}" for b in ch.encode("utf-8")) if _iri_unsafe(ch) else ch for ch in text)


_NT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]')
_IRI_NEEDS_ESCAPE = re.compile(r'[<>"{}|^`\\\x00-\x20]')


def _escape_char(match: re.Match[str]) -> str:
    ch = match.group()
    return _NT_ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def nt_string(text: str) -> str:
    """The body of an N-Triples (and Turtle) string literal: quotes, backslashes,
    line breaks and other controls escaped."""
    return _NEEDS_ESCAPE.sub(_escape_char, text)


def _uchar(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04X}"


def iri(text: str) -> str:
    """An IRI term: ``<text>``, with the characters the grammar forbids as ``\\uXXXX``."""
    return f"<{_IRI_NEEDS_ESCAPE.sub(_uchar, text)}>"


def zh(text: str) -> str:
    return f'"{nt_string(text)}"@zh'


def plain(text: str) -> str:
    return f'"{nt_string(text)}"'


def integer(value: int) -> str:
    return f'"{int(value)}"^^<{XSD_INTEGER}>'


class IriMaker:
    """Stable IRIs of nodes, articles, sentences, posts and statements, as terms."""

    def __init__(self, base: str = DEFAULT_BASE_IRI) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self._nodes: dict[str, str] = {}

    def node(self, node_id: str) -> str:
        term = self._nodes.get(node_id)
        if term is None:
            if node_id.startswith("article/"):
                doc, _, index = node_id[len("article/") :].rpartition("#")
                term = self.article(doc, int(index))
            else:
                type_, _, name = node_id.partition("/")
                term = iri(f"{self.base}entity/{type_}/{iri_part(name)}")
            self._nodes[node_id] = term
        return term

    def article(self, doc: str, index: int) -> str:
        return iri(f"{self.base}article/{iri_part(doc)}/{index}")

    def sentence(self, evidence: Evidence) -> str:
        if evidence.article < 0:
            digest = hashlib.sha1(evidence.sentence.encode("utf-8", "surrogatepass")).hexdigest()[:16]
            return iri(f"{self.base}source/{iri_part(evidence.doc)}/{digest}")
        return iri(f"{self.base}sentence/{iri_part(evidence.doc)}/{evidence.start}-{evidence.end}")

    def post(self, holder: str, post: Post) -> str:
        digest = _digest([holder, post.title, post.organization, post.district])
        return iri(f"{self.base}post/{digest}")

    def statement(self, relation: Relation) -> str:
        digest = _digest([relation.head, relation.relation, relation.tail, relation.attrs])
        return iri(f"{self.base}statement/{digest}")


def _digest(value: object) -> str:
    return hashlib.sha1(dumps(value).encode("utf-8", "surrogatepass")).hexdigest()[:16]


Triple = tuple[str, str, str]


def _entity_triples(entity: Entity, iris: IriMaker, places: dict[str, str]) -> Iterator[Triple]:
    """Triples of one entity; ``places`` maps organisation and district names to node ids."""
    subject = iris.node(entity.id)
    for cls in CLASSES[entity.type]:
        yield subject, A, cls
    yield subject, LABEL, zh(entity.name)
    yield subject, kg("entityType"), plain(entity.type)
    yield subject, kg("mentionCount"), integer(entity.mentions)
    for alias in sorted(entity.aliases):
        yield subject, ALT_LABEL, zh(alias)
    for doc in sorted(entity.docs):
        yield subject, kg("sourceFile"), plain(doc)
    if entity.code:
        yield subject, kg("adminCode"), plain(entity.code)
    if entity.level:
        yield subject, kg("level"), plain(entity.level)
    posts = [(iris.post(entity.id, post), post) for post in entity.posts]
    for post_iri, _ in posts:
        yield subject, ORG_HOLDS, post_iri
    for post_iri, post in posts:
        yield post_iri, A, ORG_POST
        yield post_iri, LABEL, zh(post.title)
        yield post_iri, ORG_HELD_BY, subject
        if post.organization:
            if post.organization in places:
                yield post_iri, ORG_POST_IN, iris.node(places[post.organization])
            yield post_iri, kg("organizationName"), zh(post.organization)
        if post.district:
            yield post_iri, kg("districtName"), zh(post.district)
            if post.district in places:
                yield post_iri, kg("postDistrict"), iris.node(places[post.district])


def _evidence_triples(node: str, evidence: Evidence, iris: IriMaker) -> Iterator[Triple]:
    if evidence.article < 0:
        yield node, A, PROV_ENTITY
        yield node, LABEL, zh(evidence.sentence)
        yield node, kg("sourceFile"), plain(evidence.doc)
        return
    yield node, A, kg("Sentence")
    yield node, kg("text"), zh(evidence.sentence)
    yield node, kg("sourceFile"), plain(evidence.doc)
    yield node, kg("startOffset"), integer(evidence.start)
    yield node, kg("endOffset"), integer(evidence.end)
    yield node, IS_PART_OF, iris.article(evidence.doc, evidence.article)


def triples(kg_: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[Triple]:
    """Every triple of the graph once, as N-Triples terms, in a stable order: entities,
    articles, then each relation's direct triple, statement and (first use) sentences."""
    iris = IriMaker(base_iri)
    described: set[str] = set()  # evidence nodes already written
    linked: set[tuple[str, str, str]] = set()
    places: dict[str, str] = {}
    entities = sorted(kg_.entities.values(), key=lambda e: e.id)
    for entity in entities:
        if entity.type in ("organization", "company", "district"):
            places.setdefault(entity.name, entity.id)
    for entity in entities:
        yield from _entity_triples(entity, iris, places)
    for article in sorted(kg_.articles.values(), key=lambda a: a.id):
        subject = iris.article(article.doc, article.index)
        yield subject, A, NEWS_ARTICLE
        if article.headline:
            yield subject, HEADLINE, zh(article.headline)
        yield subject, LABEL, zh(article.headline or f"{article.doc} #{article.index}")
        yield subject, kg("sourceFile"), plain(article.doc)
        yield subject, kg("articleIndex"), integer(article.index)
        yield subject, kg("startOffset"), integer(article.start)
        yield subject, kg("endOffset"), integer(article.end)
    for relation in kg_.relations:
        head, tail = iris.node(relation.head), iris.node(relation.tail)
        predicate = PROPERTIES[relation.relation]
        if (head, predicate, tail) not in linked:  # two posts in one body: one direct triple
            linked.add((head, predicate, tail))
            yield head, predicate, tail
        statement = iris.statement(relation)
        yield statement, A, RDF_STATEMENT
        yield statement, RDF_SUBJECT, head
        yield statement, RDF_PREDICATE, predicate
        yield statement, RDF_OBJECT, tail
        yield statement, kg("weight"), integer(relation.weight)
        if "post" in relation.attrs:
            yield statement, kg("post"), zh(relation.attrs["post"])
        if "role" in relation.attrs:
            yield statement, kg("role"), zh(relation.attrs["role"])
        if "basis" in relation.attrs:
            yield statement, kg("basis"), plain(relation.attrs["basis"])
        nodes = [iris.sentence(evidence) for evidence in relation.evidence]
        for node in nodes:
            yield statement, PROV_DERIVED, node
        for node, evidence in zip(nodes, relation.evidence):
            if node not in described:
                described.add(node)
                yield from _evidence_triples(node, evidence, iris)


def iter_ntriples(kg_: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[str]:
    """N-Triples lines in the stable order of :func:`triples`, one at a time (a stream
    ready for a bulk load into a triple store)."""
    for s, p, o in triples(kg_, base_iri):
        yield f"{s} {p} {o} .\n"


def ntriples_lines(kg_: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> list[str]:
    return list(iter_ntriples(kg_, base_iri))


_PN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_INTEGER_LITERAL = re.compile(r'"(-?[0-9]+)"\^\^<' + re.escape(XSD_INTEGER) + ">")


class _TurtleTerms:
    """Shortens N-Triples terms for Turtle: ``a``, prefixed vocabulary names, bare integers."""

    def __init__(self) -> None:
        self._short: dict[str, str] = {A: "a"}
        self._namespaces = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))

    def __call__(self, term: str) -> str:
        short = self._short.get(term)
        if short is not None:
            return short
        if term.startswith('"'):
            match = _INTEGER_LITERAL.fullmatch(term)
            return match.group(1) if match else term
        short = term
        for prefix, namespace in self._namespaces:
            if term.startswith(namespace, 1):
                local = term[len(namespace) + 1 : -1]
                if _PN_LOCAL.fullmatch(local):
                    short = f"{prefix}:{local}"
                break
        if len(self._short) < 100_000:  # vocabulary and frequent nodes; data IRIs mostly miss
            self._short[term] = short
        return short


def iter_turtle(triples_: Iterable[Triple], base_iri: str = DEFAULT_BASE_IRI) -> Iterator[str]:
    """Turtle text in pieces: prefixes, then the triples of each run of one subject as
    ``s p o ; p o , o .``."""
    for prefix, namespace in PREFIXES.items():
        yield f"@prefix {prefix}: <{namespace}> .\n"
    yield "\n"
    short = _TurtleTerms()
    subject = predicate = None
    for s, p, o in triples_:
        if s != subject:
            if subject is not None:
                yield " .\n\n"
            subject, predicate = s, p
            yield f"{s}\n    {short(p)} {short(o)}"
        elif p != predicate:
            predicate = p
            yield f" ;\n    {short(p)} {short(o)}"
        else:
            yield f" ,\n        {short(o)}"
    if subject is not None:
        yield " .\n"


def write_turtle(kg_: KnowledgeGraph, path: str | os.PathLike[str], base_iri: str = DEFAULT_BASE_IRI) -> None:
    with open_atomic(path) as handle:
        handle.writelines(iter_turtle(triples(kg_, base_iri), base_iri))


def write_ntriples(kg_: KnowledgeGraph, path: str | os.PathLike[str], base_iri: str = DEFAULT_BASE_IRI) -> None:
    with open_atomic(path) as handle:
        handle.writelines(iter_ntriples(kg_, base_iri))


def to_rdflib(kg_: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """The graph as an in-memory ``rdflib.Graph`` (for tests and small graphs)."""
    from rdflib import Graph

    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.parse(data="".join(iter_ntriples(kg_, base_iri)), format="nt")
    return graph
