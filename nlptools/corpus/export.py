"""The tidy tables as files for R, Stata and spreadsheets: CSV (written by DuckDB) or Parquet (written by
pyarrow), streamed from the corpus database, never held whole in memory."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .. import config
from ..errors import CorpusOptionError
from .tables import TABLE_COLUMNS, Corpus, q

#: Tables that need passage-level records (left out of the export of article-level records).
PASSAGE_ONLY = ("passages", "topics")


def check_format(to: str) -> None:
    if to not in config.EXPORT_FORMATS:
        raise CorpusOptionError(f"--to {to!r} is not an export format. Fix: use --to csv or --to parquet.")


def export_tables(corpus: Corpus, directory: str | Path, to: str = "csv", terms: Sequence[str] = ()) -> list[str]:
    """Write ``articles``, ``passages``, ``mentions``, ``topics`` and ``article_topics`` (and, with ``terms``,
    ``term_frequencies`` and ``kwic``) as ``NAME.csv`` or ``NAME.parquet`` into ``directory``; return the
    file names. In CSV, the list of ``pages`` is joined with ``;``."""
    check_format(to)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLE_COLUMNS:
        if corpus.level == "article" and name in PASSAGE_ONLY:
            continue
        path = directory / f"{name}.{to}"
        if to == "csv":
            query = corpus.table_sql(name).replace('"pages"', "array_to_string(pages, ';') AS pages", 1)
            corpus.con.execute(f"COPY ({query}) TO {q(path)} (FORMAT csv, HEADER true)")
        else:
            _write_parquet(corpus.batches(corpus.table_sql(name)), path)
        written.append(path.name)
    if terms:
        from .terms import find_terms

        result = find_terms(corpus, terms)
        for name, df in (("term_frequencies", result.frequencies), ("kwic", result.kwic)):
            path = directory / f"{name}.{to}"
            df.to_csv(path, index=False) if to == "csv" else df.to_parquet(path, index=False)
            written.append(path.name)
    return written


def _write_parquet(batches, path: Path) -> None:
    import pyarrow.parquet as pq

    writer = None
    try:
        for batch in batches:
            if writer is None:
                writer = pq.ParquetWriter(path, batch.schema)
            writer.write_batch(batch)
        if writer is None:
            pq.write_table(batches.schema.empty_table(), path)
    finally:
        if writer is not None:
            writer.close()
