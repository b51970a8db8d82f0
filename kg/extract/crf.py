"""A character-level CRF for person, place and organisation names (PER, LOC, ORG).

The model (``kg/data/ner_crf.crfsuite``, trained by ``scripts/train_crf.py``, see
``kg/data/ner_crf.md``) covers what the rules do not: names with no title before them,
places outside the division table (countries, rivers, streets), bodies with no listed
suffix. It is loaded once per process from the package.

Text is cut into clauses at the marks the training data was cut at (，。！？、‘’“” and
colons) and each clause is tagged on its own, as in training. Features of a character:
the character and its neighbours (±2), the bigrams and the trigram around it, the
character class (CJK, digit, latin, punctuation...) of it and its neighbours, whether
it begins a surname, and whether it lies in a division name (``divisions.csv``), a
name ending (``suffixes.tsv``) or a post title (``posts.tsv``), with the same flags for
the neighbouring characters.

Whitespace that touches a Chinese character (line breaks of a page, OCR spaces) is not
shown to the model, which never saw any in training; offsets stay those of the text.
``mentions`` and ``merge`` serve ``kg extract --ner crf|both``: the CRF's spans as kg
mentions (PER -> person, LOC -> place, ORG -> organization), and the rules' mentions
plus the CRF's that overlap none of them. ``kg build`` does not use this module.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterator
from importlib import resources
from typing import Any

import ahocorasick

from kg.lexicon import load_lexicon

MODEL_FILE = "ner_crf.crfsuite"
TYPES = ("PER", "LOC", "ORG")
# The training clauses were cut at these marks (the marks themselves dropped).
CLAUSE_CUT = "，。！？、‘’“”:：,!?"
_CLAUSE_RE = re.compile(f"[^{re.escape(CLAUSE_CUT)}\\s]+(?:\\s+[^{re.escape(CLAUSE_CUT)}\\s]+)*")

Span = tuple[int, int, str]
#: Longest piece of a clause tagged at once (see ``_pieces``).
MAX_PIECE = 1000


class CrfUnavailable(RuntimeError):
    """python-crfsuite is not installed, or the packaged model is missing."""


def _crfsuite() -> Any:
    try:
        import pycrfsuite
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise CrfUnavailable("kg.extract.crf needs the python-crfsuite package (pip install python-crfsuite)") from exc
    return pycrfsuite


# ---------------------------------------------------------------------------------------
# Features


# The middle dots written between the parts of a foreign name (杰夫•莫雷尔, 凯特・温斯莱特),
# read as the one the training data mostly have (·).
_DOTS = frozenset("\u2022\u2027\u30fb\uff65\u2219\u22c5")


def _norm(ch: str) -> str:
    """Full-width ASCII to half-width, middle dots to ·, one character to one character."""
    if "\uff01" <= ch <= "\uff5e":
        return chr(ord(ch) - 0xFEE0)
    if ch == "\u3000":
        return " "
    if ch in _DOTS:
        return "\u00b7"
    return ch


def _char_class(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if ch.isspace():
        return "S"
    cat = unicodedata.category(ch)
    if cat.startswith("P") or cat.startswith("S"):
        return "P"
    if cat.startswith("N"):  # 〇, Roman numerals
        return "D"
    return "O"


@functools.lru_cache(maxsize=1)
def _lexicon_tables() -> tuple[frozenset[str], frozenset[str], frozenset[str], ahocorasick.Automaton]:
    lexicon = load_lexicon()
    singles = frozenset(s for s in lexicon.surnames if len(s) == 1)
    doubles = frozenset(s for s in lexicon.surnames if len(s) == 2)
    rare = lexicon.rare_surnames
    automaton = ahocorasick.Automaton()
    words: dict[str, set[str]] = {}
    for division in lexicon.divisions.values():
        words.setdefault(division.name, set()).add("d")
        if division.short and len(division.short) > 1:
            words.setdefault(division.short, set()).add("d")
    for suffix in lexicon.suffixes:
        words.setdefault(suffix.text, set()).add("s" + suffix.type[0])
    for title in lexicon.posts:
        if len(title) > 1:
            words.setdefault(title, set()).add("p")
    for word, kinds in words.items():
        automaton.add_word(word, (len(word), tuple(sorted(kinds))))
    automaton.make_automaton()
    return singles, doubles, rare, automaton


def _lexicon_flags(text: str) -> list[list[str]]:
    """Per character, the lexicon flags: d/p = division/post (B, I, E), s? = suffix (I, E)."""
    singles, doubles, rare, automaton = _lexicon_tables()
    flags: list[list[str]] = [[] for _ in text]
    for end, (length, kinds) in automaton.iter(text):
        start = end - length + 1
        for kind in kinds:
            if kind[0] == "s":
                flags[end].append(kind + "E")
                for i in range(start, end):
                    flags[i].append(kind + "I")
            else:
                flags[start].append(kind + "B")
                flags[end].append(kind + "E")
                for i in range(start + 1, end):
                    flags[i].append(kind + "I")
    for i, ch in enumerate(text):
        if ch in singles:
            flags[i].append("nr" if ch in rare else "n1")
        if text[i : i + 2] in doubles:
            flags[i].append("n2")
    for row in flags:
        if len(row) > 1:
            row[:] = sorted(set(row))
    return flags


# jieba's dictionary words of these tags (and their length) are a feature; other words
# give only their length (a word boundary).
_JIEBA_TAGS = {"nr": "r", "nrt": "r", "nrfg": "r", "ns": "s", "nt": "t", "nz": "z", "j": "j"}


@functools.lru_cache(maxsize=1)
def _jieba_words() -> tuple[dict[str, int], dict[str, str]]:
    from kg.extract.words import _dictionary

    return _dictionary()


def _word_flags(text: str) -> tuple[list[str], list[str]]:
    """Per character, the longest dictionary word (2-6 characters) starting and ending there."""
    freq, tags = _jieba_words()
    n = len(text)
    starts = [""] * n
    ends = [""] * n
    for i in range(n):
        # jieba's table holds every prefix of every word (count 0 when the prefix is no
        # word), so the scan stops at the first string that no word starts with.
        best = ""
        j = i + 2
        limit = min(n, i + 6)
        while j <= limit:
            count = freq.get(text[i:j])
            if count is None:
                break
            if count:
                best = text[i:j]
            j += 1
        if best:
            length = len(best)
            flag = f"{length}{_JIEBA_TAGS.get(tags.get(best, ''), 'w')}"
            starts[i] = flag
            end = i + length - 1
            if not ends[end] or int(ends[end][0]) < length:
                ends[end] = flag
    return starts, ends


def features(text: str) -> list[list[str]]:
    """The CRF features of every character of ``text`` (one clause)."""
    chars = [_norm(ch) for ch in text]
    n = len(chars)
    pad = ["^", "^", *chars, "$", "$"]
    kinds = ["B", "B", *(_char_class(ch) for ch in chars), "E", "E"]
    joined = "".join(chars)
    flags = _lexicon_flags(joined)
    word_starts, word_ends = _word_flags(joined)
    empty: list[str] = []
    out: list[list[str]] = []
    for i in range(n):
        j = i + 2
        a, b, c, d, e = pad[j - 2], pad[j - 1], pad[j], pad[j + 1], pad[j + 2]
        k = kinds[j - 1] + kinds[j] + kinds[j + 1]
        row = [
            "c=" + c,
            "c-1=" + b,
            "c+1=" + d,
            "c-2=" + a,
            "c+2=" + e,
            "b-2=" + a + b,
            "b-1=" + b + c,
            "b+1=" + c + d,
            "b+2=" + d + e,
            "t=" + b + c + d,
            "k=" + kinds[j],
            "k3=" + k,
        ]
        if word_starts[i]:
            row.append("ws=" + word_starts[i])
        if word_ends[i]:
            row.append("we=" + word_ends[i])
        row.extend("f=" + f for f in flags[i])
        row.extend("f-1=" + f for f in (flags[i - 1] if i > 0 else empty))
        row.extend("f+1=" + f for f in (flags[i + 1] if i + 1 < n else empty))
        out.append(row)
    return out


def clauses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the clauses of ``text``, the cutting marks and outer spaces left out."""
    for match in _CLAUSE_RE.finditer(text):
        yield match.start(), match.end()


def spans_from_labels(labels: list[str], offset: int = 0) -> list[Span]:
    """Spans of a BIOES (or BIO) label sequence; a broken run ends where its type does."""
    spans: list[Span] = []
    start, current = -1, ""
    for i, label in enumerate([*labels, "O"]):
        prefix, _, type_ = label.partition("-")
        if current and (prefix in ("O", "B", "S") or type_ != current):
            spans.append((offset + start, offset + i, current))
            current = ""
        if prefix in ("B", "S") or (prefix in ("I", "E") and not current):
            start, current = i, type_
        if prefix in ("E", "S") and current:
            spans.append((offset + start, offset + i + 1, current))
            current = ""
    return spans


# ---------------------------------------------------------------------------------------
# Tagging


_MODEL_BYTES: list[bytes] = []


@functools.lru_cache(maxsize=1)
def _tagger() -> Any:
    pycrfsuite = _crfsuite()
    model = resources.files("kg.data").joinpath(MODEL_FILE)
    if not model.is_file():
        raise CrfUnavailable(f"the CRF model kg/data/{MODEL_FILE} is missing (train it with scripts/train_crf.py)")
    data = model.read_bytes()
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(data)  # crfsuite reads the model in place: keep the bytes alive
    _MODEL_BYTES.append(data)
    return tagger


def _pieces(start: int, end: int) -> Iterator[tuple[int, int]]:
    """A clause cut into pieces of at most ``MAX_PIECE`` characters (a name across a cut
    is lost; news clauses are far shorter, the limit only bounds memory on odd input)."""
    for i in range(start, end, MAX_PIECE):
        yield i, min(end, i + MAX_PIECE)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _seen(text: str, start: int, end: int) -> list[int]:
    """The positions of ``text[start:end]`` the model sees: whitespace is left out where it
    touches a Chinese character (line breaks and OCR spaces inside Chinese text, which the
    training data never have), kept between other characters (New York)."""
    after = [""] * (end - start)  # the next non-space character after each position
    following = ""
    for i in range(end - 1, start - 1, -1):
        after[i - start] = following
        if not text[i].isspace():
            following = text[i]
    kept = []
    before = ""
    for i in range(start, end):
        ch = text[i]
        if not ch.isspace():
            before = ch
        elif not before or not after[i - start] or _is_han(before) or _is_han(after[i - start]):
            continue
        kept.append(i)
    return kept


def tag(text: str) -> list[Span]:
    """PER, LOC and ORG spans of ``text`` as ``(start, end, type)``, offsets into ``text``.

    A span may hold whitespace the model did not see (郑州\n市): offsets stay true to
    ``text``; :func:`mentions` gives the name without it."""
    tagger = _tagger()
    spans: list[Span] = []
    for clause_start, clause_end in clauses(text):
        for start, end in _pieces(clause_start, clause_end):
            if any(ch.isspace() for ch in text[start:end]):
                seen = _seen(text, start, end)
                labels = tagger.tag(features("".join(text[i] for i in seen)))
                spans.extend((seen[s], seen[e - 1] + 1, t) for s, e, t in spans_from_labels(labels))
            else:
                spans.extend(spans_from_labels(tagger.tag(features(text[start:end])), start))
    return spans


# ---------------------------------------------------------------------------------------
# Mentions for ``kg extract --ner crf|both``

#: The kg mention type of each CRF label. LOC becomes ``place``, not ``district``: a kg
#: district is a division of ``divisions.csv`` with a parent, while the CRF's places are
#: also countries, foreign cities, rivers, streets and regions (美国, 长江, 中东).
MENTION_TYPES = {"PER": "person", "LOC": "place", "ORG": "organization"}


def mentions(text: str) -> list[dict[str, object]]:
    """The CRF's spans of ``text`` as mentions ``{"text", "type", "start", "end"}`` (offsets
    into ``text``), with ``"name"`` too when the span holds whitespace (the name without it)."""
    out: list[dict[str, object]] = []
    for start, end, label in tag(text):
        item: dict[str, object] = {"text": text[start:end], "type": MENTION_TYPES[label], "start": start, "end": end}
        name = "".join(text[start:end].split())
        if name != item["text"]:
            item["name"] = name
        out.append(item)
    return out


def merge(rules: list[dict[str, object]], extra: list[dict[str, object]]) -> list[dict[str, object]]:
    """The rules' mentions, plus every mention of ``extra`` (the CRF's) that overlaps none of
    them; ordered by start, then end, the rules' own order kept among equal offsets."""
    taken = sorted((int(m["start"]), int(m["end"])) for m in rules)  # type: ignore[call-overload]
    starts = [s for s, _ in taken]
    reach: list[int] = []  # reach[i]: the furthest end among the first i + 1 rule spans
    for _, end in taken:
        reach.append(max(end, reach[-1]) if reach else end)
    out = list(rules)
    for mention in extra:
        start, end = int(mention["start"]), int(mention["end"])  # type: ignore[call-overload]
        i = bisect.bisect_left(starts, end) - 1  # the rule spans that start before ``end``
        if i < 0 or reach[i] <= start:
            out.append(mention)
    return sorted(out, key=lambda m: (m["start"], m["end"]))  # type: ignore[arg-type,return-value]
