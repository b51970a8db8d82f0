"""The ``kg`` command: a thin layer over the library (only this module parses arguments)."""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from kg import __version__
from kg.errors import InputError, KgError
from kg.export import DEFAULT_MAX_NODES, EXPORTERS
from kg.memory import no_cycle_collection
from kg.relate import PAIRS_LEFT_OUT

DESCRIPTION = """\
Build an evidence-backed knowledge graph of officials, districts, companies and
projects from Chinese local-government news pages.

  kg build                      build seeds/ into exports/
  kg build pages/ -o out/       build your own pages
  kg query queries/x.rq         run SPARQL over exports/ (Oxigraph)
  kg serve                      a read-only SPARQL endpoint on 127.0.0.1:7878
  kg extract page.txt           print the mentions found in one text
  kg eval tests/fixtures/gold   precision/recall against a gold annotation
"""


def _add_build(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "build",
        help="build the graph of text files into an exports folder",
        description="Read newspaper pages (.txt files, folders searched recursively, or - for stdin), extract entities and relations, and write graph.ttl, graph.nt, graph.graphml, graph.html, entities.csv and relations.csv.",
    )
    p.add_argument("inputs", nargs="*", default=["seeds"], metavar="INPUT", help="files, folders or - (default: seeds)")
    p.add_argument("-o", "--output", default="exports", metavar="OUT", help="output folder (default: exports)")
    p.add_argument(
        "--base-iri", default=None, metavar="IRI", help="base IRI of the RDF data (default: https://example.org/kg/)"
    )
    p.add_argument(
        "--max-nodes",
        type=int,
        default=DEFAULT_MAX_NODES,
        metavar="N",
        help=f"keep only the N most connected nodes in graph.html; the other exports stay complete "
        f"(default: {DEFAULT_MAX_NODES:,}, which a browser shows in 1-2 s; 0: all nodes)",
    )
    p.add_argument(
        "--max-file-size",
        type=int,
        default=None,
        metavar="BYTES",
        help="skip input files larger than this (default: 64 MiB; a build needs about 25 bytes of memory per byte of its largest file)",
    )
    p.add_argument(
        "--curation",
        default=None,
        metavar="FILE",
        help="YAML file of corrections applied on every build: merge, never_merge, split_by_file, drop, types",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes for extraction (default: all cores); the exports are the same for any N",
    )
    p.add_argument(
        "--cache",
        default=None,
        metavar="DIR",
        help="keep each file's extraction here so a rebuild only reads new or changed files (default: OUT/.kg-cache)",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="extract every file again and write the exports even when OUT is up to date with the inputs",
    )
    p.add_argument(
        "--max-evidence",
        type=int,
        default=20,
        metavar="N",
        help="sentences kept per relation (weights stay exact; default: 20)",
    )
    p.add_argument(
        "--co-occurrence",
        choices=tuple(PAIRS_LEFT_OUT),
        default="article",
        help="pair the entities named together in one article (co_occurs) and one sentence (co_mentioned), "
        "in one sentence only, or not at all (default: article; article pairs are half of a large "
        "archive's relations)",
    )
    p.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="run extraction on a Dask cluster: tcp://HOST:PORT, or 'local' for a LocalCluster (needs kg[distributed])",
    )
    p.add_argument(
        "--formats",
        type=_formats,
        default=None,
        metavar="LIST",
        help="the exports to write, comma-separated: "
        + ", ".join(FORMAT_NAMES)
        + " (default: all); files of the others left in OUT by an earlier build are removed",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors (no progress bar)")
    p.set_defaults(func=_build)


# --formats names, the exports' file extensions (ttl, nt...) -> kg.export format names,
# which are accepted as well (turtle, ntriples)
FORMAT_NAMES = {Path(file_name).suffix[1:] or name: name for name, (file_name, _) in EXPORTERS.items()}
_FORMAT_ALIASES = {**FORMAT_NAMES, **{name: name for name in EXPORTERS}}


def _formats(value: str) -> tuple[str, ...]:
    names = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [name for name in names if name not in _FORMAT_ALIASES]
    if unknown or not names:
        shown = ", ".join(repr(name) for name in unknown) or "nothing"
        raise argparse.ArgumentTypeError(f"{shown}: expected a comma-separated list of {', '.join(FORMAT_NAMES)}")
    chosen = {_FORMAT_ALIASES[name] for name in names}
    return tuple(name for name in FORMAT_NAMES.values() if name in chosen)


def _build(args: argparse.Namespace) -> int:
    if args.inputs == ["seeds"] and not Path("seeds").exists():
        raise InputError("seeds: no such folder; run 'kg build' from the project folder or name your input files")
    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(message)
        if not args.quiet:
            _stderr(message)

    kwargs: dict[str, object] = {"warn": warn}
    if args.max_file_size is not None:
        kwargs["max_file_size"] = args.max_file_size
    cache = None if args.no_cache else (args.cache or os.path.join(args.output, ".kg-cache"))
    digest = _inputs_digest(args)
    if digest is not None and not args.no_cache and _up_to_date(args, digest):
        return 0
    # build and export with no scan for garbage cycles between them: a build makes few, and
    # a full scan of a graph's objects costs half a second at 10 MB of text
    with no_cycle_collection():
        return _build_and_export(args, warnings, cache, kwargs, digest)


def _stderr(message: str) -> None:
    from kg.read import _stderr as warn

    warn(message)


def _inputs_digest(args: argparse.Namespace) -> str | None:
    from kg.freshness import inputs_digest
    from kg.read import DEFAULT_MAX_FILE_SIZE

    max_file_size = args.max_file_size if args.max_file_size is not None else DEFAULT_MAX_FILE_SIZE
    options = {
        "formats": list(args.formats or EXPORTERS),
        "base_iri": args.base_iri,
        "max_nodes": args.max_nodes,
        "max_evidence": args.max_evidence,
        "co_occurrence": args.co_occurrence,
        "curation": args.curation,
        "max_file_size": max_file_size,
    }
    return inputs_digest(args.inputs, options, max_file_size)


def _up_to_date(args: argparse.Namespace, digest: str) -> bool:
    """Whether OUT already holds this build (then say so, with what the build said)."""
    from kg.freshness import is_current

    stamp = is_current(args.output, digest)
    if stamp is None:
        return False
    if not args.quiet:
        for message in stamp.warnings:
            _stderr(message)
        print(stamp.summary)
        print(
            f"  {args.output} is up to date: no input file, option or kg version changed since it was "
            "written (--no-cache builds anyway)"
        )
    return True


def _build_and_export(
    args: argparse.Namespace,
    warnings: list[str],
    cache: str | None,
    kwargs: dict[str, object],
    digest: str | None,
) -> int:
    from kg.export import export
    from kg.freshness import record
    from kg.pipeline import build

    kg = build(
        args.inputs,
        curation=args.curation,
        jobs=max(1, args.jobs),
        cache=cache,
        scheduler=args.scheduler,
        max_evidence=args.max_evidence if args.max_evidence > 0 else None,
        co_occurrence=args.co_occurrence,
        quiet=args.quiet,
        **kwargs,
    )
    chosen = {"formats": args.formats} if args.formats else {}
    written = export(
        kg,
        args.output,
        base_iri=args.base_iri,
        max_nodes=args.max_nodes or None,
        jobs=max(1, args.jobs),
        drop_others=True,
        **chosen,
    )
    counts = Counter(e.type for e in kg.entities.values())
    summary = (
        f"{len(kg.sources)} files, {len(kg.articles)} articles, {len(kg.entities)} entities "
        f"({', '.join(f'{counts[t]} {t}' for t in sorted(counts))}), {len(kg.relations)} relations"
    )
    if digest is not None:
        record(args.output, digest, written, summary, warnings)
    if not args.quiet:
        print(summary)
        for path in written:
            print(f"  wrote {path}")
    return 0


def _add_extract(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="print the entity mentions of a text as JSON lines",
        description="Print one JSON object per mention: text, type, start, end (offsets into the given text).",
    )
    p.add_argument("file", nargs="?", default="-", metavar="FILE", help="a text file, or - for stdin (default)")
    p.add_argument(
        "--lines", action="store_true", help="treat each input line as its own text; print one JSON array per line"
    )
    p.add_argument(
        "--ner",
        choices=("rules", "crf", "both"),
        default="rules",
        help="rules: kg's rule extractor, the mentions 'kg build' uses (default); crf: the trained character "
        "CRF alone (types person, place, organization); both: the rules' mentions plus every CRF mention "
        "that overlaps none of them",
    )
    p.set_defaults(func=_extract)


def _extract(args: argparse.Namespace) -> int:
    from kg.pipeline import extract_text
    from kg.read import Source, read_source

    try:
        doc = read_source(
            Source(args.file if args.file != "-" else "<stdin>", None if args.file == "-" else Path(args.file))
        )
    except ValueError as exc:
        raise InputError(f"{args.file}: {exc}") from exc
    ner = getattr(args, "ner", "rules")
    if ner != "rules":
        from kg.extract import crf

        try:
            crf.tag("北京")  # loads the model: a missing package or model is one clear error
        except crf.CrfUnavailable as exc:
            raise KgError(f"--ner {ner}: {exc}") from exc

    def find(text: str) -> list[dict[str, object]]:
        if ner == "rules":
            return extract_text(text, doc.path)
        if ner == "crf":
            return crf.mentions(text)
        return crf.merge(extract_text(text, doc.path), crf.mentions(text))

    out = sys.stdout
    try:
        if args.lines:
            for line in doc.text.split("\n"):
                out.write(json.dumps(find(line) if line.strip() else [], ensure_ascii=False) + "\n")
        else:
            for mention in find(doc.text):
                out.write(json.dumps(mention, ensure_ascii=False) + "\n")
        out.flush()
    except BrokenPipeError:  # the reader stopped early (kg extract ... | head): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
    return 0


def _add_query(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "query",
        help="run a SPARQL query over the exported RDF",
        description="Run SPARQL (a query string or a .rq file) over the exported graph. The default engine keeps an Oxigraph store in .kg-store/ next to the graph, built on first use and rebuilt when the graph changes.",
    )
    p.add_argument("query", metavar="QUERY|FILE.rq")
    p.add_argument(
        "--graph",
        default="exports",
        help="graph.nt / graph.ttl or an exports folder (default: exports, which reads graph.nt)",
    )
    p.add_argument(
        "--engine",
        choices=("oxigraph", "rdflib"),
        default="oxigraph",
        help="oxigraph (default: fast, store cached on disk) or rdflib (pure Python, parses the graph each time)",
    )
    p.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="output format (default: table; json is SPARQL 1.1 results JSON; CONSTRUCT prints Turtle)",
    )
    p.set_defaults(func=_query)


def _query(args: argparse.Namespace) -> int:
    from kg.query import format_result, query

    sys.stdout.write(format_result(query(args.query, args.graph, engine=args.engine), args.format))
    return 0


def _add_serve(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="serve the exported graph as a read-only SPARQL endpoint",
        description="Serve EXPORTS_FOLDER as a read-only SPARQL 1.1 Protocol endpoint at /sparql, with a query page at /. Updates, SERVICE, LOAD and FROM are refused; each query runs in a worker process that is stopped after --timeout seconds.",
    )
    p.add_argument(
        "exports",
        nargs="?",
        default="exports",
        metavar="EXPORTS_FOLDER",
        help="an exports folder or a graph.nt / graph.ttl file (default: exports)",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    p.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="stop a query after this many seconds (default: 10)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=2,
        metavar="N",
        help="queries run at the same time, each in its own process (default: 2)",
    )
    p.add_argument(
        "--max-request",
        type=int,
        default=64 * 1024,
        metavar="BYTES",
        help="largest request body accepted (default: 65536)",
    )
    p.add_argument(
        "--max-response",
        type=int,
        default=256 * 1024 * 1024,
        metavar="BYTES",
        help="largest result sent; a bigger one is an error asking for a LIMIT (default: 268435456)",
    )
    p.add_argument(
        "--queries",
        default=None,
        metavar="DIR",
        help="folder of example .rq files for the page (default: queries/ next to the exports folder, else ./queries)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="do not log requests")
    p.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    from kg.serve import serve

    return serve(
        args.exports,
        host=args.host,
        port=args.port,
        timeout=args.timeout,
        workers=args.workers,
        max_request=args.max_request,
        max_response=args.max_response,
        queries=args.queries,
        quiet=args.quiet,
    )


def _add_eval(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval",
        help="precision/recall/F1 against a gold annotation",
        description="Build INPUT and score it against GOLD (a gold JSON file or a folder of them).",
    )
    p.add_argument("gold", metavar="GOLD", help="gold JSON file or folder (e.g. tests/fixtures/gold)")
    p.add_argument(
        "--input", nargs="*", default=["seeds"], metavar="INPUT", help="what to build and score (default: seeds)"
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--errors", action="store_true", help="also list every false positive and false negative")
    p.set_defaults(func=_eval)


def _eval(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, format_report, load_gold
    from kg.pipeline import build

    gold = load_gold(args.gold)
    report = evaluate(build(args.input), gold)
    if args.format == "json":
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
        if args.errors:
            for scores in (report.entities, report.relations, {"posts": report.posts}):
                for score in scores.values():
                    for error in score.errors:
                        print(f"  {error}")
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (_add_build, _add_extract, _add_query, _add_serve, _add_eval):
        add(sub)
    return parser


class _Terminated(BaseException):
    """SIGTERM, raised as an exception so that clean-up code runs (no half-written exports)."""


def _terminate(owner: int, signum: int, frame: object) -> None:
    """Raise :class:`_Terminated` in the process that called :func:`main`. A process forked
    from it (a worker writing exports) inherits this handler: it dies as SIGTERM would have
    it, instead of raising into the copy of its parent's stack that it runs in (which, hit
    right after the fork, would carry on with the parent's work)."""
    if os.getpid() != owner:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)
        return
    raise _Terminated


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    handles_sigterm = threading.current_thread() is threading.main_thread()
    if handles_sigterm:
        previous = signal.signal(signal.SIGTERM, functools.partial(_terminate, os.getpid()))
    try:
        return int(args.func(args))
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted; the previous exports are unchanged", file=sys.stderr)
        return 130
    except _Terminated:
        print("kg: terminated; the previous exports are unchanged", file=sys.stderr)
        return 143
    finally:
        if handles_sigterm:  # called in-process (a test, a notebook): leave signals as they were
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def run() -> None:
    """The ``kg`` command: :func:`main`, then exit without the last full scan for garbage
    cycles that ending the interpreter makes (most of a second after a large build)."""
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
