"""Reading: folders, files, JSONL records, encodings, and bad inputs reported with file and line."""
from __future__ import annotations

import json
import re
import os

import pytest

from nlptools.errors import BinaryFileError, InputError, NoInputError
from nlptools.io.reading import Skipped, decode, iter_documents, max_bytes, plan_inputs, read_entries

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


@pytest.mark.parametrize("mb, limit", [(None, 64_000_000), (0.5, 500_000), (2, 2_000_000)])
def test_reading_max_bytes(mb, limit):
    assert max_bytes(mb) == limit


@pytest.mark.parametrize("size, read", [(1000, True), (1001, False)], ids=["at-limit", "over-limit"])
def test_reading_file_over_the_size_limit_is_skipped_unread(tmp_path, size, read):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (size - 1) + b"\n")
    skipped = []
    docs = list(iter_documents([str(path)], skipped=skipped, max_file_size_mb=0.001))
    assert [d.id for d in docs] == (["big"] if read else [])
    assert [(s.source, s.line) for s in skipped] == ([] if read else [(str(path), None)])
    assert read or "the file is 0.0 MB, over the limit of 0.0 MB" in skipped[0].reason


def test_reading_fifo_and_dead_link_are_skipped_with_their_reason(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink(tmp_path / "nowhere", tmp_path / "dead.txt")
    (tmp_path / "good.txt").write_text("A page\n", encoding="utf-8")
    skipped = []
    docs = list(iter_documents([str(tmp_path / "pipe.txt"), str(tmp_path / "dead.txt"), str(tmp_path)],
                               skipped=skipped))
    assert [d.id for d in docs] == ["good"]
    assert "is not a regular file but a FIFO (named pipe)" in skipped[0].reason
    assert "cannot be read" in skipped[1].reason and skipped[1].source == str(tmp_path / "dead.txt")


def test_reading_same_file_twice_is_read_once_and_same_names_get_numbers(tmp_path):
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "p.txt").write_text(f"Page {folder}\n", encoding="utf-8")
    a, b, c = (str(tmp_path / f / "p.txt") for f in "abc")
    notes = []
    docs = list(iter_documents([a, a, b, c], notes=notes))
    assert [(d.id, d.text) for d in docs] == [("p", "Page a\n"), ("p-2", "Page b\n"), ("p-3", "Page c\n")]
    assert notes == [f"{a}: the same file as {a}; read once.",
                     f'{b}: the id "p" is already used by {a}; this document is named "p-2".',
                     f'{c}: the id "p" is already used by {a}; this document is named "p-3".']


def test_reading_html_pages_and_text_files_holding_html(tmp_path):
    page = "<html><body><h1>Title</h1><p>Body text.</p></body></html>"
    (tmp_path / "a.HTML").write_text(page, encoding="utf-8")
    (tmp_path / "b.txt").write_text(page, encoding="utf-8")
    notes = []
    docs = list(iter_documents([str(tmp_path / "a.HTML"), str(tmp_path / "b.txt")], notes=notes))
    assert [(d.id, d.text, d.format) for d in docs] == [("a", "Title\n\nBody text.\n", "html"),
                                                         ("b", "Title\n\nBody text.\n", "html")]
    assert notes == [f"{tmp_path / 'b.txt'}: holds HTML, read as a page (offsets refer to `nlptools text "
                     f"{tmp_path / 'b.txt'}`)."]


def test_reading_jsonl_html_records_ids_and_bom(tmp_path):
    path = tmp_path / "in.ndjson"
    lines = [json.dumps({"html": "<p>Body text.</p>", "lang": "en"}), "",
             json.dumps({"id": 7, "text": "Seven."}), json.dumps({"id": "7", "text": "Again."}),
             json.dumps([1, 2]), json.dumps({"id": "h", "html": 3})]
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8") + b"\n")
    skipped = []
    docs = list(iter_documents([str(path)], skipped=skipped))
    assert [(d.id, d.text, d.format, d.meta) for d in docs] == [
        ("in-1", "Body text.\n", "html", {"lang": "en"}), ("7", "Seven.", "text", {})]
    assert [(s.line, s.reason.split(": ", 1)[1]) for s in skipped] == [
        (4, 'repeats the id "7". Fix: give every record its own id.'),
        (5, 'has no "text" field. Fix: give each record a "text" string (or an "html" string).'),
        (6, 'has a "html" that is a int, not a string. Fix: make "html" a string.')]


def test_reading_jsonl_line_over_the_limit_is_skipped_and_the_next_read(tmp_path):
    path = tmp_path / "in.jsonl"
    long = json.dumps({"id": "long", "text": "x" * 1500})
    path.write_text(long + "\n" + json.dumps({"id": "short", "text": "Short."}) + "\n", encoding="utf-8")
    skipped = []
    docs = list(iter_documents([str(path)], skipped=skipped, max_file_size_mb=0.001))
    assert [d.id for d in docs] == ["short"]
    assert [(s.source, s.line) for s in skipped] == [(str(path), 1)]
    assert f"the record is {(len(long) + 1) / 1e6:,.1f} MB" in skipped[0].reason


@pytest.mark.parametrize("line, message", [
    ("{not json", "line 1: is not valid JSON"), ('{"id": "a"}', 'line 1: has no "text" field'),
    ('{"id": "a", "text": "\\u0000"}\n\x00', "line 2"),
    ('{"id": "a", "text": 42}', 'line 1: has a "text" that is a int, not a string.'),
    ('{"id": "a", "text": "A"}\n{"id": "a", "text": "B"}', 'line 2: repeats the id "a".'),
], ids=["invalid", "no-text", "binary-line", "not-a-string", "repeated-id"])
def test_reading_jsonl_fail_mode_raises_with_the_line(tmp_path, line, message):
    path = tmp_path / "in.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{path}, {message}")):
        list(iter_documents([str(path)], on_error="fail"))


def _fifo(tmp):
    os.mkfifo(tmp / "pipe.txt")
    return [tmp / "pipe.txt"]


@pytest.mark.parametrize("make, message", [
    (lambda tmp: [], "no input was given"),
    (lambda tmp: [tmp / "nope"], "does not exist"),
    (lambda tmp: [tmp], "holds no page (*.txt, *.html, *.htm, *.jsonl); nothing to do"),
    (_fifo, "holds no readable page; nothing to do"),
], ids=["nothing", "missing", "no-page", "none-readable"])
def test_reading_plan_inputs_stops_when_there_is_nothing_to_do(tmp_path, make, message):
    (tmp_path / "notes.md").write_text("not a page\n", encoding="utf-8")
    with pytest.raises(NoInputError, match=re.escape(message)):
        plan_inputs(make(tmp_path))


def test_reading_plan_inputs_lists_every_input_before_reading(tmp_path):
    (tmp_path / "a.txt").write_text("A page\n", encoding="utf-8")
    (tmp_path / "r.jsonl").write_text('{"id": "r", "text": "R"}\n', encoding="utf-8")
    (tmp_path / "big.htm").write_bytes(b"x" * 2000)
    skipped = []
    entries = plan_inputs([tmp_path], skipped=skipped, max_file_size_mb=0.001)
    assert entries == [("text", str(tmp_path / "a.txt"), "a")]
    assert [s.source for s in skipped] == [str(tmp_path / "big.htm")]
    entries = plan_inputs([tmp_path / "r.jsonl", tmp_path / "a.txt"])
    assert entries == [("jsonl", str(tmp_path / "r.jsonl"), "r"), ("text", str(tmp_path / "a.txt"), "a")]
    assert [d.id for d in read_entries(entries)] == ["r", "a"]


def test_reading_skipped_to_dict():
    assert Skipped("a.txt", "holds no text.", 3).to_dict() == {"source": "a.txt", "line": 3, "reason": "holds no text."}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_reading_jsonl_in_utf16_with_a_bom_is_read(tmp_path, encoding):
    from nlptools.io.reading import iter_jsonl_documents

    path = tmp_path / "docs.jsonl"
    lines = '{"id": "a", "text": "Sergey Lavrov – «New START»"}\n{"id": "b", "text": "Второй"}\n'
    bom = "\ufeff" if encoding == "utf-16-be" else ""
    path.write_bytes((bom + lines).encode(encoding))
    skipped = []
    docs = list(iter_jsonl_documents(path, skipped))
    assert [(d.id, d.text) for d in docs] == [("a", "Sergey Lavrov – «New START»"), ("b", "Второй")]
    assert skipped == []


def _record(size: int, doc_id: str = "a") -> str:
    """A JSONL record of exactly ``size`` characters."""
    return json.dumps({"id": doc_id, "text": "x" * (size - len(json.dumps({"id": doc_id, "text": ""})))})


@pytest.mark.parametrize("content, ids, lines", [
    (_record(1000) + "\n" + '{"id": "b", "text": "B"}', ["a", "b"], []),
    (_record(1001) + "\n" + '{"id": "b", "text": "B"}', ["b"], [1]),
    ('{"id": "b", "text": "B"}\n' + _record(1000), ["b", "a"], []),
    ('{"id": "b", "text": "B"}\n' + _record(1001), ["b"], [2]),
], ids=["at-limit", "over-limit", "at-limit-without-newline", "over-limit-without-newline"])
def test_reading_jsonl_record_limit_counts_the_bytes_before_the_newline(tmp_path, content, ids, lines):
    from nlptools.io.reading import iter_jsonl_documents

    path = tmp_path / "in.jsonl"
    path.write_text(content, encoding="utf-8")
    skipped = []
    assert [d.id for d in iter_jsonl_documents(path, skipped, max_file_size_mb=0.001)] == ids
    assert [s.line for s in skipped] == lines


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_reading_jsonl_record_over_the_limit_reports_its_whole_size(tmp_path, encoding):
    from nlptools.errors import FileTooLargeError
    from nlptools.io.reading import iter_jsonl_documents

    path = tmp_path / "in.jsonl"
    units = 1_100_000 if encoding == "utf-8" else 550_000   # 1.1 MB as UTF-8 bytes; UTF-16 counts characters
    path.write_bytes((_record(units) + "\n" + '{"id": "b", "text": "B"}\n').encode(encoding))
    skipped = []
    assert [d.id for d in iter_jsonl_documents(path, skipped, max_file_size_mb=0.001)] == ["b"]
    size = "1.1" if encoding == "utf-8" else "0.6"
    assert [(s.source, s.line, s.reason) for s in skipped] == [(str(path), 1, (
        f"{path}, line 1: the record is {size} MB, over the limit of 0.0 MB; it was not read. "
        "Fix: split it, or raise the limit with --max-file-size (in MB)."))]
    with pytest.raises(FileTooLargeError, match="line 1: the record is"):
        list(iter_jsonl_documents(path, on_error="fail", max_file_size_mb=0.001))


def _utf16(*lines: str, tail: bytes = b"") -> bytes:
    return b"\xff\xfe" + b"".join(line.encode("utf-16-le") if isinstance(line, str) else line for line in lines) + tail


@pytest.mark.parametrize("data, ids, problems", [
    (_utf16('{"id": "a", "text": "A"}\n', b"\x00\xd8", '{"id": "b", "text": "B"}\n', '{"id": "c", "text": "C"}\n'),
     ["a", "c"], [(2, "illegal UTF-16 surrogate")]),
    (_utf16('{"id": "a", "text": "A"}\n', tail=b"A"), ["a"], [(2, "truncated data")]),
    (_utf16(tail=b"A"), [], [(1, "truncated data")]),
], ids=["broken-pair-on-line-2", "odd-byte-at-the-end", "odd-byte-alone"])
def test_reading_jsonl_in_utf16_reports_the_line_that_is_not_utf16(tmp_path, data, ids, problems):
    # Regression: a broken pair failed the whole decoded chunk: the good lines before it were lost and the
    # line reported was the first line of the chunk.
    from nlptools.io.reading import iter_jsonl_documents

    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    skipped = []
    assert [d.id for d in iter_jsonl_documents(path, skipped)] == ids
    assert [s.reason for s in skipped] == [f"{path}, line {line}: is not valid UTF-16 ({why}). "
                                           "Fix: save it again as UTF-8." for line, why in problems]
    with pytest.raises(InputError, match=re.escape(f"line {problems[0][0]}: is not valid UTF-16")):
        list(iter_jsonl_documents(path, on_error="fail"))


def test_reading_jsonl_with_a_bom_and_cp1252_text_is_read(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + '{"id": "a", "text": "Café"}\n{"id": "b", "text": "Thé"}\n'.encode("cp1252"))
    assert [(d.id, d.text) for d in iter_documents([path])] == [("a", "Café"), ("b", "Thé")]


def test_reading_jsonl_binary_line_is_skipped_and_the_rest_read(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "a", "text": "A"}\n\x00\x01\n{"id": "c", "text": "C"}\n')
    skipped = []
    assert [d.id for d in iter_documents([path], skipped=skipped)] == ["a", "c"]
    assert [(s.line, s.reason) for s in skipped] == [(2, f"{path}, line 2: looks like a binary file (it contains NUL "
                                                         "bytes), not text. Fix: remove it from the input or convert "
                                                         "it to plain text.")]


@pytest.mark.parametrize("make, reason", [
    (lambda tmp: tmp / "gone.jsonl", "cannot be read (No such file or directory). "
                                     "Fix: check that the file exists and that you may read it."),
    (lambda tmp: tmp, "is not a regular file but a folder, so it is not read. "
                      "Fix: give regular text, HTML or JSONL files (a FIFO or a device never ends)."),
], ids=["missing", "folder"])
def test_reading_iter_jsonl_documents_reports_a_path_it_cannot_read(tmp_path, make, reason):
    from nlptools.io.reading import iter_jsonl_documents

    path = make(tmp_path)
    skipped = []
    assert list(iter_jsonl_documents(path, skipped)) == []
    assert [(s.source, s.line, s.reason) for s in skipped] == [(str(path), None, f"{path}: {reason}")]
    with pytest.raises(InputError, match=re.escape(reason)):
        list(iter_jsonl_documents(path, on_error="fail"))


@pytest.mark.parametrize("name", ["in.jsonl", "page.txt"])
def test_reading_file_that_cannot_be_opened_is_skipped_with_the_reason(tmp_path, monkeypatch, name):
    import nlptools.io.reading as reading

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    path = tmp_path / name
    path.write_text('{"id": "a", "text": "A"}\n', encoding="utf-8")
    monkeypatch.setattr(reading, "open", refuse, raising=False)
    skipped = []
    assert list(iter_documents([path], skipped=skipped)) == []
    assert [(s.source, s.line, s.reason) for s in skipped] == [(str(path), None, (
        f"{path}: cannot be read (Permission denied). Fix: check that the file exists and that you may read it."))]
    with pytest.raises(InputError, match="Permission denied"):
        list(iter_documents([path], on_error="fail"))


def test_reading_jsonl_invalid_line_message_names_the_fix(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{not json\n{"id": "b", "text": "B"}\n', encoding="utf-8")
    skipped = []
    docs = list(iter_documents([path], skipped=skipped))
    assert [(d.id, d.encoding, d.format) for d in docs] == [("b", "utf-8", "text")]
    assert [s.reason for s in skipped] == [f"{path}, line 1: is not valid JSON (Expecting property name enclosed in "
                                           "double quotes). Fix: repair or remove that line."]


@pytest.mark.parametrize("name, data, text, encoding, fmt", [
    ("page.txt", "Minister’s statement\n".encode("cp1252"), "Minister’s statement\n", "cp1252", "text"),
    ("page.txt", b"Plain page\n", "Plain page\n", "utf-8", "text"),
    ("page.html", b"Just text, no tags\n", "Just text, no tags\n", "utf-8", "html"),
], ids=["cp1252", "utf8", "html-suffix-without-tags"])
def test_reading_read_text_file_gives_text_encoding_format_and_source(tmp_path, name, data, text, encoding, fmt):
    from nlptools.io.reading import read_text_file

    path = tmp_path / name
    path.write_bytes(data)
    doc = read_text_file(path)
    assert (doc.id, doc.source, doc.text, doc.encoding, doc.format) == ("page", str(path), text, encoding, fmt)


def test_reading_read_text_file_applies_its_size_limit_and_names_a_binary_file(tmp_path):
    from nlptools.errors import FileTooLargeError
    from nlptools.io.reading import read_text_file

    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(FileTooLargeError, match=re.escape(f"{big}: the file is 0.0 MB, over the limit of 0.0 MB")):
        read_text_file(big, max_file_size_mb=0.001)
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    with pytest.raises(BinaryFileError, match=re.escape(f"{binary}: looks like a binary file")):
        read_text_file(binary)


def test_reading_file_at_the_size_limit_is_read_whole(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(b"a" * 999 + b"\n")
    (doc,) = iter_documents([path], max_file_size_mb=0.001)
    assert doc.text == "a" * 999 + "\n"


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
def test_reading_pseudo_file_reporting_size_zero_is_still_capped():
    # /proc files report a size of 0; the limit is also applied to the bytes actually read.
    skipped = []
    assert list(iter_documents(["/proc/self/status"], skipped=skipped, max_file_size_mb=0.0001)) == []
    assert [(s.source, s.reason) for s in skipped] == [("/proc/self/status", (
        "/proc/self/status: the file is 0.0 MB, over the limit of 0.0 MB; it was not read. "
        "Fix: split it, or raise the limit with --max-file-size (in MB)."))]


def test_reading_folder_links_are_followed_once_and_the_walk_goes_on(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "p.txt").write_text("Page p\n", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "q.txt").write_text("Page q\n", encoding="utf-8")
    elsewhere = tmp_path.parent / (tmp_path.name + "-elsewhere")
    elsewhere.mkdir()
    (elsewhere / "r.txt").write_text("Page r\n", encoding="utf-8")
    os.symlink(elsewhere, tmp_path / "c")
    notes = []
    assert [d.id for d in iter_documents([tmp_path], notes=notes)] == ["a/p", "b/q", "c/r"]
    assert notes == []


def test_reading_file_over_the_limit_takes_no_id(tmp_path):
    for folder, size in (("a", 2000), ("b", 10)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "p.txt").write_bytes(b"x" * (size - 1) + b"\n")
    notes, skipped = [], []
    docs = list(iter_documents([tmp_path / "a" / "p.txt", tmp_path / "b" / "p.txt"], skipped=skipped, notes=notes,
                               max_file_size_mb=0.001))
    assert [(d.id, d.source) for d in docs] == [("p", str(tmp_path / "b" / "p.txt"))]
    assert notes == [] and [s.source for s in skipped] == [str(tmp_path / "a" / "p.txt")]


@pytest.mark.parametrize("data, decoded", [
    (b"\xef\xbb\xbf" + "Café".encode("cp1252"), ("Café", "cp1252")),
    (b"\xef\xbb\xbf" + "Caf\x81".encode("latin-1"), ("Caf\x81", "latin-1")),
], ids=["cp1252", "latin1"])
def test_reading_decode_drops_a_utf8_bom_before_text_in_another_encoding(data, decoded):
    # Regression: the BOM's bytes were decoded as "ï»¿" at the start of the text.
    assert decode(data) == decoded


def test_reading_decode_names_bytes_without_a_path():
    with pytest.raises(BinaryFileError, match=re.escape("<bytes>: looks like a binary file")):
        decode(b"\x00\x01")


def test_reading_missing_path_is_skipped_and_the_next_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A page\n", encoding="utf-8")
    missing = tmp_path / "nope.txt"
    skipped = []
    assert [d.id for d in iter_documents([missing, good], skipped=skipped)] == ["good"]
    assert [(s.source, s.line, s.reason) for s in skipped] == [
        (str(missing), None, f"{missing}: does not exist. Fix: check the path.")]


@pytest.mark.parametrize("make, error", [
    (lambda tmp: [_fifo(tmp)[0]], "NotRegularFileError"),
    (lambda tmp: [tmp / "empty.txt"], "EmptyInputError"),
], ids=["fifo", "empty"])
def test_reading_fail_mode_raises_for_a_file_that_cannot_be_used(tmp_path, make, error):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(iter_documents(make(tmp_path), on_error="fail"))
    assert type(info.value).__name__ == error


def test_reading_file_met_again_in_a_folder_is_read_once_and_the_folder_goes_on(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Page {name}\n", encoding="utf-8")
    notes = []
    assert [d.id for d in iter_documents([tmp_path / "a.txt", tmp_path], notes=notes)] == ["a", "b"]
    assert notes == [f"{tmp_path / 'a.txt'}: the same file as {tmp_path / 'a.txt'}; read once."]


def test_reading_plan_inputs_gives_page_files_unique_ids_and_jsonl_files_their_stem(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "p.txt").write_text("Page\n", encoding="utf-8")
        (tmp_path / folder / "r.jsonl").write_text('{"id": "x", "text": "X"}\n', encoding="utf-8")
    (tmp_path / "p-2.md").write_text("Page\n", encoding="utf-8")
    a, b = tmp_path / "a", tmp_path / "b"
    notes = []
    entries = plan_inputs([a / "p.txt", b / "p.txt", a / "r.jsonl", b / "r.jsonl", tmp_path / "p-2.md"], notes=notes)
    assert entries == [("text", str(a / "p.txt"), "p"), ("text", str(b / "p.txt"), "p-2"),
                       ("jsonl", str(a / "r.jsonl"), "r"), ("jsonl", str(b / "r.jsonl"), "r"),
                       ("text", str(tmp_path / "p-2.md"), "p-2-2")]
    assert notes == [f'{b / "p.txt"}: the id "p" is already used by {a / "p.txt"}; this document is named "p-2".',
                     f'{tmp_path / "p-2.md"}: the id "p-2" is already used by {b / "p.txt"}; '
                     'this document is named "p-2-2".']


def test_reading_jsonl_record_named_like_a_page_is_renamed_with_all_its_fields(tmp_path):
    (tmp_path / "a.txt").write_text("A page\n", encoding="utf-8")
    path = tmp_path / "r.jsonl"
    path.write_text('{"id": "a", "html": "<p>Record</p>", "lang": "en"}\n', encoding="utf-8")
    notes = []
    docs = list(iter_documents([tmp_path / "a.txt", path], notes=notes))
    assert [(d.id, d.source, d.text, d.encoding, d.meta, d.format) for d in docs] == [
        ("a", str(tmp_path / "a.txt"), "A page\n", "utf-8", {}, "text"),
        ("a-2", f"{path}#a", "Record\n", "utf-8", {"lang": "en"}, "html")]
    assert notes == [f'{path}#a: the id "a" is already used by {tmp_path / "a.txt"}; this document is named "a-2".']


@pytest.mark.parametrize("make, message", [
    (lambda tmp: [], "(no path): no input was given. Fix: name folders, page files or JSONL files."),
    (lambda tmp: [tmp / "nope"], "{tmp}/nope: does not exist. Fix: check the path."),
    (lambda tmp: [tmp / "x", tmp / "y"], "{tmp}/x, {tmp}/y: holds no page (*.txt, *.html, *.htm, *.jsonl); nothing "
                                         "to do. Fix: give folders with page files, page files or JSONL files you "
                                         "may read."),
], ids=["nothing", "missing", "two-empty-folders"])
def test_reading_plan_inputs_message_names_the_paths_and_the_fix(tmp_path, make, message):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    with pytest.raises(NoInputError) as info:
        plan_inputs(make(tmp_path))
    assert str(info.value) == message.format(tmp=tmp_path)


def test_reading_plan_inputs_passes_fail_mode_and_notes_on(tmp_path):
    from nlptools.errors import NotRegularFileError

    (tmp_path / "a.txt").write_text("A page\n", encoding="utf-8")
    notes = []
    assert plan_inputs([tmp_path / "a.txt", tmp_path / "a.txt"], notes=notes) == [("text", str(tmp_path / "a.txt"), "a")]
    assert notes == [f"{tmp_path / 'a.txt'}: the same file as {tmp_path / 'a.txt'}; read once."]
    with pytest.raises(NotRegularFileError):
        plan_inputs(_fifo(tmp_path) + [tmp_path / "a.txt"], on_error="fail")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_reading_jsonl_in_utf16_skips_a_record_over_the_limit_whatever_the_line_ends(tmp_path, newline):
    # Regression: with "\r" line ends, skipping a record over the limit read on to the end of the file.
    from nlptools.io.reading import iter_jsonl_documents

    path = tmp_path / "in.jsonl"
    records = [_record(2000), '{"id": "b", "text": "B"}', '{"id": "c", "text": "C"}']
    path.write_bytes(("\ufeff" + "".join(r + newline for r in records)).encode("utf-16-le"))
    skipped = []
    assert [(d.id, d.text) for d in iter_jsonl_documents(path, skipped, max_file_size_mb=0.001)] == [("b", "B"), ("c", "C")]
    assert [s.line for s in skipped] == [1]
