"""Output records as JSONL: byte-stable lines, atomic writing, and what ``--resume`` keeps of a ``.partial`` file."""
from __future__ import annotations

import json
import os

import pytest

from nlptools.errors import OutputError
from nlptools.io.formats import (AtomicJsonlWriter, article_record, check_output_path, passage_record, read_partial,
                                 record_schema)
from nlptools.types import Article, Entity, Page, Passage, Topic


def test_formats_writer_writes_one_stable_line_per_record(tmp_path):
    out = tmp_path / "out.jsonl"
    with AtomicJsonlWriter(out) as writer:
        writer.write({"id": "a#0.0", "text": "Лавров", "score": 0.5})
        writer.write_line('{"id": "b#0.0"}\n')
    assert out.read_bytes() == '{"id": "a#0.0", "text": "Лавров", "score": 0.5}\n{"id": "b#0.0"}\n'.encode("utf-8")
    assert writer.count == 2


def test_formats_writer_leaves_nothing_behind_on_error(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), AtomicJsonlWriter(out) as writer:
        writer.write({"id": "a"})
        raise RuntimeError("stop")
    assert out.read_text(encoding="utf-8") == "old\n" and [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def _line(doc: str, n: int) -> str:
    return json.dumps({"id": f"{doc}#0.{n}", "doc_id": doc}) + "\n"


@pytest.mark.parametrize("tail, kept_docs", [
    ("", {"a", "b"}),                                 # the last document (c) may be cut short: dropped
    ('{"id": "c#0.1", "doc', {"a", "b"}),             # a truncated last line is dropped
    ('{"id": "d#0.0"}\n' + _line("e", 0), {"a", "b"}),  # a record without doc_id ends the usable part
    ("not json\n" + _line("e", 0), {"a", "b"}),       # so does an invalid line
    ("[1, 2]\n" + _line("e", 0), {"a", "b"}),         # and a line that is not an object
])
def test_formats_read_partial_keeps_complete_documents(tmp_path, tail, kept_docs):
    path = tmp_path / "out.jsonl.partial"
    body = _line("a", 0) + _line("a", 1) + _line("b", 0) + _line("c", 0)
    path.write_text(body + tail, encoding="utf-8")
    lines, docs = read_partial(path)
    assert docs == kept_docs
    assert lines == [_line("a", 0), _line("a", 1), _line("b", 0)]


def test_formats_read_partial_of_one_document_keeps_nothing(tmp_path):
    path = tmp_path / "out.jsonl.partial"
    path.write_text(_line("a", 0) + _line("a", 1), encoding="utf-8")
    assert read_partial(path) == ([], set())


def _page():
    text = "Title\n\nLavrov met\tGuterres."
    passage = Passage(1, 7, 28, "Lavrov met\tGuterres.", speaker="S. Lavrov", part="body", key="pk")
    article = Article(2, "news", "Title", "2020-01-02", 0, 28, passages=[passage], key="ak")
    return Page("doc", "doc.html", text, "2020-01-03", [article], source_format="html"), article, passage


ENTITY = Entity(0, 6, "PERSON", "Lavrov", "Sergey Lavrov")


def test_formats_passage_record_fields():
    page, article, passage = _page()
    rec = passage_record(page, article, passage, [ENTITY], [Topic("diplomacy", 0.123456)])
    assert rec == {
        "id": "doc#2.1", "doc_id": "doc", "source": "doc.html", "source_format": "html", "page_date": "2020-01-03",
        "article": {"index": 2, "kind": "news", "title": "Title", "date": "2020-01-02", "start": 0, "end": 28,
                    "key": "ak"},
        "passage_index": 1, "part": "body", "speaker": "S. Lavrov", "key": "pk", "start": 7, "end": 28,
        "text": "Lavrov met\tGuterres.",
        "entities": [{"start": 0, "end": 6, "label": "PERSON", "text": "Lavrov", "canonical": "Sergey Lavrov"}],
        "topics": [{"label": "diplomacy", "score": 0.1235}]}


def test_formats_article_record_fields():
    page, article, _ = _page()
    rec = article_record(page, article, [ENTITY], [Topic("diplomacy", 0.5)])
    assert rec == {
        "id": "doc#2", "doc_id": "doc", "source": "doc.html", "source_format": "html", "page_date": "2020-01-03",
        "index": 2, "kind": "news", "title": "Title", "date": "2020-01-02", "key": "ak", "start": 0, "end": 28,
        "text": "Title  Lavrov met Guterres.", "passages": 1,
        "entities": [{"start": 0, "end": 6, "label": "PERSON", "text": "Lavrov", "canonical": "Sergey Lavrov"}],
        "topics": [{"label": "diplomacy", "score": 0.5}]}


@pytest.mark.parametrize("make", [passage_record, article_record], ids=["passage", "article"])
def test_formats_records_leave_out_what_was_not_computed(make):
    page, article, passage = _page()
    rec = make(page, article, passage) if make is passage_record else make(page, article)
    assert "entities" not in rec and "topics" not in rec
    empty = make(page, article, passage, [], []) if make is passage_record else make(page, article, [], [])
    assert empty["entities"] == [] and empty["topics"] == []


@pytest.mark.parametrize("name, message", [
    ("missing/out.jsonl", "does not exist"), ("folder", r"is a folder\. Fix: give a file name such as .*folder/out\.jsonl"),
], ids=["no-folder", "a-folder"])
def test_formats_check_output_path_rejects(tmp_path, name, message):
    (tmp_path / "folder").mkdir()
    with pytest.raises(OutputError, match=message):
        check_output_path(tmp_path / name)
    with pytest.raises(OutputError, match=message), AtomicJsonlWriter(tmp_path / name):
        pass


def test_formats_check_output_path_accepts_a_new_file(tmp_path):
    assert check_output_path(tmp_path / "out.jsonl") == tmp_path / "out.jsonl"


@pytest.mark.parametrize("umask, mode", [(0o027, 0o640), (0o022, 0o644), (0o002, 0o664)])
def test_formats_writer_file_gets_the_permissions_of_a_user_file(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        with AtomicJsonlWriter(tmp_path / "out.jsonl") as writer:
            assert writer.write_all([{"id": "a"}, {"id": "b"}]) == 2
            assert os.umask(umask) == umask
    finally:
        os.umask(old)
    assert (tmp_path / "out.jsonl").stat().st_mode & 0o777 == mode
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == '{"id": "a"}\n{"id": "b"}\n'


@pytest.mark.parametrize("records, partial", [([{"id": "a"}], '{"id": "a"}\n'), ([], None)],
                         ids=["records-kept", "nothing-to-keep"])
def test_formats_writer_keeps_partial_records_on_error(tmp_path, records, partial):
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt), AtomicJsonlWriter(out, keep_partial=True) as writer:
        writer.write_all(records)
        raise KeyboardInterrupt
    assert not out.exists()
    assert writer.partial_kept == (None if partial is None else f"{out}.partial")
    kept = [p.name for p in tmp_path.iterdir()]
    assert kept == ([] if partial is None else ["out.jsonl.partial"])
    if partial is not None:
        assert (tmp_path / "out.jsonl.partial").read_text(encoding="utf-8") == partial


def test_formats_writer_dash_writes_to_standard_output(capsys, tmp_path):
    with AtomicJsonlWriter("-") as writer:
        writer.write({"id": "a", "text": "Лавров"})
    assert capsys.readouterr().out == '{"id": "a", "text": "Лавров"}\n' and writer.count == 1
    assert not (tmp_path / "-").exists()


def test_formats_record_schema_names_both_record_kinds():
    schema = record_schema()
    assert {"passage", "article", "entity", "topic"} <= set(schema["$defs"])


def test_formats_writer_writes_a_hidden_temporary_file_next_to_the_output(tmp_path):
    with AtomicJsonlWriter(tmp_path / "out.jsonl") as writer:
        writer.write({"id": "a"})
        [tmp] = [p.name for p in tmp_path.iterdir()]
    assert tmp.startswith(".out.jsonl.") and tmp.endswith(".tmp")
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


@pytest.mark.parametrize("fails", [False, True])
def test_formats_writer_calls_before_commit_only_when_the_file_is_complete(tmp_path, fails):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    seen = []
    try:
        with AtomicJsonlWriter(out, before_commit=lambda: seen.append(out.read_text())) as writer:
            writer.write({"a": 1})
            if fails:
                raise ValueError("stop")
    except ValueError:
        pass
    assert seen == ([] if fails else ["old\n"])
    assert out.read_text() == ("old\n" if fails else '{"a": 1}\n')
