"""The GDP growth target of every report of the corpus (national 2004-2025, provincial 2026) is
read from its main-targets paragraph as a target of the plan year with the hedge as written.

Expectations were written by reading the texts: tests/data/national_series_expected.csv
(national, indicator gdp_growth) and tests/data/provincial_gdp_targets.csv (provincial).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from govreport.quantities.table import extract_quantities
from govreport.report import main_targets, read_report

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
RAW = ROOT / "data" / "raw"


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


def _cases() -> list[tuple[str, int, float, float | None, str, str]]:
    cases = []
    for row in _rows(DATA / "national_series_expected.csv"):
        if row["indicator"] == "gdp_growth" and row["target_value"]:
            year = int(row["year"])
            high = float(row["target_high"]) if row["target_high"] else None
            path = RAW / "national" / f"china-national-{year}.txt"
            value = float(row["target_value"])
            cases.append((str(path), year, value, high, row["target_hedge"], row["target_quote"]))
    for row in _rows(DATA / "provincial_gdp_targets.csv"):
        high = float(row["high"]) if row["high"] else None
        path = RAW / "provincial-2026" / f"{row['report']}.txt"
        cases.append((str(path), 2026, float(row["value"]), high, row["hedge"], row["quote"]))
    return cases


CASES = _cases()


def test_every_corpus_report_has_an_expectation() -> None:
    national = [p for p in (RAW / "national").glob("china-national-*.txt")]
    recent = [p for p in national if 2004 <= int(p.stem.rsplit("-", 1)[1]) <= 2025]
    provincial = list((RAW / "provincial-2026").glob("*-2026.txt"))
    listed = {Path(c[0]).stem for c in CASES}
    # 2020 has no GDP target (the report set none)
    missing = {p.stem for p in recent + provincial} - listed - {"china-national-2020"}
    assert not missing, f"no expected GDP target for {sorted(missing)}"


def _gdp_target(path: Path, quote: str) -> tuple[pd.DataFrame, int | None]:
    """The extractor rows whose number stands in the target's quote, looked for in the
    main-targets paragraph (or, where the structure finds none, in the whole text)."""
    report = read_report(path)
    paragraph, _ = main_targets(report)
    text = report.raw_text
    lo, hi = (paragraph.start, paragraph.end) if paragraph is not None else (0, len(text))
    if paragraph is not None and paragraph.text.rstrip().endswith(("：", ":")):
        # 今年…主要预期目标是： with the figures on the next non-blank line
        for _ in range(2):
            following = text.find("\n", hi + 1)
            hi = len(text) if following < 0 else following
            if text[lo:hi].count("\n") >= 1 and text.find(quote, lo, hi) >= 0:
                break
    at = text.find(quote, lo, hi)
    assert at >= 0, f"{path.stem}: quote not in the main-targets paragraph: {quote}"
    rows = extract_quantities(report)
    inside = rows[(rows["number_start"] >= at) & (rows["number_start"] < at + len(quote))]
    return inside[inside["kind"] == "growth_pct"], report.plan_year


@pytest.mark.parametrize(
    ("path", "year", "value", "high", "hedge", "quote"),
    CASES,
    ids=[Path(c[0]).stem for c in CASES],
)
def test_gdp_growth_target(
    path: str, year: int, value: float, high: float | None, hedge: str, quote: str
) -> None:
    gdp, plan_year = _gdp_target(Path(path), quote)
    assert len(gdp), f"{Path(path).stem}: no growth row in {quote}"
    row = gdp.iloc[0]
    got = (row["value_num"], row["value_high"], row["qualifier"], row["period_kind"], row["year"])
    high_got = None if pd.isna(row["value_high"]) else float(row["value_high"])
    assert (float(row["value_num"]), high_got) == (value, high), got
    assert row["period_kind"] == "target", got
    assert plan_year == year and int(row["year"]) == year, got
    assert row["qualifier"] == hedge, got
    assert re.search("生产总值|GDP|经济增长", str(row["subject"])), row["subject"]
