"""`kg build` on hostile input: huge files, many files, loops, pipes, vanishing files (a benchmark).

    .venv/bin/python benchmarks/limits.py                      # every case, ~15-30 min on 2 cores
    .venv/bin/python benchmarks/limits.py --quick              # scaled down: 64 MB, 5,000 files
    .venv/bin/python benchmarks/limits.py --only fifo symlink-loop
    .venv/bin/python benchmarks/limits.py --json limits.json

Each case generates its input into a temporary folder (removed at the end, or kept with
``--keep``), runs ``kg build INPUT -o OUT`` as a subprocess and records: the outcome
(the error line, or the summary line and the warnings grouped by reason), the exit
code, whether the exports were written, the peak RSS of the process tree (the build and
its workers, summed, sampled every 50 ms with psutil) and the wall time. A build is
killed when its tree passes ``--rss-cap-gb`` (it would have exhausted the machine) or
``--timeout`` seconds (a hang); both are reported as such. A Python traceback anywhere
on stderr is reported as a failure.

Cases (``--only`` takes their names):

* ``huge-line``: one file of ``--huge-gb`` GB of random CJK and ASCII with no newline,
  with the default ``--max-file-size``; ``huge-line-2g``: the same with
  ``--max-file-size`` 2 GiB;
* ``many-files``: ``--files`` tiny files (a few hundred bytes of seed sentences, a third
  empty, a sixth binary, some GBK) in nested folders;
* ``identical``: ``--identical`` copies of one seed page;
* ``symlink-loop``: a.txt -> b.txt -> a.txt, a dangling link and a link to the parent
  folder inside the input folder; ``symlink-loop-arg``: the loop given as the input;
* ``unreadable``: a file with mode 000 (readable anyway when run as root) and a link to
  ``/proc/self/mem``, a regular file whose first read fails (EIO) even for root;
* ``fifo``: a named pipe called x.txt inside the folder and given as an input, and a
  directory called d.txt;
* ``vanishing``: files deleted, and one replaced by a named pipe, while the build runs;
* ``stdin``: ``--stdin-mb`` MB of seed text piped to ``kg build -``;
* ``bad-names``: file names with invalid UTF-8 bytes (surrogates in Python), a newline,
  and a name that is all spaces.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil  # benchmarks only: .venv/bin/pip install psutil

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
KG = [sys.executable, "-m", "kg.cli", "build"]
EXPORTS = ("graph.ttl", "graph.nt", "graph.graphml", "graph.html", "entities.csv", "relations.csv")
GiB = 2**30


@dataclass
class Case:
    """What one case runs: its inputs, and what to do while the build runs."""

    argv: list[str]
    stdin: Callable[[subprocess.Popen], None] | None = None  # feeds the build's stdin
    during: Callable[[], None] | None = None  # runs in a thread once the build started
    note: str = ""


@dataclass
class Result:
    name: str
    input: str
    outcome: str
    exit_code: int | None
    exports: bool
    peak_rss_mb: float
    seconds: float
    warnings: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


# --- inputs ------------------------------------------------------------------------


def sentences() -> list[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in SEEDS)
    return [s + "。" for s in re.split(r"[。\n]", text) if len(s) > 8]


def write_huge(path: Path, size: int, seed: int = 1) -> None:
    """``size`` bytes of random CJK and ASCII runs, no newline, written in 4 MB slices."""
    rng = random.Random(seed)
    cjk = [chr(c) for c in range(0x4E00, 0x9FA6)]
    ascii_ = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:-()"
    runs = []
    for _ in range(200_000):
        pool = ascii_ if rng.random() < 0.3 else cjk
        runs.append("".join(rng.choices(pool, k=rng.randint(1, 24))))
    block = "".join(runs)  # ~2.4M characters, ~6 MB
    written = 0
    with path.open("wb") as out:
        while written < size:
            start = rng.randrange(len(block) // 2)
            piece = block[start : start + 1_400_000].encode("utf-8")[: size - written]
            piece = piece.decode("utf-8", "ignore").encode("utf-8")  # whole characters only
            out.write(piece)
            written += len(piece)
            if len(piece) == 0:
                break


def tiny_files(folder: Path, count: int, seed: int = 2) -> Counter:
    """``count`` files of a few hundred bytes in folders of 100 (10 per parent)."""
    rng = random.Random(seed)
    pool = sentences()
    kinds: Counter = Counter()
    for i in range(count):
        sub = folder / f"{i // 10_000:02}" / f"{i // 100 % 100:02}"
        if i % 100 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        roll = rng.random()
        if roll < 0.33:
            data, kind = b"", "empty"
        elif roll < 0.5:
            data, kind = rng.randbytes(rng.randint(50, 400)), "binary"
        else:
            text = "".join(rng.choices(pool, k=rng.randint(1, 6)))[:300] + "\n"
            if roll < 0.55:
                data, kind = text.encode("gb18030"), "gbk text"
            else:
                data, kind = text.encode("utf-8"), "utf-8 text"
        (sub / f"p{i:06}.txt").write_bytes(data)
        kinds[kind] += 1
    return kinds


def seed_page() -> bytes:
    return SEEDS[4 if len(SEEDS) > 4 else 0].read_bytes()


# --- cases -------------------------------------------------------------------------


def case_huge(base: Path, args: argparse.Namespace, limit: str | None) -> tuple[str, Case]:
    size = int(args.huge_gb * 1e9)
    path = base.parent / f"huge-{size}.txt"  # shared by both huge cases
    if not path.exists() or path.stat().st_size < size * 0.99:
        write_huge(path, size)
    extra = ["--max-file-size", limit] if limit else []
    label = f"{path.stat().st_size / 1e9:.2f} GB file, one line of random CJK+ASCII"
    return label + (f", --max-file-size {limit}" if limit else ", default --max-file-size"), Case([str(path), *extra])


def case_many(base: Path, args: argparse.Namespace) -> tuple[str, Case]:
    kinds = tiny_files(base / "pages", args.files)
    shown = ", ".join(f"{n:,} {k}" for k, n in sorted(kinds.items()))
    return f"{args.files:,} tiny files in nested folders ({shown})", Case([str(base / "pages")])


def case_identical(base: Path, args: argparse.Namespace) -> tuple[str, Case]:
    data = seed_page()
    for i in range(args.identical):
        sub = base / "pages" / f"{i // 1000:02}"
        if i % 1000 == 0:
            sub.mkdir(parents=True)
        (sub / f"copy{i:05}.txt").write_bytes(data)
    return f"{args.identical:,} identical files ({len(data):,} bytes each)", Case([str(base / "pages")])


def case_symlinks(base: Path, args: argparse.Namespace, as_argument: bool) -> tuple[str, Case]:
    pages = base / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "good.txt").write_bytes(seed_page())
    os.symlink("b.txt", pages / "a.txt")
    os.symlink("a.txt", pages / "b.txt")
    os.symlink("missing.txt", pages / "dangling.txt")
    os.symlink("..", pages / "sub" / "parent")
    os.symlink("loop", pages / "sub" / "loop")
    if as_argument:
        return "symlink loop a.txt -> b.txt -> a.txt given as the only input", Case([str(pages / "a.txt")])
    return (
        "folder with a symlink loop (a.txt -> b.txt -> a.txt), a dangling link, a link to its parent, a self-link",
        Case([str(pages)]),
    )


def case_unreadable(base: Path, args: argparse.Namespace) -> tuple[str, Case]:
    pages = base / "pages"
    pages.mkdir()
    (pages / "good.txt").write_bytes(seed_page())
    locked = pages / "locked.txt"
    locked.write_bytes(seed_page())
    locked.chmod(0)
    os.symlink("/proc/self/mem", pages / "mem.txt")
    root = " (running as root: mode 000 is readable)" if os.geteuid() == 0 else ""
    return f"unreadable files: mode 000{root}, link to /proc/self/mem (EIO)", Case([str(pages)])


def case_fifo(base: Path, args: argparse.Namespace) -> tuple[str, Case]:
    pages = base / "pages"
    pages.mkdir()
    (pages / "good.txt").write_bytes(seed_page())
    os.mkfifo(pages / "x.txt")
    os.mkfifo(base / "y.txt")
    (pages / "d.txt").mkdir()
    (pages / "d.txt" / "inner.txt").write_bytes(seed_page())
    return "named pipes x.txt (in the folder) and y.txt (given), a folder named d.txt", Case(
        [str(pages), str(base / "y.txt")]
    )


def case_vanishing(base: Path, args: argparse.Namespace) -> tuple[str, Case]:
    pages = base / "pages"
    pages.mkdir()
    pool = sentences()
    rng = random.Random(3)
    names = []
    for i in range(args.vanishing):
        path = pages / f"p{i:05}.txt"
        path.write_text("".join(rng.choices(pool, k=20)) + "\n", encoding="utf-8")
        names.append(path)
    late = names[len(names) // 2 :]

    def during() -> None:
        time.sleep(args.vanish_after)  # listing is done, extraction is on the first files
        for path in late[::2]:
            path.unlink()
        fifo = late[1]
        fifo.unlink()
        os.mkfifo(fifo)

    label = f"{args.vanishing:,} files; after {args.vanish_after:g} s, {len(late[::2]):,} deleted and one replaced by a named pipe"
    return label, Case([str(pages)], during=during)


def case_stdin(base: Path, args: argparse.Namespace) -> tuple[str, Case]:
    total = int(args.stdin_mb * 1e6)
    chunk = ("".join(sentences()) + "\n").encode("utf-8")

    def feed(process: subprocess.Popen) -> None:
        sent = 0
        try:
            while sent < total:
                piece = chunk[: total - sent]
                process.stdin.write(piece)
                sent += len(piece)
            process.stdin.close()
        except (BrokenPipeError, OSError):
            pass  # the build stopped reading (over the limit)

    return f"{args.stdin_mb:g} MB of seed text on stdin (kg build -)", Case(["-"], stdin=feed)


def case_bad_names(base: Path, args: argparse.Namespace) -> tuple[str, Case]:
    pages = base / "pages"
    pages.mkdir()
    data = seed_page()
    for raw in (b"caf\xe9.txt", b"\xff\xfe.txt", b"line\nbreak.txt", b"   .txt", "郑州.txt".encode("gbk")):
        fd = os.open(os.path.join(os.fsencode(pages), raw), os.O_WRONLY | os.O_CREAT, 0o644)
        os.write(fd, data)
        os.close(fd)
    return "file names with invalid UTF-8 bytes (Latin-1 café, GBK 郑州), a newline, only spaces", Case([str(pages)])


CASES: dict[str, Callable[[Path, argparse.Namespace], tuple[str, Case]]] = {
    "huge-line": lambda base, args: case_huge(base, args, None),
    "huge-line-2g": lambda base, args: case_huge(base, args, str(2 * GiB)),
    "many-files": case_many,
    "identical": case_identical,
    "symlink-loop": lambda base, args: case_symlinks(base, args, False),
    "symlink-loop-arg": lambda base, args: case_symlinks(base, args, True),
    "unreadable": case_unreadable,
    "fifo": case_fifo,
    "vanishing": case_vanishing,
    "stdin": case_stdin,
    "bad-names": case_bad_names,
}


# --- running -----------------------------------------------------------------------


def tree_rss(process: psutil.Process) -> int:
    total = 0
    with contextlib.suppress(psutil.Error):
        total += process.memory_info().rss
        for child in process.children(recursive=True):
            with contextlib.suppress(psutil.Error):  # it may have ended meanwhile
                total += child.memory_info().rss
    return total


def kill_tree(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def summarize(stdout: str, stderr: str, code: int | None) -> tuple[str, dict[str, int], list[str]]:
    """The outcome line, the warnings grouped by reason, the error lines."""
    warnings: Counter = Counter()
    errors = []
    for line in stderr.splitlines():
        if line.startswith("kg: warning: "):
            body = line.removeprefix("kg: warning: ")
            reason = body.rsplit(": ", 1)[-1] if ": " in body else body
            warnings[re.sub(r"\d[\d,.]*", "N", reason)] += 1
        elif line.startswith("kg: "):
            errors.append(line)
    if "Traceback" in stderr:
        last = [line for line in stderr.splitlines() if line.strip()][-1]
        return f"TRACEBACK: {last[:200]}", dict(warnings), errors
    summary = next((line for line in stdout.splitlines() if " files, " in line), "")
    parts = [summary] if code == 0 and summary else []
    parts += [e.removeprefix("kg: ")[:300] for e in errors]
    shown = [f"{n:,} x '{reason[:120]}'" for reason, n in warnings.most_common(4)]
    if len(warnings) > 4:
        shown.append(f"{sum(warnings.values()) - sum(n for _, n in warnings.most_common(4)):,} more")
    if shown:
        parts.append("warnings: " + "; ".join(shown))
    return " / ".join(parts) or "(no output)", dict(warnings), errors


def run_case(name: str, label: str, case: Case, out: Path, args: argparse.Namespace) -> Result:
    argv = [*KG, *case.argv, "-o", str(out)]
    if args.jobs:
        argv += ["--jobs", str(args.jobs)]
    log_out, log_err = out.parent / f"{name}.stdout", out.parent / f"{name}.stderr"
    start = time.perf_counter()
    with log_out.open("w+b") as so, log_err.open("w+b") as se:
        process = subprocess.Popen(
            argv,
            cwd=ROOT,
            stdin=subprocess.PIPE if case.stdin else subprocess.DEVNULL,
            stdout=so,
            stderr=se,
            start_new_session=True,
        )
        threads = []
        if case.stdin:
            threads.append(threading.Thread(target=case.stdin, args=(process,), daemon=True))
        if case.during:
            threads.append(threading.Thread(target=case.during, daemon=True))
        for thread in threads:
            thread.start()
        watched = psutil.Process(process.pid)
        peak, stopped = 0, ""
        while process.poll() is None:
            peak = max(peak, tree_rss(watched))
            if peak > args.rss_cap_gb * GiB:
                stopped = f"KILLED by the benchmark: tree RSS passed {args.rss_cap_gb:g} GiB"
            elif time.perf_counter() - start > args.timeout:
                stopped = f"KILLED by the benchmark: still running after {args.timeout:g} s (hang?)"
            if stopped:
                kill_tree(process)
                process.wait()
                break
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        for thread in threads:
            thread.join(timeout=5)
        so.seek(0)
        se.seek(0)
        stdout = so.read().decode("utf-8", "replace")
        stderr = se.read().decode("utf-8", "replace")
    outcome, warnings, errors = summarize(stdout, stderr, process.returncode)
    if stopped:
        outcome = f"{stopped} / {outcome}"
    exports = all((out / name).is_file() for name in EXPORTS)
    return Result(
        name,
        label,
        outcome,
        None if stopped else process.returncode,
        exports,
        round(peak / 2**20),
        round(seconds, 1),
        warnings,
        errors,
    )


def cleanup(path: Path) -> None:
    """Remove a case folder, whatever modes and pipes it holds."""
    for folder, dirs, files in os.walk(path):
        for name in dirs + files:
            with contextlib.suppress(OSError):
                full = os.path.join(folder, name)
                if not os.path.islink(full) and stat.S_ISDIR(os.stat(full).st_mode):
                    os.chmod(full, 0o700)
                elif not os.path.islink(full):
                    os.chmod(full, 0o600)
    shutil.rmtree(path, ignore_errors=True)


def table(results: list[Result]) -> str:
    rows = [
        "| input | outcome / message | exit | exports | peak RSS (tree) | time |",
        "|---|---|---:|---|---:|---:|",
    ]
    for r in results:
        outcome = r.outcome.replace("|", "\\|").replace("\n", " ")
        code = "killed" if r.exit_code is None else str(r.exit_code)
        rows.append(
            f"| {r.input} | {outcome} | {code} | {'written' if r.exports else 'none'} | "
            f"{r.peak_rss_mb:,} MB | {r.seconds:,.1f} s |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=sorted(CASES), help="run these cases only")
    parser.add_argument("--quick", action="store_true", help="scaled down: 64 MB huge file, 5,000 files")
    parser.add_argument("--huge-gb", type=float, default=1.0, help="size of the one-line file (default 1 GB)")
    parser.add_argument("--files", type=int, default=100_000, help="tiny files (default 100,000)")
    parser.add_argument("--identical", type=int, default=10_000, help="identical files (default 10,000)")
    parser.add_argument("--stdin-mb", type=float, default=300, help="MB piped to stdin (default 300)")
    parser.add_argument("--vanishing", type=int, default=2_000, help="files of the vanishing case (default 2,000)")
    parser.add_argument("--vanish-after", type=float, default=4.0, help="seconds before files vanish (default 4)")
    parser.add_argument("--jobs", type=int, default=0, help="kg build --jobs (default: kg's default)")
    parser.add_argument("--rss-cap-gb", type=float, default=10, help="kill a build whose tree passes this (GiB)")
    parser.add_argument("--timeout", type=float, default=3600, help="kill a build after this many seconds")
    parser.add_argument("--tmp", default=None, help="folder for the generated inputs (default: $TMPDIR)")
    parser.add_argument("--keep", action="store_true", help="keep the generated inputs and outputs")
    parser.add_argument("--json", default=None, help="also write the results here")
    args = parser.parse_args(argv)
    if args.quick:
        args.huge_gb = min(args.huge_gb, 0.064)
        args.files = min(args.files, 5_000)
        args.identical = min(args.identical, 1_000)
        args.stdin_mb = min(args.stdin_mb, 64)
        args.vanishing = min(args.vanishing, 600)
        args.vanish_after = min(args.vanish_after, 2.0)
    base = Path(tempfile.mkdtemp(prefix="kg-limits-", dir=args.tmp))
    results: list[Result] = []
    try:
        for name in args.only or list(CASES):
            folder = base / name
            folder.mkdir()
            generated = time.perf_counter()
            label, case = CASES[name](folder, args)
            print(f"[{name}] {label} (generated in {time.perf_counter() - generated:.0f} s)", flush=True)
            result = run_case(name, label, case, folder / "out", args)
            print(f"  -> exit {result.exit_code}, {result.peak_rss_mb:,} MB, {result.seconds} s: {result.outcome}")
            for line in result.errors[:3]:
                print(f"     {line[:300]}")
            results.append(result)
            if not args.keep:
                cleanup(folder)
            if args.json:
                Path(args.json).write_text(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=1))
    finally:
        if not args.keep:
            cleanup(base)
        else:
            print(f"inputs and outputs kept in {base}")
    print()
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
