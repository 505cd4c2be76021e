"""The anchored entity ruler: same matches as spaCy's Matcher, a fraction of the work."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
from hypothesis import given, settings, strategies as st  # noqa: E402
from spacy.matcher import Matcher  # noqa: E402

from nlptools.entities.extractor import RULER_FACTORY, _register_component  # noqa: E402
from nlptools.entities.patterns import read_patterns  # noqa: E402
from nlptools.entities.ruler import AnchoredMatcher, anchor, max_length, reach, text_prefilter  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pattern, expected", [
    ([{"ORTH": "Prague"}, {"LOWER": "treaty"}], ("ORTH", {"Prague"})),
    ([{"LOWER": "treaty"}, {"ORTH": "Prague"}], ("ORTH", {"Prague"})),
    ([{"TEXT": {"IN": ["Treaty", "Pact"]}}, {"LOWER": {"IN": ["on", "of"]}}], ("ORTH", {"Treaty", "Pact"})),
    ([{"lower": "treaty"}], ("LOWER", {"treaty"})),
    ([{"TEXT": {"REGEX": "^[A-Z]"}}, {"ORTH": "Council", "OP": "+"}], ("ORTH", {"Council"})),
    ([{"TEXT": {"REGEX": "^[A-Z]"}}, {"ORTH": "Council", "OP": "{1,3}"}], ("ORTH", {"Council"})),
    ([{"ORTH": "New", "OP": "?"}, {"ORTH": "Treaty"}], ("ORTH", {"Treaty"})),
    ([{"ORTH": "The", "OP": "*"}, {"IS_TITLE": True}], None),
    ([{"ORTH": "The", "OP": "{0,2}"}, {"IS_TITLE": True}], None),
    ([{"ORTH": "no", "OP": "!"}, {"TEXT": {"NOT_IN": ["a"]}}], None),
    ([{"ORTH": {"IN": ["A", "B", "C"]}}, {"ORTH": "Treaty"}], ("ORTH", {"Treaty"})),
])
def test_ruler_anchor_is_a_token_the_pattern_cannot_match_without(pattern, expected):
    got = anchor(pattern)
    assert (got if got is None else (got[0], set(got[1]))) == expected


@pytest.mark.parametrize("pattern, longest", [
    ([{"ORTH": "a"}, {"ORTH": "b", "OP": "?"}], 2),
    ([{"ORTH": "a"}, {"IS_TITLE": True, "OP": "{0,4}"}, {"ORTH": "b", "OP": "{2}"}], 7),
    ([{"ORTH": "a"}, {"ORTH": "b", "OP": "{,3}"}, {"ORTH": "c", "OP": "!"}], 5),
    ([{"ORTH": "a"}, {"IS_TITLE": True, "OP": "+"}], None),
    ([{"ORTH": "a"}, {"IS_TITLE": True, "OP": "*"}], None),
    ([{"ORTH": "a"}, {"IS_TITLE": True, "OP": "{1,}"}], None),
])
def test_ruler_max_length_bounds_a_match(pattern, longest):
    assert max_length(pattern) == longest


def test_ruler_reach_counts_tokens_around_the_anchor():
    pattern = [{"IS_TITLE": True, "OP": "{0,3}"}, {"ORTH": "Treaty"}, {"LOWER": "on"}, {"IS_TITLE": True, "OP": "?"}]
    assert reach(pattern, 1) == (3, 2)
    assert reach([{"ORTH": "Treaty", "OP": "{1,3}"}, {"LOWER": "on"}], 0) == (2, 3)
    assert reach([{"ORTH": "Treaty"}, {"IS_TITLE": True, "OP": "+"}], 0) is None


def _both(patterns):
    nlp = spacy.blank("en")
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    for i, p in enumerate(patterns):
        key = f"{p['label']}||{p.get('id', i)}"
        plain.add(key, [p["pattern"]])
        anchored.add(key, [p["pattern"]])
    return nlp, plain, anchored


@pytest.fixture(scope="module")
def data_matchers():
    return _both([p for p in read_patterns() if isinstance(p["pattern"], list)])


def _seed_passages() -> list[str]:
    from nlptools.io.reading import iter_documents
    from nlptools.segmentation.segmenter import segment_document

    return [p.text for d in iter_documents([ROOT / "seeds"]) for _, p in segment_document(d).passages()]


def test_ruler_anchored_matcher_equals_spacy_matcher_on_the_seed_pages(data_matchers):
    nlp, plain, anchored = data_matchers
    texts = _seed_passages()
    found = 0
    for text in texts:
        doc = nlp.make_doc(text)
        expected = set(plain(doc))
        assert set(anchored(doc)) == expected, text
        found += len(expected)
    assert found > 100  # the data patterns do match on these pages


_WORDS = ["Treaty", "treaty", "on", "the", "of", "Non-Proliferation", "Nuclear", "Weapons", "Prague", "Council",
          "Security", "Ministry", "Foreign", "Affairs", "Lavrov", "Sergey", "Agreement", "New", "START", "and",
          "Organisation", "Cooperation", "Shanghai", "UN", "Committee", "Central", "Party", "Communist", ",", "-"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=150))
def test_ruler_anchored_matcher_equals_spacy_matcher_on_word_soup(data_matchers, words):
    nlp, plain, anchored = data_matchers
    doc = nlp.make_doc(" ".join(words))
    assert set(anchored(doc)) == set(plain(doc))


def test_ruler_matches_at_both_ends_of_a_long_text_are_found(data_matchers):
    # Groups run on windows around their anchor: matches at the edges of a long text and
    # matches whose anchor is far from their start must all be found.
    nlp, plain, anchored = data_matchers
    filler = " ".join(["and the talks went on"] * 30)
    text = (f"Treaty on the Non-Proliferation of Nuclear Weapons {filler} the Shanghai Cooperation "
            f"Organisation and the Ministry of Foreign Affairs {filler} the Prague treaty")
    doc = nlp.make_doc(text)
    expected = set(plain(doc))
    assert set(anchored(doc)) == expected
    assert {doc[s:e].text for _, s, e in expected} >= {"Treaty on the Non-Proliferation of Nuclear Weapons",
                                                       "Prague treaty"}


@pytest.mark.parametrize("pattern, expected", [
    ([{"TEXT": {"REGEX": r"^[A-Z]\.$"}}, {"IS_TITLE": True}], r"[A-Z]\."),
    ([{"IS_TITLE": True}, {"ORTH": {"REGEX": "^x+"}}], "x+"),
    ([{"TEXT": {"REGEX": r"\bab"}}], None),  # \b inside a token is not \b inside the text
    ([{"TEXT": {"REGEX": "(?=a)b"}}], None),
    ([{"TEXT": {"REGEX": r"(a)\1"}}], None),
    ([{"TEXT": {"REGEX": "(?i)ab"}}], None),
    ([{"TEXT": {"REGEX": "ab"}, "OP": "?"}], None),  # an optional token proves nothing
    ([{"LOWER": {"REGEX": "ab"}}], None),  # the text holds the token's text, not its lower case
    ([{"IS_TITLE": True}], None),
])
def test_ruler_text_prefilter_is_a_regex_every_matching_text_holds(pattern, expected):
    assert text_prefilter(pattern) == expected


@pytest.mark.parametrize("text", ["A.V.Yakovenko met Mr A. Smith.", "The UK. And then J. Doe", "No initials here at all",
                                  "a. b. lower case", "", "Sergey V. Lavrov and M.Zakharova"])
def test_ruler_patterns_without_anchor_run_where_their_prefilter_finds_something(data_matchers, text):
    nlp, plain, anchored = data_matchers
    assert anchored._prefilter is not None  # the data's patterns without an anchor all have one
    doc = nlp.make_doc(text)
    assert set(anchored(doc)) == set(plain(doc))


def test_ruler_prefilter_follows_added_and_removed_patterns():
    nlp, plain, anchored = _both([{"label": "PERSON", "pattern": [{"TEXT": {"REGEX": "^[A-Z]\\.$"}}], "id": "i"}])
    assert anchored._prefilter.pattern == "(?:[A-Z]\\.)"
    anchored.add("ANY", [[{"IS_TITLE": True}]])  # no prefilter: the group runs on every text
    assert anchored._prefilter is None
    assert len(anchored(nlp.make_doc("Mr Smith"))) == 2
    anchored.remove("ANY")
    assert anchored._prefilter.pattern == "(?:[A-Z]\\.)"
    assert anchored(nlp.make_doc("Mr Smith")) == []


def test_ruler_remove_and_len_follow_the_matcher_contract():
    nlp, plain, anchored = _both([
        {"label": "ORG", "pattern": [{"ORTH": "Council"}]},
        {"label": "ORG", "pattern": [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "party"}], "id": "p"},
    ])
    assert len(anchored) == len(plain) == 2
    assert "ORG||0" in anchored
    anchored.remove("ORG||0")
    assert "ORG||0" not in anchored and len(anchored) == 1
    assert [nlp.vocab.strings[m] for m, _, _ in anchored(nlp.make_doc("The Council and the Labour party"))] \
        == ["ORG||p"]
    with pytest.raises(ValueError):
        anchored.remove("ORG||0")


def _ruler(patterns):
    _register_component()
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(RULER_FACTORY, name="entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(patterns)
    return nlp


def test_ruler_component_saves_and_loads_with_its_factory(tmp_path):
    nlp = _ruler([{"label": "TREATY", "pattern": [{"ORTH": "Prague"}, {"LOWER": "treaty"}], "id": "New START"},
                  {"label": "ORG", "pattern": "United Nations"}])
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert again.get_pipe_meta("entity_ruler").factory == RULER_FACTORY
    doc = again("The Prague Treaty and the United Nations.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("Prague Treaty", "TREATY", "New START"), ("United Nations", "ORG", "")]


@pytest.mark.parametrize("order", [0, 1])
def test_ruler_tie_on_one_span_goes_to_the_gazetteer_id(order):
    # Regression: spaCy's EntityRuler broke such ties by set order, so the id of "UN" → "United
    # Nations" (the canonical name) was sometimes lost to a shape pattern or an identity id.
    patterns = [{"label": "ORG", "pattern": [{"ORTH": "UN"}]},
                {"label": "ORG", "pattern": "UN", "id": "UN"},
                {"label": "ORG", "pattern": "UN", "id": "United Nations"}]
    nlp = _ruler(patterns if order == 0 else patterns[::-1])
    assert [(e.text, e.ent_id_) for e in nlp("Reform of the UN.").ents] == [("UN", "United Nations")]


@pytest.mark.parametrize("patterns, warns", [([], True), ([{"label": "ORG", "pattern": "UN"}], False),
                                              ([{"label": "ORG", "pattern": [{"ORTH": "UN"}]}], False)])
def test_ruler_warns_only_without_patterns(patterns, warns):
    # The ruler checks for patterns on every Doc without counting them all (spaCy's len() did).
    import warnings

    nlp = _ruler(patterns)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp("Reform of the UN.")
    assert any("W036" in str(w.message) for w in caught) is warns


def test_ruler_longest_match_still_wins_over_a_gazetteer_id():
    nlp = _ruler([{"label": "ORG", "pattern": "Security Council", "id": "UNSC"},
                  {"label": "ORG", "pattern": [{"ORTH": "UN"}, {"ORTH": "Security"}, {"ORTH": "Council"}]}])
    assert [(e.text, e.ent_id_) for e in nlp("The UN Security Council met.").ents] == [("UN Security Council", "")]


def test_ruler_shipped_pipeline_uses_the_anchored_ruler():
    cfg = (ROOT / "models" / "entities" / "config.cfg").read_text(encoding="utf-8")
    assert f'factory = "{RULER_FACTORY}"' in cfg
    patterns = [json.loads(line) for line in
                (ROOT / "models" / "entities" / "entity_ruler" / "patterns.jsonl").open(encoding="utf-8")]
    assert sum(isinstance(p["pattern"], list) for p in patterns) > 500


_SEEN_BY_COMPONENT: list[str] = []


def test_ruler_phrase_patterns_are_only_tokenised():
    # Regression: spaCy's EntityRuler ran the components before it (the NER) over every
    # phrase pattern, two thirds of the entity pipeline's load time. An uninitialised NER
    # raises when it runs, so adding patterns behind one proves that it does not.
    _register_component()
    nlp = spacy.blank("en")
    nlp.add_pipe("ner")
    ruler = nlp.add_pipe(RULER_FACTORY, name="entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "United Nations"}, {"label": "ORG", "pattern": "UN"}])
    assert len(ruler.phrase_patterns["ORG"]) == 2


def test_ruler_unknown_components_still_see_phrase_patterns():
    # A component that is not known to leave tokens alone (it might retokenise) runs over the
    # phrase patterns, as in spaCy.
    from spacy.language import Language

    _SEEN_BY_COMPONENT.clear()
    if "_count_docs" not in Language.factories:
        Language.component("_count_docs")(lambda doc: _SEEN_BY_COMPONENT.append(doc.text) or doc)
    _register_component()
    nlp = spacy.blank("en")
    nlp.add_pipe("_count_docs")
    nlp.add_pipe(RULER_FACTORY, name="entity_ruler").add_patterns([{"label": "ORG", "pattern": "United Nations"}])
    assert _SEEN_BY_COMPONENT == ["United Nations"]


@pytest.mark.parametrize("pattern", [
    [{"IS_TITLE": True, "BAD_KEY": 1}],
    [],
])
def test_ruler_bad_pattern_leaves_the_matcher_usable(pattern):
    # Regression (review): a failed add left an empty group behind and broke every later call.
    nlp = spacy.blank("en")
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("K", [[{"ORTH": "x"}]])
    with pytest.raises(Exception):
        anchored.add("J", [pattern])
    assert [(s, e) for _, s, e in anchored(nlp.make_doc("x y z"))] == [(0, 1)]


@pytest.mark.parametrize("patterns, text", [
    ([[{"ORTH": "The", "Op": "?"}, {"LOWER": "treaty"}]], "a treaty"),
    ([[{"ORTH": "Treaty"}, {"IS_ALPHA": True, "oP": "*"}]], "one two Treaty on arms and peace"),
])
def test_ruler_operator_keys_in_any_case(patterns, text):
    # Regression (review): "Op"/"oP" keys were read as no operator.
    nlp = spacy.blank("en")
    plain, anchored = Matcher(nlp.vocab, validate=False), AnchoredMatcher(nlp.vocab, validate=False)
    plain.add("K", patterns)
    anchored.add("K", patterns)
    doc = nlp.make_doc(text)
    assert set(anchored(doc)) == set(plain(doc)) != set()


@pytest.mark.parametrize("kwargs", [{"greedy": "LONGEST"}, {"on_match": lambda *a: None}])
def test_ruler_greedy_and_callbacks_are_refused(kwargs):
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="on_match or greedy"):
        AnchoredMatcher(nlp.vocab).add("K", [[{"ORTH": "a"}]], **kwargs)


@pytest.mark.parametrize("text, expected", [
    ("an interview with the Times of India newspaper", [("Times of India", "ORG", "")]),
    ("the Times said so", [("Times", "ORG", "The Times")]),
    ("the Times of the day", [("Times", "ORG", "The Times")]),
])
def test_ruler_does_not_cut_an_outlet_out_of_a_longer_name(text, expected):
    # regression: "Times of India" became "Times" -> "The Times"
    import spacy

    from nlptools.entities.extractor import build_pipeline

    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler", name="fake_ner").add_patterns(
        [{"label": "ORG", "pattern": "Times of India"}, {"label": "ORG", "pattern": "Times said"},
         {"label": "ORG", "pattern": "Times of the day"}])
    nlp = build_pipeline(nlp, [{"label": "ORG", "pattern": "Times", "id": "The Times"}])
    assert [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents] == expected


@pytest.mark.parametrize("text, expected", [
    ("with the Times of India newspaper", [("Times of India", "ORG")]),
    ("with the Zvezdny Vestnik newspaper", [("Zvezdny Vestnik newspaper", "ORG")]),
    ("said Mr Hague", [("Mr Hague", "PERSON")]),
])
def test_ruler_shape_patterns_do_not_cut_across_the_ners_names(text, expected):
    import spacy

    from nlptools.entities.extractor import build_pipeline

    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler", name="fake_ner").add_patterns(
        [{"label": "ORG", "pattern": "Times of India"}, {"label": "GPE", "pattern": "Hague"}])
    nlp = build_pipeline(nlp, [
        {"label": "ORG", "pattern": [{"IS_TITLE": True, "OP": "{1,3}"}, {"LOWER": "newspaper"}]},
        {"label": "PERSON", "pattern": [{"LOWER": "mr"}, {"IS_TITLE": True}]}])
    nlp.remove_pipe("nlptools_entity_rules")
    assert [(e.text, e.label_) for e in nlp(text).ents] == expected
