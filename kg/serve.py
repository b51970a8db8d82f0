"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over an exports folder.

* ``GET /sparql?query=...``, ``POST /sparql`` with a form (``query=...``) or an
  ``application/sparql-query`` body. SELECT and ASK answer SPARQL results JSON (default),
  CSV, TSV or XML; CONSTRUCT and DESCRIBE answer Turtle (default), N-Triples, RDF/XML
  or JSON-LD; chosen by the ``Accept`` header or a ``format`` parameter (json, csv, tsv,
  xml, turtle, ntriples, rdfxml, jsonld).
* ``GET /``: a page with a query box and the example queries of ``queries/``.

Safety: the store is opened read-only and SPARQL Update is refused (403), as are
``SERVICE``, ``LOAD``, ``FROM`` / ``FROM NAMED`` and the protocol's dataset parameters,
so a query can reach nothing but the served graph. Each query runs in a worker process
that is killed when it exceeds ``--timeout`` (Oxigraph cannot interrupt a query from
another thread); a fresh worker replaces it. Request bodies are capped
(``--max-request``), and so are responses (``--max-response``). The server listens on
127.0.0.1 unless told otherwise and then only answers requests whose ``Host`` names
this machine (a guard against DNS rebinding).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import queue
import re
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError
from kg.query import ensure_store, graph_file, pin_store, strip_literals, syntax_error

# format key -> (media type sent, media types accepted for it, pyoxigraph format name)
RESULT_FORMATS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "json": ("application/sparql-results+json", ("application/sparql-results+json", "application/json"), "JSON"),
    "xml": ("application/sparql-results+xml", ("application/sparql-results+xml", "application/xml", "text/xml"), "XML"),
    "csv": ("text/csv; charset=utf-8", ("text/csv",), "CSV"),
    "tsv": ("text/tab-separated-values; charset=utf-8", ("text/tab-separated-values",), "TSV"),
}
GRAPH_FORMATS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "turtle": ("text/turtle; charset=utf-8", ("text/turtle", "application/x-turtle"), "TURTLE"),
    "ntriples": ("application/n-triples", ("application/n-triples", "text/plain"), "N_TRIPLES"),
    "rdfxml": ("application/rdf+xml", ("application/rdf+xml", "application/xml", "text/xml"), "RDF_XML"),
    "jsonld": ("application/ld+json", ("application/ld+json", "application/json"), "JSON_LD"),
}
# a format parameter -> (format for SELECT/ASK, format for CONSTRUCT/DESCRIBE)
FORMAT_PARAM = {
    "json": ("json", "jsonld"),
    "srj": ("json", "jsonld"),
    "xml": ("xml", "rdfxml"),
    "srx": ("xml", "rdfxml"),
    "csv": ("csv", "turtle"),
    "tsv": ("tsv", "turtle"),
    "turtle": ("json", "turtle"),
    "ttl": ("json", "turtle"),
    "ntriples": ("json", "ntriples"),
    "nt": ("json", "ntriples"),
    "rdfxml": ("xml", "rdfxml"),
    "jsonld": ("json", "jsonld"),
}
UPDATE_KEYWORDS = ("INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
TEXT = "text/plain; charset=utf-8"


class Refused(Exception):
    """A request the endpoint will not run: ``status`` and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


# -- what a query may contain ----------------------------------------------------------


def _unescape(text: str) -> str:
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def _keyword(word: str, text: str) -> bool:
    """Whether ``word`` occurs as a bare SPARQL keyword (not in a variable, prefixed name or language tag)."""
    return re.search(rf"(?<![\w:?$@\-]){word}(?![\w:\-])", text, re.I) is not None


def check_query(query_text: str) -> None:
    """Raise ``Refused`` if the query would write, or read anything but the served graph."""
    for text in {strip_literals(query_text), strip_literals(_unescape(query_text))}:
        for word in UPDATE_KEYWORDS:
            if _keyword(word, text):
                raise Refused(403, f"SPARQL Update ({word}) is refused: this endpoint is read-only")
        if _keyword("LOAD", text):
            raise Refused(403, "LOAD is refused: this endpoint is read-only and reads no files or URLs")
        if _keyword("SERVICE", text):
            raise Refused(403, "SERVICE is refused: this endpoint queries only its own graph")
        if _keyword("FROM", text):
            raise Refused(403, "FROM and FROM NAMED are refused: this endpoint queries only its own graph")


# -- content negotiation ---------------------------------------------------------------


def _accept_ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media.lower(), q))
    return ranges


def _quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """q of ``media`` under the most specific matching range (-1 if none matches)."""
    best, specificity = -1.0, -1
    major = media.split("/")[0]
    for pattern, q in ranges:
        level = 2 if pattern == media else 1 if pattern == f"{major}/*" else 0 if pattern == "*/*" else -1
        if level > specificity:
            best, specificity = q, level
    return best


def negotiate(formats: dict[str, tuple[str, tuple[str, ...], str]], accept: str | None) -> str | None:
    """The format key that best fits ``accept`` (the first format when there is no header), or None."""
    if not accept or not accept.strip():
        return next(iter(formats))
    ranges = _accept_ranges(accept)
    exact = [(media, q) for media, q in ranges if not media.endswith("/*")]
    best_key, best_q = None, 0.0
    for key, (_, media_types, _) in formats.items():
        # wildcards match a format's own media type; its aliases only when named
        q = max([_quality(media_types[0], ranges)] + [_quality(m, exact) for m in media_types[1:]])
        if q > best_q:
            best_key, best_q = key, q
    return best_key


def choose_formats(accept: str | None, format_param: str | None) -> tuple[str | None, str | None]:
    """(format for SELECT/ASK, format for CONSTRUCT/DESCRIBE) of a request."""
    if format_param:
        wanted = format_param.strip().lower()
        if wanted in FORMAT_PARAM:
            return FORMAT_PARAM[wanted]
        for formats in (RESULT_FORMATS, GRAPH_FORMATS):
            for key, (_, media_types, _) in formats.items():
                if wanted in media_types:
                    return (key, "turtle") if formats is RESULT_FORMATS else ("json", key)
        raise Refused(400, f"unknown format {format_param!r} (use one of {', '.join(FORMAT_PARAM)})")
    return negotiate(RESULT_FORMATS, accept), negotiate(GRAPH_FORMATS, accept)


# -- worker processes ------------------------------------------------------------------


class _TooLarge(Exception):
    pass


class _CappedBuffer:
    """A binary sink that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _TooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def execute(
    store: Any, query_text: str, result_format: str | None, graph_format: str | None, max_response: int
) -> tuple[int, str, bytes]:
    """Run one query on a pyoxigraph store: (HTTP status, content type, body)."""
    import pyoxigraph as ox

    try:
        result = store.query(query_text)
        if isinstance(result, ox.QueryTriples):
            formats, key, serializer = GRAPH_FORMATS, graph_format, ox.RdfFormat
        else:
            formats, key, serializer = RESULT_FORMATS, result_format, ox.QueryResultsFormat
        if key is None:
            offered = ", ".join(m for _, media_types, _ in formats.values() for m in media_types)
            return 406, TEXT, f"no acceptable format for this query's results (Accept one of: {offered})\n".encode()
        media_type, _, name = formats[key]
        sink = _CappedBuffer(max_response)
        result.serialize(sink, format=getattr(serializer, name))
        return 200, media_type, sink.getvalue()
    except SyntaxError as exc:
        return 400, TEXT, f"{syntax_error(exc, query_text)}\n".encode()
    except _TooLarge:
        return 500, TEXT, f"the result is larger than {max_response} bytes (--max-response): add a LIMIT\n".encode()
    except Exception as exc:  # the engine's evaluation errors
        return 500, TEXT, f"query failed: {' '.join(str(exc).split())}\n".encode()


def _die_with_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent_pid:
        os._exit(0)


def worker_main(conn: Any, store_path: str, parent_pid: int) -> None:
    """A worker process: open the store read-only, then answer queries until the pipe closes."""
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which stops the workers
    try:
        import pyoxigraph

        store = pyoxigraph.Store.read_only(store_path)
    except Exception as exc:
        conn.send(("failed", f"{store_path}: cannot open the store ({exc})"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(execute(store, *request))


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Any


class WorkerPool:
    """Worker processes, each with the store open; a worker whose query runs too long is killed."""

    def __init__(self, store_path: Path, size: int, log: Any = None) -> None:
        self.store_path = str(store_path)
        self.size = max(1, size)
        self.log = log or (lambda message: None)
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._wanted: queue.Queue[bool] = queue.Queue()
        self._live: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._spawner: threading.Thread | None = None

    def _start_worker(self) -> _Worker:
        ours, theirs = self._ctx.Pipe()
        process = self._ctx.Process(
            target=worker_main, args=(theirs, self.store_path, os.getpid()), daemon=True, name="kg-sparql-worker"
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        with self._lock:
            self._live.add(worker)
        if not ours.poll(120):
            self._kill(worker)
            raise KgError("a query worker did not start within 120 s")
        try:
            status, detail = ours.recv()
        except EOFError:
            status, detail = "failed", f"a query worker exited (code {process.exitcode})"
        if status != "ready":
            self._kill(worker)
            raise KgError(str(detail))
        return worker

    def _spawn_loop(self) -> None:
        # Workers are started from this one long-lived thread: a worker dies with the
        # thread that started it (PR_SET_PDEATHSIG), so not from short request threads.
        while self._wanted.get():
            if self._closed:
                break
            try:
                self._idle.put(self._start_worker())
            except KgError as exc:
                self.log(f"kg: {exc}; retrying in 1 s")
                time.sleep(1)
                self._wanted.put(True)

    def start(self) -> None:
        """Start the workers; raise ``KgError`` if the store cannot be opened."""
        self._spawner = threading.Thread(target=self._spawn_loop, name="kg-worker-spawner", daemon=True)
        first = self._start_worker()  # fails loudly, in the caller, if the store is unusable
        self._idle.put(first)
        self._spawner.start()
        for _ in range(self.size - 1):
            self._wanted.put(True)

    def _kill(self, worker: _Worker) -> None:
        with self._lock:
            self._live.discard(worker)
        with contextlib.suppress(Exception):
            worker.process.kill()
        with contextlib.suppress(Exception):
            worker.process.join(5)
        with contextlib.suppress(Exception):
            worker.conn.close()

    def _replace(self, worker: _Worker) -> None:
        self._kill(worker)
        if not self._closed:
            self._wanted.put(True)

    def run(self, request: tuple[Any, ...], timeout: float) -> tuple[int, str, bytes]:
        """Run ``request`` in a worker; kill that worker if it takes longer than ``timeout``."""
        # waiting for a free worker: the busy ones finish or are killed within ``timeout``,
        # and a replacement takes a moment to start
        deadline = time.monotonic() + timeout + 30
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return 503, TEXT, f"all {self.size} query workers stayed busy; try again later\n".encode()
            if worker.process.is_alive():
                break
            self._replace(worker)
        try:
            worker.conn.send(request)
            if worker.conn.poll(timeout):
                reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):
            self._replace(worker)
            return 500, TEXT, b"the query worker died; try again\n"
        self._replace(worker)
        return 503, TEXT, f"query stopped: it ran longer than the {timeout:g} s time-out (--timeout)\n".encode()

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._live]

    def close(self) -> None:
        self._closed = True
        self._wanted.put(False)
        with self._lock:
            workers = list(self._live)
        for worker in workers:
            self._kill(worker)


# -- the page --------------------------------------------------------------------------


def load_examples(folder: Path | None) -> list[dict[str, str]]:
    """The ``.rq`` files of ``folder``: name, title (first comment line) and text."""
    examples = []
    if folder is None or not folder.is_dir():
        return examples
    for path in sorted(folder.glob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        comments = [line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")]
        examples.append({"name": path.name, "title": comments[0] if comments else path.stem, "query": text})
    return examples


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg SPARQL</title>
<style>
body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 1.5rem; color: #222; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; }
p.note { color: #555; margin: 0 0 1rem; font-size: .9rem; }
#examples { display: flex; flex-wrap: wrap; gap: .4rem; margin-bottom: .6rem; }
#examples button { font-size: .85rem; }
textarea { width: 100%; height: 16rem; font-family: ui-monospace, "Noto Sans Mono CJK SC", monospace; font-size: .9rem; box-sizing: border-box; }
.bar { display: flex; gap: .6rem; align-items: center; margin: .5rem 0 1rem; }
#status { color: #555; }
#status.error { color: #b00020; white-space: pre-wrap; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
pre { background: #f7f7f7; padding: .6rem; overflow: auto; }
</style>
</head>
<body>
<h1>kg SPARQL endpoint</h1>
<p class="note">Read-only SPARQL 1.1 over <code>__GRAPH__</code> at <code>/sparql</code> (GET <code>?query=</code> or POST).
Queries stop after __TIMEOUT__ s. Prefixes: <code>kg:</code> = <code>https://example.org/kg/ns#</code>.</p>
<div id="examples"></div>
<textarea id="query" spellcheck="false" aria-label="SPARQL query"></textarea>
<div class="bar">
<button id="run" type="button">Run (Ctrl+Enter)</button>
<label>Download as <select id="format"><option value="csv">CSV</option><option value="json">JSON</option><option value="tsv">TSV</option><option value="xml">XML</option></select></label>
<button id="download" type="button">Download</button>
<span id="status"></span>
</div>
<div id="result"></div>
<script type="application/json" id="example-data">__EXAMPLES__</script>
<script>
"use strict";
const examples = JSON.parse(document.getElementById("example-data").textContent);
const box = document.getElementById("query");
const status = document.getElementById("status");
const out = document.getElementById("result");
const holder = document.getElementById("examples");
for (const ex of examples) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = ex.name;
  b.title = ex.title;
  b.addEventListener("click", () => { box.value = ex.query; });
  holder.appendChild(b);
}
box.value = examples.length ? examples[0].query : "SELECT * WHERE { ?s ?p ?o } LIMIT 10";
function cell(term) {
  const td = document.createElement("td");
  if (term) td.textContent = term.value;
  if (term && term.type === "uri") td.style.color = "#1a5fb4";
  return td;
}
async function run() {
  status.className = ""; status.textContent = "running…"; out.textContent = "";
  const started = performance.now();
  let response;
  try {
    response = await fetch("sparql", {method: "POST", body: new URLSearchParams({query: box.value}),
      headers: {"Accept": "application/sparql-results+json, text/turtle;q=0.9"}});
  } catch (err) { status.className = "error"; status.textContent = String(err); return; }
  const text = await response.text();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!response.ok) { status.className = "error"; status.textContent = response.status + ": " + text; return; }
  if ((response.headers.get("Content-Type") || "").startsWith("application/sparql-results+json")) {
    const data = JSON.parse(text);
    if ("boolean" in data) { status.textContent = seconds + " s"; out.textContent = String(data.boolean); return; }
    const vars = data.head.vars, rows = data.results.bindings;
    const table = document.createElement("table");
    const head = table.insertRow();
    for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
    for (const row of rows) { const tr = table.insertRow(); for (const v of vars) tr.appendChild(cell(row[v])); }
    out.appendChild(table);
    status.textContent = rows.length + " row" + (rows.length === 1 ? "" : "s") + ", " + seconds + " s";
  } else {
    const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
    status.textContent = seconds + " s";
  }
}
document.getElementById("run").addEventListener("click", run);
box.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });
document.getElementById("download").addEventListener("click", () => {
  const params = new URLSearchParams({query: box.value, format: document.getElementById("format").value});
  window.open("sparql?" + params.toString(), "_blank");
});
</script>
</body>
</html>
"""


def render_page(examples: list[dict[str, str]], graph_name: str, timeout: float) -> bytes:
    data = (
        json.dumps(examples, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )
    name = graph_name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        PAGE.replace("__EXAMPLES__", data)
        .replace("__GRAPH__", name)
        .replace("__TIMEOUT__", f"{timeout:g}")
        .encode("utf-8")
    )


# -- HTTP --------------------------------------------------------------------------------


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(
        self,
        address: tuple[str, int],
        *,
        pool: WorkerPool,
        page: bytes,
        timeout: float,
        max_request: int,
        max_response: int,
        quiet: bool,
    ) -> None:
        host = address[0]
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__(address, SparqlHandler)
        self.pool = pool
        self.page = page
        self.query_timeout = timeout
        self.max_request = max_request
        self.max_response = max_response
        self.quiet = quiet
        self.allowed_hosts = (LOOPBACK_NAMES | {host.lower()}) if _is_loopback(host) else None

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # the client went away or stalled: nothing to report
        super().handle_error(request, client_address)


def _is_loopback(host: str) -> bool:
    return host.lower() in LOOPBACK_NAMES or host.startswith("127.")


def _host_name(header: str) -> str:
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    return header.rpartition(":")[0] if header.count(":") == 1 else header


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"
    timeout = 30  # seconds a client may take to send its request

    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Vary", "Accept")
        if content_type.startswith("text/html"):
            self.send_header(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            )
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, TEXT, (message.rstrip("\n") + "\n").encode("utf-8"))

    def _host_ok(self) -> bool:
        allowed = self.server.allowed_hosts
        host = self.headers.get("Host")
        if allowed is None or host is None or _host_name(host) in allowed:
            return True
        self.close_connection = True
        self._error(403, f"unexpected Host header {host!r}: this server only answers requests for this machine")
        return False

    def do_GET(self) -> None:
        if not self._host_ok():
            return
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", self.server.page)
        elif url.path == "/sparql":
            if len(url.query) > self.server.max_request:
                self._error(414, f"the query string is longer than {self.server.max_request} bytes (--max-request)")
                return
            self._answer(parse_qs(url.query, keep_blank_values=True))
        else:
            self._error(404, f"no such page: {url.path} (the endpoint is /sparql)")

    def do_POST(self) -> None:
        if not self._host_ok():
            return
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self.close_connection = True
            self._error(404, f"no such endpoint: {url.path} (use /sparql)")
            return
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower() or self.headers.get("Content-Length") is None:
            self.close_connection = True
            self._error(411, "a POST needs a Content-Length")
            return
        try:
            length = int(self.headers["Content-Length"])
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._error(400, "invalid Content-Length")
            return
        if length > self.server.max_request:
            self.close_connection = True
            self._error(413, f"the request body is larger than {self.server.max_request} bytes (--max-request)")
            return
        body = self.rfile.read(length)
        params = parse_qs(url.query, keep_blank_values=True)
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            self._error(400, "the request body is not UTF-8")
            return
        if content_type == "application/sparql-update":
            self._error(403, "SPARQL Update is refused: this endpoint is read-only")
            return
        if content_type == "application/sparql-query":
            params.setdefault("query", []).append(text)
        elif content_type == "application/x-www-form-urlencoded":
            for name, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
        else:
            self._error(415, "send application/x-www-form-urlencoded (query=...) or application/sparql-query")
            return
        self._answer(params)

    def do_PUT(self) -> None:
        self.close_connection = True
        self._error(405, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT

    def _answer(self, params: dict[str, list[str]]) -> None:
        try:
            if "update" in params:
                raise Refused(403, "SPARQL Update is refused: this endpoint is read-only")
            if "default-graph-uri" in params or "named-graph-uri" in params:
                raise Refused(
                    403, "default-graph-uri and named-graph-uri are refused: this endpoint queries only its own graph"
                )
            queries = params.get("query", [])
            if len(queries) != 1 or not queries[0].strip():
                raise Refused(400, "give exactly one query (?query=... or a POST body); see / for a query page")
            query_text = queries[0]
            check_query(query_text)
            formats = params.get("format") or params.get("output") or [None]
            result_format, graph_format = choose_formats(self.headers.get("Accept"), formats[0])
        except Refused as exc:
            self._error(exc.status, str(exc))
            return
        status, content_type, body = self.server.pool.run(
            (query_text, result_format, graph_format, self.server.max_response), self.server.query_timeout
        )
        self._send(status, content_type, body)


# -- the command ---------------------------------------------------------------------------


def _examples_folder(exports: Path, queries: str | os.PathLike[str] | None) -> Path | None:
    if queries is not None:
        return Path(queries)
    base = exports if exports.is_dir() else exports.parent
    for candidate in (base.resolve().parent / "queries", Path("queries")):
        if candidate.is_dir():
            return candidate
    return None


def make_server(
    exports: str | os.PathLike[str] = "exports",
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 10.0,
    workers: int = 2,
    max_request: int = 64 * 1024,
    max_response: int = 256 * 1024 * 1024,
    queries: str | os.PathLike[str] | None = None,
    quiet: bool = False,
) -> tuple[SparqlServer, Any]:
    """A ready server (workers started) and a function that stops it and cleans up."""
    if timeout <= 0:
        raise KgError("--timeout must be positive")
    source = graph_file(exports)
    scratch: str | None = None
    try:
        store = ensure_store(source)
    except OSError:  # a read-only exports folder: keep the store in a temporary folder
        from kg.query import _build_store

        scratch = tempfile.mkdtemp(prefix="kg-store-")
        _build_store(source.resolve(), Path(scratch), Path(scratch) / "store")
        store = Path(scratch) / "store" / "db"
    pin = pin_store(store.parent)
    log = (lambda message: None) if quiet else (lambda message: print(message, file=sys.stderr, flush=True))
    pool = WorkerPool(store, workers, log)

    def cleanup() -> None:
        pool.close()
        with contextlib.suppress(OSError):
            pin.unlink()
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)

    try:
        pool.start()
        page = render_page(load_examples(_examples_folder(Path(exports), queries)), source.name, timeout)
        try:
            server = SparqlServer(
                (host, port),
                pool=pool,
                page=page,
                timeout=timeout,
                max_request=max_request,
                max_response=max_response,
                quiet=quiet,
            )
        except OSError as exc:
            raise KgError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc
    except BaseException:
        cleanup()
        raise
    return server, cleanup


def serve(exports: str | os.PathLike[str] = "exports", **options: Any) -> int:
    """Run ``kg serve`` until Ctrl-C or SIGTERM."""
    server, cleanup = make_server(exports, **options)
    host, port = server.server_address[:2]
    shown = f"[{host}]" if ":" in str(host) else host
    print(
        f"kg: serving {graph_file(exports)} at http://{shown}:{port}/sparql (query page: http://{shown}:{port}/); Ctrl-C stops",
        flush=True,
    )
    if server.allowed_hosts is None:
        print(
            f"kg: warning: listening on {host}, not only on this machine: anyone who can reach it can query the graph",
            file=sys.stderr,
            flush=True,
        )

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
        cleanup()
    return 0
