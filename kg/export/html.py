"""Self-contained interactive HTML view of a knowledge graph (vis-network, inlined).

The page works from ``file://`` with no network: vis-network's script and style come
from the installed pyvis package, the page's own script and style from ``assets/``,
and the graph itself is embedded as escaped JSON read with ``JSON.parse``.

Layout: up to ``LARGE_GRAPH`` nodes the browser runs a short seeded force simulation
and then switches physics off; above it the positions are computed here
(:func:`layout_positions`) and the browser does no physics at all, so a page of
thousands of nodes is interactive as soon as it has drawn once.
"""

from __future__ import annotations

import html
import json
import math
import operator
import os
import re
from collections import defaultdict, deque
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.atomic import write_text
from kg.graph import to_networkx
from kg.model import ENTITY_TYPES, RELATION_TYPES, KnowledgeGraph

ASSETS = Path(__file__).with_name("assets")
VIS_VERSION = "vis-9.1.2"
FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif'
NODE_TYPES: tuple[str, ...] = (*ENTITY_TYPES, "article")
CO_MENTIONED = "co_mentioned"
LARGE_GRAPH = 500  # more nodes than this: positions from Python, lighter drawing in the browser
LAYOUTS = ("auto", "browser", "python")
SPACING = 80.0  # ideal distance between neighbours in a Python layout (canvas pixels at zoom 1)

TYPE_STYLES: dict[str, dict[str, str]] = {
    "official": {"color": "#4e79a7", "shape": "dot"},
    "district": {"color": "#59a14f", "shape": "hexagon"},
    "company": {"color": "#f28e2b", "shape": "square"},
    "project": {"color": "#e15759", "shape": "diamond"},
    "organization": {"color": "#76b7b2", "shape": "triangle"},
    "journalist": {"color": "#d4a82a", "shape": "star"},
    "person": {"color": "#b07aa1", "shape": "triangleDown"},
    "article": {"color": "#a39b95", "shape": "dot", "dashed": "1"},
}
FALLBACK_STYLE: dict[str, str] = {"color": "#8c8c8c", "shape": "dot"}

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")
_URL_SCHEME_RE = re.compile(r"(https?:)//", re.IGNORECASE)
_SOURCE_MAP_RE = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_CLOSE_SCRIPT_RE = re.compile(r"</(script)", re.IGNORECASE)


def generate(graph: nx.MultiDiGraph, *, max_nodes: int | None = None, title: str = "kg", layout: str = "auto") -> str:
    """Return the whole page as one HTML string; equal graphs give equal strings.

    ``layout``: ``"browser"`` (vis-network physics, then frozen), ``"python"`` (fixed
    positions from :func:`layout_positions`, no physics), or ``"auto"``: Python above
    ``LARGE_GRAPH`` drawn nodes.
    """
    payload = build_payload(graph, max_nodes=max_nodes, layout=layout)
    return _render_page(payload, title)


def write(
    graph: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    max_nodes: int | None = None,
    title: str = "kg",
    layout: str = "auto",
) -> None:
    """Write the page to ``path`` atomically (temporary file in the same folder, then rename)."""
    write_text(path, generate(graph, max_nodes=max_nodes, title=title, layout=layout))


def build_payload(graph: nx.MultiDiGraph, *, max_nodes: int | None = None, layout: str = "auto") -> dict[str, Any]:
    """The data embedded in the page: kept nodes, the edges among them, styles, counts, layout."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, got {layout!r}")
    degrees = dict(graph.degree())
    kept = select_nodes(graph, max_nodes)
    kept_set = {str(node_id) for node_id in kept}
    nodes = [_node_record(node_id, graph.nodes[node_id], degrees[node_id]) for node_id in kept]
    edges = _edge_records(graph, kept_set)
    large = len(nodes) > LARGE_GRAPH
    mode = "python" if layout == "python" or (layout == "auto" and large) else "browser"
    if mode == "python":
        positions = layout_positions([node["id"] for node in nodes], ((e["from"], e["to"]) for e in edges))
        for node in nodes:
            node["x"], node["y"] = positions[node["id"]]
    return {
        "nodes": nodes,
        "edges": edges,
        "types": _ordered(NODE_TYPES, {node["type"] for node in nodes}),
        "relations": _ordered(RELATION_TYPES, {edge["relation"] for edge in edges}),
        "styles": _styles({node["type"] for node in nodes}),
        "font": FONT_FAMILY,
        "large": large,
        "layout": mode,
        "total": {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()},
        "shown": {"nodes": len(nodes), "edges": len(edges)},
    }


def select_nodes(graph: nx.MultiDiGraph, max_nodes: int | None) -> list[Any]:
    """Node ids to draw, sorted: all, or the ``max_nodes`` of highest degree (ties by id)."""
    if max_nodes is not None and max_nodes < 0:
        raise ValueError(f"max_nodes must be >= 0, got {max_nodes}")
    ids = sorted(graph.nodes, key=str)
    if max_nodes is None or max_nodes >= len(ids):
        return ids
    degrees = dict(graph.degree())
    ranked = sorted(ids, key=lambda node_id: (-degrees[node_id], str(node_id)))
    return sorted(ranked[:max_nodes], key=str)


# ---------- positions computed in Python (large graphs) ----------
#
# Per connected component: pivot MDS (graph distances from a few far-apart pivots,
# projected on their two main axes: the global shape in O(pivots x edges)); then the
# radii are redistributed so that the nodes fill a disc evenly (order of radii and
# angles kept: a force layout of a dense graph would otherwise pile its core up);
# then a few rounds of local forces (repulsion within two spacings, found through a
# grid; attraction along edges) separate coincident nodes and tidy neighbourhoods.
# Components are packed in rows, largest first.
# Only +, -, *, /, sqrt, math.fsum and sorted orders are used: IEEE-exact operations,
# so equal graphs get equal positions on every platform and Python version.

PIVOTS = 24
POWER_ITERATIONS = 60
REFINE_ITERATIONS = 10
SPREAD_FROM = 50  # components at least this big are spread over a disc; smaller ones keep their shape


def layout_positions(node_ids: list[str], pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Deterministic positions (integers, canvas units) for ``node_ids`` joined by ``pairs``."""
    index = {node_id: i for i, node_id in enumerate(node_ids)}
    linked: list[set[int]] = [set() for _ in node_ids]
    for u, v in pairs:
        a, b = index[u], index[v]
        if a != b:
            linked[a].add(b)
            linked[b].add(a)
    neighbours = [sorted(found) for found in linked]
    placed = [(members, *_component_layout(members, neighbours)) for members in _components(neighbours)]
    return _pack(node_ids, placed)


def _components(neighbours: list[list[int]]) -> list[list[int]]:
    seen = [False] * len(neighbours)
    found: list[list[int]] = []
    for start in range(len(neighbours)):
        if seen[start]:
            continue
        seen[start] = True
        members, queue = [start], deque([start])
        while queue:
            for v in neighbours[queue.popleft()]:
                if not seen[v]:
                    seen[v] = True
                    members.append(v)
                    queue.append(v)
        found.append(sorted(members))
    return sorted(found, key=lambda members: (-len(members), members[0]))


def _component_layout(members: list[int], neighbours: list[list[int]]) -> tuple[list[float], list[float]]:
    n = len(members)
    if n <= 2:
        return [SPACING * i for i in range(n)], [0.0] * n
    local = {node: i for i, node in enumerate(members)}
    adjacency = [[local[v] for v in neighbours[node]] for node in members]
    edges = [(i, j) for i, row in enumerate(adjacency) for j in row if i < j]
    xs, ys = _pivot_mds(adjacency)
    if n >= SPREAD_FROM:
        _spread(xs, ys)
    else:
        _scale_edges(xs, ys, edges)
    _refine(xs, ys, edges)
    return xs, ys


def _bfs(adjacency: list[list[int]], source: int) -> list[int]:
    dist = [-1] * len(adjacency)
    dist[source] = 0
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v in adjacency[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def _pivot_mds(adjacency: list[list[int]]) -> tuple[list[float], list[float]]:
    """Classical MDS on the squared graph distances to ``PIVOTS`` far-apart pivots (Brandes & Pich)."""
    n = len(adjacency)
    pivot = max(range(n), key=lambda i: (len(adjacency[i]), -i))
    nearest = [n] * n
    columns: list[list[float]] = []
    for _ in range(min(PIVOTS, n)):
        dist = _bfs(adjacency, pivot)
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
    axes: list[list[float]] = []
    for start in ([1.0 + a for a in range(k)], [float((a * 5) % 7) - 3.0 for a in range(k)]):
        vector = start
        for _ in range(POWER_ITERATIONS):
            vector = [math.fsum(map(operator.mul, row, vector)) for row in gram]
            for axis in axes:
                dot = math.fsum(map(operator.mul, vector, axis))
                vector = [v - dot * a for v, a in zip(vector, axis)]
            norm = math.sqrt(math.fsum(v * v for v in vector))
            if norm == 0:
                break
            vector = [v / norm for v in vector]
        axes.append(vector)
    xs = [math.fsum(map(operator.mul, point, axes[0])) for point in zip(*centred)]
    ys = [math.fsum(map(operator.mul, point, axes[1])) for point in zip(*centred)]
    return xs, ys


def _spread(xs: list[float], ys: list[float]) -> None:
    """Move each point along its ray from the centroid so that the points fill a disc of area n·SPACING² evenly."""
    n = len(xs)
    cx, cy = math.fsum(xs) / n, math.fsum(ys) / n
    radii = [math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) for x, y in zip(xs, ys)]
    radius2 = SPACING * SPACING * n / math.pi
    for rank, i in enumerate(sorted(range(n), key=lambda i: (radii[i], i))):
        target = math.sqrt(radius2 * (rank + 0.5) / n)
        if radii[i] > 0:
            xs[i] = cx + (xs[i] - cx) * target / radii[i]
            ys[i] = cy + (ys[i] - cy) * target / radii[i]
        else:
            xs[i], ys[i] = cx + target, cy


def _scale_edges(xs: list[float], ys: list[float], edges: list[tuple[int, int]]) -> None:
    """Scale so that the median edge is SPACING long."""
    lengths = sorted((xs[i] - xs[j]) * (xs[i] - xs[j]) + (ys[i] - ys[j]) * (ys[i] - ys[j]) for i, j in edges)
    median = math.sqrt(lengths[len(lengths) // 2])
    factor = SPACING / median if median > 0 else 1.0
    for i in range(len(xs)):
        xs[i] *= factor
        ys[i] *= factor


def _refine(xs: list[float], ys: list[float], edges: list[tuple[int, int]]) -> None:
    """Fruchterman-Reingold with grid-limited repulsion and a step cap cooling from SPACING to SPACING/10, in place."""
    n = len(xs)
    k2 = SPACING * SPACING
    cell = 2 * SPACING
    reach2 = cell * cell
    for iteration in range(REFINE_ITERATIONS):
        step = SPACING * (1 - 0.9 * iteration / max(1, REFINE_ITERATIONS - 1))
        fx = [0.0] * n
        fy = [0.0] * n
        grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in range(n):
            grid[(int(xs[i] // cell), int(ys[i] // cell))].append(i)
        for (gx, gy), members in grid.items():
            around = [j for dx, dy in ((1, -1), (1, 0), (1, 1), (0, 1)) for j in grid.get((gx + dx, gy + dy), ())]
            for a, i in enumerate(members):
                xi, yi, sx, sy = xs[i], ys[i], 0.0, 0.0
                for j in members[a + 1 :] + around:
                    dx, dy = xi - xs[j], yi - ys[j]
                    d2 = dx * dx + dy * dy
                    if d2 >= reach2:
                        continue
                    if d2 < 1e-6:  # coincident: push apart along a (never zero) direction fixed by the pair
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
            f = math.sqrt(dx * dx + dy * dy) / SPACING
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


def _pack(node_ids: list[str], placed: list[tuple[list[int], list[float], list[float]]]) -> dict[str, tuple[int, int]]:
    """Shelf-pack the component layouts left to right in rows, in the order given."""
    gap = SPACING
    boxes = [(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)) for _, xs, ys in placed]
    area = math.fsum((w + gap) * (h + gap) for _, _, w, h in boxes)
    row_width = max([math.sqrt(area)] + [w for _, _, w, _ in boxes])
    positions: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for (members, xs, ys), (left, top, w, h) in zip(placed, boxes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, px, py in zip(members, xs, ys):
            positions[node_ids[node]] = (round(x + px - left), round(y + py - top))
        x += w + gap
        row_height = max(row_height, h)
    return positions


def _node_record(node_id: Any, attrs: dict[str, Any], degree: int) -> dict[str, Any]:
    node_type = str(attrs.get("type") or "unknown")
    return {
        "id": str(node_id),
        "type": node_type,
        "label": str(attrs.get("label") or node_id),
        "aliases": _as_list(attrs.get("aliases")),
        "posts": _as_list(attrs.get("posts")),
        "docs": _as_list(attrs.get("docs")),
        "mentions": _as_int(attrs.get("mentions")),
        "code": str(attrs.get("code") or ""),
        "level": str(attrs.get("level") or ""),
        "evidence": _as_list(attrs.get("evidence")),
        "degree": degree,
    }


def _edge_records(graph: nx.MultiDiGraph, kept: set[str]) -> list[dict[str, Any]]:
    raw = sorted(
        (
            (str(u), str(v), str(key), data)
            for u, v, key, data in graph.edges(keys=True, data=True)
            if str(u) in kept and str(v) in kept
        ),
        key=lambda item: item[:3],
    )
    records = [_edge_record(index, u, v, key, data) for index, (u, v, key, data) in enumerate(raw)]
    _assign_curves(records)
    return records


def _edge_record(index: int, u: str, v: str, key: str, data: dict[str, Any]) -> dict[str, Any]:
    attrs = _as_json(data.get("attrs"), {})
    return {
        "id": f"e{index}",
        "from": u,
        "to": v,
        "key": key,
        "relation": str(data.get("relation") or key),
        "weight": max(_as_int(data.get("weight"), 1), 0),
        "attrs": attrs if isinstance(attrs, dict) else {"value": attrs},
        "evidence": _as_list(data.get("evidence")),
    }


def _assign_curves(records: list[dict[str, Any]]) -> None:
    """Spread parallel edges of one node pair onto alternate sides so none hides another."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        groups[_pair(record)].append(record)
    for group in groups.values():
        for index, record in enumerate(group):
            record["curve"] = _curve(index)


def _pair(record: dict[str, Any]) -> tuple[str, str]:
    a, b = record["from"], record["to"]
    return (a, b) if a <= b else (b, a)


def _curve(index: int) -> float:
    """Signed roundness 0, +0.2, -0.2, +0.4, ...; the sign is the side seen from the lower id."""
    if index == 0:
        return 0.0
    step = (index + 1) // 2
    sign = 1 if index % 2 else -1
    return round(sign * min(1.0, 0.2 * step), 3)


def _styles(present: set[str]) -> dict[str, dict[str, str]]:
    return {node_type: TYPE_STYLES.get(node_type, FALLBACK_STYLE) for node_type in sorted(present)}


def _ordered(canonical: tuple[str, ...], present: set[str]) -> list[str]:
    known = [name for name in canonical if name in present]
    return known + sorted(present - set(canonical))


def _as_json(value: Any, default: Any) -> Any:
    if value is None or value == "":
        return default
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _as_list(value: Any) -> list[Any]:
    parsed = _as_json(value, [])
    if isinstance(parsed, list):
        return parsed
    if isinstance(parsed, (set, tuple)):
        return sorted(parsed, key=str)
    return [parsed]


def _as_int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def embed_json(value: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>``, ``&``, U+2028/9, ``://``."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    text = _JSON_ESCAPE_RE.sub(lambda match: _JSON_ESCAPES[match.group()], text)
    return text.replace("://", ":\\/\\/")


def _render_page(payload: dict[str, Any], title: str) -> str:
    vis_js, vis_css = _vis_assets()
    page_css = _safe_style(_read_asset("kg.css"))
    page_js = _safe_script(_read_asset("kg.js"))
    template = _read_asset("page.html")
    replacements = {
        "@@TITLE@@": _escape_text(title),
        "@@SUMMARY@@": _escape_text(_summary(payload)),
        "@@VIS_CSS@@": vis_css,
        "@@PAGE_CSS@@": page_css,
        "@@DATA@@": embed_json(payload),
        "@@VIS_JS@@": vis_js,
        "@@PAGE_JS@@": page_js,
    }
    return re.sub("@@[A-Z_]+@@", lambda match: replacements[match.group()], template)


def _summary(payload: dict[str, Any]) -> str:
    shown, total = payload["shown"], payload["total"]
    text = f"showing {shown['nodes']} of {total['nodes']} nodes · {shown['edges']} edges"
    if shown["edges"] != total["edges"]:
        text += f" (of {total['edges']})"
    return text


def _escape_text(text: str) -> str:
    return html.escape(text, quote=True).replace("/", "&#47;")


def _read_asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _vis_assets() -> tuple[str, str]:
    folder = _pyvis_lib_dir()
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    return _safe_script(_SOURCE_MAP_RE.sub("", js)), _safe_style(css)


def _pyvis_lib_dir() -> Path:
    import pyvis

    return Path(pyvis.__file__).resolve().parent / "templates" / "lib" / VIS_VERSION


def _safe_script(code: str) -> str:
    """Neutralise ``</script`` and ``scheme://`` in inline JS; ``\\/`` is ``/`` in strings, regexes and comments."""
    code = _CLOSE_SCRIPT_RE.sub(r"<\\/\1", code)
    code = _URL_SCHEME_RE.sub(r"\1\\/\\/", code)
    if "<!--" in code:
        raise ValueError("inline script contains '<!--', which would change how HTML parses it")
    return code


def _safe_style(css: str) -> str:
    if re.search(r"</style", css, re.IGNORECASE) or _URL_SCHEME_RE.search(css):
        raise ValueError("inline stylesheet contains '</style' or an http(s) URL")
    return css


PAGE_HIDDEN_RELATIONS = ("co_occurs",)


def write_kg(kg: KnowledgeGraph, path: str | os.PathLike[str], *, max_nodes: int | None = None) -> None:
    """Write the explorer page of a built knowledge graph.

    Article-level co-occurrence is left out of the page (it would bury the sentence
    evidence under one edge per pair of an article); the other exports keep it.
    """
    graph = to_networkx(kg)
    hidden = [
        (u, v, k) for u, v, k, data in graph.edges(keys=True, data=True) if data["relation"] in PAGE_HIDDEN_RELATIONS
    ]
    graph.remove_edges_from(hidden)
    write(graph, path, max_nodes=max_nodes, title="kg · 知识图谱")
