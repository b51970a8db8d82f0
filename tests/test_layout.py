"""Layout repair: joined lines, removed spaces, normalised characters, blocks, offsets."""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from kg.layout import repair
from kg.lexicon import load_lexicon
from kg.model import CleanDocument, Document
from kg.read import read_inputs
from kg.segment import segment

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def clean(text: str) -> CleanDocument:
    return repair(Document(path="t.txt", text=text, encoding="utf-8"))


def blocks(doc: CleanDocument) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


# --- clean text -------------------------------------------------------------------

TEXT_CASES = [
    pytest.param(
        "自疫情防控开始以来，京航办\n事处各社区（村）每天不间断对辖区公共区域进行消杀。",
        "自疫情防控开始以来，京航办事处各社区（村）每天不间断对辖区公共区域进行消杀。",
        id="word-broken-across-lines",
    ),
    pytest.param(
        "本报讯（记者 王译博）为检验辖区环境风险防控体系\n\n建设工作，最大限度减少或消除重大环境污染事故。",
        "本报讯（记者 王译博）为检验辖区环境风险防控体系建设工作，最大限度减少或消除重大环境污染事故。",
        id="blank-line-inside-a-sentence",
    ),
    pytest.param(
        "为我国儿童健康领域提供一定的理论依 据 和 参 考 ，进 一 步 提 升 全 民 健 康 意识。",
        "为我国儿童健康领域提供一定的理论依据和参考，进一步提升全民健康意识。",
        id="letter-spaced-words",
    ),
    pytest.param(
        "依 据 和 参 考",
        "依据和参考",
        id="letter-spaced-short-line",
    ),
    pytest.param(
        "本报讯（记者 刘伟平 朱翔宇）走进二七区，医疗健康产业活力涌动。",
        "本报讯（记者 刘伟平 朱翔宇）走进二七区，医疗健康产业活力涌动。",
        id="byline-spaces-kept",
    ),
    pytest.param(
        "本报讯(记者 刘伟平 朱翔宇)走进二七区,医疗健康产业活力涌动,企业纷纷落户!",
        "本报讯（记者 刘伟平 朱翔宇）走进二七区，医疗健康产业活力涌动，企业纷纷落户！",
        id="half-width-punctuation-between-chinese",
    ),
    pytest.param(
        "全年投资1,000万元,建成3:1比例的示范区。",
        "全年投资1,000万元，建成3:1比例的示范区。",
        id="comma-and-colon-between-digits-kept",
    ),
    pytest.param(
        "二七区拥有８家三级医院、７２６家医疗服务机构，ＡＩ辅助研发系统覆盖率１００％。",
        "二七区拥有8家三级医院、726家医疗服务机构，AI辅助研发系统覆盖率100%。",
        id="full-width-digits-and-letters",
    ),
    pytest.param(
        '二七区锚定"六医"发展战略，打造"医疗健康产业发展轴"。',
        "二七区锚定“六医”发展战略，打造“医疗健康产业发展轴”。",
        id="straight-quotes-curled",
    ),
    pytest.param(
        "二七\u200b区医疗\ufeff资源\u00ad富集，\ufffd产业兴旺。",
        "二七区医疗资源富集，产业兴旺。",
        id="zero-width-and-replacement-dropped",
    ),
    pytest.param(
        "党员志愿者积极落实卡口管控工作，严格执\n行 24小时值班值守制度，并对摸\n排人员第一时间上报。",
        "党员志愿者积极落实卡口管控工作，严格执行24小时值班值守制度，并对摸排人员第一时间上报。",
        id="digit-spacing-in-a-joined-paragraph",
    ),
    pytest.param(
        "全省建成5G 网络，引进Zhengzhou AI\nLab和 AI\n平台，覆盖全部乡镇。",
        "全省建成5G 网络，引进Zhengzhou AI Lab和 AI平台，覆盖全部乡镇。",
        id="latin-words-keep-or-get-a-space",
    ),
    pytest.param(
        "第一句话结束了。\n第二段开始，内容继续。",
        "第一句话结束了。\n第二段开始，内容继续。",
        id="finished-sentence-ends-a-paragraph",
    ),
    pytest.param(
        "本报讯 坚实步伐。一行人深\n\n人项目生产车间和产品展示中心，深 人了解录人工作。",
        "本报讯坚实步伐。一行人深入项目生产车间和产品展示中心，深入了解录入工作。",
        id="ocr-confusions-fixed-across-lines-and-spaces",
    ),
    pytest.param(
        "本报讯 淅川县政协原主席眭德\n厚同志，于\n2025年4月13日在南阳市中\n心医院逝世。1987年任副县长；19\n92年任县委副书记。",
        "本报讯淅川县政协原主席眭德厚同志，于2025年4月13日在南阳市中心医院逝世。1987年任副县长；1992年任县委副书记。",
        id="a-column-broken-after-a-date-and-inside-a-year",
    ),
    pytest.param(
        "   \n\n\u3000\u3000二七区召开会议，部署工作。   \n\n",
        "二七区召开会议，部署工作。",
        id="indent-and-trailing-blank-lines",
    ),
]


def _articles(text: str) -> list:
    """The articles of ``text`` as one page, after the layout's repair."""
    from kg.segment import segment

    return segment(repair(Document("a.txt", text, "utf-8")))


@pytest.mark.parametrize(("raw", "expected"), TEXT_CASES)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean(raw).text == expected


# --- blocks ---------------------------------------------------------------------

BLOCK_CASES = [
    pytest.param(
        "开展实战应急演练\n提升环境应急能力\n本报讯（记者 王译博）为检验辖区环境风险防控体系建设工作，组织开展演练活动。",
        [
            ("headline", "开展实战应急演练"),
            ("headline", "提升环境应急能力"),
            ("lead", "本报讯（记者 王译博）为检验辖区环境风险防控体系建设工作，组织开展演练活动。"),
        ],
        id="headline-chain-before-a-lead",
    ),
    pytest.param(
        "二七区医疗资源变身产业增长极\n\n本报讯（记者 刘伟平 朱翔宇）走进二七区，医疗健康产业活力涌动。",
        [
            ("headline", "二七区医疗资源变身产业增长极"),
            ("lead", "本报讯（记者 刘伟平 朱翔宇）走进二七区，医疗健康产业活力涌动。"),
        ],
        id="headline-not-joined-to-the-lead",
    ),
    pytest.param(
        "金水区： 精准监督护航民生\n本报讯 近日，金水区纪委监委开展专项监督检查。",
        [("headline", "金水区： 精准监督护航民生"), ("lead", "本报讯近日，金水区纪委监委开展专项监督检查。")],
        id="headline-spaces-kept",
    ),
    pytest.param(
        "## 二七区工会第五次代表大会举行\n\n大会于今日召开，选举产生了新一届委员会。",
        [("headline", "二七区工会第五次代表大会举行"), ("text", "大会于今日召开，选举产生了新一届委员会。")],
        id="markdown-heading",
    ),
    pytest.param(
        "# 河南郑州MAH创新发展与合作大会在二七区召开\n### 扎实履行基本职责\n本报讯 大会在二七区召开。",
        [
            ("headline", "河南郑州MAH创新发展与合作大会在二七区召开"),
            ("headline", "扎实履行基本职责"),
            ("lead", "本报讯大会在二七区召开。"),
        ],
        id="markdown-heading-levels",
    ),
    pytest.param(
        "## ## 重复的标题标记\n正文内容在这里，说明情况。",
        [("headline", "重复的标题标记"), ("text", "正文内容在这里，说明情况。")],
        id="repeated-heading-marks",
    ),
    pytest.param(
        "本报讯 近日，二七区召开会议，部署下一步工作。\n\n记者 景静\n\n下一篇文章的标题\n本报讯 另一条消息。",
        [
            ("lead", "本报讯近日，二七区召开会议，部署下一步工作。"),
            ("byline", "记者 景静"),
            ("headline", "下一篇文章的标题"),
            ("lead", "本报讯另一条消息。"),
        ],
        id="byline-line",
    ),
    pytest.param(
        "本报讯（记者 王译博 通讯员\n\n高岩）连日来，经开区京航办事处\n各社区（村）充分发挥党组织战斗\n堡垒作用。",
        [("lead", "本报讯（记者 王译博 通讯员高岩）连日来，经开区京航办事处各社区（村）充分发挥党组织战斗堡垒作用。")],
        id="lead-broken-inside-the-byline",
    ),
    pytest.param(
        "本报讯 会议召开。\n会议审议通过了《方案》，学习了全\n\n国工商联《通报》文件精神，号召大家在新的一年里百尺竿头更进一步，为经济发展贡献力量。",
        [
            ("lead", "本报讯会议召开。"),
            (
                "text",
                "会议审议通过了《方案》，学习了全国工商联《通报》文件精神，号召大家在新的一年里百尺竿头更进一步，为经济发展贡献力量。",
            ),
        ],
        id="no-subhead-where-a-word-spans-the-break",
    ),
    pytest.param(
        "本报讯 会议召开。\n近年来，为了推进村集体经济\n\n发展，大坡顶村改良闲置土地种植红薯，建设鲜薯地下储藏库，打造红薯产业链条，带动周边村民增收致富。",
        [
            ("lead", "本报讯会议召开。"),
            (
                "text",
                "近年来，为了推进村集体经济发展，大坡顶村改良闲置土地种植红薯，建设鲜薯地下储藏库，打造红薯产业链条，带动周边村民增收致富。",
            ),
        ],
        id="no-subhead-at-a-sentence-opening",
    ),
    pytest.param(
        "本报讯 会议召开。\n大型演出震撼上演, 艺术展览精彩纷呈\n\n活动期间，各类演出轮番上演，吸引了众多市民前来观看，现场气氛热烈，市民纷纷表示这样的活动丰富了大家的文化生活。",
        [
            ("lead", "本报讯会议召开。"),
            ("subhead", "大型演出震撼上演， 艺术展览精彩纷呈"),
            (
                "text",
                "活动期间，各类演出轮番上演，吸引了众多市民前来观看，现场气氛热烈，市民纷纷表示这样的活动丰富了大家的文化生活。",
            ),
        ],
        id="subhead-of-two-parallel-phrases",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), BLOCK_CASES)
def test_blocks(raw: str, expected: list[tuple[str, str]]) -> None:
    doc = clean(raw)
    assert blocks(doc) == expected
    assert doc.text == "\n".join(text for _, text in expected)


# --- offsets --------------------------------------------------------------------


OCR_PAIRS = {
    (w, r) for wrong, right in load_lexicon().ocr_fixes.items() for w, r in zip(wrong, right) if w != r
}  # 人 -> 入 (深人 -> 深入)


def same_char(original: str, cleaned: str) -> bool:
    """``cleaned`` is ``original``, its width-normalised form (８ -> 8, , -> ，, . -> 。, " -> “) or its OCR fix."""
    if cleaned == original or (original, cleaned) in OCR_PAIRS:
        return True
    if unicodedata.normalize("NFKC", original) == unicodedata.normalize("NFKC", cleaned):
        return True
    if unicodedata.normalize("NFKC", original) == "." and cleaned == "。":
        return True  # a full stop after Chinese text
    if original in " \t\u3000\u00a0" and cleaned == "，":
        return True  # the gap between two cells of a table row
    return original == '"' and cleaned in "“”"


def check_offsets(doc: Document, repaired: CleanDocument) -> None:
    text, offsets, original = repaired.text, repaired.offsets, doc.text
    assert repaired.original == original
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(original)
    assert all(0 <= o <= len(original) for o in offsets)
    assert all(a <= b for a, b in itertools.pairwise(offsets)), "offsets go backwards"
    # the blocks tile the text, separated by single newlines
    assert [b.start for b in repaired.blocks[1:]] == [b.end + 1 for b in repaired.blocks[:-1]]
    if repaired.blocks:
        assert (repaired.blocks[0].start, repaired.blocks[-1].end) == (0, len(text))
    else:
        assert text == ""
    separators = {b.end for b in repaired.blocks[:-1]}
    for i, ch in enumerate(text):
        if ch == "\n":
            assert i in separators, f"newline inside a block at {i}"
            continue
        assert offsets[i] < len(original)
        source = original[offsets[i]]
        if ch == " ":
            if source in " \t\u3000\u00a0":
                continue  # whitespace of the page, written as one space
            # a space inserted between two Latin words joined from two lines
            assert text[i - 1].isascii() and text[i - 1].isalnum() and text[i + 1].isascii() and text[i + 1].isalnum()
            continue
        assert same_char(source, ch), f"clean {ch!r} at {i} maps to {source!r} at {offsets[i]}"


@pytest.mark.parametrize("raw", [p.values[0] for p in TEXT_CASES + BLOCK_CASES])
def test_offsets_point_at_the_original_characters(raw: str) -> None:
    doc = Document(path="t.txt", text=raw, encoding="utf-8")
    check_offsets(doc, repair(doc))


def test_to_original_spans_a_word_broken_across_lines() -> None:
    raw = "自疫情防控开始以来，京航办\n\n事处各社区每天消杀。"
    doc = clean(raw)
    start = doc.text.index("京航办事处")
    begin, end = doc.to_original(start, start + 5)
    assert raw[begin:end] == "京航办\n\n事处"


@pytest.fixture(scope="module")
def seed_docs() -> list[Document]:
    return read_inputs([str(SEEDS)], warn=lambda message: None)


def test_seed_offsets(seed_docs: list[Document]) -> None:
    assert len(seed_docs) == 5
    for doc in seed_docs:
        check_offsets(doc, repair(doc))


def test_seed_003_column_layout_is_repaired(seed_docs: list[Document]) -> None:
    doc = next(d for d in seed_docs if d.path.startswith("003_"))
    text = repair(doc).text
    for fragment in (
        "京航办事处各社区",
        "风险防控体系建设工作",
        "理论依据和参考，进一步提升",
        "（记者 王译博 通讯员高岩）",
    ):
        assert fragment in text
    assert "京航办\n" not in text and "体系\n" not in text


def test_seed_paragraphs_are_stable(seed_docs: list[Document]) -> None:
    """A repaired paragraph, repaired again on its own, stays as it is."""
    for doc in seed_docs:
        repaired = repair(doc)
        for kind, text in blocks(repaired):
            if kind in ("lead", "text"):
                assert clean(text).text == text, (doc.path, text)


# --- properties -----------------------------------------------------------------

HAN = "京航办事处体系建设工作依据和参考本报讯记者刘伟平朱翔宇通讯员区委书记王深人入录"
PUNCT = "。，、；：！？“”‘’（）《》…—～·,.;:!?()\"'-/%+"
ODD = [
    "\u200b",
    "\u200c",
    "\ufeff",
    "\u00ad",
    "\ufffd",
    "\u3000",
    "\u00a0",
    "\t",
    "０",
    "９",
    "Ａ",
    "ｚ",
    "％",
    "．",
    "／",
]
TOKENS = ["本报讯", "记者 ", "通讯员 ", "文/图", "\n\n", "  ", "AI", "5G", "2021年", "1,000"]
PIECES = st.one_of(
    st.sampled_from(list(HAN)),
    st.sampled_from(list(PUNCT)),
    st.sampled_from(list("abcXYZ019 \n")),
    st.sampled_from(ODD),
    st.sampled_from(TOKENS),
)
PAGES = st.lists(PIECES, max_size=80).map("".join)
HEADINGS = st.lists(st.one_of(PIECES, st.sampled_from(["# ", "## ", "\n## ", "\n#\t", "###"])), max_size=60).map(
    "".join
)


@settings(deadline=None)
@given(st.one_of(PAGES, HEADINGS))
@example("a\n\n\ta")  # a blank line inside a paragraph, the next line indented with a tab
def test_repair_never_fails_and_keeps_the_offset_map(text: str) -> None:
    doc = Document(path="t.txt", text=text, encoding="utf-8")
    check_offsets(doc, repair(doc))


@settings(deadline=None)
@given(PAGES)
@example("京\u3000京\u30001,0001,000\n\n京")  # cells without a number: no row, or a second repair joins it
@example("0，\u3000京\u3000,\u3000京")  # a mark between gaps is no cell: no row on the second repair either
def test_repair_is_idempotent(text: str) -> None:
    """Repairing the clean text again changes nothing, on pages without subheads or ``#`` marks.

    Two kinds of block cannot be recognised again in clean text, by design:

    * a markdown heading loses its ``#`` mark, so on a second pass it is an ordinary
      short line (joined to the next line unless a 本报讯 lead follows);
    * a subhead is a short unpunctuated line judged against the page's column width
      (the median length of its text lines), and joining the columns into paragraphs
      is exactly what changes that median.

    Pages without ``#`` whose first repair found no subhead are the domain here;
    everything else (joining, spaces, widths, punctuation) must be stable.
    """
    assume("#" not in text)
    first = clean(text)
    assume(all(b.kind != "subhead" for b in first.blocks))
    assert clean(first.text).text == first.text


@pytest.mark.parametrize(
    "raw",
    [
        "a,(京",  # widening spreads to the half-width neighbour
        "宇\n!",  # joined lines bring a mark next to Chinese
        ")\t。",  # a removed space does too
        "京 京\n京;",  # a short line joined into a paragraph is body text
        "京，" + ", " * 50 + "京。",  # long chain of marks and spaces
        "## ## 京",  # repeated heading marks
        "a,,",
    ],
)
def test_idempotence_regressions(raw: str) -> None:
    first = clean(raw)
    assert clean(first.text).text == first.text


def test_long_chains_of_marks_and_spaces_stay_linear() -> None:
    import time

    raw = "京，" + ", " * 20000 + "京。"
    started = time.perf_counter()
    text = clean(raw).text
    assert text == "京" + "，" * 20001 + "京。"
    assert time.perf_counter() - started < 5


def test_a_pages_masthead_is_no_headline_and_no_article_text() -> None:
    from kg.segment import segment

    page = (
        "周口日报\n2024年8月30日 星期五\n第02版 要闻·政协\n\n市政协五届十一次常委会议召开\n\n"
        "本报讯（记者 岳佳宁）8月29日，市政协常委会会议召开。\n"
    )
    clean = repair(Document(path="p.txt", text=page, encoding="utf-8"))
    assert [clean.text[b.start : b.end] for b in clean.blocks if b.kind == "masthead"] == [
        "周口日报",
        "2024年8月30日 星期五",
        "第02版 要闻·政协",
    ]
    assert [a.headline for a in segment(clean)] == ["市政协五届十一次常委会议召开"]


def test_a_table_row_keeps_its_cells_apart_and_a_masthead_or_headline_is_none() -> None:
    page = (
        "郑州日报  2024年11月6日  05版  清风郑州\n\n"
        "抢抓机遇促发展  凝心聚力谱新篇  奋力谱写新篇章\n\n"
        "序号　项目名称　　　　签约企业　　　　落地县区\n"
        "１　冷链物流园项目　　河南中冷供应链管理有限公司　　睢阳区\n"
        "２　预制菜项目　　　　河南味之源食品有限公司　　　　柘城县\n"
    )
    repaired = clean(page)
    check_offsets(Document(path="t.txt", text=page, encoding="utf-8"), repaired)
    blocks = [(b.kind, repaired.text[b.start : b.end]) for b in repaired.blocks]
    assert ("masthead", "郑州日报  2024年11月6日  05版  清风郑州") in blocks or blocks[0][0] == "masthead"
    texts = [text for _, text in blocks]
    assert "1，冷链物流园项目，河南中冷供应链管理有限公司，睢阳区" in texts  # a row is a block of its own
    assert "序号，项目名称，签约企业，落地县区" in texts
    assert not any("，凝心聚力" in text for text in texts)  # a headline of two gaps is no row


def test_rows_under_a_header_need_no_number() -> None:
    page = (
        "部分重点项目进展情况如下：\n\n"
        "项目名称　　　　　　建设单位　　　　　　　总投资（亿元）　进展情况\n"
        "冷链物流枢纽项目　　河南豫空冷链物流有限公司　　　18.6　　　　　主体完工\n"
        "第三水厂项目　　　　郑州航空港区水务发展有限公司　9.8　　　　　 管网铺设\n\n"
        "据介绍，港区将对重点项目实行周调度。\n"
    )
    repaired = clean(page)
    check_offsets(Document(path="t.txt", text=page, encoding="utf-8"), repaired)
    texts = [repaired.text[b.start : b.end] for b in repaired.blocks]
    assert "冷链物流枢纽项目，河南豫空冷链物流有限公司，18.6，主体完工" in texts
    assert "第三水厂项目，郑州航空港区水务发展有限公司，9.8，管网铺设" in texts
    assert "据介绍，港区将对重点项目实行周调度。" in texts  # not a row: no row before it


def test_a_long_subheadline_that_lists_is_no_body_text() -> None:
    page = (
        "许昌日报 2021年12月30日 星期四 第03版 县域新闻\n\n"
        "凝心聚力谱新篇 实干担当启新程\n"
        "鄢陵县第十八届人民代表大会第一次会议闭幕\n"
        "选举产生县人大常委会、县人民政府领导人员和县监察委员会主任、县人民法院院长、县人民检察院检察长\n\n"
        "　　本报讯（记者 晁一鸣）12月29日上午，鄢陵县第十八届人民代表大会第一次会议闭幕。\n"
    )
    repaired = clean(page)
    kinds = {repaired.text[b.start : b.end]: b.kind for b in repaired.blocks}
    assert kinds.get("鄢陵县第十八届人民代表大会第一次会议闭幕") == "headline"
    assert not any(kind == "text" and text.startswith("鄢陵县第十八届") for text, kind in kinds.items())


def test_a_formal_notice_title_after_a_story_is_a_headline_of_its_own() -> None:
    page = (
        "新闻\n\n本报讯 目前，案件正在进一步侦办中。\n\n"
        "鹤壁市公安局交通管理支队关于淇滨区九州路部分路段实行交通管制的通告\n\n"
        "因淇滨区九州路雨污分流改造工程施工需要，决定实行交通管制。\n"
    )
    repaired = clean(page)
    texts = {repaired.text[b.start : b.end]: b.kind for b in repaired.blocks}
    assert texts.get("鹤壁市公安局交通管理支队关于淇滨区九州路部分路段实行交通管制的通告") == "headline"


def test_rows_of_amounts_need_neither_number_nor_header() -> None:
    page = (
        "重点项目集中签约\n\n本报讯 部分签约项目如下：\n"
        "沈丘县\n"
        "年产10万吨差别化纤维及高端面料项目　江苏恒茂纺织科技有限公司　18.5亿元\n"
        "智能仓储冷链物流园项目　浙江速运达供应链管理有限公司　6.2亿元\n"
        "郸城县\n"
        "年产3000吨生物发酵制品项目　山东华恺生物工程有限公司　12亿元\n"
    )
    repaired = clean(page)
    check_offsets(Document(path="t.txt", text=page, encoding="utf-8"), repaired)
    assert "智能仓储冷链物流园项目，浙江速运达供应链管理有限公司，6.2亿元" in repaired.text
    assert "年产3000吨生物发酵制品项目，山东华恺生物工程有限公司，12亿元" in repaired.text
    # one such line is no table (a headline of two phrases and an amount)
    single = clean("新闻\n\n抢抓机遇　凝心聚力　投资18亿元\n\n本报讯 项目开工。\n")
    assert "，投资18亿元" not in single.text


def test_a_notice_and_a_profile_with_no_lead_are_stories_of_their_own() -> None:
    page = (
        "信阳日报　2025年1月18日　星期六　第03版　要闻\n\n\n"
        "讣告\n\n"
        "商城县人大常委会原主任祁振邦同志，因病医治无效，于2025年1月14日逝世。\n\n"
        "中共商城县委员会\n2025年1月15日\n\n\n"
        "祁振邦同志生平\n\n"
        "祁振邦，男，汉族，1950年3月生，河南光山人。\n\n\n"
        "县领导调整\n\n"
        "本报讯（记者 柴文博）7月16日，卢氏县召开领导干部会议。\n\n"
        "邢海峰同志简历\n\n"
        "邢海峰，男，汉族，1976年8月生。\n"
    )
    doc = Document(path="t.txt", text=page, encoding="utf-8")
    repaired = repair(doc)
    headlines = [article.headline for article in segment(repaired)]
    # a profile under a story's last sentence belongs to the story
    assert headlines == ["讣告", "祁振邦同志生平", "县领导调整"]


def test_a_title_below_a_story_closed_by_its_byline_opens_a_story_with_no_lead() -> None:
    page = (
        "周口日报　2025年9月2日　星期二　第05版　乡村\n\n"
        "村医芦桂芬：守护乡亲30年\n"
        "本报讯在西华县红花集镇前营村，村医芦桂芬又出诊了。\n"
        "“乡亲们信我，我就得对得起这个班。”芦桂芬说。\n"
        "（郦文鹏）\n\n"
        "老街上的“烟火气”\n"
        "清晨5点半，逍遥镇老街的胡辣汤摊已经支起了大锅。\n"
        "摊主关小红一边招呼客人一边说，生意越来越好。\n\n"
        "西瓜丰收\n"
        "本报记者 穆青\n\n"
        "种植经验\n"
        "葛岗村的西瓜今年又丰收了。\n"
        "记者 付瑞怡\n\n"
        "招大引强促发展\n"
        "昊腾新材料产业园成功签约\n"
        "本报讯 日前，夏邑县举行昊腾新材料产业园签约仪式。\n"
        "夏邑县委常委、常务副县长蒋磊作为甲方代表，与乙方\n"
        "代表天卓智能装备有限公司董事长耿铭强签约。\n"
    )
    doc = Document(path="t.txt", text=page, encoding="utf-8")
    headlines = [article.headline for article in segment(repair(doc))]
    # the byline closing a story ends it; a byline under a headline opens the story, whose
    # subheading (种植经验) is no story of its own
    # and a kicker over a headline over its lead is one story's headline (招大引强促发展 is no story)
    assert headlines == [
        "村医芦桂芬：守护乡亲30年",
        "老街上的“烟火气”",
        "西瓜丰收",
        "招大引强促发展 昊腾新材料产业园成功签约",
    ]


def test_a_subheading_below_the_byline_under_a_lead_paragraph_stays_in_the_story() -> None:
    page = (
        "乡村振兴看西峡\n"
        "本报讯 近年来，西峡县坚持规划引领，乡村面貌焕然一新。\n"
        "本报记者 张伟 通讯员 李明\n\n"
        "坚持规划引领，绘就发展蓝图\n"
        "走进丹水镇，一条条村道干净整洁。\n"
    )
    doc = Document(path="t.txt", text=page, encoding="utf-8")
    assert [article.headline for article in segment(repair(doc))] == ["乡村振兴看西峡"]


def test_a_line_ending_in_a_title_and_part_of_a_name_goes_on_in_the_next() -> None:

    text = (
        "新闻\n\n本报讯 近日，社区召开会议，听取居民意见，最终确定了23项改造内容。\n"
        "顺河街街道党工委书记臧宏\n斌告诉记者，改造中，街道成立\n了由社区干部组成的专班。\n"
    )
    sentences = [s.text for a in _articles(text) for s in a.sentences]
    assert any(s.startswith("顺河街街道党工委书记臧宏斌告诉记者") for s in sentences)


def test_a_story_set_apart_between_two_bylines_may_open_with_its_time() -> None:

    text = (
        "唐河花生喜丰收\n\n本报通讯员 庄晓萌\n\n秋分过后，唐河县郭滩镇的花生地里，收获机来回作业。\n"
        "县里新建了8处花生烘干点，收获后的花生可就近烘干。\n\n\n"
        "新野：粮企敞开收购 农民卖粮不愁\n\n9月以来，位于新野县王庄镇的粮企敞开收购。\n\n"
        "新野县发展和改革委员会副主任郏红梅介绍了情况。\n\n（殳海涛 冷佳音）\n"
    )
    assert [a.headline for a in _articles(text)] == ["唐河花生喜丰收", "新野：粮企敞开收购 农民卖粮不愁"]


def test_company_names_one_per_line_under_a_lists_heading_are_rows() -> None:

    text = (
        "质量奖揭晓\n\n本报讯 获奖名单如下:\n县长质量奖(2家):\n洛阳中宜精密轴承有限公司\n河南锦屏新材料股份有限公司\n"
        "县长质量奖提名奖(2家):\n洛阳福瑞达陶瓷有限公司\n宜阳县香鹿山农产品专业合作社\n据了解,获奖企业将获奖励.\n"
    )
    sentences = [s.text for a in _articles(text) for s in a.sentences]
    # before: the names ran together (洛阳福瑞达陶瓷有限公司宜阳县香鹿山…合作社 read as one company)
    assert {"洛阳福瑞达陶瓷有限公司", "宜阳县香鹿山农产品专业合作社", "河南锦屏新材料股份有限公司"} <= set(sentences)


def test_a_column_of_news_in_brief_is_an_article_of_its_own() -> None:

    text = (
        "彭楼村变身示范村\n\n本报讯 彭楼村集体经济收入达到46万元。\n\n张陶乡乡长牛子墨介绍了经验。\n\n"
        "乡镇简讯\n\n●近日，夏庄镇中心学校开展防溺水安全教育。（郁婷婷）\n\n"
        "●6月13日，临河乡召开秸秆禁烧工作推进会。（龚小满）\n"
    )
    # before: the column ran on as part of the story above it
    assert [a.headline for a in _articles(text)] == ["彭楼村变身示范村", "乡镇简讯"]


def test_a_lead_relaying_a_bodys_news_opens_a_story() -> None:
    """据商水县纪委监委消息：… under a two-line headline opens a story, as 本报讯 does."""

    text = (
        "周口市管干部任前公示\n\n　　为进一步扩大干部工作中的民主，现将拟任职干部情况予以公示。\n\n"
        "商水县政协原副主席伍建军\n接受纪律审查和监察调查\n\n"
        "　　据商水县纪委监委消息：原任商水县政协副主席伍建军涉嫌严重违纪违法。（通讯员 柯雯）\n"
    )
    assert [a.headline for a in _articles(text)] == [
        "周口市管干部任前公示",
        "商水县政协原副主席伍建军 接受纪律审查和监察调查",
    ]


def test_a_table_of_figures_under_a_title_is_a_box_of_its_own() -> None:
    """A title set apart, a note (截至…（单位：万亩）), rows of figures with their header, then the
    source (（县农业农村局提供））: an article of its own, which neither runs into the headline of
    the next story nor hides in the story before."""

    text = (
        "“烘干塔”让种粮户吃上定心丸\n本报讯（记者 隋庆丰）6月4日傍晚，两座烘干塔满负荷运转。\n\n"
        "全县部分乡镇麦收进度\n截至6月4日18时（单位：万亩）\n乡镇　　　种植面积　已收　进度\n"
        "八里营镇　9.8　　　6.1　62.2%\n老店镇　　10.5　　 6.2　59.0%\n留固镇　　9.2　　　5.4　58.7%\n"
        "（县农业农村局提供）\n\n良种小麦收购开秤\n本报讯 6月3日，河南金穗源种业有限公司开秤收购。（邢雨桐）\n"
    )
    assert [a.headline for a in _articles(text)] == [
        "“烘干塔”让种粮户吃上定心丸",
        "全县部分乡镇麦收进度",
        "良种小麦收购开秤",
    ]


def test_a_story_under_a_bracketed_kicker_closing_with_two_names_is_its_own() -> None:
    """【乡村民宿】 / 老宅变身“云栖小院” set apart under a story, its body closing with two names in
    brackets (（蓝天宇 华思琪）, whose space stays): a story of its own, credited to both."""

    text = (
        "“豫南老物件”特展开展\n\n本报讯 9月23日，特展在驻马店市天中民俗博物馆开展。\n馆长鞠明远介绍了展品。\n\n"
        "【乡村民宿】\n老宅变身“云栖小院”\n\n泌阳县象河乡枣园村的“云栖小院”民宿，每到周末总是一房难求。\n"
        "今年5月，“云栖小院”被评为省级甲级民宿。（蓝天宇 华思琪）\n"
    )
    articles = _articles(text)
    assert len(articles) == 2
    assert "老宅变身“云栖小院”" in articles[1].headline
    assert {m.name for m in articles[1].byline} == {"蓝天宇", "华思琪"}


OBITUARY_AND_FEATURE = """焦作日报　2025年1月24日　星期五　第04版　综合


沉痛悼念凤立堂同志
讣　告

　　中国共产党优秀党员、焦作市人大常委会原副主任凤立堂同志，因病医治无效，于2025年1月21日逝世。
　　特此讣告。


情系老同志 浓浓敬老情
市领导春节前走访慰问老干部

　　本报讯（记者 鲁思远）新春佳节来临之际，市领导分别走访慰问离退休老干部。
　　市政协主席束文华到修武县，看望慰问了老干部。


　　武陟县委老干部局
　　“三心”服务让老同志暖心
　　——2024年工作回眸

　　□通讯员 郝佳琪 姜敏

　　2024年，武陟县委老干部局紧扣目标，
以“贴心、暖心、
安心”服务为抓手，全
县离退休干部的获得感持续提升。
"""


def test_a_spaced_notice_title_and_a_marked_byline_line_open_stories() -> None:
    """讣　告 (spaced out) titles the notice under it; □通讯员 郝佳琪 姜敏 is a byline line that
    opens a story under the indented headline lines above it, not a paragraph of the story before."""
    articles = _articles(OBITUARY_AND_FEATURE)
    assert len(articles) == 3
    assert articles[0].subheadlines == ("沉痛悼念凤立堂同志", "讣\u3000告")
    assert articles[2].subheadlines[1] == "“三心”服务让老同志暖心"
    assert [mention.text for mention in articles[2].byline] == ["郝佳琪", "姜敏"]
    assert articles[2].sentences[-1].text.startswith("2024年，武陟县委老干部局")


def test_a_box_of_titled_items_under_a_list_title_is_an_article_of_its_own() -> None:
    """重点提案办理进展一览 / 《关于…的提案》 / 提案人：…: a box of proposals beside the story before,
    an article of its own (the stories after it keep their numbers and bylines)."""
    text = (
        "新乡日报 2025年7月16日 星期三 第07版 政协之窗\n\n市政协召开重点提案办理协商会\n\n"
        "　　本报讯（记者 琚文轩）7月14日，市政协召开重点提案办理协商会。\n\n"
        "重点提案办理进展一览\n\n"
        "　　《关于加快推进中心城区老旧小区改造的提案》\n　　提案人：民盟新乡市委（集体提案）\n"
        "　　主办单位：市住建局　会办单位：市城市管理局、市财政局\n"
        "　　办理进展：今年全市计划改造老旧小区126个，已开工98个，完成加装电梯37部。\n"
        "　　《关于支持预制菜产业高质量发展的提案》\n　　提案人：阙建国（市政协委员，新乡丰源食品有限公司董事长）\n"
        "　　承办单位：市农业农村局、市商务局\n"
        "　　答复要点：市农业农村局正在编制预制菜产业发展规划，拟在原阳县建设预制菜产业园。\n\n"
        "委员工作室里“话”民生\n\n　　本报讯（通讯员 訾宇航）7月10日，居民围坐一起聊起了停车难。\n"
    )
    assert [a.headline for a in _articles(text)] == [
        "市政协召开重点提案办理协商会",
        "重点提案办理进展一览",
        "委员工作室里“话”民生",
    ]
