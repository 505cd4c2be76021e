"""Benchmark of `nlptools explore` at scale (issue #15): N passage records summarised into the report.

    python benchmarks/bench_corpus.py                       # 1,000,000 records in 10 JSONL shards
    python benchmarks/bench_corpus.py --records 20000 --shards 2

The records are the seeds' enrich output (``--input``, else ``nlptools enrich seeds/`` is run into the work
folder) copied with new names and dates: copy c gets its own article and passage keys (the repeats
inside a copy stay repeats), sources and ids, dates moved by a few days per copy (spread over ten years)
and every canonical entity name replaced by one of 50 variants per name (new names for the counts; the
passage texts are kept). They are written as JSONL shards into a temporary folder, then
``nlptools explore SHARDS --report DIR --term 'sanction*'`` runs in a child process: the figures are its
wall time and its peak RSS (``os.wait4``), against the targets of the issue (2 minutes, 2 GiB).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 120
TARGET_RSS_MIB = 2048
VARIANTS = 50
SYLLABLES = ["ka", "lo", "mi", "ser", "va", "dor", "ne", "tri", "bo", "gan", "vel", "ru", "sha", "pe", "tin", "zo"]


def _h(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()


def _variant(canonical: str, v: int) -> str:
    h = int(_h(canonical, v), 16)
    word = "".join(SYLLABLES[(h >> (4 * i)) % len(SYLLABLES)] for i in range(3)).capitalize()
    return f"{canonical} {word}"


def _shift(value: str | None, days: int) -> str | None:
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat() if value else value


def vary(rec: dict, c: int) -> dict:
    """Copy ``c`` of a passage record: new keys, ids, source, dates and entity names."""
    days = (c * 11) % 3650 - 1200
    art = dict(rec["article"], key=_h(c, rec["article"]["key"])[:16], date=_shift(rec["article"]["date"], days))
    ents = [dict(e, canonical=_variant(e["canonical"], (c + len(e["canonical"])) % VARIANTS)) for e in rec["entities"]]
    for e in ents:
        e["text"] = e["canonical"]
    return dict(rec, id=f"g{c:06d}/{rec['id']}", doc_id=f"g{c:06d}/{rec['doc_id']}",
                source=f"gen/{c:06d}/{os.path.basename(rec['source'])}", page_date=_shift(rec["page_date"], days),
                article=art, key=_h(c, rec["key"])[:16], entities=ents)


def generate(base: list[dict], n: int, shards: int, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    per = -(-n // shards)
    written, c = 0, 0
    handles = [open(folder / f"part-{i:03d}.jsonl", "w", encoding="utf-8") for i in range(shards)]
    try:
        while written < n:
            for rec in base:
                if written >= n:
                    break
                handles[min(written // per, shards - 1)].write(json.dumps(vary(rec, c), ensure_ascii=False) + "\n")
                written += 1
            c += 1
    finally:
        for h in handles:
            h.close()
    return written


def run_measured(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MiB) and exit code of a child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        print(err, file=sys.stderr)
    return wall, usage.ru_maxrss / 1024, proc.returncode


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--shards", type=int, default=10)
    ap.add_argument("--input", help="A passage-level enrich output to vary (default: enrich seeds/ first).")
    ap.add_argument("--term", action="append", default=None, help="Terms for the report (default: 'sanction*').")
    ap.add_argument("--workdir", help="Where to write the shards and the report (default: a temporary folder).")
    ap.add_argument("--keep", action="store_true", help="Keep the work folder.")
    ap.add_argument("--json", help="Write the figures to this file.")
    args = ap.parse_args(argv)
    work = Path(args.workdir or tempfile.mkdtemp(prefix="bench-corpus-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        src = Path(args.input) if args.input else work / "seeds.jsonl"
        if not args.input:
            subprocess.run([sys.executable, "-m", "nlptools", "enrich", str(ROOT / "seeds"), "-o", str(src)],
                           check=True, stderr=subprocess.DEVNULL)
        base = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
        t = time.perf_counter()
        n = generate(base, args.records, args.shards, work / "shards")
        size = sum(f.stat().st_size for f in (work / "shards").iterdir())
        print(f"generated {n:,} passage records ({size / 2**20:,.0f} MiB in {args.shards} JSONL shards) in "
              f"{time.perf_counter() - t:.0f} s", file=sys.stderr)
        terms = args.term if args.term is not None else ["sanction*"]
        cmd = [sys.executable, "-m", "nlptools", "explore", str(work / "shards"), "--report", str(work / "report")]
        for term in terms:
            cmd += ["--term", term]
        wall, rss, code = run_measured(cmd)
        figures = {"records": n, "shards": args.shards, "jsonl_mib": round(size / 2**20, 1), "wall_s": round(wall, 1),
                   "peak_rss_mib": round(rss, 1), "exit_code": code, "cpus": os.cpu_count(),
                   "report_files": sorted(p.name for p in (work / "report").iterdir()) if code == 0 else []}
        print(f"nlptools explore: {n:,} passage records ({figures['jsonl_mib']:,} MiB JSONL), terms {terms}")
        print(f"  wall time  {wall:8.1f} s    (target < {TARGET_SECONDS} s: {'met' if wall < TARGET_SECONDS else 'MISSED'})")
        print(f"  peak RSS   {rss:8.1f} MiB  (target < {TARGET_RSS_MIB} MiB: "
              f"{'met' if rss < TARGET_RSS_MIB else 'MISSED'})")
        print(f"  exit code  {code}; {os.cpu_count()} CPUs")
        if args.json:
            Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        return code
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
