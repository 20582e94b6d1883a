"""The corpora: every report listed in a corpus folder's ``index.csv``, through the per-report
stages, in parallel, cached by content hash.

A corpus folder holds report texts and an ``index.csv`` (one row a report). The national corpus
(``data/raw/national/``) has ``year,title,url,chars,sha256`` and files named
``china-national-<year>.txt``; the provincial test corpus has ``file,region,title,published,...``.
:func:`list_corpus` turns either into :class:`CorpusEntry` rows with the metadata the analysis
needs (plan year = the report's year, review year = the year before, level, region, title).

The per-report stage of a corpus run (:func:`corpus_stage`) is what the corpus tables need: the
report model and its quantities (with the text just before each number, which the series rules
read) and, for the reports of the keyness baseline (the national reports), their content-word
counts (token view), from the same worker pass: each report is read and tokenised once.
Results are cached per report under a key of the report's bytes, its index row and the
analysis code (:class:`govreport.pipeline.Cache`), so an unchanged corpus is not re-extracted;
what must be computed runs on every core, results in corpus order whatever the finishing order.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import multiprocessing
import re
import warnings
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing.pool import Pool
from pathlib import Path

import pandas as pd

from govreport import quantities, tokens, words
from govreport.errors import InputError, StructureWarning
from govreport.report import Report, read_report, sentence_table

#: Characters of text before a number kept in ``before`` (what the series rules read).
BEFORE_CHARS = 40
YEAR_IN_TITLE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年)")


@dataclass(frozen=True)
class CorpusEntry:
    """One corpus report and its metadata from ``index.csv``."""

    report_id: str
    path: Path
    corpus: str
    level: str
    region: str
    year: int
    title: str

    @property
    def review_year(self) -> int:
        return self.year - 1

    def metadata(self) -> dict[str, object]:
        return {
            "report_id": self.report_id,
            "title": self.title,
            "region": self.region,
            "level": self.level,
            "plan_year": self.year,
            "review_year": self.review_year,
        }


def _index_rows(folder: Path) -> list[dict[str, str]]:
    index = folder / "index.csv"
    if not index.is_file():
        raise InputError(f"{folder}: no index.csv (a corpus folder lists its reports there)")
    with index.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def entry_from_row(row: dict[str, str], folder: Path, corpus: str) -> CorpusEntry:
    """A corpus entry from an ``index.csv`` row (national: ``year``; others: ``file``).

    >>> e = entry_from_row({"year": "2015", "title": "2015年政府工作报告"}, Path("n"), "national")
    >>> e.report_id, e.level, e.year, e.review_year
    ('china-national-2015', 'national', 2015, 2014)
    >>> e = entry_from_row({"file": "hebei-2026.txt", "region": "河北省",
    ...                     "title": "2026年河北省政府工作报告"}, Path("p"), "provincial-2026")
    >>> e.report_id, e.level, e.region, e.year
    ('hebei-2026', 'province', '河北省', 2026)
    """
    title = row.get("title", "")
    if row.get("file"):
        path = folder / row["file"]
        found = YEAR_IN_TITLE.search(title)
        if not found:
            raise InputError(f"{folder}/index.csv: no year in the title {title!r}")
        year, level, region = int(found.group(1)), "province", row.get("region", "")
    else:
        year = int(row["year"])
        path = folder / f"china-national-{year}.txt"
        level, region = "national", row.get("region", "中国")
    return CorpusEntry(path.stem, path, corpus, level, region, year, title)


def list_corpus(folder: Path, corpus: str | None = None) -> list[CorpusEntry]:
    """The reports of a corpus folder, in the order of its ``index.csv`` (sorted by year)."""
    name = corpus or folder.name
    entries = [entry_from_row(row, folder, name) for row in _index_rows(folder)]
    return sorted(entries, key=lambda e: (e.year, e.report_id))


def read_entry(entry: CorpusEntry) -> Report:
    """The report model of a corpus entry, with the index's metadata."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)  # older reports have no part headings
        report = read_report(entry.path)
    return dataclasses.replace(report, metadata={**report.metadata, **entry.metadata()})


def with_before(indicators: pd.DataFrame, report: Report, sentences: pd.DataFrame) -> pd.DataFrame:
    """Add ``before``: the raw text of the number's sentence up to the number (at most
    :data:`BEFORE_CHARS` characters)."""
    starts = dict(zip(sentences["sentence_id"], sentences["start"], strict=True))
    before = [
        report.raw_text[max(int(starts.get(sid, start)), int(start) - BEFORE_CHARS) : int(start)]
        for sid, start in zip(indicators["sentence_id"], indicators["number_start"], strict=True)
    ]
    return indicators.assign(before=before)


def word_count_table(report: Report) -> pd.DataFrame:
    """Content-word counts (token view, stopwords and the POS filter of
    :func:`govreport.words.content_tokens`) of a report, in order of first occurrence:
    ``token, n``."""
    table = tokens.tokenize_report(report)
    counts = Counter(words.content_tokens(table, stopwords=tokens.read_stopwords())["token"])
    return pd.DataFrame({"token": list(counts), "n": list(counts.values())})


def pooled_counts(tables: Iterable[pd.DataFrame]) -> Counter:
    """The sum of :func:`word_count_table` tables, in the order given (the baseline corpus).

    >>> a = pd.DataFrame({"token": ["x", "y"], "n": [2, 1]})
    >>> pooled_counts([a, pd.DataFrame({"token": ["z", "x"], "n": [1, 1]})])
    Counter({'x': 3, 'y': 1, 'z': 1})
    """
    total: Counter = Counter()
    for table in tables:
        total.update(dict(zip(table["token"].tolist(), table["n"].tolist(), strict=True)))
    return total


def corpus_stage(report: Report, counts: bool = False) -> dict[str, pd.DataFrame]:
    """The per-report tables a corpus run keeps: quantities (with ``before``) and, with
    ``counts``, the content-word counts (``word_counts``, :func:`word_count_table`)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        indicators, _ = quantities.read_report_quantities(report)
    sentences = sentence_table(report)
    tables = {"indicators": with_before(indicators, report, sentences)}
    if counts:
        tables["word_counts"] = word_count_table(report)
    return tables


Result = tuple[Report, dict[str, pd.DataFrame]]
Task = tuple[CorpusEntry, Path | None, str, bool]


def _cache_for(entry: CorpusEntry, folder: Path | None, code: str, counts: bool = False):
    from govreport.pipeline import Cache

    words_key = "|words" if counts else ""
    key = f"{code}|corpus{words_key}|{sorted(entry.metadata().items())}"
    return Cache(folder, hashlib.sha256(key.encode()).hexdigest())


def _run_one(task: Task) -> Result:
    entry, folder, code, counts = task
    report = read_entry(entry)
    value = (report, corpus_stage(report, counts))
    _cache_for(entry, folder, code, counts).store(entry.path, value)
    return value


def run_corpus(
    entries: Sequence[CorpusEntry],
    cache_dir: Path | None = None,
    jobs: int = 1,
    progress: bool = False,
    counts: Collection[Path] = (),
    pool: Pool | None = None,
) -> list[Result]:
    """Every entry through :func:`corpus_stage`, in the order given; the entries whose path is
    in ``counts`` also get their content-word counts.

    Cached results (same bytes, metadata and analysis code) are loaded; the rest run on
    ``pool`` if given, else on ``jobs`` processes (``imap`` keeps the order), with a tqdm
    progress bar when ``progress``.
    """
    from govreport.pipeline import analysis_fingerprint

    code = analysis_fingerprint()
    wanted = [e.path in counts for e in entries]
    results: list[Result | None] = [
        _cache_for(e, cache_dir, code, c).load(e.path) if cache_dir else None
        for e, c in zip(entries, wanted, strict=True)
    ]
    todo = [i for i, found in enumerate(results) if found is None]
    tasks: list[Task] = [(entries[i], cache_dir, code, wanted[i]) for i in todo]
    if tasks:
        computed: Iterable[Result]
        own = None
        if pool is not None:
            computed = pool.imap(_run_one, tasks)
        elif jobs > 1 and len(tasks) > 1:
            own = pool = multiprocessing.get_context("fork").Pool(min(jobs, len(tasks)))
            computed = pool.imap(_run_one, tasks)
        else:
            computed = map(_run_one, tasks)
        if progress:
            from tqdm import tqdm

            computed = tqdm(computed, total=len(tasks), desc="corpus", unit="report")
        try:
            for i, value in zip(todo, computed, strict=True):
                results[i] = value
        finally:
            if own is not None:
                own.close()
                own.join()
    return [r for r in results if r is not None]


# --------------------------------------------------------------------------- corpus tables

REPORT_COLUMNS = [
    "report_id",
    "corpus",
    "level",
    "region",
    "plan_year",
    "review_year",
    "title",
    "n_chars",
    "n_sentences",
    "n_quantities",
]


def corpus_report_table(entries: Sequence[CorpusEntry], results: Sequence[Result]) -> pd.DataFrame:
    """One row per corpus report: its metadata and sizes (``n_chars`` of the clean text)."""
    rows = [
        (
            e.report_id,
            e.corpus,
            e.level,
            e.region,
            e.year,
            e.review_year,
            e.title,
            len(report.clean_text),
            sum(1 for _ in report.sentences()),
            len(tables["indicators"]),
        )
        for e, (report, tables) in zip(entries, results, strict=True)
    ]
    return pd.DataFrame(rows, columns=REPORT_COLUMNS)


INDICATOR_COLUMNS = [
    "report_id",
    "report_year",
    "indicator_id",
    "sentence_id",
    "part_role",
    "before",
    "quote",
    "subject",
    "value",
    "value_num",
    "value_high",
    "unit",
    "kind",
    "period_kind",
    "year",
    "qualifier",
]


def corpus_indicator_table(
    entries: Sequence[CorpusEntry], results: Sequence[Result]
) -> pd.DataFrame:
    """The quantities of every corpus report, keyed by report and its year (``report_year``,
    the plan year; ``year`` stays the year the extractor says the figure refers to)."""
    frames = []
    for entry, (_, tables) in zip(entries, results, strict=True):
        frames.append(tables["indicators"].assign(report_year=entry.year))
    if not frames:
        return pd.DataFrame(columns=INDICATOR_COLUMNS)
    table = pd.concat(frames, ignore_index=True)[INDICATOR_COLUMNS]
    table["before"] = table["before"].str.replace(r"\s+", " ", regex=True)
    return table
