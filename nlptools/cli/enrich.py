"""``nlptools enrich``: pages → enriched passage or article records."""
from __future__ import annotations

import typer


def enrich_cli() -> None:
    """Enrich pages (work in progress)."""
    raise typer.Exit(1)
