"""Reading: folders, files, JSONL records, encodings, and bad inputs reported with file and line."""
from __future__ import annotations

import json
import os

import pytest

from nlptools.errors import BinaryFileError, InputError
from nlptools.io.reading import decode, iter_documents

TEXT = "Заголовок – Treaty on Friendship, 26 October 2021\n\nThe parties met in Moscow.\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        ("Minister’s “statement” – 2021\n".encode("cp1252"), "cp1252"),
        ("Café in Zürich, \x81 odd\n".encode("latin-1"), "latin-1"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "latin1", "utf16-bom"],
)
def test_reading_decode_detects_encoding(data, encoding):
    text, enc = decode(data)
    assert enc == encoding
    assert not text.startswith("\ufeff")


def test_reading_decode_refuses_binary():
    with pytest.raises(BinaryFileError, match="binary"):
        decode(b"\x89PNG\x00\x00\x01", "img.txt")


def test_reading_folder_recursive_sorted_with_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second page\n", encoding="utf-8")
    (tmp_path / "1.txt").write_text("First page\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored\n", encoding="utf-8")
    docs = list(iter_documents([str(tmp_path)]))
    assert [d.id for d in docs] == ["1", "b/2"]
    assert docs[1].source == os.path.join(str(tmp_path), "b", "2.txt")


def test_reading_symlink_loop_terminates(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "p.txt").write_text("Page\n", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    docs = list(iter_documents([str(tmp_path)]))
    assert [d.id for d in docs].count("a/p") == 1


def test_reading_jsonl_records_and_bad_lines_reported(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": "First text.", "lang": "en"}),
        "{not json",
        json.dumps({"id": "r2"}),
        json.dumps({"id": "r3", "text": 42}),
        json.dumps({"id": "r4", "text": "Fourth text."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    skipped = []
    docs = list(iter_documents([str(path)], skipped=skipped))
    assert [(d.id, d.source, d.meta) for d in docs] == [
        ("r1", f"{path}#r1", {"lang": "en"}), ("r4", f"{path}#r4", {})]
    assert [s.line for s in skipped] == [2, 3, 4]
    assert all(str(path) in s.reason and f"line {s.line}" in s.reason for s in skipped)


@pytest.mark.parametrize("content", [b"", b"  \n\t\n\xc2\xa0\n"], ids=["empty", "whitespace"])
def test_reading_empty_file_is_skipped_with_reason(tmp_path, content):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("A page\n", encoding="utf-8")
    skipped = []
    docs = list(iter_documents([str(bad), str(good)], skipped=skipped))
    assert [d.id for d in docs] == ["good"]
    assert "empty.txt" in skipped[0].reason and "no text" in skipped[0].reason


def test_reading_missing_path_fail_mode_raises(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        list(iter_documents([str(tmp_path / "nope.txt")], on_error="fail"))
