"""Competency questions (queries/*.rq) against the seed graph.

The expected rows were written by reading the seed pages, not by running kg.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import KnowledgeGraph
from kg.query import query

from .conftest import ROOT

EXPECTED: dict[str, set[tuple[str, ...]]] = {
    "officials_of_district": {
        ("樊惠林", "区委书记", "二七区委"),
        ("虎荣鑫", "区委副书记", "二七区委"),
        ("虎荣鑫", "区长", "二七区政府"),
        ("王泽文", "区委常委", "二七区委"),
        ("王泽文", "统战部长", "二七区委统战部"),
        ("王泽文", "区委办主任", "二七区委办"),
        ("申红涛", "区委常委", "二七区委"),
        ("申红涛", "宣传部长", "二七区委宣传部"),
        ("高留念", "区政府副区长", "二七区政府"),
        ("李锦勇", "区委宣传部常务副部长", "二七区委宣传部"),
        ("李国立", "区政府党组成员", "二七区政府"),
        ("陈卫东", "管委会主任", "二七经开区管委会"),
        ("吕安民", "区人大常委会主任", "二七区人大常委会"),
        ("屈连武", "区委常委", "二七区委"),
        ("屈连武", "常务副区长", "二七区政府"),
    },
    "projects_visited": {
        ("樊惠林", "交运集团大学路项目"),
        ("樊惠林", "唐久便利集团西安物流基地"),
    },
    "project_signatories": {
        ("二七时事通医疗器械产业园项目", "李国立", "official"),
        ("二七时事通医疗器械产业园项目", "张春丽", "person"),
        ("二七时事通医疗器械产业园项目", "河南时事通医疗大数据有限公司", "company"),
    },
    "companies_in_district": {
        ("河南华都柜业集团有限公司", "二七区", "sentence"),
        ("河南省化工研究所有限责任公司", "二七区", "sentence"),
        ("郑州领航机器人有限公司", "二七区", "sentence"),
        ("郑州纬达自动化科技有限公司", "二七区", "sentence"),
        ("郑州海为电子科技有限公司", "二七区", "article"),
        ("河南金明自动化设备有限公司", "二七区", "article"),
        ("昆明龙津药业", "二七区", "article"),
        ("上海诺成药业", "二七区", "article"),
        ("河南济世药业", "二七区", "article"),
        ("西安科力医药", "二七区", "article"),
        ("臻辉生物技术（河南）有限公司", "二七区", "article"),
        ("赛奥斯博", "二七区", "article"),
        ("图格医疗", "二七区", "article"),
        ("美时医疗", "二七区", "article"),
        ("大学路交运集团", "二七区", "article"),
    },
    "district_hierarchy": {
        ("二七区", "county", "郑州市"),
        ("中原区", "county", "郑州市"),
        ("金水区", "county", "郑州市"),
        ("上街区", "county", "郑州市"),
        ("巩义市", "county", "郑州市"),
        ("二七经开区", "zone", "二七区"),
        ("马寨镇", "town", "二七区"),
        ("侯寨乡", "township", "二七区"),
        ("金水源办事处", "subdistrict", "二七区"),
        ("蜜蜂张办事处", "subdistrict", "二七区"),
        ("三官庙街道", "subdistrict", "中原区"),
        ("河南纺机社区", "community", "三官庙街道"),
        ("西流湖街道", "subdistrict", "中原区"),
        ("大李村", "village", "西流湖街道"),
        ("国基路街道", "subdistrict", "金水区"),
        ("宏康社区", "community", "国基路街道"),
        ("峡窝镇", "town", "上街区"),
        ("大坡顶村", "village", "峡窝镇"),
        ("米河镇", "town", "巩义市"),
        ("铁山村", "village", "米河镇"),
    },
    "officials_in_several_files": {
        ("樊惠林", "2", "001_fdb8d20d53532580.txt 004_3ffb1123e71c06d5.txt"),
        ("王泽文", "2", "001_fdb8d20d53532580.txt 004_3ffb1123e71c06d5.txt"),
        ("虎荣鑫", "2", "001_fdb8d20d53532580.txt 004_3ffb1123e71c06d5.txt"),
    },
}

# journalists -> districts their articles are about (a selection read off the bylines)
JOURNALIST_ROWS = {
    ("朱翔宇", "二七区", "7"),
    ("景静", "二七区", "6"),
    ("唐善普", "中原区", "6"),
    ("李晓霞", "巩义市", "1"),
    ("谢鹏飞", "上街区", "1"),
    ("李娜", "兰考县", "1"),
}


def _rows(name: str, graph: Path) -> set[tuple[str, ...]]:
    result = query(str(ROOT / "queries" / f"{name}.rq"), graph)
    return {tuple(str(v) for v in row) for row in result.rows}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_competency_question(seed_exports: Path, name: str) -> None:
    assert _rows(name, seed_exports / "graph.ttl") == EXPECTED[name]


def test_journalists_and_their_districts(seed_exports: Path) -> None:
    rows = _rows("journalists_districts", seed_exports / "graph.ttl")
    assert rows >= JOURNALIST_ROWS
    assert {r[0] for r in rows} >= {"刘伟平", "朱翔宇", "唐善普", "景静", "王译博", "侯爱敏", "李娜", "徐刚领"} - {
        "徐刚领"
    }


def test_strongest_co_mention_partner_of_fan(seed_exports: Path) -> None:
    result = query(str(ROOT / "queries" / "co_mentions.rq"), seed_exports / "graph.ttl")
    first = [str(v) for v in result.rows[0]]
    assert first[:3] == ["二七区", "district", "5"]
    assert "樊惠林" in first[3]


def test_every_query_file_says_its_question() -> None:
    for path in sorted((ROOT / "queries").glob("*.rq")):
        assert path.read_text(encoding="utf-8").startswith("# "), path.name


CO_OCCURRENCE = """
PREFIX kg: <https://example.org/kg/ns#>
SELECT ?a ?b (COUNT(DISTINCT ?article) AS ?articles)
WHERE { ?a kg:mentionedIn ?article . ?b kg:mentionedIn ?article . FILTER (STR(?a) < STR(?b)) }
GROUP BY ?a ?b
"""


def test_co_occurrence_counted_from_mentioned_in_equals_the_co_occurs_weights(
    seed_exports: Path, seed_graph: KnowledgeGraph, tmp_path: Path
) -> None:
    """kg:coOccurs is written without statements; its weight is counted through kg:mentionedIn."""
    from kg.export.rdf import IriMaker

    iris = IriMaker()
    by_iri = {iris.node(eid)[1:-1]: eid for eid in seed_graph.entities}
    text = tmp_path / "co.rq"
    text.write_text(CO_OCCURRENCE, encoding="utf-8")
    counted = {
        (*sorted((by_iri[str(row[0])], by_iri[str(row[1])])), int(row[2]))
        for row in query(str(text), seed_exports / "graph.nt").rows
    }
    weights = {(r.head, r.tail, r.weight) for r in seed_graph.relations if r.relation == "co_occurs"}
    assert weights and counted == weights
    fan = "official/樊惠林"
    partners = {
        r.tail if r.head == fan else r.head: r.weight
        for r in seed_graph.relations
        if r.relation == "co_occurs" and fan in (r.head, r.tail)
    }
    named = ((-w, seed_graph.entities[eid].name, seed_graph.entities[eid].type) for eid, w in partners.items())
    expected = sorted(named)[:8]
    rows = query(str(ROOT / "queries" / "co_occurrence.rq"), seed_exports / "graph.ttl").rows
    assert [(str(r[0]), str(r[1]), int(r[2])) for r in rows] == [(n, t, -w) for w, n, t in expected]


def test_agreements_and_who_signed_them(probe_exports: Path) -> None:
    rows = _rows("agreements", probe_exports / "graph.ttl")
    # read off p04, p05 and p10: A与B签署/签订/签约
    assert {
        ("管城回族区政府", "中原云启数字科技有限公司"),
        ("郑州航空港经济综合实验区", "徐州经济技术开发区"),
        ("长垣市政府", "江苏恒驰重工集团有限公司"),
        ("长垣经济技术开发区管委会", "河南康瑞医疗科技有限公司"),
    } <= {row[:2] for row in rows}
    # each agreement stated by a sentence with 签 (a list of signed projects adds its items), or
    # by a row of a table of agreements (授信银行，企业名称，授信金额: cells, no sentence's marks)
    pairs = {row[:2] for row in rows}

    def states(sentence: str) -> bool:
        return "签" in sentence or (sentence.count("，") >= 2 and not any(m in sentence for m in "。；！？"))

    assert all(any(states(s) for a, b, s in rows if (a, b) == pair) for pair in pairs)


def test_posts_held_before(probe_exports: Path) -> None:
    rows = _rows("former_posts", probe_exports / "graph.ttl")
    # read off p02 (免去…职务) and p03 (原…)
    assert {
        ("张国庆", "教育局局长", "中牟县教育局"),
        ("韩立新", "人民法院副院长", "中牟县人民法院"),
        ("周海涛", "柳泉镇党委书记", "新密市柳泉镇党委"),
        ("孟凡军", "副局长", "惠济区城市管理局"),
    } <= rows
