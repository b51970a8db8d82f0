"""Typed facts read off whole sentences of a small built page."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline import build

MEETING = """武陟县召开招商引资工作推进会

本报讯（记者 汤立燕）近日，武陟县召开招商引资工作推进会，总结前一阶段工作。
县委书记莫浩莉出席会议并讲话，县委副书记、县长袁光玲主持会议。
出席会议的有县委常委、组织部长姜晓华，县委常委、常务副县长史海敏，县政府党组成员陶宏燕等。
"""


def test_people_listed_after_chu_xi_hui_yi_de_you_attended(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(MEETING, encoding="utf-8")
    graph = build([str(page)])
    names = {e.id: e.name for e in graph.entities.values()}
    attended = {(names.get(r.head), names.get(r.tail)) for r in graph.relations if r.relation == "attended"}
    # before: only the people written before 出席 were read as attendees
    assert {("姜晓华", "武陟县"), ("史海敏", "武陟县"), ("陶宏燕", "武陟县"), ("莫浩莉", "武陟县")} <= attended
    chaired = {(names.get(r.head), names.get(r.tail)) for r in graph.relations if r.relation == "chaired"}
    assert chaired == {("袁光玲", "武陟县")}


SIGNING = """卓恒医疗科技项目成功签约

本报讯 6月26日下午，中站区举行项目签约仪式。
签约仪式结束后，区委书记邵万峰会见了卓恒医疗科技有限公司董事长戴波和总经理高雨蕾一行，对项目成功签约表示祝贺。
"""


def test_a_role_joined_by_he_is_held_in_the_body_before_it(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(SIGNING, encoding="utf-8")
    graph = build([str(page)])
    names = {e.id: e.name for e in graph.entities.values()}
    works = {
        (names.get(r.head), names.get(r.tail), r.attrs.get("role"))
        for r in graph.relations
        if r.relation == "works_for"
    }
    # before: 总经理 after 和 had no body, and roles were written with the company's name
    assert works == {("戴波", "卓恒医疗科技有限公司", "董事长"), ("高雨蕾", "卓恒医疗科技有限公司", "总经理")}
