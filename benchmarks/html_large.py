"""How fast does graph.html open for large graphs? (a benchmark, not a test)

Builds synthetic graphs shaped like the seed graph (kg/graph.py contract: typed
entities plus articles; typed relations and many weighted ``co_mentioned`` edges with
evidence JSON), writes each with ``kg.export.html.write``, opens it from file:// in
headless Chromium with the network blocked, and measures:

* ready: navigation start -> ``window.kgReady`` (layout settled, physics off, UI live);
* search: typing a full name and pressing Enter -> the node is selected, the details
  panel is filled and two frames have been painted;
* redraw: one full redraw of the first view (what each pan or zoom step costs);
* the file size and the time Python took to write it (layout included).

``--layout`` compares where positions come from: ``auto`` (what ``kg build`` does:
Python above ``kg.export.html.LARGE_GRAPH`` nodes), ``browser`` (vis-network physics,
capped, then frozen) and ``python`` (fixed positions, no physics at any size).

Run:  .venv/bin/python benchmarks/html_large.py [--all | --sizes N ...] [--layout auto browser python]
Needs Playwright and Debian's Chromium at /usr/bin/chromium; without them it says so
and exits 0. Importing this module has no side effects.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
DEFAULT_SIZES = (5000,)
ALL_SIZES = (1000, 5000, 20000)

# Node mix and relation mix of the seed graph (226 nodes, 442 edges, 72% co_mentioned).
TYPE_SHARES = {
    "organization": 0.30,
    "district": 0.12,
    "article": 0.15,
    "journalist": 0.09,
    "company": 0.14,
    "official": 0.12,
    "project": 0.06,
    "person": 0.02,
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤樊屈虎申"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华民国立新建文泽锦荣鑫红惠林安晓雷连武宏志海波峰辉玉兰春梅"
PLACE = "金水二七中原管城惠济上街高新经开航空港巩义荥阳新密新郑登封中牟郑东嵩山黄河陇海建设淮河大学航海京广"
WORDS = "医疗大数据智能制造新材料生物医药物流科技能源电子信息文化旅游现代农业商贸环保装备建工置业食品纺织汽车"
POSTS = ("区委书记", "区长", "常务副区长", "区委常委", "副区长", "局长", "主任", "党组书记", "镇长", "街道办主任")


def _pick(rng: random.Random, pool: str, count: int) -> str:
    return "".join(rng.choice(pool) for _ in range(count))


def _label(rng: random.Random, node_type: str) -> tuple[str, list[str]]:
    """A plausible name and its aliases for one node type."""
    if node_type in ("official", "journalist", "person"):
        return rng.choice(SURNAMES) + _pick(rng, GIVEN, rng.choice((1, 2, 2))), []
    if node_type == "district":
        core = _pick(rng, PLACE, 2)
        suffix = rng.choice(("区", "县", "镇", "街道", "乡"))
        return core + suffix, [core]
    if node_type == "company":
        core = _pick(rng, PLACE, 2) + _pick(rng, WORDS, 2)
        return f"河南{core}有限公司", [core + "公司"]
    if node_type == "project":
        return _pick(rng, PLACE, 2) + _pick(rng, WORDS, 4) + "项目", []
    if node_type == "organization":
        place = _pick(rng, PLACE, 2)
        return place + rng.choice(
            ("区委", "区政府", "区人大常委会", "发改委", "商务局", "卫健委", "总工会", "区委宣传部")
        ), []
    return _pick(rng, PLACE + WORDS, 10), []


def _sentence(rng: random.Random, names: Iterable[str]) -> str:
    joined = "、".join(names)
    tail = rng.choice(
        ("一行考察了产业园区并召开座谈会", "出席签约仪式并致辞", "调研重点项目建设情况", "参加专题会议研究部署相关工作")
    )
    return f"{joined}{tail}，{_pick(rng, WORDS, 12)}。"


def synthetic_graph(n_nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """A deterministic graph of ``n_nodes`` nodes with the node/edge attributes of ``kg.graph``."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    by_type: dict[str, list[str]] = defaultdict(list)
    counts = {t: max(1, round(share * n_nodes)) for t, share in TYPE_SHARES.items()}
    counts["organization"] += n_nodes - sum(counts.values())
    n_docs = max(1, counts["article"] // 6)
    used: set[str] = set()
    for node_type, count in counts.items():
        for index in range(count):
            if node_type == "article":
                doc = f"{index % n_docs:03d}_{rng.getrandbits(64):016x}.txt"
                headline = _pick(rng, PLACE, 2) + "区" + _pick(rng, WORDS, 8) + "工作会议召开"
                node_id = f"article/{doc}#{index // n_docs}"
                graph.add_node(
                    node_id,
                    type="article",
                    label=headline,
                    aliases="[]",
                    posts="[]",
                    docs=json.dumps([doc]),
                    mentions=0,
                    code="",
                    level="",
                    evidence="[]",
                )
                by_type["article"].append(node_id)
                continue
            label, aliases = _label(rng, node_type)
            while label in used:
                label += rng.choice(GIVEN)
            used.add(label)
            node_id = f"{node_type}/{label}"
            posts = []
            if node_type == "official":
                posts = [{"title": rng.choice(POSTS), "organization": "", "district": ""}]
            graph.add_node(
                node_id,
                type=node_type,
                label=label,
                aliases=json.dumps(aliases, ensure_ascii=False),
                posts=json.dumps(posts, ensure_ascii=False),
                docs="[]",
                mentions=0,
                code=f"4101{rng.randrange(10, 99)}" if node_type == "district" else "",
                level=rng.choice(("county", "town")) if node_type == "district" else "",
                evidence="[]",
            )
            by_type[node_type].append(node_id)

    entities = [n for t in TYPE_SHARES if t not in ("article", "journalist") for n in by_type[t]]
    rng.shuffle(entities)
    popularity = [1.0 / (rank + 1) ** 0.6 for rank in range(len(entities))]  # a few hubs, a long tail
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    docs: dict[str, set[str]] = defaultdict(set)
    mentions: dict[str, int] = defaultdict(int)

    def add(u: str, v: str, relation: str, evidence: dict[str, Any], attrs: dict[str, str] | None = None) -> None:
        key = relation if not attrs else f"{relation}:{json.dumps(attrs, ensure_ascii=False, sort_keys=True)}"
        item = edges.setdefault((u, v, key), {"relation": relation, "evidence": [], "attrs": attrs or {}})
        item["evidence"].append(evidence)

    for article in by_type["article"]:
        doc = json.loads(graph.nodes[article]["docs"])[0]
        index = int(article.rsplit("#", 1)[1])
        headline = graph.nodes[article]["label"]
        picks = rng.choices(entities, weights=popularity, k=rng.randint(3, 8)) + rng.sample(entities, 2)
        cast = list(dict.fromkeys(picks))
        offset = 0
        groups = [cast[start : start + 4] for start in range(0, len(cast), 4)]
        if rng.random() < 0.3:
            groups.append(groups[0][:2])  # a pair named again later in the article: weight 2+
        for group in groups:
            sentence = _sentence(rng, (graph.nodes[n]["label"] for n in group))
            ev = {
                "doc": doc,
                "article": index,
                "headline": headline,
                "sentence": sentence,
                "start": offset,
                "end": offset + len(sentence),
            }
            offset += len(sentence) + 1
            for node in group:
                docs[node].add(doc)
                mentions[node] += 1
            for i, u in enumerate(group):
                for v in group[i + 1 :]:
                    a, b = sorted((u, v))
                    add(a, b, "co_mentioned", ev)
            official = next((n for n in group if n.startswith("official/")), None)
            other = next((n for n in group if n.startswith(("company/", "project/"))), None)
            if official and other and rng.random() < 0.5:
                add(official, other, "visited", ev)
        add(
            article,
            cast[0],
            "about",
            {
                "doc": doc,
                "article": index,
                "headline": headline,
                "sentence": headline,
                "start": 0,
                "end": len(headline),
            },
        )
        if by_type["journalist"]:
            journalist = rng.choice(by_type["journalist"])
            byline = f"记者 {graph.nodes[journalist]['label']}"
            add(
                journalist,
                article,
                "reported",
                {
                    "doc": doc,
                    "article": index,
                    "headline": headline,
                    "sentence": byline,
                    "start": offset,
                    "end": offset + len(byline),
                },
            )
            docs[journalist].add(doc)

    districts = by_type["district"]
    structural = [
        ("official", "organization", "holds_post"),
        ("organization", "district", "part_of"),
        ("company", "district", "located_in"),
        ("project", "district", "located_in"),
        ("person", "organization", "works_for"),
        ("district", "district", "part_of"),
    ]
    for head_type, tail_type, relation in structural:
        tails = by_type[tail_type]
        for head in by_type[head_type]:
            if not tails or rng.random() < 0.6:
                continue
            tail = rng.choice(tails[: max(1, len(tails) // 4)] if tail_type == "district" else tails)
            if tail == head:
                continue
            attrs = None
            if relation == "holds_post":
                attrs = {"post": json.loads(graph.nodes[head]["posts"])[0]["title"]}
            label = graph.nodes[head]["label"]
            sentence = f"{graph.nodes[tail]['label']}{attrs['post'] if attrs else ''}{label}出席会议。"
            add(
                head,
                tail,
                relation,
                {
                    "doc": "divisions.csv"
                    if tail in districts and head in districts
                    else f"{rng.randrange(n_docs):03d}.txt",
                    "article": 0,
                    "headline": "",
                    "sentence": sentence,
                    "start": 0,
                    "end": len(sentence),
                },
                attrs,
            )

    for node, names in docs.items():
        graph.nodes[node]["docs"] = json.dumps(sorted(names))
        graph.nodes[node]["mentions"] = mentions.get(node, 0)
    for (u, v, key), item in sorted(edges.items()):
        graph.add_edge(
            u,
            v,
            key=key,
            relation=item["relation"],
            weight=len(item["evidence"]),
            evidence=json.dumps(item["evidence"], ensure_ascii=False, sort_keys=True),
            attrs=json.dumps(item["attrs"], ensure_ascii=False, sort_keys=True),
        )
    return graph


@dataclass
class Result:
    nodes: int
    edges: int
    layout: str
    size_mb: float
    write_s: float
    ready_s: float
    search_ms: float
    frame_ms: float
    physics: bool


READY_PROBE = """
(() => {
  let value = false;
  Object.defineProperty(window, "kgReady", {
    configurable: true,
    get() { return value; },
    set(v) { value = v; if (v === true && window.__kgReadyAt === undefined) window.__kgReadyAt = performance.now(); },
  });
})();
"""

FRAME_PROBE = "(() => { const t = performance.now(); window.kgNetwork.redraw(); return performance.now() - t; })()"

SEARCH_PROBE = """
async (query) => {
  const box = document.getElementById("kg-search");
  const t0 = performance.now();
  box.value = query;
  box.dispatchEvent(new Event("input", {bubbles: true}));
  box.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true}));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return {ms: performance.now() - t0, selected: window.kgNetwork.getSelectedNodes(),
          details: document.getElementById("kg-details").innerText.slice(0, 200)};
}
"""


def search_target(graph: nx.MultiDiGraph) -> tuple[str, str]:
    """A mid-ranked official: its full name is a realistic query with a unique best match."""
    officials = sorted((n for n, t in graph.nodes(data="type") if t == "official"), key=lambda n: (-graph.degree(n), n))
    node = officials[len(officials) // 3]
    return node, graph.nodes[node]["label"]


def measure(
    browser: Any, path: Path, query: str, expected: str, timeout_s: float = 180
) -> tuple[float, float, float, bool]:
    """Seconds to ``kgReady``, ms for one full redraw of the first view, ms for a search; physics still on?"""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
    blocked: list[str] = []
    errors: list[str] = []

    def route(request_route: Any) -> None:
        if request_route.request.url.startswith(("file:", "data:")):
            request_route.continue_()
        else:
            blocked.append(request_route.request.url)
            request_route.abort()

    try:
        context.route("**/*", route)
        context.add_init_script(READY_PROBE)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(path.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
        page.wait_for_function("window.kgReady === true", timeout=timeout_s * 1000, polling=50)
        ready_s = page.evaluate("window.__kgReadyAt") / 1000
        physics = bool(page.evaluate("window.kgNetwork.physics.options.enabled"))
        frame_ms = min(page.evaluate(FRAME_PROBE) for _ in range(3))
        found = page.evaluate(SEARCH_PROBE, query)
        if found["selected"] != [expected] or query not in found["details"]:
            raise RuntimeError(f"search for {query!r} selected {found['selected']}, expected {expected}")
        if blocked or errors:
            raise RuntimeError(f"network requests {blocked} / JavaScript errors {errors}")
        return ready_s, frame_ms, found["ms"], physics
    finally:
        context.close()


def run(sizes: Iterable[int], layouts: Iterable[str], folder: Path) -> list[Result]:
    from playwright.sync_api import sync_playwright

    from kg.export import html

    results: list[Result] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        print(f"chromium {browser.version}, {os.cpu_count()} CPUs, Python layout above {html.LARGE_GRAPH} nodes")
        print(HEADER, flush=True)
        try:
            for size in sizes:
                graph = synthetic_graph(size)
                expected, query = search_target(graph)
                for layout in layouts:
                    path = folder / f"graph-{size}-{layout}.html"
                    start = time.perf_counter()
                    html.write(graph, path, layout=layout)
                    write_s = time.perf_counter() - start
                    ready_s, frame_ms, search_ms, physics = measure(browser, path, query, expected)
                    result = Result(
                        graph.number_of_nodes(),
                        graph.number_of_edges(),
                        layout,
                        path.stat().st_size / 1e6,
                        write_s,
                        ready_s,
                        search_ms,
                        frame_ms,
                        physics,
                    )
                    results.append(result)
                    print(_row(result), flush=True)
        finally:
            browser.close()
    return results


HEADER = (
    f"{'nodes':>6} {'edges':>6} {'layout':>8} {'file MB':>8} {'write s':>8} {'ready s':>8} {'search ms':>10} "
    f"{'redraw ms':>10}  physics after ready"
)


def _row(r: Result) -> str:
    return (
        f"{r.nodes:>6} {r.edges:>6} {r.layout:>8} {r.size_mb:>8.2f} {r.write_s:>8.2f} {r.ready_s:>8.2f} "
        f"{r.search_ms:>10.0f} {r.frame_ms:>10.0f}  {'on' if r.physics else 'off'}"
    )


def missing_requirements() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    if not CHROMIUM.exists():
        return f"Chromium is not at {CHROMIUM} (apt-get install chromium fonts-noto-cjk)"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), metavar="N", help="node counts (default 5000)"
    )
    parser.add_argument("--all", action="store_true", help="sizes 1000 5000 20000")
    parser.add_argument(
        "--layout",
        nargs="+",
        default=["auto"],
        choices=["auto", "browser", "python"],
        help="where positions are computed (default auto: Python above the threshold)",
    )
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR", help="keep the pages in DIR")
    args = parser.parse_args(argv)
    problem = missing_requirements()
    if problem:
        print(f"html_large: skipped: {problem}")
        return 0
    sizes = ALL_SIZES if args.all else tuple(args.sizes)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(sizes, args.layout, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
            run(sizes, args.layout, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
