"""Helpers shared by the commands: reporting skipped inputs and errors the same way everywhere."""
from __future__ import annotations

import json
import re
import sys
from contextlib import contextmanager

import typer
from typer.core import TyperCommand

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
        import jsonlines

        with jsonlines.open(skipped_report, "w", dumps=lambda obj: json.dumps(obj, ensure_ascii=False)) as out:
            out.write_all(s.to_dict() for s in skipped)
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


class UsageCommand(TyperCommand):
    """A command whose usage line names its arguments as click's own docs and other tools do
    ("PATHS...", "DIRECTORY"), where click 8.5 with typer writes "{PATHS}..." or "paths..."."""

    def collect_usage_pieces(self, ctx):
        return [_ARGUMENT.sub(lambda m: m["open"] + m["name"].upper() + m["dots"] + m["close"], piece)
                for piece in super().collect_usage_pieces(ctx)]


_ARGUMENT = re.compile(r"^(?P<open>\[?)\{?(?P<name>[A-Za-z_][\w-]*)\}?(?P<dots>(?:\.\.\.)?)(?P<close>\]?)$")
