"""``nlptools segment``: pages → passages JSONL (no models needed)."""
from __future__ import annotations

from typing import List, Optional

import typer

from .. import config
from ..errors import NlpToolsError
from ._common import fail, report_skipped


def segment_cli(
    paths: List[str] = typer.Argument(..., metavar="PATHS",
                                      help="Folders (searched recursively for *.txt, *.html, *.htm), page files "
                                           "or JSONL files."),
    output: str = typer.Option(..., "-o", "--output", help="Output JSONL file, or - for standard output."),
    max_passage_chars: int = typer.Option(config.MAX_PASSAGE_CHARS, help="Cut longer paragraphs at sentence boundaries."),
    on_error: str = typer.Option("skip", help="skip: report bad inputs and go on; fail: stop at the first."),
    skipped_report: Optional[str] = typer.Option(None, help="Write the skipped inputs with reasons to this JSONL file."),
    max_file_size: float = typer.Option(config.MAX_FILE_SIZE_MB, help="Refuse page files (and JSONL lines) larger "
                                                                      "than this many megabytes, unread."),
) -> None:
    """Split pages into articles and passages with exact offsets.

    Example: nlptools segment seeds/ -o passages.jsonl
    """
    from ..io.formats import AtomicJsonlWriter
    from ..io.reading import plan_inputs
    from ..segmentation.segmenter import segment_records

    skipped: list = []
    decoded: list = []
    notes: list = []
    try:
        plan_inputs(paths, max_file_size_mb=max_file_size)
        with AtomicJsonlWriter(output) as writer:
            writer.write_all(segment_records(paths, skipped=skipped, on_error=on_error, decoded=decoded, notes=notes,
                                             max_file_size_mb=max_file_size, max_passage_chars=max_passage_chars))
    except NlpToolsError as exc:
        raise fail(exc)
    typer.echo(f"{writer.count} passages written to {output}", err=True)
    for source, encoding in decoded:
        typer.echo(f"decoded as {encoding}: {source}", err=True)
    for note in notes:
        typer.echo(f"note: {note}", err=True)
    raise typer.Exit(report_skipped(skipped, skipped_report))
