"""Train the character CRF packaged as ``kg/data/ner_crf.crfsuite`` (PER / LOC / ORG).

Training data (read from ``<repo>/../shared/datasets``, never copied into the repo):

* ``people_daily_1998_todolist/train.bio`` and ``dev.bio`` (``--no-pd-dev`` keeps dev
  out): PKU People's Daily 1998 clauses, nr/ns/nt -> PER/LOC/ORG; plus the 468 clauses
  train.bio dropped for the doubled one-character-name bug, repaired (see
  ``load_pd1998_repaired``). Their labels are moved to the conventions of the
  evaluation data (``convert_pku``; ``--pku-conventions`` keeps them as they are).
* ``cluener2020/train.json`` (``--no-cluener`` leaves it out): name -> PER,
  government/company/organization -> ORG, everything else O. The sentences with an
  ``address`` or ``scene`` label (``--cluener-skip``) are kept with silver labels
  (``cluener_silver``; ``--cluener-address drop`` leaves them out, as the previous model
  did): CLUENER's addresses are whole postal strings, so only their place names become
  LOC, and only natural scenic spots (lakes, mountains, islands) are LOC. Of the sentences
  without those labels and, apart, of those with them, every tenth (index % 10 == 0) is
  held out for tuning and never trained on (``cluener-train/10``, ``cluener-address/10``;
  the latter scored with CLUENER's own labels, so only its PER and ORG compare).
* ``msra_ner/msra_val_bio.txt``, three copies (``--msra-repeat N``: N copies, 0 leaves it
  out): the 3,000-sentence slice of MSRA train, the only MSRA data in the folder (MSRA
  train itself is not there). Same conventions as the evaluation data, and the same
  pool of sentences, so the overlap removal below takes out 341 to 491 of them.
* ``people_daily_zjy/example.dev`` (``--no-zjy-dev`` keeps it out, for a tuning run):
  the settings were chosen on it, then the shipped model was trained on it too.

Tuning was done on people_daily_zjy dev (runs with ``--no-zjy-dev``) and the CLUENER
tenth; the test splits (people_daily_zjy test, CLUENER dev) were never used to choose
anything.

Before training, every training sentence that also occurs in an evaluation split
(people_daily_zjy dev and test, CLUENER dev; the MSRA val slice too when it is not
trained on; zjy dev not when it is) is removed: exact match after stripping spaces and
full-width/half-width folding; for strings of 8+ characters also a match with one
clause of an evaluation sentence, or containment either way (a training clause inside
an evaluation sentence, or an evaluation clause inside a training sentence).

Sentences are cut into clauses as the tagger cuts them (``kg.extract.crf.clauses``);
a sentence with an entity across a cut, or with overlapping entities, is dropped.
Labels are BIOES. The trainer is L-BFGS with L1 + L2 regularisation; the run is
deterministic (fixed data order, no randomness), so the same data give the same model.

    python scripts/train_crf.py                     # train, write the shipped model, print scores
    python scripts/train_crf.py --no-zjy-dev --c1 0.1 --out /tmp/m.crfsuite   # a tuning run
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import itertools
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import ahocorasick

from kg.extract.crf import _norm, clauses, features, spans_from_labels

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "kg" / "data" / "ner_crf.crfsuite"


def _benchmark():
    spec = importlib.util.spec_from_file_location("ner_public", REPO / "benchmarks" / "ner_public.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["ner_public"] = module
    spec.loader.exec_module(module)
    return module


bench = _benchmark()
MIN_CONTAINED = 8


def key(text: str) -> str:
    return "".join(_norm(ch) for ch in text if not ch.isspace())


class Overlap:
    """Evaluation sentences and clauses, to find training sentences that repeat them."""

    def __init__(self, texts: list[str]) -> None:
        self.sentences = {key(t) for t in texts}
        self.clauses = {key(t[s:e]) for t in texts for s, e in clauses(t)}
        self.clauses.discard("")
        self.joined = "\x00".join(sorted(self.sentences))
        self.long_clauses = ahocorasick.Automaton()
        for clause in self.clauses:
            if len(clause) >= MIN_CONTAINED:
                self.long_clauses.add_word(clause, clause)
        self.long_clauses.make_automaton()

    def why(self, text: str) -> str:
        k = key(text)
        if k in self.sentences:
            return "same sentence"
        if len(k) >= MIN_CONTAINED and k in self.clauses:
            return "same as an eval clause"
        if len(k) >= MIN_CONTAINED and k in self.joined:
            return "inside an eval sentence"
        for _ in self.long_clauses.iter(k):
            return "contains an eval clause"
        return ""


# --- From PKU's conventions to the People's Daily / MSRA ones of the evaluation data ----
# (read off people_daily_zjy dev, the tuning split): 中国政府 is 中国 LOC, not one ORG;
# 中东地区 is 中东; and one-character abbreviations of countries and provinces are places
# (中美关系, 访华, 在京, 美方, 俄政府, 京剧, 华侨), which PKU tags j and the 1998 clauses leave O.
COUNTRY_ABBR = "中美日俄英法德意韩朝印巴以埃越泰蒙菲葡西荷澳加墨南叙伊阿哈苏欧亚非拉"
PAIR_FOLLOWERS = (
    "两国|三国|四国|五国|双方|三方|关系|建交|友好|合作|边界|边境|首脑|高层|之间|间|联合|和平|禁毒|经济|贸易|"
    "谈判|会谈|对话|等国|外长|峰会|战争|科技|文化|交流|贸|经贸|政府|领导人|元首|两军"
)
PAIR_RE = re.compile(f"([{COUNTRY_ABBR}])(?:、?)([{COUNTRY_ABBR}])(?:(?:、?)([{COUNTRY_ABBR}]))?(?={PAIR_FOLLOWERS})")
VISIT_RE = re.compile(
    "(?<=[访来驻旅赴抵离返侵援反对在进])([华京])|(?<=[访驻赴抵离])([美日俄韩英法德意印巴朝越泰澳港台])"
)
SIDE_RE = re.compile(
    "([中美日俄英法德意韩朝印巴以港台澳越泰菲葡])(?=方[^面法式向针案便])|([美日俄英法德苏])(?=军)|"
    "([美日俄韩英法德意印巴朝越泰以罗])(?=(?:政府|总统|总理|首相|外长|国内|大使|驻))"
)
WORD_RE = re.compile(
    "(京)(?=剧|韵)|(中)(?=医|药|西)|(华)(?=侨|人|裔|商|工)|([奥亚])(?=运会|运)|(港)(?=人|澳|台)|"
    "(?<=港)(澳|台)|(青)(藏)|(黄|江)(淮)|(中华)(?=民族|儿女|大地|文化|文明)|(地球|月球|火星)|"
    "(华北|华东|华南|华中|东北|西北|西南|东南)(?![方风部角侧面向])"
)
# Names inside a compound that PKU tags as one non-name word (邓小平理论 is nz).
PERSON_RE = re.compile(
    "(邓小平)(?=理论|同志|思想)|(毛泽东)(?=思想|同志)|(马克思)(?=主义|列宁|恩格斯)|(?<=马克思)(列宁)"
)
# Organisations PKU tags j (abbreviation), which the 1998 clauses leave O.
# Bare Party committees (市委, 县委) are organisations in the evaluation data, words in PKU.
ORG_RE = re.compile(
    "欧盟|北约|东盟|亚行|世行|中共十五大|十五大|北大|清华|欧佩克|世贸组织|安理会|(?:团)?[省市县地区州]委(?![员会])"
)
# A team or delegation named by its country is one organisation (中国队, 中国女队).
TEAM_FOLLOWERS = ("国家队", "代表队", "代表团", "女队", "男队", "队")


def _relabel(text: str, gold: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans = []
    for s, e, t in gold:
        name = text[s:e]
        if t == "ORG" and name.endswith("政府") and e - s > 2:
            cut = 4 if name.endswith("人民政府") and e - s > 4 else 2
            spans.append((s, e - cut, "LOC"))
        elif t == "ORG" and e - s == 2 and name[1] == "军" and name[0] in COUNTRY_ABBR:
            spans.append((s, s + 1, "LOC"))  # 美军 -> 美
        elif t == "LOC" and name.endswith("地区") and e - s > 3:
            spans.append((s, e - 2, "LOC"))
        else:
            spans.append((s, e, t))
    for k, (s, e, t) in enumerate(spans):
        if t == "LOC":
            follower = next((f for f in TEAM_FOLLOWERS if text.startswith(f, e)), "")
            if follower and text[e + len(follower) : e + len(follower) + 1] not in ("员", "伍", "长"):
                spans[k] = (s, e + len(follower), "ORG")
    taken = {i for s, e, _ in spans for i in range(s, e)}

    def add(start: int, end: int, type_: str) -> None:
        if not any(i in taken for i in range(start, end)):
            spans.append((start, end, type_))
            taken.update(range(start, end))

    for pattern in (PAIR_RE, VISIT_RE, SIDE_RE, WORD_RE):
        for match in pattern.finditer(text):
            for group in range(1, (match.lastindex or 0) + 1):
                i, j = match.span(group)
                if i >= 0 and not (j - i == 1 and text[j : j + 1] == "国"):
                    add(i, j, "LOC")
    for match in PERSON_RE.finditer(text):
        for group in range(1, (match.lastindex or 0) + 1):
            if match.start(group) >= 0:
                add(*match.span(group), "PER")
    for match in ORG_RE.finditer(text):
        add(*match.span(), "ORG")
    return sorted(spans)


# The 1998 clauses' script wrote a one-character name twice (孔/B_nr 孔/E_nr: 孔孔书记), and
# train.bio drops every such clause, which leaves the model no bare surname (李老师, 毛主席).
# They are repaired here when a title or kin word follows (孔书记 -> 孔 PER); a doubled
# character with none after it is a real doubled name (强强, 翩翩) and stays as it is.
TITLE_AFTER = re.compile(
    "书记|主席|总理|总司令|司令|大爷|爷爷|奶奶|伯伯|叔叔|阿姨|妈妈|大妈|大娘|大嫂|大哥|先生|女士|小姐|同志|老师|"
    "校长|厂长|市长|县长|司长|局长|部长|经理|大使|教授|师傅|老汉|老太|老人|老|某|氏|姓|家|兄弟|门|总"
)


# CLUENER sentences with ``address`` or ``scene`` labels, kept with silver labels
# (``--cluener-address silver``): CLUENER's addresses are whole postal strings down to
# the house number, People's Daily splits a place into its parts and leaves streets and
# buildings mostly O. An address of at most 5 characters with nothing of a street or
# building in it (美国, 塔斯马尼亚, 海淀区, 禾木乡) is one LOC; a longer one gives LOC to
# its division names (``divisions.csv``) and to the words jieba's dictionary tags ns
# (forward longest match), the rest O. A scenic spot is LOC when it is a natural feature
# (泸沽湖, 玉龙雪山, 巴厘岛), otherwise O (博物馆, 鸟巢, 苏园), as in People's Daily.
ADDRESS_PARTS = re.compile(
    r"[0-9a-zA-Z]|路|街|道|号|楼|室|层|座|栋|大厦|广场|中心|花园|小区|公寓|酒店|宾馆|饭店|网吧|赌场|商场|市场|"
    "站|店|院|校区|大学|学院|医院|公司|银行|区域|灾区|工作室|别墅|桥|门"
)
NATURAL_SCENE = re.compile("(?:山|峰|岭|岛|湖|海|江|河|溪|沟|峡|谷|滩|湾|泉|瀑布|洲|草原|沙漠|冰川)$")


@functools.lru_cache(maxsize=1)
def _place_words() -> tuple[dict[str, int], set[str]]:
    from kg.extract.words import _dictionary
    from kg.lexicon import load_lexicon

    freq, tags = _dictionary()
    places = {w for w, t in tags.items() if t == "ns" and 2 <= len(w) <= 8}
    for division in load_lexicon().divisions.values():
        places.add(division.name)
        if division.short and len(division.short) > 1:
            places.add(division.short)
    return freq, places


def address_places(text: str) -> list[tuple[int, int]]:
    """The places (jieba ns words, division names) of an address, by forward longest match."""
    freq, places = _place_words()
    out, i = [], 0
    while i < len(text):
        best = 1
        for j in range(min(len(text), i + 8), i + 1, -1):
            if text[i:j] in places or freq.get(text[i:j]):
                best = j - i
                break
        if text[i : i + best] in places:
            out.append((i, i + best))
        i += best
    return out


def cluener_silver(item: dict) -> bench.Sentence:
    """A CLUENER sentence with its address and scene spans moved to People's Daily conventions."""
    text = item["text"]
    gold = set()
    for label, surfaces in item.get("label", {}).items():
        type_ = bench.CLUENER_MAP.get(label)
        for positions in surfaces.values():
            for start, end in positions:
                end += 1
                name = text[start:end]
                if type_ in ("PER", "ORG"):
                    gold.add((start, end, type_))
                elif label == "address":
                    if len(name) <= 5 and not ADDRESS_PARTS.search(name):
                        gold.add((start, end, "LOC"))
                    else:
                        gold.update((start + s, start + e, "LOC") for s, e in address_places(name))
                elif (
                    label == "scene"
                    and len(name) <= 6
                    and NATURAL_SCENE.search(name)
                    and not ADDRESS_PARTS.search(name)
                ):
                    gold.add((start, end, "LOC"))
    return bench.Sentence(text, frozenset(gold))


def load_pd1998_repaired(data: Path) -> list:
    """The clauses train.bio left out, with the doubled one-character names undone."""
    out = []
    for text, tags in bench.read_bio(data / "people_daily_1998_todolist" / "original_train"):
        doubled = [
            i
            for i in range(len(text) - 1)
            if tags[i].startswith("B-") and tags[i + 1].startswith("E-") and text[i] == text[i + 1]
        ]
        if not doubled:
            continue
        chars, labels = list(text), list(tags)
        for i in reversed(doubled):
            if TITLE_AFTER.match(text, i + 2) or (i + 2 == len(text) and i > 0 and text[i - 1] == "姓"):
                del chars[i + 1]
                del labels[i + 1]
                labels[i] = "S-" + labels[i][2:]
        gold = bench.bio_spans(labels, {"nr": "PER", "ns": "LOC", "nt": "ORG"})
        out.append(bench.Sentence("".join(chars), frozenset(gold)))
    return out


def convert_pku(sentence):
    """A PKU 1998 clause with its labels moved to the evaluation data's conventions."""
    return bench.Sentence(sentence.text, frozenset(_relabel(sentence.text, sorted(sentence.gold))))


def to_sequences(sentence, drop: Counter) -> list[tuple[list[list[str]], list[str]]]:
    """(features, BIOES labels) per clause; [] when the sentence cannot be used."""
    text, gold = sentence.text, sorted(sentence.gold)
    for a, b in itertools.pairwise(gold):
        if b[0] < a[1]:
            drop["overlapping entities"] += 1
            return []
    out = []
    spans = list(clauses(text))
    used = 0
    for start, end in spans:
        inside = [g for g in gold if start <= g[0] and g[1] <= end]
        used += len(inside)
        labels = ["O"] * (end - start)
        for s, e, t in inside:
            s, e = s - start, e - start
            if e - s == 1:
                labels[s] = "S-" + t
            else:
                labels[s] = "B-" + t
                labels[s + 1 : e - 1] = ["I-" + t] * (e - s - 2)
                labels[e - 1] = "E-" + t
        out.append((features(text[start:end]), labels))
    if used != len(gold):
        drop["entity across a clause cut"] += 1
        return []
    return out


def score(tagger, sentences) -> dict[str, dict[str, float]]:
    counts = bench.Counts()
    for sentence in sentences:
        pred = []
        for start, end in clauses(sentence.text):
            pred.extend(spans_from_labels(tagger.tag(features(sentence.text[start:end])), start))
        counts.add(sentence.gold, pred)
    return counts.scores()


def line(name: str, scores: dict[str, dict[str, float]]) -> str:
    return f"{name:<16}" + "  ".join(
        f"{t} {scores[t]['p']:.3f}/{scores[t]['r']:.3f}/{scores[t]['f1']:.3f}" for t in ("PER", "LOC", "ORG", "ALL")
    )


def main(argv: list[str] | None = None) -> int:
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=bench.DATA)
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--c1", type=float, default=0.05, help="L1 weight")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 weight")
    parser.add_argument("--max-iterations", type=int, default=300)
    parser.add_argument("--minfreq", type=float, default=2, help="drop attributes seen fewer times")
    parser.add_argument("--no-cluener", action="store_true", help="train on the 1998 clauses only")
    parser.add_argument("--no-pd-dev", action="store_true", help="leave people_daily_1998 dev.bio out (to tune on it)")
    parser.add_argument("--pku-conventions", action="store_true", help="keep PKU's labels as they are")
    parser.add_argument(
        "--cluener-skip", default="address,scene", help="drop CLUENER sentences with these labels (e.g. address,scene)"
    )
    parser.add_argument(
        "--cluener-address",
        choices=("drop", "silver"),
        default="silver",
        help="CLUENER sentences with --cluener-skip labels: left out, or kept with silver labels",
    )
    parser.add_argument(
        "--cluener-repeat", type=int, default=1, help="train on the CLUENER sentences this many times over"
    )
    parser.add_argument(
        "--msra-repeat", type=int, default=3, help="train on the MSRA val slice this many times over (0: leave it out)"
    )
    parser.add_argument(
        "--no-zjy-dev", action="store_true", help="keep people_daily_zjy dev out of training, to tune on it"
    )
    parser.add_argument("--limit", type=int, default=0, help="first N training sentences of each set (quick runs)")
    parser.add_argument("--stats", type=Path, help="write training statistics as JSON here")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"train_crf: no data at {args.data}", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    evaluation = {
        "zjy-dev": bench.load_zjy("dev", args.data),
        "zjy-test": bench.load_zjy("test", args.data),
        "cluener-dev": bench.load_cluener("dev", args.data),
        "msra-val": bench.load_msra_val(args.data),
    }
    zjy_dev = evaluation["zjy-dev"]
    msra = evaluation.pop("msra-val") if args.msra_repeat > 0 else []
    if not args.no_zjy_dev:
        del evaluation["zjy-dev"]
    overlap = Overlap([s.text for split in evaluation.values() for s in split])

    sets = {"pd1998-train": bench.load_pd1998("train", args.data) + load_pd1998_repaired(args.data)}
    if not args.pku_conventions:
        sets["pd1998-train"] = [convert_pku(s) for s in sets["pd1998-train"]]
    tune = {"zjy-dev": zjy_dev, "pd1998-dev": bench.load_pd1998("dev", args.data)}
    if not args.pku_conventions:
        tune["pd1998-dev"] = [convert_pku(s) for s in tune["pd1998-dev"]]
    if not args.no_pd_dev:
        sets["pd1998-dev"] = tune.pop("pd1998-dev")
    if not args.no_cluener:
        cluener = bench.load_cluener("train", args.data)
        skip = set(filter(None, args.cluener_skip.split(",")))
        raw = [
            json.loads(x)
            for x in (args.data / "cluener2020" / "train.json").read_text(encoding="utf-8").splitlines()
            if x.strip()
        ]
        plain = [s for s, r in zip(cluener, raw) if not skip & set(r.get("label", {}))]
        sets["cluener-train"] = [s for i, s in enumerate(plain) if i % 10]
        tune["cluener-train/10"] = [s for i, s in enumerate(plain) if i % 10 == 0]
        if skip and args.cluener_address == "silver":
            # The sentences with address / scene labels: every tenth of them held out too
            # (scored with CLUENER's own labels: only PER and ORG are comparable).
            other = [(s, r) for s, r in zip(cluener, raw) if skip & set(r.get("label", {}))]
            sets["cluener-train"] += [cluener_silver(r) for i, (_, r) in enumerate(other) if i % 10]
            tune["cluener-address/10"] = [s for i, (s, _) in enumerate(other) if i % 10 == 0]
    if msra:
        sets["msra-val"] = msra
    if not args.no_zjy_dev:
        sets["zjy-dev"] = tune.pop("zjy-dev")

    stats: dict[str, object] = {"removed": {}, "dropped": {}, "kept": {}}
    trainer = pycrfsuite.Trainer(verbose=False)
    items = 0
    repeat = {"msra-val": args.msra_repeat, "cluener-train": args.cluener_repeat}
    for name, sentences in sets.items():
        if args.limit:
            sentences = sentences[: args.limit]
        removed: Counter[str] = Counter()
        dropped: Counter[str] = Counter()
        kept = 0
        for sentence in sentences:
            why = overlap.why(sentence.text)
            if why:
                removed[why] += 1
                continue
            sequences = to_sequences(sentence, dropped)
            if sequences:
                kept += 1
            for xseq, yseq in sequences * repeat.get(name, 1):
                trainer.append(xseq, yseq)
                items += len(yseq)
        stats["removed"][name] = dict(removed)  # type: ignore[index]
        stats["dropped"][name] = dict(dropped)  # type: ignore[index]
        stats["kept"][name] = kept  # type: ignore[index]
        print(
            f"{name}: {len(sentences)} sentences, removed as overlapping {sum(removed.values())} {dict(removed)}, "
            f"dropped {dict(dropped)}, kept {kept}",
            flush=True,
        )
    t1 = time.perf_counter()
    print(f"features: {items} characters in {t1 - t0:.1f}s", flush=True)

    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.max_iterations,
            "feature.minfreq": args.minfreq,
            "feature.possible_transitions": True,
        }
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    t2 = time.perf_counter()
    info = trainer.logparser.last_iteration
    size = args.out.stat().st_size
    print(
        f"trained in {t2 - t1:.1f}s, {info.get('num') if info else '?'} iterations, "
        f"{info.get('active_features') if info else '?'} active features, model {size / 1e6:.2f} MB",
        flush=True,
    )

    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.out))
    tuned = {}
    for name, sentences in tune.items():
        tuned[name] = score(tagger, sentences)
        print(line(name, tuned[name]), flush=True)
    stats.update(
        {
            "params": {
                "c1": args.c1,
                "c2": args.c2,
                "max_iterations": args.max_iterations,
                "minfreq": args.minfreq,
                "cluener": not args.no_cluener,
                "pd1998_dev": not args.no_pd_dev,
                "msra_repeat": args.msra_repeat,
                "cluener_address": args.cluener_address,
                "cluener_repeat": args.cluener_repeat,
                "zjy_dev": not args.no_zjy_dev,
            },
            "characters": items,
            "feature_seconds": round(t1 - t0, 1),
            "train_seconds": round(t2 - t1, 1),
            "iterations": info.get("num") if info else None,
            "active_features": info.get("active_features") if info else None,
            "model_bytes": size,
            "tuning": tuned,
        }
    )
    if args.stats:
        args.stats.write_text(json.dumps(stats, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
