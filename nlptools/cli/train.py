"""``nlptools train``: validate annotations, train, score on held-out documents, save models with metadata."""
from __future__ import annotations

from typing import List

import typer

from .. import config
from ..errors import NlpToolsError
from ._common import fail, progress_bar


def train_cli(
    what: str = typer.Argument("all", help="entities, topics or all."),
    annotations: List[str] = typer.Option(..., "--annotations", "-a", help="Annotation files or folders of *.jsonl."),
    output: str = typer.Option(..., "--output", "-o", help="Model folder to write (entities/ and topics/ inside)."),
    n_iter: int = typer.Option(12, help="NER fine-tuning epochs (0: rules and gazetteer on the pretrained NER)."),
    seed: int = typer.Option(config.SEED, help="Random seed (training is deterministic for a seed)."),
    holdout: bool = typer.Option(True, "--holdout/--no-holdout",
                                 help="Score on held-out documents before training on everything."),
    patterns: List[str] = typer.Option([], "--patterns", "-p",
                                       help="Extra gazetteer entries (JSONL entity-ruler patterns), added to the "
                                            "shipped ones in nlptools/data/."),
    learn_gazetteer: bool = typer.Option(config.LEARN_GAZETTEER, "--learn-gazetteer/--no-learn-gazetteer",
                                         help="Add the annotated names to the gazetteer as exact-match patterns."),
    learn_min_docs: int = typer.Option(config.LEARN_GAZETTEER_MIN_DOCS, min=1,
                                       help="Learn a name only when it is annotated in this many documents."),
) -> None:
    """Train the entity pipeline and/or the topic classifier from annotation files.

    Example: nlptools train all --annotations annotations/ --output models/
    """
    if what not in ("entities", "topics", "all"):
        raise fail(NlpToolsError(f"train takes entities, topics or all, not {what!r}."))
    from ..training.trainer import train_from_files

    try:
        with progress_bar("training") as progress:
            report = train_from_files(annotations, output, what=what, n_iter=n_iter, seed=seed, holdout=holdout,
                                      echo=lambda msg: typer.echo(msg, err=True), pattern_paths=patterns,
                                      learn_gazetteer=learn_gazetteer, learn_min_docs=learn_min_docs,
                                      progress=progress)
    except NlpToolsError as exc:
        raise fail(exc)
    typer.echo(f"models written to {output} in {report['seconds_total']:.1f} s", err=True)
