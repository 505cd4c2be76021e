"""Every error a user can meet, in one place, each naming the file, the line and the fix."""
from __future__ import annotations


class NlpToolsError(Exception):
    """Base class: a problem the user can fix; the message says how."""


class InputError(NlpToolsError):
    """An input file (or one line of it) cannot be used."""

    def __init__(self, path, reason: str, line: int | None = None, fix: str | None = None):
        self.path = str(path)
        self.line = line
        self.reason = reason
        self.fix = fix
        where = self.path if line is None else f"{self.path}, line {line}"
        msg = f"{where}: {reason}"
        if fix:
            msg += f" Fix: {fix}"
        super().__init__(msg)


class BinaryFileError(InputError):
    def __init__(self, path):
        super().__init__(path, "looks like a binary file (it contains NUL bytes), not text.",
                         fix="remove it from the input or convert it to plain text.")


class EmptyInputError(InputError):
    def __init__(self, path, line: int | None = None):
        super().__init__(path, "holds no text.", line=line, fix="remove the file or give it content.")


class JsonlRecordError(InputError):
    """A JSONL input line is not a usable record."""


class AnnotationError(InputError):
    """An annotation record is invalid."""


class DevSetTrainingError(AnnotationError):
    def __init__(self, path, line: int | None = None):
        super().__init__(path, 'is a record of the held-out development set (meta.split "dev"): models are '
                         "never trained on it, so that its scores stay a test on unseen pages.", line=line,
                         fix="train on the other annotation folders (a folder named dev/ inside them is skipped "
                             "by itself) and score the development set with `nlptools evaluate`.")


class ModelError(NlpToolsError):
    """A model is missing, incompatible or untrusted."""


class ModelNotFoundError(ModelError):
    def __init__(self, what: str, path, fix: str):
        super().__init__(f"No {what} found at {path}. Fix: {fix}")


class UntrustedModelError(ModelError):
    def __init__(self, path, reason: str):
        super().__init__(
            f"{path}: refused to load the model: {reason} "
            "Fix: retrain it with `nlptools train` or restore the file shipped with nlptools."
        )


class ModelFormatError(ModelError):
    def __init__(self, path, found, supported):
        super().__init__(
            f"{path}: the topic model's array form has format {found}, but this nlptools reads formats "
            f"{', '.join(map(str, supported))} (it was saved by a newer nlptools). Fix: upgrade nlptools "
            "(pip install -U nlptools) or retrain the model with this one (`nlptools train topics`)."
        )


class PretrainedPipelineMissing(ModelError):
    def __init__(self, tried):
        from .config import PRETRAINED_INSTALL_HINT

        super().__init__(
            f"No pretrained English spaCy pipeline is installed (tried {', '.join(tried)}); "
            f"it is needed to train from scratch. Fix: {PRETRAINED_INSTALL_HINT}"
        )


class OutputError(NlpToolsError):
    """The output path cannot be written."""


class CorpusError(NlpToolsError):
    """The records given to ``explore``/``export`` (:mod:`nlptools.corpus`) cannot be read as a corpus."""


class CorpusInputError(InputError, CorpusError):
    """One input file of a corpus (or one line of it) cannot be used."""


class CorpusFileMissingError(CorpusInputError):
    def __init__(self, path):
        import os

        fix = "check the path, or give a folder of *.jsonl / *.parquet shards."
        if os.path.exists(f"{path}.partial"):
            fix = (f"{path}.partial holds the records of an interrupted run: finish it with the same "
                   "`nlptools enrich ... --resume` command, then explore its output.")
        super().__init__(path, "does not exist.", fix=fix)


class PartialOutputError(CorpusInputError):
    def __init__(self, path):
        super().__init__(path, "is the partial output of an interrupted `nlptools enrich` run, not a finished output.",
                         fix="run the same `nlptools enrich` command again with --resume; it writes the complete "
                             "output and removes the .partial file.")


class EmptyCorpusFileError(CorpusInputError):
    def __init__(self, path):
        super().__init__(path, "holds no records.",
                         fix="give the output of a finished `nlptools enrich` run (or remove this file from the "
                             "inputs).")


class CorpusRecordError(CorpusInputError):
    """A line is not JSON, or not an enriched record."""

    def __init__(self, path, line: int | None, reason: str, truncated: bool = False):
        fix = ("the file was cut off while it was written (a run killed mid-write?): run `nlptools enrich` "
               "again to rewrite it." if truncated else
               "give the JSONL output of `nlptools enrich` or `nlptools segment` (docs/records.md), unchanged.")
        super().__init__(path, reason, line=line, fix=fix)


class CorpusReadError(CorpusError):
    def __init__(self, files, detail: str):
        super().__init__(f"{', '.join(map(str, files))}: the records could not be read ({detail}). Fix: give the "
                         "JSONL (or Parquet) output of `nlptools enrich`, unchanged.")


class RecordWithoutKeyError(CorpusError):
    def __init__(self, record_id, source):
        super().__init__(f"record {record_id!r} (source {source!r}) has no article key or no source: it is not a "
                         "record of `nlptools enrich`. Fix: give the output of `nlptools enrich` unchanged (or "
                         "enrich the pages again with this version, which writes the keys).")


class MixedLevelsError(CorpusError):
    def __init__(self, passage_file, article_file):
        super().__init__(
            f"{article_file}, line 1: holds article-level records while {passage_file} holds passage-level "
            "records; one corpus is read at one level, or its articles would be counted twice. Fix: give the "
            "outputs of one level only (`nlptools enrich --level passage`, the default, keeps passages and "
            "speakers).")


class NoCorpusInputError(CorpusError):
    def __init__(self, paths):
        super().__init__(f"No *.jsonl, *.ndjson or *.parquet file found in {', '.join(map(str, paths))}. Fix: give "
                         "the output of `nlptools enrich` (files, or folders of shards).")


class TermError(CorpusError):
    def __init__(self, term: str, reason: str):
        super().__init__(f"--term {term!r}: {reason} Fix: give a word or a phrase, with * for any letters "
                         "(e.g. --term 'sanction*' --term 'New START').")


class CorpusOptionError(CorpusError):
    """An option of ``explore``/``export`` has a value that cannot be used."""


class NoInputError(InputError):
    """Nothing to read: a path that does not exist, an empty folder, or no readable page at all."""


class NotRegularFileError(InputError):
    def __init__(self, path, what: str):
        super().__init__(path, f"is not a regular file but {what}, so it is not read.",
                         fix="give regular text, HTML or JSONL files (a FIFO or a device never ends).")


class FileTooLargeError(InputError):
    def __init__(self, path, size: int, limit: int, line: int | None = None):
        what = "the record" if line is not None else "the file"
        super().__init__(path, f"{what} is {size / 1e6:,.1f} MB, over the limit of {limit / 1e6:,.1f} MB; "
                         "it was not read.", line=line,
                         fix="split it, or raise the limit with --max-file-size (in MB).")
