"""Evaluation: predictions of the models (or of models retrained per fold), the report's figures, the report.

- :mod:`.evaluator`: :func:`evaluate` (the ``evaluate`` command), predictions with the models and by
  cross-validation, and every figure of a report (scored by :mod:`nlptools.scoring`).
- :mod:`.reports`: the report as JSON, Markdown and plots.
"""
from __future__ import annotations

from .evaluator import build_report, cross_validate, evaluate, predict_with_models
from .reports import write_report

__all__ = ["evaluate", "predict_with_models", "cross_validate", "build_report", "write_report"]
