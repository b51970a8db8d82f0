"""SPARQL at scale: Oxigraph (pyoxigraph) against rdflib on a synthetic graph of ~1M triples.

Not a unit test. Run it from the repository root:

    .venv/bin/python benchmarks/sparql_scale.py                 # ~1,000,000 triples
    .venv/bin/python benchmarks/sparql_scale.py --articles 300  # a quick run (~130k triples)

The synthetic graph has the shape of what ``kg build`` writes (kg/export/rdf.py): typed
entities with labels, W3C ORG posts (``org:holds`` / ``org:postIn`` / ``kg:postDistrict``),
a district hierarchy under 郑州市 (``kg:partOf``), articles, sentences, and every
relation as a direct triple plus an ``rdf:Statement`` with ``kg:weight`` that is
``prov:wasDerivedFrom`` its ``kg:Sentence`` nodes, except article co-occurrence
(``kg:coOccurs``: the direct triple only, each entity ``kg:mentionedIn`` its articles).
Relations come in about the proportions
of the seed graph: mostly sentence and article co-mentions, then located_in, reported,
about, part_of, holds_post, visited, attended, signed, works_for. Names are generated
Chinese names; the anchors the competency queries name (樊惠林 as a busy 二七区委书记,
郑州市, 二七区) exist in it, so every ``queries/*.rq`` runs with its names mapped by
``NAMES`` (identity by default).

Measured in one run, on the same N-Triples file:

* load: Oxigraph bulk load into an on-disk store (what the first ``kg query`` does), reopening
  that store read-only (what every later ``kg query`` does), hashing the file (the freshness
  check after the file's mtime changes), and rdflib parsing into memory;
* each competency query through ``kg.query.run`` (so with the conversion of Oxigraph terms
  to rdflib terms that ``kg query`` does), median of ``--repeat`` runs; rdflib queries run
  in a forked child so that one too slow for ``--query-timeout`` can be stopped;
* that both engines give the same rows;
* ratios rdflib / Oxigraph.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.export.rdf import integer, iri, plain, zh  # noqa: E402  (kg's own term writers)
from kg.query import _store_key, run  # noqa: E402

BASE = "https://example.org/kg/"
KG = "https://example.org/kg/ns#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "https://schema.org/"
DCTERMS = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"

# names in queries/*.rq -> names in the synthetic graph (the anchors are generated as they are)
NAMES: dict[str, str] = {"樊惠林": "樊惠林", "郑州市": "郑州市", "二七区": "二七区"}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌鹏辉宇浩凯健俊帆晨阳瑞博彬海林东雪琳慧婷颖倩欣怡佳鑫荣新卫"
PLACE = "东西南北中新安平和兴福康宁泰华明光清河山湖林田桥园庄营集店寺岗坡沟源泉塘湾"
COUNTIES = (
    "二七区",
    "中原区",
    "金水区",
    "管城回族区",
    "惠济区",
    "上街区",
    "巩义市",
    "荥阳市",
    "新密市",
    "新郑市",
    "登封市",
    "中牟县",
)
COUNTY_ORGS = ("区委", "区政府", "区人大常委会", "区发改委", "区委宣传部", "区委统战部", "区纪委监委", "区总工会")
TITLES = (
    "区委书记",
    "区长",
    "区委副书记",
    "区委常委",
    "副区长",
    "宣传部长",
    "统战部长",
    "主任",
    "党组成员",
    "镇党委书记",
    "镇长",
)
INDUSTRIES = ("医疗", "科技", "物流", "药业", "电子", "机器人", "食品", "建设", "文旅", "环保")
PROJECT_KINDS = ("产业园", "物流基地", "更新改造", "科创中心", "安置房", "生态廊道")


def person_name(index: int) -> str:
    s, g = len(SURNAMES), len(GIVEN)
    return SURNAMES[index % s] + GIVEN[(index // s) % g] + GIVEN[(index // (s * g)) % g]


def place_name(index: int) -> str:
    p = len(PLACE)
    return PLACE[index % p] + PLACE[(index // p) % p] + ("" if index < p * p else PLACE[(index // (p * p)) % p])


class Writer:
    """N-Triples lines for the synthetic graph, with kg's IRI and literal conventions."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.count = 0

    def triple(self, s: str, p: str, o: str) -> None:
        self.handle.write(f"{s} {p} {o} .\n")
        self.count += 1


CLASSES = {
    "official": (KG + "Official", FOAF + "Person", SCHEMA + "Person"),
    "person": (KG + "Person", FOAF + "Person", SCHEMA + "Person"),
    "journalist": (KG + "Journalist", FOAF + "Person", SCHEMA + "Person"),
    "district": (KG + "District", SCHEMA + "AdministrativeArea"),
    "company": (KG + "Company", ORG + "Organization", SCHEMA + "Corporation"),
    "organization": (KG + "Organization", ORG + "Organization"),
    "project": (KG + "Project", SCHEMA + "Project"),
}
PREDICATES = {
    "holds_post": "holdsPost",
    "part_of": "partOf",
    "located_in": "locatedIn",
    "visited": "visited",
    "signed": "signed",
    "attended": "attended",
    "works_for": "worksFor",
    "reported": "reported",
    "about": "about",
    "co_mentioned": "coMentioned",
    "co_occurs": "coOccurs",
}


def generate(path: Path, articles: int, seed: int = 7) -> int:
    """Write the synthetic graph to ``path``; return its number of triples."""
    rng = random.Random(seed)
    files = max(1, articles // 8)
    # -- the pools of entities, their sizes growing with the corpus ---------------------
    districts: list[dict[str, Any]] = [
        {"name": "河南省", "level": "province", "parent": None},
        {"name": "郑州市", "level": "city", "parent": 0},
    ]
    for county in COUNTIES:
        districts.append({"name": county, "level": "county", "parent": 1})
    counties = list(range(2, len(districts)))
    for i in range(max(4, articles // 6)):
        districts.append(
            {
                "name": place_name(i) + ("镇" if i % 3 else "街道"),
                "level": "town" if i % 3 else "subdistrict",
                "parent": rng.choice(counties),
            }
        )
    towns = list(range(2 + len(COUNTIES), len(districts)))
    for i in range(max(4, articles // 4)):
        districts.append(
            {
                "name": place_name(i + 5000) + ("村" if i % 2 else "社区"),
                "level": "village" if i % 2 else "community",
                "parent": rng.choice(towns),
            }
        )
    organizations = [
        {"name": county + suffix[1:], "district": d} for d, county in zip(counties, COUNTIES) for suffix in COUNTY_ORGS
    ]
    organizations += [{"name": districts[t]["name"] + kind, "district": t} for t in towns for kind in ("党委", "政府")]
    companies = [
        {
            "name": f"{place_name(i + 9000)}{INDUSTRIES[i % len(INDUSTRIES)]}有限公司",
            "district": rng.choice(counties + towns),
        }
        for i in range(max(4, articles // 3))
    ]
    projects = [
        {"name": f"{place_name(i + 13000)}{PROJECT_KINDS[i % len(PROJECT_KINDS)]}项目"}
        for i in range(max(4, articles // 4))
    ]
    officials = [{"name": "樊惠林"}] + [{"name": person_name(i)} for i in range(max(8, articles // 2))]
    people = [{"name": person_name(i + 200_000)} for i in range(max(4, articles // 5))]
    journalists = [{"name": person_name(i + 300_000)} for i in range(40)]
    # posts: 樊惠林 is 二七区委书记; others one to three posts in an organisation
    er_qi_committee = next(i for i, o in enumerate(organizations) if o["name"] == "二七区委")
    officials[0]["posts"] = [("区委书记", er_qi_committee)]
    for official in officials[1:]:
        official["posts"] = [
            (rng.choice(TITLES), rng.randrange(len(organizations))) for _ in range(rng.choice((1, 1, 2, 3)))
        ]

    def node(kind: str, item: dict[str, Any]) -> str:
        return iri(f"{BASE}entity/{kind}/{item['name']}")

    def skewed(pool: list[Any]) -> Any:
        return pool[int(len(pool) * rng.random() ** 2.5)]

    statements: dict[tuple[str, str, str], dict[str, Any]] = {}
    mentions: dict[str, set[str]] = {}  # entity -> files

    def relate(head: str, relation: str, tail: str, sentence: str | None, **attrs: str) -> None:
        record = statements.setdefault((head, relation, tail), {"weight": 0, "evidence": [], "attrs": attrs})
        record["weight"] += 1
        if sentence and len(record["evidence"]) < 3 and sentence not in record["evidence"]:
            record["evidence"].append(sentence)

    with path.open("w", encoding="utf-8") as handle:
        out = Writer(handle)
        # -- articles, sentences, and the relations they state ----------------------------
        for a in range(articles):
            doc = f"{a % files:03d}_synthetic.txt"
            article = iri(f"{BASE}article/{doc}/{a // files}")
            headline = f"{rng.choice(COUNTIES)}{rng.choice(PROJECT_KINDS)}建设稳步推进"
            offset = (a // files) * 3000 + rng.randrange(500)  # sentences of one file never overlap
            for p, o in (
                (RDF + "type", iri(SCHEMA + "NewsArticle")),
                (SCHEMA + "headline", zh(headline)),
                (RDFS + "label", zh(headline)),
                (KG + "sourceFile", plain(doc)),
                (KG + "articleIndex", integer(a // files)),
                (KG + "startOffset", integer(offset)),
                (KG + "endOffset", integer(offset + 2000)),
            ):
                out.triple(article, iri(p), o)
            county = rng.choice(counties)
            relate(article, "about", node("district", districts[county]), None)
            relate(node("journalist", rng.choice(journalists)), "reported", article, None)
            in_article: list[tuple[str, str]] = []
            for s in range(rng.randint(4, 8)):
                start = offset + 100 + s * 120
                sentence = iri(f"{BASE}sentence/{doc}/{start}-{start + 80}")
                picked: list[tuple[str, str, dict[str, Any]]] = []
                if rng.random() < 0.04:
                    picked.append(("official", node("official", officials[0]), officials[0]))
                for _ in range(rng.randint(2, 4)):
                    kind, pool = rng.choice(
                        (
                            ("official", officials),
                            ("organization", organizations),
                            ("district", districts),
                            ("company", companies),
                            ("project", projects),
                            ("person", people),
                        )
                    )
                    item = skewed(pool)
                    picked.append((kind, node(kind, item), item))
                names = "、".join(item["name"] for _, _, item in picked)
                text = f"{names}等在{districts[county]['name']}召开座谈会，研究部署下一步工作。"
                for p, o in (
                    (RDF + "type", iri(KG + "Sentence")),
                    (KG + "text", zh(text)),
                    (KG + "sourceFile", plain(doc)),
                    (KG + "startOffset", integer(start)),
                    (KG + "endOffset", integer(start + 80)),
                    (DCTERMS + "isPartOf", article),
                ):
                    out.triple(sentence, iri(p), o)
                unique = list(dict.fromkeys((k, n) for k, n, _ in picked))
                for (_, x), (_, y) in itertools.combinations(unique, 2):
                    if x != y:
                        relate(min(x, y), "co_mentioned", max(x, y), sentence)
                for kind, subject, item in picked:
                    mentions.setdefault(subject, set()).add(doc)
                    if kind == "official":
                        for other_kind, other, _ in picked:
                            if other_kind == "project" and rng.random() < 0.5:
                                relate(
                                    subject, rng.choice(("visited", "visited", "attended", "signed")), other, sentence
                                )
                    elif kind == "company" and rng.random() < 0.3:
                        relate(
                            subject,
                            "located_in",
                            node("district", districts[item["district"]]),
                            sentence,
                            basis="sentence",
                        )
                    elif kind == "person" and rng.random() < 0.1:
                        relate(subject, "works_for", node("company", rng.choice(companies)), sentence, role="经理")
                in_article += [(k, n) for k, n, _ in picked]
            first = iri(f"{BASE}sentence/{doc}/{offset + 100}-{offset + 180}")
            for _, subject in dict.fromkeys(in_article):
                out.triple(subject, iri(KG + "mentionedIn"), article)
            for (_, x), (_, y) in itertools.combinations(list(dict.fromkeys(in_article))[:10], 2):
                if x != y and (min(x, y), "co_mentioned", max(x, y)) not in statements:
                    relate(min(x, y), "co_occurs", max(x, y), first)
        # -- entities ---------------------------------------------------------------------
        by_name = {d["name"]: i for i, d in enumerate(districts)}
        org_index = {o["name"]: i for i, o in enumerate(organizations)}

        def entity(
            kind: str, item: dict[str, Any], extra: Callable[[str], Iterator[tuple[str, str]]] | None = None
        ) -> str:
            subject = node(kind, item)
            for cls in CLASSES[kind]:
                out.triple(subject, iri(RDF + "type"), iri(cls))
            out.triple(subject, iri(RDFS + "label"), zh(item["name"]))
            out.triple(subject, iri(KG + "entityType"), plain(kind))
            docs = sorted(mentions.get(subject, set())) or [f"{rng.randrange(files):03d}_synthetic.txt"]
            out.triple(subject, iri(KG + "mentionCount"), integer(len(docs) + rng.randrange(3)))
            for doc in docs[:4]:
                out.triple(subject, iri(KG + "sourceFile"), plain(doc))
            for p, o in extra(subject) if extra else ():
                out.triple(subject, iri(p), o)
            return subject

        for index, district in enumerate(districts):
            extra = [(KG + "level", plain(district["level"])), (KG + "adminCode", plain(f"41{index:04d}"))]
            subject = entity("district", district, lambda s, extra=extra: iter(extra))
            if district["parent"] is not None:
                relate(subject, "part_of", node("district", districts[district["parent"]]), None)
        for item in organizations:
            entity("organization", item)
        for item in companies:
            entity("company", item)
        for item in projects:
            entity("project", item)
        for item in people:
            entity("person", item)
        for item in journalists:
            entity("journalist", item)
        for number, official in enumerate(officials):
            subject = entity("official", official)
            for title, org in official["posts"]:
                organization = organizations[org]
                post = iri(f"{BASE}post/{hashlib.sha1(f'{number}/{title}/{org}'.encode()).hexdigest()[:16]}")
                place = organization["district"]
                for p, o in (
                    (RDF + "type", iri(ORG + "Post")),
                    (RDFS + "label", zh(title)),
                    (ORG + "heldBy", subject),
                    (ORG + "postIn", node("organization", organization)),
                    (KG + "organizationName", zh(organization["name"])),
                    (KG + "districtName", zh(districts[place]["name"])),
                    (KG + "postDistrict", node("district", districts[place])),
                ):
                    out.triple(post, iri(p), o)
                out.triple(subject, iri(ORG + "holds"), post)
                relate(subject, "holds_post", node("organization", organization), None, post=title)
        assert by_name["郑州市"] == 1 and "二七区委" in org_index
        # -- relations: direct triples and rdf:Statement nodes ------------------------------
        for number, ((head, relation, tail), record) in enumerate(statements.items()):
            predicate = iri(KG + PREDICATES[relation])
            out.triple(head, predicate, tail)
            if relation == "co_occurs":
                continue  # as kg writes it: the direct triple, counted through kg:mentionedIn
            statement = iri(f"{BASE}statement/{number:08x}")
            for p, o in (
                (RDF + "type", iri(RDF + "Statement")),
                (RDF + "subject", head),
                (RDF + "predicate", predicate),
                (RDF + "object", tail),
                (KG + "weight", integer(record["weight"])),
            ):
                out.triple(statement, iri(p), o)
            for name, value in record["attrs"].items():
                out.triple(statement, iri(KG + name), zh(value) if name != "basis" else plain(value))
            for sentence in record["evidence"]:
                out.triple(statement, iri(PROV + "wasDerivedFrom"), sentence)
    return out.count


# -- measuring ---------------------------------------------------------------------------------


def rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = function()
    return time.perf_counter() - started, value


def rows_of(result: Any) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else t.n3() for t in row) for row in result.rows]


def same_rows(left: list[tuple[str, ...]], right: list[tuple[str, ...]], query_text: str) -> bool:
    """The same rows as multisets. Order is not compared: ORDER BY leaves ties in any order on
    this graph, and GROUP_CONCAT's order is not defined by SPARQL, so its values are compared
    as sorted lists of their space-separated items."""

    def items(cell: str) -> str:
        if not cell.startswith('"'):
            return cell
        end = cell.rindex('"')
        return '"' + " ".join(sorted(cell[1:end].split(" "))) + cell[end:]

    def canonical(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
        if "GROUP_CONCAT" in query_text.upper():
            rows = [tuple(items(cell) for cell in row) for row in rows]
        return sorted(rows)

    return canonical(left) == canonical(right)


def in_child(function: Callable[[], Any], timeout: float) -> tuple[str, Any]:
    """Run ``function`` in a forked child: ("ok", value), ("timeout", None) or ("error", message)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe(duplex=False)

    def target() -> None:
        try:
            theirs.send(("ok", function()))
        except Exception as exc:
            theirs.send(("error", f"{type(exc).__name__}: {exc}"))

    process = context.Process(target=target)
    process.start()
    theirs.close()
    try:
        if ours.poll(timeout):
            return ours.recv()
        return "timeout", None
    finally:
        process.kill()
        process.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles", type=int, default=2200, help="synthetic articles (default 2200: about 1,000,000 triples)"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each query per engine; the median is reported (default 3)"
    )
    parser.add_argument(
        "--query-timeout",
        type=float,
        default=600,
        help="give up on an rdflib query after this many seconds (default 600)",
    )
    parser.add_argument(
        "--workdir", default=None, help="where to write the graph and the store (default: a temporary folder, removed)"
    )
    parser.add_argument("--queries", default=str(ROOT / "queries"), help="folder of .rq files (default: queries/)")
    args = parser.parse_args(argv)

    import pyoxigraph
    import rdflib

    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="kg-sparql-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        nt = workdir / "graph.nt"
        seconds, triples = timed(lambda: generate(nt, args.articles))
        size = nt.stat().st_size / 2**20
        print(
            f"synthetic graph: {triples:,} triples, {size:.0f} MiB of N-Triples ({args.articles} articles), written in {seconds:.1f} s"
        )
        load_average = " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
        print(
            f"python {sys.version.split()[0]}, pyoxigraph {getattr(pyoxigraph, '__version__', '?')}, rdflib {rdflib.__version__}, {os.cpu_count()} CPUs, load average {load_average}\n"
        )

        # -- load ---------------------------------------------------------------------
        store_dir = workdir / "store"
        shutil.rmtree(store_dir, ignore_errors=True)

        def bulk_load() -> None:
            store = pyoxigraph.Store(str(store_dir))
            store.bulk_load(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES)
            store.flush()
            del store

        ox_load, _ = timed(bulk_load)
        ox_open, store = timed(lambda: pyoxigraph.Store.read_only(str(store_dir)))
        ox_count = len(store)
        hash_seconds, _ = timed(lambda: _store_key(nt))
        ox_memory_load, memory_store = timed(lambda: _memory_store(pyoxigraph, nt))
        del memory_store
        before = rss_mib()
        rdflib_load, graph = timed(lambda: rdflib.Graph().parse(nt, format="nt"))
        rdflib_rss = rss_mib() - before
        print("load                                   seconds")
        print(f"  oxigraph bulk load to disk store   {ox_load:9.2f}   (first kg query; {ox_count:,} triples)")
        print(f"  oxigraph reopen store read-only    {ox_open:9.3f}   (every later kg query)")
        print(f"  sha256 of graph.nt                 {hash_seconds:9.3f}   (freshness check after the file changes)")
        print(f"  oxigraph load into memory          {ox_memory_load:9.2f}")
        print(
            f"  rdflib parse into memory           {rdflib_load:9.2f}   (every kg query --engine rdflib; +{rdflib_rss:,.0f} MiB RSS)"
        )
        print(
            f"  ratio rdflib / oxigraph            {rdflib_load / ox_load:9.1f}x  (load)   {rdflib_load / ox_open:,.0f}x (vs reopening)\n"
        )

        # -- queries --------------------------------------------------------------------
        results = []
        for path in sorted(Path(args.queries).glob("*.rq")):
            text = path.read_text(encoding="utf-8")
            for real, synthetic in NAMES.items():
                text = text.replace(f'"{real}"', f'"{synthetic}"')
            ox_times, ox_rows = [], None
            for _ in range(args.repeat):
                seconds, result = timed(lambda text=text: run(store, text))
                ox_times.append(seconds)
                ox_rows = rows_of(result)

            def rdflib_runs(text: str = text) -> tuple[list[float], list[tuple[str, ...]]]:
                times, rows = [], []
                for _ in range(args.repeat):
                    seconds, result = timed(lambda: run(graph, text))
                    times.append(seconds)
                    rows = rows_of(result)
                    if seconds > 10:
                        break
                return times, rows

            status, value = in_child(rdflib_runs, args.query_timeout)
            ox_median = statistics.median(ox_times)
            if status == "ok":
                rl_times, rl_rows = value
                rl_median = statistics.median(rl_times)
                same = same_rows(ox_rows or [], rl_rows, text)
                results.append(
                    (
                        path.stem,
                        len(ox_rows or []),
                        ox_median,
                        rl_median,
                        rl_median / ox_median,
                        "yes" if same else "NO",
                    )
                )
            else:
                results.append(
                    (
                        path.stem,
                        len(ox_rows or []),
                        ox_median,
                        float("nan"),
                        float("nan"),
                        f"rdflib {status}: {value or f'> {args.query_timeout:g} s'}",
                    )
                )

        print(f"query (median of {args.repeat})            rows   oxigraph s    rdflib s   rdflib/ox   same rows")
        for name, rows, ox_s, rl_s, ratio, same in results:
            print(f"  {name:30} {rows:7,} {ox_s:12.4f} {rl_s:11.3f} {ratio:10.0f}x   {same}")
        done = [r for r in results if r[3] == r[3]]
        if done:
            ox_total, rl_total = sum(r[2] for r in done), sum(r[3] for r in done)
            print(f"  {'all queries':30} {'':7} {ox_total:12.4f} {rl_total:11.3f} {rl_total / ox_total:10.0f}x")
            print(
                f"\nfirst answer from a cold start: oxigraph {ox_load + ox_total:.1f} s (bulk load + queries), "
                f"{ox_open + ox_total:.2f} s with the store kept; rdflib {rdflib_load + rl_total:.1f} s (parse + queries)"
            )
        return 0 if all(r[5] == "yes" for r in results) else 1
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


def _memory_store(pyoxigraph: Any, nt: Path) -> Any:
    store = pyoxigraph.Store()
    store.bulk_load(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store


if __name__ == "__main__":
    sys.exit(main())
