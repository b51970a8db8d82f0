"""Throughput of each pipeline stage on a seed-like corpus (a benchmark, not a test).

The corpus is built in memory from ``seeds/*.txt``: each synthetic page is one seed
page with its paragraphs (runs separated by blank lines) shuffled and some digits
changed, all from a fixed random seed, so pages look like the seeds (same length,
same layout problems) but no two are identical and no cache can replay a result.
Pages are added until the corpus holds ``--mb`` megabytes of UTF-8.

Each stage is timed on its own (CPU time, best of ``--repeat``), pinned to one core,
over the whole corpus:

* ``read``: decoding the page bytes (``kg.read.decode``) and the checks of ``kg.read``;
* ``layout``: ``kg.layout.repair``;
* ``segment``: ``kg.segment.segment``;
* ``extract``: ``kg.extract.extract_document``;
* ``assemble``: resolution and relations (``kg.pipeline.assemble``);
* ``export``: every export format into a temporary folder.

Throughput is always input megabytes (UTF-8 bytes of the pages, 10^6) per second, so
the stages can be added up; each is also shown as a ratio to an ``rjieba.tag`` pass
and a ``jieba.lcut`` pass over the same pages in the same run (a baseline that is not
installed is skipped with a message). Stages a requested stage depends on are run
untimed to produce its input.

With ``--pages DIR`` the corpus is the ``.txt`` pages under DIR instead, e.g. the pages of
``benchmarks/make_corpus.py`` (more distinct entities per megabyte than shuffled seeds).

Run:  .venv/bin/python benchmarks/stages.py [--mb 10] [--stages layout,segment] [--repeat 3] [--pages DIR]
Importing this module has no side effects.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
STAGES: tuple[str, ...] = ("read", "layout", "segment", "extract", "assemble", "export")
BASELINES: tuple[str, ...] = ("rjieba.tag", "jieba.lcut")
MB = 1_000_000

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_DIGIT = re.compile(r"[0-9]")


# --- corpus -----------------------------------------------------------------------


def _vary(text: str, rng: random.Random) -> str:
    """A seed page with its paragraphs shuffled and about one digit in five changed."""
    paragraphs = _PARAGRAPH_BREAK.split(text)
    rng.shuffle(paragraphs)
    page = "\n\n".join(paragraphs)
    return _DIGIT.sub(lambda m: str(rng.randrange(10)) if rng.random() < 0.2 else m.group(), page)


def build_corpus(megabytes: float, seed: int = 0, seeds: Path = SEEDS) -> list[tuple[str, bytes]]:
    """``(name, UTF-8 bytes)`` pages, seed-like, adding up to at least ``megabytes`` MB."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed pages in {seeds}")
    rng = random.Random(seed)
    pages: list[tuple[str, bytes]] = []
    total = 0
    while total < megabytes * MB:
        for n, text in enumerate(texts):
            data = _vary(text, rng).encode("utf-8")
            pages.append((f"page_{len(pages):06d}_{n}.txt", data))
            total += len(data)
    return pages


def read_corpus(folder: Path) -> list[tuple[str, bytes]]:
    """``(name, bytes)`` of every ``.txt`` page under ``folder`` (a ``make_corpus.py`` output)."""
    pages = [(str(path.relative_to(folder)), path.read_bytes()) for path in sorted(folder.rglob("*.txt"))]
    if not pages:
        raise SystemExit(f"no .txt pages under {folder}")
    return pages


# --- stages -----------------------------------------------------------------------


@dataclass
class Run:
    """The corpus and the output of each stage run so far (inputs of the next ones)."""

    pages: list[tuple[str, bytes]]
    documents: list[Any] = field(default_factory=list)
    cleaned: list[Any] = field(default_factory=list)
    segmented: list[Any] = field(default_factory=list)
    extracted: list[Any] = field(default_factory=list)
    graph: Any = None

    @property
    def size(self) -> int:
        return sum(len(data) for _, data in self.pages)


def _read(run: Run) -> None:
    from kg.model import Document
    from kg.read import decode, has_chinese_text

    documents = []
    for name, data in run.pages:
        text, encoding = decode(data, name)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if has_chinese_text(text):
            documents.append(Document(path=name, text=text, encoding=encoding))
    run.documents = documents


def _layout(run: Run) -> None:
    from kg.layout import repair

    run.cleaned = [repair(doc) for doc in run.documents]


def _segment(run: Run) -> None:
    from kg.segment import segment

    run.segmented = [segment(clean) for clean in run.cleaned]


def _document_parts(clean: Any, articles: tuple[Any, ...], mentions: tuple[Any, ...]) -> Any:
    """``kg.relate.DocumentParts`` of one document, built the way the pipeline builds it."""
    from kg.relate import DocumentParts

    if hasattr(DocumentParts, "of"):
        return DocumentParts.of(clean, articles, mentions)
    return DocumentParts(clean, articles, mentions)


def _extract(run: Run) -> None:
    """Mentions and posts of each document, and what relate keeps of it."""
    from kg.extract import extract_document
    from kg.pipeline import ExtractedDocument

    extracted = []
    for clean, articles in zip(run.cleaned, run.segmented):
        mentions, posts = extract_document(clean, articles)
        parts = _document_parts(clean, tuple(articles), tuple(mentions))
        extracted.append(ExtractedDocument(parts, posts))
    run.extracted = extracted


def _assemble(run: Run) -> None:
    from kg.pipeline import assemble

    run.graph = assemble(run.extracted)


def _export(run: Run) -> None:
    from kg.export import export

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        export(run.graph, folder)


STAGE_FUNCTIONS: dict[str, Callable[[Run], None]] = {
    "read": _read,
    "layout": _layout,
    "segment": _segment,
    "extract": _extract,
    "assemble": _assemble,
    "export": _export,
}


# --- baselines --------------------------------------------------------------------


def _baseline(name: str) -> Callable[[list[str]], None] | None:
    """A tokenizer pass over the page texts, warmed up; None when it is not installed."""
    try:
        if name == "rjieba.tag":
            import rjieba

            rjieba.tag("预热词典")

            def run_rjieba(texts: list[str]) -> None:
                for text in texts:
                    rjieba.tag(text)

            return run_rjieba
        if name == "jieba.lcut":
            import jieba

            jieba.setLogLevel(60)
            jieba.initialize()

            def run_jieba(texts: list[str]) -> None:
                for text in texts:
                    jieba.lcut(text)

            return run_jieba
    except ImportError as exc:
        print(f"skipping baseline {name}: {exc}", file=sys.stderr)
        return None
    raise ValueError(name)


# --- timing -----------------------------------------------------------------------


def _timed(action: Callable[[], None], repeat: int) -> float:
    """Best CPU time of ``repeat`` runs, garbage collected before each.

    CPU time of the process rather than wall time, so that other jobs sharing the
    machine distort the figures less (everything timed here runs on one thread).
    """
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        action()
        best = min(best, time.process_time() - started)
    return best


def _pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def _warm_up() -> None:
    """Load the dictionaries once, outside the timings (every build pays this once)."""
    from kg.extract import extract_document
    from kg.layout import repair
    from kg.lexicon import load_lexicon
    from kg.model import Document
    from kg.segment import segment

    load_lexicon()
    clean = repair(Document("warm.txt", "标题\n本报讯（记者 王译博）二七区区委书记樊惠林调研。", "utf-8"))
    extract_document(clean, segment(clean))


def measure(
    megabytes: float, stages: Sequence[str], repeat: int = 1, seed: int = 0, pages: Path | None = None
) -> dict[str, float]:
    """Seconds per stage and per baseline over one corpus (stages run in pipeline order).

    The corpus is ``pages`` when given (a folder of ``.txt`` pages), else seed-like pages.
    """
    run = Run(read_corpus(pages) if pages else build_corpus(megabytes, seed))
    _warm_up()
    wanted = set(stages)
    last = max(STAGES.index(s) for s in wanted)
    seconds: dict[str, float] = {}
    for stage in STAGES[: last + 1]:
        function = STAGE_FUNCTIONS[stage]
        if stage in wanted:
            seconds[stage] = _timed(lambda f=function: f(run), repeat)
        else:
            function(run)
    texts = [doc.text for doc in run.documents] or [data.decode("utf-8") for _, data in run.pages]
    for name in BASELINES:
        baseline = _baseline(name)
        if baseline is not None:
            seconds[name] = _timed(lambda b=baseline: b(texts), repeat)
    seconds["_bytes"] = run.size
    seconds["_pages"] = len(run.pages)
    return seconds


def report(seconds: dict[str, float]) -> str:
    size = seconds["_bytes"] / MB
    reference = seconds.get("rjieba.tag")
    rows = [
        f"{size:.1f} MB in {int(seconds['_pages'])} pages",
        f"{'stage':<12} {'cpu s':>8} {'MB/s':>8} {'x rjieba':>9}",
    ]
    for name, value in seconds.items():
        if name.startswith("_"):
            continue
        rate = size / value if value else float("inf")
        ratio = f"{reference / value:9.2f}" if reference and value else f"{'-':>9}"
        rows.append(f"{name:<12} {value:8.3f} {rate:8.2f} {ratio}")
    timed = [s for s in STAGES if s in seconds]
    if len(timed) > 1:
        total = sum(seconds[s] for s in timed)
        ratio = f"{reference / total:9.2f}" if reference else f"{'-':>9}"
        rows.append(f"{'together':<12} {total:8.3f} {size / total:8.2f} {ratio}  ({'+'.join(timed)})")
    return "\n".join(rows)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Throughput of each kg stage on a seed-like corpus.")
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB of UTF-8 (default 10)")
    parser.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated, from {','.join(STAGES)}")
    parser.add_argument("--repeat", type=int, default=1, help="runs per stage, the best is kept (default 1)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the corpus variations")
    parser.add_argument(
        "--pages",
        type=Path,
        help="time these pages (a folder, e.g. make_corpus.py OUT/pages) instead of seed-like ones",
    )
    args = parser.parse_args(argv)
    args.stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = [s for s in args.stages if s not in STAGES]
    if unknown or not args.stages:
        parser.error(f"unknown stage(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(STAGES)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    sys.path.insert(0, str(ROOT))
    print(_pin_to_one_core(), file=sys.stderr)
    print(report(measure(args.mb, args.stages, args.repeat, args.seed, args.pages)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
