from __future__ import annotations

import json
import math
import operator
import random
import re
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import ExportError
from kg.export import atomic, html

SCRIPT_LABEL = "<script>alert(1)</script>"
DOC = "004_3ffb1123e71c06d5.txt"
HEADLINE = "二七区领导带队赴西安、成都考察招商"


def _evidence(sentence: str) -> str:
    item = {"doc": DOC, "article": 0, "headline": HEADLINE, "sentence": sentence, "start": 5, "end": 9}
    return json.dumps([item], ensure_ascii=False)


def _node(graph: nx.MultiDiGraph, node_id: str, node_type: str, label: str, **extra: object) -> None:
    attrs: dict[str, object] = {
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
    attrs.update(extra)
    graph.add_node(node_id, **attrs)


def _edge(graph: nx.MultiDiGraph, u: str, v: str, relation: str, weight: int, sentence: str, **attrs: str) -> None:
    graph.add_edge(
        u,
        v,
        key=relation,
        relation=relation,
        weight=weight,
        evidence=_evidence(sentence),
        attrs=json.dumps(attrs, ensure_ascii=False),
    )


def small_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    posts = [{"title": "区委书记", "organization": "二七区委", "district": "二七区"}]
    _node(graph, "official/樊惠林", "official", "樊惠林", posts=json.dumps(posts, ensure_ascii=False), mentions=4)
    aliases = json.dumps(["二七"], ensure_ascii=False)
    _node(graph, "district/二七区", "district", "二七区", aliases=aliases, code="410103")
    _node(graph, "company/时事通", "company", "河南时事通医疗大数据有限公司", aliases='["时事通公司"]')
    _node(graph, "person/evil", "person", SCRIPT_LABEL)
    _node(graph, "article/004_3ffb1123e71c06d5.txt#0", "article", HEADLINE)
    _edge(graph, "official/樊惠林", "company/时事通", "visited", 2, "樊惠林一行考察了时事通公司</script><b>")
    _edge(graph, "official/樊惠林", "district/二七区", "co_mentioned", 3, "樊惠林在二七区调研。")
    _edge(graph, "company/时事通", "district/二七区", "located_in", 1, "时事通位于二七区。")
    _edge(graph, "person/evil", "official/樊惠林", "co_mentioned", 1, "see https://example.org & <x>")
    _edge(graph, "article/004_3ffb1123e71c06d5.txt#0", "official/樊惠林", "about", 1, "樊惠林带队。")
    return graph


def embedded_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.DOTALL)
    assert match, "kg-data block missing"
    return json.loads(match.group(1))


def markup_outside_code(page: str) -> str:
    return re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", page, flags=re.DOTALL)


def test_no_external_references() -> None:
    page = html.generate(small_graph())
    assert "http://" not in page
    assert "https://" not in page
    assert not re.search(r"\b(?:src|href|action)\s*=", markup_outside_code(page), re.IGNORECASE)
    css_urls = re.findall(r"url\(\s*[\"']?([a-z]*:?)", "".join(re.findall(r"<style>(.*?)</style>", page, re.DOTALL)))
    assert set(css_urls) <= {"data:"}


def test_vis_network_is_inlined() -> None:
    page = html.generate(small_graph())
    assert "vis-network" in page
    assert "t.Network=" in page
    assert "sourceMappingURL" not in page
    assert len(page) > 400_000


def test_deterministic_and_order_independent() -> None:
    graph = small_graph()
    assert html.generate(graph) == html.generate(graph)
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert html.generate(shuffled) == html.generate(graph)


def test_graph_text_is_escaped() -> None:
    page = html.generate(small_graph(), title="<b>t</b>")
    assert "<script>alert(1)" not in page
    assert "<b>" not in markup_outside_code(page)
    assert "<b>" not in re.search(r'id="kg-data">(.*?)</script>', page, re.DOTALL).group(1)
    assert "&lt;b&gt;t&lt;&#47;b&gt;" in page
    assert page.lower().count("</script") == 3
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    data = embedded_data(page)
    labels = {node["label"] for node in data["nodes"]}
    assert SCRIPT_LABEL in labels
    sentences = {ev["sentence"] for edge in data["edges"] for ev in edge["evidence"]}
    assert "樊惠林一行考察了时事通公司</script><b>" in sentences
    assert "see https://example.org & <x>" in sentences


def test_json_escapes_line_separators() -> None:
    assert html.embed_json({"a": "x\u2028y\u2029<>&"}) == '{"a":"x\\u2028y\\u2029\\u003c\\u003e\\u0026"}'


def test_payload_contents() -> None:
    data = embedded_data(html.generate(small_graph()))
    assert [node["id"] for node in data["nodes"]] == sorted(small_graph().nodes)
    fan = next(node for node in data["nodes"] if node["id"] == "official/樊惠林")
    assert fan["posts"][0]["title"] == "区委书记"
    assert fan["docs"] == [DOC]
    assert fan["mentions"] == 4
    assert fan["degree"] == 4
    assert data["relations"] == ["located_in", "visited", "about", "co_mentioned"]
    visited = next(edge for edge in data["edges"] if edge["relation"] == "visited")
    assert visited["weight"] == 2
    assert visited["evidence"][0]["headline"] == HEADLINE
    assert data["shown"] == {"nodes": 5, "edges": 5}


def test_chinese_font_and_layout_seed() -> None:
    page = html.generate(small_graph())
    assert "Noto Sans CJK SC" in page
    assert "Microsoft YaHei" in page
    assert "randomSeed: 42" in page
    assert "iterations: LARGE ? 50 : 200" in page


def test_max_nodes_trims_and_reports() -> None:
    graph = small_graph()
    page = html.generate(graph, max_nodes=3)
    data = embedded_data(page)
    kept = {node["id"] for node in data["nodes"]}
    assert kept == {"official/樊惠林", "company/时事通", "district/二七区"}
    assert all(edge["from"] in kept and edge["to"] in kept for edge in data["edges"])
    assert len(data["edges"]) == 3
    assert "showing 3 of 5 nodes" in page
    assert "showing 5 of 5 nodes" in html.generate(graph)


def test_max_nodes_ties_broken_by_id() -> None:
    graph = nx.MultiDiGraph()
    for name in ("c", "a", "b"):
        graph.add_node(name, type="person", label=name)
    assert html.select_nodes(graph, 2) == ["a", "b"]
    assert html.select_nodes(graph, 0) == []
    with pytest.raises(ValueError):
        html.select_nodes(graph, -1)


def test_missing_and_odd_attributes() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("x")
    graph.add_node("y", type="official", label="Y", aliases="not json", posts=None)
    graph.add_edge("x", "y", key="co_mentioned")
    data = embedded_data(html.generate(graph))
    assert data["nodes"][0]["type"] == "unknown"
    assert data["nodes"][1]["aliases"] == ["not json"]
    assert data["edges"][0]["relation"] == "co_mentioned"
    assert data["edges"][0]["weight"] == 1


def test_empty_graph() -> None:
    page = html.generate(nx.MultiDiGraph())
    assert "showing 0 of 0 nodes" in page


def test_parallel_edges_get_distinct_curves() -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", key="visited", relation="visited")
    graph.add_edge("a", "b", key="co_mentioned", relation="co_mentioned")
    graph.add_edge("b", "a", key="about", relation="about")
    curves = [edge["curve"] for edge in embedded_data(html.generate(graph))["edges"]]
    assert len(set(curves)) == 3


def test_write_is_atomic_and_clean(tmp_path: Path) -> None:
    target = tmp_path / "graph.html"
    html.write(small_graph(), target, max_nodes=4, title="二七区")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]
    text = target.read_text(encoding="utf-8")
    assert text == html.generate(small_graph(), max_nodes=4, title="二七区")
    assert "showing 4 of 5 nodes" in text
    html.write(small_graph(), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_write_failure_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_replace(src: str, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(ExportError, match="disk full"):
        html.write(small_graph(), tmp_path / "graph.html")
    assert list(tmp_path.iterdir()) == []


def grid_graph(side: int) -> nx.MultiDiGraph:
    """``side`` x ``side`` lattice plus two isolated nodes and a pair, with parallel and self edges."""
    graph = nx.MultiDiGraph()
    for i in range(side):
        for j in range(side):
            _node(graph, f"organization/n{i:02d}{j:02d}", "organization", f"单位{i}-{j}")
    for i in range(side):
        for j in range(side):
            if i + 1 < side:
                _edge(graph, f"organization/n{i:02d}{j:02d}", f"organization/n{i + 1:02d}{j:02d}", "part_of", 1, "s")
            if j + 1 < side:
                _edge(
                    graph, f"organization/n{i:02d}{j:02d}", f"organization/n{i:02d}{j + 1:02d}", "co_mentioned", 2, "s"
                )
    _edge(graph, "organization/n0000", "organization/n0001", "located_in", 1, "parallel")
    _edge(graph, "organization/n0000", "organization/n0000", "co_mentioned", 1, "self")
    for name in ("person/lone", "person/solo", "person/pair-a", "person/pair-b"):
        _node(graph, name, "person", name)
    _edge(graph, "person/pair-a", "person/pair-b", "co_mentioned", 1, "pair")
    return graph


def positions(data: dict) -> dict[str, tuple[int, int]]:
    return {node["id"]: (node["x"], node["y"]) for node in data["nodes"]}


def test_layout_mode_follows_size(monkeypatch: pytest.MonkeyPatch) -> None:
    small = embedded_data(html.generate(small_graph()))
    assert (small["layout"], small["large"]) == ("browser", False)
    assert "x" not in small["nodes"][0]
    forced = embedded_data(html.generate(small_graph(), layout="python"))
    assert (forced["layout"], forced["large"]) == ("python", False)
    assert all(isinstance(node["x"], int) and isinstance(node["y"], int) for node in forced["nodes"])
    monkeypatch.setattr(html, "LARGE_GRAPH", 4)
    large = embedded_data(html.generate(small_graph()))
    assert (large["layout"], large["large"]) == ("python", True)
    assert embedded_data(html.generate(small_graph(), layout="browser"))["layout"] == "browser"
    assert embedded_data(html.generate(small_graph(), max_nodes=4))["layout"] == "browser"
    with pytest.raises(ValueError, match="layout"):
        html.generate(small_graph(), layout="spring")


def test_python_layout_is_deterministic_and_order_independent() -> None:
    graph = grid_graph(9)
    first = positions(embedded_data(html.generate(graph, layout="python")))
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert positions(embedded_data(html.generate(shuffled, layout="python"))) == first
    assert html.generate(shuffled, layout="python") == html.generate(graph, layout="python")


def test_python_layout_places_every_node_apart() -> None:
    graph = grid_graph(9)
    placed = positions(embedded_data(html.generate(graph, layout="python")))
    assert set(placed) == set(graph.nodes)
    assert len(set(placed.values())) == len(placed)
    lattice = [placed[f"organization/n{i:02d}{j:02d}"] for i in range(9) for j in range(9)]
    loners = [placed[name] for name in ("person/lone", "person/solo", "person/pair-a", "person/pair-b")]
    # components are packed apart: no isolated node inside the lattice's bounding box
    left, right = min(x for x, _ in lattice), max(x for x, _ in lattice)
    top, bottom = min(y for _, y in lattice), max(y for _, y in lattice)
    assert not any(left <= x <= right and top <= y <= bottom for x, y in loners)
    # neighbours stay close: lattice edges are far shorter than the lattice is wide
    a, b = placed["organization/n0404"], placed["organization/n0405"]
    assert ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 < (right - left) / 3


def test_layout_positions_spread_a_large_component() -> None:
    ids = [f"n{i:04d}" for i in range(300)]
    pairs = [(ids[i], ids[(i * 7 + 3) % 300]) for i in range(300)] + [(ids[0], ids[i]) for i in range(1, 300, 3)]
    placed = html.layout_positions(ids, pairs)
    assert len(set(placed.values())) == 300
    xs = [x for x, _ in placed.values()]
    ys = [y for _, y in placed.values()]
    side = (300**0.5) * html.SPACING
    # filled like a disc of area n * SPACING**2: neither collapsed nor blown up
    assert side * 0.7 < max(xs) - min(xs) < side * 2.5
    assert side * 0.7 < max(ys) - min(ys) < side * 2.5
    assert html.layout_positions([], []) == {}
    assert html.layout_positions(["a"], [("a", "a")]) == {"a": (0, 0)}


def _without_hidden(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    hidden = [
        (u, v, k)
        for u, v, k, data in graph.edges(keys=True, data=True)
        if data["relation"] in html.PAGE_HIDDEN_RELATIONS
    ]
    graph.remove_edges_from(hidden)
    return graph


@pytest.mark.parametrize("max_nodes", [None, 30])
def test_page_of_a_built_graph_is_the_page_of_its_networkx_graph(seed_graph, tmp_path: Path, max_nodes) -> None:
    from kg.graph import to_networkx

    html.write_kg(seed_graph, tmp_path / "graph.html", max_nodes=max_nodes)
    expected = html.generate(_without_hidden(to_networkx(seed_graph)), max_nodes=max_nodes, title="kg · 知识图谱")
    assert (tmp_path / "graph.html").read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("layout", ["browser", "python"])
def test_data_of_a_built_graph_is_the_payload_of_its_networkx_graph(seed_graph, layout: str) -> None:
    from kg.graph import to_networkx

    data, counts = html.kg_data(seed_graph, layout=layout)
    payload = html.build_payload(_without_hidden(to_networkx(seed_graph)), layout=layout)
    assert "".join(data) == html.embed_json(payload)
    assert counts == {"shown": payload["shown"], "total": payload["total"]}


# The plain loops the Python layout was first written with: the numpy version must give
# the very same positions (same IEEE operations, sums in the same order).
def _reference_bfs(adjacency: list[list[int]], source: int) -> list[int]:
    dist = [-1] * len(adjacency)
    dist[source] = 0
    queue = [source]
    for u in queue:
        for v in adjacency[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def _reference_pivot_mds(adjacency: list[list[int]]) -> tuple[list[float], list[float]]:
    n = len(adjacency)
    pivot = max(range(n), key=lambda i: (len(adjacency[i]), -i))
    nearest = [n] * n
    columns: list[list[float]] = []
    for _ in range(min(html.PIVOTS, n)):
        dist = _reference_bfs(adjacency, pivot)
        columns.append([float(d * d) for d in dist])
        nearest = [min(a, b) for a, b in zip(nearest, dist)]
        pivot = max(range(n), key=lambda i: (nearest[i], -i))
        if nearest[pivot] == 0:
            break
    k = len(columns)
    col_mean = [math.fsum(col) / n for col in columns]
    row_mean = [math.fsum(values) / k for values in zip(*columns)]
    grand = math.fsum(col_mean) / k
    centred = [
        [-0.5 * (value - row - cm + grand) for value, row in zip(col, row_mean)] for col, cm in zip(columns, col_mean)
    ]
    gram = [[math.fsum(map(operator.mul, a, b)) for b in centred] for a in centred]
    axes = html.principal_axes(gram)
    xs = [math.fsum(map(operator.mul, point, axes[0])) for point in zip(*centred)]
    ys = [math.fsum(map(operator.mul, point, axes[1])) for point in zip(*centred)]
    return xs, ys


def _reference_refine(xs: list[float], ys: list[float], edges: list[tuple[int, int]]) -> None:
    n, spacing = len(xs), html.SPACING
    k2, cell = spacing * spacing, 2 * spacing
    reach2 = cell * cell
    for iteration in range(html.REFINE_ITERATIONS):
        step = spacing * (1 - 0.9 * iteration / max(1, html.REFINE_ITERATIONS - 1))
        fx, fy = [0.0] * n, [0.0] * n
        grid: dict[tuple[int, int], list[int]] = {}
        for i in range(n):
            grid.setdefault((int(xs[i] // cell), int(ys[i] // cell)), []).append(i)
        for (gx, gy), members in grid.items():
            around = [j for dx, dy in ((1, -1), (1, 0), (1, 1), (0, 1)) for j in grid.get((gx + dx, gy + dy), ())]
            for a, i in enumerate(members):
                xi, yi, sx, sy = xs[i], ys[i], 0.0, 0.0
                for j in members[a + 1 :] + around:
                    dx, dy = xi - xs[j], yi - ys[j]
                    d2 = dx * dx + dy * dy
                    if d2 >= reach2:
                        continue
                    if d2 < 1e-6:
                        dx = ((i * 7919 + j * 104729) % 97 - 48.5) / 48.5
                        dy = ((i * 104729 + j * 7919) % 89 - 44.5) / 44.5
                        d2 = dx * dx + dy * dy
                    f = k2 / d2 * (1 - d2 / reach2)
                    sx += dx * f
                    sy += dy * f
                    fx[j] -= dx * f
                    fy[j] -= dy * f
                fx[i] += sx
                fy[i] += sy
        for i, j in edges:
            dx, dy = xs[i] - xs[j], ys[i] - ys[j]
            f = math.sqrt(dx * dx + dy * dy) / spacing
            fx[i] -= dx * f
            fy[i] -= dy * f
            fx[j] += dx * f
            fy[j] += dy * f
        for i in range(n):
            length = math.sqrt(fx[i] * fx[i] + fy[i] * fy[i])
            if length > 0:
                move = min(length, step) / length
                xs[i] += fx[i] * move
                ys[i] += fy[i] * move


@pytest.mark.parametrize("seed", range(4))
def test_python_layout_is_the_one_of_plain_loops(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    ids = [f"n{i:04d}" for i in range(400)]
    pairs = [(rng.choice(ids[:300]), rng.choice(ids[:300])) for _ in range(500)]
    pairs += [(ids[300], leaf) for leaf in ids[301:380]]  # a star: its leaves start on one point
    pairs += [(ids[i], ids[i + 1]) for i in range(380, 395)]  # a path, too small to be spread
    fast = html.layout_positions(ids, pairs)
    monkeypatch.setattr(html, "_pivot_mds", _reference_pivot_mds)
    monkeypatch.setattr(html, "_refine", _reference_refine)
    assert html.layout_positions(ids, pairs) == fast
