"""Canonical names: one normalised name for every mention of the same person, body or treaty.

Aliases and gazetteer ids come from data files (``data/aliases.json``, the ``id`` of
``data/entity_patterns.jsonl``); surname-only mentions resolve to the full name seen
in the same document ("Lavrov" → "Sergey Lavrov").
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Sequence

from . import config
from .types import Entity

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def normalise(text: str) -> str:
    """Collapse whitespace and unify quotes; drop a leading "the"."""
    text = re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()
    return re.sub(r"^(?:the|The)\s+(?=\S)", "", text) if not text.startswith("The Times") else text


def _surname(name: str) -> str:
    return re.split(r"[\s.]+", name.strip(". "))[-1]


class Canonicalizer:
    """Resolve raw mentions of one document to canonical names."""

    def __init__(self, aliases: dict[str, dict[str, str]] | None = None,
                 person_names: Sequence[str] | None = None):
        if aliases is None or person_names is None:
            a, p = _default_tables()
            aliases = a if aliases is None else aliases
            person_names = p if person_names is None else person_names
        self.aliases = {label: {normalise(k): v for k, v in table.items()} for label, table in aliases.items()}
        self.aliases_folded = {label: {k.casefold(): v for k, v in table.items()}
                               for label, table in self.aliases.items()}
        by_surname: dict[str, set[str]] = defaultdict(set)
        for name in person_names:
            by_surname[_surname(name)].add(name)
        self.known_by_surname = {s: next(iter(n)) for s, n in by_surname.items() if len(n) == 1}

    def alias(self, label: str, text: str) -> str | None:
        norm = normalise(text)
        table = self.aliases.get(label, {})
        return table.get(norm) or self.aliases_folded.get(label, {}).get(norm.casefold())

    def canonical(self, label: str, text: str, ruler_id: str | None, doc_people: dict[str, set[str]]) -> str:
        hit = self.alias(label, text)
        if hit:
            return hit
        if ruler_id:
            return ruler_id
        norm = normalise(text)
        if label == "PERSON":
            parts = [p for p in re.split(r"[\s.]+", norm) if p]
            if len(parts) == 1 or len(parts[-1]) > 1 and all(len(p) == 1 for p in parts[:-1]):
                surname = parts[-1]
                full = doc_people.get(surname, set())
                if len(full) == 1:
                    return next(iter(full))
                if not full and surname in self.known_by_surname:
                    return self.known_by_surname[surname]
        return norm

    def resolve(self, raw: Sequence[Sequence[tuple]]) -> list[list[Entity]]:
        """``raw``: per text, tuples ``(start, end, label, text, ruler_id)``; all texts of one document."""
        doc_people: dict[str, set[str]] = defaultdict(set)
        for items in raw:
            for _, _, label, text, rid in items:
                if label != "PERSON":
                    continue
                norm = normalise(text)
                parts = norm.split()
                if len(parts) >= 2 and not all(len(p.strip(".")) <= 1 for p in parts[:-1]):
                    full = self.alias("PERSON", norm) or rid or norm
                    doc_people[_surname(norm)].add(full)
        out = []
        for items in raw:
            out.append([Entity(s, e, label, text, self.canonical(label, text, rid, doc_people))
                        for s, e, label, text, rid in items])
        return out


_TABLES: tuple | None = None


def _default_tables(data_dir: Path | None = None):
    """Aliases and the PERSON names of the gazetteer, from the data files."""
    global _TABLES
    if _TABLES is None:
        import json

        base = data_dir or config.DATA_DIR
        aliases = {}
        path = base / "aliases.json"
        if path.exists():
            aliases = {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items()
                       if isinstance(v, dict)}
        people = set()
        patterns = base / "entity_patterns.jsonl"
        if patterns.exists():
            for line in patterns.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    p = json.loads(line)
                    if p.get("label") == "PERSON" and p.get("id"):
                        people.add(p["id"])
        _TABLES = (aliases, sorted(people))
    return _TABLES
