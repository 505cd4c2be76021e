"""nlptools.corpus export: the tidy tables as CSV and Parquet files that pandas reads back unchanged."""
from __future__ import annotations

import pandas as pd
import pytest

from nlptools.corpus import export, read
from nlptools.errors import CorpusOptionError

from .corpus_fixture import fixture_articles_jsonl, fixture_jsonl  # noqa: F401

ROWS = {"articles": 4, "passages": 9, "mentions": 13, "topics": 9, "article_topics": 7}


def _load(path):
    return pd.read_csv(path) if path.suffix == ".csv" else pd.read_parquet(path)


@pytest.mark.parametrize("to", ["csv", "parquet"])
def test_export_writes_every_table(fixture_jsonl, tmp_path, to):
    written = export([fixture_jsonl], tmp_path, to, terms=["sanction*"])
    assert written == [f"{n}.{to}" for n in [*ROWS, "term_frequencies", "kwic"]]
    for name, n in ROWS.items():
        assert len(_load(tmp_path / f"{name}.{to}")) == n, name
    arts = _load(tmp_path / f"articles.{to}").set_index("title")
    pages = arts.loc["Lavrov on New START", "pages"]
    assert (pages if to == "csv" else ";".join(pages)) == "p1.txt;p2.txt"
    assert str(arts.loc["Lavrov on New START", "date"])[:10] == "2021-03-01"
    assert _load(tmp_path / f"kwic.{to}")["match"].str.lower().str.startswith("sanction").all()


def test_export_matches_the_dataframes(fixture_jsonl, tmp_path):
    export([fixture_jsonl], tmp_path, "parquet")
    with read([fixture_jsonl]) as c:
        assert pd.read_parquet(tmp_path / "mentions.parquet").astype(str).equals(c.mentions.astype(str))


def test_export_article_level_leaves_out_passage_tables(fixture_articles_jsonl, tmp_path):
    assert export([fixture_articles_jsonl], tmp_path, "csv") == ["articles.csv", "mentions.csv", "article_topics.csv"]


def test_export_unknown_format_is_refused(fixture_jsonl, tmp_path):
    with pytest.raises(CorpusOptionError, match="Fix: use --to csv or --to parquet"):
        export([fixture_jsonl], tmp_path, "xlsx")
