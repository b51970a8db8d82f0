"""SPARQL over the exported graph, and the README's examples (so they cannot rot)."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

import kg.query as kg_query
from kg.cli import main
from kg.errors import InputError, QueryError
from kg.query import STORE_DIR, format_result, graph_file, has_order_by, pin_store, query

from .conftest import PROBE_QUERIES, ROOT


def test_officials_query(seed_exports: Path) -> None:
    result = query(str(ROOT / "queries" / "officials_posts.rq"), seed_exports / "graph.ttl")
    rows = {(str(r[0]), str(r[1]), str(r[2])) for r in result.rows}
    assert ("樊惠林", "区委书记", "二七区委") in rows
    assert ("虎荣鑫", "区长", "二七区政府") in rows


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_formats(seed_exports: Path, fmt: str) -> None:
    result = query(
        "SELECT ?n WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?n } ORDER BY ?n LIMIT 3", seed_exports
    )
    text = format_result(result, fmt)
    if fmt == "json":
        data = json.loads(text)
        assert data["head"]["vars"] == ["n"] and len(data["results"]["bindings"]) == 3
    elif fmt == "csv":
        assert text.splitlines()[0] == "n" and len(text.splitlines()) == 4
    else:
        assert "(3 rows)" in text


def test_malformed_query_is_a_clear_error(seed_exports: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(QueryError, match="malformed SPARQL"):
        query("SELECT ?x WHERE { ?x ", seed_exports)
    assert main(["query", "SELECT ?x WHERE {", "--graph", str(seed_exports)]) == 5
    err = capsys.readouterr().err
    assert err.startswith("kg: error: malformed SPARQL") and "Traceback" not in err


def test_missing_graph_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "ASK {}", "--graph", str(tmp_path / "none.ttl")]) == 5
    assert "no such graph file" in capsys.readouterr().err


def _readme_examples() -> list[tuple[str, str]]:
    """(query file, expected output) pairs from README blocks '$ kg query queries/X.rq' + output."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    pattern = re.compile(r"```\n\$ kg query (queries/\S+\.rq)\n(.*?)```", re.S)
    return pattern.findall(text)


def test_readme_shows_three_queries() -> None:
    assert len(_readme_examples()) >= 3


@pytest.mark.parametrize(("query_file", "expected"), _readme_examples())
def test_readme_query_output_is_real(seed_exports: Path, query_file: str, expected: str) -> None:
    assert format_result(query(str(ROOT / query_file), seed_exports / "graph.ttl")) == expected


# -- both engines, the store kept on disk, the Python API --------------------------------

ENGINES = ("oxigraph", "rdflib")
QUERY_FILES = sorted((ROOT / "queries").glob("*.rq"))


def _rows(result: object) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else t.n3() for t in row) for row in result.rows]  # type: ignore[attr-defined]


@pytest.fixture
def exports_copy(seed_exports: Path, tmp_path: Path) -> Path:
    """A private copy of the seed exports (without a store), for tests that change files."""
    folder = tmp_path / "exports"
    shutil.copytree(seed_exports, folder, ignore=shutil.ignore_patterns(".kg-store"))
    return folder


def _concatenated(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """GROUP_CONCAT's order is not defined by SPARQL: compare its items sorted."""

    def items(cell: str) -> str:
        if not cell.startswith('"'):
            return cell
        end = cell.rindex('"')
        return '"' + " ".join(sorted(cell[1:end].split(" "))) + cell[end:]

    return [tuple(items(cell) for cell in row) for row in rows]


@pytest.mark.parametrize("query_file", QUERY_FILES, ids=lambda p: p.stem)
def test_engines_give_the_same_answers(seed_exports: Path, probe_exports: Path, query_file: Path) -> None:
    """Same variables and rows from Oxigraph and rdflib; order compared only under ORDER BY."""
    text = query_file.read_text(encoding="utf-8")
    graph = probe_exports / "graph.ttl" if query_file.stem in PROBE_QUERIES else seed_exports
    ox, rl = (query(str(query_file), graph, engine=e) for e in ENGINES)
    assert ox.kind == rl.kind == "SELECT"
    assert ox.variables == rl.variables
    assert ox.rows, f"{query_file.name} answers nothing on the graph it asks about"
    left, right = _rows(ox), _rows(rl)
    if "GROUP_CONCAT" in text.upper():
        left, right = _concatenated(left), _concatenated(right)
    if has_order_by(text):
        assert left == right
        if "GROUP_CONCAT" not in text.upper():  # then the printed results are identical too
            for fmt in ("table", "csv", "json"):
                assert format_result(ox, fmt) == format_result(rl, fmt)
    else:
        assert sorted(left) == sorted(right)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("query_file", "expected"), _readme_examples())
def test_readme_output_is_the_same_for_both_engines(
    seed_exports: Path, query_file: str, expected: str, engine: str
) -> None:
    assert format_result(query(str(ROOT / query_file), seed_exports, engine=engine)) == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_ask_and_construct(seed_exports: Path, engine: str) -> None:
    ask = query('ASK { ?x <http://www.w3.org/2000/01/rdf-schema#label> "樊惠林"@zh }', seed_exports, engine=engine)
    assert ask.kind == "ASK" and ask.boolean is True
    assert format_result(ask, "json") == '{"head": {}, "boolean": true}\n'
    built = query(
        "CONSTRUCT { ?p <https://example.org/kg/ns#holder> ?o } WHERE { ?o <http://www.w3.org/ns/org#holds> ?p }",
        seed_exports,
        engine=engine,
    )
    assert built.kind == "CONSTRUCT" and built.graph is not None and len(built.graph) >= 21
    assert "kg:holder <https://example.org/kg/entity/official/樊惠林>" in format_result(built)


def test_construct_prints_the_same_turtle_for_both_engines(seed_exports: Path) -> None:
    text = "CONSTRUCT { ?o <https://example.org/kg/ns#post> ?t } WHERE { ?o <http://www.w3.org/ns/org#holds>/<http://www.w3.org/2000/01/rdf-schema#label> ?t }"
    ox, rl = (format_result(query(text, seed_exports, engine=e)) for e in ENGINES)
    assert ox == rl and "@prefix kg: <https://example.org/kg/ns#>" in ox


@pytest.mark.parametrize("engine", ENGINES)
def test_json_is_sparql_results_json(seed_exports: Path, engine: str) -> None:
    data = json.loads(
        format_result(query(str(ROOT / "queries" / "officials_posts.rq"), seed_exports, engine=engine), "json")
    )
    assert data["head"]["vars"] == ["official", "post", "organization"]
    first = data["results"]["bindings"][0]
    assert first["official"] == {"type": "literal", "value": "吕安民", "xml:lang": "zh"}


@pytest.mark.parametrize("engine", ENGINES)
def test_malformed_query_names_line_and_column(
    seed_exports: Path, engine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?x WHERE {\n  ?x rdfs:label ) }"
    with pytest.raises(QueryError, match=r"malformed SPARQL query at line 3, column \d+"):
        query(bad, seed_exports, engine=engine)
    assert main(["query", bad, "--graph", str(seed_exports), "--engine", engine]) == 5
    err = capsys.readouterr().err
    assert re.match(r"kg: error: malformed SPARQL query at line 3, column \d+: ", err)
    assert "Traceback" not in err and err.count("\n") == 1


def test_cli_engines_print_the_same(seed_exports: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outputs = []
    for engine in ENGINES:
        for fmt in ("table", "csv", "json"):
            assert (
                main(
                    [
                        "query",
                        str(ROOT / "queries" / "district_hierarchy.rq"),
                        "--graph",
                        str(seed_exports),
                        "--engine",
                        engine,
                        "--format",
                        fmt,
                    ]
                )
                == 0
            )
            outputs.append(capsys.readouterr().out)
    assert outputs[:3] == outputs[3:]


def test_folder_means_graph_nt(exports_copy: Path) -> None:
    assert graph_file(exports_copy) == exports_copy / "graph.nt"
    (exports_copy / "graph.nt").unlink()
    assert graph_file(exports_copy) == exports_copy / "graph.ttl"


def _store_dirs(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / STORE_DIR).iterdir() if p.is_dir())


def test_store_is_built_once_and_reused(exports_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    officials = str(ROOT / "queries" / "officials_posts.rq")
    first = query(officials, exports_copy)
    stores = _store_dirs(exports_copy)
    assert len(stores) == 1 and (stores[0] / "db").is_dir()
    assert (exports_copy / STORE_DIR / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"

    def no_rebuild(*args: object) -> None:
        raise AssertionError("the store was rebuilt")

    monkeypatch.setattr(kg_query, "_build_store", no_rebuild)
    assert _rows(query(officials, exports_copy)) == _rows(first)
    # a newer file with the same content (another 'kg build'): checked by hash, not reloaded
    nt = exports_copy / "graph.nt"
    os.utime(nt, ns=(nt.stat().st_atime_ns, nt.stat().st_mtime_ns + 10**9))
    assert _rows(query(officials, exports_copy)) == _rows(first)
    assert _store_dirs(exports_copy) == stores


def test_store_is_rebuilt_when_the_graph_changes(exports_copy: Path) -> None:
    ask = 'ASK { ?x <http://www.w3.org/2000/01/rdf-schema#label> "新来的"@zh }'
    assert query(ask, exports_copy).boolean is False
    old = _store_dirs(exports_copy)
    nt = exports_copy / "graph.nt"
    stat = nt.stat()
    with nt.open("a", encoding="utf-8") as handle:
        handle.write(
            '<https://example.org/kg/entity/official/x> <http://www.w3.org/2000/01/rdf-schema#label> "新来的"@zh .\n'
        )
    os.utime(nt, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same mtime: the size tells
    assert query(ask, exports_copy).boolean is True
    new = _store_dirs(exports_copy)
    assert len(new) == 1 and new != old  # the stale store is removed


def test_store_content_hash_catches_same_size_edits(exports_copy: Path) -> None:
    nt = exports_copy / "graph.nt"
    text = nt.read_text(encoding="utf-8")
    assert query('ASK { ?x ?y "樊惠林"@zh }', exports_copy).boolean is True
    nt.write_text(text.replace('"樊惠林"@zh', '"樊慧林"@zh'), encoding="utf-8")  # same length, new mtime
    assert query('ASK { ?x ?y "樊惠林"@zh }', exports_copy).boolean is False


def test_pinned_store_survives_a_rebuild(exports_copy: Path) -> None:
    query("ASK {}", exports_copy)
    (old,) = _store_dirs(exports_copy)
    pin = pin_store(old)
    try:
        with (exports_copy / "graph.nt").open("a", encoding="utf-8") as handle:
            handle.write("<urn:x:a> <urn:x:b> <urn:x:c> .\n")
        query("ASK {}", exports_copy)
        assert old.is_dir() and len(_store_dirs(exports_copy)) == 2
    finally:
        pin.unlink()


def test_unwritable_exports_fall_back_to_memory(exports_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object) -> Path:
        raise PermissionError("read-only file system")

    monkeypatch.setattr(kg_query, "ensure_store", refuse)
    result = query(str(ROOT / "queries" / "officials_posts.rq"), exports_copy)
    assert ("樊惠林", "区委书记", "二七区委") in {tuple(map(str, r)) for r in result.rows}
    assert not (exports_copy / STORE_DIR).exists()


def test_invalid_graph_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "graph.nt").write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    for engine in ENGINES:
        assert main(["query", "ASK {}", "--graph", str(tmp_path), "--engine", engine]) == 5
        err = capsys.readouterr().err
        assert "not valid RDF" in err and "Traceback" not in err


def test_store_folder_is_ignored_by_git() -> None:
    assert "exports/.kg-store/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_load_api(seed_exports: Path) -> None:
    pd = pytest.importorskip("pandas")
    import networkx as nx

    import kg

    g = kg.load(seed_exports)
    assert isinstance(g.graph, nx.MultiDiGraph)
    fan = g.graph.nodes["official/樊惠林"]
    assert (
        fan["label"] == "樊惠林"
        and {"title": "区委书记", "organization": "二七区委"}.items() <= fan["posts"][0].items()
    )
    _, _, edge = next(iter(g.graph.edges(data=True)))
    assert isinstance(edge["evidence"], list)

    assert isinstance(g.entities, pd.DataFrame)
    row = g.entities.set_index("id").loc["official/樊惠林"]
    assert row["name"] == "樊惠林" and isinstance(row["docs"], list) and len(row["docs"]) >= 1
    assert isinstance(row["aliases"], list) and int(row["mentions"]) >= 1
    assert g.entities["mentions"].dtype.kind == "i" and g.relations["weight"].dtype.kind == "i"
    assert {"head", "relation", "tail", "weight", "evidence"} <= set(g.relations.columns)

    frame = g.sparql(str(ROOT / "queries" / "officials_posts.rq"))
    assert list(frame.columns) == ["official", "post", "organization"]
    assert ("樊惠林", "区委书记", "二七区委") in set(frame.itertuples(index=False, name=None))
    assert frame.equals(g.sparql(str(ROOT / "queries" / "officials_posts.rq"), engine="rdflib"))
    counts = g.sparql(str(ROOT / "queries" / "co_mentions.rq"))
    assert counts["sentences"].dtype.kind == "i"
    assert g.sparql("ASK { ?s ?p ?o }") is True
    assert list(g.sparql("CONSTRUCT WHERE { ?s a <https://example.org/kg/ns#Official> }").columns) == [
        "subject",
        "predicate",
        "object",
    ]


def test_load_needs_an_exports_folder(tmp_path: Path) -> None:
    import kg

    with pytest.raises(InputError, match="no such exports folder"):
        kg.load(tmp_path / "missing")


def test_load_without_pandas_is_a_clear_error(seed_exports: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg

    monkeypatch.setitem(sys.modules, "pandas", None)
    g = kg.load(seed_exports)
    assert g.graph.number_of_nodes() > 0  # networkx needs no pandas
    with pytest.raises(ImportError, match="need pandas"):
        _ = g.entities
