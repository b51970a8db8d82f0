"""Split a repaired page into articles (headline, lead, body, bylines) and sentences.

An article starts at a headline block followed by its ``本报讯`` lead, or at a lead
with no headline. Print layouts sometimes place a headline after its own body or
before the wrong article (``003_*``): each headline line is given to the article
whose body shares most of its character bigrams, with a bonus for the article that
follows it, so a misplaced headline moves only on clear evidence.

Only the bigrams that some headline line has can change a score, so each body is
searched for those alone (one Aho-Corasick automaton per page) instead of having all
its bigrams put in a set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

import ahocorasick

from kg.extract.words import is_word
from kg.lexicon import load_lexicon
from kg.model import Article, Block, CleanDocument, Mention, Sentence
from kg.text import CJK_CLASS, CLOSERS, ITEM_BULLETS, MEDIUM_RE, NAME_DOTS, PROFILE_RE, TRAILING_BYLINE_RE

# a run of sentence-final marks, or of two or more ellipses, with the closing quotes and
# brackets after it; written to start with one character class so ``re`` can skip fast
_ENDS = "。！？!?；;"
SENTENCE_END_RE = re.compile(f"[{_ENDS}…](?:(?<=[{_ENDS}])[{_ENDS}]*|(?<=…)…+)[{re.escape(CLOSERS)}]*")
# the bullets that open the items of a list (◆, ●), which the layout may join into one paragraph
BULLET_RE = re.compile(f"[{ITEM_BULLETS}](?=[^\\s{ITEM_BULLETS}])")
# 本报讯, or a dateline with the place it was filed from (本报洋浦9月25日电, 本报海口9月24日讯)
_LEAD_OPENING = r"^本报(?:讯|[\u4e00-\u9fff]{0,8}?[0-9]{1,2}月[0-9]{1,2}日(?:电|讯))"
LEAD_BYLINE_RE = re.compile(_LEAD_OPENING + r"?\s*[（(]([^（()）]{0,60})[)）]")
LEAD_PREFIX_RE = re.compile(_LEAD_OPENING + r"\s*")
ROLES = ("郑报全媒体记者", "全媒体记者", "实习生", "特约记者", "记者", "通讯员", "见习记者")
# a role word may carry a stray space of the print layout (通 讯员)
ROLE_RE = re.compile("(" + "|".join(" ?".join(role) for role in ROLES) + ")")
NOT_NAME_ENDS = frozenset("部局委办室所队处科站院完续社报台网")
# …。（蓝沁怡）, （宓晓楠 仇雨萌）: an article's byline, its names alone in brackets after its end
BARE_TRAILING_BYLINE_RE = re.compile(
    r"(?<=[。！？”])\s*[（(]([\u4e00-\u9fff]{2,3}(?:[\s\u3000、]+[\u4e00-\u9fff]{2,3}){0,3})[)）]$"
)
NAME_TOKEN_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
NON_NAME_TOKENS = {"文图", "摄影", "整理", "报道", "实习生", "本报", "手记"}
HEADLINE_BONUS = 0.2
# bigrams are made of CJK characters, letters and digits (str.isalnum, which is what
# \w means, besides "_"); everything else is skipped. (``[x][x]*`` rather than
# ``[x]+``: a pattern starting with a plain class lets ``re`` skip ahead quickly.)
_IN_BIGRAMS_RE = re.compile(f"[\\w{CJK_CLASS}][\\w{CJK_CLASS}]*")
_IN_BIGRAMS_OR_NEWLINE_RE = re.compile(f"[\\w\\n{CJK_CLASS}][\\w\\n{CJK_CLASS}]*")
# a trailing byline's role word starts at most 48 characters before the end of its text
_TRAILING_WINDOW = 50


@dataclass
class _Draft:
    headline_lines: list[tuple[int, int]] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    position: int = 0  # index of the first body block, for ordering


def _bigram_text(text: str) -> str:
    """``text`` with only the characters bigrams are made of."""
    return "".join(_IN_BIGRAMS_RE.findall(text.replace("_", "")))


def _bigrams(text: str) -> set[str]:
    chars = _bigram_text(text)
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


def _block_bigram_texts(doc: CleanDocument) -> dict[tuple[int, int], str]:
    """The :func:`_bigram_text` of every block, by span.

    When the blocks are the lines of the text (as :func:`kg.layout.repair` makes
    them), the whole text is filtered at once and cut at its newlines.
    """
    blocks = doc.blocks
    text = doc.text
    tiled = bool(blocks) and blocks[0].start == 0 and blocks[-1].end == len(text)
    tiled = tiled and text.count("\n") == len(blocks) - 1
    tiled = tiled and all(a.end + 1 == b.start and text[a.end] == "\n" for a, b in pairwise(blocks))
    if not tiled:
        return {(b.start, b.end): _bigram_text(text[b.start : b.end]) for b in blocks}
    filtered = "".join(_IN_BIGRAMS_OR_NEWLINE_RE.findall(text.replace("_", ""))).split("\n")
    return {(b.start, b.end): part for b, part in zip(blocks, filtered)}


def _drafts(doc: CleanDocument) -> list[_Draft]:
    """Group blocks into articles, headlines still where the page printed them."""
    drafts: list[_Draft] = []
    pending: list[tuple[int, int]] = []
    pending_follow: list[int] = []  # index of the draft each pending headline precedes
    current: _Draft | None = None
    for position, block in enumerate(doc.blocks):
        if block.kind == "masthead":
            continue  # the page's, no article's
        if block.kind == "headline":
            pending.append((block.start, block.end))
            current = None
            continue
        if block.kind == "lead" or current is None:
            current = _Draft(position=position)
            drafts.append(current)
            if pending:
                current.headline_lines.extend(pending)
                pending_follow.extend([len(drafts) - 1] * len(pending))
                pending = []
        current.body.append(block)
    if pending and drafts:
        drafts[-1].body.extend(Block("subhead", s, e) for s, e in pending)
    elif pending:
        drafts.append(_Draft(headline_lines=pending))
    return drafts


def _body_grams(doc: CleanDocument, drafts: list[_Draft], wanted: set[str]) -> list[set[str]]:
    """For each draft, the bigrams of its body (block by block) that are in ``wanted``."""
    if not wanted:
        return [set() for _ in drafts]
    automaton = ahocorasick.Automaton()
    for gram in wanted:
        automaton.add_word(gram, gram)
    automaton.make_automaton()
    filtered = _block_bigram_texts(doc)
    bodies: list[set[str]] = []
    for draft in drafts:
        # blocks joined by a newline, which no bigram has, so none spans two blocks
        text = "\n".join(
            [filtered.get((b.start, b.end)) or _bigram_text(doc.text[b.start : b.end]) for b in draft.body]
        )
        bodies.append({gram for _, gram in automaton.iter(text)} if text else set())
    return bodies


def _reassign_headlines(doc: CleanDocument, drafts: list[_Draft]) -> None:
    """Move a headline line to the article it describes (see the module docstring).

    A line may move to an article only if that article keeps none of its own
    headline lines, so a column label never displaces a real headline.
    """
    if len(drafts) < 2:  # every line stays where it is, in order
        return
    lines = [(index, span) for index, draft in enumerate(drafts) for span in draft.headline_lines]
    line_grams = [_bigrams(doc.text[start:end]) for _, (start, end) in lines]
    bodies = _body_grams(doc, drafts, set().union(*line_grams))
    tentative: list[int] = []
    for (index, _), grams in zip(lines, line_grams):
        scores = [
            (len(grams & body) / len(grams) if grams else 0.0) + (HEADLINE_BONUS if other == index else 0.0)
            for other, body in enumerate(bodies)
        ]
        # the best score; on a tie the line's own article, else the first one
        top = max(scores)
        tentative.append(index if scores[index] == top else scores.index(top))
    keeps = {index for (index, _), best in zip(lines, tentative) if best == index}
    for draft in drafts:
        draft.headline_lines = []
    for (index, span), best in zip(lines, tentative):
        target = best if best not in keeps or best == index else index
        drafts[target].headline_lines.append(span)
    for draft in drafts:
        draft.headline_lines.sort()


def _names(text: str) -> list[tuple[str, int, int, str]]:
    """Names in a byline text: (name, start, end, role 记者/通讯员)."""
    found: list[tuple[str, int, int, str]] = []
    role = "记者"
    position = 0
    for part in ROLE_RE.split(text):
        if ROLE_RE.fullmatch(part):
            role = "通讯员" if part.replace(" ", "") == "通讯员" else "记者"
        else:
            found.extend((name, position + s, position + e, role) for name, s, e in _name_tokens(part))
        position += len(part)
    return found


# a run of Chinese characters, or a name of a minority or foreign person written with
# middle dots (艾力·吐尔逊)
_CJK_RUN_RE = re.compile(f"[\u4e00-\u9fff]+(?:[{NAME_DOTS}][\u4e00-\u9fff]+)*")


def _name_tokens(text: str) -> list[tuple[str, int, int]]:
    """The names of a byline's run of names: (name, start, end). Print layouts split a name
    with a stray space (陈 欣莉) and glue two names at a line break (韦思飞\n许晓林)."""
    surnames = load_lexicon().surnames
    runs = [(m.start(), m.end()) for m in _CJK_RUN_RE.finditer(text)]
    found: list[tuple[str, int, int]] = []
    i = 0
    while i < len(runs):
        start, end = runs[i]
        if end - start >= 3 and text[end - 1] == "文" and text[end : end + 1] == "/":
            end -= 1  # 卢静\n文/图: the credit glued to the name at a line break
        run = text[start:end]
        if any(dot in run for dot in NAME_DOTS) and run not in NON_NAME_TOKENS and run[2:] != "图":
            # one name, however long (阿不都热合曼·艾买提); not a credit (文·图)
            found.append((run, start, end))
            i += 1
            continue
        if len(run) == 1 and run in surnames and i + 1 < len(runs):
            next_start, next_end = runs[i + 1]
            if next_start == end + 1 and text[end] == " " and next_end - next_start <= 2:
                found.append((run + text[next_start:next_end], start, next_end))
                i += 2
                continue
        cut = _two_names_cut(run, surnames)
        if cut:
            found.extend(((run[:cut], start, start + cut), (run[cut:], start + cut, end)))
        else:
            found.extend(
                (m.group(), start + m.start(), start + m.end())
                for m in NAME_TOKEN_RE.finditer(run)
                if m.group() not in NON_NAME_TOKENS
            )
        i += 1
    return found


def _two_names_cut(run: str, surnames: frozenset[str]) -> int:
    """Where a run of 5-6 characters (too long for one name) splits into two names that
    each start with a surname (韦思飞|许晓林), 0 when it does not."""
    if not 5 <= len(run) <= 6 or run in NON_NAME_TOKENS:
        return 0
    for cut in (3,) if len(run) == 6 else (3, 2):
        first_ok = run[0] in surnames or run[:2] in surnames
        if first_ok and (run[cut] in surnames or run[cut : cut + 2] in surnames):
            return cut
    return 0


def _byline_mentions(doc: CleanDocument, article: int, start: int, text: str, bare: bool = False) -> list[Mention]:
    names = [(name, s, e, "") for name, s, e in _name_tokens(text)] if bare else _names(text)
    mentions = []
    for name, name_start, name_end, role in names:
        surface = text[name_start:name_end]
        mentions.append(
            Mention(
                doc.path,
                article,
                -1,
                start + name_start,
                start + name_end,
                surface,
                "journalist",
                "byline",
                canonical=name if name != surface else "",
                role=role,
            )
        )
    return mentions


def trailing_byline(text: str, last: bool = False) -> re.Match[str] | None:
    """``TRAILING_BYLINE_RE.search(text)``, skipped when no role word ends the text; at the
    end of an article (``last``) also bare names in brackets (…已办结39条。（蓝沁怡）)."""
    tail = max(0, len(text) - _TRAILING_WINDOW)
    if text.find("记者", tail) < 0 and text.find("通讯员", tail) < 0:
        if not last or (found := BARE_TRAILING_BYLINE_RE.search(text)) is None:
            return None
        surnames = load_lexicon().surnames
        names = found.group(1).replace("、", " ").split()
        # names, not a body credited (（宣传部）, （林业局）) nor an end mark (（全文完）, （待续）); a
        # name that is also a word stands beside one that is none (（者晓丽 白云）)
        words = sum(1 for n in names if is_word(n))
        return (
            found
            if all((n[0] in surnames or n[:2] in surnames) and n[-1] not in NOT_NAME_ENDS for n in names)
            and (words == 0 or (len(names) > 1 and words < len(names)))
            else None
        )
    return TRAILING_BYLINE_RE.search(text)


def _split_sentences(text: str, start: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (which starts at ``start``), empty ones left out.

    A span that ends at a sentence end holds that mark, which :func:`doc_strip` keeps,
    so only the rest after the last mark can be empty.
    """
    ends = [start + match.end() for match in SENTENCE_END_RE.finditer(text)]
    if BULLET_RE.search(text, 1):  # ◆P　签约方：A、B◆Q…: each item of a list its own sentence
        ends = sorted({*ends, *(start + match.start() for match in BULLET_RE.finditer(text, 1))})
    if "现任" in text:  # 刘建峰，男，…加入中国共产党。现任栾川县委常委…: one entry of a notice
        ends = [end for end in ends if not (text.startswith("现任", end - start) and _in_profile(text, end - start))]
    spans = list(zip([start, *ends], ends))
    rest = ends[-1] - start if ends else 0
    if doc_strip(text[rest:]):
        spans.append((start + rest, start + len(text)))
    return spans


def _in_profile(text: str, end: int) -> bool:
    """Does the sentence ending at ``end`` open with a person's profile (刘建峰，男，), or
    have one after a colon (…现予以公示：刘建峰，男，)?"""
    opening = max((text.rfind(mark, 0, end - 1) for mark in _ENDS), default=-1) + 1
    colon = max(text.rfind("：", opening, end), text.rfind(":", opening, end))
    starts = (opening, colon + 1) if colon >= 0 else (opening,)
    return any(PROFILE_RE.match(text, at) is not None for at in starts)


_STRIPPED = " \n\t，、"  # what doc_strip strips


def doc_strip(text: str) -> str:
    return text.strip(_STRIPPED)


def segment(doc: CleanDocument) -> list[Article]:
    """Articles of ``doc`` in the order of their bodies, with sentences and bylines."""
    drafts = _drafts(doc)
    _reassign_headlines(doc, drafts)
    articles: list[Article] = []
    sentence_index = 0
    for index, draft in enumerate(drafts):
        spans: list[tuple[int, int]] = list(draft.headline_lines)
        bylines: list[Mention] = []
        dateline = ""
        lines = [doc.text[s:e] for s, e in draft.headline_lines]
        for block in draft.body:
            start, end = block.start, block.end
            text = doc.text[start:end]
            if block.kind == "byline":
                if (medium := MEDIUM_RE.match(text)) is not None:  # 新重庆-重庆日报|记者 向南帆
                    start, text = start + medium.end(), text[medium.end() :]
                bare = not ROLE_RE.search(text)
                bylines.extend(_byline_mentions(doc, index, start, text, bare=bare))
                continue
            if block.kind == "lead":
                match = LEAD_BYLINE_RE.match(text)
                if match:
                    bylines.extend(_byline_mentions(doc, index, start + match.start(1), match.group(1)))
                    dateline = match.group(0)
                    start += match.end()
                else:
                    prefix = LEAD_PREFIX_RE.match(text)
                    if prefix:
                        dateline = prefix.group(0).strip()
                        start += prefix.end()
                text = doc.text[start:end]
            trailing = trailing_byline(text, last=block is draft.body[-1])
            if trailing:
                tail_start = start + trailing.start(1)
                bylines.extend(_byline_mentions(doc, index, tail_start, trailing.group(1)))
                end = tail_start
                text = doc.text[start:end]
            spans.extend(_split_sentences(text, start))
        sentences = [
            Sentence(doc.path, index, number, s, e, doc.text[s:e])
            for number, (s, e) in enumerate(sorted(spans), sentence_index)
        ]
        sentence_index += len(sentences)
        span_starts = [s for s, _ in draft.headline_lines] + [b.start for b in draft.body]
        span_ends = [e for _, e in draft.headline_lines] + [b.end for b in draft.body]
        articles.append(
            Article(
                doc=doc.path,
                index=index,
                headline=" ".join(lines),
                start=min(span_starts) if span_starts else 0,
                end=max(span_ends) if span_ends else 0,
                sentences=tuple(sentences),
                subheadlines=tuple(lines),
                dateline=dateline,
                byline=tuple(bylines),
            )
        )
    return articles
