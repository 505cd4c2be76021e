"""Training: the entity pipeline (gazetteer from annotations + NER fine-tuning with rehearsal) and the topic model.

Deterministic for a given seed. Library functions return fitted objects; the
``train`` command saves them with their metadata.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from .. import config
from ..io.annotations import AnnotatedRecord


#: Gold labels as the NER is taught them: TREATY builds on the pretrained LAW label.
NER_LABEL = {"TREATY": "LAW"}


@dataclass
class EntityTrainConfig:
    """Fine-tuning settings; ``n_iter=0`` keeps the pretrained NER (rules and gazetteer only)."""

    n_iter: int = 12
    dropout: float = 0.2
    batch_start: float = 4.0
    batch_stop: float = 16.0
    learn_gazetteer: bool = config.LEARN_GAZETTEER
    learn_min_docs: int = config.LEARN_GAZETTEER_MIN_DOCS
    rehearsal: bool = True
    seed: int = config.SEED


@dataclass
class TrainResult:
    model: Any
    seconds: float
    info: dict = field(default_factory=dict)


def learnt_patterns(records: Sequence[AnnotatedRecord], labels: Sequence[str] = ("ORG", "TREATY", "PERSON"),
                    min_docs: int = 1) -> list[dict]:
    """Phrase patterns for the names annotated in at least ``min_docs`` distinct passages of ``records``
    (PERSON only when it has two words or more).

    Passages are told apart by their key (:mod:`nlptools.segmentation.keys`): a listing item repeated on many
    pages is one passage, so a name seen once is never learnt as a rule by repetition.
    """
    from ..segmentation.keys import passage_key

    docs: dict[tuple[str, str], set[str]] = {}
    for r in records:
        key = passage_key(r.text)
        for s in r.spans or []:
            text = r.text[s.start:s.end]
            if s.label not in labels or (s.label == "PERSON" and len(text.split()) < 2):
                continue
            docs.setdefault((s.label, text), set()).add(key)
    out = [{"label": label, "pattern": text, "id": text}
           for (label, text), seen in docs.items() if len(seen) >= min_docs]
    return sorted(out, key=lambda p: (p["label"], p["pattern"]))


def _examples(nlp, base_nlp, records: Sequence[AnnotatedRecord], rehearsal: bool):
    """spaCy Examples: gold PERSON/ORG/TREATY plus, for rehearsal, the pretrained model's other labels.

    Treaties are taught as the pretrained model's own LAW label (see :data:`NER_LABEL`),
    which the post-processing reads as TREATY only when a treaty head noun is present.

    The pretrained model's own PERSON/ORG/LAW predictions are left out: where they
    disagree with the gold spans they are the very errors the fine-tuning corrects.
    """
    from spacy.training import Example
    from spacy.util import filter_spans

    texts = [r.text for r in records]
    base_docs = list(base_nlp.pipe(texts)) if rehearsal else [None] * len(texts)
    examples = []
    for r, bdoc in zip(records, base_docs):
        doc = nlp.make_doc(r.text)
        gold = [doc.char_span(s.start, s.end, label=NER_LABEL.get(s.label, s.label), alignment_mode="contract")
                for s in r.spans or []]
        gold = [g for g in gold if g is not None]
        extra = []
        for e in bdoc.ents if bdoc is not None else []:
            if e.label_ in ("PERSON", "ORG", "LAW"):
                continue
            span = doc.char_span(e.start_char, e.end_char, label=e.label_, alignment_mode="contract")
            if span is not None and not any(span.start < g.end and g.start < span.end for g in gold):
                extra.append(span)
        ents = filter_spans(gold + extra)
        examples.append(Example.from_dict(doc, {"entities": [(e.start_char, e.end_char, e.label_) for e in ents]}))
    return examples


def refuse_dev_records(records: Sequence[AnnotatedRecord]) -> None:
    """Never train on the held-out development set (records with ``meta.split`` "dev")."""
    from ..errors import DevSetTrainingError

    for r in records:
        if r.meta.get("split") == config.DEV_SPLIT:
            raise DevSetTrainingError(r.file, r.line)


def train_entities(records: Sequence[AnnotatedRecord], cfg: EntityTrainConfig | None = None,
                   base_nlp=None, patterns: Sequence[dict] | None = None, on_epoch=lambda: None) -> TrainResult:
    """Build the entity pipeline: pretrained NER (fine-tuned when ``cfg.n_iter > 0``), ruler, post-processing.

    ``on_epoch`` is called after each fine-tuning epoch (for a progress bar)."""
    from spacy.training import Example  # noqa: F401  (fails early without spaCy)
    from spacy.util import fix_random_seed, minibatch, compounding

    from ..entities.extractor import build_pipeline, load_pretrained
    from ..entities.patterns import read_patterns

    refuse_dev_records(records)
    cfg = cfg or EntityTrainConfig()
    started = time.perf_counter()
    fix_random_seed(cfg.seed)
    nlp = load_pretrained() if base_nlp is None else base_nlp
    train = [r for r in records if r.spans is not None]
    info: dict[str, Any] = {"records": len(train), "n_iter": cfg.n_iter, "rehearsal": cfg.rehearsal}
    if cfg.n_iter > 0 and train:
        base = load_pretrained()
        examples = _examples(nlp, base, train, cfg.rehearsal)
        rng = random.Random(cfg.seed)
        optimizer = nlp.resume_training()
        losses_per_epoch = []
        with nlp.select_pipes(enable=["ner"]):
            for _ in range(cfg.n_iter):
                rng.shuffle(examples)
                losses: dict[str, float] = {}
                for batch in minibatch(examples, size=compounding(cfg.batch_start, cfg.batch_stop, 1.001)):
                    nlp.update(batch, drop=cfg.dropout, sgd=optimizer, losses=losses)
                losses_per_epoch.append(round(float(losses.get("ner", 0.0)), 3))
                on_epoch()
        info["losses"] = losses_per_epoch
    all_patterns = list(patterns) if patterns is not None else read_patterns()
    if cfg.learn_gazetteer:
        learnt = learnt_patterns(train, min_docs=cfg.learn_min_docs)
        info["learnt_patterns"] = len(learnt)
        all_patterns += learnt
    nlp = build_pipeline(nlp, all_patterns)
    return TrainResult(nlp, time.perf_counter() - started, info)


def _cv_group(i: int, record: AnnotatedRecord) -> str:
    """The page a training passage belongs to, for grouped cross-validation (see :func:`topic_inputs`)."""
    if not record.synthetic:
        return record.doc
    title = record.meta.get("article_title")
    return f"synthetic#{record.doc}#{title}" if title else f"synthetic#{i}"


def topic_inputs(records: Sequence[AnnotatedRecord], entity_spans: Sequence[Sequence] | None = None
                 ) -> tuple[list[dict], list[list[str]], list[str]]:
    """Classifier inputs (text, article title, canonical entities), label lists and document groups.

    Entities are the records' gold spans, or ``entity_spans`` (per record, ``(start, end, label)``
    predicted by a model) when given; canonical names are resolved per document. Passages of one
    page share a group, so the inner cross-validation (calibration and thresholds) never sees a
    page on both sides: a page is its source, and for synthetic passages (several team-written
    pages may share one source) its source and article title; an untitled synthetic passage is
    its own group.
    """
    from ..entities.canonical import Canonicalizer

    groups = [_cv_group(i, r) for i, r in enumerate(records)]
    by_group: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        by_group.setdefault(g, []).append(i)
    canon = Canonicalizer()
    names: list[list[str]] = [[] for _ in records]
    for idx in by_group.values():
        raw = []
        for i in idx:
            spans = entity_spans[i] if entity_spans is not None else [(s.start, s.end, s.label)
                                                                        for s in records[i].spans or []]
            raw.append([(a, b, label, records[i].text[a:b], None) for a, b, label in spans])
        for i, ents in zip(idx, canon.resolve(raw)):
            names[i] = [f"{e.label}:{e.canonical}" for e in ents]
    X = [{"text": r.text, "title": r.meta.get("article_title") or "", "entities": n}
         for r, n in zip(records, names)]
    Y = [list(r.topics or []) for r in records]
    return X, Y, groups


def train_topics(records: Sequence[AnnotatedRecord], **params) -> TrainResult:
    """Fit the topic classifier on records that annotate topics (synthetic ones included)."""
    from ..topics.classifier import TopicClassifier

    refuse_dev_records(records)
    started = time.perf_counter()
    train = [r for r in records if r.topics is not None]
    X, Y, groups = topic_inputs(train)
    model = TopicClassifier(**params).fit(X, Y, groups=groups)
    return TrainResult(model, time.perf_counter() - started, {"records": len(train)})


def save_entities(nlp, output: str | Path) -> Path:
    path = Path(output) / config.ENTITY_MODEL_SUBDIR
    path.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(path)
    return path


def holdout_split(records: Sequence[AnnotatedRecord], fraction: float = 0.2) -> tuple[list, list]:
    """A held-out split by document: about ``fraction`` of the documents (at least one), chosen by hash."""
    import hashlib

    from ..io.annotations import near_duplicate

    docs = sorted({r.doc for r in records if not r.synthetic},
                  key=lambda d: hashlib.sha256(d.encode("utf-8")).hexdigest())
    if len(docs) < 2:
        return list(records), []
    test_docs = set(docs[:max(1, round(len(docs) * fraction))])
    test = [r for r in records if r.doc in test_docs and not r.synthetic]
    test_texts = [r.text for r in test]
    train = [r for r in records if r.doc not in test_docs and not any(near_duplicate(r.text, t) for t in test_texts)]
    return train, test


def read_user_patterns(paths: Sequence[str | Path]) -> list[dict]:
    """Extra entity-ruler patterns from the user's JSONL files (same format as ``data/entity_patterns.jsonl``)."""
    from ..io.annotations import iter_json_lines
    from ..errors import AnnotationError

    out = []
    for path in paths:
        for lineno, p in iter_json_lines(path, fix="write one pattern object per line."):
            if not isinstance(p, dict) or p.get("label") not in config.ENTITY_LABELS or "pattern" not in p:
                raise AnnotationError(path, "is not a pattern with a PERSON, ORG or TREATY label.", line=lineno,
                                      fix='write {"label": "TREATY", "pattern": "Svalbard Treaty"}.')
            out.append(p)
    return out


def train_from_files(annotation_paths, output, what: str = "all", n_iter: int = 12, seed: int = config.SEED,
                     holdout: bool = True, echo=print, pattern_paths: Sequence[str] = (),
                     learn_gazetteer: bool = config.LEARN_GAZETTEER,
                     learn_min_docs: int = config.LEARN_GAZETTEER_MIN_DOCS,
                     progress=lambda done, total: None) -> dict[str, Any]:
    """The ``train`` command: load and validate, score on held-out documents, train on everything, save.

    ``pattern_paths`` add the user's own gazetteer entries to the shipped ones (``data/*.jsonl``).
    ``progress`` is called with (steps done, steps in all): fine-tuning epochs and topic trainings.
    """
    import json

    from ..entities.extractor import pipeline_spans
    from ..io.annotations import files_digest, gold_spans, load_annotations, records_digest
    from ..io.modelfiles import library_versions, save_topic_model
    from ..scoring import score_entities, score_topics
    from ..topics.arrays import export_arrays

    started = time.perf_counter()
    records, summary = load_annotations(annotation_paths)
    echo(f"loaded {summary}")
    runs = 2 if holdout else 1
    steps = {"done": 0, "total": (n_iter * runs if what in ("entities", "all") else 0)
             + (runs if what in ("topics", "all") else 0)}

    def step() -> None:
        steps["done"] += 1
        progress(steps["done"], steps["total"])

    progress(0, steps["total"])
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"annotations": files_digest(annotation_paths), "summary": str(summary),
                              "library_versions": library_versions(), "seed": seed}
    if what in ("entities", "all"):
        from ..entities.patterns import read_patterns

        patterns = read_patterns() + read_user_patterns(pattern_paths)
        ents = [r for r in records if r.spans is not None]
        cfg = EntityTrainConfig(n_iter=n_iter, seed=seed, learn_gazetteer=learn_gazetteer,
                                learn_min_docs=learn_min_docs)
        if holdout:
            train, test = holdout_split(ents)
            if test:
                nlp = train_entities(train, cfg, patterns=patterns, on_epoch=step).model
                predicted = pipeline_spans(nlp, [r.text for r in test], docs=[r.doc for r in test])
                scores = score_entities(gold_spans(test), predicted, labels=config.ENTITY_LABELS)
                report["entities_holdout"] = {"test_documents": sorted({r.doc for r in test}),
                                              "strict": {lab: scores["per_label"][lab]["strict"]
                                                         for lab in scores["per_label"]},
                                              "overall_strict": scores["overall"]["strict"]}
                echo("entities, held-out strict F1: " + ", ".join(
                    f"{lab} {m['f1']:.3f}" for lab, m in report["entities_holdout"]["strict"].items()))
        result = train_entities(ents, cfg, patterns=patterns, on_epoch=step)
        result.model.meta["nlptools"] = {"annotations_sha256": records_digest(ents), "train_info": result.info,
                                         "seed": seed}
        path = save_entities(result.model, output)
        report["entities"] = {"path": str(path), "seconds": round(result.seconds, 1), **result.info}
        echo(f"entity pipeline saved to {path} ({result.seconds:.1f} s)")
    if what in ("topics", "all"):
        tops = [r for r in records if r.topics is not None]
        if holdout:
            train, test = holdout_split(tops)
            if test:
                model = train_topics(train, random_state=seed).model
                step()
                X, Y, _ = topic_inputs(test)
                scores = score_topics(Y, model.predict_labels(X), list(config.TOPIC_LABELS))
                report["topics_holdout"] = {"test_documents": sorted({r.doc for r in test}),
                                            "micro": scores["micro"], "macro": scores["macro"]}
                echo(f"topics, held-out micro-F1 {scores['micro']['f1']:.3f}, macro-F1 {scores['macro']['f1']:.3f}")
        result = train_topics(tops, random_state=seed)
        step()
        model = result.model
        oof = model.oof_scores_ >= model.thresholds_
        Y = [list(r.topics or []) for r in tops]
        cv = score_topics(Y, [[model.classes_[j] for j in row.nonzero()[0]] for row in oof],
                          list(config.TOPIC_LABELS))
        path = save_topic_model(model, output / config.TOPIC_MODEL_SUBDIR, {
            "training_data_sha256": records_digest(tops), "annotation_files": files_digest(annotation_paths),
            "records": len(tops), "seed": seed,
            "cv_metrics": {"note": "out-of-fold scores of the calibration CV, grouped by document "
                                   "(synthetic records included in training folds)",
                           "micro": cv["micro"], "macro": cv["macro"]},
        }, exported=export_arrays(model))
        report["topics"] = {"path": str(path), "seconds": round(result.seconds, 1), **result.info}
        echo(f"topic model saved to {path} ({result.seconds:.1f} s)")
    report["seconds_total"] = round(time.perf_counter() - started, 1)
    (output / "training_report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                                                 encoding="utf-8")
    echo(f"training took {report['seconds_total']:.1f} s; report: {output / 'training_report.json'}")
    return report
