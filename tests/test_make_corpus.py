"""The synthetic corpus generator (benchmarks/make_corpus.py): reproducible, of the size
asked, with gold files that agree with the pages, and text that kg reads like the seeds."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.evaluate import SCORED_RELATIONS, evaluate, load_gold
from kg.model import ENTITY_TYPES

ROOT = Path(__file__).resolve().parents[1]
SIZE_MB = 0.2
SEED = 7


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "benchmarks" / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


mc = _load_generator()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    out = tmp_path_factory.mktemp("corpus")
    return out, mc.make_corpus(out, SIZE_MB, SEED)


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _pages(out: Path) -> list[Path]:
    return sorted((out / "pages").rglob("*.txt"))


def test_same_seed_and_size_give_identical_files(corpus: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    out, _ = corpus
    again = tmp_path / "again"
    mc.make_corpus(again, SIZE_MB, SEED)
    first, second = _digests(out), _digests(again)
    assert first == second
    assert any(name.startswith("pages/") for name in first) and any(name.startswith("gold/") for name in first)


def test_another_seed_gives_other_pages(corpus: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    out, _ = corpus
    other = tmp_path / "other"
    mc.make_corpus(other, 0.02, SEED + 1)
    assert _pages(other)[0].read_bytes() != _pages(out)[0].read_bytes()


@pytest.mark.parametrize("size_mb", [0.05, SIZE_MB, 0.6])
def test_size_is_about_what_was_asked(size_mb: float, corpus: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    out, stats = corpus if size_mb == SIZE_MB else (tmp_path / "sized", None)
    if stats is None:
        stats = mc.make_corpus(out, size_mb, SEED)
    sizes = [p.stat().st_size for p in _pages(out)]
    asked = size_mb * 1_000_000
    assert stats["bytes"] == sum(sizes)
    assert asked <= sum(sizes) <= asked + 40_000  # at most about one page more
    assert all(4_000 <= s <= 40_000 for s in sizes)  # pages of ~5-30 KB
    assert stats["pages"] == len(sizes) == len(list((out / "gold").glob("*.json")))


def test_rerun_replaces_a_generated_corpus_but_not_other_files(tmp_path: Path) -> None:
    mc.make_corpus(tmp_path / "a", 0.02, SEED)
    mc.make_corpus(tmp_path / "a", 0.01, SEED)  # smaller: no page of the first run is left
    assert len(_pages(tmp_path / "a")) == json.loads((tmp_path / "a" / "manifest.json").read_text())["pages"]
    (tmp_path / "b" / "pages").mkdir(parents=True)
    (tmp_path / "b" / "pages" / "mine.txt").write_text("不是生成的", encoding="utf-8")
    with pytest.raises(SystemExit):
        mc.make_corpus(tmp_path / "b", 0.01, SEED)
    assert (tmp_path / "b" / "pages" / "mine.txt").exists()


def test_gold_files_are_valid_and_agree_with_the_pages(corpus: tuple[Path, dict[str, object]]) -> None:
    out, _ = corpus
    gold = load_gold(out / "gold")
    assert len(gold) == len(_pages(out))
    seen_types: set[str] = set()
    seen_relations: set[str] = set()
    for page in gold:
        text = (out / "pages" / page["file"]).read_text(encoding="utf-8")
        flat = re.sub(r"\s", "", text)
        assert page["articles"] and page["entities"] and page["relations"]
        for article in page["articles"]:
            assert article["headline"] and article["lead"].startswith("本报讯")
            assert article["lead"] in flat
            assert article["headline"].replace(" ", "") in flat
        names = {e["name"] for e in page["entities"]}
        for entity in page["entities"]:
            assert entity["type"] in ENTITY_TYPES
            seen_types.add(entity["type"])
            if entity["type"] != "organization" and not entity.get("optional"):
                for name in (entity["name"], *entity["aliases"]):
                    assert name in flat, (page["file"], name)
            if entity["type"] == "official":
                assert all(set(post) == {"title", "organization", "district"} for post in entity["posts"])
        for relation in page["relations"]:
            assert relation["relation"] in SCORED_RELATIONS
            seen_relations.add(relation["relation"])
            assert relation["head"] in names
            if relation["relation"] == "reported":
                index = int(relation["tail"].removeprefix("article:"))
                assert 0 <= index < len(page["articles"])
            else:
                assert relation["tail"] in names
    assert seen_types == set(ENTITY_TYPES)
    assert {"holds_post", "visited", "signed", "located_in", "reported", "part_of"} <= seen_relations


def test_pages_carry_print_layout_noise(corpus: tuple[Path, dict[str, object]]) -> None:
    out, _ = corpus
    texts = [p.read_text(encoding="utf-8") for p in _pages(out)]
    lines = [[line for line in text.splitlines() if line] for text in texts]
    assert any(sum(len(line) <= 27 for line in page) >= 0.8 * len(page) for page in lines)  # narrow columns
    assert any(re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff，。]", text) for text in texts)  # stray spaces
    assert any(re.search(r"[\u4e00-\u9fff]\n\n[\u4e00-\u9fff]", text) for text in texts)  # blank line inside a sentence
    wrapped = mc._wrap("本报讯（记者 张三）近日，某县召开会议，安排部署工作。", 8, mc.random.Random(1), 0.0)
    assert all(len(line) <= 9 for line in wrapped.split("\n"))
    assert not any(line.startswith(("，", "。", "）")) for line in wrapped.split("\n"))


# floors on the generated gold (the 10 MB corpus scores 0.99-1.00 on every type; see
# benchmarks/README.md); a drop here is a regression of the extractor or of the generator
GENERATED_FLOOR = 0.97


def test_kg_scores_the_generated_gold(corpus: tuple[Path, dict[str, object]]) -> None:
    from kg.pipeline import build

    out, _ = corpus
    report = evaluate(build([str(out / "pages")], warn=lambda message: None), load_gold(out / "gold"))
    assert report.entities["official"].tp + report.entities["official"].fn > 100
    scores = {**report.entities, **report.relations, "posts": report.posts}
    for name, score in scores.items():
        if score.tp + score.fn + score.fp == 0:
            continue
        assert score.precision >= GENERATED_FLOOR, (name, score.as_dict(), score.errors[:10])
        assert score.recall >= GENERATED_FLOOR, (name, score.as_dict(), score.errors[:10])
