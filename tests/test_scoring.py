"""Scorers checked against examples computed by hand (the arithmetic is in the comments)."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlptools.scoring import entity_confusion, entity_errors, score_entities, score_topics

# One passage covering every SemEval-2013 9.1 scenario (offsets end-exclusive):
#   G1 PERSON 0-13   vs P1 PERSON 0-13    exact match
#   G2 ORG    18-22  vs P2 PERSON 18-22   same span, wrong label
#   G3 TREATY 30-40  vs P3 TREATY 26-40   partial overlap, same label
#   G4 ORG    50-60  vs P4 PERSON 50-55   partial overlap, other label
#   G5 PERSON 70-75  (no prediction)      missed
#                       P6 ORG 80-85      spurious
#                       P7 PERSON 90-95   spurious
# Gold spans: 5, predicted spans: 6.
GOLD = [[(0, 13, "PERSON"), (18, 22, "ORG"), (30, 40, "TREATY"), (50, 60, "ORG"), (70, 75, "PERSON")]]
PRED = [[(0, 13, "PERSON"), (18, 22, "PERSON"), (26, 40, "TREATY"), (50, 55, "PERSON"),
         (80, 85, "ORG"), (90, 95, "PERSON")]]


@pytest.mark.parametrize(
    "scheme, counts, precision, recall, f1",
    [
        # strict: COR = G1; INC = G2, G3, G4; MIS = G5; SPU = P6, P7.
        # POS = 1+3+0+1 = 5, ACT = 1+3+0+2 = 6; P = 1/6, R = 1/5,
        # F1 = 2*(1/6)*(1/5) / (1/6 + 1/5) = (2/30) / (11/30) = 2/11.
        ("strict", (1, 3, 0, 1, 2, 5, 6), 1 / 6, 1 / 5, 2 / 11),
        # exact: boundaries only. COR = G1, G2; INC = G3, G4; MIS 1; SPU 2.
        # P = 2/6 = 1/3, R = 2/5, F1 = 2*(1/3)*(2/5) / (1/3 + 2/5) = (4/15) / (11/15) = 4/11.
        ("exact", (2, 2, 0, 1, 2, 5, 6), 1 / 3, 2 / 5, 4 / 11),
        # partial: COR = G1, G2; PAR = G3, G4; MIS 1; SPU 2.
        # P = (2 + 0.5*2)/6 = 3/6 = 0.5, R = 3/5 = 0.6, F1 = 2*0.5*0.6 / 1.1 = 6/11.
        ("partial", (2, 0, 2, 1, 2, 5, 6), 0.5, 0.6, 6 / 11),
        # ent_type: label right and some overlap. COR = G1, G3; INC = G2, G4; MIS 1; SPU 2.
        # P = 2/6 = 1/3, R = 2/5, F1 = 4/11.
        ("ent_type", (2, 2, 0, 1, 2, 5, 6), 1 / 3, 2 / 5, 4 / 11),
    ],
)
def test_scoring_entity_schemes_match_hand_counts(scheme, counts, precision, recall, f1):
    result = score_entities(GOLD, PRED)["overall"][scheme]
    keys = ("correct", "incorrect", "partial", "missed", "spurious", "possible", "actual")
    assert tuple(result[k] for k in keys) == counts
    assert result["precision"] == pytest.approx(precision)
    assert result["recall"] == pytest.approx(recall)
    assert result["f1"] == pytest.approx(f1)


@pytest.mark.parametrize(
    "label, scheme, counts, precision, recall, f1",
    [
        # PERSON only: gold G1 0-13, G5 70-75; pred 0-13, 18-22, 50-55, 90-95.
        # 0-13 exact -> COR 1; G5 missed; the three other PERSON preds overlap no PERSON gold -> SPU 3.
        # POS 2, ACT 4: P = 1/4, R = 1/2, F1 = 2*(1/8) / (3/4) = 1/3.
        ("PERSON", "strict", (1, 0, 0, 1, 3), 1 / 4, 1 / 2, 1 / 3),
        ("PERSON", "partial", (1, 0, 0, 1, 3), 1 / 4, 1 / 2, 1 / 3),
        # ORG only: gold 18-22, 50-60; pred 80-85 -> MIS 2, SPU 1, nothing correct: all zeros.
        ("ORG", "strict", (0, 0, 0, 2, 1), 0.0, 0.0, 0.0),
        ("ORG", "ent_type", (0, 0, 0, 2, 1), 0.0, 0.0, 0.0),
        # TREATY only: gold 30-40 vs pred 26-40.
        # strict: INC 1 -> P = R = 0/1 = 0.
        ("TREATY", "strict", (0, 1, 0, 0, 0), 0.0, 0.0, 0.0),
        # exact: boundaries differ -> INC 1 -> 0.
        ("TREATY", "exact", (0, 1, 0, 0, 0), 0.0, 0.0, 0.0),
        # partial: PAR 1 -> P = R = 0.5/1 = 0.5, F1 = 0.5.
        ("TREATY", "partial", (0, 0, 1, 0, 0), 0.5, 0.5, 0.5),
        # ent_type: same label, overlap -> COR 1 -> P = R = F1 = 1.
        ("TREATY", "ent_type", (1, 0, 0, 0, 0), 1.0, 1.0, 1.0),
    ],
)
def test_scoring_per_label_restricts_gold_and_pred(label, scheme, counts, precision, recall, f1):
    result = score_entities(GOLD, PRED)["per_label"][label][scheme]
    keys = ("correct", "incorrect", "partial", "missed", "spurious")
    assert tuple(result[k] for k in keys) == counts
    assert (result["precision"], result["recall"], result["f1"]) == pytest.approx((precision, recall, f1))


def test_scoring_per_label_equals_scoring_the_filtered_spans():
    for label in ("PERSON", "ORG", "TREATY"):
        only = lambda side: [[s for s in spans if s[2] == label] for spans in side]
        assert score_entities(GOLD, PRED)["per_label"][label] == score_entities(only(GOLD), only(PRED))["overall"]


@pytest.mark.parametrize(
    "gold, pred, missed, spurious",
    [
        ([], [], 0, 0),
        ([[]], [[]], 0, 0),
        ([[], []], [[], []], 0, 0),
        ([[]], [[(0, 4, "ORG")]], 0, 1),
        ([[(0, 4, "ORG")]], [[]], 1, 0),
    ],
)
def test_scoring_empty_inputs_give_zeros(gold, pred, missed, spurious):
    result = score_entities(gold, pred)
    for scheme, metrics in result["overall"].items():
        assert metrics["correct"] == metrics["incorrect"] == metrics["partial"] == 0
        assert (metrics["missed"], metrics["spurious"]) == (missed, spurious)
        assert metrics["precision"] == metrics["recall"] == metrics["f1"] == 0.0
    json.dumps(result)


@pytest.mark.parametrize(
    "gold, pred, scheme, correct, partial",
    [
        # Spans that only touch (end 5 == start 5) share no character: MIS 1 + SPU 1.
        ([[(0, 5, "ORG")]], [[(5, 9, "ORG")]], "partial", 0, 0),
        # Two predictions inside one gold span: only one pairs with it (PAR 1), the other is SPU,
        # so POS stays 1: P = 0.5/2 = 0.25, R = 0.5/1 = 0.5.
        ([[(0, 10, "ORG")]], [[(0, 4, "ORG"), (5, 10, "ORG")]], "partial", 0, 1),
        # The exact prediction wins the gold span even when a partial one comes first.
        ([[(2, 10, "ORG")]], [[(0, 5, "ORG"), (2, 10, "ORG")]], "strict", 1, 0),
    ],
)
def test_scoring_matching_is_one_to_one(gold, pred, scheme, correct, partial):
    result = score_entities(gold, pred)["overall"][scheme]
    assert (result["correct"], result["partial"]) == (correct, partial)
    assert result["possible"] == sum(map(len, gold))
    assert result["actual"] == sum(map(len, pred))


def test_scoring_accepts_annotation_dicts():
    gold = [[{"start": s, "end": e, "label": lab} for s, e, lab in spans] for spans in GOLD]
    assert score_entities(gold, PRED) == score_entities(GOLD, PRED)


def test_scoring_labels_argument_drops_other_labels():
    result = score_entities(GOLD, PRED, labels=["TREATY"])
    assert list(result["per_label"]) == ["TREATY"]
    # Only G3 30-40 vs P3 26-40 remain: strict INC 1.
    assert result["overall"]["strict"]["incorrect"] == 1
    assert result["overall"]["strict"]["possible"] == result["overall"]["strict"]["actual"] == 1


@pytest.mark.parametrize(
    "gold, pred",
    [
        ([[]], []),
        ([[(5, 2, "ORG")]], [[]]),
        ([[(0, 2)]], [[]]),
        ([[{"start": 0, "label": "ORG"}]], [[]]),
    ],
)
def test_scoring_rejects_malformed_spans(gold, pred):
    with pytest.raises(ValueError):
        score_entities(gold, pred)


def test_scoring_confusion_table_counts_pairs_misses_and_spurious():
    result = entity_confusion(GOLD, PRED)
    matrix = result["matrix"]
    # Pairs: G1/P1 (PERSON, PERSON); G2/P2 and G4/P4 (ORG, PERSON) -> 2; G3/P3 (TREATY, TREATY).
    assert matrix["PERSON"]["PERSON"] == 1
    assert matrix["ORG"]["PERSON"] == 2
    assert matrix["TREATY"]["TREATY"] == 1
    # G5 missed -> (PERSON, O); P6 and P7 spurious -> (O, ORG), (O, PERSON).
    assert matrix["PERSON"]["O"] == 1
    assert matrix["O"]["ORG"] == 1
    assert matrix["O"]["PERSON"] == 1
    assert sum(sum(row.values()) for row in matrix.values()) == 7
    assert result["pairs"][0] == {"gold": "ORG", "pred": "PERSON", "count": 2}
    json.dumps(result)


# "Lavrov met Blinken. Lavrov spoke to NATO."
#  Lavrov 0-6, met 7-10, Blinken 11-18, Lavrov 20-26, NATO 36-40; second passage "Lavrov." Lavrov 0-6.
TEXTS = ["Lavrov met Blinken. Lavrov spoke to NATO.", "Lavrov."]
ERR_GOLD = [[(0, 6, "PERSON"), (11, 18, "PERSON"), (20, 26, "PERSON"), (36, 40, "ORG")], [(0, 6, "PERSON")]]
ERR_PRED = [[(7, 10, "ORG"), (11, 18, "PERSON"), (36, 40, "PERSON")], []]


@pytest.mark.parametrize(
    "mode, misses, false_alarms",
    [
        # strict: gold without an identical prediction: Lavrov x3, NATO/ORG (predicted as PERSON);
        # predictions without identical gold: met/ORG, NATO/PERSON.
        ("strict",
         [{"text": "Lavrov", "label": "PERSON", "count": 3}, {"text": "NATO", "label": "ORG", "count": 1}],
         [{"text": "NATO", "label": "PERSON", "count": 1}, {"text": "met", "label": "ORG", "count": 1}]),
        # unmatched: NATO is paired (wrong label), so only Lavrov x3 is missed and met/ORG spurious.
        ("unmatched",
         [{"text": "Lavrov", "label": "PERSON", "count": 3}],
         [{"text": "met", "label": "ORG", "count": 1}]),
    ],
)
def test_scoring_error_lists_count_span_texts(mode, misses, false_alarms):
    result = entity_errors(ERR_GOLD, ERR_PRED, TEXTS, mode=mode)
    assert result["misses"] == misses
    assert result["false_alarms"] == false_alarms
    assert entity_errors(ERR_GOLD, ERR_PRED, TEXTS, mode=mode, top=1)["misses"] == misses[:1]


def test_scoring_error_lists_check_texts():
    with pytest.raises(ValueError):
        entity_errors(ERR_GOLD, ERR_PRED, TEXTS[:1])
    with pytest.raises(ValueError):
        entity_errors(ERR_GOLD, ERR_PRED, ["short", "x"])


# Topics, labels a, b, c, d:
#   passage  gold     pred
#   1        {a}      {a}        exact match
#   2        {a, b}   {a}        b missed
#   3        {}       {b}        b spurious
#   4        {c}      {b, d}     c missed; b, d spurious -> pairs (c, b), (c, d)
#   5        {c}      {b}        c missed; b spurious    -> pair (c, b)
TOPIC_LABELS = ["a", "b", "c", "d"]
TOPIC_GOLD = [{"a"}, {"a", "b"}, set(), {"c"}, {"c"}]
TOPIC_PRED = [["a"], ["a"], ["b"], ["b", "d"], ["b"]]


@pytest.mark.parametrize(
    "label, tp, fp, fn, precision, recall, f1",
    [
        ("a", 2, 0, 0, 1.0, 1.0, 1.0),  # passages 1, 2
        ("b", 0, 3, 1, 0.0, 0.0, 0.0),  # FP in 3, 4, 5; FN in 2
        ("c", 0, 0, 2, 0.0, 0.0, 0.0),  # FN in 4, 5
        ("d", 0, 1, 0, 0.0, 0.0, 0.0),  # FP in 4; support 0
    ],
)
def test_scoring_topic_per_label(label, tp, fp, fn, precision, recall, f1):
    result = score_topics(TOPIC_GOLD, TOPIC_PRED, TOPIC_LABELS)["per_label"][label]
    assert (result["tp"], result["fp"], result["fn"], result["support"]) == (tp, fp, fn, tp + fn)
    assert (result["precision"], result["recall"], result["f1"]) == pytest.approx((precision, recall, f1))


@pytest.mark.parametrize(
    "average, precision, recall, f1",
    [
        # micro: TP 2, FP 4, FN 3 -> P = 2/6 = 1/3, R = 2/5, F1 = (4/15) / (11/15) = 4/11.
        ("micro", 1 / 3, 2 / 5, 4 / 11),
        # macro over labels with gold support (a, b, c): P = (1+0+0)/3, R = 1/3, F1 = 1/3.
        ("macro", 1 / 3, 1 / 3, 1 / 3),
        # macro over all four labels: (1+0+0+0)/4 = 1/4 each.
        ("macro_all_labels", 1 / 4, 1 / 4, 1 / 4),
    ],
)
def test_scoring_topic_averages(average, precision, recall, f1):
    result = score_topics(TOPIC_GOLD, TOPIC_PRED, TOPIC_LABELS)[average]
    assert (result["precision"], result["recall"], result["f1"]) == pytest.approx((precision, recall, f1))


def test_scoring_topic_subset_accuracy_and_confused_pairs():
    result = score_topics(TOPIC_GOLD, TOPIC_PRED, TOPIC_LABELS)
    # Only passage 1 has identical sets: 1/5.
    assert result["subset_accuracy"] == pytest.approx(0.2)
    assert result["confused_pairs"] == [
        {"gold": "c", "pred": "b", "count": 2},
        {"gold": "c", "pred": "d", "count": 1},
    ]
    assert (result["macro"]["n_labels"], result["macro_all_labels"]["n_labels"]) == (3, 4)
    json.dumps(result)


@pytest.mark.parametrize(
    "gold, pred, subset_accuracy",
    [
        ([["a"], ["b"], []], [["a"], ["b"], []], 1.0),
        ([["a", "b"], ["b"]], [["b", "a"], []], 0.5),
        ([[]], [["a"]], 0.0),
        ([], [], 0.0),
    ],
)
def test_scoring_topic_subset_accuracy(gold, pred, subset_accuracy):
    assert score_topics(gold, pred, ["a", "b"])["subset_accuracy"] == pytest.approx(subset_accuracy)


def test_scoring_topic_empty_inputs_give_zeros():
    result = score_topics([], [], TOPIC_LABELS)
    assert result["micro"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert result["macro"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "n_labels": 0}
    assert result["macro_all_labels"]["f1"] == 0.0
    assert result["confused_pairs"] == []
    json.dumps(result)


@pytest.mark.parametrize(
    "gold, pred, error",
    [
        ([["a"]], [], ValueError),
        ([["z"]], [[]], ValueError),
        (["a"], [[]], TypeError),
    ],
)
def test_scoring_topic_rejects_bad_input(gold, pred, error):
    with pytest.raises(error):
        score_topics(gold, pred, ["a", "b"])


@pytest.mark.parametrize("scheme", ["strict", "exact", "partial", "ent_type"])
def test_scoring_touching_spans_do_not_overlap(scheme):
    # [0, 5) and [5, 9) share no character: nervaluate, reading ``end`` as the last character,
    # would pair them if given exclusive ends. Each side counts alone: MIS 1, SPU 1, per label too.
    result = score_entities([[(0, 5, "ORG"), (9, 12, "PERSON")]], [[(5, 9, "ORG"), (12, 15, "PERSON")]])
    counts = lambda row: (row["correct"], row["incorrect"], row["partial"], row["missed"], row["spurious"])
    assert counts(result["overall"][scheme]) == (0, 0, 0, 2, 2)
    assert counts(result["per_label"]["ORG"][scheme]) == counts(result["per_label"]["PERSON"][scheme]) == (0, 0, 0, 1, 1)
    assert entity_confusion([[(0, 5, "ORG")]], [[(5, 9, "ORG")]])["pairs"] == [
        {"gold": "O", "pred": "ORG", "count": 1}, {"gold": "ORG", "pred": "O", "count": 1}]


_spans = st.lists(st.tuples(st.integers(0, 4), st.integers(1, 5), st.sampled_from(["ORG", "PERSON"])), max_size=5)


def _layout(raw):
    """Non-overlapping spans (gaps and lengths as drawn), as annotations and the pipeline give them."""
    out, pos = [], 0
    for gap, length, label in raw:
        pos += gap
        out.append((pos, pos + length, label))
        pos += length
    return out


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_spans, _spans), min_size=1, max_size=3))
def test_scoring_counts_follow_the_scheme_definitions(passages):
    gold = [_layout(g) for g, _ in passages]
    pred = [_layout(p) for _, p in passages]
    result = score_entities(gold, pred, labels=["ORG", "PERSON"])
    n_gold, n_pred = sum(map(len, gold)), sum(map(len, pred))
    identical = sum(len(set(g) & set(p)) for g, p in zip(gold, pred))
    same_bounds = sum(len({s[:2] for s in g} & {s[:2] for s in p}) for g, p in zip(gold, pred))
    for scheme, row in result["overall"].items():
        assert (row["possible"], row["actual"]) == (n_gold, n_pred)
        assert row["missed"] + row["correct"] + row["incorrect"] + row["partial"] == n_gold
    assert result["overall"]["strict"]["correct"] == identical
    assert result["overall"]["exact"]["correct"] == result["overall"]["partial"]["correct"] == same_bounds
    for label in ("ORG", "PERSON"):
        row = result["per_label"][label]["strict"]
        assert row["possible"] == sum(s[2] == label for g in gold for s in g)
        assert row["correct"] == sum(len({s for s in set(g) & set(p) if s[2] == label}) for g, p in zip(gold, pred))
