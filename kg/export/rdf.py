"""``graph.ttl`` and ``graph.nt``: the graph in RDF, vocabulary in ``kg/data/ontology.ttl``.

* entities: a ``kg:Official`` (etc.), ``rdfs:label`` in ``@zh``, ``skos:altLabel`` for
  aliases; districts carry ``kg:adminCode`` and ``kg:level``;
* posts: W3C ORG, ``official org:holds post``, ``post org:postIn organisation``;
* relations: a direct triple ``head kg:visited tail`` for easy SPARQL, plus a
  ``rdf:Statement`` node (``kg:weight``, ``kg:post`` or ``kg:role``) that is
  ``prov:wasDerivedFrom`` each supporting ``kg:Sentence`` (text and offsets into the
  source file), itself ``dcterms:isPartOf`` its ``schema:NewsArticle``;
* article-level co-occurrence: each entity is ``kg:mentionedIn`` the articles whose
  sentences name it, and two entities of one article get a direct ``kg:coOccurs``
  triple but no statement: its weight (the number of shared articles) is counted by
  ``queries/co_occurrence.rq``. The pairs grow with the square of an article's names;
  as statements they were 40% of the triples and of the export time.

IRIs are stable: they are built from type and name (entities), file and index
(articles), file and offsets (sentences), and a hash of the statement.

Both files are written as a stream of terms already in N-Triples syntax, without an
in-memory RDF graph: at a few million triples rdflib's graph and Turtle serializer
took most of a build's time and memory. Turtle groups the consecutive triples of a
subject and abbreviates the vocabulary with prefixes; data IRIs are written in full.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import hashlib
import itertools
import os
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring as _json_string  # what json.dumps uses with ensure_ascii=False
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
TRUE = f'"true"^^<{XSD_NS}boolean>'


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
    "held_post": kg("heldPost"),
    "signed_with": kg("signedWith"),
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
    # what needs escaping, but for quotes and backslashes, is not printable: a check in C
    # passes most sentences through
    if text.isprintable() and '"' not in text and "\\" not in text:
        return text
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
        self.known_node = self._nodes.get  # the term of a node met before (never "")
        # the parts made by iri_part need no escaping, so only the base is escaped, once
        self._article = _open_iri(f"{self.base}article/")
        self._sentence = _open_iri(f"{self.base}sentence/")
        self._source = _open_iri(f"{self.base}source/")
        self._post = _open_iri(f"{self.base}post/")
        self._statement = _open_iri(f"{self.base}statement/")

    def openings(self) -> tuple[str, ...]:
        """How every IRI this makes begins."""
        return (
            _open_iri(f"{self.base}entity/"),
            self._article,
            self._sentence,
            self._source,
            self._post,
            self._statement,
        )

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
        return f"{self._article}{iri_part(doc)}/{index}>"

    def sentence(self, evidence: Evidence) -> str:
        if evidence.article < 0:
            digest = hashlib.sha1(evidence.sentence.encode("utf-8", "surrogatepass")).hexdigest()[:16]
            return f"{self._source}{iri_part(evidence.doc)}/{digest}>"
        return f"{self._sentence}{iri_part(evidence.doc)}/{evidence.start}-{evidence.end}>"

    def post(self, holder: str, post: Post) -> str:
        digest = _digest([holder, post.title, post.organization, post.district] + (["former"] if post.former else []))
        return f"{self._post}{digest}>"

    def statement(self, relation: Relation) -> str:
        return f"{self._statement}{_statement_digest(relation)}>"


def _open_iri(prefix: str) -> str:
    """``iri(prefix + rest)`` without its closing ``>``, for a ``rest`` that needs no escaping."""
    return iri(prefix)[:-1]


def _digest(value: object) -> str:
    return hashlib.sha1(dumps(value).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _statement_digest(relation: Relation) -> str:
    """``_digest([head, relation, tail, attrs])``, the JSON written by hand when it is only strings."""
    attrs = relation.attrs
    fields = ""
    if attrs:
        items = sorted(attrs.items())
        if not all(isinstance(key, str) and isinstance(value, str) for key, value in items):
            return _digest([relation.head, relation.relation, relation.tail, attrs])
        fields = ",".join(f"{_json_string(k)}:{_json_string(v)}" for k, v in items)
    text = (
        f"[{_json_string(relation.head)},{_json_string(relation.relation)},{_json_string(relation.tail)},{{{fields}}}]"
    )
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


Triple = tuple[str, str, str]
ENTITY_TYPE, MENTION_COUNT, SOURCE_FILE = kg("entityType"), kg("mentionCount"), kg("sourceFile")
MENTIONED_IN, CO_OCCURS = kg("mentionedIn"), kg("coOccurs")
ADMIN_CODE, LEVEL, ORGANIZATION_NAME = kg("adminCode"), kg("level"), kg("organizationName")
DISTRICT_NAME, POST_DISTRICT, FORMER = kg("districtName"), kg("postDistrict"), kg("former")
SENTENCE, TEXT, START_OFFSET, END_OFFSET = kg("Sentence"), kg("text"), kg("startOffset"), kg("endOffset")
ARTICLE_INDEX, WEIGHT, POST, ROLE, BASIS = kg("articleIndex"), kg("weight"), kg("post"), kg("role"), kg("basis")


def _entity_triples(entity: Entity, iris: IriMaker, places: dict[str, str]) -> Iterator[Triple]:
    """Triples of one entity; ``places`` maps organisation and district names to node ids."""
    subject = iris.node(entity.id)
    for cls in CLASSES[entity.type]:
        yield subject, A, cls
    yield subject, LABEL, zh(entity.name)
    yield subject, ENTITY_TYPE, plain(entity.type)
    yield subject, MENTION_COUNT, integer(entity.mentions)
    for alias in sorted(entity.aliases):
        yield subject, ALT_LABEL, zh(alias)
    for doc in sorted(entity.docs):
        yield subject, SOURCE_FILE, plain(doc)
    for article in sorted(entity.articles):
        yield subject, MENTIONED_IN, iris.node(article)
    if entity.code:
        yield subject, ADMIN_CODE, plain(entity.code)
    if entity.level:
        yield subject, LEVEL, plain(entity.level)
    posts = [(iris.post(entity.id, post), post) for post in entity.posts]
    for post_iri, _ in posts:
        yield subject, ORG_HOLDS, post_iri
    for post_iri, post in posts:
        yield post_iri, A, ORG_POST
        yield post_iri, LABEL, zh(post.title)
        yield post_iri, ORG_HELD_BY, subject
        if post.former:
            yield post_iri, FORMER, TRUE
        if post.organization:
            if post.organization in places:
                yield post_iri, ORG_POST_IN, iris.node(places[post.organization])
            yield post_iri, ORGANIZATION_NAME, zh(post.organization)
        if post.district:
            yield post_iri, DISTRICT_NAME, zh(post.district)
            if post.district in places:
                yield post_iri, POST_DISTRICT, iris.node(places[post.district])


def _evidence_triples(node: str, evidence: Evidence, iris: IriMaker) -> Iterator[Triple]:
    if evidence.article < 0:
        yield node, A, PROV_ENTITY
        yield node, LABEL, zh(evidence.sentence)
        yield node, SOURCE_FILE, plain(evidence.doc)
        return
    yield node, A, SENTENCE
    yield node, TEXT, zh(evidence.sentence)
    yield node, SOURCE_FILE, plain(evidence.doc)
    yield node, START_OFFSET, integer(evidence.start)
    yield node, END_OFFSET, integer(evidence.end)
    yield node, IS_PART_OF, iris.article(evidence.doc, evidence.article)


class _Described:
    """Which evidence nodes are written. A sentence is known by its offsets in its file,
    two numbers in one 8-byte item of a sorted array per file (millions of sentences in
    an archive: a set of their IRIs took 200 bytes each); a line of the gazetteer by its
    IRI."""

    def __init__(self) -> None:
        self._sentences: dict[str, array[int]] = {}
        self._other: set[str] = set()

    def first(self, evidence: Evidence, node: str) -> bool:
        """Is this the first time ``evidence`` (whose node is ``node``) is met? Then it is
        now described."""
        if evidence.article < 0:
            if node in self._other:
                return False
            self._other.add(node)
            return True
        seen = self._sentences.get(evidence.doc)
        if seen is None:
            seen = self._sentences[evidence.doc] = array("Q")
        key = evidence.start << 32 | evidence.end
        index = bisect.bisect_left(seen, key)
        if index < len(seen) and seen[index] == key:
            return False
        seen.insert(index, key)
        return True


def triples(kg_: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[Triple]:
    """Every triple of the graph once, as N-Triples terms, in a stable order: entities,
    articles, then each relation's direct triple, statement and (first use) sentences."""
    iris = IriMaker(base_iri)
    described = _Described()  # evidence nodes already written
    linked: tuple[str, str, str] | None = None  # the last direct triple
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
        yield subject, SOURCE_FILE, plain(article.doc)
        yield subject, ARTICLE_INDEX, integer(article.index)
        yield subject, START_OFFSET, integer(article.start)
        yield subject, END_OFFSET, integer(article.end)
    known = iris.known_node
    for relation in kg_.relations:
        head = known(relation.head) or iris.node(relation.head)
        tail = known(relation.tail) or iris.node(relation.tail)
        predicate = PROPERTIES[relation.relation]
        if (head, predicate, tail) != linked:  # two posts in one body: one direct triple
            linked = (head, predicate, tail)  # (relations come sorted: such pairs are adjacent)
            yield head, predicate, tail
        if predicate == CO_OCCURS:
            continue  # counted from kg:mentionedIn (queries/co_occurrence.rq), not written as statements
        statement = iris.statement(relation)
        yield statement, A, RDF_STATEMENT
        yield statement, RDF_SUBJECT, head
        yield statement, RDF_PREDICATE, predicate
        yield statement, RDF_OBJECT, tail
        yield statement, WEIGHT, integer(relation.weight)
        if "post" in relation.attrs:
            yield statement, POST, zh(relation.attrs["post"])
        if "role" in relation.attrs:
            yield statement, ROLE, zh(relation.attrs["role"])
        if "basis" in relation.attrs:
            yield statement, BASIS, plain(relation.attrs["basis"])
        nodes = [iris.sentence(evidence) for evidence in relation.evidence]
        for node in nodes:
            yield statement, PROV_DERIVED, node
        for node, evidence in zip(nodes, relation.evidence):
            if described.first(evidence, node):
                yield from _evidence_triples(node, evidence, iris)


def iter_ntriples(kg_: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[str]:
    """N-Triples lines in the stable order of :func:`triples`, one at a time (a stream
    ready for a bulk load into a triple store)."""
    for s, p, o in triples(kg_, base_iri):
        yield f"{s} {p} {o} .\n"


def ntriples_lines(kg_: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> list[str]:
    return list(iter_ntriples(kg_, base_iri))


_PN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_INTEGER_SUFFIX = f'"^^<{XSD_INTEGER}>'
_INTEGER_LITERAL = re.compile(r'"(-?[0-9]+)"\^\^<' + re.escape(XSD_INTEGER) + ">")


class _TurtleTerms:
    """Shortens N-Triples terms for Turtle: ``a``, prefixed vocabulary names, bare integers."""

    def __init__(self, base_iri: str = DEFAULT_BASE_IRI) -> None:
        self._short: dict[str, str] = {A: "a"}
        # the openings of the data IRIs (entities, statements, sentences...): never
        # shortened, so the hot loop passes them through without a call (when no
        # vocabulary namespace lies under one of them)
        openings = IriMaker(base_iri).openings()
        clash = any(f"<{namespace}".startswith(openings) for namespace in PREFIXES.values())
        self.data: tuple[str, ...] = () if clash else openings
        # every namespace ends with / or #, so the one a term starts with, if any, is the
        # term up to its last / or # (a longer local part would hold a / or #: no PN_LOCAL)
        self._prefix_of = {namespace: prefix for prefix, namespace in PREFIXES.items()}
        self.known = self._short.get  # the short form of a term met before (never "")

    def __call__(self, term: str) -> str:
        short = self._short.get(term)
        if short is not None:
            return short
        if term.startswith('"'):
            if not term.endswith(_INTEGER_SUFFIX):
                return term
            match = _INTEGER_LITERAL.fullmatch(term)
            return match.group(1) if match else term
        short = term
        end = max(term.rfind("/"), term.rfind("#")) + 1
        prefix = self._prefix_of.get(term[1:end])
        if prefix is not None and _PN_LOCAL.fullmatch(term, end, len(term) - 1):
            short = f"{prefix}:{term[end:-1]}"
        if len(self._short) < 100_000:  # vocabulary and frequent nodes; data IRIs mostly miss
            self._short[term] = short
        return short


class _Turtle:
    """Turtle text of a stream of triples, piece by piece: the triples of each run of one
    subject as ``s p o ; p o , o .``."""

    def __init__(self, base_iri: str = DEFAULT_BASE_IRI) -> None:
        self.short = _TurtleTerms(base_iri)
        self.subject: str | None = None
        self.predicate: str | None = None

    @staticmethod
    def head() -> str:
        return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in PREFIXES.items()) + "\n"

    def piece(self, s: str, p: str, o: str) -> str:
        return self.pieces([(s, p, o)])

    def pieces(self, batch: Iterable[Triple]) -> str:
        """The text of consecutive triples (one call per batch: this loop is hot)."""
        shorten = self.short
        known, data = shorten.known, shorten.data
        subject, predicate = self.subject, self.predicate
        out: list[str] = []
        for s, p, o in batch:
            short_p = known(p) or shorten(p)
            # a string literal ends with " or @zh and stays as it is; integers and IRIs end with >
            short_o = o if (o[-1] != ">" and o[0] == '"') or o.startswith(data) else known(o) or shorten(o)
            if s != subject:
                out.append(f"{' .' + chr(10) + chr(10) if subject is not None else ''}{s}\n    {short_p} {short_o}")
                subject, predicate = s, p
            elif p != predicate:
                predicate = p
                out.append(f" ;\n    {short_p} {short_o}")
            else:
                out.append(f" ,\n        {short_o}")
        self.subject, self.predicate = subject, predicate
        return "".join(out)

    def tail(self) -> str:
        return " .\n" if self.subject is not None else ""


def iter_turtle(triples_: Iterable[Triple], base_iri: str = DEFAULT_BASE_IRI) -> Iterator[str]:
    """Turtle text in pieces: prefixes, then the triples of each run of one subject as
    ``s p o ; p o , o .``."""
    turtle = _Turtle(base_iri)
    yield turtle.head()
    for s, p, o in triples_:
        yield turtle.piece(s, p, o)
    yield turtle.tail()


BATCH = 8192  # triples per write


def write_turtle(kg_: KnowledgeGraph, path: str | os.PathLike[str], base_iri: str = DEFAULT_BASE_IRI) -> None:
    write_rdf(kg_, turtle=path, base_iri=base_iri)


def write_ntriples(kg_: KnowledgeGraph, path: str | os.PathLike[str], base_iri: str = DEFAULT_BASE_IRI) -> None:
    write_rdf(kg_, ntriples=path, base_iri=base_iri)


def write_rdf(
    kg_: KnowledgeGraph,
    turtle: str | os.PathLike[str] | None = None,
    ntriples: str | os.PathLike[str] | None = None,
    base_iri: str = DEFAULT_BASE_IRI,
) -> None:
    """Write ``graph.ttl`` and/or ``graph.nt`` from one pass over :func:`triples`."""
    with contextlib.ExitStack() as stack:
        ttl = stack.enter_context(open_atomic(turtle)) if turtle is not None else None
        nt = stack.enter_context(open_atomic(ntriples)) if ntriples is not None else None
        writer = _Turtle(base_iri)
        if ttl is not None:
            ttl.write(writer.head())
        stream = triples(kg_, base_iri)
        while batch := list(itertools.islice(stream, BATCH)):
            if ttl is not None:
                ttl.write(writer.pieces(batch))
            if nt is not None:
                nt.write("".join([f"{s} {p} {o} .\n" for s, p, o in batch]))
        if ttl is not None:
            ttl.write(writer.tail())


def to_rdflib(kg_: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """The graph as an in-memory ``rdflib.Graph`` (for tests and small graphs)."""
    from rdflib import Graph

    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.parse(data="".join(iter_ntriples(kg_, base_iri)), format="nt")
    return graph
