"""Loading of the data files that hold rules, gazetteers and aliases (never code)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .config import DATA_DIR


@lru_cache(maxsize=None)
def load_json(name: str, data_dir: str | None = None):
    path = Path(data_dir) if data_dir else DATA_DIR
    with open(path / name, encoding="utf-8") as fh:
        return json.load(fh)


def layout() -> dict:
    """Page-layout rules used by the segmenter (``data/layout.json``)."""
    return load_json("layout.json")
