"""The copy of jieba's tables kept in the user's cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import words


def test_cache_holds_exactly_the_tables_of_jieba(tmp_path: Path) -> None:
    tables = words._dictionary()
    path = tmp_path / "kg" / "jieba.marshal"
    words._write_cache(path, tables)
    assert words._read_cache(path) == words._from_jieba() == tables


def test_cache_path_follows_xdg_cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = words._cache_path()
    assert path is not None and path.parent == tmp_path / "kg" and path.name.startswith("jieba-")


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\xe9\x00\x00\x00"])
def test_broken_cache_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "jieba.marshal"
    path.write_bytes(content)
    assert words._read_cache(path) is None
    assert words._read_cache(tmp_path / "missing.marshal") is None


def test_unwritable_cache_folder_is_left_alone(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    words._write_cache(blocker / "kg" / "jieba.marshal", ({"词": 1}, {"词": "n"}))
    assert not (blocker / "kg").exists()


def test_cut_is_jiebas_cut_without_hmm() -> None:
    import re

    import jieba

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    text = "".join(path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt")))
    runs = sorted(set(re.findall("[\u4e00-\u9fff]+", text)))
    assert len(runs) > 1000
    for run in runs:
        assert words.cut(run) == jieba.lcut(run, HMM=False), run
