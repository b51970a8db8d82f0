"""Out-of-domain NER benchmark on public Chinese data (PER / LOC / ORG).

Scores, on the same sentences and in the same run:

* ``jieba``      jieba.posseg: nr/nrfg/nrt -> PER, ns -> LOC, nt -> ORG, one token one span;
* ``jieba+merge`` the same tokens, adjacent tokens of one type merged into one span
                 (北京/ns 朝阳区/ns -> one LOC); same tagging pass, so same speed;
* ``rules``      kg's rule extractor, ``kg.pipeline.extract_text``, each sentence as its
                 own text: official/person/journalist -> PER, district -> LOC,
                 company/organization -> ORG, project ignored; mentions nested inside a
                 longer mention are dropped (the gold is flat);
* ``crf``        the packaged character CRF alone (``kg.extract.crf.tag``);
* ``rules+crf``  ``kg extract --ner both``: the rules' mentions, plus every CRF mention
                 that overlaps none of them (``kg.extract.crf.merge``; a rule mention of a
                 type not scored, such as project, still blocks the CRF spans it overlaps),
                 then scored as ``rules`` is (CRF person/place/organization -> PER/LOC/ORG);
* ``crf+rules``  the other way round: the CRF's spans, plus every rule span that
                 overlaps no CRF span.

Span-level exact match (start, end and type) gives precision, recall and F1 per type
and micro-averaged over the three. Speed is characters per second of each system's pass
over the split (models and dictionaries loaded before the clock starts); ``rules+crf``
and ``crf+rules`` cost the two passes together. Ratios are to the jieba.posseg pass.

Splits (``--splits``; the CRF never trained or tuned on the first two):

* ``zjy-test``    people_daily_zjy example.test (4,636 sentences);
* ``cluener-dev`` CLUENER2020 dev.json (1,343): name -> PER, address -> LOC,
                  government/company/organization -> ORG; position, scene, book, game and
                  movie are not scored (position is counted in the JSON for reference);
* ``zjy-dev``     people_daily_zjy example.dev: the CRF's tuning split, then part of its
                  training data (see ``kg/data/ner_crf.md``), so not a test.

The MSRA val slice (``msra_ner/msra_val_bio.txt``) is no split here: the CRF trains on
it (less the sentences that repeat a test sentence), so it measures nothing held out.

Data are read from ``<repo>/../shared/datasets`` (never copied into the repo); when that
folder is absent the benchmark says so and exits 0.

    python benchmarks/ner_public.py                      # zjy-test and cluener-dev
    python benchmarks/ner_public.py --limit 300 --json /tmp/ner.json
    python benchmarks/ner_public.py --errors /tmp/rule_errors.jsonl
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "datasets"
TYPES = ("PER", "LOC", "ORG")

Span = tuple[int, int, str]

# ---------------------------------------------------------------------------------------
# Label maps, one per data set (explicit, so a reader sees every decision).

# people_daily_zjy, MSRA and the PKU 1998 clauses already use PER / LOC / ORG.
BIO_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
# CLUENER2020: government bodies are organisations for kg; company and organization too.
CLUENER_MAP = {
    "name": "PER",
    "address": "LOC",
    "government": "ORG",
    "company": "ORG",
    "organization": "ORG",
    "position": "POS",  # kept apart, never scored as PER/LOC/ORG
    # scene, book, game, movie: not mapped
}
# kg's rule extractor.
RULE_MAP = {
    "official": "PER",
    "person": "PER",
    "journalist": "PER",
    "district": "LOC",
    "place": "LOC",  # the CRF's LOC in kg extract --ner both
    "company": "ORG",
    "organization": "ORG",
    # project: not mapped
}
# jieba.posseg tags.
JIEBA_MAP = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}


@dataclass(frozen=True)
class Sentence:
    text: str
    gold: frozenset[Span]  # PER / LOC / ORG only
    other: frozenset[Span] = field(default=frozenset())  # mapped but not scored (POS)


# ---------------------------------------------------------------------------------------
# Loaders


def read_bio(path: Path) -> list[tuple[str, list[str]]]:
    """``char<space or tab>tag`` lines, a blank line between sentences."""
    out: list[tuple[str, list[str]]] = []
    chars: list[str] = []
    tags: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\r\n")
        if not line.strip():
            if chars:
                out.append(("".join(chars), tags))
            chars, tags = [], []
            continue
        ch, _, tag = line.rpartition(" ") if "\t" not in line else line.rpartition("\t")
        chars.append(ch if len(ch) == 1 else (ch[:1] or " "))
        tags.append(tag.strip().replace("_", "-"))
    if chars:
        out.append(("".join(chars), tags))
    return out


def bio_spans(tags: list[str], mapping: dict[str, str]) -> list[Span]:
    """Spans of BIO/BIOES tags (``B-PER`` or ``B_nr``); a tag of a new type starts a span."""
    spans: list[Span] = []
    start, current = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, raw = tag.partition("-")
        type_ = mapping.get(raw, "") if prefix != "O" else ""
        if current and (prefix in ("O", "B", "S") or type_ != current):
            spans.append((start, i, current))
            current = ""
        if type_ and (prefix in ("B", "S") or not current):
            start, current = i, type_
        if prefix in ("E", "S") and current:
            spans.append((start, i + 1, current))
            current = ""
    return spans


def _bio_set(path: Path, mapping: dict[str, str] = BIO_MAP) -> list[Sentence]:
    return [Sentence(text, frozenset(bio_spans(tags, mapping))) for text, tags in read_bio(path)]


def load_zjy(split: str, data: Path = DATA) -> list[Sentence]:
    """people_daily_zjy ``test`` or ``dev``."""
    return _bio_set(data / "people_daily_zjy" / f"example.{split}")


def load_msra_val(data: Path = DATA) -> list[Sentence]:
    return _bio_set(data / "msra_ner" / "msra_val_bio.txt")


def load_pd1998(split: str, data: Path = DATA) -> list[Sentence]:
    """The PKU People's Daily 1998 clauses, ``train`` or ``dev`` (BIO, PER/LOC/ORG)."""
    return _bio_set(data / "people_daily_1998_todolist" / f"{split}.bio")


def load_cluener(split: str, data: Path = DATA, mapping: dict[str, str] = CLUENER_MAP) -> list[Sentence]:
    """CLUENER2020 ``dev`` or ``train``; offsets in the file are end-inclusive."""
    out = []
    for line in (data / "cluener2020" / f"{split}.json").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        gold, other = set(), set()
        for label, surfaces in item.get("label", {}).items():
            type_ = mapping.get(label)
            if not type_:
                continue
            for positions in surfaces.values():
                for start, end in positions:
                    (gold if type_ in TYPES else other).add((start, end + 1, type_))
        out.append(Sentence(item["text"], frozenset(gold), frozenset(other)))
    return out


SPLITS: dict[str, Callable[[Path], list[Sentence]]] = {
    "zjy-test": lambda data: load_zjy("test", data),
    "cluener-dev": lambda data: load_cluener("dev", data),
    "zjy-dev": lambda data: load_zjy("dev", data),
}
DEFAULT_SPLITS = ("zjy-test", "cluener-dev")

# ---------------------------------------------------------------------------------------
# Systems


def outermost(spans: Iterable[Span]) -> list[Span]:
    """Drop spans that lie inside a longer one (and exact duplicates)."""
    ordered = sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]), s[2]))
    kept: list[Span] = []
    for span in ordered:
        if kept and span[0] < kept[-1][1] and span[1] <= kept[-1][1]:
            continue
        kept.append(span)
    return kept


def jieba_tokens(text: str) -> list[tuple[int, int, str]]:
    import jieba.posseg

    out, pos = [], 0
    for pair in jieba.posseg.cut(text):
        out.append((pos, pos + len(pair.word), pair.flag))
        pos += len(pair.word)
    return out


def jieba_spans(tokens: list[tuple[int, int, str]], merge: bool) -> list[Span]:
    spans: list[Span] = []
    for start, end, flag in tokens:
        type_ = JIEBA_MAP.get(flag)
        if not type_:
            continue
        if merge and spans and spans[-1][1] == start and spans[-1][2] == type_:
            spans[-1] = (spans[-1][0], end, type_)
        else:
            spans.append((start, end, type_))
    return spans


def rule_mentions(text: str) -> list[dict[str, object]]:
    from kg.pipeline import extract_text

    return extract_text(text)


def rule_spans(mentions: list[dict[str, object]]) -> list[Span]:
    spans = []
    for m in mentions:
        type_ = RULE_MAP.get(str(m["type"]))
        if type_:
            spans.append((int(m["start"]), int(m["end"]), type_))  # type: ignore[call-overload]
    return outermost(spans)


def crf_spans(text: str) -> list[Span]:
    from kg.extract.crf import tag

    return tag(text)


def merged_spans(text: str, mentions: list[dict[str, object]]) -> list[Span]:
    """``kg extract --ner both`` on one text whose rule mentions are already known."""
    from kg.extract.crf import mentions as crf_mentions
    from kg.extract.crf import merge

    return rule_spans(merge(mentions, crf_mentions(text)))


def combine(first: list[Span], second: list[Span]) -> list[Span]:
    """The spans of ``first``, plus the spans of ``second`` that overlap none of them."""
    out = list(first)
    for span in second:
        if not any(span[0] < e and s < span[1] for s, e, _ in first):
            out.append(span)
    return sorted(out)


# ---------------------------------------------------------------------------------------
# Scoring


@dataclass
class Counts:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Iterable[Span], pred: Iterable[Span]) -> None:
        gold, pred = set(gold), set(pred)
        for _, _, t in gold & pred:
            self.tp[t] += 1
        for _, _, t in pred - gold:
            self.fp[t] += 1
        for _, _, t in gold - pred:
            self.fn[t] += 1

    def scores(self) -> dict[str, dict[str, float]]:
        out = {}
        for t in (*TYPES, "ALL"):
            tp = sum(self.tp[x] for x in TYPES) if t == "ALL" else self.tp[t]
            fp = sum(self.fp[x] for x in TYPES) if t == "ALL" else self.fp[t]
            fn = sum(self.fn[x] for x in TYPES) if t == "ALL" else self.fn[t]
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[t] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}
        return out


def _timed(fn: Callable[[str], object], texts: list[str]) -> tuple[list, float]:
    fn(texts[0])  # warm-up: dictionaries and models load here, not on the clock
    start = time.perf_counter()
    results = [fn(t) for t in texts]
    return results, time.perf_counter() - start


SYSTEMS = ("jieba", "jieba+merge", "rules", "crf", "rules+crf", "crf+rules")


def evaluate(sentences: list[Sentence], with_crf: bool = True) -> dict[str, object]:
    texts = [s.text for s in sentences]
    chars = sum(len(t) for t in texts)
    tokens, t_jieba = _timed(jieba_tokens, texts)
    mentions, t_rules = _timed(rule_mentions, texts)
    predictions: dict[str, list[list[Span]]] = {
        "jieba": [jieba_spans(t, merge=False) for t in tokens],
        "jieba+merge": [jieba_spans(t, merge=True) for t in tokens],
        "rules": [rule_spans(m) for m in mentions],
    }
    seconds = {"jieba": t_jieba, "jieba+merge": t_jieba, "rules": t_rules}
    if with_crf:
        crf, t_crf = _timed(crf_spans, texts)
        predictions["crf"] = crf
        start = time.perf_counter()
        predictions["rules+crf"] = [merged_spans(t, m) for t, m in zip(texts, mentions)]
        middle = time.perf_counter()
        predictions["crf+rules"] = [combine(c, r) for r, c in zip(predictions["rules"], crf)]
        seconds["crf"] = t_crf
        seconds["rules+crf"] = t_rules + (middle - start)  # the CRF pass is inside the merge
        seconds["crf+rules"] = t_rules + t_crf + (time.perf_counter() - middle)
    result: dict[str, object] = {
        "sentences": len(sentences),
        "chars": chars,
        "gold": dict(Counter(t for s in sentences for *_, t in s.gold)),
    }
    systems: dict[str, object] = {}
    for name, preds in predictions.items():
        counts = Counts()
        for sentence, pred in zip(sentences, preds):
            counts.add(sentence.gold, [p for p in pred if p[2] in TYPES])
        speed = chars / seconds[name] if seconds[name] else 0.0
        systems[name] = {
            "scores": counts.scores(),
            "seconds": round(seconds[name], 3),
            "chars_per_s": round(speed),
            "speed_vs_jieba": round(speed / (chars / t_jieba), 3) if t_jieba else 0.0,
        }
    result["systems"] = systems
    result["_predictions"] = predictions
    return result


# ---------------------------------------------------------------------------------------
# Output


def format_table(split: str, result: dict[str, object]) -> str:
    systems: dict[str, dict] = result["systems"]  # type: ignore[assignment]
    lines = [f"== {split}: {result['sentences']} sentences, {result['chars']} chars, gold {result['gold']}"]
    head = f"{'system':<12}" + "".join(f" | {t:^17}" for t in (*TYPES, "ALL")) + " | chars/s   x jieba"
    lines += [head, f"{'':<12}" + " |    P     R    F1" * 4 + " |", "-" * len(head)]
    for name, info in systems.items():
        cells = "".join(
            f" | {info['scores'][t]['p']:.3f} {info['scores'][t]['r']:.3f} {info['scores'][t]['f1']:.3f}"[:20].ljust(20)
            for t in (*TYPES, "ALL")
        )
        lines.append(f"{name:<12}{cells} | {info['chars_per_s']:>8} {info['speed_vs_jieba']:>6.2f}")
    return "\n".join(lines)


def write_errors(path: Path, split: str, sentences: list[Sentence], predictions: list[list[Span]], system: str) -> int:
    """False positives and negatives of one system, one JSON object per sentence with errors."""
    n = 0
    with path.open("a", encoding="utf-8") as out:
        for sentence, pred in zip(sentences, predictions):
            gold, got = set(sentence.gold), {p for p in pred if p[2] in TYPES}
            fp, fn = sorted(got - gold), sorted(gold - got)
            if not fp and not fn:
                continue
            n += 1
            item = {
                "split": split,
                "system": system,
                "text": sentence.text,
                "fp": [[s, e, t, sentence.text[s:e]] for s, e, t in fp],
                "fn": [[s, e, t, sentence.text[s:e]] for s, e, t in fn],
                "other": [[s, e, t, sentence.text[s:e]] for s, e, t in sorted(sentence.other)],
            }
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--splits", nargs="+", choices=list(SPLITS), default=list(DEFAULT_SPLITS))
    parser.add_argument("--limit", type=int, default=0, help="first N sentences of each split (0: all)")
    parser.add_argument("--json", type=Path, help="write the results as JSON to this path")
    parser.add_argument(
        "--errors", type=Path, help="write the errors of --errors-system (default: rules) as JSON lines to this path"
    )
    parser.add_argument("--errors-system", default="rules", choices=SYSTEMS)
    parser.add_argument("--data", type=Path, default=DATA, help=f"datasets folder (default {DATA})")
    parser.add_argument("--no-crf", action="store_true", help="skip the CRF systems")
    args = parser.parse_args(argv)

    if not args.data.is_dir():
        print(f"ner_public: skipped, no public data at {args.data}", file=sys.stderr)
        return 0
    import jieba

    jieba.setLogLevel(logging.WARNING)
    with_crf = not args.no_crf
    if with_crf:
        try:
            from kg.extract.crf import tag

            tag("北京")
        except Exception as exc:  # missing package or model: measure the rest
            print(f"ner_public: CRF systems skipped ({exc})", file=sys.stderr)
            with_crf = False
    if args.errors:
        args.errors.write_text("", encoding="utf-8")
    report: dict[str, object] = {"limit": args.limit, "data": str(args.data), "splits": {}}
    for split in args.splits:
        try:
            sentences = SPLITS[split](args.data)
        except FileNotFoundError as exc:
            print(f"ner_public: {split} skipped, {exc.filename} is missing", file=sys.stderr)
            continue
        if args.limit:
            sentences = sentences[: args.limit]
        result = evaluate(sentences, with_crf)
        predictions = result.pop("_predictions")
        if args.errors and args.errors_system in predictions:  # type: ignore[operator]
            write_errors(args.errors, split, sentences, predictions[args.errors_system], args.errors_system)  # type: ignore[index]
        report["splits"][split] = result  # type: ignore[index]
        print(format_table(split, result), flush=True)
        print()
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
