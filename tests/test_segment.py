"""Articles and headlines of the seed pages, against the gold headline list."""

from __future__ import annotations

import re

import pytest

from kg.layout import repair
from kg.read import read_inputs
from kg.segment import segment, trailing_byline

from .conftest import SEEDS


def _norm(text: str) -> str:
    return re.sub(r"[\s“”\"'‘’（）()：:，,、]", "", text)


@pytest.fixture(scope="module")
def segmented() -> dict[str, list]:
    return {doc.path: segment(repair(doc)) for doc in read_inputs([str(SEEDS)])}


def test_every_gold_headline_is_found(segmented: dict[str, list], gold: list[dict]) -> None:
    for page in gold:
        found = [_norm(a.headline) for a in segmented[page["file"]]]
        for article in page["articles"]:
            if article["headline"]:
                assert any(_norm(article["headline"]) in h for h in found), (page["file"], article["headline"], found)


def test_headlines_go_to_the_article_they_describe(segmented: dict[str, list], gold: list[dict]) -> None:
    """003 prints some headlines after their article or before the wrong one; articles are in body order."""
    for page in gold:
        for expected, article in zip(page["articles"], segmented[page["file"]]):
            assert _norm(expected["headline"]) in _norm(article.headline), (
                page["file"],
                expected["headline"],
                article.headline,
            )


def test_article_count_matches_gold(segmented: dict[str, list], gold: list[dict]) -> None:
    for page in gold:
        assert len(segmented[page["file"]]) == len(page["articles"]), page["file"]


@pytest.mark.parametrize(
    ("text", "journalists"),
    [
        ("标题一行\n\n本报讯(记者 刘伟平 朱翔宇)走进二七区,医疗健康产业活力涌动。", ["刘伟平", "朱翔宇"]),
        ("标题\n\n本报讯 近日,开会了。\n\n记者 唐善普通讯员 王划册 文/图", ["唐善普", "王划册"]),
        ("标题\n\n本报讯 近日,二七区开会。记者 朱翔宇 通讯员 刘聪", ["朱翔宇", "刘聪"]),
        ("标题\n\n本报讯（郑报全媒体记者 徐刚领）昨日，记者从省委宣传部获悉。", ["徐刚领"]),
        ("标题\n\n本报讯 近日,开会了。\n\n党贺喜 郭铮", ["党贺喜", "郭铮"]),
        # stray spaces and line breaks of the print layout
        ("标题\n\n本报讯（记 者 袁洪轩）近日，开会了。", ["袁洪轩"]),
        ("标题\n\n本报讯(记者 陈 欣莉 通 讯员 钱华)近日,开会了。", ["陈欣莉", "钱华"]),
        ("标题\n\n本报讯（记者 龙光刚 通讯员 韦思飞\n许晓林）9月20日下午，开会了。", ["龙光刚", "韦思飞", "许晓林"]),
        ("标题\n\n本报讯（记者 陶云龙 通讯员 卢静\n文/图）9月25日，开会了。", ["陶云龙", "卢静"]),
    ],
)
def test_bylines(text: str, journalists: list[str]) -> None:
    from kg.model import Document

    articles = segment(repair(Document("t.txt", text, "utf-8")))
    assert [m.name for a in articles for m in a.byline] == journalists
    for article in articles:
        for mention in article.byline:
            assert mention.text.replace(" ", "").replace("\n", "") == mention.name


def test_a_lone_name_before_the_next_headline_is_a_byline() -> None:
    from kg.model import Document

    text = (
        "第一篇的标题\n\n本报讯 近日，开会了，会议总结了前一阶段的工作并安排部署下一阶段的重点任务。\n\n"
        "黄冠丹\n\n罗山县下邱沟村： 小杂粮飘香\n\n本报讯 另一条消息。"
    )
    articles = segment(repair(Document("t.txt", text, "utf-8")))
    assert [[m.name for m in a.byline] for a in articles] == [["黄冠丹"], []]
    assert all("黄冠丹" not in a.headline for a in articles)


def test_sentences_point_into_the_clean_text(segmented: dict[str, list]) -> None:
    for doc in read_inputs([str(SEEDS)]):
        clean = repair(doc)
        for article in segmented[doc.path]:
            for sentence in article.sentences:
                assert clean.text[sentence.start : sentence.end] == sentence.text
                assert "记者" not in sentence.text[:6] or "记者在" in sentence.text or "记者从" in sentence.text


STORY_THEN_BRIEF = (
    "麦香满仓笑开颜\n\n本报记者 甘若帆\n\n6月4日傍晚，最后一块地的小麦收完了。高堂乡党委副书记、乡长席海波告诉记者，"
    "乡里正推动家庭农场与合作社结对子。\n\n我市小麦收获进度过七成\n\n6月5日，记者从周口市农业农村局获悉，全市已收获小麦"
    "786万亩。\n\n岑立国介绍，全市设立农机服务站126个。（记者 路欣然）\n\n\n灯会带火农家乐\n\n"
    "“从正月初一到现在，天天满座。”2月25日，在苍峪镇石佛寺村，村民葛春梅说。\n\n（记者 闵书瑶）"
)
STORY_WITH_SUBHEADING = (
    "麦香满仓笑开颜\n\n本报讯（记者 甘若帆）6月4日傍晚，最后一块地的小麦收完了。\n\n收得快\n\n"
    "6月5日，联合收割机开进了刘寨村，一天收了三百亩。\n\n种得好\n\n6月6日，玉米播下去了。\n\n"
    "乡长席海波说，今年秋粮有把握。"
)


def test_a_brief_set_apart_under_a_story_that_ends_is_an_article_of_its_own() -> None:
    from kg.model import Document

    articles = segment(repair(Document("t.txt", STORY_THEN_BRIEF, "utf-8")))
    # before: the dated brief and its byline went to the story above (no byline of its own
    # before its headline), and a byline line in brackets was read as a headline
    assert [a.headline for a in articles] == ["麦香满仓笑开颜", "我市小麦收获进度过七成", "灯会带火农家乐"]
    assert [[m.name for m in a.byline] for a in articles] == [["甘若帆"], ["路欣然"], ["闵书瑶"]]
    # a subheading over a dated paragraph in a story with no byline below it stays in the story
    assert len(segment(repair(Document("t.txt", STORY_WITH_SUBHEADING, "utf-8")))) == 1


def test_names_alone_in_brackets_after_an_articles_end_are_its_byline() -> None:
    from kg.model import Document

    text = (
        "代表联络站里听民声\n\n本报讯 7月12日是杏岗乡人大代表联络站的代表接待日。全乡已办结39条。（蓝沁怡）\n\n"
        "第二条消息\n\n本报讯 会议强调，要抓好落实（部署）。今年收购小麦（万吨）。"
    )
    articles = segment(repair(Document("t.txt", text, "utf-8")))
    # before: no byline without a role word (记者, 通讯员) in it
    assert [[m.name for m in a.byline] for a in articles] == [["蓝沁怡"], []]
    assert all("蓝沁怡" not in s.text for s in articles[0].sentences)


def test_a_credit_or_an_end_mark_in_brackets_is_no_byline() -> None:
    from kg.model import Document

    for mark in ("宣传部", "林业局", "全文完", "待续", "文明办"):
        text = f"植树活动\n\n本报讯 全县共栽植苗木2000余株。（{mark}）"
        articles = segment(repair(Document("t.txt", text, "utf-8")))
        assert [m.name for a in articles for m in a.byline] == [], mark


def test_a_subheading_over_a_dated_paragraph_of_a_story_with_no_byline_yet_stays_in_it() -> None:
    from kg.model import Document

    text = (
        "全市重点项目观摩活动举行\n\n本报讯 3月5日至6日，全市重点项目观摩活动举行。市委书记张国强带领观摩团深入各县。\n\n"
        "比学赶超 再掀热潮\n\n3月6日下午，全市重点项目观摩点评会召开。市长李红梅主持会议。（记者 王晓丽 通讯员 赵鹏）"
    )
    articles = segment(repair(Document("t.txt", text, "utf-8")))
    # the story had no byline before: the one after its subheading is its own (the review's case)
    assert len(articles) == 1 and [m.name for m in articles[0].byline] == ["王晓丽", "赵鹏"]


def test_a_feature_a_sidebar_and_a_brief_after_a_caption_are_articles_of_their_own() -> None:
    from kg.model import Document

    text = (
        "非遗文化节开幕\n\n本报讯（记者 闻雅琴）6月13日晚，文化节开幕。\n\n"
        "图为开幕式上，郅秀娥向游客展示剪纸作品。　记者 闻雅琴 摄\n\n\n"
        "一把剪刀剪出窑院新生活\n\n——记陕州剪纸代表性传承人郅秀娥\n\n"
        "在张汴乡北营村的一座地坑院里，62岁的郅秀娥正带着学员剪窗花。（井宏博）\n\n"
        "记者手记：手艺在指尖传承\n\n采访郅秀娥的两天里，她的剪刀几乎没停过。\n\n（闻雅琴）\n\n"
        "沈丘企业广交会上接单忙\n\n4月16日，在广交会周口市展区，展位前挤满了客商。（晏鹏程）\n"
    )
    articles = segment(repair(Document("t.txt", text, "utf-8")))
    # before: the feature under its dash subtitle, the sidebar and the dated brief after a
    # photo's caption ran on into the article above
    assert [a.headline for a in articles] == [
        "非遗文化节开幕",
        "一把剪刀剪出窑院新生活 ——记陕州剪纸代表性传承人郅秀娥",
        "记者手记：手艺在指尖传承",
        "沈丘企业广交会上接单忙",
    ]
    assert [sorted({m.name for m in a.byline}) for a in articles] == [["闻雅琴"], ["井宏博"], ["闻雅琴"], ["晏鹏程"]]


def test_names_in_brackets_on_a_line_of_their_own_are_a_byline() -> None:
    from kg.model import Document

    text = "淅川县人大常委会任免一批干部\n\n本报讯 4月14日，会议召开。会后，新任命人员进行了宪法宣誓。\n（茹晓光）\n"
    articles = segment(repair(Document("t.txt", text, "utf-8")))
    assert [m.name for m in articles[0].byline] == ["茹晓光"]


def test_a_series_label_in_brackets_under_a_headline_is_no_byline() -> None:
    from kg.model import Document

    text = "乡村振兴看商城\n（文化篇）\n\n本报讯 近年来，商城县文化事业蓬勃发展。\n"
    articles = segment(repair(Document("t.txt", text, "utf-8")))
    assert [(a.headline, [m.name for m in a.byline]) for a in articles] == [("乡村振兴看商城 （文化篇）", [])]


def test_two_numbers_on_two_lines_stay_apart() -> None:
    from kg.model import Document

    text = "便民服务\n\n本报讯 咨询电话：0376-7981234\n18837612345。1987年任副县长；19\n92年任县委副书记。"
    clean = repair(Document("t.txt", text, "utf-8"))
    assert "7981234 18837612345" in clean.text
    assert "1992年" in clean.text


def test_a_story_set_apart_after_a_caption_and_a_long_list_title() -> None:
    from kg.model import Document

    text = (
        "宜兴市党政代表团来民权县考察\n\n本报讯（记者 顾思源）10月27日，代表团来民权县考察。\n\n"
        "图为代表团在企业考察。　记者 顾思源 摄\n\n\n"
        "挂职副县长上官文博：\n当好两地合作“联络员”\n\n2024年8月，上官文博从宜兴市选派到民权县挂职。\n\n\n"
        "2025年商丘市职工职业技能大赛一等奖名单\n\n薄文杰　河南永昌重工机械股份有限公司　焊工\n"
        "禹春燕　国网商丘供电公司　电工\n仲海龙　商丘市华晟电力工程有限公司　电工\n"
    )
    articles = segment(repair(Document("t.txt", text, "utf-8")))
    assert [a.headline for a in articles] == [
        "宜兴市党政代表团来民权县考察",
        "挂职副县长上官文博： 当好两地合作“联络员”",
        "2025年商丘市职工职业技能大赛一等奖名单",
    ]


def test_sections_of_a_story_set_apart_after_its_sentences_stay_in_it() -> None:
    from kg.model import Document

    text = (
        "光山县南岗乡：一村一品绘就振兴新图景\n\n本报讯（记者 程晓雨）南岗乡各村发展特色产业。\n\n\n"
        "东岗村：油茶变成“致富果”\n\n东岗村种植油茶3000亩。\n\n\n石桥村：一片茶叶富了一方百姓\n\n石桥村种茶。\n"
    )
    assert len(segment(repair(Document("t.txt", text, "utf-8")))) == 1


def test_a_subheading_after_a_photo_inside_a_story_and_tables_that_are_no_tables() -> None:
    from kg.model import Document

    story = (
        "西平县发展特色产业\n\n本报讯（记者 孙明远）西平县大力发展特色产业。\n\n"
        "图为合作社社员采摘。　记者 孙明远 摄\n\n\n龙头带动\n\n县委书记刘卫东说，要抓好龙头企业。\n"
    )
    assert len(segment(repair(Document("t.txt", story, "utf-8")))) == 1
    headline = "服务民营企业  优化营商环境  推动高质量发展\n\n本报讯 全县召开民营经济发展大会。\n"
    assert [a.headline for a in segment(repair(Document("t.txt", headline, "utf-8")))] == [
        "服务民营企业 优化营商环境 推动高质量发展"
    ]


def test_a_closing_byline_of_names_one_of_them_also_a_word() -> None:
    """（者晓丽 白云）: 白云 is a word, but beside a name that is none both are names; （白云）
    alone, or words only, are no byline."""
    found = trailing_byline("合作社理事长陶明芬说，荔枝不愁卖了。（者晓丽 白云）", last=True)
    assert found is not None and found.group(1) == "者晓丽 白云"
    assert trailing_byline("荔枝不愁卖了。（白云）", last=True) is None
    assert trailing_byline("荔枝不愁卖了。（白云 蓝天）", last=True) is None
