"""Figures of the first chapter: the report at a glance."""

from __future__ import annotations

import pandas as pd
from matplotlib import pyplot as plt
from matplotlib.figure import Figure

from govreport.publish import style
from govreport.publish.figures import Tables, chart_label, register_figure, subject_id
from govreport.report import section_labels

NOTEBOOK = "notebooks/01-report-at-a-glance.md"


def section_length_data(sections: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """The rows the section-length figure plots: every section of parts 1 and up, in order."""
    rows = sections[(sections["report_id"] == report_id) & (sections["part"] > 0)].copy()
    rows["label_zh"], rows["label_en"] = section_labels(rows)
    columns = ["section_id", "part", "part_role", "section", "label_zh", "label_en"]
    return rows[columns + ["n_sentences", "n_chars"]].reset_index(drop=True)


@register_figure(
    "fig-section-lengths",
    title_zh="各部分、各节篇幅（字数）",
    title_en="Length of each part and section (characters)",
    caption="报告各节的字数，按部分着色。",
    caption_en="Characters per section of the report, coloured by part.",
    notebook=NOTEBOOK,
    languages=("zh", "en"),
)
def section_lengths(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = section_length_data(tables["sections"], subject_id(tables))
    fig, ax = plt.subplots(figsize=style.FIGSIZE_TALL)
    colours = {part: style.PALETTE[i + 1] for i, part in enumerate(sorted(data["part"].unique()))}
    positions = range(len(data))[::-1]
    ax.barh(list(positions), data["n_chars"], color=[colours[p] for p in data["part"]])
    ax.set_yticks(list(positions), data[f"label_{language}"], fontsize=8)
    ax.set_xlabel(chart_label("characters", language))
    ax.grid(axis="y", visible=False)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours[p]) for p in colours]
    names = [chart_label("part_n", language, part=p) for p in colours]
    ax.legend(handles, names, loc="lower right", frameon=False)
    return fig, data
