"""Period, year and span of quantities in multi-year reviews and plans (issue 11, round 6).

Each test is a small made-up report in the genre's outline, one failure class of the corpus gold
(tests/data/gold_corpus/) per test.
"""

from __future__ import annotations

import pandas as pd

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
