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
from govreport.report import base_role
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
    "per_unit_base": "“每N…”中的计量基数（每10万人口）",
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

    report_id = subject_id(tables)
    out["gdp_sentence"] = gdp_sentence(tables["feasibility"], report_id)
    out["flags_sentence"] = flags_sentence(tables["consistency_flags"], report_id)
    out["ladder_sentence"] = ladder_sentence(tables["target_ladder"], subject_level(tables))
    return out


def subject_level(tables: Tables) -> str:
    """The subject report's government level (``district`` when its metadata does not say,
    as on the ladder)."""
    level = str(_first(tables["reports"], "subject").get("level") or "")
    return level if level and level != "nan" else "district"


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


# --------------------------------------------------------------------------- any report's book
# The chapters are written for any report: what differs from one report to another (names,
# years, whether a report has a GDP target, parent-level figures, resolved formulas ...) comes
# from these functions, as glued text or as MyST substitutions (book/_ext), never from a
# notebook's own code.

LEVEL_ZH = {"national": "全国", "province": "省", "city": "市", "district": "区"}
GDP_PATTERN = r"(?:地区|国内)生产总值"


def _first(reports: pd.DataFrame, role: str) -> Mapping:
    rows = reports[reports["role"] == role]
    return rows.iloc[0].to_dict() if len(rows) else {}


def delivery_phrase(metadata: Mapping) -> str:
    """Who delivered the report, where and when, in brackets (empty if the metadata says
    nothing).

    >>> delivery_phrase({"speaker": "张三", "speaker_role": "区长 (district head)",
    ...                  "venue": "某区人民代表大会", "date": "2025-01-08"})
    '（区长张三在某区人民代表大会上所作，2025-01-08）'
    >>> delivery_phrase({})
    ''
    """
    role = str(metadata.get("speaker_role") or "").split("(")[0].strip()
    speaker = f"{role}{metadata.get('speaker') or ''}"
    venue = str(metadata.get("venue") or "")
    date = str(metadata.get("date") or "")
    said = f"{speaker}在{venue}上所作" if speaker and venue else speaker
    parts = [p for p in (said, date) if p]
    return f"（{'，'.join(parts)}）" if parts else ""


def book_substitutions(reports: pd.DataFrame, subject_metadata: Mapping) -> dict[str, str]:
    """The names and years the pages print (MyST substitutions, ``{{ plan_year }}``), from the
    ``reports`` table and the subject's metadata: the same pages serve any report.

    >>> reports = pd.DataFrame({"role": ["subject", "reference"], "title": ["甲报告", "乙报告"],
    ...     "title_en": ["A", "B"], "short_name": ["甲区", "全国"], "short_name_en": ["A", "N"],
    ...     "plan_year": [2025, 2025], "review_year": [2024, 2024]})
    >>> book_substitutions(reports, {})["plan_year"], book_substitutions(reports, {})["book_title"]
    ('2025', '甲报告：可复现的文本与指标分析')
    """
    subject, reference = _first(reports, "subject"), _first(reports, "reference")

    def year(row: Mapping, key: str) -> str:
        value = row.get(key)
        return str(int(value)) if value is not None and pd.notna(value) else ""

    return {
        "subject_title": str(subject.get("title", "")),
        "subject_title_en": str(subject.get("title_en", "")),
        "subject_name": str(subject.get("short_name", "")),
        "subject_name_en": str(subject.get("short_name_en", "")),
        "subject_delivery": delivery_phrase(subject_metadata),
        "reference_title": str(reference.get("title", "")),
        "reference_name": str(reference.get("short_name", "")),
        "plan_year": year(subject, "plan_year"),
        "review_year": year(subject, "review_year"),
        "book_title": f"{subject.get('title', '')}：可复现的文本与指标分析",
    }


def part_names(sections: pd.DataFrame) -> dict[str, str]:
    """Column names for a table by part: ``{"1": "第一部分（回顾）", ...}`` from the report's
    own parts and their roles.

    >>> frame = pd.DataFrame({"part": [1, 2], "part_numeral": ["一", "二"],
    ...                       "part_role": ["review", "plan"]})
    >>> part_names(frame)
    {'1': '第一部分（回顾）', '2': '第二部分（安排）'}
    """
    roles = {"review": "回顾", "plan": "安排", "conduct": "自身建设", "other": "其他"}
    rows = sections[sections["part"] > 0].drop_duplicates("part")
    return {
        str(r.part): f"第{r.part_numeral}部分（{roles.get(base_role(r.part_role), r.part_role)}）"
        for r in rows.itertuples()
    }


def resolved_formula_example(numbered: pd.DataFrame) -> str:
    """A sentence with the first numbered formula the report spells out, or a sentence
    saying that it spells out none.

    >>> frame = pd.DataFrame({"expression": ["三大战略"], "resolution": ["exact"],
    ...                       "items": ["甲|乙|丙"]})
    >>> resolved_formula_example(frame)
    '例如“三大战略”= 甲|乙|丙。'
    """
    exact = numbered[numbered["resolution"] == "exact"]
    if exact.empty:
        return "报告没有在文中列出任何编号提法的内容。"
    row = exact.iloc[0]
    return f"例如“{row['expression']}”= {row['items']}。"


def kwic_example_term(slogans_table: pd.DataFrame, freq: pd.DataFrame) -> str:
    """The term the chapter's KWIC example looks up: the report's most mentioned quoted slogan
    (not a numbered formula), else its most frequent content word."""
    quoted = slogans_table[slogans_table["formula_kind"] != "numbered"]
    if len(quoted):
        ordered = quoted.sort_values(["n_mentions", "first_sentence_id"], ascending=[False, True])
        return str(ordered["expression"].iloc[0])
    return str(freq["term"].iloc[0]) if len(freq) else ""


def gdp_target(feasibility: pd.DataFrame, report_id: str) -> pd.Series | None:
    """The report's GDP growth target for the plan year, or ``None`` if it states none.

    An average annual rate (年均, a five-year plan's target) is not the plan year's target: the
    first GDP growth target without 年均 in its quote is taken, else the first one.

    >>> frame = pd.DataFrame({"report_id": ["r", "r"], "kind": ["growth_pct"] * 2,
    ...     "subject": ["地区生产总值"] * 2, "quote": ["地区生产总值年均增长5%—5.5%",
    ...     "地区生产总值增长5%左右"]})
    >>> gdp_target(frame, "r")["quote"]
    '地区生产总值增长5%左右'
    """
    own = feasibility[feasibility["report_id"] == report_id]
    rows = own[
        own["subject"].astype(str).str.contains(GDP_PATTERN, regex=True)
        & (own["kind"] == "growth_pct")
    ]
    annual = rows[~rows["quote"].astype(str).str.contains("年均")]
    rows = annual if len(annual) else rows
    return rows.iloc[0] if len(rows) else None


def gdp_sentence(feasibility: pd.DataFrame, report_id: str) -> str:
    """The GDP growth target and its rating, in a sentence (or that there is none)."""
    row = gdp_target(feasibility, report_id)
    if row is None:
        return "报告没有给出地区生产总值的增长目标。"
    hedge = str(row["hedge_words"]).replace("|", "、")
    return f"地区生产总值增长目标 {fmt(row['value_num'])}%{hedge}，评为“{row['rating_zh']}”：{row['reason']}。"


def gdp_baseline_sentence(feasibility: pd.DataFrame, report_id: str) -> str:
    """The GDP growth target beside the report's own figure for last year (chapter 4)."""
    row = gdp_target(feasibility, report_id)
    if row is None:
        return "报告没有给出地区生产总值的增长目标。"
    hedge = str(row["hedge_words"]).replace("|", "、") or "无"
    text = f"地区生产总值增长目标 {fmt(row['value_num'])}%（限定词：{hedge}）"
    if str(row["baseline_id"]) in ("", "nan"):
        return text + f"，报告中没有找到可比的上年增速，评为“{row['rating_zh']}”。"
    span = row["baseline_span"] or "全年"
    return (
        text + f"，报告给出的上年增速是{span}的 {fmt(row['baseline_value_num'])}%，"
        f"相差 {float(row['gap_pp']):+.1f} 个百分点，评为“{row['rating_zh']}”。"
    )


def flags_sentence(flags: pd.DataFrame, report_id: str) -> str:
    """The consistency check's result in a sentence."""
    flagged = flags[(flags["report_id"] == report_id) & flags["flagged"].astype(bool)]
    if flagged.empty:
        return "一致性检查没有发现增速目标与总量目标互相矛盾之处。"
    return f"一致性检查标记 {len(flagged)} 处（{ranked_list(flagged['growth_quote'])} 与同一指标的总量目标不符）。"


def flag_detail(flags: pd.DataFrame, report_id: str) -> str:
    """The first flagged inconsistency, spelled out (chapter 4), or that there is none."""
    flagged = flags[(flags["report_id"] == report_id) & flags["flagged"].astype(bool)]
    if flagged.empty:
        return "没有一处增速目标与同一指标的总量目标相差超过容差。"
    first = flagged.iloc[0]
    return (
        f"共标记 {len(flagged)} 处。报告一处要求“{first['growth_quote']}”，另一处又要求"
        f"“{first['level_quote']}”；而上年是“{first['baseline_quote']}”，总量目标只隐含 "
        f"{first['implied_growth_pct']:.1f}% 的增长，与增速目标相差 "
        f"{abs(first['difference_pp']):.1f} 个百分点。两者可能口径不同，但报告没有说明。"
    )


def _gdp_ladder(ladder: pd.DataFrame, record: str = "target") -> pd.DataFrame:
    return ladder[(ladder["indicator_key"] == "gdp") & (ladder["record"] == record)]


def has_parent_levels(ladder: pd.DataFrame) -> bool:
    """Whether the ladder holds any level above the report's own (parent-level figures)."""
    return bool(len(ladder)) and ladder["level"].nunique() > 1


def ladder_sentence(ladder: pd.DataFrame, level: str) -> str:
    """The report's GDP target against the national one and the direction of the ladder, in a
    sentence (landing page), or that the project has no parent-level figures."""
    rows = _gdp_ladder(ladder)
    own = rows[rows["level"] == level]
    national = rows[rows["level"] == "national"]
    if own.empty or national.empty or level == "national":
        return "本书的数据中没有上级政府的同类目标，不作逐级比较。"
    gap = float(own["amplification_vs_national_pp"].iloc[0])
    word = "高" if gap >= 0 else "低"
    return (
        f"这一增长目标比全国的 {fmt(national['value'].iloc[0])}% {word} {fmt(abs(gap))} 个百分点，"
        f"从全国到{LEVEL_ZH.get(level, level)}{ladder_verdict(ladder)}。"
    )


def ladder_paragraph(ladder: pd.DataFrame, level: str, subject_name: str) -> str:
    """The GDP growth targets of every level and the steps between them (chapter 4)."""
    rows = _gdp_ladder(ladder).sort_values("level_rank")
    if not has_parent_levels(ladder) or rows["level"].nunique() < 2:
        return (
            "本书的数据（data/external/）中没有上级政府的同类目标，这一节只列出报告自己的"
            "目标，不作逐级比较。"
        )
    targets = "，".join(f"{r.region} {fmt(r.value)}%{r.qualifier or ''}" for r in rows.itertuples())
    out = f"地区生产总值增长目标：{targets}。"
    own = rows[rows["level"] == level]
    if len(own) and pd.notna(own["amplification_vs_national_pp"].iloc[0]):
        gap = float(own["amplification_vs_national_pp"].iloc[0])
        out += f"{subject_name}比全国{'高' if gap >= 0 else '低'} {fmt(abs(gap))} 个百分点。"
    out += f"逐级看，{amplification_steps(ladder)}（百分点）：{ladder_verdict(ladder)}。"
    outcomes = _gdp_ladder(ladder, "actual").sort_values("level_rank")
    if len(outcomes):
        out += "实绩：" + "，".join(f"{r.region} {fmt(r.value)}%" for r in outcomes.itertuples())
        out += "。"
    return out


def unofficial_level_paragraph(
    ladder: pd.DataFrame, indicators: pd.DataFrame, feasibility: pd.DataFrame, report_id: str
) -> str:
    """The report's own level of GDP next year from an unofficial source, if the project's
    external data has one, with the caveats; else an empty string."""
    level_rows = ladder[(ladder["indicator_key"] == "gdp_level") & (ladder["record"] == "actual")]
    row = gdp_target(feasibility, report_id)
    if level_rows.empty or row is None:
        return ""
    from govreport.feasibility import implied_change_pct, review_level_estimate

    estimate = review_level_estimate(indicators, report_id, row["baseline_sentence_id"])
    if estimate is None:
        return ""
    outcome = level_rows.iloc[0]
    nominal = implied_change_pct(outcome["value"], estimate["value_num"])
    return (
        f"本项目的外部数据中没有本报告所在地区{outcome['year']}年地区生产总值的官方实绩；唯一的"
        f"数字来自 source_kind = {outcome['source_kind']} 的来源（{outcome['source']}）："
        f"{fmt(outcome['value'])} {outcome['unit']}。报告估计上年"
        f"“{estimate['quote']}”，以此为分母，名义增长至多约 {nominal:.1f}%。这是名义总量之比，"
        f"而增长目标按可比价格计算，两者不能直接比较；该数字未经官方核实，仅作参考。"
    )
