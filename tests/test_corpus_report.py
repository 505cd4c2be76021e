"""nlptools.corpus report: summary.md, a self-contained report.html and the PNG plots, with the fixture's
hand-worked figures."""
from __future__ import annotations

import base64
import re

import pytest

from nlptools.corpus import ReportOptions, read, write_report

from .corpus_fixture import (fixture_articles_jsonl, fixture_corpus, fixture_jsonl,  # noqa: F401
                             passage_records, write_jsonl)

PLOTS = ["top_entities.png", "topic_share.png", "timelines.png", "co_mentions_person_org.png",
         "co_mentions_treaty_org.png", "speakers.png", "terms.png"]


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    out = tmp / "explore"
    with read([write_jsonl(passage_records(), tmp / "out.jsonl")]) as c:
        written = write_report(c, out, ReportOptions(terms=["sanction*", "New START"]))
    assert written == ["summary.md", "report.html", *PLOTS, "kwic.csv", "term_frequencies.csv"]
    return out


def test_report_summary_has_the_hand_worked_counts(report_dir):
    md = (report_dir / "summary.md").read_text(encoding="utf-8")
    assert ("13 passage-level records from 1 file(s) and 3 pages: 4 distinct articles (6 appearances; 2 articles "
            "appear on more than one page), 9 distinct passages, 63 words, 13 entity mentions; dated from "
            "2021-03-01 to 2021-04-25") in md
    for row in ["| NATO | 2 | 3 | 3 | 2021-03-01 | 2021-04-21 |", "| New START | 1 | 2 | 2 | 2021-03-01 | 2021-03-01 |",
                "| Sergey Lavrov | NATO | 2 |", "| Sergey Lavrov | 1 | 1 | 11 |", "| sanction* | 9 | 6 | 4 |",
                "| sanction* | Sanction after sanction: the European Union | sanctioned | Russia. | 2021-04-25 | Sanctions, sanctions everywhere "
                "| p3#0.1 |"]:
        assert row in md, row
    for png in PLOTS:
        assert f"]({png})" in md


def test_report_html_is_self_contained(report_dir):
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=[\"']?(https?:|//)", page)
    sources = re.findall(r'<img alt="[^"]*" src="([^"]+)"', page)
    assert len(sources) == len(PLOTS)
    embedded = {base64.b64decode(s.split(",", 1)[1]) for s in sources}
    assert embedded == {(report_dir / p).read_bytes() for p in PLOTS}
    assert "<caption>PERSON</caption>" in page and "<td>Andrei Kelin</td>" in page


@pytest.mark.parametrize("png", PLOTS)
def test_report_plots_are_pictures_of_a_readable_size(report_dir, png):
    import matplotlib.image as mpimg

    img = mpimg.imread(report_dir / png)
    h, w = img.shape[:2]
    assert 300 <= w <= 3000 and 200 <= h <= 3000
    assert img[..., :3].std() > 0.05                            # not a blank canvas


def test_report_without_plots_has_tables_only(fixture_corpus, tmp_path):
    written = write_report(fixture_corpus, tmp_path, plots=False)
    assert written == ["summary.md", "report.html"]
    assert "<img" not in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_report_article_level_says_where_speakers_are(fixture_articles_jsonl, tmp_path):
    with read([fixture_articles_jsonl]) as c:
        write_report(c, tmp_path, plots=False)
    md = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "No speakers: article-level records do not carry them (use `nlptools enrich --level passage`)." in md
    assert "4 distinct articles (6 appearances" in md


@pytest.mark.parametrize("plots, terms, total", [(False, (), 11), (True, (), 11), (False, ("sanction*",), 12)])
def test_report_progress_counts_every_step_up_to_its_total(fixture_corpus, tmp_path, plots, terms, total):
    calls = []
    write_report(fixture_corpus, tmp_path, ReportOptions(terms=terms), plots=plots,
                 progress=lambda done, of: calls.append((done, of)))
    assert calls == [(i, total) for i in range(1, total + 1)]
