"""Keys: equal wherever the same text appears, independent of run, order, encoding and line endings."""
from __future__ import annotations

import hashlib
import re

import pytest

from nlptools.segmentation.keys import article_key, normalise_for_key, passage_key
from nlptools.segmentation.segmenter import segment

from .conftest import seed_text


def _articles(name: str):
    return segment(seed_text(name), name).articles


def test_keys_main_article_and_its_listing_elsewhere_share_a_key():
    main = _articles("003_7cb3d7c92fc95882")[0]
    listing = next(a for a in _articles("004_73fd40f6b2609b20")
                   if a.kind == "listing" and a.title.startswith("Foreign Minister Sergey Lavrov’s article"))
    assert main.date != listing.date                      # the two dates are a day apart
    assert main.key == listing.key
    assert main.passages[0].key == listing.passages[0].key  # the titles are the same passage


def test_keys_repeated_listing_items_share_keys_across_pages():
    keys = {}
    for name in ("000_afdf33bbf275791b", "003_7cb3d7c92fc95882", "004_73fd40f6b2609b20"):
        for a in _articles(name):
            keys.setdefault(a.title, set()).add(a.key)
    assert all(len(k) == 1 for k in keys.values())
    assert len(keys["Presiden Putin's address to citizens of Russia ahead of State Duma elections"]) == 1


def test_keys_differ_for_different_articles_of_the_same_day():
    body = ["The Ministry published a statement today on the talks."]
    assert article_key("Statement on the talks in Geneva", body) != article_key("Statement on the talks in Vienna", body)
    assert article_key("Statement", body) != article_key("Statement", ["Another text was published today."])


@pytest.mark.parametrize("variant", [
    lambda t: t.replace("\n", "\r\n"),
    lambda t: t.replace("\n", "\r"),
    lambda t: t.replace("’", "'").replace("–", "-"),
    lambda t: re.sub(r"(?<=\S) (?=\S)", "  ", t),
    lambda t: t.replace(" ", "\u00a0"),
], ids=["crlf", "cr", "plain-quotes-dashes", "double-spaces", "nbsp"])
def test_keys_stable_across_line_endings_spaces_and_quotes(variant):
    text = seed_text("004_73fd40f6b2609b20")
    before = [(a.key, [p.key for p in a.passages]) for a in segment(text, "a").articles]
    after = [(a.key, [p.key for p in a.passages]) for a in segment(variant(text), "b").articles]
    assert before == after


def test_keys_do_not_depend_on_date_id_or_input_order():
    a = "Statement on arms control, 16 March 2021\n\nThe parties met in Geneva to discuss the future of the treaty."
    b = "25.10.2021 - Statement on arms control\n\nThe parties met in Geneva to discuss the future of the treaty."
    ka = segment(a, "x").articles[0].key
    kb = segment(b, "y").articles[0].key
    assert ka == kb and re.fullmatch(r"[0-9a-f]{16}", ka)


def test_keys_article_key_uses_only_the_first_twelve_body_words():
    opening = "one two three four five six seven eight nine ten eleven twelve"
    assert article_key("T", [opening + " thirteen"]) == article_key("T", [opening, "and the rest of the article"])
    assert article_key("T", [opening]) != article_key("T", ["zero " + opening])


@pytest.mark.parametrize("text, norm", [
    ("  Lavrov’s  “statement” —\tnow ", "lavrov's \"statement\" - now"),
    ("ＮＡＴＯ «Summit»", "nato \"summit\""),
    ("STRASSE", "strasse"),
])
def test_keys_normalisation(text, norm):
    assert normalise_for_key(text) == norm
    assert passage_key(text) == passage_key(norm)


def test_keys_same_day_listing_items_with_different_titles_differ():
    page = ("16.03.2021 - Statement on the talks in Geneva\nThe Ministry published a statement today on the talks.\n\n"
            "16.03.2021 - Statement on the talks in Vienna\nThe Ministry published a statement today on the talks.\n")
    a, b = segment(page, "x").articles
    assert a.date == b.date == "2021-03-16" and a.passages[1].key == b.passages[1].key
    assert a.key != b.key


def test_keys_stable_across_runs_and_processes():
    # Literal values: a key computed today is the key of the same text in any later run.
    assert article_key("Statement on arms control, 16 March 2021",
                       ["The parties met in Geneva to discuss the future of the treaty."]) == "1ad7be8b67857dc7"
    assert passage_key("Sergey Lavrov spoke about New START.") == "2b1aa2c45f2f27ca"
    import os
    import subprocess
    import sys

    code = ("from nlptools.segmentation import segment; from tests.conftest import seed_text; "
            "print([a.key for a in segment(seed_text('004_73fd40f6b2609b20'), 'x').articles])")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           cwd=os.path.dirname(os.path.dirname(__file__)),
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert runs == {str([a.key for a in _articles("004_73fd40f6b2609b20")]) + "\n"}


def test_keys_stable_across_input_order(seed_dir):
    from nlptools.segmentation import segment_records

    files = sorted(str(p) for p in seed_dir.glob("*.txt"))
    forward = {r["id"]: (r["article"]["key"], r["key"]) for r in segment_records(files)}
    backward = {r["id"]: (r["article"]["key"], r["key"]) for r in segment_records(files[::-1])}
    assert forward == backward and len(forward) == 218


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8-sig"),
    lambda t: t.encode("cp1252"),
    lambda t: t.replace("\n", "\r\n").encode("cp1252"),
], ids=["utf-8-bom", "cp1252", "cp1252-crlf"])
def test_keys_stable_across_encodings(tmp_path, encode):
    from nlptools.segmentation import segment_records

    text = seed_text("004_73fd40f6b2609b20")
    (tmp_path / "utf8.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "other.txt").write_bytes(encode(text))
    keys = {}
    for r in segment_records([str(tmp_path / "utf8.txt"), str(tmp_path / "other.txt")]):
        keys.setdefault(r["doc_id"], []).append((r["article"]["key"], r["key"]))
    assert keys["utf8"] == keys["other"] and len(keys["utf8"]) > 10


@pytest.mark.parametrize("title, body, recipe", [
    ("Press  Release", ["One two", "three"], "press release\none two three"),
    (None, ["One"], "\none"),
    ("T", [" ".join(f"w{i}" for i in range(10)), "w10 w11 w12 w13"], "t\n" + " ".join(f"w{i}" for i in range(12))),
])
def test_keys_article_key_follows_the_documented_recipe(title, body, recipe):
    # sha256 of the normalised title, a newline and the body's first twelve normalised words, 16 hex digits.
    assert article_key(title, body) == hashlib.sha256(recipe.encode("utf-8")).hexdigest()[:16]
    assert passage_key(" Sergey  LAVROV’s ") == hashlib.sha256("sergey lavrov's".encode("utf-8")).hexdigest()[:16]
