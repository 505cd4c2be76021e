"""The enrich pipeline: documents → segmented pages → entities and topics → records, streamed.

Load once with :func:`nlptools.load`, then call :meth:`Enricher.enrich` on texts, files or
folders; records come out lazily, a chunk of documents at a time, so memory stays
flat however large the corpus.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .. import config
from ..io.formats import article_record, passage_record
from ..io.reading import Skipped, iter_documents
from ..segmentation.segmenter import segment_document
from ..types import Document, Entity, Page, Topic
from .cache import PassageCache, text_key


@dataclass
class RunStats:
    """Counts for the closing summary of a run."""

    documents: int = 0
    articles: int = 0
    passages: int = 0
    words: int = 0
    entities: Counter = field(default_factory=Counter)
    topics: Counter = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    decoded: list[tuple[str, str]] = field(default_factory=list)
    #: What the user should know but is no error (a file reached twice, an id made unique...).
    notes: list[str] = field(default_factory=list)
    #: Sources of documents that yielded no passage (only page furniture, say).
    empty: list[str] = field(default_factory=list)
    #: "passage" or "article": what ``entities`` and ``topics`` count (per record written).
    level: str = "passage"
    seconds: float = 0.0

    def add_page(self, page: Page) -> None:
        self.documents += 1
        self.articles += len(page.articles)
        if not page.articles or not any(a.passages for a in page.articles):
            self.empty.append(page.source)
        for _, p in page.passages():
            self.passages += 1
            self.words += len(p.text.split())

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "articles": self.articles, "passages": self.passages,
                "words": self.words, "entities": dict(sorted(self.entities.items())),
                "topics": dict(sorted(self.topics.items())), "skipped": len(self.skipped), "level": self.level,
                "empty": len(self.empty)}

    def add(self, counts: dict) -> None:
        """Add the counts of a worker's :meth:`counts`."""
        self.documents += counts["documents"]
        self.articles += counts["articles"]
        self.passages += counts["passages"]
        self.words += counts["words"]
        self.entities.update(counts["entities"])
        self.topics.update(counts["topics"])
        self.decoded.extend(counts["decoded"])
        self.empty.extend(counts.get("empty", []))

    def counts(self) -> dict:
        """The counts a worker sends back to be added with :meth:`add`."""
        return {"documents": self.documents, "articles": self.articles, "passages": self.passages,
                "words": self.words, "entities": self.entities, "topics": self.topics, "decoded": self.decoded,
                "empty": self.empty}


def _aggregate_topics(per_passage: Sequence[Sequence[Topic]]) -> list[Topic]:
    """Article topics: the union of its passages' topics, each with its highest passage score."""
    best: dict[str, float] = {}
    for topics in per_passage:
        for t in topics:
            best[t.label] = max(best.get(t.label, 0.0), t.score)
    return sorted((Topic(k, v) for k, v in best.items()), key=lambda t: (-t.score, t.label))


class Enricher:
    """Segmenter + entity extractor + topic classifier, loaded once."""

    def __init__(self, entities=None, topics=None, *, batch_size: int = config.BATCH_SIZE,
                 max_passage_chars: int = config.MAX_PASSAGE_CHARS, model_dir: str | None = None,
                 cache: bool = True, cache_size: int = config.PASSAGE_CACHE_SIZE,
                 warm_passages: int = config.WARM_PASSAGES):
        self.entities = entities
        self.topics = topics
        self.batch_size = batch_size
        self.max_passage_chars = max_passage_chars
        self.model_dir = model_dir
        #: Passages still to run outside spaCy's memory zone (see :meth:`_raw_entities`).
        self._warm_passages = warm_passages
        #: Entities and topic scores per distinct passage text (``cache=False`` or size 0: none).
        self.cache = PassageCache(cache_size) if cache and cache_size > 0 else None

    @classmethod
    def load(cls, model_dir: str | os.PathLike | None = None, *, entities: bool = True, topics: bool = True,
             **kwargs) -> "Enricher":
        """Load the models of ``model_dir`` (default: the shipped ``models/``).

        ``cache=False`` computes every passage afresh, even one seen before in the run (the
        output is the same; see :mod:`nlptools.pipeline.cache`)."""
        from ..entities.extractor import EntityExtractor
        from ..topics.arrays import load_array_model

        model_dir = str(model_dir or config.default_model_dir())
        ent = EntityExtractor.load(model_dir) if entities else None
        top = load_array_model(Path(model_dir) / config.TOPIC_MODEL_SUBDIR)[0] if topics else None
        return cls(ent, top, model_dir=model_dir, **kwargs)

    # -- core -----------------------------------------------------------------------------------
    def _process_chunk(self, pages: list[Page], level: str, stats: RunStats | None,
                       cache: bool = True) -> Iterator[dict]:
        """Run NER over all passages (titles included) of a chunk of pages, resolve canonical names
        per page, then classify topics (with each passage's canonical entities) and emit records.
        With the passage cache, NER and topics run only on texts the run has not seen yet."""
        cache_ = self.cache if cache else None
        texts = [p.text for page in pages for _, p in page.passages()]
        raw = self._raw_entities(texts) if cache_ is None else cache_.through(
            cache_.entities, [text_key(t) for t in texts], texts, self._raw_entities)
        ents: list[list[Entity]] = []
        pos = 0
        for page in pages:
            n = sum(len(a.passages) for a in page.articles)
            page_raw = raw[pos:pos + n]
            ents += self.entities.canonicalizer.resolve(page_raw) if self.entities is not None \
                else [[] for _ in page_raw]
            pos += n
        items = [{"text": p.text, "title": article.title or "",
                  "entities": [f"{e.label}:{e.canonical}" for e in es]}
                 for (article, p), es in zip((ap for page in pages for ap in page.passages()), ents)]
        topic_lists = self._topics(items, cache_)
        pos = 0
        for page in pages:
            n = sum(len(a.passages) for a in page.articles)
            if stats is not None:
                stats.add_page(page)
            yield from self._records(page, level, ents[pos:pos + n], topic_lists[pos:pos + n], stats)
            pos += n

    def _topics(self, items: list[dict], cache: PassageCache | None) -> list[list[Topic]]:
        if self.topics is None or not items:
            return [[] for _ in items]
        if cache is None:
            return self.topics.predict_topics(items)
        keys = [text_key(it["text"], it["title"], *it["entities"]) for it in items]
        return cache.through(cache.topics, keys, items, self.topics.predict_topics)

    def _raw_entities(self, texts: list[str]) -> list[list[tuple]]:
        """Raw entities of a chunk; after the run's first ``warm_passages`` passages, in ``nlp.memory_zone()``.

        In a memory zone spaCy frees the strings and lexemes it made and caches no tokenisation,
        so every chunk would re-tokenise "the" and "Russia" from scratch. The chunks holding the
        run's first ``warm_passages`` passages (those the cache let through) run outside the zone:
        their words stay in the vocabulary and the tokenizer cache (memory grows once, by those
        passages' words), and later chunks pay only for words those passages did not have.
        """
        if self.entities is None:
            return [[] for _ in texts]
        zone = getattr(self.entities.nlp, "memory_zone", None)
        if zone is None or self._warm_passages > 0:
            self._warm_passages -= len(texts)
            return list(self.entities.raw(texts, self.batch_size))
        with zone():
            return list(self.entities.raw(texts, self.batch_size))

    def _records(self, page: Page, level: str, ents, tops, stats) -> Iterator[dict]:
        i = 0
        for article in page.articles:
            n = len(article.passages)
            p_ents, p_tops = ents[i:i + n], tops[i:i + n]
            i += n
            if level == "passage":
                for p, es, ts in zip(article.passages, p_ents, p_tops):
                    if stats is not None:
                        stats.entities.update(e.label for e in es)
                        stats.topics.update(t.label for t in ts)
                    yield passage_record(page, article, p, es, ts)
                continue
            merged: list[Entity] = []
            for p, es in zip(article.passages, p_ents):
                shift = p.start - article.start
                merged += [Entity(e.start + shift, e.end + shift, e.label, e.text, e.canonical) for e in es]
            topics = _aggregate_topics(p_tops)
            if stats is not None:
                stats.level = "article"
                stats.entities.update(e.label for e in merged)
                stats.topics.update(t.label for t in topics)
            yield article_record(page, article, merged, topics)

    # -- public ---------------------------------------------------------------------------------
    def enrich_documents(self, docs: Iterable[Document], level: str = "passage",
                         stats: RunStats | None = None, cache: bool = True) -> Iterator[dict]:
        """Records for documents, lazily; documents are processed in chunks of about ``batch_size`` passages.

        ``cache=False`` leaves the passage cache aside for this call (same output, every passage computed)."""
        if level not in ("passage", "article"):
            raise ValueError(f"level must be 'passage' or 'article', not {level!r}")
        chunk: list[Page] = []
        size = 0
        for doc in docs:
            if stats is not None and doc.encoding not in ("utf-8", "utf-8-sig"):
                stats.decoded.append((doc.source, doc.encoding))
            page = segment_document(doc, max_passage_chars=self.max_passage_chars)
            chunk.append(page)
            size += sum(len(a.passages) for a in page.articles)
            if size >= self.batch_size * config.CHUNK_BATCHES:
                yield from self._process_chunk(chunk, level, stats, cache)
                chunk, size = [], 0
        if chunk:
            yield from self._process_chunk(chunk, level, stats, cache)

    def enrich_texts(self, texts: Iterable[str], level: str = "passage", stats: RunStats | None = None,
                     ids: Iterable[str] | None = None, cache: bool = True) -> Iterator[dict]:
        """Records for raw texts (ids ``text-0``, ``text-1``… unless given)."""
        ids = iter(ids) if ids is not None else None
        docs = (Document(id=next(ids) if ids else f"text-{i}", source=f"<text-{i}>", text=t)
                for i, t in enumerate(texts))
        return self.enrich_documents(docs, level, stats, cache)

    def enrich_paths(self, paths: Iterable[str | os.PathLike], level: str = "passage",
                     stats: RunStats | None = None, on_error: str = "skip",
                     skip_docs: set[str] | frozenset = frozenset(), max_file_size_mb: float | None = None,
                     cache: bool = True) -> Iterator[dict]:
        """Records for folders, text and HTML files and JSONL files; bad inputs go to ``stats.skipped``.

        Documents whose id is in ``skip_docs`` (already done, when resuming) are passed over.
        """
        stats = stats if stats is not None else RunStats()
        docs = iter_documents(paths, skipped=stats.skipped, on_error=on_error, notes=stats.notes,
                              max_file_size_mb=max_file_size_mb)
        return self.enrich_documents((d for d in docs if d.id not in skip_docs), level, stats, cache)

    def enrich(self, inputs, level: str = "passage", stats: RunStats | None = None,
               cache: bool = True) -> Iterator[dict]:
        """Records for a path, a list of paths, a text or a list of texts (strings that are not paths)."""
        if isinstance(inputs, (str, os.PathLike)):
            inputs = [inputs]
        inputs = list(inputs)
        if inputs and all(isinstance(x, os.PathLike) or (isinstance(x, str) and "\n" not in x and os.path.exists(x))
                          for x in inputs):
            return self.enrich_paths(inputs, level, stats, cache=cache)
        return self.enrich_texts(inputs, level, stats, cache=cache)


_WORKER: Enricher | None = None


def _init_worker(model_dir: str | None, batch_size: int, cache: bool = True) -> None:
    """Load the models once per worker; interruptions are the parent's to handle."""
    import signal

    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = Enricher.load(model_dir, batch_size=batch_size, cache=cache)


def _work(docs: list[Document], level: str) -> tuple[list[dict], dict]:
    assert _WORKER is not None
    stats = RunStats()
    records = list(_WORKER.enrich_documents(docs, level, stats))
    return records, stats.counts()


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def enrich_parallel(paths: Iterable[str | os.PathLike], model_dir: str | None = None, level: str = "passage",
                    n_process: int = 2, batch_size: int = config.BATCH_SIZE, stats: RunStats | None = None,
                    on_error: str = "skip", docs_per_task: int = 8,
                    skip_docs: set[str] | frozenset = frozenset(), cache: bool = True) -> Iterator[dict]:
    """Like :meth:`Enricher.enrich_paths` on ``n_process`` worker processes; output order is kept.

    Each worker loads the models once (and keeps its own passage cache); at most ``2 × n_process`` tasks are in flight, so
    memory stays flat.
    """
    stats = stats if stats is not None else RunStats()
    docs = (d for d in iter_documents(paths, skipped=stats.skipped, on_error=on_error, notes=stats.notes)
            if d.id not in skip_docs)
    return enrich_parallel_documents(docs, model_dir, level, n_process, batch_size, stats, docs_per_task, cache)


def enrich_parallel_documents(docs: Iterable[Document], model_dir: str | None = None, level: str = "passage",
                              n_process: int = 2, batch_size: int = config.BATCH_SIZE,
                              stats: RunStats | None = None, docs_per_task: int = 8,
                              cache: bool = True) -> Iterator[dict]:
    """Records for documents on ``n_process`` worker processes, in input order."""
    import multiprocessing as mp
    from collections import deque

    stats = stats if stats is not None else RunStats()
    ctx = mp.get_context("spawn")
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(model_dir, batch_size, cache)) as pool:
        pending: deque = deque()
        for chunk in _chunks(docs, docs_per_task):
            pending.append(pool.apply_async(_work, (chunk, level)))
            while len(pending) >= 2 * n_process:
                yield from _collect(pending.popleft().get(), stats)
        while pending:
            yield from _collect(pending.popleft().get(), stats)


def _collect(result: tuple[list[dict], dict], stats: RunStats) -> list[dict]:
    records, counts = result
    stats.add(counts)
    return records


def annotation_tasks(records: Iterable[dict]) -> Iterator[dict]:
    """Passage records → records of the annotation format, with the models' output as suggestions."""
    for rec in records:
        yield {
            "text": rec["text"],
            "spans": [{"start": e["start"], "end": e["end"], "label": e["label"]} for e in rec["entities"]],
            "topics": [t["label"] for t in rec["topics"]],
            "meta": {"source": rec["source"], "passage_id": rec["id"], "article_title": rec["article"]["title"],
                     "part": rec["part"],
                     "speaker": rec["speaker"], "suggested": True,
                     "topic_scores": {t["label"]: t["score"] for t in rec["topics"]}},
        }
