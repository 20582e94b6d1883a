"""The build's content-hash keys and its one-pass corpus run (see ``govreport.pipeline``)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from govreport import corpus, pipeline, tokens, words
from govreport.config import project
from govreport.report import read_report

PROJECT = project(Path(__file__).resolve().parents[1])
PACKAGE = Path(pipeline.__file__).resolve().parent


def _copy_package(tmp_path: Path) -> Path:
    copy = tmp_path / "govreport"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_chart_change_keeps_the_analysis_key_but_not_the_build_key(tmp_path: Path) -> None:
    package = _copy_package(tmp_path)
    analysis, whole = pipeline.analysis_fingerprint(package), pipeline.code_fingerprint(package)
    assert analysis == pipeline.analysis_fingerprint(PACKAGE)  # the copy hashes as the original
    _append(package / "publish" / "charts" / "words.py", "\n# a chart changed\n")
    assert pipeline.analysis_fingerprint(package) == analysis  # reports are not re-extracted
    assert pipeline.code_fingerprint(package) != whole  # but the build is not "up to date"


def test_analysis_code_or_lexicon_change_invalidates_per_report_results(tmp_path: Path) -> None:
    package = _copy_package(tmp_path)
    before = pipeline.analysis_fingerprint(package)
    _append(package / "quantities" / "table.py", "\n# the quantities code changed\n")
    after_code = pipeline.analysis_fingerprint(package)
    assert after_code != before
    _append(package / "lexicon" / "stopwords.txt", "\n# a comment\n")
    assert pipeline.analysis_fingerprint(package) != after_code


@pytest.mark.filterwarnings("ignore::govreport.errors.StructureWarning")
def test_corpus_pass_counts_equal_tokenising_each_report(tmp_path: Path) -> None:
    """The baseline counts from the corpus workers are those of tokenising each report alone,
    summed in path order (what the serial loop they replace computed)."""
    entries = corpus.list_corpus(PROJECT.national)
    entries = sorted(entries, key=lambda e: e.path.stat().st_size)[:3]
    paths = {e.path for e in entries}
    results = corpus.run_corpus(entries, tmp_path, jobs=2, counts=paths)
    pooled = pipeline.corpus_baseline(entries, results, paths)
    expected: Counter = Counter()
    stop = tokens.read_stopwords()
    for path in sorted(paths):
        table = tokens.tokenize_report(read_report(path))
        expected.update(Counter(words.content_tokens(table, stopwords=stop)["token"]))
    assert pooled == expected and list(pooled) == list(expected)
    again = corpus.run_corpus(entries, tmp_path, jobs=2, counts=paths)  # from the cache
    assert pipeline.corpus_baseline(entries, again, paths) == expected
    plain = corpus.run_corpus(entries, tmp_path, jobs=1)  # entries without counts: other key
    assert all("word_counts" not in t for _, t in plain)
