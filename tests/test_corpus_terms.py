"""nlptools.corpus terms: monthly frequencies (count, per 10,000 words) and keyword in context, per distinct
passage, with counts worked out by hand on the fixture corpus."""
from __future__ import annotations

import pytest

from nlptools.corpus import compile_term, find_terms, read
from nlptools.errors import TermError

from .corpus_fixture import fixture_articles_jsonl, fixture_corpus, fixture_jsonl  # noqa: F401


@pytest.mark.parametrize("term, text, found", [
    ("sanction*", "Sanctions, sanctioned and sanction.", ["Sanctions", "sanctioned", "sanction"]),
    ("sanction*", "unsanctioned", []),
    ("New START", "the new  START treaty, New\u00a0START", ["new  START", "New\u00a0START"]),
    ("New START", "New STARTS", []),
    ("Lavrov's", "Lavrov’s article and Lavrov's reply", ["Lavrov’s", "Lavrov's"]),
    ("*ization", "the Organization and organizations", ["Organization"]),
    ("U.S.", "the U.S. and USA", ["U.S."]),
    ("European Un*", "the European Union's", ["European Union"]),
])
def test_terms_patterns_match_words_phrases_and_wildcards(term, text, found):
    assert [m.group(0) for m in compile_term(term).pattern.finditer(text)] == found


@pytest.mark.parametrize("term", ["", "   ", "*", "* *"])
def test_terms_empty_or_wildcard_only_terms_are_refused(term):
    with pytest.raises(TermError, match="Fix: give a word or a phrase"):
        compile_term(term)


def test_terms_monthly_frequency_per_distinct_passage(fixture_corpus):
    res = find_terms(fixture_corpus, ["sanction*", "New START"])
    rows = [tuple(r) for r in res.frequencies.itertuples(index=False)]
    # sanction*: 2021-03: pA2 (1); 2021-04: pB0 1, pB1 1, pC1 1, pD0 2, pD1 3 = 8; words 23 and 40.
    # New START: pA0 and pA1 (their repeats in the listing of p2 are not counted again).
    assert rows == [("sanction*", "2021-03", 1, 1, 23, 1 * 10_000 / 23),
                    ("sanction*", "2021-04", 8, 5, 40, 2000.0),
                    ("New START", "2021-03", 2, 2, 23, 2 * 10_000 / 23),
                    ("New START", "2021-04", 0, 0, 40, 0.0)]
    assert [tuple(r) for r in res.totals.itertuples(index=False)] == [("sanction*", 9, 6, 4), ("New START", 2, 2, 1)]


def test_terms_keyword_in_context(fixture_corpus):
    kwic = find_terms(fixture_corpus, ["sanction*"], context=3).kwic
    assert len(kwic) == 9
    row = kwic[kwic["match"] == "sanctioned"].iloc[0]
    assert (row["left"], row["match"], row["right"]) == ("the European Union", "sanctioned", "Russia.")
    assert (row["date"].isoformat(), row["title"], row["id"]) == ("2021-04-25", "Sanctions, sanctions everywhere",
                                                                  "p3#0.1")
    first = kwic.iloc[0]
    assert (first["left"], first["match"], first["right"], first["id"]) == ("Question: What about", "sanctions", "by the European",
                                                                            "p1#0.2")


def test_terms_kwic_limit_keeps_the_first_rows(fixture_corpus):
    assert len(find_terms(fixture_corpus, ["sanction*"], kwic_limit=2).kwic) == 2


def test_terms_article_level_counts_the_same_matches(fixture_articles_jsonl):
    with read([fixture_articles_jsonl]) as c:
        res = find_terms(c, ["sanction*"])
    assert res.frequencies["count"].tolist() == [1, 8] and res.frequencies["words"].tolist() == [23, 40]
