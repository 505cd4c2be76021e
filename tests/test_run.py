"""``enrich_to_file``: the enrich run from Python, checked inputs, safe output, resume, summary."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlptools import config
from nlptools.cli import app
from nlptools.errors import NoInputError
from nlptools.pipeline import Enricher
from nlptools.pipeline.run import enrich_to_file, summary
from nlptools.types import Topic

runner = CliRunner()
GOOD = "Press release on arms control\n\nSergey Lavrov said that New START must be extended.\n\nA second paragraph.\n"


class _Topics:
    """A stand-in topic model: every passage is about arms control."""

    def predict_topics(self, items):
        return [[Topic("arms_control", 0.9)] for _ in items]


def _plain(**kwargs) -> Enricher:
    """An enricher without models: segmentation only (no entities), quick."""
    return Enricher(None, kwargs.get("topics"))


def _missing(d):
    return [str(d / "nope")]


def _empty_folder(d):
    return [str(d)]


def _no_page_file(d):
    (d / "notes.md").write_text("not a page")
    return [str(d)]


def _only_a_fifo(d):
    os.mkfifo(d / "pipe.txt")
    return [str(d)]


@pytest.mark.parametrize("make, message", [
    (_missing, "does not exist"), (_empty_folder, "holds no page"), (_no_page_file, "holds no page"),
    (_only_a_fifo, "holds no readable page"),
], ids=["missing-path", "empty-folder", "no-page-file", "no-readable-page"])
def test_run_nothing_to_read_stops_before_models_and_writes_nothing(tmp_path, make, message):
    folder = tmp_path / "in"
    folder.mkdir()
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["enrich", *make(folder), "-o", str(out), "--model-dir", str(tmp_path / "no-models")])
    assert result.exit_code == config.EXIT_ERROR and message in result.output, result.output
    assert "model" not in result.output.lower()
    assert list(tmp_path.iterdir()) == [folder]


def test_run_python_kill_resume_gives_the_uninterrupted_bytes(tmp_path, seed_dir):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(8):
        for page in sorted(seed_dir.glob("*.txt")):
            shutil.copy(page, corpus / f"{i}_{page.name}")
    full = tmp_path / "full.jsonl"
    stats = enrich_to_file([corpus], full, enricher=_plain())
    assert stats.documents == 40 and full.stat().st_size > 0
    out = tmp_path / "out.jsonl"
    code = ("import time; from nlptools.pipeline import Enricher, enrich_to_file\n"
            "class Slow(Enricher):\n"
            "    def enrich_documents(self, docs, *a, **k):\n"
            "        for rec in super().enrich_documents(docs, *a, **k):\n"
            "            time.sleep(0.005); yield rec\n"
            f"enrich_to_file([{str(corpus)!r}], {str(out)!r}, enricher=Slow(None, None, batch_size=4))\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".tmp") and p.stat().st_size > 8192 for p in tmp_path.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended before it could be interrupted"
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=60)
    assert proc.returncode != 0 and not out.exists() and Path(f"{out}.partial").exists()
    enrich_to_file([corpus], out, resume=True, enricher=_plain())
    assert out.read_bytes() == full.read_bytes() and not Path(f"{out}.partial").exists()


def test_run_summary_counts_articles_at_article_level(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(GOOD, encoding="utf-8")
    stats = enrich_to_file([page], tmp_path / "a.jsonl", level="article", enricher=_plain(topics=_Topics()))
    assert (stats.articles, stats.passages, stats.topics["arms_control"]) == (1, 3, 1)
    assert "1 articles written (3 passages)" in summary(stats, "a.jsonl")
    stats = enrich_to_file([page], tmp_path / "p.jsonl", enricher=_plain(topics=_Topics()))
    assert stats.topics["arms_control"] == 3 and "1 articles, 3 passages" in summary(stats, "p.jsonl")


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_run_output_gets_the_permissions_of_the_umask(tmp_path, umask):
    page = tmp_path / "p.txt"
    page.write_text(GOOD, encoding="utf-8")
    previous = os.umask(umask)
    try:
        enrich_to_file([page], tmp_path / "out.jsonl", enricher=_plain())
    finally:
        os.umask(previous)
    assert (tmp_path / "out.jsonl").stat().st_mode & 0o777 == 0o666 & ~umask


def test_run_same_file_twice_is_read_once_and_ids_are_unique(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "a" / "x.txt", tmp_path / "link.txt")
    given = [tmp_path / "a", tmp_path / "a" / "x.txt", tmp_path / "link.txt", tmp_path, tmp_path / "b"]
    stats = enrich_to_file(given, tmp_path / "out.jsonl", enricher=_plain())
    assert stats.documents == 2
    doc_ids = {line.split('"doc_id": "')[1].split('"')[0] for line in (tmp_path / "out.jsonl").read_text().splitlines()}
    assert doc_ids == {"x", "b/x"}
    assert sum("read once" in n for n in stats.notes) == 5
    two = enrich_to_file([tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"], tmp_path / "two.jsonl", enricher=_plain())
    assert two.documents == 2 and any('"x" is already used' in n and '"x-2"' in n for n in two.notes)


def test_run_bad_options_fail_before_reading(tmp_path):
    with pytest.raises(NoInputError):
        enrich_to_file([], tmp_path / "out.jsonl", enricher=_plain())


def test_run_progress_bar_counts_input_files(tmp_path, capsys):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(GOOD, encoding="utf-8")
    with_bar = enrich_to_file([tmp_path], tmp_path / "bar.jsonl", progress=True, enricher=_plain())
    without = enrich_to_file([tmp_path], tmp_path / "plain.jsonl", enricher=_plain())
    assert with_bar.documents == without.documents == 3
    assert (tmp_path / "bar.jsonl").read_bytes() == (tmp_path / "plain.jsonl").read_bytes()


def test_run_cli_progress_bar_reports_done_and_total():
    from nlptools.cli._common import progress_bar

    seen = []
    with progress_bar("folds", show=True) as progress:
        for done in range(4):
            progress(done, 3)
            seen.append(done)
    assert seen == [0, 1, 2, 3]


_SIGTERM_IN_EXEC = """
import sys
from nlptools.pipeline.run import _sigterm_as_interrupt
try:
    with _sigterm_as_interrupt():
        exec("import os, signal\\nos.kill(os.getpid(), signal.SIGTERM)\\nfor _ in range(100): pass")
except KeyboardInterrupt:
    sys.exit(130)
"""


def test_run_sigterm_inside_exec_of_a_string_exits_130_not_by_sigint(tmp_path):
    """Regression (a CI run): SIGTERM arriving while an import ran code through ``exec`` of a string (as
    ``dataclasses`` does) made ``python -m nlptools.cli enrich`` print its interrupted message and then die by
    SIGINT (-2) instead of exiting with 130."""
    (tmp_path / "sigterm_in_exec.py").write_text(_SIGTERM_IN_EXEC, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "sigterm_in_exec"], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}, timeout=60)
    assert proc.returncode == 130, proc.stderr


def test_run_signals_after_the_output_is_complete_are_ignored_until_the_run_returns():
    import os
    import signal
    import time

    from nlptools.pipeline.run import _sigterm_as_interrupt

    before = signal.getsignal(signal.SIGINT)
    with _sigterm_as_interrupt() as signals:
        assert signal.getsignal(signal.SIGTERM) is not signal.SIG_IGN
        signals.shield()
        os.kill(os.getpid(), signal.SIGINT)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.05)
    assert signal.getsignal(signal.SIGINT) is before
