"""The packaged character CRF (kg.extract.crf): sensible spans, true offsets, determinism."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("pycrfsuite")

import itertools

from kg.extract import crf

SENTENCE = "国务院总理李克强今天在北京会见了来访的客人"


def _named(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], t) for s, e, t in crf.tag(text)}


def test_person_and_place() -> None:
    found = _named(SENTENCE)
    assert ("李克强", "PER") in found
    assert ("北京", "LOC") in found


def test_organisation() -> None:
    assert ("国务院", "ORG") in _named(SENTENCE)
    assert ("外交部", "ORG") in _named("外交部发言人今天在记者会上说")


def test_offsets_point_into_the_text() -> None:
    text = "据新华社报道，江泽民主席昨天访问了美国。  李鹏在上海会见了日本客人！"
    spans = crf.tag(text)
    assert spans, "expected some names"
    for start, end, type_ in spans:
        assert 0 <= start < end <= len(text)
        assert type_ in crf.TYPES
        assert text[start:end].strip() == text[start:end]
        assert not set(text[start:end]) & set(crf.CLAUSE_CUT)
    assert spans == sorted(spans)
    for (_, end, _), (start, _, _) in itertools.pairwise(spans):
        assert end <= start
    named = {(text[s:e], t) for s, e, t in spans}
    assert ("江泽民", "PER") in named
    assert ("李鹏", "PER") in named
    assert ("美国", "LOC") in named


def test_deterministic() -> None:
    text = SENTENCE + "。中国女排在大阪战胜了日本队，郎平说。"
    assert crf.tag(text) == crf.tag(text) == crf.tag(str(text))


def test_empty_and_punctuation_only() -> None:
    assert crf.tag("") == []
    assert crf.tag("，。！？  ") == []


def test_features_one_row_per_character() -> None:
    rows = crf.features("郑州市二七区ABC１２")
    assert len(rows) == len("郑州市二七区ABC１２")
    assert "c=1" in rows[-2]  # full-width digits are folded
    assert any(f.startswith("f=d") for f in rows[0])  # 郑州市 is a division


def test_middle_dots_read_as_one() -> None:
    # 杰夫•莫雷尔 (bullet), 凯特・温斯莱特 (katakana dot): the model sees the · of its training data
    assert crf.features("杰夫•莫雷尔") == crf.features("杰夫・莫雷尔") == crf.features("杰夫·莫雷尔")


def test_clauses_skip_the_cut_marks() -> None:
    text = "甲乙，丙丁。 戊"
    assert [text[s:e] for s, e in crf.clauses(text)] == ["甲乙", "丙丁", "戊"]


def test_spans_from_labels() -> None:
    labels = ["B-PER", "E-PER", "O", "S-LOC", "B-ORG", "I-ORG", "I-ORG", "O", "I-LOC", "B-PER"]
    assert crf.spans_from_labels(labels, 10) == [
        (10, 12, "PER"),
        (13, 14, "LOC"),
        (14, 17, "ORG"),
        (18, 19, "LOC"),
        (19, 20, "PER"),
    ]


def test_missing_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pycrfsuite", None)
    crf._tagger.cache_clear()
    try:
        with pytest.raises(crf.CrfUnavailable, match="python-crfsuite"):
            crf.tag("北京")
    finally:
        monkeypatch.undo()
        crf._tagger.cache_clear()
    assert crf.tag("北京")


# --- the CRF where the rules see nothing, and kg extract --ner -------------------------

UNTITLED = "王小明说，他明天要去上海看望在复旦大学读书的女儿。"


def test_person_without_a_title() -> None:
    from kg.pipeline import extract_text

    assert not [m for m in extract_text(UNTITLED) if m["text"] == "王小明"]  # the rules need a post
    found = _named(UNTITLED)
    assert ("王小明", "PER") in found
    assert ("上海", "LOC") in found
    assert ("复旦大学", "ORG") in found


def test_whitespace_inside_chinese_text_is_not_seen() -> None:
    text = "国务院总理李克\n强今天在北  京会见了客人"
    spans = crf.tag(text)
    assert (5, 9, "PER") in spans  # 李克\n强: offsets into the text as given
    assert (12, 16, "LOC") in spans  # 北  京
    person = next(m for m in crf.mentions(text) if m["type"] == "person")
    assert person == {"text": "李克\n强", "type": "person", "start": 5, "end": 9, "name": "李克强"}
    assert crf.tag(text.replace("\n", "").replace("  ", "")) == [(0, 3, "ORG"), (5, 8, "PER"), (11, 13, "LOC")]


def test_long_clause_is_tagged_in_pieces() -> None:
    text = "李明在北京" * (crf.MAX_PIECE // 5 * 2 + 3)  # no cut mark anywhere
    spans = crf.tag(text)
    assert len(spans) >= len(text) // 5  # names on both sides of every piece boundary
    for start, end, _ in spans:
        assert (start // crf.MAX_PIECE) == ((end - 1) // crf.MAX_PIECE)


def _m(start: int, end: int, type_: str) -> dict[str, object]:
    return {"text": "x" * (end - start), "type": type_, "start": start, "end": end}


def test_merge_keeps_rules_and_adds_what_overlaps_none() -> None:
    rules = [_m(10, 13, "district"), _m(2, 8, "company"), _m(3, 5, "district")]
    extra = [_m(0, 2, "person"), _m(1, 3, "place"), _m(7, 9, "organization"), _m(8, 10, "person"), _m(13, 15, "place")]
    merged = crf.merge(rules, extra)
    assert merged == [
        _m(0, 2, "person"),
        _m(2, 8, "company"),
        _m(3, 5, "district"),
        _m(8, 10, "person"),
        _m(10, 13, "district"),
        _m(13, 15, "place"),
    ]
    assert crf.merge([], extra[:1]) == extra[:1]
    assert crf.merge(rules, []) == sorted(rules, key=lambda m: (m["start"], m["end"]))


def _extract(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, *options: str) -> list[dict]:
    from kg.cli import main

    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    assert main(["extract", str(page), *options]) == 0
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines()]


def test_extract_ner_both_is_the_union_with_true_offsets(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = "郑州市二七区委书记张三到河南华瑞实业有限公司调研。\n王小明说，他明天要去伦敦。"
    rules = _extract(capsys, tmp_path, text)
    alone = _extract(capsys, tmp_path, text, "--ner", "crf")
    both = _extract(capsys, tmp_path, text, "--ner", "both")
    assert rules == _extract(capsys, tmp_path, text, "--ner", "rules")
    assert {m["type"] for m in alone} <= {"person", "place", "organization"}
    for mention in both:
        assert text[mention["start"] : mention["end"]] == mention["text"]
    assert all(m in both for m in rules)
    added = [m for m in both if m not in rules]
    assert added == [m for m in alone if not any(m["start"] < r["end"] and r["start"] < m["end"] for r in rules)]
    at = text.index("王小明")
    assert {"text": "王小明", "type": "person", "start": at, "end": at + 3} in added
    at = text.index("伦敦")
    assert {"text": "伦敦", "type": "place", "start": at, "end": at + 2} in added
    assert {"text": "张三", "type": "official", "start": 9, "end": 11} in both
    assert both == sorted(both, key=lambda m: (m["start"], m["end"]))
    lines = _extract(capsys, tmp_path, text, "--ner", "both", "--lines")
    assert len(lines) == 2 and lines[1] and all(isinstance(m, dict) for m in lines[1])  # one array per line
    assert {"text": "王小明", "type": "person", "start": 0, "end": 3} in lines[1]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize("ner", ["crf", "both"])
@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "is empty"), (b" \n\t\n", "is empty"), (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, "binary")],
)
def test_extract_bad_input_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], ner: str, data: bytes, reason: str
) -> None:
    from kg.cli import main

    _stdin(monkeypatch, data)
    assert main(["extract", "--ner", ner]) == 3
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err and err.count("\n") == 1 and reason in err


def test_extract_huge_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    line = "记者王小明报道" * 3000  # 21,000 characters, not one cut mark
    _stdin(monkeypatch, (line + "\n").encode("utf-8"))
    assert main(["extract", "--ner", "crf"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    for row in out.splitlines():
        mention = json.loads(row)
        assert line[mention["start"] : mention["end"]] == mention["text"]


def test_extract_crf_without_the_package_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from kg.cli import main

    page = tmp_path / "page.txt"
    page.write_text(UNTITLED, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pycrfsuite", None)
    crf._tagger.cache_clear()
    try:
        assert main(["extract", str(page), "--ner", "both"]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        assert err.startswith("kg: error: --ner both: ") and "python-crfsuite" in err and "Traceback" not in err
        assert main(["extract", str(page)]) == 0  # the rules need no CRF
    finally:
        monkeypatch.undo()
        crf._tagger.cache_clear()
