"""Repair the print layout of a page of extracted newspaper text.

What the seeds show and what is done about it:

* characters: known OCR confusions are fixed (深人 -> 深入, ``ocr_fixes.tsv``),
  full-width letters and digits become ASCII, half-width ``, ; : ( ) ! ?``
  touching Chinese become full-width, straight double quotes become “ ” pairs,
  zero-width characters and U+FFFD are dropped, markdown ``#`` heading marks are
  read as headline marks and dropped;
* spaces: a space between two Chinese characters is an artifact in body text
  (``依 据 和 参 考``, ``运 营机制``) and is removed, but kept in headlines
  (``金水区： 精准监督``) and in bylines (``记者 刘伟平 朱翔宇``);
* lines: lines are joined back into paragraphs while the paragraph is open (its
  last line does not end a sentence), across blank lines too (``体系\\n\\n建设``);
  headlines are the short unpunctuated lines whose chain ends at a ``本报讯`` lead.

Every clean character remembers its index in the original text.

Characters and spaces are settled again on each assembled paragraph (joining lines
and removing spaces bring new neighbours together), so repairing the clean text
again changes nothing, except where the clean text cannot show what was decided:
a markdown heading has lost its ``#`` and a subhead its narrow column, so a second
pass may join either to the following line.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from kg.lexicon import load_lexicon
from kg.model import Block, CleanDocument, Document
from kg.text import CLOSERS, SENTENCE_END, is_cjk, is_cjk_punct

_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\ufffd", "\u00ad"}
_SPACES = {" ", "\t", "\u3000", "\u00a0"}
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
_CANNOT_START = ("是", "的", "了", "着", "地", "得", "和", "与", "及", "或", "而", "但", "并", "也", "都", "就", "还", "等", "之", "所", "其", "相关", "约")

LEAD_RE = re.compile(r"^本报(?:讯|记者|通讯员)")
_ROLE = r"(?:(?:郑报全媒体|全媒体|见习|特约)?记者|通讯员)"
BYLINE_RE = re.compile(
    rf"^{_ROLE}\s*[\u4e00-\u9fff]{{2,4}}(?:\s*(?:{_ROLE}\s*)?[\u4e00-\u9fff]{{2,4}})*(?:\s+文/图|\s*摄|\s+图)?$"
)
BYLINE_ZONE_RE = re.compile(r"(?:记者|通讯员)[^。，）)\n]{0,40}")
HEADING_MARK_RE = re.compile(r"^(?:#{1,6}\s+)+")


@dataclass
class _Line:
    chars: list[str] = field(default_factory=list)
    origin: list[int] = field(default_factory=list)
    heading: bool = False

    @property
    def text(self) -> str:
        return "".join(self.chars)


def _normalise_char(ch: str) -> str:
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if ch in ("\uff05", "\uff0e", "\uff0b", "\uff0f"):  # ％ ． ＋ ／
        return chr(code - 0xFEE0)
    return ch


def _fix_ocr(line: _Line, fixes: dict[str, str]) -> None:
    text = line.text
    for wrong, right in fixes.items():
        start = text.find(wrong)
        while start >= 0:
            line.chars[start : start + len(wrong)] = list(right)
            start = text.find(wrong, start + len(wrong))


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = [_Line()]
    for index, ch in enumerate(text):
        if ch == "\n":
            lines.append(_Line())
        elif ch not in _DROP:
            lines[-1].chars.append(_normalise_char(ch))
            lines[-1].origin.append(index)
    return lines


def _strip(line: _Line) -> None:
    while line.chars and line.chars[0] in _SPACES:
        del line.chars[0], line.origin[0]
    while line.chars and line.chars[-1] in _SPACES:
        line.chars.pop(), line.origin.pop()
    match = HEADING_MARK_RE.match(line.text)
    if match:
        line.heading = True
        del line.chars[: match.end()], line.origin[: match.end()]


def _is_han_or_punct(ch: str) -> bool:
    # ``"" in CJK_PUNCT`` is true, so the line edges must be excluded explicitly
    return bool(ch) and (is_cjk(ch) or is_cjk_punct(ch))


def _curl_quotes(line: _Line) -> None:
    open_quote = True
    for i, ch in enumerate(line.chars):
        if ch == '"':
            line.chars[i] = "“" if open_quote else "”"
            open_quote = not open_quote


def _widens(ch: str, prev: str, nxt: str) -> bool:
    """Should the half-width mark ``ch`` between ``prev`` and ``nxt`` become full-width?"""
    if ch not in _HALF_TO_FULL or (ch in ",:" and prev.isdigit() and nxt.isdigit()):
        return False
    return _is_han_or_punct(prev) or _is_han_or_punct(nxt)


def _widen_punctuation(chars: list[str]) -> None:
    """Widen half-width ``, ; : ( ) ! ?`` touching Chinese or full-width punctuation.

    Widening one mark can make its half-width neighbour touch full-width punctuation
    (``a,(京`` -> ``a,（京`` -> ``a，（京``), so the neighbours of a widened mark are
    looked at again until nothing changes.
    """
    pending = [i for i in range(len(chars) - 1, -1, -1) if chars[i] in _HALF_TO_FULL]
    while pending:
        i = pending.pop()
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if _widens(chars[i], prev, nxt):
            chars[i] = _HALF_TO_FULL[chars[i]]
            pending.extend(k for k in (i - 1, i + 1) if 0 <= k < len(chars) and chars[k] in _HALF_TO_FULL)


def _letter_spaced(chars: list[str], i: int, j: int) -> bool:
    """True when the space run chars[i:j] sits in a run like ``依 据 和``."""
    left_single = i >= 2 and chars[i - 2] in _SPACES
    right_single = j + 1 < len(chars) and chars[j + 1] in _SPACES
    return left_single or right_single


def _space_goes(left: str, right: str, body: bool, letter_spaced: bool) -> bool:
    """Is an unprotected space run between ``left`` and ``right`` a layout artifact?"""
    if is_cjk_punct(left) or is_cjk_punct(right):
        return body or right in "，。、；：！？）”"
    if is_cjk(left) and is_cjk(right):
        return body or letter_spaced
    return body and ((is_cjk(left) and right.isdigit()) or (left.isdigit() and is_cjk(right)))


def _protected(text: str) -> list[bool]:
    """Characters inside byline zones (``记者 刘伟平 朱翔宇``), whose spaces are kept."""
    protected = [False] * len(text)
    for match in BYLINE_ZONE_RE.finditer(text):
        for k in range(match.start(), match.end()):
            protected[k] = True
    return protected


def _remove_spaces(line: _Line, body: bool) -> None:
    chars, origin = line.chars, line.origin
    protected = _protected(line.text)
    keep = [True] * len(chars)
    i = 0
    while i < len(chars):
        if chars[i] not in _SPACES:
            i += 1
            continue
        j = i
        while j < len(chars) and chars[j] in _SPACES:
            j += 1
        left = chars[i - 1] if i else ""
        right = chars[j] if j < len(chars) else ""
        remove = not protected[i] and _space_goes(left, right, body, _letter_spaced(chars, i, j))
        for k in range(i, j):
            keep[k] = not remove
        if not remove and j - i > 1:
            for k in range(i + 1, j):
                keep[k] = False
        i = j
    line.chars = [c for c, k in zip(chars, keep) if k]
    line.origin = [o for o, k in zip(origin, keep) if k]


def _is_terminal(text: str) -> bool:
    text = text.rstrip()
    if not text:
        return False
    if text[-1] in SENTENCE_END:
        return True
    return len(text) >= 2 and text[-1] in CLOSERS and text[-2] in SENTENCE_END


def _has_body_punct(text: str) -> bool:
    return any(p in text for p in "。；！？") or text.count("，") + text.count(",") > 1


def _is_bare_names(text: str, surnames: frozenset[str]) -> bool:
    parts = text.split()
    if len(parts) < 2 or len(parts) > 4:
        return False
    for part in parts:
        if not (2 <= len(part) <= 3 and all(is_cjk(c) for c in part)):
            return False
        if part[0] not in surnames and part[:2] not in surnames:
            return False
    return True


def _classify(lines: list[_Line], surnames: frozenset[str]) -> list[str]:
    """Give each non-empty line a provisional kind: lead, byline, candidate, text."""
    kinds: list[str] = []
    for line in lines:
        text = line.text
        if not text:
            kinds.append("blank")
        elif line.heading:
            kinds.append("heading")
        elif LEAD_RE.match(text):
            kinds.append("lead")
        elif BYLINE_RE.match(text) or _is_bare_names(text, surnames):
            kinds.append("byline")
        elif len(text) <= 40 and not _is_terminal(text) and not _has_body_punct(text):
            kinds.append("candidate")
        else:
            kinds.append("text")
    return kinds


def _chains_to_lead(kinds: list[str]) -> list[bool]:
    """Candidate lines whose following non-blank lines are candidates up to a lead."""
    result = [False] * len(kinds)
    following_ok = False  # does the next non-blank line start a headline chain?
    for i in range(len(kinds) - 1, -1, -1):
        kind = kinds[i]
        if kind == "blank":
            continue
        if kind in ("lead", "heading"):
            following_ok = kind == "lead" or following_ok
            if kind == "heading":
                result[i] = True
                following_ok = True
            continue
        if kind == "candidate" and following_ok:
            result[i] = True
            following_ok = True
        else:
            following_ok = False
    return result


def repair(doc: Document) -> CleanDocument:
    """Return the layout-repaired text of ``doc`` with its offset map and blocks."""
    lexicon = load_lexicon()
    lines = _split_lines(doc.text)
    for line in lines:
        _strip(line)
        _curl_quotes(line)
        _widen_punctuation(line.chars)
        _fix_ocr(line, lexicon.ocr_fixes)
    pre_kinds = _classify(lines, lexicon.surnames)
    for line, kind in zip(lines, pre_kinds):
        _remove_spaces(line, body=kind in ("text", "lead"))
    kinds = _classify(lines, lexicon.surnames)
    in_chain = _chains_to_lead(kinds)
    text_lengths = [len(line.text) for line, kind in zip(lines, kinds) if kind == "text"]
    column_layout = bool(text_lengths) and statistics.median(text_lengths) < 40

    blocks: list[tuple[str, list[_Line]]] = []
    open_block = False
    nonblank = [i for i, k in enumerate(kinds) if k != "blank"]
    for position, i in enumerate(nonblank):
        line, kind = lines[i], kinds[i]
        nxt = lines[nonblank[position + 1]].text if position + 1 < len(nonblank) else ""
        if kind == "heading" or (kind == "candidate" and in_chain[i]):
            block_kind = "headline"
        elif kind in ("lead", "byline"):
            block_kind = kind
        elif open_block:
            block_kind = "continue"
        elif kind == "candidate" and _is_subhead(line.text, nxt, column_layout):
            block_kind = "subhead"
        else:
            block_kind = "text"
        if block_kind == "continue":
            blocks[-1][1].append(line)
        else:
            blocks.append((block_kind, [line]))
        open_block = block_kind in _BODY_BLOCKS and not _is_terminal(line.text)
    return _assemble(doc, blocks, lexicon.ocr_fixes)


def _is_subhead(text: str, following: str, column_layout: bool) -> bool:
    if not following or following.startswith(_CANNOT_START) or text.startswith(("“", "‘", "《")):
        return False
    if column_layout:
        return not any(p in text for p in "，、：；,") and len(text) <= len(following) - 2
    return " " in text or "，" in text


_BODY_BLOCKS = ("lead", "text", "continue")


def _settle(chars: list[str], origin: list[int], body: bool) -> tuple[list[str], list[int]]:
    """Widen punctuation and remove spaces again on an assembled block, until stable.

    Lines were cleaned one by one, but joining them and removing spaces bring new
    neighbours together (``京\n!`` -> ``京！``), and a short unpunctuated line that
    ended up inside a paragraph was cleaned as a possible headline (``京 京`` keeps
    its space); the block is body text or not as a whole. Repeating until nothing
    changes makes repairing the clean text again a no-op.
    """
    while True:
        settled = _settle_once(chars, origin, body)
        if settled[0] == chars:
            return chars, origin
        chars, origin = settled


def _settle_once(chars: list[str], origin: list[int], body: bool) -> tuple[list[str], list[int]]:
    """One round of :func:`_settle`, linear even on chains like ``，, , , ,``.

    Widening a mark can make a space next to it removable, and removing a space can
    make the marks it separated touch, and so on along the chain; a worklist over the
    tokens (single characters and space runs) follows such chains in one round.
    """
    chars = list(chars)
    _widen_punctuation(chars)
    starts: list[int] = []  # token -> index of its first character
    runs: list[bool] = []  # token -> is it a run of spaces?
    for i, ch in enumerate(chars):
        if ch not in _SPACES or not i or chars[i - 1] not in _SPACES:
            starts.append(i)
            runs.append(ch in _SPACES)
    count = len(starts)
    prev = list(range(-1, count - 1))
    nxt = [*range(1, count), -1]
    protected = _protected("".join(chars))

    def char(token: int) -> str:
        return "" if token < 0 else " " if runs[token] else chars[starts[token]]

    def letter_spaced(token: int) -> bool:
        left, right = prev[token], nxt[token]
        return (left >= 0 and prev[left] >= 0 and runs[prev[left]]) or (right >= 0 and nxt[right] >= 0 and runs[nxt[right]])

    def goes(token: int) -> bool:
        left, right = char(prev[token]), char(nxt[token])
        return not protected[starts[token]] and _space_goes(left, right, body, letter_spaced(token))

    removed = [False] * count

    def remove(token: int) -> None:
        removed[token] = True
        left, right = prev[token], nxt[token]
        if left >= 0:
            nxt[left] = right
        if right >= 0:
            prev[right] = left

    # first every run is judged on the same text, as in _remove_spaces (letter spacing
    # looks at the neighbouring runs), then the chains are followed
    first = [t for t in range(count) if runs[t] and goes(t)]
    pending: list[int] = []
    for token in first:
        remove(token)
        pending.extend((prev[token], nxt[token]))
    while pending:
        token = pending.pop()
        if token < 0 or removed[token]:
            continue
        if runs[token]:
            if goes(token):
                remove(token)
                pending.extend((prev[token], nxt[token]))
        elif _widens(chars[starts[token]], char(prev[token]), char(nxt[token])):
            chars[starts[token]] = _HALF_TO_FULL[chars[starts[token]]]
            pending.extend((prev[token], nxt[token]))

    out_chars: list[str] = []
    out_origin: list[int] = []
    for token in range(count):
        if not removed[token]:  # a kept run shrinks to its first space
            out_chars.append(chars[starts[token]])
            out_origin.append(origin[starts[token]])
    return out_chars, out_origin


def _assemble(doc: Document, blocks: list[tuple[str, list[_Line]]], ocr_fixes: dict[str, str]) -> CleanDocument:
    chars: list[str] = []
    origin: list[int] = []
    spans: list[Block] = []
    for kind, block_lines in blocks:
        if chars:
            chars.append("\n")
            origin.append(block_lines[0].origin[0] - 1 if block_lines[0].origin else len(doc.text))
        start = len(chars)
        for n, line in enumerate(block_lines):
            if n and chars and line.chars and chars[-1].isascii() and chars[-1].isalnum() and line.chars[0].isascii() and line.chars[0].isalnum():
                chars.append(" ")
                origin.append(line.origin[0] - 1)
            chars.extend(line.chars)
            origin.extend(line.origin)
        block = _Line(*_settle(chars[start:], origin[start:], body=kind in _BODY_BLOCKS))
        _fix_ocr(block, ocr_fixes)  # again: joined lines and removed spaces make new pairs (深\n人, 深 人)
        chars[start:], origin[start:] = block.chars, block.origin
        spans.append(Block(kind if kind != "continue" else "text", start, len(chars)))
    origin.append(len(doc.text))
    return CleanDocument(path=doc.path, text="".join(chars), offsets=tuple(origin), original=doc.text, blocks=tuple(spans))
