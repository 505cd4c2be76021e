"""A faster entity ruler: token patterns run only on texts that contain their anchor word.

spaCy's ``Matcher`` tries every token pattern at every token, so its cost grows with the
number of patterns: with the gazetteer's ~900 token patterns the shipped ruler cost as much
as the NER itself (``benchmarks/PROFILE.md``). Almost every pattern has a token that must
be present for it to match, an *anchor* (``{"ORTH": "Prague"}``, ``{"TEXT": {"IN":
["Treaty", "Convention"]}}``, ``{"LOWER": "treaty"}``). :class:`AnchoredMatcher` keeps
one small ``Matcher`` per anchor and, for each text, runs only those whose anchor occurs
in it (one hash lookup per distinct word). Patterns without an anchor run on every text.
The matches are exactly those of one ``Matcher`` holding every pattern.

:class:`AnchoredEntityRuler` is spaCy's ``EntityRuler`` with that matcher; it saves and
loads like the original (the factory ``nlptools_entity_ruler``).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler

ANCHOR_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER"}
_MANDATORY_OPS = {None, "1", "+"}
_COUNT_OP = re.compile(r"^\{\s*(\d+)\s*(?:,\s*\d*\s*)?\}$")


def _mandatory(spec: dict) -> bool:
    """Whether a token spec must match at least one token for the pattern to match."""
    op = spec.get("OP", spec.get("op"))
    if op in _MANDATORY_OPS:
        return True
    m = _COUNT_OP.match(op) if isinstance(op, str) else None
    return bool(m and int(m.group(1)) >= 1)


def anchor(pattern: list[dict]) -> tuple[str, frozenset[str]] | None:
    """The token a pattern cannot match without: ``(attr, strings)``, or None.

    Only exact ORTH/TEXT/LOWER values (a string or an ``IN`` list) of mandatory tokens
    qualify. Capitalised words are preferred (they are rarer in running text), then the
    smallest set, then the first.
    """
    best, best_key = None, None
    for i, spec in enumerate(pattern):
        if not isinstance(spec, dict) or not _mandatory(spec):
            continue
        for key, value in spec.items():
            attr = ANCHOR_ATTRS.get(str(key).upper())
            if attr is None:
                continue
            if isinstance(value, str):
                strings = [value]
            elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list) \
                    and value["IN"] and all(isinstance(v, str) for v in value["IN"]):
                strings = value["IN"]
            else:
                continue
            lower_case = any(not s[:1].isupper() for s in strings)
            sort_key = (lower_case, len(set(strings)), i)
            if best_key is None or sort_key < best_key:
                best, best_key = (attr, frozenset(strings)), sort_key
    return best


class AnchoredMatcher:
    """A drop-in for the ``Matcher`` inside an ``EntityRuler``: ``add``, ``remove``, call on a Doc."""

    def __init__(self, vocab, validate: bool = False, fuzzy_compare: Any = None):
        self.vocab = vocab
        self._options = {"validate": validate}
        if fuzzy_compare is not None:
            self._options["fuzzy_compare"] = fuzzy_compare
        self._groups: dict[Any, Any] = {}          # anchor (or None) → Matcher
        self._index: dict[str, dict[int, list[Any]]] = {"ORTH": {}, "LOWER": {}}  # attr → hash → anchors
        self._keys: dict[int, int] = {}

    def _normalize_key(self, key):
        return self.vocab.strings.add(key) if isinstance(key, str) else key

    def _group(self, anc):
        group = self._groups.get(anc)
        if group is None:
            group = self._groups[anc] = Matcher(self.vocab, **self._options)
            if anc is not None:
                attr, strings = anc
                for s in strings:
                    self._index[attr].setdefault(self.vocab.strings.add(s), []).append(anc)
        return group

    def add(self, key, patterns: Iterable[list[dict]], *, on_match=None, greedy=None) -> None:
        key = self._normalize_key(key)
        for pattern in patterns:
            self._group(anchor(pattern)).add(key, [pattern], on_match=on_match, greedy=greedy)
            self._keys[key] = self._keys.get(key, 0) + 1

    def remove(self, key) -> None:
        key = self._normalize_key(key)
        if key not in self._keys:
            raise ValueError(f"No pattern with the key {key!r} in the matcher.")
        for anc, group in list(self._groups.items()):
            if key in group:
                group.remove(key)
            if len(group) == 0:
                del self._groups[anc]
                if anc is not None:
                    for s in anc[1]:
                        entries = self._index[anc[0]][self.vocab.strings[s]]
                        entries.remove(anc)
        del self._keys[key]

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key) -> bool:
        return self._normalize_key(key) in self._keys

    def _active(self, doc) -> list[Any]:
        if len(doc) == 0:
            return []
        array = doc.to_array([ORTH, LOWER])
        active = set()
        for attr, column in (("ORTH", 0), ("LOWER", 1)):
            index = self._index[attr]
            for h in set(array[:, column].tolist()):
                found = index.get(h)
                if found:
                    active.update(found)
        return [a for a in self._groups if a is None or a in active]

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        matches = []
        for anc in self._active(doc):
            matches.extend(self._groups[anc](doc))
        return sorted(set(matches), key=lambda m: (m[1], m[2], m[0]))


class AnchoredEntityRuler(EntityRuler):
    """spaCy's ``EntityRuler`` whose token patterns go through an :class:`AnchoredMatcher`."""

    def __init__(self, nlp, name: str = "entity_ruler", *, patterns=None, **kwargs):
        super().__init__(nlp, name, **kwargs)
        self.clear()
        if patterns is not None:
            self.add_patterns(patterns)

    def clear(self) -> None:
        super().clear()
        self.matcher = AnchoredMatcher(self.nlp.vocab, validate=self._validate,
                                       fuzzy_compare=self.matcher_fuzzy_compare)

    def match(self, doc):
        """Longest matches first, then leftmost. A tie on one span goes to a gazetteer entry (a
        pattern with an id, the canonical name), preferring an id other than the matched text
        ("UN" → "United Nations" over "UN" → "UN"), then to the first key in alphabetical order.

        spaCy's ``EntityRuler`` breaks such ties by the iteration order of a set of hashes.
        """
        self._require_patterns()
        found = {m for m in list(self.matcher(doc)) + list(self.phrase_matcher(doc)) if m[1] != m[2]}
        strings = self.nlp.vocab.strings

        def key(m):
            ent_id = self._ent_ids.get(m[0], (None, None))[1]
            return (m[1] - m[2], m[1], ent_id is None, ent_id == doc[m[1]:m[2]].text, strings[m[0]])

        return sorted(found, key=key)


def make_anchored_entity_ruler(nlp, name: str, phrase_matcher_attr, matcher_fuzzy_compare, validate: bool,
                               overwrite_ents: bool, ent_id_sep: str, scorer):
    """Factory of the ``nlptools_entity_ruler`` component (the settings of spaCy's ``entity_ruler``)."""
    return AnchoredEntityRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr,
                               matcher_fuzzy_compare=matcher_fuzzy_compare, validate=validate,
                               overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep, scorer=scorer)
