"""``kg serve`` started as a real process on a free loopback port, queried over HTTP."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.query import query

from .conftest import ROOT

httpx = pytest.importorskip("httpx")

TIMEOUT = 2  # the server's --timeout, seconds
WORKERS = 2
QUERY_FILES = sorted((ROOT / "queries").glob("*.rq"))
OFFICIALS = (ROOT / "queries" / "officials_posts.rq").read_text(encoding="utf-8")
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
JSON = "application/sparql-results+json"


@dataclass
class Server:
    process: subprocess.Popen[str]
    url: str
    client: httpx.Client

    def sparql(self, text: str, **kwargs: object) -> httpx.Response:
        return self.client.post("/sparql", data={"query": text}, **kwargs)  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def kg_command() -> list[str]:
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "kg.cli"]


def children(pid: int) -> set[int]:
    """The query workers of server ``pid``: child processes started by multiprocessing (Linux /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found.update(int(c) for c in (task / "children").read_text().split())
    workers = set()
    for child in found:
        with contextlib.suppress(OSError):
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                workers.add(child)
    return workers


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@pytest.fixture(scope="module")
def server(seed_exports: Path) -> Iterator[Server]:
    port = free_port()
    args = [
        *kg_command(),
        "serve",
        str(seed_exports),
        "--port",
        str(port),
        "--timeout",
        str(TIMEOUT),
        "--workers",
        str(WORKERS),
        "--max-request",
        "4096",
        "--queries",
        str(ROOT / "queries"),
    ]
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    client = httpx.Client(base_url=url, timeout=30)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                out, err = process.communicate()
                pytest.fail(f"kg serve exited with {process.returncode}: {out}{err}")
            try:
                if client.get("/").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("kg serve did not answer within 60 s")
            time.sleep(0.2)
        yield Server(process, url, client)
    finally:
        client.close()
        workers = children(process.pid) if process.poll() is None else set()
        stop(process)
        for pid in workers:  # the workers go with the server
            for _ in range(50):
                if not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split(")")[-1][:3]:
                    break
                time.sleep(0.1)
            else:
                os.kill(pid, signal.SIGKILL)
                pytest.fail(f"worker {pid} outlived the server")


def bindings(response: httpx.Response) -> set[tuple[str, ...]]:
    data = response.json()
    names = data["head"]["vars"]
    return {tuple(row[v]["value"] if v in row else "" for v in names) for row in data["results"]["bindings"]}


def test_listens_on_loopback_by_default(server: Server) -> None:
    assert server.url.startswith("http://127.0.0.1:")


def test_page_has_a_query_box_and_the_examples(server: Server) -> None:
    page = server.client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<textarea" in page.text
    for path in QUERY_FILES:
        assert path.name in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]


def test_officials_over_get(server: Server) -> None:
    response = server.client.get("/sparql", params={"query": OFFICIALS})
    assert response.status_code == 200 and response.headers["content-type"] == JSON
    rows = bindings(response)
    assert ("樊惠林", "区委书记", "二七区委") in rows
    assert ("虎荣鑫", "区长", "二七区政府") in rows


def test_officials_over_post_as_csv(server: Server) -> None:
    response = server.sparql(OFFICIALS, headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "樊惠林,区委书记,二七区委" in response.text.splitlines()


def test_sparql_query_body_and_format_parameter(server: Server) -> None:
    response = server.client.post(
        "/sparql",
        params={"format": "tsv"},
        content=OFFICIALS.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/tab-separated-values")
    assert '"樊惠林"@zh\t"区委书记"@zh\t"二七区委"@zh' in response.text


@pytest.mark.parametrize("query_file", QUERY_FILES, ids=lambda p: p.stem)
def test_competency_answers_match_kg_query(server: Server, seed_exports: Path, query_file: Path) -> None:
    response = server.sparql(query_file.read_text(encoding="utf-8"))
    assert response.status_code == 200, response.text
    expected = query(str(query_file), seed_exports)
    assert bindings(response) == {tuple("" if t is None else str(t) for t in row) for row in expected.rows}


def test_ask_and_construct(server: Server) -> None:
    ask = server.sparql('ASK { ?x <http://www.w3.org/2000/01/rdf-schema#label> "樊惠林"@zh }')
    assert ask.status_code == 200 and ask.json() == {"head": {}, "boolean": True}
    built = server.sparql("CONSTRUCT WHERE { ?o <http://www.w3.org/ns/org#holds> ?p }")
    assert built.status_code == 200 and built.headers["content-type"].startswith("text/turtle")
    from rdflib import Graph

    graph = Graph().parse(data=built.text, format="turtle")
    assert len(graph) >= 21
    nt = server.sparql(
        "CONSTRUCT WHERE { ?o <http://www.w3.org/ns/org#holds> ?p }", headers={"Accept": "application/n-triples"}
    )
    assert nt.headers["content-type"] == "application/n-triples" and len(nt.text.splitlines()) == len(graph)


UPDATES = [
    "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "DROP DEFAULT",
    "LOAD <file:///etc/passwd>",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused(server: Server, update: str) -> None:
    as_form = server.client.post("/sparql", data={"update": update})
    as_body = server.client.post(
        "/sparql", content=update.encode(), headers={"Content-Type": "application/sparql-update"}
    )
    as_query = server.sparql(update)
    for response in (as_form, as_body, as_query):
        assert response.status_code in (400, 403), response.text
        assert "refused" in response.text or "read-only" in response.text
    still = server.sparql("ASK { ?s ?p ?o }")
    assert still.json()["boolean"] is True
    assert server.sparql("ASK { <urn:x:a> <urn:x:b> <urn:x:c> }").json()["boolean"] is False


REACHING_OUT = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <file:///etc/passwd> { ?s ?p ?o } }",
    "SELECT * WHERE { service#hidden\n<http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "LOAD <file:///etc/passwd> INTO GRAPH <urn:x:g>",
]


@pytest.mark.parametrize("text", REACHING_OUT)
def test_service_load_and_from_are_refused(server: Server, text: str) -> None:
    response = server.sparql(text)
    assert response.status_code == 403, response.text
    assert "refused" in response.text


def test_dataset_parameters_are_refused(server: Server) -> None:
    response = server.client.get("/sparql", params={"query": OFFICIALS, "default-graph-uri": "file:///etc/passwd"})
    assert response.status_code == 403


def test_keywords_in_strings_and_names_are_fine(server: Server) -> None:
    text = 'SELECT ?service ?from WHERE { BIND("SERVICE <http://x/> LOAD FROM INSERT" AS ?service) BIND(<urn:from:load> AS ?from) } # DELETE'
    response = server.sparql(text)
    assert response.status_code == 200, response.text
    assert bindings(response) == {("SERVICE <http://x/> LOAD FROM INSERT", "urn:from:load")}


def test_malformed_query_is_400_with_position(server: Server) -> None:
    response = server.sparql("SELECT ?x WHERE {\n  ?x ?y ) }")
    assert response.status_code == 400
    assert response.text.startswith("malformed SPARQL query at line 2, column ")


def test_request_limits(server: Server) -> None:
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000
    assert server.sparql(big).status_code == 413
    assert server.client.get("/sparql", params={"query": big}).status_code == 414
    assert server.client.post("/sparql", content=b"query=x", headers={"Content-Type": "text/plain"}).status_code == 415
    assert server.client.get("/sparql").status_code == 400
    assert server.client.get("/nothing").status_code == 404
    assert server.client.get("/sparql", params={"query": OFFICIALS}, headers={"Accept": "image/png"}).status_code == 406


def test_foreign_host_header_is_refused(server: Server) -> None:
    response = server.client.get("/sparql", params={"query": OFFICIALS}, headers={"Host": "attacker.example"})
    assert response.status_code == 403


def test_runaway_query_is_stopped(server: Server) -> None:
    started = time.monotonic()
    response = server.sparql(RUNAWAY)
    elapsed = time.monotonic() - started
    assert response.status_code == 503 and "time-out" in response.text
    assert TIMEOUT <= elapsed < TIMEOUT + 20
    # the worker that ran it is gone, a new one takes its place, and queries still work
    assert ("樊惠林", "区委书记", "二七区委") in bindings(server.sparql(OFFICIALS))
    if Path("/proc").is_dir():
        assert len(children(server.process.pid)) <= WORKERS
        for _ in range(100):
            if len(children(server.process.pid)) == WORKERS:
                break
            time.sleep(0.1)
        assert len(children(server.process.pid)) == WORKERS


def test_two_runaways_at_once_do_not_block_the_server(server: Server) -> None:
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        runaways = [pool.submit(server.sparql, RUNAWAY) for _ in range(2)]
        page = pool.submit(server.client.get, "/")
        assert page.result().status_code == 200
        assert [f.result().status_code for f in runaways] == [503, 503]
    assert server.sparql("ASK { ?s ?p ?o }").status_code == 200


def test_serve_refuses_a_missing_graph(tmp_path: Path) -> None:
    result = subprocess.run(
        [*kg_command(), "serve", str(tmp_path), "--port", "0"], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 5 and "no such graph file" in result.stderr and "Traceback" not in result.stderr


def test_serve_reports_a_busy_port(seed_exports: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = subprocess.run(
            [*kg_command(), "serve", str(seed_exports), "--port", str(port), "--workers", "1"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        )
    assert result.returncode != 0 and "cannot listen" in result.stderr and "Traceback" not in result.stderr


# -- the pieces, in-process ---------------------------------------------------------------


def test_oversized_result_is_an_error_not_a_crash(seed_exports: Path) -> None:
    import pyoxigraph

    from kg.query import open_store
    from kg.serve import execute

    store = open_store(seed_exports)
    status, content_type, body = execute(store, "SELECT * WHERE { ?s ?p ?o }", "json", "turtle", 10_000)
    assert status == 500 and b"add a LIMIT" in body
    status, content_type, body = execute(store, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "csv", "turtle", 10_000)
    assert status == 200 and content_type.startswith("text/csv")
    assert sorted(body.decode("utf-8").splitlines()[0].split(",")) == ["o", "p", "s"]
    assert isinstance(store, pyoxigraph.Store)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, ("json", "turtle")),
        ("*/*", ("json", "turtle")),
        ("text/csv", ("csv", None)),
        ("application/sparql-results+xml, text/turtle;q=0.5", ("xml", "turtle")),
        ("application/json", ("json", "jsonld")),
        ("text/html,application/xhtml+xml,*/*;q=0.8", ("json", "turtle")),
        ("text/*;q=0.9, application/sparql-results+json;q=0.1", ("csv", "turtle")),
        ("image/png", (None, None)),
    ],
)
def test_content_negotiation(accept: str | None, expected: tuple[str | None, str | None]) -> None:
    from kg.serve import choose_formats

    assert choose_formats(accept, None) == expected


def test_format_parameter_wins_over_accept() -> None:
    from kg.serve import Refused, choose_formats

    assert choose_formats("text/csv", "json") == ("json", "jsonld")
    assert choose_formats(None, "text/turtle") == ("json", "turtle")
    with pytest.raises(Refused):
        choose_formats(None, "pdf")
