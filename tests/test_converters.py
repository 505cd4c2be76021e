"""Annotation conversion to and from Prodigy, doccano and Label Studio: round trips, real export shapes, errors."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from nlptools import config
from nlptools.cli.convert import convert_cli
from nlptools.io.converters import (LABELSTUDIO_TASKS_KEY, convert, labelstudio_config, read_file, read_records,
                                 write_records)
from nlptools.errors import AnnotationError, NlpToolsError

TEXT = "Sergey Lavrov discussed New START with NATO."
EMOJI_TEXT = "🇬🇧 Embassy: Andrei Kelin met the BBC."

RECORDS = [
    {"text": TEXT,
     "spans": [{"start": 0, "end": 13, "label": "PERSON"}, {"start": 24, "end": 33, "label": "TREATY"},
               {"start": 39, "end": 43, "label": "ORG"}],
     "topics": ["arms_control", "europe_nato"],
     "meta": {"source": "seeds/a.txt", "passage_id": "a#0.1", "speaker": None, "topic_scores": {"arms_control": 0.91}}},
    {"text": "The centenary of the trade agreement is a memorable date.", "spans": [],
     "topics": ["history_memory"], "meta": {"source": "seeds/a.txt"}},
    {"text": "Thousands of pensioners face expulsion.", "topics": ["human_rights"], "meta": {"synthetic": True}},
    {"text": "The Times reported on the Foreign Ministry.",
     "spans": [{"start": 0, "end": 9, "label": "ORG"}, {"start": 26, "end": 42, "label": "ORG"}], "meta": {}},
    {"text": EMOJI_TEXT,
     "spans": [{"start": 12, "end": 24, "label": "PERSON"}, {"start": 33, "end": 36, "label": "ORG"}],
     "topics": [], "meta": {"source": "seeds/b.txt"}},
    {"text": "Dear Sir,", "spans": [], "topics": [], "meta": {}},
]

_TOKENS = [("Sergey", 0), ("Lavrov", 7), ("discussed", 14), ("New", 24), ("START", 28), ("with", 34), ("NATO", 39),
           (".", 43)]
PRODIGY_ACCEPT = {
    "text": TEXT,
    "_input_hash": -1203498712,
    "_task_hash": 881273641,
    "tokens": [{"text": t, "start": s, "end": s + len(t), "id": i, "ws": t not in ("NATO", ".")}
               for i, (t, s) in enumerate(_TOKENS)],
    "spans": [{"start": 0, "end": 13, "token_start": 0, "token_end": 1, "label": "PERSON"},
              {"start": 24, "end": 33, "token_start": 3, "token_end": 4, "label": "TREATY"},
              {"start": 39, "end": 43, "token_start": 6, "token_end": 6, "label": "ORG"}],
    "options": [{"id": "arms_control", "text": "arms_control"}, {"id": "europe_nato", "text": "europe_nato"},
                {"id": "russia_us", "text": "russia_us"}],
    "accept": ["europe_nato", "arms_control"],
    "config": {"choice_style": "multiple"},
    "_view_id": "blocks",
    "answer": "accept",
    "_timestamp": 1718013600,
    "_annotator_id": "embassy-2024-06-10_10-00-00",
    "_session_id": "embassy-2024-06-10_10-00-00",
    "meta": {"source": "seeds/a.txt", "passage_id": "a#0.1"},
}
PRODIGY_REJECT = {**PRODIGY_ACCEPT, "text": "Dear Sir,", "spans": [], "accept": [], "answer": "reject",
                  "_input_hash": 17, "_task_hash": 18}
PRODIGY_IGNORE = {**PRODIGY_REJECT, "text": "Thank you.", "answer": "ignore", "_input_hash": 19, "_task_hash": 20}

DOCCANO_SEQ = [
    {"id": 12, "text": TEXT, "label": [[0, 13, "PERSON"], [24, 33, "TREATY"], [39, 43, "ORG"]], "Comments": []},
    {"id": 13, "text": "Dear Sir,", "label": [], "Comments": []},
]
DOCCANO_TEXTCAT = [
    {"id": 3, "text": TEXT, "label": ["arms_control", "europe_nato"]},
    {"id": 4, "text": "Dear Sir,", "label": []},
]
DOCCANO_MIXED = [{"id": 7, "text": TEXT, "label": [[0, 13, "PERSON"], "arms_control", [39, 43, "ORG"]]}]
DOCCANO_ENTITIES = [
    {"id": 5, "text": TEXT, "entities": [{"id": 1, "label": "PERSON", "start_offset": 0, "end_offset": 13},
                                        {"id": 2, "label": "ORG", "start_offset": 39, "end_offset": 43}],
     "relations": [], "cats": ["arms_control"], "source": "seeds/a.txt"},
]
DOCCANO_LABELS = [{"text": TEXT, "labels": [[24, 33, "TREATY"]], "meta": {"source": "seeds/a.txt"}}]


def _ls_span(rid: str, start: int, end: int, text: str, label: str) -> dict[str, Any]:
    return {"value": {"start": start, "end": end, "text": text, "labels": [label]}, "id": rid,
            "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"}


def _ls_task(tid: int, text: str, annotations: list, predictions: list | None = None, **data: Any) -> dict[str, Any]:
    return {"id": tid, "annotations": annotations, "file_upload": "5f1c2a-passages.json", "drafts": [],
            "predictions": predictions or [], "data": {"text": text, **data}, "meta": {},
            "created_at": "2024-06-10T10:00:00.000000Z", "updated_at": "2024-06-10T10:05:00.000000Z",
            "inner_id": tid - 100, "total_annotations": len(annotations), "cancelled_annotations": 0,
            "total_predictions": len(predictions or []), "comment_count": 0, "unresolved_comment_count": 0,
            "last_comment_updated_at": None, "project": 3, "updated_by": 2, "comment_authors": []}


def _ls_annotation(aid: int, result: list, cancelled: bool = False) -> dict[str, Any]:
    return {"id": aid, "completed_by": 2, "result": result, "was_cancelled": cancelled, "ground_truth": False,
            "created_at": "2024-06-10T10:04:00.000000Z", "updated_at": "2024-06-10T10:04:00.000000Z",
            "draft_created_at": None, "lead_time": 41.2, "prediction": {}, "result_count": 0,
            "unique_id": f"u-{aid}", "import_id": None, "last_action": None, "task": 100 + aid, "project": 3,
            "updated_by": 2, "parent_prediction": None, "parent_annotation": None, "last_created_by": None}


LS_CHOICES = {"value": {"choices": ["arms_control", "europe_nato"]}, "id": "Xk2p", "from_name": "topics",
              "to_name": "text", "type": "choices", "origin": "manual"}
LS_EXPORT = [
    _ls_task(101, TEXT, [
        _ls_annotation(1, [], cancelled=True),
        _ls_annotation(2, [_ls_span("a1", 0, 13, "Sergey Lavrov", "PERSON"), _ls_span("a2", 24, 33, "New START", "TREATY"),
                           _ls_span("a3", 39, 43, "NATO", "ORG"), LS_CHOICES]),
    ], source="seeds/a.txt"),
    _ls_task(102, "Thousands of pensioners face expulsion.", [_ls_annotation(3, [
        {"value": {"choices": ["human_rights"]}, "id": "Yq1", "from_name": "topics", "to_name": "text",
         "type": "choices", "origin": "manual"}])]),
]
LS_PREDICTED = _ls_task(103, "Dear Sir, NATO.", [], predictions=[
    {"id": 4, "model_version": "nlptools-0.1.0", "score": 0.8, "result": [_ls_span("p1", 10, 14, "NATO", "ORG")]}])
LS_CANCELLED = _ls_task(104, "Thank you.", [_ls_annotation(5, [], cancelled=True)])
LS_EMPTY = _ls_task(105, "Good afternoon.", [])


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def write_native(tmp_path: Path, fmt: str, rows: list) -> Path:
    if fmt == "labelstudio":
        path = tmp_path / "export.json"
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
        return path
    return write_jsonl(tmp_path / f"{fmt}.jsonl", rows)


def read_native(path: Path, fmt: str) -> list:
    if fmt == "labelstudio":
        return json.loads(path.read_text(encoding="utf-8"))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def essence(fmt: str, row: dict[str, Any]) -> tuple:
    """What a format expresses of one record: text, spans, topics, meta (order-free)."""
    if fmt == "prodigy":
        spans = [(s["start"], s["end"], s["label"]) for s in row.get("spans", [])]
        return row["text"], sorted(spans), sorted(row.get("accept", [])), row.get("meta", {})
    if fmt == "doccano":
        items = row.get("label", row.get("labels", [])) + row.get("entities", [])
        spans = [(i["start_offset"], i["end_offset"], i["label"]) if isinstance(i, dict) else tuple(i)
                 for i in items if not isinstance(i, str)]
        topics = [i for i in items if isinstance(i, str)] + row.get("cats", [])
        extra = {k: v for k, v in row.items() if k not in
                 {"id", "text", "label", "labels", "entities", "relations", "cats", "meta", "Comments"}}
        return row["text"], sorted(spans), sorted(topics), {**extra, **row.get("meta", {})}
    result = next(a for a in row["annotations"] if not a.get("was_cancelled"))["result"]
    spans = [(r["value"]["start"], r["value"]["end"], label) for r in result if r["type"] == "labels"
             for label in r["value"]["labels"]]
    topics = [c for r in result if r["type"] == "choices" for c in r["value"]["choices"]]
    meta = {k: v for k, v in {**row["data"], **row.get("meta", {})}.items() if k not in ("text", LABELSTUDIO_TASKS_KEY)}
    return row["data"]["text"], sorted(spans), sorted(topics), meta


@pytest.mark.parametrize("fmt", ["prodigy", "doccano", "labelstudio", "nlptools"])
def test_converters_round_trip_from_nlptools_is_lossless(tmp_path, fmt):
    source = write_jsonl(tmp_path / "annotations.jsonl", RECORDS)
    middle, back = tmp_path / f"as-{fmt}", tmp_path / "back.jsonl"
    first = convert(source, middle, "nlptools", fmt)
    second = convert(middle, back, fmt, "nlptools")
    assert first["written"] == second["read"] == second["written"] == len(RECORDS)
    assert [r.to_dict() for r in read_records(back, "nlptools")] == [r.to_dict() for r in read_records(source, "nlptools")]


@pytest.mark.parametrize("fmt, rows", [
    ("prodigy", [PRODIGY_ACCEPT]),
    ("doccano", DOCCANO_SEQ),
    ("doccano", DOCCANO_TEXTCAT),
    ("doccano", DOCCANO_MIXED),
    ("doccano", DOCCANO_ENTITIES),
    ("doccano", DOCCANO_LABELS),
    ("labelstudio", LS_EXPORT),
], ids=["prodigy", "doccano-seq", "doccano-textcat", "doccano-mixed", "doccano-entities", "doccano-labels",
        "labelstudio"])
def test_converters_round_trip_from_native_export_keeps_annotations(tmp_path, fmt, rows):
    native = write_native(tmp_path, fmt, rows)
    middle, back = tmp_path / "middle.jsonl", tmp_path / f"back-{fmt}"
    convert(native, middle, fmt, "nlptools")
    convert(middle, back, "nlptools", fmt)
    assert [essence(fmt, r) for r in read_native(back, fmt)] == [essence(fmt, r) for r in rows]


def test_converters_prodigy_ner_manual_textcat_multi_import(tmp_path):
    path = write_jsonl(tmp_path / "db-out.jsonl", [PRODIGY_ACCEPT])
    [rec] = read_records(path, "prodigy")
    assert rec.to_dict() == RECORDS[0] | {"meta": {"source": "seeds/a.txt", "passage_id": "a#0.1"}}
    assert (rec.file, rec.line) == (str(path), 1)


def test_converters_prodigy_export_lists_all_topics_and_accepts(tmp_path):
    out = tmp_path / "tasks.jsonl"
    write_records(read_records(write_jsonl(tmp_path / "a.jsonl", RECORDS), "nlptools"), out, "prodigy")
    first, _, topics_only, spans_only, *_ = read_native(out, "prodigy")
    assert [o["id"] for o in first["options"]] == list(config.TOPIC_LABELS)
    assert first["accept"] == ["arms_control", "europe_nato"] and first["answer"] == "accept"
    assert first["spans"][0] == {"start": 0, "end": 13, "label": "PERSON"}
    assert "spans" not in topics_only and "options" not in spans_only and "accept" not in spans_only


def test_converters_prodigy_rejects_and_ignores_are_skipped_and_counted(tmp_path):
    path = write_jsonl(tmp_path / "db-out.jsonl", [PRODIGY_REJECT, PRODIGY_ACCEPT, PRODIGY_IGNORE, PRODIGY_REJECT])
    summary = convert(path, tmp_path / "out.jsonl", "prodigy", "nlptools")
    assert summary["read"] == 4 and summary["written"] == 1 and summary["skipped"] == 3
    assert summary["skipped_reasons"] == {"answer reject": 2, "answer ignore": 1}
    assert [r.text for r in read_records(tmp_path / "out.jsonl", "nlptools")] == [TEXT]


def test_converters_doccano_sequence_labelling_export_import(tmp_path):
    first, empty = read_records(write_jsonl(tmp_path / "seq.jsonl", DOCCANO_SEQ), "doccano")
    assert first.to_dict() == {"text": TEXT, "spans": RECORDS[0]["spans"], "meta": {}}
    assert (empty.spans, empty.topics) == ([], None)


def test_converters_doccano_text_classification_export_import(tmp_path):
    first, empty = read_records(write_jsonl(tmp_path / "cats.jsonl", DOCCANO_TEXTCAT), "doccano")
    assert (first.spans, first.topics) == (None, ["arms_control", "europe_nato"])
    assert (empty.spans, empty.topics) == (None, [])


def test_converters_doccano_mixed_entities_and_labels_variants(tmp_path):
    [mixed] = read_records(write_jsonl(tmp_path / "mixed.jsonl", DOCCANO_MIXED), "doccano")
    assert [(s.start, s.label) for s in mixed.spans] == [(0, "PERSON"), (39, "ORG")] and mixed.topics == ["arms_control"]
    [ents] = read_records(write_jsonl(tmp_path / "ents.jsonl", DOCCANO_ENTITIES), "doccano")
    assert [(s.start, s.end, s.label) for s in ents.spans] == [(0, 13, "PERSON"), (39, 43, "ORG")]
    assert ents.topics == ["arms_control"] and ents.meta == {"source": "seeds/a.txt"}
    [labels] = read_records(write_jsonl(tmp_path / "labels.jsonl", DOCCANO_LABELS), "doccano")
    assert [(s.start, s.label) for s in labels.spans] == [(24, "TREATY")] and labels.topics is None


def test_converters_doccano_cats_dict_counts_scores_from_half(tmp_path):
    row = {"text": "Dear Sir,", "cats": {"arms_control": 0.9, "russia_us": 0.2, "human_rights": True}}
    [rec] = read_records(write_jsonl(tmp_path / "d.jsonl", [row]), "doccano")
    assert (rec.spans, rec.topics) == (None, ["arms_control", "human_rights"])


def test_converters_doccano_export_keeps_tasks_apart(tmp_path):
    out = tmp_path / "doccano.jsonl"
    write_records(read_records(write_jsonl(tmp_path / "a.jsonl", RECORDS), "nlptools"), out, "doccano")
    rows = read_native(out, "doccano")
    assert rows[0] == {"text": TEXT, "label": [[0, 13, "PERSON"], [24, 33, "TREATY"], [39, 43, "ORG"]],
                       "cats": ["arms_control", "europe_nato"], "meta": RECORDS[0]["meta"]}
    assert "label" not in rows[2] and "cats" not in rows[3]


def test_converters_labelstudio_export_import(tmp_path):
    path = write_native(tmp_path, "labelstudio", LS_EXPORT + [LS_PREDICTED, LS_CANCELLED, LS_EMPTY])
    result = read_file(path, "labelstudio")
    first, topics_only, predicted = result.records
    assert first.to_dict() == {"text": TEXT, "spans": RECORDS[0]["spans"], "topics": ["arms_control", "europe_nato"],
                               "meta": {"source": "seeds/a.txt"}}
    assert (topics_only.spans, topics_only.topics, topics_only.line) == ([], ["human_rights"], 2)
    assert predicted.meta == {"suggested": True} and predicted.topics == []
    assert [(s.start, s.end, s.label) for s in predicted.spans] == [(10, 14, "ORG")]
    assert result.read == 5 and result.skipped == {"all annotations cancelled": 1, "no annotation": 1}


def test_converters_labelstudio_export_shape_and_config(tmp_path):
    out = tmp_path / "tasks.json"
    write_records(read_records(write_jsonl(tmp_path / "a.jsonl", RECORDS), "nlptools"), out, "labelstudio")
    tasks = read_native(out, "labelstudio")
    assert len(tasks) == len(RECORDS) and all(len(t["annotations"]) == 1 for t in tasks)
    result = tasks[0]["annotations"][0]["result"]
    assert [r["id"] for r in result] == ["span-0", "span-1", "span-2", "topics"]
    assert result[0]["value"] == {"start": 0, "end": 13, "text": "Sergey Lavrov", "labels": ["PERSON"]}
    assert [t["meta"][LABELSTUDIO_TASKS_KEY] for t in tasks[2:4]] == [["topics"], ["spans"]]
    view = ET.fromstring(labelstudio_config())
    names = {el.get("name"): el for el in view}
    assert {(r["from_name"], r["to_name"]) for t in tasks for r in t["annotations"][0]["result"]} <= {
        (n, el.get("toName")) for n, el in names.items()}
    assert [c.get("value") for c in names["topics"]] == list(config.TOPIC_LABELS)


def test_converters_labelstudio_offsets_are_utf16_outside_the_bmp(tmp_path):
    out = tmp_path / "tasks.json"
    write_records(read_records(write_jsonl(tmp_path / "a.jsonl", [RECORDS[4]]), "nlptools"), out, "labelstudio")
    value = read_native(out, "labelstudio")[0]["annotations"][0]["result"][0]["value"]
    assert (value["start"], value["end"], value["text"]) == (14, 26, "Andrei Kelin")
    python_offsets = [_ls_task(101, EMOJI_TEXT, [_ls_annotation(1, [_ls_span("a", 12, 24, "Andrei Kelin", "PERSON")])])]
    [rec] = read_records(write_native(tmp_path, "labelstudio", python_offsets), "labelstudio")
    assert rec.spans[0].start == 12


@pytest.mark.parametrize("fmt, rows, where, message", [
    ("prodigy", [PRODIGY_ACCEPT, {**PRODIGY_ACCEPT, "spans": [{"start": 0, "end": 13, "label": "PER"}]}],
     "line 2", 'unknown entity label "PER"'),
    ("prodigy", [PRODIGY_ACCEPT, {**PRODIGY_ACCEPT, "accept": ["sports"]}], "line 2", 'unknown topic "sports"'),
    ("prodigy", [PRODIGY_ACCEPT, {**PRODIGY_ACCEPT, "spans": [{"start": 30, "end": 99, "label": "ORG"}]}],
     "line 2", "outside the text"),
    ("prodigy", [PRODIGY_ACCEPT, "{not json"], "line 2", "not valid JSON"),
    ("doccano", [DOCCANO_SEQ[0], {"text": TEXT, "label": [[0, 13, "PER"]]}], "line 2", 'unknown entity label "PER"'),
    ("doccano", [DOCCANO_SEQ[0], {"text": TEXT, "label": [[30, 99, "ORG"]]}], "line 2", "outside the text"),
    ("doccano", [DOCCANO_SEQ[0], '{"text": "A", "label": [[0, 1, "ORG"]'], "line 2", "not valid JSON"),
    ("doccano", [DOCCANO_SEQ[0], {"text": TEXT, "label": [[0, 13]]}], "line 2", "neither [start, end"),
    ("nlptools", [RECORDS[0], {**RECORDS[0], "topics": ["sports"]}], "line 2", 'unknown topic "sports"'),
    ("labelstudio", [LS_EXPORT[0], _ls_task(102, TEXT, [_ls_annotation(3, [_ls_span("b", 0, 13, "Sergey Lavrov", "PER")])])],
     "task 2", 'unknown entity label "PER"'),
    ("labelstudio", [LS_EXPORT[0], _ls_task(102, TEXT, [_ls_annotation(3, [_ls_span("b", 30, 99, "NATO", "ORG")])])],
     "task 2", "outside the text"),
    ("labelstudio", [LS_EXPORT[0], _ls_task(102, TEXT, [_ls_annotation(3, [_ls_span("b", 0, 6, "NATO", "ORG")])])],
     "task 2", "says it covers 'NATO'"),
    ("labelstudio", [LS_EXPORT[0], {"annotations": [_ls_annotation(3, [LS_CHOICES])]}], "task 2", '"data"'),
], ids=["prodigy-label", "prodigy-topic", "prodigy-range", "prodigy-json", "doccano-label", "doccano-range",
        "doccano-json", "doccano-shape", "nlptools-topic", "labelstudio-label", "labelstudio-range",
        "labelstudio-text-mismatch", "labelstudio-no-data"])
def test_converters_validation_errors_name_file_and_record(tmp_path, fmt, rows, where, message):
    path = write_native(tmp_path, fmt, rows)
    out = tmp_path / "out.jsonl"
    with pytest.raises(AnnotationError) as err:
        convert(path, out, fmt, "nlptools")
    assert f"{path}, {where}: " in str(err.value)
    assert message in str(err.value) and "Fix:" in str(err.value)
    assert not out.exists()


def test_converters_labelstudio_invalid_json_names_the_line(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('[\n  {"data": {"text": "A"}},\n  {"data": \n]\n', encoding="utf-8")
    with pytest.raises(AnnotationError, match=r"export\.json, line 4: is not valid JSON"):
        convert(path, tmp_path / "out.jsonl", "labelstudio", "nlptools")


def test_converters_wrong_format_is_reported_with_a_fix(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", RECORDS)
    with pytest.raises(AnnotationError, match=r"a\.jsonl, line 1: has no annotation: .*check that the file is in doccano"):
        convert(path, tmp_path / "out.jsonl", "doccano", "nlptools")
    with pytest.raises(NlpToolsError, match='Unknown annotation format "brat"'):
        convert(path, tmp_path / "out.jsonl", "nlptools", "brat")
    with pytest.raises(AnnotationError, match="does not exist"):
        convert(tmp_path / "missing.jsonl", tmp_path / "out.jsonl", "prodigy", "nlptools")


def cli_app() -> typer.Typer:
    """The command on its own, with the plain help of the ``nlptools`` app."""
    app = typer.Typer(rich_markup_mode=None)
    app.command()(convert_cli)
    return app


def test_converters_cli_converts_and_prints_summary(tmp_path):
    path = write_jsonl(tmp_path / "db-out.jsonl", [PRODIGY_ACCEPT, PRODIGY_REJECT])
    out = tmp_path / "new.jsonl"
    result = CliRunner().invoke(cli_app(), [str(path), "--from", "prodigy", "--to", "nlptools", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 records read" in result.stderr and "1 written" in result.stderr and "answer reject: 1" in result.stderr
    assert result.stdout == ""
    assert [r.text for r in read_records(out, "nlptools")] == [TEXT]


def test_converters_cli_error_exits_1_with_location(tmp_path):
    path = write_jsonl(tmp_path / "db-out.jsonl", [PRODIGY_ACCEPT, "{not json"])
    result = CliRunner().invoke(cli_app(), [str(path), "--from", "prodigy", "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}, line 2: is not valid JSON")


def test_converters_cli_help_has_example():
    result = CliRunner().invoke(cli_app(), ["--help"], terminal_width=200)
    assert "nlptools convert tasks.jsonl --from prodigy --to nlptools -o annotations/new.jsonl" in result.output
