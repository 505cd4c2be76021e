"""Topic baselines: the keyword rules, the shipped keyword table and the majority label set."""
from __future__ import annotations

import re

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from nlptools.topics.baselines import KeywordTopicBaseline, MajorityTopicBaseline, compile_keyword, count_hits
from nlptools.config import TOPIC_LABELS
from nlptools.resources import load_json

FRUIT = {"fruit": ["apple", "pears?"], "country": ["(?-i:US)", "France"], "treaty": ["New START", "START"]}


@pytest.mark.parametrize(
    "text, hits",
    [
        ("Apple and pears.", {"fruit": 2, "country": 0, "treaty": 0}),
        ("An apple a day.", {"fruit": 1, "country": 0, "treaty": 0}),
        ("A pineapple and an appleseed.", {"fruit": 0, "country": 0, "treaty": 0}),  # word boundaries
        ("Tell us about the US and France.", {"fruit": 0, "country": 2, "treaty": 0}),  # 'us' keeps case
        ("New START is a treaty; START matters.", {"fruit": 0, "country": 0, "treaty": 2}),  # overlaps once
        ("", {"fruit": 0, "country": 0, "treaty": 0}),
    ],
)
def test_baselines_keyword_hit_counts(text, hits):
    model = KeywordTopicBaseline(keywords=FRUIT, min_hits=2).fit()
    assert model.predict_scores([text]) == [hits]
    assert model.predict([text]) == [[label for label, n in hits.items() if n >= 2]]


@pytest.mark.parametrize(
    "patterns, text, hits",
    [
        (["New START", "START"], "New START", 1),  # same stretch matched twice: 1
        (["arms", "arms control"], "arms control and arms", 2),  # 0-12 once, 17-22 once
        (["a b", "b c"], "a b c", 1),  # 0-3 and 2-5 overlap: 1
        (["ab", "cd"], "ab cd", 2),
        ([r"U\.S\.", "-led"], "U.S.-led", 2),  # 0-4 and 4-8 touch without overlapping: 2
    ],
)
def test_baselines_count_hits_merges_overlaps(patterns, text, hits):
    assert count_hits([compile_keyword(p) for p in patterns], text) == hits


@pytest.mark.parametrize("min_hits, expected", [(1, [["fruit"]]), (2, [[]])])
def test_baselines_keyword_min_hits_threshold(min_hits, expected):
    model = KeywordTopicBaseline(keywords=FRUIT, min_hits=min_hits).fit(["ignored"], [["ignored"]])
    assert model.predict(["I ate an apple."]) == expected


def test_baselines_keyword_min_hits_comes_from_the_table():
    assert KeywordTopicBaseline(keywords={**FRUIT, "_min_hits": 1}).fit().min_hits_ == 1
    assert KeywordTopicBaseline().fit().min_hits_ == load_json("topic_keywords.json")["_min_hits"]


def test_baselines_keyword_estimator_contract():
    model = KeywordTopicBaseline(keywords=FRUIT, min_hits=2)
    assert model.get_params() == {"keywords": FRUIT, "min_hits": 2}
    assert not [k for k in vars(model) if k.endswith("_")]
    with pytest.raises(NotFittedError):
        model.predict(["apple"])
    assert model.fit(["x"]) is model
    assert model.labels_ == ("fruit", "country", "treaty")
    assert all(isinstance(p, re.Pattern) for ps in model.patterns_.values() for p in ps)
    copy = clone(model)
    assert copy.get_params() == model.get_params() and not hasattr(copy, "patterns_")


def test_baselines_keyword_decision_function_shape():
    model = KeywordTopicBaseline(keywords=FRUIT, min_hits=2).fit()
    scores = model.decision_function(["apple pear", "US France", "nothing"])
    assert scores.shape == (3, 3)
    np.testing.assert_array_equal(scores, [[2, 0, 0], [0, 2, 0], [0, 0, 0]])
    assert model.decision_function([]).shape == (0, 3)


@pytest.mark.parametrize(
    "keywords, min_hits, error",
    [
        ({"fruit": ["appl(e"]}, 2, ValueError),
        ({"fruit": "apple"}, 2, ValueError),
        (FRUIT, 0, ValueError),
    ],
)
def test_baselines_keyword_rejects_bad_tables(keywords, min_hits, error):
    with pytest.raises(error):
        KeywordTopicBaseline(keywords=keywords, min_hits=min_hits).fit()


def test_baselines_keyword_rejects_a_bare_string():
    with pytest.raises(TypeError):
        KeywordTopicBaseline(keywords=FRUIT).fit().predict("apple pear")


def test_baselines_shipped_keyword_table_is_well_formed():
    table = load_json("topic_keywords.json")
    assert isinstance(table["_doc"], str) and table["_min_hits"] in (1, 2)
    assert tuple(k for k in table if not k.startswith("_")) == TOPIC_LABELS
    for label in TOPIC_LABELS:
        assert 10 <= len(table[label]) <= 30, label
        for pattern in table[label]:
            compile_keyword(pattern)


@pytest.mark.parametrize(
    "label, text",
    [
        ("arms_control", "Russia is ready to extend New START and to discuss strategic stability and missile defence."),
        ("russia_uk", "The British Government has never presented evidence on the Salisbury incident to Moscow."),
        ("russia_us", "The United States imposed new sanctions, and the White House refused a dialogue."),
        ("europe_nato", "NATO keeps moving its military infrastructure closer to our borders, and the EU follows."),
        ("ukraine", "Kiev refuses to implement the Minsk Agreements and continues shelling Donbass."),
        ("middle_east", "The settlement in Syria requires respect for its sovereignty and the return of refugees to Aleppo."),
        ("asia_pacific", "Our partnership with China and India stabilises the Asia-Pacific region."),
        ("eurasia_cis", "The Eurasian Economic Union and the CSTO remain priorities, with Kazakhstan as a key ally."),
        ("multilateral_order", "The UN Charter and international law must remain the basis of a multipolar world."),
        ("economy_trade", "Bilateral trade grew by ten per cent and British companies keep investing in Russian energy."),
        ("covid_health", "The Sputnik V vaccine has been registered in sixty countries during the pandemic."),
        ("history_memory", "On Victory Day we honour the Arctic convoys of the Second World War."),
        ("media_information", "British media keep spreading disinformation about alleged cyber attacks."),
        ("human_rights", "We are concerned about the human rights of Russian-speaking residents and their persecution."),
    ],
)
def test_baselines_shipped_keywords_find_each_topic(label, text):
    assert label in KeywordTopicBaseline().fit().predict([text])[0]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir,",
        "Thank you for your question.",
        "The Ambassador answered questions from us in London.",  # one russia_uk hit: a passing mention
    ],
)
def test_baselines_shipped_keywords_ignore_passing_mentions(text):
    assert KeywordTopicBaseline().fit().predict([text]) == [[]]


# Label sets: {a} x2, {b} x1, {a, b} x1, {b, c} x1 over 5 passages.
# label_set: {a} is the most frequent set (2 of 5).
# prevalence: a 3/5 = 0.6 > 0.5, b 3/5 = 0.6 > 0.5, c 1/5 -> [a, b].
MAJ_Y = [["a"], ["a"], ["b"], ["b", "a"], ["b", "c"]]


@pytest.mark.parametrize("strategy, expected", [("label_set", ["a"]), ("prevalence", ["a", "b"])])
def test_baselines_majority_strategies(strategy, expected):
    model = MajorityTopicBaseline(strategy=strategy, labels=["a", "b", "c"]).fit(["t"] * 5, MAJ_Y)
    assert model.label_set_ == expected
    assert model.prevalence_ == pytest.approx({"a": 0.6, "b": 0.6, "c": 0.2})
    assert model.predict(["x", "y", "z"]) == [expected] * 3


@pytest.mark.parametrize(
    "y, expected",
    [
        ([["b"], ["a"]], ["a"]),  # tie: 'a' comes first in labels order
        ([["a"], [], []], []),  # most frequent set is the empty one
        ([["a"], ["a"], []], ["a"]),
    ],
)
def test_baselines_majority_label_set_ties_and_empty_sets(y, expected):
    model = MajorityTopicBaseline(labels=["a", "b"]).fit([""] * len(y), y)
    assert model.predict(["anything"]) == [expected]


def test_baselines_majority_prevalence_needs_more_than_half():
    # a on 2 of 4 passages = 0.5, not > 0.5.
    model = MajorityTopicBaseline(strategy="prevalence", labels=["a"]).fit([""] * 4, [["a"], ["a"], [], []])
    assert model.predict([""]) == [[]]


def test_baselines_majority_estimator_contract():
    model = MajorityTopicBaseline()
    assert model.get_params() == {"strategy": "label_set", "labels": None}
    with pytest.raises(NotFittedError):
        model.predict(["x"])
    assert model.fit(["x"], [["arms_control"]]) is model
    assert model.labels_ == TOPIC_LABELS
    predictions = model.predict(["x", "y"])
    predictions[0].append("changed")
    assert model.predict(["x"]) == [["arms_control"]]
    assert not hasattr(clone(model), "label_set_")


@pytest.mark.parametrize(
    "X, y, strategy, error",
    [
        (["x"], [["a"], ["b"]], "label_set", ValueError),
        ([], [], "label_set", ValueError),
        (["x"], [["zzz"]], "label_set", ValueError),
        (["x"], ["a"], "label_set", TypeError),
        (["x"], [["a"]], "median", ValueError),
    ],
)
def test_baselines_majority_rejects_bad_input(X, y, strategy, error):
    with pytest.raises(error):
        MajorityTopicBaseline(strategy=strategy, labels=["a", "b"]).fit(X, y)
