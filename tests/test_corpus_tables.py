"""nlptools.corpus tables: one row per distinct article / passage, counts worked out by hand on the fixture."""
from __future__ import annotations

import json
import random

import pandas as pd
import pytest

from nlptools.corpus import TABLE_COLUMNS, read
from nlptools.errors import CorpusError, CorpusInputError

from .conftest import SEEDS
from .corpus_fixture import (ARTICLE_KEYS, article_records, fixture_articles_jsonl, fixture_corpus,  # noqa: F401
                             fixture_jsonl, passage_records, write_jsonl)

A, B, C, D = (ARTICLE_KEYS[k] for k in "ABCD")


def test_tables_articles_one_row_per_distinct_article(fixture_corpus):
    arts = fixture_corpus.articles.set_index("article_key")
    assert list(fixture_corpus.articles.columns) == TABLE_COLUMNS["articles"]
    assert len(arts) == 4                                       # 6 appearances of 4 articles
    assert arts["n_pages"].to_dict() == {A: 2, B: 2, C: 1, D: 1}
    assert list(arts.loc[A, "pages"]) == ["p1.txt", "p2.txt"] and list(arts.loc[B, "pages"]) == ["p2.txt", "p3.txt"]
    assert arts["kind"].to_dict() == {A: "main", B: "listing", C: "main", D: "main"}
    assert arts["n_passages"].to_dict() == {A: 3, B: 2, C: 2, D: 2}  # A from its main appearance (3), not the listing (2)
    assert arts["n_words"].to_dict() == {A: 4 + 11 + 8, B: 4 + 12, C: 4 + 9, D: 3 + 8}
    assert arts.loc[A, "id"] == "p1#0" and arts.loc[B, "id"] == "p2#2"


def test_tables_article_date_prefers_its_own_date_line_then_listing_then_page(fixture_corpus):
    arts = fixture_corpus.articles.set_index("article_key")
    assert arts["date"].dt.strftime("%Y-%m-%d").to_dict() == {A: "2021-03-01", B: "2021-04-10", C: "2021-04-21",
                                                              D: "2021-04-25"}
    assert arts["date_from"].to_dict() == {A: "article", B: "listing", C: "page", D: "article"}
    assert arts["month"].to_dict() == {A: "2021-03", B: "2021-04", C: "2021-04", D: "2021-04"}


def test_tables_passages_distinct_with_repeats_visible(fixture_corpus):
    p = fixture_corpus.passages.set_index("passage_key")
    assert len(p) == 9                                          # 13 records, 4 of them repeats
    assert p["n_pages"].to_dict() == {"pA00000000000000": 2, "pA10000000000000": 2, "pA20000000000000": 1,
                                      "pB00000000000000": 2, "pB10000000000000": 2, "pC00000000000000": 1,
                                      "pC10000000000000": 1, "pD00000000000000": 1, "pD10000000000000": 1}
    assert p.loc["pA10000000000000", "speaker"] == "Sergey Lavrov" and p.loc["pA10000000000000", "part"] == "body"
    assert p["n_words"].sum() == 23 + 16 + 13 + 11


def test_tables_mentions_counted_once_per_distinct_passage(fixture_corpus):
    m = fixture_corpus.mentions
    assert list(m.columns) == TABLE_COLUMNS["mentions"]
    assert len(m) == 13                                         # 19 with the repeats on other pages
    assert m.groupby("canonical").size().to_dict() == {"Andrei Kelin": 3, "European Union": 2, "NATO": 3,
                                                       "New START": 2, "Sergey Lavrov": 2, "UN Charter": 1}
    kelin_title = m[(m["text"] == "Kelin")].iloc[0]
    assert (kelin_title["part"], kelin_title["canonical"], kelin_title["article_key"]) == ("title", "Andrei Kelin", C)
    assert m[m["canonical"] == "European Union"]["speaker"].fillna("").tolist() == ["Question", ""]


def test_tables_topics_per_passage_and_per_article(fixture_corpus):
    t = fixture_corpus.topics
    assert len(t) == 9
    at = fixture_corpus.article_topics
    assert len(at) == 7
    a = at[at["article_key"] == A].set_index("label")["score"].to_dict()
    assert a == {"arms_control": 0.9, "russia_us": 0.6, "europe_nato": 0.7}  # highest passage score per label
    assert at[at["article_key"] == C].set_index("label")["score"].to_dict() == {"europe_nato": 0.8}


def _frames(corpus):
    return {name: corpus.table(name) for name in TABLE_COLUMNS}


def _assert_same(a: dict, b: dict, names=TABLE_COLUMNS):
    for name in names:
        x, y = a[name], b[name]
        assert x.astype(str).equals(y.astype(str)), name


@pytest.mark.parametrize("change", ["reversed", "shuffled", "crlf", "two-shards"])
def test_tables_stable_across_input_order_line_endings_and_shards(tmp_path, fixture_jsonl, change):
    recs = passage_records()
    with read([fixture_jsonl]) as c:
        before = _frames(c)
    if change == "reversed":
        paths = [write_jsonl(recs[::-1], tmp_path / "r.jsonl")]
    elif change == "shuffled":
        random.Random(7).shuffle(recs)
        paths = [write_jsonl(recs, tmp_path / "s.jsonl")]
    elif change == "crlf":
        paths = [write_jsonl(recs, tmp_path / "crlf.jsonl", newline="\r\n")]
    else:
        (tmp_path / "shards").mkdir()
        paths = [write_jsonl(recs[7:], tmp_path / "shards" / "b.jsonl"),
                 write_jsonl(recs[:7], tmp_path / "shards" / "a.ndjson")]
    with read(paths) as c:
        _assert_same(before, _frames(c))


def test_tables_parquet_shards_give_the_same_tables(tmp_path, fixture_jsonl):
    df = pd.read_json(fixture_jsonl, lines=True, dtype=False, precise_float=True)
    (tmp_path / "pq").mkdir()
    df.iloc[:6].to_parquet(tmp_path / "pq" / "0.parquet")
    df.iloc[6:].to_parquet(tmp_path / "pq" / "1.parquet")
    with read([fixture_jsonl]) as a, read([tmp_path / "pq"]) as b:
        _assert_same(_frames(a), _frames(b))


def _article_level_view(corpus):
    m = corpus.mentions.drop(columns=["passage_key", "speaker", "id", "start", "end"])
    return {"articles": corpus.articles, "article_topics": corpus.article_topics,
            "mentions": m.sort_values(list(m.columns)).reset_index(drop=True)}


def test_tables_article_level_gives_the_same_tables_on_the_fixture(fixture_jsonl, fixture_articles_jsonl):
    with read([fixture_jsonl]) as p, read([fixture_articles_jsonl]) as a:
        assert a.level == "article" and len(a.passages) == 0 and len(a.topics) == 0
        _assert_same(_article_level_view(p), _article_level_view(a), ["articles", "article_topics", "mentions"])


@pytest.fixture(scope="module")
def seeds_outputs(tmp_path_factory):
    """The seeds enriched at passage and article level by one run of the shipped models."""
    import nlptools

    enricher = nlptools.load()
    out = tmp_path_factory.mktemp("seeds")
    paths = {}
    for level in ("passage", "article"):
        paths[level] = out / f"{level}.jsonl"
        write_jsonl(enricher.enrich_paths([str(SEEDS)], level=level), paths[level])
    return paths


def test_tables_article_level_gives_the_same_tables_on_the_seeds(seeds_outputs):
    with read([seeds_outputs["passage"]]) as p, read([seeds_outputs["article"]]) as a:
        assert len(p.articles) == 41 and p.articles["n_pages"].sum() == 55   # 55 articles on 5 pages, 41 distinct
        _assert_same(_article_level_view(p), _article_level_view(a), ["articles", "article_topics", "mentions"])


def test_tables_seeds_repeats_counted_once(seeds_outputs):
    recs = [json.loads(line) for line in open(seeds_outputs["passage"], encoding="utf-8")]
    with read([seeds_outputs["passage"]]) as p:
        assert len(p.passages) == len({(r["article"]["key"], r["key"]) for r in recs}) < len(recs)
        main = p.articles[p.articles["title"].str.startswith("Foreign Minister Sergey Lavrov’s article on the")]
        assert main[["kind", "n_pages"]].values.tolist() == [["main", 2]]      # its main page and one listing
        assert main["date"].dt.strftime("%Y-%m-%d").tolist() == ["2021-07-16"]  # its own date, not the listing's


@pytest.mark.parametrize("since, until, expected", [
    ("2021-04-01", None, {B, C, D}),
    (None, "2021-04-10", {A, B}),
    ("2021-04-11", "2021-04-24", {C}),
])
def test_tables_date_range_keeps_articles_dated_within(fixture_jsonl, since, until, expected):
    with read([fixture_jsonl], since=since, until=until) as c:
        assert set(c.articles["article_key"]) == expected
        assert set(c.mentions["article_key"]) <= expected and set(c.passages["article_key"]) == expected


def test_tables_empty_file_gives_a_clear_message(tmp_path):
    (tmp_path / "out.jsonl").write_text("\n", encoding="utf-8")
    with pytest.raises(CorpusInputError, match=r"out\.jsonl: holds no records\. Fix: give the output of a finished"):
        read([tmp_path / "out.jsonl"])


def test_tables_truncated_last_line_names_file_and_line(tmp_path, fixture_jsonl):
    data = fixture_jsonl.read_text(encoding="utf-8")
    cut = tmp_path / "cut.jsonl"
    cut.write_text(data[: data.rindex("\n", 0, len(data) - 1) + 40], encoding="utf-8")
    with pytest.raises(CorpusInputError, match=r"cut\.jsonl, line 13: is truncated.*Fix: .*run `nlptools enrich` again"):
        read([cut])


def test_tables_partial_output_is_refused_with_the_fix(tmp_path, fixture_jsonl):
    partial = tmp_path / "out.jsonl.partial"
    fixture_jsonl.rename(partial)                                # a run killed before it finished
    with pytest.raises(CorpusInputError, match=r"partial output of an interrupted .*--resume"):
        read([partial])
    with pytest.raises(CorpusInputError, match=r"out\.jsonl: does not exist\. Fix: .*out\.jsonl\.partial.*--resume"):
        read([tmp_path / "out.jsonl"])


@pytest.mark.parametrize("line, message", [
    ('{"id": "x", "text": "a page"}', r"line 1: is not an enriched record"),
    ("[1, 2]", r"line 1: is not a JSON object"),
])
def test_tables_not_enrich_records_are_refused(tmp_path, line, message):
    (tmp_path / "x.jsonl").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(CorpusInputError, match=message):
        read([tmp_path / "x.jsonl"])


def test_tables_bad_line_in_the_middle_names_its_line(tmp_path):
    recs = [json.dumps(r) for r in passage_records()]
    recs[4] = recs[4][:-1] + ","
    (tmp_path / "bad.jsonl").write_text("\n".join(recs) + "\n", encoding="utf-8")
    with pytest.raises(CorpusInputError, match=r"bad\.jsonl, line 5: is not valid JSON"):
        read([tmp_path / "bad.jsonl"])


def test_tables_mixed_levels_are_refused(fixture_jsonl, fixture_articles_jsonl):
    with pytest.raises(CorpusError, match=r"article-level records while .* passage-level"):
        read([fixture_jsonl, fixture_articles_jsonl])


def test_tables_segment_output_without_entities_still_reads(tmp_path):
    recs = [{k: v for k, v in r.items() if k not in ("entities", "topics")} for r in passage_records()]
    with read([write_jsonl(recs, tmp_path / "seg.jsonl")]) as c:
        assert len(c.articles) == 4 and len(c.passages) == 9 and len(c.mentions) == 0


def test_tables_temporary_database_removed_on_close_and_on_error(tmp_path, fixture_jsonl):
    work = tmp_path / "work"
    work.mkdir()
    with read([fixture_jsonl], workdir=work) as c:
        assert len(list(work.iterdir())) == 1 and c.count("articles") == 4
    assert not list(work.iterdir())
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(CorpusInputError):
        read([tmp_path / "empty.jsonl"], workdir=work)
    assert not list(work.iterdir())


def test_tables_record_without_article_key_is_refused(tmp_path):
    recs = passage_records()
    recs[5]["article"]["key"] = None
    with pytest.raises(CorpusError, match=r"record 'p2#1\.0' \(source 'p2\.txt'\) has no article key.*Fix:"):
        read([write_jsonl(recs, tmp_path / "nokey.jsonl")])
