"""The book's findings as text: small functions that turn the processed tables into the words
and numbers the pages glue (``myst_nb.glue``), so no page types a finding by hand.

Each function reads the tables of :func:`govreport.pipeline.load_tables` and returns plain
strings or small frames; the notebooks only glue what these return.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from govreport import words
from govreport.feasibility import fmt, target_summary
from govreport.publish.charts.words import theme_shift_data
from govreport.publish.figures import subject_id
from govreport.tokens import read_stopwords

Tables = Mapping[str, pd.DataFrame]

#: What each exclusion reason of the numeral audit means (``audit.csv``, ``exclusion_reason``).
EXCLUSION_MEANING = {
    "word": "普通词语中的数字字（一体化、千方百计、表示“一些”的“一批”）",
    "name": "引号中的提法、口号或名称",
    "code": "编号与代号",
    "meeting_ordinal": "会议届次",
    "ordinal": "序数",
    "list_marker": "标题序号",
    "span": "时段",
    "date": "日期",
    "year": "年份",
    "formula": "数字提法（“N大X”）",
    "list_count": "报告自身的条目数",
    "ratio": "比例结构，不拆成单个数量",
}


def rise_or_fall(shift: float) -> str:
    """上升 or 下降, for a signed change.

    >>> rise_or_fall(2.5), rise_or_fall(-0.1)
    ('上升', '下降')
    """
    return "上升" if shift >= 0 else "下降"


def ranked_list(items: pd.Series, quote: bool = True) -> str:
    """Items joined with 、 for prose, each in Chinese quotation marks.

    >>> ranked_list(pd.Series(["项目", "全市"]))
    '“项目”、“全市”'
    """
    return "、".join(f"“{item}”" if quote else str(item) for item in items)


def audit_examples(audit: pd.DataFrame, n: int = 2) -> pd.DataFrame:
    """Per exclusion reason of the numeral audit: its meaning, how many runs, and the first
    ``n`` distinct contexts in the report (the words around the numeral).

    >>> frame = pd.DataFrame({"status": ["excluded"] * 2, "exclusion_reason": ["year"] * 2,
    ...     "context": ["在2024年", "在2024年"]})
    >>> audit_examples(frame)[["reason", "n", "examples"]].values.tolist()
    [['year', 2, '在2024年']]
    """
    excluded = audit[audit["status"] == "excluded"]
    rows = []
    for reason, group in excluded.groupby("exclusion_reason", sort=False):
        examples = group["context"].astype(str).str.strip().drop_duplicates().head(n)
        rows.append(
            {
                "reason": reason,
                "meaning": EXCLUSION_MEANING.get(reason, ""),
                "n": len(group),
                "examples": " / ".join(examples),
            }
        )
    return pd.DataFrame(rows).sort_values("n", ascending=False, ignore_index=True)


def content_frequencies(tables: Tables) -> pd.DataFrame:
    """Frequencies of the subject report's content words (the definition of chapter 2)."""
    tokens = tables["tokens"]
    tokens = tokens[tokens["report_id"] == subject_id(tables)]
    return words.term_frequencies(words.content_tokens(tokens, stopwords=read_stopwords()))


def key_findings(tables: Tables) -> dict[str, str]:
    """The landing page's findings, one string per glue key (without the ``intro_`` prefix)."""
    out: dict[str, str] = {}
    sections = tables["sections"]
    body = sections[(sections["report_id"] == subject_id(tables)) & (sections["part"] > 0)]
    parts = body.groupby(["part_numeral", "part_title"], sort=False)["n_chars"].sum()
    out["n_chars"] = f"{int(parts.sum()):,}"
    out["n_parts"] = str(parts.size)
    out["n_sections"] = str(int((body["section"] > 0).sum()))
    out["longest_part"] = f"第{parts.idxmax()[0]}部分“{parts.idxmax()[1]}”"
    out["longest_part_share"] = f"{parts.max() / parts.sum():.0%}"

    freq = content_frequencies(tables)
    out["top_words"] = "、".join(f"“{t}”（{n}次）" for t, n in freq.head(5)[["term", "n"]].values)

    shift = theme_shift_data(tables, subject_id(tables))
    mover = shift.loc[shift["shift"].abs().idxmax()]
    out["mover"] = mover["name_zh"]
    out["mover_direction"] = rise_or_fall(mover["shift"])
    out["mover_review"] = f"{mover['rate_review']:.1f}"
    out["mover_plan"] = f"{mover['rate_plan']:.1f}"
    key = tables["keyness"]
    out["local_terms"] = ranked_list(
        key[key["side"] == "local"].sort_values("rank")["term"].head(3)
    )

    indicators = tables["indicators"]
    indicators = indicators[indicators["report_id"] == subject_id(tables)]
    out["n_quantities"] = f"{len(indicators):,}"
    audit = tables["audit"]
    audit = audit[audit["report_id"] == subject_id(tables)]
    out["n_numerals"] = f"{len(audit):,}"
    out["n_unaccounted"] = str(int((audit["status"] == "unaccounted").sum()))
    summary = target_summary(tables["feasibility"], subject_id(tables))
    out["n_targets"] = str(summary["n_targets"])
    out["n_paired"] = str(summary["n_paired"])

    feas = tables["feasibility"]
    own = feas[feas["report_id"] == subject_id(tables)]
    gdp = own[own["subject"].str.contains("生产总值") & (own["kind"] == "growth_pct")].iloc[0]
    out["gdp_target"] = fmt(gdp["value_num"])
    out["gdp_rating"] = gdp["rating_zh"]
    out["gdp_hedge"] = str(gdp["hedge_words"]).replace("|", "、")
    out["gdp_reason"] = gdp["reason"]

    flags = tables["consistency_flags"]
    flagged = flags[(flags["report_id"] == subject_id(tables)) & flags["flagged"].astype(bool)]
    out["n_flags"] = str(len(flagged))
    out["flag_subjects"] = ranked_list(flagged["growth_quote"]) if len(flagged) else "（无）"

    ladder = tables["target_ladder"]
    gdp_ladder = ladder[(ladder["indicator_key"] == "gdp") & (ladder["record"] == "target")]
    district = gdp_ladder[gdp_ladder["level"] == "district"].iloc[0]
    national = gdp_ladder[gdp_ladder["level"] == "national"].iloc[0]
    out["gdp_national"] = fmt(national["value"])
    out["gdp_amp_nat"] = fmt(district["amplification_vs_national_pp"])
    out["ladder_verdict"] = ladder_verdict(ladder)
    return out


def amplification_steps(ladder: pd.DataFrame, indicator_key: str = "gdp") -> str:
    """The step from each level's target to the level above, for prose
    (``济南市比山东省 +0.5``).

    >>> frame = pd.DataFrame({"indicator_key": ["gdp"] * 2, "record": ["target"] * 2,
    ...     "level_rank": [0, 1], "region": ["中国", "山东省"], "above_level": ["", "national"],
    ...     "amplification_vs_above_pp": [float("nan"), 0.0]})
    >>> amplification_steps(frame)
    '山东省比上一级 +0'
    """
    rows = ladder[(ladder["indicator_key"] == indicator_key) & (ladder["record"] == "target")]
    rows = rows.sort_values("level_rank")
    steps = rows[rows["amplification_vs_above_pp"].notna()]
    return "，".join(
        f"{r.region}比上一级 {'+' if r.amplification_vs_above_pp >= 0 else '−'}"
        f"{fmt(abs(r.amplification_vs_above_pp))}"
        for r in steps.itertuples()
    )


def ladder_verdict(ladder: pd.DataFrame, indicator_key: str = "gdp") -> str:
    """Whether no level's target is below the level above (the top-down amplification of
    Li et al. 2019), in words.

    >>> frame = pd.DataFrame({"indicator_key": ["gdp"] * 2, "record": ["target"] * 2,
    ...     "amplification_vs_above_pp": [float("nan"), 0.5]})
    >>> ladder_verdict(frame)
    '没有一级低于上一级，方向与逐级加码的规律一致'
    """
    rows = ladder[(ladder["indicator_key"] == indicator_key) & (ladder["record"] == "target")]
    if (rows["amplification_vs_above_pp"].dropna() >= 0).all():
        return "没有一级低于上一级，方向与逐级加码的规律一致"
    return "有一级低于上一级，与逐级加码的规律不完全一致"


def rated_subjects(feasibility: pd.DataFrame, rating: str, report_id: str) -> str:
    """The subjects of the targets with a given rating, for prose.

    >>> frame = pd.DataFrame({"report_id": ["r", "r"], "rating": ["below_pace", "stretch"],
    ...     "subject": ["新增学位", "营收"]})
    >>> rated_subjects(frame, "below_pace", "r")
    '新增学位'
    """
    rows = feasibility[(feasibility["report_id"] == report_id) & (feasibility["rating"] == rating)]
    return "、".join(rows["subject"].drop_duplicates()) or "（无）"
