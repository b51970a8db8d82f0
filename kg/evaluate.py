"""Precision, recall and F1 of a built graph against a gold annotation.

Gold files (``tests/fixtures/gold/README.md`` has the format) list, per source file,
the entities and relations a careful reader finds. Scoring is per file and per type:
a predicted entity of the file matches a gold entity of the same type when one of its
names (canonical or alias) is one of the gold entity's names. Each side matches at
most once. Gold entities marked ``optional`` are neither required nor false positives.
Relations match when type, head and tail match the same way; a relation with an optional
entity at either end, predicted or gold, is not scored.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from kg.errors import InputError
from kg.extract.posts import cppcc_short_name
from kg.lexicon import load_lexicon
from kg.model import ENTITY_TYPES, RELATION_TYPES, Entity, KnowledgeGraph, Relation
from kg.resolve import BODY_SHORT_FORMS, TAX_ADMINISTRATION, committee_short_name, level_written_once
from kg.text import BODY_WORD_FORMS

SCORED_RELATIONS = RELATION_TYPES[: RELATION_TYPES.index("about")]  # the typed relations a gold file states


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Report:
    entities: dict[str, Score] = field(default_factory=dict)
    relations: dict[str, Score] = field(default_factory=dict)
    posts: Score = field(default_factory=Score)
    files: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "entities": {k: v.as_dict() for k, v in self.entities.items()},
            "relations": {k: v.as_dict() for k, v in self.relations.items()},
            "posts": self.posts.as_dict(),
        }


def load_gold(path: str | Path) -> list[dict]:
    """One gold file, or every ``*.json`` in a folder."""
    target = Path(path)
    files = sorted(target.glob("*.json")) if target.is_dir() else [target]
    if not files or not all(f.is_file() for f in files):
        raise InputError(f"{path}: no gold JSON files found")
    gold = []
    for file in files:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{file}: not a readable gold JSON file ({exc})") from exc
        if not isinstance(data, dict) or "file" not in data or "entities" not in data:
            raise InputError(f"{file}: a gold file needs 'file' and 'entities'")
        gold.append(data)
    return gold


_WIDTH = str.maketrans("（）：，；！？", "():,;!?")


def normalise(name: str) -> str:
    """Compare names across punctuation width (臻辉生物技术(河南)有限公司 == 臻辉生物技术（河南）有限公司)
    and the two names of a government (桐柏县人民政府 == 桐柏县政府, the form kg gives a
    government no text prints in full)."""
    name = name.translate(_WIDTH).replace(" ", "").replace("人民政府", "政府")
    name = name.removeprefix(TAX_ADMINISTRATION)  # 国家税务总局罗山县税务局 == 罗山县税务局
    if name.startswith("中共"):
        name = committee_short_name(name)  # 中共鄢陵县委, 中共鄢陵县委员会: 鄢陵县委
        if name.startswith("中共") and load_lexicon().division_at(name, 2)[0] is not None:
            name = name[2:]  # 中共鄢陵县委宣传部: 鄢陵县委宣传部
    name = cppcc_short_name(name)  # 政协鄢陵县第十届委员会: 鄢陵县政协
    for formal, short in SAME_BODY_FORMS:
        if formal in name:
            name = name.replace(formal, short)
    return level_written_once(name)  # 郏县县委: 郏县委


# the full and short forms of one body's name that the gold and kg may each give
# (延津县人民法院 / 延津县法院, 开封市发展和改革委员会 / 开封市发改委)
SAME_BODY_FORMS = (
    *BODY_SHORT_FORMS,
    *BODY_WORD_FORMS,
    ("工业和信息化厅", "工信厅"),
    ("人民代表大会常务委员会", "人大常委会"),
    ("人民代表大会", "人大"),
    ("人民武装部", "人武部"),
    ("高新技术产业开发区", "高新区"),
    ("经济技术开发区", "经开区"),
    ("航空港经济综合实验区", "航空港区"),
)


def _names(entity: dict) -> set[str]:
    return {normalise(n) for n in (entity["name"], *entity.get("aliases", []))}


class Names(NamedTuple):
    """A predicted entity's names: its canonical one, and all (aliases too)."""

    canonical: str
    every: frozenset[str]


NO_NAMES = Names("", frozenset())


def _agrees(predicted: Names, gold_names: set[str], gold_name: str) -> bool:
    """Is a predicted entity the gold one: its canonical name one of the gold names, or the
    gold name one of its names? Two aliases alone are not enough: 台湾省委宣传部 with the
    alias 省委宣传部 is not the gold's 河南省委宣传部 (alias 省委宣传部)."""
    return predicted.canonical in gold_names or normalise(gold_name) in predicted.every


def _match(predicted: list[tuple[str, Names]], gold: list[dict], score: Score, label: str) -> None:
    used: set[int] = set()
    for pred_id, pred_names in predicted:
        hit = next((i for i, g in enumerate(gold) if i not in used and _agrees(pred_names, _names(g), g["name"])), None)
        if hit is None:
            score.fp += 1
            score.errors.append(f"{label}: FP {pred_id}")
            continue
        used.add(hit)
        if not gold[hit].get("optional"):
            score.tp += 1
    for i, g in enumerate(gold):
        if i not in used and not g.get("optional"):
            score.fn += 1
            score.errors.append(f"{label}: FN {g['name']}")


def evaluate(kg: KnowledgeGraph, gold: Iterable[dict]) -> Report:
    gold = list(gold)
    report = Report(entities={t: Score() for t in ENTITY_TYPES}, relations={r: Score() for r in SCORED_RELATIONS})
    _score_posts(kg, gold, report.posts)
    names_of = {
        e.id: Names(normalise(e.name), frozenset(normalise(n) for n in (e.name, *e.aliases)))
        for e in kg.entities.values()
    }
    # what each file can match, indexed once: the cost grows with the graph plus the gold
    entities_of: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entity in kg.entities.values():
        if entity.mentions:
            for doc in entity.docs:
                entities_of[(doc, entity.type)].append(entity.id)
    relations_of: dict[tuple[str, str], list[Relation]] = defaultdict(list)
    for relation in kg.relations:
        if relation.relation in SCORED_RELATIONS:
            for doc in dict.fromkeys(e.doc for e in relation.evidence):
                relations_of[(doc, relation.relation)].append(relation)
    for gold_file in gold:
        doc = gold_file["file"]
        report.files.append(doc)
        for type_ in ENTITY_TYPES:
            predicted = sorted((eid, names_of[eid]) for eid in entities_of.get((doc, type_), ()))
            expected = [g for g in gold_file["entities"] if g["type"] == type_]
            _match(predicted, expected, report.entities[type_], doc)
        by_name = {g["name"]: _names(g) for g in gold_file["entities"]}
        optional = set().union(*(_names(g) for g in gold_file["entities"] if g.get("optional")))
        required = set().union(*(_names(g) for g in gold_file["entities"] if not g.get("optional")))
        by_name.update({f"article:{i}": {f"article:{i}"} for i in range(len(gold_file.get("articles", [])))})
        optional_names = {g["name"] for g in gold_file["entities"] if g.get("optional")}
        for relation in SCORED_RELATIONS:
            predicted_rel = sorted(
                (f"{r.head} -{relation}-> {r.tail}", names_of.get(r.head, NO_NAMES), _tail_names(r.tail, names_of, doc))
                for r in relations_of.get((doc, relation), ())
            )
            of_type = [g for g in gold_file.get("relations", []) if g["relation"] == relation]
            expected_rel = [g for g in of_type if not g.get("optional") and not {g["head"], g["tail"]} & optional_names]
            # what a careful reader could state or not: neither required nor a false positive
            # (but a prediction that is also a required one, of an entity with the optional one's
            # name as an alias, counts as that)
            maybe = [g for g in of_type if g.get("optional")]
            predicted_rel = [
                p
                for p in predicted_rel
                if not (_only_optional(p[1], optional, required) or _only_optional(p[2], optional, required))
            ]
            _match_relations(predicted_rel, expected_rel, maybe, by_name, report.relations[relation], doc)
    return report


def _post_key(title: str, organization: str, bodies: dict[str, str] | None = None) -> tuple[str, str]:
    """A post as (organisation, role), whatever part of the organisation the title repeats:
    区政府副区长 / 副区长 of 二七区政府 are the same post. ``bodies`` maps each name and alias
    of the gold's bodies to the body's name, so a body is known by any name the gold gives it."""
    from kg.extract.posts import split_post

    organization = normalise(organization)
    return (bodies or {}).get(organization, organization), split_post(title)[1]


def _gold_bodies(gold: list[dict]) -> dict[str, str]:
    """Each name and alias of a gold organization or company -> its name."""
    bodies: dict[str, str] = {}
    for gold_file in gold:
        for entity in gold_file["entities"]:
            if entity["type"] in ("organization", "company"):
                for name in _names(entity):
                    bodies.setdefault(name, normalise(entity["name"]))
    return bodies


def _score_posts(kg: KnowledgeGraph, gold: list[dict], score: Score) -> None:
    """Posts per official over the whole corpus (a post stated in one file is the person's)."""
    expected_posts: dict[str, set[tuple[str, str]]] = {}
    names: dict[str, set[str]] = {}
    # the bodies each person's files name: a relative name (县卫健委, 市政府) is one county's or
    # city's in each file, so it is read in the files the person is named in
    bodies_of: dict[str, dict[str, str]] = {}
    for gold_file in gold:
        in_file = _gold_bodies([gold_file])
        for expected in gold_file["entities"]:
            if expected["type"] == "official" and not expected.get("optional") and expected.get("posts"):
                bodies = bodies_of.setdefault(expected["name"], {})
                for name, body in in_file.items():
                    bodies.setdefault(name, body)
                keys = {
                    _post_key(p["title"], p.get("organization") or p.get("district", ""), in_file)
                    for p in expected["posts"]
                }
                expected_posts.setdefault(expected["name"], set()).update(keys)
                names.setdefault(expected["name"], set()).update(_names(expected))
    # the other names of the bodies the build knows, as the gold may use one of them (郏县政府
    # is the 郏县人民政府 its text names)
    aliases = {e.name: e.aliases for e in kg.entities.values() if e.type in ("organization", "company")}
    # a name -> the people who bear it: namesakes of several files (two men named 阮清和, a
    # county head and a bureau chief) are one name in the gold's posts, so the build's are too
    bearing: dict[str, list[Entity]] = defaultdict(list)
    for person in (e for e in kg.entities.values() if e.type in ("official", "person")):
        for person_name in dict.fromkeys(normalise(n) for n in (person.name, *person.aliases)):
            bearing[person_name].append(person)
    for name, keys in sorted(expected_posts.items()):
        entities = {e.id: e for n in sorted(names[name]) for e in bearing.get(n, ())}
        officials = [e for e in entities.values() if e.type == "official"]
        # a namesake typed person (a company's 董事长 of another file) is not this official
        entities = {e.id: e for e in officials} if officials else dict(list(entities.items())[:1])
        bodies = bodies_of[name]
        predicted = {
            _post_key(p.title, _gold_named(p.organization, aliases, bodies) or p.district, bodies)
            for entity in entities.values()
            for p in entity.posts
        }
        score.tp += len(keys & predicted)
        score.fn += len(keys - predicted)
        score.fp += len(predicted - keys)
        score.errors.extend(f"FN post {name} {role} ({org})" for org, role in sorted(keys - predicted))
        score.errors.extend(f"FP post {name} {role} ({org})" for org, role in sorted(predicted - keys))


def _gold_named(organization: str, aliases: dict[str, list[str]], bodies: dict[str, str]) -> str:
    """``organization``, or the name of it that the gold knows, when the gold knows another: the
    longest, as a relative one (县政府) is the alias of every county's government in the gold."""
    if normalise(organization) in bodies:
        return organization
    known = (
        alias for alias in sorted(aliases.get(organization, ()), key=len, reverse=True) if normalise(alias) in bodies
    )
    return next(known, organization)


def _only_optional(names: Names, optional: set[str], required: set[str]) -> bool:
    """Is a predicted entity one the gold lists as optional, and no required one (舞阳县人民医院,
    alias 舞阳县人民医院党委, is the required hospital though the gold lists its 党委 as optional)?"""
    return bool(names.every & optional) and names.canonical not in required


def _tail_names(tail: str, names_of: dict[str, Names], doc: str) -> Names:
    if tail.startswith("article/"):
        article = "article:" + tail.rpartition("#")[2]
        return Names(article, frozenset({article}))
    return names_of.get(tail, NO_NAMES)


def _matches_any(predicted: tuple[str, Names, Names], gold: list[dict], by_name: dict[str, set[str]]) -> bool:
    _, heads, tails = predicted
    return any(
        _agrees(heads, by_name.get(g["head"], {normalise(g["head"])}), g["head"])
        and _agrees(tails, by_name.get(g["tail"], {normalise(g["tail"])}), g["tail"])
        for g in gold
    )


def _match_relations(
    predicted: list[tuple[str, Names, Names]],
    gold: list[dict],
    maybe: list[dict],
    by_name: dict[str, set[str]],
    score: Score,
    label: str,
) -> None:
    used: set[int] = set()
    for pred_id, heads, tails in predicted:
        hit = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in used
                and _agrees(heads, by_name.get(g["head"], {normalise(g["head"])}), g["head"])
                and _agrees(tails, by_name.get(g["tail"], {normalise(g["tail"])}), g["tail"])
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
            score.tp += 1
        elif not _matches_any((pred_id, heads, tails), maybe, by_name):
            score.fp += 1
            score.errors.append(f"{label}: FP {pred_id}")
    for i, g in enumerate(gold):
        if i not in used:
            score.fn += 1
            score.errors.append(f"{label}: FN {g['head']} -{g['relation']}-> {g['tail']}")


def format_report(report: Report) -> str:
    lines = [f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for section, scores in (
        ("entities", report.entities),
        ("relations", report.relations),
        ("posts", {"official posts": report.posts}),
    ):
        lines.append(f"-- {section}")
        for name, s in scores.items():
            if s.tp + s.fp + s.fn:
                lines.append(f"{name:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    return "\n".join(lines)
