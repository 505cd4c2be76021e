"""``nlptools evaluate``: score models against annotations and write a citable report."""
from __future__ import annotations

import sys
from typing import List, Optional

import typer

from .. import config
from ..errors import NlpToolsError
from ._common import fail, progress_bar


def evaluate_cli(
    annotations: List[str] = typer.Option(..., "--annotations", "-a", help="Annotation files or folders of *.jsonl."),
    report: str = typer.Option(..., "--report", "-r", help="Folder to write report.json, report.md and plots to."),
    model_dir: Optional[str] = typer.Option(None, help="Models to score (default: the shipped models/)."),
    cv: bool = typer.Option(False, "--cv", help="Leave-one-document-out: retrain per fold, so no document is "
                                                "scored by a model that saw it (use when the annotations are "
                                                "also the training data)."),
    n_iter: int = typer.Option(12, help="With --cv: NER fine-tuning epochs per fold."),
    seed: int = typer.Option(config.SEED, help="With --cv: random seed."),
    plots: bool = typer.Option(True, "--plots/--no-plots", help="Write PNG plots."),
    train_annotations: List[str] = typer.Option([], "--train-annotations",
                                                help="Without --cv: the annotations the models were trained on, to "
                                                     "fit the majority baseline (e.g. when scoring annotations/dev/)."),
) -> None:
    """Score the models (or, with --cv, models retrained per document fold) on annotated data.

    Example: nlptools evaluate --annotations annotations/ --report reports/seeds-cv/ --cv
    """
    from ..evaluation.evaluator import evaluate

    try:
        with progress_bar("cross-validation folds") as progress:
            written = evaluate(annotations, report, model_dir=model_dir, cv=cv, n_iter=n_iter, seed=seed,
                               plots=plots, train_annotations=train_annotations, progress=progress,
                               command="nlptools " + " ".join(sys.argv[1:]) if sys.argv[0].endswith("nlptools") else None,
                               echo=lambda m: typer.echo(m, err=True))
    except NlpToolsError as exc:
        raise fail(exc)
    typer.echo(f"report written to {report}: {', '.join(written)}", err=True)
