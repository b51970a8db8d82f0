"""Relations between entities, each with the evidence that states it.

* ``holds_post`` official -> organisation of the post (or its district), post title kept;
  ``held_post`` the same for a post written as held before (原党委书记);
* ``works_for`` person -> company or institution, role kept (董事长张春丽);
* ``reported`` journalist -> article (byline); ``about`` article -> its main district;
* ``part_of`` district -> district, from the text (上街区峡窝镇大坡顶村: each place
  written right after a larger one) and from the gazetteer's codes;
* ``co_mentioned`` two entities in one sentence, weight = number of sentences;
* ``co_occurs`` two entities in one article, weight = number of articles (kept apart
  from sentence-level co-mention);
* typed facts stated by a sentence (``visited``, ``signed``, ``located_in``,
  ``chaired``, ``attended``, ``works_for``), read by :mod:`kg.facts`.

Evidence is the sentence with its offsets in the original file; gazetteer
hierarchy cites the packaged division table instead.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from kg import facts
from kg.extract.posts import is_work_post, split_post, zone_of_body
from kg.facts import Placed, SentenceView
from kg.lexicon import Division, load_lexicon
from kg.model import (
    Article,
    ArticleRecord,
    CleanDocument,
    Entity,
    Evidence,
    Mention,
    Post,
    Relation,
    Sentence,
    add_sorted,
)
from kg.relation_runs import NAME_BASIS, RelationKey, Run, StoredRelations, finished, store, write_runs
from kg.resolve import Resolution, bare_kind, entity_id, new_entity, post_body_type, spelled_out

GAZETTEER_SOURCE = "kg/data/divisions.csv"
LEVEL_RANK = {
    "country": -1,
    "province": 0,
    "prefecture": 1,
    "county": 2,
    "zone": 3,
    "town": 4,
    "township": 4,
    "subdistrict": 4,
    "community": 5,
    "village": 5,
}
ORG_TYPES_FOR_WORK = ("company", "organization")
HOST_SENTENCES = 6  # an event's hosts are named among the first sentences of its article
GAZETTEER_CHILD_LEVELS = ("county",)
CONTEXT_PARENT_LEVELS = {
    "town": ("county",),
    "township": ("county",),
    "subdistrict": ("county", "zone"),
    "village": ("town", "township", "subdistrict", "zone"),
    "community": ("subdistrict", "town", "zone"),
}


@dataclass(frozen=True)
class DocumentParts:
    """What relate needs of one document, without its full text.

    ``spans`` maps every clean-text span that can be evidence (sentences, bylines,
    articles) to its text and its offsets in the original file, so a document can be
    kept on disk between the passes of a build and related without re-reading it.
    """

    path: str
    articles: tuple[Article, ...]
    mentions: tuple[Mention, ...]
    spans: dict[tuple[int, int], tuple[str, int, int]]

    @classmethod
    def of(cls, clean: CleanDocument, articles: tuple[Article, ...], mentions: tuple[Mention, ...]) -> DocumentParts:
        spans: dict[tuple[int, int], tuple[str, int, int]] = {}

        def keep(start: int, end: int) -> None:
            spans[(start, end)] = (clean.text[start:end], *clean.to_original(start, end))

        for article in articles:
            keep(article.start, article.end)
            for sentence in article.sentences:
                keep(sentence.start, sentence.end)
            for mention in article.byline:
                keep(*_byline_span(clean.text, mention.start, mention.end))
                spans[(mention.start, mention.end)] = spans[_byline_span(clean.text, mention.start, mention.end)]
        return cls(clean.path, articles, mentions, spans)


def article_id(doc: str, index: int) -> str:
    return f"article/{doc}#{index}"


def _evidence(part: DocumentParts, article: Article, start: int, end: int) -> Evidence:
    """The evidence of a clean-text span (a sentence, or a byline by its name's span)."""
    text, original_start, original_end = part.spans[(start, end)]
    return Evidence(
        doc=part.path,
        article=article.index,
        headline=article.headline,
        sentence=text,
        start=original_start,
        end=original_end,
    )


class _EvidenceOf:
    """:func:`_evidence` of one document, each span made once (a sentence supports many facts)."""

    def __init__(self, part: DocumentParts) -> None:
        self.part = part
        self._made: dict[tuple[int, int, int], Evidence] = {}

    def __call__(self, article: Article, start: int, end: int) -> Evidence:
        key = (article.index, start, end)
        evidence = self._made.get(key)
        if evidence is None:
            evidence = self._made[key] = _evidence(self.part, article, start, end)
        return evidence


def _byline_span(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = max(
        line_start,
        text.rfind("（", line_start, start),
        text.rfind("(", line_start, start),
        text.rfind("。", line_start, start) + 1,
    )
    right_candidates = [p for p in (text.find("）", end, line_end), text.find(")", end, line_end)) if p >= 0]
    right = min(right_candidates) + 1 if right_candidates else line_end
    return left, right


# how far apart two entities may be named to be paired: in one article (co_occurs) or
# one sentence (co_mentioned), in one sentence only, or never
PAIRS_LEFT_OUT: dict[str, frozenset[str]] = {
    "article": frozenset(),
    "sentence": frozenset({"co_occurs"}),
    "none": frozenset({"co_occurs", "co_mentioned"}),
}


class Collector:
    """Relations of a whole build: weights exact, evidence kept up to ``max_evidence`` each;
    pairs of entities named together as far apart as ``pairs`` allows (:data:`PAIRS_LEFT_OUT`)."""

    def __init__(
        self,
        max_evidence: int | None = None,
        pairs: str = "article",
        folder: str | None = None,
        spill_after: int = 0,
    ) -> None:
        self.relations: dict[RelationKey, Relation] = {}
        self.max_evidence = max_evidence
        self.folder = folder  # where runs are written past ``spill_after`` relations (no folder: never)
        self.spill_after = spill_after
        self.runs: list[Run] = []  # files of relations written out, in file order
        self.left_out = PAIRS_LEFT_OUT[pairs]
        self.children: set[str] = set()  # the places given a parent in this document
        self._seen: set[tuple[RelationKey, int, int]] = set()  # this document's
        self._sourced: set[tuple[RelationKey, str]] = set()

    def next_document(self) -> None:
        """Forget which sentences supported what (a sentence never recurs in another file)
        and which places have a parent: each file says anew where its towns are."""
        self._seen.clear()
        self.children.clear()

    def add(self, head: str, relation: str, tail: str, evidence: Evidence, attrs: dict[str, str] | None = None) -> None:
        if head == tail:
            return
        key = (relation, head, tail, tuple(sorted(attrs.items())) if attrs else ())
        marker = (key, evidence.start, evidence.end) if evidence.article >= 0 else None
        if marker is not None:
            if marker in self._seen:
                return
            self._seen.add(marker)
        elif (key, evidence.doc) in self._sourced:
            return  # a reference table (the gazetteer) states a fact once
        else:
            self._sourced.add((key, evidence.doc))
        rel = self.relations.get(key)
        if rel is None:
            rel = Relation(head, relation, tail, 0, [], dict(attrs or {}))
            self.relations[key] = rel
        if relation == "part_of":
            self.children.add(head)
        rel.weight += 1
        if self.max_evidence is None or len(rel.evidence) < self.max_evidence:
            rel.evidence.append(evidence)

    def add_pairs(self, ids: list[str], relation: str, evidence: Evidence) -> None:
        """``add(head, relation, tail, evidence)`` for each pair of ``ids`` (sorted, distinct),
        head first: the co-mentions of a sentence, inlined since they are most of the calls."""
        if relation in self.left_out:
            return
        if evidence.article < 0 or relation == "part_of":
            for i, head in enumerate(ids):
                for tail in ids[i + 1 :]:
                    self.add(head, relation, tail, evidence)
            return
        relations, seen, limit = self.relations, self._seen, self.max_evidence
        start, end = evidence.start, evidence.end
        for i, head in enumerate(ids):
            for tail in ids[i + 1 :]:
                key = (relation, head, tail, ())
                marker = (key, start, end)
                if marker in seen:
                    continue
                seen.add(marker)
                rel = relations.get(key)
                if rel is None:
                    rel = relations[key] = Relation(head, relation, tail, 0, [], {})
                rel.weight += 1
                if limit is None or len(rel.evidence) < limit:
                    rel.evidence.append(evidence)

    def spill_if_full(self) -> None:
        """Write the relations out as a run if there are ``spill_after`` of them (called
        between files, so that a run never holds half a file)."""
        if self.folder is not None and len(self.relations) >= max(self.spill_after, 1):
            self._spill()

    def _spill(self) -> None:
        if self.relations:
            assert self.folder is not None
            self.runs.extend(write_runs(self.folder, self._ordered()))
            self.relations = {}

    def _ordered(self) -> list[Relation]:
        relations = self.relations  # keyed in the order of the exports
        return [relations[key] for key in sorted(relations)]

    def merge(self, other: Collector) -> None:
        """Add the relations ``other`` collected from the files after this one's, as if
        they had been collected here: weights summed, evidence kept in order up to the cap."""
        self._sourced |= other._sourced
        if other.runs:
            self._spill()
            self.runs.extend(other.runs)
            self.relations = other.relations
            return
        # runs of this one hold the files before: theirs join the relations kept since
        limit = self.max_evidence
        for key, theirs in other.relations.items():
            rel = self.relations.get(key)
            if rel is None:
                self.relations[key] = theirs
                continue
            rel.weight += theirs.weight
            room = len(theirs.evidence) if limit is None else limit - len(rel.evidence)
            if room > 0:
                rel.evidence.extend(theirs.evidence[:room])

    def has_parent(self, child: str) -> bool:
        return child in self.children

    def result(self, jobs: int = 1) -> list[Relation] | StoredRelations:
        """The relations, sorted (:func:`kg.relation_runs.finished`): a list, or a
        :class:`StoredRelations` when some were written out as runs (then merged in up to
        ``jobs`` processes)."""
        if not self.runs:
            return list(finished(self._ordered(), self.max_evidence))
        assert self.folder is not None
        runs, self.runs = self.runs, []
        tail, self.relations = self._ordered(), {}
        return store(runs, tail, self.max_evidence, self.folder, jobs)


def _ensure_entity(resolution: Resolution, type_: str, name: str, doc: str) -> str:
    """The entity of a post's body or place: of ``type_``, unless no text names it so and
    some text names it as another kind (a body the text calls a company); only the first
    counts the post as a mention of it."""
    if not resolution.is_named(type_, name):
        other = next((t for t in ("organization", "company", "district") if resolution.is_named(t, name)), None)
        if other is not None:
            eid = entity_id(other, name)
            resolution.entities.setdefault(eid, new_entity(other, name, eid))
            return eid
    eid = entity_id(type_, name)
    entity = resolution.entities.get(eid)
    if entity is None:
        entity = resolution.entities[eid] = new_entity(type_, name, eid)
    add_sorted(entity.docs, doc)
    entity.mentions += 1
    return eid


def _post_target(resolution: Resolution, post: Post, doc: str) -> str:
    if post.organization:
        type_ = post_body_type(post.organization)
        name = resolution.full_name(type_, post.organization, doc)
        if type_ == "organization" and name == post.organization and not resolution.is_named(type_, name):
            # a company's declared short form (恒远新材董事长): the company
            company = resolution.full_name("company", post.organization, doc)
            if company != post.organization:
                type_, name = "company", company
        if bare_kind(type_, name):
            return ""  # 基地负责人, 公安局局长 with no place or name: the body is unsaid
        return _ensure_entity(resolution, type_, name, doc)
    if post.district:
        return _ensure_entity(resolution, "district", post.district, doc)
    return ""


def _shared_employer(sentence: Sentence, employer: tuple[str, int], mention: Mention, title: str) -> str:
    """卓恒公司董事长戴波和总经理高雨蕾: a role with no body of its own, joined to the
    person before it, is held in that person's body."""
    target, previous_end = employer
    between = sentence.text[previous_end - sentence.start : mention.start - sentence.start]
    return target if between[:1] in ("和", "、", "及", "与") and between[1:] == title else ""


# the institutions a bare head's title is of (院长 of a hospital or an institute)
INSTITUTION_HEADS = {
    "院长": ("医院", "卫生院", "学院", "研究院", "法院", "检察院"),
    "副院长": ("医院", "卫生院", "学院", "研究院", "法院", "检察院"),
    "护士长": ("医院", "卫生院"),
    "校长": ("学校", "中学", "小学", "学院", "大学"),
    "副校长": ("学校", "中学", "小学", "学院", "大学"),
    "园长": ("幼儿园",),
    "站长": ("站",),
    "班长": ("站", "所"),
    "所长": ("所",),
    "馆长": ("馆",),
    "教师": ("学校", "中学", "小学", "幼儿园"),
    "班主任": ("学校", "中学", "小学"),
    "理事长": ("合作社",),
    "社长": ("合作社",),
}
INSTITUTION_WINDOW = 1  # sentences back that the institution of a bare title may be named in
OPENED_WINDOW = 3  # and back to the sentence that opened with it (在固始县蓼城中学，…)


def _institution_of(
    title: str,
    mention: Mention,
    before: list[tuple[Mention, str]],
    resolution: Resolution,
    opened: set[int],
    referred: bool = False,
) -> str:
    """The institution a bare head's title is of: the last one of its kind named before
    the person in this or the sentence just before (到襄城县人民医院看望…。院长芮雅琳介绍), or in
    a sentence a few before that opened with it (``opened``: 在固始县蓼城中学，…。…校长邵启明说)
    or that ``referred`` points back to (…西平县第二实验小学…。“…。”该校校长谷雨桐说)."""
    endings = next((v for k, v in INSTITUTION_HEADS.items() if title.endswith(k)), ())
    if not endings:
        return ""
    for placed, eid in reversed(before):
        if placed.start >= mention.start:
            continue
        back = mention.sentence - placed.sentence
        if back > OPENED_WINDOW:
            break
        if back > INSTITUTION_WINDOW and placed.start not in opened and not referred:
            continue
        entity = resolution.entities[eid]
        if entity.type in ("organization", "company") and entity.name.endswith(endings):
            # a court's president is its own, not a person working there (kg gives no post)
            return "" if entity.name.endswith(("法院", "检察院")) else eid
    return ""


COMPANY_JOB_WINDOW = 16  # 中铁十五局集团有限公司|周阜高铁ZFZQ-3标|项目经理谭昱坤


def _company_just_before(
    sentence: Sentence, found: list[tuple[Mention, str]], mention: Mention, resolution: Resolution
) -> str:
    """The company written shortly before a person whose job names no body, with no break between
    (中铁十五局集团有限公司周阜高铁ZFZQ-3标项目经理谭昱坤): the job is there."""
    companies = [
        (placed, eid)
        for placed, eid in found
        if placed.end <= mention.start and resolution.entities[eid].type == "company"
    ]
    if not companies:
        return ""
    placed, eid = max(companies, key=lambda item: item[0].end)
    between = sentence.text[placed.end - sentence.start : mention.start - sentence.start]
    if len(between) > COMPANY_JOB_WINDOW or any(mark in between for mark in "，。；、：,;:（("):
        return ""
    return eid


def _mentions_by_sentence(part: DocumentParts) -> dict[int, list[Mention]]:
    grouped: dict[int, list[Mention]] = defaultdict(list)
    for mention in part.mentions:
        if mention.sentence >= 0:
            grouped[mention.sentence].append(mention)
    return grouped


def _sentence_entities(
    mentions: list[Mention], sentence: Sentence, resolution: Resolution
) -> list[tuple[Mention, str]]:
    found = []
    for mention in mentions:
        if sentence.start <= mention.start < sentence.end:
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


def _co_occurrence(evidence_of: _EvidenceOf, article: Article, named: list[str], collector: Collector) -> None:
    """Entities named in the same article (``named``: their ids, sorted); the evidence is
    the article's first sentence."""
    if not article.sentences:
        return
    first = article.sentences[0]
    collector.add_pairs(named, "co_occurs", evidence_of(article, first.start, first.end))


def _gazetteer_hierarchy(resolution: Resolution, collector: Collector) -> None:
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
            resolution.entities[parent_id] = Entity(
                id=parent_id, type="district", name=parent.name, code=parent.code, level=parent.level
            )
        evidence = Evidence(
            GAZETTEER_SOURCE, -1, "", f"{division.name} {division.code} ⊂ {parent.name} {parent.code}", -1, -1
        )
        collector.add(entity.id, "part_of", parent_id, evidence)
        pending.append(resolution.entities[parent_id])


def _text_hierarchy(
    evidence_of: _EvidenceOf,
    article: Article,
    found: list[tuple[Mention, str]],
    resolution: Resolution,
    collector: Collector,
) -> None:
    """A place written right after a larger one is part of it (上街区峡窝镇)."""
    ordered = sorted(found, key=lambda item: item[0].start)
    for (first, first_id), (second, second_id) in pairwise(ordered):
        a, b = resolution.entities[first_id], resolution.entities[second_id]
        if a.type != "district" or b.type != "district" or second.start != first.end:
            continue
        if LEVEL_RANK.get(a.level, 9) < LEVEL_RANK.get(b.level, 9):
            sentence = next(s for s in article.sentences if s.index == first.sentence)
            collector.add(second_id, "part_of", first_id, evidence_of(article, sentence.start, sentence.end))


def _view(
    sentence: Sentence,
    found: list[tuple[Mention, str]],
    resolution: Resolution,
    posts_here: dict[str, list[Post]],
) -> SentenceView:
    placed = sorted(
        (Placed(resolution.entities[eid], m.start - sentence.start, m.end - sentence.start) for m, eid in found),
        key=lambda p: (p.start, p.end),
    )
    return SentenceView(sentence.text, tuple(placed), posts_here)


def _posts_here(
    part: DocumentParts, resolution: Resolution, posts: dict[tuple[str, int, int], list[Post]]
) -> dict[str, list[Post]]:
    """Entity id -> the posts this file states for it (the bodies as its entities name them)."""
    here: dict[str, list[Post]] = defaultdict(list)
    for key, stated in posts.items():
        eid = resolution.entity_of.get(key)
        if eid is not None:
            for post in stated:
                body = resolution.full_name(post_body_type(post.organization), post.organization, part.path)
                here[eid].append(replace(post, organization=body) if body != post.organization else post)
    return dict(here)


def _named_after(body: Entity, place: Entity) -> bool:
    """Is ``body`` named after ``place``, maybe after its county (中共沈丘县委组织部 after
    沈丘县; 南召县马市坪乡党委 after 马市坪乡)?"""
    name = body.name.removeprefix("中共")
    _, county = load_lexicon().division_at(name)
    return name.startswith(place.name) or name.startswith(place.name, county)


def _place_named(resolution: Resolution, name: str) -> Entity | None:
    """The district called ``name``: one the build's texts name, or a division of the
    gazetteer by its full or short name (二七 -> 二七区); the caller adds it to the graph
    when it uses it."""
    if not resolution.is_named("district", name):
        lexicon = load_lexicon()
        full = lexicon.divisions_by_name.get(name)
        division = full[0] if full else lexicon.divisions_by_short.get(name)
        if division is None or (
            not full and (name in lexicon.ambiguous_places or not _short_form_in_context(resolution, division))
        ):
            return None
        name = division.name
    eid = entity_id("district", name)
    return resolution.entities.get(eid) or new_entity("district", name, eid)


def _short_form_in_context(resolution: Resolution, division: Division) -> bool:
    """Is a county's short form (二七 for 二七区, 泰和 for 泰和县) read as that county: the
    county or a division above it is named in the build? Short forms of provinces and
    prefectures (郑州, 河南) stand on their own; a county's is often a brand or a word
    (泰和小学 in a Zhengzhou article is not in 泰和县, Jiangxi)."""
    if division.level != "county":
        return True
    lexicon = load_lexicon()
    place: Division | None = division
    while place is not None:
        if resolution.is_named("district", place.name):
            return True
        place = lexicon.parent_of(place)
    return False


def _dominant_county(found: list[tuple[Mention, str]], resolution: Resolution) -> Entity | None:
    """The county-level district an article is about, if it has at least 60% of such mentions
    and no city is named more often."""
    counts: Counter[str] = Counter(eid for _, eid in found if resolution.entities[eid].level == "county")
    if not counts:
        return None
    eid, count = counts.most_common(1)[0]
    if _city_mentions(found, resolution, resolution.entities[eid]) > count:
        return None  # 许昌市 and its bodies named throughout, 襄城县 once: an article about the city
    return resolution.entities[eid] if count / sum(counts.values()) >= 0.6 else None


# a Party post in a company (河南宏达建设集团有限公司党委书记): held there, as a post, not a job
PARTY_POST_RE = re.compile("(?:党委|党总支|党支部|纪委)(?:副)?书记$")


def _role_in(title: str, organization: str) -> str:
    """``title`` without the name of its body, or the end of that name it is written with
    (许昌市浙江商会 and 浙江商会秘书长: 秘书长); ``title`` when nothing is left."""
    for start in range(len(organization)):
        if title.startswith(organization[start:]) and len(organization) - start >= MIN_BODY_TAIL:
            return title[len(organization) - start :] or title
    return title


MIN_BODY_TAIL = 2  # characters of a body's name a title may start with (商会秘书长, not 会秘书长)


def _party_post(title: str) -> bool:
    return PARTY_POST_RE.search(title) is not None


# sentences from a counted signing (A与8家投资方分别签订协议) to the header of the table of its rows
TABLE_AFTER_SIGNING = 3


def _dominant_zone(found: list[tuple[Mention, str]], resolution: Resolution) -> Entity | None:
    """The development zone an article is about (漯河经开区表彰…企业): named in at least 60% of
    its zone and county mentions, and more often than any city."""
    counts: Counter[str] = Counter(eid for _, eid in found if resolution.entities[eid].level in ("zone", "county"))
    zones = [(count, eid) for eid, count in counts.items() if resolution.entities[eid].level == "zone"]
    if not zones:
        return None
    count, eid = max(zones)
    if _city_mentions(found, resolution) > count or count / sum(counts.values()) < 0.6:
        return None
    return resolution.entities[eid]


def _city_mentions(found: list[tuple[Mention, str]], resolution: Resolution, county: Entity | None = None) -> int:
    """How often the city named most in an article is named, alone or starting the name of a
    body as printed (许昌市发展和改革委员会, not 市发改委); with ``county``, only a city it is in
    (not 台北, 台中 and 高雄 in a story of 昆山's youth exchange)."""
    lexicon = load_lexicon()
    counts: Counter[str] = Counter()
    for mention, eid in found:
        entity = resolution.entities[eid]
        if entity.type == "district" and entity.level == "prefecture":
            counts[entity.name] += 1
        elif entity.type == "organization":  # as printed: 市发改委 (a city leader's visit) is none
            division, _ = lexicon.division_at(mention.text, 0)
            if division is not None and division.level == "prefecture":
                counts[division.name] += 1
    if county is not None and (divisions := lexicon.divisions_by_name.get(county.name, ())):
        above = {parent.name for division in divisions if (parent := lexicon.parent_of(division)) is not None}
        counts = Counter({name: count for name, count in counts.items() if name in above})
    return max(counts.values(), default=0)


def _starts_with_other_place(entity: Entity, county: Entity) -> bool:
    """Does the name start with a place other than ``county``? A company may start with a
    place above it (郑州海为电子科技有限公司 in 二七区), an institution may not (郑州大学)."""
    lexicon = load_lexicon()
    own = {county.name}
    above: set[str] = set()
    # every county of that name (鼓楼区 is in 开封, 南京, 福州, 徐州): the text may not say which
    for division in lexicon.divisions_by_name.get(county.name, ()):
        own.add(division.short)
        parent: Division | None = division
        # (a company's project named after it, too: 河南豫鼎防爆电机有限公司年产…项目)
        while (entity.type == "company" or "有限公司" in entity.name) and parent is not None:
            above.update((parent.name, parent.short))
            parent = lexicon.parent_of(parent)
    for length in range(min(len(entity.name) - 1, 7), 1, -1):  # the longest place (三门峡, not 三门)
        prefix = entity.name[:length]
        if prefix in lexicon.divisions_by_name or prefix in lexicon.divisions_by_short:
            return prefix not in own and prefix not in above
    return False


# 在汤阴县，观摩团首先来到…: the county the part of an article that follows is about
TOWN_LEVELS = ("town", "township", "subdistrict")
COUNTED_COMPANIES_RE = re.compile("[0-9一二三四五六七八九十两]+家(?:企业|公司)")
COUNTY_OPENING_RE = re.compile(r"^(?:随后|之后|接着|最后)?[，,]?在")


def _county_opening(view: SentenceView) -> Entity | None:
    """The county a sentence opens with (在汤阴县，…), which the towns named after it are in."""
    opening = COUNTY_OPENING_RE.match(view.text)
    if opening is None:
        return None
    first = next((m for m in view.mentions if m.start == opening.end()), None)
    if first is None or first.entity.level != "county" or view.text[first.end : first.end + 1] not in "，,":
        return None
    return first.entity


DIGEST_ITEMS = 3  # dated items that make an article a digest


class _ArticleFacts:
    """Typed facts of one article, with the article-level context rules applied last."""

    def __init__(
        self,
        evidence_of: _EvidenceOf,
        article: Article,
        resolution: Resolution,
        collector: Collector,
        posts_here: dict[str, list[Post]],
        page_county: Entity | None = None,
    ) -> None:
        self.evidence_of, self.article, self.resolution, self.collector = evidence_of, article, resolution, collector
        self.page_county = page_county  # the county the whole page is about, if one is
        self.zone_signed: dict[str, tuple[str, Evidence]] = {}  # project -> the zone whose committee signed it
        self.posts_here = posts_here
        self.views: list[tuple[Sentence, SentenceView]] = []
        self.found: list[tuple[Mention, str]] = []
        self.settling: set[str] = set()  # companies said to move in (签约入驻)
        self.post_bodies: set[str] = set()  # the bodies of the posts the article states
        self.workers: set[tuple[str, str]] = set()  # (person, body) of the work its posts state
        self.places: dict[str, Entity] = {}  # the article's districts by name

    def add_sentence(self, sentence: Sentence, found: list[tuple[Mention, str]]) -> None:
        self.views.append((sentence, _view(sentence, found, self.resolution, self.posts_here)))
        self.found.extend(found)

    def _emit(self, items: Iterable[facts.Fact], sentence: Sentence) -> None:
        for head, relation, tail, attrs in items:
            evidence = self.evidence_of(self.article, sentence.start, sentence.end)
            self.collector.add(head, relation, tail, evidence, attrs)
            if relation == "signed" and (zone := self._zone_of_committee(head)) is not None:
                self.zone_signed.setdefault(tail, (zone.id, evidence))  # (the first zone, if two sign)

    def _zone_of_committee(self, eid: str) -> Entity | None:
        """The zone whose management committee ``eid`` is (两江新区管委会: 两江新区), if the
        article names it."""
        body = self.resolution.entities[eid]
        zone = spelled_out(zone_of_body(body.name)) if body.type == "organization" else ""
        if not zone:
            return None
        return next(
            (
                place
                for _, pid in self.found
                if (place := self.resolution.entities[pid]).type == "district" and spelled_out(place.name) == zone
            ),
            None,
        )

    def finish(self) -> None:
        leaders = next((found for _, view in self.views if (found := facts.leaders(view))), ())
        convener = None
        others: list[Entity] = []  # the bodies that call it with the convener (A、B召开)
        for _, view in self.views[:4]:
            # a district named as the caller; else, in an article about one county, that county
            # (李振东主持召开县委常委会会议: the county's committee, read by convening_body)
            caller = facts.organizer(view)
            if caller is not None and caller.type == "organization":
                others = facts.co_callers(view, caller)
            if caller is not None and caller.type == "district":
                # 鼓楼区召开…推进会 over 鼓楼区人民政府召开…: the body the lead names, if it does
                body, lead = next(
                    (
                        (found, later)
                        for _, later in self.views[1:4]
                        if (found := facts.organizer(later)) is not None
                        and facts.is_government_body(found)  # not the venue (长垣市会展中心)
                        and _named_after(found, caller)  # 中共沈丘县委组织部, 南召县马市坪乡党委
                    ),
                    (None, None),
                )
                if body is not None and lead is not None:
                    convener, others = body, facts.co_callers(lead, body)  # 凉亭乡党委、乡政府召开
                    break
            district = caller
            if district is None and facts.RELATIVE_MEETING_RE.search(view.text):
                district = _dominant_county(self.found, self.resolution)
            if district is not None:
                name = facts.convening_body(view, district)
                convener = caller  # the article's county alone is no caller; its body is
                eid = entity_id("organization", name)
                # only a body the build names, or a post of this article is held in
                if name and (self.resolution.is_named("organization", name) or eid in self.post_bodies):
                    convener = self.resolution.entities.setdefault(eid, new_entity("organization", name, eid))
                elif convener is not None and convener.level == "zone":
                    convener = self._zone_committee(convener) or convener  # 济源高新区举行…: its 管委会
                break
        # the meeting's caller, else the bodies that host the event (由X、Y主办); hosts a
        # sentence names over a district the headline calls the caller (商水县举办…报告会。
        # 报告会由县委宣传部、县总工会主办: the two bodies)
        hosts = next((found for _, view in self.views[:HOST_SENTENCES] if (found := facts.hosts(view))), [])
        conveners = [convener] if convener is not None and not (convener.type == "district" and hosts) else hosts
        if convener is not None and conveners == [convener]:
            conveners += [other for other in others if other.id != convener.id]
        located: set[str] = set()  # placed by a sentence
        parties: set[str] = set()  # sides of an agreement: not placed by the article
        header: tuple[str, ...] | None = None  # of the table of projects the rows are under
        table_signer: Entity | None = None  # who signed with each row's company (A与8家投资方签订…：|table)
        article_projects: list[str] = []  # named in the sentences before, for 该项目 / 上述项目
        named_parties: list[Entity] = []  # named as 甲方 and 乙方 before, for 双方签约
        counted_signer: Entity | None = None  # signed with a number of companies (A与8家企业签约)
        count_of_sides = 0  # that number, in the sentence before
        signer_sentence: Sentence | None = None  # where it did
        signing_list = False  # in a list of signed projects (其中重点签约项目有：1.…；2.…)
        previous: Entity | None = None  # the one person of the sentence before, for 他 or 她
        set_scene: Entity | None = None  # the place the sentence before set the scene in, naming no one
        bidder: Entity | None = None  # the winner of the tender's item the sentences are of
        list_title = ""  # the last sentence that is no numbered row
        signing_article = any("签约" in view.text or "签订" in view.text for _, view in self.views)
        row_place: Entity | None = None  # the place heading the rows of a table of signed investments
        unsigned: list[Entity] = []  # the sides of the last signing that named no project
        first_signer: Entity | None = None  # the first side of the last sentence's signing (A与B签约P；与C…)
        item_callers: list[Entity] = []  # who called the meeting an item of a digest told of
        # a digest of leaders' doings, items opening with their dates (12月1日，…。12月2日，…)
        digest = sum(1 for _, view in self.views if facts.DATED_ITEM_RE.match(view.text)) >= DIGEST_ITEMS
        for sentence, view in self.views:
            if signing_article and (
                (row := facts.amount_row(view, row_place)) is not None
                or (row := facts.bracket_row(view, row_place)) is not None
            ):
                located.update(head for head, relation, *_ in row if relation == "located_in")
                parties.update(head for head, relation, *_ in row if relation in ("signed", "signed_with"))
                self._emit(row, sentence)
                continue
            row_place = facts.group_place(view) if signing_article else None
            if (columns := facts.table_header(view.text)) is not None:
                header = columns
                near = signer_sentence is not None and sentence.index - signer_sentence.index <= TABLE_AFTER_SIGNING
                table_signer = counted_signer if near else None
            elif header is not None and facts.is_table_row(view.text, header):
                row = list(facts.table_row(view, header))
                if table_signer is not None:
                    row += facts.signed_with_row(table_signer, row)
                located.update(head for head, relation, *_ in row if relation == "located_in")
                parties.update(head for head, relation, *_ in row if relation == "signed")
                self._emit(row, sentence)
                continue
            else:
                header = None
            if (won := facts.winning_bidder(view)) is not None or facts.is_list_item(view):
                bidder = won  # 二、项目名称：P 中标单位：C … (项目经理：X on the line after)
            if bidder is not None:
                self._emit(facts.bidders_staff(view, bidder), sentence)
            self._emit(facts.with_project_companies(view, facts.visited(view, leaders, previous)), sentence)
            if set_scene is not None:
                self._emit(facts.with_project_companies(view, facts.visited_in_scene(view, set_scene)), sentence)
            set_scene = facts.scene(view)
            previous = facts.referent(view)
            if count_of_sides and counted_signer is not None and signer_sentence is not None:
                # stated where the signing is (与在许5家银行…签约), the sides named in the sentence after
                self._emit(facts.counted_sides(view, counted_signer, count_of_sides), signer_sentence)
            count_of_sides = 0
            if (counted := facts.counted_signing(view)) is not None:
                # the sides may be named in the sentence after (count_of_sides)
                (counted_signer, count_of_sides), signer_sentence = counted, sentence
            if facts.opens_signing_list(view):
                signing_list = True
            elif not facts.is_list_item(view):
                signing_list = False
            listed = list(facts.listed_signing(view, counted_signer, signing_list))
            parties.update(head for head, relation, *_ in listed if relation == "signed")
            self._emit(listed, sentence)
            if counted_signer is not None and signer_sentence is not None:  # stated there: A与8家企业签约
                self._emit([fact for fact in listed if fact[0] == counted_signer.id], signer_sentence)
            if named := facts.named_sides(view):
                named_parties = [*named_parties[-1:], *named][-2:] if len(named) == 1 else named[-2:]
            both = list(facts.signed_by_both(view, named_parties))
            if both:
                parties.update(head for head, *_ in both)
                self._emit(both, sentence)
                named_parties = []
            signed = list(facts.signed(view))
            parties.update(head for head, *_ in signed)
            self._emit(signed, sentence)
            sides = list(facts.signed_with(view))
            parties.update(party for head, _, tail, _ in sides for party in (head, tail))
            self._emit(sides, sentence)
            elided = list(facts.elided_signing(view, first_signer))
            parties.update(party for head, _, tail, _ in elided for party in (head, tail))
            self._emit(elided, sentence)
            if sides:  # A与B签约P；与C签约Q: A signs the next one too
                first_signer = self.resolution.entities[sides[0][0]]
            elif not elided:
                first_signer = None
            if sides and not signed:  # A分别与B、C签约 (no project): 此次签约的P、Q after it
                ids = dict.fromkeys(party for head, _, tail, _ in sides for party in (head, tail))
                unsigned = [self.resolution.entities[eid] for eid in ids]
            elif later := list(facts.signed_later(view, unsigned)):
                parties.update(head for head, *_ in later)
                self._emit(later, sentence)
                unsigned = []
            if len(sides) == 1 and not both:  # A与B…签约: the 双方 of a later signing (双方还签订了P)
                named_parties = [self.resolution.entities[sides[0][0]], self.resolution.entities[sides[0][2]]]
            self.settling.update(facts.settling(view))
            stated = list(facts.located_in(view, article_projects))
            located.update(head for head, *_ in stated)
            self._emit(stated, sentence)
            for placed in view.mentions:
                if placed.entity.type == "project":  # in order of last mention, once each
                    if placed.entity.id in article_projects:
                        article_projects.remove(placed.entity.id)
                    article_projects.append(placed.entity.id)
            # past the lead, whose meeting the article's callers are, a sentence may call another
            here = self._callers_here(view) if sentence.index >= self.article.sentences[0].index + 4 else []
            if digest and here:
                item_callers = here  # 12月2日，示范区党工委、管委会召开…会。庞钧岳出席: the sentences after
            elif digest and facts.DATED_ITEM_RE.match(view.text):
                item_callers = []  # the next item of a digest (12月3日，…)
            self._emit(facts.meetings(view, here or item_callers or conveners), sentence)
            # work a post already states (…15号线项目负责人宁浩川) is stated once, with the post's role
            if not facts.ROW_NUMBER_RE.match(view.text) and not facts.is_person_row(view):
                list_title = view.text  # what the rows after it are a list of
            staff = any(word in list_title for word in facts.STAFF_WORDS)
            self._emit((f for f in facts.works_for(view, staff) if (f[0], f[2]) not in self.workers), sentence)
        for project, (zone, evidence) in sorted(self.zone_signed.items()):
            # a project a zone's management committee signs lies in the zone, when no sentence
            # places it (两江新区管委会 signs 高端显示模组项目 at the zone's signing)
            if project not in located and self.resolution.entities[project].type == "project":
                self.collector.add(project, "located_in", zone, evidence, {"basis": "signed"})
                located.add(project)
        self._name_and_context_places(located, parties)

    def _name_and_context_places(self, located: set[str], parties: set[str]) -> None:
        districts = functools.partial(_place_named, self.resolution)
        county = _dominant_county(self.found, self.resolution)
        anchor = county  # the division whose name a local company or institution may start with
        if county is None and (county := _dominant_zone(self.found, self.resolution)) is not None:
            anchor = facts.zone_county(county, districts)  # 漯河经开区: 漯河市
        local = county is not None and anchor is not None and self._only_local_places(anchor)
        home = self._home_place(county) if local and county is not None else None
        self.places = {
            entity.name: entity for _, eid in self.found if (entity := self.resolution.entities[eid]).type == "district"
        }
        first_sentence: dict[str, Sentence] = {}
        opened_by: dict[str, Entity] = {}  # a town's county, from the part of the article it opens
        opener: Entity | None = None
        for sentence, view in self.views:
            opener = _county_opening(view) or opener
            for placed in view.mentions:
                first_sentence.setdefault(placed.entity.id, sentence)
                if opener is not None and placed.entity.level in ("town", "township", "subdistrict"):
                    opened_by.setdefault(placed.entity.id, opener)
        for eid, sentence in first_sentence.items():
            entity = self.resolution.entities[eid]
            evidence = self.evidence_of(self.article, sentence.start, sentence.end)
            if eid not in located:
                about = (
                    (county, home, anchor)
                    if county is not None and home is not None and anchor is not None and eid not in parties
                    else None
                )
                self._place(entity, evidence, districts, about)
            if entity.type == "district" and entity.level == "zone" and not self.collector.has_parent(eid):
                named_after = facts.zone_county(entity, districts)
                if named_after is not None:
                    self.resolution.entities.setdefault(named_after.id, named_after)
                    self.collector.add(eid, "part_of", named_after.id, evidence)
            if entity.type == "district" and not self.collector.has_parent(eid):
                parent = opened_by.get(eid) or self._context_parent(entity)
                stated = evidence
                if parent is None and (parent := self._named_division_parent(entity)) is not None:
                    # the sentence naming both, else the one naming the city: what the article adds to the table
                    where = self._naming(eid, parent.id) or self._naming(parent.id)
                    stated = self.evidence_of(self.article, where.start, where.end) if where else evidence
                if parent is not None:
                    self.collector.add(eid, "part_of", parent.id, stated, {"basis": "article"})

    def _place(
        self,
        entity: Entity,
        evidence: Evidence,
        districts: facts.PlaceLookup,
        about: tuple[Entity, Entity, Entity] | None,
    ) -> None:
        """Where ``entity``, placed by no sentence, lies: the place its name starts with
        (二七区淮河东路小学); else, in an article ``about`` one county or zone (it, the place
        in it the article is about, and the division whose name a local thing may start
        with: the county, or the zone's city), one of those; else the city its name says it
        is registered in (深圳市云帆智能科技有限公司)."""
        eid = entity.id
        named = self._as_named_here(entity)
        by_name = facts.name_located_in(named, districts)
        if by_name is None or by_name.level in facts.CITY_LEVELS:
            stem = facts.stem_place(named, self.places)
            if stem is not None:
                self.collector.add(eid, "located_in", stem.id, evidence, dict(NAME_BASIS))
                return
        settles = eid in self.settling
        registered = facts.name_located_in(named, districts, registered=True) if by_name is None else None
        if (
            registered is not None
            and entity.type == "company"
            and not settles
            and not self._counts_companies(about)
            and (about is None or registered.id != about[2].id)
        ):
            about = None  # 周口中晟新能源科技有限公司 in an article about 郸城县: its city says where it is
        if by_name is None and about is not None and facts.placed_by_article(entity):
            county, home, anchor = about
            if settles or not _starts_with_other_place(entity, anchor):
                # a village article's company (由X投资建设) is the county's, its project the village's
                place = county if entity.type == "company" and not settles else home
                self.collector.add(eid, "located_in", place.id, evidence, {"basis": "article"})
                return
        by_name = by_name or registered
        if by_name is not None:
            self.resolution.entities.setdefault(by_name.id, by_name)
            self.collector.add(eid, "located_in", by_name.id, evidence, dict(NAME_BASIS))

    def _counts_companies(self, about: tuple[Entity, Entity, Entity] | None) -> bool:
        """Does the headline count the county's companies (二七区2家企业拟入选…): those the
        article names are the county's, whatever city their names start with?"""
        if about is None:
            return False
        found = COUNTED_COMPANIES_RE.search(self.article.headline)
        return found is not None and self.article.headline.endswith(about[0].name, 0, found.start())

    def _zone_committee(self, zone: Entity) -> Entity | None:
        """The management committee of ``zone`` the article names (济源高新区管委会), or None."""
        for _, eid in self.found:
            body = self.resolution.entities[eid]
            if (
                body.type == "organization"
                and body.name.endswith("管委会")
                and spelled_out(body.name.removesuffix("管委会")) == spelled_out(zone.name)
            ):
                return body
        return None

    @staticmethod
    def _callers_here(view: SentenceView) -> list[Entity]:
        """The bodies a sentence says call a meeting (南阳市委、市政府召开…座谈会，A、B出席): the
        callers of what its people chair or attend, over the article's."""
        caller = facts.organizer(view)
        if caller is None or caller.type != "organization":
            return []
        return [caller, *(other for other in facts.co_callers(view, caller) if other.id != caller.id)]

    def _as_named_here(self, entity: Entity) -> Entity:
        """``entity`` by the longest name this article gives it: what its name says of where it
        lies is what this article says (跨境电商产业园项目 here, though another file calls it
        淇滨区跨境电商产业园项目)."""
        here = {m.name for m, eid in self.found if eid == entity.id}
        if not here or entity.name in here:
            return entity
        return replace(entity, name=max(sorted(here), key=len))

    def _home_place(self, county: Entity) -> Entity:
        """Where an article about ``county`` happens: a place in it named in at least half
        of the article's place mentions (大李村), else the county."""
        counts: Counter[str] = Counter(eid for _, eid in self.found if self.resolution.entities[eid].type == "district")
        eid, count = counts.most_common(1)[0]
        entity = self.resolution.entities[eid]
        return entity if not entity.code and count * 2 >= sum(counts.values()) else county

    def _only_local_places(self, county: Entity) -> bool:
        """Does the article name no district outside ``county`` (other than its parents)?"""
        lexicon = load_lexicon()
        division = lexicon.divisions.get(county.code)
        ancestors = set()
        while division is not None:
            ancestors.add(division.name)
            division = lexicon.parent_of(division)
        for _, eid in self.found:
            entity = self.resolution.entities[eid]
            if entity.type == "district" and entity.code and entity.name not in ancestors and entity.level != "country":
                return False  # (a country an investor is from, 德国, 日本, says nothing of where things here are)
        return True

    def _naming(self, *ids: str) -> Sentence | None:
        """The first sentence of the article that names every one of ``ids``."""
        for sentence, view in self.views:
            named = {placed.entity.id for placed in view.mentions}
            if all(eid in named for eid in ids):
                return sentence
        return None

    def _named_division_parent(self, child: Entity) -> Entity | None:
        """A division's parent in the division table when the article names it too (宁陵县 in
        an article that names 商丘市): the table's fact, which the article's sentence then
        also supports (its evidence joins the table's, see :func:`kg.relation_runs.finished`)."""
        if child.level not in GAZETTEER_CHILD_LEVELS or not child.code:
            return None
        lexicon = load_lexicon()
        division = lexicon.divisions.get(child.code)
        parent = lexicon.parent_of(division) if division is not None else None
        if parent is None:
            return None
        return next(
            (
                entity
                for _, eid in self.found
                if (entity := self.resolution.entities[eid]).type == "district" and entity.code == parent.code
            ),
            None,
        )

    def _context_parent(self, child: Entity) -> Entity | None:
        """The place an article's unplaced town or village belongs to: the one place of
        the right level the article is about (马寨镇 in an article about 二七区)."""
        levels = CONTEXT_PARENT_LEVELS.get(child.level)
        if not levels:
            return None
        counts: Counter[str] = Counter(
            eid for _, eid in self.found if self.resolution.entities[eid].level in levels and eid != child.id
        )
        if not counts:
            # a town in an article that names no place above it: the county the page is about
            # (张陶乡 in a story of 今日息县 whose other stories name 息县)
            county = self.page_county
            return county if county is not None and county.level in levels and child.level in TOWN_LEVELS else None
        (eid, count), *rest = counts.most_common()
        if rest and rest[0][1] == count:
            return None
        return self.resolution.entities[eid]


def relate_document(
    part: DocumentParts,
    resolution: Resolution,
    posts: dict[tuple[str, int, int], list[Post]],
    collector: Collector,
    articles: dict[str, ArticleRecord],
) -> None:
    """Add the relations stated in one document to ``collector`` and its articles to ``articles``."""
    collector.next_document()
    evidence_of = _EvidenceOf(part)
    by_sentence = _mentions_by_sentence(part)
    # (person, body, role, former) -> the post's fullest title written in this file, so that one
    # post written twice (许昌市发展和改革委员会党组书记, then 市发改委党组书记; 县委书记, then 书记)
    # is one relation; the posts are added once the file is read, with that title
    titles: dict[tuple[str, str, str, bool], str] = {}
    posts_here = _posts_here(part, resolution, posts)
    page_county = _dominant_county(
        [(m, eid) for m in part.mentions if (eid := resolution.entity_of.get((m.doc, m.start, m.end)))], resolution
    )
    post_facts: list[tuple[str, str, str, Evidence, tuple[str, str, str, bool]]] = []
    for article in part.articles:
        aid = article_id(part.path, article.index)
        _, article_start, article_end = part.spans[(article.start, article.end)]
        articles[aid] = ArticleRecord(aid, part.path, article.index, article.headline, article_start, article_end)
        article_mentions: list[tuple[Mention, str]] = []
        article_facts = _ArticleFacts(evidence_of, article, resolution, collector, posts_here, page_county)
        for mention in article.byline:
            eid = resolution.entity_of.get((mention.doc, mention.start, mention.end))
            if eid:
                collector.add(
                    eid,
                    "reported",
                    aid,
                    evidence_of(article, mention.start, mention.end),
                    {"role": mention.role} if mention.role else None,
                )
        opened: set[int] = set()  # where the bodies sentences open with start (在X，…)
        for sentence in article.sentences:
            found = _sentence_entities(by_sentence.get(sentence.index, []), sentence, resolution)
            if sentence.text.startswith("在") and found and found[0][0].start == sentence.start + 1:
                opened.add(found[0][0].start)
            article_mentions.extend(found)
            article_facts.add_sentence(sentence, found)
            evidence = evidence_of(article, sentence.start, sentence.end)
            employer: tuple[str, int] | None = None  # the body the last person works for, where they end
            for mention, eid in found:
                roles: dict[str, list[str]] = {}  # a person's roles in each body they work for, in order
                stated = posts.get((mention.doc, mention.start, mention.end), ())
                for post in stated:
                    target = _post_target(resolution, post, part.path)
                    if not target and mention.type == "person" and employer:
                        target = _shared_employer(sentence, employer, mention, post.title)
                    if not target and mention.type == "person" and not post.organization:
                        at = mention.start - sentence.start - len(post.title)
                        # 该校校长X, 该院院长X: the school or hospital named before
                        referred = "该" in sentence.text[max(0, at - 2) : at]
                        target = _institution_of(post.title, mention, article_mentions, resolution, opened, referred)
                    if not target and mention.type == "person" and not post.organization:
                        target = _company_just_before(sentence, found, mention, resolution)
                    if not target:
                        continue
                    article_facts.post_bodies.add(target)
                    key = (eid, target, split_post(post.title)[1], post.former)
                    if len(post.title) > len(titles.get(key, "")):
                        titles[key] = post.title
                    if post.former:
                        post_facts.append((eid, "held_post", target, evidence, key))
                    elif (
                        mention.type == "person"
                        or (resolution.entities[target].type == "company" and not _party_post(post.title))
                        or is_work_post(post, stated)
                    ):
                        # an official's post in a company or a school is work there (县政协委员、
                        # 某公司总经理: the 总经理 post; 县政协委员 stays a post)
                        if resolution.entities[target].type in ORG_TYPES_FOR_WORK:
                            role = _role_in(post.title, post.organization)  # 董事长, not 某公司董事长
                            roles.setdefault(target, []).append(role)
                            employer = (target, mention.end)
                    else:
                        post_facts.append((eid, "holds_post", target, evidence, key))
                for target, held in roles.items():  # 董事长、总经理 of one company: one relation, both roles
                    collector.add(eid, "works_for", target, evidence, {"role": "、".join(dict.fromkeys(held))})
                    article_facts.workers.add((eid, target))
            collector.add_pairs(sorted({eid for _, eid in found}), "co_mentioned", evidence)
            _text_hierarchy(evidence_of, article, found, resolution, collector)
        article_facts.finish()
        named = sorted({eid for _, eid in article_mentions})
        for eid in named:  # kg:mentionedIn, from which RDF users count the co-occurrences
            add_sorted(resolution.entities[eid].articles, aid)
        _co_occurrence(evidence_of, article, named, collector)
        main = _main_district(article_mentions, resolution)
        if main:
            first = next(m for m, e in article_mentions if e == main)
            sentence = next(s for s in article.sentences if s.index == first.sentence)
            collector.add(aid, "about", main, evidence_of(article, sentence.start, sentence.end))
    for eid, relation, target, evidence, key in post_facts:
        collector.add(eid, relation, target, evidence, {"post": titles[key]})


def finish(resolution: Resolution, collector: Collector, jobs: int = 1) -> list[Relation] | StoredRelations:
    """Relations that need the whole build (the gazetteer hierarchy), then all, sorted."""
    for name, code in resolution.homonyms.items():
        if (entity := resolution.entities.get(entity_id("district", name))) is not None:
            entity.code = code
    _gazetteer_hierarchy(resolution, collector)
    return collector.result(jobs)


def relate(
    parts: list[DocumentParts],
    resolution: Resolution,
    posts: dict[tuple[str, int, int], list[Post]],
    max_evidence: int | None = None,
) -> tuple[list[Relation], dict[str, ArticleRecord]]:
    """Relations of documents already resolved into ``resolution``."""
    collector = Collector(max_evidence)
    articles: dict[str, ArticleRecord] = {}
    for part in parts:
        relate_document(part, resolution, posts, collector, articles)
    return finish(resolution, collector), articles
