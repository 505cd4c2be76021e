"""The ``segment`` command, driven through typer's CliRunner."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from nlptools import config
from nlptools.cli import app

runner = CliRunner()


def test_cli_segment_seeds_writes_passages(seed_dir, tmp_path):
    out = tmp_path / "passages.jsonl"
    result = runner.invoke(app, ["segment", str(seed_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len({r["doc_id"] for r in records}) == 5
    texts = {r["doc_id"]: (seed_dir / f"{r['doc_id']}.txt").read_text(encoding="utf-8") for r in records}
    for r in records:
        src = texts[r["doc_id"]][r["start"]:r["end"]]
        assert len(src) == len(r["text"])
        assert r["id"] == f"{r['doc_id']}#{r['article']['index']}.{r['passage_index']}"


def test_cli_segment_is_byte_identical_on_rerun(seed_dir, tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    runner.invoke(app, ["segment", str(seed_dir), "-o", str(a)])
    runner.invoke(app, ["segment", str(seed_dir), "-o", str(b)])
    assert a.read_bytes() == b.read_bytes()


def test_cli_segment_reports_skipped_and_exit_code(tmp_path):
    (tmp_path / "good.txt").write_text("Title\n\nA paragraph.\n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    out = tmp_path / "out" / "p.jsonl"
    out.parent.mkdir()
    report = tmp_path / "skipped.jsonl"
    result = runner.invoke(app, ["segment", str(tmp_path), "-o", str(out), "--skipped-report", str(report)])
    assert result.exit_code == config.EXIT_SKIPPED
    assert "bin.txt" in result.output
    assert json.loads(report.read_text())["source"].endswith("bin.txt")
    assert [json.loads(line)["part"] for line in out.read_text().splitlines()] == ["title", "body"]


def test_cli_segment_missing_output_folder_is_clear(tmp_path, seed_dir):
    result = runner.invoke(app, ["segment", str(seed_dir), "-o", str(tmp_path / "no" / "p.jsonl")])
    assert result.exit_code == config.EXIT_ERROR
    assert "does not exist" in result.output


def test_cli_segment_reports_non_utf8_encodings(tmp_path):
    page = tmp_path / "old.txt"
    page.write_bytes("Minister’s statement\n\nThe “treaty” was signed – at last.\n".encode("cp1252"))
    out = tmp_path / "p.jsonl"
    result = runner.invoke(app, ["segment", str(page), "-o", str(out)])
    assert result.exit_code == 0
    assert f"decoded as cp1252: {page}" in result.output
    title, body = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert (title["text"], body["text"]) == ("Minister’s statement", "The “treaty” was signed – at last.")
