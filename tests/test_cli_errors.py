"""``kg build`` on bad input and unwritable output: exit codes, one clear line, no partial exports."""

from __future__ import annotations

import errno
import importlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cli import main
from kg.export.atomic import open_atomic

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "004_3ffb1123e71c06d5.txt"
EXPORT_FILES = ("graph.ttl", "graph.nt", "graph.graphml", "graph.html", "entities.csv", "relations.csv")
# the package exports a function called export, which hides the module of the same name
EXPORT = importlib.import_module("kg.export")


@pytest.fixture(scope="module")
def page() -> str:
    """The first two articles of a seed page: small enough to build in a moment."""
    text = SEED.read_text(encoding="utf-8")
    end = text.index("围绕“六医”产业")
    return text[:end]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["build", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_clear_error(err: str, *fragments: str) -> None:
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("kg: error: ")]
    assert len(errors) == 1, err
    for fragment in fragments:
        assert fragment in errors[0], errors[0]


def skip_unless_permissions_hold(tmp_path: Path) -> None:
    """Skip when folder permissions are not enforced (root, or a file system ignoring modes)."""
    probe = tmp_path / "probe"
    probe.mkdir()
    probe.chmod(0o500)
    try:
        (probe / "x").touch()
    except PermissionError:
        return
    finally:
        probe.chmod(0o700)
    pytest.skip("folder permissions are not enforced here (running as root?)")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every export of a folder; the build's own lock and cache (.kg-*) are not exports."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".kg-")}


# --- input errors: exit 3 --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"\n \n\t\n", "is empty"),
        ("binary.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, "binary"),
        ("ocr.txt", b"~~##@@ ||| 0O0O\n||| ~~##@@ O0O0 |||\n", "no Chinese text"),
    ],
)
def test_unusable_input_exits_3_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, reason: str
) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, str(source), "-o", str(out_dir))
    assert code == 3
    assert_one_clear_error(err, name, reason)
    assert f"kg: warning: {name}: " in err
    assert out == ""
    assert not out_dir.exists()


def test_quiet_still_names_the_file_in_the_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "empty.txt"
    source.write_bytes(b"")
    code, _, err = run(capsys, "-q", str(source), "-o", str(tmp_path / "out"))
    assert code == 3
    assert "warning" not in err
    assert_one_clear_error(err, "empty.txt", "is empty")


def test_missing_path_exits_3_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-folder"
    code, _, err = run(capsys, str(missing), "-o", str(tmp_path / "out"))
    assert code == 3
    assert_one_clear_error(err, str(missing), "no such file or folder")


def test_folder_without_pages_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pages").mkdir()
    code, _, err = run(capsys, str(tmp_path / "pages"), "-o", str(tmp_path / "out"))
    assert code == 3
    assert_one_clear_error(err, "pages", "no .txt files")


def test_bad_files_next_to_a_good_one_are_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a-good.txt").write_text(page, encoding="utf-8")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    code, out, err = run(capsys, str(folder), "-o", str(tmp_path / "out"))
    assert code == 0, err
    assert "kg: warning: b-empty.txt: is empty, skipped" in err
    assert "kg: warning: c-binary.txt: looks like a binary file, skipped" in err
    assert "error" not in err
    assert out.startswith("1 files, ")


# --- a GBK page builds: exit 0 ----------------------------------------------------


def test_gbk_page_builds(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> None:
    source = tmp_path / "page-gbk.txt"
    source.write_bytes(page.encode("gbk"))
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, str(source), "-o", str(out_dir))
    assert code == 0, err
    assert "Traceback" not in err and "error" not in err
    for name in EXPORT_FILES:
        assert (out_dir / name).stat().st_size > 0
        assert f"wrote {out_dir / name}" in out
    entities = (out_dir / "entities.csv").read_text(encoding="utf-8")
    assert "樊惠林" in entities and "二七区" in entities  # decoded, not mojibake
    assert "page-gbk.txt" in entities
    assert not list(out_dir.glob("*.tmp")) and not list(out_dir.glob(".*.tmp"))


# --- export errors: exit 4 --------------------------------------------------------


@pytest.fixture()
def source(tmp_path: Path, page: str) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    return path


def test_unwritable_output_folder_exits_4(tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path) -> None:
    skip_unless_permissions_hold(tmp_path)
    out_dir = tmp_path / "locked"
    out_dir.mkdir()
    out_dir.chmod(0o500)
    try:
        code, _, err = run(capsys, str(source), "-o", str(out_dir))
        assert list(out_dir.iterdir()) == []
    finally:
        out_dir.chmod(0o700)
    assert code == 4
    assert_one_clear_error(err, str(out_dir), "not writable")


def test_output_inside_an_unwritable_folder_exits_4(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path
) -> None:
    skip_unless_permissions_hold(tmp_path)
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o500)
    try:
        code, _, err = run(capsys, str(source), "-o", str(parent / "out"))
    finally:
        parent.chmod(0o700)
    assert code == 4
    assert_one_clear_error(err, str(parent / "out"), "cannot create the output folder")


def test_output_path_that_is_a_file_exits_4(tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path) -> None:
    target = tmp_path / "exports"
    target.write_text("not a folder\n", encoding="utf-8")
    code, out, err = run(capsys, str(source), "-o", str(target))
    assert code == 4
    assert_one_clear_error(err, str(target), "cannot create the output folder")
    assert "wrote" not in out
    assert target.read_text(encoding="utf-8") == "not a folder\n"


def test_output_below_a_file_exits_4(tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, str(source), "-o", str(blocker / "out"))
    assert code == 4
    assert_one_clear_error(err, str(blocker / "out"))


# --- no partial exports -----------------------------------------------------------


def failing_exporter(monkeypatch: pytest.MonkeyPatch, failing: str, error: BaseException) -> list[str]:
    """Make the exporter of format ``failing`` write half a file, then raise ``error``."""
    real = EXPORT.exporter
    called: list[str] = []

    def broken(graph: object, path: str | os.PathLike[str], **kwargs: object) -> None:
        with open_atomic(path) as handle:
            handle.write("<?xml version='1.0'?>\n<graphml><half")
            handle.flush()
            raise error

    def exporter(name: str):
        called.append(name)
        return broken if name == failing else real(name)

    monkeypatch.setattr(EXPORT, "exporter", exporter)
    return called


@pytest.mark.parametrize(
    ("jobs", "failing", "file_name"),
    [("1", "graphml", "graph.graphml"), ("2", "graphml", "graph.graphml"), ("2", "turtle", "graph.ttl")],
)
def test_failed_rebuild_leaves_the_previous_exports_whole(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    source: Path,
    jobs: str,
    failing: str,
    file_name: str,
) -> None:
    out_dir = tmp_path / "out"
    assert run(capsys, str(source), "-o", str(out_dir))[0] == 0
    before = snapshot(out_dir)
    assert sorted(before) == sorted(EXPORT_FILES)

    # with -j 2 the RDF files are written in a forked child while the parent writes the rest
    called = failing_exporter(monkeypatch, failing, OSError(errno.ENOSPC, "No space left on device"))
    code, out, err = run(capsys, "-j", jobs, "--no-cache", str(source), "-o", str(out_dir))  # a rebuild even so
    if jobs == "1":
        assert called[:3] == ["turtle", "ntriples", "graphml"]  # it failed after writing two files
    assert code == 4
    assert_one_clear_error(err, file_name, "No space left on device")
    assert "wrote" not in out
    assert snapshot(out_dir) == before  # every file byte-identical, no temporary file left


def test_exporter_crash_leaves_no_temporary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, source: Path
) -> None:
    out_dir = tmp_path / "out"
    assert run(capsys, str(source), "-o", str(out_dir))[0] == 0
    before = snapshot(out_dir)
    failing_exporter(monkeypatch, "html", RuntimeError("bug in an exporter"))
    with pytest.raises(RuntimeError, match="bug in an exporter"):
        main(["build", "--no-cache", str(source), "-o", str(out_dir)])
    assert snapshot(out_dir) == before


def test_failed_rebuild_of_changed_input_keeps_the_whole_previous_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, source: Path, page: str
) -> None:
    out_dir = tmp_path / "out"
    assert run(capsys, str(source), "-o", str(out_dir))[0] == 0
    before = snapshot(out_dir)
    source.write_text(page.replace("樊惠林", "樊惠森"), encoding="utf-8")
    failing_exporter(monkeypatch, "graphml", OSError(errno.ENOSPC, "No space left on device"))
    assert run(capsys, str(source), "-o", str(out_dir))[0] == 4
    assert snapshot(out_dir) == before


def test_max_file_size_option_named_in_the_skip_reason_exists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path
) -> None:
    code, _, err = run(capsys, "--max-file-size", "100", str(source), "-o", str(tmp_path / "out"))
    assert code == 3
    assert_one_clear_error(err, "page.txt", "over the limit of 100")


def test_two_builds_cannot_write_one_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path) -> None:
    import fcntl

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with open(out_dir / ".kg-lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        code, _, err = run(capsys, str(source), "-o", str(out_dir))
    assert code == 4
    assert_one_clear_error(err, str(out_dir), "another kg build is writing this folder")
    assert run(capsys, str(source), "-o", str(out_dir))[0] == 0


def test_leftovers_of_a_killed_build_are_cleared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path
) -> None:
    out_dir = tmp_path / "out"
    (out_dir / ".kg-staging-old").mkdir(parents=True)
    (out_dir / ".kg-staging-old" / "graph.ttl").write_text("half", encoding="utf-8")
    assert run(capsys, str(source), "-o", str(out_dir))[0] == 0
    assert not list(out_dir.glob(".kg-staging-*"))


SLOW_BUILD = """
import sys, time
import kg.export.graphml as graphml
original = graphml.write
def slow(*args, **kwargs):
    original(*args, **kwargs)
    time.sleep(60)
graphml.write = slow
from kg.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_killed_build_leaves_the_previous_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path, page: str, signum: int
) -> None:
    out_dir = tmp_path / "out"
    assert run(capsys, str(source), "-o", str(out_dir))[0] == 0
    before = snapshot(out_dir)
    source.write_text(page.replace("樊惠林", "樊惠森"), encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_BUILD, "build", str(source), "-o", str(out_dir)],
        cwd=root,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # generous: on a loaded machine the child may take long to import and build; a signal
        # that came while it still imported would be swallowed by importlib, not tested
        deadline = time.monotonic() + 120
        while not list(out_dir.glob(".kg-staging-*/graph.graphml")) and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()[1]
            time.sleep(0.05)
        assert list(out_dir.glob(".kg-staging-*/graph.graphml")), "the build never reached its exports"
        process.send_signal(signum)
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode in (130, 143), err
    assert "previous exports are unchanged" in err
    assert snapshot(out_dir) == before
    assert not list(out_dir.glob(".kg-staging-*"))


# --- the real command -------------------------------------------------------------

KG = Path(sys.executable).parent / "kg"


@pytest.mark.skipif(not KG.exists(), reason="the kg script is not installed next to this Python")
def test_subprocess_exit_codes(tmp_path: Path, page: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    done = subprocess.run(
        [str(KG), "build", str(empty), "-o", str(tmp_path / "out")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 3
    assert_one_clear_error(done.stderr, "empty.txt", "is empty")
    assert done.stdout == ""

    good = tmp_path / "page.txt"
    good.write_bytes(page.encode("gb18030"))
    blocker = tmp_path / "exports"
    blocker.write_text("x", encoding="utf-8")
    done = subprocess.run([str(KG), "build", str(good), "-o", str(blocker)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 4, done.stderr
    assert_one_clear_error(done.stderr, str(blocker), "cannot create the output folder")


def test_main_leaves_the_sigterm_handler_as_it_found_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    text = tmp_path / "page.txt"
    text.write_text(page, encoding="utf-8")
    before = signal.getsignal(signal.SIGTERM)
    assert main(["extract", str(text)]) == 0
    assert signal.getsignal(signal.SIGTERM) == before


def test_a_process_forked_under_the_handler_dies_of_sigterm() -> None:
    """A forked child (an export writer) must not raise into its copy of the parent's stack."""
    import functools
    import multiprocessing

    from kg.cli import _terminate

    previous = signal.signal(signal.SIGTERM, functools.partial(_terminate, os.getpid()))
    try:
        child = multiprocessing.get_context("fork").Process(target=time.sleep, args=(30,))
        child.start()
        time.sleep(0.2)
        child.terminate()
        child.join(10)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert child.exitcode == -signal.SIGTERM  # before: 1, _Terminated raised inside the child
