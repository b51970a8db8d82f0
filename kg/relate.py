"""Relations between entities, each with the evidence that states it.

* ``holds_post`` official -> organisation of the post (or its district), post title kept;
* ``works_for`` person -> company or institution, role kept (董事长张春丽);
* ``reported`` journalist -> article (byline); ``about`` article -> its main district;
* ``part_of`` district -> district, from the text (上街区峡窝镇大坡顶村: each place
  written right after a larger one) and from the gazetteer's codes;
* ``co_mentioned`` two entities in one sentence, weight = number of sentences.

Evidence is the sentence with its offsets in the original file; gazetteer
hierarchy cites the packaged division table instead.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from kg.lexicon import load_lexicon
from kg.model import Article, ArticleRecord, CleanDocument, Entity, Evidence, Mention, Post, Relation, Sentence
from kg.resolve import Resolution, entity_id

GAZETTEER_SOURCE = "kg/data/divisions.csv"
LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "zone": 3, "town": 4, "township": 4, "subdistrict": 4, "community": 5, "village": 5}
ORG_TYPES_FOR_WORK = ("company", "organization")


@dataclass(frozen=True)
class DocumentParts:
    """What relate needs of one document."""

    clean: CleanDocument
    articles: tuple[Article, ...]
    mentions: tuple[Mention, ...]


def article_id(doc: str, index: int) -> str:
    return f"article/{doc}#{index}"


def _evidence(part: DocumentParts, article: Article, start: int, end: int) -> Evidence:
    original_start, original_end = part.clean.to_original(start, end)
    return Evidence(
        doc=part.clean.path,
        article=article.index,
        headline=article.headline,
        sentence=part.clean.text[start:end],
        start=original_start,
        end=original_end,
    )


def _byline_span(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = max(line_start, text.rfind("（", line_start, start), text.rfind("(", line_start, start), text.rfind("。", line_start, start) + 1)
    right_candidates = [p for p in (text.find("）", end, line_end), text.find(")", end, line_end)) if p >= 0]
    right = min(right_candidates) + 1 if right_candidates else line_end
    return left, right


class _Collector:
    def __init__(self) -> None:
        self.relations: dict[tuple[str, str, str, tuple[tuple[str, str], ...]], Relation] = {}
        self.sentences: dict[tuple[str, str, str, tuple[tuple[str, str], ...]], set[tuple[str, int, int]]] = defaultdict(set)

    def add(self, head: str, relation: str, tail: str, evidence: Evidence, attrs: dict[str, str] | None = None) -> None:
        if head == tail:
            return
        key = (head, relation, tail, tuple(sorted((attrs or {}).items())))
        rel = self.relations.get(key)
        if rel is None:
            rel = Relation(head, relation, tail, 0, [], dict(attrs or {}))
            self.relations[key] = rel
        marker = (evidence.doc, evidence.start, evidence.end)
        if marker in self.sentences[key]:
            return
        self.sentences[key].add(marker)
        rel.weight += 1
        rel.evidence.append(evidence)

    def result(self) -> list[Relation]:
        out = []
        for rel in self.relations.values():
            rel.evidence.sort(key=Evidence.sort_key)
            out.append(rel)
        return sorted(out, key=lambda r: (r.relation, r.head, r.tail, sorted(r.attrs.items())))


def _ensure_entity(resolution: Resolution, type_: str, name: str, doc: str) -> str:
    eid = entity_id(type_, name)
    if eid not in resolution.entities:
        for other in ("organization", "company", "district"):
            if entity_id(other, name) in resolution.entities:
                return entity_id(other, name)
        resolution.entities[eid] = Entity(id=eid, type=type_, name=name)
    entity = resolution.entities[eid]
    entity.docs.add(doc)
    entity.mentions += 1
    return eid


def _post_target(resolution: Resolution, post: Post, doc: str) -> str:
    if post.organization:
        type_ = "company" if post.organization.endswith(("公司", "集团")) else "organization"
        return _ensure_entity(resolution, type_, post.organization, doc)
    if post.district:
        return _ensure_entity(resolution, "district", post.district, doc)
    return ""


def _sentence_entities(part: DocumentParts, sentence: Sentence, resolution: Resolution) -> list[tuple[Mention, str]]:
    found = []
    for mention in part.mentions:
        if mention.sentence == sentence.index and sentence.start <= mention.start < sentence.end:
            eid = resolution.entity_of.get((mention.doc, mention.start, mention.end))
            if eid:
                found.append((mention, eid))
    return found


def _main_district(mentions: Iterable[tuple[Mention, str]], resolution: Resolution) -> str:
    counts: Counter[str] = Counter()
    for _, eid in mentions:
        entity = resolution.entities[eid]
        if entity.type == "district":
            counts[eid] += 3 if entity.level == "county" else 1
    if not counts:
        return ""
    return max(counts, key=lambda k: (counts[k], k))


def _gazetteer_hierarchy(resolution: Resolution, collector: _Collector) -> None:
    lexicon = load_lexicon()
    pending = [e for e in list(resolution.entities.values()) if e.type == "district" and e.code]
    seen: set[str] = set()
    while pending:
        entity = pending.pop()
        if entity.id in seen:
            continue
        seen.add(entity.id)
        division = lexicon.divisions.get(entity.code)
        parent = lexicon.parent_of(division) if division else None
        if parent is None:
            continue
        parent_id = entity_id("district", parent.name)
        if parent_id not in resolution.entities:
            resolution.entities[parent_id] = Entity(id=parent_id, type="district", name=parent.name, code=parent.code, level=parent.level)
        evidence = Evidence(GAZETTEER_SOURCE, -1, "", f"{division.name} {division.code} ⊂ {parent.name} {parent.code}", -1, -1)
        collector.add(entity.id, "part_of", parent_id, evidence)
        pending.append(resolution.entities[parent_id])


def _text_hierarchy(part: DocumentParts, article: Article, found: list[tuple[Mention, str]], resolution: Resolution, collector: _Collector) -> None:
    """A place written right after a larger one is part of it (上街区峡窝镇)."""
    ordered = sorted(found, key=lambda item: item[0].start)
    for (first, first_id), (second, second_id) in pairwise(ordered):
        a, b = resolution.entities[first_id], resolution.entities[second_id]
        if a.type != "district" or b.type != "district" or second.start != first.end:
            continue
        if LEVEL_RANK.get(a.level, 9) < LEVEL_RANK.get(b.level, 9):
            sentence = next(s for s in article.sentences if s.index == first.sentence)
            collector.add(second_id, "part_of", first_id, _evidence(part, article, sentence.start, sentence.end))


def relate(parts: list[DocumentParts], resolution: Resolution, posts: dict[tuple[str, int, int], list[Post]]) -> tuple[list[Relation], dict[str, ArticleRecord]]:
    collector = _Collector()
    articles: dict[str, ArticleRecord] = {}
    for part in parts:
        for article in part.articles:
            aid = article_id(part.clean.path, article.index)
            articles[aid] = ArticleRecord(aid, part.clean.path, article.index, article.headline, *part.clean.to_original(article.start, article.end))
            article_mentions: list[tuple[Mention, str]] = []
            for mention in article.byline:
                eid = resolution.entity_of.get((mention.doc, mention.start, mention.end))
                if eid:
                    start, end = _byline_span(part.clean.text, mention.start, mention.end)
                    collector.add(eid, "reported", aid, _evidence(part, article, start, end), {"role": mention.role} if mention.role else None)
            for sentence in article.sentences:
                found = _sentence_entities(part, sentence, resolution)
                article_mentions.extend(found)
                evidence = _evidence(part, article, sentence.start, sentence.end)
                for mention, eid in found:
                    for post in posts.get((mention.doc, mention.start, mention.end), ()):
                        target = _post_target(resolution, post, part.clean.path)
                        if not target:
                            continue
                        if mention.type == "person":
                            if resolution.entities[target].type in ORG_TYPES_FOR_WORK:
                                collector.add(eid, "works_for", target, evidence, {"role": post.title})
                        else:
                            collector.add(eid, "holds_post", target, evidence, {"post": post.title})
                ids = sorted({eid for _, eid in found})
                for i, head in enumerate(ids):
                    for tail in ids[i + 1 :]:
                        collector.add(head, "co_mentioned", tail, evidence)
                _text_hierarchy(part, article, found, resolution, collector)
            main = _main_district(article_mentions, resolution)
            if main:
                first = next(m for m, e in article_mentions if e == main)
                sentence = next(s for s in article.sentences if s.index == first.sentence)
                collector.add(aid, "about", main, _evidence(part, article, sentence.start, sentence.end))
    _gazetteer_hierarchy(resolution, collector)
    return collector.result(), articles
