"""``nlptools export``: enrich outputs → the tidy tables as CSV or Parquet files."""
from __future__ import annotations

from typing import List, Optional

import typer

from ..errors import NlpToolsError
from ._common import fail
from .explore import PATHS_HELP


def export_cli(
    paths: List[str] = typer.Argument(..., help=PATHS_HELP),
    directory: str = typer.Argument(..., help="Folder to write the tables to (the last argument)."),
    to: str = typer.Option("csv", "--to", help="csv (spreadsheets, R, Stata) or parquet (pyarrow)."),
    since: Optional[str] = typer.Option(None, help="Keep the articles dated on or after this ISO date."),
    until: Optional[str] = typer.Option(None, help="Keep the articles dated on or before this ISO date."),
    term: List[str] = typer.Option([], "--term", "-t", help="Also write term_frequencies and kwic for this word or "
                                                            "phrase (* for any letters; repeatable)."),
) -> None:
    """Write the tables (articles, passages, mentions, topics, article_topics), counted once per distinct
    article, as files for R, Stata and spreadsheets.

    Example: nlptools export out.jsonl --to parquet tables/
    """
    from ..corpus import export

    try:
        written = export(paths, directory, to, since=since, until=until, terms=tuple(term))
    except NlpToolsError as exc:
        raise fail(exc)
    typer.echo(f"tables written to {directory}: {', '.join(written)}", err=True)
