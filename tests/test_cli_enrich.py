"""End to end: ``nlptools enrich`` on the seeds and on JSONL input with the shipped models."""
from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from nlptools.cli import app
from nlptools.io.formats import record_schema

runner = CliRunner()
SCHEMA = record_schema()


def _run(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return result


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _check_offsets(rec, source_text):
    src = source_text[rec["start"]:rec["end"]]
    assert len(src) == len(rec["text"]) == rec["end"] - rec["start"]
    assert all(a == b or (a.isspace() and b == " ") for a, b in zip(src, rec["text"]))
    for e in rec["entities"]:
        assert rec["text"][e["start"]:e["end"]] == e["text"]


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, seed_dir):
    out = tmp_path_factory.mktemp("enrich") / "out.jsonl"
    _run(["enrich", str(seed_dir), "-o", str(out)])
    return out


def test_cli_enrich_seed_records_follow_schema_and_offsets(seed_run, seed_dir):
    records = _records(seed_run)
    assert len({r["doc_id"] for r in records}) == 5
    texts = {}
    for rec in records:
        jsonschema.validate(rec, SCHEMA)
        text = texts.setdefault(rec["source"], open(rec["source"], encoding="utf-8").read())
        _check_offsets(rec, text)
        assert [t["score"] for t in rec["topics"]] == sorted((t["score"] for t in rec["topics"]), reverse=True)


def _find(records, start):
    return next(r for r in records if r["text"].startswith(start))


@pytest.mark.parametrize("start, entity, label, canonical", [
    ("Judging by the counterproductive", "Trump", "PERSON", "Donald Trump"),
    ("Judging by the counterproductive", "New START", "TREATY", "New START"),
    ("Question: The day before yesterday", "NATO", "ORG", "NATO"),
    ("You mentioned the START-3", "START-3", "TREATY", "New START"),
    ("We have noted statements by MI5", "Ken McCallum", "PERSON", "Ken McCallum"),
])
def test_cli_enrich_known_entities(seed_run, start, entity, label, canonical):
    rec = _find(_records(seed_run), start)
    assert any(e["text"] == entity and e["label"] == label and e["canonical"] == canonical for e in rec["entities"]), \
        rec["entities"]


@pytest.mark.parametrize("start, topic", [
    ("Judging by the counterproductive", "arms_control"),
    ("It is particularly pleasant to see", "economy_trade"),
    ("Question: Russia was not only the first country to register a vaccine", "covid_health"),
])
def test_cli_enrich_known_topics(seed_run, start, topic):
    rec = _find(_records(seed_run), start)
    assert topic in [t["label"] for t in rec["topics"]]


def test_cli_enrich_is_byte_identical(seed_run, seed_dir, tmp_path):
    again = tmp_path / "again.jsonl"
    _run(["enrich", str(seed_dir), "-o", str(again)])
    assert again.read_bytes() == seed_run.read_bytes()


def test_cli_enrich_article_level(seed_dir, tmp_path):
    out = tmp_path / "articles.jsonl"
    _run(["enrich", str(seed_dir), "-o", str(out), "--level", "article"])
    records = _records(out)
    assert len(records) == 55
    for rec in records:
        jsonschema.validate(rec, SCHEMA)
        text = open(rec["source"], encoding="utf-8").read()
        _check_offsets(rec, text)
    main = next(r for r in records if r["doc_id"] == "004_73fd40f6b2609b20" and r["kind"] == "main")
    assert main["title"] == "Press release on the future of New START"
    assert "arms_control" in [t["label"] for t in main["topics"]]
    assert any(e["text"] == "New START" and e["start"] < len(main["title"]) for e in main["entities"])


def test_cli_enrich_jsonl_input(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "Statement on arms control\n\nSergey Lavrov said that New START must be extended."},
        {"id": "b", "text": "Comment\n\nThe BBC and The Times covered the Salisbury incident."},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    _run(["enrich", str(src), "-o", str(out)])
    records = _records(out)
    assert [(r["id"], r["part"]) for r in records] == [("a#0.0", "title"), ("a#0.1", "body"),
                                                       ("b#0.0", "title"), ("b#0.1", "body")]
    assert records[0]["source"] == f"{src}#a"
    for rec, raw in zip(records[1::2], ["Statement on arms control\n\nSergey Lavrov said that New START must be extended.",
                                  "Comment\n\nThe BBC and The Times covered the Salisbury incident."]):
        jsonschema.validate(rec, SCHEMA)
        _check_offsets(rec, raw)
    assert {(e["text"], e["label"]) for e in records[1]["entities"]} >= {("Sergey Lavrov", "PERSON"),
                                                                         ("New START", "TREATY")}


def test_cli_enrich_stdout(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("Title\n\nVladimir Putin met Boris Johnson.\n", encoding="utf-8")
    result = runner.invoke(app, ["enrich", str(page), "-o", "-"])
    assert result.exit_code == 0
    first = json.loads(result.stdout.splitlines()[0])
    assert first["doc_id"] == "p"


def test_cli_help_does_not_import_spacy_or_sklearn():
    code = ("import sys; from typer.testing import CliRunner; from nlptools.cli import app; "
            "r = CliRunner().invoke(app, ['enrich', '--help']); assert 'Example' in r.output; "
            "print(sorted(m for m in ('spacy', 'sklearn', 'skops') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("command, usage", [
    ("enrich", "Usage: nlptools enrich [OPTIONS] PATHS..."),
    ("segment", "Usage: nlptools segment [OPTIONS] PATHS..."),
    ("export", "Usage: nlptools export [OPTIONS] PATHS... DIRECTORY"),
    ("text", "Usage: nlptools text [OPTIONS] PAGE"),
    ("train", "Usage: nlptools train [OPTIONS] [WHAT]"),
])
def test_cli_help_names_the_arguments_in_capitals(command, usage):
    from typer.testing import CliRunner

    from nlptools.cli import app

    result = CliRunner().invoke(app, [command, "--help"], prog_name="nlptools")
    assert result.exit_code == 0
    assert result.output.splitlines()[0].strip() == usage
