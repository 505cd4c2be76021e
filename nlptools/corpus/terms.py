"""Terms the researcher names: monthly frequencies and keyword-in-context rows, per distinct passage.

A term is a word or a phrase; ``*`` stands for any letters (``sanction*``, ``New START``,
``Lavrov*``). Matching ignores case, takes any run of spaces between the words of a phrase and any
apostrophe for ``'``, and never starts or ends inside a word. Texts are those of the distinct
passages (for article-level records, of the distinct articles), streamed from DuckDB in batches:
DuckDB keeps only the texts that may match (a looser RE2 pattern), Python's ``re`` finds the matches.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .. import config
from ..errors import TermError
from .tables import Corpus, q

_APOSTROPHES = "'’ʼ`"
KWIC_COLUMNS = ["term", "left", "match", "right", "date", "month", "title", "id", "article_key", "passage_key"]
FREQUENCY_COLUMNS = ["term", "month", "count", "n_passages", "words", "per_10k"]


@dataclass(frozen=True)
class Term:
    term: str
    pattern: re.Pattern
    prefilter: str  # RE2, for DuckDB: matches every text the pattern matches


def compile_term(term: str) -> Term:
    words = term.split()
    if not words or not any(w.strip("*") for w in words):
        raise TermError(term, "is empty or only wildcards.")
    py, re2 = [], []
    for word in words:
        py.append(r"\w*".join(_escape(piece, r"['’ʼ`]") for piece in word.split("*")))
        re2.append(r"\S*".join(_escape(piece, r"['’ʼ`]") for piece in word.split("*")))
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(py) + r"(?!\w)", re.IGNORECASE)
    return Term(term, pattern, "(?i)" + r"[\s\pZ]+".join(re2))


def _escape(piece: str, apostrophe: str) -> str:
    return "".join(apostrophe if c in _APOSTROPHES else re.escape(c) for c in piece)


@dataclass
class TermResult:
    frequencies: "object"  # pandas DataFrame, FREQUENCY_COLUMNS
    kwic: "object"  # pandas DataFrame, KWIC_COLUMNS
    totals: "object"  # pandas DataFrame: term, count, n_passages, n_articles


def find_terms(corpus: Corpus, terms: Sequence[str], context: int = config.KWIC_CONTEXT_WORDS,
               kwic_limit: int | None = None, batch_rows: int = 50_000) -> TermResult:
    """Monthly counts (and per ``config.CORPUS_PER_WORDS`` words of the month's distinct passages) and
    keyword-in-context rows of each term; ``kwic_limit`` keeps the first rows per term (by date)."""
    import pandas as pd

    compiled = [compile_term(t) for t in terms]
    words = corpus.sql("SELECT month, sum(n_words)::BIGINT AS words FROM texts WHERE month IS NOT NULL GROUP BY month "
                       "ORDER BY month")
    freq_rows, kwic_rows, totals = [], [], []
    for term in compiled:
        counts: dict = {}
        hits = passages = 0
        articles: set = set()
        kept = 0
        reader = corpus.batches(f"""SELECT text, date, month, title, id, article_key, passage_key FROM texts
            WHERE regexp_matches(text, {q(term.prefilter)}) ORDER BY date, article_key, id""", batch_rows)
        for batch in reader:
            cols = batch.to_pydict()
            for i, text in enumerate(cols["text"]):
                matches = list(term.pattern.finditer(text))
                if not matches:
                    continue
                month = cols["month"][i]
                c = counts.setdefault(month, [0, 0])
                c[0] += len(matches)
                c[1] += 1
                hits += len(matches)
                passages += 1
                articles.add(cols["article_key"][i])
                for m in matches:
                    if kwic_limit is not None and kept >= kwic_limit:
                        break
                    kept += 1
                    kwic_rows.append((term.term, " ".join(text[:m.start()].split()[-context:]), m.group(0),
                                      " ".join(text[m.end():].split()[:context]), cols["date"][i], month,
                                      cols["title"][i], cols["id"][i], cols["article_key"][i],
                                      cols["passage_key"][i]))
        for month, n in zip(words["month"], words["words"]):
            count, n_passages = counts.get(month, (0, 0))
            freq_rows.append((term.term, month, count, n_passages, int(n),
                              count * config.CORPUS_PER_WORDS / n if n else 0.0))
        totals.append((term.term, hits, passages, len(articles)))
    return TermResult(pd.DataFrame(freq_rows, columns=FREQUENCY_COLUMNS),
                      pd.DataFrame(kwic_rows, columns=KWIC_COLUMNS),
                      pd.DataFrame(totals, columns=["term", "count", "n_passages", "n_articles"]))
