"""Enrich outputs → tidy tables, counted once per distinct article, computed out of core by DuckDB.

The same article appears as the main article of its own page and as a listing item on many other
pages (docs/records.md: equal ``article.key``). Each distinct article is read from one
*representative* appearance: its main appearance if it has one (the full text), else its appearance
with the most passages (first by source, then by index on a tie). Its passages (distinct passage
``key`` within the article), their mentions and their topics are the rows of the tables; how often
it was repeated stays visible as ``n_pages`` (the distinct pages, i.e. ``source`` values, it appears
on) and ``pages``.

An article's ``date`` is its own date line where it is a main article, else the earliest date a
listing gives it, else the earliest date of a page it appears on (``date_from`` says which).

Passage-level and article-level outputs of the same run give the same ``articles``, ``mentions``
(but for ``speaker`` and ``passage_key``, which article records do not carry) and
``article_topics``; ``passages`` and ``topics`` (per passage) need passage-level records.

The records are read by DuckDB into a database in a temporary folder (JSONL or Parquet shards, never
loaded whole into Python); the tables are DataFrames made on first use, the counts of
:mod:`nlptools.corpus.counts` are SQL over the same database.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import weakref
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Iterable, Sequence

from .. import config
from ..errors import (CorpusError, CorpusFileMissingError, CorpusReadError, CorpusRecordError, EmptyCorpusFileError,
                      MixedLevelsError, NoCorpusInputError, PartialOutputError, RecordWithoutKeyError)

_ENTITY = 'STRUCT(start INTEGER, "end" INTEGER, label VARCHAR, text VARCHAR, canonical VARCHAR)[]'
_TOPIC = "STRUCT(label VARCHAR, score DOUBLE)[]"
_COMMON = {"id": "VARCHAR", "source": "VARCHAR", "page_date": "VARCHAR", "text": "VARCHAR",
           "entities": _ENTITY, "topics": _TOPIC}
#: The fields of the record contract that the tables read, per level (other fields are ignored).
COLUMNS = {
    "passage": {**_COMMON, "article": "STRUCT(index INTEGER, kind VARCHAR, title VARCHAR, date VARCHAR, key VARCHAR)",
                "key": "VARCHAR", "passage_index": "INTEGER", "part": "VARCHAR", "speaker": "VARCHAR"},
    "article": {**_COMMON, "index": "INTEGER", "kind": "VARCHAR", "title": "VARCHAR", "date": "VARCHAR",
                "key": "VARCHAR", "passages": "INTEGER"},
}
#: Per level: the record fields → the columns of the internal ``records`` table.
_SELECT = {
    "passage": """id, source, try_cast(page_date AS DATE) AS page_date, article.key AS akey,
        article.index AS aindex, article.kind AS kind, article.title AS title,
        try_cast(article.date AS DATE) AS adate, key AS pkey, passage_index AS pindex, part, speaker, text,
        1 AS n_passages, entities, topics""",
    "article": """id, source, try_cast(page_date AS DATE) AS page_date, key AS akey, "index" AS aindex, kind, title,
        try_cast(date AS DATE) AS adate, NULL::VARCHAR AS pkey, NULL::INTEGER AS pindex, NULL::VARCHAR AS part,
        NULL::VARCHAR AS speaker, text, coalesce(passages, 0) AS n_passages, entities, topics""",
}
_WORDS = r"CASE WHEN trim(text) = '' THEN 0 ELSE len(regexp_split_to_array(trim(text), '\s+')) END"

#: The public columns of each table, in order.
TABLE_COLUMNS = {
    "articles": ["article_key", "date", "month", "title", "kind", "n_pages", "pages", "n_passages", "n_words",
                 "id", "source", "date_from"],
    "passages": ["passage_key", "article_key", "id", "source", "passage_index", "part", "speaker", "date", "month",
                 "title", "text", "n_words", "n_pages"],
    "mentions": ["article_key", "passage_key", "id", "date", "month", "part", "speaker", "label", "text", "canonical",
                 "start", "end"],
    "topics": ["passage_key", "article_key", "id", "date", "month", "label", "score"],
    "article_topics": ["article_key", "date", "month", "label", "score"],
}
_ORDER = {
    "articles": "date, article_key",
    "passages": "date, article_key, passage_index, passage_key",
    "mentions": "date, article_key, passage_key, start, label",
    "topics": "date, article_key, passage_key, score DESC, label",
    "article_topics": "date, article_key, score DESC, label",
}


def q(value: str) -> str:
    """A SQL string literal."""
    return "'" + str(value).replace("'", "''") + "'"


def discover(paths: Sequence[str | os.PathLike] | str | os.PathLike) -> list[Path]:
    """The input files: files as given, folders searched recursively for JSONL and Parquet shards."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files: list[Path] = []
    for p in map(Path, paths):
        if str(p).endswith(".partial"):
            raise PartialOutputError(p)
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix in config.CORPUS_INPUT_SUFFIXES)
        elif p.is_file():
            files.append(p)
        else:
            raise CorpusFileMissingError(p)
    if not files:
        raise NoCorpusInputError(paths)
    return files


def _is_parquet(path: Path) -> bool:
    return path.suffix == ".parquet"


def _records(path: Path):
    """(line number, record) of a JSONL file, blank lines skipped; a line that is not a JSON object raises."""
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
            except ValueError as exc:
                truncated = not raw.endswith(b"\n")
                reason = (f"is truncated: the last line ends in the middle of a record ({exc})." if truncated else
                          f"is not valid JSON ({exc}).")
                raise CorpusRecordError(path, n, reason, truncated) from None
            if not isinstance(rec, dict):
                raise CorpusRecordError(path, n, "is not a JSON object.")
            yield n, rec


def _first_record(path: Path) -> dict:
    """The first record of a JSONL file, checked enough to tell its level."""
    for _, rec in _records(path):
        return rec
    raise EmptyCorpusFileError(path)


def record_level(rec: dict, path: Path, line: int = 1) -> str:
    if isinstance(rec.get("article"), dict) and rec["article"].get("key"):
        return "passage"
    if rec.get("key") and "kind" in rec and "article" not in rec:
        return "article"
    raise CorpusRecordError(path, line, "is not an enriched record: it has neither an `article` with a `key` "
                                        "(passage level) nor a `key` and a `kind` (article level).")


def file_level(path: Path, con) -> str:
    if _is_parquet(path):
        names = {r[0] for r in con.sql(f"DESCRIBE SELECT * FROM read_parquet({q(path)})").fetchall()}
        if not con.execute(f"SELECT count(*) FROM read_parquet({q(path)})").fetchall()[0][0]:
            raise EmptyCorpusFileError(path)
        if "article" in names:
            return "passage"
        if {"key", "kind"} <= names:
            return "article"
        raise CorpusRecordError(path, None, "has no `article` column (passage level) nor `key` and `kind` columns "
                                            "(article level): it is not a table of enriched records.")
    return record_level(_first_record(path), path)


def find_bad_line(path: Path) -> CorpusRecordError | None:
    """Stream a JSONL file and return the error of its first unusable line (None if every line is fine)."""
    level = None
    try:
        for n, rec in _records(path):
            this = record_level(rec, path, n)
            if level and this != level:
                return CorpusRecordError(path, n, f"is a {this}-level record in a file of {level}-level records.")
            level = this
    except CorpusRecordError as exc:
        return exc
    return None


def _table_property(name: str, doc: str) -> cached_property:
    def get(self):
        return self.table(name)

    get.__doc__ = doc
    return cached_property(get)


class Corpus:
    """A corpus of enrich outputs (passage or article level), read once into an embedded DuckDB database.

    ``since``/``until`` (ISO dates, inclusive) keep the articles dated in that range (undated
    articles are then left out). Tables are pandas DataFrames made on first use (``articles``,
    ``passages``, ``mentions``, ``topics``, ``article_topics``); :meth:`sql` runs any query over the
    same tables. Use as a context manager, or call :meth:`close`, to remove the temporary database.
    """

    def __init__(self, paths, *, since: str | date | None = None, until: str | date | None = None,
                 memory_limit: str = config.CORPUS_MEMORY_LIMIT, threads: int = config.CORPUS_THREADS,
                 workdir: str | os.PathLike | None = None):
        import duckdb

        self.files = discover(paths)
        self.since, self.until = _iso(since, "since"), _iso(until, "until")
        self._dir = tempfile.mkdtemp(prefix="nlptools-corpus-", dir=workdir)
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._dir, True)
        self.con = duckdb.connect(os.path.join(self._dir, "corpus.duckdb"), config={
            "memory_limit": memory_limit, "threads": threads, "temp_directory": os.path.join(self._dir, "spill"),
            "preserve_insertion_order": False})
        try:
            levels = {f: file_level(f, self.con) for f in self.files}
            by_level = {lv: [f for f in self.files if levels[f] == lv] for lv in ("passage", "article")}
            if by_level["passage"] and by_level["article"]:
                raise MixedLevelsError(by_level["passage"][0], by_level["article"][0])
            self.level = "passage" if by_level["passage"] else "article"
            self._ingest()
            self._build()
        except BaseException:
            self.close()
            raise

    # -- reading -----------------------------------------------------------------------------------
    def _source_sql(self) -> str:
        cols = COLUMNS[self.level]
        parts = []
        jsonl = [f for f in self.files if not _is_parquet(f)]
        parquet = [f for f in self.files if _is_parquet(f)]
        if jsonl:
            spec = "{" + ", ".join(f"{q(k)}: {q(v)}" for k, v in cols.items()) + "}"
            parts.append(f"SELECT {_SELECT[self.level]} FROM read_json([{', '.join(map(q, jsonl))}], "
                         f"format='newline_delimited', columns={spec})")
        if parquet:
            casts = ", ".join(f"CAST({_quote_ident(k)} AS {v}) AS {_quote_ident(k)}" for k, v in cols.items())
            parts.append(f"SELECT {_SELECT[self.level]} FROM (SELECT {casts} FROM read_parquet("
                         f"[{', '.join(map(q, parquet))}], union_by_name=true))")
        return " UNION ALL ".join(parts)

    def _ingest(self) -> None:
        import duckdb

        try:
            self.con.execute(f"CREATE TABLE records AS SELECT *, {_WORDS} AS n_words FROM ({self._source_sql()})")
        except duckdb.Error as exc:
            for f in self.files:
                if not _is_parquet(f):
                    bad = find_bad_line(f)
                    if bad:
                        raise bad from None
            raise CorpusReadError(self.files, str(exc)) from None
        missing = self.con.execute("SELECT id, source FROM records WHERE akey IS NULL OR source IS NULL LIMIT 1").fetchall()
        if missing:
            raise RecordWithoutKeyError(*missing[0])
        self.n_records, self.n_pages = self.con.execute(
            "SELECT count(*), count(DISTINCT source) FROM records").fetchall()[0]
        if not self.n_records:
            raise EmptyCorpusFileError(", ".join(map(str, self.files)))

    # -- the tables --------------------------------------------------------------------------------
    def _build(self) -> None:
        x = self.con.execute
        # One row per appearance of an article (an article of a page); the representative one per key.
        x("""CREATE TABLE appear AS SELECT akey, source, aindex, any_value(kind) AS kind, any_value(title) AS title,
                    min(adate) AS adate, min(page_date) AS page_date, sum(n_passages) AS n_passages,
                    regexp_replace(min(id), '\\.[0-9]+$', '') AS aid
             FROM records GROUP BY akey, source, aindex""")
        x("""CREATE TABLE rep AS SELECT * FROM appear QUALIFY row_number() OVER (PARTITION BY akey
             ORDER BY kind = 'main' DESC, n_passages DESC, source, aindex) = 1""")
        since = f"AND date >= {q(self.since)}::DATE" if self.since else ""
        until = f"AND date <= {q(self.until)}::DATE" if self.until else ""
        x(f"""CREATE TABLE art0 AS SELECT * FROM (
                SELECT a.akey AS article_key,
                       coalesce(min(a.adate) FILTER (a.kind = 'main'), min(a.adate) FILTER (a.kind <> 'main'),
                                min(a.page_date)) AS date,
                       CASE WHEN min(a.adate) FILTER (a.kind = 'main') IS NOT NULL THEN 'article'
                            WHEN min(a.adate) FILTER (a.kind <> 'main') IS NOT NULL THEN 'listing'
                            WHEN min(a.page_date) IS NOT NULL THEN 'page' END AS date_from,
                       count(DISTINCT a.source) AS n_pages, list(DISTINCT a.source ORDER BY a.source) AS pages
                FROM appear a GROUP BY a.akey) WHERE TRUE {since} {until}""")
        x("""CREATE TABLE passages_all AS
             SELECT r.pkey AS passage_key, r.akey AS article_key, r.id, r.source, r.pindex AS passage_index, r.part,
                    r.speaker, a.date, strftime(a.date, '%Y-%m') AS month, r.title, r.text, r.n_words,
                    r.n_passages, r.entities, r.topics
             FROM records r JOIN rep USING (akey, source, aindex) JOIN art0 a ON a.article_key = r.akey
             QUALIFY row_number() OVER (PARTITION BY r.akey, coalesce(r.pkey, r.id) ORDER BY r.pindex, r.id) = 1""")
        if self.level == "passage":
            x("""CREATE TABLE passages AS SELECT p.* EXCLUDE (n_passages), coalesce(n.n_pages, 0) AS n_pages
                 FROM passages_all p LEFT JOIN (SELECT pkey, count(DISTINCT source) AS n_pages FROM records
                 WHERE pkey IN (SELECT passage_key FROM passages_all) GROUP BY pkey) n ON n.pkey = p.passage_key""")
        else:
            x("CREATE TABLE passages AS SELECT * EXCLUDE (n_passages), 0 AS n_pages FROM passages_all")
        x(f"""CREATE TABLE articles AS
              SELECT a.article_key, a.date, strftime(a.date, '%Y-%m') AS month, r.title,
                     CASE WHEN r.kind = 'main' THEN 'main' ELSE 'listing' END AS kind, a.n_pages, a.pages,
                     p.n_passages, p.n_words, r.aid AS id, r.source, a.date_from
              FROM art0 a JOIN rep r ON r.akey = a.article_key
              JOIN (SELECT article_key, {'count(*)' if self.level == 'passage' else 'sum(n_passages)::BIGINT'} AS n_passages,
                           sum(n_words)::BIGINT AS n_words FROM passages_all GROUP BY article_key) p USING (article_key)""")
        title_len = "length(coalesce(p.title, ''))"
        part = "p.part" if self.level == "passage" else f"CASE WHEN e.start < {title_len} THEN 'title' ELSE 'body' END"
        x(f"""CREATE TABLE mentions AS
              SELECT p.article_key, p.passage_key, p.id, p.date, p.month, {part} AS part, p.speaker, e.label, e.text,
                     coalesce(e.canonical, e.text) AS canonical, e.start, e."end"
              FROM passages p, unnest(p.entities) AS t(e)""")
        x("""CREATE TABLE topics AS SELECT p.passage_key, p.article_key, p.id, p.date, p.month, t.label, t.score
             FROM passages p, unnest(p.topics) AS u(t)""")
        x("""CREATE TABLE article_topics AS SELECT article_key, any_value(date) AS date, any_value(month) AS month,
             label, max(score) AS score FROM topics GROUP BY article_key, label""")
        if self.level == "article":
            x("DELETE FROM topics")
            x("""CREATE TABLE texts AS SELECT article_key, passage_key, id, date, month, title, text, n_words
                 FROM passages""")
        else:
            x("CREATE VIEW texts AS SELECT article_key, passage_key, id, date, month, title, text, n_words FROM passages")
        x("DROP TABLE records; DROP TABLE art0; DROP TABLE passages_all")
        x("ALTER TABLE passages DROP COLUMN entities; ALTER TABLE passages DROP COLUMN topics")
        if self.level == "article":
            x("DELETE FROM passages")

    # -- access ------------------------------------------------------------------------------------
    def sql(self, query: str, params: Sequence | None = None):
        """Run a query over the tables (``articles``, ``passages``, ``mentions``, ``topics``,
        ``article_topics``) and return a DataFrame."""
        return self.con.execute(query, params or []).df()

    def batches(self, query: str, rows: int = 100_000):
        """Arrow record batches of a query's result, streamed (DuckDB 1.x and 2.x)."""
        rel = self.con.sql(query)
        reader = getattr(rel, "to_arrow_reader", None) or rel.fetch_arrow_reader
        return reader(rows)

    def table_sql(self, name: str) -> str:
        """The query of a public table (for out-of-core export)."""
        if name not in TABLE_COLUMNS:
            raise CorpusError(f"No table {name!r}. Fix: use one of {', '.join(TABLE_COLUMNS)}.")
        cols = ", ".join(_quote_ident(c) for c in TABLE_COLUMNS[name])
        return f"SELECT {cols} FROM {name} ORDER BY {_ORDER[name]}"

    def table(self, name: str):
        """A public table as a DataFrame (the properties below cache it)."""
        return self.sql(self.table_sql(name))

    articles = _table_property("articles", "One row per distinct article key.")
    passages = _table_property("passages", "One row per distinct passage of each article (passage-level input only).")
    mentions = _table_property("mentions", "One row per entity mention in the distinct passages.")
    topics = _table_property("topics", "One row per distinct passage and topic label, with its score (passage-level "
                                       "input only).")
    article_topics = _table_property("article_topics", "One row per distinct article and topic label: the label's "
                                                       "highest score in the article.")

    def count(self, name: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]

    def close(self) -> None:
        try:
            self.con.close()
        finally:
            self._cleanup()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _iso(value, name: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        from ..errors import CorpusOptionError

        raise CorpusOptionError(f"--{name} {value!r} is not a date. Fix: give an ISO date, e.g. 2021-09-26.") from None


def read(paths: Iterable[str | os.PathLike] | str | os.PathLike, **kwargs) -> Corpus:
    """Read enrich outputs (files or folders of JSONL / Parquet shards) as a :class:`Corpus`."""
    return Corpus(paths, **kwargs)
