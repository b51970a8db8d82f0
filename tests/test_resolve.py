"""One entity per real-world thing across articles and files."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.curation import Curation
from kg.model import KnowledgeGraph, add_sorted, union_sorted
from kg.resolve import _canonical_map, _names_containing, _shortens


def test_same_official_across_files_is_one_node(seed_graph: KnowledgeGraph) -> None:
    entity = seed_graph.entities["official/樊惠林"]
    assert entity.docs == ["001_fdb8d20d53532580.txt", "004_3ffb1123e71c06d5.txt"]  # sorted, each once
    assert [p.title for p in entity.posts] == ["区委书记"]
    assert entity.posts[0].organization == "二七区委"


def test_company_short_form_is_an_alias(seed_graph: KnowledgeGraph) -> None:
    entity = seed_graph.entities["company/河南时事通医疗大数据有限公司"]
    assert "时事通公司" in entity.aliases
    assert "company/时事通公司" not in seed_graph.entities
    assert "唐久集团" in seed_graph.entities["company/唐久便利集团"].aliases


def test_district_short_form_resolves_to_the_district(seed_graph: KnowledgeGraph) -> None:
    entity = seed_graph.entities["district/二七区"]
    assert "二七" in entity.aliases
    assert entity.code == "410103"
    assert "district/二七" not in seed_graph.entities


def test_relative_bodies_are_made_absolute(seed_graph: KnowledgeGraph) -> None:
    assert "区委" in seed_graph.entities["organization/二七区委"].aliases
    assert "区发改委" in seed_graph.entities["organization/二七区发改委"].aliases


def test_project_forms_merge(seed_graph: KnowledgeGraph) -> None:
    entity = seed_graph.entities["project/二七时事通医疗器械产业园项目"]
    assert {"时事通医疗器械产业园项目", "时事通医疗器械产业园"} <= set(entity.aliases)
    assert {"000_9db830fd1c9d1c23.txt", "004_3ffb1123e71c06d5.txt"} <= set(entity.docs)


def test_names_containing_equals_a_scan_of_every_name() -> None:
    rng = random.Random(7)
    alphabet = "华瑞新材料河南郑州有限公司科技集团"
    names = {"".join(rng.choices(alphabet, k=rng.randint(2, 12))) for _ in range(400)}
    containing = _names_containing(names)
    for name in sorted(names)[:80]:
        for start in range(len(name) - 1):
            part = name[start : start + rng.randint(2, 5)]
            if len(part) < 2:
                continue
            assert sorted(containing(part)) == sorted(n for n in names if part in n)
    assert containing("无此") == []


def test_company_short_form_maps_to_its_only_longer_name() -> None:
    names = Counter({"河南华瑞新材料有限公司": 2, "华瑞公司": 3, "瑞丰公司": 1})
    canonical = _canonical_map("company", names, Curation())
    assert canonical["华瑞公司"] == "河南华瑞新材料有限公司"
    assert canonical["瑞丰公司"] == "瑞丰公司"
    kept_apart = Curation(never_merge=frozenset({frozenset({"华瑞公司", "河南华瑞新材料有限公司"})}))
    assert _canonical_map("company", names, kept_apart)["华瑞公司"] == "华瑞公司"


@given(st.lists(st.lists(st.sampled_from("abcdefg"), max_size=8), min_size=1, max_size=4))
def test_sorted_lists_of_names_behave_as_sets(batches: list[list[str]]) -> None:
    parts: list[list[str]] = []
    for batch in batches:  # each as one run of files adds its names, in any order
        names: list[str] = []
        for name in batch:
            add_sorted(names, name)
        assert names == sorted(set(batch))
        parts.append(names)
    joined: list[str] = []
    for names in parts:  # runs merged
        joined = union_sorted(joined, names)
    assert joined == sorted(set().union(*batches))


def test_organization_short_form_joins_the_longer_name_of_its_file(seed_graph: KnowledgeGraph) -> None:
    assert "樱桃沟管委会" in seed_graph.entities["organization/樱桃沟景区管委会"].aliases
    assert "organization/樱桃沟管委会" not in seed_graph.entities


@pytest.mark.parametrize(
    ("short", "full", "shortens"),
    [
        ("樱桃沟管委会", "樱桃沟景区管委会", True),
        ("中原区卫健委纪检监察组", "中原区纪委监委派驻区卫健委纪检监察组", False),  # 中原区 alone before the cut
        ("郑州博物馆", "郑州聚瓷博物馆", False),
        ("河南大学", "河南中医药大学", False),
        ("郑州市人民医院", "郑州市第七人民医院", False),
        ("黄河科技学院", "黄河科技学院附属医院", False),  # not the same ending
        ("樱桃沟景区管委会", "樱桃沟管委会", False),  # longer, not shorter
    ],
)
def test_shortens(short: str, full: str, shortens: bool) -> None:
    assert _shortens(short, full) is shortens


def test_a_zone_by_its_full_name_is_a_zone(tmp_path) -> None:
    from kg.pipeline import build

    page = tmp_path / "page.txt"
    page.write_text("航空港区签约\n\n本报讯 郑州航空港经济综合实验区举行重大项目集中签约仪式。\n", encoding="utf-8")
    entity = build([str(page)]).entities["district/郑州航空港经济综合实验区"]
    assert entity.level == "zone"


def test_a_name_whose_post_districts_overlap_is_one_person_and_disjoint_ones_two() -> None:
    from kg.resolve import _people_of

    career = {frozenset({"内乡县", "南阳市"}), frozenset({"内乡县"})}
    assert set(_people_of(career).values()) == {"内乡县、南阳市"}
    two = _people_of({frozenset({"二七区"}), frozenset({"中原区"}), frozenset({"二七区", "郑州市"})})
    assert set(two.values()) == {"二七区、郑州市", "中原区"}


def _entities_of_page(tmp_path, text: str) -> list:
    """The entities of a build of ``text`` as one page."""
    from kg.pipeline import build

    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return list(build([str(page)]).entities.values())


def test_an_article_telling_a_career_names_one_person(tmp_path) -> None:
    text = (
        "内乡县委主要负责同志职务调整\n\n本报讯 经省委研究决定：李振东同志任内乡县委书记。李振东同志原任南阳市发展和改革委员会主任。\n\n"
        "李振东主持召开会议\n\n本报讯 新任内乡县委书记李振东主持召开县委常委会会议。\n"
    )
    people = [e for e in _entities_of_page(tmp_path, text) if e.name.startswith("李振东")]
    assert [e.id for e in people] == ["official/李振东"]
    assert {(p.title, p.organization, p.former) for p in people[0].posts} >= {
        ("县委书记", "内乡县委", False),
        ("发展和改革委员会主任", "南阳市发展和改革委员会", True),
    }


def test_formal_names_of_a_divisions_bodies_are_the_names_their_posts_use() -> None:
    from kg.extract.posts import government_name

    assert government_name("平顶山市人民代表大会常务委员会") == "平顶山市人大常委会"
    assert government_name("郏县人民代表大会") == "郏县人大"
    assert government_name("鲁山县人民政府") == "鲁山县政府"
    assert government_name("全国人民代表大会") == "全国人民代表大会"  # 全国 is no division


def test_a_project_named_from_its_capacity_on_is_the_one_named_in_full_in_its_file(tmp_path) -> None:
    text = (
        "宝丰县召开经济工作会议\n\n本报讯 全县要紧盯润泽新能源年产2万吨锂电负极材料项目等重点项目。"
        "年产2万吨锂电负极材料项目将于年底投产。\n"
    )
    projects = [e for e in _entities_of_page(tmp_path, text) if e.type == "project"]
    assert [(e.name, e.aliases) for e in projects] == [
        ("润泽新能源年产2万吨锂电负极材料项目", ["年产2万吨锂电负极材料项目"])
    ]


def test_a_body_of_one_citys_people_in_another_is_neither_merged_nor_placed_in_the_first(tmp_path) -> None:
    text = (
        "新乡市在上海举办招商推介会\n\n本报讯 推介会由新乡市人民政府主办，上海新乡商会协办。"
        "苏州市新乡商会会长刘建军参加。郑州市二七区沪华国庆学校和二七区沪华国庆学校是一所学校。\n"
    )
    bodies = {e.name: e for e in _entities_of_page(tmp_path, text) if e.type == "organization"}
    assert {"上海新乡商会", "苏州市新乡商会"} <= set(bodies)  # two chambers, not one 新乡商会
    # a county's school written with its city too is still the one school
    schools = [e for name, e in bodies.items() if name.endswith("沪华国庆学校")]
    assert len(schools) == 1
    assert {schools[0].name, *schools[0].aliases} == {"郑州市二七区沪华国庆学校", "二七区沪华国庆学校"}


def test_a_village_body_written_after_its_town_is_also_known_without_it() -> None:
    from kg.resolve import new_entity

    assert new_entity("organization", "槐营镇苇子坑村党支部").aliases == ["苇子坑村党支部"]
    assert new_entity("organization", "华龙区胜利路街道昆吾社区党委").aliases == ["昆吾社区党委"]
    assert new_entity("organization", "苇子坑村党支部").aliases == []  # no places before it
    assert new_entity("organization", "二七区马寨镇社区党委").aliases == []  # no community named


def test_a_party_committee_by_its_formal_name_is_the_committee_its_posts_name(tmp_path) -> None:
    text = (
        "祁振邦同志逝世\n\n本报讯 中共商城县委员会、商城县人民代表大会常务委员会发布讣告。"
        "商城县委书记莫立新参加告别仪式。中共信阳市委组织部派员参加。\n"
    )
    bodies = {e.name: e for e in _entities_of_page(tmp_path, text) if e.type == "organization"}
    assert "中共商城县委员会" in bodies["商城县委"].aliases  # one committee, named as its posts name it
    assert "中共商城县委员会" not in bodies
    assert "中共信阳市委组织部" in bodies  # a department keeps its name


def test_committee_short_name() -> None:
    from kg.resolve import committee_short_name

    assert committee_short_name("中共商城县委员会") == "商城县委"
    assert committee_short_name("中共周口市委") == "周口市委"
    assert committee_short_name("中共周口市委组织部") == "中共周口市委组织部"
    assert committee_short_name("中共中央委员会") == "中共中央委员会"  # 中央 is no division


def test_a_standing_committee_is_its_committee(tmp_path) -> None:
    """The standing committee of a Party committee or a CPPCC (区委常委会, 政协常委会) meets as
    that committee: one body with it, named as the posts name it."""
    from kg.resolve import standing_committee_body

    text = (
        "区委常委会召开会议\n\n本报讯 12月27日下午，顺河回族区委书记訾雅琴主持召开区委常委会（扩大）会议。"
        "内乡县政协常委会举行第十次会议。\n"
    )
    bodies = {e.name: e for e in _entities_of_page(tmp_path, text) if e.type == "organization"}
    assert "顺河回族区委常委会" in bodies["顺河回族区委"].aliases
    assert "内乡县政协常委会" in bodies["内乡县政协"].aliases
    assert not [name for name in bodies if name.endswith("常委会")]
    assert standing_committee_body("郑州市人大常委会") == "郑州市人大常委会"  # a congress's is a body of its own
    assert standing_committee_body("常委会") == "常委会"


def test_the_institution_every_place_has_is_not_merged_across_places(tmp_path) -> None:
    text = "两地医院开展协作\n\n本报讯 南阳市中心医院与商丘市中心医院签订协议。华龙区实验小学和伊川县实验小学结对。\n"
    bodies = {e.name for e in _entities_of_page(tmp_path, text) if e.type == "organization"}
    assert {"南阳市中心医院", "商丘市中心医院", "华龙区实验小学", "伊川县实验小学"} <= bodies


def test_a_company_of_common_words_after_its_city_is_that_citys() -> None:
    from kg.resolve import _merge_key

    # no brand: each city has its own metro company, never one across cities
    assert _merge_key("company", "郑州城市轨道交通集团有限公司") != _merge_key(
        "company", "洛阳城市轨道交通集团有限公司"
    )
    # a brand: the city before it is only where it is (郑州宇通客车 is 宇通客车)
    assert _merge_key("company", "郑州宇通客车股份有限公司") == _merge_key("company", "宇通客车股份有限公司")


def test_a_place_committees_bodies_are_never_merged_across_places() -> None:
    """温县县委办公室 and 博爱县委办公室: each county committee's office (both were 委办公室); the
    bureau of a county's Party committee is the county's (武陟县委老干部局 is 武陟县老干部局)."""
    from kg.resolve import _merge_key

    assert _merge_key("organization", "温县县委办公室") != _merge_key("organization", "博爱县委办公室")
    assert _merge_key("organization", "中原区委组织部") != _merge_key("organization", "二七区委组织部")
    assert _merge_key("organization", "武陟县委老干部局") == _merge_key("organization", "武陟县老干部局")


def test_an_honour_before_the_posts_of_an_obituary_is_no_post(tmp_path) -> None:
    text = "讣告\n\n中国共产党优秀党员、焦作市人大常委会原副主任凤立堂同志，因病医治无效逝世。\n"
    official = next(e for e in _entities_of_page(tmp_path, text) if e.name == "凤立堂")
    assert [(post.title, post.organization) for post in official.posts] == [("市人大常委会副主任", "焦作市人大常委会")]


def test_a_career_in_a_commune_and_in_a_county_written_with_its_level_twice(tmp_path) -> None:
    """温县祥云公社党委 is also 祥云公社党委 (a commune's body after its county); 温县|县委办公室 is 温县's,
    though the article is about 博爱县."""
    text = (
        "讣告\n\n凤立堂同志1939年5月生。曾任温县祥云公社党委副书记，温县县委办公室主任，博爱县人民政府县长，"
        "博爱县委书记。凤立堂同志在博爱县工作期间，推动创办博爱县月山水泥厂。\n"
    )
    entities = {e.name: e for e in _entities_of_page(tmp_path, text)}
    assert "祥云公社党委" in entities["温县祥云公社党委"].aliases
    assert "博爱县委办公室" not in entities
    held = {(post.title, post.organization) for post in entities["凤立堂"].posts}
    assert ("县委办公室主任", "温县县委办公室") in held


def _graph_of_pages(tmp_path, *texts: str) -> KnowledgeGraph:
    from kg.pipeline import build

    tmp_path.mkdir(parents=True, exist_ok=True)
    for index, text in enumerate(texts):
        (tmp_path / f"page{index}.txt").write_text(text, encoding="utf-8")
    return build([str(tmp_path)])


def test_a_project_named_after_its_places_is_the_project_named_without_them(tmp_path) -> None:
    text = (
        "援疆项目建设加快\n\n本报讯 3月18日，考察组来到伊吾县淖毛湖镇洛伊农业产业园项目现场。"
        "淖毛湖镇是伊吾县的农业大镇。洛伊农业产业园项目使用援疆资金1.2亿元。\n"
    )
    graph = _graph_of_pages(tmp_path, text)
    projects = [e for e in graph.entities.values() if e.type == "project"]
    assert [p.name for p in projects] == ["伊吾县淖毛湖镇洛伊农业产业园项目"]
    assert "洛伊农业产业园项目" in projects[0].aliases
    # a project of another name after a place is not merged (整镇… is no name of its own)
    from kg.resolve import _places_only

    assert _places_only("伊吾县淖毛湖镇", {"淖毛湖镇"})
    assert not _places_only("整镇", {"券桥镇"})


def test_a_county_several_divisions_bear_is_the_one_the_text_places_it_in(tmp_path) -> None:
    kaifeng = "老旧小区改造\n\n本报讯 开封市鼓楼区副区长冯丽萍到仁和里小区检查。鼓楼区将改造20个小区。\n"
    parents = {(r.head, r.tail) for r in _graph_of_pages(tmp_path / "a", kaifeng).relations if r.relation == "part_of"}
    assert ("district/鼓楼区", "district/开封市") in parents
    # no city named: Henan's of that name, as the matcher has it
    alone = "老旧小区改造\n\n本报讯 鼓楼区副区长冯丽萍到仁和里小区检查。\n"
    graph = _graph_of_pages(tmp_path / "b", alone)
    assert graph.entities["district/鼓楼区"].code == "410204"
    # a build whose names are 南京's
    nanjing = "老旧小区改造\n\n本报讯 南京市鼓楼区副区长冯丽萍到仁和里小区检查。江苏省住建厅派员参加。鼓楼区将改造20个小区。\n"
    graph = _graph_of_pages(tmp_path / "c", nanjing)
    assert graph.entities["district/鼓楼区"].code == "320106"
    # right after its city, even a county outside Henan (the 南山区 of 深圳, not of 鹤岗)
    shenzhen = "企业落户\n\n本报讯 该公司总部位于深圳市南山区，是一家智能终端企业。\n"
    graph = _graph_of_pages(tmp_path / "d", shenzhen)
    assert graph.entities["district/南山区"].code == "440305"


def test_where_a_name_says_a_project_lies_is_read_in_the_files_that_write_it_so(tmp_path) -> None:
    hebi = "鹤壁项目签约\n\n本报讯 淇滨区跨境电商产业园项目昨日签约。\n"
    xuchang = "许昌项目签约\n\n本报讯 跨境电商产业园项目签约企业为深圳市前海通供应链有限公司，落户魏都区。\n"
    graph = _graph_of_pages(tmp_path, hebi, xuchang)
    placed = {
        (r.tail, e.doc)
        for r in graph.relations
        if r.relation == "located_in" and r.tail == "district/淇滨区"
        for e in r.evidence
    }
    assert placed and all(doc == "page0.txt" for _, doc in placed)  # not from the file that names no 淇滨区


def test_a_body_of_common_words_after_its_place_is_that_places() -> None:
    from kg.resolve import _merge_key

    # every county has its meeting centre and its water-supply works: never one across counties
    assert _merge_key("organization", "柘城县会议中心") != _merge_key("organization", "商水县会议中心")
    assert _merge_key("project", "宝丰县城乡供水一体化工程") != _merge_key("project", "滑县城乡供水一体化工程")
    # a brand after the place is the thing wherever it is written
    assert _merge_key("organization", "二七区沪华国庆学校") == _merge_key("organization", "沪华国庆学校")


def test_a_committee_of_a_county_of_one_character_is_one_body_however_written(tmp_path) -> None:
    from kg import pipeline

    (tmp_path / "a.txt").write_text(
        "签约\n\n本报讯 郏县县委书记段海峰出席签约仪式，县委副书记、县长鞠文龙致辞。滑县县委书记李四海应邀出席。\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("会议\n\n本报讯 郏县召开会议，县委副书记王二明主持。\n", encoding="utf-8")
    graph = pipeline.build([str(tmp_path)])
    posts = {e.name: {(p.title, p.organization) for p in e.posts} for e in graph.entities.values() if e.posts}
    assert posts["段海峰"] == {("县委书记", "郏县县委")}
    assert ("县委副书记", "郏县县委") in posts["鞠文龙"]  # the relative post: the committee as written
    assert posts["王二明"] == {("县委副书记", "郏县委")}  # a file that writes no 郏县县委 (one body, two names)
    assert posts["李四海"] == {("县委书记", "滑县县委")}  # a county named before its title, not the article's


def test_a_person_of_a_zone_by_its_short_name_and_in_full_is_one_person(tmp_path) -> None:
    from kg import pipeline

    (tmp_path / "a.txt").write_text(
        "调研\n\n本报讯 鹤壁高新技术产业开发区党工委副书记、管委会主任闻卫东到企业调研。\n\n"
        "签约\n\n本报讯 鹤壁高新区管委会主任闻卫东出席签约仪式。\n",
        encoding="utf-8",
    )
    graph = pipeline.build([str(tmp_path)])
    assert [e.id for e in graph.entities.values() if e.name == "闻卫东"] == ["official/闻卫东"]


def test_one_name_after_two_places_neither_inside_the_other_is_two_things() -> None:
    names = Counter(
        {
            "汤阴县丰源面业有限公司": 1,
            "武陟县丰源面业有限公司": 1,
            "丰源面业有限公司": 1,
            "河南金穗面业有限公司": 1,
            "开封市金穗面业有限公司": 1,
        }
    )
    canonical = _canonical_map("company", names, Curation())
    assert canonical["汤阴县丰源面业有限公司"] != canonical["武陟县丰源面业有限公司"]
    assert canonical["丰源面业有限公司"] == "丰源面业有限公司"  # which of the two cannot be told
    # a province and a city in it: one company, named with either
    assert canonical["河南金穗面业有限公司"] == canonical["开封市金穗面业有限公司"]


def test_a_storage_plant_named_with_and_without_its_energy_is_one_project() -> None:
    from kg.resolve import _merge_key

    assert _merge_key("project", "200兆瓦独立共享储能电站项目") == _merge_key(
        "project", "200兆瓦/400兆瓦时独立共享储能电站项目"
    )
    assert _merge_key("organization", "南阳卧龙综合保税区管委会") == _merge_key(
        "organization", "南阳卧龙综合保税区管理委员会"
    )
    assert _merge_key("organization", "新蔡县医院") == _merge_key("organization", "新蔡县人民医院")


def test_a_tax_bureau_by_its_formal_and_its_local_name_is_one() -> None:
    from kg.evaluate import normalise
    from kg.resolve import _merge_key

    assert _merge_key("organization", "国家税务总局罗山县税务局") == _merge_key("organization", "罗山县税务局")
    assert normalise("国家税务总局罗山县税务局") == normalise("罗山县税务局")


def test_a_bare_zone_is_the_one_zone_of_its_kind_the_file_names_in_either_form(tmp_path) -> None:
    text = (
        "走访企业\n\n本报讯 9月15日，在漯河经开区湘江路街道，乔峻峰走访企业。经开区各部门要当好服务企业的店小二。\n\n"
        "开工\n\n本报讯 济源高新区召开大会。济源高新技术产业开发区管委会主任岳承泽主持。高新区各企业参加。\n"
    )
    names = {e.name for e in _entities_of_page(tmp_path, text) if e.type == "district"}
    assert not {"经开区", "高新区"} & names  # before: bodies of their own


def test_a_science_bureau_by_its_full_and_short_name_is_one(tmp_path) -> None:
    """新乡市科学技术局 and 市科技局 of one file: one bureau, and the posts held in it are its."""
    text = (
        "科技型企业名单公布\n\n本报讯 记者从新乡市科学技术局获悉，全市新增科技型中小企业。"
        "市科技局党组书记、局长晁立新介绍了情况。\n"
    )
    bodies = [e for e in _entities_of_page(tmp_path, text) if e.type == "organization"]
    assert [e.name for e in bodies] == ["新乡市科学技术局"]
    assert "市科技局" in bodies[0].aliases
