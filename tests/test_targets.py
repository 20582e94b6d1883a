"""Targets: hedge words, hardness, subject normalisation and the target-baseline pairing, on
sentences of both stored reports (hand-made indicator rows, see indicator_fixtures.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from govreport import targets
from govreport.config import project
from govreport.errors import InputError
from govreport.feasibility import load_rules
from govreport.report import load_report, parse_report

PROJECT = project(Path(__file__).resolve().parents[1])
PROCESSED_DIR = PROJECT.processed
REFERENCE_REPORT_ID = PROJECT.reference_id()
SUBJECT_REPORT_ID = PROJECT.subject_id()

_spec = importlib.util.spec_from_file_location(
    "indicator_fixtures", Path(__file__).with_name("indicator_fixtures.py")
)
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

NO_OVERRIDES = pd.DataFrame(columns=targets.OVERRIDE_COLUMNS)


@pytest.fixture(scope="module")
def shizhong():
    return load_report(SUBJECT_REPORT_ID)


@pytest.fixture(scope="module")
def national():
    return load_report(REFERENCE_REPORT_ID)


def _table(report, rows, overrides=NO_OVERRIDES):
    rules = load_rules()
    return targets.target_table(
        fx.frame(rows), report, rules.pair_min_score, rules.lower_is_better, overrides=overrides
    )


def _by_quote(table, quote):
    hits = table[table["quote"] == quote]
    assert len(hits) == 1, quote
    return hits.iloc[0]


def test_hedge_lexicon_valid_and_positioned():
    lexicon = targets.read_hedge_classes()
    words = {h.word: h for h in lexicon}
    assert words["以上"].position == "after" and words["以上"].hedge_class == "hard"
    assert words["力争"].hedge_class == "soft" and words["左右"].hedge_class == "soft"
    assert len(words) == len(lexicon)


def test_hedge_lexicon_rejects_unknown_class(tmp_path):
    bad = tmp_path / "h.tsv"
    bad.write_text("# x\nword\tclass\tposition\tnote\n左右\tsofter\tafter\t\n", encoding="utf-8")
    with pytest.raises(InputError):
        targets.read_hedge_classes(bad)


def test_hardness_from_text_around_the_number():
    text = "一、2024年工作回顾\n新增就业2万人。\n二、2025年工作安排\n力争新引进省级以上人才10人、青年人才2万人以上。确保水质100%达标。\n"
    report = parse_report(text, "toy")
    rows = [
        fx.row(report, "省级以上人才10人", "10", "人", "省级以上人才", "count_new", "target", 2025),
        fx.row(report, "青年人才2万人", "2", "万人", "青年人才", "count_new", "target", 2025),
        fx.row(report, "水质100%", "100", "%", "水质", "share_pct", "target", 2025),
    ]
    table = _table(report, rows)
    assert table["hedge_words"].tolist() == ["力争", "力争|以上", "确保"]
    assert table["hardness"].tolist() == ["soft", "mixed", "hard"]


def test_pairs_worded_differently_in_the_district_report(shizhong):
    table = _table(shizhong, fx.shizhong_rows(shizhong))
    assert len(table) == 11
    air = _by_quote(table, "空气质量优良天数比例达到67.6%")
    assert air["baseline_quote"] == "良好以上天数达233天" and air["measure"] == "days_share"
    trade = _by_quote(table, "进出口总额实现130亿元")
    assert trade["baseline_quote"] == "进出口总额实现125亿元" and trade["measure"] == "ratio"
    projects = _by_quote(table, "引进产业项目200个")
    assert "531" in projects["baseline_quote"]
    gdp = _by_quote(table, "地区生产总值增长5.6%左右")
    assert gdp["baseline_value"] == "5.9" and gdp["baseline_span"] == "前三季度"
    assert gdp["hardness"] == "soft"
    # no false pair: a growth target is never paired with a level, 学位 never with 泊位
    assert _by_quote(table, "进出口总额增长5%左右")["pair_method"] == "none"
    assert _by_quote(table, "新增学位6000个")["baseline_quote"] == "新增学位9090个"
    assert _by_quote(table, "创建全国示范性老年友好型社区1—2个")["hardness"] == "range"


def test_pairs_in_the_national_report(national):
    table = _table(national, fx.national_rows(national))
    assert len(table) == 3
    jobs = _by_quote(table, "城镇新增就业1200万人以上")
    assert jobs["baseline_value"] == "1256" and jobs["hardness"] == "hard"
    assert _by_quote(table, "城镇调查失业率5.5%左右")["direction"] == "down"
    assert _by_quote(table, "国内生产总值增长5%左右")["measure"] == "growth_gap"


def test_override_replaces_and_removes_pairs(shizhong):
    rows = fx.shizhong_rows(shizhong)
    jobs = next(r for r in rows if r["quote"] == "新增城镇就业2万人")
    projects = next(r for r in rows if r["quote"] == "引进产业项目200个")
    overrides = pd.DataFrame(
        [
            [SUBJECT_REPORT_ID, projects["sentence_id"], "200", "", "none", "", "", "cumulative"],
            [SUBJECT_REPORT_ID, jobs["sentence_id"], "2", "就业", "exclude", "", "", "test"],
        ],
        columns=targets.OVERRIDE_COLUMNS,
    )
    table = _table(shizhong, rows, overrides)
    assert _by_quote(table, "引进产业项目200个")["pair_method"] == "override_none"
    assert jobs["quote"] not in set(table["quote"])
    assert len(table) == len(_table(shizhong, rows)) - 1


def test_override_file_needs_reasons(tmp_path):
    (tmp_path / "x.csv").write_text(
        "report_id,target_sentence_id,target_value,target_quote,action,baseline_sentence_id,"
        "baseline_value,reason\nx,2.1.1.1,5,,none,,,\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError):
        targets.read_overrides("x", tmp_path)
    assert targets.read_overrides("missing", tmp_path).empty


def test_override_files_name_real_rows():
    """Every committed override names exactly one row of the report's indicators (the
    extractor's output for that report)."""
    from govreport.quantities import extract_quantities

    files = sorted((PROJECT.reviewed / "target_pairs").glob("*.csv"))
    assert files, "no reviewed override files found"
    for file in files:
        overrides = targets.read_overrides(file.stem)
        assert set(overrides["report_id"]) <= {file.stem}
        own = extract_quantities(load_report(file.stem)).astype(str)
        for row in overrides.to_dict("records"):
            hit = own[(own["sentence_id"] == row["target_sentence_id"])
                      & (own["value"] == row["target_value"])
                      & own["quote"].str.contains(row["target_quote"], regex=False)]  # fmt: skip
            assert len(hit) == 1, row
            if row["baseline_sentence_id"]:
                base = own[(own["sentence_id"] == row["baseline_sentence_id"])
                           & (own["value"] == row["baseline_value"])]  # fmt: skip
                assert len(base) == 1, row


def test_override_file_rejects_unknown_action(tmp_path):
    (tmp_path / "x.csv").write_text(
        "report_id,target_sentence_id,target_value,target_quote,action,baseline_sentence_id,"
        "baseline_value,reason\nx,2.1.1.1,5,,swap,,,because\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError):
        targets.read_overrides("x", tmp_path)


def test_vague_counts_and_restatements_are_not_targets(national):
    """一批 is not a quantitative goal; the national report restates 5%左右 when it explains it."""
    rows = fx.national_rows(national) + [
        fx.row(national, "经济增长预期目标为5%左右", "5", "%", "经济增长预期目标", "growth_pct",
               "target", 2025),
        fx.row(national, "新培育一批", "一", "批", "新培育", "count_new", "target", 2025),
    ]  # fmt: skip
    frame = fx.frame(rows)
    kept = targets.select_targets(frame, national, exclude_units=["批"])
    assert "新培育一批" not in set(kept["quote"])
    assert "经济增长预期目标为5%左右" not in set(kept["quote"])
    assert "国内生产总值增长5%左右" in set(kept["quote"])


def test_baselines_are_review_year_figures(shizhong):
    frame = fx.frame(fx.shizhong_rows(shizhong))
    base = targets.select_baselines(frame, shizhong)
    assert set(base["period_kind"]) <= set(targets.BASELINE_PERIODS)
    assert (base["year"] == shizhong.review_year).all()
    assert len(base) == (frame["period_kind"] != "target").sum()


def test_counts_in_other_counters_are_not_paired(shizhong):
    rows = [
        fx.row(shizhong, "新能源充电桩3900余个", "3900", "个", "新能源充电桩", "count_new",
               "actual", 2024, "", "余"),
        fx.row(shizhong, "新能源汽车充换电站10座", "10", "座", "新能源汽车充换电站", "count_new",
               "target", 2025),
        fx.row(shizhong, "充电桩1500余个", "1500", "个", "充电桩", "count_new", "target", 2025),
    ]  # fmt: skip
    table = _table(shizhong, rows)
    assert _by_quote(table, "新能源汽车充换电站10座")["pair_method"] == "none"
    assert _by_quote(table, "充电桩1500余个")["baseline_value"] == "3900"


def test_changes_of_amounts_are_no_gap_of_points() -> None:
    # session 56: once 一次性增加6万亿元地方专项债务限额 had its subject (national 2025's review), it
    # became the baseline of 地方政府专项债券 比上年增加5000亿元 and the target was rated a stretch,
    # "相差+4994个百分点": two amounts compared as points, each in its own magnitude. Changes are
    # compared as a gap of points only when both are in percentage points.
    target = {"kind": "change", "unit": "亿元", "subject": "地方政府专项债券"}
    baselines = pd.DataFrame(
        [{"kind": "change", "unit": "万亿元", "subject": "地方专项债务限额", "span": ""}]
    )
    assert targets.comparison(target, baselines.iloc[0]) is None
    assert targets.best_baseline(target, baselines, (), 0.1).baseline_index is None
    points = {"kind": "change", "unit": "个百分点"}
    assert targets.comparison(points, points) == "change_gap"
