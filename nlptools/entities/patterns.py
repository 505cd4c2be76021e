"""The entity ruler's patterns as data: gazetteers and shape patterns of ``data/*.jsonl``, and the
surname patterns derived from the gazetteer's people."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import jsonlines

from .. import config
from ..resources import load_json

PATTERN_FILES = ("entity_patterns.jsonl", "media_outlets.jsonl", "treaty_patterns.jsonl", "org_patterns.jsonl",
                 "person_patterns.jsonl")


def read_patterns(data_dir: str | Path | None = None, files: Sequence[str] = PATTERN_FILES) -> list[dict]:
    """Entity-ruler patterns from the JSONL data files, plus surname patterns for gazetteer people."""
    base = Path(data_dir) if data_dir else config.DATA_DIR
    patterns = []
    for name in files:
        path = base / name
        if not path.exists():
            continue
        with jsonlines.open(path) as reader:
            patterns.extend(reader.iter(type=dict, skip_empty=True))
    return patterns + surname_patterns(patterns)


def surname_patterns(patterns: Sequence[dict]) -> list[dict]:
    """A PERSON pattern for the surname of each full name in the gazetteer ("Lavrov" → Sergey Lavrov).

    Surnames listed in ``surname_pattern_exclude`` (common words, very common names) and
    surnames shared by two people of the gazetteer are left out.
    """
    exclude = set(load_json("entity_rules.json")["surname_pattern_exclude"])
    owners: dict[str, set[str]] = {}
    for p in patterns:
        if p.get("label") == "PERSON" and isinstance(p.get("pattern"), str) and " " in p["pattern"]:
            surname = p["pattern"].split()[-1]
            owners.setdefault(surname, set()).add(p.get("id") or p["pattern"])
    return [{"label": "PERSON", "pattern": [{"TEXT": s}], "id": next(iter(ids))}
            for s, ids in sorted(owners.items())
            if len(ids) == 1 and s not in exclude and len(s) > 2 and s[:1].isupper()]
