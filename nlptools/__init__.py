"""nlptools: pages of the Russian Embassy in the UK's website → articles, passages, entities and topics.

Import is light: spaCy and scikit-learn load only when a model is used.
"""
from __future__ import annotations

from ._version import __version__

__all__ = ["__version__", "segment", "read", "load"]


def segment(text: str, doc_id: str = "", source: str = "", **kwargs):
    """Segment one page's text into articles and passages (see :mod:`nlptools.segmentation`)."""
    from .segmentation.segmenter import segment as _segment

    return _segment(text, doc_id=doc_id, source=source, **kwargs)


def read(paths, skipped=None, on_error: str = "skip"):
    """Documents of folders, text files and JSONL files, lazily (see :mod:`nlptools.io.reading`)."""
    from .io.reading import iter_documents

    return iter_documents([paths] if isinstance(paths, str) else paths, skipped=skipped, on_error=on_error)


def load(model_dir=None, **kwargs):
    """Load the models once and return an :class:`nlptools.pipeline.Enricher`."""
    from .pipeline.enricher import Enricher

    return Enricher.load(model_dir, **kwargs)
