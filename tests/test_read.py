"""Reading inputs: finding files, decoding them, skipping the unusable ones with a reason."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import Source, decode, find_sources, iter_documents, read_inputs, read_source

TEXT = "本报讯（记者 刘伟平）近日，二七区召开经济工作会议，研究部署下一步重点工作。\n会议强调，要坚持稳中求进。\n"
SHORT_GBK = "二七区召开会议"  # short GBK reads as Korean cp949 to charset-normalizer alone
GARBAGE = "~~##@@ ||| 0O0O\n|||| ~~ @@## O0O0\n"
GB_FAMILY = {"gb18030", "gbk", "gb2312", "cp936"}


class Warnings(list):
    """A ``warn`` callback that keeps the messages."""

    def __call__(self, message: str) -> None:
        self.append(message)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def read(path: Path, **kwargs: int):
    return read_source(Source(path.name, path), **kwargs)


def gb_name(encoding: str) -> str:
    return encoding.lower().replace("-", "").replace("_", "")


# --- decoding -------------------------------------------------------------------


def test_utf8(tmp_path: Path) -> None:
    doc = read(write(tmp_path / "a.txt", TEXT))
    assert (doc.text, doc.encoding, doc.path) == (TEXT, "utf-8", "a.txt")


def test_utf8_with_bom_drops_the_mark(tmp_path: Path) -> None:
    doc = read(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8")))
    assert doc.text == TEXT
    assert not doc.text.startswith("\ufeff")
    assert doc.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_gb_family(tmp_path: Path, codec: str) -> None:
    doc = read(write(tmp_path / "a.txt", TEXT.encode(codec)))
    assert doc.text == TEXT
    assert gb_name(doc.encoding) in GB_FAMILY


def test_gb18030_only_characters(tmp_path: Path) -> None:
    # 𠮷 and € are outside GBK; GB18030 has them
    text = TEXT + "𠮷野家开业，售价20€。\n"
    doc = read(write(tmp_path / "a.txt", text.encode("gb18030")))
    assert doc.text == text
    assert gb_name(doc.encoding) == "gb18030"


@pytest.mark.parametrize(
    "text", [SHORT_GBK, "共谋发展路径", "学习研究产业发展政策"], ids=["7-chars", "6-chars", "10-chars"]
)
def test_short_gbk_is_read_as_gbk_not_korean(text: str) -> None:
    decoded, encoding = decode(text.encode("gbk"), "a.txt")
    assert decoded == text
    assert gb_name(encoding) in GB_FAMILY


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    doc = read(write(tmp_path / "a.txt", TEXT.encode(codec)))
    assert doc.text == TEXT


def test_crlf_and_cr_become_newlines(tmp_path: Path) -> None:
    doc = read(write(tmp_path / "a.txt", TEXT.replace("\n", "\r\n") + "末行\r"))
    assert doc.text == TEXT + "末行\n"


def test_invalid_utf8_after_a_bom_is_a_reason_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="byte-order mark"):
        read(write(tmp_path / "a.txt", b"\xef\xbb\xbf\xff\xfe\xfd" + TEXT.encode("gbk")))


# --- finding files ----------------------------------------------------------------


def test_folders_are_searched_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "pages"
    for name in ("b.txt", "a/z.txt", "a/b/c.txt", "A.txt", "a.txt", "notes.md", "a/b/skip.TXT.bak"):
        write(root / name, TEXT)
    sources = find_sources([str(root)])
    names = [s.name for s in sources]
    assert names == ["A.txt", "a.txt", "a/b/c.txt", "a/z.txt", "b.txt"]
    assert all(s.path is not None and s.path.is_file() for s in sources)
    # names do not depend on where the folder is or how it was named
    assert [s.name for s in find_sources([str(root) + os.sep])] == names


def test_single_files_are_named_by_their_file_name(tmp_path: Path) -> None:
    path = write(tmp_path / "deep" / "x" / "page.txt", TEXT)
    assert [s.name for s in find_sources([str(path)])] == ["page.txt"]


def test_the_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "pages" / "a.txt", TEXT)
    sources = find_sources([str(tmp_path / "pages"), str(path), str(path)])
    assert [s.name for s in sources] == ["a.txt"]


def test_names_stay_unique_across_inputs(tmp_path: Path) -> None:
    # documents, articles and evidence are keyed by name: two "x.txt" must not merge
    first = write(tmp_path / "2020" / "x.txt", TEXT)
    second = write(tmp_path / "2021" / "x.txt", TEXT.replace("二七区", "金水区"))
    names = [s.name for s in find_sources([str(tmp_path / "2020"), str(tmp_path / "2021")])]
    assert len(set(names)) == 2
    assert names[0] == "x.txt"
    files = [s.name for s in find_sources([str(first), str(second)])]
    assert len(set(files)) == 2
    docs = read_inputs([str(first), str(second)], warn=Warnings())
    assert len({d.path for d in docs}) == 2


def test_missing_path_raises_input_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "pages"
    with pytest.raises(InputError, match="no such file or folder") as info:
        read_inputs([str(missing)], warn=Warnings())
    assert str(missing) in str(info.value)
    assert info.value.exit_code == 3


def test_missing_path_among_good_ones_still_raises(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", TEXT)
    with pytest.raises(InputError, match=r"missing\.txt"):
        read_inputs([str(good), str(tmp_path / "missing.txt")], warn=Warnings())


def test_folder_without_txt_files(tmp_path: Path) -> None:
    write(tmp_path / "pages" / "notes.md", TEXT)
    with pytest.raises(InputError, match=r"no \.txt files found") as info:
        read_inputs([str(tmp_path / "pages")], warn=Warnings())
    assert "pages" in str(info.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_is_not_read_but_named(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = write(tmp_path / "good" / "a.txt", TEXT)
    warnings = Warnings()
    sources = find_sources([str(fifo), str(good)], warn=warnings)
    assert [s.name for s in sources] == ["a.txt"]
    assert len(warnings) == 1 and str(fifo) in warnings[0] and "not a regular file" in warnings[0]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("gbk"))))
    docs = read_inputs(["-"], warn=Warnings())
    assert [(d.path, d.text) for d in docs] == [("<stdin>", TEXT)]


# --- skipping -------------------------------------------------------------------

UNUSABLE = {
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b" \n\r\n\t\n", "is empty"),
    "bom-only.txt": (b"\xef\xbb\xbf\n", "is empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)) * 4, "binary"),
    "nuls.txt": ("二七区".encode() + b"\x00\x01\x02\x00" * 50, "binary"),
    "ocr.txt": (GARBAGE.encode("utf-8"), "no Chinese text"),
    "english.txt": (b"Zhengzhou city news, page 3.\n" * 5, "no Chinese text"),
}


@pytest.mark.parametrize("name", sorted(UNUSABLE))
def test_unusable_file_is_skipped_with_a_warning_naming_it(tmp_path: Path, name: str) -> None:
    data, reason = UNUSABLE[name]
    folder = tmp_path / "pages"
    write(folder / name, data)
    write(folder / "good.txt", TEXT)
    warnings = Warnings()
    docs = read_inputs([str(folder)], warn=warnings)
    assert [d.path for d in docs] == ["good.txt"]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{name}: ")
    assert reason in warnings[0]
    assert warnings[0].endswith("skipped")


def test_nothing_usable_raises_input_error_naming_files_and_reasons(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    for name in ("binary.txt", "empty.txt", "ocr.txt"):
        write(folder / name, UNUSABLE[name][0])
    warnings = Warnings()
    with pytest.raises(InputError) as info:
        read_inputs([str(folder)], warn=warnings)
    message = str(info.value)
    assert "no usable text" in message
    for name, reason in (("binary.txt", "binary"), ("empty.txt", "is empty"), ("ocr.txt", "no Chinese text")):
        assert f"{name}: " in message and reason in message
    assert len(warnings) == 3  # each file was also warned about


def test_nothing_usable_message_is_bounded(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    for n in range(12):
        write(folder / f"{n:02}.txt", b"")
    with pytest.raises(InputError) as info:
        read_inputs([str(folder)], warn=Warnings())
    message = str(info.value)
    assert "00.txt" in message and "04.txt" in message and "05.txt" not in message
    assert message.endswith("...)")


def test_max_file_size_skips_with_a_reason(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", TEXT)
    size = path.stat().st_size
    with pytest.raises(ValueError, match=rf"is {size} bytes, over the limit of 16 \(--max-file-size\)"):
        read(path, max_file_size=16)
    assert read(path, max_file_size=size).text == TEXT  # the limit itself is allowed

    small = write(tmp_path / "small.txt", TEXT[:40])
    warnings = Warnings()
    docs = list(iter_documents(find_sources([str(path), str(small)]), warnings, max_file_size=size - 1))
    assert [d.path for d in docs] == ["small.txt"]
    assert len(warnings) == 1 and warnings[0].startswith("big.txt: ") and "over the limit" in warnings[0]

    with pytest.raises(InputError, match=r"big\.txt: .*over the limit"):
        read_inputs([str(path)], warn=Warnings(), max_file_size=16)


def test_max_file_size_applies_to_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    with pytest.raises(ValueError, match="over the limit of 16 bytes"):
        read_source(Source("<stdin>", None), max_file_size=16)


def test_unreadable_file_is_skipped_with_a_reason(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.txt", TEXT)
    path.chmod(0)
    if os.access(path, os.R_OK):
        path.chmod(0o600)
        pytest.skip("file permissions are not enforced here (running as root?)")
    try:
        with pytest.raises(ValueError, match="cannot be read"):
            read(path)
    finally:
        path.chmod(0o600)


# --- links, pipes and files that change under the build --------------------------


def test_links_a_folder_search_meets_are_named_not_dropped(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    write(pages / "good.txt", TEXT)
    (pages / "a.txt").symlink_to("b.txt")
    (pages / "b.txt").symlink_to("a.txt")
    (pages / "dangling.txt").symlink_to("missing.txt")
    (pages / "up").symlink_to("..")  # a link to a parent folder is not followed: no endless search
    warnings = Warnings()
    sources = find_sources([str(pages)], warn=warnings)
    assert [s.name for s in sources] == ["good.txt"]
    assert sorted(warnings) == [
        "a.txt: is a symbolic link loop, skipped",
        "b.txt: is a symbolic link loop, skipped",
        "dangling.txt: is a dangling symbolic link, skipped",
    ]


def test_a_link_loop_given_as_input_is_named_as_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    with pytest.raises(InputError, match=r"a\.txt: is a symbolic link loop"):
        find_sources([str(tmp_path / "a.txt")], warn=Warnings())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_in_a_folder_is_named_and_a_folder_called_txt_is_searched(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    write(pages / "d.txt" / "inner.txt", TEXT)
    os.mkfifo(pages / "x.txt")
    warnings = Warnings()
    sources = find_sources([str(pages)], warn=warnings)
    assert [s.name for s in sources] == ["d.txt/inner.txt"]
    assert warnings == ["x.txt: not a regular file (a named pipe), skipped"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_page_replaced_by_a_pipe_after_the_search_is_refused_not_waited_on(tmp_path: Path) -> None:
    # before: reading the pipe blocked for ever, waiting for a writer
    path = write(tmp_path / "pages" / "a.txt", TEXT)
    sources = find_sources([str(tmp_path / "pages")], warn=Warnings())
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(ValueError, match=r"is not a regular file \(a named pipe\)"):
        read_source(sources[0])
    path.unlink()
    with pytest.raises(ValueError, match="disappeared before it was read"):
        read_source(sources[0])


def test_utf8_cut_inside_its_last_character_is_still_utf8() -> None:
    data = TEXT.encode("utf-8") + "郑".encode()[:2]  # a truncated download or pipe
    assert decode(data, "cut.txt") == (TEXT, "utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_file_names_that_are_not_utf8_get_readable_names(tmp_path: Path) -> None:
    # before: the surrogate-escaped name crashed the cache key and every UTF-8 export
    pages = tmp_path / "pages"
    pages.mkdir()
    for raw in (b"caf\xe9.txt", "郑州.txt".encode("gbk")):
        (pages / os.fsdecode(raw)).write_text(TEXT, encoding="utf-8")
    names = [s.name for s in find_sources([str(pages)], warn=Warnings())]
    assert sorted(names) == ["caf\\xe9.txt", "郑州.txt"]
    assert [d.path for d in read_inputs([str(pages)], warn=Warnings())] == names


def test_a_file_too_big_for_this_machine_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.read

    path = write(tmp_path / "archive.txt", TEXT * 100)
    monkeypatch.setattr(kg.read, "physical_memory", lambda: path.stat().st_size * 10)
    with pytest.raises(ValueError, match=r"would need about .* GB of memory, .*split it into smaller files"):
        read(path, max_file_size=2**40)
