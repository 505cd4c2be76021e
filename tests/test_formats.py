"""Output records as JSONL: byte-stable lines, atomic writing, and what ``--resume`` keeps of a ``.partial`` file."""
from __future__ import annotations

import json

import pytest

from nlptools.io.formats import AtomicJsonlWriter, read_partial


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
