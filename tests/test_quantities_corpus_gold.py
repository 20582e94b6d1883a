"""Score the quantities extractor against the hand-made corpus gold (tests/data/gold_corpus/).

``dev.csv`` is the development set (the extractor was tuned on it); a readable diff goes to
``_build/quantities-corpus-diff.md``. ``heldout.csv`` is held out: only aggregate numbers are
printed or asserted for it, never its rows. Matching and fields: see
:mod:`govreport.quantities.evaluation`. Run ``python tests/test_quantities_corpus_gold.py`` for
the scores alone.

Thresholds: the baseline before the extractor was changed (for now).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from govreport.quantities.evaluation import FIELDS, Score, diff_markdown, score_gold

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold_corpus"
RAW = ROOT / "data" / "raw"
DIFF = ROOT / "_build" / "quantities-corpus-diff.md"

DEV_THRESHOLDS = {
    "precision": 0.931,
    "recall": 0.976,
    "value_num": 0.998,
    "value_high": 0.987,
    "unit": 0.992,
    "value_base": 0.998,
    "kind": 0.965,
    "period_kind": 0.781,
    "year": 0.637,
    "span": 0.659,
    "qualifier": 0.965,
    "subject": 0.609,
    "subject_lenient": 0.842,
    "measure": 0.000,
    "full_row": 0.354,
    "full_row_all": 0.346,
}
HELDOUT_THRESHOLDS = {
    "precision": 0.943,
    "recall": 0.975,
    "value_num": 0.992,
    "value_high": 0.998,
    "unit": 0.986,
    "value_base": 0.981,
    "kind": 0.906,
    "period_kind": 0.697,
    "year": 0.310,
    "span": 0.599,
    "qualifier": 0.958,
    "subject": 0.530,
    "subject_lenient": 0.807,
    "measure": 0.000,
    "full_row": 0.137,
    "full_row_all": 0.134,
}


def score(name: str) -> Score:
    return score_gold(GOLD / f"{name}.csv", GOLD / f"{name}_paragraphs.csv", RAW)


def report_line(name: str, s: Score) -> str:
    summary = s.summary()
    names = ("precision", "recall", *FIELDS, "full_row", "full_row_all")
    return f"{name}: " + ", ".join(f"{k}={summary[k]:.3f}" for k in names)


@pytest.fixture(scope="module")
def dev() -> Score:
    s = score("dev")
    DIFF.parent.mkdir(exist_ok=True)
    DIFF.write_text(diff_markdown(s, "Quantities vs corpus dev gold"), encoding="utf-8")
    return s


def test_dev_gold_is_located_and_exhaustive(dev: Score) -> None:
    assert dev.n_gold >= 180


@pytest.mark.parametrize("name", sorted(DEV_THRESHOLDS))
def test_dev_scores(dev: Score, name: str) -> None:
    value = dev.summary()[name]
    assert value >= DEV_THRESHOLDS[name], f"dev {name} {value:.3f} < {DEV_THRESHOLDS[name]}"


@pytest.fixture(scope="module")
def heldout() -> Score:
    return score("heldout")


@pytest.mark.parametrize("name", sorted(HELDOUT_THRESHOLDS))
def test_heldout_scores(heldout: Score, name: str) -> None:
    value = heldout.summary()[name]
    limit = HELDOUT_THRESHOLDS[name]
    assert value >= limit, f"held-out {name} {value:.3f} < {limit}"


if __name__ == "__main__":
    for name in sys.argv[1:] or ["dev"]:
        s = score(name)
        if name == "dev":
            DIFF.parent.mkdir(exist_ok=True)
            DIFF.write_text(diff_markdown(s, "Quantities vs corpus dev gold"), encoding="utf-8")
        print(report_line(name, s))
