"""Writing evaluation reports: ``report.json`` (every figure), ``report.md`` (tables) and PNG plots."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import config

SCHEMES = ("strict", "exact", "partial", "ent_type")


def _f(x: float) -> str:
    return f"{x:.3f}"


def _entity_tables(ent: dict[str, Any]) -> list[str]:
    systems = list(ent)
    lines = ["## Entities", "",
             "Strict scheme (exact span and label), per label: precision / recall / F1, with correct (COR), "
             "gold (POS) and predicted (ACT) counts.", ""]
    head = "| label | " + " | ".join(f"{s} P | {s} R | {s} F1" for s in systems) + " | POS | " + \
           " | ".join(f"{s} COR/ACT" for s in systems) + " |"
    lines += [head, "|" + "---|" * (2 + 4 * len(systems)) ]
    for label in list(config.ENTITY_LABELS) + ["overall"]:
        cells = []
        counts = []
        pos = None
        for s in systems:
            sc = ent[s]["scores"]
            m = sc["overall"]["strict"] if label == "overall" else sc["per_label"][label]["strict"]
            cells.append(f"{_f(m['precision'])} | {_f(m['recall'])} | **{_f(m['f1'])}**")
            counts.append(f"{m['correct']}/{m['actual']}")
            pos = m["possible"]
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {pos} | " + " | ".join(counts) + " |")
    lines += ["", "All four schemes (nervaluate / SemEval-2013), overall F1:", "",
              "| system | " + " | ".join(SCHEMES) + " |", "|---|" + "---|" * len(SCHEMES)]
    for s in systems:
        lines.append(f"| {s} | " + " | ".join(_f(ent[s]["scores"]["overall"][k]["f1"]) for k in SCHEMES) + " |")
    lines += ["", "Per label and scheme (F1):", "", "| system | label | " + " | ".join(SCHEMES) + " |",
              "|---|---|" + "---|" * len(SCHEMES)]
    for s in systems:
        for label in config.ENTITY_LABELS:
            m = ent[s]["scores"]["per_label"][label]
            lines.append(f"| {s} | {label} | " + " | ".join(_f(m[k]["f1"]) for k in SCHEMES) + " |")
    main = systems[0]
    conf = ent[main]["confusion"]
    axis = conf["labels"]
    lines += ["", f"Label confusion of `{main}` (rows: gold, columns: predicted; O = none):", "",
              "| gold \\ pred | " + " | ".join(axis) + " |", "|---|" + "---|" * len(axis)]
    for a in axis:
        lines.append(f"| {a} | " + " | ".join(str(conf["matrix"][a][b]) for b in axis) + " |")
    for kind, title in (("misses", "Most frequent misses"), ("false_alarms", "Most frequent false alarms")):
        lines += ["", f"{title} of `{main}` (strict):", "", "| text | label | count | context |", "|---|---|---|---|"]
        for row in ent[main]["errors"][kind]:
            ctx = row.get("context", "").replace("|", "\\|")
            lines.append(f"| {row['text']} | {row['label']} | {row['count']} | {ctx} |")
    return lines


def _topic_tables(top: dict[str, Any]) -> list[str]:
    systems = [k for k in top if k != "threshold_sweep"]
    lines = ["## Topics", "", "| label | support | " + " | ".join(f"{s} P | {s} R | {s} F1" for s in systems) + " |",
             "|---|---|" + "---|" * (3 * len(systems))]
    for label in config.TOPIC_LABELS:
        sup = top[systems[0]]["per_label"][label]["support"]
        cells = []
        for s in systems:
            m = top[s]["per_label"][label]
            cells.append(f"{_f(m['precision'])} | {_f(m['recall'])} | {_f(m['f1'])}")
        lines.append(f"| {label} | {sup} | " + " | ".join(cells) + " |")
    lines += ["", "| system | micro P | micro R | micro F1 | macro F1 (labels with examples) | macro F1 (all labels) "
                  "| label-set accuracy |", "|---|---|---|---|---|---|---|"]
    for s in systems:
        t = top[s]
        lines.append(f"| {s} | {_f(t['micro']['precision'])} | {_f(t['micro']['recall'])} | **{_f(t['micro']['f1'])}** "
                     f"| **{_f(t['macro']['f1'])}** | {_f(t['macro_all_labels']['f1'])} | {_f(t['subset_accuracy'])} |")
    pairs = top[systems[0]].get("confused_pairs", [])
    if pairs:
        lines += ["", f"Most confused label pairs of `{systems[0]}` (gold label missed while the other was "
                      "predicted in its place):", "", "| gold | predicted | count |", "|---|---|---|"]
        for p in pairs:
            lines.append(f"| {p['gold']} | {p['pred']} | {p['count']} |")
    return lines


def render_markdown(report: dict[str, Any]) -> str:
    prov = report.get("provenance", {})
    lines = [f"# Evaluation report: {prov.get('name', '')}", "",
             f"How it was made: **{report['how']}**.", "",
             f"Command: `{prov.get('command', '')}`", "",
             f"Data: {report['data']['entity_passages']} passages annotated for entities, "
             f"{report['data']['topic_passages']} for topics (team-written synthetic passages are never scored), "
             f"from {len(report['data']['documents'])} documents.", ""]
    if prov.get("annotation_files"):
        lines += ["Annotation files (SHA-256):", ""] + [f"- `{k}`: `{v}`" for k, v in prov["annotation_files"].items()]
        lines.append("")
    if prov.get("library_versions"):
        lines.append("Libraries: " + ", ".join(f"{k} {v}" for k, v in prov["library_versions"].items()))
        lines.append("")
    lines += _entity_tables(report["entities"]) + [""] + _topic_tables(report["topics"])
    return "\n".join(lines) + "\n"


def write_plots(report: dict[str, Any], directory: Path) -> list[str]:
    """Per-label F1 bars (entities, topics) and the topic threshold sweep, as PNG files."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written = []
    ent = report["entities"]
    fig, ax = plt.subplots(figsize=(6, 3.5))
    labels = list(config.ENTITY_LABELS)
    width = 0.8 / len(ent)
    for k, (name, sec) in enumerate(ent.items()):
        ax.bar([i + k * width for i in range(len(labels))],
               [sec["scores"]["per_label"][lab]["strict"]["f1"] for lab in labels], width, label=name)
    ax.set_xticks([i + width * (len(ent) - 1) / 2 for i in range(len(labels))], labels)
    ax.set_ylim(0, 1)
    ax.set_ylabel("strict F1")
    ax.set_title("Entities: strict F1 per label")
    ax.legend()
    fig.tight_layout()
    fig.savefig(directory / "entities_f1.png", dpi=110, metadata={"Software": None})
    plt.close(fig)
    written.append("entities_f1.png")

    top = {k: v for k, v in report["topics"].items() if k != "threshold_sweep"}
    fig, ax = plt.subplots(figsize=(8, 4.5))
    tl = list(config.TOPIC_LABELS)
    width = 0.8 / len(top)
    for k, (name, sec) in enumerate(top.items()):
        ax.barh([i + k * width for i in range(len(tl))], [sec["per_label"][lab]["f1"] for lab in tl], width, label=name)
    ax.set_yticks([i + width * (len(top) - 1) / 2 for i in range(len(tl))], tl)
    ax.set_xlim(0, 1)
    ax.invert_yaxis()
    ax.set_xlabel("F1")
    ax.set_title("Topics: F1 per label")
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(directory / "topics_f1.png", dpi=110, metadata={"Software": None})
    plt.close(fig)
    written.append("topics_f1.png")

    sweep = report["topics"].get("threshold_sweep")
    if sweep:
        fig, ax = plt.subplots(figsize=(6, 3.5))
        xs = [s["threshold"] for s in sweep]
        for key in ("precision", "recall", "f1"):
            ax.plot(xs, [s[key] for s in sweep], marker="o", ms=3, label=f"micro {key}")
        ax.set_xlabel("one score threshold for every label")
        ax.set_ylim(0, 1)
        ax.set_title("Topics: micro precision / recall / F1 by threshold")
        ax.legend()
        fig.tight_layout()
        fig.savefig(directory / "topics_thresholds.png", dpi=110, metadata={"Software": None})
        plt.close(fig)
        written.append("topics_thresholds.png")
    return written


def write_report(report: dict[str, Any], directory: str | Path, plots: bool = True) -> list[str]:
    """Write ``report.json``, ``report.md`` and the plots into ``directory``; return the file names."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                           encoding="utf-8")
    (directory / "report.md").write_text(render_markdown(report), encoding="utf-8")
    written = ["report.json", "report.md"]
    if plots:
        written += write_plots(report, directory)
    return written
