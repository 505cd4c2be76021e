"""The benchmark script runs from a clean install and prints every figure of issue #8.

A tiny corpus (the seed pages once, one run, one timed start-up pair) so CI stays fast; the speed targets themselves
are checked by running the benchmark, never by tests.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "bench_enrich.py"


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "figures.json"
    proc = subprocess.run([sys.executable, str(BENCH), "--repeat", "1", "--runs", "1", "--mem-pages", "1",
                           "--load-runs", "1", "--json", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout, json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("row", [
    "1. enrich CLI end to end, 1 process", "1. enrich in-process", "2. bare spaCy", "3. bare spaCy, NER component only",
    "4. enrich in-process / spaCy default", "4. enrich in-process / NER only", "5. peak RSS 10 / 1 pages",
    "6. --n-process 2 / 1 process", "7. nlptools --help start-up", "in-process output == CLI output",
    "--n-process 2 output == 1-process output", "8. archive: enrich with cache / spaCy default",
    "8. archive: enrich with cache / NER only", "9. cost of the cache on distinct text", "10. enrich of one page / spacy.load",
    "archive: output with cache == without",
])
def test_benchmarks_table_prints_every_figure(tiny_run, row):
    stdout, _ = tiny_run
    assert row in stdout


def test_benchmarks_figures_are_measured_not_missing(tiny_run):
    _, R = tiny_run
    for key in ("cli_wps", "inproc_wps", "default_wps", "ner_wps", "nproc2_wps", "ratio_default", "ratio_ner",
                "ratio_nproc", "mem_growth", "startup_s"):
        assert R[key] > 0, key
    assert R["words"] == 12793 and R["pages"] == 5
    assert R["inproc_output_identical"] and R["nproc_output_identical"] and R["archive_output_identical"]
    assert R["distinct_output_identical"]


def test_benchmarks_cache_cost_pairs_every_slice_both_ways(tiny_run):
    """Figure 9 times every slice of the distinct pages once with the cache and once without, in every round."""
    _, R = tiny_run
    slices = -(-R["pages"] // R["cache_cost_slice_pages"])
    assert R["cache_cost_pairs"] == slices * R["runs"]
    assert len(R["cache_cost_rounds"]) == R["runs"]
    assert R["cache_cost_low"] <= R["cache_cost"] <= R["cache_cost_high"]


@pytest.fixture
def paired_cost(monkeypatch):
    """The benchmark script's statistic for figure 9, imported from ``benchmarks/`` (not a package)."""
    monkeypatch.syspath_prepend(str(BENCH.parent))
    from bench_enrich import paired_cost
    return paired_cost


@pytest.mark.parametrize("off, on, cost", [
    ([1.0, 2.0, 3.0], [1.0, 2.0, 3.0], 0.0),
    ([1.0, 2.0, 3.0], [1.1, 2.2, 3.3], 1 - 1 / 1.1),
    ([2.0, 2.0], [1.0, 1.0], -1.0),
])
def test_benchmarks_paired_cost_is_one_minus_summed_time_ratio(paired_cost, off, on, cost):
    value, low, high = paired_cost(off, on)
    assert value == pytest.approx(cost)
    assert low == pytest.approx(cost) and high == pytest.approx(cost)


def test_benchmarks_paired_cost_interval_widens_with_disagreeing_pairs(paired_cost):
    value, low, high = paired_cost([1.0] * 10, [0.9, 1.1] * 5)
    assert value == pytest.approx(0.0)
    assert low < -0.03 and high > 0.03


def test_benchmarks_profile_times_every_stage_of_the_shipped_models():
    """Regression: the profile script read the scikit-learn estimator's ``features_``, which the array model
    enrich loads has not, and its whole-run row was timed through the passage cache of its earlier runs."""
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "profile_enrich.py"), "--repeat", "1",
                           "--runs", "1"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = {line[:52].strip(): line[52:].split() for line in proc.stdout.splitlines() if line.strip()}
    assert {"topic features: words", "topic features: keywords", "canonicalisation",
            "whole enrich_paths + JSON (in-process)", "spaCy component ner"} <= set(rows)
    computed = re.search(r"entities computed for (\d+) of (\d+) passages a run", proc.stdout)
    assert computed and int(computed[1]) == int(computed[2]) > 0, proc.stdout[-1000:]
