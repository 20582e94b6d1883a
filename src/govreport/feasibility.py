"""Feasibility of plan-year targets: measures, a transparent rating, consistency checks and
the target ladder across government levels.

Every threshold lives in ``src/govreport/lexicon/feasibility_rules.yml`` (:func:`load_rules`). The
measures are plain functions of numbers; the tables are built from the ``targets`` table of
:mod:`govreport.targets`.

Limits, by construction: the baseline is what the report itself says about the review year
(often a year-to-date figure, marked as such, never silently treated as a full year); growth
rates in a work report are real (price-adjusted) for GDP and value added but nominal for
revenue, sales and trade, and a level target over a level baseline gives a nominal change.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from govreport.config import Project, lexicon_file, project
from govreport.datafiles import read_tsv, read_yaml
from govreport.errors import InputError
from govreport.targets import normalise_subject, read_synonyms, subject_similarity

if TYPE_CHECKING:
    from govreport.report import ReadProgress

RULES_FILE = lexicon_file("feasibility_rules.yml")
LADDER_FILE = lexicon_file("ladder_indicators.tsv")

RATINGS = ("below_pace", "close_to_pace", "stretch", "not_comparable", "no_baseline")
RATING_ZH = {
    "below_pace": "低于上年实绩",
    "close_to_pace": "接近上年实绩",
    "stretch": "高于上年实绩（需加力）",
    "not_comparable": "基数不可比",
    "no_baseline": "报告中无基数",
}
RATING_EN = {
    "below_pace": "below last year's result",
    "close_to_pace": "close to last year's result",
    "stretch": "a stretch beyond last year",
    "not_comparable": "baseline not comparable",
    "no_baseline": "no baseline in the report",
}
LEVEL_ORDER = {"national": 0, "province": 1, "city": 2, "district": 3}
PARENT_COLUMNS = [
    "level", "region", "year", "indicator", "record", "value", "unit", "qualifier", "source",
    "source_kind", "note",
]  # fmt: skip


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rules:
    growth_band_pp: float
    share_band_pp: float
    ratio_band: float
    consistency_tolerance_pp: float
    consistency_min_score: float
    pair_min_score: float
    lower_is_better: tuple[str, ...]
    anchor_targets: tuple[str, ...]
    target_exclude_units: tuple[str, ...]
    target_exclude_kinds: tuple[str, ...]
    sensitivity_growth: tuple[float, ...]
    sensitivity_ratio: tuple[float, ...]


_NUMBERS = ("growth_band_pp", "share_band_pp", "ratio_band", "consistency_tolerance_pp",
            "consistency_min_score", "pair_min_score")  # fmt: skip


def parse_rules(data: Any, name: str = "rules") -> Rules:
    """Validate the rules mapping; one-line :class:`InputError` on anything wrong.

    >>> parse_rules({"growth_band_pp": 1, "share_band_pp": 2, "ratio_band": 0.1,
    ...   "consistency_tolerance_pp": 0.5, "consistency_min_score": 0.8,
    ...   "pair_min_score": 0.4}).ratio_band
    0.1
    >>> parse_rules({"growth_band_pp": -1})
    Traceback (most recent call last):
    govreport.errors.InputError: rules: growth_band_pp must be a non-negative number
    """
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a mapping of thresholds")
    values = {}
    for key in _NUMBERS:
        if key not in data:
            raise InputError(f"{name}: {key} missing")
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise InputError(f"{name}: {key} must be a non-negative number")
        values[key] = float(value)
    for key in ("pair_min_score", "consistency_min_score"):
        if values[key] > 1:
            raise InputError(f"{name}: {key} must be between 0 and 1")
    sensitivity = data.get("sensitivity") or {}
    grids = {}
    for key in ("growth_band_pp", "ratio_band"):
        grid = sensitivity.get(key, [values[key]])
        if not isinstance(grid, list) or not all(
            isinstance(v, int | float) and v >= 0 for v in grid
        ):
            raise InputError(f"{name}: sensitivity.{key} must be a list of non-negative numbers")
        grids[key] = tuple(sorted({float(v) for v in grid} | {values[key]}))
    words: dict[str, tuple[str, ...]] = {}
    for key in (
        "lower_is_better",
        "anchor_targets",
        "target_exclude_units",
        "target_exclude_kinds",
    ):
        listed = data.get(key) or []
        if not isinstance(listed, list) or not all(isinstance(v, str) for v in listed):
            raise InputError(f"{name}: {key} must be a list of words")
        words[key] = tuple(listed)
    return Rules(
        **values,  # type: ignore[arg-type]
        **words,  # type: ignore[arg-type]
        sensitivity_growth=grids["growth_band_pp"],
        sensitivity_ratio=grids["ratio_band"],
    )


def load_rules(path: Path = RULES_FILE) -> Rules:
    """The rating thresholds from the rules file."""
    return parse_rules(read_yaml(path), str(path))


# --------------------------------------------------------------------------- measures


def implied_change_pct(target: float, baseline: float) -> float:
    """Change in % implied by a level target over a baseline level.

    >>> round(implied_change_pct(130, 125), 2)
    4.0
    >>> round(implied_change_pct(1.85, 1.7), 2)
    8.82
    """
    if baseline == 0:
        return math.nan
    return (target / baseline - 1) * 100


def growth_gap_pp(target_growth: float, baseline_growth: float) -> float:
    """Target growth minus last year's observed growth, in percentage points.

    >>> round(growth_gap_pp(5.6, 5.9), 1)
    -0.3
    """
    return target_growth - baseline_growth


def count_ratio(target: float, baseline: float) -> float:
    """A count target over last year's count.

    >>> round(count_ratio(20000, 27700), 3)
    0.722
    """
    return target / baseline if baseline else math.nan


def days_in_year(year: int) -> int:
    """365, or 366 in a leap year.

    >>> days_in_year(2024), days_in_year(2025)
    (366, 365)
    """
    return 366 if calendar.isleap(year) else 365


def days_share_pct(days: float, year: int) -> float:
    """A count of days as a share (%) of the year's days.

    >>> round(days_share_pct(233, 2024), 2)
    63.66
    """
    return days / days_in_year(year) * 100


def signed_gap(gap: float, direction: str) -> float:
    """The gap with its sign flipped where smaller is better (``direction == "down"``).

    >>> signed_gap(0.4, "down"), signed_gap(0.4, "up")
    (-0.4, 0.4)
    """
    return -gap if direction == "down" else gap


def rate_gap(gap: float, band: float) -> str:
    """Rating of a signed gap (pp, or ratio - 1) against a band.

    >>> [rate_gap(g, 1.0) for g in (-2.0, -0.3, 1.0, 1.5)]
    ['below_pace', 'close_to_pace', 'close_to_pace', 'stretch']
    """
    if math.isnan(gap):
        return "not_comparable"
    if gap < -band - 1e-9:
        return "below_pace"
    if gap > band + 1e-9:
        return "stretch"
    return "close_to_pace"


# --------------------------------------------------------------------------- the table


def _num(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return number


def _has(value: object) -> bool:
    from govreport.targets import _is_missing

    return not _is_missing(value)


def _text(value: object) -> str:
    """A cell as text, ``""`` when empty (NaN from a CSV round trip included)."""
    return str(value) if _has(value) else ""


def _year(value: object, default: int) -> int:
    number = _num(value)
    return default if math.isnan(number) else int(number)


def measure_row(row: Mapping, rules: Rules, review_year: int) -> dict[str, Any]:
    """The measures, rating and reason for one row of the targets table."""
    out: dict[str, Any] = {"gap_pp": math.nan, "ratio": math.nan, "implied_change_pct": math.nan,
                           "baseline_converted": math.nan}  # fmt: skip
    span = _text(row.get("baseline_span"))
    cumulative = "累计" in _text(row.get("baseline_qualifier")) and "累计" not in _text(
        row.get("qualifier")
    )
    out["baseline_is_ytd"] = bool(span)
    out["baseline_is_cumulative"] = cumulative
    measure = _text(row.get("measure"))
    if not _has(row.get("baseline_id")):
        return out | {"rating": "no_baseline", "reason": "报告未给出可比的上年数"}
    target, base = _num(row.get("value_num")), _num(row.get("baseline_value_num"))
    ytd = f"（基数为{span}数）" if span else ""
    if any(word in _text(row.get("subject")) for word in rules.anchor_targets):
        reason = f"调控目标（上限或锚），不是增长抱负：目标{target:g}，上年{base:.4g}"
        return out | {"rating": "not_comparable", "reason": reason}
    direction = _text(row.get("direction")) or "up"
    if measure in ("growth_gap", "share_gap", "change_gap", "days_share"):
        if measure == "days_share":
            base = days_share_pct(base, _year(row.get("baseline_year"), review_year))
            out["baseline_converted"] = round(base, 3)
        gap = growth_gap_pp(target, base)
        out["gap_pp"] = round(gap, 3)
        band = (
            rules.share_band_pp if measure in ("share_gap", "days_share") else rules.growth_band_pp
        )
        rating = rate_gap(signed_gap(gap, direction), band)
        reason = f"目标{target:g}，上年{base:.4g}，相差{gap:+.2f}个百分点（容差±{band:g}）{ytd}"
        return out | {"rating": rating, "reason": reason}
    if measure == "ratio":
        t_base, b_base = _num(row.get("value_base")), _num(row.get("baseline_value_base"))
        if math.isnan(t_base) or math.isnan(b_base):
            t_base, b_base = target, base
        ratio = count_ratio(t_base, b_base)
        out["ratio"] = round(ratio, 4)
        out["implied_change_pct"] = round(implied_change_pct(t_base, b_base), 3)
        if cumulative:
            return out | {"rating": "not_comparable",
                          "reason": f"基数为累计数，目标为年度数；比值{ratio:.2f}仅供参考"}  # fmt: skip
        if span:
            return out | {"rating": "not_comparable",
                          "reason": f"基数为{span}数，不是全年数；比值{ratio:.2f}仅供参考"}  # fmt: skip
        rating = rate_gap(signed_gap(ratio - 1, direction), rules.ratio_band)
        reason = f"目标为上年的{ratio:.2f}倍（隐含变化{(ratio - 1) * 100:+.1f}%，容差±{rules.ratio_band * 100:g}%）"
        return out | {"rating": rating, "reason": reason}
    return out | {"rating": "not_comparable", "reason": "配对的基数与目标口径不同"}


FEASIBILITY_COLUMNS = [
    "report_id", "target_id", "sentence_id", "quote", "subject", "subject_en", "kind", "unit",
    "value_num", "hardness", "hedge_words", "direction", "baseline_id", "baseline_sentence_id",
    "baseline_quote", "baseline_value_num", "baseline_unit", "baseline_span", "baseline_is_ytd",
    "baseline_is_cumulative", "measure", "baseline_converted", "gap_pp", "ratio",
    "implied_change_pct", "rating", "rating_zh", "reason",
]  # fmt: skip


def feasibility_table(
    targets: pd.DataFrame, rules: Rules, review_years: Mapping[str, int]
) -> pd.DataFrame:
    """One row per target: the measures, the rating and its reason."""
    rows = []
    for row in targets.to_dict("records"):
        measured = measure_row(row, rules, review_years.get(row["report_id"], 0))
        merged = {c: row.get(c, "") for c in FEASIBILITY_COLUMNS} | measured
        merged["rating_zh"] = RATING_ZH[merged["rating"]]
        rows.append(merged)
    return pd.DataFrame(rows, columns=FEASIBILITY_COLUMNS)


def rating_sensitivity(
    targets: pd.DataFrame, rules: Rules, review_years: Mapping[str, int]
) -> pd.DataFrame:
    """How many targets fall in each rating as the growth and ratio bands move (tidy)."""
    from dataclasses import replace

    rows = []
    for growth in rules.sensitivity_growth:
        for ratio in rules.sensitivity_ratio:
            varied = replace(rules, growth_band_pp=growth, ratio_band=ratio)
            table = feasibility_table(targets, varied, review_years)
            for report_id, group in table.groupby("report_id", sort=True):
                counts = group["rating"].value_counts()
                for rating in RATINGS:
                    rows.append({
                        "report_id": report_id, "growth_band_pp": growth, "ratio_band": ratio,
                        "is_default": growth == rules.growth_band_pp and ratio == rules.ratio_band,
                        "rating": rating, "n_targets": int(counts.get(rating, 0)),
                    })  # fmt: skip
    return pd.DataFrame(rows, columns=["report_id", "growth_band_pp", "ratio_band", "is_default",
                                       "rating", "n_targets"])  # fmt: skip


# --------------------------------------------------------------------------- consistency


CONSISTENCY_COLUMNS = [
    "report_id", "check", "growth_target_id", "growth_sentence_id", "growth_quote",
    "growth_pct", "level_target_id", "level_sentence_id", "level_quote", "level_value",
    "baseline_id", "baseline_sentence_id", "baseline_quote", "baseline_value", "baseline_span",
    "implied_growth_pct", "difference_pp", "tolerance_pp", "flagged", "note",
]  # fmt: skip


def consistency_checks(
    targets: pd.DataFrame, rules: Rules, synonyms: Iterable[tuple[str, str]] | None = None
) -> pd.DataFrame:
    """Growth target vs the growth implied by a level target of the same subject.

    For every growth target and every level target of the same report whose subjects match
    (similarity >= ``consistency_min_score``) and whose level target has a level baseline, the growth
    that the level implies is compared with the stated growth; pairs apart by more than
    ``consistency_tolerance_pp`` are flagged. All checked pairs are listed, flagged or not.
    """
    synonyms = tuple(synonyms) if synonyms is not None else read_synonyms()
    rows = []
    growth = targets[targets["kind"] == "growth_pct"]
    levels = targets[(targets["measure"] == "ratio") & targets["baseline_id"].map(_has)]
    for g in growth.to_dict("records"):
        g_subject = normalise_subject(g["subject"], synonyms)
        for lv in levels.to_dict("records"):
            if lv["report_id"] != g["report_id"]:
                continue
            if (
                subject_similarity(g_subject, normalise_subject(lv["subject"], synonyms))
                < rules.consistency_min_score
            ):
                continue
            t_base, b_base = _num(lv["value_base"]), _num(lv["baseline_value_base"])
            if math.isnan(t_base) or math.isnan(b_base):
                t_base, b_base = _num(lv["value_num"]), _num(lv["baseline_value_num"])
            implied = implied_change_pct(t_base, b_base)
            difference = implied - _num(g["value_num"])
            span = _text(lv.get("baseline_span"))
            rows.append({
                "report_id": g["report_id"], "check": "growth_vs_level",
                "growth_target_id": g["target_id"], "growth_sentence_id": g["sentence_id"],
                "growth_quote": g["quote"], "growth_pct": _num(g["value_num"]),
                "level_target_id": lv["target_id"], "level_sentence_id": lv["sentence_id"],
                "level_quote": lv["quote"], "level_value": _num(lv["value_num"]),
                "baseline_id": lv["baseline_id"], "baseline_sentence_id": lv["baseline_sentence_id"],
                "baseline_quote": lv["baseline_quote"], "baseline_value": _num(lv["baseline_value_num"]),
                "baseline_span": span, "implied_growth_pct": round(implied, 3),
                "difference_pp": round(difference, 3), "tolerance_pp": rules.consistency_tolerance_pp,
                "flagged": bool(abs(difference) > rules.consistency_tolerance_pp),
                "note": f"基数为{span}数" if span else "",
            })  # fmt: skip
    return pd.DataFrame(rows, columns=CONSISTENCY_COLUMNS)


# --------------------------------------------------------------------------- the ladder


def read_parent_file(path: Path | None = None) -> pd.DataFrame:
    """The parent-level targets and outcomes, with their ``source_kind`` (reliability).

    Without ``path``: the project's ``data/external/parent_targets_and_outcomes.csv``; outside a
    project (a report analysed on its own) there are no parent figures: an empty table.
    """
    if path is None:
        try:
            path = project().parent_targets
        except InputError:
            return pd.DataFrame(columns=PARENT_COLUMNS)
        if not path.is_file():  # a project without parent-level figures (another report's book)
            return pd.DataFrame(columns=PARENT_COLUMNS)
    if not path.is_file():
        raise InputError(f"{path}: parent targets file missing")
    table = pd.read_csv(path, dtype={"value": float}, keep_default_na=False)
    missing = [c for c in PARENT_COLUMNS if c not in table.columns]
    if missing:
        raise InputError(f"{path}: missing columns {', '.join(missing)}")
    bad = set(table["level"]) - set(LEVEL_ORDER)
    if bad:
        raise InputError(f"{path}: unknown level(s) {', '.join(sorted(bad))}")
    if (table["source_kind"].str.strip() == "").any():
        raise InputError(f"{path}: every row needs a source_kind")
    return table[PARENT_COLUMNS]


def project_parents(root: Path) -> pd.DataFrame:
    """The parent-level figures of the project at ``root`` (empty if it has no such file)."""
    path = Project(root).parent_targets
    return read_parent_file(path) if path.is_file() else pd.DataFrame(columns=PARENT_COLUMNS)


def read_ladder_indicators(path: Path = LADDER_FILE) -> pd.DataFrame:
    """Which indicators the ladder compares, and how to find them in a report and the file."""
    return read_tsv(path)


LADDER_COLUMNS = [
    "indicator_key", "indicator_zh", "indicator_en", "level", "level_rank", "region", "year",
    "record", "value", "unit", "qualifier", "source", "source_kind", "note",
    "amplification_vs_above_pp", "above_level", "amplification_vs_national_pp",
]  # fmt: skip


def district_ladder_rows(
    targets: pd.DataFrame,
    indicators: pd.DataFrame,
    region: str,
    source: str,
    level: str = "district",
) -> pd.DataFrame:
    """The report's own targets for the ladder indicators (first matching target of each)."""
    rows = []
    for spec in indicators.to_dict("records"):
        parents = spec["parent_indicators"].split("|")
        growth = parents[0].endswith("增长")
        hits = targets[
            targets["subject"].astype(str).str.contains(spec["subject_pattern"], regex=True)
        ]
        hits = hits[(hits["kind"] == "growth_pct") == growth]
        if hits.empty:
            continue
        hit = hits.iloc[0]
        rows.append({
            "indicator_key": spec["key"], "level": level, "region": region,
            "year": int(_num(hit["year"])) if _has(hit["year"]) else "", "record": "target",
            "value": _num(hit["value_num"]), "unit": hit["unit"], "qualifier": hit["hedge_words"],
            "source": f"{source} (sentence {hit['sentence_id']}: {hit['quote']})",
            "source_kind": "report text (this project's extraction)", "note": "",
        })  # fmt: skip
    return pd.DataFrame(rows)


def target_ladder(
    district: pd.DataFrame, parent: pd.DataFrame, indicators: pd.DataFrame
) -> pd.DataFrame:
    """District and parent rows side by side, with the amplification of each target over the
    nearest level above that has one, and over the nation (percentage points; growth targets)."""
    names = {}
    for spec in indicators.to_dict("records"):
        for name in spec["parent_indicators"].split("|"):
            names[name] = spec
    parent = parent[parent["indicator"].isin(names)].copy()
    parent["indicator_key"] = parent["indicator"].map(lambda n: names[n]["key"])
    frame = pd.concat([parent.drop(columns=["indicator"]), district], ignore_index=True)
    specs = {s["key"]: s for s in indicators.to_dict("records")}
    frame["indicator_zh"] = frame["indicator_key"].map(lambda k: specs[k]["name_zh"])
    frame["indicator_en"] = frame["indicator_key"].map(lambda k: specs[k]["name_en"])
    frame["level_rank"] = frame["level"].map(LEVEL_ORDER)
    frame = frame.sort_values(["indicator_key", "record", "level_rank"], kind="stable")
    amp_above, above, amp_nat = [], [], []
    for row in frame.to_dict("records"):
        same = frame[(frame["indicator_key"] == row["indicator_key"]) & (frame["record"] == "target")
                     & (frame["unit"] == row["unit"])]  # fmt: skip
        higher = same[same["level_rank"] < row["level_rank"]]
        if row["record"] != "target" or higher.empty:
            amp_above.append(math.nan)
            above.append("")
            amp_nat.append(math.nan)
            continue
        nearest = higher.sort_values("level_rank").iloc[-1]
        is_growth = row["unit"] == "%"
        amp_above.append(round(row["value"] - nearest["value"], 3) if is_growth else math.nan)
        above.append(nearest["level"])
        national = same[same["level"] == "national"]
        amp_nat.append(
            round(row["value"] - national.iloc[0]["value"], 3)
            if is_growth and len(national)
            else math.nan
        )
    frame["amplification_vs_above_pp"] = amp_above
    frame["above_level"] = above
    frame["amplification_vs_national_pp"] = amp_nat
    return frame[LADDER_COLUMNS].reset_index(drop=True)


# --------------------------------------------------------------------------- the stage


def empty_tables() -> dict[str, pd.DataFrame]:
    """The stage's tables with their columns and no rows (before any indicators exist)."""
    from govreport.targets import TARGET_COLUMNS

    return {
        "targets": pd.DataFrame(columns=TARGET_COLUMNS),
        "feasibility": pd.DataFrame(columns=FEASIBILITY_COLUMNS),
        "consistency_flags": pd.DataFrame(columns=CONSISTENCY_COLUMNS),
        "rating_sensitivity": pd.DataFrame(
            columns=[
                "report_id",
                "growth_band_pp",
                "ratio_band",
                "is_default",
                "rating",
                "n_targets",
            ]
        ),
    }


def target_tables(
    reports: Iterable[Any],
    indicators: pd.DataFrame,
    ladder_report: Any,
    rules: Rules | None = None,
    root: Path | None = None,
) -> dict[str, pd.DataFrame]:
    """All tables of the targets and feasibility stages, for the given reports.

    ``indicators`` holds the rows of every report (the ``indicators`` contract);
    ``ladder_report`` is the report whose targets go on the ladder beside the parent levels.
    ``root`` is the project whose reviewed pairings (``data/reviewed/target_pairs/``) and
    parent-level figures (``data/external/``) apply; without it, those of the project found
    from the current folder, and none outside a project (an empty ladder above the report).
    """
    from govreport.targets import read_overrides, target_table

    rules = rules or load_rules()
    reports = list(reports)
    reviewed = Project(root).reviewed / "target_pairs" if root is not None else None
    frames = [
        target_table(
            indicators,
            report,
            rules.pair_min_score,
            rules.lower_is_better,
            exclude_units=rules.target_exclude_units,
            exclude_kinds=rules.target_exclude_kinds,
            overrides=read_overrides(report.report_id, reviewed) if root is not None else None,
        )  # fmt: skip
        for report in reports
    ]
    tables = empty_tables()
    targets_frame = (
        pd.concat([f for f in frames if len(f)], ignore_index=True)
        if any(len(f) for f in frames)
        else tables["targets"]
    )
    review_years = {r.report_id: r.review_year or 0 for r in reports}
    tables["targets"] = targets_frame
    tables["feasibility"] = feasibility_table(targets_frame, rules, review_years)
    tables["consistency_flags"] = consistency_checks(targets_frame, rules)
    tables["rating_sensitivity"] = rating_sensitivity(targets_frame, rules, review_years)
    own = targets_frame[targets_frame["report_id"] == ladder_report.report_id]
    meta = ladder_report.metadata
    region = str(meta.get("region") or ladder_report.report_id)
    level = str(meta.get("level") or "district")
    district = district_ladder_rows(own, read_ladder_indicators(), region,
                                    f"{ladder_report.report_id}.txt", level)  # fmt: skip
    parent = read_parent_file() if root is None else project_parents(root)
    tables["target_ladder"] = target_ladder(district, parent, read_ladder_indicators())
    return tables


def report_targets(
    report: Any, plan_year: int | None = None, progress: ReadProgress | None = None
) -> pd.DataFrame:
    """The targets of one report with their baselines, measures and ratings (the
    ``feasibility`` table), from the report's own quantities: no reference report needed.

    ``plan_year`` overrides the metadata / headings (the review year is then one before);
    ``progress`` is told how far the quantities are read (``read_report_quantities``).
    """
    from govreport.quantities import read_report_quantities, with_plan_year

    if plan_year is not None:
        report = with_plan_year(report, plan_year)
    indicators, _ = read_report_quantities(report, progress=progress)
    return target_tables([report], indicators, report)["feasibility"]


# --------------------------------------------------------------------------- chapter helpers


def target_summary(feasibility: pd.DataFrame, report_id: str) -> dict[str, int]:
    """Counts for the prose: targets, targets with a baseline, by hardness and by rating.

    >>> frame = pd.DataFrame({"report_id": ["r", "r"], "baseline_id": ["b1", ""],
    ...     "hardness": ["soft", "hard"], "rating": ["below_pace", "no_baseline"]})
    >>> target_summary(frame, "r")["n_paired"]
    1
    """
    rows = feasibility[feasibility["report_id"] == report_id]
    out = {"n_targets": len(rows), "n_paired": int(rows["baseline_id"].map(_has).sum())}
    for name in ("hard", "soft", "mixed", "ceiling", "range", "none"):
        out[f"n_{name}"] = int((rows["hardness"] == name).sum())
    for rating in RATINGS:
        out[f"n_{rating}"] = int((rows["rating"] == rating).sum())
    return out


def pairing_view(targets: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """Every pairing of a report with both quotes and sentence ids, for the reader to judge."""
    rows = targets[(targets["report_id"] == report_id) & targets["baseline_id"].map(_has)]
    columns = ["sentence_id", "quote", "hardness", "baseline_sentence_id", "baseline_quote",
               "baseline_span", "measure", "pair_score", "pair_method", "pair_reason"]  # fmt: skip
    return rows[columns].reset_index(drop=True)


def sensitivity_pivot(sensitivity: pd.DataFrame, report_id: str, rating: str) -> pd.DataFrame:
    """Number of targets with one rating, growth bands down, ratio bands across."""
    rows = sensitivity[(sensitivity["report_id"] == report_id) & (sensitivity["rating"] == rating)]
    return rows.pivot(index="growth_band_pp", columns="ratio_band", values="n_targets")


def review_level_estimate(
    indicators: pd.DataFrame, report_id: str, sentence_id: str
) -> pd.Series | None:
    """The report's own estimate of a level for the review year (``period_kind == expected``,
    a money unit) in the given sentence, e.g. 预计全年突破1400亿元 beside the GDP growth figure."""
    rows = indicators[
        (indicators["report_id"] == report_id)
        & (indicators["sentence_id"] == sentence_id)
        & (indicators["period_kind"] == "expected")
        & indicators["unit"].astype(str).str.endswith("元")
    ]
    return rows.iloc[0] if len(rows) else None


def fmt(value: object) -> str:
    """A number for prose: no trailing zeros, no numpy repr.

    >>> fmt(5.60), fmt(1400.0), fmt("三季度")
    ('5.6', '1400', '三季度')
    """
    number = _num(value)
    return str(value) if math.isnan(number) else f"{number:g}"
