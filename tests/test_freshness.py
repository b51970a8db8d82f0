"""A build whose exports are already those of its inputs and options writes nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.cli import main
from kg.freshness import STAMP_NAME

PAGE = "新闻标题\n\n本报讯 近日，二七区委书记樊惠林调研马寨镇。\n\n记者 景静\n"
EXPORTS = ("graph.ttl", "graph.nt", "graph.graphml", "graph.html", "entities.csv", "relations.csv")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02 not text")  # skipped, with a warning
    return folder


def build(capsys: pytest.CaptureFixture[str], corpus: Path, out: Path, *options: str) -> tuple[str, str]:
    assert main(["build", str(corpus), "-o", str(out), "--jobs", "1", *options]) == 0
    return capsys.readouterr()


def stamps(out: Path) -> dict[str, int]:
    """Each export's modification time: the same when the file was not written again."""
    return {name: (out / name).stat().st_mtime_ns for name in EXPORTS}


def test_an_unchanged_build_writes_nothing_and_says_what_the_build_said(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    first_out, first_err = build(capsys, corpus, out)
    assert "wrote" in first_out and "b.txt" in first_err
    before = stamps(out)
    again_out, again_err = build(capsys, corpus, out)
    assert stamps(out) == before
    assert "up to date" in again_out and "wrote" not in again_out
    assert first_out.splitlines()[0] == again_out.splitlines()[0]  # the counts
    assert again_err == first_err  # the skipped file is still reported
    assert json.loads((out / STAMP_NAME).read_text(encoding="utf-8"))["files"].keys() == set(EXPORTS)


@pytest.mark.parametrize(
    "change",
    ["input", "new input", "option", "formats", "export edited", "export removed", "no-cache", "curation"],
)
def test_a_change_builds_again(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str], change: str) -> None:
    out = tmp_path / "out"
    curation = tmp_path / "curation.yaml"
    curation.write_text("drop:\n  - 景静\n", encoding="utf-8")
    build(capsys, corpus, out, "--curation", str(curation))
    fresh = {name: (out / name).read_bytes() for name in EXPORTS}
    options = ["--curation", str(curation)]
    if change == "input":
        (corpus / "a.txt").write_text(PAGE.replace("樊惠林", "樊惠森"), encoding="utf-8")
    elif change == "new input":
        (corpus / "c.txt").write_text(PAGE.replace("马寨镇", "侯寨乡"), encoding="utf-8")
    elif change == "option":
        options += ["--max-evidence", "1"]
    elif change == "formats":
        options += ["--formats", "nt,csv"]
    elif change == "export edited":
        (out / "graph.nt").write_bytes(b"edited by hand\n")
    elif change == "export removed":
        (out / "graph.html").unlink()
    elif change == "no-cache":
        options.append("--no-cache")
    else:
        curation.write_text("drop:\n  - 樊惠林\n", encoding="utf-8")
    os.utime(out / "entities.csv", ns=(0, 0))  # so that a file written again shows a new time
    output, _ = build(capsys, corpus, out, *options)
    assert "wrote" in output and "up to date" not in output
    assert (out / "entities.csv").stat().st_mtime_ns != 0
    if change in ("export edited", "export removed", "no-cache"):  # the same inputs: the same bytes
        assert {name: (out / name).read_bytes() for name in EXPORTS} == fresh
    # and then it is up to date with what it just wrote
    assert "up to date" in build(capsys, corpus, out, *(o for o in options if o != "--no-cache"))[0]


def test_stdin_is_always_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    out = tmp_path / "out"
    for _ in range(2):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8"))))
        assert main(["build", "-", "-o", str(out), "--jobs", "1"]) == 0
        assert "wrote" in capsys.readouterr().out
    assert not (out / STAMP_NAME).exists()


def test_a_broken_stamp_means_a_build(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    build(capsys, corpus, out)
    for broken in ("not json", '{"digest": 1}', "[]", '{"digest": "x", "files": {"graph.nt": "big"}}'):
        (out / STAMP_NAME).write_text(broken, encoding="utf-8")
        assert "wrote" in build(capsys, corpus, out)[0]
