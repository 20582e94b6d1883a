"""The tools of an evaluation round of the quantity extractor (issue 11), in one script.

A round changes the extractor, scores it on the gold sets, looks at the gold rows and the corpus
rows the change moved, and at its end proposes the paragraphs of the next held-out set. Five
subcommands, each a step of that routine:

``score OUT.tsv [SET ...]``
    Score gold sets (default :data:`govreport.quantities.evaluation.DEV_SETS`; a set ``NAME`` is
    ``tests/data/gold_corpus/NAME.csv`` with ``NAME_paragraphs.csv``), each report extracted once
    (``--jobs`` processes). Writes one line per gold row (its status: FULL, MISS, or the fields
    wrong; gold and found subject, kind, period kind, year, span, qualifier) to ``OUT.tsv`` and
    the summaries to ``OUT.tsv.summary.json``; prints the union's summary and the full row and
    subject accuracy of the last six sets.
``compare A.tsv B.tsv``
    The gold rows whose line changed between two ``score`` dumps, tagged GAIN (full row in B
    only), LOST (in A only) or chg, with the fields that changed; then the rows gained and lost.
``corpus OUT.tsv``
    Every corpus report's extracted rows (report, number_start, the text around the number, the
    key fields), in corpus order, to ``OUT.tsv``.
``corpus-diff A.tsv B.tsv``
    The rows of two ``corpus`` dumps found in one only (``+`` / ``-``) or whose fields differ
    (``~``), keyed by report and number_start; their count on stderr.
``propose N [--out DIR]``
    The units of heldout<N> by :func:`govreport.quantities.sampling.propose` (the filled-up quota
    from :data:`~govreport.quantities.sampling.FILL_QUOTA_FROM` on, continuations of excerpts from
    :data:`~govreport.quantities.sampling.CONTINUE_FROM` on) and the selection facts, with
    the paragraphs listed so far per report of each group, written to
    ``DIR/h<N>_paragraph_list.csv`` and ``DIR/h<N>_selection_facts.txt``.

Bad input (an unknown gold set, a missing or malformed file, a chosen report without a split
line in ``sampling_splits.csv``) gives one line on stderr and exit status 2. The same inputs give
the same files. ``score`` and ``corpus`` print their stages on stderr; each takes about ten
seconds on two cores over every set and report (``propose`` about one).

Usage (from the repository root, ``src`` on the path)::

    python bench/round_kit.py score /tmp/r.tsv                       # every DEV_SETS set
    python bench/round_kit.py score /tmp/r.tsv heldout89 heldout90 --jobs 4
    python bench/round_kit.py compare /tmp/before.tsv /tmp/r.tsv
    python bench/round_kit.py corpus /tmp/c.tsv
    python bench/round_kit.py corpus-diff /tmp/c_before.tsv /tmp/c.tsv
    python bench/round_kit.py propose 92 --out /tmp/h92
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

import pandas as pd

from govreport.errors import InputError
from govreport.quantities import evaluation as E
from govreport.quantities import sampling as S
from govreport.quantities.table import extract_quantities
from govreport.report import Report, read_report

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold_corpus"
RAW = ROOT / "data" / "raw"
SPLITS = GOLD / "sampling_splits.csv"
EXIT_INPUT_ERROR = 2
#: Fields written gold and found side by side in a ``score`` dump (after its status).
PAIRED_FIELDS = ("subject", "kind", "period_kind", "year", "span", "qualifier")
SCORE_COLUMNS = (
    "set", "report", "context", "number", "status", "g_subj", "f_subj", "g_kind", "f_kind",
    "g_pk", "f_pk", "g_year", "f_year", "g_span", "f_span", "g_qual", "f_qual",
)  # fmt: skip
#: The first column of a ``score`` dump that :func:`cmd_compare` compares (the status).
STATUS = SCORE_COLUMNS.index("status")
#: The last sets whose full row and subject accuracy ``score`` prints.
LAST_SETS = 6
#: Fields of a ``corpus`` dump, after report, number_start and the text around the number.
CORPUS_FIELDS = (
    "subject", "measure", "value", "unit", "kind", "period_kind", "year", "span", "qualifier",
)  # fmt: skip
#: The first field of a ``corpus`` dump line that is compared (after its key and context).
CORPUS_KEY = 3
#: Characters of raw text before and after a number's start in a ``corpus`` dump.
CONTEXT_BEFORE, CONTEXT_AFTER = 14, 10
#: The columns of ``h<N>_paragraph_list.csv`` (fields of a sampling unit).
PROPOSAL_COLUMNS = (
    "report_id",
    "line",
    "part",
    "numbers",
    "paragraph_numbers",
    "excerpt_end",
    "excerpt_start",
)
#: The selection facts' lines before the per-group counts (the rule the proposal follows).
RULE = (
    "Rule: heldout59's with round 87's change of rule 3 (sets from"
    f" heldout{S.FILL_QUOTA_FROM} on: a group with fewer"
    " eligible reports",
    "than its quota is filled up with its least-used reports that still hold a candidate).",
    "Counts (paragraphs listed so far; e = eligible, f = has a candidate but not eligible,"
    " n = no candidate), per group:",
)
#: The rule's line for the sets from heldout102 on.
CONTINUE_RULE = (
    f"With round 103's change of rule 2 (sets from heldout{S.CONTINUE_FROM} on: a paragraph"
    " listed so far only through excerpts",
    "is a candidate again through its continuation, the whole sentences after the furthest"
    " excerpt, while their numbers add up to the cap).",
)

T = TypeVar("T")


def say(message: str) -> None:
    """One line of progress on stderr."""
    print(f"round_kit: {message}", file=sys.stderr, flush=True)


def quiet_report(report_id: str) -> Report:
    """A corpus report read without its warnings (a missing heading is not this tool's concern)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read_report(E.report_path(report_id, RAW))


def extract_report(report_id: str) -> tuple[str, str, pd.DataFrame]:
    """A report's id, raw text and extracted rows (run in a worker process)."""
    report = quiet_report(report_id)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return report_id, report.raw_text, extract_quantities(report)


def in_workers(function: Callable[[str], T], report_ids: Sequence[str], jobs: int) -> list[T]:
    """``function`` of each report, in ``jobs`` processes, in the order of ``report_ids``."""
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(function, report_ids))


def read_text(path: Path) -> str:
    """A UTF-8 text file; one that cannot be read is an input error."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None


def check_output(path: Path) -> None:
    """Fail before the slow work when an output file's folder does not exist."""
    if not path.parent.is_dir():
        raise InputError(f"{path}: no folder {path.parent}")


def gold_sets(names: Iterable[str]) -> dict[str, tuple[list[dict[str, str]], list[dict[str, str]]]]:
    """Each gold set's rows and listed paragraphs; an unknown set is an input error."""
    sets = {}
    for name in names:
        rows, paragraphs = GOLD / f"{name}.csv", GOLD / f"{name}_paragraphs.csv"
        if not rows.is_file():
            raise InputError(f"unknown gold set {name!r}: no {rows.relative_to(ROOT)}")
        if not paragraphs.is_file():
            raise InputError(f"gold set {name!r}: no {paragraphs.relative_to(ROOT)}")
        sets[name] = (E.read_csv_rows(rows), E.read_csv_rows(paragraphs))
    return sets


def status(pair: E.Pair) -> str:
    """FULL (found, every full-row field right), MISS (not found) or the fields wrong."""
    if pair.found is None:
        return "MISS"
    return ",".join(pair.errors) if any(e in E.FULL_ROW for e in pair.errors) else "FULL"


def pair_line(name: str, report_id: str, pair: E.Pair) -> list[str]:
    """The ``score`` dump's line of one gold row (:data:`SCORE_COLUMNS`)."""
    gold, found = pair.gold.row, pair.found or {}
    line = [name, report_id, gold["context"], gold["number_text"], status(pair)]
    for field in PAIRED_FIELDS:
        line += [gold[field], str(found.get(field, ""))]
    return line


def score_set(
    rows: list[dict[str, str]],
    paragraphs: list[dict[str, str]],
    found: dict[str, tuple[str, pd.DataFrame]],
) -> tuple[list[E.Score], list[tuple[str, E.Pair]]]:
    """The scores of a gold set's reports (in the order of its rows) and its pairs."""
    scores, pairs = [], []
    for report_id in dict.fromkeys(r["report_id"] for r in rows):
        text, table = found[report_id]
        listed = [E.listed_unit(p) for p in paragraphs if p["report_id"] == report_id]
        gold = [r for r in rows if r["report_id"] == report_id]
        score = E.score_report(gold, listed, text, table)
        scores.append(score)
        pairs += [(report_id, pair) for pair in score.pairs]
    return scores, pairs


def write_tsv(path: Path, header: Sequence[str], lines: Iterable[Sequence[str]]) -> None:
    """A tab-separated file (the csv module's quoting and line ends, as the rounds' dumps)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(header)
        writer.writerows(lines)


def cmd_score(args: argparse.Namespace) -> int:
    """``score``: see the module docstring."""
    names = list(dict.fromkeys(args.sets or E.DEV_SETS))
    sets = gold_sets(names)
    check_output(args.out)
    report_ids = sorted({r["report_id"] for rows, _ in sets.values() for r in rows})
    say(f"{len(names)} gold sets, {len(report_ids)} reports: extracting ({args.jobs} jobs)")
    extracted = in_workers(extract_report, report_ids, args.jobs)
    found = {rid: (text, table) for rid, text, table in extracted}
    say("scoring")
    per_set: dict[str, E.Score] = {}
    lines = []
    for name, (rows, paragraphs) in sets.items():
        scores, pairs = score_set(rows, paragraphs, found)
        per_set[name] = E.merge(scores)
        lines += [pair_line(name, rid, pair) for rid, pair in pairs]
    union = E.merge(per_set.values())
    summary = union.summary()
    write_tsv(args.out, SCORE_COLUMNS, lines)
    record = {"union": summary, "sets": {n: s.summary() for n, s in per_set.items()}}
    Path(f"{args.out}.summary.json").write_text(json.dumps(record, indent=0), encoding="utf-8")
    say(f"{len(lines)} gold rows -> {args.out}, {args.out}.summary.json")
    measures = ", ".join(f"{k} {v:.4f}" for k, v in summary.items())
    print(f"union {len(names)} files, {union.n_gold} rows: {measures}")
    for name in names[-LAST_SETS:]:
        scores = per_set[name].summary()
        print(name, f"full {scores['full_row']:.3f} subj {scores['subject']:.3f}")
    return 0


def read_score_dump(path: Path) -> dict[tuple[str, ...], list[str]]:
    """A ``score`` dump's lines keyed by set, report, context, number and the occurrence of
    that key (two rows of one number in one context stay apart)."""
    rows = list(csv.reader(io.StringIO(read_text(path), newline=""), delimiter="\t"))
    if not rows or tuple(rows[0]) != SCORE_COLUMNS:
        raise InputError(f"{path}: not a score dump (its first line is not the score columns)")
    seen: Counter[tuple[str, ...]] = Counter()
    lines = {}
    for number, row in enumerate(rows[1:], 2):
        if len(row) != len(SCORE_COLUMNS):
            raise InputError(
                f"{path}: row {number} has {len(row)} fields, not {len(SCORE_COLUMNS)}"
            )
        key = tuple(row[:STATUS])
        seen[key] += 1
        lines[(*key, str(seen[key]))] = row
    return lines


def change_tag(before: str, after: str) -> str:
    """A changed row's tag from its two statuses: GAIN (FULL after only), LOST (before only), chg.

    >>> change_tag("MISS", "FULL"), change_tag("FULL", "subject"), change_tag("MISS", "year")
    ('GAIN', 'LOST', 'chg')
    """
    if after == "FULL" != before:
        return "GAIN"
    return "LOST" if before == "FULL" != after else "chg"


def cmd_compare(args: argparse.Namespace) -> int:
    """``compare``: see the module docstring."""
    before, after = (read_score_dump(p) for p in (args.a, args.b))
    tags: Counter[str] = Counter()
    for key, x in before.items():
        y = after.get(key)
        if y is None or x == y:
            continue
        tag = change_tag(x[STATUS], y[STATUS])
        tags[tag] += 1
        diffs = [
            f"{SCORE_COLUMNS[i]}: {x[i]!r}->{y[i]!r}"
            for i in range(STATUS, len(SCORE_COLUMNS))
            if x[i] != y[i]
        ]
        print(tag, key[0], key[1], key[2], "|", "; ".join(diffs))
    print(f"gained {tags['GAIN']}, lost {tags['LOST']}")
    unpaired = len(before.keys() ^ after.keys())
    if unpaired:
        say(f"{unpaired} gold rows in one dump only (not compared)")
    return 0


def corpus_lines(report_id: str) -> list[str]:
    """A report's ``corpus`` dump lines: report, number_start, the raw text around the number
    (line ends as ⏎, tabs as spaces) and :data:`CORPUS_FIELDS` (run in a worker process)."""
    _, text, table = extract_report(report_id)
    lines = []
    for row in table.to_dict("records"):
        start = int(row["number_start"])
        around = text[max(0, start - CONTEXT_BEFORE) : start + CONTEXT_AFTER]
        around = around.replace("\n", "⏎").replace("\t", " ")
        fields = ["" if row[c] is None else str(row[c]) for c in CORPUS_FIELDS]
        lines.append("\t".join([report_id, str(start), around, *fields]))
    return lines


def cmd_corpus(args: argparse.Namespace) -> int:
    """``corpus``: see the module docstring."""
    check_output(args.out)
    report_ids = S.corpus_ids(RAW)
    say(f"{len(report_ids)} corpus reports: extracting ({args.jobs} jobs)")
    lines = [line for chunk in in_workers(corpus_lines, report_ids, args.jobs) for line in chunk]
    args.out.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    say(f"{len(lines)} rows -> {args.out}")
    print(len(lines), "rows")
    return 0


def read_corpus_dump(path: Path) -> dict[tuple[str, int], list[str]]:
    """A ``corpus`` dump's lines keyed by report and number_start."""
    width = CORPUS_KEY + len(CORPUS_FIELDS)
    lines = {}
    for number, line in enumerate(read_text(path).splitlines(), 1):
        fields = line.split("\t")
        if len(fields) != width or not fields[1].isdigit():
            raise InputError(f"{path}: line {number} is not a corpus dump line ({width} fields)")
        lines[(fields[0], int(fields[1]))] = fields
    return lines


def corpus_change(before: list[str] | None, after: list[str] | None) -> str:
    """The ``corpus-diff`` line of a row found after only (+), before only (-) or changed (~).

    >>> corpus_change(None, ["r", "5", "ab"] + ["x"] * 9)
    '+ r ab :: x | x | x | x | x | x | x | x | x'
    >>> corpus_change(["r", "5", "ab"] + ["x"] * 9, ["r", "5", "ab"] + ["y"] + ["x"] * 8)
    "~ r ab :: subject: 'x' -> 'y'"
    """
    if before is None or after is None:
        sign, row = ("+", after) if before is None else ("-", before)
        assert row is not None
        return f"{sign} {row[0]} {row[2]} :: " + " | ".join(row[CORPUS_KEY:])
    changes = [
        f"{name}: {x!r} -> {y!r}"
        for name, x, y in zip(CORPUS_FIELDS, before[CORPUS_KEY:], after[CORPUS_KEY:], strict=True)
        if x != y
    ]
    return f"~ {before[0]} {before[2]} :: " + "; ".join(changes)


def cmd_corpus_diff(args: argparse.Namespace) -> int:
    """``corpus-diff``: see the module docstring."""
    before, after = read_corpus_dump(args.a), read_corpus_dump(args.b)
    changed = 0
    for key in sorted(before.keys() | after.keys()):
        x, y = before.get(key), after.get(key)
        if x != y:
            changed += 1
            print(corpus_change(x, y))
    print(f"{changed} rows changed", file=sys.stderr)
    return 0


def group_counts(
    listed: dict[str, list[str]],
    uses: Counter[str],
    report_ids: Sequence[str],
    excerpts: dict[str, dict[str, list[tuple[str, str]]]] | None = None,
) -> list[str]:
    """Per group, each report's paragraphs listed so far and whether it is eligible (e), has a
    candidate but is not (f) or has none (n), least used first (``excerpts``: listed paragraphs
    enter through their continuation, :data:`govreport.quantities.sampling.CONTINUE_FROM`)."""
    found = {
        rid: S.candidates(
            rid,
            S.report_lines(rid, RAW),
            listed.get(rid, []),
            None if excerpts is None else excerpts.get(rid, {}),
        )
        for rid in report_ids
    }

    def tag(rid: str) -> str:
        return "e" if S.eligible(found[rid]) else ("f" if found[rid] else "n")

    counts = []
    for name in S.QUOTA:
        ranked = sorted((uses.get(rid, 0), rid) for rid in found if S.group(rid) == name)
        entries = (f"{rid.replace('china-national-', '')} {u}{tag(rid)}" for u, rid in ranked)
        counts.append(f"  {name}: " + ", ".join(entries))
    return counts


def cmd_propose(args: argparse.Namespace) -> int:
    """``propose``: see the module docstring."""
    name = f"heldout{args.n}"
    names = ["dev", *E.HELDOUT_HISTORY]
    if name in names:
        raise InputError(f"{name} exists already (HELDOUT_HISTORY)")
    splits = S.read_splits(SPLITS)
    listings = S.listed_excerpts(GOLD, names)  # (the paragraphs files, read once here)
    listed = S.paragraph_prefixes(listings)
    uses = S.usage(listed)
    continued = args.n >= S.CONTINUE_FROM
    units = S.propose(
        GOLD,
        RAW,
        names,
        splits,
        fill_quota=args.n >= S.FILL_QUOTA_FROM,
        continue_excerpts=continued,
    )
    last = E.HELDOUT_HISTORY[-1].removeprefix("heldout")
    listed_so_far = f"{len(names)} paragraphs files, {sum(uses.values())} paragraphs"
    facts = [f"heldout2-{last} and dev: {listed_so_far}"]
    for rid in dict.fromkeys(u.report_id for u in units):
        facts.append(f"{rid}: listed so far {uses.get(rid, 0)}; split lines {splits.get(rid)}")
    facts.append(f"{len(units)} units, {sum(u.numbers for u in units)} numbers")
    excerpts = listings if continued else None
    rule = [*RULE[:2], *(CONTINUE_RULE if continued else ()), *RULE[2:]]
    counts = [*rule, *group_counts(listed, uses, S.corpus_ids(RAW), excerpts)]
    args.out.mkdir(parents=True, exist_ok=True)
    units_file = args.out / f"h{args.n}_paragraph_list.csv"
    with units_file.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(PROPOSAL_COLUMNS)
        writer.writerows([getattr(u, c) for c in PROPOSAL_COLUMNS] for u in units)
    facts_file = args.out / f"h{args.n}_selection_facts.txt"
    facts_file.write_text("".join(f"{line}\n" for line in [*facts, *counts]), encoding="utf-8")
    print("\n".join(facts))
    print(units_file.read_text(encoding="utf-8"))
    print("\n".join(counts))
    return 0


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a number of at least 1")
    return value


def make_parser() -> argparse.ArgumentParser:
    """The command line: one subcommand per step of a round."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    score = commands.add_parser("score", help="score gold sets; dump every gold row")
    score.add_argument("out", type=Path, metavar="OUT.tsv")
    score.add_argument("sets", nargs="*", metavar="SET", help="gold sets (default: DEV_SETS)")
    score.add_argument("--jobs", type=positive, default=2, help="processes (default 2)")
    score.set_defaults(func=cmd_score)
    compare = commands.add_parser("compare", help="gold rows changed between two score dumps")
    compare.add_argument("a", type=Path, metavar="A.tsv")
    compare.add_argument("b", type=Path, metavar="B.tsv")
    compare.set_defaults(func=cmd_compare)
    corpus = commands.add_parser("corpus", help="dump every corpus report's extracted rows")
    corpus.add_argument("out", type=Path, metavar="OUT.tsv")
    corpus.add_argument("--jobs", type=positive, default=2, help="processes (default 2)")
    corpus.set_defaults(func=cmd_corpus)
    diff = commands.add_parser("corpus-diff", help="rows changed between two corpus dumps")
    diff.add_argument("a", type=Path, metavar="A.tsv")
    diff.add_argument("b", type=Path, metavar="B.tsv")
    diff.set_defaults(func=cmd_corpus_diff)
    propose = commands.add_parser("propose", help="the units of heldout<N> and selection facts")
    propose.add_argument("n", type=positive, metavar="N")
    propose.add_argument("--out", type=Path, default=Path("."), metavar="DIR")
    propose.set_defaults(func=cmd_propose)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except InputError as error:
        print(f"round_kit: error: {error}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            sys.stderr.close()
            return 0
        where = error.filename if error.filename is not None else args.command
        print(f"round_kit: error: {where}: {error.strerror or error}", file=sys.stderr)
        return EXIT_INPUT_ERROR


if __name__ == "__main__":
    sys.exit(main())
