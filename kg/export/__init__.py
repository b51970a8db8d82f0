"""Exporters, registered by format name; each module is imported only when used.

``export(kg, folder)`` writes every format into a staging folder inside ``folder``
and moves the files into place only when all of them were written, so a failed or
interrupted build leaves the previous exports whole and consistent.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.errors import ExportError
from kg.model import KnowledgeGraph

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
    max_nodes: int | None = None,
) -> list[Path]:
    """Write ``formats`` into ``folder``; return the files written."""
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot create the output folder ({exc.strerror})") from exc
    if not os.access(out, os.W_OK):
        raise ExportError(f"{out}: the output folder is not writable")
    with _exclusive(out):
        for stale in out.glob(STAGING_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)  # left by a build that was killed
        try:
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
        except OSError as exc:
            raise ExportError(f"{out}: cannot write exports here ({exc.strerror or exc})") from exc
        try:
            names = _write_all(kg, staging, formats, base_iri, max_nodes)
            for name in names:
                os.replace(staging / name, out / name)
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
    kg: KnowledgeGraph, folder: Path, formats: tuple[str, ...], base_iri: str | None, max_nodes: int | None
) -> list[str]:
    names: list[str] = []
    for name in formats:
        file_name, _ = EXPORTERS[name]
        write = exporter(name)
        if name in ("turtle", "ntriples"):
            write(kg, folder / file_name, base_iri=base_iri) if base_iri else write(kg, folder / file_name)
        elif name == "html":
            write(kg, folder / file_name, max_nodes=max_nodes)
        elif name == "csv":
            write(kg, folder)
            names.extend(["entities.csv", "relations.csv"])
            continue
        else:
            write(kg, folder / file_name)
        names.append(file_name)
    return names
