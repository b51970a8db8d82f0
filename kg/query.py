"""SPARQL over the exported RDF (rdflib), results as a table, CSV or SPARQL JSON."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import QueryError

FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class QueryResult:
    kind: str  # SELECT | ASK | CONSTRUCT
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[object, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None


def load_graph(path: str | Path) -> Graph:
    target = Path(path)
    if target.is_dir():
        target = target / "graph.ttl"
    if not target.is_file():
        raise QueryError(f"{target}: no such graph file (run 'kg build' first, or pass --graph)")
    fmt = "nt" if target.suffix == ".nt" else "turtle"
    graph = Graph()
    try:
        graph.parse(target, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise QueryError(f"{target}: not valid RDF ({exc})") from exc
    return graph


def read_query(text_or_file: str) -> str:
    candidate = Path(text_or_file)
    if text_or_file.endswith(".rq") or (len(text_or_file) < 256 and "\n" not in text_or_file and candidate.is_file()):
        try:
            return candidate.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{text_or_file}: cannot read the query file ({exc.strerror})") from exc
    return text_or_file


def run(graph: Graph, query: str) -> QueryResult:
    try:
        result = graph.query(query)
    except Exception as exc:  # pyparsing.ParseException and rdflib's own errors
        raise QueryError(f"malformed SPARQL query: {exc}") from exc
    if result.type == "ASK":
        return QueryResult("ASK", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult("CONSTRUCT", graph=result.graph)
    variables = tuple(str(v) for v in result.vars or ())
    rows = tuple(tuple(row) for row in result)
    return QueryResult("SELECT", variables=variables, rows=rows)


def _term_text(term: object) -> str:
    if term is None:
        return ""
    return str(term)


def _term_json(term: object) -> dict[str, str] | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "literal", "value": str(term)}


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_result(result: QueryResult, fmt: str = "table") -> str:
    if result.kind == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if result.kind == "CONSTRUCT":
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    if fmt == "json":
        bindings = [
            {var: value for var, term in zip(result.variables, row) if (value := _term_json(term)) is not None}
            for row in result.rows
        ]
        return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([_term_text(t) for t in row])
        return buffer.getvalue()
    cells = [[_term_text(t) for t in row] for row in result.rows]
    widths = [max([_width(v)] + [_width(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    lines = [" | ".join(_pad(v, w) for v, w in zip(result.variables, widths)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines.extend(" | ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells)
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def query(query_text: str, graph_path: str | Path = "exports/graph.ttl") -> QueryResult:
    """Run a SPARQL query (text or ``.rq`` file) over an exported graph."""
    return run(load_graph(graph_path), read_query(query_text))
