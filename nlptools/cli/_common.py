"""Helpers shared by the commands: reporting skipped inputs and errors the same way everywhere."""
from __future__ import annotations

import json
import sys

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
