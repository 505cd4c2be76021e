"""Conversion between the annotation format (docs/annotation.md) and the formats people label in.

Every imported record goes through :func:`nlptools.io.annotations.parse_record`, so a converted
file is valid training data and every error names the file, the line (or Label Studio task)
and the fix. What both sides can express survives a round trip: text, spans, topics, meta,
and whether a record annotates entities, topics or both (``spans``/``topics`` absent).

Prodigy (JSONL, ``ner_manual`` + ``textcat_multi``/choice answers)
    ``spans`` → spans (token fields ignored); ``accept`` → topics when ``accept`` or
    ``options`` is present (option ids are the topic labels); ``meta`` kept. Records answered
    ``reject``/``ignore`` are skipped and counted; a record without ``answer`` (a task stream)
    counts as accepted. Export writes the options of all 14 topics only for records that
    annotate topics, ``answer: "accept"``, and no hashes (Prodigy computes them on import).

doccano (JSONL)
    Spans come from ``[start, end, "LABEL"]`` items of ``label``/``labels`` and from
    ``entities`` (lists or ``{start_offset, end_offset, label}``); topics from ``cats``
    (a list, or a ``{label: score}`` dict where score ≥ 0.5 counts) and from string items of
    ``label``. A file's ``label`` lists annotate what they carry anywhere in the file (spans,
    categories or both), so an empty list means "none" for that task; when no list carries
    anything they hold spans. Top-level keys doccano does not define (its exports flatten the
    metadata of imported examples) join ``meta``. Export writes spans to ``label`` and topics
    to ``cats`` (doccano's label column for sequence labelling, and its category key for
    intent-detection projects), so the two tasks never share a list and an empty list is
    unambiguous; for a text-classification project choose ``cats`` as the label column on import.

Label Studio (JSON export: an array of tasks)
    The first annotation not ``was_cancelled`` is used (older exports: ``completions``);
    without annotations the first prediction is used and the record gets ``meta.suggested:
    true``, as the model suggestions of ``nlptools annotate`` do. Tasks whose annotations were
    all cancelled, or that have none, are skipped and counted. ``labels`` results → spans,
    ``choices`` results → topics; ``data`` fields other than ``text`` and the task ``meta``
    form ``meta``. Offsets are JavaScript (UTF-16) offsets in Label Studio and are converted
    when the text has characters outside the BMP, checked against the result's ``text``.
    Export writes one task per record with one annotation (result ids ``span-<i>``, ``topics``),
    for the labeling config of :func:`labelstudio_config`, and records in the task meta under
    ``nlptools_tasks`` which tasks it annotates (Label Studio cannot store an empty span list);
    without that key, a file that has ``labels`` (``choices``) results anywhere annotates
    spans (topics) in every task.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator
from xml.sax.saxutils import quoteattr

from .. import config
from ..errors import AnnotationError, NlpToolsError
from .annotations import AnnotatedRecord, iter_json_lines, parse_record
from .formats import AtomicJsonlWriter

FORMATS = ("nlptools", "prodigy", "doccano", "labelstudio")

#: Task-meta key of Label Studio exports listing the tasks a record annotates ("spans", "topics").
LABELSTUDIO_TASKS_KEY = "nlptools_tasks"

_DOCCANO_KEYS = {"id", "text", "label", "labels", "entities", "relations", "cats", "meta",
                 "Comments", "comments", "annotation_approver"}
_NO_ANNOTATION = {
    "prodigy": 'no "spans", "accept" or "options"',
    "doccano": 'no "label", "labels", "entities" or "cats"',
    "labelstudio": 'no "labels" or "choices" result, and no other task in the file has one',
}


@dataclass(frozen=True)
class _Skip:
    """An input record that says it must not be used (rejected, cancelled, unannotated)."""

    reason: str


@dataclass(frozen=True)
class _Where:
    """Where an input record is: a line of a JSONL file, or a task of a Label Studio export."""

    path: str
    number: int
    unit: str = "line"

    def error(self, reason: str, fix: str) -> AnnotationError:
        if self.unit == "line":
            return AnnotationError(self.path, reason, line=self.number, fix=fix)
        return AnnotationError(f"{self.path}, {self.unit} {self.number}", reason, fix=fix)

    def parse(self, obj: Any) -> AnnotatedRecord:
        """Validate through ``parse_record``; errors keep this location."""
        try:
            return parse_record(obj, self.path, self.number)
        except AnnotationError as exc:
            if self.unit == "line":
                raise
            raise self.error(exc.reason, exc.fix or "") from None


@dataclass
class ReadResult:
    """Records read from one file, with the count of input records and why some were skipped."""

    records: list[AnnotatedRecord] = field(default_factory=list)
    read: int = 0
    skipped: Counter = field(default_factory=Counter)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise NlpToolsError(f'Unknown annotation format "{fmt}". Fix: use one of {", ".join(FORMATS)}.')


def _read_text(path: str) -> str:
    p = Path(path)
    if not p.exists():
        raise AnnotationError(path, "does not exist.", fix="check the path of the file to convert.")
    if p.is_dir():
        raise AnnotationError(path, "is a folder.", fix="give one annotation file.")
    try:
        return p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise AnnotationError(path, "is not UTF-8 text.", fix="save the file as UTF-8.") from None


def _jsonl_objects(path: str) -> Iterator[tuple[_Where, Any]]:
    for lineno, obj in iter_json_lines(path, _read_text(path),
                                       fix="repair the line: one JSON object per line (a Label Studio export, "
                                           "one JSON array, is read as labelstudio)."):
        yield _Where(path, lineno), obj


def _import_prodigy(path: str) -> Iterator[tuple[_Where, Any]]:
    for where, obj in _jsonl_objects(path):
        yield where, _from_prodigy(obj, where)


def _from_prodigy(obj: Any, where: _Where) -> Any:
    if not isinstance(obj, dict):
        return obj
    answer = obj.get("answer", "accept")
    if answer in ("reject", "ignore"):
        return _Skip(f"answer {answer}")
    if answer != "accept":
        raise where.error(f"has the unknown answer {answer!r}.", fix='answers are "accept", "reject" or "ignore".')
    rec: dict[str, Any] = {"text": obj.get("text"), "meta": obj.get("meta")}
    if "spans" in obj:
        rec["spans"] = obj["spans"]
    if "accept" in obj or "options" in obj:
        accept = obj.get("accept", [])
        if not isinstance(accept, list):
            raise where.error('"accept" is not a list.', fix='list the accepted option ids: ["arms_control", ...].')
        rec["topics"] = accept
    return rec


def _doccano_labels(obj: Any) -> list | None:
    """The ``label`` (or ``labels``) list of a doccano record, else None."""
    if not isinstance(obj, dict):
        return None
    items = obj.get("label", obj.get("labels"))
    return items if isinstance(items, list) else None


def _import_doccano(path: str) -> Iterator[tuple[_Where, Any]]:
    rows = list(_jsonl_objects(path))
    items = [i for _, obj in rows for i in _doccano_labels(obj) or []]
    label_has_spans = any(not isinstance(i, str) for i in items) or any(
        isinstance(obj, dict) and "cats" in obj for _, obj in rows)
    label_has_cats = any(isinstance(i, str) for i in items)
    label_has_spans = label_has_spans or not label_has_cats
    for where, obj in rows:
        yield where, _from_doccano(obj, where, label_has_spans, label_has_cats)


def _doccano_span(item: Any, where: _Where) -> dict[str, Any]:
    if isinstance(item, dict) and {"start_offset", "end_offset", "label"} <= item.keys():
        return {"start": item["start_offset"], "end": item["end_offset"], "label": item["label"]}
    if isinstance(item, (list, tuple)) and len(item) == 3:
        return {"start": item[0], "end": item[1], "label": item[2]}
    raise where.error(f"has a doccano label that is neither [start, end, \"LABEL\"], "
                      f"{{start_offset, end_offset, label}} nor a category: {item!r}.",
                      fix='write entities as [0, 5, "ORG"] and categories as "arms_control".')


def _doccano_cats(cats: Any, where: _Where) -> list[Any]:
    if isinstance(cats, list):
        return cats
    if isinstance(cats, dict):
        return [k for k, v in cats.items() if isinstance(v, (int, float)) and v >= 0.5]
    raise where.error('"cats" is neither a list nor a {label: score} object.', fix='write "cats": ["arms_control", ...].')


def _from_doccano(obj: Any, where: _Where, label_has_spans: bool, label_has_cats: bool) -> Any:
    if not isinstance(obj, dict):
        return obj
    items = _doccano_labels(obj)
    if items is None and ("label" in obj or "labels" in obj):
        raise where.error('"label" is not a list.', fix='write "label": [[0, 5, "ORG"], ...].')
    spans = [_doccano_span(i, where) for i in items or [] if not isinstance(i, str)]
    topics = [i for i in items or [] if isinstance(i, str)]
    meta = obj.get("meta") or {}
    if isinstance(meta, dict):
        meta = {**{k: v for k, v in obj.items() if k not in _DOCCANO_KEYS}, **meta}
    rec: dict[str, Any] = {"text": obj.get("text"), "meta": meta}
    if "entities" in obj:
        if not isinstance(obj["entities"], list):
            raise where.error('"entities" is not a list.', fix='write "entities": [[0, 5, "ORG"], ...].')
        rec["spans"] = spans + [_doccano_span(e, where) for e in obj["entities"]]
    elif items is not None and (label_has_spans or "cats" in obj):
        rec["spans"] = spans
    if "cats" in obj:
        rec["topics"] = topics + _doccano_cats(obj["cats"], where)
    elif items is not None and label_has_cats:
        rec["topics"] = topics
    return rec


def _utf16_offset(text: str, index: int) -> int:
    """The JavaScript (UTF-16) offset of a Python string index."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def _python_offsets(text: str, start: int, end: int, quoted: str, where: _Where) -> tuple[int, int]:
    """Label Studio offsets as Python indices, checked against the result's ``text``."""
    if text[start:end] == quoted:
        return start, end
    index, unit = {}, 0
    for i, ch in enumerate(text):
        index[unit] = i
        unit += 2 if ord(ch) > 0xFFFF else 1
    index[unit] = len(text)
    s, e = index.get(start), index.get(end)
    if s is not None and e is not None and text[s:e] == quoted:
        return s, e
    if 0 <= start < end <= len(text):
        raise where.error(f"has a span [{start}, {end}) that says it covers {quoted!r}, but the text there is "
                          f"{text[start:end]!r}.", fix="correct start/end, or relabel the span in Label Studio.")
    return start, end


def _labelstudio_results(annotation: Any, where: _Where) -> list[dict[str, Any]]:
    result = annotation.get("result") if isinstance(annotation, dict) else None
    if not isinstance(result, list) or not all(isinstance(r, dict) for r in result):
        raise where.error('has an annotation without a "result" list of objects.',
                          fix="export the project again from Label Studio as JSON.")
    return result


def _labelstudio_choose(task: Any, where: _Where) -> tuple[list[dict[str, Any]], bool] | _Skip:
    """The results to import (first annotation not cancelled, else first prediction) and whether predicted."""
    if not isinstance(task, dict):
        raise where.error("is not a Label Studio task object.",
                          fix='export tasks as {"data": {"text": ...}, "annotations": [...]}.')
    annotations = task.get("annotations", task.get("completions")) or []
    kept = [a for a in annotations if not (isinstance(a, dict) and a.get("was_cancelled"))]
    if kept:
        return _labelstudio_results(kept[0], where), False
    if annotations:
        return _Skip("all annotations cancelled")
    predictions = task.get("predictions") or []
    if predictions:
        return _labelstudio_results(predictions[0], where), True
    return _Skip("no annotation")


def _import_labelstudio(path: str) -> Iterator[tuple[_Where, Any]]:
    raw = _read_text(path)
    try:
        tasks = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise AnnotationError(path, f"is not valid JSON ({exc.msg}, column {exc.colno}).", line=exc.lineno,
                              fix="export the project from Label Studio as JSON (JSONL files are read as "
                                  "nlptools, prodigy or doccano).") from None
    if isinstance(tasks, dict) and "data" in tasks:
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise AnnotationError(path, "is not a Label Studio JSON export (a JSON array of tasks).",
                              fix="export the project from Label Studio as JSON.")
    wheres = [_Where(path, n, "task") for n in range(1, len(tasks) + 1)]
    chosen = [_labelstudio_choose(t, w) for t, w in zip(tasks, wheres)]
    types = {r.get("type") for c in chosen if not isinstance(c, _Skip) for r in c[0]}
    for task, where, choice in zip(tasks, wheres, chosen):
        if isinstance(choice, _Skip):
            yield where, choice
        else:
            yield where, _from_labelstudio(task, *choice, where, "labels" in types, "choices" in types)


def _from_labelstudio(task: dict[str, Any], results: list[dict[str, Any]], predicted: bool, where: _Where,
                      file_has_labels: bool, file_has_choices: bool) -> dict[str, Any]:
    data = task.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise where.error('has no "data": {"text": ...}.',
                          fix='read the text from the data field "text" ($text in the labeling config).')
    text = data["text"]
    task_meta = task.get("meta") or {}
    if not isinstance(task_meta, dict):
        raise where.error('"meta" is not an object.', fix='write the task "meta" as {...}.')
    marker = task_meta.get(LABELSTUDIO_TASKS_KEY)
    marker = set(marker) if isinstance(marker, list) else None
    meta = {**{k: v for k, v in data.items() if k != "text"},
            **{k: v for k, v in task_meta.items() if k != LABELSTUDIO_TASKS_KEY}}
    if predicted:
        meta["suggested"] = True
    spans, topics = [], []
    for r in results:
        value = r["value"] if isinstance(r.get("value"), dict) else {}
        if r.get("type") == "labels":
            labels = value.get("labels")
            if not isinstance(labels, list):
                raise where.error(f'has a "labels" result without a "labels" list: {value!r}.',
                                  fix='export the project again from Label Studio as JSON.')
            start, end, quoted = value.get("start"), value.get("end"), value.get("text")
            if isinstance(start, int) and isinstance(end, int) and isinstance(quoted, str):
                start, end = _python_offsets(text, start, end, quoted, where)
            spans.extend({"start": start, "end": end, "label": label} for label in labels)
        elif r.get("type") == "choices":
            topics.extend(value.get("choices") or [])
    rec: dict[str, Any] = {"text": text, "meta": meta}
    if spans or ("spans" in marker if marker is not None else file_has_labels):
        rec["spans"] = spans
    if topics or ("topics" in marker if marker is not None else file_has_choices):
        rec["topics"] = topics
    return rec


def _to_prodigy(rec: AnnotatedRecord) -> dict[str, Any]:
    task: dict[str, Any] = {"text": rec.text}
    if rec.spans is not None:
        task["spans"] = [{"start": s.start, "end": s.end, "label": s.label} for s in rec.spans]
    if rec.topics is not None:
        task["options"] = [{"id": t, "text": t} for t in config.TOPIC_LABELS]
        task["accept"] = list(rec.topics)
    task["answer"] = "accept"
    task["meta"] = rec.meta
    return task


def _to_doccano(rec: AnnotatedRecord) -> dict[str, Any]:
    out: dict[str, Any] = {"text": rec.text}
    if rec.spans is not None:
        out["label"] = [[s.start, s.end, s.label] for s in rec.spans]
    if rec.topics is not None:
        out["cats"] = list(rec.topics)
    out["meta"] = rec.meta
    return out


def _to_labelstudio(rec: AnnotatedRecord) -> dict[str, Any]:
    result: list[dict[str, Any]] = [
        {"id": f"span-{i}", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": _utf16_offset(rec.text, s.start), "end": _utf16_offset(rec.text, s.end),
                   "text": rec.text[s.start:s.end], "labels": [s.label]}}
        for i, s in enumerate(rec.spans or [])]
    if rec.topics:
        result.append({"id": "topics", "type": "choices", "from_name": "topics", "to_name": "text",
                       "value": {"choices": list(rec.topics)}})
    tasks = [name for name, value in (("spans", rec.spans), ("topics", rec.topics)) if value is not None]
    return {"data": {"text": rec.text},
            "annotations": [{"result": result, "was_cancelled": False, "ground_truth": False}],
            "meta": {**rec.meta, LABELSTUDIO_TASKS_KEY: tasks}}


_IMPORTERS: dict[str, Callable[[str], Iterator[tuple[_Where, Any]]]] = {
    "nlptools": _jsonl_objects, "prodigy": _import_prodigy,
    "doccano": _import_doccano, "labelstudio": _import_labelstudio,
}
_EXPORTERS: dict[str, Callable[[AnnotatedRecord], dict[str, Any]]] = {
    "nlptools": AnnotatedRecord.to_dict, "prodigy": _to_prodigy,
    "doccano": _to_doccano, "labelstudio": _to_labelstudio,
}


def labelstudio_config() -> str:
    """The Label Studio labeling config that matches exported tasks (controls ``label``, ``topics`` on ``text``)."""
    labels = "\n".join(f"    <Label value={quoteattr(l)}/>" for l in config.ENTITY_LABELS)
    choices = "\n".join(f"    <Choice value={quoteattr(t)}/>" for t in config.TOPIC_LABELS)
    return (f'<View>\n  <Labels name="label" toName="text">\n{labels}\n  </Labels>\n'
            f'  <Text name="text" value="$text"/>\n'
            f'  <Choices name="topics" toName="text" choice="multiple">\n{choices}\n  </Choices>\n</View>\n')


def read_file(path: str | os.PathLike, fmt: str) -> ReadResult:
    """Read and validate every record of one file in ``fmt``; skipped records are counted by reason."""
    _check_format(fmt)
    result = ReadResult()
    for where, item in _IMPORTERS[fmt](str(path)):
        result.read += 1
        if isinstance(item, _Skip):
            result.skipped[item.reason] += 1
            continue
        if fmt != "nlptools" and isinstance(item, dict) and "spans" not in item and "topics" not in item:
            raise where.error(f"has no annotation: {_NO_ANNOTATION[fmt]}.",
                              fix=f"annotate the record, or check that the file is in {fmt} format.")
        result.records.append(where.parse(item))
    return result


def read_records(path: str | os.PathLike, fmt: str) -> list[AnnotatedRecord]:
    """The valid records of one annotation file in any of :data:`FORMATS` (rejected ones left out)."""
    return read_file(path, fmt).records


def write_records(records: Iterable[AnnotatedRecord], path: str | os.PathLike, fmt: str) -> int:
    """Write records in ``fmt`` atomically (``-``: standard output); return how many were written."""
    _check_format(fmt)
    converted = [_EXPORTERS[fmt](r) for r in records]
    with AtomicJsonlWriter(path) as writer:
        if fmt == "labelstudio":
            writer.write_line(json.dumps(converted, ensure_ascii=False, indent=2))
        else:
            writer.write_all(converted)
    return len(converted)


def convert(input_path: str | os.PathLike, output_path: str | os.PathLike, from_format: str,
            to_format: str) -> dict[str, Any]:
    """Convert one annotation file between :data:`FORMATS`, validating every record; return a summary.

    The summary has ``read`` (input records), ``written``, ``skipped`` and ``skipped_reasons``
    (reason → count). Nothing is written when a record is invalid.
    """
    _check_format(from_format)
    _check_format(to_format)
    result = read_file(input_path, from_format)
    written = write_records(result.records, output_path, to_format)
    return {"input": str(input_path), "output": str(output_path), "from": from_format, "to": to_format,
            "read": result.read, "written": written, "skipped": sum(result.skipped.values()),
            "skipped_reasons": dict(result.skipped)}
