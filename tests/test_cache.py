"""The passage cache: each distinct passage text computed once, output unchanged."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nlptools
from nlptools.cli import app
from nlptools.pipeline.cache import PassageCache, text_key

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("bench_enrich", ROOT / "benchmarks" / "bench_enrich.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def enricher():
    return nlptools.load()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return _bench().build_archive_corpus(tmp_path_factory.mktemp("cache") / "archive", 12, per_archive_page=5)


def _lines(records) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) for r in records]


def test_cache_computes_each_key_once_and_stays_bounded():
    cache, calls = PassageCache(2), []

    def compute(xs):
        calls.append(list(xs))
        return [x.upper() for x in xs]

    assert cache.through(cache.entities, ["a", "b", "a"], ["x", "y", "x"], compute) == ["X", "Y", "X"]
    assert cache.through(cache.entities, ["a", "c"], ["x", "z"], compute) == ["X", "Z"]
    assert calls == [["x", "y"], ["z"]] and len(cache.entities) == 2 and (cache.hits, cache.misses) == (2, 3)


@pytest.mark.parametrize("parts", [("a b",), ("a  b",), ("A b",), ("a", "b"), ("ab",)])
def test_cache_text_key_tells_exact_texts_apart(parts):
    others = [("a b",), ("a  b",), ("A b",), ("a", "b"), ("ab",)]
    assert [text_key(*o) == text_key(*parts) for o in others].count(True) == 1


@pytest.mark.parametrize("corpus, level, size", [("seeds", "passage", 3), ("archive", "passage", None),
                                                  ("archive", "article", None)])
def test_cache_output_is_identical_without_it(enricher, archive, corpus, level, size):
    folder = str(ROOT / "seeds" if corpus == "seeds" else archive)
    cached = nlptools.load(cache_size=size) if size else enricher
    hits = cached.cache.hits
    assert _lines(cached.enrich_paths([folder], level)) == _lines(enricher.enrich_paths([folder], level, cache=False))
    assert cached.cache.hits > hits


def test_cache_offsets_of_the_same_text_elsewhere_and_with_other_whitespace(enricher):
    para = "Sergey Lavrov met Antony Blinken in Geneva to discuss New START."
    pages = [f"Talks\n\n{para}\n\nAfterwards.\n\n{para}",
             f"Other talks\n\nFirst a word.\n\n{para.replace(' met ', '  met ')}\n\n{para}",
             f"Note\n\n{para.replace(' met ', chr(10) + 'met ')}"]
    cached = nlptools.load()
    got = list(cached.enrich_texts(pages))
    assert _lines(got) == _lines(enricher.enrich_texts(pages, cache=False))
    assert cached.cache.hits >= 2
    starts = {r["start"] for r in got if "Blinken" in r["text"]}
    assert len(starts) >= 3 and all(
        r["text"][e["start"]:e["end"]] == e["text"] for r in got for e in r["entities"])


def test_cache_canonical_names_still_come_from_each_page(enricher):
    line = "Lavrov said the talks were useful."
    pages = [f"Talks\n\nSergey Lavrov arrived.\n\n{line}", f"Talks\n\nIvan Lavrov arrived.\n\n{line}"]
    cached = nlptools.load()
    got = list(cached.enrich_texts(pages))
    assert _lines(got) == _lines(enricher.enrich_texts(pages, cache=False))
    canon = [e["canonical"] for r in got if r["text"] == line for e in r["entities"] if e["text"] == "Lavrov"]
    assert canon == ["Sergey Lavrov", "Ivan Lavrov"]


def test_cache_cli_no_cache_and_two_processes_give_the_same_bytes(archive, tmp_path):
    runner = CliRunner()
    outs = []
    for extra in (["--no-cache"], ["--n-process", "2"]):
        out = tmp_path / f"out{len(outs)}.jsonl"
        res = runner.invoke(app, ["enrich", str(archive), "-o", str(out), "--no-progress", *extra])
        assert res.exit_code == 0, res.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
