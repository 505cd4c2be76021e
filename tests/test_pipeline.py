"""The library API, driven the way the README example drives it."""
from __future__ import annotations

import itertools

import pytest

import nlptools


@pytest.fixture(scope="module")
def enricher():
    return nlptools.load()


def test_pipeline_readme_example(enricher, seed_dir):
    records = enricher.enrich(str(seed_dir))
    first = next(records)
    assert first["doc_id"] == "000_afdf33bbf275791b" and "entities" in first and "topics" in first
    rest = list(itertools.islice(records, 5))
    assert len(rest) == 5


def test_pipeline_texts_and_components_on_their_own(enricher):
    text = "Press release\n\nSergey Lavrov and Antony Blinken discussed New START and NATO in Geneva."
    recs = list(enricher.enrich_texts([text]))
    assert recs[0]["id"] == "text-0#0.0"
    page = nlptools.segment(text)
    assert page.articles[0].title == "Press release"
    ents = enricher.entities.extract([page.articles[0].passages[0].text])[0]
    assert {(e.text, e.label) for e in ents} >= {("Sergey Lavrov", "PERSON"), ("New START", "TREATY"), ("NATO", "ORG")}
    topics = enricher.topics.predict_topics([{"text": page.articles[0].passages[0].text, "title": "Press release"}])
    assert topics[0] and topics[0][0].label == "arms_control"


def test_pipeline_is_lazy(enricher):
    def endless():
        for i in itertools.count():
            yield f"Note {i}\n\nThe European Union met in Brussels."
    records = enricher.enrich_texts(endless())
    assert len(list(itertools.islice(records, 3))) == 3


def test_pipeline_article_topics_aggregate_passages(enricher):
    text = "Title\n\nNew START and strategic stability.\n\nThe pandemic and vaccines."
    passages = list(enricher.enrich_texts([text]))
    article = next(enricher.enrich_texts([text], level="article"))
    best = {}
    for p in passages:
        for t in p["topics"]:
            best[t["label"]] = max(best.get(t["label"], 0), t["score"])
    assert {t["label"]: t["score"] for t in article["topics"]} == best
