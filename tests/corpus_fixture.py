"""A small hand-made corpus of enrich records with repeats across pages (tests of nlptools.corpus).

Three pages, four articles, nine distinct passages, thirteen passage records:

    page p1.txt (2021-03-05): main A
    page p2.txt (2021-04-21): main C (no date line), listings A (dated a day after A's own date) and B
    page p3.txt (2021-04-26): main D, listing B

Entities are given as surface strings (their offsets are found in the text) with canonical names; the
counts the tests expect are worked out by hand in the tests, not from this file's code.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

P = "PERSON"
O = "ORG"
T = "TREATY"

#: article → (title passage, body passages); a passage: (key, part, speaker, text, entities, topics).
PASSAGES = {
    "A": [("pA0", "title", None, "Lavrov on New START",
           [(P, "Lavrov", "Sergey Lavrov"), (T, "New START", "New START")], [("arms_control", 0.9)]),
          ("pA1", "body", "Sergey Lavrov", "Sergey Lavrov: The New START treaty must be extended, NATO agrees.",
           [(T, "New START", "New START"), (O, "NATO", "NATO")], [("arms_control", 0.8), ("russia_us", 0.6)]),
          ("pA2", "body", "Question", "Question: What about sanctions by the European Union?",
           [(O, "European Union", "European Union")], [("europe_nato", 0.7)])],
    "B": [("pB0", "title", None, "Embassy statement on sanctions", [], []),
          ("pB1", "body", None, "The UK sanctions against Russia violate the UN Charter, said Andrei Kelin.",
           [(T, "UN Charter", "UN Charter"), (P, "Andrei Kelin", "Andrei Kelin")],
           [("russia_uk", 0.9), ("human_rights", 0.4)])],
    "C": [("pC0", "title", None, "Kelin meets NATO envoy", [(P, "Kelin", "Andrei Kelin"), (O, "NATO", "NATO")],
           [("europe_nato", 0.6)]),
          ("pC1", "body", None, "Andrei Kelin and Sergey Lavrov discussed NATO and sanctions.",
           [(P, "Andrei Kelin", "Andrei Kelin"), (P, "Sergey Lavrov", "Sergey Lavrov"), (O, "NATO", "NATO")],
           [("europe_nato", 0.8)])],
    "D": [("pD0", "title", None, "Sanctions, sanctions everywhere", [], []),
          ("pD1", "body", None, "Sanction after sanction: the European Union sanctioned Russia.",
           [(O, "European Union", "European Union")], [("economy_trade", 0.5)])],
}
#: page → (page date, [(article, index, kind, article date, passages shown)]).
PAGES = {
    "p1.txt": ("2021-03-05", [("A", 0, "main", "2021-03-01", 3)]),
    "p2.txt": ("2021-04-21", [("C", 0, "main", None, 2), ("A", 1, "listing", "2021-03-02", 2),
                              ("B", 2, "listing", "2021-04-10", 2)]),
    "p3.txt": ("2021-04-26", [("D", 0, "main", "2021-04-25", 2), ("B", 1, "listing", "2021-04-10", 2)]),
}
ARTICLE_KEYS = {name: name.lower() * 16 for name in PASSAGES}


def _entities(text: str, ents) -> list[dict]:
    out, pos = [], {}
    for label, surface, canonical in ents:
        start = text.index(surface, pos.get(surface, 0))
        pos[surface] = start + len(surface)
        out.append({"start": start, "end": start + len(surface), "label": label, "text": surface,
                    "canonical": canonical})
    return sorted(out, key=lambda e: e["start"])


def passage_records() -> list[dict]:
    recs = []
    for source, (page_date, arts) in PAGES.items():
        doc = source[:-4]
        for name, index, kind, adate, shown in arts:
            title = PASSAGES[name][0][3]
            for i, (key, part, speaker, text, ents, tops) in enumerate(PASSAGES[name][:shown]):
                recs.append({"id": f"{doc}#{index}.{i}", "doc_id": doc, "source": source, "page_date": page_date,
                             "article": {"index": index, "kind": kind, "title": title, "date": adate, "start": 0,
                                         "end": 0, "key": ARTICLE_KEYS[name]},
                             "passage_index": i, "part": part, "speaker": speaker, "key": key.ljust(16, "0"),
                             "start": 0, "end": len(text), "text": text, "entities": _entities(text, ents),
                             "topics": [{"label": lab, "score": s} for lab, s in tops]})
    return recs


def article_records() -> list[dict]:
    """The same corpus at article level, as `enrich --level article` writes it (passages joined by a blank
    line, entity offsets into the article's text, each topic with its highest passage score)."""
    recs = []
    for source, (page_date, arts) in PAGES.items():
        doc = source[:-4]
        for name, index, kind, adate, shown in arts:
            passages = PASSAGES[name][:shown]
            text, ents, tops = "", [], {}
            for _, _, _, ptext, pents, ptops in passages:
                offset = len(text) + (2 if text else 0)
                text = f"{text}  {ptext}" if text else ptext
                ents += [dict(e, start=e["start"] + offset, end=e["end"] + offset) for e in _entities(ptext, pents)]
                for lab, s in ptops:
                    tops[lab] = max(s, tops.get(lab, 0))
            recs.append({"id": f"{doc}#{index}", "doc_id": doc, "source": source, "page_date": page_date,
                         "index": index, "kind": kind, "title": passages[0][3], "date": adate,
                         "key": ARTICLE_KEYS[name], "start": 0, "end": len(text), "text": text,
                         "passages": len(passages), "entities": ents,
                         "topics": [{"label": k, "score": v} for k, v in sorted(tops.items(), key=lambda kv: -kv[1])]})
    return recs


@pytest.fixture
def fixture_jsonl(tmp_path) -> Path:
    return write_jsonl(passage_records(), tmp_path / "out.jsonl")


@pytest.fixture
def fixture_articles_jsonl(tmp_path) -> Path:
    return write_jsonl(article_records(), tmp_path / "articles.jsonl")


@pytest.fixture
def fixture_corpus(fixture_jsonl):
    from nlptools.corpus import read

    with read([fixture_jsonl]) as corpus:
        yield corpus


def write_jsonl(records, path: Path, newline: str = "\n") -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + newline)
    return path
