"""Entity extraction: PERSON, ORG and TREATY as the annotation guide defines them.

The pipeline is the pretrained English NER (optionally fine-tuned on the project's
annotations), an entity ruler with the gazetteers and shape patterns of ``data/``
(spaCy's, with token patterns anchored on a required word: :mod:`nlptools.entities.ruler`),
and a post-processing component that applies the guide's span conventions. The
whole pipeline is saved with spaCy's ``to_disk`` in ``models/entities``.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict, deque
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from .. import config
from ..errors import ModelError, ModelNotFoundError, PretrainedPipelineMissing
from ..resources import load_json
from ..types import Entity, Spans
from .canonical import Canonicalizer
from .casing import mixed_case
from .patterns import read_patterns

POSTPROCESS = "nlptools_entity_rules"
RULER_FACTORY = "nlptools_entity_ruler"
KEEP_LABELS = set(config.ENTITY_LABELS)
UNNEEDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


def _lazy_spacy():
    import spacy
    from spacy.language import Language

    return spacy, Language


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = load_json("entity_rules.json")
    stop = load_json("entity_stoplist.json") if (config.DATA_DIR / "entity_stoplist.json").exists() else {}
    things = {tuple(t.lower().split()) for t in stop.get("names_of_things", [])}
    return {
        "titles": set(rules["person_titles"]),
        "fuzzy_titles": set(rules["fuzzy_person_titles"]),
        "honorifics": set(rules["honorifics"]),
        "org_descriptors": set(rules["org_descriptors"]),
        "side_words": set(rules["side_words"]),
        "demonyms": set(load_json("demonyms.json")["demonyms"]),
        "leading": set(rules["leading_words"]),
        "keep_the": set(rules["keep_the"]) | _titles_with_the(),
        "treaty_heads": set(rules["treaty_heads"]),
        "generic": set(rules["generic_heads"]),
        "events": set(rules["event_heads"]),
        "not_org_first": set(rules["not_org_first"]),
        "article_ref": re.compile(rules["article_reference"]),
        "things": things,
        "thing_heads": {t[:k] for t in things for k in range(1, len(t))},
        "not": {
            "PERSON": {s.lower() for s in stop.get("not_person", [])},
            "ORG": {s.lower() for s in stop.get("not_org", [])},
            "TREATY": {s.lower() for s in stop.get("not_treaty", [])},
        },
    }


def _strip_outlet_nationality(doc, start: int, end: int, r: dict) -> int:
    """Cut a nationality that ends an ORG span right before an outlet descriptor.

    "the Daily Star Lebanese newspaper" -> ``Daily Star``: the adjective describes the
    outlet, as the descriptor does, and is not part of its name.
    """
    if end >= len(doc) or doc[end].text not in r["org_descriptors"]:
        return end
    for width in (3, 2, 1):
        if end - start > width and " ".join(t.text for t in doc[end - width:end]) in r["demonyms"]:
            return end - width
    return end


def _titles_with_the() -> set[str]:
    """Gazetteer names whose capitalised "The" belongs to them ("The Times", "The Guardian")."""
    return {p["id"] for p in read_patterns(files=("media_outlets.jsonl", "entity_patterns.jsonl"))
            if p.get("id", "").startswith("The ") and len(p["id"]) > 4}


_POSSESSIVE = {"'s", "’s", "'", "’"}
_HYPHENS = {"-", "–", "—"}
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|-th)?$", re.IGNORECASE)


def _strip_edges(doc, start: int, end: int) -> tuple[int, int]:
    """Drop possessive endings, punctuation, spaces and trailing lower-case function words ("Treaty is")."""
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_space
                           or doc[end - 1].is_punct and doc[end - 1].text != ")"
                           or doc[end - 1].is_stop and doc[end - 1].is_lower):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def clean_span(doc, start: int, end: int, label: str, from_gazetteer: bool = False):
    """Trim a token span to the guide's conventions; return ``(start, end, label)`` or None to drop it.

    A span found by a gazetteer entry (it has an id) is a known name: only its edges are
    trimmed; the heuristics for unknown names (events, generic heads, stoplists) do not apply.
    """
    r = _rules()
    if label == "LAW":
        label = "TREATY"
    if label not in KEEP_LABELS:
        return None
    described = False
    while start < end - 1 and ((doc[start].lower_ in r["leading"] and not _keeps_the(doc[start:end].text, r))
                               or (label == "ORG" and doc[start].text in r["org_descriptors"])):
        start += 1
    if label == "TREATY":
        m = r["article_ref"].match(doc[start:end].text)
        if m:
            cut = doc[start].idx + m.end()
            while start < end and doc[start].idx < cut:
                start += 1
    if label == "ORG":
        while end - start > 1 and doc[end - 1].text in r["org_descriptors"]:
            end -= 1
        cut = _strip_outlet_nationality(doc, start, end, r)
        described, end = cut != end, cut
    if label == "ORG" and start < end and _ORDINAL.match(doc[start].text):
        of = [i for i in range(start, end) if doc[i].lower_ == "of"]
        if not of:
            return None
        start = of[-1] + 1
        while start < end - 1 and doc[start].lower_ in r["leading"]:
            start += 1
    titled = False
    if label == "PERSON":
        titled = start < end - 1 and doc[start].lower_.strip(".") in r["honorifics"]
        while start < end - 1 and (doc[start].lower_.strip(".") in r["titles"]
                                   or _misspelt_title(doc[start].lower_, r["fuzzy_titles"])):
            start += 1
    start, end = _strip_edges(doc, start, end)
    if start >= end:
        return None
    span = doc[start:end]
    text, last = span.text, doc[end - 1].lower_
    if from_gazetteer:
        return start, end, label
    if label == "TREATY" and not {t.lower_ for t in span} & r["treaty_heads"]:
        return None
    if label == "TREATY" and all(t.text in r["demonyms"] or t.text in _HYPHENS or t.lower_ in r["treaty_heads"]
                                 for t in span):
        return None
    if text.lower() in r["not"][label] and not titled:
        return None
    if label == "ORG" and text in r["demonyms"]:
        return None
    if end - start == 1 and last in r["generic"] and label != "PERSON":
        return None
    if label == "ORG" and (last in r["events"] or doc[start].lower_ in r["not_org_first"]):
        return None
    if label == "ORG" and not described and all(t.lower_ in r["org_descriptors"] for t in span):
        return None
    if label == "ORG" and end - start == 2 and doc[start].text.lower() in r["not"]["ORG"] \
            and last in r["side_words"]:
        return None
    if label == "PERSON" and (not any(c.isupper() for c in text) or doc[start].lower_ in r["titles"]):
        return None
    return start, end, label


def _keeps_the(text: str, rules: dict) -> bool:
    """Whether a span's capitalised "The" belongs to the name ("The Times reported")."""
    return any(text == k or text.startswith(k + " ") for k in rules["keep_the"])


def _misspelt_title(word: str, titles: set[str]) -> bool:
    """A long title word with one letter missing, added, changed or swapped ("Presiden", "Ambasador")."""
    if len(word) < 6 or not word.isalpha():
        return False
    return any(abs(len(t) - len(word)) <= 1 and _one_edit(word, t) for t in titles)


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or transposition."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def treaty_organisation(doc, span):
    """A treaty's name followed by "Organisation" names the organisation ("Collective Security Treaty
    Organisation", "North Atlantic Treaty Organization"): one ORG span."""
    from spacy.tokens import Span

    if span.label_ == "TREATY" and span.end < len(doc) and doc[span.end].lower_ in ("organisation", "organization"):
        return Span(doc, span.start, span.end + 1, label="ORG")
    return span


def inside_name_of_a_thing(doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are only the first words of a name of a thing ("Sputnik" in
    "Sputnik V", "Magnitsky" in "the Magnitsky Act"), from ``names_of_things`` in the stoplist."""
    r = _rules()
    words = tuple(t.lower_ for t in doc[start:end])
    if words not in r["thing_heads"]:  # the first words of no name of a thing: most spans stop here
        return False
    things = r["things"]
    for extra in (1, 2, 3):
        if end + extra <= len(doc) and words + tuple(t.lower_ for t in doc[end:end + extra]) in things:
            return True
    return False


_ACRONYM = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&\-]{1,9}$")


def bracketed_acronyms(doc, spans) -> list:
    """An acronym in brackets right after an ORG or TREATY name is its own span with the same label."""
    from spacy.tokens import Span

    out = []
    for s in spans:
        i = s.end
        if s.label_ in ("ORG", "TREATY") and i + 2 < len(doc) and doc[i].text == "(" \
                and doc[i + 2].text == ")" and _ACRONYM.match(doc[i + 1].text):
            out.append(Span(doc, i + 1, i + 2, label=s.label_))
    return out


def _register_component():
    spacy, Language = _lazy_spacy()
    if POSTPROCESS in Language.factories:
        return
    from .ruler import make_anchored_entity_ruler

    Language.factory(
        RULER_FACTORY, assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
        default_config={"phrase_matcher_attr": None, "validate": False, "overwrite_ents": False,
                        "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
                        "ent_id_sep": "||", "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"}},
        default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
    )(make_anchored_entity_ruler)

    @Language.component(POSTPROCESS)
    def entity_rules(doc):
        """Apply the guide's span conventions; keep PERSON, ORG and TREATY (LAW → TREATY)."""
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = []
        for ent in doc.ents:
            label = ent.label_
            if label == "ORG" and len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ == "administration":
                label = "PERSON"
            kept = clean_span(doc, ent.start, ent.end, label, from_gazetteer=bool(ent.ent_id_))
            if kept:
                s, e, lab = kept
                spans.append(Span(doc, s, e, label=lab, kb_id=ent.kb_id_, span_id=ent.id_))
        spans = [treaty_organisation(doc, s) for s in filter_spans(spans)
                 if not inside_name_of_a_thing(doc, s.start, s.end)]
        doc.ents = filter_spans(spans + bracketed_acronyms(doc, spans))
        return doc


def load_pretrained():
    """The pretrained English pipeline (official package preferred) with only the NER."""
    spacy, _ = _lazy_spacy()
    for name in config.PRETRAINED_PIPELINES:
        try:
            return spacy.load(name, exclude=UNNEEDED)
        except OSError:
            continue
    raise PretrainedPipelineMissing(config.PRETRAINED_PIPELINES)


def split_glued_brackets(nlp) -> None:
    """Add the rules' tokenizer infixes, so "(EAEU)include" gives "EAEU" a token of its own."""
    from spacy.util import compile_infix_regex

    extra = load_json("entity_rules.json")["tokenizer_infixes"]
    infixes = list(nlp.Defaults.infixes)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes + [p for p in extra if p not in infixes]).finditer


def build_pipeline(nlp=None, patterns: Sequence[dict] | None = None):
    """Pretrained (or given) NER + entity ruler + post-processing, ready to use or fine-tune."""
    _register_component()
    nlp = nlp if nlp is not None else load_pretrained()
    split_glued_brackets(nlp)
    if "entity_ruler" in nlp.pipe_names:
        nlp.remove_pipe("entity_ruler")
    ruler = nlp.add_pipe(RULER_FACTORY, name="entity_ruler", after="ner" if "ner" in nlp.pipe_names else None,
                         config={"overwrite_ents": True, "phrase_matcher_attr": None})
    ruler.add_patterns(list(patterns) if patterns is not None else read_patterns())
    if POSTPROCESS not in nlp.pipe_names:
        nlp.add_pipe(POSTPROCESS, last=True)
    return nlp


def load_pipeline(model_dir: str | Path | None = None):
    """Load the saved entity pipeline from ``models/entities`` (spaCy's ``from_disk`` format)."""
    spacy, _ = _lazy_spacy()
    _register_component()
    path = Path(model_dir or config.default_model_dir()) / config.ENTITY_MODEL_SUBDIR
    if not (path / "config.cfg").exists():
        raise ModelNotFoundError("entity pipeline", path,
                                 "run `nlptools train entities --annotations annotations/ --output models/` "
                                 f"(it needs the pretrained pipeline: {config.PRETRAINED_INSTALL_HINT}).")
    check_spacy_version(path)
    try:
        return spacy.load(path)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"{path}: the entity pipeline cannot be loaded ({exc}). Fix: retrain it with "
                         "`nlptools train entities --annotations annotations/ --output models/`.") from exc


def check_spacy_version(path: Path) -> None:
    """Refuse a pipeline saved for another spaCy version, with the command that fixes it."""
    import spacy
    from spacy.util import is_compatible_version

    try:
        wanted = json.loads((path / "meta.json").read_text(encoding="utf-8")).get("spacy_version", "")
    except (OSError, json.JSONDecodeError):
        return
    if wanted and is_compatible_version(spacy.__version__, wanted) is False:
        raise ModelError(
            f"{path}: the entity pipeline was saved for spaCy {wanted}, but spaCy {spacy.__version__} is installed. "
            f"Fix: pip install \"spacy{wanted}\" (or retrain: nlptools train entities --annotations annotations/ "
            "--output models/).")


class EntityExtractor:
    """Load once, then extract entities from many texts through ``nlp.pipe``."""

    def __init__(self, nlp, canonicalizer: Canonicalizer | None = None):
        self.nlp = nlp
        self.canonicalizer = canonicalizer or Canonicalizer()

    @classmethod
    def load(cls, model_dir: str | Path | None = None) -> "EntityExtractor":
        return cls(load_pipeline(model_dir))

    def raw(self, texts: Iterable[str], batch_size: int = config.BATCH_SIZE) -> Iterator[list[tuple]]:
        """Per text, a list of ``(start, end, label, text, ruler_id)`` without canonical names.

        A text in capitals is read in mixed case (:mod:`nlptools.entities.casing`); offsets and entity
        texts refer to the text as given.
        """
        originals: deque[str] = deque()

        def recased():
            for text in texts:
                originals.append(text)
                yield mixed_case(text)

        for doc in self.nlp.pipe(recased(), batch_size=batch_size):
            text = originals.popleft()
            yield [(e.start_char, e.end_char, e.label_, text[e.start_char:e.end_char], e.ent_id_ or None)
                   for e in doc.ents]

    def extract(self, texts: Sequence[str], batch_size: int = config.BATCH_SIZE) -> list[list[Entity]]:
        """Entities of texts that belong to one document (canonical names resolved across them)."""
        return self.canonicalizer.resolve(list(self.raw(texts, batch_size)))


def pipeline_spans(nlp, texts: Sequence[str], batch_size: int = config.BATCH_SIZE,
                   docs: Sequence[str] | None = None) -> list[Spans]:
    """Entity spans as ``enrich`` gives them: the pipeline run through :class:`EntityExtractor` (texts
    in capitals read in mixed case), then the page-level resolution (treaty acronyms) over the texts
    of each document of ``docs`` (one document per text when not given)."""
    extractor = EntityExtractor(nlp)
    raw = list(extractor.raw(texts, batch_size))
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs if docs is not None else range(len(texts))):
        by_doc[str(doc)].append(i)
    out: list[Spans] = [[] for _ in texts]
    for idx in by_doc.values():
        for i, ents in zip(idx, extractor.canonicalizer.resolve([raw[i] for i in idx])):
            out[i] = [(e.start, e.end, e.label) for e in ents if e.label in config.ENTITY_LABELS]
    return out


def extract_entities(texts: Sequence[str], model_dir: str | Path | None = None) -> list[list[Entity]]:
    """Convenience: load the shipped pipeline and extract entities of texts of one document."""
    return EntityExtractor.load(model_dir).extract(texts)
