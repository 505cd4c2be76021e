"""Scorers for evaluation: entities (nervaluate / SemEval-2013 task 9.1 schemes) and multi-label topics.

Every public function returns plain dicts of str, int, float and lists, so a report can be
written with ``json.dump``. Ratios with a zero denominator are 0.0, never an error.

Entity inputs are one list of spans per passage, for gold and for predictions alike. A span is
a ``(start, end, label)`` tuple or a mapping with those keys (the annotation file format);
offsets are characters, end exclusive, so two spans overlap when they share a character.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Union

SCHEMES = ("strict", "exact", "partial", "ent_type")
OUTSIDE = "O"
_CATEGORIES = ("correct", "incorrect", "partial", "missed", "spurious")

SpanLike = Union[tuple[int, int, str], Mapping[str, Any]]
PassageSpans = Sequence[SpanLike]


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    label: str

    def overlap(self, other: _Span) -> int:
        """Number of characters shared with ``other`` (0 when disjoint or merely touching)."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))


def _ratio(num: float, den: float) -> float:
    return float(num) / den if den else 0.0


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def _to_span(raw: SpanLike, where: str) -> _Span:
    """Read one span and check it, so bad input fails with its position instead of a wrong score."""
    if isinstance(raw, Mapping):
        try:
            start, end, label = raw["start"], raw["end"], raw["label"]
        except KeyError as exc:
            raise ValueError(f"{where}: span {raw!r} has no {exc.args[0]!r} key.") from None
    else:
        try:
            start, end, label = raw
        except (TypeError, ValueError):
            raise ValueError(f"{where}: span {raw!r} is not a (start, end, label) triple.") from None
    if any(isinstance(v, bool) or not isinstance(v, int) for v in (start, end)):
        raise ValueError(f"{where}: span {raw!r} needs integer offsets.")
    if not 0 <= start < end:
        raise ValueError(f"{where}: span {raw!r} needs 0 <= start < end.")
    if not isinstance(label, str) or not label:
        raise ValueError(f"{where}: span {raw!r} needs a non-empty string label.")
    return _Span(start, end, label)


def _read(gold: Sequence[PassageSpans], pred: Sequence[PassageSpans]) -> tuple[list[list[_Span]], list[list[_Span]]]:
    """Parse gold and predicted spans, passage by passage; both sides must list the same passages."""
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} passages but pred has {len(pred)}; give one span list per passage on both sides.")
    return _parse_side("gold", gold), _parse_side("pred", pred)


def _parse_side(side: str, passages: Sequence[PassageSpans]) -> list[list[_Span]]:
    return [[_to_span(s, f"{side} passage {i}") for s in spans] for i, spans in enumerate(passages)]


def _restrict(passages: list[list[_Span]], labels: Collection[str]) -> list[list[_Span]]:
    return [[s for s in spans if s.label in labels] for spans in passages]


def _labels_of(*sides: list[list[_Span]]) -> list[str]:
    return sorted({s.label for side in sides for spans in side for s in spans})


def _match(gold: list[_Span], pred: list[_Span]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair predictions with gold spans of one passage, one to one.

    Identical spans pair first, then same boundaries with another label, then overlaps (the gold
    span sharing most characters, same label preferred on ties). One-to-one pairing keeps
    POS = number of gold spans and ACT = number of predictions; nervaluate's greedy loop can
    count a gold span twice when several predictions overlap it.
    Returns ``(pairs of (gold index, pred index), unmatched gold indices, unmatched pred indices)``.
    """
    free = list(range(len(gold)))
    pairs: list[tuple[int, int]] = []
    pending = sorted(range(len(pred)), key=lambda i: (pred[i].start, pred[i].end, pred[i].label))
    same_bounds = lambda g, p: (g.start, g.end) == (p.start, p.end)
    for test in (lambda g, p: g == p, same_bounds):
        left = []
        for pi in pending:
            gi = next((g for g in free if test(gold[g], pred[pi])), None)
            if gi is None:
                left.append(pi)
            else:
                free.remove(gi)
                pairs.append((gi, pi))
        pending = left
    spurious = []
    for pi in pending:
        p = pred[pi]
        candidates = [g for g in free if gold[g].overlap(p)]
        if not candidates:
            spurious.append(pi)
            continue
        gi = max(candidates, key=lambda g: (gold[g].overlap(p), gold[g].label == p.label, -g))
        free.remove(gi)
        pairs.append((gi, pi))
    return pairs, free, spurious


def _outcomes(g: _Span, p: _Span) -> dict[str, str]:
    """Category of a matched pair under each scheme (SemEval-2013 9.1 scenarios I, IV, V, VI)."""
    same_label = g.label == p.label
    if (g.start, g.end) == (p.start, p.end):
        label_cat = "correct" if same_label else "incorrect"
        return {"strict": label_cat, "exact": "correct", "partial": "correct", "ent_type": label_cat}
    return {
        "strict": "incorrect",
        "exact": "incorrect",
        "partial": "partial",
        "ent_type": "correct" if same_label else "incorrect",
    }


def _metrics(counts: Mapping[str, int], scheme: str) -> dict[str, Any]:
    """Add POS, ACT, precision, recall and F1 to the counts, as nervaluate defines them."""
    cor, inc, par, mis, spu = (int(counts.get(c, 0)) for c in _CATEGORIES)
    possible = cor + inc + par + mis
    actual = cor + inc + par + spu
    credit = cor + 0.5 * par if scheme == "partial" else cor
    precision, recall = _ratio(credit, actual), _ratio(credit, possible)
    return {
        "correct": cor, "incorrect": inc, "partial": par, "missed": mis, "spurious": spu,
        "possible": possible, "actual": actual,
        "precision": precision, "recall": recall, "f1": _f1(precision, recall),
    }


def _score(gold: list[list[_Span]], pred: list[list[_Span]]) -> dict[str, dict[str, Any]]:
    counts = {scheme: Counter() for scheme in SCHEMES}
    for g_spans, p_spans in zip(gold, pred):
        pairs, missed, spurious = _match(g_spans, p_spans)
        for gi, pi in pairs:
            for scheme, category in _outcomes(g_spans[gi], p_spans[pi]).items():
                counts[scheme][category] += 1
        for scheme in SCHEMES:
            counts[scheme]["missed"] += len(missed)
            counts[scheme]["spurious"] += len(spurious)
    return {scheme: _metrics(counts[scheme], scheme) for scheme in SCHEMES}


def score_entities(
    gold: Sequence[PassageSpans],
    pred: Sequence[PassageSpans],
    labels: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Score predicted entity spans against gold under the strict, exact, partial and ent_type schemes.

    ``labels`` limits scoring to those labels (others are dropped from both sides, like
    nervaluate's ``tags``); by default every label seen on either side is scored. Per-label
    results restrict gold and pred to that label, so a right span with a wrong label is a miss
    for the gold label and a spurious span for the predicted one.
    """
    g, p = _read(gold, pred)
    wanted = list(labels) if labels is not None else _labels_of(g, p)
    g, p = _restrict(g, set(wanted)), _restrict(p, set(wanted))
    return {
        "n_passages": len(g),
        "labels": wanted,
        "overall": _score(g, p),
        "per_label": {label: _score(_restrict(g, {label}), _restrict(p, {label})) for label in wanted},
    }


def _count_rows(counter: Counter, keys: tuple[str, str], top: int | None) -> list[dict[str, Any]]:
    """Counter of pairs -> list of dicts, most frequent first, ties in alphabetical order."""
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{keys[0]: a, keys[1]: b, "count": n} for (a, b), n in ranked[:top]]


def entity_confusion(
    gold: Sequence[PassageSpans],
    pred: Sequence[PassageSpans],
    labels: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Label confusion of entities: matched (overlapping) pairs count as (gold, pred) labels.

    Unmatched gold spans count as ``(label, "O")`` (missed) and unmatched predictions as
    ``("O", label)`` (spurious). Pairing is the one used by :func:`score_entities`.
    ``matrix[gold_label][pred_label]`` holds every cell; ``pairs`` lists the non-zero ones.
    """
    g, p = _read(gold, pred)
    wanted = list(labels) if labels is not None else _labels_of(g, p)
    g, p = _restrict(g, set(wanted)), _restrict(p, set(wanted))
    cells: Counter = Counter()
    for g_spans, p_spans in zip(g, p):
        pairs, missed, spurious = _match(g_spans, p_spans)
        cells.update((g_spans[gi].label, p_spans[pi].label) for gi, pi in pairs)
        cells.update((g_spans[gi].label, OUTSIDE) for gi in missed)
        cells.update((OUTSIDE, p_spans[pi].label) for pi in spurious)
    axis = wanted + [OUTSIDE]
    return {
        "labels": axis,
        "matrix": {a: {b: cells[(a, b)] for b in axis} for a in axis},
        "pairs": _count_rows(cells, ("gold", "pred"), None),
    }


def entity_errors(
    gold: Sequence[PassageSpans],
    pred: Sequence[PassageSpans],
    texts: Sequence[str],
    mode: Literal["strict", "unmatched"] = "strict",
    top: int | None = 20,
) -> dict[str, Any]:
    """Most frequent missed and falsely predicted entities as (text, label) with counts.

    ``mode="strict"``: a miss is a gold span with no identical prediction (boundaries and label)
    and a false alarm a prediction with no identical gold span; this is what the strict scheme
    penalises. ``mode="unmatched"``: only spans that overlap nothing on the other side (the
    MIS and SPU counts of :func:`score_entities`). ``top=None`` lists all.
    """
    if mode not in ("strict", "unmatched"):
        raise ValueError(f"mode must be 'strict' or 'unmatched', not {mode!r}.")
    g, p = _read(gold, pred)
    if len(texts) != len(g):
        raise ValueError(f"got {len(texts)} texts for {len(g)} passages; give one text per passage.")
    misses: Counter = Counter()
    alarms: Counter = Counter()
    for i, (g_spans, p_spans, text) in enumerate(zip(g, p, texts)):
        too_long = next((s for s in g_spans + p_spans if s.end > len(text)), None)
        if too_long is not None:
            raise ValueError(f"passage {i}: span {too_long.start}-{too_long.end} ends beyond its text ({len(text)} characters).")
        if mode == "strict":
            g_count, p_count = Counter(g_spans), Counter(p_spans)
            lost, extra = list((g_count - p_count).elements()), list((p_count - g_count).elements())
        else:
            _, missed, spurious = _match(g_spans, p_spans)
            lost, extra = [g_spans[k] for k in missed], [p_spans[k] for k in spurious]
        misses.update((text[s.start:s.end], s.label) for s in lost)
        alarms.update((text[s.start:s.end], s.label) for s in extra)
    return {
        "mode": mode,
        "misses": _count_rows(misses, ("text", "label"), top),
        "false_alarms": _count_rows(alarms, ("text", "label"), top),
    }


def _label_sets(rows: Sequence[Iterable[str]], known: set[str], side: str) -> list[set[str]]:
    """Read one label collection per passage; unknown labels are an error, not silently dropped."""
    sets = []
    for i, row in enumerate(rows):
        if isinstance(row, str):
            raise TypeError(f"{side} passage {i}: expected a collection of labels, got the string {row!r}.")
        labels = set(row)
        unknown = sorted(labels - known)
        if unknown:
            raise ValueError(f"{side} passage {i}: unknown topic label(s) {unknown}; add them to `labels` or fix the data.")
        sets.append(labels)
    return sets


def _macro(per_label: Mapping[str, Mapping[str, Any]], names: Sequence[str]) -> dict[str, Any]:
    n = len(names)
    mean = lambda key: _ratio(sum(per_label[name][key] for name in names), n)
    return {"precision": mean("precision"), "recall": mean("recall"), "f1": mean("f1"), "n_labels": n}


def score_topics(
    gold: Sequence[Iterable[str]],
    pred: Sequence[Iterable[str]],
    labels: Sequence[str],
    top_confusions: int | None = 10,
) -> dict[str, Any]:
    """Score multi-label topic predictions: one gold and one predicted label collection per passage.

    Reports per-label P/R/F1 with TP, FP, FN and support (gold count), micro averages, macro
    averages over labels present in gold (``macro``) and over all labels (``macro_all_labels``),
    subset accuracy (exact label-set match), and the most confused pairs: gold label ``a``
    missed while label ``b`` was spuriously predicted in the same passage.
    """
    names = list(labels)
    if len(set(names)) != len(names):
        raise ValueError(f"labels contain duplicates: {names}.")
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} passages but pred has {len(pred)}; give one label set per passage on both sides.")
    known = set(names)
    gold_sets, pred_sets = _label_sets(gold, known, "gold"), _label_sets(pred, known, "pred")
    tp, fp, fn = Counter(), Counter(), Counter()
    confused: Counter = Counter()
    exact = 0
    for g, p in zip(gold_sets, pred_sets):
        tp.update(g & p)
        fp.update(p - g)
        fn.update(g - p)
        confused.update((a, b) for a in g - p for b in p - g)
        exact += g == p
    per_label = {}
    for name in names:
        precision, recall = _ratio(tp[name], tp[name] + fp[name]), _ratio(tp[name], tp[name] + fn[name])
        per_label[name] = {
            "precision": precision, "recall": recall, "f1": _f1(precision, recall),
            "support": tp[name] + fn[name], "tp": tp[name], "fp": fp[name], "fn": fn[name],
        }
    all_tp, all_fp, all_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro_p, micro_r = _ratio(all_tp, all_tp + all_fp), _ratio(all_tp, all_tp + all_fn)
    return {
        "n_passages": len(gold_sets),
        "labels": names,
        "per_label": per_label,
        "micro": {"precision": micro_p, "recall": micro_r, "f1": _f1(micro_p, micro_r),
                  "tp": all_tp, "fp": all_fp, "fn": all_fn},
        "macro": _macro(per_label, [n for n in names if per_label[n]["support"] > 0]),
        "macro_all_labels": _macro(per_label, names),
        "subset_accuracy": _ratio(exact, len(gold_sets)),
        "confused_pairs": _count_rows(confused, ("gold", "pred"), top_confusions),
    }
