"""Figures of the first chapter: the report at a glance."""

from __future__ import annotations

import pandas as pd
from matplotlib import pyplot as plt
from matplotlib.figure import Figure

from govreport.publish import style
from govreport.publish.figures import Tables, register_figure, subject_id
from govreport.report import section_labels

NOTEBOOK = "notebooks/01-report-at-a-glance.md"


def section_length_data(sections: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """The rows the section-length figure plots: every section of parts 1 and up, in order."""
    rows = sections[(sections["report_id"] == report_id) & (sections["part"] > 0)].copy()
    rows["label_zh"], rows["label_en"] = section_labels(rows)
    columns = ["section_id", "part", "part_role", "section", "label_zh", "label_en"]
    return rows[columns + ["n_sentences", "n_chars"]].reset_index(drop=True)


def _section_length_chart(data: pd.DataFrame, label: str, xlabel: str, part_name) -> Figure:
    fig, ax = plt.subplots(figsize=style.FIGSIZE_TALL)
    colours = {part: style.PALETTE[i + 1] for i, part in enumerate(sorted(data["part"].unique()))}
    positions = range(len(data))[::-1]
    ax.barh(list(positions), data["n_chars"], color=[colours[p] for p in data["part"]])
    ax.set_yticks(list(positions), data[label], fontsize=8)
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours[p]) for p in colours]
    ax.legend(handles, [part_name(p) for p in colours], loc="lower right", frameon=False)
    return fig


@register_figure(
    "fig-section-lengths",
    title_zh="各部分、各节篇幅（字数）",
    title_en="Length of each part and section (characters)",
    caption="报告各节的字数，按部分着色。",
    notebook=NOTEBOOK,
)
def section_lengths(tables: Tables) -> tuple[Figure, pd.DataFrame]:
    data = section_length_data(tables["sections"], subject_id(tables))
    fig = _section_length_chart(data, "label_zh", "字数", lambda p: f"第{p}部分")
    return fig, data


@register_figure(
    "fig-section-lengths-en",
    title_zh="各部分、各节篇幅（字数）（英文版）",
    title_en="Length of each part and section (characters)",
    caption="Characters per section of the report, coloured by part.",
    notebook=NOTEBOOK,
    language="en",
    variant_of="fig-section-lengths",
)
def section_lengths_en(tables: Tables) -> tuple[Figure, pd.DataFrame]:
    data = section_length_data(tables["sections"], subject_id(tables))
    fig = _section_length_chart(data, "label_en", "Characters", lambda p: f"Part {p}")
    return fig, data
