"""The exported page in a real headless Chromium, offline, from file://."""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed in this environment")

from kg.export import html  # noqa: E402
from kg.model import KnowledgeGraph  # noqa: E402

from .conftest import ROOT  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "docs" / "explorer.png"
SCREENSHOT_MAX_BYTES = 300_000
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


@pytest.fixture(scope="module", params=["small", "large"])
def page_file(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test graph drawn as a small graph (browser physics) and as a large one.

    "large" lowers the size threshold so that the same eight nodes get what a big
    graph gets: positions from Python, no physics, veil highlighting, level of detail.
    """
    path = tmp_path_factory.mktemp(f"kg-html-{request.param}") / "graph.html"
    with pytest.MonkeyPatch.context() as patch:
        if request.param == "large":
            patch.setattr(html, "LARGE_GRAPH", 4)
        html.write(browser_graph(), path, title="二七区 知识图谱")
    return path


def open_page(browser: Any, path: Path, graph: nx.MultiDiGraph) -> tuple[Any, Loaded]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
    page = context.new_page()
    state = Loaded(page=page, graph=graph)

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
    page.goto(path.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=30_000)
    return context, state


def check_clean(state: Loaded) -> None:
    assert state.blocked == [], f"the page tried to reach the network: {state.blocked}"
    external = [url for url in state.requested if not url.startswith(("file:", "data:"))]
    assert external == [], f"the page made non-file requests: {external}"
    assert not [url for url in state.requested if url.endswith("/x")], "an <img src=x> from graph data was loaded"
    assert state.errors == [], f"JavaScript errors: {state.errors}"
    assert state.page.evaluate("typeof window.__xss") == "undefined"


@pytest.fixture
def loaded(browser: Any, page_file: Path) -> Iterator[Loaded]:
    context, state = open_page(browser, page_file, browser_graph())
    yield state
    check_clean(state)
    context.close()


def is_large(page: Any) -> bool:
    return bool(page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).large"))


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


def pixel(page: Any, point: dict[str, float]) -> tuple[int, int, int]:
    """The colour drawn on the graph canvas at a page point."""
    return tuple(
        page.evaluate(
            """(p) => { const c = document.querySelector("#kg-graph canvas");
                       const r = c.getBoundingClientRect(), k = c.width / r.width;
                       const d = c.getContext("2d").getImageData(Math.round((p.x - r.left) * k), Math.round((p.y - r.top) * k), 1, 1).data;
                       return [d[0], d[1], d[2]]; }""",
            point,
        )
    )


def test_selection_dims_the_rest(loaded: Loaded) -> None:
    page = loaded.page
    page.evaluate("window.kgNetwork.moveTo({scale: 1.0, animation: false})")
    page.wait_for_timeout(100)
    other = node_point(page, "journalist/王文")  # not a neighbour of 樊惠林
    before = pixel(page, other)
    assert before == (0xD4, 0xA8, 0x2A), before
    page.evaluate("(id) => window.kgNetwork.emit('click', {nodes: [id], edges: []})", FAN)
    page.wait_for_timeout(100)
    page.evaluate("window.kgNetwork.moveTo({scale: 1.0, animation: false})")
    page.wait_for_timeout(100)
    after = pixel(page, node_point(page, "journalist/王文"))
    assert sum(after) > sum(before) + 150, (before, after)
    assert pixel(page, node_point(page, FAN)) == (0x4E, 0x79, 0xA7)
    page.evaluate("window.kgNetwork.emit('click', {nodes: [], edges: []})")
    page.wait_for_timeout(100)
    assert pixel(page, node_point(page, "journalist/王文")) == before


def test_large_mode_uses_given_positions_and_level_of_detail(loaded: Loaded) -> None:
    page = loaded.page
    if not is_large(page):
        pytest.skip("small graphs are laid out by the browser")
    data = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent)")
    drawn = page.evaluate("window.kgNetwork.getPositions()")
    assert {node["id"]: [node["x"], node["y"]] for node in data["nodes"]} == {
        node_id: [round(p["x"]), round(p["y"])] for node_id, p in drawn.items()
    }
    assert page.evaluate("window.kgNetwork.physics.options.enabled") is False
    details = "[window.kgNetwork.edgesHandler.options.dashes, window.kgNetwork.edgesHandler.options.arrows.to.enabled]"
    page.evaluate("window.kgNetwork.moveTo({scale: 1.0, animation: false})")
    center = screen_point(page, "net.getViewPosition()")
    page.mouse.move(center["x"], center["y"])
    page.mouse.wheel(0, 1)  # a real zoom event
    page.wait_for_timeout(100)
    assert page.evaluate(details) == [True, True]
    for _ in range(12):
        page.mouse.wheel(0, 400)
        page.wait_for_timeout(30)
    page.wait_for_timeout(100)
    assert page.evaluate("window.kgNetwork.getScale()") < 0.3
    assert page.evaluate(details) == [False, False]


def lattice(side: int) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for i in range(side):
        for j in range(side):
            _node(graph, f"organization/n{i:02d}-{j:02d}", "organization", f"单位{i:02d}{j:02d}")
    for i in range(side):
        for j in range(side):
            if i + 1 < side:
                _edge(graph, f"organization/n{i:02d}-{j:02d}", f"organization/n{i + 1:02d}-{j:02d}", "part_of", "s")
            if j + 1 < side:
                _edge(
                    graph, f"organization/n{i:02d}-{j:02d}", f"organization/n{i:02d}-{j + 1:02d}", "co_mentioned", "s"
                )
    return graph


def test_graph_above_the_threshold_opens_without_physics(browser: Any, tmp_path: Path) -> None:
    graph = lattice(25)  # 625 nodes, 1,200 edges
    assert graph.number_of_nodes() > html.LARGE_GRAPH
    path = tmp_path / "graph.html"
    html.write(graph, path)
    context, state = open_page(browser, path, graph)
    page = state.page
    assert page.evaluate("window.kgNetwork.physics.options.enabled") is False
    assert page.evaluate("window.kgCounts") == {"nodes": 625, "edges": 1200}
    page.fill("#kg-search", "单位1212")
    page.press("#kg-search", "Enter")
    page.wait_for_function("window.kgNetwork.getSelectedNodes().length === 1")
    assert page.evaluate("window.kgNetwork.getSelectedNodes()") == ["organization/n12-12"]
    assert "Connections (4)" in details_text(page)
    check_clean(state)
    context.close()


@pytest.mark.skipif(
    os.environ.get("KG_UPDATE_SCREENSHOT") != "1", reason="set KG_UPDATE_SCREENSHOT=1 to rewrite docs/explorer.png"
)
def test_update_readme_screenshot(browser: Any, seed_graph: KnowledgeGraph, tmp_path: Path) -> None:
    """docs/explorer.png: the seed graph at 1280x800, 樊惠林 found by search, details open."""
    path = tmp_path / "graph.html"
    html.write_kg(seed_graph, path)
    context, state = open_page(browser, path, nx.MultiDiGraph())
    page = state.page
    page.fill("#kg-search", "樊惠林")
    page.press("#kg-search", "Enter")
    page.wait_for_function("window.kgNetwork.getSelectedNodes()[0] === 'official/樊惠林'")
    page.wait_for_timeout(800)  # the zoom animation
    page.mouse.move(0, 0)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    SCREENSHOT.write_bytes(palette_png(page, page.screenshot()))
    check_clean(state)
    context.close()
    assert SCREENSHOT.stat().st_size < SCREENSHOT_MAX_BYTES


# The browser's truecolour PNG of the page is ~450 KB; the same picture in 256
# colours (the UI's flat colours; anti-aliasing mapped to the nearest) is a fraction
# of that and looks the same.
QUANTIZE = """async (b64) => {
  const img = new Image();
  img.src = "data:image/png;base64," + b64;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  const px = ctx.getImageData(0, 0, img.width, img.height).data;
  const counts = new Map();
  for (let i = 0; i < px.length; i += 4) {
    const c = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
    counts.set(c, (counts.get(c) || 0) + 1);
  }
  const distance = (p, r, g, b) => {
    const dr = (p >> 16) - r, dg = ((p >> 8) & 255) - g, db = (p & 255) - b;
    return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
  };
  // commonest first, but skipping near-duplicates, so that rare distinct colours
  // (the legend's swatches) still get an entry; the rest fills up what is left
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map((e) => e[0]);
  const palette = [];
  for (const c of ranked) {
    if (palette.length === 256) break;
    if (palette.every((p) => distance(p, c >> 16, (c >> 8) & 255, c & 255) > 600)) palette.push(c);
  }
  const chosen = new Set(palette);
  for (const c of ranked) {
    if (palette.length === 256) break;
    if (!chosen.has(c)) palette.push(c);
  }
  const nearest = new Map(palette.map((c, i) => [c, i]));
  const index = new Uint8Array(px.length / 4);
  for (let i = 0, j = 0; i < px.length; i += 4, j++) {
    const c = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
    let k = nearest.get(c);
    if (k === undefined) {
      let best = Infinity;
      palette.forEach((p, n) => {
        const d = distance(p, px[i], px[i + 1], px[i + 2]);
        if (d < best) { best = d; k = n; }
      });
      nearest.set(c, k);
    }
    index[j] = k;
  }
  let bin = "";
  for (let i = 0; i < index.length; i += 0x8000) bin += String.fromCharCode.apply(null, index.subarray(i, i + 0x8000));
  return { width: img.width, height: img.height, palette: palette, index: btoa(bin) };
}"""


def palette_png(page: Any, screenshot: bytes) -> bytes:
    """``screenshot`` as an 8-bit palette PNG (quantized in the page, encoded here)."""
    image = page.evaluate(QUANTIZE, base64.b64encode(screenshot).decode("ascii"))
    width, height = image["width"], image["height"]
    index = base64.b64decode(image["index"])
    rows = b"".join(b"\x00" + index[y * width : (y + 1) * width] for y in range(height))
    palette = b"".join(struct.pack(">I", colour)[1:] for colour in image["palette"])

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"PLTE", palette)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def test_a_post_held_before_reads_with_yuan(browser: Any, tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    post = {"title": "城市管理局副局长", "organization": "郑州市城市管理局", "district": "郑州市", "former": True}
    _node(graph, "official/赵志刚", "official", "赵志刚", posts=json.dumps([post], ensure_ascii=False))
    path = tmp_path / "graph.html"
    html.write(graph, path)
    context, state = open_page(browser, path, graph)
    page = state.page
    page.fill("#kg-search", "赵志刚")
    page.press("#kg-search", "Enter")
    page.wait_for_function("window.kgNetwork.getSelectedNodes().length === 1")
    assert "原城市管理局副局长 — 郑州市城市管理局 · 郑州市" in details_text(page)
    check_clean(state)
    context.close()
