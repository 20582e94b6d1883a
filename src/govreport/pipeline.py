"""``govreport build``: regenerate every table in ``data/processed/`` and the figure files.

The flow of ``DESIGN.md``: each report goes through every per-report stage once
(:func:`report_tables`: structure, tokens, quantities, targets); the tables that compare reports
(words, themes, slogans, feasibility, the target ladder) are built from those per-report
tables, never by re-reading or re-extracting a report; then the figures.

Rebuilds are incremental, by content hash (never by modification time):

- a per-report result is kept in the cache folder under a key made of the report's bytes, its
  metadata, the analysis code and lexicon (the package without ``publish/``: a change in a
  chart does not re-extract the reports) and the analysis libraries' versions;
- if neither the inputs nor the code changed since the last build into the same folders, and
  the files written then are still as written, the build stops after checking that;
- a figure is redrawn only when its data, its text or the publishing code changed; what must be
  redrawn is drawn on every core.

A cold build is one parallel pass over the reports: one worker reads the subject and reference
reports and builds the book's tables, one scores the tokenizer on the segmentation sets and one
the extractor on the quantity gold sets, while the others take the corpus reports (model,
quantities and, for the keyness baseline, content-word counts: each report tokenised once).
The figures are drawn by workers started before the analysis grew this process, and this
process never imports matplotlib or loads a jieba dictionary (peak memory is the largest
single process, not their sum).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from govreport import (
    corpus,
    feasibility,
    quantities,
    slogans,
    themes,
    tokens,
    traditional,
    trends,
    words,
)
from govreport.config import Project
from govreport.datafiles import write_csv
from govreport.report import (
    Report,
    clean_text,
    read_decoded_text,
    read_report,
    report_table,
    section_table,
    sentence_table,
)

if TYPE_CHECKING:
    import jieba.posseg

Progress = Callable[[str], None]
#: Libraries whose version can change a table or a figure.
LIBRARIES = ("jieba", "pandas", "numpy", "matplotlib", "wordcloud", "networkx", "mplfonts")
#: Libraries whose version can change a per-report result (tokens, quantities).
ANALYSIS_LIBRARIES = ("jieba", "pandas", "numpy")
#: Package folders that only publish (figures, text, HTML): not part of the analysis key.
PUBLISHING = ("publish",)
STAMP_FILE = "build-stamp.json"


def stderr_progress(msg: str) -> None:
    print(f"govreport build: {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- content hashes


def hash_files(paths: Iterable[Path], base: Path | None = None) -> str:
    """One sha256 over the names and bytes of ``paths`` (sorted), for cache keys."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        name = path.relative_to(base).as_posix() if base else path.name
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _package_files(package: Path, analysis_only: bool) -> list[Path]:
    suffixes = {".py", ".tsv", ".yml", ".txt"}
    files = [p for p in package.rglob("*") if p.is_file() and p.suffix in suffixes]
    if analysis_only:
        files = [p for p in files if p.relative_to(package).parts[0] not in PUBLISHING]
    return files


def code_fingerprint(package: Path | None = None) -> str:
    """Hash of the package's code and lexicon files and the versions of the libraries (the
    whole build: tables and figures). ``package``: the package folder (default: this one)."""
    package = package or Path(__file__).resolve().parent
    versions = ";".join(f"{name}={_version(name)}" for name in LIBRARIES)
    digest = hash_files(_package_files(package, False), package) + versions
    return hashlib.sha256(digest.encode()).hexdigest()


def analysis_fingerprint(package: Path | None = None) -> str:
    """Hash of what a per-report result (tokens, quantities, counts) depends on: the package's
    code and lexicon outside ``publish/`` and the analysis libraries' versions. A change in a
    chart leaves it unchanged; a change in any analysis module or lexicon file changes it."""
    package = package or Path(__file__).resolve().parent
    versions = ";".join(f"{name}={_version(name)}" for name in ANALYSIS_LIBRARIES)
    digest = hash_files(_package_files(package, True), package) + versions
    return hashlib.sha256(digest.encode()).hexdigest()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def report_fingerprint(path: Path) -> str:
    """Hash of a report file and its metadata file (if any)."""
    return hash_files([p for p in (path, path.with_suffix(".yml")) if p.is_file()], path.parent)


# --------------------------------------------------------------------------- per-report stages


def report_tables(report: Report) -> dict[str, pd.DataFrame]:
    """Every per-report table: sentences, sections, tokens, indicators, audit."""
    indicators, audit = quantities.read_report_quantities(report)
    return {
        "sentences": sentence_table(report),
        "sections": section_table(report),
        "tokens": tokens.tokenize_report(report),
        "indicators": indicators,
        "audit": audit,
    }


@dataclass
class Cache:
    """Pickled per-report results under ``folder``, keyed by content hashes."""

    folder: Path | None
    code: str

    def path(self, report_path: Path) -> Path | None:
        if self.folder is None:
            return None
        key = hashlib.sha256((self.code + report_fingerprint(report_path)).encode()).hexdigest()
        return self.folder / f"report-{key[:32]}.pkl"

    def load(self, report_path: Path) -> tuple[Report, dict[str, pd.DataFrame]] | None:
        path = self.path(report_path)
        if path is None or not path.is_file():
            return None
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None  # a stale or truncated entry is recomputed

    def store(self, report_path: Path, value: tuple[Report, dict[str, pd.DataFrame]]) -> None:
        path = self.path(report_path)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")  # concurrent builds may share a cache
        with temporary.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)


def analysed(path: Path, cache: Cache) -> tuple[Report, dict[str, pd.DataFrame]]:
    """A report and its per-report tables, from the cache when its inputs are unchanged."""
    found = cache.load(path)
    if found is not None:
        return found
    report = read_report(path)
    value = (report, report_tables(report))
    cache.store(path, value)
    return value


# --------------------------------------------------------------------------- comparing reports


def words_tables(
    subject: Report,
    reference: Report,
    subject_tokens: pd.DataFrame,
    reference_tokens: pd.DataFrame,
    corpus: Counter | None = None,
    plain_tokens: pd.DataFrame | None = None,
) -> dict[str, pd.DataFrame]:
    """Every table of the words-and-themes stage, from the two reports' tokens (and the
    national corpus's content-word counts, for the corpus baseline of keyness; the subject's
    tokens by plain jieba, if already cut: :func:`govreport.words.sensitivity_table`)."""
    stop = tokens.read_stopwords()
    all_tokens = pd.concat([subject_tokens, reference_tokens], ignore_index=True)
    subject_words = words.content_tokens(subject_tokens, stopwords=stop)
    reference_words = words.content_tokens(reference_tokens, stopwords=stop)
    top_terms = words.term_frequencies(subject_words)["term"].head(words.TOP_COOCCURRENCE).tolist()
    cooccurrence = words.sentence_cooccurrence(subject_words, top_terms).assign(
        report_id=subject.report_id
    )
    cooccurrence = cooccurrence[cooccurrence["n_shared_sentences"] >= 2].reset_index(drop=True)
    parts = tokens.parts_view(subject_tokens)
    plain = plain_tokens if plain_tokens is not None else words.cut_plain(subject)
    subject_text = "\n".join(s.text for s in subject.sentences())  # as tokenize_report has it
    corpus_tables = (
        {"keyness_baselines": words.baseline_keyness_table(subject_words, reference_words, corpus)}
        if corpus
        else {}
    )
    return {
        "term_frequencies": words.frequency_table(subject_words),
        "token_counts": themes.token_count_table(all_tokens),
        "keywords": words.keyword_tables(subject_words, reference_words),
        "keyness": words.keyness_table(subject_words, reference_words),
        "cooccurrence": cooccurrence,
        "words_sensitivity": words.sensitivity_table(subject, subject_tokens, plain),
        "dictionary_effects": words.dictionary_effects(
            subject_tokens, plain, tokens.dictionary_sources(subject_text)
        ),
        "term_frequencies_parts": words.parts_frequency_table(
            subject_words, words.content_tokens(parts, stopwords=stop)
        ),
        **corpus_tables,
        **themes.theme_tables([subject, reference], all_tokens),
        **slogans.slogan_tables([subject, reference]),
    }


def book_tables(
    subject: Report,
    reference: Report,
    subject_tables: Mapping[str, pd.DataFrame],
    reference_tables: Mapping[str, pd.DataFrame],
    corpus: Counter | None = None,
    root: Path | None = None,
    plain_tokens: pd.DataFrame | None = None,
) -> dict[str, pd.DataFrame]:
    """The tables of the book: the subject report's, beside the reference report where the
    book compares them (sections, tokens and words, targets and feasibility).

    ``root``: the project whose reviewed pairings and parent-level figures apply (see
    :func:`govreport.feasibility.target_tables`); ``plain_tokens``: as in :func:`words_tables`."""
    both = (subject_tables, reference_tables)
    indicators = pd.concat([t["indicators"] for t in both], ignore_index=True)
    tables = {
        "reports": report_table([subject, reference], ["subject", "reference"]),
        "sections": pd.concat([t["sections"] for t in both], ignore_index=True),
        "sentences": subject_tables["sentences"],
        "tokens": subject_tables["tokens"],
        # The committed quantities tables are the subject's; the reference's rows feed the
        # targets stage from the same per-report extraction (never extracted twice).
        "indicators": subject_tables["indicators"],
        "audit": subject_tables["audit"],
    }
    tables.update(
        words_tables(
            subject,
            reference,
            subject_tables["tokens"],
            reference_tables["tokens"],
            corpus,
            plain_tokens,
        )
    )
    tables.update(feasibility.target_tables((subject, reference), indicators, subject, root=root))
    return tables


# --------------------------------------------------------------------------- the corpora


def corpus_entries(paths: BuildPaths) -> list[corpus.CorpusEntry]:
    """The reports of the corpus folders, then any baseline report not among them."""
    entries = [e for folder in paths.corpora if folder.is_dir() for e in corpus.list_corpus(folder)]
    listed = {e.path for e in entries}
    extra = [
        corpus.CorpusEntry(p.stem, p, "baseline", "national", "", 0, "")
        for p in sorted(paths.corpus)
        if p not in listed
    ]
    return entries + extra


def corpus_baseline(
    entries: Sequence[corpus.CorpusEntry],
    results: Sequence[corpus.Result],
    baseline: Iterable[Path],
) -> Counter:
    """Pooled content-word counts of the baseline reports (the national reports, 1954-2025),
    summed in the order of their paths."""
    counts = {
        e.path: tables["word_counts"]
        for e, (_, tables) in zip(entries, results, strict=True)
        if "word_counts" in tables
    }
    return corpus.pooled_counts(counts[p] for p in sorted(baseline))


def corpus_tables(
    paths: BuildPaths,
    subject: Report,
    tables: Mapping[str, pd.DataFrame],
    jobs: int | None = None,
    progress: bool = False,
    computed: tuple[Sequence[corpus.CorpusEntry], Sequence[corpus.Result]] | None = None,
) -> dict[str, pd.DataFrame]:
    """The corpus tables: the corpus reports, the series candidates among their quantities,
    the national series and where its cells come from, and the subject's terms through the
    national reports. Per-report results come from ``computed`` (the build's corpus pass) or
    from :func:`govreport.corpus.run_corpus` (the content-hash cache when unchanged)."""
    if computed is None:
        entries = [
            e for folder in paths.corpora if folder.is_dir() for e in corpus.list_corpus(folder)
        ]
        results = corpus.run_corpus(entries, paths.cache_dir, jobs or default_jobs(), progress)
    else:
        listed = [i for i, e in enumerate(computed[0]) if e.corpus != "baseline"]
        entries = [computed[0][i] for i in listed]
        results = [computed[1][i] for i in listed]
    if not entries:
        return {}
    indicators = corpus.corpus_indicator_table(entries, results)
    indicators = indicators[trends.candidate_rows(indicators)].reset_index(drop=True)
    reports = {e.report_id: r for e, (r, _) in zip(entries, results, strict=True)}
    overrides = (
        trends.read_overrides(paths.series_overrides)
        if paths.series_overrides
        else pd.DataFrame(columns=trends.OVERRIDE_COLUMNS)
    )
    series = trends.national_series(
        indicators,
        overrides,
        {rid: r.raw_text for rid, r in reports.items()},
        {rid: _sentence_locator(r) for rid, r in reports.items()},
    )
    national = [
        (e.report_id, e.year, reports[e.report_id].clean_text)
        for e in entries
        if e.level == "national"
    ]
    terms = trends.followed_terms(tables["term_frequencies"], tables["slogans"], subject.report_id)
    history = trends.term_history(terms, national)
    return {
        "corpus_reports": corpus.corpus_report_table(entries, results),
        "corpus_indicators": indicators,
        "national_series": series,
        "national_series_sources": trends.source_counts(series),
        "term_history": history,
        "term_origins": trends.term_origins(history, subject.clean_text),
    }


def extraction_quality(paths: BuildPaths) -> pd.DataFrame:
    """The extractor's accuracy on the held-out gold (:func:`govreport.quantities.evaluation.
    quality_table`), or an empty table when the build has no gold or no corpora."""
    from govreport.quantities.evaluation import QUALITY_COLUMNS, heldout_name, quality_table

    gold = paths.gold
    if gold is None or not paths.corpora or not (gold / f"{heldout_name(gold)}.csv").is_file():
        return pd.DataFrame(columns=QUALITY_COLUMNS)
    return quality_table(gold, paths.corpora[0].parent)


def extraction_blind_history(paths: BuildPaths) -> pd.DataFrame:
    """Each held-out quantity gold set's blind scores, as recorded
    (:func:`govreport.quantities.evaluation.blind_history`); empty without gold."""
    from govreport.quantities.evaluation import BLIND_COLUMNS, blind_history

    if paths.gold is None or not paths.gold.is_dir():
        return pd.DataFrame(columns=BLIND_COLUMNS)
    return blind_history(paths.gold)


def extraction_agreement(paths: BuildPaths) -> pd.DataFrame:
    """Inter-annotator agreement on the quantity gold sets with a second annotation
    (:func:`govreport.quantities.evaluation.agreement_table`); empty without gold."""
    from govreport.quantities.evaluation import QUALITY_COLUMNS, agreement_table

    if paths.gold is None or not paths.gold.is_dir() or not paths.corpora:
        return pd.DataFrame(columns=QUALITY_COLUMNS)
    return agreement_table(paths.gold, paths.corpora[0].parent)


def extraction_headline(paths: BuildPaths) -> pd.DataFrame:
    """The extractor's accuracy on the headline targets, the main-targets paragraphs
    (:func:`govreport.quantities.evaluation.headline_table`); empty without gold or the
    main-targets file."""
    from govreport.quantities.evaluation import QUALITY_COLUMNS, headline_table

    gold, targets = paths.gold, paths.main_targets
    if gold is None or not gold.is_dir() or not paths.corpora or targets is None:
        return pd.DataFrame(columns=QUALITY_COLUMNS)
    return headline_table(gold, paths.corpora[0].parent, targets)


def extraction_tables(paths: BuildPaths) -> dict[str, pd.DataFrame]:
    """The extractor's evaluation tables: ``extraction_quality``, ``extraction_blind_history``,
    ``extraction_agreement`` and ``extraction_headline`` (one task of the build's pool, beside
    the corpus)."""
    return {
        "extraction_quality": extraction_quality(paths),
        "extraction_blind_history": extraction_blind_history(paths),
        "extraction_agreement": extraction_agreement(paths),
        "extraction_headline": extraction_headline(paths),
    }


def _same_cut(text: str, pieces: Sequence[str]) -> list[str]:
    """``text`` cut where ``pieces`` (a cut of a one-for-one rewrite of it) are cut.

    >>> _same_cut("增産節約", ["增产节约"]), _same_cut("開展運動", ["开展", "运动"])
    (['增産節約'], ['開展', '運動'])
    """
    out, position = [], 0
    for piece in pieces:
        out.append(text[position : position + len(piece)])
        position += len(piece)
    return out


def report_segmenters(
    report_folders: Sequence[Path], sentences: Iterable[tuple[str, str]] = ()
) -> dict[str, Callable[[str], Callable[[str], list[str]]]]:
    """The segmenters the book scores, each as ``report_id -> segmenter``: default jieba
    (``jieba``), and ours as the build uses it on a report, the dictionary plus what it reads
    off the report's own file in ``report_folders`` (``govreport``: token view;
    ``govreport_parts``: long names cut into parts; ``govreport_no_number_rule``: the token view
    with jieba's own cut of numbers, which shows what the dictionary alone does to ordinary
    words).

    A tokenizer holds a dictionary of its own (jieba's: about 160 MiB; a report's: a copy of
    ours, about 100 MiB), so only the last one built is kept, jieba's included: each sentence is
    cut in all three of our views at once, the cuts are remembered, and a scorer that runs the
    segmenters one after the other, reading the sentences report by report (as
    :func:`govreport.segmentation_eval.quality_table` does), builds each tokenizer once per run of
    a report's sentences. ``sentences``: ``(report_id, text)`` pairs cut in our three views at
    once, grouped by report, before any segmenter runs: a report whose sentences stand in several
    sets (most held-out sets draw the same reports) then has its tokenizer built once, not once
    per set (a cut depends only on the report and the text, so the scores are the same)."""
    kept: dict[str | None, jieba.posseg.POSTokenizer] = {}
    # the build cuts the clean view, where a report written in traditional characters is folded
    # one for one to simplified ones (govreport.report.clean_text): the scored sentences too
    folds: dict[str, dict[str, str]] = {}

    def tokenizer(report_id: str | None) -> jieba.posseg.POSTokenizer:
        if report_id not in kept:
            kept.clear()  # before building the next one: never two at a time
            if report_id is None:
                kept[None] = tokens.plain_tokenizer(keep=False)
            else:
                paths = (f / f"{report_id}.txt" for f in report_folders)
                path = next((p for p in paths if p.is_file()), None)
                raw = read_decoded_text(path) if path else ""
                folds[report_id] = traditional.text_fold_table(raw)
                kept[report_id] = tokens.report_tokenizer(clean_text(raw)[0])
        return kept[report_id]

    views = ("govreport", "govreport_parts", "govreport_no_number_rule")
    cuts: dict[tuple[str, str], dict[str, list[str]]] = {}

    def cut_all(report_id: str, text: str) -> dict[str, list[str]]:
        key = (report_id, text)
        if key not in cuts:
            ours = tokenizer(report_id)  # sets folds[report_id]
            clean = "".join(folds[report_id].get(ch, ch) for ch in text)
            pieces = tokens.jieba_pieces(clean, ours)  # one jieba cut serves the three views
            token_view = tokens.tokens_of(clean, pieces, ours)
            cut = {
                "govreport": [t.token for t in token_view],
                "govreport_parts": tokens.parts_of(token_view, ours),
                "govreport_no_number_rule": [
                    t.token for t in tokens.tokens_of(clean, pieces, ours, numbers=False)
                ],
            }
            cuts[key] = {name: _same_cut(text, pieces) for name, pieces in cut.items()}
        return cuts[key]

    def view(name: str) -> Callable[[str], Callable[[str], list[str]]]:
        return lambda rid: lambda text: list(cut_all(rid, text)[name])

    def plain(text: str) -> list[str]:
        return tokens.token_cutter(tokenizer(None), numbers=False)(text)

    by_report: dict[str, list[str]] = {}
    for report_id, text in sentences:
        by_report.setdefault(report_id, []).append(text)
    for report_id, texts in by_report.items():
        for text in texts:
            cut_all(report_id, text)
    return {"jieba": lambda _: plain} | {name: view(name) for name in views}


def segmentation_tables(
    gold_file: Path | None, subject: Path, folders: Sequence[Path] = ()
) -> dict[str, pd.DataFrame]:
    """The tokenizer's accuracy tables: ``segmentation_quality``, default jieba's and our
    tokenizer's scores (:func:`report_segmenters`) on the hand-segmented set and on the
    held-out sets beside it, if any (:func:`govreport.segmentation_eval.heldout_files`;
    :func:`govreport.segmentation_eval.quality_table`), with the subject report's whole-text
    integrity; ``segmentation_misses``, the policy terms our tokenizer does not keep whole on
    the blind split and on the whole development set
    (:func:`govreport.segmentation_eval.misses_table`); ``segmentation_blind_history``, each
    held-out set's recorded blind scores (:func:`govreport.segmentation_eval.blind_history`);
    ``segmentation_agreement``, two annotators' agreement on the sets segmented twice
    (:func:`govreport.segmentation_eval.agreement_table`).
    Empty tables when the build has no set.
    A gold sentence's report is looked up in the subject's folder, then in ``folders``."""
    from govreport import segmentation_eval as se

    if gold_file is None or not gold_file.is_file():
        return {
            "segmentation_quality": pd.DataFrame(columns=se.QUALITY_COLUMNS),
            "segmentation_misses": pd.DataFrame(columns=se.MISSES_COLUMNS),
            "segmentation_blind_history": pd.DataFrame(columns=se.BLIND_COLUMNS),
            "segmentation_agreement": pd.DataFrame(columns=se.AGREEMENT_COLUMNS),
        }
    gold = se.read_gold(gold_file)
    heldout = {path.stem: se.read_gold(path) for path in se.heldout_files(gold_file)}
    report = read_report(subject)
    texts = ["".join(s.text.split()) for s in report.sentences()]
    scored = [*gold, *(g for rows in heldout.values() for g in rows)]
    segmenters = report_segmenters(
        [subject.parent, *folders],
        [(g.report_id, g.text) for g in scored] + [(report.report_id, t) for t in texts],
    )
    quality = se.quality_table(gold, segmenters, (report.report_id, texts), heldout)
    blind = se.blind_split(quality)
    splits = {blind: heldout.get(blind) or se.split_gold(gold)["test"], "whole": gold}
    ours = {k: segmenters[k] for k in ("govreport", "govreport_parts")}
    return {
        "segmentation_quality": quality,
        "segmentation_misses": se.misses_table(splits, ours),
        "segmentation_blind_history": se.blind_history(gold_file),
        "segmentation_agreement": se.agreement_table(gold_file),
    }


def _sentence_locator(report: Report) -> Callable[[str], str]:
    """``quote -> sentence id`` of the first sentence whose raw span holds the quote."""

    def locate(quote: str) -> str:
        at = report.raw_text.find(quote)
        for sentence in report.sentences():
            if sentence.start <= at < sentence.end:
                return sentence.sentence_id
        return ""

    return locate


# --------------------------------------------------------------------------- the build


@dataclass(frozen=True)
class BuildPaths:
    """Where a build reads and writes."""

    subject: Path
    reference: Path
    out_dir: Path
    figures_dir: Path
    cache_dir: Path | None
    #: Corpus reports whose pooled counts are the keyness baseline (the national reports).
    corpus: tuple[Path, ...] = ()
    #: Corpus folders (each with an index.csv) and the reviewed series overrides; a build
    #: without them writes no corpus tables.
    corpora: tuple[Path, ...] = ()
    series_overrides: Path | None = None
    #: Hand-made quantity gold (tests/data/gold_corpus/ of a checkout) whose held-out set gives
    #: the extractor's accuracy table; the reports it names are read from the corpora's parent.
    gold: Path | None = None
    #: Hand-segmented sentences (tests/data/segmentation/gold.tsv of a checkout) that give the
    #: tokenizer's accuracy table.
    segmentation_gold: Path | None = None
    #: The main-targets paragraph of each corpus report, written by reading
    #: (tests/data/structure/main_targets.csv of a checkout): the headline-targets accuracy table.
    main_targets: Path | None = None

    @property
    def root(self) -> Path:
        """The project the subject report is stored in (``<root>/data/raw/reports/<id>.txt``)."""
        parents = self.subject.resolve().parents
        return parents[3] if len(parents) > 3 else self.subject.parent

    @classmethod
    def of_project(
        cls, project: Project, out_dir: Path | None = None, figures_dir: Path | None = None
    ) -> BuildPaths:
        return cls(
            subject=project.report_path(project.subject_id()),
            reference=project.report_path(project.reference_id()),
            out_dir=out_dir or project.processed,
            figures_dir=figures_dir or project.figures,
            cache_dir=project.root / ".cache" / "govreport",
            corpus=tuple(sorted(project.national.glob("*.txt"))),
            corpora=(project.national, project.provincial),
            series_overrides=project.reviewed / "national_series_overrides.csv",
            gold=project.root / "tests" / "data" / "gold_corpus",
            segmentation_gold=project.root / "tests" / "data" / "segmentation" / "gold.tsv",
            main_targets=project.root / "tests" / "data" / "structure" / "main_targets.csv",
        )


def _outputs_digest(out_dir: Path, figures_dir: Path) -> str:
    """Hash of what a build wrote: the tables and the figure files."""
    tables = [p for p in out_dir.rglob("*") if p.is_file()]
    figures = [p for p in figures_dir.glob("fig-*.*") if p.is_file()]
    return hash_files(tables, out_dir) + hash_files(figures, figures_dir)


def _inputs_key(paths: BuildPaths, code: str) -> str:
    inputs = [report_fingerprint(paths.subject), report_fingerprint(paths.reference)]
    inputs += [report_fingerprint(p) for p in paths.corpus]
    extra = [p for p in _extra_inputs(paths) if p.is_file()]
    corpora = [
        folder.name + ":" + hash_files([p for p in folder.glob("*.*") if p.is_file()], folder)
        for folder in paths.corpora
        if folder.is_dir()
    ]
    parts = [
        code,
        *inputs,
        hash_files(extra) if extra else "",
        *corpora,
        # the gold folders with their second annotations (agreement/)
        hash_files(sorted(paths.gold.rglob("*.csv"))) if paths.gold and paths.gold.is_dir() else "",
        hash_files(sorted(p for p in g.parent.rglob("*.*") if p.is_file()))
        if (g := paths.segmentation_gold)
        else "",
        hash_files([t]) if (t := paths.main_targets) and t.is_file() else "",
        str(paths.out_dir.resolve()),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _extra_inputs(paths: BuildPaths) -> list[Path]:
    """Project files other than the two reports that a build reads."""
    root = paths.root
    found: list[Path] = []
    for folder in (root / "data" / "external", root / "data" / "reviewed"):
        if folder.is_dir():
            found += [p for p in folder.rglob("*") if p.is_file()]
    citation = root / "CITATION.cff"
    return found + ([citation] if citation.is_file() else [])


def up_to_date(paths: BuildPaths, key: str) -> bool:
    """True when the last build into these folders had the same inputs and code, and what it
    wrote is unchanged."""
    if paths.cache_dir is None:
        return False
    stamp = paths.cache_dir / STAMP_FILE
    if not stamp.is_file():
        return False
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    entry = recorded.get(str(paths.out_dir.resolve()), {})
    return entry.get("key") == key and entry.get("outputs") == _outputs_digest(
        paths.out_dir, paths.figures_dir
    )


def record_build(paths: BuildPaths, key: str) -> None:
    if paths.cache_dir is None:
        return
    stamp = paths.cache_dir / STAMP_FILE
    recorded: dict = {}
    if stamp.is_file():
        try:
            recorded = json.loads(stamp.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            recorded = {}
    recorded[str(paths.out_dir.resolve())] = {
        "key": key,
        "outputs": _outputs_digest(paths.out_dir, paths.figures_dir),
    }
    paths.cache_dir.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def search_dictionary() -> list[str]:
    """The user dictionary in jieba's plain format, for Sphinx's Chinese search index."""
    return tokens.search_dictionary_lines(tokens.curated_terms(), tokens.default_tokenizer())


def _book_task(
    task: tuple[Path, Path, Cache, Path],
) -> tuple[Report, Report, dict[str, pd.DataFrame], list[str], float]:
    """A worker's share of the build: the subject and reference reports through every
    per-report stage, the book's tables (without the corpus baseline) and the search
    dictionary's lines (the jieba dictionaries are loaded here, not in the parent). The subject
    is cut by plain jieba first, whose dictionary is freed before ours is loaded: the two
    together would be the build's largest process."""
    subject_path, reference_path, cache, root = task
    started = time.perf_counter()
    plain = words.cut_plain(read_report(subject_path))
    subject, subject_tables = analysed(subject_path, cache)
    reference, reference_tables = analysed(reference_path, cache)
    tables = book_tables(subject, reference, subject_tables, reference_tables, None, root, plain)
    tables["_reference_tokens"] = reference_tables["tokens"]
    lines = search_dictionary()
    return subject, reference, tables, lines, time.perf_counter() - started


def with_baseline(tables: dict[str, pd.DataFrame], corpus: Counter) -> dict[str, pd.DataFrame]:
    """The book's tables with ``keyness_baselines`` (the corpus baseline of keyness) in the
    place :func:`words_tables` gives it; ``tables`` holds the reference's tokens under
    ``_reference_tokens`` (dropped here)."""
    stop = tokens.read_stopwords()
    reference_tokens = tables.pop("_reference_tokens")
    if not corpus:
        return tables
    baseline = words.baseline_keyness_table(
        words.content_tokens(tables["tokens"], stopwords=stop),
        words.content_tokens(reference_tokens, stopwords=stop),
        corpus,
    )
    out: dict[str, pd.DataFrame] = {}
    for name, frame in tables.items():
        out[name] = frame
        if name == "term_frequencies_parts":
            out["keyness_baselines"] = baseline
    return out


def build(
    paths: BuildPaths,
    progress: Progress = stderr_progress,
    jobs: int | None = None,
    force: bool = False,
) -> dict[str, pd.DataFrame] | None:
    """Run every stage, write the tables, the search dictionary and the figures.

    Returns the tables, or ``None`` when everything was already up to date. ``force``: a cold
    build, reading nothing from the cache.
    """
    from govreport.publish.datapackage import write_descriptor
    from govreport.publish.figures import build_figures, close_drawing_pool, drawing_pool

    started = time.perf_counter()
    key = _inputs_key(paths, code_fingerprint())
    if not force and up_to_date(paths, key):
        progress(
            f"up to date (inputs and code unchanged); checked in {time.perf_counter() - started:.1f}s"
        )
        return None
    cache_dir = None if force else paths.cache_dir
    cache = Cache(cache_dir, analysis_fingerprint())
    jobs = jobs or default_jobs()
    context = multiprocessing.get_context("fork")
    # The analysis workers are forked now, while this process is small (a forked worker starts
    # with its parent's resident memory; the peak RSS of a build is that of its largest
    # process); the drawing workers come from a fork server that loads matplotlib meanwhile.
    drawing = drawing_pool(jobs)
    try:
        with context.Pool(jobs) as analysing:
            t0 = time.perf_counter()
            book = analysing.apply_async(
                _book_task, ((paths.subject, paths.reference, cache, paths.root),)
            )
            segmentation = analysing.apply_async(
                segmentation_tables, (paths.segmentation_gold, paths.subject, paths.corpora)
            )
            evaluation = analysing.apply_async(extraction_tables, (paths,))
            entries = corpus_entries(paths)
            results = corpus.run_corpus(
                entries, cache_dir, jobs, counts=set(paths.corpus), pool=analysing
            )
            progress(f"corpus: {len(entries)} reports in {time.perf_counter() - t0:.1f}s")
            subject, reference, tables, lines, seconds = book.get()
            tokenizer_tables = segmentation.get()
            extraction = evaluation.get()
            progress(
                f"reports {subject.report_id}, {reference.report_id} and the book's tables "
                f"in {seconds:.1f}s (in a worker, beside the corpus)"
            )
        t1 = time.perf_counter()
        baseline = corpus_baseline(entries, results, paths.corpus) if paths.corpus else Counter()
        tables = with_baseline(tables, baseline)
        tables.update(corpus_tables(paths, subject, tables, computed=(entries, results)))
        del results
        tables.update(extraction)
        tables.update(tokenizer_tables)
        progress(f"corpus tables in {time.perf_counter() - t1:.1f}s")
        for name, frame in tables.items():
            write_csv(frame, paths.out_dir / f"{name}.csv")
        progress(f"{len(tables)} tables in {time.perf_counter() - t0:.1f}s")
        dictionary = paths.out_dir / "jieba_user_dict.txt"
        dictionary.write_text("\n".join(lines) + "\n", encoding="utf-8")
        manifest = build_figures(
            tables,
            paths.figures_dir,
            paths.out_dir / "figures",
            progress=progress,
            jobs=jobs,
            cache_dir=cache_dir,
            pool=drawing,
        )
    finally:
        close_drawing_pool(drawing)
    write_descriptor(paths.out_dir)  # datapackage.json: every CSV above, with its columns
    record_build(paths, key)
    progress(
        f"{len(manifest)} figures in {paths.figures_dir}; done in {time.perf_counter() - started:.1f}s"
    )
    return tables


def default_jobs() -> int:
    """Worker processes for drawing: every core the process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


# --------------------------------------------------------------------------- reading back


def read_table(path: Path) -> pd.DataFrame:
    """A table written by :func:`govreport.publish.figures.write_csv`; empty text cells stay ``""``."""
    frame = pd.read_csv(path)
    for column in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[column]):
            frame[column] = frame[column].fillna("")
    return frame


def load_tables(directory: Path | None = None) -> dict[str, pd.DataFrame]:
    """The committed tables, as the notebooks read them (``data/processed/*.csv``)."""
    if directory is None:
        from govreport.config import project

        directory = project().processed
    return {path.stem: read_table(path) for path in sorted(directory.glob("*.csv"))}


__all__ = ["BuildPaths", "build", "load_tables", "read_table", "report_tables"]
