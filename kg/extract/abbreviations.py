"""Short forms an article declares for a name: 中国电建集团河南工程有限公司（以下简称“河南电建”）.

Every use of the short form in that article, headline included, is the same company (河南电建表示,
河南电建将投资15亿元), as are bodies named after it (河南电建党委) and the posts held
in them (河南电建党委书记、董事长王建国); so is every use in the page's other stories, unless
one declares the short form for another name.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from itertools import pairwise

from kg.extract.chunks import RELATIVE_LEVELS, without_places
from kg.extract.words import is_word, word_frequency
from kg.lexicon import load_lexicon
from kg.model import Article, CleanDocument, Mention, Post

DECLARING_TYPES = frozenset({"company", "organization", "project", "district"})
# （以下简称“河南电建”）, (简称"郑大一附院"), （下称：宇通）, （以下称“宇通”）
DECLARATION_OPENING = r"[（(](?:以下|下文)?(?:简称|下称|称)[：:]?\s*"
# (the bracket may go on: （以下简称“恒远新材”，股票代码：301256）)
DECLARED_RE = re.compile(
    r"\s*" + DECLARATION_OPENING + r"[“\"「『]?([\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"」』]?\s*[）)，,；;]"
)
# the whole bracket, whatever it declares
DECLARATION_BRACKET = DECLARATION_OPENING + r"[^（()）]{1,20}[）)]"


@dataclasses.dataclass(frozen=True, slots=True)
class Declaration:
    short: str
    full: str  # the canonical name of the declaring mention
    type: str
    article: int
    implicit: bool = False  # a trade name found before a role (find_brands), not declared


def find_declarations(clean: CleanDocument, mentions: Iterable[Mention]) -> list[Declaration]:
    """The short forms declared right after a company, organization or project."""
    found = []
    for mention in mentions:
        if mention.type not in DECLARING_TYPES:
            continue
        match = DECLARED_RE.match(clean.text, mention.end)
        if match is None or match.group(1) == mention.name:
            continue
        found.append(Declaration(match.group(1), mention.name, mention.type, mention.article))
    return found


# 原X有限公司更名为Y有限公司: the name before and the name now of one company
RENAMING = ("更名为", "改名为", "正式更名为", "整体更名为", "变更为")
RENAMED_TYPES = frozenset({"company", "organization"})


def find_renames(clean: CleanDocument, mentions: Iterable[Mention]) -> list[Declaration]:
    """A company's or body's former name, declared by a renaming (原A更名为B): A stands for B."""
    named = sorted((m for m in mentions if m.type in RENAMED_TYPES), key=lambda m: (m.start, -m.end))
    found = []
    for before, after in pairwise(named):
        if before.type == after.type and clean.text[before.end : after.start] in RENAMING and before.name != after.name:
            found.append(Declaration(before.name, after.name, after.type, after.article))
    return found


def apply_declarations(
    clean: CleanDocument,
    articles: list[Article],
    mentions: list[Mention],
    posts: dict[tuple[str, int, int], list[Post]],
) -> list[Mention]:
    """``mentions`` with each declared short form, on the page that declares it (in its own
    article the article's declaration first), read as the full name: mentions of it or of a body named after it renamed, and a mention added
    for every other use; the posts held in them renamed in ``posts``."""
    declarations = find_declarations(clean, mentions)
    declarations += find_renames(clean, mentions)
    declarations += find_brands(clean, mentions, {d.short for d in declarations})
    if not declarations:
        return mentions
    by_article: dict[int, dict[str, Declaration]] = {}
    for declaration in declarations:
        by_article.setdefault(declaration.article, {}).setdefault(declaration.short, declaration)
    # a short form declared in one story of the page stands in the others (a follow-up story
    # on the same company uses it bare), unless one of them declares it for another name
    on_page: dict[str, Declaration] = {}
    generic = _generic_words()
    for declaration in declarations:
        if declaration.short not in generic:  # （以下简称“公司”）: the article's own company only
            on_page.setdefault(declaration.short, declaration)
    for article in articles:
        by_article[article.index] = {**on_page, **by_article.get(article.index, {})}
    renamed = [_renamed(m, by_article.get(m.article, {})) for m in mentions]
    article_of = {(m.doc, m.start, m.end): m.article for m in mentions}
    for key, held in posts.items():
        shorts = by_article.get(article_of.get(key, -1), {})
        if shorts:
            posts[key] = [_renamed_post(post, shorts) for post in held]
    uses = [
        (start, start + len(short), declaration)
        for article in articles
        for short, declaration in by_article.get(article.index, {}).items()
        for start in _find_all(clean.text, short, article.start, article.end)
    ]
    # a place or a name inside a use is the short form's (河南 of 河南电建, 龙源 of 龙源包装)
    kept = [m for m in renamed if not any(s <= m.start and m.end <= e and m.type in INSIDE_USES for s, e, _ in uses)]
    taken = [(m.start, m.end) for m in kept]
    added = []
    for start, end, declaration in uses:
        if not any(s < end and start < e for s, e in taken):
            added.append(_added(clean, articles, start, end, declaration))
            taken.append((start, end))
    return kept + added


# a company's brand written before one of its people's roles: 龙源包装总经理岳晓川
BRAND_ROLES = ("董事长", "总经理", "副总经理", "总裁", "创始人", "负责人", "董事", "项目经理", "法定代表人", "厂长")
BRAND_ROLE_RE = re.compile("|".join(BRAND_ROLES))
BRAND_MIN = 4
COMPANY_ENDING_RE = re.compile("(?:股份有限公司|有限责任公司|集团有限公司|有限公司|公司|集团)$")
INSIDE_USES = frozenset({"district", "person"})


MAX_BRAND = 10
# a trade name's first two characters are a rare word or none (龙源, 迈锐, 嘉禾: 48 in jieba's dictionary)
TRADE_NAME_MAX_FREQUENCY = 100


def find_brands(clean: CleanDocument, mentions: Iterable[Mention], declared: set[str]) -> list[Declaration]:
    """Short forms a page uses for a company it names in full, without declaring them: the
    start of its name after its place (龙源包装 of 焦作市龙源包装制品有限公司, 4 characters or
    more), written right before a role of its people (龙源包装总经理岳晓川), when it is the start
    of no other company's name on the page and starts with no common word."""
    stems: dict[str, Mention] = {}  # name less place and ending -> the company's first mention
    for mention in mentions:
        if mention.type == "company":
            stem = COMPANY_ENDING_RE.sub("", without_places(mention.name, load_lexicon()))
            if len(stem) >= BRAND_MIN:
                stems.setdefault(stem, mention)
    if not stems:
        return []
    generic = _generic_words()
    found: dict[str, Declaration] = {}
    text = clean.text
    for role in BRAND_ROLE_RE.finditer(text):
        end = role.start()
        for length in range(min(MAX_BRAND, end), BRAND_MIN - 1, -1):
            brand = text[end - length : end]
            owners = {m.name: m for stem, m in stems.items() if stem.startswith(brand)}
            if len(owners) != 1:
                continue
            if not (
                brand in declared
                or brand in found
                or brand in generic
                or is_word(brand)
                or word_frequency(brand[:2]) >= TRADE_NAME_MAX_FREQUENCY  # 城市建设, 中原…: words, no trade name
            ):
                owner = next(iter(owners.values()))
                found[brand] = Declaration(brand, owner.name, "company", owner.article, implicit=True)
            break
    return list(found.values())


@functools.lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """Words a short form may be that name no one thing: name endings (公司, 集团, 中心) and
    generic stems."""
    lexicon = load_lexicon()
    return frozenset(suffix.text for suffix in lexicon.suffixes) | lexicon.generic_stems


def _find_all(text: str, word: str, start: int, end: int) -> list[int]:
    found = []
    at = text.find(word, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + len(word), end)
    return found


def _full_form(name: str, shorts: dict[str, Declaration]) -> tuple[str, Declaration] | None:
    """The full name for ``name`` when it is a short form or starts with one (河南电建党委), with
    the place a relative short form stands for or not (市城投集团, 漯河市城投集团)."""
    for short, declaration in shorts.items():
        written = _without_own_place(name, short)
        if written == short:
            return declaration.full, declaration
        full = declaration.full
        if declaration.implicit:
            continue  # a trade name stands for the company alone, not inside other names (…电气产业园项目)
        if (
            written.startswith(short)
            and len(written) > len(short)
            and not (full.startswith(written) or written.startswith(full))
        ):
            return full + written[len(short) :], declaration  # 河南电建党委
    return None


def _without_own_place(name: str, short: str) -> str:
    """``name`` less the place its relative short form's level stands for (漯河市城投集团 for a
    declared 市城投集团: 市城投集团), else ``name``."""
    if short[:1] not in RELATIVE_LEVELS or short[1:] not in name:
        return name
    place_end = name.find(short[1:])
    place = name[:place_end]
    if place.endswith(short[0]) and place in load_lexicon().divisions_by_name:
        return short + name[place_end + len(short) - 1 :]
    return name


def _renamed(mention: Mention, shorts: dict[str, Declaration]) -> Mention:
    if not shorts or mention.type not in DECLARING_TYPES:
        return mention
    full = _full_form(mention.name, shorts)
    if full is None:
        return mention
    name, declaration = full
    if name == declaration.full:
        return dataclasses.replace(mention, canonical=name, type=declaration.type)
    if mention.type != "organization":
        return mention  # 郑煤机智能制造产业园项目 keeps its name; a body (河南电建党委) takes the full one
    return dataclasses.replace(mention, canonical=name)


def _renamed_post(post: Post, shorts: dict[str, Declaration]) -> Post:
    """The post with its body's full name; a title that starts with the short form loses it,
    as titles lose the name of their body (河南电建董事长 -> 董事长 of 中国电建集团...)."""
    full = _full_form(post.organization, shorts)
    if full is None:
        return post
    short = full[1].short
    title = post.title[len(short) :] if post.title.startswith(short) and len(post.title) > len(short) else post.title
    return dataclasses.replace(post, organization=full[0], title=title)


def _added(clean: CleanDocument, articles: list[Article], start: int, end: int, declaration: Declaration) -> Mention:
    """A mention of the short form at clean-text ``start``: in the article and sentence that
    hold it (a short form declared in one story stands in the page's others), or the headline
    (sentence -1) when no sentence does."""
    article = next((a for a in articles if a.start <= start < a.end), None) or next(
        (a for a in articles if a.index == declaration.article), None
    )
    sentences = article.sentences if article is not None else ()
    sentence = next((s for s in sentences if s.start <= start and end <= s.end), None)
    return Mention(
        clean.path,
        article.index if article is not None else declaration.article,
        sentence.index if sentence is not None else -1,
        start,
        end,
        clean.text[start:end],
        declaration.type,
        "declared",
        declaration.full,
    )
