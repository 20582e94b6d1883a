"""Figures of the numbers chapter: what kinds of quantities the report states, and its 2024
growth results with year-to-date and full-year figures told apart."""

from __future__ import annotations

import pandas as pd
from matplotlib import pyplot as plt
from matplotlib.figure import Figure

from govreport.publish import style
from govreport.publish.figures import Tables, register_figure, subject_id

NOTEBOOK = "notebooks/03-numbers.md"

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
ROLE_LABELS = {
    "review": ("回顾", "review"),
    "plan": ("安排", "plan"),
    "conduct": ("政府建设", "government conduct"),
    "front": ("开头", "opening"),
    "other": ("其他", "other"),
}


def kind_by_role_data(indicators: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """Number of quantities per kind and part role (tidy: one row per kind x role)."""
    rows = indicators[indicators["report_id"] == report_id]
    counts = rows.groupby(["kind", "part_role"]).size().rename("n").reset_index()
    counts["kind_zh"] = counts["kind"].map(lambda k: KIND_LABELS.get(k, (k, k))[0])
    counts["kind_en"] = counts["kind"].map(lambda k: KIND_LABELS.get(k, (k, k))[1])
    order = {k: i for i, k in enumerate(KIND_LABELS)}
    counts = counts.sort_values(
        ["kind", "part_role"], key=lambda s: s.map(order) if s.name == "kind" else s
    )
    return counts.reset_index(drop=True)


def _kind_chart(data: pd.DataFrame, lang: int) -> Figure:
    fig, ax = plt.subplots(figsize=style.FIGSIZE)
    label = "kind_zh" if lang == 0 else "kind_en"
    table = data.pivot_table(index=label, columns="part_role", values="n", fill_value=0, sort=False)
    left = pd.Series(0, index=table.index)
    for i, role in enumerate(r for r in ROLE_LABELS if r in table.columns):
        ax.barh(
            table.index,
            table[role],
            left=left,
            color=style.PALETTE[i + 1],
            label=ROLE_LABELS[role][lang],
        )
        left = left + table[role]
    ax.invert_yaxis()
    ax.set_xlabel("数量（条）" if lang == 0 else "quantities (rows)")
    ax.legend(frameon=False, loc="lower right")
    ax.grid(axis="y", visible=False)
    return fig


@register_figure(
    "fig-quantity-kinds",
    title_zh="报告中的数字：类型与所在部分",
    title_en="Quantities in the report by kind and part",
    caption="报告中每个数量按类型（总量、增速、比重、新增数量等）和所在部分（回顾/安排）计数。",
    notebook=NOTEBOOK,
)
def quantity_kinds(tables: Tables) -> tuple[Figure, pd.DataFrame]:
    data = kind_by_role_data(tables["indicators"], subject_id(tables))
    return _kind_chart(data, 0), data


@register_figure(
    "fig-quantity-kinds-en",
    title_zh="报告中的数字：类型与所在部分（英文版）",
    title_en="Quantities in the report by kind and part",
    caption="Quantities of the report counted by kind and by the part they stand in.",
    notebook=NOTEBOOK,
    language="en",
    variant_of="fig-quantity-kinds",
)
def quantity_kinds_en(tables: Tables) -> tuple[Figure, pd.DataFrame]:
    data = kind_by_role_data(tables["indicators"], subject_id(tables))
    return _kind_chart(data, 1), data


def growth_results_data(indicators: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """The review year's growth rates, each with its period (part-year span or full year)."""
    rows = indicators[
        (indicators["report_id"] == report_id)
        & (indicators["kind"] == "growth_pct")
        & (indicators["part_role"] == "review")
    ].copy()
    rows["period"] = [
        span if span else ("全年（预计）" if pk == "expected" else "全年")
        for span, pk in zip(rows["span"], rows["period_kind"], strict=True)
    ]
    rows["label_zh"] = [f"{s}（{p}）" for s, p in zip(rows["subject"], rows["period"], strict=True)]
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


def _growth_chart(data: pd.DataFrame, lang: int) -> Figure:
    fig, ax = plt.subplots(figsize=style.FIGSIZE)
    colours = [style.PALETTE[2] if ytd else style.PALETTE[5] for ytd in data["year_to_date"]]
    positions = list(range(len(data)))[::-1]
    labels = (
        data["label_zh"]
        if lang == 0
        else [
            f"{en or zh} ({'year to date: ' + span if span else 'full year'})"
            for en, zh, span in zip(data["subject_en"], data["subject"], data["span"], strict=True)
        ]
    )
    ax.barh(positions, data["value_num"], color=colours)
    for pos, value, qual in zip(positions, data["value_num"], data["qualifier"], strict=True):
        ax.text(
            value,
            pos,
            f" {value:g}%{'（' + qual + '）' if qual and lang == 0 else ''}",
            va="center",
            fontsize=8,
        )
    ax.set_yticks(positions, labels, fontsize=8)
    ax.set_xlabel("同比增长（%）" if lang == 0 else "year-on-year growth (%)")
    ax.grid(axis="y", visible=False)
    handles = [plt.Rectangle((0, 0), 1, 1, color=style.PALETTE[i]) for i in (2, 5)]
    names = ["年内累计（截至某月）", "全年"] if lang == 0 else ["year to date", "full year"]
    ax.legend(handles, names, frameon=False, loc="upper right")
    ax.set_xlim(0, max(data["value_num"].max() * 1.2, 1))
    return fig


@register_figure(
    "fig-growth-2024",
    title_zh="{review_year}年主要增速：年内累计与全年",
    title_en="Growth rates reported for {review_year}: year to date and full year",
    caption="回顾部分报告的增速，按统计期（全年或年内累计，如前三季度）着色。",
    notebook=NOTEBOOK,
)
def growth_2024(tables: Tables) -> tuple[Figure, pd.DataFrame]:
    data = growth_results_data(tables["indicators"], subject_id(tables))
    return _growth_chart(data, 0), data


@register_figure(
    "fig-growth-2024-en",
    title_zh="{review_year}年主要增速：年内累计与全年（英文版）",
    title_en="Growth rates reported for {review_year}: year to date and full year",
    caption="Growth rates in the review part, coloured by period (full year or year to date).",
    notebook=NOTEBOOK,
    language="en",
    variant_of="fig-growth-2024",
)
def growth_2024_en(tables: Tables) -> tuple[Figure, pd.DataFrame]:
    data = growth_results_data(tables["indicators"], subject_id(tables))
    return _growth_chart(data, 1), data


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
