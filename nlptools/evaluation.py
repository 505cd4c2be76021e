"""Evaluation: scoring models on annotations, and honest leave-one-document-out cross-validation.

Every figure comes from :mod:`nlptools.scoring`; these functions only decide which model
scores which passages, so that no document is scored by a model trained on it.
"""
from __future__ import annotations

import time
from typing import Any, Callable, Sequence

from . import config
from .annotations import AnnotatedRecord, document_folds
from .scoring import score_entities, score_topics

Spans = list[tuple[int, int, str]]


def gold_spans(records: Sequence[AnnotatedRecord]) -> list[Spans]:
    return [[(s.start, s.end, s.label) for s in r.spans or []] for r in records]


def pipeline_spans(nlp, texts: Sequence[str], batch_size: int = config.BATCH_SIZE) -> list[Spans]:
    """Entity spans of a pipeline whose output labels are already PERSON/ORG/TREATY."""
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in config.ENTITY_LABELS]
            for doc in nlp.pipe(texts, batch_size=batch_size)]


def baseline_spans(texts: Sequence[str], nlp=None) -> list[Spans]:
    """The off-the-shelf pretrained pipeline: its PERSON and ORG, and LAW read as TREATY."""
    from .entities import load_pretrained

    nlp = nlp or load_pretrained()
    out = []
    for doc in nlp.pipe(texts):
        spans = []
        for e in doc.ents:
            label = "TREATY" if e.label_ == "LAW" else e.label_
            if label in config.ENTITY_LABELS:
                spans.append((e.start_char, e.end_char, label))
        out.append(spans)
    return out


def _micro(per_fold: list[dict]) -> dict:
    """Sum the strict counts of several folds and recompute P/R/F1 per label and overall."""
    def prf(c):
        p = c["correct"] / c["actual"] if c["actual"] else 0.0
        r = c["correct"] / c["possible"] if c["possible"] else 0.0
        return {**c, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

    keys = ("correct", "incorrect", "partial", "missed", "spurious", "possible", "actual")
    out: dict[str, Any] = {"per_label": {}, "overall": {}}
    labels = sorted({lab for f in per_fold for lab in f["per_label"]})
    for lab in labels:
        c = {k: sum(f["per_label"][lab]["strict"][k] for f in per_fold if lab in f["per_label"]) for k in keys}
        out["per_label"][lab] = prf(c)
    c = {k: sum(f["overall"]["strict"][k] for f in per_fold) for k in keys}
    out["overall"] = prf(c)
    return out


def cross_validate_entities(records: Sequence[AnnotatedRecord],
                            variants: dict[str, Callable[[Sequence[AnnotatedRecord]], Any]],
                            include_baseline: bool = True) -> dict[str, Any]:
    """Leave-one-document-out strict scores for each variant (a function: training records → nlp).

    Training records of a fold exclude the test document and near-duplicates of its
    passages; gazetteer entries learnt from annotations therefore come only from the
    other documents.
    """
    records = [r for r in records if r.spans is not None]
    folds = document_folds(records)
    results: dict[str, list[dict]] = {name: [] for name in variants}
    if include_baseline:
        results["baseline"] = []
    fold_info = []
    from .entities import load_pretrained

    base = load_pretrained() if include_baseline else None
    for doc, train_idx, test_idx in folds:
        train = [records[i] for i in train_idx]
        test = [records[i] for i in test_idx]
        texts = [r.text for r in test]
        gold = gold_spans(test)
        info = {"document": doc, "train": len(train), "test": len(test), "seconds": {}}
        for name, make in variants.items():
            t = time.perf_counter()
            nlp = make(train)
            results[name].append(score_entities(gold, pipeline_spans(nlp, texts), labels=config.ENTITY_LABELS))
            info["seconds"][name] = round(time.perf_counter() - t, 1)
        if include_baseline:
            results["baseline"].append(score_entities(gold, baseline_spans(texts, base), labels=config.ENTITY_LABELS))
        fold_info.append(info)
    return {"folds": fold_info, "micro": {name: _micro(per) for name, per in results.items()},
            "per_fold": results}


def cross_validate_topics(records: Sequence[AnnotatedRecord], **params) -> dict[str, Any]:
    """Leave-one-document-out topic scores: the classifier beside keyword and majority baselines.

    Synthetic (team-written) records are used for training only, never scored.
    """
    from .baselines import KeywordTopicBaseline, MajorityTopicBaseline
    from .training import topic_inputs, train_topics

    records = [r for r in records if r.topics is not None]
    folds = document_folds(records)
    labels = list(config.TOPIC_LABELS)
    gold, preds = [], {"classifier": [], "keyword_baseline": [], "majority_baseline": []}
    keyword = KeywordTopicBaseline().fit()
    for doc, train_idx, test_idx in folds:
        train = [records[i] for i in train_idx]
        test = [records[i] for i in test_idx]
        X_test, Y_test, _ = topic_inputs(test)
        model = train_topics(train, **params).model
        gold += Y_test
        preds["classifier"] += model.predict_labels(X_test)
        preds["keyword_baseline"] += keyword.predict([x["text"] for x in X_test])
        _, Y_train, _ = topic_inputs([r for r in train if not r.synthetic])
        majority = MajorityTopicBaseline(labels=labels).fit([r.text for r in train if not r.synthetic], Y_train)
        preds["majority_baseline"] += majority.predict([x["text"] for x in X_test])
    return {"n_test_passages": len(gold), "folds": [f[0] for f in folds],
            "scores": {name: score_topics(gold, p, labels) for name, p in preds.items()}}
