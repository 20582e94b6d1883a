"""Figures of the indicator-trends chapter: national targets against outcomes by year, and the
subject report's key terms through seventy years of national reports."""

from __future__ import annotations

import math

import pandas as pd
from matplotlib import pyplot as plt
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from govreport.publish import style
from govreport.publish.figures import Tables, chart_label, register_figure
from govreport.trends import load_series_rules, load_term_rules

NOTEBOOK = "notebooks/03b-indicator-trends.md"
FIRST_YEAR, LAST_YEAR = 2004, 2025
TARGET_COLOUR, OUTCOME_COLOUR = style.PALETTE[0], style.PALETTE[5]


def series_data(series: pd.DataFrame) -> pd.DataFrame:
    """The series rows the figure plots (target years 2004-2025), with English names."""
    names = {i.key: i.name_en for i in load_series_rules().indicators}
    rows = series[series["year"].between(FIRST_YEAR, LAST_YEAR)].copy()
    rows["indicator_en"] = rows["indicator_key"].map(names)
    columns = ["year", "indicator_key", "indicator_zh", "indicator_en", "unit", "target_value",
               "target_high", "target_hedge", "outcome_value", "met", "gap"]  # fmt: skip
    return rows[columns].reset_index(drop=True)


@register_figure(
    "fig-national-targets-outcomes",
    title_zh="全国头条指标：目标与实绩（2004—2025）",
    title_en="National headline indicators: targets and outcomes (2004-2025)",
    caption="横线为当年全国政府工作报告设定的目标（色带为区间目标），圆点为次年报告所述的当年实绩；"
    "没有圆点的年份，次年报告没有给出该年单独的数字或次年报告不在语料中（如2020年报告）。",
    caption_en="Bar = the target set in the national government work report of the year (band = "
    "a range target); dot = the outcome for that year as stated in the next year's report. No "
    "dot: the next report gives no single-year figure, or it is not in the corpus (e.g. 2020).",
    notebook=NOTEBOOK,
    languages=("zh", "en"),
)
def national_targets_outcomes(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = series_data(tables["national_series"])
    keys = list(dict.fromkeys(data["indicator_key"]))
    ncols = 2
    nrows = max(1, math.ceil(len(keys) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(7.0, 2.1 * nrows), sharex=True, squeeze=False)
    for ax, key in zip(axes.flat, keys, strict=False):
        rows = data[data["indicator_key"] == key]
        first = rows.iloc[0]
        name = first[f"indicator_{language}"]
        ax.set_title(
            chart_label("panel_title", language, name=name, unit=first["unit"]), fontsize=9
        )
        for row in rows.to_dict("records"):
            low, high = row["target_value"], row["target_high"]
            if not pd.isna(high):
                ax.vlines(row["year"], low, high, color=TARGET_COLOUR, lw=4, alpha=0.5)
            elif not pd.isna(low):
                ax.scatter(row["year"], low, marker="_", s=120, color=TARGET_COLOUR, lw=2, zorder=3)
        outcome = rows.dropna(subset=["outcome_value"])
        ax.scatter(outcome["year"], outcome["outcome_value"], marker="o", s=14,
                   color=OUTCOME_COLOUR, zorder=4)  # fmt: skip
        ax.tick_params(labelsize=7)
        ax.set_xlim(FIRST_YEAR - 1, LAST_YEAR + 1)
    for ax in list(axes.flat)[len(keys) :]:
        ax.set_visible(False)
    handles = [
        Line2D([], [], ls="", marker="_", ms=12, mew=2, color=TARGET_COLOUR,
               label=chart_label("target_of_year", language)),
        Patch(color=TARGET_COLOUR, alpha=0.5, label=chart_label("range_target", language)),
        Line2D([], [], ls="", marker="o", ms=4, color=OUTCOME_COLOUR,
               label=chart_label("outcome_next_year", language)),
    ]  # fmt: skip
    fig.legend(handles=handles, loc="lower center", ncol=3, frameon=False, fontsize=8,
               bbox_to_anchor=(0.5, -0.02))  # fmt: skip
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig, data


def key_term_data(history: pd.DataFrame) -> pd.DataFrame:
    """The key terms' rate per 10,000 characters in every national report."""
    keys = load_term_rules().key_terms
    rows = history[history["term"].isin(keys)]
    return rows[["term", "report_year", "report_id", "count", "per_10k"]].reset_index(drop=True)


@register_figure(
    "fig-term-history",
    title_zh="本报告关键用语在全国政府工作报告中的频率（1954—2025）",
    title_en="The district report's key terms in the national reports (1954-2025)",
    caption="每份全国政府工作报告中每万字的出现次数（在清理后的文本中按子串计数，不分词）；"
    "语料缺少的年份（如1961—1963、2020年）无点。",
    caption_en="Mentions per 10,000 characters in each national government work report "
    "(substring counts in the cleaned text, no segmentation); years missing from the corpus (e.g. "
    "1961-1963, 2020) have no point. Terms stay in Chinese.",
    notebook=NOTEBOOK,
    languages=("zh", "en"),
)
def term_history(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = key_term_data(tables["term_history"])
    fig, ax = plt.subplots(figsize=style.FIGSIZE)
    for term in dict.fromkeys(data["term"]):
        rows = data[data["term"] == term]
        used = rows["count"].sum() > 0
        label = term if used else chart_label("never_used", language, term=term)
        ax.plot(rows["report_year"], rows["per_10k"], marker="o", ms=2.5, lw=1.2, label=label)
    ax.set_xlabel(chart_label("national_report_year", language))
    ax.set_ylabel(chart_label("per_10k", language))
    ax.legend(fontsize=8, frameon=False, loc="upper left")
    return fig, data
