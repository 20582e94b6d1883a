"""Figures of the targets chapter: trends from last year to this year's targets, the target
ladder across government levels, and the feasibility ratings."""

from __future__ import annotations

import math

import pandas as pd
from matplotlib import pyplot as plt
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from govreport.config import lexicon_file
from govreport.datafiles import read_tsv
from govreport.feasibility import RATING_EN, RATING_ZH, RATINGS
from govreport.publish import style
from govreport.publish.figures import (
    Tables,
    chart_label,
    draw_empty,
    register_figure,
    subject_id,
)

NOTEBOOK = "notebooks/04-targets-and-feasibility.md"
RATING_COLOURS = {
    "below_pace": style.PALETTE[5],
    "close_to_pace": style.PALETTE[3],
    "stretch": style.PALETTE[6],
    "not_comparable": "#999999",
    "no_baseline": "#cccccc",
}
LEVEL_COLOURS = {
    "national": style.PALETTE[0],
    "province": style.PALETTE[5],
    "city": style.PALETTE[1],
    "district": style.PALETTE[6],
}
REGION_NAMES_FILE = lexicon_file("region_names.tsv")


def level_names(data: pd.DataFrame, language: str) -> dict[str, str]:
    """Legend names of the government levels in the ladder: the region each level's rows name
    (English from ``src/govreport/lexicon/region_names.tsv``, else the level itself)."""
    regions = data.drop_duplicates("level").set_index("level")["region"].astype(str).to_dict()
    if language != "en":
        return regions
    english = read_tsv(REGION_NAMES_FILE, ["region", "region_en"])
    lookup = dict(zip(english["region"], english["region_en"], strict=True))
    return {level: lookup.get(region, level) for level, region in regions.items()}


OFFICIAL = ("official text", "report text (this project's extraction)")
PCT_MEASURES = ("growth_gap", "share_gap", "days_share")


def _label(row: dict, language: str) -> str:
    if language == "en" and row.get("subject_en"):
        return str(row["subject_en"])
    return str(row["subject"])[:14]


def trend_data(feasibility: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """One row per paired target of the report: baseline and target on a common scale.

    Rates and shares (``panel = pct``) in %; levels and counts (``panel = index``) as an index
    with last year = 100. Year-to-date baselines of levels are left out (not comparable).
    """
    rows = feasibility[
        (feasibility["report_id"] == report_id)
        & feasibility["rating"].isin(["below_pace", "close_to_pace", "stretch"])
    ]
    out = []
    for row in rows.to_dict("records"):
        if row["measure"] in PCT_MEASURES:
            base = row["baseline_converted"]
            base = row["baseline_value_num"] if _nan(base) else base
            panel, start, end = "pct", float(base), float(row["value_num"])
        elif row["measure"] == "ratio":
            panel, start, end = "index", 100.0, float(row["ratio"]) * 100
        else:
            continue
        out.append({
            "target_id": row["target_id"], "sentence_id": row["sentence_id"],
            "subject": row["subject"], "subject_en": row.get("subject_en", ""),
            "quote": row["quote"], "baseline_quote": row["baseline_quote"], "panel": panel,
            "baseline": round(start, 3), "target": round(end, 3),
            "baseline_is_ytd": bool(row["baseline_is_ytd"]), "rating": row["rating"],
        })  # fmt: skip
    columns = ["target_id", "sentence_id", "subject", "subject_en", "quote", "baseline_quote",
               "panel", "baseline", "target", "baseline_is_ytd", "rating"]  # fmt: skip
    return pd.DataFrame(out, columns=columns)


def _nan(value: object) -> bool:
    try:
        return math.isnan(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return True


RATING_NAMES = {"zh": RATING_ZH, "en": RATING_EN}


@register_figure(
    "fig-target-trends",
    title_zh="从上年实绩到本年目标",
    title_en="From last year's results to this year's targets",
    caption="每个有上年基数的目标：圆点为报告所述上年实绩（空心为年内累计数），菱形为本年目标；"
    "上图为增速与比例（%），下图为数量（上年=100）。颜色为可行性评级。",
    caption_en="Each target with a baseline in the report: circle = last year's figure as the "
    "report states it (hollow = year-to-date), diamond = this year's target; top: rates and shares "
    "(%), bottom: amounts (last year = 100). Colour = feasibility rating.",
    notebook=NOTEBOOK,
    languages=("zh", "en"),
)
def target_trends(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = trend_data(tables["feasibility"], subject_id(tables))
    panels = [("pct", "pct_axis"), ("index", "index_axis")]
    heights = [max(1, (data["panel"] == p).sum()) for p, _ in panels]
    fig, axes = plt.subplots(
        2, 1, figsize=(style.FIGSIZE_TALL[0], 1.6 + 0.32 * sum(heights)),
        gridspec_kw={"height_ratios": heights},
    )  # fmt: skip
    for ax, (panel, xlabel) in zip(axes, panels, strict=True):
        rows = data[data["panel"] == panel].reset_index(drop=True)
        if rows.empty:
            draw_empty(ax, language)
            continue
        ys = list(range(len(rows)))[::-1]
        for y, row in zip(ys, rows.to_dict("records"), strict=True):
            colour = RATING_COLOURS[row["rating"]]
            ax.plot([row["baseline"], row["target"]], [y, y], color=colour, lw=2, zorder=1)
            ax.scatter(row["baseline"], y, s=40, zorder=2, edgecolor=colour,
                       facecolor="white" if row["baseline_is_ytd"] else colour)  # fmt: skip
            ax.scatter(row["target"], y, s=50, marker="D", color=colour, zorder=3)
        ax.set_yticks(ys, [_label(r, language) for r in rows.to_dict("records")], fontsize=8)
        ax.set_xlabel(chart_label(xlabel, language))
        ax.grid(axis="y", visible=False)
        if panel == "index":
            ax.axvline(100, color="#888888", lw=0.8, ls="--")
    names = RATING_NAMES[language]
    handles = [Line2D([], [], color=RATING_COLOURS[r], lw=2, label=names[r])
               for r in ("below_pace", "close_to_pace", "stretch")]  # fmt: skip
    handles += [
        Line2D([], [], ls="", marker="o", color="#555555",
               label=chart_label("last_year", language)),
        Line2D([], [], ls="", marker="o", mfc="white", color="#555555",
               label=chart_label("last_year_ytd", language)),
        Line2D([], [], ls="", marker="D", color="#555555",
               label=chart_label("this_year_target", language)),
    ]  # fmt: skip
    fig.legend(handles=handles, loc="lower center", ncol=3, frameon=False, fontsize=8,
               bbox_to_anchor=(0.5, -0.08))  # fmt: skip
    fig.tight_layout()
    return fig, data


def ladder_data(ladder: pd.DataFrame) -> pd.DataFrame:
    """The growth-rate rows (%) of the ladder: targets and outcomes of every level."""
    rows = ladder[ladder["unit"] == "%"].copy()
    rows["official"] = rows["source_kind"].isin(OFFICIAL)
    return rows.reset_index(drop=True)


@register_figure(
    "fig-target-ladder",
    title_zh="各级政府{plan_year}年增长目标与实绩",
    title_en="{plan_year} growth targets and outcomes across government levels",
    caption="各级政府（全国、省、市与{subject}）的增速目标（圆点）和实绩（叉号）。实心为官方原文，"
    "空心为二手摘要或转载（可靠性见表中 source_kind 列）。",
    caption_en="Growth targets (circles) and outcomes (crosses) of the nation, the province, the "
    "city and {subject}. Filled = official text; hollow = secondary summary or copy "
    "(reliability in the source_kind column of the data).",
    notebook=NOTEBOOK,
    languages=("zh", "en"),
)
def target_ladder(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = ladder_data(tables["target_ladder"])
    keys = list(dict.fromkeys(data["indicator_key"]))
    fig, ax = plt.subplots(figsize=(style.FIGSIZE[0], 1.4 + 0.55 * max(1, len(keys))))
    if data.empty:
        draw_empty(ax, language)
        return fig, data
    offsets = {"national": 0.24, "province": 0.08, "city": -0.08, "district": -0.24}
    ypos = {k: len(keys) - 1 - i for i, k in enumerate(keys)}
    for row in data.to_dict("records"):
        y = ypos[row["indicator_key"]] + offsets[row["level"]]
        colour = LEVEL_COLOURS[row["level"]]
        is_target = row["record"] == "target"
        face = colour if row["official"] else "white"
        ax.scatter(row["value"], y, marker="o" if is_target else "X", s=80 if is_target else 45,
                   edgecolor=colour, facecolor=face, zorder=3 if is_target else 4, linewidths=1.2)  # fmt: skip
    labels = data.drop_duplicates("indicator_key").set_index("indicator_key")[
        f"indicator_{language}"
    ]
    ax.set_yticks([ypos[k] for k in keys], [labels[k] for k in keys], fontsize=8)
    ax.set_xlabel(chart_label("ladder_axis", language))
    ax.grid(axis="y", visible=False)
    names = level_names(data, language)
    handles = [Line2D([], [], ls="", marker="s", color=c, label=names[lv])
               for lv, c in LEVEL_COLOURS.items() if lv in names]  # fmt: skip
    handles += [
        Line2D([], [], ls="", marker="o", color="#555555", label=chart_label("target", language)),
        Line2D([], [], ls="", marker="X", color="#555555", label=chart_label("outcome", language)),
        Line2D([], [], ls="", marker="o", mfc="white", color="#555555",
               label=chart_label("hollow_secondary", language)),
    ]  # fmt: skip
    ax.legend(handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False,
              fontsize=8)  # fmt: skip
    return fig, data


def rating_data(feasibility: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """Number of targets by hardness and rating (tidy, zeros included)."""
    rows = feasibility[feasibility["report_id"] == report_id]
    order = ["hard", "mixed", "soft", "ceiling", "range", "none"]
    hardness = [h for h in order if h in set(rows["hardness"])] or ["none"]
    counts = rows.groupby(["hardness", "rating"]).size()
    out = [{"hardness": h, "rating": r, "rating_zh": RATING_ZH[r], "n_targets": int(counts.get((h, r), 0))}
           for h in hardness for r in RATINGS]  # fmt: skip
    return pd.DataFrame(out, columns=["hardness", "rating", "rating_zh", "n_targets"])


@register_figure(
    "fig-target-ratings",
    title_zh="目标的可行性评级（按措辞软硬）",
    title_en="Feasibility ratings of the targets, by wording hardness",
    caption="本年各量化目标的评级，按限定词的软硬分组；阈值见 src/govreport/lexicon/feasibility_rules.yml。",
    notebook=NOTEBOOK,
)
def target_ratings(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = rating_data(tables["feasibility"], subject_id(tables))
    fig, ax = plt.subplots(figsize=style.FIGSIZE)
    groups = list(dict.fromkeys(data["hardness"]))
    left = [0] * len(groups)
    ys = list(range(len(groups)))[::-1]
    for rating in RATINGS:
        widths = [int(data[(data["hardness"] == g) & (data["rating"] == rating)]["n_targets"].sum())
                  for g in groups]  # fmt: skip
        label = RATING_NAMES[language][rating]
        ax.barh(ys, widths, left=left, color=RATING_COLOURS[rating], label=label)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_yticks(ys, [chart_label(f"hardness_{g}", language) for g in groups])
    ax.set_xlabel(chart_label("n_targets", language))
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right", frameon=False, fontsize=8)
    return fig, data
