"""The national series against expectations made by reading the reports
(tests/data/national_series_expected.csv), and the rules and overrides behind it."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from govreport import corpus, trends
from govreport.config import project
from govreport.errors import InputError
from govreport.pipeline import read_table

PROJECT = project(Path(__file__).resolve().parents[1])
EXPECTED = Path(__file__).parent / "data" / "national_series_expected.csv"
SERIES = PROJECT.processed / "national_series.csv"
MIN_YEARS = 10


def _expected() -> pd.DataFrame:
    frame = pd.read_csv(EXPECTED, comment="#", dtype=str, keep_default_na=False)
    return frame.rename(columns={"indicator": "indicator_key"})


def _num(value: object) -> float:
    return float(value) if str(value) not in {"", "nan"} else math.nan


def _same(a: object, b: object) -> bool:
    x, y = _num(a), _num(b)
    return (math.isnan(x) and math.isnan(y)) or x == y


@pytest.fixture(scope="module")
def series() -> pd.DataFrame:
    return read_table(SERIES)


@pytest.fixture(scope="module")
def compared(series: pd.DataFrame) -> pd.DataFrame:
    expected = _expected().assign(year=lambda f: f["year"].astype(int))
    merged = expected.merge(
        series, on=["year", "indicator_key"], how="left", suffixes=("_expected", "")
    )
    return merged


def _mismatches(rows: pd.DataFrame) -> list[str]:
    out = []
    for r in rows.to_dict("records"):
        checks = {
            "target_value": _same(r["target_value_expected"], r["target_value"]),
            "target_high": _same(r["target_high_expected"], r["target_high"]),
            "target_hedge": r["target_hedge_expected"] == (r["target_hedge"] or ""),
            "outcome_value": _same(r["outcome_value_expected"], r["outcome_value"]),
        }
        bad = [k for k, ok in checks.items() if not ok]
        if bad:
            out.append(f"{r['year']} {r['indicator_key']}: {bad} (got {r['target_quote']!r})")
    return out


def test_series_matches_expectations(compared: pd.DataFrame) -> None:
    """Every expected cell (target value, range end, hedge, outcome) is in the series."""
    assert not _mismatches(compared), "\n".join(_mismatches(compared))


@pytest.mark.parametrize("indicator", sorted(_expected()["indicator_key"].unique()))
def test_each_indicator_has_ten_years_checked(compared: pd.DataFrame, indicator: str) -> None:
    """At least ten years per indicator agree with the reading (all years where the
    expectations have fewer: surveyed unemployment has a target only from 2018)."""
    rows = compared[compared["indicator_key"] == indicator]
    good = [not _mismatches(rows.iloc[[i]]) for i in range(len(rows))]
    assert sum(good) >= min(MIN_YEARS, len(rows)), indicator


def test_no_target_where_the_reports_set_none(series: pd.DataFrame) -> None:
    """Years the expectations list as having no numeric target get none from the rules."""
    expected = _expected()
    keys = set(zip(expected["year"].astype(int), expected["indicator_key"], strict=True))
    span = range(2004, 2026)
    unexpected = pd.Series(
        [(y, k) not in keys for y, k in zip(series["year"], series["indicator_key"], strict=True)],
        index=series.index,
    )
    extra = series[series["year"].isin(span) & (series["target_quote"] != "") & unexpected]
    assert extra.empty, extra[["year", "indicator_key", "target_quote"]].to_string()


def test_gdp_met_count_agrees_with_reading(series: pd.DataFrame) -> None:
    """The expectations' header: the GDP target was met in 15 of the 18 years with an outcome,
    missed in 2014, 2015 and 2022."""
    gdp = series[(series["indicator_key"] == "gdp_growth") & series["met"].isin([True, False])]
    gdp = gdp[gdp["year"] <= 2025]
    met = gdp["met"].astype(bool)
    assert (len(gdp), int(met.sum())) == (18, 15)
    assert sorted(gdp.loc[~met, "year"]) == [2014, 2015, 2022]


def test_quotes_are_in_their_reports(series: pd.DataFrame) -> None:
    texts = {
        e.report_id: e.path.read_bytes().decode("utf-8-sig")
        for e in corpus.list_corpus(PROJECT.national)
    }
    for role in ("target", "outcome"):
        filled = series[series[f"{role}_quote"] != ""]
        for quote, report_id in zip(
            filled[f"{role}_quote"], filled[f"{role}_report_id"], strict=True
        ):
            assert quote in texts[report_id], (role, report_id, quote)


def test_every_override_has_a_reason_and_quotes_its_report() -> None:
    overrides = trends.read_overrides(PROJECT.reviewed / "national_series_overrides.csv")
    assert len(overrides) > 0
    texts = {
        e.report_id: e.path.read_bytes().decode("utf-8-sig")
        for e in corpus.list_corpus(PROJECT.national)
    }
    for row in overrides.to_dict("records"):
        trends.check_override(row, texts)  # raises on a bad quote or a typed number


def test_override_with_a_number_not_in_its_quote_is_refused() -> None:
    row = {
        "year": 2016,
        "indicator_key": "gdp_growth",
        "role": "target",
        "report_id": "r",
        "quote": "国内生产总值增长6.5%－7%",
        "value": "6.8",
        "value_high": "",
        "hedge": "",
    }
    with pytest.raises(InputError, match="not written in the quote"):
        trends.check_override(row, {"r": "……国内生产总值增长6.5%－7%……"})


def test_source_counts_add_up(series: pd.DataFrame) -> None:
    counts = trends.source_counts(series)
    targets = counts[(counts["cell"] == "target") & (counts["cell_source"] != "override_blank")]
    assert targets["n_cells"].sum() == (series["target_quote"] != "").sum()


def test_met_and_gap_rules() -> None:
    assert trends.met_and_gap("floor", 5.0, math.nan, 5.0) == (True, 0.0)
    assert trends.met_and_gap("ceiling", 5.5, math.nan, 5.6) == (False, 0.1)
    assert trends.met_and_gap("ceiling", 6.0, 6.5, 6.4) == (True, -0.1)
    assert trends.met_and_gap("floor", 5.0, math.nan, math.nan)[0] == ""


def test_share_met_with_margin_is_monotone(series: pd.DataFrame) -> None:
    table = trends.margin_sensitivity(series, [-1.0, -0.5, 0.0, 0.5, 1.0])
    assert table["n_reached"].is_monotonic_decreasing
    assert table["n_years"].nunique() == 1


def test_term_history_counts_substrings() -> None:
    terms = pd.DataFrame({"term": ["高质量发展", "市中"], "origin": ["key_term", "slogan"]})
    history = trends.term_history(
        terms, [("a", 2017, "高质量发展。"), ("b", 2018, "推动高质量发展")]
    )
    origins = trends.term_origins(history, "市中高质量发展")
    first = dict(zip(origins["term"], origins["first_year"], strict=True))
    assert first["高质量发展"] == 2017 and pd.isna(first["市中"])
    assert origins.set_index("term").loc["市中", "local_only"]


def test_corpus_lists_both_corpora_with_years() -> None:
    national = corpus.list_corpus(PROJECT.national)
    provincial = corpus.list_corpus(PROJECT.provincial)
    assert len(national) == 52 and len(provincial) == 13
    assert [e.year for e in national] == sorted(e.year for e in national)
    assert {e.level for e in provincial} == {"province"} and {e.year for e in provincial} == {2026}
    assert all(e.review_year == e.year - 1 for e in national)


def test_corpus_run_is_ordered_and_cached(tmp_path: Path) -> None:
    entries = corpus.list_corpus(PROJECT.national)[-3:]
    cold = corpus.run_corpus(entries, tmp_path, jobs=2)
    assert [r.report_id for r, _ in cold] == [e.report_id for e in entries]
    assert len(list(tmp_path.glob("report-*.pkl"))) == 3
    warm = corpus.run_corpus(entries, tmp_path, jobs=2)
    for (_, a), (_, b) in zip(cold, warm, strict=True):
        pd.testing.assert_frame_equal(a["indicators"], b["indicators"])
