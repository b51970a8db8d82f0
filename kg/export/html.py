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

import heapq
import html
import itertools
import json
import math
import operator
import os
import re
import tempfile
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring as _json_string  # json.dumps's, with ensure_ascii=False
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from kg.export.atomic import open_atomic, write_text
from kg.graph import EvidenceList, dumps, post_json
from kg.model import ENTITY_TYPES, RELATION_TYPES, ArticleRecord, Entity, KnowledgeGraph, Relation

if TYPE_CHECKING:
    import networkx as nx

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
    _check_layout(layout)
    degrees = dict(graph.degree())
    kept = select_nodes(graph, max_nodes)
    kept_set = {str(node_id) for node_id in kept}
    nodes = [_node_record(node_id, graph.nodes[node_id], degrees[node_id]) for node_id in kept]
    edges = _edge_records(graph, kept_set)
    return _payload(nodes, edges, layout, graph.number_of_nodes(), graph.number_of_edges())


def _check_layout(layout: str) -> None:
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, got {layout!r}")


def _payload(
    nodes: list[dict[str, Any]], edges: list[dict[str, Any]], layout: str, total_nodes: int, total_edges: int
) -> dict[str, Any]:
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
        "total": {"nodes": total_nodes, "edges": total_edges},
        "shown": {"nodes": len(nodes), "edges": len(edges)},
    }


def select_nodes(graph: nx.MultiDiGraph, max_nodes: int | None) -> list[Any]:
    """Node ids to draw, sorted: all, or the ``max_nodes`` of highest degree (ties by id)."""
    degrees = dict(graph.degree())
    return _select(graph.nodes, len(degrees), degrees.__getitem__, max_nodes)


def _select(node_ids: Iterable[Any], total: int, degree: Callable[[Any], int], max_nodes: int | None) -> list[Any]:
    """The ``max_nodes`` of the ``total`` nodes with the highest degree (ties by id), sorted by id.

    ``heapq.nsmallest`` keeps only ``max_nodes`` keys, where a full sort of a large
    archive's 1.4 million nodes held a key for every one of them (about 100 MB).
    """
    if max_nodes is not None and max_nodes < 0:
        raise ValueError(f"max_nodes must be >= 0, got {max_nodes}")
    if max_nodes is None or max_nodes >= total:
        return sorted(node_ids, key=str)
    return sorted(heapq.nsmallest(max_nodes, node_ids, key=lambda node_id: (-degree(node_id), str(node_id))), key=str)


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
# so equal graphs get equal positions on every platform and Python version. numpy does
# the element-wise arithmetic; every sum is either math.fsum (exactly rounded) or a
# numpy.bincount, which adds its weights one at a time in the order given, the order a
# plain loop would add them in.

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


def _distances(adjacency: list[list[int]]) -> Callable[[int], np.ndarray]:
    """Breadth-first distances from a source, a level at a time on arrays (-1: unreachable)."""
    sizes = np.array([len(row) for row in adjacency], dtype=np.int64)
    starts = np.cumsum(sizes) - sizes
    flat = np.array([v for row in adjacency for v in row], dtype=np.int64)

    def from_source(source: int) -> np.ndarray:
        dist = np.full(len(adjacency), -1, dtype=np.int64)
        dist[source] = 0
        frontier = np.array([source], dtype=np.int64)
        level = 0
        while len(frontier):
            level += 1
            counts = sizes[frontier]
            offsets = np.cumsum(counts) - counts
            reached = flat[np.repeat(starts[frontier] - offsets, counts) + np.arange(int(counts.sum()))]
            frontier = np.unique(reached[dist[reached] < 0])
            dist[frontier] = level
        return dist

    return from_source


def principal_axes(gram: list[list[float]]) -> list[list[float]]:
    """The two leading eigenvectors of ``gram`` by power iteration from fixed starts,
    with exactly rounded sums (so the layout does not depend on summation order)."""
    k = len(gram)
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
    return axes


def _pivot_mds(adjacency: list[list[int]]) -> tuple[list[float], list[float]]:
    """Classical MDS on the squared graph distances to ``PIVOTS`` far-apart pivots (Brandes & Pich).

    Sums are ``math.fsum`` (exactly rounded, so independent of order) of products
    computed one by one, on arrays where there are many of them.
    """
    n = len(adjacency)
    pivot = max(range(n), key=lambda i: (len(adjacency[i]), -i))
    nearest = np.full(n, n, dtype=np.int64)
    bfs = _distances(adjacency)
    rows: list[np.ndarray] = []
    for _ in range(min(PIVOTS, n)):
        dist = bfs(pivot)
        rows.append(dist)
        nearest = np.minimum(nearest, dist)
        pivot = int(np.argmax(nearest))  # the farthest node from every pivot so far, the lowest on ties
        if nearest[pivot] == 0:
            break
    columns = (np.array(rows) ** 2).astype(np.float64)
    k = len(columns)
    col_mean = [math.fsum(col) / n for col in columns.tolist()]
    row_mean = [math.fsum(values) / k for values in columns.T.tolist()]
    grand = math.fsum(col_mean) / k
    centred = -0.5 * (columns - np.array(row_mean) - np.array([col_mean]).T + grand)
    gram = [[0.0] * k for _ in range(k)]
    for a in range(k):
        for b in range(a, k):  # exactly rounded sums: the matrix is exactly symmetric
            gram[a][b] = gram[b][a] = math.fsum((centred[a] * centred[b]).tolist())
    axes = principal_axes(gram)
    points = centred.T
    xs = [math.fsum(row) for row in (points * np.array(axes[0])).tolist()]
    ys = [math.fsum(row) for row in (points * np.array(axes[1])).tolist()]
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
    """Fruchterman-Reingold with grid-limited repulsion and a step cap cooling from SPACING to SPACING/10, in place.

    The forces are computed with numpy but added up exactly as a loop over the grid
    would, pair after pair (``numpy.bincount`` adds its weights one by one, in order):
    the same IEEE operations in the same order, so the same positions to the last bit.
    """
    n = len(xs)
    x, y = np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64)
    edge_from = np.array([i for i, _ in edges], dtype=np.int64)
    edge_to = np.array([j for _, j in edges], dtype=np.int64)
    for iteration in range(REFINE_ITERATIONS):
        step = SPACING * (1 - 0.9 * iteration / max(1, REFINE_ITERATIONS - 1))
        targets, fx_values, fy_values = _repulsion(x, y, n)
        edge_targets, ex_values, ey_values = _attraction(x, y, edge_from, edge_to)
        fx = np.bincount(np.concatenate((targets, edge_targets)), np.concatenate((fx_values, ex_values)), n)
        fy = np.bincount(np.concatenate((targets, edge_targets)), np.concatenate((fy_values, ey_values)), n)
        length = np.sqrt(fx * fx + fy * fy)
        moving = length > 0
        move = np.minimum(length[moving], step) / length[moving]
        x[moving] += fx[moving] * move
        y[moving] += fy[moving] * move
    xs[:] = x.tolist()
    ys[:] = y.tolist()


NEIGHBOUR_CELLS = ((1, -1), (1, 0), (1, 1), (0, 1))  # each pair of adjacent cells is looked at once


def _grid_pairs(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs the repulsion looks at, in the order of a loop over the grid cells (in the
    order they are first met) and their members: the nodes ``i`` in visiting order, how
    many partners each has, and the partners ``j`` one after the other (the rest of
    ``i``'s cell, then the members of the cells right of and above it)."""
    cell = 2 * SPACING
    cells: dict[tuple[int, int], int] = {}
    cell_of = [
        cells.setdefault((int(px // cell), int(py // cell)), len(cells)) for px, py in zip(x.tolist(), y.tolist())
    ]
    visited = np.argsort(np.array(cell_of, dtype=np.int64), kind="stable")  # members of cell 0, of cell 1, ...
    sizes = np.bincount(np.array(cell_of, dtype=np.int64), minlength=len(cells))
    starts = np.cumsum(sizes) - sizes
    neighbours = np.array(
        [[cells.get((gx + dx, gy + dy), -1) for dx, dy in NEIGHBOUR_CELLS] for gx, gy in cells], dtype=np.int64
    ).reshape(len(cells), len(NEIGHBOUR_CELLS))
    own = np.array(cell_of, dtype=np.int64)[visited]
    position = np.arange(len(visited), dtype=np.int64)
    # the ranges of ``visited`` each node looks at: five per node, in loop order
    range_start = np.empty((len(visited), 1 + len(NEIGHBOUR_CELLS)), dtype=np.int64)
    range_size = np.empty_like(range_start)
    range_start[:, 0] = position + 1
    range_size[:, 0] = starts[own] + sizes[own] - position - 1
    near = neighbours[own]
    exists = near >= 0
    range_start[:, 1:] = np.where(exists, starts[near], 0)
    range_size[:, 1:] = np.where(exists, sizes[near], 0)
    range_start, range_size = range_start.ravel(), range_size.ravel()
    total = int(range_size.sum())
    offsets = np.cumsum(range_size) - range_size
    partners = visited[np.repeat(range_start - offsets, range_size) + np.arange(total, dtype=np.int64)]
    return visited, range_size.reshape(len(visited), -1).sum(axis=1), partners


def _repulsion(x: np.ndarray, y: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Repulsion as a sequence of additions ``force[target] += value``: for each visited
    node, minus each close pair's push on the partner, then the sum of its own pushes."""
    k2 = SPACING * SPACING
    reach2 = (2 * SPACING) * (2 * SPACING)
    visited, counts, second = _grid_pairs(x, y)
    group = np.repeat(np.arange(len(visited), dtype=np.int64), counts)
    first = visited[group]
    dx = x[first] - x[second]
    dy = y[first] - y[second]
    d2 = dx * dx + dy * dy
    near = d2 < reach2
    first, second, group, dx, dy, d2 = first[near], second[near], group[near], dx[near], dy[near], d2[near]
    coincident = d2 < 1e-6
    if coincident.any():  # pushed apart along a (never zero) direction fixed by the pair
        i, j = first[coincident], second[coincident]
        cx = ((i * 7919 + j * 104729) % 97 - 48.5) / 48.5
        cy = ((i * 104729 + j * 7919) % 89 - 44.5) / 44.5
        dx[coincident], dy[coincident], d2[coincident] = cx, cy, cx * cx + cy * cy
    f = k2 / d2 * (1 - d2 / reach2)
    px, py = dx * f, dy * f
    own_x = np.bincount(first, px, n)
    own_y = np.bincount(first, py, n)
    pairs = len(second)
    ends = np.cumsum(np.bincount(group, minlength=len(visited))) + np.arange(len(visited))
    targets = np.empty(pairs + len(visited), dtype=np.int64)
    fx_values = np.empty(pairs + len(visited), dtype=np.float64)
    fy_values = np.empty(pairs + len(visited), dtype=np.float64)
    at = np.arange(pairs, dtype=np.int64) + group
    targets[at], fx_values[at], fy_values[at] = second, -px, -py
    targets[ends], fx_values[ends], fy_values[ends] = visited, own_x[visited], own_y[visited]
    return targets, fx_values, fy_values


def _attraction(
    x: np.ndarray, y: np.ndarray, edge_from: np.ndarray, edge_to: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Attraction along the edges as additions: ``-pull`` on one end, ``+pull`` on the other."""
    dx = x[edge_from] - x[edge_to]
    dy = y[edge_from] - y[edge_to]
    f = np.sqrt(dx * dx + dy * dy) / SPACING
    px, py = dx * f, dy * f
    targets = np.stack((edge_from, edge_to), axis=1).ravel()
    return targets, np.stack((-px, px), axis=1).ravel(), np.stack((-py, py), axis=1).ravel()


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
    return "".join(_page_pieces([embed_json(payload)], _summary(payload), title))


def _page_pieces(data: Iterable[str], summary: str, title: str) -> Iterator[str]:
    """The page from its template, with ``data`` (the JSON, already escaped) in its place."""
    vis_js, vis_css = _vis_assets()
    page_css = _safe_style(_read_asset("kg.css"))
    page_js = _safe_script(_read_asset("kg.js"))
    template = _read_asset("page.html")
    replacements = {
        "@@TITLE@@": _escape_text(title),
        "@@SUMMARY@@": _escape_text(summary),
        "@@VIS_CSS@@": vis_css,
        "@@PAGE_CSS@@": page_css,
        "@@VIS_JS@@": vis_js,
        "@@PAGE_JS@@": page_js,
    }
    for index, part in enumerate(re.split("(@@[A-Z_]+@@)", template)):
        if index % 2 == 0:
            yield part
        elif part == "@@DATA@@":
            yield from data
        else:
            yield replacements[part]


def _summary(payload: dict[str, Any]) -> str:
    """``payload``: the page data, or at least its ``shown`` and ``total`` counts."""
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
    data, counts = kg_data(kg, max_nodes=max_nodes)
    with open_atomic(path) as handle:
        handle.writelines(_page_pieces(data, _summary(counts), "kg · 知识图谱"))


Node = Entity | ArticleRecord | None  # None: a node named only by a relation
EdgeKey = tuple[str, str, str]  # head, tail, key
RECORDS_PER_PIECE = 2048


def kg_data(
    kg: KnowledgeGraph, *, max_nodes: int | None = None, layout: str = "auto"
) -> tuple[Iterator[str], dict[str, dict[str, int]]]:
    """``embed_json(build_payload(graph))`` in pieces, ``graph`` being ``to_networkx(kg)``
    without its hidden relations, and the node and edge counts shown and in total.

    Written from the graph's objects directly, without a networkx graph, nested dicts or
    JSON read back; an evidence sentence supporting many relations is serialised once.
    """
    _check_layout(layout)
    # relations are read twice, as a stream (they may be on disk): to count the degrees,
    # then to keep the edges between the nodes shown. A relation's edge key is unique
    # (its name and attributes), as in to_networkx's MultiDiGraph. Nodes are looked up
    # in the graph's own dicts: a dict of every node, or of every degree, would cost a
    # large archive a few hundred MB.
    entities, articles = kg.entities, kg.articles
    named_only: dict[str, None] = {}  # nodes named only by a relation, in order of appearance
    found: dict[str, int] = {}
    total_edges = 0
    for relation in kg.relations:
        for end in (relation.head, relation.tail):
            if end not in entities and end not in articles and end not in named_only:
                named_only[end] = None
        if relation.relation not in PAGE_HIDDEN_RELATIONS:
            total_edges += 1
            found[relation.head] = found.get(relation.head, 0) + 1
            found[relation.tail] = found.get(relation.tail, 0) + 1
    total_nodes = len(entities) + sum(1 for article_id in articles if article_id not in entities) + len(named_only)
    node_ids = itertools.chain(entities, (a for a in articles if a not in entities), named_only)
    kept = _select(node_ids, total_nodes, lambda node_id: found.get(node_id, 0), max_nodes)
    nodes: dict[str, Node] = {node_id: entities.get(node_id) or articles.get(node_id) for node_id in kept}
    kept_set = set(kept)
    edges = _EdgeStore(streamed=not isinstance(kg.relations, list))
    try:
        for relation in kg.relations:
            if (
                relation.relation not in PAGE_HIDDEN_RELATIONS
                and relation.head in kept_set
                and relation.tail in kept_set
            ):
                edges.add((relation.head, relation.tail, _edge_key(relation)), relation)
    except BaseException:
        edges.close()
        raise
    shown = sorted(edges.edges)
    large = len(kept) > LARGE_GRAPH
    mode = "python" if layout == "python" or (layout == "auto" and large) else "browser"
    positions = layout_positions(kept, ((u, v) for u, v, _ in shown)) if mode == "python" else {}
    counts = {
        "shown": {"nodes": len(kept), "edges": len(shown)},
        "total": {"nodes": total_nodes, "edges": total_edges},
    }
    types = {_node_type(nodes[node_id]) for node_id in kept}
    tail = {
        "relations": _ordered(RELATION_TYPES, {edges.edges[key].relation for key in shown}),
        "shown": counts["shown"],
        "styles": _styles(types),
        "total": counts["total"],
        "types": _ordered(NODE_TYPES, types),
    }
    middle = {"font": FONT_FAMILY, "large": large, "layout": mode}

    def pieces() -> Iterator[str]:
        with edges:
            yield '{"edges":['
            yield from _joined(edges.record(i, key, curve) for i, (key, curve) in enumerate(_curves(shown)))
        yield f'],{embed_json(middle)[1:-1]},"nodes":['
        evidence = EvidenceList()
        records = (_node_json(node_id, nodes[node_id], found.get(node_id, 0), positions, evidence) for node_id in kept)
        yield from _joined(records)
        yield f"],{embed_json(tail)[1:]}"

    return pieces(), counts


def _joined(records: Iterator[str]) -> Iterator[str]:
    """The records separated by commas, escaped for the page a few thousand at a time."""
    first = True
    while chunk := list(itertools.islice(records, RECORDS_PER_PIECE)):
        yield _escape_json(("" if first else ",") + ",".join(chunk))
        first = False


def _escape_json(text: str) -> str:
    """What :func:`embed_json` does to JSON text. It can be done piece by piece: it works
    character by character, but for ``://``, which only occurs inside one string."""
    for raw, escaped in _JSON_ESCAPES.items():
        text = text.replace(raw, escaped)
    return text.replace("://", ":\\/\\/")


def _curves(shown: list[EdgeKey]) -> Iterator[tuple[EdgeKey, float]]:
    """Each edge with its curve, as :func:`_assign_curves` gives them."""
    seen: dict[tuple[str, str], int] = {}
    for key in shown:
        u, v, _ = key
        pair = (u, v) if u <= v else (v, u)
        index = seen.get(pair, 0)
        seen[pair] = index + 1
        yield key, _curve(index)


def _edge_key(relation: Relation) -> str:
    return relation.relation if not relation.attrs else f"{relation.relation}:{dumps(relation.attrs)}"


class _StoredEdge(NamedTuple):
    offset: int  # of its attributes' JSON in the file, followed by its evidence's
    attrs_size: int
    size: int
    relation: str
    weight: int


class _EdgeStore:
    """The edges of the page, their attributes and evidence serialised to a temporary
    file as the relations stream past, read back in page order: kept as objects until
    then, the evidence of a large archive's page took a few hundred MB."""

    def __init__(self, streamed: bool) -> None:
        self.edges: dict[EdgeKey, _StoredEdge] = {}  # a key seen twice: the last relation
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed when the page is written
        self._evidence = EvidenceList(streamed=streamed)
        self._size = 0

    def add(self, key: EdgeKey, relation: Relation) -> None:
        attrs = (dumps(relation.attrs) if relation.attrs else "{}").encode()
        data = attrs + self._evidence(relation.evidence).encode()
        self._file.write(data)
        weight = max(int(relation.weight), 0)
        self.edges[key] = _StoredEdge(self._size, len(attrs), len(data), relation.relation or key[2], weight)
        self._size += len(data)

    def record(self, index: int, key: EdgeKey, curve: float) -> str:
        """The edge record of :func:`_edge_record` (and its curve) as JSON, keys sorted."""
        edge = self.edges[key]
        self._file.seek(edge.offset)
        data = self._file.read(edge.size)
        attrs, evidence = data[: edge.attrs_size].decode(), data[edge.attrs_size :].decode()
        u, v, name = key
        return (
            f'{{"attrs":{attrs},"curve":{float(curve)!r},"evidence":{evidence},'
            f'"from":{_json_string(u)},"id":"e{index}","key":{_json_string(name)},'
            f'"relation":{_json_string(edge.relation)},"to":{_json_string(v)},'
            f'"weight":{edge.weight}}}'
        )

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> _EdgeStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _node_type(node: Node) -> str:
    if isinstance(node, Entity):
        return node.type or "unknown"
    return "article" if node is not None else "unknown"


def _node_json(
    node_id: str, node: Node, degree: int, positions: dict[str, tuple[int, int]], evidence: EvidenceList
) -> str:
    """The node record of :func:`_node_record` (and its position) as JSON, keys sorted."""
    if isinstance(node, Entity):
        aliases, docs = dumps(sorted(node.aliases)), dumps(sorted(node.docs))
        posts, items = dumps([post_json(p) for p in node.posts]), evidence(node.evidence)
        code, label, level, mentions = node.code or "", node.name or node_id, node.level or "", int(node.mentions)
    elif node is not None:
        aliases, docs, posts, items = "[]", dumps([node.doc]), "[]", "[]"
        code, label, level, mentions = "", node.headline or f"{node.doc} #{node.index}", "", 0
    else:
        aliases, docs, posts, items = "[]", "[]", "[]", "[]"
        code, label, level, mentions = "", node_id, "", 0
    position = positions.get(node_id)
    place = f',"x":{position[0]},"y":{position[1]}' if position is not None else ""
    return (
        f'{{"aliases":{aliases},"code":{_json_string(code)},"degree":{degree},"docs":{docs},"evidence":{items},'
        f'"id":{_json_string(node_id)},"label":{_json_string(label)},"level":{_json_string(level)},'
        f'"mentions":{mentions},"posts":{posts},"type":{_json_string(_node_type(node))}{place}}}'
    )
