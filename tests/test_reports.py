"""Evaluation reports: files written and parseable; committed reports reproduced exactly by a fresh run."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlptools.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def _figures(report: dict) -> dict:
    return {k: report[k] for k in ("how", "data", "entities", "topics", "folds")}


def _evaluate(tmp_path, *extra):
    out = tmp_path / "report"
    result = runner.invoke(app, ["evaluate", "--annotations", str(ROOT / "annotations"), "--report", str(out), *extra])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    return _evaluate(tmp_path_factory.mktemp("eval"))


def test_reports_files_are_written_and_parse(fresh):
    report = json.loads((fresh / "report.json").read_text(encoding="utf-8"))
    md = (fresh / "report.md").read_text(encoding="utf-8")
    assert {"entities", "topics", "provenance"} <= set(report)
    assert set(report["entities"]) == {"nlptools", "baseline"}
    assert {"nlptools", "keyword_baseline"} <= set(report["topics"])
    for scheme in ("strict", "exact", "partial", "ent_type"):
        assert scheme in report["entities"]["nlptools"]["scores"]["overall"]
    assert "## Entities" in md and "## Topics" in md and "| PERSON |" in md
    assert report["provenance"]["annotation_files"]
    for png in ("entities_f1.png", "topics_f1.png", "topics_thresholds.png"):
        assert (fresh / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_reports_committed_shipped_models_report_matches_fresh_run(fresh):
    committed = json.loads((ROOT / "reports" / "shipped-models" / "report.json").read_text(encoding="utf-8"))
    new = json.loads((fresh / "report.json").read_text(encoding="utf-8"))
    assert _figures(new)["entities"] == _figures(committed)["entities"]
    assert _figures(new)["topics"] == _figures(committed)["topics"]


@pytest.mark.skipif(not os.environ.get("NLPTOOLS_RUN_SLOW"),
                    reason="retrains every fold (several minutes); run with NLPTOOLS_RUN_SLOW=1")
def test_reports_committed_cv_report_matches_fresh_cv_run(tmp_path):
    """The cross-validated figures (every fold retrained) are reproduced exactly."""
    committed = json.loads((ROOT / "reports" / "seeds-cv" / "report.json").read_text(encoding="utf-8"))
    new = json.loads((_evaluate(tmp_path, "--cv", "--no-plots") / "report.json").read_text(encoding="utf-8"))
    assert {k: v for k, v in _figures(new).items() if k != "folds"} == \
        {k: v for k, v in _figures(committed).items() if k != "folds"}


def test_reports_committed_dev_report_matches_fresh_run(tmp_path):
    """The development set (never trained on) is scored by the shipped models as committed."""
    out = tmp_path / "dev"
    result = runner.invoke(app, ["evaluate", "--annotations", str(ROOT / "annotations" / "dev"), "--report", str(out),
                                 "--train-annotations", str(ROOT / "annotations"), "--no-plots"])
    assert result.exit_code == 0, result.output
    committed = json.loads((ROOT / "reports" / "dev" / "report.json").read_text(encoding="utf-8"))
    new = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert _figures(new)["entities"] == _figures(committed)["entities"]
    assert _figures(new)["topics"] == _figures(committed)["topics"]
    assert new["data"]["documents"] == committed["data"]["documents"] and len(new["data"]["documents"]) >= 25


def test_reports_dev_set_is_blind_to_training():
    """No development record is in the training annotations, and every one is marked as dev."""
    train = set()
    for path in (ROOT / "annotations").glob("*.jsonl"):
        train |= {json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    dev = [json.loads(line) for line in (ROOT / "annotations" / "dev" / "dev.jsonl").read_text(encoding="utf-8")
           .splitlines()]
    assert all(r["meta"]["split"] == "dev" for r in dev)
    assert not train & {r["text"] for r in dev}
