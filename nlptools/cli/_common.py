"""Helpers shared by the commands: reporting skipped inputs and errors the same way everywhere."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager

import typer

from .. import config
from ..errors import NlpToolsError


def fail(exc: NlpToolsError) -> "typer.Exit":
    typer.echo(f"Error: {exc}", err=True)
    return typer.Exit(config.EXIT_ERROR)


def report_skipped(skipped, skipped_report: str | None) -> int:
    """Print skipped inputs, write them as JSONL if asked; return the exit code."""
    for s in skipped:
        typer.echo(f"skipped: {s.reason}", err=True)
    if skipped_report:
        with open(skipped_report, "w", encoding="utf-8") as fh:
            for s in skipped:
                fh.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
    return config.EXIT_SKIPPED if skipped else 0


def is_terminal(stream=None) -> bool:
    stream = stream or sys.stderr
    return hasattr(stream, "isatty") and stream.isatty()


@contextmanager
def progress_bar(label: str, show: bool | None = None):
    """A progress bar on standard error (by default only when it is a terminal): count, percentage,
    elapsed time and time left. Yields a callback ``(done, total)`` for the library to call."""
    if not (is_terminal() if show is None else show):
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(), TimeElapsedColumn(),
                  TextColumn("left"), TimeRemainingColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)
