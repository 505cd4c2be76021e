"""Segmentation: seeds (titles, dates, listings, speakers, no furniture), layout variants, properties."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlptools.segmentation.dates import parse_date, parse_stamp, strip_trailing_date, trailing_date
from nlptools.segmentation.segmenter import classify_line, segment

from .conftest import seed_text

SEEDS = {
    "000_afdf33bbf275791b": dict(
        page_date="2021-10-26",
        title="Ambassador Andrei Kelin's address at the online conference «Centenary of the Russian-British trade relations», 16 March 2021",
        date="2021-03-16",
        listings=[
            ("2021-10-25", "President Putin's telephone conversation"),
            ("2021-10-22", "Vladimir Putin took part in"),
            ("2021-10-21", "Foreign Minister Sergey Lavrov's remarks at the third meeting"),
            ("2021-10-20", "Foreign Minister Sergey Lavrov’s answers to media questions"),
            ("2021-09-27", "Foreign Minister Sergey Lavrov’s news conference"),
            ("2021-09-27", "Foreign Minister Sergey Lavrov’s address at the General Debate"),
            ("2021-09-16", "Presiden Putin's address to citizens"),
            ("2021-08-04", "Russia`s position at the 76th Session"),
            ("2021-08-04", "Foreign Minister Sergey Lavrov’s interview with the newspaper Komsomolskaya Pravda"),
            ("2021-07-23", "Comment by Foreign Ministry Spokeswoman Maria Zakharova"),
        ],
        speakers={"Question", "Sergey Lavrov"},
    ),
    "001_8ee92459caf7f0c6": dict(
        page_date="2020-01-17",
        title="Main foreign policy outcomes of 2017",
        date="2018-01-26",
        listings=[
            ("2020-01-16", "Foreign Minister Sergey Lavrov’s remarks and answers"),
            ("2020-01-15", "Interview of Foreign Minister Sergey Lavrov with the Times of India"),
            ("2020-01-14", "Ambassador Andrei Kelin's letter to the Times"),
            ("2020-01-14", "Interview of Foreign Minister Sergey Lavrov with the Daily News"),
            ("2019-12-19", "President Vladimir Putin replies to a BBC question"),
            ("2019-12-18", "Foreign Minister Sergey Lavrov’s article Neighbours in Europe"),
            ("2019-12-06", "Foreign Minister Sergey Lavrov’s remarks at the 26th OSCE"),
            ("2019-11-29", "Ambassador Andrei Kelin’s speech"),
            ("2019-11-28", "Deputy Foreign Minister Oleg Syromolotov’s reply"),
            ("2019-11-21", "Foreign Minister Sergey Lavrov’s remarks and answers to media questions"),
        ],
        speakers={"Question", "Sergey Lavrov", "Answer"},
    ),
    "002_b0f2619614c4f6e8": dict(
        page_date="2020-08-03",
        title="Foreign Minister Sergey Lavrov’s interview with the MIC Izvestia multimedia information centre Vladivostok, September 4, 2019",
        date="2019-09-04",
        listings=[
            ("2020-07-25", '"Concerning the sensational report on Russia"'),
            ("2020-07-16", "The Human Rights Situation in Ukraine"),
            ("2020-07-16", "Embassy comment concerning today’s unfriendly statements"),
            ("2020-07-06", "Embassy comment on the UK announcement of sanctions"),
            ("2020-06-29", "Embassy press officer’s reply"),
            ("2020-05-16", "Ambassador Andrei Kelin's letter to Financial Times"),
            ("2020-05-15", "Ambassador Andrei Kelin's letter to The Times"),
            ("2020-05-11", "Statement by the Foreign Ministry"),
            ("2020-05-08", "Telephone conversation between Russian President Vladimir Putin"),
            ("2020-05-07", "Press release on Foreign Minister Sergey Lavrov’s telephone conversation"),
        ],
        speakers={"Question", "Sergey Lavrov"},
    ),
    "003_7cb3d7c92fc95882": dict(
        page_date="2021-09-20",
        title="Foreign Minister Sergey Lavrov’s article on the occasion of the 20th anniversary of the signing of the Treaty of Good-Neighbourliness",
        date="2021-07-16",
        listings=[
            ("2021-09-16", "Presiden Putin's address"),
            ("2021-08-04", "Russia`s position"),
            ("2021-08-04", "Foreign Minister Sergey Lavrov’s interview with the newspaper Komsomolskaya Pravda"),
            ("2021-07-23", "Comment by Foreign Ministry Spokeswoman"),
            ("2021-07-22", "Foreign Minister Sergey Lavrov's interview with Interfax"),
            ("2021-07-13", "Article by Vladimir Putin ”On the Historical Unity"),
            ("2021-07-09", "Foreign Minister Sergey Lavrov’s address on Russia’s International Activities"),
            ("2021-06-22", "Article by President Vladimir Putin ”Being Open, Despite the Past“"),
            ("2021-05-09", "President Putin's address at the military parade"),
            ("2021-04-22", "Russian Foreign Ministry Spokeswoman Maria Zakharova's Comment"),
        ],
        speakers={"Question", "Sergey Lavrov"},
    ),
    "004_73fd40f6b2609b20": dict(
        page_date="2021-09-26",
        title="Press release on the future of New START",
        date=None,
        listings=[
            ("2021-09-16", "Presiden Putin's address"),
            ("2021-08-04", "Russia`s position"),
            ("2021-08-04", "Foreign Minister Sergey Lavrov’s interview with the newspaper Komsomolskaya Pravda"),
            ("2021-07-23", "Comment by Foreign Ministry Spokeswoman"),
            ("2021-07-22", "Foreign Minister Sergey Lavrov's interview with Interfax"),
            ("2021-07-17", "Foreign Minister Sergey Lavrov’s article on the occasion of the 20th anniversary"),
            ("2021-07-13", "Article by Vladimir Putin ”On the Historical Unity"),
            ("2021-07-09", "Foreign Minister Sergey Lavrov’s address on Russia’s International Activities"),
            ("2021-06-22", "Article by President Vladimir Putin ”Being Open"),
            ("2021-05-09", "President Putin's address at the military parade"),
        ],
        speakers={"Question", "Sergey Lavrov"},
    ),
}

FURNITURE = re.compile(
    r"Moscow: \d|London: \d|Consular queries|\+44 \(0\)|rusemb\.org\.uk|days have passed since"
    r"|SPEECHES, INTERVIEWS, ARTICLES|LATEST EVENTS|all messages|^\d{2}\.\d{2}\.\d{4}$|16 March 2021, 12:50"
)


def check_offsets(text: str, page) -> None:
    for article in page.articles:
        assert 0 <= article.start <= article.end <= len(text)
        for p in article.passages:
            assert 0 <= p.start < p.end <= len(text)
            assert len(p.text) == p.end - p.start
            src = text[p.start:p.end]
            assert all(a == b or (a.isspace() and b == " ") for a, b in zip(src, p.text))
            assert p.text == p.text.strip()


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_segmentation_seed_main_article(name):
    exp = SEEDS[name]
    page = segment(seed_text(name), name)
    main = page.articles[0]
    assert page.page_date == exp["page_date"]
    assert main.kind == "main"
    assert main.title.startswith(exp["title"])
    assert main.date == exp["date"]
    assert main.passages, "the main article has a body"


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_segmentation_seed_listings(name):
    exp = SEEDS[name]
    page = segment(seed_text(name), name)
    listings = [a for a in page.articles if a.kind == "listing"]
    assert len(listings) == len(exp["listings"])
    for article, (date, title) in zip(listings, exp["listings"]):
        assert article.date == date
        assert article.title.startswith(title)
        assert article.passages, f"listing {article.title!r} has a summary"


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_segmentation_seed_speakers_and_no_furniture(name):
    text = seed_text(name)
    page = segment(text, name)
    speakers = {p.speaker for _, p in page.passages() if p.speaker}
    assert speakers == SEEDS[name]["speakers"]
    for article, p in page.passages():
        assert not FURNITURE.search(p.text), p.text[:80]
        assert (p.text == article.title) == (p.part == "title")
        assert (p.index == 0) == (p.part == "title")
    check_offsets(text, page)


def test_segmentation_turns_inside_one_paragraph_are_split():
    page = segment(seed_text("001_8ee92459caf7f0c6"))
    reply = next(a for a in page.articles if a.title.startswith("Deputy Foreign Minister Oleg Syromolotov"))
    assert [p.speaker for p in reply.body] == ["Question", "Answer"]
    assert reply.body[0].text.startswith("Q: How would you comment")
    assert reply.body[1].text.startswith("A.: This is not the first")


def test_segmentation_interview_continuation_keeps_speaker():
    page = segment(seed_text("002_b0f2619614c4f6e8"))
    main = page.articles[0].body
    assert main[0].speaker == "Question"
    assert main[1].text.startswith("Sergey Lavrov: Much has been said")
    assert main[2].speaker == "Sergey Lavrov"
    assert main[2].text.startswith("I would say that")


def test_segmentation_numbered_points_stay_whole():
    page = segment(seed_text("001_8ee92459caf7f0c6"), max_passage_chars=200)
    numbered = [p for p in page.articles[0].passages if re.match(r"\d+\. ", p.text)]
    assert len(numbered) == 12
    assert any(len(p.text) > 200 for p in numbered)


def test_segmentation_long_paragraph_cut_at_sentences():
    sentence = "The parties reaffirmed their commitment to the agreement. "
    text = "Title of the page\n\n" + sentence * 40 + "\n"
    page = segment(text, max_passage_chars=300)
    passages = page.articles[0].body
    assert len(passages) > 1
    assert all(len(p.text) <= 300 for p in passages)
    assert all(p.text.endswith(".") for p in passages)
    assert " ".join(p.text for p in passages) == (sentence * 40).strip()


@pytest.mark.parametrize("limit, passages", [
    (47, ["One two three. Four five six. Seven eight nine."]),
    (46, ["One two three. Four five six.", "Seven eight nine."]),
    (30, ["One two three. Four five six.", "Seven eight nine."]),
    (29, ["One two three.", "Four five six.", "Seven eight nine."]),
])
def test_segmentation_long_paragraph_packs_whole_sentences_up_to_the_limit(limit, passages):
    page = segment("Title of the page\n\nOne two three. Four five six. Seven eight nine.\n", max_passage_chars=limit)
    body = page.articles[0].body
    assert [p.text for p in body] == passages
    assert [p.index for p in body] == list(range(1, len(passages) + 1))
    assert all(page.text[p.start:p.end] == p.text for p in body)


@pytest.mark.parametrize("paragraph, passages", [
    ("Mr. Lavrov spoke. Dr. Smith replied.", ["Mr. Lavrov spoke.", "Dr. Smith replied."]),
    ("S. Lavrov spoke. «Yes.» Then he left.", ["S. Lavrov spoke.", "«Yes.»", "Then he left."]),
    ('He said: "Stop." Then he left.', ['He said: "Stop."', "Then he left."]),
], ids=["abbreviations", "initial-and-quotes", "closing-quote"])
def test_segmentation_long_paragraph_is_not_cut_after_an_abbreviation(paragraph, passages):
    page = segment(f"Title of the page\n\n{paragraph}\n", max_passage_chars=10)
    assert [p.text for p in page.articles[0].body] == passages


def test_segmentation_long_turn_pieces_keep_the_speaker():
    page = segment("Title of the page\n\nSergey Lavrov: One two three. Four five six.\n", max_passage_chars=30)
    assert [(p.text, p.speaker) for p in page.articles[0].body] == [
        ("Sergey Lavrov: One two three.", "Sergey Lavrov"), ("Four five six.", "Sergey Lavrov")]


HEADER = ["26 October 2021", "Moscow: 00:03", "London: 22:03", "", "Consular queries:\u00a0\u00a0",
          "+44 (0) 203 668 7474\u00a0\u00a0", "",
          "1332 days have passed since the Salisbury incident - no credible information\u00a0\u00a0"]
BODY = ["Press release on the future of arms control", "",
        "First paragraph about the treaty.", "\u00a0", "Second paragraph, about sanctions.", "",
        "16 March 2021, 12:50", "", "25.10.2021 - A listing title", "", "The listing summary.", "",
        "all messages"]


def _variant(lines, newline="\n"):
    return newline.join(lines) + newline


@pytest.mark.parametrize(
    "lines, page_date, date",
    [
        (HEADER + ["", ""] + BODY, "2021-10-26", "2021-03-16"),
        (BODY, None, "2021-03-16"),
        ([HEADER[2], HEADER[0], HEADER[7], HEADER[4], HEADER[1]] + [""] + BODY, "2021-10-26", "2021-03-16"),
        (HEADER + ["info@rusemb.org.uk", "", "PRESS RELEASES AND NEWS", "", "26.01.2018", ""] + BODY,
         "2021-10-26", "2018-01-26"),
        (["26 октября 2021", "Москва: 00:03", "Лондон: 22:03", "Консульские вопросы:", "",
          "1332 дня прошло с момента инцидента в Солсбери"] + BODY, "2021-10-26", "2021-03-16"),
        ([" \u00a0 "] + HEADER[:3] + ["   "] + BODY, "2021-10-26", "2021-03-16"),
    ],
    ids=["full", "no-header", "shuffled", "email-heading-dateline", "russian-header", "space-blank-lines"],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_segmentation_layout_variants(lines, page_date, date, newline):
    text = _variant(lines, newline)
    page = segment(text)
    assert page.page_date == page_date
    main, listing = page.articles
    assert main.title == "Press release on the future of arms control"
    assert main.date == date
    assert [(p.index, p.part, p.text) for p in main.passages] == [
        (0, "title", "Press release on the future of arms control"),
        (1, "body", "First paragraph about the treaty."), (2, "body", "Second paragraph, about sanctions.")]
    assert (listing.kind, listing.date, listing.title) == ("listing", "2021-10-25", "A listing title")
    assert [(p.part, p.text) for p in listing.passages] == [("title", "A listing title"), ("body", "The listing summary.")]
    assert text[listing.start:listing.start + len("A listing title")] == "A listing title"
    check_offsets(text, page)


@pytest.mark.parametrize(
    "paragraphs, speakers",
    [
        (["Question (in English): Will the talks resume?", "Answer: They will."], ["Question", "Answer"]),
        (["Q: Will the talks resume?", "A: They will, next week."], ["Question", "Answer"]),
        (["1) Question: Will the talks resume? Maria Zakharova: They will."], ["Question", "Maria Zakharova"]),
        (["V.V.Putin: Good afternoon, colleagues.", "Thank you."], ["V.V.Putin", "V.V.Putin"]),
        (["Question: First? Sergey Lavrov: Yes. Question: Second? Sergey Lavrov: No."],
         ["Question", "Sergey Lavrov", "Question", "Sergey Lavrov"]),
        (["Note: the talks resumed in Geneva.", "The Treaty: a summary follows."], [None, None]),
    ],
    ids=["in-english", "q-a", "numbered", "initials", "many-turns", "not-turns"],
)
def test_segmentation_interview_turn_variants(paragraphs, speakers):
    text = "Interview with the newspaper\n\n" + "\n\n".join(paragraphs) + "\n"
    page = segment(text)
    assert [p.speaker for p in page.articles[0].body] == speakers
    check_offsets(text, page)


@pytest.mark.parametrize(
    "line, kind",
    [("26 October 2021", "date"), ("26.01.2018", "date"), ("16 March 2021, 12:50", "stamp"),
     ("Moscow: 00:03", "furniture"), ("+44 (0) 203 668 7474", "furniture"), ("info@rusemb.org.uk", "furniture"),
     ("SPEECHES, INTERVIEWS, ARTICLES", "furniture"), ("all messages", "furniture"),
     ("684 days have passed since the Salisbury incident", "furniture"),
     ("25.10.2021 - President Putin's telephone conversation", "listing"),
     ("The NATO summit took place in Madrid.", "text")],
)
def test_segmentation_classify_line(line, kind):
    assert classify_line(line)[0] == kind


def test_segmentation_only_furniture_gives_no_passages():
    page = segment(_variant(HEADER + ["", "all messages"]))
    assert page.page_date == "2021-10-26"
    assert page.articles == []


def test_segmentation_is_deterministic():
    text = seed_text("002_b0f2619614c4f6e8")
    assert segment(text, "x").to_dict() == segment(text, "x").to_dict()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab Q:A.1)\n\r\u00a0\t-–09Тест.?!\"”") + ["Question: ", "\n\n",
       "26.01.2018", "Sergey Lavrov: ", "25.10.2021 - ", "Moscow: 00:03", "1. ", "Mr. "]), max_size=200).map("".join),
       st.integers(min_value=20, max_value=2000))
def test_segmentation_never_raises_and_keeps_offsets(text, limit):
    page = segment(text, max_passage_chars=limit)
    check_offsets(text, page)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_segmentation_arbitrary_unicode(text):
    check_offsets(text, segment(text))


def _header_end(text: str) -> int:
    """Offset just after the last furniture line above the seed page's main title."""
    from nlptools.segmentation.segmenter import FURNITURE, _lines

    title = text.index(segment(text).articles[0].title)
    last = max(ln.end for ln in _lines(text) if ln.kind == FURNITURE and ln.end < title)
    return text.index("\n", last) + 1


def _shape(page):
    return [(a.kind, a.title, a.date, [(p.part, p.text, p.speaker) for p in a.passages]) for a in page.articles]


HEADER_VARIANTS = {
    "email-obfuscated": lambda h: h.replace("+44 (0) 203 668 7474", "+44 (0) 203 668 7474\n[email protected]"),
    "email-entity": lambda h: h.replace("Consular queries:", "[email&#160;protected]\nConsular queries:"),
    "email-bare": lambda h: h + "E-mail: email protected\n\n",
    "pager-no-heading": lambda h: h + "Pages: ««« :: 1 2 3 4 5 … :: »»»\n\n",
    "pager-with-heading": lambda h: h + "News\n\nPages: ««« :: 123… :: »»»\n\n",
    "heading-mixed-case": lambda h: h + "Speeches and interviews\n\n",
    "heading-and-email": lambda h: h + "[email protected]\n\nPress releases\n\n",
}


@pytest.mark.parametrize("variant", sorted(HEADER_VARIANTS))
@pytest.mark.parametrize("name", sorted(SEEDS))
def test_segmentation_header_furniture_variants_keep_the_seed_segmentation(name, variant):
    text = seed_text(name)
    cut = _header_end(text)
    changed = HEADER_VARIANTS[variant](text[:cut]) + text[cut:]
    page = segment(changed)
    assert _shape(page) == _shape(segment(text))
    assert page.page_date == SEEDS[name]["page_date"]
    check_offsets(changed, page)


@pytest.mark.parametrize("line", ["[email protected]", "[email&#160;protected]", "email protected",
                                  "E-mail: [email protected]", "Pages: ««« :: 1 2 3 4 5 … :: »»»",
                                  "««« :: 1 2 3 :: »»»", "Pages: 1 2 3 next", "Latest news", "Other events"])
def test_segmentation_obfuscated_contacts_and_pagers_are_furniture(line):
    assert classify_line(line)[0] == "furniture"


@pytest.mark.parametrize("line", ["Email protected by law is a new idea.", "1.", "Pages of history", "News"])
def test_segmentation_lines_like_furniture_are_not(line):
    assert classify_line(line)[0] != "furniture"


def test_segmentation_pager_after_archive_items_is_not_a_passage():
    text = ("3 October 2013\nMoscow: 15:11\n\n[email protected]\n\n"
            "30.09.2013 - Statement at the UN General Assembly\n\nThe world is changing.\n\n"
            "28.09.2013 - Security Council resolution on Syria\n\nThe Council adopted a resolution.\n\n"
            "Pages: ««« :: 1 2 3 4 5 … :: »»»\n")
    page = segment(text)
    assert [(a.kind, a.title) for a in page.articles] == [
        ("listing", "Statement at the UN General Assembly"), ("listing", "Security Council resolution on Syria")]
    assert [p.text for _, p in page.passages() if p.part == "body"] == [
        "The world is changing.", "The Council adopted a resolution."]


@pytest.mark.parametrize("text, title", [
    ("News\n\nComment on the talks\n\nThe talks went well.\n", "Comment on the talks"),
    ("Archive\n\n30.09.2013 - A listing title\n\nIts summary.\n", None),
    ("Comment\n\nThe BBC covered the Salisbury incident.\n", "Comment"),
    ("Press release\n\nLavrov met Blinken.\n\nThey discussed New START.\n", "Press release"),
    ("Statement\n\nA subtitle without a full stop\n", "Statement"),
])
def test_segmentation_short_section_heading_only_above_a_headline_or_listing(text, title):
    page = segment(text)
    main = [a for a in page.articles if a.kind == "main"]
    assert (main[0].title if main else None) == title


def test_segmentation_title_is_passage_zero_and_body_follows_from_one():
    page = segment(seed_text("004_73fd40f6b2609b20"))
    for article in page.articles:
        assert article.passages[0].part == "title" and article.passages[0].index == 0
        assert article.passages[0].text == article.title
        assert [p.index for p in article.body] == list(range(1, len(article.body) + 1))
        assert article.start == article.title_start


def test_segmentation_article_without_a_title_has_no_title_passage():
    text = "A paragraph far too long to be a headline. " * 12 + "\n\nA second paragraph.\n"
    (article,) = segment(text, max_title_chars=100).articles
    assert article.title is None
    assert [(p.index, p.part) for p in article.passages] == [(1, "body"), (2, "body")]


def _dev_pages():
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "annotations" / "dev" / "pages"
    return sorted(folder.glob("dev_*.txt"))


@pytest.mark.parametrize("path", _dev_pages(), ids=lambda p: p.stem)
def test_segmentation_dev_pages_match_their_writers_structure(path):
    """Pages written blind, with their writer's own account of titles, dates, paragraphs and furniture."""
    import json

    def norm(s):
        return " ".join(s.split()) if s else s

    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    page = segment(text)
    assert page.page_date == expected["page_date"]
    assert [(a.kind, norm(a.title), a.date) for a in page.articles] == \
        [(a["kind"], norm(a["title"]), a["date"]) for a in expected["articles"]]
    for article, exp in zip(page.articles, expected["articles"]):
        assert norm(" ".join(p.text for p in article.body)) == norm(" ".join(exp["paragraphs"]))
    furniture = {norm(f) for f in expected["furniture"]}
    assert not [p.text for _, p in page.passages() if norm(p.text) in furniture]
    check_offsets(text, page)


def test_segmentation_dev_pages_are_there():
    assert len(_dev_pages()) >= 25


@pytest.mark.parametrize("text, iso", [
    ("26.01.2018", "2018-01-26"), ("26/01/2018", "2018-01-26"), ("2021-10-26", "2021-10-26"),
    ("26 October 2021", "2021-10-26"), ("1st May 2020", "2020-05-01"), ("26 Oct. 2021", "2021-10-26"),
    ("26 OCTOBER 2021", "2021-10-26"), ("26 октября 2021 г.", "2021-10-26"), ("26 октября 2021 года", "2021-10-26"),
    ("October 26, 2021", "2021-10-26"), ("Sept 3rd, 2019", "2019-09-03"), ("  26 October 2021. ", "2021-10-26"),
    ("31.02.2021", None), ("2021-13-01", None), ("26 October 2021 in Moscow", None), ("Octember 26, 2021", None),
])
def test_segmentation_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text, iso", [
    ("16 March 2021, 12:50", "2021-03-16"), ("12:50 - 16.03.2021", "2021-03-16"),
    ("16 March 2021 12:50 MSK", "2021-03-16"), ("March 16, 2021 – 9.05 am", "2021-03-16"),
    ("16 March 2021", None), ("12:50", None), ("31.02.2021, 12:50", None),
])
def test_segmentation_parse_stamp(text, iso):
    assert parse_stamp(text) == iso


@pytest.mark.parametrize("title, iso, stripped", [
    ("Remarks by Sergey Lavrov, Sochi, October 21, 2021", "2021-10-21", "Remarks by Sergey Lavrov, Sochi"),
    ("Statement – 21.10.2021", "2021-10-21", "Statement"),
    ("Interview, 21 October 2021.", "2021-10-21", "Interview"),
    ("Statement, 31.02.2021", None, "Statement, 31.02.2021"),
    ("Remarks on 21 October 2021 events", None, "Remarks on 21 October 2021 events"),
    ("Treaty of 1997", None, "Treaty of 1997"),
])
def test_segmentation_trailing_date_of_a_title(title, iso, stripped):
    assert trailing_date(title) == iso
    assert strip_trailing_date(title) == stripped


def test_segmentation_clean_replaces_every_white_space_character():
    # _clean uses the regex \s, which must be exactly str.isspace over every code point.
    from nlptools.segmentation.segmenter import _clean

    text = "".join(map(chr, range(0x110000)))
    assert _clean(text, 0, len(text)) == "".join(" " if c.isspace() else c for c in text)


@pytest.mark.parametrize("line", ["PRESS RELEASE", "PRESS RELEASE.", "EMBASSY NEWS AND EVENTS OF THE WEEK IN LONDON TODAY",
                                  "Embassy News", "AB", "ОБЪЯВЛЕНИЕ ПОСОЛЬСТВА", "Q&A"])
def test_segmentation_heading_test_follows_its_definition(line):
    from nlptools.segmentation.segmenter import _is_heading, _rules

    h = _rules()["heading"]
    letters = [c for c in line if c.isalpha()]
    expected = (len(letters) >= h["min_letters"] and all(c.isupper() for c in letters)
                and len(line.split()) <= h["max_words"] and not line.endswith((".", "?", "!")))
    assert _is_heading(line) is expected


@pytest.mark.parametrize("heading, title", [
    ("Embassy announcements and press releases", "Comment on the talks"),
    ("Embassy announcements and press releases2", "Embassy announcements and press releases2"),
    ("One two three four five six", "One two three four five six"),
    ("News.", None), ("News!", None), ("News?", None), ("News:", None), ("News;", None), ("News,", "News,"),
], ids=["40-chars-5-words", "41-chars", "6-words", "full-stop", "exclamation", "question", "colon", "semicolon",
        "comma"])
def test_segmentation_section_heading_is_short_and_does_not_end_like_a_sentence(heading, title):
    page = segment(f"{heading}\n\nComment on the talks\n\nThe talks went well.\n")
    assert page.articles[0].title == title


@pytest.mark.parametrize("first, title", [
    ("Talks in Geneva", "Talks in Geneva"), ("Talks in Geneva.", None), ("Talks in Geneva!", None),
    ("Talks in Geneva?", None), ("Talks in Geneva…", None), ("Talks in Geneva:", None), ("Talks in Geneva;", None),
    ('He said: "Stop."', None), ("He said: «Stop.»", None), ("Sergey Lavrov: Good afternoon", None),
])
def test_segmentation_plain_text_first_line_is_a_title_unless_it_ends_like_a_sentence(first, title):
    (article,) = segment(f"{first}\nThe talks went well.\n").articles
    assert article.title == title
    assert [p.part for p in article.passages] == (["title", "body"] if title else ["body", "body"])


def test_segmentation_plain_text_of_one_line_has_no_title():
    (article,) = segment("Talks in Geneva\n").articles
    assert article.title is None
    assert [(p.index, p.part, p.text) for p in article.passages] == [(1, "body", "Talks in Geneva")]


@pytest.mark.parametrize("between", ["PRESS RELEASES", "Pages: ««« :: 1 2 3 :: »»»", "News"],
                         ids=["capitals-heading", "pager", "section-heading"])
def test_segmentation_date_line_above_a_heading_dates_the_title_below(between):
    page = segment(f"26.01.2018\n\n{between}\n\nTitle of the article\n\nBody text.\n")
    assert page.page_date is None
    (article,) = page.articles
    assert (article.title, article.date) == ("Title of the article", "2018-01-26")
    assert [p.text for p in article.passages] == ["Title of the article", "Body text."]


@pytest.mark.parametrize("line, kind", [
    ("NEWS", "furniture"), ("ABC", "text"), ("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT", "furniture"),
    ("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE", "text"), ("THE END.", "text"), ("STOP THE WAR!", "text"),
    ("WHY NOT?", "text"),
])
def test_segmentation_capitals_heading_is_furniture_only_when_short_and_not_a_sentence(line, kind):
    assert classify_line(line) == (kind, None)


@pytest.mark.parametrize("paragraphs, turns", [
    (["Dear Editor: I write about the talks."], [(None, "Dear Editor: I write about the talks.")]),
    (["Smith: We agree."], [(None, "Smith: We agree.")]),
    (["Question: Will they agree? Smith: Yes."], [("Question", "Question: Will they agree? Smith: Yes.")]),
    (["Sergey Lavrov: Good afternoon.", "Lavrov: We agree."],
     [("Sergey Lavrov", "Sergey Lavrov: Good afternoon."), ("Lavrov", "Lavrov: We agree.")]),
    (["Sergey Lavrov: Good afternoon.", "Question: Will they agree? Lavrov: Yes."],
     [("Sergey Lavrov", "Sergey Lavrov: Good afternoon."), ("Question", "Question: Will they agree?"),
      ("Lavrov", "Lavrov: Yes.")]),
], ids=["not-a-speaker", "unknown-surname", "unknown-surname-inside", "known-surname", "known-surname-inside"])
def test_segmentation_one_word_label_is_a_turn_only_for_a_speaker_named_in_full_elsewhere(paragraphs, turns):
    text = "Interview with the newspaper\n\n" + "\n\n".join(paragraphs) + "\n"
    assert [(p.speaker, p.text) for p in segment(text).articles[0].body] == turns


def test_segmentation_segment_records_passes_its_options_to_reading_and_segmenting(tmp_path):
    from nlptools.errors import EmptyInputError
    from nlptools.segmentation.segmenter import segment_records

    (tmp_path / "a.txt").write_text("Title of the page\n\nOne two three. Four five six.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Minister’s statement\n\nThe talks went well.\n".encode("cp1252"))
    (tmp_path / "c.html").write_bytes(b"\xef\xbb\xbf<html><body><h1>Talks</h1><p>They went well.</p></body></html>")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "big.txt").write_text("x" * 200, encoding="utf-8")
    skipped, decoded, notes = [], [], []
    records = list(segment_records([tmp_path, tmp_path / "a.txt"], skipped=skipped, decoded=decoded, notes=notes,
                                   max_file_size_mb=0.0001, max_passage_chars=20))
    a, b, c = (str(tmp_path / name) for name in ("a.txt", "b.txt", "c.html"))
    assert [(r["doc_id"], r["source"], r["source_format"], r["part"], r["text"]) for r in records] == [
        ("a", a, "text", "title", "Title of the page"), ("a", a, "text", "body", "One two three."),
        ("a", a, "text", "body", "Four five six."),
        ("b", b, "text", "title", "Minister’s statement"), ("b", b, "text", "body", "The talks went well."),
        ("c", c, "html", "title", "Talks"), ("c", c, "html", "body", "They went well.")]
    assert [s.source for s in skipped] == [str(tmp_path / "big.txt"), str(tmp_path / "empty.txt")]
    assert decoded == [(b, "cp1252")]
    assert notes == [f"{a}: the same file as {a}; read once."]
    with pytest.raises(EmptyInputError):
        list(segment_records([tmp_path / "empty.txt"], on_error="fail"))


def test_segmentation_text_before_a_turn_inside_a_paragraph_is_its_own_passage():
    text = "Interview with the newspaper\n\nSergey Lavrov: Hello.\n\nHe paused. Sergey Lavrov: We agree.\n"
    body = segment(text).articles[0].body
    assert [(p.text, p.start, p.end) for p in body] == [
        ("Sergey Lavrov: Hello.", 30, 51), ("He paused.", 53, 63), ("Sergey Lavrov: We agree.", 64, 88)]
    assert [p.speaker for p in body] == ["Sergey Lavrov"] * 3


def test_segmentation_long_paragraph_limit_counts_from_the_last_cut():
    page = segment("Title of the page\n\nAaa bbb cc. Ddd eee ff. Ggg hhh ii. Jjj kkk ll.\n", max_passage_chars=25)
    assert [p.text for p in page.articles[0].body] == ["Aaa bbb cc. Ddd eee ff.", "Ggg hhh ii. Jjj kkk ll."]


def test_segmentation_keys_of_articles_and_passages_come_from_their_text():
    # The literal keys are those of tests/test_keys.py::test_keys_stable_across_runs_and_processes.
    page = segment("Statement on arms control, 16 March 2021\n\n"
                   "The parties met in Geneva to discuss the future of the treaty.\n\n"
                   "Sergey Lavrov spoke about New START.\n")
    (article,) = page.articles
    assert article.key == "1ad7be8b67857dc7"
    assert article.passages[2].key == "2b1aa2c45f2f27ca"
    other = segment("Statement on arms control, 16 March 2021\n\nThe parties met in Vienna.\n").articles[0]
    assert other.key != article.key and other.passages[0].key == article.passages[0].key


def test_segmentation_zero_width_characters_around_lines_are_not_text():
    page = segment("\ufeffTitle of the page\u200b\n\n\u200b\u2060\n\nBody text.\n")
    (article,) = page.articles
    assert [(p.text, p.start, p.end) for p in article.passages] == [("Title of the page", 1, 18), ("Body text.", 25, 35)]


LONG_TITLE = "Press release on the talks held in Geneva today"


@pytest.mark.parametrize("newline, wrapped, apart", [
    ("\n", [("The parties met in Geneva to discuss the treaty.", 49, 97)],
     [("The parties met in Geneva", 49, 74), ("to discuss the treaty.", 76, 98)]),
    ("\r\n", [("The parties met in Geneva  to discuss the treaty.", 51, 100)],
     [("The parties met in Geneva", 51, 76), ("to discuss the treaty.", 80, 102)]),
    ("\r", [("The parties met in Geneva to discuss the treaty.", 49, 97)],
     [("The parties met in Geneva", 49, 74), ("to discuss the treaty.", 76, 98)]),
], ids=["lf", "crlf", "cr"])
def test_segmentation_hard_wrapped_lines_join_but_a_blank_line_separates(newline, wrapped, apart):
    nl = newline
    joined = segment(f"{LONG_TITLE}{nl}{nl}The parties met in Geneva{nl}to discuss the treaty.{nl}").articles[0]
    assert [(p.text, p.start, p.end) for p in joined.body] == wrapped
    separate = segment(f"{LONG_TITLE}{nl}{nl}The parties met in Geneva{nl}{nl}to discuss the treaty.{nl}").articles[0]
    assert [(p.text, p.start, p.end) for p in separate.body] == apart


@pytest.mark.parametrize("end", [".", "!", "?", ":", ";", "…", '"', "”", "»"])
def test_segmentation_line_ending_like_a_sentence_is_not_joined_with_the_next(end):
    body = segment(f"{LONG_TITLE}\n\nThe parties met{end}\nthe talks went on.\n").articles[0].body
    assert [(p.text, p.start, p.end) for p in body] == [(f"The parties met{end}", 49, 65), ("the talks went on.", 66, 84)]


@pytest.mark.parametrize("text, passages", [
    (f"{LONG_TITLE}\n\nSanctions on the sale of\niPhones to Russia.\n", ["Sanctions on the sale of iPhones to Russia."]),
    (f"{LONG_TITLE}\n\n1.\nThe first point.\n\n2.\n\nThe second point.\n", ["1. The first point.", "2.  The second point."]),
], ids=["lowercase-first-letter", "bare-list-markers"])
def test_segmentation_wrapped_line_and_bare_list_marker_join_the_next_line(text, passages):
    assert [p.text for p in segment(text).articles[0].body] == passages


@pytest.mark.parametrize("text, kwargs, articles", [
    ("Archive\n\n30.09.2013 - A listing title\n", {}, [("listing", "A listing title")]),
    ("News\n\nComment on the talks\n\nThe talks went well.\n", {"max_title_chars": 20},
     [("main", "Comment on the talks")]),
    ("News\n\nComment on the talks\n\nThe talks went well.\n", {"max_title_chars": 19}, [("main", "News")]),
    ("News\n\nComment on the talks!\n\nThe talks went well.\n", {}, [("main", "News")]),
    ("News\n\nComment on the talks;\n\nThe talks went well.\n", {}, [("main", "News")]),
    ("News\n\nComment on the talks:\n\nThe talks went well.\n", {}, [("main", "News")]),
], ids=["listing-without-summary", "headline-at-title-limit", "headline-over-title-limit", "exclamation", "semicolon", "colon"])
def test_segmentation_section_heading_dropped_above_a_listing_or_a_headline(text, kwargs, articles):
    assert [(a.kind, a.title) for a in segment(text, **kwargs).articles] == articles


def test_segmentation_page_without_id_or_source_has_empty_ones():
    page = segment("Title of the page\n\nBody text.\n")
    assert (page.doc_id, page.source) == ("", "")


@pytest.mark.parametrize("text, page_date, articles", [
    ("Statement, 21 October 2021\n\n16 March 2021, 12:50\n\nBody text.\n\n17 March 2021, 10:00\n",
     None, [(0, "main", "Statement, 21 October 2021", "2021-03-16")]),
    (f"26 October 2021\n\n{LONG_TITLE}\n\n25.10.2021 - A listing title\n\nIts summary.\n",
     None, [(0, "main", LONG_TITLE, "2021-10-26"), (1, "listing", "A listing title", "2021-10-25")]),
    ("Title of the page\n\nBody text.\n\n26.01.2018\n", None, [(0, "main", "Title of the page", None)]),
    ("26.01.2018\n\nTitle of the page\n\n16 March 2021, 12:50\n\nBody text.\n",
     None, [(0, "main", "Title of the page", "2018-01-26")]),
    ("16 March 2021, 12:50\n\nTitle of the page\n\nBody text.\n", "2021-03-16", [(0, "main", "Title of the page", None)]),
    ("25.10.2021 - A listing title\n\n16 March 2021, 12:50\n\nIts summary.\n",
     None, [(0, "listing", "A listing title", "2021-10-25")]),
    ("26.01.2018\n\nStatement by the Ministry.\n\nBody text.\n",
     None, [(0, "main", "Statement by the Ministry.", "2018-01-26")]),
], ids=["first-stamp-replaces-title-date", "date-line-above-title", "date-line-inside-article",
        "stamp-after-dated-title", "stamp-above-title", "stamp-inside-listing", "title-ending-in-full-stop"])
def test_segmentation_date_lines_and_stamps_date_the_page_or_the_article(text, page_date, articles):
    page = segment(text)
    assert page.page_date == page_date
    assert [(a.index, a.kind, a.title, a.date) for a in page.articles] == articles


@pytest.mark.parametrize("text", [
    "26.01.2018\n\n" + "A paragraph far too long to be a headline. " * 3 + "\n\nA second paragraph.\n",
    "The parties met in Geneva to discuss the future of the treaty, 21 October 2021\n\nBody text.\n",
], ids=["after-a-date-line", "ending-in-a-date"])
def test_segmentation_first_paragraph_over_the_title_limit_is_body(text):
    (article,) = segment(text, max_title_chars=30).articles
    assert (article.title, article.title_start, article.title_end) == (None, None, None)
    assert article.date == ("2018-01-26" if text.startswith("26.01.2018") else None)
    assert [p.part for p in article.passages] == ["body", "body"]
