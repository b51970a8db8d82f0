"""Typed facts read off whole sentences of a small built page."""

from __future__ import annotations

from pathlib import Path

from kg.model import KnowledgeGraph
from kg.pipeline import build

MEETING = """武陟县召开招商引资工作推进会

本报讯（记者 汤立燕）近日，武陟县召开招商引资工作推进会，总结前一阶段工作。
县委书记莫浩莉出席会议并讲话，县委副书记、县长袁光玲主持会议。
出席会议的有县委常委、组织部长姜晓华，县委常委、常务副县长史海敏，县政府党组成员陶宏燕等。
"""


def test_people_listed_after_chu_xi_hui_yi_de_you_attended(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, MEETING)
    names = {e.id: e.name for e in graph.entities.values()}
    attended = {(names.get(r.head), names.get(r.tail)) for r in graph.relations if r.relation == "attended"}
    # before: only the people written before 出席 were read as attendees
    assert {("姜晓华", "武陟县"), ("史海敏", "武陟县"), ("陶宏燕", "武陟县"), ("莫浩莉", "武陟县")} <= attended
    chaired = {(names.get(r.head), names.get(r.tail)) for r in graph.relations if r.relation == "chaired"}
    assert chaired == {("袁光玲", "武陟县")}


SIGNING = """卓恒医疗科技项目成功签约

本报讯 6月26日下午，中站区举行项目签约仪式。
签约仪式结束后，区委书记邵万峰会见了卓恒医疗科技有限公司董事长戴波和总经理高雨蕾一行，对项目成功签约表示祝贺。
"""


def test_a_role_joined_by_he_is_held_in_the_body_before_it(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, SIGNING)
    names = {e.id: e.name for e in graph.entities.values()}
    works = {
        (names.get(r.head), names.get(r.tail), r.attrs.get("role"))
        for r in graph.relations
        if r.relation == "works_for"
    }
    # before: 总经理 after 和 had no body, and roles were written with the company's name
    assert works == {("戴波", "卓恒医疗科技有限公司", "董事长"), ("高雨蕾", "卓恒医疗科技有限公司", "总经理")}


def _relations(tmp_path: Path, text: str, relation: str, attr: str = "basis") -> set[tuple[str, str, str]]:
    """(head, tail, ``attr`` of it) names of every ``relation`` in a build of ``text`` as one page."""
    graph = _build_page(tmp_path, text)
    names = {e.id: e.name for e in graph.entities.values()}
    return {
        (names.get(r.head, r.head), names.get(r.tail, r.tail), r.attrs.get(attr, ""))
        for r in graph.relations
        if r.relation == relation
    }


def _build_page(tmp_path: Path, text: str) -> KnowledgeGraph:
    """The build of ``text`` as one page."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return build([str(page)])


def _pairs(tmp_path: Path, text: str, relation: str) -> set[tuple[str, str]]:
    """(head, tail) names of every ``relation`` in a build of ``text`` as one page."""
    return {(head, tail) for head, tail, _ in _relations(tmp_path, text, relation)}


def _names(tmp_path: Path, text: str, type_: str) -> set[str]:
    """The names of the entities of ``type_`` in a build of ``text`` as one page."""
    return {e.name for e in _build_page(tmp_path, text).entities.values() if e.type == type_}


def _posts(tmp_path: Path, text: str) -> dict[str, list[tuple[str, str]]]:
    """name -> (title, organization) of each post, in a build of ``text`` as one page."""
    return {e.name: [(p.title, p.organization) for p in e.posts] for e in _build_page(tmp_path, text).entities.values()}


VISIT = """江敏到修武县调研项目建设

本报讯 5月4日，焦作市委书记江敏到修武县调研项目建设工作，实地调研启博新能源产业园项目。
县长袁光玲一行深入郇封镇、大封镇开展调研。
"""


def test_places_gone_to_before_the_trigger_were_visited(tmp_path: Path) -> None:
    visited = _pairs(tmp_path, VISIT, "visited")
    # before: only what follows 调研 was visited, not the 修武县 of 江敏到修武县调研
    assert {("江敏", "修武县"), ("江敏", "启博新能源产业园项目")} <= visited
    assert {("袁光玲", "郇封镇"), ("袁光玲", "大封镇")} <= visited
    assert ("江敏", "焦作市") not in visited  # his own city, written before 到


PLACED = """修武县项目建设提速

本报讯 启博新能源产业园项目位于修武县莫营镇，由河南汇峰集团有限公司投资建设。
与此同时，美达生物医药产业园项目落户前孙沟村，由宇卓生物科技集团投资建设。
"""


def test_the_last_place_of_a_chain_after_wei_yu_and_a_village_after_luo_hu(tmp_path: Path) -> None:
    located = _relations(tmp_path, PLACED, "located_in")
    # the most specific place of 位于修武县莫营镇, as the gold has it (once only the first place,
    # 修武县, then every place of the chain); 落户前孙沟村 was read as one word
    assert ("启博新能源产业园项目", "莫营镇", "") in located
    assert ("启博新能源产业园项目", "修武县", "") not in located
    assert ("美达生物医药产业园项目", "前孙沟村", "") in located
    # the investor of a village's project is placed in the article's county, not the village
    assert ("宇卓生物科技集团", "修武县", "article") in located
    assert not any(head == "宇卓生物科技集团" and tail == "前孙沟村" for head, tail, _ in located)


SCHOOLS = """经开区学生登上戏曲晚会

本报讯 经开区朝凤路小学、艺术小学和泰和小学的26名孩子登上了戏曲晚会的舞台。
二七区实验幼儿园的孩子们也参加了演出。
"""


def test_a_county_short_form_starting_a_name_needs_the_county_in_context(tmp_path: Path) -> None:
    located = _relations(tmp_path, SCHOOLS, "located_in")
    # 泰和 is also a county of Jiangxi (泰和县) that nothing here names
    assert not any(head == "泰和小学" for head, _, _ in located)
    assert ("二七区实验幼儿园", "二七区", "name") in located  # a county named in full
    jiangxi = SCHOOLS.replace("二七区实验幼儿园的孩子们", "来自江西省吉安市的孩子们")
    assert ("泰和小学", "泰和县", "name") in _relations(tmp_path, jiangxi, "located_in")


CHAMBER = """二七区举办工商联主席会议

本报讯 近日，二七区举办工商联十届二次主席会议。区工商联企业家主席、会长等50余人参加了本次活动。
区委常委、统战部长王泽文出席会议并讲话。
"""


def test_a_district_calling_its_bodys_meeting_makes_the_body_the_convener(tmp_path: Path) -> None:
    attended = _pairs(tmp_path, CHAMBER, "attended")
    assert ("王泽文", "二七区工商联") in attended
    # a body the build does not name is not made up: the district stays the convener
    unnamed = CHAMBER.replace("区工商联企业家主席、会长等50余人参加了本次活动。", "")
    assert _pairs(tmp_path, unnamed, "attended") == {("王泽文", "二七区")}


COUNTY_CITY = """林州市召开项目建设推进会

本报讯 近日，林州市召开项目建设推进会。林州市委常委、市纪委书记赵爱杰，县委常委、宣传部部长袁雅波出席会议。
日前，新乡市副市长史梓霞赴卫滨区调研项目建设工作。
"""


def test_posts_in_an_article_about_a_county_level_city(tmp_path: Path) -> None:
    posts = _posts(tmp_path, COUNTY_CITY)
    assert ("市纪委书记", "林州市纪委监委") in posts["赵爱杰"]  # 市 is 林州市, not 安阳市
    assert posts["史梓霞"] == [("副市长", "新乡市政府")]  # not 市副市长 of a body 市
    assert ("县委常委", "林州市委") in posts["袁雅波"] and ("宣传部部长", "林州市委宣传部") in posts["袁雅波"]
    assert "市" not in posts and "宣传部" not in posts


VISIT_COMPANY = """陈建怡调研正禾食品加工产业园

本报讯（记者 袁洪轩）1月11日，义马市委书记陈建怡带领义马市工信局等单位负责人，实地调研正禾食品加工产业园。
随后，陈建怡来到三门峡天峰集团有限公司，走进生产车间，详细了解企业生产经营情况。
"""


def test_a_company_named_after_the_prefecture_is_placed_in_it_not_the_articles_county(tmp_path: Path) -> None:
    located = _relations(tmp_path, VISIT_COMPANY, "located_in")
    # 三门峡 (the city above 义马市), not 三门 (三门县, Zhejiang), starts its name; its city says
    # where it is, as the probe gold has it, more than the county the article is about
    assert ("三门峡天峰集团有限公司", "三门峡市", "name") in located
    assert ("三门峡天峰集团有限公司", "义马市", "article") not in located
    drum_tower = VISIT_COMPANY.replace("义马市", "鼓楼区").replace("三门峡天峰", "河南锦森")
    # 鼓楼区 is a county of 开封 (Henan) as well as of 南京 and 福州
    assert ("河南锦森集团有限公司", "鼓楼区", "article") in _relations(tmp_path, drum_tower, "located_in")


ZONE = """郑东新区召开大会

本报讯 近日，郑东新区召开大会。郑东新区党工委副书记、管委会主任刘涛出席会议。庙李村党支部书记、村委会主任马建国，白沙镇镇长、党委副书记杨明参加会议。
河南省副省长孙守刚在郑州市委书记安伟的陪同下，到郑州市金水区调研。
"""


def test_a_bare_body_after_a_post_takes_that_posts_place(tmp_path: Path) -> None:
    posts = _posts(tmp_path, ZONE)
    assert posts["刘涛"] == [("党工委副书记", "郑东新区党工委"), ("管委会主任", "郑东新区管委会")]
    assert ("村委会主任", "庙李村村委会") in posts["马建国"]
    assert ("党委副书记", "白沙镇党委") in posts["杨明"]
    visited = _pairs(tmp_path, ZONE, "visited")
    assert ("孙守刚", "金水区") in visited  # X在Y的陪同下，到Z调研
    assert not any(head == "安伟" for head, _ in visited)


GROUP_VISIT = """巩义市：乡村振兴跑出加速度

本报讯 近日，巩义市委副书记、市长孙晓东带领市农业农村局负责人，深入竹林镇长寿山村、小关镇南岭新村调研乡村振兴工作。
"""


def test_a_leader_who_takes_a_group_visits_the_places_of_the_next_clause(tmp_path: Path) -> None:
    visited = _pairs(tmp_path, GROUP_VISIT, "visited")
    assert {("孙晓东", "长寿山村"), ("孙晓东", "南岭新村")} <= visited


PARTY_GROUP = """新郑市召开重点工作推进会

本报讯 7月2日，新郑市召开重点工作推进会。市发展改革委党组书记、主任周斌汇报了上半年经济运行情况。镇平县委书记李伟出席。
"""


def test_a_bare_role_after_a_party_groups_post_belongs_to_the_body(tmp_path: Path) -> None:
    posts = _posts(tmp_path, PARTY_GROUP)
    assert posts["周斌"] == [
        ("市发展改革委党组书记", "新郑市发展改革委"),
        ("主任", "新郑市发展改革委"),
    ]  # a 党组 post is its body's
    assert posts["李伟"] == [("县委书记", "镇平县委")]  # 镇平县 is no 镇 of the article


def test_a_post_after_ju_is_not_read_with_it(tmp_path: Path) -> None:
    posts = _posts(tmp_path, "老旧小区改造\n\n本报讯 据社区党委书记李娟介绍，社区共有老旧小区12个。\n")
    assert [title for title, _ in posts["李娟"]] == ["社区党委书记"]  # not 据社区党委书记


CITY_AND_COUNTY = """二七区项目集中签约

本报讯 1月25日，二七区举行项目集中签约仪式。其中，郑州二七医疗器械产业园项目由河南康泰医疗科技有限公司投资建设。
"""


def test_a_name_with_a_city_and_one_of_its_counties_is_placed_in_the_county(tmp_path: Path) -> None:
    located = _relations(tmp_path, CITY_AND_COUNTY, "located_in")
    assert ("郑州二七医疗器械产业园项目", "二七区", "name") in located
    assert not any(head == "郑州二七医疗器械产业园项目" and tail == "郑州市" for head, tail, _ in located)


def test_a_bare_role_after_a_company_party_post_is_the_companys(tmp_path: Path) -> None:
    text = "宇通开工\n\n本报讯 郑州宇通集团有限公司党委书记、董事长汤玉祥出席开工仪式。\n"
    posts = _posts(tmp_path, text)
    assert posts["汤玉祥"][1] == ("董事长", "郑州宇通集团有限公司")
    works_for = _pairs(tmp_path, text, "works_for")
    assert ("汤玉祥", "郑州宇通集团有限公司") in works_for


def test_a_groups_or_a_banks_party_post_by_its_short_name_is_the_companys(tmp_path: Path) -> None:
    """市文旅集团党委书记 and 农行周口分行党委书记: posts held in the company (驻马店市文化旅游投资
    集团有限公司, whose trade 文旅 abbreviates; the 中国农业银行周口分行), not in a 党委 of their own."""
    text = (
        "签约\n\n本报讯 驻马店市文化旅游投资集团有限公司与河南悦途文旅发展有限公司签约。"
        "市文旅集团党委书记、董事长庞振宇出席。中国农业银行周口分行授信。农行周口分行党委书记、行长伍明德出席。\n"
    )
    holds = _pairs(tmp_path, text, "holds_post")
    assert ("庞振宇", "驻马店市文化旅游投资集团有限公司") in holds
    assert ("伍明德", "中国农业银行周口分行") in holds
    works_for = _pairs(tmp_path, text, "works_for")
    assert {("庞振宇", "驻马店市文化旅游投资集团有限公司"), ("伍明德", "中国农业银行周口分行")} <= works_for
    assert not [name for name in _posts(tmp_path, text) if name.endswith(("党委", "文旅集团", "农行周口分行"))]


NOTICE = """市管干部任职前公示

根据干部选拔任用有关规定，经市委常委会研究，拟提拔任用以下同志，现予以公示：

刘建军，男，汉族，1975年8月生，河南中牟人，中共党员，现任中牟县委常委、组织部部长，拟任县（市、区）政府正职。

张卫东，男，回族，1978年11月生，河南登封人，中共党员，现任惠济区人民政府副区长，拟任区委常委。
"""


def test_an_appointment_notice_gives_each_person_the_posts_held_now(tmp_path: Path) -> None:
    posts = _posts(tmp_path, NOTICE)
    assert posts["刘建军"] == [("县委常委", "中牟县委"), ("组织部部长", "中牟县委组织部")]
    assert posts["张卫东"] == [("副区长", "惠济区政府")]  # the people's government by the name posts use
    organizations = {name for name in posts if not posts[name]}
    assert not {"经市委常委会", "拟任县（市、区）政府", "现任惠济区人民政府"} & organizations


LISTED = """市政协常委会会议召开

本报讯 4月10日，市政协召开常委会会议。市政协副主席李喜安、张俊峰，秘书长刘兴华出席。
郑州航空港经济综合实验区举行签约仪式，航空港区党工委书记马健，党工委副书记、管委会主任王宏伟出席。
"""


def test_a_deputys_post_is_each_listed_names_and_a_bare_post_after_it_is_of_the_same_body(tmp_path: Path) -> None:
    posts = _posts(tmp_path, LISTED)
    assert posts["张俊峰"] == [("市政协副主席", "市政协")]  # before: no post for the second name
    assert posts["刘兴华"] == [("秘书长", "市政协")]
    assert posts["王宏伟"] == [("党工委副书记", "航空港区党工委"), ("管委会主任", "航空港区管委会")]


DECLARED = """上街区与中国电建签署战略合作协议

本报讯 7月8日，上街区人民政府与中国电建集团河南工程有限公司（以下简称“河南电建”）签署战略合作框架协议。
河南电建党委书记、董事长王建国出席签约仪式。根据协议，河南电建将投资15亿元。
"""


def test_a_declared_short_form_is_the_full_name_in_its_article(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, DECLARED)
    by_name = {e.name: e for e in graph.entities.values()}
    company = by_name["中国电建集团河南工程有限公司"]
    assert company.type == "company" and "河南电建" in company.aliases
    assert "河南电建" not in by_name
    assert not by_name["河南省"].docs  # 河南 of 河南电建 is no place; the province is 郑州市's parent only
    assert [(p.title, p.organization) for p in by_name["王建国"].posts][1] == ("董事长", "中国电建集团河南工程有限公司")


DISCIPLINE = """市纪委监委通报典型问题

本报讯 日前，市纪委监委对3起典型问题进行通报。一、荥阳市广武镇原党委书记李国强违规收受礼金问题。
二、郑州市城市管理局原副局长赵志刚违规接受宴请问题。三、中牟县人民医院院长孙立新违规发放津贴问题。
"""


def test_a_post_written_with_yuan_was_held_before(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, DISCIPLINE)
    by_name = {e.name: e for e in graph.entities.values()}
    assert [(p.title, p.organization, p.former) for p in by_name["赵志刚"].posts] == [
        ("城市管理局副局长", "郑州市城市管理局", True)
    ]
    names = {e.id: e.name for e in graph.entities.values()}
    held = {(names[r.head], r.relation, names[r.tail]) for r in graph.relations if r.relation.endswith("_post")}
    assert held == {("李国强", "held_post", "荥阳市广武镇党委"), ("赵志刚", "held_post", "郑州市城市管理局")}
    # 市 is the prefecture: the article names 荥阳市 no more often than 中牟县
    assert "郑州市纪委监委" in by_name and "荥阳市纪委监委" not in by_name


APPOINTMENTS = """市人大常委会会议闭幕

本报讯 12月28日，市十六届人大常委会第十次会议闭幕。市人大常委会主任胡荃主持会议。
会议决定任命王新伟为郑州市发展和改革委员会主任，任命刘晓红为郑州市教育局局长；决定免去张国强的郑州市教育局局长职务。
会议任命李明为郑州市中级人民法院副院长、审判委员会委员。
"""


def test_people_appointed_hold_their_posts_and_people_removed_held_them(tmp_path: Path) -> None:
    posts = _posts(tmp_path, APPOINTMENTS)
    assert posts["王新伟"] == [("发展和改革委员会主任", "郑州市发展和改革委员会")]
    assert posts["刘晓红"] == [("教育局局长", "郑州市教育局")]
    assert posts["李明"] == [
        ("中级人民法院副院长", "郑州市中级人民法院"),
        ("审判委员会委员", "郑州市中级人民法院"),  # a seat on the court's committee: a post of the court
    ]
    # an article naming only the prefecture: 市 is 郑州市, and the term is no part of the body
    assert posts["胡荃"] == [("市人大常委会主任", "郑州市人大常委会")]
    held = _relations(tmp_path, APPOINTMENTS, "held_post")
    assert {(head, tail) for head, tail, _ in held} == {("张国强", "郑州市教育局")}
    assert not {name for name in posts if name.startswith(("为", "任命", "会议任命"))}
    assert "审判委员会" not in posts and "市十六届人大常委会" not in posts


DELEGATION = """济南市党政代表团来郑考察

本报讯 3月15日，山东省委常委、济南市委书记刘强率济南市党政代表团来郑考察。河南省委常委、郑州市委书记安伟，市委副书记、市长何雄陪同考察。
在座谈会上，安伟代表郑州市委、市政府对代表团一行表示欢迎。
"""


def test_relative_bodies_follow_the_named_one_listed_before_them(tmp_path: Path) -> None:
    posts = _posts(tmp_path, DELEGATION)
    assert posts["刘强"] == [("省委常委", "山东省委"), ("市委书记", "济南市委")]  # not 刘强率
    assert posts["安伟"] == [("省委常委", "河南省委"), ("市委书记", "郑州市委")]  # 安 is a rare surname
    # the article names 济南 more often, but 何雄's posts follow 安伟's in one list
    assert posts["何雄"] == [("市委副书记", "郑州市委"), ("市长", "郑州市政府")]
    assert "济南市政府" not in posts  # 郑州市委、市政府


TOWN = """登封市大金店镇：
特色产业促增收

本报通讯员 王 晓东

近日，在登封市大金店镇南寨村的食用菌种植基地，村民们正忙着采摘香菇。镇党委书记、人大主席周建平介绍，该基地由河南中岳农业科技有限公司投资建设。
大金店镇镇长宋亚楠表示，将持续壮大特色产业。
"""


def test_a_towns_posts_and_a_byline_line_without_a_lead(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, TOWN)
    by_name = {e.name: e for e in graph.entities.values()}
    assert [(p.title, p.organization) for p in by_name["周建平"].posts] == [
        ("镇党委书记", "大金店镇党委"),
        ("人大主席", "大金店镇人大"),
    ]
    assert [(p.title, p.organization) for p in by_name["宋亚楠"].posts] == [("镇长", "大金店镇政府")]
    assert by_name["王晓东"].type == "journalist"  # 本报通讯员 王 晓东, on a line of its own
    assert "河南中岳农业科技有限公司" in by_name  # not 基地由河南中岳...
    assert [a.headline for a in graph.articles.values()] == ["登封市大金店镇： 特色产业促增收"]


def test_the_sides_of_an_agreement_signed_with_each_other(tmp_path: Path) -> None:
    signed = _pairs(tmp_path, DECLARED, "signed_with")
    assert signed == {("上街区政府", "中国电建集团河南工程有限公司")}
    text = (
        "航空港区集中签约\n\n本报讯 5月20日，郑州航空港经济综合实验区举行集中签约仪式，比亚迪股份有限公司、"
        "河南投资集团有限公司等12家企业与航空港区签约。\n"
    )
    signed = _pairs(tmp_path, text, "signed_with")
    # 航空港区 is the zone the article names in full
    assert signed == {
        ("比亚迪股份有限公司", "郑州航空港经济综合实验区"),
        ("河南投资集团有限公司", "郑州航空港经济综合实验区"),
    }


COURT = """金水区法院公开宣判一起非法集资案

本报讯 9月12日，郑州市金水区人民法院公开宣判一起非法吸收公众存款案。
金水区人民法院党组书记、院长李红军表示，将持续加大打击力度。
"""


def test_a_courts_names_are_one_body_and_its_president_an_official(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, COURT)
    by_name = {e.name: e for e in graph.entities.values()}
    court = by_name["金水区人民法院"]  # a county's body by its own name, whatever city is written before it
    assert {"郑州市金水区人民法院", "金水区法院"} <= set(court.aliases)
    president = by_name["李红军"]
    assert president.type == "official"
    assert [(p.title, p.organization) for p in president.posts] == [
        ("人民法院党组书记", "金水区人民法院"),  # a 党组 post is its body's
        ("院长", "金水区人民法院"),
    ]


def test_a_title_after_a_declared_short_form_is_held_in_the_body_before_it(tmp_path: Path) -> None:
    text = (
        "郑煤机：智能化改造再提速\n\n本报讯 日前，郑州煤矿机械集团股份有限公司（以下简称“郑煤机”）董事长焦承尧表示，"
        "郑煤机将建设郑煤机智能制造产业园项目。\n"
    )
    works_for = _pairs(tmp_path, text, "works_for")
    assert works_for == {("焦承尧", "郑州煤矿机械集团股份有限公司")}
    page = tmp_path / "page.txt"
    names = {(e.type, e.name) for e in build([str(page)]).entities.values()}
    assert ("project", "郑煤机智能制造产业园项目") in names  # a project keeps the short form it is named with


def test_a_side_of_two_joined_by_he_signs_with_the_other(tmp_path: Path) -> None:
    text = "合作\n\n本报讯 上街区人民政府和郑州市商务局与郑州宇通集团有限公司签署战略合作协议。\n"
    signed = _pairs(tmp_path, text, "signed_with")
    assert signed == {("上街区政府", "郑州宇通集团有限公司"), ("郑州市商务局", "郑州宇通集团有限公司")}


def test_a_second_agreement_whose_first_side_is_left_out_is_signed_with_its_own_second_side(tmp_path: Path) -> None:
    text = (
        "签约\n\n本报讯 签约仪式上，郏县人民政府与河南红石新材料科技有限公司签订年产10万吨高性能铸造材料项目投资协议，"
        "与平顶山德丰农牧有限公司签订郏县红牛全产业链项目合作协议。\n"
    )
    assert _pairs(tmp_path, text, "signed_with") == {
        ("郏县政府", "河南红石新材料科技有限公司"),
        ("郏县政府", "平顶山德丰农牧有限公司"),
    }
    signed = _pairs(tmp_path, text, "signed")
    assert ("郏县政府", "郏县红牛全产业链项目") in signed and (
        "平顶山德丰农牧有限公司",
        "郏县红牛全产业链项目",
    ) in signed
    assert ("河南红石新材料科技有限公司", "郏县红牛全产业链项目") not in signed


def test_a_township_body_written_bare_after_another_of_its_own_is_the_townships(tmp_path: Path) -> None:
    text = (
        "调度会\n\n本报讯 4月2日，光山县凉亭乡党委、乡政府召开春茶生产调度会，安排部署春茶采摘工作。"
        "乡党委副书记、乡长汪春燕主持会议，乡人大主席孔令辉出席。\n"
    )
    # both callers (the committee is named after its county, its government bare after it)
    assert _pairs(tmp_path, text, "chaired") == {("汪春燕", "光山县凉亭乡党委"), ("汪春燕", "凉亭乡政府")}
    assert _pairs(tmp_path, text, "attended") == {("孔令辉", "光山县凉亭乡党委"), ("孔令辉", "凉亭乡政府")}
    assert ("孔令辉", "凉亭乡人大") in _pairs(tmp_path, text, "holds_post")
    # its government written in full, after the township's name earlier: the body its posts name
    graph = _build_page(tmp_path, "会议\n\n本报讯 光山县凉亭乡召开会议。乡人民政府、乡人大负责同志参加。\n")
    assert {e.name for e in graph.entities.values() if e.type == "organization"} == {"凉亭乡政府", "凉亭乡人大"}


def test_a_seat_on_a_courts_judicial_committee_is_a_post_of_the_court(tmp_path: Path) -> None:
    text = "任免\n\n本报讯 平顶山市人大常委会召开会议。任命米晓彤为市中级人民法院审判委员会委员、审判员。\n"
    assert _pairs(tmp_path, text, "holds_post") == {("米晓彤", "平顶山市中级人民法院")}


def test_a_leading_group_calls_its_meeting_and_has_no_place_of_its_own(tmp_path: Path) -> None:
    text = (
        "西平县召开退役军人工作领导小组会议\n\n本报讯 5月16日，西平县退役军人工作领导小组召开全体会议。"
        "副县长、县退役军人工作领导小组组长邰文杰主持会议，县委常委、县人武部政委石磊出席并讲话。\n"
    )
    assert _pairs(tmp_path, text, "chaired") == {("邰文杰", "西平县退役军人工作领导小组")}
    assert _pairs(tmp_path, text, "attended") == {("石磊", "西平县退役军人工作领导小组")}
    assert not {pair for pair in _pairs(tmp_path, text, "located_in") if pair[0].endswith("领导小组")}


def test_a_town_body_written_bare_takes_the_town_not_the_words_before_it(tmp_path: Path) -> None:
    text = "合作社\n\n本报讯 在安良镇党委、镇政府的大力支持下，合作社发展壮大。记者从安良镇党委、镇政府了解到，该镇今年发展茶叶。\n"
    graph = _build_page(tmp_path, text)
    bodies = {e.name for e in graph.entities.values() if e.type == "organization"}
    assert "安良镇政府" in bodies and not {b for b in bodies if b.startswith(("在", "记者"))}


def test_a_delegations_head_is_no_post_of_a_body_named_tuan(tmp_path: Path) -> None:
    posts = _posts(tmp_path, "考察\n\n本报讯 河南省党政代表团团长、省委书记楼阳生一行到郑州考察。\n")
    assert ("省委书记", "河南省委") in posts["楼阳生"]
    assert not [post for post in posts["楼阳生"] if post[1] == "团"]


def test_a_meeting_of_the_countys_committee_is_called_by_the_committee(tmp_path: Path) -> None:
    text = (
        "李振东主持召开县委常委会会议\n\n本报讯 3月18日，新任内乡县委书记李振东主持召开县委常委会会议，研究部署内乡县重点工作。"
        "县委副书记孙卫平出席会议。\n"
    )
    chaired = _pairs(tmp_path, text, "chaired")
    assert chaired == {("李振东", "内乡县委")}
    attended = _pairs(tmp_path, text, "attended")
    assert attended == {("孙卫平", "内乡县委")}


COLUMNS = """干部任前公示

（公示对象按姓名、性别、民族、出生年月、学历、现任职务、拟任职务排列）

孙海涛，男，汉族，1978年4月，大学，宝丰县委常委、组织部部长，拟任县（市、区）党委副书记

魏丽
娜，女，汉族，1982年9月，研究生，平顶山市财政局党组成员、副局长，拟任市直单位正县级领导职务

郝建伟，男，汉族，1976年2月，在职大学，叶县昆阳街道党工委书记，拟任县（市、区）人民政府副县（市、区）长

杜晓雯，女，汉族，1985年6月，研究生，湛河区委常委、宣传部部长，拟任市直单位正县级领导职务
"""


def test_a_notice_in_columns_gives_each_entry_its_current_posts(tmp_path: Path) -> None:
    posts = _posts(tmp_path, COLUMNS)
    # before: the entries were one paragraph (no full stop ends one), and only 魏丽娜 was read,
    # with the 党委 of the entry before hers
    assert posts["孙海涛"] == [("县委常委", "宝丰县委"), ("组织部部长", "宝丰县委组织部")]
    assert posts["魏丽娜"] == [("财政局党组成员", "平顶山市财政局"), ("副局长", "平顶山市财政局")]
    assert posts["杜晓雯"] == [("区委常委", "湛河区委"), ("宣传部部长", "湛河区委宣传部")]  # not 宝丰县委宣传部
    assert not {"人民政府", "党委", "宝丰县委宣传部"} & set(posts)  # 拟任 posts name no body


SESSION = """柘城县第十七届人民代表大会第三次会议闭幕

本报讯 1月16日，柘城县第十七届人民代表大会第三次会议闭幕。
县人大常委会主任刘玉堂主持会议，副主任王建设、李秀云出席。柘城县人民法院院长罗志鹏列席会议。
"""


def test_a_congress_session_is_called_by_the_congress_and_a_bare_role_later_is_of_the_body_before(
    tmp_path: Path,
) -> None:
    posts = _posts(tmp_path, SESSION)
    # before: 副主任 after 主持会议， had no body
    assert posts["李秀云"] == [("副主任", "柘城县人大常委会")]
    attended = _pairs(tmp_path, SESSION, "attended")
    # before: the district was the convener (the term hid the body), and 列席 was no attending
    assert {("王建设", "柘城县人大"), ("罗志鹏", "柘城县人大")} <= attended
    chaired = _pairs(tmp_path, SESSION, "chaired")
    assert chaired == {("刘玉堂", "柘城县人大")}


ELECTION = """郏县第十七届人民代表大会第三次会议闭幕

本报讯 1月12日上午,郏县第十七届人民代表大会第三次会议闭幕.会议进行补选,王建峰当选郏县人民代表大会常务委员会副主任,吕晓燕当选郏县人民政府副县长. 此前,大会主席团接受了田志勇因工作变动辞去郏县人民政府副县长职务的请求.新当选的同志要忠诚履职.县政协委员、郏县德源农业科技有限公司总经理樊晓东说.
"""


def test_people_elected_and_resigning_in_half_width_text(tmp_path: Path) -> None:
    posts = _posts(tmp_path, ELECTION)
    # before: no sentence ended at a half-width full stop, 当选 was no pattern, and a reason
    # between the name and 辞去 hid the resignation
    assert posts["王建峰"] == [("县人大常委会副主任", "郏县人大常委会")]
    assert posts["吕晓燕"] == [("副县长", "郏县政府")]
    graph = _build_page(tmp_path, ELECTION)
    names = {e.id: e.name for e in graph.entities.values()}
    facts = {(names.get(r.head), r.relation, names.get(r.tail)) for r in graph.relations}
    assert ("田志勇", "held_post", "郏县政府") in facts
    # an official's post in a company is work there, not a post of the state
    assert ("樊晓东", "works_for", "郏县德源农业科技有限公司") in facts
    assert ("樊晓东", "holds_post", "郏县德源农业科技有限公司") not in facts


INSPECTION = """王立平带队督导检查安全生产工作

本报讯 11月19日，副市长王立平带领市安全生产第三督导组，深入襄城县开展督导检查。
在位于襄城县循环经济产业集聚区的许昌恒泰新材料化工有限公司，督导组深入罐区、中控室，逐项查看重大危险源管控情况。公司总经理孙建民介绍，企业今年投入安全改造资金1860万元。
在建安区颍汝新城安置房三期项目施工现场，督导组重点检查了塔吊、深基坑。
在安良镇，安良镇党委书记王俊峰带领包村干部深入田间地头。
在园区入驻企业哈密天山润泽农业科技有限公司，总经理马俊介绍，公司今年发运哈密瓜2.6万吨。
"""


def test_places_a_sentence_opens_with_are_visited_by_the_group_there(tmp_path: Path) -> None:
    visited = _pairs(tmp_path, INSPECTION, "visited")
    # before: only 调研/考察/来到… after a subject were visits
    assert {("王立平", "许昌恒泰新材料化工有限公司"), ("王立平", "建安区颍汝新城安置房三期项目")} <= visited
    assert ("王俊峰", "安良镇") not in visited  # the town's own secretary
    works = _pairs(tmp_path, INSPECTION, "works_for")
    # a bare 公司 in a sentence after the company; a bare title right after one
    assert {("孙建民", "许昌恒泰新材料化工有限公司"), ("马俊", "哈密天山润泽农业科技有限公司")} <= works


SUB_VENUE = """重大项目集中开工

本报讯 泌阳县分会场，泌阳县委书记刘晓辉出席，县委副书记、县长许红梅宣布开工。上蔡县县长王五出席。
"""


def test_a_relative_post_later_in_the_sentence_is_of_the_county_named_before_it(tmp_path: Path) -> None:
    posts = _posts(tmp_path, SUB_VENUE)
    # before: 县委 was the article's most named county (上蔡县 as often, and later)
    assert posts["许红梅"] == [("县委副书记", "泌阳县委"), ("县长", "泌阳县政府")]


TABLE = """12个项目集中签约

本报讯 开幕式上，12个项目现场集中签约。

　　　　　　　集中签约项目一览
序号　项目名称　　　　　　　　　　签约企业　　　　　　　　　　投资额（亿元）　落地县区
１　年产10万吨高端铝箔项目　　　　河南豫铝新材料有限公司　　　　32　　　永城市
２　冷链物流园项目　　　　　　　　河南中冷供应链管理有限公司　　12.6　　睢阳区
"""


def test_a_table_of_projects_gives_each_rows_signing_and_place(tmp_path: Path) -> None:
    # before: the rows were one paragraph with its spaces removed, cells glued into one name
    # (冷链物流园项目河南中冷供应链管理有限公司)
    signed = _pairs(tmp_path, TABLE, "signed")
    assert signed == {
        ("河南豫铝新材料有限公司", "年产10万吨高端铝箔项目"),
        ("河南中冷供应链管理有限公司", "冷链物流园项目"),
    }
    located = _pairs(tmp_path, TABLE, "located_in")
    assert {("年产10万吨高端铝箔项目", "永城市"), ("冷链物流园项目", "睢阳区")} <= located


FESTIVAL = """2024栾川·白云峪文化旅游节开幕

本报讯 5月18日晚，文化旅游节在栾川县云岭镇白云峪景区开幕。栾川县委常委、宣传部部长樊丽娜，栾川县副县长秦昊出席开幕式。
本届文化旅游节由洛阳市文化广电和旅游局、栾川县人民政府主办，栾川县文化广电和旅游局、云岭镇人民政府承办。
"""


def test_the_guests_of_an_event_attended_it_with_its_hosts(tmp_path: Path) -> None:
    attended = _pairs(tmp_path, FESTIVAL, "attended")
    # before: an event with no caller named in its lead had no meeting relations
    assert attended == {
        (person, host)
        for person in ("樊丽娜", "秦昊")
        for host in ("洛阳市文化广电和旅游局", "栾川县政府")  # 承办 bodies only organise it
    }


RIVER = """光山县委书记余振华巡河督导

本报讯 7月8日，光山县委书记、县总河长余振华沿潢河光山段开展巡河。泼陂河镇党委书记、镇级河长蔡文斌汇报了该段河道“清四乱”进展。
"""


def test_a_river_chief_is_a_post_of_the_place(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, RIVER)
    names = {e.id: e.name for e in graph.entities.values()}
    posts = {(names[r.head], r.attrs["post"], r.tail) for r in graph.relations if r.relation == "holds_post"}
    # before: no name after 县总河长 was read, and a chief's post went to the Party committee before it
    assert ("余振华", "县总河长", "district/光山县") in posts
    assert ("蔡文斌", "镇级河长", "district/泼陂河镇") in posts


def test_a_bare_role_after_another_body_is_not_held_in_the_first_one(tmp_path: Path) -> None:
    text = "市委书记王建设到市公安局调研\n\n本报讯 市委书记王建设到市公安局调研，局长李振华陪同。王建峰同志当选为郏县人大常委会副主任。\n"
    posts = _posts(tmp_path, text)
    # 局长 is no deputy of 书记: not held in the 市委 of the person before
    assert not [org for _, org in posts.get("李振华", []) if org.endswith("市委")]
    assert posts["王建峰"] == [("县人大常委会副主任", "郏县人大常委会")]  # 当选为, with 同志


ATTRIBUTIVE_PLACE = """考察团赴深圳走访企业

本报讯 在深圳，考察团一行先后走访了位于宝安区的深圳市迅联精密电子有限公司和深圳市光启源新能源科技有限公司。
检查中，执法人员发现，位于梧桐镇柳湾村的叶县鑫源再生资源有限公司擅自投入生产。
梁湾镇卫生院、丁楼乡卫生院等18家乡镇卫生院为成员单位，两家卫生院门诊量同比增长35%。
"""


def test_a_place_written_before_what_it_describes_places_each_thing_listed(tmp_path: Path) -> None:
    located = _pairs(tmp_path, ATTRIBUTIVE_PLACE, "located_in")
    # 位于宝安区的X和Y: both lie in 宝安区, not only in the city their names start with
    assert ("深圳市迅联精密电子有限公司", "宝安区") in located
    assert ("深圳市光启源新能源科技有限公司", "宝安区") in located
    assert not {tail for head, tail in located if head.startswith("深圳市")} - {"宝安区"}
    # the company, not the county its name starts with, follows 的
    assert ("叶县鑫源再生资源有限公司", "柳湾村") in located
    # township health centres are bodies of their township; counted or classed ones are no body
    assert ("丁楼乡卫生院", "丁楼乡") in located
    assert not {head for head, _ in located if head in ("乡镇卫生院", "两家卫生院", "18家乡镇卫生院")}


SIGNINGS = """睢县举办招商推介会

本报讯 推介会上，睢县人民政府与福建晋邦鞋业有限公司签订了高端制鞋产业园项目投资协议，与广州步艺鞋材有限公司签订了年产3000万双鞋底项目合作协议。
副县长赵凯代表甲方郸城县人民政府，与乙方代表深圳华拓新能源科技股份有限公司总经理陈国栋签订了华拓新能源年产5GWh储能电池项目投资合同。
"""


def test_each_project_of_a_sentence_of_signings_takes_its_own_parties(tmp_path: Path) -> None:
    signed = _pairs(tmp_path, SIGNINGS, "signed")
    # a government (睢县人民政府, named 睢县政府 in the graph) that is a side of the agreement signs; the first side signs the second
    # agreement too (…，与C签订了Q), the second side of the first does not
    assert ("睢县政府", "高端制鞋产业园项目") in signed
    assert ("睢县政府", "年产3000万双鞋底项目") in signed
    assert ("福建晋邦鞋业有限公司", "高端制鞋产业园项目") in signed
    assert ("广州步艺鞋材有限公司", "年产3000万双鞋底项目") in signed
    assert ("福建晋邦鞋业有限公司", "年产3000万双鞋底项目") not in signed
    assert ("广州步艺鞋材有限公司", "高端制鞋产业园项目") not in signed
    # a brand before a capacity is the project's; a body named as 甲方 signs, not its county
    project = "华拓新能源年产5GWh储能电池项目"
    assert {head for head, tail in signed if tail == project} == {
        "赵凯",
        "郸城县政府",
        "深圳华拓新能源科技股份有限公司",
        "陈国栋",
    }


def test_a_deputy_is_an_official_of_the_congress_whatever_else_they_are(tmp_path: Path) -> None:
    text = (
        "代表委员畅谈新一年发展\n\n本报讯 1月14日，濮阳市第八届人民代表大会第五次会议进入分组审议阶段。"
        "市人大代表、河南华濮新材料股份有限公司董事长赵长青说，要加快发展。"
        "市人大代表、华龙区委书记周卫华，市人大代表、华龙区委副书记、区长常新宇等先后发言。\n"
    )
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    people = {e.name: e for e in build([str(page)]).entities.values() if e.type in ("official", "person")}
    assert people["赵长青"].type == "official"  # a chairman who is a deputy
    # the deputy's post is in the city's congress, not in the body of the post before it
    for name in ("赵长青", "周卫华", "常新宇"):
        assert ("市人大代表", "濮阳市人大") in [(p.title, p.organization) for p in people[name].posts]


def test_an_announcement_names_new_and_former_posts_and_introducers_name_people(tmp_path: Path) -> None:
    text = (
        "卢氏县召开领导干部会议\n\n本报讯 会议宣布省委、市委关于卢氏县委主要领导调整的决定：邢海峰任卢氏县委书记；"
        "贾志诚不再担任卢氏县委书记。邢海峰此前任陕州区委副书记、区长。"
        "西峡县丁河镇党委书记、镇级河长殷志坚带着工作人员沿河徒步。黄庄镇南韩村种植户韩春生说，产业兴、农民富的日子来了。\n"
    )
    graph = _build_page(tmp_path, text)
    people = {e.name: e for e in graph.entities.values() if e.type in ("official", "person")}
    posts = {name: [(p.title, p.organization, p.district, p.former) for p in e.posts] for name, e in people.items()}
    assert ("县委书记", "卢氏县委", "卢氏县", False) in posts["邢海峰"]  # X任Y without 同志
    assert ("区长", "陕州区政府", "陕州区", True) in posts["邢海峰"]  # 此前任: held before
    assert posts["贾志诚"] == [("县委书记", "卢氏县委", "卢氏县", True)]  # 不再担任
    assert ("镇级河长", "", "丁河镇", False) in posts["殷志坚"]  # the town, not 西峡县丁河镇
    assert people["韩春生"].type == "person"
    assert not {name for name in people if name.endswith("的")}  # 农民富的: no name
    assert "西峡县丁河镇" not in {e.name for e in graph.entities.values()}


def test_a_meeting_named_before_its_call_and_a_government_named_in_the_lead(tmp_path: Path) -> None:
    committee = (
        "宝丰县委经济工作会议召开\n\n本报讯 12月22日，中共宝丰县委经济工作会议召开。县委书记陶明哲出席会议并讲话，"
        "县委副书记、县长何卫民主持会议。出席会议的还有县领导宁海波、鲁红梅。\n"
    )
    chaired = _pairs(tmp_path, committee, "chaired")
    attended = _pairs(tmp_path, committee, "attended")
    assert chaired == {("何卫民", "宝丰县委")}
    assert {("陶明哲", "宝丰县委"), ("宁海波", "宝丰县委"), ("鲁红梅", "宝丰县委")} <= attended
    government = (
        "鼓楼区召开城市更新工作推进会\n\n本报讯 11月11日，鼓楼区人民政府召开城市更新工作推进会。"
        "鼓楼区委书记卢文涛出席并讲话，区委副书记、区长温立新主持会议。\n"
    )
    # the headline's district calls it, the lead says which of its bodies
    assert _pairs(tmp_path, government, "chaired") == {("温立新", "鼓楼区政府")}


def test_a_court_is_placed_by_no_name_and_a_visit_names_no_project(tmp_path: Path) -> None:
    text = (
        "渑池县人大常委会召开会议\n\n本报讯 渑池县人民法院、渑池县人民检察院负责人列席会议。"
        "市长邢振东带队到唐河县、社旗县检查防汛备汛和水利工程建设工作。二七区金水源司法所开展普法。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    assert not {h for h, _ in located if h.endswith(("法院", "检察院"))}  # the state's, as a government is
    assert ("二七区金水源司法所", "二七区") in located  # a 司法所 stands in its place (seed gold)
    page = tmp_path / "page.txt"
    assert not [e for e in build([str(page)]).entities.values() if e.type == "project"]


def test_the_sides_of_an_agreement_across_a_comma_and_after_huan(tmp_path: Path) -> None:
    text = (
        "新乡市在上海举办招商推介会\n\n本报讯 原阳县招商局局长邵立伟代表甲方原阳县人民政府,与乙方上海禾丰冷链物流有限公司"
        "总经理贝嘉敏签订投资合作协议。新乡市人民政府还与上海市河南商会签订战略合作备忘录。"
        "浙江越丰机械有限公司与正阳县鑫源农业发展有限公司签订花生收获机械本地化生产项目合作协议。\n"
    )
    sides = _pairs(tmp_path, text, "signed_with")
    assert ("原阳县政府", "上海禾丰冷链物流有限公司") in sides  # 代表甲方A，与乙方B签订
    assert ("新乡市政府", "上海市河南商会") in sides  # A还与B签订
    signed = _pairs(tmp_path, text, "signed")
    assert ("浙江越丰机械有限公司", "花生收获机械本地化生产项目") in signed  # 本 of 本地化 stops no name


def test_a_province_written_before_a_county_is_no_side_of_its_own(tmp_path: Path) -> None:
    text = (
        "正阳县与浙江新昌县签订结对帮扶产业合作协议\n\n本报讯 6月18日，正阳县与浙江新昌县签订结对帮扶产业合作协议。\n"
    )
    assert _pairs(tmp_path, text, "signed_with") == {("正阳县", "新昌县")}


def test_people_work_for_a_cooperative_by_its_short_name_and_a_body_before_their_role(tmp_path: Path) -> None:
    text = (
        "汝南县小麦收购忙\n\n本报讯 记者来到汝南县丰禾农机专业合作社。丰禾合作社理事长邵广田告诉记者，合作社有收割机26台。"
        "并由公司安全总监周红霞牵头开展排查。开幕式上，洛阳市豫剧院演员王红霞演唱了豫剧选段。\n"
    )
    works = _pairs(tmp_path, text, "works_for")
    assert ("邵广田", "汝南县丰禾农机专业合作社") in works  # 丰禾合作社: the cooperative named in full
    assert ("王红霞", "洛阳市豫剧院") in works  # a body, what she is there, her name


def test_a_bare_chamber_is_the_one_named_last(tmp_path: Path) -> None:
    text = "新乡市在上海举办招商推介会\n\n本报讯 在上海市河南商会，贺志明与商会会长曲文涛、常务副会长滕佳琪座谈交流。\n"
    posts = _posts(tmp_path, text)
    assert ("商会会长", "上海市河南商会") in posts["曲文涛"]
    assert "商会" not in {e.name for e in build([str(tmp_path / "page.txt")]).entities.values()}


def test_a_visit_to_what_a_place_describes_is_no_visit_to_the_place(tmp_path: Path) -> None:
    text = (
        "获嘉县委书记带队赴深圳招商\n\n本报讯 获嘉县委书记孟庆丰带队赴深圳招商。在深圳，考察团一行先后走访了位于宝安区的"
        "深圳市迅联精密电子有限公司和深圳市光启源新能源科技有限公司。"
        "在位于上海市闵行区的上海鼎晟新材料科技股份有限公司，孟庆丰参观了企业研发中心和产品展厅。\n"
    )
    visited = _pairs(tmp_path, text, "visited")
    assert ("孟庆丰", "深圳市迅联精密电子有限公司") in visited
    assert ("孟庆丰", "上海鼎晟新材料科技股份有限公司") in visited  # 在X，…参观
    assert not {t for _, t in visited} & {"宝安区", "闵行区", "产品展厅"}  # where it is; a hall is no body


def test_a_province_written_before_the_city_visited_is_not_visited_itself(tmp_path: Path) -> None:
    text = "获嘉县赴深圳招商\n\n本报讯 获嘉县委书记孟庆丰带队赴广东省深圳市、江苏省苏州市开展招商考察。\n"
    visited = {t for _, t, _ in _relations(tmp_path, text, "visited")}
    assert {"深圳市", "苏州市"} <= visited
    assert not visited & {"广东省", "江苏省"}


def test_a_bare_project_subject_is_the_articles_project_and_the_projects_above_are_all(tmp_path: Path) -> None:
    text = (
        "泌阳县重点项目开工\n\n本报讯 泌阳县开工的夏南牛精深加工项目总投资12亿元，由河南牛源食品有限公司投资建设，"
        "项目位于泌阳县羊册镇。\n\n郸城县签约两个项目\n\n本报讯 郸城县签约华拓新能源年产5GWh储能电池项目、"
        "鹏程电子新材料产业园项目。上述项目均将落户郸城县产业集聚区。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    assert ("夏南牛精深加工项目", "羊册镇") in located  # 项目位于: the project, not the company before it
    assert ("河南牛源食品有限公司", "羊册镇") not in located
    assert ("夏南牛精深加工项目", "泌阳县") not in located  # the most specific place of the chain
    zone = "郸城县产业集聚区"
    assert {("华拓新能源年产5GWh储能电池项目", zone), ("鹏程电子新材料产业园项目", zone)} <= located
    assert ("夏南牛精深加工项目", zone) not in located  # 上述: the projects of its own article


def test_a_sessions_chair_is_no_post_and_a_cppcc_committee_keeps_its_name(tmp_path: Path) -> None:
    text = (
        "柘城县人大会议闭幕\n\n本报讯 柘城县第十七届人民代表大会第四次会议闭幕。大会执行主席刘玉堂主持闭幕会。"
        "市政协提案委员会主任郝振东主持协商会。\n"
    )
    posts = _posts(tmp_path, text)
    assert posts["刘玉堂"] == []  # 大会执行主席: a role of the session, no post in a body 大会
    assert [org for _, org in posts["郝振东"]] == ["商丘市政协提案委员会"]  # not a bare 委员会


def test_a_bare_project_is_the_one_named_last_in_its_sentence(tmp_path: Path) -> None:
    text = (
        "中牟县项目集中签约\n\n本报讯 华瑞新材料产业园项目和中原冷链物流园项目在中牟县集中签约。"
        "其中，华瑞新材料产业园项目由河南华瑞新材料有限公司投资建设，项目位于中牟县官渡镇。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    assert ("华瑞新材料产业园项目", "官渡镇") in located
    assert ("中原冷链物流园项目", "官渡镇") not in located


LEADERS_AND_MEMBERS = """郸城县党政代表团赴深圳开展招商活动

本报讯（记者 孙浩然）4月23日，郸城县委书记王海涛，县委副书记、县长张明远率领郸城县党政代表团赴广东省深圳市开展招商活动。
代表团还走访考察了位于深圳市龙岗区的深圳华拓新能源科技股份有限公司。
区政协主席庞浩然带队。
委员们先后走进郑州天纬智能装备有限公司，详细了解企业生产经营情况。
县委常委、宣传部部长樊丽娜在致辞中说，欢迎八方游客走进栾川。
"""


def test_two_leaders_listed_before_lv_ling_both_visit_and_committee_members_are_a_group(tmp_path: Path) -> None:
    visited = _pairs(tmp_path, LEADERS_AND_MEMBERS, "visited")
    assert {("王海涛", "深圳华拓新能源科技股份有限公司"), ("张明远", "深圳华拓新能源科技股份有限公司")} <= visited
    assert ("王海涛", "郑州天纬智能装备有限公司") in visited  # 委员们 stand for the article's leaders
    assert ("樊丽娜", "栾川县") not in visited  # 走进 needs its visitor in its own clause
    assert not any(tail == "龙岗区" for _, tail in visited)  # 位于龙岗区的: where the company is


FLOOD_CHECK = """邢振东带队检查防汛

本报讯（记者 祁宏亮）6月12日，市长邢振东带队到唐河县、社旗县检查防汛备汛和水利工程建设工作。
委员们先后来到项城市的豫禾生物发酵产业园扩建项目，实地了解项目进展。
在社旗县防汛抗旱指挥部，邢振东通过视频调度系统，查看了全县小型水库的实时画面。
县应急局检查组检查了唐河县防汛物资仓库。
"""


def test_checking_after_going_somewhere_is_a_visit_and_a_place_before_de_describes(tmp_path: Path) -> None:
    visited = _pairs(tmp_path, FLOOD_CHECK, "visited")
    assert {("邢振东", "唐河县"), ("邢振东", "社旗县"), ("邢振东", "社旗县防汛抗旱指挥部")} <= visited
    assert ("邢振东", "豫禾生物发酵产业园扩建项目") in visited
    assert ("邢振东", "项城市") not in visited  # 来到项城市的X: where X is


ARTICLE_PLACES = """新郑市农村公路提质改造加快推进

本报讯（记者 田佳琪）11月5日，新郑市交通运输局局长任国栋实地查看农村公路提质改造工程建设情况。
该工程由河南中豫路桥工程有限公司施工，郑州鑫和源食品有限公司捐赠了防暑物资，案件管理中心、康宁医院派员参加。
市里组建两大教育集团，为两个教育集团授牌。
"""


def test_an_article_places_its_companies_and_venues_but_not_contractors_or_other_bodies(tmp_path: Path) -> None:
    located = _pairs(tmp_path, ARTICLE_PLACES, "located_in")
    assert ("郑州鑫和源食品有限公司", "郑州市") in located  # the city its name says, over the article's
    assert not any(head == "河南中豫路桥工程有限公司" for head, _ in located)  # builds where it is hired
    assert ("康宁医院", "新郑市") in located  # a venue
    assert not any(head == "案件管理中心" for head, _ in located)  # a unit of some body, somewhere
    page = tmp_path / "page.txt"
    graph = build([str(page)])
    assert not any("教育集团" in e.name for e in graph.entities.values())  # a count of a kind, no name


BRIEFS = """商丘日报　2025年1月10日　星期五　第03版　简讯


■要闻速览


市政协召开五届二十一次主席会议

1月8日,商丘市政协召开五届二十一次主席会议，市政协党组书记、主席柏春华主持会议,市政协副主席温立群出席。会议要求各专委会深入开展调查研究。(记者 宁思远)


仲立强到虞城县调研量具产业

1月7日，市委副书记仲立强到虞城县调研量具产业发展情况。（记者 韦晓澄 通讯员 梁文轩）
"""


def test_briefs_opening_with_their_date_are_articles_of_their_own(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, BRIEFS)
    headlines = [a.headline for a in graph.articles.values()]
    assert len(headlines) == 2 and headlines[1] == "仲立强到虞城县调研量具产业"
    names = {e.id: e.name for e in graph.entities.values()}
    found = {(names.get(r.head), r.relation, r.tail[-1]) for r in graph.relations if r.relation == "reported"}
    # the byline in brackets after a brief's last sentence
    assert found == {("宁思远", "reported", "0"), ("韦晓澄", "reported", "1"), ("梁文轩", "reported", "1")}
    chaired = {(names.get(r.head), names.get(r.tail)) for r in graph.relations if r.relation == "chaired"}
    assert chaired == {("柏春华", "商丘市政协")}  # not 闻速览市政协: the label is no part of the body


HARVEST_FESTIVAL = """丰收节南阳市主会场活动在邓州举行

本报讯（记者 晏清扬）9月22日，2024年中国农民丰收节南阳市主会场活动在邓州市穰丰镇丁营村举行。活动由南阳市人民政府主办，邓州市人民政府承办。
南阳市委副书记谷振邦出席活动。南阳市副市长屈海燕主持开幕式。
"""


def test_the_place_an_event_is_held_in_is_its_venue_not_its_caller(tmp_path: Path) -> None:
    attended = _pairs(tmp_path, HARVEST_FESTIVAL, "attended")
    chaired = _pairs(tmp_path, HARVEST_FESTIVAL, "chaired")
    assert attended == {("谷振邦", "南阳市政府")}  # the host (南阳市人民政府), not 丁营村
    assert chaired == {("屈海燕", "南阳市政府")}


SHORT_FORM_PAGE = """恒远新材项目在武陟投产

本报讯（记者 尚雨萌）4月16日，焦作恒远新材料股份有限公司（以下简称“恒远新材”，股票代码：301256）年产10万吨锂电池隔膜涂覆材料项目投产。项目由恒远新材注册设立的全资子公司恒远新材料（武陟）有限公司投资建设。


恒远新材与两家本地企业签约

本报讯（记者 尚雨萌）4月16日下午，恒远新材与两家本地企业签订配套供货协议。河南鑫晟化工有限公司董事长葛振邦与恒远新材总经理许嘉树签约。
"""


def test_a_short_form_declared_in_a_bracket_that_goes_on_holds_in_the_pages_other_stories(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, SHORT_FORM_PAGE)
    by_name = {e.name: e for e in graph.entities.values()}
    assert "恒远新材" in by_name["焦作恒远新材料股份有限公司"].aliases
    assert "恒远新材" not in by_name  # not a body of its own in the second story
    assert "恒远新材料（武陟）有限公司" in by_name  # after 全资子公司
    works = {(r.head, r.tail) for r in graph.relations if r.relation == "works_for"}
    assert ("person/许嘉树", "company/焦作恒远新材料股份有限公司") in works


EXHIBITORS = """丰收节展销活动举行

本报讯（记者 晏清扬）9月22日，丰收节展销活动举行。唐河县桐岭镇的南阳宛香黄牛养殖有限公司带来了黄牛肉制品，西峡县丹岭镇的河南伏牛山果业有限公司展出了猕猴桃。
邓州市人民政府与河南丰穰农业科技有限公司签约邓州丰穰智慧灌溉示范园项目，建设地点为邓州市穰丰镇。
"""


def test_a_place_before_de_and_a_company_places_it_and_so_does_a_building_site(tmp_path: Path) -> None:
    located = _pairs(tmp_path, EXHIBITORS, "located_in")
    assert {("南阳宛香黄牛养殖有限公司", "桐岭镇"), ("河南伏牛山果业有限公司", "丹岭镇")} <= located
    assert ("邓州丰穰智慧灌溉示范园项目", "穰丰镇") in located


METRO_SITE = """地铁建设加快

本报讯（记者 张三）5月8日，在龙翔东站施工现场，中铁三十一局集团有限公司15号线土建二标项目经理秦朗正带领工人进行浇筑。
“这个站是全线最大的换乘站。”秦朗说。段洼村党支部书记肖晓峰介绍。
"""


def test_a_section_of_the_works_between_a_company_and_its_manager(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, METRO_SITE)
    # no 号线土建二标, but 段洼村党支部 (段, 号 and the like follow numbers too)
    assert {e.name for e in graph.entities.values() if e.type == "organization"} == {"段洼村党支部"}
    works = {(r.head, r.tail, r.attrs.get("role")) for r in graph.relations if r.relation == "works_for"}
    assert works == {("person/秦朗", "company/中铁三十一局集团有限公司", "项目经理")}


BOTH_SIDES = """两地企业签约合作项目

本报讯（记者 聂雨桐）4月16日，两地企业现场签约合作项目。
二、甲方：河南瑞丰发制品有限公司；乙方：江苏澜宇新能源科技有限公司。双方签约瑞丰发制品分布式光伏储能项目，建设地点为许昌市建安区。
"""


def test_both_sides_named_as_jia_and_yi_before_sign_what_shuang_fang_sign(tmp_path: Path) -> None:
    signed = _pairs(tmp_path, BOTH_SIDES, "signed")
    assert signed == {
        ("河南瑞丰发制品有限公司", "瑞丰发制品分布式光伏储能项目"),
        ("江苏澜宇新能源科技有限公司", "瑞丰发制品分布式光伏储能项目"),
    }
    sides = _pairs(tmp_path, BOTH_SIDES, "signed_with")
    assert sides == {("河南瑞丰发制品有限公司", "江苏澜宇新能源科技有限公司")}


CLOUD_SIGNING = """淇滨区8个项目“云签约”

本报讯（记者 乔语汐）3月12日，淇滨区重点项目“云签约”活动举行。淇滨区人民政府与来自广东、浙江等地的2家企业隔屏签约。
本次签约的2个项目如下：

——淇滨区智能传感器产业园项目，投资方为深圳市汇晟微传感科技有限公司，投资额15亿元，落户金湾街道；

——鹤壁淇滨算力中心项目，投资方为北京数擎云计算有限公司，投资额5.5亿元。

签约活动次日，区长宗雅琪带队实地查看淇滨区智能传感器产业园项目选址地块。
"""


def test_a_list_of_signed_projects_gives_each_investor_and_the_side_that_signed_with_them(tmp_path: Path) -> None:
    signed = _pairs(tmp_path, CLOUD_SIGNING, "signed")
    assert signed == {
        ("深圳市汇晟微传感科技有限公司", "淇滨区智能传感器产业园项目"),
        ("淇滨区政府", "淇滨区智能传感器产业园项目"),
        ("北京数擎云计算有限公司", "鹤壁淇滨算力中心项目"),
        ("淇滨区政府", "鹤壁淇滨算力中心项目"),
    }  # not 宗雅琪: 签约活动次日 is no signing
    located = _pairs(tmp_path, CLOUD_SIGNING, "located_in")
    assert ("淇滨区智能传感器产业园项目", "金湾街道") in located  # the item's project, not its investor
    assert ("深圳市汇晟微传感科技有限公司", "金湾街道") not in located
    sides = _pairs(tmp_path, CLOUD_SIGNING, "signed_with")
    assert sides == {("淇滨区政府", "深圳市汇晟微传感科技有限公司"), ("淇滨区政府", "北京数擎云计算有限公司")}


SUPERVISION = """企业走访调研

本报讯(记者 舒雅婷)2月18日上午,市委书记顾怀瑾,市委副书记、市长窦明哲一行先后来到河南沙澧智能装备股份有限公司。
县人大常委会主任雍德胜带领督办组开展督办。督办组首先来到羑河镇西柳营村，实地查看西柳公路改造工程。
3月13日，区长宗雅琪带队到金湾街道，实地查看产业园项目选址地块。
新郑市交通运输局局长任国栋带领工程科负责人查看农村公路建设。
在双桥镇大刘庄村至S223连接线施工现场，任国栋详细询问了路基处理情况。
"""


def test_officials_listed_before_yi_xing_visit_and_a_supervision_group_is_its_leaders(tmp_path: Path) -> None:
    visited = _pairs(tmp_path, SUPERVISION, "visited")
    assert {("顾怀瑾", "河南沙澧智能装备股份有限公司"), ("窦明哲", "河南沙澧智能装备股份有限公司")} <= visited
    assert ("雍德胜", "西柳营村") in visited
    assert ("宗雅琪", "金湾街道") in visited  # gone to in one clause, looked at in the next
    assert ("任国栋", "双桥镇") in visited
    assert ("任国栋", "大刘庄村") not in visited  # an end of the road, not where he was


SUBHEADED_STORY = """西峡县扎实推进重点项目建设

本报讯（记者 张三）今年以来，西峡县扎实推进重点项目建设，县委书记王海涛多次深入一线调研。
聚焦产业链条强链补链
5月8日，县长张明远到丁河镇检查河南华宇机械制造有限公司项目进展，要求加快进度。
"""

HOSTED_DELEGATION = """王海涛会见浙江客商考察团

本报讯（记者 张三）5月8日，县委书记王海涛会见了浙江万丰科技有限公司董事长陈爱莲率领的客商考察团。县长张明远诚挚邀请广大游客走进西峡县。
考察团一行先后参观了河南华宇机械制造有限公司。会前，参会企业代表们参观了丁河镇猕猴桃产业园。
"""

SIGNING_CEREMONY = """西峡县项目签约

本报讯（记者 张三）5月8日，西峡县人民政府与浙江万丰科技有限公司年产10万吨新材料项目签约仪式在县行政中心举行。县委书记王海涛出席签约仪式。
"""


def test_review_cases_a_story_with_a_subheading_a_host_an_invitation_and_a_signing_ceremony(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(SUBHEADED_STORY, encoding="utf-8")
    assert len(build([str(page)]).articles) == 1  # a subheading over a dated paragraph, no brief
    visited = _pairs(tmp_path, HOSTED_DELEGATION, "visited")
    assert ("陈爱莲", "河南华宇机械制造有限公司") in visited
    assert not any(head in ("王海涛", "张明远") for head, _ in visited)  # the host, an invitation, 代表们 of others
    signed = _pairs(tmp_path, SIGNING_CEREMONY, "signed")
    # a company's project is named after it in full (the convention of the gold)
    assert ("浙江万丰科技有限公司", "浙江万丰科技有限公司年产10万吨新材料项目") in signed
    assert not any(head == "王海涛" for head, _ in signed)  # a guest of the ceremony


CAREER = """身边的榜样

本报讯（记者 张三）5月8日，望田镇党委书记穆宏昌曾任商水县芦湾镇副镇长，黄桥乡党委副书记、乡长，双庙乡党委书记，2019年起任望田镇党委书记至今。
原黄桥乡党委书记、现商水县农业农村局局长卢金海这样评价他。双塔镇原副镇长郜立群因监管不力，已被免去副镇长职务。


市领导走访企业

本报讯（记者 李四）5月9日，市委书记顾怀瑾到漯河市澧源包装材料有限公司走访。曾任郾城区副区长的钮嘉伟随同走访。
市工业和信息化局局长钮嘉伟现场回应企业诉求。
"""


def test_a_career_listed_clause_by_clause_and_posts_held_before_and_now(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, CAREER)
    people = {e.name: e for e in graph.entities.values() if e.type == "official"}
    held = {(p.organization, p.former) for p in people["穆宏昌"].posts}
    assert {("黄桥乡党委", True), ("黄桥乡政府", True), ("双庙乡党委", True)} <= held  # 曾任A，B、乡长，C
    assert ("商水县农业农村局", False) in {(p.organization, p.former) for p in people["卢金海"].posts}  # 现…
    assert ("双塔镇政府", True) in {(p.organization, p.former) for p in people["郜立群"].posts}
    # one 钮嘉伟: a post held before (in 郾城区) is no sign of another person than the city's bureau head
    assert [name for name in people if name.startswith("钮嘉伟")] == ["钮嘉伟"]
    assert {p.former for p in people["钮嘉伟"].posts} == {True, False}


SUBJECT_CAREER = """扎根基层三十年

本报讯（记者 张三）今年54岁的穆宏昌，1994年毕业后回到商水县工作，曾任商水县芦湾镇副镇长，黄桥乡党委副书记、乡长，双庙乡党委书记，2019年起任望田镇党委书记至今。
邢海峰历任三门峡市商务局副局长，湖滨区人民政府副区长。会上，曾任县长的同志发言。
"""


def test_a_career_after_the_sentences_subject_is_held_before_by_the_subject(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, SUBJECT_CAREER)
    people = {e.name: e for e in graph.entities.values() if e.type == "official"}
    held = {(p.organization, p.former) for p in people["穆宏昌"].posts}
    assert {("商水县芦湾镇政府", True), ("黄桥乡党委", True), ("双庙乡党委", True)} <= held
    assert ("望田镇党委", True) not in held  # 2019年起任…至今: held now, not part of the career
    held = {(p.organization, p.former) for p in people["邢海峰"].posts}
    assert {("三门峡市商务局", True), ("湖滨区政府", True)} <= held  # 历任A，B
    assert "会上" not in people


def test_a_post_held_before_still_tells_people_of_one_name_apart_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "县人大常委会会议召开\n\n本报讯（记者 张三）5月8日，会议决定免去张建伟的内乡县统计局局长职务。\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "县长调研\n\n本报讯（记者 李四）5月9日，柘城县委副书记、县长张建伟到企业调研。\n", encoding="utf-8"
    )
    graph = build([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    named = sorted(e.name for e in graph.entities.values() if e.name.startswith("张建伟"))
    assert len(named) == 2, named  # one removed in 内乡县, one county head of 柘城县: two people


REPORT_MEETING = """商水县举办劳动模范先进事迹报告会

本报讯（记者 邰文清）11月8日，商水县劳动模范先进事迹报告会在县会议中心举行。报告会由中共商水县委宣传部、商水县总工会联合主办。
县委副书记郑雨航出席。县总工会主席鲁振国主持报告会。
"""


def test_hosts_a_sentence_names_call_the_event_over_the_district_of_the_headline(tmp_path: Path) -> None:
    attended = _pairs(tmp_path, REPORT_MEETING, "attended")
    chaired = _pairs(tmp_path, REPORT_MEETING, "chaired")
    assert attended == {("郑雨航", "中共商水县委宣传部"), ("郑雨航", "商水县总工会")}
    assert chaired == {("鲁振国", "中共商水县委宣传部"), ("鲁振国", "商水县总工会")}  # not 商水县


COOPERATIVE = """梁庄村辣椒红了

本报讯（记者 晏清扬）尉氏县大营镇梁庄村的辣椒进入采收期。尉氏县梁庄辣椒种植专业合作社理事长周长顺说，今年亩产比去年高。
村里还引进了河南金星食品有限公司，建起了加工车间。
"""


def test_a_company_named_with_a_village_of_its_article_lies_in_that_village(tmp_path: Path) -> None:
    located = _pairs(tmp_path, COOPERATIVE, "located_in")
    assert ("尉氏县梁庄辣椒种植专业合作社", "梁庄村") in located
    assert ("尉氏县梁庄辣椒种植专业合作社", "尉氏县") not in located
    # no village of that name in the article: 金星 is a brand here
    assert not any(head == "河南金星食品有限公司" and tail.startswith("金星") for head, tail in located)


TOWN_BODY = """身边的榜样

——记商水县望田镇党委书记穆宏昌
本报讯（记者 张三）报告会上，望田镇党委书记穆宏昌作事迹报告。城关镇党委书记李明远发言。
"""


def test_a_townships_body_written_after_its_county_is_one_body_with_the_bare_form_of_its_file(
    tmp_path: Path,
) -> None:
    graph = _build_page(tmp_path, TOWN_BODY)
    bodies = {e.name: e for e in graph.entities.values() if e.type == "organization" and "望田镇" in e.name}
    assert list(bodies) == ["商水县望田镇党委"]
    assert "望田镇党委" in bodies["商水县望田镇党委"].aliases
    assert any(e.name == "城关镇党委" for e in graph.entities.values())  # no longer form of it in the file


OBSERVATION_TOUR = """全市重点项目观摩活动举行

本报讯（记者 晁瑞霖）4月10日，市委书记袁振霆带领观摩团，先后深入汤阴县、内黄县，实地观摩重点项目。
在汤阴县，观摩团首先来到豫膳坊年产20万吨速冻食品项目。随后，观摩团观摩了安阳市恒晟新型建材有限公司在宜沟镇投资6.5亿元建设的恒晟装配式建筑构件生产基地项目。
1月21日，市人大常委会主任宫振东到禹州市神垕镇走访慰问困难党员，并到禹州市钧瓷文化产业园看望坚守岗位的企业职工。
"""


def test_an_observation_tour_and_sympathy_visits_are_visits(tmp_path: Path) -> None:
    visited = _pairs(tmp_path, OBSERVATION_TOUR, "visited")
    assert {("袁振霆", "汤阴县"), ("袁振霆", "内黄县"), ("袁振霆", "豫膳坊年产20万吨速冻食品项目")} <= visited
    assert ("袁振霆", "恒晟装配式建筑构件生产基地项目") in visited
    # the investor and the place of a project described before it are not what is visited
    assert ("袁振霆", "安阳市恒晟新型建材有限公司") not in visited and ("袁振霆", "宜沟镇") not in visited
    assert {("宫振东", "神垕镇"), ("宫振东", "禹州市钧瓷文化产业园")} <= visited


GROUP_TOUR_OF_TOWNS = """博爱县开展招商引资项目观摩活动

本报讯（记者 邢雅琪）9月15日，县委书记鄢卫峰带领观摩组，深入乡镇、企业和项目一线。
在许良镇，观摩组首先来到焦作市恒嘉包装制品有限公司，察看全自动瓦楞纸板生产线。
随后，观摩组到金城乡，走访焦作市鑫禾农业科技有限公司。
"""


def test_a_tour_groups_towns_are_visited_by_its_leader(tmp_path: Path) -> None:
    visited = _pairs(tmp_path, GROUP_TOUR_OF_TOWNS, "visited")
    # 在许良镇，观摩组来到X; 观摩组到金城乡，走访Y: the group's leader is in the towns too
    assert {("鄢卫峰", "许良镇"), ("鄢卫峰", "金城乡")} <= visited
    assert {("鄢卫峰", "焦作市恒嘉包装制品有限公司"), ("鄢卫峰", "焦作市鑫禾农业科技有限公司")} <= visited


FOREIGN_DELEGATION = """漯河市长会见德国奥芬巴赫市代表团

本报讯（记者 温若彤）5月20日，漯河市市长邰振华会见了德国黑森州奥芬巴赫市市长菲利克斯·施瓦茨率领的代表团一行。
奥芬巴赫市议员莫妮卡·霍夫曼，奥芬巴赫工商会副主席托马斯·克莱因；漯河市副市长葛慧玲参加会见。
"""


def test_foreign_officials_with_a_dotted_name_and_their_citys_government_or_council(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, FOREIGN_DELEGATION)
    people = {e.name: e for e in graph.entities.values() if e.type in ("official", "person")}
    assert {"菲利克斯·施瓦茨", "托马斯·克莱因"} <= set(people)  # 菲利克斯 is a word; 因 ends 克莱因
    assert {p.organization for p in people["菲利克斯·施瓦茨"].posts} == {"奥芬巴赫市政府"}
    # 议员 is no title kg reads: it ends 行风评议员 (a citizen reviewer) more often in this news


OBITUARY = """祁振邦同志生平

祁振邦，男，汉族，1950年3月生，河南光山人，1968年12月参加工作。
祁振邦同志参加工作后，先后在县委办公室工作；1984年起历任光山县槐店乡党委副书记、乡长，光山县委办公室主任；1989年任光山县泼陂河镇党委书记；1996年任罗山县委副书记、县长；2010年10月退休。

卫生院长的一生

王建华，男，汉族，1970年生。2015年任商水县人民医院院长；2020年任商水县卫生健康委员会主任至今。
"""


def test_a_career_told_year_by_year_is_the_profiled_persons(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, OBITUARY)
    people = {e.name: e for e in graph.entities.values() if e.type in ("official", "person")}
    assert "年起" not in people
    held = {(p.organization, p.former) for p in people["祁振邦"].posts}
    assert {
        ("光山县槐店乡党委", True),
        ("光山县槐店乡政府", True),
        ("光山县委办公室", True),  # 主任: no post taken (任) that ends the list
        ("光山县泼陂河镇党委", True),
        ("罗山县委", True),
        ("罗山县政府", True),  # the last step before 退休: held before too
    } <= held
    held = {(p.organization, p.former) for p in people["王建华"].posts}
    assert held == {("商水县人民医院", True), ("商水县卫生健康委员会", False)}  # 至今: held now


CALLED_AT_A_VENUE = """西华县举办“政企面对面”恳谈会

本报讯（记者 鲍文静）7月7日，西华县人民政府在县政务服务中心举办第三期“政企面对面”营商环境恳谈会。县委副书记、县长洪振宇出席并讲话，副县长巩丽娜主持会议。


中共延津县委十四届五次全体（扩大）会议召开

本报讯（记者 聂婉清）7月28日，中共延津县委十四届五次全体（扩大）会议召开。县人大常委会主任苗振国，县政协主席隋玉兰出席会议。
"""


def test_a_caller_before_its_venue_and_a_plenary_with_its_term_call_their_meetings(tmp_path: Path) -> None:
    chaired = _pairs(tmp_path, CALLED_AT_A_VENUE, "chaired")
    attended = _pairs(tmp_path, CALLED_AT_A_VENUE, "attended")
    assert ("巩丽娜", "西华县政府") in chaired and ("洪振宇", "西华县政府") in attended
    assert not any(t == "西华县政务服务中心" for _, t in chaired | attended)  # the venue
    assert {("苗振国", "延津县委"), ("隋玉兰", "延津县委")} <= attended


BARE_HEADS = """市领导走访慰问

本报讯（记者 张三）1月20日，市长姚景川到襄城县人民医院，看望坚守岗位的医护人员。院长芮雅琳介绍，医院已组织专家值守。护士长汪曼说，大家都很安心。
在漯河市工贸职业技术学校，代表团观摩了实训课。校长樊立群介绍，学校2021年引入这一模式。市政协委员、开封市第二十五中学校长臧婉如发言。
"""


def test_a_bare_heads_title_is_of_the_institution_of_its_kind_named_just_before(tmp_path: Path) -> None:
    works = _pairs(tmp_path, BARE_HEADS, "works_for")
    assert {("芮雅琳", "襄城县人民医院"), ("樊立群", "漯河市工贸职业技术学校")} <= works
    assert ("汪曼", "襄城县人民医院") not in works  # two sentences on: too far to say
    # 第二十五中学|校长: work in the school (not an office, nor one in the CPPCC)
    assert ("臧婉如", "开封市第二十五中学") in works
    assert "开封市第二十五中学" not in {organization for _, organization in _posts(tmp_path, BARE_HEADS)["臧婉如"]}


TOUR_BY_COUNTY = """全市重点项目观摩活动举行

本报讯（记者 晁瑞霖）4月10日，观摩团先后深入汤阴县、龙安区。
在汤阴县，观摩团观摩了位于伏道镇的风电项目。
在龙安区，观摩团来到睿驰汽车新能源汽车轻量化底盘项目。睿驰汽车新能源汽车轻量化底盘项目由安阳睿驰汽车零部件有限公司投资22亿元建设，位于马家乡，建成后可年产底盘40万套。
"""


def test_towns_are_in_the_county_their_part_of_the_article_opens_with(tmp_path: Path) -> None:
    part_of = _pairs(tmp_path, TOUR_BY_COUNTY, "part_of")
    assert {("伏道镇", "汤阴县"), ("马家乡", "龙安区")} <= part_of
    located = _pairs(tmp_path, TOUR_BY_COUNTY, "located_in")
    # P由C投资…建设，位于X: the project lies there, not the company that builds it
    assert ("睿驰汽车新能源汽车轻量化底盘项目", "马家乡") in located
    assert ("安阳睿驰汽车零部件有限公司", "马家乡") not in located


REVIEW_VISITS = """县领导调研

本报讯（记者 张三）5月8日，县长王刚带队先后来到出山镇张庄村、城关镇李庄村以及河南华丰食品有限公司投资建设的年产10万吨面粉加工项目。
副县长李明在县应急指挥中心通过视频连线观摩了出山镇王庄村防汛应急演练。
在张庄村，村民刘德明告诉记者，县里领导经常来到村里走访。
太平洋财产保险股份有限公司西平支公司向太平村发放理赔款。他的儿子王建军，曾任西平县交通运输局局长。
"""


def test_review_visits_listed_remote_or_at_home_and_brands_named_like_a_village(tmp_path: Path) -> None:
    visited = _pairs(tmp_path, REVIEW_VISITS, "visited")
    assert {("王刚", "张庄村"), ("王刚", "李庄村"), ("王刚", "年产10万吨面粉加工项目")} <= visited
    assert not any(h == "刘德明" for h, _ in visited)  # a resident at home
    assert not any(h == "李明" for h, _ in visited)  # watched by video
    located = _pairs(tmp_path, REVIEW_VISITS, "located_in")
    assert ("太平洋财产保险股份有限公司西平支公司", "太平村") not in located


PROFILE_CAREER = """泌阳县人民政府原副县长滕国梁接受审查调查

本报讯（记者 鄢晓彤）2月19日，泌阳县人民政府原副县长滕国梁涉嫌严重违纪违法，目前正接受审查调查。
滕国梁简历：滕国梁，男，1968年5月生，河南泌阳人，1989年7月参加工作。曾任泌阳县马谷田镇党委书记，泌阳县交通运输局局长；2016年3月任泌阳县人民政府副县长；2023年11月退休。
"""


def test_a_profiles_career_opening_with_zengren_is_held_before(tmp_path: Path) -> None:
    held = _pairs(tmp_path, PROFILE_CAREER, "held_post")
    assert {("滕国梁", "泌阳县马谷田镇党委"), ("滕国梁", "泌阳县交通运输局"), ("滕国梁", "泌阳县政府")} <= held


def test_a_verb_inside_a_posts_body_and_the_party_and_the_state(tmp_path: Path) -> None:
    text = (
        "协商会召开\n\n本报讯（记者 张三）5月8日，市政协委员、开封市工商业联合会副主席苗德厚建议，完善政企沟通。"
        "市领导为困难群众送去党委政府的关怀，感谢党和政府。\n"
    )
    posts = _posts(tmp_path, text)
    assert ("工商业联合会副主席", "开封市工商业联合会") in posts["苗德厚"]  # not 会 after 联合
    assert not any(name.endswith("政府") for name in posts)


GOVERNMENT_UNITS_PAGE = """县交通运输局推进护路

本报讯（记者 张三）5月8日，鲁山县交通运输局公路养护中心主任葛俊峰介绍情况。祁振邦先后在光山县槐店公社、县委办公室工作。
"""


def test_units_inside_a_government_body_are_not_placed(tmp_path: Path) -> None:
    located = {h for h, _, _ in _relations(tmp_path, GOVERNMENT_UNITS_PAGE, "located_in")}
    assert "鲁山县交通运输局公路养护中心" not in located and "光山县委办公室" not in located


AT_TOWN_PROJECT = """重点项目集中开工

本报讯（记者 戴清扬）10月13日，郸城县重点项目集中开工。
在双河铺镇，郸城县200兆瓦农光互补光伏发电项目由周口晟阳新能源开发有限公司投资9.2亿元建设。
"""


def test_a_sentence_opening_with_a_town_places_the_project_its_next_clause_opens_with(tmp_path: Path) -> None:
    located = _pairs(tmp_path, AT_TOWN_PROJECT, "located_in")
    assert ("郸城县200兆瓦农光互补光伏发电项目", "双河铺镇") in located


def test_a_post_in_a_companys_works_is_the_companys(tmp_path: Path) -> None:
    text = (
        "高速公路通车\n\n本报讯（记者 张三）5月8日，华中交建路桥建设集团有限公司息淮高速项目经理阙立明说，"
        "工程已完工。请县交通运输局协调。\n"
    )
    works = _pairs(tmp_path, text, "works_for")
    assert ("阙立明", "华中交建路桥建设集团有限公司") in works


def test_a_short_form_declared_in_another_story_is_a_mention_of_the_story_it_stands_in(tmp_path: Path) -> None:
    text = (
        "恒鼎智装扩建项目开工\n\n本报讯（记者 张三）8月25日上午，河南恒鼎智能装备股份有限公司"
        "（以下简称“恒鼎智装”，股票代码：301234）扩建项目开工。\n\n\n"
        "恒鼎智装与许昌学院签署产学研合作协议\n\n本报讯（通讯员 祁曼青）8月25日下午，"
        "恒鼎智装与许昌学院产学研合作签约仪式在许昌学院举行。\n"
    )
    sides = _pairs(tmp_path, text, "signed_with")
    assert ("河南恒鼎智能装备股份有限公司", "许昌学院") in sides


SCHOOL_VISIT = """新学期开学

本报讯（记者 张三）9月1日，县教育局局长姚文澜到学校检查开学工作。
在固始县蓼城中学，新校区的学生公寓已投入使用。“今年学校新增教学班12个。”校长邵启明说。高一（3）班班主任、语文教师左晓萌告诉记者，她已家访了每名学生。
"""


def test_a_head_or_teacher_works_for_the_school_a_sentence_a_few_before_opened_with(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, SCHOOL_VISIT)
    names = {e.id: e.name for e in graph.entities.values()}
    works = [(names[r.head], names[r.tail], r.attrs.get("role")) for r in graph.relations if r.relation == "works_for"]
    assert ("邵启明", "固始县蓼城中学", "校长") in works
    # 班主任、语文教师: one relation with both roles
    assert [w for w in works if w[0] == "左晓萌"] == [("左晓萌", "固始县蓼城中学", "高一（3）班班主任、语文教师")]


DEPUTIES = """代表建言教育医疗

本报讯 市人大代表、濮阳市华龙区实验小学校长孟淑娟关注的是家门口的好学校。县人大代表、后槐树村卫生室乡村医生宁秋生说，村里看病方便了。郸城县人民医院党委书记、院长梁振华表示，医院将支持成员单位发展。
"""


def test_an_officials_job_in_a_school_or_clinic_is_work_not_an_office(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, DEPUTIES)
    names = {e.id: e.name for e in graph.entities.values()}
    facts = {(names.get(r.head), r.relation, names.get(r.tail)) for r in graph.relations}
    posts = {e.name: [(p.title, p.organization) for p in e.posts] for e in graph.entities.values()}
    # before: a holds_post and a post of the office of 校长 for a deputy who heads a school
    assert ("孟淑娟", "works_for", "华龙区实验小学") in facts
    assert ("孟淑娟", "holds_post", "华龙区实验小学") not in facts
    assert not any(body.endswith("实验小学") for _, body in posts["孟淑娟"])
    assert ("宁秋生", "works_for", "后槐树村卫生室") in facts
    # a hospital's Party secretary and president leads it: both are posts
    assert ("梁振华", "holds_post", "郸城县人民医院") in facts
    assert ("梁振华", "works_for", "郸城县人民医院") not in facts
    assert {title for title, _ in posts["梁振华"]} >= {"院长"}


CHAIRMEN = """油茶成了致富果

本报讯 当年秋天，村里牵头成立了商城县柳林冲油茶种植专业合作社，由种植大户熊秀兰担任理事长，统一供苗。2023年，村里成立了西峡县黄栌沟猕猴桃种植专业合作社，由在外闯荡多年的青年涂振宇担任理事长。在外经商多年的杨国华回村担任村党支部书记。
"""


def test_who_is_made_a_cooperatives_chairman_works_for_it(tmp_path: Path) -> None:
    # before: a name after 由 and who it is (种植大户) was no name; a bare 理事长 had no body
    works = _pairs(tmp_path, CHAIRMEN, "works_for")
    assert ("熊秀兰", "商城县柳林冲油茶种植专业合作社") in works
    assert ("涂振宇", "西峡县黄栌沟猕猴桃种植专业合作社") in works
    names = {e.name for e in _build_page(tmp_path, CHAIRMEN).entities.values()}
    assert "杨国华" in names and "国华" not in names


OPENING = """灯会开幕

本报讯 2月26日晚，汲水古镇新春灯会开幕。本届灯会由新乡市文化广电和旅游局、卫辉市人民政府主办，苍峪镇人民政府承办。出席开幕式的有：卫辉市副市长伏建业，苍峪镇党委书记谈国庆等。
"""


def test_people_listed_as_at_an_opening_ceremony_attended_its_hosts(tmp_path: Path) -> None:
    attended = _pairs(tmp_path, OPENING, "attended")
    # before: 出席开幕式的有 was no list, and 谈|国庆 (a rare surname, a word after it) no name
    assert {
        (person, host) for person in ("伏建业", "谈国庆") for host in ("新乡市文化广电和旅游局", "卫辉市政府")
    } <= attended
    assert not any(host == "苍峪镇人民政府" for _, host in attended)  # it organises, it does not host


BODIES_AFTER_PLACES = """巡察工作动员部署会召开

本报讯 11月17日，南乐县委召开第六轮巡察工作动员部署会。县委常委、纪委书记、监委主任宿明轩出席会议并讲话。南乐县先进制造业开发区（以下简称“南乐开发区”）党工委副书记、管委会主任晏博文，县委副书记、县长、县防汛抗旱指挥部指挥长邬卫平参加会议。
"""


def test_bodies_of_posts_written_bare_after_a_place_or_a_declared_short_form(tmp_path: Path) -> None:
    posts = _posts(tmp_path, BODIES_AFTER_PLACES)
    # before: 纪委 and 监委 bare (no county), two bodies; the zone's 党工委 bare, past the
    # bracket of its short form; 指挥长 no title, so 邬卫平 no official
    assert posts["宿明轩"][1:] == [("纪委书记", "南乐县纪委监委"), ("监委主任", "南乐县纪委监委")]
    assert posts["晏博文"][0][1] == "南乐县先进制造业开发区党工委"
    assert ("指挥长", "县防汛抗旱指挥部") in {(title[-3:], body[-8:]) for title, body in posts["邬卫平"]}


PRESS_CONFERENCE = """我市召开优化营商环境新闻发布会

本报讯 12月3日，许昌市召开新闻发布会。许昌市发展和改革委员会党组书记、主任苑卓明，许昌市工商业联合会党组书记宫慧琳出席发布会。
记者：今年以来，我市优化营商环境取得了哪些成效？市发改委党组书记、主任苑卓明：今年以来，我市持续深化改革。
记者：市工商联做了哪些工作？市工商联党组书记宫慧琳：我们组织了政企恳谈会。
建安区发展和改革委员会也派员参加了座谈。
"""


def test_a_body_by_its_formal_name_and_its_short_form_is_one_with_each_post_once(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, PRESS_CONFERENCE)
    bodies = {e.name: e.aliases for e in graph.entities.values() if e.type == "organization"}
    # before: 许昌市发改委 and 许昌市发展和改革委员会 were two bodies, so were 工商联 and 工商业联合会
    assert "市发改委" in bodies["许昌市发展和改革委员会"] and "许昌市发改委" not in bodies
    assert "市工商联" in bodies["许昌市工商业联合会"] and "许昌市工商联" not in bodies
    assert "建安区发展和改革委员会" in bodies  # another place's: another body
    held = [r for r in graph.relations if r.relation == "holds_post" and r.head == "official/苑卓明"]
    # one relation for each post, though its title was written two ways
    assert sorted(r.attrs["post"] for r in held) == ["主任", "发展和改革委员会党组书记"]
    # a district's mass organisation governs it: it lies nowhere
    assert not any(r.relation == "located_in" and r.head.endswith("工商业联合会") for r in graph.relations)


ROADSHOW = """平顶山（杭州）产业合作招商推介会举行

本报讯 推介会上，现场签约项目8个。其中重点签约项目有：
1.年产20万吨高端尼龙66切片项目，总投资32亿元，由浙江恒锦新材料有限公司投资建设，落户叶县产业集聚区；
2.智能电力装备产业园项目，总投资18.6亿元，由杭州中驰电气股份有限公司投资建设，落户平顶山高新区。
签约仪式上，叶县人民政府副县长栾志刚代表甲方，浙江恒锦新材料有限公司董事长钭卫平代表乙方签订投资协议；平顶山高新区管委会主任温景澄（甲方）与杭州中驰电气股份有限公司总经理楼宇航（乙方）签约。
3.今年计划建设3个项目，由河南建工集团有限公司投资建设。
"""


def test_a_list_of_signed_projects_and_sides_named_with_their_representatives(tmp_path: Path) -> None:
    signed = _pairs(tmp_path, ROADSHOW, "signed")
    # before: 尼龙66 stopped the project's name; 由C投资建设 was no investor in such a list
    assert ("浙江恒锦新材料有限公司", "年产20万吨高端尼龙66切片项目") in signed
    assert ("杭州中驰电气股份有限公司", "智能电力装备产业园项目") in signed
    assert not any(head == "河南建工集团有限公司" for head, _ in signed)  # not under the list's heading
    sides = _pairs(tmp_path, ROADSHOW, "signed_with")
    # before: a party named with its representative and side (代表甲方, （乙方）) was no side
    assert ("叶县政府", "浙江恒锦新材料有限公司") in sides
    assert ("平顶山高新区管委会", "杭州中驰电气股份有限公司") in sides


INSPECTION_TOUR = """睢县人大常委会组织代表视察民生实事项目

本报讯 7月15日，睢县人大常委会副主任宫振华带领部分县人大代表，视察全县重点民生实事项目推进情况。
代表们首先来到睢县城区第二水厂建设项目现场。睢县水务投资集团有限公司总经理单启明介绍，预计10月底实现通水■

随后，代表们来到睢县人民医院，实地查看胸痛中心、卒中中心运行情况。

县人大常委会主任佟建民带队，检查组先后深入睢县实验小学、柳园镇中心学校和河南睢味坊食品有限公司，通过查看台账等方式了解情况。要深入推进睢县产业集聚区项目建设。
"""


def test_deputies_go_where_their_leader_takes_them(tmp_path: Path) -> None:
    visited = _pairs(tmp_path, INSPECTION_TOUR, "visited")
    # before: a paragraph ending with a blot (■) ran on into the next, whose visit went to the
    # last speaker; 深入 A、B和C was no visit
    assert ("宫振华", "睢县人民医院") in visited
    assert not any(head == "单启明" for head, _ in visited)
    assert {("佟建民", "睢县实验小学"), ("佟建民", "柳园镇中心学校"), ("佟建民", "河南睢味坊食品有限公司")} <= visited
    assert not any(tail == "睢县产业集聚区" for _, tail in visited)  # 深入推进: deeply, no place gone into
    names = {e.name for e in _build_page(tmp_path, INSPECTION_TOUR).entities.values()}
    assert not names & {"胸痛中心", "卒中中心", "县重点民生实事项目", "民生实事项目"}  # kinds, no names


CITY_PRESS_CONFERENCE = """我市召开优化营商环境新闻发布会

本报讯 12月3日，许昌市召开新闻发布会。许昌市发展和改革委员会党组书记、主任苑卓明，许昌市市场监督管理局局长冼丽华出席发布会。
许昌德弘电气装备股份有限公司今年订单大增，中国工商银行许昌分行三天内就为德弘电气发放信用贷款8000万元。
襄城县的许昌馨麦食品有限公司只用了9个工作日就拿到了许可证。
"""


def test_a_company_of_a_city_article_is_the_citys_not_the_one_county_named(tmp_path: Path) -> None:
    located = _pairs(tmp_path, CITY_PRESS_CONFERENCE, "located_in")
    # before: the one county named (襄城县) was taken for what the article is about, and every
    # company of the article was placed there; 分行 ended no name
    assert ("许昌德弘电气装备股份有限公司", "许昌市") in located
    assert ("中国工商银行许昌分行", "许昌市") in located
    assert ("许昌馨麦食品有限公司", "襄城县") in located
    assert not any(tail == "襄城县" for head, tail in located if head != "许昌馨麦食品有限公司")


MODEL_WORKERS = """我市召开劳动模范表彰大会

本报讯 4月28日，中共平顶山市委、平顶山市人民政府召开劳动模范表彰大会。市委书记桂永昌出席并讲话，市人大常委会副主任、市总工会主席戴文斌主持会议。


2026年度平顶山市劳动模范名单

（按姓氏笔画为序）

丁书亮　舞钢市青石岭乡党委书记
王建勋　平顶山天晟煤业有限公司综采一队队长
卢振东　叶县人民医院心血管内科主任
许国强丨平顶山市公安局新华分局西市场派出所所长
张卫民　平顶山市住房和城乡建设局城市建设科科长
郭丰收　叶县槐湾镇石碾村村民
曹玉洁　平顶山市中级人民法院立案庭庭长


劳模疗休养今年扩至300人

本报讯 记者从市总工会获悉，今年市总工会将组织劳模疗休养。（解思琪）
"""


def test_a_list_of_people_name_first_and_a_meeting_two_bodies_call(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, MODEL_WORKERS)
    people = {e.name: e.type for e in graph.entities.values() if e.type in ("official", "person")}
    # before: the rows were read as one long headline over the next story, and no name
    # before its post was a person
    assert {
        "丁书亮": "official",
        "许国强": "official",
        "王建勋": "person",
        "郭丰收": "person",
    }.items() <= people.items()
    assert [a.headline for a in graph.articles.values()][1:] == [
        "2026年度平顶山市劳动模范名单",
        "劳模疗休养今年扩至300人",
    ]
    posts = {e.name: {p.organization for p in e.posts} for e in graph.entities.values()}
    # a division's post is its body's (立案庭, 城市建设科, 心血管内科)
    assert posts["曹玉洁"] == {"平顶山市中级人民法院"}
    assert posts["张卫民"] == {"平顶山市住房和城乡建设局"}
    works = _pairs(tmp_path, MODEL_WORKERS, "works_for")
    assert {("王建勋", "平顶山天晟煤业有限公司"), ("卢振东", "叶县人民医院")} <= works
    # both bodies that call the meeting are its callers
    assert {("戴文斌", "平顶山市委"), ("戴文斌", "平顶山市政府")} <= _pairs(tmp_path, MODEL_WORKERS, "chaired")


CITY_LEADER_IN_A_COUNTY = """市委书记张国强到襄城县调研

本报讯 3月7日，市委书记张国强到襄城县调研。市委常委、秘书长王磊，市发改委、市工信局、市商务局主要负责同志陪同。在河南平煤隆基新能源科技有限公司，张国强察看生产线。许昌德源新材料有限公司负责人介绍了情况。襄城县要坚持项目为王。
"""


def test_a_city_leaders_visit_is_about_the_county_and_a_post_keeps_its_fullest_title(tmp_path: Path) -> None:
    located = _pairs(tmp_path, CITY_LEADER_IN_A_COUNTY, "located_in")
    # the city's bodies written relatively (市发改委) do not make it an article about the city
    assert ("河南平煤隆基新能源科技有限公司", "襄城县") in located
    page = "内乡县委书记任职\n\n本报讯 李振东同志任内乡县委书记。新任县委书记李振东表示，坚决拥护决定。书记李振东说，要干事创业。\n"
    titles = {r[2] for r in _relations(tmp_path, page, "holds_post", "post")}
    assert "书记" not in titles and "县委书记" in titles  # one post, its fullest title (the review's case)


DELEGATION_ABROAD = """平顶山日报　2025年10月25日　星期六　第01版　要闻


郇嘉禾带队赴沪走访企业

本报讯（记者 边晓雯）10月23日至24日，平顶山市委副书记、市长郇嘉禾带队在上海市青浦区走访企业。市政府秘书长蒯建华陪同。
"""


def test_a_city_papers_relative_bodies_are_its_city_s_on_a_trip_elsewhere(tmp_path: Path) -> None:
    posts = _posts(tmp_path, DELEGATION_ABROAD)
    # before: the article's county (青浦区) made 市 Shanghai's, or no city at all
    assert posts["蒯建华"] == [("市政府秘书长", "平顶山市政府")]


def test_the_formal_name_of_a_one_character_countys_cppcc_is_its_cppcc(tmp_path: Path) -> None:
    page = "政协会议开幕\n\n本报讯 政协郏县第十一届委员会第五次会议开幕。县政协主席彭国栋作常委会工作报告。\n"
    bodies = {e.name: e.aliases for e in _build_page(tmp_path, page).entities.values() if e.type == "organization"}
    # before: 郏, one character before 县, was too short for the pattern: two bodies
    assert "政协郏县第十一届委员会" in bodies["郏县政协"] and "政协郏县第十一届委员会" not in bodies


PATROL = """县委书记巡河

本报讯 3月16日，封丘县委书记、县总河长庞志远沿天然文岩渠开展巡河，先后深入苇塘镇、渠口乡，实地督导河长制工作落实情况。9月1日，淅川县委书记、县总林长卓鸿远到石门岭镇开展巡林。县长訾宏伟在杭州拜访浙江味源食品集团有限公司。
"""


def test_going_into_townships_patrolling_and_calling_on_a_company_are_visits(tmp_path: Path) -> None:
    visited = _pairs(tmp_path, PATROL, "visited")
    # before: 深入 listed only companies and bodies, not places; 巡林 and 拜访 were no visits
    assert {("庞志远", "苇塘镇"), ("庞志远", "渠口乡"), ("卓鸿远", "石门岭镇")} <= visited
    assert ("訾宏伟", "浙江味源食品集团有限公司") in visited


def test_bodies_whose_representatives_sign_for_both_sides_signed_with_each_other(tmp_path: Path) -> None:
    page = (
        "专科联盟签约\n\n本报讯 10月20日，河南省胸科医院院长晁立新与新蔡县人民医院院长宓俊峰代表双方签订合作协议。"
        "洛阳瀚锐轴承股份有限公司董事长封德兴与哈萨克斯坦卡拉干达矿山机械有限责任公司总经理努尔兰·萨德克巴耶夫分别代表双方签署合作备忘录。\n"
    )
    sides = _pairs(tmp_path, page, "signed_with")
    # before: the sides were named only by their representatives (…代表双方): none read
    assert ("河南省胸科医院", "新蔡县人民医院") in sides
    assert ("洛阳瀚锐轴承股份有限公司", "哈萨克斯坦卡拉干达矿山机械有限责任公司") in sides


def test_an_instruction_to_go_is_no_visit_and_a_city_papers_county_of_its_province_keeps_its_own_city(
    tmp_path: Path,
) -> None:
    page = "督导会\n\n本报讯 市长李强要求，各督导组要深入椹涧乡、灵井镇开展督导。李强一行拜访了上海电气集团股份有限公司和许昌籍企业家王刚。\n"
    visited = _pairs(tmp_path, page, "visited")
    assert ("李强", "上海电气集团股份有限公司") in visited
    assert not any(tail in ("椹涧乡", "灵井镇", "许昌市") for _, tail in visited)  # the review's cases
    paper = "许昌日报　2025年6月8日　星期日　第02版　要闻\n\n新郑市召开推进会\n\n本报讯 新郑市召开推进会。市委书记王明出席会议并讲话。\n"
    assert _posts(tmp_path, paper)["王明"] == [("市委书记", "新郑市委")]


def test_visits_by_the_leader_of_a_group_by_a_pronoun_and_to_a_company_of_a_zone(tmp_path: Path) -> None:
    text = (
        "企业服务专班上门服务\n\n本报讯 11月13日，温县开发区管委会副主任邰振国带领企业服务专班，"
        "走进评价结果为D类的温县金磊耐火材料有限公司，与企业负责人逐项分析失分原因。\n\n"
        "焦作专员走企业\n\n本报讯 10月14日，焦作市工业和信息化局企业服务专员庞书瑜又一次来到企业走访。"
        "当天上午，她首先来到位于马村区的焦作瑞丰精密铸造有限公司。"
        "随后，庞书瑜走访了焦作高新技术产业开发区的河南云擎5G科技有限公司。\n"
    )
    assert _pairs(tmp_path, text, "visited") == {
        ("邰振国", "温县金磊耐火材料有限公司"),  # 走进 opening the clause after the leader's
        ("庞书瑜", "焦作瑞丰精密铸造有限公司"),  # 她: the one person of the sentence before
        ("庞书瑜", "河南云擎5G科技有限公司"),  # the company of the zone, not the zone; 5G in its name
    }


def test_a_pronoun_stands_for_no_one_after_a_sentence_of_two_people(tmp_path: Path) -> None:
    text = (
        "专员走企业\n\n本报讯 10月14日，专员庞书瑜和专员李明来到企业走访。"
        "当天上午，她首先来到位于马村区的焦作瑞丰精密铸造有限公司。\n"
    )
    assert ("庞书瑜", "焦作瑞丰精密铸造有限公司") not in _pairs(tmp_path, text, "visited")


def test_a_career_told_after_an_obituarys_headline_is_stated_by_the_profile(tmp_path: Path) -> None:
    text = (
        "眭德厚同志逝世\n\n本报讯 淅川县政协原主席眭德厚同志因病逝世。\n"
        "眭德厚同志1944年5月生，1963年8月参加工作。曾任淅川县委组织部副部长；1987年任内乡县人民政府副县长；"
        "1992年任内乡县委副书记；2005年6月退休。\n"
    )
    graph = _build_page(tmp_path, text)
    held = {r.tail: r for r in graph.relations if r.relation == "held_post" and r.head == "official/眭德厚"}
    assert {"organization/内乡县政府", "organization/内乡县委", "organization/淅川县委组织部"} <= set(held)
    # stated where the career is told, not by the headline that opens with the name
    assert held["organization/内乡县委"].evidence[0].sentence.startswith("眭德厚同志1944年")


def test_a_decision_goes_on_to_name_more_people_after_a_comma(tmp_path: Path) -> None:
    text = (
        "淅川县人大常委会任免一批干部\n\n本报讯 会议表决通过了人事任免事项：决定任命昝红旗为淅川县水利局局长，"
        "禚佳琪为淅川县市场监督管理局局长；决定免去冀长河的淅川县水利局局长职务，笪明亮的淅川县市场监督管理局局长职务。\n"
    )
    assert _pairs(tmp_path, text, "holds_post") == {
        ("昝红旗", "淅川县水利局"),
        ("禚佳琪", "淅川县市场监督管理局"),
    }
    assert _pairs(tmp_path, text, "held_post") == {("冀长河", "淅川县水利局"), ("笪明亮", "淅川县市场监督管理局")}


def test_first_secretaries_sent_to_villages_of_towns(tmp_path: Path) -> None:
    text = (
        "沈丘县召开驻村第一书记述职评议会\n\n本报讯 会上，沈丘县人民医院驻付井镇小谢营村第一书记亓红梅、"
        "国网沈丘县供电公司驻冯营乡杨寨村第一书记冼浩然等12名第一书记逐一述职。驻马店市交通运输局派员参加。\n"
    )
    # before: 驻 was read into the town's name, and the post went to the sending company
    assert {("小谢营村", "付井镇"), ("杨寨村", "冯营乡")} <= _pairs(tmp_path, text, "part_of")
    posts = _posts(tmp_path, text)
    assert [org for _, org in posts["冼浩然"]] == ["冯营乡杨寨村党支部"]
    assert "驻马店市交通运输局" in {e.name for e in _build_page(tmp_path, text).entities.values()}


def test_a_party_commission_after_a_standing_committee_seat_is_the_committees(tmp_path: Path) -> None:
    text = "内黄县信访接待日\n\n本报讯 当天，内黄县委书记茹建峰在县信访局接访。县委常委、政法委书记戈振军参加。\n"
    # before: 政法委 alone, a body of no place
    assert _posts(tmp_path, text)["戈振军"] == [("县委常委", "内黄县委"), ("政法委书记", "内黄县委政法委")]


def test_a_list_of_signed_projects_opened_after_its_total(tmp_path: Path) -> None:
    text = (
        "周口经贸合作推介会签约项目6个\n\n本报讯 签约仪式上，现场共签约项目6个，总投资58.6亿元，分别是：\n"
        "1.年产300万台智能小家电项目，总投资12亿元，由广东澳弘电器科技有限公司投资，落户周口临港开发区；\n"
        "2.沈丘县高端假发制品项目，总投资8.6亿元，由广州丝韵发制品有限公司投资，落户沈丘县。\n"
    )
    assert {
        ("广东澳弘电器科技有限公司", "年产300万台智能小家电项目"),
        ("广州丝韵发制品有限公司", "沈丘县高端假发制品项目"),
    } <= _pairs(tmp_path, text, "signed")


def test_a_table_of_companies_and_their_towns_and_a_visit_after_an_adverb(tmp_path: Path) -> None:
    text = (
        "洛阳高新区8家企业获评省级专精特新中小企业\n\n本报讯 新认定企业名单如下:\n\n"
        "序号　企业名称　所在镇(街道)\n1　洛阳瑞铂精密轴承有限公司　辛店街道\n2　洛阳新晟耐火材料科技有限公司　丰李镇\n\n"
        "桓志明走访调研重点企业\n\n本报讯 3月17日,洛阳高新区党工委书记桓志明先后到洛阳瑞铂精密轴承有限公司、"
        "洛阳铭泰机器人技术有限公司走访调研.\n"
    )
    assert {
        ("洛阳瑞铂精密轴承有限公司", "辛店街道"),
        ("洛阳新晟耐火材料科技有限公司", "丰李镇"),
    } <= _pairs(tmp_path, text, "located_in")
    assert _pairs(tmp_path, text, "visited") == {
        ("桓志明", "洛阳瑞铂精密轴承有限公司"),
        ("桓志明", "洛阳铭泰机器人技术有限公司"),
    }


def test_a_meeting_called_by_a_body_with_others_and_by_a_formal_committees_department(tmp_path: Path) -> None:
    armed = (
        "军人子女入学优待工作座谈会召开\n\n本报讯 9月1日下午，襄城县人武部联合县教育局、县退役军人事务局召开军人子女"
        "入学优待工作座谈会。许昌军分区政治委员隋立鹏出席并讲话，县委常委、县人武部政委阚卫东主持会议。\n"
    )
    assert ("阚卫东", "襄城县人武部") in _pairs(tmp_path, armed, "chaired")
    assert ("隋立鹏", "襄城县人武部") in _pairs(tmp_path, armed, "attended")
    assert ("隋立鹏", "许昌军分区") in _pairs(tmp_path, armed, "holds_post")
    department = (
        "沈丘县召开驻村第一书记述职评议会\n\n本报讯 7月12日，中共沈丘县委组织部召开全县驻村第一书记述职评议会。"
        "县委副书记邰振宇出席会议并讲话，县委常委、组织部部长郦丽娜主持会议。\n"
    )
    # before: the county the headline names, not the department its lead names
    assert _pairs(tmp_path, department, "chaired") == {("郦丽娜", "中共沈丘县委组织部")}


def test_a_zones_bodies_named_bare_or_relatively_in_its_article(tmp_path: Path) -> None:
    text = (
        "高新区召开管委会主任办公会议\n\n本报讯 3月18日,洛阳高新区管委会召开主任办公会议.洛阳高新区党工委副书记、"
        "管委会主任亓建峰主持会议,管委会副主任逯红梅出席会议,区经济发展局、科技创新局、财政金融局主要负责同志参加会议.\n"
    )
    graph = _build_page(tmp_path, text)
    bodies = {e.name for e in graph.entities.values() if e.type == "organization"}
    # before: 管委会 and 区经济发展局 of no place, 科技创新局 no body, 财政金融局 bare
    assert bodies == {
        "洛阳高新区管委会",
        "洛阳高新区党工委",
        "洛阳高新区经济发展局",
        "洛阳高新区科技创新局",
        "洛阳高新区财政金融局",
    }
    assert _posts(tmp_path, text)["逯红梅"] == [("管委会副主任", "洛阳高新区管委会")]


def test_work_on_a_metro_lines_section_is_work_for_the_company_once(tmp_path: Path) -> None:
    text = (
        "地铁开通\n\n本报讯 在龙门大道站，中建十一局集团有限公司洛阳地铁3号线项目部项目经理覃海波介绍，施工中攻克了难题。"
        "中铁三十一局集团有限公司15号线土建二标项目经理秦朗说，工期可保。"
        "河南致远工程监理有限公司总监理工程师温雅琳介绍，监理单位对全线监理。\n"
    )
    assert _relations(tmp_path, text, "works_for", "role") == {
        ("覃海波", "中建十一局集团有限公司", "项目经理"),
        ("秦朗", "中铁三十一局集团有限公司", "项目经理"),  # once, not again as 15号线土建二标项目经理
        ("温雅琳", "河南致远工程监理有限公司", "总监理工程师"),
    }


def test_rules_of_this_stop_on_pages_they_were_not_written_for(tmp_path: Path) -> None:
    # from a review of this stop's rules: each read wrongly before its fix
    hospital = "医院开展义诊\n\n本报讯 中国平煤神马集团总医院院长张建华介绍了义诊安排。\n"
    assert _pairs(tmp_path, hospital, "works_for") == {("张建华", "中国平煤神马集团总医院")}
    pronoun = (
        "农技推广站长扎根基层\n\n本报讯 商城县农技推广站站长刘芳，扎根基层20年。县农业农村局局长王刚对她赞不绝口。"
        "她先后来到双椿铺镇郭店村、伏山乡里罗城村指导春耕生产。\n"
    )
    assert not {head for head, _ in _pairs(tmp_path, pronoun, "visited")} & {"王刚"}
    walked_in = "企业赶订单\n\n本报讯 5月20日，走进商城县鑫源服装有限公司生产车间，总经理李四带领工人们正在赶制订单。\n"
    assert _pairs(tmp_path, walked_in, "visited") == set()
    subdistrict = "龙子湖街道推进社区治理\n\n本报讯 郑东新区龙子湖街道召开社区治理推进会。党工委副书记、办事处主任赵刚表示，要抓好落实。\n"
    assert ("赵刚", "郑东新区党工委") not in _pairs(tmp_path, subdistrict, "holds_post")
    viewed = (
        "项目签约\n\n本报讯 签约仪式结束后，与会人员观摩了在建项目，分别是：\n"
        "1.由河南鑫源服装有限公司投资建设的年产200万件服装项目；\n"
    )
    assert _pairs(tmp_path, viewed, "signed") == set()


def test_one_place_institution_written_with_and_without_its_level(tmp_path: Path) -> None:
    text = "医院合作\n\n本报讯 南阳市中心医院与卧龙区政府签约。南阳中心医院院长李华说，将派专家坐诊。\n"
    hospitals = [e for e in _build_page(tmp_path, text).entities.values() if e.name.endswith("中心医院")]
    assert len(hospitals) == 1


def test_a_list_of_winners_with_their_company_and_trade(tmp_path: Path) -> None:
    text = (
        "职工技能大赛落幕\n\n本报讯 大赛落幕。\n\n\n2025年商丘市职工职业技能大赛一等奖名单\n\n"
        "薄文杰　河南永昌重工机械股份有限公司　焊工\n禹春燕　国网商丘供电公司　电工\n"
        "仲海龙　商丘市华晟电力工程有限公司　电工\n"
    )
    assert _pairs(tmp_path, text, "works_for") == {
        ("薄文杰", "河南永昌重工机械股份有限公司"),
        ("禹春燕", "国网商丘供电公司"),
        ("仲海龙", "商丘市华晟电力工程有限公司"),
    }


def test_a_table_of_credit_agreements_unnumbered_under_its_header(tmp_path: Path) -> None:
    text = (
        "银企对接会\n\n本报讯 5家银行与企业现场签订授信协议,具体如下:\n\n授信银行　　企业名称　　授信金额\n"
        "鄢陵农商银行　　河南花都园林工程有限公司　　8000万元\n"
        "中国农业银行鄢陵县支行　　鄢陵县宏达机械制造有限公司　　1.2亿元\n"
        "中国建设银行鄢陵支行　　许昌瑞丰电子科技有限公司　　8500万元\n"
    )
    assert _pairs(tmp_path, text, "signed_with") == {
        ("鄢陵农商银行", "河南花都园林工程有限公司"),
        ("中国农业银行鄢陵县支行", "鄢陵县宏达机械制造有限公司"),
        ("中国建设银行鄢陵支行", "许昌瑞丰电子科技有限公司"),
    }
    assert "授信银行" not in {e.name for e in _build_page(tmp_path, text).entities.values()}


def test_a_zone_named_after_its_city_and_a_short_body_name_of_the_city(tmp_path: Path) -> None:
    text = (
        "副省长到三门峡调研\n\n本报讯 副省长郇明远到三门峡市调研，来到三门峡经济开发区的企业。"
        "市农科院研究员酆立群介绍了新品种。鹤壁市农业科学院专家参加。\n"
    )
    # before: 三门县, whose short name 三门 starts 三门峡 too
    assert ("三门峡经济开发区", "三门峡市") in _pairs(tmp_path, text, "part_of")


def test_signing_by_representatives_of_a_body_and_a_project_with_a_capacity_and_a_process(tmp_path: Path) -> None:
    text = (
        "共建产业园\n\n本报讯 座谈会上，民权县人民政府与宜兴市人民政府签订共建宜民合作产业园框架协议。"
        "民权高新技术产业开发区管委会主任滕宇航与江苏陶都环保科技有限公司总经理宗晓军分别代表双方，"
        "签订年产5万台工业废气处理设备项目投资协议，项目总投资3.5亿元，落户宜民合作产业园。\n"
    )
    signed = _pairs(tmp_path, text, "signed")
    project = "年产5万台工业废气处理设备项目"
    assert {("民权高新技术产业开发区管委会", project), ("江苏陶都环保科技有限公司", project)} <= signed
    # the park the project lands in is where it is, not what the second signing signed
    assert not {pair for pair in signed if pair[0] in ("滕宇航", "宗晓军") and pair[1] == "宜民合作产业园"}


def test_a_witness_does_not_sign_and_a_project_landed_is_signed(tmp_path: Path) -> None:
    witness = (
        "项目签约\n\n本报讯 在市发展改革委主任张建国的见证下，宝丰县商务局局长李卫东与河南恒达机械有限公司总经理王海涛"
        "分别代表双方签订年产10万台农机项目投资协议。\n"
    )
    signers = {head for head, _ in _pairs(tmp_path, witness, "signed")}
    assert "宝丰县商务局" in signers and not any(name.endswith("发展改革委") for name in signers)
    landed = "签约\n\n本报讯 河南中建材料有限公司与汝州市政府签约，落地年产5万吨新型建材项目。\n"
    assert ("河南中建材料有限公司", "年产5万吨新型建材项目") in _pairs(tmp_path, landed, "signed")


def test_a_career_told_of_a_pronoun_is_the_person_of_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "挂职副县长上官文博：\n当好两地合作“联络员”\n\n2024年8月，上官文博从宜兴市选派到民权县挂职，任民权县委常委、副县长。"
        "此前，他曾任宜兴市丁蜀镇党委副书记、宜兴市发展和改革委员会副主任，熟悉招商工作。\n"
    )
    assert {("上官文博", "宜兴市丁蜀镇党委"), ("上官文博", "宜兴市发展和改革委员会")} <= _pairs(
        tmp_path, text, "held_post"
    )
    two = "两人来访\n\n本报讯 县长李明和副县长王强来到园区。此前，他曾任宜兴市发展和改革委员会副主任。\n"
    assert _pairs(tmp_path, two, "held_post") == set()  # two people before: whose career is unsaid


def test_a_post_held_during_what_is_told_of_a_village_merged_since(tmp_path: Path) -> None:
    text = (
        "淮滨县通报一起问题\n\n本报讯 经查，2019年至2021年，栾德胜在担任芦集乡原大桥村党支部书记期间，"
        "违规将村集体鱼塘发包给其亲属经营。\n"
    )
    assert _pairs(tmp_path, text, "held_post") == {("栾德胜", "芦集乡大桥村党支部")}


def test_one_side_signing_with_two_and_a_former_post_in_a_relative_congress(tmp_path: Path) -> None:
    text = (
        "夏邑县与两所高校签订人才合作协议\n\n本报讯 2月24日，夏邑县人民政府分别与商丘师范学院、河南工程学院签订校地人才合作协议。"
        "县委副书记、县长卞宏亮与商丘师范学院副校长霍建民、河南工程学院副校长柯雅琴分别代表双方签约。\n"
    )
    assert _pairs(tmp_path, text, "signed_with") == {("夏邑县政府", "商丘师范学院"), ("夏邑县政府", "河南工程学院")}
    former = "看望老干部\n\n本报讯 史立衡看望慰问了原市人大常委会副主任蔺鸿儒。\n"
    assert {head for head, _ in _pairs(tmp_path, former, "held_post")} == {"蔺鸿儒"}


SCENES = """观摩团走进产业一线

本报讯（记者 石雨晴）4月2日，全市项目观摩活动举行。
在长垣市丁栾镇，观摩团首先来到河南恒瑞起重设备有限公司，察看生产线运行情况。
随后，观摩团先后到蒲西街道，走访新乡德润医疗器械有限公司和蒲西街道社区卫生服务中心。
观摩团还先后到樊相镇、常村镇，察看河南华瑞食品有限公司。
在长垣市，观摩团来到位于魏庄街道的长垣鼎盛电子有限公司。
在长垣市，观摩团来到赵堤镇大车村食用菌产业园。
"""


def test_what_a_sentence_looks_at_after_saying_where_it_is_lies_there(tmp_path: Path) -> None:
    located = _pairs(tmp_path, SCENES, "located_in")
    # 在P，…来到X: the most specific place of the chain
    assert ("河南恒瑞起重设备有限公司", "丁栾镇") in located
    # 到P，走访X和Y: each thing looked at
    assert {("新乡德润医疗器械有限公司", "蒲西街道"), ("蒲西街道社区卫生服务中心", "蒲西街道")} <= located
    # two places gone to: which one is unsaid
    assert not {pair for pair in located if pair[0] == "河南华瑞食品有限公司" and pair[1] in ("樊相镇", "常村镇")}
    # a place written before the thing (位于魏庄街道的) or inside its name says more than the scene
    assert ("长垣鼎盛电子有限公司", "长垣市") not in located
    assert ("长垣鼎盛电子有限公司", "魏庄街道") in located
    assert not {pair for pair in located if pair[0].endswith("食用菌产业园") and pair[1] == "长垣市"}


def test_a_work_named_after_a_river_road_or_reservoir_is_a_project(tmp_path: Path) -> None:
    text = (
        "水利工程加快建设\n\n本报讯 5月6日，县长程立新来到白沙水库灌区续建配套工程和东风渠堤防加固工程现场，"
        "又察看了沙颍公路改造工程。县里还将实施农村公路提质改造工程和河道治理工程。\n"
    )
    graph = _build_page(tmp_path, text)
    projects = {e.name for e in graph.entities.values() if e.type == "project"}
    assert {"白沙水库灌区续建配套工程", "东风渠堤防加固工程", "沙颍公路改造工程"} <= projects
    assert not projects & {"农村公路提质改造工程", "河道治理工程"}  # kinds of works, no names


def test_the_labelled_place_of_a_numbered_project_is_the_items_project_s(tmp_path: Path) -> None:
    text = (
        "招商项目集中签约\n\n本报讯 6月5日，我市举行招商项目集中签约仪式。签约项目：\n"
        "1.年产5万吨铝合金型材项目，签约企业：浙江华铝再生资源有限公司，落户地：长葛市，总投资12亿元；\n"
        "2.功能膜材料项目，签约企业：江苏恒膜新材料有限公司，建设地点：襄城县，总投资6亿元。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    assert {("年产5万吨铝合金型材项目", "长葛市"), ("功能膜材料项目", "襄城县")} <= located
    # not the investor of the cell before, nor the project of the first item
    assert not {pair for pair in located if pair[0].endswith("有限公司") and pair[1] in ("长葛市", "襄城县")}
    assert ("年产5万吨铝合金型材项目", "襄城县") not in located


def test_a_post_in_a_bare_unit_is_held_in_the_body_of_that_kind_named_before(tmp_path: Path) -> None:
    text = (
        "市文化广电和旅游局部署假日安全工作\n\n本报讯 4月28日，许昌市文化广电和旅游局召开假日市场安全工作会议，"
        "局党组成员、副局长韩立新主持会议。\n"
    )
    posts = _posts(tmp_path, text)
    assert posts["韩立新"] == [("党组成员", "许昌市文化广电和旅游局"), ("副局长", "许昌市文化广电和旅游局")]
    text = "县法院召开会议\n\n本报讯 柘城县人民法院召开执行工作推进会。院党组成员、副院长荀文博主持会议。\n"
    posts = _posts(tmp_path, text)
    assert posts["荀文博"] == [("党组成员", "柘城县人民法院"), ("副院长", "柘城县人民法院")]


def test_and_before_a_village_post_is_no_part_of_the_village(tmp_path: Path) -> None:
    text = "驻村工作\n\n本报讯 在柳林镇大营村，第一书记孙浩然就和村党支部书记兼村委会主任卞立新一起走遍了全村。\n"
    bodies = {body for _, body in _posts(tmp_path, text)["卞立新"]}
    assert not {body for body in bodies if body.startswith("和")}


def test_a_county_named_with_its_city_in_one_article_is_part_of_it_by_that_article(tmp_path: Path) -> None:
    text = (
        "全市乡村振兴观摩会召开\n\n本报讯 10月16日，商丘市乡村振兴观摩总结会在宁陵县召开。"
        "观摩团先后到民权县、柘城县观摩。\n\n另讯\n\n本报讯 鹿邑县举行招聘会。\n"
    )
    graph = _build_page(tmp_path, text)
    names = {e.id: e.name for e in graph.entities.values()}
    in_page = {
        (names[r.head], names[r.tail])
        for r in graph.relations
        if r.relation == "part_of" and any(e.doc.endswith("page.txt") for e in r.evidence)
    }
    assert {("宁陵县", "商丘市"), ("民权县", "商丘市"), ("柘城县", "商丘市")} <= in_page
    # an article that names no city: the table's fact only, with no sentence of the page
    assert ("鹿邑县", "周口市") not in in_page


def test_visits_of_a_leader_who_takes_others_and_of_a_clause_that_opens_with_zou_jin(tmp_path: Path) -> None:
    text = (
        "县领导督导三夏工作\n\n本报讯 6月8日，副县长伍建军带领县农业农村局负责同志先后到城关镇、留光镇，实地查看小麦收获进度。"
        "同日，县长俎志远来到库庄镇，走进库庄镇中心小学，看望慰问教师。\n"
    )
    visited = _pairs(tmp_path, text, "visited")
    assert {("伍建军", "城关镇"), ("伍建军", "留光镇"), ("俎志远", "库庄镇中心小学")} <= visited


def test_a_bank_branchs_head_works_for_the_branch(tmp_path: Path) -> None:
    text = (
        "银企对接会召开\n\n本报讯 中国建设银行淮阳支行行长吕文涛表示，将加大信贷投放。"
        "中国农业发展银行项城市支行已发放收购贷款1.2亿元。该支行行长宫志华说，支行开辟了绿色通道。"
        "深圳市云帆智能科技有限公司总经理岑雅婷拿起样品介绍。\n"
    )
    works = _pairs(tmp_path, text, "works_for")
    assert {
        ("吕文涛", "中国建设银行淮阳支行"),
        ("宫志华", "中国农业发展银行项城市支行"),
        ("岑雅婷", "深圳市云帆智能科技有限公司"),
    } <= works
    graph = _build_page(tmp_path, text)
    assert not {e.name for e in graph.entities.values() if e.name == "支行"}


def test_scene_and_label_places_stay_with_what_is_looked_at_and_the_project(tmp_path: Path) -> None:
    text = (
        "观摩活动\n\n本报讯 在丹水镇，代表们查看了由郑州宇通客车股份有限公司投资建设的新能源汽车零部件项目。"
        "在丹水镇，调研组一行与河南大学专家座谈。"
        "市场监管部门抽检的产品中，生产企业：郑州思念食品有限公司，所在地：西峡县回车镇。"
        "县里签约农产品深加工项目，签约企业：南阳绿源食品有限公司，落户地：丹水镇。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    assert not {pair for pair in located if pair[0] in ("郑州宇通客车股份有限公司", "河南大学") and pair[1] == "丹水镇"}
    assert ("郑州思念食品有限公司", "回车镇") not in located  # 所在地 is no project's cell
    assert ("南阳绿源食品有限公司", "丹水镇") not in located
    assert ("农产品深加工项目", "丹水镇") in located


def test_zou_jin_is_the_visit_of_who_came_not_of_who_was_met(tmp_path: Path) -> None:
    text = (
        "县长调研企业\n\n本报讯 县长刘伟会见了客商代表张志远，随后走进河南宛西制药股份有限公司。"
        "副县长李红在镇党委书记赵磊的陪同下来到丹水镇，走进河南龙成集团有限公司。\n"
    )
    visited = _pairs(tmp_path, text, "visited")
    assert not {pair for pair in visited if pair[0] in ("张志远", "赵磊")}


def test_a_bare_unit_after_two_bodies_of_its_kind_is_left_bare(tmp_path: Path) -> None:
    text = "联合执法\n\n本报讯 西峡县公安局联合西峡县林业局开展专项行动，局党委委员、副局长吴昊带队。\n"
    assert {body for _, body in _posts(tmp_path, text)["吴昊"]} == {"局"}


def test_a_county_part_of_its_city_by_the_sentence_naming_the_city(tmp_path: Path) -> None:
    text = "西峡县召开秋粮收购工作会\n\n本报讯 9月5日，西峡县召开秋粮收购工作会。南阳市有关部门负责同志到会指导。\n"
    graph = _build_page(tmp_path, text)
    names = {e.id: e.name for e in graph.entities.values()}
    evidence = [
        e.sentence
        for r in graph.relations
        if r.relation == "part_of" and (names[r.head], names[r.tail]) == ("西峡县", "南阳市")
        for e in r.evidence
        if e.doc.endswith("page.txt")
    ]
    assert evidence and all("南阳市" in sentence for sentence in evidence)


def test_a_township_committees_meeting_called_with_its_government(tmp_path: Path) -> None:
    text = (
        "凉亭乡召开春茶生产调度会\n\n本报讯 4月2日，光山县凉亭乡党委、乡政府召开春茶生产调度会。"
        "乡党委副书记、乡长汪春燕主持会议，乡人大主席孔令辉出席。\n\n"
        "述职会\n\n本报讯 10月18日，马市坪乡党委召开驻村第一书记述职会，乡党委副书记占立军主持会议。\n"
    )
    chaired = _pairs(tmp_path, text, "chaired")
    # before: the headline's township was the caller, its committee (named after the county) not
    assert {("汪春燕", "光山县凉亭乡党委"), ("汪春燕", "凉亭乡政府")} <= chaired
    assert ("孔令辉", "光山县凉亭乡党委") in _pairs(tmp_path, text, "attended")
    # the bare 乡党委 of the sentence that names the township's committee is that committee
    assert ("乡党委副书记", "马市坪乡党委") in _posts(tmp_path, text)["占立军"]
    assert ("占立军", "马市坪乡党委") in chaired


def test_a_courts_tribunal_and_a_police_brigade_are_units_of_their_body(tmp_path: Path) -> None:
    text = (
        "基层法庭\n\n本报讯 魏都区人民法院丁庄人民法庭庭长戚予安说，丁庄人民法庭今年调解纠纷120件。"
        "淇县公安局交通管理大队开展整治，交通管理大队大队长宁振川说，效果明显。\n"
    )
    graph = _build_page(tmp_path, text)
    bodies = {e.name for e in graph.entities.values() if e.type == "organization"}
    # the bare unit written again is the unit of the body named before (no second entity)
    assert {"魏都区人民法院丁庄人民法庭", "淇县公安局交通管理大队"} <= bodies
    assert not {"丁庄人民法庭", "交通管理大队"} & bodies
    located = _pairs(tmp_path, text, "located_in")
    assert not [pair for pair in located if pair[0].endswith(("人民法庭", "大队"))]  # the state's, no place


def test_a_countys_medical_community_is_not_another_countys(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("医共体\n\n本报讯 宝丰县紧密型县域医疗卫生共同体揭牌成立。\n", encoding="utf-8")
    two.write_text("医共体\n\n本报讯 镇平县组建紧密型县域医疗卫生共同体，群众看病更方便。\n", encoding="utf-8")
    names = {e.name for e in build([str(one), str(two)]).entities.values() if e.type == "organization"}
    assert {"宝丰县紧密型县域医疗卫生共同体", "紧密型县域医疗卫生共同体"} <= names


def test_an_occupation_at_a_body_is_work_there_and_listed_ones_share_it(tmp_path: Path) -> None:
    text = (
        "技能大赛\n\n本报讯 河南恒骏智能装备有限公司钳工巩浩然、漯河汇鲜冷链食品有限公司食品检验员于晓岚获得第一名。"
        "首批常驻的专家中，有河南省人民医院心血管内科主任医师岳彦明、神经内科主任医师计雪琴和内分泌科副主任医师宁可欣。"
        "培训邀请三门峡职业技术学院电子商务专业教师汤慧敏授课。\n"
    )
    works = _relations(tmp_path, text, "works_for", "role")
    assert {
        ("巩浩然", "河南恒骏智能装备有限公司", "钳工"),
        ("于晓岚", "漯河汇鲜冷链食品有限公司", "食品检验员"),
        ("计雪琴", "河南省人民医院", "神经内科主任医师"),
        ("宁可欣", "河南省人民医院", "内分泌科副主任医师"),
        ("汤慧敏", "三门峡职业技术学院", "电子商务专业教师"),
    } <= works
    # listed after someone of no occupation at a body, a role is no one's work there
    assert not {w for w in _relations(tmp_path, "会议\n\n本报讯 县长王立新、副主任医师张敏出席。\n", "works_for")}


SIGNED_BOX = """清丰县代表团赴深圳招商

本报讯 11月6日，清丰县在深圳举行招商推介会，6个项目现场签约。

签约项目一览

①年产2GWh储能电池项目
　签约双方：清丰县人民政府—深圳市博远新能源科技有限公司
　总 投 资：15亿元　　落户地：清丰县产业集聚区
②食用菌精深加工项目
　签约双方：韩村镇人民政府—深圳市绿禾供应链管理有限公司
　总 投 资：3.6亿元　　落户地：韩村镇
"""


def test_a_box_of_signed_projects_in_circled_items_is_an_article_of_labelled_items(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, SIGNED_BOX)
    # before: the box's lines were read as one long headline over the next story
    assert [a.headline for a in graph.articles.values()] == ["清丰县代表团赴深圳招商", "签约项目一览"]
    signed = _pairs(tmp_path, SIGNED_BOX, "signed")
    assert {
        ("清丰县政府", "年产2GWh储能电池项目"),  # a capacity after ① is no date (1年)
        ("深圳市博远新能源科技有限公司", "年产2GWh储能电池项目"),
        ("韩村镇人民政府", "食用菌精深加工项目"),
        ("深圳市绿禾供应链管理有限公司", "食用菌精深加工项目"),
    } <= signed
    assert ("韩村镇人民政府", "深圳市绿禾供应链管理有限公司") in _pairs(tmp_path, SIGNED_BOX, "signed_with")
    # 总投资：3.6亿元 is no item of a list: the label places the item's project
    assert ("食用菌精深加工项目", "韩村镇") in _pairs(tmp_path, SIGNED_BOX, "located_in")


def test_a_pre_appointment_notices_rows_and_a_career_after_a_comma(tmp_path: Path) -> None:
    text = (
        "干部任前公示\n\n经县委研究，现将拟任职干部情况予以公示：\n"
        "1.司马骏，男，1983年6月生，汉族，中共党员，现任通许县发展和改革委员会副主任，拟任竖岗镇党委书记。\n"
        "2.靳文韬，男，1986年11月生，汉族，中共党员，现任朱砂镇党委委员、组织委员，拟任朱砂镇党委副书记。\n\n"
        "通报\n\n本报讯 宿建国，曾任汝南县罗店镇党委书记、县住房和城乡建设局局长。\n"
    )
    posts = _posts(tmp_path, text)
    # a numbered row opens a profile; the posts held now, not those proposed (拟任)
    assert posts["司马骏"] == [("发展和改革委员会副主任", "通许县发展和改革委员会")]
    # a town committee's 组织委员 sits on the committee: no 组织部 of the town
    assert {body for _, body in posts["靳文韬"]} == {"朱砂镇党委"}
    held = _pairs(tmp_path, text, "held_post")
    assert {("宿建国", "汝南县罗店镇党委"), ("宿建国", "汝南县住房和城乡建设局")} <= held
    assert not [body for _, body in posts.get("宿建国", []) if body.startswith("曾任")]


BANK_PAGE = """豫汇银行安阳分行与内黄县政府签署战略合作协议

本报讯（记者 路苑明）8月20日，豫汇银行股份有限公司安阳分行与内黄县人民政府签署战略合作协议。
豫汇银行安阳分行客户经理冼若晨说，安阳分行将加大投放。市金融工作局将联合人民银行安阳市分行开展督导。

整村授信 让农户贷款不再“跑断腿”

8月
15日一早，内黄县农村信用合作联社二安
支行行长褚红旗来到二安镇西岗村。二安支行今年推行整村授信。

（通讯员 尤佳楠）
"""


def test_a_banks_branch_by_its_short_forms_and_the_central_banks_branch_a_body(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, BANK_PAGE)
    types = {e.name: e.type for e in graph.entities.values()}
    assert types["豫汇银行股份有限公司安阳分行"] == "company"
    assert not {"安阳分行", "豫汇银行安阳分行", "二安支行", "豫汇银行安阳分行客户"} & types.keys()
    assert types["人民银行安阳市分行"] == "organization"
    assert types["内黄县农村信用合作联社二安支行"] == "company"
    works = _pairs(tmp_path, BANK_PAGE, "works_for")
    assert ("冼若晨", "豫汇银行股份有限公司安阳分行") in works  # 客户经理 is a bank's title
    # a story under a title set apart, its date broken by a narrow column (8月 / 15日一早，)
    assert [a.headline for a in graph.articles.values()][-1] == "整村授信 让农户贷款不再“跑断腿”"


TENDER = """中标结果公示

　　现将中标结果公示如下：
　　一、项目名称：睢阳区南京路东段雨污分流改造工程
　　中标单位：河南建宏市政工程有限公司
　　工    期：180日历天
　　项目经理：芦德胜（市政公用工程一级注册建造师）
　　二、项目名称：睢阳区宋城街道老旧小区改造项目（二期）
　　中标单位：商丘市瑞通建筑安装有限公司
　　中标金额：2043.19万元
　　项目经理：鄂书杰
"""


def test_a_tenders_items_name_their_project_the_winner_and_its_project_manager(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, TENDER)
    names = {e.type + "/" + e.name for e in graph.entities.values()}
    # a road named after a city (南京路) inside a project's name; the phase after it; 建筑安装 inside a name
    assert {
        "project/睢阳区南京路东段雨污分流改造工程",
        "project/睢阳区宋城街道老旧小区改造项目（二期）",
        "company/商丘市瑞通建筑安装有限公司",
    } <= names
    works = _relations(tmp_path, TENDER, "works_for", "role")
    assert works == {
        ("芦德胜", "河南建宏市政工程有限公司", "项目经理"),
        ("鄂书杰", "商丘市瑞通建筑安装有限公司", "项目经理"),
    }


def test_loans_signed_with_several_companies_and_what_the_money_is_for(tmp_path: Path) -> None:
    text = (
        "银企签约\n\n本报讯 签约仪式上，豫汇银行安阳分行还分别与河南绿康果蔬食品有限公司、内黄县瑞丰陶瓷有限公司签订了"
        "贷款合同，其中1.2亿元用于内黄县果蔬冷链物流园项目建设。\n"
    )
    assert _pairs(tmp_path, text, "signed_with") == {
        ("豫汇银行安阳分行", "河南绿康果蔬食品有限公司"),
        ("豫汇银行安阳分行", "内黄县瑞丰陶瓷有限公司"),
    }
    assert not _pairs(tmp_path, text, "signed")  # the project the money is for was not signed


def test_places_gone_to_before_cha_kan_are_visited(tmp_path: Path) -> None:
    text = "花生收获\n\n本报讯 9月24日，唐河县农业农村局局长支国辉到郭滩镇、湖阳镇查看花生收获情况。\n"
    assert _pairs(tmp_path, text, "visited") == {("支国辉", "郭滩镇"), ("支国辉", "湖阳镇")}
    # 查看 alone, with no place gone to, is no visit
    assert not _pairs(tmp_path, "会议\n\n本报讯 会上，局长支国辉查看了台账。\n", "visited")


def test_a_villages_relative_body_is_of_the_village_named_earlier_in_the_sentence(tmp_path: Path) -> None:
    text = (
        "清河行动\n\n本报讯 在后寨村，村党支部书记王明带队清理河道。"
        "在大路庄村，村党支部书记兰春生带着党员清理垃圾。在柳林冲村，村委会主任詹国富介绍了情况。\n"
    )
    posts = _posts(tmp_path, text)
    # before: the village of the sentence before (后寨村) was taken for both
    assert posts["兰春生"] == [("村党支部书记", "大路庄村党支部")]
    assert posts["詹国富"] == [("村委会主任", "柳林冲村村委会")]


def test_a_governments_agencies_named_centres_stand_in_no_place(tmp_path: Path) -> None:
    text = "招商\n\n本报讯 许昌市投资促进中心、上蔡县就业创业服务中心和上蔡县融媒体中心联合开展活动。\n"
    located = {head for head, _ in _pairs(tmp_path, text, "located_in")}
    assert not {"许昌市投资促进中心", "上蔡县就业创业服务中心"} & located


def test_a_project_named_after_a_lake_or_canal_is_not_in_the_place_of_that_name(tmp_path: Path) -> None:
    text = "项目\n\n本报讯 铜山湖康养度假区项目和青龙渠提灌工程进展顺利。西峡县丹水镇香菇产业园项目开工。\n"
    located = _pairs(tmp_path, text, "located_in")
    assert not {pair for pair in located if pair[0].startswith(("铜山湖", "青龙渠"))}
    assert ("西峡县丹水镇香菇产业园项目", "丹水镇") in located  # a place starting a name still says


def test_a_town_before_de_places_the_company_named_after_its_county(tmp_path: Path) -> None:
    text = "观摩\n\n本报讯 观摩团走进胡襄镇的柘城县椒农乐辣椒种植专业合作社，察看晾晒分拣情况。\n"
    # before: the county starting the cooperative's name was taken for what the town holds
    assert ("柘城县椒农乐辣椒种植专业合作社", "胡襄镇") in _pairs(tmp_path, text, "located_in")


def test_a_person_said_to_be_a_companys_head_works_for_it(tmp_path: Path) -> None:
    text = (
        "委员风采\n\n本报讯 县政协委员戚雅琴是郸城县汲冢镇红辣椒种植专业合作社理事长。"
        "市政协委员、河南汴绣坊文化传媒有限公司总经理钮思琪则围绕文旅企业发展提出建议。\n"
    )
    works = _relations(tmp_path, text, "works_for", "role")
    assert ("戚雅琴", "郸城县汲冢镇红辣椒种植专业合作社", "理事长") in works
    assert ("钮思琪", "河南汴绣坊文化传媒有限公司", "总经理") in works  # 则 ends her name


def test_a_deputy_town_head_after_the_towns_committee_and_a_head_where_the_sentence_is(tmp_path: Path) -> None:
    text = (
        "巡察\n\n本报讯 同时，芦集乡党委委员、副乡长揭志宏作为包村领导整改。"
        "在兰考黄河河务局，局长晏春来介绍，今年汛期共开展工程巡查1100次。\n"
    )
    posts = _posts(tmp_path, text)
    assert ("副乡长", "芦集乡政府") in posts["揭志宏"]
    assert posts["晏春来"] == [("局长", "兰考黄河河务局")]
    # a head's title no body of its kind is the scene of stays bare
    assert _posts(tmp_path, "走访\n\n本报讯 在兰考县人民医院，局长王军介绍了情况。\n")["王军"] == [("局长", "")]


def test_a_place_a_file_states_drops_the_places_it_only_infers_there(tmp_path: Path) -> None:
    text = (
        "售粮\n\n本报讯 6月9日，在位于老店镇的安阳恒裕粮油购销有限公司收购点，售粮车辆排起长队。\n\n"
        "订单\n\n本报讯 合作社与安阳恒裕粮油购销有限公司签订了1万吨小麦订单。\n"
    )
    # before: also 安阳市, the city the name says it is registered in, from the second article
    assert {(h, t) for h, t, _ in _relations(tmp_path, text, "located_in") if h.startswith("安阳恒裕")} == {
        ("安阳恒裕粮油购销有限公司", "老店镇")
    }
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text(text, encoding="utf-8")
    (other / "b.txt").write_text("订单\n\n本报讯 合作社与安阳恒裕粮油购销有限公司签订订单。\n", encoding="utf-8")
    graph = build([str(other)])
    names = {e.id: e.name for e in graph.entities.values()}
    by_name = [
        (names[r.tail], r.attrs, [e.doc for e in r.evidence])
        for r in graph.relations
        if r.relation == "located_in" and names[r.head].startswith("安阳恒裕")
    ]
    # a file that only names it still says what its name does
    assert sorted(by_name) == [("安阳市", {"basis": "name"}, ["b.txt"]), ("老店镇", {}, ["a.txt"])]


def test_what_a_company_builds_somewhere_is_there_and_a_part_in_quotes_settles_not_its_body(tmp_path: Path) -> None:
    text = (
        "燃气\n\n本报讯 郏县豫通燃气有限公司还在冢头镇建成2座燃气调压站。"
        "成都瑞穗餐饮供应链有限公司设在成都市温江区。\n\n"
        "中医馆\n\n本报讯 汝南县中医院“中医馆”落户三桥镇。光山县河长制办公室组织巡河。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    assert ("郏县豫通燃气有限公司", "冢头镇") not in located
    assert ("成都瑞穗餐饮供应链有限公司", "温江区") in located
    assert ("汝南县中医院", "三桥镇") not in located
    assert not {pair for pair in located if pair[0] == "光山县河长制办公室"}  # an office of the county


def test_a_units_party_committee_post_is_the_units_and_its_head_title_stays_whole(tmp_path: Path) -> None:
    text = (
        "护航高考\n\n本报讯 6月7日一早，鹤壁市公安局交通警察支队出动警力320人。"
        "“考生遇到困难，可拨打122求助。”支队党委书记、支队长彭啸林说，交警支队还组建了12支小分队。\n\n"
        "医疗下沉\n\n本报讯 新蔡县人民医院与省胸科医院合作。专家常驻县医院坐诊。"
        "国网信阳供电公司党委书记、总经理匡立民介绍了工程进展。\n"
    )
    graph = _build_page(tmp_path, text)
    bodies = {e.name for e in graph.entities.values() if e.type == "organization"}
    # before: the brigade was cut to 鹤壁市公安局 (警察 read as a verb), its head's title to 长, and
    # 交警支队, 县医院 and the company's 党委 were bodies of their own
    assert {"鹤壁市公安局交通警察支队", "新蔡县人民医院"} <= bodies
    assert not {"交警支队", "新蔡县医院", "支队党委", "国网信阳供电公司党委"} & bodies
    posts = {e.name: [(p.title, p.organization) for p in e.posts] for e in graph.entities.values()}
    assert posts["彭啸林"] == [("党委书记", "鹤壁市公安局交通警察支队"), ("支队长", "鹤壁市公安局交通警察支队")]


def test_a_papers_own_place_is_the_city_or_county_of_its_masthead(tmp_path: Path) -> None:
    city = (
        "周口日报　2024年5月24日　星期五　第01版　要闻\n\n邬振华到我市西华县商水县调研\n\n本报讯（记者樊思琦）5月23日，"
        "副省长邬振华到我市西华县、商水县调研先进制造业发展。\n\n"
        "侯立新到我市调研\n\n本报讯 5月24日，省委常委侯立新到我市调研。他说：“我市要加快发展。”\n"
    )
    for folder in ("city", "quoted", "county"):
        (tmp_path / folder).mkdir()
    visited = _pairs(tmp_path / "city", city, "visited")
    # 我市|西华县: a chain, whose county is visited, as after a province
    assert {("邬振华", "西华县"), ("邬振华", "商水县"), ("侯立新", "周口市")} <= visited
    assert ("邬振华", "周口市") not in visited
    unquoted = _build_page(tmp_path / "quoted", city.replace("他说：“我市要加快发展。”", ""))
    quoted = _build_page(tmp_path / "city", city)
    # two headlines and two leads; not the 我市 a speaker says
    assert quoted.entities["district/周口市"].mentions == unquoted.entities["district/周口市"].mentions == 4
    county = "今日渑池　2025年11月6日　星期四　第02版\n\n新闻\n\n本报讯 张村镇是我县的农业大镇。\n"
    assert ("张村镇", "渑池县") in _pairs(tmp_path / "county", county, "part_of")


def test_a_town_head_and_river_chief_after_the_clause_naming_the_town_are_that_towns(tmp_path: Path) -> None:
    text = (
        "巡河\n\n本报讯 晏书珩先后来到湍东镇、赤眉镇。在湍东镇，镇党委书记、镇级河长郝思源汇报了河道保洁情况；"
        "在赤眉镇，镇长、镇级河长邴晓燕介绍了协作机制。太康县逊母口镇副镇长戚梦瑶发言。"
        "副县长、县级林长蔺春和现场观摩。南阳海关党委书记、关长郦远航介绍，"
        "南阳卧龙综合保税区管理委员会与企业签约，综保区管委会主任房子昂致辞。\n"
    )
    posts = _posts(tmp_path, text)
    assert posts["邴晓燕"] == [("镇长", "赤眉镇政府"), ("镇级河长", "赤眉镇")]  # before: no body
    assert ("镇级河长", "湍东镇") in posts["郝思源"]
    assert posts["戚梦瑶"] == [("副镇长", "太康县逊母口镇政府")]  # the town its phrase names
    assert "蔺春和" in posts  # 和 before 现场 ends the name
    assert ("党委书记", "南阳海关") in posts["郦远航"]
    bodies = {name for held in posts.values() for _, name in held}
    assert not {"南阳海关党委", "南阳卧龙综合保税区管委会"} & bodies  # one committee, by its full name


def test_sides_of_a_signing_with_a_venue_a_declared_short_form_or_a_count(tmp_path: Path) -> None:
    text = (
        "签约\n\n本报讯 6月17日，平顶山市人民政府与江苏启储能源科技股份有限公司（以下简称“启储能源”）、"
        "河南鹰城电力投资有限公司在市行政中心举行200兆瓦/400兆瓦时独立共享储能电站项目签约仪式。"
        "会上,许昌宏源村镇银行股份有限公司(以下简称宏源银行)与许昌市工业和信息化局签订战略合作协议."
        "宏源银行还与河南森茂新材料科技有限公司等12家企业现场签订授信协议。\n"
    )
    sides = _pairs(tmp_path, text, "signed_with")
    # before: the venue and the event, a short form declared in brackets and a count of companies
    # between the sides and the signing hid them
    assert {
        ("平顶山市政府", "江苏启储能源科技股份有限公司"),
        ("平顶山市政府", "河南鹰城电力投资有限公司"),
        ("许昌宏源村镇银行股份有限公司", "许昌市工业和信息化局"),
        ("许昌宏源村镇银行股份有限公司", "河南森茂新材料科技有限公司"),
    } <= sides
    assert ("平顶山市政府", "200兆瓦/400兆瓦时独立共享储能电站项目") in _pairs(tmp_path, text, "signed")


def test_a_group_of_experts_visits_for_its_leader_and_going_to_a_company_to_learn_is_a_visit(tmp_path: Path) -> None:
    text = (
        "专家走进企业\n\n本报讯 浙江嘉禾理工大学纺织科学与工程学院院长储建业带领12名专家教授深入企业开展技术对接。"
        "在光山县羽绒产业园，专家团先后走访河南羽翔服饰有限公司、信阳鸿绒新材料有限公司。\n\n"
        "调研\n\n本报讯 副市长蒯卫东到郸城县鲜丰农业发展有限公司了解企业订单和用工需求。\n"
    )
    visited = _pairs(tmp_path, text, "visited")
    assert {
        ("储建业", "河南羽翔服饰有限公司"),
        ("储建业", "信阳鸿绒新材料有限公司"),
        ("蒯卫东", "郸城县鲜丰农业发展有限公司"),
    } <= visited
    assert ("蒯卫东", "郸城县") not in visited  # the county in the company's name is not gone to


def test_the_body_that_goes_somewhere_or_acts_at_a_venue_is_the_caller_not_the_place(tmp_path: Path) -> None:
    text = (
        "市政协到罗山县开展专项民主监督\n\n本报讯 7月7日，市政协主席覃立德率民主监督组到罗山县，"
        "就优化营商环境工作开展专项民主监督。市政协副主席隗淑芳参加。\n\n"
        "民建信阳市委“同心助学”活动走进新县\n\n本报讯 7月2日，民建信阳市委员会在新县八里畈镇红星小学"
        "开展“同心助学”活动。民建市委主委、市政协副主席栾永胜出席活动。\n"
    )
    attended = _pairs(tmp_path, text, "attended")
    assert ("栾永胜", "民建信阳市委") in attended  # 民建信阳市委员会, by the name its posts use
    assert not {pair for pair in attended if pair[1] == "罗山县"}  # the place gone to calls nothing


def test_a_headline_counting_a_countys_companies_places_them_there(tmp_path: Path) -> None:
    text = (
        "二七区2家企业拟入选省级“专精特新”中小企业\n\n本报讯 近日，郑州海为电子科技有限公司、"
        "河南金明自动化设备有限公司2家企业拟入选省级“专精特新”中小企业。\n"
    )
    # not 郑州市, the city the first one's name says it is registered in
    assert ("郑州海为电子科技有限公司", "二七区") in _pairs(tmp_path, text, "located_in")


def test_rows_of_a_list_of_teachers_and_a_law_firms_head_work_there(tmp_path: Path) -> None:
    text = (
        "名单\n\n本报讯 漯河市2025年度“最美教师”名单（部分）\n1.樊玉兰　漯河市第二高级中学\n"
        "6.宫立新　源汇区受降路小学\n7.时文娟　漯河市实验幼儿园\n10.濮红梅　汝南县职业教育中心\n\n"
        "联谊会\n\n本报讯 河南申茂律师事务所主任甄梓豪当选会长。\n"
    )
    works = _pairs(tmp_path, text, "works_for")
    # before: 受 ended the school's name, 时文 read as a word, a centre was no workplace of a row,
    # and a law firm's head was an official
    assert {
        ("宫立新", "源汇区受降路小学"),
        ("时文娟", "漯河市实验幼儿园"),
        ("濮红梅", "汝南县职业教育中心"),
        ("甄梓豪", "河南申茂律师事务所"),
    } <= works


def test_a_town_in_a_story_naming_no_county_is_in_the_county_the_page_is_about(tmp_path: Path) -> None:
    text = (
        "今日息县　2025年6月18日　星期三　第02版\n\n息县高标准农田开工\n\n本报讯 息县路口乡高标准农田项目开工。"
        "息县农业农村局负责实施。\n\n彭楼村变身示范村\n\n本报记者 雒晓彤\n\n"
        "走进张陶乡彭楼村，食用菌大棚整齐排列。张陶乡乡长牛子墨介绍了经验。\n"
    )
    assert ("张陶乡", "息县") in _pairs(tmp_path, text, "part_of")


def test_a_callers_party_group_or_a_time_between_it_and_the_call_keeps_it_the_caller(tmp_path: Path) -> None:
    text = (
        "部署\n\n本报讯 6月19日,柘城县人民法院党组召开会议,专题研究部署工作。院长荀文博主持会议,副院长贲立新参加。\n\n"
        "座谈\n\n本报讯 光山县委组织部当天召开挂职干部见面座谈会，县委常委、组织部部长钱素芬出席并讲话。\n"
    )
    assert ("荀文博", "柘城县人民法院") in _pairs(tmp_path, text, "chaired")
    attended = _pairs(tmp_path, text, "attended")
    assert {("贲立新", "柘城县人民法院"), ("钱素芬", "光山县委组织部")} <= attended


def test_an_event_held_at_a_body_named_after_a_place_places_no_one_there(tmp_path: Path) -> None:
    text = (
        "省人民医院医联体授牌\n\n本报讯 9月24日，河南省人民医院医联体单位授牌仪式在汝南县人民医院举行。"
        "总投资5亿元的中医康养产业园项目在汝南县开工。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    # 在汝南县人民医院: the venue is the hospital, whose name starts with the county; the provincial
    # hospital holding the ceremony is not in the county
    assert ("河南省人民医院", "汝南县") not in located
    assert ("中医康养产业园项目", "汝南县") in located


def test_a_place_in_a_persons_description_places_not_the_company_listed_after_it(tmp_path: Path) -> None:
    text = (
        "慈善捐款\n\n本报讯 在浙江温州经商多年的获嘉籍企业家、温州瑞泰鞋业有限公司董事长卜海涛专程返乡捐款。"
        "由恒远新材在武陟县产业集聚区注册设立的全资子公司恒远新材料（武陟）有限公司投资建设。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    assert ("温州瑞泰鞋业有限公司", "浙江省") not in located  # where the entrepreneur did business
    assert ("温州瑞泰鞋业有限公司", "温州市") in located  # its name says so
    assert ("恒远新材料（武陟）有限公司", "武陟县产业集聚区") in located  # 在X设立的|全资子公司P


def test_a_branch_named_after_a_county_of_another_province_lies_in_that_county(tmp_path: Path) -> None:
    text = (
        "鄞鲁协作\n\n本报讯 鲁山县与宁波市鄞州区开展协作。宁波博睿服饰有限公司鲁山分公司招工200人。"
        "许昌市许昌农商银行朝阳支行开业。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    assert ("宁波博睿服饰有限公司鲁山分公司", "鲁山县") in located
    assert ("宁波博睿服饰有限公司鲁山分公司", "宁波市") not in located
    assert not {pair for pair in located if pair[0] == "许昌农商银行朝阳支行" and pair[1] != "许昌市"}  # 朝阳: many


def test_a_job_in_a_project_is_a_job_in_the_company_of_its_brand_or_in_no_body(tmp_path: Path) -> None:
    text = (
        "项目开工\n\n本报讯 项目由漯河汇鲜冷链食品有限公司投资建设。“很受感动。”汇鲜冷链项目负责人宋雅婷说。"
        "项目负责人钮天佑介绍了进度。二标项目部桥梁工程师苏婉清是一名90后。\n"
    )
    graph = _build_page(tmp_path, text)
    works = _pairs(tmp_path, text, "works_for")
    assert ("宋雅婷", "漯河汇鲜冷链食品有限公司") in works  # the company whose name has the project's brand
    assert not {tail for _, tail in works if tail in ("项目", "二标项目部", "汇鲜冷链项目")}
    assert not {e.name for e in graph.entities.values() if e.name in ("项目", "二标项目部", "汇鲜冷链项目")}


def test_rows_of_signed_investments_under_a_county_heading(tmp_path: Path) -> None:
    text = (
        "重点项目集中签约\n\n本报讯 9月19日，全市重点项目集中签约仪式举行。部分签约项目如下：\n"
        "沈丘县\n"
        "智能仓储冷链物流园项目　浙江速运达供应链管理有限公司　6.2亿元\n"
        "年产5万吨纤维项目　江苏恒茂纺织科技有限公司　18.5亿元\n"
        "郸城县\n"
        "年产3000吨生物发酵制品项目　山东华恺生物工程有限公司　12亿元\n"
    )
    signed = _pairs(tmp_path, text, "signed")
    assert {
        ("浙江速运达供应链管理有限公司", "智能仓储冷链物流园项目"),
        ("沈丘县", "智能仓储冷链物流园项目"),
        ("沈丘县", "年产5万吨纤维项目"),
        ("郸城县", "年产3000吨生物发酵制品项目"),
    } <= signed
    assert ("沈丘县", "年产3000吨生物发酵制品项目") not in signed  # under the next heading
    located = _pairs(tmp_path, text, "located_in")
    assert {("智能仓储冷链物流园项目", "沈丘县"), ("年产3000吨生物发酵制品项目", "郸城县")} <= located
    assert ("郸城县", "山东华恺生物工程有限公司") in _pairs(tmp_path, text, "signed_with")


def test_a_tours_leaders_at_the_site_of_a_project_and_a_companys_project_named_with_it(tmp_path: Path) -> None:
    text = (
        "重点项目观摩\n\n本报讯 4月16日，市委书记郜振霆带领观摩团，深入永城市、夏邑县观摩。"
        "在年产2万吨生物基丁二酸项目施工现场，塔吊林立。"
        "在夏邑县会亭镇，河南恒翔家居有限公司智能家居产业园项目一期厂房主体已经封顶。\n\n"
        "项目签约\n\n本报讯 签约项目如下：\n"
        "1　冷链物流仓储中心项目　　鹤壁淇味食品有限公司　　2.5亿元\n\n"
        "随后，郜振霆来到鹤壁淇味食品有限公司冷链物流仓储中心项目建设现场。\n"
    )
    graph = _build_page(tmp_path, text)
    projects = {e.name: e for e in graph.entities.values() if e.type == "project"}
    # a company's project named in full after it, more than 14 characters without its place
    assert "河南恒翔家居有限公司智能家居产业园项目" in projects
    # the project in the table is the one named with its company in the file
    assert "冷链物流仓储中心项目" not in projects
    assert "冷链物流仓储中心项目" in projects["鹤壁淇味食品有限公司冷链物流仓储中心项目"].aliases
    visited = _pairs(tmp_path, text, "visited")
    assert ("郜振霆", "年产2万吨生物基丁二酸项目") in visited  # 在P施工现场: the tour is there


def test_in_a_city_papers_article_saying_our_city_a_bare_city_post_is_the_papers_city(tmp_path: Path) -> None:
    text = (
        "南阳日报 2025年6月5日 星期四 第01版 要闻\n\n柯鸣远在我市调研“三夏”生产\n\n"
        "本报讯 6月4日，副省长柯鸣远到邓州市调研。市委副书记、市长隗振华陪同。"
        "在邓州市桑庄镇，柯鸣远走进麦田。随后来到邓州市穰丰粮食储备有限公司。\n"
    )
    posts = _posts(tmp_path, text)
    # 邓州市 is named most, but the paper speaks as 南阳 (我市): its 市长
    assert ("市长", "南阳市政府") in posts["隗振华"]


def test_an_election_goes_on_in_clauses_without_a_verb_in_the_body_of_the_first_post(tmp_path: Path) -> None:
    text = (
        "县政协会议闭幕\n\n本报讯 会议选举柴明远为政协鄢陵县第十届委员会主席，汤晓岚、郁德昌为副主席，"
        "聂文博为秘书长，选举产生了县政协常务委员。\n"
    )
    posts = _posts(tmp_path, text)
    assert posts["郁德昌"] == [("副主席", "鄢陵县政协")]
    assert posts["聂文博"] == [("秘书长", "鄢陵县政协")]


def test_a_scene_set_by_a_sentence_naming_no_one_is_visited_by_the_official_opening_the_next(
    tmp_path: Path,
) -> None:
    text = (
        "三夏调研\n\n本报讯 6月4日，副省长柯鸣远到邓州市调研。"
        "在邓州市桑庄镇丁营村，金黄的麦田一望无际，十余台联合收割机来回穿梭。"
        "柯鸣远走进麦田，察看小麦籽粒饱满程度。"
        "在张庄村，村民说收成不错。村党支部书记王强介绍了情况。\n"
    )
    visited = _pairs(tmp_path, text, "visited")
    assert ("柯鸣远", "丁营村") in visited
    assert ("王强", "张庄村") not in visited  # no looking; and a village's own secretary is at home


def test_the_companies_named_after_a_counted_signing_are_its_other_sides(tmp_path: Path) -> None:
    text = (
        "银政合作\n\n本报讯 许昌市人民政府与在许3家银行战略合作协议签约仪式举行。"
        "根据协议，中州银行许昌分行、豫商银行许昌分行和嵩岳银行许昌分行将向我市提供授信。"
        "此外，华鼎银行许昌分行和中州银行许昌分行将举办对接会。\n"
    )
    sides = _pairs(tmp_path, text, "signed_with")
    banks = {"中州银行许昌分行", "豫商银行许昌分行", "嵩岳银行许昌分行"}
    assert {("许昌市政府", bank) for bank in banks} <= sides
    assert ("许昌市政府", "华鼎银行许昌分行") not in sides  # not the sentence right after, nor 3 of them
    graph = _build_page(tmp_path, text)
    for relation in graph.relations:
        if relation.relation == "signed_with":  # stated by the sentence of the signing
            assert all("签约" in e.sentence for e in relation.evidence)


def test_both_sides_of_a_signing_named_before_sign_a_later_project_and_a_later_clause_is_no_party(
    tmp_path: Path,
) -> None:
    text = (
        "医联体签约\n\n本报讯 8月19日，郏县人民医院与河南省人民医院紧密型医联体合作签约仪式举行。"
        "仪式上，双方还签订了郏县卒中急救中心建设项目合作协议，省人民医院主任医师施承泽受聘为名誉主任。\n"
    )
    signed = _pairs(tmp_path, text, "signed")
    project = "郏县卒中急救中心建设项目"
    assert {("郏县人民医院", project), ("河南省人民医院", project)} <= signed
    assert ("施承泽", project) not in signed  # in a clause of its own, after the signing
    assert ("郏县人民医院", "河南省人民医院") in _pairs(tmp_path, text, "signed_with")


def test_a_project_at_the_site_of_a_company_named_after_its_county_lies_in_the_county(tmp_path: Path) -> None:
    text = (
        "观摩\n\n本报讯 随后，观摩团来到柘城县。在柘城县金穗生物科技有限公司年产10万吨食品级淀粉糖项目现场，"
        "县长党云舒汇报了项目推进情况。河南省人民医院将在汝南县人民医院设立专家工作站。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    assert ("柘城县金穗生物科技有限公司年产10万吨食品级淀粉糖项目", "柘城县") in located
    assert ("河南省人民医院", "汝南县") not in located  # 在|汝南县人民医院: where its partner is


def test_a_meeting_a_zone_calls_is_its_management_committees(tmp_path: Path) -> None:
    text = (
        "高新区项目推进会\n\n本报讯 3月5日，济源高新技术产业开发区召开重点项目推进会。"
        "济源高新区管委会主任岳承泽主持会议，副主任晏静姝出席。\n"
    )
    assert ("岳承泽", "济源高新区管委会") in _pairs(tmp_path, text, "chaired")
    assert ("晏静姝", "济源高新区管委会") in _pairs(tmp_path, text, "attended")
    assert not {t for _, t in _pairs(tmp_path, text, "attended")} & {"济源高新技术产业开发区"}


def test_an_inspection_groups_feedback_meeting_and_the_group_by_its_number_alone(tmp_path: Path) -> None:
    text = (
        "巡察反馈\n\n本报讯 10月16日，漯河市委第一巡察组召开巡察舞阳县委情况反馈会。"
        "反馈会由漯河市委第一巡察组组长宓国强主持，舞阳县委书记郜晓峰出席会议。巡察期间，第一巡察组共受理来信30件。\n"
    )
    graph = _build_page(tmp_path, text)
    bodies = {e.name for e in graph.entities.values() if e.type == "organization"}
    assert "漯河市委第一巡察组" in bodies and "第一巡察组" not in bodies  # one group
    assert ("宓国强", "漯河市委第一巡察组") in _pairs(tmp_path, text, "chaired")
    assert ("郜晓峰", "漯河市委第一巡察组") in _pairs(tmp_path, text, "attended")
    assert not {h for h, _ in _pairs(tmp_path, text, "located_in")} & bodies  # a body of the Party


def test_a_post_held_before_written_yuan_shi_in_a_section_of_the_bureau_named_before(tmp_path: Path) -> None:
    text = (
        "驻村第一书记\n\n本报讯 2023年8月，信阳市自然资源和规划局选派干部宓晓川到枫香岭村担任驻村第一书记。"
        "宓晓川原是该局国土空间规划科副科长。\n"
    )
    posts = {e.name: e.posts for e in _build_page(tmp_path, text).entities.values()}
    held = [(p.title, p.organization) for p in posts["宓晓川"] if p.former]
    assert held == [("国土空间规划科副科长", "信阳市自然资源和规划局")]
    held_post = _pairs(tmp_path, text, "held_post")
    assert ("宓晓川", "信阳市自然资源和规划局") in held_post


def test_a_city_papers_story_naming_no_county_has_the_papers_city_posts(tmp_path: Path) -> None:
    text = (
        "周口日报 2025年9月22日 星期一 第02版 要闻\n\n项城市举办食品产业推介会\n\n"
        "本报讯 9月20日，项城市食品产业专场招商推介会举行。项城市委书记牟承熙推介项城投资环境。\n\n"
        "晏修平会见客商\n\n本报讯 9月19日下午，市长晏修平在市行政中心会见了上海锦程冷链物流有限公司董事长邝嘉懿一行。\n"
    )
    posts = _posts(tmp_path, text)
    # the page's other story is of the county-level city 项城市; this one names no county
    assert posts["晏修平"] == [("市长", "周口市政府")]


def test_a_river_chiefs_office_short_and_full_is_one_body_and_markets_and_customs_are_not_placed(
    tmp_path: Path,
) -> None:
    text = (
        "河长制\n\n本报讯 光山县河长制办公室主任谯文斌介绍，县河长办将开展巡河。"
        "瑞丰新材在深圳证券交易所上市。郑州海关关长王强到公司调研。\n"
    )
    graph = _build_page(tmp_path, text)
    bodies = {e.name for e in graph.entities.values() if e.type == "organization"}
    assert "光山县河长制办公室" in bodies and "光山县河长办" not in bodies
    located = {h for h, _ in _pairs(tmp_path, text, "located_in")}
    assert not located & {"深圳证券交易所", "郑州海关"}


ZONE_PAGE = """漯河日报 2025年9月16日 星期二 第03版 经开区新闻

经开区表彰2024年度突出贡献企业

本报讯（通讯员 戴若彤）日前，漯河经开区党工委、管委会印发通报，对在漯河经开区经济发展中作出突出贡献的企业予以表彰。
名单如下：
1.河南瑞禾食品科技有限公司
2.漯河金麦包装材料有限公司
3.中汽智联（天津）检测技术有限公司
通报要求，受表彰企业要在推动漯河经开区高质量发展中发挥示范带动作用。国网漯河供电公司将做好服务。
"""


def test_an_article_about_a_zone_places_its_companies_in_the_zone(tmp_path: Path) -> None:
    located = _pairs(tmp_path, ZONE_PAGE, "located_in")
    zone = "漯河经开区"
    # before: no article was about a zone, and a company named after the zone's city lay in the city
    assert ("河南瑞禾食品科技有限公司", zone) in located
    assert ("漯河金麦包装材料有限公司", zone) in located
    assert ("漯河金麦包装材料有限公司", "漯河市") not in located
    # registered elsewhere (its bracket says so): not the zone's
    assert ("中汽智联（天津）检测技术有限公司", zone) not in located
    # a state firm's local unit lies where its name says (国网|漯河|供电公司)
    assert ("国网漯河供电公司", "漯河市") in located
    assert ("国网漯河供电公司", zone) not in located


def test_a_body_that_signed_with_counted_investors_signed_each_row_of_the_table_after(tmp_path: Path) -> None:
    text = (
        "新闻\n\n鹤壁高新区8个项目集中签约\n\n本报讯 9月23日，鹤壁高新区重点项目集中签约仪式举行。"
        "签约仪式上，鹤壁高新区管委会与2家投资方分别签订项目投资协议。签约项目如下：\n"
        "项目名称　　　　　　　投资方　　　　　　　　　投资额（亿元）\n"
        "汽车电子连接器扩产项目　　鹤壁瑞联汽车电子有限公司　　6.5\n"
        "5G智能网联测试场项目　　中汽智联（天津）检测技术有限公司　　1.5\n"
    )
    signed = _pairs(tmp_path, text, "signed")
    # before: the rows gave each company its project, and the body that signed with them nothing;
    # a name opening with 5G was no name
    assert ("鹤壁高新区管委会", "汽车电子连接器扩产项目") in signed
    assert ("中汽智联（天津）检测技术有限公司", "5G智能网联测试场项目") in signed
    assert ("鹤壁高新区管委会", "5G智能网联测试场项目") in signed
    sides = _pairs(tmp_path, text, "signed_with")
    assert ("鹤壁高新区管委会", "鹤壁瑞联汽车电子有限公司") in sides


def test_an_inspection_groups_feedback_meeting_is_called_by_the_group(tmp_path: Path) -> None:
    text = (
        "清风\n\n县委第二巡察组向槐屯乡党委反馈巡察情况\n\n本报讯 11月18日，南乐县委第二巡察组向槐屯乡党委反馈巡察情况。"
        "县委第二巡察组组长晁振宇反馈了巡察发现的问题，县委巡察办主任籍文涛出席会议并讲话。"
        "会议由槐屯乡党委副书记、乡长喻心怡主持。\n"
    )
    # before: 向…反馈 was no call, and the meeting had no body
    assert ("喻心怡", "南乐县委第二巡察组") in _pairs(tmp_path, text, "chaired")
    assert ("籍文涛", "南乐县委第二巡察组") in _pairs(tmp_path, text, "attended")


def test_two_relative_bodies_written_together_in_a_headline_both_call_the_meeting(tmp_path: Path) -> None:
    text = (
        "开封日报\n\n市政协市政府联合召开重点提案办理协商会\n\n本报讯 6月10日，开封市政协、开封市人民政府联合召开"
        "2025年度重点提案办理协商会。市政协主席郜振海出席并讲话，市政协副主席沈慕青主持会议。\n"
    )
    chaired = _pairs(tmp_path, text, "chaired")
    # before: the headline's 市政府 alone called it (市政协 went on with no 、 and 联合召开 was no call)
    assert {("沈慕青", "开封市政协"), ("沈慕青", "开封市政府")} <= chaired


LISTS_PAGE = """许昌日报 2025年12月02日 星期二 第05版 民营经济

关于表彰优秀民营企业家和先进集体的决定

本报讯 市委、市政府决定，授予丁启航等同志称号。此次入选的企业分别为：
河南踏峰鞋业科技有限公司（西陵寺镇）
睢县鸿途制鞋有限公司（蓼堤镇）
河南锐晟电子科技有限公司（长岗镇）
一、许昌市优秀民营企业家（3名）
丁启航（许昌恒盛电气设备有限公司董事长）
柴 翊（许昌智远信息技术有限公司董事长）
周岐山（河南宏达建设集团有限公司党委书记、董事长）
二、许昌市民营经济发展先进集体（3个）
许昌恒盛电气设备有限公司
长葛市大周镇人民政府
禹州市神垕镇钧兴村
"""


def test_rows_of_lists_with_brackets_are_rows_and_say_what_each_is(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, LISTS_PAGE)
    names = {e.name: e.type for e in graph.entities.values()}
    # before: the rows ran together into one name (…有限公司（西陵寺镇）睢县鸿途…), the people were
    # no names, and the bracketed town said nothing
    assert {"睢县鸿途制鞋有限公司", "河南锐晟电子科技有限公司", "长葛市大周镇人民政府"} <= names.keys()
    assert names["丁启航"] == "person" and names["柴翊"] == "person"
    located = _pairs(tmp_path, LISTS_PAGE, "located_in")
    assert ("睢县鸿途制鞋有限公司", "蓼堤镇") in located
    works = _pairs(tmp_path, LISTS_PAGE, "works_for")
    assert ("丁启航", "许昌恒盛电气设备有限公司") in works and ("柴翊", "许昌智远信息技术有限公司") in works
    # a Party post in a company is a post held there; the chairman's job is work
    assert ("周岐山", "河南宏达建设集团有限公司") in _pairs(tmp_path, LISTS_PAGE, "holds_post")
    assert ("周岐山", "河南宏达建设集团有限公司") in works


def test_a_committees_election_list_by_spaced_title_gives_posts_in_the_committee(tmp_path: Path) -> None:
    text = (
        "新闻\n\n县委全会召开\n\n本报讯 9月27日下午，中国共产党方城县第十五届委员会第一次全体会议召开。\n"
        "全会选举产生了中共方城县第十五届委员会常务委员会委员和书记、副书记：\n"
        "书　记：韦振霖\n副书记：秦立昶　郜雪琴\n常　委：韦振霖　宁致远　段　奕　戴书衡（按姓氏笔画为序）\n"
        "县纪委全会选举，尚文渊、柏钰当选为县纪委副书记。\n"
    )
    posts = _posts(tmp_path, text)
    # before: a spaced title (书　记) made no list, and a bare title had no body
    assert ("书记", "方城县委") in posts["韦振霖"] and ("常委", "方城县委") in posts["韦振霖"]
    assert posts["段奕"] == [("常委", "方城县委")]
    # several people chosen at once (A、B当选为…)
    assert posts["柏钰"] == [("县纪委副书记", "方城县纪委监委")]


def test_where_a_person_was_before_does_not_place_the_company_they_founded(tmp_path: Path) -> None:
    text = (
        "新闻\n\n专访\n\n本报讯 记者专访了董事长甄启航。2017年，在福建晋江打拼十余年的甄启航回到家乡睢县创办踏峰鞋业，"
        "河南踏峰鞋业科技有限公司（以下简称“踏峰鞋业”）位于西陵寺镇。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    assert ("河南踏峰鞋业科技有限公司", "福建省") not in located  # before: 在福建…的甄启航 placed it


COUNTY_SIGNED_BOX = """驻马店日报

我市投洽会集中签约

本报讯 5月16日，我市投洽会集中签约仪式举行。遂平县人民政府与江苏淳和食品有限公司签订年产20万吨休闲食品加工项目协议。

驻马店市投洽会签约项目一览（部分）

驿城区
1.年产5GWh储能电池项目（深圳市锐川新能源科技有限公司）
2.高端数控机床零部件项目（广东铭拓精密机械有限公司）
遂平县
3.年产20万吨休闲食品加工项目（江苏淳和食品有限公司）
（市投资促进中心供稿）

确山县提琴产业专场推介会举行

本报讯 5月21日，确山县提琴产业专场推介会举行。
"""


def test_a_box_of_signed_projects_under_county_names_is_an_article_of_rows(tmp_path: Path) -> None:
    graph = _build_page(tmp_path, COUNTY_SIGNED_BOX)
    headlines = [a.headline for a in graph.articles.values()]
    # before: the box's title, its rows and the next story's headline were one long headline
    assert "驻马店市投洽会签约项目一览（部分）" in headlines and "确山县提琴产业专场推介会举行" in headlines
    signed = _pairs(tmp_path, COUNTY_SIGNED_BOX, "signed")
    assert ("深圳市锐川新能源科技有限公司", "年产5GWh储能电池项目") in signed
    # 休闲 names a kind of food, it is no verb that ends the name
    assert ("江苏淳和食品有限公司", "年产20万吨休闲食品加工项目") in signed
    located = _pairs(tmp_path, COUNTY_SIGNED_BOX, "located_in")
    assert ("高端数控机床零部件项目", "驿城区") in located
    assert ("年产20万吨休闲食品加工项目", "遂平县") in located


def test_a_companys_project_named_after_it_in_full_is_one_project_and_a_visit_to_both(tmp_path: Path) -> None:
    text = (
        "新闻\n\n中钰新材料年产5万吨新能源电池铜箔项目投产\n\n本报讯 9月10日，济源市中钰新材料科技有限公司年产"
        "5万吨新能源电池铜箔项目一期投产。市长晏静姝来到济源市中钰新材料科技有限公司年产5万吨新能源电池铜箔项目现场调研。\n"
    )
    graph = _build_page(tmp_path, text)
    projects = {e.name for e in graph.entities.values() if e.type == "project"}
    # before: the project was cut after the company (年产…项目), and the brand's form was another project
    assert projects == {"济源市中钰新材料科技有限公司年产5万吨新能源电池铜箔项目"}
    visited = _pairs(tmp_path, text, "visited")
    assert ("晏静姝", "济源市中钰新材料科技有限公司") in visited
    assert ("晏静姝", "济源市中钰新材料科技有限公司年产5万吨新能源电池铜箔项目") in visited


def test_carriers_county_branches_by_full_and_short_name(tmp_path: Path) -> None:
    text = (
        "新闻\n\n数据中心建成\n\n本报讯 该中心由中国移动通信集团河南有限公司西平分公司牵头，与中国联合网络通信有限公司"
        "西平县分公司共同投资建设。中国移动西平分公司总经理廖承宇介绍。\n"
    )
    companies = _names(tmp_path, text, "company")
    # before: 联合 ended the name (网络通信有限公司西平县分公司) and the brand's short form was a company of its own
    assert companies == {"中国移动通信集团河南有限公司西平分公司", "中国联合网络通信有限公司西平县分公司"}
    assert ("廖承宇", "中国移动通信集团河南有限公司西平分公司") in _pairs(tmp_path, text, "works_for")


def test_expressways_and_railways_between_two_places_are_projects(tmp_path: Path) -> None:
    text = (
        "新闻\n\n高铁建设\n\n本报讯 周口至阜阳高速铁路项城段建设正酣。陕州至洛宁高速公路全线贯通，"
        "这条四车道高速公路是豫南地区高速公路网的一段。\n"
    )
    projects = _names(tmp_path, text, "project")
    # before: neither was read; a kind of road (四车道) or a region's network is none
    assert projects == {"周口至阜阳高速铁路", "陕州至洛宁高速公路"}


def test_two_products_after_a_companys_name_are_one_project(tmp_path: Path) -> None:
    text = "新闻\n\n签约\n\n本报讯 昆山恺越精密模具有限公司精密模具及汽车冲压件项目落户陈淋子镇。\n"
    projects = _names(tmp_path, text, "project")
    # before: 及 ended the name (汽车冲压件项目)
    assert projects == {"昆山恺越精密模具有限公司精密模具及汽车冲压件项目"}


def test_a_companys_project_by_its_product_alone_is_its_full_named_project(tmp_path: Path) -> None:
    text = (
        "新闻\n\n沁禾电器智能厨电项目落地后河镇\n\n本报讯 河南沁禾电器科技有限公司年产80万台智能厨电项目在后河镇开工。"
        "智能厨电项目总投资5亿元。\n"
    )
    projects = _names(tmp_path, text, "project")
    # before: the brand's form and the product's form were projects of their own
    assert projects == {"河南沁禾电器科技有限公司年产80万台智能厨电项目"}


def test_a_job_in_a_coded_section_after_a_company_is_a_job_in_the_company(tmp_path: Path) -> None:
    text = (
        "新闻\n\n高铁\n\n本报讯 中铁十五局集团有限公司周阜高铁ZFZQ-3标项目经理谭昱坤介绍。"
        "河南中正铁道工程监理有限公司驻ZFZQ-3标总监理工程师邬建华说。\n"
    )
    graph = _build_page(tmp_path, text)
    # before: 标项目 and 标总 were bodies (the section's code cut them off), the jobs theirs
    assert not {e.name for e in graph.entities.values()} & {"标项目", "标总"}
    works = _relations(tmp_path, text, "works_for", "role")
    assert ("谭昱坤", "中铁十五局集团有限公司", "项目经理") in works
    assert ("邬建华", "河南中正铁道工程监理有限公司", "总监理工程师") in works


def test_a_party_congress_or_plenum_of_a_county_is_its_committees_meeting(tmp_path: Path) -> None:
    text = (
        "新闻\n\n县委全会召开\n\n本报讯 9月27日下午，中国共产党方城县第十五届委员会第一次全体会议召开。"
        "全会由县委书记韦振霖主持。\n"
    )
    # before: the county itself (a district) was the meeting's body
    assert _pairs(tmp_path, text, "chaired") == {("韦振霖", "方城县委")}


PHOTO_PAGE = """漯河日报 2025年6月5日 星期四 第04版 图片新闻

【调研项目】6月3日，市委副书记、市长蔺怀瑾到临颍县调研重点项目建设，详细了解工程进度和要素保障情况。（本报记者 岳晗 摄）

■建设正酣 6月4日，位于漯河经济技术开发区的沙澧智能装备产业园项目建设现场，塔吊林立，工人们正在进行钢结构吊装作业。（通讯员 付晓彤 摄）
"""


def test_each_captioned_photo_is_an_article_headed_by_its_kicker_and_credited_to_its_photographer(
    tmp_path: Path,
) -> None:
    graph = _build_page(tmp_path, PHOTO_PAGE)
    # before: the captions ran into one article with no headline, credited to the last photographer
    assert sorted(a.headline for a in graph.articles.values()) == ["建设正酣", "调研项目"]
    reported = _pairs(tmp_path, PHOTO_PAGE, "reported")
    by_headline = {a.id: a.headline for a in graph.articles.values()}
    assert {(name, by_headline[aid]) for name, aid in reported} == {("岳晗", "调研项目"), ("付晓彤", "建设正酣")}


def test_trades_of_supporting_companies_and_a_time_clause_are_no_names(tmp_path: Path) -> None:
    text = "新闻\n\n园区\n\n本报讯 建成后可容纳鞋材、鞋机等配套企业30家以上。刚来的时候大周镇还很穷。\n"
    graph = _build_page(tmp_path, text)
    names = {e.name: e.type for e in graph.entities.values()}
    # before: 鞋材 and 鞋机 were companies (listed before 等…企业), 时候大周镇 a town
    assert not {"鞋材", "鞋机", "后可容纳鞋材", "时候大周镇"} & names.keys()
    assert names.get("大周镇") == "district"


def test_a_companys_unnamed_project_and_this_project_are_no_project_names(tmp_path: Path) -> None:
    text = (
        "新闻\n\n公示\n\n本报讯 永城市康瑞生物科技有限公司项目总投资8.6亿元。现将本项目环境影响报告书公示。"
        "项目概况项目建成后年产值可达4亿元。\n"
    )
    projects = _names(tmp_path, text, "project")
    assert not projects  # before: 永城市康瑞生物科技有限公司项目, 现将本项目, 项目概况项目


def test_a_kind_of_base_is_no_project_but_a_base_named_by_its_place_is(tmp_path: Path) -> None:
    text = (
        "新闻\n\n基地\n\n本报讯 该县打造香菇基地和功率半导体生产基地。东王庄村千亩稻虾共作基地带动农户增收。"
        "光山好物直播基地开播。\n"
    )
    projects = _names(tmp_path, text, "project")
    # before: every base was a project, those named by kind alone too
    assert projects == {"东王庄村千亩稻虾共作基地", "光山好物直播基地"}


def test_a_good_start_and_having_learnt_are_no_bodies(tmp_path: Path) -> None:
    text = "新闻\n\n开局\n\n本报讯 以实干实绩开好局。这门手艺我今天才学会。河南省作家协会和郑州市书法学会到场。\n"
    names = _names(tmp_path, text, "organization")
    assert not {"实干实绩开好局", "今天才学会"} & names  # before: a bureau (局) and a society (学会)
    assert "郑州市书法学会" in names


def test_a_countys_zone_called_by_its_bare_kind_once_named(tmp_path: Path) -> None:
    text = (
        "新闻\n\n调研\n\n本报讯 西平县产业集聚区发展迅速。在产业集聚区的河南驰远智能制造有限公司，县长阎洵走进车间。\n"
    )
    # before: 产业集聚区 alone was no place, and the company lay in the county the article is about
    assert ("河南驰远智能制造有限公司", "西平县产业集聚区") in _pairs(tmp_path, text, "located_in")


def test_a_town_listed_beside_a_town_is_a_town_whatever_its_name_reads_as(tmp_path: Path) -> None:
    text = "新闻\n\n调研\n\n本报讯 9月16日，县长阎洵深入西平县产业集聚区、出山镇、权寨镇，调研数字经济发展工作。\n"
    visited = _pairs(tmp_path, text, "visited")
    # before: 出山镇 was no place (出山 reads as a verb), and the list stopped there
    assert {("阎洵", "出山镇"), ("阎洵", "权寨镇"), ("阎洵", "西平县产业集聚区")} <= visited


def test_bare_bureau_titles_after_the_bureaus_head_are_that_bureaus(tmp_path: Path) -> None:
    text = (
        "新闻\n\n推进会\n\n本报讯 9月9日，睢县工业和信息化局召开推进会。县工信局党组书记、局长苗振宇主持会议，"
        "党组成员、副局长程凯，副局长栗雯雯出席会议。\n"
    )
    posts = _posts(tmp_path, text)
    # before: the bare titles had no body
    assert posts["程凯"] == [("党组成员", "睢县工业和信息化局"), ("副局长", "睢县工业和信息化局")]
    assert posts["栗雯雯"] == [("副局长", "睢县工业和信息化局")]


def test_laojia_inside_a_brand_is_the_brands(tmp_path: Path) -> None:
    text = "新闻\n\n开工\n\n本报讯 河南逍遥老家食品有限公司新建的生产线正在调试设备。公司总经理蔺春晖说，很好。\n"
    # before: 老家 ("hometown") ended the name on its left (食品有限公司)
    assert ("蔺春晖", "河南逍遥老家食品有限公司") in _pairs(tmp_path, text, "works_for")


def test_a_bodys_kind_alone_is_no_entity_to_join_files_by(tmp_path: Path) -> None:
    one, two = tmp_path / "a.txt", tmp_path / "b.txt"
    one.write_text("新闻\n\n义诊\n\n本报讯 镇卫生院院长贲立强介绍，基地负责人阚思齐说，很好。\n", encoding="utf-8")
    two.write_text("新闻\n\n巡诊\n\n本报讯 镇卫生院医生到村里巡诊。基地负责人倪思涵说，很好。\n", encoding="utf-8")
    graph = build([str(one), str(two)])
    names = {e.name for e in graph.entities.values()}
    # before: 镇卫生院 and 基地 were one body each, joining the two files
    assert not names & {"镇卫生院", "卫生院", "基地"}


BONDED_ZONE = """洛阳综保区集中签约3个物流项目

本报讯 12月16日，洛阳综合保税区物流项目集中签约仪式举行。仪式上，洛阳综合保税区管理委员会分别与河南驰远国际物流有限公司、洛阳中欧通供应链管理有限公司签约。
洛阳综合保税区位于洛阳高新技术产业开发区，规划面积1.3平方公里。管委会主任晏立峰在致辞中说，物流是综保区的“血脉”。
此次签约的驰远国际保税分拨中心项目、中欧通跨境供应链服务中心项目，将新建保税仓库。

隗向东到综保区企业调研

本报讯 洛阳综合保税区党工委书记隗向东先后来到洛阳恒拓精密轴承进出口有限公司、洛阳博润医疗设备有限公司调研。
隗向东强调，要用好综保区保税研发等政策。明年将重点引进保税研发、融资租赁等新业态企业。
"""


def test_the_projects_of_a_signing_told_after_it_are_signed_by_its_sides(tmp_path: Path) -> None:
    """A分别与B、C签约。…此次签约的P、Q: the body signed both projects, each company the one its
    trade names."""
    signed = _pairs(tmp_path, BONDED_ZONE, "signed")
    assert signed == {
        ("洛阳综合保税区管理委员会", "驰远国际保税分拨中心项目"),
        ("洛阳综合保税区管理委员会", "中欧通跨境供应链服务中心项目"),
        ("河南驰远国际物流有限公司", "驰远国际保税分拨中心项目"),
        ("洛阳中欧通供应链管理有限公司", "中欧通跨境供应链服务中心项目"),
    }


def test_a_bare_zone_body_is_that_of_the_zone_whose_body_was_named(tmp_path: Path) -> None:
    """管委会主任 after 洛阳综合保税区管理委员会, though 洛阳高新技术产业开发区 is named since (as
    where the bonded zone lies): the bonded zone's."""
    assert ("晏立峰", "洛阳综合保税区管理委员会") in _pairs(tmp_path, BONDED_ZONE, "holds_post")


def test_the_one_bonded_zone_is_its_bare_kind_and_trades_are_no_companies(tmp_path: Path) -> None:
    """综保区 is the document's one 综合保税区, so the second article is about it and places its
    companies there; 保税研发、融资租赁等新业态企业 names kinds of business, not companies."""
    graph = _build_page(tmp_path, BONDED_ZONE)
    located = _pairs(tmp_path, BONDED_ZONE, "located_in")
    assert ("洛阳恒拓精密轴承进出口有限公司", "洛阳综合保税区") in located
    assert not {e.name for e in graph.entities.values() if e.type == "company"} & {"保税研发", "融资租赁"}


def test_a_list_of_teachers_with_their_schools_in_brackets(tmp_path: Path) -> None:
    """受表彰的部分优秀教师： then 于雯（王庄镇前屯小学）, one per line, no numbers: each a person
    working at the school (中心校 a school too); 获奖教师代表 introduces one of them, no deputy."""
    text = (
        "浚县表彰一批优秀教师\n\n本报讯 9月9日，浚县教师节表彰大会召开。\n受表彰的部分优秀教师：\n"
        "于雯（王庄镇前屯小学）\n扈文涛（浚县第一中学）\n楚亚楠（屯子镇第一初级中学）\n隋雪（善堂镇中心校）\n"
        "会上，获奖教师代表楚亚楠作了发言。\n"
    )
    graph = _build_page(tmp_path, text)
    assert {e.name for e in graph.entities.values() if e.type == "person"} == {"于雯", "扈文涛", "楚亚楠", "隋雪"}
    assert _pairs(tmp_path, text, "works_for") == {
        ("于雯", "王庄镇前屯小学"),
        ("扈文涛", "浚县第一中学"),
        ("楚亚楠", "屯子镇第一初级中学"),
        ("隋雪", "善堂镇中心校"),
    }


def test_a_post_held_before_the_name_after_yuanren_is_a_former_one(tmp_path: Path) -> None:
    """原任商水县政协副主席伍建军涉嫌…: held before (he retired), no post held now."""
    text = "伍建军接受审查\n\n据商水县纪委监委消息：原任商水县政协副主席伍建军涉嫌严重违纪违法。\n"
    assert _pairs(tmp_path, text, "held_post") == {("伍建军", "商水县政协")}
    assert not _pairs(tmp_path, text, "holds_post")


def test_a_sessions_own_roles_are_no_posts_and_a_bracket_after_a_name_gives_posts(tmp_path: Path) -> None:
    """大会执行主席 is a role of the session, no body's office; 作常务委员会工作报告 names no body;
    县人大代表宁德顺（泼陂河镇黄湾村党支部书记）: both posts his."""
    text = (
        "光山县人代会开幕\n\n本报讯 光山县第十七届人民代表大会第五次会议开幕。"
        "大会执行主席、县人大常委会主任祁振邦主持会议。县政协主席蒯明远作常务委员会工作报告。\n"
        "县人大代表宁德顺（泼陂河镇黄湾村党支部书记）：“报告说到了我们心坎上。”\n"
    )
    posts = _posts(tmp_path, text)
    assert posts["祁振邦"] == [("县人大常委会主任", "光山县人大常委会")]
    assert ("泼陂河镇黄湾村党支部书记", "泼陂河镇黄湾村党支部") in posts["宁德顺"]
    assert not {"大会", "作常务委员会"} & set(posts)


def test_places_of_a_renovation_visit(tmp_path: Path) -> None:
    """在王城路街道健康西路社区，…街道党工委书记俞海燕: the subdistrict of that sentence, not the one
    named in the sentence before; 健康西路社区 is named after its road; 上官镇|滑县鑫谷…有限公司: the
    town is where the county's company is, no part of its name."""
    text = (
        "覃志恒调研老旧小区改造\n\n本报讯 区委书记覃志恒到西工区王城路街道、凯旋东路街道调研。"
        "在凯旋东路街道春晖社区，覃志恒实地查看。在王城路街道健康西路社区，覃志恒走进楼院，"
        "听取街道党工委书记俞海燕的汇报。6月4日傍晚，上官镇滑县鑫谷粮食烘干有限公司的院子里，烘干塔满负荷运转。\n"
    )
    assert ("俞海燕", "王城路街道党工委") in _pairs(tmp_path, text, "holds_post")
    assert ("健康西路社区", "王城路街道") in _pairs(tmp_path, text, "part_of")
    assert ("滑县鑫谷粮食烘干有限公司", "上官镇") in _pairs(tmp_path, text, "located_in")


def test_officials_at_two_cities_and_in_a_village_a_sentence_is_about(tmp_path: Path) -> None:
    """省委书记褚云峰，省长阚立新在许昌、漯河两市调研: both at both cities; 花溪村是…专业村。
    褚云峰、阚立新走进田间，察看…: both visited the village the sentence before is about."""
    text = (
        "褚云峰阚立新在许昌漯河调研\n\n本报讯 6月17日至18日，省委书记褚云峰，省长阚立新在许昌、漯河两市调研。\n"
        "鄢陵县陈化店镇花溪村是远近闻名的花木专业村。褚云峰、阚立新走进田间，察看小麦机收和夏播进度。\n"
    )
    visited = _pairs(tmp_path, text, "visited")
    assert {(person, place) for person in ("褚云峰", "阚立新") for place in ("许昌市", "漯河市", "花溪村")} <= visited


SIGNING_TABLE = """阜阳日报　2025年4月16日　星期三　第01版　要闻

市党政代表团赴上海招商

本报讯 4月14日，阜阳（上海）产业合作推介会在上海举行。阜阳经济技术开发区、阜合现代产业园区和颍州区、界首市分别与客商代表签约。集中签约项目如下：
1.年产20GW高效光伏组件项目　阜阳经济技术开发区　上海鼎辉新能源科技股份有限公司　25亿元
2.再生铝合金深加工项目　界首市　上海申联金属材料有限公司　9亿元

阜合园区“牵手”上海车企配套商

本报讯 阜合现代产业园区管委会（甲方）与上海嘉定华骏汽车零部件有限公司（乙方）签订投资合作协议。园区党工委书记、管委会主任季鸿儒说，项目落地后将补齐产业链。
"""


def test_numbered_rows_of_signed_projects_with_the_place_in_a_cell(tmp_path: Path) -> None:
    """1.P　place　C　amount: C and the place signed P, with each other, and P lies there;
    the places before 分别与客商代表签约 are of one side, none signing with another."""
    assert {
        ("上海鼎辉新能源科技股份有限公司", "年产20GW高效光伏组件项目"),
        ("阜阳经济技术开发区", "年产20GW高效光伏组件项目"),
        ("上海申联金属材料有限公司", "再生铝合金深加工项目"),
        ("界首市", "再生铝合金深加工项目"),
    } <= _pairs(tmp_path, SIGNING_TABLE, "signed")
    assert _pairs(tmp_path, SIGNING_TABLE, "signed_with") >= {
        ("阜阳经济技术开发区", "上海鼎辉新能源科技股份有限公司"),
        ("界首市", "上海申联金属材料有限公司"),
    }
    assert not {(head, tail) for head, tail in _pairs(tmp_path, SIGNING_TABLE, "signed_with") if tail == "界首市"}
    assert ("再生铝合金深加工项目", "界首市") in _pairs(tmp_path, SIGNING_TABLE, "located_in")


def test_a_park_with_a_management_committee_of_its_own_is_a_zone(tmp_path: Path) -> None:
    """阜合现代产业园区管委会 makes its park a zone, and 园区党工委, 管委会 after it are its bodies."""
    assert "阜合现代产业园区" in _names(tmp_path, SIGNING_TABLE, "district")
    assert _posts(tmp_path, SIGNING_TABLE)["季鸿儒"] == [
        ("园区党工委书记", "阜合现代产业园区党工委"),
        ("管委会主任", "阜合现代产业园区管委会"),
    ]


COUNTY_ZONE_PAGE = """阜阳日报　2025年4月16日　星期三　第01版　要闻

临泉县在苏州举办推介会

　　本报讯 4月15日，临泉县推介会在苏州市吴江区举行。推介会上，临泉县经济开发区分别与苏州吴江锦润纺织有限公司签约。

颍州区清河街道签约项目开工

　　本报讯 4月10日，在颍州区清河街道，阜阳市星睿包装材料有限公司项目开工建设。
"""


def test_a_zone_named_with_its_county_before_a_generic_ending(tmp_path: Path) -> None:
    """临泉县|经济开发区: a county's zone, its name the county's, where the county is a place too."""
    names = _names(tmp_path, COUNTY_ZONE_PAGE, "district")
    assert "临泉县经济开发区" in names
    assert "经济开发区" not in names


ZONE_PARK_PAGE = """开封日报　2025年4月21日　星期一　第02版　经济

示范区汽车零部件产业园二期开工

本报讯 4月20日，开封城乡一体化示范区（以下简称“示范区”）汽车零部件产业园二期项目开工。产业园一期已入驻赫尔曼精密机械（开封）有限公司（以下简称“赫尔曼开封”）等17家企业。赫尔曼开封由总部位于德国斯图加特的赫尔曼集团投资设立。
"""


def test_a_zone_named_after_city_and_countryside_and_a_group_apart_from_its_subsidiary(tmp_path: Path) -> None:
    """开封城乡一体化示范区: 城乡 no township ending a place; 赫尔曼集团 is the group of the
    subsidiary 赫尔曼精密机械（开封）有限公司, not its short name, and where its seat is is its own."""
    graph = _build_page(tmp_path, ZONE_PARK_PAGE)
    names = {e.name: e for e in graph.entities.values()}
    assert names["开封城乡一体化示范区"].type == "district"
    assert names["赫尔曼集团"].type == "company"
    assert "赫尔曼集团" not in names["赫尔曼精密机械（开封）有限公司"].aliases
    located = _pairs(tmp_path, ZONE_PARK_PAGE, "located_in")
    assert ("赫尔曼集团", "德国") in located
    assert ("赫尔曼精密机械（开封）有限公司", "德国") not in located


DIGEST = """济源日报 2025年12月3日 星期三 第02版 要闻

示范区领导活动

12月1日，示范区党工委书记庞钧岳到克井镇调研重点项目建设。示范区党工委副书记、管委会主任滑振宇，党工委委员、管委会副主任荆晓东陪同。
12月2日，示范区党工委副书记魏红岭到邵原镇检查安全生产工作。
12月2日，示范区党工委、管委会召开重点项目观摩点评会。庞钧岳出席并讲话，滑振宇主持。示范区领导魏红岭、荆晓东参加会议。
12月3日，滑振宇代表济源产城融合示范区党工委、管委会对考察团一行表示欢迎，要求五龙口镇党委副书记、镇长冉佳慧倒排工期。
"""


def test_a_digest_items_meeting_is_called_by_the_bodies_its_item_names(tmp_path: Path) -> None:
    """In a digest of dated items, a meeting past the lead is its item's: its callers (示范区党工委、
    管委会, by the zone's full name the page gives once) are what its people chair and attend."""
    party, committee = "济源产城融合示范区党工委", "济源产城融合示范区管委会"
    assert {("滑振宇", party), ("滑振宇", committee)} <= _pairs(tmp_path, DIGEST, "chaired")
    attended = _pairs(tmp_path, DIGEST, "attended")
    assert {(name, body) for name in ("庞钧岳", "魏红岭", "荆晓东") for body in (party, committee)} <= attended
    assert _posts(tmp_path, DIGEST)["冉佳慧"] == [("五龙口镇党委副书记", "五龙口镇党委"), ("镇长", "五龙口镇政府")]


UNIVERSITY_SIGNING = """郑州日报 2025年9月24日 星期三 第06版 县域经济

巩义市与河南工业大学签署全面战略合作协议

本报讯 9月22日，巩义市人民政府与河南工业大学全面战略合作协议签约仪式在巩义举行。仪式由巩义市人民政府和河南工业大学共同举办。河南工业大学党委书记荀立钧，巩义市委书记应文涛出席签约仪式。巩义市委常委、副市长籍海燕主持签约仪式。其中，河南巩铝新材料科技有限公司与该校材料科学与工程学院签约高强韧铝合金板带材研发及产业化项目。该项目即高强韧铝合金板带材项目。
"""


def test_a_college_of_the_university_named_before_signs_and_co_hosts_are_the_callers(tmp_path: Path) -> None:
    """该校材料科学与工程学院 is the college of the university named before; a long project's name
    keeps 研发及产业化 and is one with its name without it; 由A和B共同举办 makes both the callers."""
    college = "河南工业大学材料科学与工程学院"
    project = "高强韧铝合金板带材研发及产业化项目"
    graph = _build_page(tmp_path, UNIVERSITY_SIGNING)
    names = {e.name: e for e in graph.entities.values()}
    assert college in names and not any(alias.startswith("该") for alias in names[college].aliases)
    assert "高强韧铝合金板带材项目" in names[project].aliases
    assert {("河南巩铝新材料科技有限公司", project), (college, project)} <= _pairs(
        tmp_path, UNIVERSITY_SIGNING, "signed"
    )
    hosts = {"巩义市政府", "河南工业大学"}  # 巩义市人民政府 by the name its posts use
    assert {("籍海燕", host) for host in hosts} <= _pairs(tmp_path, UNIVERSITY_SIGNING, "chaired")
    assert {(name, host) for name in ("荀立钧", "应文涛") for host in hosts} <= _pairs(
        tmp_path, UNIVERSITY_SIGNING, "attended"
    )


FUYANG_DELEGATION = """阜阳日报　2025年4月16日　星期三　第01版　要闻

市党政代表团赴上海苏州招商

本报讯 4月13日，市委书记孟庆霖，市长甄启明率市党政代表团赴上海、苏州开展招商活动，走访企业、洽谈项目、推介阜阳。4月14日，推介会在上海举行。临泉县委书记尚云鹏推介临泉，县委副书记、县长欧阳静主持推介会。市委书记尉迟宏先后来到市委原书记齐怀德、市政协原主席莘春林家中。
"""


def test_places_gone_to_call_no_meeting_and_one_chairs_in_the_clause_of_chu_chi(tmp_path: Path) -> None:
    """赴上海、苏州开展招商活动: 苏州 is gone to, not the caller of a meeting; 主持 is of the person in
    its own clause; a body in the post of the person visited (市委原书记齐怀德) is not visited, nor a
    place another act listed after the visit takes (走访企业、推介阜阳)."""
    assert not {pair for pair in _pairs(tmp_path, FUYANG_DELEGATION, "chaired") if pair[0] != "欧阳静"}
    assert not {pair for pair in _pairs(tmp_path, FUYANG_DELEGATION, "attended") if pair[1] == "苏州市"}
    visited = _pairs(tmp_path, FUYANG_DELEGATION, "visited")
    assert not {pair for pair in visited if pair[1] in ("阜阳市", "焦作市委", "阜阳市委", "阜阳市政协")}
    assert ("孟庆霖", "苏州市") in visited


def test_a_country_an_investor_is_from_keeps_an_article_about_its_zone(tmp_path: Path) -> None:
    """德国, 日本 named for where investors are from: the zone article's park and its next phase
    still lie in the zone the article is about."""
    text = ZONE_PARK_PAGE.replace("投资设立。", "投资设立，丸清开封则是日本丸清株式会社的工厂。")
    located = _pairs(tmp_path, text, "located_in")
    assert ("汽车零部件产业园二期项目", "开封城乡一体化示范区") in located


BARE_SIDES = """乡村振兴

本报讯 村里成立了莘县孙庄瓜菜种植专业合作社。当天，合作社与山东润枣食品有限公司签订了合作协议。承留镇南勋村发展香菇产业，南勋村党支部书记邢广仁介绍，村里与济源豫丰食用菌专业合作社签订了菌棒供应协议。南乐县人民检察院与濮阳市生态环境局南乐分局会签《协作意见》。正阳县先进制造业开发区管委会签订投资协议。
"""


def test_sides_written_bare_and_a_co_signed_paper(tmp_path: Path) -> None:
    """合作社与X签订, 村里与X签订: the cooperative and the village named before; A与B会签 is a
    signing (but 管委会签订 is 签订, no 会签); a bare side is no alias."""
    sides = _pairs(tmp_path, BARE_SIDES, "signed_with")
    assert {
        ("莘县孙庄瓜菜种植专业合作社", "山东润枣食品有限公司"),
        ("南勋村", "济源豫丰食用菌专业合作社"),
        ("南乐县人民检察院", "濮阳市生态环境局南乐分局"),
    } <= sides
    names = {e.name: e for e in _build_page(tmp_path, BARE_SIDES).entities.values()}
    assert names["南勋村"].aliases == [] and names["莘县孙庄瓜菜种植专业合作社"].aliases == []


def test_a_person_serving_as_a_bare_post_and_one_of_the_college_named_before(tmp_path: Path) -> None:
    """由种植能手孙德旺任理事长: the post is his, in the cooperative named before; 该学院博士阮佳怡:
    of the college named before."""
    text = (
        "合作社\n\n本报讯 村里成立了莘县孙庄瓜菜种植专业合作社，由种植能手孙德旺任理事长。"
        "郑州大学材料科学与工程学院教授雷振寰带领团队进站，该学院博士阮佳怡将常驻企业开展研发。\n"
    )
    works = _relations(tmp_path, text, "works_for", "role")
    assert ("孙德旺", "莘县孙庄瓜菜种植专业合作社", "理事长") in works
    assert ("阮佳怡", "郑州大学材料科学与工程学院", "博士") in works


def test_a_company_gone_into_in_the_scene_a_clause_or_a_semicolon_sets(tmp_path: Path) -> None:
    """在邵原镇，魏红岭深入X: X lies in the town the clause before sets; so after a semicolon
    (；在王屋镇，她察看了Y)."""
    text = (
        "安全生产\n\n本报讯 魏红岭到邵原镇、王屋镇检查安全生产工作。在邵原镇，魏红岭深入济源鼎岳矿业有限公司井下作业面，"
        "检查通风设施运行情况；在王屋镇，她察看了济源王屋山旅游开发有限公司。\n"
    )
    located = _pairs(tmp_path, text, "located_in")
    assert {("济源鼎岳矿业有限公司", "邵原镇"), ("济源王屋山旅游开发有限公司", "王屋镇")} <= located


def test_an_occupation_before_a_list_goes_with_every_name_a_head_with_the_first(tmp_path: Path) -> None:
    """博士阮佳怡、任泽宇: both are doctors of the university; 院长张明、李华: a body has one head."""
    text = (
        "研究\n\n本报讯 郑州大学博士阮佳怡、任泽宇介绍了研究进展。县人民医院主任医师王敏、赵磊出席，"
        "县中医院院长张明、李华陪同。\n"
    )
    works = _relations(tmp_path, text, "works_for", "role")
    assert {
        ("阮佳怡", "郑州大学", "博士"),
        ("任泽宇", "郑州大学", "博士"),
        ("王敏", "县人民医院", "主任医师"),
        ("赵磊", "县人民医院", "主任医师"),
        ("张明", "县中医院", "院长"),
    } <= works
    assert not {w for w in works if w[0] == "李华"}


def test_a_titled_name_ending_in_xin_before_ren_and_the_post_it_takes(tmp_path: Path) -> None:
    """县委常委龚立新任县委组织部部长: the name is 龚立新 (新任 after a name is rare), and the post he
    takes is his; 由副局长韦国栋任组长: a task force's head is no office."""
    text = "任职\n\n本报讯 县委常委龚立新任县委组织部部长。县委常委张明担任县委宣传部部长。由副局长韦国栋任组长。\n"
    posts = _relations(tmp_path, text, "holds_post", "post")
    assert {("龚立新", "县委组织部", "县委组织部部长"), ("张明", "县委宣传部", "县委宣传部部长")} <= posts
    assert not {p for p in posts if p[0] == "龚立" or p[2].endswith("组长")}


def test_the_proposers_of_a_proposal_are_members_of_the_articles_cppcc(tmp_path: Path) -> None:
    """提案人：苗卫东、程素芬: a proposal is a CPPCC member's, of the county the article is about."""
    text = (
        "提案\n\n本报讯 郸城县政协召开重点提案交办会。"
        "1.《关于加快县城老旧供水管网改造的建议》，提案人：苗卫东、程素芬；承办单位：县水利局。\n"
    )
    posts = _relations(tmp_path, text, "holds_post", "post")
    assert {("苗卫东", "郸城县政协", "县政协委员"), ("程素芬", "郸城县政协", "县政协委员")} <= posts


def test_posts_set_off_by_commas_after_the_name_a_sentence_opens_with(tmp_path: Path) -> None:
    """闫书瑶，郏县人民法院党组成员、民二庭庭长，一级法官。: her posts; 王强，张伟，李明: no posts."""
    text = (
        "法官\n\n本报讯 “有话慢慢说。”闫书瑶，郏县人民法院党组成员、民二庭庭长，一级法官。"
        "王立军，县委书记，他说要加快发展。王强，张伟，李明都来了。\n"
    )
    posts = _relations(tmp_path, text, "holds_post", "post")
    assert {("闫书瑶", "郏县人民法院", "民二庭庭长"), ("王立军", "郏县委", "县委书记")} <= posts
    assert not {p for p in posts if p[0] in ("王强", "张伟", "李明")}


CPPCC_PROPOSALS = """新乡日报 2025年7月16日 星期三 第07版 政协之窗

重点提案

本报讯 新乡市政协召开重点提案办理协商会。该工作室今年3月揭牌，由市政协副主席米红霞揭牌。
提案人：蓝秀芝（市政协委员，新乡医学院第一附属医院主任医师）、俞晓明（市政协委员，东街社区卫生服务中心主任）
提案人：阙建国（市政协委员，新乡丰源食品有限公司董事长）
十多名居民与市政协委员、新乡学院教授邝丽珺聊起了停车难问题。4所新建学校同步开学。
"""


def test_proposers_posts_in_brackets_members_who_teach_and_a_city_named_college(tmp_path: Path) -> None:
    """A bracket's posts are parted by commas and replace the proposer's default; 政协委员 is of the
    CPPCC named last (市政协: 新乡市政协); 市政协委员、新乡学院教授邝丽珺 is a member who works at the
    college (新乡学院, though 新 and 乡 are generic stems; not 新建学校); 米红霞|揭牌, a rarer verb."""
    graph = _build_page(tmp_path, CPPCC_PROPOSALS)
    names = {e.id: e.name for e in graph.entities.values()}
    facts = {
        (names.get(r.head), r.relation, names.get(r.tail), r.attrs.get("post") or r.attrs.get("role"))
        for r in graph.relations
        if r.relation in ("holds_post", "works_for")
    }
    assert {
        ("米红霞", "holds_post", "新乡市政协", "市政协副主席"),
        ("蓝秀芝", "holds_post", "新乡市政协", "市政协委员"),
        ("蓝秀芝", "works_for", "新乡医学院第一附属医院", "主任医师"),
        ("阙建国", "holds_post", "新乡市政协", "市政协委员"),
        ("阙建国", "works_for", "新乡丰源食品有限公司", "董事长"),
        ("邝丽珺", "holds_post", "新乡市政协", "市政协委员"),
        ("邝丽珺", "works_for", "新乡学院", "教授"),
    } <= facts
    assert not {n for n in names.values() if n and ("，" in n or n == "新建学校")}


def test_rows_of_an_honours_list_with_the_sex_and_a_compound_surname(tmp_path: Path) -> None:
    """庹晓燕（女，许昌市发展和改革委员会副主任）: the posts after the sex are hers; 司马启航（…）: a
    row of four characters, the name of a compound surname."""
    text = (
        "表彰\n\n本报讯 二、先进个人（12名）\n　　郦卫东（禹州市委常委、常务副市长）\n"
        "　　庹晓燕（女，许昌市发展和改革委员会副主任）\n"
        "　　司马启航（许昌经济技术开发区管理委员会副主任）\n"
    )
    posts = _relations(tmp_path, text, "holds_post", "post")
    assert {p[:2] for p in posts} == {
        ("郦卫东", "禹州市委"),
        ("郦卫东", "禹州市政府"),
        ("庹晓燕", "许昌市发展和改革委员会"),
        ("司马启航", "许昌经济技术开发区管理委员会"),
    }


def test_a_dotted_name_ends_before_a_common_verb_or_yi(tmp_path: Path) -> None:
    """斯琴·毕力格|汇报说, 古丽米拉·阿不力孜|推介, 买合木提·吐尔逊|一家: the verb and 一 are no part of the name."""
    text = (
        "调研\n\n本报讯 图克镇党委书记斯琴·毕力格汇报说，嘎查收入增长。"
        "伊州区委常委、宣传部部长古丽米拉·阿不力孜推介伊州。村民买合木提·吐尔逊一家年收入超10万元。\n"
    )
    graph = _build_page(tmp_path, text)
    names = {e.name for e in graph.entities.values() if e.type in ("official", "person")}
    assert {"斯琴·毕力格", "古丽米拉·阿不力孜", "买合木提·吐尔逊"} <= names
    assert not {n for n in names if n.endswith(("汇报", "推介", "一")) or n == "古丽"}


def test_numbered_cases_of_a_notice_with_the_former_posts_after_the_name(tmp_path: Path) -> None:
    """1.郑国立，稍岗镇原副镇长，违规…: a row's number, the name, then posts held before."""
    text = (
        "通报\n\n本报讯 虞城县纪委监委通报典型案例。1.郑国立，稍岗镇原副镇长，违规插手工程项目问题。"
        "3.申东亮，县医疗保障局原党组成员、副局长，违规收受礼金问题。\n"
    )
    held = _relations(tmp_path, text, "held_post", "post")
    assert {("郑国立", "稍岗镇政府", "副镇长"), ("申东亮", "虞城县医疗保障局", "副局长")} <= held


TOUR = """重点项目观摩

本报讯 4月20日，全市重点项目建设观摩活动举行。市委书记宗立恒带领观摩团，深入唐河县、社旗县，实地观摩重点项目。
在唐河县源潭镇，唐河县委副书记、县长娄晓光介绍了项目进展。唐河县委书记冼东升陪同观摩。
社旗县的“赊店老街文旅提升项目”今年将完成一期改造。县长苑海涛介绍，项目总投资3.5亿元。县委书记侯瑞峰陪同观摩。
唐河县委书记冼东升表示，县长娄晓光将抓好落实。
"""


def test_a_tours_stop_makes_the_rest_of_its_paragraph_that_countys(tmp_path: Path) -> None:
    """社旗县的…。县长苑海涛介绍: a paragraph opening at a stop of a tour of several counties is that
    county's (not 唐河县, the county the article names most), until the paragraph ends."""
    posts = {p[:2] for p in _relations(tmp_path, TOUR, "holds_post", "post")}
    assert {("苑海涛", "社旗县政府"), ("侯瑞峰", "社旗县委"), ("娄晓光", "唐河县政府")} <= posts
    assert not {p for p in posts if p[0] in ("苑海涛", "侯瑞峰") and p[1].startswith("唐河")}


def test_a_chambers_officer_works_there_with_the_title_alone_as_role(tmp_path: Path) -> None:
    """许昌市浙江商会秘书长祁晓岚: a chamber's 秘书长 is no official's post; the role is 秘书长, not
    浙江商会秘书长 (the title written with the end of the body's name)."""
    text = "商会\n\n本报讯 许昌市浙江商会秘书长祁晓岚介绍，商会今年将组织会员企业赴温州考察。\n"
    assert _relations(tmp_path, text, "works_for", "role") == {("祁晓岚", "许昌市浙江商会", "秘书长")}
    assert not _relations(tmp_path, text, "holds_post")


BANNER = """鄂尔多斯日报 2025年7月15日 星期二 第03版 旗区新闻

宝音·德力格尔到图克镇调研

本报讯 7月12日，乌审旗委书记宝音·德力格尔深入图克镇，察看巴音希里嘎查集体经济情况。旗委副书记、旗长刘振川陪同调研。
副旗长乔美荣出席。刘振川强调，各苏木镇、各部门要把项目建设摆在突出位置。
盛夏时节，鄂托克旗苏米图苏木查干淖尔嘎查的草场上，羊群正在吃草。苏米图苏木党委书记白玉璋说，嘎查党支部书记巴特尔带头致富。
"""


def test_banners_sumu_and_gacha_of_inner_mongolia(tmp_path: Path) -> None:
    """旗 is a county (旗委, 旗长: 乌审旗委, 乌审旗政府), 苏木 a township and 嘎查 a village, each
    with its parent; 各苏木镇 (sumu and towns) is no place; 宝音·德力格尔, though 宝音 is a word."""
    graph = _build_page(tmp_path, BANNER)
    names = {e.id: e.name for e in graph.entities.values()}
    facts = {
        (names.get(r.head), r.relation, names.get(r.tail))
        for r in graph.relations
        if r.relation in ("holds_post", "part_of")
    }
    assert {
        ("宝音·德力格尔", "holds_post", "乌审旗委"),
        ("刘振川", "holds_post", "乌审旗委"),
        ("刘振川", "holds_post", "乌审旗政府"),
        ("乔美荣", "holds_post", "乌审旗政府"),
        ("白玉璋", "holds_post", "苏米图苏木党委"),
        ("巴音希里嘎查", "part_of", "图克镇"),
        ("苏米图苏木", "part_of", "鄂托克旗"),
        ("查干淖尔嘎查", "part_of", "苏米图苏木"),
    } <= facts
    assert "苏木镇" not in names.values()


def test_a_yearly_rate_opens_a_projects_name_and_counts_or_kinds_name_none(tmp_path: Path) -> None:
    """40万吨/年煤制烯烃项目: the rate is the project's; 一天看三个项目, 下一步项目, 花木产业项目,
    煤化工项目: a count, a time, kinds, no project by name."""
    text = (
        "项目\n\n本报讯 在内蒙古图克煤化新材料有限公司（以下简称“图克煤化”）40万吨/年煤制烯烃项目施工现场。"
        "煤化工项目是全旗产业转型的“压舱石”。一天看三个项目要跑五百公里。研究部署下一步项目建设工作。"
        "鄢陵县签约4个花木产业项目。考察德资企业和食品装备产业项目。\n"
    )
    graph = _build_page(tmp_path, text)
    projects = {e.name for e in graph.entities.values() if e.type == "project"}
    assert projects == {"40万吨/年煤制烯烃项目"}


def test_the_post_held_then_before_the_name_with_de(tmp_path: Path) -> None:
    """时任郑州市金水区发展和改革委员会主任的许卫明: a post held before, in the bureau (not 时任郑州市…)."""
    text = "援疆\n\n本报讯 2023年2月，时任郑州市金水区发展和改革委员会主任的许卫明，挂职任伊州区委常委。\n"
    held = _relations(tmp_path, text, "held_post", "post")
    assert {(h[0], h[1]) for h in held} == {("许卫明", "金水区发展和改革委员会")}


def test_a_name_of_no_known_surname_listed_between_two_names(tmp_path: Path) -> None:
    """副旗长乔美荣、朝鲁门、邵建军: 朝鲁门 (a Mongolian name) between two names shares the title;
    副县长王强、县委办公室、李明: a body between names is none."""
    text = "会议\n\n本报讯 乌审旗召开会议。副旗长乔美荣、朝鲁门、邵建军出席。副县长王强、县委办公室、李明参加。\n"
    graph = _build_page(tmp_path, text)
    officials = {e.name for e in graph.entities.values() if e.type == "official"}
    assert {"乔美荣", "朝鲁门", "邵建军", "王强"} <= officials
    assert "县委办公室" not in officials


CHAMBERS = """商会

本报讯 许昌市浙江商会召开年会，河南省浙江商会发来贺信。会议增补许昌瑞安智能装备有限公司董事长叶承志、河南东阳红木家居有限公司董事长吕婉清为商会副会长。

福建商会成立

本报讯 禹州市福建商会成立大会召开。禹州市闽兴钧瓷文化有限公司董事长林国栋当选会长，许昌闽通物流有限公司总经理陈嘉怡等5人当选副会长。

援疆

本报讯 援疆教师闫思蕊挂职任伊州区郑哈实验学校副校长。云南滇越通国际物流有限公司总经理刀志强介绍，公司已开通跨境班列。
"""


def test_officers_chosen_in_a_chamber_and_a_post_taken_with_its_body(tmp_path: Path) -> None:
    """增补A、B为商会副会长, X当选会长, X等5人当选副会长: officers of the chamber the article names
    most (not the guest 河南省浙江商会); 挂职任伊州区郑哈实验学校副校长: the school's post; 刀 a surname
    (of the Dai) after a title."""
    works = _relations(tmp_path, CHAMBERS, "works_for", "role")
    assert {
        ("叶承志", "许昌市浙江商会", "副会长"),
        ("吕婉清", "许昌市浙江商会", "副会长"),
        ("林国栋", "禹州市福建商会", "会长"),
        ("陈嘉怡", "禹州市福建商会", "副会长"),
        ("闫思蕊", "伊州区郑哈实验学校", "副校长"),
        ("刀志强", "云南滇越通国际物流有限公司", "总经理"),
    } <= works
    assert not {w for w in works if w[1] == "河南省浙江商会"}


TOUR_STOP_SITES = """重点项目观摩

本报讯 4月16日，全市重点项目观摩活动举行。市委书记郜振霆带领观摩团，深入夏邑县、柘城县，现场察看项目进度。
在夏邑县会亭镇，河南恒翔家居有限公司智能家居产业园项目一期5栋标准化厂房主体已经封顶。
在柘城县起台镇的麦田里，收割机正在作业。
"""


def test_a_tours_stop_opening_a_sentence_and_the_work_it_is_shown_are_visited(tmp_path: Path) -> None:
    """在夏邑县会亭镇，X项目…已经封顶: in a tour's article, its leader visited the town and the work the
    clause after it starts with; 在起台镇的麦田里，: a scene, no stop."""
    visits = _pairs(tmp_path, TOUR_STOP_SITES, "visited")
    assert {("郜振霆", "会亭镇"), ("郜振霆", "河南恒翔家居有限公司智能家居产业园项目")} <= visits
    assert ("郜振霆", "起台镇") not in visits


def test_two_works_joined_in_one_projects_name_and_bodies_of_rescue_and_funerals(tmp_path: Path) -> None:
    """医用敷料及防护用品生产基地项目: one project (not 防护用品生产基地项目); 参与|项目,
    X项目及Y项目: no join; 卢氏县蓝天救援队 and 通许县殡仪馆 are bodies of their county (not 救援队伍)."""
    text = (
        "项目\n\n本报讯 湖北康佑医疗用品有限公司投资建设医用敷料及防护用品生产基地项目。"
        "当地群众参与项目建设。卢氏县蓝天救援队参加演练，完善应急救援队伍。告别仪式在通许县殡仪馆举行。\n"
    )
    graph = _build_page(tmp_path, text)
    names = {e.name: e.type for e in graph.entities.values()}
    assert names.get("医用敷料及防护用品生产基地项目") == "project"
    assert "防护用品生产基地项目" not in names and "当地群众参与项目" not in names
    assert names.get("卢氏县蓝天救援队") == "organization" and names.get("通许县殡仪馆") == "organization"
    assert not {n for n in names if n.endswith("救援队伍") or n == "应急救援队"}
    located = _pairs(tmp_path, text, "located_in")
    assert {("卢氏县蓝天救援队", "卢氏县"), ("通许县殡仪馆", "通许县")} <= located


def test_a_rare_verb_after_a_place_is_a_brand_and_ren_before_a_place_is_no_bodys(tmp_path: Path) -> None:
    """许昌远航电力工程有限公司 (远航 a brand, not 电力工程有限公司); 聊城市共有|…合作社, 在杭州拜访|浙江味源…: no
    brand; 挂职任|伊州区人民医院副院长: 任 is no part of the hospital."""
    text = (
        "表彰\n\n本报讯 授予许昌远航电力工程有限公司称号。聊城市共有农民专业合作社1200家。"
        "县长在杭州拜访浙江味源食品集团有限公司。医生柯文涛挂职任伊州区人民医院副院长。\n"
    )
    graph = _build_page(tmp_path, text)
    names = {e.name for e in graph.entities.values()}
    assert {"许昌远航电力工程有限公司", "浙江味源食品集团有限公司", "伊州区人民医院"} <= names
    assert not {n for n in names if n.startswith(("电力工程", "聊城市共有", "杭州拜访", "任"))}


def test_a_faculty_of_two_fields_right_after_its_college(tmp_path: Path) -> None:
    """许昌学院文学与传媒学院: one faculty of the college (not 传媒学院); 河南大学文学院与新闻学院: two."""
    text = "表彰\n\n本报讯 授予许昌学院文学与传媒学院称号。河南大学文学院与新闻学院合作办学。\n"
    graph = _build_page(tmp_path, text)
    names = {e.name for e in graph.entities.values() if e.type == "organization"}
    assert "许昌学院文学与传媒学院" in names and "传媒学院" not in names
    assert "新闻学院" in names


def test_a_verb_glued_before_a_bodys_place_is_no_part_of_it(tmp_path: Path) -> None:
    """报|许昌市人民检察院检察长提请: the prosecutors' office of 许昌市, not 报许昌市人民检察院."""
    text = "选举\n\n本报讯 选举焦慧琳为县人民检察院检察长，报许昌市人民检察院检察长提请许昌市人大常委会批准。\n"
    graph = _build_page(tmp_path, text)
    names = {e.name for e in graph.entities.values() if e.type == "organization"}
    assert "许昌市人民检察院" in names and "报许昌市人民检察院" not in names


def test_no_person_after_an_introducer_inside_words_or_before_a_common_word(tmp_path: Path) -> None:
    """乡|村民|宿投资: 村民 crosses two words; 熟练工人|招聘难: a common word opens what follows the
    introducer; 村民王建国说: a name."""
    text = (
        "企业\n\n本报讯 山居文旅是一家专注乡村民宿投资运营的企业。企业负责人提出熟练工人招聘难。"
        "村民王建国说，日子越过越好。\n"
    )
    graph = _build_page(tmp_path, text)
    people = {e.name for e in graph.entities.values() if e.type == "person"}
    assert people == {"王建国"}


def test_a_post_held_before_and_the_post_held_now_before_the_name(tmp_path: Path) -> None:
    """曾任泌阳县交通运输局副局长的马谷田镇党委书记黎少东: 马谷田 is the town, 黎少东 held the bureau's post
    and holds the town committee's; 曾任郾城区副区长的钮嘉伟: the name right after 的."""
    text = (
        "征迁\n\n本报讯 曾任泌阳县交通运输局副局长的马谷田镇党委书记黎少东说，镇里组建了征迁工作组。"
        "曾任郾城区副区长的钮嘉伟表示，要抓好落实。\n"
    )
    held = {p[:2] for p in _relations(tmp_path, text, "held_post", "post")}
    holds = {p[:2] for p in _relations(tmp_path, text, "holds_post", "post")}
    assert {("黎少东", "泌阳县交通运输局"), ("钮嘉伟", "郾城区政府")} <= held
    assert ("黎少东", "马谷田镇党委") in holds
    assert not {p for p in held | holds if p[0] == "马谷田"}


def test_a_name_ending_in_he_before_jianyi_or_xianhou(tmp_path: Path) -> None:
    """董事长暴庆和建议, 局长苗景和先后3次到: 和 is the name's last character."""
    text = "建议\n\n本报讯 开封恒润空分设备有限公司董事长暴庆和建议加大支持。市生态环境局局长苗景和先后3次到杨树沟村调研。\n"
    graph = _build_page(tmp_path, text)
    names = {e.name for e in graph.entities.values() if e.type in ("person", "official")}
    assert {"暴庆和", "苗景和"} <= names
    assert not {"暴庆", "苗景"} & names


def test_a_visitor_who_looked_at_one_thing_walks_into_the_next_and_listed_visitors_of_a_kind(
    tmp_path: Path,
) -> None:
    text = (
        "副省长调研果业\n\n本报讯 9月17日，副省长郇明远到我市调研。在灵宝市焦村镇罗家村，郇明远实地查看苹果矮砧密植示范园，"
        "走进灵宝市金苑果业有限公司冷链分拣中心，了解苹果产销情况。"
        "签约前，商丘师范学院副校长霍建民、河南工程学院副校长柯雅琴一行走访了河南永盛纺织科技有限公司。\n"
    )
    visited = _pairs(tmp_path, text, "visited")
    # before: 走进 found its visitor only after 来到 (X来到P，走进Y), and a list went on with officials only
    assert {
        ("郇明远", "灵宝市金苑果业有限公司"),
        ("霍建民", "河南永盛纺织科技有限公司"),
        ("柯雅琴", "河南永盛纺织科技有限公司"),
    } <= visited


def test_projects_handled_counted_of_merchants_or_of_a_contest_name_none(tmp_path: Path) -> None:
    """拨付项目资金, 用好项目, 腾出厂房迎模具项目, 一摞项目资料, 浙商项目, 大赛焊工项目: what is done with
    projects, a pile, whose, a contest's event; none is a project's name."""
    text = (
        "项目\n\n本报讯 镇里将用好项目带动。主任卢晓东带着厚厚一摞项目资料。违规向侯集镇刘庄村拨付项目资金12.6万元。"
        "马庄桥镇腾出标准化厂房迎模具项目。推动更多浙商项目落户驻马店。在大赛焊工项目决赛现场。"
        "本届运动会群众项目参赛人数达到900人。郏县投资10亿元建设年产5万吨精密铸件项目。\n"
    )
    projects = _names(tmp_path, text, "project")
    assert projects == {"年产5万吨精密铸件项目"}


def test_two_sides_paired_by_fenbie_and_a_counted_second_side(tmp_path: Path) -> None:
    """A、B已分别与C、D等11家县级医院签订: A with C and B with D; X与Y等10对学校签订: X with Y."""
    text = (
        "结对\n\n本报讯 目前，南阳市第一人民医院、南阳市中心医院已分别与西峡县人民医院、内乡县人民医院等11家县级医院"
        "签订结对帮扶协议。宁波市鄞州区明湖中学与鲁山县琴台中学等10对学校签订结对帮扶协议。\n"
    )
    pairs = _pairs(tmp_path, text, "signed_with")
    assert pairs == {
        ("南阳市第一人民医院", "西峡县人民医院"),
        ("南阳市中心医院", "内乡县人民医院"),
        ("鄞州区明湖中学", "鲁山县琴台中学"),
    }


def test_the_head_of_the_school_or_hospital_gai_points_back_to(tmp_path: Path) -> None:
    """该校校长X, 该院院长Y: the school or hospital named before, even two sentences back (no body 校)."""
    text = (
        "智慧课堂\n\n本报讯 作为首批试点，西平县第二实验小学已建成5G智慧教室4间。“老师在讲台上点一下，答题情况马上就能统计出来。”"
        "该校校长谷雨桐说，智慧课堂让分层教学有了数据支撑。郏县人民医院新院区投用。该院院长李明说，新院区设床位800张。\n"
    )
    works = _relations(tmp_path, text, "works_for", "role")
    assert works == {("谷雨桐", "西平县第二实验小学", "校长"), ("李明", "郏县人民医院", "院长")}
    assert not _names(tmp_path, text, "organization") & {"校", "院"}


def test_jiu_that_opens_a_word_inside_a_bodys_name(tmp_path: Path) -> None:
    """西安秦川理工学院就业指导中心: 就 of 就业, not the adverb (no body 业指导中心)."""
    text = "招聘会\n\n本报讯 西安秦川理工学院就业指导中心教师芦婉清说，学生投了简历。\n"
    names = _names(tmp_path, text, "organization")
    assert "西安秦川理工学院就业指导中心" in names
    assert "业指导中心" not in names


def test_a_municipalitys_paper_names_its_districts_alone(tmp_path: Path) -> None:
    """重庆日报: 渝北区 and 江北区 (which the gazetteer's source lacked) are Chongqing's districts,
    named without 重庆市 before them; with no such masthead, a district of elsewhere needs its city."""
    text = (
        "重庆日报 2025年5月15日 星期四 第03版 区县\n\n物流园开工\n\n"
        "本报讯 5月9日，位于渝北区古路镇的多式联运物流园项目开工。江北区与重庆渝兴物流集团有限公司签约。\n"
    )
    facts = _pairs(tmp_path, text, "part_of")
    assert {("古路镇", "渝北区"), ("渝北区", "重庆市"), ("江北区", "重庆市")} <= facts
    elsewhere = "新闻\n\n本报讯 5月9日，位于沙坪坝区的项目开工。\n"
    assert "沙坪坝区" not in _names(tmp_path, elsewhere, "district")


def test_a_municipalitys_paper_takes_its_own_district_of_a_shared_name_and_its_city_bodies(
    tmp_path: Path,
) -> None:
    """重庆日报: 江北区 is Chongqing's (not Ningbo's, the gazetteer's first), and 市委常委、常务副市长
    are posts of 重庆市委 and 重庆市政府, a municipality being its own city."""
    text = (
        "重庆日报 2025年5月15日 星期四 第03版 区县\n\n调研\n\n"
        "本报讯 5月14日，市委常委、常务副市长晏景舟到江北区调研外贸稳增长工作，走访重庆渝兴物流集团有限公司。\n"
    )
    graph = _build_page(tmp_path, text)
    names = {e.id: e.name for e in graph.entities.values()}
    facts = {(names[r.head], r.relation, names[r.tail]) for r in graph.relations if {r.head, r.tail} <= names.keys()}
    assert {
        ("晏景舟", "holds_post", "重庆市委"),
        ("晏景舟", "holds_post", "重庆市政府"),
        ("江北区", "part_of", "重庆市"),
    } <= facts
    assert "宁波市" not in names.values()


def test_an_ethnic_township_is_named_with_its_peoples(tmp_path: Path) -> None:
    """汤旺朝鲜族乡, 荷花傣族佤族乡: townships named for their peoples (朝鲜 is no country there);
    朝鲜族乡亲 is no township."""
    text = (
        "佳木斯日报 2025年6月5日 星期四 第02版 县域\n\n稻米\n\n"
        "本报讯 汤原县汤旺朝鲜族乡党委书记金成哲介绍，全乡种植水稻3万亩。保山市腾冲市荷花傣族佤族乡也来学习。"
        "他们都是朝鲜族乡亲。\n"
    )
    facts = _pairs(tmp_path, text, "part_of")
    assert {("汤旺朝鲜族乡", "汤原县"), ("荷花傣族佤族乡", "腾冲市")} <= facts
    assert {(head, tail) for head, tail, _ in _relations(tmp_path, text, "holds_post")} & {
        ("金成哲", "汤旺朝鲜族乡党委"),
        ("金成哲", "汤原县汤旺朝鲜族乡党委"),
    }
    assert not any(name.endswith("族乡亲") or name == "朝鲜族乡" for name in _names(tmp_path, text, "district"))


def test_tibetan_names_of_no_surname(tmp_path: Path) -> None:
    """县长扎西次仁, 乡长格桑说, 村民次仁卓玛: names made of Tibetan name parts (name_parts.txt); one
    part only where something ends it (格桑花 is a flower)."""
    text = (
        "援藏\n\n本报讯 日喀则市康马县县委副书记、县长扎西次仁，副县长秦书航参加。南尼乡乡长格桑说，村民次仁卓玛家种青稞。"
        "扎西次仁表示，要加快发展。村里的格桑花开了。\n"
    )
    graph = _build_page(tmp_path, text)
    people = {e.name: e.type for e in graph.entities.values() if e.type in ("official", "person")}
    assert people == {"扎西次仁": "official", "秦书航": "official", "格桑": "official", "次仁卓玛": "person"}
    posts = _relations(tmp_path, text, "holds_post", "post")
    assert {("扎西次仁", "康马县政府", "县长"), ("格桑", "南尼乡政府", "乡长")} <= posts


def test_a_bulleted_list_of_signed_projects_with_their_parties(tmp_path: Path) -> None:
    """◆P　签约方：A、B　投资额：N: each bulleted item is a sentence of its own, its parties sign its
    project and each other; the paragraph after the list is no item's (高端显示模组: 显示 no verb)."""
    text = (
        "签约\n\n本报讯 两江新区集中签约21个项目。部分签约项目如下：\n"
        "　　◆智能网联新能源汽车核心零部件项目　签约方：两江新区管委会、深圳锐驰动力科技有限公司　投资额：45亿元\n"
        "　　◆高端显示模组项目　签约方：两江新区管委会、重庆瀚光光电科技有限公司　投资额：32亿元\n"
        "　　党工委书记蔺晓峰在致辞中表示，两江新区将持续打造内陆开放门户。\n"
    )
    signed = _pairs(tmp_path, text, "signed")
    assert signed == {
        ("两江新区管委会", "智能网联新能源汽车核心零部件项目"),
        ("深圳锐驰动力科技有限公司", "智能网联新能源汽车核心零部件项目"),
        ("两江新区管委会", "高端显示模组项目"),
        ("重庆瀚光光电科技有限公司", "高端显示模组项目"),
    }
    assert _pairs(tmp_path, text, "signed_with") == {
        ("两江新区管委会", "深圳锐驰动力科技有限公司"),
        ("两江新区管委会", "重庆瀚光光电科技有限公司"),
    }


def test_a_signing_whose_first_side_is_left_out_after_a_semicolon(tmp_path: Path) -> None:
    """A与B签约P，总投资42亿元；与C签约Q；与D签约R: A signs with C and D, and signs Q and R."""
    text = (
        "签约\n\n本报讯 其中，洋浦经济开发区管委会与新加坡瑞港能源私人有限公司签约LNG船舶加注中心项目，总投资42亿元；"
        "与德国克劳森化工集团签约特种工程塑料项目，总投资36亿元；与香港泰盈航运有限公司签约泰盈国际船舶管理总部项目。"
        "与会人员参观了展厅。\n"
    )
    sides = _pairs(tmp_path, text, "signed_with")
    assert sides == {
        ("洋浦经济开发区管委会", "新加坡瑞港能源私人有限公司"),
        ("洋浦经济开发区管委会", "德国克劳森化工集团"),
        ("洋浦经济开发区管委会", "香港泰盈航运有限公司"),
    }
    signed = _pairs(tmp_path, text, "signed")
    assert {
        ("洋浦经济开发区管委会", "特种工程塑料项目"),
        ("洋浦经济开发区管委会", "泰盈国际船舶管理总部项目"),
        ("德国克劳森化工集团", "特种工程塑料项目"),
    } <= signed


def test_a_company_named_with_its_county_after_a_town(tmp_path: Path) -> None:
    """陆家镇昆山宏禾精密模具有限公司: the company starts with its city after the town it is in;
    a body or project keeps the town (余集镇柳林冲村党支部, 柳林 though a county's short name)."""
    text = (
        "走访\n\n本报讯 镇长褚云飞走进陆家镇昆山宏禾精密模具有限公司，了解订单情况。"
        "余集镇柳林冲村党支部书记晏子航说，村里新建油茶基地。\n"
    )
    assert "昆山宏禾精密模具有限公司" in _names(tmp_path, text, "company")
    assert ("昆山宏禾精密模具有限公司", "陆家镇") in _pairs(tmp_path, text, "located_in")
    assert "余集镇柳林冲村党支部" in _names(tmp_path, text, "organization")


def test_a_renamed_company_is_one_with_its_former_name_and_state_capital_names(tmp_path: Path) -> None:
    """原A更名为B: one company, B, with A as an alias; 国有资产, 资本 inside names (not 本 "this",
    nor 有 "have")."""
    text = (
        "更名\n\n本报讯 5家子公司同步更名：\n　　原漯河市安居置业有限公司更名为漯河城投置业有限公司；\n"
        "　　原漯河市国有资产经营管理有限公司更名为漯河城投资本运营有限公司。\n"
        "　　临颍县国有资本投资运营集团有限公司揭牌。\n"
    )
    graph = _build_page(tmp_path, text)
    companies = {e.name: set(e.aliases) for e in graph.entities.values() if e.type == "company"}
    assert companies == {
        "漯河城投置业有限公司": {"漯河市安居置业有限公司"},
        "漯河城投资本运营有限公司": {"漯河市国有资产经营管理有限公司"},
        "临颍县国有资本投资运营集团有限公司": set(),
    }


def test_a_town_whose_name_ends_in_a_stop(tmp_path: Path) -> None:
    """乐从镇: 从 before 镇 is the town's, not "from" (and its 党委书记 is of 乐从镇, not the town before)."""
    text = (
        "佛山日报 2025年3月19日 星期三 第A05版 顺德\n\n推介\n\n"
        "本报讯 顺德区均安镇、乐从镇分别签约。乐从镇党委书记卢志铭说，镇里将做好服务。他从镇里出发。\n"
    )
    assert {("乐从镇", "顺德区"), ("均安镇", "顺德区")} <= _pairs(tmp_path, text, "part_of")
    assert ("卢志铭", "乐从镇党委") in _pairs(tmp_path, text, "holds_post")


def test_cities_of_elsewhere_do_not_outweigh_the_county_a_page_is_about(tmp_path: Path) -> None:
    """A story of 昆山 naming 台北、台中、高雄 (cities it is not in): its towns are still 昆山市's."""
    text = (
        "昆山日报 2025年3月18日 星期二 第03版 两岸\n\n青年交流周\n\n"
        "本报讯 昆山市两岸青年交流周在锦溪镇开幕，来自台北、台中、高雄等地的台湾青年参加。"
        "青年们还走访了周市镇、张浦镇。台北市青年代表发言。台中市的青年说，昆山很美。\n"
    )
    assert {("锦溪镇", "昆山市"), ("周市镇", "昆山市"), ("张浦镇", "昆山市")} <= _pairs(tmp_path, text, "part_of")


def test_the_youth_leagues_and_other_parties_committees_are_not_the_places(tmp_path: Path) -> None:
    """共青团昆山市委 is not 昆山市委 (市委常委 is of the latter); 民建市委主委 is of 民建信阳市委员会."""
    text = (
        "新闻\n\n本报讯 苏州市昆山市两岸青年交流周由共青团昆山市委主办。市委常委、昆山开发区党工委书记隋恒毅出席。\n\n"
        "助学\n\n本报讯 民建信阳市委员会在新县开展活动。民建市委主委、市政协副主席栾永胜出席活动。\n"
    )
    posts = _pairs(tmp_path, text, "holds_post")
    assert {("隋恒毅", "昆山市委"), ("栾永胜", "民建信阳市委")} <= posts
    graph = _build_page(tmp_path, text)
    committee = next(e for e in graph.entities.values() if e.name == "民建信阳市委")
    assert "民建信阳市委员会" in committee.aliases


def test_a_dateline_lead_with_the_place_it_was_filed_from(tmp_path: Path) -> None:
    """本报洋浦9月25日电（记者 X 通讯员 Y）, 本报海口9月24日讯（记者 Z）: leads with their bylines, each
    opening its own article."""
    text = (
        "海南日报 2025年9月26日 星期五 第A03版 自贸港\n\n洋浦集中签约15个项目\n\n"
        "　　本报洋浦9月25日电（记者 符雅婷 通讯员 卓俊武）9月25日，洋浦经济开发区重点项目集中签约活动举行。\n\n"
        "江东新区引进总部企业\n\n"
        "　　本报海口9月24日讯（记者 王伟嘉）记者从海口江东新区管理局获悉，新区今年引进总部企业12家。\n"
    )
    reported = _pairs(tmp_path, text, "reported")
    by_name: dict[str, set[str]] = {}
    for name, article in reported:
        by_name.setdefault(name, set()).add(article)
    assert set(by_name) == {"符雅婷", "卓俊武", "王伟嘉"}
    assert by_name["符雅婷"] == by_name["卓俊武"] != by_name["王伟嘉"]


def test_kinds_of_capital_make_no_names(tmp_path: Path) -> None:
    """跨国公司, 台资项目, 外资及港资项目: kinds; 台资企业 before a company's name is no part of it."""
    text = "招商\n\n本报讯 吸引跨国公司入驻。4个台资项目签约，其中外资及港资项目5个。台资企业昆山瑞祥包装材料有限公司扩产。\n"
    graph = _build_page(tmp_path, text)
    names = {(e.type, e.name) for e in graph.entities.values() if e.type in ("company", "project")}
    assert names == {("company", "昆山瑞祥包装材料有限公司")}


def test_a_works_headquarters_named_after_its_road_and_its_bare_posts(tmp_path: Path) -> None:
    """隆回至洞口高速公路建设指挥部: a body (not the road with 建设 cut off); 指挥部指挥长 and 指挥部副指挥长
    are its posts; 均成立了高铁建设指挥部 names none."""
    text = (
        "推进会\n\n本报讯 8月19日,隆回至洞口高速公路建设指挥部在隆回县召开项目建设推进会。副市长、指挥部指挥长雷泽远出席并讲话。"
        "会上,指挥部副指挥长、市交通运输局局长匡立文通报进度。沿线各县均成立了高铁建设指挥部。\n"
    )
    posts = _pairs(tmp_path, text, "holds_post")
    assert {("雷泽远", "隆回至洞口高速公路建设指挥部"), ("匡立文", "隆回至洞口高速公路建设指挥部")} <= posts
    assert ("雷泽远", "隆回至洞口高速公路建设指挥部") in _pairs(tmp_path, text, "attended")
    assert "高铁建设指挥部" not in _names(tmp_path, text, "organization")


def test_a_relative_short_form_declared_and_a_name_before_yi(tmp_path: Path) -> None:
    """（以下简称“市城投集团”）: 市城投集团党委书记 is a post of the group's full name (not of a 漯河市城投集团);
    彭丽已安排: 已 (already) is no part of the name."""
    text = (
        "重组\n\n本报讯 6月16日，漯河市澧水城市投资集团有限公司（以下简称“市城投集团”）召开大会。"
        "市城投集团党委书记、董事长阚立军表示，集团将转型。街道办事处副主任彭丽已安排社区工作人员上门。\n"
    )
    assert ("阚立军", "漯河市澧水城市投资集团有限公司") in _pairs(tmp_path, text, "holds_post")
    assert "漯河市城投集团" not in _names(tmp_path, text, "company")
    assert "彭丽" in _names(tmp_path, text, "official")


def test_a_byline_line_naming_its_medium_opens_a_story(tmp_path: Path) -> None:
    """新重庆-重庆日报记者 向南帆: the reporter of the story under the headline above (the medium no
    journalist); 重庆通过…: a province's short name before a preposition is the place."""
    text = (
        "重庆日报 2025年5月15日 星期四 第03版 区县\n\n两江新区集中签约\n\n　　本报讯（记者 冉婷）5月13日，签约活动举行。\n\n"
        "物流园开工\n\n新重庆-重庆日报记者 向南帆\n\n　　5月9日，物流园项目开工。客商说，看中的是重庆通过陆海新通道连接东盟的优势。\n"
    )
    reported = _pairs(tmp_path, text, "reported")
    assert {name for name, _ in reported} == {"冉婷", "向南帆"}
    assert len({article for _, article in reported}) == 2
    assert "重庆市" in _names(tmp_path, text, "district")


def test_a_project_a_zones_committee_signs_lies_in_the_zone(tmp_path: Path) -> None:
    """◆P　签约方：两江新区管委会、C: P is in 两江新区 (basis "signed"), though the article names
    other places (C's city); a project placed by a sentence keeps that place."""
    text = (
        "签约\n\n本报讯 两江新区集中签约21个项目。部分签约项目如下：\n"
        "　　◆高端显示模组项目　签约方：两江新区管委会、深圳锐驰动力科技有限公司　投资额：32亿元\n"
        "　　◆冷链物流分拨中心项目　签约方：两江新区管委会、北京数衡软件股份有限公司　投资额：6亿元\n"
        "　　冷链物流分拨中心项目位于中牟县官渡镇。\n"
    )
    located = _relations(tmp_path, text, "located_in")
    assert ("高端显示模组项目", "两江新区", "signed") in located
    assert not any(head == "冷链物流分拨中心项目" and tail == "两江新区" for head, tail, _ in located)


def test_a_visiting_delegation_of_condolence_is_led_by_its_head(tmp_path: Path) -> None:
    """X率焦作市慰问团赴…。慰问团先后来到A、B: X visits A and B."""
    text = (
        "援藏\n\n本报讯 7月7日，焦作市人大常委会副主任班振国率焦作市慰问团赴西藏日喀则市康马县，看望慰问援藏干部。"
        "慰问团先后来到康马县人民医院、康马县中学，详细了解援藏资金使用情况。\n"
    )
    assert {("班振国", "康马县人民医院"), ("班振国", "康马县中学")} <= _pairs(tmp_path, text, "visited")
