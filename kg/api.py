"""The exports of a build, for notebooks: ``g = kg.load("exports")``.

* ``g.graph``: a ``networkx.MultiDiGraph`` read from ``graph.graphml``, its JSON-string
  attributes (aliases, posts, docs, evidence, attrs) parsed into lists and dicts;
* ``g.entities`` and ``g.relations``: pandas DataFrames of ``entities.csv`` and
  ``relations.csv``, ``|``-separated lists parsed into Python lists;
* ``g.sparql(query)``: the results of a SPARQL query (text or ``.rq`` file) as a
  DataFrame (ASK gives a bool, CONSTRUCT a subject/predicate/object DataFrame).

pandas is imported only when a DataFrame is asked for (``pip install 'kg[analysis]'``).
"""

from __future__ import annotations

import json
import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.export.tables import FORMULA_STARTS

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from kg.query import QueryResult

JSON_NODE_ATTRIBUTES = ("aliases", "posts", "docs", "evidence")
JSON_EDGE_ATTRIBUTES = ("evidence", "attrs")
ENTITY_LISTS = ("aliases", "posts", "docs")
_PYTHON_DATATYPES = {
    "http://www.w3.org/2001/XMLSchema#" + name
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "decimal",
        "double",
        "float",
        "boolean",
        "date",
        "dateTime",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
    )
}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError("kg's DataFrames need pandas: pip install pandas (or pip install 'kg[analysis]')") from exc
    return pandas


def _json(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _unescape_cell(text: str) -> str:
    """Undo the export's spreadsheet guard (an apostrophe before a leading = + - @)."""
    return text[1:] if text[:1] == "'" and text[1:2] in FORMULA_STARTS else text


def _split(cell: str) -> list[str]:
    return [_unescape_cell(part) for part in cell.split("|")] if cell else []


def python_value(term: object) -> Any:
    """A SPARQL result term as a plain Python value: IRIs and strings as str, numbers as numbers."""
    from rdflib import Literal

    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) in _PYTHON_DATATYPES:
        value = term.toPython()
        return value if not isinstance(value, Literal) else str(term)
    return str(term)


class Exports:
    """The files of one exports folder, loaded on first use."""

    def __init__(self, folder: str | os.PathLike[str] = "exports", engine: str = "oxigraph") -> None:
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise InputError(f"{self.folder}: no such exports folder (run 'kg build' first)")
        self.engine = engine
        self._stores: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"kg.load({str(self.folder)!r})"

    def _file(self, name: str) -> Path:
        path = self.folder / name
        if not path.is_file():
            raise InputError(f"{path}: no such file (run 'kg build -o {self.folder}' first)")
        return path

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The graph of ``graph.graphml``: entity and article nodes, relation edges keyed by relation."""
        import networkx as nx

        read = nx.read_graphml(self._file("graph.graphml"), force_multigraph=True)
        graph = nx.MultiDiGraph()
        for node, data in read.nodes(data=True):
            for name in JSON_NODE_ATTRIBUTES:
                if name in data:
                    data[name] = _json(data[name])
            graph.add_node(node, **data)
        for head, tail, data in read.edges(data=True):
            key = data.get("relation", "")
            if data.get("attrs") not in (None, "", "{}"):
                key = f"{key}:{data['attrs']}"  # as kg.graph.to_networkx keys it
            for name in JSON_EDGE_ATTRIBUTES:
                if name in data:
                    data[name] = _json(data[name])
            graph.add_edge(head, tail, key=key, **data)
        return graph

    def _csv(self, name: str) -> pd.DataFrame:
        pd = _pandas()
        frame = pd.read_csv(self._file(name), dtype=str, keep_default_na=False, encoding="utf-8")
        return frame.astype(object)

    @cached_property
    def entities(self) -> pd.DataFrame:
        """``entities.csv``: id, type, name, aliases (list), posts (list), docs (list), mentions (int)."""
        frame = self._csv("entities.csv")
        for column in frame.columns:
            if column in ENTITY_LISTS:
                frame[column] = [_split(cell) for cell in frame[column]]
            elif column == "mentions":
                frame[column] = frame[column].astype(int)
            else:
                frame[column] = [_unescape_cell(cell) for cell in frame[column]]
        return frame

    @cached_property
    def relations(self) -> pd.DataFrame:
        """``relations.csv``: head, relation, tail, weight (int), evidence (the first sentence)."""
        frame = self._csv("relations.csv")
        for column in frame.columns:
            if column == "weight":
                frame[column] = frame[column].astype(int)
            else:
                frame[column] = [_unescape_cell(cell) for cell in frame[column]]
        return frame

    def query(self, query: str, engine: str | None = None) -> QueryResult:
        """The raw ``kg.query.QueryResult`` of a SPARQL query (text or ``.rq`` file)."""
        from kg.query import graph_file, open_graph, read_query, run

        engine = engine or self.engine
        source = graph_file(self.folder)
        stamp = (engine, source.stat().st_mtime_ns, source.stat().st_size)
        cached = self._stores.get(engine)
        if cached is None or cached[0] != stamp:
            self._stores[engine] = cached = (stamp, open_graph(source, engine))
        return run(cached[1], read_query(query))

    def sparql(self, query: str, engine: str | None = None) -> pd.DataFrame | bool:
        """SPARQL results as a DataFrame (one column per variable), a bool for ASK."""
        result = self.query(query, engine)
        if result.kind == "ASK":
            return bool(result.boolean)
        pd = _pandas()
        if result.kind == "CONSTRUCT":
            assert result.graph is not None
            rows = [tuple(python_value(t) for t in triple) for triple in sorted(result.graph)]
            return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
        rows = [tuple(python_value(t) for t in row) for row in result.rows]
        return pd.DataFrame(rows, columns=list(result.variables))


def load(folder: str | os.PathLike[str] = "exports", engine: str = "oxigraph") -> Exports:
    """The exports of ``kg build`` in ``folder``: ``.graph``, ``.entities``, ``.relations``, ``.sparql()``."""
    return Exports(folder, engine)
