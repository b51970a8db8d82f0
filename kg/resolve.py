"""Mentions -> entities: canonical names, aliases, merges across articles and files.

Within one type, a name merges into another when it is
* the same name (樊惠林 in 001 and 004),
* the same name without a district prefix (沪华国庆学校 / 二七区沪华国庆学校,
  时事通医疗器械产业园项目 / 二七时事通医疗器械产业园项目),
* a project without its 项目 ending (时事通医疗器械产业园 / ...项目),
* a company short form whose stem appears in exactly one longer company name
  (时事通公司 -> 河南时事通医疗大数据有限公司, 唐久集团 -> 唐久便利集团).
The canonical name is the fullest form.

People are merged on their name only while their posts agree: two 王强 whose posts lie
in different districts are two entities (``official/王强（二七区）`` and
``official/王强（中原区）``), and a bare mention joins the one of its own file. A user
curation file (:mod:`kg.curation`) fixes types, merges, keeps names apart, splits a
name by file and drops non-entities, on every build.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from kg.curation import Curation
from kg.lexicon import load_lexicon
from kg.model import Entity, Mention, Post

COMPANY_ENDINGS = ("股份有限公司", "有限责任公司", "有限公司", "公司", "集团")
PLACE_LEVELS = (
    ("街道", "subdistrict"),
    ("办事处", "subdistrict"),
    ("社区", "community"),
    ("村", "village"),
    ("镇", "town"),
    ("乡", "township"),
    ("经开区", "zone"),
    ("高新区", "zone"),
    ("新区", "zone"),
    ("开发区", "zone"),
    ("商务区", "zone"),
    ("航空港区", "zone"),
)


@dataclass
class Resolution:
    entities: dict[str, Entity] = field(default_factory=dict)
    entity_of: dict[tuple[str, int, int], str] = field(default_factory=dict)  # (doc, start, end) -> id
    names_in_doc: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (id, doc) -> surfaces


def entity_id(type_: str, name: str) -> str:
    return f"{type_}/{name}"


ZONE_WORDS = ("经开区", "高新区", "新区", "航空港区", "开发区", "商务区")


def _strip_district_prefix(name: str) -> str:
    """二七区沪华国庆学校 -> 沪华国庆学校. Not when the rest names a body relative to the
    place (中原区委 -> 区委 would merge with 二七区委) or another zone's (二七经开区管委会)."""
    lexicon = load_lexicon()
    for length in range(min(len(name) - 2, 10), 1, -1):
        prefix = name[:length]
        if prefix in lexicon.divisions_by_name or prefix in lexicon.divisions_by_short:
            rest = name[length:]
            relative = rest[:1] in "区市县省镇乡" or len(rest) <= 3 or rest.startswith(ZONE_WORDS)
            return name if relative else rest
    return name


def _merge_key(type_: str, name: str) -> str:
    if type_ in ("organization", "project", "company"):
        stripped = _strip_district_prefix(name).replace("总工会", "工会")
        if type_ == "project" and stripped.endswith("项目") and len(stripped) > 4:
            stripped = stripped[:-2]
        return stripped
    return name


def _company_stem(name: str) -> str:
    for ending in COMPANY_ENDINGS:
        if name.endswith(ending):
            return name[: -len(ending)]
    return name


def _canonical_map(type_: str, names: Counter[str], curation: Curation) -> dict[str, str]:
    """Each name of one type -> its canonical (fullest) form."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[_merge_key(type_, name)].append(name)
    canonical: dict[str, str] = {}
    for members in groups.values():
        best = max(members, key=lambda n: (len(n), names[n], n))
        for name in members:
            canonical[name] = name if curation.apart(name, best) else best
    if type_ == "company":
        fulls = sorted({c for c in canonical.values()}, key=len, reverse=True)
        for name, target in list(canonical.items()):
            stem = _company_stem(target)
            if len(stem) < 2 or stem == target:
                continue
            longer = [f for f in fulls if f != target and stem in f and len(f) > len(target)]
            if len(longer) == 1 and not curation.apart(name, longer[0]):
                canonical[name] = longer[0]
        for name, target in list(canonical.items()):
            while canonical.get(target, target) != target:
                target = canonical[target]
            canonical[name] = target
    return canonical


def _place_level(name: str) -> str:
    for suffix, level in PLACE_LEVELS:
        if name.endswith(suffix):
            return level
    return ""


def _curated(mentions: list[Mention], curation: Curation) -> list[Mention]:
    out = []
    for mention in mentions:
        if mention.name in curation.types:
            mention = replace(mention, type=curation.types[mention.name])
        if mention.name in curation.merge:
            mention = replace(mention, canonical=curation.merge[mention.name])
        if not curation.dropped(mention.type, mention.name):
            out.append(mention)
    return out


PEOPLE = ("official", "person")


def _key(mention: Mention) -> tuple[str, int, int]:
    return (mention.doc, mention.start, mention.end)


def _post_districts(mention: Mention, posts: dict[tuple[str, int, int], list[Post]]) -> frozenset[str]:
    return frozenset(p.district for p in posts.get(_key(mention), ()) if p.district)


def _person_qualifiers(mentions: list[Mention], posts: dict[tuple[str, int, int], list[Post]], curation: Curation) -> dict[tuple[str, int, int], str]:
    """Which person each mention of a shared name is: "" unless the name is split."""
    by_name: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.type in PEOPLE:
            by_name[(mention.type, mention.name)].append(mention)
    qualifiers: dict[tuple[str, int, int], str] = {}
    for (_, name), group in by_name.items():
        if name in curation.split_by_file:
            qualifiers.update({_key(m): m.doc for m in group})
            continue
        signatures = {sig for m in group if (sig := _post_districts(m, posts))}
        if len(signatures) <= 1:
            continue
        per_doc: dict[str, set[frozenset[str]]] = defaultdict(set)
        for mention in group:
            if sig := _post_districts(mention, posts):
                per_doc[mention.doc].add(sig)
        for mention in group:
            sig = _post_districts(mention, posts) or (next(iter(per_doc[mention.doc])) if len(per_doc[mention.doc]) == 1 else frozenset())
            qualifiers[_key(mention)] = "、".join(sorted(sig))
    return qualifiers


def resolve(
    mentions: list[Mention], posts: dict[tuple[str, int, int], list[Post]], curation: Curation | None = None
) -> Resolution:
    """Group mentions into entities; fill aliases, posts, documents, counts, codes."""
    lexicon = load_lexicon()
    curation = curation or Curation()
    mentions = _curated(mentions, curation)
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        by_type[mention.type][mention.name] += 1
    canonical = {type_: _canonical_map(type_, names, curation) for type_, names in by_type.items()}
    qualifiers = _person_qualifiers(mentions, posts, curation)
    result = Resolution()
    for mention in sorted(mentions, key=lambda m: (m.doc, m.start, m.end, m.type)):
        name = canonical[mention.type][mention.name]
        qualifier = qualifiers.get(_key(mention), "")
        eid = entity_id(mention.type, f"{name}（{qualifier}）" if qualifier else name)
        entity = result.entities.get(eid)
        if entity is None:
            entity = Entity(id=eid, type=mention.type, name=name)
            if mention.type == "district":
                division = lexicon.divisions_by_name.get(name, (None,))[0]
                entity.code = division.code if division else ""
                entity.level = division.level if division else _place_level(name)
            result.entities[eid] = entity
        for surface in (mention.text, mention.name):
            if surface != name:
                entity.aliases.add(surface)
        entity.docs.add(mention.doc)
        entity.mentions += 1
        result.entity_of[(mention.doc, mention.start, mention.end)] = eid
        result.names_in_doc.setdefault((eid, mention.doc), set()).add(mention.text)
        for post in posts.get((mention.doc, mention.start, mention.end), ()):
            if post not in entity.posts:
                entity.posts.append(post)
    return result
