"""Inline entity markup of the synthetic passages: ``[[name|P]]``, ``[[name|O]]``, ``[[name|T]]``
(PERSON, ORG, TREATY) become plain text with character offsets. Shared by the generator scripts."""
from __future__ import annotations

import re

LABELS = {"P": "PERSON", "O": "ORG", "T": "TREATY"}
MARK = re.compile(r"\[\[([^\[\]|]+)\|([POT])\]\]")


def parse(marked: str) -> tuple[str, list[dict]]:
    """The plain text of ``marked`` and its entity spans (``start``/``end`` character offsets, end exclusive)."""
    out, spans, pos, length = [], [], 0, 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        name = m.group(1)
        spans.append({"start": length, "end": length + len(name), "label": LABELS[m.group(2)]})
        out.append(name)
        length += len(name)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unparsed marker in: {marked}")
    return text, spans
