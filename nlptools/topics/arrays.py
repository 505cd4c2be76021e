"""The fitted topic classifier as plain arrays, and a predictor that needs only numpy and ``re``.

``nlptools enrich`` only predicts; importing scikit-learn, SciPy and skops to do so took
several seconds of its start-up. :func:`export_arrays` turns a fitted
:class:`~nlptools.topics.classifier.TopicClassifier` into arrays (vocabularies, IDF weights,
coefficients, calibration, thresholds: saved pickle-free next to ``model.skops`` and hashed
in ``metadata.json``, see :mod:`nlptools.io.modelfiles`); :class:`ArrayTopicModel`
reproduces its ``predict_proba`` operation by operation, in the same order, so the scores
are bitwise the same. The skops file stays the model of record (training, evaluation).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..types import Topic
from .features import as_items, keyword_counts, stemmed_words, topics_over_thresholds

#: Rows whose sequential sums are computed together (bounds the padded arrays to a few MB).
_ROWS_AT_ONCE = 64


def sequential_row_sums(values: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Per CSR row, the sum of its ``values`` (1-D, or 2-D: one sum per column) added one by one in order.

    This is the order of scipy's sparse products and scikit-learn's row norms (``s += x``), so the
    sums are bitwise theirs; ``np.sum`` adds pairwise and can differ in the last bit. Rows are
    padded with zeros, which leave a sum unchanged, and summed with ``cumsum``, which is sequential.
    """
    lengths = np.diff(indptr)
    out = np.zeros((len(lengths),) + values.shape[1:])
    order = np.argsort(lengths, kind="stable")
    for start in range(0, len(order), _ROWS_AT_ONCE):
        rows = order[start:start + _ROWS_AT_ONCE]
        width = int(lengths[rows].max(initial=0))
        if width == 0:
            continue
        padded = np.zeros((len(rows), width) + values.shape[1:])
        pos = np.arange(width)
        mask = pos[None, :] < lengths[rows][:, None]
        padded[mask] = values[(indptr[rows][:, None] + pos[None, :])[mask]]
        out[rows] = np.cumsum(padded, axis=1)[:, -1]
    return out


#: The classifier's input selectors (FunctionTransformer functions), by name: text, title or entities of an item.
_SELECTORS = {
    "_texts": lambda item: item["text"],
    "_titles": lambda item: item["title"] or "untitled",
    "_entity_names": lambda item: item["entities"] or ["none"],
}


#: Word tokenizers a TF-IDF block may name in the spec (format 2), and the functions they stand for.
_TOKENIZERS = {"stems": stemmed_words}
_TOKENIZERS_BY_FUNCTION = {f: name for name, f in _TOKENIZERS.items()}


def _tfidf_spec(name: str, part, weight) -> dict[str, Any] | None:
    """A ``(selector, TfidfVectorizer)`` pipeline as a spec, or None when it uses an option not reproduced here."""
    steps = getattr(part, "steps", None)
    if not steps or len(steps) != 2:
        return None
    selector, vec = steps[0][1], steps[1][1]
    func = getattr(getattr(selector, "func", None), "__name__", None)
    analyzer = "identity" if getattr(vec.analyzer, "__name__", None) == "_identity" else vec.analyzer
    tokenizer = _TOKENIZERS_BY_FUNCTION.get(vec.tokenizer)
    if (func not in _SELECTORS or analyzer not in ("word", "identity") or vec.binary or vec.norm not in ("l2", None)
            or not vec.use_idf or vec.stop_words is not None or vec.preprocessor is not None
            or (vec.tokenizer is not None and tokenizer is None) or vec.strip_accents is not None
            or vec.input != "content"):
        return None
    terms = [""] * len(vec.vocabulary_)
    for term, j in vec.vocabulary_.items():
        terms[j] = term
    return {"name": name, "kind": "tfidf", "input": func, "analyzer": analyzer, "lowercase": bool(vec.lowercase),
            "token_pattern": vec.token_pattern, **({"tokenizer": tokenizer} if tokenizer else {}),
            "ngram_range": list(vec.ngram_range),
            "sublinear_tf": bool(vec.sublinear_tf), "norm": vec.norm, "weight": weight, "terms": terms}


def export_arrays(model) -> tuple[dict[str, np.ndarray], dict[str, Any]] | None:
    """A fitted ``TopicClassifier`` as ``(arrays, spec)``: numeric arrays and a JSON-able spec.

    None when the model holds a step :class:`ArrayTopicModel` does not reproduce (character
    n-grams, stop words, a custom tokenizer…): such a model is then loaded with skops.
    """
    weights = model.features_.transformer_weights or {}
    blocks, arrays = [], {}
    for name, part in model.features_.transformer_list:
        weight = weights.get(name)
        if type(part).__name__ == "KeywordFeatures":
            block = {"name": name, "kind": "keywords", "weight": weight, "size": len(part.labels_),
                     "folded": part.folded_, "cased": part.cased_, "exact": part.patterns_}
        else:
            block = _tfidf_spec(name, part, weight)
            if block is None:
                return None
            block["size"] = len(block["terms"])
            arrays[f"idf.{name}"] = np.asarray(part.steps[1][1].idf_, dtype=np.float64)
        blocks.append(block)
    n_features = sum(b["size"] for b in blocks)
    coef = np.zeros((n_features, len(model.classes_)))
    intercept = np.zeros(len(model.classes_))
    active = np.zeros(len(model.classes_), dtype=bool)
    for j, m in enumerate(model.models_):
        if m is not None:
            if m.coef_.shape != (1, n_features):
                return None
            coef[:, j], intercept[j], active[j] = m.coef_[0], m.intercept_[0], True
    arrays.update(coef=coef, intercept=intercept, active=active,
                  calibration_a=np.array([c[0] for c in model.calibrators_]),
                  calibration_b=np.array([c[1] for c in model.calibrators_]),
                  thresholds=np.asarray(model.thresholds_, dtype=np.float64))
    fmt = 2 if any("tokenizer" in b for b in blocks) else 1
    return arrays, {"format": fmt, "classes": list(model.classes_), "blocks": blocks}


class ArrayTopicModel:
    """Predicts like the exported ``TopicClassifier`` (same scores, bit for bit) from :func:`export_arrays`' output."""

    def __init__(self, arrays: dict[str, np.ndarray], spec: dict[str, Any]):
        self.classes_ = list(spec["classes"])
        self.thresholds_ = [float(t) for t in arrays["thresholds"]]
        self._blocks = []
        offset = 0
        for block in spec["blocks"]:
            b = dict(block, offset=offset)
            if b["kind"] == "tfidf":
                b["vocabulary"] = {term: j for j, term in enumerate(b.pop("terms"))}
                b["idf"] = arrays[f"idf.{b['name']}"]
                b["tokenize"] = (_TOKENIZERS[b["tokenizer"]] if "tokenizer" in b
                                 else re.compile(b["token_pattern"]).findall)
            self._blocks.append(b)
            offset += b["size"]
        self._coef = np.ascontiguousarray(arrays["coef"])
        self._intercept, self._active = arrays["intercept"], arrays["active"]
        self._a, self._b = arrays["calibration_a"], arrays["calibration_b"]

    @staticmethod
    def _tokens(block: dict, value) -> list:
        """The terms of one input, as scikit-learn's analyzer makes them (word n-grams, or the list itself)."""
        if block["analyzer"] == "identity":
            return value
        words = block["tokenize"](value.lower() if block["lowercase"] else value)
        low, high = block["ngram_range"]
        out = list(words) if low == 1 else []
        for n in range(max(low, 2), min(high, len(words)) + 1):
            out += [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]
        return out

    def _tfidf(self, block: dict, items: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """TfidfVectorizer.transform as CSR arrays: counts, sublinear tf, idf, row-wise l2 norm (sequential sums)."""
        vocabulary, select = block["vocabulary"], _SELECTORS[block["input"]]
        indices: list[int] = []
        counts: list[int] = []
        indptr = [0]
        for item in items:
            counter: dict[int, int] = {}
            for term in self._tokens(block, select(item)):
                j = vocabulary.get(term)
                if j is not None:
                    counter[j] = counter.get(j, 0) + 1
            for j in sorted(counter):
                indices.append(j)
                counts.append(counter[j])
            indptr.append(len(indices))
        cols = np.asarray(indices, dtype=np.intp)
        data = np.asarray(counts, dtype=np.float64)
        if block["sublinear_tf"]:
            np.log(data, data)
            data += 1.0
        data *= block["idf"][cols]
        pointers = np.asarray(indptr)
        if block["norm"] == "l2":
            norms = np.sqrt(sequential_row_sums(data * data, pointers))
            per_value = np.repeat(norms, np.diff(pointers))
            nonzero = per_value != 0.0
            data[nonzero] /= per_value[nonzero]
        return data, cols, pointers

    def _keywords(self, block: dict, items: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """KeywordFeatures.transform as CSR arrays (log(1 + hits), zeros left out)."""
        rows = keyword_counts([i["text"] for i in items], block["folded"], block["cased"], block["exact"])
        dense = np.log1p(np.asarray(rows, dtype=np.float64).reshape(len(rows), block["size"]))
        rr, cols = np.nonzero(dense)
        return dense[rr, cols], cols, np.searchsorted(rr, np.arange(len(items) + 1))

    def decision_function(self, X: Sequence[Any]) -> np.ndarray:
        """Per input and label, the linear model's score (-20 for a label never seen in training)."""
        items = as_items(X)
        rows, cols, vals = [], [], []
        for b in self._blocks:
            data, c, indptr = (self._tfidf if b["kind"] == "tfidf" else self._keywords)(b, items)
            if b["weight"] is not None:
                data = data * b["weight"]
            rows.append(np.repeat(np.arange(len(items)), np.diff(indptr)))
            cols.append(c + b["offset"])
            vals.append(data)
        # The blocks side by side (FeatureUnion's hstack): per row, each block's terms in block order.
        row = np.concatenate(rows)
        order = np.argsort(row, kind="stable")
        cols_, vals_ = np.concatenate(cols)[order], np.concatenate(vals)[order]
        indptr = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=len(items)))])
        dot = sequential_row_sums(self._coef[cols_] * vals_[:, None], indptr)
        out = np.full((len(items), len(self.classes_)), -20.0)
        out[:, self._active] = (dot + self._intercept)[:, self._active]
        return out

    def predict_proba(self, X: Sequence[Any]) -> np.ndarray:
        """Calibrated scores, one column per label of ``classes_``."""
        return 1.0 / (1.0 + np.exp(-(self.decision_function(X) * self._a + self._b)))

    def predict_topics(self, X: Sequence[Any]) -> list[list[Topic]]:
        """Per input, the labels over their thresholds with their scores, highest first."""
        return topics_over_thresholds(self.predict_proba(X), self.classes_, self.thresholds_)


def load_array_model(directory: str | Path):
    """``(model, metadata)`` of a topic model directory: the hash-checked arrays when it has them, else skops."""
    from ..io.modelfiles import load_topic_arrays, load_topic_model

    found = load_topic_arrays(directory)
    if found is None:
        return load_topic_model(directory)
    arrays, spec, meta = found
    return ArrayTopicModel(arrays, spec), meta
