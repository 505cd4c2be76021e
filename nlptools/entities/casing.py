"""Headlines in capitals: a same-length, mixed-case copy for the NER.

Some older pages write whole headlines in capitals ("INTERVIEW OF AMBASSADOR A.V.YAKOVENKO TO
THE ROSSIYSKAYA GAZETA NEWSPAPER"). The NER, trained on mixed case, reads such a line as one
long name. The entity pipeline runs on a copy in which every word is capitalised
("Rossiyskaya Gazeta", "A.V.Yakovenko"), short function words are lower-cased, and known
acronyms (NATO, BBC, the uppercase names of the gazetteer and aliases) stay as they are. The copy
has the same length, so offsets hold, and entity texts are taken from the original.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .. import config
from .patterns import read_patterns

#: A text is "in capitals" when it has at least this many letters and this share of them upper case.
MIN_LETTERS = 12
MIN_UPPER_SHARE = 0.85

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """Acronyms that stay upper case, and function words that go lower case (``data/casing.json``)."""
    data = json.loads((config.DATA_DIR / "casing.json").read_text(encoding="utf-8"))
    acronyms = set(data["acronyms"])
    for p in read_patterns(files=("entity_patterns.jsonl", "media_outlets.jsonl")):
        if isinstance(p["pattern"], str):
            acronyms.update(w for w in _WORD.findall(p["pattern"]) if len(w) > 1 and w.isupper())
    return frozenset(acronyms), frozenset(data["lower"])


def in_capitals(text: str) -> bool:
    """True for a text written (almost) wholly in capitals."""
    letters = sum(map(str.isalpha, text))
    # Upper-case characters of any kind bound the upper-case letters: most texts are rejected here.
    if letters < MIN_LETTERS or sum(map(str.isupper, text)) < MIN_UPPER_SHARE * letters:
        return False
    return sum(c.isupper() for c in text if c.isalpha()) >= MIN_UPPER_SHARE * letters


def _recase(m: re.Match, acronyms: frozenset[str], lower: frozenset[str], first: bool) -> str:
    word = m.group(0)
    if word in acronyms or (len(word) == 1 and m.string[m.end():m.end() + 1] == "."):
        return word
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in word)
    if (low in lower and not first) or (m.start() > 0 and m.string[m.start() - 1] in "'’" and len(word) == 1):
        return low
    head = word[0].upper() if len(word[0].upper()) == 1 else word[0]
    return head + low[1:]


def mixed_case(text: str) -> str:
    """A same-length copy of a text in capitals with names capitalised; other texts unchanged."""
    if not in_capitals(text):
        return text
    acronyms, lower = _lexicon()
    out = []
    last = 0
    for i, m in enumerate(_WORD.finditer(text)):
        out.append(text[last:m.start()])
        out.append(_recase(m, acronyms, lower, first=i == 0))
        last = m.end()
    out.append(text[last:])
    result = "".join(out)
    return result if len(result) == len(text) else text
