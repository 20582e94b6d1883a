"""Figures of the numbers chapter: what kinds of quantities the report states, and its 2024
growth results with year-to-date and full-year figures told apart."""

from __future__ import annotations

import pandas as pd
from matplotlib import pyplot as plt
from matplotlib.figure import Figure

from govreport.publish import style
from govreport.publish.figures import (
    Tables,
    chart_label,
    draw_empty,
    register_figure,
    report_names,
    subject_id,
)
from govreport.report import base_role

NOTEBOOK = "notebooks/03-numbers.md"

#: Chinese and English names of the kinds and part roles (as the data's kind_zh and kind_en).
KIND_LABELS = {
    "level": ("总量/水平", "level"),
    "growth_pct": ("增速（%）", "growth rate (%)"),
    "change": ("增减量", "change"),
    "share_pct": ("比重/比率", "share or rate"),
    "count_new": ("新增数量", "new items"),
    "rank": ("位次", "rank"),
    "ratio": ("比例结构", "ratio"),
    "other": ("其他", "other"),
}
LANGUAGE_INDEX = {"zh": 0, "en": 1}
ROLE_LABELS = {
    "review": ("回顾", "review"),
    "plan": ("安排", "plan"),
    "conduct": ("政府建设", "government conduct"),
    "front": ("开头", "opening"),
    "other": ("其他", "other"),
}


def kind_by_role_data(indicators: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """Number of quantities per kind and part role (tidy: one row per kind x role)."""
    rows = indicators[indicators["report_id"] == report_id].copy()
    rows["part_role"] = rows["part_role"].astype(str).map(base_role)
    counts = rows.groupby(["kind", "part_role"]).size().rename("n").reset_index()
    counts["kind_zh"] = counts["kind"].map(lambda k: KIND_LABELS.get(k, (k, k))[0])
    counts["kind_en"] = counts["kind"].map(lambda k: KIND_LABELS.get(k, (k, k))[1])
    order = {k: i for i, k in enumerate(KIND_LABELS)}
    counts = counts.sort_values(
        ["kind", "part_role"], key=lambda s: s.map(order) if s.name == "kind" else s
    )
    return counts.reset_index(drop=True)


@register_figure(
    "fig-quantity-kinds",
    title_zh="报告中的数字：类型与所在部分",
    title_en="Quantities in the report by kind and part",
    caption="报告中每个数量按类型（总量、增速、比重、新增数量等）和所在部分（回顾/安排）计数。",
    caption_en="Quantities of the report counted by kind and by the part they stand in.",
    notebook=NOTEBOOK,
    languages=("zh", "en"),
)
def quantity_kinds(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = kind_by_role_data(tables["indicators"], subject_id(tables))
    fig, ax = plt.subplots(figsize=style.FIGSIZE)
    table = data.pivot_table(
        index=f"kind_{language}", columns="part_role", values="n", fill_value=0, sort=False
    )
    left = pd.Series(0, index=table.index)
    for i, role in enumerate(r for r in ROLE_LABELS if r in table.columns):
        ax.barh(
            table.index,
            table[role],
            left=left,
            color=style.PALETTE[i + 1],
            label=ROLE_LABELS[role][LANGUAGE_INDEX[language]],
        )
        left = left + table[role]
    ax.invert_yaxis()
    ax.set_xlabel(chart_label("quantity_rows", language))
    ax.legend(frameon=False, loc="lower right")
    ax.grid(axis="y", visible=False)
    return fig, data


def period_label(span: str, period_kind: str, language: str) -> str:
    """The period of a review-year figure: its part-year span, else the (expected) full year."""
    if span:
        return chart_label("period_ytd", language, span=span)
    key = "period_full_expected" if period_kind == "expected" else "period_full"
    return chart_label(key, language)


def _periods(data: pd.DataFrame, language: str) -> list[str]:
    """The ``period`` column of :func:`growth_results_data` in ``language``."""
    if language == "zh":
        return list(data["period"])
    expected = chart_label("period_full_expected", "zh")
    return [
        period_label(span, "expected" if period == expected else "", language)
        for span, period in zip(data["span"], data["period"], strict=True)
    ]


def growth_results_data(
    indicators: pd.DataFrame, report_id: str, review_year: int | None = None
) -> pd.DataFrame:
    """The review year's growth rates, each with its period (part-year span or full year):
    growth rows of the review part(s), a multi-year review included, that refer to
    ``review_year`` when it is given (a five-year review's 年均 rates are left out)."""
    roles = indicators["part_role"].astype(str).map(base_role)
    rows = indicators[
        (indicators["report_id"] == report_id)
        & (indicators["kind"] == "growth_pct")
        & (roles == "review")
    ].copy()
    if review_year is not None:
        rows = rows[pd.to_numeric(rows["year"], errors="coerce") == review_year]
    rows["period"] = [
        period_label(span, kind, "zh")
        for span, kind in zip(rows["span"], rows["period_kind"], strict=True)
    ]
    rows["label_zh"] = [
        chart_label("growth_label", "zh", subject=subject, period=period)
        for subject, period in zip(rows["subject"], rows["period"], strict=True)
    ]
    rows["year_to_date"] = rows["span"] != ""
    columns = [
        "indicator_id",
        "subject",
        "subject_en",
        "value_num",
        "qualifier",
        "span",
        "period",
        "year_to_date",
        "label_zh",
        "quote",
    ]
    return rows[columns].reset_index(drop=True)


@register_figure(
    "fig-growth-2024",
    title_zh="{review_year}年主要增速：年内累计与全年",
    title_en="Growth rates reported for {review_year}: year to date and full year",
    caption="回顾部分报告的增速，按统计期（全年或年内累计，如前三季度）着色。",
    caption_en="Growth rates in the review part, coloured by period (full year or year to date).",
    notebook=NOTEBOOK,
    languages=("zh", "en"),
)
def growth_2024(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    review_year = report_names(tables).get("review_year")
    data = growth_results_data(
        tables["indicators"], subject_id(tables), int(review_year) if review_year else None
    )
    fig, ax = plt.subplots(figsize=style.FIGSIZE)
    if data.empty:
        draw_empty(ax, language)
        return fig, data
    colours = [style.PALETTE[2] if ytd else style.PALETTE[5] for ytd in data["year_to_date"]]
    positions = list(range(len(data)))[::-1]
    subjects = data["subject"] if language == "zh" else data["subject_en"].fillna("")
    labels = [
        chart_label("growth_label", language, subject=name or subject, period=period)
        for name, subject, period in zip(
            subjects, data["subject"], _periods(data, language), strict=True
        )
    ]
    ax.barh(positions, data["value_num"], color=colours)
    for pos, value, qual in zip(positions, data["value_num"], data["qualifier"], strict=True):
        key = "growth_value_qualified" if qual else "growth_value"
        text = chart_label(key, language, value=value, qualifier=qual)
        ax.text(value, pos, f" {text}", va="center", fontsize=8)
    ax.set_yticks(positions, labels, fontsize=8)
    ax.set_xlabel(chart_label("yoy_growth", language))
    ax.grid(axis="y", visible=False)
    handles = [plt.Rectangle((0, 0), 1, 1, color=style.PALETTE[i]) for i in (2, 5)]
    names = [chart_label(key, language) for key in ("year_to_date", "period_full")]
    ax.legend(handles, names, frameon=False, loc="upper right")
    ax.set_xlim(0, max(data["value_num"].max() * 1.2, 1))
    return fig, data


#: Columns and Chinese headers of the book's searchable indicators table.
TABLE_COLUMNS = [
    "indicator_id",
    "part",
    "subject",
    "value",
    "unit",
    "value_base",
    "unit_base",
    "kind",
    "period_kind",
    "year",
    "span",
    "qualifier",
    "quote",
]
TABLE_LABELS = {
    "indicator_id": "编号",
    "part": "部分",
    "subject": "主语",
    "value": "数值",
    "unit": "单位",
    "value_base": "基本单位数值",
    "unit_base": "基本单位",
    "kind": "类型",
    "period_kind": "时期",
    "year": "年份",
    "span": "时段",
    "qualifier": "限定词",
    "quote": "原文",
}
