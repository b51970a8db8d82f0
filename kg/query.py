"""SPARQL over the exported RDF, results as a table, CSV or SPARQL 1.1 results JSON.

Two engines give the same answers:

* ``oxigraph`` (default): an embedded Oxigraph store (pyoxigraph). The store is built
  once from ``graph.nt`` / ``graph.ttl`` into ``.kg-store/`` next to that file and
  reopened read-only by later queries, so a repeated query does not parse the graph
  again. The store is keyed by the content hash of the graph file: when the file is
  newer than the store (another ``kg build``), its hash is checked and the store is
  rebuilt if the content changed.
* ``rdflib``: the graph is parsed into memory for each query (slow on big graphs, but
  pure Python).

Rows are rdflib terms (``URIRef``, ``BNode``, ``Literal``) whatever the engine, so
``format_result`` prints the same text for both.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import XSD, BNode, Graph, Literal, URIRef

from kg.errors import QueryError

if TYPE_CHECKING:
    import pyoxigraph

FORMATS = ("table", "csv", "json")
ENGINES = ("oxigraph", "rdflib")
STORE_DIR = ".kg-store"
STORE_VERSION = "1"  # bump when the store layout changes
PREFIXES = {
    "kg": "https://example.org/kg/ns#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
}


@dataclass(frozen=True)
class QueryResult:
    kind: str  # SELECT | ASK | CONSTRUCT
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[object, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None


# -- finding and loading the graph ------------------------------------------------


def graph_file(path: str | os.PathLike[str]) -> Path:
    """The RDF file meant by ``path``: the file itself, or a folder's graph.nt (else graph.ttl)."""
    target = Path(path)
    if target.is_dir():
        for name in ("graph.nt", "graph.ttl"):
            if (target / name).is_file():
                return target / name
        target = target / "graph.ttl"
    if not target.is_file():
        raise QueryError(f"{target}: no such graph file (run 'kg build' first, or pass --graph)")
    return target


def _rdflib_format(path: Path) -> str:
    return "nt" if path.suffix == ".nt" else "turtle"


def load_graph(path: str | os.PathLike[str]) -> Graph:
    """The graph as an in-memory rdflib ``Graph``."""
    target = graph_file(path)
    graph = Graph()
    try:
        graph.parse(target, format=_rdflib_format(target))
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


# -- the Oxigraph store kept on disk -------------------------------------------------


def _pyoxigraph() -> Any:
    try:
        import pyoxigraph
    except ImportError as exc:  # pragma: no cover - a dependency of kg
        raise QueryError(
            "the oxigraph engine needs pyoxigraph (pip install pyoxigraph), or use --engine rdflib"
        ) from exc
    return pyoxigraph


def _ox_format(path: Path) -> Any:
    ox = _pyoxigraph()
    return ox.RdfFormat.N_TRIPLES if path.suffix == ".nt" else ox.RdfFormat.TURTLE


@functools.lru_cache(maxsize=1)
def _salt() -> str:
    """What else a store depends on: its layout and the pyoxigraph version that wrote it."""
    from importlib.metadata import version

    return f"{STORE_VERSION}:{version('pyoxigraph')}"


def _store_key(source: Path) -> str:
    """Content hash of the graph file, salted with ``_salt()``."""
    digest = hashlib.sha256(f"{_salt()}\n".encode())
    with source.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _pointer_path(source: Path) -> Path:
    return source.parent / STORE_DIR / f"{source.name}.json"


def _write_json(path: Path, data: dict[str, Any]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    os.replace(tmp, path)


def _pinned(store: Path) -> bool:
    """Whether a live process (``kg serve``, a notebook) said it is using ``store``."""
    for pin in store.glob("*.pin"):
        try:
            os.kill(int(pin.stem), 0)
        except (ValueError, ProcessLookupError):
            with contextlib.suppress(OSError):
                pin.unlink()
            continue
        except PermissionError:
            pass
        return True
    return False


def pin_store(store: Path) -> Path:
    """Mark ``store`` as in use by this process so a rebuild does not delete it; returns the pin."""
    pin = store / f"{os.getpid()}.pin"
    with contextlib.suppress(OSError):
        pin.touch()
    return pin


def _clean(root: Path, source: Path, keep: Path) -> None:
    """Remove stores of older versions of ``source`` (unless pinned) and abandoned temporary folders."""
    for entry in root.iterdir():
        stale = entry.name.startswith(source.name + "-") and entry != keep and not _pinned(entry)
        abandoned = entry.name.startswith(".tmp-") and entry.stat().st_mtime < time.time() - 3600
        if entry.is_dir() and (stale or abandoned):
            shutil.rmtree(entry, ignore_errors=True)


def _build_store(source: Path, root: Path, target: Path) -> None:
    ox = _pyoxigraph()
    root.mkdir(exist_ok=True)
    ignore = root / ".gitignore"
    if not ignore.exists():
        ignore.write_text(
            "# kg query's Oxigraph store: a cache rebuilt from the graph, never committed\n*\n", encoding="utf-8"
        )
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=root))
    try:
        store = ox.Store(str(tmp / "db"))
        try:
            store.bulk_load(path=str(source), format=_ox_format(source))
            store.flush()
        except SyntaxError as exc:
            raise QueryError(f"{source}: not valid RDF ({_one_line(str(exc))})") from exc
        finally:
            del store  # closes the database before the folder is renamed
        try:
            os.rename(tmp, target)
        except OSError:
            if not target.is_dir():  # else another process built the same store first
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def ensure_store(path: str | os.PathLike[str]) -> Path:
    """The folder of an up-to-date Oxigraph store of the graph at ``path``, built if needed.

    Raises ``OSError`` if the store cannot be written (read-only exports folder).
    """
    source = graph_file(path).resolve()
    root = source.parent / STORE_DIR
    stat = source.stat()
    pointer_file = _pointer_path(source)
    try:
        pointer = json.loads(pointer_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pointer = {}
    unchanged = (pointer.get("size"), pointer.get("mtime_ns"), pointer.get("salt")) == (
        stat.st_size,
        stat.st_mtime_ns,
        _salt(),
    )
    if unchanged:
        known = root / str(pointer.get("store", ""))
        if pointer.get("store") and (known / "db").is_dir():
            return known / "db"
    # the file is new or newer than the store: is its content still the same?
    key = _store_key(source)
    target = root / f"{source.name}-{key[:20]}"
    if not (target / "db").is_dir():
        _build_store(source, root, target)
    _write_json(
        pointer_file,
        {
            "source": source.name,
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
            "sha256": key,
            "salt": _salt(),
            "store": target.name,
        },
    )
    _clean(root, source, target)
    return target / "db"


def open_store(path: str | os.PathLike[str]) -> pyoxigraph.Store:
    """A read-only Oxigraph store of the graph at ``path`` (in memory if it cannot be kept on disk)."""
    ox = _pyoxigraph()
    source = graph_file(path)
    try:
        return ox.Store.read_only(str(ensure_store(source)))
    except OSError:
        store = ox.Store()
        try:
            store.bulk_load(path=str(source), format=_ox_format(source))
        except SyntaxError as exc:
            raise QueryError(f"{source}: not valid RDF ({_one_line(str(exc))})") from exc
        return store


# -- running queries -----------------------------------------------------------------


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_OX_LOCATION = re.compile(r"^error at (\d+):(\d+):\s*(.*)$", re.S)
_PYPARSING_LOCATION = re.compile(r"\s*\(at char \d+\), \(line:\d+, col:\d+\)\s*$")


def _char_class(match: re.Match[str]) -> str:
    inner = match.group(1)
    if "'0'" in inner:
        return "a digit"
    if "'A'" in inner or "\\u{" in inner:
        return "a letter"
    return '"' + inner.strip("'") + '"'


def _tidy(detail: str) -> str:
    """Oxigraph's 'expected one of ...' with its character classes named and the list cut short."""
    detail = re.sub(r"\[((?:[^\]']|'[^']*')*)\]", _char_class, " ".join(detail.split()))
    head, sep, options = detail.partition("expected one of ")
    if sep:
        items = list(dict.fromkeys(options.split(", ")))
        detail = head + sep + ", ".join(items[:12]) + (", …" if len(items) > 12 else "")
    return detail


def _near(query_text: str | None, line: int) -> str:
    lines = (query_text or "").split("\n")
    if not 1 <= line <= len(lines) or not lines[line - 1].strip():
        return ""
    return f" (line {line}: {_one_line(lines[line - 1].strip(), 80)!r})"


def syntax_error(exc: BaseException, query_text: str | None = None) -> QueryError:
    """A ``QueryError`` naming the line and column of a SPARQL syntax error from either engine."""
    text = str(exc)
    match = _OX_LOCATION.match(text)
    if match:
        line, column, detail = match.groups()
        return QueryError(
            f"malformed SPARQL query at line {line}, column {column}: {_one_line(_tidy(detail))}{_near(query_text, int(line))}"
        )
    line, column = getattr(exc, "lineno", None), getattr(exc, "col", None)
    if isinstance(line, int) and isinstance(column, int):
        detail = _one_line(_PYPARSING_LOCATION.sub("", text))
        return QueryError(f"malformed SPARQL query at line {line}, column {column}: {detail}{_near(query_text, line)}")
    return QueryError(f"malformed SPARQL query: {_one_line(text)}")


def from_oxigraph(term: Any) -> object:
    """The rdflib term of a pyoxigraph term (``None`` stays ``None``)."""
    if term is None:
        return None
    ox = _pyoxigraph()
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    return Literal(str(term))  # an RDF 1.2 triple term


def _result_graph(triples: Any) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in triples:
        graph.add(triple)
    return graph


def _run_oxigraph(store: pyoxigraph.Store, query: str) -> QueryResult:
    ox = _pyoxigraph()
    try:
        result = store.query(query)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ASK", boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            converted = (
                (from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)) for t in result
            )
            return QueryResult("CONSTRUCT", graph=_result_graph(converted))
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(from_oxigraph(term) for term in solution) for solution in result)
    except SyntaxError as exc:
        raise syntax_error(exc, query) from exc
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"SPARQL query failed: {_one_line(str(exc))}") from exc
    return QueryResult("SELECT", variables=variables, rows=rows)


def _run_rdflib(graph: Graph, query: str) -> QueryResult:
    try:
        result = graph.query(query)
        if result.type == "ASK":
            return QueryResult("ASK", boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult("CONSTRUCT", graph=_result_graph(result.graph or ()))
        variables = tuple(str(v) for v in result.vars or ())
        rows = tuple(tuple(row) for row in result)
    except Exception as exc:  # pyparsing.ParseException and rdflib's own errors
        raise syntax_error(exc, query) from exc
    return QueryResult("SELECT", variables=variables, rows=rows)


def run(graph: Graph | pyoxigraph.Store, query: str) -> QueryResult:
    """Run ``query`` over an rdflib ``Graph`` or a pyoxigraph ``Store``."""
    if isinstance(graph, Graph):
        return _run_rdflib(graph, query)
    return _run_oxigraph(graph, query)


def open_graph(path: str | os.PathLike[str], engine: str = "oxigraph") -> Graph | pyoxigraph.Store:
    """What ``run`` queries: an Oxigraph store or an rdflib graph of the graph at ``path``."""
    if engine == "oxigraph":
        return open_store(path)
    if engine == "rdflib":
        return load_graph(path)
    raise QueryError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")


def query(query_text: str, graph_path: str | os.PathLike[str] = "exports", engine: str = "oxigraph") -> QueryResult:
    """Run a SPARQL query (text or ``.rq`` file) over an exported graph (a file or an exports folder)."""
    text = read_query(query_text)
    return run(open_graph(graph_path, engine), text)


# -- output --------------------------------------------------------------------------


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
        return (
            json.dumps(
                {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
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


def has_order_by(query_text: str) -> bool:
    """Whether the query's solution order is fixed by an ORDER BY (comments and strings ignored)."""
    return re.search(r"\bORDER\s+BY\b", strip_literals(query_text), re.I) is not None


_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\s]*>)
    """,
    re.X | re.S,
)


def strip_literals(query_text: str) -> str:
    """``query_text`` with comments, string literals and IRIs blanked out (for keyword checks)."""
    return _TOKEN.sub(
        lambda m: " " if m.lastgroup == "comment" else ('""' if m.lastgroup == "string" else "<>"), query_text
    )
