"""`kg build` options that shape the exports."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kg.cli import main, make_parser
from kg.export import DEFAULT_MAX_NODES

SEED = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))[0]


def shown_nodes(page: Path) -> tuple[int, int]:
    found = re.search(r"showing (\d+) of (\d+) nodes", page.read_text(encoding="utf-8"))
    assert found is not None
    return int(found.group(1)), int(found.group(2))


def test_graph_html_is_capped_by_default_and_0_draws_every_node(tmp_path: Path) -> None:
    assert make_parser().parse_args(["build"]).max_nodes == DEFAULT_MAX_NODES
    shutil.copy(SEED, tmp_path / "page.txt")
    assert main(["build", str(tmp_path / "page.txt"), "-o", str(tmp_path / "all"), "-q", "--max-nodes", "0"]) == 0
    shown, total = shown_nodes(tmp_path / "all" / "graph.html")
    assert shown == total > 10
    assert main(["build", str(tmp_path / "page.txt"), "-o", str(tmp_path / "ten"), "-q", "--max-nodes", "10"]) == 0
    assert shown_nodes(tmp_path / "ten" / "graph.html") == (10, total)
    # the other exports stay complete
    assert (tmp_path / "ten" / "graph.nt").read_bytes() == (tmp_path / "all" / "graph.nt").read_bytes()


def test_formats_writes_only_those_and_removes_the_others_left_from_before(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "page.txt")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "page.txt"), "-o", str(out), "-q"]) == 0
    full_nt = (out / "graph.nt").read_bytes()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["build", str(tmp_path / "page.txt"), "-o", str(out), "-q", "--formats", "nt, CSV"]) == 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "entities.csv",
        "graph.nt",
        "notes.txt",
        "relations.csv",
    ]
    assert (out / "graph.nt").read_bytes() == full_nt  # the same graph, whatever else is written
    assert make_parser().parse_args(["build", "--formats", "turtle,ttl,html"]).formats == ("turtle", "html")


def test_unknown_format_is_a_usage_error_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        make_parser().parse_args(["build", "--formats", "nt,rdfxml"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "'rdfxml'" in err and "ttl, nt, graphml, html, csv" in err
