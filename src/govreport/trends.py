"""Indicator trends from the national corpus: targets against outcomes, and term histories.

**The national series.** For each year Y and headline indicator, the target set in the report
of year Y and the outcome for Y stated in the report of Y+1, both read from the corpus
quantities table (never re-extracted) with the matching rules of
``src/govreport/lexicon/national_series.yml``. Where the rules get a cell wrong, a reviewed
override (``data/reviewed/national_series_overrides.csv``, one reason per row) replaces it; the
override's quote must be an exact substring of the report and contain its value as written, so
no number is typed. Every cell says where it came from (``extractor`` or ``override``).

**Term histories.** For the subject report's key terms and slogans, the count in every national
report (substring of the clean text) per 10,000 characters, the first year of use, and which of
the terms the national reports never use.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from govreport.config import lexicon_file
from govreport.datafiles import read_yaml
from govreport.errors import InputError

SERIES_FILE = lexicon_file("national_series.yml")
TERMS_FILE = lexicon_file("term_history.yml")
OVERRIDE_COLUMNS = [
    "year",
    "indicator_key",
    "role",
    "report_id",
    "quote",
    "value",
    "value_high",
    "hedge",
    "reason",
]
SERIES_COLUMNS = [
    "year",
    "indicator_key",
    "indicator_zh",
    "unit",
    "met_rule",
    "target_value",
    "target_high",
    "target_hedge",
    "hedge_class",
    "target_quote",
    "target_report_id",
    "target_sentence_id",
    "target_source",
    "outcome_value",
    "outcome_quote",
    "outcome_report_id",
    "outcome_sentence_id",
    "outcome_source",
    "met",
    "gap",
]


@dataclass(frozen=True)
class Indicator:
    key: str
    name_zh: str
    name_en: str
    unit: str
    direction: str
    low: float
    high: float
    patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class SeriesRules:
    first_year: int
    #: (where, word) in the order they are tried: ``qualifier`` = a word of the extractor's
    #: qualifier, ``before`` = the words just before the number end with it.
    hedge_order: tuple[tuple[str, str], ...]
    hedge_classes: dict[str, str]
    exclude: tuple[str, ...]
    indicators: tuple[Indicator, ...]
    outcome_reject_hedges: tuple[str, ...] = ()


def parse_series_rules(data: Mapping) -> SeriesRules:
    """Validate and compile the series rules (a malformed file is an :class:`InputError`)."""
    try:
        indicators = tuple(
            Indicator(
                key,
                str(spec["name_zh"]),
                str(spec["name_en"]),
                str(spec["unit"]),
                str(spec["direction"]),
                float(spec["plausible"][0]),
                float(spec["plausible"][1]),
                tuple(re.compile(p) for p in spec["patterns"]),
            )
            for key, spec in data["indicators"].items()
        )
        rules = SeriesRules(
            int(data["first_year"]),
            tuple((str(where), str(word)) for where, word in data["hedge_order"]),
            {str(k or ""): str(v) for k, v in data["hedge_classes"].items()},
            tuple(data["exclude"]),
            indicators,
            tuple(data.get("outcome_reject_hedges", ())),
        )
    except (KeyError, TypeError, ValueError, IndexError, re.error) as error:
        raise InputError(f"series rules: malformed ({type(error).__name__}: {error})") from None
    bad = [i.key for i in indicators if i.direction not in {"floor", "ceiling"}]
    if bad:
        raise InputError(f"series rules: direction must be floor or ceiling for {bad}")
    return rules


def load_series_rules(path: Path = SERIES_FILE) -> SeriesRules:
    return parse_series_rules(read_yaml(path))


# --------------------------------------------------------------------------- candidates


def _num(value: object) -> float:
    try:
        out = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return out


def _blank(value: object) -> bool:
    if isinstance(value, str):
        return value == ""
    return value is None or bool(pd.isna(value))


def matches(row: Mapping, indicator: Indicator, rules: SeriesRules) -> bool:
    """Whether a quantity row is a candidate figure of ``indicator``.

    >>> rules = load_series_rules()
    >>> gdp = rules.indicators[0]
    >>> row = {"before": "国内生产总值达到63.6万亿元，比上年", "quote": "比上年增长7.4%",
    ...        "unit": "%", "value_num": 7.4}
    >>> matches({**row, "before": "国内生产总值达到63.6万亿元，比上年增长"}, gdp, rules)
    True
    >>> matches({**row, "before": "年均增长"}, gdp, rules)
    False
    """
    before, quote = str(row.get("before", "")), str(row.get("quote", ""))
    if str(row.get("unit", "")) != indicator.unit:
        return False
    value = _num(row.get("value_num"))
    if not (indicator.low <= value <= indicator.high):
        return False
    if any(word in before or word in quote for word in rules.exclude):
        return False
    return any(p.search(before) for p in indicator.patterns)


def hedge_of(row: Mapping, rules: SeriesRules) -> str:
    """The hedge word of a target as written next to the number ("" when none).

    >>> rules = load_series_rules()
    >>> hedge_of({"qualifier": "左右", "before": "涨幅控制在"}, rules)
    '左右'
    >>> hedge_of({"qualifier": "", "before": "城镇登记失业率低于"}, rules)
    '低于'
    >>> hedge_of({"qualifier": "以上", "before": "城镇新增就业人数不低于"}, rules)
    '不低于'
    """
    qualifier = str(row.get("qualifier", "") or "").split("|")
    before = str(row.get("before", "") or "").rstrip()
    for where, word in rules.hedge_order:
        if (where == "qualifier" and word in qualifier) or (
            where == "before" and before.endswith(word)
        ):
            return word
    return ""


def _year_fits(value: object, year: int) -> bool:
    return _blank(value) or int(_num(value)) == year


def pick_target(rows: pd.DataFrame, year: int) -> Mapping | None:
    """The target of ``year`` among candidate rows of report ``year`` (``breadth``: how many
    headline indicators the row's sentence states; the widest sentence first)."""
    rows = rows[(rows["period_kind"] != "actual") & rows["report_year"].eq(year)]
    if rows.empty:
        return None
    ranked = rows.assign(
        _b=-rows["breadth"],
        _t=(rows["period_kind"] != "target").astype(int),
        _h=rows["qualifier"].fillna("").astype(str).eq("").astype(int),
        _o=range(len(rows)),
    ).sort_values(["_b", "_t", "_h", "_o"], kind="stable")
    return ranked.iloc[0].to_dict()


def pick_outcome(
    rows: pd.DataFrame, year: int, reject_hedges: Sequence[str] = ()
) -> Mapping | None:
    """The outcome for ``year`` among candidate rows of report ``year + 1``; a figure with a
    hedge of ``reject_hedges`` (a bound, not a result) is no outcome."""
    rows = rows[rows["report_year"].eq(year + 1) & (rows["period_kind"] != "target")]
    bound = [bool(set(str(q or "").split("|")) & set(reject_hedges)) for q in rows["qualifier"]]
    rows = rows[pd.Series([not b for b in bound], index=rows.index, dtype=bool)]
    fits = [_year_fits(v, year) for v in rows["year"]]
    rows = rows[pd.Series(fits, index=rows.index, dtype=bool)]
    if rows.empty:
        return None
    ranked = rows.assign(
        _a=(rows["period_kind"] != "actual").astype(int), _o=range(len(rows))
    ).sort_values(["_a", "_o"], kind="stable")
    return ranked.iloc[0].to_dict()


# --------------------------------------------------------------------------- the series


def met_and_gap(
    direction: str, target: float, target_high: float, outcome: float
) -> tuple[object, float]:
    """``(met, gap)``: a floor is met when the outcome reaches the target's low end (gap =
    outcome - low end); a ceiling when it stays at or below the high end (gap = outcome - high
    end). ``met`` is ``""`` when either side is missing.

    >>> met_and_gap("floor", 7.5, math.nan, 7.4)
    (False, -0.1)
    >>> met_and_gap("ceiling", 3.0, math.nan, 0.2)
    (True, -2.8)
    >>> met_and_gap("floor", 6.5, 7.0, 6.7)
    (True, 0.2)
    """
    if math.isnan(target) or math.isnan(outcome):
        return "", math.nan
    bound = target if direction == "floor" or math.isnan(target_high) else target_high
    gap = round(outcome - bound, 4)
    return (gap >= 0 if direction == "floor" else gap <= 0), gap


def _cell(row: Mapping | None, role: str, rules: SeriesRules) -> dict[str, object]:
    if row is None:
        return {}
    cell: dict[str, object] = {
        f"{role}_value": _num(row["value_num"]),
        f"{role}_quote": str(row["quote"]),
        f"{role}_report_id": str(row["report_id"]),
        f"{role}_sentence_id": str(row["sentence_id"]),
        f"{role}_source": "extractor",
    }
    if role == "target":
        cell["target_high"] = _num(row.get("value_high"))
        cell["target_hedge"] = hedge_of(row, rules)
    return cell


def extracted_series(indicators: pd.DataFrame, rules: SeriesRules) -> pd.DataFrame:
    """The series as the rules read it from the corpus quantities (before overrides): one row
    per indicator and year from ``first_year`` on where the corpus has report Y or Y+1."""
    years = sorted(int(y) for y in indicators["report_year"].unique())
    have = set(years)
    rows = []
    records = indicators.to_dict("records")
    matched = {i.key: [matches(r, i, rules) for r in records] for i in rules.indicators}
    hits = pd.DataFrame(matched, index=indicators.index)
    sentence = indicators["report_id"] + "|" + indicators["sentence_id"].astype(str)
    breadth = hits.groupby(sentence).transform("any").sum(axis=1)
    indicators = indicators.assign(breadth=breadth)
    for indicator in rules.indicators:
        candidates = indicators[matched[indicator.key]]
        for year in range(rules.first_year, max(years) + 1):
            if year not in have and year + 1 not in have:
                continue
            row: dict[str, object] = {"year": year, "indicator_key": indicator.key}
            row.update(_cell(pick_target(candidates, year), "target", rules))
            outcome = pick_outcome(candidates, year, rules.outcome_reject_hedges)
            row.update(_cell(outcome, "outcome", rules))
            rows.append(row)
    return pd.DataFrame(rows)


def read_overrides(path: Path) -> pd.DataFrame:
    """The reviewed overrides (``#`` comment lines allowed); every row needs a reason."""
    if not path.is_file():
        return pd.DataFrame(columns=OVERRIDE_COLUMNS)
    frame = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
    missing = [c for c in OVERRIDE_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"{path}: missing columns {missing}")
    if (frame["reason"].str.strip() == "").any():
        raise InputError(f"{path}: every override needs a reason")
    bad_role = sorted(set(frame["role"]) - {"target", "outcome"})
    if bad_role:
        raise InputError(f"{path}: role must be target or outcome, got {bad_role}")
    return frame[OVERRIDE_COLUMNS]


def _written(value: str) -> list[str]:
    """Ways a number may be written in a report (ASCII or full-width digits)."""
    full = value.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    return [value, full]


def check_override(row: Mapping, texts: Mapping[str, str]) -> None:
    """An override must quote its report exactly and contain its values as written."""
    quote, report_id = str(row["quote"]), str(row["report_id"])
    where = f"override {row['year']} {row['indicator_key']} {row['role']}"
    if report_id not in texts:
        raise InputError(f"{where}: unknown report {report_id}")
    if not quote:
        return  # a blank override empties a cell the rules filled wrongly
    if quote not in texts[report_id]:
        raise InputError(f"{where}: quote {quote!r} is not in {report_id}")
    for field in ("value", "value_high", "hedge"):
        written = str(row[field])
        if written and not any(w in quote for w in _written(written)):
            raise InputError(f"{where}: {field} {written!r} is not written in the quote")


def apply_overrides(
    series: pd.DataFrame,
    overrides: pd.DataFrame,
    texts: Mapping[str, str],
    sentence_of: Mapping[str, object] | None = None,
) -> pd.DataFrame:
    """Replace the cells the overrides name; each replaced cell's source becomes ``override``.

    ``texts`` maps report ids to raw texts (to check the quotes); ``sentence_of`` maps a report
    id to a function ``quote -> sentence id``.
    """
    series = series.copy()
    for row in overrides.to_dict("records"):
        check_override(row, texts)
        role = row["role"]
        key = row["indicator_key"]
        mask = (series["year"] == int(row["year"])) & (series["indicator_key"] == key)
        if not mask.any():
            new = {"year": int(row["year"]), "indicator_key": key}
            series = pd.concat([series, pd.DataFrame([new])], ignore_index=True)
            mask = (series["year"] == int(row["year"])) & (series["indicator_key"] == key)
        quote = str(row["quote"])
        locate = (sentence_of or {}).get(row["report_id"])
        values = {
            f"{role}_value": _num(row["value"]) if quote else math.nan,
            f"{role}_quote": quote,
            f"{role}_report_id": row["report_id"] if quote else "",
            f"{role}_sentence_id": locate(quote) if quote and callable(locate) else "",
            f"{role}_source": "override",
        }
        if role == "target":
            values["target_high"] = _num(row["value_high"])
            values["target_hedge"] = str(row["hedge"])
        for column, value in values.items():
            if column not in series.columns:
                series[column] = pd.Series([None] * len(series), dtype=object)
            series[column] = series[column].astype(object)
            series.loc[mask, column] = value
    return series


def finish_series(series: pd.DataFrame, rules: SeriesRules) -> pd.DataFrame:
    """Add names, hedge classes, met and gap; order the rows and columns."""
    by_key = {i.key: i for i in rules.indicators}
    series = series.copy()
    for column in SERIES_COLUMNS:
        if column not in series.columns:
            series[column] = None
    text_columns = [c for c in SERIES_COLUMNS if c.endswith(("_quote", "_id", "_source", "hedge"))]
    for column in text_columns:
        series[column] = series[column].map(lambda v: "" if _blank(v) else str(v))
    for column in ("target_value", "target_high", "outcome_value"):
        series[column] = series[column].map(_num)
    series["indicator_zh"] = series["indicator_key"].map(lambda k: by_key[k].name_zh)
    series["unit"] = series["indicator_key"].map(lambda k: by_key[k].unit)
    series["met_rule"] = series["indicator_key"].map(lambda k: by_key[k].direction)
    series["hedge_class"] = [
        ""
        if math.isnan(value)
        else "range"
        if not math.isnan(high)
        else rules.hedge_classes.get(hedge, "none")
        for value, high, hedge in zip(
            series["target_value"], series["target_high"], series["target_hedge"], strict=True
        )
    ]
    results = [
        met_and_gap(d, t, h, o)
        for d, t, h, o in zip(
            series["met_rule"],
            series["target_value"],
            series["target_high"],
            series["outcome_value"],
            strict=True,
        )
    ]
    series["met"] = [m for m, _ in results]
    series["gap"] = [g for _, g in results]
    empty = series["target_quote"].eq("") & series["outcome_quote"].eq("")
    order = {i.key: n for n, i in enumerate(rules.indicators)}
    series = series[~empty].assign(_k=series["indicator_key"].map(order))
    series = series.sort_values(["_k", "year"], kind="stable").reset_index(drop=True)
    return series[SERIES_COLUMNS]


def national_series(
    indicators: pd.DataFrame,
    overrides: pd.DataFrame,
    texts: Mapping[str, str],
    sentence_of: Mapping[str, object] | None = None,
    rules: SeriesRules | None = None,
) -> pd.DataFrame:
    """The national series from the corpus quantities of the national reports."""
    rules = rules or load_series_rules()
    national = indicators[indicators["report_id"].str.startswith("china-national-")]
    series = extracted_series(national, rules)
    return finish_series(apply_overrides(series, overrides, texts, sentence_of), rules)


def candidate_rows(indicators: pd.DataFrame, rules: SeriesRules | None = None) -> pd.Series:
    """Which quantity rows are candidates of some series indicator (what the committed corpus
    table keeps)."""
    rules = rules or load_series_rules()
    records = indicators.to_dict("records")
    return pd.Series(
        [any(matches(r, i, rules) for i in rules.indicators) for r in records],
        index=indicators.index,
        dtype=bool,
    )


def source_counts(series: pd.DataFrame) -> pd.DataFrame:
    """How many filled cells (target, outcome) come from the extractor and from overrides."""
    rows = []
    for role in ("target", "outcome"):
        filled = series[series[f"{role}_quote"] != ""]
        for source in ("extractor", "override"):
            rows.append((role, source, int((filled[f"{role}_source"] == source).sum())))
        blanked = series[(series[f"{role}_quote"] == "") & (series[f"{role}_source"] == "override")]
        rows.append((role, "override_blank", len(blanked)))
    return pd.DataFrame(rows, columns=["cell", "cell_source", "n_cells"])


# --------------------------------------------------------------------------- base rates


def hedge_base_rates(series: pd.DataFrame, indicator: str | None = None) -> pd.DataFrame:
    """Per indicator and hedge class: years with both sides, years met, share met, mean and
    standard deviation of the gap."""
    both = series[series["met"].isin([True, False])]
    if indicator:
        both = both[both["indicator_key"] == indicator]
    grouped = both.groupby(["indicator_key", "hedge_class"], sort=False)
    out = grouped.agg(
        n_years=("year", "size"),
        n_met=("met", lambda m: int(sum(bool(x) for x in m))),
        gap_mean=("gap", "mean"),
        gap_sd=("gap", "std"),
        gap_min=("gap", "min"),
        gap_max=("gap", "max"),
    ).reset_index()
    out["share_met"] = (out["n_met"] / out["n_years"]).round(4)
    for column in ("gap_mean", "gap_sd", "gap_min", "gap_max"):
        out[column] = out[column].round(4)
    return out


def share_met_with_margin(
    series: pd.DataFrame, margin: float, indicator: str = "gdp_growth", hedge_class: str = "approx"
) -> tuple[int, int]:
    """``(n, k)``: of the ``n`` years whose ``indicator`` target had ``hedge_class`` and an
    outcome, ``k`` had an outcome at least ``margin`` points above the target.

    ``margin = 0`` is "met"; a negative margin allows a miss of that size.
    """
    rows = series[
        (series["indicator_key"] == indicator)
        & (series["hedge_class"] == hedge_class)
        & series["met"].isin([True, False])
    ]
    return len(rows), int((rows["gap"] >= margin - 1e-9).sum())


def margin_sensitivity(
    series: pd.DataFrame,
    margins: Sequence[float],
    indicator: str = "gdp_growth",
    hedge_class: str = "approx",
) -> pd.DataFrame:
    """:func:`share_met_with_margin` over several margins (the sensitivity table)."""
    rows = []
    for margin in margins:
        n, k = share_met_with_margin(series, margin, indicator, hedge_class)
        rows.append((margin, n, k, round(k / n, 4) if n else math.nan))
    return pd.DataFrame(rows, columns=["margin_pp", "n_years", "n_reached", "share"])


# --------------------------------------------------------------------------- term histories


@dataclass(frozen=True)
class TermRules:
    key_terms: tuple[str, ...]
    top_terms: int
    slogan_kinds: tuple[str, ...]
    min_length: int


def load_term_rules(path: Path = TERMS_FILE) -> TermRules:
    data = read_yaml(path)
    try:
        return TermRules(
            tuple(data["key_terms"]),
            int(data["top_terms"]),
            tuple(data["slogan_kinds"]),
            int(data["min_length"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(f"{path}: malformed ({type(error).__name__})") from None


def followed_terms(
    term_frequencies: pd.DataFrame,
    slogans: pd.DataFrame,
    report_id: str,
    rules: TermRules | None = None,
) -> pd.DataFrame:
    """The terms to follow: ``term`` and ``origin`` (key_term, top_term, slogan), first origin
    kept when a term comes from several."""
    rules = rules or load_term_rules()
    rows = [(t, "key_term") for t in rules.key_terms]
    freq = term_frequencies[
        (term_frequencies["report_id"] == report_id) & (term_frequencies["scope"] == "report")
    ]
    rows += [(str(t), "top_term") for t in freq.sort_values("rank")["term"].head(rules.top_terms)]
    own = slogans[
        (slogans["report_id"] == report_id) & slogans["formula_kind"].isin(rules.slogan_kinds)
    ]
    rows += [
        (str(e), "slogan")
        for e in own["expression"]
        if len(str(e)) >= rules.min_length and not re.search(r"\d", str(e))
    ]
    frame = pd.DataFrame(rows, columns=["term", "origin"])
    return frame.drop_duplicates("term").reset_index(drop=True)


def term_history(terms: pd.DataFrame, reports: Sequence[tuple[str, int, str]]) -> pd.DataFrame:
    """Counts of every term in every report (``(report_id, year, clean_text)``), as substrings,
    with the rate per 10,000 characters of the clean text."""
    rows = []
    for term, origin in zip(terms["term"], terms["origin"], strict=True):
        for report_id, year, text in reports:
            n = text.count(term)
            rows.append(
                (term, origin, year, report_id, n, len(text), round(n / len(text) * 1e4, 4))
            )
    return pd.DataFrame(
        rows, columns=["term", "origin", "report_year", "report_id", "count", "n_chars", "per_10k"]
    )


def term_origins(history: pd.DataFrame, subject_text: str) -> pd.DataFrame:
    """One row per term: first year and report in the national corpus (empty when never), how
    many national reports use it, its total count, and its count in the subject report."""
    rows = []
    for (term, origin), group in history.groupby(["term", "origin"], sort=False):
        used = group[group["count"] > 0].sort_values("report_year")
        rows.append(
            (
                term,
                origin,
                int(used["report_year"].iloc[0]) if len(used) else pd.NA,
                str(used["report_id"].iloc[0]) if len(used) else "",
                len(used),
                int(group["count"].sum()),
                subject_text.count(term),
                len(used) == 0,
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "term",
            "origin",
            "first_year",
            "first_report_id",
            "n_reports",
            "national_count",
            "subject_count",
            "local_only",
        ],
    ).astype({"first_year": "Int64"})
