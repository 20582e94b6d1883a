"""Check that every numeral run in the Shizhong report is accounted for by the hand-made gold.

Every Arabic digit run (with a following 万/亿 magnitude) and every run of Chinese numeral
characters in every sentence must lie inside the ``number_text`` of a row of
``jinan-shizhong-2025.csv`` or the ``text`` of a row of ``jinan-shizhong-2025-excluded.csv``
for the same sentence. Each gold/excluded row is anchored at the first not-yet-used
occurrence of its text in its sentence (rows are taken in file order).

Run: ``.venv/bin/python tests/data/gold/check_gold_coverage.py`` (exit 1 if anything is
unaccounted for, or if a row's text does not occur in its sentence).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT_ID = "jinan-shizhong-2025"
GOLD = HERE / f"{REPORT_ID}.csv"
EXCLUDED = HERE / f"{REPORT_ID}-excluded.csv"

NUMERAL_RUN = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?[万亿]*|[零〇一二两三四五六七八九十百千万亿廿]+")


def anchor(text: str) -> re.Pattern[str]:
    """The row's text as a pattern that does not start or end inside a longer number."""
    before = r"(?<![0-9.])" if text[:1].isdigit() else ""
    after = r"(?![0-9])" if text[-1:].isdigit() else ""
    return re.compile(before + re.escape(text) + after)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines))


def sentences() -> list[tuple[str, str]]:
    from govreport.report import load_report

    report = load_report(REPORT_ID)
    return [(s.sentence_id, s.text) for s in report.sentences()]


def check() -> tuple[int, list[str]]:
    """Return (number of numeral runs, list of problems)."""
    texts = dict(sentences())
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    problems: list[str] = []
    for path, col in ((GOLD, "number_text"), (EXCLUDED, "text")):
        for row in read_rows(path):
            sid, text = row["sentence_id"], row[col]
            sentence = texts.get(sid)
            if sentence is None:
                problems.append(f"{path.name}: unknown sentence {sid}")
                continue
            for m in anchor(text).finditer(sentence):
                if (m.start(), m.end()) not in spans[sid]:
                    spans[sid].append((m.start(), m.end()))
                    break
            else:
                problems.append(f"{path.name}: {sid} {text!r} not found (or used up)")
    n_runs = 0
    for sid, sentence in texts.items():
        for m in NUMERAL_RUN.finditer(sentence):
            n_runs += 1
            if not any(a <= m.start() and m.end() <= b for a, b in spans[sid]):
                problems.append(
                    f"unaccounted: {sid} {m.group()!r} in …{sentence[max(0, m.start() - 12) : m.end() + 12]}…"
                )
    return n_runs, problems


if __name__ == "__main__":
    n, probs = check()
    print(f"{n} numeral runs checked; {len(probs)} problems")
    for p in probs:
        print(p)
    sys.exit(1 if probs else 0)
