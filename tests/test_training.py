"""Training inputs: what the topic classifier is fitted on and how its inner cross-validation groups passages."""
from __future__ import annotations

from nlptools.io.annotations import AnnotatedRecord, Span
from nlptools.training.trainer import topic_inputs


def _rec(text, source, title=None, synthetic=False, spans=None, topics=("russia_uk",)):
    meta = {"source": source, **({"article_title": title} if title else {}), **({"synthetic": True} if synthetic else {})}
    return AnnotatedRecord(text, spans, list(topics), meta)


def test_training_topic_inputs_group_synthetic_passages_by_page():
    """Passages of one synthetic page (same source and title) share a group, so the inner CV that sets
    calibration and thresholds never sees a page on both sides; other pages of the same source do not."""
    records = [
        _rec("A.", "seeds/a.txt", "Page A"),
        _rec("B.", "seeds/a.txt", "Page A"),
        _rec("C.", "synthetic/batch", "Letter to the Times", synthetic=True),
        _rec("D.", "synthetic/batch", "Letter to the Times", synthetic=True),
        _rec("E.", "synthetic/batch", "Interview with Sky News", synthetic=True),
        _rec("F.", "synthetic/batch", synthetic=True),
        _rec("G.", "synthetic/batch", synthetic=True),
    ]
    _, Y, groups = topic_inputs(records)
    assert groups[0] == groups[1] == "seeds/a.txt"
    assert groups[2] == groups[3]
    assert len({groups[2], groups[4], groups[5], groups[6], groups[0]}) == 5
    assert Y == [["russia_uk"]] * 7


def test_training_topic_inputs_resolve_surnames_across_a_synthetic_page():
    """Canonical names are resolved per group: a surname takes the full name given earlier on its page."""
    first, second = "Ivan Petrovsky spoke.", "Petrovsky added."
    records = [
        _rec(first, "synthetic/batch", "Remarks", synthetic=True, spans=[Span(0, 14, "PERSON")]),
        _rec(second, "synthetic/batch", "Remarks", synthetic=True, spans=[Span(0, 9, "PERSON")]),
        _rec(second, "synthetic/batch", "Other page", synthetic=True, spans=[Span(0, 9, "PERSON")]),
    ]
    X, _, _ = topic_inputs(records)
    assert X[1]["entities"] == ["PERSON:Ivan Petrovsky"]
    assert X[2]["entities"] == ["PERSON:Petrovsky"]
    assert X[0]["title"] == "Remarks"
