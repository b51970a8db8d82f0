"""Parallel, cached and distributed builds give the same exports as a plain one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg import pipeline
from kg.cli import main

from .conftest import SEEDS

EXPORTS = ("graph.ttl", "graph.nt", "graph.graphml", "graph.html", "entities.csv", "relations.csv")


def _build(capsys: pytest.CaptureFixture[str], out: Path, *args: str) -> dict[str, bytes]:
    assert main(["build", str(SEEDS), "-o", str(out), "-q", *args]) == 0, capsys.readouterr().err
    return {name: (out / name).read_bytes() for name in EXPORTS}


def test_jobs_do_not_change_the_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = _build(capsys, tmp_path / "one", "--jobs", "1", "--no-cache")
    two = _build(capsys, tmp_path / "two", "--jobs", "2", "--no-cache")
    assert one == two


def test_dask_local_cluster_gives_the_same_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("dask.distributed")
    local = _build(capsys, tmp_path / "local", "--jobs", "1", "--no-cache")
    dask = _build(capsys, tmp_path / "dask", "--scheduler", "local", "--jobs", "2", "--no-cache")
    assert local == dask


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    original = pipeline.extract_bytes

    def counted(name: str, data: bytes, limit: int = pipeline.DEFAULT_MAX_FILE_SIZE):
        calls.append(name)
        return original(name, data, limit)

    monkeypatch.setattr(pipeline, "extract_bytes", counted)
    return calls


def test_cache_extracts_only_new_or_changed_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    out = tmp_path / "out"
    calls = _counting(monkeypatch)

    def build() -> dict[str, bytes]:
        calls.clear()
        assert main(["build", str(corpus), "-o", str(out), "-q", "--jobs", "1"]) == 0
        return {name: (out / name).read_bytes() for name in EXPORTS}

    first = build()
    assert len(calls) == 5
    assert build() == first and calls == []
    page = next(corpus.glob("001_*.txt"))
    page.write_text(page.read_text(encoding="utf-8").replace("樊惠林", "樊惠森"), encoding="utf-8")
    changed = build()
    assert calls == [page.name] and changed != first
    (corpus / "005_new.txt").write_text(
        "新闻标题\n\n本报讯 近日，二七区委书记樊惠林调研马寨镇。\n\n记者 景静", encoding="utf-8"
    )
    build()
    assert calls == ["005_new.txt"]
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "another-version")
    build()
    assert len(calls) == 6


def test_evidence_is_capped_while_weights_stay_exact(capsys: pytest.CaptureFixture[str]) -> None:
    full = pipeline.build([str(SEEDS)])
    capped = pipeline.build([str(SEEDS)], max_evidence=1)
    weights = {(r.head, r.relation, r.tail, tuple(sorted(r.attrs.items()))): r.weight for r in full.relations}
    assert {(r.head, r.relation, r.tail, tuple(sorted(r.attrs.items()))): r.weight for r in capped.relations} == weights
    assert max(len(r.evidence) for r in capped.relations) == 1
    assert max(r.weight for r in capped.relations) > 1


def test_many_files_are_spilled_to_disk_between_passes(tmp_path: Path) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(210):
        (corpus / f"{i:03d}.txt").write_text(
            f"标题{i}\n\n本报讯 近日，二七区委书记樊惠林调研马寨镇第{i}村。\n\n记者 景静", encoding="utf-8"
        )
    graph = pipeline.build([str(corpus)], jobs=1)
    assert len(graph.sources) == 210
    assert graph.entities["official/樊惠林"].mentions == 210


def test_a_cached_build_reads_its_second_pass_from_the_cache_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(210):
        (corpus / f"{i:03d}.txt").write_text(
            f"标题{i}\n\n本报讯 近日，二七区委书记樊惠林调研马寨镇第{i}村。\n\n记者 景静", encoding="utf-8"
        )
    plain = pipeline.build([str(corpus)])
    stashed: list[object] = []
    original = pipeline._stash

    def spy(*args: object) -> object:
        kept = original(*args)  # type: ignore[arg-type]
        stashed.append(kept)
        return kept

    monkeypatch.setattr(pipeline, "_stash", spy)
    cache = tmp_path / "cache"
    for _ in range(2):  # filling the cache, then reading it
        stashed.clear()
        graph = pipeline.build([str(corpus)], cache=cache)
        assert graph == plain
        # no second copy in a spill folder: each file's pickle is read back from the cache
        assert all(isinstance(k, tuple) and cache in k[1].parents for k in stashed)
        assert len(stashed) == 210
