"""Score the tokenizer on every segmentation set (gold dev/test/whole, heldout, heldout2) and the
book's report, as the build does (pipeline.segmentation_tables), printing a compact table.
Usage: PYTHONPATH=src python bench/seg_eval.py"""

from __future__ import annotations

import sys
from pathlib import Path

from govreport import pipeline

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    gold = ROOT / "tests/data/segmentation/gold.tsv"
    subject = ROOT / "data/raw/reports/jinan-shizhong-2025.txt"
    folders = (ROOT / "data/raw/national", ROOT / "data/raw/provincial-2026")
    tables = pipeline.segmentation_tables(gold, subject, folders)
    q = tables["segmentation_quality"]
    q = q[q.split.isin(["whole", "heldout", "heldout2", "report"])]
    cols = ["segmenter", "split", "f1", "f1_ordinary", "integrity"]
    print(q[cols].to_string(index=False))
    if len(sys.argv) > 1:
        m = tables["segmentation_misses"]
        print(m.to_string(index=False))


if __name__ == "__main__":
    main()
