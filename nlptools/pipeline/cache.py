"""What a passage's text alone determines, computed once per distinct text in a run.

A crawl of the site holds every article on its own page and again in the news lists of many
other pages: the same titles and opening paragraphs come back again and again. The entity
pipeline's spans of a passage depend only on its text (offsets are relative to the passage,
so where it sits on the page does not matter); its topic scores depend on its text, its
article's title and its canonical entity names. Both are kept here, keyed by a hash of exactly
those inputs, least recently used out. Canonical names (resolved from the whole page) and
article topics are still made per page, so output with and without the cache is the same.

The key is the exact text, not the contract's passage ``key``: that one is case-folded and
whitespace-collapsed, while the NER's spans depend on case and on each whitespace character.
"""
from __future__ import annotations

import hashlib
from typing import Callable, Hashable, Sequence, TypeVar

from cachetools import LRUCache

T = TypeVar("T")


def text_key(*parts: str) -> bytes:
    """A 128-bit digest of the parts (small in memory, whatever the passage's length)."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.digest()


class PassageCache:
    """Two bounded LRU maps: passage text → raw entity spans; (text, title, entities) → topics."""

    def __init__(self, size: int):
        self.entities: LRUCache = LRUCache(size)
        self.topics: LRUCache = LRUCache(size)
        self.hits = 0
        self.misses = 0

    def through(self, table: LRUCache, keys: Sequence[Hashable], inputs: Sequence,
                compute: Callable[[list], Sequence[T]]) -> list[T]:
        """Values for ``keys``: cached ones looked up, the others computed once per distinct key
        (in one call of ``compute`` on their inputs, in order) and stored."""
        found = [table.get(k) for k in keys]
        todo: dict[Hashable, object] = {}
        for k, x, v in zip(keys, inputs, found):
            if v is None and k not in todo:
                todo[k] = x
        self.misses += len(todo)
        self.hits += len(keys) - len(todo)
        fresh = dict(zip(todo, compute(list(todo.values())))) if todo else {}
        for k, v in fresh.items():
            table[k] = v
        return [v if v is not None else fresh[k] for k, v in zip(keys, found)]
