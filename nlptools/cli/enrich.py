"""``nlptools enrich``: pages → enriched passage or article records (JSONL)."""
from __future__ import annotations

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
    on_error: str = typer.Option("skip", help="skip: report bad inputs and go on; fail: stop at the first."),
    skipped_report: Optional[str] = typer.Option(None, help="Write the skipped inputs with reasons to this JSONL file."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar (default: only when stderr is a terminal)."),
) -> None:
    """Segment pages and add entities (PERSON, ORG, TREATY) and topics to every passage.

    Example: nlptools enrich seeds/ -o out.jsonl
    """
    if level not in ("passage", "article"):
        raise fail(NlpToolsError(f"--level must be passage or article, not {level!r}."))
    from ..formats import AtomicJsonlWriter
    from ..pipeline import Enricher, RunStats, enrich_parallel

    started = time.perf_counter()
    stats = RunStats()
    try:
        if n_process > 1:
            records = enrich_parallel(paths, model_dir=model_dir, level=level, n_process=n_process,
                                      batch_size=batch_size, stats=stats, on_error=on_error)
        else:
            enricher = Enricher.load(model_dir, batch_size=batch_size)
            records = enricher.enrich_paths(paths, level=level, stats=stats, on_error=on_error)
        with AtomicJsonlWriter(output) as writer:
            show = is_terminal() if progress is None else progress
            if show and output != "-":
                _write_with_progress(writer, records, stats, started)
            else:
                writer.write_all(records)
    except NlpToolsError as exc:
        raise fail(exc)
    elapsed = time.perf_counter() - started
    _summary(stats, output, elapsed)
    raise typer.Exit(report_skipped(stats.skipped, skipped_report))


def _write_with_progress(writer, records, stats, started) -> None:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  transient=True, console=None) as bar:
        task = bar.add_task("starting")
        for rec in records:
            writer.write(rec)
            t = max(time.perf_counter() - started, 1e-9)
            bar.update(task, description=(
                f"{stats.documents} documents ({stats.documents / t:.1f}/s), {stats.passages} passages "
                f"({stats.passages / t:.0f}/s), {stats.words / t:,.0f} words/s"))


def _summary(stats, output: str, elapsed: float) -> None:
    ents = ", ".join(f"{k} {v}" for k, v in sorted(stats.entities.items())) or "none"
    tops = ", ".join(f"{k} {v}" for k, v in sorted(stats.topics.items(), key=lambda kv: -kv[1])) or "none"
    lines = [
        f"{stats.documents} documents, {stats.articles} articles, {stats.passages} passages, "
        f"{stats.words} words in {elapsed:.1f} s ({stats.words / max(elapsed, 1e-9):,.0f} words/s)",
        f"entities: {ents}",
        f"topics: {tops}",
        f"skipped: {len(stats.skipped)}",
        f"output: {output}",
    ]
    print("\n".join(lines), file=sys.stderr)
