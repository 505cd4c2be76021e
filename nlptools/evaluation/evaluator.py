"""Evaluation: which model predicts which passage, and the figures of a report.

Two ways to score: the current models on annotated data (:func:`predict_with_models`),
or leave-one-document-out cross-validation (:func:`cross_validate`), in which every
document is scored by models trained without it (nor near-duplicates of its passages).
Every figure comes from :mod:`nlptools.scoring`. :func:`evaluate` (the ``evaluate`` command) loads
the annotations, predicts either way and writes the report (:mod:`nlptools.evaluation.reports`).
"""
from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Sequence

from .. import config
from ..entities.extractor import pipeline_spans
from ..io.annotations import AnnotatedRecord, document_folds, gold_spans
from ..scoring import entity_confusion, entity_errors, score_entities, score_topics
from ..types import Spans


def baseline_spans(texts: Sequence[str], nlp=None) -> list[Spans]:
    """The off-the-shelf pretrained pipeline: its PERSON and ORG, and LAW read as TREATY."""
    from ..entities.extractor import load_pretrained

    nlp = nlp or load_pretrained()
    out = []
    for doc in nlp.pipe(texts):
        out.append([(e.start_char, e.end_char, "TREATY" if e.label_ == "LAW" else e.label_) for e in doc.ents
                    if e.label_ in ("PERSON", "ORG", "LAW")])
    return out


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return f"…{left}[{text[start:end]}]{right}…"


def entity_section(records: Sequence[AnnotatedRecord], preds: dict[str, list[Spans]], top: int = 15) -> dict:
    """Scores under the four schemes, the label confusion and the frequent errors (with a context), per system."""
    gold = gold_spans(records)
    texts = [r.text for r in records]
    out = {}
    for name, pred in preds.items():
        errors = entity_errors(gold, pred, texts, mode="strict", top=top)
        for kind, side in (("misses", gold), ("false_alarms", pred)):
            for row in errors[kind]:
                row["context"] = next(
                    (_context(t, s, e) for t, spans in zip(texts, side) for s, e, lab in spans
                     if lab == row["label"] and t[s:e] == row["text"]), "")
        out[name] = {"scores": score_entities(gold, pred, labels=config.ENTITY_LABELS),
                     "confusion": entity_confusion(gold, pred, labels=config.ENTITY_LABELS),
                     "errors": errors}
    return out


def topic_section(records: Sequence[AnnotatedRecord], preds: dict[str, list[list[str]]],
                  scores: list[list[float]] | None = None) -> dict:
    """Per-label and averaged topic scores per system, and a threshold sweep of the classifier's scores."""
    gold = [list(r.topics or []) for r in records]
    labels = list(config.TOPIC_LABELS)
    out: dict[str, Any] = {name: score_topics(gold, pred, labels) for name, pred in preds.items()}
    if scores is not None:
        sweep = []
        for t in [round(x * 0.05, 2) for x in range(1, 20)]:
            pred = [[labels[j] for j, s in enumerate(row) if s >= t] for row in scores]
            m = score_topics(gold, pred, labels)["micro"]
            sweep.append({"threshold": t, "precision": m["precision"], "recall": m["recall"], "f1": m["f1"]})
        out["threshold_sweep"] = sweep
    return out


def predict_with_models(records: Sequence[AnnotatedRecord], model_dir: str | Path | None = None,
                        trained_on: Sequence[AnnotatedRecord] | None = None) -> dict[str, Any]:
    """Predictions of the models in ``model_dir`` and of the baselines on every annotated record;
    the majority baseline is fitted on ``trained_on`` (the training annotations) when given."""
    from ..topics.baselines import KeywordTopicBaseline
    from ..entities.extractor import load_pipeline
    from ..io.modelfiles import load_topic_model
    from ..training.trainer import topic_inputs

    ent_records = [r for r in records if r.spans is not None and not r.synthetic]
    top_records = [r for r in records if r.topics is not None and not r.synthetic]
    texts = [r.text for r in ent_records]
    nlp = load_pipeline(model_dir)
    model, meta = load_topic_model(Path(model_dir or config.default_model_dir()) / config.TOPIC_MODEL_SUBDIR)
    both = list({id(r): r for r in ent_records + top_records}.values())
    spans = dict(zip(map(id, both), pipeline_spans(nlp, [r.text for r in both], docs=[r.doc for r in both])))
    predicted = [spans[id(r)] for r in ent_records]
    X, _, _ = topic_inputs(top_records, [spans[id(r)] for r in top_records])
    return {
        "entity_records": ent_records, "topic_records": top_records,
        "entities": {"nlptools": predicted, "baseline": baseline_spans(texts)},
        "topics": {"nlptools": model.predict_labels(X),
                   "keyword_baseline": KeywordTopicBaseline().fit().predict([x["text"] for x in X]),
                   **_majority(trained_on, [x["text"] for x in X])},
        "topic_scores": model.predict_proba(X).tolist(),
        "models": {"entities": nlp.meta.get("nlptools", {}), "topics": {k: meta[k] for k in
                                                                         ("model_sha256", "training_data_sha256")
                                                                         if k in meta}},
    }


def _majority(trained_on: Sequence[AnnotatedRecord] | None, texts: list[str]) -> dict[str, list]:
    """The majority baseline's predictions, fitted on the real (not synthetic) training passages."""
    from ..topics.baselines import MajorityTopicBaseline

    real = [r for r in trained_on or [] if r.topics is not None and not r.synthetic]
    if not real:
        return {}
    model = MajorityTopicBaseline(labels=list(config.TOPIC_LABELS)).fit([r.text for r in real],
                                                                       [r.topics for r in real])
    return {"majority_baseline": model.predict(texts)}


def cross_validate(records: Sequence[AnnotatedRecord], entity_variants: dict[str, Callable] | None = None,
                   topic_params: dict | None = None, echo=lambda msg: None,
                   progress=lambda done, total: None) -> dict[str, Any]:
    """Leave-one-document-out predictions: every document scored by models that never saw it.

    ``entity_variants`` maps a name to a function (training records → spaCy pipeline).
    Training records of a fold exclude the test document and near-duplicates of its
    passages, so gazetteer entries learnt from annotations come from other documents only.
    Synthetic (team-written) records train topic models and are never scored. ``progress``
    is called with (folds done, folds in all) after each fold.
    """
    from ..topics.baselines import KeywordTopicBaseline
    from ..entities.extractor import load_pretrained
    from ..training.trainer import EntityTrainConfig, topic_inputs, train_entities, train_topics

    if entity_variants is None:
        entity_variants = {"nlptools": lambda train: train_entities(train, EntityTrainConfig()).model}
    ent_records = [r for r in records if r.spans is not None]
    ent_preds: dict[str, list] = {name: [None] * len(ent_records) for name in list(entity_variants) + ["baseline"]}
    base = load_pretrained()
    folds_info = []
    top_all = [r for r in records if r.topics is not None]
    ent_folds, top_folds = list(document_folds(ent_records)), list(document_folds(top_all))
    total = len(ent_folds) + len(top_folds)
    progress(0, total)
    for doc, train_idx, test_idx in ent_folds:
        train = [ent_records[i] for i in train_idx]
        texts = [ent_records[i].text for i in test_idx]
        info = {"document": doc, "task": "entities", "train": len(train), "test": len(test_idx), "seconds": {}}
        for name, make in entity_variants.items():
            t = time.perf_counter()
            spans = pipeline_spans(make(train), texts, docs=[doc] * len(texts))
            for i, s in zip(test_idx, spans):
                ent_preds[name][i] = s
            info["seconds"][name] = round(time.perf_counter() - t, 1)
        for i, s in zip(test_idx, baseline_spans(texts, base)):
            ent_preds["baseline"][i] = s
        echo(f"entities: scored {doc} ({len(test_idx)} passages) with models trained on {len(train)}")
        folds_info.append(info)
        progress(len(folds_info), total)

    scored = [i for i, r in enumerate(top_all) if not r.synthetic]
    position = {i: k for k, i in enumerate(scored)}
    top_preds: dict[str, list] = {n: [None] * len(scored) for n in ("nlptools", "keyword_baseline", "majority_baseline")}
    top_scores: list = [None] * len(scored)
    keyword = KeywordTopicBaseline().fit()
    first = next(iter(entity_variants))
    predicted = {(r.doc, r.text): ent_preds[first][i] for i, r in enumerate(ent_records)}
    for doc, train_idx, test_idx in top_folds:
        train = [top_all[i] for i in train_idx]
        test = [top_all[i] for i in test_idx]
        X, _, _ = topic_inputs(test, [predicted.get((r.doc, r.text), []) for r in test])
        model = train_topics(train, **(topic_params or {})).model
        texts = [x["text"] for x in X]
        for i, lab, kw, mj, sc in zip(test_idx, model.predict_labels(X), keyword.predict(texts),
                                      _majority(train, texts)["majority_baseline"], model.predict_proba(X).tolist()):
            k = position[i]
            top_preds["nlptools"][k], top_preds["keyword_baseline"][k] = lab, kw
            top_preds["majority_baseline"][k], top_scores[k] = mj, sc
        echo(f"topics: scored {doc} ({len(test_idx)} passages) with a model trained on {len(train)}")
        folds_info.append({"document": doc, "task": "topics", "train": len(train), "test": len(test_idx)})
        progress(len(folds_info), total)
    ent_scored = [i for i, r in enumerate(ent_records) if not r.synthetic]
    return {"entity_records": [ent_records[i] for i in ent_scored], "topic_records": [top_all[i] for i in scored],
            "entities": {name: [preds[i] for i in ent_scored] for name, preds in ent_preds.items()},
            "topics": top_preds, "topic_scores": top_scores, "folds": folds_info}


def build_report(predictions: dict[str, Any], how: str) -> dict[str, Any]:
    """Every figure of a report from a predictions dict (see :func:`predict_with_models`, :func:`cross_validate`)."""
    ents = predictions["entity_records"]
    tops = predictions["topic_records"]
    by_doc = defaultdict(int)
    for r in ents:
        by_doc[r.doc] += 1
    return {
        "how": how,
        "data": {"entity_passages": len(ents), "topic_passages": len(tops), "documents": dict(sorted(by_doc.items()))},
        "entities": entity_section(ents, predictions["entities"]),
        "topics": topic_section(tops, predictions["topics"], predictions.get("topic_scores")),
        "folds": predictions.get("folds", []),
        "models": predictions.get("models", {}),
    }


def evaluate(annotation_paths, report_dir, model_dir=None, cv: bool = False, n_iter: int = 12,
             seed: int = config.SEED, plots: bool = True, command: str | None = None,
             echo=lambda m: None, train_annotations=(), progress=lambda done, total: None) -> list[str]:
    """Evaluate and write ``report.json``, ``report.md`` and plots to ``report_dir``; return the file names."""
    from ..io.annotations import files_digest, load_annotations
    from ..io.modelfiles import library_versions
    from ..training.trainer import EntityTrainConfig, train_entities
    from .reports import write_report

    records, summary = load_annotations(annotation_paths)
    echo(f"loaded {summary}")
    if cv:
        variants = {
            "nlptools": lambda train: train_entities(train, EntityTrainConfig(n_iter=n_iter, seed=seed)).model,
            "rules_only": lambda train: train_entities(train, EntityTrainConfig(n_iter=0, seed=seed)).model,
        }
        predictions = cross_validate(records, variants, {"random_state": seed}, echo=echo, progress=progress)
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
