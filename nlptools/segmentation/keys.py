"""Keys that are equal wherever the same text appears (``docs/records.md``).

A passage's key hashes its normalised text; an article's key hashes its normalised title
(a trailing date dropped) and the first twelve words of its normalised body, so the main
article of one page and the listing item that repeats it on another page share a key.
No date, path or run-dependent value goes into a key.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Iterable

from .dates import strip_trailing_date

KEY_HEX_DIGITS = 16
BODY_WORDS = 12

_UNIFY = str.maketrans({
    **{c: "'" for c in "‘’‚‛′`´ʼ"},
    **{c: '"' for c in "“”„‟«»″‹›"},
    **{c: "-" for c in "‐‑‒–—―−﹘﹣－"},
})
_SPACE = re.compile(r"\s+")


def normalise_for_key(text: str) -> str:
    """Unicode NFKC, case-folded, quotes, apostrophes and dashes unified, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_UNIFY)
    return _SPACE.sub(" ", text).strip()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:KEY_HEX_DIGITS]


def passage_key(text: str) -> str:
    """The key of a passage: a hash of its normalised text."""
    return _digest(normalise_for_key(text))


def article_key(title: str | None, body: Iterable[str]) -> str:
    """The key of an article from its title and the texts of its body's passages, in order."""
    words: list[str] = []
    for text in body:
        words += normalise_for_key(text).split()
        if len(words) >= BODY_WORDS:
            break
    head = normalise_for_key(strip_trailing_date(title or ""))
    return _digest(head + "\n" + " ".join(words[:BODY_WORDS]))
