"""Find input files and decode them.

UTF-8 (with or without BOM) is tried first because it is exact; anything else is
detected by charset-normalizer (GB18030/GBK, Big5, UTF-16...). Binary or undecodable
files are skipped with a warning naming them; ``read_inputs`` raises
:class:`~kg.errors.InputError` only when nothing usable remains.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from kg.errors import InputError
from kg.model import Document

DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024
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
        if path.is_dir():
            for file in sorted(path.rglob("*.txt"), key=lambda p: p.as_posix()):
                if file.is_file() and file.resolve() not in seen:
                    seen.add(file.resolve())
                    add(file.relative_to(path).as_posix(), file.as_posix(), file)
        elif path.is_file():
            if path.resolve() not in seen:
                seen.add(path.resolve())
                add(path.name, path.as_posix(), path)
        elif path.exists():
            warn(f"{item}: not a regular file, skipped")
        else:
            raise InputError(f"{item}: no such file or folder")
    return sources


# longest first: the UTF-32-LE mark starts with the UTF-16-LE one
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_GB_FAMILY = ("gb18030", "gbk", "gb2312", "cp936", "hz")


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def _looks_binary_text(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\f\r")
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
    except UnicodeDecodeError:
        pass
    text, encoding = _detect(data)
    if _looks_binary_text(text):
        raise ValueError("looks like a binary file")
    return text, encoding


def read_source(source: Source, max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> Document:
    """Read and decode one source; raise ``ValueError`` with a reason to skip it."""
    if source.path is None:
        data = sys.stdin.buffer.read(max_file_size + 1)
    else:
        try:
            size = source.path.stat().st_size
        except OSError as exc:
            raise ValueError(f"cannot be read ({exc.strerror})") from exc
        if size > max_file_size:
            raise ValueError(f"is {size} bytes, over the limit of {max_file_size} (--max-file-size)")
        try:
            data = source.path.read_bytes()
        except OSError as exc:
            raise ValueError(f"cannot be read ({exc.strerror})") from exc
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
