"""``nlptools enrich``: pages → enriched passage or article records (JSONL)."""
from __future__ import annotations

from typing import List, Optional

import typer

from .. import config
from ..errors import NlpToolsError
from ._common import fail, is_terminal, report_skipped


def enrich_cli(
    paths: List[str] = typer.Argument(..., metavar="PATHS",
                                      help="Folders (searched recursively for *.txt, *.html, *.htm), page files "
                                           "or JSONL files."),
    output: str = typer.Option(..., "-o", "--output", help="Output JSONL file, or - for standard output."),
    level: str = typer.Option("passage", help="passage: one record per passage; article: one per article."),
    model_dir: Optional[str] = typer.Option(None, help="Folder with entities/ and topics/ (default: the shipped models/)."),
    batch_size: int = typer.Option(config.BATCH_SIZE, help="Passages per spaCy batch."),
    n_process: int = typer.Option(config.N_PROCESS, help="Worker processes."),
    engine: str = typer.Option("local", help="local: this machine; dask: a Dask cluster (pip install \"nlptools[dask]\")."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler address (default: a local cluster of --n-process workers)."),
    on_error: str = typer.Option("skip", help="skip: report bad inputs and go on; fail: stop at the first."),
    skipped_report: Optional[str] = typer.Option(None, help="Write the skipped inputs with reasons to this JSONL file."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run from OUTPUT.partial."),
    max_file_size: float = typer.Option(config.MAX_FILE_SIZE_MB, help="Refuse page files (and JSONL lines) larger "
                                                                      "than this many megabytes, unread."),
    cache: bool = typer.Option(True, "--cache/--no-cache",
                               help="Compute each distinct passage text once per run (same output; --no-cache: every time)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar (default: only when stderr is a terminal)."),
) -> None:
    """Segment pages and add entities (PERSON, ORG, TREATY) and topics to every passage.

    An interrupted run (Ctrl-C, SIGTERM) leaves any previous OUTPUT untouched and keeps
    the records it made in OUTPUT.partial; --resume continues from there.

    Example: nlptools enrich seeds/ -o out.jsonl
    """
    from ..pipeline.run import enrich_to_file, summary

    try:
        stats = enrich_to_file(paths, output, level=level, resume=resume, engine=engine, on_error=on_error,
                               model_dir=model_dir, batch_size=batch_size, n_process=n_process, scheduler=scheduler,
                               max_file_size_mb=max_file_size, progress=is_terminal() if progress is None else progress, cache=cache,
                               log=lambda message: typer.echo(message, err=True))
    except NlpToolsError as exc:
        raise fail(exc)
    except KeyboardInterrupt:
        typer.echo("interrupted: the previous output (if any) is untouched.", err=True)
        raise typer.Exit(130)
    typer.echo(summary(stats, output), err=True)
    raise typer.Exit(report_skipped(stats.skipped, skipped_report))
