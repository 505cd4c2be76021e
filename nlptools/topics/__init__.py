"""Topics: the multi-label topic classifier and the baselines it is compared with.

- :mod:`.classifier`: :class:`TopicClassifier` (a scikit-learn estimator) and its features.
- :mod:`.baselines`: the keyword and majority baselines, and the keyword matching both share.
"""
from __future__ import annotations

from .baselines import KeywordTopicBaseline, MajorityTopicBaseline
from .classifier import TopicClassifier

__all__ = ["TopicClassifier", "KeywordTopicBaseline", "MajorityTopicBaseline"]
