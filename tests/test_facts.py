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
