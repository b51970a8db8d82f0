"""jieba's dictionary, behind one small interface so the backend can change.

The extractors need two questions answered: is this string a dictionary word, and
which part of speech does the dictionary give it. jieba's prefix dictionary answers
both without running its (slow) HMM tagger over every sentence.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import logging
import marshal
import math
import os
import tempfile
from pathlib import Path

Tables = tuple[dict[str, int], dict[str, str]]  # word (and word prefix) -> frequency, word -> tag
CACHE_FORMAT = 1


@functools.lru_cache(maxsize=1)
def _dictionary() -> Tables:
    """jieba's tables, from a copy kept in the user's cache folder when there is one.

    jieba builds them in ~1.5 s (importing ``jieba.posseg`` parses the whole dictionary
    for the tags; ``initialize`` reads its cache one small piece at a time); the copy,
    read in one go, takes ~0.4 s. It is named after the jieba files it was made from.
    """
    path = _cache_path()
    tables = _read_cache(path) if path is not None else None
    if tables is None:
        tables = _from_jieba()
        if path is not None:
            _write_cache(path, tables)
    return tables


def _from_jieba() -> Tables:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.initialize()
    return jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab


def _cache_path() -> Path | None:
    """Where the copy of the tables of the installed jieba is kept (None: jieba not found)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    package = Path(spec.origin).parent
    digest = hashlib.sha1(f"{CACHE_FORMAT}\n".encode())
    for name in ("__init__.py", "dict.txt", "posseg/__init__.py"):
        try:
            stat = (package / name).stat()
        except OSError:
            return None
        digest.update(f"{package / name}\t{stat.st_size}\t{stat.st_mtime_ns}\n".encode("utf-8", "surrogatepass"))
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg" / f"jieba-{digest.hexdigest()[:16]}.marshal"


def _read_cache(path: Path) -> Tables | None:
    try:
        tables = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not (isinstance(tables, tuple) and len(tables) == 2 and all(isinstance(t, dict) for t in tables)):
        return None
    return tables


def _write_cache(path: Path, tables: Tables) -> None:
    """Keep a copy of the tables; a cache folder that cannot be written is left alone."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".jieba-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps(tables))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


def word_frequency(word: str) -> int:
    """Frequency of ``word`` in jieba's dictionary, 0 when it is not a word."""
    return _dictionary()[0].get(word) or 0


def is_word(word: str, minimum: int = 1) -> bool:
    return word_frequency(word) >= minimum


def pos_tag(word: str) -> str:
    """The dictionary's part-of-speech tag for ``word`` ("" when unknown)."""
    return _dictionary()[1].get(word, "")


def starts_with_word(text: str, start: int, minimum: int = 20, longest: int = 4) -> bool:
    """Does a dictionary word of 2+ characters start at ``text[start]``?"""
    for length in range(longest, 1, -1):
        if start + length <= len(text) and is_word(text[start : start + length], minimum):
            return True
    return False


def frequencies() -> dict[str, int]:
    """The dictionary's word frequencies (prefixes of words are there with 0), for hot loops."""
    return _dictionary()[0]


@functools.cache
def tagged_words(length: int, tags: tuple[str, ...], minimum: int) -> frozenset[str]:
    """Words of ``length`` characters tagged with one of ``tags``, of frequency ``minimum`` or more."""
    freq, tag_of = _dictionary()
    return frozenset(
        w for w, tag in tag_of.items() if len(w) == length and tag in tags and (freq.get(w) or 0) >= minimum
    )


@functools.cache
def _log_total() -> float:
    return math.log(sum(frequencies().values()))


def cut(text: str) -> list[str]:
    """``text`` cut into dictionary words by the most probable path, as
    ``jieba.lcut(text, HMM=False)`` cuts a run of Chinese characters (a character that
    starts no word stands alone)."""
    freq = frequencies()
    log_total = _log_total()
    n = len(text)
    # best[i]: (log probability of text[i:], end of the first word of that path)
    best: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
    for start in range(n - 1, -1, -1):
        ends = []
        end = start + 1
        while end <= n and text[start:end] in freq:
            if freq[text[start:end]]:
                ends.append(end)
            end += 1
        choices = ends or [start + 1]
        best[start] = max((math.log(freq.get(text[start:e]) or 1) - log_total + best[e][0], e) for e in choices)
    words = []
    start = 0
    while start < n:
        end = best[start][1]
        words.append(text[start:end])
        start = end
    return words
