"""CPU time (min of N) of the parts of enrich besides the NER, on the archive corpus's distinct passages.

    python benchmarks/parts_enrich.py [--repeat 40] [--model-dir DIR]

For A/B comparisons on a shared machine, where wall-clock figures move by tens of percent: run it
once per version of the code (``PYTHONPATH=OLD_CHECKOUT python benchmarks/parts_enrich.py``), one
after the other, and compare the lines (see PROFILE.md, "Issue #17: less work per new passage").
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from nlptools import config

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_enrich import build_archive_corpus, passage_texts, seed_files  # noqa: E402
from profile_enrich import best_of  # noqa: E402


def best(fn, runs: int) -> float:
    return best_of(fn, runs, time.process_time)


def main() -> int:
    import nlptools
    from nlptools.entities.casing import mixed_case
    from nlptools.entities.extractor import load_pipeline
    from nlptools.io.reading import iter_documents
    from nlptools.segmentation.segmenter import segment_document
    from nlptools.topics.features import keyword_counts

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=40, help="the archive corpus has 5 × N articles")
    ap.add_argument("--model-dir", default=None)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    model_dir = Path(args.model_dir or config.default_model_dir())
    tmp = Path(tempfile.mkdtemp(prefix="nlptools-parts-"))
    try:
        folder = build_archive_corpus(tmp / "archive", args.repeat * len(seed_files()))
        docs = list(iter_documents([str(folder)]))
        texts = list(dict.fromkeys(passage_texts(folder)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    nlp = load_pipeline(model_dir)
    with nlp.select_pipes(enable=["ner"]):
        ner_docs = list(nlp.pipe([mixed_case(t) for t in texts], batch_size=config.BATCH_SIZE))
    ruler, rules = nlp.get_pipe("entity_ruler"), nlp.get_pipe("nlptools_entity_rules")
    spec = json.loads((model_dir / config.TOPIC_MODEL_SUBDIR / "model.arrays.json").read_text(encoding="utf-8"))
    kw = next(b for b in spec["blocks"] if b["kind"] == "keywords")
    copies = best(lambda: [d.copy() for d in ner_docs], args.runs)
    print(f"nlptools from {nlptools.__file__}: {len(texts)} distinct passages, {len(docs)} pages; CPU s, min of {args.runs}")
    print(f"ruler + entity rules  {best(lambda: [rules(ruler(d.copy())) for d in ner_docs], args.runs) - copies:.3f}")
    print(f"segmentation          {best(lambda: [segment_document(d) for d in docs], args.runs):.3f}")
    print(f"mixed_case            {best(lambda: [mixed_case(t) for t in texts], args.runs):.3f}")
    print(f"keyword counts        {best(lambda: keyword_counts(texts, kw['folded'], kw['cased'], kw['exact']), args.runs):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
