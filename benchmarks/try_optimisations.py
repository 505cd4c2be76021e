"""Check and measure the optimisations proposed in benchmarks/PROFILE.md, without editing the package.

    python benchmarks/try_optimisations.py [--model-dir DIR] [--runs K] [--pages P]

Each proposal is applied as a monkeypatch in a fresh process:

* ``identical``: ``nlptools enrich`` (the real CLI, patched) on seeds/ and on a corpus of
  distinct generated pages must write byte-identical output to the unpatched CLI;
* ``gain``: in-process ``enrich_paths`` words/s (model load excluded, one pass per fresh
  process, as the CLI does it), patched and unpatched runs interleaved, median of K.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


# -- the proposals, as patches ---------------------------------------------------------------------
def patch_warm_vocab() -> None:
    """P1: run the first chunk outside spaCy's memory zone, so the lexemes and tokenizer-cache
    entries of its words persist (inside a zone spaCy never caches tokenizations, and every lexeme
    it creates is freed at the end of the zone, so every chunk re-tokenises and re-creates the
    lexemes of even "the" and "of")."""
    from nlptools.pipeline import Enricher

    original = Enricher._raw_entities

    def _raw_entities(self, texts):
        if self.entities is not None and not getattr(self, "_vocab_warm", False):
            self._vocab_warm = True
            return list(self.entities.raw(texts, self.batch_size))
        return original(self, texts)

    Enricher._raw_entities = _raw_entities


def patch_dedup(max_items: int = 50_000) -> None:
    """P2: compute the entities of a passage text and the topics of a (text, title) once per run;
    repeated passages (listings repeated across saved pages) reuse the result."""
    from collections import OrderedDict

    from nlptools.pipeline import Enricher
    from nlptools.topics import TopicClassifier

    original_raw = Enricher._raw_entities

    def _cached(cache: OrderedDict, keys, compute):
        missing = list(dict.fromkeys(k for k in keys if k not in cache))
        if missing:
            for k, v in zip(missing, compute(missing)):
                cache[k] = v
        out = [cache[k] for k in keys]
        for k in keys:
            cache.move_to_end(k)
        while len(cache) > max_items:
            cache.popitem(last=False)
        return out

    def _raw_entities(self, texts):
        cache = self.__dict__.setdefault("_entity_cache", OrderedDict())
        return _cached(cache, texts, lambda ts: original_raw(self, ts))

    original_topics = TopicClassifier.predict_topics

    def predict_topics(self, X):
        cache = self.__dict__.setdefault("_topic_cache", OrderedDict())
        keys = [(x["text"], x["title"]) for x in X]
        return _cached(cache, keys, lambda ks: original_topics(self, [{"text": t, "title": h} for t, h in ks]))

    Enricher._raw_entities = _raw_entities
    TopicClassifier.predict_topics = predict_topics


def patch_topic_load() -> None:
    """P3: load the topic model with one pass of skops instead of two: ``sio.load(trusted=...)``
    audits the tree and refuses a file holding an untrusted type, so the separate
    ``get_untrusted_types`` scan of the 26 MB archive that ``load_topic_model`` runs first is
    redundant (same security, same model; only the wording of the refusal changes). Patched here
    by making that scan return nothing, which leaves the rest of ``load_topic_model`` as it is."""
    import skops.io as sio

    sio.get_untrusted_types = lambda *args, **kwargs: []


PATCHES = {"none": lambda: None, "warm_vocab": patch_warm_vocab, "dedup": patch_dedup,
           "topic_load": patch_topic_load}


def apply(names: str) -> None:
    for name in names.split("+"):
        PATCHES[name]()


# -- workers (run in fresh processes) --------------------------------------------------------------
def worker_cli(patch: str, argv: list[str]) -> int:
    apply(patch)
    from nlptools.cli import main

    sys.argv = ["nlptools"] + argv
    try:
        main()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def worker_time(patch: str, corpus: str, model_dir: str) -> int:
    t0 = time.perf_counter()  # model load includes the imports the patches move ahead of it
    apply(patch)
    import nlptools
    from nlptools.formats import AtomicJsonlWriter
    from nlptools.pipeline import RunStats

    enricher = nlptools.load(model_dir)
    load_s = time.perf_counter() - t0
    stats = RunStats()
    out = Path(tempfile.mkdtemp()) / "out.jsonl"
    t0 = time.perf_counter()
    with AtomicJsonlWriter(str(out)) as writer:
        writer.write_all(enricher.enrich_paths([corpus], stats=stats))
    seconds = time.perf_counter() - t0
    shutil.rmtree(out.parent)
    print(json.dumps({"load_s": load_s, "seconds": seconds, "words": stats.words}))
    return 0


def run_worker(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(Path(__file__).resolve())] + args, capture_output=True,
                          text=True, cwd=cwd)


# -- driver ------------------------------------------------------------------------------------------
def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker-cli":
        return worker_cli(sys.argv[2], sys.argv[3:])
    if len(sys.argv) > 1 and sys.argv[1] == "--worker-time":
        return worker_time(*sys.argv[2:5])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-dir", default=None)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pages", type=int, default=40, help="pages of each timing corpus")
    ap.add_argument("--patches", default="warm_vocab,dedup,topic_load,warm_vocab+dedup")
    ap.add_argument("--corpora", default="distinct,repeated,seeds", help="timing corpora")
    ap.add_argument("--no-check", action="store_true", help="skip the byte-identity check")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from bench_enrich import build_repeat_corpus, build_variant_corpus, cli_command

    from nlptools import config

    model_dir = str(args.model_dir or config.default_model_dir())
    patches = args.patches.split(",")
    tmp = Path(tempfile.mkdtemp(prefix="nlptools-opt-"))
    try:
        distinct = build_variant_corpus(tmp / "distinct", args.pages, seed=7)
        repeated = build_repeat_corpus(tmp / "repeated", max(1, args.pages // 5))

        if not args.no_check:
            print("byte-identical output of the patched `nlptools enrich`:")
        for name, corpus, cwd in () if args.no_check else (("seeds", str(REPO / "seeds"), REPO),
                                                           ("distinct pages", str(distinct), REPO)):
            outs = {}
            plain = tmp / "plain.jsonl"  # the unpatched console script, as a user runs it
            subprocess.run(cli_command() + ["enrich", corpus, "-o", str(plain), "--model-dir", model_dir,
                                            "--no-progress"], check=True, capture_output=True)
            for patch in ["none"] + patches:
                out = tmp / f"out_{name.replace(' ', '_')}_{patch}.jsonl"
                r = run_worker(["--worker-cli", patch, "enrich", corpus, "-o", str(out), "--model-dir", model_dir,
                                "--no-progress"], cwd=cwd)
                if r.returncode != 0:
                    sys.exit(f"{patch} failed on {name}:\n{r.stderr[-2000:]}")
                outs[patch] = out.read_bytes()
            if outs["none"] != plain.read_bytes():
                sys.exit(f"the unpatched worker and `nlptools enrich` differ on {name}")
            for patch in patches:
                same = outs[patch] == outs["none"]
                print(f"  {name:15s} {patch:22s} {'identical' if same else 'DIFFERENT'} ({len(outs[patch]):,} bytes)")

        print(f"\nin-process enrich_paths words/s (load excluded), fresh process per run, median of {args.runs}:")
        corpora = {"distinct": ("distinct pages", distinct), "repeated": ("repeated seeds", repeated),
                   "seeds": ("seeds/ (5 pages)", REPO / "seeds")}
        for cname, corpus in (corpora[c] for c in args.corpora.split(",")):
            res: dict[str, list] = {p: [] for p in ["none"] + patches}
            for _ in range(args.runs):
                for patch in res:
                    r = run_worker(["--worker-time", patch, str(corpus), model_dir])
                    if r.returncode != 0:
                        sys.exit(r.stderr[-2000:])
                    res[patch].append(json.loads(r.stdout.strip().splitlines()[-1]))
            base = statistics.median(x["words"] / x["seconds"] for x in res["none"])
            base_load = statistics.median(x["load_s"] for x in res["none"])
            words = res["none"][0]["words"]
            print(f"  {cname} ({words:,} words): unpatched {base:,.0f} words/s, "
                  f"model load {base_load:.2f} s")
            for patch in patches:
                wps = [x["words"] / x["seconds"] for x in res[patch]]
                load = statistics.median(x["load_s"] for x in res[patch])
                m = statistics.median(wps)
                print(f"    {patch:22s} {m:>9,.0f} words/s ({100 * (m / base - 1):+5.1f}%) "
                      f"[{min(wps):,.0f}–{max(wps):,.0f}], model load {load:.2f} s ({load - base_load:+.2f} s)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
