"""The whole build: files -> documents -> articles -> mentions -> entities -> relations.

A build makes two streaming passes, so memory grows with the number of distinct
entities and relations, not with the size of the text:

1. every file is decoded, repaired, segmented and extracted on its own (in worker
   processes, ``jobs``; or on a Dask cluster, ``scheduler``), and the resolver notes its
   names; the per-file result goes to the cache folder (keyed by the file's content
   and the extractor version, so a rebuild only extracts new or changed files);
2. the per-file results are read back one at a time, resolved into entities and
   related (in runs of consecutive files over ``jobs`` processes, :mod:`kg.second_pass`);
   each relation keeps its exact weight and up to ``max_evidence`` sentences.

Results are merged in the order of the file names, so the exports are the same
whatever the number of workers.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg import __version__
from kg.curation import Curation, load_curation
from kg.errors import InputError, KgError
from kg.extract import extract_document
from kg.layout import repair
from kg.memory import no_cycle_collection
from kg.model import Document, KnowledgeGraph, Post
from kg.read import (
    DEFAULT_MAX_FILE_SIZE,
    STDIN_NAME,
    Source,
    Warn,
    _stderr,
    decode_source,
    find_sources,
    read_file_bytes,
)
from kg.relate import PAIRS_LEFT_OUT, DocumentParts
from kg.resolve import ObservedNames, Resolver, observed_names
from kg.second_pass import relate_all
from kg.segment import segment

DEFAULT_MAX_EVIDENCE = 20
Posts = dict[tuple[str, int, int], list[Post]]


@dataclass(frozen=True)
class ExtractedDocument:
    """The per-document result: everything later stages need, nothing shared."""

    parts: DocumentParts
    posts: Posts
    size: int = 0  # bytes of the source file


def process_document(doc: Document) -> ExtractedDocument:
    """Layout, segmentation and extraction of one document (a pure function)."""
    clean = repair(doc)
    articles = tuple(segment(clean))
    mentions, posts = extract_document(clean, list(articles))
    return ExtractedDocument(DocumentParts.of(clean, articles, tuple(mentions)), posts, len(doc.text.encode("utf-8")))


def extract_bytes(name: str, data: bytes, max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> ExtractedDocument | str:
    """One file's bytes -> its extraction, or the reason it is skipped (runs in workers)."""
    try:
        doc = decode_source(name, data, max_file_size)
    except ValueError as exc:
        return str(exc)
    return process_document(doc)


@dataclass(frozen=True)
class Observed:
    """What the first pass of a build needs of a file's extraction."""

    path: str
    articles: int
    names: ObservedNames

    @classmethod
    def of(cls, result: ExtractedDocument) -> Observed:
        return cls(result.parts.path, len(result.parts.articles), observed_names(result.parts.mentions, result.posts))


def extract_pickled(name: str, data: bytes, max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> bytes | str:
    """:func:`extract_bytes` in a worker: the pickle of ``(Observed, pickle of the
    extraction)``. The parent reads the small first part and keeps the second, as bytes,
    for the cache and the second pass: it never unpickles or pickles the extraction."""
    result = extract_bytes(name, data, max_file_size)
    if isinstance(result, str):
        return result
    return _pair(Observed.of(result), _pickled(result))


def _pickled(result: ExtractedDocument) -> bytes:
    return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def _pair(observed: Observed, blob: bytes) -> bytes:
    """What a worker sends and a cache file holds."""
    return pickle.dumps((observed, blob), protocol=pickle.HIGHEST_PROTOCOL)


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the code and data that decide what a file's extraction is."""
    digest = hashlib.sha256(__version__.encode())
    package = resources.files("kg")
    for folder, pattern in (("", "*.py"), ("extract", "*.py"), ("data", "*")):
        base = Path(str(package.joinpath(folder))) if folder else Path(str(package))
        for path in sorted(base.glob(pattern)):
            if path.is_file() and path.name not in ("cli.py", "serve.py", "api.py", "query.py", "evaluate.py"):
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class Cache:
    """Per-file extractions on disk, keyed by file name, content hash and extractor version.

    A file holds the pickle of ``(Observed, pickle of the extraction)``, as a worker sends
    it: a rebuild's first pass reads the observation and leaves the extraction as bytes
    until the second pass relates the file.
    """

    def __init__(self, folder: str | os.PathLike[str], warn: Warn = _stderr) -> None:
        self.folder = Path(folder) / extractor_version()
        self.warn = warn
        self.broken = False

    def path(self, name: str, data: bytes) -> Path:
        key = hashlib.sha256(name.encode("utf-8") + b"\0" + data).hexdigest()
        return self.folder / key[:2] / f"{key}.pickle"

    def related_path(self, extraction: Path, settings: str) -> Path:
        """Where the file whose extraction is kept in ``extraction`` keeps what relating it
        gave, with these ``settings`` (:func:`related_settings`)."""
        return extraction.with_name(f"{extraction.stem}.related-{settings}.pickle")

    def load(self, path: Path) -> tuple[Observed, bytes] | None:
        """The observation and the pickled extraction kept for ``path`` (None: none, or unreadable)."""
        try:
            value = pickle.loads(path.read_bytes())
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError, ValueError):
            return None
        if not (
            isinstance(value, tuple)
            and len(value) == 2
            and isinstance(value[0], Observed)
            and isinstance(value[1], bytes)
        ):
            return None
        return value

    def put(self, path: Path, pair: bytes) -> bool:
        """Store a pickled ``(Observed, pickle of the extraction)``; a cache that cannot be
        written is left alone (one warning). Whether it was stored."""
        if self.broken:
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(pair)
            os.replace(tmp, path)
        except OSError as exc:
            self.broken = True
            self.warn(
                f"{self.folder.parent}: cannot keep the build cache here ({exc.strerror or exc}); building without it"
            )
            return False
        return True


def related_settings(curation: Curation | None, max_evidence: int | None, co_occurrence: str) -> str:
    """A hash of the build settings that change what relating a file gives."""
    curation = curation or Curation()
    settings = {
        "max_evidence": max_evidence,
        "co_occurrence": co_occurrence,
        "merge": sorted(curation.merge.items()),
        "never_merge": sorted(sorted(pair) for pair in curation.never_merge),
        "split_by_file": sorted(curation.split_by_file),
        "drop": sorted(curation.drop),
        "types": sorted(curation.types.items()),
    }
    return hashlib.sha256(json.dumps(settings, ensure_ascii=False).encode()).hexdigest()[:16]


def _read(source: Source, max_file_size: int) -> bytes | str:
    """The bytes of a source, or why it cannot be read."""
    if source.path is None:
        return sys.stdin.buffer.read(max_file_size + 1)
    try:
        return read_file_bytes(source.path, max_file_size)
    except ValueError as exc:
        return str(exc)


Submit = Callable[[str, bytes, int], "Future[bytes | str]"]


def _local_submit(jobs: int) -> tuple[Submit | None, Callable[[], None]]:
    if jobs <= 1:
        return None, lambda: None
    _warm_up()  # forked workers inherit the loaded dictionaries
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_warm_up)
    return (lambda name, data, limit: pool.submit(extract_pickled, name, data, limit)), lambda: pool.shutdown(
        cancel_futures=True
    )


def _dask_submit(scheduler: str, jobs: int) -> tuple[Submit, Callable[[], None]]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise KgError("--scheduler needs Dask: pip install 'kg[distributed]' (dask[distributed])") from exc
    if scheduler == "local":
        cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        cluster = None
        client = Client(scheduler)
    client.register_worker_callbacks(_warm_up)

    def close() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    return (lambda name, data, limit: client.submit(extract_pickled, name, data, limit, pure=False)), close


def _warm_up() -> None:
    """Load the dictionaries and build the matcher once per worker, not on its first file."""
    from kg.extract import prepare
    from kg.extract.words import _dictionary

    _dictionary()
    prepare()  # loads the lexicon too


def extract_all(
    sources: Iterable[Source],
    *,
    jobs: int = 1,
    cache: Cache | None = None,
    scheduler: str | None = None,
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
) -> Iterator[tuple[Source, ExtractedDocument | str]]:
    """Each source with its extraction (or skip reason), in the order of ``sources``."""
    for source, observed, result, blob, _ in _extract_all(sources, jobs, cache, scheduler, max_file_size):
        if isinstance(observed, str):
            yield source, observed
        else:
            yield source, result if result is not None else pickle.loads(blob)  # type: ignore[arg-type]


# a source; what the first pass needs of its extraction (or why it is skipped); the
# extraction, when at hand in this process; its pickle, when one was made; and the cache
# file that holds that pickle (None when not cached). One of the two middle ones is set.
Extraction = tuple[Source, "Observed | str", "ExtractedDocument | None", "bytes | None", "Path | None"]


def _extract_all(
    sources: Iterable[Source], jobs: int, cache: Cache | None, scheduler: str | None, max_file_size: int
) -> Iterator[Extraction]:
    """:func:`extract_all`, each extraction with its pickle when one was made (by a worker,
    for the cache, or read from it), so that it is never pickled twice."""
    submit, close = _dask_submit(scheduler, jobs) if scheduler else _local_submit(jobs)
    window: list[tuple[Source, Path | None, object]] = []
    limit = max(2, 4 * jobs)
    try:
        for source in sources:
            data = _read(source, max_file_size)
            if isinstance(data, str):
                window.append((source, None, data))
            else:
                path = cache.path(source.name, data) if cache else None
                hit = cache.load(path) if cache and path else None
                if hit is not None:
                    window.append((source, path, hit))
                elif submit is None:
                    window.append((source, path, extract_bytes(source.name, data, max_file_size)))
                else:
                    window.append((source, path, submit(source.name, data, max_file_size)))
            while len(window) >= limit or (window and not isinstance(window[0][2], Future)):
                yield _settle(window.pop(0), cache)
        while window:
            yield _settle(window.pop(0), cache)
    finally:
        close()


def _settle(item: tuple[Source, Path | None, object], cache: Cache | None) -> Extraction:
    source, path, value = item
    if hasattr(value, "result"):  # a future, local or Dask
        try:
            value = value.result()
        except BrokenProcessPool as exc:
            raise KgError(
                f"{source.name}: the worker process extracting it stopped (out of memory?); build again, "
                "or with --jobs 1"
            ) from exc
    if isinstance(value, tuple):  # read from the cache
        observed, blob = value
        return source, observed, None, blob, path
    if isinstance(value, str):
        return source, value, None, None, None
    result: ExtractedDocument | None
    if isinstance(value, bytes):  # from a worker: the pickle of (Observed, blob)
        observed, blob = pickle.loads(value)
        result, pair = None, value
    else:
        result, blob, pair = value, None, None
        observed = Observed.of(result)
    stored = None
    if cache is not None and path is not None:
        if pair is None:
            blob = _pickled(result)  # type: ignore[arg-type]
            pair = _pair(observed, blob)
        stored = path if cache.put(path, pair) else None
    return source, observed, result, blob, stored


def _progress(total: int, quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", desc="kg build", file=sys.stderr, dynamic_ncols=True)


def build(
    inputs: Iterable[str] = ("seeds",),
    warn: Warn = _stderr,
    curation: Curation | str | None = None,
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    *,
    jobs: int = 1,
    cache: str | os.PathLike[str] | None = None,
    scheduler: str | None = None,
    max_evidence: int | None = None,
    quiet: bool = True,
    co_occurrence: str = "article",
) -> KnowledgeGraph:
    """Build the knowledge graph of the given files and folders (``-`` for stdin).

    ``curation`` is a :class:`~kg.curation.Curation` or the path of a curation file;
    ``jobs`` worker processes extract files in parallel (``scheduler``: ``"local"`` for a
    Dask LocalCluster or a ``tcp://`` address); ``cache`` is a folder that keeps each
    file's extraction for the next build; ``max_evidence`` caps the sentences kept per
    relation (weights stay exact); ``co_occurrence`` pairs entities named in one
    ``"article"`` (``co_occurs``) and one sentence (``co_mentioned``), in one
    ``"sentence"`` only, or ``"none"``.
    """
    if co_occurrence not in PAIRS_LEFT_OUT:
        raise ValueError(f"co_occurrence must be one of {', '.join(PAIRS_LEFT_OUT)}, not {co_occurrence!r}")
    with no_cycle_collection():
        return _build(inputs, warn, curation, max_file_size, jobs, cache, scheduler, max_evidence, quiet, co_occurrence)


def _build(
    inputs: Iterable[str],
    warn: Warn,
    curation: Curation | str | None,
    max_file_size: int,
    jobs: int,
    cache: str | os.PathLike[str] | None,
    scheduler: str | None,
    max_evidence: int | None,
    quiet: bool,
    co_occurrence: str,
) -> KnowledgeGraph:
    if isinstance(curation, str):
        curation = load_curation(curation)
    inputs = list(inputs)
    sources = find_sources(inputs, warn)
    if not sources:
        raise InputError(f"{', '.join(inputs)}: no .txt files found")
    store = Cache(cache, warn) if cache is not None else None
    resolver = Resolver(curation)
    kept: list[ExtractedDocument | Path] = []
    settings = related_settings(curation, max_evidence, co_occurrence)
    related_at: dict[str, Path] = {}  # file -> where its related part is kept
    spill = tempfile.TemporaryDirectory(prefix="kg-build-") if len(sources) > 200 else None
    skipped: list[str] = []
    bar = _progress(len(sources), quiet)
    articles_seen = 0
    for source, observed, result, blob, stored in _extract_all(sources, jobs, store, scheduler, max_file_size):
        if bar is not None:
            bar.update(1)
        if isinstance(observed, str):
            warn(f"{source.name}: {observed}, skipped")
            skipped.append(f"{source.name}: {observed}")
            continue
        resolver.observe_names(observed.names)
        articles_seen += observed.articles
        if bar is not None:
            bar.set_postfix(articles=articles_seen, refresh=False)
        kept.append(_stash(observed.path, result, blob, spill, len(kept), stored))
        if stored is not None and store is not None:
            related_at[observed.path] = store.related_path(stored, settings)
    if bar is not None:
        bar.close()
    if not kept:
        shown = "; ".join(skipped[:5]) + ("; ..." if len(skipped) > 5 else "")
        raise InputError(f"no usable text in the input, every file was skipped ({shown})")
    resolver.finish()
    try:
        items = sorted(kept, key=_stash_key)
        return relate_all(
            items,
            _unstash,
            resolver,
            max_evidence,
            jobs,
            _stash_weight,
            co_occurrence,
            kept=lambda item: related_at.get(_stash_key(item)),
            keep=store.put if store is not None else None,
        )
    finally:
        if spill is not None:
            spill.cleanup()


def _stash(
    path: str,
    result: ExtractedDocument | None,
    blob: bytes | None,
    spill: tempfile.TemporaryDirectory | None,
    index: int,
    stored: Path | None = None,
) -> ExtractedDocument | tuple[str, Path]:
    """Keep a per-file result for the second pass (``result`` or ``blob``, its pickle, at
    least one given): in memory for small builds, else on disk (the cache file that
    already holds it, when cached)."""
    if spill is None:
        return result if result is not None else pickle.loads(blob)  # type: ignore[arg-type]
    if stored is not None:
        return (path, stored)
    file = Path(spill.name) / f"{index}.pickle"
    file.write_bytes(blob if blob is not None else _pickled(result))  # type: ignore[arg-type]
    return (path, file)


def _stash_key(item: ExtractedDocument | tuple[str, Path]) -> str:
    return item[0] if isinstance(item, tuple) else item.parts.path


def _stash_weight(item: ExtractedDocument | tuple[str, Path]) -> int:
    """How much work relating a kept file is, roughly: its size."""
    if isinstance(item, tuple):
        try:
            return item[1].stat().st_size
        except OSError:
            return 1
    return item.size or len(item.parts.mentions)


def _unstash(item: ExtractedDocument | tuple[str, Path]) -> ExtractedDocument:
    if isinstance(item, tuple):
        try:
            with item[1].open("rb") as handle:
                kept = pickle.load(handle)
            # a cache file holds (Observed, pickle of the extraction); a spill file the latter
            return pickle.loads(kept[1]) if isinstance(kept, tuple) else kept
        except (OSError, EOFError, pickle.UnpicklingError) as exc:
            raise KgError(
                f"{item[0]}: its extraction could not be read back ({item[1]}: {exc}); was the build cache "
                "changed during the build? Build again."
            ) from exc
    return item


def assemble(
    extracted: Iterable[ExtractedDocument], curation: Curation | None = None, max_evidence: int | None = None
) -> KnowledgeGraph:
    """Resolve and relate per-document results (already in memory) into one graph."""
    with no_cycle_collection():
        return _assemble(sorted(extracted, key=lambda e: e.parts.path), curation, max_evidence)


def _assemble(items: list[ExtractedDocument], curation: Curation | None, max_evidence: int | None) -> KnowledgeGraph:
    resolver = Resolver(curation)
    for item in items:
        resolver.observe(list(item.parts.mentions), item.posts)
    resolver.finish()
    return relate_all(items, _same, resolver, max_evidence)


def _same(item: ExtractedDocument) -> ExtractedDocument:
    return item


def extract_text(text: str, name: str = "<text>") -> list[dict[str, object]]:
    """Mentions of one text as ``{"text", "type", "start", "end"}`` with offsets into ``text``.

    A person's span is the name alone; ``name`` is added when the canonical form
    differs from the text (二七 -> 二七区).
    """
    clean = repair(Document(path=name, text=text, encoding="utf-8"))
    mentions, _ = extract_document(clean, segment(clean))
    out: list[dict[str, object]] = []
    for mention in mentions:
        start, end = clean.to_original(mention.start, mention.end)
        item: dict[str, object] = {"text": mention.text, "type": mention.type, "start": start, "end": end}
        if mention.name != mention.text:
            item["name"] = mention.name
        out.append(item)
    return out


__all__ = [
    "STDIN_NAME",
    "Cache",
    "ExtractedDocument",
    "assemble",
    "build",
    "extract_all",
    "extract_bytes",
    "extract_pickled",
    "extract_text",
    "process_document",
]
