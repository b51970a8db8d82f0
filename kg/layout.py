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

How it is made fast (the output is that of the character-by-character version it
replaced): text is handled as whole strings with regular expressions, ``in`` and
slices, not with Python loops over characters (but for the rare chains of
:func:`_settle_chain`); the offset map travels as pieces (ranges of the page) that
are cut with slices and expanded only into the final tuple. Character rules that
cannot see past a line break (dropping, full-width forms, quotes, widening, OCR
fixes) run once over the whole page; the rules that depend on a line's kind run per
line, and most space runs are judged by a pattern rather than one by one. A block
whose single line was left as it was needs no settling again.
"""

from __future__ import annotations

import functools
import re
import statistics
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

from kg.extract.words import cut, is_word
from kg.lexicon import load_lexicon
from kg.model import Block, CleanDocument, Document
from kg.segment import trailing_byline
from kg.text import (
    AMOUNT_RE,
    CJK_CLASS,
    CJK_PUNCT,
    CLOSERS,
    ITEM_BULLETS,
    MEDIUM_RE,
    NAME_ROW_RE,
    PROFILE_RE,
    ROW_NUMBER,
    SENTENCE_END,
    is_cjk,
    is_cjk_punct,
)

_DROP = "\u200b\u200c\u200d\u2060\ufeff\ufffd\u00ad"
_SPACES = " \t\u3000\u00a0"
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
_CLOSING = "，。、；：！？）”"  # marks before which a space goes even outside body text
_CANNOT_START = (
    "是",
    "的",
    "了",
    "着",
    "地",
    "得",
    "和",
    "与",
    "及",
    "或",
    "而",
    "但",
    "并",
    "也",
    "都",
    "就",
    "还",
    "等",
    "之",
    "所",
    "其",
    "相关",
    "约",
)

# how a story's lead opens: 本报讯, or news relayed from a body (据商水县纪委监委消息：)
LEAD_RE = re.compile(
    r"^本报(?:讯|记者|通讯员|[\u4e00-\u9fff]{0,8}?[0-9]{1,2}月[0-9]{1,2}日(?:电|讯))"  # 本报洋浦9月25日电
    r"|^据[\u4e00-\u9fff]{2,20}(?:消息|通报)[：:，,]"
)
_ROLE = r"(?:(?:郑报全媒体|全媒体|见习|特约)?记者|通讯员)"
_BYLINE_NAME = r"[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}"  # 李 晓光: a stray space of the layout
BYLINE_RE = re.compile(rf"^{_ROLE}\s*{_BYLINE_NAME}(?:\s*(?:{_ROLE}\s*)?{_BYLINE_NAME})*(?:\s+文/图|\s*摄|\s+图)?$")
_ROLE_INITIALS = "郑全见特记通"  # first characters of the words of _ROLE
# what str.split() cuts into 2-4 parts of 2-3 Chinese characters (\s is str.isspace)
_BARE_NAMES_RE = re.compile(rf"\s*[{CJK_CLASS}]{{2,3}}(?:\s+[{CJK_CLASS}]{{2,3}}){{1,3}}\s*")
BYLINE_ZONE_RE = re.compile(r"(?:记者|通讯员)[^。，）)\n]{0,40}")
HEADING_MARK_RE = re.compile(r"^(?:#{1,6}\s+)+")


def _full_width_table() -> dict[int, int]:
    """``str.translate`` table making full-width digits, letters and ``％ ． ＋ ／`` ASCII."""
    table: dict[int, int] = {}
    for first, last in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)):
        table.update({code: code - 0xFEE0 for code in range(first, last + 1)})
    table.update({ord(ch): ord(ch) - 0xFEE0 for ch in "\uff05\uff0e\uff0b\uff0f"})
    return table


# Patterns that are searched for start with a plain character class (``[x][x]*``
# rather than ``[x]+``): only then does ``re`` skip quickly to where a match can start.
# Even so a class costs ``re`` several nanoseconds a character, where ``in`` looks for
# one character at memchr speed, so texts are first checked with ``in`` where it helps.
_FULL_WIDTH = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0b\uff0f"
_FULL_WIDTH_TABLE = _full_width_table()
_FULL_WIDTH_RE = re.compile(f"[{_FULL_WIDTH}][{_FULL_WIDTH}]*")
_WIDE_TABLE = str.maketrans(_HALF_TO_FULL)
_DROP_RE = re.compile(f"[{_DROP}][{_DROP}]*")
_ODD_RE = re.compile(f"[{_DROP}{_FULL_WIDTH}]")
_SPACE_RUN_RE = re.compile(f"[{_SPACES}][{_SPACES}]*")
_ASCII_SPACE_RUN_RE = re.compile("  *")  # the runs of a text whose only space is " "
_LONG_SPACE_RUN_RE = re.compile(f"[{_SPACES}][{_SPACES}][{_SPACES}]*")
_QUOTE_PAIR_RE = re.compile(r'"([^"\n]*)"')
# a mark only body text has (。；！？), or a second comma
_BODY_PUNCT_RE = re.compile("[。；！？，,](?:(?<=[。；！？])|.*[，,])")

# A run of half-width marks widens as a whole when it touches a Chinese character or
# full-width mark on either side (see _widen). A mark between two digits (1,000) never
# touches one, and no character is both a digit and Chinese, so it needs no rule of its
# own. Every branch starts with a mark, so ``re`` skips quickly from mark to mark, and
# only the first mark of a run can start a match, so a long run takes linear time.
_MARKS = re.escape("".join(_HALF_TO_FULL))
_HAN_OR_PUNCT = f"{CJK_CLASS}{re.escape(CJK_PUNCT)}"
_WIDEN_RE = re.compile(
    f"([{_MARKS}](?:(?<=[{_HAN_OR_PUNCT}][{_MARKS}])[{_MARKS}]*|(?<![{_MARKS}][{_MARKS}])[{_MARKS}]*(?=[{_HAN_OR_PUNCT}])))"
)

# Most space runs are judged by these two patterns instead of one by one (see
# _space_cuts): a run that may stay in body text (it touches no Chinese punctuation and
# is not between Chinese characters or between one and a digit), and a run that may go
# outside body text (before a closing mark, at the end, or in letter spacing). ``\d``
# is narrower than str.isdigit, so an unusual digit (②, ³) counts as "other": that only
# sends its text to the exact rules. Only the first space of a run can start a match.
_S, _P, _C = _SPACES, re.escape(CJK_PUNCT), CJK_CLASS
_MAY_STAY_IN_BODY_RE = re.compile(
    f"[{_S}](?:(?<=[{_C}][{_S}])[{_S}]*(?=[^{_P}{_C}\\d{_S}])"
    f"|(?<=\\d[{_S}])[{_S}]*(?=[^{_P}{_C}{_S}])"
    f"|(?<=[^{_P}{_C}\\d{_S}][{_S}])[{_S}]*(?=[^{_P}{_S}]))"
)
_MAY_GO_OUTSIDE_BODY_RE = re.compile(
    f"[{_S}](?:(?<![{_S}][{_S}])[{_S}]*(?:(?=[{re.escape(_CLOSING)}])|\\Z)"
    f"|(?<=[{_S}][{_C}][{_S}])[{_S}]*(?=[{_C}])"
    f"|(?<=[{_C}][{_S}])[{_S}]*(?=[{_C}][{_S}]))"
)
_SPACE_BY_MARK_RE = re.compile(f"[{_MARKS}][{_S}]|[{_S}][{_MARKS}]")

Origin = Sequence[int]  # the original index of each character of a text
Pieces = list[Origin]  # an Origin in pieces (ranges mostly), joined only at the very end


@dataclass(slots=True)
class _Line:
    """A non-blank line: its text and where that text sits in the page's offset map.

    ``pieces`` is filled only once characters are cut out of the line; until then the
    line's offsets are ``page[begin : begin + len(text)]``.
    """

    text: str
    begin: int
    heading: bool = False
    kind: str = ""
    terminal: bool = False  # does it end a sentence?
    table: bool = False  # a row of a table, its cells set apart by runs of spaces
    pieces: Pieces | None = None
    gap: int = 0  # blank lines right above it
    caption: bool = False  # the story of a photo's caption, under its kicker

    def offsets(self, page: Origin) -> Pieces:
        return self.pieces if self.pieces is not None else [page[self.begin : self.begin + len(self.text)]]

    def first_offset(self, page: Origin) -> int:
        return self.pieces[0][0] if self.pieces is not None else page[self.begin]


# --- characters -----------------------------------------------------------------


# a half-width full stop after Chinese text (闭幕.大会执行主席), not after an outline number
# (一.指导思想) nor in a number, a web address or an ellipsis (3.5亿, No.1, ...)
_PERIOD_RE = re.compile(f"(?<=[{CJK_CLASS}”’）])(?<![一二三四五六七八九十])\\.(?![0-9A-Za-z.])")


def _widen(text: str) -> str:
    """Widen half-width ``, ; : ( ) ! ?`` touching Chinese or full-width punctuation, and
    a full stop after Chinese text.

    Widening one mark can make its half-width neighbour touch full-width punctuation
    (``a,(京`` -> ``a,（京`` -> ``a，（京``), so a run of marks widens as a whole as soon
    as one of its ends touches such a character.
    """
    if "." in text:
        text = _PERIOD_RE.sub("。", text)
    if not _has_mark(text):
        return text
    parts = _WIDEN_RE.split(text)
    if len(parts) == 1:
        return text
    parts[1::2] = [run.translate(_WIDE_TABLE) for run in parts[1::2]]
    return "".join(parts)


def _has_mark(text: str) -> bool:
    """Has ``text`` a half-width mark that could be widened? (the keys of _HALF_TO_FULL)"""
    return "," in text or ";" in text or ":" in text or "(" in text or ")" in text or "!" in text or "?" in text


def _curl_quotes(text: str) -> str:
    """Straight double quotes become “ ” pairs, line by line; an unpaired last one opens."""
    if '"' not in text:
        return text
    return _QUOTE_PAIR_RE.sub("“\\1”", text).replace('"', "“")


def _normalise(text: str) -> tuple[str, Origin]:
    """Drop zero-width characters, make full-width forms ASCII, curl quotes, widen marks.

    None of these rules looks past a line break or depends on a line's edges, so they
    run on the whole page at once. Returns the text and the original index of each of
    its characters. (``str.translate`` is slow on Chinese text, so only the rare
    full-width forms are translated.)
    """
    origin: Origin = range(len(text))
    if not _ODD_RE.search(text):
        return _widen(_curl_quotes(text)), origin
    if _DROP_RE.search(text):
        origin = []
        cursor = 0
        for match in _DROP_RE.finditer(text):
            origin.extend(range(cursor, match.start()))
            cursor = match.end()
        origin.extend(range(cursor, len(text)))
        text = _DROP_RE.sub("", text)
    if _FULL_WIDTH_RE.search(text):
        text = _FULL_WIDTH_RE.sub(lambda m: m.group().translate(_FULL_WIDTH_TABLE), text)
    return _widen(_curl_quotes(text)), origin


def _cut(text: str, pieces: Pieces, spans: list[tuple[int, int]]) -> tuple[str, Pieces]:
    """``text`` and its offsets without the sorted, disjoint ``spans``.

    The offsets stay in pieces: cutting slices the ranges, no index is made one by one.
    """
    if not spans:
        return text, pieces
    keep: list[tuple[int, int]] = []
    cursor = 0
    for start, end in spans:
        if cursor < start:
            keep.append((cursor, start))
        cursor = end
    if cursor < len(text):
        keep.append((cursor, len(text)))
    if len(pieces) == 1:
        kept: Pieces = [pieces[0][start:end] for start, end in keep]
        return "".join([text[start:end] for start, end in keep]), kept
    kept = []
    piece_iter = iter(pieces)
    piece: Origin = ()
    piece_start = 0  # index in text of piece[0]
    for start, end in keep:
        while start < end:
            while piece_start + len(piece) <= start:
                piece_start += len(piece)
                piece = next(piece_iter)
            stop = min(end, piece_start + len(piece))
            kept.append(piece[start - piece_start : stop - piece_start])
            start = stop
    return "".join([text[start:end] for start, end in keep]), kept


@dataclass(frozen=True)
class _OcrFixer:
    """Applies the OCR fixes to a line as :func:`_fix_ocr_slowly` does, but fast.

    When no two wrong forms can overlap or contain one another (the case of the
    packaged table: 深人, 录人...), their occurrences are disjoint and one regular
    expression replaces them all at once. When moreover every character of the table
    is Chinese, no other rule applied to a line can make or break an occurrence, so
    the whole page can be fixed at once (``whole_page``).
    """

    fix: Callable[[str], str]
    whole_page: bool


@functools.lru_cache(maxsize=8)
def _ocr_fixer(fixes: tuple[tuple[str, str], ...]) -> _OcrFixer:
    if not fixes:
        return _OcrFixer(lambda text: text, True)
    if not _independent([wrong for wrong, _ in fixes]):
        return _OcrFixer(lambda text: _fix_ocr_slowly(text, fixes), False)
    table = dict(fixes)
    pattern = re.compile("|".join(map(re.escape, table)))

    def fix(text: str) -> str:
        return pattern.sub(lambda m: table[m.group()], text)

    return _OcrFixer(fix, all(is_cjk(ch) for pair in fixes for ch in "".join(pair)))


def _independent(words: list[str]) -> bool:
    """No occurrences of two of ``words`` (or of one word twice) can overlap in a text."""
    for a in words:
        if not a:
            return False
        for b in words:
            if a != b and b in a:
                return False
            if any(a.endswith(b[:k]) for k in range(1, min(len(a), len(b)))):
                return False
    return True


def _fix_ocr_slowly(text: str, fixes: tuple[tuple[str, str], ...]) -> str:
    """Every fix in turn, each looking for its wrong form in the text as it was at first."""
    chars = list(text)
    for wrong, right in fixes:
        start = text.find(wrong)
        while start >= 0:
            chars[start : start + len(wrong)] = list(right)
            start = text.find(wrong, start + len(wrong))
    return "".join(chars)


# --- spaces ---------------------------------------------------------------------


def _zones(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the byline zones (``记者 刘伟平 朱翔宇``), whose spaces are kept."""
    if "记者" not in text and "通讯员" not in text:
        return [], []
    spans = [m.span() for m in BYLINE_ZONE_RE.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def _in_zone(position: int, zones: tuple[list[int], list[int]]) -> bool:
    starts, ends = zones
    k = bisect_right(starts, position) - 1
    return k >= 0 and position < ends[k]


def _space_goes(left: str, right: str, body: bool, letter_spaced: bool) -> bool:
    """Is an unprotected space run between ``left`` and ``right`` a layout artifact?"""
    if is_cjk_punct(left) or is_cjk_punct(right):
        return body or right in _CLOSING
    if is_cjk(left) and is_cjk(right):
        return body or letter_spaced
    return body and ((is_cjk(left) and right.isdigit()) or (left.isdigit() and is_cjk(right)))


def _space_cuts(text: str, body: bool) -> tuple[list[tuple[int, int]], bool]:
    """Spans to cut so that artifact space runs go and every other run shrinks to one space.

    Also says whether a removed run touched a half-width mark, which :func:`_settle`
    must then follow along the chain. Most texts are settled by a pattern: in body
    text every run goes unless one may stay (or a byline zone protects it), outside
    body text every run stays unless one may go; the others are judged run by run.
    """
    if body:
        if "记者" not in text and "通讯员" not in text and not _MAY_STAY_IN_BODY_RE.search(text):
            cuts = [match.span() for match in _space_runs(text)]
            # …甲级民宿。（蓝天宇 华思琪）: the names of a closing byline stay apart
            if cuts and (names := _BARE_BYLINE_END_RE.search(text)) is not None:
                cuts = [cut for cut in cuts if not names.start() <= cut[0] < names.end()]
            return cuts, _has_mark(text) and _SPACE_BY_MARK_RE.search(text) is not None
    elif not _MAY_GO_OUTSIDE_BODY_RE.search(text):
        return [(match.start() + 1, match.end()) for match in _LONG_SPACE_RUN_RE.finditer(text)], False
    return _judge_space_runs(text, body)


# the bare names of a byline closing a story in brackets, two or more (（蓝天宇 华思琪）)
_BARE_BYLINE_END_RE = re.compile(f"(?<=[。！？”])[（(][{_C}]{{2,3}}(?:[{_S}]+[{_C}]{{2,3}}){{1,3}}[)）]$")


def _judge_space_runs(text: str, body: bool) -> tuple[list[tuple[int, int]], bool]:
    """:func:`_space_cuts` by the rules of :func:`_space_goes`, run by run.

    Every run is judged on the same text: between which characters it sits, whether
    it is in a byline zone, and whether it is letter spacing (``依 据 和``: a space
    two characters before or after it).
    """
    zones = _zones(text)
    size = len(text)
    cuts: list[tuple[int, int]] = []
    touches_mark = False
    for match in _space_runs(text):
        i, j = match.span()
        left = text[i - 1] if i else ""
        right = text[j] if j < size else ""
        letter_spaced = (i >= 2 and text[i - 2] in _SPACES) or (j + 1 < size and text[j + 1] in _SPACES)
        if not (zones[0] and _in_zone(i, zones)) and _space_goes(left, right, body, letter_spaced):
            cuts.append((i, j))
            touches_mark = touches_mark or left in _HALF_TO_FULL or right in _HALF_TO_FULL
        elif j - i > 1:
            cuts.append((i + 1, j))
    return cuts, touches_mark


def _space_runs(text: str) -> Iterator[re.Match[str]]:
    """The maximal runs of spaces of ``text``."""
    if "\u3000" in text or "\t" in text or "\u00a0" in text:
        return _SPACE_RUN_RE.finditer(text)
    return _ASCII_SPACE_RUN_RE.finditer(text)


def _remove_spaces(line: _Line, page: Origin, body: bool) -> bool:
    """Remove the artifact spaces of a line; True if its text changed."""
    cuts, _ = _space_cuts(line.text, body)
    if not cuts:
        return False
    line.text, line.pieces = _cut(line.text, line.offsets(page), cuts)
    return True


# --- lines ----------------------------------------------------------------------


def _split_lines(text: str, fix: Callable[[str], str] | None) -> list[_Line]:
    """The non-blank lines, stripped of edge spaces and of markdown heading marks.

    ``fix`` is the OCR fix of a line, or None when the page was fixed as a whole.
    """
    lines: list[_Line] = []
    start = 0
    blank = 0
    for raw in text.split("\n"):
        stripped = raw.strip(_SPACES)
        if not stripped:
            blank += 1
        else:
            begin = start + len(raw) - len(raw.lstrip(_SPACES))
            heading = False
            if stripped[0] == "#":
                match = HEADING_MARK_RE.match(stripped)
                if match:
                    heading = True
                    begin += match.end()
                    stripped = stripped[match.end() :]
            caption = CAPTION_RE.match(stripped) if stripped else None
            if caption is not None:  # 【调研项目】6月3日，…（本报记者 岳晗 摄）: a photo's story, its kicker a headline
                group = "kicker" if caption.group("kicker") else "bulleted"
                body = caption.start("body")
                lines.append(_Line(caption.group(group), begin + caption.start(group), heading, gap=blank))
                rest = stripped[body:]
                lines.append(_Line(fix(rest) if fix else rest, begin + body, heading, caption=True))
            elif stripped:
                lines.append(_Line(fix(stripped) if fix else stripped, begin, heading, gap=blank))
            blank = 0
        start += len(raw) + 1
    return lines


# a photo's caption on a page of pictures: a kicker in 【】 or after a bullet, then the story, then
# its credit (【调研项目】6月3日，…（本报记者 岳晗 摄）; ■建设正酣 6月4日，…（通讯员 付晓彤 摄）)
CAPTION_RE = re.compile(
    f"(?:【(?P<kicker>[^】{_SPACES}]{{2,12}})】|[■●◆▲](?P<bulleted>[^，。！？{_SPACES}]{{2,12}})[{_SPACES}]+)"
    f"[{_SPACES}]*(?P<body>[^{_SPACES}].{{20,}}[（(][^（）()]{{2,30}}摄[）)])$"
)
# the gap between two cells of a table row: two spaces or more, or one full-width space
_CELL_GAP_RE = re.compile(f"[{_SPACES}]{{2,}}|\u3000")
# a row as a repair writes it (1，冷链物流园项目，河南中冷…有限公司，睢阳区; 项目名称，签约企业，…):
# numbered or a header; no other line is read as a row, since a later repair could not tell it
# from a line of a column broken at a comma
# a row that starts a table: a number, or a header whose first cell names what the column holds
# (序号, 项目名称)
_READ_ROW_RE = re.compile(
    "^(?:(?:[0-9]{1,3}|序号|排名|[^，。！？]{0,6}名称)，(?:[^，。！？]+，)+|[^，。！？]{0,6}名称，)[^，。！？]+$"
)  # a header of two cells too (企业名称　　岗位数)
# a table's header of cells set apart by gaps, whose first names a column (授信银行　　企业名称　　授信金额):
# another cell names one too
_HEADER_ROW_RE = re.compile(
    "^[^，。！？]{0,6}(?:单位|银行|企业)，(?:[^，。！？]+，)*[^，。！？]*(?:名称|金额|额度|地点|时间|数量)[^，。！？]*$"
)


# a row under a row, unnumbered (华锐光电智能终端产业园项目，华锐光电（郑州）有限公司，45，一期投产)
_ROW_UNDER_ROW_RE = re.compile("^[^，。！？]+，(?:[^，。！？]+，)*[^，。！？]+$")


def _gaps_of_a_row(line: _Line, after_row: int = 0) -> int:
    """How many cell gaps make a line a table row: two for body text and for a line that
    opens a row (1　…, 序号　…), three for a possible headline (抢抓机遇促发展  凝心聚力
    谱新篇  奋力谱写新篇章 has two)."""
    opens = line.text[:1].isdigit() or line.text.startswith("序号") or _HEADER_START_RE.match(line.text) is not None
    if after_row:
        return max(after_row - 1, 1)  # under a row: as many cells as it has
    if _HEADER_START_RE.match(line.text) is not None:
        return 1  # a header whose first cell names a column (企业名称　　岗位数): two cells are a table
    return 2 if line.kind == "text" or opens else 3


# the first cell of a table's header that names what its column holds (授信银行　　企业名称　　…)
_HEADER_START_RE = re.compile(f"^[^，。！？{_SPACES}]{{0,6}}(?:名称|单位|银行|企业)[{_SPACES}]")


AMOUNT_ROWS = 2  # rows of an unnumbered table of investments on a page, at least


def _amount_rows(lines: list[_Line]) -> set[int]:
    """The ids of the lines that are rows of a table with neither numbers nor header, whose
    last cell is an amount (年产10万吨…项目　江苏恒茂纺织科技有限公司　18.5亿元): when the page has
    :data:`AMOUNT_ROWS` of them or more, with as many cells."""
    by_cells: dict[int, list[_Line]] = {}
    headers: dict[int, list[_Line]] = {}  # a header right above a row of figures, by its cells
    above: _Line | None = None
    for line in lines:
        cells = _CELL_GAP_RE.split(line.text)
        if (
            len(cells) >= 3
            and all(cells)
            and not any(mark in line.text for mark in "。！？，,")
            and (AMOUNT_RE.fullmatch(cells[-1]) or all(_FIGURE_RE.fullmatch(cell) for cell in cells[-2:]))
        ):
            by_cells.setdefault(len(cells), []).append(line)
            if above is not None and len(_CELL_GAP_RE.split(above.text)) == len(cells):
                headers.setdefault(len(cells), []).append(above)
        above = line
    return {
        id(line)
        for count, rows in by_cells.items()
        if len(rows) >= AMOUNT_ROWS
        for line in [*rows, *headers.get(count, ())]
    }


# a cell of figures (6.1, 62.2%, 1200): rows of such cells are a table (乡镇　种植面积　已收　进度 /
# 八里营镇　9.8　6.1　62.2%)
_FIGURE_RE = re.compile("[0-9]+(?:[.][0-9]+)?%?")


def _read_columns(line: _Line, page: Origin, gaps: int, after_row: int = 0, known: bool = False) -> bool:
    """A table row (项目名称　　签约企业　　投资额: ``gaps`` cell gaps at least, no full stop):
    each gap becomes one ，, so that no name runs on into the next cell, and the row is a
    sentence of its own. A row read so by an earlier repair is one too. Under a row of
    ``after_row`` cells, a row of as many need not be numbered; a ``known`` row (of
    :func:`_amount_rows`) need be neither. Whether the line is one."""
    if _READ_ROW_RE.match(line.text):
        line.table = True
        return True
    if any(mark in line.text for mark in "。！？") or len(_CELL_GAP_RE.findall(line.text)) < gaps:
        return False
    if any(not any(ch.isalnum() for ch in cell) for cell in _CELL_GAP_RE.split(line.text.strip(_SPACES))):
        return False  # 京　,　京: a mark between gaps is no cell (nor, once its space is gone, a row)
    runs = [(m.start(), m.end()) for m in _CELL_GAP_RE.finditer(line.text)]
    row, pieces = _gaps_marked(line.text, line.offsets(page), runs, ["，"] * len(runs))
    if not (
        known
        or _READ_ROW_RE.match(row)
        or _HEADER_ROW_RE.match(row)
        or (after_row and _ROW_UNDER_ROW_RE.match(row) and row.count("，") + 1 == after_row)
    ):
        return False  # under a row, a row has as many cells (not the next story's headline)
    line.text, line.pieces, line.table = row, pieces, True
    return True


LIST_ROWS = 3  # rows of a list of people, one under the other, at least (a headline NAME　… is one)


def _lists_of_people(lines: list[_Line], surnames: frozenset[str]) -> set[int]:
    """The ids of the lines that are rows of a list of people: runs of at least
    :data:`LIST_ROWS` lines in a row, each a name with a surname and what it is."""
    rows: set[int] = set()
    run: list[_Line] = []
    for line in [*lines, None]:
        found = line is not None and _name_row(line.text, surnames) is not None
        if found and not line.gap > 1:
            run.append(line)
            continue
        if len(run) >= LIST_ROWS:
            rows.update(id(row) for row in run)
        run = [line] if found else []
    return rows


# a row of a list of people with what each is in brackets (丁启航（许昌恒盛电气设备有限公司董事长）,
# 柴 翊（…）, 苏沁禾（女，…）)
BRACKETED_NAME_ROW_RE = re.compile(
    "^([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})[（(]((?:[男女][，,])?[\u4e00-\u9fff][^（）()。]{3,40})[）)]$"
)


def _name_row(text: str, surnames: frozenset[str]) -> re.Match[str] | None:
    """``text`` as a row of a list of people (a name with a surname, then what it is), or None."""
    found = NAME_ROW_RE.match(text) or BRACKETED_NAME_ROW_RE.match(text)
    if found is None:
        return None
    name = found.group(1)
    if found.re is BRACKETED_NAME_ROW_RE:
        name = _SPACE_RUN_RE.sub("", name)  # 柴 翊: one name spaced out
        if len(name) == 4 and name[:2] not in surnames:
            return None  # four characters: a compound surname's name only (司马启航)
    return found if _surnamed(name, surnames) and not is_word(name) else None


def _read_name_row(line: _Line, page: Origin, surnames: frozenset[str]) -> bool:
    """A row of a list of people, the name first (丁书亮　舞钢市青石岭乡党委书记, 许国强丨…所长,
    丁启航（…董事长）): the gap or bracket becomes one ，, and the row is a sentence of its own.
    Whether the line is one."""
    found = _name_row(line.text, surnames)
    if found is None:
        return False
    runs, marks = [(found.end(1), found.start(2))], ["，"]
    if found.re is BRACKETED_NAME_ROW_RE:
        name_start = found.start(1)
        spaces = [(name_start + m.start(), name_start + m.end()) for m in _SPACE_RUN_RE.finditer(found.group(1))]
        runs, marks = [*spaces, *runs, (found.end(2), found.end())], [*([""] * len(spaces)), *marks, ""]
    text, pieces = _gaps_marked(line.text, line.offsets(page), runs, marks)
    line.text, line.pieces, line.table = text, pieces, True
    return True


def _surnamed(text: str, surnames: frozenset[str]) -> bool:
    """Do all the words of ``text`` start with a known surname?"""
    return all(part[0] in surnames or part[:2] in surnames for part in text.split())


# the page's own lines: the paper's name, the date, the page number and section, the editors
# (郑州日报 2024年6月28日 星期五 07; A03 要闻 责编 李冬梅; 第02版 要闻·政协; a date alone, but not a
# sentence a column broke after its date: 于|2025年4月13日在南阳市中|心医院逝世)
MASTHEAD_RE = re.compile(
    r"^\S{2,8}(?:日报|晚报|时报|商报)(?:农村版|社区版)?(?:\s|$)|^\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})(?=\s|星期|农历|$)"
    r"|星期[一二三四五六日天]|第\s?[A-Z]?\d{1,3}\s?版|^[A-Z]\d{1,2}\s|责编|美编|^[─━—=_*·•\-\s]{4,}$"
)


# a subheadline that lists (选举产生县人大常委会、县人民政府领导人员和…、县人民检察院检察长), or a
# notice's title (鹤壁市公安局交通管理支队关于淇滨区九州路部分路段实行交通管制的通告)
LONG_SUBHEADLINE = 64
NOTICE_TITLE_RE = re.compile("[^，。；！？]{2,30}关于[^，。；！？]{2,40}的(?:通告|公告|通知|决定|公示|意见)")


def _classify(line: _Line, surnames: frozenset[str]) -> None:
    """Set whether a non-blank line ends a sentence, and its provisional kind.

    The kind is heading, lead, byline, candidate (for a headline) or text.
    """
    text = line.text
    end = text.rstrip()  # does it end a sentence (。 or 。”)?
    line.terminal = bool(end) and (
        end[-1] in SENTENCE_END
        or (len(end) >= 2 and end[-1] in CLOSERS and end[-2] in SENTENCE_END)
        or (end[-1] in BLOTS and len(end) > 20)  # …实现通水■: a full stop the scan lost
        or PHOTO_CREDIT_RE.search(end) is not None  # 图为签约现场。 记者 戈雅琪 摄: a caption ends here
    )
    first = text[0]  # the lead and byline patterns can only match after these
    if first in BYLINE_MARKS and len(text) > 1 and (BYLINE_RE.match(text[1:]) or BYLINE_RE.match(text[3:])):
        line.kind, line.terminal = "byline", False  # □通讯员 郝佳琪 姜敏, □本报记者 X: a byline line
    elif line.table or (first in "（(" and CREDIT_RE.fullmatch(text)):
        # a row is a record of its own; （县农业农村局提供） closes the table or figure above it
        line.kind, line.terminal = "text", True
    elif line.heading:
        line.kind = "heading"
    elif len(text) <= 60 and not line.terminal and MASTHEAD_RE.search(text) and not _BODY_PUNCT_RE.search(text):
        line.kind = "masthead"
    elif first in "本据" and LEAD_RE.match(text):
        line.kind = "byline" if BYLINE_RE.match(text[2:]) else "lead"  # 本报记者 李 晓光: a byline line
    elif (
        (first in _ROLE_INITIALS and BYLINE_RE.match(text))
        or ((medium := MEDIUM_RE.match(text)) is not None and BYLINE_RE.match(text[medium.end() :]))
        or (_BARE_NAMES_RE.fullmatch(text) and _surnamed(text, surnames))  # 党贺喜 郭铮
        or (first in "（(" and text[-1] in ")）" and BYLINE_RE.match(text[1:-1]))  # （记者 闵书瑶）
        or (first in "（(" and text[-1] in ")）" and _bracketed_names(text[1:-1], surnames))  # （茹晓光）
    ):
        line.kind = "byline"
    elif (
        len(text) <= (LONG_SUBHEADLINE if "、" in text or NOTICE_TITLE_RE.fullmatch(text) else 40)
        and not line.terminal
        and not _BODY_PUNCT_RE.search(text)
        and not CIRCLED_ITEM_RE.match(text)
        and not ITEM_LABEL_RE.match(text)
    ):
        line.kind = "candidate"
    else:
        line.kind = "text"


# an item of a list numbered with circled figures (①年产2GWh储能电池项目), and the labelled lines
# under it (签约双方：A—B, 总 投 资：15亿元　落户地：X): text of the item, not headlines
CIRCLED_ITEM_RE = re.compile("[\u2460-\u2473]")
ITEM_LABELS = (
    "签约双方",
    "签约方",
    "签约单位",
    "签约企业",
    "签约主体",
    "投资方",
    "总投资",
    "投资额",
    "投资总额",
    "落户地",
    "建设地点",
    "建设内容",
    "建设规模",
    "项目地点",
    "建设单位",
)
ITEM_LABEL_RE = re.compile(
    f"[{_SPACES}]*(?:{'|'.join(f'[{_SPACES}]*'.join(label) for label in ITEM_LABELS)})[{_SPACES}]*[：:]"
)
# the title of a box of listed items beside a story (签约项目一览, 重点项目名单（部分）)
LIST_BOX_TITLES = ("一览", "一览表", "（部分）", "(部分)", "清单", "名录")


# a line that is one company's or cooperative's name and nothing else (洛阳福瑞达陶瓷有限公司)
# (with its town or its head in brackets after it: 睢县鸿途制鞋有限公司（蓼堤镇）)
COMPANY_ROW_RE = re.compile(
    f"[{CJK_CLASS}（）()]{{4,40}}(?:有限公司|有限责任公司|合作社|集团|厂)(?:[（(][{CJK_CLASS}、，]{{2,16}}[）)])?"
)


# a line that is one body's or place's name in a list (长葛市大周镇人民政府, 禹州市神垕镇钧兴村,
# 许昌市中心医院健康管理科)
BODY_ROW_RE = re.compile(
    f"[{CJK_CLASS}]{{3,30}}(?:人民政府|办事处|村|社区|科|局|中心|医院|卫生院|学校|小学|中学|委员会|所|站|大队|馆)"
)
# a list's heading that counts its rows (二、许昌市民营经济发展先进集体（10个）)
COUNTED_HEADING_RE = re.compile(r"[（(]\d{1,3}[个家名项][）)]$")


def _read_name_lists(lines: list[_Line]) -> None:
    """Names one per line under a list's heading (获奖名单如下： / 县长质量奖（3家）： / X有限公司 /
    Y有限公司): each a row of its own, not run together into one name with the next."""
    listing = False
    for line in lines:
        if (
            listing
            and not line.table
            and line.gap == 0
            and (COMPANY_ROW_RE.fullmatch(line.text) or BODY_ROW_RE.fullmatch(line.text))
        ):
            line.kind, line.terminal, line.table = "text", True, True
            continue
        heading = line.text.endswith(("：", ":")) or COUNTED_HEADING_RE.search(line.text) is not None
        listing = heading or (listing and line.table)


# what a scan leaves where it could not read a mark (■ □): at the end of a paragraph, its full stop
BLOTS = "■□"
BYLINE_MARKS = "□■"  # a mark papers print before a byline line of its own (□记者 X)
# the credit that closes a photo's caption (图为…。 记者 戈雅琪 摄, 本报记者 李明 摄)
PHOTO_CREDIT_RE = re.compile(
    f"[。！”）)]\\s*(?:本报)?(?:记者|通讯员)?\\s*[{CJK_CLASS}]{{2,4}}(?:\\s+[{CJK_CLASS}]{{2,4}})*\\s*摄$"
)
# a brief's body opens with its date (1月8日，商丘市政协召开…), where a story opens with 本报讯;
# or with a quote, then its date (“天天满座。”2月25日，在苍峪镇…)
DATELINE_RE = re.compile(
    r"(?:“[^“”]{2,40}”)?\d{1,2}月\d{1,2}日(?:上午|下午|晚|晚上|一早|清晨|早上|凌晨|中午|傍晚)?[，,]"
)
# how a story's body opens when it has no 本报讯: its date, or 近日/日前
LEAD_OPENING_RE = re.compile(
    DATELINE_RE.pattern + r"|\d{1,2}月\d{1,2}日(?:一早|清晨|早上|凌晨|傍晚|晚上)[，,]|(?:近日|日前|近期)[，,]"
)
# the time a story's body may open with (9月以来，今年以来，)
TIME_OPENING_RE = re.compile(
    LEAD_OPENING_RE.pattern
    + r"|\d{1,2}月(?:份|中旬|上旬|下旬|初|底)?以来[，,]|(?:今年|入秋|入夏|入冬|开春|年初|去年)以来[，,]"
)
BRIEF_CHARS = 1200  # a brief under a headline is short: its byline comes within this many characters


DATELINE_MIN = 8  # a shorter line is a date broken by a narrow column (8月 / 15日…)


def _dateline_lead(lines: list[_Line], index: int) -> bool:
    """Does line ``index`` open a brief: a dated text line under a headline candidate that
    itself follows a brief's bracketed byline, a byline or label line, or the top of the page?"""
    line = lines[index]
    dated = line.text
    if len(dated) < DATELINE_MIN and index + 1 < len(lines) and lines[index + 1].gap == 0:
        dated += lines[index + 1].text  # 8月 / 15日一早，…: a narrow column breaks the date
    dateline = DATELINE_RE.match(dated) is not None
    if line.kind not in ("text", "candidate") or index == 0 or not (dateline or TIME_OPENING_RE.match(dated)):
        return False
    above = lines[index - 1]
    if above.kind != "candidate" or len(above.text) < 6:
        return False
    before = lines[index - 2] if index >= 2 else None
    # not after a plain end of sentence, as a rule: a subheading inside a story comes there too
    return (
        dateline
        and (
            before is None
            or before.kind in ("byline", "masthead", "heading", "candidate")
            or before.text.endswith(("）", ")"))  # …进度。（记者 宁思远）: the brief before ended
        )
    ) or (
        # set apart between a story that gave its byline above and a byline of its own below: a
        # story of its own, opening with its date or its time (9月以来，…)
        above.gap > 0 and line.gap > 0 and _has_byline_above(lines, index - 1) and _closes_with_byline(lines, index)
    )


# 本报讯（记者 X）: a lead opening with its byline (looser than kg.segment.LEAD_BYLINE_RE, as a
# narrow column breaks the line inside the bracket)
_LEAD_WITH_BYLINE_RE = re.compile(r"^本报(?:讯|[\u4e00-\u9fff]{0,8}?[0-9]{1,2}月[0-9]{1,2}日(?:电|讯))?\s*[（(]")


def _has_byline_above(lines: list[_Line], index: int) -> bool:
    """Has the story the lines before ``index`` belong to given its byline already (本报讯（记者
    X）, a byline line)? Then a byline after a set-apart line below is another story's; else
    it may be that story's own, closing it under a subheading."""
    for line in reversed(lines[:index]):
        if line.kind == "byline" or (line.kind == "lead" and _LEAD_WITH_BYLINE_RE.match(line.text)):
            return True
        if line.kind in ("lead", "heading", "masthead"):
            return False
    return False


def _closes_with_byline(lines: list[_Line], index: int) -> bool:
    """Does the text from line ``index`` end, within :data:`BRIEF_CHARS`, with a byline of its
    own (a byline line, or one in brackets after its last sentence) before anything else
    starts? Then the line set apart above it is a brief's headline, not a subheading."""
    length = 0
    for position, line in enumerate(lines[index:], start=index):
        if line.kind == "byline":
            return True
        if line.kind in ("lead", "heading", "masthead") or length > BRIEF_CHARS:
            return False
        following = lines[position + 1] if position + 1 < len(lines) else None
        if (
            position > index
            and line.kind == "candidate"
            and following is not None
            and following.kind in ("lead", "byline")
        ):
            return False  # the next story's headline: this one closed with no byline
        if trailing_byline(line.text, last=True):  # …地区。（记者 X）, …地区。（晏鹏程）
            return True
        length += len(line.text)
    return False


# the titles of notices a paper prints with no lead (讣告, 祁振邦同志生平, 任前公示)
NOTICE_TITLES = ("讣告", "生平", "简历", "公告", "公示", "启事", "声明", "通告", "名单")
_DATE_LINE_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _notice_lead(lines: list[_Line], index: int) -> bool:
    """Does line ``index`` open a notice: text under a notice's title (讣告, X同志生平) that
    follows the top of the page, a byline or label line, a headline or the date a notice
    before it was signed?"""
    line = lines[index]
    if line.kind not in ("text", "candidate") or index == 0:
        return False
    above = lines[index - 1]
    formal = NOTICE_TITLE_RE.fullmatch(above.text) is not None  # X关于Y的通告: a notice wherever it is
    title = _SPACE_RUN_RE.sub("", above.text)  # 讣　告: spaced out
    if above.kind != "candidate" or (len(above.text) > 30 and not formal) or not title.endswith(NOTICE_TITLES):
        return False
    before = lines[index - 2] if index >= 2 else None
    return (
        formal
        or before is None
        or before.kind in ("byline", "masthead", "heading", "candidate")
        or _DATE_LINE_RE.fullmatch(before.text) is not None
        or above.gap >= 2  # set apart by two blank lines: a notice of its own
    )  # not after a story's last sentence: 邢海峰同志简历 under an appointment is part of it


_KICKER_RE = re.compile("【[^】]{2,12}】")


def _kicker_lead(lines: list[_Line], index: int) -> bool:
    """Does line ``index`` open a story under a bracketed kicker and a headline, set apart from
    the story before (【乡村民宿】 / 老宅变身“云栖小院” / 泌阳县…), which closes with its own byline?"""
    if index < 2 or lines[index].kind not in ("text", "candidate"):
        return False
    kicker, headline = lines[index - 2], lines[index - 1]
    return (
        kicker.gap >= 1
        and _KICKER_RE.fullmatch(kicker.text) is not None
        and headline.kind == "candidate"
        and headline.gap == 0
        and _closes_with_byline(lines, index)
    )


def _table_box_lead(lines: list[_Line], index: int) -> bool:
    """Does line ``index`` open a box with a table: a short note (截至6月4日18时（单位：万亩）)
    under a title set apart by a blank line (全县部分乡镇麦收进度), right above the table's rows?"""
    if index < 1 or index + 1 >= len(lines) or lines[index].table or len(lines[index].text) > TABLE_NOTE_CHARS:
        return False
    title, following = lines[index - 1], lines[index + 1]
    return (
        title.kind == "candidate"
        and title.gap >= 1
        and not title.text.endswith(("：", ":"))  # 附件： / 一、…（13名） / rows: a notice's annex
        and not NUMBERED_ITEM_RE.match(lines[index].text)
        and lines[index].gap == 0
        and following.table
        and following.gap == 0
        and not lines[index].terminal
    )


TABLE_NOTE_CHARS = 30


def _list_box_lead(lines: list[_Line], index: int) -> bool:
    """Does line ``index`` open a box of listed items beside a story: the first numbered item
    under a title of a list (签约项目一览 / ①年产2GWh储能电池项目), set apart by a blank line?"""
    if index < 1 or lines[index].kind not in ("text", "candidate"):
        return False
    title = lines[index - 1]
    if TITLED_ITEM_RE.fullmatch(lines[index].text) and title.kind == "candidate" and title.gap >= 1:
        return _list_box_title(title.text)  # 重点提案办理进展一览 / 《关于…的提案》: a box of titled items
    if lines[index].kind != "text":
        return False
    if NUMBERED_ITEM_RE.match(lines[index].text) is None and not GROUP_HEADING_RE.fullmatch(lines[index].text):
        return False  # (签约项目一览（部分） / 驿城区 / 1.…: the items of a county under its name)
    if title.kind != "candidate" or title.gap < 1 or not title.text.endswith(LIST_BOX_TITLES):
        return False
    # circled figures or a table of contents' title (一览): not a story's list of names (名单（部分） /
    # 1.樊玉兰　漯河市第二高级中学), which the story goes on after
    return CIRCLED_ITEM_RE.match(lines[index].text) is not None or _list_box_title(title.text)


def _read_list_boxes(lines: list[_Line]) -> None:
    """The numbered items of a box under a list's title (签约项目一览（部分） / 驿城区 / 1.P（C）),
    and the places heading them: each a record of its own, none a headline, up to a blank line."""
    for index, line in enumerate(lines):
        if line.kind != "candidate" or line.gap < 1 or not _list_box_title(line.text):
            continue
        following = lines[index + 1 :]
        items = []
        for item in following:
            if CIRCLED_ITEM_RE.match(item.text):
                break  # ①P / 签约双方：…: an item of several lines, read as text already
            numbered = NUMBERED_ITEM_RE.match(_SPACE_RUN_RE.sub("", item.text)) is not None  # 11. 花生…
            credit = CREDIT_RE.fullmatch(item.text) is not None  # （市投资促进中心供稿）
            if not (numbered or credit or GROUP_HEADING_RE.fullmatch(item.text)) or (items and item.gap):
                break
            if credit:
                items.append((item, False))
                break
            items.append((item, numbered))
        if any(numbered for _, numbered in items):
            for item, _ in items:
                item.kind, item.terminal = "text", True


TITLED_ITEM_RE = re.compile("《[^《》]{4,60}》")  # a proposal, a bill or a plan by its title, a line of its own


def _list_box_title(text: str) -> bool:
    return text.removesuffix("（部分）").removesuffix("(部分)").endswith(("一览", "一览表"))


# the source a box, a table or a figure closes with (（市投资促进中心供稿）, （县农业农村局提供）,
# （资料来源：县统计局）)
CREDIT_RE = re.compile("[（(](?:[^（）()]{2,20}(?:供稿|供图|提供)|(?:资料|数据)?来源[：:][^（）()]{2,20})[）)]")
# a place alone on a line over the items of a list (驿城区, 驻马店经济开发区)
GROUP_HEADING_RE = re.compile(f"[{CJK_CLASS}]{{2,10}}(?:区|县|市|镇|乡|街道)")


# a column of news in brief (乡镇简讯, 警务快讯), its items set off by bullets, no headline each
BRIEFS_TITLES = ("简讯", "快讯", "短讯", "简报", "速递", "速览")
BULLETS = "●■◆▲◇○□•"


def _briefs_lead(lines: list[_Line], index: int) -> bool:
    """Does line ``index`` open a column of news in brief: the first bulleted item under the
    column's title (乡镇简讯 / ●近日，夏庄镇中心学校…), an article of its own?"""
    if index < 1 or lines[index].kind not in ("text", "candidate") or lines[index].text[0] not in BULLETS:
        return False
    title = lines[index - 1]
    return title.kind == "candidate" and len(title.text) <= 12 and title.text.rstrip().endswith(BRIEFS_TITLES)


# the titles of what a paper prints beside a story, an article of its own (记者手记：…)
SIDEBAR_TITLES = ("记者手记", "编后", "短评", "记者观察")


def _feature_lead(lines: list[_Line], index: int) -> bool:
    """Does line ``index`` open a feature: text under a title and its dash subtitle (一把剪刀剪出
    窑院新生活 / ——记陕州剪纸代表性传承人郅秀娥), the title set apart by two blank lines, or
    under a sidebar's title set apart (记者手记：威信是在泥土里攒下的)?"""
    line = lines[index]
    if index >= 2 and _column_paragraph(lines, index) and _set_apart_title(lines, index):
        return True  # a story in narrow columns: its lines look like headlines, three in a row
    if line.kind != "text" or index < 1:
        return False
    above = lines[index - 1]
    if above.kind == "candidate" and above.gap >= 1 and above.text.startswith(SIDEBAR_TITLES):
        return True
    if index < 2:
        return False
    if _set_apart_title(lines, index):
        return True
    title = lines[index - 2]
    return (
        above.kind == "candidate"
        and above.text.startswith(("——", "—"))
        and title.kind == "candidate"
        and title.gap >= 2
    )


def _column_paragraph(lines: list[_Line], index: int) -> bool:
    """Does a paragraph start at ``index``: text, or three lines or more with no blank between?"""
    if lines[index].kind == "text":
        return True
    following = lines[index + 1 : index + 3]
    return lines[index].kind == "candidate" and len(following) == 2 and all(line.gap == 0 for line in following)


def _set_apart_title(lines: list[_Line], index: int) -> bool:
    """Is the text at ``index`` under a title of one or two lines (挂职副县长上官文博： / 当好两地合作
    “联络员”) set apart by two blank lines from the end of the story before (its byline, or a
    photo's caption)? Then it opens a story of its own, lead or not."""
    first = index - 1
    while first > 0 and lines[first - 1].kind == "candidate" and lines[first].gap == 0 and index - first < 2:
        first -= 1
    if any(lines[i].kind != "candidate" for i in range(first, index)) or first == 0:
        return False
    title = "".join(lines[i].text for i in range(first, index))
    if (
        _after_closing_byline(lines, first)
        # not a headline under a kicker, whose lead follows (招大引强促发展 / 昊腾…签约 / 本报讯…)
        and not any(line.kind == "lead" for line in lines[index : index + 2])
        and lines[index].gap == 0
        and len(title) >= CLOSED_TITLE_MIN
    ):
        return True  # …这个班。”芦淑芬说。 / （郦鹏飞） / (blank) / 老街上的“烟火气” / 清晨5点半，…
    if lines[index].gap != 1 or (len(title) <= 8 and not any(mark in title for mark in "：:“”《")):
        return False  # a subheading of the story (龙头带动), or lines of one paragraph in columns
    before = lines[first - 1]
    closed = (
        before.kind == "byline"
        or PHOTO_CREDIT_RE.search(before.text) is not None
        or trailing_byline(before.text, last=True) is not None
    )  # not a story's last sentence: 东岗村：油茶变成“致富果” under it is a section of the story
    # unless a long title's text opens as a story does (近日，遂平县纪委监委对…)
    # one title, not a story's subheading of two phrases (强化组织建设 筑牢乡村振兴“红色堡垒”)
    long_title = " " not in title and (len(title) >= 12 or (len(title) >= 8 and any(mark in title for mark in "“”")))
    closed = closed or (long_title and LEAD_OPENING_RE.match(lines[index].text) is not None)
    return lines[first].gap >= 2 and closed and lines[index].gap <= 1


CLOSED_TITLE_MIN = 6


def _after_closing_byline(lines: list[_Line], first: int) -> bool:
    """Is the line at ``first`` set apart below a byline line that closes a story (its names
    in brackets or 记者 X under the story's last sentence)? Then the story is over: not the
    byline under a headline, which subheadings follow (标题 / 本报记者 X / 一、…)."""
    if first < 2 or lines[first].gap < 1:
        return False
    byline, last = lines[first - 1], lines[first - 2]
    # not 本报记者 X under a lead paragraph (or an editor's note): the story's own, opening it
    opening = byline.text.startswith("本报")
    return byline.kind == "byline" and not opening and last.kind in ("text", "lead") and last.terminal


def _is_own_byline(line: _Line) -> bool:
    """A byline line a story opens with, under its headline (本报记者 李晓光; □通讯员 郝佳琪 姜敏;
    新重庆-重庆日报记者 向南帆)."""
    return line.kind == "byline" and (
        line.text.startswith(("本报", *BYLINE_MARKS)) or MEDIUM_RE.match(line.text) is not None
    )


def _chains_to_lead(kinds: list[str]) -> list[bool]:
    """Candidate lines whose following (non-blank) lines are candidates up to a lead."""
    result = [False] * len(kinds)
    following_ok = False  # does the next line start a headline chain?
    for i in range(len(kinds) - 1, -1, -1):
        kind = kinds[i]
        if kind == "heading":
            result[i] = True
            following_ok = True
        elif kind == "lead":
            following_ok = True
        elif kind == "candidate" and following_ok:
            result[i] = True
        else:
            following_ok = False
    return result


def _bracketed_names(inside: str, surnames: frozenset[str]) -> bool:
    """Is what a line holds in brackets one to three people's names (茹晓光; 宓晓楠 仇雨萌), not
    a body credited (宣传部) nor a word (全文完)?"""
    names = inside.replace("、", " ").split()
    return 0 < len(names) <= 3 and all(
        _LONE_NAME_RE.fullmatch(name)
        and _surnamed(name, surnames)
        and not is_word(name)
        and name[-1] not in SERIES_ENDS  # （文化篇）, （第二版）: a series label
        for name in names
    )


SERIES_ENDS = frozenset("篇版期卷集记章部续")


def _demote_bracketed_bylines(lines: list[_Line], surnames: frozenset[str]) -> None:
    """Names in brackets on a line of their own close an article: a byline only right after
    its last sentence, not under a headline (乡村振兴看商城 / （文化篇）)."""
    for index, line in enumerate(lines):
        if (
            line.kind == "byline"
            and line.text[0] in "（("
            and not BYLINE_RE.match(line.text[1:-1])
            and not (index > 0 and lines[index - 1].kind in ("text", "lead") and lines[index - 1].terminal)
        ):
            line.kind = "candidate"


def _find_lone_bylines(lines: list[_Line], in_chain: list[bool], surnames: frozenset[str]) -> None:
    """A lone name closing an article, right before the next one's headline (...发展后劲持续增强。
    / 黄冠丹 / 罗山县贺铺乡下邱沟村： 小杂粮飘香 / 本报讯...), is its byline, not a headline."""
    for i in range(1, len(lines) - 1):
        line, before = lines[i], lines[i - 1]
        if (
            in_chain[i]
            and in_chain[i + 1]
            and line.kind == "candidate"
            and not line.heading
            and before.kind in ("text", "lead")
            and before.terminal
            and _LONE_NAME_RE.fullmatch(line.text)
            and _surnamed(line.text, surnames)
            and not is_word(line.text)
        ):
            line.kind = "byline"
            in_chain[i] = False


_LONE_NAME_RE = re.compile(f"[{CJK_CLASS}]{{2,3}}")


def repair(doc: Document) -> CleanDocument:
    """Return the layout-repaired text of ``doc`` with its offset map and blocks."""
    lexicon = load_lexicon()
    fixer = _ocr_fixer(tuple(lexicon.ocr_fixes.items()))
    text, page = _normalise(doc.text)
    if fixer.whole_page:
        text = fixer.fix(text)
    lines = _split_lines(text, None if fixer.whole_page else fixer.fix)
    after_row = 0  # the cells of the table row on the line before (0: none): a row under it needs no number
    listed = _lists_of_people(lines, lexicon.surnames)
    amount_rows = _amount_rows(lines)
    for line in lines:
        _classify(line, lexicon.surnames)
        if (
            (line.kind in ("candidate", "text") and id(line) in listed and _read_name_row(line, page, lexicon.surnames))
            or (line.kind in ("text", "candidate") and _read_post_list_entry(line, page))
            or (
                line.kind in ("text", "candidate")
                and (
                    _read_columns(line, page, 1, known=True)
                    if id(line) in amount_rows
                    else _read_columns(line, page, _gaps_of_a_row(line, after_row), after_row)
                )
            )
        ):  # a list of people first: 禹春燕　国网商丘供电公司　电工 is a person's row, not a table's
            _classify(line, lexicon.surnames)
        after_row = line.text.count("，") + 1 if line.table else 0  # the cells of the row above
        # a line is cleaned as what it first looks like, then looked at again
        if _has_space(line.text) and _remove_spaces(line, page, body=line.kind in ("text", "lead")):
            _classify(line, lexicon.surnames)
    _read_name_lists(lines)
    _read_list_boxes(lines)
    _demote_bracketed_bylines(lines, lexicon.surnames)
    # a headline chain ends at a lead, or at the byline line of a story without one (本报记者 李 晓光)
    in_chain = _chains_to_lead(
        [
            "lead"
            if _is_own_byline(line)
            or _dateline_lead(lines, i)
            or _notice_lead(lines, i)
            or _feature_lead(lines, i)
            or _list_box_lead(lines, i)
            or _table_box_lead(lines, i)
            or _kicker_lead(lines, i)
            or _briefs_lead(lines, i)
            or (line.caption and lines[i - 1].kind == "candidate")
            else line.kind
            for i, line in enumerate(lines)
        ]
    )
    _find_lone_bylines(lines, in_chain, lexicon.surnames)
    text_lengths = [len(line.text) for line in lines if line.kind == "text"]
    column_layout = bool(text_lengths) and statistics.median(text_lengths) < 40

    blocks: list[tuple[str, list[_Line]]] = []
    open_block = False
    for position, line in enumerate(lines):
        kind = line.kind
        if kind == "heading" or (kind == "candidate" and in_chain[position]):
            block_kind = "headline"
        elif kind in ("lead", "byline", "masthead"):
            block_kind = kind
        elif (
            open_block
            and not line.table
            and not _opens_profile(line.text, lines[position + 1].text if position + 1 < len(lines) else "")
            and not NUMBERED_ITEM_RE.match(line.text)
            and not BULLET_ITEM_RE.match(line.text)
        ):
            block_kind = "continue"
        elif kind == "candidate" and _is_subhead(
            line.text, lines[position + 1].text if position + 1 < len(lines) else "", column_layout
        ):
            block_kind = "subhead"
        else:
            block_kind = "text"
        if block_kind == "continue":
            blocks[-1][1].append(line)
        else:
            blocks.append((block_kind, [line]))
        open_block = block_kind in _BODY_BLOCKS and not line.terminal
        if BULLET_ITEM_RE.match(line.text) and ITEM_LABEL_RE.search(line.text):
            open_block = False  # ◆P　签约方：A、B　投资额：N: an item whole on its line
    # with no half-width mark left on the page, no block has anything to widen
    marks = not fixer.whole_page or _has_mark(text)
    return _assemble(doc, page, blocks, fixer, marks)


# a numbered item of a list (1.鄂雪梅，汝南县高级中学), a line of its own even with no full stop
NUMBERED_ITEM_RE = re.compile(f"(?:{ROW_NUMBER}|[一二三四五六七八九十]{{1,3}}、)(?=[{CJK_CLASS}])")  # 二、项目名称：…
# an item of a list opened by a bullet (◆P　签约方：A、B), a line of its own (■ and □ are blots
# and byline marks)
BULLET_ITEM_RE = re.compile(f"[{ITEM_BULLETS}](?=[{CJK_CLASS}])")
# an entry of a list of people by post (县人民政府副县长：滕慧芳（女）　葛昊天), a line of its own
_LISTED_NAME = f"[{CJK_CLASS}]{{1,4}}(?:[（(][^（）()]{{1,20}}[）)])?"  # 王　军 (padded), 滕慧芳（女，回族）
# (the post may be spaced out to the width of the others: 书　记：韦振霖)
POST_LIST_ENTRY_RE = re.compile(
    f"([{CJK_CLASS}](?:[{_SPACES}]?[{CJK_CLASS}]){{1,29}})[：:]{_LISTED_NAME}(?:[{_SPACES}、，,]+{_LISTED_NAME})*"
)


def _post_list_entry(text: str) -> bool:
    found = POST_LIST_ENTRY_RE.fullmatch(text)
    if found is None:
        return False
    post = _SPACE_RUN_RE.sub("", found.group(1))
    return load_lexicon().title_ends_at(post, len(post), longest=8)


def _read_post_list_entry(line: _Line, page: Origin) -> bool:
    """An entry of a list of people by post (县人民政府副县长：滕慧芳（女）　葛昊天): a row of its
    own, each gap between two names one 、. Whether the line is one."""
    if not _post_list_entry(line.text):
        return False
    colon = next(i for i, ch in enumerate(line.text) if ch in "：:")
    runs = [(m.start(), m.end()) for m in _SPACE_RUN_RE.finditer(line.text, colon)]
    bounds = [colon + 1, *(end for _, end in runs)]
    tokens = [line.text[start : (runs[i][0] if i < len(runs) else len(line.text))] for i, start in enumerate(bounds)]
    # a two-character name padded to three (王　军): its gap goes, the others become 、
    marks = ["" if len(tokens[i]) == 1 and len(tokens[i + 1]) == 1 else "、" for i in range(len(runs))]
    padding = [(m.start(), m.end()) for m in _SPACE_RUN_RE.finditer(line.text, 0, colon)]  # 书　记
    runs, marks = [*padding, *runs], [*([""] * len(padding)), *marks]
    line.text, line.pieces = _gaps_marked(line.text, line.offsets(page), runs, marks)
    line.table = True
    return True


def _gaps_marked(text: str, pieces: Pieces, runs: list[tuple[int, int]], marks: list[str]) -> tuple[str, Pieces]:
    """``text`` with each run of spaces replaced by its mark (one character, kept at the offset
    of the run's first space; or "" to drop the run), and its offsets."""
    spans = [(start + len(mark), end) for (start, end), mark in zip(runs, marks, strict=True)]
    text, pieces = _cut(text, pieces, spans)
    chars = list(text)
    removed = 0
    for (start, end), mark in zip(runs, marks, strict=True):
        if mark:
            chars[start - removed] = mark
        removed += end - start - len(mark)
    return "".join(chars), pieces


def _opens_profile(text: str, following: str) -> bool:
    """Does the line open an entry of a notice in columns (孙海涛，男，汉族，…, or 魏丽 /
    娜，女，… broken by the layout)? The entry before it has no full stop to end it."""
    return PROFILE_RE.match(text if len(text) > 8 else text + following[:8]) is not None


def _is_subhead(text: str, following: str, column_layout: bool) -> bool:
    if not following or following.startswith(_CANNOT_START) or text.startswith(("“", "‘", "《")):
        return False
    if column_layout:
        looks_like_one = not any(p in text for p in "，、：；,") and len(text) <= len(following) - 2
    else:
        looks_like_one = " " in text or _parallel(text)
    return looks_like_one and not _continues(text, following)


# the following line ends a sentence within its first few characters: the tail of the
# sentence the line before began (将兰考打造成为郑开科创走廊重要 / 创新节点。探索...)
_SENTENCE_TAIL_RE = re.compile(f"[{CJK_CLASS}]{{1,5}}[。！？]")
# the Chinese characters each side of a line break that the dictionary cut looks at
_LINE_END_RUN_RE = re.compile(f"[{CJK_CLASS}]{{1,6}}$")
_LINE_START_RUN_RE = re.compile(f"[{CJK_CLASS}]{{1,6}}")


def _continues(text: str, following: str) -> bool:
    """Does ``following`` go on with the sentence of ``text``: a dictionary word spans the
    break (春节戏曲晚 / 会的舞台, 学习了全 / 国工商联), or it ends that sentence at once?"""
    if _SENTENCE_TAIL_RE.match(following) or _ends_with_title(text):
        return True
    left = _LINE_END_RUN_RE.search(text)
    right = _LINE_START_RUN_RE.match(following)
    if left is None or right is None:
        return False
    position = 0
    for word in cut(left.group() + right.group()):
        if position < len(left.group()) < position + len(word):
            return True
        position += len(word)
    return False


def _ends_with_title(text: str) -> bool:
    """Does the line end with a post title, or a title and a surname and maybe one more character
    (桃花坪镇党委书记聂 / 文斌介绍): a name goes on in the next line, no subhead ends so."""
    lexicon = load_lexicon()
    if lexicon.title_ends_at(text, len(text), longest=6):
        return True
    # 书记聂 / 文斌介绍, 书记臧宏 / 斌告诉记者: the surname alone, or with the given name's first character
    return any(
        text[-cut : len(text) - cut + 1] in lexicon.surnames and lexicon.title_ends_at(text, len(text) - cut, longest=6)
        for cut in (1, 2)
        if len(text) > cut
    )


def _parallel(text: str) -> bool:
    """Two or more phrases of about one length between commas (坚持党建引领，推动高质量发展),
    as a subhead is written, and not a sentence's opening (近年来，为了推进村集体经济)."""
    parts = [part for part in re.split("[，,]", text) if part.strip()]
    if len(parts) < 2:
        return False
    lengths = [len(part.strip()) for part in parts]
    return min(lengths) >= 4 and min(lengths) * 3 >= max(lengths) * 2


_BODY_BLOCKS = ("lead", "text", "continue")


# --- blocks ---------------------------------------------------------------------


def _settle(text: str, pieces: Pieces, body: bool, marks: bool) -> tuple[str, Pieces]:
    """Widen punctuation and remove spaces again on an assembled block, until stable.

    Lines were cleaned one by one, but joining them and removing spaces bring new
    neighbours together (``京\n!`` -> ``京！``), and a short unpunctuated line that
    ended up inside a paragraph was cleaned as a possible headline (``京 京`` keeps
    its space); the block is body text or not as a whole. Repeating until nothing
    changes makes repairing the clean text again a no-op. A round that cuts nothing
    leaves the text as widening made it, so the rounds stop there. ``marks`` is false
    when the text has no half-width mark to widen.
    """
    if marks or "." in text:
        text = _widen(text)
    if not _has_space(text):
        return text, pieces
    while True:
        cuts, touches_mark = _space_cuts(text, body)
        if not cuts:
            return text, pieces
        if touches_mark:
            text, pieces = _settle_chain(text, pieces, body)
        else:
            text, pieces = _cut(text, pieces, cuts)
        if marks or "." in text:
            text = _widen(text)


def _has_space(text: str) -> bool:
    return " " in text or "\u3000" in text or "\t" in text or "\u00a0" in text


def _settle_chain(text: str, pieces: Pieces, body: bool) -> tuple[str, Pieces]:
    """One round of :func:`_settle` where removing a space lets a mark widen, linear.

    Widening a mark can make a space next to it removable, and removing a space can
    make the marks it separated touch, and so on along the chain (``，, , , ,``); a
    worklist over the tokens (single characters and space runs) follows such chains
    in one round. Only blocks where a removed space touches a half-width mark need it.
    """
    chars = list(_widen(text))
    starts: list[int] = []  # token -> index of its first character
    runs: list[bool] = []  # token -> is it a run of spaces?
    for i, ch in enumerate(chars):
        if ch not in _SPACES or not i or chars[i - 1] not in _SPACES:
            starts.append(i)
            runs.append(ch in _SPACES)
    count = len(starts)
    prev = list(range(-1, count - 1))
    nxt = [*range(1, count), -1]
    zones = _zones("".join(chars))

    def char(token: int) -> str:
        return "" if token < 0 else " " if runs[token] else chars[starts[token]]

    def letter_spaced(token: int) -> bool:
        left, right = prev[token], nxt[token]
        return (left >= 0 and prev[left] >= 0 and runs[prev[left]]) or (
            right >= 0 and nxt[right] >= 0 and runs[nxt[right]]
        )

    def goes(token: int) -> bool:
        left, right = char(prev[token]), char(nxt[token])
        return not _in_zone(starts[token], zones) and _space_goes(left, right, body, letter_spaced(token))

    removed = [False] * count

    def remove(token: int) -> None:
        removed[token] = True
        left, right = prev[token], nxt[token]
        if left >= 0:
            nxt[left] = right
        if right >= 0:
            prev[right] = left

    # first every run is judged on the same text, as in _space_cuts (letter spacing
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

    kept = [starts[token] for token in range(count) if not removed[token]]  # a kept run shrinks to its first space
    origin = list(chain.from_iterable(pieces))
    return "".join([chars[i] for i in kept]), [[origin[i] for i in kept]]


def _widens(ch: str, prev: str, nxt: str) -> bool:
    """Should the half-width mark ``ch`` between ``prev`` and ``nxt`` become full-width?"""
    if ch not in _HALF_TO_FULL or (ch in ",:" and prev.isdigit() and nxt.isdigit()):
        return False
    return _is_han_or_punct(prev) or _is_han_or_punct(nxt)


def _is_han_or_punct(ch: str) -> bool:
    # ``"" in CJK_PUNCT`` is true, so the line edges must be excluded explicitly
    return bool(ch) and (is_cjk(ch) or is_cjk_punct(ch))


def _join_lines(block_lines: list[_Line], page: Origin) -> tuple[str, Pieces]:
    """The lines of a block joined, with a space between two Latin words (``AI\\nLab``), none
    inside a number (``19\\n92年``).

    Returns the text and its offsets as pieces (the offsets of each line in turn).
    """
    if len(block_lines) == 1:
        return block_lines[0].text, block_lines[0].offsets(page)
    parts: list[str] = []
    pieces: Pieces = []
    last = ""
    for line in block_lines:
        first = line.text[0]
        if (
            last
            and last.isascii()
            and last.isalnum()
            and first.isascii()
            and first.isalnum()
            and not _one_number(parts[-1] if parts else "", line.text)  # 19|92年: one number the column broke
        ):
            parts.append(" ")
            pieces.append((line.first_offset(page) - 1,))
        parts.append(line.text)
        pieces.extend(line.offsets(page))
        last = line.text[-1]
    return "".join(parts), pieces


def _one_number(before: str, after: str) -> bool:
    """Are the digits ending ``before`` and starting ``after`` one short number a line break cut
    (19|92年), not two numbers (…7981234|18837612345)?"""
    tail = len(before) - len(before.rstrip("0123456789"))
    head = len(after) - len(after.lstrip("0123456789"))
    return 0 < tail <= 3 and 0 < head <= 3


def _assemble(
    doc: Document, page: Origin, blocks: list[tuple[str, list[_Line]]], fixer: _OcrFixer, marks: bool
) -> CleanDocument:
    """The clean text of the blocks, one per line, with its offset map and block spans.

    OCR fixes are applied again to the whole text at the end, since joined lines and
    removed spaces make new pairs (深\\n人, 深 人); none spans a line break, so that is
    the same as fixing each block.
    """
    texts: list[str] = []
    pieces: Pieces = []
    spans: list[Block] = []
    start = 0
    for kind, block_lines in blocks:
        if texts:
            pieces.append((block_lines[0].first_offset(page) - 1,))
            start += 1
        body = kind in _BODY_BLOCKS
        if fixer.whole_page and _settled(block_lines, body):
            text, block_pieces = block_lines[0].text, block_lines[0].offsets(page)
        else:
            text, block_pieces = _settle(*_join_lines(block_lines, page), body=body, marks=marks)
        texts.append(text)
        pieces.extend(block_pieces)
        spans.append(Block(kind if kind != "continue" else "text", start, start + len(text)))
        start += len(text)
    pieces.append((len(doc.text),))
    return CleanDocument(
        path=doc.path,
        text=fixer.fix("\n".join(texts)),
        offsets=array("q", chain.from_iterable(pieces)),  # 8 bytes a character, not ~40 in a tuple
        original=doc.text,
        blocks=tuple(spans),
    )


def _settled(block_lines: list[_Line], body: bool) -> bool:
    """Would :func:`_settle` leave this block as it is? (true of most one-line blocks)

    A block of one line that lost no space, judged as body text or not as its line
    was, has the text its line was cleaned as: widened on the whole page (OCR fixes
    that change Chinese characters only cannot undo that), then judged by the same
    space rules on the same text, which cut nothing.
    """
    if len(block_lines) != 1:
        return False
    line = block_lines[0]
    return line.pieces is None and (line.kind in ("text", "lead")) == body
