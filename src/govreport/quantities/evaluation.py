"""Score the extractor against a hand-made corpus gold (``tests/data/gold_corpus/``).

A gold file lists quantities of chosen paragraphs of corpus reports (conventions in its ``#``
header); a paragraphs file lists those paragraphs (the gold is exhaustive within them): each by
the text it starts with, and, from heldout59 on, optionally an ``excerpt_end``: the text its
opening excerpt ends with, when only the paragraph's first sentences were annotated; from
heldout102 on, optionally an ``excerpt_start``: the text an excerpt that continues an earlier one
starts with (the sentences after it), its ``excerpt_end`` then looked for from there (empty: to
the line's end). Each gold row is located in the raw text by its ``context`` and
``number_text``, inside its listed unit first (:func:`locate`); an extractor row
matches it when the extractor's number (``number_start``) falls inside the gold ``number_text``.
Detection precision counts the extractor rows whose number lies in a listed paragraph.

Fields are compared on matched pairs (the unit in the clean view: ％ = 百分之 = %); ``full_row`` needs value (low and high), unit, kind,
period_kind, year, span, qualifier and the exact subject all right; ``full_row_all`` counts a
missed gold row as wrong as well.
"""

from __future__ import annotations

import csv
import math
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from govreport.errors import InputError, StructureWarning
from govreport.segmentation_eval import RECENT_BLIND_SETS

if TYPE_CHECKING:
    from govreport.report import Report

CORPUS_DIRS = ("national", "provincial-2026")
FIELDS = (
    "value_num", "value_high", "unit", "value_base", "kind", "period_kind", "year", "span",
    "qualifier", "subject", "subject_lenient", "measure",
)  # fmt: skip
FULL_ROW = (
    "value_num", "value_high", "unit", "kind", "period_kind", "year", "span", "qualifier",
    "subject",
)  # fmt: skip
FULL_SET = frozenset(FULL_ROW)


@dataclass(frozen=True)
class GoldRow:
    """One located gold quantity (offsets into the decoded raw text)."""

    row: dict[str, str]
    start: int
    end: int


@dataclass
class Pair:
    gold: GoldRow
    found: dict | None
    errors: list[str] = field(default_factory=list)
    #: The gold subject stands verbatim in its paragraph (:func:`verbatim_subject`).
    verbatim: bool = False


@dataclass
class Score:
    """Counts and per-field accuracy of one gold file."""

    n_gold: int
    n_found: int
    n_matched: int
    correct: dict[str, int]
    pairs: list[Pair]
    extra: list[dict]

    @property
    def precision(self) -> float:
        return self.n_matched / self.n_found if self.n_found else 0.0

    @property
    def recall(self) -> float:
        return self.n_matched / self.n_gold if self.n_gold else 0.0

    @property
    def n_targets(self) -> int:
        """The gold rows that are a plan year's targets (period_kind ``target``)."""
        return sum(p.gold.row.get("period_kind") == "target" for p in self.pairs)

    def undefined(self) -> set[str]:
        """The measures whose share is of no rows (no target row, no matched gold subject
        verbatim in its text, none built): a table leaves them out rather than print 0%."""
        matched = [p for p in self.pairs if p.found is not None]
        verbatim = sum(p.verbatim for p in matched)
        empty = {
            "full_row_targets": not self.n_targets,
            "subject_on_verbatim": not verbatim,
            "subject_on_built": verbatim == len(matched),
        }
        return {name for name, none in empty.items() if none}

    def accuracy(self, name: str) -> float:
        """Share of matched pairs with the field right (``full_row_all``: of all gold rows;
        ``full_row_targets``: of the gold rows that are a plan year's targets, period_kind
        ``target``, the headline targets a reader compares outcomes with)."""
        if name == "full_row_all":
            return self.correct["full_row"] / self.n_gold if self.n_gold else 0.0
        if name == "full_row_targets":
            targets = [p for p in self.pairs if p.gold.row.get("period_kind") == "target"]
            right = [p for p in targets if p.found is not None and not set(p.errors) & FULL_SET]
            return len(right) / len(targets) if targets else 0.0
        if name in SUBJECT_SOURCES:
            return self.subject_by_source()[name]
        return self.correct[name] / self.n_matched if self.n_matched else 0.0

    def subject_by_source(self) -> dict[str, float]:
        """Of the matched pairs: the share whose gold subject stands verbatim in its paragraph
        (``subject_verbatim``), and the exact subject accuracy on those (``subject_on_verbatim``)
        and on the others, subjects the annotator built (``subject_on_built``: a measure added, an
        entity carried from an earlier clause, a predicate turned into "predicate 的 noun")."""
        matched = [p for p in self.pairs if p.found is not None]
        verbatim = [p for p in matched if p.verbatim]
        built = [p for p in matched if not p.verbatim]

        def right(pairs: list[Pair]) -> float:
            return sum("subject" not in p.errors for p in pairs) / len(pairs) if pairs else 0.0

        return {
            "subject_verbatim": len(verbatim) / len(matched) if matched else 0.0,
            "subject_on_verbatim": right(verbatim),
            "subject_on_built": right(built),
        }

    def summary(self) -> dict[str, float]:
        out = {"precision": self.precision, "recall": self.recall}
        for name in (*FIELDS, "full_row", "full_row_all", "full_row_targets", *SUBJECT_SOURCES):
            out[name] = self.accuracy(name)
        return out


#: The measures of :meth:`Score.subject_by_source`.
SUBJECT_SOURCES = ("subject_verbatim", "subject_on_verbatim", "subject_on_built")


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV whose ``#`` lines are comments."""
    try:
        lines = [
            ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")
        ]
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    return list(csv.DictReader(lines))


def report_path(report_id: str, raw_root: Path) -> Path:
    """The raw file of a corpus report under ``data/raw``."""
    for sub in CORPUS_DIRS:
        path = raw_root / sub / f"{report_id}.txt"
        if path.exists():
            return path
    raise InputError(f"{report_id}: no raw text under {raw_root}")


def paragraph_span(
    text: str, prefix: str, excerpt_end: str = "", excerpt_start: str = ""
) -> tuple[int, int]:
    r"""Offsets of the line (paragraph) of ``text`` that starts with ``prefix``; with
    ``excerpt_end``, of its opening excerpt only, through the first ``excerpt_end`` in the line;
    with ``excerpt_start``, of the excerpt from the first ``excerpt_start`` in the line on
    (through the first ``excerpt_end`` after it, or the line's end).

    >>> text = "标题\n一、去年增长5%。今年增长6%。\n二、其他"
    >>> paragraph_span(text, "一、"), paragraph_span(text, "一、", "增长5%。")
    ((3, 19), (3, 12))
    >>> paragraph_span(text, "一、", "", "今年"), paragraph_span(text, "一、", "6%", "今年")
    ((12, 19), (12, 18))
    """
    start = 0 if text.startswith(prefix) else text.find("\n" + prefix) + 1
    if start == 0 and not text.startswith(prefix):
        raise InputError(f"paragraph not found: {prefix}")
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if excerpt_start:
        start = text.find(excerpt_start, start, end)
        if start < 0:
            raise InputError(f"excerpt start not found in its paragraph: {excerpt_start}")
    if excerpt_end:
        at = text.find(excerpt_end, start, end)
        if at < 0:
            raise InputError(f"excerpt end not found in its paragraph: {excerpt_end}")
        end = at + len(excerpt_end)
    return start, end


def _number_in(context: str, number: str) -> int:
    """Where ``number`` stands in ``context``: the first occurrence that is not the tail of a
    longer number (9项 in 19项、约束性指标9项 is the second), -1 if none.

    >>> _number_in("19项、约束性指标9项", "9项"), _number_in("增长5%", "5%")
    (9, 2)
    """
    at = context.find(number)
    while at > 0 and number[:1].isdigit() and (context[at - 1].isdigit() or context[at - 1] == "."):
        at = context.find(number, at + 1)
    return at


def listed_unit(row: dict[str, str]) -> tuple[str, str, str]:
    """A paragraphs file row's arguments of :func:`paragraph_span`: the paragraph's prefix, its
    excerpt's end and start ("" when the file has no such column or leaves it empty)."""
    return row["paragraph"], row.get("excerpt_end") or "", row.get("excerpt_start") or ""


def locate(text: str, row: dict[str, str], spans: Sequence[tuple[int, int]] = ()) -> GoldRow:
    """Where the gold row's number stands in the raw text: its context's first occurrence whose
    number lies in a listed span (``spans``, :func:`paragraph_span`) of its paragraph (the
    context may begin before a continuation's start), else the first within its paragraph (a row
    outside every listed span is then reported by the scorer)."""
    para = paragraph_span(text, row["paragraph"])
    context, inner = row["context"], _number_in(row["context"], row["number_text"])
    at = -1
    for a, b in spans:
        if not (para[0] <= a and b <= para[1]) or inner < 0:
            continue
        hit = text.find(context, max(para[0], a - inner), b)  # (its number at a or after)
        if hit >= 0:
            at = hit
            break
    if at < 0:
        at = text.find(context, para[0], para[1])
    if at < 0 or inner < 0:
        raise InputError(f"{row['report_id']}: context not found: {row['context']}")
    start = at + inner
    return GoldRow(row, start, start + len(row["number_text"]))


def _num(value: object) -> float | None:
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        return float(str(value))
    except ValueError:
        return None


def _same_num(a: object, b: object) -> bool:
    x, y = _num(a), _num(b)
    if x is None or y is None:
        return x is None and y is None
    return math.isclose(x, y, rel_tol=1e-4, abs_tol=1e-4)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _bare(subject: str) -> str:
    return subject.strip("“”\"' ").replace("“", "").replace("”", "")


def verbatim_subject(subject: str, paragraph: str) -> bool:
    """Whether a gold subject stands verbatim in its paragraph (quotation marks aside): the
    words of the text, not words the annotator built (a measure added, an entity carried, a
    predicate rewritten) under the gold conventions.

    >>> verbatim_subject("粮食产量", "粮食产量达到6.9亿吨")
    True
    >>> verbatim_subject("建设四好农村路", "建设“四好农村路”1万公里")
    True
    >>> verbatim_subject("营造林面积", "完成营造林1.2亿亩")
    False
    """
    bare = _bare(subject)
    return bool(bare) and bare in paragraph.replace("“", "").replace("”", "")


#: The unit is compared in the clean view the extractor reads (govreport.report.clean_text makes
#: the full-width percent sign ASCII): a gold unit ％ copied from the raw text is the unit %.
UNIT_FOLD = str.maketrans({"％": "%"})
#: Percent written as a word before the number (百分之七点九): heldout6.csv's annotator wrote
#: the unit 百分之 as written and flagged it doubtful (unit_base %); the table's contract has one
#: percent unit, %, which the targets, feasibility and trend code compare (``unit == "%"``), so
#: the word is the unit % as ％ is.
UNIT_WORDS = {"百分之": "%"}


def _unit(value: object) -> str:
    """A unit in the contract's vocabulary (％ and 百分之 are %).

    >>> _unit("百分之"), _unit("％"), _unit("亿元")
    ('%', '%', '亿元')
    """
    unit = _text(value).translate(UNIT_FOLD)
    return UNIT_WORDS.get(unit, unit)


def field_checks() -> dict[str, Callable[[dict[str, str], dict], bool]]:
    """Per-field comparison of a gold row with an extractor row."""

    def same(name: str) -> Callable[[dict[str, str], dict], bool]:
        return lambda g, f: _text(g[name]) == _text(f.get(name))

    def lenient(g: dict[str, str], f: dict) -> bool:
        a, b = _bare(g["subject"]), _bare(_text(f.get("subject")))
        return bool(a and b) and (a in b or b in a)

    return {
        "value_num": lambda g, f: _same_num(g["value_num"], f.get("value_num")),
        "value_high": lambda g, f: _same_num(g["value_high"], f.get("value_high")),
        "unit": lambda g, f: _unit(g["unit"]) == _text(f.get("unit")),
        "value_base": lambda g, f: _same_num(g["value_base"], f.get("value_base")),
        "kind": same("kind"),
        "period_kind": same("period_kind"),
        "year": same("year"),
        "span": same("span"),
        "qualifier": same("qualifier"),
        "subject": lambda g, f: _bare(g["subject"]) == _bare(_text(f.get("subject"))),
        "subject_lenient": lenient,
        "measure": same("measure"),
    }


def _listed_span(g: GoldRow, spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The listed paragraph or excerpt that holds the gold row; a gold row outside every one is
    an annotation slip (a row past its excerpt's end), reported in one line."""
    span = next(((a, b) for a, b in spans if a <= g.start < b), None)
    if span is None:
        raise InputError(f"gold row outside its excerpt: {g.row['context']}")
    return span


def score_report(
    gold: Iterable[dict[str, str]],
    paragraphs: Iterable[tuple[str, ...]],
    text: str,
    found: pd.DataFrame,
) -> Score:
    """Score one report: its gold rows, listed paragraphs (prefix, then optionally excerpt end
    and excerpt start, "" for none: :func:`listed_unit`), raw text and extractor rows."""
    spans = [paragraph_span(text, *unit) for unit in paragraphs]
    located = [locate(text, row, spans) for row in gold]
    owners = [_listed_span(g, spans) for g in located]
    rows = [
        r
        for r in found.to_dict("records")
        if any(a <= int(r["number_start"]) < b for a, b in spans)
    ]
    used: set[int] = set()
    checks = field_checks()
    correct = dict.fromkeys((*FIELDS, "full_row"), 0)
    pairs = []
    for g, span in zip(located, owners, strict=True):
        match = next(
            (
                i
                for i, r in enumerate(rows)
                if i not in used and g.start <= int(r["number_start"]) < g.end
            ),
            None,
        )
        pair = Pair(g, None if match is None else rows[match])
        pair.verbatim = verbatim_subject(g.row["subject"], text[span[0] : span[1]])
        if match is not None:
            used.add(match)
            for name, check in checks.items():
                if check(g.row, rows[match]):
                    correct[name] += 1
                else:
                    pair.errors.append(name)
            if not any(e in FULL_ROW for e in pair.errors):
                correct["full_row"] += 1
        pairs.append(pair)
    extra = [r for i, r in enumerate(rows) if i not in used]
    return Score(len(located), len(rows), len(used), correct, pairs, extra)


def merge(scores: Iterable[Score]) -> Score:
    """One score over several reports."""
    scores = list(scores)
    correct = dict.fromkeys((*FIELDS, "full_row"), 0)
    for s in scores:
        for k, v in s.correct.items():
            correct[k] += v
    return Score(
        sum(s.n_gold for s in scores),
        sum(s.n_found for s in scores),
        sum(s.n_matched for s in scores),
        correct,
        [p for s in scores for p in s.pairs],
        [r for s in scores for r in s.extra],
    )


def score_gold(
    gold_file: Path,
    paragraphs_file: Path,
    raw_root: Path,
    extract: Callable[[Report], pd.DataFrame] | None = None,
) -> Score:
    """Score the extractor (``extract(report)``, default its indicators table,
    :func:`govreport.quantities.table.extract_quantities`) against a gold file, report by report
    (each report of :func:`govreport.report.read_report`, read once)."""
    return score_gold_rows(
        read_csv_rows(gold_file), read_csv_rows(paragraphs_file), raw_root, extract
    )


def score_gold_rows(
    gold: Sequence[dict[str, str]],
    paragraphs: Sequence[dict[str, str]],
    raw_root: Path,
    extract: Callable[[Report], pd.DataFrame] | None = None,
) -> Score:
    """:func:`score_gold` on gold rows and paragraph rows already read (a selection of them)."""
    from govreport.quantities.table import extract_quantities
    from govreport.report import read_report

    scores = []
    for report_id in dict.fromkeys(row["report_id"] for row in gold):
        path = report_path(report_id, raw_root)
        with warnings.catch_warnings():
            # corpus reports: their missing part headings are the corpus stage's to note, as
            # govreport.corpus.read_entry does (otherwise the build prints a few, by chance)
            warnings.simplefilter("ignore", StructureWarning)
            report = read_report(path)
            found = (extract or extract_quantities)(report)
        scores.append(
            score_report(
                [row for row in gold if row["report_id"] == report_id],
                [listed_unit(p) for p in paragraphs if p["report_id"] == report_id],
                report.raw_text,
                found,
            )
        )
    return merge(scores)


#: The measures of the accuracy table, with their labels.
ACCURACY_LABELS = {
    "precision": "检出精确率 detection precision",
    "recall": "检出召回率 detection recall",
    "value_num": "数值 value",
    "unit": "单位 unit",
    "kind": "类型 kind",
    "period_kind": "时期类型 period kind",
    "year": "年份 year",
    "span": "时段 span",
    "qualifier": "限定词 qualifier",
    "subject": "主体（完全一致） subject (exact)",
    "subject_lenient": "主体（包含） subject (lenient)",
    "subject_verbatim": "标注主体为原文字串的行 gold subject verbatim in the text (share)",
    "subject_on_verbatim": "其中主体完全一致 subject (exact) where the gold is verbatim",
    "subject_on_built": "标注者组合的主体完全一致 subject (exact) where the gold is built",
    "measure": "度量 measure",
    "full_row": "整行全对 full row",
    "full_row_targets": "计划年目标整行全对 plan-year targets, full row",
}


def diff_markdown(score: Score, title: str) -> str:
    """A readable list of the field errors, misses and extra rows of a score."""
    lines = [f"# {title}", ""]
    summary = score.summary()
    lines.append(
        " | ".join(f"{k} {v:.3f}" for k, v in summary.items())
        + f" | gold {score.n_gold}, found {score.n_found}, matched {score.n_matched}"
    )
    lines += ["", "## Field errors", ""]
    for p in score.pairs:
        if p.found is None or not p.errors:
            continue
        g = p.gold.row
        lines.append(f"- **{g['report_id']}** `{g['context']}` → `{g['number_text']}`")
        for name in p.errors:
            column = "subject" if name == "subject_lenient" else name
            lines.append(f"  - {name}: gold `{g[column]}` / found `{_text(p.found.get(column))}`")
    lines += ["", "## Missed gold rows", ""]
    for p in score.pairs:
        if p.found is None:
            g = p.gold.row
            lines.append(f"- **{g['report_id']}** `{g['context']}` → `{g['number_text']}`")
    lines += ["", "## Extractor rows not in the gold", ""]
    for r in score.extra:
        lines.append(
            f"- **{r['report_id']}** `{r['quote']}` value {r['value']} {r['unit']} "
            f"({r['subject']}, {r['kind']})"
        )
    return "\n".join(lines) + "\n"


#: The gold files the extractor was tuned on: ``dev`` and the held-out sets already scored
#: blind, each promoted to development in the round after it was scored (their blind scores are
#: recorded in ``blind_scores.csv`` beside the gold; :func:`blind_history`).
DEV_SETS = (
    "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
    "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
    "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
    "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28",
    "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35",
    "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42",
    "heldout43", "heldout44", "heldout45", "heldout46", "heldout47",
    "heldout48", "heldout49", "heldout50", "heldout51", "heldout52", "heldout53", "heldout54",
    "heldout55", "heldout56", "heldout57", "heldout58", "heldout59", "heldout60",
    "heldout61", "heldout62", "heldout63", "heldout64", "heldout65", "heldout66",
    "heldout67", "heldout68", "heldout69", "heldout70", "heldout71", "heldout72", "heldout73",
    "heldout74", "heldout75", "heldout76", "heldout77", "heldout78", "heldout79",
    "heldout80", "heldout81", "heldout82", "heldout83", "heldout84", "heldout85", "heldout86",
    "heldout87", "heldout88", "heldout89", "heldout90", "heldout91", "heldout92",
    "heldout93", "heldout94", "heldout95", "heldout96", "heldout97", "heldout98", "heldout99",
    "heldout100",
    "heldout101",
    "heldout102",
    "heldout103",
    "heldout104",
    "heldout105",
    "heldout106",
    "heldout107",
    "heldout108",
    "heldout109",
    "heldout110",
    "heldout111",
    "heldout112",
    "heldout113",
    "heldout114",
    "heldout115",
    "heldout116",
    "heldout117",
    "heldout118",
    "heldout119",
    "heldout120",
    "heldout121",
    "heldout122",
    "heldout123",
    "heldout124",
    "heldout125",
    "heldout126",
    "heldout127",
    "heldout128",
)  # fmt: skip
#: The held-out set: annotated by reading while round 129 was made, scored once blind at the end
#: of round 129 (blind_scores.csv), and promoted to development in session 52, whose durations
#: named by their task (土地承包期再延长期限) turned one of its rows right; no newer set yet.
HELDOUT_SET = "heldout128"
#: Held-out sets in the order they were made; each was promoted to development once scored.
HELDOUT_HISTORY = (
    "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
    "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15",
    "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22",
    "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29",
    "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35",
    "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42",
    "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48", "heldout49",
    "heldout50", "heldout51", "heldout52", "heldout53", "heldout54", "heldout55", "heldout56",
    "heldout57", "heldout58", "heldout59", "heldout60", "heldout61", "heldout62", "heldout63",
    "heldout64", "heldout65", "heldout66", "heldout67", "heldout68", "heldout69", "heldout70",
    "heldout71", "heldout72", "heldout73", "heldout74", "heldout75", "heldout76",
    "heldout77", "heldout78", "heldout79", "heldout80", "heldout81", "heldout82",
    "heldout83", "heldout84", "heldout85", "heldout86", "heldout87", "heldout88",
    "heldout89", "heldout90", "heldout91", "heldout92", "heldout93", "heldout94",
    "heldout95", "heldout96", "heldout97", "heldout98", "heldout99", "heldout100",
    "heldout101", "heldout102", "heldout103", "heldout104", "heldout105",
    "heldout106", "heldout107", "heldout108", "heldout109", "heldout110",
    "heldout111", "heldout112", "heldout113", "heldout114", "heldout115", "heldout116", "heldout117", "heldout118", "heldout119", "heldout120", "heldout121", "heldout122", "heldout123", "heldout124", "heldout125", "heldout126", "heldout127", "heldout128",
)  # fmt: skip


def score_sets(folder: Path, names: Iterable[str], raw_root: Path) -> dict[str, Score]:
    """Scores of the gold files ``<name>.csv`` (with ``<name>_paragraphs.csv``) of ``folder``."""
    return {
        name: score_gold(folder / f"{name}.csv", folder / f"{name}_paragraphs.csv", raw_root)
        for name in names
    }


def heldout_name(folder: Path) -> str:
    """The held-out gold of a gold folder: the newest set of :data:`HELDOUT_HISTORY` present
    (the older ones were used for tuning once scored)."""
    present = [n for n in HELDOUT_HISTORY if (folder / f"{n}.csv").exists()]
    return present[-1] if present else HELDOUT_HISTORY[0]


QUALITY_COLUMNS = ["gold_set", "metric", "metric_label", "score", "reports"]
#: The counts in :func:`quality_table` beside the accuracies.
QUALITY_COUNTS = ("n_gold", "n_reports", "n_targets")


def quality_table(folder: Path, raw_root: Path, name: str | None = None) -> pd.DataFrame:
    """The extractor's accuracy on a gold set of ``folder`` (default: the held-out one), one row
    per measure (detection precision and recall, each field, full row) plus the counts of gold
    rows and reports: the ``extraction_quality`` table that ``govreport build`` writes.

    Only the gold paragraphs' reports (under ``raw_root``) are read and extracted.
    """
    name = name or heldout_name(folder)
    score = score_gold(folder / f"{name}.csv", folder / f"{name}_paragraphs.csv", raw_root)
    return pd.DataFrame(score_rows(folder, name, score), columns=QUALITY_COLUMNS)


def score_rows(folder: Path, name: str, score: Score) -> list[tuple[str, str, str, float, str]]:
    """Rows of :data:`QUALITY_COLUMNS` for a score on set ``name`` of ``folder``: each measure
    of :data:`ACCURACY_LABELS`, then the counts of gold rows and reports (in the set's order)."""
    return labelled_score_rows(f"{name}.csv", read_csv_rows(folder / f"{name}.csv"), score)


def labelled_score_rows(
    label: str, gold: Sequence[dict[str, str]], score: Score
) -> list[tuple[str, str, str, float, str]]:
    """:func:`score_rows` for a score on the gold rows ``gold``, named ``label``."""
    reports = list(dict.fromkeys(r["report_id"] for r in gold))
    joined, summary, undefined = "|".join(reports), score.summary(), score.undefined()
    rows = [
        (label, key, text, round(summary[key], 4), joined)
        for key, text in ACCURACY_LABELS.items()
        if key not in undefined  # (no share of no rows)
    ]
    return rows + [
        (label, "n_gold", "标注行数 gold rows", float(score.n_gold), joined),
        (label, "n_reports", "报告数 reports", float(len(reports)), joined),
        (
            label,
            "n_targets",
            "计划年目标标注行数 gold rows of plan-year targets",
            float(score.n_targets),
            joined,
        ),
    ]


#: Second, independent annotations of a set's paragraphs (``<folder>/agreement/<set>_second.csv``),
#: made by reading only, without seeing the first: they measure how far two annotators following
#: the same written conventions agree, the ceiling an extractor's exact-match scores are read
#: against.
AGREEMENT_FOLDER = "agreement"


def second_annotations(folder: Path) -> list[str]:
    """The sets of ``folder`` with a second annotation, in :data:`HELDOUT_HISTORY` order (then
    any other set, by name)."""
    second = folder / AGREEMENT_FOLDER
    names = sorted(p.name.removesuffix("_second.csv") for p in second.glob("*_second.csv"))
    order = {n: i for i, n in enumerate(HELDOUT_HISTORY)}
    return sorted(names, key=lambda n: (order.get(n, len(order)), n))


def annotation_rows(
    rows: Sequence[dict[str, str]], text: str, spans: Sequence[tuple[int, int]] = ()
) -> pd.DataFrame:
    """Gold-format rows as if an extractor had found them (``number_start`` located in
    ``text``, within the listed ``spans`` first: :func:`locate`; the unit in the contract's
    vocabulary), to be scored against another annotation."""
    out = []
    for row in rows:
        located = locate(text, row, spans)
        out.append({**row, "unit": _unit(row["unit"]), "number_start": located.start})
    return pd.DataFrame(out, columns=[*(rows[0] if rows else {}), "number_start"])


def agreement_score(folder: Path, name: str, raw_root: Path) -> Score:
    """The second annotation of set ``name`` scored against the first, with the extractor's
    scorer (:func:`score_gold`, the second annotation in place of the extractor): detection
    precision is the share of the second annotator's quantities the first also annotated, recall
    the reverse; the field scores are the agreement on the quantities both annotated."""
    second = read_csv_rows(folder / AGREEMENT_FOLDER / f"{name}_second.csv")
    listed = read_csv_rows(folder / f"{name}_paragraphs.csv")

    def theirs(report: Report) -> pd.DataFrame:
        rows = [row for row in second if row["report_id"] == report.report_id]
        units = [listed_unit(p) for p in listed if p["report_id"] == report.report_id]
        spans = [paragraph_span(report.raw_text, *unit) for unit in units]
        return annotation_rows(rows, report.raw_text, spans)

    gold = read_csv_rows(folder / f"{name}.csv")
    return score_gold_rows(gold, listed, raw_root, extract=theirs)


def agreement_table(folder: Path, raw_root: Path) -> pd.DataFrame:
    """Inter-annotator agreement on every set with a second annotation
    (:func:`agreement_score`), in the form of :func:`quality_table`: the
    ``extraction_agreement`` table; empty when there is none."""
    rows = [
        row
        for name in second_annotations(folder)
        for row in score_rows(folder, name, agreement_score(folder, name, raw_root))
    ]
    return pd.DataFrame(rows, columns=QUALITY_COLUMNS)


#: The record of each held-out set's blind scores (a file of the gold folder).
#: The ``gold_set`` of the extraction_headline table: the development gold's rows in the
#: paragraphs that state a plan year's main targets (主要预期目标). Every such paragraph of the
#: corpus was annotated in the first sets (dev, heldout-heldout6, heldout20), all tuned on since.
HEADLINE_DEV = "main_targets_dev"


def main_target_openings(path: Path, raw_root: Path) -> dict[str, str]:
    """Report id -> the first characters of the line that states its plan year's main targets,
    from ``main_targets.csv`` (written by reading: ``report`` the file name, ``expected`` the
    paragraph's opening; ``none`` for a report that states no such list, left out). A heading
    line ending with a colon and holding no figure (今年…主要预期目标是：) gives way to the next
    non-empty line, the list. Reports not in the corpus folders under ``raw_root`` are left out.
    """
    openings = {}
    rows = read_csv_rows(path)
    if rows and not {"report", "expected"} <= rows[0].keys():
        raise InputError(f"{path}: needs the columns report and expected")
    for row in rows:
        report_id, opening = row["report"].removesuffix(".txt"), row["expected"]
        if opening == "none" or not any(
            (raw_root / sub / f"{report_id}.txt").is_file() for sub in CORPUS_DIRS
        ):
            continue
        openings[report_id] = list_line_opening(read_report_text(report_id, raw_root), opening)
    return openings


def read_report_text(report_id: str, raw_root: Path) -> str:
    """The decoded raw text of a corpus report, as :func:`govreport.report.read_report` decodes
    it (no parse: the scoring reads the report again)."""
    from govreport.report import decode_bytes, read_bytes

    path = report_path(report_id, raw_root)
    return decode_bytes(read_bytes(path), name=str(path))[0]


def list_line_opening(text: str, opening: str, width: int = 20) -> str:
    r"""``opening``, or, when the line it opens ends with a colon and holds no figure, the first
    ``width`` characters of the next non-empty line (the list the heading announces).

    >>> list_line_opening("前言\n今年主要预期目标是：\n\n　　国内生产总值增长8%左右。\n", "今年主要预期目标是")
    '　　国内生产总值增长8%左右。'
    >>> list_line_opening("今年主要预期目标是：增长5%。\n", "今年主要预期目标是")
    '今年主要预期目标是'
    """
    lines = text.split("\n")  # (paragraphs are lines, as paragraph_span reads them)
    at = next((i for i, ln in enumerate(lines) if ln.strip("\u3000 ").startswith(opening)), None)
    if at is None:
        return opening
    line = lines[at].rstrip()
    if not line.endswith(("：", ":")) or any(c.isdigit() for c in line):
        return opening
    following = next((ln for ln in lines[at + 1 :] if ln.strip()), "")
    return following[:width] or opening


def opens_main_targets(paragraph: str, opening: str) -> bool:
    """Whether a gold paragraph (its first characters, as the gold files write them) is the one
    that opens with ``opening``: either may be the shorter; leading spaces aside.

    >>> opens_main_targets("　　今年发展主要预期目标是：国内生产总", "今年发展主要预期目标是")
    True
    >>> opens_main_targets("今年经济社会发展主要预期目标是：地区生", "今年发展主要预期目标是")
    False
    """
    line, wanted = paragraph.strip("\u3000 "), opening.strip("\u3000 ")
    return bool(line and wanted) and (line.startswith(wanted) or wanted.startswith(line))


def main_target_gold(
    folder: Path, names: Iterable[str], openings: dict[str, str]
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The gold rows and the paragraph rows of the sets ``names`` of ``folder`` that lie in a
    main-targets paragraph (:func:`main_target_openings`)."""
    gold: list[dict[str, str]] = []
    paragraphs: list[dict[str, str]] = []
    for name in names:
        listed = [
            p
            for p in read_csv_rows(folder / f"{name}_paragraphs.csv")
            if p["report_id"] in openings
            and opens_main_targets(p["paragraph"], openings[p["report_id"]])
        ]
        keys = {(p["report_id"], p["paragraph"]) for p in listed}
        paragraphs += listed
        gold += [
            r
            for r in read_csv_rows(folder / f"{name}.csv")
            if (r["report_id"], r["paragraph"]) in keys
        ]
    return gold, paragraphs


def headline_table(folder: Path, raw_root: Path, main_targets: Path) -> pd.DataFrame:
    """The extractor's accuracy on the headline targets, in the form of :func:`quality_table`:
    the development gold's rows in the main-targets paragraphs of the corpus reports
    (:data:`HEADLINE_DEV`; tuned on, so an upper mark): the ``extraction_headline`` table that
    ``govreport build`` writes, with the reports whose paragraph no gold set lists. Empty without
    a main-targets file or such rows."""
    if not main_targets.is_file():
        return pd.DataFrame(columns=QUALITY_COLUMNS)
    openings = main_target_openings(main_targets, raw_root)
    gold, paragraphs = main_target_gold(folder, DEV_SETS, openings)
    if not gold:
        return pd.DataFrame(columns=QUALITY_COLUMNS)
    score = score_gold_rows(gold, paragraphs, raw_root)
    rows = labelled_score_rows(HEADLINE_DEV, gold, score)
    covered = {p["report_id"] for p in paragraphs}
    missing = [r for r in openings if r not in covered]
    rows.append(
        (HEADLINE_DEV, "n_missing", "未标注的主要目标段落 paragraphs without gold",
         float(len(missing)), "|".join(missing))
    )  # fmt: skip
    return pd.DataFrame(rows, columns=QUALITY_COLUMNS)


BLIND_RECORD = "blind_scores.csv"
BLIND_FIELDS = ("full_row", "subject", "period_kind", "year", "span")
#: Scores of the code from before each round on the same set (empty where not measured).
BEFORE_FIELDS = ("full_row", "subject")
#: How many rows of the whole corpus each round changed (``bench/round_reach.py`` writes it
#: beside the gold; empty cells where a round was not measured).
REACH_RECORD = "round_reach.csv"
#: The corpus's rows at the round's end and the rows the round changed (:data:`REACH_RECORD`).
REACH_FIELDS = ("corpus_rows", "rows_changed")
BLIND_COLUMNS = [
    "gold_set", "round", "reports", "n_gold", *(f"acc_{f}" for f in BLIND_FIELDS),
    *(f"before_{f}" for f in BEFORE_FIELDS), *REACH_FIELDS, "commit", "note",
]  # fmt: skip


def _optional_float(value: str | None) -> float:
    """A score of the record, NaN where the cell is empty.

    >>> _optional_float("0.351"), _optional_float("")
    (0.351, nan)
    """
    return float(value) if value else math.nan


def blind_history(folder: Path) -> pd.DataFrame:
    """Each held-out set's scores at the one time it was blind (:data:`BLIND_RECORD`, a record
    kept by hand as each round ends), with the code's scores from before the round where they
    were measured, and the set's reports and row count read from its gold file: the
    ``extraction_blind_history`` table. Empty when the folder has no record; a row with more
    cells than the header (a note with an unquoted comma) is an error, not a cut note."""
    path = folder / BLIND_RECORD
    if not path.is_file():
        return pd.DataFrame(columns=BLIND_COLUMNS)
    reach = round_reach(folder)
    rows = []
    for record in read_csv_rows(path):
        name = record["gold_set"]
        if None in record:
            raise InputError(f"{path}: the row of {name} has more cells than the header")
        gold = read_csv_rows(folder / f"{name}.csv")
        reports = "|".join(dict.fromkeys(r["report_id"] for r in gold))
        try:
            fields = tuple(float(record[f]) for f in BLIND_FIELDS)
            before = tuple(_optional_float(record.get(f"before_{f}")) for f in BEFORE_FIELDS)
            round_ = int(record["round"])
        except (KeyError, ValueError) as error:
            raise InputError(f"{path}: bad row for {name} ({error})") from None
        reached = reach.get((name, round_), (math.nan, math.nan))
        rows.append(
            (name, round_, reports, len(gold), *fields, *before, *reached, record["commit"],
             record["note"])
        )  # fmt: skip
    return pd.DataFrame(rows, columns=BLIND_COLUMNS)


def round_reach(folder: Path) -> dict[tuple[str, int], tuple[float, float]]:
    """The corpus rows and the rows changed of each measured round (:data:`REACH_RECORD`), by
    held-out set and round; empty without the file."""
    path = folder / REACH_RECORD
    if not path.is_file():
        return {}
    reach = {}
    for record in read_csv_rows(path):
        try:
            key = (record["gold_set"], int(record["round"]))
            reach[key] = (float(record["rows"]), float(record["rows_changed"]))
        except (KeyError, ValueError) as error:
            raise InputError(f"{path}: bad row {record} ({error})") from None
    return reach


#: The aims of issue 11 on reports the extractor was not tuned on: full row and subject.
FULL_ROW_AIM = 0.90
SUBJECT_AIM = 0.90


def recent_blind_scores(table: pd.DataFrame, sets: int) -> dict[str, float] | None:
    """Full row and subject pooled over the newest ``sets`` held-out sets of a blind history
    (:func:`blind_history`): their once-only scores weighted by the rows each gold file has
    (``n_gold``); ``None`` for an empty history. One set of some eighty rows swings by tens of
    points with the reports it draws (:data:`~govreport.segmentation_eval.RECENT_BLIND_SETS`).

    >>> t = pd.DataFrame({"round": [1, 2, 3], "n_gold": [100, 50, 150],
    ...     "acc_full_row": [0.9, 0.2, 0.4], "acc_subject": [0.9, 0.4, 0.6]})
    >>> {k: round(v, 4) for k, v in recent_blind_scores(t, 2).items()}
    {'full_row': 0.35, 'subject': 0.55, 'rows': 200.0, 'sets': 2.0}
    """
    rows = table.sort_values("round").tail(sets)
    if rows.empty:
        return None
    weight = rows["n_gold"].astype(float)
    pooled = {
        field: float((rows[f"acc_{field}"] * weight).sum() / weight.sum())
        for field in ("full_row", "subject")
    }
    return {**pooled, "rows": float(weight.sum()), "sets": float(len(rows))}


def wilson_interval(share: float, rows: float, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval (95% for the default ``z``) of a share measured on ``rows``
    rows, as if each row were right or wrong on its own: rows drawn a paragraph at a time hang
    together, so the true uncertainty is wider still.

    >>> [round(x, 3) for x in wilson_interval(0.43, 52)]
    [0.305, 0.565]
    >>> wilson_interval(1.0, 10)[1], wilson_interval(0.5, 0)
    (1.0, (0.0, 1.0))
    """
    if rows <= 0:
        return 0.0, 1.0
    centre = (share + z * z / (2 * rows)) / (1 + z * z / rows)
    half = (
        z * math.sqrt(share * (1 - share) / rows + z * z / (4 * rows * rows)) / (1 + z * z / rows)
    )
    return max(0.0, centre - half), min(1.0, centre + half)


def misses_verdict(subject_share: float | None) -> str:
    """Where the rows not fully right go wrong, in words, from the share of them whose subject is
    wrong (``None``: no such row): mostly the subject when at least half of them.

    >>> misses_verdict(0.91), misses_verdict(0.2), misses_verdict(None)
    ('错主要错在主语，也就是“量的是什么”', '主语之外的字段也错得不少', '没有错的行')
    """
    if subject_share is None:
        return "没有错的行"
    if subject_share >= 0.5:
        return "错主要错在主语，也就是“量的是什么”"
    return "主语之外的字段也错得不少"


def blind_history_glue(table: pd.DataFrame) -> dict[str, str]:
    """Glue values of an ``extraction_blind_history`` table: the number of sets, the highest and
    lowest full-row score (percent) with its set's name, the newest
    :data:`~govreport.segmentation_eval.RECENT_BLIND_SETS` sets' pooled full row and subject
    (:func:`recent_blind_scores`) with the pooled full row's 95% interval
    (:func:`wilson_interval`, ``recent_full_row_interval``) and the share of the rows not fully
    right whose subject is wrong (``recent_subject_of_misses``: every row with a wrong subject
    is a row not fully right) and what that share says (:func:`misses_verdict`), the verdict on the
    aims (:data:`FULL_ROW_AIM`, :data:`SUBJECT_AIM`) and how far the pooled full row is below its aim, with the rounds'
    gains (:func:`round_gains`) and reach (:func:`round_reach_glue`); "—" when the table is empty.

    >>> t = pd.DataFrame({"gold_set": ["a", "b"], "round": [1, 2], "n_gold": [10, 30],
    ...     "acc_full_row": [0.6, 0.25], "acc_subject": [0.7, 0.5]})
    >>> g = blind_history_glue(t)
    >>> g["best"], g["best_set"], g["worst"], g["worst_set"], g["n_sets"]
    ('60%', 'a', '25%', 'b', '2')
    >>> g["recent_sets"], g["recent_rows"], g["recent_full_row"], g["recent_subject"]
    ('2', '40', '34%', '55%')
    >>> g["recent_full_row_interval"], g["recent_subject_of_misses"]
    ('21%–49%', '68%')
    >>> g["aim_full_row"], g["aim_verdict"], g["aim_gap"]
    ('90%', '尚未达到', '56%')
    """
    keys = ["n_sets", "best", "best_set", "worst", "worst_set", "recent_sets", "recent_rows"]
    keys += ["recent_full_row", "recent_subject", "aim_full_row", "aim_subject", "aim_verdict"]
    keys += ["recent_full_row_interval", "recent_subject_of_misses", "recent_misses_verdict"]
    keys += ["aim_gap", "before_sets", "before_first", "gained_sets", "mean_gain"]
    if table.empty:
        return dict.fromkeys(keys, "—") | round_reach_glue(table)
    best = table.loc[table["acc_full_row"].idxmax()]
    worst = table.loc[table["acc_full_row"].idxmin()]
    recent = recent_blind_scores(table, RECENT_BLIND_SETS)
    assert recent is not None  # the table is not empty
    reached = recent["full_row"] >= FULL_ROW_AIM and recent["subject"] >= SUBJECT_AIM
    low, high = wilson_interval(recent["full_row"], recent["rows"])
    misses = 1 - recent["full_row"]  # (every row with a wrong subject is among them)
    subject_share = min(1.0, (1 - recent["subject"]) / misses) if misses > 1e-9 else None
    return {
        "n_sets": str(len(table)),
        "best": f"{best['acc_full_row'] * 100:.0f}%",
        "best_set": str(best["gold_set"]),
        "worst": f"{worst['acc_full_row'] * 100:.0f}%",
        "worst_set": str(worst["gold_set"]),
        "recent_sets": str(int(recent["sets"])),
        "recent_rows": str(int(recent["rows"])),
        "recent_full_row": f"{recent['full_row']:.0%}",
        "recent_subject": f"{recent['subject']:.0%}",
        "recent_full_row_interval": f"{low:.0%}–{high:.0%}",
        "recent_subject_of_misses": f"{subject_share:.0%}" if subject_share is not None else "—",
        "recent_misses_verdict": misses_verdict(subject_share),
        "aim_full_row": f"{FULL_ROW_AIM:.0%}",
        "aim_subject": f"{SUBJECT_AIM:.0%}",
        "aim_verdict": "已达到" if reached else "尚未达到",
        "aim_gap": f"{max(0.0, FULL_ROW_AIM - recent['full_row']):.0%}",
        **round_gains(table),
        **round_reach_glue(table),
        **coverage_glue(table),
    }


def coverage_glue(table: pd.DataFrame) -> dict[str, str]:
    """How much of the corpus the held-out sets have used up, from a blind history: the rows of
    all its sets, the rows the extractor finds in the corpus's national and provincial reports
    (the newest measured ``corpus_rows``) and the one as a share of the other; the reports the
    newest :data:`~govreport.segmentation_eval.RECENT_BLIND_SETS` sets draw their rows from, how
    many, and a clause naming those in every one of them (、-joined) or saying there is none;
    "—" where the table has none.

    >>> t = pd.DataFrame({"n_gold": [30, 20, 50], "corpus_rows": [200.0, 200.0, float("nan")],
    ...     "reports": ["a|b", "a|c", "a|b|d"]})
    >>> g = coverage_glue(t)
    >>> g["gold_rows"], g["corpus_rows"], g["gold_share"]
    ('100', '200', '50%')
    >>> g["recent_reports"], g["recent_common_clause"]
    ('4', '其中每一份都用到的是a')
    >>> coverage_glue(t.assign(reports=["a", "b", "c"]))["recent_common_clause"]
    '没有一份报告是每一份都用到的'
    """
    keys = ("gold_rows", "corpus_rows", "gold_share", "recent_reports", "recent_common_clause")
    if table.empty:
        return dict.fromkeys(keys, "—")
    rows = int(table["n_gold"].sum())
    corpus = table["corpus_rows"].dropna() if "corpus_rows" in table else pd.Series(dtype=float)
    listed = table["reports"] if "reports" in table else pd.Series(dtype=str)
    recent = [set(str(r).split("|")) for r in listed.tail(RECENT_BLIND_SETS)] or [set()]
    common = sorted(set.intersection(*recent))
    return {
        "gold_rows": str(rows),
        "corpus_rows": str(int(corpus.iloc[-1])) if len(corpus) else "—",
        "gold_share": f"{rows / corpus.iloc[-1]:.0%}" if len(corpus) else "—",
        "recent_reports": str(len(set.union(*recent))) if len(listed) else "—",
        "recent_common_clause": (
            f"其中每一份都用到的是{'、'.join(common)}" if common else "没有一份报告是每一份都用到的"
        ),
    }


def round_reach_glue(table: pd.DataFrame) -> dict[str, str]:
    """How far the rounds reached, from the ``corpus_rows`` and ``rows_changed`` columns of a
    blind history (:func:`round_reach`): the rounds measured and the first of them; the median
    share of the corpus's rows a round changed, over all of them and over the newest
    :data:`~govreport.segmentation_eval.RECENT_BLIND_SETS`; the median number of its held-out
    set's rows a round of that reach is expected to touch (share x rows of the set), and the
    rounds where that number is below one; over all measured rounds, the rows expected to be
    touched, the rows the rounds turned right on their blind sets (net, from the full-row scores
    before and after, times the set's rows) and the share of the one in the other; "—" without
    measured rounds.

    >>> t = pd.DataFrame({"round": [1, 2, 3], "n_gold": [50, 40, 40],
    ...     "corpus_rows": [10000.0, 10000.0, float("nan")],
    ...     "rows_changed": [500.0, 10.0, float("nan")],
    ...     "acc_full_row": [0.52, 0.5, 0.5], "before_full_row": [0.5, 0.5, 0.5]})
    >>> g = round_reach_glue(t)
    >>> g["reach_rounds"], g["reach_first"], g["reach_share"], g["reach_expected"]
    ('2', '1', '2.55%', '1.27')
    >>> g["reach_recent_share"], g["reach_recent_expected"], g["reach_below_one"]
    ('2.55%', '1.27', '1')
    >>> g["reach_touched"], g["reach_gained"], g["reach_gained_share"]
    ('3', '1', '39%')
    """
    keys = ("reach_rounds", "reach_first", "reach_share", "reach_expected", "reach_recent_share",
            "reach_recent_expected", "reach_below_one", "reach_touched", "reach_gained",
            "reach_gained_share")  # fmt: skip
    if "rows_changed" not in table:
        return dict.fromkeys(keys, "—")
    measured = table[table["rows_changed"].notna()].sort_values("round")
    if measured.empty:
        return dict.fromkeys(keys, "—")
    share = measured["rows_changed"] / measured["corpus_rows"]
    expected = share * measured["n_gold"].astype(float)
    recent = measured.index[-RECENT_BLIND_SETS:]
    gained = (measured["acc_full_row"] - measured["before_full_row"]) * measured["n_gold"]
    return {
        "reach_rounds": str(len(measured)),
        "reach_first": str(int(measured["round"].iloc[0])),
        "reach_share": f"{share.median():.2%}",
        "reach_expected": f"{expected.median():.2f}",
        "reach_recent_share": f"{share[recent].median():.2%}",
        "reach_recent_expected": f"{expected[recent].median():.2f}",
        "reach_below_one": str(int((expected < 1).sum())),
        "reach_touched": f"{expected.sum():.0f}",
        "reach_gained": f"{gained.sum():.0f}",
        "reach_gained_share": f"{gained.sum() / expected.sum():.0%}",
    }


def round_gains(table: pd.DataFrame) -> dict[str, str]:
    """What the rounds gained on the sets they were not tuned on, from the ``before_full_row``
    column of a blind history: how many sets have it, the first of them, how many of them the
    round turned at least one row right on (full row up), and the mean gain in percentage
    points; "—" without such sets.

    >>> t = pd.DataFrame({"gold_set": ["a", "b", "c"], "acc_full_row": [0.5, 0.4, 0.3],
    ...     "before_full_row": [float("nan"), 0.35, 0.3]})
    >>> round_gains(t)
    {'before_sets': '2', 'before_first': 'b', 'gained_sets': '1', 'mean_gain': '2.5'}
    """
    if "before_full_row" not in table:
        return dict.fromkeys(("before_sets", "before_first", "gained_sets", "mean_gain"), "—")
    measured = table[table["before_full_row"].notna()]
    if measured.empty:
        return dict.fromkeys(("before_sets", "before_first", "gained_sets", "mean_gain"), "—")
    gain = measured["acc_full_row"] - measured["before_full_row"]
    return {
        "before_sets": str(len(measured)),
        "before_first": str(measured["gold_set"].iloc[0]),
        "gained_sets": str(int((gain > 1e-9).sum())),
        "mean_gain": f"{gain.mean() * 100:.1f}",
    }


#: The book's sentence on the held-out set's plan-year targets (:func:`quality_glue`).
TARGETS_SENTENCE = (
    "这份留出标注里有 {n} 行是报告为计划年定下的目标（标注为“目标”的行，下一章的目标与可行性分析就建立在"
    "它们上面），全部字段都对的占 {share}。用本工具读别的报告时，目标表仍需要逐行对照原文核对。"
)
#: The book's sentence on where the subject misses lie (:func:`quality_glue`): the held-out
#: set's gold subjects verbatim in the text and built by the annotator, or only one kind.
SUBJECT_SOURCE_SENTENCES = {
    "both": "把标注的主语按来源分开，就看得出主语难在哪里：{share} 是所在段落里一字不差的原文，这些行上"
    "程序的主语对了 {verbatim}；其余是标注者按约定组合出来的（补上度量词，如“营造林面积”；带上前文的"
    "主体；把谓语改写成“……的＋名词”），程序在这些行上对了 {built}。",
    "built": "把标注的主语按来源分开，就看得出主语难在哪里：这份留出标注对上的主语没有一个是所在段落里"
    "一字不差的原文，全是标注者按约定组合出来的（补上度量词，如“营造林面积”；带上前文的主体；"
    "把谓语改写成“……的＋名词”），程序在这些行上对了 {built}。",
    "verbatim": "这份留出标注对上的主语全是所在段落里一字不差的原文，程序在这些行上对了 {verbatim}。",
}
#: The same when the held-out set holds no plan-year target.
NO_TARGETS_SENTENCE = (
    "这份留出标注里没有计划年目标的行（标注为“目标”的行，下一章的目标与可行性分析就建立在它们上面），"
    "它说明不了目标读得准不准；主要目标段落的评测见下文。用本工具读别的报告时，目标表仍需要逐行对照原文核对。"
)


def quality_glue(table: pd.DataFrame) -> dict[str, str]:
    """Glue values of an ``extraction_quality`` table: percentages, counts and the set's name;
    every value "—" when the table is empty (a project without gold files).

    >>> t = pd.DataFrame({"gold_set": ["h.csv"] * 2, "metric": ["recall", "n_gold"],
    ...                   "metric_label": ["", ""], "score": [0.9512, 12.0], "reports": ["a|b"] * 2})
    >>> g = quality_glue(t)
    >>> g["recall"], g["n_gold"], g["set"], g["reports"], g["subject_source_verdict"]
    ('95%', '12', 'h.csv', 'a、b', '—')

    ``targets_sentence`` says how many of the plan year's targets are fully right, or that the
    set holds none (its table then has no ``full_row_targets`` row: a share of nothing):

    >>> g["full_row_targets"], g["targets_sentence"][:14]
    ('—', '这份留出标注里没有计划年目标')
    """
    if table.empty:
        keys = (
            *ACCURACY_LABELS, *QUALITY_COUNTS, "set", "reports", "subject_source_verdict",
            "targets_sentence", "subject_source_sentence",
        )  # fmt: skip
        return {key: "—" for key in keys}
    values = dict.fromkeys(ACCURACY_LABELS, "—") | {
        str(row.metric): (
            str(int(row.score)) if row.metric in QUALITY_COUNTS else f"{row.score * 100:.0f}%"
        )
        for row in table.itertuples()
    }
    values["targets_sentence"] = (
        TARGETS_SENTENCE.format(n=values.get("n_targets", "—"), share=values["full_row_targets"])
        if values["full_row_targets"] != "—"
        else NO_TARGETS_SENTENCE
    )
    verbatim, built = values["subject_on_verbatim"], values["subject_on_built"]
    source = "both" if "—" not in (verbatim, built) else "built" if verbatim == "—" else "verbatim"
    values["subject_source_sentence"] = SUBJECT_SOURCE_SENTENCES[source].format(
        share=values["subject_verbatim"], verbatim=verbatim, built=built
    )
    values["set"] = str(table["gold_set"].iloc[0])
    if "reports" in table:
        values["reports"] = "、".join(str(table["reports"].iloc[0]).split("|"))
    scores = dict(zip(table["metric"], table["score"], strict=True))
    values["subject_source_verdict"] = subject_source_verdict(
        scores.get("subject_on_verbatim"), scores.get("subject_on_built")
    )
    return values


#: The measures of :func:`headline_glue`.
HEADLINE_GLUE_KEYS = ("n_gold", "n_reports", "full_row", "subject", "period_kind", "year")


def headline_glue(table: pd.DataFrame) -> dict[str, str]:
    """Glue values of an ``extraction_headline`` table (:func:`headline_table`): the measures
    of :data:`HEADLINE_GLUE_KEYS` as :func:`quality_glue` writes them, the count of corpus
    reports whose main-targets paragraph no gold set lists (``n_missing``, and a clause saying
    so, ``coverage``) and how many rows are not fully right (``n_wrong``); "—" for an empty
    table.

    >>> t = pd.DataFrame({"gold_set": ["main_targets_dev"] * 3,
    ...     "metric": ["full_row", "n_gold", "n_missing"], "metric_label": [""] * 3,
    ...     "score": [0.99, 197.0, 0.0], "reports": ["a|b", "a|b", ""]})
    >>> g = headline_glue(t)
    >>> g["full_row"], g["n_gold"], g["n_missing"], g["n_wrong"], g["coverage"]
    ('99%', '197', '0', '2', '语料中有这样一段的报告，这一段都已标注')
    """
    if table.empty:
        return dict.fromkeys((*HEADLINE_GLUE_KEYS, "n_missing", "n_wrong", "coverage"), "—")
    scores = dict(zip(table["metric"], table["score"], strict=True))
    counted = table[table["metric"] != "n_missing"].reset_index(drop=True)
    values = quality_glue(counted)
    out = {key: values.get(key, "—") for key in HEADLINE_GLUE_KEYS}
    missing = int(scores.get("n_missing", 0))
    out["n_missing"] = str(missing)
    out["coverage"] = (
        "语料中有这样一段的报告，这一段都已标注"
        if not missing
        else f"语料中另有 {missing} 份报告的这一段还没有标注"
    )
    wrong = scores["n_gold"] * (1 - scores["full_row"]) if "full_row" in scores else math.nan
    out["n_wrong"] = str(round(wrong)) if not math.isnan(wrong) else "—"
    return out


#: How much lower the accuracy on built subjects must be for the gap to be said to lie there.
SOURCE_GAP = 0.2


def subject_source_verdict(verbatim: float | None, built: float | None) -> str:
    """Where the subject misses lie, in words, from the exact subject accuracy on gold subjects
    verbatim in the text and on built ones (:meth:`Score.subject_by_source`).

    >>> subject_source_verdict(0.89, 0.29)
    '差距主要在标注者组合出来的主语上'
    >>> subject_source_verdict(0.8, 0.7)
    '两类主语上的正确率相近'
    >>> subject_source_verdict(None, 0.4), subject_source_verdict(0.9, None)
    ('主语全是标注者组合出来的，无从比较两类主语', '主语全是原文的字串，无从比较两类主语')
    """
    if verbatim is None and built is not None:
        return "主语全是标注者组合出来的，无从比较两类主语"
    if built is None and verbatim is not None:
        return "主语全是原文的字串，无从比较两类主语"
    if verbatim is None or built is None:
        return "—"
    if verbatim - built >= SOURCE_GAP:
        return "差距主要在标注者组合出来的主语上"
    return "两类主语上的正确率相近"


def agreement_glue(agreement: pd.DataFrame, blind: pd.DataFrame) -> dict[str, str]:
    """Glue values of an ``extraction_agreement`` table, pooled over the sets annotated twice
    (each set weighted by its first annotation's rows, ``n_gold``), with the range over the sets
    in brackets: the sets, the two annotators' agreement on subject (exact and lenient; exact
    where the first annotation's subject is verbatim and where it is built), measure, period
    kind, year and full row, and the extractor's blind subject and full row on the same sets
    (``extraction_blind_history``); ``blind_verdict`` counts the sets where the extractor's
    full row is more than ten points below the annotators'. Percent with one decimal; every
    value "—" without a set. The values of each set are in the table itself.

    >>> a = pd.DataFrame({"gold_set": ["h2.csv"] * 3 + ["h5.csv"] * 3,
    ...                   "metric": ["n_gold", "subject", "full_row"] * 2,
    ...                   "score": [10, 0.9, 0.8, 30, 0.7, 0.6]})
    >>> b = pd.DataFrame({"gold_set": ["h2", "h5"], "acc_subject": [0.4, 0.3],
    ...                   "acc_full_row": [0.3, 0.55]})
    >>> g = agreement_glue(a, b)
    >>> g["sets"], g["subject"], g["blind_full_row"]
    ('h2 至 h5 中的 2 份', '75.0%（各份 70.0%–90.0%）', '48.8%（各份 30.0%–55.0%）')
    >>> g["blind_verdict"]
    '在 2 份中的 1 份上比两人之间的一致程度低十个百分点以上'
    """
    keys = (
        "subject", "subject_lenient", "subject_on_verbatim", "subject_on_built", "measure",
        "period_kind", "year", "full_row",
    )  # fmt: skip
    out = dict.fromkeys(("sets", *keys, "blind_subject", "blind_full_row", "blind_verdict"), "—")
    if agreement.empty:
        return out
    names = list(dict.fromkeys(agreement["gold_set"]))
    scores = {n: agreement[agreement["gold_set"] == n].set_index("metric")["score"] for n in names}
    weights = {n: float(scores[n].get("n_gold", 1.0)) for n in names}
    rows = {n: blind[blind["gold_set"] == n.removesuffix(".csv")] for n in names}

    def pooled(values: dict[str, float]) -> str:
        # one decimal: several agreements sit just under 100%, where whole percents round up
        if not values:
            return "—"
        mean = sum(v * weights[n] for n, v in values.items()) / sum(weights[n] for n in values)
        low, high = min(values.values()), max(values.values())
        return f"{mean * 100:.1f}%（各份 {low * 100:.1f}%–{high * 100:.1f}%）"

    first, last = (n.removesuffix(".csv") for n in (names[0], names[-1]))
    out["sets"] = f"{first} 至 {last} 中的 {len(names)} 份" if len(names) > 1 else first
    for key in keys:
        out[key] = pooled({n: float(scores[n][key]) for n in names if key in scores[n]})
    recorded = [n for n in names if not rows[n].empty]
    if recorded:
        for key in ("subject", "full_row"):
            out[f"blind_{key}"] = pooled(
                {n: float(rows[n][f"acc_{key}"].iloc[0]) for n in recorded}
            )
        below = sum(
            float(rows[n]["acc_full_row"].iloc[0]) < float(scores[n]["full_row"]) - 0.1
            for n in recorded
        )
        out["blind_verdict"] = (
            f"在 {len(recorded)} 份中的 {below} 份上比两人之间的一致程度低十个百分点以上"
        )
    return out
