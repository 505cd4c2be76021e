"""Annotation files (docs/annotation.md): loading, validation with file-and-line errors, splitting by document."""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import jsonlines

from .. import config
from ..errors import AnnotationError
from ..types import Spans


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


@dataclass
class AnnotatedRecord:
    """One annotated text. ``spans``/``topics`` are None when the record does not annotate that task."""

    text: str
    spans: list[Span] | None
    topics: list[str] | None
    meta: dict[str, Any] = field(default_factory=dict)
    file: str = ""
    line: int = 0

    @property
    def doc(self) -> str:
        """The document the record belongs to (``meta.source``; else the file), used to split by document."""
        return str(self.meta.get("source") or self.file)

    @property
    def synthetic(self) -> bool:
        return bool(self.meta.get("synthetic"))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text}
        if self.spans is not None:
            d["spans"] = [{"start": s.start, "end": s.end, "label": s.label} for s in self.spans]
        if self.topics is not None:
            d["topics"] = list(self.topics)
        d["meta"] = self.meta
        return d


@dataclass
class LoadSummary:
    files: int = 0
    records: int = 0
    spans: Counter = field(default_factory=Counter)
    topics: Counter = field(default_factory=Counter)
    documents: int = 0

    def __str__(self) -> str:
        spans = ", ".join(f"{k} {v}" for k, v in sorted(self.spans.items())) or "none"
        return (f"{self.records} records from {self.files} file(s), {self.documents} documents; "
                f"spans: {spans}; topic labels: {sum(self.topics.values())}")


def _annotation_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Annotation files of files and folders; a ``dev/`` subfolder (the held-out development set) is
    read only when it is named itself."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.suffix in (".jsonl", ".ndjson") and q.is_file()
                              and config.DEV_SPLIT not in q.relative_to(p).parts[:-1]))
        elif p.exists():
            out.append(p)
        else:
            raise AnnotationError(p, "does not exist.", fix="check the path to the annotations.")
    return out


def _token_bounds(text: str) -> tuple[set[int], set[int]]:
    """Starts and ends of word-like tokens, for the alignment check."""
    starts, ends = set(), set()
    for m in re.finditer(r"\w+|[^\w\s]", text):
        starts.add(m.start())
        ends.add(m.end())
    return starts, ends


def _nearest(value: int, candidates: set[int]) -> int:
    return min(candidates, key=lambda c: (abs(c - value), c)) if candidates else value


def parse_record(obj: Any, file: str, line: int, *, entity_labels: Sequence[str] = config.ENTITY_LABELS,
                 topic_labels: Sequence[str] = config.TOPIC_LABELS) -> AnnotatedRecord:
    """Validate one decoded JSON object; raise :class:`AnnotationError` naming file and line."""
    if not isinstance(obj, dict):
        raise AnnotationError(file, "is not a JSON object.", line=line, fix='write one {"text": ...} object per line.')
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        raise AnnotationError(file, 'has no "text" string.', line=line, fix='add the annotated "text".')
    spans = None
    if "spans" in obj:
        if not isinstance(obj["spans"], list):
            raise AnnotationError(file, '"spans" is not a list.', line=line, fix="write spans as a list of objects.")
        spans = []
        starts, ends = _token_bounds(text)
        for s in obj["spans"]:
            try:
                start, end, label = int(s["start"]), int(s["end"]), str(s["label"])
            except (KeyError, TypeError, ValueError):
                raise AnnotationError(file, f"has a span without integer start/end and a label: {s!r}.", line=line,
                                      fix='write spans as {"start": 0, "end": 5, "label": "ORG"}.') from None
            if label not in entity_labels:
                raise AnnotationError(file, f'uses the unknown entity label "{label}".', line=line,
                                      fix=f"use one of {', '.join(entity_labels)}.")
            if not 0 <= start < end <= len(text):
                raise AnnotationError(file, f"has a span [{start}, {end}) outside the text (length {len(text)}).",
                                      line=line, fix="check the offsets: end is exclusive, counted in characters.")
            if start not in starts or end not in ends:
                ns, ne = _nearest(start, starts), _nearest(end, ends)
                raise AnnotationError(
                    file, f"has a span [{start}, {end}) {text[start:end]!r} that does not align with word boundaries.",
                    line=line, fix=f"the nearest alignment is [{ns}, {ne}) {text[ns:ne]!r}.")
            spans.append(Span(start, end, label))
        spans.sort(key=lambda s: (s.start, s.end))
        for a, b in zip(spans, spans[1:]):
            if b.start < a.end:
                raise AnnotationError(file, f"has overlapping spans {text[a.start:a.end]!r} and {text[b.start:b.end]!r}.",
                                      line=line, fix="keep one of them: spans may not overlap.")
    topics = None
    if "topics" in obj:
        if not isinstance(obj["topics"], list):
            raise AnnotationError(file, '"topics" is not a list.', line=line, fix='write topics as ["label", ...].')
        for t in obj["topics"]:
            if t not in topic_labels:
                raise AnnotationError(file, f'uses the unknown topic "{t}".', line=line,
                                      fix=f"use labels from the guide: {', '.join(topic_labels)}.")
        topics = sorted(set(obj["topics"]), key=list(topic_labels).index)
    if spans is None and topics is None:
        raise AnnotationError(file, 'has neither "spans" nor "topics".', line=line, fix="annotate at least one task.")
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise AnnotationError(file, '"meta" is not an object.', line=line, fix='write "meta" as {...}.')
    return AnnotatedRecord(text, spans, topics, meta, file, line)


def iter_json_lines(path: str | os.PathLike, text: str | None = None,
                    fix: str = "repair the line (one JSON object per line).") -> Iterator[tuple[int, Any]]:
    """``(line number, object)`` for each non-blank line of a JSONL file; invalid JSON names the file and line."""
    path = str(path)
    if text is None:
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read()
    lines = [(lineno, raw) for lineno, raw in enumerate(text.split("\n"), start=1) if raw.strip()]
    reader = jsonlines.Reader(raw for _, raw in lines)
    try:
        for (lineno, _), obj in zip(lines, reader.iter(allow_none=True)):
            yield lineno, obj
    except jsonlines.InvalidLineError as exc:
        cause = exc.__cause__
        detail = f"{cause.msg}, column {cause.colno}" if isinstance(cause, json.JSONDecodeError) else str(exc)
        raise AnnotationError(path, f"is not valid JSON ({detail}).", line=lines[exc.lineno - 1][0], fix=fix) from None


def iter_annotation_file(path: str | os.PathLike, **kwargs) -> Iterator[AnnotatedRecord]:
    for lineno, obj in iter_json_lines(path):
        yield parse_record(obj, str(path), lineno, **kwargs)


def load_annotations(paths: Iterable[str | os.PathLike], **kwargs) -> tuple[list[AnnotatedRecord], LoadSummary]:
    """Load and validate annotation files (files or folders of ``*.jsonl``).

    Duplicate texts must agree: the same text annotated twice with different labels is an error.
    """
    files = _annotation_files(paths)
    records: list[AnnotatedRecord] = []
    first: dict[str, AnnotatedRecord] = {}
    summary = LoadSummary(files=len(files))
    for f in files:
        for rec in iter_annotation_file(f, **kwargs):
            prev = first.get(rec.text)
            if prev is not None:
                for task in ("spans", "topics"):
                    a, b = getattr(prev, task), getattr(rec, task)
                    if a is not None and b is not None and a != b:
                        raise AnnotationError(
                            rec.file, f"repeats the text of {prev.file} line {prev.line} with different {task}.",
                            line=rec.line, fix="make the two annotations agree or remove one.")
            else:
                first[rec.text] = rec
            records.append(rec)
            summary.records += 1
            summary.spans.update(s.label for s in rec.spans or [])
            summary.topics.update(rec.topics or [])
    summary.documents = len({r.doc for r in records})
    return records, summary


def gold_spans(records: Sequence[AnnotatedRecord]) -> list[Spans]:
    return [[(s.start, s.end, s.label) for s in r.spans or []] for r in records]


def files_digest(paths: Iterable[str | os.PathLike]) -> dict[str, str]:
    """SHA-256 of every annotation file, for model metadata and reports."""
    return {str(f): hashlib.sha256(Path(f).read_bytes()).hexdigest() for f in _annotation_files(paths)}


def records_digest(records: Sequence[AnnotatedRecord]) -> str:
    h = hashlib.sha256()
    for r in records:
        h.update(json.dumps(r.to_dict(), sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def near_duplicate(a: str, b: str, threshold: float = 0.6) -> bool:
    """True when two texts share most of their word 5-grams (Jaccard ≥ threshold) or are equal."""
    if a == b:
        return True
    sa, sb = _shingles(a), _shingles(b)
    if not sa or not sb:
        return False
    return len(sa & sb) / len(sa | sb) >= threshold


def document_folds(records: Sequence[AnnotatedRecord]) -> list[tuple[str, list[int], list[int]]]:
    """Leave-one-document-out folds: ``(doc, train_indices, test_indices)``.

    Training never holds a passage that is a near-duplicate of a test passage (listing
    summaries repeat across pages), nor synthetic records in the test part.
    """
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if not r.synthetic:
            by_doc[r.doc].append(i)
    folds = []
    for doc in sorted(by_doc):
        test = by_doc[doc]
        test_texts = [records[i].text for i in test]
        train = [i for i, r in enumerate(records)
                 if r.doc != doc and not any(near_duplicate(r.text, t) for t in test_texts)]
        folds.append((doc, train, test))
    return folds
