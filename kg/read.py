"""Find input files and decode them.

UTF-8 (with or without BOM) is tried first because it is exact; anything else is
detected by charset-normalizer (GB18030/GBK, Big5, UTF-16...). Binary or undecodable
files are skipped with a warning naming them; ``read_inputs`` raises
:class:`~kg.errors.InputError` only when nothing usable remains.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from kg.errors import InputError
from kg.model import Document

# A build holds its largest file about 25 times over (text, clean text, offset map,
# mentions) in one worker: 64 MiB keeps a build under 2 GB. Pages are KBs; an archive
# stored as one file is better split (one file per page or per day).
DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024
MEMORY_PER_BYTE = 25  # measured: peak RSS of a build over the size of its largest file
STDIN_NAME = "<stdin>"

Warn = Callable[[str], None]


def _stderr(message: str) -> None:
    print(f"kg: warning: {message}", file=sys.stderr)


@dataclass(frozen=True)
class Source:
    """A file to read: ``path`` on disk (None for stdin) and its display name."""

    name: str
    path: Path | None


def find_sources(inputs: Iterable[str], warn: Warn = _stderr) -> list[Source]:
    """Expand folders (recursively, ``*.txt``), keep files, ``-`` for stdin.

    Display names are relative to the folder given, so exports do not depend on where
    the corpus lives. Names are unique: when two inputs would share one (``a/x.txt``
    and ``b/x.txt`` given as files or found in two folders), the later one is named
    by its path as given, since documents, articles and evidence are keyed by name.
    """
    sources: list[Source] = []
    seen: set[Path] = set()
    names: set[str] = set()

    def add(name: str, fallback: str, path: Path | None) -> None:
        name, fallback = readable_name(name), readable_name(fallback)
        if name in names:
            name = fallback
        base, n = name, 1
        while name in names:
            n += 1
            name = f"{base} ({n})"
        names.add(name)
        sources.append(Source(name, path))

    for item in inputs:
        if item == "-":
            if STDIN_NAME not in names:
                add(STDIN_NAME, STDIN_NAME, None)
            continue
        path = Path(item)
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            if isinstance(exc, FileNotFoundError) and not path.is_symlink():
                raise InputError(f"{item}: no such file or folder") from None
            raise InputError(f"{item}: {os_reason(exc, path)}") from None
        if stat.S_ISDIR(mode):
            for file in sorted(path.rglob("*.txt"), key=lambda p: p.as_posix()):
                name = file.relative_to(path).as_posix()
                problem = _not_a_page(file)
                if problem:
                    warn(f"{name}: {problem}, skipped")
                elif problem is None and file.resolve() not in seen:
                    seen.add(file.resolve())
                    add(name, file.as_posix(), file)
        elif stat.S_ISREG(mode):
            if path.resolve() not in seen:
                seen.add(path.resolve())
                add(path.name, path.as_posix(), path)
        else:
            warn(f"{item}: not a regular file ({file_kind(mode)}), skipped")
    return sources


def readable_name(name: str) -> str:
    """A file name as text every export can hold.

    A name that is not valid UTF-8 reaches Python with surrogate escapes, which no UTF-8
    file can store; it is decoded as GB18030 when it is that (names from Windows archives:
    郑州.txt written in GBK), else its undecodable bytes are shown as ``\\xNN``.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="backslashreplace")


def file_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return kind
    return "a special file"


def os_reason(exc: OSError, path: Path) -> str:
    """Why ``path`` cannot be read, in words (the errors a walk over an archive meets)."""
    if exc.errno == errno.ELOOP:
        return "is a symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "is a dangling symbolic link" if path.is_symlink() else "disappeared before it was read"
    return f"cannot be read ({exc.strerror or exc})"


def _not_a_page(file: Path) -> str | None:
    """Why an entry a folder search found is not read: None for a regular file, '' for a
    folder called x.txt (searched like any other folder), else the reason."""
    try:
        mode = file.stat().st_mode
    except OSError as exc:
        return os_reason(exc, file)
    if stat.S_ISREG(mode):
        return None
    return "" if stat.S_ISDIR(mode) else f"not a regular file ({file_kind(mode)})"


def physical_memory() -> int | None:
    """The memory a build can have now: Linux's MemAvailable, else the machine's RAM."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None


def _check_memory(size: int) -> None:
    """Refuse a file this machine could not build (a raised --max-file-size), before
    reading it, rather than be killed by the kernel half-way."""
    memory = physical_memory()
    if memory and size * MEMORY_PER_BYTE > memory:
        raise ValueError(
            f"is {size / 1e9:.1f} GB; building it would need about {size * MEMORY_PER_BYTE / 1e9:.0f} GB of "
            f"memory, more than the {memory / 1e9:.0f} GB this machine has free: split it into smaller files"
        )


def read_file_bytes(path: Path, max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> bytes:
    """The bytes of the regular file at ``path``; raise ``ValueError`` with the reason not.

    The file is opened without blocking and checked on its descriptor, so a named pipe
    put where a page was (between the folder search and the read) is refused instead of
    hanging the build, and no more than ``max_file_size`` bytes are ever read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ValueError(os_reason(exc, path)) from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(f"is not a regular file ({file_kind(info.st_mode)})")
        if info.st_size > max_file_size:
            raise ValueError(f"is {info.st_size} bytes, over the limit of {max_file_size} (--max-file-size)")
        _check_memory(info.st_size)
        try:
            data = file.read(max_file_size + 1)
        except OSError as exc:
            raise ValueError(os_reason(exc, path)) from None
    if len(data) > max_file_size:
        raise ValueError(f"grew past the limit of {max_file_size} bytes (--max-file-size) while being read")
    return data


# longest first: the UTF-32-LE mark starts with the UTF-16-LE one
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_GB_FAMILY = ("gb18030", "gbk", "gb2312", "cp936", "hz")


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))  # not tab, LF, FF, CR
_NO_CONTROLS = dict.fromkeys(_CONTROL_BYTES)  # str.translate: delete them


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return bool(sample) and controls / len(sample) > 0.05


def _looks_binary_text(text: str) -> bool:
    sample = text[:65536]
    controls = len(sample) - len(sample.translate(_NO_CONTROLS))
    return "\x00" in sample or (bool(sample) and controls / len(sample) > 0.05)


def _detect(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with charset-normalizer, preferring GB18030 on a tie.

    On short texts several legacy encodings decode GBK bytes with no "chaos" at all
    (二七区召开会议 comes out as Korean cp949); this tool reads mainland news, so
    among equally plausible readings the GB18030 one wins.
    """
    matches = from_bytes(data)
    best = matches.best()
    gb = next((m for m in matches if m.encoding in _GB_FAMILY), None)
    if gb is not None and (best is None or gb.chaos <= best.chaos):
        return str(gb), gb.encoding
    if best is None:
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise ValueError(
                "encoding could not be detected (not UTF-8, GB18030/GBK or another known text encoding)"
            ) from None
    return str(best), best.encoding


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``ValueError`` with the reason when impossible."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise ValueError(f"starts with a {codec} byte-order mark but is not valid {codec}") from None
            if _looks_binary_text(text):
                raise ValueError("looks like a binary file")
            return text.removeprefix("\ufeff"), codec
    if _looks_binary(data):
        raise ValueError("looks like a binary file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # cut inside its last character (a truncated copy)
            return data[: exc.start].decode("utf-8"), "utf-8"
    text, encoding = _detect(data)
    if _looks_binary_text(text):
        raise ValueError("looks like a binary file")
    return text, encoding


def read_source(source: Source, max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> Document:
    """Read and decode one source; raise ``ValueError`` with a reason to skip it."""
    if source.path is None:
        data = sys.stdin.buffer.read(max_file_size + 1)
    else:
        data = read_file_bytes(source.path, max_file_size)
    return decode_source(source.name, data, max_file_size, require_chinese=False)


def decode_source(
    name: str, data: bytes, max_file_size: int = DEFAULT_MAX_FILE_SIZE, require_chinese: bool = True
) -> Document:
    """The document of a file's bytes; raise ``ValueError`` with the reason to skip it."""
    if len(data) > max_file_size:
        raise ValueError(f"is over the limit of {max_file_size} bytes (--max-file-size)")
    if not data.strip():
        raise ValueError("is empty")
    text, encoding = decode(data, name)
    if not text.strip():
        raise ValueError("is empty")
    if require_chinese and not has_chinese_text(text):
        raise ValueError("no Chinese text found (OCR garbage or wrong encoding?)")
    return Document(path=name, text=text.replace("\r\n", "\n").replace("\r", "\n"), encoding=encoding)


def has_chinese_text(text: str, minimum: int = 4) -> bool:
    count = 0
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            count += 1
            if count >= minimum:
                return True
    return False


def _load(source: Source, max_file_size: int) -> tuple[Document | None, str]:
    """The document of ``source``, or None and why it is skipped."""
    try:
        doc = read_source(source, max_file_size)
    except ValueError as exc:
        return None, str(exc)
    if not has_chinese_text(doc.text):
        return None, "no Chinese text found (OCR garbage or wrong encoding?)"
    return doc, ""


def iter_documents(
    sources: Iterable[Source], warn: Warn = _stderr, max_file_size: int = DEFAULT_MAX_FILE_SIZE
) -> Iterator[Document]:
    """Yield decoded documents, warning about (and skipping) the unusable ones."""
    for source in sources:
        doc, problem = _load(source, max_file_size)
        if doc is None:
            warn(f"{source.name}: {problem}, skipped")
            continue
        yield doc


def read_inputs(
    inputs: Iterable[str], warn: Warn = _stderr, max_file_size: int = DEFAULT_MAX_FILE_SIZE
) -> list[Document]:
    """Read every usable document of ``inputs``; raise InputError if there is none.

    The error names the skipped files and why, since warnings may be silenced (``-q``).
    """
    inputs = list(inputs)
    sources = find_sources(inputs, warn)
    if not sources:
        raise InputError(f"{', '.join(inputs)}: no .txt files found")
    docs: list[Document] = []
    problems: list[str] = []
    for source in sources:
        doc, problem = _load(source, max_file_size)
        if doc is None:
            warn(f"{source.name}: {problem}, skipped")
            problems.append(f"{source.name}: {problem}")
        else:
            docs.append(doc)
    if not docs:
        shown = "; ".join(problems[:5]) + ("; ..." if len(problems) > 5 else "")
        raise InputError(f"no usable text in the input, every file was skipped ({shown})")
    return docs
