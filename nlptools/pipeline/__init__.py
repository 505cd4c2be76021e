"""The enrich pipeline: segmentation, entities and topics over documents, into records.

- :mod:`.enricher`: :class:`Enricher` (what ``nlptools.load`` returns), run statistics, local processes.
- :mod:`.distributed`: the same job on a Dask cluster (``--engine dask``).
- :mod:`.run`: :func:`enrich_to_file`, a whole run into a safe, resumable output file (``nlptools enrich``).
"""
from __future__ import annotations

from .enricher import Enricher, RunStats, annotation_tasks, enrich_parallel
from .run import enrich_to_file

__all__ = ["Enricher", "RunStats", "enrich_parallel", "annotation_tasks", "enrich_to_file"]
