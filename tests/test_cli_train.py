"""The retraining loop end to end: annotate, correct, train, enrich again; the repository's models stay untouched."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlptools import config
from nlptools.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent

PAGE = """Comment on the Arctic fisheries talks

The Polar Pathways consortium presented its report on fishing quotas in the Barents Sea to the delegations.

Experts of Polar Pathways insist that the rights of indigenous fishing communities must be respected by every state.

The rights of the Sami and Nenets peoples to traditional fishing were at the centre of the discussion with Polar Pathways.
"""
NEW_ORG = "Polar Pathways"
NEW_TOPIC = "human_rights"


def _tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(folder)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def _invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


def test_cli_train_annotate_correct_train_enrich(tmp_path):
    shipped = _tree_digest(ROOT / "models")
    page = tmp_path / "arctic.txt"
    page.write_text(PAGE, encoding="utf-8")
    tasks = tmp_path / "tasks.jsonl"
    _invoke("annotate", page, "-o", tasks)
    records = [json.loads(line) for line in tasks.read_text(encoding="utf-8").splitlines()]
    assert records and all("suggested" in r["meta"] for r in records)
    assert [r["meta"]["part"] for r in records] == ["title", "body", "body", "body"]
    for r in records[1:]:
        start = r["text"].find(NEW_ORG)
        r["spans"] = [s for s in r["spans"] if not (s["start"] < start + len(NEW_ORG) and start < s["end"])]
        r["spans"].append({"start": start, "end": start + len(NEW_ORG), "label": "ORG"})
        r["spans"].sort(key=lambda s: s["start"])
        r["topics"] = sorted(set(r["topics"]) | {NEW_TOPIC}, key=list(config.TOPIC_LABELS).index)
    corrected = tmp_path / "corrected.jsonl"
    corrected.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")

    models = tmp_path / "models"
    result = _invoke("train", "all", "--annotations", ROOT / "annotations", "--annotations", corrected,
                     "--output", models, "--n-iter", "0", "--no-holdout")
    assert "training took" in result.output
    out = tmp_path / "out.jsonl"
    _invoke("enrich", page, "-o", out, "--model-dir", models)
    enriched = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for rec in enriched[1:]:
        assert any(e["text"] == NEW_ORG and e["label"] == "ORG" for e in rec["entities"]), rec["entities"]
    assert sum(NEW_TOPIC in [t["label"] for t in rec["topics"]] for rec in enriched) >= 2
    assert _tree_digest(ROOT / "models") == shipped


def test_cli_train_user_patterns_are_found_after_train(tmp_path):
    patterns = tmp_path / "my_patterns.jsonl"
    patterns.write_text(json.dumps({"label": "TREATY", "pattern": "Kolguyev Understanding",
                                    "id": "Kolguyev Understanding"}) + "\n", encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text("Statement\n\nBoth sides reaffirmed the Kolguyev Understanding yesterday.\n", encoding="utf-8")
    models = tmp_path / "models"
    _invoke("train", "entities", "--annotations", ROOT / "annotations" / "seeds.jsonl", "--output", models,
            "--n-iter", "0", "--no-holdout", "--patterns", patterns)
    (models / "topics").symlink_to(ROOT / "models" / "topics")
    out = tmp_path / "out.jsonl"
    _invoke("enrich", page, "-o", out, "--model-dir", models)
    rec = json.loads(out.read_text(encoding="utf-8").splitlines()[1])
    assert ("Kolguyev Understanding", "TREATY") in {(e["text"], e["label"]) for e in rec["entities"]}


def test_cli_train_invalid_annotations_name_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "Sergey Lavrov spoke.", "spans": [{"start": 0, "end": 10, "label": "PERSON"}]})
                   + "\n", encoding="utf-8")
    result = runner.invoke(app, ["train", "entities", "--annotations", str(bad), "--output", str(tmp_path / "m")])
    assert result.exit_code == config.EXIT_ERROR
    assert f"{bad}, line 1" in result.output and "nearest alignment is [0, 13) 'Sergey Lavrov'" in result.output


def test_cli_train_missing_models_say_which_command_fixes_it(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("Title\n\nText.\n", encoding="utf-8")
    result = runner.invoke(app, ["enrich", str(page), "-o", str(tmp_path / "o.jsonl"), "--model-dir", str(tmp_path)])
    assert result.exit_code == config.EXIT_ERROR
    assert "nlptools train entities" in result.output
