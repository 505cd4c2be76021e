"""Inputs, keyword matching and thresholding shared by the classifier, the keyword baseline and the array model.

No scikit-learn here, so that predicting topics from the exported arrays (:mod:`.arrays`) does not import it.
"""
from __future__ import annotations

import re

import numpy as np
from collections.abc import Sequence
from typing import Any

from ..types import Topic


def as_items(X: Sequence[Any]) -> list[dict[str, Any]]:
    """Inputs as ``{"text", "title", "entities"}`` dicts: accepts strings, dicts and (text, title)
    pairs. ``entities`` are the passage's canonical names as "LABEL:name" strings (may be missing)."""
    items = []
    for x in X:
        if isinstance(x, str):
            items.append({"text": x, "title": "", "entities": []})
        elif isinstance(x, dict):
            items.append({"text": x.get("text", ""), "title": x.get("title") or "",
                          "entities": list(x.get("entities") or [])})
        else:
            text, title = x
            items.append({"text": text, "title": title or "", "entities": []})
    return items


def over_thresholds(scores, thresholds) -> np.ndarray:
    """Which calibrated scores reach their label's threshold: the one decision rule of every topic model
    (the estimator's ``predict``/``predict_topics`` and the array model alike)."""
    return np.asarray(scores) >= np.asarray(thresholds)


def topics_over_thresholds(scores, classes: Sequence[str], thresholds) -> list[list[Topic]]:
    """Per row of calibrated ``scores``, the labels at or over their thresholds with their scores, highest first."""
    out = []
    for row, over in zip(scores, over_thresholds(scores, thresholds)):
        hits = [Topic(classes[j], float(row[j])) for j in np.flatnonzero(over)]
        out.append(sorted(hits, key=lambda t: (-t.score, t.label)))
    return out


def compile_keyword(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile one keyword regex: case-insensitive by default, and it must start and end at word boundaries."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", flags)


def distinct_stretches(spans: Sequence[tuple[int, int]]) -> int:
    """How many separate stretches sorted ``(start, end)`` spans cover (overlapping spans count once)."""
    hits, reach = 0, -1
    for start, end in spans:
        if start >= reach:
            hits += 1
        reach = max(reach, end)
    return hits


_SPACES = re.compile(r"\s+")


def one_space(text: str) -> str:
    """``text`` with every run of white space as one space: a keyword phrase ("world order") matches
    however the page spaced or wrapped it."""
    return _SPACES.sub(" ", text)


def keyword_counts(texts: Sequence[str], folded: Sequence[str], cased: Sequence[str],
                   exact: Sequence[str]) -> list[list[int]]:
    """Per text and label, the keyword hits of ``exact`` (one regex per label), counted fast.

    The :func:`~nlptools.topics.classifier.foldable` alternatives (``folded``, lower-cased) are
    matched on the lower-cased text without ``re.IGNORECASE``, the others (``cased``) on the text;
    when matches of the two kinds overlap, or lower-casing changes the text's length, the label
    is counted with ``exact`` itself. Runs of white space in the texts count as one space.
    """
    folded_re = [compile_keyword(p, flags=0) if p else None for p in folded]
    cased_re = [compile_keyword(p) if p else None for p in cased]
    exact_re = [compile_keyword(p) if p else None for p in exact]
    rows = []
    for text in map(one_space, texts):
        low = text.lower()
        if len(low) != len(text):  # rare letters whose lower case is longer: match the text itself
            rows.append([len(e.findall(text)) if e else 0 for e in exact_re])
            continue
        row = []
        for f, c, e in zip(folded_re, cased_re, exact_re):
            if c is None:
                row.append(len(f.findall(low)) if f else 0)
                continue
            spans = sorted(([m.span() for m in f.finditer(low)] if f else []) + [m.span() for m in c.finditer(text)])
            row.append(len(spans) if distinct_stretches(spans) == len(spans) else len(e.findall(text)))
        rows.append(row)
    return rows
