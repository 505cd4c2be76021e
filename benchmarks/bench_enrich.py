"""Throughput, memory and start-up benchmark of ``nlptools enrich``.

Run from the repository root:

    python benchmarks/bench_enrich.py [--repeat N] [--model-dir DIR] [--runs K]

Every throughput figure is in words per second, words being whitespace-separated tokens
of the passage texts (the ``words`` of the enrich summary), on the same passages for
every figure. See benchmarks/README.md for what each figure means and the targets.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nlptools import config
from nlptools.io.reading import iter_documents
from nlptools.segmentation.segmenter import segment, segment_document

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

#: Targets: (comparison, threshold).
TARGETS = {
    "ratio_default": (">=", 1.5),
    "ratio_ner": (">=", 0.8),
    "ratio_nproc": (">=", 1.6),
    "mem_growth": ("<=", 1.15),
    "startup": ("<", 0.5),
    "archive_ratio_default": (">=", 2.5),
    "archive_ratio_ner": (">=", 1.2),
    "cache_cost": ("<", 0.03),
    "enrich_startup_ratio": ("<=", 1.6),
}


#: Pages per slice of figure 9's paired timings (about 3 s of enrich each).
COST_SLICE_PAGES = 10


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- corpora ----------------------------------------------------------------------------------------
def seed_files() -> list[Path]:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        sys.exit(f"no seed pages in {SEEDS}")
    return files


def build_repeat_corpus(folder: Path, repeat: int) -> Path:
    """The seed pages copied ``repeat`` times (identical texts, distinct file names)."""
    folder.mkdir(parents=True)
    for r in range(repeat):
        for f in seed_files():
            shutil.copyfile(f, folder / f"r{r:04d}_{f.name}")
    return folder


_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+")
_KEEP = {"The", "A", "An", "In", "On", "At", "Of", "And", "But", "Or", "It", "Its", "This", "That", "These",
         "Those", "We", "I", "He", "She", "They", "You", "Our", "Their", "His", "Her", "As", "For", "To",
         "With", "By", "From", "If", "When", "What", "Is", "Are", "There", "Question", "Answer", "Mr", "Ms",
         "Mrs", "Dr"}
_CONS, _VOWELS = "bdfgklmnprstvzh", "aeiou"


def _pseudo(rng: random.Random, length: int) -> str:
    n = max(2, min(length, 12))
    return "".join(rng.choice(_CONS) if i % 2 == 0 else rng.choice(_VOWELS) for i in range(n))


def _rewriter(rng: random.Random, word_rate: float = 0.15):
    """A function giving new strings to a text: every capitalised word (names, organisations…) maps to a
    new pseudo-name (the same one for every text given to this function), every number gets new digits,
    and ``word_rate`` of the lowercase words become new pseudo-words."""
    names: dict[str, str] = {}

    def repl(m: re.Match) -> str:
        tok = m.group(0)
        if tok.isdigit():
            return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in tok[1:])
        if tok[0].isupper() and tok not in _KEEP:
            if tok not in names:
                new = _pseudo(rng, len(tok))
                names[tok] = new.upper() if tok.isupper() and len(tok) > 1 else new.capitalize()
            return names[tok]
        if tok[0].islower() and rng.random() < word_rate:
            return _pseudo(rng, len(tok))
        return tok

    return lambda text: _TOKEN.sub(repl, text)


def variant(text: str, rng: random.Random, word_rate: float = 0.15) -> str:
    """A page like ``text`` whose passages carry new strings (:func:`_rewriter`, one name map for the
    page). Lines outside the passages (dates, titles, page furniture) are kept, so the page segments
    the same way."""
    page = segment(text)
    rewrite = _rewriter(rng, word_rate)
    out, pos = [], 0
    for _, p in page.passages():
        out.append(text[pos:p.start])
        out.append(rewrite(text[p.start:p.end]))
        pos = p.end
    out.append(text[pos:])
    return "".join(out)


def build_variant_corpus(folder: Path, pages: int, seed: int = 0) -> Path:
    """``pages`` distinct pages, variants of the seed pages in turn (page i is the same in any size)."""
    folder.mkdir(parents=True)
    seeds = [f.read_text(encoding="utf-8") for f in seed_files()]
    for i in range(pages):
        rng = random.Random(seed * 1_000_003 + i)
        (folder / f"v{i:05d}.txt").write_text(variant(seeds[i % len(seeds)], rng), encoding="utf-8")
    return folder


def seed_articles() -> list[tuple[str, list[str]]]:
    """(title, body paragraphs) of the main article of each seed page."""
    out = []
    for f in seed_files():
        text = f.read_text(encoding="utf-8")
        a = next(a for a in segment(text).articles if a.kind == "main")
        body = text[a.body[0].start:a.body[-1].end]
        out.append((a.title, [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]))
    return out


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_HEADER = "{long}\nMoscow: 10:15\nLondon: 08:15\n\nConsular queries:  \n+44 (0) 203 668 7474  \n\n\n"


def _long_date(d) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _items(articles: list[tuple], indices) -> str:
    """A news list as the site prints it: per article its date, title and opening paragraph."""
    return "".join(f"{articles[j][0].strftime('%d.%m.%Y')} - {articles[j][1]}\n\n{articles[j][2][0]}\n\n"
                   for j in indices)


def build_archive_corpus(folder: Path, n_articles: int, seed: int = 0, latest: int = 10,
                         per_archive_page: int = 15) -> Path:
    """A crawl shaped like the site's: ``n_articles`` distinct articles (variants of the seed articles
    with new names, numbers and words), one a day in date order, each on its own page followed by
    the list of the ``latest`` articles before it (dated title and opening paragraph), and for every
    ``per_archive_page`` articles an archive page ("Pages: ««« :: 1 2 3 …") listing them."""
    import datetime as dt

    folder.mkdir(parents=True)
    seeds = seed_articles()
    day0 = dt.date(2019, 1, 1)
    articles = []
    for i in range(n_articles):
        rewrite = _rewriter(random.Random(seed * 1_000_003 + i))
        title, paras = seeds[i % len(seeds)]
        articles.append((day0 + dt.timedelta(days=i), rewrite(title), [rewrite(p) for p in paras]))
    for i, (day, title, paras) in enumerate(articles):
        body = "\n\n".join(paras)
        listing = _items(articles, range(i - 1, max(-1, i - 1 - latest), -1))
        (folder / f"{i:05d}_article.txt").write_text(
            _HEADER.format(long=_long_date(day)) + f"{title}\n\n{body}\n\n{_long_date(day)}, 12:50\n\n\n"
            + listing + "all messages\n", encoding="utf-8")
        if (i + 1) % per_archive_page == 0:
            k = (i + 1) // per_archive_page
            pages = " ".join(str(n) for n in range(1, min(k + 2, 10)))
            (folder / f"{i:05d}_pages.txt").write_text(
                _HEADER.format(long=_long_date(day)) + f"Pages: ««« :: {pages} … »»»\n\n\n"
                + _items(articles, range(i, i - per_archive_page, -1)) + "all messages\n", encoding="utf-8")
    return folder


def repeated_share(texts: list[str]) -> dict:
    """How much of a corpus's passages (and of their words) repeat a passage text seen before in it."""
    seen: set[str] = set()
    rep_p = rep_w = 0
    for t in texts:
        if t in seen:
            rep_p += 1
            rep_w += len(t.split())
        seen.add(t)
    words = count_words(texts)
    return {"passages": len(texts), "distinct_passages": len(seen), "repeated_passages": rep_p,
            "repeated_passage_share": rep_p / max(1, len(texts)), "repeated_words": rep_w,
            "repeated_word_share": rep_w / max(1, words)}


def passage_texts(folder: Path) -> list[str]:
    """The passage texts of a corpus, as ``nlptools.segmentation`` cuts them."""
    return [p.text for doc in iter_documents([str(folder)])
            for _, p in segment_document(doc, max_passage_chars=config.MAX_PASSAGE_CHARS).passages()]


def count_words(texts) -> int:
    return sum(len(t.split()) for t in texts)


# -- subprocess runs ---------------------------------------------------------------------------------
def cli_command() -> list[str]:
    """The ``nlptools`` console script of this interpreter's environment (else the same entry point)."""
    script = Path(sys.executable).parent / "nlptools"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from nlptools.cli import main; sys.exit(main())"]


#: Runs one command and writes "seconds max_rss_kib" of it to a file. It is a fresh, small process, so
#: RUSAGE_CHILDREN holds the command's own peak: a command forked straight from this (large) benchmark
#: process would report at least this process's RSS, which Linux carries over to the child's max RSS.
_LAUNCHER = """
import os, resource, subprocess, sys, time
t0 = time.perf_counter()
rc = subprocess.call(sys.argv[2:], stdin=subprocess.DEVNULL)
seconds = time.perf_counter() - t0
with open(sys.argv[1], "w") as fh:
    fh.write(f"{seconds} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
sys.exit(rc)
"""


def run_timed(cmd: list[str], tmp: Path) -> tuple[float, int, str]:
    """Run ``cmd``; return (wall seconds around the whole command, its max RSS in KiB, its stderr)."""
    out_f, err_f, res_f = tmp / "cmd.stdout", tmp / "cmd.stderr", tmp / "cmd.usage"
    with open(out_f, "wb") as out, open(err_f, "wb") as err:
        rc = subprocess.call([sys.executable, "-c", _LAUNCHER, str(res_f)] + cmd, stdout=out, stderr=err)
    stderr = err_f.read_text(encoding="utf-8", errors="replace")
    if rc != 0:
        sys.exit(f"command failed ({rc}): {' '.join(cmd)}\n{stderr[-3000:]}")
    seconds, rss = res_f.read_text().split()
    return float(seconds), int(rss), stderr


_SUMMARY = re.compile(r"(\d+) documents, \d+ articles, (\d+) passages, (\d+) words in")


def run_enrich_cli(corpus: Path, out: Path, model_dir: str, tmp: Path, n_process: int = 1,
                   cache: bool = True) -> dict:
    cmd = cli_command() + ["enrich", str(corpus), "-o", str(out), "--model-dir", model_dir,
                           "--n-process", str(n_process), "--no-progress"] + ([] if cache else ["--no-cache"])
    elapsed, rss, stderr = run_timed(cmd, tmp)
    m = _SUMMARY.search(stderr)
    if not m:
        sys.exit(f"no summary in the output of {' '.join(cmd)}:\n{stderr[-3000:]}")
    return {"seconds": elapsed, "max_rss_kib": rss, "documents": int(m.group(1)), "passages": int(m.group(2)),
            "words": int(m.group(3))}


_SPIN = "s = 0\nfor i in range(25_000_000):\n    s += i\n"


def cpu_scaling(n: int = 2, trials: int = 2) -> float:
    """How many times more pure-Python work the machine does with ``n`` busy processes than with one
    (about n on n real cores; about 1 where the cores are shared): the ceiling of --n-process."""
    def wall(k: int) -> float:
        t0 = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", _SPIN]) for _ in range(k)]
        for p in procs:
            p.wait()
        return time.perf_counter() - t0

    one = min(wall(1) for _ in range(trials))
    many = min(wall(n) for _ in range(trials))
    return n * one / many


# -- in-process runs ---------------------------------------------------------------------------------
def pretrained_name() -> str:
    import spacy

    for name in config.PRETRAINED_PIPELINES:
        if spacy.util.is_package(name):
            return name
    sys.exit(f"none of {config.PRETRAINED_PIPELINES} is installed ({config.PRETRAINED_INSTALL_HINT})")


def inprocess_enrich(enricher, corpus: Path, out: Path, cache: bool = False) -> tuple[float, int, int]:
    """enrich_paths over the corpus with the records written as the CLI writes them; (seconds, words, records).
    With ``cache`` the run starts with an empty passage cache, as a new run would."""
    from nlptools.pipeline.cache import PassageCache

    enricher.cache = PassageCache(config.PASSAGE_CACHE_SIZE)
    wall, _, words, n = timed_enrich(enricher, [corpus], out, cache)
    return wall, words, n


def timed_enrich(enricher, paths: list[Path], out: Path, cache: bool) -> tuple[float, float, int, int]:
    """enrich_paths over ``paths`` with the enricher's cache as it stands (not emptied), the records
    written as the CLI writes them; (wall seconds, CPU seconds of this process, words, records)."""
    from nlptools.io.formats import AtomicJsonlWriter
    from nlptools.pipeline.enricher import RunStats

    stats = RunStats()
    t0, c0 = time.perf_counter(), time.process_time()
    with AtomicJsonlWriter(str(out)) as writer:
        n = writer.write_all(enricher.enrich_paths([str(p) for p in paths], stats=stats, cache=cache))
    return time.perf_counter() - t0, time.process_time() - c0, stats.words, n


def paired_cost(off: list[float], on: list[float], resamples: int = 2000, seed: int = 0) -> tuple[float, float, float]:
    """1 - T_off / T_on over paired timings (summed), and a 95 % bootstrap interval that resamples the pairs."""
    rng = random.Random(seed)
    cost = 1 - sum(off) / sum(on)
    idx = range(len(off))
    boot = sorted(1 - sum(off[i] for i in s) / sum(on[i] for i in s)
                  for s in ([rng.choice(idx) for _ in idx] for _ in range(resamples)))
    return cost, boot[int(0.025 * resamples)], boot[int(0.975 * resamples) - 1]


def spacy_pipe(nlp, texts: list[str], batch_size: int) -> tuple[float, int]:
    t0 = time.perf_counter()
    ents = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        ents += len(doc.ents)
    return time.perf_counter() - t0, ents


def cpu_pressure_us() -> int | None:
    """Microseconds that runnable tasks have waited for a CPU since boot (Linux PSI), or None."""
    try:
        with open("/proc/pressure/cpu") as fh:
            return int(fh.readline().rsplit("total=", 1)[1])
    except (OSError, IndexError, ValueError):
        return None


# -- reporting ---------------------------------------------------------------------------------------
def median(xs):
    return statistics.median(xs)


def spread(xs) -> str:
    return f"[{min(xs):,.0f}–{max(xs):,.0f}]" if len(xs) > 1 else ""


def verdict(key: str, value: float) -> str:
    op, th = TARGETS[key]
    ok = {">=": value >= th, "<=": value <= th, "<": value < th}[op]
    return "PASS" if ok else "FAIL"


def target_text(key: str) -> str:
    op, th = TARGETS[key]
    return f"{op} {th:g}" + (" s" if key == "startup" else "")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=40, help="seed pages repeated N times (default 40 → 200 pages)")
    ap.add_argument("--runs", type=int, default=3, help="runs per throughput figure; the median is reported")
    ap.add_argument("--model-dir", default=None, help="folder with entities/ and topics/ "
                                                      "(default: nlptools.config.default_model_dir())")
    ap.add_argument("--mem-pages", type=int, default=None,
                    help="pages of the small distinct-page corpus of the memory check (default: as many "
                         "as the throughput corpus, 5 × N = 200; the large one has 10×, 2,000)")
    ap.add_argument("--batch-size", type=int, default=config.BATCH_SIZE,
                    help="nlp.pipe batch size of the bare spaCy baselines (default: enrich's)")
    ap.add_argument("--only", default="startup,cli,nproc,inproc,memory,archive,cachecost,load",
                    help="comma-separated sections to run (default: all)")
    ap.add_argument("--load-runs", type=int, default=None,
                    help="timed runs of figure 10 (enrich of one page, spacy.load); default 2 × runs + 1")
    ap.add_argument("--json", default=None, help="also write the figures to this JSON file")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)
    only = set(args.only.split(","))
    model_dir = str(args.model_dir or config.default_model_dir())
    for sub in (config.ENTITY_MODEL_SUBDIR, config.TOPIC_MODEL_SUBDIR):
        if not (Path(model_dir) / sub).is_dir():
            sys.exit(f"{model_dir} has no {sub}/ model folder; give --model-dir")
    K, N = max(1, args.runs), args.repeat
    mem_pages = args.mem_pages or N * len(seed_files())
    started = time.perf_counter()
    pressure0 = cpu_pressure_us()
    tmp = Path(tempfile.mkdtemp(prefix="nlptools-bench-"))
    loaded: dict = {}

    def models():
        """The enrich models and the bare spaCy pipelines, loaded once for every in-process figure."""
        if not loaded:
            import spacy

            import nlptools

            log("loading the enrich models and the bare spaCy pipelines")
            name = pretrained_name()
            default_nlp = spacy.load(name)
            loaded.update(enricher=nlptools.load(model_dir), name=name, default=default_nlp,
                          ner=spacy.load(name, exclude=[c for c in default_nlp.component_names if c != "ner"]))
        return loaded["enricher"], loaded["default"], loaded["ner"]

    R: dict = {"repeat": N, "runs": K, "model_dir": model_dir, "cpu_count": os.cpu_count()}
    try:
        corpus = build_repeat_corpus(tmp / "corpus", N)
        texts = passage_texts(corpus)
        words = count_words(texts)
        R.update(pages=N * len(seed_files()), passages=len(texts), words=words)
        log(f"corpus: {R['pages']} pages, {len(texts)} passages, {words:,} words; model dir {model_dir}; "
            f"{K} run(s) per figure")

        # 7. start-up
        if "startup" in only:
            run_timed(cli_command() + ["--help"], tmp)  # warm the file cache and .pyc files
            times = [run_timed(cli_command() + ["--help"], tmp)[0] for _ in range(5)]
            R["startup_s"] = median(times)
            R["startup_all_s"] = times
            log(f"nlptools --help: median {R['startup_s']:.3f} s of {times}")

        # 1a. CLI end to end, 1 process (also the 1-process figure of 6)
        if "cli" in only or "nproc" in only:
            runs = []
            for k in range(K):
                r = run_enrich_cli(corpus, tmp / "cli1.jsonl", model_dir, tmp, 1, cache=False)
                if r["words"] != words:
                    sys.exit(f"the CLI counted {r['words']} words, the segmenter {words}")
                runs.append(r)
                log(f"CLI enrich, 1 process, run {k + 1}/{K}: {r['seconds']:.1f} s, "
                    f"{words / r['seconds']:,.0f} words/s, max RSS {r['max_rss_kib'] / 1024:.0f} MiB")
            R["cli_wps_all"] = [words / r["seconds"] for r in runs]
            R["cli_wps"] = median(R["cli_wps_all"])
            R["cli_max_rss_mib"] = max(r["max_rss_kib"] for r in runs) / 1024

        # 6. CLI, 2 processes
        if "nproc" in only:
            runs = []
            for k in range(K):
                r = run_enrich_cli(corpus, tmp / "cli2.jsonl", model_dir, tmp, 2, cache=False)
                runs.append(r)
                log(f"CLI enrich, 2 processes, run {k + 1}/{K}: {r['seconds']:.1f} s, "
                    f"{words / r['seconds']:,.0f} words/s")
            R["nproc2_wps_all"] = [words / r["seconds"] for r in runs]
            R["nproc2_wps"] = median(R["nproc2_wps_all"])
            R["ratio_nproc"] = R["nproc2_wps"] / R["cli_wps"]
            R["cpu_scaling"] = cpu_scaling(2, trials=min(2, K))
            log(f"machine: 2 busy processes do {R['cpu_scaling']:.2f}× the work of one (pure-Python loop)")
            R["nproc_output_identical"] = (tmp / "cli1.jsonl").read_bytes() == (tmp / "cli2.jsonl").read_bytes()

        # 5. peak memory on distinct pages, N and 10 × N pages
        if "memory" in only:
            for label, pages in (("small", mem_pages), ("large", 10 * mem_pages)):
                folder = build_variant_corpus(tmp / f"mem_{label}", pages)
                w = count_words(passage_texts(folder))
                r = run_enrich_cli(folder, tmp / f"mem_{label}.jsonl", model_dir, tmp, 1)
                R[f"mem_{label}_pages"], R[f"mem_{label}_words"] = pages, w
                R[f"mem_{label}_mib"] = r["max_rss_kib"] / 1024
                R[f"mem_{label}_wps"] = w / r["seconds"]
                log(f"memory, {pages} distinct pages ({w:,} words): max RSS {r['max_rss_kib'] / 1024:.0f} MiB "
                    f"in {r['seconds']:.1f} s")
                shutil.rmtree(folder)
            R["mem_growth"] = R["mem_large_mib"] / R["mem_small_mib"]

        # 1b, 2, 3. in-process enrich and bare spaCy, interleaved so drift hits all three alike
        if "inproc" in only:
            enricher, default_nlp, ner_nlp = models()
            R["pretrained"] = loaded["name"]
            R["default_pipes"] = default_nlp.pipe_names
            R["ner_pipes"] = ner_nlp.pipe_names
            warm = texts[:100]
            list(enricher.enrich_texts(warm))
            list(default_nlp.pipe(warm, batch_size=args.batch_size))
            list(ner_nlp.pipe(warm, batch_size=args.batch_size))
            enr, dflt, ner = [], [], []
            for k in range(K):
                sec, w, n = inprocess_enrich(enricher, corpus, tmp / "inproc.jsonl")
                if w != words or n != len(texts):
                    sys.exit(f"in-process enrich saw {w} words, {n} records; expected {words}, {len(texts)}")
                enr.append(words / sec)
                sec, _ = spacy_pipe(default_nlp, texts, args.batch_size)
                dflt.append(words / sec)
                sec, _ = spacy_pipe(ner_nlp, texts, args.batch_size)
                ner.append(words / sec)
                log(f"run {k + 1}/{K}: in-process enrich {enr[-1]:,.0f}, spaCy default {dflt[-1]:,.0f}, "
                    f"NER only {ner[-1]:,.0f} words/s")
            R.update(inproc_wps_all=enr, default_wps_all=dflt, ner_wps_all=ner, inproc_wps=median(enr),
                     default_wps=median(dflt), ner_wps=median(ner))
            R["ratio_default"] = R["inproc_wps"] / R["default_wps"]
            R["ratio_ner"] = R["inproc_wps"] / R["ner_wps"]
            if "cli_wps" in R:
                R["cli_ratio_default"] = R["cli_wps"] / R["default_wps"]
                R["cli_ratio_ner"] = R["cli_wps"] / R["ner_wps"]
                R["inproc_output_identical"] = ((tmp / "cli1.jsonl").read_bytes()
                                                == (tmp / "inproc.jsonl").read_bytes())
        # 8. archive-shaped corpus: enrich with the cache vs bare spaCy on the same passages, repeats included
        if "archive" in only:
            folder = build_archive_corpus(tmp / "archive", N * len(seed_files()))
            a_texts = passage_texts(folder)
            a_words = count_words(a_texts)
            R["archive"] = {"articles": N * len(seed_files()), "pages": len(list(folder.glob("*.txt"))),
                            **repeated_share(a_texts)}
            R["seeds_repeated"] = repeated_share(passage_texts(SEEDS))
            log(f"archive corpus: {R['archive']}; seeds: {R['seeds_repeated']}")
            enricher, default_nlp, ner_nlp = models()
            # One untimed full pass of every side first (as hyperfine's --warmup): the first pass
            # pays one-off costs (spaCy's vocabulary and tokenizer cache, heap growth) that the
            # timed runs of either side would otherwise pay unequally.
            inprocess_enrich(enricher, folder, tmp / "archive.jsonl", cache=True)
            spacy_pipe(default_nlp, a_texts, args.batch_size)
            spacy_pipe(ner_nlp, a_texts, args.batch_size)
            enr, dflt, ner = [], [], []
            for k in range(K):
                sec, w, n = inprocess_enrich(enricher, folder, tmp / "archive.jsonl", cache=True)
                if w != a_words or n != len(a_texts):
                    sys.exit(f"in-process enrich saw {w} words, {n} records; expected {a_words}, {len(a_texts)}")
                enr.append(a_words / sec)
                dflt.append(a_words / spacy_pipe(default_nlp, a_texts, args.batch_size)[0])
                ner.append(a_words / spacy_pipe(ner_nlp, a_texts, args.batch_size)[0])
                log(f"archive run {k + 1}/{K}: enrich with cache {enr[-1]:,.0f}, spaCy default {dflt[-1]:,.0f}, "
                    f"NER only {ner[-1]:,.0f} words/s")
            inprocess_enrich(enricher, folder, tmp / "archive_nocache.jsonl", cache=False)
            R["archive_output_identical"] = ((tmp / "archive.jsonl").read_bytes()
                                             == (tmp / "archive_nocache.jsonl").read_bytes())
            R.update(archive_wps_all=enr, archive_default_wps_all=dflt, archive_ner_wps_all=ner,
                     archive_wps=median(enr), archive_default_wps=median(dflt), archive_ner_wps=median(ner),
                     archive_words=a_words)
            R["archive_ratio_default"] = R["archive_wps"] / R["archive_default_wps"]
            R["archive_ratio_ner"] = R["archive_wps"] / R["archive_ner_wps"]

        # 9. what the cache costs where it cannot help: distinct pages, cache on vs off, paired slice by slice
        if "cachecost" in only:
            from nlptools.pipeline.cache import PassageCache

            folder = build_variant_corpus(tmp / "distinct", N * len(seed_files()), seed=7)
            d_words = count_words(passage_texts(folder))
            files = sorted(folder.glob("*.txt"))
            slices = [files[i:i + COST_SLICE_PAGES] for i in range(0, len(files), COST_SLICE_PAGES)]
            enricher = models()[0]
            list(enricher.enrich_paths([str(folder)], cache=False))
            off, on, off_cpu, on_cpu, same = [], [], [], [], True
            round_off, round_on = [], []  # seconds per round, each side
            for k in range(K):
                # A round is one whole run with the cache (emptied at its start, filling slice by slice
                # as in one run over the corpus) and one without, cut into slices of COST_SLICE_PAGES
                # pages. Each slice runs both ways back to back, the order alternating slice by slice,
                # so a slow patch of the machine hits both sides of a pair alike.
                enricher.cache = PassageCache(config.PASSAGE_CACHE_SIZE)
                for s_, part in enumerate(slices):
                    outs = {}
                    for cache in ((False, True) if (s_ + k) % 2 == 0 else (True, False)):
                        outs[cache] = tmp / ("d_on.jsonl" if cache else "d_off.jsonl")
                        wall, cpu, _, _ = timed_enrich(enricher, part, outs[cache], cache)
                        (on if cache else off).append(wall)
                        (on_cpu if cache else off_cpu).append(cpu)
                    same = same and outs[True].read_bytes() == outs[False].read_bytes()
                round_off.append(sum(off[-len(slices):]))
                round_on.append(sum(on[-len(slices):]))
                log(f"distinct pages round {k + 1}/{K}: {len(slices)} paired slices, cache off "
                    f"{round_off[-1]:.1f} s, on {round_on[-1]:.1f} s, cost {1 - round_off[-1] / round_on[-1]:.1%}")
            R["cache_cost"], R["cache_cost_low"], R["cache_cost_high"] = paired_cost(off, on)
            R.update(distinct_nocache_wps_all=[d_words / t for t in round_off],
                     distinct_cache_wps_all=[d_words / t for t in round_on],
                     cache_cost_rounds=[1 - a / b for a, b in zip(round_off, round_on)],
                     cache_cost_pairs=len(off), cache_cost_slice_pages=COST_SLICE_PAGES,
                     cache_cost_cpu=1 - sum(off_cpu) / sum(on_cpu))
            R["distinct_nocache_wps"] = median(R["distinct_nocache_wps_all"])
            R["distinct_cache_wps"] = median(R["distinct_cache_wps_all"])
            R["distinct_output_identical"] = same

        # 10. start-up of a real run: enrich of one short page vs spacy.load of the pretrained pipeline
        if "load" in only:
            page = tmp / "one" / "page.txt"
            page.parent.mkdir()
            page.write_text("\n".join(seed_files()[0].read_text(encoding="utf-8").splitlines()[:20]) + "\n",
                            encoding="utf-8")
            enrich_cmd = cli_command() + ["enrich", str(page), "-o", str(tmp / "one.jsonl"), "--model-dir",
                                          model_dir, "--no-progress"]
            load_cmd = [sys.executable, "-c", f"import spacy; spacy.load({pretrained_name()!r})"]
            run_timed(enrich_cmd, tmp)
            run_timed(load_cmd, tmp)
            e_t, l_t = [], []
            for _ in range(args.load_runs or 2 * K + 1):
                e_t.append(run_timed(enrich_cmd, tmp)[0])
                l_t.append(run_timed(load_cmd, tmp)[0])
            R.update(enrich_one_s=median(e_t), spacy_load_s=median(l_t), enrich_one_all_s=e_t, spacy_load_all_s=l_t)
            R["enrich_startup_ratio"] = R["enrich_one_s"] / R["spacy_load_s"]
            log(f"enrich of one page {e_t} s; spacy.load {l_t} s")
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    R["bench_seconds"] = time.perf_counter() - started
    pressure1 = cpu_pressure_us()
    if pressure0 is not None and pressure1 is not None:
        # share of the run during which some task waited for a CPU: near 0 on an idle machine (the
        # benchmark itself never runs more than 2 busy processes); more means other work competed
        R["cpu_pressure"] = (pressure1 - pressure0) / 1e6 / R["bench_seconds"]
    print_table(R)
    if args.json:
        Path(args.json).write_text(json.dumps(R, indent=2) + "\n", encoding="utf-8")
    return 0


def print_table(R: dict) -> None:
    rows: list[tuple[str, str, str, str]] = []

    def wps(key, label):
        if key in R:
            rows.append((label, f"{R[key]:,.0f} words/s {spread(R[key + '_all'])}", "—", "info"))

    def ratio(key, label, fmt="{:.2f}"):
        if key in R:
            rows.append((label, fmt.format(R[key]), target_text(key), verdict(key, R[key])))

    wps("cli_wps", "1. enrich CLI end to end, 1 process (incl. start-up + model load)")
    wps("inproc_wps", "1. enrich in-process, enrich_paths (excl. model load)")
    wps("default_wps", f"2. bare spaCy {R.get('pretrained', '')}, default pipeline, nlp.pipe")
    wps("ner_wps", "3. bare spaCy, NER component only, nlp.pipe")
    ratio("ratio_default", "4. enrich in-process / spaCy default")
    ratio("ratio_ner", "4. enrich in-process / NER only")
    if "cli_ratio_default" in R:
        rows.append(("   (CLI end to end / spaCy default)", f"{R['cli_ratio_default']:.2f}", "", "info"))
        rows.append(("   (CLI end to end / NER only)", f"{R['cli_ratio_ner']:.2f}", "", "info"))
    if "mem_growth" in R:
        rows.append((f"5. peak RSS, {R['mem_small_pages']} distinct pages", f"{R['mem_small_mib']:,.0f} MiB", "—",
                     "info"))
        rows.append((f"5. peak RSS, {R['mem_large_pages']} distinct pages", f"{R['mem_large_mib']:,.0f} MiB", "—",
                     "info"))
        ratio("mem_growth", f"5. peak RSS {R['mem_large_pages']} / {R['mem_small_pages']} pages")
    wps("nproc2_wps", "6. enrich CLI end to end, --n-process 2")
    ratio("ratio_nproc", "6. --n-process 2 / 1 process")
    if "cpu_scaling" in R:
        rows.append(("   (machine: 2 busy processes / 1, pure-Python loop)", f"{R['cpu_scaling']:.2f}", "", "info"))
    if "startup_s" in R:
        rows.append(("7. nlptools --help start-up, median of 5", f"{R['startup_s']:.3f} s", target_text("startup"),
                     verdict("startup", R["startup_s"])))
    if "archive_wps" in R:
        a = R["archive"]
        rows.append((f"8. archive corpus: {a['articles']} articles on {a['pages']} pages, repeated passages / words",
                     f"{a['repeated_passage_share']:.0%} / {a['repeated_word_share']:.0%}", "", "info"))
        s_ = R["seeds_repeated"]
        rows.append(("   (seeds: repeated passages / words)", f"{s_['repeated_passages']} of {s_['passages']} / "
                     f"{s_['repeated_word_share']:.0%}", "", "info"))
        wps("archive_wps", "8. archive: enrich in-process with the cache")
        wps("archive_default_wps", "8. archive: bare spaCy, default pipeline")
        wps("archive_ner_wps", "8. archive: bare spaCy, NER only")
        ratio("archive_ratio_default", "8. archive: enrich with cache / spaCy default")
        ratio("archive_ratio_ner", "8. archive: enrich with cache / NER only")
    if "cache_cost" in R:
        wps("distinct_nocache_wps", "9. distinct pages: enrich, --no-cache")
        wps("distinct_cache_wps", "9. distinct pages: enrich, cache on")
        ratio("cache_cost", f"9. cost of the cache on distinct text (1 - on/off, wall time of "
                            f"{R['cache_cost_pairs']} paired slices)", "{:.1%}")
        rows.append(("   (95 % bootstrap interval over the pairs)",
                     f"{R['cache_cost_low']:.1%} to {R['cache_cost_high']:.1%}", "", "info"))
        rows.append(("   (per round; by CPU time of all pairs)", ", ".join(f"{c:.1%}" for c in R["cache_cost_rounds"])
                     + f"; {R['cache_cost_cpu']:.1%}", "", "info"))
    if "enrich_startup_ratio" in R:
        rows.append((f"10. nlptools enrich of one short page, median of {len(R['enrich_one_all_s'])}",
                     f"{R['enrich_one_s']:.2f} s", "", "info"))
        rows.append(("10. python -c 'spacy.load(pretrained)', same runs", f"{R['spacy_load_s']:.2f} s", "", "info"))
        ratio("enrich_startup_ratio", "10. enrich of one page / spacy.load")
    for key, label in (("archive_output_identical", "   archive: output with cache == without"),
                       ("distinct_output_identical", "   distinct pages: output with cache == without"),
                       ("inproc_output_identical", "   in-process output == CLI output"),
                       ("nproc_output_identical", "   --n-process 2 output == 1-process output")):
        if key in R:
            rows.append((label, "yes" if R[key] else "NO", "yes", "PASS" if R[key] else "FAIL"))

    head = ("figure", "value", "target", "result")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    print()
    print(f"nlptools enrich benchmark: {R.get('pages')} pages ({R.get('passages')} passages, "
          f"{R.get('words', 0):,} words), median of {R['runs']} run(s), model dir {R['model_dir']}, "
          f"{R['cpu_count']} CPUs")
    print(line)
    print("  ".join(h.ljust(w) for h, w in zip(head, widths)))
    print(line)
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print(line)
    print(f"benchmark time: {R['bench_seconds']:.0f} s")
    if "cpu_pressure" in R:
        busy = R["cpu_pressure"]
        print(f"CPU pressure during the run: tasks waited for a CPU {100 * busy:.0f}% of the time"
              + (" — other work competed for the CPUs: the figures are not trustworthy, run again on an idle "
                 "machine" if busy > 0.05 else " (idle machine)"))


if __name__ == "__main__":
    sys.exit(main())
