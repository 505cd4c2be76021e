"""The ``explore`` and ``export`` commands, driven through typer's CliRunner."""
from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from nlptools.cli import app

from .corpus_fixture import fixture_jsonl  # noqa: F401

runner = CliRunner()


def test_cli_explore_writes_the_report(fixture_jsonl, tmp_path):
    out = tmp_path / "explore"
    result = runner.invoke(app, ["explore", str(fixture_jsonl), "--report", str(out), "--term", "sanction*",
                                 "--label", "PERSON", "--label", "ORG", "--top", "1", "--min-count", "2"])
    assert result.exit_code == 0, result.output
    assert "13 records, 4 distinct articles (6 appearances on 3 pages), 9 distinct passages, 13 mentions" in result.output
    md = (out / "summary.md").read_text(encoding="utf-8")
    assert "**PERSON**" in md and "**TREATY**" not in md and "| NATO | 2 | 3 | 3 |" in md
    assert "| European Union |" not in md.split("## Topics by month")[0]       # --top 1
    assert (out / "report.html").exists() and (out / "terms.png").exists() and (out / "kwic.csv").exists()


def test_cli_explore_date_range(fixture_jsonl, tmp_path):
    result = runner.invoke(app, ["explore", str(fixture_jsonl), "-r", str(tmp_path), "--since", "2021-04-01",
                                 "--until", "2021-04-30", "--no-plots"])
    assert result.exit_code == 0, result.output
    assert "3 distinct articles" in (tmp_path / "summary.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--top", "0"], "--top 0: must be 1 or more"),
    (["--since", "March"], "--since 'March' is not a date. Fix: give an ISO date"),
    (["--term", "*"], "--term '*': is empty or only wildcards."),
])
def test_cli_explore_bad_options_say_how_to_fix(fixture_jsonl, tmp_path, args, message):
    result = runner.invoke(app, ["explore", str(fixture_jsonl), "-r", str(tmp_path / "r"), *args])
    assert result.exit_code == 1 and message in result.output


@pytest.mark.parametrize("content, message", [
    ("", "empty.jsonl: holds no records. Fix:"),
    ('{"id": "a#0.0", "article": {"key": "k"', "empty.jsonl, line 1: is truncated"),
])
def test_cli_explore_empty_or_partial_file_gives_a_clear_message(tmp_path, content, message):
    (tmp_path / "empty.jsonl").write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["explore", str(tmp_path / "empty.jsonl"), "--report", str(tmp_path / "r")])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("to", ["csv", "parquet"])
def test_cli_export_writes_tables(fixture_jsonl, tmp_path, to):
    result = runner.invoke(app, ["export", str(fixture_jsonl), "--to", to, str(tmp_path / "t")])
    assert result.exit_code == 0, result.output
    assert f"tables written to {tmp_path / 't'}: articles.{to}" in result.output
    read = pd.read_csv if to == "csv" else pd.read_parquet
    assert len(read(tmp_path / "t" / f"articles.{to}")) == 4


def test_cli_export_unknown_format(fixture_jsonl, tmp_path):
    result = runner.invoke(app, ["export", str(fixture_jsonl), "--to", "xlsx", str(tmp_path)])
    assert result.exit_code == 1 and "Fix: use --to csv or --to parquet" in result.output


def test_cli_explore_progress_bar_runs_to_the_end(fixture_jsonl, tmp_path, monkeypatch):
    from nlptools.cli import _common

    seen = []
    real = _common.progress_bar

    def recording_bar(label, show=None):
        seen.append(show)
        return real(label, show)

    monkeypatch.setattr("nlptools.cli.explore.progress_bar", recording_bar)
    result = runner.invoke(app, ["explore", str(fixture_jsonl), "-r", str(tmp_path), "--no-plots", "--progress"])
    assert result.exit_code == 0, result.output
    assert seen == [True] and (tmp_path / "summary.md").exists()
