"""The ``nlptools`` command line: a thin typer layer over library functions.

Command modules import spaCy and scikit-learn only inside their functions, so
``nlptools --help`` answers at once.
"""
from __future__ import annotations

import typer

from . import annotate as _annotate
from . import convert as _convert
from . import enrich as _enrich
from . import evaluate as _evaluate
from . import explore as _explore
from . import export as _export
from . import segment as _segment
from . import text as _text
from . import train as _train
from ._common import UsageCommand

app = typer.Typer(
    name="nlptools",
    help=(
        "Turn saved pages of the Russian Embassy in the UK's website into clean JSONL records: "
        "articles, passages, entities (PERSON, ORG, TREATY) and topics.\n\n"
        "Example: nlptools enrich seeds/ -o out.jsonl"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
app.command("segment", cls=UsageCommand)(_segment.segment_cli)
app.command("enrich", cls=UsageCommand)(_enrich.enrich_cli)
app.command("train", cls=UsageCommand)(_train.train_cli)
app.command("evaluate", cls=UsageCommand)(_evaluate.evaluate_cli)
app.command("annotate", cls=UsageCommand)(_annotate.annotate_cli)
app.command("convert", cls=UsageCommand)(_convert.convert_cli)
app.command("explore", cls=UsageCommand)(_explore.explore_cli)
app.command("export", cls=UsageCommand)(_export.export_cli)
app.command("text", cls=UsageCommand)(_text.text_cli)


def main() -> None:
    app()
