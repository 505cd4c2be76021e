"""The README's Python example of "Exploring a corpus" runs as written, on the fixture corpus as out.jsonl."""
from __future__ import annotations

import contextlib
import io
import re

from .conftest import ROOT
from .corpus_fixture import passage_records, write_jsonl


def _example() -> str:
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Exploring a corpus", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_corpus_example_runs(tmp_path, monkeypatch):
    write_jsonl(passage_records(), tmp_path / "out.jsonl")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    scope: dict = {}
    with contextlib.redirect_stdout(out):
        exec(compile(_example(), "README.md", "exec"), scope)
    printed = out.getvalue()
    assert "Lavrov on New START" in printed and "Andrei Kelin" in printed and "sanctions" in printed
    assert len(scope["found"].kwic) == 11                     # sanction* 9, New START 2
    assert scope["people"]["canonical"].tolist() == ["Andrei Kelin", "Sergey Lavrov"]
    assert scope["per_month"][("2021-04", "NATO")] == 1
