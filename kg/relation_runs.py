"""Relations kept on disk when a build collects more of them than memory should hold.

The second pass collects relations in a dictionary. Past ``SPILL_AFTER`` of them, the
dictionary is written out as *runs*, one file per relation name, its relations sorted
in the order of the exports (relation name, head, tail, attributes), and emptied. At
the end the runs of each relation name are merged (the names in parallel, in up to
``--jobs`` processes): equal relations of several runs are added up in run order, which
is file order, so weights and the evidence kept up to the cap come out as if one
dictionary had held everything. The merged relations are written to one file per
relation name that the exports read as a stream (:class:`StoredRelations`), each as
often as it needs.

Runs and merged files live in a temporary folder (``TMPDIR``), removed with the graph
that reads it.
"""

from __future__ import annotations

import heapq
import itertools
import multiprocessing
import operator
import os
import pickle
import shutil
import tempfile
import weakref
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kg.errors import KgError
from kg.memory import can_fork
from kg.model import Relation

# relations in memory before they are written out as a run: about 0.5 kB each with
# their key and lists, not counting the evidence, which is shared between relations
SPILL_AFTER = 250_000
# relations per pickle in a run or a merged file (one per run in memory while merging);
# read back, 128 a pickle took half the time of 1,024 and 8,192 a third more
CHUNK = 128

SortKey = tuple[str, str, str, tuple[tuple[str, str], ...]]  # relation, head, tail, attributes
RelationKey = SortKey  # a collector keys its relations in the order of the exports
# the attributes of a fact inferred from its article, or from its head's name (二七区淮河东路小学)
ARTICLE_BASIS, NAME_BASIS = (("basis", "article"),), (("basis", "name"),)
INFERRED_BASES = (ARTICLE_BASIS, NAME_BASIS)
EVIDENCE_ORDER = operator.attrgetter("doc", "article", "start", "end")  # Evidence.sort_key


def sort_key(relation: Relation) -> SortKey:
    """Relation name, head, tail, sorted attributes: the order of the exports."""
    return relation.relation, relation.head, relation.tail, tuple(sorted(relation.attrs.items()))


def new_folder() -> str:
    return tempfile.mkdtemp(prefix="kg-relations-")


def write_run(folder: str, relations: Iterable[Relation]) -> str:
    """``relations`` (already in :func:`sort_key` order) written to a new file of
    ``folder``; its path."""
    handle, path = tempfile.mkstemp(prefix=f"run-{os.getpid()}-", suffix=".pickle", dir=folder)
    with os.fdopen(handle, "wb") as out:
        _dump(out, relations)
    return path


def _dump(out: BinaryIO, relations: Iterable[Relation]) -> int:
    count = 0
    iterator = iter(relations)
    while chunk := list(itertools.islice(iterator, CHUNK)):
        pickle.dump(chunk, out, protocol=pickle.HIGHEST_PROTOCOL)
        count += len(chunk)
    return count


def read_run(path: str) -> Iterator[Relation]:
    with open(path, "rb") as handle:
        while True:
            try:
                chunk = pickle.load(handle)
            except EOFError:
                return
            yield from chunk


def merged(runs: list[Iterable[Relation]], max_evidence: int | None) -> Iterator[Relation]:
    """The relations of ``runs`` (each in :func:`sort_key` order, given in file order),
    equal ones added up: weights summed, evidence kept in run order up to the cap."""
    keyed = [_keyed(run, index) for index, run in enumerate(runs)]
    current: Relation | None = None
    current_key: SortKey | None = None
    for key, _, relation in heapq.merge(*keyed):
        if key != current_key:
            if current is not None:
                yield current
            current, current_key = relation, key
            continue
        assert current is not None
        current.weight += relation.weight
        room = len(relation.evidence) if max_evidence is None else max_evidence - len(current.evidence)
        if room > 0:
            current.evidence.extend(relation.evidence[:room])
    if current is not None:
        yield current


def _keyed(run: Iterable[Relation], index: int) -> Iterator[tuple[SortKey, int, Relation]]:
    for relation in run:
        yield sort_key(relation), index, relation


def finished(relations: Iterable[Relation], max_evidence: int | None) -> Iterator[Relation]:
    """``relations`` (in :func:`sort_key` order, each once) as the graph has them: one
    inferred (``basis=article`` or ``basis=name``) that a sentence also states folded into
    the stated one, one fact with its weight summed; a place only inferred dropped where a
    file states where the head lies (:func:`_stated_places_first`); evidence sorted,
    then cut to the cap."""
    for _, group in itertools.groupby(relations, key=_head_of):
        for relation in _stated_places_first(list(group)):
            evidence = relation.evidence
            if len(evidence) > 1:
                evidence.sort(key=EVIDENCE_ORDER)
            if max_evidence is not None and len(evidence) > max_evidence:
                del evidence[max_evidence:]
            yield relation


def _stated_places_first(found: list[Relation]) -> list[Relation]:
    """The relations of one name and head, an inferred fact that a sentence also states
    folded into it; and for ``located_in``, the places inferred from the head's name or
    its article in a file that states where it lies dropped (位于老店镇的安阳恒裕粮油购销有限公司:
    not also 安阳市, the city its name says it is registered in). Another file that only
    names it still says what its name does."""
    kept: list[Relation] = []
    for _, same in itertools.groupby(found, key=_statement):
        facts = list(same)
        stated = next((r for r in facts if not r.attrs), None)
        if stated is not None:
            for inferred in [r for r in facts if sort_key(r)[3] in INFERRED_BASES]:
                stated.weight += inferred.weight
                stated.evidence.extend(e for e in inferred.evidence if e not in stated.evidence)
                facts.remove(inferred)
        kept.extend(facts)
    if kept and kept[0].relation == "located_in":
        stated_in = {e.doc for r in kept if not r.attrs for e in r.evidence}
        if stated_in:
            kept = [r for r in kept if sort_key(r)[3] not in INFERRED_BASES or _outside(r, stated_in)]
    return kept


def _outside(relation: Relation, docs: set[str]) -> bool:
    """Keep ``relation``'s evidence from files other than ``docs`` (its weight less the rest);
    is any left?"""
    evidence = [e for e in relation.evidence if e.doc not in docs]
    relation.weight -= len(relation.evidence) - len(evidence)
    relation.evidence = evidence
    return bool(evidence)


def _head_of(relation: Relation) -> tuple[str, str]:
    return relation.relation, relation.head


def _statement(relation: Relation) -> tuple[str, str, str]:
    return relation.relation, relation.head, relation.tail


class StoredRelations:
    """The relations of a graph, read from their files (in order) each time they are
    iterated; sized.

    The files and their folder are removed when this object is (by the process that
    made it, not by a forked child that inherited it)."""

    def __init__(self, paths: list[str], count: int, folder: str) -> None:
        self.paths = paths
        self._count = count
        self._remove = weakref.finalize(self, _remove_folder, folder, os.getpid())

    def __iter__(self) -> Iterator[Relation]:
        return itertools.chain.from_iterable(read_run(path) for path in self.paths)

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredRelations | list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"StoredRelations({self._count} relations in {len(self.paths)} files)"

    def __reduce__(self) -> tuple[Callable[..., list[Relation]], tuple[list[Relation]]]:
        return list, (list(self),)  # a copy sent elsewhere holds its relations itself


def _remove_folder(folder: str, owner: int) -> None:
    if os.getpid() == owner:
        shutil.rmtree(folder, ignore_errors=True)


Run = tuple[str, str]  # relation name, file of relations of that name


def write_runs(folder: str, ordered: Iterable[Relation]) -> list[Run]:
    """``ordered`` (in :func:`sort_key` order) written out, a file per relation name."""
    return [(name, write_run(folder, group)) for name, group in itertools.groupby(ordered, key=_name)]


_name = operator.attrgetter("relation")


@dataclass(frozen=True)
class _Merging:
    files: dict[str, list[str]]  # relation name -> its runs, in file order
    tails: dict[str, list[Relation]]  # relation name -> what was collected after the last run
    max_evidence: int | None
    folder: str


# what forked children merge: set before they are forked, read by _merge_forked
_MERGING: _Merging | None = None


def store(
    runs: list[Run], tail: Iterable[Relation], max_evidence: int | None, folder: str, jobs: int = 1
) -> StoredRelations:
    """The runs, then ``tail`` (relations in :func:`sort_key` order, collected after the
    last run), merged, finished and written to files of ``folder``, which the result then
    owns; each run file is removed once merged. Each relation name is merged on its own,
    the largest first, in up to ``jobs`` processes."""
    files: dict[str, list[str]] = {}
    for name, path in runs:
        files.setdefault(name, []).append(path)
    tails = {name: list(group) for name, group in itertools.groupby(tail, key=_name)}
    merging = _Merging(files, tails, max_evidence, folder)
    names = sorted(files.keys() | tails.keys())
    done = dict(_merge_all(merging, names, jobs))
    return StoredRelations([done[name][0] for name in names], sum(count for _, count in done.values()), folder)


def _merge_all(merging: _Merging, names: list[str], jobs: int) -> Iterator[tuple[str, tuple[str, int]]]:
    def size(name: str) -> int:
        return sum(os.path.getsize(path) for path in merging.files.get(name, ())) + len(merging.tails.get(name, ()))

    largest_first = sorted(names, key=size, reverse=True)
    if jobs < 2 or len(names) < 2 or not can_fork():
        for name in largest_first:
            yield name, _merge(merging, name)
        return
    global _MERGING
    _MERGING = merging
    try:
        with ProcessPoolExecutor(min(jobs, len(names)), mp_context=multiprocessing.get_context("fork")) as pool:
            futures = {name: pool.submit(_merge_forked, name) for name in largest_first}
            for name, future in futures.items():
                try:
                    yield name, future.result()
                except BrokenProcessPool as exc:
                    raise KgError(
                        "a process merging the relations written to disk stopped (out of memory, or the "
                        "disk full?); build again, or with --jobs 1"
                    ) from exc
    finally:
        _MERGING = None


def _merge_forked(name: str) -> tuple[str, int]:
    assert _MERGING is not None, "only called in a child forked by _merge_all"
    return _merge(_MERGING, name)


def _merge(merging: _Merging, name: str) -> tuple[str, int]:
    sources: list[Iterable[Relation]] = [read_run(path) for path in merging.files.get(name, ())]
    sources.append(merging.tails.get(name, ()))
    path = str(Path(merging.folder) / f"relations-{name}.pickle")
    with open(path, "wb") as out:
        count = _dump(out, finished(merged(sources, merging.max_evidence), merging.max_evidence))
    for run in merging.files.get(name, ()):
        os.remove(run)  # now, not after every name: the disk holds the runs or their merge, not both
    return path, count
