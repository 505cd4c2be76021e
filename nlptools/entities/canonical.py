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

from .. import config
from ..types import Entity

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def normalise(text: str) -> str:
    """Collapse whitespace and unify quotes; drop a leading "the"."""
    text = re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()
    return re.sub(r"^(?:the|The)\s+(?=\S)", "", text) if not text.startswith("The Times") else text


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


def _surname_only(norm: str) -> str | None:
    """The surname of a mention that is a surname alone or initials and a surname ("Lavrov", "S.V.Lavrov")."""
    parts = [p for p in re.split(r"[\s.]+", norm) if p]
    if parts and (len(parts) == 1 or len(parts[-1]) > 1 and all(len(p) == 1 for p in parts[:-1])):
        return parts[-1]
    return None


def _surname(name: str) -> str:
    return re.split(r"[\s.]+", name.strip(". "))[-1]


class Canonicalizer:
    """Resolve raw mentions of one document to canonical names."""

    def __init__(self, aliases: dict[str, dict[str, str]] | None = None,
                 person_names: Sequence[str] | None = None,
                 ambiguous: dict[str, dict[str, list[str]]] | None = None):
        if aliases is None or person_names is None or ambiguous is None:
            a, p, amb = _default_tables()
            aliases = a if aliases is None else aliases
            person_names = p if person_names is None else person_names
            ambiguous = amb if ambiguous is None else ambiguous
        self.aliases = {label: {normalise(k): v for k, v in table.items()} for label, table in aliases.items()}
        self.ambiguous = {label: {normalise(k).casefold(): list(v) for k, v in table.items()}
                          for label, table in ambiguous.items() if isinstance(table, dict)}
        self.aliases_folded = {label: {k.casefold(): v for k, v in table.items()}
                               for label, table in self.aliases.items()}
        by_surname: dict[str, set[str]] = defaultdict(set)
        for name in person_names:
            by_surname[_surname(name)].add(name)
        self.known_by_surname = {s: next(iter(n)) for s, n in by_surname.items() if len(n) == 1}
        orgs = set(self.aliases.get("ORG", {}))
        self.known_treaty_acronyms = {k for k in self.aliases.get("TREATY", {})
                                      if _ACRONYM.match(k) and k not in orgs}

    def alias(self, label: str, text: str) -> str | None:
        norm = normalise(text)
        table = self.aliases.get(label, {})
        return table.get(norm) or self.aliases_folded.get(label, {}).get(norm.casefold())

    def candidates(self, label: str, text: str) -> list[str] | None:
        """The possible referents of a mention whose meaning depends on the page, else None."""
        return self.ambiguous.get(label, {}).get(normalise(text).casefold())

    def canonical(self, label: str, text: str, ruler_id: str | None, doc_people: dict[str, set[str]],
                  doc_names: set[str] = frozenset()) -> str:
        """The canonical name of one mention, given the full names (``doc_people``) and the unambiguous
        canonical names (``doc_names``) of its page.

        A surname resolves to the one full name of the page that ends with it before any global alias
        ("Carter" after "Sir Nicholas Carter" is Nicholas Carter, whatever the gazetteer knows); a
        mention with several possible referents takes the one its page names, else stays as written.
        """
        norm = normalise(text)
        surname = _surname_only(norm) if label == "PERSON" else None
        if surname and len(doc_people.get(surname, ())) == 1:
            return next(iter(doc_people[surname]))
        options = self.candidates(label, text)
        if options is not None:
            named = [c for c in options if c in doc_names]
            return named[0] if len(named) == 1 else norm
        hit = self.alias(label, text)
        if hit:
            return hit
        if ruler_id:
            return ruler_id
        if surname and not doc_people.get(surname) and surname in self.known_by_surname:
            return self.known_by_surname[surname]
        return norm

    def treaty_acronyms(self, raw: Sequence[Sequence[tuple]]) -> set[str]:
        """Acronyms that name a treaty on this page: those the aliases know only as a treaty, and
        those the page itself uses as a treaty's name ("the INF Treaty", "... Weapons (NPT)")."""
        found = set()
        for items in raw:
            for _, _, label, text, _ in items:
                if label != "TREATY":
                    continue
                words = text.replace("-", " ").split()
                if len(words) == 1 and _ACRONYM.match(words[0]):
                    found.add(words[0])
                elif len(words) == 2 and _ACRONYM.match(words[0]) and words[1].lower() == "treaty":
                    found.add(words[0])
        return found | self.known_treaty_acronyms

    def resolve(self, raw: Sequence[Sequence[tuple]]) -> list[list[Entity]]:
        """``raw``: per text, tuples ``(start, end, label, text, ruler_id)``; all texts of one document.

        An acronym read as an organisation becomes a treaty when it names a treaty on this page or
        only a treaty in the aliases ("INF" after "the INF Treaty").
        """
        acronyms = self.treaty_acronyms(raw)
        raw = [[(s, e, "TREATY" if label == "ORG" and text in acronyms else label, text, rid)
                for s, e, label, text, rid in items] for items in raw]
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
        doc_names = {self.alias(label, text) or rid or normalise(text)
                     for items in raw for _, _, label, text, rid in items
                     if self.candidates(label, text) is None}
        out = []
        for items in raw:
            out.append([Entity(s, e, label, text, self.canonical(label, text, rid, doc_people, doc_names))
                        for s, e, label, text, rid in items])
        return out


_TABLES: tuple | None = None


def _default_tables(data_dir: Path | None = None):
    """Aliases and the PERSON names of the gazetteer, from the data files."""
    global _TABLES
    if _TABLES is None:
        import json

        import jsonlines

        base = data_dir or config.DATA_DIR
        aliases, ambiguous = {}, {}
        path = base / "aliases.json"
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            ambiguous = data.pop("ambiguous", {})
            aliases = {k: v for k, v in data.items() if isinstance(v, dict)}
        people = set()
        patterns = base / "entity_patterns.jsonl"
        if patterns.exists():
            with jsonlines.open(patterns) as reader:
                people.update(p["id"] for p in reader.iter(type=dict, skip_empty=True)
                              if p.get("label") == "PERSON" and p.get("id"))
        _TABLES = (aliases, sorted(people), ambiguous)
    return _TABLES
