"""The ``evaluate`` facade: load annotations, predict (directly or by cross-validation), write the report."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from . import config


def evaluate(annotation_paths, report_dir, model_dir=None, cv: bool = False, n_iter: int = 12,
             seed: int = config.SEED, plots: bool = True, command: str | None = None,
             echo=lambda m: None, train_annotations=()) -> list[str]:
    """Evaluate and write ``report.json``, ``report.md`` and plots to ``report_dir``; return the file names."""
    from .annotations import files_digest, load_annotations
    from .evaluation import build_report, cross_validate, predict_with_models
    from .modelfiles import library_versions
    from .reports import write_report
    from .training import EntityTrainConfig, train_entities

    records, summary = load_annotations(annotation_paths)
    echo(f"loaded {summary}")
    if cv:
        variants = {
            "nlptools": lambda train: train_entities(train, EntityTrainConfig(n_iter=n_iter, seed=seed)).model,
            "rules_only": lambda train: train_entities(train, EntityTrainConfig(n_iter=0, seed=seed)).model,
        }
        predictions = cross_validate(records, variants, {"random_state": seed}, echo=echo)
        how = (f"leave-one-document-out cross-validation: each document scored by models retrained without it "
               f"(NER fine-tuned {n_iter} epochs, seed {seed}); `rules_only` is the pretrained NER with the "
               f"gazetteers, the patterns learnt from the other documents and the post-processing; `baseline` is "
               f"the off-the-shelf pretrained pipeline (PERSON, ORG, LAW as TREATY)")
    else:
        trained_on = load_annotations(train_annotations)[0] if train_annotations else None
        predictions = predict_with_models(records, model_dir, trained_on)
        how = (f"the models in {model_dir or 'models/'} run on the annotated passages "
               f"(if these annotations were training data, the figures are optimistic: use --cv)")
    report: dict[str, Any] = build_report(predictions, how)
    name = Path(report_dir).name or str(report_dir)
    report["provenance"] = {
        "name": name,
        "command": command or (f"nlptools evaluate --annotations {' '.join(map(str, annotation_paths))} "
                               f"--report {report_dir}" + (" --cv" if cv else "")
                               + (f" --n-iter {n_iter}" if cv and n_iter != 12 else "")
                               + "".join(f" --train-annotations {p}" for p in train_annotations)),
        "annotation_files": files_digest(list(annotation_paths) + list(train_annotations)),
        "library_versions": {k: v for k, v in library_versions().items() if k != "python"},
        "spacy": _spacy_version(),
    }
    return write_report(report, report_dir, plots=plots)


def _spacy_version() -> str:
    import spacy

    return spacy.__version__
