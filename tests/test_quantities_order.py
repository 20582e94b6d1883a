"""A report's quantities do not depend on what the process read before it.

The extractor remembers pure functions of a clause's words per rules object
(:func:`govreport.quantities.rules.remembered_per_rules`, ``context._STRIPPED``) and jieba keeps a
global dictionary, so a memo keyed on too little, or a report's terms leaking into a shared
tokenizer, would make a report's rows depend on the reports read before it in the same process:
``govreport build`` and a user reading one report would disagree. Two fresh processes read the
same reports in opposite orders; each report's table must be byte-identical in both.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
#: Reports of different eras and kinds: an early national one (numerals in words), a plan year,
#: a five-year review year, and a provincial report scraped from the web.
REPORTS = (
    "national/china-national-1956.txt",
    "national/china-national-1982.txt",
    "national/china-national-2016.txt",
    "provincial-2026/hunan-2026.txt",
)

SCRIPT = """
import json, sys, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from govreport.quantities.table import extract_quantities
from govreport.report import read_report
tables = {}
for path in sys.argv[1:]:
    tables[path] = extract_quantities(read_report(Path(path))).to_csv(index=False)
print(json.dumps(tables))
"""


def tables_in_order(paths: list[str]) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *paths], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_report_tables_do_not_depend_on_reading_order() -> None:
    paths = [str(RAW / name) for name in REPORTS]
    for path in paths:
        assert Path(path).is_file(), path
    forward = tables_in_order(paths)
    backward = tables_in_order(paths[::-1])
    assert set(forward) == set(paths)
    for path in paths:
        assert forward[path].count("\n") > 20, path  # each report gives rows
        assert forward[path] == backward[path], f"{path}: rows differ with the reading order"
