"""The exported page in a real headless Chromium, offline, from file://."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed in this environment")

from kg.export import html  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not at /usr/bin/chromium (apt-get install chromium fonts-noto-cjk)",
)

IMG_XSS = '<img src=x onerror="window.__xss=1">'
SCRIPT_XSS = "<script>window.__xss=1</script>"
DOC = "004_3ffb1123e71c06d5.txt"
HEADLINE = "二七区领导带队赴西安、成都考察招商"
VISIT_SENTENCE = "樊惠林一行考察了河南时事通医疗大数据有限公司。"
FAN = "official/樊惠林"
COMPANY = "company/河南时事通医疗大数据有限公司"
DISTRICT = "district/二七区"


def _node(graph: nx.MultiDiGraph, node_id: str, node_type: str, label: str, **extra: Any) -> None:
    attrs: dict[str, Any] = {
        "type": node_type,
        "label": label,
        "aliases": "[]",
        "posts": "[]",
        "docs": json.dumps([DOC]),
        "mentions": 1,
        "code": "",
        "level": "",
        "evidence": "[]",
    }
    for key, value in extra.items():
        attrs[key] = json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value
    graph.add_node(node_id, **attrs)


def _edge(graph: nx.MultiDiGraph, u: str, v: str, relation: str, sentence: str, weight: int = 1, **attrs: str) -> None:
    evidence = [{"doc": DOC, "article": 0, "headline": HEADLINE, "sentence": sentence, "start": 12, "end": 40}]
    graph.add_edge(
        u,
        v,
        key=relation,
        relation=relation,
        weight=weight,
        evidence=json.dumps(evidence, ensure_ascii=False),
        attrs=json.dumps(attrs, ensure_ascii=False),
    )


def browser_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    posts = [{"title": "区委书记", "organization": "二七区委", "district": "二七区"}]
    _node(graph, FAN, "official", "樊惠林", posts=posts, mentions=6, docs=[DOC, "001_fdb8d20d53532580.txt"])
    _node(graph, DISTRICT, "district", "二七区", aliases=["二七"], code="410103", level="county")
    _node(graph, COMPANY, "company", "河南时事通医疗大数据有限公司", aliases=["时事通公司"])
    _node(graph, "organization/二七区委", "organization", "二七区委")
    _node(graph, "journalist/王文", "journalist", "王文")
    _node(graph, "article/004_3ffb1123e71c06d5.txt#0", "article", HEADLINE)
    _node(graph, "person/img", "person", IMG_XSS, aliases=[SCRIPT_XSS])
    _node(graph, "project/script", "project", SCRIPT_XSS, evidence=[{"doc": DOC, "sentence": IMG_XSS}])
    _edge(graph, FAN, "organization/二七区委", "holds_post", "区委书记樊惠林主持会议。", 2, post="区委书记")
    _edge(graph, FAN, COMPANY, "visited", VISIT_SENTENCE, 3)
    _edge(graph, COMPANY, DISTRICT, "located_in", "该公司位于二七区。")
    _edge(graph, "organization/二七区委", DISTRICT, "part_of", "二七区委。")
    _edge(graph, "journalist/王文", "article/004_3ffb1123e71c06d5.txt#0", "reported", "记者 王文")
    _edge(graph, "article/004_3ffb1123e71c06d5.txt#0", FAN, "about", HEADLINE)
    _edge(graph, FAN, DISTRICT, "co_mentioned", "樊惠林在二七区调研。", 3)
    _edge(graph, "person/img", FAN, "co_mentioned", IMG_XSS + SCRIPT_XSS)
    _edge(graph, "project/script", COMPANY, "signed", SCRIPT_XSS, 1, role=IMG_XSS)
    return graph


@dataclass
class Loaded:
    page: Any
    graph: nx.MultiDiGraph
    blocked: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kg-html") / "graph.html"
    html.write(browser_graph(), path, title="二七区 知识图谱")
    return path


@pytest.fixture
def loaded(browser: Any, page_file: Path) -> Iterator[Loaded]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
    page = context.new_page()
    state = Loaded(page=page, graph=browser_graph())

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url.startswith(("file:", "data:")):
            request_route.continue_()
        else:
            state.blocked.append(url)
            request_route.abort()

    context.route("**/*", route)
    page.on("request", lambda request: state.requested.append(request.url))
    page.on("pageerror", lambda error: state.errors.append(str(error)))
    page.goto(page_file.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=30_000)
    yield state
    assert state.blocked == [], f"the page tried to reach the network: {state.blocked}"
    external = [url for url in state.requested if not url.startswith(("file:", "data:"))]
    assert external == [], f"the page made non-file requests: {external}"
    assert not [url for url in state.requested if url.endswith("/x")], "an <img src=x> from graph data was loaded"
    assert state.errors == [], f"JavaScript errors: {state.errors}"
    assert state.page.evaluate("typeof window.__xss") == "undefined"
    context.close()


def screen_point(page: Any, canvas_point: str) -> dict[str, float]:
    """Page coordinates of a canvas point given as a JS expression over ``net``."""
    return page.evaluate(
        """(expr) => {
            const net = window.kgNetwork;
            const p = new Function("net", "return " + expr)(net);
            const d = net.canvasToDOM(p);
            const r = document.getElementById("kg-graph").getBoundingClientRect();
            return {x: r.left + d.x, y: r.top + d.y, dx: d.x, dy: d.y};
        }""",
        canvas_point,
    )


def node_point(page: Any, node_id: str) -> dict[str, float]:
    return screen_point(page, f"net.getPositions([{json.dumps(node_id)}])[{json.dumps(node_id)}]")


def edge_midpoint(page: Any, u: str, v: str) -> dict[str, float]:
    expr = (
        f"(function(){{const p = net.getPositions([{json.dumps(u)}, {json.dumps(v)}]);"
        f"const a = p[{json.dumps(u)}], b = p[{json.dumps(v)}];"
        "return {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};})()"
    )
    return screen_point(page, expr)


def details_text(page: Any) -> str:
    return page.inner_text("#kg-details")


def test_loads_offline_with_all_items_drawn(loaded: Loaded) -> None:
    counts = loaded.page.evaluate("window.kgCounts")
    assert counts == {"nodes": loaded.graph.number_of_nodes(), "edges": loaded.graph.number_of_edges()}
    assert loaded.page.evaluate("window.kgNetwork.body.data.nodes.length") == counts["nodes"]
    assert loaded.page.evaluate("window.kgNetwork.physics.options.enabled") is False
    header = loaded.page.inner_text("#kg-header")
    assert "二七区 知识图谱" in header
    assert "showing 8 of 8 nodes" in header


@pytest.mark.parametrize(
    ("query", "expected"),
    [("樊惠林", FAN), ("时事通", COMPANY), ("时事通公司", COMPANY), ("二七", DISTRICT)],
)
def test_search_enter_selects_node(loaded: Loaded, query: str, expected: str) -> None:
    page = loaded.page
    page.fill("#kg-search", query)
    page.press("#kg-search", "Enter")
    page.wait_for_function("window.kgNetwork.getSelectedNodes().length === 1")
    assert page.evaluate("window.kgNetwork.getSelectedNodes()") == [expected]
    label = loaded.graph.nodes[expected]["label"]
    assert label in details_text(page)


def test_search_suggestion_click_selects_node(loaded: Loaded) -> None:
    page = loaded.page
    page.click("#kg-search")
    page.keyboard.type("时事通")
    suggestion = page.locator("#kg-suggestions li").first
    suggestion.wait_for(state="visible")
    assert "河南时事通医疗大数据有限公司" in suggestion.inner_text()
    suggestion.click()
    page.wait_for_function("window.kgNetwork.getSelectedNodes().length === 1")
    assert page.evaluate("window.kgNetwork.getSelectedNodes()") == [COMPANY]
    assert page.is_hidden("#kg-suggestions")


def test_click_node_shows_posts_and_sources(loaded: Loaded) -> None:
    page = loaded.page
    point = node_point(page, FAN)
    assert page.evaluate("(p) => window.kgNetwork.getNodeAt({x: p.dx, y: p.dy})", point) == FAN
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function("window.kgNetwork.getSelectedNodes()[0] === 'official/樊惠林'")
    text = details_text(page)
    for expected in ("樊惠林", "official", "区委书记", "二七区委", DOC, "001_fdb8d20d53532580.txt", "6"):
        assert expected in text


def test_click_edge_shows_evidence(loaded: Loaded) -> None:
    page = loaded.page
    point = edge_midpoint(page, FAN, COMPANY)
    assert page.evaluate("(p) => window.kgNetwork.getNodeAt({x: p.dx, y: p.dy})", point) is None
    edge_id = page.evaluate("(p) => window.kgNetwork.getEdgeAt({x: p.dx, y: p.dy})", point)
    assert edge_id is not None, "no edge under the midpoint of 樊惠林 → 时事通"
    ends = page.evaluate("(id) => { const e = window.kgNetwork.body.edges[id]; return [e.fromId, e.toId]; }", edge_id)
    assert ends == [FAN, COMPANY]
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function("window.kgNetwork.getSelectedEdges().length === 1")
    text = details_text(page)
    assert "visited" in text
    assert VISIT_SENTENCE in text
    assert DOC in text
    assert HEADLINE in text


def test_filters_and_weight_slider(loaded: Loaded) -> None:
    page = loaded.page
    total_edges = loaded.graph.number_of_edges()
    page.locator("#kg-relation-filters input[value='co_mentioned']").uncheck()
    assert page.evaluate("window.kgCounts.edges") == total_edges - 2
    page.locator("#kg-relation-filters input[value='co_mentioned']").check()
    page.locator("#kg-type-filters input[value='person']").uncheck()
    assert page.evaluate("window.kgCounts") == {"nodes": 7, "edges": total_edges - 1}
    page.locator("#kg-type-filters input[value='person']").check()
    page.evaluate(
        """() => { const s = document.getElementById("kg-weight");
                   s.value = "2"; s.dispatchEvent(new Event("input", {bubbles: true})); }"""
    )
    assert page.evaluate("window.kgCounts.edges") == total_edges - 1
    assert page.inner_text("#kg-weight-value") == "2"


def test_hostile_labels_are_text(loaded: Loaded) -> None:
    page = loaded.page
    for query, node_id in ((IMG_XSS, "person/img"), (SCRIPT_XSS, "project/script")):
        page.fill("#kg-search", query)
        page.press("#kg-search", "Enter")
        page.wait_for_function(f"window.kgNetwork.getSelectedNodes()[0] === {json.dumps(node_id)}")
        assert query in details_text(page)
        point = node_point(page, node_id)
        page.mouse.move(point["x"], point["y"])
        page.wait_for_timeout(400)
    signed = page.evaluate(
        """() => { const edges = window.kgNetwork.body.edges;
                   return Object.keys(edges).find(id => edges[id].fromId === 'project/script'); }"""
    )
    page.evaluate("(id) => window.kgNetwork.emit('click', {nodes: [], edges: [id]})", signed)
    assert SCRIPT_XSS in details_text(page)
    assert IMG_XSS in details_text(page)
    assert page.evaluate("document.querySelectorAll('#kg-details img, #kg-details script').length") == 0
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_screenshot(loaded: Loaded, tmp_path: Path) -> None:
    page = loaded.page
    page.fill("#kg-search", "樊惠林")
    page.press("#kg-search", "Enter")
    page.wait_for_timeout(600)
    target = tmp_path / "kg.png"
    page.screenshot(path=str(target))
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10_000
