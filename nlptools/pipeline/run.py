"""A whole enrich run into a file: inputs checked first, safe output, resume, interruption.

:func:`enrich_to_file` is what ``nlptools enrich`` runs and what research code calls to get
the same safe, resumable output file from Python. The inputs are listed and checked before
any model loads (a missing path or a folder without pages stops the run at once); records
go to a temporary file renamed into place on success (see
:class:`~nlptools.io.formats.AtomicJsonlWriter`); an interruption (Ctrl-C, SIGTERM) keeps
the records made so far in ``OUTPUT.partial``, from which ``resume=True`` continues to the
same bytes as an uninterrupted run.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from typing import Callable, Iterable, Iterator

from .. import config
from ..errors import NlpToolsError
from ..io.formats import AtomicJsonlWriter, check_output_path, partial_path, read_partial
from ..io.reading import plan_inputs, read_entries
from .enricher import Enricher, RunStats, enrich_parallel_documents

LEVELS = ("passage", "article")
ENGINES = ("local", "dask")
ON_ERROR = ("skip", "fail")


def check_options(level: str, engine: str, on_error: str, scheduler: str | None, resume: bool) -> None:
    """Raise :class:`NlpToolsError` on options that do not go together."""
    for name, value, allowed in (("level", level, LEVELS), ("engine", engine, ENGINES),
                                 ("on-error", on_error, ON_ERROR)):
        if value not in allowed:
            raise NlpToolsError(f"--{name} must be {' or '.join(allowed)}, not {value!r}.")
    if engine == "local" and scheduler is not None:
        raise NlpToolsError("--scheduler needs --engine dask. Fix: add --engine dask or leave out --scheduler.")
    if engine == "dask" and resume:
        raise NlpToolsError("--resume works with the local engine only. Fix: leave out --engine dask, "
                            "or leave out --resume to enrich everything again on Dask.")


def check_output(paths: Iterable[str | os.PathLike], output: str) -> None:
    """Refuse an output that cannot be written, or that a rerun would read as input."""
    if output == "-":
        return
    check_output_path(output)
    out = os.path.realpath(output)
    for p in map(str, paths):
        if os.path.isdir(p) and out.startswith(os.path.realpath(p) + os.sep) and \
                out.lower().endswith(config.TEXT_SUFFIXES + config.HTML_SUFFIXES):
            raise NlpToolsError(f"{output}: the output would be read as input on the next run, because it "
                                f"is a page file inside the input folder {p}. Fix: write it elsewhere or "
                                "name it .jsonl.")


def enrich_to_file(paths: Iterable[str | os.PathLike], output: str | os.PathLike, *, level: str = "passage",
                   resume: bool = False, engine: str = "local", on_error: str = "skip",
                   model_dir: str | None = None, batch_size: int = config.BATCH_SIZE,
                   n_process: int = config.N_PROCESS, scheduler: str | None = None,
                   max_file_size_mb: float | None = None, progress: bool = False, cache: bool = True,
                   enricher: Enricher | None = None, log: Callable[[str], None] | None = None) -> RunStats:
    """Enrich ``paths`` (folders, page files, JSONL files) into the JSONL file ``output`` (``-``: stdout).

    Returns the run's :class:`RunStats` (skipped inputs, notes, counts, ``seconds``). Raises
    :class:`NlpToolsError` on bad options or inputs (before any model loads) and
    ``KeyboardInterrupt`` when interrupted, after keeping the records made in
    ``OUTPUT.partial``. ``log`` receives messages for the user (default: none);
    ``progress`` shows a bar over the input files on standard error; ``cache=False`` computes every
    passage again even when its text was seen before in the run (same output, slower).
    """
    started = time.perf_counter()
    paths, output, log = [str(p) for p in paths], str(output), log or (lambda message: None)
    check_options(level, engine, on_error, scheduler, resume)
    check_output(paths, output)
    stats = RunStats(level=level)
    entries = plan_inputs(paths, stats.skipped, on_error, stats.notes, max_file_size_mb)
    kept_lines: list[str] = []
    done: set[str] = set()
    if resume and output != "-" and os.path.exists(partial_path(output)):
        kept_lines, done = read_partial(partial_path(output))
        log(f"resuming: {len(done)} documents already done in {partial_path(output)}")
    with _sigterm_as_interrupt() as signals:
        writer = AtomicJsonlWriter(output, keep_partial=output != "-", before_commit=signals.shield)
        try:
            if engine == "dask":
                from .distributed import enrich_dask

                enrich_dask(paths, output, model_dir=model_dir, level=level, scheduler=scheduler,
                            n_workers=n_process, batch_size=batch_size, on_error=on_error, stats=stats,
                            cache=cache)
            else:
                _run_local(entries, writer, kept_lines, done, stats, level=level, on_error=on_error,
                           model_dir=model_dir, batch_size=batch_size, n_process=n_process,
                           max_file_size_mb=max_file_size_mb, progress=progress, enricher=enricher,
                           cache=cache)
        except (NlpToolsError, KeyboardInterrupt):
            if writer.partial_kept:
                log(f"{writer.count} records kept in {writer.partial_kept}; run the same command with --resume "
                    "to continue.")
            raise
        if resume and os.path.exists(partial_path(output)):
            os.unlink(partial_path(output))
    stats.seconds = time.perf_counter() - started
    return stats


def _run_local(entries, writer, kept_lines, done, stats, *, level, on_error, model_dir, batch_size, n_process,
               max_file_size_mb, progress, enricher, cache) -> None:
    bar = _Bar(len(entries), stats) if progress else None
    listed = bar.count(entries) if bar else iter(entries)
    docs = (d for d in read_entries(listed, stats.skipped, on_error, stats.notes, max_file_size_mb)
            if d.id not in done)
    if n_process > 1 and enricher is None:
        records: Iterator[dict] = enrich_parallel_documents(docs, model_dir, level, n_process, batch_size, stats,
                                                                   cache=cache)
    else:
        enricher = enricher or Enricher.load(model_dir, batch_size=batch_size, cache=cache)
        records = enricher.enrich_documents(docs, level, stats, cache)
    try:
        with writer:
            for line in kept_lines:
                writer.write_line(line)
            writer.write_all(records)
    finally:
        if bar:
            bar.close()


class _Bar:
    """A progress bar over the input files (known before the run): count, percentage, rate, time left."""

    def __init__(self, total: int, stats: RunStats):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self.stats, self.started = stats, time.perf_counter()
        self.progress = Progress(TextColumn("enrich"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                                 TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("left"),
                                 TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task("files", total=total, rate="")
        self.progress.start()

    def count(self, entries):
        for entry in entries:
            yield entry
            seconds = max(time.perf_counter() - self.started, 1e-9)
            self.progress.update(self.task, advance=1,
                                 rate=f"{self.stats.documents / seconds:.1f} docs/s {self.stats.words / seconds:,.0f} words/s")

    def close(self) -> None:
        self.progress.stop()


class _sigterm_as_interrupt:
    """SIGTERM raises ``KeyboardInterrupt`` (as Ctrl-C does) while the run lasts, in the main thread.

    Once the output is complete (:meth:`shield`, right before it replaces the old file), both
    signals are ignored until the run returns: an interruption then cannot report a failed run
    whose new output is in place.
    """

    def __enter__(self):
        self.previous: dict = {}
        if threading.current_thread() is threading.main_thread():
            self.previous[signal.SIGTERM] = signal.signal(signal.SIGTERM, _raise_interrupt)
        return self

    def shield(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self.previous.setdefault(signal.SIGINT, signal.getsignal(signal.SIGINT))
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, signal.SIG_IGN)

    def __exit__(self, *exc) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)


class Terminated(KeyboardInterrupt):
    """SIGTERM during a run: handled wherever Ctrl-C is, but not Ctrl-C itself.

    CPython marks a bare ``KeyboardInterrupt`` that escapes code compiled from a string by ``exec``
    (as ``dataclasses`` does for every class it makes while spaCy's modules are imported) as
    unhandled even when a caller catches it; a ``python -m nlptools.cli`` run that then exits with
    130 dies by SIGINT instead. The mark is set only for the exact class, so a subclass leaves the
    exit status alone.
    """


def _raise_interrupt(signum, frame):
    raise Terminated


def summary(stats: RunStats, output: str) -> str:
    """The closing summary of a run: what was written, what was skipped, what the user should know."""
    ents = ", ".join(f"{k} {v}" for k, v in sorted(stats.entities.items())) or "none"
    tops = ", ".join(f"{k} {v}" for k, v in sorted(stats.topics.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"
    rate = f"{stats.words} words in {stats.seconds:.1f} s ({stats.words / max(stats.seconds, 1e-9):,.0f} words/s)"
    if stats.level == "article":
        head = f"{stats.documents} documents, {stats.articles} articles written ({stats.passages} passages), {rate}"
        per = " (in articles)"
    else:
        head = f"{stats.documents} documents, {stats.articles} articles, {stats.passages} passages, {rate}"
        per = ""
    return "\n".join([
        head, f"entities{per}: {ents}", f"topics{per}: {tops}", f"skipped: {len(stats.skipped)}",
        *(f"no passage in: {src}" for src in stats.empty),
        *(f"decoded as {enc}: {src}" for src, enc in stats.decoded),
        *(f"note: {n}" for n in stats.notes),
        f"output: {output}",
    ])
