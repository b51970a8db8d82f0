"""Exporters, registered by format name; each module is imported only when used.

``export(kg, folder)`` writes every format into a staging folder inside ``folder``
and moves the files into place only when all of them were written, so a failed or
interrupted build leaves the previous exports whole and consistent.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from kg.errors import ExportError
from kg.memory import can_fork, no_cycle_collection
from kg.model import KnowledgeGraph

# graph.html beyond this many nodes takes the browser more than a few seconds, and the
# build's layout memory grows faster than the node count (10,000 nodes: 0.6 GB)
DEFAULT_MAX_NODES = 5000

# format name -> (file name, "module:function")
EXPORTERS: dict[str, tuple[str, str]] = {
    "turtle": ("graph.ttl", "kg.export.rdf:write_turtle"),
    "ntriples": ("graph.nt", "kg.export.rdf:write_ntriples"),
    "graphml": ("graph.graphml", "kg.export.graphml:write"),
    "html": ("graph.html", "kg.export.html:write_kg"),
    "csv": ("", "kg.export.tables:write"),
}


def exporter(name: str) -> Callable[..., None]:
    module_name, _, function = EXPORTERS[name][1].partition(":")
    return getattr(importlib.import_module(module_name), function)


def export(
    kg: KnowledgeGraph,
    folder: str | os.PathLike[str],
    formats: tuple[str, ...] = tuple(EXPORTERS),
    base_iri: str | None = None,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    jobs: int = 1,
    drop_others: bool = False,
) -> list[Path]:
    """Write ``formats`` into ``folder``; return the files written.

    ``graph.html`` draws the ``max_nodes`` most connected nodes (None: all; a browser
    shows 5,000 in 1-2 s, a large archive's hundreds of thousands not at all).

    With ``jobs`` > 1 up to ``jobs`` processes (this one and forked children, where fork
    is available) write the formats at the same time, each taking the next when done
    with one; the files are the same. With ``drop_others``
    the files of the other formats, left by an earlier export, are removed, so that the
    folder never holds two builds.
    """
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot create the output folder ({exc.strerror})") from exc
    if not os.access(out, os.W_OK):
        raise ExportError(f"{out}: the output folder is not writable")
    with _exclusive(out), no_cycle_collection():
        for stale in out.glob(STAGING_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)  # left by a build that was killed
        try:
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
        except OSError as exc:
            raise ExportError(f"{out}: cannot write exports here ({exc.strerror or exc})") from exc
        try:
            names = _write_all(kg, staging, formats, base_iri, max_nodes, jobs)
            for name in names:
                os.replace(staging / name, out / name)
            if drop_others:
                for name in sorted(set(ALL_FILE_NAMES) - set(names)):
                    (out / name).unlink(missing_ok=True)
        except OSError as exc:
            raise ExportError(
                f"{out}: exports could not be written ({exc.strerror or exc}); the previous exports are unchanged"
            ) from exc
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return [out / name for name in names]


STAGING_PREFIX = ".kg-staging-"
LOCK_NAME = ".kg-lock"


@contextlib.contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    """Hold ``OUT/.kg-lock`` so that two builds never write the same folder at once."""
    try:
        handle = open(out / LOCK_NAME, "a+")  # noqa: SIM115 - held for the whole export
    except OSError as exc:
        raise ExportError(f"{out}: cannot write exports here ({exc.strerror or exc})") from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise ExportError(
                f"{out}: another kg build is writing this folder; try again when it has finished"
            ) from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_all(
    kg: KnowledgeGraph,
    folder: Path,
    formats: tuple[str, ...],
    base_iri: str | None,
    max_nodes: int | None,
    jobs: int = 1,
) -> list[str]:
    """Write ``formats`` into ``folder`` (in up to ``jobs`` processes); the file names, in order."""
    units = _units(formats)
    if jobs > 1 and len(units) > 1 and can_fork():
        _write_in_parallel(kg, folder, units, min(jobs, len(units)), base_iri, max_nodes)
    else:
        _write_formats(kg, folder, formats, base_iri, max_nodes)
    return [file_name for name in formats for file_name in _file_names(name)]


def _file_names(name: str) -> list[str]:
    return ["entities.csv", "relations.csv"] if name == "csv" else [EXPORTERS[name][0]]


ALL_FILE_NAMES = tuple(file_name for name in EXPORTERS for file_name in _file_names(name))


def _write_formats(
    kg: KnowledgeGraph, folder: Path, formats: tuple[str, ...], base_iri: str | None, max_nodes: int | None
) -> None:
    for name in formats:
        file_name, _ = EXPORTERS[name]
        if name == "ntriples" and "turtle" in formats:
            continue  # written with the Turtle
        if name == "turtle" and "ntriples" in formats:
            _write_turtle_and_ntriples(kg, folder, base_iri)
            continue
        write = exporter(name)
        if name in ("turtle", "ntriples"):
            write(kg, folder / file_name, base_iri=base_iri) if base_iri else write(kg, folder / file_name)
        elif name == "html":
            write(kg, folder / file_name, max_nodes=max_nodes)
        elif name == "csv":
            write(kg, folder)
        else:
            write(kg, folder / file_name)


# what one process writes at a time, the longest first on a large graph (seconds at 100 MB
# of text: both RDF files from one pass 35, GraphML 16, HTML 6, CSV 5.5; HTML, its drawing
# capped, takes longest on a small graph); Turtle and N-Triples share their pass
UNITS: tuple[tuple[str, ...], ...] = (("turtle", "ntriples"), ("graphml",), ("html",), ("csv",))


def _units(formats: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``formats`` cut into :data:`UNITS` (each in the order of ``formats``), longest first."""
    units = [tuple(name for name in formats if name in unit) for unit in UNITS]
    known = {name for unit in UNITS for name in unit}
    units += [(name,) for name in formats if name not in known]
    return [unit for unit in units if unit]


TERMINATE_GRACE = 5.0  # seconds a terminated export worker gets to exit before it is killed


def _write_in_parallel(
    kg: KnowledgeGraph,
    folder: Path,
    units: list[tuple[str, ...]],
    processes: int,
    base_iri: str | None,
    max_nodes: int | None,
) -> None:
    """``units`` written by this process and ``processes - 1`` forked children, each taking
    the next unit when it is done with one (the longest go first, so that the last to
    finish is a short one, whatever the size of the graph); the first failure is raised."""
    context = multiprocessing.get_context("fork")
    taken = context.Value("i", 0)

    def work() -> None:
        while True:
            with taken.get_lock():
                index = taken.value
                if index >= len(units):
                    return
                taken.value = index + 1
            _write_formats(kg, folder, units[index], base_iri, max_nodes)

    children = []
    for _ in range(processes - 1):
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(send, work), daemon=True)
        child.start()
        send.close()
        children.append((child, receive))
    failures: list[BaseException] = []
    try:
        work()
        for child, receive in children:
            failure = _outcome(child, receive)
            if failure is not None:
                failures.append(failure)
    except BaseException:  # a failure here, or a signal: the export is abandoned at once
        for child, _ in children:
            if child.is_alive():
                child.terminate()
        for child, _ in children:
            # a child that cannot run its SIGTERM handler (stuck in C code) must not keep the
            # interrupted build waiting: it is killed
            child.join(TERMINATE_GRACE)
            if child.is_alive():
                child.kill()
                child.join()
        raise
    if failures:
        raise failures[0]


def _child(send: Connection, work: Callable[[], None]) -> None:
    failure: BaseException | None = None
    try:
        work()
    except BaseException as exc:
        failure = exc
    try:
        send.send(failure)
    except Exception:  # an exception that does not pickle: its message
        send.send(ExportError(str(failure)))
    send.close()


def _outcome(child: BaseProcess, receive: Connection) -> BaseException | None:
    """What a child reported: None, or the exception it failed with."""
    try:
        failure = receive.recv()
    except EOFError:  # it died before saying
        child.join()
        return ExportError(f"a process writing the exports stopped (exit code {child.exitcode})")
    child.join()
    receive.close()
    return failure


def _write_turtle_and_ntriples(kg: KnowledgeGraph, folder: Path, base_iri: str | None) -> None:
    """Both RDF files, from one pass over the triples when both writers are kg's own."""
    from kg.export import rdf

    writers = {name: exporter(name) for name in ("turtle", "ntriples")}
    paths = {name: folder / EXPORTERS[name][0] for name in writers}
    if writers == {"turtle": rdf.write_turtle, "ntriples": rdf.write_ntriples}:
        _write_rdf(kg, paths["turtle"], paths["ntriples"], base_iri)
        return
    for name, write in writers.items():
        write(kg, paths[name], base_iri=base_iri) if base_iri else write(kg, paths[name])


def _write_rdf(kg: KnowledgeGraph, turtle: Path, ntriples: Path, base_iri: str | None) -> None:
    """Both RDF files from one pass over the triples."""
    from kg.export.rdf import write_rdf

    write_rdf(kg, turtle, ntriples, base_iri=base_iri) if base_iri else write_rdf(kg, turtle, ntriples)
