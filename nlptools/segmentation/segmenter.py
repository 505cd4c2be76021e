"""Segmentation: a page's text → its main article and listing items → passages, with exact offsets.

The segmenter works on the page's structure, not on the wording of particular pages:
every non-blank line is classified (furniture, date line, time stamp, listing item,
text), then articles are assembled from the classified lines. Rules live in
``data/layout.json``. Offsets index the text exactly as given; passage text is the
source slice with each whitespace character replaced by a plain space.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import config
from .dates import parse_date, parse_stamp, trailing_date
from .keys import article_key, passage_key
from ..resources import layout
from ..types import Article, Document, Page, Passage

#: One white-space character other than a plain space (``\s`` in a str pattern is exactly ``str.isspace``).
_WHITE_SPACE_CHAR = re.compile(r"[^\S ]")
_STRIP = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b\u200c\u200d\u2060\ufeff"

TEXT, DATE, STAMP, LISTING, FURNITURE = "text", "date", "stamp", "listing", "furniture"


@dataclass
class Line:
    kind: str
    start: int
    end: int
    text: str
    date: str | None = None
    title_start: int | None = None
    heading: bool = False


@dataclass
class _Segment:
    start: int
    end: int
    speaker: str | None = None
    whole: bool = False


@lru_cache(maxsize=1)
def _rules():
    lay = layout()
    flags = re.IGNORECASE
    roles = sorted(lay["speaker_roles"], key=len, reverse=True)
    role = "|".join(re.escape(r) for r in roles)
    cap = r"[A-ZА-ЯЁ]"
    word = rf"{cap}[\w’'\-]*[\w]"
    initials = rf"(?:{cap}\.\s?){{1,3}}"
    name = rf"(?:{initials})?{word}(?:\s+(?:{initials})?{word}){{0,{lay['speaker_name_max_words'] - 1}}}|{initials}"
    label = (
        rf"(?P<label>(?P<role>(?:{role}))(?:\s*\([^()\n]{{1,40}}\))?|(?P<name>{name}))"
        rf"\s*\.?\s*:(?=\s|$)"
    )
    return {
        "clock": re.compile(lay["clock"], flags),
        "contact": [re.compile(p, flags) for p in lay["contact"]],
        "counter": re.compile(lay["counter"], flags),
        "pager": re.compile(lay["pager"], flags),
        "section_heading": lay["section_heading"],
        "closing": [re.compile(p, flags) for p in lay["closing"]],
        "listing": re.compile(lay["listing"]),
        "label_start": re.compile(rf"(?:\(?\d{{1,3}}[.)]\s*)?{label}"),
        "label_inside": re.compile(rf"(?<=[.!?…\"”»)\]])\s+{label}"),
        "roles": {r.lower() for r in roles},
        "role_aliases": lay["role_aliases"],
        "not_speakers": {s.lower() for s in lay["not_speakers"]},
        "stopwords": set(lay["label_stopwords"]),
        "numbered": re.compile(r"(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[•●▪\-–—*])\s+\S"),
        "marker_only": re.compile(r"\(?\d{1,3}[.)]|[•●▪*]"),
        "sentence_end": re.compile(
            r"(?<=[.!?…])[\"”»’)\]]*\s+(?=[\"“«‘(\[]?[A-ZА-ЯЁ0-9])"
        ),
        "abbrev": re.compile(
            r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Prof|No|Nos|Art|vs|etc|e\.g|i\.e|U\.S|U\.K|Jr|Sr|Inc|Ltd|Co|Vol|pp|p)|\b[A-ZА-ЯЁ])\.$"
        ),
        "heading": lay["heading"],
    }


def _is_heading(s: str) -> bool:
    h = _rules()["heading"]
    if len(s.split()) > h["max_words"] or s.endswith((".", "?", "!")):  # cheap tests first: paragraphs stop here
        return False
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= h["min_letters"] and all(c.isupper() for c in letters)


def classify_line(s: str) -> tuple[str, str | None]:
    """Kind of one stripped, non-empty line, and its ISO date where it carries one.

    Runs of whitespace (non-breaking spaces included) count as one space.
    """
    r = _rules()
    s = " ".join(s.split())
    d = parse_date(s)
    if d:
        return DATE, d
    d = parse_stamp(s)
    if d:
        return STAMP, d
    if r["clock"].fullmatch(s) or r["counter"].fullmatch(s) or r["pager"].fullmatch(s):
        return FURNITURE, None
    if any(p.fullmatch(s) for p in r["contact"]) or any(p.fullmatch(s) for p in r["closing"]):
        return FURNITURE, None
    m = r["listing"].fullmatch(s)
    if m:
        d = parse_date(m.group("date"))
        if d:
            return LISTING, d
    if _is_heading(s):
        return FURNITURE, None
    return TEXT, None


def _lines(text: str, max_title_chars: int = config.MAX_TITLE_CHARS) -> list[Line]:
    """Non-blank lines with their stripped offsets and kinds."""
    out: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        lstripped = raw.lstrip(_STRIP)
        core = lstripped.rstrip(_STRIP)
        if core:
            start = pos + len(raw) - len(lstripped)
            kind, date = classify_line(core)
            line = Line(kind, start, start + len(core), core, date)
            if kind == LISTING:
                line.title_start = start + _rules()["listing"].fullmatch(core).start("title")
            out.append(line)
        pos += len(raw)
    return _drop_section_headings(_join_wrapped(out, text), max_title_chars)


def _short_heading(s: str) -> bool:
    h = _rules()["section_heading"]
    return (len(s) <= h["max_chars"] and len(s.split()) <= h["max_words"] and s[:1].isupper()
            and not s.endswith((".", "!", "?", ":", ";", ",")))


def _between_date_and_title(line: Line) -> bool:
    """A pager or section heading, which may stand between an article's date line and its title."""
    return line.kind == FURNITURE and (line.heading or _rules()["pager"].fullmatch(line.text) is not None
                                       or _is_heading(line.text))


def _drop_section_headings(lines: list[Line], max_title_chars: int) -> list[Line]:
    """Mark as furniture the short section headings above a page's first article.

    "News" or "Press releases" above a headline (or above the items of an archive page)
    names the site's section, not the article: a short line before any article is
    furniture when a listing item follows it, or a headline (a line that does not end
    like a sentence) that has content after it.
    """
    content = [i for i, ln in enumerate(lines) if ln.kind in (TEXT, LISTING)]
    for n, i in enumerate(content):
        line = lines[i]
        if line.kind != TEXT or not _short_heading(line.text) or n + 1 >= len(content):
            break
        nxt = lines[content[n + 1]]
        headline = (nxt.kind == TEXT and len(nxt.text) <= max_title_chars and n + 2 < len(content)
                    and not nxt.text.endswith((".", "!", "?", ";", ":")))
        if nxt.kind != LISTING and not headline:
            break
        line.kind, line.heading = FURNITURE, True
    return lines


def _join_wrapped(lines: list[Line], text: str) -> list[Line]:
    """Join a bare list marker ("1.") with its point, and hard-wrapped lines of one paragraph."""
    r = _rules()
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == TEXT and line.kind == TEXT:
            adjacent = "\n\n" not in text[prev.end:line.start].replace("\r\n", "\n").replace("\r", "\n")
            marker = r["marker_only"].fullmatch(prev.text) is not None
            wrapped = adjacent and line.text[:1].islower() and not prev.text.endswith(
                (".", "!", "?", ":", ";", "…", '"', "”", "»")
            )
            if marker or wrapped:
                prev.end = line.end
                prev.text = text[prev.start:prev.end]
                continue
        out.append(line)
    return out


def _clean(text: str, start: int, end: int) -> str:
    """The source slice with every whitespace character replaced by one plain space."""
    return _WHITE_SPACE_CHAR.sub(" ", text[start:end])


def _label_speaker(m: re.Match, known: set[str], at_start: bool) -> str | None:
    """The speaker a label names, or None when the label is not a speaker turn."""
    r = _rules()
    if m.group("role"):
        role = m.group("role")
        canon = next((k for k in r["roles"] if k == role.lower()), role.lower())
        alias = {k.lower(): v for k, v in r["role_aliases"].items()}.get(canon)
        if alias:
            return alias
        return role[:1].upper() + role[1:]
    name = m.group("name")
    if name.lower() in r["not_speakers"]:
        return None
    words = name.replace(".", ". ").split()
    if any(w in r["stopwords"] for w in words):
        return None
    if name in known:
        return name
    if at_start and len(words) >= 2:
        return name
    return None


def _speaker_labels(text: str, paragraphs: list[Line]) -> set[str]:
    """Names used as turn labels at paragraph starts anywhere on the page."""
    r = _rules()
    known: set[str] = set()
    for p in paragraphs:
        m = r["label_start"].match(p.text)
        if m and m.group("name"):
            name = _label_speaker(m, set(), at_start=True)
            if name:
                known.add(name)
                known.add(name.split()[-1])
    return known


def _turns(text: str, para: Line, known: set[str]) -> list[_Segment]:
    """Split one paragraph into interview turns (with speakers); a paragraph without labels is one segment."""
    r = _rules()
    cuts: list[tuple[int, str]] = []
    m = r["label_start"].match(para.text)
    first_end = 0
    if m:
        speaker = _label_speaker(m, known, at_start=True)
        if speaker:
            cuts.append((0, speaker))
            first_end = m.end()
    for m in r["label_inside"].finditer(para.text, first_end):
        speaker = _label_speaker(m, known, at_start=bool(cuts))
        if speaker:
            cuts.append((m.start("label"), speaker))
    if not cuts:
        return [_Segment(para.start, para.end)]
    segments = []
    if cuts[0][0] > 0:
        segments.append(_Segment(para.start, para.start + cuts[0][0]))
    for (off, speaker), nxt in zip(cuts, cuts[1:] + [(len(para.text), None)]):
        segments.append(_Segment(para.start + off, para.start + nxt[0], speaker))
    return [_trim(text, s) for s in segments if text[s.start:s.end].strip(_STRIP)]


def _trim(text: str, seg: _Segment) -> _Segment:
    chunk = text[seg.start:seg.end]
    lead = len(chunk) - len(chunk.lstrip(_STRIP))
    trail = len(chunk) - len(chunk.rstrip(_STRIP))
    return _Segment(seg.start + lead, seg.end - trail, seg.speaker, seg.whole)


def _split_long(text: str, seg: _Segment, limit: int) -> list[_Segment]:
    """Cut a segment longer than ``limit`` characters at sentence boundaries, greedily."""
    if seg.end - seg.start <= limit or seg.whole:
        return [seg]
    r = _rules()
    chunk = text[seg.start:seg.end]
    bounds = [0]
    for m in r["sentence_end"].finditer(chunk):
        if r["abbrev"].search(chunk[max(0, m.start() - 12): m.start()].rstrip("\"”»’)]")):
            continue
        bounds.append(m.end())
    bounds.append(len(chunk))
    pieces: list[_Segment] = []
    begin = 0
    for i in range(1, len(bounds)):
        if bounds[i] - begin > limit and bounds[i - 1] > begin:
            pieces.append(_Segment(seg.start + begin, seg.start + bounds[i - 1], seg.speaker))
            begin = bounds[i - 1]
    pieces.append(_Segment(seg.start + begin, seg.end, seg.speaker))
    return [_trim(text, p) for p in pieces]


def _fill_passages(text: str, article: Article, paragraphs: list[Line], known: set[str], limit: int) -> None:
    """The title as passage 0 (when the article has one), then the body's passages from 1."""
    r = _rules()
    speaker = None
    if article.title_start is not None:
        article.passages.append(Passage(0, article.title_start, article.title_end,
                                        _clean(text, article.title_start, article.title_end), part="title"))
    for para in paragraphs:
        for seg in _turns(text, para, known):
            if seg.speaker:
                speaker = seg.speaker
            elif speaker is not None:
                seg.speaker = speaker
            seg.whole = r["numbered"].match(text, seg.start) is not None
            for piece in _split_long(text, seg, limit):
                article.passages.append(
                    Passage(len(article.passages) + (article.title_start is None), piece.start, piece.end,
                            _clean(text, piece.start, piece.end), piece.speaker)
                )
    if article.passages:
        article.end = max(article.end, article.passages[-1].end)
    for p in article.passages:
        p.key = passage_key(p.text)
    article.key = article_key(article.title, (p.text for p in article.passages if p.part == "body"))


def _plain_title(lines: list[Line], i: int) -> bool:
    """In a text without the site's page layout, whether line ``i`` heads the text as its title.

    A sentence, a paragraph or a transcript pasted from elsewhere has no title: its first
    line is a title only when more text follows and it does not end like a sentence or
    open a speaker's turn.
    """
    line = lines[i]
    return (i + 1 < len(lines) and not line.text.rstrip("\"”»’)]").endswith((".", "!", "?", "…", ":", ";"))
            and _rules()["label_start"].match(line.text) is None)


def segment(text: str, doc_id: str = "", source: str = "", *,
            max_passage_chars: int = config.MAX_PASSAGE_CHARS,
            max_title_chars: int = config.MAX_TITLE_CHARS) -> Page:
    """Segment one page's text into its articles and passages. Never raises on any string."""
    lines = _lines(text, max_title_chars)
    page = Page(doc_id=doc_id, source=source, text=text, page_date=None)
    groups: list[tuple[Article, list[Line]]] = []
    pending_date: str | None = None
    current: Article | None = None
    date_from_title = False
    plain = all(ln.kind == TEXT for ln in lines)

    def next_kind(i: int) -> str | None:
        """Kind of the next line that is not furniture (a pager may stand between a date and its title)."""
        return next((ln.kind for ln in lines[i + 1:] if not _between_date_and_title(ln)), None)

    for i, line in enumerate(lines):
        if line.kind == DATE:
            if current is None and next_kind(i) == TEXT:
                pending_date = line.date
            elif current is None and page.page_date is None:
                page.page_date = line.date
        elif line.kind == STAMP:
            if current is not None and (current.date is None or date_from_title):
                current.date, date_from_title = line.date, False
            elif current is None and page.page_date is None:
                page.page_date = line.date
        elif line.kind == LISTING:
            current = Article(len(groups), "listing", _clean(text, line.title_start, line.end), line.date,
                              line.title_start, line.end, line.title_start, line.end)
            date_from_title = False
            groups.append((current, []))
        elif line.kind == TEXT:
            if current is None:
                has_title = len(line.text) <= max_title_chars and (not plain or _plain_title(lines, i))
                title = _clean(text, line.start, line.end) if has_title else None
                date = pending_date or (trailing_date(line.text) if has_title else None)
                date_from_title = pending_date is None and date is not None
                current = Article(0, "main", title, date, line.start, line.end,
                                  line.start if has_title else None, line.end if has_title else None)
                groups.append((current, [] if has_title else [line]))
            else:
                groups[-1][1].append(line)

    known = _speaker_labels(text, [p for _, paras in groups for p in paras])
    for article, paragraphs in groups:
        _fill_passages(text, article, paragraphs, known, max_passage_chars)
        page.articles.append(article)
    return page


def segment_document(doc: Document, **kwargs) -> Page:
    """Segment a :class:`Document` read by :mod:`nlptools.io.reading`."""
    page = segment(doc.text, doc_id=doc.id, source=doc.source, **kwargs)
    page.source_format = doc.format
    return page


def segment_records(paths, skipped=None, on_error: str = "skip", decoded: list | None = None,
                    notes: list | None = None, max_file_size_mb: float | None = None, **kwargs):
    """Passage records (without entities and topics) for every document under ``paths``, lazily.

    Documents not decoded as UTF-8 are appended to ``decoded`` as ``(source, encoding)``.
    """
    from ..io.formats import passage_record
    from ..io.reading import iter_documents

    for doc in iter_documents(paths, skipped=skipped, on_error=on_error, notes=notes,
                              max_file_size_mb=max_file_size_mb):
        if decoded is not None and doc.encoding not in ("utf-8", "utf-8-sig"):
            decoded.append((doc.source, doc.encoding))
        page = segment_document(doc, **kwargs)
        for article, passage in page.passages():
            yield passage_record(page, article, passage)
