"""Topic baselines that a trained classifier has to beat: guide keywords and the majority label set.

Both follow the scikit-learn estimator contract (parameters stored in ``__init__``, learned
state in attributes ending in ``_``), so they can be cloned, grid-searched and scored like models.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from ..config import TOPIC_LABELS
from ..resources import load_json
from .features import compile_keyword, distinct_stretches, one_space

KEYWORDS_FILE = "topic_keywords.json"
STRATEGIES = ("label_set", "prevalence")


def _texts(X: Iterable[str]) -> list[str]:
    """Check that X is a collection of strings; a bare string would be read as one text per character."""
    if isinstance(X, str):
        raise TypeError("expected a list of texts, got a single string; wrap it in a list.")
    texts = list(X)
    bad = next((i for i, t in enumerate(texts) if not isinstance(t, str)), None)
    if bad is not None:
        raise TypeError(f"text {bad} is a {type(texts[bad]).__name__}, not a str.")
    return texts


def count_hits(patterns: Iterable[re.Pattern[str]], text: str) -> int:
    """Number of distinct stretches of ``text`` matched by any pattern; overlapping matches count once
    (runs of white space count as one space)."""
    text = one_space(text)
    return distinct_stretches(sorted((m.start(), m.end()) for p in patterns for m in p.finditer(text)
                                     if m.end() > m.start()))


class KeywordTopicBaseline(BaseEstimator):
    """Assign a topic when a passage holds at least ``min_hits`` keyword hits for it.

    ``keywords`` maps labels to regexes (keys starting with ``_`` are metadata); ``None`` uses
    the shipped ``data/topic_keywords.json``. ``min_hits=None`` takes ``_min_hits`` from the
    keyword table, or from the shipped file when the table has none. ``fit`` learns nothing
    from data: it only compiles the table, so the baseline stays independent of the labels.
    """

    def __init__(self, keywords: Mapping[str, Any] | None = None, min_hits: int | None = None):
        self.keywords = keywords
        self.min_hits = min_hits

    def fit(self, X: Any = None, y: Any = None) -> KeywordTopicBaseline:
        """Compile the keyword table into ``patterns_``, ``labels_`` and ``min_hits_``; X and y are ignored."""
        table = load_json(KEYWORDS_FILE) if self.keywords is None else self.keywords
        min_hits = self.min_hits
        if min_hits is None:
            min_hits = table.get("_min_hits", load_json(KEYWORDS_FILE)["_min_hits"])
        if isinstance(min_hits, bool) or not isinstance(min_hits, int) or min_hits < 1:
            raise ValueError(f"min_hits must be an integer >= 1, not {min_hits!r}.")
        patterns = {}
        for label, regexes in table.items():
            if label.startswith("_"):
                continue
            if isinstance(regexes, str) or not all(isinstance(r, str) for r in regexes):
                raise ValueError(f"keywords for {label!r} must be a list of regex strings.")
            try:
                patterns[label] = tuple(compile_keyword(r) for r in regexes)
            except re.error as exc:
                raise ValueError(f"keywords for {label!r}: bad regex {exc.pattern!r}: {exc}.") from None
        self.patterns_ = patterns
        self.labels_ = tuple(patterns)
        self.min_hits_ = min_hits
        return self

    def decision_function(self, texts: Iterable[str]) -> np.ndarray:
        """Keyword hit counts, shape ``(n_texts, n_labels)``, columns in ``labels_`` order."""
        check_is_fitted(self, "patterns_")
        rows = [[count_hits(self.patterns_[label], text) for label in self.labels_] for text in _texts(texts)]
        return np.array(rows, dtype=int).reshape(len(rows), len(self.labels_))

    def predict_scores(self, texts: Iterable[str]) -> list[dict[str, int]]:
        """Keyword hit counts per text as ``{label: hits}`` dicts."""
        scores = self.decision_function(texts)
        return [dict(zip(self.labels_, map(int, row))) for row in scores]

    def predict(self, texts: Iterable[str]) -> list[list[str]]:
        """Labels with at least ``min_hits_`` hits, per text, in ``labels_`` order."""
        scores = self.decision_function(texts)
        return [[label for label, n in zip(self.labels_, row) if n >= self.min_hits_] for row in scores]


class MajorityTopicBaseline(BaseEstimator):
    """Predict the same labels for every passage, learned from the training label sets.

    ``strategy="label_set"``: the most frequent label set (ties go to the set that comes first
    in ``labels`` order). ``strategy="prevalence"``: every label on more than half of the
    passages. ``labels=None`` means the guide's topic labels.
    """

    def __init__(self, strategy: str = "label_set", labels: Sequence[str] | None = None):
        self.strategy = strategy
        self.labels = labels

    def fit(self, X: Sequence[Any], y: Sequence[Iterable[str]]) -> MajorityTopicBaseline:
        """Learn ``label_set_`` (the prediction) and ``prevalence_`` (share of passages per label)."""
        if self.strategy not in STRATEGIES:
            raise ValueError(f"strategy must be one of {STRATEGIES}, not {self.strategy!r}.")
        labels = tuple(TOPIC_LABELS if self.labels is None else self.labels)
        if len(X) != len(y):
            raise ValueError(f"got {len(X)} texts but {len(y)} label sets.")
        if not y:
            raise ValueError("cannot fit on no passages.")
        position = {label: i for i, label in enumerate(labels)}
        sets = []
        for i, row in enumerate(y):
            if isinstance(row, str):
                raise TypeError(f"label set {i} is the string {row!r}; give a list of labels.")
            unknown = sorted(set(row) - position.keys())
            if unknown:
                raise ValueError(f"label set {i} has unknown label(s) {unknown}.")
            sets.append(tuple(sorted(set(row), key=position.__getitem__)))
        counts = Counter(sets)
        prevalence = {label: sum(label in s for s in sets) / len(sets) for label in labels}
        if self.strategy == "label_set":
            best = min(counts, key=lambda s: (-counts[s], [position[label] for label in s]))
        else:
            best = tuple(label for label in labels if prevalence[label] > 0.5)
        self.labels_ = labels
        self.prevalence_ = prevalence
        self.label_set_ = list(best)
        return self

    def predict(self, texts: Iterable[Any]) -> list[list[str]]:
        """The learned label set, once per text."""
        check_is_fitted(self, "label_set_")
        if isinstance(texts, str):
            raise TypeError("expected a list of texts, got a single string; wrap it in a list.")
        return [list(self.label_set_) for _ in texts]
