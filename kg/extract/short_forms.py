"""Companies written again by their brand and trade, undeclared (许昌瑞达精工机械有限公司,
then 位于许昌经济技术开发区的瑞达精工): mentions of the full name.

A short form is the brand (the two characters after the places the name starts with,
no dictionary word: 瑞达) with the first words of the trade after it, four characters or
more (瑞达精工, 瑞达精工机械). It stands for the company only after the company is
named in full in the same document, where no other company of the document has it, and
where no other mention covers it.
"""

from __future__ import annotations

import functools

from kg.extract.spans import Spans
from kg.extract.words import cut, is_word
from kg.lexicon import load_lexicon
from kg.model import Article, Mention, Sentence
from kg.text import is_cjk

COMPANY_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
MIN_SHORT_FORM = 4


@functools.lru_cache(maxsize=1 << 14)
def short_forms(name: str) -> tuple[str, ...]:
    """The short forms of a company's full name, longest first; () when it has no brand."""
    form = next((f for f in COMPANY_FORMS if name.endswith(f)), "")
    if not form:
        return ()
    core = name[: -len(form)]
    lexicon = load_lexicon()
    while (found := lexicon.division_at(core, longest=len(core) - 4, short=True)[1]) > 0:
        core = core[found:]  # 许昌|瑞达精工机械, 河南|森茂新材料科技
    brand = core[:2]
    if len(core) < MIN_SHORT_FORM or is_word(brand) or lexicon.division_at(brand, short=True)[0] is not None:
        return ()  # 智能|装备, 农业|发展: a trade, no brand
    forms, short = [], brand
    for word in cut(core[2:]):
        short += word
        if len(short) >= MIN_SHORT_FORM:
            forms.append(short)
    return tuple(reversed(forms))


def company_short_form_mentions(articles: list[Article], mentions: list[Mention]) -> list[Mention]:
    """Mentions of the document's companies by their short forms, after each is named in full."""
    first_named: dict[str, int] = {}
    for mention in mentions:
        if mention.type == "company":
            first_named[mention.name] = min(first_named.get(mention.name, mention.end), mention.end)
    owners: dict[str, set[str]] = {}
    for name in first_named:
        for form in short_forms(name):
            owners.setdefault(form, set()).add(name)
    forms = sorted(((form, next(iter(names))) for form, names in owners.items() if len(names) == 1), key=_longest)
    if not forms:
        return []
    covered = Spans(mentions)
    found: list[Mention] = []
    for sentence in (s for article in articles for s in article.sentences):
        for form, name in forms:
            at = sentence.text.find(form)
            while at >= 0:
                start, end = sentence.start + at, sentence.start + at + len(form)
                if start >= first_named[name] and not covered.overlaps(start, end):
                    found.append(_mention(sentence, at, form, name))
                    covered.add(start, end)
                at = sentence.text.find(form, at + len(form))
    return found


# the bare kinds a county's zone is called by once named (西平县产业集聚区 … 在产业集聚区的X公司)
# a zone's kind, and the bare forms the papers call the one zone of that kind by (综保区)
ZONE_BARE_FORMS = {"集聚区": ("产业集聚区", "集聚区"), "综合保税区": ("综合保税区", "综保区")}


def zone_short_form_mentions(articles: list[Article], mentions: list[Mention]) -> list[Mention]:
    """Mentions of the document's one zone of a kind by its bare kind (产业集聚区, 集聚区, 综保区),
    after the zone is named in full; none when the document names two zones of that kind."""
    covered = Spans(mentions)
    found: list[Mention] = []
    for kind, forms in ZONE_BARE_FORMS.items():
        first_named: dict[str, int] = {}
        for mention in mentions:
            if mention.type == "district" and mention.name.endswith(kind) and mention.name not in forms:
                first_named[mention.name] = min(first_named.get(mention.name, mention.end), mention.end)
        if len(first_named) != 1:
            continue
        ((name, named_at),) = first_named.items()
        for sentence in (s for article in articles for s in article.sentences):
            for form in forms:  # the longest first
                at = sentence.text.find(form)
                while at >= 0:
                    start, end = sentence.start + at, sentence.start + at + len(form)
                    if start >= named_at and not covered.overlaps(start, end):
                        found.append(_mention(sentence, at, form, name, "district"))
                        covered.add(start, end)
                    at = sentence.text.find(form, at + len(form))
    return found


# what may stand before a town's name in a list of towns (到A镇、B镇; ，A乡、B镇)
TOWN_LIST_OPENERS = frozenset("、，,到赴在和及与：:")
TOWN_LIST_VERBS = ("深入", "来到", "前往", "走进", "走访", "覆盖", "包括")  # 深入A镇、B镇


def listed_town_mentions(articles: list[Article], mentions: list[Mention]) -> list[Mention]:
    """Towns listed next to a town already read (到出山镇、权寨镇: 出山镇, whose name is a verb
    and was read as none), each a name of two characters and 镇 or 乡."""
    covered = Spans(mentions)
    towns = sorted(
        (m for m in mentions if m.type == "district" and m.text.endswith(("镇", "乡")) and len(m.text) >= 3),
        key=lambda m: m.start,
    )
    sentences = {s.index: s for article in articles for s in article.sentences}
    found: list[Mention] = []
    for town in towns:
        sentence = sentences.get(town.sentence)
        if sentence is None:
            continue
        text, at = sentence.text, town.start - sentence.start
        for start in (at - 4, at + len(town.text) + 1):  # X镇、|town, town|、X镇
            end = start + 3
            if start < 0 or end > len(text) or text[end - 1] not in "镇乡":
                continue
            joint = text[end] if start < at else text[start - 1]
            before = text[start - 1] if start > 0 else "，"
            opened = (
                before in TOWN_LIST_OPENERS
                or text.endswith(TOWN_LIST_VERBS, 0, start)
                or covered.overlaps(sentence.start + start - 1, sentence.start + start)  # 西平县产业集聚区|出山镇
            )
            if joint != "、" or not opened or not all(map(is_cjk, text[start : end - 1])):
                continue
            if not covered.overlaps(sentence.start + start, sentence.start + end):
                found.append(_mention(sentence, start, text[start:end], text[start:end], "district", "listed"))
                covered.add(sentence.start + start, sentence.start + end)
    return found


def _longest(item: tuple[str, str]) -> tuple[int, str]:
    return -len(item[0]), item[0]


def _mention(
    sentence: Sentence, at: int, form: str, name: str, type_: str = "company", extractor: str = "short"
) -> Mention:
    start = sentence.start + at
    return Mention(
        sentence.doc, sentence.article, sentence.index, start, start + len(form), form, type_, extractor, name
    )
