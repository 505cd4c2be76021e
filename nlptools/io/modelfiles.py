"""Saving and loading the topic model: skops with an explicit trusted list, metadata and a hash check.

Nothing is unpickled. A model file whose hash does not match its metadata, or that
holds a type outside :data:`TRUSTED_TYPES`, is refused with a clear error. Next to
``model.skops``, the same model as plain arrays (``model.npz``, read with
``allow_pickle=False``, and ``model.arrays.json``; both hashed in ``metadata.json``) lets
``enrich`` predict with numpy alone (:mod:`nlptools.topics.arrays`).
"""
from __future__ import annotations

import hashlib
import json
import platform
import zipfile
from pathlib import Path
from typing import Any

from .. import config
from ..errors import ModelError, ModelFormatError, ModelNotFoundError, UntrustedModelError

MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"
ARRAYS_FILE = "model.npz"
ARRAYS_SPEC_FILE = "model.arrays.json"
#: Array-form versions this release reads (2: a TF-IDF block may name its tokenizer, e.g. word stems).
ARRAY_FORMATS = (1, 2)

#: Every type the topic model is made of; skops refuses anything else.
TRUSTED_TYPES = [
    "nlptools.topics.classifier.TopicClassifier",
    "nlptools.topics.classifier.KeywordFeatures",
    "nlptools.topics.classifier._texts",
    "nlptools.topics.classifier._titles",
    "nlptools.topics.classifier._entity_names",
    "nlptools.topics.classifier._identity",
    "nlptools.topics.features.stemmed_words",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._function_transformer.FunctionTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "builtins.tuple",
    "re.Pattern",
    "builtins.function",
]


def sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def library_versions() -> dict[str, str]:
    import numpy
    import scipy
    import sklearn
    import skops
    import Stemmer

    from .._version import __version__

    return {"python": platform.python_version(), "nlptools": __version__, "scikit-learn": sklearn.__version__,
            "skops": skops.__version__, "numpy": numpy.__version__, "scipy": scipy.__version__,
            "PyStemmer": Stemmer.version()}


def _write_arrays(directory: Path, exported: tuple[dict, dict] | None) -> dict[str, str] | None:
    """Write the exported arrays and their spec (or remove stale ones); their SHA-256 by file name."""
    import numpy as np

    if exported is None:
        for name in (ARRAYS_FILE, ARRAYS_SPEC_FILE):
            (directory / name).unlink(missing_ok=True)
        return None
    arrays, spec = exported
    with open(directory / ARRAYS_FILE, "wb") as fh:
        np.savez_compressed(fh, **arrays)
    (directory / ARRAYS_SPEC_FILE).write_text(json.dumps(spec, ensure_ascii=False) + "\n", encoding="utf-8")
    return {name: sha256(directory / name) for name in (ARRAYS_FILE, ARRAYS_SPEC_FILE)}


def add_topic_arrays(directory: str | Path, exported: tuple[dict, dict] | None) -> None:
    """Write (or replace) the array form of the topic model already saved in ``directory``, and hash it."""
    directory = Path(directory)
    meta = read_metadata(directory)
    meta.pop("arrays_sha256", None)
    hashes = _write_arrays(directory, exported)
    if hashes:
        meta["arrays_sha256"] = hashes
    (directory / METADATA_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def save_topic_model(model, directory: str | Path, metadata: dict[str, Any],
                     exported: tuple[dict, dict] | None = None) -> Path:
    """Write ``model.skops`` and ``metadata.json`` (labels, thresholds, hashes, versions, metrics), and
    ``exported`` (the model as arrays, :func:`nlptools.topics.arrays.export_arrays`) when given."""
    import skops.io as sio

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / MODEL_FILE
    sio.dump(model, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    hashes = _write_arrays(directory, exported)
    meta = {
        "labels": list(model.classes_),
        "thresholds": {label: float(t) for label, t in zip(model.classes_, model.thresholds_)},
        "model_sha256": sha256(path),
        "library_versions": library_versions(),
        "trusted_types": TRUSTED_TYPES,
        **({"arrays_sha256": hashes} if hashes else {}),
        **metadata,
    }
    (directory / METADATA_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read_metadata(directory: str | Path) -> dict[str, Any]:
    path = Path(directory) / METADATA_FILE
    if not path.exists():
        raise ModelNotFoundError("topic model metadata", path,
                                 "run `nlptools train topics --annotations annotations/ --output models/`.")
    return json.loads(path.read_text(encoding="utf-8"))


def load_topic_arrays(directory: str | Path) -> tuple[dict, dict, dict[str, Any]] | None:
    """``(arrays, spec, metadata)`` of the model's array form after checking both hashes; None when it has none."""
    import numpy as np

    directory = Path(directory)
    meta = read_metadata(directory)
    hashes = meta.get("arrays_sha256")
    if not hashes:
        return None
    for name in (ARRAYS_FILE, ARRAYS_SPEC_FILE):
        path = directory / name
        if not path.exists():
            raise ModelNotFoundError("topic model arrays", path,
                                     "retrain (`nlptools train topics --annotations annotations/ --output models/`) "
                                     "or restore the file from the model's distribution.")
        if sha256(path) != hashes.get(name):
            raise UntrustedModelError(path, "its SHA-256 does not match metadata.json "
                                            "(the file was changed or corrupted).")
    try:
        with np.load(directory / ARRAYS_FILE, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
        spec = json.loads((directory / ARRAYS_SPEC_FILE).read_text(encoding="utf-8"))
    except Exception as exc:  # hashed, so only a file saved broken gets here
        raise UntrustedModelError(directory / ARRAYS_FILE, f"it is not a readable array file ({exc}).") from exc
    if spec.get("format", 1) not in ARRAY_FORMATS:
        raise ModelFormatError(directory / ARRAYS_SPEC_FILE, spec.get("format"), ARRAY_FORMATS)
    return arrays, spec, meta


def check_sklearn_version(path: Path, meta: dict[str, Any]) -> None:
    """Refuse a model saved with another scikit-learn minor version (its estimators may not load faithfully)."""
    import sklearn

    saved = meta.get("library_versions", {}).get("scikit-learn")
    if saved and saved.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise ModelError(
            f"{path}: the topic model was saved with scikit-learn {saved}, but {sklearn.__version__} is installed. "
            f"Fix: pip install \"scikit-learn=={saved}\" (or retrain: nlptools train topics --annotations "
            "annotations/ --output models/).")


def load_topic_model(directory: str | Path | None = None):
    """Load the topic model after checking its hash and that it holds trusted types only."""
    import skops.io as sio

    directory = Path(directory or config.default_model_dir() / config.TOPIC_MODEL_SUBDIR)
    path = directory / MODEL_FILE
    if not path.exists():
        raise ModelNotFoundError("topic model", path,
                                 "run `nlptools train topics --annotations annotations/ --output models/`.")
    meta = read_metadata(directory)
    check_sklearn_version(path, meta)
    if sha256(path) != meta.get("model_sha256"):
        raise UntrustedModelError(path, "its SHA-256 does not match metadata.json (the file was changed or corrupted).")
    # One pass: skops audits the types against the trusted list before it builds anything.
    from skops.io.exceptions import UntrustedTypesFoundException

    try:
        model = sio.load(path, trusted=TRUSTED_TYPES)
    except UntrustedTypesFoundException as exc:
        untrusted = [t for t in sio.get_untrusted_types(file=path) if t not in TRUSTED_TYPES]
        raise UntrustedModelError(path, "it holds types outside the trusted list: "
                                        f"{', '.join(untrusted) or exc}.") from exc
    except Exception as exc:  # a corrupted archive fails in many ways inside skops
        raise UntrustedModelError(path, f"it is not a readable skops file ({exc}).") from exc
    return model, meta
