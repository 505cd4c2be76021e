"""``nlptools convert``: annotation files between nlptools, Prodigy, doccano and Label Studio formats."""
from __future__ import annotations

import typer

from ..errors import NlpToolsError
from ._common import fail


def convert_cli(
    input: str = typer.Argument(..., help="Annotation file to convert (JSONL; a JSON array for labelstudio)."),
    output: str = typer.Option(..., "-o", "--output", help="File to write, or - for standard output."),
    from_format: str = typer.Option("nlptools", "--from", help="Input format: nlptools, prodigy, doccano or labelstudio."),
    to_format: str = typer.Option("nlptools", "--to", help="Output format: nlptools, prodigy, doccano or labelstudio."),
) -> None:
    """Convert annotations between formats, validating every record against the annotation guide.

    Records answered reject/ignore (Prodigy) or without a usable annotation (Label Studio)
    are skipped and counted. Nothing is written when a record is invalid.

    Example: nlptools convert tasks.jsonl --from prodigy --to nlptools -o annotations/new.jsonl
    """
    from ..io.converters import convert

    try:
        summary = convert(input, output, from_format, to_format)
    except NlpToolsError as exc:
        raise fail(exc)
    skipped = ", ".join(f"{reason}: {n}" for reason, n in sorted(summary["skipped_reasons"].items()))
    typer.echo(f"{summary['read']} records read from {input} ({from_format}), {summary['written']} written to "
               f"{output} ({to_format}), {summary['skipped']} skipped" + (f" ({skipped})" if skipped else ""),
               err=True)
