"""The layout: no import cycle between the package's modules, and the names each subpackage exports."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "nlptools"

#: Modules shared by every stage, the only ones at the top of the package; everything else is in a subpackage.
TOP_LEVEL = {"nlptools", "nlptools.__main__", "nlptools._version", "nlptools.config", "nlptools.errors",
             "nlptools.resources", "nlptools.scoring", "nlptools.types"}

#: The folders from the bottom up (README, "Where things live"): a folder imports only from lower ones and from the
#: shared top-level modules, which import no folder (the package's own ``__init__``, the API, excepted).
LAYERS = {"io": 0, "segmentation": 1, "entities": 2, "topics": 2, "pipeline": 3, "training": 3, "evaluation": 4,
          "corpus": 4, "cli": 5}

#: What each subpackage's ``__init__`` exports (the README's Python API and "Where things live").
EXPORTS = {
    "nlptools": ["__version__", "segment", "read", "load"],
    "nlptools.io": [],
    "nlptools.segmentation": ["segment", "segment_document", "segment_records", "article_key", "passage_key"],
    "nlptools.entities": ["EntityExtractor", "extract_entities", "load_pipeline", "load_pretrained", "build_pipeline",
                          "pipeline_spans", "read_patterns", "Canonicalizer", "mixed_case"],
    "nlptools.topics": ["TopicClassifier", "KeywordTopicBaseline", "MajorityTopicBaseline"],
    "nlptools.pipeline": ["Enricher", "RunStats", "enrich_parallel", "annotation_tasks", "enrich_to_file"],
    "nlptools.training": ["EntityTrainConfig", "TrainResult", "train_entities", "train_topics", "topic_inputs",
                          "learnt_patterns", "train_from_files"],
    "nlptools.corpus": ["Corpus", "read", "TABLE_COLUMNS", "entity_counts", "entity_timelines", "topic_share",
                        "co_mentions", "speakers", "speaker_mentions", "speaker_topics", "entities_by_topic",
                        "overview", "find_terms", "compile_term", "ReportOptions", "write_report", "export_tables",
                        "explore", "export"],
    "nlptools.evaluation": ["evaluate", "predict_with_models", "cross_validate", "build_report", "write_report"],
}


def module_names(package_dir: Path) -> dict[str, Path]:
    """Every module of the package under ``package_dir``, by dotted name (a package by its ``__init__``)."""
    out = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = [package_dir.name, *path.relative_to(package_dir).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _ancestors(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def import_graph(package_dir: Path) -> dict[str, set[str]]:
    """Module → the package's modules it imports, from its source.

    Every import counts, at module level or inside a function (a lazy import still runs), absolute or
    relative. Importing ``a.b.c`` also runs the ``__init__`` of ``a.b``, so an edge goes to each package
    on the way that is not already one of the importer's own packages.
    """
    modules = module_names(package_dir)
    root = package_dir.name
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        own_package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        own = {own_package, *_ancestors(own_package)}
        targets: list[str] = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                targets += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = own_package.split(".")
                    base = base[:len(base) - (node.level - 1)]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                for alias in node.names:
                    sub = f"{module}.{alias.name}"
                    targets.append(sub if sub in modules else module)
        for target in targets:
            if target != root and not target.startswith(root + "."):
                continue
            for t in [*_ancestors(target), target]:
                if t in modules and t != name and t not in own:
                    graph[name].add(t)
            if target in modules and target != name and target in own:
                graph[name].add(target)   # a package's own __init__, imported by name (``from .. import x``)
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (``[a, b, ..., a]``) per strongly connected group of modules that import each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def strongconnect(v: str) -> None:   # Tarjan's algorithm
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(group)

    for v in sorted(graph):
        if v not in index:
            strongconnect(v)

    cycles = []
    for group in groups:
        start = min(group)
        path, seen = [start], {start: 0}
        while True:   # walk inside the group until a module repeats: that stretch is a cycle
            nxt = min(w for w in graph[path[-1]] if w in group)
            if nxt in seen:
                cycles.append(path[seen[nxt]:] + [nxt])
                break
            seen[nxt] = len(path)
            path.append(nxt)
    return cycles


def test_architecture_no_import_cycle():
    cycles = find_cycles(import_graph(PACKAGE_DIR))
    assert not cycles, "import cycles:\n" + "\n".join(" → ".join(c) for c in cycles)


def test_architecture_cycle_check_finds_a_cycle(tmp_path):
    """The check sees cycles through relative, absolute and function-level imports, and through a package's
    ``__init__``."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from . import b\n")
    (pkg / "b.py").write_text("def f():\n    import pkg.c\n")
    (pkg / "c.py").write_text("from .sub.d import x\n")
    (pkg / "sub" / "__init__.py").write_text("from .d import x\n")
    (pkg / "sub" / "d.py").write_text("x = 1\n\ndef g():\n    from ..a import y\n")
    (pkg / "e.py").write_text("from .sub import d\n")
    cycles = find_cycles(import_graph(pkg))
    assert cycles == [["pkg.a", "pkg.b", "pkg.c", "pkg.sub", "pkg.sub.d", "pkg.a"]]
    (pkg / "sub" / "d.py").write_text("x = 1\n")
    assert find_cycles(import_graph(pkg)) == []


def test_architecture_folders_import_only_lower_folders():
    def layer(module: str):
        parts = module.split(".")
        return LAYERS[parts[1]] if len(parts) > 2 or parts[-1] in LAYERS else None

    wrong = []
    for src, targets in import_graph(PACKAGE_DIR).items():
        for dst in targets:
            a, b = layer(src), layer(dst)
            if b is None or a == b or src in ("nlptools", "nlptools.__main__"):
                continue
            if a is None or a < b:
                wrong.append(f"{src} → {dst}")
    assert not wrong, "imports against the layers:\n" + "\n".join(sorted(wrong))


def test_architecture_top_level_holds_only_shared_modules():
    top = {name for name in module_names(PACKAGE_DIR) if name.count(".") <= 1 and not name.endswith("__init__")}
    packages = {p.parent.name for p in PACKAGE_DIR.glob("*/__init__.py")}
    assert top - {f"nlptools.{p}" for p in packages} == TOP_LEVEL


@pytest.mark.parametrize("package", sorted(EXPORTS))
def test_architecture_subpackage_exports(package):
    module = importlib.import_module(package)
    missing = [name for name in EXPORTS[package] if not hasattr(module, name)]
    assert not missing, f"{package} does not export {missing}"
    assert sorted(getattr(module, "__all__", [])) == sorted(EXPORTS[package])


def test_architecture_readme_import_paths():
    """The paths the README documents."""
    import nlptools
    import nlptools.entities
    import nlptools.segmentation
    import nlptools.topics
    from nlptools.pipeline import Enricher

    assert callable(nlptools.load) and callable(nlptools.segment)
    assert nlptools.segmentation.segment("Title\n\nBody text of the page.").articles
    assert nlptools.entities.EntityExtractor.__module__ == "nlptools.entities.extractor"
    assert nlptools.topics.TopicClassifier.__module__ == "nlptools.topics.classifier"
    assert hasattr(Enricher, "enrich") and hasattr(Enricher, "load")
