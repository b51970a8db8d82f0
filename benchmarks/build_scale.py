"""Whole `kg build` runs on synthetic corpora of 10 MB to 1 GB (a benchmark, not a test).

    .venv/bin/python benchmarks/build_scale.py                    # 10 and 100 MB
    .venv/bin/python benchmarks/build_scale.py --mb 10 100 1000 --json scale.json

For each size the corpus of ``benchmarks/make_corpus.py`` (same seed: same bytes) is
generated into a cache folder unless it is already there. Then, in one run and on the
same pages, each measurement is a fresh process:

* ``jieba``: a default ``jieba.posseg.lcut`` pass over every page (only up to
  ``--jieba-max-mb``, it runs at ~0.15 MB/s; above, its ratio is estimated from the
  throughput it had on the largest size it ran on);
* ``rjieba``: an ``rjieba.tag`` pass over every page;
* ``build -j N``: ``kg build PAGES -o FRESH_FOLDER -q --jobs N`` for each ``--jobs``
  (a cold build: the folder and so its default cache are new);
* ``rebuild`` and ``rebuild +1 file``: when ``kg build --help`` lists ``--cache``, the
  same build again on the now filled cache (nothing changed: since the exports are
  stamped, kg finds them up to date and writes nothing), then with one small new file
  added (every file's extraction read from the cache, the graph related and written again);
* ``score`` at ``--eval-mb``: precision and recall against the generated gold, with the
  scoring code of ``kg eval`` (``kg.evaluate``) applied file by file on the graph of the
  whole corpus (extraction read back from the last build's cache): ``kg eval`` itself
  compares every gold file with every relation of the graph, which takes hours at 10 MB
  (``--kg-eval`` uses it anyway; both give the same counts, checked at 0.5 MB).

Each run records its wall time, MB/s (pages' UTF-8 bytes, 10**6 per MB), its ratio to
the two baselines (kg time / baseline time: how many times slower), the peak RSS of the
process tree (the sum over the build and its workers, sampled every 50 ms with psutil
when it is installed) and the largest RSS of any one process of the tree
(``getrusage(RUSAGE_CHILDREN).ru_maxrss`` of a small wrapper process). Flags that
``kg build --help`` does not list (``--jobs``, ``--cache``) are left out and said so.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "kg-scale-corpus"
KG = [sys.executable, "-m", "kg.cli"]

# Runs a command and prints its wall time and the largest RSS of its process tree (one
# process), so that each measurement has rusage of its own.
WRAPPER = """
import json, resource, subprocess, sys, time
log = open(sys.argv[1], "wb")
start = time.perf_counter()
code = subprocess.call(sys.argv[2:], stdout=log, stderr=subprocess.STDOUT)
wall = time.perf_counter() - start
print(json.dumps({"rc": code, "wall": wall, "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""

# A tagging pass over every page of a folder, in file-name order; prints its timings.
TAGGER = """
import json, sys, time
from pathlib import Path
start = time.perf_counter()
if sys.argv[2] == "jieba":
    import logging, jieba, jieba.posseg
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.initialize()
    tag = jieba.posseg.lcut
else:
    import rjieba
    rjieba.tag("预热")
    tag = rjieba.tag
ready = time.perf_counter()
tokens = size = 0
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    data = path.read_bytes()
    size += len(data)
    tokens += len(tag(data.decode("utf-8")))
print(json.dumps({"init": ready - start, "pass": time.perf_counter() - ready, "tokens": tokens, "bytes": size}))
"""


# Scores a build against gold the way `kg eval` does, file by file. kg.evaluate.evaluate
# loops over every entity and relation of the graph for every gold file (hours at 10 MB),
# so it is called here once per file on the part of the graph that file can match (its
# entities, and its relations with their ends), which gives the same counts; the
# corpus-wide post score (kg.evaluate._score_posts) is likewise called once per gold
# official on the people who share one of its names, in graph order.
SCORER = """
import json, sys, time
from collections import defaultdict
from kg import evaluate as ev
from kg.model import ENTITY_TYPES, KnowledgeGraph
from kg.pipeline import build
gold_dir, pages, cache, jobs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
start = time.perf_counter()
graph = build([pages], warn=lambda message: None, jobs=jobs, cache=cache or None)
built = time.perf_counter()
gold = ev.load_gold(gold_dir)
entities_of = defaultdict(dict)
for eid, entity in graph.entities.items():
    for doc in entity.docs:
        entities_of[doc][eid] = entity
relations_of = defaultdict(list)
for relation in graph.relations:
    if relation.relation in ev.SCORED_RELATIONS:
        for doc in dict.fromkeys(e.doc for e in relation.evidence):
            relations_of[doc].append(relation)
report = ev.Report(entities={t: ev.Score() for t in ENTITY_TYPES}, relations={r: ev.Score() for r in ev.SCORED_RELATIONS})
def add(total, part):
    total.tp += part.tp; total.fp += part.fp; total.fn += part.fn
for page in gold:
    doc = page["file"]
    entities = dict(entities_of.get(doc, {}))
    for relation in relations_of.get(doc, []):
        for eid in (relation.head, relation.tail):
            if eid in graph.entities:
                entities.setdefault(eid, graph.entities[eid])
    part = ev.evaluate(KnowledgeGraph(entities=entities, relations=relations_of.get(doc, []), sources=[doc]), [page])
    for key, score in part.entities.items():
        add(report.entities[key], score)
    for key, score in part.relations.items():
        add(report.relations[key], score)
people = defaultdict(list)
for position, entity in enumerate(graph.entities.values()):
    if entity.type in ("official", "person"):
        for name in (entity.name, *entity.aliases):
            people[ev.normalise(name)].append((position, entity))
officials = defaultdict(list)
for page in gold:
    for entity in page["entities"]:
        if entity["type"] == "official" and not entity.get("optional") and entity.get("posts"):
            officials[entity["name"]].append(entity)
for name, entries in officials.items():
    names = set().union(*(ev._names(e) for e in entries))
    candidates = sorted({p: e for n in names for p, e in people.get(n, [])}.items())
    sub = KnowledgeGraph(entities={e.id: e for _, e in candidates})
    ev._score_posts(sub, [{"file": "", "entities": entries}], report.posts)
result = report.as_dict()
result.pop("files")
result["seconds"] = {"build": built - start, "score": time.perf_counter() - built}
print(json.dumps(result))
"""


@dataclass
class Run:
    name: str
    wall: float
    mb_per_s: float
    peak_tree_mb: float | None  # sum of RSS over the tree, sampled (psutil)
    max_process_mb: float  # largest RSS of one process of the tree
    ratio_rjieba: float | None = None
    ratio_jieba: float | None = None
    jieba_estimated: bool = False
    load_avg: float | None = None  # 1-minute load average when it ended (the machine may be shared)
    detail: dict[str, object] = field(default_factory=dict)


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "benchmarks" / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


def corpus(cache: Path, size_mb: float, seed: str) -> tuple[Path, dict[str, object], float | None]:
    """The corpus folder of this size and seed, generated when missing or stale."""
    generator = _load_generator()
    # the generator's own bytes decide whether a kept corpus (and its gold) is current
    digest = hashlib.sha256((ROOT / "benchmarks" / "make_corpus.py").read_bytes()).hexdigest()[:16]
    folder = cache / f"{size_mb:g}mb-seed{seed}"
    manifest = folder / "manifest.json"
    if manifest.exists():
        stats = json.loads(manifest.read_text(encoding="utf-8"))
        if (
            stats.get("generator_digest") == digest
            and stats.get("size_mb") == size_mb
            and str(stats.get("seed")) == seed
        ):
            return folder, stats, None
    _say(f"generating {size_mb:g} MB corpus into {folder}")
    stats = generator.make_corpus(folder, size_mb, seed)
    stats["generator_digest"] = digest
    manifest.write_text(json.dumps(stats, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return folder, stats, float(stats["seconds"])  # type: ignore[arg-type]


class TimedOut(Exception):
    """A run went over ``--timeout``; it was stopped."""

    def __init__(self, run: Run) -> None:
        super().__init__(run.name)
        self.run = run


def measure(name: str, command: list[str], size: int, log: Path, timeout: float | None = None) -> tuple[Run, str]:
    """Run ``command`` in a fresh process tree; its wall time, memory and output.

    Past ``timeout`` seconds the tree (its own process group) is stopped and
    :class:`TimedOut` carries what was measured until then.
    """
    try:
        import psutil
    except ImportError:
        psutil = None
    started = time.perf_counter()
    wrapper = subprocess.Popen(
        [sys.executable, "-c", WRAPPER, str(log), *command], stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    peak = 0
    parent = psutil.Process(wrapper.pid) if psutil is not None else None
    while wrapper.poll() is None:
        if parent is not None:
            total = 0
            with contextlib.suppress(psutil.Error):
                for child in parent.children(recursive=True):
                    with contextlib.suppress(psutil.Error):  # it may have ended meanwhile
                        total += child.memory_info().rss
            peak = max(peak, total)
        if timeout is not None and time.perf_counter() - started > timeout:
            os.killpg(wrapper.pid, signal.SIGKILL)
            wrapper.wait()
            wall = time.perf_counter() - started
            run = Run(name, round(wall, 2), round(size / MB / wall, 3), round(peak / 2**20, 1) if psutil else None, 0.0)
            run.detail = {"timed_out": True}
            raise TimedOut(run)
        time.sleep(0.05)
    out, _ = wrapper.communicate()
    result = json.loads(out.strip().splitlines()[-1])
    output = log.read_text(encoding="utf-8", errors="replace")
    if result["rc"] != 0:
        raise SystemExit(f"{name} failed (exit {result['rc']}): {' '.join(command)}\n{output[-3000:]}")
    wall = float(result["wall"])
    run = Run(
        name=name,
        wall=round(wall, 2),
        mb_per_s=round(size / MB / wall, 3),
        peak_tree_mb=round(peak / 2**20, 1) if psutil is not None else None,
        max_process_mb=round(result["maxrss_kb"] / 1024, 1),
        load_avg=round(os.getloadavg()[0], 2),
    )
    return run, output


def build_flags() -> dict[str, bool]:
    """Which of the options this benchmark uses ``kg build --help`` lists."""
    help_text = subprocess.run([*KG, "build", "--help"], capture_output=True, text=True, check=True).stdout
    return {flag: flag in help_text for flag in ("--jobs", "--cache", "--no-cache", "--formats")}


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def bench_size(
    size_mb: float, args: argparse.Namespace, flags: dict[str, bool], jieba_rate: list[float], work: Path
) -> dict[str, object]:
    folder, stats, generated = corpus(Path(args.cache_dir), size_mb, args.seed)
    pages, gold = folder / "pages", folder / "gold"
    size = int(stats["bytes"])  # type: ignore[arg-type]
    runs: list[Run] = []
    logs = work / f"{size_mb:g}mb"
    logs.mkdir(parents=True, exist_ok=True)
    baselines: dict[str, float] = {}
    taggers = ["rjieba"] + (["jieba"] if size_mb <= args.jieba_max_mb and not args.skip_jieba else [])
    for tagger in taggers:
        _say(f"[{size_mb:g} MB] {tagger} pass")
        run, output = measure(tagger, [sys.executable, "-c", TAGGER, str(pages), tagger], size, logs / f"{tagger}.log")
        run.detail = json.loads(output.strip().splitlines()[-1])
        baselines[tagger] = run.wall
        if tagger == "jieba":
            jieba_rate.append(size / run.wall)
        runs.append(run)
    jobs_list = args.jobs if flags["--jobs"] else [None]
    out = work / "out"
    finished = True
    for jobs in jobs_list:
        shutil.rmtree(out, ignore_errors=True)
        command = [*KG, "build", str(pages), "-o", str(out), "-q"] + (["--jobs", str(jobs)] if jobs else [])
        command += ["--formats", args.formats] if args.formats and flags["--formats"] else []
        name = f"build -j {jobs}" if jobs else "build"
        _say(f"[{size_mb:g} MB] {name}")
        try:
            run, _ = measure(name, command, size, logs / f"build-j{jobs}.log", args.timeout)
        except TimedOut as stopped:
            _say(f"[{size_mb:g} MB] {name} stopped after {args.timeout:g} s")
            runs.append(stopped.run)
            finished = False
            break
        runs.append(run)
    if flags["--cache"] and finished:
        # the last build left its cache in OUT/.kg-cache: rebuild as is, then with one new file
        _say(f"[{size_mb:g} MB] rebuild (cache filled)")
        run, _ = measure("rebuild", command, size, logs / "rebuild.log")
        runs.append(run)
        extra = work / "extra" / "new_page.txt"
        extra.parent.mkdir(parents=True, exist_ok=True)
        first = sorted(pages.rglob("*.txt"))[0].read_text(encoding="utf-8")
        extra.write_text(first[: len(first) // 3].replace("本报讯", "本报讯 新增", 1) + "\n", encoding="utf-8")
        _say(f"[{size_mb:g} MB] rebuild + 1 file")
        run, _ = measure(
            "rebuild +1 file",
            [*command[:5], str(extra), *command[5:]],
            size + extra.stat().st_size,
            logs / "rebuild1.log",
        )
        run.detail = {"added_bytes": extra.stat().st_size}
        runs.append(run)
    accuracy = None
    if size_mb in args.eval_mb and finished:
        # the extraction comes from the last build's cache when there is one
        cache = str(out / ".kg-cache") if flags["--cache"] else ""
        jobs = str(max(args.jobs)) if flags["--jobs"] else "1"
        if args.kg_eval:
            _say(f"[{size_mb:g} MB] kg eval against the generated gold")
            run, output = measure(
                "kg eval", [*KG, "eval", str(gold), "--input", str(pages), "--format", "json"], size, logs / "eval.log"
            )
        else:
            _say(f"[{size_mb:g} MB] scoring against the generated gold (kg.evaluate, file by file)")
            run, output = measure(
                "score", [sys.executable, "-c", SCORER, str(gold), str(pages), cache, jobs], size, logs / "score.log"
            )
        accuracy = json.loads(output[output.index("{") :])
        accuracy.pop("files", None)
        run.detail = {"seconds": accuracy.pop("seconds", None), "from_cache": bool(cache) and not args.kg_eval}
        runs.append(run)
    shutil.rmtree(out, ignore_errors=True)
    for run in runs:
        if run.name.startswith(("build", "rebuild")) and not run.detail.get("timed_out"):
            if "rjieba" in baselines:
                run.ratio_rjieba = round(run.wall / baselines["rjieba"], 1)
            if "jieba" in baselines:
                run.ratio_jieba = round(run.wall / baselines["jieba"], 2)
            elif jieba_rate:
                run.ratio_jieba = round(run.wall / (size / jieba_rate[-1]), 2)
                run.jieba_estimated = True
    return {
        "mb": size_mb,
        "bytes": size,
        "pages": stats["pages"],
        "articles": stats["articles"],
        "corpus": str(folder),
        "generated_seconds": generated,
        "runs": [asdict(r) for r in runs],
        "accuracy": accuracy,
    }


def _fmt(value: float | None, spec: str, suffix: str = "") -> str:
    return "-" if value is None else f"{value:{spec}}{suffix}"


def table(results: list[dict[str, object]]) -> str:
    head = f"{'MB':>6} {'run':<16} {'wall s':>9} {'MB/s':>8} {'x rjieba':>9} {'x jieba':>9} {'tree MB':>9} {'1 proc MB':>10}"
    lines = [head, "-" * len(head)]
    for result in results:
        for run in result["runs"]:  # type: ignore[attr-defined]
            jieba = _fmt(run["ratio_jieba"], ".2f") + ("~" if run["jieba_estimated"] else "")
            if run["detail"].get("timed_out"):
                lines.append(
                    f"{result['mb']:>6g} {run['name']:<16} {'>' + format(run['wall'], '.0f'):>9} {'stopped':>8} {'':>9} {'':>9} {_fmt(run['peak_tree_mb'], '.0f'):>9}"
                )
                continue
            lines.append(
                f"{result['mb']:>6g} {run['name']:<16} {run['wall']:>9.2f} {run['mb_per_s']:>8.3f} {_fmt(run['ratio_rjieba'], '.1f'):>9} "
                f"{jieba:>9} {_fmt(run['peak_tree_mb'], '.0f'):>9} {run['max_process_mb']:>10.0f}"
            )
    return "\n".join(lines)


def accuracy_table(accuracy: dict[str, dict[str, dict[str, float]]]) -> str:
    lines = [f"{'':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>8}{'fp':>7}{'fn':>7}"]
    for section in ("entities", "relations"):
        for name, s in accuracy[section].items():
            if s["tp"] + s["fp"] + s["fn"]:
                lines.append(
                    f"{name:<16}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['tp']:>8}{s['fp']:>7}{s['fn']:>7}"
                )
    s = accuracy["posts"]
    lines.append(
        f"{'official posts':<16}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['tp']:>8}{s['fp']:>7}{s['fn']:>7}"
    )
    return "\n".join(lines)


def _git() -> dict[str, object]:
    def git(*words: str) -> str:
        result = subprocess.run(["git", *words], cwd=ROOT, capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else ""

    return {"commit": git("rev-parse", "HEAD"), "changed_files": len(git("status", "--porcelain").splitlines())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--mb", type=float, nargs="+", default=[10.0, 100.0], help="corpus sizes in MB (default: 10 100)"
    )
    parser.add_argument("--seed", default="1", help="corpus seed (default: 1)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="kg build --jobs values (default: 1 2)")
    parser.add_argument(
        "--cache-dir", default=str(DEFAULT_CACHE), help=f"where corpora are kept (default: {DEFAULT_CACHE})"
    )
    parser.add_argument("--jieba-max-mb", type=float, default=10.0, help="largest size with a jieba pass (default: 10)")
    parser.add_argument("--skip-jieba", action="store_true", help="no jieba pass at all")
    parser.add_argument(
        "--eval-mb", type=float, nargs="*", default=[10.0], help="sizes scored against the gold (default: 10)"
    )
    parser.add_argument(
        "--kg-eval", action="store_true", help="score with the kg eval command itself (quadratic: small sizes only)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="stop a kg build that runs longer, record it and skip the later kg runs of that size",
    )
    parser.add_argument(
        "--formats", default=None, metavar="LIST", help="kg build --formats of every build (default: all exports)"
    )
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args(argv)
    flags = build_flags()
    missing = [flag for flag in ("--jobs", "--cache") if not flags[flag]]
    if missing:
        _say(f"kg build --help does not list {', '.join(missing)}: those runs are left out")
    jieba_rate: list[float] = []
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        for size_mb in sorted(args.mb):
            results.append(bench_size(size_mb, args, flags, jieba_rate, Path(tmp)))
            print(table(results[-1:]), flush=True)
    report = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "git": _git(),
        "kg_build_flags": flags,
        "formats": args.formats or "all",
        "psutil": importlib.util.find_spec("psutil") is not None,
        "sizes": results,
    }
    print()
    print(table(results))
    for result in results:
        if result["accuracy"]:
            print(f"\naccuracy against the generated gold at {result['mb']:g} MB ({result['pages']} pages):")
            print(accuracy_table(result["accuracy"]))  # type: ignore[arg-type]
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
