"""How many extracted rows each round of issue 11 changed, over every report of the corpus.

A measurement of the project's own history, not a test: it explains why a round's blind score
(``tests/data/gold_corpus/blind_scores.csv``) so rarely moves. For each round there with a score
from before the round (round 11 on), the code that scored the previous held-out set and the code
that scored this one (the ``commit`` column of the two rows) are each run over every report of
``data/raw/national`` and ``data/raw/provincial-2026``: the raw files of the current checkout, read
by the code of each commit, checked out in a temporary git worktree. The two tables are compared
row by row. A row is keyed by its report and its number's offsets (``number_start``,
``number_end``); it changed when it is in one table only, or when a field the full-row score
checks differs (value_num, value_high, unit, value_base, subject, kind, period_kind, year, span,
qualifier).

Writes ``tests/data/gold_corpus/round_reach.csv``, one line per round: the two commits, the rows
of the later table, the rows changed, the rows of the held-out set that scored the round, and the
number of that set's rows a round of this reach is expected to touch (rows changed / rows x gold
rows): below 1, a round that is right on every row it changes is still expected to gain nothing
on its blind set. The same inputs give the same file. It takes about half a minute per commit
(two cores).

Usage (from the repository root)::

    python bench/round_reach.py                 # every round with a before score
    python bench/round_reach.py --from-round 49 # measure round 49 on, keep the earlier lines
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold_corpus"
RECORD = GOLD / "blind_scores.csv"
OUTPUT = GOLD / "round_reach.csv"
RAW_FOLDERS = (ROOT / "data" / "raw" / "national", ROOT / "data" / "raw" / "provincial-2026")
FIELDS = (
    "value_num", "value_high", "unit", "value_base", "subject", "kind", "period_kind", "year",
    "span", "qualifier",
)  # fmt: skip
COLUMNS = (
    "round", "gold_set", "commit_before", "commit", "rows", "rows_changed", "gold_rows",
    "expected_blind_rows_changed",
)  # fmt: skip
HEADER = """\
# Rows of the whole corpus (every report of data/raw/national and data/raw/provincial-2026) whose
# extraction changed in each round of issue 11: between the code that scored the previous held-out
# set (commit_before) and the code that scored this round's (commit), both from blind_scores.csv.
# A row changed when it is found by one commit only, or when a field the full-row score checks
# differs. rows: the rows found at commit; gold_rows: the rows of the round's held-out set;
# expected_blind_rows_changed = rows_changed / rows * gold_rows. Written by bench/round_reach.py
# (a measurement of the project's history, rerun with it; not an annotation).
"""

#: Run inside a worktree of one commit: the extraction of each report given, one row per line.
WORKER = """\
import csv, sys, warnings
import pandas as pd
warnings.simplefilter("ignore")
from pathlib import Path
from govreport.report import read_report
from govreport.quantities.table import extract_quantities
fields = sys.argv[1].split(",")
out = csv.writer(sys.stdout, lineterminator="\\n")
for path in sys.argv[2:]:
    table = extract_quantities(read_report(Path(path)))
    for row in table[["report_id", "number_start", "number_end", *fields]].itertuples(index=False):
        out.writerow(["" if pd.isna(value) else value for value in row])
"""


def read_record(path: Path) -> list[dict[str, str]]:
    """The rows of the blind record (``#`` lines are its header)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def extract_at(commit: str, reports: list[Path], scratch: Path) -> dict[tuple, tuple]:
    """Every row the code of ``commit`` extracts from ``reports``: key -> compared fields."""
    tree = scratch / commit
    if not tree.exists():
        subprocess.run(
            ["git", "worktree", "add", "--detach", "-q", str(tree), commit],
            cwd=ROOT, check=True,
        )  # fmt: skip
    try:
        done = subprocess.run(
            [sys.executable, "-c", WORKER, ",".join(FIELDS), *map(str, reports)],
            cwd=tree, env={**os.environ, "PYTHONPATH": str(tree / "src")},
            capture_output=True, text=True,
        )  # fmt: skip
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True)
    if done.returncode:
        last = done.stderr.strip().splitlines()[-1:] or ["no message"]
        raise SystemExit(f"round_reach: the code of {commit} failed: {last[0]}")
    rows: dict[tuple, tuple] = {}
    for line in csv.reader(done.stdout.splitlines()):
        rows[tuple(line[:3])] = tuple(line[3:])
    return rows


def changed_rows(before: dict[tuple, tuple], after: dict[tuple, tuple]) -> int:
    """Rows found by one side only, or whose compared fields differ.

    >>> changed_rows({("a", "1", "2"): ("x",), ("a", "5", "6"): ("y",)},
    ...              {("a", "1", "2"): ("x",), ("a", "5", "6"): ("z",), ("b", "1", "2"): ("w",)})
    2
    """
    keys = before.keys() | after.keys()
    return sum(1 for key in keys if before.get(key) != after.get(key))


def gold_rows(name: str) -> int:
    """The annotated rows of a gold file (its ``#`` header and column line apart)."""
    return len(read_record(GOLD / f"{name}.csv"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from-round", type=int, default=0)
    args = parser.parse_args(argv)
    record = sorted(read_record(RECORD), key=lambda r: int(r["round"]))
    reports = sorted(p for folder in RAW_FOLDERS for p in folder.glob("*.txt"))
    pairs = [
        (previous, current)
        for previous, current in zip(record, record[1:], strict=False)
        if current["before_full_row"] and int(current["round"]) >= args.from_round
    ]
    lines = []
    cache: dict[str, dict[tuple, tuple]] = {}
    with tempfile.TemporaryDirectory(prefix="round_reach_") as scratch:
        for previous, current in pairs:
            for commit in (previous["commit"], current["commit"]):
                if commit not in cache:
                    print(f"round_reach: extracting {len(reports)} reports at {commit}", flush=True)
                    cache[commit] = extract_at(commit, reports, Path(scratch))
            before, after = cache[previous["commit"]], cache[current["commit"]]
            changed = changed_rows(before, after)
            gold = gold_rows(current["gold_set"])
            expected = changed / len(after) * gold if after else 0.0
            lines.append(
                (current["round"], current["gold_set"], previous["commit"], current["commit"],
                 len(after), changed, gold, f"{expected:.3f}")
            )  # fmt: skip
            print(f"round {current['round']}: {changed} of {len(after)} rows changed", flush=True)
            cache.pop(previous["commit"], None)  # (each commit is needed by two rounds at most)
    kept = [
        tuple(row[c] for c in COLUMNS)
        for row in (read_record(OUTPUT) if OUTPUT.is_file() else [])
        if int(row["round"]) < args.from_round
    ]
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows([*kept, *lines])
    print(f"round_reach: {len(lines)} rounds -> {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
