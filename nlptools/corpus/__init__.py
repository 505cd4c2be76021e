"""A corpus view over enriched records, counted once per distinct article.

>>> from nlptools import corpus
>>> with corpus.read(["out.jsonl"]) as c:                       # doctest: +SKIP
...     c.articles, c.passages, c.mentions, c.topics            # pandas DataFrames
...     corpus.entity_counts(c, ["PERSON"], top=10)
...     corpus.find_terms(c, ["sanction*"]).kwic

Tables and counts are computed by DuckDB over JSONL or Parquet shards, out of core
(:mod:`~nlptools.corpus.tables`); :func:`explore` writes the report, :func:`export` the tables as files.
"""
from __future__ import annotations

from .counts import (co_mentions, entities_by_topic, entity_counts, entity_timelines, overview, speaker_mentions,
                     speaker_topics, speakers, topic_share)
from .export import check_format, export_tables
from .report import ReportOptions, write_report
from .tables import TABLE_COLUMNS, Corpus, read
from .terms import compile_term, find_terms

__all__ = ["Corpus", "read", "TABLE_COLUMNS", "entity_counts", "entity_timelines", "topic_share", "co_mentions",
           "speakers", "speaker_mentions", "speaker_topics", "entities_by_topic", "overview", "find_terms", "compile_term",
           "ReportOptions", "write_report", "export_tables", "explore", "export"]


def explore(paths, report_dir, *, since=None, until=None, plots: bool = True, progress=None,
            **options) -> list[str]:
    """Read enrich outputs and write the report (``summary.md``, ``report.html``, PNGs) into ``report_dir``;
    ``options`` are the fields of :class:`ReportOptions` (labels, top, min_count, terms, ...);
    ``progress(done, total)`` is called after each step of the report."""
    with read(paths, since=since, until=until) as c:
        return write_report(c, report_dir, ReportOptions(**options), plots=plots, progress=progress)


def export(paths, directory, to: str = "csv", *, since=None, until=None, terms=()) -> list[str]:
    """Read enrich outputs and write their tables as CSV or Parquet files into ``directory``."""
    check_format(to)
    with read(paths, since=since, until=until) as c:
        return export_tables(c, directory, to, terms)
