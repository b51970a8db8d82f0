"""Whether an exports folder already holds the build of the given inputs and options.

After its exports are in place, ``kg build`` writes ``OUT/.kg-stamp.json``: a digest of
everything that decides them (kg's code and data, the versions of the libraries that
write them, each input file's name and bytes, the curation file, the options) and the
size and modification time of each file it wrote. A later build with the same digest,
finding every file as it was left, would write the same bytes, so it writes nothing.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from kg.read import STDIN_NAME, find_sources, read_file_bytes

STAMP_NAME = ".kg-stamp.json"
# the libraries whose output is part of an export (parsing, layout, serialising)
LIBRARIES = ("jieba", "networkx", "pyvis", "rdflib")


@dataclass(frozen=True)
class Stamp:
    """What a build wrote and what decided it."""

    digest: str
    files: dict[str, tuple[int, int]]  # file name -> (size, st_mtime_ns)
    summary: str = ""
    warnings: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of every file of the kg package and of the versions of :data:`LIBRARIES`."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}".encode())
    root = Path(str(resources.files("kg")))
    for path in sorted(root.rglob("*"), key=lambda p: p.as_posix()):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    for name in LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\0".encode())
    return digest.hexdigest()


def inputs_digest(inputs: Sequence[str], options: dict[str, object], max_file_size: int) -> str | None:
    """The digest of a build of ``inputs`` with ``options`` (None: stdin, never the same)."""
    from kg.pipeline import extractor_version

    digest = hashlib.sha256(f"{code_version()}\0{extractor_version()}".encode())
    digest.update(json.dumps(options, sort_keys=True, ensure_ascii=False, default=str).encode())
    for source in find_sources(inputs, lambda _message: None):
        if source.path is None or source.name == STDIN_NAME:
            return None
        try:
            data = read_file_bytes(source.path, max_file_size)
            content = hashlib.sha256(data).hexdigest()
        except ValueError as exc:
            content = f"unreadable: {exc}"
        digest.update(f"{source.name}\0{content}\0".encode())
    curation = options.get("curation")
    if isinstance(curation, str):
        try:
            digest.update(Path(curation).read_bytes())
        except OSError:
            return None  # the build reports it
    return digest.hexdigest()


def _files(paths: Iterable[Path]) -> dict[str, tuple[int, int]]:
    files = {}
    for path in paths:
        info = path.stat()
        files[path.name] = (info.st_size, info.st_mtime_ns)
    return files


def is_current(folder: str | os.PathLike[str], digest: str) -> Stamp | None:
    """The stamp of ``folder`` when it was made with ``digest`` and every file it lists
    is as it was left (same size and modification time); else None."""
    try:
        raw = json.loads((Path(folder) / STAMP_NAME).read_text(encoding="utf-8"))
        stamp = Stamp(
            raw["digest"],
            {name: (int(size), int(mtime)) for name, (size, mtime) in raw["files"].items()},
            str(raw.get("summary", "")),
            tuple(str(line) for line in raw.get("warnings", ())),
        )
        if stamp.digest != digest or not stamp.files:
            return None
        if _files(Path(folder) / name for name in stamp.files) != stamp.files:
            return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return stamp


def record(
    folder: str | os.PathLike[str], digest: str, written: Iterable[Path], summary: str, warnings: Sequence[str]
) -> None:
    """Write the stamp of the exports just written (replacing it at once; a stamp that
    cannot be written only costs the next build its shortcut)."""
    out = Path(folder)
    body = {"digest": digest, "files": _files(written), "summary": summary, "warnings": list(warnings)}
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=out, prefix=".kg-stamp-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(body, handle, ensure_ascii=False, indent=1, sort_keys=True)
        os.replace(tmp, out / STAMP_NAME)
    except OSError:
        for stale in (tmp, out / STAMP_NAME):
            if stale is not None:
                with contextlib.suppress(OSError):
                    os.unlink(stale)
