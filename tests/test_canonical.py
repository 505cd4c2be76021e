"""Canonical names across the passages of one page: surnames, aliases, gazetteer ids."""
from __future__ import annotations

import pytest

from nlptools.entities import canonical as canonical_module
from nlptools.entities.canonical import Canonicalizer, normalise
from nlptools.types import Entity

ALIASES = {"ORG": {"UN": "United Nations", "NATO": "NATO", "North Atlantic Alliance": "NATO"},
           "TREATY": {"START-3": "New START", "New START Treaty": "New START",
                      "INF Treaty": "Intermediate-Range Nuclear Forces Treaty"},
           "PERSON": {"Sergei Lavrov": "Sergey Lavrov"}}


@pytest.fixture
def canon():
    return Canonicalizer(ALIASES, ["Vladimir Putin", "Sergey Lavrov", "Donald Trump"])


def test_canonical_surname_resolves_to_full_name_seen_on_the_page(canon):
    page = [
        [(0, 13, "PERSON", "Sergey Lavrov", None), (20, 33, "PERSON", "Maria Zakharova", None)],
        [(0, 6, "PERSON", "Lavrov", None), (10, 19, "PERSON", "Zakharova", None)],
    ]
    out = canon.resolve(page)
    assert [e.canonical for e in out[1]] == ["Sergey Lavrov", "Maria Zakharova"]


def test_canonical_surname_without_full_name_uses_gazetteer_or_stays(canon):
    out = canon.resolve([[(0, 5, "PERSON", "Putin", None), (9, 16, "PERSON", "Johnson", None)]])
    assert [e.canonical for e in out[0]] == ["Vladimir Putin", "Johnson"]


def test_canonical_ambiguous_surname_is_not_guessed(canon):
    page = [[(0, 12, "PERSON", "Boris Johnson", None), (14, 28, "PERSON", "Lyndon Johnson", None)],
            [(0, 7, "PERSON", "Johnson", None)]]
    assert canon.resolve(page)[1][0].canonical == "Johnson"


@pytest.mark.parametrize("label, text, expected", [
    ("ORG", "UN", "United Nations"), ("ORG", "North Atlantic Alliance", "NATO"),
    ("TREATY", "START-3", "New START"), ("TREATY", "New START Treaty", "New START"),
    ("TREATY", "INF Treaty", "Intermediate-Range Nuclear Forces Treaty"),
    ("PERSON", "Sergei Lavrov", "Sergey Lavrov"), ("ORG", "the  Valdai\u00a0Club", "Valdai Club"),
])
def test_canonical_aliases_and_normalisation(canon, label, text, expected):
    assert canon.resolve([[(0, len(text), label, text, None)]])[0][0].canonical == expected


def test_canonical_ruler_id_is_used_when_no_alias(canon):
    out = canon.resolve([[(0, 9, "TREATY", "Minsk agreements", "Minsk Agreements")]])
    assert out[0][0].canonical == "Minsk Agreements"


def test_canonical_normalise_keeps_the_times():
    assert normalise("The Times") == "The Times" and normalise("the EU’s") == "EU's"


def test_canonical_page_full_name_wins_over_a_global_surname(canon):
    # regression: "General Carter" after "Sir Nicholas Carter" became a former US president
    page = [[(4, 19, "PERSON", "Nicholas Carter", None)], [(8, 14, "PERSON", "Carter", "Jimmy Carter")]]
    assert canon.resolve(page)[1][0].canonical == "Nicholas Carter"
    alone = [[(8, 14, "PERSON", "Carter", "Jimmy Carter")]]
    assert canon.resolve(alone)[0][0].canonical == "Jimmy Carter"


def test_canonical_page_full_name_wins_over_a_surname_alias():
    canon = Canonicalizer({"PERSON": {"Putin": "Vladimir Putin"}}, [], {})
    page = [[(0, 12, "PERSON", "Lyudmila Putina", None)], [(0, 5, "PERSON", "Putin", None)]]
    assert canon.resolve(page)[1][0].canonical == "Vladimir Putin"
    page = [[(0, 12, "PERSON", "Igor Putin", None)], [(0, 5, "PERSON", "Putin", None)]]
    assert canon.resolve(page)[1][0].canonical == "Igor Putin"


AMBIGUOUS = {"TREATY": {"Grand Treaty": ["Russia-Ukraine Treaty", "Russia-China Treaty"],
                        "START Treaty": ["START I", "New START"]}}


@pytest.mark.parametrize("others, expected", [
    ([(0, 9, "TREATY", "New START", "New START")], "New START"),
    ([(0, 7, "TREATY", "START I", "START I")], "START I"),
    ([], "START Treaty"),
    ([(0, 9, "TREATY", "New START", "New START"), (0, 7, "TREATY", "START I", "START I")], "START Treaty"),
], ids=["new-start-page", "start-i-page", "no-context", "both"])
def test_canonical_ambiguous_alias_resolves_by_the_page_or_stays(others, expected):
    canon = Canonicalizer(ALIASES, [], AMBIGUOUS)
    out = canon.resolve([others, [(0, 12, "TREATY", "START Treaty", "START")]])
    assert out[1][0].canonical == expected


def test_canonical_shipped_ambiguous_aliases_are_not_global():
    canon = Canonicalizer()
    grand = canon.resolve([[(0, 12, "TREATY", "Grand Treaty", None)]])[0][0]
    assert grand.canonical == "Grand Treaty"
    page = [[(0, 57, "TREATY", "Treaty of Good-Neighbourliness, Friendship and Cooperation", None)],
            [(0, 12, "TREATY", "Grand Treaty", None)]]
    assert canon.resolve(page)[1][0].canonical == canon.resolve(page)[0][0].canonical


@pytest.mark.parametrize("page, label", [
    ([[(4, 14, "TREATY", "INF Treaty", None)], [(0, 3, "ORG", "INF", None)]], "TREATY"),
    ([[(0, 3, "ORG", "CFE", None)]], "TREATY"),
    ([[(0, 4, "TREATY", "XYZT", None)], [(0, 4, "ORG", "XYZT", None)]], "TREATY"),
    ([[(0, 4, "ORG", "XYZT", None)]], "ORG"),
    ([[(0, 4, "ORG", "NATO", None)]], "ORG"),
])
def test_canonical_treaty_acronyms_read_as_organisations_become_treaties(page, label):
    out = Canonicalizer().resolve(page)
    assert out[-1][0].label == label


@pytest.mark.parametrize("text, expected", [
    ("  Sergey \n Lavrov ", "Sergey Lavrov"), ("the Kremlin", "Kremlin"), ("The Kremlin", "Kremlin"),
    ("‘Grand’ Treaty", "'Grand' Treaty"), ("The Times", "The Times"),
])
def test_canonical_normalise_collapses_space_unifies_quotes_drops_the(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("mention, people, expected", [
    ("Lavrov", {"Lavrov": {"Sergey Lavrov"}}, "Sergey Lavrov"),
    ("S.V.Lavrov", {"Lavrov": {"Sergey Lavrov"}}, "Sergey Lavrov"),
    ("A. Ng", {"Ng": {"Andrew Ng"}}, "Andrew Ng"),
    ("Igor Lavrov", {"Lavrov": {"Sergey Lavrov"}}, "Igor Lavrov"),
    ("J. Edgar Hoover", {"Hoover": {"Herbert Hoover"}}, "J. Edgar Hoover"),
], ids=["surname", "initials-surname", "two-letter-surname", "other-first-name", "initial-and-first-name"])
def test_canonical_only_a_surname_or_initials_and_surname_take_the_page_full_name(mention, people, expected):
    canon = Canonicalizer({}, [], {})
    assert canon.canonical("PERSON", mention, None, people) == expected


def test_canonical_surname_of_an_organisation_is_not_a_person():
    page = [[(0, 15, "PERSON", "Andrew Carnegie", None)], [(0, 8, "ORG", "Carnegie", None)]]
    assert Canonicalizer({}, [], {}).resolve(page)[1][0].canonical == "Carnegie"


def test_canonical_surname_shared_on_the_page_does_not_fall_back_to_the_gazetteer(canon):
    page = [[(0, 12, "PERSON", "Donald Trump", None), (20, 30, "PERSON", "Fred Trump", None)],
            [(0, 5, "PERSON", "Trump", None)]]
    assert canon.resolve(page)[1][0].canonical == "Trump"


@pytest.mark.parametrize("first, expected", [
    ([(0, 3, "ORG", "UN", None), (10, 25, "PERSON", "Maria Zakharova", None)], "Maria Zakharova"),
    ([(0, 11, "PERSON", "Ed Miliband", None)], "Ed Miliband"),
    ([(0, 15, "PERSON", "J. Edgar Hoover", None)], "J. Edgar Hoover"),
    ([(0, 13, "PERSON", "Sergei Lavrov", None)], "Sergey Lavrov"),
], ids=["after-an-org", "two-letter-first-name", "initial-then-first-name", "full-name-alias"])
def test_canonical_full_names_of_the_page_resolve_a_later_surname(canon, first, expected):
    surname = expected.split()[-1]
    out = canon.resolve([first, [(0, len(surname), "PERSON", surname, None)]])
    assert out[1][0].canonical == expected


def test_canonical_initials_and_surname_are_not_a_full_name(canon):
    out = canon.resolve([[(0, 9, "PERSON", "S. Lavrov", None)], [(0, 6, "PERSON", "Lavrov", None)]])
    assert [out[0][0].canonical, out[1][0].canonical] == ["Sergey Lavrov", "Sergey Lavrov"]


@pytest.mark.parametrize("label, text, expected", [
    ("ORG", "north atlantic alliance", "NATO"), ("PERSON", "Maria Zakharova", "Maria Zakharova"),
], ids=["case-insensitive-alias", "label-without-aliases"])
def test_canonical_alias_lookup(label, text, expected):
    canon = Canonicalizer({"ORG": ALIASES["ORG"]}, [], {})
    assert canon.resolve([[(0, len(text), label, text, None)]])[0][0].canonical == expected


def test_canonical_resolve_keeps_offsets_label_and_text(canon):
    out = canon.resolve([[(4, 6, "ORG", "UN", None)], [(7, 13, "PERSON", "Lavrov", None)]])
    assert out == [[Entity(4, 6, "ORG", "UN", "United Nations")],
                   [Entity(7, 13, "PERSON", "Lavrov", "Sergey Lavrov")]]


@pytest.mark.parametrize("items, expected", [
    ([(0, 10, "TREATY", "INF Treaty", None)], {"INF"}),
    ([(0, 10, "TREATY", "INF-Treaty", None)], {"INF"}),
    ([(0, 10, "TREATY", "inf treaty", None)], set()),
    ([(0, 3, "TREATY", "NPT", None)], {"NPT"}),
    ([(0, 8, "TREATY", "START II", None)], set()),
    ([(0, 13, "TREATY", "Moscow Treaty", None)], set()),
    ([(0, 16, "TREATY", "New START Treaty", None)], set()),
    ([(0, 3, "ORG", "CFE", None)], set()),
    ([(0, 4, "ORG", "NATO", None), (9, 19, "TREATY", "INF Treaty", None)], {"INF"}),
], ids=["acronym-treaty", "hyphen", "lower-case", "acronym-alone", "acronym-and-number", "place-treaty",
        "three-words", "org-only", "org-before-treaty"])
def test_canonical_treaty_acronyms_named_by_the_page(items, expected):
    assert Canonicalizer(ALIASES, [], {}).treaty_acronyms([items]) == expected


def test_canonical_alias_acronyms_only_a_treaty_are_treaty_acronyms():
    aliases = {"ORG": {"CSTO": "CSTO"},
               "TREATY": {"CSTO": "Collective Security Treaty", "CFE": "CFE Treaty", "Open Skies": "Open Skies"}}
    assert Canonicalizer(aliases, [], {}).treaty_acronyms([]) == {"CFE"}


@pytest.mark.parametrize("others, rid, expected", [
    ([(0, 7, "TREATY", "START I", None)], "START", "START I"),
    ([], "New START", "START Treaty"),
], ids=["other-mention-without-id", "own-ruler-id-is-not-the-page"])
def test_canonical_ambiguous_alias_is_resolved_by_other_mentions_only(others, rid, expected):
    out = Canonicalizer(ALIASES, [], AMBIGUOUS).resolve([others, [(0, 12, "TREATY", "START Treaty", rid)]])
    assert out[1][0].canonical == expected


@pytest.mark.parametrize("aliases, people, ambiguous, mention, expected", [
    (None, [], {}, (0, 2, "ORG", "UN", None), "United Nations"),
    (ALIASES, None, {}, (0, 5, "PERSON", "Putin", None), "Vladimir Putin"),
    (None, [], {"TREATY": {"Big Treaty": ["START I", "New START"]}}, (0, 10, "TREATY", "Big Treaty", None), "START I"),
], ids=["aliases", "people", "given-ambiguous-kept"])
def test_canonical_missing_tables_come_from_the_shipped_data(aliases, people, ambiguous, mention, expected):
    page = [[(0, 7, "TREATY", "START I", None)], [mention]]
    assert Canonicalizer(aliases, people, ambiguous).resolve(page)[1][0].canonical == expected


def test_canonical_tables_are_read_from_the_data_files(tmp_path, monkeypatch):
    monkeypatch.setattr(canonical_module, "_TABLES", None)
    (tmp_path / "aliases.json").write_text(
        '{"_doc": "x", "ORG": {"UN": "United Nations"}, "ambiguous": {"TREATY": {"START": ["START I", "New START"]}}}',
        encoding="utf-8")
    (tmp_path / "entity_patterns.jsonl").write_text(
        '{"label": "PERSON", "pattern": "Putin", "id": "Vladimir Putin"}\n\n'
        '{"label": "PERSON", "pattern": "Lavrov", "id": "Sergey Lavrov"}\n'
        '{"label": "PERSON", "pattern": "Zakharova"}\n'
        '{"label": "ORG", "pattern": "UN", "id": "United Nations"}\n', encoding="utf-8")
    assert canonical_module._default_tables(tmp_path) == (
        {"ORG": {"UN": "United Nations"}}, ["Sergey Lavrov", "Vladimir Putin"],
        {"TREATY": {"START": ["START I", "New START"]}})


@pytest.mark.parametrize("aliases_json, expected", [
    (None, ({}, [], {})), ('{"ORG": {"UN": "United Nations"}}', ({"ORG": {"UN": "United Nations"}}, [], {})),
], ids=["no-files", "no-ambiguous-section"])
def test_canonical_tables_missing_data_are_empty(tmp_path, monkeypatch, aliases_json, expected):
    monkeypatch.setattr(canonical_module, "_TABLES", None)
    if aliases_json:
        (tmp_path / "aliases.json").write_text(aliases_json, encoding="utf-8")
    assert canonical_module._default_tables(tmp_path) == expected
