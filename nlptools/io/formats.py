"""Output records (see docs/records.md) and atomic JSONL writing."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Callable, IO, Any, Iterable, Sequence

import jsonlines

from ..errors import OutputError
from ..types import Article, Entity, Page, Passage, Topic


def passage_id(page: Page, article: Article, passage: Passage) -> str:
    return f"{page.doc_id}#{article.index}.{passage.index}"


def article_id(page: Page, article: Article) -> str:
    return f"{page.doc_id}#{article.index}"


def _entities(entities: Sequence[Entity]) -> list[dict[str, Any]]:
    return [{"start": e.start, "end": e.end, "label": e.label, "text": e.text, "canonical": e.canonical}
            for e in entities]


def _topics(topics: Sequence[Topic]) -> list[dict[str, Any]]:
    return [{"label": t.label, "score": round(float(t.score), 4)} for t in topics]


def passage_record(page: Page, article: Article, passage: Passage,
                   entities: Sequence[Entity] | None = None,
                   topics: Sequence[Topic] | None = None) -> dict[str, Any]:
    """A passage-level record; ``entities``/``topics`` are left out when not computed (``segment``)."""
    rec: dict[str, Any] = {
        "id": passage_id(page, article, passage),
        "doc_id": page.doc_id,
        "source": page.source,
        "source_format": page.source_format,
        "page_date": page.page_date,
        "article": {"index": article.index, "kind": article.kind, "title": article.title,
                    "date": article.date, "start": article.start, "end": article.end, "key": article.key},
        "passage_index": passage.index,
        "part": passage.part,
        "speaker": passage.speaker,
        "key": passage.key,
        "start": passage.start,
        "end": passage.end,
        "text": passage.text,
    }
    if entities is not None:
        rec["entities"] = _entities(entities)
    if topics is not None:
        rec["topics"] = _topics(topics)
    return rec


def article_text(page: Page, article: Article) -> str:
    """The article's source slice with whitespace characters replaced by plain spaces."""
    return "".join(" " if c.isspace() else c for c in page.text[article.start:article.end])


def article_record(page: Page, article: Article, entities: Sequence[Entity] | None = None,
                   topics: Sequence[Topic] | None = None) -> dict[str, Any]:
    """An article-level record: article fields flattened, entity offsets into the article's text."""
    rec: dict[str, Any] = {
        "id": article_id(page, article),
        "doc_id": page.doc_id,
        "source": page.source,
        "source_format": page.source_format,
        "page_date": page.page_date,
        "index": article.index,
        "kind": article.kind,
        "title": article.title,
        "date": article.date,
        "key": article.key,
        "start": article.start,
        "end": article.end,
        "text": article_text(page, article),
        "passages": len(article.passages),
    }
    if entities is not None:
        rec["entities"] = _entities(entities)
    if topics is not None:
        rec["topics"] = _topics(topics)
    return rec


def dumps(record: dict[str, Any]) -> str:
    """One JSON line, byte-stable for equal records."""
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


def partial_path(path: str | os.PathLike) -> str:
    """Where an interrupted run keeps the records it made (``OUT.partial``), for ``--resume``."""
    return f"{path}.partial"


def check_output_path(path: str | os.PathLike) -> Path:
    """Raise :class:`OutputError` unless ``path`` can be written as an output file (its folder exists)."""
    target = Path(path)
    if not target.parent.exists():
        raise OutputError(f"{path}: the output folder {target.parent} does not exist. "
                          f"Fix: create it (mkdir -p {target.parent}) or choose another output path.")
    if target.is_dir():
        raise OutputError(f"{path}: is a folder. Fix: give a file name such as {target / 'out.jsonl'}.")
    return target


def _umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable across a power loss (where the system allows it)."""
    try:
        fd = os.open(str(folder), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class AtomicJsonlWriter:
    """Write JSONL records to a temporary file next to ``path`` and rename it into place on success.

    The file is flushed to disk (``fsync``) before the rename and the folder after it, so
    "complete or not at all" also holds across a power loss; it gets the permissions of any
    file the user creates (``0666`` less the umask).

    ``path`` ``-`` writes to standard output. On an exception or an interruption any
    previous file at ``path`` is left untouched and the temporary file is removed; with
    ``keep_partial`` the records already written are kept as ``path.partial`` instead
    (nothing done is lost; ``enrich --resume`` continues from it). ``before_commit`` is
    called once the file is complete, right before it replaces ``path``.
    """

    def __init__(self, path: str | os.PathLike, keep_partial: bool = False,
                 before_commit: Callable[[], None] | None = None):
        self.path = str(path)
        self.keep_partial = keep_partial
        self.before_commit = before_commit
        self.partial_kept: str | None = None
        self._fh: IO[str] | None = None
        self._tmp: str | None = None
        self._lines: jsonlines.Writer | None = None
        self.count = 0

    def __enter__(self) -> "AtomicJsonlWriter":
        if self.path == "-":
            self._fh = sys.stdout
            return self
        target = check_output_path(self.path)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
        os.fchmod(fd, 0o666 & ~_umask())
        self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self

    def write(self, record: dict[str, Any]) -> None:
        assert self._fh is not None
        if self._lines is None:
            self._lines = jsonlines.Writer(self._fh, dumps=dumps)
        self._lines.write(record)
        self.count += 1

    def write_all(self, records: Iterable[dict[str, Any]]) -> int:
        for rec in records:
            self.write(rec)
        return self.count

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.path == "-":
            sys.stdout.flush()
            return
        assert self._fh is not None and self._tmp is not None
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            if exc_type is None:
                if self.before_commit is not None:
                    self.before_commit()
                os.replace(self._tmp, self.path)
                self._tmp = None
            elif self.keep_partial and self.count:
                self.partial_kept = partial_path(self.path)
                os.replace(self._tmp, self.partial_kept)
                self._tmp = None
            _fsync_folder(Path(self.path).parent)
        finally:
            if self._tmp is not None and os.path.exists(self._tmp):
                os.unlink(self._tmp)

    def write_line(self, line: str) -> None:
        """Write one already-serialised record (a line of a ``.partial`` file being resumed)."""
        assert self._fh is not None
        self._fh.write(line.rstrip("\n") + "\n")
        self.count += 1


def read_partial(path: str | os.PathLike) -> tuple[list[str], set[str]]:
    """Lines of a ``.partial`` file to keep, and the ids of the documents they complete.

    Records are written document by document, so every document but the last one in the
    file is complete; the last one (possibly cut short) and a truncated final line are dropped.
    """
    with open(path, encoding="utf-8") as fh:
        raws = fh.readlines()
    if raws and not raws[-1].endswith("\n"):
        raws.pop()
    lines: list[tuple[str, str]] = []
    docs: list[str] = []
    try:
        for raw, record in zip(raws, jsonlines.Reader(raws).iter(type=dict)):
            if "doc_id" not in record:
                break
            doc_id = record["doc_id"]
            if not docs or docs[-1] != doc_id:
                docs.append(doc_id)
            lines.append((doc_id, raw))
    except jsonlines.InvalidLineError:
        pass
    if not docs:
        return [], set()
    last = docs[-1]
    return [raw for d, raw in lines if d != last], set(docs[:-1])


def record_schema() -> dict[str, Any]:
    """The JSON Schema of passage and article records (shipped in ``nlptools/schemas``)."""
    from ..config import SCHEMA_DIR

    return json.loads((SCHEMA_DIR / "records.schema.json").read_text(encoding="utf-8"))
