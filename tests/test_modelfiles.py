"""Topic model files: skops with a trusted list, hash check, tampering refused, identical scores after reload."""
from __future__ import annotations

import json

import numpy as np
import pytest

from nlptools.errors import ModelNotFoundError, UntrustedModelError
from nlptools.io.modelfiles import METADATA_FILE, MODEL_FILE, load_topic_model, save_topic_model
from nlptools.topics.classifier import TopicClassifier

from .test_topics import _data


class Evil:
    """Stands for any type a model file from elsewhere might carry."""

    def __init__(self):
        self.payload = "os.system"


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    X, Y, g = _data()
    clf = TopicClassifier().fit(X, Y, groups=g)
    d = tmp_path_factory.mktemp("topics")
    save_topic_model(clf, d, {"training_data_sha256": "x"})
    return clf, d, X


def test_modelfiles_reload_predicts_same_scores(saved):
    clf, d, X = saved
    model, meta = load_topic_model(d)
    assert np.array_equal(model.predict_proba(X), clf.predict_proba(X))
    assert meta["labels"] == clf.classes_ and set(meta["thresholds"]) == set(clf.classes_)
    assert {"scikit-learn", "skops", "numpy"} <= set(meta["library_versions"])


def test_modelfiles_tampered_file_is_refused(saved, tmp_path):
    _, d, _ = saved
    for name in (MODEL_FILE, METADATA_FILE):
        (tmp_path / name).write_bytes((d / name).read_bytes())
    with open(tmp_path / MODEL_FILE, "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(UntrustedModelError, match="SHA-256 does not match"):
        load_topic_model(tmp_path)


def test_modelfiles_untrusted_type_is_refused_even_with_matching_hash(saved, tmp_path):
    """A file made elsewhere (hash updated to match) that holds an unknown type is refused."""
    import skops.io as sio

    from nlptools.io.modelfiles import sha256

    sio.dump({"model": Evil()}, tmp_path / MODEL_FILE)
    meta = json.loads((saved[1] / METADATA_FILE).read_text())
    meta["model_sha256"] = sha256(tmp_path / MODEL_FILE)
    (tmp_path / METADATA_FILE).write_text(json.dumps(meta))
    with pytest.raises(UntrustedModelError, match="test_modelfiles.Evil"):
        load_topic_model(tmp_path)


def test_modelfiles_corrupted_archive_is_refused(saved, tmp_path):
    from nlptools.io.modelfiles import sha256

    (tmp_path / MODEL_FILE).write_bytes(b"not a zip file at all")
    meta = json.loads((saved[1] / METADATA_FILE).read_text())
    meta["model_sha256"] = sha256(tmp_path / MODEL_FILE)
    (tmp_path / METADATA_FILE).write_text(json.dumps(meta))
    with pytest.raises(UntrustedModelError, match="not a readable skops file"):
        load_topic_model(tmp_path)


def test_modelfiles_missing_model_says_which_command_fixes_it(tmp_path):
    with pytest.raises(ModelNotFoundError, match="nlptools train topics"):
        load_topic_model(tmp_path)


def test_modelfiles_other_sklearn_version_is_refused_with_fix(saved, tmp_path):
    _, d, _ = saved
    (tmp_path / MODEL_FILE).write_bytes((d / MODEL_FILE).read_bytes())
    meta = json.loads((d / METADATA_FILE).read_text())
    meta["library_versions"]["scikit-learn"] = "0.24.2"
    (tmp_path / METADATA_FILE).write_text(json.dumps(meta))
    from nlptools.errors import ModelError

    with pytest.raises(ModelError, match=r'pip install "scikit-learn==0.24.2"'):
        load_topic_model(tmp_path)
