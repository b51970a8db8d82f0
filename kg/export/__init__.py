"""Exporters, registered by format name; each module is imported only when used.

``export(kg, folder)`` writes every default format; each file is written to a
temporary twin and renamed, so an interrupted build leaves the old file whole.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
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
    written: list[Path] = []
    for name in formats:
        file_name, _ = EXPORTERS[name]
        write = exporter(name)
        if name in ("turtle", "ntriples"):
            write(kg, out / file_name, base_iri=base_iri) if base_iri else write(kg, out / file_name)
        elif name == "html":
            write(kg, out / file_name, max_nodes=max_nodes)
        elif name == "csv":
            write(kg, out)
            written.extend([out / "entities.csv", out / "relations.csv"])
            continue
        else:
            write(kg, out / file_name)
        written.append(out / file_name)
    return written
