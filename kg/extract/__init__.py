"""Mentions of the seven entity types in a segmented document.

One pass per sentence: people (post -> name) first, since their names and post
titles bound the names around them; then names by suffix (chunks) and the
gazetteer. Overlaps keep the longest span; places inside a longer name are kept as
well when they are county level or below (金水区国基路街道宏康社区日间照料中心 gives
the centre and its three places). A second pass finds later bare mentions of the
people confirmed in the document (樊惠林表示).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import ahocorasick

from kg.extract.chunks import find_chunks, find_listed_companies, place_ends
from kg.extract.people import find_people
from kg.extract.places import PlaceMatch, find_places, in_henan, short_form_allowed
from kg.extract.posts import Context, absolute_name, parse_posts
from kg.lexicon import Division, load_lexicon
from kg.model import Article, CleanDocument, Mention, Post, Sentence

ENTITY_PRIORITY = {"official": 0, "person": 1, "journalist": 1, "company": 2, "project": 2, "organization": 2, "district": 3}
PLACE_KIND_BY_SUFFIX = {"社区": "社区", "村": "村", "镇": "镇", "乡": "乡", "街道": "街道", "办事处": "办事处"}
NESTED_PLACE_SUFFIXES = ("街道", "办事处", "社区", "村", "镇", "乡")

ExtractedPosts = dict[tuple[str, int, int], list[Post]]


PlacesBySentence = dict[int, list[PlaceMatch]]


def _article_context(sentences: Iterable[Sentence], places: PlacesBySentence, fallback: Context | None) -> Context:
    """The districts an article is about: the county it names most, and its parents."""
    counts: Counter[str] = Counter()
    lexicon = load_lexicon()
    for sentence in sentences:
        for match in places[sentence.index]:
            if not match.short and match.division.level == "county":
                counts[match.division.code] += 1
    if not counts:
        return fallback or Context()
    county = lexicon.divisions[counts.most_common(1)[0][0]]
    prefecture = lexicon.parent_of(county)
    province = lexicon.parent_of(prefecture) if prefecture else None
    if prefecture and prefecture.level == "province":
        prefecture, province = None, prefecture
    return Context(county=county, prefecture=prefecture, province=province)


def _pick(candidates: list[Mention]) -> list[Mention]:
    """Longest non-overlapping spans; ties go to the more specific type."""
    ordered = sorted(candidates, key=lambda m: (-(m.end - m.start), ENTITY_PRIORITY[m.type], m.start))
    taken: list[tuple[int, int]] = []
    kept: list[Mention] = []
    for mention in ordered:
        if any(mention.start < e and s < mention.end for s, e in taken):
            continue
        taken.append((mention.start, mention.end))
        kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end))


def _mention(sentence: Sentence, start: int, end: int, type_: str, extractor: str, **extra: object) -> Mention:
    base = sentence.start
    return Mention(
        doc=sentence.doc,
        article=sentence.article,
        sentence=sentence.index,
        start=base + start,
        end=base + end,
        text=sentence.text[start:end],
        type=type_,
        extractor=extractor,
        **extra,  # type: ignore[arg-type]
    )


def _place_canonical(division: Division) -> str:
    return division.name


def extract_sentence(
    sentence: Sentence, context: Context, full_names: set[str], posts_out: ExtractedPosts, found_places: list[PlaceMatch] | None = None
) -> list[Mention]:
    lexicon = load_lexicon()
    text = sentence.text
    candidates: list[Mention] = []
    nested: list[Mention] = []
    people = find_people(text)
    barriers = frozenset(p.end for p in people)
    for person in people:
        canonical_posts = parse_posts(person.posts, context) if person.posts else []
        mention = _mention(sentence, person.start, person.end, person.type, "post", posts=person.posts)
        candidates.append(mention)
        if canonical_posts:
            posts_out[(mention.doc, mention.start, mention.end)] = canonical_posts
    found_places = find_places(text) if found_places is None else found_places
    places = [p for p in found_places if short_form_allowed(p, text, full_names, lexicon)]
    ends = place_ends(text, [(p.start, p.end) for p in places if not p.short])
    for chunk in find_chunks(text, barriers=barriers, place_barriers=ends) + find_listed_companies(text):
        name = text[chunk.start : chunk.end]
        canonical = absolute_name(name, context) if chunk.type == "organization" else ""
        candidates.append(_mention(sentence, chunk.start, chunk.end, chunk.type, "suffix", canonical=canonical if canonical != name else ""))
    for place in places:
        canonical = place.division.name if place.short else ""
        candidates.append(_mention(sentence, place.start, place.end, "district", "gazetteer", canonical=canonical))
    kept = _pick(candidates)
    for mention in candidates:
        if mention in kept or mention.type not in ("district", "company"):
            continue
        container = next((k for k in kept if k.start <= mention.start and mention.end <= k.end and k is not mention), None)
        if container is None or (container.type == "district" and container.extractor == "gazetteer"):
            continue
        if _nestable(mention, container):
            nested.append(mention)
    return sorted(kept + _pick(nested), key=lambda m: (m.start, m.end))


def _nestable(mention: Mention, container: Mention) -> bool:
    """Names worth keeping inside a longer name: counties and the places below them in any
    name; a company that starts a project's name (唐久便利集团|西安物流基地)."""
    if mention.type == "company":
        return container.type == "project" and mention.start == container.start and mention.text.endswith(("公司", "集团"))
    if container.type == "person" or container.type == "official":
        return False
    if mention.extractor == "suffix":
        return mention.text.endswith(NESTED_PLACE_SUFFIXES)
    return any(d.level == "county" for d in load_lexicon().divisions_by_name.get(mention.name, ()))


def _recent_places(mentions: Iterable[Mention]) -> tuple[tuple[str, str], ...]:
    places = []
    for mention in mentions:
        if mention.type == "district":
            for suffix, kind in PLACE_KIND_BY_SUFFIX.items():
                if mention.name.endswith(suffix):
                    places.append((kind, mention.name))
    return tuple(places)


def _propagate(clean: CleanDocument, articles: list[Article], mentions: list[Mention]) -> list[Mention]:
    """Later bare mentions of the people found in this document."""
    people: dict[str, str] = {}
    for mention in mentions:
        if mention.type in ("official", "person") and mention.extractor == "post":
            people.setdefault(mention.text, mention.type)
    if not people:
        return []
    automaton = ahocorasick.Automaton()
    for name, type_ in people.items():
        automaton.add_word(name, (name, type_))
    automaton.make_automaton()
    covered = [(m.start, m.end) for m in mentions]
    extra: list[Mention] = []
    for article in articles:
        for sentence in article.sentences:
            for end, (name, type_) in automaton.iter(sentence.text):
                start = end - len(name) + 1
                abs_start, abs_end = sentence.start + start, sentence.start + end + 1
                if any(abs_start < e and s < abs_end for s, e in covered):
                    continue
                extra.append(_mention(sentence, start, end + 1, type_, "propagate"))
                covered.append((abs_start, abs_end))
    return extra


TITLE_ONLY_RE = re.compile(r"([\u4e00-\u9fff])(书记|副书记|区长|副区长|市长|副市长|县长|镇长|乡长|主任|局长|部长|董事长|总经理)")


def _title_only(articles: list[Article], mentions: list[Mention], posts: ExtractedPosts) -> list[Mention]:
    """张书记: a surname and a title stand for the one official of the article who has both."""
    extra: list[Mention] = []
    covered = [(m.start, m.end) for m in mentions]
    for article in articles:
        holders: dict[tuple[str, str], set[str]] = defaultdict(set)
        for mention in mentions:
            if mention.article == article.index and mention.type in ("official", "person"):
                for post in posts.get((mention.doc, mention.start, mention.end), ()):
                    for title in TITLES:
                        if post.title.endswith(title):
                            holders[(mention.text[0], title)].add(mention.text)
        for sentence in article.sentences:
            for match in TITLE_ONLY_RE.finditer(sentence.text):
                names = holders.get((match.group(1), match.group(2)), set())
                start, end = sentence.start + match.start(1), sentence.start + match.end(2)
                if len(names) != 1 or any(start < e and s < end for s, e in covered):
                    continue
                name = next(iter(names))
                type_ = next(m.type for m in mentions if m.text == name and m.article == article.index)
                extra.append(_mention(sentence, match.start(1), match.end(2), type_, "title", canonical=name))
                covered.append((start, end))
    return extra


TITLES = ("书记", "副书记", "区长", "副区长", "市长", "副市长", "县长", "镇长", "乡长", "主任", "局长", "部长", "董事长", "总经理")


def _drop_lone_distant_places(mentions: list[Mention], full_names: set[str]) -> list[Mention]:
    """A short name of a city outside Henan said once (哈密、烟薯 is a sweet potato) is dropped."""
    lexicon = load_lexicon()
    counts = Counter(m.name for m in mentions if m.type == "district" and m.canonical and m.extractor == "gazetteer")
    keep = []
    for mention in mentions:
        if mention.type == "district" and mention.canonical and mention.extractor == "gazetteer" and counts[mention.name] < 2 and mention.name not in full_names:
            division = lexicon.divisions_by_name.get(mention.name, (None,))[0]
            if division is not None and division.level != "province" and not in_henan(division, lexicon):
                continue
        keep.append(mention)
    return keep


def extract_document(clean: CleanDocument, articles: list[Article]) -> tuple[list[Mention], ExtractedPosts]:
    """All mentions of a document (sorted by offset) and the posts stated for people."""
    places: PlacesBySentence = {s.index: find_places(s.text) for a in articles for s in a.sentences}
    doc_context = _article_context((s for a in articles for s in a.sentences), places, None)
    full_names = {m.division.name for matches in places.values() for m in matches if not m.short}
    mentions: list[Mention] = []
    posts: ExtractedPosts = {}
    for article in articles:
        base = _article_context(article.sentences, places, doc_context)
        article_mentions: list[Mention] = list(article.byline)
        for sentence in article.sentences:
            context = Context(base.county, base.prefecture, base.province, _recent_places(article_mentions))
            article_mentions.extend(extract_sentence(sentence, context, full_names, posts, places[sentence.index]))
        mentions.extend(article_mentions)
    mentions = _drop_lone_distant_places(mentions, full_names)
    mentions.extend(_propagate(clean, articles, mentions))
    mentions.extend(_title_only(articles, mentions, posts))
    mentions.sort(key=lambda m: (m.start, m.end, m.type))
    return mentions, posts
