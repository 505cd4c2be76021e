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
    assert [(r["id"], r["part"]) for r in recs] == [("text-0#0.0", "title"), ("text-0#0.1", "body")]
    page = nlptools.segment(text)
    assert page.articles[0].title == "Press release"
    ents = enricher.entities.extract([page.articles[0].body[0].text])[0]
    assert {(e.text, e.label) for e in ents} >= {("Sergey Lavrov", "PERSON"), ("New START", "TREATY"), ("NATO", "ORG")}
    topics = enricher.topics.predict_topics([{"text": page.articles[0].body[0].text, "title": "Press release"}])
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


@pytest.mark.parametrize("warm, kept", [(0, 0), (4, 2), (7, 4)])
def test_pipeline_only_the_warm_passages_keep_their_strings(warm, kept):
    # The chunks holding the first `warm` passages run outside nlp.memory_zone() (their words warm
    # the tokenizer cache); every later chunk runs inside one, so a long run does not grow the
    # vocabulary. With batch size 1 a chunk is two pages of three passages.
    spacy = pytest.importorskip("spacy")
    from nlptools.entities.extractor import EntityExtractor
    from nlptools.pipeline.enricher import Enricher

    nlp = spacy.blank("en")
    enricher = Enricher(EntityExtractor(nlp), None, batch_size=1, warm_passages=warm)
    pages = [f"Page {i}\n\nThe talks on word{i}zq went on.\n\nMore talks about thing{i}zq." for i in range(12)]
    records = list(enricher.enrich_texts(pages))
    assert len(records) == 36
    strings = nlp.vocab.strings
    assert [f"word{i}zq" in strings for i in range(12)] == [i < kept for i in range(12)]


@pytest.mark.parametrize("warm", [5, 60, 100_000])
def test_pipeline_records_do_not_depend_on_the_warm_passages(enricher, seed_dir, warm):
    from nlptools.pipeline.enricher import Enricher

    def run(warm_passages):
        e = Enricher(enricher.entities, enricher.topics, batch_size=8, warm_passages=warm_passages)
        return list(e.enrich_paths([str(seed_dir)]))

    assert run(warm) == run(0)


def test_pipeline_passage_and_article_levels_give_the_same_canonical_names(enricher):
    # regression: "Rzegocki" in passages, "Arkady Rzegocki" in article records
    text = ("Ambassador Andrei Kelin met Polish Ambassador Arkady Rzegocki\n\n"
            "Rzegocki said that the talks in London were useful.\n")
    passages = list(enricher.enrich_texts([text]))
    (article,) = list(enricher.enrich_texts([text], level="article"))
    by_passage = {(p["start"] - article["start"] + e["start"], e["text"], e["canonical"])
                  for p in passages for e in p["entities"]}
    by_article = {(e["start"], e["text"], e["canonical"]) for e in article["entities"]}
    assert by_passage == by_article
    assert ("Rzegocki", "Arkady Rzegocki") in {(t, c) for _, t, c in by_article}


def test_pipeline_titles_are_passages_with_entities_and_topics(enricher):
    text = ("Press release on Foreign Minister Sergey Lavrov’s talks with US Secretary of State Antony Blinken "
            "on New START\n\nThe ministers discussed strategic stability and the extension of the treaty.\n")
    title, body = enricher.enrich_texts([text])
    assert (title["part"], title["passage_index"], body["part"]) == ("title", 0, "body")
    assert {(e["text"], e["label"]) for e in title["entities"]} >= {
        ("Sergey Lavrov", "PERSON"), ("Antony Blinken", "PERSON"), ("New START", "TREATY")}
    assert "arms_control" in [t["label"] for t in title["topics"]]
    (article,) = enricher.enrich_texts([text], level="article")
    assert {e["text"] for e in article["entities"]} >= {"Sergey Lavrov", "New START"}
    assert article["passages"] == 2


SEED_TITLES = {  # written by hand from the annotation guide, not from the models' output
    "004_73fd40f6b2609b20#0.0": {("New START", "TREATY", "New START")},
    "004_73fd40f6b2609b20#1.0": {("Putin", "PERSON", "Vladimir Putin"), ("State Duma", "ORG", "State Duma")},
    "004_73fd40f6b2609b20#3.0": {("Sergey Lavrov", "PERSON", "Sergey Lavrov"),
                                 ("Komsomolskaya Pravda", "ORG", "Komsomolskaya Pravda")},
    "004_73fd40f6b2609b20#4.0": {("Foreign Ministry", "ORG", "Russian Foreign Ministry"),
                                 ("Maria Zakharova", "PERSON", "Maria Zakharova"), ("MI5", "ORG", "MI5"),
                                 ("Ken McCallum", "PERSON", "Ken McCallum")},
    "004_73fd40f6b2609b20#5.0": {("Sergey Lavrov", "PERSON", "Sergey Lavrov"), ("Interfax", "ORG", "Interfax")},
    "004_73fd40f6b2609b20#9.0": {("Vladimir Putin", "PERSON", "Vladimir Putin"), ("Die Zeit", "ORG", "Die Zeit")},
    "001_8ee92459caf7f0c6#2.0": {("Sergey Lavrov", "PERSON", "Sergey Lavrov"),
                                 ("Times of India", "ORG", "Times of India")},
    "000_afdf33bbf275791b#0.0": {("Andrei Kelin", "PERSON", "Andrei Kelin")},
}


@pytest.fixture(scope="module")
def seed_records(enricher, seed_dir):
    return {r["id"]: r for r in enricher.enrich(str(seed_dir))}


@pytest.mark.parametrize("passage_id", sorted(SEED_TITLES))
def test_pipeline_seed_titles_carry_the_mentions_the_guide_asks_for(seed_records, passage_id):
    rec = seed_records[passage_id]
    assert rec["part"] == "title" and rec["text"] == rec["article"]["title"]
    assert {(e["text"], e["label"], e["canonical"]) for e in rec["entities"]} == SEED_TITLES[passage_id]


def test_pipeline_every_seed_title_is_a_title_passage(seed_records):
    titles = [r for r in seed_records.values() if r["part"] == "title"]
    assert len(titles) == 55
    assert all(r["passage_index"] == 0 and r["text"] == r["article"]["title"] for r in titles)


@pytest.mark.parametrize("text, names", [
    ("Sergey Lavrov met Antony Blinken.", {"Sergey Lavrov", "Antony Blinken"}),
    ("Sergey Lavrov met Antony Blinken in Geneva. They discussed New START and the future of NATO.\n"
     "The talks lasted three hours.", {"Sergey Lavrov", "New START"}),
    ("Question: Will New START be extended?\n\nSergey Lavrov: We hope so. Washington must decide.\n\n"
     "Question: And NATO?\n\nSergey Lavrov: NATO expands to the east.", {"New START", "NATO"}),
], ids=["sentence", "paragraph", "transcript"])
def test_pipeline_plain_text_gives_body_passages_with_entities_and_topics(enricher, text, names):
    records = list(enricher.enrich([text]))
    assert records and all(r["part"] == "body" for r in records)
    assert names <= {e["text"] for r in records for e in r["entities"]}
    assert any(r["topics"] for r in records)


def test_pipeline_text_without_passage_is_counted_and_reported(enricher):
    from nlptools.pipeline import RunStats
    from nlptools.pipeline.run import summary

    stats = RunStats()
    assert list(enricher.enrich_texts(["26 October 2021\nMoscow: 00:03\nLondon: 22:03\n"], stats=stats)) == []
    assert stats.empty == ["<text-0>"] and "no passage in: <text-0>" in summary(stats, "out.jsonl")
