"""Entities: PERSON, ORG and TREATY with canonical names.

- :mod:`.extractor`: the spaCy pipeline (pretrained NER, ruler, post-processing) and :class:`EntityExtractor`.
- :mod:`.ruler`: the fast entity ruler (token patterns anchored on a required word).
- :mod:`.patterns`: the ruler's patterns as data (gazetteers, shape patterns, surnames).
- :mod:`.canonical`: canonical names, resolved page by page.
- :mod:`.casing`: headlines in capitals read in mixed case.

spaCy is imported only when a pipeline is built or loaded.
"""
from __future__ import annotations

from .canonical import Canonicalizer
from .casing import mixed_case
from .extractor import (EntityExtractor, build_pipeline, extract_entities, load_pipeline, load_pretrained,
                        pipeline_spans)
from .patterns import read_patterns

__all__ = ["EntityExtractor", "extract_entities", "load_pipeline", "load_pretrained", "build_pipeline",
           "pipeline_spans", "read_patterns", "Canonicalizer", "mixed_case"]
