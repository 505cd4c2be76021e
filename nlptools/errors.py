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


class PretrainedPipelineMissing(ModelError):
    def __init__(self, tried):
        from .config import PRETRAINED_INSTALL_HINT

        super().__init__(
            f"No pretrained English spaCy pipeline is installed (tried {', '.join(tried)}); "
            f"it is needed to train from scratch. Fix: {PRETRAINED_INSTALL_HINT}"
        )


class OutputError(NlpToolsError):
    """The output path cannot be written."""


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
