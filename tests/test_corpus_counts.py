"""nlptools.corpus counts: every figure checked against the hand-worked counts of the fixture corpus."""
from __future__ import annotations

import pytest

from nlptools import corpus as nc

from .corpus_fixture import fixture_corpus, fixture_jsonl  # noqa: F401


def _rows(df, *cols):
    return [tuple(r) for r in df[list(cols)].itertuples(index=False)]


def test_counts_entities_per_distinct_article_passage_and_mention(fixture_corpus):
    got = _rows(nc.entity_counts(fixture_corpus), "label", "canonical", "n_articles", "n_passages", "n_mentions")
    assert got == [
        ("ORG", "NATO", 2, 3, 3),                   # A (pA1), C (pC0, pC1)
        ("ORG", "European Union", 2, 2, 2),         # A (pA2), D (pD1)
        ("PERSON", "Andrei Kelin", 2, 3, 3),        # B (pB1), C (pC0 "Kelin", pC1)
        ("PERSON", "Sergey Lavrov", 2, 2, 2),       # A (pA0), C (pC1)
        ("TREATY", "New START", 1, 2, 2),           # A (pA0, pA1): its repeats on p2 not counted
        ("TREATY", "UN Charter", 1, 1, 1),          # B (pB1), shown on p2 and p3
    ]


@pytest.mark.parametrize("labels, top, min_count, expected", [
    (["PERSON"], None, 1, ["Andrei Kelin", "Sergey Lavrov"]),
    (None, 1, 1, ["NATO", "Andrei Kelin", "New START"]),
    (None, None, 2, ["NATO", "European Union", "Andrei Kelin", "Sergey Lavrov"]),
    (["TREATY", "ORG"], 1, 2, ["NATO"]),
])
def test_counts_entities_labels_top_and_minimum(fixture_corpus, labels, top, min_count, expected):
    assert nc.entity_counts(fixture_corpus, labels, top, min_count)["canonical"].tolist() == expected


def test_counts_topic_share_by_month(fixture_corpus):
    got = {(m, lab): (n, tot, round(s, 4)) for m, lab, n, tot, s in
           _rows(nc.topic_share(fixture_corpus), "month", "label", "n_articles", "month_articles", "share")}
    assert got == {
        ("2021-03", "arms_control"): (1, 1, 1.0), ("2021-03", "europe_nato"): (1, 1, 1.0),
        ("2021-03", "russia_us"): (1, 1, 1.0),
        ("2021-04", "economy_trade"): (1, 3, 0.3333), ("2021-04", "europe_nato"): (1, 3, 0.3333),
        ("2021-04", "human_rights"): (1, 3, 0.3333), ("2021-04", "russia_uk"): (1, 3, 0.3333),
    }


def test_counts_timelines_of_top_entities(fixture_corpus):
    got = _rows(nc.entity_timelines(fixture_corpus, ["PERSON", "TREATY"], top=1), "month", "label", "canonical",
                "n_articles")
    assert got == [("2021-04", "PERSON", "Andrei Kelin", 2), ("2021-03", "TREATY", "New START", 1)]


@pytest.mark.parametrize("left, right, expected", [
    ("PERSON", "ORG", [("Sergey Lavrov", "NATO", 2), ("Andrei Kelin", "NATO", 1),
                       ("Sergey Lavrov", "European Union", 1)]),
    ("TREATY", "ORG", [("New START", "European Union", 1), ("New START", "NATO", 1)]),
])
def test_counts_co_mentions_within_an_article(fixture_corpus, left, right, expected):
    assert _rows(nc.co_mentions(fixture_corpus, left, right), left.lower(), right.lower(), "n_articles") == expected


def test_counts_co_mentions_minimum(fixture_corpus):
    assert _rows(nc.co_mentions(fixture_corpus, min_count=2), "person", "org", "n_articles") == [
        ("Sergey Lavrov", "NATO", 2)]


def test_counts_speakers_and_whom_they_mention(fixture_corpus):
    assert _rows(nc.speakers(fixture_corpus), "speaker", "n_articles", "n_passages", "n_words") == [
        ("Question", 1, 1, 8), ("Sergey Lavrov", 1, 1, 11)]
    assert _rows(nc.speaker_mentions(fixture_corpus), "speaker", "canonical", "n_passages", "n_mentions") == [
        ("Question", "European Union", 1, 1), ("Sergey Lavrov", "NATO", 1, 1), ("Sergey Lavrov", "New START", 1, 1)]


def test_counts_speaker_topics(fixture_corpus):
    assert _rows(nc.speaker_topics(fixture_corpus), "speaker", "topic", "n_passages") == [
        ("Question", "europe_nato", 1), ("Sergey Lavrov", "arms_control", 1), ("Sergey Lavrov", "russia_us", 1)]


def test_counts_entities_by_topic(fixture_corpus):
    got = nc.entities_by_topic(fixture_corpus, top=2)
    assert _rows(got[got["topic"] == "europe_nato"], "canonical", "n_articles") == [
        ("NATO", 2), ("Sergey Lavrov", 2)]                      # europe_nato: articles A and C
    assert _rows(got[got["topic"] == "russia_uk"], "canonical", "n_articles") == [
        ("Andrei Kelin", 1), ("UN Charter", 1)]                 # russia_uk: article B
    assert set(got["topic"]) == {"arms_control", "economy_trade", "europe_nato", "human_rights", "russia_uk",
                                 "russia_us"}


def test_counts_overview(fixture_corpus):
    ov = nc.overview(fixture_corpus)
    assert {k: ov[k] for k in ("records", "articles", "article_appearances", "articles_repeated", "passages",
                               "mentions", "pages", "words")} == {
        "records": 13, "articles": 4, "article_appearances": 6, "articles_repeated": 2, "passages": 9,
        "mentions": 13, "pages": 3, "words": 63}
