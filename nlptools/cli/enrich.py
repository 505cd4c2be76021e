"""``nlptools enrich``: pages → enriched passage or article records (JSONL)."""
from __future__ import annotations

import os
import signal
import sys
import time
from typing import List, Optional

import typer

from .. import config
from ..errors import NlpToolsError
from ._common import fail, is_terminal, report_skipped


def enrich_cli(
    paths: List[str] = typer.Argument(..., help="Folders (searched recursively for *.txt), text files or JSONL files."),
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
    if level not in ("passage", "article"):
        raise fail(NlpToolsError(f"--level must be passage or article, not {level!r}."))
    if on_error not in ("skip", "fail"):
        raise fail(NlpToolsError(f"--on-error must be skip or fail, not {on_error!r}."))
    if engine not in ("local", "dask"):
        raise fail(NlpToolsError(f"--engine must be local or dask, not {engine!r}."))
    if engine == "local" and scheduler is not None:
        raise fail(NlpToolsError("--scheduler needs --engine dask. Fix: add --engine dask or leave out --scheduler."))
    if engine == "dask" and resume:
        raise fail(NlpToolsError("--resume works with the local engine only. Fix: leave out --engine dask, "
                                 "or leave out --resume to enrich everything again on Dask."))
    from ..io.formats import AtomicJsonlWriter, partial_path, read_partial
    from ..pipeline.enricher import Enricher, RunStats, enrich_parallel

    _check_output(paths, output)
    started = time.perf_counter()
    stats = RunStats()
    kept_lines, done = [], set()
    if resume and output != "-" and os.path.exists(partial_path(output)):
        kept_lines, done = read_partial(partial_path(output))
        typer.echo(f"resuming: {len(done)} documents already done in {partial_path(output)}", err=True)
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    writer = AtomicJsonlWriter(output, keep_partial=output != "-")
    try:
        if engine == "dask":
            from ..pipeline.distributed import enrich_dask

            enrich_dask(paths, output, model_dir=model_dir, level=level, scheduler=scheduler, n_workers=n_process,
                        batch_size=batch_size, on_error=on_error, stats=stats, cache=cache)
        elif n_process > 1:
            records = enrich_parallel(paths, model_dir=model_dir, level=level, n_process=n_process,
                                      batch_size=batch_size, stats=stats, on_error=on_error, skip_docs=done,
                                      cache=cache)
        else:
            enricher = Enricher.load(model_dir, batch_size=batch_size, cache=cache)
            records = enricher.enrich_paths(paths, level=level, stats=stats, on_error=on_error, skip_docs=done)
        if engine == "local":
            with writer:
                for line in kept_lines:
                    writer.write_line(line)
                show = is_terminal() if progress is None else progress
                if show and output != "-":
                    _write_with_progress(writer, records, stats, started)
                else:
                    writer.write_all(records)
    except NlpToolsError as exc:
        _tell_partial(writer)
        raise fail(exc)
    except KeyboardInterrupt:
        _tell_partial(writer)
        typer.echo("interrupted: the previous output (if any) is untouched.", err=True)
        raise typer.Exit(130)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if resume and os.path.exists(partial_path(output)):
        os.unlink(partial_path(output))
    _summary(stats, output, time.perf_counter() - started)
    raise typer.Exit(report_skipped(stats.skipped, skipped_report))


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt


def _tell_partial(writer) -> None:
    if writer.partial_kept:
        typer.echo(f"{writer.count} records kept in {writer.partial_kept}; run the same command with --resume "
                   "to continue.", err=True)


def _check_output(paths, output: str) -> None:
    """Refuse an output file inside an input folder (a rerun would read it as input)."""
    if output == "-":
        return
    out = os.path.realpath(output)
    for p in paths:
        if os.path.isdir(p) and out.startswith(os.path.realpath(p) + os.sep) and out.endswith(config.TEXT_SUFFIXES):
            raise fail(NlpToolsError(f"{output}: the output would be read as input on the next run, because it "
                                     f"is a .txt file inside the input folder {p}. Fix: write it elsewhere or "
                                     "name it .jsonl."))


def _write_with_progress(writer, records, stats, started) -> None:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("starting")
        for rec in records:
            writer.write(rec)
            t = max(time.perf_counter() - started, 1e-9)
            bar.update(task, description=(
                f"{stats.documents} documents ({stats.documents / t:.1f}/s), {stats.passages} passages "
                f"({stats.passages / t:.0f}/s), {stats.words / t:,.0f} words/s"))


def _summary(stats, output: str, elapsed: float) -> None:
    ents = ", ".join(f"{k} {v}" for k, v in sorted(stats.entities.items())) or "none"
    tops = ", ".join(f"{k} {v}" for k, v in sorted(stats.topics.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"
    lines = [
        f"{stats.documents} documents, {stats.articles} articles, {stats.passages} passages, "
        f"{stats.words} words in {elapsed:.1f} s ({stats.words / max(elapsed, 1e-9):,.0f} words/s)",
        f"entities: {ents}",
        f"topics: {tops}",
        f"skipped: {len(stats.skipped)}",
        *(f"decoded as {enc}: {src}" for src, enc in stats.decoded),
        f"output: {output}",
    ]
    print("\n".join(lines), file=sys.stderr)
