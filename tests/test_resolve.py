"""One entity per real-world thing across articles and files."""

from __future__ import annotations

from kg.model import KnowledgeGraph


def test_same_official_across_files_is_one_node(seed_graph: KnowledgeGraph) -> None:
    entity = seed_graph.entities["official/樊惠林"]
    assert entity.docs == {"001_fdb8d20d53532580.txt", "004_3ffb1123e71c06d5.txt"}
    assert [p.title for p in entity.posts] == ["区委书记"]
    assert entity.posts[0].organization == "二七区委"


def test_company_short_form_is_an_alias(seed_graph: KnowledgeGraph) -> None:
    entity = seed_graph.entities["company/河南时事通医疗大数据有限公司"]
    assert "时事通公司" in entity.aliases
    assert "company/时事通公司" not in seed_graph.entities
    assert "唐久集团" in seed_graph.entities["company/唐久便利集团"].aliases


def test_district_short_form_resolves_to_the_district(seed_graph: KnowledgeGraph) -> None:
    entity = seed_graph.entities["district/二七区"]
    assert "二七" in entity.aliases
    assert entity.code == "410103"
    assert "district/二七" not in seed_graph.entities


def test_relative_bodies_are_made_absolute(seed_graph: KnowledgeGraph) -> None:
    assert "区委" in seed_graph.entities["organization/二七区委"].aliases
    assert "区发改委" in seed_graph.entities["organization/二七区发改委"].aliases


def test_project_forms_merge(seed_graph: KnowledgeGraph) -> None:
    entity = seed_graph.entities["project/二七时事通医疗器械产业园项目"]
    assert {"时事通医疗器械产业园项目", "时事通医疗器械产业园"} <= entity.aliases
    assert {"000_9db830fd1c9d1c23.txt", "004_3ffb1123e71c06d5.txt"} <= entity.docs
