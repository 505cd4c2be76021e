"""Training: the entity pipeline (fine-tuning, learnt gazetteer) and the topic classifier.

- :mod:`.trainer`: training functions and the ``train`` command (:func:`train_from_files`).
"""
from __future__ import annotations

from .trainer import (EntityTrainConfig, TrainResult, learnt_patterns, topic_inputs, train_entities,
                      train_from_files, train_topics)

__all__ = ["EntityTrainConfig", "TrainResult", "train_entities", "train_topics", "topic_inputs",
           "learnt_patterns", "train_from_files"]
