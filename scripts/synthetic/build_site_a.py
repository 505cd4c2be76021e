"""Build annotations/synthetic_site_a.jsonl from marked-up passages.

Mark-up: [[name|P]] PERSON, [[name|O]] ORG, [[name|T]] TREATY. Offsets are computed here.
Each article: title (mark-up), headline topics (None = no headline record), passages
(genre, topics, text, speaker).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from markup import parse
from passages_site_a import ARTICLES

SOURCE = "synthetic/team-written-3a"


def record(text_markup, topics, title_plain, part, genre, speaker=None):
    text, spans = parse(text_markup)
    meta = {"synthetic": True, "source": SOURCE, "article_title": title_plain, "part": part,
            "genre": genre, "author": "nlptools team"}
    if speaker:
        meta["speaker"] = speaker
    return {"text": text, "spans": spans, "topics": list(topics), "meta": meta}


def main(out_path: str) -> None:
    recs = []
    for art in ARTICLES:
        title_plain, _ = parse(art["title"])
        if art.get("headline") is not None:
            recs.append(record(art["title"], art["headline"], title_plain, "title", "headline"))
        for p in art["passages"]:
            genre, topics, text = p[0], p[1], p[2]
            speaker = p[3] if len(p) > 3 else None
            recs.append(record(text, topics, title_plain, "body", genre, speaker))
    with open(out_path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "records ->", out_path)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main(sys.argv[1] if len(sys.argv) > 1 else "annotations/synthetic_site_a.jsonl")
