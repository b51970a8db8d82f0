"""Accuracy floors on the gold annotation of the seeds, and of the probe pages no rule was
written for (tests/fixtures/probe). Raise them as the extractor improves."""

from __future__ import annotations

import pytest

from kg.evaluate import evaluate, load_gold
from kg.model import KnowledgeGraph
from kg.pipeline import build

from .conftest import ROOT

ENTITY_FLOORS = {
    # type: (precision, recall)
    "official": (0.95, 0.95),
    "journalist": (0.98, 0.98),
    "district": (0.95, 0.95),
    "company": (0.95, 0.95),
    "project": (0.95, 0.95),
    "organization": (0.95, 0.95),
    "person": (0.95, 0.75),
}
RELATION_FLOORS = {
    "holds_post": (0.95, 0.95),
    "reported": (0.98, 0.98),
    "part_of": (0.95, 0.95),
    "located_in": (0.95, 0.90),
    "visited": (0.95, 0.95),
    "signed": (0.95, 0.95),
    "works_for": (0.95, 0.95),
    "attended": (0.95, 0.95),
    "chaired": (0.95, 0.95),
}


# the probe pages, just below what kg scores on them (see tests/fixtures/probe/README.md),
# over all twenty-seven sets: each set held out until scored was harder than the ones before it
# (projects, places, meetings), so some floors are lower than when fewer sets were scored;
# relations the gold marks optional are not counted as found
PROBE_FLOORS = {
    "official": (0.99, 0.99),
    "district": (0.98, 0.97),
    "company": (0.96, 0.98),  # 0.97 P before the twenty-ninth set
    "project": (0.88, 0.92),  # 0.93 R before the twenty-ninth set
    "organization": (0.95, 0.96),
    "journalist": (0.99, 0.98),
    "person": (0.98, 0.94),
    "holds_post": (0.98, 0.96),
    "held_post": (0.98, 0.91),
    "part_of": (0.97, 0.94),
    # a company's registered city (深圳市光晟储能技术有限公司 -> 深圳市) is given when nothing more
    # specific is stated; a place a file states drops the ones it only infers
    "located_in": (0.88, 0.81),  # 0.82 before the twenty-eighth set (foreign places, a tour's sites)
    "visited": (0.93, 0.83),  # P 0.94 before the twenty-ninth set
    "signed": (0.96, 0.86),  # R 0.87 before the twenty-ninth set
    "signed_with": (0.96, 0.84),
    "works_for": (0.96, 0.87),  # R 0.88 before the twenty-ninth set
    "attended": (0.96, 0.91),  # P 0.97 before the twenty-ninth set
    "chaired": (0.97, 0.94),
    "reported": (0.97, 0.96),
    "posts": (0.95, 0.95),
}
PROBE = ROOT / "tests" / "fixtures" / "probe"


@pytest.fixture(scope="module")
def report(seed_graph: KnowledgeGraph, gold: list[dict]):
    return evaluate(seed_graph, gold)


@pytest.fixture(scope="module")
def probe_report():
    return evaluate(build([str(PROBE / "pages")]), load_gold(str(PROBE / "gold")))


@pytest.mark.parametrize(("name", "floors"), sorted(PROBE_FLOORS.items()))
def test_probe_floor(probe_report, name: str, floors: tuple[float, float]) -> None:
    scores = {**probe_report.entities, **probe_report.relations, "posts": probe_report.posts}
    score = scores[name]
    assert score.precision >= floors[0], (score.as_dict(), score.errors)
    assert score.recall >= floors[1], (score.as_dict(), score.errors)


@pytest.mark.parametrize(("type_", "floors"), sorted(ENTITY_FLOORS.items()))
def test_entity_floor(report, type_: str, floors: tuple[float, float]) -> None:
    score = report.entities[type_]
    assert score.precision >= floors[0], (score.as_dict(), score.errors)
    assert score.recall >= floors[1], (score.as_dict(), score.errors)


@pytest.mark.parametrize(("relation", "floors"), sorted(RELATION_FLOORS.items()))
def test_relation_floor(report, relation: str, floors: tuple[float, float]) -> None:
    score = report.relations[relation]
    assert score.precision >= floors[0], (score.as_dict(), score.errors)
    assert score.recall >= floors[1], (score.as_dict(), score.errors)


def test_evaluator_counts_errors() -> None:
    """The evaluator itself: a missed and an invented entity are both counted."""
    from kg.model import Entity

    graph = KnowledgeGraph(
        entities={"official/王五": Entity("official/王五", "official", "王五", docs={"a.txt"}, mentions=1)}
    )
    gold = [
        {
            "file": "a.txt",
            "entities": [{"type": "official", "name": "张三"}, {"type": "official", "name": "李四", "optional": True}],
        }
    ]
    score = evaluate(graph, gold).entities["official"]
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)


def test_an_optional_relation_is_neither_required_nor_a_false_positive() -> None:
    from kg.model import Entity, Evidence, Relation

    people = {
        name: Entity(f"official/{name}", "official", name, docs=["a.txt"], mentions=1) for name in ("张三", "李四")
    }
    place = Entity("district/二七区", "district", "二七区", docs=["a.txt"], mentions=1)
    evidence = [Evidence("a.txt", 0, "", "张三、李四调研二七区", 0, 10)]
    graph = KnowledgeGraph(
        entities={**{e.id: e for e in people.values()}, place.id: place},
        relations=[Relation("official/张三", "visited", place.id, 1, evidence, {})],
    )
    entities = [{"type": "official", "name": n} for n in people] + [{"type": "district", "name": "二七区"}]
    gold = [
        {
            "file": "a.txt",
            "entities": entities,
            "relations": [
                {"head": "张三", "relation": "visited", "tail": "二七区", "optional": True},
                {"head": "李四", "relation": "visited", "tail": "二七区", "optional": True},
            ],
        }
    ]
    score = evaluate(graph, gold).relations["visited"]
    assert (score.tp, score.fp, score.fn) == (0, 0, 0)


def test_a_relation_of_a_required_entity_counts_though_an_alias_is_an_optional_ones_name() -> None:
    from kg.model import Entity, Evidence, Relation

    person = Entity("official/甘立新", "official", "甘立新", docs=["a.txt"], mentions=1)
    hospital = Entity(
        "organization/舞阳县人民医院", "organization", "舞阳县人民医院", aliases=["舞阳县人民医院党委"], docs=["a.txt"]
    )
    hospital.mentions = 1
    evidence = [Evidence("a.txt", 0, "", "舞阳县人民医院党委书记甘立新", 0, 14)]
    graph = KnowledgeGraph(
        entities={person.id: person, hospital.id: hospital},
        relations=[Relation(person.id, "holds_post", hospital.id, 1, evidence, {"post": "党委书记"})],
    )
    entities = [
        {"type": "official", "name": "甘立新"},
        {"type": "organization", "name": "舞阳县人民医院"},
        {"type": "organization", "name": "舞阳县人民医院党委", "optional": True},
    ]
    gold = [
        {
            "file": "a.txt",
            "entities": entities,
            "relations": [{"head": "甘立新", "relation": "holds_post", "tail": "舞阳县人民医院"}],
        }
    ]
    score = evaluate(graph, gold).relations["holds_post"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)  # before: dropped as an optional entity's, a FN


def test_a_required_relation_is_matched_though_an_optional_one_names_the_same_entities() -> None:
    """开封市委 (alias 市委常委会) attended by 樊文涛: the gold requires it, and lists the same
    attendance of the optional 市委常委会 too; the required one is found, not dropped as optional."""
    from kg.model import Entity, Evidence, Relation

    person = Entity("official/樊文涛", "official", "樊文涛", docs=["a.txt"], mentions=1)
    committee = Entity("organization/开封市委", "organization", "开封市委", aliases=["市委常委会"], docs=["a.txt"])
    committee.mentions = 1
    evidence = [Evidence("a.txt", 0, "", "市委常委樊文涛出席会议", 0, 11)]
    graph = KnowledgeGraph(
        entities={person.id: person, committee.id: committee},
        relations=[Relation(person.id, "attended", committee.id, 1, evidence, {})],
    )
    entities = [
        {"type": "official", "name": "樊文涛"},
        {"type": "organization", "name": "开封市委"},
        {"type": "organization", "name": "市委常委会", "optional": True},
    ]
    relations = [
        {"head": "樊文涛", "relation": "attended", "tail": "开封市委"},
        {"head": "樊文涛", "relation": "attended", "tail": "市委常委会", "optional": True},
    ]
    score = evaluate(graph, [{"file": "a.txt", "entities": entities, "relations": relations}]).relations["attended"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)  # before: dropped as the optional one's, a FN


def test_a_second_relation_of_the_same_pair_matching_an_optional_one_is_no_false_positive() -> None:
    """邹晓岚 holds 县长 (required) and 代县长 (optional) in 光山县政府: two predictions of the pair
    are one true positive, the other neither."""
    from kg.model import Entity, Evidence, Relation

    person = Entity("official/邹晓岚", "official", "邹晓岚", docs=["a.txt"], mentions=1)
    government = Entity("organization/光山县政府", "organization", "光山县政府", docs=["a.txt"], mentions=1)
    evidence = [Evidence("a.txt", 0, "", "县委副书记、代县长邹晓岚", 0, 12)]
    graph = KnowledgeGraph(
        entities={person.id: person, government.id: government},
        relations=[
            Relation(person.id, "holds_post", government.id, 1, evidence, {"post": "代县长"}),
            Relation(person.id, "holds_post", government.id, 1, evidence, {"post": "县长"}),
        ],
    )
    entities = [{"type": "official", "name": "邹晓岚"}, {"type": "organization", "name": "光山县人民政府"}]
    relations = [
        {"head": "邹晓岚", "relation": "holds_post", "tail": "光山县人民政府", "post": "县长"},
        {"head": "邹晓岚", "relation": "holds_post", "tail": "光山县人民政府", "post": "代县长", "optional": True},
    ]
    score = evaluate(graph, [{"file": "a.txt", "entities": entities, "relations": relations}]).relations["holds_post"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_the_posts_of_namesakes_in_two_files_are_all_scored() -> None:
    """Two men named 阮清和, a county head (a.txt) and a bureau chief (b.txt), kept apart by the
    build: the gold's posts of the name are those of both, and so are the build's; a namesake
    typed person (a company's chairman) is not one of them."""
    from kg.model import Entity, Post

    head = Entity("official/阮清和", "official", "阮清和", docs=["a.txt"], mentions=1)
    head.posts = [Post("县长", "固始县政府", "固始县")]
    chief = Entity("official/阮清和#2", "official", "阮清和", docs=["b.txt"], mentions=1)
    chief.posts = [Post("局长", "宛城区商务局", "宛城区")]
    chairman = Entity("person/阮清和", "person", "阮清和", docs=["c.txt"], mentions=1)
    chairman.posts = [Post("董事长", "河南瑞丰新材料股份有限公司", "")]
    graph = KnowledgeGraph(entities={e.id: e for e in (head, chief, chairman)})
    gold = [
        {
            "file": "a.txt",
            "entities": [
                {"type": "official", "name": "阮清和", "posts": [{"title": "县长", "organization": "固始县政府"}]}
            ],
        },
        {
            "file": "b.txt",
            "entities": [
                {"type": "official", "name": "阮清和", "posts": [{"title": "局长", "organization": "宛城区商务局"}]}
            ],
        },
    ]
    score = evaluate(graph, gold).posts
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)  # before: the first one's post only, a FN


def test_a_posts_body_is_matched_by_any_name_of_it() -> None:
    """The gold may name a body as its text does (郏县人民政府), the build by the name its posts
    use (郏县政府, with the text's as an alias): the same body, so the same post."""
    from kg.model import Entity, Post

    official = Entity("official/康立伟", "official", "康立伟", docs=["a.txt"], mentions=1)
    official.posts = [Post("县长", "郏县政府", "郏县"), Post("书记", "郏县委", "郏县")]
    body = Entity("organization/郏县政府", "organization", "郏县政府", aliases=["郏县人民政府"], docs=["a.txt"])
    graph = KnowledgeGraph(entities={official.id: official, body.id: body})
    gold = [
        {
            "file": "a.txt",
            "entities": [
                {"type": "official", "name": "康立伟", "posts": [{"title": "县长", "organization": "郏县人民政府"}]},
                {"type": "organization", "name": "郏县人民政府"},
            ],
        }
    ]
    score = evaluate(graph, gold).posts
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)  # 县长 matched; 书记 of 郏县委 is not in the gold


def test_a_posts_body_is_matched_by_its_own_name_not_a_relative_one_other_files_share() -> None:
    """县政府 is an alias of every county's government in the gold: the longest name the build
    knows for a body is tried first."""
    from kg.model import Entity, Post

    official = Entity("official/何卫民", "official", "何卫民", docs=["b.txt"], mentions=1)
    official.posts = [Post("县长", "宝丰县政府", "宝丰县")]
    body = Entity("organization/宝丰县政府", "organization", "宝丰县政府", aliases=["县政府", "宝丰县人民政府"])
    graph = KnowledgeGraph(entities={official.id: official, body.id: body})
    gold = [
        {"file": "a.txt", "entities": [{"type": "organization", "name": "柘城县人民政府", "aliases": ["县政府"]}]},
        {
            "file": "b.txt",
            "entities": [
                {"type": "official", "name": "何卫民", "posts": [{"title": "县长", "organization": "宝丰县人民政府"}]},
                {"type": "organization", "name": "宝丰县人民政府", "aliases": ["县政府"]},
            ],
        },
    ]
    score = evaluate(graph, gold).posts
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_a_relative_body_of_a_post_is_read_in_the_files_of_its_holder() -> None:
    """县卫健委 in one file is that county's, in another another's: an official's post in a body
    the build names by its short form (睢县卫健委, alias 县卫健委) is matched with the body of the
    same name in the official's own file, not in the first file that has one."""
    from kg.model import Entity, Post

    official = Entity("official/蒙雪芹", "official", "蒙雪芹", docs=["b.txt"], mentions=1)
    official.posts = [Post("主任", "睢县卫健委", "睢县")]
    body = Entity("organization/睢县卫健委", "organization", "睢县卫健委", aliases=["县卫健委"])
    graph = KnowledgeGraph(entities={official.id: official, body.id: body})
    gold = [
        {
            "file": "a.txt",
            "entities": [{"type": "organization", "name": "郸城县卫生健康委员会", "aliases": ["县卫健委"]}],
        },
        {
            "file": "b.txt",
            "entities": [
                {
                    "type": "official",
                    "name": "蒙雪芹",
                    "posts": [{"title": "主任", "organization": "睢县卫生健康委员会"}],
                },
                {"type": "organization", "name": "睢县卫生健康委员会", "aliases": ["县卫健委"]},
            ],
        },
    ]
    score = evaluate(graph, gold).posts
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)  # before: 0, 1, 1 (matched with a.txt's body)


def test_official_posts_floor(report) -> None:
    """Posts of officials exact in title and organisation for at least 0.90 of them."""
    assert report.posts.recall >= 0.95, report.posts.errors
    assert report.posts.precision >= 0.95, report.posts.errors


def test_a_government_is_matched_by_either_of_its_names() -> None:
    """A government no text prints in full is 桐柏县政府 in the build; the gold may write the
    formal 桐柏县人民政府: one body, whichever form is written (and no other name matches it)."""
    from kg.model import Entity

    body = Entity("organization/桐柏县政府", "organization", "桐柏县政府", docs=["a.txt"], mentions=1)
    other = Entity("organization/桐柏县委", "organization", "桐柏县委", docs=["a.txt"], mentions=1)
    graph = KnowledgeGraph(entities={body.id: body, other.id: other})
    gold = [{"file": "a.txt", "entities": [{"type": "organization", "name": "桐柏县人民政府"}]}]
    score = evaluate(graph, gold).entities["organization"]
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)


def test_two_aliases_alone_do_not_make_a_match() -> None:
    """A body named for the wrong province (台湾省委宣传部) shares only its relative alias
    (省委宣传部) with the gold's 河南省委宣传部: a false positive and a miss. The full and the
    short form of one body's name (发展和改革委员会 / 发改委) are one name."""
    from kg.model import Entity

    wrong = Entity(
        "organization/台湾省委宣传部", "organization", "台湾省委宣传部", ["省委宣传部"], docs=["a.txt"], mentions=1
    )
    short = Entity(
        "organization/开封市发改委", "organization", "开封市发改委", ["市发改委"], docs=["a.txt"], mentions=1
    )
    graph = KnowledgeGraph(entities={wrong.id: wrong, short.id: short})
    gold = [
        {
            "file": "a.txt",
            "entities": [
                {"type": "organization", "name": "河南省委宣传部", "aliases": ["省委宣传部"]},
                {"type": "organization", "name": "开封市发展和改革委员会", "aliases": ["市发改委"]},
            ],
        }
    ]
    score = evaluate(graph, gold).entities["organization"]
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)


def test_a_party_committee_by_its_formal_name_is_the_committee() -> None:
    from kg.evaluate import normalise

    assert normalise("中共鄢陵县委") == normalise("鄢陵县委") == normalise("中共鄢陵县委员会")
    assert normalise("中共周口市委组织部") == normalise("周口市委组织部")  # its department too
    assert normalise("中共中央宣传部") != normalise("中央宣传部")  # no place after 中共
    # a CPPCC committee by its formal name, with or without its term (政协鄢陵县第十届委员会)
    assert normalise("政协鄢陵县第十届委员会") == normalise("政协鄢陵县委员会") == normalise("鄢陵县政协")
    # a county of one character: 郏县县委 as its papers write it, 郏县委 as a relative post gives it
    assert normalise("郏县县委") == normalise("郏县委") and normalise("郏县县委组织部") == normalise("郏县委组织部")
    assert normalise("宝丰县委") == "宝丰县委" and normalise("宝丰县县委") == "宝丰县县委"  # no county of one character


def test_a_congress_is_matched_by_either_of_its_names() -> None:
    from kg.evaluate import normalise

    assert normalise("鹤壁市人民代表大会") == normalise("鹤壁市人大")
    assert normalise("焦作市人民代表大会常务委员会") == normalise("焦作市人大常委会")
