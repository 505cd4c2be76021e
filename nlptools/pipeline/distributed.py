"""The Dask engine: the enrich pipeline spread over the workers of a Dask cluster.

The client only lists the inputs; each worker reads its own share of them, enriches it
with models it loads once, and writes a part file; the client then merges the parts, in
order, into the output. The merged file is byte for byte what the local engine writes for
the same inputs, so the two engines can be swapped freely.

Dask is optional (``pip install "nlptools[dask]"``) and imported only inside the functions
here, so ``import nlptools`` works without it.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any, Iterable

import jsonlines

from .. import config
from ..errors import InputError, NlpToolsError
from ..io.formats import AtomicJsonlWriter, dumps
from ..io.reading import Skipped, UniqueIds, expand_paths, iter_jsonl_documents, read_text_file
from .enricher import Enricher, RunStats, _collect

DASK_MISSING = 'The Dask engine needs the optional extra: pip install "nlptools[dask]"'

_ENRICHERS: dict[tuple[str | None, int, bool], Enricher] = {}
_LOCK = threading.Lock()


def _worker_enricher(model_dir: str | None, batch_size: int, cache: bool = True) -> Enricher:
    """The Enricher of this worker process, loaded on first use and kept for every later task
    (its passage cache with it)."""
    key = (model_dir, batch_size, cache)
    if key not in _ENRICHERS:
        _ENRICHERS[key] = Enricher.load(model_dir, batch_size=batch_size, cache=cache)
    return _ENRICHERS[key]


def _read_partition(entries: list[tuple[str, str, str]], skipped: list[Skipped]):
    """Documents of one partition, read on the worker; bad inputs go to ``skipped``."""
    for kind, path, doc_id in entries:
        if kind == "jsonl":
            yield from iter_jsonl_documents(path, skipped, on_error="skip")
            continue
        try:
            yield read_text_file(path, source=path, doc_id=doc_id)
        except InputError as exc:
            skipped.append(Skipped(exc.path, str(exc), exc.line))


def _enrich_partition(index: int, entries: list[tuple[str, str, str]], parts_dir: str, level: str,
                      model_dir: str | None, batch_size: int, cache: bool = True) -> dict[str, Any]:
    """One task: read, enrich and write one partition to its part file; return its counts.

    The part is written under a temporary name and renamed, so a part file is either
    whole or absent. Tasks of one worker process share one model, so they take turns
    (spaCy's memory zones are not safe across threads).
    """
    stats = RunStats()
    part = Path(parts_dir) / f"part-{index:05d}.jsonl"
    tmp = part.with_name(part.name + ".tmp")
    try:
        with _LOCK:
            enricher = _worker_enricher(model_dir, batch_size, cache)
            part.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "w", encoding="utf-8", newline="\n") as fh, jsonlines.Writer(fh, dumps=dumps) as lines:
                lines.write_all(enricher.enrich_documents(_read_partition(entries, stats.skipped), level, stats))
        os.replace(tmp, part)
    except NlpToolsError as exc:
        raise NlpToolsError(str(exc)) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return {"documents": stats.documents, "articles": stats.articles, "passages": stats.passages,
            "words": stats.words, "entities": stats.entities, "topics": stats.topics,
            "decoded": stats.decoded, "skipped": stats.skipped, "empty": stats.empty}


def _partitions(entries: list, size: int) -> list[list]:
    return [entries[i:i + size] for i in range(0, len(entries), size)]


def _require_dask() -> None:
    """Fail early, with the install command, when the optional extra is missing."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise NlpToolsError(DASK_MISSING) from None


def _connect(scheduler: str | None, n_workers: int):
    """A client, and the local cluster it owns (None when connected to a running scheduler).

    The local cluster's dashboard takes a free port on the loopback, so runs side by side
    do not clash over port 8787.
    """
    from dask.distributed import Client, LocalCluster

    if scheduler is not None:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                           dashboard_address="127.0.0.1:0")
    try:
        return Client(cluster), cluster
    except BaseException:
        cluster.close()
        raise


def enrich_dask(paths: Iterable[str | os.PathLike], output: str | os.PathLike, *, model_dir: str | None = None,
                level: str = "passage", scheduler: str | None = None, n_workers: int = 2,
                docs_per_partition: int = 16, batch_size: int = config.BATCH_SIZE, on_error: str = "skip",
                stats: RunStats | None = None, cache: bool = True) -> RunStats:
    """Enrich ``paths`` on a Dask cluster into the JSONL file ``output`` (``-``: standard output).

    With ``scheduler=None`` a local cluster of ``n_workers`` processes is started and
    closed at the end; with a scheduler address the running cluster is used and left
    running. The workers must see the input paths and the output's folder as the client
    does (the same paths on a shared file system). A partition holds ``docs_per_partition``
    inputs (a JSONL file counts as one). Bad inputs are reported in ``stats.skipped``, or
    stop the run with ``on_error="fail"``; either way a previous ``output`` is left
    untouched unless the run succeeds.
    """
    if level not in ("passage", "article"):
        raise ValueError(f"level must be 'passage' or 'article', not {level!r}")
    if docs_per_partition < 1:
        raise ValueError(f"docs_per_partition must be at least 1, not {docs_per_partition}")
    _require_dask()
    stats = stats if stats is not None else RunStats()
    entries = list(expand_paths(paths, skipped=stats.skipped, on_error=on_error, notes=stats.notes))
    partitions = _partitions(entries, docs_per_partition)
    output = str(output)
    with AtomicJsonlWriter(output) as writer:
        if not partitions:
            return stats
        if output == "-":
            parts_dir = tempfile.mkdtemp(prefix=".nlptools-parts-", dir=os.getcwd())
        else:
            parts_dir = os.path.abspath(output) + ".parts"
            os.makedirs(parts_dir, exist_ok=True)
        try:
            _run(partitions, parts_dir, level, model_dir, batch_size, scheduler, n_workers, on_error, stats, cache)
            names = _UniqueDocIds(stats.notes)
            for index in range(len(partitions)):
                with open(Path(parts_dir) / f"part-{index:05d}.jsonl", encoding="utf-8", newline="\n") as fh:
                    for line in fh:
                        writer.write_line(names.rename(line))
        finally:
            shutil.rmtree(parts_dir, ignore_errors=True)
    return stats


class _UniqueDocIds:
    """Document ids unique across partitions, as the local engine makes them: a record whose
    ``doc_id`` another source already used (two JSONL files with the same record id, read by two
    workers) is renamed ``-2``, ``-3``… with a note; other lines are passed on unchanged."""

    def __init__(self, notes: list[str]):
        self.ids = UniqueIds(notes)
        self.names: dict[tuple[str, str], str] = {}

    def rename(self, line: str) -> str:
        record = json.loads(line)
        doc, source = record["doc_id"], record["source"]
        if (doc, source) not in self.names:
            self.names[(doc, source)] = self.ids.unique(doc, source)
        new = self.names[(doc, source)]
        if new == doc:
            return line
        record["doc_id"], record["id"] = new, new + record["id"][len(doc):]
        return dumps(record) + "\n"


def _run(partitions, parts_dir, level, model_dir, batch_size, scheduler, n_workers, on_error, stats,
         cache: bool = True) -> None:
    """Submit one task per partition and add their counts to ``stats`` in partition order."""
    client, cluster = _connect(scheduler, n_workers)
    try:
        futures = [client.submit(_enrich_partition, i, part, parts_dir, level, model_dir, batch_size, cache,
                                 pure=False)
                   for i, part in enumerate(partitions)]
        for future in futures:
            counts = future.result()
            if on_error == "fail" and counts["skipped"]:
                raise NlpToolsError(counts["skipped"][0].reason)
            stats.skipped.extend(counts["skipped"])
            _collect(([], counts), stats)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
