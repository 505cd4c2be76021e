"""Topics: the multi-label topic classifier and the baselines it is compared with.

- :mod:`.classifier`: :class:`TopicClassifier` (a scikit-learn estimator) and its features.
- :mod:`.baselines`: the keyword and majority baselines.
- :mod:`.features`: inputs, keyword matching and thresholds, shared without scikit-learn.
- :mod:`.arrays`: the fitted classifier as plain arrays, predicted with numpy alone (``enrich``).

The estimators are imported on first use, so that the array model loads without scikit-learn.
"""
from __future__ import annotations

__all__ = ["TopicClassifier", "KeywordTopicBaseline", "MajorityTopicBaseline"]


def __getattr__(name: str):
    if name == "TopicClassifier":
        from .classifier import TopicClassifier

        return TopicClassifier
    if name in ("KeywordTopicBaseline", "MajorityTopicBaseline"):
        from . import baselines

        return getattr(baselines, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
