"""Bad inputs, interruptions and resume: each row of the matrix has a defined outcome.

Outcome for every bad input: a message naming the file (and line), the rest of the run
completes, and the exit code is 3 when anything was skipped, 0 otherwise.
"""
from __future__ import annotations

import json
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

runner = CliRunner()
GOOD = "Press release on arms control\n\nSergey Lavrov said that New START must be extended.\n"
HEADER = "26 October 2021\nMoscow: 00:03\nLondon: 22:03\n\nConsular queries:\n+44 (0) 203 668 7474\n\nall messages\n"


def _enrich(*args):
    return runner.invoke(app, ["enrich", *map(str, args)])


def _lines(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "holds no text"),
    ("blank.txt", b" \n\t\r\n\xc2\xa0\n", "holds no text"),
    ("binary.txt", b"\x89PNG\r\n\x00\x00\x00\rIHDR", "binary"),
], ids=["empty", "whitespace", "binary-nul"])
def test_reliability_bad_file_is_skipped_and_run_completes(tmp_path, name, content, reason):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(content)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    out, report = tmp_path / "out.jsonl", tmp_path / "skipped.jsonl"
    result = _enrich(folder, "-o", out, "--skipped-report", report)
    assert result.exit_code == config.EXIT_SKIPPED
    assert name in result.output and reason in result.output
    assert [r["doc_id"] for r in _lines(out) if r["part"] == "body"] == ["good"]
    skipped = _lines(report)
    assert skipped[0]["source"].endswith(name) and reason in skipped[0]["reason"]


@pytest.mark.parametrize("encoding, data", [
    ("cp1252", "Minister’s statement – “New START”\n\nSergey Lavrov spoke in Moscow about the treaty.\n".encode("cp1252")),
    ("latin-1", "Déclaration\n\nThe Foreign Ministry met in Genève \x81 today.\n".encode("latin-1")),
    ("utf-8-sig", b"\xef\xbb\xbf" + GOOD.encode("utf-8")),
    ("crlf", GOOD.replace("\n", "\r\n").encode("utf-8")),
    ("lone-cr", GOOD.replace("\n", "\r").encode("utf-8")),
])
def test_reliability_encodings_and_line_ends_are_decoded(tmp_path, encoding, data):
    page = tmp_path / "page.txt"
    page.write_bytes(data)
    out = tmp_path / "out.jsonl"
    result = _enrich(page, "-o", out)
    assert result.exit_code == 0, result.output
    from nlptools.io.reading import decode

    text, _ = decode(data)
    records = _lines(out)
    assert records
    for rec in records:
        src = text[rec["start"]:rec["end"]]
        assert all(a == b or (a.isspace() and b == " ") for a, b in zip(src, rec["text"]))
    if encoding in ("cp1252", "latin-1"):
        assert f"decoded as {encoding}" in result.output


def test_reliability_big_file_without_blank_lines_is_segmented(tmp_path):
    sentence = "The parties reaffirmed their commitment to strategic stability and to the treaty. "
    page = tmp_path / "big.txt"
    page.write_text("A very long statement\n" + sentence * (5_000_000 // len(sentence)), encoding="utf-8")
    out = tmp_path / "p.jsonl"
    result = runner.invoke(app, ["segment", str(page), "-o", str(out)])
    assert result.exit_code == 0
    records = _lines(out)
    assert len(records) > 4000
    assert max(len(r["text"]) for r in records) <= config.MAX_PASSAGE_CHARS


def test_reliability_page_with_only_furniture_yields_nothing(tmp_path):
    page = tmp_path / "furniture.txt"
    page.write_text(HEADER, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _enrich(page, "-o", out)
    assert result.exit_code == 0
    assert out.read_text() == ""
    assert "1 documents, 0 articles, 0 passages" in result.output


def test_reliability_unreadable_file_is_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(folder / "missing-target.txt", folder / "dangling.txt")
    locked = folder / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    out = tmp_path / "out.jsonl"
    result = _enrich(folder, "-o", out)
    names = ["dangling.txt"] + ([] if os.geteuid() == 0 else ["locked.txt"])
    assert result.exit_code == config.EXIT_SKIPPED
    for name in names:
        assert name in result.output and "cannot be read" in result.output
    assert "good" in {r["doc_id"] for r in _lines(out)}


def test_reliability_symlink_loop_completes(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "p.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(folder, folder / "sub" / "loop")
    out = tmp_path / "out.jsonl"
    assert _enrich(folder, "-o", out).exit_code == 0
    assert [r["doc_id"] for r in _lines(out) if r["part"] == "body"] == ["sub/p"]


def test_reliability_jsonl_bad_lines_are_skipped_with_line_numbers(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([json.dumps({"id": "ok", "text": GOOD}), "{oops", json.dumps({"id": "x"}),
                              json.dumps({"id": "y", "text": ["not", "a", "string"]})]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _enrich(src, "-o", out)
    assert result.exit_code == config.EXIT_SKIPPED
    for line, what in ((2, "not valid JSON"), (3, 'no "text"'), (4, "not a string")):
        assert f"{src}, line {line}" in result.output and what in result.output
    assert [r["doc_id"] for r in _lines(out) if r["part"] == "body"] == ["ok"]


def test_reliability_output_inside_input_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "p.txt").write_text(GOOD, encoding="utf-8")
    refused = _enrich(folder, "-o", folder / "out.txt")
    assert refused.exit_code == config.EXIT_ERROR and "would be read as input" in refused.output
    ok = _enrich(folder, "-o", folder / "out.jsonl")
    assert ok.exit_code == 0 and _enrich(folder, "-o", folder / "out.jsonl").exit_code == 0
    assert [r["doc_id"] for r in _lines(folder / "out.jsonl") if r["part"] == "body"] == ["p"]


def test_reliability_missing_output_folder_is_clear_and_nothing_written(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(GOOD, encoding="utf-8")
    result = _enrich(page, "-o", tmp_path / "nope" / "out.jsonl")
    assert result.exit_code == config.EXIT_ERROR
    assert "does not exist" in result.output and "mkdir -p" in result.output


def test_reliability_on_error_fail_stops_and_keeps_previous_output(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01")
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    result = _enrich(folder, "-o", out, "--on-error", "fail")
    assert result.exit_code == config.EXIT_ERROR and "b.txt" in result.output
    assert out.read_text() == "previous\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# -- interruption and resume -------------------------------------------------------------------

#: The corpus repeats the seeds, which the passage cache would make nearly free: the runs here
#: compute every passage, so that they last long enough to be interrupted (the output is the same).
SLOW = ["--no-cache"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_dir):
    """Sixty pages (the seeds under new names), enough for a run that lasts a few seconds."""
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(12):
        for page in sorted(seed_dir.glob("*.txt")):
            shutil.copy(page, folder / f"{i:02d}_{page.name}")
    return folder


@pytest.fixture(scope="module")
def uninterrupted(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("full") / "out.jsonl"
    subprocess.run([sys.executable, "-m", "nlptools.cli", "enrich", str(corpus), "-o", str(out), *SLOW], check=True,
                   capture_output=True)
    return out.read_bytes()


def _kill_after(corpus, out, delay, sig):
    proc = subprocess.Popen([sys.executable, "-m", "nlptools.cli", "enrich", str(corpus), "-o", str(out), *SLOW],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(delay)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err.decode()


@pytest.mark.parametrize("delay, sig", [(0.3, signal.SIGTERM), (2.5, signal.SIGINT), (4.0, signal.SIGTERM),
                                        (6.0, signal.SIGINT)])
def test_reliability_kill_leaves_old_output_or_complete_new(corpus, uninterrupted, tmp_path, delay, sig):
    out = tmp_path / "out.jsonl"
    out.write_text("old output\n")
    code, err = _kill_after(corpus, out, delay, sig)
    assert out.read_bytes() in (b"old output\n", uninterrupted)
    if code != 0:
        assert out.read_bytes() == b"old output\n"
        assert code in (130, -sig), err
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("delay", [3.0, 5.0])
def test_reliability_resume_equals_uninterrupted_run(corpus, uninterrupted, tmp_path, delay):
    out = tmp_path / "out.jsonl"
    code, _ = _kill_after(corpus, out, delay, signal.SIGINT)
    partial = Path(f"{out}.partial")
    if code == 0:
        pytest.skip("the run finished before the interruption")
    assert partial.exists() or not out.exists()
    done = subprocess.run([sys.executable, "-m", "nlptools.cli", "enrich", str(corpus), "-o", str(out), "--resume",
                           *SLOW],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == uninterrupted
    assert not partial.exists()


# -- files that are not pages: never hang, never exhaust memory --------------------------------

def _fifo(folder):
    os.mkfifo(folder / "pipe.txt")
    return "pipe.txt", "FIFO"


def _dev_zero(folder):
    os.symlink("/dev/zero", folder / "zero.txt")
    return "zero.txt", "character device"


def _sparse(folder):
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(int(config.MAX_FILE_SIZE_MB * 1_000_000) + 1)
    return "huge.txt", "over the limit"


def _jsonl_line(folder):
    (folder / "big.jsonl").write_text(json.dumps({"id": "big", "text": "x" * 2_000_000}) + "\n"
                                      + json.dumps({"id": "ok", "text": GOOD}) + "\n", encoding="utf-8")
    return "big.jsonl", "line 1: the record is"


@pytest.mark.parametrize("make", [_fifo, _dev_zero, _sparse, _jsonl_line], ids=["fifo", "dev-zero", "sparse", "jsonl-line"])
def test_reliability_file_that_is_not_a_page_is_skipped_with_its_reason(tmp_path, make):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    name, reason = make(folder)
    out = tmp_path / "out.jsonl"
    given = [str(folder)] + ([str(folder / name)] if name.endswith(".jsonl") else [])
    done = subprocess.run([sys.executable, "-m", "nlptools.cli", "segment", *given, "-o", str(out),
                           "--max-file-size", "1" if name.endswith(".jsonl") else str(config.MAX_FILE_SIZE_MB)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == config.EXIT_SKIPPED, done.stderr
    assert name in done.stderr and reason in done.stderr
    assert "good" in {r["doc_id"] for r in _lines(out)}
