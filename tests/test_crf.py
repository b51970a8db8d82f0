"""The packaged character CRF (kg.extract.crf): sensible spans, true offsets, determinism."""

from __future__ import annotations

import sys

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
