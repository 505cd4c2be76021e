"""Data classes shared by every stage: documents in, pages with articles and passages out."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One input text: a page read from a file, or one record of a JSONL file."""

    id: str
    source: str
    text: str
    encoding: str = "utf-8"
    meta: dict[str, Any] = field(default_factory=dict)
    #: "text", or "html" when ``text`` was made from an HTML page (offsets refer to ``text``).
    format: str = "text"


@dataclass
class Passage:
    """An article's title (``part`` "title", index 0) or a paragraph, an interview turn or a
    piece of a long paragraph of its body (``part`` "body", index 1 on)."""

    index: int
    start: int
    end: int
    text: str
    speaker: str | None = None
    part: str = "body"
    key: str = ""


@dataclass
class Article:
    """The page's main article (kind ``main``) or an item of a news list (kind ``listing``)."""

    index: int
    kind: str
    title: str | None
    date: str | None
    start: int
    end: int
    title_start: int | None = None
    title_end: int | None = None
    passages: list[Passage] = field(default_factory=list)
    key: str = ""

    @property
    def body(self) -> list[Passage]:
        """The body's passages, without the title passage."""
        return [p for p in self.passages if p.part == "body"]


@dataclass
class Page:
    """A segmented document: its snapshot date and its articles."""

    doc_id: str
    source: str
    text: str
    page_date: str | None
    articles: list[Article] = field(default_factory=list)
    source_format: str = "text"

    def passages(self):
        """Yield ``(article, passage)`` pairs in reading order, titles included."""
        for article in self.articles:
            for passage in article.passages:
                yield article, passage

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("text")
        return d


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    text: str
    canonical: str


@dataclass(frozen=True)
class Topic:
    label: str
    score: float


#: Entity spans of one passage as ``(start, end, label)``, the form the scorers compare.
Spans = list[tuple[int, int, str]]
