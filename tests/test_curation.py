"""Corrections from a curation file, and people kept apart when their posts disagree."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import main
from kg.curation import load_curation
from kg.errors import InputError
from kg.model import Document
from kg.pipeline import assemble, build, process_document

PAGE_A = "标题一\n\n本报讯 近日，二七区委书记王强调研马寨镇。王强指出，时事通公司要加快建设。\n\n记者 景静"
PAGE_B = "标题二\n\n本报讯 近日，中原区委书记王强到西流湖街道调研。王强强调，要抓好落实。\n\n记者 唐善普"


def _graph(curation=None, *pages: tuple[str, str]):
    return assemble([process_document(Document(name, text, "utf-8")) for name, text in pages], curation)


def test_same_name_different_districts_are_two_people() -> None:
    graph = _graph(None, ("a.txt", PAGE_A), ("b.txt", PAGE_B))
    officials = sorted(e.id for e in graph.entities.values() if e.type == "official")
    assert officials == ["official/王强（中原区）", "official/王强（二七区）"]
    assert graph.entities["official/王强（二七区）"].mentions == 2  # the bare 王强指出 joins its own file's


def test_curation_file(tmp_path: Path) -> None:
    path = tmp_path / "curation.yaml"
    path.write_text(
        "merge:\n  时事通医疗: [时事通公司]\ndrop: [马寨镇]\ntypes:\n  西流湖街道: organization\nsplit_by_file: [王强]\n",
        encoding="utf-8",
    )
    graph = _graph(load_curation(path), ("a.txt", PAGE_A), ("b.txt", PAGE_B))
    assert "company/时事通医疗" in graph.entities and "时事通公司" in graph.entities["company/时事通医疗"].aliases
    assert "district/马寨镇" not in graph.entities
    assert "organization/西流湖街道" in graph.entities
    assert {"official/王强（a.txt）", "official/王强（b.txt）"} <= set(graph.entities)


def test_never_merge_keeps_names_apart(tmp_path: Path) -> None:
    text = "标题\n\n本报讯 二七区沪华国庆学校举行活动。沪华国庆学校的老师参加。\n\n记者 景静"
    merged = _graph(None, ("a.txt", text))
    assert "organization/沪华国庆学校" not in merged.entities
    path = tmp_path / "c.yaml"
    path.write_text("never_merge:\n  - [沪华国庆学校, 二七区沪华国庆学校]\n", encoding="utf-8")
    apart = _graph(load_curation(path), ("a.txt", text))
    assert {"organization/沪华国庆学校", "organization/二七区沪华国庆学校"} <= set(apart.entities)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("merge: [1, 2", "is not valid YAML"),
        ("colours: {}", "unknown section 'colours'"),
        ("types:\n  某某: city", "not one of"),
        ("never_merge:\n  - [甲]", "exactly two"),
    ],
)
def test_bad_curation_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_curation(path)


def test_cli_curation_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "in" / "a.txt"
    page.parent.mkdir()
    page.write_text(PAGE_A, encoding="utf-8")
    path = tmp_path / "c.yaml"
    path.write_text("drop: [马寨镇]\n", encoding="utf-8")
    assert main(["build", str(page.parent), "-o", str(tmp_path / "out"), "--curation", str(path), "-q"]) == 0
    assert "马寨镇" not in (tmp_path / "out" / "entities.csv").read_text(encoding="utf-8")
    assert (
        main(["build", str(page.parent), "-o", str(tmp_path / "out"), "--curation", str(tmp_path / "none.yaml")]) == 3
    )
    assert "none.yaml: cannot be read" in capsys.readouterr().err


def test_title_only_mention_resolves_when_unambiguous() -> None:
    graph = build_text("本报讯 近日，二七区委书记张建国调研马寨镇。张书记指出，要加强统筹。")
    assert graph.entities["official/张建国"].mentions == 2
    ambiguous = build_text("本报讯 区委书记张建国、区委副书记张立新调研马寨镇。张书记指出，要加强统筹。")
    assert ambiguous.entities["official/张建国"].mentions == 1


def build_text(text: str):
    return _graph(None, ("t.txt", "标题\n\n" + text))


def test_build_accepts_curation_path(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(PAGE_A, encoding="utf-8")
    path = tmp_path / "c.yaml"
    path.write_text("drop: [马寨镇]\n", encoding="utf-8")
    assert "district/马寨镇" not in build([str(page)], curation=str(path)).entities
