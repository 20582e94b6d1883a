"""Period, year and span of quantities in multi-year reviews and plans (issue 11, round 6).

Each test is a small made-up report in the genre's outline, one failure class of the corpus gold
(tests/data/gold_corpus/) per test.
"""

from __future__ import annotations

import pandas as pd
import pytest

from govreport.errors import StructureWarning
from govreport.quantities import extract_quantities
from govreport.report import parse_report

COLUMNS = ["value", "period_kind", "year", "span"]


def rows(text: str, plan_year: int) -> pd.DataFrame:
    return extract_quantities(parse_report(text), plan_year=plan_year)[COLUMNS].reset_index(
        drop=True
    )


def as_tuples(frame: pd.DataFrame) -> list[tuple]:
    return [
        (r.value, r.period_kind, None if pd.isna(r.year) else int(r.year), r.span)
        for r in frame.itertuples()
    ]


def test_heading_line_governs_before_the_part_heading() -> None:
    text = (
        "一、过去五年政府工作的回顾\n"
        "五年来，国民经济保持良好发展势头\n"
        "经济持续较快增长。国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元，"
        "平均每年增长7.7%。\n"
        "二、2003年工作建议\n"
        "今年经济增长预期目标为7%左右。\n"
    )
    assert as_tuples(rows(text, 2003)) == [
        ("7.4", "actual", 1997, ""),  # start value: the year before the span
        ("10.2", "actual", 2002, ""),  # a written year anchors the end value: no span
        ("7.7", "actual", 2002, "五年来"),  # the heading line is nearer than the part's 过去五年
        ("7", "target", 2003, ""),
    ]


def test_comparison_base_is_no_span() -> None:
    text = (
        "一、2025年和“十四五”时期工作回顾\n"
        "五年来，实际使用外资比“十三五”时期增长78.9%。\n"
        "二、2026年工作安排\n"
        "地区生产总值增长5%左右。\n"
    )
    assert as_tuples(rows(text, 2026))[0] == ("78.9", "actual", 2025, "五年来")


def test_part_heading_opening_on_a_plan_period() -> None:
    text = (
        "一、2025年工作回顾\n"
        "地区生产总值增长5.1%。\n"
        "二、“十五五”时期目标任务和2026年工作安排\n"
        "《纲要（草案）》明确了主要指标：围绕经济发展，提出6项指标，其中地区生产总值年均增长5%左右。\n"
        "今年是“十五五”开局之年。全省地区生产总值增长4.5%左右。\n"
    )
    assert as_tuples(rows(text, 2026))[1:] == [
        ("6", "other", None, ""),  # a count of the plan's indicators: no period
        ("5", "plan_period", 2030, "“十五五”时期"),
        ("4.5", "target", 2026, ""),  # 今年… ends the plan period's reach
    ]


def test_duration_has_no_period() -> None:
    text = "一、2025年工作回顾\n时隔66年再次获批建成2所本科高校，粮食产量增长2.1%。\n"
    assert as_tuples(rows(text, 2026)) == [
        ("66", "other", None, ""),
        ("2", "actual", 2025, ""),
        ("2.1", "actual", 2025, ""),
    ]
    # a review's 连续N年 keeps the review's year (genre_sentences.yml grain-tonnes-and-duration)
    text = "一、2025年工作回顾\n粮食总产量连续5年稳定在350万吨以上。\n"
    assert as_tuples(rows(text, 2026))[0] == ("5", "actual", 2025, "")


def test_cumulative_stops_at_a_clause_of_its_own() -> None:
    text = (
        "一、过去五年工作回顾\n"
        "经济持续增长。五年全社会固定资产投资累计完成17.2万亿元，特别是发行6600亿元长期建设国债。\n"
    )
    found = as_tuples(rows(text, 2003))
    assert [(f[0], f[1]) for f in found[-2:]] == [("17.2", "stock"), ("6600", "actual")]


def test_summary_line_heads_the_next_paragraph() -> None:
    text = (
        "一、2025年和“十四五”时期工作回顾\n"
        "这是人民生活品质显著改善的五年。\n"
        "民生领域财政支出占比保持在76%以上。\n"
    )
    assert as_tuples(rows(text, 2026)) == [("76", "actual", 2025, "五年")]


# ------------------------------------------------- older national reports (round 9)


def test_plan_heading_for_the_next_year() -> None:
    """A report delivered in 1980 sets out the 1981 plan under a heading that names it: its
    targets are of 1981, and 比1980年预计 says the base is an estimate (no 预计 hedge)."""
    text = (
        "一、国民经济在调整中取得了新的进展\n"
        "1979年农业总产值比1978年增长8.6％。粮食产量33，212万吨，比上年增加2，737万吨。\n"
        "二、1981年国民经济计划的任务和主要指标\n"
        "工农业总产值，比1980年预计增长5.5％。\n"
    )
    with pytest.warns(StructureWarning):  # no heading names the past: no review part
        found = extract_quantities(parse_report(text), plan_year=1980)
    assert as_tuples(found[COLUMNS]) == [
        ("8.6", "actual", 1979, ""),  # a part without a review heading: the written year
        ("33,212", "actual", 1979, ""),  # carried from the paragraph's earlier sentence
        ("2,737", "actual", 1979, ""),
        ("5.5", "target", 1981, ""),
    ]
    assert found["value_num"].tolist()[1:3] == [33212, 2737]
    assert found["kind"].tolist()[2] == "change"
    assert found["qualifier"].fillna("").tolist()[3] == ""
    assert found["subject"].tolist()[1] == "粮食产量"


def test_earlier_five_year_plans_are_spans() -> None:
    """“七五”计划 opening a clause governs it as the 1986-1990 plan; “一五”时期 is 1953-1957."""
    text = (
        "一、“六五”计划执行情况的回顾\n"
        "我国农业总产值增长较快的“一五”时期平均每年增长百分之四点五。\n"
        "二、“七五”时期的基本任务\n"
        "根据需要和可能，“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七。\n"
    )
    assert [t[1:] for t in as_tuples(rows(text, 1986))] == [
        ("actual", 1957, "“一五”时期"),
        ("plan_period", 1990, "“七五”计划"),
    ]
