"""The topic model's array form: the same scores as the skops estimator, bit for bit; hashed; no scikit-learn."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nlptools import config
from nlptools.errors import UntrustedModelError
from nlptools.io.modelfiles import ARRAYS_FILE, ARRAYS_SPEC_FILE, METADATA_FILE, MODEL_FILE, load_topic_model, \
    save_topic_model
from nlptools.topics.arrays import ArrayTopicModel, export_arrays, load_array_model
from nlptools.topics.classifier import TopicClassifier

from .test_topics import _data

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "models" / config.TOPIC_MODEL_SUBDIR


def _annotation_inputs() -> list[dict]:
    """Inputs of every annotated passage of the seeds and the dev set (text, title, gold canonical entities)."""
    from nlptools.io.annotations import load_annotations
    from nlptools.training import topic_inputs

    records, _ = load_annotations([ROOT / "annotations" / "seeds.jsonl", ROOT / "annotations" / "dev"])
    return topic_inputs(records)[0]


def test_arrays_shipped_model_scores_bitwise_equal_to_skops():
    skops_model, _ = load_topic_model(SHIPPED)
    fast, _ = load_array_model(SHIPPED)
    assert isinstance(fast, ArrayTopicModel)
    X = _annotation_inputs() + ["", "ÉTÉ İstanbul ﬁnal", {"text": "NATO", "title": None, "entities": ["ORG:NATO"]}]
    assert np.array_equal(fast.predict_proba(X), skops_model.predict_proba(X))
    assert fast.predict_topics(X) == skops_model.predict_topics(X)


@pytest.mark.parametrize("params, fmt", [({}, 2), ({"use_title": False, "use_entities": False}, 2),
                                         ({"use_keywords": False, "weights": {"words": 0.7}}, 2),
                                         ({"use_stems": False}, 1)])
def test_arrays_export_reproduces_trained_variants(params, fmt, tmp_path):
    X, Y, g = _data()
    clf = TopicClassifier(**params).fit(X, Y, groups=g)
    save_topic_model(clf, tmp_path, {}, exported=export_arrays(clf))
    fast, meta = load_array_model(tmp_path)
    assert isinstance(fast, ArrayTopicModel) and set(meta["arrays_sha256"]) == {ARRAYS_FILE, ARRAYS_SPEC_FILE}
    assert json.loads((tmp_path / ARRAYS_SPEC_FILE).read_text())["format"] == fmt
    probe = X + ["Sanctioning the sanctioned: unsanctioned sanctions", "CO-OPERATION, co-operating"]
    assert np.array_equal(fast.predict_proba(probe), clf.predict_proba(probe))


def test_arrays_format_newer_than_this_release_is_refused_with_fix(tmp_path):
    from nlptools.errors import ModelFormatError
    from nlptools.io.modelfiles import add_topic_arrays

    X, Y, g = _data(1)
    clf = TopicClassifier(cv=2).fit(X, Y, groups=g)
    arrays, spec = export_arrays(clf)
    save_topic_model(clf, tmp_path, {})
    add_topic_arrays(tmp_path, (arrays, {**spec, "format": 3}))
    with pytest.raises(ModelFormatError, match=rf"{ARRAYS_SPEC_FILE}: .*format 3.*reads formats 1, 2.*Fix: upgrade"):
        load_array_model(tmp_path)


def test_arrays_model_it_cannot_reproduce_loads_with_skops(tmp_path):
    X, Y, g = _data()
    clf = TopicClassifier(use_chars=True).fit(X, Y, groups=g)
    assert export_arrays(clf) is None
    save_topic_model(clf, tmp_path, {}, exported=export_arrays(clf))
    assert not (tmp_path / ARRAYS_FILE).exists()
    assert isinstance(load_array_model(tmp_path)[0], TopicClassifier)


@pytest.mark.parametrize("name", [ARRAYS_FILE, ARRAYS_SPEC_FILE])
def test_arrays_tampered_file_is_refused(name, tmp_path):
    for f in (MODEL_FILE, METADATA_FILE, ARRAYS_FILE, ARRAYS_SPEC_FILE):
        (tmp_path / f).write_bytes((SHIPPED / f).read_bytes())
    with open(tmp_path / name, "ab") as fh:
        fh.write(b" ")
    with pytest.raises(UntrustedModelError, match=f"{name}.*SHA-256 does not match"):
        load_array_model(tmp_path)


def test_arrays_enrich_imports_no_sklearn_scipy_or_skops(tmp_path):
    """``nlptools enrich`` predicts topics from the arrays: the heavy training libraries are never imported."""
    page = next((ROOT / "seeds").glob("*.txt"))
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "nlptools", "enrich", str(page),
                          "-o", str(tmp_path / "out.jsonl")], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-2000:]
    imported = {line.split("|")[-1].strip().split(".")[0] for line in run.stderr.splitlines() if "|" in line}
    assert "nlptools" in imported and not imported & {"sklearn", "scipy", "skops", "pandas", "dask"}
