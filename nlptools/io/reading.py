"""Reading inputs: folders (recursively, ``*.txt``, ``*.html``, ``*.htm``), single text or HTML
files and JSONL files of records (``{"id", "text"}`` or ``{"id", "html"}``).

Every problem with one input becomes a :class:`Skipped` entry (or an exception with
``on_error="fail"``); the rest of the run goes on. Only regular files are read, each one
once, and none over the size limit, so a FIFO, a link to a device or a huge file can neither
hang a run nor exhaust memory. What a user should know but is no error (a file reached
twice, an id made unique, a ``.txt`` read as HTML) goes to ``notes``.
"""
from __future__ import annotations

import io
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .. import config
from ..errors import (BinaryFileError, EmptyInputError, FileTooLargeError, InputError, JsonlRecordError,
                      NoInputError, NotRegularFileError)
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
                if enc == "utf-8-sig":  # a UTF-8 BOM saved before text in another encoding is not text
                    data = data[len(bom):]
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


_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def max_bytes(max_file_size_mb: float | None) -> int:
    """The size limit in bytes (``None``: the default of ``config``)."""
    return int((config.MAX_FILE_SIZE_MB if max_file_size_mb is None else max_file_size_mb) * 1_000_000)


def check_file(path: str | os.PathLike, limit: int) -> os.stat_result:
    """The file's status, after checking that it is a regular file within the size limit."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc}).",
                         fix="check that the file exists and that you may read it.") from exc
    if not stat.S_ISREG(st.st_mode):
        what = next((w for test, w in _KINDS if test(st.st_mode)), "not a file")
        raise NotRegularFileError(path, what)
    if st.st_size > limit:
        raise FileTooLargeError(path, st.st_size, limit)
    return st


def _read_bytes(path: str | os.PathLike, limit: int) -> bytes:
    check_file(path, limit)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc}).",
                         fix="check that the file exists and that you may read it.") from exc
    if len(data) > limit:
        raise FileTooLargeError(path, len(data), limit)
    return data


def read_text_file(path: str | os.PathLike, source: str | None = None, doc_id: str | None = None,
                   max_file_size_mb: float | None = None) -> Document:
    """Read one text or HTML file as a :class:`Document`; raises :class:`InputError` subclasses.

    An ``.html``/``.htm`` file, or a text file that holds an HTML document, is turned into
    its visible text (``Document.format`` "html"; see :mod:`nlptools.io.html`).
    """
    from .html import html_to_text, looks_like_html

    p = Path(path)
    text, encoding = decode(_read_bytes(path, max_bytes(max_file_size_mb)), path)
    fmt = "text"
    if p.suffix.lower() in config.HTML_SUFFIXES or looks_like_html(text):
        text, fmt = html_to_text(text), "html"
    if not text.strip():
        raise EmptyInputError(path)
    return Document(id=doc_id or p.stem, source=source or str(path), text=text, encoding=encoding, format=fmt)


def _jsonl_lines(path: str | os.PathLike, limit: int, skipped, on_error) -> Iterator[tuple[int, str]]:
    """Numbered, decoded lines of a JSONL file, one at a time; a line over ``limit`` bytes is skipped unread."""
    try:
        check_file(path, float("inf"))
        fh = open(path, "rb")
    except InputError as exc:
        _problem(exc, skipped, on_error)
        return
    except OSError as exc:
        _problem(InputError(path, f"cannot be read ({exc.strerror or exc}).",
                            fix="check that the file exists and that you may read it."), skipped, on_error)
        return
    with fh:
        if fh.read(2) in _UTF16_BOMS:  # JSON Lines are UTF-8; UTF-16 files saved by Windows tools are read too
            fh.seek(0)
            # surrogatepass: a broken surrogate pair is decoded as a lone surrogate and reported with its
            # own line, instead of failing the whole decoded chunk (the lines before it, the wrong line number);
            # newline=None: every line ends in "\n", also in a file of "\r" line ends
            text = io.TextIOWrapper(fh, encoding="utf-16", errors="surrogatepass", newline=None)
            lineno = 0
            try:
                for lineno, line in _capped_lines(text.readline, "\n", limit, path, skipped, on_error):
                    if _LONE_SURROGATE.search(line):
                        _problem(InputError(path, "is not valid UTF-16 (illegal UTF-16 surrogate).", line=lineno,
                                            fix="save it again as UTF-8."), skipped, on_error)
                        continue
                    yield lineno, line
            except UnicodeDecodeError as exc:
                _problem(InputError(path, f"is not valid UTF-16 ({exc.reason}).", line=lineno + 1,
                                    fix="save it again as UTF-8."), skipped, on_error)
            return
        fh.seek(0)
        for lineno, raw in _capped_lines(fh.readline, b"\n", limit, path, skipped, on_error):
            try:
                yield lineno, decode(raw[3:] if lineno == 1 and raw.startswith(b"\xef\xbb\xbf") else raw, path)[0]
            except InputError as exc:
                _problem(InputError(path, exc.reason, line=lineno, fix=exc.fix), skipped, on_error)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _capped_lines(readline, newline, limit: int, path, skipped, on_error):
    """Numbered lines from ``readline`` (bytes or text); a line over ``limit`` units is read past in
    pieces, never whole, and reported as too large."""
    lineno = 0
    while True:
        line = readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(newline):
            size = len(line)
            while line and not line.endswith(newline):
                line = readline(1 << 20)
                size += len(line)
            _problem(FileTooLargeError(path, size, limit, line=lineno), skipped, on_error)
            continue
        yield lineno, line


def iter_jsonl_documents(path: str | os.PathLike, skipped: list[Skipped] | None = None,
                         on_error: str = "skip", max_file_size_mb: float | None = None) -> Iterator[Document]:
    """Documents from a JSONL file of ``{"id", "text" or "html", ...}`` records, read line by line;
    bad lines are skipped and reported."""
    from .html import html_to_text

    p = Path(path)
    seen: set[str] = set()
    for lineno, line in _jsonl_lines(path, max_bytes(max_file_size_mb), skipped, on_error):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            _problem(JsonlRecordError(path, f"is not valid JSON ({exc.msg}).", line=lineno,
                                      fix="repair or remove that line."), skipped, on_error)
            continue
        field = "text" if isinstance(record, dict) and "text" in record else "html"
        if not isinstance(record, dict) or field not in record:
            _problem(JsonlRecordError(path, 'has no "text" field.', line=lineno,
                                      fix='give each record a "text" string (or an "html" string).'),
                     skipped, on_error)
            continue
        if not isinstance(record[field], str):
            _problem(JsonlRecordError(path, f'has a "{field}" that is a {type(record[field]).__name__}, not a '
                                      "string.", line=lineno, fix=f'make "{field}" a string.'), skipped, on_error)
            continue
        doc_id = str(record.get("id", f"{p.stem}-{lineno}"))
        if doc_id in seen:
            _problem(JsonlRecordError(path, f'repeats the id "{doc_id}".', line=lineno,
                                      fix="give every record its own id."), skipped, on_error)
            continue
        seen.add(doc_id)
        text = record[field] if field == "text" else html_to_text(record[field])
        meta = {k: v for k, v in record.items() if k not in ("id", field)}
        yield Document(id=doc_id, source=f"{path}#{doc_id}", text=text, encoding="utf-8", meta=meta,
                       format="text" if field == "text" else "html")


def _problem(exc: InputError, skipped: list[Skipped] | None, on_error: str) -> None:
    if on_error == "fail":
        raise exc
    if skipped is not None:
        skipped.append(Skipped(exc.path, str(exc), exc.line))


def _suffix_kind(path: str) -> str | None:
    low = path.lower()
    if low.endswith(config.JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(config.HTML_SUFFIXES):
        return "html"
    if low.endswith(config.TEXT_SUFFIXES):
        return "text"
    return None


def _walk(folder: str) -> Iterator[str]:
    """Page files (text and HTML) below ``folder`` in sorted order, following links but never looping."""
    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            if _suffix_kind(name) in ("text", "html"):
                yield os.path.join(root, name)


class UniqueIds:
    """Makes document ids unique within a run: a repeated id gets ``-2``, ``-3``… with a note."""

    def __init__(self, notes: list[str] | None):
        self.first: dict[str, str] = {}
        self.notes = notes

    def unique(self, doc_id: str, source: str) -> str:
        if doc_id not in self.first:
            self.first[doc_id] = source
            return doc_id
        n = 2
        while f"{doc_id}-{n}" in self.first:
            n += 1
        new = f"{doc_id}-{n}"
        self.first[new] = source
        _note(self.notes, f'{source}: the id "{doc_id}" is already used by {self.first[doc_id]}; '
                          f'this document is named "{new}".')
        return new


def _note(notes: list[str] | None, message: str) -> None:
    if notes is not None:
        notes.append(message)


def expand_paths(paths: Iterable[str | os.PathLike], skipped: list[Skipped] | None = None,
                 on_error: str = "skip", notes: list[str] | None = None,
                 max_file_size_mb: float | None = None) -> Iterator[tuple[str, str, str]]:
    """Yield ``(kind, path, doc_id)`` for every input, ``kind`` being ``text``, ``html`` or ``jsonl``.

    Each file is yielded once (a file reached again through a repeated argument, a link or
    an overlapping folder gets a note) with an id no other file has; files that are not
    regular or are over the size limit are skipped with their reason, before being read.
    """
    limit = max_bytes(max_file_size_mb)
    seen: dict[tuple[int, int], str] = {}
    ids = UniqueIds(notes)
    for given in paths:
        given = str(given)
        if os.path.isdir(given):
            found = ((p, os.path.splitext(os.path.relpath(p, given))[0].replace(os.sep, "/")) for p in _walk(given))
        elif os.path.lexists(given):
            found = iter([(given, Path(given).stem)])
        else:
            _problem(InputError(given, "does not exist.", fix="check the path."), skipped, on_error)
            continue
        for path, doc_id in found:
            kind = _suffix_kind(path) or "text"
            try:
                st = check_file(path, float("inf") if kind == "jsonl" else limit)
            except InputError as exc:
                _problem(exc, skipped, on_error)
                continue
            if (st.st_dev, st.st_ino) in seen:
                _note(notes, f"{path}: the same file as {seen[st.st_dev, st.st_ino]}; read once.")
                continue
            seen[st.st_dev, st.st_ino] = path
            yield kind, path, doc_id if kind == "jsonl" else ids.unique(doc_id, path)


def plan_inputs(paths: Iterable[str | os.PathLike], skipped: list[Skipped] | None = None,
                on_error: str = "skip", notes: list[str] | None = None,
                max_file_size_mb: float | None = None) -> list[tuple[str, str, str]]:
    """Every input file of a run, listed before anything is read or any model loads.

    Raises :class:`NoInputError` when a given path does not exist, or when no page file is
    found or none of them can be read, so a run with nothing to do stops at once.
    """
    paths = [str(p) for p in paths]
    if not paths:
        raise NoInputError("(no path)", "no input was given.", fix="name folders, page files or JSONL files.")
    for p in paths:
        if not os.path.lexists(p):
            raise NoInputError(p, "does not exist.", fix="check the path.")
    local: list[Skipped] = []
    entries = list(expand_paths(paths, local, on_error, notes, max_file_size_mb))
    if skipped is not None:
        skipped.extend(local)
    readable = [e for e in entries if os.access(e[1], os.R_OK)]
    if not readable:
        names = ", ".join(paths)
        what = "holds no readable page" if entries or local else "holds no page (*.txt, *.html, *.htm, *.jsonl)"
        raise NoInputError(names, f"{what}; nothing to do.",
                           fix="give folders with page files, page files or JSONL files you may read.")
    return entries


def read_entries(entries: Iterable[tuple[str, str, str]], skipped: list[Skipped] | None = None,
                 on_error: str = "skip", notes: list[str] | None = None,
                 max_file_size_mb: float | None = None) -> Iterator[Document]:
    """The documents of listed inputs (:func:`expand_paths`, :func:`plan_inputs`), lazily, ids unique."""
    ids = UniqueIds(notes)
    for kind, path, doc_id in entries:
        if kind == "jsonl":
            docs: Iterable[Document] = iter_jsonl_documents(path, skipped, on_error, max_file_size_mb)
        else:
            try:
                docs = [read_text_file(path, source=path, doc_id=doc_id, max_file_size_mb=max_file_size_mb)]
            except InputError as exc:
                _problem(exc, skipped, on_error)
                continue
            if kind == "text" and docs[0].format == "html":
                _note(notes, f"{path}: holds HTML, read as a page (offsets refer to `nlptools text {path}`).")
        for doc in docs:
            new = ids.unique(doc.id, doc.source)
            yield doc if new == doc.id else Document(new, doc.source, doc.text, doc.encoding, doc.meta, doc.format)


def iter_documents(paths: Iterable[str | os.PathLike], skipped: list[Skipped] | None = None,
                   on_error: str = "skip", notes: list[str] | None = None,
                   max_file_size_mb: float | None = None) -> Iterator[Document]:
    """Every document of every input path, lazily, in a stable order, each id unique.

    Inputs that cannot be used are appended to ``skipped`` (``on_error="skip"``)
    or raise (``on_error="fail"``); things worth knowing go to ``notes``.
    """
    entries = expand_paths(paths, skipped, on_error, notes, max_file_size_mb)
    yield from read_entries(entries, skipped, on_error, notes, max_file_size_mb)
