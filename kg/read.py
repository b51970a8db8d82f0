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
    the corpus lives.
    """
    sources: list[Source] = []
    seen: set[Path] = set()
    for item in inputs:
        if item == "-":
            sources.append(Source(STDIN_NAME, None))
            continue
        path = Path(item)
        if path.is_dir():
            for file in sorted(path.rglob("*.txt"), key=lambda p: p.as_posix()):
                if file.is_file() and file.resolve() not in seen:
                    seen.add(file.resolve())
                    sources.append(Source(file.relative_to(path).as_posix(), file))
        elif path.is_file():
            if path.resolve() not in seen:
                seen.add(path.resolve())
                sources.append(Source(path.name, path))
        elif path.exists():
            warn(f"{item}: not a regular file, skipped")
        else:
            raise InputError(f"{item}: no such file or folder")
    return sources


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:65536] and not (data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``ValueError`` with the reason when impossible."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if _looks_binary(data):
        raise ValueError("looks like a binary file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    match = from_bytes(data).best()
    if match is None:
        raise ValueError("encoding could not be detected (not UTF-8, GB18030/GBK or another known text encoding)")
    return str(match), match.encoding


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
    if len(data) > max_file_size:
        raise ValueError(f"is over the limit of {max_file_size} bytes (--max-file-size)")
    if not data.strip():
        raise ValueError("is empty")
    text, encoding = decode(data, source.name)
    return Document(path=source.name, text=text.replace("\r\n", "\n").replace("\r", "\n"), encoding=encoding)


def has_chinese_text(text: str, minimum: int = 4) -> bool:
    count = 0
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            count += 1
            if count >= minimum:
                return True
    return False


def iter_documents(
    sources: Iterable[Source], warn: Warn = _stderr, max_file_size: int = DEFAULT_MAX_FILE_SIZE
) -> Iterator[Document]:
    """Yield decoded documents, warning about (and skipping) the unusable ones."""
    for source in sources:
        try:
            doc = read_source(source, max_file_size)
        except ValueError as exc:
            warn(f"{source.name}: {exc}, skipped")
            continue
        if not has_chinese_text(doc.text):
            warn(f"{source.name}: no Chinese text found (OCR garbage or wrong encoding?), skipped")
            continue
        yield doc


def read_inputs(
    inputs: Iterable[str], warn: Warn = _stderr, max_file_size: int = DEFAULT_MAX_FILE_SIZE
) -> list[Document]:
    """Read every usable document of ``inputs``; raise InputError if there is none."""
    inputs = list(inputs)
    sources = find_sources(inputs, warn)
    if not sources:
        raise InputError(f"{', '.join(inputs)}: no .txt files found")
    docs = list(iter_documents(sources, warn, max_file_size))
    if not docs:
        names = ", ".join(s.name for s in sources[:5]) + (" ..." if len(sources) > 5 else "")
        raise InputError(f"no usable text in the input ({names}): every file was empty, binary or undecodable")
    return docs
