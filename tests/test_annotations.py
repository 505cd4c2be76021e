"""Annotation loading and validation: every error names the file and line, and says how to fix it."""
from __future__ import annotations

import json

import pytest

from nlptools.errors import AnnotationError
from nlptools.io.annotations import AnnotatedRecord, document_folds, iter_json_lines, load_annotations, near_duplicate

GOOD = {"text": "Sergey Lavrov discussed New START.",
        "spans": [{"start": 0, "end": 13, "label": "PERSON"}, {"start": 24, "end": 33, "label": "TREATY"}],
        "topics": ["arms_control"], "meta": {"source": "seeds/a.txt"}}


def write(tmp_path, *lines, name="a.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines) + "\n", encoding="utf-8")
    return path


def test_annotations_load_good_file_with_summary(tmp_path):
    path = write(tmp_path, GOOD, {"text": "No entities here.", "topics": []})
    records, summary = load_annotations([tmp_path])
    assert [r.line for r in records] == [1, 2]
    assert records[0].spans[1].label == "TREATY" and records[1].spans is None
    assert summary.spans == {"PERSON": 1, "TREATY": 1} and summary.files == 1
    assert str(path) in records[0].file


@pytest.mark.parametrize(
    "bad, message",
    [
        ("{not json", "not valid JSON"),
        ({"spans": []}, 'no "text"'),
        ({**GOOD, "spans": [{"start": 0, "end": 13, "label": "PER"}]}, 'unknown entity label "PER"'),
        ({**GOOD, "topics": ["sports"]}, 'unknown topic "sports"'),
        ({**GOOD, "spans": [{"start": 30, "end": 99, "label": "ORG"}]}, "outside the text"),
        ({**GOOD, "spans": [{"start": 0, "end": 10, "label": "PERSON"}]}, "nearest alignment is [0, 13) 'Sergey Lavrov'"),
        ({**GOOD, "spans": [{"start": 0, "end": 13, "label": "PERSON"}, {"start": 7, "end": 13, "label": "PERSON"}]},
         "overlapping spans"),
        ({"text": "Only text."}, 'neither "spans" nor "topics"'),
    ],
    ids=["json", "no-text", "label", "topic", "range", "alignment", "overlap", "no-task"],
)
def test_annotations_validation_errors_name_file_and_line(tmp_path, bad, message):
    path = write(tmp_path, GOOD | {"text": GOOD["text"] + " Again."}, bad)
    with pytest.raises(AnnotationError) as err:
        load_annotations([path])
    assert f"{path}, line 2" in str(err.value)
    assert message in str(err.value)
    assert "Fix:" in str(err.value)


def test_annotations_conflicting_duplicates_are_refused(tmp_path):
    write(tmp_path, GOOD, name="a.jsonl")
    write(tmp_path, {**GOOD, "topics": ["russia_us"]}, name="b.jsonl")
    with pytest.raises(AnnotationError, match="repeats the text of .*a.jsonl line 1 with different topics"):
        load_annotations([tmp_path])


def test_annotations_agreeing_duplicates_are_fine(tmp_path):
    write(tmp_path, GOOD, name="a.jsonl")
    write(tmp_path, {**GOOD, "meta": {"source": "seeds/b.txt"}}, name="b.jsonl")
    records, summary = load_annotations([tmp_path])
    assert summary.documents == 2


def _rec(text, doc, synthetic=False):
    return AnnotatedRecord(text, [], [], {"source": doc, "synthetic": synthetic})


def test_annotations_document_folds_drop_near_duplicates_and_synthetic_tests():
    shared = "The parties discussed strategic stability and the future of arms control in Geneva today."
    records = [_rec("Alpha text one about trade.", "a"), _rec(shared, "a"), _rec(shared + " Yes.", "b"),
               _rec("Beta text about vaccines.", "b"), _rec("Written example.", "team", synthetic=True)]
    folds = {doc: (train, test) for doc, train, test in document_folds(records)}
    assert set(folds) == {"a", "b"}
    train, test = folds["a"]
    assert test == [0, 1]
    assert 2 not in train and 3 in train and 4 in train


@pytest.mark.parametrize("a, b, same", [
    ("one two three four five six", "one two three four five six", True),
    ("a b c d e f g h i j k l", "a b c d e f g h i j k m", True),
    ("one two three four five six", "seven eight nine ten eleven twelve", False),
])
def test_annotations_near_duplicate(a, b, same):
    assert near_duplicate(a, b) is same


def _write(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_annotations_dev_folder_is_read_only_when_named(tmp_path):
    _write(tmp_path / "train.jsonl", [{"text": "NATO met.", "spans": [{"start": 0, "end": 4, "label": "ORG"}]}])
    _write(tmp_path / "dev" / "dev.jsonl", [{"text": "The EU met.", "topics": [], "meta": {"split": "dev"}}])
    records, _ = load_annotations([tmp_path])
    assert [r.text for r in records] == ["NATO met."]
    records, _ = load_annotations([tmp_path / "dev"])
    assert [r.text for r in records] == ["The EU met."]


@pytest.mark.parametrize("task", ["entities", "topics"])
def test_annotations_dev_records_are_never_trained_on(tmp_path, task):
    from nlptools.errors import DevSetTrainingError
    from nlptools.training.trainer import EntityTrainConfig, train_entities, train_topics

    _write(tmp_path / "dev" / "dev.jsonl", [
        {"text": "NATO met in Brussels.", "spans": [{"start": 0, "end": 4, "label": "ORG"}],
         "topics": ["europe_nato"], "meta": {"split": "dev", "source": "p1"}}])
    records, _ = load_annotations([tmp_path / "dev"])
    with pytest.raises(DevSetTrainingError, match=r"dev\.jsonl, line 1: .*held-out development set"):
        if task == "entities":
            train_entities(records, EntityTrainConfig(n_iter=0), base_nlp=__import__("spacy").blank("en"))
        else:
            train_topics(records)


def test_annotations_learnt_patterns_need_two_distinct_passages():
    from nlptools.io.annotations import AnnotatedRecord, Span
    from nlptools.training.trainer import learnt_patterns

    def rec(text, name, label="ORG", source="a"):
        start = text.index(name)
        return AnnotatedRecord(text, [Span(start, start + len(name), label)], None, {"source": source})

    records = [rec("The Riverside Company said so.", "Riverside Company"),
               rec("The Riverside Company said so.", "Riverside Company", source="b"),  # a repeat
               rec("Polar Pathways met.", "Polar Pathways"), rec("Experts of Polar Pathways spoke.", "Polar Pathways")]
    assert [p["pattern"] for p in learnt_patterns(records, min_docs=2)] == ["Polar Pathways"]
    assert [p["pattern"] for p in learnt_patterns(records, min_docs=1)] == ["Polar Pathways", "Riverside Company"]


def test_annotations_line_numbers_count_blank_lines(tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n   \n" + json.dumps(GOOD | {"text": GOOD["text"] + " Again."})
                    + "\n\n" + '{"text": "x", oops}\n', encoding="utf-8")
    with pytest.raises(AnnotationError) as err:
        list(iter_json_lines(path))
    assert f"{path}, line 6" in str(err.value) and "column 15" in str(err.value)
    assert [lineno for lineno, _ in iter_json_lines(path, path.read_text().rsplit("\n", 2)[0])] == [1, 4]
