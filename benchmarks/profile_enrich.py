"""Where the time of ``nlptools enrich`` goes, two ways (the figures of benchmarks/PROFILE.md).

    python benchmarks/profile_enrich.py [--repeat N] [--model-dir DIR] [--spy]

* stage timings, in-process: the stages of ``Enricher.enrich_paths`` timed one by one on the
  passages of the seed pages repeated N times (default 8 → 40 pages), spaCy's components
  separated by timing the pipeline with the later components switched off;
* with ``--spy``: a py-spy sampling profile of the whole ``nlptools enrich`` command on the same
  corpus, its samples put into the same stages (needs ``pip install py-spy``).
"""
from __future__ import annotations

import argparse
import collections
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nlptools import config

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_enrich import build_repeat_corpus, cli_command  # noqa: E402


def best_of(fn, runs: int = 3, clock=time.perf_counter) -> float:
    times = []
    for _ in range(runs):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return min(times)


def stage_timings(corpus: Path, model_dir: str, runs: int) -> None:
    import nlptools
    from nlptools.io.formats import dumps, passage_record
    from nlptools.pipeline.enricher import RunStats
    from nlptools.io.reading import iter_documents
    from nlptools.segmentation.segmenter import segment_document

    t0 = time.perf_counter()
    enricher = nlptools.load(model_dir)
    load_s = time.perf_counter() - t0
    nlp, top = enricher.entities.nlp, enricher.topics

    docs = list(iter_documents([str(corpus)]))
    pages = [segment_document(d, max_passage_chars=config.MAX_PASSAGE_CHARS) for d in docs]
    texts = [p.text for page in pages for _, p in page.passages()]
    items = [{"text": p.text, "title": a.title or ""} for page in pages for a, p in page.passages()]
    words = sum(len(t.split()) for t in texts)
    # Warm-up as the CLI's first passages: enrich runs them outside spaCy's memory zone, so the
    # vocabulary and tokenizer cache keep their words (see pipeline.Enricher._raw_entities).
    list(enricher.enrich_texts(texts[:config.WARM_PASSAGES]))

    computed = []  # passages the whole row's runs sent through the entity step
    raw_entities = enricher._raw_entities

    def counted(batch):
        computed.append(len(batch))
        return raw_entities(batch)

    def whole():  # without the passage cache, like the stages below (each timed on every passage)
        stats = RunStats()
        for rec in enricher.enrich_paths([str(corpus)], stats=stats, cache=False):
            dumps(rec)

    rows = []
    enricher._raw_entities = counted
    try:
        total = best_of(whole, runs)
    finally:
        del enricher._raw_entities
    rows.append(("whole enrich_paths + JSON (in-process)", total))
    rows.append(("reading files", best_of(lambda: list(iter_documents([str(corpus)])), runs)))
    rows.append(("segmentation", best_of(lambda: [segment_document(d) for d in docs], runs)))

    bs = enricher.batch_size
    names = nlp.pipe_names
    step = bs * config.CHUNK_BATCHES
    chunks_t = [texts[i:i + step] for i in range(0, len(texts), step)]

    def tokenize_in_zones():  # as enrich does it after its warm passages: one memory zone per chunk
        for c in chunks_t:
            with nlp.memory_zone():
                for t in c:
                    nlp.make_doc(t)
    rows.append(("spaCy tokenizer, in memory zones after the warm passages (as enrich)",
                 best_of(tokenize_in_zones, runs)))
    sdocs = [nlp.make_doc(t) for t in texts]  # outside a zone: fills the tokenizer cache
    rows.append(("  (tokenizer, warm cache, no zone)", best_of(lambda: [nlp.make_doc(t) for t in texts], runs)))
    for name in names:
        proc = nlp.get_pipe(name)
        if hasattr(proc, "pipe"):
            sec = best_of(lambda: list(proc.pipe([d.copy() for d in sdocs], batch_size=bs)), runs)
        else:
            sec = best_of(lambda: [proc(d.copy()) for d in sdocs], runs)
        copy_s = best_of(lambda: [d.copy() for d in sdocs], runs)
        rows.append((f"spaCy component {name}", sec - copy_s))
        sdocs = [proc(d) for d in sdocs]
    pipe_zone = best_of(lambda: enricher._raw_entities(texts), runs)
    rows.append(("  (whole entity step: nlp.pipe + tuples, one zone)", pipe_zone))
    raw = enricher._raw_entities(texts)

    def canon():
        pos = 0
        for page in pages:
            n = sum(len(a.passages) for a in page.articles)
            enricher.entities.canonicalizer.resolve(raw[pos:pos + n])
            pos += n
    rows.append(("canonicalisation", best_of(canon, runs)))

    chunks = [items[i:i + step] for i in range(0, len(items), step)]
    rows.append(("topics: predict_topics (all)", best_of(lambda: [top.predict_topics(c) for c in chunks], runs)))
    if hasattr(top, "features_"):  # the scikit-learn estimator (a model without an array form)
        feats = top.features_
        for name, part in feats.transformer_list:
            rows.append((f"  topic features: {name}", best_of(lambda: [part.transform(c) for c in chunks], runs)))
        mats = [feats.transform(c) for c in chunks]
        rows.append(("  topic models: 14 linear models + calibration",
                     best_of(lambda: [top._calibrate(_dec(top, m)) for m in mats], runs)))
    else:  # the array model enrich uses: its feature blocks one by one
        from nlptools.topics.features import as_items

        item_chunks = [as_items(c) for c in chunks]
        for b in top._blocks:
            block = top._tfidf if b["kind"] == "tfidf" else top._keywords
            rows.append((f"  topic features: {b['name']}",
                         best_of(lambda: [block(b, c) for c in item_chunks], runs)))

    ents = [[] for _ in texts]
    recs = []

    def records():
        recs.clear()
        i = 0
        for page in pages:
            for a, p in page.passages():
                recs.append(passage_record(page, a, p, ents[i], []))
                i += 1
    rows.append(("records (passage_record)", best_of(records, runs)))
    full = list(enricher.enrich_paths([str(corpus)]))
    rows.append(("JSON dumps", best_of(lambda: [dumps(r) for r in full], runs)))

    print(f"\nstage timings, in-process, best of {runs}: {len(docs)} pages, {len(texts)} passages, {words:,} words; "
          f"model load {load_s:.1f} s; pipeline {names}")
    print(f"{'stage':52s} {'seconds':>8s} {'% of whole':>10s} {'words/s':>10s}")
    for name, sec in rows:
        wps = f"{words / sec:,.0f}" if sec > 0.001 else ""
        print(f"{name:52s} {sec:8.3f} {100 * sec / total:9.1f}% {wps:>10s}")
    print(f"whole row: entities computed for {sum(computed) // runs} of {len(texts)} passages a run "
          "(passage cache off, as every stage)")


def _dec(top, M):
    import numpy as np

    out = np.full((M.shape[0], len(top.models_)), -20.0)
    for j, m in enumerate(top.models_):
        if m is not None:
            out[:, j] = m.decision_function(M)
    return out


#: py-spy stages: the first rule (in this order) whose pattern is in the sample's stack wins.
SPY_RULES = [
    ("start-up: model load (imports, spaCy + skops load)", r"Enricher\.load|_init_worker"),
    ("start-up: CLI imports", r"^(?!.*enrich_cli)"),
    ("spaCy: entity ruler", r"entityruler\.py|span_ruler\.py|EntityRuler|SpanRuler|matcher|nlptools/ruler\.py"),
    ("nlptools: entity post-processing component", r"entity_rules \(nlptools/entities\.py|clean_span|"
                                                   r"bracketed_acronyms|_strip_edges|filter_spans"),
    ("spaCy: tokenizer", r"make_doc|_ensure_doc|Tokenizer"),
    ("spaCy: NER (tok2vec + parser model)", r"thinc/|spacy/ml/|transition_parser|_pipe \(spacy/util\.py"),
    ("nlptools: entity tuples / memory_zone", r"EntityExtractor\.raw|memory_zone|_raw_entities"),
    ("topics: keyword regexes", r"KeywordFeatures"),
    ("topics: char n-gram tf-idf", r"_char_wb_ngrams"),
    ("topics: tf-idf vectorizers (word, title, char counting)", r"feature_extraction/text\.py"),
    ("topics: linear models, sparse ops, calibration", r"topics\.py|sklearn|scipy|numpy"),
    ("canonicalisation", r"canonical\.py"),
    ("segmentation", r"segmentation\.py|dates\.py"),
    ("reading files", r"reading\.py"),
    ("JSON + writing", r"dumps|json/|AtomicJsonlWriter"),
    ("records + stats", r"formats\.py|RunStats|_records|_aggregate"),
    ("other (nlptools pipeline glue, spaCy Language.pipe)", r"."),
]


def spy_profile(corpus: Path, model_dir: str, tmp: Path, rate: int) -> None:
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(spy).exists():
        sys.exit("py-spy is not installed (pip install py-spy)")
    raw = tmp / "spy.txt"
    cmd = [spy, "record", "-r", str(rate), "-f", "raw", "-o", str(raw), "--"] + cli_command() + [
        "enrich", str(corpus), "-o", str(tmp / "out.jsonl"), "--model-dir", model_dir, "--no-progress"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rules = [(name, re.compile(p)) for name, p in SPY_RULES]
    counts: collections.Counter = collections.Counter()
    total = 0
    for line in raw.read_text(encoding="utf-8").splitlines():
        stack, n = line.rsplit(" ", 1)
        n = int(n)
        total += n
        for name, rx in rules:
            if rx.search(stack):
                counts[name] += n
                break
    work = total - sum(v for k, v in counts.items() if k.startswith("start-up"))
    print(f"\npy-spy profile of `nlptools enrich` ({rate} Hz): {total} samples, {work} after start-up")
    print(f"{'stage':58s} {'samples':>8s} {'% all':>7s} {'% work':>7s}")
    for name, _ in SPY_RULES:
        n = counts.get(name, 0)
        pw = "" if name.startswith("start-up") else f"{100 * n / max(work, 1):6.1f}%"
        print(f"{name:58s} {n:8d} {100 * n / total:6.1f}% {pw:>7s}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=8)
    ap.add_argument("--model-dir", default=None)
    ap.add_argument("--runs", type=int, default=3, help="timings are the best of this many runs")
    ap.add_argument("--spy", action="store_true", help="also profile the CLI with py-spy")
    ap.add_argument("--rate", type=int, default=250, help="py-spy samples per second")
    args = ap.parse_args()
    model_dir = str(args.model_dir or config.default_model_dir())
    tmp = Path(tempfile.mkdtemp(prefix="nlptools-profile-"))
    try:
        corpus = build_repeat_corpus(tmp / "corpus", args.repeat)
        if args.spy:
            spy_profile(corpus, model_dir, tmp, args.rate)
        stage_timings(corpus, model_dir, args.runs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
