"""Counts over a :class:`~nlptools.corpus.tables.Corpus`, per distinct article (SQL in DuckDB).

Every function returns a small pandas DataFrame; ``n_articles`` counts distinct article keys,
``n_passages`` distinct passages, ``n_mentions`` mentions in the distinct passages.
"""
from __future__ import annotations

from typing import Sequence

from .. import config
from .tables import Corpus, q


def _labels_sql(labels: Sequence[str] | None, column: str = "label") -> str:
    if not labels:
        return "TRUE"
    return f"{column} IN ({', '.join(map(q, labels))})"


def entity_counts(corpus: Corpus, labels: Sequence[str] | None = None, top: int | None = None,
                  min_count: int = 1):
    """Per label and canonical name: distinct articles, distinct passages and mentions, first and last date;
    the ``top`` names per label by distinct articles (then mentions, then name)."""
    limit = f"QUALIFY row_number() OVER (PARTITION BY label ORDER BY n_articles DESC, n_mentions DESC, canonical) " \
            f"<= {int(top)}" if top else ""
    return corpus.sql(f"""
        SELECT label, canonical, count(DISTINCT article_key) AS n_articles,
               count(DISTINCT coalesce(passage_key, article_key)) AS n_passages, count(*) AS n_mentions,
               min(date) AS first_date, max(date) AS last_date
        FROM mentions WHERE {_labels_sql(labels)} GROUP BY label, canonical
        HAVING count(DISTINCT article_key) >= {int(min_count)} {limit}
        ORDER BY label, n_articles DESC, n_mentions DESC, canonical""")


def entity_timelines(corpus: Corpus, labels: Sequence[str] | None = None, top: int = config.CORPUS_TIMELINE_TOP,
                     min_count: int = 1):
    """Distinct articles per month that name each of the ``top`` entities of each label (months with none
    are left out)."""
    tops = entity_counts(corpus, labels, top, min_count)[["label", "canonical"]]
    if tops.empty:
        return corpus.sql("SELECT NULL::VARCHAR AS month, NULL::VARCHAR AS label, NULL::VARCHAR AS canonical, "
                          "0::BIGINT AS n_articles WHERE FALSE")
    corpus.con.register("_top_entities", tops)
    try:
        return corpus.sql("""
            SELECT m.month, m.label, m.canonical, count(DISTINCT m.article_key) AS n_articles
            FROM mentions m JOIN _top_entities t USING (label, canonical) WHERE m.month IS NOT NULL
            GROUP BY ALL ORDER BY m.label, m.canonical, m.month""")
    finally:
        corpus.con.unregister("_top_entities")


def topic_share(corpus: Corpus):
    """Per month and topic: distinct articles with the topic (in any passage), the month's dated articles,
    and their share."""
    return corpus.sql("""
        WITH months AS (SELECT month, count(*) AS month_articles FROM articles WHERE month IS NOT NULL GROUP BY month)
        SELECT t.month, t.label, count(DISTINCT t.article_key) AS n_articles, any_value(m.month_articles)
               AS month_articles, count(DISTINCT t.article_key) / any_value(m.month_articles) AS share
        FROM article_topics t JOIN months m USING (month) GROUP BY t.month, t.label ORDER BY t.month, t.label""")


def co_mentions(corpus: Corpus, left: str = "PERSON", right: str = "ORG", top: int | None = None,
                min_count: int = 1):
    """Pairs of a ``left`` entity and a ``right`` entity named in the same article: distinct articles."""
    limit = f"LIMIT {int(top)}" if top else ""
    return corpus.sql(f"""
        WITH ae AS (SELECT DISTINCT article_key, label, canonical FROM mentions WHERE label IN ({q(left)}, {q(right)}))
        SELECT a.canonical AS {left.lower()}, b.canonical AS {right.lower()}, count(*) AS n_articles
        FROM ae a JOIN ae b ON a.article_key = b.article_key AND a.label = {q(left)} AND b.label = {q(right)}
             AND a.canonical <> b.canonical
        GROUP BY ALL HAVING count(*) >= {int(min_count)}
        ORDER BY n_articles DESC, {left.lower()}, {right.lower()} {limit}""")


def speakers(corpus: Corpus, top: int | None = None):
    """Interview speakers (passage-level records): distinct articles, passages and words of their turns."""
    limit = f"LIMIT {int(top)}" if top else ""
    return corpus.sql(f"""
        SELECT speaker, count(DISTINCT article_key) AS n_articles, count(*) AS n_passages, sum(n_words)::BIGINT
               AS n_words
        FROM passages WHERE speaker IS NOT NULL GROUP BY speaker
        ORDER BY n_articles DESC, n_passages DESC, speaker {limit}""")


def speaker_mentions(corpus: Corpus, labels: Sequence[str] | None = None, top: int = config.CORPUS_TOP_PER_GROUP):
    """Whom each speaker names in their turns: distinct passages and mentions per entity (the speaker's own
    name left out), the ``top`` per speaker."""
    return corpus.sql(f"""
        SELECT speaker, label, canonical, count(DISTINCT passage_key) AS n_passages, count(*) AS n_mentions
        FROM mentions WHERE speaker IS NOT NULL AND canonical <> speaker AND {_labels_sql(labels)}
        GROUP BY speaker, label, canonical
        QUALIFY row_number() OVER (PARTITION BY speaker ORDER BY n_passages DESC, n_mentions DESC, canonical) <= {int(top)}
        ORDER BY speaker, n_passages DESC, n_mentions DESC, canonical""")


def speaker_topics(corpus: Corpus, top: int = config.CORPUS_TOP_PER_GROUP):
    """What each speaker talks about: the topics of their turns (distinct passages), the ``top`` per speaker."""
    return corpus.sql(f"""
        SELECT p.speaker, t.label AS topic, count(*) AS n_passages
        FROM topics t JOIN passages p ON p.passage_key = t.passage_key AND p.article_key = t.article_key
        WHERE p.speaker IS NOT NULL GROUP BY p.speaker, t.label
        QUALIFY row_number() OVER (PARTITION BY p.speaker ORDER BY n_passages DESC, topic) <= {int(top)}
        ORDER BY p.speaker, n_passages DESC, topic""")


def entities_by_topic(corpus: Corpus, labels: Sequence[str] | None = None, top: int = config.CORPUS_TOP_PER_GROUP,
                      min_count: int = 1):
    """Per topic: the entities named most in the distinct articles that carry the topic."""
    return corpus.sql(f"""
        WITH ae AS (SELECT DISTINCT article_key, label, canonical FROM mentions WHERE {_labels_sql(labels)})
        SELECT t.label AS topic, ae.label, ae.canonical, count(*) AS n_articles
        FROM article_topics t JOIN ae USING (article_key) GROUP BY t.label, ae.label, ae.canonical HAVING count(*) >= {int(min_count)}
        QUALIFY row_number() OVER (PARTITION BY topic ORDER BY n_articles DESC, ae.canonical) <= {int(top)}
        ORDER BY topic, n_articles DESC, ae.canonical""")


def overview(corpus: Corpus) -> dict:
    """Sizes of the corpus: records read, distinct articles and passages, repeats, dates."""
    row = corpus.con.execute("""
        SELECT count(*), sum(n_pages), count(*) FILTER (n_pages > 1), min(date), max(date),
               count(*) FILTER (date IS NULL), sum(n_words)::BIGINT FROM articles""").fetchall()[0]
    return {"files": len(corpus.files), "level": corpus.level, "records": corpus.n_records,
            "articles": row[0], "article_appearances": int(row[1] or 0), "articles_repeated": row[2],
            "first_date": row[3], "last_date": row[4], "undated_articles": row[5],
            "passages": corpus.count("passages"), "words": int(row[6] or 0),
            "mentions": corpus.count("mentions"), "pages": corpus.n_pages}
