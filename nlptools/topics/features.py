"""Inputs, keyword matching and thresholding shared by the classifier, the keyword baseline and the array model.

No scikit-learn here, so that predicting topics from the exported arrays (:mod:`.arrays`) does not import it.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

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


#: The words of a passage for the n-gram features (scikit-learn's pattern, with inner hyphens and apostrophes).
WORD_PATTERN = r"(?u)\b\w[\w'-]*\b"
_WORDS = re.compile(WORD_PATTERN)
_STEMMERS = threading.local()


def stemmed_words(text: str) -> list[str]:
    """The words of ``text`` (already lower-cased) reduced to their Snowball English stems.

    "sanctions", "sanctioned" and "sanctioning" become one feature, so a passage that words a
    subject differently from the training passages still meets its features. PyStemmer's objects
    are not thread-safe, hence one per thread.
    """
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        import Stemmer

        stemmer = _STEMMERS.english = Stemmer.Stemmer("english")
    return stemmer.stemWords(_WORDS.findall(text))


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


def _heads(items: list, k: int) -> set[str] | None:
    """The strings of ``k`` characters that every match of a parsed regex (``items``) starts with,
    or None when a match may start otherwise (a class, a flag, a repeat, an assertion...)."""
    from re import _constants as c

    if k == 0:
        return {""}
    if not items:
        return None
    op, av = items[0]
    rest = items[1:]
    if op is c.LITERAL:
        tail = _heads(rest, k - 1)
        return None if tail is None else {chr(av) + t for t in tail}
    if op is c.SUBPATTERN:
        if av[1] or av[2]:  # inline flags
            return None
        return _heads(list(av[3]) + rest, k)
    alternatives = None
    if op is c.BRANCH:
        alternatives = [list(alt) + rest for alt in av[1]]
    elif op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:  # "x?" (greedy): with x, or without it
        alternatives = [list(av[2]) + rest, rest]
    elif op is c.IN and all(o is c.LITERAL for o, _ in av):
        alternatives = [[(c.LITERAL, ch)] + rest for _, ch in av]
    if alternatives is None:
        return None
    out: set[str] = set()
    for alt in alternatives:
        found = _heads(alt, k)
        if found is None:
            return None
        out |= found
    return out


#: Letters that ``re.IGNORECASE`` matches to ASCII ones ("ı" to "i", "ſ" to "s") and ``lower()`` keeps as they are.
_IGNORECASE_ONLY = re.compile("[ıſ]")

#: Where a keyword match can start: the first character of a word (keywords start and end at word boundaries).
_WORD_START = re.compile(r"(?<!\w)\w")
#: How many first characters of a word the index of :func:`word_start_index` is keyed by.
HEAD_WIDTH = 3


@lru_cache(maxsize=8)
def word_start_index(patterns: tuple[str, ...], width: int = HEAD_WIDTH) -> dict[str, list[int]] | None:
    """The labels (indices of ``patterns``, matched without flags) whose keywords a word starting
    with each ``width`` characters can begin; None unless every pattern's matches all start with
    known ``width`` characters (then only those words need to be tried, not every position)."""
    try:  # the regex parser is private to the re module: without it, every position is tried
        from re import _constants, _parser  # noqa: F401 (_constants is used by _heads)
    except ImportError:
        return None
    index: dict[str, list[int]] = {}
    for j, pattern in enumerate(patterns):
        if not pattern:
            continue
        try:
            parsed = _parser.parse(pattern, 0)
        except re.error:
            return None
        heads = None if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) else _heads(list(parsed), width)
        if heads is None:
            return None
        if any(not _WORD_START.match(head) for head in heads):  # a keyword that starts with no word character
            return None
        for head in heads:
            index.setdefault(head, []).append(j)
    return index


def _scan(regex: re.Pattern[str], text: str, starts: Sequence[int]) -> list[tuple[int, int]]:
    """``[m.span() for m in regex.finditer(text)]`` when every match starts at one of ``starts`` (ascending)."""
    spans: list[tuple[int, int]] = []
    end = 0
    for p in starts:
        if p >= end:
            m = regex.match(text, p)
            if m:
                spans.append(m.span())
                end = max(m.end(), p + 1)
    return spans


def keyword_counts(texts: Sequence[str], folded: Sequence[str], cased: Sequence[str],
                   exact: Sequence[str]) -> list[list[int]]:
    """Per text and label, the keyword hits of ``exact`` (one regex per label), counted fast.

    The :func:`~nlptools.topics.classifier.foldable` alternatives (``folded``, lower-cased) are
    matched on the lower-cased text without ``re.IGNORECASE``, the others (``cased``) on the text;
    when matches of the two kinds overlap, or lower-casing changes the text's length or leaves a
    letter ``re.IGNORECASE`` reads as ASCII ("ı", "ſ"), the label is counted with ``exact`` itself.
    Runs of white space in the texts count as one space.
    """
    folded_re = [compile_keyword(p, flags=0) if p else None for p in folded]
    cased_re = [compile_keyword(p) if p else None for p in cased]
    exact_re = [compile_keyword(p) if p else None for p in exact]
    index = word_start_index(tuple(folded))
    rows = []
    for text in map(one_space, texts):
        low = text.lower()
        if len(low) != len(text) or _IGNORECASE_ONLY.search(low):  # rare letters lower() cannot fold: match the text
            rows.append([len(e.findall(text)) if e else 0 for e in exact_re])
            continue
        if index is not None:  # the folded keywords are tried only at the words that can begin them
            starts: dict[int, list[int]] = {}
            for m in _WORD_START.finditer(low):
                p = m.start()
                for j in index.get(low[p:p + HEAD_WIDTH], ()):
                    starts.setdefault(j, []).append(p)
        row = []
        for j, (f, c, e) in enumerate(zip(folded_re, cased_re, exact_re)):
            if f is None:
                found = []
            elif index is not None:
                found = _scan(f, low, starts.get(j, ()))
            else:
                found = [m.span() for m in f.finditer(low)]
            if c is None:
                row.append(len(found))
                continue
            spans = sorted(found + [m.span() for m in c.finditer(text)])
            row.append(len(spans) if distinct_stretches(spans) == len(spans) else len(e.findall(text)))
        rows.append(row)
    return rows
