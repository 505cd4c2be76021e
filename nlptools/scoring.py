"""Scorers for evaluation: entities (nervaluate / SemEval-2013 task 9.1 schemes) and multi-label topics.

Every public function returns plain dicts of str, int, float and lists, so a report can be
written with ``json.dump``. Ratios with a zero denominator are 0.0, never an error.

Entity inputs are one list of spans per passage, for gold and for predictions alike. A span is
a ``(start, end, label)`` tuple or a mapping with those keys (the annotation file format);
offsets are characters, end exclusive, so two spans overlap when they share a character.
Entities are scored by nervaluate (pinned in ``pyproject.toml``), which reads ``end`` as the
last character: the adapter here converts the offsets and shapes its counts for the reports.
(nervaluate counts an overlap when it covers at least 1 % of the gold span: any shared character
for spans under 100 characters, as entity spans are.)
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Union

from nervaluate import Evaluator
from nervaluate.entities import EvaluationResult

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

    def overlaps(self, other: _Span) -> bool:
        """Whether the spans share a character (merely touching spans do not)."""
        return max(self.start, other.start) < min(self.end, other.end)


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


def _labels_of(*sides: list[list[_Span]]) -> list[str]:
    return sorted({s.label for side in sides for spans in side for s in spans})


def _as_nervaluate(passages: list[list[_Span]]) -> list[list[dict[str, Any]]]:
    """Spans as nervaluate reads them: dicts with an inclusive ``end`` (the last character)."""
    return [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in spans] for spans in passages]


def _evaluate(gold: list[list[_Span]], pred: list[list[_Span]], labels: Sequence[str]) -> dict[str, Any]:
    """nervaluate's results (``overall``, ``entities``, ``overall_indices``); indices point into ``gold``/``pred``."""
    evaluator = Evaluator(_as_nervaluate(gold), _as_nervaluate(pred), tags=list(labels), loader="dict")
    return evaluator.evaluate()


def _metrics(result: Any) -> dict[str, Any]:
    """One nervaluate result as the report's row: counts, POS, ACT, precision, recall and F1."""
    row: dict[str, Any] = {c: int(getattr(result, c)) for c in _CATEGORIES}
    row.update(possible=int(result.possible), actual=int(result.actual), precision=float(result.precision),
               recall=float(result.recall), f1=float(result.f1))
    return row


def _empty_scores() -> dict[str, dict[str, Any]]:
    return {scheme: _metrics(EvaluationResult()) for scheme in SCHEMES}


def _prepared(gold: Sequence[PassageSpans], pred: Sequence[PassageSpans],
              labels: Sequence[str] | None) -> tuple[list[list[_Span]], list[list[_Span]], list[str]]:
    """Parsed spans of the scored labels and those labels (all seen ones by default).

    Order matters: nervaluate pairs each prediction, in list order, with the first free gold span
    it fits. Gold spans are in text order; predictions identical to a gold span come first, then
    those with a gold span's boundaries, then the others, each in text order, so an exact
    prediction wins its gold span over an overlapping one.
    """
    g, p = _read(gold, pred)
    wanted = list(labels) if labels is not None else _labels_of(g, p)
    text_order = lambda s: (s.start, s.end, s.label)
    gold_out, pred_out = [], []
    for g_spans, p_spans in zip(g, p):
        g_spans = sorted((s for s in g_spans if s.label in wanted), key=text_order)
        same, bounds = set(g_spans), {(s.start, s.end) for s in g_spans}
        rank = lambda s: (s not in same, (s.start, s.end) not in bounds, *text_order(s))
        gold_out.append(g_spans)
        pred_out.append(sorted((s for s in p_spans if s.label in wanted), key=rank))
    return gold_out, pred_out, wanted


def _unmatched(results: dict[str, Any]) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """``(passage, index)`` of the missed gold spans and the spurious predictions (ent_type scheme)."""
    indices = results["overall_indices"].get("ent_type")
    if indices is None:
        return set(), set()
    return set(indices.missed_indices), set(indices.spurious_indices)


def score_entities(
    gold: Sequence[PassageSpans],
    pred: Sequence[PassageSpans],
    labels: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Score predicted entity spans against gold with nervaluate (strict, exact, partial, ent_type).

    ``labels`` limits scoring to those labels (others are dropped from both sides, nervaluate's
    ``tags``); by default every label seen on either side is scored. Per-label results restrict
    gold and pred to that label, so a right span with a wrong label is a miss for the gold label
    and a spurious span for the predicted one. Every label asked for has a row, zeros when unseen.
    """
    g, p, wanted = _prepared(gold, pred, labels)
    results = _evaluate(g, p, wanted)

    def rows(by_scheme: Mapping[str, Any] | None) -> dict[str, dict[str, Any]]:
        return {s: _metrics(by_scheme[s]) for s in SCHEMES} if by_scheme else _empty_scores()

    return {
        "n_passages": len(g),
        "labels": wanted,
        "overall": rows(results["overall"]),
        "per_label": {label: rows(results["entities"].get(label)) for label in wanted},
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
    ``("O", label)`` (spurious), as nervaluate's ent_type scheme finds them.
    ``matrix[gold_label][pred_label]`` holds every cell; ``pairs`` lists the non-zero ones.
    """
    g, p, wanted = _prepared(gold, pred, labels)
    missed, spurious = _unmatched(_evaluate(g, p, wanted))
    cells: Counter = Counter()
    for i, (g_spans, p_spans) in enumerate(zip(g, p)):
        paired = [k for k in range(len(g_spans)) if (i, k) not in missed]
        for k, span in enumerate(p_spans):
            if (i, k) in spurious:
                cells[(OUTSIDE, span.label)] += 1
                continue
            # The gold span nervaluate paired it with (ent_type): of the still free ones it overlaps,
            # the same-label one with the closest boundaries, else the first.
            fits = [j for j in paired if g_spans[j].overlaps(span)]
            same = [j for j in fits if g_spans[j].label == span.label]
            j = min(same, key=lambda j: abs(g_spans[j].start - span.start) + abs(g_spans[j].end - span.end)) \
                if same else fits[0]
            paired.remove(j)
            cells[(g_spans[j].label, span.label)] += 1
        cells.update((g_spans[k].label, OUTSIDE) for k in range(len(g_spans)) if (i, k) in missed)
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
    g, p, _ = _prepared(gold, pred, None)
    if len(texts) != len(g):
        raise ValueError(f"got {len(texts)} texts for {len(g)} passages; give one text per passage.")
    missed, spurious = _unmatched(_evaluate(g, p, _labels_of(g, p))) if mode == "unmatched" else (set(), set())
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
            lost = [s for k, s in enumerate(g_spans) if (i, k) in missed]
            extra = [s for k, s in enumerate(p_spans) if (i, k) in spurious]
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
