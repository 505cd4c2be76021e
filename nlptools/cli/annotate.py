"""``nlptools annotate``: pre-annotate pages with the current models, ready to correct."""
from __future__ import annotations

from typing import List, Optional

import typer

from .. import config
from ..errors import NlpToolsError
from ._common import fail, report_skipped


def annotate_cli(
    paths: List[str] = typer.Argument(..., help="Folders (searched recursively for *.txt), text files or JSONL files."),
    output: str = typer.Option(..., "-o", "--output", help="Annotation tasks (JSONL, the project's annotation format)."),
    model_dir: Optional[str] = typer.Option(None, help="Models that make the suggestions (default: the shipped models/)."),
    batch_size: int = typer.Option(config.BATCH_SIZE, help="Passages per spaCy batch."),
) -> None:
    """Write every passage with the models' entities and topics as suggestions, in the annotation format.

    Correct the file (or convert it to Prodigy, doccano or Label Studio with `nlptools convert`),
    then retrain with `nlptools train`.

    Example: nlptools annotate seeds/ -o tasks.jsonl
    """
    from ..io.formats import AtomicJsonlWriter
    from ..pipeline.enricher import Enricher, RunStats, annotation_tasks

    stats = RunStats()
    try:
        enricher = Enricher.load(model_dir, batch_size=batch_size)
        with AtomicJsonlWriter(output) as writer:
            writer.write_all(annotation_tasks(enricher.enrich_paths(paths, stats=stats)))
    except NlpToolsError as exc:
        raise fail(exc)
    typer.echo(f"{writer.count} passages with suggestions written to {output}", err=True)
    raise typer.Exit(report_skipped(stats.skipped, None))
