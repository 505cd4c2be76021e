"""Canonical names across the passages of one page: surnames, aliases, gazetteer ids."""
from __future__ import annotations

import pytest

from nlptools.entities.canonical import Canonicalizer, normalise

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
