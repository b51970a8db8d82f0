"""Parallel, cached and distributed builds give the same exports as a plain one."""

from __future__ import annotations

import csv
import gc
import os
import pickle
import shutil
import tempfile
from pathlib import Path

import pytest

from kg import pipeline, relation_runs, second_pass
from kg.cli import main
from kg.curation import Curation
from kg.errors import KgError
from kg.graph import EvidenceList
from kg.model import Entity, Evidence, KnowledgeGraph, Relation
from kg.read import find_sources
from kg.relate import DocumentParts, _ensure_entity, _place_named
from kg.relation_runs import StoredRelations
from kg.resolve import Resolution, Resolver
from kg.second_pass import _relate_runs, _runs, relate_all

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


def _cached_build(corpus: Path, out: Path) -> dict[str, bytes]:
    """``kg build CORPUS -o OUT`` (one process, the cache in OUT): the exports."""
    assert main(["build", str(corpus), "-o", str(out), "-q", "--jobs", "1"]) == 0
    return {name: (out / name).read_bytes() for name in EXPORTS}


def test_cache_extracts_only_new_or_changed_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    calls = _counting(monkeypatch)

    def build() -> dict[str, bytes]:
        calls.clear()
        return _cached_build(corpus, tmp_path / "out")

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


def test_a_cache_file_of_another_shape_is_extracted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    first = _cached_build(SEEDS, out)
    kept = sorted(path for path in (out / ".kg-cache").rglob("*.pickle") if ".related-" not in path.name)
    assert len(kept) == 5
    observed, blob = pickle.loads(kept[0].read_bytes())
    assert isinstance(observed, pipeline.Observed) and isinstance(pickle.loads(blob), pipeline.ExtractedDocument)
    kept[0].write_bytes(blob)  # the extraction alone, as an older kg kept it
    kept[1].write_bytes(b"not a pickle")
    (out / ".kg-stamp.json").unlink()  # else the exports, unchanged, are not written again
    calls = _counting(monkeypatch)
    assert _cached_build(SEEDS, out) == first
    assert len(calls) == 2
    assert all(isinstance(pickle.loads(k.read_bytes()), tuple) for k in kept)


def _relating(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files each later build relates (the rest read from the cache)."""
    calls: list[str] = []
    original = second_pass.relate_document

    def counted(part: DocumentParts, *args: object) -> None:
        calls.append(part.path)
        original(part, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(second_pass, "relate_document", counted)
    return calls


PAGES = {
    "a.txt": "学校开学\n\n本报讯 近日，沪华国庆学校举行开学典礼，校长李明讲话。\n\n记者 景静\n",
    "b.txt": "企业签约\n\n本报讯 近日，河南华瑞新材料有限公司与马寨镇签约。\n\n记者 景静\n",
    "c.txt": "区领导调研\n\n本报讯 近日，二七区委书记樊惠林调研二七区沪华国庆学校。\n\n记者 王磊\n",
}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_rebuild_relates_again_only_the_files_whose_names_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    monkeypatch.setattr(second_pass, "can_fork", lambda: False)  # counted in this process
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_text(PAGES[name], encoding="utf-8")
    related = _relating(monkeypatch)

    def build(*options: str) -> dict[str, bytes]:
        related.clear()
        out = tmp_path / ("fresh" if options else "out")
        assert main(["build", str(corpus), "-o", str(out), "-q", "--jobs", jobs, *options]) == 0
        return {name: (out / name).read_bytes() for name in EXPORTS}

    build()
    assert related == ["a.txt", "b.txt"]
    (tmp_path / "out" / ".kg-stamp.json").unlink()  # else the exports, up to date, are left alone
    build()
    assert related == []  # every file's part read back
    # c.txt names the school in full: a.txt's short name now resolves to it, b.txt is unchanged
    (corpus / "c.txt").write_text(PAGES["c.txt"], encoding="utf-8")
    rebuilt = build()
    assert related == ["a.txt", "c.txt"]
    assert rebuilt == build("--no-cache")
    assert "organization/二七区沪华国庆学校" in rebuilt["entities.csv"].decode()
    (corpus / "c.txt").unlink()  # and back: a.txt's school has its short name again
    shorter = build()
    assert related == ["a.txt"]
    assert shorter == build("--no-cache")
    assert "organization/沪华国庆学校," in shorter["entities.csv"].decode()


def test_what_relating_a_file_knows_of_a_persons_posts_is_what_the_file_states(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "000.txt").write_text(
        "安良镇召开专题会议\n\n本报讯 8月5日，安良镇党委书记王俊峰主持召开专题会议，安排部署秋粮生产工作。\n",
        encoding="utf-8",
    )
    (corpus / "001.txt").write_text(
        "秋粮长势喜人\n\n本报讯 在安良镇，人大代表王俊峰深入田间查看玉米长势，询问群众收成情况。\n", encoding="utf-8"
    )
    # the visit of 001 does not depend on whether 000 was related before it in the same process
    plain = pipeline.build([str(corpus)])
    assert pipeline.build([str(corpus)], cache=tmp_path / "cache") == plain
    # in 001 he is a deputy visiting the town, whatever other files say he is there
    assert ("official/王俊峰", "district/安良镇") in {
        (r.head, r.tail) for r in plain.relations if r.relation == "visited"
    }


@pytest.mark.usefixtures("forking")
def test_a_rebuild_with_most_parts_kept_merges_them_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    forked: list[int] = []
    monkeypatch.setattr(second_pass, "_relate_runs", lambda *args: forked.append(1) or _relate_runs(*args))
    cache = tmp_path / "cache"
    assert pipeline.build([str(corpus)], jobs=2, cache=cache) == pipeline.build([str(corpus)])
    assert forked == [1]  # nothing kept yet: the files are related in runs over two processes
    (corpus / "005_new.txt").write_text(PAGES["c.txt"], encoding="utf-8")
    assert pipeline.build([str(corpus)], jobs=2, cache=cache) == pipeline.build([str(corpus)])
    assert forked == [1]  # five of six kept: merged here


def test_a_kept_part_that_cannot_be_read_is_related_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    first = _cached_build(SEEDS, out)
    parts = sorted((out / ".kg-cache").rglob("*.related-*.pickle"))
    assert len(parts) == 5
    parts[0].write_bytes(b"not a pickle")
    reads, _ = pickle.loads(parts[1].read_bytes())
    parts[1].write_bytes(pickle.dumps((reads, b"not a pickle")))
    parts[2].write_bytes(pickle.dumps((reads, pickle.dumps("another shape"))))
    (out / ".kg-stamp.json").unlink()
    related = _relating(monkeypatch)
    assert _cached_build(SEEDS, out) == first
    assert len(related) == 3


def test_kept_parts_are_apart_for_each_setting_that_changes_them(tmp_path: Path) -> None:
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    curation = tmp_path / "curation.yaml"
    curation.write_text("drop:\n  - 河南省\n", encoding="utf-8")
    builds = {}
    for options in ((), ("--max-evidence", "1"), ("--co-occurrence", "none"), ("--curation", str(curation))):
        assert main(["build", str(SEEDS), "-o", str(out), "-q", "--formats", "nt", *options]) == 0
        assert main(["build", str(SEEDS), "-o", str(fresh), "-q", "--formats", "nt", "--no-cache", *options]) == 0
        builds[options] = (out / "graph.nt").read_bytes()
        assert builds[options] == (fresh / "graph.nt").read_bytes()
    assert len(set(builds.values())) == 4
    assert len(list((out / ".kg-cache").rglob("*.related-*.pickle"))) == 4 * 5


def test_evidence_is_capped_while_weights_stay_exact(capsys: pytest.CaptureFixture[str]) -> None:
    full = pipeline.build([str(SEEDS)])
    capped = pipeline.build([str(SEEDS)], max_evidence=1)
    weights = {(r.head, r.relation, r.tail, tuple(sorted(r.attrs.items()))): r.weight for r in full.relations}
    assert {(r.head, r.relation, r.tail, tuple(sorted(r.attrs.items()))): r.weight for r in capped.relations} == weights
    assert max(len(r.evidence) for r in capped.relations) == 1
    assert max(r.weight for r in capped.relations) > 1


@pytest.mark.usefixtures("forking")
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
    assert pipeline.build([str(corpus)], jobs=2) == graph  # workers send what the resolver needs; runs merged


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


def _seed_extractions() -> list[pipeline.ExtractedDocument]:
    return [result for _, result in pipeline.extract_all(find_sources([str(SEEDS)], print))]  # type: ignore[misc]


CURATION = Curation(
    merge={"惠林": "樊惠林"},
    drop=frozenset({"district/河南省"}),
    types={"二七区委": "company"},
)


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs in child processes even when an earlier test left a thread behind (Dask's
    offload thread stays for the life of the process), which would make them serial."""
    pytest.importorskip("multiprocessing").get_context("fork")
    monkeypatch.setattr(second_pass, "can_fork", lambda: True)
    monkeypatch.setattr(relation_runs, "can_fork", lambda: True)


@pytest.mark.usefixtures("forking")
@pytest.mark.parametrize("curation", [None, CURATION], ids=["plain", "curated"])
@pytest.mark.parametrize("max_evidence", [None, 1])
def test_the_second_pass_in_runs_equals_one_pass(
    monkeypatch: pytest.MonkeyPatch, curation: Curation | None, max_evidence: int | None
) -> None:
    items = _seed_extractions()

    def related(jobs: int) -> KnowledgeGraph:
        resolver = Resolver(curation)
        for item in items:
            resolver.observe(list(item.parts.mentions), item.posts)
        resolver.finish()
        return relate_all(items, lambda item: item, resolver, max_evidence, jobs)

    assert len(_runs(items, lambda _: 1, 2)) == 3  # this process and two runs for the child
    one = related(1)
    forked: list[int] = []
    monkeypatch.setattr(second_pass, "_relate_runs", lambda *args: forked.append(1) or _relate_runs(*args))
    assert related(2) == one
    assert forked == [1]
    assert related(3) == one  # five files are too few to cut for three jobs: one run
    assert forked == [1]


def test_runs_cut_the_files_in_order_by_weight() -> None:
    items = list(range(100))
    runs = _runs(items, lambda i: 3 if i < 50 else 1, 2)
    assert [i for run in runs for i in run] == items
    assert len(runs) == 3
    assert 50 * 3 * 0.5 <= sum(3 if i < 50 else 1 for i in runs[0]) <= 200 * 0.55 + 3  # a little over half
    assert _runs(items[:3], lambda _: 1, 2) == [items[:3]]  # too few to cut


def test_what_a_worker_sends_is_what_the_resolver_would_observe() -> None:
    for curation in (Curation(), CURATION):
        direct, sent = Resolver(curation), Resolver(curation)
        for item in _seed_extractions():
            direct.observe(list(item.parts.mentions), item.posts)
            observed = pickle.loads(pipeline.extract_pickled(item.parts.path, (SEEDS / item.parts.path).read_bytes()))
            sent.observe_names(observed[0].names)
        assert (direct.names, direct.signatures) == (sent.names, sent.signatures)
    assert "district" in direct.names and "河南省" not in direct.names["district"]  # curated: dropped
    assert direct.names["company"]["二七区委"] > 0  # curated: retyped


def test_relating_a_file_reads_the_names_of_the_whole_build_not_of_the_files_before() -> None:
    named = {"company": frozenset({"华瑞科技"}), "district": frozenset({"马寨镇"})}
    for resolution in (Resolution(named=named), Resolution(named=named, entities={"x": Entity("x", "person", "x")})):
        # a post's body that no file before names: the kind another file gives it
        assert _ensure_entity(resolution, "organization", "华瑞科技", "a.txt") == "company/华瑞科技"
        assert resolution.entities["company/华瑞科技"].mentions == 0  # the post is not a mention of it
        assert _ensure_entity(resolution, "organization", "二七区教育局", "a.txt") == "organization/二七区教育局"
        # a place some file names, though no gazetteer does
        place = _place_named(resolution, "马寨镇")
        assert place is not None and (place.id, place.level) == ("district/马寨镇", "town")
        assert _place_named(resolution, "前孙沟村") is None


def _die(*args: object) -> None:
    os._exit(1)  # as a worker killed by the system would


@pytest.mark.usefixtures("forking")
@pytest.mark.parametrize("where", ["extraction", "second pass", "merge"])
def test_a_worker_that_dies_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    if where == "extraction":
        monkeypatch.setattr(pipeline, "extract_pickled", _die)
        expected = "the worker process extracting it stopped"
    elif where == "second pass":
        monkeypatch.setattr(second_pass, "_relate_forked", _die)
        expected = "of the files stopped"
    else:
        monkeypatch.setattr(relation_runs, "SPILL_AFTER", 1)
        monkeypatch.setattr(relation_runs, "_merge_forked", _die)
        expected = "merging the relations written to disk stopped"
    with pytest.raises(KgError, match=expected):
        pipeline.build([str(SEEDS)], jobs=2)
    assert not list(tmp_path.iterdir())  # no folder of relations left behind


@pytest.mark.usefixtures("forking")
@pytest.mark.parametrize(
    ("co_occurrence", "left_out"), [("sentence", {"co_occurs"}), ("none", {"co_occurs", "co_mentioned"})]
)
def test_co_occurrence_scope_leaves_out_only_those_pairs(co_occurrence: str, left_out: set[str]) -> None:
    full = pipeline.build([str(SEEDS)])
    scoped = pipeline.build([str(SEEDS)], co_occurrence=co_occurrence)
    assert left_out <= {r.relation for r in full.relations}
    assert scoped.relations == [r for r in full.relations if r.relation not in left_out]
    assert scoped.entities == full.entities  # kg:mentionedIn stays: RDF users can still count articles
    assert pipeline.build([str(SEEDS)], co_occurrence=co_occurrence, jobs=2) == scoped
    with pytest.raises(ValueError, match="'paragraph'"):
        pipeline.build([str(SEEDS)], co_occurrence="paragraph")


def test_co_occurrence_option_reaches_the_exports(tmp_path: Path) -> None:
    assert (
        main(["build", str(SEEDS), "-o", str(tmp_path), "-q", "--co-occurrence", "sentence", "--formats", "csv"]) == 0
    )
    with (tmp_path / "relations.csv").open(encoding="utf-8", newline="") as handle:
        relations = {row["relation"] for row in csv.DictReader(handle)}
    assert "co_mentioned" in relations and "co_occurs" not in relations


@pytest.mark.usefixtures("forking")
@pytest.mark.parametrize("curation", [None, CURATION], ids=["plain", "curated"])
@pytest.mark.parametrize("max_evidence", [None, 1])
def test_relations_written_out_as_runs_equal_those_kept_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, curation: Curation | None, max_evidence: int | None
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    items = _seed_extractions()

    def related(jobs: int, spill_after: int | None) -> KnowledgeGraph:
        resolver = Resolver(curation)
        for item in items:
            resolver.observe(list(item.parts.mentions), item.posts)
        resolver.finish()
        return relate_all(items, lambda item: item, resolver, max_evidence, jobs, spill_after=spill_after)

    kept = related(1, None)
    assert isinstance(kept.relations, list) and not list(tmp_path.iterdir())  # nothing written, folder gone
    pools: list[int] = []
    pool = relation_runs.ProcessPoolExecutor
    monkeypatch.setattr(relation_runs, "ProcessPoolExecutor", lambda n, **kw: pools.append(n) or pool(n, **kw))
    for jobs in (1, 2):  # with two, the child writes runs of its own, and two processes merge them
        stored = related(jobs, 1)  # a run after every file
        assert pools == ([2] if jobs == 2 else [])
        assert isinstance(stored.relations, StoredRelations)
        assert stored == kept and list(stored.relations) == kept.relations  # read again: the same
        assert len(stored.relations) == len(kept.relations)
        folder = Path(stored.relations.paths[0]).parent
        names = sorted({r.relation for r in kept.relations})
        assert [Path(p).name for p in stored.relations.paths] == [f"relations-{n}.pickle" for n in names]
        assert sorted(p.name for p in folder.iterdir()) == sorted(Path(p).name for p in stored.relations.paths)
        del stored
        gc.collect()
        assert not folder.exists()


def test_merging_runs_adds_weights_and_keeps_evidence_in_run_order_up_to_the_cap() -> None:
    def evidence(n: int) -> Evidence:
        return Evidence(f"{n}.txt", 0, "", f"句{n}", 0, 1)

    def run(*found: tuple[str, int, list[int]]) -> list[Relation]:
        return [Relation("a", name, "b", weight, [evidence(n) for n in ns]) for name, weight, ns in found]

    runs = [
        run(("co_mentioned", 2, [3, 1]), ("visited", 1, [2])),
        run(("co_mentioned", 1, [0])),
        run(("attended", 1, [9]), ("co_mentioned", 4, [5, 4])),
    ]
    merged = list(relation_runs.merged(runs, 3))
    assert [(r.relation, r.weight, [e.doc for e in r.evidence]) for r in merged] == [
        ("attended", 1, ["9.txt"]),
        ("co_mentioned", 7, ["3.txt", "1.txt", "0.txt"]),  # as collected, until the cap
        ("visited", 1, ["2.txt"]),
    ]
    inferred = Relation("a", "visited", "b", 2, [evidence(2), evidence(1)], {"basis": "article"})
    finished = list(relation_runs.finished([*merged[1:], inferred], 2))
    assert [(r.relation, r.weight, r.attrs, [e.doc for e in r.evidence]) for r in finished] == [
        ("co_mentioned", 7, {}, ["0.txt", "1.txt"]),  # sorted, then cut to the cap
        ("visited", 3, {}, ["1.txt", "2.txt"]),  # the fact inferred from its article folded in
    ]


@pytest.mark.usefixtures("forking")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_exports_of_relations_written_out_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    plain = _build(capsys, tmp_path / "plain", "--jobs", "1", "--no-cache")
    monkeypatch.setattr(relation_runs, "SPILL_AFTER", 1)
    monkeypatch.setattr(EvidenceList, "STREAMED_MEMO_SIZE", 3)  # and the exports' memo emptied often
    stored: list[int] = []
    original = StoredRelations.__init__

    def spy(self: StoredRelations, paths: list[str], count: int, folder: str) -> None:
        stored.append(count)
        original(self, paths, count, folder)

    monkeypatch.setattr(StoredRelations, "__init__", spy)
    assert _build(capsys, tmp_path / "spilled", "--jobs", jobs, "--no-cache") == plain
    assert len(stored) == 1 and stored[0] > 0
