"""Property-based tests (hypothesis) for the annotation loader and the record writer."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from nlptools import config
from nlptools.io.annotations import parse_record
from nlptools.errors import AnnotationError
from nlptools.io.formats import AtomicJsonlWriter, dumps

labels = st.sampled_from(list(config.ENTITY_LABELS) + ["PER", "LOC", ""])
topics = st.sampled_from(list(config.TOPIC_LABELS) + ["sports"])
span = st.fixed_dictionaries({"start": st.integers(-3, 60), "end": st.integers(-3, 60), "label": labels})
record = st.fixed_dictionaries(
    {"text": st.one_of(st.text(max_size=60), st.integers(), st.none())},
    optional={"spans": st.one_of(st.lists(span, max_size=4), st.just("x")),
              "topics": st.one_of(st.lists(topics, max_size=3), st.just(3)),
              "meta": st.one_of(st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2), st.just([]))},
)


@settings(max_examples=400, deadline=None)
@given(record)
def test_properties_loader_accepts_valid_or_names_the_line(obj):
    try:
        rec = parse_record(obj, "file.jsonl", 7)
    except AnnotationError as exc:
        assert "file.jsonl, line 7" in str(exc) and "Fix:" in str(exc)
        return
    assert isinstance(rec.text, str) and rec.text
    for a, b in zip(rec.spans or [], (rec.spans or [])[1:]):
        assert a.end <= b.start
    for s in rec.spans or []:
        assert 0 <= s.start < s.end <= len(rec.text) and s.label in config.ENTITY_LABELS
    assert all(t in config.TOPIC_LABELS for t in rec.topics or [])


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
              st.text(max_size=20)),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children,
                                                                               max_size=3)),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=8), json_values, max_size=4), max_size=6))
def test_properties_writer_round_trips_one_record_per_line(tmp_path_factory, records):
    path = tmp_path_factory.mktemp("w") / "out.jsonl"
    with AtomicJsonlWriter(path) as writer:
        writer.write_all(records)
    data = path.read_bytes()
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == len(records) + 1
    assert [json.loads(line) for line in lines[:-1]] == records
    assert data == "".join(dumps(r) + "\n" for r in records).encode("utf-8")
    assert [p.name for p in path.parent.iterdir()] == ["out.jsonl"]
