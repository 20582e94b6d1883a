"""Plan-year targets, their hedge words and hardness, and the review-year baseline of each.

Input is the ``indicators`` table of the quantities stage (columns of the DESIGN.md contract)
and the report model (for the words around each number). The method, for any report of the
genre:

1. **Targets** are rows with ``period_kind == "target"`` for the plan year; **baseline
   candidates** are rows with ``period_kind`` actual/expected/stock for the review year (or,
   when the year is not stated, standing in a review part).
2. **Hedge words** come from the ``qualifier`` column and from the text around the number,
   read with the lexicon ``src/govreport/lexicon/hedge_classes.tsv`` (each word has a class and the
   position where it applies); :func:`hardness` turns them into hard / soft / mixed / ceiling /
   range / none.
3. **Pairing**: a candidate is *comparable* with a target when their kinds and units allow a
   measure (:func:`comparison`); among comparable candidates the one whose normalised subject
   (:func:`normalise_subject`, rules in ``src/govreport/lexicon/subject_synonyms.tsv``) is most similar
   (:func:`subject_similarity`) wins, if the score reaches ``pair_min_score`` of
   ``src/govreport/lexicon/feasibility_rules.yml``. A reviewed override file per report
   (``data/reviewed/target_pairs/<report_id>.csv``, with a reason for every row) corrects the
   pairs the method gets wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from govreport.config import lexicon_file, project
from govreport.datafiles import data_lines, read_tsv
from govreport.errors import InputError
from govreport.quantities.rules import ETC
from govreport.report import Report, base_role

HEDGE_FILE = lexicon_file("hedge_classes.tsv")
SYNONYM_FILE = lexicon_file("subject_synonyms.tsv")

BASELINE_PERIODS = ("actual", "expected", "stock")
HARDNESS_CLASSES = ("hard", "soft", "mixed", "ceiling", "range", "none")
#: Characters that end a clause when looking back from a number for clause-level hedge words.
CLAUSE_BREAK = re.compile(r"[，,；;。：:！？\n]")
OVERRIDE_COLUMNS = [
    "report_id",
    "target_sentence_id",
    "target_value",
    "target_quote",
    "action",
    "baseline_sentence_id",
    "baseline_value",
    "reason",
]

#: What an override row does: pair the target with the named baseline, leave it without one,
#: or drop the number from the targets (a plan-year number that is not a goal: 94个项目 that
#: the 380.7亿元 of investment belongs to).
OVERRIDE_ACTIONS = ("pair", "none", "exclude")

#: Unit -> dimension, for deciding which numbers can be compared (the unit as written; prefixes
#: such as 万/亿 are stripped first). Counters of things (个, 家, 处 ...) share a dimension.
UNIT_DIMENSIONS: dict[str, str] = {
    "元": "money",
    "美元": "money_usd",
    "%": "percent",
    "个百分点": "pp",
    "百分点": "pp",
    "人": "persons",
    "人次": "persons",
    "户": "households",
    "天": "days",
    "亩": "area_mu",
    "平方米": "area_m2",
    "公里": "length",
    "千米": "length",
    "吨": "mass",
    "斤": "mass_jin",
    "千瓦": "power",
    "辆": "vehicles",
    # unit symbols some local reports write (quantity_rules.yml: 万㎡, 5.2km, 30万kW)
    "㎡": "area_m2",
    "m²": "area_m2",
    "km": "length",
    "㎞": "length",
    "kW": "power",
}
COUNTERS = frozenset("个家处座套所条件项名场支台栋间批")
UNIT_PREFIX = re.compile(r"^(?:万亿|千亿|百亿|亿|千万|百万|万|千|百)")


# --------------------------------------------------------------------------- lexicon files


@dataclass(frozen=True)
class HedgeWord:
    word: str
    hedge_class: str
    position: str  # clause / adjacent / after


def read_hedge_classes(path: Path = HEDGE_FILE) -> tuple[HedgeWord, ...]:
    """The hedge lexicon; raises :class:`InputError` on an unknown class or position."""
    table = read_tsv(path)
    words = []
    for row in table.to_dict("records"):
        if row["position"] not in {"clause", "adjacent", "after"}:
            raise InputError(f"{path}: {row['word']}: position must be clause/adjacent/after")
        if row["class"] not in {"hard", "soft", "ceiling"}:
            raise InputError(f"{path}: {row['word']}: class must be hard/soft/ceiling")
        words.append(HedgeWord(row["word"], row["class"], row["position"]))
    return tuple(words)


def read_synonyms(path: Path = SYNONYM_FILE) -> tuple[tuple[str, str], ...]:
    """The subject normalisation rules, in file order."""
    table = read_tsv(path)
    return tuple(zip(table["pattern"], table["replacement"], strict=True))


def read_overrides(report_id: str, directory: Path | None = None) -> pd.DataFrame:
    """The reviewed pair overrides of one report (empty table if the file does not exist).

    Without ``directory``: the project's ``data/reviewed/target_pairs/``; outside a project
    there are none.
    """
    if directory is None:
        try:
            directory = project().reviewed / "target_pairs"
        except InputError:
            return pd.DataFrame(columns=OVERRIDE_COLUMNS)
    path = directory / f"{report_id}.csv"
    if not path.is_file():
        return pd.DataFrame(columns=OVERRIDE_COLUMNS)
    lines = [line for _, line in data_lines(path)]
    from io import StringIO

    table = pd.read_csv(StringIO("\n".join(lines)), dtype=str, keep_default_na=False)
    missing = [c for c in OVERRIDE_COLUMNS if c not in table.columns]
    if missing:
        raise InputError(f"{path}: missing columns {', '.join(missing)}")
    if (table["reason"].str.strip() == "").any():
        raise InputError(f"{path}: every override needs a reason")
    bad = set(table["action"]) - set(OVERRIDE_ACTIONS)
    if bad:
        raise InputError(f"{path}: action must be one of {', '.join(OVERRIDE_ACTIONS)}")
    if ((table["action"] == "pair") & (table["baseline_sentence_id"] == "")).any():
        raise InputError(f"{path}: a pair override needs baseline_sentence_id and baseline_value")
    return table[OVERRIDE_COLUMNS]


# --------------------------------------------------------------------------- pure functions


def unit_dimension(unit: str) -> str:
    """The dimension of a unit as written, for comparability.

    >>> [unit_dimension(u) for u in ["亿元", "万人", "%", "个", "家", "亿美元", "天", "P"]]
    ['money', 'persons', 'percent', 'count', 'count', 'money_usd', 'days', 'other:P']
    """
    unit = str(unit or "").strip()
    if unit in UNIT_DIMENSIONS:
        return UNIT_DIMENSIONS[unit]
    bare = UNIT_PREFIX.sub("", unit)
    if bare in UNIT_DIMENSIONS:
        return UNIT_DIMENSIONS[bare]
    if bare and all(ch in COUNTERS for ch in bare):
        return "count"
    return f"other:{unit}" if unit else "none"


def normalise_subject(subject: str, synonyms: Iterable[tuple[str, str]] = ()) -> str:
    """Apply the synonym rules, then keep only Chinese characters, letters and digits.

    >>> normalise_subject("空气质量优良天数比例", [("空气质量", ""), ("良好以上", "优良")])
    '优良天数比例'
    >>> normalise_subject("良好以上天数", [("空气质量", ""), ("良好以上", "优良")])
    '优良天数'
    """
    text = str(subject or "")
    for pattern, replacement in synonyms:
        if pattern:
            text = text.replace(pattern, replacement)
    return "".join(ch for ch in text if ch.isalnum())


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def subject_similarity(a: str, b: str) -> float:
    """Character overlap of two (normalised) subjects, 0-1: 0.7 x bigram Dice + 0.3 x
    character Dice; when one subject contains the other whole, at least the share of the
    longer one it covers (so a generic 企业 inside 国家科技型中小企业 counts for little).

    >>> subject_similarity("进出口总额", "进出口总额")
    1.0
    >>> round(subject_similarity("优良天数", "优良天数比例"), 2)
    0.77
    >>> round(subject_similarity("引进产业项目", "引进各类项目"), 2)
    0.48
    >>> round(subject_similarity("学位", "泊位"), 2)
    0.15
    """
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    bigrams_a = {a[i : i + 2] for i in range(len(a) - 1)}
    bigrams_b = {b[i : i + 2] for i in range(len(b) - 1)}
    score = 0.7 * _dice(bigrams_a, bigrams_b) + 0.3 * _dice(set(a), set(b))
    short, long = sorted((a, b), key=len)
    if len(short) >= 2 and short in long:
        score = max(score, len(short) / len(long))
    return round(score, 6)


def comparison(target: Mapping, baseline: Mapping) -> str | None:
    """Which measure compares a target with a candidate baseline, or ``None`` if none does.

    - ``growth_gap``: both growth rates (percentage points apart);
    - ``share_gap``: both shares in %; ``days_share``: a share target against a count of days;
    - ``ratio``: two levels or counts of the same dimension (target / baseline);
    - ``change_gap``: two changes in percentage points (a gap of points, as a growth gap is);
      changes of amounts are not compared (比上年增加5000亿元 against 增加6万亿元 of another fund
      read a gap of 4994 "points": the values are written in their own magnitudes).

    >>> comparison({"kind": "growth_pct", "unit": "%"}, {"kind": "growth_pct", "unit": "%"})
    'growth_gap'
    >>> comparison({"kind": "share_pct", "unit": "%"}, {"kind": "level", "unit": "天"})
    'days_share'
    >>> comparison({"kind": "level", "unit": "亿元"}, {"kind": "level", "unit": "万元"})
    'ratio'
    >>> comparison({"kind": "level", "unit": "亿元"}, {"kind": "growth_pct", "unit": "%"}) is None
    True
    >>> comparison({"kind": "change", "unit": "个百分点"}, {"kind": "change", "unit": "个百分点"})
    'change_gap'
    >>> comparison({"kind": "change", "unit": "亿元"}, {"kind": "change", "unit": "万亿元"}) is None
    True
    """
    t_kind, b_kind = target.get("kind"), baseline.get("kind")
    t_dim, b_dim = unit_dimension(target.get("unit", "")), unit_dimension(baseline.get("unit", ""))
    if t_kind == "growth_pct":
        return "growth_gap" if b_kind == "growth_pct" else None
    if t_kind == "share_pct" or (t_dim == "percent" and t_kind not in ("change", "rank")):
        if b_kind == "share_pct" or (b_dim == "percent" and b_kind in ("level", "stock")):
            return "share_gap"
        return "days_share" if b_dim == "days" else None
    if t_kind == "change":
        return "change_gap" if b_kind == "change" and t_dim == b_dim == "pp" else None
    levels = ("level", "count_new", "other")
    if t_kind in levels and b_kind in levels and t_dim == b_dim and t_dim != "none":
        return "ratio"
    return None


def number_position(quote: str, value: str) -> int:
    """Offset of the number inside the quote (its last occurrence), 0 if absent.

    >>> number_position("新增城镇就业2万人", "2")
    6
    """
    found = str(quote).rfind(str(value)) if value != "" else -1
    return max(found, 0)


def hedge_words_in_text(before: str, after: str, lexicon: Iterable[HedgeWord]) -> list[str]:
    """Hedge words around a number: ``before`` is the sentence text up to the number,
    ``after`` the text from the end of its unit.

    >>> lex = read_hedge_classes()
    >>> hedge_words_in_text("力争新引进省级以上人才", "。", lex)
    ['力争']
    >>> hedge_words_in_text("力争储备项目350个以上，其中产业类项目占比", "以上。", lex)
    ['力争', '以上']
    >>> hedge_words_in_text("青年人才超过", "。", lex)
    ['超过']
    """
    clause = _clause(before)
    tail = before[-4:]
    found = []
    for position in ("clause", "adjacent", "after"):  # reading order
        for hedge in lexicon:
            if hedge.position != position:
                continue
            if (
                (position == "after" and after.startswith(hedge.word))
                or (position == "adjacent" and hedge.word in tail)
                or (position == "clause" and hedge.word in clause)
            ):
                found.append(hedge.word)
    return found


def _clause(before: str) -> str:
    """The clause that holds the number; a clause opening with 其中 extends to the one before."""
    pieces = CLAUSE_BREAK.split(before)
    clause = pieces[-1]
    index = len(pieces) - 1
    while clause.lstrip().startswith("其中") and index > 0:
        index -= 1
        clause = pieces[index] + "，" + clause
    return clause


def hardness(words: Iterable[str], lexicon: Iterable[HedgeWord], has_range: bool = False) -> str:
    """Hardness class of a target from its hedge words.

    >>> lex = read_hedge_classes()
    >>> [hardness(w, lex) for w in (["以上"], ["左右"], ["力争", "以上"], [], ["以内"])]
    ['hard', 'soft', 'mixed', 'none', 'ceiling']
    >>> hardness(["左右"], lex, has_range=True)
    'range'
    """
    if has_range:
        return "range"
    classes = {h.word: h.hedge_class for h in lexicon}
    found = {classes[w] for w in words if w in classes}
    if {"hard", "soft"} <= found:
        return "mixed"
    for name in ("hard", "soft", "ceiling"):
        if name in found:
            return name
    return "none"


def direction(subject: str, lower_is_better: Iterable[str]) -> str:
    """``down`` when a smaller number is the more ambitious one (失业率, 能耗), else ``up``.

    >>> direction("城镇调查失业率", ["失业率"]), direction("地区生产总值", ["失业率"])
    ('down', 'up')
    """
    return "down" if any(k in str(subject) for k in lower_is_better) else "up"


# --------------------------------------------------------------------------- tables


def _is_missing(value: object) -> bool:
    """Empty cell: None, NaN, pd.NA or an empty string."""
    if isinstance(value, str):
        return value == ""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _year_is(value: object, year: int | None) -> bool:
    if _is_missing(value) or year is None:
        return False
    try:
        return int(float(str(value))) == year
    except ValueError:
        return False


def part_roles(report: Report) -> dict[int, str]:
    """Part number -> role (review/plan/conduct/front/other)."""
    return {part.index: base_role(part.role) for part in report.parts}


def select_targets(
    indicators: pd.DataFrame,
    report: Report,
    exclude_units: Iterable[str] = (),
    exclude_kinds: Iterable[str] = (),
) -> pd.DataFrame:
    """Plan-year targets: ``period_kind == target`` and the plan year (or no year, in a plan
    part), without units and kinds that do not make a quantitative goal (一批, 120年), and
    without restatements (:func:`restatements`)."""
    roles = part_roles(report)
    plan = report.plan_year
    rows = indicators[
        (indicators["period_kind"] == "target")
        & ~indicators["unit"].astype(str).isin(list(exclude_units))
        & ~indicators["kind"].astype(str).isin(list(exclude_kinds))
    ]
    keep = [
        _year_is(r.year, plan) or (_is_missing(r.year) and roles.get(int(r.part)) == "plan")
        for r in rows.itertuples()
    ]
    rows = rows[keep].reset_index(drop=True)
    return rows[~restatements(rows)].reset_index(drop=True)


def restatements(rows: pd.DataFrame) -> pd.Series:
    """True for a target that repeats an earlier one: same value, unit and kind in the same
    part and section but another sentence (the national report restates its headline targets
    when it explains them: 经济增长预期目标为5%左右)."""
    seen: dict[tuple, str] = {}
    flags = []
    for r in rows.itertuples():
        key = (r.part, r.section, str(r.value), str(r.unit), str(r.kind))
        flags.append(key in seen and seen[key] != r.sentence_id)
        seen.setdefault(key, r.sentence_id)
    return pd.Series(flags, index=rows.index, dtype=bool)


def select_baselines(indicators: pd.DataFrame, report: Report) -> pd.DataFrame:
    """Review-year candidates: actual/expected/stock figures of the review year (or, without a
    year, in a review part)."""
    roles = part_roles(report)
    review = report.review_year
    rows = indicators[indicators["period_kind"].isin(BASELINE_PERIODS)]
    keep = [
        _year_is(r.year, review) or (_is_missing(r.year) and roles.get(int(r.part)) == "review")
        for r in rows.itertuples()
    ]
    return rows[keep].reset_index(drop=True)


def _subject_of(row: Mapping) -> str:
    """The subject, or the quote without its number when the extractor left it empty; examples
    a 等 closes go (中央预算内投资、地方政府专项债券等政策性资金 is matched as 政策性资金, not to a
    baseline of one of its examples).

    >>> _subject_of({"subject": "中央预算内投资、地方政府专项债券等政策性资金"})
    '政策性资金'
    """
    subject = str(row.get("subject") or "")
    if subject:
        etc = [m.end() for m in ETC.finditer(subject)]
        return subject[etc[-1] :] if etc and len(subject) - etc[-1] >= 2 else subject
    quote = str(row.get("quote") or "")
    return re.sub(r"[\d.,，%—\-~～]+.*$", "", quote)


@dataclass(frozen=True)
class Pair:
    baseline_index: int | None
    score: float
    method: str  # auto / override / override_none / none
    measure: str
    reason: str


def best_baseline(
    target: Mapping,
    baselines: pd.DataFrame,
    synonyms: Iterable[tuple[str, str]],
    min_score: float,
) -> Pair:
    """The comparable candidate with the most similar subject (ties: same unit, full year,
    then document order), if its score reaches ``min_score``. Counts in another counter
    (座 vs 个) are candidates only when the subjects are identical after normalisation."""
    synonyms = tuple(synonyms)
    t_subject = normalise_subject(_subject_of(target), synonyms)
    best: tuple | None = None
    for index, candidate in baselines.iterrows():
        measure = comparison(target, candidate)
        if measure is None:
            continue
        score = subject_similarity(t_subject, normalise_subject(_subject_of(candidate), synonyms))
        if _other_counter(target, candidate) and score < 1:
            continue  # 10座 charging stations are not 3900个 charging piles
        key = (
            score,
            candidate.get("unit") == target.get("unit"),
            _is_missing(candidate.get("span")) or candidate.get("span") == "",
            -int(index),
        )
        if best is None or key > best[0]:
            best = (key, int(index), measure)
    if best is None or best[0][0] < min_score:
        score = best[0][0] if best else 0.0
        return Pair(None, score, "none", "", f"no comparable baseline with score >= {min_score}")
    return Pair(best[1], best[0][0], "auto", best[2], "subject similarity")


def _other_counter(target: Mapping, candidate: Mapping) -> bool:
    """Counts in different counters (座 vs 个, 项目 个 vs 设施 处) usually count different things.

    >>> _other_counter({"unit": "座"}, {"unit": "个"}), _other_counter({"unit": "个"}, {"unit": "个"})
    (True, False)
    """
    t_unit, c_unit = str(target.get("unit", "")), str(candidate.get("unit", ""))
    both_counts = unit_dimension(t_unit) == unit_dimension(c_unit) == "count"
    return both_counts and UNIT_PREFIX.sub("", t_unit) != UNIT_PREFIX.sub("", c_unit)


def _match(frame: pd.DataFrame, sentence_id: str, value: str) -> int | None:
    hits = frame[(frame["sentence_id"] == sentence_id) & (frame["value"].astype(str) == value)]
    return int(hits.index[0]) if len(hits) else None


def apply_override(
    target: Mapping, pair: Pair, baselines: pd.DataFrame, overrides: pd.DataFrame
) -> Pair:
    """Replace an automatic pair by the reviewed one, where the override file has a row."""
    quote = str(target.get("quote") or "")
    rows = overrides[
        (overrides["target_sentence_id"] == str(target["sentence_id"]))
        & (overrides["target_value"] == str(target["value"]))
        & overrides["target_quote"].map(lambda q: q in quote)
    ]
    if rows.empty:
        return pair
    row = rows.iloc[0]
    if row["action"] == "exclude":
        return Pair(None, pair.score, "override_exclude", "", row["reason"])
    if row["action"] == "none":
        return Pair(None, pair.score, "override_none", "", row["reason"])
    index = _match(baselines, row["baseline_sentence_id"], row["baseline_value"])
    if index is None:
        return Pair(
            None, 0.0, "override_unmatched", "", f"override names no baseline row: {row['reason']}"
        )
    base = baselines.loc[index]
    measure = comparison(target, base)
    if measure is None:  # the reviewer vouches for the pair; compare on the units alone
        both_pct = (
            unit_dimension(target.get("unit", ""))
            == unit_dimension(base.get("unit", ""))
            == "percent"
        )
        measure = "growth_gap" if both_pct else "not_comparable"
    return Pair(index, pair.score, "override", measure, row["reason"])


TARGET_COLUMNS = [
    "report_id", "target_id", "part", "section", "sentence_id", "char_start", "char_end",
    "quote", "subject", "subject_en", "value", "value_num", "value_high", "unit", "value_base",
    "unit_base", "kind", "year", "qualifier", "hedge_words", "hardness", "direction",
    "baseline_id", "baseline_sentence_id", "baseline_char_start", "baseline_char_end",
    "baseline_quote", "baseline_subject", "baseline_value", "baseline_value_num",
    "baseline_unit", "baseline_value_base", "baseline_kind", "baseline_period_kind",
    "baseline_year", "baseline_span", "baseline_qualifier", "measure", "pair_score",
    "pair_method", "pair_reason",
]  # fmt: skip


def target_hedges(row: Mapping, report: Report, lexicon: tuple[HedgeWord, ...]) -> list[str]:
    """Hedge words of one target: its ``qualifier`` plus the words around the number."""
    raw = report.raw_text
    sentence_start = _sentence_starts(report).get(str(row["sentence_id"]), int(row["char_start"]))
    if "number_start" in row and not _is_missing(row.get("number_start")):
        number_at, after_at = int(row["number_start"]), int(row["number_end"])
    else:
        number_at = int(row["char_start"]) + number_position(row["quote"], row["value"])
        after_at = number_at + len(str(row["value"]))
    unit = str(row.get("unit") or "")
    if unit and raw.startswith(unit, after_at):
        after_at += len(unit)
    words = hedge_words_in_text(
        raw[sentence_start:number_at], raw[after_at : after_at + 4], lexicon
    )
    words += [w for w in str(row.get("qualifier") or "").split("|") if w]
    known = {h.word for h in lexicon}
    return sorted({w for w in words if w in known}, key=words.index)


_STARTS: dict[int, dict[str, int]] = {}


def _sentence_starts(report: Report) -> dict[str, int]:
    key = id(report)
    if key not in _STARTS:
        _STARTS[key] = {s.sentence_id: s.start for s in report.sentences()}
    return _STARTS[key]


def target_table(
    indicators: pd.DataFrame,
    report: Report,
    min_score: float,
    lower_is_better: Iterable[str] = (),
    lexicon: tuple[HedgeWord, ...] | None = None,
    synonyms: tuple[tuple[str, str], ...] | None = None,
    overrides: pd.DataFrame | None = None,
    exclude_units: Iterable[str] = (),
    exclude_kinds: Iterable[str] = (),
) -> pd.DataFrame:
    """One row per plan-year target of ``report``, with hedges, hardness and its baseline."""
    lexicon = lexicon if lexicon is not None else read_hedge_classes()
    synonyms = synonyms if synonyms is not None else read_synonyms()
    overrides = overrides if overrides is not None else read_overrides(report.report_id)
    own = indicators[indicators["report_id"] == report.report_id]
    targets = select_targets(own, report, exclude_units, exclude_kinds)
    baselines = select_baselines(own, report)
    rows = []
    for _, target in targets.iterrows():
        pair = best_baseline(target, baselines, synonyms, min_score)
        pair = apply_override(target, pair, baselines, overrides)
        if pair.method == "override_exclude":
            continue
        words = target_hedges(target, report, lexicon)
        row = {c: target.get(c, "") for c in TARGET_COLUMNS if c in target.index}
        row["target_id"] = target["indicator_id"]
        row["hedge_words"] = "|".join(words)
        row["hardness"] = hardness(words, lexicon, not _is_missing(target.get("value_high")))
        row["direction"] = direction(_subject_of(target), lower_is_better)
        if pair.baseline_index is not None:
            b = baselines.loc[pair.baseline_index]
            row["baseline_id"] = b["indicator_id"]
            for column in ("sentence_id", "char_start", "char_end", "quote", "subject", "value",
                           "value_num", "unit", "value_base", "kind", "period_kind", "year",
                           "span", "qualifier"):  # fmt: skip
                row[f"baseline_{column}"] = b.get(column, "")
            row["baseline_subject"] = _subject_of(b)
        row["measure"] = pair.measure
        row["pair_score"] = round(pair.score, 3)
        row["pair_method"] = pair.method
        row["pair_reason"] = pair.reason
        rows.append(row)
    return pd.DataFrame(rows, columns=TARGET_COLUMNS)
