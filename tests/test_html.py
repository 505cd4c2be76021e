"""HTML pages: read as their visible text, segmented and enriched as the site's text dumps are."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlptools.cli import app
from nlptools.io.html import html_to_text, looks_like_html
from nlptools.io.reading import iter_documents, read_text_file
from nlptools.segmentation.segmenter import segment_document

runner = CliRunner()
HTML_DIR = Path(__file__).resolve().parent / "data" / "html"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NAMES = sorted(p.stem for p in HTML_DIR.glob("*.html"))
PAGE = ("<!DOCTYPE html><html><head><title>Head title</title><style>p {color: red}</style></head><body>"
        "<nav><ul><li>Menu item</li></ul></nav><div class=\"top-menu\">Menu div</div>"
        "<div hidden>Hidden attr</div><p style=\"display: none\">Hidden style</p><span aria-hidden=\"true\">Aria</span>"
        "<script>var secret = 1;</script><h1>Statement on &laquo;New&nbsp;START&raquo;</h1>"
        "<div><p>Sergey Lavrov spoke.<br>Second line.</p></div><footer>Footer text</footer></body></html>")


def _norm(s):
    return " ".join((s or "").split())


def _view(records):
    """Records without source, source_format and offsets; texts with whitespace runs as one space."""
    out = []
    for r in records:
        a = r["article"]
        out.append((r["id"], a["kind"], _norm(a["title"]), a["date"], r["page_date"], r["part"], r["speaker"],
                    _norm(r["text"]), sorted((_norm(e["text"]), e["label"], e["canonical"]) for e in r["entities"]),
                    [t["label"] for t in r["topics"]]))
    return out


def test_html_visible_text_only():
    text = html_to_text(PAGE)
    assert text == "Statement on «New START»\n\nSergey Lavrov spoke.\nSecond line.\n"


@pytest.mark.parametrize("start, is_html", [
    ("<!DOCTYPE html><html>", True), ("\ufeff  <html lang='en'>", True), ("<!-- saved -->\n<html>", True),
    ("<body><p>x</p>", True), ("Press release on <b>New START</b>", False), ("A text about <html> tags", False),
])
def test_html_detection(start, is_html):
    assert looks_like_html(start) is is_html


@pytest.mark.parametrize("name", NAMES)
def test_html_seed_page_segments_as_its_text_version(name):
    def view(path):
        page = segment_document(read_text_file(path))
        return page.page_date, [(a.kind, _norm(a.title), a.date, [(p.part, p.speaker, _norm(p.text))
                                                                 for p in a.passages]) for a in page.articles]
    html_page = segment_document(read_text_file(HTML_DIR / f"{name}.html"))
    assert html_page.source_format == "html" and len(html_page.articles) > 1
    assert view(HTML_DIR / f"{name}.html") == view(SEEDS / f"{name}.txt")


def test_html_seed_pages_enrich_as_their_text_versions():
    import nlptools

    enricher = nlptools.load()
    from_html = list(enricher.enrich([str(HTML_DIR / f"{n}.html") for n in NAMES]))
    from_text = list(enricher.enrich([str(SEEDS / f"{n}.txt") for n in NAMES]))
    assert {r["source_format"] for r in from_html} == {"html"} and {r["source_format"] for r in from_text} == {"text"}
    assert _view(from_html) == _view(from_text)
    texts = {n: read_text_file(HTML_DIR / f"{n}.html").text for n in NAMES}
    for r in from_html:
        assert _norm(texts[r["doc_id"]][r["start"]:r["end"]]) == _norm(r["text"])


def test_html_offsets_index_the_text_command_prints(tmp_path):
    page = HTML_DIR / f"{NAMES[-1]}.html"
    printed = runner.invoke(app, ["text", str(page)])
    assert printed.exit_code == 0 and "<" not in printed.stdout and "dataLayer" not in printed.stdout
    out = tmp_path / "p.jsonl"
    assert runner.invoke(app, ["segment", str(page), "-o", str(out)]).exit_code == 0
    for rec in map(json.loads, out.read_text(encoding="utf-8").splitlines()):
        assert rec["source_format"] == "html"
        src = printed.stdout[rec["start"]:rec["end"]]
        assert all(a == b or (a.isspace() and b == " ") for a, b in zip(src, rec["text"], strict=True))


def test_html_in_folder_txt_holding_html_and_jsonl_html_field(tmp_path):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(PAGE, encoding="utf-8")
    src = tmp_path / "d.jsonl"
    src.write_text(json.dumps({"id": "d", "html": PAGE}) + "\n", encoding="utf-8")
    notes: list = []
    docs = list(iter_documents([str(tmp_path), str(src)], notes=notes))
    assert [(d.id, d.format) for d in docs] == [("a", "html"), ("b", "html"), ("c", "html"), ("d", "html")]
    assert len({d.text for d in docs}) == 1
    assert any("c.txt" in n and "holds HTML" in n for n in notes)
