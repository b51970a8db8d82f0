"""Split a repaired page into articles (headline, lead, body, bylines) and sentences.

An article starts at a headline block followed by its ``本报讯`` lead, or at a lead
with no headline. Print layouts sometimes place a headline after its own body or
before the wrong article (``003_*``): each headline line is given to the article
whose body shares most of its character bigrams, with a bonus for the article that
follows it, so a misplaced headline moves only on clear evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from kg.model import Article, Block, CleanDocument, Mention, Sentence
from kg.text import CLOSERS, is_cjk

SENTENCE_END_RE = re.compile(f"[。！？!?；;]+[{re.escape(CLOSERS)}]*|…{{2,}}[{re.escape(CLOSERS)}]*")
LEAD_BYLINE_RE = re.compile(r"^本报讯?\s*[（(]([^（()）]{0,60})[)）]")
LEAD_PREFIX_RE = re.compile(r"^本报讯\s*")
ROLE_RE = re.compile(r"(郑报全媒体记者|全媒体记者|实习生|特约记者|记者|通讯员|见习记者)")
TRAILING_BYLINE_RE = re.compile(r"(?:^|(?<=[。！？”]))\s*((?:郑报全媒体记者|记者|通讯员)[\s\u4e00-\u9fff/]{2,40})$")
NAME_TOKEN_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
NON_NAME_TOKENS = {"文图", "摄影", "整理", "报道", "实习生"}
HEADLINE_BONUS = 0.2


@dataclass
class _Draft:
    headline_lines: list[tuple[int, int]] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    position: int = 0  # index of the first body block, for ordering


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if is_cjk(c) or c.isalnum()]
    return {a + b for a, b in pairwise(chars)}


def _drafts(doc: CleanDocument) -> list[_Draft]:
    """Group blocks into articles, headlines still where the page printed them."""
    drafts: list[_Draft] = []
    pending: list[tuple[int, int]] = []
    pending_follow: list[int] = []  # index of the draft each pending headline precedes
    current: _Draft | None = None
    for position, block in enumerate(doc.blocks):
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


def _reassign_headlines(doc: CleanDocument, drafts: list[_Draft]) -> None:
    """Move a headline line to the article it describes (see the module docstring).

    A line may move to an article only if that article keeps none of its own
    headline lines, so a column label never displaces a real headline.
    """
    bodies = [set().union(*(_bigrams(doc.text[b.start : b.end]) for b in d.body)) if d.body else set() for d in drafts]
    lines = [(index, span) for index, draft in enumerate(drafts) for span in draft.headline_lines]
    tentative: list[int] = []
    for index, span in lines:
        grams = _bigrams(doc.text[span[0] : span[1]])
        scores = [
            (len(grams & body) / len(grams) if grams else 0.0) + (HEADLINE_BONUS if other == index else 0.0)
            for other, body in enumerate(bodies)
        ]
        tentative.append(max(range(len(scores)), key=lambda k: (scores[k], k == index)))
    keeps = {index for (index, _), best in zip(lines, tentative) if best == index}
    for draft in drafts:
        draft.headline_lines = []
    for (index, span), best in zip(lines, tentative):
        target = best if best not in keeps or best == index else index
        drafts[target].headline_lines.append(span)
    for draft in drafts:
        draft.headline_lines.sort()


def _names(text: str) -> list[tuple[str, int, str]]:
    """Names in a byline text with their offsets and roles (记者/通讯员)."""
    found: list[tuple[str, int, str]] = []
    role = "记者"
    position = 0
    for part in ROLE_RE.split(text):
        if ROLE_RE.fullmatch(part):
            role = "通讯员" if part == "通讯员" else "记者"
        else:
            for match in NAME_TOKEN_RE.finditer(part):
                token = match.group()
                if token not in NON_NAME_TOKENS:
                    found.append((token, position + match.start(), role))
        position += len(part)
    return found


def _byline_mentions(doc: CleanDocument, article: int, start: int, text: str, bare: bool = False) -> list[Mention]:
    names = [(t, o, "") for t, o in ((m.group(), m.start()) for m in NAME_TOKEN_RE.finditer(text))] if bare else _names(text)
    return [
        Mention(doc.path, article, -1, start + offset, start + offset + len(name), name, "journalist", "byline", role=role)
        for name, offset, role in names
    ]


def _split_sentences(text: str, start: int) -> list[tuple[int, int]]:
    spans = []
    cursor = 0
    for match in SENTENCE_END_RE.finditer(text):
        spans.append((start + cursor, start + match.end()))
        cursor = match.end()
    if cursor < len(text):
        spans.append((start + cursor, start + len(text)))
    return [(s, e) for s, e in spans if doc_strip(text[s - start : e - start])]


def doc_strip(text: str) -> str:
    return text.strip(" \n\t，、")


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
            trailing = TRAILING_BYLINE_RE.search(text)
            if trailing:
                tail_start = start + trailing.start(1)
                bylines.extend(_byline_mentions(doc, index, tail_start, trailing.group(1)))
                end = tail_start
                text = doc.text[start:end]
            spans.extend(_split_sentences(text, start))
        sentences = []
        for s, e in sorted(spans):
            sentences.append(Sentence(doc.path, index, sentence_index, s, e, doc.text[s:e]))
            sentence_index += 1
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
