"""The second pass of a build: every file's extraction resolved and related into one graph.

The files, in name order, are cut into as many runs of consecutive files as there are
jobs. This process relates the first run while forked children relate the others (they
inherit the finished resolver for free); each run's entities and relations are then
merged in file order, as if one process had related every file in turn. That is exact
because relating a file depends on the build's names (``Resolution.named``), never on
which files came before it, and evidence is kept in file order up to the cap.

With a cache, each file is related on its own and what it gives is kept beside its
extraction, with every answer about the build's names its relating asked for
(``Resolution.reads``). A later build reuses it when it answers every one of them alike:
adding a file to an archive relates again only that file and the files whose names it
changes (a full name that a short form in them now resolves to, a person now split in two).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kg import relation_runs
from kg.errors import KgError
from kg.memory import can_fork
from kg.model import ArticleRecord, KnowledgeGraph, Relation
from kg.relate import Collector, finish, relate_document
from kg.relation_runs import StoredRelations
from kg.resolve import Reads, Resolution, Resolver

if TYPE_CHECKING:
    from kg.pipeline import ExtractedDocument

Item = TypeVar("Item")
Load = Callable[[Item], "ExtractedDocument"]
# what relating one run of files gives: entities, relations, articles, file names
RunResult = tuple[Resolution, Collector, dict[str, ArticleRecord], list[str]]


def relate_all(
    items: Sequence[Item],
    load: Load[Item],
    resolver: Resolver,
    max_evidence: int | None,
    jobs: int = 1,
    weight: Callable[[Item], int] = lambda _: 1,
    pairs: str = "article",
    spill_after: int | None = None,
    kept: Callable[[Item], Path | None] | None = None,
    keep: Callable[[Path, bytes], object] | None = None,
) -> KnowledgeGraph:
    """Resolve and relate ``items`` (in this order; ``load`` gives each one's extraction)
    after ``resolver`` has observed them all and finished, in up to ``jobs`` processes;
    ``max_evidence`` and ``pairs`` are the :class:`Collector`'s. Past ``spill_after``
    relations (default :data:`kg.relation_runs.SPILL_AFTER`) a process writes them out
    to disk, and the graph reads its relations back from there. ``kept`` gives the file
    where an item's related result is kept between builds (None: not kept), and ``keep``
    writes it there (whole or not at all)."""
    folder = relation_runs.new_folder()
    relations: list[Relation] | StoredRelations = []
    try:
        spill_after = relation_runs.SPILL_AFTER if spill_after is None else spill_after
        kept = kept if keep is not None else None  # nowhere to keep parts: none are read either
        collecting = Collecting(max_evidence, pairs, folder, spill_after, kept, keep)
        runs = _runs(items, weight, jobs) if jobs > 1 and can_fork() and not _mostly_kept(items, kept) else [items]
        if len(runs) == 1:
            resolution, collector, articles, paths = _relate_run(items, load, resolver, collecting)
        else:
            resolution, collector, articles, paths = _relate_runs(runs, load, resolver, collecting, jobs - 1, folder)
        relations = finish(resolution, collector, jobs)
    finally:
        if not isinstance(relations, StoredRelations):  # nothing written out, or failed
            shutil.rmtree(folder, ignore_errors=True)
    return KnowledgeGraph(
        entities=dict(sorted(resolution.entities.items())),
        relations=relations,
        articles=dict(sorted(articles.items())),
        sources=paths,
    )


def _mostly_kept(items: Sequence[Item], kept: Callable[[Item], Path | None] | None) -> bool:
    """Do most items have a related part kept from an earlier build? Then this process
    merges them faster than forked children could send them (a rebuild after a few files
    were added or changed)."""
    if kept is None:
        return False
    found = sum(1 for item in items if (where := kept(item)) is not None and where.exists())
    return found * 2 > len(items)


@dataclass(frozen=True)
class Collecting:
    """What each run's :class:`Collector` keeps."""

    max_evidence: int | None
    pairs: str
    folder: str | None = None
    spill_after: int = 0
    kept: Callable[[object], Path | None] | None = None
    keep: Callable[[Path, bytes], object] | None = None

    def collector(self) -> Collector:
        return Collector(self.max_evidence, self.pairs, self.folder, self.spill_after)


def _relate_run(items: Sequence[Item], load: Load[Item], resolver: Resolver, collecting: Collecting) -> RunResult:
    resolution = resolver.new_resolution()
    collector = collecting.collector()
    articles: dict[str, ArticleRecord] = {}
    paths: list[str] = []
    for item in items:
        where = collecting.kept(item) if collecting.kept is not None else None
        if where is None:
            extracted = load(item)
            resolver.resolve(list(extracted.parts.mentions), extracted.posts, resolution)
            relate_document(extracted.parts, resolution, extracted.posts, collector, articles)
            resolution.entity_of.clear()
            paths.append(extracted.parts.path)
        else:
            part = _kept_part(where, resolver) or _related_part(item, load, resolver, collecting, where)
            resolution.merge(part.resolution)
            collector.merge(part.collector)
            articles.update(part.articles)
            paths.append(part.path)
        collector.spill_if_full()
    return resolution, collector, articles, paths


@dataclass
class Part:
    """What relating one file on its own gives, and what it asked of the build's names."""

    reads: Reads
    resolution: Resolution
    collector: Collector
    articles: dict[str, ArticleRecord]
    path: str


def _kept_part(where: Path, resolver: Resolver) -> Part | None:
    """The part kept in ``where`` if this build's names answer all it asked alike."""
    try:
        reads, blob = pickle.loads(where.read_bytes())
        if not resolver.answers(reads):
            return None
        part = pickle.loads(blob)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError, ValueError):
        return None  # none kept, or from another version of kg: relate the file again
    return part if isinstance(part, Part) else None


def _related_part(item: Item, load: Load[Item], resolver: Resolver, collecting: Collecting, where: Path) -> Part:
    """Relate one file on its own, and keep what it gives in ``where`` for the next build."""
    extracted = load(item)
    reads: Reads = {}
    resolution = resolver.new_resolution(reads)
    collector = Collector(collecting.max_evidence, collecting.pairs)
    articles: dict[str, ArticleRecord] = {}
    resolver.resolve(list(extracted.parts.mentions), extracted.posts, resolution)
    relate_document(extracted.parts, resolution, extracted.posts, collector, articles)
    collector.next_document()  # what it remembers of this file's sentences is not kept
    part = Part(reads, resolution.part(), collector, articles, extracted.parts.path)
    # the reads apart, so that a build whose names answer otherwise does not unpickle the rest
    blob = pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL)
    assert collecting.keep is not None, "only called when parts are kept"
    collecting.keep(where, pickle.dumps((reads, blob), protocol=pickle.HIGHEST_PROTOCOL))
    return part


# what forked children relate: set before they are forked, read by _relate_forked
_FORKED: tuple[list[Sequence[object]], Load[object], Resolver, Collecting] | None = None


def _relate_forked(index: int, folder: str) -> str:
    """Relate run ``index`` and pickle what it gives into a file of ``folder``; its path.
    A file, not the pool's pipe: megabytes sent through the pipe wait for the parent's
    reading thread, which gets the GIL only between the parent's own steps."""
    assert _FORKED is not None, "only called in a child forked by _relate_runs"
    runs, load, resolver, collecting = _FORKED
    result = _relate_run(runs[index], load, resolver, collecting)
    handle, path = tempfile.mkstemp(prefix=f"result-{index}-", suffix=".pickle", dir=folder)
    with os.fdopen(handle, "wb") as out:
        pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _load_result(path: str) -> RunResult:
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    finally:
        os.unlink(path)


def _relate_runs(
    runs: list[Sequence[Item]],
    load: Load[Item],
    resolver: Resolver,
    collecting: Collecting,
    children: int,
    folder: str,
) -> RunResult:
    global _FORKED
    _FORKED = (runs, load, resolver, collecting)  # type: ignore[assignment]
    try:
        with ProcessPoolExecutor(children, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_relate_forked, index, folder) for index in range(1, len(runs))]
            resolution, collector, articles, paths = _relate_run(runs[0], load, resolver, collecting)
            for index, future in enumerate(futures, start=1):
                try:
                    their_resolution, their_collector, their_articles, their_paths = _load_result(future.result())
                except BrokenProcessPool as exc:
                    raise KgError(
                        f"the process relating {len(runs[index])} of the files stopped (out of memory?); "
                        "build again, or with --jobs 1"
                    ) from exc
                resolution.merge(their_resolution)
                collector.merge(their_collector)
                articles.update(their_articles)
                paths.extend(their_paths)
    finally:
        _FORKED = None
    return resolution, collector, articles, paths


def _runs(items: Sequence[Item], weight: Callable[[Item], int], jobs: int) -> list[Sequence[Item]]:
    """``items`` cut into runs of consecutive items: the first, for this process, a little
    over its share (the others' results must still be pickled and sent), then two runs
    for each child, so that one is sent and read while the next is related."""
    if len(items) < 2 * jobs:
        return [items]
    first = MAIN_SHARE / jobs
    shares = [first] + [(1 - first) / (2 * (jobs - 1))] * (2 * (jobs - 1))
    weights = [max(weight(item), 1) for item in items]
    total = sum(weights)
    runs: list[Sequence[Item]] = []
    start, done, bound = 0, 0, 0.0
    for share in shares[:-1]:
        bound += share * total
        end = start
        while end < len(items) - 1 and done + weights[end] <= bound:
            done += weights[end]
            end += 1
        runs.append(items[start:end])
        start = end
    runs.append(items[start:])
    return [run for run in runs if run]


MAIN_SHARE = 1.1  # of 1/jobs: what this process relates while the children's results come in
