"""Segmentation: pages → articles → passages, with exact offsets and keys.

- :mod:`.segmenter`: page furniture, articles, passages (rules in ``data/layout.json``).
- :mod:`.dates`: dates and time stamps of pages and articles.
- :mod:`.keys`: article and passage keys, equal wherever the same text appears.
"""
from __future__ import annotations

from .keys import article_key, passage_key
from .segmenter import segment, segment_document, segment_records

__all__ = ["segment", "segment_document", "segment_records", "article_key", "passage_key"]
