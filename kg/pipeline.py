"""The whole build: files -> documents -> articles -> mentions -> entities -> relations."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg.curation import Curation, load_curation
from kg.extract import extract_document
from kg.layout import repair
from kg.model import Document, KnowledgeGraph, Mention, Post
from kg.read import DEFAULT_MAX_FILE_SIZE, Warn, _stderr, read_inputs
from kg.relate import DocumentParts, relate
from kg.resolve import resolve
from kg.segment import segment


@dataclass(frozen=True)
class ExtractedDocument:
    """The per-document result: everything later stages need, nothing shared."""

    parts: DocumentParts
    posts: dict[tuple[str, int, int], list[Post]]


def process_document(doc: Document) -> ExtractedDocument:
    """Layout, segmentation and extraction of one document (a pure function)."""
    clean = repair(doc)
    articles = segment(clean)
    mentions, posts = extract_document(clean, articles)
    return ExtractedDocument(DocumentParts(clean, tuple(articles), tuple(mentions)), posts)


def assemble(extracted: Iterable[ExtractedDocument], curation: Curation | None = None) -> KnowledgeGraph:
    """Resolve and relate the per-document results into one graph."""
    items = sorted(extracted, key=lambda e: e.parts.clean.path)
    mentions: list[Mention] = [m for e in items for m in e.parts.mentions]
    posts: dict[tuple[str, int, int], list[Post]] = {}
    for item in items:
        posts.update(item.posts)
    resolution = resolve(mentions, posts, curation)
    relations, articles = relate([e.parts for e in items], resolution, posts)
    return KnowledgeGraph(
        entities=dict(sorted(resolution.entities.items())),
        relations=relations,
        articles=dict(sorted(articles.items())),
        sources=[e.parts.clean.path for e in items],
    )


def build(
    inputs: Iterable[str] = ("seeds",),
    warn: Warn = _stderr,
    curation: Curation | str | None = None,
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
) -> KnowledgeGraph:
    """Build the knowledge graph of the given files and folders (``-`` for stdin).

    ``curation`` is a :class:`~kg.curation.Curation` or the path of a curation file.
    """
    if isinstance(curation, str):
        curation = load_curation(curation)
    documents = read_inputs(inputs, warn, max_file_size)
    return assemble((process_document(doc) for doc in documents), curation)


def extract_text(text: str, name: str = "<text>") -> list[dict[str, object]]:
    """Mentions of one text as ``{"text", "type", "start", "end"}`` with offsets into ``text``.

    A person's span is the name alone; ``name`` is added when the canonical form
    differs from the text (二七 -> 二七区).
    """
    result = process_document(Document(path=name, text=text, encoding="utf-8"))
    clean = result.parts.clean
    out: list[dict[str, object]] = []
    for mention in result.parts.mentions:
        start, end = clean.to_original(mention.start, mention.end)
        item: dict[str, object] = {"text": mention.text, "type": mention.type, "start": start, "end": end}
        if mention.name != mention.text:
            item["name"] = mention.name
        out.append(item)
    return out
