"""Self-contained interactive HTML view of a knowledge graph (vis-network, inlined).

The page works from ``file://`` with no network: vis-network's script and style come
from the installed pyvis package, the page's own script and style from ``assets/``,
and the graph itself is embedded as escaped JSON read with ``JSON.parse``.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections import defaultdict
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


def generate(graph: nx.MultiDiGraph, *, max_nodes: int | None = None, title: str = "kg") -> str:
    """Return the whole page as one HTML string; equal graphs give equal strings."""
    payload = build_payload(graph, max_nodes=max_nodes)
    return _render_page(payload, title)


def write(
    graph: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    max_nodes: int | None = None,
    title: str = "kg",
) -> None:
    """Write the page to ``path`` atomically (temporary file in the same folder, then rename)."""
    write_text(path, generate(graph, max_nodes=max_nodes, title=title))


def build_payload(graph: nx.MultiDiGraph, *, max_nodes: int | None = None) -> dict[str, Any]:
    """The data embedded in the page: kept nodes, the edges among them, styles and counts."""
    degrees = dict(graph.degree())
    kept = select_nodes(graph, max_nodes)
    kept_set = {str(node_id) for node_id in kept}
    nodes = [_node_record(node_id, graph.nodes[node_id], degrees[node_id]) for node_id in kept]
    edges = _edge_records(graph, kept_set)
    return {
        "nodes": nodes,
        "edges": edges,
        "types": _ordered(NODE_TYPES, {node["type"] for node in nodes}),
        "relations": _ordered(RELATION_TYPES, {edge["relation"] for edge in edges}),
        "styles": _styles({node["type"] for node in nodes}),
        "font": FONT_FAMILY,
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


def write_kg(kg: KnowledgeGraph, path: str | os.PathLike[str], *, max_nodes: int | None = None) -> None:
    """Write the explorer page of a built knowledge graph."""
    write(to_networkx(kg), path, max_nodes=max_nodes, title="kg · 知识图谱")
