"""``nlptools explore``: enrich outputs → a corpus report (summary.md, report.html, PNG plots)."""
from __future__ import annotations

from typing import List, Optional

import typer

from .. import config
from ..errors import NlpToolsError
from ._common import fail, progress_bar

PATHS_HELP = "Outputs of `nlptools enrich` (passage or article level): JSONL or Parquet files, or folders of shards."


def explore_cli(
    paths: List[str] = typer.Argument(..., help=PATHS_HELP),
    report: str = typer.Option(..., "--report", "-r", help="Folder to write summary.md, report.html and the plots to."),
    since: Optional[str] = typer.Option(None, help="Keep the articles dated on or after this ISO date (2021-01-01)."),
    until: Optional[str] = typer.Option(None, help="Keep the articles dated on or before this ISO date."),
    label: List[str] = typer.Option([], "--label", "-l", help="Entity label to report (repeatable; default: "
                                                              + ", ".join(config.ENTITY_LABELS) + ")."),
    top: int = typer.Option(config.CORPUS_TOP_N, help="Names shown per label."),
    min_count: int = typer.Option(config.CORPUS_MIN_COUNT, help="Leave out names and pairs in fewer distinct articles."),
    term: List[str] = typer.Option([], "--term", "-t", help="A word or phrase to follow, * for any letters "
                                                            "(repeatable): monthly frequency and keyword in context."),
    plots: bool = typer.Option(True, "--plots/--no-plots", help="Draw the PNG plots (and embed them in report.html)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar (default: only when stderr is a terminal)."),
) -> None:
    """Count a corpus once per distinct article: top people, organisations and treaties, topics by month,
    timelines, names seen together, interview speakers, entities by topic and your terms.

    Example: nlptools explore out.jsonl --report explore/ --term 'sanction*'
    """
    from ..corpus import ReportOptions, compile_term, overview, read, write_report

    try:
        opts = ReportOptions(labels=tuple(label) or config.ENTITY_LABELS, top=top, min_count=min_count,
                             terms=tuple(term))
        check_counts(top=top, min_count=min_count)
        for t in term:
            compile_term(t)
        with read(paths, since=since, until=until) as corpus, progress_bar("report", progress) as tick:
            written = write_report(corpus, report, opts, plots=plots, progress=tick)
            ov = overview(corpus)
    except NlpToolsError as exc:
        raise fail(exc)
    typer.echo(f"{ov['records']:,} records, {ov['articles']:,} distinct articles ({ov['article_appearances']:,} "
               f"appearances on {ov['pages']:,} pages), {ov['passages']:,} distinct passages, {ov['mentions']:,} "
               "mentions", err=True)
    typer.echo(f"report written to {report}: {', '.join(written)}", err=True)


def check_counts(**values: int) -> None:
    from ..errors import CorpusOptionError

    for name, value in values.items():
        if value < 1:
            raise CorpusOptionError(f"--{name.replace('_', '-')} {value}: must be 1 or more. Fix: give a positive "
                                    "number.")
