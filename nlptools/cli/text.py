"""``nlptools text``: the text of a page as records' offsets index it (an HTML page's visible text)."""
from __future__ import annotations

import sys

import typer

from .. import config
from ..errors import NlpToolsError
from ._common import fail


def text_cli(
    page: str = typer.Argument(..., metavar="PAGE", help="A page file: .html, .htm or .txt."),
    max_file_size: float = typer.Option(config.MAX_FILE_SIZE_MB, help="Refuse files larger than this many megabytes."),
) -> None:
    """Print the text that the records of PAGE index with their offsets.

    For an HTML page, the visible text made from it; for a text file, the file as decoded.

    Example: nlptools text page.html | less
    """
    from ..io.reading import read_text_file

    try:
        doc = read_text_file(page, max_file_size_mb=max_file_size)
    except NlpToolsError as exc:
        raise fail(exc)
    sys.stdout.write(doc.text)
    sys.stdout.flush()
