"""Figures of chapter 02: words and themes (tables from :func:`govreport.pipeline.words_tables`)."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
from matplotlib import pyplot as plt
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure

from govreport.publish import style
from govreport.publish.figures import (
    Tables,
    chart_label,
    register_figure,
    report_names,
    subject_id,
)
from govreport.report import section_labels

NOTEBOOK = "notebooks/02-words-and-themes.md"
TOP_BAR = 25
TOP_CLOUD = 150
TOP_KEYNESS = 15
NETWORK_EDGES = 60
SEED = 2025


def _subject(frame: pd.DataFrame, report_id: str) -> pd.DataFrame:
    return frame[frame["report_id"] == report_id]


def top_terms_data(tables: Tables, top: int = TOP_BAR) -> pd.DataFrame:
    """The ``top`` most frequent content words of the report."""
    freq = _subject(tables["term_frequencies"], subject_id(tables))
    rows = freq[freq["scope"] == "report"].sort_values("rank").head(top)
    return rows[["term", "n", "per_1000", "rank"]].reset_index(drop=True)


@register_figure(
    "fig-top-terms",
    title_zh="高频实词",
    title_en="Most frequent content words",
    caption="报告中出现次数最多的实词（按词性过滤并去除停用词），横轴为出现次数。",
    notebook=NOTEBOOK,
)
def top_terms(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = top_terms_data(tables)
    fig, ax = plt.subplots(figsize=style.FIGSIZE_TALL)
    positions = np.arange(len(data))[::-1]
    ax.barh(positions, data["n"], color=style.PALETTE[5])
    ax.set_yticks(positions, data["term"])
    ax.set_xlabel(chart_label("occurrences", language))
    ax.grid(axis="y", visible=False)
    for y, n in zip(positions, data["n"], strict=True):
        ax.text(n, y, f" {n}", va="center", fontsize=8)
    return fig, data


@register_figure(
    "fig-word-cloud",
    title_zh="词云",
    title_en="Word cloud of content words",
    caption="实词词云：字号与出现次数成正比（固定随机种子，可复现）。",
    notebook=NOTEBOOK,
)
def word_cloud(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    from wordcloud import WordCloud

    data = top_terms_data(tables, TOP_CLOUD)
    cloud = WordCloud(
        font_path=str(style.cjk_font_path()),
        width=1400,
        height=800,
        background_color="white",
        collocations=False,
        random_state=SEED,
        prefer_horizontal=1.0,
        colormap=ListedColormap([c for c in style.PALETTE if c not in ("#F0E442", "#56B4E9")]),
    ).generate_from_frequencies(dict(zip(data["term"], data["n"], strict=True)))
    fig, ax = plt.subplots(figsize=style.FIGSIZE)
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    return fig, data


# --------------------------------------------------------------------------- themes


def theme_section_data(tables: Tables) -> pd.DataFrame:
    """Theme hits per 1,000 tokens for every section of parts 1 and up (long format), with
    Chinese and English section labels."""
    shares = _subject(tables["theme_shares"], subject_id(tables))
    shares = shares[shares["scope"] == "section"].copy()
    sections = _subject(tables["sections"], subject_id(tables)).copy()
    sections["scope_id"] = sections["part"].astype(str) + "." + sections["section"].astype(str)
    sections["label_zh"], sections["label_en"] = section_labels(sections)
    data = shares.merge(
        sections[["scope_id", "part", "section", "label_zh", "label_en"]], on="scope_id"
    )
    data = data[data["part"] > 0].sort_values(["part", "section"])
    return data[
        [
            "scope_id",
            "label_zh",
            "label_en",
            "theme",
            "name_zh",
            "name_en",
            "hits",
            "n_tokens",
            "per_1000",
        ]
    ].reset_index(drop=True)


@register_figure(
    "fig-theme-heatmap",
    title_zh="各节的政策主题注意力（每千词命中数）",
    title_en="Policy attention by section (theme hits per 1,000 tokens)",
    caption="主题词表在各节的命中密度（每千词），颜色越深表示该节越集中谈论该主题。",
    caption_en="Theme-lexicon hits per 1,000 tokens in each section; darker cells mark the "
    "sections that concentrate on a theme.",
    notebook=NOTEBOOK,
    languages=("zh", "en"),
)
def theme_heatmap(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = theme_section_data(tables)
    row_label, col_label = f"label_{language}", f"name_{language}"
    themes = list(dict.fromkeys(data[col_label]))
    rows = list(dict.fromkeys(data[row_label]))
    grid = data.pivot_table(index=row_label, columns=col_label, values="per_1000", sort=False)
    grid = grid.loc[rows, themes]
    fig, ax = plt.subplots(figsize=(8.5, 6.5))
    image = ax.imshow(grid.values, cmap="cividis_r", aspect="auto")
    ax.set_xticks(range(len(themes)), themes, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    ax.grid(False)
    top = np.nanmax(grid.values) if grid.size else 0
    for (i, j), value in np.ndenumerate(grid.values):
        if value >= 1:
            colour = "white" if value > top * 0.6 else "black"
            ax.text(j, i, f"{value:.0f}", ha="center", va="center", fontsize=6, color=colour)
    fig.colorbar(image, ax=ax, label=chart_label("hits_per_1000", language), shrink=0.8)
    return fig, data


def theme_shift_data(tables: Tables, report_id: str) -> pd.DataFrame:
    """Per theme: hits per 1,000 tokens in the review part and in the plan part(s), and the
    shift, sorted by shift (largest rise last)."""
    shares = tables["theme_shares"]
    rows = shares[(shares["report_id"] == report_id) & (shares["scope"] == "role")]
    wide = (
        rows.pivot_table(
            index=["theme", "name_zh", "name_en"], columns="scope_id", values="per_1000"
        )
        .reset_index()
        .rename_axis(columns=None)
    )
    wide = wide.rename(columns={"review": "rate_review", "plan": "rate_plan"})
    wide["shift"] = (wide["rate_plan"] - wide["rate_review"]).round(4)
    columns = ["theme", "name_zh", "name_en", "rate_review", "rate_plan", "shift"]
    return wide.sort_values(["shift", "theme"])[columns].reset_index(drop=True)


@register_figure(
    "fig-theme-shift",
    title_zh="主题注意力：{review_year}年回顾与{plan_year}年安排",
    title_en="Policy attention: {review_year} review vs {plan_year} plan",
    caption="各主题在第一部分（回顾）与第二部分（安排）中的每千词命中数，按变化量排序。",
    caption_en="Theme hits per 1,000 tokens in the review (part 1) and the plan (part 2), "
    "themes sorted by the change.",
    notebook=NOTEBOOK,
    languages=("zh", "en"),
)
def theme_shift(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = theme_shift_data(tables, subject_id(tables))
    fig, ax = plt.subplots(figsize=style.FIGSIZE_TALL)
    y = np.arange(len(data))
    ax.hlines(y, data["rate_review"], data["rate_plan"], color="#999999", linewidth=1.2)
    review, plan = chart_label("review_part", language), chart_label("plan_part", language)
    ax.scatter(data["rate_review"], y, color=style.PALETTE[2], label=review, zorder=3)
    ax.scatter(data["rate_plan"], y, color=style.PALETTE[6], label=plan, zorder=3)
    ax.set_yticks(y, data[f"name_{language}"])
    ax.set_xlabel(chart_label("hits_per_1000", language))
    ax.grid(axis="y", visible=False)
    ax.legend(frameon=False, loc="lower right")
    return fig, data


def theme_comparison_data(tables: Tables, report_id: str) -> pd.DataFrame:
    """Per theme: hits per 1,000 tokens in the whole subject report and in the reference
    report(s), sorted by the subject's rate."""
    shares = tables["theme_shares"]
    rows = shares[shares["scope"] == "report"]
    wide = rows.pivot_table(
        index=["theme", "name_zh", "name_en"], columns="report_id", values="per_1000"
    ).reset_index()
    others = [c for c in wide.columns if c not in ("theme", "name_zh", "name_en", report_id)]
    wide = wide.rename(columns={report_id: "rate_local"})
    wide["rate_reference"] = wide[others].mean(axis=1) if others else 0.0
    wide["difference"] = (wide["rate_local"] - wide["rate_reference"]).round(4)
    columns = ["theme", "name_zh", "name_en", "rate_local", "rate_reference", "difference"]
    return wide.sort_values(["rate_local", "theme"])[columns].reset_index(drop=True)


@register_figure(
    "fig-theme-local-national",
    title_zh="主题注意力：{subject}报告与{reference}报告",
    title_en="Policy attention: the {subject} report vs the {reference} report",
    caption="各主题在两份报告全文中的每千词命中数，按{subject}报告排序。",
    caption_en="Theme hits per 1,000 tokens in the whole of each report, themes sorted by the "
    "district report.",
    notebook=NOTEBOOK,
    languages=("zh", "en"),
)
def theme_local_national(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = theme_comparison_data(tables, subject_id(tables))
    names = report_names(tables, language)
    fig, ax = plt.subplots(figsize=style.FIGSIZE_TALL)
    y = np.arange(len(data))
    local = chart_label("report_of", language, name=names["subject"])
    reference = chart_label("report_of", language, name=names["reference"])
    ax.barh(y + 0.2, data["rate_local"], height=0.4, color=style.PALETTE[6], label=local)
    ax.barh(y - 0.2, data["rate_reference"], height=0.4, color=style.PALETTE[5], label=reference)
    ax.set_yticks(y, data[f"name_{language}"])
    ax.set_xlabel(chart_label("hits_per_1000", language))
    ax.grid(axis="y", visible=False)
    ax.legend(frameon=False, loc="lower right")
    return fig, data


# --------------------------------------------------------------------------- keyness, network


def keyness_data(tables: Tables, top: int = TOP_KEYNESS) -> pd.DataFrame:
    """The ``top`` most distinctive local and national terms (log-odds z-scores)."""
    key = tables["keyness"]
    rows = key[key["rank"] <= top].sort_values("z")
    return rows[["term", "side", "n_local", "n_national", "delta", "z", "rank"]].reset_index(
        drop=True
    )


@register_figure(
    "fig-keyness",
    title_zh="关键性：{subject}报告与{reference}报告",
    title_en="Keyness: the {subject} report vs the {reference} report",
    caption="带信息先验的对数优势比（Monroe 等 2008）的 z 值：右侧为{subject}报告相对更常用的词，"
    "左侧为{reference}报告相对更常用的词。",
    notebook=NOTEBOOK,
)
def keyness(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = keyness_data(tables)
    fig, ax = plt.subplots(figsize=style.FIGSIZE_TALL)
    y = np.arange(len(data))
    colours = [style.PALETTE[6] if z > 0 else style.PALETTE[5] for z in data["z"]]
    ax.barh(y, data["z"], color=colours)
    ax.set_yticks(y, data["term"], fontsize=8)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel(chart_label("keyness_z", language, **report_names(tables, language)))
    ax.grid(axis="y", visible=False)
    return fig, data


def network_data(tables: Tables, edges: int = NETWORK_EDGES) -> pd.DataFrame:
    """The ``edges`` strongest sentence co-occurrences among the top terms."""
    co = _subject(tables["cooccurrence"], subject_id(tables))
    return co.head(edges)[["term_a", "term_b", "n_shared_sentences", "jaccard"]].reset_index(
        drop=True
    )


@register_figure(
    "fig-cooccurrence-network",
    title_zh="高频词句内共现网络",
    title_en="Sentence co-occurrence network of frequent words",
    caption="高频实词在同一句中共同出现的网络：节点大小表示词频，连线粗细表示共现句数。",
    notebook=NOTEBOOK,
)
def cooccurrence_network(tables: Tables, language: str) -> tuple[Figure, pd.DataFrame]:
    data = network_data(tables)
    freq = top_terms_data(tables, 200).set_index("term")["n"]
    graph = nx.Graph()
    for row in data.itertuples():
        graph.add_edge(row.term_a, row.term_b, weight=row.n_shared_sentences)
    layout = nx.spring_layout(graph, seed=SEED, weight="weight", k=0.9)
    fig, ax = plt.subplots(figsize=(7.5, 6.5))
    widths = [
        0.4 + 2.4 * graph[a][b]["weight"] / data["n_shared_sentences"].max() for a, b in graph.edges
    ]
    nx.draw_networkx_edges(graph, layout, ax=ax, width=widths, edge_color="#999999", alpha=0.7)
    sizes = [40 + 12 * float(freq.get(n, 1)) for n in graph.nodes]
    nx.draw_networkx_nodes(
        graph, layout, ax=ax, node_size=sizes, node_color=style.PALETTE[2], alpha=0.85
    )
    for node, (x, y) in layout.items():
        ax.text(x, y, node, ha="center", va="center", fontsize=8)
    ax.set_axis_off()
    return fig, data
