"""The corpus report: ``summary.md``, one self-contained ``report.html`` (plots embedded as data URIs,
no network) and the PNG plots beside them, all made from the counts of :mod:`nlptools.corpus.counts`."""
from __future__ import annotations

import base64
import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from .. import config
from . import counts
from .tables import Corpus
from .terms import find_terms

PAIRS = (("PERSON", "ORG"), ("TREATY", "ORG"))
#: Steps of a report without terms (six queries, five plots): the progress bar's total.
REPORT_STEPS = 11


@dataclass
class Section:
    title: str
    text: str = ""
    tables: list = field(default_factory=list)  # (caption, DataFrame)
    images: list = field(default_factory=list)  # PNG file names


@dataclass
class ReportOptions:
    labels: Sequence[str] = config.ENTITY_LABELS
    top: int = config.CORPUS_TOP_N
    min_count: int = config.CORPUS_MIN_COUNT
    terms: Sequence[str] = ()
    timeline_top: int = config.CORPUS_TIMELINE_TOP
    per_group: int = config.CORPUS_TOP_PER_GROUP
    kwic_rows: int = config.KWIC_REPORT_ROWS


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _save(fig, directory: Path, name: str) -> str:
    fig.tight_layout()
    fig.savefig(directory / name, dpi=100, metadata={"Software": None})
    _plt().close(fig)
    return name


def _months(first, last) -> list[str]:
    import pandas as pd

    if first is None or last is None:
        return []
    return [str(p) for p in pd.period_range(pd.Period(first, "M"), pd.Period(last, "M"), freq="M")]


def _month_width(months: list[str], per_month: float = 0.2) -> float:
    """Figure width (inches) for a monthly axis: wider with more months, never beyond a page."""
    return min(14.0, max(7.0, per_month * len(months) + 3))


def _marker(months: list[str]) -> dict:
    return {"marker": "o", "ms": 3} if len(months) <= 48 else {}


def _month_ticks(ax, months: list[str]) -> None:
    step = max(1, len(months) // 12)
    ax.set_xticks(range(0, len(months), step), months[::step], rotation=45, ha="right", fontsize=8)


def plot_top_entities(top, labels, directory: Path) -> str | None:
    if top.empty:
        return None
    plt = _plt()
    shown = [lab for lab in labels if (top["label"] == lab).any()]
    fig, axes = plt.subplots(1, len(shown), figsize=(5.2 * len(shown), 0.32 * top.groupby("label").size().max() + 1.6),
                             squeeze=False)
    for ax, lab in zip(axes[0], shown):
        rows = top[top["label"] == lab].iloc[::-1]
        y = range(len(rows))
        ax.barh([i + 0.2 for i in y], rows["n_articles"], 0.4, label="distinct articles", color="#1f77b4")
        ax.barh([i - 0.2 for i in y], rows["n_mentions"], 0.4, label="mentions", color="#ff7f0e")
        ax.set_yticks(list(y), [_short(c) for c in rows["canonical"]], fontsize=8)
        ax.set_title(lab)
        ax.legend(fontsize=7, loc="lower right")
    return _save(fig, directory, "top_entities.png")


def _short(text: str, n: int = 32) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def plot_topic_share(share, months: list[str], directory: Path) -> str | None:
    if share.empty or not months:
        return None
    plt = _plt()
    import numpy as np

    # Months without a dated article stay blank (grey), not 0.
    grid = share.pivot_table(index="label", columns="month", values="share", fill_value=0.0).reindex(columns=months)
    fig, ax = plt.subplots(figsize=(_month_width(months, 0.25), 0.35 * len(grid) + 1.8))
    cmap = plt.get_cmap("viridis").with_extremes(bad="#dddddd")
    im = ax.imshow(np.ma.masked_invalid(grid.values.astype(float)), aspect="auto", cmap=cmap, vmin=0, vmax=1,
                   interpolation="nearest")
    ax.set_yticks(range(len(grid)), grid.index, fontsize=8)
    _month_ticks(ax, months)
    ax.set_title("Topic share of the month's distinct articles (grey: no article that month)")
    fig.colorbar(im, ax=ax, fraction=0.03)
    return _save(fig, directory, "topic_share.png")


def plot_timelines(timelines, labels, months: list[str], directory: Path) -> str | None:
    if timelines.empty or not months:
        return None
    plt = _plt()
    shown = [lab for lab in labels if (timelines["label"] == lab).any()]
    fig, axes = plt.subplots(len(shown), 1, figsize=(_month_width(months), 2.6 * len(shown)),
                             squeeze=False)
    for ax, lab in zip(axes[:, 0], shown):
        rows = timelines[timelines["label"] == lab]
        for name, g in rows.groupby("canonical", sort=False):
            series = g.set_index("month")["n_articles"].reindex(months, fill_value=0)
            ax.plot(range(len(months)), series.values, label=_short(name, 28), **_marker(months))
        ax.set_title(f"{lab}: distinct articles per month")
        ax.yaxis.get_major_locator().set_params(integer=True)
        _month_ticks(ax, months)
        ax.legend(fontsize=7, loc="upper left")
    return _save(fig, directory, "timelines.png")


def plot_pairs(pairs, left: str, right: str, directory: Path, size: int = 12) -> str | None:
    if pairs.empty:
        return None
    plt = _plt()
    lc, rc = left.lower(), right.lower()
    rows = pairs.groupby(lc)["n_articles"].sum().sort_values(ascending=False).index[:size]
    cols = pairs.groupby(rc)["n_articles"].sum().sort_values(ascending=False).index[:size]
    grid = pairs.pivot_table(index=lc, columns=rc, values="n_articles", fill_value=0).reindex(
        index=rows, columns=cols, fill_value=0)
    fig, ax = plt.subplots(figsize=(0.55 * len(cols) + 3.5, 0.4 * len(rows) + 2.5))
    ax.imshow(grid.values, aspect="auto", cmap="Blues", interpolation="nearest")
    for i in range(len(rows)):
        for j in range(len(cols)):
            if grid.values[i, j]:
                ax.text(j, i, int(grid.values[i, j]), ha="center", va="center", fontsize=7)
    ax.set_yticks(range(len(rows)), [_short(r, 28) for r in rows], fontsize=8)
    ax.set_xticks(range(len(cols)), [_short(c, 28) for c in cols], fontsize=8, rotation=60, ha="right")
    ax.set_title(f"{left} × {right}: distinct articles naming both")
    return _save(fig, directory, f"co_mentions_{lc}_{rc}.png")


def plot_speakers(spk, directory: Path) -> str | None:
    if spk.empty:
        return None
    plt = _plt()
    rows = spk.iloc[::-1]
    fig, ax = plt.subplots(figsize=(6.5, 0.35 * len(rows) + 1.4))
    ax.barh(range(len(rows)), rows["n_passages"], color="#2ca02c")
    ax.set_yticks(range(len(rows)), [_short(s) for s in rows["speaker"]], fontsize=8)
    ax.set_xlabel("distinct passages (turns)")
    ax.set_title("Interview speakers")
    return _save(fig, directory, "speakers.png")


def plot_terms(freq, months: list[str], directory: Path) -> str | None:
    if freq.empty or not months:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(_month_width(months), 3.4))
    for term, g in freq.groupby("term", sort=False):
        series = g.set_index("month")["per_10k"].reindex(months, fill_value=0.0)
        ax.plot(range(len(months)), series.values, label=term, **_marker(months))
    ax.set_ylabel(f"per {config.CORPUS_PER_WORDS:,} words")
    ax.set_title("Terms per month (distinct passages)")
    _month_ticks(ax, months)
    ax.legend(fontsize=8)
    return _save(fig, directory, "terms.png")


def build_sections(corpus: Corpus, directory: Path, opts: ReportOptions, plots: bool = True,
                   progress: Callable[[int, int], None] | None = None):
    """The report's sections (tables and the PNGs written into ``directory``) and the term results.

    ``progress(done, total)`` is called after each step (a query or a plot), for a progress bar.
    """
    labels = list(opts.labels)
    total, done = REPORT_STEPS + bool(opts.terms), iter(range(1, REPORT_STEPS + 2))

    def step(value=None):
        if progress is not None:
            progress(next(done), total)
        return value

    ov = step(counts.overview(corpus))
    months = _months(ov["first_date"], ov["last_date"])
    top = step(counts.entity_counts(corpus, labels, opts.top, opts.min_count))
    share = step(counts.topic_share(corpus))
    timelines = step(counts.entity_timelines(corpus, labels, opts.timeline_top, opts.min_count))
    spk = counts.speakers(corpus, opts.top)
    spk_m = counts.speaker_mentions(corpus, labels, opts.per_group)
    spk_t = step(counts.speaker_topics(corpus, opts.per_group))
    by_topic = step(counts.entities_by_topic(corpus, labels, opts.per_group, opts.min_count))
    draw = (lambda f, *a: step(f(*a))) if plots else (lambda f, *a: step())

    sections = [Section("Corpus", _overview_text(ov, corpus))]
    s = Section("Top entities", f"The {opts.top} names of each label in the most distinct articles "
                                f"(at least {opts.min_count}); mentions are counted in distinct passages.")
    s.images.append(draw(plot_top_entities, top, labels, directory))
    s.tables += [(lab, _fmt(top[top["label"] == lab].drop(columns="label"))) for lab in labels
                 if (top["label"] == lab).any()]
    sections.append(s)
    s = Section("Topics by month", "Share of each month's distinct articles with the topic in any passage.")
    s.images.append(draw(plot_topic_share, share, months, directory))
    if not share.empty:
        wide = share.pivot_table(index="month", columns="label", values="share", fill_value=0.0).round(2)
        s.tables.append(("share", wide.reset_index()))
    sections.append(s)
    s = Section("Timelines of the top entities", f"Distinct articles per month naming each of the "
                                                 f"{opts.timeline_top} top names of each label.")
    s.images.append(draw(plot_timelines, timelines, labels, months, directory))
    sections.append(s)
    s = Section("Named together", "Pairs named in the same distinct article.")
    for left, right in PAIRS:
        if left in labels and right in labels:
            pairs = counts.co_mentions(corpus, left, right, None, opts.min_count)
            s.images.append(plot_pairs(pairs, left, right, directory) if plots else None)
            s.tables.append((f"{left} × {right}", pairs.head(opts.top)))
    step()
    sections.append(s)
    s = Section("Interview speakers", "Who speaks in interview turns, what about (the topics of their turns) "
                                      "and whom they name (their own name left out)."
                if not spk.empty else _no_speakers(corpus))
    s.images.append(draw(plot_speakers, spk, directory))
    if not spk.empty:
        s.tables += [("speakers", spk), ("what about", spk_t), ("whom they name", spk_m)]
    sections.append(s)
    s = Section("Entities by topic", f"The {opts.per_group} names in the most distinct articles of each topic.")
    if not by_topic.empty:
        s.tables.append(("by topic", by_topic))
    sections.append(s)
    result = None
    if opts.terms:
        result = find_terms(corpus, opts.terms)
        s = Section("Terms", f"Matches in the distinct passages, per month and per {config.CORPUS_PER_WORDS:,} "
                             f"words of the month; the first {opts.kwic_rows} keyword-in-context rows of each term "
                             "(all of them in kwic.csv).")
        s.images.append(draw(plot_terms, result.frequencies, months, directory))
        s.tables.append(("totals", result.totals))
        kw = result.kwic.groupby("term", sort=False).head(opts.kwic_rows)
        s.tables.append(("keyword in context", _fmt(kw[["term", "left", "match", "right", "date", "title", "id"]])))
        sections.append(s)
    for sec in sections:
        sec.images = [i for i in sec.images if i]
    return sections, result


def _overview_text(ov: dict, corpus: Corpus) -> str:
    dates = f"from {ov['first_date']} to {ov['last_date']}" if ov["first_date"] else "undated"
    rng = ""
    if corpus.since or corpus.until:
        rng = f" Date range asked: {corpus.since or '…'} to {corpus.until or '…'}."
    return (f"{ov['records']:,} {ov['level']}-level records from {ov['files']} file(s) and {ov['pages']:,} pages: "
            f"{ov['articles']:,} distinct articles ({ov['article_appearances']:,} appearances; "
            f"{ov['articles_repeated']:,} articles appear on more than one page), "
            f"{ov['passages']:,} distinct passages, {ov['words']:,} words, {ov['mentions']:,} entity mentions; "
            f"dated {dates} ({ov['undated_articles']:,} undated).{rng} Every count is per distinct article or "
            "passage: an article repeated in the lists of other pages counts once.")


def _no_speakers(corpus: Corpus) -> str:
    if corpus.level == "article":
        return "No speakers: article-level records do not carry them (use `nlptools enrich --level passage`)."
    return "No passage has a speaker (no interview turns in these records)."


def _fmt(df):
    out = df.copy()
    for col in out.columns:
        if str(out[col].dtype).startswith("datetime"):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    return out


def _md_table(df) -> str:
    cols = list(df.columns)
    cell = lambda v: str("" if v is None or v != v else v).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in _fmt(df).itertuples(index=False)]
    return "\n".join(lines)


def render_markdown(sections: list[Section]) -> str:
    lines = ["# Corpus report", ""]
    for s in sections:
        lines += [f"## {s.title}", "", s.text, ""]
        lines += [f"![{s.title}]({img})\n" for img in s.images]
        for caption, df in s.tables:
            lines += [f"**{caption}**", "", _md_table(df), ""]
    return "\n".join(lines) + "\n"


_CSS = """body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
img{max-width:100%;display:block;margin:1em 0}table{border-collapse:collapse;font-size:.85em;margin:.5em 0 1.5em}
td,th{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#f3f3f3}
caption{font-weight:bold;text-align:left;padding:.3em 0}"""


def render_html(sections: list[Section], directory: Path) -> str:
    body = ["<nav>" + " · ".join(f'<a href="#s{i}">{html.escape(s.title)}</a>' for i, s in enumerate(sections))
            + "</nav>"]
    for i, s in enumerate(sections):
        body.append(f'<section id="s{i}"><h2>{html.escape(s.title)}</h2><p>{html.escape(s.text)}</p>')
        for img in s.images:
            data = base64.b64encode((directory / img).read_bytes()).decode("ascii")
            body.append(f'<img alt="{html.escape(s.title)}" src="data:image/png;base64,{data}">')
        for caption, df in s.tables:
            body.append(_caption(_fmt(df).to_html(index=False, na_rep="", escape=True, border=0), caption))
        body.append("</section>")
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Corpus report</title>"
            f"<style>{_CSS}</style></head><body><h1>Corpus report</h1>" + "\n".join(body) + "</body></html>\n")


def _caption(table: str, caption: str) -> str:
    head, sep, rest = table.partition(">")
    return f"{head}{sep}<caption>{html.escape(caption)}</caption>{rest}"


def write_report(corpus: Corpus, directory: str | Path, opts: ReportOptions | None = None,
                 plots: bool = True, progress: Callable[[int, int], None] | None = None) -> list[str]:
    """Write ``summary.md``, ``report.html`` and the PNG plots (and, with terms, ``kwic.csv`` and
    ``term_frequencies.csv``) into ``directory``; return the file names. ``progress(done, total)``
    is called after each query and plot."""
    opts = opts or ReportOptions()
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    sections, result = build_sections(corpus, directory, opts, plots, progress)
    (directory / "summary.md").write_text(render_markdown(sections), encoding="utf-8")
    (directory / "report.html").write_text(render_html(sections, directory), encoding="utf-8")
    written = ["summary.md", "report.html"] + [i for s in sections for i in s.images]
    if result is not None:
        result.kwic.to_csv(directory / "kwic.csv", index=False)
        result.frequencies.to_csv(directory / "term_frequencies.csv", index=False)
        written += ["kwic.csv", "term_frequencies.csv"]
    return written
