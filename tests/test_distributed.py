"""The Dask engine gives the local engine's records, reports bad inputs and cleans up after itself."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

pytest.importorskip("distributed")

from typer.testing import CliRunner  # noqa: E402

from nlptools import config  # noqa: E402
from nlptools.cli import app  # noqa: E402
from nlptools.errors import NlpToolsError  # noqa: E402
from nlptools.io.formats import dumps  # noqa: E402
from nlptools.pipeline.distributed import DASK_MISSING, enrich_dask  # noqa: E402
from nlptools.pipeline.enricher import Enricher, RunStats  # noqa: E402

BAD = "zz_binary.txt"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_dir):
    """A copy of the seeds plus one binary .txt (NUL bytes) that must be skipped."""
    folder = tmp_path_factory.mktemp("corpus") / "pages"
    shutil.copytree(seed_dir, folder)
    (folder / BAD).write_bytes(b"\x00\x01binary\x00")
    return folder


@pytest.fixture(scope="module")
def local_lines(corpus):
    """The local engine's output for the corpus, as JSONL lines."""
    enricher = Enricher.load()
    return [dumps(r) for r in enricher.enrich_paths([str(corpus)])]


@pytest.fixture(scope="module")
def cluster():
    """One two-worker cluster for the module, so the models are loaded once per worker."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0") as cl:
        yield cl


@pytest.fixture(scope="module")
def dask_run(corpus, cluster, tmp_path_factory):
    out = tmp_path_factory.mktemp("dask") / "out.jsonl"
    stats = enrich_dask([str(corpus)], out, scheduler=cluster.scheduler_address, n_workers=2, docs_per_partition=2)
    return out, stats


def test_dask_records_equal_local_engine(dask_run, local_lines):
    out, stats = dask_run
    lines = out.read_text(encoding="utf-8").splitlines()
    assert set(lines) == set(local_lines)
    assert lines == local_lines
    assert stats.documents == 5 and stats.passages == len(lines)


def test_dask_removes_parts_folder_and_keeps_remote_cluster(dask_run, cluster):
    out, _ = dask_run
    assert not (out.parent / f"{out.name}.parts").exists()
    assert [p.name for p in out.parent.iterdir()] == ["out.jsonl"]
    from dask.distributed import Client

    with Client(cluster.scheduler_address) as client:
        assert len(client.scheduler_info()["workers"]) == 2


def test_dask_reports_binary_input_as_skipped(dask_run, corpus):
    _, stats = dask_run
    assert [s.source for s in stats.skipped] == [str(corpus / BAD)]
    assert "NUL bytes" in stats.skipped[0].reason


def test_dask_on_error_fail_leaves_output_untouched(corpus, cluster, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    with pytest.raises(NlpToolsError, match="NUL bytes"):
        enrich_dask([str(corpus)], out, scheduler=cluster.scheduler_address, docs_per_partition=2, on_error="fail")
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_dask_missing_extra_is_explained(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(NlpToolsError) as info:
        enrich_dask([str(tmp_path)], tmp_path / "out.jsonl", stats=RunStats())
    assert str(info.value) == 'The Dask engine needs the optional extra: pip install "nlptools[dask]"' == DASK_MISSING


def test_nlptools_imports_without_dask():
    code = ("import sys; sys.modules['dask'] = None; sys.modules['distributed'] = None; "
            "import nlptools, nlptools.pipeline.distributed, nlptools.cli; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_cli_enrich_dask_engine(corpus, local_lines, tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["enrich", str(corpus), "-o", str(out), "--engine", "dask", "--n-process", "2"])
    assert result.exit_code == config.EXIT_SKIPPED, result.output
    assert out.read_text(encoding="utf-8").splitlines() == local_lines
    assert "5 documents" in result.output and "skipped: 1" in result.output
    assert not (tmp_path / "out.jsonl.parts").exists()


def test_dask_same_record_id_in_two_jsonl_files_is_made_unique_as_locally(cluster, tmp_path):
    import json

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a", "Sergey Lavrov met Antony Blinken in Geneva."), ("b", "NATO met in Brussels.")):
        (folder / f"{name}.jsonl").write_text(json.dumps({"id": "same", "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    files = [str(folder / "a.jsonl"), str(folder / "b.jsonl")]
    stats = enrich_dask(files, out, scheduler=cluster.scheduler_address, n_workers=2, docs_per_partition=1)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    local = RunStats()
    expected = [json.loads(dumps(r)) for r in Enricher.load().enrich_paths(files, stats=local)]
    assert sorted({r["doc_id"] for r in records}) == ["same", "same-2"]
    assert all(r["id"].startswith(r["doc_id"] + "#") for r in records)
    assert records == expected
    assert any('"same"' in note and "same-2" in note for note in stats.notes)
