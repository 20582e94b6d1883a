"""Hand-made rows of the ``indicators`` table (DESIGN.md contract) from sentences of the stored
reports, with offsets found by ``str.find``: fixtures for the targets and feasibility tests,
independent of the quantities extractor."""

from __future__ import annotations

import pandas as pd

from govreport.report import Report

COLUMNS = [
    "report_id", "indicator_id", "part", "section", "sentence_id", "char_start", "char_end",
    "quote", "subject", "subject_en", "value", "value_num", "value_high", "unit", "value_base",
    "unit_base", "kind", "period_kind", "year", "span", "qualifier",
]  # fmt: skip
SCALE = {"亿元": 1e8, "万元": 1e4, "万人": 1e4, "亿美元": 1e8, "万平方米": 1e4}


def row(
    report: Report, quote: str, value: str, unit: str, subject: str, kind: str,
    period_kind: str, year: int | None, span: str = "", qualifier: str = "", nth: int = 0,
) -> dict:  # fmt: skip
    """One indicator row for the ``nth`` occurrence of ``quote`` in the report's raw text."""
    start = -1
    for _ in range(nth + 1):
        start = report.raw_text.find(quote, start + 1)
    assert start >= 0, quote
    end = start + len(quote)
    sentence = next(s for s in report.sentences() if s.start <= start < s.end)
    head = value.split("—")[0]
    number = float(head) if head.replace(".", "", 1).isdigit() else 1.0  # 一批 -> 1
    return {
        "report_id": report.report_id, "indicator_id": f"{report.report_id}-{start}",
        "part": sentence.part, "section": sentence.section, "sentence_id": sentence.sentence_id,
        "char_start": start, "char_end": end, "quote": report.raw_text[start:end],
        "subject": subject, "subject_en": "", "value": value, "value_num": number,
        "value_high": float(value.split("—")[1]) if "—" in value else float("nan"),
        "unit": unit, "value_base": number * SCALE.get(unit, 1.0), "unit_base": unit,
        "kind": kind, "period_kind": period_kind, "year": year if year else float("nan"),
        "span": span, "qualifier": qualifier,
    }  # fmt: skip


def frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS)


def shizhong_rows(r: Report) -> list[dict]:
    """Targets and baselines of the district report (worded differently on purpose)."""
    return [
        row(r, "地区生产总值完成1078.9亿元", "1078.9", "亿元", "地区生产总值", "level", "actual", 2024, "前三季度"),
        row(r, "增长5.9%", "5.9", "%", "地区生产总值", "growth_pct", "actual", 2024, "前三季度"),
        row(r, "进出口总额实现125亿元", "125", "亿元", "进出口总额", "level", "actual", 2024),
        row(r, "实际使用外资1.7亿美元", "1.7", "亿美元", "实际使用外资", "level", "actual", 2024),
        row(r, "累计引进中国铁路济南局铁路物流中心等各类项目531个", "531", "个", "引进各类项目", "count_new", "actual", 2024, "", "累计"),
        row(r, "良好以上天数达233天", "233", "天", "良好以上天数", "level", "actual", 2024),
        row(r, "新增城镇就业2.77万人", "2.77", "万人", "新增城镇就业", "count_new", "actual", 2024),
        row(r, "新增学位9090个", "9090", "个", "新增学位", "count_new", "actual", 2024),
        row(r, "新增泊位708个", "708", "个", "新增泊位", "count_new", "actual", 2024),
        row(r, "规模以上工业增加值增长18%", "18", "%", "规模以上工业增加值", "growth_pct", "actual", 2024, "1-11月"),
        row(r, "地区生产总值增长5.6%左右", "5.6", "%", "地区生产总值", "growth_pct", "target", 2025, "", "左右"),
        row(r, "规模以上工业增加值增长7.5%左右", "7.5", "%", "规模以上工业增加值", "growth_pct", "target", 2025, "", "左右"),
        row(r, "进出口总额增长5%左右", "5", "%", "进出口总额", "growth_pct", "target", 2025, "", "左右"),
        row(r, "实际使用外资1.85亿美元", "1.85", "亿美元", "实际使用外资", "level", "target", 2025),
        row(r, "进出口总额实现130亿元", "130", "亿元", "进出口总额", "level", "target", 2025),
        row(r, "引进产业项目200个", "200", "个", "引进产业项目", "count_new", "target", 2025, "", "以上"),
        row(r, "空气质量优良天数比例达到67.6%", "67.6", "%", "空气质量优良天数比例", "share_pct", "target", 2025, "", "达到"),
        row(r, "新增城镇就业2万人", "2", "万人", "新增城镇就业", "count_new", "target", 2025),
        row(r, "新增学位6000个", "6000", "个", "新增学位", "count_new", "target", 2025),
        row(r, "新引进省级以上人才10人", "10", "人", "新引进省级以上人才", "count_new", "target", 2025),
        row(r, "创建全国示范性老年友好型社区1—2个", "1—2", "个", "全国示范性老年友好型社区", "count_new", "target", 2025),
    ]  # fmt: skip


def national_rows(r: Report) -> list[dict]:
    """Targets and baselines of the national report."""
    return [
        row(r, "国内生产总值达到134.9万亿元", "134.9", "万亿元", "国内生产总值", "level", "actual", 2024),
        row(r, "增长5%，增速", "5", "%", "国内生产总值", "growth_pct", "actual", 2024),
        row(r, "城镇新增就业1256万人", "1256", "万人", "城镇新增就业", "count_new", "actual", 2024),
        row(r, "城镇调查失业率平均为5.1%", "5.1", "%", "城镇调查失业率", "share_pct", "actual", 2024),
        row(r, "国内生产总值增长5%左右", "5", "%", "国内生产总值", "growth_pct", "target", 2025, "", "左右"),
        row(r, "城镇调查失业率5.5%左右", "5.5", "%", "城镇调查失业率", "share_pct", "target", 2025, "", "左右"),
        row(r, "城镇新增就业1200万人以上", "1200", "万人", "城镇新增就业", "count_new", "target", 2025, "", "以上"),
    ]  # fmt: skip
