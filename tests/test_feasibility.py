"""Feasibility: each measure, the rating and its thresholds file, the consistency check, the
sensitivity table and the parent-level file (the target ladder)."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pandas as pd
import pytest

from govreport import feasibility as fe
from govreport import targets
from govreport.config import project
from govreport.errors import InputError
from govreport.report import load_report

PROJECT = project(Path(__file__).resolve().parents[1])
REFERENCE_REPORT_ID = PROJECT.reference_id()
SUBJECT_REPORT_ID = PROJECT.subject_id()

_spec = importlib.util.spec_from_file_location(
    "indicator_fixtures", Path(__file__).with_name("indicator_fixtures.py")
)
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

NO_OVERRIDES = pd.DataFrame(columns=targets.OVERRIDE_COLUMNS)


@pytest.fixture(scope="module")
def rules():
    return fe.load_rules()


@pytest.fixture(scope="module")
def shizhong_targets(rules):
    report = load_report(SUBJECT_REPORT_ID)
    return targets.target_table(
        fx.frame(fx.shizhong_rows(report)), report, rules.pair_min_score, rules.lower_is_better,
        overrides=NO_OVERRIDES,
    )  # fmt: skip


def test_measures():
    assert fe.implied_change_pct(130, 125) == pytest.approx(4.0)
    assert math.isnan(fe.implied_change_pct(1, 0))
    assert fe.growth_gap_pp(7.5, 18) == pytest.approx(-10.5)
    assert fe.count_ratio(6000, 9090) == pytest.approx(0.660066, rel=1e-5)
    assert fe.days_share_pct(233, 2024) == pytest.approx(233 / 366 * 100)
    assert fe.days_share_pct(233, 2023) == pytest.approx(233 / 365 * 100)


def test_rating_bands_and_direction():
    assert fe.rate_gap(-1.01, 1.0) == "below_pace"
    assert fe.rate_gap(1.0, 1.0) == "close_to_pace"
    assert fe.rate_gap(fe.signed_gap(0.4, "down"), 0.25) == "below_pace"
    assert fe.rate_gap(float("nan"), 1.0) == "not_comparable"


def test_rules_file_is_valid_and_checked(tmp_path, rules):
    assert 0 < rules.pair_min_score <= 1
    assert rules.growth_band_pp in rules.sensitivity_growth
    assert rules.ratio_band in rules.sensitivity_ratio
    bad = tmp_path / "rules.yml"
    bad.write_text("growth_band_pp: one\n", encoding="utf-8")
    with pytest.raises(InputError):
        fe.load_rules(bad)
    bad.write_text(": [\n", encoding="utf-8")
    with pytest.raises(InputError):
        fe.load_rules(bad)
    with pytest.raises(InputError):
        fe.load_rules(tmp_path / "missing.yml")


def test_feasibility_ratings_on_district_rows(shizhong_targets, rules):
    table = fe.feasibility_table(shizhong_targets, rules, {SUBJECT_REPORT_ID: 2024})
    by = table.set_index("quote")
    gdp = by.loc["地区生产总值增长5.6%左右"]
    assert gdp["gap_pp"] == pytest.approx(-0.3) and gdp["baseline_is_ytd"]
    assert gdp["rating"] == "close_to_pace" and "前三季度" in gdp["reason"]
    assert by.loc["规模以上工业增加值增长7.5%左右", "rating"] == "below_pace"
    air = by.loc["空气质量优良天数比例达到67.6%"]
    assert air["baseline_converted"] == pytest.approx(233 / 366 * 100, abs=1e-3)
    assert by.loc["引进产业项目200个", "rating"] == "not_comparable"  # cumulative baseline
    assert by.loc["新增城镇就业2万人", "ratio"] == pytest.approx(2 / 2.77, abs=1e-4)
    assert by.loc["进出口总额增长5%左右", "rating"] == "no_baseline"
    assert set(table["rating"]) <= set(fe.RATINGS)


def test_ytd_level_baseline_is_not_compared_as_a_full_year(rules):
    row = {"baseline_id": "b", "measure": "ratio", "value_num": 1500.0, "value_base": 1500.0,
           "baseline_value_num": 1078.9, "baseline_value_base": 1078.9, "baseline_span": "前三季度"}  # fmt: skip
    out = fe.measure_row(row, rules, 2024)
    assert out["rating"] == "not_comparable" and out["baseline_is_ytd"]


def test_consistency_flags_trade(shizhong_targets, rules):
    flags = fe.consistency_checks(shizhong_targets, rules)
    trade = flags[flags["growth_quote"] == "进出口总额增长5%左右"]
    assert len(trade) == 1
    assert trade.iloc[0]["implied_growth_pct"] == pytest.approx(4.0)
    assert trade.iloc[0]["difference_pp"] == pytest.approx(-1.0)
    assert bool(trade.iloc[0]["flagged"])
    # GDP growth has no level target: not checked
    assert not (flags["growth_quote"] == "地区生产总值增长5.6%左右").any()


def test_sensitivity_moves_with_thresholds(shizhong_targets, rules):
    table = fe.rating_sensitivity(shizhong_targets, rules, {SUBJECT_REPORT_ID: 2024})
    per_setting = table.groupby(["growth_band_pp", "ratio_band"])["n_targets"].sum()
    assert (per_setting == len(shizhong_targets)).all()
    assert table["is_default"].sum() == len(fe.RATINGS)
    close = table[table["rating"] == "close_to_pace"].set_index(["growth_band_pp", "ratio_band"])
    widest = close.loc[(max(rules.sensitivity_growth), max(rules.sensitivity_ratio)), "n_targets"]
    narrowest = close.loc[
        (min(rules.sensitivity_growth), min(rules.sensitivity_ratio)), "n_targets"
    ]
    assert widest >= narrowest


def test_parent_file_loads_with_reliability():
    parent = fe.read_parent_file()
    assert set(parent["level"]) <= set(fe.LEVEL_ORDER)
    assert (parent["source_kind"] != "").all()
    assert "unofficial" in set(parent["source_kind"])


def test_parent_file_errors(tmp_path):
    bad = tmp_path / "p.csv"
    bad.write_text("level,region\nplanet,地球\n", encoding="utf-8")
    with pytest.raises(InputError):
        fe.read_parent_file(bad)
    with pytest.raises(InputError):
        fe.read_parent_file(tmp_path / "none.csv")


def test_ladder_amplification(shizhong_targets):
    specs = fe.read_ladder_indicators()
    district = fe.district_ladder_rows(shizhong_targets, specs, "济南市市中区", "report")
    ladder = fe.target_ladder(district, fe.read_parent_file(), specs)
    gdp = ladder[(ladder["indicator_key"] == "gdp") & (ladder["record"] == "target")]
    by_level = gdp.set_index("level")
    parent = fe.read_parent_file()
    city = parent[(parent["level"] == "city") & (parent["indicator"] == "地区生产总值增长")
                  & (parent["record"] == "target")]["value"].iloc[0]  # fmt: skip
    assert by_level.loc["district", "amplification_vs_above_pp"] == pytest.approx(5.6 - city)
    assert by_level.loc["district", "above_level"] == "city"
    assert math.isnan(by_level.loc["national", "amplification_vs_above_pp"])
    assert (ladder["source_kind"] != "").all()


def test_national_report_runs_through(rules):
    report = load_report(REFERENCE_REPORT_ID)
    table = targets.target_table(
        fx.frame(fx.national_rows(report)), report, rules.pair_min_score, rules.lower_is_better,
        overrides=NO_OVERRIDES,
    )  # fmt: skip
    feas = fe.feasibility_table(table, rules, {REFERENCE_REPORT_ID: 2024}).set_index("quote")
    assert feas.loc["国内生产总值增长5%左右", "gap_pp"] == pytest.approx(0.0)
    assert feas.loc["城镇新增就业1200万人以上", "ratio"] == pytest.approx(1200 / 1256, abs=1e-4)


def test_empty_cells_from_csv_are_not_spans(rules):
    """A CSV round trip turns empty cells into NaN; NaN must not read as a year-to-date span."""
    row = {"baseline_id": "b", "measure": "growth_gap", "value_num": 5.0,
           "baseline_value_num": 4.0, "baseline_span": float("nan"),
           "baseline_qualifier": float("nan"), "direction": float("nan")}  # fmt: skip
    out = fe.measure_row(row, rules, 2024)
    assert not out["baseline_is_ytd"] and out["rating"] == "close_to_pace"
    assert not fe.measure_row({"baseline_id": float("nan")}, rules, 2024)["baseline_is_ytd"]


def test_a_deeper_energy_cut_than_last_year_is_rated_as_more_ambitious() -> None:
    """Reductions are negative growth rows (quantities stage); the rules must flip them."""
    from govreport.feasibility import growth_gap_pp, load_rules, signed_gap
    from govreport.targets import direction

    rules = load_rules()
    way = direction("单位地区生产总值能耗", rules.lower_is_better)
    assert way == "down"
    assert signed_gap(growth_gap_pp(-3.5, -3.0), way) > 0


def test_a_price_target_is_an_anchor_not_an_ambition() -> None:
    from govreport.feasibility import load_rules, measure_row

    row = {"baseline_id": "b", "measure": "growth_gap", "value_num": 2.0,
           "baseline_value_num": 0.2, "subject": "居民消费价格涨幅", "direction": "up"}  # fmt: skip
    measured = measure_row(row, load_rules(), 2024)
    assert measured["rating"] == "not_comparable" and "上限" in measured["reason"]
