"""SPARQL over the exported graph, and the README's examples (so they cannot rot)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import QueryError
from kg.query import format_result, query

from .conftest import ROOT


def test_officials_query(seed_exports: Path) -> None:
    result = query(str(ROOT / "queries" / "officials_posts.rq"), seed_exports / "graph.ttl")
    rows = {(str(r[0]), str(r[1]), str(r[2])) for r in result.rows}
    assert ("樊惠林", "区委书记", "二七区委") in rows
    assert ("虎荣鑫", "区长", "二七区政府") in rows


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_formats(seed_exports: Path, fmt: str) -> None:
    result = query("SELECT ?n WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?n } ORDER BY ?n LIMIT 3", seed_exports)
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
