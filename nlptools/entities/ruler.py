"""A faster entity ruler: token patterns run only on texts that contain their anchor word.

spaCy's ``Matcher`` tries every token pattern at every token, so its cost grows with the
number of patterns: with the gazetteer's ~900 token patterns the shipped ruler cost as much
as the NER itself (``benchmarks/PROFILE.md``). Almost every pattern has a token that must
be present for it to match, an *anchor* (``{"ORTH": "Prague"}``, ``{"TEXT": {"IN":
["Treaty", "Convention"]}}``, ``{"LOWER": "treaty"}``). :class:`AnchoredMatcher` keeps
one small ``Matcher`` per anchor and, for each text, runs only those whose anchor occurs
in it (one hash lookup per distinct word). Patterns without an anchor run on every text that
holds a match of their *text prefilter* (the regex of one of their tokens, searched in the whole
text: a name in initials needs "A." somewhere), or on every text when one of them has none.
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
_LEXICAL_ATTRS = {"ORTH", "TEXT", "LOWER", "SHAPE", "PREFIX", "SUFFIX", "LENGTH"}
#: Components that never change a Doc's tokens or their lexical attributes.
_TOKEN_SAFE_FACTORIES = {"ner", "beam_ner", "tok2vec", "tagger", "morphologizer", "senter", "parser",
                         "beam_parser", "lemmatizer", "trainable_lemmatizer", "entity_linker", "textcat",
                         "textcat_multilabel", "spancat", "spancat_singlelabel", "span_finder", "entity_ruler",
                         "span_ruler", "nlptools_entity_ruler", "nlptools_entity_rules"}
_COUNT_OP = re.compile(r"^\{\s*(\d*)\s*(,?)\s*(\d*)\s*\}$")


def _op(spec) -> Any:
    """A token spec's operator; spaCy reads keys in any case ("OP", "op", "Op")."""
    if not isinstance(spec, dict):
        return None
    return next((v for k, v in spec.items() if isinstance(k, str) and k.upper() == "OP"), None)


def _bounds(spec) -> tuple[int, int | None]:
    """How many tokens a spec matches at least and at most (None: no limit)."""
    op = _op(spec)
    if op in (None, "1", "!"):
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "+":
        return 1, None
    m = _COUNT_OP.match(op) if isinstance(op, str) else None
    if m is None:
        return 0, None  # "*"
    low = int(m.group(1) or 0)
    if not m.group(2):
        return low, low  # "{n}"
    return low, int(m.group(3)) if m.group(3) else None  # "{n,m}", "{,m}", "{n,}"


def _mandatory(spec: dict) -> bool:
    """Whether a pattern needs a token with this spec's values ("!" needs one without them)."""
    return _op(spec) != "!" and _bounds(spec)[0] >= 1


def max_length(pattern: list[dict]) -> int | None:
    """The most tokens a pattern can match, or None when an operator makes it unbounded."""
    n = 0
    for spec in pattern:
        most = _bounds(spec)[1]
        if most is None:
            return None
        n += most
    return n


def anchor(pattern: list[dict]) -> tuple[str, frozenset[str]] | None:
    """The token a pattern cannot match without: ``(attr, strings)``, or None.

    Only exact ORTH/TEXT/LOWER values (a string or an ``IN`` list) of mandatory tokens
    qualify. Capitalised words are preferred (they are rarer in running text), then the
    smallest set, then the first.
    """
    return _anchor(pattern)[0]


#: Zero-width assertions that could hold inside a token but not at the same place in the whole text (and
#: back references and inline flags, which would not survive joining the regexes into one).
_CONTEXT_DEPENDENT = re.compile(r"\\[bBAZ1-9]|\(\?[=!<P(aiLmsux-]|[\^$]")


def text_prefilter(pattern: list[dict]) -> str | None:
    """A regex the text of a Doc must contain for ``pattern`` to match in it, or None.

    A mandatory token ``{"TEXT": {"REGEX": r}}`` (or ``ORTH``) matches only a token whose text
    ``r`` finds something in; that token's text is part of the Doc's text, so ``r`` without its
    ``^`` and ``$`` finds something there too. Regexes with other assertions (``\\b``, lookarounds,
    back references) are not used: they may hold inside a token and not in the whole text.
    """
    for spec in pattern:
        if not isinstance(spec, dict) or not _mandatory(spec):
            continue
        for key, value in spec.items():
            if str(key).upper() not in ("TEXT", "ORTH") or not isinstance(value, dict) or set(value) != {"REGEX"} \
                    or not isinstance(value["REGEX"], str):
                continue
            regex = value["REGEX"][1:] if value["REGEX"].startswith("^") else value["REGEX"]
            if regex.endswith("$") and not regex.endswith("\\$"):
                regex = regex[:-1]
            if regex and not _CONTEXT_DEPENDENT.search(regex):
                try:
                    re.compile(regex)
                except re.error:
                    continue
                return regex
    return None


def reach(pattern: list[dict], index: int) -> tuple[int, int] | None:
    """How many tokens a match can hold before and after a token matched by ``pattern[index]``."""
    before, own, after = (max_length(part) for part in (pattern[:index], pattern[index:index + 1],
                                                         pattern[index + 1:]))
    if before is None or own is None or after is None:
        return None
    return before + own - 1, after + own - 1


def _anchor(pattern: list[dict]) -> tuple[tuple[str, frozenset[str]] | None, int]:
    best, best_key, best_i = None, None, -1
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
                best, best_key, best_i = (attr, frozenset(strings)), sort_key, i
    return best, best_i


class AnchoredMatcher:
    """A drop-in for the ``Matcher`` inside an ``EntityRuler``: ``add``, ``remove``, call on a Doc."""

    def __init__(self, vocab, validate: bool = True, fuzzy_compare: Any = None):
        self.vocab = vocab
        self._options = {"validate": validate}
        if fuzzy_compare is not None:
            self._options["fuzzy_compare"] = fuzzy_compare
        self._groups: dict[Any, Any] = {}          # anchor (or None) → Matcher
        self._reach: dict[Any, tuple[int, int] | None] = {}  # anchor → tokens a match reaches around it
        self._hashes: dict[Any, tuple[int, ...]] = {}  # anchor → its strings' hashes
        self._index: dict[str, dict[int, list[Any]]] = {"ORTH": {}, "LOWER": {}}  # attr → hash → anchors
        self._keys: dict[int, int] = {}
        self._free: dict[int, list[str | None]] = {}  # key → text prefilters of its patterns without an anchor
        self._prefilter: re.Pattern | None = None  # any of them, when every such pattern has one

    def _normalize_key(self, key):
        return self.vocab.strings.add(key) if isinstance(key, str) else key

    def _register(self, anc, group) -> None:
        self._groups[anc] = group
        self._reach[anc] = (0, 0)
        if anc is not None:
            attr, strings = anc
            hashes = [self.vocab.strings.add(s) for s in sorted(strings)]
            self._hashes[anc] = tuple(hashes)
            for h in hashes:
                self._index[attr].setdefault(h, []).append(anc)

    def add(self, key, patterns: Iterable[list[dict]], *, on_match=None, greedy=None) -> None:
        """Add token patterns under ``key``; a pattern spaCy refuses raises and leaves the matcher as it was.

        ``on_match`` and ``greedy`` are refused: the groups would apply them to their own
        matches (window offsets, part of a key's patterns), not to the key's as spaCy does.
        """
        if on_match is not None or greedy is not None:
            raise ValueError("AnchoredMatcher does not support on_match or greedy; use spacy.matcher.Matcher.")
        key = self._normalize_key(key)
        for pattern in patterns:
            anc, i = _anchor(pattern)
            group = self._groups.get(anc)
            if group is None:
                group = Matcher(self.vocab, **self._options)
                group.add(key, [pattern])  # raises on a bad pattern before anything is registered
                self._register(anc, group)
            else:
                group.add(key, [pattern])
            old, new = self._reach[anc], reach(pattern, i) if anc is not None else None
            self._reach[anc] = None if old is None or new is None else (max(old[0], new[0]), max(old[1], new[1]))
            self._keys[key] = self._keys.get(key, 0) + 1
            if anc is None:
                self._free.setdefault(key, []).append(text_prefilter(pattern))
                self._update_prefilter()

    def _update_prefilter(self) -> None:
        found = [r for regexes in self._free.values() for r in regexes]
        self._prefilter = re.compile("|".join(f"(?:{r})" for r in found)) \
            if found and None not in found else None

    def remove(self, key) -> None:
        key = self._normalize_key(key)
        if key not in self._keys:
            raise ValueError(f"No pattern with the key {key!r} in the matcher.")
        for anc, group in list(self._groups.items()):
            if key in group:
                group.remove(key)
            if len(group) == 0:
                del self._groups[anc]
                del self._reach[anc]
                for h in self._hashes.pop(anc, ()):
                    self._index[anc[0]][h].remove(anc)
        del self._keys[key]
        if self._free.pop(key, None) is not None:
            self._update_prefilter()

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key) -> bool:
        return self._normalize_key(key) in self._keys

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        """Matches of every pattern, as ``(key, start, end)``: the same set as one ``Matcher`` gives.

        A group runs only when its anchor occurs, and only on the tokens around each occurrence
        that a match holding it can reach (the whole text when its patterns are unbounded).
        """
        n = len(doc)
        if n == 0:
            return []
        array = doc.to_array([ORTH, LOWER])
        active = set()
        where: dict[str, dict[int, list[int]]] = {"ORTH": {}, "LOWER": {}}  # anchor hash → token positions
        for attr, column in (("ORTH", 0), ("LOWER", 1)):
            index, seen = self._index[attr], where[attr]
            for i, h in enumerate(array[:, column].tolist()):
                found = index.get(h)
                if found:
                    active.update(found)
                    seen.setdefault(h, []).append(i)
        matches = []
        for anc, group in self._groups.items():
            if anc is not None and anc not in active:
                continue
            if anc is None and self._prefilter is not None and not self._prefilter.search(doc.text):
                continue
            around = self._reach[anc]
            if around is None or sum(around) + 1 >= n:
                matches.extend(group(doc))
                continue
            seen = where[anc[0]]
            positions = sorted(i for h in self._hashes[anc] for i in seen.get(h, ()))
            for start, end in _windows(positions, around, n):
                matches.extend((k, s + start, e + start) for k, s, e in group(doc[start:end]))
        return sorted(set(matches), key=lambda m: (m[1], m[2], m[0]))


def _windows(positions, around: tuple[int, int], n: int) -> list[tuple[int, int]]:
    """Merged token windows ``[p - before, p + after + 1)`` around anchor positions, within ``[0, n)``."""
    before, after = around
    out: list[list[int]] = []
    for p in positions:
        a, b = max(0, p - before), min(n, p + after + 1)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


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

    def add_patterns(self, patterns) -> None:
        """As spaCy's, but phrase patterns matched on a lexical attribute are only tokenised.

        spaCy runs every component before the ruler (here the NER) over the phrase patterns,
        which only an attribute such as POS or LEMMA needs: with ~2,700 gazetteer phrases that
        was two thirds of the time to load the entity pipeline.
        """
        attr = str(self.phrase_matcher_attr or "ORTH").upper()
        factories = {self.nlp.get_pipe_meta(name).factory for name in self.nlp.pipe_names}
        if attr not in _LEXICAL_ATTRS or not factories <= _TOKEN_SAFE_FACTORIES:
            return super().add_patterns(patterns)
        with self.nlp.select_pipes(disable=list(self.nlp.pipe_names)):
            return super().add_patterns(patterns)

    def set_annotations(self, doc, matches):
        """As spaCy's (matches overwrite the NER's entities), with two exceptions that keep a name the
        NER found whole: a match is not cut out of a longer entity of the same label that names
        something else, "X of Y" ("Times" in the NER's "Times of India"); and a shape pattern (one
        without an id) does not cut across an entity it does not contain ("India newspaper" across
        "Times of India"), though it may replace one it contains ("Mr Hague" over "Hague")."""
        ents = list(doc.ents)
        keep = [m for m in matches if not self._inside_longer_name(doc, ents, m)
                and not self._shape_across_entity(ents, m)]
        return super().set_annotations(doc, keep)

    def _shape_across_entity(self, ents, match) -> bool:
        match_id, start, end = match
        if match_id in self._ent_ids and self._ent_ids[match_id][1]:
            return False
        return any(e.start < end and start < e.end and not (start <= e.start and e.end <= end) for e in ents)

    def _inside_longer_name(self, doc, ents, match) -> bool:
        match_id, start, end = match
        label = self._ent_ids[match_id][0] if match_id in self._ent_ids else self.nlp.vocab.strings[match_id]
        for e in ents:
            if e.label_ == label and e.start == start and e.end > end + 1 \
                    and doc[end].lower_ == "of" and doc[end + 1].is_title:
                return True
        return False

    def _require_patterns(self) -> None:
        """spaCy's warning when the ruler has no pattern, without counting all of them on every Doc
        (``len(self)`` sums the ~3,600 pattern lists: 4 % of the ruler's time)."""
        if not any(self.token_patterns.values()) and not any(self.phrase_patterns.values()):
            super()._require_patterns()

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
