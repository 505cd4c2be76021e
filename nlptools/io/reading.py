"""Reading inputs: folders (recursively, ``*.txt``), single text files and JSONL files of records.

Every problem with one input becomes a :class:`Skipped` entry (or an exception with
``on_error="fail"``); the rest of the run goes on.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .. import config
from ..errors import BinaryFileError, EmptyInputError, InputError, JsonlRecordError
from ..types import Document

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


@dataclass(frozen=True)
class Skipped:
    """An input (or one line of it) that was not processed, and why."""

    source: str
    reason: str
    line: int | None = None

    def to_dict(self) -> dict:
        return {"source": self.source, "line": self.line, "reason": self.reason}


def decode(data: bytes, path: str | os.PathLike = "<bytes>") -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not); fall back to cp1252, then latin-1. Returns (text, encoding)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise BinaryFileError(path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def read_text_file(path: str | os.PathLike, source: str | None = None, doc_id: str | None = None) -> Document:
    """Read one text file as a :class:`Document`; raises :class:`InputError` subclasses."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc}).",
                         fix="check that the file exists and that you may read it.") from exc
    text, encoding = decode(data, path)
    if not text.strip():
        raise EmptyInputError(path)
    return Document(id=doc_id or p.stem, source=source or str(path), text=text, encoding=encoding)


def iter_jsonl_documents(path: str | os.PathLike, skipped: list[Skipped] | None = None,
                         on_error: str = "skip") -> Iterator[Document]:
    """Documents from a JSONL file of ``{"id", "text", ...}`` records; bad lines are skipped and reported."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        _problem(InputError(path, f"cannot be read ({exc.strerror or exc}).",
                            fix="check that the file exists and that you may read it."), skipped, on_error)
        return
    try:
        text, _ = decode(data, path)
    except InputError as exc:
        _problem(exc, skipped, on_error)
        return
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            _problem(JsonlRecordError(path, f"is not valid JSON ({exc.msg}).", line=lineno,
                                      fix="repair or remove that line."), skipped, on_error)
            continue
        if not isinstance(record, dict) or "text" not in record:
            _problem(JsonlRecordError(path, 'has no "text" field.', line=lineno,
                                      fix='give each record a "text" string.'), skipped, on_error)
            continue
        if not isinstance(record["text"], str):
            _problem(JsonlRecordError(path, f'has a "text" that is a {type(record["text"]).__name__}, not a string.',
                                      line=lineno, fix='make "text" a string.'), skipped, on_error)
            continue
        doc_id = str(record.get("id", f"{p.stem}-{lineno}"))
        if doc_id in seen:
            _problem(JsonlRecordError(path, f'repeats the id "{doc_id}".', line=lineno,
                                      fix="give every record its own id."), skipped, on_error)
            continue
        seen.add(doc_id)
        meta = {k: v for k, v in record.items() if k not in ("id", "text")}
        yield Document(id=doc_id, source=f"{path}#{doc_id}", text=record["text"], encoding="utf-8", meta=meta)


def _problem(exc: InputError, skipped: list[Skipped] | None, on_error: str) -> None:
    if on_error == "fail":
        raise exc
    if skipped is not None:
        skipped.append(Skipped(exc.path, str(exc), exc.line))


def _walk(folder: str) -> Iterator[str]:
    """Text files below ``folder`` in sorted order, following links but never looping."""
    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(config.TEXT_SUFFIXES):
                yield os.path.join(root, name)


def expand_paths(paths: Iterable[str | os.PathLike], skipped: list[Skipped] | None = None,
                 on_error: str = "skip") -> Iterator[tuple[str, str, str]]:
    """Yield ``(kind, path, doc_id)`` for every input, ``kind`` being ``text`` or ``jsonl``."""
    for given in paths:
        given = str(given)
        if os.path.isdir(given):
            for path in _walk(given):
                rel = os.path.relpath(path, given)
                yield "text", path, os.path.splitext(rel)[0].replace(os.sep, "/")
        elif os.path.exists(given):
            kind = "jsonl" if given.lower().endswith(config.JSONL_SUFFIXES) else "text"
            yield kind, given, Path(given).stem
        else:
            _problem(InputError(given, "does not exist.", fix="check the path."), skipped, on_error)


def iter_documents(paths: Iterable[str | os.PathLike], skipped: list[Skipped] | None = None,
                   on_error: str = "skip") -> Iterator[Document]:
    """Every document of every input path, lazily, in a stable order.

    Inputs that cannot be used are appended to ``skipped`` (``on_error="skip"``)
    or raise (``on_error="fail"``).
    """
    for kind, path, doc_id in expand_paths(paths, skipped, on_error):
        if kind == "jsonl":
            yield from iter_jsonl_documents(path, skipped, on_error)
            continue
        try:
            yield read_text_file(path, source=path, doc_id=doc_id)
        except InputError as exc:
            _problem(exc, skipped, on_error)
