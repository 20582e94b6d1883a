"""Findings of the indicator-trends chapter (and its base rate in the feasibility chapter) as
text and small frames for ``glue``: computed from the corpus tables, never typed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from govreport import trends
from govreport.feasibility import fmt
from govreport.publish.figures import subject_id

Tables = Mapping[str, pd.DataFrame]
#: Margins (points above a 左右 target) of the base-rate sensitivity table.
MARGINS = (-1.0, -0.5, -0.3, 0.0, 0.3, 0.5, 1.0)
HEDGE_CLASS_ZH = {
    "approx": "左右",
    "floor": "以上、不低于",
    "ceiling": "以内、低于、控制在",
    "range": "区间",
    "none": "无限定词",
}


def _years(values: Sequence[int] | pd.Series) -> str:
    return "、".join(str(int(v)) for v in values)


def missing_years(corpus_reports: pd.DataFrame, first: int, last: int) -> list[int]:
    """Years from ``first`` to ``last`` without a national report in the corpus."""
    have = set(corpus_reports.loc[corpus_reports["level"] == "national", "plan_year"].astype(int))
    return [y for y in range(first, last + 1) if y not in have]


def series_findings(tables: Tables) -> dict[str, str]:
    """The chapter's numbers: corpus size, GDP record, gaps, override counts, missing years."""
    series = tables["national_series"]
    reports = tables["corpus_reports"]
    national = reports[reports["level"] == "national"]
    gdp = series[series["indicator_key"] == "gdp_growth"]
    judged = gdp[gdp["met"].isin([True, False])]
    met = judged["met"].astype(bool)
    sources = tables["national_series_sources"].set_index(["cell", "cell_source"])["n_cells"]
    target_years = series.loc[series["target_quote"] != "", "year"]
    gdp_target_years = gdp.loc[gdp["target_quote"] != "", "year"]
    no_next = gdp.loc[(gdp["target_quote"] != "") & gdp["outcome_quote"].eq(""), "year"]
    return {
        "n_national": str(len(national)),
        "national_first": str(int(national["plan_year"].min())),
        "national_last": str(int(national["plan_year"].max())),
        "series_first": str(int(target_years.min())),
        "series_last": str(int(target_years.max())),
        "missing_series_years": _years(
            missing_years(reports, int(target_years.min()), int(target_years.max()))
        ),
        "n_missing_all": str(
            len(
                missing_years(
                    reports, int(national["plan_year"].min()), int(national["plan_year"].max())
                )
            )
        ),
        "n_indicators": str(series["indicator_key"].nunique()),
        "gdp_n_targets": str(len(gdp_target_years)),
        "gdp_n_judged": str(len(judged)),
        "gdp_n_met": str(int(met.sum())),
        "gdp_missed_years": _years(judged.loc[~met, "year"]),
        "gdp_no_outcome_years": _years(no_next),
        "gdp_gap_mean": fmt(round(float(judged["gap"].mean()), 2)),
        "gdp_gap_sd": fmt(round(float(judged["gap"].std()), 2)),
        "gdp_gap_min": fmt(round(float(judged["gap"].min()), 2)),
        "gdp_gap_max": fmt(round(float(judged["gap"].max()), 2)),
        "n_target_extractor": str(int(sources.get(("target", "extractor"), 0))),
        "n_target_override": str(int(sources.get(("target", "override"), 0))),
        "n_outcome_extractor": str(int(sources.get(("outcome", "extractor"), 0))),
        "n_outcome_override": str(int(sources.get(("outcome", "override"), 0))),
    }


ROW_COLUMNS = ["year", "target_value", "target_high", "target_hedge", "outcome_value", "met", "gap",
               "target_quote", "outcome_quote", "target_source", "outcome_source"]  # fmt: skip


def indicator_rows(series: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """One indicator's rows of the series, the columns a reader checks (display frame)."""
    return series.loc[series["indicator_key"] == indicator, ROW_COLUMNS].reset_index(drop=True)


def hedge_table(series: pd.DataFrame) -> pd.DataFrame:
    """How often each hedge class was met, per indicator, with the gap's mean and spread (a
    frame for display, Chinese headers)."""
    rates = trends.hedge_base_rates(series)
    names = series.drop_duplicates("indicator_key").set_index("indicator_key")["indicator_zh"]
    out = pd.DataFrame(
        {
            "指标": rates["indicator_key"].map(names),
            "限定词": rates["hedge_class"].map(HEDGE_CLASS_ZH),
            "年数": rates["n_years"],
            "完成": rates["n_met"],
            "完成比例": rates["share_met"].map(lambda v: f"{v:.0%}"),
            "差距均值": rates["gap_mean"].round(2),
            "差距标准差": rates["gap_sd"].round(2),
            "最小": rates["gap_min"].round(2),
            "最大": rates["gap_max"].round(2),
        }
    )
    return out.reset_index(drop=True)


def hedge_class_findings(series: pd.DataFrame) -> dict[str, str]:
    """Share of GDP targets met by hedge class, for prose (``gdp_<class>_met`` = "k/n")."""
    rates = trends.hedge_base_rates(series, "gdp_growth").set_index("hedge_class")
    out = {}
    for hedge_class in HEDGE_CLASS_ZH:
        if hedge_class in rates.index:
            row = rates.loc[hedge_class]
            out[f"gdp_{hedge_class}_met"] = f"{int(row['n_met'])}/{int(row['n_years'])}"
        else:
            out[f"gdp_{hedge_class}_met"] = "0/0"
    return out


def term_findings(tables: Tables) -> dict[str, str]:
    """Earliest national use of the key terms, the key terms never used nationally, and how
    many of the subject report's slogans are local coinages."""
    origins = tables["term_origins"]
    keys = origins[origins["origin"] == "key_term"]
    used = keys.dropna(subset=["first_year"]).sort_values(["first_year", "term"])
    never = keys[keys["local_only"].astype(bool)]
    slogans = origins[origins["origin"] == "slogan"]
    local = slogans[slogans["local_only"].astype(bool)]
    both = origins[origins["origin"] != "top_term"]
    used_both = both.dropna(subset=["first_year"]).sort_values(["first_year", "term"])
    return {
        "n_terms": str(len(origins)),
        "key_earliest": "、".join(
            f"“{t}”（{int(y)}年）" for t, y in zip(used["term"], used["first_year"], strict=True)
        ),
        "key_never": "、".join(f"“{t}”" for t in never["term"]) or "无",
        "earliest_three": "、".join(
            f"“{t}”（{int(y)}年）"
            for t, y in zip(used_both["term"][:3], used_both["first_year"][:3], strict=True)
        ),
        "n_slogans": str(len(slogans)),
        "n_local_slogans": str(len(local)),
        "local_examples": "、".join(f"“{t}”" for t in local["term"].head(8)),
    }


# --------------------------------------------------------------------------- base rates


def district_growth_target(tables: Tables) -> dict[str, float | str]:
    """The subject report's GDP growth target and last year's pace (from ``feasibility``)."""
    rows = tables["feasibility"]
    rows = rows[
        (rows["report_id"] == subject_id(tables))
        & rows["subject"].astype(str).str.contains("生产总值")
        & (rows["kind"] == "growth_pct")
    ]
    if rows.empty:
        return {}
    row = rows.iloc[0]
    return {
        "target": float(row["value_num"]),
        "baseline": float(row["baseline_value_num"]),
        "hedge": str(row["hedge_words"]),
        "quote": str(row["quote"]),
        "baseline_quote": str(row["baseline_quote"]),
        "baseline_span": "" if pd.isna(row.get("baseline_span")) else str(row["baseline_span"]),
    }


def base_rate_findings(tables: Tables) -> dict[str, str]:
    """What the national record of 左右 growth targets says about the subject's target: the
    share met, and the share beaten by at least the margin between last year's pace and the
    target (how often keeping last year's pace would be the typical outcome)."""
    series = tables["national_series"]
    district = district_growth_target(tables)
    n, k = trends.share_met_with_margin(series, 0.0)
    out = {
        "base_n": str(n),
        "base_k_met": str(k),
        "base_share_met": f"{k / n:.0%}" if n else "",
    }
    if district:
        margin = round(float(district["baseline"]) - float(district["target"]), 2)
        n_m, k_m = trends.share_met_with_margin(series, margin)
        out.update(
            {
                "district_target": fmt(district["target"]),
                "district_baseline": fmt(district["baseline"]),
                "district_span": f"（{district['baseline_span']}）"
                if district["baseline_span"]
                else "",
                "district_margin": fmt(margin),
                "base_k_margin": str(k_m),
                "base_share_margin": f"{k_m / n_m:.0%}" if n_m else "",
            }
        )
    return out


def base_rate_sensitivity(tables: Tables, margins: Sequence[float] = MARGINS) -> pd.DataFrame:
    """The share of national 左右 growth targets beaten by each margin (display frame)."""
    table = trends.margin_sensitivity(tables["national_series"], margins)
    return pd.DataFrame(
        {
            "超出目标至少（百分点）": table["margin_pp"],
            "年数": table["n_years"],
            "达到的年数": table["n_reached"],
            "比例": table["share"].map(lambda v: f"{v:.0%}"),
        }
    )
